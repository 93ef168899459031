"""Sentences among and after the names of the absent (Region Solbjerg and Solbjerg Kommune, fictional): a substitute
named after a dash (``Eva Holm - Per Lund deltager som stedfortræder.``), those who missed some items named in one
sentence, and a ``Fraværende:`` label over a sentence inside a decision."""

from __future__ import annotations

from referat.parse import parse_document

_HEADER = (
    "Regionsrådet - referat 26-01-2025\n\nMødedato\n26-01-2025 kl. 15:00 - 17.30\n\nMødested\nRegionsrådssalen\n\n"
    "Medlemmer\nAnne Dahl, Eva Holm, Karl Berg, Lise Mark, Ole Vang\n\n"
    "Afbud:\nEva Holm - Per Lund deltager som stedfortræder.\n\n"
    "Karl Berg, Lise Mark og Ole Vang deltog ikke i pkt. 4-6 og den lukkede dagsorden.\n\n"
)
_ITEMS = (
    "1. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n\n"
    "2. Budget 2026\n\nBeslutning\n\nGodkendt.\n\nFraværende: Anne Dahl (A) deltog ikke i behandling af punktet.\n\n"
)


def test_the_substitute_after_the_dash_is_no_role_of_the_absent() -> None:
    meeting = parse_document((_HEADER + _ITEMS).encode())
    absent = {p.name: p.role for p in meeting.absent}
    assert absent["Eva Holm"] is None
    assert [(p.name, p.role) for p in meeting.substitutes] == [("Per Lund", "stedfortræder for Eva Holm")]


def test_the_sentence_names_everyone_who_missed_items() -> None:
    names = {p.name for p in parse_document((_HEADER + _ITEMS).encode()).absent}
    assert {"Karl Berg", "Lise Mark", "Ole Vang"} <= names


def test_the_label_over_a_sentence_names_the_member_away_from_the_item() -> None:
    meeting = parse_document((_HEADER + _ITEMS).encode())
    assert [p.name for p in meeting.items[1].absent] == ["Anne Dahl"]


def test_names_parted_by_full_stops_after_an_absence_label_are_all_absent() -> None:
    from referat.parse.people import read_attendance

    found = read_attendance("Afbud: Jonas Holm. Signe Bekker Dahl.", label_scope="meeting")
    assert [p.name for p in found.meeting_absent] == ["Jonas Holm", "Signe Bekker Dahl"]
    ended = read_attendance("Afbud: Jonas Holm. Godkendt.", label_scope="meeting")
    assert [p.name for p in ended.meeting_absent] == ["Jonas Holm"]  # a sentence after the names is no name
