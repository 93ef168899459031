"""A saved answer of FirstAgenda's agenda API parsed as a file: its items as the collector reads them.

The corpus's recorded answer (``firstagenda/agenda.json``, Hvidovre) gives the expected values; a fictional
answer holds a closed item whose fields carry the canaries of ``tests/closed_canaries.py``.
"""

from __future__ import annotations

import json

import pytest

from referat.errors import InputError
from referat.parse import parse_document, parse_file
from tests.closed_canaries import leaks
from tests.corpus import corpus_file


def test_the_recorded_answer_reads_as_its_items() -> None:
    meeting = parse_file(corpus_file("firstagenda/agenda.json"))
    answer = json.loads(corpus_file("firstagenda/agenda.json").read_text(encoding="utf-8"))["Dagsordenpunkter"]
    assert meeting.source.format == "json"
    # Its links point to dagsordener-referater.hvidovre.dk, Hvidovre's host.
    assert meeting.municipality == "Hvidovre"
    assert len(meeting.items) == 23 == len(answer)
    assert [(i.number, i.case_numbers) for i in meeting.items][:3] == [(1, ["25/26257"]), (2, ["25/26257"]),
                                                                     (3, ["26/1172"])]
    assert meeting.items[0].title == "Godkendelse af dagsorden"
    assert meeting.items[22].title == "Orientering - midlertidig delegationsplan"
    assert not any(i.closed for i in meeting.items)
    assert (meeting.date, meeting.body) == (None, None)
    assert any("holds the items only" in w for w in meeting.warnings)


def _answer(items: list[object]) -> bytes:
    return json.dumps({"Dagsordenpunkter": items}, ensure_ascii=False).encode("utf-8")


def test_a_closed_item_of_an_answer_keeps_number_title_and_case_number() -> None:
    data = _answer([
        {"Punktnummer": "1", "Navn": "Godkendelse af dagsorden", "SagsNummer": "25/1", "IsOpen": True,
         "Felter": [{"Navn": "Beslutning", "Html": "<p>Godkendt.</p>"}], "Bilag": []},
        {"Punktnummer": "2", "Navn": "Salg af grund", "SagsNummer": "25/2", "IsOpen": False,
         "Felter": [{"Navn": "Sagsfremstilling", "Html": "<p>zqxgrund ved Jelling</p>"}],
         "Bilag": [{"Navn": "zqxkøbsaftale Vejle", "Id": "b2"}]},
    ])
    meeting = parse_document(data)
    assert [(i.number, i.title, i.closed, i.case_numbers) for i in meeting.items] == [
        (1, "Godkendelse af dagsorden", False, ["25/1"]), (2, "Salg af grund", True, ["25/2"])]
    assert [d.text for d in meeting.items[0].decisions] == ["Godkendt."]
    assert leaks(json.dumps(meeting.to_dict(), ensure_ascii=False)) == []


def test_an_answer_without_a_host_gives_attachments_no_address() -> None:
    data = _answer([{"Punktnummer": "1", "Navn": "Budget", "IsOpen": True, "Felter": [],
                     "Bilag": [{"Navn": "Budgetoversigt", "Id": "b1"}]}])
    meeting = parse_document(data)
    assert [(a.title, a.url) for a in meeting.items[0].attachments] == [("Budgetoversigt", None)]
    assert meeting.municipality is None


def test_an_answer_of_another_shape_is_refused_in_one_line() -> None:
    with pytest.raises(InputError, match="unexpected shape"):
        parse_document(_answer(["not an item"]))


def test_the_summary_of_a_meeting_of_unstated_kind_says_so() -> None:
    from referat.commands.parse_cmd import summary

    data = _answer([{"Punktnummer": "1", "Navn": "Budget", "IsOpen": True, "Felter": [], "Bilag": []}])
    first = summary(parse_document(data)).splitlines()[0]
    assert first == "Meeting (kind not stated): (body unknown)"


