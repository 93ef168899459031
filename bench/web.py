"""Web throughput and latency: Referat's pages beside Datasette's, on equal terms, pair by pair.

    .venv/bin/python bench/web.py [--items 100000] [--rounds 5] [--window 2] [--threads 4] [--json]

Builds (once, cached under bench/out/) a SQLite database of synthetic minutes and serves the same
file with three servers at once, one process each: ``referat serve``; the same Referat app with the
facet counts switched off (``--serve-without-facets``, this script patching
``referat.web.queries.search_with_facets`` to skip its count of the first 500 hits); and Datasette
(``pip install -e '.[bench]'``). The pairs compared:

- the search page ``/soeg?q=WORD`` (with facets, and without) against Datasette's table page with
  ``_search`` over the FTS5 index Referat searches (``search_text`` / ``fts_all``), given the match
  expression Referat's search builds for the same words (stemmed, ``fts5_expressions``) with
  ``_searchmode=raw``, 20 rows (``_size=20``), no count (``_nocount=1``) and no facet suggestions
  (``--setting suggest_facets off``);
- the search API ``/api/v1/search?q=WORD`` against the same Datasette search as JSON (``.json``);
- the meeting page ``/moede/{id}`` against Datasette's row page of an agenda item.

A threaded HTTP/1.1 keep-alive load generator on loopback runs ``--window`` seconds on one side,
then on the other (which side goes first alternates by round), ``--rounds`` times per pair: each
round gives a ratio of requests per second measured seconds apart, so a ratio holds while the
machine's load drifts. Reported per pair: each side's median requests/s, p50 and p95 over the
rounds, the median ratio and its range. Then, in this process, what the facets cost: the search
page's queries with and without the facet count, each query's best of 3.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path
from urllib.parse import quote

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from sqlalchemy import Connection  # noqa: E402

from referat.store.db import open_engine  # noqa: E402
from referat.store.ingest import ingest  # noqa: E402
from referat.synth import generate_corpus  # noqa: E402

WORDS = ["flygtninge", "skærpet tilsyn", "voksenlærlinge", "sygedagpenge", "løntilskud", "fleksjob", "budget",
         "ledighed", "virksomhedspraktik", "mentorstøtte"]
Figures = dict[str, float]


def build(items: int) -> Path:
    """The benchmark database, built once per size."""
    db = REPO / "bench" / "out" / f"web-{items}.sqlite"
    if db.exists():
        return db
    db.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        ingest(open_engine(str(db)), generate_corpus(Path(folder), items, seed=items))
    return db


def free_port() -> int:
    """A free loopback port."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_for(port: int, path: str, seconds: float = 120) -> None:
    """Until the server answers ``path`` with 200."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            conn.request("GET", path)
            if conn.getresponse().status == 200:
                return
        except OSError:
            pass
        time.sleep(0.3)
    raise RuntimeError(f"server on {port} did not answer {path}")


def load(port: int, paths: list[str], seconds: float, threads: int) -> Figures:
    """Requests per second and latency percentiles over ``seconds`` with ``threads`` keep-alive clients."""
    latencies: list[float] = []
    errors = 0
    lock = threading.Lock()
    stop = time.monotonic() + seconds

    def client(offset: int) -> None:
        nonlocal errors
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        n = offset
        mine: list[float] = []
        while time.monotonic() < stop:
            path = paths[n % len(paths)]
            n += 1
            start = time.perf_counter()
            conn.request("GET", path)
            response = conn.getresponse()
            response.read()
            mine.append(time.perf_counter() - start)
            if response.status != 200:
                with lock:
                    errors += 1
        with lock:
            latencies.extend(mine)

    workers = [threading.Thread(target=client, args=(k,)) for k in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    ordered = sorted(latencies)
    return {"rps": len(ordered) / seconds, "p50_ms": statistics.median(ordered) * 1000,
            "p95_ms": ordered[int(0.95 * (len(ordered) - 1))] * 1000, "errors": errors}


def serve_without_facets(db: str, port: int) -> None:
    """Referat's app with the search page's facet count switched off (the page shows no facets)."""
    import uvicorn

    from referat.store.search import Filters, Hit, search
    from referat.web import queries

    def page_only(conn: Connection, query: str, filters: Filters, page: int, per_page: int = 20,
                  sort: str = "relevance") -> tuple[list[Hit], dict[str, Counter[str]]]:
        hits = search(conn, query, filters, limit=per_page, offset=(page - 1) * per_page, sort=sort)
        return hits, {name: Counter() for name in ("municipality", "body", "year", "outcome")}

    queries.search_with_facets = page_only
    os.environ["REFERAT_DB"] = f"sqlite:///{db}"
    from referat.web.app import create_app

    uvicorn.run(create_app(), host="127.0.0.1", port=port, log_level="warning")


def start_servers(db: Path) -> tuple[dict[str, int], list[subprocess.Popen[bytes]]]:
    """Referat, Referat without facets and Datasette over ``db``; their ports and processes."""
    metadata = REPO / "bench" / "out" / "datasette-metadata.json"
    # Datasette searches the same FTS5 index Referat's newest-first order walks: all the text, stemmed.
    metadata.write_text(json.dumps({"databases": {db.stem: {"tables": {"search_text": {
        "fts_table": "fts_all", "fts_pk": "id"}}}}}), encoding="utf-8")
    ports = {name: free_port() for name in ("referat", "nofacets", "datasette")}
    commands = {
        "referat": [sys.executable, "-m", "referat", "serve", "--db", str(db), "--port", str(ports["referat"])],
        "nofacets": [sys.executable, __file__, "--serve-without-facets", str(db), "--port", str(ports["nofacets"])],
        "datasette": [str(Path(sys.executable).parent / "datasette"), "serve", str(db), "--port",
                      str(ports["datasette"]), "--metadata", str(metadata), "--setting", "sql_time_limit_ms", "5000",
                      "--setting", "suggest_facets", "off"],
    }
    processes = [subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                 for command in commands.values()]
    wait_for(ports["referat"], "/")
    wait_for(ports["nofacets"], "/")
    wait_for(ports["datasette"], f"/{db.stem}.json")
    return ports, processes


def pairs(db: Path, ports: dict[str, int]) -> list[tuple[str, tuple[int, list[str]], tuple[int, list[str]]]]:
    """(name, (Referat port, paths), (Datasette port, paths)) for each comparison."""
    import sqlite3

    from referat.store.query import parse_query
    from referat.store.search import fts5_expressions

    with sqlite3.connect(db) as conn:
        meeting_ids = [r[0] for r in conn.execute("SELECT id FROM meeting ORDER BY id LIMIT 50")]
        item_ids = [r[0] for r in conn.execute("SELECT id FROM agenda_item ORDER BY id LIMIT 50")]
    with open_engine(str(db)).connect() as conn:
        expressions = []
        for word in WORDS:
            positive, excluded = fts5_expressions(conn, parse_query(word))
            assert positive is not None, word
            expressions.append(f"({positive}) NOT ({excluded})" if excluded else positive)
    table = f"/{db.stem}/search_text"
    terms = "&_searchmode=raw&_size=20&_nocount=1"
    d_page = [f"{table}?_search={quote(e)}{terms}" for e in expressions]
    d_json = [f"{table}.json?_search={quote(e)}{terms}" for e in expressions]
    page = [f"/soeg?q={quote(w)}" for w in WORDS]
    d = ports["datasette"]
    return [
        ("search page without facets vs Datasette _search page", (ports["nofacets"], page), (d, d_page)),
        ("search page with facets vs Datasette _search page", (ports["referat"], page), (d, d_page)),
        ("search API vs Datasette _search JSON", (ports["referat"], [f"/api/v1/search?q={quote(w)}" for w in WORDS]),
         (d, d_json)),
        ("meeting page vs Datasette row page", (ports["referat"], [f"/moede/{i}" for i in meeting_ids]),
         (d, [f"/{db.stem}/agenda_item/{i}" for i in item_ids])),
    ]


def _side(runs: list[Figures]) -> Figures:
    return {key: round(statistics.median(r[key] for r in runs), 1) for key in ("rps", "p50_ms", "p95_ms")} | {
        "errors": sum(r["errors"] for r in runs)}


def interleaved(db: Path, rounds: int, window: float, threads: int) -> dict[str, dict[str, object]]:
    """Every pair measured ``rounds`` times, the two sides in alternating order; figures and ratios."""
    ports, processes = start_servers(db)
    results: dict[str, dict[str, object]] = {}
    try:
        comparisons = pairs(db, ports)
        for _name, (rport, rpaths), (dport, dpaths) in comparisons:  # warm caches and the relevance index
            load(rport, rpaths, 1.0, threads)
            load(dport, dpaths, 1.0, threads)
        for name, (rport, rpaths), (dport, dpaths) in comparisons:
            referat: list[Figures] = []
            datasette: list[Figures] = []
            for k in range(rounds):
                sides = [(referat, rport, rpaths), (datasette, dport, dpaths)]
                for runs, port, paths in sides if k % 2 == 0 else reversed(sides):
                    runs.append(load(port, paths, window, threads))
            ratios = sorted(r["rps"] / d["rps"] for r, d in zip(referat, datasette, strict=True))
            results[name] = {"referat": _side(referat), "datasette": _side(datasette),
                             "ratio_median": round(statistics.median(ratios), 2),
                             "ratio_range": [round(ratios[0], 2), round(ratios[-1], 2)]}
            print(json.dumps({name: results[name]}), file=sys.stderr, flush=True)
    finally:
        for process in processes:
            process.terminate()
            process.wait()
    return results


def facet_cost(db: Path) -> dict[str, float]:
    """The search page's queries in this process, with and without the facet count: p50 and p95 in ms."""
    from referat.store.search import Filters, search
    from referat.web.queries import search_with_facets

    def timed(run: object) -> list[float]:
        found = []
        for word in WORDS:
            best = float("inf")
            for _ in range(3):
                start = time.perf_counter()
                run(word)  # type: ignore[operator]
                best = min(best, time.perf_counter() - start)
            found.append(best * 1000)
        return sorted(found)

    with open_engine(str(db)).connect() as conn:
        page = timed(lambda w: search(conn, w, Filters(), limit=20))
        both = timed(lambda w: search_with_facets(conn, w, Filters(), 1, 20))
    return {"page_p50_ms": round(statistics.median(page), 2), "page_max_ms": round(page[-1], 2),
            "with_facets_p50_ms": round(statistics.median(both), 2), "with_facets_max_ms": round(both[-1], 2)}


def main() -> int:
    """Measure every pair and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=5, help="windows per side and pair")
    parser.add_argument("--window", type=float, default=2.0, help="seconds of load per window")
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--serve-without-facets", metavar="DB", help=argparse.SUPPRESS)
    parser.add_argument("--port", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve_without_facets:
        serve_without_facets(args.serve_without_facets, args.port)
        return 0
    db = build(args.items)
    results: dict[str, object] = {"items": args.items, "load_average": list(os.getloadavg()),
                                  "pairs": interleaved(db, args.rounds, args.window, args.threads),
                                  "facet_cost": facet_cost(db)}
    results["load_average_after"] = list(os.getloadavg())
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    for name, figures in results["pairs"].items():  # type: ignore[attr-defined]
        print(name)
        for side in ("referat", "datasette"):
            f = figures[side]
            print(f"  {side:10} {f['rps']:8.1f} req/s  p50 {f['p50_ms']:7.1f} ms  p95 {f['p95_ms']:7.1f} ms  "
                  f"errors {f['errors']}")
        print(f"  ratio {figures['ratio_median']} (range {figures['ratio_range'][0]}–{figures['ratio_range'][1]})")
    print("facet cost in process:", results["facet_cost"])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
