"""The table of contents: found, read, and kept apart from the items."""

from __future__ import annotations

import re
from dataclasses import dataclass

from referat.extract import Line
from referat.vocab import TOC_HEADINGS, TOC_LINE, normalise_heading

_DOT_LEADER = re.compile(r"\.{3,}|…")


@dataclass
class TocEntry:
    """One entry: the title as listed (maybe cut off) and its page."""

    title: str
    page: int


def toc_entry(line: Line) -> TocEntry | None:
    """The entry a line lists, or None if it is not a contents line."""
    m = TOC_LINE.match(line.text.strip())
    if not m:
        return None
    title = m.group("title").rstrip(". …\t").strip()
    if not title:
        return None
    return TocEntry(title=title, page=int(m.group("page")))


def find_toc(lines: list[Line]) -> tuple[list[TocEntry], set[int]]:
    """The contents entries and the indices of the lines they occupy (heading included)."""
    entries: list[TocEntry] = []
    used: set[int] = set()
    i = 0
    while i < len(lines):
        text = lines[i].text
        is_heading = normalise_heading(text) in TOC_HEADINGS
        start = i + 1 if is_heading else i
        run: list[tuple[int, TocEntry]] = []
        j = start
        while j < len(lines):
            if not lines[j].text.strip():
                j += 1
                continue
            entry = toc_entry(lines[j])
            if entry is None:
                break
            run.append((j, entry))
            j += 1
        # A heading with entries, or a bare run of dot-leader entries, is a table of contents.
        dotted = all(_DOT_LEADER.search(lines[index].text) for index, _ in run)
        if run and (is_heading or (len(run) >= 3 and dotted)):
            if is_heading:
                used.add(i)
            for index, entry in run:
                used.add(index)
                entries.append(entry)
            i = j
            continue
        i += 1
    return entries, used
