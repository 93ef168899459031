"""The table of contents: found, read, and kept apart from the items."""

from __future__ import annotations

import re
from dataclasses import dataclass

from referat.extract import Line
from referat.vocab import TOC_COLUMN_LABELS, TOC_HEADINGS, TOC_LINE, TOC_NUMBER, normalise_heading

_TOC_INITIALS = frozenset(h[0] for h in TOC_HEADINGS) | frozenset(h[0].upper() for h in TOC_HEADINGS)
_DOT_LEADER = re.compile(r"\.{3,}|…")


@dataclass
class TocEntry:
    """One entry: the title as listed (maybe cut off), its page and the item number printed before it."""

    title: str
    page: int
    number: int | None = None


def toc_entry(line: Line) -> TocEntry | None:
    """The entry a line lists, or None if it is not a contents line."""
    text = line.text.strip()
    if not text or not text[-1].isdigit() or ("\t" not in text and "." not in text and "…" not in text):
        return None
    m = TOC_LINE.match(text)
    if not m:
        return None
    title = m.group("title").rstrip(". …\t").strip()
    number = TOC_NUMBER.match(title)
    if number and title[number.end():].strip():
        return TocEntry(title=title[number.end():].strip(), page=int(m.group("page")), number=int(number.group("num")))
    if not title:
        return None
    return TocEntry(title=title, page=int(m.group("page")))


def find_toc(lines: list[Line]) -> tuple[list[TocEntry], set[int]]:
    """The contents entries and the indices of the lines they occupy (heading included)."""
    entries: list[TocEntry] = []
    used: set[int] = set()
    filled = [i for i, line in enumerate(lines) if line.text.strip()]
    parsed = {i: toc_entry(lines[i]) for i in filled}
    k = 0
    while k < len(filled):
        i = filled[k]
        text = lines[i].text
        is_heading = (len(text) < 40 and text.lstrip("#* ")[:1] in _TOC_INITIALS
                      and normalise_heading(text) in TOC_HEADINGS)
        run_start = k + 1 if is_heading else k
        run_end = run_start
        while run_end < len(filled):
            if run_end == run_start and is_heading and normalise_heading(lines[filled[run_end]].text) \
                    in TOC_COLUMN_LABELS:
                run_start = run_end = run_end + 1  # "Side" over the page numbers
                continue
            if parsed[filled[run_end]] is None:
                # A long title wrapped over two lines: the page number stands on the second.
                if (run_end > run_start or is_heading) and run_end + 1 < len(filled) \
                        and parsed[filled[run_end + 1]] is not None and len(lines[filled[run_end]].text) < 200:
                    head = lines[filled[run_end]].text.strip()
                    entry = parsed[filled[run_end + 1]]
                    if entry is not None:
                        parsed[filled[run_end + 1]] = toc_entry(Line(f"{head} {lines[filled[run_end + 1]].text}")) \
                            or entry
                    run_end += 1
                    continue
                break
            run_end += 1
        run = filled[run_start:run_end]
        # A heading with entries, or a bare run of dot-leader entries, is a table of contents.
        dotted = all(_DOT_LEADER.search(lines[index].text) for index in run)
        if run and (is_heading or (len(run) >= 3 and dotted)):
            if is_heading:
                used.update(filled[k:run_start])
            for index in run:
                used.add(index)
                entry = parsed[index]
                if entry is not None:
                    entries.append(entry)
            k = run_end
            continue
        k += 1
    return entries, used
