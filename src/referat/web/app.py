"""The FastAPI application: server-rendered Danish pages, the JSON API, feeds and calendars."""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape
from sqlalchemy import Connection, Engine
from starlette.exceptions import HTTPException as StarletteHTTPException

from referat.store.db import open_engine
from referat.store.search import Filters
from referat.web import charts, present, queries
from referat.web.api import build_api
from referat.web.compare import build_compare
from referat.web.feeds import build_feeds
from referat.web.params import Id, TextGuard
from referat.web.security import SecurityHeaders

HERE = Path(__file__).parent
OUTCOME_NAMES = {
    "approved": "Godkendt",
    "noted": "Taget til efterretning",
    "discussed": "Drøftet",
    "postponed": "Udsat",
    "withdrawn": "Udgået",
    "rejected": "Ikke godkendt",
    "recommended": "Anbefalet",
    "not_released": "Ikke frigivet",
    "none": "Intet",
}
FACETS = (("municipality", "Kommune"), ("body", "Udvalg"), ("year", "År"), ("outcome", "Udfald"))
PER_PAGE = 20
#: Error page titles and the API's messages for the errors a request can cause.
ERROR_TITLES = {400: "Ugyldig forespørgsel", 404: "Ikke fundet"}
INVALID_TEXT_MESSAGE = {"page": "Adressen indeholder et ugyldigt tegn (et kontroltegn).",
                        "api": "the request holds a NUL byte or another control character"}
NOT_FOUND_MESSAGE = {"page": "Siden findes ikke.", "api": "not found"}
INVALID_MESSAGE = {"page": "Forespørgslen er ugyldig.", "api": "invalid request"}


_MARKED = re.compile(r"<mark>(.*?)</mark>", re.DOTALL)


def _crumb(name: str | None, unknown: str, prefix: str, key: int | None) -> tuple[str, str | None]:
    """A breadcrumb: the name linked to its page, or plain words saying it is not known (no link to nothing)."""
    return (name or unknown, f"{prefix}/{key}" if key is not None else None)


def safe_snippet(snippet: str) -> Markup:
    """A search snippet (escaped text, matches in ``<mark>``) as markup: its text escaped exactly once.

    The text between the marks is unescaped and escaped again, so ``&amp;`` stays ``&amp;`` and
    any other tag, or text that reads like one, stays inert text.
    """
    def text(part: str) -> str:
        return str(escape(html.unescape(part)))

    out: list[str] = []
    last = 0
    for m in _MARKED.finditer(snippet):
        out += [text(snippet[last:m.start()]), "<mark>", text(m.group(1)), "</mark>"]
        last = m.end()
    out.append(text(snippet[last:]))
    return Markup("".join(out))


