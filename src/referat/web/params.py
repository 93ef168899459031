"""What a request may carry: ids and cursors within the databases' integer range, text without control characters.

Every route takes its ids as :data:`Id` and its cursors as :data:`Cursor`, so a value no
row can have is refused before it reaches a driver (SQLite's driver cannot even bind an
integer of 2**63 or more). :class:`TextGuard` refuses, for every route at once, a path or
query string holding a NUL byte (PostgreSQL cannot store it in text, nor compare text with
it) or another control character no name, number or query contains.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Annotated
from urllib.parse import parse_qsl

from fastapi import Path, Query
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Receive, Scope, Send

from referat.store.search import Filters

#: The largest id either backend stores (a signed 64-bit integer).
MAX_ID = 2**63 - 1

#: A row id in a path: 1 up to :data:`MAX_ID`; anything else names no row (404).
Id = Annotated[int, Path(ge=1, le=MAX_ID)]
#: A paging cursor (the last id of the previous page): 0 up to :data:`MAX_ID`; anything else is 400.
Cursor = Annotated[int | None, Query(ge=0, le=MAX_ID)]

def search_filters(
    municipality: str | None = None,
    body: str | None = None,
    date_from: Annotated[str | None, Query(alias="from")] = None,
    date_to: Annotated[str | None, Query(alias="to")] = None,
    outcome: str | None = None,
    case: str | None = None,
) -> Filters:
    """The search filters of an API request, under the names the API documents (``from``, ``to``, ``case``)."""
    return Filters(municipality=municipality, body=body, date_from=date_from, date_to=date_to, outcome=outcome,
                   case_number=case)


#: C0 controls but tab, line feed and carriage return, and DEL.
INVALID_TEXT = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def invalid_text(scope: Scope) -> bool:
    """Whether the request's path or any query parameter name or value holds an invalid character."""
    if INVALID_TEXT.search(scope.get("path", "")):
        return True
    query = scope.get("query_string", b"").decode("latin-1")
    # Decoded as Starlette decodes it for the routes, so what is checked is what they receive.
    return any(INVALID_TEXT.search(k) or INVALID_TEXT.search(v) for k, v in parse_qsl(query, keep_blank_values=True))


class TextGuard:
    """ASGI middleware: a request with invalid text gets ``reject(request)`` (a 400) and reaches no route."""

    def __init__(self, app: ASGIApp, reject: Callable[[Request], Response]) -> None:
        self.app = app
        self.reject = reject

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Refuse or pass the request on."""
        if scope["type"] == "http" and invalid_text(scope):
            await self.reject(Request(scope, receive))(scope, receive, send)
            return
        await self.app(scope, receive, send)
