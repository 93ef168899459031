"""Similar items in other municipalities: "more like this" over the search indexes.

The source item's stems (title counted three times, then decisions, attachment titles,
sections and tables) are weighted by how often the item uses them times their BM25
inverse document frequency, read from the relevance index (:mod:`referat.store.rankindex`,
the same on both backends). The most distinctive :data:`QUERY_TERMS` stems form an OR query,
run on that index too: each item of another municipality scores the summed weights of the query stems it holds
(BM25 with binary term frequency: each shared distinctive word counts once, by its
weight), highest first, newest first among equals, and a case that came before several
meetings of a municipality is shown once, at its best-scoring appearance. Weights are
whole numbers, so both backends add them up exactly and agree on the order.

The cost is the number of items holding the chosen stems (at most :data:`POSTINGS_BUDGET`),
not the size of the corpus. The index's word counts are kept per database until the index
changes. A closed item is never a source and never a result.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import Any

import tantivy
from sqlalchemy import Connection, bindparam, text
from tantivy import Occur
from tantivy import Query as TQuery

from referat.errors import ReferatError
from referat.store import rankindex
from referat.store.rankindex import FIELDS, SCHEMA

#: At most this many similar items are asked for at once.
MAX_LIMIT = 50
#: How many of the source's stems the query keeps, most distinctive first.
QUERY_TERMS = 12
#: The query keeps the heaviest stems while the items holding them add up to at most this many
#: (a stem in most items weighs little anyway); it bounds the work of one query.
POSTINGS_BUDGET = 15_000
#: The title's stems count this many times.
TITLE_WEIGHT = 3
#: First pass: this many best-scoring items before the municipality filter; more when too few remain.
FIRST_POOL = 400
_TERM = re.compile(r"^(?=.*[^\W\d_])[^\W_]{2,}$")  # letters (and digits), at least one letter


@dataclass
class Similar:
    """One similar item of another municipality."""

    item_id: int
    meeting_id: int
    number: int | None
    title: str | None
    municipality: str | None
    body: str | None
    date: str | None
    outcomes: list[str] = field(default_factory=list)
    score: int = 0
    shared: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form; ``shared`` lists the query stems the item holds, heaviest first."""
        return asdict(self)


def _source(conn: Connection, item_id: int) -> dict[str, Any]:
    row = conn.execute(text("SELECT id, municipality_id, closed FROM search_document WHERE item_id = :id"),
                       {"id": item_id}).mappings().first()
    if row is None:
        raise ReferatError(f"no item with id {item_id}")
    return dict(row)


def _source_terms(conn: Connection, key: int) -> Counter[str]:
    """The source's stems with their weighted counts (title :data:`TITLE_WEIGHT` times)."""
    counts: Counter[str] = Counter()
    if conn.dialect.name == "sqlite":
        row = conn.execute(text("SELECT title, key, body FROM search_text WHERE id = :k"), {"k": key}).first()
        if row is None:
            return counts
        title, key_text, body = row
        counts.update({t: TITLE_WEIGHT * n for t, n in Counter(title.split()).items()})
        counts.update(key_text.split())
        counts.update(body.split())
    else:
        # tsv_all holds the title too, so the title's extra weight is added to its counts there.
        lexemes = ("SELECT t.lexeme, coalesce(array_length(t.positions, 1), 1) FROM search_document d, "
                   "unnest(d.{column}) t WHERE d.id = :k")
        for term, n in conn.execute(text(lexemes.format(column="tsv_all")), {"k": key}):
            counts[term] += int(n)
        for term, n in conn.execute(text(lexemes.format(column="tsv_title")), {"k": key}):
            counts[term] += (TITLE_WEIGHT - 1) * int(n)
    return Counter({t: n for t, n in counts.items() if _TERM.match(t) and n > 0})


@dataclass
class _Statistics:
    """What the index says about its words, kept per database until the index changes."""

    state: tuple[Any, ...]
    total: int
    holding: dict[str, int] = field(default_factory=dict)


_STATISTICS: dict[str, _Statistics] = {}


def _frequencies(conn: Connection, searcher: tantivy.Searcher, terms: list[str]) -> tuple[int, dict[str, int]]:
    """(number of indexed items, items holding each term in any field), read from the relevance index.

    Counting a word's items walks its postings, so the counts are kept (per database) and
    read again only when the index has changed: another newest search key or item id.
    """
    # Two subqueries: each max() is then one step down its index, where max(a), max(b) scans the table.
    state = tuple(conn.execute(text("SELECT (SELECT max(id) FROM search_document), "
                                    "(SELECT max(item_id) FROM search_document)")).one())
    url = str(conn.engine.url)
    stats = _STATISTICS.get(url)
    if stats is None or stats.state != state:
        stats = _STATISTICS[url] = _Statistics(state, int(searcher.num_docs))
    for term in terms:
        if term not in stats.holding:
            found = searcher.search(_in_any_field(term), limit=1, count=True)
            stats.holding[term] = int(found.count or 0)  # type: ignore[attr-defined]  # missing from tantivy's stubs
    return stats.total, {t: stats.holding[t] for t in terms if stats.holding[t]}


