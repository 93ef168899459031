"""Complete minutes of the fictional Solbjerg Kommune, one per publishing-system style.

Every expected value below is read off the fixture document it tests (tests/fixtures/).
The documents cover the layout variants the seed minutes lack: a web-portal page, ``Sag nr.``
items, a council's committee chain, Markdown with HTML fragments, other encodings and line
ends, a document cut off mid-item, and input that is not minutes at all.
"""

from __future__ import annotations

import codecs
import random
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from referat.errors import InputError
from referat.model import AgendaItem, Meeting, Person
from referat.parse import parse_document

FIXTURES = Path(__file__).parent / "fixtures"


@cache
def _parse(name: str) -> Meeting:
    """Each fixture is parsed once; the tests only read the result."""
    path = FIXTURES / name
    return parse_document(path.read_bytes(), path=str(path))


def _people(people: list[Person]) -> list[tuple[str, str | None, str | None]]:
    return [(p.name, p.party, p.role) for p in people]


def _names(people: list[Person]) -> list[tuple[str, str | None]]:
    return sorted((p.name, p.party) for p in people)


def _item(meeting: Meeting, number: int) -> AgendaItem:
    found = [item for item in meeting.items if item.number == number]
    assert len(found) == 1, f"expected one item {number}, got {[i.number for i in meeting.items]}"
    return found[0]


def _overview(meeting: Meeting) -> list[tuple[Any, ...]]:
    return [(i.number, i.title, i.closed, i.prefix, i.item_type, i.case_numbers, i.document_numbers)
            for i in meeting.items]


def _kinds(item: AgendaItem) -> list[str]:
    return [s.kind for s in item.sections]


def _section_text(item: AgendaItem, kind: str) -> str:
    return "\n\n".join(s.text for s in item.sections if s.kind == kind)


def _decisions(item: AgendaItem) -> list[tuple[str | None, str | None, list[str]]]:
    return [(d.body, d.date, d.outcomes) for d in item.decisions]


def _header(m: Meeting) -> tuple[str | None, ...]:
    return (m.source.format, m.kind, m.municipality, m.body, m.period, m.date, m.start_time, m.end_time, m.location)


#: (participants as (name, party, role), meeting-level absent as (name, party), substitutes as (name, party)).
Attendance = tuple[list[tuple[str, str | None, str | None]], list[tuple[str, str | None]], list[tuple[str, str | None]]]


def _attendance(m: Meeting) -> Attendance:
    return _people(m.participants), _names(m.absent), _names(m.substitutes)


def _assert_bare_closed(item: AgendaItem) -> None:
    """A closed item publishes its number, title and case numbers, nothing else."""
    assert item.closed
    assert (item.sections, item.recommendations, item.decisions, item.votes, item.attachments) == ([], [], [], [], [])
    assert (item.absent, item.present, item.substitutes, item.history, item.tables) == ([], [], [], [], [])
    assert item.document_numbers == []


# --- every document's header ---------------------------------------------------------------------------------------

#: (format, kind, municipality, body, period, date, start_time, end_time, location), as each document prints them.
#: Solbjerg is not an official municipality: "Solbjerg Kommune" and "Solbjerg Rådhus" must still name it.
HEADERS: dict[str, tuple[str | None, ...]] = {
    # UDVALG / MØDE / STED / STARTTIDSPUNKT 17-09-2020 16:00:00 / SLUTTIDSPUNKT 17-09-2020 18:25:00
    "portal.html": ("html", "referat", "Solbjerg", "Klima- og Miljøudvalget", None, "2020-09-17", "16:00", "18:25",
                    "Mødelokale 3, Solbjerg Rådhus"),
    # Dato: 29. januar 2020 / Tidspunkt: Kl. 19:00 / Lokale: ...
    "sagnr.txt": ("text", "referat", "Solbjerg", "Plan- og Boligudvalget", None, "2020-01-29", "19:00", None,
                  "Mødelokale 2, Solbjerg Rådhus"),
    # Dato: 22.04.2021, kl. 17:30 / Mødested: Microsoft Teams / ... Mødet hævet kl. 20.05.
    "chain.txt": ("text", "referat", "Solbjerg", "Byrådet", None, "2021-04-22", "17:30", "20:05", "Microsoft Teams"),
    # # **REFERAT Børne- og Skoleudvalget - 2022-2025 d. 07-11-2023** / <b>Mødedato</b> ... kl. 16:00
    "markdown_variant.md": ("markdown", "referat", "Solbjerg", "Børne- og Skoleudvalget", "2022-2025", "2023-11-07",
                            "16:00", None, "Solbjerg Rådhus, Rådhustorvet 1, 9999 Solbjerg - Mødelokale Åen"),
    # DAGSORDEN Social- og Sundhedsudvalget - 2022-2025 d. 12-09-2023 / Mødedato ... kl. 15:00
    "truncated.txt": ("text", "dagsorden", "Solbjerg", "Social- og Sundhedsudvalget", "2022-2025", "2023-09-12",
                      "15:00", None, "Solbjerg Rådhus - Mødelokale Fjorden"),
}


