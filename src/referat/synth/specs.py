"""The plain data of the synthetic world and of the minutes as printed.

Municipalities, bodies, members and cases (with their earlier treatments) are the world's
running state; :class:`MeetingSpec`, :class:`ItemSpec` and :class:`Sec` say what one meeting's
minutes hold, in the order a house style prints it. :mod:`referat.synth.world` fills them,
:mod:`referat.synth.render` prints them and :mod:`referat.synth.truth` turns them into the
:class:`referat.model.Meeting` the parser should read back.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

Block = tuple  # ("p", text) | ("lines", [..]) | ("ul", [..]) | ("ol", [..]) | ("sub", text)
# | ("table", caption, rows) | ("earlier", line, body, iso, text, outcomes) | ("votes", lines, for, against, abstained)


@dataclass(slots=True)
class Member:
    """A member of a body in one election period."""

    name: str
    party: str
    role: str | None = None


@dataclass(slots=True)
class BodyDef:
    """A committee, the finance committee or the council of a municipality."""

    name: str
    prefix: str
    kind: str  # "committee" | "finance" | "council"
    week: int
    weekday: int
    hour: str
    location: str
    members: dict[str, list[Member]] = field(default_factory=dict)


@dataclass(slots=True)
class Treatment:
    """One earlier treatment of a case: who, when, under which item number, and what was decided."""

    day: date
    body: str
    period: str
    number: int
    text: str
    outcomes: tuple[str, ...]


@dataclass(slots=True)
class Case:
    """A case (*sag*) that can come before several meetings and bodies under one number."""

    number: str
    topic: int
    title: str
    kind: str  # O orientering, D drøftelse, B udvalgets beslutning, C byrådets beslutning
    recs: list[str]
    path: list[int]
    due: date
    history: list[Treatment] = field(default_factory=list)


@dataclass(slots=True)
class Sec:
    """One section as printed: ``style`` is "h" (a heading line), "plain" (an unmarked intro line such
    as ``Direktøren ... indstiller,``) or "inline" (``Kompetence: value``)."""

    heading: str
    kind: str
    blocks: list[Block]
    style: str = "h"
    body: str | None = None
    date: str | None = None
    outcomes: list[str] = field(default_factory=list)


@dataclass(slots=True)
class ItemSpec:
    """One agenda item as printed, with what the parser should find in it."""

    number: int
    title: str | None
    closed: bool = False
    prefix: str | None = None
    type_letter: str | None = None
    head_lines: list[str] = field(default_factory=list)
    case: str | None = None
    case_labelled: bool = False
    doc: str | None = None
    meta: list[str] = field(default_factory=list)
    sections: list[Sec] = field(default_factory=list)
    trailer: list[str] = field(default_factory=list)
    absent: list[tuple[str, str | None]] = field(default_factory=list)
    listed_absent: list[tuple[str, str | None]] = field(default_factory=list)
    present: list[tuple[str, str]] = field(default_factory=list)
    substitutes: list[tuple[str, str, str]] = field(default_factory=list)
    history: list[tuple[str, str, str, list[str]]] = field(default_factory=list)
    attachments: list[str] = field(default_factory=list)
    topic: str | None = None  # the key of the case's topic (topics.TOPICS); None for standard items


@dataclass(slots=True)
class MeetingSpec:
    """One meeting's minutes as printed, with what the parser should find in them."""

    municipality: str
    fmt: str
    style: str
    body: str
    period: str | None
    day: date
    start: str
    end: str | None
    location: str
    participants: list[Member]
    members: list[Member]
    show_party: bool
    absent: list[Member]
    substitutes: list[tuple[str, str, str]]
    items: list[ItemSpec]
    path: str
    council: str
    code: int


@dataclass
class Municipality:
    """A fictional municipality and its running state while the calendar is walked."""

    name: str
    code: int
    council: str
    style: str
    fmt: str
    bodies: list[BodyDef]
    pending: list[list[Case]]
    serial: dict[object, int] = field(default_factory=dict)
    running: dict[tuple[int, int], int] = field(default_factory=dict)
    standing: dict[tuple[int, str, str], str] = field(default_factory=dict)
    case_form: int = 0
    show_party: bool = True
    slug: str = ""
