"""Hvidovre from the replay server into SQLite, checked field by field against the recorded JSON."""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Callable
from typing import Any

from referat.store.db import open_engine
from referat.store.repository import load_meeting
from tests.collect.replay import Replay, hvidovre, recorded_agenda_bytes

#: A section heading as FirstAgenda writes it: ``<h3>`` with plain text, outside the sections' own HTML.
TOP_HEADING = re.compile(r"<h3>([^<]+)</h3>")

Runner = Callable[..., tuple[int, dict[str, Any], str]]


def _rows(db: str, sql: str, *params: Any) -> list[tuple[Any, ...]]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql, params).fetchall()


def _newest_meeting_id(db: str, meeting_guid: str) -> int:
    rows = _rows(db, "SELECT id FROM meeting WHERE identity LIKE ?", f"%|{meeting_guid}")
    assert len(rows) == 1
    return int(rows[0][0])


def test_meetings_and_items_of_the_recorded_responses(replay: Replay, run_collect: Runner) -> None:
    meetings = hvidovre(replay)
    code, summary, err = run_collect()
    assert (code, err) == (0, "")
    report = summary["municipalities"][0]
    assert (report["listed"], report["added"], report["failures"], report["error"]) == (58, 58, [], None)
    db = run_collect.db  # type: ignore[attr-defined]
    assert _rows(db, "SELECT count(*) FROM meeting")[0][0] == len(meetings)
    assert {b for (b,) in _rows(db, "SELECT name FROM body")} == {"Børne- og Uddannelsesudvalget"}

    recorded = json.loads(recorded_agenda_bytes())["Dagsordenpunkter"]
    newest = meetings[0]
    meeting_id = _newest_meeting_id(db, newest["Id"])
    with open_engine(db).connect() as conn:
        stored = load_meeting(conn, meeting_id)
    assert stored is not None
    # The header comes from the committee list's entry.
    assert stored.municipality == "Hvidovre"
    assert stored.body == "Børne- og Uddannelsesudvalget"
    assert stored.kind == "referat"
    assert (stored.date, stored.start_time, stored.end_time) == ("2025-12-01", "08:00", "10:10")
    assert stored.location == "Hvidovre"
    assert len(stored.items) == len(recorded) == 23
    for item, raw in zip(stored.items, recorded, strict=True):
        assert item.number == int(raw["Punktnummer"])
        assert item.title == raw["Navn"].strip()
        assert item.case_numbers == [raw["SagsNummer"]]
        assert not item.closed
        html = "".join(f["Html"] for f in raw["Felter"])
        assert [s.heading for s in item.sections] == [h.strip() for h in TOP_HEADING.findall(html)]
        assert [(a.title, a.url) for a in item.attachments] == [
            (b["Navn"], f"https://dagsordener-referater.hvidovre.dk/vis/pdf/bilag/{b['Id']}/?redirectDirectlyToPdf=true")
            for b in raw["Bilag"]]


def test_sections_decisions_and_recommendations_are_read(replay: Replay, run_collect: Runner) -> None:
    meetings = hvidovre(replay)
    run_collect()
    db = run_collect.db  # type: ignore[attr-defined]
    with open_engine(db).connect() as conn:
        stored = load_meeting(conn, _newest_meeting_id(db, meetings[0]["Id"]))
    assert stored is not None
    grenhusene = stored.items[2]  # recorded item 3: one decision of Økonomiudvalget, postponed
    kinds = {s.heading: s.kind for s in grenhusene.sections}
    assert kinds["Beslutningstema"] == "summary"
    assert kinds["Indstilling"] == "recommendation"
    assert kinds["Sagsfremstilling"] == "presentation"
    assert kinds["Retsgrundlag"] == "legal_basis"
    assert kinds["Beslutning i Økonomiudvalget den 16-03-2026"] == "decision"
    assert [(d.body, d.date, d.outcomes) for d in grenhusene.decisions] == [
        ("Økonomiudvalget", "2026-03-16", ["postponed"])]
    assert grenhusene.decisions[0].text.startswith("Sagen udsættes med henblik på en belysning")
    assert len(grenhusene.recommendations) == 5
    assert grenhusene.recommendations[0].startswith("at godkende tilsagn til Helhedsplanen Grenhusene")
    # Recorded item 4: five bodies' decisions, each with its body and date, in the order printed.
    outdoor = stored.items[3]
    assert [(d.body, d.date) for d in outdoor.decisions] == [
        ("Kultur- og Fritidsudvalget", "2026-04-07"), ("Klima-, Miljø- og Teknikudvalget", "2026-04-07"),
        ("By- og Planudvalget", "2026-04-07"), ("Økonomiudvalget", "2026-04-13"),
        ("Kultur- og Fritidsudvalget", "2026-05-04")]
    # The base64 images of the Word export are markup, never text.
    assert not any("base64" in s.text for item in stored.items for s in item.sections)