@pytest.mark.parametrize("name", list(HEADERS))
def test_header(name: str) -> None:
    assert _header(_parse(name)) == HEADERS[name]


PEOPLE: dict[str, Attendance] = {
    # MEDLEMMER lists five; Søren Krogh sent apologies (AFBUD), so four took part.
    "portal.html": ([("Mette Lund", "A", "Formand"), ("Rasmus Holt", "V", "Næstformand"),
                     ("Signe Thygesen", "B", None), ("Ib Kristoffersen", "C", None)],
                    [("Søren Krogh", "V")], []),
    # Medlemmer lists six; "Afbud fra: Tom Bech (V)"; Kaj Mikkelsen (V) substituted for him.
    "sagnr.txt": ([("Jens Aagaard", "A", "Formand"), ("Lise Dahl", "V", "Næstformand"), ("Hassan Nouri", "F", None),
                   ("Merete Skov", "C", None), ("Birgit Lauridsen", "Ø", None)],
                  [("Tom Bech", "V")], [("Kaj Mikkelsen", "V")]),
    # No member list; "Ulla Brandt (Ø) deltog ikke i mødet" under every item; item 48's "Fraværende:" is its own.
    "chain.txt": ([], [("Ulla Brandt", "Ø")], []),
    # Mødedeltagere without party letters; Kirsten Bundgaard missed only item 4.
    "markdown_variant.md": ([("Sanne Vinther", None, None), ("Mikkel Thorsen", None, None),
                             ("Pernille Gade", None, None), ("Ali Haidari", None, None),
                             ("Kirsten Bundgaard", None, None), ("Lars Riis", None, None)], [], []),
    "truncated.txt": ([("Hanne Ravn", None, None), ("Klaus Vestergaard", None, None), ("Amira Saleh", None, None),
                       ("Poul Brink", None, None), ("Dorte Hjort", None, None)], [], []),
}


@pytest.mark.parametrize("name", list(PEOPLE))
def test_people(name: str) -> None:
    assert _attendance(_parse(name)) == PEOPLE[name]


def test_sagnr_substitute_says_for_whom() -> None:
    substitutes = _parse("sagnr.txt").substitutes
    assert len(substitutes) == 1
    role = substitutes[0].role or ""
    assert "suppleant" in role and "Tom Bech" in role