def test_an_answer_saved_whole_gives_the_meeting_its_committee_and_who_was_away() -> None:
    # The whole answer closes with the meeting and its committee; a participant flagged Absent or
    # ParticipationCancelled (apologies) was away. Its name says "dagsorden", yet its items hold decisions.
    answer = json.loads(_answer([{"Punktnummer": "1", "Navn": "Godkendelse af dagsorden", "SagsNummer": "24-000017",
                                  "IsOpen": True, "Bilag": [],
                                  "Felter": [{"Navn": "", "Html": "<h3>Beslutning</h3><p>Godkendt.</p>"}]}]))
    answer["Udvalg"] = {"Id": "u1", "Navn": "Kultur- og Fritidsudvalget", "Historisk": False}
    answer["Moede"] = {"Dato": "2024-11-20T16:30:00+01:00", "MeetingBeginUtc": "2024-11-20T16:30:00+01:00",
                       "Sted": "Mødelokale 2, Solbjerg Rådhus", "Navn": "Ekstraordinær dagsorden",
                       "Moededeltagere": [
                           {"Name": "Anne Holm", "Absent": False, "ParticipationCancelled": False},
                           {"Name": "Bo Kjær", "Absent": True, "ParticipationCancelled": False},
                           {"Name": "Carl Ærø", "Absent": False, "ParticipationCancelled": True}]}
    meeting = parse_document(json.dumps(answer, ensure_ascii=False).encode("utf-8"))
    assert (meeting.date, meeting.start_time, meeting.body, meeting.location, meeting.kind) == (
        "2024-11-20", "16:30", "Kultur- og Fritidsudvalget", "Mødelokale 2, Solbjerg Rådhus", "referat")
    assert [p.name for p in meeting.participants] == ["Anne Holm"]
    assert [p.name for p in meeting.absent] == ["Bo Kjær", "Carl Ærø"]
    assert not any("holds the items only" in w for w in meeting.warnings)


def _greve_style_item(number: str, title: str, html: str, stripped: bool) -> dict[str, object]:
    field = {"Navn": "", "Html": html, "Link": "" if stripped else "https://dagsordener.solbjerg.dk/Vis/Pdf/bilag/d1",
             "DocumentId": "00000000-0000-0000-0000-000000000000" if stripped else "88e202f4-2380-4be3-8ca6-95"}
    return {"Punktnummer": number, "Navn": title, "SagsNummer": f"24-00{number}", "IsOpen": False,
            "Felter": [field], "Bilag": []}


def test_an_answer_leaving_is_open_false_on_every_item_closes_only_the_items_published_as_closed() -> None:
    # Some hosts leave IsOpen false on every item, open ones too; there a closed item shows by its title
    # ("Lukket: ...") or by fields stripped of their document (no Link, a zero DocumentId), as FirstAgenda
    # publishes closed items, with only a short decision left in them.
    data = _answer([
        _greve_style_item("1", "Godkendelse af dagsorden",
                          "<div id='sagsfremstillingContainer'><h3>Beslutning</h3><p>Godkendt.</p></div>", False),
        _greve_style_item("2", "Lukket: Salg af grund", "<p>zqxgrund ved Jelling solgt.</p>", True),
        _greve_style_item("3", "Tilbagekøb af børnehave", "<p>zqxbørnehave i Vejle godkendt.</p>", True),
    ])
    meeting = parse_document(data)
    assert [(i.number, i.title, i.closed) for i in meeting.items] == [
        (1, "Godkendelse af dagsorden", False), (2, "Salg af grund", True), (3, "Tilbagekøb af børnehave", True)]
    assert [d.text for d in meeting.items[0].decisions] == ["Godkendt."]
    assert leaks(json.dumps(meeting.to_dict(), ensure_ascii=False)) == []


def test_where_an_answer_sets_is_open_true_on_its_open_items_false_closes_the_item_whatever_its_fields() -> None:
    data = _answer([
        {**_greve_style_item("1", "Godkendelse af dagsorden", "<h3>Beslutning</h3><p>Godkendt.</p>", False),
         "IsOpen": True},
        _greve_style_item("2", "Køb af ejendom", "<h3>Beslutning</h3><p>zqxejendom i Vejle købt.</p>", False),
    ])
    meeting = parse_document(data)
    assert [(i.number, i.closed) for i in meeting.items] == [(1, False), (2, True)]
    assert leaks(json.dumps(meeting.to_dict(), ensure_ascii=False)) == []
