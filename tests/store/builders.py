"""Meetings of a fictional municipality, built in code for store and search tests."""

from __future__ import annotations

import hashlib
import json

from sqlalchemy import Engine, func, select

from referat.model import AgendaItem, Attachment, Decision, Meeting, Section, Source
from referat.store import schema as s


def item(number: int, title: str, *, text: str = "", decision: str = "", outcomes: tuple[str, ...] = (),
         attachments: tuple[str, ...] = (), cases: tuple[str, ...] = (), closed: bool = False) -> AgendaItem:
    """An agenda item with one presentation section, one decision and attachment titles as given."""
    return AgendaItem(
        number=number, title=title, closed=closed, case_numbers=list(cases),
        sections=[Section("Sagsfremstilling", "presentation", text)] if text else [],
        decisions=[Decision(decision, list(outcomes))] if decision else [],
        attachments=[Attachment(a) for a in attachments])


def meeting(items: list[AgendaItem], *, date: str | None = "2024-03-06", municipality: str = "Solbjerg",
            body: str | None = "Udvalget for Job og Beskæftigelse", path: str | None = None,
            revision: int = 0) -> Meeting:
    """A meeting whose source hash follows its content, so equal meetings count as one document."""
    draft = Meeting(source=Source(path, "", "text"), kind="referat", municipality=municipality, body=body,
                    period="2022-2025", date=date, start_time="16:00", items=items)
    content = json.dumps([draft.to_dict(), revision], ensure_ascii=False, sort_keys=True)
    draft.source.sha256 = hashlib.sha256(content.encode()).hexdigest()
    return draft


def whole_meetings(engine: Engine) -> int:
    """The number of stored meetings, asserting each has every item its stored copy lists (none half-written)."""
    with engine.connect() as conn:
        rows = conn.execute(select(s.meeting.c.id, s.meeting.c.data)).all()
        for meeting_id, data in rows:
            items = conn.execute(select(func.count()).select_from(s.agenda_item)
                                 .where(s.agenda_item.c.meeting_id == meeting_id)).scalar_one()
            assert items == len(json.loads(data)["items"])
        return len(rows)
