"""Scanned PDFs: pages without a text layer are read by OCR (Tesseract, Danish)."""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PIL import Image

from referat.errors import InputError
from referat.extract import extract
from referat.extract.ocr import missing_tesseract
from referat.parse import parse_document
from tests.corpus import corpus_file
from tests.pdfmaker import fonts_available, render_minutes_pdf

REPO = Path(__file__).resolve().parents[1]

MINUTES = """Referat
Teknik- og Miljøudvalget
Mødedato: 3. marts 2031 kl. 16.00
Mødested: Rådhuset i Nordfjord

1. Godkendelse af dagsorden
Sagsnr.: 31/00412
Beslutning
Godkendt.

2. Ny cykelsti ved Åbjergvej
Sagsnr.: 31/00977
Resumé
Forvaltningen foreslår en cykelsti langs Åbjergvej mellem skolen og idrætshallen.
Beslutning
Godkendt med ændringer.
"""

needs_tesseract = pytest.mark.skipif(missing_tesseract() is not None,
                                     reason=f"OCR cannot run here: {missing_tesseract()}")
needs_fonts = pytest.mark.skipif(not fonts_available(), reason="the DejaVu fonts (fonts-dejavu-core) are not installed")


def _scan(pdf: bytes, dpi: int = 300) -> bytes:
    """The PDF as a scanner would give it: each page an image only, no text layer."""
    document = pdfium.PdfDocument(pdf)
    images = [document[k].render(scale=dpi / 72, grayscale=True).to_pil() for k in range(len(document))]
    document.close()
    out = io.BytesIO()
    images[0].save(out, "PDF", resolution=dpi, save_all=True, append_images=images[1:])
    return out.getvalue()


@pytest.fixture(scope="module")
def scanned(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    if not fonts_available():
        pytest.skip("the DejaVu fonts (fonts-dejavu-core) are not installed")
    typeset = render_minutes_pdf(MINUTES, tmp_path_factory.mktemp("scan") / "minutes.pdf",
                                 header="Nordfjord Kommune – Referat").read_bytes()
    scan = _scan(typeset)
    document = pdfium.PdfDocument(scan)
    assert document[0].get_textpage().count_chars() == 0  # really no text layer
    document.close()
    return scan


@needs_tesseract
def test_scanned_minutes_read_by_ocr(scanned: bytes) -> None:
    extracted = extract(scanned)
    text = "\n".join(line.text for line in extracted.lines)
    for words in ("Teknik- og Miljøudvalget", "Godkendelse af dagsorden", "Ny cykelsti ved Åbjergvej",
                  "Godkendt med ændringer.", "31/00977"):
        assert words in text
    assert extracted.warnings == ["page 1 had no text layer and was read by OCR: names and figures may be misread"]


@needs_tesseract
def test_scanned_minutes_parse_into_items(scanned: bytes) -> None:
    meeting = parse_document(scanned)
    assert [(item.number, item.title) for item in meeting.items] == [
        (1, "Godkendelse af dagsorden"), (2, "Ny cykelsti ved Åbjergvej")]
    assert meeting.date == "2031-03-03"
    assert meeting.items[1].case_numbers == ["31/00977"]


def test_ocr_missing_is_one_clear_error(scanned: bytes, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("referat.extract.ocr.missing_tesseract", lambda: "the tesseract program is not installed")
    with pytest.raises(InputError, match=r"page 1 has no text layer and need OCR.*tesseract-ocr-dan"):
        extract(scanned)


def test_ocr_missing_on_the_command_line(scanned: bytes, tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    path.write_bytes(scanned)
    env = {**os.environ, "PATH": str(tmp_path / "no-programs-here")}
    result = subprocess.run([sys.executable, "-m", "referat", "parse", str(path)], capture_output=True, text=True,
                            timeout=120, cwd=REPO, env=env)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "OCR" in lines[0] and "tesseract" in lines[0]


def _with_scanned_page(text_pdf: bytes, scan: bytes) -> bytes:
    """A PDF of the text pages followed by one scanned page."""
    document = pdfium.PdfDocument(text_pdf)
    document.import_pages(pdfium.PdfDocument(scan), [0])
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


@needs_fonts
def test_text_pages_kept_when_ocr_is_missing(scanned: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    typeset = render_minutes_pdf(MINUTES, tmp_path / "m.pdf", header="Nordfjord Kommune – Referat").read_bytes()
    mixed = _with_scanned_page(typeset, scanned)
    monkeypatch.setattr("referat.extract.ocr.missing_tesseract", lambda: "the tesseract program is not installed")
    extracted = extract(mixed)
    assert "Ny cykelsti ved Åbjergvej" in "\n".join(line.text for line in extracted.lines)
    assert extracted.warnings == ["page 2 has no text layer and could not be read: the tesseract program is not "
                                  "installed"]


def test_blank_scan_is_refused() -> None:
    out = io.BytesIO()
    Image.new("L", (600, 800), 255).save(out, "PDF", resolution=72)
    with pytest.raises(InputError):
        extract(out.getvalue())


@needs_tesseract
def test_corpus_scan_is_read_by_ocr() -> None:
    path = corpus_file("documents/ballerup-edoc-2012/1537646.PDF")
    # Its first page only (the whole scan takes long to read): a table scanned lying on its side.
    whole = pdfium.PdfDocument(path.read_bytes())
    assert all(whole[k].get_textpage().count_chars() == 0 for k in range(len(whole)))
    first = pdfium.PdfDocument.new()
    first.import_pages(whole, [0])
    out = io.BytesIO()
    first.save(out)
    extracted = extract(out.getvalue())
    assert extracted.warnings[0].startswith("page 1 had no text layer")
    rows = [line.cells for line in extracted.lines if line.cells and len(line.cells) >= 4]
    assert len(rows) >= 20  # the page is a list of some thirty rows in seven columns
    text = "\n".join(line.text for line in extracted.lines)
    assert re.search(r"\b\d{2}-\d{2}-\d{4}\b", text)  # the printing date in the page's corner
    assert any(letter in text for letter in "æøå")
