"""Case numbers printed alone under an item heading in their short forms (Solbjerg Kommune, fictional): a
two-digit year and a serial (``12/15486``) and a KLE subject code with its facet (``00.22.04G01``); in running text
such figures are no case numbers."""

from __future__ import annotations

from referat.parse import parse_document

_PAGE = (
    "Økonomiudvalget\nReferat\nMandag den 08-04-2013\n\n"
    "79. Meddelelser\n12/15486\n00.22.04G01\nÅben sag\nBeslutning\nTaget til efterretning.\n\n"
    "80. Salg af grund\nÅben sag\nSagsfremstilling\nKommunen har solgt 12/15486 af arealet.\n"
    "Beslutning\nGodkendt.\n"
)


def test_short_case_numbers_alone_under_the_heading_are_the_items() -> None:
    meeting = parse_document(_PAGE.encode())
    assert [(i.number, i.case_numbers) for i in meeting.items] == [(79, ["12/15486", "00.22.04G01"]), (80, [])]
    assert [d.text for d in meeting.items[0].decisions] == ["Taget til efterretning."]


#: Six digits, a dash and four more alone under a heading: the form of a personal identity number (CPR) as much as
#: of a serial and a year, so no case number; a closed item would show it.
_IDENTITY_NUMBER_UNDER_CLOSED = (
    "Referat fra møde i Kommunalbestyrelsen\nMødedato 16. december 2013\n\n"
    "1 Åbent Meddelelser fra formanden\n\nBeslutning\n\nTaget til efterretning.\n\n"
    "2 Lukket Personalesag\n\n050527-2012\n\nBeslutning\n\nGodkendt.\n"
)


def test_an_identity_number_under_a_closed_heading_is_no_case_number_and_is_not_shown() -> None:
    meeting = parse_document(_IDENTITY_NUMBER_UNDER_CLOSED.encode())
    assert [(i.number, i.title, i.closed, i.case_numbers) for i in meeting.items] == [
        (1, "Meddelelser fra formanden", False, []), (2, "Personalesag", True, [])]
    assert "050527" not in str(meeting.to_dict())
