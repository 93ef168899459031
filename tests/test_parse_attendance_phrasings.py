"""Who was away, in the phrasings real minutes use beyond the labels, on examples of a fictional municipality
(Solbjerg Kommune)."""

from __future__ import annotations

import pytest

from referat.parse import parse_document
from referat.parse.people import parse_person, read_attendance


@pytest.mark.parametrize(("sentence", "away"), [
    ("Der var afbud fra Søren Holm (O) og Pernille Dam (C).", ["Søren Holm", "Pernille Dam"]),
    ("Der er afbud fra Lone Vang. Niels Kirk er indkaldt som suppleant.", ["Lone Vang"]),
    ("1. Afbud. Der var afbud fra Lina H. Holt og Jette Ravn.", ["Lina H. Holt", "Jette Ravn"]),
    # "undtagen fra": the first name after it is one of those away, not "fra Signe ..."
    ("Alle medlemmer var mødt undtagen fra Signe Lund Holm, Mette Berg og Rasmus Friis.",
     ["Signe Lund Holm", "Mette Berg", "Rasmus Friis"]),
])
def test_apologies_in_a_sentence_are_absences_from_the_meeting(sentence: str, away: list[str]) -> None:
    found = read_attendance(sentence)
    assert [person.name for person in found.meeting_absent] == away
    assert not found.item_absent


@pytest.mark.parametrize(("sentence", "who", "items"), [
    # A member-list remark set as a sentence of its own, the colon of "punkt:" kept.
    ("Freddy Holm (A)- deltog ikke i behandlingen af punkt: 12", "Freddy Holm", [12]),
    # Declared bias on an item, its title after the number.
    ("Anders Lind gjorde opmærksom på inhabilitet i punkt 451 Ansøgning om lånoptagelse og huslejeforhøjelse",
     "Anders Lind", [451]),
    ("Eva Krag gjorde opmærksom på sin inhabilitet under punkt 3.", "Eva Krag", [3]),
])
def test_a_sentence_naming_items_makes_an_absence_from_those_items(sentence: str, who: str,
                                                                   items: list[int]) -> None:
    found = read_attendance(sentence, "meeting")
    assert not found.meeting_absent
    assert [(person.name, numbers) for person, numbers in found.for_items] == [(who, items)]


def test_a_remark_under_the_members_names_who_missed_which_items() -> None:
    meeting = parse_document("""Beslutningsprotokol

onsdag den 4. marts 2026 kl. 17:00

Mødested: Lokale 412, Rådhuset
Udvalg: Kultur- og Fritidsudvalget
Medlemmer: Lars Holm, Kurt Berg, Christian Dam
Bemærkninger: Christian Dam (A) deltog ikke i punkt 2-3.

1. Godkendelse af dagsorden
Beslutning
Godkendt.

2. Tilskud til Solbjerg Roklub
Beslutning
Godkendt.

3. Salg af areal ved Møllevej
Beslutning
Godkendt.
""".encode())
    assert [person.name for person in meeting.absent] == []
    assert [[person.name for person in item.absent] for item in meeting.items] == [[], ["Christian Dam"],
                                                                                   ["Christian Dam"]]


def test_absences_and_substitutes_run_together_without_full_stops_or_parties() -> None:
    found = read_attendance("Lone Vang (B) var fraværende. I stedet deltog Kim Holt (B) Aase Friis () var "
                            "fraværende. I stedet deltog Jens Bro (C) Mette Dal var fraværende.", "meeting")
    away = [person.name for person in found.meeting_absent + found.item_absent]
    assert away == ["Lone Vang", "Aase Friis", "Mette Dal"]
    assert [person.name for person in found.substitutes] == ["Kim Holt", "Jens Bro"]


def test_a_place_named_after_its_body_under_the_kind_is_the_place_not_the_body() -> None:
    meeting = parse_document("""Kommunalbestyrelsen

Referat

5. oktober 2026 kl. 17:00

Kommunalbestyrelsens mødesal

1 Godkendelse af dagsorden

Beslutning

Godkendt.
""".encode())
    assert (meeting.body, meeting.location, meeting.date) == (
        "Kommunalbestyrelsen", "Kommunalbestyrelsens mødesal", "2026-10-05")


def test_the_documents_kind_before_a_name_is_no_part_of_it() -> None:
    # "Fraværende: REFERAT Mette Holm": a copy's running title run into the value; a page's tabs name no one.
    person = parse_person("REFERAT Mette Holm")
    assert person is not None and person.name == "Mette Holm"
    assert parse_person("Referat Opgaveliste") is None


def test_a_member_list_of_names_and_whom_they_speak_for_goes_on_over_its_lines() -> None:
    meeting = parse_document("""Mødereferat

Grundejerkontaktudvalg

Deltagere: Bente Holm - Grundejersammenslutningen

Kaj Lund - Grundejersammenslutningen

-

Jens Vad - formand for Teknisk Udvalg

Fraværende: Ole Dam

1 Godkendelse af dagsorden

Referat:

Godkendt
""".encode())
    assert [(p.name, p.role) for p in meeting.participants] == [
        ("Bente Holm", "Grundejersammenslutningen"), ("Kaj Lund", "Grundejersammenslutningen"),
        ("Jens Vad", "formand for Teknisk Udvalg")]
    assert [p.name for p in meeting.absent] == ["Ole Dam"]
