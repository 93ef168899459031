"""A case system's publication export (XML) -> the meeting and its items, as the export states them.

eDoc, Fujitsu eDoc, SBSYS and Acadre publish a meeting as an XML file beside its PDFs or Word files:
the meeting's committee, date and place, its members, and each item with its number, title, access
(public or closed), case number and text fields (``Sagsfremstilling``, ``Indstilling``, ``Beslutning``,
often as HTML). The element names differ by system; they are looked up by role in
``data/export_xml.json``, never by system. Every element with element children is read as a
*record* of fields (its leaf children and attributes; an Acadre ``<table name="...">`` with its
``<field name="...">``), so that one walk serves all four layouts.

A closed item keeps its number, title and case number: its fields are not even read.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from lxml import etree

from referat.extract import Line

_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")


@cache
def _names() -> dict[str, Any]:
    text = resources.files("referat").joinpath("data/export_xml.json").read_text(encoding="utf-8")
    return dict(json.loads(text))


@dataclass
class Record:
    """An element with element children: its kind (the element's or Acadre table's name), fields and records."""

    kind: str
    fields: dict[str, str] = field(default_factory=dict)
    children: list[Record] = field(default_factory=list)
    parent: Record | None = None

    def ancestors(self) -> Iterator[Record]:
        """The enclosing records, nearest first."""
        node = self.parent
        while node is not None:
            yield node
            node = node.parent

    def walk(self) -> Iterator[Record]:
        """This record and every record inside it, in document order."""
        yield self
        for child in self.children:
            yield from child.walk()


@dataclass
class ExportField:
    """One text field of an item: its caption and its text as lines."""

    caption: str
    lines: list[Line]


@dataclass
class ExportItem:
    """An agenda item as the export states it; a closed one has no fields and no text."""

    number: str | None
    title: str | None
    closed: bool
    case_numbers: list[str] = field(default_factory=list)
    fields: list[ExportField] = field(default_factory=list)
    text: list[Line] = field(default_factory=list)  # the item's whole text, where the export holds it as one
    attachments: list[str] = field(default_factory=list)


@dataclass
class ExportMeeting:
    """What an export says of a meeting; raw values, read by the parser (``referat.parse.export``)."""

    body: str | None = None
    date: str | None = None
    end: str | None = None
    place: str | None = None
    kind: str | None = None
    members: list[tuple[str, bool]] = field(default_factory=list)  # (name as printed, marked absent)
    text: list[Line] = field(default_factory=list)  # the whole open document's text, where the export holds it
    items: list[ExportItem] = field(default_factory=list)


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _record(element: etree._Element, parent: Record | None) -> Record:
    kind = _local(element.tag)
    record = Record(kind=kind, parent=parent)
    if kind == "table" and element.get("name"):
        record.kind = str(element.get("name"))  # Acadre: the table's name is its kind, not a field
    else:
        record.fields.update({_local(str(k)): str(v) for k, v in element.attrib.items()})
    for child in element:
        if not isinstance(child.tag, str):
            continue  # comments and processing instructions
        name = _local(child.tag)
        if name == "fields" and element.tag == "table":
            for cell in child:
                if isinstance(cell.tag, str) and cell.get("name"):
                    record.fields.setdefault(str(cell.get("name")), cell.text or "")
        elif len(child) == 0 or all(not isinstance(c.tag, str) for c in child):
            record.fields.setdefault(name, child.text or "")
            for key, value in child.attrib.items():
                record.fields.setdefault(f"{name}@{_local(str(key))}", str(value))
        else:
            record.children.append(_record(child, record))
    return record


def _nearest(record: Record, names: list[str], skip: frozenset[str]) -> str | None:
    """The first of ``names`` (in their order) among the record's fields and those of the records inside it,
    nearest first, without entering the records of kinds in ``skip``."""
    for name in names:
        level = [record]
        while level:
            for node in level:
                value = node.fields.get(name)
                if value is not None and value.strip():
                    return value.strip()
            level = [c for node in level for c in node.children if c.kind not in skip]
    return None


def _inside(record: Record, kinds: set[str], skip: frozenset[str]) -> Iterator[Record]:
    """The records of ``kinds`` inside ``record``, not entering records of kinds in ``skip`` or ``kinds``."""
    for child in record.children:
        if child.kind in kinds:
            yield child
        elif child.kind not in skip:
            yield from _inside(child, kinds, skip)


def _is_false(value: str) -> bool:
    return value.strip().lower() in ("false", "0", "nej", "no")


def _closed(record: Record, skip: frozenset[str]) -> bool:
    """Closed when a public flag of the item (or of what encloses it) says no, or an access name is a closing one."""
    names = _names()
    words = names["closed_access_words"]
    for node in (record, *record.ancestors()):
        for flag in names["public_flags"]:
            value = node.fields.get(flag)
            if value is not None and _is_false(value):
                return True
        for access in names["access_names"]:
            value = node.fields.get(access)
            if value and any(word in value.lower() for word in words):
                return True
    inner = _nearest(record, names["public_flags"], skip)
    return inner is not None and _is_false(inner)


def _content_lines(value: str) -> list[Line]:
    from referat.extract.html import html_to_lines
    from referat.extract.text import text_to_lines

    if "<" in value and ">" in value:
        return html_to_lines(value)
    return text_to_lines(value)


def _empty(value: str | None) -> bool:
    return value is None or not value.strip() or value.strip().lower() in _names()["empty_texts"]


def _item(record: Record, skip: frozenset[str]) -> ExportItem:
    names = _names()
    number = _nearest(record, names["item_number"], skip)
    if number is None and record.parent is not None:  # Acadre: the number is the sort key of the item's link
        number = next((record.parent.fields[n].strip() for n in names["item_number"]
                       if record.parent.fields.get(n, "").strip()), None)
    title = _nearest(record, names["item_title"], skip)
    item = ExportItem(number=number, title=" ".join(title.split()) if title else None, closed=_closed(record, skip))
    case = _nearest(record, names["item_case"], skip)
    if not _empty(case) and case is not None:
        number_part = case.split(" - ", 1)[0].strip()  # "12/345 - Sagens titel": the number, then the case's title
        item.case_numbers.append(number_part if any(ch.isdigit() for ch in number_part) else case)
    if item.closed:
        return item
    field_kinds = set(names["field_records"])
    for cell in _inside(record, field_kinds, skip):
        caption = _nearest(cell, names["field_caption"], skip)
        content = _nearest(cell, names["field_content"], skip)
        if caption is None or _empty(content) or content is None:
            continue
        lines = [line for line in _content_lines(content) if line.text.strip().lower() not in names["empty_texts"]]
        if any(line.text.strip() for line in lines):
            item.fields.append(ExportField(" ".join(caption.split()), lines))
    text = _nearest(record, names["item_text"], skip)
    if text:
        item.text = _content_lines(text)
    for attachment in _inside(record, set(names["attachment_records"]), skip):
        attachment_title = _nearest(attachment, names["attachment_title"], skip)
        if attachment_title and not _closed(attachment, skip):
            item.attachments.append(" ".join(attachment_title.split()))
    return item


def _members(meeting: Record, skip: frozenset[str]) -> list[tuple[str, bool]]:
    names = _names()
    lists = [r for r in meeting.walk() if r.kind in names["member_lists"] and r is not meeting]
    found: list[tuple[str, bool]] = []
    for listed in lists[:1]:
        for member in listed.children:
            name = _nearest(member, names["member_name"], frozenset())
            if not name:
                continue
            absent = any(member.fields.get(key, "").strip() in values for key, values in names["member_absent"].items())
            found.append((" ".join(name.split()), absent))
    return found


def _body(meeting: Record) -> str | None:
    names = _names()
    own = meeting.fields.get(names["meeting_body"][0], "").strip()
    if own:
        return own
    for node in (meeting, *meeting.ancestors()):
        candidates = [node] if node.kind in names["committee_records"] else []
        candidates += [c for c in node.children if c.kind in names["committee_records"]]
        for candidate in candidates:
            name = next((candidate.fields[n].strip() for n in names["committee_name"]
                         if candidate.fields.get(n, "").strip()), None)
            if name:
                return name
    return None


def _kind(meeting: Record) -> str | None:
    from referat.vocab import DOCUMENT_KINDS

    for node in (meeting, *meeting.ancestors()):
        for candidate in (node, *node.children):
            for name in _names()["kind_fields"]:
                value = candidate.fields.get(name, "").strip().lower()
                first = value.split(" ", 1)[0] if value else ""
                if first in DOCUMENT_KINDS:
                    return DOCUMENT_KINDS[first]
    return None


def read_export(text: str) -> ExportMeeting | None:
    """The meeting an XML export describes; None when the XML is no export of a meeting (no meeting, no items)."""
    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, load_dtd=False)
    # The text is decoded already: its declaration's encoding ("ISO-8859-1") no longer applies.
    root = etree.fromstring(_DECLARATION.sub("", text.lstrip("\ufeff"), count=1), parser=parser)
    if root is None:
        return None
    names = _names()
    skip = frozenset(names["not_descended"]) | frozenset(names["item_records"]) | frozenset(names["field_records"])
    top = _record(root, None)
    meetings = [r for r in top.walk()
                if r.kind in names["meeting_records"] and _nearest(r, names["meeting_date"], skip)]
    items = [r for r in top.walk() if r.kind in names["item_records"]
             and not any(a.kind in names["item_records"] for a in r.ancestors())]
    if not meetings and not items:
        return None
    found = ExportMeeting(items=[_item(r, skip | frozenset(names["attachment_records"])) for r in items])
    if meetings:
        meeting = meetings[0]
        found.date = _nearest(meeting, names["meeting_date"], skip)
        found.end = _nearest(meeting, names["meeting_end"], skip)
        found.place = _nearest(meeting, names["meeting_place"], skip)
        found.body = _body(meeting)
        found.kind = _kind(meeting)
        found.members = _members(meeting, skip)
        found.text = _open_text(meeting, skip)
    return found


def _open_text(meeting: Record, skip: frozenset[str]) -> list[Line]:
    """The whole document's text where the export holds it (eDoc's agenda types), from the open parts only."""
    names = _names()
    for node in meeting.walk():
        text = node.fields.get(names["meeting_text"][0])
        inside_item = node.kind in names["item_records"] or any(a.kind in names["item_records"]
                                                                 for a in node.ancestors())
        if text and text.strip() and not inside_item and not _closed(node, skip):
            return _content_lines(text)
    return []
