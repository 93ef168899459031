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

#: Each command and the module that registers it; a run imports only its command's module, so a command
#: starts without loading what the others need (the database layer, the web server).
COMMAND_MODULES = {
    "parse": "referat.commands.parse_cmd",
    "ingest": "referat.commands.ingest_cmd",
    "collect": "referat.commands.collect_cmd",
    "search": "referat.commands.search_cmd",
    "case": "referat.commands.case_cmd",
    "similar": "referat.commands.similar_cmd",
    "compare": "referat.commands.compare_cmd",
    "reindex": "referat.commands.reindex_cmd",
    "export": "referat.commands.export_cmd",
    "serve": "referat.commands.serve_cmd",
    "demo": "referat.commands.demo_cmd",
}


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The argument parser: with only the command ``argv`` names when it names one, else with every command."""
    parser = argparse.ArgumentParser(
        prog="referat",
        description="Danish municipal minutes as structured, searchable data.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    first = next((arg for arg in argv or () if not arg.startswith("-")), None)
    names = [first] if first in COMMAND_MODULES else list(COMMAND_MODULES)
    for name in names:
        importlib.import_module(COMMAND_MODULES[name]).register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; return the process exit code."""
    argv = sys.argv[1:] if argv is None else list(argv)
    parser = build_parser(argv)
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
