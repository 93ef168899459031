"""The simulated world behind the synthetic minutes: municipalities, bodies, members, meetings and cases.

:class:`World` walks the calendar month by month; every body of every municipality meets
(except in July) and each meeting becomes a :class:`MeetingSpec`: what the minutes say, in
the order a house style prints it. Cases travel between bodies: a committee recommends, the
finance committee passes it on, the council decides; a postponed case comes back at the next
meeting; status reports return months later under the same case number. Every treatment is
remembered and printed again as the case's course (*Sagens forløb*), as dated decisions or
as quoted earlier decisions, depending on the house style.

Everything here is plain data; :mod:`referat.synth.render` prints it and
:mod:`referat.synth.truth` turns it into the :class:`referat.model.Meeting` the parser
should read back.
"""

from __future__ import annotations

import math
import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache
from typing import TypeVar

from . import content as C
from .pools import danish_decimal, danish_int, economy_pool, topic_pools

#: House styles and the formats they are printed in (see :mod:`referat.synth.render`).
STYLES_BY_FORMAT = {"text": ("lejre", "lemvig", "slagelse", "albertslund"), "markdown": ("lejre", "albertslund"),
                    "html": ("portal",)}
FORMATS = ("text", "markdown", "html")
#: (format, house style) of the municipalities in turn: the first six already show every text style.
LAYOUTS = (("text", "lejre"), ("markdown", "lejre"), ("html", "portal"), ("text", "lemvig"), ("text", "slagelse"),
           ("text", "albertslund"), ("markdown", "albertslund"), ("html", "portal"))
MIN_MUNICIPALITIES = 6
FIRST_PERIOD_YEAR = 2010
ITEMS_PER_MUNICIPALITY_YEAR = 340
MAX_YEARS = 12
LAST_YEAR = 2025

T = TypeVar("T")
Block = tuple  # ("p", text) | ("lines", [..]) | ("ul", [..]) | ("ol", [..]) | ("sub", text)
# | ("table", caption, rows) | ("earlier", line, body, iso, text, outcomes) | ("votes", lines, for, against, abstained)

APPROVED = ("Godkendt.", "Indstillingen godkendt.", "Tiltrådte indstillingen.", "Indstillingen tiltrådt.",
            "Godkendt som indstillet.", "Udvalget godkendte indstillingen.")
COUNCIL_APPROVED = ("Godkendt.", "Vedtaget.", "Indstillingen godkendt.", "Godkendt som indstillet.")
NOTED = ("Taget til efterretning.", "Til efterretning.", "Orienteringen blev taget til efterretning.",
         "Udvalget tog orienteringen til efterretning.", "Taget til efterretning")
DISCUSSED = ("Drøftet.", "Udvalget drøftede sagen.", "Sagen blev drøftet.", "Drøftet")
POSTPONED = ("Udsat.", "Udsættes.", "Sagen blev udsat.", "Udsat til næste møde.")
WITHDRAWN = ("Udgår.", "Punktet udgår.", "Sagen blev trukket.")
REJECTED = ("Ikke godkendt.", "Indstillingen blev ikke godkendt.", "Forkastet.")
RECOMMENDED = ("Anbefales.", "Indstillingen anbefales.", "Anbefales godkendt.",
               "Udvalget anbefaler indstillingen over for {council}.")
NOTHING = ("Intet.", "Intet til dette punkt.", "Ingen bemærkninger.", "Intet under dette punkt")
AGENDA_APPROVED = ("Godkendt.", "Godkendt", "Godkendt med bemærkning om, at punkt {a} behandles før punkt {b}.",
                   "Tiltrådte indstillingen")


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
    topic: str | None = None  # the key of the case's topic (content.TOPICS); None for standard items


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


def period_of(day: date) -> str:
    """The election period a date falls in: ``2022-2025``."""
    first = FIRST_PERIOD_YEAR + (day.year - FIRST_PERIOD_YEAR) // 4 * 4
    return f"{first}-{first + 3}"


def slugify(text: str) -> str:
    """An ASCII file-name form of a Danish name."""
    table = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "Æ": "ae", "Ø": "oe", "Å": "aa", "&": "og"})
    out = []
    for ch in text.translate(table).lower():
        out.append(ch if ch.isascii() and ch.isalnum() else "-")
    return "-".join(part for part in "".join(out).split("-") if part)


@cache
def _real() -> tuple[frozenset[str], frozenset[int], frozenset[str]]:
    """Official names, codes and towns (lower case), so fictional ones never collide with them."""
    from referat.vocab import municipalities

    names: set[str] = set()
    towns: set[str] = set()
    codes: set[int] = set()
    for entry in municipalities():
        names.add(str(entry["name"]).lower())
        names.update(str(a).lower() for a in entry.get("aliases", []))
        towns.update(str(t).lower() for t in entry.get("towns", []))
        codes.add(int(entry["code"]))
    return frozenset(names), frozenset(codes), frozenset(towns)


def fictional_names(count: int) -> list[tuple[str, int]]:
    """``count`` fictional municipality names with codes that are not official codes.

    The first eight are :data:`content.MUNICIPALITIES`; more are composed from name parts.
    """
    names, codes, towns = _real()
    out = [(name, code) for name, code, *_ in C.MUNICIPALITIES][:count]
    taken = {name.lower() for name, _ in out}
    free_codes = [c for c in list(range(909, 1000)) + list(range(100, 901)) if c not in codes]
    used_codes = {code for _, code in out}
    free_codes = [c for c in free_codes if c not in used_codes]
    for head in C.NAME_HEADS:
        for tail in C.NAME_TAILS:
            if len(out) >= count:
                return out
            name = head + (tail if not head.endswith(tail[0]) else tail[1:])
            key = name.lower()
            if key in taken or key in names or key in towns or len(name) < 4:
                continue
            taken.add(key)
            out.append((name, free_codes.pop(0)))
    if len(out) < count:
        raise ValueError(f"at most {len(out)} fictional municipalities can be named")
    return out


