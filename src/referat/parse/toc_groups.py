"""Contents listed bare under groups that name only their items' access (``Åbne sager``, ``Lukkede sager``), with no
contents heading: a site's page of one meeting listing its closed items, whose text is not published, above the
open items' text under the same group heading again (``ÅBNE SAGER``)."""

from __future__ import annotations

from referat.extract import Line
from referat.parse.toc_entry import TocEntry, is_closed_group, numbered_entry
from referat.vocab import ACCESS_GROUP

_MIN_ENTRIES = 2
_LONGEST_TITLE = 300


def access_group_run(lines: list[Line], filled: list[int], start: int) -> tuple[list[TocEntry], list[int], int]:
    """The entries under the access groups from filled position ``start`` (a group line): (entries, lines used,
    next position), or nothing. The list must end where a group it holds is named again, the body's own group
    heading; otherwise the numbered lines under the group may be the items' own headings."""
    entries: list[TocEntry] = []
    used: list[int] = []
    groups: set[str] = set()
    closed = False
    k = start
    while k < len(filled):
        line = lines[filled[k]]
        text = line.text.strip()
        if ACCESS_GROUP.match(text):
            key = " ".join(text.casefold().split())
            if key in groups:
                break  # the body's own group heading: the list before it is the contents
            groups.add(key)
            closed = is_closed_group(text)
            used.append(filled[k])
            k += 1
            continue
        entry = numbered_entry(text, None) if not line.cells and len(text) < _LONGEST_TITLE else None
        if entry is None:
            return [], [], start  # a line that is neither a group nor an entry: no list ends at a group again
        entry.closed = entry.closed or closed
        entries.append(entry)
        used.append(filled[k])
        k += 1
    if k >= len(filled) or len(entries) < _MIN_ENTRIES:
        return [], [], start
    return entries, used, k
