"""Layouts of published minutes the real corpus showed, each on a small example of a fictional municipality.

The corpus tests (tests/test_corpus.py) check the real documents; these pin down each general rule on its
own, so that a rule that breaks shows where.
"""

from __future__ import annotations

import pytest

from referat.model import Meeting
from referat.parse import parse_document
from referat.parse.people import read_attendance


def _parse(text: str) -> Meeting:
    return parse_document(text.encode("utf-8"))


def _items(meeting: Meeting) -> list[tuple[int | None, str | None]]:
    return [(item.number, item.title) for item in meeting.items]


def test_numbers_glued_to_titles() -> None:
    meeting = _parse("""Solbjerg Kommune
Økonomiudvalgets møde den 21. januar 2026
Mødelokale 2, Solbjerg Rådhus kl. 16.00
1Godkendelse af dagsorden
Beslutning
Godkendt.
2Beslutning om forretningsorden
Resume
Udvalget skal tage stilling til en forretningsorden.
Beslutning
Godkendt.
""")
    assert _items(meeting) == [(1, "Godkendelse af dagsorden"), (2, "Beslutning om forretningsorden")]
    assert meeting.body == "Økonomiudvalget"
    assert meeting.date == "2026-01-21"
    assert [d.text for d in meeting.items[1].decisions] == ["Godkendt."]


def test_accordion_rows_with_the_number_in_its_own_cell() -> None:
    html = """<html><body><h1>Referat 3. marts 2025 kl. 15.00</h1>
<table><tr><td>Udvalg:</td><td>Teknisk Udvalg</td></tr><tr><td>Mødedeltagere:</td><td></td></tr></table>
<table><thead><tr><th>Punkt</th><th>Titel</th></tr></thead><tbody>
<tr><td><span class="label">1</span></td><td><button><h2>Eventuelt</h2></button>
<div><span class="sagsnummer">EMN-2025-000123</span><h3>Beslutninger</h3><div>Ingen bemærkninger.</div></div>
</td></tr>
<tr><td><span class="label">2</span></td><td><button><h2>Trafikplan for Solbjerg midtby</h2></button>
<div><span class="sagsnummer">EMN-2024-004567</span><h3>Beslutninger</h3><div>Godkendt.</div></div>
</td></tr></tbody></table><p>Solbjerg Kommune</p></body></html>"""
    meeting = _parse(html)
    assert _items(meeting) == [(1, "Eventuelt"), (2, "Trafikplan for Solbjerg midtby")]
    assert [item.case_numbers for item in meeting.items] == [["EMN-2025-000123"], ["EMN-2024-004567"]]
    assert meeting.body == "Teknisk Udvalg"
    assert meeting.participants == []  # the empty "Mødedeltagere:" is not filled by the "Punkt | Titel" row


def test_bulleted_contents_under_an_ambiguous_heading_and_items_known_only_from_it() -> None:
    meeting = _parse("""Referat: 30. september 2025 kl. 08:30
Deltagere
- Anne Holm
- Bo Friis
Referat
- Godkendelse af dagsorden
- 2. behandling af budgettet
- Salg af areal ved havnen
- Underskriftsside
Kopier link til punktet - Print
1: Godkendelse af dagsorden
Sagsnr:
BeslutningGodkendt.
Kopier link til punktet - Print
2: 2. behandling af budgettet
Sagsnr: 24-025116
Sagsfremstilling
Budgettet for Solbjerg Kommune fremlægges til 2. behandling.
""")
    assert meeting.body is None  # "Referat: <date>" names no body
    assert _items(meeting) == [(1, "Godkendelse af dagsorden"), (2, "2. behandling af budgettet"),
                               (3, "Salg af areal ved havnen")]
    assert meeting.items[1].case_numbers == ["24-025116"]
    assert meeting.items[2].sections == [] and meeting.items[2].decisions == []
    assert any("item 3 is listed in the table of contents" in w for w in meeting.warnings)


