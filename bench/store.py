"""Store and search: ingest rate, search latency p50/p95 at growing sizes, raw FTS5 beside it.

    .venv/bin/python bench/store.py --sizes 10000,100000,1000000 [--postgres | --postgres-url URL] [--json]

For each size it writes synthetic minutes (``referat.synth``), ingests them into a fresh
database (parsing in parallel, one writer) and measures the ingest rate; then it runs 50
fixed queries through ``referat.store.search.search`` (20 hits with snippets). On SQLite
the same queries also run as raw FTS5 statements on the same file, the floor:

- ``raw bm25``: ``SELECT rowid, snippet(...) FROM fts_all WHERE fts_all MATCH ? ORDER BY rank LIMIT 20``,
  FTS5's own ranking, which scores every match;
- ``raw newest``: ``SELECT rowid FROM fts_all WHERE fts_all MATCH ? ORDER BY rowid DESC LIMIT 20``,
  the cheapest statement that answers a query at all.

``--postgres`` starts a throwaway PostgreSQL server (Debian's binaries, as the tests do);
``--postgres-url`` uses an empty database on a server of your own.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # for tests.postgres_server

from sqlalchemy import Engine, text

from referat.store.db import open_engine
from referat.store.ingest import expand_paths, ingest
from referat.store.query import parse_query
from referat.store.search import fts5_expressions, search
from referat.synth import generate_corpus

QUERIES = [
    "skærpet tilsyn", "voksenlærlinge", "flygtninge", "flygtning", "virksomhedspraktik", "løntilskud",
    "sygedagpenge", "ungeindsats", "a-kasser", "fleksjob", "førtidspension", "integrationsgrunduddannelse",
    "nytteindsats", "budget", "ledighed", "langtidsledighed", "ældreplejen", "mentorstøtte", "beskæftigelsesreform",
    '"skærpet tilsyn"', '"aktiv indsats"', "jobcenter", "kontaktforløbet", "uddannelsespålæg", "opkvalificering",
    "rekruttering", "psykiske vanskeligheder", "misbrug", "handicaprådet", "dialogmøder", "evalueres",
    "ledige -unge", "flygtninge OR indvandrere", "virksomhed*", "beskæft*", "godkende", "udsat", "anbefales",
    "kvartal", "ledelsesinformationen", "organisationer", "høring", "Solbjerg", "Nordfjord", "mødelokale",
    "social- og sundhedsassistenter", "proceskrav", "målgrupperne", "arbejdsrytme", "kontanthjælpsmodtagere",
]


def corpus_files(work: Path, size: int) -> list[Path]:
    """The synthetic corpus of ``size`` items in ``work`` (seed ``size``), written when not there yet."""
    corpus = work / f"corpus-{size}"
    return expand_paths([str(corpus)]) if corpus.is_dir() else generate_corpus(corpus, size, seed=size)


def percentile(values: list[float], share: float) -> float:
    """The nearest-rank percentile: the smallest value with ``share`` of the values at or below it."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]


def timed(run: Callable[[str], object], rounds: int) -> tuple[float, float]:
    """(p50, p95) in milliseconds over the 50 queries, each query's best of ``rounds``."""
    latencies = []
    for query in QUERIES:
        best = float("inf")
        for _ in range(rounds):
            start = time.perf_counter()
            run(query)
            best = min(best, time.perf_counter() - start)
        latencies.append(best * 1000)
    return round(statistics.median(latencies), 2), round(percentile(latencies, 0.95), 2)


def measure(size: int, engine: Engine, files: list[Path], jobs: int | None, rounds: int) -> dict[str, Any]:
    """Ingest ``files`` into the empty database behind ``engine``, then time the queries."""
    start = time.perf_counter()
    report = ingest(engine, files, jobs=jobs)
    seconds = time.perf_counter() - start
    if report.failed:
        raise SystemExit(f"{len(report.failed)} synthetic files failed to ingest, e.g. {report.failed[0]}")
    figures: dict[str, Any] = {"backend": engine.dialect.name, "items": size, "referater": len(files),
                               "ingest_seconds": round(seconds, 1),
                               "ingest_referater_per_second": round(report.added / seconds, 1)}
    with engine.connect() as conn:
        if engine.dialect.name == "postgresql":
            conn.execute(text("ANALYZE"))
        figures["search_p50_ms"], figures["search_p95_ms"] = timed(lambda q: search(conn, q, limit=20), rounds)
        figures["hits_per_query_median"] = statistics.median(len(search(conn, q, limit=20, snippets=False))
                                                             for q in QUERIES)
        if engine.dialect.name == "sqlite":
            expressions = {q: fts5_expressions(conn, parse_query(q))[0] or '"\u2400"' for q in QUERIES}
            bm25 = text("SELECT rowid, snippet(fts_all, -1, '<mark>', '</mark>', '…', 16) FROM fts_all "
                        "WHERE fts_all MATCH :m ORDER BY rank LIMIT 20")
            newest = text("SELECT rowid FROM fts_all WHERE fts_all MATCH :m ORDER BY rowid DESC LIMIT 20")
            figures["raw_bm25_p50_ms"], figures["raw_bm25_p95_ms"] = timed(
                lambda q: conn.execute(bm25, {"m": expressions[q]}).all(), rounds)
            figures["raw_newest_p50_ms"], figures["raw_newest_p95_ms"] = timed(
                lambda q: conn.execute(newest, {"m": expressions[q]}).all(), rounds)
    return figures


def main() -> int:
    """Run the benchmark for every size and backend."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10000,100000", help="agenda items per database, comma-separated")
    parser.add_argument("--postgres", action="store_true", help="also measure on a throwaway PostgreSQL server")
    parser.add_argument("--postgres-url", help="also measure on this empty PostgreSQL database")
    parser.add_argument("--no-sqlite", action="store_true", help="measure PostgreSQL only")
    parser.add_argument("--jobs", type=int, default=None, help="parser processes (default: one per core)")
    parser.add_argument("--rounds", type=int, default=3, help="runs per query; the fastest counts")
    parser.add_argument("--workdir", type=Path, help="keep corpora and databases here (default: a temporary folder)")
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON list")
    args = parser.parse_args()

    server = None
    if args.postgres:
        from tests.postgres_server import started_server

        server = started_server()
    results = []
    try:
        with tempfile.TemporaryDirectory() as scratch:
            work = args.workdir or Path(scratch)
            for size in (int(s) for s in args.sizes.split(",")):
                files = corpus_files(work, size)
                targets = [] if args.no_sqlite else [str(work / f"bench-{size}.sqlite")]
                if server is not None:
                    targets.append(server.create_database(f"bench_{size}_{os.getpid()}"))
                if args.postgres_url:
                    targets.append(args.postgres_url)
                for target in targets:
                    if not target.startswith("postgres"):
                        for suffix in ("", "-wal", "-shm"):
                            Path(target + suffix).unlink(missing_ok=True)
                    results.append(measure(size, open_engine(target), files, args.jobs, args.rounds))
                    print(json.dumps(results[-1]), file=sys.stderr, flush=True)
    finally:
        if server is not None:
            server.stop()
    if args.json:
        print(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
