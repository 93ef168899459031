"""Relevance ranking: a parsed query as a Tantivy query, scored by field-weighted BM25.

An item's score is the sum, over the query's terms and the three fields, of the field's
weight (:data:`referat.store.rankindex.WEIGHTS`: title 3, decisions and attachment titles
1.5, the rest 1) times the term's BM25 in that field (k1 = 1.2, b = 0.75, the field's own
document frequencies and average length). A prefix term counts each of its completions in
the field's vocabulary (at most :data:`MAX_EXPANSIONS`, the most frequent), as an ``OR``
of exact terms would; a phrase counts its occurrences, weighted by the sum of its words'
inverse document frequencies. Matching is that of :mod:`referat.store.query`: the groups
must all match, a group's terms are alternatives, an excluded term must not occur in any
field. Filters narrow the matches without touching the score.

A one-word query (or one group of alternatives) without filters is a pure disjunction of
term queries, which Tantivy answers with block-max WAND: it skips the blocks of postings
that cannot reach the current top scores.

An excluded term does not change any score, it only removes matches; but as a clause of the
query it keeps Tantivy from skipping, so that every match of the rest is scored. So the rest
is ranked first, without the exclusion, and the excluded matches are then removed from its
best hits (one lookup of those keys against the excluded terms); when too many of them fall
out, the pool is widened once, as far as the share kept suggests, and past
:data:`MAX_EXCLUSION_POOL` the whole query runs as one. The result is the same either way.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

import tantivy
from tantivy import Occur
from tantivy import Query as TQuery

from referat.store.query import Query, Term
from referat.store.rankindex import FIELDS, SCHEMA, WEIGHTS

#: A prefix matches at most this many terms per field (the most frequent).
MAX_EXPANSIONS = 200
#: Hits fetched beyond the page, so that equal scores at the page's edge can be ordered newest first.
TIE_MARGIN = 20
#: A query with an exclusion first ranks this many times the wanted hits without it ...
EXCLUSION_POOL = 4
#: ... and, when too many fall out, once more as many as the share kept suggests, up to this many.
MAX_EXCLUSION_POOL = 2560
#: The pool is used when the rest may match this many items (the index's term counts tell); below, the whole query.
POOLED_FROM = 100_000


@dataclass
class IndexFilters:
    """Filters as the index sees them; None: not filtered."""

    municipality_ids: list[int] | None = None
    body_ids: list[int] | None = None
    key_range: tuple[int, int] | None = None
    outcome: str | None = None
    keys: list[int] | None = None


def _term_queries(searcher: tantivy.Searcher, term: Term, weighted: bool) -> list[TQuery]:
    """The term in every field, as (weighted) Tantivy term or phrase queries; empty when it matches nothing."""
    found: list[TQuery] = []
    for name in FIELDS:
        if term.phrase:
            queries = [TQuery.phrase_query(SCHEMA, name, list(term.stems))]
        elif term.prefix:
            queries = [TQuery.term_query(SCHEMA, name, completion) for completion, _count in
                       searcher.terms_with_prefix(name, term.stems[0], limit=MAX_EXPANSIONS)]
        else:
            queries = [TQuery.term_query(SCHEMA, name, term.stems[0])]
        found += [TQuery.boost_query(q, WEIGHTS[name]) if weighted else q for q in queries]
    return found


def _any(queries: list[TQuery]) -> TQuery:
    return queries[0] if len(queries) == 1 else TQuery.boolean_query([(Occur.Should, q) for q in queries])


def _filters(filters: IndexFilters) -> list[TQuery]:
    found: list[TQuery] = []
    if filters.municipality_ids is not None:
        found.append(TQuery.term_set_query(SCHEMA, "municipality", filters.municipality_ids))
    if filters.body_ids is not None:
        found.append(TQuery.term_set_query(SCHEMA, "body", filters.body_ids))
    if filters.key_range is not None:
        low, high = filters.key_range
        found.append(TQuery.range_query(SCHEMA, "key", tantivy.FieldType.Integer, low, high))
    if filters.outcome is not None:
        found.append(TQuery.term_query(SCHEMA, "outcomes", filters.outcome))
    if filters.keys is not None:
        found.append(TQuery.term_set_query(SCHEMA, "key", filters.keys))
    return found


def build(searcher: tantivy.Searcher, query: Query, filters: IndexFilters) -> TQuery | None:
    """The Tantivy query of a parsed query and filters; None when it can match nothing."""
    groups = []
    for group in query.groups:
        alternatives = [q for term in group for q in _term_queries(searcher, term, weighted=True)]
        if not alternatives:
            return None
        groups.append(_any(alternatives))
    excluded = [q for term in query.excluded for q in _term_queries(searcher, term, weighted=False)]
    narrowing = _filters(filters)
    if len(groups) == 1 and not excluded and not narrowing:
        return groups[0]
    clauses = [(Occur.Must, g) for g in groups]
    clauses += [(Occur.MustNot, q) for q in excluded]
    clauses += [(Occur.Must, TQuery.const_score_query(q, 0.0)) for q in narrowing]
    return TQuery.boolean_query(clauses)


#: A hit as the index gives it: search key, rounded score, and where the document lies in the searcher's segments.
_Hit = tuple[int, float, tantivy.DocAddress]
#: One best hit's facets: municipality id, body id (None: not given), year (0: not given), outcomes as bits.
FacetRow = tuple[int | None, int | None, int, int]


def _ranked_hits(searcher: tantivy.Searcher, query: Query, filters: IndexFilters, depth: int) -> list[_Hit]:
    wanted = depth + TIE_MARGIN
    hits = _without_excluded(searcher, query, filters, wanted) if query.excluded else None
    if hits is None:
        built = build(searcher, query, filters)
        hits = [] if built is None else _keyed(searcher, searcher.search(built, limit=wanted, count=False).hits)
    hits.sort(key=lambda hit: (-hit[1], -hit[0]))
    return hits[:depth]


def ranked(index: tantivy.Index, query: Query, filters: IndexFilters, depth: int) -> list[tuple[int, float]]:
    """The ``depth`` best (search key, score) pairs, best first; among equal scores the newest first."""
    return [(key, score) for key, score, _address in _ranked_hits(index.searcher(), query, filters, depth)]


def ranked_with_facets(index: tantivy.Index, query: Query, filters: IndexFilters, depth: int,
                       window: int) -> tuple[list[tuple[int, float]], list[FacetRow]]:
    """:func:`ranked`, and the facets of its first ``window`` hits, read from the index's columns."""
    searcher = index.searcher()
    hits = _ranked_hits(searcher, query, filters, max(depth, window))
    addresses = [address for _key, _score, address in hits[:window]]
    columns = [searcher.fast_field_values(name, addresses) if addresses else []
               for name in ("municipality", "body", "year", "outcome_set")]
    rows = [(municipality, body, int(year or 0), int(bits or 0))
            for municipality, body, year, bits in zip(*columns, strict=True)]
    return [(key, score) for key, score, _address in hits[:depth]], rows


