"""Case systems' XML publication exports (eDoc, Fujitsu eDoc, SBSYS, Acadre) read as meetings.

The fixtures in ``tests/fixtures/exports/`` are exports of a fictional municipality in three of the layouts,
each with a closed item whose fields and attachments hold the canaries of ``tests/closed_canaries.py``; every
expected value below is read off the fixture it tests. The corpus's real exports are scored against the hand
annotation of the document each accompanies (the same meeting as a PDF or web page), with the corpus's checks.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from bench.scoring import Annotation, score

from referat.errors import InputError
from referat.model import Meeting
from referat.parse import parse_document, parse_file
from tests.closed_canaries import leaks
from tests.corpus import corpus_file

EXPORTS = Path(__file__).with_name("fixtures") / "exports"


def _parse(name: str) -> Meeting:
    return parse_file(EXPORTS / name)


#: (kind, body, date, start, end, place, participants, absent) as each fixture states them.
HEADERS = {
    # <When>01-10-2024 16:00:00</When>, <Until>... 18:30:00</Until>, <Where>, members with ParticipationStatus
    "sbsys_publication.xml": ("referat", "Erhvervs- og Beskæftigelsesudvalget", "2024-10-01", "16:00", "18:30",
                              "Mødelokale 3, Stenvig Rådhus", ["Anne Kjærgaard", "Cecilie Åberg"], ["Bo Østergaard"]),
    # agenda name "Referat"; meeting date/finish/location; meetmember absent 0 / 1
    "acadre_agenda.xml": ("referat", "Børne- og Ungeudvalget", "2024-03-05", "15:00", "17:15",
                          "Stenvig Rådhus, lokale 2", ["Erik Holm"], ["Fatima Larsen"]),
    # <edoc:Type>Dagsorden</edoc:Type>, MeetingDateTime / EndDateTime / MeetingLocation, no participants listed
    "fujitsu_agenda.xml": ("dagsorden", "Teknik- og Miljøudvalget", "2023-06-12", "08:30", "10:00",
                           "Udvalgsværelse 1", [], []),
}

#: (number, title, closed, case numbers) of every item, in order.
ITEMS = {
    "sbsys_publication.xml": [(1, "Skærpet tilsyn med jobcentrets indsats", False, ["24/1187"]),
                              (2, "Køb af erhvervsgrund", True, ["24/2291"]),
                              (3, "Eventuelt", False, [])],
    "acadre_agenda.xml": [(41, "Ny skolestruktur - høring", False, ["24/00412"]),
                          (42, "Personalesag", True, ["24/00999"])],
    # The printed number is the handling item's SerialNo (7, 8), not the element's SortOrder (1, 2).
    "fujitsu_agenda.xml": [(7, "Cykelsti langs Strandvejen", False, ["2023-004417"]),
                           (8, "Erstatningssag", True, ["2023-005120"])],
}


@pytest.mark.parametrize("name", sorted(HEADERS))
def test_the_meeting_as_the_export_states_it(name: str) -> None:
    meeting = _parse(name)
    kind, body, date, start, end, place, present, absent = HEADERS[name]
    assert meeting.source.format == "xml"
    assert (meeting.kind, meeting.body, meeting.date, meeting.start_time, meeting.end_time, meeting.location) == \
        (kind, body, date, start, end, place)
    assert [p.name for p in meeting.participants] == present
    assert [p.name for p in meeting.absent] == absent


@pytest.mark.parametrize("name", sorted(ITEMS))
def test_every_item_with_its_number_title_access_and_case_number(name: str) -> None:
    meeting = _parse(name)
    assert [(i.number, i.title, i.closed, i.case_numbers) for i in meeting.items] == ITEMS[name]


@pytest.mark.parametrize("name", sorted(ITEMS))
def test_closed_items_publish_nothing_of_their_fields(name: str) -> None:
    meeting = _parse(name)
    for item in (i for i in meeting.items if i.closed):
        assert (item.sections, item.decisions, item.attachments, item.absent) == ([], [], [], [])
    assert leaks(json.dumps(meeting.to_dict(), ensure_ascii=False)) == []


def test_each_field_is_a_section_under_its_caption() -> None:
    item = _parse("sbsys_publication.xml").items[0]
    # "Baggrund" in bold inside the Sagsfremstilling field is that field's text, not a section of its own;
    # the empty "Kommunalbestyrelsens beslutning" ("Tomt indhold") is no section.
    assert [(s.heading, s.kind) for s in item.sections] == [
        ("PUNKTET BEHANDLET TIDLIGERE", "history"), ("Sammendrag", "summary"), ("Sagsfremstilling", "presentation"),
        ("Indstilling", "recommendation"), ("Beslutning", "decision"), ("Bilag", "attachments"),
        ("Fraværende", "absent")]
    presentation = item.sections[2].text
    assert "Baggrund" in presentation and "Reformen af beskæftigelsesindsatsen" in presentation
    assert item.recommendations == ["handleplanen godkendes", "udvalget orienteres hvert kvartal"]
    assert [(d.text, d.outcomes) for d in item.decisions] == [("Godkendt.", ["approved"])]
    assert [a.title for a in item.attachments] == ["Handleplan for jobcentret 2024-2025"]
    assert [p.name for p in item.absent] == ["Bo Østergaard"]


def test_a_decision_caption_gives_its_body_and_date() -> None:
    item = _parse("acadre_agenda.xml").items[0]
    assert [(d.body, d.date, d.text) for d in item.decisions] == [("Børne- og Ungeudvalget", "2024-03-05",
                                                                   "Anbefales.")]


def test_an_undated_decision_of_a_named_body() -> None:
    text = (EXPORTS / "sbsys_publication.xml").read_text(encoding="utf-8")
    text = text.replace("<![CDATA[Tomt indhold]]>", "<![CDATA[<p>Godkendt.</p>]]>").replace(
        "<p>Tomt indhold</p>", "<p>Godkendt.</p>")
    item = parse_document(text.encode("utf-8")).items[0]
    assert [(d.body, d.text) for d in item.decisions] == [(None, "Godkendt."), ("Kommunalbestyrelsen", "Godkendt.")]


def test_the_entry_of_the_minutes_file_is_no_item() -> None:
    titles = [i.title for i in _parse("sbsys_publication.xml").items]
    assert "Åbent referat" not in titles


def test_an_export_cut_short_keeps_the_items_before_the_cut() -> None:
    data = (EXPORTS / "sbsys_publication.xml").read_bytes()
    cut = data[:data.index(b'<Item ID="3">')]
    meeting = parse_document(cut)
    assert [(i.number, i.closed) for i in meeting.items] == [(1, False), (2, True)]
    assert leaks(json.dumps(meeting.to_dict(), ensure_ascii=False)) == []


def test_entities_are_not_resolved() -> None:
    secret = Path(__file__)  # any readable file: its text must not be read into the meeting
    data = (f'<?xml version="1.0"?><!DOCTYPE p [<!ENTITY leak SYSTEM "file://{secret}">]>'
            '<Publication><Agendas><Agenda><Meeting><When>01-10-2024 16:00:00</When></Meeting>'
            '<Items><Item><Number>1</Number><Caption>Titel &leak;</Caption><IsPublic>True</IsPublic></Item></Items>'
            '</Agenda></Agendas></Publication>').encode()
    meeting = parse_document(data)
    assert "import" not in json.dumps(meeting.to_dict())
    assert meeting.items[0].number == 1


def test_xml_that_is_no_export_is_refused_in_one_line() -> None:
    with pytest.raises(InputError, match="no known export of minutes"):
        parse_document(b'<?xml version="1.0"?><catalog><book id="1"><title>Bog</title></book></catalog>')


def test_the_command_refuses_bad_xml_in_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "katalog.xml"
    bad.write_bytes(b'<?xml version="1.0"?><catalog><book/></catalog>')
    done = subprocess.run([sys.executable, "-m", "referat", "parse", str(bad)], capture_output=True, text=True)
    assert done.returncode != 0
    assert done.stderr.strip().splitlines() == ["referat: an XML file that is no known export of minutes: it names "
                                                "no meeting and no agenda items"]
    assert "Traceback" not in done.stderr


#: The corpus's exports and the annotated document each accompanies (the same meeting, as PDF or web page).
COMPANIONS = [
    ("documents/middelfart-fujitsu-edoc-2017/e9117c72-1d79-4fe9-9653-ef7ab6f27187.xml",
     "documents/middelfart-fujitsu-edoc-2017/e9117c72-1d79-4fe9-9653-ef7ab6f27187.html.json"),
    ("documents/middelfart-fujitsu-edoc-2017/41a93779-8b2a-414b-9f87-691e24f8f40a.xml",
     "documents/middelfart-fujitsu-edoc-2017/41a93779-8b2a-414b-9f87-691e24f8f40a.html.json"),
    ("documents/syddjurs-acadre-2013/3687981.XML", "documents/syddjurs-acadre-2013/Ekstraordinært PUK.pdf.json"),
    ("documents/ballerup-edoc-2012/eDocAgendaPublishing.xml", "documents/ballerup-edoc-2012/1552814.PDF.json"),
]


@pytest.mark.parametrize(("export", "companion"), COMPANIONS, ids=[e.rsplit("/", 1)[-1] for e, _ in COMPANIONS])
def test_a_real_export_reads_as_the_document_it_accompanies(export: str, companion: str) -> None:
    path = corpus_file(export)
    annotation_path = corpus_file(companion)
    annotation = Annotation(annotation_path, companion, json.loads(annotation_path.read_text(encoding="utf-8")))
    result = score(annotation, parse_file(path).to_dict())
    assert [c.what for c in result.checks if not c.ok] == []
    assert result.fp == 0


def test_the_sbsys_working_group_export() -> None:
    # Aarhus' SBSYS export of the working-group minutes (the annotated PDF's own publication.xml): its
    # sub-items 1.1, 1.2 ... have no whole number and keep their titles; the two entries of the minutes
    # files ("Åbent referat", "Lukket referat") are no items.
    folder = corpus_file("documents/sbsys/aarhus-sbsys-2016/publication.xml").parent
    meeting = parse_file(folder / "publication.xml")
    assert (meeting.body, meeting.date, meeting.start_time, meeting.end_time, meeting.location) == \
        ("Mødesystemgruppen", "2016-10-06", "13:00", "15:00", "Rådhuset lokale 233")
    assert [(i.number, i.title) for i in meeting.items] == [
        (1, "First Agenda"), (None, "Status siden sidst"), (None, "Status på udviklingsønsker"),
        (None, "Besøg af First Agenda"), (None, "Plan for resten af året"), (2, "GetOrganized"),
        (None, "Status siden sidst"), (None, "Plan for resten af året"), (None, "Status over udviklingsønsker"),
        (3, "Eventuelt")]
    assert len(meeting.participants) == 11


def test_the_regions_sbsys_export() -> None:
    meeting = parse_file(corpus_file("documents/sbsys/region-sbsys-2012/Publication553.xml"))
    # <Committee><Name>FORRETNINGSUDVALGET</Name>, <When>25-09-2012 15:30:00</When>, <Where>H2</Where>
    assert (meeting.body, meeting.date, meeting.start_time, meeting.end_time, meeting.location) == \
        ("Forretningsudvalget", "2012-09-25", "15:30", "16:00", "H2")
    assert meeting.municipality == "Region Hovedstaden"
    assert [i.number for i in meeting.items] == [1, 2, 3, 4]
    assert meeting.items[3].title == ("Anmodning fra Hans Toft (C) om offentliggørelse af beslutning truffet af "
                                      "Movias bestyrelse")
    # FORRETNINGSUDVALGETS BESLUTNING, flagged as feedback: "18. september 2012: Sagen udsat ..."
    first = meeting.items[0].decisions
    assert [(d.body, d.date) for d in first] == [("Forretningsudvalget", "2012-09-18")]
    assert first[0].text.startswith("18. september 2012: Sagen udsat")
    # the bold "Beslutning" inside item 4's case presentation quotes Movia's board: no decision of this meeting
    assert meeting.items[3].decisions == []
    assert len(meeting.participants) == 15



def _edoc(open_text: str, closed_text: str) -> bytes:
    """An eDoc export of a fictional meeting: an open and a closed agenda type, each with its whole text."""
    return f"""<?xml version="1.0"?>
