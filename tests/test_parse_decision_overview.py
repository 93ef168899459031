"""A committee's overview of its decisions (Solbjerg Kommune, fictional): each item a numbered title and one line
``Beslutning: Godkendt``, the items grouped under ``Åben`` and ``Lukket`` lines between them."""

from __future__ import annotations

from referat.parse import parse_document

_PAGE = (
    "Kultur- og Fritidsudvalget\n\nKultur- og Fritidsudvalget 9. marts 2026\nSe den samlede dagsorden som PDF\n\n"
    "Åben\n\n1. Godkendelse af dagsorden\nBeslutning: Godkendt\n"
    "2. Samarbejdsaftale med musikhuset\nBeslutning: Drøftedes\n"
    "3. Anbefaling fra musikudvalget\nBeslutning: Godkendt\n\nLukket\n\n"
    "4. Sammensætning af kunstudvalget\nBeslutning: Anbefales\n\nÅben\n\n"
    "5. Eventuelt\nBeslutning: Intet\n"
)


def test_every_numbered_title_with_its_decision_line_is_an_item() -> None:
    meeting = parse_document(_PAGE.encode())
    assert [(i.number, i.title) for i in meeting.items] == [
        (1, "Godkendelse af dagsorden"), (2, "Samarbejdsaftale med musikhuset"), (3, "Anbefaling fra musikudvalget"),
        (4, "Sammensætning af kunstudvalget"), (5, "Eventuelt")]
    assert [[d.text for d in i.decisions] for i in meeting.items] == [
        ["Godkendt"], ["Drøftedes"], ["Godkendt"], [], ["Intet"]]


def test_the_status_lines_between_items_open_the_closed_and_open_parts() -> None:
    meeting = parse_document(_PAGE.encode())
    assert [i.closed for i in meeting.items] == [False, False, False, True, False]
    assert not meeting.items[3].sections  # a closed item shows its number, title and case numbers only
