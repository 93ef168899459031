"""``referat search QUERY [filters] [--json] [--limit N]``."""

from __future__ import annotations

import argparse
import html
import re
import sys

from rich.console import Console

from referat.commands.filters import add_filter_arguments, filters_of
from referat.errors import ReferatError
from referat.store.db import open_existing, store_errors
from referat.store.search import SORTS, hits_json, search


def register(p: argparse.ArgumentParser) -> None:
    """The ``search`` command's arguments."""
    p.add_argument("query", help='words, "phrases", prefix*, OR, -exclusion')
    add_filter_arguments(p)
    p.add_argument("--json", action="store_true", help="print the hits as JSON")
    p.add_argument("--limit", type=int, default=20, help="hits to show (at most 500)")
    p.add_argument("--sort", choices=SORTS, default="relevance", help="best first (default) or newest meeting first")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Print the hits, best first."""
    filters = filters_of(args)
    with store_errors(), open_existing(args.db).connect() as conn:
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