#: (number, title, closed, prefix, item_type, case_numbers, document_numbers) of every item, in order.
ITEMS: dict[str, list[tuple[Any, ...]]] = {
    "portal.html": [
        # Numbers run on through the year (49, 50, ...); "Lukket punkt:" keeps its title and case number.
        (49, "Godkendelse af dagsorden", False, None, None, ["20/4102"], []),
        (50, "Status på klimahandleplanen 2020", False, None, None, ["20/3377"], []),
        (51, "Ny ordning for indsamling af haveaffald", False, None, None, ["20/2950"], []),
        (52, "Erstatningskrav vedrørende skade på kloakledning", True, None, None, ["20/3811"], []),
        (53, "Eventuelt", False, None, None, [], []),
    ],
    "sagnr.txt": [
        # "Sag nr. 212" with the title on the next line or after a colon; "Sag 999-..." and "Sagsnr.: 20/112" numbers;
        # "Til behandling - for lukkede døre" leaves no title.
        (212, "Godkendelse af dagsorden", False, None, None, ["20/112"], []),
        (213, "Lokalplan nr. 1047 for boliger ved Engvej – endelig vedtagelse", False, None, None,
         ["999-2019-4417"], []),
        (214, "Orientering om den boligsociale helhedsplan for Vestbyen", False, None, None, ["19/3315"], []),
        (215, "Meddelelser", False, None, None, ["20/15"], []),
        (216, None, True, None, None, ["19/2231"], []),
        (217, "Forkøbsret til ejendom i Vestbyen", True, None, None, ["19/2304"], []),
    ],
    "chain.txt": [
        # Numbered headings confirmed by the contents, whose line for item 50 is cut off mid-title.
        (45, "Godkendelse af dagsorden", False, None, None, ["21/455"], []),
        (46, "Anlæg af cykelsti langs Fjordvej", False, None, None, ["20/6631"], ["21/14552"]),
        (47, "Revideret vedtægt for Ældrerådet", False, None, None, ["20/5902"], []),
        (48, "Helhedsplan for Vestbyen 2021-2024", False, None, None, ["20/7740"], []),
        (49, "Medlemsforslag fra Venstre om gratis parkering i midtbyen", False, None, None, ["21/2210"], []),
        (50, "Endelig vedtagelse af lokalplan nr. 1121 for boliger ved Skovbrynet og tillæg nr. 14 til "
             "Kommuneplan 2017", False, None, None, ["20/3307"], []),
        (51, "Meddelelser fra borgmesteren", False, None, None, ["21/456"], []),
    ],
    "markdown_variant.md": [
        # Numbered recommendations, decision lists and "#### A." sub-headings are not items.
        (1, "BSU - Godkendelse af dagsorden (B)", False, "BSU", "B", [], []),
        (2, "BSU - Orientering november 2023 (O)", False, "BSU", "O", ["23-004512"], []),
        (3, "BSU - Elevtalsprognose og skoledistrikter 2024-2030 (D)", False, "BSU", "D", ["23-003980"], []),
        (4, "BSU/SSU - Fælles indsats mod bekymrende skolefravær (B)", False, "BSU/SSU", "B", ["23-002766"], []),
        (5, "BSU - Eventuelt", False, "BSU", None, [], []),
        (6, "BSU - Godkendelse af referat (B)", False, "BSU", "B", [], []),
    ],
    "truncated.txt": [
        # The contents list five items; the document stops inside item 3, so items 4 and 5 are known
        # from the contents alone: number (their place in it) and title, nothing else.
        (1, "SSU - Godkendelse af dagsorden", False, "SSU", None, ["23-000051"], []),
        (2, "SSU - Budgetopfølgning pr. 31. juli 2023", False, "SSU", None, ["23-000214"], []),
        (3, "SSU - Rehabiliteringsforløb i hjemmeplejen", False, "SSU", None, ["23-001877"], []),
        (4, "SSU - Høring om ny sundhedspolitik", False, "SSU", None, [], []),
        (5, "SSU - Eventuelt", False, "SSU", None, [], []),
    ],
}


@pytest.mark.parametrize("name", list(ITEMS))
def test_items(name: str) -> None:
    assert _overview(_parse(name)) == ITEMS[name]


