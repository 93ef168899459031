"""An item's title on the line above its labelled number, in a copy without blank lines, on an example of a
fictional municipality (Solbjerg Kommune)."""

from __future__ import annotations

from referat.parse import parse_document


def test_the_title_above_the_number_in_a_copy_without_blank_lines() -> None:
    meeting = parse_document("""Økonomiudvalget
18-09-2026
Medlemmer
Birgitte Holm (A)
Peter Vang (Ø)
Fraværende
Sager 162 - 163
Meddelelser
Sag nr. 162
Beslutningskompetence: ØU
Sagens kerne
Oversigt forelægges til orientering.
Beslutning
Taget til efterretning
Bilag
Bilag 1: Notat om status
Lokalplan 154 Nord for Møllevej - Endelig vedtagelse
Sag nr. 163
Beslutningskompetence: KB
Sagens kerne
Lokalplanen indstilles til endelig vedtagelse.
Beslutning
Indstilles godkendt.
""".encode())
    assert [(item.number, item.title) for item in meeting.items] == [
        (162, "Meddelelser"), (163, "Lokalplan 154 Nord for Møllevej - Endelig vedtagelse")]
    assert [d.text for item in meeting.items for d in item.decisions] == ["Taget til efterretning",
                                                                          "Indstilles godkendt."]


def test_a_decision_without_its_full_stop_above_the_next_number_stays_the_decision() -> None:
    meeting = parse_document("""Økonomiudvalget
18-09-2026
Meddelelser
Sag nr. 162
Beslutningskompetence: ØU
Beslutning
Taget til efterretning
Sag nr. 163
Beslutningskompetence: KB
Beslutning
Indstilles godkendt.
""".encode())
    assert [d.text for d in meeting.items[0].decisions] == ["Taget til efterretning"]
    assert meeting.items[1].title != "Taget til efterretning"
