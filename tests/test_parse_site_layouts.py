"""Layouts of municipal sites' minutes pages, each in an example of our own (Solbjerg Kommune, fictional)."""

from __future__ import annotations

from referat.parse import parse_document

_STATUS_CONTENTS = """Referat
Kultur- og Fritidsudvalget
14-08-2024 kl. 15:00
Mødelokale B, Rådhuset
Dagsordenspunkter

  åbent 1 Fraværende og bemærkninger til dagsordenen
  åbent 2 Status på kulturstrategien
  lukket 3 Salg af grund ved Havnevej

Til indholdsfortegnelse

 Åbent  punkt

 1  Fraværende og bemærkninger til dagsordenen

20.00.00G01-0015

Behandling

Mødedato

Åbent punkt

Lukket punkt

Kultur- og Fritidsudvalget

14-08-2024

1

Fraværende

Ingen.

 Åbent  punkt

 2  Status på kulturstrategien

85.02.02G00-0005

Behandling

Mødedato

Åbent punkt

Lukket punkt

Resumé

Drøftelse af strategien for kulturområdet.

 Lukket  punkt

 3  Salg af grund ved Havnevej

82.06.00G01-0044

Resumé

Salgsprisen for grunden ved Havnevej er forhandlet på plads.
"""


def test_contents_entries_with_their_access_before_the_number() -> None:
    """``åbent 1 Title`` / ``lukket 3 Title``: the access, then the number, then the title."""
    meeting = parse_document(_STATUS_CONTENTS.encode())
    assert [(i.number, i.title, i.closed) for i in meeting.items] == [
        (1, "Fraværende og bemærkninger til dagsordenen", False),
        (2, "Status på kulturstrategien", False),
        (3, "Salg af grund ved Havnevej", True)]


def test_kle_journal_numbers_without_a_year_are_case_numbers() -> None:
    meeting = parse_document(_STATUS_CONTENTS.encode())
    assert [i.case_numbers for i in meeting.items] == [["20.00.00G01-0015"], ["85.02.02G00-0005"],
                                                        ["82.06.00G01-0044"]]


def test_open_and_closed_column_labels_leave_an_item_listed_open_open() -> None:
    """``Åbent punkt`` then ``Lukket punkt``: a table's column labels whose mark was lost. The contents say
    ``åbent``, so the item keeps its text; the closed item shows nothing but its number, title and case."""
    items = parse_document(_STATUS_CONTENTS.encode()).items
    assert items[1].sections[-1].text == "Drøftelse af strategien for kulturområdet."
    assert items[2].sections == [] and items[2].decisions == []


def test_open_and_closed_column_labels_close_an_item_nothing_lists_as_open() -> None:
    """Without contents saying ``åbent``, the two labels leave it unknown which applies: the item stays closed."""
    text = _STATUS_CONTENTS.replace("  åbent 2 Status", "  2 Status")
    items = parse_document(text.encode()).items
    assert items[1].closed and items[1].sections == []


def test_a_closed_status_above_a_heading_closes_the_item_below_it() -> None:
    """The page sets each item's status above its heading: ``Lukket punkt`` closes item 3, not item 2 above it,
    even where the contents do not say so."""
    text = _STATUS_CONTENTS.replace("  lukket 3 Salg", "  3 Salg")
    items = parse_document(text.encode()).items
    assert [i.closed for i in items] == [False, False, True]
    assert items[2].sections == [] and "Salgsprisen" not in repr(parse_document(text.encode()))


def test_a_status_that_is_all_of_an_item_stays_with_its_heading() -> None:
    text = ("Referat\nByrådet\n5. marts 2024\n\n1. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n\n"
            "2. Salg af grund ved Havnevej\n\nLukket punkt\n\n3. Eventuelt\n\nBeslutning\n\nIntet.\n")
    items = parse_document(text.encode()).items
    assert [(i.number, i.closed) for i in items] == [(1, False), (2, True), (3, False)]
    assert items[2].decisions[0].text == "Intet."


