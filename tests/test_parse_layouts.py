"""Small layouts of the project's own (fictional Solbjerg): each asserts what the document says."""

from __future__ import annotations

from pathlib import Path

from referat.parse import parse_document, parse_file

FIXTURES = Path(__file__).parent / "fixtures"
SAMPLE = Path(__file__).resolve().parents[1] / "src/referat/samples/solbjerg-beskaeftigelsesudvalget-2024-03-06.txt"


def test_sample_minutes() -> None:
    m = parse_file(SAMPLE)
    assert (m.kind, m.body, m.period, m.date, m.start_time, m.end_time) == (
        "referat", "Beskæftigelses- og Integrationsudvalget", "2022-2025", "2024-03-06", "17:00", "18:40")
    assert m.location == "Solbjerg Rådhus, Torvet 1, 9999 Solbjerg - Mødelokale Fjorden"
    assert m.municipality == "Solbjerg"
    assert [(p.name, p.party, p.role) for p in m.participants] == [
        ("Karin Vestergaard", "A", "Formand"), ("Birthe Mølgaard", "F", None), ("Ahmad Rahimi", "Ø", None),
        ("Lene Kjær", "C", None)]
    assert [(p.name, p.party) for p in m.absent] == [("Jonas Friis", "V")]
    assert [(i.number, i.closed, i.case_numbers, i.outcomes) for i in m.items] == [
        (1, False, [], ["approved"]),
        (2, False, ["24-000412"], ["noted", "discussed"]),
        (3, False, ["24-000977"], ["approved"]),
        (4, True, ["24-001003"], []),
        (5, False, [], ["none"]),
    ]
    item2, item3 = m.items[1], m.items[2]
    assert item2.recommendations == ["at udvalget tager orienteringen til efterretning",
                                     "at udvalget drøfter, om handleplanen skal justeres"]
    assert item2.tables[0].rows == [["Fokusmål", "September 2023", "Januar 2024"],
                                    ["Aktiv indsats (pct.)", "71,2", "79,8"], ["Samtaler (pct.)", "83,5", "86,1"]]
    assert item2.sections[item2.tables[0].section].heading == "Sagsfremstilling"  # the table stands there
    assert [(h.date, h.body, h.outcomes) for h in item2.history] == [
        ("2024-02-19", "Økonomiudvalget - 2022-2025", ["noted"])]
    assert [p.name for p in item2.absent] == ["Jonas Friis"]
    assert [(v.for_, v.against, v.abstained) for v in item3.votes] == [(["A", "F", "Ø"], ["C"], [])]
    assert [a.title for a in item3.attachments] == ["Notat om voksenlærlinge", "Oversigt over uddannelsesaftaler 2023"]
    assert m.items[3].title == "BIU - Køb af forløb hos ekstern leverandør"
    assert m.items[3].sections == [] and m.items[3].decisions == []
    assert m.warnings == []


def test_lost_item_heading_is_recovered_from_the_contents() -> None:
    text = SAMPLE.read_text(encoding="utf-8").replace("Punkt 3: BIU - Voksenlærlinge", "BIU - Voksenlærlinge")
    m = parse_document(text.encode("utf-8"))
    assert [(i.number, i.title) for i in m.items][2] == (3, "BIU - Voksenlærlinge og opkvalificering 2024")
    assert m.items[2].case_numbers == ["24-000977"]


def test_portal_page_with_run_on_numbers() -> None:
    m = parse_file(FIXTURES / "own_portal_short.html")
    assert m.source.format == "html"
    assert (m.body, m.date, m.start_time, m.end_time) == ("Beskæftigelsesudvalget", "2020-06-04", "09:00", "11:15")
    assert m.location == "Mødelokale 1, Solbjerg Rådhus"
    assert [(i.number, i.title, i.closed) for i in m.items] == [
        (49, "Godkendelse af dagsorden", False), (50, "Orientering om ledighed", False), (51, "Personalesag", True)]
    assert m.items[1].case_numbers == ["20/1234"]
    assert m.items[1].recommendations == ["orienteringen tages til efterretning"]
    assert m.items[1].tables[0].rows == [["År", "Ledige"], ["2019", "1.234,5"]]
    assert m.items[1].sections[m.items[1].tables[0].section].heading == "Sagsfremstilling"
    assert [(p.name, p.party) for p in m.items[1].absent] == [("Ole Hansen", "V")]
    closed = m.items[2]
    assert closed.case_numbers == ["20/999"] and closed.decisions == [] and closed.sections == []
    everything = repr(m.to_dict())
    assert "Hemmeligt" not in everything and "var x" not in everything and "Forside" not in everything


