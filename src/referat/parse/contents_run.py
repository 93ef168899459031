"""Contents lists flattened into one run of words, as copies of PDFs print them: where each title begins
when the item numbers were lost, and the numbers of a list that kept some of them."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

from referat.parse.closed import opening_marker_words, strip_closed_marker
from referat.parse.municipality import is_place_name
from referat.vocab import (
    AUTHORITY_WORDS,
    BODY_END,
    ONE_WORD_TITLES,
    TITLE_LINK_WORDS,
    TOC_COLUMN_LABELS,
    TOC_GROUP,
    TOC_HEADINGS,
    TOC_NOT_ITEMS,
    normalise_heading,
)

#: A capitalised word, the first letter alone upper case: where a title of a run-together contents list may begin.
_CAPITALISED = re.compile(r"^[A-ZÆØÅ][a-zæøåéü]+(?:[A-ZÆØÅ][a-zæøåéü]+)*$")  # "BaggårdTeatrets" too
#: A sentence ending before a capital: prose, not a contents list run together.
SENTENCE_END = re.compile(r"[a-zæøå]{2}[.!?]\s+[A-ZÆØÅ]")
_DASHES = frozenset({"-", "–", "—"})
#: The abbreviation of a committee a title opens with: ``ØU``, ``BU``, ``TM`` (before a dash).
_ROUTING_PREFIX = re.compile(r"^[A-ZÆØÅ]{2,4}$")
_ROUTING_PREFIXES = 3
_NAMED_AFTER = frozenset({"Region"})  # an authority whose name follows the word
_TITLES_PER_FULL_STOP = 10  # of a long run of titles, one in this many may hold a full stop before a capital
_LEADER_TAIL = re.compile(r"(?:\.{3,}|…)\d{0,4}$")
_LEADER_AFTER_NUMBER = re.compile(r"(?<=^\d)\.{3,}$|(?<=^\d\d)\.{3,}$")
_NUMBERED_ENTRY = re.compile(r"^(?P<number>\d{1,3})\s+(?P<title>[^\t]+?)(?P<page>\t\d{1,4})?$")
#: An item number with its full stop, as a word of its own: ``12.``
ITEM_NUMBER = re.compile(r"^\d{1,3}\.(?=\s|$)")


def rising_entries(text: str, bare: bool = False) -> list[str]:
    """``1. Lokalplan 264 … 2. Kommuneplantillæg 17/2013 … 3. …``: a run of entries whose numbers, each with its
    full stop, rise one by one from the first, cut before each number (numbers inside titles do not rise so).

    ``bare``: the numbers stand without their full stop (``1 Meddelelser 2 Forslag til tillæg 2 til …``); a title
    may then begin with a number too (``13 20, Den selvejende …``)."""
    words = text.split()
    cuts: list[int] = []
    expected: int | None = None
    for k, word in enumerate(words):
        if k + 1 >= len(words):
            continue
        if bare:
            following = words[k + 1][:1]
            if not (word.isdigit() and len(word) <= 3) or not (following.isupper() or following.isdigit()):
                continue
            value = int(word)
        else:
            m = ITEM_NUMBER.match(word)
            if not m or len(word) != m.end() or not words[k + 1][:1].isupper():
                continue
            value = int(word[:-1])
        if expected is None or value == expected:
            cuts.append(k)
            expected = value + 1
    if len(cuts) < 3:
        return []
    head = [" ".join(words[:cuts[0]])] if cuts[0] else []
    return head + [" ".join(words[a:b]) for a, b in itertools.pairwise([*cuts, len(words)])]


def _short_number(word: str) -> int | None:
    return int(word) if word.isdigit() and len(word) <= 3 else None


def moved_numbers(words: list[str]) -> list[str]:
    """Number and page of a title that wrapped in its table row, set beside its second line and run into
    the title there (``… 25 Trafikale skitseprojekter langs motorvejen 9 27 (Beslutning) 10 Valg …``), put back
    around the title (``… 25 9 Trafikale … (Beslutning) 27 10 Valg …``): the two numbers stand between words, the
    first follows the previous entry's number, and the next entry's number (or the end) follows the title."""
    out = list(words)
    j = 1
    while j + 1 < len(out):
        number, page = _short_number(out[j]), _short_number(out[j + 1])
        if number is None or page is None or _short_number(out[j - 1]) is not None \
                or (j + 2 < len(out) and _short_number(out[j + 2]) is not None):
            j += 1
            continue
        start = next((b for b in range(j - 1, -1, -1) if _short_number(out[b]) is not None), None)
        end = next((e for e in range(j + 2, len(out)) if _short_number(out[e]) is not None), len(out))
        earlier = [n for w in out[:start or 0] if (n := _short_number(w)) is not None]
        if start is None or start + 1 >= j or number - 1 not in earlier \
                or (end < len(out) and _short_number(out[end]) != number + 1):
            j += 1
            continue
        out = [*out[:start + 1], out[j], *out[start + 1:j], *out[j + 2:end], out[j + 1], *out[end:]]
        j = end
    return out


def fill_number_gaps(entries: list[str]) -> list[str]:
    """Entries of a numbered contents list run together where the copy lost some numbers and pages.

    ``3 Godkendelse af Stregiplan Godkendelse af retningslinjer for prisen 11`` followed by ``5 …`` holds items
    3 and 4: an entry whose next number skips as many numbers as its title holds further title starts
    (``_titles_start``) is cut there, the titles numbered in turn; otherwise it is left whole.
    """
    out: list[str] = []
    for k, entry in enumerate(entries):
        m = _NUMBERED_ENTRY.match(entry)
        following = next((n for e in entries[k + 1:] if (n := _NUMBERED_ENTRY.match(e))), None)
        if not m or not following:
            out.append(entry)
            continue
        number, missing = int(m.group("number")), int(following.group("number")) - int(m.group("number")) - 1
        words = m.group("title").split()
        starts = [j for j, start in enumerate(_titles_start(words)) if start and j]
        if missing < 1 or len(starts) != missing:
            out.append(entry)
            continue
        bounds = [0, *starts, len(words)]
        titles = [" ".join(words[a:b]) for a, b in itertools.pairwise(bounds)]
        out += [f"{number + j} {title}" for j, title in enumerate(titles)]
        out[-1] += m.group("page") or ""
    return out


def _titles_start(words: list[str]) -> list[bool]:
    """Where each title of a contents list that lost its numbers begins, word by word.

    Danish capitalises names only, so inside a title a capitalised word is a name, and a new title begins at a
    capitalised word that follows a word a title may end on (not ``til``, ``for``, ``og``; not one with a comma)
    and is followed by a lower-case word or by the start of a title itself (``Meddelelser Ændring af ...``). A
    name followed by another (``restaurant Lille Kongelund``) starts nothing. After a closing marker
    (``... LUKKET SAG``) the next title begins; an item number that survived (``1.``) opens its title.
    """
    starts = [False] * len(words)
    before_lower = [False] * len(words)  # a start followed by a lower-case word
    for j in range(len(words) - 1, 0, -1):
        word, before = _LEADER_TAIL.sub("", words[j]), words[j - 1]  # "Eventuelt...19": a title and its page
        if not _CAPITALISED.match(word):
            continue
        if (word.lower() in AUTHORITY_WORDS and _CAPITALISED.match(before)) or before in _NAMED_AFTER:
            continue  # "Vordingborg Kommune - tema i …", "Region Nordjylland vedr. …": one name, the authority's
        if before.isupper() and strip_closed_marker(" ".join(words[max(0, j - 4):j]))[1]:
            starts[j] = True
        elif _ends_in_body(before) and before[:1].isupper():
            starts[j] = True  # "Halvårsregnskab Erhvervsudvalget Forslag til …": a body's name ends its title
        elif not before.endswith(",") and before.lower() not in TITLE_LINK_WORDS:
            following = words[j + 1] if j + 1 < len(words) else ""
            dashed = following in _DASHES and j + 2 < len(words)
            if dashed:
                following = words[j + 2]  # "Trappebæksvej - godkendelse af …": a place, then what is done there
            before_lower[j] = following[:1].islower()
            # A title of one word stands between the end of a title and the start of the next; a name's
            # last word before a title (``Kulturhus Vest Budgetopfølgning for``) follows another name. A subject
            # and a dash before a name open a title after a name too (``… Bækhede Plantage Lokalplan - Vindmøller``).
            # A subject before a body's name that ends its title opens it (``… erhvervshandleplan Halvårsregnskab
            # Erhvervsudvalget Forslag …``).
            # A place's name alone there ends the title before it (``… nyt administrationsbyggeri Vordingborg``).
            # A recurring one-word title opens one after a name too (``… Gjersbøl Jørgensen Spørgetid Anvendelse af``).
            starts[j] = before_lower[j] or (j + 1 < len(words) and before_lower[j + 1] and before[:1].islower()
                                            and not is_place_name(word)) \
                or (word.lower() in ONE_WORD_TITLES and (j + 1 == len(words) or before_lower[j + 1])) \
                or (dashed and bool(_CAPITALISED.match(following))) \
                or (j + 2 < len(words) and not starts[j + 1] and _ends_in_body(words[j + 1])
                    and _CAPITALISED.match(words[j + 2]) is not None and before[:1].islower())
        if starts[j] and ITEM_NUMBER.match(before):
            starts[j], starts[j - 1] = False, True
    _routing_prefixes(words, starts)
    for j in range(1, len(words)):
        if words[j].lower() in TOC_NOT_ITEMS or (words[j][:1].isupper()
                                                  and _LEADER_TAIL.sub("", words[j]).lower() in TOC_NOT_ITEMS):
            starts[j] = True  # "... meddelelser Bilagsliste Underskriftsblad": the document's pages listed last
    j = 1
    while j < len(words):
        # "... Vandforsyning Lukket - Ejendomssag Lukket - Ejendomssag": a closing marker opens the next title,
        # and the title's own first word after it starts none.
        marker = opening_marker_words(words[j:])
        if not marker:
            j += 1
            continue
        opens = j - 1 if ITEM_NUMBER.match(words[j - 1]) else j
        starts[opens:j + marker + 1] = [True] + [False] * (j + marker - opens)
        j += marker + 1
    return starts[:len(words)]


def _ends_in_body(word: str) -> bool:
    """A one-word body's name (``Erhvervsudvalget``, ``Byrådet``): it ends the title it stands in."""
    return word[:1].isupper() and BODY_END.search(word) is not None


