"""A meeting page whose contents list the site left empty (``Indholdsfortegnelse`` right over the first item), the
items' decisions headed by body and date (``Beslutning i Kommunalbestyrelsen den 26-03-2025``; Solbjerg Kommune,
fictional): the heading lines are items, and the decision headings no part of their titles."""

from __future__ import annotations

from referat.parse import parse_document

_PAGE = (
    "Referat - Kommunalbestyrelsen den 26. marts 2025\n\nMødefakta\n\nDato: Onsdag den 26. marts 2025\n\n"
    "Indholdsfortegnelse\n\n\n1. Godkendelse af dagsorden\n\n"
    "Beslutning i Kommunalbestyrelsen den 26-03-2025\n\nBorgmesteren oplyste, at punkt 9 udgår.\n\n \n\n"
    "Dagsordenen godkendt med denne ændring.\n\n\n2. Meddelelser\n\n"
    "Beslutning i Kommunalbestyrelsen den 26-03-2025\n\nIngen meddelelser.\n\n\n"
    "3. Valg af ny suppleant til Handicaprådet\n\nIndstilling\n\nForvaltningen indstiller, at suppleanten vælges.\n"
)


def test_the_decision_headings_end_the_titles() -> None:
    meeting = parse_document(_PAGE.encode())
    assert [(i.number, i.title) for i in meeting.items] == [
        (1, "Godkendelse af dagsorden"), (2, "Meddelelser"), (3, "Valg af ny suppleant til Handicaprådet")]
    assert [d.text for d in meeting.items[1].decisions] == ["Ingen meddelelser."]
    assert meeting.items[0].decisions[0].text.startswith("Borgmesteren oplyste, at punkt 9 udgår.")
    assert meeting.items[0].decisions[0].text.endswith("Dagsordenen godkendt med denne ændring.")
