"""Closed items (Lukket): the closing markers of a heading or a status line, and the text kept from them.

Every phrase of :data:`referat.vocab.CLOSED_MARKERS` is recognised in every position: before the
title after a separator or in brackets, after the title after a dash or in brackets, as the whole
heading, and as a status line of its own. A closed item publishes its number, title and the case
number under its heading; nothing of its body may feed any field, the meeting's included.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from referat.extract import Line
from referat.parse.toc_entry import TocEntry, same_title
from referat.vocab import (
    CLOSED_MARKERS,
    CLOSED_PART_HEADINGS,
    CLOSED_SEPARATORS,
    OPEN_PART_HEADINGS,
    OPEN_STATUS_LINES,
    marker_alternation,
    normalise_heading,
)


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(prefix, suffix, marker alone) patterns over the whole marker set."""
    markers = marker_alternation(CLOSED_MARKERS)
    several_words = marker_alternation(m for m in CLOSED_MARKERS if " " in m)
    seps = re.escape(CLOSED_SEPARATORS)
    flags = re.IGNORECASE
    prefix = re.compile(
        rf"^(?:[(\[]\s*(?:{markers})\s*[)\]]\s*[{seps}]?"  # [Lukket] title
        rf"|(?:{markers})\s*[{seps}]"  # Lukket: title, Lukket – title
        rf"|(?:{several_words})\b"  # Lukket punkt title: a phrase of several words needs no separator
        rf"|(?:{markers})\s+(?=(?-i:[A-ZÆØÅ])))\s*",  # Lukket Salg af grund: nor before a capital (Danish titles)
        flags)
    upper = marker_alternation(m.upper() for m in CLOSED_MARKERS if " " in m)
    suffix = re.compile(rf"\s*(?:[-–—]\s*(?:{markers})|(?:[-–—]\s*)?[(\[]\s*(?:{markers})\s*[)\]]"
                        rf"|\s(?-i:{upper}))\s*[.:]?\s*$",
                        flags)  # "title - Lukket", "title (Lukket punkt)", "title - (Lukket punkt)", "title LUKKET SAG"
    alone = re.compile(rf"^\s*[(\[]?\s*(?:{markers})\s*[)\]]?\s*[{seps}]?\s*$", flags)
    return prefix, suffix, alone


@cache
def _marker_start() -> re.Pattern[str]:
    """What a line that is a marker alone starts with: a marker's first letter, after a bracket or spaces."""
    letters = "".join(sorted({marker[0] for marker in CLOSED_MARKERS}))
    return re.compile(rf"\s*[(\[]?\s*[{re.escape(letters)}]", re.IGNORECASE)


@cache
def _opening_marker() -> re.Pattern[str]:
    """A closing marker that opens a title with a separator or in brackets (``Lukket - ``, ``LUKKET PUNKT:``)."""
    markers = marker_alternation(CLOSED_MARKERS)
    seps = re.escape(CLOSED_SEPARATORS)
    return re.compile(rf"[(\[]\s*(?:{markers})\s*[)\]]\s*[{seps}]?\s*|(?:{markers})\s*[{seps}]\s*", re.IGNORECASE)


#: The most words a closing marker takes, with its separator standing apart (``punkt til lukket behandling -``).
MARKER_WORDS = max(len(marker.split()) for marker in CLOSED_MARKERS) + 1


def opening_marker_words(words: list[str]) -> int:
    """How many of ``words`` a closing marker opening them takes, with its separator (``Lukket - Ejendomssag``: 2;
    ``LUKKET PUNKT: Salg``: 2); 0 when they open with none. In a title run together with others, such a marker
    starts a title."""
    if not words or not _marker_start().match(words[0]):
        return 0
    text = " ".join(words[:MARKER_WORDS])
    m = _opening_marker().match(text)
    return len(text[:m.end()].split()) if m else 0


def strip_closed_marker(text: str) -> tuple[str, bool]:
    """A heading's title without its closing marker, and whether there was one."""
    prefix, suffix, alone = _patterns()
    if alone.match(text):
        return "", True
    closed = False
    m = prefix.match(text)
    if m:
        closed, text = True, text[m.end():].strip()
    m2 = suffix.search(text)
    if m2:
        closed, text = True, text[: m2.start()].strip()
    return text, closed


