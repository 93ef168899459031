"""The ``referat`` command line: a thin dispatcher over ``referat.commands``.

Each command lives in its own module under :mod:`referat.commands` with a
``register(parser)`` function that adds the command's arguments to its parser and sets ``func``;
the list of commands and their one-line help is :data:`COMMANDS`.
Errors Referat raises on purpose print one line on stderr and exit non-zero.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from referat.cleantext import one_line
from referat.errors import ReferatError

#: Each command: the module that adds its arguments and runs it, and the line ``referat --help`` shows for it. A run
#: imports only its command's module, and ``referat --help`` none, so a command starts without loading what the
#: others need (the database layer, the web server).
COMMANDS: dict[str, tuple[str, str]] = {
    "parse": ("referat.commands.parse_cmd", "parse one document and print its structure"),
    "ingest": ("referat.commands.ingest_cmd", "parse files, folders and globs into the database"),
    "collect": ("referat.commands.collect_cmd", "fetch minutes from where the municipalities publish them"),
    "search": ("referat.commands.search_cmd", "Danish full-text search over agenda items"),
    "case": ("referat.commands.case_cmd", "a case's timeline across meetings and bodies"),
    "similar": ("referat.commands.similar_cmd", "the most similar items of other municipalities"),
    "compare": ("referat.commands.compare_cmd", "one row per municipality with its most relevant items on a question"),
    "reindex": ("referat.commands.reindex_cmd", "build the relevance index of the search again"),
    "export": ("referat.commands.export_cmd", "bulk export as JSON or one CSV file per entity"),
    "serve": ("referat.commands.serve_cmd", "serve the web site and the JSON API"),
    "demo": ("referat.commands.demo_cmd", "build a demo database from synthetic minutes and serve it"),
}


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The argument parser: every command listed, with the arguments of the command ``argv`` names, if any."""
    parser = argparse.ArgumentParser(
        prog="referat",
        description="Danish municipal minutes as structured, searchable data.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    first = next((arg for arg in argv or () if not arg.startswith("-")), None)
    for name, (module, summary) in COMMANDS.items():
        command = sub.add_parser(name, help=summary)
        if name == first:
            importlib.import_module(module).register(command)
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
