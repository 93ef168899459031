"""Layouts of real minutes outside the corpus, each pinned down on an example of a fictional municipality
(Solbjerg Kommune), so that a rule that breaks shows where."""

from __future__ import annotations

import pytest

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


def test_an_empty_contents_heading_over_the_first_item_leaves_it_an_item() -> None:
    # The page prints "Indholdsfortegnelse" and then the items themselves: the first heading is followed by
    # its case number's label, not by further entries, so it is no contents entry; the numbered list of its
    # recommendation is no item.
    meeting = parse_document("""Byrådet - Referat

Dato: 29. marts 2016
Lokale: Byrådssalen

Indholdsfortegnelse

1. ØK Låneoptagelse for 2015 og 2016

Sagsnummer
00.34.00-S00-2-14
Resume

Det indstilles, at der optages et lån på 60 mio. kr.

Indstilling

Direktionen indstiller, at

  1. Byrådet hjemtager et serielån på 60 mio. kr.
Beslutning

Byrådet vedtog indstillingen.

2. Salg af areal ved Solbjerg Havn

Sagsnummer
82.06.00-G01-1-16
Beslutning

Godkendt.
""".encode())
    assert [(i.number, i.title, i.case_numbers) for i in meeting.items] == [
        (1, "ØK Låneoptagelse for 2015 og 2016", ["00.34.00-S00-2-14"]),
        (2, "Salg af areal ved Solbjerg Havn", ["82.06.00-G01-1-16"])]
    assert [d.text for d in meeting.items[0].decisions] == ["Byrådet vedtog indstillingen."]


def test_a_flattened_contents_table_under_its_own_heading_with_a_wrapped_title_numbered_on_its_second_line() -> None:
    # A PDF copy: the contents heading on a line of its own above the page number, the table flattened into
    # one paragraph opening with its column labels; item 3's title wrapped in its row and the copy set the
    # row's number and page beside the second line; item 5's did so at the end. Item 1's title starts with a
    # number of its own.
    meeting = parse_document("""Kommunalbestyrelsen

Referat

22. december 2016 kl. 17:00

Solbjerg Kommune

2

Indholdsfortegnelse

Pkt. Tekst Side 1 3. anslået regnskab 2016 - samlet sag 4 2 Gældsafvikling (Beslutning) 10 Trafikale \
skitseprojekter langs Solbjergvej 3 27 (Beslutning) 4 Valg af skrifttype til vejnavneskilte (Beslutning) 33 \
Overgang til almindelig skoleindskrivning i indskolingen på 5 49 Solbjerg Skole
""".encode())
    assert [(i.number, i.title) for i in meeting.items] == [
        (1, "3. anslået regnskab 2016 - samlet sag"),
        (2, "Gældsafvikling (Beslutning)"),
        (3, "Trafikale skitseprojekter langs Solbjergvej (Beslutning)"),
        (4, "Valg af skrifttype til vejnavneskilte (Beslutning)"),
        (5, "Overgang til almindelig skoleindskrivning i indskolingen på Solbjerg Skole")]


def test_a_flattened_contents_list_is_cut_where_its_numbers_rise_one_by_one() -> None:
    # Titles holding numbers and names of their own ("Lokalplan 264", "17/2013", "Virum Station") run together;
    # only the numbers with a full stop that rise one by one from the first open entries.
    meeting = parse_document("""Solbjerg Kommune
Kommunalbestyrelsen
Referat
Mødedato: 25. januar 2016

Side 2 af 66 Indholdsfortegnelse 1. Lokalplan 264 for et erhvervsområde på Dyrehavegårds Jorder 2. \
Kommuneplantillæg 17/2013 for et område ved Solbjerg Station 3. Lokalplan 259 for en boligbebyggelse ved \
Virum Station 4. Regulativ for husholdningsaffald 2016 5. Kvalitetsstandarder 2016
""".encode())
    assert [(i.number, i.title) for i in meeting.items] == [
        (1, "Lokalplan 264 for et erhvervsområde på Dyrehavegårds Jorder"),
        (2, "Kommuneplantillæg 17/2013 for et område ved Solbjerg Station"),
        (3, "Lokalplan 259 for en boligbebyggelse ved Virum Station"),
        (4, "Regulativ for husholdningsaffald 2016"),
        (5, "Kvalitetsstandarder 2016")]


