"""Danish full-text search over agenda items, the same on SQLite (FTS5) and PostgreSQL.

Matching follows :mod:`referat.store.query`. Two orders:

- ``sort="relevance"`` (the default): field-weighted BM25 from the relevance index
  (:mod:`referat.store.ranking`, :mod:`referat.store.rankindex`), the newest first among
  equal scores;
- ``sort="newest"``: newest meeting first, read off the SQL full-text index of all the
  text, which is ordered by the search key (see :mod:`referat.store.indexing`), so the query
  stops after the hits the page needs.

A closed item is indexed by its title only. Every value reaches SQL as a bound parameter;
FTS5 and tsquery expressions are built from letters and digits only.
"""

from __future__ import annotations

import calendar
import json
import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import date
from functools import cache
from typing import Any

from sqlalchemy import Connection, TextClause, bindparam, text

from referat.store import rankindex
from referat.store.indexing import KEY_SCALE
from referat.store.query import Query, Term, parse_query
from referat.store.ranking import FacetRow, IndexFilters, ranked, ranked_with_facets
from referat.store.textindex import snippet

MAX_LIMIT = 500
MAX_OFFSET = 10_000
SORTS = ("relevance", "newest")
#: A prefix matches at most this many index terms on SQLite (shortest first).
MAX_EXPANSIONS = 200
_PARTIAL_DATE = re.compile(r"\s*(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?\s*")


@dataclass
class Filters:
    """Search filters; each narrows the hits when set."""

    municipality: str | None = None
    body: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    outcome: str | None = None
    case_number: str | None = None


@dataclass
class Hit:
    """One matching agenda item; ``score`` is its relevance (field-weighted BM25), 0 when sorted by date."""

    meeting_id: int
    item_id: int
    number: int | None
    title: str | None
    closed: bool
    municipality: str | None
    body: str | None
    date: str | None
    outcomes: list[str] = field(default_factory=list)
    case_numbers: list[str] = field(default_factory=list)
    snippet: str = ""
    score: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of a hit; ``snippet`` is HTML with matches in ``<mark>``."""
        return asdict(self)


def _date_bound(value: str, upper: bool) -> int | None:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` as YYYYMMDD, the first or last day it covers."""
    match = _PARTIAL_DATE.fullmatch(value)
    if not match:
        return None
    year, month, day = int(match[1]), match[2], match[3]
    try:
        if day:
            when = date(year, int(month), int(day))
        elif month:
            last = calendar.monthrange(year, int(month))[1]
            when = date(year, int(month), last if upper else 1)
        else:
            when = date(year, 12, 31) if upper else date(year, 1, 1)
    except ValueError:
        return None
    return int(when.strftime("%Y%m%d"))


@dataclass
class _Conditions:
    """Filter conditions: on the search key (written ``{key}``) and on ``d``, the search_document row."""

    key: list[str] = field(default_factory=list)
    row: list[str] = field(default_factory=list)
    index: IndexFilters = field(default_factory=IndexFilters)


def _filter_conditions(conn: Connection, filters: Filters, params: dict[str, Any]) -> _Conditions | None:
    """The filters as SQL conditions with their values in ``params``; None when nothing can match."""
    conditions = _Conditions()
    names: list[tuple[str, str, str]] = []
    if filters.municipality:
        names.append(("municipality", filters.municipality, "municipality_id"))
    if filters.body:
        names.append(("body", filters.body, "body_id"))
    for table, wanted, column in names:
        # Names are matched without regard to case in Python: SQLite's lower() knows no æøå.
        ids = [row_id for row_id, name in conn.execute(text(f"SELECT id, name FROM {table}"))
               if name.casefold() == wanted.strip().casefold()]
        if not ids:
            return None
        conditions.row.append(f"d.{column} IN :{column}")
        params[column] = ids
        setattr(conditions.index, f"{table}_ids", ids)
    low = _date_bound(filters.date_from, upper=False) if filters.date_from else 1
    high = _date_bound(filters.date_to, upper=True) if filters.date_to else 99_991_231
    if low is None or high is None or low > high:
        return None
    if filters.date_from or filters.date_to:
        conditions.key.append("{key} BETWEEN :key_low AND :key_high")
        params["key_low"], params["key_high"] = low * KEY_SCALE, high * KEY_SCALE + KEY_SCALE - 1
        conditions.index.key_range = (params["key_low"], params["key_high"])
    if filters.outcome:
        conditions.row.append("d.outcomes LIKE :outcome")
        params["outcome"] = f"%,{filters.outcome.strip()},%"
        conditions.index.outcome = filters.outcome.strip()
    if filters.case_number:
        keys = list(conn.execute(text(
            "SELECT d.id FROM case_record cr JOIN item_case ic ON ic.case_id = cr.id "
            "JOIN search_document d ON d.item_id = ic.item_id WHERE cr.number = :number"),
            {"number": filters.case_number.strip()}).scalars())
        if not keys:
            return None
        conditions.key.append("{key} IN :case_keys")
        params["case_keys"] = keys
        conditions.index.keys = [int(k) for k in keys]
    return conditions