def test_unheaded_contents_grouped_by_letter_with_one_number_out_of_order() -> None:
    meeting = _parse("""Referat
til
mødet i Økonomiudvalget
den 26. april 2017 kl. 08:30

A. Sager til afgørelse i byrådet
1 Boliger ved Strandvejen
2 Ny skole i Solbjerg Nord
3 Ekspropriation af rettigheder
9 Investeringsprojekter
B. Sager til afgørelse i udvalget
4 Parkering ved stationen
5 Udpegning af bestyrelsesmedlem

1. Boliger ved Strandvejen
Åbent - 01.00.00-G01-93-16
RESUMÉ
Forslag til lokalplan for boliger ved Strandvejen i Solbjerg Kommune.
""")
    assert meeting.body == "Økonomiudvalget"
    assert _items(meeting) == [(1, "Boliger ved Strandvejen"), (2, "Ny skole i Solbjerg Nord"),
                               (3, "Ekspropriation af rettigheder"), (4, "Parkering ved stationen"),
                               (5, "Udpegning af bestyrelsesmedlem"), (9, "Investeringsprojekter")]
    assert meeting.items[0].case_numbers == ["01.00.00-G01-93-16"]
    assert not meeting.items[0].closed


def test_contents_with_a_page_column_and_wrapped_titles() -> None:
    meeting = _parse("""ØKONOMIUDVALGET
Dagsorden
Mødedato Onsdag den 23. maj 2012
Indholdsfortegnelse
Punkt nr. Side
Bilagsoversigt 3
1 Meddelelser 5
2 Forslag til lokalplan for et område ved kirken til sognegård og tæt-lav
boligbebyggelse - vedtagelse af
ændringsforslag 6
3 Forventede udgifter på socialområdet 10
""")
    assert _items(meeting) == [
        (1, "Meddelelser"),
        (2, "Forslag til lokalplan for et område ved kirken til sognegård og tæt-lav boligbebyggelse - vedtagelse "
            "af ændringsforslag"),
        (3, "Forventede udgifter på socialområdet")]


def test_numbered_contents_with_a_group_label_and_leaders_on_the_next_line() -> None:
    meeting = _parse("""Referat af Byrådets møde d. 08.06.2009
Mødedato 08.06.2009
Indholdsfortegnelse:
Punkter på åben dagsorden: 124. Borgerrådgiverens beretning for 2008 ....... 2
125. Solbjerg Fjernvarme - kommunegaranti i forbindelse med
lånefinansiering.............. 5
126. Skattefri godtgørelse til dæk
""")
    assert meeting.body == "Byrådet"
    assert _items(meeting) == [(124, "Borgerrådgiverens beretning for 2008"),
                               (125, "Solbjerg Fjernvarme - kommunegaranti i forbindelse med lånefinansiering"),
                               (126, "Skattefri godtgørelse til dæk")]


_COURSE = """Udvalg: Magistraten
Dato: 19-08-2025
Punktnummer: 4
Fremsendes til Solbjerg Byråd med anbefaling.
Udvalg: Teknisk Udvalg
Dato: 11-08-2025
Punktnummer: 7
Sagen blev udsat.
"""


@pytest.mark.parametrize("course", [
    _COURSE,
    # a browser's copy of a course laid out as label and value cells
    _COURSE.replace(": ", ":\t"),
    # a flattened copy: the whole course in one line
    " ".join(_COURSE.split("\n")) + "\n",
    # each label above its value
    _COURSE.replace(": ", ":\n"),
    # a meeting's labels in one row of cells
    _COURSE.replace("\nDato", "\tDato").replace("\nPunktnummer", "\tPunktnummer"),
], ids=["lines", "cells", "one line", "label above value", "one row"])
def test_a_case_course_as_label_triples_gives_the_earlier_decisions(course: str) -> None:
    meeting = _parse(f"""Referat Solbjerg Byråd d. 27-08-2025
Punkt 1: Bro over havnen
EMN-2025-003383
Beslutninger
Godkendt.
Sagsforløb
{course}""")
    item = meeting.items[0]
    assert [(d.body, d.date, d.text) for d in item.decisions] == [
        (None, None, "Godkendt."),
        ("Magistraten", "2025-08-19", "Fremsendes til Solbjerg Byråd med anbefaling."),
        ("Teknisk Udvalg", "2025-08-11", "Sagen blev udsat.")]
    assert item.decisions[2].outcomes == ["postponed"]
    assert [(h.body, h.date) for h in item.history] == [("Magistraten", "2025-08-19"), ("Teknisk Udvalg", "2025-08-11")]


def test_case_number_forms_and_labels() -> None:
    meeting = _parse("""Referat Teknik- og Miljøudvalget 12-03-2024
1. Vejplan
Åbent - 00.01.00A04 - 2019/34364
Beslutning
Godkendt.
2. Kloakering
Sagsid.: 20/2955
Beslutning
Godkendt.
3. Busplan
Sagnr.: 0-3-1-13
Beslutning
Godkendt.
""")
    assert [item.case_numbers for item in meeting.items] == [["2019/34364"], ["20/2955"], ["0-3-1-13"]]


