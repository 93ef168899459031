"""A copy of a protocol's PDF (Solbjerg Kommune, fictional): the copy's title built from the page's running header
(contents heading, body, page column, the chair's initials box), the page column's label before the kind, labels
before their values, and a remark in capitals run into the list of the absent."""

from __future__ import annotations

from referat.parse import parse_document

_PROTOCOL = (
    "Indholdsfortegnelse Byrådet Sidenr Formandens initialer\n\nTranskript\n\n"
    "1 Sidenr Protokol Mødedato: 9. august 2010 Mødetidspunkt: 19:00 Sluttidspunkt: 19:30 Mødelokale: Fraværende: "
    "Byrådssalen Erik Lund, Søren Dam, Kjeld Vang GODKENDELSE AF FORSLAG TIL DAGSORDENEN: Godkendtes idet sag nr. 4 "
    "blev taget af dagsordenen.\n\n"
    "2 Sidenr 1. Godkendelse af regnskab Sagsid.: 10/22971 SAGSFREMSTILLING: Regnskabet forelægges. "
    "BESLUTNING: Godkendt.\n"
)


def test_the_body_and_kind_of_a_protocol_page_behind_its_running_header() -> None:
    meeting = parse_document(_PROTOCOL.encode())
    assert (meeting.body, meeting.kind, meeting.date) == ("Byrådet", "referat", "2010-08-09")


def test_a_place_label_and_an_absent_label_before_their_values() -> None:
    meeting = parse_document(_PROTOCOL.encode())
    assert meeting.location == "Byrådssalen"
    assert [p.name for p in meeting.absent] == ["Erik Lund", "Søren Dam", "Kjeld Vang"]