def _fts5_term(conn: Connection, term: Term) -> str | None:
    """The FTS5 form of one term; None when it matches no indexed word."""
    if term.phrase or not term.prefix:
        return '"' + " ".join(term.stems) + '"'
    # FTS5 prefix queries merge every matching term's postings before the first row;
    # an OR of the index's own terms walks them lazily and stops early.
    stem = term.stems[0]
    expansions = conn.execute(text(
        "SELECT term FROM (SELECT term FROM search_term WHERE term >= :low AND term < :high LIMIT 5000) "
        "ORDER BY length(term), term LIMIT :most"), {"low": stem, "high": stem + "\U0010ffff",
                                                      "most": MAX_EXPANSIONS}).scalars().all()
    if not expansions:
        return None
    return "(" + " OR ".join(f'"{t}"' for t in expansions) + ")"


def _fts5_group(conn: Connection, terms: list[Term]) -> str | None:
    parts = [p for p in (_fts5_term(conn, t) for t in terms) if p]
    return "(" + " OR ".join(parts) + ")" if parts else None


def fts5_expressions(conn: Connection, query: Query) -> tuple[str | None, str | None]:
    """The FTS5 MATCH expressions (positive, excluded) of a parsed query; positive None when nothing matches."""
    groups = [_fts5_group(conn, group) for group in query.groups]
    positive = None if None in groups or not groups else " AND ".join(g for g in groups if g)
    return positive, _fts5_group(conn, query.excluded)


def _ts_term(term: Term) -> str:
    if term.phrase:
        return "(" + " <-> ".join(f"'{w}'" for w in term.words) + ")"
    return f"'{term.words[0]}'" + (":*" if term.prefix else "")


def tsquery_expressions(query: Query) -> tuple[str, str | None]:
    """The ``to_tsquery('danish', ...)`` expressions (positive, excluded): PostgreSQL stems the words."""
    positive = " & ".join("(" + " | ".join(_ts_term(t) for t in group) + ")" for group in query.groups)
    excluded = " | ".join(_ts_term(t) for t in query.excluded) or None
    return positive, excluded


def _statement(sql: str, params: dict[str, Any]) -> Any:
    """``sql`` with its list values bound as expanding parameters."""
    return text(sql).bindparams(*(bindparam(n, expanding=True) for n, v in params.items() if isinstance(v, list)))


def _newest_sqlite(conn: Connection, query: Query, conditions: _Conditions, params: dict[str, Any]) -> list[int]:
    """The keys of the newest ``depth`` matches: FTS5 walks its postings by rowid and stops."""
    positive, excluded = fts5_expressions(conn, query)
    if positive is None:
        return []
    params = {**params, "match": f"({positive}) NOT ({excluded})" if excluded else positive}
    where = ["f.fts_all MATCH :match"]  # FTS5's own NOT sees the whole item
    where += [c.format(key="f.rowid") for c in conditions.key] + conditions.row
    join = " JOIN search_document d ON d.id = f.rowid" if conditions.row else ""
    sql = f"SELECT f.rowid FROM fts_all f{join} WHERE {' AND '.join(where)} ORDER BY f.rowid DESC LIMIT :depth"
    return [int(k) for k in conn.execute(_statement(sql, params), params).scalars()]


#: PostgreSQL first looks for a tier's newest matches among this many newest items.
PG_WINDOW = 2000


