"""Compare municipalities on one question: the search's hits grouped by municipality.

:func:`compare` runs :func:`referat.store.search.search` with its syntax and filters and
gives one row per municipality with matching items: how many of its items match, and its
first ``per_municipality`` items in the search's own order. Rows stand in the order of their
municipality's first hit in the search, so the municipality with the most relevant item
comes first.

Counting is bounded, and a municipality costs a search of its own only when a full window
leaves it out. The first :data:`WINDOW` hits of the whole search are grouped; with fewer, every count is exact.
With a full window each count is the municipality's hits among those first ones, a lower
bound marked ``count_capped``; every municipality of the store not among them is then
searched on its own for its first items, and those found follow the others, by name (a
count is exact there when fewer than ``per_municipality`` + 1 items match). Items of
meetings with no known municipality form one row of their own (``municipality`` None).
The snippets of the rows' items come from one more search of the window's hits.

A closed item shows its number, title and case numbers, and the date, body and links of
its meeting; never a snippet or an outcome.
"""

from __future__ import annotations

import csv
import html
import io
import re
import unicodedata
from dataclasses import asdict, dataclass, field, replace
from datetime import date
from typing import Any

from sqlalchemy import Connection, text

from referat.store.export import csv_cell
from referat.store.query import parse_query
from referat.store.search import MAX_LIMIT, Filters, Hit, search

#: Hits of the whole search that are grouped (the most one search call returns).
WINDOW = MAX_LIMIT
DEFAULT_PER_MUNICIPALITY = 3
MAX_PER_MUNICIPALITY = 20
_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
#: Danish alphabetical order puts æ, ø, å after z, in that order (and aa with å).
_DANISH_ORDER = str.maketrans({"æ": "{", "ø": "|", "å": "}"})


@dataclass
class ComparedItem:
    """One item of a municipality's row; ``snippet`` is HTML with matches in ``<mark>`` (empty when closed)."""

    item_id: int
    meeting_id: int
    number: int | None
    title: str | None
    closed: bool
    date: str | None
    body: str | None
    outcomes: list[str] = field(default_factory=list)
    case_numbers: list[str] = field(default_factory=list)
    snippet: str = ""

    @classmethod
    def of(cls, hit: Hit) -> ComparedItem:
        """The item of a search hit; a closed item keeps nothing of its body, not even a title snippet."""
        return cls(item_id=hit.item_id, meeting_id=hit.meeting_id, number=hit.number, title=hit.title,
                   closed=hit.closed, date=hit.date, body=hit.body,
                   outcomes=[] if hit.closed else list(hit.outcomes), case_numbers=list(hit.case_numbers),
                   snippet="" if hit.closed else hit.snippet)


@dataclass
class MunicipalityRow:
    """A municipality's matching items: ``count`` of them (at least, when ``count_capped``), the first ``items``."""

    municipality: str | None
    count: int
    count_capped: bool
    items: list[ComparedItem]


@dataclass
class Comparison:
    """The rows of a comparison, and how far the hits were counted."""

    query: str
    filters: Filters
    per_municipality: int
    rows: list[MunicipalityRow] = field(default_factory=list)
    #: The municipalities of the store (within the municipality filter) with no matching item.
    without_hits: list[str] = field(default_factory=list)
    #: True when the whole search had more hits than :data:`WINDOW`.
    capped: bool = False

    @property
    def total(self) -> int:
        """Matching items over all rows (a lower bound when any row's count is capped)."""
        return sum(row.count for row in self.rows)

    @property
    def total_capped(self) -> bool:
        """Whether :attr:`total` is a lower bound."""
        return self.capped or any(row.count_capped for row in self.rows)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form (``/api/v1/compare``, ``referat compare --json``)."""
        return {"query": self.query, "filters": asdict(self.filters), "per_municipality": self.per_municipality,
                "total": self.total, "total_capped": self.total_capped,
                "municipalities": [asdict(row) for row in self.rows], "without_hits": self.without_hits}


def valid_date(value: str) -> bool:
    """Whether ``value`` is a date filter the search reads: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``."""
    match = _DATE.fullmatch(value.strip())
    if not match:
        return False
    try:
        date(int(match[1]), int(match[2] or 1), int(match[3] or 1))
    except ValueError:
        return False
    return True


def danish_key(name: str) -> str:
    """A sort key for names in Danish alphabetical order: ``Odder``, ``Ærø``, ``Aabenraa``, ``Århus``."""
    # æ, ø, å become the characters that follow z; other accents are dropped (é sorts as e).
    plain = unicodedata.normalize("NFKD", name.casefold().replace("aa", "å").translate(_DANISH_ORDER))
    return "".join(c for c in plain if not unicodedata.combining(c))


def _key(name: str | None) -> str | None:
    return None if name is None else name.casefold()


def _store_municipalities(conn: Connection, wanted: str | None) -> list[str]:
    """The municipality names of the store, in Danish order; only ``wanted``'s (any case) when given."""
    names = [str(n) for n in conn.execute(text("SELECT name FROM municipality")).scalars()]
    if wanted:
        names = [n for n in names if n.casefold() == wanted.strip().casefold()]
    return sorted(names, key=danish_key)


