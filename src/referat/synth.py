"""Synthetic minutes of fictional municipalities, in the layouts the parser reads, at any size.

Used by ``referat demo`` and the benchmarks. Deterministic for a seed; streams documents
so a million agenda items need no more memory than ten. Cases recur across meetings and
bodies, with their course (*Sagens forløb*) printed as real minutes do.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

MUNICIPALITIES = (
    ("Nordfjord", 901, "Fjordby"), ("Skovlund", 902, "Skovlund"), ("Havbjerg", 903, "Havbjerg"),
    ("Egedalsby", 904, "Egeby"), ("Lyngmose", 905, "Lyngmose"), ("Solbjerg", 906, "Solbjerg"),
    ("Vesterå", 907, "Vesterå"), ("Bakkedal", 908, "Bakkedal"),
)
BODIES = ("Udvalget for Job og Beskæftigelse", "Social- og Sundhedsudvalget", "Økonomiudvalget",
          "Børne- og Ungeudvalget")
PREFIXES = {"Udvalget for Job og Beskæftigelse": "JB", "Social- og Sundhedsudvalget": "SSU",
            "Økonomiudvalget": "ØK", "Børne- og Ungeudvalget": "BU"}
FIRST = ("Anne", "Mette", "Lars", "Jens", "Karin", "Ahmad", "Birgitte", "Søren", "Hanne", "Mikkel", "Lene", "Ole",
         "Fatima", "Thomas", "Ida", "Rasmus", "Signe", "Bjørn", "Tove", "Jørgen")
LAST = ("Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen", "Rasmussen",
        "Mølgaard", "Kjær", "Holm", "Friis", "Lund", "Dahl", "Bech", "Krogh", "Vestergaard", "Østergaard", "Ærø")
PARTIES = ("A", "B", "C", "F", "I", "K", "M", "O", "V", "Ø", "Å", "Æ")
TOPICS = (
    ("Status på skærpet tilsyn", "Jobcenteret er under skærpet tilsyn, fordi for få ledige har fået en aktiv indsats."),
    ("Beskæftigelsesreformen 2025", "Beskæftigelsesreformen forenkler målgrupperne og afskaffer mange proceskrav."),
    ("Voksenlærlinge og opkvalificering", "Flere ufaglærte ledige skal uddannes som voksenlærlinge i virksomhederne."),
    ("Flygtninge og familiesammenførte i job", "Flygtningene og de familiesammenførte skal hurtigere i arbejde."),
    ("Virksomhedspraktikker og løntilskud", "Virksomhedspraktikker og løntilskud bruges til at bringe ledige i job."),
    ("Sygedagpenge og tidlig indsats", "Sygemeldte borgere på sygedagpenge får en tidligere og mere samlet indsats."),
    ("Ungeindsatsen og uddannelsespålæg", "Unge uden uddannelse får et uddannelsespålæg og en fast kontaktperson."),
    ("Samarbejde med a-kasserne", "A-kasserne overtager kontaktforløbet i de første måneder af ledigheden."),
    ("Fleksjob og førtidspension", "Flere borgere i fleksjob skal have flere timer, og færre skal på førtidspension."),
    ("Integrationsgrunduddannelse (IGU)", "IGU-forløbene kombinerer løn, praktik og skoleundervisning for flygtninge."),
    ("Nytteindsats for jobparate", "Nytteindsatsen giver jobparate kontanthjælpsmodtagere en arbejdsrytme."),
    ("Budget 2026-2029 på beskæftigelsesområdet", "Budgettet for beskæftigelsesområdet er presset af flere ledige."),
    ("Ledighedsudvikling og nøgletal", "Ledigheden er faldet, men langtidsledigheden er steget en smule."),
    ("Rekruttering til ældreplejen", "Ældreplejen mangler social- og sundhedsassistenter, og ledige opkvalificeres."),
    ("Mentorstøtte til udsatte ledige", "Mentorstøtten hjælper udsatte ledige med misbrug og psykiske vanskeligheder."),
)
FILLER = ("Administrationen vurderer, at indsatsen kan gennemføres inden for den eksisterende ramme.",
          "Erfaringerne fra andre kommuner viser, at en tidlig og virksomhedsrettet indsats virker.",
          "Sagen har været drøftet med de faglige organisationer og med handicaprådet.",
          "Der følges op på resultaterne hvert kvartal i ledelsesinformationen.",
          "Borgerne inddrages gennem dialogmøder og en digital høring.",
          "Indsatsen evalueres efter et år, og udvalget orienteres om resultaterne.")
DECISIONS = (("Godkendt.", "approved"), ("Taget til efterretning.", "noted"), ("Drøftet.", "discussed"),
             ("Udsat.", "postponed"), ("Indstillingen godkendt.", "approved"), ("Anbefales.", "recommended"),
             ("Ikke godkendt.", "rejected"))
MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
          "november", "december")
WEEKDAYS = ("Mandag", "Tirsdag", "Onsdag", "Torsdag", "Fredag", "Lørdag", "Søndag")


@dataclass
class _Member:
    name: str
    party: str


def _members(rng: random.Random, count: int) -> list[_Member]:
    names: set[str] = set()
    while len(names) < count:
        names.add(f"{rng.choice(FIRST)} {rng.choice(LAST)}")
    return [_Member(name, rng.choice(PARTIES)) for name in sorted(names)]


def _case_number(rng: random.Random, year: int) -> str:
    return f"{year % 100:02d}-{rng.randint(1, 99999):06d}"


def _render(municipality: str, town: str, body: str, when: date, members: list[_Member], items: list[str],
            rng: random.Random) -> str:
    period = "2022-2025" if when.year >= 2022 else "2018-2021"
    absent = rng.choice(members) if rng.random() < 0.3 else None
    present = [m for m in members if m is not absent]
    head = [
        f"REFERAT {body} - {period} d. {when:%d-%m-%Y}", "",
        f"Mødedato {WEEKDAYS[when.weekday()]} d. {when.day:02d}. {MONTHS[when.month - 1]} {when.year} kl. 16:00", "",
        f"Mødested {town} Rådhus, Mødelokale {rng.randint(1, 4)}", "",
        "Mødedeltagere " + ", ".join(f"{m.name} ({m.party})" for m in present), "",
    ]
    if absent:
        head += [f"Fraværende {absent.name} ({absent.party})", ""]
    return "\n".join(head + items) + "\n"


def _item(number: int, body: str, topic: tuple[str, str], case: str, history: list[tuple[date, str, str]],
          rng: random.Random, municipality: str) -> tuple[str, int]:
    prefix = PREFIXES[body]
    title, lead = topic
    if rng.random() < 0.04:
        return "\n".join([f"Punkt {number}: Lukket: {prefix} - {title}", "", case, ""]), 1
    decision, _ = rng.choice(DECISIONS)
    lines = [f"Punkt {number}: {prefix} - {title}", "", case, "", "Resumé", "", f"{lead} {rng.choice(FILLER)}", "",
             "Indstilling", "", "Direktionen indstiller:", "", "1. at udvalget godkender indstillingen", "",
             "Sagsfremstilling", "", f"I {municipality} Kommune er {lead[0].lower()}{lead[1:]}", "",
             " ".join(rng.sample(FILLER, 3)), ""]
    if rng.random() < 0.3:
        lines += ["Økonomi", "", f"Udgiften er {rng.randint(1, 9)}.{rng.randint(100, 999)}.000 kr. om året.", ""]
    if rng.random() < 0.2:
        lines += [f"År\t{2023}\t{2024}", f"Ledige\t{rng.randint(100, 999)}\t{rng.randint(100, 999)}", ""]
    lines += ["Beslutning", "", decision, ""]
    if history:
        lines += ["Sagens forløb", ""]
        for when, hbody, htext in history:
            lines += [f"{when:%d-%m-%Y} {hbody} - 2022-2025", "", htext, ""]
    if rng.random() < 0.5:
        lines += ["Bilag", "", f"Notat om {title.lower()}", ""]
    return "\n".join(lines), 1


def iter_minutes(items: int, seed: int = 0) -> Iterator[tuple[str, bytes]]:
    """(file name, document bytes) of synthetic minutes holding ``items`` agenda items in all."""
    rng = random.Random(seed)
    made = 0
    meeting = 0
    councils = {name: {body: _members(rng, 7) for body in BODIES} for name, _, _ in MUNICIPALITIES}
    open_cases: dict[str, list[tuple[str, str, list[tuple[date, str, str]]]]] = {n: [] for n, _, _ in MUNICIPALITIES}
    start = date(2019, 1, 7)
    while made < items:
        name, _code, town = MUNICIPALITIES[meeting % len(MUNICIPALITIES)]
        body = BODIES[(meeting // len(MUNICIPALITIES)) % len(BODIES)]
        when = start + timedelta(days=28 * (meeting // (len(MUNICIPALITIES) * len(BODIES))) + meeting % 5)
        count = min(rng.randint(6, 12), items - made)
        blocks = [f"Punkt 1: {PREFIXES[body]} - Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n"]
        for number in range(2, count + 1):
            cases = open_cases[name]
            if cases and rng.random() < 0.35:
                case, title, history = cases.pop(rng.randrange(len(cases)))
                topic = next((t for t in TOPICS if t[0] == title), TOPICS[0])
            else:
                topic = rng.choice(TOPICS)
                case, history = _case_number(rng, when.year), []
            block, _ = _item(number, body, topic, case, history, rng, name)
            blocks.append(block)
            if rng.random() < 0.25 and len(cases) < 50:
                cases.append((case, topic[0], [*history, (when, body, rng.choice(DECISIONS)[0])]))
        made += count
        text = _render(name, town, body, when, councils[name][body], blocks, rng)
        yield f"{name.lower()}/{when:%Y-%m-%d}-{meeting:07d}.txt", text.encode("utf-8")
        meeting += 1


def generate_corpus(out_dir: Path, items: int, seed: int = 0) -> list[Path]:
    """Write synthetic minutes holding ``items`` agenda items under ``out_dir``; the files written."""
    written = []
    for name, data in iter_minutes(items, seed):
        path = out_dir / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        written.append(path)
    return written