def _routing_prefixes(words: list[str], starts: list[bool]) -> None:
    """``ØU - Orientering ØU - Ejendomsanalyse BU - Frigivelse …``: where titles open with the abbreviation of the
    committee the case comes from and a dash, each such prefix opens a title, whatever word stands before it, and
    the capitalised word after it (the title's own first word) opens none. Only where at least
    :data:`_ROUTING_PREFIXES` of them occur: one abbreviation and a dash may be part of a title (``IT - strategi``)."""
    prefixes = [j for j in range(len(words) - 2) if _ROUTING_PREFIX.match(words[j]) and words[j + 1] in _DASHES
                and _CAPITALISED.match(words[j + 2].rstrip(",:"))]
    if len(prefixes) < _ROUTING_PREFIXES:
        return
    for j in prefixes:
        opens = j - 1 if j and ITEM_NUMBER.match(words[j - 1]) else j  # "1. ØU - Godkendelse af dagsorden"
        starts[opens:j + 3] = [True] + [False] * (j + 2 - opens)


def leading(words: list[str], vocabulary: Iterable[str]) -> list[str]:
    """The longest run of words at the start that is a phrase of the vocabulary, taken off ``words``."""
    phrases = set(vocabulary)
    for size in range(min(5, len(words)), 0, -1):
        if words[0][:1].isupper() and normalise_heading(" ".join(words[:size])) in phrases:
            taken = words[:size]
            del words[:size]
            return taken
    return []


