"""``referat similar ITEM [--limit N] [--json]``: items of other municipalities like this one."""

from __future__ import annotations

import argparse
import json
import sys

from referat.errors import ReferatError
from referat.store.db import open_existing, store_errors
from referat.store.similar import MAX_LIMIT, similar


def register(p: argparse.ArgumentParser) -> None:
    """The ``similar`` command's arguments."""
    p.add_argument("item", type=_item_id, help="an agenda item's id (as on /punkt/ID and in the API)")
    p.add_argument("--db", help="SQLite file or postgresql:// URL")
    p.add_argument("--limit", type=int, default=5, help=f"items to show (at most {MAX_LIMIT})")
    p.add_argument("--json", action="store_true", help="print the items as JSON")
    p.set_defaults(func=run)


def _item_id(value: str) -> int:
    if not value.isdigit():
        raise argparse.ArgumentTypeError(f"not an item id: {value!r} (a whole number)")
    return int(value)


def run(args: argparse.Namespace) -> int:
    """Print the similar items, most similar first."""
    if not 1 <= args.limit <= MAX_LIMIT:
        raise ReferatError(f"--limit must be between 1 and {MAX_LIMIT}")
    with store_errors(), open_existing(args.db).connect() as conn:
        found = similar(conn, args.item, args.limit)
    if args.json:
        print(json.dumps([s.to_dict() for s in found], ensure_ascii=False, indent=2))
        return 0
    if not found:
        print("no similar items in other municipalities", file=sys.stderr)
    for s in found:
        outcomes = ", ".join(s.outcomes) or "-"
        print(f"{s.date or '-'}  {s.municipality or '-'} · {s.body or '-'} · "
              f"punkt {s.number if s.number is not None else '-'}  [{outcomes}]  (item {s.item_id})")
        print(f"  {s.title or ''}")
    return 0
