"""The cases of the synthetic world: their numbers, how they arise, what a body decides and where they go next.

Cases travel between bodies: a committee recommends, the finance committee passes it on, the
council decides; a postponed case comes back at the next meeting; status reports return months
later under the same case number.
"""

from __future__ import annotations

from datetime import date, timedelta

from .dice import Dice
from .phrases import APPROVED, COUNCIL_APPROVED, DISCUSSED, NOTED, POSTPONED, RECOMMENDED, REJECTED, WITHDRAWN
from .prose import meeting_facts
from .specs import BodyDef, Case, Municipality
from .topics import TOPICS


def case_number(dice: Dice, m: Municipality, day: date, kle: str) -> tuple[str, bool]:
    """A new case number in the municipality's form, and whether it is printed with a label."""
    yy = day.year % 100
    style = m.style
    if style == "slagelse":
        key: object = ("s", day.year)
        m.serial[key] = m.serial.get(key, dice.between(1000, 4000)) + dice.between(5, 400)
        return f"{m.code}-{day.year}-{m.serial[key]}", True
    if style in ("lemvig", "albertslund") or (style == "portal" and m.case_form):
        facet = dice.pick(("A00", "A00", "A00", "G01", "I02", "Ø00", "A08"))
        key = (kle, facet, yy)
        m.serial[key] = m.serial.get(key, 0) + 1
        dash = "-" if style != "lemvig" else ""
        return f"{kle}{dash}{facet}-{m.serial[key]}-{yy:02d}", style == "portal"
    if style == "portal":
        key = ("p", yy)
        m.serial[key] = m.serial.get(key, dice.between(100, 900)) + dice.between(1, 60)
        return f"{yy:02d}/{m.serial[key]}", True
    key = ("l", yy)
    m.serial[key] = m.serial.get(key, dice.between(50, 600)) + dice.between(1, 80)
    return f"{yy:02d}-{m.serial[key]:06d}", False


def doc_number(dice: Dice, m: Municipality, day: date) -> str:
    """A new document number (``Dok.nr.``) of the municipality."""
    key = ("d", day.year)
    m.serial[key] = m.serial.get(key, dice.between(20000, 60000)) + dice.between(10, 900)
    return f"{m.code}-{day.year}-{m.serial[key]}"


def take_cases(dice: Dice, m: Municipality, bi: int, day: date, count: int) -> list[Case]:
    """``count`` cases for body ``bi`` on ``day``: the pending ones that are due, then new ones."""
    pending = m.pending[bi]
    due = [case for case in pending if case.due <= day][:count]
    for case in due:
        pending.remove(case)
    body = m.bodies[bi]
    while len(due) < count:
        due.append(_new_case(dice, m, bi, body, day))
    return due


def _new_case(dice: Dice, m: Municipality, bi: int, body: BodyDef, day: date) -> Case:
    if body.kind == "committee":
        index = int(dice.random() * len(TOPICS))
        kind = dice.pick(TOPICS[index]["kinds"])
    else:
        index = int(dice.random() * len(TOPICS))
        kind = "C"
    topic = TOPICS[index]
    facts = meeting_facts(dice, m, body, day)
    title = dice.pick(topic["titles"]).format_map(facts)
    number, _ = case_number(dice, m, day, str(topic["kle"]))
    recs_by_kind: dict[str, tuple[str, ...]] = topic["recs"]
    rec_kind = kind if kind in recs_by_kind else ("B" if kind == "C" and "B" in recs_by_kind else "O")
    recs = [r.format_map(facts) for r in recs_by_kind[rec_kind]]
    if kind == "C":  # the council decides what a committee would otherwise decide itself
        recs = [r.replace("at udvalget ", f"at {m.council} ", 1) for r in recs]
    if kind == "O" and "D" in recs_by_kind and dice.chance(0.15):
        recs.append(recs_by_kind["D"][0].format_map(facts))
    path: list[int] = []
    if kind == "C":
        finance = next(i for i, b in enumerate(m.bodies) if b.kind == "finance")
        path = [i for i in (finance, len(m.bodies) - 1) if i > bi]
    return Case(number=number, topic=index, title=title, kind=kind, recs=recs, path=path,
                due=day, history=[])


def decide(dice: Dice, m: Municipality, bi: int, case: Case) -> tuple[str, list[str], str]:
    """(decision text, outcomes, what happens next: done | again | forward | recur)."""
    kind = m.bodies[bi].kind
    r = dice.random()
    if len(case.recs) == 2 and case.kind == "O":
        return "Ad. 1) Taget til efterretning\nAd. 2) Drøftet", ["noted", "discussed"], "done"
    if case.kind == "C" and case.path:
        if r < 0.07:
            return dice.pick(POSTPONED), ["postponed"], "again"
        if r < 0.09 and kind == "committee":
            return dice.pick(REJECTED), ["rejected"], "done"
        return dice.pick(RECOMMENDED), ["recommended"], "forward"
    if case.kind == "C" or (case.kind == "B" and kind != "committee"):
        if r < 0.04:
            return dice.pick(POSTPONED), ["postponed"], "again"
        if r < 0.09:
            return "Forslaget blev forkastet.", ["rejected"], "done"
        return dice.pick(COUNCIL_APPROVED), ["approved"], "done"
    if case.kind == "B":
        if r < 0.07:
            return dice.pick(POSTPONED), ["postponed"], "again"
        if r < 0.10:
            return dice.pick(WITHDRAWN), ["withdrawn"], "done"
        if r < 0.15:
            return dice.pick(REJECTED), ["rejected"], "done"
        return dice.pick(APPROVED), ["approved"], "done"
    if case.kind == "D":
        if r < 0.05:
            return dice.pick(POSTPONED), ["postponed"], "again"
        return dice.pick(DISCUSSED), ["discussed"], "recur" if r > 0.85 else "done"
    if r < 0.03:
        return dice.pick(POSTPONED), ["postponed"], "again"
    return dice.pick(NOTED), ["noted"], "recur" if r > 0.75 else "done"


def send_on(dice: Dice, m: Municipality, bi: int, case: Case, day: date, action: str) -> None:
    """Send the case on: back to the same body, to the next body, or back months later."""
    if action == "done":
        return
    if action == "forward" and case.path:
        target = case.path.pop(0)
        case.due = day + timedelta(days=1)
    elif action == "again":
        target, case.due = bi, day + timedelta(days=1)
    else:
        target, case.due = bi, day + timedelta(days=dice.between(55, 130))
        case.title = dice.pick(TOPICS[case.topic]["titles"]).format_map(
            meeting_facts(dice, m, m.bodies[bi], case.due))
    pending = m.pending[target]
    if len(pending) >= 40:
        pending.pop(0)
    pending.append(case)
