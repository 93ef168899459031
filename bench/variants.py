"""Accuracy on the corpus passed on as users pass documents on: the same annotations, other forms of the same text.

    .venv/bin/python bench/variants.py [--workdir DIR] [-v] [--json]

Each variant turns annotated corpus documents into another form a user may hold and scores the parser on it
against the very annotation, with the checks of ``bench/accuracy.py``; beside it, the figure of the documents
as the corpus holds them. The variants:

- ``pdftotext``, ``pdftotext -layout``: the annotated PDFs as Debian's poppler prints their text (a PDF copied
  as text);
- ``pages as PDF``, ``pages as Word``, ``pages as HTML``: the page excerpts laid out as a PDF (tests/pdfmaker),
  a Word file of one paragraph a line (python-docx), a web page of one paragraph a line;
- ``copied from the browser``, ``saved as one file``, ``printed from the browser``: the annotated web pages
  opened in Debian's Chromium (nothing off the file fetched) and copied as text (``innerText``), saved as
  MHTML, printed to PDF.

A variant whose tool is missing is named and skipped. ``--workdir`` keeps the files made; ``-v`` lists the
failed checks; ``--json`` prints the figures as one object.
"""

from __future__ import annotations

import argparse
import html
import json
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO))

from accuracy import line, totals  # noqa: E402
from scoring import Annotation, find_annotations, find_corpus, parse_annotated, score  # noqa: E402

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", "--no-first-run"]
#: How a variant writes one annotated document into a folder, returning the new file's name.
Maker = Callable[[Annotation, Path], str]


def _suffix(a: Annotation) -> str:
    return Path(str(a.data.get("file") or a.document.name)).suffix.lower()


def _stem(a: Annotation) -> str:
    """A file name for the variant of ``a``: its tag, flattened, without the original's suffix."""
    return Path(a.tag.replace("/", "_").replace(" ", "_")).stem


def _pdftotext(*options: str) -> Maker:
    def make(a: Annotation, folder: Path) -> str:
        name = _stem(a) + ".txt"
        subprocess.run(["pdftotext", *options, str(a.document), str(folder / name)], check=True,
                       capture_output=True)  # poppler's complaints about the files' syntax are not ours
        return name
    return make


def _as_pdf(a: Annotation, folder: Path) -> str:
    from tests.pdfmaker import render_minutes_pdf

    name = _stem(a) + ".pdf"
    render_minutes_pdf(a.document.read_text(encoding="utf-8"), folder / name)
    return name


def _as_docx(a: Annotation, folder: Path) -> str:
    import docx

    document = docx.Document()
    for text in a.document.read_text(encoding="utf-8").split("\n"):
        document.add_paragraph(text)
    name = _stem(a) + ".docx"
    document.save(str(folder / name))
    return name


def _as_html(a: Annotation, folder: Path) -> str:
    parts = ["<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'><title>Referat</title></head><body>"]
    rows: list[list[str]] = []
    for text in [*a.document.read_text(encoding="utf-8").split("\n"), ""]:
        if "\t" in text:
            rows.append(text.split("\t"))
            continue
        if rows:
            parts.append("<table>" + "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>"
                                             for row in rows) + "</table>")
            rows = []
        if text.strip():
            parts.append(f"<p>{html.escape(text)}</p>")
    name = _stem(a) + ".html"
    (folder / name).write_text("\n".join([*parts, "</body></html>"]), encoding="utf-8")
    return name


class _Browser:
    """One Chromium page for the browser variants, opened when first needed."""

    def __init__(self) -> None:
        self._playwright: Any = None
        self._browser: Any = None
        self.page: Any = None

    def open(self, a: Annotation) -> Any:
        if self.page is None:
            from playwright.sync_api import sync_playwright

            self._playwright = sync_playwright().start()
            self._browser = self._playwright.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)
            self.page = self._browser.new_page()
            self.page.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file:")
                            else route.abort())
        self.page.goto(a.document.as_uri())
        return self.page

    def close(self) -> None:
        if self._browser is not None:
            self._browser.close()
            self._playwright.stop()


