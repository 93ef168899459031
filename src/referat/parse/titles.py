"""An item heading's title: closing marker, committee prefix, type letter and a case number in brackets."""

from __future__ import annotations

import re

from referat.parse.closed import strip_closed_marker
from referat.parse.numbers import find_case_numbers
from referat.vocab import ITEM_PREFIX, ITEM_TYPE, OPEN_MARK

_TITLE_CASE = re.compile(r"\s*\((?:sagsnr\.?:?\s*)?([^()]{5,40})\)\s*$", re.IGNORECASE)


def split_title(raw: str) -> tuple[str | None, bool, str | None, str | None]:
    """Item heading text -> (title, closed, committee prefix, type letter)."""
    text, closed = strip_closed_marker(raw.strip().strip("*").strip())
    if not closed:
        text = OPEN_MARK.sub("", text)  # "(Åben) Meddelelser": the status, not the title
    prefix_match = ITEM_PREFIX.match(text)
    type_match = ITEM_TYPE.search(text)
    return (text or None, closed, prefix_match.group("prefix") if prefix_match else None,
            type_match.group("type") if type_match else None)


def case_numbers_in_title(title: str | None) -> tuple[str | None, list[str]]:
    """``Godkendelse af dagsorden (2023-0012345)`` -> the title without its case number, and the number."""
    if not title:
        return title, []
    m = _TITLE_CASE.search(title)
    if not m:
        return title, []
    numbers = find_case_numbers(m.group(1))
    if not numbers:
        return title, []
    return title[: m.start()].strip() or None, numbers
