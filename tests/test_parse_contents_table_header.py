"""A contents table flattened to one cell per line with its column labels (``Pkt.`` / ``Tekst``) and no contents
heading above them (an SBSYS page export, Solbjerg Kommune, fictional): the entries are the agenda, the closed
group's entries closed, and the body's ``125. Title`` headings are its items."""

from __future__ import annotations

from referat.parse import parse_document

_CONTENTS = (
    "Referat\nfra\nmødet i Byrådet\nden 4. september 2025 kl. 18:00\ni Byrådssalen\n\n"
    "Fraværende var: Eva Holm\n\n \n\nPkt.\n\nTekst\n\n \n\nÅbne dagsordenspunkter\n\n"
    "125\n\nGodkendelse af dagsorden\n\n \n\n126\n\nØkonomivurdering pr. 30.06.25\n\n \n\n"
    "127\n\nLokalplan for Engvej\n\n \n\nLukkede dagsordenspunkter\n\n128\n\nKøb af ejendom\n\n \n\n"
    "Åbne dagsordenspunkter\n\n"
)
_BODY = (
    "125. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n\n"
    "126. Økonomivurdering pr. 30.06.25\n\nBeslutning\n\nTaget til efterretning.\n\n"
    "127. Lokalplan for Engvej\n\nBeslutning\n\nVedtaget.\n\n"
)


def test_the_column_labels_open_the_contents() -> None:
    meeting = parse_document((_CONTENTS + _BODY).encode())
    assert [(i.number, i.title) for i in meeting.items] == [
        (125, "Godkendelse af dagsorden"), (126, "Økonomivurdering pr. 30.06.25"), (127, "Lokalplan for Engvej"),
        (128, "Køb af ejendom")]
    assert [d.text for i in meeting.items for d in i.decisions] == ["Godkendt.", "Taget til efterretning.", "Vedtaget."]
    assert [i.closed for i in meeting.items] == [False, False, False, True]


def test_one_column_label_alone_opens_nothing() -> None:
    text = (_CONTENTS + _BODY).replace("Pkt.\n\nTekst\n\n", "Tekst\n\n")
    meeting = parse_document(text.encode())
    assert "125" not in [s.text for i in meeting.items for s in i.sections]
    assert [i.number for i in meeting.items][:3] == [125, 126, 127]
