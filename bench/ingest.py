"""Ingest: Referat's writer beside sqlite-utils inserting the same rows, and the whole ingest on both backends.

    .venv/bin/python bench/ingest.py --sizes 10000,100000 [--rounds 3] [--postgres] [--workdir DIR] [--json]

For each size it writes the synthetic minutes of ``bench/store.py`` (same generator and seed) and
parses them all first, in parallel; then, ``--rounds`` times, the two sides of the pair in turn
(which goes first alternates by round), each into a fresh SQLite file made by Referat's migrations:

- **Referat's writer**: the ingest's own writer (``referat.store.ingest._Writer``) given what the
  ingest's parser processes give it: each parsed meeting with its JSON copy and its items' search
  texts (stems), a commit every 16 meetings. It finds or makes the ids (municipality, body, people,
  cases), builds every row and fills every table and the three FTS5 indexes;
- **sqlite-utils**: ``Table.insert_all`` with its default batches, table by table, of every row that
  the writer stored (read back from the writer's first file, ids included, before the clock starts),
  into the same tables: same columns, indexes, foreign keys, and the same FTS5 tables filled by the
  same triggers. Both connections use the same pragmas (WAL, ``synchronous=NORMAL``, foreign keys).

Each round gives a ratio of referater per second (Referat's over sqlite-utils'), so the ratio holds
while the machine's load drifts; reported are the medians and the ratio's range. The relevance index,
which the ingest brings up to date after the writer, is timed apart (sqlite-utils builds none).

Then the whole ingest, parsing included (``referat.store.ingest.ingest``, 2 parser processes), in
referater per second on SQLite and, with ``--postgres``, on a throwaway PostgreSQL server; and the
writer alone on PostgreSQL.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # for tests.postgres_server

import sqlite_utils
from sqlalchemy import Engine

from referat.model import Meeting
from referat.store import rankindex
from referat.store.db import dispose_engines, open_engine
from referat.store.ingest import IngestReport, Task, _failed, _parse_one, _Writer, ingest
from referat.store.repository import Prepared, prepare
from referat.store.workers import run_all
from store import corpus_files  # bench/store.py: the same synthetic corpus

#: The tables in an order that satisfies their foreign keys; the migrations' own rows are left alone.
TABLES = ("municipality", "body", "source_document", "meeting", "person", "case_record", "agenda_item",
          "item_case", "section", "recommendation", "decision", "vote", "attachment", "history_entry",
          "data_table", "participation", "search_document", "search_change", "search_text", "search_term")


Parsed = Sequence[tuple[str, Meeting, Prepared | None]]


def parsed(files: list[Path], jobs: int, dialect: str = "sqlite") -> Parsed:
    """Every file parsed as the ingest's parser processes give it to the writer, in file order.

    A synthetic file that fails to parse stops the benchmark.
    """
    tasks: list[Task] = [(str(path), path.read_bytes(), None, dialect) for path in files]
    found = []
    for path, meeting, error, prepared in run_all(_parse_one, tasks, jobs, None, _failed):
        if meeting is None:
            raise SystemExit(f"{path}: {error}")
        found.append((path, meeting, prepared))
    return found


def fresh(target: str) -> Engine:
    """A migrated, empty database (a SQLite file and its relevance index removed first)."""
    dispose_engines()  # an engine made for an earlier file of the same name would skip the migration
    if not target.startswith("postgres"):
        for suffix in ("", "-wal", "-shm", ".lock"):
            Path(target + suffix).unlink(missing_ok=True)
        rankindex.forget()
        shutil.rmtree(target + ".tantivy", ignore_errors=True)
    return open_engine(target)


def write_referat(engine: Engine, meetings: Parsed) -> dict[str, float]:
    """The writer's seconds for ``meetings``, and the relevance index's update after it."""
    report = IngestReport()
    start = time.perf_counter()
    writer = _Writer(engine, report, lambda _path, _status: None)
    try:
        for path, meeting, prepared in meetings:
            writer.store(path, meeting, None, prepared)
    finally:
        writer.close()
    seconds = time.perf_counter() - start
    if report.failed or report.added != len(meetings):
        raise SystemExit(f"the writer stored {report.added} of {len(meetings)}: {report.failed[:1]}")
    start = time.perf_counter()
    rankindex.sync(engine)
    return {"seconds": seconds, "index_seconds": time.perf_counter() - start}


def stored_rows(path: str) -> dict[str, list[dict[str, Any]]]:
    """Every row the writer stored, per table, in the order of a table scan."""
    with sqlite3.connect(path) as conn:
        conn.row_factory = sqlite3.Row
        return {table: [dict(r) for r in conn.execute(f"SELECT * FROM {table}")] for table in TABLES}


def write_sqlite_utils(path: str, rows: dict[str, list[dict[str, Any]]]) -> float:
    """Seconds sqlite-utils takes to insert ``rows`` into the migrated, empty file at ``path``."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("PRAGMA foreign_keys=ON")
    db = sqlite_utils.Database(conn)
    start = time.perf_counter()
    for table in TABLES:
        db.table(table).insert_all(rows[table])
    conn.commit()
    seconds = time.perf_counter() - start
    conn.close()
    return seconds


