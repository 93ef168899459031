"""Names, party letters and roles; absences, substitutes and officials present."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from referat.model import Person
from referat.parse.numbers import item_numbers
from referat.vocab import (
    ABSENCE_FROM_ITEMS,
    ABSENCE_NOTES,
    ABSENCE_PATTERNS,
    AUTHORITY_WORDS,
    DOCUMENT_KINDS,
    LIST_MARKER,
    PARTY,
    PRESENT_FOR_ITEM,
    ROLES,
    SUBSTITUTE_PATTERNS,
    SUBSTITUTES_INSTEAD,
)

_ROLES = "|".join(sorted((re.escape(r) for r in ROLES), key=len, reverse=True))
_ROLE = re.compile(r"^(?P<role>" + _ROLES + r")\b[\s,:]*", re.IGNORECASE)
# "(C)", "(C), formand", "(A) - næstformand", "(A) (Borgmester)", "(V) (Medlem)"
_PARTY_SUFFIX = re.compile(rf"\s*\((?P<party>{PARTY})\)(?:\s*,?\s*(?:(?P<role>(?i:formand|næstformand))|"
                           rf"[-–]\s*(?P<dashed>(?i:{_ROLES}))|\((?P<bracketed>(?i:{_ROLES}))\)))?\s*$")
_TRAILING_ROLE = re.compile(r",\s*(?P<role>formand|næstformand|borgmester|viceborgmester)\s*$", re.IGNORECASE)
# Commas, "og", "samt"; and a party letter's bracket before the next name, in lists printed without commas
# ("Birgit Lund Terp (A) Carsten Bering (C) ...").
_SPLIT = re.compile(r"\s*(?:,|;|\bog\b|\bsamt\b|&)\s*|(?<=\))\s+(?=[A-ZÆØÅ])")
_NAME_WORD = re.compile(r"^[A-ZÆØÅÉÜÖÄ][\w.'-]*$")
# Every attendance phrasing holds one of these words; lines without them are skipped cheaply.
# Word stems without their first letter, so a plain substring test covers both cases.
_ATTENDANCE_WORDS = ("eltog", "ravær", "fbud", "uppleant", "tedfortræder", "ar ikke", "orlod", "nhabil", "eldt",
                     "orhindret", "ødte for", "orfald", "stedet", "bortset fra", "undtagen", "kke til stede",
                     "j til stede")
# A sentence ends at a full stop before a capital, spaced or not ("Preben Petersen.Rådmand Jane Jegind forlod ...").
_CLAUSE = re.compile(r",\s*(?:der|som|da)\s")
_OTHER_PARTY = re.compile(r"\s*\((?P<party>[A-ZÆØÅ][a-zæøå]{2,15})\)\s*$")
_SENTENCE = re.compile(r"(?<=[a-zæøå)])\.\s*(?=[A-ZÆØÅ])"
                       # "Fraværende: Evan Lynnerup (V) - Marianne Kiærulff (V) mødte som stedfortræder."
                       r"|(?<=\))\s+[-–]\s+(?=[A-ZÆØÅ][a-zæøå]+\s)"
                       # "... under punkt 13. Curt Købsted var ...": an item's number ends the sentence before a name
                       r"|(?<=\d)\.\s+(?=[A-ZÆØÅ][a-zæøå]+\s+[A-ZÆØÅ])"
                       # "I stedet deltog Rie Frank (A) Bodil Kornbek (A) var fraværende.": the full stop lost
                       # (the party may be empty or missing: "(V) Aase Steffensen () var fraværende")
                       r"|(?<=\))\s+(?=(?:[A-ZÆØÅ][\w.'-]*\s+){1,5}(?:\([A-ZÆØÅ]{0,3}\)\s+)?"
                       r"(?:var|deltog|havde|mødte|forlod)\b)")
_ABSENCE_NOTE = re.compile(r"\s*\((?:" + "|".join(ABSENCE_NOTES) + r")\)\s*$", re.IGNORECASE)
# Away for part of the meeting, as a list of the absent says it: "Karoline Bendixen til kl. 18.40 i punkt 2".
_TIME_REMARK = re.compile(r"\s+(?:til|fra|efter|indtil|før)\s+kl\.?\s*\d{1,2}(?:[.:]\d{2})?\b.*$", re.IGNORECASE)
_AFFILIATION_WORDS = 8
_NAME_PARTICLES = frozenset({"van", "von", "de", "la", "le", "af", "der", "den", "da", "di", "el", "al"})


def looks_like_name(text: str) -> bool:
    """A person's name: 2-6 words, capitalised except particles (``van``, ``af``), no digits."""
    words = text.split()
    if not 1 < len(words) <= 6 or any(ch.isdigit() for ch in text):
        return False
    capitalised = [w for w in words if w.lower() not in _NAME_PARTICLES]
    if words[-1].lower() in AUTHORITY_WORDS or words[0].lower() in AUTHORITY_WORDS:
        return False  # "REBILD KOMMUNE", "Region Sjælland": an authority's name
    return bool(capitalised) and all(_NAME_WORD.match(w) for w in capitalised) and words[0] == capitalised[0]


