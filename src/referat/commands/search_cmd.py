"""``referat search QUERY [filters] [--json] [--limit N]``."""

from __future__ import annotations

import argparse
import html
import re
import sys

from rich.console import Console

from referat.errors import ReferatError
from referat.model import OUTCOMES
from referat.store.db import open_engine, store_errors
from referat.store.search import SORTS, Filters, hits_json, search


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``search`` command."""
    p = sub.add_parser("search", help="Danish full-text search over agenda items")
    p.add_argument("query", help='words, "phrases", prefix*, OR, -exclusion')
    p.add_argument("--db", help="SQLite file or postgresql:// URL")
    p.add_argument("--json", action="store_true", help="print the hits as JSON")
    p.add_argument("--municipality")
    p.add_argument("--body")
    p.add_argument("--from", dest="date_from", metavar="DATE", type=_date, help="YYYY-MM-DD, YYYY-MM or YYYY")
    p.add_argument("--to", dest="date_to", metavar="DATE", type=_date, help="YYYY-MM-DD, YYYY-MM or YYYY")
    p.add_argument("--outcome", choices=OUTCOMES)
    p.add_argument("--case", dest="case_number", metavar="NUMBER")
    p.add_argument("--limit", type=int, default=20, help="hits to show (at most 500)")
    p.add_argument("--sort", choices=SORTS, default="relevance", help="best first (default) or newest meeting first")
    p.set_defaults(func=run)


def _date(value: str) -> str:
    if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
        raise argparse.ArgumentTypeError(f"not a date: {value!r} (use YYYY-MM-DD, YYYY-MM or YYYY)")
    return value


def run(args: argparse.Namespace) -> int:
    """Print the hits, best first."""
    filters = Filters(municipality=args.municipality, body=args.body, date_from=args.date_from,
                      date_to=args.date_to, outcome=args.outcome, case_number=args.case_number)
    with store_errors(), open_engine(args.db).connect() as conn:
        try:
            hits = search(conn, args.query, filters, limit=args.limit, sort=args.sort)
        except OSError as error:
            raise ReferatError(f"cannot open the relevance index: {error}") from error
    if args.json:
        print(hits_json(hits))
        return 0
    console = Console(highlight=False, soft_wrap=True)
    if not hits:
        print("no hits", file=sys.stderr)
    for hit in hits:
        outcomes = ", ".join(hit.outcomes) or "-"
        console.print(f"[bold]{hit.date or '-'}[/bold]  {hit.municipality or '-'} · {hit.body or '-'} · "
                      f"punkt {hit.number if hit.number is not None else '-'}  [dim]{outcomes}[/dim]",
                      markup=True)
        console.print(f"  {hit.title or ''}", markup=False)
        plain = html.unescape(re.sub(r"</?mark>", "", hit.snippet))
        if plain:
            console.print(f"  {plain}", markup=False, style="dim")
    return 0
