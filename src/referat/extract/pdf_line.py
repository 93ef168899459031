"""A PDF page's line as the PDF reader sees it, and the joining of lines drawn apart on one baseline."""

from __future__ import annotations

from dataclasses import dataclass


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
