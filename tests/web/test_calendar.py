"""A body's calendar: RFC 5545 lines folded at 75 octets, never inside a UTF-8 character, values intact."""

from __future__ import annotations

from dataclasses import replace

import icalendar
from fastapi.testclient import TestClient

from referat.store.db import open_engine
from referat.store.repository import save_meeting
from referat.web.app import create_app
from tests.store.builders import item, meeting

BODY = "Udvalget for Klima, Miljø, Natur og Grøn Omstilling samt Landdistrikter, Småøer og Fjorde"
PLACE = "Rådhuset, Store Mødesal (indgang fra Torvet; elevator til 2. sal), Åbyhøj Allé 12, 9999 Solbjerg"


def test_calendar_lines_are_folded_and_values_kept(db_url: str) -> None:
    engine = open_engine(db_url)
    with engine.begin() as conn:
        save_meeting(conn, replace(meeting([item(1, "Budget")], body=BODY, date="2024-03-06"), location=PLACE))
        save_meeting(conn, replace(meeting([item(1, "Budget")], body=BODY, date="2024-04-03"), start_time=None))
    client = TestClient(create_app(db_url))
    body_id = client.get("/api/v1/bodies").json()[0]["id"]
    response = client.get(f"/udvalg/{body_id}/kalender.ics")
    assert response.headers["content-type"].startswith("text/calendar")
    raw = response.content
    assert raw.endswith(b"\r\n") and b"\n" not in raw.replace(b"\r\n", b"")
    lines = raw.split(b"\r\n")[:-1]
    assert max(len(line) for line in lines) <= 75
    for line in lines:
        line.decode("utf-8")  # each physical line whole UTF-8: no character split by a fold
    assert any(line.startswith(b" ") for line in lines)  # the long values were folded, not cut
    calendar = icalendar.Calendar.from_ical(raw)
    events = sorted(calendar.walk("VEVENT"), key=lambda e: str(e["UID"]))
    assert [str(e["SUMMARY"]) for e in events] == [BODY, BODY]
    assert {str(e.get("LOCATION", "")) for e in events} >= {PLACE}
    starts = sorted(str(e["DTSTART"].to_ical().decode()) for e in events)
    assert starts == ["20240306T160000", "20240403"]
