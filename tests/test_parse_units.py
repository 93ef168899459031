"""The parser's building blocks, one phrasing at a time."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from referat.errors import InputError
from referat.extract import Line, extract
from referat.extract.decode import decode_text
from referat.extract.html import html_to_lines
from referat.parse import parse_document
from referat.parse.dates import parse_date, parse_date_time, parse_time
from referat.parse.header import parse_header
from referat.parse.numbers import bare_case_number, find_case_numbers, labelled_case_number
from referat.parse.outcomes import classify
from referat.parse.people import parse_people, parse_person, read_attendance
from referat.parse.titles import split_title
from referat.vocab import ITEM_HEADING_FORMS, ITEM_HEADING_START


@pytest.mark.parametrize(("text", "iso"), [
    ("Onsdag d. 04. maj 2022 kl. 16:30", "2022-05-04"),
    ("12-04-2021", "2021-04-12"),
    ("den 1. marts 2021", "2021-03-01"),
    ("Dato: 29. januar 2020", "2020-01-29"),
    ("04-06-2020 09:00:00", "2020-06-04"),
    ("22.04.2021, kl. 17:30", "2021-04-22"),
    ("02/06/2025 Udvalget for Social", "2025-06-02"),
    ("Torsdag den 3. okt. 2019", "2019-10-03"),
    ("Tirsdag d. 7/6 2022 kl. 15.30", "2022-06-07"),
    ("3. feb. 2022", "2022-02-03"),
    ("31-02-2021", None),
    ("ingen dato her", None),
    ("punkt 4.5 2023", None),
])
def test_dates(text: str, iso: str | None) -> None:
    assert parse_date(text) == iso


@pytest.mark.parametrize(("text", "time"), [
    ("Onsdag d. 04. maj 2022 kl. 16:30", "16:30"),
    ("Tidspunkt: Kl. 19:00", "19:00"),
    ("kl. 19", "19:00"),
    ("09:00:00", "09:00"),
    ("kl. 17.30", "17:30"),
])
def test_times(text: str, time: str) -> None:
    assert parse_time(text) == time


def test_date_then_time() -> None:
    assert parse_date_time("22.04.2021, kl. 17:30") == ("2021-04-22", "17:30")
    assert parse_date_time("04-06-2020 09:00:00") == ("2020-06-04", "09:00")


@pytest.mark.parametrize(("text", "outcomes"), [
    ("Godkendt.", ["approved"]),
    ("Indstillingen godkendt", ["approved"]),
    ("Tiltrådte indstillingen", ["approved"]),
    ("Indstillingen tiltrådt.", ["approved"]),
    ("Vedtaget.", ["approved"]),
    ("Social- og Beskæftigelsesudvalget beslutter at følge handlemulighed A.", ["approved"]),
    ("Taget til efterretning.", ["noted"]),
    ("Til efterretning.", ["noted"]),
    ("Udvalget tager sagen til orientering.", ["noted"]),
    ("Drøftet.", ["discussed"]),
    ("Udvalget drøftede sagen.", ["discussed"]),
    ("Byrådet drøftede de nye indsatser.", ["discussed"]),
    ("Taget til efterretning. Udvalget drøftede indsatserne.", ["noted", "discussed"]),
    ("Udsat.", ["postponed"]),
    ("Udsættes og fremrykkes ved næste møde.", ["postponed"]),
    ("Udgår med henvisning til at kompetencen henhører under et andet udvalg.", ["withdrawn"]),
    ("Trukket.", ["withdrawn"]),
    ("Ikke godkendt.", ["rejected"]),
    ("Forkastet.", ["rejected"]),
    ("Afvist", ["rejected"]),
    ("Anbefales.", ["recommended"]),
    ("Indstilles godkendt.", ["recommended"]),
    ("Beslutning ikke frigivet", ["not_released"]),
    ("Intet.", ["none"]),
    ("Intet til dette punkt", ["none"]),
    ("Ingen bemærkninger.", ["none"]),
    ("Ad. 1) Taget til efterretning\n\nAd. 2) Drøftet", ["noted", "discussed"]),
    ("Ad. 1) Godkendt Ad. 2) Taget til efterretning", ["approved", "noted"]),
    ("Enstemmigt godkendt.", ["approved"]),
    ("Indstillingen blev vedtaget med 15 stemmer for.", ["approved"]),
    ("Udvalget besluttede at godkende indstillingen.", ["approved"]),
    ("Bevilget.", ["approved"]),
    ("Enstemmigt anbefalet.", ["recommended"]),
    ("Udvalget kunne ikke anbefale indstillingen.", ["rejected"]),
    ("Sagen afvises.", ["rejected"]),
    ("Udvalget meddeler afslag på ansøgningen.", ["rejected"]),
    # A member's dissent is not the body's outcome.
    ("Anbefales godkendt. Eva Lind (SF) kunne ikke anbefale.", ["recommended"]),
    # Another item's fate is not this item's outcome.
    ("Godkendt med bemærkning om, at punkt 4 og 5 fremrykkes.\n\nPunkt 8 udgår med henvisning til andet.",
     ["approved"]),
    # Aarhus' city council and Magistrate, as FirstAgenda prints their decisions.
    ("Tilbagesendes Borgmesterens Afdeling med bemærkning, at byrådet i sit møde den 27. august 2025 har vedtaget "
     "Magistratens foranstående indstilling af 19. august 2025.", ["approved"]),
    ("Fremsendes til Aarhus Byråd med bemærkning, at Magistraten i mødet den 19. august 2025 anbefaler, at byrådet "
     "tiltræder Magistratsafdelingen for Teknik og Miljøs indstilling af 16. juni 2025.", ["recommended"]),
    ("Sagens behandling blev udsat i byrådets møde den 26. marts 2025.", ["postponed"]),
    ("Udvalget besluttede at udsætte sagens behandling på grund af tidsnød.", ["postponed"]),
    ("Udvalget kunne enstemmigt tiltræde indstillingen i overensstemmelse med Magistratens anbefaling.", ["approved"]),
    # Nothing decides these: the outcome is left out rather than guessed.
    ("Fremsendes til Teknisk Udvalg til behandling i henhold til beslutning i byrådets møde den 27. august 2025.", []),
    ("Henvist til budgetforhandlingerne.", []),
    ("Magistraten blev orienteret om de tekniske ændringer.", []),  # news, as "Formanden orienterede om ..."
    ("Helle Blak (UFP) anmoder om fokus på den videre behandling.", []),
    ("Udvalget bakker op om forslaget.", []),
])
def test_outcomes(text: str, outcomes: list[str]) -> None:
    assert classify(text) == outcomes


@pytest.mark.parametrize(("text", "numbers"), [
    ("22-001317", ["22-001317"]),
    ("21-3658A", ["21-3658A"]),
    ("15.20.00A00-1-22", ["15.20.00A00-1-22"]),
    ("00.01.00-A00-1-24", ["00.01.00-A00-1-24"]),
    ("00.30.00Ø00-6-22", ["00.30.00Ø00-6-22"]),
    ("Sagsnr.: 330-2021-15739", ["330-2021-15739"]),
    ("mødet d. 04-05-2022 og 2021-2023", []),
])
def test_case_numbers(text: str, numbers: list[str]) -> None:
    assert find_case_numbers(text) == numbers


def test_case_number_lines() -> None:
    assert bare_case_number("22-001317") == "22-001317"
    assert bare_case_number("Se sag 22-001317 fra sidste år") is None
    assert labelled_case_number("Sagsnr.: 17/46") == "17/46"
    assert labelled_case_number("Sag 306-2009-600") == "306-2009-600"
    assert labelled_case_number("Sag 12") is None


def test_people() -> None:
    assert parse_person("Formand Lars Gravgaard Hansen (C)") is not None
    person = parse_person("Formand Lars Gravgaard Hansen (C)")
    assert person is not None and (person.name, person.party, person.role) == ("Lars Gravgaard Hansen", "C", "Formand")
    assert [p.name for p in parse_people("Klaus Kristiansen, Connie B. Jensen og Tina Boel van Ingen")] == [
        "Klaus Kristiansen", "Connie B. Jensen", "Tina Boel van Ingen"]
    assert parse_person("Der underskrives af deltagerne ved mødets afslutning.") is None
    bullet = parse_person("- Mette Lund (A), formand")
    assert bullet is not None and (bullet.name, bullet.party, bullet.role) == ("Mette Lund", "A", "Formand")
    assert parse_person("• Ib Kristoffersen") is not None


def test_attendance_phrasings() -> None:
    found = read_attendance("Tina Bodholdt-Nielsen (Æ) deltog ikke i mødet")
    assert [(p.name, p.party) for p in found.meeting_absent] == [("Tina Bodholdt-Nielsen", "Æ")]
    found = read_attendance("Jens Lønberg Pedersen og Tina Boel Van Ingen deltog ikke i sagens behandling.")
    assert [p.name for p in found.item_absent] == ["Jens Lønberg Pedersen", "Tina Boel Van Ingen"]
    found = read_attendance("Afbud fra: Mette Holm (V), Ib Lund (Ø)")
    assert [(p.name, p.party) for p in found.item_absent] == [("Mette Holm", "V"), ("Ib Lund", "Ø")]
    found = read_attendance("Karen Berg (V) deltog som suppleant for Mette Holm (V).")
    assert [(p.name, p.role) for p in found.substitutes] == [("Karen Berg", "suppleant for Mette Holm (V)")]
    assert [(p.name, p.party) for p in found.item_absent] == [("Mette Holm", "V")]  # whom the substitute stood in for
    found = read_attendance("Anna Holm, afdelingsleder, deltog under behandling af sagen.")
    assert [(p.name, p.role) for p in found.present] == [("Anna Holm", "afdelingsleder")]
    assert not read_attendance("Udvalget ønsker en evaluering efter 6 måneder.")


def test_substitutes_for_the_absentees_named_before() -> None:
    found = read_attendance("Tom Bech og Lise Berg havde meldt forfald. I stedet mødte Kaj Mikkelsen og Anne Lund.")
    assert [p.name for p in found.item_absent + found.meeting_absent] == ["Tom Bech", "Lise Berg"]
    assert [(p.name, p.role) for p in found.substitutes] == [("Kaj Mikkelsen", "suppleant"), ("Anne Lund", "suppleant")]


@pytest.mark.parametrize(("line", "item_absent", "substitute"), [
    ("Jens Hansen (A) var forhindret i at deltage.", ["Jens Hansen"], None),
    ("Jens Hansen (A) erklærede sig inhabil og deltog ikke i behandlingen af sagen.", ["Jens Hansen"], None),
    ("Lise Berg (V) var ikke til stede under behandlingen af dette punkt.", ["Lise Berg"], None),
    ("Mødt suppleant: Kaj Mikkelsen (V) for Tom Bech (V)", ["Tom Bech"],
     ("Kaj Mikkelsen", "suppleant for Tom Bech (V)")),
    ("Kaj Mikkelsen (V) mødte for Tom Bech (V).", ["Tom Bech"], ("Kaj Mikkelsen", "suppleant for Tom Bech (V)")),
    ("Fraværende: Ingen", [], None),
    ("I stedet for Tom Bech (V) deltog Kaj Mikkelsen (V).", ["Tom Bech"],
     ("Kaj Mikkelsen", "suppleant for Tom Bech (V)")),
    ("Tom Bech (V) var fraværende. I stedet deltog Kaj Mikkelsen (V).", ["Tom Bech"], ("Kaj Mikkelsen", "suppleant")),
    ("Varmen bliver i boligerne i stedet for at sive ud gennem konstruktionerne.", [], None),
    ("I stedet blev der valgt midlertidige løsninger.", [], None),
])
def test_more_attendance_phrasings(line: str, item_absent: list[str], substitute: tuple[str, str] | None) -> None:
    found = read_attendance(line)
    assert [p.name for p in found.item_absent] == item_absent and found.meeting_absent == []
    assert [(p.name, p.role) for p in found.substitutes] == ([substitute] if substitute else [])


@pytest.mark.parametrize(("heading", "expected"), [
    ("JAI - Orientering maj 2022", ("JAI - Orientering maj 2022", False, "JAI", None)),
    ("SSÆ/BU/JAI - Programorganisering", ("SSÆ/BU/JAI - Programorganisering", False, "SSÆ/BU/JAI", None)),
    ("Godkendelse af dagsorden (B)", ("Godkendelse af dagsorden (B)", False, None, "B")),
    ("Lukket: Budgetkatalog 2023-2026", ("Budgetkatalog 2023-2026", True, None, None)),
    ("Lukket:", (None, True, None, None)),
    ("Lukket punkt", (None, True, None, None)),
    ("Lukket sag: Køb af ejendom", ("Køb af ejendom", True, None, None)),
    ("Til behandling - for lukkede døre", (None, True, None, None)),
    ("Fortroligt: Salg af grund", ("Salg af grund", True, None, None)),
    ("Salg af grund (Lukket sag)", ("Salg af grund", True, None, None)),
    ("Punkt til lukket behandling: Salg", ("Salg", True, None, None)),
    ("Fortrolighed og databeskyttelse", ("Fortrolighed og databeskyttelse", False, None, None)),
])
def test_item_titles(heading: str, expected: tuple[str | None, bool, str | None, str | None]) -> None:
    assert split_title(heading) == expected


SAMPLE = "Referat\n\nMødested Rådhuset, Æbelø\n\nPunkt 1: Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1252", "latin-1"])
def test_decoding_is_read_off_the_bytes(encoding: str) -> None:
    data = SAMPLE.replace("\n", "\r\n").encode(encoding)
    assert decode_text(data) == SAMPLE


def test_html_drops_script_and_style_and_keeps_structure() -> None:
    page = ("<html><head><title>x</title><style>p{}</style></head><body><script>var a='Beslutning';</script>"
            "<h2>49. Godkendelse</h2><p>Tekst med &aelig;&oslash;&aring; &amp; <b>fed</b></p>"
            "<table><tr><td>2021</td><td>1.234,5</td></tr></table></body></html>")
    lines = [line for line in html_to_lines(page) if line.text]
    assert [line.text for line in lines] == ["49. Godkendelse", "Tekst med æøå & fed", "2021\t1.234,5"]
    assert lines[0].heading == 2
    assert lines[2].cells == ["2021", "1.234,5"]


def test_deep_html_nesting_and_huge_lines_end() -> None:
    deep = b"<html><body>" + b"<div>" * 50000 + b"Punkt 1: Titel" + b"</div>" * 50000 + b"</body></html>"
    assert [line.text for line in extract(deep).lines if line.text] == ["Punkt 1: Titel"]
    huge = b"Referat " + b"ord " * 1_300_000
    assert extract(huge).lines[0].text.startswith("Referat ord ord")


def test_one_line_case_history() -> None:
    text = ("REFERAT Udvalget for Job d. 02-06-2022\n\nPunkt 1: Orientering\n\n22-000183\n\n"
            "Sagens forløb: 02-05-2022 Udvalget for Erhverv - 2022-2025 Taget til efterretning\n")
    (item,) = parse_document(text.encode()).items
    assert [(h.date, h.body, h.text, h.outcomes) for h in item.history] == [
        ("2022-05-02", "Udvalget for Erhverv - 2022-2025", "Taget til efterretning", ["noted"])]


@pytest.mark.parametrize("label", ["Fraværende med afbud", "Fraværende med forfald", "Ikke til stede", "Forfald",
                                   "Meldt afbud"])
def test_header_absence_labels(label: str) -> None:
    header = parse_header([Line("Referat"), Line("Økonomiudvalget"), Line("Dato: 5. marts 2025"),
                           Line("Deltagere: Hans Bak (A), Lis Dam (V), Ole Lund (O)"),
                           Line(f"{label}: Hans Bak, Lis Dam")])
    assert [p.name for p in header.absent] == ["Hans Bak", "Lis Dam"]


@pytest.mark.parametrize(("line", "expected"), [
    ("Dato: 3. februar 2025 kl. 17.00-19.00", ("2025-02-03", "17:00", "19:00")),
    ("Torsdag den 6. marts 2025 kl. 17.00-19.00", ("2025-03-06", "17:00", "19:00")),
    ("Mødet den 3. feb. 2025 kl. 17.00 - 18.30 på Rådhuset", ("2025-02-03", "17:00", "18:30")),
    ("Mødedato: 12-04-2021 kl. 16", ("2021-04-12", "16:00", None)),
    # A two-digit year where a label says the value is a date.
    ("Dato: 06.03.25", ("2025-03-06", None, None)),
    ("Mødedato: Torsdag d. 6/3-25 kl. 17.00", ("2025-03-06", "17:00", None)),
    ("Dato: 12.13.25", (None, None, None)),
])
def test_a_meeting_time_span_after_its_date(line: str, expected: tuple[str | None, str | None, str | None]) -> None:
    header = parse_header([Line("Referat"), Line("Økonomiudvalget"), Line(line)])
    assert (header.date, header.start_time, header.end_time) == expected


@pytest.mark.parametrize(("lines", "expected"), [
    (["REFERAT Udvalget for Job - 2022-2025 d. 04-05-2022"],
     ("referat", "Udvalget for Job", "2022-2025", "2022-05-04")),
    (["REFERAT Social- og Beskæftigelsesudvalget (2018-2021)", "d. 12-04-2021"],
     ("referat", "Social- og Beskæftigelsesudvalget", "2018-2021", "2021-04-12")),
    (["Åbent referat", "Økonomiudvalget", "Mødedato: 3. februar 2021"],
     ("referat", "Økonomiudvalget", None, "2021-02-03")),
    (["Dagsorden for mødet i Børne- og Ungeudvalget den 3. marts 2022"],
     ("dagsorden", "Børne- og Ungeudvalget", None, "2022-03-03")),
    (["UDVALG", "Beskæftigelsesudvalget", "STARTTIDSPUNKT", "04-06-2020 09:00:00"],
     (None, "Beskæftigelsesudvalget", None, "2020-06-04")),
    (["Kommunalbestyrelsen", "Møde den 16. januar 2023 kl. 15.30"], (None, "Kommunalbestyrelsen", None, "2023-01-16")),
])
def test_header_titles(lines: list[str], expected: tuple[str | None, str | None, str | None, str | None]) -> None:
    header = parse_header([Line(text) for text in lines])
    assert (header.kind, header.body, header.period, header.date) == expected


@pytest.mark.parametrize(("heading", "body", "date"), [
    ("Beslutning i Byrådet den 1. marts 2021:", "Byrådet", "2021-03-01"),
    ("Beslutning Økonomiudvalget den 12-05-2020:", "Økonomiudvalget", "2020-05-12"),
    ("Social- og Beskæftigelsesudvalgets beslutning den 3. maj 2021", "Social- og Beskæftigelsesudvalget",
     "2021-05-03"),
])
def test_dated_decision_headings(heading: str, body: str, date: str) -> None:
    text = f"REFERAT Udvalget d. 03-05-2021\n\nPunkt 1: Sag\n\n{heading}\n\nGodkendt.\n"
    (item,) = parse_document(text.encode()).items
    assert [(d.body, d.date, d.outcomes) for d in item.decisions] == [(body, date, ["approved"])]


def test_html_leaves_page_furniture_out() -> None:
    page = ("<main><h2>1. Sag</h2><p>Godkendt.</p></main>"
            "<div class='cookie-banner'><p>Vi bruger cookies</p></div>"
            "<div role='contentinfo'><p>Rådhuspladsen 1</p></div>"
            "<footer><p>Tlf. 11 22 33 44</p></footer>")
    assert [line.text for line in html_to_lines(page) if line.text] == ["1. Sag", "Godkendt."]


def test_html_table_inside_text_becomes_rows() -> None:
    text = ("Før tabellen\n<table>\n<tr><td><p><b>År</b></p></td><td>Beløb</td></tr>\n"
            "<tr><td>2024</td><td><p>1.234,5</p></td></tr>\n</table>\nEfter tabellen\n")
    lines = [line for line in extract(text.encode()).lines if line.text]
    assert [line.cells for line in lines] == [None, ["År", "Beløb"], ["2024", "1.234,5"], None]
    assert [lines[0].text, lines[-1].text] == ["Før tabellen", "Efter tabellen"]


def test_earlier_decision_of_a_body_whose_name_has_commas() -> None:
    text = ("REFERAT Byrådet d. 03-10-2019\n\nPunkt 1: Sag\n\nBeslutning\n\n"
            "Udvalget for Job, Arbejdsmarked og Integration, 10. september 2019, pkt. 65:\nAnbefales.\n\n"
            "Byrådet, 3. oktober 2019, pkt. 12:\nGodkendt.\n")
    (item,) = parse_document(text.encode()).items
    assert [(d.body, d.date, d.outcomes) for d in item.decisions] == [
        ("Udvalget for Job, Arbejdsmarked og Integration", "2019-09-10", ["recommended"]),
        ("Byrådet", "2019-10-03", ["approved"])]


def test_a_date_alone_is_not_a_meeting() -> None:
    from referat.errors import InputError

    with pytest.raises(InputError):
        parse_document("Æblekage\n\nUdgivet den 3. oktober 2022\n\nTid: 1 time\n".encode())


def test_title_line_naming_the_body_after_til() -> None:
    header = parse_header([Line("Åbent referat til Teknik- og Miljøudvalget"), Line("Mødedato: 7. juni 2022")])
    assert (header.kind, header.body, header.date) == ("referat", "Teknik- og Miljøudvalget", "2022-06-07")


def test_an_absent_member_named_by_first_name_alone_is_the_member_of_that_name() -> None:
    header = parse_header([Line("Referat"), Line("Styregruppen"), Line("Deltagere: Ida Holm, Jens Bak, Jens Lund"),
                           Line("Afbud: Ida, Jens")])  # one Ida; two members named Jens, so Jens stays unresolved
    assert [p.name for p in header.absent] == ["Ida Holm"]
    assert parse_header([Line("Deltagere: Ida Holm"), Line("Afbud: Ingen")]).absent == []


@pytest.mark.parametrize("body", ["Styregruppen for Solbjerg Havn", "Beredskabskommissionen"])
def test_groups_and_commissions_are_bodies(body: str) -> None:
    header = parse_header([Line("Referat"), Line(body), Line("Dato: 4. marts 2024")])
    assert (header.kind, header.body, header.date) == ("referat", body, "2024-03-04")


@pytest.mark.parametrize(("line", "kind"), [
    ("1 Møde i Solbjerg Byråd Åben Referat Dato: Tirsdag den 4. marts 2024 Tidspunkt: 17:00", "referat"),
    ("Møde i Havneudvalget Åbent dagsorden", "dagsorden"),
    ("Punktet blev behandlet på åben dagsorden.", None),  # a sentence, not a cover
    ("Møde i Havneudvalget Åben Referatets bilag", None),
])
def test_the_kind_after_the_open_status_in_a_flattened_cover_line(line: str, kind: str | None) -> None:
    assert parse_header([Line(line)]).kind == kind


@pytest.mark.parametrize(("line", "who", "for_whom"), [
    ("Stedfortræder: Karsten Juhl (C) for Inge Bakke (C)", "Karsten Juhl", "Inge Bakke (C)"),
    ("Suppleant: Hans Ravn i stedet for Trine Mose", "Hans Ravn", "Trine Mose"),
])
def test_substitute_labels(line: str, who: str, for_whom: str) -> None:
    [person] = read_attendance(line).substitutes
    assert person.name == who and (person.role or "").endswith(f"for {for_whom}")


def test_absence_phrasing_that_names_nobody_gives_way() -> None:
    found = read_attendance("Ib Sørensen (O) forlod mødet kl. 18.20 og deltog ikke i behandlingen af punktet.")
    assert [(p.name, p.party) for p in found.item_absent] == [("Ib Sørensen", "O")]


def test_pkt_headings_without_punctuation_and_numbered_attachments() -> None:
    text = ("Referat\nÆldreudvalget\nMødedato: 14. marts 2023\nMødetid: 16:00 - 18:30\n\n"
            "Pkt. 1 Godkendelse af dagsorden\nSagsnr.: 23/1201\n\nBeslutning\nGodkendt.\n\n"
            "Pkt. 2 Plejeboliger 2023-2030\n\nBeslutning\nPunkt 3 udgår af dagsordenen. Godkendt.\n\n"
            "Bilag\n1. Prognose for plejeboliger\n2) Kortbilag\nBilag 3: Notat\n\n"
            "Pkt. 3 Eventuelt\n\nBeslutning\nIntet.\n")
    meeting = parse_document(text.encode())
    assert (meeting.start_time, meeting.end_time) == ("16:00", "18:30")
    assert [(i.number, i.title) for i in meeting.items] == [
        (1, "Godkendelse af dagsorden"), (2, "Plejeboliger 2023-2030"), (3, "Eventuelt")]
    assert [a.title for a in meeting.items[1].attachments] == ["Prognose for plejeboliger", "Kortbilag",
                                                               "Bilag 3: Notat"]


def test_header_after_the_contents_and_page_footers_in_text() -> None:
    text = ("Havnsø Kommune\nReferat\nØkonomiudvalget\nMandag den 7. juni 2021 kl. 15:00\n"
            "Mødelokale 1, Havnsø Rådhus\n\nIndholdsfortegnelse\n1. Godkendelse af dagsorden ........ 2\n"
            "2. Budgetopfølgning ........ 2\n\nMedlemmer: Inge Holm (A), formand; Per Vad (V)\n"
            "Afbud: Eva Lind (SF)\n\n1. Godkendelse af dagsorden\nSagsnr.: 00.22.00-A00-1-21\nBeslutning:\n"
            "Godkendt.\n\n2. Budgetopfølgning\nSagsnr.: 00.30.10-Ø09-3-21\nSagsfremstilling:\nEt mindreforbrug.\n"
            "\fØkonomiudvalget den 7. juni 2021 Side 2 af 4\nBeslutning:\nAnbefales.\n")
    meeting = parse_document(text.encode())
    assert meeting.location == "Mødelokale 1, Havnsø Rådhus"
    assert [(p.name, p.party, p.role) for p in meeting.participants] == [("Inge Holm", "A", "Formand"),
                                                                         ("Per Vad", "V", None)]
    assert [p.name for p in meeting.absent] == ["Eva Lind"]
    assert [s.text for s in meeting.items[1].sections] == ["Et mindreforbrug.", "Anbefales."]


@pytest.mark.parametrize(("line", "location"), [
    ("Mødested: Mødelokale 1, Rådhuset", "Mødelokale 1, Rådhuset"),
    ("Mødested Lokale 1, Rådhuset", "Lokale 1, Rådhuset"),
    ("STED Byrådssalen", "Byrådssalen"),
    ("Mødelokale 4, Vestby Rådhus", "Mødelokale 4, Vestby Rådhus"),
])
def test_place_lines(line: str, location: str) -> None:
    header = parse_header([Line("Referat"), Line("Økonomiudvalget"), Line("Dato: 7. juni 2021"), Line(line)])
    assert header.location == location


def test_markdown_emphasis_and_pipe_tables() -> None:
    text = ("# Referat – Teknik- og Miljøudvalget\n\n**Dato:** 12.09.2023\n\n## 1. Trafikplan\n\n*Sagsnr.: 23/2870*\n\n"
            "**Resumé**\n\nPlanen for _alle_ veje.\n\n| Indsats | Pris (mio. kr.) |\n|---|---:|\n"
            "| Skolevej Nord | 2,4 |\n| **I alt** | 7,5 |\n\n**Beslutning:** Godkendt.\n\n## 2. Eventuelt\n\nIntet.\n")
    meeting = parse_document(text.encode())
    item = meeting.items[0]
    assert item.case_numbers == ["23/2870"]
    assert [s.text for s in item.sections if s.kind == "summary"] == ["Planen for alle veje."]
    assert [t.rows for t in item.tables] == [[["Indsats", "Pris (mio. kr.)"], ["Skolevej Nord", "2,4"],
                                              ["I alt", "7,5"]]]


def test_accordion_headings_in_buttons_and_summaries() -> None:
    page = ("<main><h1>Referat – Kultur- og Fritidsudvalget</h1><p>Mødedato: 06.03.2024 kl. 17:00</p>"
            "<button class='accordion'>1. Godkendelse af dagsorden</button><div><p>Sagsnr.: 24/301</p>"
            "<h4>Beslutning</h4><p>Godkendt.</p><button>Udskriv</button></div>"
            "<details><summary>2. Tilskud til foreninger 2024</summary><h4>Beslutning</h4><p>Udsat.</p></details>"
            "</main>")
    meeting = parse_document(page.encode())
    assert [(i.number, i.title, i.case_numbers) for i in meeting.items] == [
        (1, "Godkendelse af dagsorden", ["24/301"]), (2, "Tilskud til foreninger 2024", [])]
    assert [d.text for d in meeting.items[0].decisions] == ["Godkendt."]
    assert [d.outcomes for d in meeting.items[1].decisions] == [["postponed"]]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16", "cp1252"])
def test_html_is_told_by_its_content_in_any_encoding(encoding: str) -> None:
    page = "<div class='referat'><h1>Referat – Kultur- og Fritidsudvalget</h1><p>Mødedato: 06.03.2024</p>" \
           "<h2>1. Godkendelse af dagsorden</h2><h3>Beslutning</h3><p>Godkendt.</p></div>"
    extracted = extract(page.encode(encoding))
    assert extracted.format == "html"
    assert [line.text for line in extracted.lines if line.text][:2] == ["Referat – Kultur- og Fritidsudvalget",
                                                                       "Mødedato: 06.03.2024"]
    markdown = "<p>Indledning</p>\n\n# Referat\n\n## 1. Godkendelse af dagsorden\n\nGodkendt.\n"
    assert extract(markdown.encode(encoding)).format == "markdown"


@settings(max_examples=3000, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(["1", "12", "2025", " ", ".", ")", ":", " - ", "–", "•", "(", "Åbent", "lukket",
                                 "Punkt", "pkt.", "Dagsordenspunkt", "sag", "Sag nr.", "nr", "Nr.", "punkt ",
                                 "Godkendelse", "af", "a", "A"]), max_size=8))
def test_item_heading_forms_start_as_the_first_test_says(parts: list[str]) -> None:
    text = "".join(parts)
    if any(pattern.match(text) for _, _, pattern in ITEM_HEADING_FORMS):
        assert ITEM_HEADING_START.match(text)


_WRAPPED = """Referat
Teknik- og Miljøudvalget
tirsdag den 4. marts 2025, kl. 16:00
i Mødelokale 2, Stenvig Rådhus