def test_a_contents_of_zero_padded_numbers_on_lines_of_their_own_with_leaders_to_the_page() -> None:
    # A PDF's text one line per line: the document's file name ("00 Referat uden bilag") first, which is no
    # item 0; labels first and their values after; the contents' numbers on lines of their own, each title
    # running to its page after a dot leader, a wrapped title's leader on its second line, the last cut off.
    meeting = parse_document("""00 Referat uden bilag - Solbjerg Kommune

Referat
Økonomiudvalget
Mødedato:
Mødested:
Mandag den 16. marts 2015
Det Hvide Værelse, Rådhuset
Sagsoversigt
Side
01.
Godkendelse af dagsorden.................................................................................3
02.
Lovliggørelse af Solbjerg Mølle ...............................................................................5
03.
Endelig stillingtagen til vejadgang til Klostermosevej 102 - ekspropriation af
eksisterende vejadgang ............9
04.
Lejerbo ansøger om godkendelse af byggeregnskab (Skema C)
..........................................
""".encode())
    assert (meeting.date, meeting.body) == ("2015-03-16", "Økonomiudvalget")
    assert [(i.number, i.title) for i in meeting.items] == [
        (1, "Godkendelse af dagsorden"),
        (2, "Lovliggørelse af Solbjerg Mølle"),
        (3, "Endelig stillingtagen til vejadgang til Klostermosevej 102 - ekspropriation af eksisterende vejadgang"),
        (4, "Lejerbo ansøger om godkendelse af byggeregnskab (Skema C)")]


def test_a_whole_cover_and_contents_flattened_into_one_paragraph() -> None:
    # The municipality's name in capitals opens the cover; the contents' first entry follows the page's running
    # header; each entry has its status in brackets, which is no part of its title.
    meeting = parse_document("""SOLBJERG KOMMUNE Referat af møde i Kommunalbestyrelsen Mødetidspunkt 31-08-2015 18:00 \
Mødeafholdelse Rådssalen Tilstede: Hans Toft, Pia Nyring og Ulrik Borch Indholdsfortegnelse Kommunalbestyrelsen \
31-08-2015 18:00 1 (Åben) Meddelelser fra formanden ..........................4 2 (Åben) Lokalplan 367 for \
Solbjergvej 43 -57. Endelig vedtagelse ..........................4 3 (Åben) Anlægsbevilling til nye lokaler \
..........................8 4 (Åben) Garantistillelse for lån i Solbjerg Vand ..........................13
""".encode())
    assert (meeting.kind, meeting.date) == ("referat", "2015-08-31")
    assert [(i.number, i.title, i.closed) for i in meeting.items] == [
        (1, "Meddelelser fra formanden", False),
        (2, "Lokalplan 367 for Solbjergvej 43 -57. Endelig vedtagelse", False),
        (3, "Anlægsbevilling til nye lokaler", False),
        (4, "Garantistillelse for lån i Solbjerg Vand", False)]


def test_a_cover_line_opening_with_the_body_then_the_kind() -> None:
    # "Byrådet Beslutningsprotokol. 27. august kl. 17:00 …": the body, then the kind, in one cover line whose
    # year only a later line gives; the contents, flattened, kept its first number only.
    meeting = parse_document("""Byrådet Beslutningsprotokol. 27. august kl. 17:00 Byrådssalen, Solbjerg Rådhus

Download "Byrådet Beslutningsprotokol. 27. august 2007 - kl. 17:00 Byrådssalen, Solbjerg Rådhus"

2 Indholdsfortegnelse Side 162. Dialogmøde med borgerne Godkendelse af dagsorden Godkendelse af forslag til \
lokalplan for et område ved Borgergade Orientering om årlig beretning fra Handicaprådet
""".encode())
    assert (meeting.kind, meeting.body, meeting.date) == ("referat", "Byrådet", "2007-08-27")
    assert [(i.number, i.title) for i in meeting.items] == [
        (162, "Dialogmøde med borgerne"), (None, "Godkendelse af dagsorden"),
        (None, "Godkendelse af forslag til lokalplan for et område ved Borgergade"),
        (None, "Orientering om årlig beretning fra Handicaprådet")]


