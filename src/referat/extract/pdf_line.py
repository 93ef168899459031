"""A PDF page's line as the PDF reader sees it: its text runs cleaned, and lines drawn apart on one baseline joined."""

from __future__ import annotations

import re
from dataclasses import dataclass

CELL_GAP = 14.0  # points: wider gaps than a few spaces separate table cells
#: A cell that is only a list marker or a number, which belongs with the text of the cell after it.
MARKER_CELL = re.compile(r"^(?:[-–•*▪◦]|\d{1,4}[.)]?)$")
#: Words before which a hyphen at a line's end is kept ("by- og landskabsudvalget").
KEEP_HYPHEN_BEFORE = frozenset({"og", "eller", "samt", "til", "som", "&", "and"})
_MARKED_HYPHEN = re.compile(r"([a-zæøåé])[\x02\ufffe]([a-zæøåé]+)")


@dataclass
class PdfLine:
    """A line of a PDF page: its box, its cells (text runs set apart by a wide gap) and its type size."""

    left: float
    right: float
    top: float
    bottom: float
    cells: list[str]
    first_word: float = 0.0  # the width of the line's first word
    size: float = 0.0  # the font size of the line's first character
    lefts: list[float] | None = None  # where each cell starts, for lines of several cells

    @property
    def text(self) -> str:
        return "\t".join(self.cells)

    @property
    def height(self) -> float:
        return max(self.top - self.bottom, 1.0)


def merge_bands(lines: list[PdfLine]) -> list[PdfLine]:
    """Lines pdfium split on one baseline (separately drawn cells) join as cells of one line."""
    merged: list[PdfLine] = []
    for line in lines:
        if merged:
            last = merged[-1]
            overlap = min(last.top, line.top) - max(last.bottom, line.bottom)
            if overlap > 0.5 * min(last.height, line.height):
                parts = sorted([last, line], key=lambda x: x.left)
                merged[-1] = PdfLine(left=parts[0].left, right=max(last.right, line.right),
                                     top=max(last.top, line.top), bottom=min(last.bottom, line.bottom),
                                     cells=parts[0].cells + parts[1].cells, size=parts[0].size,
                                     lefts=(parts[0].lefts or [parts[0].left]) + (parts[1].lefts or [parts[1].left]))
                continue
        merged.append(line)
    return merged


def _unhyphenate(m: re.Match[str]) -> str:
    """A hyphen pdfium marked at a line end it joined: gone inside a word, kept before "og" and the like."""
    following = m.group(2)
    return m.group(1) + ("-" if following.lower() in KEEP_HYPHEN_BEFORE else "") + following


def clean_text(text: str) -> str:
    """A text run's words with single spaces, pdfium's marked line-end hyphens undone or made plain hyphens."""
    if "\x02" in text or "\ufffe" in text:
        text = _MARKED_HYPHEN.sub(_unhyphenate, text)
    return " ".join(text.replace("\x02", "-").replace("\xad", "-").replace("\ufffe", "-").split())
