"""Parsing speed: text referater per second, PDF pages per second, and poppler's pdftotext beside it.

    .venv/bin/python bench/parse.py [--rounds N] [--json]

Documents: the shared seed minutes when present, plus the project's own sample and fixtures.
PDFs are rendered from the same documents (tests/pdfmaker.py, which needs reportlab and
Debian's DejaVu fonts). Everything runs in this one process on one core. pdftotext is timed twice:
one process per file, as it is used from the command line, and one process over all the pages (the
files joined by pdfunite), which leaves out its process starts and is the fair floor for one process.
Referat's PDF time is also split into its stages, each its fastest round over the same files: the
page text alone (pypdfium2 opening each file and taking each page's text in one call, the floor of
any reader built on pdfium), the lines (``extract``: text runs, cells, page furniture, paragraphs)
and the whole (``parse_document``: the lines and then the structure).
"""

from __future__ import annotations

import argparse
import json
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from referat.extract import extract  # noqa: E402
from referat.parse import parse_document  # noqa: E402


def documents() -> list[tuple[str, bytes]]:
    """(name, bytes) of every text document the benchmark parses."""
    paths = sorted((REPO.parent / "shared" / "seeds").glob("*.txt"))
    paths += sorted((REPO / "src/referat/samples").glob("*.txt"))
    paths += sorted((REPO / "tests/fixtures").glob("own_*"))
    return [(p.name, p.read_bytes()) for p in paths]


def fastest(step: Callable[[bytes], object], work: list[bytes], rounds: int) -> float:
    """Seconds of the fastest of ``rounds`` rounds of ``step`` over every document of ``work``."""
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        for data in work:
            step(data)
        best = min(best, time.perf_counter() - start)
    return best


def best_rate(work: list[bytes], rounds: int) -> tuple[float, float]:
    """(documents per second, seconds per round) of the fastest round of ``parse_document``."""
    best = fastest(parse_document, work, rounds)
    return len(work) / best, best


def render_pdfs(docs: list[tuple[str, bytes]], folder: Path) -> list[tuple[Path, int]]:
    """Render each document as a PDF; (path, pages)."""
    import pypdfium2 as pdfium
    from tests.pdfmaker import render_minutes_pdf

    out = []
    for name, data in docs:
        text = "\n".join(line.text for line in extract(data).lines)
        path = render_minutes_pdf(text, folder / f"{Path(name).stem}.pdf")
        document = pdfium.PdfDocument(path.read_bytes())
        out.append((path, len(document)))
        document.close()
    return out


def page_text(data: bytes) -> None:
    """pypdfium2 taking every page's text of one file, one call a page."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(data)
    for page in document:
        textpage = page.get_textpage()
        textpage.get_text_range()
        textpage.close()
        page.close()
    document.close()


def pdftotext_seconds(pdfs: list[tuple[Path, int]], rounds: int) -> float | None:
    """Fastest round of ``pdftotext FILE -`` over all PDFs, one process per file."""
    exe = shutil.which("pdftotext")
    if exe is None:
        return None
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        for path, _pages in pdfs:
            subprocess.run([exe, "-q", str(path), "-"], check=True, stdout=subprocess.DEVNULL)
        best = min(best, time.perf_counter() - start)
    return best


def pdftotext_one_process_seconds(pdfs: list[tuple[Path, int]], folder: Path, rounds: int) -> float | None:
    """Fastest round of one ``pdftotext`` process over all the pages (the PDFs joined by ``pdfunite`` first)."""
    exe, unite = shutil.which("pdftotext"), shutil.which("pdfunite")
    if exe is None or unite is None:
        return None
    joined = folder / "all.pdf"
    subprocess.run([unite, *(str(path) for path, _ in pdfs), str(joined)], check=True)
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        subprocess.run([exe, "-q", str(joined), "-"], check=True, stdout=subprocess.DEVNULL)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> int:
    """Run the benchmark and print its figures."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=7, help="rounds; the fastest counts (default 7)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()

    docs = documents()
    texts = [data for _, data in docs]
    for data in texts:
        parse_document(data)  # warm caches and compiled patterns
    text_rate, _ = best_rate(texts * 5, args.rounds)
    kib = sum(len(d) for d in texts) / len(texts) / 1024

    with tempfile.TemporaryDirectory() as tmp:
        pdfs = render_pdfs(docs, Path(tmp))
        pages = sum(n for _, n in pdfs)
        pdf_bytes = [p.read_bytes() for p, _ in pdfs]
        _, pdf_seconds = best_rate(pdf_bytes, args.rounds)
        text_seconds = fastest(page_text, pdf_bytes, args.rounds)
        line_seconds = fastest(extract, pdf_bytes, args.rounds)
        peer_seconds = pdftotext_seconds(pdfs, args.rounds)
        one_process = pdftotext_one_process_seconds(pdfs, Path(tmp), args.rounds)

    figures = {
        "machine": f"{platform.processor() or platform.machine()}, {platform.python_implementation()} "
                   f"{platform.python_version()}",
        "text_documents": len(texts),
        "text_average_kib": round(kib, 1),
        "text_referater_per_second": round(text_rate, 1),
        "pdf_files": len(pdf_bytes),
        "pdf_pages": pages,
        "pdf_to_structure_seconds": round(pdf_seconds, 4),
        "pdf_pages_per_second": round(pages / pdf_seconds, 1),
        "pdftotext_seconds": round(peer_seconds, 4) if peer_seconds else None,
        "pdftotext_pages_per_second": round(pages / peer_seconds, 1) if peer_seconds else None,
        "ratio_to_pdftotext": round(pdf_seconds / peer_seconds, 2) if peer_seconds else None,
        "pdftotext_one_process_seconds": round(one_process, 4) if one_process else None,
        "ratio_to_pdftotext_one_process": round(pdf_seconds / one_process, 2) if one_process else None,
        "pdf_page_text_seconds": round(text_seconds, 4),
        "pdf_lines_seconds": round(line_seconds, 4),
    }
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        print(f"text:  {figures['text_referater_per_second']} referater/s "
              f"({len(texts)} documents, {figures['text_average_kib']} KiB on average)")
        print(f"PDF:   {figures['pdf_pages_per_second']} pages/s to structure ({pages} pages, {len(pdf_bytes)} files)")
        if peer_seconds:
            print(f"peer:  pdftotext {figures['pdftotext_pages_per_second']} pages/s (text only); "
                  f"Referat takes {figures['ratio_to_pdftotext']}x its time")
        if one_process:
            print(f"peer:  pdftotext in one process over the same pages {round(pages / one_process, 1)} pages/s; "
                  f"Referat takes {figures['ratio_to_pdftotext_one_process']}x its time")
            print(f"stages (x pdftotext in one process): page text {text_seconds / one_process:.2f}, "
                  f"lines {line_seconds / one_process:.2f}, structure {pdf_seconds / one_process:.2f}")
        else:
            print("peer:  pdftotext not installed (Debian poppler-utils)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