def parse_person(text: str) -> Person | None:
    """``Formand Lars Gravgaard Hansen (C)`` -> Person(name, party "C", role "Formand"); None if not a name."""
    text = text.strip()
    if not _ROLE.match(text):  # "1. viceborgmester" is a role, not a list number
        text = LIST_MARKER.sub("", text)
    text = _ABSENCE_NOTE.sub("", text.replace("()", "")).strip(".;:").strip()
    if " kl" in text:
        text = _TIME_REMARK.sub("", text)
    role = None
    m = _ROLE.match(text)
    if m and len(text) > m.end():
        role = m.group("role").capitalize()
        text = text[m.end():]
    party = None
    m2 = _PARTY_SUFFIX.search(text)
    if m2:
        party = m2.group("party")
        written_role = m2.group("role") or m2.group("dashed") or m2.group("bracketed")
        if written_role and not role:
            role = written_role.capitalize()
        text = text[: m2.start()]
    m4 = _OTHER_PARTY.search(text) if party is None else None
    if m4:  # "(Løsgænger)": no list letter, but a political affiliation all the same
        party = m4.group("party")
        text = text[: m4.start()]
    m3 = _TRAILING_ROLE.search(text)
    if m3:
        role = role or m3.group("role").capitalize()
        text = text[: m3.start()]
    text = text.strip(" ,")
    name, dash, affiliation = text.partition(" - ")
    if dash and party is None and not role and len(affiliation.split()) <= _AFFILIATION_WORDS \
            and looks_like_name(name):
        text, role = name, affiliation.strip()  # "Kjeld Sandstød - Grundejerforbundet": a member and whom he speaks for
    first, _, rest = text.partition(" ")
    if first.lower() in DOCUMENT_KINDS:
        text = rest  # "REFERAT Mette Busk": the copy's running title before the name ("Referat Opgaveliste": none)
    if not looks_like_name(text):
        return None
    return Person(name=text, party=party, role=role)


def parse_people(text: str) -> list[Person]:
    """A list of people: ``a, b (V) og c``. Parts that are not names are skipped."""
    people: list[Person] = []
    for part in _SPLIT.split(text.strip().rstrip(".")):
        if not part:
            continue
        if people and part.strip().lower() in ROLES and people[-1].role is None:
            # "Hanne Lund (A), formand": a role alone belongs to the name before it.
            people[-1].role = part.strip().capitalize()
            continue
        person = parse_person(part)
        if person:
            people.append(person)
    return people


def party_list(text: str) -> list[Person]:
    """The people of a line that is nothing but names with their party letters (``Kurt Petersen (C) Lars Hoppe
    Søe (B)``) or one name and whom the person speaks for (``Jørn Olsen - Grundejerforbundet``), as a member
    list goes on over lines of its own; [] for any other line."""
    if "(" not in text:
        person = parse_person(text) if " - " in text else None
        return [person] if person and person.role else []
    parts = [part for part in _SPLIT.split(text.strip().rstrip(".")) if part]
    people = [person for part in parts if (person := parse_person(part)) and person.party]
    return people if len(people) == len(parts) else []


def same_person(a: Person, b: Person) -> bool:
    """Names compared without case (``Tina Boel van Ingen`` = ``Tina Boel Van Ingen``)."""
    return a.name.casefold() == b.name.casefold()


def add_people(into: list[Person], people: list[Person]) -> None:
    """Append people not already present, filling in party or role when the new mention has them."""
    for person in people:
        for known in into:
            if same_person(known, person):
                known.party = known.party or person.party
                known.role = known.role or person.role
                break
        else:
            into.append(person)


