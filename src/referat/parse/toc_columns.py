"""A contents table flattened to one cell per line, as PDF-to-text copies print it.

``Pkt.`` / ``Tekst`` / ``Side`` over the entries, then per entry its number on a line, the title over one to
three lines and the page on a line; the pages' running header and footer (the document's first lines again,
the date, the page number) stand between the entries and are read past.
"""

from __future__ import annotations

import re

from referat.extract import Line
from referat.parse.toc_entry import DATE_LINE, TocEntry, is_closed_group, leader_page
from referat.vocab import (
    PAGE_COLUMN_LABELS,
    TOC_COLUMN_LABELS,
    TOC_GROUP,
    TOC_HEADINGS,
    TOC_NOT_ITEMS,
    normalise_heading,
    section_kind,
)

_LONE_NUMBER = re.compile(r"^(?P<num>\d{1,4})\.?$")
_TRAILING_LEADER = re.compile(r"\s*(?:\.{3,}|…+)\s*$")
_NUMBERED_HEADING = re.compile(r"^\d{1,4}\.?\s+[A-ZÆØÅ]")
_COLUMNS = frozenset(TOC_COLUMN_LABELS) | {"pkt", "tekst"}
_CONTENTS_HEADINGS = frozenset(TOC_HEADINGS)
_MAX_TITLE_LINES = 3
_MAX_PAGE_STEP = 60
_MAX_NUMBER_STEP = 3  # numbers an entry may skip to the next (a closed item left out of the list)


def _led_entry(title: str, number: int, closed: bool) -> TocEntry:
    """An entry whose page stands after a dot leader in its title (``Godkendelse af dagsorden.......4``), or
    whose leader was cut off before its page."""
    led = leader_page(title)
    if led:
        return TocEntry(title=led[0], page=led[1], number=number, closed=closed)
    return TocEntry(title=_TRAILING_LEADER.sub("", title), number=number, closed=closed)


def _number(text: str) -> int | None:
    m = _LONE_NUMBER.match(text)
    return int(m.group("num")) if m else None


def columnar_run(lines: list[Line], filled: list[int], start: int, front: set[str]) -> tuple[
        list[TocEntry], list[int], int]:
    """Entries from filled position ``start``: (entries, lines used, next position); no entries if the lines are
    not such a table. ``front`` holds the document's lines before the contents, repeated as page headers."""
    entries: list[TocEntry] = []
    used: list[int] = []
    k = start
    while k < len(filled) and (normalise_heading(lines[filled[k]].text) in _COLUMNS
                               or TOC_GROUP.match(lines[filled[k]].text.strip())):
        used.append(filled[k])
        k += 1
    last_page = 0
    closed_part = any(is_closed_group(lines[index].text) for index in used)
    stray = 0  # text lines in a row that fit no entry
    while k < len(filled):
        text = lines[filled[k]].text.strip()
        number = _number(text)
        last = entries[-1].number if entries else 0
        if number is not None and last is not None and number > last and k + 1 < len(filled) \
                and _number(lines[filled[k + 1]].text.strip()) is None:
            title: list[str] = []
            j = k + 1
            following = False  # the title ends at the next entry's number, with no page between
            while j < len(filled) and len(title) <= _MAX_TITLE_LINES:
                cell = lines[filled[j]].text.strip()
                value = _number(cell)
                if value is not None and number < value <= number + _MAX_NUMBER_STEP and title \
                        and not (last_page <= value <= last_page + _MAX_PAGE_STEP and cell.isdigit()):
                    following = True  # "181." / title / "182." / title: the list has no page column
                    break
                if title and (_NUMBERED_HEADING.match(cell) or TOC_GROUP.match(cell)):
                    following = True  # the next group's label, or the body's first numbered heading after the list
                    break
                if value is not None and last_page <= value <= last_page + _MAX_PAGE_STEP and title:
                    break  # the page
                if DATE_LINE.match(cell) or cell in front:
                    j += 1  # the page's footer or header inside the entry
                    continue
                if len(cell) > 200 or section_kind(cell):
                    return entries, used, k
                title.append(cell)
                j += 1
            if not title or (j >= len(filled) and len(title) > _MAX_TITLE_LINES):
                break
            if following or j >= len(filled):
                entries.append(_led_entry(" ".join(title), number, closed_part))
                used.extend(filled[k:j])
                k, stray = j, 0
                continue
            page = _number(lines[filled[j]].text.strip()) if j < len(filled) else None
            entries.append(TocEntry(title=" ".join(title), page=page, number=number, closed=closed_part))
            used.extend(filled[k:j + 1])
            last_page = page or last_page
            k, stray = j + 1, 0
            continue
        if TOC_GROUP.match(text):
            closed_part = closed_part or is_closed_group(text)
        if number is not None or DATE_LINE.match(text) or text in front or TOC_GROUP.match(text):
            used.append(filled[k])  # a page number, the running header or footer, a group heading
            k += 1
            continue
        stray += 1
        if stray > 1 or not entries or normalise_heading(text) in _CONTENTS_HEADINGS:
            break  # a second contents heading ("Indholdsfortegnelse lukket møde") opens a list of its own
        k += 1
    return (entries, used, k) if len(entries) >= 2 else ([], [], start)


