"""Attendance figures that keep what the minutes did not record out of every rate.

A meeting *records attendance* when its minutes list who was present (at least one
meeting-level ``present`` row). Minutes that only name the absent say nothing about the
others, so their meetings count as *not recorded* ("ikke oplyst") for everyone not named
absent there, and a rate is taken over meetings that record attendance only. Where no
such meeting exists the rate is ``None``: unknown, never 0 %.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, bindparam, text

#: Meetings whose minutes list the members present.
_RECORDED = (
    "WITH recorded AS (SELECT DISTINCT meeting_id FROM participation WHERE item_id IS NULL AND status = 'present') "
)


def rate(present: int, absent: int) -> float | None:
    """Present as a percentage of present and absent, one decimal; ``None`` when neither is known."""
    known = present + absent
    return round(100 * present / known, 1) if known else None


def _meeting_counts(conn: Connection, body_ids: list[int]) -> dict[int, tuple[int, int]]:
    """Per body: (meetings, meetings that record attendance)."""
    if not body_ids:
        return {}
    query = text(
        _RECORDED + "SELECT m.body_id, count(*) AS meetings, count(r.meeting_id) AS recorded FROM meeting m "
        "LEFT JOIN recorded r ON r.meeting_id = m.id WHERE m.body_id IN :ids GROUP BY m.body_id"
    ).bindparams(bindparam("ids", expanding=True))
    rows = conn.execute(query, {"ids": body_ids})
    return {int(body_id): (int(meetings), int(recorded)) for body_id, meetings, recorded in rows}


def members(conn: Connection, *, body_id: int | None = None, person_id: int | None = None) -> list[dict[str, Any]]:
    """Attendance per person and body, for one body's members or one person's bodies.

    Each entry: person ``id``, ``name``, ``party``, ``body_id``, ``body``, ``present`` and
    ``absent`` (meetings), ``not_recorded`` (meetings of the body whose minutes do not say
    whether the person attended) and ``rate`` (over meetings that record attendance, or ``None``).
    """
    where, params = [], {}
    if body_id is not None:
        where.append("m.body_id = :body_id")
        params["body_id"] = body_id
    if person_id is not None:
        where.append("pa.person_id = :person_id")
        params["person_id"] = person_id
    rows = conn.execute(
        text(
            _RECORDED + "SELECT p.id, p.name, p.party, m.body_id, b.name AS body, b.period, "
            "count(DISTINCT CASE WHEN pa.status = 'present' THEN pa.meeting_id END) AS present, "
            "count(DISTINCT CASE WHEN pa.status = 'absent' THEN pa.meeting_id END) AS absent, "
            "count(DISTINCT CASE WHEN pa.status = 'absent' AND r.meeting_id IS NOT NULL THEN pa.meeting_id END) "
            "AS absent_recorded "
            "FROM participation pa JOIN person p ON p.id = pa.person_id JOIN meeting m ON m.id = pa.meeting_id "
            "JOIN body b ON b.id = m.body_id LEFT JOIN recorded r ON r.meeting_id = pa.meeting_id "
            "WHERE pa.item_id IS NULL AND pa.status IN ('present', 'absent') "
            + "".join(f"AND {w} " for w in where)
            + "GROUP BY p.id, p.name, p.party, m.body_id, b.name, b.period"
        ),
        params,
    ).mappings()
    entries = [dict(r) for r in rows]
    counts = _meeting_counts(conn, sorted({int(e["body_id"]) for e in entries}))
    out = []
    for e in entries:
        meetings, recorded = counts.get(int(e["body_id"]), (0, 0))
        absent_unrecorded = e["absent"] - e["absent_recorded"]
        out.append({
            "id": e["id"], "name": e["name"], "party": e["party"], "body_id": e["body_id"], "body": e["body"],
            "period": e["period"], "present": e["present"], "absent": e["absent"],
            "not_recorded": max(0, meetings - recorded - absent_unrecorded),
            "rate": rate(e["present"], e["absent_recorded"]),
        })
    return sorted(out, key=lambda e: (str(e["name"]), str(e["body"]), str(e["period"])))


def bodies(conn: Connection) -> list[dict[str, Any]]:
    """Per body: meetings, meetings that record attendance, and present, absent and rate over those."""
    rows = conn.execute(
        text(
            _RECORDED + "SELECT b.id, b.name, b.period, mu.name AS municipality, "
            "(SELECT count(*) FROM meeting m WHERE m.body_id = b.id) AS meetings, "
            "(SELECT count(*) FROM meeting m JOIN recorded r ON r.meeting_id = m.id WHERE m.body_id = b.id) "
            "AS recorded, "
            "(SELECT count(*) FROM participation pa JOIN meeting m ON m.id = pa.meeting_id "
            "JOIN recorded r ON r.meeting_id = m.id WHERE m.body_id = b.id AND pa.item_id IS NULL "
            "AND pa.status = 'present') AS present, "
            "(SELECT count(*) FROM participation pa JOIN meeting m ON m.id = pa.meeting_id "
            "JOIN recorded r ON r.meeting_id = m.id WHERE m.body_id = b.id AND pa.item_id IS NULL "
            "AND pa.status = 'absent') AS absent "
            "FROM body b LEFT JOIN municipality mu ON mu.id = b.municipality_id "
            "ORDER BY mu.name, b.name, b.period"
        )
    ).mappings()
    out = []
    for r in rows:
        recorded = int(r["recorded"])
        out.append(dict(r) | {
            "present": int(r["present"]) if recorded else None,
            "absent": int(r["absent"]) if recorded else None,
            "rate": rate(int(r["present"]), int(r["absent"])) if recorded else None,
        })
    return out
