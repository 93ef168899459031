"""Store and search: ingest rate, search latency p50/p95 at growing sizes, raw FTS5 beside it.

    .venv/bin/python bench/store.py --sizes 10000,100000 [--postgres URL] [--json]

For each size it builds a fresh database from synthetic minutes (``referat.synth``),
measures the ingest rate (parsing in parallel, one writer), then runs 50 fixed queries
through ``referat.store.search.search`` and, on the same SQLite file, the same queries as
raw FTS5 ``MATCH ... ORDER BY rank LIMIT 20`` statements: the floor.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from sqlalchemy import text

from referat.store.db import open_engine
from referat.store.ingest import ingest
from referat.store.query import parse_query
from referat.store.search import fts5_expression, search
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


def percentile(values: list[float], share: float) -> float:
    """The value below which ``share`` of the values lie."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def timed(run: object, rounds: int = 3) -> tuple[float, float]:
    """(p50, p95) in milliseconds over all queries, each query's best of ``rounds``."""
    latencies = []
    for query in QUERIES:
        best = float("inf")
        for _ in range(rounds):
            start = time.perf_counter()
            run(query)  # type: ignore[operator]
            best = min(best, time.perf_counter() - start)
        latencies.append(best * 1000)
    return round(statistics.median(latencies), 2), round(percentile(latencies, 0.95), 2)


def measure(size: int, db: str, corpus: Path) -> dict[str, object]:
    """Build a database of ``size`` items at ``db`` and measure it."""
    files = sorted(corpus.rglob("*.txt"))
    engine = open_engine(db)
    start = time.perf_counter()
    report = ingest(engine, files)
    ingest_seconds = time.perf_counter() - start
    with engine.connect() as conn:
        p50, p95 = timed(lambda q: search(conn, q, limit=20))
        figures: dict[str, object] = {
            "items": size, "referater": len(files), "backend": engine.dialect.name,
            "ingest_referater_per_second": round(report.added / ingest_seconds, 1),
            "search_p50_ms": p50, "search_p95_ms": p95,
        }
        if engine.dialect.name == "sqlite":
            raw = "SELECT rowid, snippet(item_fts, 2, '<mark>', '</mark>', '…', 12) FROM item_fts " \
                  "WHERE item_fts MATCH :m ORDER BY rank LIMIT 20"
            figures["raw_fts5_p50_ms"], figures["raw_fts5_p95_ms"] = timed(
                lambda q: conn.execute(text(raw), {"m": fts5_expression(parse_query(q))}).all())
    return figures


def main() -> int:
    """Run the benchmark for every size."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10000,100000", help="agenda items per database, comma-separated")
    parser.add_argument("--postgres", help="also measure on this PostgreSQL server (an empty database URL)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in (int(s) for s in args.sizes.split(",")):
            corpus = Path(tmp) / f"corpus-{size}"
            generate_corpus(corpus, size, seed=size)
            results.append(measure(size, str(Path(tmp) / f"bench-{size}.sqlite"), corpus))
            if args.postgres:
                results.append(measure(size, args.postgres, corpus))
            print(json.dumps(results[-1]) if not args.json else "", file=sys.stderr)
    if args.json:
        print(json.dumps(results, indent=2))
    else:
        for r in results:
            print(r)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
