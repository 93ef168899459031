"""FirstAgenda's JSON -> :class:`referat.model.Meeting`, directly, through the parser's own readers.

The meeting's header comes from its entry in the committee list (``udvalgsliste``), its items from
``/api/agenda/dagsorden/{id}``. An item's number, title and case number are fields; its sections are
the top-level headings of its ``Felter`` HTML (:mod:`referat.collect.sections`); decisions, votes,
recommendations and attendance are read from those sections by the item reader
(:func:`referat.parse.item.build_item`) and the outcome, date and people readers behind it.
A closed item keeps its number, title and case number; nothing of its ``Felter`` is read. An item is
closed when its title says so (``Lukket: …``), when ``IsOpen`` is false in an answer that sets it true on
its open items, and, in an answer that leaves it false on every item (Greve's host does), when its fields
are stripped as a closed item's are (no document behind them).
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from typing import Any

from referat.collect.sections import heading_kind, lines_of, split_parts
from referat.extract import Line
from referat.model import AgendaItem, Attachment, Decision, Meeting, Person, Section, Source
from referat.parse.item import build_item
from referat.parse.outcomes import classify
from referat.parse.parts import joined_text
from referat.parse.people import add_people, parse_people, parse_person
from referat.parse.titles import split_title
from referat.vocab import DOCUMENT_KINDS

_LEADING_NUMBER = re.compile(r"^\s*(\d{1,4})")
_PERIOD = re.compile(r"(\d{4})\s*[-–]\s*(\d{4})")
#: The parts whose lines the item reader reads for decisions, votes, recommendations and attendance.
_READ_KINDS = frozenset({"decision", "recommendation", "absent"})
_NAME_KEYS = ("Navn", "Name", "FullName", "DisplayName")


class Shape(ValueError):
    """The JSON is not shaped as FirstAgenda serves it (the message says where)."""


def _dict(value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise Shape(f"{where} is not an object")
    return value


def _list(value: Any, where: str) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise Shape(f"{where} is not a list")
    return value


def _str(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def meeting_kind(name: str) -> str:
    """``Referat`` -> ``referat``, ``Dagsorden``/``Tillægsdagsorden`` -> ``dagsorden``, else ``unknown``."""
    key = name.strip().casefold()
    if key in DOCUMENT_KINDS:
        return DOCUMENT_KINDS[key]
    return next((kind for word, kind in DOCUMENT_KINDS.items() if key.endswith(word)), "unknown")


def local_time(value: Any) -> tuple[str | None, str | None]:
    """``2025-12-01T08:00:00+01:00`` -> (``2025-12-01``, ``08:00``): the local date and time as written."""
    text = _str(value)
    if not text:
        return None, None
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        return None, None
    return when.date().isoformat(), when.strftime("%H:%M")


def period_of(group: str | None) -> str | None:
    """An election period from the committee list's group name (``2022-2025``), when it is one."""
    m = _PERIOD.search(group or "")
    return f"{m.group(1)}-{m.group(2)}" if m else None


def _person(value: Any) -> Person | None:
    if isinstance(value, str):
        return parse_person(value)
    if isinstance(value, dict):
        name = next((_str(value.get(k)) for k in _NAME_KEYS if _str(value.get(k))), "")
        if name:
            person = parse_person(name) or Person(name=name)
            person.party = person.party or (_str(value.get("Parti")) or _str(value.get("Party")) or None)
            person.role = person.role or (_str(value.get("Rolle")) or _str(value.get("Role")) or None)
            return person
    return None


def people_of(value: Any) -> list[Person]:
    """People from a participants field: a list of names or of objects with a name, or one text."""
    return attendance_of(value)[0]


