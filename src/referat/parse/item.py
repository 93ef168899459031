"""One agenda item's lines -> AgendaItem: sections, recommendations, decisions, people, tables."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from referat.extract import Line
from referat.model import AgendaItem, Person, Section
from referat.parse.body_name import uncapitalised
from referat.parse.closed import is_closed_status, trailing_status
from referat.parse.dates import parse_date
from referat.parse.glued import glued_label
from referat.parse.item_parts import fill_from_parts
from referat.parse.numbers import (
    bare_case_number,
    case_number_then_words,
    find_case_numbers,
    labelled_case_number,
    labelled_document_number,
    short_case_number,
)
from referat.parse.parts import (
    Part,
    history_label,
)
from referat.parse.people import Attendance, add_people, parse_people, read_attendance
from referat.parse.titles import case_numbers_in_title, split_title
from referat.vocab import (
    BODY_END,
    BULLETS,
    DECISION_COLON_LABELS,
    DECISION_HEADING,
    DECISION_HEADING_BRACKETED,
    DECISION_HEADING_DATED_BODY,
    DECISION_HEADING_LABELLED,
    DECISION_HEADING_OWNER,
    ITEM_METADATA_LABELS,
    LIST_MARKER,
    OPEN_STATUS_LINES,
    RECOMMENDATION_INLINE,
    RECOMMENDATION_INTRO,
    SIGNATURE_TITLES,
    SUB_ITEM_HEADING,
    normalise_heading,
    section_kind,
    section_kind_of_key,
)

_INLINE_LABEL = re.compile(r"^(?P<label>[^:]{2,60}):\s*(?P<value>\S.*)$")
_ABSENT_LABEL = re.compile(r"^(?:fraværende|afbud fra|afbud)\b\s*:?\s*(?P<value>.*)$", re.IGNORECASE)
_METADATA_SPLIT = re.compile(r"\s*[,;\t]\s*(?=[A-ZÆØÅa-zæøå][\w .]{1,30}:)")
_NUMBERED_LINE = re.compile(r"^(\d{1,4})\s*[.)]\s+(.*)$")
# Lower-case starts of the labels a case-number line can have (see CASE_LABEL).
_CASE_LABEL_STARTS = ("sag", "journal", "j.", "j ", "acadre", "sbsys", "emne")
_EMPTY_CASE_LABELS = frozenset({"sagsnr", "sagnr", "sagsid", "sagsnummer", "sags nr", "sag nr", "journalnr"})
_EMPTY_CASE_LABEL = re.compile(r"^(?:sagsnr|sagnr|sagsnummer)\.?\s+i\s+\w{2,12}\s*:?$")
_ATTENDANCE_KINDS = frozenset({"decision", "other", "absent"})
_MAX_HEADING = 90
_MAX_METADATA = 120


@dataclass
class ItemResult:
    """An item and what it says about the meeting as a whole."""

    item: AgendaItem
    meeting_absent: list[Person] = field(default_factory=list)
    signatures: list[Person] = field(default_factory=list)
    empty: bool = False


class _ItemReader:
    """Walks an item's lines once, splitting them into parts and collecting metadata."""

    def __init__(self, number: int | None, title: str | None, meeting_date: str | None = None,
                 captions_only: bool = False) -> None:
        self.number = number
        self.captions_only = captions_only  # only captions head sections (an export's fields)
        self.sub_prefix = f"{number}." if number is not None else ""  # of the item's sub-items: "1.1 ..."
        self.title = title
        self.meeting_date = meeting_date
        self.parts: list[Part] = []
        self.current = Part(heading="", kind="other")
        self.parts.append(self.current)
        self.case_numbers: list[str] = []
        self.document_numbers: list[str] = []
        self.closed = False
        self.after_open_status = False  # the line before was an open status ("Åbent punkt")
        # "Åbent punkt" / "Lukket punkt" in turn: a table's column labels, which say neither
        self.closed_by_column_labels = False
        # The case numbers under the heading, before the first line of the body: all a closed item shows.
        self.heading_case_numbers: list[str] | None = None
        self.absent_sections: list[Person] = []
        self.absent_list = False
        self.case_label_pending = False
        self.attendance = Attendance()

    def _start(self, heading: str, kind: str, body: str | None = None, date: str | None = None) -> None:
        self.current = Part(heading=heading.lstrip(BULLETS), kind=kind, body=body, date=date)
        self.parts.append(self.current)

    def _is_title_repeat(self, text: str) -> bool:
        if not text[0].isdigit():
            return False
        m = _NUMBERED_LINE.match(text)
        return bool(m and self.title and int(m.group(1)) == self.number
                    and m.group(2).strip().casefold() == self.title.casefold())

    def _labelled(self, text: str, key: str) -> bool:
        """One ``label: value`` of the item's metadata: a case or document number, or a label read past."""
        if key.startswith(_CASE_LABEL_STARTS) and (number := labelled_case_number(text)):
            if number not in self.case_numbers:
                self.case_numbers.append(number)
            return True
        if key.rstrip(":. ") in _EMPTY_CASE_LABELS or (key.startswith("sag") and _EMPTY_CASE_LABEL.match(key)):
            self.case_label_pending = True  # "Sagsnr.:" with its value on the next line, or none
            return True
        if key.startswith("dok") and (number := labelled_document_number(text)):
            if number not in self.document_numbers:
                self.document_numbers.append(number)
            return True
        # "Sagsansvarlig: Karen Brix" under the heading, before the first section.
        label, colon, value = key.partition(":")
        return len(self.parts) == 1 and bool(colon and value.strip()) and label.strip() in ITEM_METADATA_LABELS

    def _metadata(self, text: str, key: str) -> bool:
        if len(text) > _MAX_METADATA:
            return False
        pending, self.case_label_pending = self.case_label_pending, False
        if pending and (number := labelled_case_number(f"Sagsnr.: {text}")) and any(ch.isdigit() for ch in text[:3]):
            if number not in self.case_numbers:
                self.case_numbers.append(number)
            return True
        after_open, self.after_open_status = self.after_open_status, False
        if key in OPEN_STATUS_LINES:
            self.after_open_status = True
            return True
        if is_closed_status(key):
            if after_open:
                self.closed_by_column_labels = True
            else:
                self.closed = True
            return True
        head, dash, _ = key.partition(" - ")
        if dash and (head in OPEN_STATUS_LINES or is_closed_status(head)) and (numbers := find_case_numbers(text)):
            # "Åbent - 01.00.00-G01-93-16", "Åbent - 00.01.00A04 - 2007/34364": status and case number
            self.closed = self.closed or is_closed_status(head)
            self.case_numbers.extend(n for n in numbers if n not in self.case_numbers)
            return True
        if self._labelled(text, key):
            return True
        if len(self.parts) == 1 and ((number := bare_case_number(text))
                                     or (not any(line.text.strip() for line in self.current.lines)
                                         and (number := short_case_number(text)))):
            if number not in self.case_numbers:
                self.case_numbers.append(number)
            return True
        if (status := trailing_status(text)) and self._metadata(status[0], normalise_heading(status[0])):
            # "Sagsnr.: 330-2017-90230   Dok.nr.: 330-2018-500301   Lukket": the item's head on one line
            self.closed = self.closed or status[1]
            return True
        if key.startswith(_CASE_LABEL_STARTS) and (number := case_number_then_words(text)):
            if number not in self.case_numbers:  # "Sagsnr. 299835 Kultur- og Idrætsudvalget"
                self.case_numbers.append(number)
            return True
        # "Sagsnr: 22/388, Sagsansvarlig: Frank Due": several labels on one line, all of them metadata.
        pieces = _METADATA_SPLIT.split(text) if ":" in text else []
        if len(pieces) > 1 and all(self._labelled(piece, normalise_heading(piece)) for piece in pieces):
            return True
        return self._is_title_repeat(text)

    def _decision_heading(self, text: str) -> bool:
        """A decision heading with its body and date where it names them (the text holds "beslutning")."""
        m = DECISION_HEADING.match(text)
        if m:
            body = (m.group("body") or m.group("owner") or "").strip() or None
            self._start(text.rstrip(":").strip(), "decision", body=body, date=parse_date(m.group("date") or ""))
            return True
        labelled = DECISION_HEADING_LABELLED.match(text) if ":" in text[:12] else None
        if labelled is None and ("(" in text[:14] or "[" in text[:14]):
            labelled = DECISION_HEADING_BRACKETED.match(text)
        if labelled and BODY_END.search(labelled.group("body")):
            self._start(text.rstrip(":").strip(), "decision", body=labelled.group("body").strip(),
                        date=parse_date(labelled.group("date")))
            return True
        dated = DECISION_HEADING_DATED_BODY.match(text)
        if dated and dated.group("date_after_den") and self.current.kind == "decision":
            dated = None  # "Beslutning" / "Byrådet den 25. maj 2023:": the decision's own first line, kept in it
        if dated and dated.group("date_figures") and self.current.kind == "attachments":
            dated = None  # "Foretræder for Økonomiudvalget 01.10.2025": a document's title in a list of attachments
        if dated and BODY_END.search(dated.group("body")):
            self._start(text.rstrip(":").strip(), "decision", body=dated.group("body").strip(),
                        date=parse_date(dated.group("date") or dated.group("date_after_den")
                                        or dated.group("date_figures")))
            return True
        owner = DECISION_HEADING_OWNER.match(text)
        if owner and BODY_END.search(owner.group("owner")):  # "Økonomiudvalgets beslutning"
            self._start(text.rstrip(":").strip(), "decision", body=uncapitalised(owner.group("owner")))
            return True
        return False

    def _labelled_part(self, text: str) -> bool:
        """``Referat: <decision>``, or ``Udvalg: <body>`` opening an earlier body's decision (the course's triples
        ``Udvalg:`` / ``Dato:`` / ``Punktnummer:`` without a heading)."""
        label, _, value = text.partition(":")
        if label.strip().lower() in DECISION_COLON_LABELS:
            self._start(label.strip(), "decision")  # "Referat: Alle skal have indhold. ..."
            if value.strip():
                self.current.lines.append(Line(value.strip()))
            return True
        course = history_label(text) if self.current.kind != "history" else None
        if course and course[0] == "body" and BODY_END.search(course[1]):
            self._start("", "history")
            self.current.lines.append(Line(text))
            return True
        return False

    def _heading(self, text: str, key: str) -> bool:
        if len(text) > _MAX_HEADING * 2:
            return False
        lowered = text.lower()
        if ("besl" in lowered or "afgørelse" in lowered
                or ("," in text and (text[-1:] in ":0123456789" or (text[-1:] == "." and text[-2:-1].isdigit())))
                or (text[-1:] == ":" and " den " in text)
                or (text[-5:-4] in ("-", ".") and text[-4:].isdigit()))\
                and self._decision_heading(text.lstrip(BULLETS)):  # "• Beslutning i Byrådet den 24-04-2019"
            return True
        if ":" in text[:20] and self._labelled_part(text):
            return True
        if self.sub_prefix and text.startswith(self.sub_prefix) and len(text) <= _MAX_HEADING and "\t" not in text \
                and SUB_ITEM_HEADING.match(text):
            self._start(text, "other")  # "1.1 Status siden sidst" under item 1: a sub-item, one part each
            return True
        if len(text) <= _MAX_HEADING and (kind := section_kind_of_key(key)):
            if kind == "absent":
                self.absent_list = True  # an empty "Fraværende:" label: the names follow, one a line
                return True
            self._start(text.rstrip(":").strip(), kind)
            return True
        m2 = _INLINE_LABEL.match(text) if ":" in text[:62] else None
        if m2 and (kind := section_kind(m2.group("label"))) and kind != "absent":
            self._start(m2.group("label").strip(), kind)
            self.current.lines.append(Line(m2.group("value").strip()))
            return True
        m4 = glued_label(text)
        if m4:
            heading, value = m4
            self._start(heading, section_kind(heading) or "other")
            self.current.lines.append(Line(value))
            return True
        if "indstiller" not in lowered:
            return False
        if self.current.kind != "recommendation" and len(text) <= 200 and RECOMMENDATION_INTRO.match(text):
            self._start(text.rstrip(",:").strip(), "recommendation")
            return True
        m3 = RECOMMENDATION_INLINE.match(text) if self.current.kind != "recommendation" else None
        if m3 and len(m3.group("who")) <= 120:
            self._start("Indstilling", "recommendation")
            self.current.lines.append(Line(text))
            return True
        return False

    def _earlier_meeting(self, part: Part) -> bool:
        """``part`` is a decision dated before this meeting (``BESLUTNING: Økonomiudvalget den 09-12-2021``)."""
        return part.kind == "decision" and bool(part.date and self.meeting_date and part.date < self.meeting_date)

    def _absent_label(self, text: str) -> bool:
        if len(text) > _MAX_METADATA * 4 or not text[:6].lower().startswith(("fravær", "afbud")):
            return False
        m = _ABSENT_LABEL.match(text)
        if not m:
            return False
        found = read_attendance(text)
        value = m.group("value").strip()
        if not found.item_absent and value:
            if value.endswith(":") and len(value) < 100:
                self.absent_list = True  # "Fraværende i Thisted Kommunalbestyrelse, 25. januar 2022:" then names
                return True
            return False
        add_people(self.absent_sections, found.item_absent)
        self.absent_list = not value
        return True

    def _metadata_row(self, cells: list[str]) -> bool:
        """A table row of metadata cells (``Sagsnr.: 2016-003798 | Sagsbehandler: X | Lukket``), each read as one
        metadata line; False, reading nothing, when any cell is something else."""
        filled = [cell.strip() for cell in cells if cell.strip()]
        if not filled or any(len(cell) > _MAX_METADATA for cell in filled):
            return False
        probe = _ItemReader(self.number, self.title)
        keys: list[str] = []
        for cell in filled:  # the keys of the cells up to the first that is no metadata
            keys.append(normalise_heading(cell))
            if not probe._metadata(cell, keys[-1]):
                return False
        for cell, key in zip(filled, keys, strict=True):
            self._metadata(cell, key)
        return True

    def _absent_names(self, text: str) -> bool:
        """A line under a bare ``Fraværende`` label: the names of those absent."""
        if not self.absent_list:
            return False
        if _ABSENT_LABEL.match(text):
            self.absent_list = False  # "Fraværende:" then "Afbud: X, Y": the label below says it
            return False
        people = parse_people(LIST_MARKER.sub("", text))
        if not people:
            self.absent_list = False
            return False
        add_people(self.absent_sections, people)
        return True

    def read(self, lines: list[Line]) -> None:
        found_in: list[tuple[Part, Attendance]] = []  # attendance found, by the part it was found in
        for line in lines:
            if line.cells and len(line.cells) == 2 and section_kind(line.cells[0]):
                # A table row of a section heading and its text: "Beslutning | Godkendt."
                line = Line(f"{line.cells[0].strip().rstrip(':')}: {line.cells[1].strip()}")
            text = line.text.strip()
            if not text:
                self.current.lines.append(line)
                continue
            if line.cells and len(line.cells) > 1 and self._metadata_row(line.cells):
                continue
            key = normalise_heading(text) if len(text) <= _MAX_METADATA else ""
            if line.caption:  # a field's caption in an export: a heading, known or not
                self.absent_list = False
                if self.heading_case_numbers is None:
                    self.heading_case_numbers = list(self.case_numbers)
                if not self._heading(text, key or normalise_heading(text)):
                    self._start(text.rstrip(":").strip(), section_kind(text) or "other")
                continue
            if self.absent_list and self._absent_names(text):
                continue
            if self._metadata(text, key):
                continue
            if self.heading_case_numbers is None:
                self.heading_case_numbers = list(self.case_numbers)
            if self._absent_label(text) or (not self.captions_only and self._heading(text, key)):
                continue
            self.current.lines.append(line)
            # Attendance is recorded with the decision or before the first section; elsewhere
            # "... deltog ikke" speaks of citizens, not of members.
            if self.current.kind not in _ATTENDANCE_KINDS:
                continue
            found = read_attendance(text)
            if found:
                found_in.append((self.current, found))
        decisions = [part for part in self.parts if part.kind == "decision"]
        for part, found in found_in:
            if self._earlier_meeting(part) and part is not decisions[-1]:
                continue  # who was absent at an earlier body's meeting says nothing of this one
            add_people(self.attendance.meeting_absent, found.meeting_absent)
            add_people(self.attendance.item_absent, found.item_absent + found.meeting_absent)
            add_people(self.attendance.substitutes, found.substitutes)
            add_people(self.attendance.present, found.present)