#: Section kinds in order, per item number. Closed items have none.
SECTIONS: dict[str, dict[int, list[str]]] = {
    "portal.html": {
        49: ["decision"],
        50: ["summary", "presentation", "economy", "recommendation", "decision", "attachments"],
        51: ["summary", "presentation", "economy", "recommendation", "decision"],
        52: [],
        53: ["decision"],
    },
    "sagnr.txt": {  # item 215 ends in an empty "Beslutning den :" (test_sagnr_section_texts)
        212: ["decision"],
        213: ["summary", "presentation", "legal_basis", "economy", "recommendation", "attachments", "decision"],
        214: ["summary", "presentation", "decision"],
        216: [],
        217: [],
    },
    "chain.txt": {
        45: ["decision"],
        # Sagens kerne, Beskrivelse af sagen, Økonomi og finansiering, Retligt grundlag, Kompetence, Indstilling,
        # Beslutning, Bilag
        46: ["summary", "presentation", "economy", "legal_basis", "authority", "recommendation", "decision",
             "attachments"],
        # Problemstilling, Løsning, Sagsgang og sagstype, Indstilling, two dated decisions
        47: ["summary", "presentation", "authority", "recommendation", "decision", "decision"],
        # Beskrivelse af sagen, Handlemuligheder, Økonomi og finansiering, Sagens forløb, Indstilling, Beslutning,
        # and the item's "Fraværende:" line
        48: ["presentation", "options", "economy", "history", "recommendation", "decision", "absent"],
        49: ["summary", "presentation", "economy", "legal_basis", "decision"],
        50: ["summary", "presentation", "authority", "recommendation", "decision"],
        51: ["presentation", "decision"],
    },
    "markdown_variant.md": {  # the decision comes first, as the publishing system prints it
        1: ["decision"],
        2: ["decision", "summary", "attachments"],
        3: ["decision", "summary", "recommendation", "authority", "presentation", "economy", "attachments"],
        4: ["decision", "summary", "recommendation", "authority", "presentation", "history"],
        5: ["decision"],
        6: ["decision"],
    },
    "truncated.txt": {
        1: ["recommendation"],
        2: ["summary", "recommendation", "presentation"],
        3: ["summary", "recommendation", "presentation"],  # cut off inside the Sagsfremstilling
    },
}


@pytest.mark.parametrize("name", list(SECTIONS))
def test_section_kinds(name: str) -> None:
    m = _parse(name)
    assert {n: _kinds(_item(m, n)) for n in SECTIONS[name]} == SECTIONS[name]


@pytest.mark.parametrize("name", ["portal.html", "sagnr.txt", "chain.txt", "markdown_variant.md"])
def test_complete_documents_have_no_warnings(name: str) -> None:
    # chain.txt's contents cut item 50's title off mid-word: that is no disagreement with the body.
    assert _parse(name).warnings == []


# --- 1. portal.html: a municipal web portal's page --------------------------------------------------------------


@pytest.fixture(scope="module")
def portal() -> Meeting:
    return _parse("portal.html")


def test_portal_section_texts(portal: Meeting) -> None:
    presentation = _section_text(_item(portal, 50), "presentation")
    # Entities decoded, inline <b>/<i>/<sub> gone, the words kept.
    assert "energi i kommunens bygninger" in presentation
    assert "affald & ressourcer" in presentation
    assert "knap 8 pct." in presentation
    assert "CO2" in presentation
    assert "overgangen til fjernvarme i Vestbyen" in presentation
    assert "Byrådet vedtog i december 2019" in _section_text(_item(portal, 50), "summary")


def test_portal_recommendations(portal: Meeting) -> None:
    assert _item(portal, 49).recommendations == []
    recs = _item(portal, 50).recommendations
    assert len(recs) == 2
    assert recs[0].startswith("at status på klimahandleplanen tages til efterretning")
    assert recs[1].startswith("at udvalget drøfter de foreslåede indsatser for 2021")
    recs = _item(portal, 51).recommendations
    assert len(recs) == 1
    assert recs[0].startswith("at udvalget anbefaler over for Økonomiudvalget og Byrådet, at ordningen indføres")


def test_portal_decisions(portal: Meeting) -> None:
    assert _decisions(_item(portal, 49)) == [(None, None, ["approved"])]
    assert _decisions(_item(portal, 50)) == [(None, None, ["noted", "discussed"])]
    assert "temadrøftelse om samkørsel" in _item(portal, 50).decisions[0].text
    assert _decisions(_item(portal, 51)) == [(None, None, ["recommended"])]
    assert "Anbefales over for Økonomiudvalget og Byrådet" in _item(portal, 51).decisions[0].text
    assert _decisions(_item(portal, 53)) == [(None, None, ["none"])]
    assert all(item.votes == [] for item in portal.items)


