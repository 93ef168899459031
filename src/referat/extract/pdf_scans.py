"""A PDF's pages without a text layer (scans): read by OCR into the lines a text layer gives, or noted as unread."""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from referat.extract.pdf_line import CELL_GAP, MARKER_CELL, PdfLine, clean_text

if TYPE_CHECKING:
    import pypdfium2 as pdfium

    from referat.extract.ocr import OcrWord


def _ocr_rows(lines: list[list[OcrWord]]) -> list[list[OcrWord]]:
    """Tesseract's lines joined into rows where they share a baseline (the columns of a table), words left to right."""
    rows: list[list[OcrWord]] = []
    for words in sorted(lines, key=lambda ws: -max(w.top for w in ws)):
        top, bottom = max(w.top for w in words), min(w.bottom for w in words)
        if rows:
            row_top, row_bottom = max(w.top for w in rows[-1]), min(w.bottom for w in rows[-1])
            if min(top, row_top) - max(bottom, row_bottom) > 0.5 * min(top - bottom, row_top - row_bottom):
                rows[-1].extend(words)
                continue
        rows.append(list(words))
    return [sorted(row, key=lambda w: w.left) for row in rows]


def ocr_page_lines(page: pdfium.PdfPage) -> list[PdfLine]:
    """A scanned page's lines by OCR, in the same form as a text layer's; a wide gap between words ends a cell."""
    from referat.extract.ocr import ocr_lines

    lines: list[PdfLine] = []
    for words in _ocr_rows(ocr_lines(page)):
        groups, lefts = [[words[0].text]], [words[0].left]
        for before, word in itertools.pairwise(words):
            if word.left - before.right > CELL_GAP:
                groups.append([word.text])
                lefts.append(word.left)
            else:
                groups[-1].append(word.text)
        cells = [clean_text(" ".join(group)) for group in groups]
        if len(cells) >= 2 and MARKER_CELL.match(cells[0]) and cells[1][:1].isalpha():
            cells[:2], lefts[:2] = [f"{cells[0]} {cells[1]}"], lefts[:1]
        top, bottom = max(w.top for w in words), min(w.bottom for w in words)
        lines.append(PdfLine(left=words[0].left, right=max(w.right for w in words), top=top, bottom=bottom,
                             cells=cells, first_word=words[0].right - words[0].left, size=top - bottom,
                             lefts=lefts if len(cells) > 1 else None))
    return lines


def page_numbers(indices: list[int]) -> str:
    """"page 3", "pages 1-8", "pages 1, 4-5" for zero-based page indices."""
    spans: list[list[int]] = []
    for index in indices:
        if spans and index == spans[-1][1] + 1:
            spans[-1][1] = index
        else:
            spans.append([index, index])
    text = ", ".join(f"{a + 1}" if a == b else f"{a + 1}-{b + 1}" for a, b in spans)
    return f"page {text}" if len(indices) == 1 else f"pages {text}"


def read_scans(document: pdfium.PdfDocument, pages: list[list[PdfLine]], scanned: list[int],
                warnings: list[str] | None) -> None:
    """OCR the pages without a text layer into ``pages``, or say why not."""
    from referat.extract.ocr import missing_tesseract, require_tesseract

    named = page_numbers(scanned)
    if not any(pages):
        require_tesseract(named)
    elif missing_tesseract() is not None:
        if warnings is not None:
            have = "has" if len(scanned) == 1 else "have"
            warnings.append(f"{named} {have} no text layer and could not be read: {missing_tesseract()}")
        return
    for index in scanned:
        page = document[index]
        try:
            pages[index] = ocr_page_lines(page)
        finally:
            page.close()
    if warnings is not None:
        warnings.append(f"{named} had no text layer and {'was' if len(scanned) == 1 else 'were'} read by OCR: "
                        "names and figures may be misread")
