"""A copy of a PDF whose contents lost their numbers and whose item pages open with the page's running header
(Solbjerg Kommune, fictional): names that stay whole in run-together titles, a body's name that ends a title,
the document's own pages listed last with their leaders, and an item heading behind a running header and the
copy's page number."""

from __future__ import annotations

from referat.parse import parse_document

_COPY = (
    "Erhvervsudvalget. Referat. Dato 08. september 2014\n\n"
    "1 Erhvervsudvalget Referat Dato 08. september 2014 Mødetidspunkt 16:00\n\n"
    "2 Indholdsfortegnelse Sag nr. Side 1. Godkendelse af dagsorden Orientering om erhvervshandleplan "
    "Halvårsregnskab Erhvervsudvalget Forslag til budgetbemærkninger Erhvervsudvalget Kender du Solbjerg Kommune "
    "- tema i avisen Henvendelse fra Region Sjælland vedr. byggegrund Salg af areal - LUKKET SAG "
    "Eventuelt...19 Bilagsoversigt...20\n\n"
    "3 Solbjerg Kommune Dato Side Erhvervsudvalget Godkendelse af dagsorden Sagsnr.: 14/ Sagen afgøres i: "
    "Erhvervsudvalget Sagsfremstilling Dagsorden til mødet er udsendt. Indstilling Administrationen indstiller, at "
    "dagsordenen godkendes. Beslutning i Erhvervsudvalget den Indstillingen tiltrådt.\n"
)


def test_run_together_titles_keep_names_whole_and_end_at_a_bodys_name() -> None:
    meeting = parse_document(_COPY.encode())
    assert [i.title for i in meeting.items] == [
        "Godkendelse af dagsorden", "Orientering om erhvervshandleplan", "Halvårsregnskab Erhvervsudvalget",
        "Forslag til budgetbemærkninger Erhvervsudvalget", "Kender du Solbjerg Kommune - tema i avisen",
        "Henvendelse fra Region Sjælland vedr. byggegrund", "Salg af areal", "Eventuelt"]


def test_an_item_heading_behind_a_running_header_and_the_copys_page_number_is_the_listed_item() -> None:
    meeting = parse_document(_COPY.encode())
    first = meeting.items[0]
    assert (first.number, first.title) == (1, "Godkendelse af dagsorden")
    assert [(d.body, d.text) for d in first.decisions] == [("Erhvervsudvalget", "Indstillingen tiltrådt.")]
    assert [i.number for i in meeting.items] == [1, 2, 3, 4, 5, 6, 7, 8]
