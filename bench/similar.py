"""Similar items in other municipalities: precision@5 by topic, and latency, on the synthetic corpus.

    .venv/bin/python bench/similar.py --items 100000 [--postgres | --postgres-url URL] [--sources 200] [--json]

The synthetic minutes (``referat.synth``, seed 1) know each case item's topic. The
benchmark ingests them once into ``bench/out/similar-{items}.sqlite`` (kept for the next
run; ``--postgres`` also into a throwaway PostgreSQL server, ``--postgres-url`` into a database of
your own, used as it is when it already holds the corpus), draws ``--sources`` open
case items at random (seed 7), and asks ``referat.store.similar.similar`` for the 5 most
similar items of other municipalities. It reports:

- **precision@5**: the share of the 5 results that carry the source's topic, averaged over
  the sources (a missing result counts as a miss); every result is checked to come from
  another municipality and to be open;
- **cold**: the first call per source (the word counts of the index are not yet known);
- **p50 / p95**: each source's best of ``--rounds`` later calls, over all sources.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # for tests.postgres_server

from sqlalchemy import Connection, Engine, text

from referat.store.db import open_engine
from referat.store.ingest import ingest
from referat.store.similar import similar
from referat.synth import generate_corpus, iter_meetings

SEED = 1
OUT = Path(__file__).resolve().parent / "out"


def percentile(values: list[float], share: float) -> float:
    """The nearest-rank percentile."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]


def topics(items: int) -> dict[tuple[str, str, str, int], str]:
    """(municipality, body, date, item number) → topic key, for every case item of the corpus."""
    found = {}
    for spec in iter_meetings(items, seed=SEED):
        for item in spec.items:
            if item.topic and not item.closed:
                found[(spec.municipality, spec.body, spec.day.isoformat(), item.number)] = item.topic
    return found


def build(engine: Engine, items: int) -> float:
    """Ingest the corpus into the empty database; the seconds it took."""
    with tempfile.TemporaryDirectory() as folder:
        files = generate_corpus(Path(folder), items, seed=SEED)
        start = time.perf_counter()
        report = ingest(engine, files, jobs=2)
        if report.failed:
            raise SystemExit(f"ingest failed: {report.failed[:3]}")
        return time.perf_counter() - start


def item_topics(conn: Connection, truth: dict[tuple[str, str, str, int], str]) -> dict[int, tuple[str, str]]:
    """Item id → (topic, municipality) for the stored open case items."""
    rows = conn.execute(text(
        "SELECT ai.id, mu.name, b.name, m.date, ai.number FROM agenda_item ai JOIN meeting m ON m.id = ai.meeting_id "
        "JOIN municipality mu ON mu.id = m.municipality_id JOIN body b ON b.id = m.body_id WHERE NOT ai.closed"))
    out = {}
    for item_id, municipality, body, date, number in rows:
        topic = truth.get((municipality, body, date, number))
        if topic:
            out[int(item_id)] = (topic, municipality)
    return out


def measure(engine: Engine, items: int, sources: int, rounds: int) -> dict[str, Any]:
    """Precision@5 and latency over ``sources`` random case items."""
    truth = topics(items)
    with engine.connect() as conn:
        known = item_topics(conn, truth)
        chosen = random.Random(7).sample(sorted(known), sources)
        cold, warm, precision = [], [], []
        for item_id in chosen:
            start = time.perf_counter()
            found = similar(conn, item_id, 5)
            cold.append((time.perf_counter() - start) * 1000)
            topic, municipality = known[item_id]
            for s in found:
                assert s.municipality != municipality, (item_id, s)
                assert s.item_id in known or s.item_id not in truth, (item_id, s)
            precision.append(sum(1 for s in found if known.get(s.item_id, ("", ""))[0] == topic) / 5)
        for item_id in chosen:
            best = float("inf")
            for _ in range(rounds):
                start = time.perf_counter()
                similar(conn, item_id, 5)
                best = min(best, time.perf_counter() - start)
            warm.append(best * 1000)
        count = int(conn.execute(text("SELECT count(*) FROM agenda_item")).scalar_one())
    return {
        "backend": engine.dialect.name, "items": count, "sources": sources,
        "precision_at_5": round(statistics.mean(precision), 3),
        "cold_p50_ms": round(statistics.median(cold), 2), "cold_p95_ms": round(percentile(cold, 0.95), 2),
        "p50_ms": round(statistics.median(warm), 2), "p95_ms": round(percentile(warm, 0.95), 2),
    }


def main() -> int:
    """Build (once) and measure."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--items", type=int, default=100_000, help="agenda items in the corpus")
    parser.add_argument("--sources", type=int, default=200, help="source items drawn at random")
    parser.add_argument("--rounds", type=int, default=3, help="warm calls per source; the fastest counts")
    parser.add_argument("--postgres", action="store_true", help="also measure on a throwaway PostgreSQL server")
    parser.add_argument("--postgres-url", help="also measure on this PostgreSQL database (built when empty)")
    parser.add_argument("--no-sqlite", action="store_true", help="measure PostgreSQL only")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()

    results = []
    if not args.no_sqlite:
        OUT.mkdir(exist_ok=True)
        path = OUT / f"similar-{args.items}.sqlite"
        engine = open_engine(str(path))
        with engine.connect() as conn:
            empty = not conn.execute(text("SELECT count(*) FROM agenda_item")).scalar_one()
        if empty:
            print(f"building {path}", file=sys.stderr)
            print(f"ingest {build(engine, args.items):.0f} s", file=sys.stderr)
        results.append(measure(engine, args.items, args.sources, args.rounds))
        print(json.dumps(results[-1]), file=sys.stderr, flush=True)
    if args.postgres:
        from tests.postgres_server import started_server

        server = started_server()
        try:
            engine = open_engine(server.create_database(f"similar_{args.items}_{os.getpid()}"))
            print(f"ingest into PostgreSQL {build(engine, args.items):.0f} s", file=sys.stderr)
            with engine.begin() as conn:
                conn.execute(text("ANALYZE"))
            results.append(measure(engine, args.items, args.sources, args.rounds))
            print(json.dumps(results[-1]), file=sys.stderr, flush=True)
        finally:
            server.stop()
    if args.postgres_url:
        engine = open_engine(args.postgres_url)
        with engine.connect() as conn:
            empty = not conn.execute(text("SELECT count(*) FROM agenda_item")).scalar_one()
        if empty:
            print(f"ingest into PostgreSQL {build(engine, args.items):.0f} s", file=sys.stderr)
            with engine.begin() as conn:
                conn.execute(text("ANALYZE"))
        results.append(measure(engine, args.items, args.sources, args.rounds))
        print(json.dumps(results[-1]), file=sys.stderr, flush=True)
    versions = {"python": platform.python_version(), "sqlite": sqlite3.sqlite_version}
    if args.json:
        print(json.dumps({"versions": versions, "results": results}, indent=2))
    else:
        for r in results:
            print(f"{r['backend']}: {r['items']} items, {r['sources']} sources: precision@5 {r['precision_at_5']}, "
                  f"cold p50/p95 {r['cold_p50_ms']}/{r['cold_p95_ms']} ms, p50/p95 {r['p50_ms']}/{r['p95_ms']} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
