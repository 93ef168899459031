"""Relevance: overlap of the search's top 10 with an exhaustive field-weighted BM25, and latency.

    .venv/bin/python bench/relevance.py --sizes 10000,100000 [--postgres] [--workdir DIR] [--json]

For each size it builds a database of synthetic minutes as ``bench/store.py`` does (or reuses
``DIR/bench-SIZE.sqlite`` with its corpus), then, for the 50 queries of ``bench/store.py``:

- **overlap@10**: the share of ``search(conn, q, limit=10)``'s hits that belong to the top 10
  of a reference ranking the benchmark computes itself, exhaustively, over every item that
  matches the query (found with FTS5, completions of a prefix not capped): the sum over
  terms and fields of weight × BM25 (k1 1.2, b 0.75; per field its document frequencies
  from ``fts5vocab`` and its average length; a phrase counts its occurrences, weighted by
  the sum of its words' idf). An item counts when its reference score reaches the tenth
  best score (so items tied at the edge are all right). The same figure for
  ``sort="newest"`` shows what a ranking by date alone gives;
- **latency**: p50 and p95 of ``search(conn, q, limit=20)`` with snippets, relevance and
  newest, each query's best of ``--rounds`` (each order and its floor, below, run in turn
  within each round, so that their ratio holds while the machine drifts); the slowest
  query of each shape (one word, several words, phrase, prefix, ``OR``, exclusion); and the
  floors: the raw FTS5 statements of ``bench/store.py`` (``ORDER BY rank`` scores every
  match; ``ORDER BY rowid DESC``, the bare index walk, the floor of the newest order) and
  **raw ranked**, the relevance index's own top 20 for the same Tantivy query
  (``ranking.build``, one ``searcher.search`` in Rust: no tie margin, no exclusion pool, no
  page), the floor of the relevance order. Each order's p95 is divided by its floor's.

PostgreSQL (``--postgres``, a throwaway server) gets the same database and latency, and its
overlap against the SQLite reference of the same corpus (items named by municipality,
body, date and number, since ids may differ).
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
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import Connection, Engine, bindparam, text

from referat.store import rankindex, ranking
from referat.store.db import open_engine
from referat.store.ingest import ingest
from referat.store.query import Query, Term, parse_query
from referat.store.search import fts5_expressions, search
from store import QUERIES, corpus_files, percentile  # bench/store.py: its queries, corpus and percentile

K1, B = 1.2, 0.75
COLUMNS = ("title", "key", "body")
WEIGHTS = dict(zip(COLUMNS, (rankindex.WEIGHTS[f] for f in rankindex.FIELDS), strict=True))
TOP = 10


def shape(raw: str, query: Query) -> str:
    """The query's shape, for the slowest-per-shape figures."""
    terms = [t for group in query.groups for t in group]
    if query.excluded:
        return "exclusion"
    if any(len(group) > 1 for group in query.groups):
        return "or"
    if any(t.phrase for t in terms):
        return "phrase"
    if "*" in raw:
        return "prefix"
    return "words" if len(terms) > 1 else "word"