def writer_pair(work: Path, meetings: Parsed, rounds: int) -> dict[str, Any]:
    """Referat's writer and sqlite-utils, ``rounds`` times each in alternating order."""
    first = str(work / "writer-rows.sqlite")
    write_referat(fresh(first), meetings)
    rows = stored_rows(first)
    referat: list[dict[str, float]] = []
    peer: list[float] = []
    for k in range(rounds):
        target = str(work / "writer-pair.sqlite")
        sides = ["referat", "sqlite-utils"] if k % 2 == 0 else ["sqlite-utils", "referat"]
        for side in sides:
            engine = fresh(target)
            if side == "referat":
                referat.append(write_referat(engine, meetings))
            else:
                dispose_engines()  # the migrated file, no connection of Referat's left open on it
                peer.append(write_sqlite_utils(target, rows))
        print(json.dumps({"round": k, "referat_s": round(referat[-1]["seconds"], 2),
                          "sqlite_utils_s": round(peer[-1], 2)}), file=sys.stderr, flush=True)
    n = len(meetings)
    ratios = sorted(p / r["seconds"] for r, p in zip(referat, peer, strict=True))
    return {"referater": n, "rows": sum(len(v) for v in rows.values()),
            "referat_writer_per_s": round(n / statistics.median(r["seconds"] for r in referat), 1),
            "sqlite_utils_per_s": round(n / statistics.median(peer), 1),
            "ratio_median": round(statistics.median(ratios), 2),
            "ratio_range": [round(ratios[0], 2), round(ratios[-1], 2)],
            "relevance_index_s": round(statistics.median(r["index_seconds"] for r in referat), 2)}


def whole_ingest(target: str, files: list[Path], jobs: int) -> dict[str, Any]:
    """The whole ingest of ``files`` into the empty database ``target``, in referater per second."""
    engine = fresh(target)
    start = time.perf_counter()
    report = ingest(engine, files, jobs=jobs)
    seconds = time.perf_counter() - start
    if report.failed:
        raise SystemExit(f"{len(report.failed)} synthetic files failed to ingest, e.g. {report.failed[0]}")
    dispose_engines()
    return {"backend": engine.dialect.name, "seconds": round(seconds, 1),
            "referater_per_s": round(report.added / seconds, 1)}


def main() -> int:
    """Run the writer pair and the whole ingest for every size."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10000,100000", help="agenda items per corpus, comma-separated")
    parser.add_argument("--rounds", type=int, default=3, help="rounds of the writer pair")
    parser.add_argument("--jobs", type=int, default=2, help="parser processes")
    parser.add_argument("--postgres", action="store_true", help="also on a throwaway PostgreSQL server")
    parser.add_argument("--no-whole", action="store_true", help="the writer pair only")
    parser.add_argument("--workdir", type=Path, help="keep corpora and databases here (default: a temporary folder)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    server = None
    if args.postgres:
        from tests.postgres_server import started_server

        server = started_server()
    results: list[dict[str, Any]] = []
    try:
        with tempfile.TemporaryDirectory() as scratch:
            work = args.workdir or Path(scratch)
            work.mkdir(parents=True, exist_ok=True)
            for size in (int(s) for s in args.sizes.split(",")):
                files = corpus_files(work, size)
                figures: dict[str, Any] = {"items": size, "load_average": list(os.getloadavg())}
                start = time.perf_counter()
                meetings = parsed(files, args.jobs)
                figures["parse_per_s"] = round(len(meetings) / (time.perf_counter() - start), 1)
                figures["writer"] = writer_pair(work, meetings, args.rounds)
                if server is not None:
                    pg = server.create_database(f"writer_{size}_{os.getpid()}")
                    for_postgres = [(path, m, prepare(m, "postgresql")) for path, m, _prepared in meetings]
                    seconds = write_referat(fresh(pg), for_postgres)["seconds"]
                    figures["postgres_writer_per_s"] = round(len(meetings) / seconds, 1)
                    dispose_engines()
                if not args.no_whole:
                    figures["whole"] = [whole_ingest(str(work / f"whole-{size}.sqlite"), files, args.jobs)]
                    if server is not None:
                        target = server.create_database(f"whole_{size}_{os.getpid()}")
                        figures["whole"].append(whole_ingest(target, files, args.jobs))
                figures["load_average_after"] = list(os.getloadavg())
                results.append(figures)
                print(json.dumps(figures), file=sys.stderr, flush=True)
    finally:
        if server is not None:
            server.stop()
    print(json.dumps(results, indent=2 if args.json else None))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
