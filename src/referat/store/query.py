"""The search syntax: words, ``"phrases"``, ``prefix*``, ``OR`` and ``-exclusion``.

Parsing never fails: a malformed query (an unmatched quote, a lone ``*``, operator soup)
is read as plain words. Only word characters reach the backends, so no query syntax of
FTS5 or PostgreSQL can be injected.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from referat.store.textindex import stem, tokens

_TOKEN = re.compile(r'-?"[^"]*"|\S+')
MAX_TERMS = 32


@dataclass(frozen=True)
class Term:
    """One term: a word (stemmed, matched as a prefix of indexed stems), a prefix or a phrase."""

    stems: tuple[str, ...]
    phrase: bool = False
    words: tuple[str, ...] = ()


@dataclass
class Query:
    """Groups are ANDed; the terms of a group are ORed; excluded terms must not match."""

    groups: list[list[Term]] = field(default_factory=list)
    excluded: list[Term] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        """True when nothing positive is asked for."""
        return not self.groups

    def stems(self) -> list[str]:
        """Every positive stem, for highlighting."""
        return [s for group in self.groups for term in group for s in term.stems]


def _term(raw: str) -> Term | None:
    if raw.startswith('"') and raw.endswith('"') and len(raw) >= 2:
        words = tokens(raw[1:-1])
        if not words:
            return None
        return Term(tuple(stem(w) for w in words), phrase=len(words) > 1, words=tuple(words))
    words = tokens(raw)
    if not words:
        return None
    return Term(tuple(stem(w) for w in words), phrase=len(words) > 1, words=tuple(words))


def parse_query(text: str) -> Query:
    """Read a search string; never raises."""
    if text.count('"') % 2:
        text = text.replace('"', " ")
    query = Query()
    pending_or = False
    for raw in _TOKEN.findall(text[:2000]):
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
        if len(query.groups) + len(query.excluded) >= MAX_TERMS:
            break
    return query