def test_dates_rendered_in_english_and_with_the_month_between_hyphens() -> None:
    from referat.parse.dates import parse_date

    assert parse_date("Dato: Onsdag, April 3, 2019 - 18:00") == "2019-04-03"
    assert parse_date("Onsdag den 15-maj-2002") == "2002-05-15"
    assert parse_date("May 2019") is None


_DATED_BODY_LABELS = """Referat
Dato: Onsdag, April 3, 2019 - 18:00
Sted: Mødelokale 2A

  Pkt. 42

  Godkendelse af dagsorden

  Sagsnr. 299835 Kultur- og Fritidsudvalget Åbent punkt

  Kultur- og Fritidsudvalget, 03-04-2019, pkt. 42

  Godkendt.

  Pkt. 43

  Lokalplan for Møllevej

  Sagsnr.: 330-2017-90230      Dok.nr.: 330-2018-500301      Åbent

  Indstilling

  Forvaltningen indstiller, at lokalplanen vedtages.

  Teknik- og Miljøudvalget, 10. marts 2019, pkt. 65:

  Anbefales.

  Fritids-, Kultur- og Forebyggelsesudvalget, d. 3. april 2019:

  Vedtaget.

  Pkt. 44

  Salg af grund ved Havnevej

  Sagsnr.: 330-2017-90231      Dok.nr.: 330-2018-500302      Lukket

  Resume

  Prisen er forhandlet på plads.
"""


def test_a_body_and_a_date_alone_on_a_line_head_that_bodys_decision() -> None:
    """``<Body>, 03-04-2019, pkt. 42``, ``<Body>, 10. marts 2019, pkt. 65:``, ``<Body>, d. 3. april 2019:``."""
    meeting = parse_document(_DATED_BODY_LABELS.encode())
    assert meeting.date == "2019-04-03" and meeting.body == "Kultur- og Fritidsudvalget"
    first, second = meeting.items[0], meeting.items[1]
    assert [(d.text, d.body, d.date) for d in first.decisions] == [
        ("Godkendt.", "Kultur- og Fritidsudvalget", "2019-04-03")]
    assert [(d.text, d.body, d.date) for d in second.decisions] == [
        ("Anbefales.", "Teknik- og Miljøudvalget", "2019-03-10"),
        ("Vedtaget.", "Fritids-, Kultur- og Forebyggelsesudvalget", "2019-04-03")]


def test_a_case_number_line_that_goes_on_and_ends_in_the_access() -> None:
    """``Sagsnr. 299835 <body> Åbent punkt`` and ``Sagsnr.: … Dok.nr.: … Lukket``: the case number, and the status."""
    items = parse_document(_DATED_BODY_LABELS.encode()).items
    assert [i.case_numbers for i in items] == [["299835"], ["330-2017-90230"], ["330-2017-90231"]]
    assert [i.closed for i in items] == [False, False, True]
    assert items[2].sections == []


def test_a_flattened_contents_list_under_column_labels_that_kept_only_its_first_number() -> None:
    """A copy of a PDF on a document-sharing site: ``Indholdsfortegnelse Pkt. Tekst Side 1 <title> <title> …``, the
    numbers after the first lost. ``Pkt.`` ends no sentence; the titles are told apart as any run-together list's."""
    from referat.parse.contents_run import run_together_titles

    titles = run_together_titles("Pkt. Tekst Side 1 Godkendelse af dagsorden Meddelelser fra formanden "
                                 "Budgetopfølgning for skoleområdet Lokalplan for Møllevej")
    assert titles == ["Pkt. Tekst Side", "1. Godkendelse af dagsorden", "• Meddelelser fra formanden",
                      "• Budgetopfølgning for skoleområdet", "• Lokalplan for Møllevej"]


_GLUED_HEADINGS = """UDVALG

Udvalget for Børn

MØDE

Referat

STARTTIDSPUNKT

29-01-2024 10:00:00

PUNKTER

8. Godkendelse af dagsorden
9. Frigivelse af anlægsmidler - Børnehuset
10. Eventuelt - Udvalget for Børn den 29.01.20248. Godkendelse af dagsorden

Hovedindstilling

Direktøren indstiller, at:

  1. dagsordenen bliver godkendt

Beslutning i Udvalget for Børn den 29-01-2024

Godkendt

Referat9. Frigivelse af anlægsmidler - Børnehuset

Hovedindstilling

Direktøren indstiller, at:

  1. 2,1 mio. kr. frigives til Børnehuset.

  2. 200.000 kr. frigives til en legeplads ved Børnehuset.

Beslutning i Udvalget for Børn den 29-01-2024

Godkendt
"""