def idf(total: int, holding: int) -> float:
    """BM25's inverse document frequency (the non-negative form): ln(1 + (N − n + ½) / (n + ½))."""
    return math.log(1 + (total - holding + 0.5) / (holding + 0.5))


def query_terms(conn: Connection, searcher: tantivy.Searcher, source: dict[str, Any]) -> list[tuple[str, int]]:
    """The source item's most distinctive stems with their whole-number weights, heaviest first."""
    if source["closed"]:
        return []
    counts = _source_terms(conn, int(source["id"]))
    total, holding = _frequencies(conn, searcher, sorted(counts))
    weighted = sorted(((term, round(1000 * count * idf(total, holding[term])))
                       for term, count in counts.items() if holding.get(term, 0) >= 2),  # not the source's alone
                      key=lambda pair: (-pair[1], pair[0]))
    chosen: list[tuple[str, int]] = []
    postings = 0
    for term, weight in weighted:
        if len(chosen) == QUERY_TERMS:
            break
        if postings + holding[term] <= POSTINGS_BUDGET:
            chosen.append((term, weight))
            postings += holding[term]
    return chosen


def _in_any_field(stem: str) -> TQuery:
    """The stem in any of the index's fields."""
    return TQuery.boolean_query([(Occur.Should, TQuery.term_query(SCHEMA, name, stem)) for name in FIELDS])


def _stem_query(stem: str, weight: int) -> TQuery:
    """The stem in any of the index's fields, counted once, by its weight."""
    return TQuery.const_score_query(_in_any_field(stem), float(weight))


def _scored(searcher: tantivy.Searcher, source: dict[str, Any], terms: list[tuple[str, int]], pool: int,
            floor: int | None = None) -> tuple[list[tuple[int, int]], int | None]:
    """The ``pool`` best (search key, score) pairs of the relevance index, best first, newest first among equals.

    Only those scoring at least ``floor``, when given. The second value is the pool's lowest
    score when the pool is full (items beyond it may score as much), else None. The source
    item and the items of its own municipality are left out here; closed items and items
    without a municipality by the caller.
    """
    clauses = [(Occur.Should, _stem_query(stem, weight)) for stem, weight in terms]
    clauses.append((Occur.MustNot, TQuery.term_query(SCHEMA, "key", int(source["id"]))))
    if source["municipality_id"] is not None:
        clauses.append((Occur.MustNot, TQuery.term_query(SCHEMA, "municipality", int(source["municipality_id"]))))
    hits = searcher.search(TQuery.boolean_query(clauses), limit=pool, count=False).hits
    # Scores are sums of whole numbers far below 2**24, so the index's float32 holds them exactly.
    edge = round(float(hits[-1][0])) if len(hits) == pool else None
    scores: list[int] = []
    for score, _address in hits:  # best first
        if floor is not None and round(float(score)) < floor:
            break
        scores.append(round(float(score)))
    if not scores:
        return [], edge
    keys = searcher.fast_field_values("key", [address for _score, address in hits[:len(scores)]])
    pairs = [(int(key or 0), score) for key, score in zip(keys, scores, strict=True)]
    pairs.sort(key=lambda pair: (-pair[1], -pair[0]))
    return pairs, edge


def similar(conn: Connection, item_id: int, limit: int = 5) -> list[Similar]:
    """The ``limit`` items of other municipalities most like item ``item_id``; [] for a closed item.

    Raises :class:`ReferatError` when there is no such item.
    """
    limit = max(1, min(int(limit), MAX_LIMIT))
    source = _source(conn, item_id)
    if source["closed"]:
        return []
    searcher = rankindex.current(conn).searcher()
    terms = query_terms(conn, searcher, source)
    if not terms:
        return []
    # The best-scoring items first, then the open ones with a municipality among them, one per case.
    scored, edge = _scored(searcher, source, terms, FIRST_POOL)
    chosen = _chosen(conn, scored, limit)
    if edge is not None and (len(chosen) < limit or chosen[-1][1] <= edge):
        # Too few are left, or items beyond the pool may score as much as the last one chosen (and be
        # newer): every match scoring at least that much (all matches when too few) is taken.
        floor = chosen[-1][1] if len(chosen) == limit else None
        scored, _edge = _scored(searcher, source, terms, POSTINGS_BUDGET, floor)
        chosen = _chosen(conn, scored, limit)
    return _described(conn, chosen, terms)


