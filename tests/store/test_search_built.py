"""Store and search on meetings built in code, on both backends: tiers, order, closed items, escaping."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import Engine

from referat.model import Meeting
from referat.store.db import open_engine
from referat.store.repository import counts, load_meeting, save_meeting
from referat.store.search import Filters, search
from tests.store.builders import item, meeting


def _store(engine: Engine, *meetings: Meeting) -> list[str]:
    with engine.begin() as conn:
        return [save_meeting(conn, m) for m in meetings]


def _found(engine: Engine, query: str, filters: Filters | None = None, **kwargs: int) -> list[tuple[str | None, int]]:
    with engine.connect() as conn:
        return [(h.date, h.number or 0) for h in search(conn, query, filters, **kwargs)]


@pytest.fixture
def engine(db_url: str) -> Engine:
    return open_engine(db_url)


def test_title_then_decisions_and_attachments_then_text_equals_newest_first(engine: Engine) -> None:
    _store(engine,
           meeting([item(1, "Vinterbadning ved havnen"),
                    item(2, "Sager om kysten", decision="Vinterbadning godkendt.", outcomes=("approved",)),
                    item(3, "Strandpark", text="Der er ønsker om vinterbadning fra foreningerne."),
                    item(4, "Havnebad", attachments=("Notat om vinterbadning",))], date="2024-03-06"),
           meeting([item(7, "Vinterbadning, første drøftelse"),
                    item(8, "Kystplan", text="Vinterbadning nævnes kort.")], date="2023-11-01"))
    with engine.connect() as conn:
        hits = search(conn, "vinterbadning")
        newest = search(conn, "vinterbadning", sort="newest")
    # The word once in each item, in fields of equal length within a pair: the field decides,
    # then the date (then the item's id).
    assert [(h.date, h.number) for h in hits] == [
        ("2024-03-06", 1), ("2023-11-01", 7),
        ("2024-03-06", 4), ("2024-03-06", 2),
        ("2024-03-06", 3), ("2023-11-01", 8)]
    scores = [h.score for h in hits]
    assert scores[0] == scores[1] > scores[2] == scores[3] > scores[4] == scores[5] > 0
    assert [(h.date, h.number) for h in newest] == [
        ("2024-03-06", 4), ("2024-03-06", 3), ("2024-03-06", 2), ("2024-03-06", 1),
        ("2023-11-01", 8), ("2023-11-01", 7)]
    assert hits[2].snippet == "Notat om <mark>vinterbadning</mark>"
    assert hits[3].outcomes == ["approved"]


def test_pages_follow_the_ranking(engine: Engine) -> None:
    _store(engine, *(meeting([item(n, f"Punkt om fjernvarme nummer {n}")], date=f"2024-01-{n:02d}")
                     for n in range(1, 13)))
    everything = _found(engine, "fjernvarme", limit=12)
    assert [n for _d, n in everything] == list(range(12, 0, -1))
    assert _found(engine, "fjernvarme", limit=5, offset=5) == everything[5:10]
    assert _found(engine, "fjernvarme", limit=5, offset=10) == everything[10:]
    assert _found(engine, "fjernvarme", limit=5, offset=20) == []


def test_inflections_and_prefixes(engine: Engine) -> None:
    _store(engine, meeting([item(1, "Status", text="Flere virksomhedspraktikker i foråret."),
                            item(2, "Budget", text="Budgettet for 2025 er vedtaget."),
                            item(3, "Indstilling", decision="Udvalget godkendte indstillingen.")]))
    assert _found(engine, "virksomhedspraktik") == [("2024-03-06", 1)]
    # Base forms whose Snowball stems are shorter than their inflections' (budget -> budg, godkende -> godk).
    assert _found(engine, "budget") == [("2024-03-06", 2)]
    assert _found(engine, "godkende") == [("2024-03-06", 3)]
    assert _found(engine, "virksomheds*") == [("2024-03-06", 1)]
    assert _found(engine, '"virksomhedspraktikker i foråret"') == [("2024-03-06", 1)]
    assert _found(engine, '"foråret virksomhedspraktikker"') == []


def test_exclusion_looks_at_the_whole_item(engine: Engine) -> None:
    _store(engine, meeting([item(1, "Vinterbadning", text="Kulden er et problem."),
                            item(2, "Vinterbadning i sommerhalvåret")]))
    assert _found(engine, "vinterbadning -kulden") == [("2024-03-06", 2)]
    assert _found(engine, "vinterbadning -kulde*") == [("2024-03-06", 2)]
    assert _found(engine, "vinterbadning OR sommerhalvåret -vinterbadning") == []


def test_closed_items_show_number_title_and_case_numbers_only(engine: Engine, db_url: str, tmp_path: Path) -> None:
    secret = item(2, "Personalesag", text="Hemmeligstemplet fortrolighedsnotat.", decision="Fortroligt afgjort.",
                  attachments=("Fortroligt bilag",), cases=("24-000777",), closed=True)
    _store(engine, meeting([item(1, "Åbent punkt om fortrolighedsregler"), secret]))
    with engine.connect() as conn:
        stored = load_meeting(conn, 1)
        (hit,) = search(conn, "personalesag")
        assert search(conn, "hemmeligstemplet") == []
        # Only the open item's title (fortrolighedsregler) matches; the closed decision is not indexed.
        assert [h.number for h in search(conn, "fortroligt")] == [1]
    assert stored is not None
    closed = stored.items[1]
    assert (closed.closed, closed.title, closed.case_numbers) == (True, "Personalesag", ["24-000777"])
    assert not (closed.sections or closed.decisions or closed.attachments)
    assert (hit.closed, hit.case_numbers, hit.snippet) == (True, ["24-000777"], "<mark>Personalesag</mark>")
    for fmt in ("json", "csv"):
        out = tmp_path / fmt
        result = subprocess.run([sys.executable, "-m", "referat", "export", "--db", db_url, "--format", fmt,
                                 "--out", str(out)], capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, result.stderr
        exported = "".join(p.read_text(encoding="utf-8") for p in sorted(out.iterdir()))
        assert "Personalesag" in exported and "24-000777" in exported
        assert "Hemmeligstemplet" not in exported and "Fortrolig" not in exported.replace("fortrolighedsregler", "")


def test_minutes_markup_is_escaped_in_snippets(engine: Engine) -> None:
    _store(engine, meeting([item(1, "Hjemmeside <b>ny</b>",
                                 text='Siden viser <img src=x onerror="alert(1)"> og skolebestyrelsen.')]))
    with engine.connect() as conn:
        (hit,) = search(conn, "skolebestyrelsen")
    assert hit.snippet == ("Siden viser &lt;img src=x onerror=&quot;alert(1)&quot;&gt; og "
                           "<mark>skolebestyrelsen</mark>.")
    assert hit.title == "Hjemmeside <b>ny</b>"  # stored as written; the web escapes titles


def test_filters(engine: Engine) -> None:
    _store(engine,
           meeting([item(1, "Cykelstier", decision="Godkendt.", outcomes=("approved",), cases=("24-000001",))],
                   date="2024-03-06", body="Økonomiudvalget"),
           meeting([item(1, "Cykelstier", decision="Udsat.", outcomes=("postponed",), cases=("23-000002",))],
                   date="2023-05-10", municipality="Vesterå"))
    assert _found(engine, "cykelstier", Filters(body="ØKONOMIUDVALGET")) == [("2024-03-06", 1)]
    assert _found(engine, "cykelstier", Filters(municipality="VESTERÅ")) == [("2023-05-10", 1)]
    assert _found(engine, "cykelstier", Filters(municipality="Atlantis")) == []
    assert _found(engine, "cykelstier", Filters(date_from="2024")) == [("2024-03-06", 1)]
    assert _found(engine, "cykelstier", Filters(date_to="2023-05")) == [("2023-05-10", 1)]
    assert _found(engine, "cykelstier", Filters(date_from="2023-05-11", date_to="2024-03-05")) == []
    assert _found(engine, "cykelstier", Filters(date_from="ikke en dato")) == []
    assert _found(engine, "cykelstier", Filters(outcome="postponed")) == [("2023-05-10", 1)]
    assert _found(engine, "cykelstier", Filters(case_number="24-000001")) == [("2024-03-06", 1)]
    assert _found(engine, "cykelstier", Filters(case_number="99-999999")) == []


def test_meetings_without_date_or_body_are_told_apart_by_path(engine: Engine) -> None:
    first = meeting([item(1, "Dagsorden uden hoved")], date=None, body=None, path="a/referat.txt")
    other = meeting([item(1, "Dagsorden uden hoved")], date=None, body=None, path="b/referat.txt")
    changed = meeting([item(1, "Dagsorden uden hoved, rettet")], date=None, body=None, path="a/referat.txt")
    assert _store(engine, first, other, changed, changed) == ["added", "added", "replaced", "unchanged"]
    with engine.connect() as conn:
        assert counts(conn)["meetings"] == 2
        assert sorted(h.title or "" for h in search(conn, "dagsorden")) == [
            "Dagsorden uden hoved", "Dagsorden uden hoved, rettet"]


def test_danish_letters_survive_the_round_trip(engine: Engine) -> None:
    _store(engine, meeting([item(1, "Æblehaver, økologi og ålegræs", text="Søer og åer i Vesterå.")],
                           municipality="Vesterå"))
    with engine.connect() as conn:
        stored = load_meeting(conn, 1)
        assert stored is not None and stored.items[0].title == "Æblehaver, økologi og ålegræs"
        assert [h.municipality for h in search(conn, "ålegræs")] == ["Vesterå"]
        assert search(conn, "alegræs") == []  # å is not a
    assert json.dumps(stored.to_dict(), ensure_ascii=False).count("å") >= 3
