"""Variants derived from the recorded responses: released again, replaced by the minutes, closed, faults."""

from __future__ import annotations

import copy
import json
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from referat.collect.runner import CollectOptions, collect
from referat.collect.systems import find_site
from referat.store.db import open_engine
from referat.store.repository import load_meeting
from tests.collect.replay import Fault, Replay, hvidovre, recorded_agenda_bytes

Runner = Callable[..., tuple[int, dict[str, Any], str]]


def _one(db: str, sql: str, *params: Any) -> Any:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql, params).fetchone()[0]


def _small_hvidovre(replay: Replay) -> list[dict[str, Any]]:
    """Hvidovre with only derived one-item agendas (quick), newest meeting first."""
    return hvidovre(replay, full_meetings=0)


def _agenda(replay: Replay, guid: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(replay.agendas[guid])
    return data


def _set_agenda(replay: Replay, guid: str, data: dict[str, Any]) -> None:
    replay.agendas[guid] = json.dumps(data, ensure_ascii=False).encode()


def _stored(db: str, guid: str) -> Any:
    meeting_id = _one(db, "SELECT id FROM meeting WHERE identity LIKE ?", f"%|{guid}")
    with open_engine(db).connect() as conn:
        return load_meeting(conn, meeting_id)


def test_a_meeting_released_again_with_a_changed_decision_is_replaced(replay: Replay, run_collect: Runner) -> None:
    meetings = _small_hvidovre(replay)
    guid = meetings[2]["Id"]  # one recorded item with an Økonomiudvalget decision (recorded item 3)
    run_collect()
    db = run_collect.db  # type: ignore[attr-defined]
    assert _stored(db, guid).items[0].decisions[0].outcomes == ["postponed"]
    agenda = _agenda(replay, guid)
    html = agenda["Dagsordenpunkter"][0]["Felter"][0]["Html"]
    changed = html.replace("Sagen udsættes med henblik på en belysning af alternative scenarier for renoveringen.",
                           "Anbefales godkendt.")
    assert changed != html
    agenda["Dagsordenpunkter"][0]["Felter"][0]["Html"] = changed
    _set_agenda(replay, guid, agenda)
    meetings[2]["ReleasedDate"] = "2026-01-05T09:00:00+01:00"
    code, summary, _err = run_collect()
    report = summary["municipalities"][0]
    assert code == 0
    assert (report["replaced"], report["added"], report["current"]) == (1, 0, 57)
    assert _one(db, "SELECT count(*) FROM meeting") == 58
    decision = _stored(db, guid).items[0].decisions[0]
    assert decision.text == "Anbefales godkendt."
    assert "postponed" not in decision.outcomes


def test_an_agenda_replaced_by_its_minutes_is_one_meeting(replay: Replay, run_collect: Runner) -> None:
    meetings = _small_hvidovre(replay)
    meetings[0]["Navn"] = "Dagsorden"
    guid = meetings[0]["Id"]
    run_collect()
    db = run_collect.db  # type: ignore[attr-defined]
    assert _stored(db, guid).kind == "dagsorden"
    meetings[0]["Navn"] = "Referat"
    meetings[0]["ReleasedDate"] = "2025-12-09T10:00:00+01:00"
    code, summary, _err = run_collect()
    assert code == 0 and summary["municipalities"][0]["replaced"] == 1
    assert _one(db, "SELECT count(*) FROM meeting WHERE identity LIKE ?", f"%|{guid}") == 1
    assert _one(db, "SELECT count(*) FROM meeting") == 58
    assert _stored(db, guid).kind == "referat"
    # The replaced version's rows are gone with it.
    assert _one(db, "SELECT count(*) FROM source_document") == 58


def test_a_closed_item_keeps_number_title_and_case_number_only(replay: Replay, run_collect: Runner) -> None:
    meetings = _small_hvidovre(replay)
    guid = meetings[2]["Id"]
    agenda = _agenda(replay, guid)
    raw = agenda["Dagsordenpunkter"][0]
    closed = copy.deepcopy(raw)
    closed["IsOpen"] = False
    closed["Id"] = closed["Id"][:-4] + "c105"
    closed["Punktnummer"] = "2"
    agenda["Dagsordenpunkter"].append(closed)
    _set_agenda(replay, guid, agenda)
    run_collect()
    db = run_collect.db  # type: ignore[attr-defined]
    item = _stored(db, guid).items[1]
    assert (item.number, item.title, item.case_numbers, item.closed) == (2, raw["Navn"], [raw["SagsNummer"]], True)
    assert (item.sections, item.decisions, item.recommendations, item.attachments) == ([], [], [], [])
    item_id = _one(db, "SELECT ai.id FROM agenda_item ai JOIN meeting m ON m.id = ai.meeting_id "
                       "WHERE m.identity LIKE ? AND ai.position = 1", f"%|{guid}")
    for table in ("section", "decision", "recommendation", "attachment", "vote"):
        assert _one(db, f"SELECT count(*) FROM {table} WHERE item_id = ?", item_id) == 0
    # In this meeting the twins' decision text is stored once, for the open item only.
    phrase = "Sagen udsættes med henblik på en belysning"
    assert _one(db, "SELECT count(*) FROM decision d JOIN agenda_item ai ON ai.id = d.item_id JOIN meeting m "
                    "ON m.id = ai.meeting_id WHERE m.identity LIKE ? AND d.text LIKE ?", f"%|{guid}", phrase + "%") == 1


def test_a_redirect_without_the_session_cookie_signs_in(replay: Replay, run_collect: Runner) -> None:
    _small_hvidovre(replay)
    replay.require_cookie = True
    code, summary, err = run_collect()
    assert (code, err) == (0, "")
    assert summary["municipalities"][0]["added"] == 58
    signs_in = replay.paths("/Home/AnonymousAuthentication")
    assert len(signs_in) == 1
    assert "callback=" + replay.base_url.replace(":", "%3A").replace("/", "%2F") in signs_in[0]


def test_429_500_and_a_time_out_are_retried(replay: Replay, run_collect: Runner) -> None:
    meetings = _small_hvidovre(replay)
    replay.fault("/api/agenda/udvalgsliste", Fault(status=429, headers={"Retry-After": "0"}))
    replay.fault(f"/api/agenda/dagsorden/{meetings[0]['Id']}", Fault(status=500), Fault(status=503))
    replay.fault(f"/api/agenda/dagsorden/{meetings[1]['Id']}", Fault(pause=0.6))
    code, summary, err = run_collect("--timeout", "0.3")
    assert (code, err) == (0, "")
    assert summary["municipalities"][0]["added"] == 58
    assert replay.paths().count("/api/agenda/udvalgsliste") == 2
    assert replay.paths().count(f"/api/agenda/dagsorden/{meetings[0]['Id']}") == 3
    assert replay.paths().count(f"/api/agenda/dagsorden/{meetings[1]['Id']}") == 2


def test_malformed_answers_are_named_and_skipped(replay: Replay, run_collect: Runner) -> None:
    meetings = _small_hvidovre(replay)
    bad = meetings[3]["Id"]
    replay.agendas[bad] = replay.agendas[bad][: len(replay.agendas[bad]) // 2]  # truncated JSON
    odd = meetings[4]["Id"]
    replay.agendas[odd] = b'{"Dagsordenpunkter": {"not": "a list"}}'
    code, summary, err = run_collect()
    report = summary["municipalities"][0]
    assert code == 1
    assert report["added"] == 56
    assert len(report["failures"]) == 2
    assert f"{replay.base_url}/api/agenda/dagsorden/{bad}: not JSON" in err
    assert f"{replay.base_url}/api/agenda/dagsorden/{odd}: Dagsordenpunkter is not a list" in err
    # Fixed on the server, they are fetched on the next run; the others are not fetched again.
    hvidovre(replay, full_meetings=0)
    code, summary, _err = run_collect()
    assert code == 0 and summary["municipalities"][0]["added"] == 2


def test_a_connection_cut_short_is_retried_then_reported(replay: Replay, run_collect: Runner) -> None:
    meetings = _small_hvidovre(replay)
    guid = meetings[0]["Id"]
    replay.fault(f"/api/agenda/dagsorden/{guid}", *[Fault(cut=True)] * 4)
    code, summary, err = run_collect()
    assert code == 1
    assert summary["municipalities"][0]["added"] == 57
    assert f"{replay.base_url}/api/agenda/dagsorden/{guid}: connection failed" in err
    assert "after 4 attempts" in err


def test_a_failing_municipality_is_named_and_the_others_go_on(replay: Replay, tmp_path: Path) -> None:
    _small_hvidovre(replay)
    engine = open_engine(str(tmp_path / "two.sqlite"))
    options = CollectOptions(base_url=replay.base_url)
    options.politeness.rate = 0
    reports = collect(engine, [find_site("Billund"), find_site("Hvidovre")], options)
    assert reports[0].error == "no collector for meetingsplus yet"
    assert reports[1].added == 58 and not reports[1].failed


def test_robots_txt_is_honoured(replay: Replay, run_collect: Runner) -> None:
    _small_hvidovre(replay)
    replay.robots = b"User-agent: Referat\nDisallow: /api/\n"
    code, summary, err = run_collect()
    assert code == 1
    listing = f"{replay.base_url}/api/agenda/udvalgsliste"
    assert summary["municipalities"][0]["error"] == f"{listing}: disallowed by robots.txt"
    assert replay.paths("/api/") == []
    assert "Hvidovre: " in err


def test_the_committee_list_is_asked_for_conditionally(replay: Replay, run_collect: Runner) -> None:
    _small_hvidovre(replay)
    replay.etags = True
    run_collect()
    run_collect()
    listing = [h for _t, p, h in replay.log if p == "/api/agenda/udvalgsliste"]
    assert "If-None-Match" not in listing[0] and listing[1]["If-None-Match"].startswith('"')
    assert len(replay.paths("/api/agenda/dagsorden/")) == 58


def test_pdfs_are_saved_whole_and_only_once(replay: Replay, run_collect: Runner, tmp_path: Path) -> None:
    meetings = hvidovre(replay, full_meetings=0)
    pdf = b"%PDF-1.4\n% fictional attachment\n%%EOF\n"
    raw = json.loads(recorded_agenda_bytes())["Dagsordenpunkter"][2]
    guid = meetings[2]["Id"]  # recorded item 3, with its nine attachments
    for attachment in raw["Bilag"][:-1]:
        replay.pdfs[f"bilag/{attachment['Id']}"] = pdf
    replay.pdfs[f"dagsorden/{guid}"] = pdf
    folder = tmp_path / "pdf"
    since = meetings[2]["Dato"][:10]
    code, _summary, err = run_collect("--pdf", "--pdf-dir", str(folder), "--since", since)
    assert code == 1  # the last attachment answers 404, named
    assert f"bilag/{raw['Bilag'][-1]['Id']}/?redirectDirectlyToPdf=true: HTTP 404" in err
    saved = folder / "Hvidovre"
    assert (saved / f"{guid}.pdf").read_bytes() == pdf
    assert sorted(p.name for p in (saved / "bilag").iterdir()) == sorted(f"{a['Id']}.pdf" for a in raw["Bilag"][:-1])
    assert not list(saved.rglob(".part-*"))
    # Released again, the meeting is fetched anew, but the PDFs saved are not fetched twice.
    meetings[2]["ReleasedDate"] = "2026-02-01T09:00:00+01:00"
    requested = len(replay.paths("/vis/pdf/"))
    run_collect("--pdf", "--pdf-dir", str(folder), "--since", since)
    assert len(replay.paths("/vis/pdf/")) == requested + 1  # only the one that failed before


def test_mapping_in_a_process_of_its_own_gives_the_same(replay: Replay, run_collect: Runner) -> None:
    meetings = _small_hvidovre(replay)
    bad = meetings[3]["Id"]
    replay.agendas[bad] = replay.agendas[bad][:100]
    code, summary, err = run_collect("--processes", "1")
    assert code == 1
    assert summary["municipalities"][0]["added"] == 57
    assert f"{replay.base_url}/api/agenda/dagsorden/{bad}: not JSON" in err
    db = run_collect.db  # type: ignore[attr-defined]
    stored = _stored(db, meetings[2]["Id"])
    assert stored.items[0].decisions[0].body == "Økonomiudvalget"


def test_listing_entries_without_the_expected_fields_are_named(replay: Replay, run_collect: Runner) -> None:
    meetings = _small_hvidovre(replay)
    del meetings[7]["Id"]
    replay.listing["Udvalg"]["2022-2025"].append({"Navn": "Ældreudvalget", "Moeder": "ingen"})
    code, summary, err = run_collect()
    report = summary["municipalities"][0]
    assert code == 1
    assert (report["listed"], report["added"]) == (57, 57)
    assert (f"{replay.base_url}/api/agenda/udvalgsliste: 2 committees or meetings without the expected fields, "
            "skipped") in err