def test_portal_attachments_absences_and_table(portal: Meeting) -> None:
    assert [a.title for a in _item(portal, 50).attachments] == [
        "Klimaregnskab 2019 for Solbjerg Kommune", "Statusnotat - klimahandleplan, september 2020"]
    assert _item(portal, 51).attachments == []
    assert _names(_item(portal, 51).absent) == [("Ib Kristoffersen", "C")]
    assert _item(portal, 50).absent == []
    assert [t.rows for t in _item(portal, 50).tables] == [[
        ["Kilde", "2018", "2019", "Ændring (pct.)"],
        ["El", "1.234,5", "1.102,0", "-10,7"],
        ["Varme", "2.870,3", "2.655,8", "-7,5"],
        ["Transport", "612,9", "598,4", "-2,4"],
        ["I alt", "4.717,7", "4.356,2", "-7,7"],
    ]]
    assert all(item.history == [] for item in portal.items)


def test_portal_closed_item_is_bare(portal: Meeting) -> None:
    _assert_bare_closed(_item(portal, 52))


def test_portal_drops_scripts_styles_navigation_and_footer(portal: Meeting) -> None:
    everything = repr(portal.to_dict())
    for leak in ("Skjult", "Punkt 3", "toggleItem", "dataLayer", "font-size", "Forside", "Gå til indhold",
                 "solbjerg.dk", "Brødkrumme", "cookies", "Accepter", "Tilgængelighedserklæring",
                 "Privatlivspolitik", "Tlf. 99 99", "Kravet afvises"):
        assert leak not in everything, leak
    for markup in ("&oslash;", "&aring;", "&aelig;", "&amp;", "&nbsp;", "<b>", "<i>", "<p>", "<td>"):
        assert markup not in everything, markup


# --- 2. sagnr.txt: "Sag nr." items, labelled header, member list -------------------------------------------------


@pytest.fixture(scope="module")
def sagnr() -> Meeting:
    return _parse("sagnr.txt")


def test_sagnr_section_texts(sagnr: Meeting) -> None:
    # "Beslutning den :" with nothing after it: a decision heading without a decision.
    item = _item(sagnr, 215)
    assert [s.kind for s in item.sections if s.text.strip()] == ["presentation"]
    assert "status på salget af grunde i Solbjerg Nord" in _section_text(item, "presentation")
    assert "læhegnet sikres med en bestemmelse i lokalplanens § 9" in _section_text(_item(sagnr, 213), "presentation")
    assert "ca. 180.000 kr." in _section_text(_item(sagnr, 213), "economy")


def test_sagnr_recommendations(sagnr: Meeting) -> None:
    recs = _item(sagnr, 213).recommendations
    assert len(recs) == 2
    assert recs[0].startswith("at lokalplan nr. 1047 vedtages endeligt med de ændringer")
    assert recs[1].startswith("at høringssvarene besvares som foreslået i høringsnotatet")
    assert all(_item(sagnr, n).recommendations == [] for n in (212, 214, 215))


def test_sagnr_decisions(sagnr: Meeting) -> None:
    # "Beslutning den 29. januar 2020:" names the date but no body.
    assert _decisions(_item(sagnr, 212)) == [(None, "2020-01-29", ["approved"])]
    assert _decisions(_item(sagnr, 213)) == [(None, "2020-01-29", ["approved"])]
    assert "Indstillingen godkendt" in _item(sagnr, 213).decisions[0].text
    assert _decisions(_item(sagnr, 214)) == [(None, "2020-01-29", ["noted"])]
    # Not yet decided: whatever the empty heading yields carries no outcome and no text.
    undecided = _item(sagnr, 215)
    assert undecided.outcomes == []
    assert [d.text for d in undecided.decisions if d.text.strip()] == []
    assert all(item.votes == [] for item in sagnr.items)


def test_sagnr_attachments_and_absences(sagnr: Meeting) -> None:
    assert [a.title for a in _item(sagnr, 213).attachments] == [
        "Lokalplan nr. 1047 – forslag til endelig vedtagelse", "Høringsnotat – lokalplan nr. 1047", "Kortbilag, Engvej"]
    assert _names(_item(sagnr, 213).absent) == [("Merete Skov", "C")]
    assert all(_item(sagnr, n).absent == [] for n in (212, 214, 215))
    assert all(item.history == [] and item.tables == [] for item in sagnr.items)