def test_a_case_number_behind_its_subject_code() -> None:
    meeting = _parse("""Referat Teknik- og Miljøudvalget 12-03-2024
1. Vejplan
Sagnr.: 15.20G00 - 2013/01963
Beslutning
Godkendt.
2. Kloakering
15.20G01 - 14/00123
Beslutning
Godkendt.
3. Busplan
Sag 12 - 3
Beslutning
Godkendt.
""")
    assert [item.case_numbers for item in meeting.items] == [["2013/01963"], ["14/00123"], []]


def test_labelled_decisions_of_this_and_an_earlier_meeting() -> None:
    meeting = _parse("""Solbjerg Kommune
Referat
Kommunalbestyrelsen
Mødedato: 16. december 2021

1. Månedsopfølgning
Sagsid.: 21/8174
BESLUTNING: Økonomiudvalget den 09-12-2021
Til efterretning.
Hans Bak (A) deltog ikke under dette punkt.

BESLUTNING: Kommunalbestyrelsen den 16-12-2021
Til efterretning. Lis Dam (V) deltog ikke under dette punkt.

2. Meddelelser
Sagsid.: 21/8175
Beslutning: Godkendt den 16. december 2021 uden bemærkninger
""")
    first, second = meeting.items
    assert [(d.body, d.date) for d in first.decisions] == [
        ("Økonomiudvalget", "2021-12-09"), ("Kommunalbestyrelsen", "2021-12-16")]
    assert first.decisions[1].text == "Til efterretning. Lis Dam (V) deltog ikke under dette punkt."
    # Hans Bak was absent from the Økonomiudvalget's meeting, not from this one.
    assert [p.name for p in first.absent] == ["Lis Dam"]
    # A decision that names a date is no heading: "Godkendt" is no body.
    assert [(d.body, d.text) for d in second.decisions] == [
        (None, "Godkendt den 16. december 2021 uden bemærkninger")]


def test_decision_headings_naming_body_and_date_in_brackets() -> None:
    meeting = _parse("""Solbjerg Kommune
Referat
Byrådet
Mødedato: 4. maj 2023

1. Salg af grund
Sagsnr.: 23/1
Beslutning (Økonomiudvalget 13.04.2023)
Anbefales.

Beslutning [Byrådet, den 4. maj 2023]:
Godkendt.

2. Eventuelt
Beslutning
Intet.
""")
    assert [(d.body, d.date, d.text) for d in meeting.items[0].decisions] == [
        ("Økonomiudvalget", "2023-04-13", "Anbefales."), ("Byrådet", "2023-05-04", "Godkendt.")]


def test_a_case_number_above_the_heading_belongs_to_that_item() -> None:
    meeting = _parse("""Dagsorden
til
mødet i Udvalg for regional udvikling
den 1. februar 2023 kl. 09:00
Sagnr.: 1-51-71-3321-08
1. Afgørelse om påbud på grunden ved fjorden
Resume
Regionen har modtaget afgørelsen, og regionen vurderer den. Regionsrådet orienteres i Region Midtjylland.
""")
    assert meeting.items[0].case_numbers == ["1-51-71-3321-08"]
    assert meeting.body == "Udvalg for regional udvikling"
    assert meeting.municipality == "Region Midtjylland"


def test_a_decision_heading_confirms_the_item_and_names_the_body() -> None:
    meeting = _parse("""Referat (29. august 2017)
Deltagere:
Anne Holm (A)
Fraværende:
1. Godkendelse af dagsorden
Beslutning Byrådet den 29-08-2017
Godkendt.
2. Forslag om cykelstier
Sagsnr: 14/110
Beslutning Byrådet den 29-08-2017
Godkendt.
""")
    assert _items(meeting) == [(1, "Godkendelse af dagsorden"), (2, "Forslag om cykelstier")]
    assert meeting.body == "Byrådet"