def _keyed(searcher: tantivy.Searcher, hits: list[tuple[float, tantivy.DocAddress]]) -> list[_Hit]:
    """(search key, rounded score, address) of Tantivy's hits."""
    if not hits:
        return []
    keys = searcher.fast_field_values("key", [address for _score, address in hits])
    return [(int(key or 0), round(float(score), 4), address)
            for (score, address), key in zip(hits, keys, strict=True)]


def matches_at_most(searcher: tantivy.Searcher, query: Query) -> int:
    """An upper bound of the items matching the query's groups: the fewest of any group, by the index's term counts."""
    def bound(term: Term) -> int:
        total = 0
        for name in FIELDS:
            if term.prefix:
                total += sum(n for _c, n in searcher.terms_with_prefix(name, term.stems[0], limit=MAX_EXPANSIONS))
            else:
                total += min(int(searcher.doc_freq(name, stem)) for stem in term.stems)
        return total
    return min((sum(bound(term) for term in group) for group in query.groups), default=0)


def _without_excluded(searcher: tantivy.Searcher, query: Query, filters: IndexFilters,
                      wanted: int) -> list[_Hit] | None:
    """The ``wanted`` best hits of the query's other terms that hold no excluded term; None: run the whole query.

    A first pool of :data:`EXCLUSION_POOL` times ``wanted``; when too many of it fall out, one
    second pool as large as the share kept suggests, unless that is over :data:`MAX_EXCLUSION_POOL`.
    """
    rest = build(searcher, replace(query, excluded=[]), filters)
    if rest is None:
        return []
    excluded = [q for term in query.excluded for q in _term_queries(searcher, term, weighted=False)]
    if not excluded:
        return None  # the excluded terms occur nowhere: the query is the rest
    if matches_at_most(searcher, query) < POOLED_FROM:
        return None  # few matches to score: the whole query is cheaper than a pool
    pool = EXCLUSION_POOL * wanted
    for _attempt in range(2):
        hits = _keyed(searcher, searcher.search(rest, limit=pool, count=False).hits)
        if not hits:
            return []
        keys = [key for key, _score, _address in hits]
        holding = TQuery.boolean_query([(Occur.Must, TQuery.term_set_query(SCHEMA, "key", keys)),
                                        (Occur.Must, _any(excluded))])
        dropped = {hit[0] for hit in _keyed(searcher, searcher.search(holding, limit=len(keys), count=False).hits)}
        kept = [hit for hit in hits if hit[0] not in dropped]
        if len(kept) >= wanted or len(hits) < pool:
            return kept
        pool = math.ceil(1.5 * wanted * len(hits) / max(1, len(kept)))
        if pool > MAX_EXCLUSION_POOL:
            break
    return None