def test_item_headings_glued_to_the_text_before_them() -> None:
    """``Referat9. Frigivelse …`` and the contents' last entry run into the first heading: cut where the contents
    print the same numbered title as a line; the numbered recommendations under them are no items."""
    meeting = parse_document(_GLUED_HEADINGS.encode())
    assert meeting.kind == "referat"
    assert [(i.number, i.title) for i in meeting.items] == [
        (8, "Godkendelse af dagsorden"), (9, "Frigivelse af anlægsmidler - Børnehuset"),
        (10, "Eventuelt - Udvalget for Børn den 29.01.2024")]
    assert [[d.text for d in i.decisions] for i in meeting.items[:2]] == [["Godkendt"], ["Godkendt"]]


def test_contents_grouped_under_one_word_headings() -> None:
    """``Åbne`` and ``Efterretningssager`` group the contents' entries; the list goes on past them."""
    text = ("Beskæftigelsesudvalget\n\nOnsdag den 25-09-2024 kl. 07:00\n\nIndholdsfortegnelse:\n\nÅbne\n"
            "57 Beskæftigelsesplan 2025\n58 Mål på ungeområdet\n\n\nEfterretningssager\n59 Jobcafe for ledige\n"
            "60 Orientering om seniorjob\n\nÅbne\n\n57. Beskæftigelsesplan 2025\n15.20G00 - 2024/01963\n\n"
            "Sagsfremstilling\nPlanen fremlægges til vedtagelse.\n")
    meeting = parse_document(text.encode())
    assert [(i.number, i.title) for i in meeting.items] == [
        (57, "Beskæftigelsesplan 2025"), (58, "Mål på ungeområdet"), (59, "Jobcafe for ledige"),
        (60, "Orientering om seniorjob")]


def test_a_title_right_above_its_number() -> None:
    """``Spørgetid`` / ``Sag nr. 129`` / a blank line / ``Beslutningskompetence: KB``: the title stands above."""
    text = ("Kommunalbestyrelsen\n\n24-09-2024\n\nSager 129 - 130\n\nFold alle ud\n\nSpørgetid\nSag nr. 129\n\n"
            "Beslutningskompetence: KB\n\nBeslutning\n\nTaget til efterretning.\n\n"
            "Tillæg 1 til Lokalplan 145 - endelig vedtagelse\nSag nr. 130\n\nBeslutningskompetence: KB\n\n"
            "Sagens kerne\n\nTillægget har været i høring.\n\nBeslutning\n\nGodkendt.\n")
    items = parse_document(text.encode()).items
    assert [(i.number, i.title) for i in items] == [(129, "Spørgetid"),
                                                    (130, "Tillæg 1 til Lokalplan 145 - endelig vedtagelse")]
    assert [[d.text for d in i.decisions] for i in items] == [["Taget til efterretning."], ["Godkendt."]]


def test_an_empty_contents_heading_glued_to_the_first_item_and_the_kind_after_the_body() -> None:
    """``Byrådet - Referat`` names the body; ``Indholdsfortegnelse1. Fraværende`` is item 1's heading."""
    text = ("Byrådet - Referat\n\nDato: 29. januar 2024\nLokale: Byrådssalen\n\n\n"
            "Indholdsfortegnelse1. Fraværende\n\n\nSagsfremstilling\n\nDer er afbud fra Anna Holm.\n\n"
            "Beslutning\n\nAnna Holm.\n\nTil toppen\n\n\n"
            "2. Godkendelse af dagsorden\n\n\nBeslutning\n\nGodkendt.\n")
    meeting = parse_document(text.encode())
    assert meeting.body == "Byrådet"
    assert [(i.number, i.title) for i in meeting.items] == [(1, "Fraværende"), (2, "Godkendelse af dagsorden")]
    assert [d.text for d in meeting.items[0].decisions] == ["Anna Holm."]


