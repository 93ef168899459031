"""A minutes page whose items and their sections are nested lists (a site's accordion copied as text), on an
example of a fictional municipality (Solbjerg Kommune)."""

from __future__ import annotations

from referat.parse import parse_document


def test_items_and_sections_set_as_nested_lists_under_the_kind() -> None:
    # "Referat" over the list is the document's kind, not a contents heading: the bulleted sections under each
    # item are its sections, not entries of a contents list, and the bulleted decision heading names its body.
    meeting = parse_document("""Byrådet - Referat fra mødet den 24-04-2026

Referat

  • 1 Ældrerådet - udpegning af ny suppleant
    • Resume

      Byrådet skal udpege ny suppleant til Ældrerådet.

    • Indstilling

      Borgmesteren indstiller, at Mads Holm indtræder som suppleant.

    • Beslutning i Byrådet den 24-04-2026

      Indstillingen fra borgmesteren godkendes.

  • 2 Salg af areal ved Møllevej
    • Resume

      Solbjerg Havn ønsker at købe arealet.

    • Beslutning i Byrådet den 24-04-2026

      Godkendt.
""".encode())
    assert [(item.number, item.title) for item in meeting.items] == [
        (1, "Ældrerådet - udpegning af ny suppleant"), (2, "Salg af areal ved Møllevej")]
    assert [(s.heading, s.kind) for s in meeting.items[0].sections] == [
        ("Resume", "summary"), ("Indstilling", "recommendation"), ("Beslutning i Byrådet den 24-04-2026", "decision")]
    assert [[(d.text, d.body) for d in item.decisions] for item in meeting.items] == [
        [("Indstillingen fra borgmesteren godkendes.", "Byrådet")], [("Godkendt.", "Byrådet")]]