def plan(items: int) -> tuple[int, int]:
    """(number of municipalities, first year) for a corpus of ``items`` agenda items.

    Small corpora get a few municipalities over a few years; large ones up to twelve years
    and as many municipalities as it takes, so the calendar stays realistic.
    """
    municipality_years = max(items, 1) / ITEMS_PER_MUNICIPALITY_YEAR
    years = min(MAX_YEARS, max(2.0, math.sqrt(municipality_years) * 1.2))
    count = max(MIN_MUNICIPALITIES, math.ceil(municipality_years / years))
    years = max(1.0, municipality_years / count)
    first = LAST_YEAR + 1 - max(1, math.ceil(years))
    return count, first


class World:
    """The calendar walk that yields one :class:`MeetingSpec` per meeting until ``items`` items are made."""

    def __init__(self, items: int, seed: int, formats: tuple[str, ...]) -> None:
        unknown = [f for f in formats if f not in STYLES_BY_FORMAT]
        if unknown or not formats:
            raise ValueError(f"formats must be among {', '.join(FORMATS)}; got {', '.join(formats) or 'none'}")
        self.items = items
        self.rng = random.Random(seed)
        self.random = self.rng.random
        count, self.first_year = plan(items)
        self.municipalities = [self._municipality(i, name, code, formats)
                               for i, (name, code) in enumerate(fictional_names(count))]
        self.pools = topic_pools()
        self.economy_sentences = economy_pool()

    # --- randomness ---------------------------------------------------------------------
    def pick(self, seq: Sequence[T]) -> T:
        """One element of ``seq``, uniformly."""
        return seq[int(self.random() * len(seq))]

    def chance(self, p: float) -> bool:
        """True with probability ``p``."""
        return self.random() < p

    def between(self, low: int, high: int) -> int:
        """An integer in [low, high]."""
        return low + int(self.random() * (high - low + 1))

    # --- the world ---------------------------------------------------------------------
    def _municipality(self, index: int, name: str, code: int, formats: tuple[str, ...]) -> Municipality:
        rng = self.rng
        layouts = [layout for layout in LAYOUTS if layout[0] in formats]
        fmt, style = layouts[index % len(layouts)]
        council = C.MUNICIPALITIES[index][4] if index < len(C.MUNICIPALITIES) else \
            ("Byrådet" if index % 3 else "Kommunalbestyrelsen")
        committees = list(C.COMMITTEES)
        seconds = list(C.SECOND_COMMITTEES)
        if style == "lemvig":  # quoted earlier decisions ("Body, date, pkt. N: ...") need names without commas
            committees = [c for c in committees if "," not in c[0]]
            seconds = [c for c in seconds if "," not in c[0]]
        first = committees[(index * 5 + 3) % len(committees)]
        chosen = [first]
        if rng.random() < 0.5:
            chosen.append(seconds[index % len(seconds)])
        bodies: list[BodyDef] = []
        for week, (body_name, prefix) in enumerate(chosen):
            bodies.append(BodyDef(body_name, prefix, "committee", week % 2, rng.randint(0, 3),
                                  rng.choice(("15:00", "15:30", "16:00", "16:30", "16:45", "17:00", "08:30")),
                                  self._location(rng, name, C.LOCATIONS)))
        bodies.append(BodyDef(C.FINANCE_COMMITTEE[0], C.FINANCE_COMMITTEE[1], "finance", 2, rng.randint(0, 2),
                              rng.choice(("08:00", "14:00", "15:00")), self._location(rng, name, C.LOCATIONS)))
        bodies.append(BodyDef(council, "BY" if council == "Byrådet" else "KB", "council", 3, rng.randint(1, 3),
                              rng.choice(("17:00", "18:00", "19:00")), self._location(rng, name, C.COUNCIL_LOCATIONS)))
        return Municipality(name=name, code=code, council=council, style=style, fmt=fmt, bodies=bodies,
                            pending=[[] for _ in bodies], case_form=index % 2, show_party=rng.random() < 0.6,
                            slug=slugify(name))

    @staticmethod
    def _location(rng: random.Random, name: str, choices: tuple[str, ...]) -> str:
        return rng.choice(choices).replace("{k}", name).replace("{n}", str(rng.randint(1, 6)))

    def _person(self, taken: set[str]) -> str:
        while True:
            first = self.pick(C.FIRST_NAMES)
            middle = f" {self.pick(C.MIDDLE_NAMES)}" if self.chance(0.2) else ""
            name = f"{first}{middle} {self.pick(C.LAST_NAMES)}"
            if name not in taken:
                taken.add(name)
                return name

    def _party(self) -> str:
        return self.rng.choices(C.PARTIES, C.PARTY_WEIGHTS)[0]

    def _members(self, m: Municipality, period: str) -> None:
        """Seat the council and the committees for one election period."""
        council = m.bodies[-1]
        previous = next((council.members[p] for p in sorted(council.members, reverse=True)), None)
        taken: set[str] = set()
        seats = self.pick((19, 21, 23, 25, 27, 29, 31))
        people: list[Member] = []
        if previous:
            for member in previous:
                if self.chance(0.6) and len(people) < seats:
                    people.append(Member(member.name, member.party))
                    taken.add(member.name)
        while len(people) < seats:
            people.append(Member(self._person(taken), self._party()))
        self.rng.shuffle(people)
        mayor = people[0]
        council.members[period] = [Member(mayor.name, mayor.party, "Borgmester"),
                                   *(Member(p.name, p.party) for p in people[1:])]
        for body in m.bodies[:-1]:
            if body.kind == "finance":
                chosen = [mayor, *self.rng.sample(people[1:], self.pick((6, 8, 10)))]
                body.members[period] = [Member(mayor.name, mayor.party, "Formand"),
                                        *(Member(p.name, p.party) for p in chosen[1:])]
            else:
                chosen = self.rng.sample(people[1:], self.pick((5, 5, 7, 7, 9)))
                body.members[period] = [Member(chosen[0].name, chosen[0].party, "Formand"),
                                        *(Member(p.name, p.party) for p in chosen[1:])]

    # --- the calendar ------------------------------------------------------------------
    def meetings(self) -> Iterator[MeetingSpec]:
        """Meeting after meeting, month by month, until the corpus holds ``items`` agenda items."""
        made = 0
        year, month = self.first_year, 1
        while made < self.items:
            if month != 7:
                for m in self.municipalities:
                    for index in range(len(m.bodies)):
                        if made >= self.items:
                            return
                        spec = self._meeting(m, index, self._day(m.bodies[index], year, month), self.items - made)
                        made += len(spec.items)
                        yield spec
            month += 1
            if month == 13:
                year, month = year + 1, 1

    @staticmethod
    def _day(body: BodyDef, year: int, month: int) -> date:
        first = date(year, month, 1)
        offset = (body.weekday - first.weekday()) % 7
        day = first + timedelta(days=offset + 7 * body.week)
        return day - timedelta(days=7) if month == 12 and day.day > 20 else day  # not at Christmas

    # --- numbers -------------------------------------------------------------------------
    def _case_number(self, m: Municipality, day: date, kle: str) -> tuple[str, bool]:
        """A new case number in the municipality's form, and whether it is printed with a label."""
        yy = day.year % 100
        style = m.style
        if style == "slagelse":
            key: object = ("s", day.year)
            m.serial[key] = m.serial.get(key, self.between(1000, 4000)) + self.between(5, 400)
            return f"{m.code}-{day.year}-{m.serial[key]}", True
        if style in ("lemvig", "albertslund") or (style == "portal" and m.case_form):
            facet = self.pick(("A00", "A00", "A00", "G01", "I02", "Ø00", "A08"))
            key = (kle, facet, yy)
            m.serial[key] = m.serial.get(key, 0) + 1
            dash = "-" if style != "lemvig" else ""
            return f"{kle}{dash}{facet}-{m.serial[key]}-{yy:02d}", style == "portal"
        if style == "portal":
            key = ("p", yy)
            m.serial[key] = m.serial.get(key, self.between(100, 900)) + self.between(1, 60)
            return f"{yy:02d}/{m.serial[key]}", True
        key = ("l", yy)
        m.serial[key] = m.serial.get(key, self.between(50, 600)) + self.between(1, 80)
        return f"{yy:02d}-{m.serial[key]:06d}", False

    def _doc_number(self, m: Municipality, day: date) -> str:
        key = ("d", day.year)
        m.serial[key] = m.serial.get(key, self.between(20000, 60000)) + self.between(10, 900)
        return f"{m.code}-{day.year}-{m.serial[key]}"

    # --- one meeting -----------------------------------------------------------------------
    def _meeting(self, m: Municipality, bi: int, day: date, room: int) -> MeetingSpec:
        body = m.bodies[bi]
        period = period_of(day)
        if period not in body.members:
            self._members(m, period)
        members = body.members[period]
        absent: list[Member] = []
        roll = self.random()
        if roll < 0.25:
            absent = self.rng.sample(members[1:], 2 if roll < 0.05 else 1)
        substitutes: list[tuple[str, str, str]] = []
        if absent and m.style != "portal" and self.chance(0.3):
            outside = [p for p in m.bodies[-1].members[period] if all(p.name != q.name for q in members)]
            if outside:
                sub = self.pick(outside)
                substitutes.append((sub.name, sub.party, f"suppleant for {absent[0].name} ({absent[0].party})"))
        facts = self._facts(m, body, day)
        count = min(self.between(6, 12), room)
        items = self._plan_items(m, bi, day, count)
        ctx = _Context(self, m, bi, body, day, period, facts, absent, substitutes, members)
        start = 0
        if m.style == "portal":  # numbers run on through the year
            start = m.running.get((bi, day.year), 0)
            m.running[(bi, day.year)] = start + len(items)
        specs = [ctx.build(kind, payload, start + n) for n, (kind, payload) in enumerate(items, 1)]
        end = None
        if m.style in ("portal", "albertslund"):
            hour, minute = (int(x) for x in body.hour.split(":"))
            total = hour * 60 + minute + self.pick((60, 75, 90, 105, 120, 150))
            end = f"{total // 60:02d}:{total % 60:02d}"
        shown = m.style in ("lejre",) or m.fmt == "markdown"
        ext = {"text": "txt", "markdown": "md", "html": "html"}[m.fmt]
        path = f"{m.slug}/{slugify(body.name)}/{day.isoformat()}.{ext}"
        return MeetingSpec(
            municipality=m.name, fmt=m.fmt, style=m.style, body=body.name,
            period=period if m.style in ("lejre", "slagelse") else None,
            day=day, start=body.hour, end=end, location=body.location,
            participants=[p for p in members if p not in absent] if (shown or m.style in ("portal", "albertslund"))
            else [],
            members=members,
            show_party=m.show_party or m.style != "lejre", absent=absent, substitutes=substitutes, items=specs,
            path=path, council=m.council, code=m.code)

    def _facts(self, m: Municipality, body: BodyDef, day: date) -> dict[str, str]:
        nxt = day.month % 12
        return {"k": m.name, "y": str(day.year), "ny": str(day.year + 1), "ny3": str(day.year + 4),
                "py": str(day.year - 1), "month": C.MONTHS[day.month - 1], "next_month": C.MONTHS[nxt],
                "u": body.name, "council": m.council, "a": "4", "b": "3", "n": str(self.between(5, 60)),
                "m": danish_decimal(self.between(4, 400) / 10)}

    def _plan_items(self, m: Municipality, bi: int, day: date, count: int) -> list[tuple[str, object]]:
        """The kinds of the meeting's items in order: standard ones around the topical cases."""
        body = m.bodies[bi]
        head: list[tuple[str, object]] = [("agenda", None)]
        if self.chance(0.55):
            head.append(("news", None))
        tail: list[tuple[str, object]] = []
        if self.chance(0.7):
            tail.append(("any", None))
        if self.chance(0.5):
            tail.append(("minutes", None))
        if m.style == "albertslund" or (m.style == "lemvig" and self.chance(0.5)):
            tail.append(("signature", None))
        closed: list[tuple[str, object]] = []
        if self.chance(0.35 if body.kind == "council" else 0.12):
            closed.append(("closed", None))
            if self.chance(0.2):
                closed.append(("closed", None))
        while len(head) + len(tail) + len(closed) > max(count - 1, 1) and (tail or closed or len(head) > 1):
            (tail or closed or head).pop()
        topical = max(count - len(head) - len(tail) - len(closed), 0)
        cases = self._take_cases(m, bi, day, topical)
        middle: list[tuple[str, object]] = [("case", case) for case in cases]
        middle = closed + middle if closed and self.chance(0.5) else middle + closed
        return (head + middle + tail)[:count]

    def _take_cases(self, m: Municipality, bi: int, day: date, count: int) -> list[Case]:
        pending = m.pending[bi]
        due = [case for case in pending if case.due <= day][:count]
        for case in due:
            pending.remove(case)
        body = m.bodies[bi]
        while len(due) < count:
            due.append(self._new_case(m, bi, body, day))
        return due

    def _new_case(self, m: Municipality, bi: int, body: BodyDef, day: date) -> Case:
        if body.kind == "committee":
            index = int(self.random() * len(C.TOPICS))
            kind = self.pick(C.TOPICS[index]["kinds"])
        else:
            index = int(self.random() * len(C.TOPICS))
            kind = "C"
        topic = C.TOPICS[index]
        facts = self._facts(m, body, day)
        title = self.pick(topic["titles"]).format_map(facts)
        number, _ = self._case_number(m, day, str(topic["kle"]))
        recs_by_kind: dict[str, tuple[str, ...]] = topic["recs"]
        rec_kind = kind if kind in recs_by_kind else ("B" if kind == "C" and "B" in recs_by_kind else "O")
        recs = [r.format_map(facts) for r in recs_by_kind[rec_kind]]
        if kind == "C":  # the council decides what a committee would otherwise decide itself
            recs = [r.replace("at udvalget ", f"at {m.council} ", 1) for r in recs]
        if kind == "O" and "D" in recs_by_kind and self.chance(0.15):
            recs.append(recs_by_kind["D"][0].format_map(facts))
        path: list[int] = []
        if kind == "C":
            finance = next(i for i, b in enumerate(m.bodies) if b.kind == "finance")
            path = [i for i in (finance, len(m.bodies) - 1) if i > bi]
        return Case(number=number, topic=index, title=title, kind=kind, recs=recs, path=path,
                    due=day, history=[])

    # --- what a body decides -----------------------------------------------------------------
    def decide(self, m: Municipality, bi: int, case: Case) -> tuple[str, list[str], str]:
        """(decision text, outcomes, what happens next: done | again | forward | recur)."""
        kind = m.bodies[bi].kind
        r = self.random()
        if len(case.recs) == 2 and case.kind == "O":
            return "Ad. 1) Taget til efterretning\nAd. 2) Drøftet", ["noted", "discussed"], "done"
        if case.kind == "C" and case.path:
            if r < 0.07:
                return self.pick(POSTPONED), ["postponed"], "again"
            if r < 0.09 and kind == "committee":
                return self.pick(REJECTED), ["rejected"], "done"
            return self.pick(RECOMMENDED), ["recommended"], "forward"
        if case.kind == "C" or (case.kind == "B" and kind != "committee"):
            if r < 0.04:
                return self.pick(POSTPONED), ["postponed"], "again"
            if r < 0.09:
                return "Forslaget blev forkastet.", ["rejected"], "done"
            return self.pick(COUNCIL_APPROVED), ["approved"], "done"
        if case.kind == "B":
            if r < 0.07:
                return self.pick(POSTPONED), ["postponed"], "again"
            if r < 0.10:
                return self.pick(WITHDRAWN), ["withdrawn"], "done"
            if r < 0.15:
                return self.pick(REJECTED), ["rejected"], "done"
            return self.pick(APPROVED), ["approved"], "done"
        if case.kind == "D":
            if r < 0.05:
                return self.pick(POSTPONED), ["postponed"], "again"
            return self.pick(DISCUSSED), ["discussed"], "recur" if r > 0.85 else "done"
        if r < 0.03:
            return self.pick(POSTPONED), ["postponed"], "again"
        return self.pick(NOTED), ["noted"], "recur" if r > 0.75 else "done"

    def after(self, m: Municipality, bi: int, case: Case, day: date, action: str) -> None:
        """Send the case on: back to the same body, to the next body, or back months later."""
        if action == "done":
            return
        if action == "forward" and case.path:
            target = case.path.pop(0)
            case.due = day + timedelta(days=1)
        elif action == "again":
            target, case.due = bi, day + timedelta(days=1)
        else:
            target, case.due = bi, day + timedelta(days=self.between(55, 130))
            case.title = self.pick(C.TOPICS[case.topic]["titles"]).format_map(
                self._facts(m, m.bodies[bi], case.due))
        pending = m.pending[target]
        if len(pending) >= 40:
            pending.pop(0)
        pending.append(case)

    # --- text ----------------------------------------------------------------------------------
    def paragraphs(self, pool: tuple[str, ...], count: int, facts: dict[str, str], most: int = 3) -> list[Block]:
        """``count`` paragraphs of 1..``most`` sentences from ``pool`` (no sentence twice), facts filled in."""
        sizes = [1 + int(self.random() * most) for _ in range(count)]
        chosen = self.rng.sample(pool, min(sum(sizes), len(pool)))
        out: list[Block] = []
        at = 0
        for size in sizes:
            if at >= len(chosen):
                break
            out.append(("p", " ".join(chosen[at:at + size]).format_map(facts)))
            at += size
        return out

    def table(self, kind: str, day: date) -> Block:
        """A table with Danish-formatted numbers, with its caption."""
        years = [str(day.year - 3 + i) for i in range(3)]
        between = self.between
        if kind == "budget":
            head = ["1.000 kr.", f"Budget {day.year}", "Forbrug", "Forventet regnskab", "Afvigelse"]
            rows = [head]
            for label in ("Forsikrede ledige", "Kontanthjælp", "Sygedagpenge", "Førtidspension",
                          "Beskæftigelsesindsats"):
                budget = between(50_000, 4_000_000) / 10
                spent = budget * between(20, 80) / 100
                expected = budget * between(90, 112) / 100
                rows.append([label, danish_decimal(budget), danish_decimal(spent), danish_decimal(expected),
                             danish_decimal(expected - budget)])
            return ("table", "Budgetopfølgning pr. område:", rows)
        if kind == "focus":
            status = ("Opfyldt", "Ikke opfyldt")
            return ("table", "Opfyldelse af fokusrådene:", [
                ["Fokusråd", "Opfyldelse (pct.)", "Krav (pct.)", "Status"],
                ["Samtaler", danish_decimal(between(700, 950) / 10), "80,0", self.pick(status)],
                ["Aktiv indsats", danish_decimal(between(600, 900) / 10), "80,0", self.pick(status)],
            ])
        labels = {
            "counts": ("Antal forløb", "Heraf afsluttet", "Heraf i job"),
            "refugees": ("Nyankomne flygtninge", "Familiesammenførte", "Selvforsørgende"),
            "orders": ("Løntilskud", "Ordinært job", "Virksomhedspraktik", "Samlet"),
            "benefits": ("Sygedagpenge", "Jobafklaring", "Ressourceforløb", "Fleksjob", "Ledighedsydelse"),
            "unemployment": ("Dagpenge", "Kontanthjælp", "Uddannelseshjælp", "Ledighed i pct."),
        }[kind]
        rows = [["", *years]]
        for label in labels:
            if label.endswith("pct."):
                rows.append([label, *(danish_decimal(between(15, 70) / 10) for _ in years)])
            else:
                rows.append([label, *(danish_int(between(5, 2500)) for _ in years)])
        caption = {"counts": "Udviklingen i antal forløb:", "refugees": "Udviklingen i antal personer:",
                   "orders": "Oprettede jobordrer pr. år:", "benefits": "Antal fuldtidspersoner på ydelsen:",
                   "unemployment": "Antal fuldtidspersoner og ledighedsprocent:"}[kind]
        return ("table", caption, rows)

    def economy(self, facts: dict[str, str]) -> Block:
        """One economy paragraph."""
        return ("p", self.pick(self.economy_sentences).format_map(facts))