<Meeting><Committee>Økonomiudvalget</Committee><MeetingDate>07-05-2024 16:00:00</MeetingDate>
<MeetingAgendaTypes>
<MeetingAgendaType><AgendaType>Åben dagsorden</AgendaType><FullText>{open_text}</FullText>
<MeetingAgendaItems><MeetingAgendaItem><AgendaItemNumber>1</AgendaItemNumber>
<Document><Title>Budgetopfølgning</Title></Document></MeetingAgendaItem></MeetingAgendaItems></MeetingAgendaType>
<MeetingAgendaType><AgendaType>Lukket dagsorden</AgendaType><FullText>{closed_text}</FullText>
<MeetingAgendaItems><MeetingAgendaItem><AgendaItemNumber>2</AgendaItemNumber>
<Document><Title>Salg af areal</Title></Document><FullText>{closed_text}</FullText></MeetingAgendaItem>
</MeetingAgendaItems></MeetingAgendaType>
</MeetingAgendaTypes></Meeting>""".encode()


def test_edoc_reads_the_open_text_and_lists_the_closed_items_bare() -> None:
    open_text = ("Økonomiudvalget\n\nReferat\n\n1. Budgetopfølgning\n\nSagsnr.: 24/500\n\nBeslutning\nGodkendt.\n\n"
                 "2. Salg af areal\n\nBeslutning\nzqxsolgt til køber i Vejle\n")
    closed_text = "2. Salg af areal\n\nSagsfremstilling\nzqxareal ved Jelling\n"
    meeting = parse_document(_edoc(open_text, closed_text))
    assert (meeting.body, meeting.date, meeting.start_time) == ("Økonomiudvalget", "2024-05-07", "16:00")
    assert [(i.number, i.title, i.closed) for i in meeting.items] == [(1, "Budgetopfølgning", False),
                                                                      (2, "Salg af areal", True)]
    assert [d.text for d in meeting.items[0].decisions] == ["Godkendt."]
    # the closed item's text, printed in the open text too, is replaced by its bare listing
    assert leaks(json.dumps(meeting.to_dict(), ensure_ascii=False)) == []


@pytest.mark.parametrize("encoding", ["ISO-8859-1", "windows-1252", "UTF-8", "UTF-16"])
def test_danish_letters_survive_every_declared_encoding(encoding: str) -> None:
    text = (f'<?xml version="1.0" encoding="{encoding}"?><Meeting><Committee>Børne- og Ungeudvalget</Committee>'
            "<MeetingDate>04-12-2012 13:00:00</MeetingDate><MeetingAgendaTypes><MeetingAgendaType>"
            "<AgendaType>Åben dagsorden</AgendaType><MeetingAgendaItems><MeetingAgendaItem>"
            "<AgendaItemNumber>1</AgendaItemNumber><Document><Title>Skolestruktur på Østerbro</Title></Document>"
            "</MeetingAgendaItem></MeetingAgendaItems></MeetingAgendaType></MeetingAgendaTypes></Meeting>")
    meeting = parse_document(text.encode(encoding))
    assert meeting.body == "Børne- og Ungeudvalget"
    assert [(i.number, i.title) for i in meeting.items] == [(1, "Skolestruktur på Østerbro")]


def test_an_export_of_a_meeting_without_items_title_or_members_is_refused() -> None:
    data = b'<?xml version="1.0"?><Meeting><MeetingDate>01-01-2024 10:00</MeetingDate></Meeting>'
    with pytest.raises(InputError, match="not minutes"):
        parse_document(data)


def test_internal_entities_are_not_expanded() -> None:
    lol = "&lol;" * 10
    data = (f'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY lol "lol"><!ENTITY lol2 "{lol}">]>'
            "<Publication><Agendas><Agenda><Meeting><When>01-10-2024 16:00:00</When></Meeting>"
            "<Committee><Name>Udvalget &lol2;</Name></Committee><Items><Item><Number>1</Number>"
            "<Caption>Titel &lol2;</Caption><IsPublic>True</IsPublic></Item></Items></Agenda></Agendas></Publication>"
            ).encode()
    meeting = parse_document(data)
    assert "lol" not in json.dumps(meeting.to_dict())
    assert [i.number for i in meeting.items] == [1]


def test_a_case_field_with_the_cases_title_gives_the_number() -> None:
    data = ('<?xml version="1.0"?><Publication><Agendas><Agenda><Meeting><When>01-10-2024 16:00:00</When></Meeting>'
            "<Committee><Name>Økonomiudvalget</Name></Committee><Items><Item><Number>1</Number>"
            "<Caption>Budget 2025</Caption><IsPublic>True</IsPublic>"
            "<Case><NumberAndTitle>00.30.10-S00-1-24 - Budgetlægning 2025</NumberAndTitle></Case></Item>"
            "</Items></Agenda></Agendas></Publication>").encode()
    assert parse_document(data).items[0].case_numbers == ["00.30.10-S00-1-24"]



def test_edoc_a_closed_item_without_a_number_replaces_the_item_of_its_title() -> None:
    open_text = ("Økonomiudvalget\n\nReferat\n\n1. Budgetopfølgning\n\nBeslutning\nGodkendt.\n\n"
                 "2. Salg af areal\n\nSagsnr.: 24/900\n\nBeslutning\nzqxsolgt til køber i Vejle\n")
    data = _edoc(open_text, "").replace(b"<AgendaItemNumber>2</AgendaItemNumber>", b"")
    meeting = parse_document(data)
    assert [(i.number, i.title, i.closed) for i in meeting.items] == [(1, "Budgetopfølgning", False),
                                                                      (None, "Salg af areal", True)]
    assert leaks(json.dumps(meeting.to_dict(), ensure_ascii=False)) == []