def test_provenance_is_kept(replay: Replay, run_collect: Runner) -> None:
    meetings = hvidovre(replay)
    run_collect()
    db = run_collect.db  # type: ignore[attr-defined]
    guid = meetings[0]["Id"]
    rows = _rows(db, "SELECT s.page_url, s.api_url, s.fetched_at, s.response_sha256, s.format FROM source_document s "
                     "JOIN meeting m ON m.source_id = s.id WHERE m.identity LIKE ?", f"%|{guid}")
    import hashlib

    page, api, fetched, sha, fmt = rows[0]
    assert page == f"https://dagsordener-referater.hvidovre.dk/vis?id={guid}"
    assert api == f"{replay.base_url}/api/agenda/dagsorden/{guid}"
    assert fetched
    assert sha == hashlib.sha256(recorded_agenda_bytes()).hexdigest()
    assert fmt == "firstagenda"


def test_a_second_run_fetches_nothing_and_changes_nothing(replay: Replay, run_collect: Runner) -> None:
    hvidovre(replay)
    run_collect()
    db = run_collect.db  # type: ignore[attr-defined]
    before = _rows(db, "SELECT id, identity, source_id, data FROM meeting ORDER BY id")
    fetched_before = len(replay.paths("/api/agenda/dagsorden/"))
    code, summary, _err = run_collect()
    report = summary["municipalities"][0]
    assert code == 0
    assert (report["current"], report["added"], report["replaced"], report["unchanged"]) == (58, 0, 0, 0)
    assert len(replay.paths("/api/agenda/dagsorden/")) == fetched_before
    assert _rows(db, "SELECT id, identity, source_id, data FROM meeting ORDER BY id") == before


def test_since_limits_the_meetings(replay: Replay, run_collect: Runner) -> None:
    meetings = hvidovre(replay)
    _code, summary, _err = run_collect("--since", "2025-06-01")
    expected = sum(m["MeetingBeginUtc"][:10] >= "2025-06-01" for m in meetings)
    assert 0 < expected < len(meetings)
    assert summary["municipalities"][0]["added"] == summary["municipalities"][0]["listed"] == expected


def test_headings_inside_a_sections_content_stay_in_its_text() -> None:
    from referat.collect.sections import heading_kind, split_parts

    html = ("<div><h3>Sagsfremstilling</h3><span><div><p>Solbjerg Havn udvides.<p>Uden slutmærke."
            "<h3><span>Om havnen</span></h3><p>Havnen er fra 1890.</p></div></span>"
            "<!-- <h3>Kommentar</h3> --><div><h3>Beslutning i Teknikudvalget den 02-03-2026</h3>"
            "<span><p>Godkendt.</p></span></div><h3>Klima- og miljømæssige konsekvenser</h3><span>Ingen.</span></div>")
    parts = split_parts(html)
    assert [p.heading for p in parts] == ["Sagsfremstilling", "Beslutning i Teknikudvalget den 02-03-2026",
                                          "Klima- og miljømæssige konsekvenser"]
    assert "Om havnen" in parts[0].html and "Havnen er fra 1890." in parts[0].html
    assert [heading_kind(p.heading) for p in parts] == ["presentation", "decision", "consequences"]
    assert heading_kind("18.05.2026 Supplerende indstilling") == "recommendation"
