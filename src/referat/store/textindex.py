"""Danish words for the index: tokens, stop words, Snowball stems, and highlighted snippets.

Both backends index the same token stream: :func:`index_words` (letters and digits,
lower case, NFKC, Danish stop words left out). SQLite stores its Snowball stems in FTS5;
PostgreSQL stems the same words with its ``danish`` configuration. Leaving the stop
words out before either index sees the text keeps word positions, and so phrases, alike.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterator
from functools import cache, lru_cache

import Stemmer

# Letters and digits only: what FTS5's unicode61 tokenizer keeps as one token (no "_").
_WORD = re.compile(r"[^\W_]+")
# A sentence ends where a capital follows a full stop, so "pkt. 5, blev" and "ca. 40 biler" stay whole.
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÆØÅ\"“«(])|\n+")
SNIPPET_CHARS = 220

#: The Snowball Danish stop list, the one PostgreSQL's ``danish`` configuration uses.
STOP_WORDS = frozenset((
    "og", "i", "jeg", "det", "at", "en", "den", "til", "er", "som", "på", "de", "med", "han", "af", "for", "ikke",
    "der", "var", "mig", "sig", "men", "et", "har", "om", "vi", "min", "havde", "ham", "hun", "nu", "over", "da",
    "fra", "du", "ud", "sin", "dem", "os", "op", "man", "hans", "hvor", "eller", "hvad", "skal", "selv", "her",
    "alle", "vil", "blev", "kunne", "ind", "når", "være", "dog", "noget", "ville", "jo", "deres", "efter", "ned",
    "skulle", "denne", "end", "dette", "mit", "også", "under", "have", "dig", "anden", "hende", "mine", "alt",
    "meget", "sit", "sine", "vor", "mod", "disse", "hvis", "din", "nogle", "hos", "blive", "mange", "ad", "bliver",
    "hendes", "været", "thi", "jer", "sådan",
))


@cache
def _stemmer() -> Stemmer.Stemmer:
    return Stemmer.Stemmer("danish")


def tokens(text: str) -> list[str]:
    """Lower-case word tokens (letters and digits), æøå kept."""
    return _WORD.findall(unicodedata.normalize("NFKC", text).lower())


def index_words(text: str) -> list[str]:
    """The tokens an index holds: :func:`tokens` without stop words."""
    return [w for w in tokens(text) if w not in STOP_WORDS]


@lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """The Snowball Danish stem of one lower-case word."""
    return str(_stemmer().stemWord(word))


def stem_words(words: list[str]) -> list[str]:
    """The Snowball Danish stems of lower-case words, in order."""
    return list(_stemmer().stemWords(words))


def _matches(word: str, wanted: tuple[str, ...], exact: frozenset[str]) -> bool:
    word = word.lower()
    if word in STOP_WORDS:
        return False
    found = stem(word)
    return found in exact or found.startswith(wanted)


@lru_cache(maxsize=256)
def _candidates(wanted: tuple[str, ...], exact: frozenset[str]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Whole words that begin with a wanted stem or an exact one, for :func:`_matches` to settle.

    A Danish Snowball stem only ever drops letters from a word's end, so a matching word
    begins with its stem; the pattern finds the few candidates at C speed. Of the two, the
    first (``\\b``, faster) is for texts without ``_``, which :data:`_WORD` splits at and
    ``\\b`` does not; the second for any text.
    """
    starts = "|".join(map(re.escape, sorted({*wanted, *exact}, key=len, reverse=True)))
    return (re.compile(rf"\b(?:{starts})[^\W_]*", re.IGNORECASE),
            re.compile(rf"(?<![^\W_])(?:{starts})[^\W_]*", re.IGNORECASE))


def _matching_words(text: str, wanted: tuple[str, ...], exact: frozenset[str]) -> Iterator[re.Match[str]]:
    """The words of ``text`` the search matches, in order."""
    plain, underscored = _candidates(wanted, exact)
    pattern = underscored if "_" in text else plain
    return (m for m in pattern.finditer(text) if _matches(m.group(), wanted, exact))


def _sentence_around_first_match(text: str, wanted: tuple[str, ...], exact: frozenset[str]) -> str:
    """The sentence holding the first matching word (the first sentence when none matches), in one pass."""
    first = next(_matching_words(text, wanted, exact), None)
    if first is None:
        return next((part for part in _SENTENCE.split(text) if part.strip()), text)
    start = _sentence_start(text, first.start())
    end = _SENTENCE.search(text, first.end())
    return text[start:end.start() if end else len(text)]


#: A sentence's start is looked for this far back first, then from the text's start.
_LOOKBACK = 256


def _sentence_start(text: str, position: int) -> int:
    """Where the sentence holding ``position`` starts: the end of the last boundary before it.

    The boundaries are looked for just before ``position`` first: the last one there ends
    where the last one of the whole text does (a run of whitespace entered midway ends at
    the same place, or differs by whitespace the snippet drops).
    """
    for begin in dict.fromkeys((max(0, position - _LOOKBACK), 0)):
        ends = [b.end() for b in _SENTENCE.finditer(text, begin, position + 1)]  # +1: the lookahead sees the word
        if ends:
            return ends[-1]
    return 0


def snippet(text: str, stems: list[str], limit: int = SNIPPET_CHARS, exact: frozenset[str] = frozenset()) -> str:
    """An HTML-safe excerpt around the first sentence with a query word, matches in ``<mark>``.

    Every character of the minutes is escaped; only the ``<mark>`` tags are markup. A word
    matches as the search matches it: its stem starts with one of ``stems`` or equals one
    of ``exact``.
    """
    if not text:
        return ""
    wanted = tuple(s for s in stems if s)
    if not wanted and not exact:
        chosen = " ".join(text.split())
        return html.escape(chosen[:limit] + ("…" if len(chosen) > limit else ""))
    chosen = " ".join(_sentence_around_first_match(text, wanted, exact).split())
    if len(chosen) > limit:
        first = next((m.start() for m in _matching_words(chosen, wanted, exact)), 0)
        start = max(0, first - limit // 3)
        chosen = ("…" if start else "") + chosen[start:start + limit] + "…"
    out: list[str] = []
    last = 0
    for m in _matching_words(chosen, wanted, exact):
        out.append(html.escape(chosen[last:m.start()]))
        out.append(f"<mark>{html.escape(m.group())}</mark>")
        last = m.end()
    out.append(html.escape(chosen[last:]))
    return "".join(out)
