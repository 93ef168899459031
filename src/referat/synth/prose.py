"""The text of the synthetic minutes: template facts, paragraphs, tables of figures, economy lines."""

from __future__ import annotations

from datetime import date

from . import content as C
from .dice import Dice
from .pools import danish_decimal, danish_int
from .specs import Block, BodyDef, Municipality


def meeting_facts(dice: Dice, m: Municipality, body: BodyDef, day: date) -> dict[str, str]:
    """The facts sentence templates are filled with for one meeting of ``body`` on ``day``."""
    nxt = day.month % 12
    return {"k": m.name, "y": str(day.year), "ny": str(day.year + 1), "ny3": str(day.year + 4),
            "py": str(day.year - 1), "month": C.MONTHS[day.month - 1], "next_month": C.MONTHS[nxt],
            "u": body.name, "council": m.council, "a": "4", "b": "3", "n": str(dice.between(5, 60)),
            "m": danish_decimal(dice.between(4, 400) / 10)}


def paragraphs(dice: Dice, pool: tuple[str, ...], count: int, facts: dict[str, str],
               most: int = 3) -> list[Block]:
    """``count`` paragraphs of 1..``most`` sentences from ``pool`` (no sentence twice), facts filled in."""
    sizes = [1 + int(dice.random() * most) for _ in range(count)]
    chosen = dice.rng.sample(pool, min(sum(sizes), len(pool)))
    out: list[Block] = []
    at = 0
    for size in sizes:
        if at >= len(chosen):
            break
        out.append(("p", " ".join(chosen[at:at + size]).format_map(facts)))
        at += size
    return out


def figures_table(dice: Dice, kind: str, day: date) -> Block:
    """A table with Danish-formatted numbers, with its caption."""
    years = [str(day.year - 3 + i) for i in range(3)]
    between = dice.between
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
            ["Samtaler", danish_decimal(between(700, 950) / 10), "80,0", dice.pick(status)],
            ["Aktiv indsats", danish_decimal(between(600, 900) / 10), "80,0", dice.pick(status)],
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


def economy_paragraph(dice: Dice, sentences: tuple[str, ...], facts: dict[str, str]) -> Block:
    """One economy paragraph."""
    return ("p", dice.pick(sentences).format_map(facts))
