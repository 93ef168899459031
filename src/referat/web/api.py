"""The JSON API under ``/api/v1``: cursor paging, stable integer ids, CSV variants of the lists."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterator
from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Query
from fastapi.responses import Response
from sqlalchemy import Connection, text

from referat.store.export import csv_cell
from referat.store.search import Filters, search
from referat.web import queries
from referat.web.params import Cursor, Id, search_filters

MAX_PAGE = 200
#: The orders of the search: relevance (the default) or newest meeting first.
SORT_PATTERN = "^(relevance|newest)$"


def _csv(rows: list[dict[str, Any]]) -> Response:
    """Rows as CSV, formulas neutralised as in ``referat export``."""
    buffer = io.StringIO()
    if rows:
        writer = csv.DictWriter(buffer, fieldnames=list(rows[0]))
        writer.writeheader()
        for row in rows:
            writer.writerow(
                {k: csv_cell(json.dumps(v, ensure_ascii=False) if isinstance(v, list | dict) else v)
                 for k, v in row.items()}
            )
    return Response(buffer.getvalue(), media_type="text/csv; charset=utf-8")


def _page(rows: list[dict[str, Any]], limit: int) -> dict[str, Any]:
    return {"items": rows, "next_cursor": rows[-1]["id"] if len(rows) == limit else None}


def build_api(connection: Callable[[], Iterator[Connection]]) -> APIRouter:
    """The API routes; ``connection`` is the dependency that yields a database connection."""
    api = APIRouter(prefix="/api/v1", tags=["api"])
    limit_param = Query(50, ge=1, le=MAX_PAGE)

    @api.get("/meetings")
    def meetings(
        cursor: Cursor = None, limit: int = limit_param, conn: Connection = Depends(connection)
    ) -> dict[str, Any]:
        """Meetings, newest first; pass ``next_cursor`` as ``cursor`` for the next page."""
        return _page(queries.latest_meetings(conn, limit, after_id=cursor), limit)

    @api.get("/meetings.csv")
    def meetings_csv(
        cursor: Cursor = None, limit: int = limit_param, conn: Connection = Depends(connection)
    ) -> Response:
        """The meetings list as CSV."""
        return _csv(queries.latest_meetings(conn, limit, after_id=cursor))

    @api.get("/meetings/{meeting_id}")
    def meeting(meeting_id: Id, conn: Connection = Depends(connection)) -> dict[str, Any]:
        """One meeting with its items (closed items: number, title and case numbers only)."""
        found = queries.meeting(conn, meeting_id)
        if found is None:
            raise HTTPException(404, "no such meeting")
        return found

    def _items(cursor: int | None, limit: int, conn: Connection) -> list[dict[str, Any]]:
        rows = conn.execute(
            text(
                "SELECT ai.id, ai.meeting_id, ai.number, ai.title, ai.closed, ai.outcomes, m.date, b.name AS body, "
                "mu.name AS municipality FROM agenda_item ai JOIN meeting m ON m.id = ai.meeting_id "
                "LEFT JOIN body b ON b.id = m.body_id LEFT JOIN municipality mu ON mu.id = m.municipality_id "
                "WHERE ai.id > :cursor ORDER BY ai.id LIMIT :limit"
            ),
            {"cursor": cursor or 0, "limit": limit},
        ).mappings()
        return [
            dict(r) | {"closed": bool(r["closed"]), "outcomes": [o for o in (r["outcomes"] or "").split(",") if o]}
            for r in rows
        ]

    @api.get("/items")
    def items(
        cursor: Cursor = None, limit: int = limit_param, conn: Connection = Depends(connection)
    ) -> dict[str, Any]:
        """Agenda items by id (title and outcomes; a closed item's body is never included)."""
        return _page(_items(cursor, limit, conn), limit)

    @api.get("/items.csv")
    def items_csv(
        cursor: Cursor = None, limit: int = limit_param, conn: Connection = Depends(connection)
    ) -> Response:
        """The items list as CSV."""
        return _csv(_items(cursor, limit, conn))

    @api.get("/items/{item_id}")
    def item(item_id: Id, conn: Connection = Depends(connection)) -> dict[str, Any]:
        """One agenda item and the id of its meeting."""
        found = queries.item(conn, item_id)
        if found is None:
            raise HTTPException(404, "no such item")
        return found["item"] | {"meeting_id": found["meeting"]["id"]}

    @api.get("/items/{item_id}/similar")
    def item_similar(
        item_id: Id, limit: int = Query(5, ge=1, le=50), conn: Connection = Depends(connection)
    ) -> dict[str, Any]:
        """The items of other municipalities most like this one, most similar first (none for a closed item)."""
        if queries.item(conn, item_id) is None:
            raise HTTPException(404, "no such item")
        return {"items": queries.similar_items(conn, item_id, limit)}

    @api.get("/cases/{number:path}")
    def case(
        number: str, municipality: str | None = None, conn: Connection = Depends(connection)
    ) -> list[dict[str, Any]]:
        """A case's appearances, oldest first."""
        timeline = queries.case(conn, number, municipality)
        if not timeline:
            raise HTTPException(404, "no such case")
        return [a.to_dict() for a in timeline]

    @api.get("/bodies")
    def bodies(conn: Connection = Depends(connection)) -> list[dict[str, Any]]:
        """Bodies with their meeting counts."""
        return queries.bodies_with_counts(conn)

    @api.get("/bodies.csv")
    def bodies_csv(conn: Connection = Depends(connection)) -> Response:
        """The bodies as CSV."""
        return _csv(queries.bodies_with_counts(conn))

    @api.get("/bodies/{body_id}")
    def body(body_id: Id, conn: Connection = Depends(connection)) -> dict[str, Any]:
        """A body: meetings by year, attendance, outcome counts."""
        found = queries.body(conn, body_id)
        if found is None:
            raise HTTPException(404, "no such body")
        return found

    @api.get("/persons")
    def persons(
        cursor: Cursor = None, limit: int = limit_param, conn: Connection = Depends(connection)
    ) -> dict[str, Any]:
        """People, by id; pass ``next_cursor`` as ``cursor`` for the next page."""
        rows = [
            dict(r)
            for r in conn.execute(
                text(
                    "SELECT p.id, p.name, p.party, mu.name AS municipality FROM person p LEFT JOIN municipality mu "
                    "ON mu.id = p.municipality_id WHERE p.id > :cursor ORDER BY p.id LIMIT :limit"
                ),
                {"cursor": cursor or 0, "limit": limit},
            ).mappings()
        ]
        return _page(rows, limit)

    @api.get("/persons.csv")
    def persons_csv(
        cursor: Cursor = None, limit: int = limit_param, conn: Connection = Depends(connection)
    ) -> Response:
        """The people list as CSV."""
        return _csv(persons(cursor, limit, conn)["items"])

    @api.get("/persons/{person_id}")
    def person(person_id: Id, conn: Connection = Depends(connection)) -> dict[str, Any]:
        """A person's meetings attended and absent, and items absent."""
        found = queries.person(conn, person_id)
        if found is None:
            raise HTTPException(404, "no such person")
        return found

    @api.get("/municipalities")
    def municipalities(conn: Connection = Depends(connection)) -> list[dict[str, Any]]:
        """Municipalities with counts."""
        return queries.municipalities_with_counts(conn)

    @api.get("/municipalities.csv")
    def municipalities_csv(conn: Connection = Depends(connection)) -> Response:
        """The municipalities as CSV."""
        return _csv(queries.municipalities_with_counts(conn))

    def _search(conn: Connection, q: str, filters: Filters, limit: int, offset: int, sort: str) -> list[dict[str, Any]]:
        return [h.to_dict() for h in search(conn, q, filters, limit=limit, offset=offset, sort=sort)]

    @api.get("/search")
    def search_api(
        q: str,
        filters: Filters = Depends(search_filters),
        limit: int = Query(20, ge=1, le=MAX_PAGE),
        offset: int = Query(0, ge=0, le=10_000),
        sort: str = Query("relevance", pattern=SORT_PATTERN),
        conn: Connection = Depends(connection),
    ) -> dict[str, Any]:
        """Search with the CLI's syntax and filters; ``snippet`` is HTML with ``<mark>`` only."""
        hits = _search(conn, q, filters, limit, offset, sort)
        return {"items": hits, "next_offset": offset + limit if len(hits) == limit else None}

    @api.get("/search.csv")
    def search_csv(
        q: str,
        filters: Filters = Depends(search_filters),
        limit: int = Query(20, ge=1, le=MAX_PAGE),
        offset: int = Query(0, ge=0, le=10_000),
        sort: str = Query("relevance", pattern=SORT_PATTERN),
        conn: Connection = Depends(connection),
    ) -> Response:
        """Search hits as CSV."""
        return _csv(_search(conn, q, filters, limit, offset, sort))

    return api
