"""Pages that print their items without number, title or status, each opened by the same section, and the kind
of a page titled as the agenda that carries the meeting's decisions (Solbjerg Kommune, fictional)."""

from __future__ import annotations

from referat.parse import parse_document

_SECTIONS_ONLY = """Dagsorden
Tirsdag 26. nov 2024 kl. 19:00
Byrådet
Byrådssalen
Referat
Resumé
Solbjerg Vandråd beder Byrådet udpege en suppleant til rådet.
Forslag
Kommunaldirektøren foreslår, at der udpeges en suppleant.
Beslutning Økonomiudvalget den 19-11-2024
Forslaget indstilles til godkendelse.
Beslutning Byrådet den 26-11-2024
Lise Holm blev udpeget som suppleant.
Sagsfremstilling
Den hidtidige suppleant er flyttet fra kommunen.
Resumé
Solbjerg Gymnasium beder Byrådet udpege et medlem til skolens bestyrelse.
Forslag
Børne- og skoledirektøren foreslår, at Byrådet udpeger et medlem.
Beslutning Børne- og Skoleudvalget den 13-11-2024
Karen Vind indstilles udpeget.
Beslutning Byrådet den 26-11-2024
Godkendt.
Sagsfremstilling
Bestyrelsen har en plads til et medlem udpeget af Byrådet.
"""


def test_items_each_opened_by_the_section_the_first_opens_with() -> None:
    """No item shows a number, title or status: the first item opens with ``Resumé``, and each ``Resumé`` after a
    decision opens the next item, which keeps its own decisions."""
    meeting = parse_document(_SECTIONS_ONLY.encode())
    assert [(i.number, i.title) for i in meeting.items] == [(None, None), (None, None)]
    assert [[(d.body, d.date, d.text) for d in i.decisions] for i in meeting.items] == [
        [("Økonomiudvalget", "2024-11-19", "Forslaget indstilles til godkendelse."),
         ("Byrådet", "2024-11-26", "Lise Holm blev udpeget som suppleant.")],
        [("Børne- og Skoleudvalget", "2024-11-13", "Karen Vind indstilles udpeget."),
         ("Byrådet", "2024-11-26", "Godkendt.")],
    ]
    assert "no agenda items found" not in meeting.warnings


def test_a_page_titled_as_the_agenda_with_the_meetings_own_decisions_is_its_minutes() -> None:
    meeting = parse_document(_SECTIONS_ONLY.encode())
    assert (meeting.body, meeting.date, meeting.kind) == ("Byrådet", "2024-11-26", "referat")


def test_an_agenda_quoting_earlier_bodies_decisions_stays_an_agenda() -> None:
    text = ("Dagsorden\n\nByrådet\n\n26. november 2024 kl. 19:00\n\n1. Udpegning af suppleant til Solbjerg Vandråd\n\n"
            "Indstilling\n\nKommunaldirektøren indstiller, at der udpeges en suppleant.\n\n"
            "Beslutning Økonomiudvalget den 19-11-2024\n\nForslaget indstilles til godkendelse.\n\n"
            "Beslutning Byrådet den 26-11-2024\n\n2. Årsberetning 2023\n\nIndstilling\n\n"
            "Direktionen indstiller, at årsberetningen godkendes.\n")
    meeting = parse_document(text.encode())
    assert meeting.kind == "dagsorden"
    assert [i.number for i in meeting.items] == [1, 2]


def test_one_items_sections_repeated_without_a_decision_between_are_not_items() -> None:
    """An item whose ``Resumé`` stands twice with no decision between the two is one item, not two."""
    text = ("Referat\n\nByrådet\n\n26. november 2024\n\nResumé\n\nSolbjerg Vandråd beder om en suppleant.\n\n"
            "Sagsfremstilling\n\nDen hidtidige suppleant er flyttet.\n\nResumé\n\nSagen blev udsat i oktober.\n\n"
            "Beslutning\n\nGodkendt.\n")
    meeting = parse_document(text.encode())
    assert len(meeting.items) <= 1