@dataclass
class Attendance:
    """What one line says about who was absent, substituting or present."""

    meeting_absent: list[Person] = field(default_factory=list)
    item_absent: list[Person] = field(default_factory=list)
    substitutes: list[Person] = field(default_factory=list)
    present: list[Person] = field(default_factory=list)
    #: Those away from the items the line names by number ("X var fraværende under punkterne 14-18").
    for_items: list[tuple[Person, list[int]]] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.meeting_absent or self.item_absent or self.substitutes or self.present or self.for_items)


def sentences(text: str) -> list[str]:
    """``text`` cut into its sentences (at least one, maybe empty)."""
    return _SENTENCE.split(text.strip()) or [""]


def read_attendance(line: str, label_scope: str = "item") -> Attendance:
    """Absences, substitutes and officials present stated by one line (empty if it states none).

    ``label_scope`` says whom a bare ``Fraværende: ...`` label speaks of. A line of several sentences
    is read sentence by sentence.
    """
    text = line.strip()
    if not text or len(text) > 1200 or not any(word in text for word in _ATTENDANCE_WORDS):
        return Attendance()
    parts = _SENTENCE.split(text)
    if len(parts) == 1:
        return _read_sentence(text, label_scope)
    found = Attendance()
    last = Attendance()
    for sentence in parts:
        part = _read_sentence(sentence, label_scope)
        if not part and (last.meeting_absent or last.item_absent) and _names_only(sentence):
            # "Afbud: Jonas Niclas Haase. Signe Bekker Dhiman.": the list goes on after a full stop
            people = parse_people(sentence)
            part = Attendance(meeting_absent=people) if last.meeting_absent else Attendance(item_absent=people)
        last = part
        add_people(found.meeting_absent, part.meeting_absent)
        add_people(found.item_absent, part.item_absent)
        add_people(found.substitutes, part.substitutes)
        add_people(found.present, part.present)
        found.for_items.extend(part.for_items)
    return found


def _names_only(sentence: str) -> bool:
    """A sentence that is nothing but names (``Signe Bekker Dhiman.``, ``Eva Holm og Per Lund.``)."""
    pieces = [piece.strip() for piece in re.split(r",|\bog\b", sentence.strip().rstrip("."))]
    return bool(pieces) and all(piece and parse_person(piece) is not None for piece in pieces)


def _read_sentence(text: str, label_scope: str) -> Attendance:
    found = Attendance()
    if len(text) > 600 or not any(word in text for word in _ATTENDANCE_WORDS):
        return found
    m = PRESENT_FOR_ITEM.match(text)
    if m:
        person = parse_person(m.group("who"))
        if person:
            person.role = m.group("role").strip(" ,")
            found.present.append(person)
            return found
    for pattern in SUBSTITUTE_PATTERNS:
        m = pattern.match(text)
        if m:
            person = parse_person(m.group("who"))
            if person:
                kind = (m.groupdict().get("kind") or "suppleant").lower()
                standing_in_for = _CLAUSE.split((m.groupdict().get("for") or "").strip())[0]
                person.role = f"{kind} for {standing_in_for}" if standing_in_for else kind
                found.substitutes.append(person)
                # The member a substitute stood in for was away: "X deltog i stedet for Y" records Y's absence.
                if standing_in_for and (absentee := parse_person(standing_in_for)) \
                        and not any(same_person(absentee, p) for p in found.item_absent):
                    found.item_absent.append(absentee)
                break
    if not found.substitutes and (m := SUBSTITUTES_INSTEAD.match(text)):
        for person in parse_people(m.group("who")):
            person.role = "suppleant"
            found.substitutes.append(person)
        return found
    if (m := ABSENCE_FROM_ITEMS.match(text)) and (person := parse_person(m.group("who"))):
        found.item_absent.append(person)
        found.for_items.append((person, item_numbers(m.group("items"))))
        return found
    for scope, pattern in ABSENCE_PATTERNS:
        m = pattern.match(text)
        if not m:
            continue
        # The substitute of "X mødte for Y, der havde forfald" took part; Y is the one absent.
        people = [p for p in parse_people(m.group("who"))
                  if not any(same_person(p, q) for q in (*found.substitutes, *found.item_absent))]
        if not people and scope != "label":
            continue  # "X forlod mødet kl. 18.20 og deltog ikke ...": a later phrasing names X
        if not people and len(value := m.group("who").strip()) < len(text) and (inner := _read_sentence(value, scope)):
            return inner  # "Fraværende: X (L) deltog ikke i behandling af punktet.": the label over a sentence
        if scope == "label":
            scope = label_scope
        if scope == "meeting":
            found.meeting_absent.extend(people)
        else:
            found.item_absent.extend(people)
        return found
    return found
