"""A copy of a PDF that set each page as one paragraph and lost the header's dates (Solbjerg Kommune, fictional):
the page's number and printed mark before an item heading, labels run together, a decision heading whose date
was lost, and the meeting's date read from the first item's title."""

from __future__ import annotations

from referat.parse import parse_document

_FLAT_PAGES = (
    "Referat. Klima- og Miljøudvalget. Møde nr.: 2/2018\n\nTranskript\n\n"
    "1 Referat Klima- og Miljøudvalget Møde nr.: 2/2018 Dannet den: Fredag den Mødedato: Torsdag den "
    "Mødetidspunkt: 18:00-19:00 Mødested: Rådhuset\n\n"
    "2 Side 2 1. Godkendelse af dagsorden for mødet den 22. februar 2018 Åben sag Sagsid: 17/24259 "
    "Sagen afgøres i: Klima- og Miljøudvalget Bilag: Beslutning i Klima- og Miljøudvalget den Godkendt. "
    "Ej til stede: Karl Holm og Per Vinter\n\n"
    "3 Side 3 2. Anlægsbevilling til Solbjerg Sø, helhedsplan Åben sag Sagsid: 17/10466 Sagen afgøres i: Byrådet "
    "Bilag: Beslutning i Klima- og Miljøudvalget den Anbefales.\n"
)


def test_a_flattened_page_opening_with_its_number_and_mark_before_an_item_heading() -> None:
    meeting = parse_document(_FLAT_PAGES.encode())
    assert [(i.number, i.title) for i in meeting.items] == [
        (1, "Godkendelse af dagsorden for mødet den 22. februar 2018"),
        (2, "Anlægsbevilling til Solbjerg Sø, helhedsplan")]
    assert [i.case_numbers for i in meeting.items] == [["17/24259"], ["17/10466"]]


def test_a_decision_heading_that_lost_its_date_still_heads_the_decision() -> None:
    meeting = parse_document(_FLAT_PAGES.encode())
    assert [[(d.body, d.text) for d in i.decisions] for i in meeting.items] == [
        [("Klima- og Miljøudvalget", "Godkendt. Ej til stede: Karl Holm og Per Vinter")],
        [("Klima- og Miljøudvalget", "Anbefales.")]]


def test_ej_til_stede_names_the_absent() -> None:
    meeting = parse_document(_FLAT_PAGES.encode())
    assert [p.name for p in meeting.items[0].absent] == ["Karl Holm", "Per Vinter"]


def test_the_meeting_date_from_the_first_items_title_where_the_header_lost_it() -> None:
    meeting = parse_document(_FLAT_PAGES.encode())
    assert (meeting.body, meeting.date, meeting.kind) == ("Klima- og Miljøudvalget", "2018-02-22", "referat")


def test_a_cover_page_kept_whole_loses_the_copys_page_number_and_the_kind_of_meeting() -> None:
    """``1 Referat Solbjerg Byråd Ordinært møde Dato …``: labels without colons leave the cover uncut; the copy's
    page number is no part of it, and the kind of meeting no part of the body's name."""
    text = ("Solbjerg Byråd. Ordinært møde.\n\nTranskript\n\n"
            "1 Referat Solbjerg Byråd Ordinært møde Dato 24. juni 2015 Tid 19:00 Sted Byrådssalen, Solbjerg Rådhus "
            "Medlemmer Lise Holm (A) Karl Vang (V) Per Dam (A) - Formand\n\n"
            "2 Indholdsfortegnelse Åbne punkter 1. Affaldsplan for Solbjerg Kommune...5 "
            "2. Godkendelse af takster for 2015...7\n\n"
            "3 1. Affaldsplan for Solbjerg Kommune Sagsnr.: 15/1234 Beslutning Godkendt.\n")
    meeting = parse_document(text.encode())
    assert (meeting.kind, meeting.body, meeting.date) == ("referat", "Solbjerg Byråd", "2015-06-24")


_CONTENTS_WITHOUT_NUMBERS = (
    "Byrådet REFERAT. Mødedato: Torsdag den\n\nTranskript\n\n"
    "1 REFERAT Byrådet Mødedato: Torsdag den 27-03-2008 Mødested: Byrådssalen Starttidspunkt: Kl. 17:00\n\n"
    "2 Byrådet, Indholdsfortegnelse Sag nr. Side 342. Fritagelse fra udvalgsposter Direktionens årsmål "
    "Låneoptagelse for Solbjerg Boligforening Revisionsberetning og åbningsbalance Lånoptagelse på grundlag af "
    "regnskab Overførsel af mer-/mindreforbrug Strategi for skolernes it Anlægsregnskab for Sct. Jørgens Skole "
    "Frigivelse af anlægsmidler til ny børnehave Tillægsbevilling til byggemodninger Sundhedspolitik "
    "for Solbjerg Kommune\n"
)


def test_a_run_together_contents_list_that_lost_its_numbers_may_hold_an_abbreviation() -> None:
    """Eleven titles run together after the one number the copy kept, one holding an abbreviation before a name
    (``Sct. Jørgens``): one full stop before a capital in ten titles leaves a list a list, not prose."""
    meeting = parse_document(_CONTENTS_WITHOUT_NUMBERS.encode())
    assert [i.title for i in meeting.items] == [
        "Fritagelse fra udvalgsposter", "Direktionens årsmål", "Låneoptagelse for Solbjerg Boligforening",
        "Revisionsberetning og åbningsbalance", "Lånoptagelse på grundlag af regnskab",
        "Overførsel af mer-/mindreforbrug", "Strategi for skolernes it", "Anlægsregnskab for Sct. Jørgens Skole",
        "Frigivelse af anlægsmidler til ny børnehave", "Tillægsbevilling til byggemodninger",
        "Sundhedspolitik for Solbjerg Kommune"]
    assert meeting.items[0].number == 342


def test_a_short_run_with_a_full_stop_before_a_capital_stays_prose() -> None:
    text = ("Referat\n\nByrådet\n\n27. marts 2008\n\nIndholdsfortegnelse Side 1. Godkendelse af dagsorden\n\n"
            "Indholdsfortegnelse Mødet blev holdt i Byrådssalen. Formanden Lise Holm bød velkommen Karl Vang "
            "Per Dam og Anne Berg deltog\n\n1. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n")
    meeting = parse_document(text.encode())
    assert [(i.number, i.title) for i in meeting.items] == [(1, "Godkendelse af dagsorden")]


def test_a_subject_and_a_dash_before_a_name_open_a_title_in_a_run_that_lost_its_numbers() -> None:
    from referat.parse.contents_run import run_together_titles

    text = ("Side 436. Godkendelse af dagsorden Kommuneplantillæg - Vindmøller ved Solbjerg Mose Lokalplan - "
            "Vindmøller ved Solbjerg Mose Ansøgning - Tilskud til Solbjerg Musikforening Ansøgning - Lån til "
            "Solbjerg Hallen")
    assert run_together_titles(text) == [
        "Side", "436. Godkendelse af dagsorden", "• Kommuneplantillæg - Vindmøller ved Solbjerg Mose",
        "• Lokalplan - Vindmøller ved Solbjerg Mose", "• Ansøgning - Tilskud til Solbjerg Musikforening",
        "• Ansøgning - Lån til Solbjerg Hallen"]
