"""A case's course: every agenda item carrying its number, by date, across meetings and bodies."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import Connection, bindparam, text


@dataclass
class Appearance:
    """One agenda item of the case, with its decisions and the document's own case history."""

    date: str | None
    municipality: str | None
    body: str | None
    meeting_id: int
    item_id: int
    number: int | None
    title: str | None
    closed: bool
    outcomes: list[str]
    decisions: list[dict[str, Any]] = field(default_factory=list)
    history: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form."""
        return asdict(self)


def _split(value: str | None) -> list[str]:
    return [v for v in (value or "").split(",") if v]


def case_timeline(conn: Connection, number: str, municipality: str | None = None) -> list[Appearance]:
    """Every appearance of case ``number`` (optionally in one municipality), oldest first."""
    params: dict[str, Any] = {"number": number}
    where = ""
    if municipality:
        where = " AND lower(mu.name) = lower(:municipality)"
        params["municipality"] = municipality
    rows = conn.execute(text(
        "SELECT ai.id, ai.meeting_id, ai.number, ai.title, ai.closed, ai.outcomes, m.date, mu.name AS municipality, "
        "b.name AS body FROM case_record cr JOIN item_case ic ON ic.case_id = cr.id "
        "JOIN agenda_item ai ON ai.id = ic.item_id JOIN meeting m ON m.id = ai.meeting_id "
        "LEFT JOIN municipality mu ON mu.id = m.municipality_id LEFT JOIN body b ON b.id = m.body_id "
        f"WHERE cr.number = :number{where} ORDER BY m.date, m.start_time, ai.position"), params).mappings().all()
    open_ids = [int(row["id"]) for row in rows if not row["closed"]]
    decisions = _parts(conn, "SELECT item_id, body, date, text, outcomes FROM decision WHERE item_id IN :ids "
                             "ORDER BY item_id, position", open_ids)
    history = _parts(conn, "SELECT item_id, date, body, text, outcomes FROM history_entry WHERE item_id IN :ids "
                           "ORDER BY item_id, position", open_ids)
    return [Appearance(date=row["date"], municipality=row["municipality"], body=row["body"],
                       meeting_id=row["meeting_id"], item_id=row["id"], number=row["number"], title=row["title"],
                       closed=bool(row["closed"]), outcomes=_split(row["outcomes"]),
                       decisions=decisions.get(int(row["id"]), []), history=history.get(int(row["id"]), []))
            for row in rows]


def _parts(conn: Connection, sql: str, item_ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    """Rows of one detail table for these items, grouped by item, with outcomes as lists."""
    found: dict[int, list[dict[str, Any]]] = {}
    if item_ids:
        statement = text(sql).bindparams(bindparam("ids", expanding=True))
        for row in conn.execute(statement, {"ids": item_ids}).mappings():
            part = {k: v for k, v in row.items() if k != "item_id"}
            part["outcomes"] = _split(part["outcomes"])
            found.setdefault(int(row["item_id"]), []).append(part)
    return found
