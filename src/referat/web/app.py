"""The FastAPI application: server-rendered Danish pages, the JSON API, feeds and calendars."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.responses import FileResponse, HTMLResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from markupsafe import Markup
from sqlalchemy import Connection, Engine

from referat.store.db import open_engine
from referat.store.search import Filters
from referat.web import charts, present, queries
from referat.web.api import build_api
from referat.web.feeds import build_feeds
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


def safe_snippet(snippet: str) -> Markup:
    """Snippets from the search are escaped text with ``<mark>`` only; anything else is escaped again."""
    escaped = Markup.escape(snippet)
    return Markup(str(escaped).replace("&lt;mark&gt;", "<mark>").replace("&lt;/mark&gt;", "</mark>"))


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
    app.add_middleware(SecurityHeaders)
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    templates.env.filters["safe_snippet"] = safe_snippet
    templates.env.filters["percent"] = present.percent
    templates.env.filters["count_or_unknown"] = present.count_or_unknown
    templates.env.filters["table_places"] = present.table_places
    templates.env.filters["counted"] = present.counted
    templates.env.globals["section_blocks"] = present.section_blocks
    templates.env.globals["outcome_names"] = OUTCOME_NAMES

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

    @app.exception_handler(HTTPException)
    def not_found(request: Request, exc: HTTPException) -> HTMLResponse:
        if request.url.path.startswith(("/api/", "/feeds/")):
            from fastapi.responses import JSONResponse

            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code)  # type: ignore[return-value]
        return render(
            request, "error.html", "Ikke fundet", [("Fejl", None)], status=exc.status_code, message=str(exc.detail)
        )

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
        conn: Connection = Depends(connection),
    ) -> HTMLResponse:
        page = max(1, min(side, 500))
        year = aar if aar.isdigit() and len(aar) == 4 else ""
        filters = Filters(
            municipality=kommune or None,
            body=udvalg or None,
            outcome=udfald or None,
            date_from=f"{year}-01-01" if year else None,
            date_to=f"{year}-12-31" if year else None,
        )
        hits, facets = (
            queries.search_with_facets(conn, q, filters, page, PER_PAGE)
            if q
            else ([], {name: Counter() for name, _ in FACETS})
        )
        state = {"q": q, "kommune": kommune, "udvalg": udvalg, "aar": year, "udfald": udfald}
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
            active=any(v for k, v in state.items() if k != "q"),
            facet_link=lambda facet, value: link(**{names[facet]: value}, side=""),
            page_link=lambda n: link(side=n),
            total_label=f"{total}{'+' if total >= queries.FACET_WINDOW else ''} resultater",
            capped=total >= queries.FACET_WINDOW,
            facet_window=queries.FACET_WINDOW,
        )

    @app.get("/moede/{meeting_id}", response_class=HTMLResponse, include_in_schema=False)
    def meeting_page(request: Request, meeting_id: int, conn: Connection = Depends(connection)) -> HTMLResponse:
        m = queries.meeting(conn, meeting_id)
        if m is None:
            raise HTTPException(404, "Mødet findes ikke.")
        title = f"{m['body'] or 'Møde'} {m['date'] or ''}".strip()
        return render(
            request,
            "meeting.html",
            title,
            [
                (m["municipality"] or "Kommune", f"/kommune/{m['municipality_id']}"),
                (m["body"] or "Udvalg", f"/udvalg/{m['body_id']}"),
                (m["date"] or "Møde", None),
            ],
            m=m,
        )

    @app.get("/punkt/{item_id}", response_class=HTMLResponse, include_in_schema=False)
    def item_page(request: Request, item_id: int, conn: Connection = Depends(connection)) -> HTMLResponse:
        found = queries.item(conn, item_id)
        if found is None:
            raise HTTPException(404, "Punktet findes ikke.")
        item, m = found["item"], found["meeting"]
        title = (
            f"Punkt {item['number']}: {item['title'] or ''}" if item["number"] is not None else (item["title"] or "")
        )
        return render(
            request,
            "item.html",
            title,
            [
                (m["body"] or "Udvalg", f"/udvalg/{m['body_id']}"),
                (m["date"] or "Møde", f"/moede/{m['id']}"),
                (f"Punkt {item['number']}", None),
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
    def body_page(request: Request, body_id: int, conn: Connection = Depends(connection)) -> HTMLResponse:
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
            [(b["municipality"] or "Kommune", f"/kommune/{b['municipality_id']}"), (b["name"], None)],
            b=b,
            spec=spec,
        )

    @app.get("/person/{person_id}", response_class=HTMLResponse, include_in_schema=False)
    def person_page(request: Request, person_id: int, conn: Connection = Depends(connection)) -> HTMLResponse:
        p = queries.person(conn, person_id)
        if p is None:
            raise HTTPException(404, "Personen findes ikke.")
        return render(
            request,
            "person.html",
            p["name"],
            [(p["municipality"] or "Kommune", f"/kommune/{p['municipality_id']}"), (p["name"], None)],
            p=p,
        )

    @app.get("/kommune/{municipality_id}", response_class=HTMLResponse, include_in_schema=False)
    def municipality_page(
        request: Request, municipality_id: int, conn: Connection = Depends(connection)
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
    app.include_router(build_feeds(connection))
    return app