class Reference:
    """Exhaustive field-weighted BM25 over a SQLite database's own index tables."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        conn.execute(text("CREATE VIRTUAL TABLE IF NOT EXISTS temp.bench_vocab USING fts5vocab(main, fts_all, col)"))
        self.n = int(conn.execute(text("SELECT count(*) FROM search_document")).scalar_one())
        totals: dict[str, int] = {str(c): int(n or 0) for c, n in conn.execute(
            text("SELECT col, sum(cnt) FROM temp.bench_vocab GROUP BY col"))}
        self.average = {c: (int(totals.get(c) or 0) / self.n) or 1.0 for c in COLUMNS}
        self._idf: dict[tuple[str, str], float] = {}

    def idf(self, column: str, term: str) -> float:
        """ln(1 + (N - n + 0.5) / (n + 0.5)) of the term in the column (Tantivy's and Lucene's BM25 idf)."""
        found = self._idf.get((column, term))
        if found is None:
            n = int(self.conn.execute(text("SELECT coalesce(sum(doc), 0) FROM temp.bench_vocab "
                                           "WHERE term = :t AND col = :c"), {"t": term, "c": column}).scalar_one())
            found = self._idf[(column, term)] = math.log(1 + (self.n - n + 0.5) / (n + 0.5))
        return found

    def completions(self, term: Term) -> list[tuple[str, ...]]:
        """The exact stem sequences a term stands for: every completion of a prefix, uncapped."""
        if term.phrase or not term.prefix:
            return [term.stems]
        stem = term.stems[0]
        found = self.conn.execute(text("SELECT term FROM search_term WHERE term >= :low AND term < :high"),
                                  {"low": stem, "high": stem + "\U0010ffff"}).scalars()
        return [(t,) for t in found]

    def matches(self, query: Query) -> list[int]:
        """Every item matching the query (FTS5 with uncapped completions)."""
        def fts(term: Term) -> str | None:
            found = self.completions(term)
            return "(" + " OR ".join('"' + " ".join(c) + '"' for c in found) + ")" if found else None

        groups = []
        for group in query.groups:
            parts = [p for p in map(fts, group) if p]
            if not parts:
                return []
            groups.append("(" + " OR ".join(parts) + ")")
        expression = " AND ".join(groups)
        excluded = [p for p in map(fts, query.excluded) if p]
        if excluded:
            expression = f"({expression}) NOT ({' OR '.join(excluded)})"
        return [int(k) for k in self.conn.execute(text("SELECT rowid FROM fts_all WHERE fts_all MATCH :m"),
                                                   {"m": expression}).scalars()]

    def ranking(self, query: Query) -> dict[int, float]:
        """Every matching item's reference score."""
        sequences = [(seq, term.phrase) for group in query.groups for term in group for seq in self.completions(term)]
        scores: dict[int, float] = {}
        keys = self.matches(query)
        statement = text("SELECT id, title, key, body FROM search_text WHERE id IN :ids").bindparams(
            bindparam("ids", expanding=True))
        for start in range(0, len(keys), 5000):
            for key, *fields in self.conn.execute(statement, {"ids": keys[start:start + 5000]}):
                total = 0.0
                for column, value in zip(COLUMNS, fields, strict=True):
                    tokens = value.split()
                    if not tokens:
                        continue
                    counts = Counter(tokens)
                    norm = K1 * (1 - B + B * len(tokens) / self.average[column])
                    for sequence, phrase in sequences:
                        if phrase:
                            width = len(sequence)
                            tf = sum(1 for i in range(len(tokens) - width + 1)
                                     if tuple(tokens[i:i + width]) == sequence)
                        else:
                            tf = counts.get(sequence[0], 0)
                        if tf:
                            idf = sum(self.idf(column, word) for word in sequence)
                            total += WEIGHTS[column] * idf * tf * (K1 + 1) / (tf + norm)
                scores[int(key)] = total
        return scores


Name = tuple[str, str, str, int]


def names(conn: Connection, keys: list[int]) -> dict[int, Name]:
    """Search key → (municipality, body, date, item number): the same item on either backend."""
    found: dict[int, Name] = {}
    statement = text("SELECT d.id, coalesce(mu.name, ''), coalesce(b.name, ''), coalesce(d.meeting_date, ''), "
                     "coalesce(ai.number, -1) FROM search_document d JOIN agenda_item ai ON ai.id = d.item_id "
                     "LEFT JOIN municipality mu ON mu.id = d.municipality_id LEFT JOIN body b ON b.id = d.body_id "
                     "WHERE d.id IN :ids").bindparams(bindparam("ids", expanding=True))
    for start in range(0, len(keys), 5000):
        for k, m, b, d, n in conn.execute(statement, {"ids": keys[start:start + 5000]}):
            found[int(k)] = (m, b, d, int(n))
    return found


def overlap(hits: list[Name], reference: dict[Name, float]) -> float | None:
    """The share of the hits at or above the reference's tenth score; None when nothing matches."""
    if not reference:
        return None
    best = sorted(reference.values(), reverse=True)
    edge = best[min(TOP, len(best)) - 1] * (1 - 1e-6)
    good = sum(1 for h in hits[:TOP] if reference.get(h, -1.0) >= edge)
    return good / min(TOP, len(best))


