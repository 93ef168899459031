"""Municipal pages that leave out what a header usually says or print their parts in less usual ways (Solbjerg
Kommune, fictional): a programme numbered inside an item of running numbers, a substitute standing in for a
member, an earlier body's decision under its name and date alone, a page whose only date is in its first item."""

from __future__ import annotations

from referat.parse import parse_document

_PROGRAMME_INSIDE_AN_ITEM = """Børne- og Skoleudvalget - 08-09-2021

Referat
Dato:
Onsdag, 8 september, 2021 - 16:00
108. Dialogmøde med skolebestyrelserne

Resume

Dagsorden for dialogmødet med bestyrelserne.

Sagsfremstilling

  1. Velkomst ved formanden Lise Holm (A)
  2. Dialog om budget 2022 - 2025

Økonomi

Ingen.

Beslutning

Godkendt.

Fraværende:

Karen Vind (V) deltog i mødet i stedet for Lise Holm (A).

109. Godkendelse af dagsorden

Beslutning

Godkendt.

110. Skolestruktur i Solbjerg

Resume

Udvalget sendte i juni fem modeller i høring.
"""


def test_a_programme_numbered_inside_an_item_of_running_numbers_is_no_items() -> None:
    """``1. Velkomst`` and ``2. Dialog`` inside item 108, then 109 and 110: a step from 2 to 109 leaves out more
    items than a document omits, so the items are 108-110 and the programme stays in 108's presentation."""
    meeting = parse_document(_PROGRAMME_INSIDE_AN_ITEM.encode())
    assert [(i.number, i.title) for i in meeting.items] == [
        (108, "Dialogmøde med skolebestyrelserne"), (109, "Godkendelse af dagsorden"),
        (110, "Skolestruktur i Solbjerg")]
    presentation = next(s for s in meeting.items[0].sections if s.heading == "Sagsfremstilling")
    assert "2. Dialog om budget 2022 - 2025" in presentation.text


def test_items_numbered_one_by_one_after_a_gap_of_closed_items_stay_items() -> None:
    text = ("Referat\n\nØkonomiudvalget\n\n3. marts 2021\n\n1. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n\n"
            "2. Regnskab 2020\n\nBeslutning\n\nGodkendt.\n\n14. Eventuelt\n\nBeslutning\n\nIntet.\n")
    meeting = parse_document(text.encode())
    assert [i.number for i in meeting.items] == [1, 2, 14]


def test_the_member_a_substitute_stood_in_for_was_absent() -> None:
    meeting = parse_document(_PROGRAMME_INSIDE_AN_ITEM.encode())
    first = meeting.items[0]
    assert [p.name for p in first.absent] == ["Lise Holm"]
    assert [(p.name, p.role) for p in first.substitutes] == [("Karen Vind", "suppleant for Lise Holm (A)")]
    assert [p.name for p in meeting.substitutes] == ["Karen Vind"]


_EARLIER_DECISION_UNDER_NAME_AND_DATE = """Referat af møde i Solbjerg Byråd
Den 31.05.2022 kl. 17:00 i Byrådssalen

95.   Valg af revisor
Indstilling
Økonomiforvaltningen indstiller, at Solbjerg Revision antages som kommunens revision.

Økonomiudvalget 17-05-2022
Anbefales.
Baggrund og vurdering

Den lovpligtige revision er blevet konkurrenceudsat.

Bilag
Foretræde for Økonomiudvalget 01.10.2022
Tilbud fra Solbjerg Revision
"""


def test_an_earlier_bodys_decision_under_its_name_and_date_alone() -> None:
    meeting = parse_document(_EARLIER_DECISION_UNDER_NAME_AND_DATE.encode())
    item = meeting.items[0]
    assert [(d.body, d.date, d.text) for d in item.decisions] == [("Økonomiudvalget", "2022-05-17", "Anbefales.")]
    assert [(s.heading, s.kind) for s in item.sections][-2:] == [
        ("Baggrund og vurdering", "presentation"), ("Bilag", "attachments")]
    # In a list of attachments a title ending in a body's name and a date is a document, not a decision.
    assert [a.title for a in item.attachments] == ["Foretræde for Økonomiudvalget 01.10.2022",
                                                   "Tilbud fra Solbjerg Revision"]


_NO_HEADER = """Referat

  • 301. Åben dagsorden - godkendelse

    Resume

    Godkendelse af åben dagsorden for KB den 22. januar 2020.

    Beslutning

    Godkendt.

  • 302. Planstrategi 2020

    Resume

    Planstrategien skal sendes i høring.
"""


def test_a_page_without_a_header_takes_its_meeting_from_the_agenda_approved_in_its_first_item() -> None:
    meeting = parse_document(_NO_HEADER.encode())
    assert (meeting.body, meeting.date) == ("KB", "2020-01-22")
    assert [i.number for i in meeting.items] == [301, 302]


def test_a_header_date_is_not_replaced_by_the_first_items_text() -> None:
    text = ("Referat\n\nØkonomiudvalget\n\n3. marts 2021\n\n1. Godkendelse af dagsorden\n\nResume\n\n"
            "Godkendelse af dagsorden for Byrådet den 24. februar 2021.\n\nBeslutning\n\nGodkendt.\n")
    meeting = parse_document(text.encode())
    assert (meeting.body, meeting.date) == ("Økonomiudvalget", "2021-03-03")


_CASE_NUMBERS_ABOVE_HEADINGS = """Referat
til
mødet i Teknik- og Miljøudvalget.
den 21. august 2013 kl. 10:00
i Mødelokale 22, Solbjerg

00.01.00-G01-1-07

78. Godkendelse af dagsorden

Beslutning

Godkendt.

00.30.14-Ø00-2-13

79. Orientering om budgetopfølgningen

Resumé

Udvalget orienteres om budgetopfølgningen pr. 31. maj 2013.
"""


def test_a_case_number_above_each_heading_also_after_a_short_item() -> None:
    """Item 78 holds only its decision; the case number below it is item 79's, as 78's stood above 78."""
    meeting = parse_document(_CASE_NUMBERS_ABOVE_HEADINGS.encode())
    assert [(i.number, i.case_numbers) for i in meeting.items] == [
        (78, ["00.01.00-G01-1-07"]), (79, ["00.30.14-Ø00-2-13"])]
    assert [d.text for d in meeting.items[0].decisions] == ["Godkendt."]


def test_a_title_broken_over_lines_names_the_body_before_its_full_stop() -> None:
    meeting = parse_document(_CASE_NUMBERS_ABOVE_HEADINGS.encode())
    assert (meeting.body, meeting.date, meeting.start_time) == ("Teknik- og Miljøudvalget", "2013-08-21", "10:00")


def test_a_sites_link_that_mentions_committees_is_not_the_body() -> None:
    text = ("Dagsordener og referater\n\nSe hvilke fagudvalg der er aktive\n\nØkonomiudvalget\n\n"
            "Tirsdag den 18-06-2019 kl. 17:30\n\nTilbage\n\n132. Godkendelse af dagsorden\n\n"
            "Sagsnummer: 00.22.04-G01-1-18\n\nBeslutning\n\nDagsorden godkendt.\n")
    meeting = parse_document(text.encode())
    assert (meeting.body, meeting.date) == ("Økonomiudvalget", "2019-06-18")
