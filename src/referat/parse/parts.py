"""The parts of an agenda item (the lines under each of its headings) read into what they hold: text, tables,
decisions and votes, recommendations, attachments and the case's course."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from referat.extract import Line
from referat.model import Attachment, Decision, HistoryEntry, Table, Vote
from referat.parse.dates import parse_date
from referat.parse.outcomes import classify, split_at_outcome
from referat.vocab import (
    ATTACHMENT_COUNT,
    ATTACHMENT_DOCUMENT,
    ATTACHMENT_FILE_BADGE,
    ATTACHMENT_FILE_INFO,
    BODY_END,
    DATED_DECISION,
    EARLIER_DECISION,
    HISTORY_LABELS,
    LIST_MARKER,
    RECOMMENDATION_INLINE,
    RECOMMENDATION_INTRO,
    VOTE_LINES,
)

_RECOMMENDATION = re.compile(r"^(?:[-–•*]\s*)?(?:\d{1,2}\s*[.)]\s*)?(?:[-–•*]\s*)?(?P<rec>at\b.*\S)\s*$",
                             re.IGNORECASE)
_LISTED = re.compile(r"^(?:[-–•*]|\d{1,2}\s*[.)])\s*(?P<rec>\S.*)$")
#: A date as a course or a decision gives it: ``02-09-2025``, ``18. september 2012``.
_DATE = r"\d{1,2}[-./]\d{1,2}[-./]\d{4}|\d{1,2}\.\s*[a-zæøå]+\.?\s+\d{4}"
_HISTORY_ENTRY = re.compile(rf"^(?P<date>{_DATE})\s*[,:-]?\s*"
                            r"(?P<rest>.*)$", re.IGNORECASE)
_PARTY_LIST = re.compile(r"\s*(?:,|\bog\b)\s*")
_VOTE_COUNT = re.compile(r"\s*\(\s*\d+\s*\)\s*$|\s*\d+\s*(?:stemmer|st\.)?\s*$")
_MAX_BODY_NAME = 80
_EARLIER_BODY_LEAD = re.compile(r"^(?:beslutning|afgørelse|indstilling)\s+(?:fra|i)\s+", re.IGNORECASE)


@dataclass
class Part:
    """A run of lines under one heading while the item is read."""

    heading: str
    kind: str
    lines: list[Line] = field(default_factory=list)
    body: str | None = None
    date: str | None = None



def joined_text(lines: list[Line]) -> str:
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


def part_tables(part: Part) -> tuple[list[Line], list[Table]]:
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
        if part.kind == "history" and (labelled := _labelled_row(line)):
            close()
            rest.append(labelled)  # "Udvalg:<tab>Magistraten": a course's label and its value, not a table
            continue
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


def _labelled_row(line: Line) -> Line | None:
    """A table row of a course's labels and values (``Dato:`` | ``02-09-2025``, or ``Udvalg: Magistraten`` |
    ``Dato: 02-09-2025``) as one line of them, which the course's reader takes apart."""
    cells = [cell.strip() for cell in line.cells or [] if cell.strip()]
    return Line(" ".join(cells)) if cells and history_label(cells[0]) else None


def _parties(text: str) -> list[str]:
    text = _VOTE_COUNT.sub("", text.strip().rstrip("."))
    return [p.strip() for p in _PARTY_LIST.split(text) if p.strip()]


#: A date and a colon opening a decision's text: ``18. september 2012:``, ``04.12.2012:``.
_DATE_LEAD = re.compile(rf"^(?P<date>{_DATE})\s*:", re.IGNORECASE)


def _dated_decision(text: str) -> re.Match[str] | None:
    """``Økonomiudvalget den 3. maj 2023:`` (a body's name, a date, a colon) opening a decision."""
    m = DATED_DECISION.match(text) if ":" in text else None
    return m if m and BODY_END.search(m.group("body")) else None


def decision_parts(part: Part) -> tuple[list[Decision], list[Vote]]:
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
        body, date, _lines = segments[-1]
        if date is None and body is not None and not joined_text(own) and (lead := _DATE_LEAD.match(text)):
            # "FORRETNINGSUDVALGETS BESLUTNING" / "18. september 2012: Sagen udsat ...": the body's decision of that day
            segments[-1] = (body, parse_date(lead.group("date")), own)
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
        text = joined_text(lines)
        if text:
            decisions.append(Decision(text=text, outcomes=classify(text), body=body, date=date))
    return decisions, votes


def _earlier_body(text: str) -> str:
    """``Beslutning fra Økonomiudvalget`` -> ``Økonomiudvalget``."""
    return _EARLIER_BODY_LEAD.sub("", text.strip()).strip() or text.strip()


def quoted_decisions(lines: list[Line]) -> list[Decision]:
    """Earlier bodies' decisions quoted in a section: ``Økonomiudvalget, 17. marts 2021, pkt. 32:`` and the text
    after the colon or on the lines below it, up to a blank line."""
    found: list[Decision] = []
    quoting: Decision | None = None
    for line in lines:
        text = line.text.strip()
        m = EARLIER_DECISION.match(text) if ":" in text else None
        if m:
            quoted = m.group("text").strip()
            decision = Decision(text=quoted, outcomes=classify(quoted), body=_earlier_body(m.group("body")),
                                date=parse_date(m.group("date")))
            found.append(decision)
            quoting = None if quoted else decision
        elif quoting is not None and text:
            quoting.text = (quoting.text + "\n" + text).strip()
            quoting.outcomes = classify(quoting.text)
        elif quoting is not None and quoting.text:
            quoting = None  # the blank line after the quoted text ends it
    return found


