"""The comparison page ``/sammenlign`` (and its CSV), and ``/api/v1/compare``: municipalities side by side."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy import Connection

from referat.store.compare import (
    DEFAULT_PER_MUNICIPALITY,
    MAX_PER_MUNICIPALITY,
    WINDOW,
    compare,
    comparison_csv,
    valid_date,
)
from referat.store.query import parse_query
from referat.store.search import Filters
from referat.web import queries
from referat.web.params import search_filters

#: The choices of the page's "items per municipality" field.
PER_MUNICIPALITY_CHOICES = (1, 2, 3, 5, 10)
#: A byte-order mark first, so a spreadsheet reads the file as UTF-8 (æøå intact).
BOM = "\ufeff"


@dataclass
class PageForm:
    """The page's query parameters, as the form shows them and the links carry them."""

    q: str = ""
    kommune: str = ""
    udvalg: str = ""
    fra: str = ""
    til: str = ""
    udfald: str = ""
    sag: str = ""
    antal: int = DEFAULT_PER_MUNICIPALITY

    @classmethod
    def read(cls, q: str, kommune: str, udvalg: str, fra: str, til: str, aar: str, udfald: str, sag: str,
             antal: int) -> PageForm:
        """The form from the request; ``aar`` (a year, as the search page's links carry it) fills empty dates."""
        year = aar.strip() if aar.strip().isdigit() and len(aar.strip()) == 4 else ""
        return cls(q=q, kommune=kommune.strip(), udvalg=udvalg.strip(), fra=fra.strip() or year,
                   til=til.strip() or year, udfald=udfald.strip(), sag=sag.strip(), antal=antal)

    @property
    def bad_dates(self) -> list[str]:
        """The date fields that hold no date the search reads."""
        return [value for value in (self.fra, self.til) if value and not valid_date(value)]

    def filters(self) -> Filters:
        """The search filters the form asks for."""
        return Filters(municipality=self.kommune or None, body=self.udvalg or None, date_from=self.fra or None,
                       date_to=self.til or None, outcome=self.udfald or None, case_number=self.sag or None)

    def query_string(self) -> str:
        """The page's own parameters, the empty ones left out."""
        values: dict[str, Any] = {"q": self.q, "kommune": self.kommune, "udvalg": self.udvalg, "fra": self.fra,
                                  "til": self.til, "udfald": self.udfald, "sag": self.sag}
        if self.antal != DEFAULT_PER_MUNICIPALITY:
            values["antal"] = self.antal
        return urlencode({k: v for k, v in values.items() if v})

    def api_query_string(self) -> str:
        """The same comparison as ``/api/v1/compare`` parameters."""
        values: dict[str, Any] = {"q": self.q, "municipality": self.kommune, "body": self.udvalg, "from": self.fra,
                                  "to": self.til, "outcome": self.udfald, "case": self.sag,
                                  "per_municipality": self.antal}
        return urlencode({k: v for k, v in values.items() if v})

    def search_query_string(self) -> str:
        """The search page's parameters for the same query (the filters it has: a year, not dates)."""
        year = self.fra if len(self.fra) == 4 and self.fra == self.til else ""
        values = {"q": self.q, "kommune": self.kommune, "udvalg": self.udvalg, "aar": year, "udfald": self.udfald}
        return urlencode({k: v for k, v in values.items() if v})


def _form(q: str = "", kommune: str = "", udvalg: str = "", fra: str = "", til: str = "", aar: str = "",
          udfald: str = "", sag: str = "",
          antal: int = Query(DEFAULT_PER_MUNICIPALITY, ge=1, le=MAX_PER_MUNICIPALITY)) -> PageForm:
    return PageForm.read(q, kommune, udvalg, fra, til, aar, udfald, sag, antal)


def build_compare(connection: Callable[[], Iterator[Connection]], render: Callable[..., HTMLResponse]) -> APIRouter:
    """The routes; ``connection`` yields a database connection, ``render`` renders a page of the site."""
    router = APIRouter()

    @router.get("/sammenlign", response_class=HTMLResponse, include_in_schema=False)
    def compare_page(request: Request, form: PageForm = Depends(_form),
                     conn: Connection = Depends(connection)) -> Response:
        if any(not value for _name, value in request.query_params.multi_items()):
            # The form sends its empty fields too; the address to pass on carries only what was chosen.
            query = form.query_string()
            return RedirectResponse("/sammenlign" + (f"?{query}" if query else ""), status_code=303)
        asked = bool(form.q.strip()) and not form.bad_dates and not parse_query(form.q).empty
        result = compare(conn, form.q, form.filters(), form.antal) if asked else None
        municipalities = queries.municipalities_with_counts(conn)
        return render(
            request, "compare.html", f"Sammenligning: {form.q}" if form.q.strip() else "Sammenlign kommuner",
            [("Sammenlign", None)], form=form, result=result, asked=asked,
            no_words=bool(form.q.strip()) and parse_query(form.q).empty,
            municipalities=municipalities, municipality_ids={m["name"]: m["id"] for m in municipalities},
            per_municipality_choices=sorted({*PER_MUNICIPALITY_CHOICES, form.antal}),
            window=WINDOW,
        )

    @router.get("/sammenlign.csv", include_in_schema=False)
    def compare_csv(request: Request, form: PageForm = Depends(_form),
                    conn: Connection = Depends(connection)) -> Response:
        if form.bad_dates:
            raise HTTPException(400, "Datoen er ugyldig (skriv ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM eller ÅÅÅÅ).")
        result = compare(conn, form.q, form.filters(), form.antal)
        return Response(BOM + comparison_csv(result, str(request.base_url)), media_type="text/csv; charset=utf-8",
                        headers={"Content-Disposition": 'attachment; filename="sammenligning.csv"'})

    @router.get("/api/v1/compare", tags=["api"])
    def compare_api(
        q: str,
        filters: Filters = Depends(search_filters),
        per_municipality: int = Query(DEFAULT_PER_MUNICIPALITY, ge=1, le=MAX_PER_MUNICIPALITY),
        conn: Connection = Depends(connection),
    ) -> dict[str, Any]:
        """One row per municipality with its count of matching items and its first ``per_municipality`` items,
        in search order; the search's syntax and filters. ``snippet`` is HTML with ``<mark>`` only."""
        for name, value in (("from", filters.date_from), ("to", filters.date_to)):
            if value and not valid_date(value):
                raise HTTPException(400, f"{name}: not a date (use YYYY-MM-DD, YYYY-MM or YYYY)")
        return compare(conn, q, filters, per_municipality).to_dict()

    return router