def test_column_labels_with_colons_over_an_ambiguous_contents_heading() -> None:
    # "Sag nr.: Emne: Side:" above "ÅBEN DAGSORDEN": a contents list, although none of its titles is found
    # again (the copy is cut); some entries end in their page, titles wrap onto a second line.
    meeting = parse_document("""Mødedato: 29. februar 2012

BYRÅDET

Referat

Sag nr.: Emne: Side:

ÅBEN DAGSORDEN

29 Henvendelse fra Statsforvaltningen i anledning af Solbjerg Energi A/S´s aftale

med Solbjerg FF om køb af stadionnavnet

30 Fordebat forud for udarbejdelse af Kommuneplan 2013-2025 86

31 Tilsyn med boligselskabernes regnskaber for 2010 88
""".encode())
    assert [(i.number, i.title) for i in meeting.items] == [
        (29, "Henvendelse fra Statsforvaltningen i anledning af Solbjerg Energi A/S´s aftale med Solbjerg FF om køb af "
             "stadionnavnet"),
        (30, "Fordebat forud for udarbejdelse af Kommuneplan 2013-2025"),
        (31, "Tilsyn med boligselskabernes regnskaber for 2010")]


@pytest.mark.parametrize(("first_line", "body"), [
    ("Byrådet - Referat fra mødet den 24-04-2019", "Byrådet"),
    ("Referat - Solbjerg Kommune\n\nByrådet\n\nMødedato: 24. april 2019", "Byrådet"),
])
def test_a_title_naming_the_body_and_the_kind_or_only_the_municipality(first_line: str, body: str) -> None:
    meeting = parse_document(f"""{first_line}

1 Godkendelse af dagsorden

Sagsfremstilling

Dagsordenen forelægges.
""".encode())
    assert (meeting.kind, meeting.body, meeting.date) == ("referat", body, "2019-04-24")


def test_closed_items_listed_by_number_alone_are_kept_closed_and_untitled() -> None:
    meeting = parse_document("""Referat
Byrådet
Mødedato: 3. marts 2024

Dagsordenspunkter

  åbent 1 Godkendelse af dagsorden
  åbent 2 Årsberetning 2023
  lukket 3 Lukket punkt
  lukket 4 Lukket punkt

 1  Godkendelse af dagsorden

Beslutning

Godkendt.
""".encode())
    assert [(i.number, i.title, i.closed) for i in meeting.items] == [
        (1, "Godkendelse af dagsorden", False), (2, "Årsberetning 2023", False), (3, None, True), (4, None, True)]


def test_a_page_of_one_item_whose_title_stands_below_its_case_line_and_above_a_routing_grid() -> None:
    meeting = parse_document("""Dagsordener og referater

Udvalg: Teknik- og Miljøudvalget
Mødedato: 6. november 2017
Mødested: C3.40

Dagsordenpunkter

Sagsnr.: 05.00.00-A00-2-17 Sagsbehandler: Lene Holm

Orientering om projektet "Naturen som løftestang"

DIR

TMU

BYR

 x

 x

Øvrige sagsbehandlere: Jacob Kjær

Sagsresume

Forvaltningen anbefaler, at sagen tages til orientering.

Beslutning

Sagen taget til orientering.
""".encode())
    assert (meeting.body, meeting.date) == ("Teknik- og Miljøudvalget", "2017-11-06")
    assert [(i.number, i.title, i.case_numbers) for i in meeting.items] == [
        (None, 'Orientering om projektet "Naturen som løftestang"', ["05.00.00-A00-2-17"])]
    assert [s.kind for s in meeting.items[0].sections][:1] == ["summary"]
    assert [d.text for d in meeting.items[0].decisions] == ["Sagen taget til orientering."]


