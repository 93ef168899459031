"""The writer's transactions, and an ingest with nothing to read."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select

from referat.model import Meeting
from referat.store import schema as s
from referat.store.db import open_engine
from referat.store.ingest import IngestReport, _Writer, ingest
from tests.store.builders import item, meeting, whole_meetings


def _corpus(folder: Path, copies: int) -> list[Path]:
    """Minutes of one fictional body on ``copies`` different days."""
    folder.mkdir()
    paths = []
    for n in range(copies):
        path = folder / f"{n:02d}.txt"
        path.write_text(f"Solbjerg Kommune\nReferat\nØkonomiudvalget\nMødedato: {1 + n:02d}-03-2024\n\n"
                        f"1. Punkt nummer {n}\nSagsnr.: 24-{n:06d}\nBeslutning\nGodkendt.\n", encoding="utf-8")
        paths.append(path)
    return paths


def _committed(engine: Engine) -> int:
    """Meetings another connection sees (committed ones only), checking that each has its item."""
    with engine.connect() as other:
        meetings = other.execute(select(func.count()).select_from(s.meeting)).scalar_one()
        items = other.execute(select(func.count()).select_from(s.agenda_item)).scalar_one()
    assert items == meetings  # one item per meeting here: never a meeting without its item
    return int(meetings)


def test_the_writer_commits_every_16_meetings_and_when_told(db_url: str) -> None:
    engine = open_engine(db_url)
    report = IngestReport()
    writer = _Writer(engine, report, lambda _path, _status: None)
    seen = []
    for day in range(1, 21):
        writer.store(f"{day}.txt", meeting([item(1, f"Punkt {day}")], date=f"2024-03-{day:02d}"), None)
        seen.append(_committed(engine))
    assert seen == [0] * 15 + [16] * 5
    writer.commit()  # the ingest's idle hook: before it waits for a parser
    assert _committed(engine) == 20
    writer.close()
    assert report.added == 20


def test_a_meeting_the_database_refuses_leaves_nothing_and_the_others_are_stored(db_url: str) -> None:
    from referat.model import AgendaItem, Section
    from referat.store.search import search

    def refused(date: str) -> Meeting:
        # A section without a heading: its row breaks a NOT NULL constraint after the meeting's
        # source, meeting, item and search rows are written.
        broken = AgendaItem(number=1, title="Punkt om vandløb uden overskrift",
                            sections=[Section(None, "presentation", "Vandløb ved skolen")])  # type: ignore[arg-type]
        return meeting([broken], date=date)

    engine = open_engine(db_url)
    report = IngestReport()
    told: list[tuple[str, str]] = []
    writer = _Writer(engine, report, lambda path, status: told.append((path, status)))
    for day in range(1, 8):
        if day == 4:
            writer.store("midt.txt", refused("2024-04-01"), None)  # after three meetings in the transaction
        if day == 6:
            writer.commit()
            writer.store("først.txt", refused("2024-04-02"), None)  # the first of a transaction
        writer.store(f"{day}.txt", meeting([item(1, f"Punkt {day}", text=f"Vandløb nummer {day}")],
                                           date=f"2024-03-{day:02d}"), None)
    writer.close()
    assert report.added == 7 and [path for path, _reason in report.failed] == ["midt.txt", "først.txt"]
    assert all(reason.startswith("cannot store (") for _path, reason in report.failed)
    assert told == [(f"{d}.txt", "added") for d in (1, 2, 3)] + [("midt.txt", "failed")] + [
        (f"{d}.txt", "added") for d in (4, 5)] + [("først.txt", "failed")] + [(f"{d}.txt", "added") for d in (6, 7)]
    assert whole_meetings(engine) == 7
    with engine.connect() as conn:
        titles = conn.execute(select(s.agenda_item.c.title)).scalars().all()
        assert sorted(titles) == [f"Punkt {d}" for d in range(1, 8)]
        assert conn.execute(select(func.count()).select_from(s.source_document)).scalar_one() == 7
        found = search(conn, "vandløb", limit=50, sort="newest")
        assert sorted(h.title or "" for h in found) == [f"Punkt {d}" for d in range(1, 8)]


def test_a_meeting_replaced_in_the_same_transaction_is_found_by_its_new_text_only(db_url: str) -> None:
    from sqlalchemy import text

    from referat.store.search import search

    engine = open_engine(db_url)
    report = IngestReport()
    writer = _Writer(engine, report, lambda _path, _status: None)
    writer.store("a.txt", meeting([item(1, "Punkt om trafik", text="Cykelstien langs fjorden")]), None)
    writer.store("b.txt", meeting([item(1, "Punkt om havnen")], date="2024-03-07"), None)
    # The same meeting (same body and date) read again from a changed document, before any commit.
    writer.store("a.txt", meeting([item(1, "Punkt om trafik", text="Skaterbanen ved skolen")]), None)
    writer.close()
    assert (report.added, report.replaced, report.failed) == (2, 1, [])
    with engine.connect() as conn:
        assert search(conn, "cykelstien", sort="newest") == []
        assert [h.title for h in search(conn, "skaterbanen", sort="newest")] == ["Punkt om trafik"]
        documents = conn.execute(select(func.count()).select_from(s.search_document)).scalar_one()
        assert documents == conn.execute(select(func.count()).select_from(s.agenda_item)).scalar_one() == 2
        if engine.dialect.name == "sqlite":
            assert conn.execute(text("SELECT count(*) FROM search_text")).scalar_one() == 2
            for table in ("fts_all",):  # an index out of step with its rows fails here
                conn.execute(text(f"INSERT INTO {table} ({table}, rank) VALUES ('integrity-check', 1)"))


def test_what_the_parser_processes_prepare_is_what_the_writer_would_derive(tmp_path: Path) -> None:
    # The ingest's parser processes make each meeting's JSON copy and search texts; stored without
    # them, one by one through save_meeting, every table must come out the same.
    import sqlite3

    from referat.parse import parse_document
    from referat.store.repository import save_meeting

    fixtures = Path(__file__).resolve().parents[1] / "fixtures"
    files = sorted(p for p in fixtures.iterdir() if p.suffix in (".txt", ".html") and p.name != "not_minutes.txt")
    prepared, plain = str(tmp_path / "prepared.sqlite"), str(tmp_path / "plain.sqlite")
    report = ingest(open_engine(prepared), files, jobs=2)
    assert report.added == len(files) - len(report.failed) >= 15
    failed = {path for path, _reason in report.failed}
    with open_engine(plain).begin() as conn:
        for path in files:
            if str(path) not in failed:
                save_meeting(conn, parse_document(path.read_bytes(), path=str(path)))
    tables = [*(t.name for t in s.metadata.sorted_tables if t.name not in ("http_cache", "search_state")),
              "search_text", "search_term"]
    with sqlite3.connect(prepared) as one, sqlite3.connect(plain) as other:
        for table in tables:
            skip = "ingested_at" if table == "source_document" else None
            columns = ", ".join(c[1] for c in one.execute(f"PRAGMA table_info({table})") if c[1] != skip)
            rows = one.execute(f"SELECT {columns} FROM {table} ORDER BY {columns}").fetchall()
            assert rows == other.execute(f"SELECT {columns} FROM {table} ORDER BY {columns}").fetchall(), table
            assert rows or table in ("vote", "history_entry", "data_table", "recommendation"), table
        assert one.execute("SELECT count(*) FROM fts_all WHERE fts_all MATCH 'beslutning'").fetchone() == \
            other.execute("SELECT count(*) FROM fts_all WHERE fts_all MATCH 'beslutning'").fetchone()


def test_an_ingest_never_leaves_16_meetings_uncommitted(db_url: str, tmp_path: Path) -> None:
    engine = open_engine(db_url)
    paths = _corpus(tmp_path / "corpus", 40)
    seen: list[int] = []
    report = ingest(engine, paths, jobs=1, progress=lambda _path, _status: seen.append(_committed(engine)))
    assert report.added == 40
    assert seen == sorted(seen) and all(stored - committed < 16 for stored, committed in enumerate(seen, 1))
    if db_url.startswith("postgresql"):  # commits at 16 and 32 only; SQLite also commits when it waits
        assert seen == [0] * 15 + [16] * 16 + [32] * 9
    assert _committed(engine) == 40


def _ingest(*paths: Path) -> subprocess.CompletedProcess[str]:
    db = paths[0].parent / "db.sqlite"
    return subprocess.run([sys.executable, "-m", "referat", "ingest", *map(str, paths), "--db", str(db)],
                          capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("hidden", [False, True])
def test_a_folder_with_nothing_to_read_is_an_error(tmp_path: Path, hidden: bool) -> None:
    target = tmp_path / "in"
    target.mkdir()
    if hidden:
        (target / ".hidden.txt").write_text("x", encoding="utf-8")
    other = tmp_path / "other"
    other.mkdir()
    result = _ingest(target, other)
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr.strip().splitlines() == [f"referat: no files to read in {target}, {other}"]
    assert not (tmp_path / "db.sqlite").exists()


def test_a_broken_link_is_named(tmp_path: Path) -> None:
    target = tmp_path / "in"
    target.mkdir()
    (target / "link.txt").symlink_to(tmp_path / "gone.txt")
    for argument in (target, target / "link.txt"):
        result = _ingest(argument)
        assert result.returncode == 1 and "Traceback" not in result.stderr
        assert result.stderr.strip().splitlines() == [
            f"referat: {target / 'link.txt'}: cannot read (No such file or directory)"]
        assert result.stdout.strip() == "1 files: 0 added, 0 replaced, 0 unchanged, 1 failed"


def test_on_postgresql_the_change_lock_is_taken_once_per_transaction_and_held_through_savepoints(pg_url: str) -> None:
    # Change numbers are taken in commit order because each transaction that logs changes holds
    # the advisory lock; the writer takes it as its transaction begins, once.
    from sqlalchemy import event, text

    from referat.store.indexing import CHANGE_LOCK

    engine = open_engine(pg_url)
    statements: list[str] = []
    event.listen(engine, "before_cursor_execute", lambda *args: statements.append(args[2]))
    writer = _Writer(engine, IngestReport(), lambda _path, _status: None)
    for day in range(1, 4):
        writer.store(f"{day}.txt", meeting([item(1, f"Punkt {day}")], date=f"2024-03-0{day}"), None)
    held = "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND objid = :lock AND granted"
    with engine.connect() as other:
        assert other.execute(text(held), {"lock": CHANGE_LOCK}).scalar_one() == 1  # the writer's open transaction
    writer.close()
    assert sum("pg_advisory_xact_lock" in sql for sql in statements) == 1
    with engine.connect() as other:
        assert other.execute(text(held), {"lock": CHANGE_LOCK}).scalar_one() == 0  # released at commit