def _newest_postgres(conn: Connection, query: Query, conditions: _Conditions, params: dict[str, Any]) -> list[int]:
    """The keys of the newest ``depth`` matches, by a plan that does not depend on estimates.

    The planner guesses how many items a text query matches and, for the newest-first
    order, picks between walking the primary key backwards (fast when matches are
    common, a full scan when they are rare) and the GIN index (fast when rare, a sort of
    every match when common). Its guesses for phrases, prefixes and correlated words are
    often far off, so the choice is made here: first the newest :data:`PG_WINDOW` items
    are checked, which settles every query whose matches are not rare; only when that
    window holds fewer than ``depth`` matches (so the matches are rare) is the GIN index
    used, with the other plans switched off for that one statement.
    """
    positive, excluded = tsquery_expressions(query)
    params = {**params, "match": positive, "window": PG_WINDOW}
    row = list(conditions.row)
    if excluded:
        row.append("NOT d.tsv_all @@ to_tsquery('danish', :excluded)")
        params["excluded"] = excluded
    window_where = " AND ".join(c.format(key="id") for c in conditions.key) or "TRUE"
    where = " AND ".join(["d.tsv_all @@ to_tsquery('danish', :match)", *row])
    every_where = " AND ".join([where, *(c.format(key="d.id") for c in conditions.key)])
    newest = (f"SELECT d.id FROM (SELECT * FROM search_document WHERE {window_where} ORDER BY id DESC "
              f"LIMIT :window) AS d WHERE {where} ORDER BY d.id DESC LIMIT :depth")
    found = [int(k) for k in conn.execute(_statement(newest, params), params).scalars()]
    if len(found) < params["depth"]:
        conn.execute(text("SET LOCAL enable_indexscan = off"))
        conn.execute(text("SET LOCAL enable_seqscan = off"))
        try:
            every = f"SELECT d.id FROM search_document d WHERE {every_where} ORDER BY d.id DESC LIMIT :depth"
            found = [int(k) for k in conn.execute(_statement(every, params), params).scalars()]
        finally:
            conn.execute(text("SET LOCAL enable_indexscan TO DEFAULT"))
            conn.execute(text("SET LOCAL enable_seqscan TO DEFAULT"))
    return found


def search(conn: Connection, query_text: str, filters: Filters | None = None, limit: int = 20,
           offset: int = 0, snippets: bool = True, sort: str = "relevance") -> list[Hit]:
    """The matching items, best first (``sort="newest"``: newest meeting first), with snippets. No words, no hits.

    ``limit`` is capped at 500 and ``offset`` at 10,000. A filter value that matches
    nothing (an unknown municipality, a malformed date) gives no hits rather than an error.
    An unknown ``sort`` is a ValueError.
    """
    limit = max(1, min(int(limit), MAX_LIMIT))
    offset = max(0, min(int(offset), MAX_OFFSET))
    return page_hits(conn, query_text, matching_keys(conn, query_text, filters, offset + limit, sort)[offset:],
                     snippets)


def matching_keys(conn: Connection, query_text: str, filters: Filters | None = None, depth: int = 20,
                  sort: str = "relevance") -> list[tuple[int, float]]:
    """The search keys and scores of the first ``depth`` matches in ``sort`` order (see :func:`search`).

    ``depth`` is capped at :data:`MAX_OFFSET` + :data:`MAX_LIMIT`. A slice of these, given to
    :func:`page_hits`, is the page :func:`search` returns for the same slice.
    """
    return _matching(conn, query_text, filters, depth, sort)[0]


def matching_keys_with_facets(conn: Connection, query_text: str, filters: Filters | None, depth: int,
                              window: int) -> tuple[list[tuple[int, float]], list[FacetRow]]:
    """:func:`matching_keys` in relevance order, and the facets of the first ``window`` matches as the relevance
    index holds them (municipality id, body id, year, outcomes as :func:`rankindex.outcome_names` bits)."""
    return _matching(conn, query_text, filters, depth, "relevance", window)


def _matching(conn: Connection, query_text: str, filters: Filters | None, depth: int, sort: str,
              window: int = 0) -> tuple[list[tuple[int, float]], list[FacetRow]]:
    if sort not in SORTS:
        raise ValueError(f"unknown sort order {sort!r} (use relevance or newest)")
    query = parse_query(query_text)
    if query.empty:
        return [], []
    depth = max(1, min(int(depth), MAX_OFFSET + MAX_LIMIT))
    params: dict[str, Any] = {"depth": depth}
    conditions = _filter_conditions(conn, filters or Filters(), params)
    if conditions is None:
        return [], []
    if sort == "relevance":
        index = rankindex.current(conn)
        if window:
            return ranked_with_facets(index, query, conditions.index, depth, window)
        return ranked(index, query, conditions.index, depth), []
    newest = _newest_sqlite if conn.dialect.name == "sqlite" else _newest_postgres
    return [(key, 0.0) for key in newest(conn, query, conditions, params)], []


def page_hits(conn: Connection, query_text: str, page: list[tuple[int, float]], snippets: bool = True) -> list[Hit]:
    """The hits of ``page`` (keys and scores from :func:`matching_keys`), in its order, snippets for the query."""
    return _hits(conn, page, parse_query(query_text), snippets)


