"""The site in Debian's Chromium, driven by Playwright: flows, facets, charts, screenshots, axe, XSS."""

from __future__ import annotations

import re
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from referat.store.db import open_engine
from referat.store.ingest import expand_paths, ingest
from tests.seeds import SEEDS, all_seed_paths
from tests.web.visible import broken_marks

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
AXE = Path(__file__).resolve().parents[1] / "browser" / "node_modules" / "axe-core" / "axe.min.js"
HOSTILE = Path(__file__).resolve().parents[1] / "fixtures" / "own_hostile.txt"
SCREENSHOTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", "--no-first-run"]


def _serve(db: str) -> Iterator[str]:
    """Serve the site over ``db`` on a free local port while the caller iterates."""
    import uvicorn

    from referat.web.app import create_app

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed (/usr/bin/chromium)")
    all_seed_paths()
    db = str(tmp_path_factory.mktemp("site") / "site.sqlite")
    ingest(open_engine(db), [*expand_paths([str(SEEDS)]), HOSTILE], jobs=1)
    yield from _serve(db)


@pytest.fixture(scope="module")
def demo_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A small ``referat demo`` database, served."""
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed (/usr/bin/chromium)")
    from referat.commands.demo_cmd import build_demo

    db = str(tmp_path_factory.mktemp("demo") / "demo.sqlite")
    build_demo(db, 300)
    yield from _serve(db)


@pytest.fixture(scope="module")
def browser(site: str) -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=FLAGS)
        yield instance
        instance.close()


@pytest.fixture
def page(browser: object) -> Iterator[object]:
    # Axe is injected as a script of its own; the site's CSP (rightly) forbids that, so the audit context bypasses it.
    context = browser.new_context(bypass_csp=True, viewport={"width": 1200, "height": 900})  # type: ignore[attr-defined]
    yield context.new_page()
    context.close()


def test_search_meeting_case_and_back_with_filters_kept(site: str, page: object) -> None:
    p = page
    p.goto(f"{site}/soeg?q=introduktion&kommune=Lejre")  # type: ignore[attr-defined]
    p.click("article.hit .meta a")  # type: ignore[attr-defined]
    p.wait_for_url(re.compile(r"/moede/\d+"))  # type: ignore[attr-defined]
    p.click("a[href^='/sag/22-001317']")  # type: ignore[attr-defined]
    p.wait_for_url(re.compile(r"/sag/22-001317"))  # type: ignore[attr-defined]
    assert "Introduktion til virksomhedsindsatsen" in p.content()  # type: ignore[attr-defined]
    p.go_back()  # type: ignore[attr-defined]
    p.go_back()  # type: ignore[attr-defined]
    p.wait_for_url(re.compile(r"/soeg\?"))  # type: ignore[attr-defined]
    assert "kommune=Lejre" in p.url  # type: ignore[attr-defined]
    assert p.input_value("#q") == "introduktion"  # type: ignore[attr-defined]
    assert p.locator("input[name=kommune]").get_attribute("value") == "Lejre"  # type: ignore[attr-defined]


def test_facets_narrow_the_results(site: str, page: object) -> None:
    p = page
    p.goto(f"{site}/soeg?q=besk%C3%A6ftigelse")  # type: ignore[attr-defined]
    before = p.locator("article.hit").count()  # type: ignore[attr-defined]
    p.click("a[data-facet=municipality]:has-text('Lemvig')")  # type: ignore[attr-defined]
    p.wait_for_url(re.compile(r"kommune=Lemvig"))  # type: ignore[attr-defined]
    metas = p.locator("article.hit .meta").all_inner_texts()  # type: ignore[attr-defined]
    assert metas and all("Lemvig" in m for m in metas)
    assert len(metas) < before


def test_chart_renders(site: str, page: object) -> None:
    p = page
    p.goto(f"{site}/statistik")  # type: ignore[attr-defined]
    p.wait_for_selector("#pr-maaned .main-svg", timeout=15000)  # type: ignore[attr-defined]
    assert p.locator("#udfald-udvalg .main-svg").count() >= 1  # type: ignore[attr-defined]


def _page_types(site: str, page: object) -> dict[str, str]:
    p = page
    p.goto(f"{site}/api/v1/meetings?limit=200")  # type: ignore[attr-defined]
    import json

    meetings = json.loads(p.inner_text("body"))["items"]  # type: ignore[attr-defined]
    lejre = next(m for m in meetings if m["municipality"] == "Lejre" and m["date"] == "2022-05-04")
    p.goto(f"{site}/api/v1/meetings/{lejre['id']}")  # type: ignore[attr-defined]
    detail = json.loads(p.inner_text("body"))  # type: ignore[attr-defined]
    p.goto(f"{site}/api/v1/persons?limit=1")  # type: ignore[attr-defined]
    person = json.loads(p.inner_text("body"))["items"][0]  # type: ignore[attr-defined]
    return {
        "front": "/", "search": "/soeg?q=sk%C3%A6rpet+tilsyn", "compare": "/sammenlign?q=sk%C3%A6rpet+tilsyn",
        "meeting": f"/moede/{lejre['id']}",
        "item": f"/punkt/{detail['items'][4]['id']}", "case": "/sag/22-001317", "body": f"/udvalg/{lejre['body_id']}",
        "person": f"/person/{person['id']}", "municipality": f"/kommune/{lejre['municipality_id']}",
        "statistics": "/statistik", "api-docs": "/api/docs",
    }


def test_screenshots_and_accessibility_of_every_page_type(site: str, page: object) -> None:
    if not AXE.exists():
        pytest.skip("axe-core is not installed (npm install in tests/browser)")
    p = page
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    problems = {}
    for name, path in _page_types(site, p).items():
        p.goto(site + path)  # type: ignore[attr-defined]
        if name in ("body", "statistics"):
            p.wait_for_selector(".main-svg", timeout=15000)  # type: ignore[attr-defined]
        p.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)  # type: ignore[attr-defined]
        p.add_script_tag(path=str(AXE))  # type: ignore[attr-defined]
        result = p.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")  # type: ignore
        serious = [(v["id"], v["impact"], len(v["nodes"])) for v in result["violations"]
                   if v["impact"] in ("serious", "critical")]
        if serious:
            problems[name] = serious
    assert problems == {}
    assert len(list(SCREENSHOTS.glob("*.png"))) >= 10


def test_hostile_text_and_queries_stay_inert(site: str, browser: object) -> None:
    context = browser.new_context()  # type: ignore[attr-defined]
    p = context.new_page()
    dialogs: list[str] = []
    p.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    p.goto(f"{site}/soeg?q=indk%C3%B8b")
    p.click("article.hit h2 a")
    p.wait_for_url(re.compile(r"/punkt/\d+"))
    p.click(".item + p a, p.meta a[href^='/moede/']")
    for path in ("/soeg?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E", '/soeg?q="><img src=x onerror=alert(2)>',
                 "/soeg?q=javascript:alert(3)", "/sammenlign?q=indk%C3%B8b+systemer",
                 '/sammenlign?q="><img src=x onerror=alert(4)>&udvalg="><script>alert(5)</script>'):
        p.goto(site + path)
    p.goto(f"{site}/soeg?q=indk%C3%B8b")
    p.click("article.hit .meta a")
    p.wait_for_load_state("load")
    assert "alert('titel')" in p.inner_text("body")  # shown as text
    assert p.locator("img[onerror], svg[onload]").count() == 0
    assert p.locator("a[href^='javascript:']").count() == 0
    time.sleep(0.3)
    assert dialogs == []
    context.close()


def _demo_page_types(site: str, page: object) -> dict[str, str]:
    import json

    p = page

    def get(path: str) -> object:
        p.goto(site + path)  # type: ignore[attr-defined]
        return json.loads(p.inner_text("body"))  # type: ignore[attr-defined]

    meeting = get("/api/v1/meetings?limit=1")["items"][0]  # type: ignore[index]
    items = get(f"/api/v1/meetings/{meeting['id']}")["items"]  # type: ignore[index]
    with_table = next((i for m in get("/api/v1/meetings?limit=200")["items"]  # type: ignore[index]
                       for i in get(f"/api/v1/meetings/{m['id']}")["items"] if i.get("tables")), items[0])  # type: ignore[index]
    case = next(c for i in items for c in i["case_numbers"])
    person = get("/api/v1/persons?limit=1")["items"][0]  # type: ignore[index]
    return {
        "front": "/", "search": "/soeg?q=budget", "compare": "/sammenlign?q=budget",
        "meeting": f"/moede/{meeting['id']}",
        "item": f"/punkt/{with_table['id']}", "case": f"/sag/{case}", "body": f"/udvalg/{meeting['body_id']}",
        "person": f"/person/{person['id']}", "municipality": f"/kommune/{meeting['municipality_id']}",
        "statistics": "/statistik", "api-docs": "/api/docs",
    }


@pytest.mark.parametrize("which", ["seeds", "demo"])
def test_rendered_text_of_every_page_type_reads_cleanly(which: str, request: pytest.FixtureRequest,
                                                         page: object) -> None:
    site = request.getfixturevalue("site" if which == "seeds" else "demo_site")
    p = page
    paths = _page_types(site, p) if which == "seeds" else _demo_page_types(site, p)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    problems = {}
    for name, path in paths.items():
        p.goto(site + path)  # type: ignore[attr-defined]
        if name in ("body", "statistics"):
            p.wait_for_selector(".main-svg", timeout=15000)  # type: ignore[attr-defined]
        for summary in p.locator("details > summary").all():  # type: ignore[attr-defined]
            summary.click()  # open the folded sections, so their text is rendered too
        if which == "demo":
            p.screenshot(path=str(SCREENSHOTS / f"demo-{name}.png"), full_page=True)  # type: ignore[attr-defined]
        text = p.title() + "\n" + p.inner_text("body")  # type: ignore[attr-defined]
        found = broken_marks(text)
        if found:
            problems[name] = found[:3]
    assert problems == {}
