"""Saving a Meeting in one transaction, replacing an earlier version, and reading it back."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from functools import cache
from typing import Any

from sqlalchemy import Connection, bindparam, func, select
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from referat.model import AgendaItem, Meeting, Person
from referat.store import indexing
from referat.store import schema as s
from referat.store.rows import Row, insert_returning, insert_rows, pipelined, select_rows
from referat.vocab import municipalities


def meeting_identity(meeting: Meeting) -> str:
    """What makes two documents the same meeting: municipality, body, period, date and start.

    Without a body or a date the header cannot tell meetings apart, so the document's path
    stands in: a changed file at the same path then replaces its earlier version.
    """
    if not (meeting.body and meeting.date):
        return "path|" + (meeting.source.path or meeting.source.sha256)
    return "|".join(str(part or "") for part in (meeting.municipality, meeting.body, meeting.period,
                                                  meeting.date, meeting.start_time))


def public_copy(meeting: Meeting) -> Meeting:
    """The meeting as it may be stored and shown: closed items keep number, title and case numbers."""
    items = [AgendaItem(number=i.number, title=i.title, closed=True, prefix=i.prefix, item_type=i.item_type,
                        case_numbers=list(i.case_numbers)) if i.closed else i for i in meeting.items]
    return replace(meeting, items=items)


def stored_hashes(conn: Connection, hashes: list[str]) -> set[str]:
    """Which of these document hashes are stored already."""
    if not hashes:
        return set()
    query = select(s.source_document.c.sha256).where(s.source_document.c.sha256.in_(sorted(set(hashes))))
    return set(conn.execute(query).scalars())


@cache
def _find_sql(table: str, keys: tuple[str, ...], null_keys: frozenset[str]) -> str:
    """``SELECT id FROM table`` where each key equals its bound value, or is NULL (built once, then reused)."""
    return f"SELECT id FROM {table} WHERE " + " AND ".join(f"{k} IS NULL" if k in null_keys else f"{k} = ?"
                                                           for k in keys)


def _get_or_create(conn: Connection, table: Any, values: dict[str, Any], keys: tuple[str, ...]) -> int:
    sql = _find_sql(table.name, keys, frozenset(k for k in keys if values[k] is None))
    found = select_rows(conn, sql, [values[k] for k in keys if values[k] is not None])
    if found:
        return int(found[0][0])
    [(row_id,)] = insert_returning(conn, table.name, tuple(values), [tuple(values.values())], ("id",))
    return int(row_id)


def _municipality_id(conn: Connection, name: str | None) -> int | None:
    if not name:
        return None
    code = _municipality_codes().get(name)
    return _get_or_create(conn, s.municipality, {"name": name, "code": code}, ("name",))


@cache
def _municipality_codes() -> dict[str, int]:
    """Municipality names and their codes."""
    codes: dict[str, int] = {}
    for entry in municipalities():
        codes.setdefault(entry["name"], int(entry["code"]))
    return codes


def _outcomes(values: list[str]) -> str:
    return "," + ",".join(values) + "," if values else ""


@cache
def _names_sql(dialect: str, table_name: str, column: str, no_municipality: bool) -> str:
    """``SELECT id, column`` of the bound names in the bound municipality (built once, then reused).

    The names come as one value, a JSON array on SQLite and an array on PostgreSQL: an
    expanding ``IN`` would be compiled again for every meeting.
    """
    match = "municipality_id IS NULL" if no_municipality else "municipality_id = ?"
    names = "IN (SELECT value FROM json_each(?))" if dialect == "sqlite" else "= ANY(CAST(? AS text[]))"
    return f"SELECT id, {column} FROM {table_name} WHERE {match} AND {column} {names}"


def _named_ids(conn: Connection, table: Any, column: str, municipality_id: int | None,
               rows: dict[str, dict[str, Any]]) -> dict[str, int]:
    """Ids of the rows named by ``column`` in one municipality, inserting the missing ones (``rows``: name → values)."""
    if not rows:
        return {}
    dialect = conn.dialect.name
    names = sorted(rows)
    bound = json.dumps(names, ensure_ascii=False) if dialect == "sqlite" else names
    found = select_rows(conn, _names_sql(dialect, table.name, column, municipality_id is None),
                        [bound] if municipality_id is None else [municipality_id, bound])
    known = {name: int(row_id) for row_id, name in found}
    missing = sorted(set(rows) - set(known))
    if missing:
        # One multi-row INSERT ... RETURNING: ids and names come back together.
        extra = tuple(rows[missing[0]])
        values = [(municipality_id, n, *(rows[n][k] for k in extra)) for n in missing]
        returned = insert_returning(conn, table.name, ("municipality_id", column, *extra), values, ("id", column))
        known.update({name: int(row_id) for row_id, name in returned})
    return known


def _person_ids(conn: Connection, municipality_id: int | None, people: list[Person]) -> dict[str, int]:
    """Ids of the named people in one municipality, creating the missing ones."""
    return _named_ids(conn, s.person, "name", municipality_id, {p.name: {"party": p.party} for p in people})


def _case_ids(conn: Connection, municipality_id: int | None, numbers: list[str]) -> dict[str, int]:
    """Ids of the case numbers in one municipality, creating the missing ones."""
    return _named_ids(conn, s.case_record, "number", municipality_id, {n: {} for n in numbers})


@dataclass(frozen=True)
class Prepared:
    """What :func:`save_meeting` derives from a meeting: its public copy's JSON, its items' search texts.

    The ingest makes it (:func:`prepare`) in the process that parsed the meeting, so that its
    one writer does less.
    """

    dialect: str
    data: str
    texts: tuple[indexing.Texts, ...]
    #: SQLite: every stem of ``texts`` (:func:`referat.store.indexing.vocabulary`).
    stems: frozenset[str] = frozenset()


def prepare(meeting: Meeting, dialect: str) -> Prepared:
    """What :func:`save_meeting` would derive from ``meeting`` for a database of ``dialect``."""
    return _prepared(public_copy(meeting), dialect)


def _prepared(public: Meeting, dialect: str) -> Prepared:
    texts = tuple(indexing.item_texts(indexing.ItemWords.of(item), dialect) for item in public.items)
    return Prepared(dialect, json.dumps(public.to_dict(), ensure_ascii=False), texts,
                    indexing.vocabulary(texts) if dialect == "sqlite" else frozenset())


def _index(conn: Connection, item_ids: list[int], meeting: Meeting, municipality_id: int | None,
           body_id: int | None, changes: bool = True, held: indexing.HeldText | None = None,
           texts: tuple[indexing.Texts, ...] | None = None, stems: frozenset[str] | None = None) -> None:
    if texts is None:
        texts = tuple(indexing.item_texts(indexing.ItemWords.of(item), conn.dialect.name) for item in meeting.items)
    indexing.write(conn, [
        indexing.Entry(item_id=item_id, meeting_date=meeting.date, municipality_id=municipality_id, body_id=body_id,
                       closed=item.closed, outcomes=_outcomes(item.outcomes), texts=item_texts)
        for item_id, item, item_texts in zip(item_ids, meeting.items, texts, strict=True)], changes, held, stems)


def _clear_meeting(conn: Connection, meeting_id: int,
                   held: indexing.HeldText | None = None) -> list[tuple[int, int | None, str | None]]:
    """Remove what hangs on a meeting's items and people (its search entries too); its items' (id, number, title).

    The meeting and agenda item rows stay, so that a replacement can keep their ids.
    """
    items = [(int(i), n, t) for i, n, t in conn.execute(
        select(s.agenda_item.c.id, s.agenda_item.c.number, s.agenda_item.c.title)
        .where(s.agenda_item.c.meeting_id == meeting_id).order_by(s.agenda_item.c.position))]
    item_ids = [i for i, _n, _t in items]
    indexing.delete(conn, item_ids, held=held)
    for table in (s.item_case, s.section, s.recommendation, s.decision, s.vote, s.attachment,
                  s.history_entry, s.data_table):
        conn.execute(table.delete().where(table.c.item_id.in_(item_ids)))
    conn.execute(s.participation.delete().where(s.participation.c.meeting_id == meeting_id))
    return items


def delete_meeting(conn: Connection, meeting_id: int) -> None:
    """Remove a meeting with everything that hangs on it (and its search entries)."""
    _clear_meeting(conn, meeting_id)
    source_id = conn.execute(select(s.meeting.c.source_id).where(s.meeting.c.id == meeting_id)).scalar_one()
    conn.execute(s.agenda_item.delete().where(s.agenda_item.c.meeting_id == meeting_id))
    conn.execute(s.meeting.delete().where(s.meeting.c.id == meeting_id))
    conn.execute(s.source_document.delete().where(s.source_document.c.id == source_id))


def item_key(number: int | None, title: str | None) -> str:
    """What identifies an agenda item within its meeting: its number, or its title where it has none."""
    return f"number:{number}" if number is not None else f"title:{title or ''}"


# The writer's statements, built once so that SQLAlchemy's compiled cache serves them.
#: A source row, unless its sha256 is stored already (per dialect: ``ON CONFLICT`` is dialect SQL).
_ADD_SOURCE = {name: dialect_insert(s.source_document).on_conflict_do_nothing(index_elements=["sha256"])
               .returning(s.source_document.c.id)
               for name, dialect_insert in (("sqlite", sqlite_insert), ("postgresql", postgresql_insert))}
_MEETING_BY_IDENTITY = "SELECT id, source_id FROM meeting WHERE identity = ?"
_UPDATE_MEETING = s.meeting.update().where(s.meeting.c.id == bindparam("meeting_id"))
_UPDATE_ITEM = s.agenda_item.update().where(s.agenda_item.c.id == bindparam("item_id"))


def save_meeting(conn: Connection, meeting: Meeting, identity: str | None = None,
                 provenance: dict[str, Any] | None = None, held: indexing.HeldText | None = None,
                 prepared: Prepared | None = None) -> str:
    """Store one parsed meeting inside the caller's transaction.

    Returns ``"unchanged"`` when the same document is stored already, ``"replaced"`` when an
    earlier version of the same meeting was swapped out, and ``"added"`` otherwise.
    ``identity`` overrides :func:`meeting_identity` (a publisher's own meeting id); ``provenance``
    fills the source row's provenance columns (``page_url``, ``api_url``, ``fetched_at``, ...).
    ``held``: on SQLite, the search text rows are kept there, to be written before the commit
    (:class:`referat.store.indexing.HeldText`). ``prepared``: what :func:`prepare` made of this
    meeting, used instead of deriving it again when it was made for this database's dialect.
    """
    # The unique sha256 decides: no row inserted means the same document is stored already.
    source_id = conn.execute(_ADD_SOURCE[conn.dialect.name], {
        "path": meeting.source.path, "sha256": meeting.source.sha256, "format": meeting.source.format,
        "ingested_at": datetime.now(UTC), **(provenance or {})}).scalar_one_or_none()
    if source_id is None:
        return "unchanged"
    meeting = public_copy(meeting)
    if prepared is None or prepared.dialect != conn.dialect.name or len(prepared.texts) != len(meeting.items):
        prepared = _prepared(meeting, conn.dialect.name)
    identity = identity or meeting_identity(meeting)
    earlier = next(iter(select_rows(conn, _MEETING_BY_IDENTITY, [identity])), None)
    old_items: list[tuple[int, int | None, str | None]] = []
    if earlier:
        old_items = _clear_meeting(conn, int(earlier[0]), held)
    municipality_id = _municipality_id(conn, meeting.municipality)
    body_id = None
    if meeting.body:
        body_id = _get_or_create(conn, s.body, {"municipality_id": municipality_id, "name": meeting.body,
                                                "period": meeting.period or ""}, ("municipality_id", "name", "period"))
    columns = {
        "identity": identity, "source_id": source_id, "municipality_id": municipality_id, "body_id": body_id,
        "kind": meeting.kind, "date": meeting.date, "start_time": meeting.start_time, "end_time": meeting.end_time,
        "location": meeting.location, "warnings": json.dumps(meeting.warnings, ensure_ascii=False),
        "data": prepared.data}
    if earlier:
        # The same row, so the meeting keeps its id (a permalink); then the earlier document goes.
        meeting_id = int(earlier[0])
        conn.execute(_UPDATE_MEETING, {"meeting_id": meeting_id, **columns})
        conn.execute(s.source_document.delete().where(s.source_document.c.id == earlier[1]))
    else:
        [(meeting_id,)] = insert_returning(conn, "meeting", tuple(columns), [tuple(columns.values())], ("id",))
    people = [*meeting.participants, *meeting.absent, *meeting.substitutes]
    for item in meeting.items:
        people += [*item.absent, *item.present, *item.substitutes]
    person_ids = _person_ids(conn, municipality_id, people)
    case_ids = _case_ids(conn, municipality_id, [n for item in meeting.items for n in item.case_numbers])
    item_ids = _write_items(conn, meeting_id, meeting.items, old_items)
    rows: dict[str, list[Row]] = {table: [] for table in DETAIL_COLUMNS}
    for status, group in (("present", meeting.participants), ("absent", meeting.absent),
                          ("substitute", meeting.substitutes)):
        rows["participation"] += [(meeting_id, None, person_ids[p.name], status, p.role) for p in group]
    for item_id, item in zip(item_ids, meeting.items, strict=True):
        rows["item_case"] += [(item_id, case_ids[n]) for n in dict.fromkeys(item.case_numbers)]
        if item.closed:
            continue  # number, title and case numbers only
        _item_rows(rows, item_id, item)
        for status, group in (("absent", item.absent), ("official", item.present), ("substitute", item.substitutes)):
            rows["participation"] += [(meeting_id, item_id, person_ids[p.name], status, p.role) for p in group]
    with pipelined(conn):  # nothing below waits for an answer
        for table, values in rows.items():
            insert_rows(conn, table, DETAIL_COLUMNS[table], values)
        _index(conn, item_ids, meeting, municipality_id, body_id, held=held, texts=prepared.texts,
               stems=prepared.stems or None)
    return "replaced" if earlier else "added"


#: The columns the writer fills in each detail table, in the order of its row tuples and of insertion.
DETAIL_COLUMNS: dict[str, tuple[str, ...]] = {
    "item_case": ("item_id", "case_id"),
    "section": ("item_id", "position", "heading", "kind", "text"),
    "recommendation": ("item_id", "position", "text"),
    "decision": ("item_id", "position", "body", "date", "text", "outcomes"),
    "attachment": ("item_id", "position", "title", "document_number", "url"),
    "history_entry": ("item_id", "position", "date", "body", "text", "outcomes"),
    "data_table": ("item_id", "position", "caption", "rows"),
    "vote": ("item_id", "for_parties", "against", "abstained", "text"),
    "participation": ("meeting_id", "item_id", "person_id", "status", "role"),
}
_ITEM_COLUMNS = ("meeting_id", "position", "number", "title", "closed", "prefix", "item_type", "outcomes",
                 "document_numbers")


def _item_values(meeting_id: int, position: int, item: AgendaItem) -> Row:
    return (meeting_id, position, item.number, item.title, item.closed, item.prefix, item.item_type,
            _outcomes(item.outcomes), json.dumps([] if item.closed else item.document_numbers))


def _write_items(conn: Connection, meeting_id: int, items: list[AgendaItem],
                 old_items: list[tuple[int, int | None, str | None]]) -> list[int]:
    """Store the meeting's agenda items; their ids, in agenda order.

    An item of an earlier version with the same :func:`item_key` keeps its row and id (its
    values updated in place); the others are inserted, and only then are the earlier items
    left over removed, so no new item takes the id of one that went.
    """
    free: dict[str, int] = {}
    for old_id, number, title in old_items:
        free.setdefault(item_key(number, title), old_id)
    ids: dict[int, int] = {}
    for position, item in enumerate(items):
        key = item_key(item.number, item.title)
        if key in free:
            ids[position] = free.pop(key)
    if ids:
        conn.execute(_UPDATE_ITEM, [{"item_id": ids[p], **dict(zip(_ITEM_COLUMNS, _item_values(meeting_id, p, items[p]),
                                                                     strict=True))} for p in sorted(ids)])
    rows = [_item_values(meeting_id, p, item) for p, item in enumerate(items) if p not in ids]
    if rows:
        returned = insert_returning(conn, "agenda_item", _ITEM_COLUMNS, rows, ("id", "position"))
        ids.update({int(position): int(item_id) for item_id, position in returned})
    if free:
        conn.execute(s.agenda_item.delete().where(s.agenda_item.c.id.in_(sorted(free.values()))))
    return [ids[position] for position in range(len(items))]


def _item_rows(rows: dict[str, list[Row]], item_id: int, item: AgendaItem) -> None:
    """The rows an open item adds to each detail table."""
    def add(table: str, values: list[Row]) -> None:
        rows[table] += [(item_id, k, *v) for k, v in enumerate(values)]

    def dumps(value: object) -> str:
        return json.dumps(value, ensure_ascii=False)

    add("section", [(x.heading, x.kind, x.text) for x in item.sections])
    add("recommendation", [(x,) for x in item.recommendations])
    add("decision", [(d.body, d.date, d.text, _outcomes(d.outcomes)) for d in item.decisions])
    add("attachment", [(a.title, a.document_number, a.url) for a in item.attachments])
    add("history_entry", [(h.date, h.body, h.text, _outcomes(h.outcomes)) for h in item.history])
    add("data_table", [(t.caption, dumps(t.rows)) for t in item.tables])
    rows["vote"] += [(item_id, dumps(v.for_), dumps(v.against), dumps(v.abstained), v.text) for v in item.votes]


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


def reindex_all(conn: Connection, log_changes: bool = True) -> int:
    """Rebuild every search document from the stored meetings (closed items' bodies dropped); the item count.

    ``log_changes=False`` is for migrations older than the search change log.
    """
    count = 0
    meetings = conn.execute(select(s.meeting.c.id, s.meeting.c.data, s.meeting.c.municipality_id,
                                   s.meeting.c.body_id).order_by(s.meeting.c.id)).all()
    for meeting_id, data, municipality_id, body_id in meetings:
        meeting = public_copy(Meeting.from_dict(json.loads(data)))
        conn.execute(s.meeting.update().where(s.meeting.c.id == meeting_id).values(
            data=json.dumps(meeting.to_dict(), ensure_ascii=False)))
        item_ids = list(conn.execute(select(s.agenda_item.c.id).where(s.agenda_item.c.meeting_id == meeting_id)
                                     .order_by(s.agenda_item.c.position)).scalars())
        indexing.delete(conn, item_ids, log_changes)
        if len(item_ids) == len(meeting.items):
            _index(conn, item_ids, meeting, municipality_id, body_id, log_changes)
            count += len(item_ids)
    return count
