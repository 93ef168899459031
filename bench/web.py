"""Web throughput and latency: Referat's meeting page, search page and search API, Datasette beside them.

    .venv/bin/python bench/web.py [--items 100000] [--seconds 5] [--threads 4] [--json]

Builds (once, cached under bench/out/) a SQLite database of synthetic minutes, serves it with
``referat serve`` and, on the same file and machine, with Datasette (``pip install -e '.[bench]'``)
showing its row page for an agenda item and its ``_search`` table page over the same FTS5 index. A threaded
HTTP/1.1 keep-alive load generator on loopback measures requests per second and latency.
"""

from __future__ import annotations

import argparse
import http.client
import json
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import quote

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from referat.store.db import open_engine  # noqa: E402
from referat.store.ingest import ingest  # noqa: E402
from referat.synth import generate_corpus  # noqa: E402

WORDS = ["flygtninge", "skærpet tilsyn", "voksenlærlinge", "sygedagpenge", "løntilskud", "fleksjob", "budget",
         "ledighed", "virksomhedspraktik", "mentorstøtte"]


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


def wait_for(port: int, path: str, seconds: float = 60) -> None:
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


def load(port: int, paths: list[str], seconds: float, threads: int) -> dict[str, float]:
    """Requests per second and latency percentiles over ``seconds`` with ``threads`` keep-alive clients."""
    latencies: list[float] = []
    errors = 0
    lock = threading.Lock()
    stop = time.monotonic() + seconds

    def client(offset: int) -> None:
        nonlocal errors
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
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
    return {"rps": round(len(ordered) / seconds, 1), "p50_ms": round(statistics.median(ordered) * 1000, 1),
            "p95_ms": round(ordered[int(0.95 * (len(ordered) - 1))] * 1000, 1), "errors": errors}


def main() -> int:
    """Run both servers in turn and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    db = build(args.items)
    import sqlite3

    with sqlite3.connect(db) as conn:
        meeting_ids = [r[0] for r in conn.execute("SELECT id FROM meeting ORDER BY id LIMIT 50")]
        item_ids = [r[0] for r in conn.execute("SELECT id FROM agenda_item ORDER BY id LIMIT 50")]
    results: dict[str, dict[str, float]] = {}

    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "referat", "serve", "--db", str(db), "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for(port, "/")
        results["referat meeting page"] = load(port, [f"/moede/{i}" for i in meeting_ids], args.seconds, args.threads)
        results["referat search page"] = load(port, [f"/soeg?q={quote(w)}" for w in WORDS], args.seconds, args.threads)
        results["referat search API"] = load(port, [f"/api/v1/search?q={quote(w)}" for w in WORDS], args.seconds,
                                             args.threads)
    finally:
        server.terminate()
        server.wait()

    metadata = REPO / "bench" / "out" / "datasette-metadata.json"
    # Datasette searches the same FTS5 index (the all-text tier over ``search_text``), words as typed.
    metadata.write_text(json.dumps({"databases": {db.stem: {"tables": {"search_text": {
        "fts_table": "fts_all", "fts_pk": "id"}}}}}), encoding="utf-8")
    port = free_port()
    datasette = subprocess.Popen([str(Path(sys.executable).parent / "datasette"), "serve", str(db), "--port", str(port),
                                  "--metadata", str(metadata), "--setting", "sql_time_limit_ms", "5000"],
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for(port, f"/{db.stem}.json")
        results["datasette row page"] = load(port, [f"/{db.stem}/agenda_item/{i}" for i in item_ids], args.seconds,
                                             args.threads)
        results["datasette _search table page"] = load(
            port, [f"/{db.stem}/search_text?_search={quote(w)}" for w in WORDS], args.seconds, args.threads)
    finally:
        datasette.terminate()
        datasette.wait()

    if args.json:
        print(json.dumps(results, indent=2))
    else:
        for name, figures in results.items():
            print(f"{name:32} {figures['rps']:8.1f} req/s  p50 {figures['p50_ms']:7.1f} ms  "
                  f"p95 {figures['p95_ms']:7.1f} ms  errors {figures['errors']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