def test_sagnr_closed_items_are_bare(sagnr: Meeting) -> None:
    _assert_bare_closed(_item(sagnr, 216))  # "Til behandling - for lukkede døre": no title left
    _assert_bare_closed(_item(sagnr, 217))  # "Lukket sag: ..." with a decision that must not show


# --- 3. chain.txt: a council meeting with committee chains, votes and dated decisions ----------------------------


@pytest.fixture(scope="module")
def chain() -> Meeting:
    return _parse("chain.txt")


def test_chain_section_texts(chain: Meeting) -> None:
    item46 = _item(chain, 46)
    assert [s.heading for s in item46.sections][:5] == [
        "Sagens kerne", "Beskrivelse af sagen", "Økonomi og finansiering", "Retligt grundlag", "Kompetence"]
    assert "Byrådet" in _section_text(item46, "authority")
    assert "Heraf forventes 2.000,0 t.kr. finansieret af statens cykelpulje" in _section_text(item46, "economy")
    # The numbered options are part of the section, not items of their own.
    assert "2. Helhedsplanen godkendes uden indsatsen for forældre" in _section_text(_item(chain, 48), "options")


def test_chain_recommendations(chain: Meeting) -> None:
    assert [len(_item(chain, n).recommendations) for n in (45, 46, 47, 48, 49, 50, 51)] == [0, 2, 1, 2, 0, 1, 0]
    assert _item(chain, 46).recommendations[0].startswith("at der gives en anlægsbevilling på 8,7 mio. kr.")
    assert _item(chain, 47).recommendations[0].startswith("at den reviderede vedtægt for Ældrerådet godkendes")
    assert _item(chain, 48).recommendations[1].startswith("at orienteringen om Landsbyggefondens tilsagn")


def test_chain_committee_chain_and_votes(chain: Meeting) -> None:
    item = _item(chain, 46)
    assert _decisions(item) == [
        ("Teknik- og Miljøudvalget", "2021-04-06", ["recommended"]),
        ("Økonomiudvalget", "2021-04-13", ["recommended"]),
        (None, None, ["approved"]),
    ]
    assert item.decisions[0].text.startswith("Anbefales")
    own = item.decisions[-1].text
    assert "Godkendt." in own and "Anbefales" not in own
    assert [(v.for_, v.against, v.abstained) for v in item.votes] == [(["A", "F", "Ø"], ["V", "O"], ["C"])]
    vote = _item(chain, 49).votes
    assert [(v.for_, v.against, v.abstained) for v in vote] == [(["V", "O", "C"], ["A", "F", "Ø"], [])]


def test_chain_decisions(chain: Meeting) -> None:
    # "punkt 50 udgår" speaks of another item: the agenda itself was approved.
    assert _decisions(_item(chain, 45)) == [(None, None, ["approved"])]
    assert _decisions(_item(chain, 47)) == [("Byrådet", "2021-03-25", ["postponed"]),
                                            ("Byrådet", "2021-04-22", ["approved"])]
    assert "udtalelse fra Ældrerådet" in _item(chain, 47).decisions[0].text
    assert _decisions(_item(chain, 48)) == [(None, None, ["approved", "noted"])]
    assert "Ad. 2) Taget til efterretning" in _item(chain, 48).decisions[0].text
    assert _decisions(_item(chain, 49)) == [(None, None, ["rejected"])]
    assert "Ikke godkendt." in _item(chain, 49).decisions[0].text
    assert _decisions(_item(chain, 50)) == [(None, None, ["withdrawn"])]
    assert _decisions(_item(chain, 51)) == [(None, None, ["noted"])]
    assert all(_item(chain, n).votes == [] for n in (45, 47, 48, 50, 51))


def test_chain_history(chain: Meeting) -> None:
    history = _item(chain, 48).history
    assert [(h.date, h.body) for h in history] == [("2021-04-06", "Social- og Sundhedsudvalget"),
                                                   ("2021-04-13", "Økonomiudvalget")]
    assert history[0].text == "Anbefales."
    assert history[0].outcomes == ["recommended"]
    assert "Ad. 1) Anbefales" in history[1].text and "Ad. 2) Taget til efterretning" in history[1].text
    assert history[1].outcomes == ["recommended", "noted"]
    assert all(_item(chain, n).history == [] for n in (45, 46, 47, 49, 50, 51))


