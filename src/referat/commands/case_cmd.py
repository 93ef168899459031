"""``referat case NUMBER [--municipality M] [--json]``."""

from __future__ import annotations

import argparse
import json

from referat.errors import ReferatError
from referat.store.db import open_existing, store_errors
from referat.store.timeline import case_timeline


def register(p: argparse.ArgumentParser) -> None:
    """The ``case`` command's arguments."""
    p.add_argument("number", help="the case number as printed, e.g. 22-001317")
    p.add_argument("--municipality")
    p.add_argument("--db", help="SQLite file or postgresql:// URL")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Print the timeline, oldest first."""
    with store_errors(), open_existing(args.db).connect() as conn:
        timeline = case_timeline(conn, args.number, args.municipality)
    if not timeline:
        raise ReferatError(f"no case {args.number}" + (f" in {args.municipality}" if args.municipality else ""))
    if args.json:
        print(json.dumps([a.to_dict() for a in timeline], ensure_ascii=False, indent=2))
        return 0
    for a in timeline:
        print(f"{a.date or '-'}  {a.municipality or '-'} · {a.body or '-'} · punkt {a.number}: {a.title or ''}")
        for d in a.decisions:
            who = f"{d['body']} {d['date'] or ''}: " if d["body"] else ""
            print(f"    beslutning {who}{' '.join(d['text'].split())[:160]}  [{', '.join(d['outcomes']) or '-'}]")
        for h in a.history:
            print(f"    sagens forløb {h['date'] or '-'} {h['body'] or ''}: {h['text']}")
    return 0
