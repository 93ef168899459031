"""Danish full-text search over agenda items, the same on SQLite (FTS5) and PostgreSQL.

Both backends match Snowball Danish stems and treat every query word as a prefix of the
indexed stems, so ``godkende`` (stem ``godk``) finds ``godkendte`` (stem ``godkend``). Title
counts most, then decisions, attachment titles and the rest of the text. A closed item is
indexed by its title only. Every value reaches SQL as a bound parameter; the FTS5 and
tsquery expressions are built from word characters only (see :mod:`referat.store.query`).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import Connection, text

from referat.store.query import Query, Term, parse_query
from referat.store.textindex import snippet

#: How many matches, newest first, are ranked. Ranking every match of a very common word costs
#: time in proportion to the archive; the newest matches are found without reading the rest.
CANDIDATES = 2000

#: bm25 weights for title, decision, body, attachments (SQLite); PostgreSQL uses weights A-D alike.
_FTS5_WEIGHTS = "10.0, 5.0, 1.0, 2.0"


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
    """One matching agenda item."""

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


def _fts5_term(term: Term) -> str:
    if term.phrase:
        return '"' + " ".join(term.stems) + '"'
    return f'"{term.stems[0]}"*'


def fts5_expression(query: Query) -> str:
    """The FTS5 MATCH expression for a parsed query (word characters and quotes only)."""
    groups = ["(" + " OR ".join(_fts5_term(t) for t in group) + ")" for group in query.groups]
    expression = " AND ".join(groups)
    for term in query.excluded:
        expression += f" NOT {_fts5_term(term)}"
    return expression


def _ts_term(term: Term) -> str:
    if term.phrase:
        return "(" + " <-> ".join(f"'{w}'" for w in term.words) + ")"
    return f"'{term.words[0]}':*"


def tsquery_expression(query: Query) -> str:
    """The ``to_tsquery('danish', ...)`` expression; PostgreSQL stems the words as it stemmed the index."""
    groups = ["(" + " | ".join(_ts_term(t) for t in group) + ")" for group in query.groups]
    expression = " & ".join(groups)
    for term in query.excluded:
        expression += f" & !{_ts_term(term)}"
    return expression


def _filter_sql(filters: Filters, params: dict[str, Any]) -> str:
    clauses = []
    if filters.municipality:
        clauses.append("lower(mu.name) = lower(:municipality)")
        params["municipality"] = filters.municipality
    if filters.body:
        clauses.append("lower(b.name) = lower(:body)")
        params["body"] = filters.body
    if filters.date_from:
        clauses.append("d.meeting_date >= :date_from")
        params["date_from"] = filters.date_from
    if filters.date_to:
        clauses.append("d.meeting_date <= :date_to")
        params["date_to"] = filters.date_to
    if filters.outcome:
        clauses.append("ai.outcomes LIKE :outcome")
        params["outcome"] = f"%,{filters.outcome},%"
    if filters.case_number:
        clauses.append("EXISTS (SELECT 1 FROM item_case ic JOIN case_record cr ON cr.id = ic.case_id "
                       "WHERE ic.item_id = ai.id AND cr.number = :case_number)")
        params["case_number"] = filters.case_number
    return "".join(f" AND {c}" for c in clauses)


_SELECT = ("SELECT ai.id AS item_id, ai.meeting_id, ai.number, ai.title, ai.closed, ai.outcomes, "
           "mu.name AS municipality, b.name AS body, d.meeting_date AS date, {score} AS score "
           "FROM {source} JOIN agenda_item ai ON ai.id = d.item_id "
           "LEFT JOIN municipality mu ON mu.id = d.municipality_id LEFT JOIN body b ON b.id = d.body_id ")


def search(conn: Connection, query_text: str, filters: Filters | None = None, limit: int = 20,
           offset: int = 0, snippets: bool = True) -> list[Hit]:
    """The best matching items first, with snippets (unless ``snippets`` is False). No words, no hits."""
    query = parse_query(query_text)
    if query.empty:
        return []
    filters = filters or Filters()
    params: dict[str, Any] = {"limit": max(1, min(limit, 500)), "offset": max(0, offset)}
    where = _filter_sql(filters, params)
    params["candidates"] = CANDIDATES
    if conn.dialect.name == "sqlite":
        params["match"] = fts5_expression(query)
        inner = (_SELECT.format(score=f"-bm25(item_fts, {_FTS5_WEIGHTS})",
                                source="item_fts JOIN search_document d ON d.item_id = item_fts.rowid")
                 + f"WHERE item_fts MATCH :match{where} ORDER BY item_fts.rowid DESC LIMIT :candidates")
    else:
        params["tsquery"] = tsquery_expression(query)
        inner = (_SELECT.format(score="ts_rank_cd(d.tsv, q.query, 1)",
                                source="search_document d CROSS JOIN to_tsquery('danish', :tsquery) AS q(query)")
                 + f"WHERE d.tsv @@ q.query{where} ORDER BY d.item_id DESC LIMIT :candidates")
    sql = (f"SELECT * FROM ({inner}) AS candidates ORDER BY score DESC, date DESC, item_id "
           "LIMIT :limit OFFSET :offset")
    rows = conn.execute(text(sql), params).mappings().all()
    return _hits(conn, rows, query, snippets)


def _grouped(conn: Connection, sql: str, ids: list[int]) -> dict[int, list[str]]:
    found: dict[int, list[str]] = {}
    for item_id, value in conn.execute(text(sql.format(ids=",".join(str(int(i)) for i in ids)))):
        found.setdefault(int(item_id), []).append(value)
    return found


def _hits(conn: Connection, rows: Any, query: Query, snippets: bool) -> list[Hit]:
    """Hits with case numbers and snippets, fetched for all rows at once."""
    ids = [int(row["item_id"]) for row in rows]
    if not ids:
        return []
    open_ids = ([int(row["item_id"]) for row in rows if not row["closed"]] if snippets else []) or [-1]
    cases = _grouped(conn, "SELECT ic.item_id, cr.number FROM item_case ic JOIN case_record cr ON cr.id = ic.case_id "
                           "WHERE ic.item_id IN ({ids}) ORDER BY cr.number", ids)
    texts = _grouped(conn, "SELECT item_id, text FROM decision WHERE item_id IN ({ids}) ORDER BY item_id, position",
                     open_ids)
    for item_id, values in _grouped(conn, "SELECT item_id, text FROM section WHERE item_id IN ({ids}) "
                                          "AND kind <> 'decision' ORDER BY item_id, position", open_ids).items():
        texts.setdefault(item_id, []).extend(values)
    stems = query.stems()
    hits = []
    for row in rows:
        item_id = int(row["item_id"])
        excerpt = ""
        if snippets:
            title_snippet = snippet(row["title"] or "", stems)
            body_snippet = snippet("\n".join(texts.get(item_id, [])), stems) if not row["closed"] else ""
            excerpt = body_snippet if "<mark>" in body_snippet or "<mark>" not in title_snippet else title_snippet
        hits.append(Hit(meeting_id=row["meeting_id"], item_id=item_id, number=row["number"], title=row["title"],
                        closed=bool(row["closed"]), municipality=row["municipality"], body=row["body"],
                        date=row["date"], outcomes=[o for o in (row["outcomes"] or "").split(",") if o],
                        case_numbers=cases.get(item_id, []), snippet=excerpt,
                        score=round(float(row["score"] or 0.0), 4)))
    return hits


def hits_json(hits: list[Hit]) -> str:
    """The ``--json`` output of ``referat search``."""
    return json.dumps([h.to_dict() for h in hits], ensure_ascii=False, indent=2)