def test_chain_attendance(chain: Meeting) -> None:
    assert _names(_item(chain, 48).absent) == [("Jonas Bech", "A"), ("Pia Lorentzen", "V"), ("Ulla Brandt", "Ø")]
    for n in (45, 46, 47, 49, 50, 51):
        assert _names(_item(chain, n).absent) == [("Ulla Brandt", "Ø")], n
    assert _people(_item(chain, 46).present) == [("Birgitte Kamp", None, "afdelingsleder i Vej og Park")]
    assert all(_item(chain, n).present == [] for n in (45, 47, 48, 49, 50, 51))


def test_chain_attachments_and_table(chain: Meeting) -> None:
    assert [a.title for a in _item(chain, 46).attachments] == [
        "Projektbeskrivelse - cykelsti Fjordvej", "Oversigtskort med krydsningsheller"]
    assert all(_item(chain, n).attachments == [] for n in (45, 47, 48, 49, 50, 51))
    assert [t.rows for t in _item(chain, 46).tables] == [[
        ["Post", "2021", "2022", "I alt"],
        ["Projektering og tilsyn", "450,0", "125,5", "575,5"],
        ["Anlæg af cykelsti¹⁾", "3.250,0", "4.874,5", "8.124,5"],
        ["I alt", "3.700,0", "5.000,0", "8.700,0"],
    ]]
    assert all(_item(chain, n).tables == [] for n in (45, 47, 48, 49, 50, 51))


# --- 4. markdown_variant.md: Markdown with HTML fragments ---------------------------------------------------------


@pytest.fixture(scope="module")
def markdown() -> Meeting:
    return _parse("markdown_variant.md")


def test_markdown_section_texts(markdown: Meeting) -> None:
    summary = _section_text(_item(markdown, 2), "summary")
    for sub in ("A. Sygefravær blandt pædagogisk personale", "B. Status på renovering af Åskolens faglokaler",
                "C. Ny ledelse i Ungdomsskolen", "Afdelingen for Skole & Dagtilbud"):
        assert sub in summary, sub
    presentation = _section_text(_item(markdown, 3), "presentation")
    assert "Nordskolen har allerede i dag fire spor" in presentation  # the text after the --- rule
    assert "---" not in presentation
    everything = repr(markdown.to_dict())
    for markup in ("**", "####", "&amp;", "<b>", "<p>", "<td>", "<table>"):
        assert markup not in everything, markup


def test_markdown_recommendations(markdown: Meeting) -> None:
    recs = _item(markdown, 3).recommendations
    # The "- at ..." principles in the Sagsfremstilling are not recommendations.
    assert recs == ["at udvalget tager elevtalsprognosen til efterretning",
                    "at udvalget drøfter principper for en justering af skoledistrikterne"]
    recs = _item(markdown, 4).recommendations
    assert len(recs) == 2
    assert recs[0].startswith("at Børne- og Skoleudvalget og Social- og Sundhedsudvalget godkender")
    assert all(_item(markdown, n).recommendations == [] for n in (1, 2, 5, 6))


def test_markdown_decisions(markdown: Meeting) -> None:
    assert _decisions(_item(markdown, 1)) == [(None, None, ["approved"])]
    assert _decisions(_item(markdown, 2)) == [(None, None, ["noted"])]
    assert _decisions(_item(markdown, 3)) == [(None, None, ["noted", "discussed"])]
    text = _item(markdown, 3).decisions[0].text
    assert "Elevtalsprognosen blev taget til efterretning." in text
    assert "Principperne for en justering af skoledistrikterne blev drøftet." in text
    assert _decisions(_item(markdown, 4)) == [(None, None, ["approved"])]
    assert _decisions(_item(markdown, 5)) == [(None, None, ["none"])]
    assert _decisions(_item(markdown, 6)) == [(None, None, ["approved"])]
    assert all(item.votes == [] for item in markdown.items)


