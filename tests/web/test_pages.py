"""Every page type over a small demo database reads as a reader expects: no repr, no empty value,
no template syntax, item counts and attendance as the minutes state them, tables in their sections."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from referat.commands.demo_cmd import build_demo
from referat.store.db import open_engine
from referat.store.ingest import ingest
from referat.synth import iter_minutes
from referat.web.app import create_app
from tests.web.visible import broken_marks, visible_text

DEMO_ITEMS = 400
DEMO_SEED = 2025  # the seed ``referat demo`` uses
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
ATTENDANCE = FIXTURES / "attendance"
SAMPLE = Path(__file__).resolve().parents[2] / "src/referat/samples/solbjerg-beskaeftigelsesudvalget-2024-03-06.txt"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    db = str(tmp_path_factory.mktemp("demo") / "demo.sqlite")
    build_demo(db, DEMO_ITEMS)
    with TestClient(create_app(db)) as client:
        yield client


def _get(client: TestClient, path: str) -> str:
    response = client.get(path)
    assert response.status_code == 200, path
    return response.text


def _demo_paths(client: TestClient) -> dict[str, list[str]]:
    """Addresses of every page type in the demo database (all meetings, bodies and municipalities)."""
    meetings = client.get("/api/v1/meetings", params={"limit": 200}).json()["items"]
    assert meetings and len(meetings) < 200
    items, cases, tables = [], set(), []
    for m in meetings:
        for item in client.get(f"/api/v1/meetings/{m['id']}").json()["items"]:
            items.append(item["id"])
            cases.update(item["case_numbers"])
            if item.get("tables"):
                tables.append(item["id"])
    persons = client.get("/api/v1/persons", params={"limit": 40}).json()["items"]
    titles = [m for m in meetings if m["body"]][:3]
    return {
        "front": ["/"],
        "search": ["/soeg", "/soeg?q=budget", "/soeg?q=sygedagpenge&udfald=approved",
                   *(f"/soeg?q={t['body'].split()[0]}" for t in titles)],
        "compare": ["/sammenlign", "/sammenlign?q=budget", "/sammenlign?q=sygedagpenge&udfald=approved&antal=5",
                    "/sammenlign?q=skærpet+tilsyn&fra=2025", "/sammenlign?q=%2A", "/sammenlign?q=budget&fra=2025-13",
                    *(f"/sammenlign?q={t['body'].split()[0]}&kommune={t['municipality']}" for t in titles)],
        "meeting": [f"/moede/{m['id']}" for m in meetings],
        "item": [f"/punkt/{i}" for i in items[::5] + tables],
        "case": [f"/sag/{c}" for c in sorted(cases)[:30]],
        "body": [f"/udvalg/{b['id']}" for b in client.get("/api/v1/bodies").json()],
        "person": [f"/person/{p['id']}" for p in persons],
        "municipality": [f"/kommune/{mu['id']}" for mu in client.get("/api/v1/municipalities").json()],
        "statistics": ["/statistik"],
        "api-docs": ["/api/docs"],
    }


def test_every_page_of_the_demo_reads_cleanly(demo: TestClient) -> None:
    paths = _demo_paths(demo)
    assert all(paths.values()), {k: len(v) for k, v in paths.items()}
    problems = {}
    for group in paths.values():
        for path in group:
            found = broken_marks(visible_text(_get(demo, path)))
            if found:
                problems[path] = found[:3]
    assert problems == {}


def test_the_checker_sees_what_it_must() -> None:
    for bad in ("<built-in method items of dict object at 0x7f3a> punkter", "Sag None", "{{ m.date }}",
                "{% if x %}", "undefined", "NaN %", "Sag ['24-001']", "Sag []", "Lukket: True", "punkter (False)"):
        assert broken_marks(visible_text(f"<p>{html.escape(bad)}</p>")) != [], bad
    assert broken_marks(visible_text("<p>Ingen bemærkninger.</p><script>var undefined;</script>")) == []


def test_meeting_lists_say_how_many_items_each_meeting_has(demo: TestClient) -> None:
    truth = {(m.municipality, m.body, m.date): f"{len(m.items)} punkt{'' if len(m.items) == 1 else 'er'}"
             for _, _, m in iter_minutes(DEMO_ITEMS, seed=DEMO_SEED, with_truth=True)}
    front = _get(demo, "/")
    rows = re.findall(r'<li><a href="/moede/\d+">([\d-]+) · ([^<]+)</a> <span class="meta">([^,<]+), ([^<]+)</span>',
                      front)
    assert len(rows) == 10
    assert [r[0] for r in rows] == sorted((d for _, _, d in truth), reverse=True)[:10]  # the newest, newest first
    for date, body, municipality, count in rows:
        assert count == truth[(municipality, html.unescape(body), date)]
    for body in demo.get("/api/v1/bodies").json():
        page = _get(demo, f"/udvalg/{body['id']}")
        counts = re.findall(r'<a href="/moede/\d+">([\d-]+)</a> <span class="meta">([^<]+)</span>', page)
        assert counts and [d for d, _ in counts] == sorted((d for d, _ in counts), reverse=True)
        for date, count in counts:
            assert count == truth[(body["municipality"], body["name"], date)]


def test_a_table_stands_in_its_section(tmp_path: Path) -> None:
    db = str(tmp_path / "sample.sqlite")
    ingest(open_engine(db), [SAMPLE], jobs=1)
    client = TestClient(create_app(db))
    meeting = client.get("/api/v1/meetings").json()["items"][0]
    item = next(i for i in client.get(f"/api/v1/meetings/{meeting['id']}").json()["items"] if i["number"] == 2)
    page = _get(client, f"/punkt/{item['id']}")
    # The sample prints the "Fokusmål" table under "Sagsfremstilling", before "Økonomi".
    sections = re.findall(r"<details><summary>([^<]+)</summary>(.*?)</details>", page, re.S)
    holding = [heading for heading, body in sections if "<td>Fokusmål</td>" in body]
    assert holding == ["Sagsfremstilling"]
    assert page.count("<td>Fokusmål</td>") == 1


@pytest.fixture
def fjordby(db_url: str) -> TestClient:
    report = ingest(open_engine(db_url), sorted(ATTENDANCE.glob("*.txt")), municipality="Fjordby", jobs=1)
    assert report.failed == []
    return TestClient(create_app(db_url))


def _cells(page: str, first: str) -> list[str]:
    """The cells of the table row whose first cell holds ``first``."""
    for row in re.findall(r"<tr>(.*?)</tr>", page, re.S):
        cells = [html.unescape(re.sub(r"<[^>]+>", "", c)).strip() for c in re.findall(r"<td>(.*?)</td>", row, re.S)]
        if cells and cells[0].startswith(first):
            return cells
    raise AssertionError(f"no row for {first}")


def test_attendance_not_recorded_is_unknown_not_absent(fjordby: TestClient) -> None:
    # Teknik- og Miljøudvalget: 1 Feb lists Anne Holm, Bo Lund, Carl Dahl with Carl Dahl absent; 7 Mar lists the
    # three present; 4 Apr names only Bo Lund absent. Kultur- og Fritidsudvalget (5 Feb) names only Dorte Krag absent.
    stats = _get(fjordby, "/statistik")
    assert _cells(stats, "Teknik- og Miljøudvalget") == [
        "Teknik- og Miljøudvalget (2022-2025)", "Fjordby", "3", "2", "5", "1", "83,3 %"]
    assert _cells(stats, "Kultur- og Fritidsudvalget") == [
        "Kultur- og Fritidsudvalget (2022-2025)", "Fjordby", "1", "0", "ikke oplyst", "ikke oplyst", "ikke oplyst"]
    assert "0,0 %" not in stats and "0.0 %" not in stats

    bodies = {b["name"]: b["id"] for b in fjordby.get("/api/v1/bodies").json()}
    tmu = _get(fjordby, f"/udvalg/{bodies['Teknik- og Miljøudvalget']}")
    assert _cells(tmu, "Anne Holm") == ["Anne Holm (A)", "2", "0", "1", "100,0 %"]
    assert _cells(tmu, "Bo Lund") == ["Bo Lund (V)", "2", "1", "0", "100,0 %"]
    assert _cells(tmu, "Carl Dahl") == ["Carl Dahl (F)", "1", "1", "1", "50,0 %"]
    kfu = _get(fjordby, f"/udvalg/{bodies['Kultur- og Fritidsudvalget']}")
    assert _cells(kfu, "Dorte Krag") == ["Dorte Krag (V)", "0", "1", "0", "ikke oplyst"]

    api = fjordby.get(f"/api/v1/bodies/{bodies['Kultur- og Fritidsudvalget']}").json()
    assert [(a["name"], a["present"], a["absent"], a["not_recorded"], a["rate"]) for a in api["attendance"]] == [
        ("Dorte Krag", 0, 1, 0, None)]
    carl = next(a for a in fjordby.get(f"/api/v1/bodies/{bodies['Teknik- og Miljøudvalget']}").json()["attendance"]
                if a["name"] == "Carl Dahl")
    person = fjordby.get(f"/api/v1/persons/{carl['id']}").json()
    assert [(a["body"], a["present"], a["absent"], a["not_recorded"], a["rate"]) for a in person["attendance"]] == [
        ("Teknik- og Miljøudvalget", 1, 1, 1, 50.0)]
    assert _cells(_get(fjordby, f"/person/{carl['id']}"), "Teknik- og Miljøudvalget") == [
        "Teknik- og Miljøudvalget (2022-2025)", "1", "1", "1", "50,0 %"]
    dorte = api["attendance"][0]["id"]
    assert _cells(_get(fjordby, f"/person/{dorte}"), "Kultur- og Fritidsudvalget")[-1] == "ikke oplyst"


def test_a_table_follows_the_paragraph_that_ends_with_its_caption() -> None:
    from referat.web.present import section_blocks

    first = {"caption": "Antal ledige:", "rows": [["2023", "1.204"]]}
    loose = {"caption": None, "rows": [["A", "B"]]}
    text = "Ledigheden faldt.\n\nSagsbehandlingen er kortere.\nAntal ledige:\n\nUdvalget orienteres."
    assert section_blocks(text, [first, loose]) == [
        ("p", "Ledigheden faldt."), ("p", "Sagsbehandlingen er kortere."), ("table", first),
        ("p", "Udvalget orienteres."), ("table", loose)]
