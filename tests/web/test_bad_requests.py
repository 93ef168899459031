"""Out-of-range ids and cursors, NUL bytes and control characters: 404 or 400 on every route, both backends.

The routes are read from the application itself, so a route added later is covered too.
"""

from __future__ import annotations

import re
from types import SimpleNamespace
from typing import Any

import pytest
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient

#: Ids no row can have: past SQLite's signed 64-bit INTEGER, far past it, and below 1.
BAD_IDS = ("9223372036854775808", "18446744073709551616", str(10**30), "0", "-1", "abc")
#: Text no database column can hold (PostgreSQL refuses NUL in text), or that no name contains.
BAD_TEXT = ("%00", "a%00b", "%01", "%1F", "%7F")
#: Cursors out of the id range, or not numbers.
BAD_CURSORS = ("9223372036854775808", "18446744073709551616", "-1", "abc")

HEADERS = ("content-security-policy", "x-content-type-options", "x-frame-options", "referrer-policy")


def _routes(client: TestClient) -> list[APIRoute]:
    """Every route of the app, those of included routers too."""
    found: list[APIRoute] = []

    def walk(routes: list[Any]) -> None:
        for route in routes:
            if isinstance(route, APIRoute):
                found.append(route)
            elif hasattr(route, "original_router"):  # FastAPI keeps an included router as one entry
                walk(route.original_router.routes)
    walk(client.app.routes)  # type: ignore[attr-defined]
    assert len(found) > 25
    return found


def _flat(route: APIRoute) -> SimpleNamespace:
    """The route's path and query parameters, those of its dependencies (the search filters, say) included."""
    path: list[Any] = []
    query: list[Any] = []
    pending = [route.dependant]
    while pending:
        dependant = pending.pop()
        path += dependant.path_params
        query += dependant.query_params
        pending += dependant.dependencies
    return SimpleNamespace(path_params=path, query_params=query)


def _int_params(route: APIRoute) -> set[str]:
    return {p.name for p in _flat(route).path_params if p.field_info.annotation is int}


def _fill(route: APIRoute, value: str, param: str | None = None) -> str:
    """The route's path with ``param`` (or every path parameter) set to ``value``, the others valid."""
    def one(match: re.Match[str]) -> str:
        name = match.group(1).split(":")[0]
        if param is None or name == param:
            return value
        return "1" if name in _int_params(route) else "22-001317"
    return re.sub(r"\{([^}]+)\}", one, route.path)


def _required_query(route: APIRoute) -> dict[str, str]:
    return {p.alias: "tilsyn" for p in _flat(route).query_params if p.field_info.is_required()}


def _check(response: Any, expected: tuple[int, ...], what: str) -> None:
    assert response.status_code in expected, (what, response.status_code, response.text[:200])
    for header in HEADERS:
        assert header in response.headers, (what, header)
    assert "Traceback" not in response.text, what


def test_every_id_out_of_range_is_404(client: TestClient) -> None:
    checked = 0
    for route in _routes(client):
        for param in _int_params(route):
            for value in BAD_IDS:
                path = _fill(route, value, param)
                _check(client.get(path, params=_required_query(route)), (404,), path)
                checked += 1
    # /moede, /punkt, /udvalg, /person, /kommune, four API details, a body's feed and its calendar
    assert checked >= 11 * len(BAD_IDS)


def test_an_error_page_is_a_page_and_an_api_error_is_json(client: TestClient) -> None:
    page = client.get("/moede/9223372036854775808")
    assert page.headers["content-type"].startswith("text/html") and "findes ikke" in page.text
    api = client.get("/api/v1/meetings/9223372036854775808")
    assert api.headers["content-type"].startswith("application/json") and "detail" in api.json()
    largest = client.get("/api/v1/items/9223372036854775807")  # the largest id SQLite can hold: just absent
    assert largest.status_code == 404
    unknown = client.get("/findes-ikke")  # no route at all: a page too
    _check(unknown, (404,), "/findes-ikke")
    assert unknown.headers["content-type"].startswith("text/html") and "findes ikke" in unknown.text
    assert client.get("/api/v1/findes-ikke").json() == {"detail": "Not Found"}


def test_every_cursor_out_of_range_is_400(client: TestClient) -> None:
    routes = [r for r in _routes(client) if any(p.name == "cursor" for p in _flat(r).query_params)]
    assert {r.path for r in routes} >= {"/api/v1/meetings", "/api/v1/items", "/api/v1/persons",
                                        "/api/v1/meetings.csv", "/api/v1/items.csv", "/api/v1/persons.csv"}
    for route in routes:
        for value in BAD_CURSORS:
            _check(client.get(route.path, params={"cursor": value}), (400,), f"{route.path}?cursor={value}")
        # The largest cursor is valid: every row comes before it (meetings) or none after it (items, people).
        assert client.get(route.path, params={"cursor": str(2**63 - 1)}).status_code == 200


@pytest.mark.parametrize("value", BAD_TEXT)
def test_nul_and_control_characters_are_400_in_every_parameter(client: TestClient, value: str) -> None:
    checked = 0
    for route in _routes(client):
        for param in _flat(route).path_params:
            if param.name not in _int_params(route):
                path = _fill(route, value, param.name)
                _check(client.get(path, params=_required_query(route)), (400,), path)
                checked += 1
        for param in _flat(route).query_params:
            query = "&".join(f"{k}={v}" for k, v in _required_query(route).items() if k != param.alias)
            path = f"{_fill(route, '1')}?{query}&{param.alias}={value}"
            _check(client.get(path), (400,), path)
            checked += 1
    assert checked > 40
    for path in (f"/api/v1/search?q=x&outcome={value}", f"/sag/{value}", f"/feeds/case/{value}.atom",
                 f"/static/{value}", f"/soeg?q={value}", f"/{value}"):
        _check(client.get(path), (400,), path)


def test_good_requests_still_work(client: TestClient) -> None:
    assert client.get("/api/v1/search", params={"q": "skærpet tilsyn", "outcome": "approved"}).status_code == 200
    assert client.get("/sag/22-001317").status_code == 200
    assert client.get("/soeg", params={"q": "æøå\ttab"}).status_code == 200
    assert client.get("/api/v1/meetings", params={"cursor": "0"}).json()["items"] == []
