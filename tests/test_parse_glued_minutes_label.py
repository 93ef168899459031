"""A whole-meeting page whose contents number their titles without a space and whose item headings have the
label of the item's minutes glued to their end, on an example of a fictional region (Region Solbjerg)."""

from __future__ import annotations

from referat.parse import parse_document

_PAGE = """Dagsorden
Regionsrådet 24-11-2026 13:00


1.Meddelelse fra formanden
2.Orientering og godkendelse: Kvartalsrapport 3-2026
3.Beslutning - Udmøntning af kulturpuljen 2026
4. LUKKET PUNKT: Godkendelse af lånoptag til regnskab 2026

1. Meddelelse fra formandenReferat

Følgende emner blev nævnt under dette punkt på Regionsrådets møde den 24. november 2026:

1. Afbud. Der var afbud fra Thomas Holm.

2. Orientering og godkendelse: Kvartalsrapport 3-2026Referat

Godkendt.
"""


def test_contents_numbered_without_a_space_and_headings_with_their_minutes_label_glued_on() -> None:
    meeting = parse_document(_PAGE.encode())
    assert [(item.number, item.title, item.closed) for item in meeting.items] == [
        (1, "Meddelelse fra formanden", False),
        (2, "Orientering og godkendelse: Kvartalsrapport 3-2026", False),
        (3, "Beslutning - Udmøntning af kulturpuljen 2026", False),
        (4, "Godkendelse af lånoptag til regnskab 2026", True)]
    # "Referat" glued to each heading labels that item's minutes: its decision.
    assert [[d.text.splitlines()[0] for d in item.decisions] for item in meeting.items[:2]] == [
        ["Følgende emner blev nævnt under dette punkt på Regionsrådets møde den 24. november 2026:"], ["Godkendt."]]
    assert [person.name for person in meeting.absent] == ["Thomas Holm"]