Dato: 04.03.2025

INDHOLDSFORTEGNELSE
1.\tGodkendelse af dagsorden\t2
2.\tRenovering af broer og hverdagsvedligeholdelse af
stier\t2
3.\tEventuelt\t3

1. Godkendelse af dagsorden

Beslutning
Godkendt.

2. Renovering af broer og hverdagsvedligeholdelse af
stier

Sagsnr.: 25/100

Beslutning
Godkendt.

3. Eventuelt

Beslutning
Intet.
"""


def test_a_title_wrapped_in_the_contents_and_under_its_heading_is_one_title() -> None:
    meeting = parse_document(_WRAPPED.encode())
    assert [(i.number, i.title) for i in meeting.items] == [
        (1, "Godkendelse af dagsorden"), (2, "Renovering af broer og hverdagsvedligeholdelse af stier"),
        (3, "Eventuelt")]
    assert meeting.items[1].case_numbers == ["25/100"]
    assert meeting.warnings == []


def test_the_time_on_the_dated_line_and_the_place_without_its_preposition() -> None:
    # "Dato:" gives the date; the unlabelled line of the same day gives the time.
    meeting = parse_document(_WRAPPED.encode())
    assert (meeting.date, meeting.start_time, meeting.location) == ("2025-03-04", "16:00",
                                                                    "Mødelokale 2, Stenvig Rådhus")


def test_a_title_that_ends_on_a_linking_word_runs_on_in_lower_case() -> None:
    text = ("Referat\nKultur- og Fritidsudvalget\nDato: 6. maj 2025\n\n1. Tilskud til foreninger og\n"
            "haller i kommunen\n\nSagsnr.: 25/7\n\nBeslutning\nGodkendt.\n\n2. Eventuelt\n\nBeslutning\nIntet.\n")
    meeting = parse_document(text.encode())
    assert [(i.number, i.title) for i in meeting.items] == [(1, "Tilskud til foreninger og haller i kommunen"),
                                                           (2, "Eventuelt")]


@pytest.mark.parametrize("text", [
    "Til kommunalbestyrelsen\n\nTilslutning til udbuddet\nKL udsendte den 6. november 2012 et brev til kommunerne.\n",
    "Projektbeskrivelse\n\nStyregruppe: Teknik og Miljø\nDato: 08.11.2012\n\nProjektets formål og baggrund.\n",
    "Kære borgmester og udvalgsformand\nVi inviterer til dialogmøde.\nOnsdag den 23. januar 2013 kl. 16.30\n"
    "Festsalen, Stenvig Rådhus\n",
])
def test_a_dated_letter_or_description_without_items_is_not_minutes(text: str) -> None:
    with pytest.raises(InputError, match="not minutes"):
        parse_document(text.encode())


def test_an_agenda_whose_items_are_not_read_is_still_a_meeting() -> None:
    meeting = parse_document("Dagsorden\nByrådet\nDato: 3. juni 2025\n\nMødet er aflyst.\n".encode())
    assert (meeting.kind, meeting.body, meeting.date) == ("dagsorden", "Byrådet", "2025-06-03")
    assert meeting.warnings == ["no agenda items found"]


@pytest.mark.parametrize("form", ["Sag {n} {t}", "Sag {n}: {t}", "Sag {n} – {t}", "§ {n} {t}", "§ {n}. {t}"])
def test_items_headed_sag_or_paragraph_sign(form: str) -> None:
    titles = ["Godkendelse af dagsorden", "Budgetopfølgning for 2. kvartal", "Eventuelt"]
    lines = ["Referat", "Økonomiudvalget", "Dato: 3. juni 2025", ""]
    for n, title in enumerate(titles, 1):
        lines += [form.format(n=n, t=title), "", f"Sagsnr.: 25/10{n}", "", "Lovgrundlag",
                  "§ 17, stk. 4 i lov om kommunernes styrelse.", "§ 103 i serviceloven.", "",
                  "Beslutning", "Godkendt.", ""]
    meeting = parse_document("\n".join(lines).encode())
    assert [(i.number, i.title, i.case_numbers) for i in meeting.items] == [
        (n, title, [f"25/10{n}"]) for n, title in enumerate(titles, 1)]
    assert [s.text for s in meeting.items[0].sections if s.kind == "legal_basis"] == [
        "§ 17, stk. 4 i lov om kommunernes styrelse.\n§ 103 i serviceloven."]


def test_a_case_number_after_sag_opens_no_item() -> None:
    text = ("Referat\nØkonomiudvalget\nDato: 3. juni 2025\n\n1. Budget 2026\n\nSag 306-2009-600\n\nBeslutning\n"
            "Godkendt.\n\n2. Eventuelt\n\nSag 12/345\n\nBeslutning\nIntet.\n")
    meeting = parse_document(text.encode())
    assert [(i.number, i.title, i.case_numbers) for i in meeting.items] == [
        (1, "Budget 2026", ["306-2009-600"]), (2, "Eventuelt", ["12/345"])]


def test_earlier_bodies_decisions_as_label_triples_without_a_heading() -> None:
    text = ("Referat\nByrådet\nDato: 25. september 2024\n\n1. Kommuneplantillæg nr. 12\n\nSagsnr.: 24/331\n\n"
            "Indstilling\nDirektionen indstiller, at tillægget vedtages.\n\n"
            "Udvalg: Teknik- og Miljøudvalget\nDato: 3. september 2024\nPunktnummer: 7\nIndstillingen anbefales.\n\n"
            "Udvalg: Økonomiudvalget\nDato: 17. september 2024\nPunktnummer: 4\nAnbefales.\n\n"
            "Beslutning\nGodkendt.\n\n2. Eventuelt\n\nBeslutning\nIntet.\n")
    item = parse_document(text.encode()).items[0]
    assert [(d.body, d.date, d.text) for d in item.decisions] == [
        ("Teknik- og Miljøudvalget", "2024-09-03", "Indstillingen anbefales."),
        ("Økonomiudvalget", "2024-09-17", "Anbefales."), (None, None, "Godkendt.")]
    assert [s.kind for s in item.sections] == ["recommendation", "history", "decision"]
    assert item.recommendations == ["at tillægget vedtages."]


def test_items_with_numbered_sub_items() -> None:
    # A working group's minutes (an SBSYS layout) of a fictional municipality: "1 Title" items, each opening
    # with its sub-items "1.1 Title", the last item without any.
    text = ("Referat\nDigitaliseringsgruppen\nDato: 6. oktober 2025\n\n1 Mødesystem\n1.1 Status siden sidst\n"
            "Oplæg:\nNy version er installeret.\nReferat: Godt modtaget.\n\n1.2 Plan for resten af året\n"
            "Oplæg:\nUdrulning til udvalgene.\n\n2 Sagssystem\n2.1 Status\nOplæg:\nAftale indgået.\n\n"
            "3 Eventuelt\nIntet.\n")
    meeting = parse_document(text.encode())
    assert [(i.number, i.title) for i in meeting.items] == [(1, "Mødesystem"), (2, "Sagssystem"), (3, "Eventuelt")]
    # "Referat:" with a colon heads what was minuted: the sub-item's decision.
    assert [s.heading for s in meeting.items[0].sections] == ["1.1 Status siden sidst", "Referat",
                                                              "1.2 Plan for resten af året"]
    assert "Ny version er installeret." in meeting.items[0].sections[0].text
    assert [d.text for d in meeting.items[0].decisions] == ["Godt modtaget."]
    assert [s.heading for s in meeting.items[1].sections] == ["2.1 Status"]


def test_a_named_bodys_decision_dated_at_the_start_of_its_text() -> None:
    text = ("Referat\nByrådet\nDato: 24. maj 2023\n\n1. Budgetrevision\n\nSagsnr.: 23/88\n\n"
            "Økonomiudvalgets beslutning\n4. maj 2023: Anbefales.\n\nBeslutning\nGodkendt.\n\n"
            "2. Eventuelt\n\nBeslutning\n1. juni 2023 holdes temamøde.\n")
    meeting = parse_document(text.encode())
    assert [(d.body, d.date, d.text) for d in meeting.items[0].decisions] == [
        ("Økonomiudvalget", "2023-05-04", "4. maj 2023: Anbefales."), (None, None, "Godkendt.")]
    # without a body named and without a colon, a date opening the text is only text
    assert [(d.body, d.date) for d in meeting.items[1].decisions] == [(None, None)]


_REPORT = ("Kvalitetsstandarder for hjemmeplejen 2026\n\nIndhold:\n1. Indledning ........ 2\n2. Formål ........ 3\n"
           "3. Opfølgning ........ 4\n\n1. Indledning\nStandarderne beskriver Solbjerg Kommunes serviceniveau.\n\n"
           "2. Formål\nLovgrundlag\nServicelovens § 83.\n\n3. Opfølgning\nStandarderne revideres hvert år.\n")


def test_a_report_with_numbered_chapters_is_not_minutes() -> None:
    with pytest.raises(InputError, match="not minutes: numbered chapters"):
        parse_document(_REPORT.encode())


@pytest.mark.parametrize(("above", "within"), [
    ("Dato: 3. juni 2025\n", ""), ("Referat\n", ""), ("", "Sagsnr.: 25/103\n"), ("", "Beslutning\nGodkendt.\n"),
    ("", "Indstilling\nAdministrationen indstiller, at standarderne godkendes.\n"),
])
def test_numbered_parts_with_a_mark_of_a_meeting_or_an_item_are_items(above: str, within: str) -> None:
    """A date or a kind above them, or a case number, a recommendation or a decision in one, makes them items:
    an item's own page (no date, one item with its case number) stays a meeting."""
    text = above + _REPORT + ("\n" + within if within else "")
    meeting = parse_document(text.encode())
    assert [item.title for item in meeting.items] == ["Indledning", "Formål", "Opfølgning"]


