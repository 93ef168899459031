"""Atom feeds (a search, a body's meetings, a case's entries) and a body's meetings as iCal."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from xml.sax.saxutils import escape as _escape

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import Response
from sqlalchemy import Connection

from referat.cleantext import clean_text
from referat.store.search import search
from referat.web import ical, queries
from referat.web.params import Id

ATOM = "application/atom+xml; charset=utf-8"


def escape(text: str) -> str:
    """Text for XML 1.0, in element content or a quoted attribute: cleaned of control characters, escaped."""
    return _escape(clean_text(text), {'"': "&quot;"})


def _atom(request: Request, title: str, entries: list[tuple[str, str, str | None, str]]) -> Response:
    """entries: (id path, title, date, summary)."""
    base = str(request.base_url).rstrip("/")
    updated = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    parts = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom">',
        f"<title>{escape(title)}</title>",
        f"<id>{escape(base + request.url.path)}</id>",
        f"<updated>{updated}</updated>",
        f'<link rel="self" href="{escape(str(request.url))}"/>',
    ]
    for path, entry_title, date, summary in entries:
        stamp = f"{date}T00:00:00Z" if date else updated
        parts += [
            "<entry>",
            f"<title>{escape(entry_title)}</title>",
            f"<id>{escape(base + path)}</id>",
            f'<link href="{escape(base + path)}"/>',
            f"<updated>{stamp}</updated>",
            f"<summary>{escape(summary)}</summary>",
            "</entry>",
        ]
    parts.append("</feed>")
    return Response("\n".join(parts), media_type=ATOM)


def build_feeds(connection: Callable[[], Iterator[Connection]]) -> APIRouter:
    """Feed and calendar routes."""
    router = APIRouter(tags=["feeds"])

    @router.get("/feeds/search.atom")
    def search_feed(request: Request, q: str, conn: Connection = Depends(connection)) -> Response:
        """New items matching a search."""
        hits = search(conn, q, limit=50, snippets=False, sort="newest")
        return _atom(
            request,
            f"Referat: {q}",
            [
                (
                    f"/punkt/{h.item_id}",
                    f"{h.body or ''}: {h.title or ''}",
                    h.date,
                    f"{h.municipality or ''} {h.date or ''}",
                )
                for h in hits
            ],
        )

    @router.get("/feeds/body/{body_id}.atom")
    def body_feed(request: Request, body_id: Id, conn: Connection = Depends(connection)) -> Response:
        """New meetings of a body."""
        found = queries.body(conn, body_id)
        if found is None:
            raise HTTPException(404, "no such body")
        meetings = [m for year in found["years"].values() for m in year][:50]
        return _atom(
            request,
            f"Referat: {found['name']}",
            [
                (f"/moede/{m['id']}", f"{found['name']} {m['date']}", m["date"], f"{m['items']} punkter")
                for m in meetings
            ],
        )

    @router.get("/feeds/case/{number:path}.atom")
    def case_feed(request: Request, number: str, conn: Connection = Depends(connection)) -> Response:
        """New entries in a case."""
        timeline = queries.case(conn, number)
        if not timeline:
            raise HTTPException(404, "no such case")
        return _atom(
            request,
            f"Referat: sag {number}",
            [
                (f"/punkt/{a.item_id}", f"{a.body or ''}: {a.title or ''}", a.date, ", ".join(a.outcomes))
                for a in reversed(timeline)
            ],
        )

    @router.get("/udvalg/{body_id}/kalender.ics")
    def body_calendar(body_id: Id, conn: Connection = Depends(connection)) -> Response:
        """A body's meetings as an iCalendar file."""
        found = queries.body(conn, body_id)
        if found is None:
            raise HTTPException(404, "no such body")
        return Response(ical.body_calendar(found), media_type="text/calendar; charset=utf-8")

    return router
