"""Contents under ``Åbne`` and ``Lukkede`` groups, the closed item numbered between the open ones but listed after
them (Solbjerg Kommune, fictional: 217, 218, 220 open, then 219 closed), and a note in the header that a member is
declared disqualified (``er erklæret inhabil``)."""

from __future__ import annotations

from referat.parse import parse_document

_PAGE = (
    "Byrådet\n\nMandag den 25-09-2025 kl. 17:00\n\nIndholdsfortegnelse:\n\nÅbne\n"
    "217 Forslag til lokalplan for boliger ved Strandvejen\n218 Budgetopfølgning\n"
    "220 Indkaldelse af stedfortræder\n\nLukkede\n219 Salg af ejendom\n"
    "Meddelelser:\nKim Lund (V) er erklæret inhabil i sagen om forslag til lokalplan for boliger ved Strandvejen.\n"
    "Åbne\n\n217. Forslag til lokalplan for boliger ved Strandvejen\n\nBeslutning\n\nGodkendt.\n\n"
    "218. Budgetopfølgning\n\nBeslutning\n\nTaget til efterretning.\n\n"
    "220. Indkaldelse af stedfortræder\n\nBeslutning\n\nGodkendt.\n"
)


def test_the_closed_item_listed_last_is_an_item() -> None:
    meeting = parse_document(_PAGE.encode())
    assert [(i.number, i.title, i.closed) for i in meeting.items] == [
        (217, "Forslag til lokalplan for boliger ved Strandvejen", False), (218, "Budgetopfølgning", False),
        (219, "Salg af ejendom", True), (220, "Indkaldelse af stedfortræder", False)]


def test_the_disqualified_member_is_recorded_absent() -> None:
    assert "Kim Lund" in {p.name for p in parse_document(_PAGE.encode()).absent}