def test_a_page_of_one_item_without_a_number() -> None:
    """A portal's page per item: the title stands above its first section, past ``Se alle bilag`` and a stray
    ``…..``; a lone full stop left by the page is no text of the decision."""
    text = ("Mødedato: 12.12.2024, kl. 17:30\nMødested: Borgerrepræsentationens mødesal\n\n"
            "Fælles ansvar for nedbringelse af hjemløshed\n\nSe alle bilag\n…..\n\nBeslutning\n\n"
            "Fremsendes til Socialudvalget til behandling.\n.\n\nResumé\n\nByrådet tilsluttede sig masterplanen.\n")
    meeting = parse_document(text.encode())
    assert [(i.number, i.title) for i in meeting.items] == [(None, "Fælles ansvar for nedbringelse af hjemløshed")]
    assert [d.text for d in meeting.items[0].decisions] == ["Fremsendes til Socialudvalget til behandling."]


def test_a_memo_with_sections_but_no_decision_is_no_page_of_one_item() -> None:
    import pytest

    from referat.errors import InputError

    text = ("Dato: 4. december 2024\n\nPrioritering af midler til kronisk syge borgere\n\nResumé\n"
            "Notatet beskriver fordelingen af midlerne.\n\nSagsfremstilling\nKommunen modtager midler fra 2025.\n")
    with pytest.raises(InputError, match="not minutes"):
        parse_document(text.encode())


def test_a_page_without_a_header_takes_its_date_and_body_from_its_decision() -> None:
    text = ("Nr.60 - Godkendelse af dagsordenen\n\nBeslutning i Økonomiudvalget den 23-03-2024\n\n"
            "Dagsordenen blev godkendt.\n")
    meeting = parse_document(text.encode())
    assert (meeting.date, meeting.body) == ("2024-03-23", "Økonomiudvalget")
    assert [(i.number, i.title) for i in meeting.items] == [(60, "Godkendelse af dagsordenen")]


def test_items_a_page_left_untitled_each_opened_by_its_status() -> None:
    """A page that shows no number or title: ``Åben`` / ``Lukket`` and a section heading open each item; the
    breadcrumb trail names no body."""
    text = ("Skip til hoved indholdet\n  Hjem Politiske udvalg Seneste fra byrådet\n\n"
            "24. april 2024 - referat fra byrådet\n\nByrådet 24. april 2024\n\nÅben\n\nBeslutning\n\nGodkendt.\n\n"
            "Åben\n\nIndstilling\n\nØkonomiudvalget indstiller, at årsberetningen godkendes.\n\nBeslutning\n\n"
            "Godkendt.\n\nLukket\n\nBeslutning\n\nSalget af grunden blev godkendt.\n")
    meeting = parse_document(text.encode())
    assert meeting.body == "Byrådet"
    assert [(i.number, i.title, i.closed) for i in meeting.items] == [
        (None, None, False), (None, None, False), (None, None, True)]
    assert [[d.text for d in i.decisions] for i in meeting.items] == [["Godkendt."], ["Godkendt."], []]
    assert "Salget" not in repr(meeting)


def test_a_case_number_alone_above_each_heading() -> None:
    """An SBSYS preview sets each item's KLE case number on the line above its heading (after an item's body: a
    number right under a short item's few lines may be that item's own)."""
    text = ("Referat til mødet i Udvalget for Teknik og Miljø den 22. juni 2024 kl. 17:30 i Rådhuset\n\n"
            "Åbne dagsordenspunkter\n\n85.02.02-G01-5-24\n\n131. Godkendelse af dagsorden\n\nBeslutning\n\n"
            "Indledningsvis var der dialogmøde med vandværket.\n\nDialogen blev taget til efterretning.\n\n"
            "Dagsordenen blev godkendt.\n\nFraværende: Anna Holm (A).\n\n02.34.02-P19-12-24\n\n"
            "132. Højdevej 13 - Byggesag i partshøring\n\nSagsfremstilling\n\nSagen er i partshøring.\n")
    items = parse_document(text.encode()).items
    assert [(i.number, i.case_numbers) for i in items] == [(131, ["85.02.02-G01-5-24"]), (132, ["02.34.02-P19-12-24"])]


