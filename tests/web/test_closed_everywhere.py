"""No canary of a closed item's body reaches any output, on either backend.

The minutes (tests/closed_canaries.py) hold one closed item per closing marker and form; their
bodies name canary words, a canary case number, canary people and a canary municipality and town.
Checked: ``referat parse`` (JSON and summary), ``referat search``, ``referat case``, ``referat export``
(JSON and CSV), every page type, the JSON API and its CSV lists, the Atom feeds, the iCal file,
and the bytes of the SQLite database file as written.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from referat.cli import main
from referat.store.db import open_engine
from referat.store.ingest import ingest
from referat.web.app import create_app
from tests.closed_canaries import CANARY_CASE, CANARY_PLACES, canary_minutes, closed_cases, leaks


@pytest.fixture
def minutes(tmp_path: Path) -> Path:
    path = tmp_path / "solbjerg-plan-og-boligudvalget-2025-03-05.txt"
    path.write_text(canary_minutes(), encoding="utf-8")
    return path


@pytest.fixture
def stored(minutes: Path, db_url: str) -> str:
    report = ingest(open_engine(db_url), [minutes], jobs=1)
    assert (report.added, report.failed) == (1, [])
    return db_url


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert code in (0, 1), argv
    return out + err


def test_parse_output_holds_no_canary(minutes: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (["parse", str(minutes), "--json"], ["parse", str(minutes)]):
        out = _run(capsys, *argv)
        assert "Ejendomshandel nummer 2" in out and "24-500002" in out
        assert leaks(out) == [], argv


def test_cli_search_case_and_export_hold_no_canary(stored: str, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    for query in ("zqxkanarie2", "Zqxhansen", "Jelling", "Vejle", "zqxbilag", "zqxtilbud*"):
        for extra in ([], ["--json"]):
            out = _run(capsys, "search", query, "--db", stored, *extra)
            assert leaks(out.replace(query, "")) == [], query
            assert "Ejendomshandel" not in out, query
    titled = _run(capsys, "search", "Ejendomshandel", "--db", stored, "--json", "--limit", "500")
    assert titled.count('"item_id"') == sum(1 for c in closed_cases() if c.title) and leaks(titled) == []
    assert leaks(_run(capsys, "case", "24-500002", "--db", stored, "--json")) == []
    assert "Ejendomshandel" not in _run(capsys, "case", f"{CANARY_CASE}002", "--db", stored)
    for fmt in ("json", "csv"):
        out = tmp_path / f"export-{fmt}"
        _run(capsys, "export", "--db", stored, "--format", fmt, "--out", str(out))
        files = sorted(out.iterdir())
        assert files, fmt
        for file in files:
            text = file.read_text(encoding="utf-8")
            assert leaks(text) == [], file.name
        assert "Ejendomshandel nummer 2" in "".join(f.read_text(encoding="utf-8") for f in files)


def _links(html: str) -> set[str]:
    return set(re.findall(r'href="(/(?:moede|punkt|sag|udvalg|person|kommune|feeds)/[^"#]*)"', html))


def test_pages_api_and_feeds_hold_no_canary(stored: str) -> None:
    client = TestClient(create_app(stored))
    meetings = client.get("/api/v1/meetings").json()["items"]
    assert len(meetings) == 1
    meeting_id = meetings[0]["id"]
    meeting = client.get(f"/api/v1/meetings/{meeting_id}").json()
    assert meeting["municipality"] == "Solbjerg"
    closed_ids = [i["id"] for i in meeting["items"] if i["closed"]]
    assert len(closed_ids) == len(closed_cases())
    paths = {"/", "/statistik", f"/moede/{meeting_id}", "/soeg?q=Ejendomshandel", "/soeg?q=Godkendelse",
             f"/udvalg/{meeting['body_id']}", f"/kommune/{meeting['municipality_id']}",
             f"/udvalg/{meeting['body_id']}/kalender.ics", f"/feeds/body/{meeting['body_id']}.atom",
             "/feeds/search.atom?q=Ejendomshandel", "/feeds/case/24-500002.atom", "/sag/24-500002",
             "/api/v1/meetings.csv", "/api/v1/items?limit=200", "/api/v1/items.csv?limit=200", "/api/v1/bodies",
             "/api/v1/bodies.csv", "/api/v1/persons?limit=200", "/api/v1/persons.csv?limit=200",
             "/api/v1/municipalities", "/api/v1/municipalities.csv", f"/api/v1/bodies/{meeting['body_id']}",
             "/api/v1/search?q=Ejendomshandel&limit=200", "/api/v1/search.csv?q=Ejendomshandel&limit=200",
             "/api/v1/cases/24-500002", f"/api/v1/items?limit=200&cursor={closed_ids[150]}",
             "/sammenlign?q=Ejendomshandel&antal=20", "/sammenlign.csv?q=Ejendomshandel&antal=20",
             "/api/v1/compare?q=Ejendomshandel&per_municipality=20", "/sammenlign?q=Godkendelse"}
    paths |= {f"/punkt/{i}" for i in closed_ids} | {f"/api/v1/items/{i}" for i in closed_ids}
    for person in client.get("/api/v1/persons", params={"limit": 200}).json()["items"]:
        paths |= {f"/person/{person['id']}", f"/api/v1/persons/{person['id']}"}
    seen: set[str] = set()
    while paths - seen:  # every page linked from the pages, too
        path = sorted(paths - seen)[0]
        seen.add(path)
        response = client.get(path)
        assert response.status_code == 200, path
        assert leaks(response.text) == [], path
        paths |= {link.replace("&amp;", "&") for link in _links(response.text)}
    assert {p.split("/")[1] for p in seen} >= {"moede", "punkt", "sag", "udvalg", "person", "kommune", "feeds"}
    # Searching for a canary finds nothing; a case number from a closed body is no case.
    for query in ("zqxkanarie2", "Zqxhansen", "Jelling", "Vejle", "zqxbilag", "zqxtilbud2", CANARY_CASE + "002"):
        assert client.get("/api/v1/search", params={"q": query}).json()["items"] == [], query
        page = client.get("/soeg", params={"q": query}).text
        assert "Ingen resultater" in page and leaks(page.replace(query, "")) == [], query
        assert leaks(client.get("/feeds/search.atom", params={"q": query}).text.replace(query, "")) == [], query
    assert client.get(f"/sag/{CANARY_CASE}002").status_code == 404
    assert client.get(f"/api/v1/cases/{CANARY_CASE}002").status_code == 404


def test_sqlite_file_holds_no_canary(stored: str) -> None:
    if stored.startswith("postgresql"):
        pytest.skip("the database file's bytes are checked on SQLite")
    open_engine(stored).dispose()
    # The database file, its WAL and the relevance index's folder (``referat.sqlite.tantivy/``).
    beside = [p for p in Path(stored).parent.iterdir() if p.name.startswith(Path(stored).name)]
    files = [f for p in beside for f in (sorted(p.rglob("*")) if p.is_dir() else [p]) if f.is_file()]
    assert any(".tantivy" in str(f) for f in files)
    data = b"".join(p.read_bytes() for p in files)
    assert b"Ejendomshandel" in data
    for canary in ("zqx", *CANARY_PLACES, CANARY_CASE):
        for form in {canary, canary.lower(), canary.capitalize(), canary.upper()}:
            assert form.encode("utf-8") not in data, form
