"""``referat collect [MUNICIPALITY...] [--all] [--since DATE] [--db URL] [--pdf] [--jobs N] [--base-url URL]``
and ``referat collect --urls FILE``."""

from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import date
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn, TimeElapsedColumn
from rich.table import Table

from referat.collect.http import Politeness
from referat.collect.runner import CollectOptions, Events, SiteReport, collect
from referat.collect.systems import Site, find_site, supported_sites
from referat.errors import ReferatError
from referat.store.db import open_engine, store_errors

CONTACT_VARIABLE = "REFERAT_CONTACT"


def register(p: argparse.ArgumentParser) -> None:
    """The ``collect`` command's arguments."""
    p.add_argument("municipalities", nargs="*", metavar="MUNICIPALITY", help="municipalities by name (e.g. Hvidovre)")
    p.add_argument("--all", action="store_true", help="every municipality a collector exists for")
    p.add_argument("--urls", metavar="FILE", help="a file of minutes addresses (HTML pages or PDFs), one a line")
    p.add_argument("--since", type=_iso_date, metavar="DATE", help="only meetings on or after this date (YYYY-MM-DD)")
    p.add_argument("--db", help="SQLite file or postgresql:// URL (default: $REFERAT_DB or the user data dir)")
    p.add_argument("--pdf", action="store_true", help="also save each meeting's PDFs (document and attachments)")
    p.add_argument("--pdf-dir", metavar="DIR", help="where --pdf saves (default: the user data dir's pdf folder)")
    p.add_argument("--jobs", type=_positive, default=4, metavar="N", help="hosts collected at once (default: 4)")
    p.add_argument("--base-url", metavar="URL", help="send one municipality's requests here in place of its host")
    p.add_argument("--rate", type=float, default=2.0, metavar="R",
                   help="requests per second per host (default: 2; 0 for no limit, only for your own servers)")
    p.add_argument("--timeout", type=float, default=30.0, metavar="S", help="seconds per request (default: 30)")
    p.add_argument("--retries", type=int, default=4, metavar="N", help="retries of a failing request (default: 4)")
    p.add_argument("--backoff", type=float, default=1.0, metavar="S", help="first retry's wait, doubled each time")
    p.add_argument("--contact", metavar="ADDRESS",
                   help=f"a contact address for the User-Agent (default: ${CONTACT_VARIABLE})")
    p.add_argument("--processes", type=int, default=0, metavar="N",
                   help="processes that map answers to the model (default: 0, in the collecting process)")
    p.add_argument("--json", action="store_true", help="print the summary as JSON")
    p.set_defaults(func=run)


def _iso_date(text: str) -> str:
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text}") from exc


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"not a positive whole number: {text}")
    return int(text)


def _sites(args: argparse.Namespace) -> list[Site]:
    if args.all and args.municipalities:
        raise ReferatError("name municipalities or give --all, not both")
    if args.all:
        return supported_sites()
    if not args.municipalities:
        raise ReferatError("name at least one municipality, or give --all or --urls FILE")
    chosen = list({site.municipality: site for site in map(find_site, args.municipalities)}.values())
    if args.base_url and len(chosen) != 1:
        raise ReferatError("--base-url stands in for one municipality's host: name exactly one")
    return chosen


def _pdf_dir(args: argparse.Namespace) -> Path | None:
    if not args.pdf:
        return None
    if args.pdf_dir:
        return Path(args.pdf_dir).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("referat")) / "pdf"


class _Bars(Events):
    """Three bars on stderr: municipalities, meetings and items."""

    def __init__(self, progress: Progress, sites: int) -> None:
        self.progress = progress
        self.sites = progress.add_task("municipalities", total=sites, current="")
        self.meetings = progress.add_task("meetings", total=0, current="")
        self.items: TaskID = progress.add_task("items", total=None, current="")
        self.total = 0

    def site_started(self, report: SiteReport, to_fetch: int) -> None:
        self.total += to_fetch
        self.progress.update(self.meetings, total=self.total, current=report.municipality)

    def meeting_stored(self, report: SiteReport, items: int) -> None:
        self.progress.update(self.meetings, advance=1, current=report.municipality)
        self.progress.update(self.items, advance=items)

    def site_finished(self, report: SiteReport) -> None:
        self.progress.update(self.sites, advance=1, current=report.municipality)


