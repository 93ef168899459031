"""Response headers that keep untrusted minutes text inert in the browser."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

from starlette.middleware.base import BaseHTTPMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response

_LOG = logging.getLogger("referat.web")

#: Scripts only from this site (no inline scripts); plotly sets inline styles on its charts.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)


class SecurityHeaders(BaseHTTPMiddleware):
    """Adds the Content-Security-Policy and related headers to every response."""

    async def dispatch(self, request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        """Pass the request on, then set the headers; an unexpected error becomes a plain 500 with them too."""
        try:
            response = await call_next(request)
        except Exception:
            _LOG.exception("error serving %s", request.url.path)
            if request.url.path.startswith(("/api/", "/feeds/")):
                response = JSONResponse({"detail": "internal error"}, status_code=500)
            else:
                response = PlainTextResponse("Der opstod en fejl på serveren.", status_code=500)
        response.headers["Content-Security-Policy"] = CONTENT_SECURITY_POLICY
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "same-origin"
        response.headers["X-Frame-Options"] = "DENY"
        return response