def _browser_makers(browser: _Browser) -> dict[str, Maker]:
    def copied(a: Annotation, folder: Path) -> str:
        name = _stem(a) + ".txt"
        (folder / name).write_text(browser.open(a).inner_text("body"), encoding="utf-8")
        return name

    def saved(a: Annotation, folder: Path) -> str:
        page = browser.open(a)
        data = page.context.new_cdp_session(page).send("Page.captureSnapshot", {"format": "mhtml"})["data"]
        name = _stem(a) + ".mhtml"
        (folder / name).write_text(data, encoding="utf-8")
        return name

    def printed(a: Annotation, folder: Path) -> str:
        name = _stem(a) + ".pdf"
        (folder / name).write_bytes(browser.open(a).pdf())
        return name

    return {"copied from the browser": copied, "saved as one file (MHTML)": saved,
            "printed from the browser (PDF)": printed}


def _missing(variant: str) -> str | None:
    """Why a variant cannot run on this machine, or None."""
    if variant.startswith("pdftotext") and shutil.which("pdftotext") is None:
        return "pdftotext (Debian poppler-utils) is not installed"
    if ("browser" in variant or "MHTML" in variant) and not CHROMIUM.exists():
        return "Debian's chromium is not installed"
    if variant == "pages as PDF":
        from tests.pdfmaker import fonts_available

        if not fonts_available():
            return "the DejaVu fonts (Debian fonts-dejavu-core) are not installed"
    return None


def run_variant(annotations: list[Annotation], make: Maker, folder: Path) -> list[Any]:
    """Each annotated document made into the variant in ``folder``, parsed and scored against its annotation."""
    folder.mkdir(parents=True, exist_ok=True)
    scores = []
    for a in annotations:
        name = make(a, folder)
        data = dict(a.data, file=name)
        (folder / (name + ".json")).write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        variant = Annotation(folder / (name + ".json"), a.tag, data)
        scores.append(score(variant, *parse_annotated(variant)))
    return scores


def main() -> int:
    """Make every variant, score it and print one line each beside the corpus's own figure."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--workdir", type=Path, help="keep the files made here (default: a temporary folder)")
    parser.add_argument("-v", "--verbose", action="store_true", help="list the failed checks")
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    args = parser.parse_args()
    corpus = find_corpus()
    if corpus is None:
        print("variants: the shared corpus is absent (looked for ../shared/corpus or $REFERAT_SHARED/corpus)",
              file=sys.stderr)
        return 2
    annotations = find_annotations(corpus)
    pdfs = [a for a in annotations if _suffix(a) == ".pdf"]
    pages = [a for a in annotations if not a.data.get("file")]
    webs = [a for a in annotations if _suffix(a) == ".html"]
    browser = _Browser()
    plan: list[tuple[str, list[Annotation], Maker]] = [
        ("pdftotext", pdfs, _pdftotext()), ("pdftotext -layout", pdfs, _pdftotext("-layout")),
        ("pages as PDF", pages, _as_pdf), ("pages as Word", pages, _as_docx), ("pages as HTML", pages, _as_html),
        *((name, webs, make) for name, make in _browser_makers(browser).items()),
    ]
    work = args.workdir or Path(tempfile.mkdtemp(prefix="referat-variants-"))
    report: dict[str, Any] = {}
    try:
        for k, (variant, chosen, make) in enumerate(plan):
            reason = _missing(variant)
            if reason:
                report[variant] = {"skipped": reason}
                continue
            scores = run_variant(chosen, make, work / f"{k:02d}")
            original = [score(a, *parse_annotated(a)) for a in chosen]
            report[variant] = {"variant": totals(scores), "as_published": totals(original),
                               "failures": [f"{s.tag}: {c.what.split(': ', 1)[-1]}" for s in scores
                                            for c in s.checks if not c.ok]}
    finally:
        browser.close()
        if args.workdir is None:
            shutil.rmtree(work, ignore_errors=True)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=1))
        return 0
    for variant, figures in report.items():
        if "skipped" in figures:
            print(f"{variant}: skipped, {figures['skipped']}")
            continue
        print(f"{variant} ({figures['variant']['documents']} documents): {line(figures['variant'])}")
        print(f"{'':4}as published: {line(figures['as_published'])}")
        if args.verbose:
            for failure in figures["failures"]:
                print(f"{'':4}- {failure}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