def attendance_of(value: Any) -> tuple[list[Person], list[Person]]:
    """(who took part, who did not) from a participants field; an object flagged ``Absent`` or
    ``ParticipationCancelled`` (sent apologies) did not."""
    if isinstance(value, str):
        return parse_people(value), []
    present: list[Person] = []
    absent: list[Person] = []
    for entry in value if isinstance(value, list) else []:
        person = _person(entry)
        if person:
            away = isinstance(entry, dict) and True in (entry.get("Absent"), entry.get("ParticipationCancelled"))
            add_people(absent if away else present, [person])
    return present, absent


def attachment_url(base: str, attachment_id: str) -> str:
    """The address that answers with an attachment's PDF itself."""
    return f"{base}/vis/pdf/bilag/{attachment_id}/?redirectDirectlyToPdf=true"


def _attachments(raw: dict[str, Any], base: str, where: str) -> list[Attachment]:
    entries = [_dict(b, f"{where}.Bilag[{k}]") for k, b in enumerate(_list(raw.get("Bilag"), f"{where}.Bilag"))]
    entries.sort(key=lambda b: int(b["Order"]) if isinstance(b.get("Order"), int) else 0)  # stable: ties keep order
    return [Attachment(title=_str(b.get("Navn")) or "(uden titel)",
                       url=attachment_url(base, _str(b.get("Id"))) if _str(b.get("Id")) else None)
            for b in entries]


def _decision_text(value: Any) -> str:
    """The text of ``ItemDecision``: HTML or plain text, or an object holding one."""
    if isinstance(value, dict):
        value = next((value[k] for k in ("Html", "Tekst", "Text", "Beslutning") if isinstance(value.get(k), str)), "")
    if not isinstance(value, str) or not value.strip():
        return ""
    return "\n".join(line.text.strip() for line in lines_of(value) if line.text.strip()) if "<" in value \
        else value.strip()


def _stripped(raw: dict[str, Any]) -> bool:
    """An item published as closed items are: fields without a document behind them (no ``Link``, a zero
    ``DocumentId``), where an open item's fields point to its document."""
    fields = [f for f in _list(raw.get("Felter"), "Felter") if isinstance(f, dict)]
    return bool(fields) and all(not _str(f.get("Link")) and not _str(f.get("DocumentId")).strip("0-") for f in fields)


def access_flagged(items: list[Any]) -> bool:
    """Whether the answer's ``IsOpen`` says which items are open: some hosts leave it false on every item,
    open ones too, and there only a title marked closed or fields stripped as a closed item's mark one."""
    return any(isinstance(raw, dict) and raw.get("IsOpen") is True for raw in items)


def item_from_json(raw: dict[str, Any], base: str, body: str | None, date: str | None,
                   where: str, flagged: bool = True) -> tuple[AgendaItem, list[Person]]:
    """One ``Dagsordenpunkt`` -> the item, and the people it says were absent from the whole meeting.

    ``flagged``: the answer's ``IsOpen`` marks access (:func:`access_flagged`), so false closes the item."""
    title_text = _str(raw.get("Navn")) or _str(raw.get("Caption"))
    number_text = _str(raw.get("Punktnummer")) or _str(raw.get("Number"))
    m = _LEADING_NUMBER.match(number_text)
    number = int(m.group(1)) if m else None
    title, closed_title, prefix, item_type = split_title(title_text) if title_text else (None, False, None, None)
    case = _str(raw.get("SagsNummer")) or _str(raw.get("CaseNumber"))
    closed = closed_title or (raw.get("IsOpen") is False and (flagged or _stripped(raw)))
    item = AgendaItem(number=number, title=title, closed=closed,
                      prefix=prefix, item_type=item_type, case_numbers=[case] if case else [])
    if item.closed:
        return item, []  # number, title and case number only: the fields are not read at all
    meeting_absent: list[Person] = []
    for k, field in enumerate(_list(raw.get("Felter"), f"{where}.Felter")):
        field = _dict(field, f"{where}.Felter[{k}]")
        html = str(field["Html"]) if isinstance(field.get("Html"), str) else ""
        parts = split_parts(html)
        if parts and not parts[0].heading and _str(field.get("Navn")):
            parts[0].heading = _str(field.get("Navn"))
        for part in parts:
            kind = heading_kind(part.heading)
            lines = lines_of(part.html)
            text = joined_text(lines)
            if text:
                item.sections.append(Section(heading=part.heading, kind=kind, text=text))
            if kind not in _READ_KINDS:
                continue
            read = build_item(number, title_text, [Line(part.heading, heading=3), *lines])
            item.decisions.extend(read.item.decisions)
            item.votes.extend(read.item.votes)
            item.recommendations.extend(read.item.recommendations)
            item.tables.extend(read.item.tables)
            add_people(item.absent, read.item.absent)
            add_people(item.present, read.item.present)
            add_people(item.substitutes, read.item.substitutes)
            add_people(meeting_absent, read.meeting_absent)
    decided = _decision_text(raw.get("ItemDecision"))
    if decided and not any(d.text == decided for d in item.decisions):
        item.decisions.append(Decision(text=decided, outcomes=classify(decided), body=body, date=date))
        item.sections.append(Section(heading="Beslutning", kind="decision", text=decided))
    add_people(item.present, people_of(raw.get("ExternalAgendaItemAttendees")))
    item.attachments = _attachments(raw, base, where)
    return item, meeting_absent