def test_contents_headings_glued_to_the_text_before_them_and_a_closed_part_of_its_own() -> None:
    # The member list's last line and the open part's last page run into the contents headings; the closed
    # part has a heading of its own ("Indholdsfortegnelse lukket møde"), its entries closed.
    meeting = parse_document("""Referat

Møde i Forretningsudvalget

fredag den 14. august 2020 kl. 09:30

Deltagere:

Heino Holm (A), Formand

Egon Bo (I)Indholdsfortegnelse åbent møde

1.

Godkendelse af dagsorden

5

2.

Budgetforslag 2021 1. behandling

6

5.

Meddelelser

53Indholdsfortegnelse lukket møde

3.

Udbud af akutlægehelikopterne (Lukket punkt)

51

4.

Salg af Solbjergvej 13 (Lukket punkt)

52


1. Godkendelse af dagsorden

Beslutning

Godkendt.
""".encode())
    assert [(i.number, i.title, i.closed) for i in meeting.items] == [
        (1, "Godkendelse af dagsorden", False), (2, "Budgetforslag 2021 1. behandling", False),
        (3, "Udbud af akutlægehelikopterne", True), (4, "Salg af Solbjergvej 13", True), (5, "Meddelelser", False)]
    assert "Egon Bo" in [p.name for p in meeting.participants]


def test_a_member_list_with_remarks_after_the_members() -> None:
    meeting = parse_document("""Referat

Møde i Regionsrådet

mandag den 6. januar 2020 kl. 16:00

Deltagere:

Heino Holm (A), Formand

Peter Kjær (O), 1. næstformand- afbud

Freddy Bach (A)- deltog ikke i behandlingen af punkt: 12

Jorun Bech (A)- afbud

Anna Bondo Nielsen (Ø)- deltog ikke i behandlingen af punkt: 1, 2

Tina Boel (F)

Ole Vinding (V)- deltog ikke i behandlingen af punkterne 2-3 og 12

1. Godkendelse af dagsorden

Beslutning

Godkendt.

2. Regnskab 2019

Beslutning

Godkendt.

3. Eventuelt

Beslutning

Intet.
""".encode())
    assert [p.name for p in meeting.absent] == ["Peter Kjær", "Jorun Bech"]
    assert [p.name for p in meeting.participants] == ["Heino Holm", "Freddy Bach", "Anna Bondo Nielsen", "Tina Boel",
                                                      "Ole Vinding"]
    # Those at the meeting who took no part in an item are absent from that item only.
    assert [[p.name for p in item.absent] for item in meeting.items] == [
        ["Anna Bondo Nielsen"], ["Anna Bondo Nielsen", "Ole Vinding"], ["Ole Vinding"]]


def test_a_decision_heading_with_the_date_right_after_the_body_dates_a_page_without_a_header() -> None:
    meeting = parse_document("""1.      Indkaldelse af stedfortrædere

Sagsnr.

450-2018-4075

Åbent

Sagsfremstilling

Liste A ønsker at indkalde Merete Bang.

Beslutning i Byrådet 9. oktober 2018:

Fraværende:  Martin Holm (A), Peter Kjær (V)

Godkendt.

2.      Spørgetid

Beslutning i Byrådet 9. oktober 2018:

Ingen spørgsmål.
""".encode())
    assert (meeting.body, meeting.date) == ("Byrådet", "2018-10-09")
    assert [(d.body, d.date) for i in meeting.items for d in i.decisions] == [
        ("Byrådet", "2018-10-09"), ("Byrådet", "2018-10-09")]
    assert meeting.items[1].decisions[0].text == "Ingen spørgsmål."
    assert {p.name for p in meeting.items[0].absent} | {p.name for p in meeting.absent} >= {"Martin Holm", "Peter Kjær"}


