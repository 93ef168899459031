"""Decision text -> outcomes, by the phrase table in :mod:`referat.vocab`."""

from __future__ import annotations

import re
from functools import cache

from referat.vocab import AD_MARKER, OUTCOME_PHRASES, compiled_outcomes

# Every cut starts at a space: the look-ahead first passes over the other characters at once.
_CLAUSE_SPLIT = re.compile(r"(?=\s)(?:\n+|(?<=[.!?])\s+(?=[A-ZÆØÅ0-9-])|(?<=\S)\s+(?=ad\.?\s*\d{1,2}\s*[.)]))",
                           re.IGNORECASE)
_LEADING_NOISE = re.compile(r"^[\s\-–•*]*(?:\d{1,2}[.)]\s*)?")
_SUBJECT = re.compile(r"^(?:[\wæøåÆØÅ-]+\s+og\s+)?[\wæøåÆØÅ-]*(?:udvalget|byrådet|kommunalbestyrelsen|"
                      r"borgerrepræsentationen|bestyrelsen|rådet)\s*[:,]?\s*", re.IGNORECASE)


@cache
def _combined() -> tuple[re.Pattern[str], list[int], re.Pattern[str], list[tuple[int, re.Pattern[str]]]]:
    """The phrase table as one ordered start pattern and one quick test for the inner phrases.

    Trying each phrase in turn costs a regex call per phrase and clause; one alternation per kind
    answers the common case (no phrase, or an opening phrase) in a single call, in table order.
    """
    table = compiled_outcomes()
    starts = [(i, OUTCOME_PHRASES[i][2]) for i, (_, where, _) in enumerate(table) if where == "start"]
    start = re.compile("^(?:" + "|".join(f"(?P<s{i}>{p})" for i, p in starts) + r")(?!\w)", re.IGNORECASE)
    inner = [(i, pattern) for i, (_, where, pattern) in enumerate(table) if where != "start"]
    any_inner = re.compile("|".join(f"(?:{OUTCOME_PHRASES[i][2]})" for i, _ in inner), re.IGNORECASE)
    return start, [i for i, _ in starts], any_inner, inner


def _start_index(pattern: re.Pattern[str], text: str) -> int | None:
    m = pattern.match(text)
    if not m or m.lastgroup is None:
        return None
    return int(m.lastgroup[1:])


def classify_clause(clause: str) -> str | None:
    """The outcome one clause states, or None when no phrase decides it.

    Phrases are tried in the order of the table in :mod:`referat.vocab`; the first that holds wins.
    """
    clause = _LEADING_NOISE.sub("", clause.strip())
    m = AD_MARKER.match(clause)
    if m:
        clause = clause[m.end():]
    bare = _SUBJECT.sub("", clause)
    start, _, any_inner, inner = _combined()
    found = [i for i in (_start_index(start, clause), _start_index(start, bare) if bare is not clause else None)
             if i is not None]
    if any_inner.search(clause):
        found.extend(next(([i] for i, pattern in inner if pattern.search(clause)), []))
    if not found:
        return None
    return OUTCOME_PHRASES[min(found)][0]


def classify(text: str) -> list[str]:
    """Every outcome a decision text states, in order, without repeats."""
    outcomes: list[str] = []
    for clause in _CLAUSE_SPLIT.split(text):
        if not clause.strip():
            continue
        outcome = classify_clause(clause)
        if outcome and outcome not in outcomes:
            outcomes.append(outcome)
    return outcomes


@cache
def _outcome_starts() -> re.Pattern[str]:
    phrases = "|".join(pattern for _, where, pattern in OUTCOME_PHRASES if where == "start")
    return re.compile(rf"\s(?=(?:{phrases})(?!\w))", re.IGNORECASE)


def split_at_outcome(text: str) -> tuple[str, str]:
    """``Udvalget for X Taget til efterretning`` -> (``Udvalget for X``, ``Taget til efterretning``).

    Splits at the first outcome phrase that opens with a capital letter; (text, "") when none does.
    """
    for m in _outcome_starts().finditer(text):
        if text[m.end():m.end() + 1].isupper():
            return text[: m.start()].strip(), text[m.end():].strip()
    return text, ""
