"""``referat ingest PATH... [--db URL] [--municipality NAME] [--jobs N] [--timeout SECONDS]``."""

from __future__ import annotations

import argparse
import sys

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from referat.cleantext import clean_text, one_line
from referat.errors import InputError
from referat.store.db import open_engine, store_errors
from referat.store.ingest import expand_paths, ingest
from referat.store.workers import DEFAULT_TIMEOUT


def _seconds(value: str) -> float:
    """A positive number of seconds (argparse type)."""
    try:
        seconds = float(value)
    except ValueError:
        seconds = 0.0
    if not 0 < seconds < float("inf"):
        raise argparse.ArgumentTypeError(f"not a positive number of seconds: {value!r}")
    return seconds


def register(p: argparse.ArgumentParser) -> None:
    """The ``ingest`` command's arguments."""
    p.add_argument("paths", nargs="+", metavar="PATH", help="files, folders (searched recursively) or globs")
    p.add_argument("--db", help="SQLite file or postgresql:// URL (default: $REFERAT_DB or the user data dir)")
    p.add_argument("--municipality", help="the municipality of every document, overriding the text")
    p.add_argument("--jobs", type=int, default=None, help="parser processes (default: one per core)")
    p.add_argument("--timeout", type=_seconds, default=DEFAULT_TIMEOUT, metavar="SECONDS",
                   help=f"time budget to parse one document; a document over it is reported and skipped "
                        f"(default: {DEFAULT_TIMEOUT:g})")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Ingest with a progress bar on stderr, then a summary; non-zero exit when a file failed."""
    paths = expand_paths(args.paths)
    if not paths:
        raise InputError(f"no files to read in {', '.join(args.paths)}")
    engine = open_engine(args.db)
    console = Console(stderr=True)
    columns = (TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
               TextColumn("{task.fields[current]}"))
    with Progress(*columns, console=console, transient=True, disable=not console.is_terminal) as progress:
        task = progress.add_task("ingest", total=len(paths), current="")

        def step(path: str, status: str) -> None:
            progress.update(task, advance=1, current=f"{status}: {clean_text(path)[-60:]}")

        with store_errors():
            report = ingest(engine, paths, municipality=args.municipality, jobs=args.jobs, progress=step,
                            timeout=args.timeout)
    for path, reason in report.failed:
        print(one_line(f"referat: {path}: {reason}", limit=1000), file=sys.stderr)
    print(f"{report.total} files: {report.added} added, {report.replaced} replaced, "
          f"{report.unchanged} unchanged, {len(report.failed)} failed")
    return 1 if report.failed else 0