@pytest.mark.parametrize("relative", ["documents/ballerup-edoc-2012/1546743.PDF",
                                      "documents/syddjurs-acadre-2013/3629343E3.DOCX"])
def test_reports_attached_to_real_minutes_are_not_minutes(relative: str) -> None:
    """Quality standards and a strategy, published beside the minutes as attachments, with numbered chapters."""
    from tests.corpus import corpus_file

    with pytest.raises(InputError, match="not minutes"):
        parse_document(corpus_file(relative).read_bytes())


def test_an_items_own_document_without_a_date_is_kept() -> None:
    """eDoc publishes each item as a PDF of its own: its number, title, case number and sections, no date."""
    from tests.corpus import corpus_file

    meeting = parse_document(corpus_file("documents/ballerup-edoc-2012/1552822.PDF").read_bytes())
    assert [(i.number, i.case_numbers) for i in meeting.items] == [(3, ["2012-31114"])]


_COLUMNS = ("Referat\nØkonomiudvalget\nDato: 3. juni 2025\n\n715. Kulturkommune 2017\nSagsnr.:\nSagen afgøres i:\n\n"
            "25/27845\nØkonomiudvalget\n\nResumé\nEn plan for arbejdet.\n\nBeslutning\nGodkendt.\n")


def test_a_column_of_labels_and_the_column_of_their_values_are_paired() -> None:
    """Text taken from a PDF without its layout prints a label column, a blank line, then the value column."""
    item = parse_document(_COLUMNS.encode()).items[0]
    assert (item.number, item.title, item.case_numbers) == (715, "Kulturkommune 2017", ["25/27845"])
    assert item.decisions[0].text == "Godkendt."


