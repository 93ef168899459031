"""A copy of a PDF that flattened each page into one paragraph (Solbjerg Kommune, fictional): the contents
table's column labels run into the cover's paragraph, and each page ending in its running footer."""

from __future__ import annotations

from referat.parse import parse_document

_FLAT = (
    "Møde 22. marts 2011 kl. 08:00 i Rådhuset\n\nTranskript\n\n"
    "1 Økonomiudvalg Referat Møde 22. marts 2011 kl. 08:00 i Rådhuset Afbud fra/fraværende: - Mødet hævet kl "
    "Pkt. Tekst Side 38 Godkendelse af dagsorden 2 39 Budgetopfølgning pr. 28. februar 5 "
    "40 Salg af grund ved Solbjerg Sø 8\n\n"
    "2 38. Godkendelse af dagsorden Sagsnr.: 11/123 Sagsfremstilling Dagsordenen forelægges til godkendelse. "
    "Beslutning Godkendt. Økonomiudvalg, 22. marts 2011 Side 2\n\n"
    "3 39. Budgetopfølgning pr. 28. februar Sagsnr.: 11/124 Sagsfremstilling "
    "Økonomiafdelingen sender opfølgningen til orientering. "
    "Beslutning Taget til efterretning. Økonomiudvalg, 22. marts 2011 Side 3\n"
)


def test_contents_column_labels_inside_the_covers_paragraph_start_the_contents() -> None:
    meeting = parse_document(_FLAT.encode())
    assert [(i.number, i.title) for i in meeting.items] == [
        (38, "Godkendelse af dagsorden"), (39, "Budgetopfølgning pr. 28. februar"),
        (40, "Salg af grund ved Solbjerg Sø")]
    assert (meeting.body, meeting.date, meeting.kind) == ("Økonomiudvalg", "2011-03-22", "referat")


def test_a_pages_running_footer_is_no_part_of_the_decision_it_follows() -> None:
    meeting = parse_document(_FLAT.encode())
    assert [[d.text for d in i.decisions] for i in meeting.items[:2]] == [
        ["Godkendt."], ["Taget til efterretning."]]
