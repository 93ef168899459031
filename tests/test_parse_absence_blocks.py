"""A page of one item that records the absent in three labelled blocks before its decision (Solbjerg Kommune,
fictional): ``Fraværende med afbud:``, ``Fraværende i mødet:`` with the hours a member missed, and
``Fraværende uden afbud:``; the substitute called in is named beside the member and is no absentee."""

from __future__ import annotations

from referat.parse import parse_document

_PAGE = (
    "2. Godkendelse af dagsorden\n\nMødet sluttede kl.21.33\n\n"
    "Fraværende med afbud:\nLise Holm, Karl Vang indkaldt\nPer Dam og Anne Lund\n\n"
    "Fraværende i mødet:\nOle Berg til kl. 18.40 i punkt 2\nMette Skov fra kl. 21.33 i punkt 12\n\n"
    "Fraværende uden afbud:\nJens Bak\n\n \n\n"
    "Beslutning\n\nDagsorden blev godkendt som udsendt.\n"
)


def test_a_page_of_one_numbered_item_opening_with_absence_blocks_is_that_item() -> None:
    meeting = parse_document(_PAGE.encode())
    assert [(i.number, i.title) for i in meeting.items] == [(2, "Godkendelse af dagsorden")]
    assert [d.text for d in meeting.items[0].decisions] == ["Dagsorden blev godkendt som udsendt."]


def test_every_absence_block_names_the_absent_and_the_hours_missed_are_no_part_of_a_name() -> None:
    meeting = parse_document(_PAGE.encode())
    assert [p.name for p in meeting.items[0].absent] == [
        "Lise Holm", "Per Dam", "Anne Lund", "Ole Berg", "Mette Skov", "Jens Bak"]