def _chosen(conn: Connection, scored: list[tuple[int, int]], limit: int) -> list[tuple[int, int]]:
    """The first ``limit`` scored keys that are open, have a municipality and carry no case already chosen.

    Looked up in the database a few at a time (four times ``limit``, then four times as many),
    so that a long run of equal scores costs no more than it must.
    """
    size = 4 * limit
    while True:
        chosen = _one_per_case(conn, _open_with_municipality(conn, scored[:size]), limit)
        if len(chosen) >= limit or size >= len(scored):
            return chosen
        size *= 4


def _open_with_municipality(conn: Connection, scored: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
    """(key, score, item id) of the scored keys whose item is open and belongs to a municipality, in order."""
    if not scored:
        return []
    query = text("SELECT id, item_id FROM search_document WHERE id IN :keys AND NOT closed "
                 "AND municipality_id IS NOT NULL").bindparams(bindparam("keys", expanding=True))
    items = {int(k): int(i) for k, i in conn.execute(query, {"keys": [k for k, _s in scored]})}
    return [(key, score, items[key]) for key, score in scored if key in items]


def _one_per_case(conn: Connection, rows: list[tuple[int, int, int]], limit: int) -> list[tuple[int, int]]:
    """(key, score) of the first ``limit`` rows, skipping an item whose case an earlier one carries."""
    if not rows:
        return []
    query = text("SELECT item_id, case_id FROM item_case WHERE item_id IN :ids").bindparams(
        bindparam("ids", expanding=True))
    cases: dict[int, set[int]] = {}
    for item, case in conn.execute(query, {"ids": [i for _k, _s, i in rows]}):
        cases.setdefault(int(item), set()).add(int(case))
    seen: set[int] = set()
    chosen = []
    for key, score, item in rows:
        own = cases.get(item, set())
        if own & seen:
            continue  # the same case in the same municipality, at another meeting
        seen |= own
        chosen.append((key, score))
        if len(chosen) == limit:
            break
    return chosen


def _described(conn: Connection, chosen: list[tuple[int, int]], terms: list[tuple[str, int]]) -> list[Similar]:
    """The chosen items with their meeting, municipality, body, date, outcomes and shared stems."""
    if not chosen:
        return []
    keys = [key for key, _score in chosen]
    query = text(
        "SELECT d.id, d.item_id, ai.meeting_id, ai.number, ai.title, mu.name AS municipality, b.name AS body, "
        "d.meeting_date, d.outcomes FROM search_document d JOIN agenda_item ai ON ai.id = d.item_id "
        "LEFT JOIN municipality mu ON mu.id = d.municipality_id LEFT JOIN body b ON b.id = d.body_id "
        "WHERE d.id IN :keys").bindparams(bindparam("keys", expanding=True))
    rows = {int(r["id"]): r for r in conn.execute(query, {"keys": keys}).mappings()}
    shared = _shared(conn, keys, [t for t, _w in terms])
    out = []
    for key, score in chosen:
        r = rows[key]
        out.append(Similar(item_id=int(r["item_id"]), meeting_id=int(r["meeting_id"]), number=r["number"],
                           title=r["title"], municipality=r["municipality"], body=r["body"], date=r["meeting_date"],
                           outcomes=[o for o in (r["outcomes"] or "").split(",") if o], score=score,
                           shared=shared.get(key, [])))
    return out


def _shared(conn: Connection, keys: list[int], terms: list[str]) -> dict[int, list[str]]:
    """Per chosen item, the query stems it holds, in query order (read off its own indexed words)."""
    held: dict[int, set[str]] = {}
    if conn.dialect.name == "sqlite":
        query = text("SELECT id, title || ' ' || key || ' ' || body FROM search_text WHERE id IN :keys")
        for key, words in conn.execute(query.bindparams(bindparam("keys", expanding=True)), {"keys": keys}):
            held[int(key)] = set(words.split())
    else:
        query = text("SELECT d.id, t.lexeme FROM search_document d, unnest(d.tsv_all) t WHERE d.id IN :keys")
        for key, word in conn.execute(query.bindparams(bindparam("keys", expanding=True)), {"keys": keys}):
            held.setdefault(int(key), set()).add(str(word))
    return {key: [t for t in terms if t in words] for key, words in held.items()}