def compare(conn: Connection, query_text: str, filters: Filters | None = None,
            per_municipality: int = DEFAULT_PER_MUNICIPALITY) -> Comparison:
    """One row per municipality with matching items: its count and first ``per_municipality`` items.

    ``per_municipality`` is held within 1 … :data:`MAX_PER_MUNICIPALITY`. A query with no
    words gives no rows (and no municipalities without hits: nothing was asked).
    """
    filters = filters or Filters()
    n = max(1, min(int(per_municipality), MAX_PER_MUNICIPALITY))
    result = Comparison(query=query_text, filters=filters, per_municipality=n)
    if parse_query(query_text).empty:
        return result
    window = search(conn, query_text, filters, limit=WINDOW, snippets=False)
    result.capped = len(window) >= WINDOW
    groups: dict[str | None, list[Hit]] = {}
    names: dict[str | None, str | None] = {}
    for hit in window:
        groups.setdefault(_key(hit.municipality), []).append(hit)
        names.setdefault(_key(hit.municipality), hit.municipality)
    shown = _with_snippets(conn, query_text, filters, [h for hits in groups.values() for h in hits[:n]], window)
    result.rows = [MunicipalityRow(names[key], len(hits), result.capped, [shown[h.item_id] for h in hits[:n]])
                   for key, hits in groups.items()]
    known = _store_municipalities(conn, filters.municipality)
    if result.capped:
        for row in result.rows:
            if row.municipality is not None and len(row.items) < n:
                # Fewer in the window than are shown, while the window is full: the rest stand beyond it.
                more = search(conn, query_text, replace(filters, municipality=row.municipality), limit=n)
                if len(more) > len(row.items):
                    row.items = [ComparedItem.of(hit) for hit in more]
                    row.count = max(row.count, len(more))
        for name in known:
            if _key(name) in groups:
                continue
            # One more than is shown tells whether there are more.
            found = search(conn, query_text, replace(filters, municipality=name), limit=n + 1)
            if found:
                groups[_key(name)] = found
                result.rows.append(MunicipalityRow(name, len(found), len(found) > n,
                                                   [ComparedItem.of(hit) for hit in found[:n]]))
    result.without_hits = [name for name in known if _key(name) not in groups]
    return result


def _with_snippets(conn: Connection, query_text: str, filters: Filters, kept: list[Hit],
                   window: list[Hit]) -> dict[int, ComparedItem]:
    """The kept hits of the window (found without snippets) as items with snippets, by item id: one search
    as far as the last of them (a hit it no longer returns, the store having changed, keeps no snippet)."""
    if not kept:
        return {}
    wanted = {hit.item_id for hit in kept}
    last = max(i for i, hit in enumerate(window) if hit.item_id in wanted)
    found = {hit.item_id: hit for hit in search(conn, query_text, filters, limit=last + 1)}
    return {hit.item_id: ComparedItem.of(found.get(hit.item_id, hit)) for hit in kept}


def plain_snippet(snippet: str) -> str:
    """A snippet as plain text: the ``<mark>`` tags dropped, the entities read."""
    return html.unescape(re.sub(r"</?mark>", "", snippet))


#: The columns of :func:`comparison_csv`, one row per shown item.
CSV_COLUMNS = ("municipality", "municipality_items", "municipality_items_capped", "rank", "item_id", "meeting_id",
               "number", "title", "closed", "date", "body", "outcomes", "case_numbers", "snippet")


def comparison_csv(comparison: Comparison, base_url: str | None = None) -> str:
    """The comparison as CSV, one line per shown item, formulas neutralised (:func:`csv_cell`).

    With ``base_url`` (``https://host/``) two columns more give the item's and the meeting's addresses.
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    links = ("item_url", "meeting_url") if base_url else ()
    writer.writerow([*CSV_COLUMNS, *links])
    root = (base_url or "").rstrip("/")
    for row in comparison.rows:
        for rank, item in enumerate(row.items, start=1):
            values: list[Any] = [row.municipality, row.count, row.count_capped, rank, item.item_id, item.meeting_id,
                                 item.number, item.title, item.closed, item.date, item.body, " ".join(item.outcomes),
                                 " ".join(item.case_numbers), plain_snippet(item.snippet)]
            if base_url:
                values += [f"{root}/punkt/{item.item_id}", f"{root}/moede/{item.meeting_id}"]
            writer.writerow([csv_cell(v) for v in values])
    return buffer.getvalue()