def _summary(reports: list[SiteReport], console: Console) -> None:
    table = Table(title="referat collect")
    widest = max((len(r.municipality) for r in reports), default=12)
    table.add_column("municipality", no_wrap=True, min_width=max(12, widest))
    for heading in ("listed", "current", "added", "replaced", "items", "failed"):
        table.add_column(heading, justify="right")
    for r in reports:
        failed = "—" if not r.failed else ("whole" if r.error else str(len(r.failures)))
        table.add_row(r.municipality, str(r.listed), str(r.current), str(r.added), str(r.replaced + r.unchanged),
                      str(r.items), failed)
    console.print(table)


def run(args: argparse.Namespace) -> int:
    """Collect; report failures on stderr, the summary on stdout; non-zero exit when anything failed."""
    politeness = Politeness(rate=args.rate, max_hosts=args.jobs, timeout=args.timeout, retries=args.retries,
                            backoff=args.backoff, contact=args.contact or os.environ.get(CONTACT_VARIABLE) or None)
    if args.urls:
        return _run_urls(args, politeness)
    sites = _sites(args)
    options = CollectOptions(politeness=politeness, since=args.since, base_url=args.base_url, pdf_dir=_pdf_dir(args),
                             processes=max(0, args.processes))
    engine = open_engine(args.db)
    console = Console(stderr=True)
    columns = (TextColumn("[bold]{task.description:>14}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
               TextColumn("{task.fields[current]}"))
    with Progress(*columns, console=console, transient=True, disable=not console.is_terminal) as progress, \
            store_errors():
        reports = collect(engine, sites, options, _Bars(progress, len(sites)))
    for r in reports:
        if r.error:
            print(f"referat: {r.municipality}: {r.error}", file=sys.stderr)
        for failure in r.failures:
            print(f"referat: {r.municipality}: {failure}", file=sys.stderr)
    if args.json:
        print(json.dumps({"municipalities": [r.to_dict() for r in reports],
                          "failed": sum(r.failed for r in reports)}, ensure_ascii=False, indent=1))
    else:
        _summary(reports, Console())
    return 1 if any(r.failed for r in reports) else 0


def _run_urls(args: argparse.Namespace, politeness: Politeness) -> int:
    """``--urls FILE``: fetch and parse each address; failures named on stderr; non-zero exit when any failed."""
    from referat.collect.urls import collect_urls, read_url_list

    if args.municipalities or args.all:
        raise ReferatError("--urls collects the addresses in its file: name no municipality with it")
    urls = read_url_list(args.urls)
    engine = open_engine(args.db)
    console = Console(stderr=True)
    columns = (TextColumn("[bold]addresses"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
               TextColumn("{task.fields[current]}"))
    with Progress(*columns, console=console, transient=True, disable=not console.is_terminal) as progress, \
            store_errors():
        task = progress.add_task("addresses", total=len(urls), current="")
        report = collect_urls(engine, urls, politeness,
                              lambda url, _items: progress.update(task, advance=1, current=url[-60:]))
    for failure in report.failures:
        print(f"referat: {failure}", file=sys.stderr)
    summary = {"addresses": report.total, "added": report.added, "replaced": report.replaced,
               "unchanged": report.unchanged, "items": report.items, "failed": len(report.failures),
               "failures": report.failures}
    if args.json:
        print(json.dumps(summary, ensure_ascii=False, indent=1))
    else:
        print(f"{report.total} addresses: {report.added} added, {report.replaced} replaced, "
              f"{report.unchanged} unchanged, {len(report.failures)} failed ({report.items} items)")
    return 1 if report.failures else 0
