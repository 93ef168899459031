"""Layouts of real minutes outside the corpus, each pinned down on an example of a fictional municipality
(Solbjerg Kommune), so that a rule that breaks shows where."""

from __future__ import annotations

from referat.parse import parse_document


def test_a_flattened_contents_list_numbering_its_pages_in_roman_numerals() -> None:
    # A PDF copy set the contents as one paragraph: group headings with their page, entries with dot leaders
    # and front-matter pages (i, ii, ... xiv), two entries without a leader before the next number.
    meeting = parse_document("""Solbjerg Kommune. Kommunalbestyrelsen. Referat

1 Solbjerg Kommune Kommunalbestyrelsen Referat Dato: Mødested: Onsdag den 12-juni-2002 Rådhuset

2 Indholdsfortegnelse Til efterretning - for åbne døre...i 41. Regnskabsrapport for første kvartal...i \
42. Orientering om Solbjerg Havn...ii Til behandling - for åbne døre...iii 43. Klage over afgørelse i \
Folkeoplysningsudvalget...iii 44. Årsberetning og regnskab v 45. Tilskud til Kulturhus Vest...vi \
46. Budget xiv 47. SPØRGETID...xv Til behandling - for lukkede døre...xv 48. Salg af grund ved Havnevej...xv

3 Side i 41. Regnskabsrapport for første kvartal

Økonomiafdelingen fremsender regnskabsrapporten.
""".encode())
    assert [(i.number, i.title, i.closed) for i in meeting.items] == [
        (41, "Regnskabsrapport for første kvartal", False),
        (42, "Orientering om Solbjerg Havn", False),
        (43, "Klage over afgørelse i Folkeoplysningsudvalget", False),
        (44, "Årsberetning og regnskab", False),
        (45, "Tilskud til Kulturhus Vest", False),
        (46, "Budget", False),
        (47, "SPØRGETID", False),
        (48, "Salg af grund ved Havnevej", True)]
