"""CSV exports neutralise spreadsheet formulas (OWASP: a leading quote); the JSON keeps the text as it is."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from referat.cli import main
from referat.store.db import open_engine
from referat.store.repository import save_meeting
from referat.web.app import create_app
from tests.store.builders import item, meeting

#: Cells a spreadsheet would run as formulas (or that start with a tab or carriage return), and how they must read.
FORMULAS = {
    '=HYPERLINK("http://example.invalid","klik")': '\'=HYPERLINK("http://example.invalid","klik")',
    "+45 1234": "'+45 1234",
    "-2+3": "'-2+3",
    "@SUM(A1:A9)": "'@SUM(A1:A9)",
    "\tTabulator": "'\tTabulator",
    "\rVognretur": "'\rVognretur",
}
DANGEROUS = ("=", "+", "-", "@", "\t", "\r")


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "formulas.sqlite")
    items = [item(n, title, decision=title, outcomes=("approved",), attachments=(title,), cases=("24-000123",))
             for n, title in enumerate(FORMULAS, start=1)]
    items.append(item(len(items) + 1, "Almindelig titel", decision="Godkendt.", cases=("24-000124",)))
    with open_engine(path).begin() as conn:
        save_meeting(conn, meeting(items, body="=1+1 Udvalget", municipality="Solbjerg"))
    return path


def _cells(text: str) -> list[str]:
    return [cell for row in csv.reader(io.StringIO(text, newline="")) for cell in row]


def _check(cells: list[str]) -> None:
    assert not [c for c in cells if c.startswith(DANGEROUS)]
    for neutral in FORMULAS.values():
        assert neutral in cells, neutral


def test_export_csv_neutralises_formulas_and_json_keeps_them(db: str, tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "--db", db, "--format", "csv", "--out", str(tmp_path / "csv")]) == 0
    files = sorted((tmp_path / "csv").glob("*.csv"))
    cells = [c for f in files for c in _cells(f.read_bytes().decode("utf-8"))]
    _check(cells)
    assert "'=1+1 Udvalget" in cells and "Almindelig titel" in cells and "24-000124" in cells
    assert main(["export", "--db", db, "--format", "json", "--out", str(tmp_path / "json")]) == 0
    capsys.readouterr()
    exported = json.loads((tmp_path / "json" / "meetings.json").read_text(encoding="utf-8"))
    assert [i["title"] for i in exported[0]["items"]][:len(FORMULAS)] == list(FORMULAS)


def test_api_csv_neutralises_formulas_and_json_keeps_them(db: str) -> None:
    client = TestClient(create_app(db))
    items = client.get("/api/v1/items.csv").text
    _check(_cells(items))
    bodies = _cells(client.get("/api/v1/bodies.csv").text)
    assert "'=1+1 Udvalget" in bodies and not [c for c in bodies if c.startswith(DANGEROUS)]
    search = _cells(client.get("/api/v1/search.csv", params={"q": "hyperlink"}).text)
    assert not [c for c in search if c.startswith(DANGEROUS)] and len(search) > 1
    titles = [i["title"] for i in client.get("/api/v1/items").json()["items"]]
    assert titles[:len(FORMULAS)] == list(FORMULAS)
    assert client.get("/api/v1/bodies").json()[0]["name"] == "=1+1 Udvalget"
