"""A copy of a PDF whose item page opens with the page's running header, the first item's title without its
number and its case number, then a decision heading that lost its date before its colon, and the next item's
heading run into the decision, its title holding a body's name that cut it in two in the contents (Solbjerg
Kommune, fictional)."""

from __future__ import annotations

from referat.parse import parse_document

_COPY = (
    "Referat Udvalget for Kultur og Planlægning's møde Tirsdag den Kl. 13:30 Udvalgsværelse 3\n\nTranskript\n\n"
    "1 Referat Udvalget for Kultur og Planlægning's møde Tirsdag den Kl. 13:30 Udvalgsværelse 3 Deltagere: "
    "Lise Holm, Karl Vang, Per Dam Indholdsfortegnelse Sag Tekst Sidenr. 1. Godkendelse af dagsorden "
    "Budget rammebesparelse Udvalget for Kultur og Planlægning Finansiering af den kollektive trafik "
    "Lukket - Salg af ejendom...20\n\n"
    "2 Udvalget for Kultur og Planlægning s møde den Godkendelse af dagsorden 09/39368 Beslutning i Udvalget for "
    "Kultur og Planlægning den : Pkt. 3 behandles før pkt. 2. Per Dam (V) forlod mødet kl og deltog ikke i "
    "behandlingen af pkt Godkendt. 2. Budget rammebesparelse Udvalget for Kultur og Planlægning 09/11998 "
    "Beslutningstema: Budgettet "
    "følges op. Sagsfremstilling: Byrådet besluttede på møde den 2. marts 2010 at følge budgettet op.\n"
)


def test_the_first_items_title_and_case_number_behind_the_running_header() -> None:
    meeting = parse_document(_COPY.encode())
    first = meeting.items[0]
    assert (first.number, first.title, first.case_numbers) == (1, "Godkendelse af dagsorden", ["09/39368"])


def test_a_decision_heading_whose_date_was_lost_before_its_colon() -> None:
    meeting = parse_document(_COPY.encode())
    assert [(d.body, d.text) for d in meeting.items[0].decisions] == [
        ("Udvalget for Kultur og Planlægning", "Pkt. 3 behandles før pkt. 2. Per Dam (V) forlod mødet kl og deltog "
                                               "ikke i behandlingen af pkt Godkendt.")]


def test_the_next_heading_run_into_a_decision_rejoins_the_title_the_contents_cut_at_a_bodys_name() -> None:
    meeting = parse_document(_COPY.encode())
    assert [(i.number, i.title, i.case_numbers) for i in meeting.items[:2]] == [
        (1, "Godkendelse af dagsorden", ["09/39368"]),
        (2, "Budget rammebesparelse Udvalget for Kultur og Planlægning", ["09/11998"])]
    assert [i.title for i in meeting.items[2:]] == ["Finansiering af den kollektive trafik", "Salg af ejendom"]