@pytest.mark.parametrize("change", [
    ("Sagen afgøres i:\n\n", "Sagen afgøres i:\n"),  # no blank line between the columns
    ("Økonomiudvalget\n\nResumé", "Økonomiudvalget\nEn linje mere\n\nResumé"),  # more values than labels
    ("Sagsnr.:\nSagen afgøres i:", "Farve:\nForm:"),  # labels the vocabulary does not know
])
def test_label_columns_are_paired_only_when_the_blocks_match(change: tuple[str, str]) -> None:
    meeting = parse_document(_COLUMNS.replace(*change).encode())
    assert meeting.items[0].case_numbers == []


def test_real_minutes_as_pdftotext_prints_them_keep_their_case_number(tmp_path: Path) -> None:
    """Syddjurs' extraordinary PUK minutes, as ``pdftotext`` without ``-layout`` prints its label columns."""
    import shutil
    import subprocess

    from tests.corpus import corpus_file

    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (Debian poppler-utils) not installed")
    out = tmp_path / "puk.txt"
    subprocess.run(["pdftotext", str(corpus_file("documents/syddjurs-acadre-2013/Ekstraordinært PUK.pdf")), str(out)],
                   check=True)
    meeting = parse_document(out.read_bytes())
    assert [(i.number, i.case_numbers) for i in meeting.items] == [(715, ["12/27845"])]


