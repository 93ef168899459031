"""A case system's export (:class:`referat.extract.export_xml.ExportMeeting`) -> :class:`referat.model.Meeting`.

The export states the items, their numbers, titles, access and case numbers, so no heading has to be
found: each open item is read from its fields, each field's caption a section heading (read by the
item parser as any heading is, so that ``Beslutning i Økonomiudvalget den 4. maj 2023`` still gives
the decision its body and date). Where the export holds the whole open document's text instead
(eDoc), that text is parsed as the document itself and the export only adds what the text lacks:
the meeting's date, time, body and place, and the items it lists that the open text leaves out,
which are closed ones.
"""

from __future__ import annotations

from referat.errors import InputError
from referat.extract import Line
from referat.extract.export_xml import ExportItem, ExportMeeting
from referat.model import AgendaItem, Meeting, Person, Source
from referat.parse.body_name import clean_body, uncapitalised
from referat.parse.dates import parse_date_time
from referat.parse.item import build_item
from referat.parse.people import add_people, parse_person
from referat.vocab import CLOSED_DOCUMENT, OPEN_DOCUMENT


def _number(raw: str | None) -> int | None:
    text = (raw or "").strip().rstrip(".")
    return int(text) if text.isdigit() else None


def _is_document_entry(item: ExportItem) -> bool:
    """A pseudo-item that only carries the minutes file: ``Åbent referat``, ``Lukket referat``."""
    title = (item.title or "").strip()
    return bool(CLOSED_DOCUMENT.match(title) or OPEN_DOCUMENT.match(title))


def _body_lines(item: ExportItem) -> list[Line]:
    """The lines the item parser reads: the item's whole text, or each field as its caption and text."""
    lines: list[Line] = []
    text = list(item.text)
    while text and not text[0].text.strip():
        text.pop(0)
    if text and item.title and item.title.casefold() in " ".join(text[0].text.split()).casefold():
        text.pop(0)  # "2.<tab>Bygningsvedligeholdelse 2013 - anlægsbevilling": the heading again
    lines.extend(text)
    for field in item.fields:
        lines.append(Line(field.caption, caption=True))
        lines.extend(field.lines)
        lines.append(Line(""))
    if item.attachments:
        lines.append(Line("Bilag", caption=True))
        lines.extend(Line(title) for title in item.attachments)
    return lines


def _item(item: ExportItem, meeting_date: str | None) -> tuple[AgendaItem, list[Person]]:
    number = _number(item.number)
    if item.closed:
        # A closed item publishes its number, title and case number; its fields were never read.
        return AgendaItem(number=number, title=item.title, closed=True, case_numbers=list(item.case_numbers)), []
    # The fields are the item's sections; a heading inside a field's text is the field's own.
    result = build_item(number, item.title or "", _body_lines(item), meeting_date,
                        captions_only=bool(item.fields) and not item.text)
    built = result.item
    for case in item.case_numbers:
        if case not in built.case_numbers and not any(case in known or known in case for known in built.case_numbers):
            built.case_numbers.insert(0, case)
    return built, result.meeting_absent


def _same_item(item: AgendaItem, listed: AgendaItem) -> bool:
    """The text's item is the one the export lists: the same number, or without numbers the same title."""
    if item.number is not None and listed.number is not None:
        return item.number == listed.number
    return bool(item.title and listed.title and item.title.casefold() == listed.title.casefold())


def _members(export: ExportMeeting) -> tuple[list[Person], list[Person]]:
    present: list[Person] = []
    absent: list[Person] = []
    for name, marked_absent in export.members:
        person = parse_person(name) or Person(name=name)
        add_people(absent if marked_absent else present, [person])
    return present, absent


def build_export_meeting(export: ExportMeeting, source: Source, municipality: str | None = None) -> Meeting:
    """The Meeting an export describes, with the export's own statements taking precedence over the text's."""
    from referat.parse.meeting import build_meeting

    items = [item for item in export.items if not _is_document_entry(item)]
    if not items and not export.text and not export.kind and not export.members:
        raise InputError("not minutes: an XML file with no agenda items, and no title or member list that names "
                         "a meeting")
    date, start = parse_date_time(export.date or "")
    _end_date, end = parse_date_time(export.end or "")
    if export.text:
        meeting = build_meeting(export.text, source, municipality=municipality)
        for listed in (item for item in items if item.closed):
            # A closed item the export lists: its number and title only, also where the text printed more.
            closed = _item(listed, date)[0]
            meeting.items = [item for item in meeting.items if not _same_item(item, closed)]
            meeting.items.append(closed)
        meeting.items.sort(key=lambda item: (item.number is None, item.number or 0))
    else:
        meeting = Meeting(source=source)
        for listed in items:
            built, meeting_absent = _item(listed, date)
            meeting.items.append(built)
            add_people(meeting.absent, meeting_absent)
        if not meeting.items:
            meeting.warnings.append("no agenda items found")
    meeting.date = date or meeting.date
    meeting.start_time = start or meeting.start_time
    meeting.end_time = end or meeting.end_time
    if export.place:
        meeting.location = " ".join(export.place.split())
    body = clean_body(uncapitalised(export.body)) if export.body else None
    meeting.body = body or meeting.body
    if export.kind:
        meeting.kind = export.kind
    elif meeting.kind == "unknown" and any(item.decisions for item in meeting.items):
        meeting.kind = "referat"
    present, absent = _members(export)
    if present or absent:
        add_people(meeting.absent, absent)
        meeting.participants = [p for p in (meeting.participants or present)
                                if not any(p.name == a.name for a in meeting.absent)]
    if municipality:
        meeting.municipality = municipality
    elif meeting.municipality is None:
        from referat.parse.municipality import infer_municipality

        text = "\n".join(section.text for item in meeting.items for section in item.sections)
        cases = [number for item in meeting.items for number in item.case_numbers]
        named = "\n".join(filter(None, (meeting.body, meeting.location)))
        meeting.municipality = infer_municipality(named, text, cases)
    return meeting
