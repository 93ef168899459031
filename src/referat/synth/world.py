"""The simulated world behind the synthetic minutes: municipalities, bodies, members, meetings and cases.

:class:`World` walks the calendar month by month; every body of every municipality meets
(except in July) and each meeting becomes a :class:`MeetingSpec`: what the minutes say, in
the order a house style prints it. Cases travel between bodies: a committee recommends, the
finance committee passes it on, the council decides; a postponed case comes back at the next
meeting; status reports return months later under the same case number. Every treatment is
remembered and printed again as the case's course (*Sagens forløb*), as dated decisions or
as quoted earlier decisions, depending on the house style.

The specifications are plain data (:mod:`referat.synth.specs`); :mod:`referat.synth.render`
prints them and :mod:`referat.synth.truth` turns them into the :class:`referat.model.Meeting`
the parser should read back.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

from .agenda_items import ItemBuilder
from .cases import take_cases
from .corpus_plan import period_of, plan
from .dice import Dice
from .municipalities import FORMATS, STYLES_BY_FORMAT, fictional_names, found_municipality, seat_members, slugify
from .pools import economy_pool, topic_pools
from .prose import meeting_facts
from .specs import BodyDef, MeetingSpec, Member, Municipality


class World(Dice):
    """The calendar walk that yields one :class:`MeetingSpec` per meeting until ``items`` items are made."""

    def __init__(self, items: int, seed: int, formats: tuple[str, ...]) -> None:
        unknown = [f for f in formats if f not in STYLES_BY_FORMAT]
        if unknown or not formats:
            raise ValueError(f"formats must be among {', '.join(FORMATS)}; got {', '.join(formats) or 'none'}")
        self.items = items
        super().__init__(seed)
        count, self.first_year = plan(items)
        self.municipalities = [found_municipality(self, i, name, code, formats)
                               for i, (name, code) in enumerate(fictional_names(count))]
        self.pools = topic_pools()
        self.economy_sentences = economy_pool()

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

    # --- one meeting -----------------------------------------------------------------------
    def _meeting(self, m: Municipality, bi: int, day: date, room: int) -> MeetingSpec:
        body = m.bodies[bi]
        period = period_of(day)
        if period not in body.members:
            seat_members(self, m, period)
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
        facts = meeting_facts(self, m, body, day)
        count = min(self.between(6, 12), room)
        items = self._plan_items(m, bi, day, count)
        ctx = ItemBuilder(self, m, bi, body, day, period, facts, absent, substitutes, members)
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
        cases = take_cases(self, m, bi, day, topical)
        middle: list[tuple[str, object]] = [("case", case) for case in cases]
        middle = closed + middle if closed and self.chance(0.5) else middle + closed
        return (head + middle + tail)[:count]