def test_a_number_cell_copied_with_its_tab_is_the_items_number() -> None:
    """A browser copies a table's number cell as ``1<tab>``, the title on the line below."""
    text = ("Referat 1. oktober 2025 kl. 15.45\nUdvalg:\tTeknisk Udvalg\nMødedato:\tonsdag den 1. oktober 2025\n"
            "Punkt\tTitel\t\n1\t\nGodkendelse af referat\nEMN-2025-010561\nBeslutninger\nIngen bemærkninger.\n"
            "2\t\nEventuelt\nEMN-2025-010562\nBeslutninger\nIntet.\n")
    meeting = parse_document(text.encode())
    assert [(i.number, i.title, i.case_numbers) for i in meeting.items] == [
        (1, "Godkendelse af referat", ["EMN-2025-010561"]), (2, "Eventuelt", ["EMN-2025-010562"])]


@pytest.mark.parametrize(("line", "expected"), [
    ("Sagsnr.: 200906126 Sagsbehandler: Rikke Jørgensen", "200906126"),
    ("Sagsnr.: 2013-003869 Sagsansvarlig: Claus Friis Lange", "2013-003869"),
    ("Sagsnr.: 2013-003869 Rikke Jørgensen", None),
])
def test_a_case_number_before_another_label_on_its_line(line: str, expected: str | None) -> None:
    assert labelled_case_number(line) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Kasper Damsgaard (A) (Borgmester)", ("Kasper Damsgaard", "A", "Borgmester")),
    ("Piet Papageorge (V) (Medlem)", ("Piet Papageorge", "V", "Medlem")),
    ("Ib Holm (C) (1. viceborgmester)", ("Ib Holm", "C", "1. viceborgmester")),
    ("Hanne Lund (A), formand", ("Hanne Lund", "A", "Formand")),
    ("Lolan Ottesen (A) - formand", ("Lolan Ottesen", "A", "Formand")),
    ("Grethe Larsen (A) – næstformand", ("Grethe Larsen", "A", "Næstformand")),
])
def test_a_role_in_brackets_after_the_party(text: str, expected: tuple[str, str, str]) -> None:
    person = parse_person(text)
    assert person is not None and (person.name, person.party, person.role) == expected


