"""A copy's running page header that names the meeting, printed again between its items."""

from __future__ import annotations

from referat.extract import Line
from referat.parse.dates import parse_date
from referat.vocab import RUNNING_MEETING_HEADER

_MAX_HEADER = 120


def running_meeting_headers(lines: list[Line], date: str | None) -> set[int]:
    """The indices of the lines that are a page's running header: ``Møde i <body> den <date>`` with the meeting's
    own date, the same line printed twice or more (once would be a sentence of an item's text)."""
    if not date:
        return set()
    found: dict[str, list[int]] = {}
    for index, line in enumerate(lines):
        text = line.text.strip()
        if len(text) > _MAX_HEADER or text[:1] not in ("M", "m") or line.cells:
            continue
        m = RUNNING_MEETING_HEADER.match(text)
        if m and parse_date(m.group("date")) == date:
            found.setdefault(" ".join(text.casefold().split()), []).append(index)
    return {index for indices in found.values() if len(indices) >= 2 for index in indices}
