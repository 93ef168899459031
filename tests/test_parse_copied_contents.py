"""Contents lists of minutes that a document-sharing site copied from a PDF, each page flattened into one
paragraph and most item numbers lost, pinned down on examples of a fictional municipality (Solbjerg Kommune)."""

from __future__ import annotations

import pytest

from referat.extract import Line
from referat.parse import parse_document
from referat.parse.unflatten import unflatten

_COVER = "Solbjerg Kommune Byrådet Beslutningsprotokol Mødedato: Mandag den 2. marts 2026"
_BODY = ("4 40. Godkendelse af dagsorden Åben sag Sagsnr.: 26/00123 Sagsansvarlig: abc Beslutning Godkendt uden "
         "bemærkninger. 1")


@pytest.mark.parametrize(("pages", "expected"), [
    # Page 2 lists 40 to 43, page 3 goes on at 44: closed items titled "Lukket - ...", the same title twice
    # (two personnel cases), then the signature page, which is no item.
    (["2 Indholdsfortegnelse Side 40. Godkendelse af dagsorden Salg af areal til Solbjerg Havn A/S Orientering om "
      "budgetopfølgning for 1. kvartal Godkendelse af lokalplan for et boligområde ved Møllevej",
      "3 44. Lukket - Køb af ejendom ved Solbjerg Havn Lukket - Personalesag Lukket - Personalesag Underskrifter"],
     [("Salg af areal til Solbjerg Havn A/S", False), ("Orientering om budgetopfølgning for 1. kvartal", False),
      ("Godkendelse af lokalplan for et boligområde ved Møllevej", False), ("Køb af ejendom ved Solbjerg Havn", True),
      ("Personalesag", True), ("Personalesag", True)]),
    # "Lukket - Informationer ..." is a closed item of its own, not the end of the title before it; the
    # attachment list, the signature page and the column label with the copy's page after them are no items.
    (["2 Indholdsfortegnelse Side 40. Godkendelse af dagsorden Opfølgning på lokalrådsmøder Fastsættelse af "
      "timepriser for benyttelse af kunstgræsbaner Lukket - Informationer, forespørgsler og meddelelser Bilagsliste "
      "Underskriftsblad Side 1"],
     [("Opfølgning på lokalrådsmøder", False), ("Fastsættelse af timepriser for benyttelse af kunstgræsbaner", False),
      ("Informationer, forespørgsler og meddelelser", True)]),
    # A closing marker in capitals with its colon opens a title.
    (["2 Indholdsfortegnelse Side 40. Godkendelse af dagsorden Tilsyn med renseanlæg LUKKET PUNKT: Salg af grund "
      "ved Møllevej Regulativ for private vandværker"],
     [("Tilsyn med renseanlæg", False), ("Salg af grund ved Møllevej", True),
      ("Regulativ for private vandværker", False)]),
    # A place before a dash and what is done there opens a title; a name with a capital inside it opens one too.
    (["2 Indholdsfortegnelse Side 40. Godkendelse af dagsorden Bevillingssag vedr. økonomirapport for juli kvartal "
      "Møllevej - godkendelse af skema C og anlægsregnskab Forretningsorden til fagudvalg Boligstrategi "
      "SolbjergTeatrets regnskab og status"],
     [("Bevillingssag vedr. økonomirapport for juli kvartal", False),
      ("Møllevej - godkendelse af skema C og anlægsregnskab", False), ("Forretningsorden til fagudvalg", False),
      ("Boligstrategi", False), ("SolbjergTeatrets regnskab og status", False)]),
])
def test_closed_titles_in_a_contents_list_that_lost_its_numbers(pages: list[str],
                                                                 expected: list[tuple[str, bool]]) -> None:
    text = "\n\n".join([_COVER, *pages, _BODY]) + "\n"
    meeting = parse_document(text.encode())
    # The entries after the one number kept are numbered in turn from it.
    assert [(item.number, item.title, item.closed) for item in meeting.items] == [
        (40 + k, title, closed) for k, (title, closed) in enumerate([("Godkendelse af dagsorden", False), *expected])]


def test_a_page_after_the_contents_that_opens_with_a_listed_number_is_left_whole() -> None:
    # "4 40. Godkendelse af dagsorden ..." repeats the contents' first number: the body, not more contents.
    body = "4 40. Godkendelse af dagsorden Dagsordenen blev godkendt uden bemærkninger Formanden bød velkommen"
    lines = unflatten([Line("2 Indholdsfortegnelse Side 40. Godkendelse af dagsorden Salg af areal til Solbjerg "
                            "Havn A/S Orientering om budgetopfølgning for 1. kvartal"), Line(""), Line(body)])
    assert [line.text for line in lines] == [
        "Indholdsfortegnelse", "Side", "40. Godkendelse af dagsorden", "• Salg af areal til Solbjerg Havn A/S",
        "• Orientering om budgetopfølgning for 1. kvartal", "", body]
