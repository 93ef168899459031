"""A copy's running page header that names the meeting (``Møde i Kommunalbestyrelsen den 5. marts 2025``), printed
again above each item (Solbjerg Kommune, fictional), belongs to no item; the same words once, or with another
date, are the item's own text."""

from __future__ import annotations

from referat.parse import parse_document

_HEADER = "Møde i Kommunalbestyrelsen den 5. marts 2025"
_PAGES = (
    "Referat\nKommunalbestyrelsen\nMødedato 5. marts 2025\n\n"
    f"{_HEADER}\n\n1 Åbent Meddelelser fra borgmesteren\n\n25-000101\n\nBeslutning\n\nTaget til efterretning.\n\n"
    f"______\n\n{_HEADER}\n\n2 Åbent Lokalplan for Engvej\n\n25-000102\n\nSagsfremstilling\n\n"
    "Sagen blev drøftet på Møde i Kommunalbestyrelsen den 4. december 2024\n\nBeslutning\n\nGodkendt.\n\n"
    f"______\n\n{_HEADER}\n\n3 Åbent Eventuelt\n\n25-000103\n\nBeslutning\n\nIntet.\n"
)


def test_the_running_header_is_no_part_of_the_items() -> None:
    meeting = parse_document(_PAGES.encode())
    assert [(i.number, i.title) for i in meeting.items] == [
        (1, "Meddelelser fra borgmesteren"), (2, "Lokalplan for Engvej"), (3, "Eventuelt")]
    assert meeting.date == "2025-03-05"
    for item in meeting.items:
        assert all(_HEADER not in section.text for section in item.sections), item.number
    assert [d.text for i in meeting.items for d in i.decisions] == ["Taget til efterretning.", "Godkendt.", "Intet."]


def test_the_same_words_with_another_date_stay_in_the_item() -> None:
    meeting = parse_document(_PAGES.encode())
    texts = [section.text for section in meeting.items[1].sections]
    assert any("Møde i Kommunalbestyrelsen den 4. december 2024" in text for text in texts)


def test_the_header_printed_once_stays_in_the_item() -> None:
    once = _PAGES.replace(f"{_HEADER}\n\n1 Åbent", "1 Åbent").replace(f"{_HEADER}\n\n2 Åbent", "2 Åbent")
    meeting = parse_document(once.encode())
    assert [i.number for i in meeting.items] == [1, 2, 3]
    assert any(_HEADER in section.text for section in meeting.items[1].sections)
