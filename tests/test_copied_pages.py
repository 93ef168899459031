"""Meeting pages as users pass them on: copied from the browser as text, printed to PDF or saved as one file.

The corpus's annotated web pages (FirstAgenda's meeting pages of Aarhus, Fujitsu eDoc's of Middelfart) are
opened in Debian's Chromium with every request off the file blocked; the page's text as the browser copies
it (``innerText``: a table's cells joined by tabs, ``1<tab>`` for an item's number cell) and the page printed
to PDF are parsed and scored against the page's own annotation, every check of ``bench/scoring.py``.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from bench.scoring import FIELDS, Annotation, find_annotations, find_corpus, score

from referat.parse import parse_document

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", "--no-first-run"]
CORPUS = find_corpus()
PAGES = [a for a in (find_annotations(CORPUS) if CORPUS else []) if str(a.data.get("file", "")).endswith(".html")]


@pytest.fixture(scope="module")
def browser_page() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed (/usr/bin/chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)
        page = browser.new_page()
        # The saved page alone: its style sheets and scripts name the publisher's server (``/dist/css/...``),
        # which resolves to whatever the machine holds at that path; none is loaded, here or anywhere.
        page.route("**/*", lambda route: route.continue_() if route.request.is_navigation_request()
                   and route.request.url.startswith("file:") else route.abort())
        yield page
        browser.close()


def _failed(annotation: Annotation, data: bytes) -> list[str]:
    result = score(annotation, parse_document(data).to_dict())
    return [c.what for c in result.of(*FIELDS) if not c.ok]


def _ids(annotations: list[Annotation]) -> list[str]:
    return [a.tag for a in annotations]


@pytest.mark.skipif(not PAGES, reason="the shared corpus is absent (looked for ../shared/corpus)")
@pytest.mark.parametrize("annotation", PAGES, ids=_ids(PAGES))
def test_a_meeting_page_copied_as_text_reads_like_the_page(annotation: Annotation, browser_page: Any) -> None:
    browser_page.goto(annotation.document.as_uri())
    text = browser_page.inner_text("body")
    assert "\t" in text  # the browser's copy of a table: what this test is about
    failed = _failed(annotation, text.encode("utf-8"))
    assert failed == [], _copied_text_shown(text, browser_page)


def _copied_text_shown(text: str, page: Any) -> str:
    """What the browser gave, for a failure to be read off a CI log: its version and a course's copy."""
    at = max(text.find("Sagsforløb"), 0)
    return f"Chromium {page.context.browser.version}, {len(text)} characters; at {at}: {text[at:at + 400]!r}"


@pytest.mark.skipif(not PAGES, reason="the shared corpus is absent (looked for ../shared/corpus)")
@pytest.mark.parametrize("annotation", PAGES, ids=_ids(PAGES))
def test_a_meeting_page_printed_to_pdf_reads_like_the_page(annotation: Annotation, browser_page: Any) -> None:
    """FirstAgenda's page prints each item as a table row: its number in a gutter, centred beside the row or at its
    top; the title in larger type; the row's buttons and attachment count in a column right of the text."""
    browser_page.goto(annotation.document.as_uri())
    assert _failed(annotation, browser_page.pdf()) == []


@pytest.mark.skipif(not PAGES, reason="the shared corpus is absent (looked for ../shared/corpus)")
@pytest.mark.parametrize("annotation", PAGES, ids=_ids(PAGES))
def test_a_meeting_page_saved_as_one_file_reads_like_the_page(annotation: Annotation, browser_page: Any) -> None:
    """Chromium's "Webpage, Single File" (MHTML): the page quoted-printable in a MIME message."""
    browser_page.goto(annotation.document.as_uri())
    session = browser_page.context.new_cdp_session(browser_page)
    saved = session.send("Page.captureSnapshot", {"format": "mhtml"})["data"]
    assert saved.startswith("From: <Saved by Blink>") and "quoted-printable" in saved
    assert _failed(annotation, saved.encode("utf-8")) == []