#: The last words of the status phrases, and their most words: a cheap first test for a status ending a line.
_STATUS_ENDINGS = frozenset(phrase.split()[-1] for phrase in (*OPEN_STATUS_LINES, *CLOSED_MARKERS))
_STATUS_WORDS = max(len(phrase.split()) for phrase in (*OPEN_STATUS_LINES, *CLOSED_MARKERS))


def access_status(key: str) -> bool | None:
    """For a normalised line that is a status alone: True when it closes (``lukket punkt``), False when it opens
    (``åbent punkt``); None for any other line."""
    if is_closed_status(key):
        return True
    return False if key in OPEN_STATUS_LINES else None


def trailing_status(text: str) -> tuple[str, bool] | None:
    """(the line before it, closed) for a line ending in an access status (``… Dok.nr.: 330-2018-500301 Åbent``)."""
    if text[text.rfind(" ") + 1:].lower() not in _STATUS_ENDINGS:
        return None
    words = text.split()
    for size in range(min(_STATUS_WORDS, len(words) - 1), 0, -1):
        status = access_status(normalise_heading(" ".join(words[-size:])))
        if status is not None:
            return " ".join(words[:-size]), status
    return None


def is_closed_status(text: str) -> bool:
    """A line that is a closing marker alone: ``Lukket møde``, ``(Lukket)``, ``[Lukket punkt]``."""
    # The first letter is a cheap test; the whole marker set is tried only on lines that pass it.
    return len(text) <= 60 and bool(_marker_start().match(text)) and bool(_patterns()[2].match(text))


def open_text(lines: list[Line], closed_spans: Iterable[range], kept: set[int]) -> str:
    """The document's text without the lines of closed items' bodies (lines in ``kept`` stay)."""
    hidden = {k for span in closed_spans for k in span if k not in kept}
    return "\n".join(line.text for k, line in enumerate(lines) if k not in hidden)


def part_heading(text: str) -> bool | None:
    """What a heading between items opens: the closed part (``Lukkede punkter``: True), the open part
    (``Åbne punkter``: False); None for any other line."""
    if len(text) > 60:
        return None
    key = normalise_heading(text)
    if key in CLOSED_PART_HEADINGS or key in OPEN_PART_HEADINGS:
        return key in CLOSED_PART_HEADINGS
    return None


def open_in_contents(toc: list[TocEntry], number: int | None) -> bool:
    """The contents list the item numbered ``number`` as open in so many words (``åbent 1 Title``)."""
    return number is not None and any(entry.listed_open and entry.number == number for entry in toc)


def closed_in_contents(toc: list[TocEntry], number: int | None, title: str) -> bool:
    """The contents list this item (by number, else by title) as closed: under ``Lukkede punkter`` or marked."""
    for entry in toc:
        if not entry.closed:
            continue
        if number is not None and entry.number is not None:
            if entry.number == number:
                return True
        elif title and same_title(strip_closed_marker(entry.title)[0], title):
            return True
    return False


def status_above(lines: list[Line], heading_spans: list[tuple[int, int]]) -> dict[int, tuple[int, bool]]:
    """Status lines that stand right above an item heading (``Åbent punkt`` / ``Lukket punkt``, then the heading)
    and so are that item's: heading position -> (line index, closed).

    ``heading_spans`` holds each heading's first and last line (its title may take more). A status line with
    nothing but the item above's own labels above it (``Sagsnr: 21/2290, Sagsansvarlig: …``, or nothing) stays
    with that item, as a status under its heading.
    """
    found: dict[int, tuple[int, bool]] = {}
    floor = -1
    for n, (first, last) in enumerate(heading_spans):
        k = first - 1
        while k > floor and not lines[k].text.strip():
            k -= 1
        if k > floor:
            status = access_status(normalise_heading(lines[k].text.strip()))
            in_head = n > 0 and all(_label_line(line.text) for line in lines[floor + 1:k] if line.text.strip())
            if status is not None and not in_head:
                found[n] = (k, status)
        floor = last
    return found


def _label_line(text: str) -> bool:
    """A short ``label: value`` line of an item's head: its case number, its case officer."""
    text = text.strip()
    return len(text) <= 120 and ":" in text[:30]