def build_item(number: int | None, heading: str, lines: list[Line], meeting_date: str | None = None,
               closed: bool = False, captions_only: bool = False, listed_open: bool = False) -> ItemResult:
    """Read one item from its heading text and the lines under it (``meeting_date``: the meeting's, ISO;
    ``closed``: a closing marker stood around the heading's number; ``captions_only``: only the lines
    marked as captions head sections; ``listed_open``: the contents list it as open in so many words).

    ``Åbent punkt`` and ``Lukket punkt`` in turn under the heading (a table's column labels, its mark lost)
    close the item unless the contents list it as open: where nothing says which, it stays closed."""
    title, marked, prefix, item_type = split_title(heading)
    closed = closed or marked
    title, title_cases = case_numbers_in_title(title)
    reader = _ItemReader(number, title, meeting_date, captions_only)
    reader.case_numbers.extend(title_cases)
    reader.read(lines)
    closed = closed or reader.closed or (reader.closed_by_column_labels and not listed_open)
    item = AgendaItem(number=number, title=title, closed=closed, prefix=prefix, item_type=item_type,
                      case_numbers=reader.case_numbers)
    if closed:
        # A closed item publishes its number, title and the case number under its heading, nothing else.
        if reader.heading_case_numbers is not None:
            item.case_numbers = reader.heading_case_numbers
        return ItemResult(item=item)
    item.document_numbers = reader.document_numbers
    signed = bool(title and SIGNATURE_TITLES.search(title))
    signatures = fill_from_parts(item, reader.parts, signed)
    if reader.absent_sections:  # the names as the label lists them, before other mentions add party letters
        names = ", ".join(p.name + (f" ({p.party})" if p.party else "") for p in reader.absent_sections)
        item.sections.append(Section(heading="Fraværende", kind="absent", text=names))
    add_people(item.absent, reader.absent_sections)
    add_people(item.absent, reader.attendance.item_absent)
    item.present = reader.attendance.present
    item.substitutes = reader.attendance.substitutes
    empty = not item.sections and not item.case_numbers
    return ItemResult(item=item, meeting_absent=reader.attendance.meeting_absent, signatures=signatures,
                      empty=empty)