def test_contents_under_a_sentence_heading_with_its_page_column_printed_after_the_entries() -> None:
    # A PDF's text gives the table's columns one after the other: the entries under "Følgende sager behandles:"
    # and "Pkt. Tekst", then "Side" and one page number an entry, which are no items.
    meeting = parse_document("""Solbjerg Kommune
25. maj 2016
Side 1.
Åben dagsorden
Solbjerg Byråd 2014-2017
Borgmesterkontoret
Mødedato:
Mødested:
Fraværende:
25. maj 2016
Solbjerg Rådhus, Springvandspladsen 5
Følgende sager behandles:
Pkt. Tekst
1 Revisionsberetning nr. 19 og resultat af rådighedstilsyn
2 Økonomirapport 1 - 2016, Alle udvalg
3 Godkendelse af Solbjerg Havns årsregnskab 2015
4 Trafik i Østergade
Side
2
5
8
15
Solbjerg Kommune
25. maj 2016
Side 2.
00.01.00-K01-1-16
1.
Revisionsberetning nr. 19 og resultat af rådighedstilsyn
Resumé
Revisionen har fremsendt beretning nr. 19.
""".encode())
    assert [(i.number, i.title) for i in meeting.items] == [
        (1, "Revisionsberetning nr. 19 og resultat af rådighedstilsyn"), (2, "Økonomirapport 1 - 2016, Alle udvalg"),
        (3, "Godkendelse af Solbjerg Havns årsregnskab 2015"), (4, "Trafik i Østergade")]
    assert meeting.items[0].case_numbers == ["00.01.00-K01-1-16"]


def test_contents_with_the_numbers_in_one_block_the_titles_in_the_next_and_the_pages_after_them() -> None:
    # A PDF's text gives the contents table column by column: the numbers 79-82, then their titles (one wrapped),
    # then entries as usual, the document's own pages, and the page column, none of which are items.
    meeting = parse_document("""Økonomiudvalget
Referat
Mødedato:
Mandag den 08-04-2013
Indholdsfortegnelse
Sag nr. Side
79.
80.
81.
82.
Meddelelser
Drøftelse af besparelse på badebroer
Genoptagelse af altansager på Nørregade 16-18 efter fornyede
oplysninger i sagen
Normering af stilling som IT chef
83. Støttemur Bagenkop
84. LUKKET SAG Ny Solbjergfærge - kontraktforhold
Bilagsoversigt
Underskriftsside
79
79
80
82
83
84
Økonomiudvalget, Mandag den 08-04-2013
79
79. Meddelelser
Åben sag
Beslutning
Taget til efterretning.
""".encode())
    assert [(i.number, i.title, i.closed) for i in meeting.items] == [
        (79, "Meddelelser", False), (80, "Drøftelse af besparelse på badebroer", False),
        (81, "Genoptagelse af altansager på Nørregade 16-18 efter fornyede oplysninger i sagen", False),
        (82, "Normering af stilling som IT chef", False), (83, "Støttemur Bagenkop", False),
        (84, "Ny Solbjergfærge - kontraktforhold", True)]
    assert [d.text for d in meeting.items[0].decisions] == ["Taget til efterretning."]


