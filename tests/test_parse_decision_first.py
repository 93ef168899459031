"""A site's page that lost every item's number and title, each item opening with its decision under the same
bare label (Solbjerg Kommune, fictional); a single bare decision label opens none."""

from __future__ import annotations

from referat.parse import parse_document

_LABEL = "Offentlig beslutning der skal udfyldes, hvis punktet er lukket"
_PAGE = (
    "Referat\nSolbjerg Byråd tirsdag den 4. januar 2022 kl. 17.00\nRådhuset, Byrådssalen\n"
    f"{_LABEL}\nTiltrådt.\nSærindstilling fra Lise Holm (M):\nLise Holm kan ikke tiltræde indstillingen.\n"
    f"{_LABEL}\nTiltrådt.\n"
    "Resume\nUdkast til mødekalender for 2022.\nSagsfremstilling\nMødekalenderen er vedhæftet.\n"
)


def test_items_opening_with_their_decision_under_the_same_label_are_items() -> None:
    meeting = parse_document(_PAGE.encode())
    assert [[d.text for d in i.decisions] for i in meeting.items] == [
        ["Tiltrådt.\nSærindstilling fra Lise Holm (M):\nLise Holm kan ikke tiltræde indstillingen."],
        ["Tiltrådt."]]
    assert [s.kind for s in meeting.items[1].sections] == ["decision", "summary", "presentation"]
    assert (meeting.body, meeting.date) == ("Solbjerg Byråd", "2022-01-04")


def test_a_page_of_one_item_with_one_decision_label_stays_that_item() -> None:
    """One bare decision label opens no untitled items: the page is one item, titled by the line above it."""
    text = ("Referat\nSolbjerg Byråd tirsdag den 4. januar 2022 kl. 17.00\n\nMødekalender for 2022\n\n"
            "Beslutning\nGodkendt.\nResume\nUdkast til mødekalender for 2022.\n")
    meeting = parse_document(text.encode())
    assert [(i.title, [d.text for d in i.decisions]) for i in meeting.items] == [
        ("Mødekalender for 2022", ["Godkendt."])]