def number_block_run(lines: list[Line], filled: list[int], start: int) -> tuple[list[TocEntry], list[int], int]:
    """Entries whose numbers the copy printed as one block and their titles as the next (``79.`` … ``90.``, then
    twelve titles), as a PDF's text gives a table's columns one after the other: (entries, lines used, next
    position); no entries unless the numbers rise one by one and as many titles follow. A title line starting in
    lower case goes on the title above it."""
    k = start
    while k < len(filled) and normalise_heading(lines[filled[k]].text) in _COLUMNS:
        k += 1
    numbers: list[int] = []
    while k < len(filled) and (value := _number(lines[filled[k]].text.strip())) is not None \
            and (not numbers or value == numbers[-1] + 1):
        numbers.append(value)
        k += 1
    if len(numbers) < 3:
        return [], [], start
    titles: list[str] = []
    while k < len(filled):
        text = lines[filled[k]].text.strip()
        if titles and text[:1].islower():
            titles[-1] = f"{titles[-1]} {text}"  # a title wrapped onto the next line
        elif len(titles) < len(numbers) and text[:1].isupper() and len(text) <= 200 and not section_kind(text):
            titles.append(text)
        else:
            break
        k += 1
    if len(titles) != len(numbers):
        return [], [], start
    entries = [TocEntry(title=title, number=number) for number, title in zip(numbers, titles, strict=True)]
    return entries, filled[start:k], k


def page_column_after(lines: list[Line], filled: list[int], end: int, run: list[TocEntry], used: set[int]) -> int:
    """The contents' page column printed after its entries (``Side`` / ``2`` / ``5`` / …, one number an entry, as a
    PDF's text gives a table's columns one after the other; its label may stand over the list instead, ``Sag nr.
    Side``): its lines used, each entry given its page."""
    while end < len(filled) and normalise_heading(lines[filled[end]].text) in TOC_NOT_ITEMS:
        used.add(filled[end])  # "Bilagsoversigt", "Underskriftsside": the document's pages listed last
        end += 1
    if end >= len(filled):
        return end
    labelled = normalise_heading(lines[filled[end]].text) in PAGE_COLUMN_LABELS
    first = end + 1 if labelled else end
    pages: list[int] = []
    for index in filled[first:first + len(run) + 4]:
        text = lines[index].text.strip()
        if not text.isdigit() or len(text) > 4 or (pages and int(text) < pages[-1]):
            break
        pages.append(int(text))
    if len(pages) < (min(len(run), 3) if labelled else max(3, len(run) // 2)):
        return end
    for entry, page in zip(run, pages, strict=False):
        entry.page = entry.page or page
    used.update(filled[end:first + len(pages)])
    return first + len(pages)
