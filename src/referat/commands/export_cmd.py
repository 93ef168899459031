"""``referat export [--db URL] --format json|csv [--out DIR]``."""

from __future__ import annotations

import argparse
from pathlib import Path

from referat.store.db import open_existing, store_errors
from referat.store.export import export_csv, export_json


def register(p: argparse.ArgumentParser) -> None:
    """The ``export`` command's arguments."""
    p.add_argument("--db", help="SQLite file or postgresql:// URL")
    p.add_argument("--format", choices=("json", "csv"), default="json")
    p.add_argument("--out", default="referat-export", help="folder to write into (default: referat-export)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Write the export and name the files."""
    out = Path(args.out)
    with store_errors(), open_existing(args.db).connect() as conn:
        files = [export_json(conn, out)] if args.format == "json" else export_csv(conn, out)
    for path in files:
        print(path)
    return 0