def test_bulleted_sections_and_a_quoted_earlier_decision_below_its_label() -> None:
    meeting = _parse("""Udvalg: Kommunalbestyrelsen
Mødedato: 25-03-2021 18:00:00
  • 35
    Orientering om regnskab 2020
    • Indstilling
      Direktionen indstiller, at regnskabet tages til orientering.

      Beslutning fra Økonomiudvalget, 17. marts 2021, pkt. 32:

      Anbefaler at orienteringen tages til efterretning.
    • Beslutning
      Orienteringen blev taget til efterretning.
""")
    item = meeting.items[0]
    assert (item.number, item.title) == (35, "Orientering om regnskab 2020")
    assert [s.kind for s in item.sections] == ["recommendation", "decision"]
    assert [(d.body, d.date, d.text) for d in item.decisions] == [
        ("Økonomiudvalget", "2021-03-17", "Anbefaler at orienteringen tages til efterretning."),
        (None, None, "Orienteringen blev taget til efterretning.")]


def test_absence_phrasings() -> None:
    def absent(line: str) -> list[str]:
        found = read_attendance(line)
        return [p.name for p in found.meeting_absent + found.item_absent]

    assert absent("Stedfortræder Jens Lund mødte for Anne Holm, der havde forfald.") == ["Anne Holm"]
    assert absent("Bo Friis og Eva Krag havde meldt forfald. I stedet mødte Ida Sand og Ole Bak.") \
        == ["Bo Friis", "Eva Krag"]
    # Lis Dam took part in place of Per Kjær, who was therefore away.
    assert absent("I stedet for Per Kjær deltog Lis Dam.Rådmand Tove Hald forlod mødet efter pkt. 4.") \
        == ["Per Kjær", "Tove Hald"]
    assert absent("Under punkt 14 deltog stedfortræder Lis Dam (V), da Karl Brink (V) var inhabil.") == ["Karl Brink"]
    assert absent("Godkendt (afbud fra Søren Vang).") == ["Søren Vang"]
    assert absent("Ved udsendelse af dagsorden er der afbud fra Henrik Moos.") == ["Henrik Moos"]
    assert absent("Fraværende med afbud: Frederik Lau (Løsgænger) og Maja Ravn (A)") == ["Frederik Lau", "Maja Ravn"]
    substitute = read_attendance("Stedfortræder Jens Lund mødte for Anne Holm, der havde forfald.").substitutes
    assert [(p.name, p.role) for p in substitute] == [("Jens Lund", "suppleant for Anne Holm")]


def test_absence_lists_under_a_bare_label() -> None:
    meeting = _parse("""Referat Byrådet 4. december 2025
1 : Godkendelse af dagsorden
Sagsnr:
Beslutning
Godkendt.
Fraværende
  • Niels Vang ()
  • Hans Ager ()
2 : Budgetopfølgning
Sagsnr: 24-024921
Beslutning
Godkendt.
Fraværende i Solbjerg Byråd, 4. december 2025:
Niels Vang, Hans Ager
""")
    assert [[p.name for p in item.absent] for item in meeting.items] == [["Niels Vang", "Hans Ager"]] * 2
    assert [p.name for p in meeting.absent] == ["Niels Vang", "Hans Ager"]


def test_item_headings_and_metadata_laid_out_as_table_rows() -> None:
    html = """<html><body><div>Dagsorden<br/>Solbjerg Teknikudvalg</div><div>2. maj 2017 kl. 10:00</div>
<table><tr><td>Dagsorden</td></tr><tr><td>1.</td><td><a href="#a">Vejplan for Solbjerg</a></td></tr>
<tr><td>2.</td><td><a href="#b">Kloakering</a></td></tr></table>
<table><tr><td>Lukket dagsorden</td></tr><tr><td>3.</td><td><a href="#c">Personalesag</a></td></tr></table>
<div>Åbne sager</div>
<table><tr><td>1.</td><td>Vejplan for Solbjerg</td></tr></table>
<table><tr><td>Sagsnr.:</td><td>Sagsbehandler: Rikke Holm</td><td>Åben</td></tr></table>
<div>Præsentation:</div><div>Planen fremlægges.</div>
<table><tr><td>2.</td><td>Kloakering</td></tr></table>
<table><tr><td>Sagsnr.: 2013-003869</td><td>Sagsbehandler: Claus Lund</td><td>Åben</td></tr></table>
<div>Præsentation:</div><div>Kloakken fornyes.</div>
<div>Lukkede sager</div>
<table><tr><td>3.</td><td>Personalesag</td></tr></table>
<table><tr><td>Sagsnr.: 2016-003798</td><td>Sagsbehandler: Claus Lund</td><td>Lukket</td></tr></table>
<div>Præsentation:</div><div>Hemmelig zqxpersonale tekst.</div>
</body></html>"""
    meeting = _parse(html)
    assert [(i.number, i.title, i.closed, i.case_numbers) for i in meeting.items] == [
        (1, "Vejplan for Solbjerg", False, []), (2, "Kloakering", False, ["2013-003869"]),
        (3, "Personalesag", True, ["2016-003798"])]
    assert meeting.items[2].sections == []  # the status cell "Lukket" closes the item
    assert "zqxpersonale" not in str(meeting.to_dict())
    assert not [w for w in meeting.warnings if "table of contents" in w]


