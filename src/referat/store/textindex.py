"""Danish words for the index: tokens, Snowball stems, and highlighted snippets."""

from __future__ import annotations

import html
import re
from functools import cache

import Stemmer

_WORD = re.compile(r"\w+", re.UNICODE)
_SENTENCE = re.compile(r"(?<=[.!?:])\s+|\n+")
SNIPPET_CHARS = 220


@cache
def _stemmer() -> Stemmer.Stemmer:
    return Stemmer.Stemmer("danish")


def tokens(text: str) -> list[str]:
    """Lower-case word tokens, æøå kept."""
    return _WORD.findall(text.lower())


def stem(word: str) -> str:
    """The Snowball Danish stem of one lower-case word."""
    return str(_stemmer().stemWord(word))


def stemmed(text: str) -> str:
    """The text as space-separated stems: what the SQLite index stores."""
    stemmer = _stemmer()
    return " ".join(stemmer.stemWords(tokens(text)))


def snippet(text: str, stems: list[str], limit: int = SNIPPET_CHARS) -> str:
    """An HTML-safe excerpt around the first sentence with a query word, matches in ``<mark>``.

    Every character of the minutes is escaped; only the ``<mark>`` tags are markup. A word
    matches when its stem starts with a query stem, as the search itself matches.
    """
    if not text:
        return ""
    wanted = tuple(s for s in stems if s)
    sentences = [s for s in _SENTENCE.split(text) if s.strip()]
    chosen = next((s for s in sentences if wanted and any(stem(w).startswith(wanted) for w in tokens(s))),
                  sentences[0] if sentences else text)
    chosen = " ".join(chosen.split())
    if len(chosen) > limit:
        first = next((m.start() for m in _WORD.finditer(chosen.lower())
                      if wanted and stem(m.group()).startswith(wanted)), 0)
        start = max(0, first - limit // 3)
        chosen = ("…" if start else "") + chosen[start:start + limit] + "…"
    out: list[str] = []
    last = 0
    for m in _WORD.finditer(chosen):
        if wanted and stem(m.group().lower()).startswith(wanted):
            out.append(html.escape(chosen[last:m.start()]))
            out.append(f"<mark>{html.escape(m.group())}</mark>")
            last = m.end()
    out.append(html.escape(chosen[last:]))
    return "".join(out)
