"""``referat compare QUERY [filters] [--per-municipality N] [--json|--csv]``: the municipalities side by side."""

from __future__ import annotations

import argparse
import json
import sys

from referat.commands.filters import add_filter_arguments, filters_of
from referat.errors import ReferatError
from referat.store.compare import (
    DEFAULT_PER_MUNICIPALITY,
    MAX_PER_MUNICIPALITY,
    Comparison,
    compare,
    comparison_csv,
    plain_snippet,
)
from referat.store.db import open_existing, store_errors


def register(p: argparse.ArgumentParser) -> None:
    """The ``compare`` command's arguments."""
    p.add_argument("query", help='words, "phrases", prefix*, OR, -exclusion (as for search)')
    add_filter_arguments(p)
    p.add_argument("--per-municipality", type=int, default=DEFAULT_PER_MUNICIPALITY, metavar="N",
                   help=f"items per municipality (1-{MAX_PER_MUNICIPALITY}, default {DEFAULT_PER_MUNICIPALITY})")
    output = p.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="print the comparison as JSON")
    output.add_argument("--csv", action="store_true", help="print the comparison as CSV, one line per item")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Print the comparison: as text, JSON or CSV."""
    if not 1 <= args.per_municipality <= MAX_PER_MUNICIPALITY:
        raise ReferatError(f"--per-municipality must be between 1 and {MAX_PER_MUNICIPALITY}")
    filters = filters_of(args)
    with store_errors(), open_existing(args.db).connect() as conn:
        result = compare(conn, args.query, filters, args.per_municipality)
    if args.json:
        print(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
    elif args.csv:
        sys.stdout.write(comparison_csv(result))
    else:
        _print(result)
    return 0


def _count(value: int, capped: bool) -> str:
    return f"{value}{'+' if capped else ''} item{'' if value == 1 and not capped else 's'}"


def _print(result: Comparison) -> None:
    if not result.rows:
        print("no municipality has matching items", file=sys.stderr)
    for row in result.rows:
        print(f"{row.municipality or '(no municipality)'}: {_count(row.count, row.count_capped)}")
        for item in row.items:
            outcomes = ", ".join(item.outcomes) or "-"
            closed = "  closed" if item.closed else ""
            number = item.number if item.number is not None else "-"
            print(f"  {item.date or '-'}  {item.body or '-'} · punkt {number}  [{outcomes}]{closed}  "
                  f"(item {item.item_id}, meeting {item.meeting_id})")
            print(f"    {item.title or ''}")
            if item.snippet:
                print(f"    {plain_snippet(item.snippet)}")
    if result.rows and result.without_hits:
        print(f"no matching items: {', '.join(result.without_hits)}")