def map_answer(entry: dict[str, Any], committee: str, group: str | None, content: bytes, municipality: str,
               base: str, source: Source) -> Meeting:
    """:func:`meeting_from_json` from the answer's bytes (module-level, so a process pool can run it)."""
    try:
        agenda = json.loads(content)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise Shape(f"not JSON ({exc})") from exc
    return meeting_from_json(entry, committee, group, agenda, municipality, base, source)


def meeting_from_json(entry: dict[str, Any], committee: str, group: str | None, agenda: Any, municipality: str,
                      base: str, source: Source) -> Meeting:
    """A meeting from its committee-list entry and its agenda response (raises :class:`Shape`)."""
    agenda = _dict(agenda, "the answer")
    # The whole answer closes with the meeting (``Moede``) and its committee (``Udvalg``): what the committee
    # list's entry lacks is read from there.
    own = agenda.get("Moede") if isinstance(agenda.get("Moede"), dict) else {}
    entry = {**own, **{key: value for key, value in entry.items() if value not in (None, "", [])}}
    if not committee and isinstance(agenda.get("Udvalg"), dict):
        committee = _str(agenda["Udvalg"].get("Navn"))
    date, start = local_time(entry.get("MeetingBeginUtc") or entry.get("Dato"))
    _end_date, end = local_time(entry.get("MeetingEndUtc"))
    present, absent = attendance_of(entry.get("Moededeltagere"))
    meeting = Meeting(source=source, kind=meeting_kind(_str(entry.get("Navn"))), municipality=municipality,
                      body=committee or None, period=period_of(group), date=date, start_time=start,
                      end_time=end if end and end != start else None, location=_str(entry.get("Sted")) or None,
                      participants=present, absent=absent)
    raw_items = _list(agenda.get("Dagsordenpunkter"), "Dagsordenpunkter")
    flagged = access_flagged(raw_items)
    for k, raw in enumerate(raw_items):
        where = f"Dagsordenpunkter[{k}]"
        item, absent = item_from_json(_dict(raw, where), base, meeting.body, meeting.date, where, flagged)
        meeting.items.append(item)
        add_people(meeting.absent, absent)
    if "Dagsordenpunkter" not in agenda:
        raise Shape("the answer has no Dagsordenpunkter")
    if meeting.kind != "referat" and any(d.date in (None, meeting.date) for item in meeting.items
                                         for d in item.decisions):
        # An agenda published with this meeting's decisions is its minutes ("Ekstraordinær dagsorden"); the
        # dated decisions of the bodies before it are not.
        meeting.kind = "referat"
    return meeting
