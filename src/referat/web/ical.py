"""A body's meetings as an iCalendar file (RFC 5545), written by the ``icalendar`` library.

The library escapes the text values and folds every line at 75 octets without splitting a
UTF-8 character. Times are the printed local times, as floating times (no time zone).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from typing import Any

import icalendar

from referat.cleantext import clean_text

PRODUCT = "-//Referat//DA"


def _moment(day: str, clock: str | None) -> date | datetime | None:
    """``2024-03-06`` with ``16:00`` as a floating date-time, the date alone without a (valid) time, else None."""
    try:
        parsed = date.fromisoformat(day)
    except ValueError:
        return None
    try:
        return datetime.combine(parsed, time.fromisoformat(clock or ""))
    except ValueError:
        return parsed


def body_calendar(body: dict[str, Any]) -> bytes:
    """The meetings of ``body`` (as :func:`referat.web.queries.body` gives it) as an iCalendar file."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODUCT)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", clean_text(body["name"]))
    stamp = datetime.now(UTC).replace(microsecond=0)
    for meetings in body["years"].values():
        for m in meetings:
            start = _moment(m["date"] or "", m["start_time"])
            if start is None:
                continue
            event = icalendar.Event()
            event.add("uid", f"referat-meeting-{m['id']}")
            event.add("dtstamp", stamp)
            event.add("dtstart", start)
            end = _moment(m["date"], m.get("end_time"))
            if isinstance(start, datetime) and isinstance(end, datetime) and end > start:
                event.add("dtend", end)
            event.add("summary", clean_text(body["name"]))
            if m["location"]:
                event.add("location", clean_text(m["location"]))
            calendar.add_component(event)
    return calendar.to_ical()
