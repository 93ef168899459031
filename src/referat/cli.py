"""The ``referat`` command line: a thin dispatcher over ``referat.commands``.

Each command lives in its own module under :mod:`referat.commands` with a
``register(subparsers)`` function that adds its parser and sets ``func``.
Errors Referat raises on purpose print one line on stderr and exit non-zero.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from referat.cleantext import one_line
from referat.errors import ReferatError

COMMAND_MODULES = (
    "referat.commands.parse_cmd",
    "referat.commands.ingest_cmd",
    "referat.commands.collect_cmd",
    "referat.commands.search_cmd",
    "referat.commands.case_cmd",
    "referat.commands.similar_cmd",
    "referat.commands.export_cmd",
    "referat.commands.serve_cmd",
    "referat.commands.demo_cmd",
)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every command registered."""
    parser = argparse.ArgumentParser(
        prog="referat",
        description="Danish municipal minutes as structured, searchable data.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; return the process exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        code = args.func(args)
    except ReferatError as exc:
        print(f"referat: {one_line(str(exc), limit=1000)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("referat: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    return int(code or 0)
