"""Closed items listed last, a numbered line each with its closing marker and no body, after an item whose text
holds a bulleted list of dates; on an example of a fictional municipality (Solbjerg Kommune)."""

from __future__ import annotations

from referat.parse import parse_document

_PAGE = """Økonomiudvalget

Referat

Dato: 20. juni 2026 kl. 18:00

147. Godkendelse af dagsorden

Beslutning

Godkendt.

148. Meddelelser

Sagsfremstilling

Tidsplan for budget 2027:

 • 24. juni – 26. juni 2026 - drøftelse af budgetforslag i fagudvalg.
 • Torsdag den 27. august 2026 - første behandling i byrådet.

149. Personalesag (Lukket)
150. Personalesag (Lukket)
151. Meddelelser (Lukket)
"""


def test_closed_items_listed_last_without_a_body_are_items_and_a_bulleted_date_is_none() -> None:
    meeting = parse_document(_PAGE.encode())
    assert [(item.number, item.title, item.closed) for item in meeting.items] == [
        (147, "Godkendelse af dagsorden", False), (148, "Meddelelser", False), (149, "Personalesag", True),
        (150, "Personalesag", True), (151, "Meddelelser", True)]
    assert not any(item.sections for item in meeting.items if item.closed)
