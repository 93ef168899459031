"""Text of a scanned PDF page by OCR: Tesseract with its Danish data, through pytesseract.

Used only for pages without a text layer. The page is rendered at 300 dpi, turned upright when
Tesseract's orientation detection says it lies on its side or upside down, and read in Danish.
The words come back with their boxes in points of the upright page (origin bottom left, as pdfium
gives a text layer's), so
the PDF reader lays them out into lines and paragraphs as it does for a text layer.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cache
from typing import Any

from referat.errors import InputError

LANGUAGE = "dan"
DPI = 300
_INSTALL_HINT = "install Tesseract with its Danish data (Debian: apt-get install tesseract-ocr tesseract-ocr-dan)"


@dataclass
class OcrWord:
    """One recognised word and its box in PDF points (``top`` > ``bottom``)."""

    text: str
    left: float
    right: float
    top: float
    bottom: float


@cache
def missing_tesseract() -> str | None:
    """Why OCR cannot run here (no tesseract, no Danish data), or None when it can."""
    try:
        import pytesseract
    except ImportError:
        return "pytesseract is not installed"
    try:
        languages = pytesseract.get_languages(config="")
    except (pytesseract.TesseractNotFoundError, pytesseract.TesseractError, OSError):
        return "the tesseract program is not installed"
    if LANGUAGE not in languages:
        return "Tesseract's Danish data (dan) is not installed"
    return None


def require_tesseract(pages: str) -> None:
    """InputError naming the pages ("pages 1-8") when OCR is needed and cannot run."""
    reason = missing_tesseract()
    if reason is not None:
        have = "have" if pages.startswith("pages") else "has"
        raise InputError(f"the PDF's {pages} {have} no text layer and need OCR, but {reason}: {_INSTALL_HINT}")


def _upright(image: Any) -> Any:
    import pytesseract

    try:
        osd = pytesseract.image_to_osd(image, output_type=pytesseract.Output.DICT)
    except pytesseract.TesseractError:
        return image  # too little text to tell its orientation: read it as it stands
    rotate = int(osd.get("rotate", 0) or 0) % 360
    # Tesseract gives the clockwise turn that makes the page upright; PIL turns counter-clockwise.
    return image.rotate(-rotate, expand=True) if rotate else image


def ocr_lines(page: Any) -> list[list[OcrWord]]:
    """The lines of words Tesseract reads on a pdfium page, top to bottom, in the page's points."""
    import pytesseract

    # OpenMP threads in Tesseract spin against each other on a busy machine (several times slower);
    # documents are read in parallel by processes instead.
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    bitmap = page.render(scale=DPI / 72, grayscale=True)
    try:
        image = _upright(bitmap.to_pil())
    finally:
        bitmap.close()
    try:
        data = pytesseract.image_to_data(image, lang=LANGUAGE, output_type=pytesseract.Output.DICT)
    except (pytesseract.TesseractError, OSError) as exc:
        raise InputError(f"OCR of a scanned page failed: {str(exc).strip().splitlines()[-1:] or exc}") from exc
    # Points in the upright image's frame (a page turned on its side is read as it stands upright).
    scale = 72 / DPI
    height = image.size[1] * scale
    lines: dict[tuple[int, int, int], list[OcrWord]] = {}
    for k, text in enumerate(data["text"]):
        word = (text or "").strip()
        if not word or float(data["conf"][k]) < 0:
            continue
        left, top = data["left"][k] * scale, data["top"][k] * scale
        box = OcrWord(word, left, left + data["width"][k] * scale, height - top,
                      height - top - data["height"][k] * scale)
        lines.setdefault((data["block_num"][k], data["par_num"][k], data["line_num"][k]), []).append(box)
    ordered = [sorted(words, key=lambda w: w.left) for words in lines.values()]
    return sorted(ordered, key=lambda words: -max(w.top for w in words))
