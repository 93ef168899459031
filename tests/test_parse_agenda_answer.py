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