def test_contents_table_flattened_to_one_cell_a_line_with_page_furniture_between() -> None:
    meeting = _parse("""Solbjerg Kommune – Kommunalbestyrelsen
Dagsorden
Mødedato:
25. juni 2015
Indholdsfortegnelse
Pkt.
Tekst
Åbne dagsordenspunkter
Side
1
Høring om busplan 2016
4
2
Evaluering af resultatmål for
2014
6
25. juni 2015
2
Solbjerg Kommune – Kommunalbestyrelsen
Dagsorden
3
Spildevandsplan
9
Lukkede dagsordenspunkter
4
Salg af areal
12
""")
    assert meeting.body == "Kommunalbestyrelsen"
    assert [(i.number, i.title, i.closed) for i in meeting.items] == [
        (1, "Høring om busplan 2016", False), (2, "Evaluering af resultatmål for 2014", False),
        (3, "Spildevandsplan", False), (4, "Salg af areal", True)]


def test_case_number_label_naming_its_system_with_the_value_below() -> None:
    meeting = _parse("""Referat Solbjerg Økonomiudvalg 19-11-2025
1. Godkendelse af dagsordenen
Sagsnr. i ESDH:
25/23642
Beslutning
Godkendt.
2. Ansættelse af centerchef
Sagsnr. i ESDH: 25/20079
Beslutning
Godkendt.
""")
    assert [item.case_numbers for item in meeting.items] == [["25/23642"], ["25/20079"]]


def test_items_that_lost_number_and_title_are_opened_by_their_case_number_line() -> None:
    meeting = _parse("""Referat
Onsdag den 13. december 2017 kl. 17:00
Udvalg: Byrådet
 • Sagsid.:
  Sagsfremstilling
  Godkendelse af dagsordenen.
  Beslutning Byrådet den 13-12-2017
  Dagsordenen godkendt.
 • Sagsid.: 17/4411
  Sagsfremstilling
  Valg af borgmester.
  Beslutning Byrådet den 13-12-2017
  Anne Holm, V blev valgt.
""")
    assert [(i.number, i.title, i.case_numbers) for i in meeting.items] == [(None, None, []), (None, None, ["17/4411"])]
    assert [[d.text for d in i.decisions] for i in meeting.items] == [["Dagsordenen godkendt."],
                                                                      ["Anne Holm, V blev valgt."]]


def test_labels_glued_to_their_text_and_a_date_in_american_order() -> None:
    meeting = _parse("""Mødedato: 8/29/2019 4:00:00 PM
Udvalg: Byrådet
1: Godkendelse af dagsorden
Sagsnr: 19-004512
BilagIngen bilag.
BeslutningGodkendt.
""")
    assert (meeting.date, meeting.start_time) == ("2019-08-29", "16:00")
    item = meeting.items[0]
    assert [(s.heading, s.kind, s.text) for s in item.sections] == [("Bilag", "attachments", "Ingen bilag."),
                                                                  ("Beslutning", "decision", "Godkendt.")]
    assert item.decisions[0].outcomes == ["approved"]


def test_a_sentence_in_the_header_is_no_body() -> None:
    meeting = _parse("""Referat
Liste med dato, udvalg, sted samt pdf-udgave af dagsordenen til download.
Udvalg: |
Byrådet |
1. Godkendelse af dagsorden
Beslutning
Godkendt.
""")
    assert meeting.body == "Byrådet"


