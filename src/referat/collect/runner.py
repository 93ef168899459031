"""The run: municipalities side by side (a cap on hosts at once), each meeting stored whole from one place.

Each municipality is read in a thread of its own: list the meetings, ask the database which
are stored in the listed revision, fetch the rest one by one. Fetched meetings go through a
bounded queue to the calling thread, which stores each in its own transaction. A municipality
that fails is reported with its reason and the others go on; so is a meeting that fails.
"""

from __future__ import annotations

import multiprocessing
import queue
import threading
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from referat.collect.http import FetchError, HostLimiter, PoliteClient, Politeness
from referat.collect.pdf import save_pdfs
from referat.collect.state import HttpCache, store, stored_revisions
from referat.collect.systems import CollectedMeeting, MalformedResponse, Offload, Site, collector_for, in_process
from referat.errors import ReferatError

_MISSING = object()


@dataclass
class CollectOptions:
    """What a run may do: politeness, which meetings, where requests go, and PDFs."""

    politeness: Politeness = field(default_factory=Politeness)
    since: str | None = None  # ISO date: meetings on or after it
    base_url: str | None = None  # one municipality's requests go here in place of its host
    pdf_dir: Path | None = None  # fetch the PDFs into this folder
    queue_size: int = 16
    processes: int = 0  # processes that map answers to the model (0: in the collecting threads)


@dataclass
class SiteReport:
    """What a run did for one municipality."""

    municipality: str
    system: str | None
    listed: int = 0
    current: int = 0  # stored already in the listed revision: not fetched
    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    items: int = 0
    pdfs: int = 0
    requests: int = 0
    error: str | None = None  # the municipality as a whole failed
    failures: list[str] = field(default_factory=list)  # meetings or files that failed, with their addresses

    @property
    def failed(self) -> bool:
        """Anything went wrong here."""
        return bool(self.error or self.failures)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of the summary row."""
        return {"municipality": self.municipality, "system": self.system, "listed": self.listed,
                "current": self.current, "added": self.added, "replaced": self.replaced,
                "unchanged": self.unchanged, "items": self.items, "pdfs": self.pdfs, "requests": self.requests,
                "error": self.error, "failures": list(self.failures)}


class Events:
    """What the runner tells a progress display; every method is called from the calling thread."""

    def site_started(self, report: SiteReport, to_fetch: int) -> None:
        """A municipality's listing is read: ``to_fetch`` meetings will be fetched."""

    def meeting_stored(self, report: SiteReport, items: int) -> None:
        """One meeting (of ``items`` items) is stored, or failed."""

    def site_finished(self, report: SiteReport) -> None:
        """A municipality is done, well or not."""


def _reason(exc: BaseException) -> str:
    if isinstance(exc, FetchError | MalformedResponse | ReferatError):
        return str(exc)
    return f"unexpected failure ({type(exc).__name__}: {exc})"


class _Worker:
    """One municipality's listing and fetches, in a thread; results go to ``out``."""

    def __init__(self, engine: Engine, site: Site, options: CollectOptions, limiter: HostLimiter,
                 out: queue.Queue[tuple[str, SiteReport, Any]], stop: threading.Event, offload: Offload) -> None:
        self.engine, self.site, self.options, self.limiter = engine, site, options, limiter
        self.out, self.stop, self.offload = out, stop, offload
        self.report = SiteReport(site.municipality, site.system)

    def __call__(self) -> None:
        client: PoliteClient | None = None
        try:
            collector = collector_for(self.site, self.options.base_url)
            collector.offload = self.offload
            client = PoliteClient(self.options.politeness, self.limiter)
            refs = collector.meetings(client, HttpCache(self.engine))
            self.report.failures.extend(collector.problems)
            if self.options.since:
                refs = [r for r in refs if (r.date or "") >= self.options.since]
            stored = stored_revisions(self.engine, [r.identity for r in refs])
            todo = [r for r in refs if stored.get(r.identity, _MISSING) != r.revision]
            self.report.listed, self.report.current = len(refs), len(refs) - len(todo)
            self.out.put(("start", self.report, len(todo)))
            for ref in todo:
                if self.stop.is_set():
                    break
                try:
                    collected = collector.fetch(client, ref)
                except (FetchError, MalformedResponse) as exc:
                    self.out.put(("failed", self.report, f"{ref.label}: {exc}"))
                    continue
                if self.options.pdf_dir is not None:
                    self.report.pdfs += save_pdfs(client, collected, self.options.pdf_dir / self.site.municipality,
                                                  self.report.failures)
                self.out.put(("meeting", self.report, collected))
        except Exception as exc:  # a municipality that fails is named with its reason; the others go on
            self.report.error = _reason(exc)
        finally:
            if client is not None:
                self.report.requests = client.requests
                client.close()
            self.out.put(("done", self.report, None))


def collect(engine: Engine, sites: list[Site], options: CollectOptions, events: Events | None = None
            ) -> list[SiteReport]:
    """Collect ``sites`` into ``engine``; one report per site, in the order given."""
    events = events or Events()
    out: queue.Queue[tuple[str, SiteReport, Any]] = queue.Queue(maxsize=options.queue_size)
    stop = threading.Event()
    limiter = HostLimiter(options.politeness.rate)
    # Spawned, not forked: the pool starts its processes from threads that hold locks of their own.
    mappers = (ProcessPoolExecutor(max_workers=options.processes, mp_context=multiprocessing.get_context("spawn"))
               if options.processes > 0 else None)
    offload: Offload = in_process if mappers is None else (lambda fn, *args: mappers.submit(fn, *args).result())
    workers = [_Worker(engine, site, options, limiter, out, stop, offload) for site in sites]
    try:
        return _run(engine, workers, out, stop, options, events)
    finally:
        if mappers is not None:
            mappers.shutdown(cancel_futures=True)


def _run(engine: Engine, workers: list[_Worker], out: queue.Queue[tuple[str, SiteReport, Any]],
         stop: threading.Event, options: CollectOptions, events: Events) -> list[SiteReport]:
    pending = len(workers)
    with ThreadPoolExecutor(max_workers=max(1, options.politeness.max_hosts)) as pool:
        for worker in workers:
            pool.submit(worker)
        try:
            while pending:
                kind, report, value = out.get()
                if kind == "start":
                    events.site_started(report, value)
                elif kind == "failed":
                    report.failures.append(value)
                    events.meeting_stored(report, 0)
                elif kind == "meeting":
                    _store(engine, report, value)
                    events.meeting_stored(report, len(value.meeting.items))
                else:
                    pending -= 1
                    events.site_finished(report)
        except BaseException:
            stop.set()
            while pending:  # let the threads finish their current request and leave
                kind, _report, _value = out.get()
                pending -= kind == "done"
            raise
    return [w.report for w in workers]


def _store(engine: Engine, report: SiteReport, collected: CollectedMeeting) -> None:
    try:
        status = store(engine, collected.meeting, collected.identity, collected.provenance)
    except SQLAlchemyError as exc:
        reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()
        report.failures.append(f"{collected.provenance.get('api_url')}: cannot store ({reason[0] if reason else exc})")
        return
    setattr(report, status, getattr(report, status) + 1)
    report.items += len(collected.meeting.items)
