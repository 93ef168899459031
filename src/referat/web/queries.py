"""What the pages and the API read from the store; closed items give number, title and case numbers only."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, text

from referat.errors import ReferatError
from referat.store.rankindex import outcome_names
from referat.store.ranking import FacetRow
from referat.store.search import Filters, Hit, matching_keys, matching_keys_with_facets, page_hits, select_by_ids
from referat.store.similar import similar
from referat.store.timeline import Appearance, case_timeline
from referat.web.attendance import bodies as body_attendance
from referat.web.attendance import members as members_attendance


def _rows(conn: Connection, sql: str, **params: Any) -> list[dict[str, Any]]:
    return [dict(r) for r in conn.execute(text(sql), params).mappings()]


_MEETING_COLUMNS = (
    "SELECT m.id, m.date, m.start_time, m.end_time, m.location, m.kind, mu.name AS municipality, "
    "b.name AS body, b.id AS body_id, b.period, mu.id AS municipality_id, "
    "(SELECT count(*) FROM agenda_item ai WHERE ai.meeting_id = m.id) AS items "
    "FROM meeting m LEFT JOIN municipality mu ON mu.id = m.municipality_id "
    "LEFT JOIN body b ON b.id = m.body_id "
)


def latest_meetings(
    conn: Connection,
    limit: int = 10,
    after_id: int | None = None,
    body_id: int | None = None,
    municipality_id: int | None = None,
    by_date: bool = False,
) -> list[dict[str, Any]]:
    """Meetings, newest first: by id (the API's cursor order), or by date, then id, with ``by_date``;
    optionally after a cursor id and within a body or municipality."""
    where, params = ["1=1"], {"limit": limit}
    if body_id is not None:
        where.append("m.body_id = :body_id")
        params["body_id"] = body_id
    if municipality_id is not None:
        where.append("m.municipality_id = :municipality_id")
        params["municipality_id"] = municipality_id
    if after_id is not None:
        where.append("m.id < :after_id")
        params["after_id"] = after_id
    order = "m.date IS NULL, m.date DESC, m.id DESC" if by_date else "m.id DESC"
    return _rows(conn, _MEETING_COLUMNS + "WHERE " + " AND ".join(where) + f" ORDER BY {order} LIMIT :limit", **params)


def municipalities_with_counts(conn: Connection) -> list[dict[str, Any]]:
    """Municipalities with their numbers of bodies and meetings."""
    return _rows(
        conn,
        "SELECT mu.id, mu.name, mu.code, "
        "(SELECT count(*) FROM body b WHERE b.municipality_id = mu.id) AS bodies, "
        "(SELECT count(*) FROM meeting m WHERE m.municipality_id = mu.id) AS meetings "
        "FROM municipality mu ORDER BY mu.name",
    )


def bodies_with_counts(conn: Connection, municipality_id: int | None = None) -> list[dict[str, Any]]:
    """Bodies with their municipality and number of meetings."""
    where = "WHERE b.municipality_id = :mid " if municipality_id is not None else ""
    return _rows(
        conn,
        "SELECT b.id, b.name, b.period, mu.name AS municipality, mu.id AS municipality_id, "
        "(SELECT count(*) FROM meeting m WHERE m.body_id = b.id) AS meetings "
        f"FROM body b LEFT JOIN municipality mu ON mu.id = b.municipality_id {where}"
        "ORDER BY mu.name, b.name, b.period",
        mid=municipality_id,
    )


def meeting(conn: Connection, meeting_id: int) -> dict[str, Any] | None:
    """One meeting: header, people, and its items with their database ids."""
    rows = _rows(conn, _MEETING_COLUMNS + "WHERE m.id = :id", id=meeting_id)
    if not rows:
        return None
    record = rows[0]
    data = json.loads(conn.execute(text("SELECT data FROM meeting WHERE id = :id"), {"id": meeting_id}).scalar_one())
    ids = [
        r["id"]
        for r in _rows(conn, "SELECT id FROM agenda_item WHERE meeting_id = :id ORDER BY position", id=meeting_id)
    ]
    items = []
    for item_id, item in zip(ids, data["items"], strict=False):
        items.append(_public_item(item) | {"id": item_id})
    source = _rows(
        conn,
        "SELECT s.path, s.sha256, s.format, s.ingested_at, s.page_url, s.api_url, s.fetched_at, s.response_sha256 "
        "FROM source_document s JOIN meeting m ON m.source_id = s.id WHERE m.id = :id",
        id=meeting_id,
    )[0]
    source |= provenance_links(source)
    ids_by_name = {
        str(r["name"]).casefold(): r["id"]
        for r in _rows(conn, "SELECT DISTINCT p.id, p.name FROM participation pa JOIN person p ON p.id = pa.person_id "
                             "WHERE pa.meeting_id = :id", id=meeting_id)
    }

    def linked(people: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return [person | {"id": ids_by_name.get(str(person["name"]).casefold())} for person in people]

    return record | {
        "participants": linked(data["participants"]),
        "absent": linked(data["absent"]),
        "substitutes": linked(data.get("substitutes", [])),
        "items": items,
        "warnings": data["warnings"],
        "source": source,
    }


def web_address(value: Any) -> str | None:
    """``value`` when it is an http(s) address fit for a link, else None (never a ``javascript:`` link)."""
    return value if isinstance(value, str) and value.startswith(("https://", "http://")) else None


def provenance_links(source: dict[str, Any]) -> dict[str, Any]:
    """Where a collected meeting came from, for the page: the public page, the API address, when it was read."""
    fetched = source.get("fetched_at")
    when = fetched.strftime("%Y-%m-%d %H:%M") if isinstance(fetched, datetime) else str(fetched or "")[:16]
    return {"link": web_address(source.get("page_url")), "api_link": web_address(source.get("api_url")),
            "fetched": when.replace("T", " ") or None}


def _public_item(item: dict[str, Any]) -> dict[str, Any]:
    """An item as it may be shown: a closed one keeps its number, title and case numbers only."""
    if item.get("closed"):
        return {"number": item["number"], "title": item["title"], "closed": True, "case_numbers": item["case_numbers"]}
    return item


def item(conn: Connection, item_id: int) -> dict[str, Any] | None:
    """One agenda item with its meeting."""
    rows = _rows(conn, "SELECT meeting_id FROM agenda_item WHERE id = :id", id=item_id)
    if not rows:
        return None
    found = meeting(conn, rows[0]["meeting_id"])
    if found is None:
        return None
    chosen = next((i for i in found["items"] if i["id"] == item_id), None)
    return None if chosen is None else {"item": chosen, "meeting": found}


def similar_items(conn: Connection, item_id: int, limit: int = 5) -> list[dict[str, Any]]:
    """The items of other municipalities most like this one (none for a closed or unknown item)."""
    try:
        return [s.to_dict() for s in similar(conn, item_id, limit)]
    except ReferatError:
        return []


def case(conn: Connection, number: str, municipality: str | None = None) -> list[Appearance]:
    """Every appearance of a case, oldest first."""
    return case_timeline(conn, number, municipality)


def body(conn: Connection, body_id: int) -> dict[str, Any] | None:
    """A body: its meetings by year, attendance per member and outcome counts."""
    rows = _rows(
        conn,
        "SELECT b.id, b.name, b.period, mu.name AS municipality, mu.id AS municipality_id "
        "FROM body b LEFT JOIN municipality mu ON mu.id = b.municipality_id WHERE b.id = :id",
        id=body_id,
    )
    if not rows:
        return None
    meetings = latest_meetings(conn, limit=10_000, body_id=body_id, by_date=True)
    by_year: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for m in meetings:
        by_year[(m["date"] or "----")[:4]].append(m)
    attendance = members_attendance(conn, body_id=body_id)
    outcomes: Counter[str] = Counter()
    for (value,) in conn.execute(
        text("SELECT ai.outcomes FROM agenda_item ai JOIN meeting m ON m.id = ai.meeting_id WHERE m.body_id = :id"),
        {"id": body_id},
    ):
        outcomes.update(o for o in (value or "").split(",") if o)
    return rows[0] | {
        "years": dict(sorted(by_year.items(), reverse=True)),
        "attendance": attendance,
        "outcomes": dict(outcomes.most_common()),
        "meeting_count": len(meetings),
    }


def person(conn: Connection, person_id: int) -> dict[str, Any] | None:
    """A person: meetings attended, meetings absent, items absent."""
    rows = _rows(
        conn,
        "SELECT p.id, p.name, p.party, mu.name AS municipality, mu.id AS municipality_id "
        "FROM person p LEFT JOIN municipality mu ON mu.id = p.municipality_id WHERE p.id = :id",
        id=person_id,
    )
    if not rows:
        return None
    base = (
        "SELECT m.id, m.date, b.name AS body, pa.status, pa.role, ai.id AS item_id, ai.number, ai.title "
        "FROM participation pa JOIN meeting m ON m.id = pa.meeting_id LEFT JOIN body b ON b.id = m.body_id "
        "LEFT JOIN agenda_item ai ON ai.id = pa.item_id WHERE pa.person_id = :id "
    )
    records = _rows(conn, base + "ORDER BY m.date DESC, ai.position", id=person_id)
    return rows[0] | {
        "attended": [r for r in records if r["status"] == "present" and r["item_id"] is None],
        "absent": [r for r in records if r["status"] == "absent" and r["item_id"] is None],
        "items_absent": [r for r in records if r["status"] == "absent" and r["item_id"] is not None],
        "other": [r for r in records if r["status"] in ("substitute", "official")],
        "attendance": members_attendance(conn, person_id=person_id),
    }


def municipality(conn: Connection, municipality_id: int) -> dict[str, Any] | None:
    """A municipality: its bodies and recent meetings."""
    rows = _rows(conn, "SELECT id, name, code FROM municipality WHERE id = :id", id=municipality_id)
    if not rows:
        return None
    return rows[0] | {
        "bodies": bodies_with_counts(conn, municipality_id),
        "meetings": latest_meetings(conn, limit=20, municipality_id=municipality_id, by_date=True),
    }


def statistics(conn: Connection) -> dict[str, Any]:
    """Meetings per month, outcomes per body, attendance rates per body."""
    per_month = Counter(str(r[0])[:7] for r in conn.execute(text("SELECT date FROM meeting WHERE date IS NOT NULL")))
    outcomes: dict[str, Counter[str]] = defaultdict(Counter)
    for name, value in conn.execute(
        text(
            # Bodies of the same name in different municipalities are kept apart.
            "SELECT COALESCE(b.name, '?') || ' (' || COALESCE(mu.name, '?') || ')', ai.outcomes FROM agenda_item ai "
            "JOIN meeting m ON m.id = ai.meeting_id LEFT JOIN body b ON b.id = m.body_id "
            "LEFT JOIN municipality mu ON mu.id = m.municipality_id"
        )
    ):
        outcomes[name].update(o for o in (value or "").split(",") if o)
    return {
        "per_month": dict(sorted(per_month.items())),
        "outcomes": {k: dict(v) for k, v in outcomes.items()},
        "attendance": body_attendance(conn),
    }


#: Facets count this many hits at most, so a common word costs no more than a rare one.
FACET_WINDOW = 500


def search_with_facets(
    conn: Connection, query: str, filters: Filters, page: int, per_page: int = 20, sort: str = "relevance"
) -> tuple[list[Hit], dict[str, Counter[str]]]:
    """A page of hits in ``sort`` order, and facet counts over the first FACET_WINDOW hits in that order.

    One ranking serves both: the page is a slice of the matches it returns, and the facets count the first
    FACET_WINDOW of them: in relevance order from the relevance index's columns, newest first from their
    search documents.
    """
    offset = (page - 1) * per_page
    depth = max(FACET_WINDOW, offset + per_page)
    if sort == "relevance":  # the relevance index holds the facets of its hits: no query of the database for them
        keys, rows = matching_keys_with_facets(conn, query, filters, depth, FACET_WINDOW)
        facets = _facets_of_rows(conn, rows)
    else:
        keys = matching_keys(conn, query, filters, depth, sort)
        facets = _facet_counts(conn, [key for key, _score in keys[:FACET_WINDOW]])
    return page_hits(conn, query, keys[offset:offset + per_page]), facets


#: What a facet counts of each hit: its municipality, body, meeting date and outcomes. The keys come
#: as one value (a JSON array on SQLite, an array on PostgreSQL): 500 bound values cost more to send.
_FACET_SQL = (
    "SELECT mu.name, b.name, d.meeting_date, d.outcomes FROM search_document d "
    "LEFT JOIN municipality mu ON mu.id = d.municipality_id LEFT JOIN body b ON b.id = d.body_id WHERE "
)
_FACET_QUERIES = {"sqlite": text(_FACET_SQL + "d.id IN (SELECT value FROM json_each(:keys))"),
                  "postgresql": text(_FACET_SQL + "d.id = ANY(CAST(:keys AS bigint[]))")}


#: The facet values of hits whose municipality or body ("?") or date ("????") the minutes do not give.
UNKNOWN_NAME, UNKNOWN_YEAR = "?", "????"
UNKNOWN_FACET_VALUES = frozenset({UNKNOWN_NAME, UNKNOWN_YEAR})


def _names(conn: Connection, table: str, ids: set[int]) -> dict[int, str]:
    """The names of the municipalities or bodies with ``ids``."""
    if not ids:
        return {}
    return {int(i): name for i, name in select_by_ids(conn, f"SELECT id, name FROM {table} WHERE id IN :ids",
                                                      sorted(ids))}


def _facets_of_rows(conn: Connection, rows: list[FacetRow]) -> dict[str, Counter[str]]:
    """Hits per municipality, body, year and outcome, from the relevance index's facet rows of the hits.

    Each column is counted by its values first and each distinct value named once."""
    by_municipality = Counter(row[0] for row in rows)
    by_body = Counter(row[1] for row in rows)
    municipalities = _names(conn, "municipality", {m for m in by_municipality if m is not None})
    bodies = _names(conn, "body", {b for b in by_body if b is not None})
    facets: dict[str, Counter[str]] = {"municipality": Counter(), "body": Counter(), "year": Counter(),
                                       "outcome": Counter()}
    for facet, counted, names in (("municipality", by_municipality, municipalities), ("body", by_body, bodies)):
        for key, count in counted.items():
            facets[facet][names.get(key, UNKNOWN_NAME) if key is not None else UNKNOWN_NAME] += count
    for year, count in Counter(row[2] for row in rows).items():
        facets["year"][f"{year:04d}" if year else UNKNOWN_YEAR] += count
    for bits, count in Counter(row[3] for row in rows).items():
        for outcome in outcome_names(bits):
            facets["outcome"][outcome] += count
    return facets


def _facet_counts(conn: Connection, keys: list[int]) -> dict[str, Counter[str]]:
    """Hits per municipality, body, year and outcome among the search documents with ``keys``."""
    facets: dict[str, Counter[str]] = {"municipality": Counter(), "body": Counter(), "year": Counter(),
                                       "outcome": Counter()}
    if not keys:
        return facets
    sqlite = conn.dialect.name == "sqlite"
    found = conn.execute(_FACET_QUERIES[conn.dialect.name], {"keys": json.dumps(keys) if sqlite else keys}).all()
    for municipality_name, body_name, meeting_date, outcomes in found:
        facets["municipality"][municipality_name or UNKNOWN_NAME] += 1
        facets["body"][body_name or UNKNOWN_NAME] += 1
        facets["year"][(meeting_date or UNKNOWN_YEAR)[:4]] += 1
        for outcome in (outcomes or "").split(","):
            if outcome:
                facets["outcome"][outcome] += 1
    return facets
