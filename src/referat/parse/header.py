"""The meeting header: kind, body, period, date and time, place and people."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from referat.extract import Line
from referat.model import Person
from referat.parse.body_name import (
    BODY_PREFIX,
    BODY_THEN_KIND,
    KIND_WORDS,
    before_first_label,
    clean_body,
    cover_body,
    split_period,
    uncapitalised,
)
from referat.parse.dates import parse_date, parse_date_time, parse_time
from referat.parse.numbers import item_numbers
from referat.parse.people import (
    Attendance,
    add_people,
    parse_people,
    parse_person,
    party_list,
    read_attendance,
    sentences,
)
from referat.vocab import (
    AMBIGUOUS_LABELS,
    BODY_END,
    BODY_WORDS,
    BULLETS,
    DOCUMENT_KINDS,
    END_TIME_LINES,
    ITEMS_REMARK_ALONE,
    KIND_ANNOUNCED,
    LABEL_ICON_WORDS,
    MEMBER_REMARK,
    PLACE_WORDS,
    TOC_GROUP,
    WEEKDAYS,
    header_label_index,
)

_TITLE = re.compile(rf"^(?:åbent?\s+|endeligt?\s+|tillægs-?\s*)?(?P<kind>{KIND_WORDS})\b\s*(?:[:\-–]\s*)?"
                    r"(?P<rest>.*)$", re.IGNORECASE)
#: "Åben Referat" inside a cover line flattened with the labels after it ("... Åben Referat Dato: ...").
#: ("Lukket referat" too: such a document is closed as a whole, see parse/meeting.py.)
_OPEN_KIND = re.compile(rf"(?:^|\s)(?:åbent?|lukket|fortroligt?)\s+(?P<kind>{KIND_WORDS})"
                        r"(?=\s*$|\s+[A-ZÆØÅ][\w.]*\s*:)", re.IGNORECASE)
#: The kind as a sentence of its own in a title of short sentences: "Egebjerg Kommune. Kommunalbestyrelsen. Referat".
_KIND_SENTENCE = re.compile(rf"\.\s+(?P<kind>{KIND_WORDS})\s*(?:\.|$)", re.IGNORECASE)
#: The kind after the municipality's name in capitals, a cover flattened into one line: "GENTOFTE KOMMUNE Referat af".
_OWNER_THEN_KIND = re.compile(rf"^[A-ZÆØÅ][A-ZÆØÅ-]+(?:\s[A-ZÆØÅ-]+)?\s+(?:KOMMUNE|REGION)\s+"
                              rf"(?P<kind>(?i:{KIND_WORDS}))\b")
#: The kind in capitals inside a cover line flattened with its text: "… mødesal REFERAT Eventuelle …".
_CAPITAL_KIND = re.compile(r"(?<!\S)(?P<kind>"
                           + "|".join(k.upper() for k in sorted(DOCUMENT_KINDS, key=len, reverse=True) if " " not in k)
                           + r")(?!\S)")
_TITLE_DATE = re.compile(r"\s*[,-]?\s*(?:\b(?:d|den)\.?\s+|\s)(?P<date>\d{1,2}[-./]\d{1,2}[-./]\d{4}|\d{1,2}\.\s*"
                         r"[a-zæøå]+\.?\s+\d{4})\s*$", re.IGNORECASE)
_TIME_SPAN = re.compile(r"\d{1,2}[:.]\d{2}\s*(?:-|–|til)\s*(?:kl\.?\s*)?(?P<end>\d{1,2}[:.]\d{2})", re.IGNORECASE)
_SHORT_YEAR = re.compile(r"^(?:[a-zæøå]+\s+)?(?:(?:d|den)\.?\s*)?(?P<d>\d{1,2})[-./](?P<m>\d{1,2})[-./](?P<y>\d{2})"
                         r"(?![\d.])", re.IGNORECASE)
#: A line that is a date and its time: ``tirsdag den 4. december 2012, kl. 13:00``, ``4.12.2012 kl. 13.00``.
_DATED_TIME = re.compile(rf"^(?:(?:{'|'.join(WEEKDAYS)})\s+)?(?:(?:den|d\.)\s*)?\d{{1,2}}(?:\.\s*[a-zæøå]+\.?\s+|[-./]"
                         r"\d{1,2}[-./])\d{2,4}\s*,?\s*(?:kl\.?|klokken)\s*\d{1,2}[.:]\d{2}(?:\s*[-–]\s*\d{1,2}[.:]\d{2})?\s*$",
                         re.IGNORECASE)
_PLACE_TIME = re.compile(r"\s*,?\s+kl\.?\s*(?P<time>\d{1,2}[.:]\d{2})\s*$", re.IGNORECASE)
_PLACE_PREPOSITION = re.compile(r"^(?:i|på)\s+(?=[A-ZÆØÅ])")
_LONE_DATE = re.compile(r"^(?:d\.|den)\s+\S.*$", re.IGNORECASE)
_LABELS = sorted(header_label_index(), key=len, reverse=True)
_LABEL_SET = frozenset(_LABELS)
_LIST_GAP = 3
_COVER_LINES = 12  # a flattened cover stands among the first lines, after a copy's page chrome
_BODY_LOOKAHEAD = 4  # lines after a line that mentions a body where its name alone may still stand
_LABEL = re.compile(r"^(?P<label>" + "|".join(re.escape(label) for label in _LABELS) + r")\.?(?:\s*:\s*|\s+|$)"
                    r"(?P<value>.*)$", re.IGNORECASE)


@dataclass
class Header:
    """What the lines before the first item say about the meeting."""

    kind: str | None = None
    body: str | None = None
    period: str | None = None
    date: str | None = None
    start_time: str | None = None
    end_time: str | None = None
    location: str | None = None
    participants: list[Person] = field(default_factory=list)
    absent: list[Person] = field(default_factory=list)
    substitutes: list[Person] = field(default_factory=list)
    #: Members at the meeting who took no part in some items ("- deltog ikke i behandlingen af punkt: 12").
    item_absent: list[tuple[Person, list[int]]] = field(default_factory=list)
    body_guessed: bool = False  # the body is only a header line naming one, no label or title says so

    @property
    def found(self) -> bool:
        """True when the lines name a meeting: its kind or body, or a date with a place, people or a body.

        A date alone is not enough: blog posts and letters carry dates too; nor is a line that merely names a
        body (an attachment's "Godkendt af byrådet") without a date.
        """
        named = self.body if not self.body_guessed else self.body and self.date
        return bool(self.kind or named or (self.date and (self.location or self.participants or self.absent)))


def _label_of(line: Line) -> tuple[str, str] | None:
    """(field, value) of a label line: ``Mødedato<TAB>...``, ``STED ...``, ``Dato: ...``."""
    if line.cells and len(line.cells) >= 2:
        label = line.cells[0].strip().rstrip(":").lower()
        name = header_label_index().get(label)
        if name:
            return name, " ".join(c for c in line.cells[1:] if c).strip()
    text = line.text.strip()
    m = _LABEL.match(text)
    if not m and text[:1] in BULLETS and (bulleted := _LABEL.match(text.lstrip(BULLETS))) \
            and not bulleted.group("value").strip():
        m = bulleted  # "• Afbud" over "• Mette Valentin, U": a label set as an entry of the list it heads
    if not m:
        return None
    value = m.group("value").strip()
    if value.lower() in LABEL_ICON_WORDS:
        value = ""  # "Udvalg Ikon": the alternative text of the icon a site sets beside its label
    label = m.group("label").lower()
    name = header_label_index()[label]
    written = m.group("label")
    if value and not line.text[len(written):].lstrip().startswith(":") and not line.cells \
            and not written.isupper() and label in AMBIGUOUS_LABELS \
            and not (name in ("date", "time", "end", "meeting") and value[:1].isdigit()):
        return None  # "Mødelokale 1, Rådhuset" and "sted for ..." are a value and prose
    return name, value


def _apply(header: Header, name: str, value: str) -> None:
    if name in ("date", "time"):
        date, time = parse_date_time(value)
        short = _SHORT_YEAR.match(value) if date is None and name == "date" else None
        if short:  # "Dato: 06.03.25": a two-digit year, read only where a label says the value is a date
            date = parse_date(f"{short.group('d')}-{short.group('m')}-20{short.group('y')}")
            time = parse_time(value[short.end():])
        header.date = header.date or date
        header.start_time = header.start_time or time or (parse_time(value) if name == "time" else None)
        span = _TIME_SPAN.search(value)  # "kl. 17.00-19.00" after the date or the time
        if span:
            header.end_time = header.end_time or parse_time(span.group("end"))
    elif name == "end":
        header.end_time = header.end_time or parse_time(value) or parse_date_time(value)[1]
    elif name == "location":
        if value.endswith(".") and len(value.split()[-1]) > 4 and "." not in value.split()[-1][:-1]:
            value = value[:-1]  # "Kig Ind, Nørager.": the full stop of a cover's sentence, not an abbreviation's
        header.location = header.location or value
    elif name == "participants":
        add_people(header.participants, parse_people(value))
    elif name == "absent":
        # "Fraværende: Gitte Rubæk, Bertil Mortensen. Leon Sebbelin deltog ikke i ...": the names, then sentences
        first, *more = sentences(value)
        add_people(header.absent, parse_people(first) or _members_by_first_name(first, header.participants))
        for sentence in more:
            _add_attendance(header, read_attendance(sentence, label_scope="meeting"))
    elif name == "body":
        body, period = split_period(value)
        # A labelled body ("Udvalg: Teknisk Udvalg") is surer than one read off the title line.
        header.body = clean_body(body) or header.body
        header.period = header.period or period
    elif name == "note":
        # "Bemærkninger: Christian Panbo (A) deltog ikke i punkt 28-38.": who was away, where the note says so
        _add_attendance(header, read_attendance(value, label_scope="meeting"))
    elif name == "meeting":
        if (kind := DOCUMENT_KINDS.get(value.strip(" .:").lower())) is not None:
            header.kind = header.kind or kind  # "MØDE" / "Referat": the label names what the page is
            return
        date, time = parse_date_time(value)
        header.date = header.date or date
        header.start_time = header.start_time or time
    elif name == "period":
        m = re.search(r"(\d{4})\s*[-–]\s*(\d{4})", value)
        if m:
            header.period = header.period or f"{m.group(1)}-{m.group(2)}"


def _members_by_first_name(value: str, members: list[Person]) -> list[Person]:
    """``Afbud: Tilde,``: members named by their first name alone, each the only member of that name above."""
    found = []
    for part in re.split(r"[,;]|\bog\b", value):
        word = part.strip(" .")
        matching = [m for m in members if word and " " not in word and m.name.split()[0] == word]
        if len(matching) == 1:
            found.append(Person(name=matching[0].name, party=matching[0].party))
    return found


def _title(header: Header, text: str) -> bool:
    m = _TITLE.match(text)
    if not m:
        return False
    rest = m.group("rest").strip()
    header.kind = header.kind or DOCUMENT_KINDS[m.group("kind").lower()]
    if ":" in rest:
        # "ØKONOMIUDVALG. Mødedato: 12. august …", "Byrådet. Møde nr.: 6/2018 …": a cover flattened with its labels
        rest = before_first_label(rest, colon=True).partition(":")[0].rstrip(" .")
    dm = _TITLE_DATE.search(rest)
    if dm:
        header.date = header.date or parse_date(dm.group("date"))
        rest = rest[: dm.start()]
    body, period = split_period(rest)
    if body.endswith(".") and len(body.split()[-1]) > 4:
        body = body[:-1]  # "ØKONOMIUDVALG.": the full stop of a cover's short sentence, not an abbreviation's
    body = clean_body(BODY_PREFIX.sub("", body).strip(" -–:")) or ""
    if body:
        header.body = header.body or uncapitalised(body)
    header.period = header.period or period
    return True


def _reads_as_attendance(text: str, attendance: Attendance) -> bool:
    """Whether a line under a member or absence list is the attendance it states rather than names: it reads as no
    names, or it is one sentence whose attendance names as many people as its names would (``X, Y og Z deltog ikke
    i pkt. 14-19``: as names, Z and the verb would be lost)."""
    names = len(parse_people(text))
    named = len(attendance.meeting_absent) + len(attendance.item_absent) + len(attendance.substitutes) \
        + len(attendance.present)
    return not names or (len(sentences(text)) == 1 and named >= names)


def _add_attendance(header: Header, attendance: Attendance) -> None:
    """Before the first item, an attendance line speaks of the whole meeting, unless it names the items."""
    named = [person for person, _ in attendance.for_items]
    add_people(header.absent, attendance.meeting_absent + [p for p in attendance.item_absent if p not in named])
    add_people(header.substitutes, attendance.substitutes)
    header.item_absent.extend(attendance.for_items)


def _trailing_labels_apart(lines: list[Line]) -> Iterator[Line]:
    """The lines with a known label that ends one, its value on the next, on a line of its own: ``Byrådet
    Mødedato:`` (a cover's body and the first label of the table beside it) -> ``Byrådet`` / ``Mødedato:``."""
    for line in lines:
        text = line.text.strip()
        words = text[:-1].split() if text.endswith(":") and not line.cells else []
        cut = next((k for k in (1, 2) if len(words) > k and " ".join(words[-k:]).lower() in _LABEL_SET
                    and words[-k][:1].isupper()), None)
        if cut is None or _label_of(line) is not None:
            yield line
            continue
        yield Line(" ".join(words[:-cut]))
        yield Line(" ".join(words[-cut:]) + ":")


def parse_header(lines: list[Line]) -> Header:
    """Read the header lines (everything before the contents and the first item)."""
    header = Header()
    pending: str | None = None
    last: str | None = None  # the field of the last label read
    listing: str | None = None  # the member list that may go on over the next lines, and the lines passed over
    passed = 0
    want_body = False
    for line in _trailing_labels_apart(lines):
        text = line.text.strip()
        if text.endswith("|") and not line.cells:  # "Sted: |" / "Byrådssalen |": a table's pipes left in text
            text = text.rstrip("| ") if text.strip("|-: ") else ""  # "---|---|" is a rule: nothing
            line = Line(text)
        if not text:
            continue
        if line.cells and not line.cells[0].strip() and last is not None:
            # A table row with an empty label cell continues the row above: a member list one a row.
            _apply(header, last, text)
            continue
        label = _label_of(line)
        last = label[0] if label and line.cells else None
        if pending and label and label[1] and not line.cells and ":" not in text[:30]:
            label = None  # "Mødelokale 1, ..." under a STED label is a value, not a new label
        if pending in ("participants", "absent") and label is None and TOC_GROUP.match(text):
            pending = None  # "ÅBNE SAGER" under the list of the absent: a group heading of the items, no name
            continue
        if pending in ("participants", "absent") and label is None and (remark := MEMBER_REMARK.match(text)) \
                and (member := parse_person(remark.group("who"))
                     or parse_person(remark.group("who").partition("),")[0] + ")")):
            # "Jorun Bech (A)- afbud": away; "- deltog ikke i behandlingen af punkt: 12": at the meeting
            add_people(header.absent if remark.group("away") else header.participants, [member])
            if remark.group("items"):
                header.item_absent.append((member, item_numbers(remark.group("items"))))
            continue
        if pending == "participants" and label is None and header.participants \
                and (alone := ITEMS_REMARK_ALONE.match(text.lstrip(BULLETS + " "))):
            header.item_absent.append((header.participants[-1], item_numbers(alone.group("items"))))
            continue
        if pending in ("participants", "absent") and label is None \
                and (attendance := read_attendance(text, "meeting")) and _reads_as_attendance(text, attendance):
            # "X deltog som suppleant for Y" under a member list is attendance, not a member; so is "X, Y og Z
            # deltog ikke i pkt. 14-19", whose names without the last would read as members.
            _add_attendance(header, attendance)
            pending = None
            continue
        if pending and label is None and line.cells and sum(bool(c.strip()) for c in line.cells) >= 2:
            pending = None  # a new table row ("Punkt | Titel") is no value of the empty label above it
        if pending and label is None and text.endswith(":"):
            pending = None  # "Lokation:" with no value, then "Dagsorden publiceret:": another label, not a place
        if pending and label is None:
            # A label alone on its line (HTML portals, member lists) takes the next lines as its value.
            _apply(header, pending, text)
            if pending not in ("participants", "absent") or not parse_people(text):
                pending = None
            continue
        was_pending, pending = pending, None
        if listing is not None and label is None and not line.cells:
            # A labelled member list goes on over lines of names with party letters; a few other lines between
            # them (a letterhead column flattened into the list) are passed over.
            if people := party_list(text):
                add_people(header.participants if listing == "participants" else header.absent, people)
                passed = 0
                continue
            passed += 1
            listing = listing if passed <= _LIST_GAP else None
        elif label is not None:
            listing = None
        if header.kind is None and ":" not in text and (named := BODY_THEN_KIND.match(text)) \
                and BODY_WORDS.search(named.group("body")):
            # "Regionsrådet - referat 26-01-2009" names the kind before a download link's "Dagsorden - … som PDF-fil"
            # (a cover flattened with its labels, "Byrådet REFERAT. Mødedato: …", is read as a title below)
            header.kind = DOCUMENT_KINDS[named.group("kind").lower()]
            header.body = header.body or clean_body(named.group("body"))
        if header.kind is None and _title(header, text):
            want_body = header.body is None
            continue
        if label:
            name, value = label
            if value and was_pending == "location" and name in ("participants", "absent") \
                    and PLACE_WORDS.search(place := value.split()[0]):
                # "Mødelokale: Fraværende: Byrådssalen Erik Lund, …": the labels before their values
                header.location, value = header.location or place, value[len(place):].strip()
            if value:
                _apply(header, name, value)
                if name in ("participants", "absent") and party_list(value):
                    listing, passed = name, 0
            else:
                pending = name
            continue
        if want_body and header.body is None and BODY_WORDS.search(text) and len(text) < 150 and clean_body(text) \
                and not PLACE_WORDS.search(text.split()[-1]):  # "Kommunalbestyrelsens mødesal": the place
            header.body, period = split_period(clean_body(text) or text)
            header.period = header.period or period
            want_body = False
            continue
        if _LONE_DATE.match(text) and header.date is None:
            _apply(header, "date", text)
            continue
        m = END_TIME_LINES.match(text)
        if m:
            header.end_time = header.end_time or parse_time(m.group("time"))
            continue
        if line.cells and len(line.cells) >= 2:
            text = f"{line.cells[0].strip().rstrip(':')}: {' '.join(line.cells[1:]).strip()}"  # label cell, value
        _add_attendance(header, read_attendance(text, label_scope="meeting"))
    _fallbacks(header, lines)
    return header


def _body_line(texts: list[str]) -> tuple[str, str | None] | None:
    """The body an unlabelled header names on a short line, and its period: the first such line, unless it only
    mentions a body and one of the next few lines is a body's name alone (``Se hvilke fagudvalg der er aktive``, a
    site's link, then ``Økonomiudvalget``)."""
    first: tuple[str, str | None] | None = None
    looked = 0
    for text in texts:
        if first is not None:
            looked += 1
            if looked > _BODY_LOOKAHEAD:
                break
        if text.endswith(".") and len(text) <= 80 and BODY_END.search(text[:-1]):
            text = text[:-1]  # "mødet i Teknik- og Miljøudvalget." (a title broken over lines) is no sentence
        if len(text) > 100 or not BODY_WORDS.search(text) or _label_of(Line(text)) is not None or text.endswith("."):
            continue  # ("Møde i Byrådet" is no label line: see AMBIGUOUS_LABELS)
        title = _TITLE.match(text)
        body, period = split_period(_TITLE_DATE.sub("", title.group("rest") if title else text))
        name = clean_body(body)
        if not name:
            continue
        if BODY_END.search(name):
            return name, period
        first = first or (name, period)
    return first


def _fallbacks(header: Header, lines: list[Line]) -> None:
    """Unlabelled headers: the first date in the header, and a short line naming a body."""
    texts = [line.text.strip() for line in lines if line.text.strip()]
    if header.kind is None:
        found = next((m for m in map(_OPEN_KIND.search, texts) if m), None) \
            or next((m for m in map(_KIND_SENTENCE.search, texts[:3]) if m), None) \
            or next((m for m in map(_OWNER_THEN_KIND.match, texts[:2]) if m), None) \
            or next((m for m in map(BODY_THEN_KIND.match, texts[:_COVER_LINES])
                     if m and BODY_WORDS.search(m.group("body"))), None) \
            or next((m for m in map(_CAPITAL_KIND.search, texts[:6]) if m), None) \
            or next((m for m in map(KIND_ANNOUNCED.search, texts[:6]) if m), None)
        if found is not None and "body" in found.groupdict() and header.body is None:
            header.body = clean_body(found.group("body"))
        header.kind = DOCUMENT_KINDS[found.group("kind").lower()] if found else None
    if header.date is None:
        for text in texts:
            if parse_date(text):
                _apply(header, "date", text)
                break
    if header.date is not None and header.start_time is None:
        # "Dato: 04.12.2012", then "tirsdag den 4. december 2012, kl. 13:00": the same day with its time.
        header.start_time = next((time for date, time in map(parse_date_time, filter(_DATED_TIME.match, texts))
                                  if date == header.date and time), None)
    if header.location is None:
        # "Byrådssalen, Stenvig Rådhus" on a line of its own, without a label; "i Mødecenter C, ..." without its "i".
        place = next((text for text in texts if len(text) <= 120 and PLACE_WORDS.search(text)
                      and ":" not in text and not text.endswith(".") and text != header.body
                      and _label_of(Line(text)) is None and not _TITLE.match(text)), None)
        if place and (m := _LABEL.match(place)) and header_label_index()[m.group("label").lower()] == "location" \
                and m.group("value")[:1].isupper() and not PLACE_WORDS.search(m.group("label")):
            # "Sted Byrådssalen, Teatergade 8": a label without its colon ("Mødelokale SL 1" is a room's name)
            place = m.group("value")
        if place and (timed := _PLACE_TIME.search(place)):  # "Mødelokale SL 1, Slangerup kl. 16.00"
            header.start_time = header.start_time or parse_time(timed.group("time"))
            place = place[:timed.start()]
        header.location = _PLACE_PREPOSITION.sub("", place) if place else None
    if header.body is None and (named := _body_line(texts)):
        header.body, period = named
        header.period = header.period or period
        header.body_guessed = True
    if header.body is None:
        # A cover flattened into one line with its labels ("1 Økonomiudvalg Referat Møde 22. marts 2011 … Afbud: …")
        header.body = next((name for text in texts[:_COVER_LINES] if (name := cover_body(text))), None)
