"""A region's older minutes page: chrome, a title of body, kind and date, labels and values on lines of their own,
member and apology lists set as bullets, then the contents as numbered lines without a heading; on an example
of a fictional region (Region Solbjerg)."""

from __future__ import annotations

from referat.parse import parse_document

_PAGE = """Gå til indhold
Forsiden | Kontakt | Ledige job | Presse og nyheder
Region Solbjerg logo, link til forsiden

Forretningsudvalget - Referat - 10. april 2026

Mødedato
10-04-2026 kl. 15:00 - 16:25

Mødested
Mødeværelse 6

Deltagere
 • Carl Holm, V
 • Poul Svendsen, A
 • Mette Vang, U
 • Lasse Krag, C

 • Afbud
 • Mette Vang, U
 • Lasse Krag, C

 • Luk alle punkter Referat


  1. Generalplan for Solbjerg Sygehus, Idéoplæg for Fælles Akutmodtagelse
  2. Sundhedshuse på Solø
  3. Godkendelse af mødekalender 2027
  4. Meddelelser
  5. LUKKET PUNKT - Redegørelse om en hændelse på psykiatrisk afdeling


  Sagsnr. 09/3307
  1. Generalplan for Solbjerg Sygehus, Idéoplæg for Fælles Akutmodtagelse
  fold dette punkt ind Resume
"""


def test_the_contents_after_a_bulleted_apology_list_are_read_and_the_list_names_who_was_away() -> None:
    meeting = parse_document(_PAGE.encode())
    assert (meeting.kind, meeting.body, meeting.date) == ("referat", "Forretningsudvalget", "2026-04-10")
    # One title found again below confirms the numbered lines as the contents: the apology list above them is
    # the header's, not an item's body.
    assert [(item.number, item.closed) for item in meeting.items] == [
        (1, False), (2, False), (3, False), (4, False), (5, True)]
    assert [item.title for item in meeting.items][:2] == [
        "Generalplan for Solbjerg Sygehus, Idéoplæg for Fælles Akutmodtagelse", "Sundhedshuse på Solø"]
    assert [person.name for person in meeting.absent] == ["Mette Vang", "Lasse Krag"]
    assert [person.name for person in meeting.participants] == ["Carl Holm", "Poul Svendsen"]


def test_the_kind_in_lower_case_between_the_body_and_a_numeric_date_is_read() -> None:
    page = _PAGE.replace("Forretningsudvalget - Referat - 10. april 2026", "Forretningsudvalget - referat 10-04-2026")
    meeting = parse_document(page.encode())
    assert (meeting.kind, meeting.body, meeting.date) == ("referat", "Forretningsudvalget", "2026-04-10")
