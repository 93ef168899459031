"""Titles reduced to keys, so that a contents entry and the heading that repeats it match."""

from __future__ import annotations

import re

from referat.extract import Line

_KEY_STRIP = re.compile(r"^[\W\d_]*(?:(?:punkt|pkt|nr|sag nr)\.?\s*\d+\s*[.:)-]?\s*)?", re.IGNORECASE)
_KEY_LENGTH = 30


def title_key(text: str) -> str:
    """A title reduced for matching: numbering and markup gone, case folded, the first 30 characters."""
    text = text.strip().strip("*_#").strip()
    m = _KEY_STRIP.match(text)
    if m:
        text = text[m.end():]
    # Collapsing a prefix of the text gives a prefix of the collapsed text: when it is long enough, the rest
    # of a long line need not be folded and split.
    head = " ".join(text[:2 * _KEY_LENGTH].casefold().split())
    if len(head) >= _KEY_LENGTH:
        return head[:_KEY_LENGTH]
    return " ".join(text.casefold().split())[:_KEY_LENGTH]


def line_keys(lines: list[Line]) -> dict[str, list[int]]:
    """Each line's :func:`title_key` -> the indices of the lines that have it."""
    keys: dict[str, list[int]] = {}
    add_line_keys(lines, range(len(lines)), keys)
    return keys


def add_line_keys(lines: list[Line], indices: range, keys: dict[str, list[int]]) -> None:
    """Add the keys of the lines at ``indices`` to ``keys``."""
    for i in indices:
        text = lines[i].text.strip()
        if text and len(text) < 400:
            keys.setdefault(title_key(text), []).append(i)


class LaterKeys:
    """:func:`line_keys` of the lines after a contents list, keyed only from the earliest line asked for on.

    A contents list is confirmed by its titles standing again below it, so the lines above the first list
    tried need no key.
    """

    def __init__(self, lines: list[Line]) -> None:
        self.lines = lines
        self.start = len(lines)  # the lines from here on have their keys
        self.keys: dict[str, list[int]] = {}

    def after(self, index: int) -> dict[str, list[int]]:
        """The keys of (at least) every line after ``index``."""
        if index + 1 < self.start:
            add_line_keys(self.lines, range(index + 1, self.start), self.keys)
            self.start = index + 1
        return self.keys
