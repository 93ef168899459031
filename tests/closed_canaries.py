"""Minutes of a fictional municipality with one closed item per closing marker and form.

Every closed item's body holds canaries: words, a case number, people and places found nowhere
else. None of them may reach any output; only the item's number, title and the case number
under its heading may.
"""

from __future__ import annotations

from dataclasses import dataclass

from referat.vocab import CLOSED_MARKERS

#: Every canary word starts with this; no Danish word does.
CANARY = "zqx"
#: The canary places: a real municipality and one of its towns, named only in closed bodies.
CANARY_PLACES = ("Vejle", "Jelling")
#: The prefix of every canary case number (municipality code 630 is Vejle's).
CANARY_CASE = "630-2019-77"


#: How a marker stands in the heading: ``{m}`` is the marker, ``{t}`` the title. (form, with title?)
TITLE_FORMS: tuple[tuple[str, bool], ...] = (
    ("{m}: {t}", True), ("{m} - {t}", True), ("{m} – {t}", True), ("{m} — {t}", True), ("{m}. {t}", True),
    ("({m}) {t}", True), ("[{m}] {t}", True),
    ("{t} - {m}", True), ("{t} – {m}", True), ("{t} — {m}", True), ("{t} ({m})", True), ("{t} [{m}]", True),
    ("{m}", False), ("{m}:", False), ("({m})", False),
)
#: How a marker stands around the item number, the whole heading line: ``{m}`` the marker, ``{n}`` the number,
#: ``{t}`` the title.
LEAD_FORMS: tuple[str, ...] = ("{m} {n}. {t}", "({m}) {n}. {t}", "[{m}] Punkt {n}: {t}", "{m} - {n}. {t}",
                               "{m}: {n}. {t}", "{M} {n}. {t}", "Punkt {n} ({m}): {t}")
#: How a marker stands as a status line under a titled heading.
STATUS_FORMS: tuple[str, ...] = ("{m}", "({m})", "[{m}]", "{m}.", "{m}:")


@dataclass
class ClosedCase:
    """One closed item of the document: its number, heading, status line and what must show."""

    number: int
    heading: str
    status: str | None
    title: str | None
    case_number: str
    line: str | None = None  # the whole heading line, when the marker stands around the number


def _cap(marker: str) -> str:
    return marker[0].upper() + marker[1:]


def closed_cases() -> list[ClosedCase]:
    """Every marker of the vocabulary in every title form and every status form, numbered from 2."""
    cases: list[ClosedCase] = []
    number = 2
    for marker in CLOSED_MARKERS:
        m = _cap(marker)
        for form, titled in TITLE_FORMS:
            title = f"Ejendomshandel nummer {number}"
            cases.append(ClosedCase(number, form.format(m=m, t=title), None, title if titled else None,
                                    f"24-5{number:05d}"))
            number += 1
        if " " in marker:  # a phrase in capitals after the title needs no separator: "... LUKKET SAG"
            title = f"Ejendomshandel nummer {number}"
            cases.append(ClosedCase(number, f"{title} {marker.upper()}", None, title, f"24-5{number:05d}"))
            number += 1
        for lead in LEAD_FORMS:
            title = f"Ejendomshandel nummer {number}"
            line = lead.format(m=m, M=marker.upper(), n=number, t=title)
            cases.append(ClosedCase(number, line, None, title, f"24-5{number:05d}", line=line))
            number += 1
        for status in STATUS_FORMS:
            title = f"Ejendomshandel nummer {number}"
            cases.append(ClosedCase(number, title, status.format(m=m), title, f"24-5{number:05d}"))
            number += 1
    # Written as in the documents: an en dash inside the phrase, no dash, a colon after it.
    for heading in ("Til behandling – for lukkede døre", "Til behandling for lukkede døre:",
                    "Til behandling - for lukkede døre"):
        cases.append(ClosedCase(number, heading, None, None, f"24-5{number:05d}"))
        number += 1
    return cases


def _closed_body(case: ClosedCase) -> list[str]:
    n = case.number
    lines = [case.line or f"Punkt {n}: {case.heading}", ""]
    if case.status:
        lines += [case.status, ""]
    lines += [
        f"Sagsnr.: {case.case_number}", "",
        "Resumé",
        f"Zqxkanarie{n} gælder ejendommen i Jelling, som Vejle Kommune ejer. Sagsbehandler Ole Zqxmadsen.", "",
        f"Sagsnr.: {CANARY_CASE}{n:03d}", "",
        "Sagsfremstilling",
        "Rådhuset i Jelling har modtaget et tilbud fra Vibeke Zqxhansen. Jobcenter Vejle er hørt.", "",
        "Vibeke Zqxhansen (V) deltog ikke i mødet.", "",
        "Indstilling",
        f"at zqxtilbud{n} godkendes", "",
        "Beslutning",
        "Godkendt. Bjarne Zqxlund (A) deltog ikke i behandlingen af sagen.",
        "For stemte: A, V",
        "Imod stemte: Zqxpartiet", "",
        "Bilag",
        f"- Zqxbilag {n}", "",
    ]
    return lines


HEADER = """Solbjerg Kommune
Plan- og Boligudvalget

REFERAT

Dato: 5. marts 2025
Tidspunkt: Kl. 16:00
Lokale: Mødelokale 2, Solbjerg Rådhus

Medlemmer
Formand Jens Aagaard (A)
Næstformand Lise Dahl (V)
Hassan Nouri (F)

"""


def canary_minutes() -> str:
    """The whole document: an open item, every closed item, an open item at the end."""
    cases = closed_cases()
    lines = [HEADER, "Punkt 1: Godkendelse af dagsorden", "", "Sagsnr.: 25/100", "", "Beslutning",
             "Godkendt. Hammer & Søn får tilladelse til stadepladsen.", ""]
    for case in cases:
        lines += _closed_body(case)
    last = cases[-1].number + 1
    lines += [f"Punkt {last}: Eventuelt", "", "Beslutning", "Intet.", "", "Mødet sluttede kl. 18:05.", ""]
    return "\n".join(lines)


def leaks(text: str) -> list[str]:
    """The canaries found in ``text`` (empty when there are none)."""
    lowered = text.casefold()
    found = [CANARY] if CANARY in lowered else []
    found += [place for place in CANARY_PLACES if place.casefold() in lowered]
    found += [CANARY_CASE] if CANARY_CASE in text else []
    return found