def test_a_cover_flattened_with_its_kind_and_contents_heading_in_capitals() -> None:
    # A docplayer copy: the page's title is a contents line; the cover holds "REFERAT" and "INDHOLDSFORTEGNELSE"
    # in capitals inside one paragraph, whose list kept its first number only ("1... Meddelelser"); the body's
    # item headings were flattened too, so only the contents give the items.
    meeting = parse_document("""2... Ny styrelsesvedtægt for Solbjerg Kommune - 2. behandling 3

Størrelse: px
Starte visningen fra side:

Transkript

1 Møde i Kommunalbestyrelsen mandag den 28. november 2005, Kl i Kommunalbestyrelsens mødesal REFERAT Eventuelle \
skriftlige spørgsmål til Kommunalbestyrelsen. INDHOLDSFORTEGNELSE 1... Meddelelser Ændring af Pederstrupkomiteens \
formål og organisation Renovering af naturfagslokale på Parkskolen - anlægsbevilling Etablering af Grønt Råd
""".encode())
    assert (meeting.kind, meeting.date) == ("referat", "2005-11-28")
    assert [(i.number, i.title) for i in meeting.items] == [
        (1, "Meddelelser"), (None, "Ændring af Pederstrupkomiteens formål og organisation"),
        (None, "Renovering af naturfagslokale på Parkskolen - anlægsbevilling"), (None, "Etablering af Grønt Råd")]


def test_a_run_together_contents_list_whose_last_titles_kept_their_leaders_and_a_running_header_before_a_title() \
        -> None:
    # The copy kept the first number and the last pages only: "Sag nr. Side 1. Godkendelse … Eventuelt...19
    # Bilagsoversigt...20"; the body's heading runs after the page's running header.
    meeting = parse_document("""Erhvervsudvalget. Referat. Dato 08. september 2014

1 Erhvervsudvalget Referat Dato 08. september 2014 Mødetidspunkt 16:00

2 Indholdsfortegnelse Sag nr. Side 1. Godkendelse af dagsorden Orientering fra formanden - direktøren \
Orientering om status på turismesamarbejdet "Østersøen plus" Drøftelse af kommende projekter Salg af areal - \
LUKKET SAG Eventuelt...19 Bilagsoversigt...20 Underskriftsside...21

3 Solbjerg Kommune Dato Side Erhvervsudvalget Godkendelse af dagsorden Sagsnr.: 14/ Sagen afgøres i: \
Erhvervsudvalget Sagsfremstilling Dagsorden til mødet er udsendt. Indstilling Administrationen indstiller, at \
dagsordenen godkendes. Beslutning i Erhvervsudvalget den Indstillingen tiltrådt. 2

4 Solbjerg Kommune Dato Side Erhvervsudvalget Orientering fra formanden - direktøren Sagsnr.: 13/ Sagen afgøres \
i: Erhvervsudvalget Sagsfremstilling Formanden og direktøren orienterer om diverse emner.
""".encode())
    assert [(i.number, i.title, i.closed) for i in meeting.items] == [
        (1, "Godkendelse af dagsorden", False), (2, "Orientering fra formanden - direktøren", False),
        (3, 'Orientering om status på turismesamarbejdet "Østersøen plus"', False),
        (4, "Drøftelse af kommende projekter", False), (5, "Salg af areal", True), (6, "Eventuelt", False)]
    # Items 1 and 2 are found in the body, the rest numbered after them in the contents' order.


def test_attendance_prose_before_the_items_names_the_items_some_missed() -> None:
    # Sentences run together where a copy lost the full stop after a substitute's party letter; those away
    # "under punkt 2" / "under punkterne 2-3" were at the meeting and are absent from those items only.
    meeting = parse_document("""Kommunalbestyrelsen
Referat
3. marts 2025 kl. 17:00
Solbjerg Rådhus
Lis Holm (A) var fraværende. I stedet deltog Jens Berg (A) Anna Vik (F) var fraværende. I stedet deltog Kim Dahl (F).
Ole Lund var fraværende under punkt 2. Eva Krag var fraværende under punkterne 2-3.
Fraværende: Ib Storm (afbud)

1. Godkendelse af dagsorden
Beslutning
Godkendt.

2. Regnskab 2024
Beslutning
Godkendt.

3. Eventuelt
Beslutning
Intet.
""".encode())
    assert [p.name for p in meeting.absent] == ["Lis Holm", "Anna Vik", "Ib Storm"]
    assert [p.name for p in meeting.substitutes] == ["Jens Berg", "Kim Dahl"]
    assert [[p.name for p in item.absent] for item in meeting.items] == [[], ["Ole Lund", "Eva Krag"], ["Eva Krag"]]


