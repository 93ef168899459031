"""Saving a Meeting in one transaction, replacing an earlier version, and reading it back."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, func, insert, select, text

from referat.model import AgendaItem, Meeting, Person
from referat.store import schema as s
from referat.store.textindex import stemmed
from referat.vocab import municipalities


def meeting_identity(meeting: Meeting) -> str:
    """What makes two documents the same meeting: municipality, body, period, date and start."""
    return "|".join(str(part or "") for part in (meeting.municipality, meeting.body, meeting.period,
                                                  meeting.date, meeting.start_time))


def has_source(conn: Connection, sha256: str) -> bool:
    """True when a document with this content is already stored."""
    return conn.execute(select(s.source_document.c.id).where(s.source_document.c.sha256 == sha256)).first() \
        is not None


def _get_or_create(conn: Connection, table: Any, values: dict[str, Any], keys: tuple[str, ...]) -> int:
    condition = [table.c[k].is_(None) if values[k] is None else table.c[k] == values[k] for k in keys]
    row = conn.execute(select(table.c.id).where(*condition)).first()
    if row:
        return int(row[0])
    return int(conn.execute(insert(table).values(**values).returning(table.c.id)).scalar_one())


def _municipality_id(conn: Connection, name: str | None) -> int | None:
    if not name:
        return None
    code = next((int(e["code"]) for e in municipalities() if e["name"] == name), None)
    return _get_or_create(conn, s.municipality, {"name": name, "code": code}, ("name",))


def _outcomes(values: list[str]) -> str:
    return "," + ",".join(values) + "," if values else ""


def _people(conn: Connection, municipality_id: int | None, meeting_id: int, item_id: int | None,
            people: list[Person], status: str) -> None:
    for p in people:
        person_id = _get_or_create(conn, s.person, {"municipality_id": municipality_id, "name": p.name,
                                                    "party": p.party}, ("municipality_id", "name"))
        conn.execute(insert(s.participation).values(meeting_id=meeting_id, item_id=item_id, person_id=person_id,
                                                    status=status, role=p.role))


def _index_fields(item: AgendaItem) -> dict[str, str]:
    """The text the search sees; a closed item is found by its title only."""
    title = item.title or ""
    if item.closed:
        return {"title": title, "decision": "", "body": "", "attachments": ""}
    decision = "\n".join(d.text for d in item.decisions)
    body = "\n".join(sec.text for sec in item.sections if sec.kind != "decision")
    body += "\n" + "\n".join(" ".join(row) for table in item.tables for row in table.rows)
    attachments = "\n".join(a.title for a in item.attachments)
    return {"title": title, "decision": decision, "body": body, "attachments": attachments}


def _index(conn: Connection, item_id: int, item: AgendaItem, meeting: Meeting, municipality_id: int | None,
           body_id: int | None) -> None:
    conn.execute(insert(s.search_document).values(item_id=item_id, meeting_date=meeting.date,
                                                  municipality_id=municipality_id, body_id=body_id,
                                                  closed=item.closed))
    fields = _index_fields(item)
    if conn.dialect.name == "sqlite":
        conn.execute(text("INSERT INTO item_fts(rowid, title, decision, body, attachments) "
                          "VALUES (:id, :title, :decision, :body, :attachments)"),
                     {"id": item_id, **{k: stemmed(v) for k, v in fields.items()}})
    else:
        conn.execute(text(
            "UPDATE search_document SET tsv = "
            "setweight(to_tsvector('danish', :title), 'A') || setweight(to_tsvector('danish', :decision), 'B') || "
            "setweight(to_tsvector('danish', :attachments), 'C') || setweight(to_tsvector('danish', :body), 'D') "
            "WHERE item_id = :id"), {"id": item_id, **fields})


def delete_meeting(conn: Connection, meeting_id: int) -> None:
    """Remove a meeting with everything that hangs on it (and its search entries)."""
    item_ids = [r[0] for r in conn.execute(select(s.agenda_item.c.id).where(s.agenda_item.c.meeting_id == meeting_id))]
    if conn.dialect.name == "sqlite" and item_ids:
        conn.execute(text(f"DELETE FROM item_fts WHERE rowid IN ({','.join(str(int(i)) for i in item_ids)})"))
    source_id = conn.execute(select(s.meeting.c.source_id).where(s.meeting.c.id == meeting_id)).scalar_one()
    for table in (s.search_document, s.item_case, s.section, s.recommendation, s.decision, s.vote, s.attachment,
                  s.history_entry, s.data_table):
        conn.execute(table.delete().where(table.c.item_id.in_(item_ids)))
    conn.execute(s.participation.delete().where(s.participation.c.meeting_id == meeting_id))
    conn.execute(s.agenda_item.delete().where(s.agenda_item.c.meeting_id == meeting_id))
    conn.execute(s.meeting.delete().where(s.meeting.c.id == meeting_id))
    conn.execute(s.source_document.delete().where(s.source_document.c.id == source_id))


def save_meeting(conn: Connection, meeting: Meeting) -> str:
    """Store one parsed meeting inside the caller's transaction.

    Returns ``"unchanged"`` when the same document is stored already, ``"replaced"`` when an
    earlier version of the same meeting was swapped out, and ``"added"`` otherwise.
    """
    if has_source(conn, meeting.source.sha256):
        return "unchanged"
    identity = meeting_identity(meeting)
    earlier = conn.execute(select(s.meeting.c.id).where(s.meeting.c.identity == identity)).first()
    if earlier:
        delete_meeting(conn, int(earlier[0]))
    source_id = conn.execute(insert(s.source_document).values(
        path=meeting.source.path, sha256=meeting.source.sha256, format=meeting.source.format,
        ingested_at=datetime.now(UTC)).returning(s.source_document.c.id)).scalar_one()
    municipality_id = _municipality_id(conn, meeting.municipality)
    body_id = None
    if meeting.body:
        body_id = _get_or_create(conn, s.body, {"municipality_id": municipality_id, "name": meeting.body,
                                                "period": meeting.period or ""}, ("municipality_id", "name", "period"))
    meeting_id = conn.execute(insert(s.meeting).values(
        identity=identity, source_id=source_id, municipality_id=municipality_id, body_id=body_id,
        kind=meeting.kind, date=meeting.date, start_time=meeting.start_time, end_time=meeting.end_time,
        location=meeting.location, warnings=json.dumps(meeting.warnings, ensure_ascii=False),
        data=json.dumps(meeting.to_dict(), ensure_ascii=False)).returning(s.meeting.c.id)).scalar_one()
    _people(conn, municipality_id, meeting_id, None, meeting.participants, "present")
    _people(conn, municipality_id, meeting_id, None, meeting.absent, "absent")
    _people(conn, municipality_id, meeting_id, None, meeting.substitutes, "substitute")
    for position, item in enumerate(meeting.items):
        _save_item(conn, meeting, meeting_id, municipality_id, body_id, position, item)
    return "replaced" if earlier else "added"


def _save_item(conn: Connection, meeting: Meeting, meeting_id: int, municipality_id: int | None,
               body_id: int | None, position: int, item: AgendaItem) -> None:
    item_id = conn.execute(insert(s.agenda_item).values(
        meeting_id=meeting_id, position=position, number=item.number, title=item.title, closed=item.closed,
        prefix=item.prefix, item_type=item.item_type, outcomes=_outcomes(item.outcomes),
        document_numbers=json.dumps([] if item.closed else item.document_numbers))
        .returning(s.agenda_item.c.id)).scalar_one()
    for number in item.case_numbers:
        case_id = _get_or_create(conn, s.case_record, {"municipality_id": municipality_id, "number": number},
                                 ("municipality_id", "number"))
        if not conn.execute(select(s.item_case).where(s.item_case.c.item_id == item_id,
                                                      s.item_case.c.case_id == case_id)).first():
            conn.execute(insert(s.item_case).values(item_id=item_id, case_id=case_id))
    _index(conn, item_id, item, meeting, municipality_id, body_id)
    if item.closed:
        return  # number, title and case numbers only
    rows: list[tuple[Any, list[dict[str, Any]]]] = [
        (s.section, [{"heading": x.heading, "kind": x.kind, "text": x.text} for x in item.sections]),
        (s.recommendation, [{"text": x} for x in item.recommendations]),
        (s.decision, [{"body": d.body, "date": d.date, "text": d.text, "outcomes": _outcomes(d.outcomes)}
                      for d in item.decisions]),
        (s.attachment, [{"title": a.title, "document_number": a.document_number} for a in item.attachments]),
        (s.history_entry, [{"date": h.date, "body": h.body, "text": h.text, "outcomes": _outcomes(h.outcomes)}
                           for h in item.history]),
        (s.data_table, [{"caption": t.caption, "rows": json.dumps(t.rows, ensure_ascii=False)} for t in item.tables]),
    ]
    for table, values in rows:
        if values:
            conn.execute(insert(table), [{"item_id": item_id, "position": k, **v} for k, v in enumerate(values)])
    for v in item.votes:
        conn.execute(insert(s.vote).values(item_id=item_id, for_parties=json.dumps(v.for_, ensure_ascii=False),
                                           against=json.dumps(v.against, ensure_ascii=False),
                                           abstained=json.dumps(v.abstained, ensure_ascii=False), text=v.text))
    _people(conn, municipality_id, meeting_id, item_id, item.absent, "absent")
    _people(conn, municipality_id, meeting_id, item_id, item.present, "official")
    _people(conn, municipality_id, meeting_id, item_id, item.substitutes, "substitute")


def load_meeting(conn: Connection, meeting_id: int) -> Meeting | None:
    """The stored meeting, as it was parsed."""
    data = conn.execute(select(s.meeting.c.data).where(s.meeting.c.id == meeting_id)).scalar_one_or_none()
    return Meeting.from_dict(json.loads(data)) if data else None


def counts(conn: Connection) -> dict[str, int]:
    """Rows per main entity."""
    return {name: int(conn.execute(select(func.count()).select_from(table)).scalar_one())
            for name, table in (("meetings", s.meeting), ("items", s.agenda_item), ("cases", s.case_record),
                                ("sources", s.source_document), ("people", s.person),
                                ("municipalities", s.municipality), ("bodies", s.body))}
