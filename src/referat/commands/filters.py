"""The search filters as command-line options, shared by the commands that search (``search``, ``compare``)."""

from __future__ import annotations

import argparse

from referat.model import OUTCOMES
from referat.store.compare import valid_date
from referat.store.search import Filters


def _date(value: str) -> str:
    if not valid_date(value):
        raise argparse.ArgumentTypeError(f"not a date: {value!r} (use YYYY-MM-DD, YYYY-MM or YYYY)")
    return value


def add_filter_arguments(parser: argparse.ArgumentParser) -> None:
    """``--db`` and the filters: ``--municipality``, ``--body``, ``--from``, ``--to``, ``--outcome``, ``--case``."""
    parser.add_argument("--db", help="SQLite file or postgresql:// URL")
    parser.add_argument("--municipality")
    parser.add_argument("--body")
    parser.add_argument("--from", dest="date_from", metavar="DATE", type=_date, help="YYYY-MM-DD, YYYY-MM or YYYY")
    parser.add_argument("--to", dest="date_to", metavar="DATE", type=_date, help="YYYY-MM-DD, YYYY-MM or YYYY")
    parser.add_argument("--outcome", choices=OUTCOMES)
    parser.add_argument("--case", dest="case_number", metavar="NUMBER")


def filters_of(args: argparse.Namespace) -> Filters:
    """The filters the options asked for."""
    return Filters(municipality=args.municipality, body=args.body, date_from=args.date_from, date_to=args.date_to,
                   outcome=args.outcome, case_number=args.case_number)
