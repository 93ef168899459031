"""Collect: meetings stored per second from a replay server, rate limit off, on SQLite and PostgreSQL.

    .venv/bin/python bench/collect.py [--meetings 2000] [--items 10] [--processes 0,1] [--postgres] [--json]

A synthetic municipality (the fictional Solbjerg) of ``--meetings`` meetings in FirstAgenda's shape
(committee list, one agenda per meeting, ``--items`` items each with headed sections, a dated
decision and two attachments) is served from 127.0.0.1 by the tests' replay server in a process
of its own. ``referat.collect.runner.collect`` then collects it into a fresh database with the
rate limit off, for each backend and each ``--processes`` setting (0: the answers mapped to the model
in the collecting thread; N: in N processes of their own); the time from the first request to the
last meeting stored gives the rate.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import random
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # for tests.collect.replay, tests.postgres_server

from referat.collect.http import Politeness
from referat.collect.runner import CollectOptions, collect
from referat.collect.systems import Site
from referat.store.db import open_engine

COMMITTEES = ("Økonomiudvalget", "Teknik- og Miljøudvalget", "Børne- og Skoleudvalget", "Kultur- og Fritidsudvalget",
              "Social- og Sundhedsudvalget", "Beskæftigelsesudvalget", "Plan- og Boligudvalget", "Byrådet")
SENTENCES = (
    "Forvaltningen har udarbejdet et forslag til en ny plan for området ved havnen.",
    "Planen bygger på dialogmøder med borgere, foreninger og erhvervslivet i Solbjerg.",
    "Der er afsat 2,4 mio. kr. i budgettet for 2026 til de første anlægsarbejder.",
    "Udgifterne til drift forventes at stige med 150.000 kr. årligt fra 2027.",
    "Sagen har været i høring hos Handicaprådet og Ældrerådet, som ikke havde bemærkninger.",
    "Projektet vil forbedre adgangen til stranden for gående og cyklister.",
    "Administrationen vurderer, at tidsplanen er realistisk, hvis udbuddet sker i foråret.",
)
OUTCOMES = ("Godkendt.", "Anbefales godkendt.", "Taget til efterretning.", "Sagen udsættes.")


def _paragraphs(rng: random.Random, count: int) -> str:
    return "".join(f"<p><span>{rng.choice(SENTENCES)}</span></p>" for _ in range(count))


def _item(rng: random.Random, number: int, committee: str, date: str) -> dict[str, Any]:
    day = f"{date[8:10]}-{date[5:7]}-{date[:4]}"
    html = ("<div><div id='sagsfremstillingContainer'>"
            f"<h3>Beslutningstema</h3><span>{_paragraphs(rng, 2)}</span>"
            f"<div><h3>Indstilling</h3><span><p><span>Direktøren indstiller,</span></p><ol><li><span>at planen "
            f"godkendes</span></li><li><span>at udgiften finansieres af puljen</span></li></ol></span>"
            f"<h3>Beslutning i {committee} den {day}</h3><span><p><span>{rng.choice(OUTCOMES)}</span></p></span></div>"
            f"<h3>Sagsfremstilling</h3><span>{_paragraphs(rng, 6)}</span>"
            f"<h3>Økonomiske konsekvenser</h3><span>{_paragraphs(rng, 2)}</span>"
            "</div></div>")
    return {"Id": str(uuid.UUID(int=rng.getrandbits(128))), "Punktnummer": str(number), "Number": str(number),
            "Sorting": number, "Navn": f"Havneplan, etape {number}", "SagsNummer": f"26/{rng.randint(100, 99999)}",
            "IsOpen": number % 9 != 0, "ItemDecision": None, "ExternalAgendaItemAttendees": [],
            "Felter": [{"Navn": "", "Html": html, "Tekst": None}],
            "Bilag": [{"Id": str(uuid.UUID(int=rng.getrandbits(128))), "Navn": f"Bilag {k} til punkt {number}",
                       "Order": k, "HarPdfVersion": "true"} for k in (1, 2)]}


def synthetic(meetings: int, items: int, seed: int = 2026) -> tuple[dict[str, Any], dict[str, bytes]]:
    """The committee list and the agendas (by meeting id) of a synthetic municipality."""
    rng = random.Random(seed)
    committees: list[dict[str, Any]] = [{"Id": str(uuid.UUID(int=k + 1)), "Navn": name, "Moeder": []}
                                        for k, name in enumerate(COMMITTEES)]
    agendas: dict[str, bytes] = {}
    for k in range(meetings):
        committee = committees[k % len(committees)]
        date = f"{2018 + k // 250}-{1 + (k // 21) % 12:02d}-{1 + k % 28:02d}"
        meeting_id = str(uuid.UUID(int=rng.getrandbits(128)))
        committee["Moeder"].append({"Id": meeting_id, "Dato": f"{date}T16:00:00+01:00",
                                    "MeetingBeginUtc": f"{date}T16:00:00+01:00",
                                    "MeetingEndUtc": f"{date}T18:00:00+01:00",
                                    "ReleasedDate": f"{date}T20:00:00+01:00", "Sted": "Byrådssalen", "Afsluttet": True,
                                    "Navn": "Referat", "IsSupplementaryAgenda": False})
        agenda = {"Dagsordenpunkter": [_item(rng, n, committee["Navn"], date) for n in range(1, items + 1)]}
        agendas[meeting_id] = json.dumps(agenda, ensure_ascii=False).encode()
    return {"Udvalg": {"2018-2026": committees}}, agendas


def _serve(meetings: int, items: int, ready: Any) -> None:
    from tests.collect.replay import Replay

    replay = Replay()
    replay.listing, replay.agendas = synthetic(meetings, items)
    replay.start()
    ready.put(replay.base_url)
    while True:
        time.sleep(3600)


def measure(target: str, base_url: str, meetings: int, processes: int) -> dict[str, Any]:
    """Collect the synthetic municipality into ``target`` (mapping in ``processes`` processes); the figures."""
    engine = open_engine(target)
    options = CollectOptions(politeness=Politeness(rate=0, timeout=30), base_url=base_url, processes=processes)
    site = Site(municipality="Solbjerg", system="firstagenda", host="dagsordener.solbjerg.example")
    start = time.perf_counter()
    report = collect(engine, [site], options)[0]
    seconds = time.perf_counter() - start
    if report.failed or report.added != meetings:
        raise SystemExit(f"collect failed: {report.to_dict()}")
    return {"backend": engine.dialect.name, "processes": processes, "meetings": report.added, "items": report.items,
            "seconds": round(seconds, 2), "meetings_per_second": round(report.added / seconds, 1),
            "items_per_second": round(report.items / seconds, 1), "requests": report.requests}


def main() -> int:
    """Serve, collect on each backend, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--meetings", type=int, default=2000)
    parser.add_argument("--items", type=int, default=10, help="items per meeting")
    parser.add_argument("--postgres", action="store_true", help="also measure on a throwaway PostgreSQL server")
    parser.add_argument("--processes", default="0,1", help="mapping processes to measure, comma-separated "
                        "(0: in the collecting process)")
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON list")
    args = parser.parse_args()
    ready: Any = multiprocessing.Queue()
    server = multiprocessing.Process(target=_serve, args=(args.meetings, args.items, ready), daemon=True)
    server.start()
    base_url = ready.get(timeout=600)
    pg = None
    results = []
    try:
        with tempfile.TemporaryDirectory() as scratch:
            settings = [int(n) for n in args.processes.split(",")]
            targets = [(str(Path(scratch) / f"collect-{n}.sqlite"), n) for n in settings]
            if args.postgres:
                from tests.postgres_server import started_server

                pg = started_server()
                targets += [(pg.create_database(f"bench_collect_{n}_{os.getpid()}"), n) for n in settings]
            for target, processes in targets:
                results.append(measure(target, base_url, args.meetings, processes))
                print(json.dumps(results[-1]), file=sys.stderr, flush=True)
    finally:
        if pg is not None:
            pg.stop()
        server.terminate()
        server.join()
    if args.json:
        print(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
