"""A site's page of one meeting that lists its closed items under ``Lukkede sager`` above the open items' text
(Solbjerg Kommune, fictional): the closed items are kept from the list, the open ones read from the body."""

from __future__ import annotations

from referat.parse import parse_document

_PAGE = (
    "Referat for Økonomiudvalget møde den 30. april 2019\n\n"
    "Møde:\nØkonomiudvalget\nMødetid:\n30. april 2019 kl. 15:00\n"
    "Tilstede:\nLise Holm\nKarl Vang\nFraværende:\nPer Dam\n\n"
    "Åbne sager\n\nLukkede sager\n\n"
    "209. Omdannelse til sommerhusområde\n210. Køb af ejendom\n\n"
    "ÅBNE SAGER\n\n"
    "191. Retningslinjer for annoncering på skærme\nSagsnr.: 2019-003610\n\n"
    "Sagsbeskrivelse:\n\nKommunen har fået to skærme ved indfaldsvejene.\n\n"
    "Beslutning:\n\nGodkendt.\n"
)


def test_closed_items_listed_under_their_group_above_the_body_are_kept_closed() -> None:
    meeting = parse_document(_PAGE.encode())
    assert [(i.number, i.title, i.closed) for i in meeting.items] == [
        (191, "Retningslinjer for annoncering på skærme", False),
        (209, "Omdannelse til sommerhusområde", True), (210, "Køb af ejendom", True)]
    assert [d.text for d in meeting.items[0].decisions] == ["Godkendt."]


def test_the_items_group_heading_is_no_absent_member_and_moede_no_part_of_the_body() -> None:
    meeting = parse_document(_PAGE.encode())
    assert [p.name for p in meeting.absent] == ["Per Dam"]
    assert meeting.body == "Økonomiudvalget"


def test_an_item_the_contents_leave_out_is_compared_with_no_entry() -> None:
    """The contents list 209 and 210 only: item 191 gets no warning about another item's title."""
    meeting = parse_document(_PAGE.encode())
    assert not [w for w in meeting.warnings if "the table of contents says" in w]


def test_an_access_group_over_the_items_themselves_is_no_contents() -> None:
    text = ("Referat for Økonomiudvalget møde den 30. april 2019\n\n"
            "Åbne sager\n\n1. Godkendelse af dagsorden\nSagsnr.: 2019-1\n\nBeslutning:\n\nGodkendt.\n\n"
            "2. Budgetopfølgning\nSagsnr.: 2019-2\n\nBeslutning:\n\nTaget til efterretning.\n")
    meeting = parse_document(text.encode())
    assert [(i.number, i.case_numbers, [d.text for d in i.decisions]) for i in meeting.items] == [
        (1, ["2019-1"], ["Godkendt."]), (2, ["2019-2"], ["Taget til efterretning."])]
