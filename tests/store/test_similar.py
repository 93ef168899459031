"""Similar items in other municipalities, on both backends, over the project's own minutes of three
fictional municipalities (tests/fixtures/similar): Fjordby, Ålund and Klintholm.

What the documents say:

- Fjordby's Teknik- og Miljøudvalget (2 May 2024), punkt 2, replaces street lighting with LED
  fittings ("gadebelysning", "LED-armaturer", "kviksølvpærer", "master", "strømforbruget");
  its Økonomiudvalget (20 May) treats the same case in the same words; punkt 3 is about
  gritting and clearing the cycle paths ("saltning", "snerydning", "vintertjeneste").
- Ålund's Teknikudvalget (4 March), punkt 2, is the same subject in other words: gadebelysningen,
  kviksølvpærer, LED-armaturer, master, strømforbruget, udskiftning, and "Godkendt." as Fjordby's
  decision; its Økonomiudvalget (18 March) treats that case (24-000201) again in the same words but
  decides "Anbefales."; punkt 3 is "Vintertjeneste og saltning"; punkt 4 is a closed contract about
  LED fittings for the street lighting.
- Klintholm's punkt 2 puts LED fittings on paths (only "LED-armaturer" in common with Fjordby's
  punkt 2); punkt 3 is about grants to culture houses (only its decision, "Taget til efterretning",
  is worded as Fjordby's punkt 3).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text

from referat.errors import ReferatError
from referat.store import similar as module
from referat.store.db import open_engine
from referat.store.ingest import ingest
from referat.store.repository import save_meeting
from referat.store.similar import similar
from referat.web.app import create_app
from tests.store.builders import item, meeting

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "similar"
MUNICIPALITIES = {"fjordby": "Fjordby", "aalund": "Ålund", "klintholm": "Klintholm"}


@pytest.fixture
def db(db_url: str) -> str:
    engine = open_engine(db_url)
    for prefix, name in MUNICIPALITIES.items():
        report = ingest(engine, sorted(FIXTURES.glob(f"{prefix}-*.txt")), municipality=name, jobs=1)
        assert report.failed == []
    return db_url


def _ids(db: str) -> dict[tuple[str, str, int], int]:
    """(municipality, body, item number) → item id."""
    with open_engine(db).connect() as conn:
        rows = conn.execute(text(
            "SELECT mu.name, b.name, ai.number, ai.id FROM agenda_item ai JOIN meeting m ON m.id = ai.meeting_id "
            "JOIN municipality mu ON mu.id = m.municipality_id JOIN body b ON b.id = m.body_id"))
        return {(mu, b, int(n)): int(i) for mu, b, n, i in rows}


def test_most_similar_items_of_other_municipalities_first(db: str) -> None:
    ids = _ids(db)
    lighting = ids[("Fjordby", "Teknik- og Miljøudvalget", 2)]
    with open_engine(db).connect() as conn:
        found = similar(conn, lighting, limit=50)
        winter = similar(conn, ids[("Fjordby", "Teknik- og Miljøudvalget", 3)], limit=50)
    # Ålund's punkt 2 shares most of the distinctive words, Klintholm's punkt 2 only the LED fittings;
    # Fjordby's own treatment of the case, Ålund's closed item and the unrelated items never appear, and
    # Ålund's case appears once: at the Teknikudvalget, whose decision is worded as Fjordby's too.
    assert [(s.municipality, s.title) for s in found] == [
        ("Ålund", "LED-armaturer i gadebelysningen"), ("Klintholm", "Lys på stier og pladser")]
    assert found[0].score > found[1].score > 0
    assert (found[0].body, found[0].date, found[0].outcomes) == ("Teknikudvalget", "2024-03-04", ["approved"])
    assert (found[1].body, found[1].date, found[1].outcomes) == ("Plan- og Teknikudvalget", "2024-04-08",
                                                                 ["postponed"])
    assert {"gadebelysning", "armatur", "kviksølvpær"} <= set(found[0].shared)
    assert set(found[1].shared) == {"led", "armatur"}
    # Ålund's winter item shares the subject words; Klintholm's culture item only "Taget til efterretning".
    assert [(s.municipality, s.title) for s in winter] == [("Ålund", "Vintertjeneste og saltning"),
                                                           ("Klintholm", "Tilskud til kulturhuse")]
    assert set(winter[1].shared) == {"tag", "efterretning"}
    assert found[0].item_id == ids[("Ålund", "Teknikudvalget", 2)]


def test_a_closed_item_is_never_a_source_nor_a_result(db: str) -> None:
    ids = _ids(db)
    closed = ids[("Ålund", "Teknikudvalget", 4)]
    with open_engine(db).connect() as conn:
        assert similar(conn, closed) == []
        for source in ids.values():
            assert closed not in [s.item_id for s in similar(conn, source, limit=50)]
        with pytest.raises(ReferatError, match="no item with id 999999"):
            similar(conn, 999999)


def test_page_api_and_command(db: str) -> None:
    ids = _ids(db)
    lighting = ids[("Fjordby", "Teknik- og Miljøudvalget", 2)]
    client = TestClient(create_app(db))
    page = client.get(f"/punkt/{lighting}").text
    section = page.split('id="lignende"')[1]
    assert section.index("LED-armaturer i gadebelysningen") < section.index("Lys på stier og pladser")
    assert f'href="/punkt/{ids[("Ålund", "Teknikudvalget", 2)]}"' in section and "Ålund" in section
    assert 'class="badge approved"' in section and 'class="badge postponed"' in section
    assert 'id="lignende"' not in client.get(f"/punkt/{ids[('Ålund', 'Teknikudvalget', 4)]}").text

    api = client.get(f"/api/v1/items/{lighting}/similar", params={"limit": 1}).json()
    assert [(s["municipality"], s["title"], s["body"], s["date"], s["outcomes"]) for s in api["items"]] == [
        ("Ålund", "LED-armaturer i gadebelysningen", "Teknikudvalget", "2024-03-04", ["approved"])]
    assert client.get("/api/v1/items/999999/similar").status_code == 404

    out = subprocess.run([sys.executable, "-m", "referat", "similar", str(lighting), "--db", db, "--json"],
                         capture_output=True, text=True, check=True)
    assert [s["municipality"] for s in json.loads(out.stdout)] == ["Ålund", "Klintholm"]
    human = subprocess.run([sys.executable, "-m", "referat", "similar", str(lighting), "--db", db],
                           capture_output=True, text=True, check=True).stdout
    assert human.index("LED-armaturer i gadebelysningen") < human.index("Lys på stier og pladser")
    bad = subprocess.run([sys.executable, "-m", "referat", "similar", "999999", "--db", db],
                         capture_output=True, text=True)
    assert bad.returncode == 1 and bad.stderr.strip() == "referat: no item with id 999999"
    odd = subprocess.run([sys.executable, "-m", "referat", "similar", "abc", "--db", db],
                         capture_output=True, text=True)
    assert odd.returncode == 2 and "not an item id" in odd.stderr and "Traceback" not in odd.stderr


@pytest.mark.parametrize("first_pool", [400, 1])
def test_equal_scores_come_newest_first_whatever_the_pool(db_url: str, first_pool: int,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    # Vesterå treated the same coastal protection item, word for word as Solbjerg's, in 2022, 2023
    # and 2024 (three cases, equal scores); its 2021 item shares only "stormflod" and "diget".
    monkeypatch.setattr(module, "FIRST_POOL", first_pool)
    same = dict(text="Diget forhøjes en halv meter mod stormflod langs Strandvejen.")
    meetings = [meeting([item(1, "Kystsikring ved Strandvejen", **same)], municipality="Solbjerg", date="2024-06-03"),
                *(meeting([item(1, "Kystsikring ved Strandvejen", **same)], municipality="Vesterå", date=when)
                  for when in ("2023-05-08", "2024-05-13", "2022-05-02")),
                meeting([item(2, "Beredskab", text="Diget holdt under sidste stormflod.")], municipality="Vesterå",
                        date="2021-11-01"),
                meeting([item(1, "Skolestruktur", text="Ny skole i Nordby.")], municipality="Østerby")]
    engine = open_engine(db_url)
    with engine.begin() as conn:
        for m in meetings:
            save_meeting(conn, m)
    with engine.connect() as conn:
        source = conn.execute(text("SELECT ai.id FROM agenda_item ai JOIN meeting m ON m.id = ai.meeting_id "
                                   "JOIN municipality mu ON mu.id = m.municipality_id "
                                   "WHERE mu.name = 'Solbjerg'")).scalar_one()
        found = similar(conn, source, limit=4)
        first = similar(conn, source, limit=1)
    assert [(s.municipality, s.date) for s in found] == [
        ("Vesterå", "2024-05-13"), ("Vesterå", "2023-05-08"), ("Vesterå", "2022-05-02"), ("Vesterå", "2021-11-01")]
    assert found[0].score == found[1].score == found[2].score > found[3].score
    assert [s.date for s in first] == ["2024-05-13"]