def test_markdown_attachments_absences_history_and_table(markdown: Meeting) -> None:
    assert [a.title for a in _item(markdown, 2).attachments] == ["Sygefravær 3. kvartal 2023 - skoler og SFO"]
    assert [a.title for a in _item(markdown, 3).attachments] == ["Elevtalsprognose 2024-2030",
                                                                 "Kort over skoledistrikter"]
    assert _names(_item(markdown, 4).absent) == [("Kirsten Bundgaard", None)]
    assert all(_item(markdown, n).absent == [] for n in (1, 2, 3, 5, 6))
    history = _item(markdown, 4).history
    assert [(h.date, h.body, h.text, h.outcomes) for h in history] == [
        ("2023-10-30", "Social- og Sundhedsudvalget - 2022-2025", "Indstillingen tiltrådt", ["approved"])]
    assert [t.rows for t in _item(markdown, 3).tables] == [[
        ["Skole", "2023/24", "2026/27", "2029/30"],
        ["Nordskolen", "612", "655", "701"],
        ["Åskolen", "438", "421", "409"],
        ["Specialtilbud (Tandhjulet & Mosen)", "165", "172", "176"],
        ["I alt", "1.215", "1.248", "1.286"],
    ]]


# --- 5. encodings and line ends: the sagnr.txt document in other bytes -------------------------------------------


def _crlf(text: str) -> bytes:
    return text.replace("\n", "\r\n").encode("utf-8")


ENCODINGS: dict[str, Callable[[str], bytes]] = {
    "cp1252": lambda text: text.encode("cp1252"),
    "utf-16 with BOM": lambda text: text.encode("utf-16"),
    "utf-16 big-endian with BOM": lambda text: codecs.BOM_UTF16_BE + text.encode("utf-16-be"),
    "utf-8 with BOM": lambda text: text.encode("utf-8-sig"),
    "CRLF line ends": _crlf,
    "cp1252 with CRLF": lambda text: text.replace("\n", "\r\n").encode("cp1252"),
}


@pytest.mark.parametrize("variant", list(ENCODINGS))
def test_encoding_variants_parse_the_same(variant: str, sagnr: Meeting) -> None:
    text = (FIXTURES / "sagnr.txt").read_text(encoding="utf-8")
    data = ENCODINGS[variant](text)
    assert data != text.encode("utf-8")
    m = parse_document(data)
    assert m.source.format == "text"
    expected = sagnr.to_dict()
    actual = m.to_dict()
    expected.pop("source")
    actual.pop("source")
    assert actual == expected


# --- 6. truncated.txt: an agenda cut off in the middle of an item ------------------------------------------------


@pytest.fixture(scope="module")
def truncated() -> Meeting:
    return _parse("truncated.txt")


def test_truncated_items_up_to_the_cut(truncated: Meeting) -> None:
    last = _item(truncated, 3)
    assert [len(_item(truncated, n).recommendations) for n in (1, 2, 3)] == [1, 2, 2]
    assert last.recommendations[1].startswith("at rehabiliteringsforløbene gøres permanente")
    text = _section_text(last, "presentation")
    assert "148 borgere" in text and "de nuværende terapeuttimer" in text
    assert all(item.decisions == [] for item in truncated.items)  # an agenda: nothing decided yet


def test_truncated_document_is_flagged(truncated: Meeting) -> None:
    assert truncated.warnings != []


# --- 7. input that is not minutes ---------------------------------------------------------------------------------


_PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x02\x00\x00\x00\x90\x91h6"
        b"\x00\x00\x00\x0cIDATx\x9cc\xf8\xff\xff?\x00\x05\xfe\x02\xfe\xa7\x9a\xa0\xa3\x00\x00\x00\x00IEND\xaeB`\x82")

NOT_MINUTES: dict[str, Callable[[], bytes]] = {
    "recipe": lambda: (FIXTURES / "not_minutes.txt").read_bytes(),
    "empty": lambda: b"",
    "whitespace": lambda: b" \n\r\n\t\n",
    "random binary": lambda: bytes(random.Random(20200129).randrange(256) for _ in range(4096)),
    "png header": lambda: _PNG,
}


@pytest.mark.parametrize("case", list(NOT_MINUTES))
def test_not_minutes_is_an_input_error(case: str) -> None:
    with pytest.raises(InputError):
        parse_document(NOT_MINUTES[case]())
