"""Atom feeds are well-formed XML and the iCal file is clean for any query, title or request address."""

from __future__ import annotations

import asyncio
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from referat.store.db import open_engine
from referat.store.repository import save_meeting
from referat.web.app import create_app
from tests.store.builders import item, meeting

ATOM = "{http://www.w3.org/2005/Atom}"
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
#: Odd text for queries and titles: controls, markup, quotes, ampersands, a non-character, Danish letters.
ODD = ("\x01", "Budget\x1b[31m", "\x7f\x9b", "a\"b", "<b>&amp;</b>", "'\"<>&", "x\ufffe", "Ærø\x0bÅ", "]]>")


@pytest.fixture
def app(tmp_path: Path) -> Any:
    db = str(tmp_path / "feeds.sqlite")
    engine = open_engine(db)
    # Built in code, so the titles are as odd as a store written by an older version may hold.
    stored = meeting([item(1, "Budget\x1b[31m 2026 \x01 & <b>\"fed\"</b> \ufffe Ærø", decision="Godkendt.",
                           outcomes=("approved",), cases=("24-000123",)),
                      item(2, "Budget\x0cplan", decision="Godkendt.", cases=("24-000123",))],
                     body="Udvalget \x07for <Job> & \"Beskæftigelse\"")
    stored.location = "Rådhuset\x1b[2J, lokale \"1\""
    with engine.begin() as conn:
        save_meeting(conn, stored)
    return create_app(db)


def _parse(text: str) -> ET.Element:
    assert not CONTROL.search(text)
    return ET.fromstring(text.encode("utf-8"))


def _raw_get(app: Any, path: str, query: bytes) -> bytes:
    """A GET with the query string sent as given (a browser or curl may send a raw ``"``)."""
    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "GET", "scheme": "http",
             "path": path, "raw_path": path.encode(), "query_string": query, "root_path": "",
             "headers": [(b"host", b"testserver")], "client": ("127.0.0.1", 5000), "server": ("testserver", 80)}
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    asyncio.run(app(scope, receive, send))
    return b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")


@pytest.mark.parametrize("query", ODD)
def test_search_feed_is_well_formed_for_any_query(app: Any, query: str) -> None:
    client = TestClient(app)
    response = client.get("/feeds/search.atom", params={"q": "budget " + query})
    if CONTROL.search(query):
        # A control character in a request is refused before any route reads it (docs/WEB.md), as one clean
        # error; it never reaches the XML.
        assert response.status_code == 400
        assert "content-security-policy" in response.headers
        return
    feed = _parse(response.text)
    title = feed.findtext(f"{ATOM}title") or ""
    assert title.startswith("Referat: budget")
    assert not CONTROL.search(title)


def test_entry_titles_keep_their_text_without_controls(app: Any) -> None:
    client = TestClient(app)
    feed = _parse(client.get("/feeds/search.atom", params={"q": "budget"}).text)
    titles = sorted(e.findtext(f"{ATOM}title") or "" for e in feed.iter(f"{ATOM}entry"))
    assert titles == ['Udvalget for <Job> & "Beskæftigelse": Budget plan',
                      'Udvalget for <Job> & "Beskæftigelse": Budget[31m 2026  & <b>"fed"</b>  Ærø']
    body_id = TestClient(app).get("/api/v1/bodies").json()[0]["id"]
    for path in (f"/feeds/body/{body_id}.atom", "/feeds/case/24-000123.atom"):
        _parse(client.get(path).text)


@pytest.mark.parametrize("raw", [b'q=budget"x', b'q=budget"><x', b"q=budget&x=<&y='\"", b"q=%22%3C%3E%26budget"])
def test_self_link_escapes_a_raw_request_address(app: Any, raw: bytes) -> None:
    feed = _parse(_raw_get(app, "/feeds/search.atom", raw).decode("utf-8"))
    links = [link.get("href") for link in feed.findall(f"{ATOM}link") if link.get("rel") == "self"]
    assert len(links) == 1 and links[0] is not None and links[0].startswith("http://testserver/feeds/search.atom?")
    assert (feed.findtext(f"{ATOM}title") or "").startswith("Referat: budget") or raw.startswith(b"q=%22")


def test_calendar_holds_no_control_character(app: Any) -> None:
    client = TestClient(app)
    body_id = client.get("/api/v1/bodies").json()[0]["id"]
    ics = client.get(f"/udvalg/{body_id}/kalender.ics").text
    assert ics.startswith("BEGIN:VCALENDAR\r\n") and "SUMMARY:Udvalget for <Job> & \"Beskæftigelse\"" in ics
    assert "LOCATION:Rådhuset[2J\\, lokale \"1\"" in ics
    assert not CONTROL.search(ics.replace("\r\n", "\n"))