def test_pages_and_items_flattened_into_one_paragraph_are_cut_back_into_lines() -> None:
    meeting = _parse("""Referat af Byrådets møde d. 20.09.2016

Punkt 134: Godkendelse af dagsorden

00.22.02-A26-1-13 Beslutning Byrådet, 20.09.2016 Hans Bak og Lis Dam var fraværende. Godkendt.

Punkt 135: 1. behandling af budget 2017-2020

00.30.10-S00-3-16 Resume Budgettet for Solbjerg Kommune fremlægges. INDSTILLING Økonomiudvalget indstiller, at \
budgettet oversendes til 2. behandling. Beslutning Byrådet, 20.09.2016 Hans Bak og Lis Dam var fraværende. \
Budgetforslaget oversendes til 2. behandling. Sagsfremstilling Økonomiudvalget fremlægger forslag til budget.

7 136. Salg af grund Åben sag Sagsnr.: 13/10057 Sagsansvarlig: mhe.of Fraværende: Afbud: Hans Bak, Lis Dam \
RESUMÉ Grunden sælges. BESLUTNING I BYRÅDET DEN Godkendt. 8
""")
    assert [(i.number, i.title, i.case_numbers) for i in meeting.items] == [
        (134, "Godkendelse af dagsorden", ["00.22.02-A26-1-13"]),
        (135, "1. behandling af budget 2017-2020", ["00.30.10-S00-3-16"]),
        (136, "Salg af grund", ["13/10057"])]
    assert [[(d.body, d.date, d.text) for d in i.decisions] for i in meeting.items[:2]] == [
        [("Byrådet", "2016-09-20", "Hans Bak og Lis Dam var fraværende. Godkendt.")],
        [("Byrådet", "2016-09-20",
          "Hans Bak og Lis Dam var fraværende. Budgetforslaget oversendes til 2. behandling.")]]
    assert [s.kind for s in meeting.items[1].sections] == ["summary", "recommendation", "decision", "presentation"]
    assert [p.name for p in meeting.items[2].absent] == ["Hans Bak", "Lis Dam"]
    assert [d.text for d in meeting.items[2].decisions] == ["Godkendt."]  # not the page number after it
    assert meeting.items[2].decisions[0].text.startswith("Godkendt.")


def test_a_labels_then_values_block_is_not_cut() -> None:
    meeting = _parse("""Referat til Kommunalbestyrelsen Mødedato: Tirsdag den 30. april 2013 Mødetidspunkt: 18:30 \
Mødelokale: Medlemmer: Afbud: Kommunalbestyrelsens mødesal Anne Holm, Bo Friis, Eva Krag

1. Godkendelse af dagsorden
Beslutning
Godkendt.
""")
    assert meeting.absent == []  # the members do not become absentees of a cut "Afbud:" label


def test_a_contents_list_flattened_into_one_paragraph_is_cut_at_its_item_types() -> None:
    meeting = _parse("""Møde i Teknik- og Miljøudvalget Åben Referat Dato: Onsdag den 7. november 2018 Solbjerg Kommune

2 Møde i Teknik- og Miljøudvalget / Sagsoversigt: 1. Orientering: Dialog med busselskabet om elbusser \
Beslutning: Budgetopfølgning III Beslutning og frigivelse af anlægsmidler: Ny børnehave i Solbjerg Nord \
Beslutning: Salg af areal ved havnen - (Lukket punkt) Orientering: Meddelelser...21 Bilagsoversigt...25 \
Underskriftsside...26

3 1. Orientering: Dialog med busselskabet om elbusser Sagsnr.: 18/17122 Beslutningstema Busselskabet \
orienterer om mulighederne for elbusser. Sagsfremstilling Udvalget får besøg af busselskabet.
""")
    assert [(i.number, i.title, i.closed) for i in meeting.items] == [
        (1, "Orientering: Dialog med busselskabet om elbusser", False),
        (2, "Beslutning: Budgetopfølgning III", False),
        (3, "Beslutning og frigivelse af anlægsmidler: Ny børnehave i Solbjerg Nord", False),
        (4, "Beslutning: Salg af areal ved havnen", True),
        (5, "Orientering: Meddelelser", False)]
    assert meeting.items[0].case_numbers == ["18/17122"]


