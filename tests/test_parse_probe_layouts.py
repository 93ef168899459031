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


def test_a_flattened_paged_contents_list_that_lost_some_numbers_is_cut_where_the_numbering_skips() -> None:
    # "Pkt. Tekst Side" then number, title and page run together; the copy lost item 4's number and item 3's
    # page, so the entry numbered 3 holds two titles, and 5 follows it.
    meeting = parse_document("""Solbjerg Kommune. Byrådet. Referat

1 Mødedato: 26. juni 2024 Mødelokale: Byrådssalen Fraværende: Ingen

2 Indholdsfortegnelse Pkt. Tekst Side Åbne dagsordenspunkter 1 Udpegning til bestyrelsen for Solbjerg Havn 5 \
2 Nye medlemmer af Det Lokale Beskæftigelsesråd 6 3 Godkendelse af Solbjerg Kommunes Planstrategi Godkendelse \
af retningslinjer for prisen "Årets forening" 11 5 Analyse af fælles driftsfællesskaber 14 6 Årsregnskab 2023 \
for Solbjerg Havn 16
""".encode())
    assert [(i.number, i.title) for i in meeting.items] == [
        (1, "Udpegning til bestyrelsen for Solbjerg Havn"),
        (2, "Nye medlemmer af Det Lokale Beskæftigelsesråd"),
        (3, "Godkendelse af Solbjerg Kommunes Planstrategi"),
        (4, 'Godkendelse af retningslinjer for prisen "Årets forening"'),
        (5, "Analyse af fælles driftsfællesskaber"),
        (6, "Årsregnskab 2023 for Solbjerg Havn")]


def test_contents_with_each_number_and_title_in_paragraphs_of_their_own() -> None:
    # A static page of 2007: "Godkendt referat" names the kind; the contents put each running number in a
    # paragraph of its own and the title in the next, with no page column; a title may hold "nr. 77".
    meeting = parse_document("""Byrådet
Godkendt referat
mandag den 7. maj 2007 kl. 17:00 -
Solbjerg Rådhus

Indholdsfortegnelse

181.

Overførsel af uforbrugte bevillinger fra 2006 til 2007

182.

Forslag til kommuneplantillæg nr. 77

184.

Støtte til talentudvikling i Solbjerg IF

181. Overførsel af uforbrugte bevillinger fra 2006 til 2007

Sagsfremstilling

Overførslerne fremgår af bilaget.

Beslutning

Godkendt.
""".encode())
    assert (meeting.kind, meeting.body, meeting.date) == ("referat", "Byrådet", "2007-05-07")
    assert [(i.number, i.title) for i in meeting.items] == [
        (181, "Overførsel af uforbrugte bevillinger fra 2006 til 2007"),
        (182, "Forslag til kommuneplantillæg nr. 77"),
        (184, "Støtte til talentudvikling i Solbjerg IF")]
    assert [d.text for d in meeting.items[0].decisions] == ["Godkendt."]