def test_an_unnumbered_entry_of_numbered_contents_is_no_item() -> None:
    """``Underskriftsside<tab>5`` ends contents whose items are numbered: the signature page the body then
    prints under that heading is not a third item."""
    text = ("Referat\nØkonomiudvalget\nDato: 3. juni 2025\n\nIndholdsfortegnelse\n1. Godkendelse af dagsorden\t2\n"
            "2. Eventuelt\t2\nUnderskriftsside\t3\n\n1. Godkendelse af dagsorden\nBeslutning\nGodkendt.\n\n"
            "2. Eventuelt\nBeslutning\nIntet.\n\nUnderskriftsside\nKasper Damsgaard\n")
    meeting = parse_document(text.encode())
    assert [(i.number, i.title) for i in meeting.items] == [(1, "Godkendelse af dagsorden"), (2, "Eventuelt")]


def test_corpus_edoc_minutes_list_who_was_present() -> None:
    """Ballerup's eDoc minutes: ``Tilstede`` alone on its line, then one member a line, the chair's role after a
    dash (``Lolan Ottesen (A) - formand``); seven names, read off the document."""
    from tests.corpus import corpus_file

    meeting = parse_document(corpus_file("documents/ballerup-edoc-2012/1552814.PDF").read_bytes())
    assert [(p.name, p.party) for p in meeting.participants] == [
        ("Lolan Ottesen", "A"), ("Grethe Larsen", "A"), ("Birte Kramhøft", "F"), ("Doris Børger", "A"),
        ("Karl Vilhelm Nielsen", "V"), ("Maria Lundahl Assov", "A"), ("Per Mortensen", "A")]
    assert meeting.participants[0].role == "Formand" and meeting.absent == []


