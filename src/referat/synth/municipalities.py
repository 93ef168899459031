"""The fictional municipalities: their names, layouts, bodies and the members seated in them.

Each municipality keeps one format and house style (:data:`LAYOUTS` in turn); its names never
collide with official municipality names, codes or towns.
"""

from __future__ import annotations

import random
from functools import cache

from . import content as C
from .dice import Dice
from .specs import BodyDef, Member, Municipality

#: House styles and the formats they are printed in (see :mod:`referat.synth.render`).
STYLES_BY_FORMAT = {"text": ("lejre", "lemvig", "slagelse", "albertslund"), "markdown": ("lejre", "albertslund"),
                    "html": ("portal",)}
FORMATS = ("text", "markdown", "html")
#: (format, house style) of the municipalities in turn: the first six already show every text style.
LAYOUTS = (("text", "lejre"), ("markdown", "lejre"), ("html", "portal"), ("text", "lemvig"), ("text", "slagelse"),
           ("text", "albertslund"), ("markdown", "albertslund"), ("html", "portal"))


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


def found_municipality(dice: Dice, index: int, name: str, code: int,
                       formats: tuple[str, ...]) -> Municipality:
    """The ``index``-th municipality: its layout, bodies, meeting days, hours and places."""
    rng = dice.rng
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
                              _location(rng, name, C.LOCATIONS)))
    bodies.append(BodyDef(C.FINANCE_COMMITTEE[0], C.FINANCE_COMMITTEE[1], "finance", 2, rng.randint(0, 2),
                          rng.choice(("08:00", "14:00", "15:00")), _location(rng, name, C.LOCATIONS)))
    bodies.append(BodyDef(council, "BY" if council == "Byrådet" else "KB", "council", 3, rng.randint(1, 3),
                          rng.choice(("17:00", "18:00", "19:00")), _location(rng, name, C.COUNCIL_LOCATIONS)))
    return Municipality(name=name, code=code, council=council, style=style, fmt=fmt, bodies=bodies,
                        pending=[[] for _ in bodies], case_form=index % 2, show_party=rng.random() < 0.6,
                        slug=slugify(name))


def _location(rng: random.Random, name: str, choices: tuple[str, ...]) -> str:
    return rng.choice(choices).replace("{k}", name).replace("{n}", str(rng.randint(1, 6)))


def person_name(dice: Dice, taken: set[str]) -> str:
    """A fictional person's name not in ``taken``; it is added there."""
    while True:
        first = dice.pick(C.FIRST_NAMES)
        middle = f" {dice.pick(C.MIDDLE_NAMES)}" if dice.chance(0.2) else ""
        name = f"{first}{middle} {dice.pick(C.LAST_NAMES)}"
        if name not in taken:
            taken.add(name)
            return name


def _party(dice: Dice) -> str:
    return dice.rng.choices(C.PARTIES, C.PARTY_WEIGHTS)[0]


def seat_members(dice: Dice, m: Municipality, period: str) -> None:
    """Seat the council and the committees for one election period."""
    council = m.bodies[-1]
    previous = next((council.members[p] for p in sorted(council.members, reverse=True)), None)
    taken: set[str] = set()
    seats = dice.pick((19, 21, 23, 25, 27, 29, 31))
    people: list[Member] = []
    if previous:
        for member in previous:
            if dice.chance(0.6) and len(people) < seats:
                people.append(Member(member.name, member.party))
                taken.add(member.name)
    while len(people) < seats:
        people.append(Member(person_name(dice, taken), _party(dice)))
    dice.rng.shuffle(people)
    mayor = people[0]
    council.members[period] = [Member(mayor.name, mayor.party, "Borgmester"),
                               *(Member(p.name, p.party) for p in people[1:])]
    for body in m.bodies[:-1]:
        if body.kind == "finance":
            chosen = [mayor, *dice.rng.sample(people[1:], dice.pick((6, 8, 10)))]
            body.members[period] = [Member(mayor.name, mayor.party, "Formand"),
                                    *(Member(p.name, p.party) for p in chosen[1:])]
        else:
            chosen = dice.rng.sample(people[1:], dice.pick((5, 5, 7, 7, 9)))
            body.members[period] = [Member(chosen[0].name, chosen[0].party, "Formand"),
                                    *(Member(p.name, p.party) for p in chosen[1:])]