def test_absence_phrasings_of_more_sites() -> None:
    from referat.parse.people import read_attendance

    found = read_attendance("Medlemmerne var mødt, bortset fra Anne V. Kristensen, Alice Espeholt og Tove Videbæk, "
                            "der havde meldt afbud.", label_scope="meeting")
    assert [p.name for p in found.meeting_absent] == ["Anne V. Kristensen", "Alice Espeholt", "Tove Videbæk"]
    found = read_attendance("Alle var til stede undtagen Jens Hansen (A).")
    assert [(p.name, p.party) for p in found.meeting_absent] == [("Jens Hansen", "A")]
    found = read_attendance("Fraværende: Evan Lynnerup (V) - Marianne Kiærulff (V) mødte som stedfortræder.")
    assert [p.name for p in found.item_absent] == ["Evan Lynnerup"]
    assert [(p.name, p.role) for p in found.substitutes] == [("Marianne Kiærulff", "stedfortræder")]
    found = read_attendance("Anna Holm og Bo Berg erklærede sig inhabile og forlod mødet under punkt 29.")
    assert [p.name for p in found.item_absent] == ["Anna Holm", "Bo Berg"]


def test_a_meeting_line_of_many_sentences_names_those_absent_far_into_it() -> None:
    text = ("Region Solbjerg Regionssekretariatet, den 15. november 2024 Referat af mødet i Regionsrådet 14. november "
            "2024 kl. 14:00 i Regionsrådssalen, Regionshuset, Skottenborg 26, 8800 Viborg Medlemmerne var mødt, "
            "bortset fra Anne Holm, Bo Berg, Carl Dam, Dorte Eg, Erik Frost, Finn Gram, Gitte Hald, Hans Iversen, "
            "Ida Jensen og Jens Krag, der havde meldt afbud. Mødet blev hævet kl. 16.00.\n\n1. Godkendelse af "
            "dagsorden\n\nBeslutning\n\nGodkendt.\n")
    meeting = parse_document(text.encode())
    assert [p.name for p in meeting.absent][:2] == ["Anne Holm", "Bo Berg"] and len(meeting.absent) == 10


def test_ikke_til_stede_and_case_officer_initials() -> None:
    from referat.parse.people import read_attendance

    found = read_attendance("Ikke til stede: Mikkel Holm (C)")
    assert [(p.name, p.party) for p in found.item_absent] == [("Mikkel Holm", "C")]
    text = ("Referat\nKultur- og Fritidsudvalget\n07-03-2024\n\n1. Godkendelse af dagsorden\n\n"
            "Sagsid.: 18/125, Sagsinitialer: TMP\n\nBeslutning\n\nGodkendt.\n")
    item = parse_document(text.encode()).items[0]
    assert item.case_numbers == ["18/125"] and [s.kind for s in item.sections] == ["decision"]


def test_a_title_of_short_sentences_names_the_kind_and_the_body() -> None:
    """A document-sharing site's title line: ``Solbjerg Kommune. Kommunalbestyrelsen. Referat``."""
    from referat.extract import Line
    from referat.parse.header import parse_header

    header = parse_header([Line("Solbjerg Kommune. Kommunalbestyrelsen. Referat"), Line("Onsdag den 15-maj-2002")])
    assert (header.kind, header.body, header.date) == ("referat", "Kommunalbestyrelsen", "2002-05-15")


def test_a_group_heading_opening_a_run_together_contents_list_is_no_entry() -> None:
    from referat.parse.contents_run import run_together_titles

    titles = run_together_titles("Pkt. Tekst Side Åbne dagsordenspunkter 1 Udpegning til bestyrelsen for naturparken "
                                 "Budgetopfølgning for skoleområdet Lokalplan for Møllevej")
    assert titles[:3] == ["Pkt. Tekst Side", "Åbne dagsordenspunkter", "1. Udpegning til bestyrelsen for naturparken"]


