"""An agenda flattened into one paragraph under the document's kind, numbered from 1 one by one, with no item
text after it (a site's page of the meeting's agenda alone), on an example of a fictional municipality
(Solbjerg Kommune)."""

from __future__ import annotations

from referat.extract import Line
from referat.parse import parse_document
from referat.parse.unflatten import unflatten

_TITLES = ["Godkendelse af dagsordenen", "Orientering fra borgmesteren", "Mindesten for veteraner",
           "Budgetopfølgning pr. 31. marts 2026 - Overblikssag", "Garantistillelse for Solbjerg Forsyning 2026",
           "Arealerhvervelse - forplads til Solbjerg station (FOR LUKKEDE DØRE)"]


def test_an_agenda_flattened_into_one_paragraph_under_the_kind_is_its_list_of_items() -> None:
    paragraph = " ".join(f"{k}. {title}" for k, title in enumerate(_TITLES, start=1))
    meeting = parse_document(f"Referat\n\n{paragraph}\n\nDeltagere:\n\nKasper Holm, A\nPiet Vang, V\n".encode())
    assert meeting.kind == "referat"
    assert [(item.number, item.title, item.closed) for item in meeting.items] == [
        *[(k, title, False) for k, title in enumerate(_TITLES[:-1], start=1)],
        (6, "Arealerhvervelse - forplads til Solbjerg station", True)]
    # The member list after the agenda is the header's, not the end of the last title.
    assert [person.name for person in meeting.participants] == ["Kasper Holm", "Piet Vang"]


def test_numbered_sentences_in_one_paragraph_are_not_cut() -> None:
    paragraph = ("1. Godkendt med den ændring, at punktet udsættes. Udvalget bad om en ny sag. 2. Taget til "
                 "efterretning. 3. Anbefales over for Byrådet. 4. Godkendt. 5. Udsat til næste møde.")
    assert [line.text for line in unflatten([Line(paragraph)])] == [paragraph]
