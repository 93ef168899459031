"""Decision text -> outcomes, by the phrase table in :mod:`referat.vocab`."""

from __future__ import annotations

import re
from functools import cache

from referat.vocab import AD_MARKER, OUTCOME_PHRASES, compiled_outcomes

_CLAUSE_SPLIT = re.compile(r"\n+|(?<=[.!?])\s+(?=[A-ZÆØÅ0-9-])|(?<=\S)\s+(?=ad\.?\s*\d{1,2}\s*[.)])",
                           re.IGNORECASE)
_LEADING_NOISE = re.compile(r"^[\s\-–•*]*(?:\d{1,2}[.)]\s*)?")
_SUBJECT = re.compile(r"^(?:[\wæøåÆØÅ-]+\s+og\s+)?[\wæøåÆØÅ-]*(?:udvalget|byrådet|kommunalbestyrelsen|"
                      r"borgerrepræsentationen|bestyrelsen|rådet)\s*[:,]?\s*", re.IGNORECASE)


def classify_clause(clause: str) -> str | None:
    """The outcome one clause states, or None when no phrase decides it."""
    clause = _LEADING_NOISE.sub("", clause.strip())
    m = AD_MARKER.match(clause)
    if m:
        clause = clause[m.end():]
    bare = _SUBJECT.sub("", clause)
    for outcome, where, pattern in compiled_outcomes():
        if where == "start":
            if pattern.match(clause) or (bare is not clause and pattern.match(bare)):
                return outcome
        elif pattern.search(clause):
            return outcome
    return None


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
