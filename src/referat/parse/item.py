"""One agenda item's lines -> AgendaItem: sections, recommendations, decisions, people, tables."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from referat.extract import Line
from referat.model import AgendaItem, Attachment, Decision, HistoryEntry, Person, Section, Table, Vote
from referat.parse.dates import parse_date
from referat.parse.numbers import (
    bare_case_number,
    find_case_numbers,
    labelled_case_number,
    labelled_document_number,
)
from referat.parse.outcomes import classify, split_at_outcome
from referat.parse.people import Attendance, add_people, parse_person, read_attendance
from referat.vocab import (
    ATTACHMENT_DOCUMENT,
    ATTACHMENT_FILE_INFO,
    BODY_END,
    CLOSED_SUFFIX,
    CLOSED_TITLE,
    DATED_DECISION,
    DECISION_HEADING,
    EARLIER_DECISION,
    ITEM_METADATA_LABELS,
    ITEM_PREFIX,
    ITEM_TYPE,
    LIST_MARKER,
    RECOMMENDATION_INLINE,
    RECOMMENDATION_INTRO,
    SIGNATURE_TITLES,
    STATUS_LINES,
    VOTE_LINES,
    normalise_heading,
    section_kind,
    section_kind_of_key,
)

_INLINE_LABEL = re.compile(r"^(?P<label>[^:]{2,60}):\s*(?P<value>\S.*)$")
_ABSENT_LABEL = re.compile(r"^(?:fraværende|afbud fra|afbud)\b\s*:?\s*(?P<value>.*)$", re.IGNORECASE)
_RECOMMENDATION = re.compile(r"^(?:[-–•*]\s*)?(?:\d{1,2}\s*[.)]\s*)?(?:[-–•*]\s*)?(?P<rec>at\b.*\S)\s*$",
                             re.IGNORECASE)
_LISTED = re.compile(r"^(?:[-–•*]|\d{1,2}\s*[.)])\s*(?P<rec>\S.*)$")
_HISTORY_ENTRY = re.compile(r"^(?P<date>\d{1,2}[-./]\d{1,2}[-./]\d{4}|\d{1,2}\.\s*[a-zæøå]+\.?\s+\d{4})\s*[,:-]?\s*"
                            r"(?P<rest>.*)$", re.IGNORECASE)
_PARTY_LIST = re.compile(r"\s*(?:,|\bog\b)\s*")
_VOTE_COUNT = re.compile(r"\s*\(\s*\d+\s*\)\s*$|\s*\d+\s*(?:stemmer|st\.)?\s*$")
_TITLE_CASE = re.compile(r"\s*\((?:sagsnr\.?:?\s*)?([^()]{5,40})\)\s*$", re.IGNORECASE)
_METADATA_SPLIT = re.compile(r"\s*[,;\t]\s*(?=[A-ZÆØÅa-zæøå][\w .]{1,30}:)")
_NUMBERED_LINE = re.compile(r"^(\d{1,4})\s*[.)]\s+(.*)$")
# Lower-case starts of the labels a case-number line can have (see CASE_LABEL).
_CASE_LABEL_STARTS = ("sag", "journal", "j.", "j ", "acadre", "sbsys")
_ATTENDANCE_KINDS = frozenset({"decision", "other", "absent"})
_MAX_HEADING = 90
_MAX_METADATA = 120


@dataclass
class _Part:
    """A run of lines under one heading while the item is read."""

    heading: str
    kind: str
    lines: list[Line] = field(default_factory=list)
    body: str | None = None
    date: str | None = None


@dataclass
class ItemResult:
    """An item and what it says about the meeting as a whole."""

    item: AgendaItem
    meeting_absent: list[Person] = field(default_factory=list)
    signatures: list[Person] = field(default_factory=list)
    empty: bool = False


def split_title(raw: str) -> tuple[str | None, bool, str | None, str | None]:
    """Item heading text -> (title, closed, committee prefix, type letter)."""
    text = raw.strip().strip("*").strip()
    closed = False
    m = CLOSED_TITLE.match(text)
    if m:
        closed, text = True, text[m.end():].strip()
    m2 = CLOSED_SUFFIX.search(text)
    if m2:
        closed, text = True, text[: m2.start()].strip()
    prefix_match = ITEM_PREFIX.match(text)
    type_match = ITEM_TYPE.search(text)
    return (text or None, closed, prefix_match.group("prefix") if prefix_match else None,
            type_match.group("type") if type_match else None)


def _case_numbers_in_title(title: str | None) -> tuple[str | None, list[str]]:
    """``Godkendelse af dagsorden (2023-0012345)`` -> the title without its case number, and the number."""
    if not title:
        return title, []
    m = _TITLE_CASE.search(title)
    if not m:
        return title, []
    numbers = find_case_numbers(m.group(1))
    if not numbers:
        return title, []
    return title[: m.start()].strip() or None, numbers


def _joined(lines: list[Line]) -> str:
    """Lines -> text: one line per paragraph line, blank lines kept as paragraph breaks."""
    out: list[str] = []
    for line in lines:
        text = line.text.strip()
        if text:
            out.append(text)
        elif out and out[-1] != "":
            out.append("")
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out).replace("\n\n\n", "\n\n")


def _tables(part: _Part) -> tuple[list[Line], list[Table]]:
    """Take table rows out of a part: (remaining lines, tables)."""
    rest: list[Line] = []
    tables: list[Table] = []
    rows: list[list[str]] = []
    caption: str | None = None

    def close() -> None:
        nonlocal rows, caption
        if rows:
            tables.append(Table(rows=rows, caption=caption))
        rows, caption = [], None

    for line in part.lines:
        if line.cells and len(line.cells) >= 2:
            if not rows:
                previous = next((x.text.strip() for x in reversed(rest) if x.text.strip()), "")
                caption = previous if previous.endswith(":") and len(previous) < 200 else None
            rows.append([cell.strip() for cell in line.cells])
        elif not line.text.strip() and rows:
            continue
        else:
            close()
            rest.append(line)
    close()
    return rest, tables


def _parties(text: str) -> list[str]:
    text = _VOTE_COUNT.sub("", text.strip().rstrip("."))
    return [p.strip() for p in _PARTY_LIST.split(text) if p.strip()]


def _dated_decision(text: str) -> re.Match[str] | None:
    """``Økonomiudvalget den 3. maj 2023:`` (a body's name, a date, a colon) opening a decision."""
    m = DATED_DECISION.match(text) if ":" in text else None
    return m if m and BODY_END.search(m.group("body")) else None


def _decision_parts(part: _Part) -> tuple[list[Decision], list[Vote]]:
    """A decision part -> its own decisions (each body's, when several are recorded), earlier ones and votes."""
    own: list[Line] = []
    # Decisions of named bodies in turn ("Økonomiudvalget den 3. maj 2023:", then the council's).
    segments: list[tuple[str | None, str | None, list[Line]]] = [(part.body, part.date, own)]
    earlier: list[Decision] = []
    votes: list[Vote] = []
    vote: Vote | None = None
    sides: set[str] = set()  # the sides the current vote has recorded
    quoting: Decision | None = None  # a quote whose text follows its "Body, date, pkt. N:" line
    for line in part.lines:
        text = line.text.strip()
        m = EARLIER_DECISION.match(text) if ":" in text else None
        if m:
            body_text = m.group("text").strip()
            decision = Decision(text=body_text, outcomes=classify(body_text), body=m.group("body").strip(),
                                date=parse_date(m.group("date")))
            earlier.append(decision)
            quoting = None if body_text else decision
            continue
        if quoting is not None:
            if text:
                quoting.text = (quoting.text + "\n" + text).strip()
                quoting.outcomes = classify(quoting.text)
                continue
            quoting = None if quoting.text else quoting
            continue
        dated = _dated_decision(text)
        if dated:
            own = [Line(dated.group("text"))] if dated.group("text").strip() else []
            segments.append((dated.group("body").strip(), parse_date(dated.group("date")), own))
            continue
        for side, pattern in VOTE_LINES if ":" in text[:40] else ():
            vm = pattern.match(text)
            if vm:
                attribute = "for_" if side == "for" else side
                if vote is None or side in sides:
                    vote = Vote()  # a second vote (on an amendment, then on the recommendation)
                    votes.append(vote)
                    sides = set()
                sides.add(side)
                getattr(vote, attribute).extend(_parties(vm.group("who")))
                vote.text = (vote.text + "\n" + text).strip()
                break
        own.append(line)
    decisions = list(earlier)
    for body, date, lines in segments:
        text = _joined(lines)
        if text:
            decisions.append(Decision(text=text, outcomes=classify(text), body=body, date=date))
    return decisions, votes


def _recommendations(part: _Part) -> list[str]:
    lines = [line.text.strip() for line in part.lines if line.text.strip()]
    lines = [m.group("rec") if (m := RECOMMENDATION_INLINE.match(text)) else text for text in lines]
    lines = [text for text in lines if not RECOMMENDATION_INTRO.match(text)]
    recs = [m.group("rec") for text in lines if (m := _RECOMMENDATION.match(text))]
    if recs:
        return recs
    return [m.group("rec") for text in lines if (m := _LISTED.match(text))]


def _attachments(part: _Part) -> list[Attachment]:
    found: list[Attachment] = []
    for line in part.lines:
        text = LIST_MARKER.sub("", line.text.strip())
        if text.endswith((")", "]")):
            text = ATTACHMENT_FILE_INFO.sub("", text)  # the portal's "(PDF, 245 KB)"
        if not text:
            continue
        m = ATTACHMENT_DOCUMENT.match(text)
        if m:
            found.append(Attachment(title=LIST_MARKER.sub("", m.group("title").strip()),
                                    document_number=m.group("doc")))
        else:
            found.append(Attachment(title=text))
    return found


def _history(part: _Part) -> list[HistoryEntry]:
    entries: list[HistoryEntry] = []
    texts: list[list[str]] = []
    for line in part.lines:
        text = line.text.strip()
        if not text:
            continue
        m = _HISTORY_ENTRY.match(text)
        if m:
            rest = m.group("rest").strip()
            body, _, inline = rest.partition(":")
            if not inline:
                body, inline = split_at_outcome(rest)
            entries.append(HistoryEntry(date=parse_date(m.group("date")), body=body.strip() or None, text=""))
            texts.append([inline.strip()] if inline.strip() else [])
        elif entries:
            texts[-1].append(text)
        else:
            entries.append(HistoryEntry(date=None, body=None, text=""))
            texts.append([text])
    for entry, lines in zip(entries, texts, strict=True):
        entry.text = "\n".join(lines)
        entry.outcomes = classify(entry.text)
    return entries


def _attachment_key(title: str) -> str:
    return re.sub(r"[\W_]+", " ", title).strip().casefold()


def _merge_attachments(into: list[Attachment], new: list[Attachment]) -> None:
    """The same bilag listed twice (with and without its number) is one attachment."""
    for attachment in new:
        for known in into:
            if _attachment_key(known.title) == _attachment_key(attachment.title):
                known.document_number = known.document_number or attachment.document_number
                break
        else:
            into.append(attachment)


class _ItemReader:
    """Walks an item's lines once, splitting them into parts and collecting metadata."""

    def __init__(self, number: int | None, title: str | None) -> None:
        self.number = number
        self.title = title
        self.parts: list[_Part] = []
        self.current = _Part(heading="", kind="other")
        self.parts.append(self.current)
        self.case_numbers: list[str] = []
        self.document_numbers: list[str] = []
        self.closed = False
        self.absent_sections: list[Person] = []
        self.attendance = Attendance()

    def _start(self, heading: str, kind: str, body: str | None = None, date: str | None = None) -> None:
        self.current = _Part(heading=heading, kind=kind, body=body, date=date)
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
        status = STATUS_LINES.get(key)
        if status is not None:
            self.closed = self.closed or status
            return True
        if self._labelled(text, key):
            return True
        if len(self.parts) == 1 and (number := bare_case_number(text)):
            if number not in self.case_numbers:
                self.case_numbers.append(number)
            return True
        # "Sagsnr: 22/388, Sagsansvarlig: Frank Due": several labels on one line, all of them metadata.
        pieces = _METADATA_SPLIT.split(text) if ":" in text else []
        if len(pieces) > 1 and all(self._labelled(piece, normalise_heading(piece)) for piece in pieces):
            return True
        return self._is_title_repeat(text)

    def _heading(self, text: str, key: str) -> bool:
        if len(text) > _MAX_HEADING * 2:
            return False
        lowered = text.lower()
        m = DECISION_HEADING.match(text) if "beslutning" in lowered or "afgørelse" in lowered else None
        if m:
            body = (m.group("body") or m.group("owner") or "").strip() or None
            self._start(text.rstrip(":").strip(), "decision", body=body, date=parse_date(m.group("date") or ""))
            return True
        if len(text) <= _MAX_HEADING and (kind := section_kind_of_key(key)):
            if kind == "absent":
                return True  # an empty "Fraværende:" label
            self._start(text.rstrip(":").strip(), kind)
            return True
        m2 = _INLINE_LABEL.match(text) if ":" in text[:62] else None
        if m2 and (kind := section_kind(m2.group("label"))) and kind != "absent":
            self._start(m2.group("label").strip(), kind)
            self.current.lines.append(Line(m2.group("value").strip()))
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

    def _absent_label(self, text: str) -> bool:
        if len(text) > _MAX_METADATA * 4 or not text[:6].lower().startswith(("fravær", "afbud")):
            return False
        m = _ABSENT_LABEL.match(text)
        if not m:
            return False
        found = read_attendance(text)
        if not found.item_absent and m.group("value").strip():
            return False
        add_people(self.absent_sections, found.item_absent)
        return True

    def read(self, lines: list[Line]) -> None:
        for line in lines:
            if line.cells and len(line.cells) == 2 and section_kind(line.cells[0]):
                # A table row of a section heading and its text: "Beslutning | Godkendt."
                line = Line(f"{line.cells[0].strip().rstrip(':')}: {line.cells[1].strip()}")
            text = line.text.strip()
            if not text:
                self.current.lines.append(line)
                continue
            key = normalise_heading(text) if len(text) <= _MAX_METADATA else ""
            if self._metadata(text, key) or self._absent_label(text) or self._heading(text, key):
                continue
            self.current.lines.append(line)
            # Attendance is recorded with the decision or before the first section; elsewhere
            # "... deltog ikke" speaks of citizens, not of members.
            if self.current.kind not in _ATTENDANCE_KINDS:
                continue
            found = read_attendance(text)
            if found:
                add_people(self.attendance.meeting_absent, found.meeting_absent)
                add_people(self.attendance.item_absent, found.item_absent + found.meeting_absent)
                add_people(self.attendance.substitutes, found.substitutes)
                add_people(self.attendance.present, found.present)


def build_item(number: int | None, heading: str, lines: list[Line]) -> ItemResult:
    """Read one item from its heading text and the lines under it."""
    title, closed, prefix, item_type = split_title(heading)
    title, title_cases = _case_numbers_in_title(title)
    reader = _ItemReader(number, title)
    reader.case_numbers.extend(title_cases)
    reader.read(lines)
    closed = closed or reader.closed
    item = AgendaItem(number=number, title=title, closed=closed, prefix=prefix, item_type=item_type,
                      case_numbers=reader.case_numbers)
    if closed:
        # A closed item publishes its number, title and case number, nothing else.
        return ItemResult(item=item)
    item.document_numbers = reader.document_numbers
    signatures: list[Person] = []
    lead = reader.parts[0]
    if len(reader.parts) > 1 and not lead.heading:
        lead.kind = "summary"  # a paragraph under the title, before the first heading, sums the case up
    for part in reader.parts:
        remaining, tables = _tables(part)
        item.tables.extend(tables)
        part.lines = remaining
        text = _joined(remaining)
        if part.kind == "decision":
            decisions, votes = _decision_parts(part)
            item.decisions.extend(decisions)
            item.votes.extend(votes)
        if not text:
            continue
        for table in tables:
            table.section = len(item.sections)
        item.sections.append(Section(heading=part.heading, kind=part.kind, text=text))
        if part.kind == "recommendation":
            item.recommendations.extend(_recommendations(part))
        elif part.kind == "attachments":
            _merge_attachments(item.attachments, _attachments(part))
        elif part.kind == "history":
            item.history.extend(_history(part))
        elif part.kind != "decision":
            for line in part.lines:
                m = EARLIER_DECISION.match(line.text.strip()) if ":" in line.text else None
                if m:
                    quoted = m.group("text").strip()
                    item.decisions.append(Decision(text=quoted, outcomes=classify(quoted),
                                                   body=m.group("body").strip(), date=parse_date(m.group("date"))))
        if title and SIGNATURE_TITLES.search(title):
            signatures.extend(p for line in part.lines if (p := parse_person(line.text)) and (p.party or p.role))
    add_people(item.absent, reader.absent_sections)
    add_people(item.absent, reader.attendance.item_absent)
    item.present = reader.attendance.present
    item.substitutes = reader.attendance.substitutes
    if reader.absent_sections:
        names = ", ".join(p.name + (f" ({p.party})" if p.party else "") for p in reader.absent_sections)
        item.sections.append(Section(heading="Fraværende", kind="absent", text=names))
    empty = not item.sections and not item.case_numbers
    return ItemResult(item=item, meeting_absent=reader.attendance.meeting_absent, signatures=signatures,
                      empty=empty)
