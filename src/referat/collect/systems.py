"""The one small interface every publishing system's collector implements, and the registry of them.

A collector lists a municipality's meetings (:meth:`Collector.meetings`) and fetches one
(:meth:`Collector.fetch`); the runner decides which to fetch and stores what comes back.
Adding a system (Meetings+, Åben Dagsorden, kk.dk) is one module with one such class,
named in :data:`COLLECTORS`.
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any, Protocol

from referat.collect.http import PoliteClient
from referat.collect.state import HttpCache
from referat.errors import ReferatError
from referat.model import Meeting

#: System name (as in the sites file) -> "module:class" of its collector.
COLLECTORS = {
    "firstagenda": "referat.collect.firstagenda:FirstAgendaCollector",
}


class MalformedResponse(ValueError):
    """A response that is not what the system serves: its address and what was wrong."""

    def __init__(self, url: str, reason: str) -> None:
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason


@dataclass
class Site:
    """One municipality's publication: its name, its system and the system's settings (host, ...)."""

    municipality: str
    system: str | None
    host: str | None = None
    options: dict[str, Any] = field(default_factory=dict)


@dataclass
class MeetingRef:
    """A meeting as a listing names it, before it is fetched."""

    identity: str  # stable across versions: system, host and the publisher's own id
    revision: str  # changes when the meeting is released again (kind, release time)
    date: str | None
    label: str  # for messages: body and date
    data: dict[str, Any] = field(default_factory=dict)  # what the collector needs to fetch it


@dataclass
class CollectedMeeting:
    """A fetched meeting, ready for the repository: the model, its identity and its provenance."""

    meeting: Meeting
    identity: str
    provenance: dict[str, Any]
    pdfs: list[tuple[str, str]] = field(default_factory=list)  # (address, file name) for --pdf


#: How a collector runs its CPU-heavy mapping: ``offload(function, *args)`` returns ``function(*args)``,
#: in this process (:func:`in_process`) or in a process pool the runner provides.
Offload = Callable[..., Any]


def in_process(function: Callable[..., Any], *args: Any) -> Any:
    """Run ``function(*args)`` here."""
    return function(*args)


class Collector(Protocol):
    """What the runner asks of a system's collector."""

    site: Site
    offload: Offload
    #: What the listing held that could not be read, each naming its address; reported as failures.
    problems: list[str]

    def meetings(self, client: PoliteClient, cache: HttpCache | None = None) -> list[MeetingRef]:
        """Every meeting the site lists, oldest first; ``cache`` keeps validators for conditional requests."""
        ...

    def fetch(self, client: PoliteClient, ref: MeetingRef) -> CollectedMeeting:
        """One meeting, mapped to the model; raises FetchError or MalformedResponse."""
        ...


@cache
def sites() -> dict[str, Site]:
    """Every municipality's publication, from ``data/collect_sites.json``."""
    raw = json.loads(resources.files("referat").joinpath("data/collect_sites.json").read_text(encoding="utf-8"))
    return {name: Site(municipality=name, system=entry.get("system"), host=entry.get("host"),
                       options={k: v for k, v in entry.items() if k not in ("system", "host")})
            for name, entry in raw.items()}


def find_site(name: str) -> Site:
    """The site of a municipality named case-insensitively; ReferatError naming the unknown one."""
    wanted = name.strip().casefold()
    for municipality, site in sites().items():
        if municipality.casefold() == wanted:
            return site
    raise ReferatError(f"unknown municipality: {name}")


def collector_for(site: Site, base_url: str | None = None) -> Collector:
    """The collector of the site's system; ReferatError when the system has none yet."""
    target = COLLECTORS.get(site.system or "")
    if target is None:
        raise ReferatError(f"no collector for {site.system or 'an unknown system'} yet")
    module, _, name = target.partition(":")
    cls = getattr(importlib.import_module(module), name)
    collector: Collector = cls(site, base_url=base_url)
    return collector


def supported_sites() -> list[Site]:
    """The sites a collector exists for (``--all``), by municipality name."""
    return [site for site in sites().values() if site.system in COLLECTORS]