def test_a_flattened_contents_list_that_lost_its_numbers_is_cut_where_titles_begin() -> None:
    # A PDF copy kept the first number only; titles run together, each opening with a capitalised word,
    # while names inside a title follow a linking word ("til Solbjerg Havn") or another name.
    meeting = _parse("""Solbjerg Kommune Referat til Byrådet Mødedato: Tirsdag den 3. marts 2026

2 Indholdsfortegnelse Punkter til dagsorden Side 1. Godkendelse af dagsorden Meddelelser Salg af areal til \
Solbjerg Havn A/S Tilskud til foreningen Kulturhus Vest Budgetopfølgning for 1. kvartal Spørgetid Lejeaftale med \
café Gamle Mølle LUKKET SAG Andre indstillinger fra Økonomiudvalgets møder i februar Køb af ejendom - LUKKET SAG \
Andre indstillinger fra Økonomiudvalgets møder i februar LUKKET SAG Bilagsoversigt

3 1. Godkendelse af dagsorden Åben sag Sagsnr.: 26/00123 Sagsansvarlig: abc RESUMÉ Dagsordenen. \
BESLUTNING I BYRÅDET DEN Godkendt. 2
""")
    # The open and the closed "Andre indstillinger ..." are two items; "Bilagsoversigt" is a page, not an item.
    assert [(i.number, i.title, i.closed) for i in meeting.items] == [
        (1, "Godkendelse af dagsorden", False),
        (2, "Meddelelser", False),
        (3, "Salg af areal til Solbjerg Havn A/S", False),
        (4, "Tilskud til foreningen Kulturhus Vest", False),
        (5, "Budgetopfølgning for 1. kvartal", False),
        (6, "Spørgetid", False),
        (7, "Lejeaftale med café Gamle Mølle", True),
        (8, "Andre indstillinger fra Økonomiudvalgets møder i februar", False),
        (9, "Køb af ejendom", True),
        (10, "Andre indstillinger fra Økonomiudvalgets møder i februar", True)]
    # Each item without its text is named once; the contents' 11 entries include "Bilagsoversigt", no item.
    assert [w for w in meeting.warnings if "table of contents" in w] == [
        f"item {n} is listed in the table of contents but its text is not in the document" for n in range(2, 11)]
    assert meeting.items[0].decisions[0].text == "Godkendt."


@pytest.mark.parametrize("paragraph", [
    "Indhold Referatet er godkendt af formanden. Kommunen Solbjerg har modtaget ansøgninger fra foreningen "
    "Kulturhus Vest og klubben Solbjerg Roklub om tilskud til aktiviteter i perioden frem mod sommerferien.",
    # One sentence, no full stop inside it: its capitalised names must not open titles.
    "Udvalget gennemgik Punkter fra mødet med Solbjerg Roklub om tilskud og Kulturhus Vest om lokaler i "
    "perioden frem mod sommerferien",
])
def test_prose_after_a_contents_heading_is_not_cut_into_titles(paragraph: str) -> None:
    meeting = _parse(f"""Solbjerg Kommune Referat til Byrådet Mødedato: Tirsdag den 3. marts 2026

{paragraph}

1. Godkendelse af dagsorden
Beslutning
Godkendt.
""")
    assert _items(meeting) == [(1, "Godkendelse af dagsorden")]
    assert not [w for w in meeting.warnings if "table of contents" in w]


def test_a_sentence_naming_a_body_is_no_body_name() -> None:
    meeting = _parse("""Møde i Udvalg for natur og miljø
Byrådet er opmærksomt på, at disse indsatser kan forudsætte en vis medfinansiering
Dato: 7. november 2018
1. Orientering om busplan
Beslutning
Taget til efterretning.
""")
    assert meeting.body == "Udvalg for natur og miljø"


def test_a_body_with_a_short_period_and_its_place_and_a_remark_line() -> None:
    meeting = _parse("""Referat til mødet i Kommunalbestyrelsen 2022-25 den 3. oktober 2022 kl. 19:00 \
i Kommunalbestyrelsens mødesal
Bemærkninger Solbjerg Seniorråd er inviteret til orienteringsmøde i Økonomiudvalget
Pkt. 1 Godkendelse af dagsorden
Beslutning
Godkendt.
""")
    assert (meeting.body, meeting.date, meeting.start_time) == ("Kommunalbestyrelsen", "2022-10-03", "19:00")


def test_an_agenda_printed_with_its_decisions_is_minutes_one_quoting_earlier_bodies_is_not() -> None:
    decided = _parse("""Dagsorden med vedtagelser - Solbjerg Økonomiudvalg 23.05.2012
1. Meddelelser
Beslutning
Taget til efterretning.
""")
    agenda = _parse("""Dagsorden - Solbjerg Byråd 30.05.2012
1. Meddelelser
Beslutning i Økonomiudvalget den 23.05.2012
Anbefales.
""")
    assert (decided.kind, agenda.kind) == ("referat", "dagsorden")  # an earlier body's decision decides nothing