_NO_COMMAS = ("Åbent referat for Byrådet\nMødedato 08.06.2009\nTid 18:30\nSted Byrådssalen, Teatergade 8\n\n"
              "Medlemmer Birgit Lund Terp (A) Carsten Bering (C) Hans R. Hansen (V)\n\n"
              "Kurt Petersen (C) Lars Hoppe Søe (B)\n\nSolbjerg Kommune Rådhuset, Torvet 1 4700 Solbjerg\n\n"
              "Telefon 5588 5588\n\nTroels Larsen (V)\n\n"
              "Fraværende\n\n124. Borgerrådgiverens beretning\nBeslutning\nTaget til efterretning.\n")


def test_a_member_list_without_commas_over_several_lines() -> None:
    """Names parted only by their party letters, the list going on over lines of its own past a letterhead
    column flattened into it; the place's label without its colon is no part of the place."""
    meeting = parse_document(_NO_COMMAS.encode())
    assert [(p.name, p.party) for p in meeting.participants] == [
        ("Birgit Lund Terp", "A"), ("Carsten Bering", "C"), ("Hans R. Hansen", "V"), ("Kurt Petersen", "C"),
        ("Lars Hoppe Søe", "B"), ("Troels Larsen", "V")]
    assert meeting.location == "Byrådssalen, Teatergade 8"


