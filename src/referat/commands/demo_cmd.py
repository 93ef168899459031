"""``referat demo [--db PATH] [--items N] [--host] [--port]``: synthetic minutes in a database, served."""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from referat.commands.serve_cmd import add_server_arguments, serve
from referat.store.db import default_sqlite_path, open_engine
from referat.store.ingest import ingest
from referat.store.repository import counts
from referat.synth import generate_corpus


def register(p: argparse.ArgumentParser) -> None:
    """The ``demo`` command's arguments."""
    add_server_arguments(p)
    p.add_argument("--items", type=int, default=3000, help="agenda items to generate (default 3000)")
    p.add_argument("--no-serve", action="store_true", help="build the database only")
    p.set_defaults(func=run)


def build_demo(db: str, items: int) -> dict[str, int]:
    """Fill ``db`` with synthetic minutes once; a second call finds them there and adds nothing."""
    engine = open_engine(db)
    with tempfile.TemporaryDirectory() as folder:
        files = generate_corpus(Path(folder), items, seed=2025)
        ingest(engine, files)
    with engine.connect() as conn:
        return counts(conn)


def run(args: argparse.Namespace) -> int:
    """Build, then serve."""
    db = args.db or str(default_sqlite_path().with_name("demo.sqlite"))
    figures = build_demo(db, args.items)
    print(f"Demo-database {db}: {figures['meetings']} møder, {figures['items']} punkter, {figures['cases']} sager",
          flush=True)
    if args.no_serve:
        return 0
    return serve(db, args.host, args.port, args.workers)
