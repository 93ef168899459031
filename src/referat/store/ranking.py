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
"""

from __future__ import annotations

from dataclasses import dataclass

import tantivy
from tantivy import Occur
from tantivy import Query as TQuery

from referat.store.query import Query, Term
from referat.store.rankindex import FIELDS, SCHEMA, WEIGHTS

#: A prefix matches at most this many terms per field (the most frequent).
MAX_EXPANSIONS = 200
#: Hits fetched beyond the page, so that equal scores at the page's edge can be ordered newest first.
TIE_MARGIN = 20


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


def ranked(index: tantivy.Index, query: Query, filters: IndexFilters, depth: int) -> list[tuple[int, float]]:
    """The ``depth`` best (search key, score) pairs, best first; among equal scores the newest first."""
    searcher = index.searcher()
    built = build(searcher, query, filters)
    if built is None:
        return []
    hits = searcher.search(built, limit=depth + TIE_MARGIN, count=False).hits
    if not hits:
        return []
    keys = searcher.fast_field_values("key", [address for _score, address in hits])
    pairs = [(int(key or 0), round(float(score), 4)) for (score, _address), key in zip(hits, keys, strict=True)]
    pairs.sort(key=lambda pair: (-pair[1], -pair[0]))
    return pairs[:depth]