def leading_group(words: list[str]) -> list[str]:
    """A group heading of the contents at the start (``Åbne dagsordenspunkter``), taken off ``words``: no entry."""
    group = next((words[:size] for size in (3, 2, 1) if TOC_GROUP.match(" ".join(words[:size]))), [])
    del words[:len(group)]
    return group


def run_together_titles(text: str) -> list[str]:
    """The titles of a contents list flattened into one run with its item numbers lost, one per line.

    ``Punkter til dagsorden Side 1. Godkendelse af dagsorden Meddelelser Ændring af forslag til Lokalplan 72.1
    ...`` gives the heading, the column label, ``1. Godkendelse af dagsorden``, then ``• Meddelelser``,
    ``• Ændring af ...``: a title without its number is a list entry without its marker. Prose (a sentence
    ending before a capital) gives nothing.
    """
    words = text.split()
    heading = leading(words, TOC_HEADINGS)
    labels = leading(words, TOC_COLUMN_LABELS)  # before the test for prose: "Pkt. Tekst Side" ends no sentence
    group = leading_group(words)
    if not words:
        return []
    words[0] = _LEADER_AFTER_NUMBER.sub(".", words[0])  # "1... Meddelelser": the number, its leader lost
    if words[0].isdigit() and len(words[0]) <= 3:
        words[0] += "."  # the one number the copy kept, before the first title: "Side 1 Nedsættelse af ..."
    titles: list[list[str]] = []
    for word, start in zip(words, _titles_start(words), strict=True):
        if start or not titles:
            titles.append([])
        titles[-1].append(word)
    if len(titles) < 3 or not (words[0][:1].isupper() or ITEM_NUMBER.match(words[0])):
        return []  # a title opens with a capital or its number; "fra mødet med ..." is a sentence going on
    if len(SENTENCE_END.findall(" ".join(words))) > len(titles) // _TITLES_PER_FULL_STOP:
        return []  # prose; but a long list may hold a title of two sentences or an abbreviation ("Sct. Hedvig")
    last = titles[-1]
    if len(last) > 2 and last[-1].isdigit() and last[-2].lower() in TOC_COLUMN_LABELS:
        del last[-2:]  # "... Underskriftsblad Side 1": the list's column label and the page of the copy after it
    lines = [" ".join(title) for title in titles]
    marked = [line if ITEM_NUMBER.match(line) else f"• {line}" for line in lines]
    return [" ".join(part) for part in (heading, labels, group) if part] + marked
