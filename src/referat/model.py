"""The structured model of one meeting's minutes, in one place.

Every layer speaks these dataclasses: the parser produces a :class:`Meeting`,
the store saves and loads it, the web and the exports show it. ``to_dict`` gives
the JSON contract of ``referat parse --json``; ``Meeting.from_dict`` reads it back.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SECTION_KINDS = (
    "summary",
    "presentation",
    "recommendation",
    "decision",
    "authority",
    "legal_basis",
    "economy",
    "assessment",
    "options",
    "policy",
    "consequences",
    "history",
    "attachments",
    "absent",
    "other",
)

OUTCOMES = (
    "approved",
    "noted",
    "discussed",
    "postponed",
    "withdrawn",
    "rejected",
    "recommended",
    "not_released",
    "none",
)


@dataclass
class Person:
    """A member, official or substitute as named in the minutes."""

    name: str
    party: str | None = None
    role: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The JSON form: name, party letters and role, each as printed."""
        return {"name": self.name, "party": self.party, "role": self.role}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Person:
        """Rebuild from :meth:`to_dict` output."""
        return cls(name=data["name"], party=data.get("party"), role=data.get("role"))


@dataclass
class Section:
    """One headed part of an item: its heading as written and its canonical kind."""

    heading: str
    kind: str
    text: str

    def to_dict(self) -> dict[str, Any]:
        """The JSON form."""
        return {"heading": self.heading, "kind": self.kind, "text": self.text}


@dataclass
class Decision:
    """A decision on an item, by this meeting's body or (dated) by another meeting."""

    text: str
    outcomes: list[str] = field(default_factory=list)
    body: str | None = None
    date: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The JSON form."""
        return {"body": self.body, "date": self.date, "text": self.text, "outcomes": list(self.outcomes)}


@dataclass
class Vote:
    """A recorded vote: party letters (or names) for, against and abstaining."""

    for_: list[str] = field(default_factory=list)
    against: list[str] = field(default_factory=list)
    abstained: list[str] = field(default_factory=list)
    text: str = ""

    def to_dict(self) -> dict[str, Any]:
        """The JSON form; ``for_`` is written as ``for``."""
        return {"for": list(self.for_), "against": list(self.against), "abstained": list(self.abstained),
                "text": self.text}


@dataclass
class Attachment:
    """A *bilag*: its title and, where printed, its document number; where published, its address."""

    title: str
    document_number: str | None = None
    url: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The JSON form; ``url`` only when the attachment has an address."""
        data: dict[str, Any] = {"title": self.title, "document_number": self.document_number}
        if self.url:
            data["url"] = self.url
        return data


