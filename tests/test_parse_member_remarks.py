"""A member list whose entries say of each member whether they came (Solbjerg Kommune, fictional):
``Name (P) (role) - Deltog``, an entry of its own for a remark on the member above it, and an
``AFBUD/FRAVÆRENDE`` list."""

from __future__ import annotations

from referat.parse import parse_document

_MEMBERS = (
    "Kommunalbestyrelsen\n\n26.08.2019 kl. 18:00\nKommunalbestyrelsens mødesal på Solbjerg Rådhus\n\n"
    "Deltagere\n"
    "  • Lise Holm (A) (borgmester) - Deltog\n"
    "  • Karl Vang (V) (1. viceborgmester) - Deltog\n"
    "  • Per Dam (O) - Deltog\n"
    "  • Deltog ikke under punkterne 2-3\n"
    "  • Anne Lund (Ø) - Deltog\n"
    "AFBUD/FRAVÆRENDE\n"
    "  • Ole Berg (O) - Afbud\n\n"
    "1. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n\n"
    "2. Budgetopfølgning\n\nBeslutning\n\nTaget til efterretning.\n\n"
    "3. Salg af grund ved Solbjerg Sø\n\nBeslutning\n\nGodkendt.\n"
)


def test_members_marked_deltog_are_the_participants_with_their_roles() -> None:
    meeting = parse_document(_MEMBERS.encode())
    assert [(p.name, p.party, p.role) for p in meeting.participants] == [
        ("Lise Holm", "A", "Borgmester"), ("Karl Vang", "V", "1. viceborgmester"), ("Per Dam", "O", None),
        ("Anne Lund", "Ø", None)]


def test_the_afbud_fravaerende_list_names_the_absent() -> None:
    meeting = parse_document(_MEMBERS.encode())
    assert [p.name for p in meeting.absent] == ["Ole Berg"]


def test_a_remark_entry_of_its_own_speaks_of_the_member_above_it() -> None:
    meeting = parse_document(_MEMBERS.encode())
    assert [[p.name for p in i.absent] for i in meeting.items] == [[], ["Per Dam"], ["Per Dam"]]
