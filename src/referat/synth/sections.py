"""The sections of an agenda item in its municipality's house style.

Titles, decisions with their attendance lines, votes, the case's course (*Sagens forløb*, dated
decisions or quoted earlier decisions, depending on the house style), recommendations, the
deciding authority and attachments.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from . import content as C
from .cases import case_number
from .municipalities import person_name
from .specs import Block, BodyDef, Case, ItemSpec, Member, Municipality, Sec

if TYPE_CHECKING:
    from .world import World


def add_absent(into: list[tuple[str, str | None]], name: str, party: str | None) -> None:
    """Record an absence once per name, keeping a party letter from any mention."""
    for i, (known, known_party) in enumerate(into):
        if known.casefold() == name.casefold():
            into[i] = (known, known_party or party)
            return
    into.append((name, party))


def _long_date(day: date) -> str:
    return f"{day.day}. {C.MONTHS[day.month - 1]} {day.year}"


class MeetingSections:
    """One meeting being written: its facts and attendance, and the sections its items are made of."""

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
            self.m.standing[k] = case_number(self.w, self.m, self.day, kle)[0]
        return self.m.standing[k]

    def _attendance_lines(self, spec: ItemSpec) -> list[Block]:
        """Absence, substitute and official lines printed with a decision, recorded in the spec."""
        out: list[Block] = []
        w = self.w
        if self.absent and self.style == "lemvig":
            names = [p.name for p in self.absent]
            out.append(("p", f"{' og '.join(names)} deltog ikke i sagens behandling."))
            for name in names:
                add_absent(spec.absent, name, None)
        elif self.absent and self.style == "albertslund":
            for p in self.absent:
                out.append(("p", f"{p.name} ({p.party}) deltog ikke i mødet"))
                add_absent(spec.absent, p.name, p.party)
        if self.first_open and self.substitutes:
            name, party, role = self.substitutes[0]
            out.append(("p", f"{name} ({party}) deltog som {role}."))
            spec.substitutes.append((name, party, role))
            add_absent(spec.absent, self.absent[0].name, self.absent[0].party)  # the member the substitute stood in for
        if self.item_absence and w.chance(0.06):
            self.item_absence = False  # once a meeting, so it never looks like a meeting absence
            present = [p for p in self.members if p not in self.absent][1:]
            if present:
                who = w.pick(present)
                wording = "deltog ikke i behandlingen af punktet" if self.style != "lemvig" else \
                    "deltog ikke i sagens behandling"
                out.append(("p", f"{who.name} ({who.party}) {wording}."))
                add_absent(spec.absent, who.name, who.party)
        if w.chance(0.05):
            title, unit = w.pick(C.OFFICIALS)
            name = person_name(w, set())
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
                add_absent(spec.absent, p.name, p.party)
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