def recommendations(part: Part) -> list[str]:
    """The recommendations of a recommendation part: its ``at ...`` lines, else its listed lines."""
    lines = [line.text.strip() for line in part.lines if line.text.strip()]
    lines = [m.group("rec") if (m := RECOMMENDATION_INLINE.match(text)) else text for text in lines]
    lines = [text for text in lines if not RECOMMENDATION_INTRO.match(text)]
    recs = [m.group("rec") for text in lines if (m := _RECOMMENDATION.match(text))]
    if recs:
        return recs
    return [m.group("rec") for text in lines if (m := _LISTED.match(text))]


def attachments(part: Part) -> list[Attachment]:
    """The attachments an attachments part lists, each with its document number where one opens the line."""
    found: list[Attachment] = []
    for line in part.lines:
        text = LIST_MARKER.sub("", line.text.strip())
        if text.endswith((")", "]")):
            text = ATTACHMENT_FILE_INFO.sub("", text)  # the portal's "(PDF, 245 KB)"
        text = ATTACHMENT_FILE_BADGE.sub("", text)
        if not text or ATTACHMENT_COUNT.match(text):
            continue
        m = ATTACHMENT_DOCUMENT.match(text)
        if m:
            found.append(Attachment(title=LIST_MARKER.sub("", m.group("title").strip()),
                                    document_number=m.group("doc")))
        else:
            found.append(Attachment(title=text))
    return found


def history_label(text: str) -> tuple[str, str] | None:
    """``Udvalg: Magistraten`` -> ("body", "Magistraten") for the labels of a case's course."""
    label, colon, value = text.partition(":")
    name = HISTORY_LABELS.get(label.strip().lower()) if colon and len(label) < 20 else None
    return (name, value.strip()) if name else None


def _labels_of(kind: str) -> str:
    return "|".join(re.escape(label) for label, name in HISTORY_LABELS.items() if name == kind)


#: A course's labels run together with the text in one line (a flattened copy): ``Udvalg: Magistraten
#: Dato: 02-09-2025 Punktnummer: 3 Fremsendes til ...``, the body's label starting each meeting.
_RUN_TOGETHER = re.compile(
    rf"(?:^|(?<=\s))(?P<body>(?:{_labels_of('body')}):\s*[^:\n]{{1,80}}?)\s+"
    rf"(?P<date>(?:{_labels_of('date')}):\s*(?:{_DATE}))"
    rf"(?:\s+(?P<number>(?:{_labels_of('number')}):\s*\d{{1,3}}\b))?\s*", re.IGNORECASE)


def _course_lines(text: str) -> list[str]:
    """``text`` cut before each course label run together with it; ``[text]`` when none is."""
    pieces: list[str] = []
    start = 0
    for m in _RUN_TOGETHER.finditer(text):
        pieces.append(text[start:m.start()])
        pieces.extend(m.group(name) for name in ("body", "date", "number") if m.group(name))
        start = m.end()
    if not pieces:
        return [text]
    pieces.append(text[start:])
    return [piece.strip() for piece in pieces if piece.strip()]


def labelled_history(part: Part) -> list[HistoryEntry] | None:
    """A course written as label triples per meeting, or None when the part is not written so."""
    entries: list[HistoryEntry] = []
    texts: list[list[str]] = []
    labelled = False
    awaited: str | None = None  # a label's field whose value stands on the next line ("Udvalg:" / "Magistraten")
    for text in (piece for line in part.lines for piece in _course_lines(line.text.strip())):
        if not text:
            continue
        label = history_label(text)
        if awaited and not label and entries and _awaited_value(entries[-1], awaited, text):
            awaited = None
            continue
        awaited = label[0] if label and not label[1] else None
        if label and (label[0] == "body" or not entries):
            entries.append(HistoryEntry(date=None, body=None, text=""))
            texts.append([])
        if label:
            labelled = True
            entry = entries[-1]
            if label[0] == "body":
                entry.body = label[1] or None
            elif label[0] == "date":
                entry.date = parse_date(label[1])
            continue
        if not entries:
            return None
        texts[-1].append(text)
    if not labelled:
        return None
    for entry, lines in zip(entries, texts, strict=True):
        entry.text = "\n".join(lines)
        entry.outcomes = classify(entry.text)
    return entries


def _awaited_value(entry: HistoryEntry, field: str, text: str) -> bool:
    """Fill ``entry``'s ``field`` from a label's value on a line of its own; False where ``text`` is no such value."""
    if field == "body" and len(text) <= _MAX_BODY_NAME and ":" not in text and not text.endswith("."):
        entry.body = text
    elif field == "date" and (when := parse_date(text)) and len(text) <= 40:
        entry.date = when
    elif field != "number" or not text.isdigit():
        return False
    return True


def history(part: Part) -> list[HistoryEntry]:
    """The entries of a case's course: label triples, or dated lines each with its body and text."""
    labelled = labelled_history(part)
    if labelled is not None:
        return labelled
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


def merge_attachments(into: list[Attachment], new: list[Attachment]) -> None:
    """The same bilag listed twice (with and without its number) is one attachment."""
    for attachment in new:
        for known in into:
            if _attachment_key(known.title) == _attachment_key(attachment.title):
                known.document_number = known.document_number or attachment.document_number
                break
        else:
            into.append(attachment)
