"""A copy of a PDF whose titles open with the abbreviation of the committee the case comes from (Solbjerg
Kommune, fictional): a contents list that lost its numbers but kept those prefixes, item pages whose section
labels lost their text, and a decision heading whose date was lost before its colon."""

from __future__ import annotations

from referat.parse import parse_document

_ROUTED = (
    "Referat Økonomiudvalget tirsdag den 18. april Kl. 16:30 i Mødelokale 1\n\nTranskript\n\n"
    "1 Referat tirsdag den 18. april 2017 Kl. 16:30 i Mødelokale 1, Torvet 2, Solbjerg\n\n"
    "2 Indholdsfortegnelse 1. ØU - Godkendelse af dagsorden ØU - Orientering ØU - Salg af grund ved Solbjerg Sø "
    "Lukket - ØU - Køb af Skolevej 10 A BU - Frigivelse af anlægsmidler til Solbjerg Skole TM - Busbestilling "
    "TM - Miljøgodkendelse, VVM-redegørelse for lager ved Kirke Solbjerg...12\n\n"
    "3 Side 1 1. ØU - Godkendelse af dagsorden Sagsnr.: Resumé: Indstilling: Beslutningskompetence: "
    "Beslutning den : Godkendt. Sagsfremstilling: Administrationens vurdering: Økonomi og finansiering:\n\n"
    "4 Side 2 2. ØU - Orientering Sagsnr.: 17/45 Resumé: Opfølgning på spørgsmål stillet på mødet den 21. marts: "
    "Der er ikke etableret en rampe ved Solbjerg Kro. Beslutning den : Taget til efterretning.\n"
)


def test_committee_prefixes_open_the_titles_of_a_contents_list_that_lost_its_numbers() -> None:
    meeting = parse_document(_ROUTED.encode())
    assert [i.title for i in meeting.items] == [
        "ØU - Godkendelse af dagsorden", "ØU - Orientering", "ØU - Salg af grund ved Solbjerg Sø",
        "ØU - Køb af Skolevej 10 A", "BU - Frigivelse af anlægsmidler til Solbjerg Skole", "TM - Busbestilling",
        "TM - Miljøgodkendelse, VVM-redegørelse for lager ved Kirke Solbjerg"]
    assert [i.closed for i in meeting.items] == [False, False, False, True, False, False, False]


def test_section_labels_that_lost_their_text_are_empty_and_the_decision_after_them_is_read() -> None:
    meeting = parse_document(_ROUTED.encode())
    first, second = meeting.items[:2]
    assert [d.text for d in first.decisions] == ["Godkendt."]
    assert first.case_numbers == []
    assert [d.text for d in second.decisions] == ["Taget til efterretning."]


def test_a_section_label_with_its_colon_after_a_case_number_starts_its_section() -> None:
    meeting = parse_document(_ROUTED.encode())
    second = meeting.items[1]
    assert second.case_numbers == ["17/45"]
    summary = next(s for s in second.sections if s.kind == "summary")
    assert summary.text.startswith("Opfølgning på spørgsmål stillet på mødet den 21. marts:")


def test_two_prefixes_are_not_enough_to_open_titles() -> None:
    """``IT - Strategi`` may be a title's own words: fewer than three prefixes in a run open nothing."""
    text = ("Byrådet REFERAT. Mødedato: Torsdag den 3. maj 2018\n\nTranskript\n\n"
            "2 Indholdsfortegnelse 1. Godkendelse af dagsorden Budget for IT - Strategi for skolerne "
            "Meddelelser Lokalplan for IT - Byen ved Solbjerg Eventuelt\n\n"
            "3 1. Godkendelse af dagsorden Sagsnr.: 18/1 Beslutning Godkendt.\n")
    meeting = parse_document(text.encode())
    titles = [i.title for i in meeting.items]
    assert "Budget for IT - Strategi for skolerne" in titles
    assert not any(t.startswith("IT - ") for t in titles)