def timed(runs: dict[str, Any], rounds: int) -> dict[str, list[float]]:
    """Each query's best time of ``rounds`` per side, in milliseconds, the sides run in turn.

    For each query every side runs once per round, the order rotated from round to round, so
    that a side and its floor are timed within milliseconds of each other and their ratio holds
    while the machine's speed drifts.
    """
    found: dict[str, list[float]] = {name: [] for name in runs}
    names = list(runs)
    for query in QUERIES:
        best = dict.fromkeys(names, float("inf"))
        for k in range(rounds):
            for name in names[k % len(names):] + names[:k % len(names)]:
                start = time.perf_counter()
                runs[name](query)
                best[name] = min(best[name], time.perf_counter() - start)
        for name in names:
            found[name].append(best[name] * 1000)
    return found


def summary(latencies: list[float]) -> dict[str, float]:
    """p50, p95 and the slowest query of each shape."""
    shapes: dict[str, float] = {}
    for query, ms in zip(QUERIES, latencies, strict=True):
        kind = shape(query, parse_query(query))
        shapes[kind] = max(shapes.get(kind, 0.0), ms)
    return {"p50_ms": round(statistics.median(latencies), 2), "p95_ms": round(percentile(latencies, 0.95), 2),
            **{f"max_{k}_ms": round(v, 2) for k, v in sorted(shapes.items())}}


def references(engine: Engine) -> dict[str, dict[Name, float]]:
    """The reference scores of every query, items named."""
    found = {}
    with engine.connect() as conn:
        reference = Reference(conn)
        for query in QUERIES:
            scores = reference.ranking(parse_query(query))
            named = names(conn, list(scores))
            found[query] = {named[k]: s for k, s in scores.items()}
    return found


def cached_references(engine: Engine, path: Path | None) -> dict[str, dict[Name, float]]:
    """The reference scores, kept in ``path`` beside the kept database and read back while it is unchanged."""
    with engine.connect() as conn:
        stamp = list(conn.execute(text("SELECT count(*), coalesce(max(id), 0) FROM search_document")).one())
    if path is not None and path.exists():
        kept = json.loads(path.read_text())
        if kept["database"] == stamp and sorted(kept["queries"]) == sorted(QUERIES):
            return {q: {tuple(name): score for name, score in pairs} for q, pairs in kept["queries"].items()}
    refs = references(engine)
    if path is not None:
        path.write_text(json.dumps({"database": stamp, "queries": {q: [[list(n), sc] for n, sc in r.items()]
                                                                   for q, r in refs.items()}}))
    return refs