def test_a_flattened_contents_list_of_labelled_numbers() -> None:
    """``Indhold Åben dagsorden Sag nr. 74 <title> Sag nr. 75 <title> …``: each labelled number opens an entry."""
    text = ("1 Referat fra møde i Økonomiudvalget Tirsdag den 18. maj 2024 Kl. 16.00 i Borgmesterens kontor\n\n"
            "2 Indhold Åben dagsorden Sag nr. 74 Orientering om likviditet 2024 Sag nr. 75 Årsregnskab 2023 "
            "Sag nr. 76 Budgetopfølgning pr. 31. marts 2024 for Økonomiudvalgets område Sag nr. 77 Klimakommune 2024\n")
    meeting = parse_document(text.encode())
    assert [(i.number, i.title) for i in meeting.items] == [
        (74, "Orientering om likviditet 2024"), (75, "Årsregnskab 2023"),
        (76, "Budgetopfølgning pr. 31. marts 2024 for Økonomiudvalgets område"), (77, "Klimakommune 2024")]


def test_a_flattened_contents_list_of_number_title_and_page() -> None:
    """``Indholdsfortegnelse Pkt. Tekst Side Åbne dagsordenspunkter 1 <title> 5 2 <title> 6 …``: each entry's page,
    then the next entry's number; the copy's page number before the heading is no item."""
    text = ("Solbjerg Kommune. Kommunalbestyrelsen. Referat.\n\nTranskript\n\n"
            "1 Kommunalbestyrelsen Referat Mødedato: 26. juni 2024 Starttidspunkt for møde: 19:00\n\n"
            "2 Indholdsfortegnelse Pkt. Tekst Side Åbne dagsordenspunkter 1 Udpegning til bestyrelsen for naturparken "
            "5 2 Nye medlemmer til Det Lokale Beskæftigelsesråd 6 3 Årsregnskab 2023 for Solbjerg Havn 11\n")
    meeting = parse_document(text.encode())
    assert [(i.number, i.title) for i in meeting.items] == [
        (1, "Udpegning til bestyrelsen for naturparken"), (2, "Nye medlemmer til Det Lokale Beskæftigelsesråd"),
        (3, "Årsregnskab 2023 for Solbjerg Havn")]


def test_a_place_name_alone_between_titles_ends_the_title_before_it() -> None:
    """``… nyt administrationsbyggeri Vejle Aflysning af …``: a town's name alone before the next title ends the title
    it follows, where a one-word title (``Meddelelser``) would stand alone."""
    from referat.parse.contents_run import run_together_titles

    titles = run_together_titles("Pkt. Tekst Side 1 Godkendelse af dagsorden Meddelelser Bedømmelse af udbud, "
                                 "nyt administrationsbyggeri Vejle Aflysning af lokalplan for erhvervsområde øst")
    assert titles == ["Pkt. Tekst Side", "1. Godkendelse af dagsorden", "• Meddelelser",
                      "• Bedømmelse af udbud, nyt administrationsbyggeri Vejle",
                      "• Aflysning af lokalplan for erhvervsområde øst"]


def test_a_recurring_one_word_title_after_a_name_opens_a_title_of_its_own() -> None:
    """``… i stedet for Anna Birk Holm Spørgetid Anvendelse af …``: a one-word title every agenda has
    (``ONE_WORD_TITLES``) is a title of its own after a name, where another capitalised word would be the name's."""
    from referat.parse.contents_run import run_together_titles

    titles = run_together_titles("Pkt. Tekst Side 1 Indkaldelse af stedfortræder for Anna Birk Holm Spørgetid "
                                 "Anvendelse af midler til dagtilbud Orientering om vejarbejder ved Søvej Tinghus "
                                 "Eventuelt")
    assert titles == ["Pkt. Tekst Side", "1. Indkaldelse af stedfortræder for Anna Birk Holm", "• Spørgetid",
                      "• Anvendelse af midler til dagtilbud", "• Orientering om vejarbejder ved Søvej Tinghus",
                      "• Eventuelt"]