def _add_absent(into: list[tuple[str, str | None]], name: str, party: str | None) -> None:
    """Record an absence once per name, keeping a party letter from any mention."""
    for i, (known, known_party) in enumerate(into):
        if known.casefold() == name.casefold():
            into[i] = (known, known_party or party)
            return
    into.append((name, party))


def _long_date(day: date) -> str:
    return f"{day.day}. {C.MONTHS[day.month - 1]} {day.year}"


class _Context:
    """Builds the items of one meeting in its municipality's house style."""

    def __init__(self, world: World, m: Municipality, bi: int, body: BodyDef, day: date, period: str,
                 facts: dict[str, str], absent: list[Member], substitutes: list[tuple[str, str, str]],
                 members: list[Member]) -> None:
        self.w = world
        self.m = m
        self.bi = bi
        self.body = body
        self.day = day
        self.period = period
        self.facts = facts
        self.absent = absent
        self.substitutes = substitutes
        self.members = members
        self.style = m.style
        self.first_open = True
        self.item_absence = True

    # --- shared parts --------------------------------------------------------------------------
    def _title(self, title: str, type_letter: str | None = None) -> tuple[str, str | None]:
        prefix = self.body.prefix if self.style in ("lejre", "albertslund") else None
        text = f"{prefix} - {title}" if prefix else title
        if type_letter and self.style == "slagelse":
            text = f"{text} ({type_letter})"
        return text, prefix

    def _standing_case(self, key: str, kle: str) -> str | None:
        """The case number a standing item (agenda, minutes) keeps for a year or a period."""
        if self.style in ("lejre", "portal"):
            return None
        scope = self.period if self.style == "slagelse" else str(self.day.year)
        k = (self.bi, scope, key)
        if k not in self.m.standing:
            self.m.standing[k] = self.w._case_number(self.m, self.day, kle)[0]
        return self.m.standing[k]

    def _attendance_lines(self, spec: ItemSpec) -> list[Block]:
        """Absence, substitute and official lines printed with a decision, recorded in the spec."""
        out: list[Block] = []
        w = self.w
        if self.absent and self.style == "lemvig":
            names = [p.name for p in self.absent]
            out.append(("p", f"{' og '.join(names)} deltog ikke i sagens behandling."))
            for name in names:
                _add_absent(spec.absent, name, None)
        elif self.absent and self.style == "albertslund":
            for p in self.absent:
                out.append(("p", f"{p.name} ({p.party}) deltog ikke i mødet"))
                _add_absent(spec.absent, p.name, p.party)
        if self.first_open and self.substitutes:
            name, party, role = self.substitutes[0]
            out.append(("p", f"{name} ({party}) deltog som {role}."))
            spec.substitutes.append((name, party, role))
        if self.item_absence and w.chance(0.06):
            self.item_absence = False  # once a meeting, so it never looks like a meeting absence
            present = [p for p in self.members if p not in self.absent][1:]
            if present:
                who = w.pick(present)
                wording = "deltog ikke i behandlingen af punktet" if self.style != "lemvig" else \
                    "deltog ikke i sagens behandling"
                out.append(("p", f"{who.name} ({who.party}) {wording}."))
                _add_absent(spec.absent, who.name, who.party)
        if w.chance(0.05):
            title, unit = w.pick(C.OFFICIALS)
            name = w._person(set())
            role = f"{title} for {unit}"
            out.append(("p", f"{name}, {role}, deltog under behandling af sagen."))
            spec.present.append((name, role))
        self.first_open = False
        return out

    def _decision(self, spec: ItemSpec, text: str, outcomes: list[str], votes: Block | None = None,
                  lead: list[Block] | None = None, notes: bool = True) -> list[Sec]:
        """The decision section(s) of an item in the house style, with attendance lines.

        ``lead`` blocks (quoted earlier decisions, a news line) come before the decision text.
        """
        blocks: list[Block] = list(lead or [])
        if votes:
            blocks.append(votes)
        if "\n" in text:
            blocks.append(("lines", text.split("\n")))
        else:
            blocks.append(("p", text))
        if notes and self.w.chance(0.12):
            blocks.append(("p", self.w.pick(C.NOTES).format_map(self.facts)))
        blocks.extend(self._attendance_lines(spec))
        if self.style == "slagelse":
            heading = f"Beslutning i {self.body.name} den {_long_date(self.day)}"
            blocks.insert(0, ("label", "Fraværende:" if not self.absent else
                              "Fraværende: " + ", ".join(f"{p.name} ({p.party})" for p in self.absent)))
            for p in self.absent:
                _add_absent(spec.absent, p.name, p.party)
                spec.listed_absent.append((p.name, p.party))
            return [Sec(heading, "decision", blocks, body=self.body.name, date=self.day.isoformat(),
                        outcomes=outcomes)]
        return [Sec("Beslutning", "decision", blocks, outcomes=outcomes)]

    def _votes(self) -> Block:
        seats: dict[str, int] = {}
        for p in self.members:
            if p not in self.absent:
                seats[p.party] = seats.get(p.party, 0) + 1
        parties = sorted(seats, key=lambda party: -seats[party])
        biggest, rest = parties[:1], parties[1:]
        self.w.rng.shuffle(rest)
        cut = len(rest) // 2 + self.w.between(0, 1)
        yes, no = biggest + rest[:cut], rest[cut:]
        abstained = no[-1:] if len(no) > 1 and self.w.chance(0.4) else []
        no = no[: len(no) - len(abstained)]
        joiner = ", " if self.w.chance(0.6) else " og "

        def listed(letters: list[str]) -> str:
            count = sum(seats[p] for p in letters)
            if joiner == " og " and len(letters) > 1:
                return ", ".join(letters[:-1]) + " og " + letters[-1] + f" ({count})"
            return ", ".join(letters) + f" ({count})"

        lines = [f"For stemte: {listed(yes)}"]
        if no:
            lines.append(f"Imod stemte: {listed(no)}")
        if abstained:
            lines.append(f"Undlod at stemme: {listed(abstained)}")
        return ("votes", lines, yes, no, abstained)

    def _history(self, spec: ItemSpec, case: Case) -> tuple[list[Sec], list[Block]]:
        """The case's course as a section (most styles) or as blocks for the decision (lemvig, slagelse)."""
        if not case.history:
            return [], []
        if self.style == "lemvig":
            earlier: list[Block] = []
            for t in case.history:
                line = f"{t.body}, {_long_date(t.day)}, pkt. {t.number}: {t.text}"
                earlier.append(("earlier", line, t.body, t.day.isoformat(), t.text, list(t.outcomes)))
            return [], earlier
        if self.style == "slagelse":
            return [], []
        blocks: list[Block] = []
        slash = self.w.chance(0.3)
        for t in case.history:
            shown = t.day.strftime("%d/%m/%Y" if slash else "%d-%m-%Y")
            body = f"{t.body} - {t.period}" if self.style != "portal" else t.body
            text, outcomes = t.text, list(t.outcomes)
            if (self.day - t.day).days <= 7 and self.w.chance(0.15):
                # Another body met days ago and its minutes are not out yet.
                text, outcomes = "Beslutning ikke frigivet", ["not_released"]
            blocks.append(("p", f"{shown} {body}"))
            blocks.append(("p", text))
            spec.history.append((t.day.isoformat(), body, text, outcomes))
        return [Sec("Sagens forløb", "history", blocks)], []

    def _slagelse_earlier(self, case: Case) -> list[Sec]:
        secs = []
        for t in case.history:
            heading = f"Beslutning i {t.body} den {_long_date(t.day)}"
            secs.append(Sec(heading, "decision", [("label", "Fraværende:"), ("p", t.text)], body=t.body,
                            date=t.day.isoformat(), outcomes=list(t.outcomes)))
        return secs

    def _attachments(self, spec: ItemSpec, titles: tuple[str, ...]) -> list[Sec]:
        count = self.w.pick((0, 1, 1, 2, 2, 3))
        chosen: list[str] = []
        for _ in range(count):
            title = self.w.pick(titles).format_map(self.facts)
            if title not in chosen:
                chosen.append(title)
        if not chosen:
            return []
        spec.attachments.extend(chosen)
        return [Sec("Bilag", "attachments", [("p", t) for t in chosen])]

    def _recommendation(self, recs: list[str]) -> Sec:
        choices = C.RECOMMENDERS[self.style]
        intro = choices[self.m.code % len(choices)]
        if self.style == "lemvig":
            items = [r[0].upper() + r[1:] + "." for r in recs]
            return Sec(intro.rstrip(","), "recommendation", [("ul", items)], style="plain")
        ending = "." if self.w.chance(0.5) else ""
        return Sec("Indstilling", "recommendation", [("p", intro), ("ol", [r + ending for r in recs])])

    def _authority(self) -> list[Sec]:
        name = self.m.council if self.bi == len(self.m.bodies) - 1 else self.body.name
        if self.style == "lejre":
            return [Sec("Beslutningskompetence", "authority", [("p", name)])]
        if self.style == "lemvig":
            return [Sec("Sagen afgøres endelig af", "authority", [("p", name + ".")])]
        if self.style == "slagelse":
            return [Sec("Kompetence", "authority", [("p", name)], style="inline")]
        return []

    # --- items ---------------------------------------------------------------------------------
    def build(self, kind: str, payload: object, number: int) -> ItemSpec:
        """One item of the given kind (agenda, news, case, closed, any, minutes, signature)."""
        if kind == "case":
            assert isinstance(payload, Case)
            return self._case_item(payload, number)
        if kind == "closed":
            return self._closed(number)
        return self._standard(kind, number)

    def _wrap_slagelse(self, spec: ItemSpec, printed_title: str) -> None:
        if self.style == "slagelse":
            spec.head_lines = ["Sagsfremstilling", f"{spec.number}. {printed_title}"]
            spec.meta = ["Åbent"]

    def _closed(self, number: int) -> ItemSpec:
        w = self.w
        title = w.pick(C.CLOSED_TITLES).format_map(self.facts)
        if not title and self.style != "lemvig":
            title = "Personalesag"
        shown, prefix = self._title(title, "B") if title else ("", None)
        case, labelled = w._case_number(self.m, self.day, "00.30.00" if "udget" in title else "81.00.00")
        spec = ItemSpec(number=number, title=shown or None, closed=True, prefix=prefix,
                        type_letter="B" if self.style == "slagelse" and title else None,
                        case=case, case_labelled=labelled)
        if self.style == "lemvig" and self.absent:
            spec.trailer = ["Fraværende " + ", ".join(p.name for p in self.absent)]
        return spec

    def _standard(self, kind: str, number: int) -> ItemSpec:
        w = self.w
        facts = self.facts
        style = self.style
        if kind == "agenda":
            title, type_letter, kle = "Godkendelse af dagsorden", "B", "00.01.00"
        elif kind == "news":
            title, type_letter, kle = w.pick(C.NEWS_TITLES).format_map(facts), "O", "00.01.00"
        elif kind == "any":
            title, type_letter, kle = "Eventuelt", "O", "00.01.00"
        elif kind == "minutes":
            title, type_letter, kle = "Godkendelse af referat", "B", "00.01.00"
        else:
            title = "Underskriftsblad" if style == "albertslund" else "Underskriftside"
            type_letter, kle = None, "85.02.02"
        shown, prefix = self._title(title, type_letter)
        case = self._standing_case(kind, kle) if kind != "news" or style != "lejre" else \
            w._case_number(self.m, self.day, kle)[0]
        spec = ItemSpec(number=number, title=shown, prefix=prefix,
                        type_letter=type_letter if style == "slagelse" else None,
                        case=case, case_labelled=style in ("slagelse", "portal"))
        self._wrap_slagelse(spec, shown)
        secs: list[Sec] = []
        if style == "slagelse":
            spec.doc = self._doc()
            secs += self._authority()
            secs.append(Sec("Beslutningstema", "summary", [("p", f"{self.body.name} skal {self._verb(kind)}.")]))
        elif style == "albertslund" and kind != "signature":
            secs.append(Sec("Anledning", "summary", [("p", title)]))
        if kind == "signature":
            return self._signature(spec, secs)
        if kind == "news":
            if style == "lejre":
                blocks: list[Block] = []
                for letter in "ABC"[: w.between(1, 3)]:
                    blocks.append(("sub", f"{letter}. {w.pick(C.TOPICS[w.between(0, len(C.TOPICS) - 1)]['titles'])}"
                                   .format_map(facts)))
                    blocks.append(("p", w.pick(C.NEWS_LINES).format_map(facts)))
                secs.append(Sec("Resumé", "summary", blocks))
            else:
                secs.append(Sec("Sagsfremstilling" if style != "slagelse" else "Sagens indhold", "presentation",
                                [("ul", [w.pick(C.NEWS_LINES).format_map(facts) for _ in range(w.between(1, 3))])]))
        if style in ("slagelse", "albertslund", "lemvig") and kind != "any":
            rec = {"agenda": "at dagsordenen godkendes", "news": "at meddelelserne tages til efterretning",
                   "minutes": "at referatet godkendes"}[kind]
            if style == "slagelse":
                rec = {"agenda": f"at {self.body.name} godkender dagsordenen",
                       "news": "at orienteringen tages til efterretning",
                       "minutes": f"at {self.body.name} godkender referatet"}[kind]
            secs.append(self._recommendation([rec]))
        lead: list[Block] = []
        if kind == "agenda":
            text = w.pick(AGENDA_APPROVED)
            outcomes = ["approved"]
        elif kind == "news":
            text, outcomes = w.pick((("Taget til efterretning.", ["noted"]), ("Til efterretning.", ["noted"]),
                                     ("Intet.", ["none"]), ("Ingen bemærkninger.", ["none"])))
            if outcomes != ["none"] and w.chance(0.3):
                lead.append(("p", w.pick(C.NEWS_LINES).format_map(facts)))
        elif kind == "any":
            text, outcomes = w.pick(((w.pick(NOTHING), ["none"]), ("Drøftet.", ["discussed"]),
                                     (w.pick(C.NEWS_LINES), [])))
        else:
            text, outcomes = "Godkendt.", ["approved"]
        secs += self._decision(spec, text.format_map(facts), outcomes, lead=lead, notes=False)
        spec.sections = secs
        self._lemvig_trailer(spec)
        return spec

    def _verb(self, kind: str) -> str:
        return {"agenda": "godkende dagsordenen", "news": "orienteres", "any": "drøfte eventuelle punkter",
                "minutes": "godkende referatet"}.get(kind, "behandle sagen")

    def _signature(self, spec: ItemSpec, secs: list[Sec]) -> ItemSpec:
        if self.style != "albertslund":
            secs.append(self._recommendation(["at referatet godkendes"]))
            secs += self._decision(spec, "Godkendt.", ["approved"], notes=False)
            spec.sections = secs
            self._lemvig_trailer(spec)
            return spec
        secs.append(Sec("Anledning", "summary", [("p", "Underskriftsblad til digital godkendelse")]))
        secs.append(Sec("Sagsfremstilling", "presentation",
                        [("p", "Der underskrives af deltagerne ved mødets afslutning.")]))
        secs.append(Sec("Indstilling", "recommendation",
                        [("p", "Formanden indstiller,"),
                         ("ol", ["at protokol og deltagelse i mødet godkendes via digitalt underskriftsblad."])]))
        lines: list[Block] = []
        for p in self.members:
            if p in self.absent:
                lines.append(("p", f"{p.name} ({p.party}) deltog ikke i mødet"))
            elif p.role:
                lines.append(("p", f"{p.role} {p.name} ({p.party})"))
            else:
                lines.append(("p", f"{p.name} ({p.party})"))
        for p in self.members:  # in the order the page lists them
            if p in self.absent:
                _add_absent(spec.absent, p.name, p.party)
        secs.append(Sec("Beslutning", "decision", lines, outcomes=[]))
        spec.sections = secs
        return spec

    def _doc(self) -> str:
        return self.w._doc_number(self.m, self.day)

    def _lemvig_trailer(self, spec: ItemSpec) -> None:
        if self.style == "lemvig" and self.absent:
            names = [p.name for p in self.absent]
            self.w.rng.shuffle(names)
            spec.trailer = ["Fraværende " + ", ".join(names)]
            for name in names:
                spec.listed_absent.append((name, None))
                _add_absent(spec.absent, name, None)

    def _case_item(self, case: Case, number: int) -> ItemSpec:
        w = self.w
        facts = self.facts
        style = self.style
        topic = C.TOPICS[case.topic]
        summary_pool, body_pool = w.pools[case.topic]
        type_letter = {"O": "O", "D": "D"}.get(case.kind, "B")
        shown, prefix = self._title(case.title, type_letter)
        spec = ItemSpec(number=number, title=shown, prefix=prefix,
                        type_letter=type_letter if style == "slagelse" else None,
                        case=case.number, case_labelled=style in ("slagelse", "portal"), topic=str(topic["key"]))
        self._wrap_slagelse(spec, shown)
        if style == "slagelse":
            spec.doc = self._doc()
        text, outcomes, action = w.decide(self.m, self.bi, case)
        text = text.format_map(facts)
        votes = self._votes() if ("approved" in outcomes or "rejected" in outcomes) and \
            self.body.kind != "committee" and w.chance(0.3) else None
        history_secs, earlier = self._history(spec, case)

        summary = Sec({"lejre": "Resumé", "lemvig": "Resume", "slagelse": "Beslutningstema",
                       "albertslund": "Anledning", "portal": "Resumé"}[style], "summary",
                      w.paragraphs(summary_pool, w.between(1, 2), facts, 2))
        present_blocks = w.paragraphs(body_pool, w.between(2, 4), facts)
        if w.chance(0.25):
            present_blocks.insert(w.between(1, len(present_blocks)),
                                  ("ul", [w.pick(body_pool).format_map(facts) for _ in range(w.between(2, 4))]))
        if topic["table"] and w.chance(0.3):
            table = w.table(str(topic["table"]), self.day)
            present_blocks.insert(w.between(1, len(present_blocks)), ("p", table[1]))
            present_blocks.insert(present_blocks.index(("p", table[1])) + 1, table)
        presentation = Sec({"slagelse": "Sagens indhold"}.get(style, "Sagsfremstilling"), "presentation",
                           present_blocks)
        recommendation = self._recommendation(case.recs)
        decision = self._decision(spec, text, outcomes, votes, earlier)
        if style == "slagelse":
            decision = self._slagelse_earlier(case) + decision
        extras: list[Sec] = []
        if style in ("lejre", "portal", "albertslund") and w.chance(0.25):
            extras.append(Sec("Administrationens vurdering" if style == "lejre" else "Vurdering", "assessment",
                              [("p", w.pick(C.ASSESSMENTS).format_map(facts))]))
        if w.chance(0.5 if style != "lemvig" else 1.0):
            heading = "Økonomiske og personalemæssige konsekvenser" if style == "slagelse" else "Økonomi"
            extras.append(Sec(heading, "economy", [w.economy(facts)]))
        attachments = self._attachments(spec, topic["attachments"])

        secs: list[Sec]
        if style == "lejre":
            secs = [*decision, summary, recommendation, *self._authority(), presentation, *extras,
                    *history_secs, *attachments]
        elif style == "lemvig":
            legal = Sec("Lovgrundlag", "legal_basis", [("p", w.pick(C.LEGAL))])
            policy = [Sec("Vision, politikker og strategier", "policy", [("p", w.pick(C.POLICY).format_map(facts))])] \
                if w.chance(0.5) else []
            secs = [summary, presentation, *self._authority(), legal, *policy, *extras, recommendation, *decision,
                    *attachments]
        elif style == "slagelse":
            tail = []
            if w.chance(0.4):
                tail.append(Sec("Retligt grundlag", "legal_basis", [("p", w.pick(C.LEGAL))]))
            if w.chance(0.4):
                tail.append(Sec("Handlemuligheder", "options", [("p", w.pick(C.OPTIONS))]))
            if w.chance(0.4):
                tail.append(Sec("Vurdering", "assessment", [("p", w.pick(C.ASSESSMENTS).format_map(facts))]))
            secs = [*self._authority(), summary, presentation, *tail, *extras]
            if w.chance(0.4):
                secs.append(Sec("Tværgående konsekvenser", "consequences", [("p", w.pick(C.CONSEQUENCES))]))
            secs += [recommendation, *decision, *attachments]
        else:
            secs = [summary, presentation, *extras, recommendation, *decision, *history_secs, *attachments]
        spec.sections = secs
        self._lemvig_trailer(spec)
        case.history.append(Treatment(self.day, self.body.name, self.period, spec.number, text, tuple(outcomes)))
        w.after(self.m, self.bi, case, self.day, action)
        return spec
