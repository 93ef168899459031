"""FirstAgenda's JSON to the model, on fictional answers: the fields the recorded ones leave empty."""

from __future__ import annotations

from typing import Any

import pytest

from referat.collect.firstagenda_map import Shape, map_answer, meeting_from_json, meeting_kind
from referat.model import Source

BASE = "https://dagsordener.solbjerg.example"
ENTRY: dict[str, Any] = {"Id": "0b6f-fiktiv", "Navn": "Tillægsdagsorden",
                         "MeetingBeginUtc": "2026-03-02T16:30:00+01:00", "MeetingEndUtc": "2026-03-02T18:00:00+01:00",
                         "Sted": " Byrådssalen ",
                         "Moededeltagere": ["Anne Holm (A), formand", "Bo Kjær (V)"]}


def _item(**fields: Any) -> dict[str, Any]:
    item: dict[str, Any] = {"Id": "i1", "Punktnummer": "4a", "Navn": "Havnebadet", "SagsNummer": "26/118",
                            "IsOpen": True, "Felter": [], "Bilag": [], "ItemDecision": None,
                            "ExternalAgendaItemAttendees": []}
    item.update(fields)
    return item


def _meeting(*items: dict[str, Any]) -> Any:
    return meeting_from_json(ENTRY, "Teknikudvalget", "Valgperiode 2022-2025", {"Dagsordenpunkter": list(items)},
                             "Solbjerg", BASE, Source("p", "0" * 64, "firstagenda"))


def test_the_header_and_the_people_present() -> None:
    meeting = _meeting(_item())
    assert (meeting.kind, meeting.body, meeting.period) == ("dagsorden", "Teknikudvalget", "2022-2025")
    assert (meeting.date, meeting.start_time, meeting.end_time, meeting.location) == (
        "2026-03-02", "16:30", "18:00", "Byrådssalen")
    assert [(p.name, p.party) for p in meeting.participants] == [("Anne Holm", "A"), ("Bo Kjær", "V")]
    assert meeting_kind("Referat") == "referat" and meeting_kind("Mødeplan") == "unknown"


def test_item_decision_attendees_and_attachments_in_order() -> None:
    item = _meeting(_item(ItemDecision="<p>Godkendt.</p>", ExternalAgendaItemAttendees=[{"Navn": "Eva Lund"}],
                          Bilag=[{"Id": "b2", "Navn": "Tegning", "Order": 2},
                                 {"Id": "b1", "Navn": "Notat", "Order": 1}],
                          Felter=[{"Navn": "Sagsfremstilling", "Html": "<p>Badet åbner i juni.</p>"}])).items[0]
    assert item.number == 4
    assert [(s.heading, s.kind, s.text) for s in item.sections] == [
        ("Sagsfremstilling", "presentation", "Badet åbner i juni."), ("Beslutning", "decision", "Godkendt.")]
    assert [(d.body, d.date, d.text, d.outcomes) for d in item.decisions] == [
        ("Teknikudvalget", "2026-03-02", "Godkendt.", ["approved"])]
    assert [p.name for p in item.present] == ["Eva Lund"]
    assert [(a.title, a.url) for a in item.attachments] == [
        ("Notat", f"{BASE}/vis/pdf/bilag/b1/?redirectDirectlyToPdf=true"),
        ("Tegning", f"{BASE}/vis/pdf/bilag/b2/?redirectDirectlyToPdf=true")]


def test_absence_in_a_decision_section_is_read() -> None:
    html = ("<h3>Beslutning i Teknikudvalget den 02-03-2026</h3>"
            "<span><p>Godkendt.</p><p>Fraværende: Bo Kjær (V)</p></span>")
    item = _meeting(_item(Felter=[{"Navn": "", "Html": html}])).items[0]
    assert [p.name for p in item.absent] == ["Bo Kjær"]
    assert item.decisions[0].outcomes == ["approved"]


@pytest.mark.parametrize(("content", "reason"), [
    (b"[1, 2]", "the answer is not an object"),
    (b'{"Dagsordenpunkter": [7]}', "Dagsordenpunkter[0] is not an object"),
    (b'{"Dagsordenpunkter": [{"Felter": "x"}]}', "Dagsordenpunkter[0].Felter is not a list"),
    (b'{"Andet": []}', "the answer has no Dagsordenpunkter"),
    (b'{"Dagsordenpunkter": [', "not JSON"),
])
def test_unexpected_shapes_say_where(content: bytes, reason: str) -> None:
    with pytest.raises(Shape) as caught:
        map_answer(ENTRY, "Teknikudvalget", None, content, "Solbjerg", BASE, Source("p", "0" * 64, "firstagenda"))
    assert str(caught.value).startswith(reason)
