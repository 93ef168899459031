"""The store and the search on both backends, with the seeds ingested; expected hits read off the seeds."""

from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select, text

from referat.store import schema as s
from referat.store.db import open_engine
from referat.store.ingest import expand_paths, ingest
from referat.store.repository import counts
from referat.store.search import Filters, search
from referat.store.timeline import case_timeline
from tests.seeds import SEEDS, all_seed_paths, seed_path
from tests.store.builders import whole_meetings

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def seeded(db_url: str) -> Engine:
    all_seed_paths()
    engine = open_engine(db_url)
    report = ingest(engine, expand_paths([str(SEEDS)]), jobs=1)
    assert (report.added, report.failed) == (5, [])
    return engine


def test_counts_and_idempotence(seeded: Engine) -> None:
    with seeded.connect() as conn:
        before = counts(conn)
    assert (before["meetings"], before["items"], before["cases"]) == (5, 45, 38)
    assert before["municipalities"] == 4
    report = ingest(seeded, expand_paths([str(SEEDS)]), jobs=2)
    assert (report.added, report.replaced, report.unchanged) == (0, 0, 5)
    with seeded.connect() as conn:
        assert counts(conn) == before


def test_changed_document_replaces_its_meeting(seeded: Engine, tmp_path: Path) -> None:
    original = seed_path("lemvig2022").read_text(encoding="utf-8")
    changed = tmp_path / "lemvig-rettet.txt"
    changed.write_text(original.replace("Udvalget ønsker en devaluering efter 6 måneder.",
                                        "Udvalget ønsker en grundig kvartalsopfølgning."), encoding="utf-8")
    report = ingest(seeded, [changed], jobs=1)
    assert report.replaced == 1
    with seeded.connect() as conn:
        assert counts(conn)["meetings"] == 5
        assert counts(conn)["items"] == 45
        assert [h.number for h in search(conn, "kvartalsopfølgning")] == [6]
        assert search(conn, "devaluering") == []