def measure(engine: Engine, refs: dict[str, dict[Name, float]], rounds: int) -> dict[str, Any]:
    """Overlap and latency on one database."""
    figures: dict[str, Any] = {"backend": engine.dialect.name}
    start = time.perf_counter()
    figures["index_documents"] = rankindex.rebuild(engine)
    figures["index_rebuild_seconds"] = round(time.perf_counter() - start, 1)
    with engine.connect() as conn:
        if engine.dialect.name == "postgresql":
            conn.execute(text("ANALYZE"))
        for sort in ("relevance", "newest"):
            shares = []
            for query in QUERIES:
                hits = search(conn, query, limit=TOP, snippets=False, sort=sort)
                share = overlap([(h.municipality or "", h.body or "", h.date or "",
                                  h.number if h.number is not None else -1) for h in hits], refs[query])
                if share is not None:
                    shares.append(share)
            figures[f"{sort}_overlap_at_10"] = round(statistics.mean(shares), 3)
            figures[f"{sort}_queries_without_overlap"] = sum(1 for s in shares if s == 0)
            figures["queries_with_matches"] = len(shares)
        searcher = rankindex.current(conn).searcher()
        built = {q: ranking.build(searcher, parse_query(q), ranking.IndexFilters()) for q in QUERIES}
        def raw_ranked(query: str) -> object:
            tantivy_query = built[query]
            return tantivy_query is None or searcher.search(tantivy_query, limit=20, count=False).hits

        runs: dict[str, Any] = {
            "relevance": lambda q: search(conn, q, limit=20, sort="relevance"),
            "newest": lambda q: search(conn, q, limit=20, sort="newest"),
            "raw_ranked": raw_ranked,
        }
        if engine.dialect.name == "sqlite":
            expressions = {q: fts5_expressions(conn, parse_query(q))[0] or '"\u2400"' for q in QUERIES}
            bm25 = text("SELECT rowid, snippet(fts_all, -1, '<mark>', '</mark>', '…', 16) FROM fts_all "
                        "WHERE fts_all MATCH :m ORDER BY rank LIMIT 20")
            newest = text("SELECT rowid FROM fts_all WHERE fts_all MATCH :m ORDER BY rowid DESC LIMIT 20")
            runs["raw_newest"] = lambda q: conn.execute(newest, {"m": expressions[q]}).all()
            runs["raw_bm25"] = lambda q: conn.execute(bm25, {"m": expressions[q]}).all()
        # Each order beside its floor, in turn; FTS5's ranked query apart (it reads every match).
        for pair in (("relevance", "raw_ranked"), ("newest", "raw_newest"), ("raw_bm25",)):
            present: dict[str, Any] = {n: runs[n] for n in pair if n in runs}  # PostgreSQL: no FTS5 floors
            for name, latencies in (timed(present, rounds) if present else {}).items():
                figures[name] = summary(latencies)
        figures["relevance_over_raw_ranked_p95"] = round(figures["relevance"]["p95_ms"]
                                                         / figures["raw_ranked"]["p95_ms"], 2)
        if engine.dialect.name == "sqlite":
            for sort in ("relevance", "newest"):
                figures[f"{sort}_over_raw_newest_p95"] = round(figures[sort]["p95_ms"]
                                                               / figures["raw_newest"]["p95_ms"], 2)
    return figures


def main() -> int:
    """Build or reuse the databases, compute the references, measure."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10000,100000", help="agenda items per database, comma-separated")
    parser.add_argument("--postgres", action="store_true", help="also measure on a throwaway PostgreSQL server")
    parser.add_argument("--postgres-url", help="also measure on this PostgreSQL database (one size; built when empty)")
    parser.add_argument("--no-sqlite-measure", action="store_true",
                        help="measure PostgreSQL only (the SQLite database still gives the reference)")
    parser.add_argument("--jobs", type=int, default=None, help="parser processes (default: one per core)")
    parser.add_argument("--rounds", type=int, default=3, help="runs per query; the fastest counts")
    parser.add_argument("--workdir", type=Path, help="keep (and reuse) corpora and databases here")
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
            work.mkdir(parents=True, exist_ok=True)
            for size in (int(s) for s in args.sizes.split(",")):
                files = corpus_files(work, size)
                target = work / f"bench-{size}.sqlite"
                engine = open_engine(str(target))
                with engine.connect() as conn:
                    stored = conn.execute(text("SELECT count(*) FROM search_document")).scalar_one()
                if not stored:
                    ingest(engine, files, jobs=args.jobs)
                refs = cached_references(engine, work / f"reference-{size}.json" if args.workdir else None)
                engines = [] if args.no_sqlite_measure else [engine]
                if server is not None:
                    pg = open_engine(server.create_database(f"relevance_{size}_{os.getpid()}"))
                    ingest(pg, files, jobs=args.jobs)
                    engines.append(pg)
                if args.postgres_url:
                    pg = open_engine(args.postgres_url)
                    with pg.connect() as conn:
                        if not conn.execute(text("SELECT count(*) FROM search_document")).scalar_one():
                            ingest(pg, files, jobs=args.jobs)
                    engines.append(pg)
                for each in engines:
                    results.append({"items": size, "referater": len(files), **measure(each, refs, args.rounds)})
                    print(json.dumps(results[-1]), file=sys.stderr, flush=True)
    finally:
        if server is not None:
            server.stop()
    if args.json:
        print(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
