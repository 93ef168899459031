"""A copy of a minutes PDF whose contents list ran into one paragraph with bare numbers (no full stop after them)
and whose item headings carry the open status between number and title (Solbjerg Kommune, fictional)."""

from __future__ import annotations

from referat.parse import parse_document
from referat.parse.titles import split_title

_TITLES = [
    "Meddelelser fra formanden",
    "Forslag til tillæg 2 til Kommuneplan 2013, Klimaplan",
    "Lokalplan 238.1 - tillæg 1 til lokalplan 238 for Havnevej m.m. Forslag",
    "Anlægsbevilling på 10 mio. kr. til fjernvarme - fase 3",
    "Ansøgning fra Solbjerg Bolig, afd. Engparken, om skema A",
    "20, Den selvejende institution Lindely, skema C",
    "Lånoptagelse Fase 2",
]

_FLAT = ("Dagsorden til møde i Kommunalbestyrelsen\n\nMødedato 16. december 2024 Mødetidspunkt 18.00\n\n"
         "Indholdsfortegnelse\n\nKommunalbestyrelsen\n\nden 16. december 2024\n\nÅben dagsorden\n\n"
         + " ".join(f"{n} {title}" for n, title in enumerate(_TITLES, 1)) + "\n\n"
         "Møde i Kommunalbestyrelsen den 16. december 2024\n\n1 Åbent Meddelelser fra formanden\n\n______\n\n"
         "Møde i Kommunalbestyrelsen den 16. december 2024\n\n2 Åbent Forslag til tillæg 2 til Kommuneplan 2013, "
         "Klimaplan\n\nResumé\n\nForslaget har været i høring.\n")


def test_a_contents_paragraph_of_bare_numbers_is_cut_at_the_numbers_that_rise_one_by_one() -> None:
    """Numbers inside titles (``tillæg 2 til``, ``på 10 mio.``, ``Fase 2``) do not rise one by one, and a title may
    begin with a number (``6 20, Den …``) or hold an abbreviation before a name (``afd. Engparken``)."""
    meeting = parse_document(_FLAT.encode())
    assert [(i.number, i.title) for i in meeting.items] == list(enumerate(_TITLES, 1))
    assert meeting.kind == "dagsorden"


def test_the_open_status_between_number_and_title_is_no_part_of_the_title() -> None:
    meeting = parse_document(_FLAT.encode())
    assert [i.title for i in meeting.items[:2]] == _TITLES[:2]
    assert not any(i.closed for i in meeting.items)


def test_a_bare_open_word_goes_only_before_a_title_in_capitals() -> None:
    assert split_title("Åbent Meddelelser fra formanden")[0] == "Meddelelser fra formanden"
    assert split_title("Åben skole i Solbjerg")[0] == "Åben skole i Solbjerg"


def test_numbered_sentences_in_one_paragraph_stay_one_paragraph() -> None:
    """A decision of numbered sentences run together is not a contents list."""
    text = ("Referat\n\nByrådet\n\n16. december 2024\n\n1. Godkendelse af budget\n\nBeslutning\n\n"
            "1 Forslaget blev godkendt. Der var enighed. 2 Rammen blev hævet. Den gælder fra 2025. "
            "3 Udvalget blev bedt om en plan. Den kommer i marts. 4 Sagen blev sendt videre. Byrådet fik den. "
            "5 Mødet sluttede. Alle var enige.\n")
    meeting = parse_document(text.encode())
    assert [(i.number, i.title) for i in meeting.items] == [(1, "Godkendelse af budget")]