def test_council_with_committee_chain_votes_and_substitutes() -> None:
    m = parse_file(FIXTURES / "own_council_chain.txt")
    assert (m.body, m.date, m.start_time, m.location) == ("Byrådet", "2021-04-22", "17:30", "Microsoft Teams")
    assert [(p.name, p.party, p.role) for p in m.participants] == [
        ("Anne Lund", "A", "Formand"), ("Per Holm", "V", "Næstformand"), ("Sofie Berg", "F", None)]
    assert [(p.name, p.party) for p in m.absent] == [("Karl Sand", "O")]
    assert [(i.number, i.title, i.closed) for i in m.items] == [
        (129, "Ny skatepark i Solbjerg", False), (130, "Budgetopfølgning", False), (131, "Salg af grund", True),
        (132, "Høring om affaldsplan", False)]
    skatepark = m.items[0]
    assert skatepark.case_numbers == ["306-2009-600"]
    assert [(d.body, d.date, d.outcomes) for d in skatepark.decisions] == [
        ("Teknik- og Miljøudvalget", "2019-09-10", ["recommended"]),
        ("Økonomiudvalget", "2019-09-24", ["recommended"]),
        (None, None, ["approved"]),
    ]
    assert [(v.for_, v.against, v.abstained) for v in skatepark.votes] == [(["A", "F", "Ø"], ["V", "O"], ["C"])]
    budget = m.items[1]
    assert budget.case_numbers == ["17/46"]
    assert [(d.body, d.date, d.outcomes) for d in budget.decisions] == [
        ("Byrådet", "2019-10-28", ["postponed"]), ("Byrådet", "2019-11-25", ["approved"])]
    assert [(p.name, p.role) for p in m.substitutes] == [("Karen Berg", "suppleant for Per Holm (V)")]
    assert [p.name for p in budget.absent] == ["Per Holm"]  # the member the substitute stood in for
    assert m.items[3].decisions == []  # "Beslutning den :" with nothing after it: not yet decided


def test_numbered_items_confirmed_by_what_follows() -> None:
    m = parse_file(FIXTURES / "own_numbered_items.txt")
    assert (m.kind, m.body, m.date, m.start_time) == ("dagsorden", "Økonomiudvalget", "2021-02-03", "15:00")
    assert [(i.number, i.title, i.case_numbers) for i in m.items] == [
        (1, "Godkendelse af dagsorden", ["21/100"]), (2, "Regnskab 2020", ["21/101"])]
    assert m.items[0].recommendations == ["at dagsordenen godkendes."]
    assert m.items[1].recommendations == ["regnskabet godkendes", "overskuddet overføres"]


def test_upper_case_headings_owner_decisions_and_counted_votes() -> None:
    m = parse_file(FIXTURES / "own_capital_style.txt")
    assert (m.kind, m.body, m.date, m.start_time, m.location) == (
        "referat", "Beskæftigelses- og Integrationsudvalget", "2023-01-16", "15:30", "Rådhuset, udvalgsværelse B")
    assert [(i.number, i.title, i.case_numbers) for i in m.items] == [
        (1, "Godkendelse af dagsorden", ["2023-0012345"]), (2, "Ny indsats for unge ledige", ["2022-0876543"])]
    decision = m.items[1].decisions[0]
    assert (decision.body, decision.date, decision.outcomes) == (
        "Beskæftigelses- og Integrationsudvalget", "2023-01-16", ["approved"])
    assert [(v.for_, v.against) for v in m.items[1].votes] == [(["A", "F", "Ø"], ["V", "C"])]
    assert [s.kind for s in m.items[1].sections] == ["recommendation", "summary", "presentation", "decision"]
    assert m.items[1].recommendations == ["at udvalget godkender indsatsen"]


def test_portal_page_with_a_details_table_and_section_elements() -> None:
    m = parse_file(FIXTURES / "own_portal_table.html")
    assert (m.kind, m.body, m.date, m.start_time, m.end_time, m.location) == (
        "referat", "Beskæftigelsesudvalget", "2023-03-14", "15:00", "17:30", "Mødelokale 3, Rådhuset")
    assert m.municipality is None  # "Kommune X" in the footer names no municipality
    assert [(p.name, p.party, p.role) for p in m.participants] == [("Hanne Lund", "A", "Formand"),
                                                                   ("Ida Holm", "F", None)]
    assert [(p.name, p.party) for p in m.absent] == [("Per Berg", "V")]
    assert [(i.number, i.title, i.closed, i.outcomes) for i in m.items] == [
        (1, "Godkendelse af dagsorden", False, ["approved"]),
        (2, "Status på jobcentrets indsats for sygemeldte", False, ["noted"]),
        (3, "Klagesag", True, [])]
    assert m.items[1].case_numbers == ["23/4567"]
    assert m.items[1].recommendations == ["at orienteringen tages til efterretning."]
    assert [a.title for a in m.items[1].attachments] == ["Statusnotat marts 2023"]