def test_a_member_list_stops_at_prose() -> None:
    text = _NO_COMMAS.replace("Telefon 5588 5588\n\nTroels", "Telefon 5588 5588\n\nMødet\n\nblev\n\nholdt\n\nTroels")
    assert "Troels Larsen" not in [p.name for p in parse_document(text.encode()).participants]


def test_a_room_named_mødelokale_keeps_its_name() -> None:
    text = ("Referat\nØkonomiudvalget\nDato: 3. juni 2025\nMødelokale SL 1, Slangerup\n\n"
            "1. Eventuelt\nBeslutning\nIntet.\n")
    assert parse_document(text.encode()).location == "Mødelokale SL 1, Slangerup"


def test_corpus_council_members_listed_without_commas() -> None:
    """Næstved's 2009 council minutes as FlippingBook copies them: 31 members over five lines, the town hall's
    letterhead between them (14, 6 and 5 names, the letterhead, 4 and 2 names; counted in the excerpt)."""
    from tests.corpus import corpus_file

    meeting = parse_document(corpus_file("pages/018.txt").read_bytes())
    names = [p.name for p in meeting.participants]
    assert len(names) == 31 and names[0] == "Birgit Lund Terp" and names[-1] == "Troels Larsen"
    assert not any("Kommune" in name or "Telefon" in name for name in names)


@pytest.mark.parametrize(("header", "place", "start"), [
    ("Økonomiudvalgets møde den 21. januar 2026\nMødelokale SL 1, Slangerup kl. 16.00\n",
     "Mødelokale SL 1, Slangerup", "16:00"),
    ("Referat\nDato: |\n22-06-2022 17:30:00 |\n---|---|\nUdvalg: |\nByrådet |\nSted: |\nByrådssalen |\n",
     "Byrådssalen", "17:30"),
    ("Referat\nDato:\nMandag, 20 februar, 2023 - 09:00\nLokation:\nDagsorden publiceret:\n"
     "Torsdag, 16 februar, 2023 - 13:50\n", None, "09:00"),
])
def test_the_place_as_portals_print_it(header: str, place: str | None, start: str) -> None:
    """A time after the place on its line; a table's pipes left in the text; an empty place label followed by
    another label."""
    meeting = parse_document((header + "\nPunkt 1 Godkendelse af dagsorden\nBeslutning\nGodkendt.\n").encode())
    assert (meeting.location, meeting.start_time) == (place, start)


@pytest.mark.parametrize(("relative", "place", "start"), [
    ("pages/013.txt", "Mødelokale SL 1, Slangerup", "16:00"),
    ("pages/015.txt", "Byrådssalen", "17:30"),
    ("pages/021.txt", None, "09:00"),
])
def test_corpus_places(relative: str, place: str | None, start: str) -> None:
    """Read off the excerpts: Frederikssund's place line with its time, Halsnæs' table with pipes, Fredericia's
    empty ``Lokation:``."""
    from tests.corpus import corpus_file

    meeting = parse_document(corpus_file(relative).read_bytes())
    assert (meeting.location, meeting.start_time) == (place, start)


def test_an_attachment_keeps_its_title_without_the_portals_file_badge_and_count() -> None:
    """FirstAgenda draws a ``PDF`` badge before each attachment's link and the number of files after the list."""
    page = ("<html><body><h1>Referat</h1><p>Dato: 3. juni 2025</p><p>Teknisk Udvalg</p><table><tr><td>1</td><td>"
            "<h2>Godkendelse af referat</h2><h3>Beslutninger</h3><p>Godkendt.</p><h3>Bilag</h3><ul><li>"
            "<span class='label pdf-label' role='button'>PDF</span><a href='/vis/1'>Referat fra møde den 22. maj</a>"
            "</li><li><span class='label pdf-label'>PDF</span><a href='/vis/2'>1 Bedre mad til ældre</a></li></ul>"
            "</td><td><span class='badge'>2</span></td></tr></table></body></html>")
    item = parse_document(page.encode()).items[0]
    assert [a.title for a in item.attachments] == ["Referat fra møde den 22. maj", "1 Bedre mad til ældre"]


def test_corpus_firstagenda_attachments_have_their_titles() -> None:
    """Aarhus' minutes page, read off it: item 1 has one attachment, 'Referat fra møde den 22. september 2025'."""
    from tests.corpus import corpus_file

    meeting = parse_document(corpus_file("documents/aarhus-firstagenda-2025/example_minutes.html").read_bytes())
    assert [a.title for a in meeting.items[0].attachments] == ["Referat fra møde den 22. september 2025"]
    assert not any(a.title.startswith("PDF") for i in meeting.items for a in i.attachments)


@pytest.mark.parametrize("dialog", ['<div class="modal" id="kopier_dialog"><div class="modal-body">',
                                    '<div role="dialog">'])
def test_a_pages_dialogs_are_no_part_of_its_last_item(dialog: str) -> None:
    """A portal's hidden dialogs ("Kopier link", an error box) stand after the last item in the page's source."""
    page = ("<html><body><h1>Referat</h1><p>Dato: 3. juni 2025</p><p>Teknisk Udvalg</p><h2>1. Eventuelt</h2>"
            "<h3>Beslutninger</h3><p>Intet.</p><h3>Bilag</h3><ul><li><a href='/1'>Notat om trafikken</a></li></ul>"
            f"{dialog}<h4>Kopier link</h4><p>Kopier linket i nedenstående tekstboks med ctrl+c</p>"
            "<p>Der opstod en fejl</p></div></div></body></html>")
    item = parse_document(page.encode()).items[-1]
    assert [a.title for a in item.attachments] == ["Notat om trafikken"]
    assert all("Kopier" not in s.text for s in item.sections)


def test_corpus_firstagenda_last_item_ends_with_its_attachments() -> None:
    from tests.corpus import corpus_file

    meeting = parse_document(corpus_file("documents/aarhus-firstagenda-2025/example_minutes.html").read_bytes())
    assert meeting.items[-1].attachments[-1].title == "Bilag 2: Tidligere TU Notat Skanderborgvejkorridoren"