def test_an_agenda_listed_bare_under_status_groups() -> None:
    # A municipality's news page that is nothing but one meeting's items, numbered, under groups that say
    # what each is for and whether it is open; no contents heading, no page numbers, no item texts.
    meeting = parse_document("""Dagsorden kommunalbestyrelsesmøde 2. juni 2020

Mødet starter kl. 17 i Solbjerg Hallen, det lokale mødelokale.

Til behandling (åbne punkter)

 • 57 - Første budgetopfølgning 2020
 • 58 - Likviditetslån

Til orientering (åbne punkter)

 • 59 - Borgernes deltagelse i det lokale offentlige liv

Til behandling (lukkede punkter)

 • 60 - Salg af et ubebygget areal
""".encode())
    assert [(i.number, i.title, i.closed) for i in meeting.items] == [
        (57, "Første budgetopfølgning 2020", False), (58, "Likviditetslån", False),
        (59, "Borgernes deltagelse i det lokale offentlige liv", False), (60, "Salg af et ubebygget areal", True)]
    assert meeting.kind == "dagsorden"
    assert "•" not in (meeting.location or "")


def test_a_cover_whose_label_column_was_read_into_its_lines() -> None:
    # A PDF copy: the body and the first label of the table beside it on one line, each value below its
    # label ("17:00." with the sentence's full stop), the list of those away going on in sentences that
    # name items, and the municipality's name in capitals under it.
    meeting = parse_document("""SOLBJERG KOMMUNE

REFERAT

Byrådet Mødedato:

Torsdag den 01-03-2007.

Mødetidspunkt:

17:00.

Sted:

Kig Ind, Nørager.

Møde slut:

19:45

Fraværende:

Gitte Rubæk, Bertil Holm. Leon Sand deltog ikke i behandlingen af pkt. 01 – pkt. 02.

SOLBJERG KOMMUNE

1. Stedfortræder til repræsentantskabet
Beslutning
Godkendt.

2. Økonomiorientering januar 2007
Beslutning
Taget til efterretning.

3. Eventuelt
Beslutning
Intet.
""".encode())
    assert (meeting.kind, meeting.body, meeting.date) == ("referat", "Byrådet", "2007-03-01")
    assert (meeting.start_time, meeting.end_time, meeting.location) == ("17:00", "19:45", "Kig Ind, Nørager")
    assert [p.name for p in meeting.absent] == ["Gitte Rubæk", "Bertil Holm"]
    assert [[p.name for p in item.absent] for item in meeting.items] == [["Leon Sand"], ["Leon Sand"], []]


def test_a_title_whose_date_lost_its_year_names_the_body_alone() -> None:
    # A copy that dropped the title's digits after the day: the weekday and what follows are no part of the name.
    meeting = parse_document("""Referat fra møde i Kommunalbestyrelsen mandag den 25. januar Mødet startede kl. 18:00

1. Spørgetid
Sagsnr.: 10/11
Beslutning
Ingen spørgsmål.
""".encode())
    assert (meeting.kind, meeting.body) == ("referat", "Kommunalbestyrelsen")


def test_a_page_announcing_a_meeting_with_its_agenda() -> None:
    meeting = parse_document("""Kommunalbestyrelsen holder møde tirsdag den 15. september 2020 kl. 17.00

Det foregår på Solbjerg Rådhus med nedenstående dagsorden:

Til behandling (åbne punkter)

  1. Førstebehandling af budget 2021-2025
  2. Strategisk energiplanlægning
""".encode())
    assert (meeting.kind, meeting.body, meeting.date, meeting.start_time) == (
        "dagsorden", "Kommunalbestyrelsen", "2020-09-15", "17:00")
    assert [(i.number, i.title) for i in meeting.items] == [
        (1, "Førstebehandling af budget 2021-2025"), (2, "Strategisk energiplanlægning")]