@cache
def _by_ids(dialect: str, sql: str) -> TextClause:
    """``sql`` with ``IN :ids`` as one bound array (a JSON array on SQLite), so the statement is compiled once."""
    values = "(SELECT value FROM json_each(:ids))" if dialect == "sqlite" else "(SELECT unnest(CAST(:ids AS bigint[])))"
    return text(sql.replace("IN :ids", f"IN {values}"))


def select_by_ids(conn: Connection, sql: str, ids: list[int]) -> Sequence[Any]:
    """The rows of ``sql`` (which names ``IN :ids``) for ``ids``."""
    bound = json.dumps(ids) if conn.dialect.name == "sqlite" else ids
    return conn.execute(_by_ids(conn.dialect.name, sql), {"ids": bound}).all()


def _grouped(conn: Connection, sql: str, ids: list[int]) -> dict[int, list[str]]:
    found: dict[int, list[str]] = {}
    if ids:
        for item_id, value in select_by_ids(conn, sql, ids):
            found.setdefault(int(item_id), []).append(value)
    return found


#: A page's hits: their items, municipalities and bodies.
_PAGE_ROWS = (
    "SELECT d.id, d.item_id, ai.meeting_id, ai.number, ai.title, ai.closed, d.outcomes, mu.name AS municipality, "
    "b.name AS body, d.meeting_date FROM search_document d JOIN agenda_item ai ON ai.id = d.item_id "
    "LEFT JOIN municipality mu ON mu.id = d.municipality_id LEFT JOIN body b ON b.id = d.body_id "
    "WHERE d.id IN :ids"
)

#: Where a snippet is looked for, in this order: decisions, the sections, attachment titles, then tables (JSON rows).
_SNIPPET_SOURCES = (
    "SELECT item_id, 0 AS source, position, text FROM decision WHERE item_id IN :ids "
    "UNION ALL SELECT item_id, 1, position, text FROM section WHERE item_id IN :ids AND kind <> 'decision' "
    "UNION ALL SELECT item_id, 2, position, title FROM attachment WHERE item_id IN :ids "
    "UNION ALL SELECT item_id, 3, position, rows FROM data_table WHERE item_id IN :ids "
    "ORDER BY 1, 2, 3"
)


def _snippet_texts(conn: Connection, ids: list[int]) -> dict[int, list[str]]:
    """Each item's texts a snippet is cut from, in :data:`_SNIPPET_SOURCES` order, fetched in one statement."""
    texts: dict[int, list[str]] = {}
    if not ids:
        return texts
    for item_id, source, _position, value in select_by_ids(conn, _SNIPPET_SOURCES, ids):
        found = texts.setdefault(int(item_id), [])
        if source == 3:
            found.extend(" ".join(row) for row in json.loads(value))
        else:
            found.append(value)
    return texts


def _hits(conn: Connection, page: list[tuple[int, float]], query: Query, snippets: bool) -> list[Hit]:
    """Hits in the page's order with case numbers and snippets, fetched for the whole page at once."""
    if not page:
        return []
    scores = {int(key): float(score) for key, score in page}
    rows = {int(row.id): row for row in select_by_ids(conn, _PAGE_ROWS, [key for key, _score in page])}
    ids = [int(row.item_id) for row in rows.values()]
    open_ids = [int(row.item_id) for row in rows.values() if not row.closed] if snippets else []
    cases = _grouped(conn, "SELECT ic.item_id, cr.number FROM item_case ic JOIN case_record cr ON cr.id = ic.case_id "
                           "WHERE ic.item_id IN :ids ORDER BY cr.number", ids)
    texts = _snippet_texts(conn, open_ids)
    prefixes, exact = query.highlight()
    hits = []
    for key, _score in page:
        row = rows.get(int(key))
        if row is None:
            continue
        item_id = int(row.item_id)
        excerpt = ""
        if snippets:
            # The text's sentence with a match; the title's only when the text has none and the title has.
            excerpt = snippet("\n".join(texts.get(item_id, [])), prefixes, exact=exact)
            if "<mark>" not in excerpt:
                title_snippet = snippet(row.title or "", prefixes, exact=exact)
                excerpt = title_snippet if "<mark>" in title_snippet else excerpt
        hits.append(Hit(meeting_id=row.meeting_id, item_id=item_id, number=row.number, title=row.title,
                        closed=bool(row.closed), municipality=row.municipality, body=row.body,
                        date=row.meeting_date, outcomes=[o for o in (row.outcomes or "").split(",") if o],
                        case_numbers=cases.get(item_id, []), snippet=excerpt,
                        score=scores[int(key)]))
    return hits


def hits_json(hits: list[Hit]) -> str:
    """The ``--json`` output of ``referat search``."""
    return json.dumps([h.to_dict() for h in hits], ensure_ascii=False, indent=2)
