"""A contents list whose page repeats the document's running header (the body, the date and the column
labels) between its heading and its first entry, as a copy of a PDF keeps it; on an example of a fictional
municipality (Solbjerg Kommune)."""

from __future__ import annotations

from referat.parse import parse_document

_COPY = """Økonomiudvalget<br />

<strong>Referat</strong><br />

Mødedato: Onsdag den 9. december 2026<br />

Mødetidspunkt: 12:30<br />

Medlemmer: Anna Holm, Bent Lund, Carl Vang<br />

Fraværende: Ingen<br />


Indholdsfortegnelse<br />

Økonomiudvalget<br />

09-12-2026<br />

Punkter til dagsorden Side<br />

1. Anskaffelse af et nyt lønsystem (bevillingssag) .................................... 3<br />

2. Tilslutning til fælles udbud af el ..................................... 5<br />

3. Offentliggørelse af evalueringer i sager om<br />

udbud af rengøring ................................................................................. 7<br />

4. Kapitaltilførsel, Solbjerg Havn (bevillingssag) .................................................... 9<br />
"""


def test_the_running_header_between_the_contents_heading_and_its_entries_is_no_part_of_the_list() -> None:
    meeting = parse_document(_COPY.encode())
    assert [(item.number, item.title) for item in meeting.items] == [
        (1, "Anskaffelse af et nyt lønsystem (bevillingssag)"),
        (2, "Tilslutning til fælles udbud af el"),
        (3, "Offentliggørelse af evalueringer i sager om udbud af rengøring"),
        (4, "Kapitaltilførsel, Solbjerg Havn (bevillingssag)")]
    assert (meeting.body, meeting.date, meeting.kind) == ("Økonomiudvalget", "2026-12-09", "referat")