def test_bad_file_is_reported_and_the_good_ones_stored(db_url: str, tmp_path: Path) -> None:
    folder = tmp_path / "batch"
    folder.mkdir()
    for name in ("lejre2022", "slagelse2021"):
        (folder / seed_path(name).name).write_bytes(seed_path(name).read_bytes())
    (folder / "scan.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(300))
    result = subprocess.run([sys.executable, "-m", "referat", "ingest", str(folder), "--db", db_url, "--jobs", "2"],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 1
    assert "scan.png" in result.stderr and "Traceback" not in result.stderr
    assert "2 added" in result.stdout and "1 failed" in result.stdout
    with open_engine(db_url).connect() as conn:
        assert counts(conn)["meetings"] == 2


def _corpus(folder: Path, copies: int) -> None:
    """Copies of the seeds as distinct meetings (their dates moved day by day)."""
    folder.mkdir(parents=True)
    for name in ("lemvig2022", "slagelse2021"):
        original = seed_path(name).read_text(encoding="utf-8")
        for n in range(copies):
            day = f"{1 + n % 28:02d}-{1 + n // 28 % 12:02d}-{2000 + n // 336}"
            shifted = original.replace("08-06-2022", day).replace("12-04-2021", day)
            (folder / f"{name}-{n:04d}.txt").write_text(shifted, encoding="utf-8")


def test_killed_ingest_leaves_no_partial_meeting(db_url: str, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    _corpus(corpus, 150)
    command = [sys.executable, "-m", "referat", "ingest", str(corpus), "--db", db_url, "--jobs", "1"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    engine = open_engine(db_url)
    deadline = time.monotonic() + 120
    stored = 0
    while time.monotonic() < deadline and process.poll() is None:
        with engine.connect() as conn:
            stored = conn.execute(select(func.count()).select_from(s.meeting)).scalar_one()
        if stored >= 20:
            break
        time.sleep(0.05)
    assert process.poll() is None, "the ingest finished before it could be killed"
    os.kill(process.pid, signal.SIGKILL)
    process.wait()

    partial = whole_meetings(engine)
    assert 20 <= partial < 300
    result = subprocess.run(command, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    assert whole_meetings(engine) == 300


@pytest.mark.parametrize(("query", "expected_first"), [
    ("voksenlærlinge", ("Slagelse", 4)),
    ("skærpet tilsyn", ("Lejre", 5)),
    ('"skærpet tilsyn"', ("Lejre", 5)),
    ("beskæftigelsesreform", ("Lejre", 4)),
    ("træningsbaneforløb", ("Lemvig", 7)),
    ("Medborgerpolitikken", ("Slagelse", 2)),
])
def test_expected_first_hits(seeded: Engine, query: str, expected_first: tuple[str, int]) -> None:
    with seeded.connect() as conn:
        hits = search(conn, query)
    assert hits and (hits[0].municipality, hits[0].number) == expected_first
    assert "<mark>" in hits[0].snippet


def test_stemming_finds_inflected_forms(seeded: Engine) -> None:
    with seeded.connect() as conn:
        refugees = {(h.municipality, h.number) for h in search(conn, "flygtning", limit=50)}
        # "Flere flygtninge og familiesammenførte skal være selvforsørgende" (Lemvig, item 4)
        assert ("Lemvig", 4) in refugees
        assert ("Slagelse", 3) in refugees
        # The base form of a verb finds its past participle: godkende -> "Godkendt."
        approved = {(h.municipality, h.number) for h in search(conn, "godkende", limit=50)}
        assert ("Lemvig", 10) in approved


def test_ranking_puts_title_matches_first(seeded: Engine) -> None:
    with seeded.connect() as conn:
        hits = search(conn, "skærpet tilsyn")
    # Lejre's item 5 has the words in its title; Slagelse's item 9 only in a table of goals.
    assert [(h.municipality, h.number) for h in hits][:2] == [("Lejre", 5), ("Slagelse", 9)]
    assert hits[0].score > hits[1].score


def test_syntax_or_and_exclusion(seeded: Engine) -> None:
    with seeded.connect() as conn:
        either = {(h.municipality, h.number) for h in search(conn, "træningsbaneforløb OR voksenlærlinge")}
        assert {("Lemvig", 7), ("Slagelse", 4)} <= either
        with_refugees = {(h.municipality, h.number) for h in search(conn, "flygtninge", limit=50)}
        without_ukraine = {(h.municipality, h.number) for h in search(conn, "flygtninge -ukraine", limit=50)}
        assert without_ukraine < with_refugees
        assert ("Lejre", 2) in with_refugees and ("Lejre", 2) not in without_ukraine
        assert search(conn, "beskæftigelses*")


def test_filters(seeded: Engine) -> None:
    with seeded.connect() as conn:
        everywhere = {h.municipality for h in search(conn, "beskæftigelse", limit=100)}
        assert everywhere == {"Lejre", "Lemvig", "Albertslund", "Slagelse"}
        only = {h.municipality for h in search(conn, "beskæftigelse", Filters(municipality="lemvig"), limit=100)}
        assert only == {"Lemvig"}
        withdrawn = search(conn, "elevpolitik", Filters(outcome="withdrawn"))
        assert [(h.municipality, h.number) for h in withdrawn] == [("Slagelse", 8)]
        dated = {h.date for h in search(conn, "beskæftigelse", Filters(date_from="2024-01-01", date_to="2024-12-31"),
                                        limit=100)}
        assert dated == {"2024-03-18"}
        body = {h.body for h in search(conn, "beskæftigelse", Filters(body="Arbejdsmarkeds- og Integrationsudvalget"),
                                       limit=100)}
        assert body == {"Arbejdsmarkeds- og Integrationsudvalget"}
        case = search(conn, "introduktion", Filters(case_number="22-001317"))
        assert sorted(h.number for h in case) == [3, 4]


def test_closed_items_are_found_by_title_only(seeded: Engine) -> None:
    with seeded.connect() as conn:
        (hit,) = search(conn, "budgetkatalog")
        assert (hit.municipality, hit.number, hit.closed) == ("Lemvig", 2, True)
        assert hit.case_numbers == ["00.30.00000-6-22"]
        assert "tidlig" in hit.title


@pytest.mark.parametrize("hostile", ['"', "*", "NEAR(", "'; DROP TABLE meeting; --", "x" * 10_000, "OR", "-",
                                     '"unclosed phrase', "a AND OR NOT", "\x00", "%_", "fraværende:*"])
def test_hostile_queries_never_fail(seeded: Engine, hostile: str) -> None:
    with seeded.connect() as conn:
        assert isinstance(search(conn, hostile), list)
        assert counts(conn)["meetings"] == 5


def test_case_timeline(seeded: Engine) -> None:
    with seeded.connect() as conn:
        timeline = case_timeline(conn, "22-001317")
        assert [(a.date, a.number) for a in timeline] == [("2022-05-04", 3), ("2022-05-04", 4)]
        assert timeline[0].decisions[0]["outcomes"] == ["noted"]
        (appearance,) = case_timeline(conn, "21-3658A", municipality="Lejre")
        assert [(h["date"], h["outcomes"]) for h in appearance.history] == [
            ("2022-05-02", ["not_released"]), ("2022-05-03", ["noted"])]
        assert case_timeline(conn, "21-3658A", municipality="Slagelse") == []


def test_export_keeps_closed_bodies_out(seeded: Engine, db_url: str, tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "referat", "export", "--db", db_url, "--format", "csv",
                             "--out", str(tmp_path / "csv")], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    with (tmp_path / "csv" / "items.csv").open(encoding="utf-8") as handle:
        items = list(csv.DictReader(handle))
    assert len(items) == 45
    closed_ids = {row["id"] for row in items if row["closed"] in ("True", "1", "true")}
    assert len(closed_ids) == 2
    for name in ("sections.csv", "decisions.csv", "attachments.csv", "recommendations.csv"):
        with (tmp_path / "csv" / name).open(encoding="utf-8") as handle:
            assert not any(row["item_id"] in closed_ids for row in csv.DictReader(handle)), name
    result = subprocess.run([sys.executable, "-m", "referat", "export", "--db", db_url, "--format", "json",
                             "--out", str(tmp_path / "json")], capture_output=True, text=True, timeout=120)
    meetings = json.loads((tmp_path / "json" / "meetings.json").read_text(encoding="utf-8"))
    closed = [i for m in meetings for i in m["items"] if i["closed"]]
    assert len(closed) == 2 and all(not i["sections"] and not i["decisions"] for i in closed)


def test_search_command_json(seeded: Engine, db_url: str) -> None:
    result = subprocess.run([sys.executable, "-m", "referat", "search", "voksenlærlinge", "--db", db_url, "--json",
                             "--limit", "3"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    hits = json.loads(result.stdout)
    assert hits[0]["municipality"] == "Slagelse" and hits[0]["number"] == 4
    assert set(hits[0]) >= {"meeting_id", "number", "title", "municipality", "body", "date", "outcomes", "snippet",
                            "score"}


def test_sqlite_runs_in_wal_mode(tmp_path: Path) -> None:
    engine = open_engine(str(tmp_path / "wal.sqlite"))
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar_one() == "wal"


def test_case_command(seeded: Engine, db_url: str) -> None:
    result = subprocess.run([sys.executable, "-m", "referat", "case", "22-001317", "--db", db_url, "--json"],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    timeline = json.loads(result.stdout)
    assert [(a["date"], a["municipality"], a["number"]) for a in timeline] == [
        ("2022-05-04", "Lejre", 3), ("2022-05-04", "Lejre", 4)]
    human = subprocess.run([sys.executable, "-m", "referat", "case", "21-3658A", "--db", db_url],
                           capture_output=True, text=True, timeout=120)
    assert human.returncode == 0, human.stderr
    assert "sagens forløb 2022-05-03" in human.stdout