@dataclass
class HistoryEntry:
    """One line of the case's course (*Sagens forløb*) through other bodies."""

    date: str | None
    body: str | None
    text: str
    outcomes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form."""
        return {"date": self.date, "body": self.body, "text": self.text, "outcomes": list(self.outcomes)}


@dataclass
class Table:
    """A table from the minutes, cell text as printed (numbers stay Danish-formatted).

    ``section`` is the index, in the item's ``sections``, of the section the table stood in;
    ``None`` when that part of the item kept no text of its own (so no section).
    """

    rows: list[list[str]]
    caption: str | None = None
    section: int | None = None

    def to_dict(self) -> dict[str, Any]:
        """The JSON form."""
        return {"caption": self.caption, "rows": [list(r) for r in self.rows], "section": self.section}


@dataclass
class AgendaItem:
    """One agenda item (*punkt*). A closed item keeps only number, title and case numbers."""

    number: int | None
    title: str | None
    closed: bool = False
    prefix: str | None = None
    item_type: str | None = None
    case_numbers: list[str] = field(default_factory=list)
    document_numbers: list[str] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    recommendations: list[str] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)
    votes: list[Vote] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    absent: list[Person] = field(default_factory=list)
    present: list[Person] = field(default_factory=list)
    substitutes: list[Person] = field(default_factory=list)
    history: list[HistoryEntry] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)

    @property
    def outcomes(self) -> list[str]:
        """Outcomes of the item's own decisions, in order, without repeats."""
        seen: list[str] = []
        for decision in self.decisions:
            for outcome in decision.outcomes:
                if outcome not in seen:
                    seen.append(outcome)
        return seen

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of the contract, plus ``prefix``, ``type``, ``present`` and ``substitutes``."""
        return {
            "number": self.number,
            "title": self.title,
            "closed": self.closed,
            "prefix": self.prefix,
            "type": self.item_type,
            "case_numbers": list(self.case_numbers),
            "document_numbers": list(self.document_numbers),
            "sections": [s.to_dict() for s in self.sections],
            "recommendations": list(self.recommendations),
            "decisions": [d.to_dict() for d in self.decisions],
            "votes": [v.to_dict() for v in self.votes],
            "attachments": [a.to_dict() for a in self.attachments],
            "absent": [p.to_dict() for p in self.absent],
            "present": [p.to_dict() for p in self.present],
            "substitutes": [p.to_dict() for p in self.substitutes],
            "history": [h.to_dict() for h in self.history],
            "tables": [t.to_dict() for t in self.tables],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> AgendaItem:
        """Rebuild from :meth:`to_dict` output."""
        return cls(
            number=data.get("number"),
            title=data.get("title"),
            closed=bool(data.get("closed", False)),
            prefix=data.get("prefix"),
            item_type=data.get("type"),
            case_numbers=list(data.get("case_numbers", [])),
            document_numbers=list(data.get("document_numbers", [])),
            sections=[Section(s["heading"], s["kind"], s["text"]) for s in data.get("sections", [])],
            recommendations=list(data.get("recommendations", [])),
            decisions=[Decision(d["text"], list(d.get("outcomes", [])), d.get("body"), d.get("date"))
                       for d in data.get("decisions", [])],
            votes=[Vote(list(v.get("for", [])), list(v.get("against", [])), list(v.get("abstained", [])),
                        v.get("text", "")) for v in data.get("votes", [])],
            attachments=[Attachment(a["title"], a.get("document_number"), a.get("url"))
                         for a in data.get("attachments", [])],
            absent=[Person.from_dict(p) for p in data.get("absent", [])],
            present=[Person.from_dict(p) for p in data.get("present", [])],
            substitutes=[Person.from_dict(p) for p in data.get("substitutes", [])],
            history=[HistoryEntry(h.get("date"), h.get("body"), h["text"], list(h.get("outcomes", [])))
                     for h in data.get("history", [])],
            tables=[Table([list(r) for r in t["rows"]], t.get("caption"), t.get("section"))
                    for t in data.get("tables", [])],
        )


@dataclass
class Source:
    """Where a meeting was read from."""

    path: str | None
    sha256: str
    format: str

    def to_dict(self) -> dict[str, Any]:
        """The JSON form."""
        return {"path": self.path, "sha256": self.sha256, "format": self.format}


@dataclass
class Meeting:
    """One meeting of one body: the header, the people and the agenda items."""

    source: Source
    kind: str = "unknown"
    municipality: str | None = None
    body: str | None = None
    period: str | None = None
    date: str | None = None
    start_time: str | None = None
    end_time: str | None = None
    location: str | None = None
    participants: list[Person] = field(default_factory=list)
    absent: list[Person] = field(default_factory=list)
    substitutes: list[Person] = field(default_factory=list)
    items: list[AgendaItem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The ``referat parse --json`` contract (DESIGN §2), plus ``substitutes``."""
        return {
            "source": self.source.to_dict(),
            "kind": self.kind,
            "municipality": self.municipality,
            "body": self.body,
            "period": self.period,
            "date": self.date,
            "start_time": self.start_time,
            "end_time": self.end_time,
            "location": self.location,
            "participants": [p.to_dict() for p in self.participants],
            "absent": [p.to_dict() for p in self.absent],
            "substitutes": [p.to_dict() for p in self.substitutes],
            "items": [i.to_dict() for i in self.items],
            "warnings": list(self.warnings),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Meeting:
        """Rebuild from :meth:`to_dict` output."""
        src = data.get("source") or {}
        return cls(
            source=Source(src.get("path"), src.get("sha256", ""), src.get("format", "text")),
            kind=data.get("kind", "unknown"),
            municipality=data.get("municipality"),
            body=data.get("body"),
            period=data.get("period"),
            date=data.get("date"),
            start_time=data.get("start_time"),
            end_time=data.get("end_time"),
            location=data.get("location"),
            participants=[Person.from_dict(p) for p in data.get("participants", [])],
            absent=[Person.from_dict(p) for p in data.get("absent", [])],
            substitutes=[Person.from_dict(p) for p in data.get("substitutes", [])],
            items=[AgendaItem.from_dict(i) for i in data.get("items", [])],
            warnings=list(data.get("warnings", [])),
        )
