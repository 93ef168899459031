"""Complete minutes in the house styles of four more publishing systems, each of a fictional municipality.

Every expected value below is read off the fixture document it tests (tests/fixtures/system_*):

- ``system_prepare.txt`` (Havnby): ``Udvalg:``/``Mødetidspunkt:`` labels, ``1. Title`` items with ``Sagsnr.:`` and
  ``Sagsansvarlig:`` lines, ``Beslutning i <udvalg> den dd-mm-yyyy`` headings.
- ``system_edoc.txt`` (Lyngmose): an ``Åbent referat til <udvalg>``, contents with a ``Side`` column, item
  numbers and dot leaders, items ``1 Title`` without a mark after the number, ``Sagsnr: ..., Sagsansvarlig: ...``
  on one line, ``For stemte 5: A, F, V`` votes, numbered attachment lists.
- ``system_protokol.html`` (Kærholm): a ``BESLUTNINGSPROTOKOL`` page with ``1. Title (2023-0712345)`` items,
  ``INDSTILLING OG BESLUTNING``, an amendment and the recommendation voted on in turn, an unheaded lead paragraph.
- ``system_council_portal.txt`` (Stenvig): a council's minutes exported as text from a web portal, ``Punkt 12.``
  items, ``Åben sag``/``Lukket sag``, the committee chain ``Økonomiudvalget den 3. maj 2023:`` in the decision,
  the place on an unlabelled line and the page's contact footer.

The Havnby and Lyngmose documents are also rendered as PDFs, which must parse to the same structure.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from referat.model import Meeting
from referat.parse import parse_document
from tests.pdfmaker import fonts_available, render_minutes_pdf
from tests.test_parse_fixtures import (
    FIXTURES,
    Attendance,
    _assert_bare_closed,
    _attendance,
    _decisions,
    _header,
    _item,
    _kinds,
    _names,
    _overview,
    _parse,
    _section_text,
)

DOCUMENTS = ["system_prepare.txt", "system_edoc.txt", "system_protokol.html", "system_council_portal.txt"]

#: (format, kind, municipality, body, period, date, start_time, end_time, location), as each document prints them.
HEADERS: dict[str, tuple[str | None, ...]] = {
    # Udvalg: ... / Mødetidspunkt: 14-03-2023 kl. 15:00 - 17:30 / Mødested: ...
    "system_prepare.txt": ("text", "referat", "Havnby", "Social- og Sundhedsudvalget", None, "2023-03-14", "15:00",
                           "17:30", "Mødelokale 2.14, Havnby Rådhus, Havnegade 2, 9990 Havnby"),
    # Åbent referat / til / Teknik- og Miljøudvalget; Mødedato: 7. juni 2022; Mødetidspunkt: 16:00 - 18:45
    "system_edoc.txt": ("text", "referat", "Lyngmose", "Teknik- og Miljøudvalget", None, "2022-06-07", "16:00",
                        "18:45", "Udvalgsværelse 1, Lyngmose Rådhus"),
    # BESLUTNINGSPROTOKOL / Kultur- og Fritidsudvalget / Mødetidspunkt: 15.11.2023 15:30; no end time printed
    "system_protokol.html": ("html", "referat", "Kærholm", "Kultur- og Fritidsudvalget", None, "2023-11-15", "15:30",
                             None, "Kærholm Rådhus, udvalgsværelse C"),
    # Kommunalbestyrelsen / Referat / Torsdag den 25. maj 2023 kl. 18:00 / Byrådssalen, ... / Mødet sluttede kl. 21:10.
    "system_council_portal.txt": ("text", "referat", "Stenvig", "Kommunalbestyrelsen", None, "2023-05-25", "18:00",
                                  "21:10", "Byrådssalen, Stenvig Rådhus"),
}


@pytest.mark.parametrize("name", DOCUMENTS)
def test_header(name: str) -> None:
    assert _header(_parse(name)) == HEADERS[name]


#: (participants as (name, party, role), meeting-level absent as (name, party), substitutes as (name, party)).
PEOPLE: dict[str, Attendance] = {
    # "Medlemmer:" lists seven, "Fraværende: Trine Mose (O)", "Stedfortræder: Hans Ravn (O) for Trine Mose (O)".
    "system_prepare.txt": ([("Bente Falk", "A", "Formand"), ("Jesper Nyholm", "V", "Næstformand"),
                            ("Lene Kjær", "F", None), ("Ahmad Rahimi", "A", None), ("Ole Vester", "C", None),
                            ("Poul Engel", "V", None)],
                           [("Trine Mose", "O")], [("Hans Ravn", "O")]),
    # "Deltagere:" names the substitute among those present.
    "system_edoc.txt": ([("Kurt Lindberg", "V", None), ("Maja Holst", "A", None), ("Ib Sørensen", "O", None),
                         ("Rikke Dam", "F", None), ("Mads Kold", "V", None), ("Henrik Toft", "A", None),
                         ("Karsten Juhl", "C", None)],
                        [("Inge Bakke", "C")], [("Karsten Juhl", "C")]),
    # "Medlemmer" as a list; "Afbud: Mie Thorup (B)".
    "system_protokol.html": ([("Sara Winther", "A", "Formand"), ("Peter Bang", "V", "Næstformand"),
                              ("Jonas Ravn", "Ø", None), ("Anne Krog", "F", None), ("Lars Møller", "C", None),
                              ("Kasper Holt", "Å", None)],
                             [("Mie Thorup", "B")], []),
    # "Medlemmer" one a line with "Borgmester" and "1. viceborgmester" before the names.
    "system_council_portal.txt": ([("Hanne Kjeldsen", "A", "Borgmester"), ("Torben Vad", "V", "1. viceborgmester"),
                                   ("Susanne Lykke", "A", None), ("Ali Demir", "A", None), ("Grethe Bruun", "F", None),
                                   ("Rune Skov", "Ø", None), ("Birthe Hviid", "V", None), ("Martin Friis", "C", None),
                                   ("Pia Dahl", "O", None), ("Jakob Lund", "B", None)],
                                  [("Niels Aagaard", "V")], [("Birthe Hviid", "V")]),
}


@pytest.mark.parametrize("name", DOCUMENTS)
def test_people(name: str) -> None:
    assert _attendance(_parse(name)) == PEOPLE[name]


@pytest.mark.parametrize(("name", "substitute", "for_whom"), [
    ("system_prepare.txt", "Hans Ravn", "Trine Mose"),
    ("system_edoc.txt", "Karsten Juhl", "Inge Bakke"),
    ("system_council_portal.txt", "Birthe Hviid", "Niels Aagaard"),
])
def test_substitute_says_for_whom(name: str, substitute: str, for_whom: str) -> None:
    [person] = _parse(name).substitutes
    assert person.name == substitute
    assert "stedfortræder" in (person.role or "") and for_whom in (person.role or "")


#: (number, title, closed, prefix, item_type, case_numbers, document_numbers) of every item, in order.
ITEMS: dict[str, list[tuple[Any, ...]]] = {
    "system_prepare.txt": [
        (1, "Godkendelse af dagsorden", False, None, None, ["00.01.00-A00-3-23"], []),
        (2, "Budgetopfølgning pr. 28. februar 2023", False, None, None, ["00.30.10-Ø00-2-23"], []),
        (3, "Demensstrategi 2023-2026 - endelig godkendelse", False, None, None, ["27.69.48-P20-1-22"], []),
        (4, "Orientering om tilsyn på plejecentre 2022", False, None, None, ["27.12.00-K09-4-23"], []),
        (5, "Udvidet åbningstid i Genoptræningscenter Havnby", False, None, None, ["29.00.00-G01-7-22"], []),
        (6, "Klage over afgørelse om hjemmehjælp", True, None, None, ["27.36.00-K08-12-22"], []),
        (7, "Meddelelser", False, None, None, ["00.01.00-A00-4-23"], []),
    ],
    "system_edoc.txt": [
        # "1 Godkendelse af dagsorden": no mark after the number; the numbered attachment lists are not items.
        (1, "Godkendelse af dagsorden", False, None, None, ["22/1045"], []),
        (2, "Trafiksikkerhedsplan 2022-2026", False, None, None, ["22/388"], []),
        (3, "Forslag til lokalplan 1088 for Havnefronten", False, None, None, ["21/2044"], []),
        (4, "Regulativ for vintertjeneste 2022-2025", False, None, None, ["22/901"], []),
        (5, "Ekspropriation til udvidelse af Møllevej", True, None, None, ["21/2290"], []),
        (6, "Meddelelser", False, None, None, ["22/15"], []),
    ],
    "system_protokol.html": [
        # The case number in brackets after the title.
        (1, "Godkendelse af dagsorden", False, None, None, ["2023-0712345"], []),
        (2, "Ny model for lokaletilskud til foreninger", False, None, None, ["2023-0488120"], []),
        (3, "Kulturpuljen - fordeling af midler 2024", False, None, None, ["2023-0601877"], []),
        (4, "Status på renovering af Kærholm Svømmehal", False, None, None, ["2022-0934411"], []),
        (5, "Medlemsforslag om gratis adgang til museerne for unge under 18 år", False, None, None,
         ["2023-0710002"], []),
        (6, "Salg af byggeret på Kanalgrunden", True, None, None, ["2023-0543210"], []),
    ],
    "system_council_portal.txt": [
        (12, "Godkendelse af dagsorden", False, None, None, ["00.01.00-A00-12-23"], []),
        (13, "Årsregnskab 2022", False, None, None, ["00.30.14-S55-1-23"], []),
        (14, "Lokalplan 2023-04 for boliger ved Engholm - endelig vedtagelse", False, None, None,
         ["01.02.05-P16-3-22"], []),
        (15, "Medlemsforslag fra Venstre om gratis parkering på Torvet", False, None, None, ["05.13.00-A00-4-23"], []),
        (16, "Spørgsmål fra borgerne", False, None, None, ["00.01.00-A00-13-23"], []),
        (17, "Salg af grund i Erhvervsområde Nord", True, None, None, ["02.11.04-G01-2-23"], []),
        (18, "Meddelelser", False, None, None, ["00.01.00-A00-14-23"], []),
    ],
}


@pytest.mark.parametrize("name", DOCUMENTS)
def test_items(name: str) -> None:
    assert _overview(_parse(name)) == ITEMS[name]


@pytest.mark.parametrize(("name", "number"), [("system_prepare.txt", 6), ("system_edoc.txt", 5),
                                              ("system_protokol.html", 6), ("system_council_portal.txt", 17)])
def test_closed_item_is_bare(name: str, number: int) -> None:
    _assert_bare_closed(_item(_parse(name), number))


#: Section kinds in order, per item number. Closed items have none.
SECTIONS: dict[str, dict[int, list[str]]] = {
    "system_prepare.txt": {  # "Sagsansvarlig:" lines are metadata, not text
        1: ["recommendation", "decision"],
        2: ["summary", "presentation", "economy", "recommendation", "decision", "attachments"],
        3: ["summary", "presentation", "other", "economy", "recommendation", "decision", "attachments"],
        4: ["summary", "presentation", "recommendation", "decision", "attachments"],
        5: ["summary", "presentation", "economy", "recommendation", "decision", "decision"],
        6: [],
        7: ["presentation", "decision"],
    },
    "system_edoc.txt": {  # Økonomiske konsekvenser, Vurdering
        1: ["recommendation", "decision"],
        2: ["presentation", "economy", "assessment", "recommendation", "decision", "attachments"],
        3: ["presentation", "recommendation", "decision", "decision", "attachments"],
        4: ["presentation", "economy", "recommendation", "decision"],
        5: [],
        6: ["presentation", "decision"],
    },
    "system_protokol.html": {
        # An unheaded lead paragraph, INDSTILLING OG BESLUTNING, BESLUTNING, then PROBLEMSTILLING, LØSNING, ØKONOMI,
        # VIDERE PROCES, BILAG.
        1: ["recommendation", "decision"],
        2: ["summary", "recommendation", "decision", "summary", "presentation", "economy", "other", "attachments"],
        3: ["summary", "recommendation", "decision", "summary", "presentation", "attachments"],
        4: ["summary", "recommendation", "decision", "summary", "presentation", "economy"],
        5: ["summary", "recommendation", "decision"],
        6: [],
    },
    "system_council_portal.txt": {
        12: ["recommendation", "decision"],
        13: ["summary", "presentation", "economy", "recommendation", "decision", "attachments"],
        14: ["summary", "presentation", "history", "recommendation", "decision", "attachments"],
        15: ["presentation", "economy", "decision"],
        16: ["presentation", "decision"],
        17: [],
        18: ["presentation", "decision"],
    },
}


@pytest.mark.parametrize("name", DOCUMENTS)
def test_section_kinds(name: str) -> None:
    m = _parse(name)
    assert {n: _kinds(_item(m, n)) for n in SECTIONS[name]} == SECTIONS[name]


@pytest.mark.parametrize("name", DOCUMENTS)
def test_complete_documents_have_no_warnings(name: str) -> None:
    assert _parse(name).warnings == []


#: The number of recommendations per item, in order.
RECOMMENDATION_COUNTS: dict[str, list[int]] = {
    "system_prepare.txt": [1, 2, 2, 1, 1, 0, 0],
    "system_edoc.txt": [1, 2, 1, 1, 0, 0],
    "system_protokol.html": [1, 2, 1, 1, 1, 0],
    "system_council_portal.txt": [1, 2, 1, 0, 0, 0, 0],
}


@pytest.mark.parametrize("name", DOCUMENTS)
def test_recommendation_counts(name: str) -> None:
    assert [len(item.recommendations) for item in _parse(name).items] == RECOMMENDATION_COUNTS[name]


#: Attachments per item number (items not listed have none).
ATTACHMENTS: dict[str, dict[int, list[str]]] = {
    "system_prepare.txt": {
        2: ["Budgetopfølgning februar 2023 - Social- og Sundhedsudvalget",
            "Specifikation af merforbrug på handicapområdet"],
        3: ["Demensstrategi 2023-2026", "Høringsnotat - demensstrategi", "Høringssvar samlet"],
        4: ["Tilsynsrapporter 2022 - samlet"],
    },
    "system_edoc.txt": {  # "1. Trafiksikkerhedsplan ...": the list number is no part of the title
        2: ["Trafiksikkerhedsplan 2022-2026 - udkast", "Uheldskortlægning 2017-2021"],
        3: ["Forslag til lokalplan 1088", "Visualiseringer af bebyggelsen"],
    },
    "system_protokol.html": {
        2: ["Bilag 1 - Beregning af lokaletilskud pr. forening", "Bilag 2 - Høringssvar fra Folkeoplysningsudvalget"],
        3: ["Bilag 1 - Forslag til fordeling af kulturpuljen 2024"],
    },
    "system_council_portal.txt": {
        13: ["Årsregnskab 2022", "Overførselssager 2022-2023"],
        14: ["Lokalplan 2023-04 - endelig", "Høringsnotat med bemærkninger"],
    },
}


@pytest.mark.parametrize("name", DOCUMENTS)
def test_attachments(name: str) -> None:
    m = _parse(name)
    assert {i.number: [a.title for a in i.attachments] for i in m.items if i.attachments} == ATTACHMENTS[name]
    assert all(a.document_number is None for i in m.items for a in i.attachments)


#: Item-level absences per item number (items not listed record none).
ITEM_ABSENT: dict[str, dict[int, list[tuple[str, str | None]]]] = {
    "system_prepare.txt": {4: [("Jesper Nyholm", "V")]},  # "... deltog ikke i behandlingen af punktet."
    "system_edoc.txt": {6: [("Ib Sørensen", "O")]},  # "... forlod mødet kl. 18.20 og deltog ikke i ..."
    "system_protokol.html": {4: [("Lars Møller", "C")]},
    "system_council_portal.txt": {14: [("Martin Friis", "C")]},  # "... på grund af inhabilitet."
}


@pytest.mark.parametrize("name", DOCUMENTS)
def test_item_absences(name: str) -> None:
    m = _parse(name)
    assert {i.number: _names(i.absent) for i in m.items if i.absent} == ITEM_ABSENT[name]
    assert all(i.present == [] and i.substitutes == [] for i in m.items)


# --- 1. system_prepare.txt ----------------------------------------------------------------------------------------

PREPARE_BODY = "Social- og Sundhedsudvalget"


@pytest.fixture(scope="module")
def prepare() -> Meeting:
    return _parse("system_prepare.txt")


def test_prepare_recommendations(prepare: Meeting) -> None:
    assert _item(prepare, 1).recommendations == ["at dagsordenen godkendes."]
    assert _item(prepare, 2).recommendations == [
        "at budgetopfølgningen pr. 28. februar 2023 tages til efterretning",
        "at udvalget anbefaler over for Økonomiudvalget og Kommunalbestyrelsen, at merforbruget finansieres af "
        "kassebeholdningen"]
    assert _item(prepare, 3).recommendations == ["at demensstrategien godkendes med de foreslåede justeringer",
                                                 "at høringssvarene besvares som foreslået i høringsnotatet"]
    assert _item(prepare, 5).recommendations == ["at udvalget tager stilling til ansøgningen."]


def test_prepare_decisions(prepare: Meeting) -> None:
    # "Beslutning i Social- og Sundhedsudvalget den 14-03-2023" names the body and the date.
    today = (PREPARE_BODY, "2023-03-14")
    assert _decisions(_item(prepare, 1)) == [(*today, ["approved"])]
    assert _decisions(_item(prepare, 2)) == [(*today, ["noted", "recommended"])]  # Ad 1) ... Ad 2) ...
    assert _decisions(_item(prepare, 3)) == [(*today, ["approved"])]
    assert _decisions(_item(prepare, 4)) == [(*today, ["noted"])]
    # Postponed in February, rejected now.
    assert _decisions(_item(prepare, 5)) == [(PREPARE_BODY, "2023-02-14", ["postponed"]), (*today, ["rejected"])]
    assert _decisions(_item(prepare, 7)) == [(*today, ["noted"])]
    assert [(v.for_, v.against, v.abstained) for v in _item(prepare, 3).votes] == [(["A", "F", "V", "C"], ["O"], [])]
    assert [n for n in range(1, 8) if _item(prepare, n).votes] == [3]


def test_prepare_texts_and_table(prepare: Meeting) -> None:
    everything = repr(prepare.to_dict())
    assert "Sagsansvarlig" not in everything and "Karen Brix" not in everything
    assert "Høringen fandt sted fra 20. december 2022" in _section_text(_item(prepare, 3), "other")
    assert [(t.caption, t.rows) for t in _item(prepare, 2).tables] == [(
        "Det forventede regnskab fordeler sig således (mio. kr.):",
        [["Område", "Korrigeret budget", "Forventet regnskab", "Afvigelse"],
         ["Ældreområdet", "412,6", "415,9", "3,3"],
         ["Handicapområdet", "188,2", "189,1", "0,9"],
         ["I alt", "600,8", "605,0", "4,2"]])]
    assert all(item.history == [] for item in prepare.items)


# --- 2. system_edoc.txt -------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def edoc() -> Meeting:
    return _parse("system_edoc.txt")


def test_edoc_decisions_and_votes(edoc: Meeting) -> None:
    assert _decisions(_item(edoc, 1)) == [(None, None, ["approved"])]
    assert _decisions(_item(edoc, 2)) == [(None, None, ["approved"])]
    assert _decisions(_item(edoc, 3)) == [("Teknik- og Miljøudvalget", "2022-05-03", ["postponed"]),
                                          ("Teknik- og Miljøudvalget", "2022-06-07", ["approved"])]
    assert _decisions(_item(edoc, 4)) == [(None, None, ["recommended"])]
    assert _decisions(_item(edoc, 6)) == [(None, None, ["noted"])]
    # "For stemte 5: A, F, V" / "Imod stemte 1: O" / "Undlod at stemme 1: C"
    assert [(v.for_, v.against, v.abstained) for v in _item(edoc, 2).votes] == [(["A", "F", "V"], ["O"], ["C"])]
    assert [n for n in range(1, 7) if _item(edoc, n).votes] == [2]


def test_edoc_recommendations_and_texts(edoc: Meeting) -> None:
    assert _item(edoc, 2).recommendations == ["at trafiksikkerhedsplan 2022-2026 godkendes",
                                              "at indsatserne for 2022 igangsættes"]
    assert _item(edoc, 4).recommendations == [
        "at Teknik- og Miljøudvalget anbefaler Økonomiudvalget og Byrådet at godkende regulativet."]
    assert "2,5 mio. kr. årligt" in _section_text(_item(edoc, 2), "economy")
    everything = repr(edoc.to_dict())
    for leak in ("Sagsansvarlig", "Lone Winther", "....", "Mødet hævet"):
        assert leak not in everything, leak
    assert all(item.history == [] and item.tables == [] for item in edoc.items)


# --- 3. system_protokol.html --------------------------------------------------------------------------------------

PROTOKOL_DECISION = ("Kultur- og Fritidsudvalget", "2023-11-15")  # "Kultur- og Fritidsudvalgets beslutning den ..."


@pytest.fixture(scope="module")
def protokol() -> Meeting:
    return _parse("system_protokol.html")


def test_protokol_decisions(protokol: Meeting) -> None:
    outcomes = {1: ["approved"], 2: ["approved"], 3: ["postponed"], 4: ["noted"], 5: ["rejected"]}
    for number, expected in outcomes.items():
        assert _decisions(_item(protokol, number)) == [(*PROTOKOL_DECISION, expected)], number
    text = _item(protokol, 2).decisions[0].text
    assert "Ændringsforslaget blev ikke vedtaget." in text and "Indstillingen blev godkendt." in text
    assert "protokolbemærkning" in text


def test_protokol_votes(protokol: Meeting) -> None:
    # The amendment, then the recommendation: two votes, not one.
    assert [(v.for_, v.against, v.abstained) for v in _item(protokol, 2).votes] == [
        (["Ø", "Å"], ["A", "V", "F", "C"], []), (["A", "V", "F", "C"], [], ["Ø"])]
    assert [(v.for_, v.against, v.abstained) for v in _item(protokol, 5).votes] == [
        (["Ø", "Å"], ["A", "V", "F", "C"], [])]
    assert [n for n in range(1, 7) if _item(protokol, n).votes] == [2, 5]


def test_protokol_recommendations_and_texts(protokol: Meeting) -> None:
    assert _item(protokol, 1).recommendations == ["at dagsordenen godkendes."]
    assert _item(protokol, 2).recommendations == [
        "at den nye model for lokaletilskud godkendes med virkning fra 1. januar 2024",
        "at forvaltningen evaluerer modellen efter to år"]
    item2 = _item(protokol, 2)
    assert item2.sections[0].text.startswith("Udvalget skal tage stilling til en ny model for lokaletilskud")
    assert [s.heading for s in item2.sections[3:]] == ["PROBLEMSTILLING", "LØSNING", "ØKONOMI", "VIDERE PROCES",
                                                       "BILAG"]
    assert [t.rows for t in item2.tables] == [[["Tilskudssats", "Nuværende model", "Ny model"],
                                               ["Medlemmer under 25 år", "70 pct.", "75 pct."],
                                               ["Medlemmer over 25 år", "65 pct.", "50 pct."]]]
    everything = repr(protokol.to_dict())
    for leak in ("Forside", "Dagsordener og referater", "Rådhuspladsen 1", "font-size", "&gt;"):
        assert leak not in everything, leak
    assert all(item.history == [] for item in protokol.items)


# --- 4. system_council_portal.txt ---------------------------------------------------------------------------------

COUNCIL = ("Kommunalbestyrelsen", "2023-05-25")


@pytest.fixture(scope="module")
def council() -> Meeting:
    return _parse("system_council_portal.txt")


def test_council_committee_chain(council: Meeting) -> None:
    # "Økonomiudvalget den 3. maj 2023:" then "Kommunalbestyrelsen den 25. maj 2023:" under one "Beslutning".
    assert _decisions(_item(council, 12)) == [(*COUNCIL, ["approved"])]
    assert _decisions(_item(council, 13)) == [("Økonomiudvalget", "2023-05-03", ["recommended"]),
                                              (*COUNCIL, ["approved"])]
    assert _decisions(_item(council, 14)) == [("Plan- og Miljøudvalget", "2023-05-02", ["recommended"]),
                                              ("Økonomiudvalget", "2023-05-03", ["recommended"]),
                                              (*COUNCIL, ["approved"])]
    assert [d.text for d in _item(council, 13).decisions] == ["Anbefales.", "Godkendt."]
    assert _decisions(_item(council, 15)) == [(*COUNCIL, ["rejected"])]
    assert _decisions(_item(council, 16)) == [(*COUNCIL, ["none"])]
    assert _decisions(_item(council, 18)) == [(*COUNCIL, ["noted"])]
    # The end of the meeting and the page's footer are not part of the last decision.
    assert _item(council, 18).decisions[0].text == "Taget til efterretning."


def test_council_votes_history_and_recommendations(council: Meeting) -> None:
    assert [(v.for_, v.against, v.abstained) for v in _item(council, 15).votes] == [
        (["V", "C", "O"], ["A", "F", "Ø", "B"], [])]
    assert [n for n in range(12, 19) if _item(council, n).votes] == [15]
    assert [(h.date, h.body, h.text, h.outcomes) for h in _item(council, 14).history] == [
        ("2023-01-12", "Plan- og Miljøudvalget", "Forslaget sendt i høring.", []),
        ("2023-01-26", "Kommunalbestyrelsen", "Godkendt.", ["approved"])]
    assert [n for n in range(12, 19) if _item(council, n).history] == [14]
    assert _item(council, 13).recommendations == [
        "at årsregnskab 2022 godkendes og oversendes til revisionen",
        "at uforbrugte driftsmidler på 11,3 mio. kr. overføres til 2023"]
    assert "Telefon" not in repr(council.to_dict())


# --- PDFs rendered from the text documents ---------------------------------------------------------------------------

PDFS = {"system_prepare.txt": "Havnby Kommune – Referat", "system_edoc.txt": "Lyngmose Kommune – Åbent referat",
        "system_council_portal.txt": "Stenvig Kommune – Kommunalbestyrelsen"}


def _words(value: Any) -> Any:
    """The JSON form with every string's whitespace collapsed.

    Whether a page break fell between two paragraphs or between two lines of a list, the page
    cannot tell; everything else (items, sections, texts word for word, decisions) must agree.
    """
    if isinstance(value, dict):
        return {key: _words(v) for key, v in value.items()}
    if isinstance(value, list):
        return [_words(v) for v in value]
    return " ".join(value.split()) if isinstance(value, str) else value


@pytest.mark.skipif(not fonts_available(), reason="DejaVu fonts (Debian fonts-dejavu-core) not installed")
@pytest.mark.parametrize("name", list(PDFS))
def test_pdf_parses_to_the_structure_of_its_text(name: str, tmp_path: Path) -> None:
    text = (FIXTURES / name).read_text(encoding="utf-8")
    pdf = render_minutes_pdf(text, tmp_path / f"{name}.pdf", header=PDFS[name]).read_bytes()
    from_pdf = parse_document(pdf).to_dict()
    from_text = _parse(name).to_dict()
    assert from_pdf.pop("source")["format"] == "pdf"
    from_text.pop("source")
    assert _words(from_pdf) == _words(from_text)
