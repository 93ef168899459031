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


def test_a_body_and_its_date_with_a_colon_inside_the_recommendation_open_the_decision() -> None:
    meeting = parse_document("""Referat
Børne- og Ungeudvalget
07-04-2026 kl. 15:00

1 Dialogmøde om budget 2027

Hvem beslutter

Børne- og Ungeudvalget beslutter.

Indstilling og beslutning

Direktøren indstiller,

·         at dialogen tages til efterretning.

Børne- og Ungeudvalget den 7. april 2026:

Taget til efterretning.

Sagsfremstilling

Udvalget mødes med skolernes ledere.
""".encode())
    item = meeting.items[0]
    assert [(d.text, d.body, d.date) for d in item.decisions] == [
        ("Taget til efterretning.", "Børne- og Ungeudvalget", "2026-04-07")]
    assert not any("Taget til efterretning" in r for r in item.recommendations)
    assert [(s.heading, s.kind) for s in item.sections][:2] == [
        ("Hvem beslutter", "authority"), ("Indstilling og beslutning", "recommendation")]


def test_a_body_and_its_date_in_a_sentence_open_no_decision() -> None:
    meeting = parse_document("""Referat
Børne- og Ungeudvalget
07-04-2026 kl. 15:00

1 Dialogmøde om budget 2027

Sagsfremstilling

Sagen blev drøftet i Børne- og Ungeudvalget den 7. marts 2026.

Beslutning

Taget til efterretning.
""".encode())
    assert [d.text for d in meeting.items[0].decisions] == ["Taget til efterretning."]
