"""The search syntax: words, ``"phrases"``, ``prefix*``, ``OR`` and ``-exclusion``.

Parsing never fails: a malformed query (an unmatched quote, a lone ``*``, operator soup)
is read as plain words. Only letters and digits reach the backends, so no query syntax of
FTS5 or PostgreSQL can be injected. Stop words are left out, as the index leaves them out.

Matching, the same on both backends:

- a word matches words whose Snowball stem starts with the word's stem, so a base form
  finds its inflections where Snowball stems them apart (``godkende`` → ``godk`` finds
  ``godkendte`` → ``godkend``); a stem shorter than :data:`MIN_PREFIX` letters matches
  exactly, or ``ud`` would match half the language;
- ``word*`` matches as a prefix however short;
- ``"a phrase"`` matches its stems in sequence, exactly; a hyphenated word (``a-kasser``)
  is a phrase.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from referat.store.textindex import index_words, stem

_TOKEN = re.compile(r'-?"[^"]*"|\S+')
MAX_TERMS = 32
MAX_QUERY_CHARS = 2000
MIN_PREFIX = 3


@dataclass(frozen=True)
class Term:
    """One term: index words, their stems, and whether the (single) stem matches as a prefix."""

    words: tuple[str, ...]
    stems: tuple[str, ...]
    prefix: bool = False

    @property
    def phrase(self) -> bool:
        """True for several words in sequence."""
        return len(self.words) > 1


@dataclass
class Query:
    """Groups are ANDed; the terms of a group are ORed; excluded terms must not match."""

    groups: list[list[Term]] = field(default_factory=list)
    excluded: list[Term] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        """True when nothing positive is asked for."""
        return not self.groups

    def highlight(self) -> tuple[list[str], frozenset[str]]:
        """Stems matched as prefixes and stems matched exactly, for snippets."""
        terms = [term for group in self.groups for term in group]
        prefixes = [t.stems[0] for t in terms if t.prefix]
        exact = frozenset(s for t in terms if not t.prefix for s in t.stems)
        return prefixes, exact


def _term(raw: str) -> Term | None:
    quoted = len(raw) >= 2 and raw.startswith('"') and raw.endswith('"')
    words = tuple(index_words(raw[1:-1] if quoted else raw))
    if not words:
        return None
    stems = tuple(stem(w) for w in words)
    if len(words) > 1 or quoted:
        return Term(words, stems)
    starred = raw.endswith("*")
    return Term(words, stems, prefix=starred or len(stems[0]) >= MIN_PREFIX)


def parse_query(text: str) -> Query:
    """Read a search string; never raises."""
    text = text[:MAX_QUERY_CHARS]
    if text.count('"') % 2:
        text = text.replace('"', " ")
    query = Query()
    pending_or = False
    for raw in _TOKEN.findall(text):
        if raw == "OR":
            pending_or = bool(query.groups)
            continue
        negative = raw.startswith("-") and len(raw) > 1
        term = _term(raw[1:] if negative else raw)
        if term is None:
            continue
        if negative:
            query.excluded.append(term)
        elif pending_or:
            query.groups[-1].append(term)
        else:
            query.groups.append([term])
        pending_or = False
        if sum(map(len, query.groups)) + len(query.excluded) >= MAX_TERMS:
            break
    return query
