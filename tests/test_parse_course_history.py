"""An earlier body's decision quoted under the item's history, on an example of a fictional municipality
(Solbjerg Kommune)."""

from __future__ import annotations

from referat.parse import parse_document


def test_a_dated_body_line_with_its_full_stop_under_the_history_opens_that_bodys_decision() -> None:
    meeting = parse_document("""Byrådet - Referat fra mødet den 5. april 2026

1. Låneoptagelse for 2026
Beslutning
Byrådet vedtog indstillingen fra Økonomiudvalget.

Sagsfremstilling
Lånerammen er opgjort til 32 mio. kr.

Historik

Økonomiudvalget, 15. marts 2026.

Økonomiudvalget tiltrådte indstillingen.
""".encode())
    assert [(d.text, d.body, d.date) for d in meeting.items[0].decisions] == [
        ("Byrådet vedtog indstillingen fra Økonomiudvalget.", None, None),
        ("Økonomiudvalget tiltrådte indstillingen.", "Økonomiudvalget", "2026-03-15")]
