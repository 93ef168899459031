"""One entry of a table of contents."""

from __future__ import annotations

import re
from dataclasses import dataclass

from referat.vocab import BODY_END, CLOSED_GROUP, PAGE_COLUMN_LABELS, TOC_LINE, TOC_NUMBER, normalise_heading

#: A date alone on a line: ``12-12-2012``, ``12. december 2012``.
DATE_LINE = re.compile(r"^(?:\d{1,2}\.\s*[a-zæøå]+\.?\s+\d{4}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4})$", re.IGNORECASE)
_RUNNING_HEADER_WORDS = 6


def same_title(a: str | None, b: str | None) -> bool:
    """Two titles alike but for case and spacing."""
    return " ".join((a or "").casefold().split()) == " ".join((b or "").casefold().split())


_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50}


def page_number(text: str) -> int:
    """A page number as printed: ``12``, or a front-matter page in Roman numerals (``xiv`` is 14)."""
    if text.isdigit():
        return int(text)
    values = [_ROMAN_VALUES[c] for c in text.lower()]
    return sum(-v if v < following else v for v, following in zip(values, [*values[1:], 0], strict=True))


def leader_page(text: str) -> tuple[str, int] | None:
    """``Godkendelse af dagsorden.......4`` -> (``Godkendelse af dagsorden``, 4): a contents line's title and the
    page after its dot leader or tab (Roman numerals read too); None for a line without one."""
    m = TOC_LINE.match(text)
    return (m.group("title").rstrip(". …\t").strip(), page_number(m.group("page"))) if m else None


def names_page_column(text: str) -> bool:
    """A line of column labels that names a page column: ``Pkt. Tekst Side``, ``Sag nr.: Emne: Side:``."""
    return any(word in PAGE_COLUMN_LABELS for word in normalise_heading(text.replace(":", " ")).split())


def running_header_line(text: str) -> bool:
    """A line of a page's running header that may stand between a contents heading and its first entry: the
    body's name (``Økonomiudvalget``), the date alone (``12-12-2012``) or column labels ending in the page's
    (``Punkter til dagsorden Side``)."""
    words = text.split()
    if not words or len(words) > _RUNNING_HEADER_WORDS or any(c.isdigit() for c in text):
        return bool(DATE_LINE.match(text))
    return bool(BODY_END.search(text)) or (normalise_heading(words[-1]) in PAGE_COLUMN_LABELS and len(words) > 1)


def is_closed_group(text: str) -> bool:
    """A group heading over the contents' closed part: ``Lukkede dagsordenspunkter``, ``Lukket dagsorden``,
    ``Til behandling - for lukkede døre``."""
    return bool(CLOSED_GROUP.search(text))


@dataclass
class TocEntry:
    """One entry: the title as listed (maybe cut off), its page and the item number printed before it."""

    title: str
    page: int | None = None
    number: int | None = None
    closed: bool = False  # listed under the contents' closed part ("Lukkede dagsordenspunkter")
    listed_open: bool = False  # listed as open in so many words ("åbent 1 Title")


def numbered_entry(text: str, page: int | None) -> TocEntry | None:
    """The entry of a numbered line (``12. Title``, ``lukket 14 Title``), or None."""
    number = TOC_NUMBER.match(text)
    if number and text[number.end():].strip():
        status = (number.group("status") or "").lower()
        return TocEntry(title=text[number.end():].strip(), page=page, number=int(number.group("num")),
                        closed=status == "lukket", listed_open=status in ("åbent", "åben"))
    return None


def behind_running_header(title: str, entry: str) -> bool:
    """``title`` ends in the entry's title after two or more words: a copy's running header flattened before it."""
    return title.casefold().endswith(" " + entry.casefold()) and len(title[:-len(entry)].split()) >= 2


def implied_numbers(toc: list[TocEntry]) -> list[tuple[str, int | None]]:
    """Each entry's title with its number, or where the copy lost it the number after the entry before's."""
    out: list[tuple[str, int | None]] = []
    current: int | None = None
    for entry in toc:
        current = entry.number if entry.number is not None else (current + 1 if current is not None else None)
        out.append((entry.title, current))
    return out


def listed_behind_header(title: str, number: int | None, toc: list[TocEntry]) -> tuple[int, str] | None:
    """The number and title of the contents entry a heading's title ends in after a copy's running header, where
    the heading is not its own number's entry run on (``2. Budget rammebesparelse Udvalget for …`` is entry 2)."""
    listed = implied_numbers(toc)
    own = next((entry_title for entry_title, n in listed if n is not None and n == number), None)
    if own and title.casefold().startswith(own.casefold()):
        return None
    for entry_title, n in listed:
        if n is not None and behind_running_header(title, entry_title):
            return n, entry_title
    return None