def create_app(db: str | None = None) -> FastAPI:
    """The site and API over the database ``db`` (a SQLite path or ``postgresql://`` URL)."""
    engine: Engine = open_engine(db)
    # The interactive Swagger page loads its scripts from a CDN; the site serves its own docs page instead.
    app = FastAPI(
        title="Referat",
        docs_url=None,
        redoc_url=None,
        openapi_url="/api/openapi.json",
        description="Danish municipal minutes as data. Read-only.",
    )
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    templates.env.auto_reload = False  # the templates ship with the package: no file check per page
    # A value the minutes do not give prints as nothing, never as "None".
    templates.env.finalize = lambda value: "" if value is None else value
    templates.env.filters["safe_snippet"] = safe_snippet
    templates.env.filters["percent"] = present.percent
    templates.env.filters["count_or_unknown"] = present.count_or_unknown
    templates.env.filters["table_places"] = present.table_places
    templates.env.filters["counted"] = present.counted
    templates.env.globals["section_blocks"] = present.section_blocks
    templates.env.globals["outcome_names"] = OUTCOME_NAMES
    templates.env.globals["unknown_facet_values"] = queries.UNKNOWN_FACET_VALUES

    def connection() -> Iterator[Connection]:
        with engine.connect() as conn:
            yield conn

    def render(
        request: Request, name: str, title: str, crumbs: list[tuple[str, str | None]], status: int = 200, **context: Any
    ) -> HTMLResponse:
        return templates.TemplateResponse(
            request, name, {"title": title, "crumbs": crumbs, **context}, status_code=status
        )

    @app.get("/static/plotly.min.js", include_in_schema=False)
    def plotly_js() -> FileResponse:
        import plotly

        return FileResponse(
            Path(plotly.__file__).parent / "package_data" / "plotly.min.js", media_type="application/javascript"
        )

    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    def error(request: Request, status: int, message: dict[str, str] | str) -> Response:
        """The error as JSON under /api/ and /feeds/, as a page elsewhere (the middleware adds the headers)."""
        is_api = request.url.path.startswith(("/api/", "/feeds/"))
        if isinstance(message, dict):
            message = message["api" if is_api else "page"]
        if is_api:
            return JSONResponse({"detail": message}, status_code=status)
        title = ERROR_TITLES.get(status, "Fejl")
        return render(request, "error.html", title, [("Fejl", None)], status=status, message=message)

    # Starlette's class: the routes' errors and also the router's own (no such address: 404, 405).
    @app.exception_handler(StarletteHTTPException)
    def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if exc.status_code == 404 and exc.detail == "Not Found":  # the router's, not a route's
            return error(request, 404, NOT_FOUND_MESSAGE | {"api": "Not Found"})
        return error(request, exc.status_code, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    def invalid_request(request: Request, exc: RequestValidationError) -> Response:
        # An id in the path that no row can have names nothing (404); a bad query parameter is the caller's (400).
        if any(e.get("loc", ("",))[0] == "path" for e in exc.errors()):
            return error(request, 404, NOT_FOUND_MESSAGE)
        return error(request, 400, INVALID_MESSAGE)

    # Inside SecurityHeaders (added last, so outermost): the refusals carry the same headers.
    app.add_middleware(TextGuard, reject=lambda request: error(request, 400, INVALID_TEXT_MESSAGE))
    app.add_middleware(SecurityHeaders)

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def index(request: Request, conn: Connection = Depends(connection)) -> HTMLResponse:
        return render(
            request,
            "index.html",
            "Referater fra kommunernes udvalg",
            [],
            meetings=queries.latest_meetings(conn, 10, by_date=True),
            municipalities=queries.municipalities_with_counts(conn),
            bodies=queries.bodies_with_counts(conn),
        )

    @app.get("/soeg", response_class=HTMLResponse, include_in_schema=False)
    def search_page(
        request: Request,
        q: str = "",
        kommune: str = "",
        udvalg: str = "",
        aar: str = "",
        udfald: str = "",
        side: int = 1,
        sort: str = "relevance",
        conn: Connection = Depends(connection),
    ) -> HTMLResponse:
        page = max(1, min(side, 500))
        order = "newest" if sort == "newest" else "relevance"
        year = aar if aar.isdigit() and len(aar) == 4 else ""
        filters = Filters(
            municipality=kommune or None,
            body=udvalg or None,
            outcome=udfald or None,
            date_from=f"{year}-01-01" if year else None,
            date_to=f"{year}-12-31" if year else None,
        )
        hits, facets = (
            queries.search_with_facets(conn, q, filters, page, PER_PAGE, order)
            if q
            else ([], {name: Counter() for name, _ in FACETS})
        )
        # The default order stays out of the links, so they read as before.
        state = {"q": q, "kommune": kommune, "udvalg": udvalg, "aar": year, "udfald": udfald,
                 "sort": "newest" if order == "newest" else ""}
        names = {"municipality": "kommune", "body": "udvalg", "year": "aar", "outcome": "udfald"}

        def link(**changes: Any) -> str:
            merged = {k: v for k, v in ({**state, **changes}).items() if v}
            return "/soeg?" + urlencode(merged)

        total = sum(facets["year"].values()) if q else 0
        return render(
            request,
            "search.html",
            f"Søgning: {q}" if q else "Søg",
            [("Søg", None)],
            q=q,
            hits=hits,
            facets=facets,
            facet_labels=FACETS,
            page=page,
            per_page=PER_PAGE,
            kept=[(k, v) for k, v in state.items() if v and k != "q"],
            active=any(v for k, v in state.items() if k not in ("q", "sort")),
            facet_link=lambda facet, value: link(**{names[facet]: value}, side=""),
            page_link=lambda n: link(side=n),
            sort=order,
            sort_link=lambda value: link(sort="" if value == "relevance" else value, side=""),
            total_label=f"{total}{'+' if total >= queries.FACET_WINDOW else ''} resultater",
            capped=total >= queries.FACET_WINDOW,
            facet_window=queries.FACET_WINDOW,
        )

    @app.get("/moede/{meeting_id}", response_class=HTMLResponse, include_in_schema=False)
    def meeting_page(request: Request, meeting_id: Id, conn: Connection = Depends(connection)) -> HTMLResponse:
        m = queries.meeting(conn, meeting_id)
        if m is None:
            raise HTTPException(404, "Mødet findes ikke.")
        title = f"{m['body'] or 'Møde'} {m['date'] or ''}".strip()
        return render(
            request,
            "meeting.html",
            title,
            [
                _crumb(m["municipality"], "Kommune ikke oplyst", "/kommune", m["municipality_id"]),
                _crumb(m["body"], "Udvalg ikke oplyst", "/udvalg", m["body_id"]),
                (m["date"] or "Møde", None),
            ],
            m=m,
        )

    @app.get("/punkt/{item_id}", response_class=HTMLResponse, include_in_schema=False)
    def item_page(request: Request, item_id: Id, conn: Connection = Depends(connection)) -> HTMLResponse:
        found = queries.item(conn, item_id)
        if found is None:
            raise HTTPException(404, "Punktet findes ikke.")
        item, m = found["item"], found["meeting"]
        label = f"Punkt {item['number']}" if item["number"] is not None else "Punkt uden nummer"
        title = f"{label}: {item['title']}" if item["title"] else label
        return render(
            request,
            "item.html",
            title,
            [
                _crumb(m["body"], "Udvalg ikke oplyst", "/udvalg", m["body_id"]),
                (m["date"] or "Møde", f"/moede/{m['id']}"),
                (label, None),
            ],
            item=item,
            m=m,
            similar=[] if item.get("closed") else queries.similar_items(conn, item_id),
        )

    @app.get("/sag/{number:path}", response_class=HTMLResponse, include_in_schema=False)
    def case_page(
        request: Request, number: str, kommune: str = "", conn: Connection = Depends(connection)
    ) -> HTMLResponse:
        timeline = queries.case(conn, number, kommune or None)
        if not timeline:
            raise HTTPException(404, "Sagen findes ikke.")
        return render(
            request, "case.html", f"Sag {number}", [("Sager", None), (number, None)], timeline=timeline, number=number
        )

    @app.get("/udvalg/{body_id}", response_class=HTMLResponse, include_in_schema=False)
    def body_page(request: Request, body_id: Id, conn: Connection = Depends(connection)) -> HTMLResponse:
        b = queries.body(conn, body_id)
        if b is None:
            raise HTTPException(404, "Udvalget findes ikke.")
        spec = charts.as_data(
            charts.bar([OUTCOME_NAMES.get(k, k) for k in b["outcomes"]], list(b["outcomes"].values()), "Beslutninger")
        )
        return render(
            request,
            "body.html",
            b["name"],
            [_crumb(b["municipality"], "Kommune ikke oplyst", "/kommune", b["municipality_id"]), (b["name"], None)],
            b=b,
            spec=spec,
        )

    @app.get("/person/{person_id}", response_class=HTMLResponse, include_in_schema=False)
    def person_page(request: Request, person_id: Id, conn: Connection = Depends(connection)) -> HTMLResponse:
        p = queries.person(conn, person_id)
        if p is None:
            raise HTTPException(404, "Personen findes ikke.")
        return render(
            request,
            "person.html",
            p["name"],
            [_crumb(p["municipality"], "Kommune ikke oplyst", "/kommune", p["municipality_id"]), (p["name"], None)],
            p=p,
        )

    @app.get("/kommune/{municipality_id}", response_class=HTMLResponse, include_in_schema=False)
    def municipality_page(
        request: Request, municipality_id: Id, conn: Connection = Depends(connection)
    ) -> HTMLResponse:
        mu = queries.municipality(conn, municipality_id)
        if mu is None:
            raise HTTPException(404, "Kommunen findes ikke.")
        return render(request, "municipality.html", f"{mu['name']} Kommune", [(mu["name"], None)], mu=mu)

    @app.get("/statistik", response_class=HTMLResponse, include_in_schema=False)
    def statistics_page(request: Request, conn: Connection = Depends(connection)) -> HTMLResponse:
        stats = queries.statistics(conn)
        per_month = charts.as_data(charts.bar(list(stats["per_month"]), list(stats["per_month"].values()), "Møder"))
        outcomes = charts.as_data(
            charts.stacked(
                {
                    body: {OUTCOME_NAMES.get(k, k): v for k, v in values.items()}
                    for body, values in stats["outcomes"].items()
                },
                "Udfald",
            )
        )
        return render(
            request,
            "stats.html",
            "Statistik",
            [("Statistik", None)],
            per_month=per_month,
            outcomes=outcomes,
            attendance=stats["attendance"],
        )

    @app.get("/api/docs", response_class=HTMLResponse, include_in_schema=False)
    def api_docs(request: Request) -> HTMLResponse:
        schema = app.openapi()
        endpoints = [
            {
                "method": method.upper(),
                "path": path,
                "summary": op.get("description") or op.get("summary", ""),
                "parameters": [
                    (p["name"], p.get("in", ""), p.get("required", False)) for p in op.get("parameters", [])
                ],
            }
            for path, methods in schema["paths"].items()
            for method, op in methods.items()
        ]
        return render(request, "api_docs.html", "API", [("API", None)], endpoints=endpoints)

    app.include_router(build_api(connection))
    app.include_router(build_compare(connection, render))
    app.include_router(build_feeds(connection))
    return app
