"""Render plain-text minutes as a PDF the way publishing systems do, for the PDF tests.

Each paragraph line is wrapped to the text width, long words are hyphenated at the line
end, short heading-like lines are set in bold, tab-separated rows become columns, and
every page gets a running header and a ``Side N af M`` footer.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
REGULAR, BOLD = "DejaVuSans", "DejaVuSans-Bold"
SIZE, LEADING, PARAGRAPH_GAP = 10.0, 13.0, 8.0
MARGIN_X, TOP, BOTTOM = 62.0, 780.0, 70.0


def register_fonts() -> None:
    """Register the DejaVu fonts with reportlab (once)."""
    if REGULAR not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(REGULAR, str(FONT_DIR / "DejaVuSans.ttf")))
        pdfmetrics.registerFont(TTFont(BOLD, str(FONT_DIR / "DejaVuSans-Bold.ttf")))


def fonts_available() -> bool:
    """True when the DejaVu fonts (Debian's fonts-dejavu-core) are installed."""
    return (FONT_DIR / "DejaVuSans.ttf").is_file() and (FONT_DIR / "DejaVuSans-Bold.ttf").is_file()


@dataclass
class _Op:
    x: float
    y: float
    text: str
    font: str


def _width(text: str, font: str, size: float = SIZE) -> float:
    return pdfmetrics.stringWidth(text, font, size)


def wrap_words(text: str, font: str, width: float, size: float = SIZE, hyphenate_from: int = 12) -> list[str]:
    """Greedy wrapping that hyphenates an all-letter word of ``hyphenate_from`` letters or more that does not fit."""
    lines: list[str] = []
    current = ""
    for word in text.split(" "):
        candidate = f"{current} {word}" if current else word
        if _width(candidate, font, size) <= width:
            current = candidate
            continue
        if word.isalpha() and len(word) >= hyphenate_from and current:
            for cut in range(len(word) - 4, 4, -1):
                head = f"{current} {word[:cut]}-"
                if _width(head, font, size) <= width and word[cut - 1].islower() and word[cut].islower():
                    lines.append(head)
                    current = word[cut:]
                    break
            else:
                lines.append(current)
                current = word
            continue
        if current:
            lines.append(current)
        current = word
    if current:
        lines.append(current)
    return lines


def _is_heading(line: str) -> bool:
    return len(line) <= 70 and not line.endswith((".", ",")) and "\t" not in line and line[:1].isupper()


def _table_block(raws: list[str], index: int) -> tuple[list[tuple[list[str], bool]], int]:
    """Consecutive tab-separated rows (blank lines between them allowed) from ``index``."""
    block: list[tuple[list[str], bool]] = []
    while index < len(raws):
        if "\t" in raws[index]:
            spaced = index + 1 >= len(raws) or not raws[index + 1].strip()
            block.append(([c.strip() for c in raws[index].split("\t")], spaced))
            index += 1
        elif not raws[index].strip() and index + 1 < len(raws) and "\t" in raws[index + 1]:
            index += 1
        else:
            break
    return block, index


def _column_widths(block: list[tuple[list[str], bool]]) -> list[float]:
    columns = max(len(row) for row, _ in block)
    return [max((_width(row[k], REGULAR) for row, _ in block if k < len(row)), default=0.0) + 18
            for k in range(columns)]


def render_minutes_pdf(text: str, path: Path, header: str = "Solbjerg Kommune – Referat",
                       width: float = A4[0] - 2 * MARGIN_X) -> Path:
    """Write ``text`` (one paragraph per line) as a paginated PDF at ``path``."""
    register_fonts()
    pages: list[list[_Op]] = [[]]
    y = TOP

    def emit(x: float, line: str, font: str) -> None:
        nonlocal y
        if y < BOTTOM:
            pages.append([])
            y = TOP
        pages[-1].append(_Op(x, y, line, font))
        y -= LEADING

    raws = text.split("\n")
    index = 0
    while index < len(raws):
        raw = raws[index]
        line = raw.strip()
        if not line:
            index += 1
            continue
        if "\t" in raw:
            block, index = _table_block(raws, index)
            widths = _column_widths(block)
            if sum(widths) <= width:
                for row, spaced in block:
                    if y < BOTTOM:
                        pages.append([])
                        y = TOP
                    x = MARGIN_X
                    for cell, column in zip(row, widths, strict=False):
                        if cell:
                            pages[-1].append(_Op(x, y, cell, REGULAR))
                        x += column
                    y -= LEADING + (PARAGRAPH_GAP if spaced else 1)
                continue
            for row, spaced in block:
                for part in wrap_words("  ".join(c for c in row if c), REGULAR, width):
                    emit(MARGIN_X, part, REGULAR)
                if spaced:
                    y -= PARAGRAPH_GAP
            continue
        # Paragraphs the text separates by a blank line get space after them; list lines stay tight.
        spaced = index + 1 >= len(raws) or not raws[index + 1].strip()
        font = BOLD if _is_heading(line) else REGULAR
        for part in wrap_words(line, font, width):
            emit(MARGIN_X, part, font)
        if spaced:
            y -= PARAGRAPH_GAP
        index += 1

    canvas = Canvas(str(path), pagesize=A4)
    for number, ops in enumerate(pages, 1):
        canvas.setFont(REGULAR, 8)
        canvas.drawString(MARGIN_X, 812, header)
        canvas.drawRightString(A4[0] - MARGIN_X, 30, f"Side {number} af {len(pages)}")
        for op in ops:
            canvas.setFont(op.font, SIZE)
            canvas.drawString(op.x, op.y, op.text)
        canvas.showPage()
    canvas.save()
    return path
