"""An item's parts, read: its sections, decisions and votes, recommendations, attachments, course and tables."""

from __future__ import annotations

from referat.model import AgendaItem, Decision, Person, Section
from referat.parse.parts import (
    Part,
    attachments,
    decision_parts,
    history,
    joined_text,
    labelled_history,
    merge_attachments,
    part_tables,
    quoted_decisions,
    recommendations,
)
from referat.parse.people import parse_person


def fill_from_parts(item: AgendaItem, parts: list[Part], signed: bool) -> list[Person]:
    """Fill ``item`` from its parts in order; the signatories, when the item is a signature page (``signed``)."""
    signatures: list[Person] = []
    lead = parts[0]
    if len(parts) > 1 and not lead.heading:
        lead.kind = "summary"  # a paragraph under the title, before the first heading, sums the case up
    for part in parts:
        remaining, tables = part_tables(part)
        item.tables.extend(tables)
        part.lines = remaining
        text = joined_text(remaining)
        if part.kind == "decision":
            decisions, votes = decision_parts(part)
            item.decisions.extend(decisions)
            item.votes.extend(votes)
        if not text:
            continue
        for table in tables:
            table.section = len(item.sections)
        item.sections.append(Section(heading=part.heading, kind=part.kind, text=text))
        if part.kind not in ("decision", "history"):
            item.decisions.extend(quoted_decisions(part.lines))
        if part.kind == "recommendation":
            item.recommendations.extend(recommendations(part))
        elif part.kind == "attachments":
            merge_attachments(item.attachments, attachments(part))
        elif part.kind == "history":
            entries = history(part)
            item.history.extend(entries)
            if labelled_history(part) is not None:
                # Each earlier body's decision, as the course records it.
                item.decisions.extend(Decision(text=e.text, outcomes=e.outcomes, body=e.body, date=e.date)
                                      for e in entries if e.text and e.body)

        if signed:
            signatures.extend(p for line in part.lines if (p := parse_person(line.text)) and (p.party or p.role))
    return signatures
