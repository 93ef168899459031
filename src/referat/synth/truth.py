"""What a perfect parser reads back from a synthetic meeting: its :class:`referat.model.Meeting`.

The generator knows everything it printed; this module states it in the parser's terms
(DESIGN §2): headings as written, section text as plain paragraphs, outcomes, votes,
absences, the case's course, tables with Danish numbers as printed.
"""

from __future__ import annotations

from referat.model import (
    AgendaItem,
    Attachment,
    Decision,
    HistoryEntry,
    Meeting,
    Person,
    Section,
    Source,
    Table,
    Vote,
)

from .render import effective_blocks
from .specs import Block, ItemSpec, MeetingSpec, Sec

# Blocks the parser takes out of a section's text: absence labels and table rows.
_NOT_TEXT = frozenset({"label", "table"})


def _block_text(block: Block, fmt: str) -> str:
    tag = block[0]
    if tag in ("p", "sub", "earlier"):
        return str(block[1])
    if tag in ("lines", "votes"):
        return "\n".join(block[1])
    if tag == "ul" or (tag == "ol" and fmt == "html"):
        return "\n".join(f"- {x}" for x in block[1])
    if tag == "ol":
        return "\n".join(f"{i}. {x}" for i, x in enumerate(block[1], 1))
    return ""


def section_text(blocks: list[Block], fmt: str, skip: frozenset[str] = _NOT_TEXT) -> str:
    """A section's text as the parser joins it: paragraphs apart by a blank line, list lines together."""
    return "\n\n".join(_block_text(b, fmt) for b in blocks if b[0] not in skip)


def _sections(item: ItemSpec, fmt: str) -> tuple[list[Section], list[int | None]]:
    """The item's sections, and for each printed section the index of its Section (None: no text)."""
    out: list[Section] = []
    places: list[int | None] = []
    for sec in item.sections:
        blocks = effective_blocks(sec, fmt)
        text = str(blocks[0][1]) if sec.style == "inline" else section_text(blocks, fmt)
        places.append(len(out) if text else None)
        if text:
            out.append(Section(heading=sec.heading, kind=sec.kind, text=text))
    if item.listed_absent:
        names = ", ".join(name + (f" ({party})" if party else "") for name, party in item.listed_absent)
        out.append(Section(heading="Fraværende", kind="absent", text=names))
    return out, places


def _decisions(sec: Sec, fmt: str) -> tuple[list[Decision], list[Vote]]:
    decisions: list[Decision] = []
    votes: list[Vote] = []
    for block in sec.blocks:
        if block[0] == "earlier":
            decisions.append(Decision(text=block[4], outcomes=list(block[5]), body=block[2], date=block[3]))
        elif block[0] == "votes":
            votes.append(Vote(for_=list(block[2]), against=list(block[3]), abstained=list(block[4]),
                              text="\n".join(block[1])))
    own = section_text(sec.blocks, fmt, _NOT_TEXT | {"earlier"})
    if own:
        decisions.append(Decision(text=own, outcomes=list(sec.outcomes), body=sec.body, date=sec.date))
    return decisions, votes


def _recommendations(sec: Sec) -> list[str]:
    return [str(x) for block in sec.blocks if block[0] in ("ol", "ul") for x in block[1]]


def item_truth(item: ItemSpec, fmt: str) -> AgendaItem:
    """The agenda item the parser should read."""
    result = AgendaItem(number=item.number, title=item.title, closed=item.closed, prefix=item.prefix,
                        item_type=item.type_letter, case_numbers=[item.case] if item.case else [])
    if item.closed:
        return result
    result.document_numbers = [item.doc] if item.doc else []
    result.sections, places = _sections(item, fmt)
    for sec, place in zip(item.sections, places, strict=True):
        if sec.kind == "decision":
            decisions, votes = _decisions(sec, fmt)
            result.decisions.extend(decisions)
            result.votes.extend(votes)
        elif sec.kind == "recommendation":
            result.recommendations.extend(_recommendations(sec))
        elif sec.kind == "table":
            continue
        for block in sec.blocks:
            if block[0] == "table":
                result.tables.append(Table(rows=[list(r) for r in block[2]], caption=block[1], section=place))
    result.attachments = [Attachment(title=t) for t in item.attachments]
    # Absences listed under a "Fraværende" label come first, then those stated in sentences.
    absent = [Person(name, party) for name, party in item.listed_absent]
    for name, party in item.absent:
        known = next((p for p in absent if p.name.casefold() == name.casefold()), None)
        if known is None:
            absent.append(Person(name, party))
        else:
            known.party = known.party or party
    result.absent = absent
    result.present = [Person(name, None, role) for name, role in item.present]
    result.substitutes = [Person(name, party, role) for name, party, role in item.substitutes]
    result.history = [HistoryEntry(date=d, body=b, text=t, outcomes=list(o)) for d, b, t, o in item.history]
    return result


def _participants(spec: MeetingSpec) -> list[Person]:
    style = spec.style
    if style == "lejre":
        shown = spec.show_party
        return [Person(p.name, p.party if shown else None, p.role if shown else None) for p in spec.participants]
    if style == "portal":
        return [Person(p.name, p.party, p.role) for p in spec.participants]
    if style == "albertslund" and any(i.title and "Underskrift" in i.title for i in spec.items):
        return [Person(p.name, p.party, p.role) for p in spec.participants]
    return []


def _absent(spec: MeetingSpec, items: list[AgendaItem]) -> list[Person]:
    style = spec.style
    if not spec.absent:
        return []
    if style == "lejre":
        return [Person(p.name, p.party if spec.show_party else None) for p in spec.absent]
    if style in ("portal", "albertslund"):
        return [Person(p.name, p.party) for p in spec.absent]
    # Lemvig and Slagelse minutes say it per item only: absent from every open item, absent from the meeting.
    open_items = [item for item in items if not item.closed]
    if len(open_items) < 2:
        return []
    names = {p.name for p in spec.absent}
    return [Person(p.name, p.party) for p in open_items[0].absent if p.name in names]


def meeting_truth(spec: MeetingSpec) -> Meeting:
    """The meeting the parser should read from the rendered document (``source.sha256`` left empty)."""
    items = [item_truth(item, spec.fmt) for item in spec.items]
    substitutes: list[Person] = []
    for item in items:
        substitutes.extend(p for p in item.substitutes if all(p.name != q.name for q in substitutes))
    return Meeting(
        source=Source(path=spec.path, sha256="", format=spec.fmt),
        kind="referat", municipality=spec.municipality, body=spec.body, period=spec.period,
        date=spec.day.isoformat(), start_time=spec.start, end_time=spec.end, location=spec.location,
        participants=_participants(spec), absent=_absent(spec, items), substitutes=substitutes, items=items,
    )
