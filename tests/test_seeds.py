"""The five seed minutes, parsed: every value below was read off the documents themselves."""

from __future__ import annotations

from functools import cache

import pytest

from referat.model import Meeting
from referat.parse import parse_file
from tests.seeds import seed_path


@cache
def meeting(name: str) -> Meeting:
    return parse_file(seed_path(name))


def item(name: str, number: int):
    found = [i for i in meeting(name).items if i.number == number]
    assert len(found) == 1, f"item {number} appears {len(found)} times"
    return found[0]


HEADERS = {
    "lejre2022": dict(kind="referat", municipality="Lejre", body="Udvalget for Job, Arbejdsmarked og Integration",
                      period="2022-2025", date="2022-05-04", start_time="16:30", end_time=None,
                      location="Rådhuset i Hvalsø, Møllebjergvej 4, 4330 Hvalsø - Mødelokale Udsigten"),
    "lemvig2022": dict(kind="referat", municipality="Lemvig", body="Arbejdsmarkeds- og Integrationsudvalget",
                       period=None, date="2022-06-08", start_time="15:00", end_time=None,
                       location="Byrådssalen - Udvalgsværelse 2, Lemvig Rådhus Dialogmøde"),
    "lejre2025": dict(kind="referat", municipality="Lejre", body="Udvalget for Job, Arbejdsmarked og Integration",
                      period="2022-2025", date="2025-06-04", start_time="16:45", end_time=None,
                      location="TAMU-skolen, Hovedvejen 10D, Glim, 4000 Roskilde"),
    "albertslund2024": dict(kind="referat", municipality="Albertslund",
                            body="Udvalget for Erhverv, Beskæftigelse og Uddannelsesinstitutioner", period=None,
                            date="2024-03-18", start_time="16:30", end_time=None, location="Lokale 1, Rådhuset"),
    "slagelse2021": dict(kind="referat", municipality="Slagelse", body="Social- og Beskæftigelsesudvalget",
                         period="2018-2021", date="2021-04-12", start_time="12:30", end_time=None, location="Webex"),
}


@pytest.mark.parametrize("name", sorted(HEADERS))
def test_header(name: str) -> None:
    m = meeting(name)
    for field, expected in HEADERS[name].items():
        assert getattr(m, field) == expected, field


# (number, title, case numbers, outcomes, attachment count)
ITEMS = {
    "lejre2022": [
        (1, "JAI - Godkendelse af dagsorden", [], ["approved"], 0),
        (2, "JAI - Orientering maj 2022", ["22-000183"], ["approved"], 1),
        (3, "JAI - Introduktion til ungeindsatsen og nytteindsatsen", ["22-001317"], ["noted"], 1),
        (4, "JAI - Introduktion til virksomhedsindsatsen, egne indsatser og aktiveringsforløb", ["22-001317"],
         ["noted"], 2),
        (5, "JAI - Jobcentrets handleplan for skærpet tilsyn light", ["22-001911"], ["approved"], 4),
        (6, "JAI - Status på Partnerskabsaftale om erhvervsuddannelser", ["21-3658A"], ["noted"], 0),
        (7, "JAI - Eventuelt", [], ["none"], 0),
        (8, "JAI - Godkendelse af referat", [], [], 0),
    ],
    "lemvig2022": [
        (1, "Dialogmøde med MED-udvalget, Niveau II, Arbejdsmarked og Integration", ["00.15.00G00-1-19"],
         ["discussed"], 2),
        (2, "Budgetkatalog 2023-2026 vedrørende tidlig pension", ["00.30.00000-6-22"], [], 0),
        (3, None, ["00.30.00Ø00-6-22"], [], 0),
        (4, "De beskæftigelsespolitiske mål for 2023", ["15.20.00A00-1-22"], ["noted"], 2),
        (5, "Midtvejsevaluering af A-kasseforsøget", ["15.00.00I02-2-22"], ["noted"], 1),
        (6, "Aftale om undervisningsforlægning fra VUC Holstebro-Lemvig-Struer", ["15.00.00A00-13-22"], ["noted"], 0),
        (7, "Aftale med Claudis Have om træningsbaneforløb", ["15.00.00A00-14-22"], ["noted"], 1),
        (8, "Fokuspunkter fra Ledelsesinformationen", ["00.15.10A26-1-20"], ["discussed"], 1),
        (9, "Meddelelser", ["15.00.00A00-14-21"], ["noted"], 0),
        (10, "Underskriftside", ["85.02.02A26-4-21"], ["approved"], 0),
    ],
    "lejre2025": [
        (1, "JAI - Rundvisning på TAMU", ["25-003725"], ["noted"], 0),
        (2, "JAI - Godkendelse af dagsorden", [], ["approved"], 0),
        (3, "JAI - Orientering juni 2025", ["24-007876"], ["noted"], 0),
        (4, "JAI - Temadrøftelse om beskæftigelsesreform", ["25-003732"], ["noted", "discussed"], 2),
        (5, "SSÆ/BU/JAI - Programorganisering Center for Job & Social", ["25-003266"], ["approved"], 1),
        (6, "JAI - Eventuelt", [], ["none"], 0),
        (7, "JAI - Godkendelse af referat", [], [], 0),
    ],
    "albertslund2024": [
        (1, "EBU - Godkendelse af dagsorden", ["00.01.00-A00-1-24"], ["approved"], 0),
        (2, "EBU - Gennemgang af økonomien og sammenhænge på beskæftigelsesområdet", ["00.32.00-A00-6-24"],
         ["approved"], 1),
        (3, "EBU - Projekt med sygemeldte dagpengemodtagere", ["15.00.00-A00-1-24"], ["approved"], 0),
        (4, "EBU - Status på beskæftigelse", ["15.00.15-A00-1-24"], ["approved"], 0),
        (5, "EBU - Status på uddannelsesvejledning og indsats ved frafald", ["17.27.00-A00-2-24"], ["approved"], 1),
        (6, "EBU - Orientering fra formanden", ["00.00.00-A26-10-22"], ["approved"], 0),
        (7, "EBU - Orientering fra By, Kultur, Miljø & Beskæftigelse", ["00.00.00-A26-9-22"], ["approved"], 6),
        (8, "EBU - Eventuelt", ["00.00.00-A26-11-22"], ["none"], 0),
        (9, "Underskriftsblad", ["00.00.00-A26-12-22"], [], 0),
    ],
    "slagelse2021": [
        (1, "Godkendelse af dagsorden (B)", ["330-2017-90442"], ["approved"], 0),
        (2, "Status på implementering af Medborgerpolitikken i Center for Arbejdsmarked og Integration (O)",
         ["330-2021-15739"], ["postponed", "noted"], 0),
        (3, "Integrationsområdet (O)", ["330-2020-3927"], ["postponed", "noted"], 0),
        (4, "Status vedr. voksenlærlingeindsats (O)", ["330-2021-16479"], ["postponed", "noted"], 1),
        (5, "Svar fra Beskæftigelsesministeriet vedr. kontanthjælpsmodtageres vej tilbage til arbejdsmarkedet (O)",
         ["330-2021-12759"], ["postponed", "noted"], 1),
        (6, "Gensidig orientering (O)", ["330-2017-90444"], [], 0),
        (7, "Revideret budgetdialogproces med borgere og interessenter (B)", ["330-2021-20442"], ["approved"], 1),
        (8, "Initiativsag: At styrke forebyggelse af frafald af elever i Slagelse Kommune gennem udarbejdelse af "
            "elevpolitik (B)", ["330-2021-24223"], ["withdrawn"], 0),
        (9, "Månedlig orientering om nøgletal på beskæftigelsesområdet (D)", ["330-2018-38133"], ["discussed"], 2),
        (10, "Punkter til kommende møder (O)", ["330-2017-90446"], [], 1),
        (11, "Godkendelse af referat (B)", ["330-2020-27839"], ["approved"], 0),
    ],
}


@pytest.mark.parametrize("name", sorted(ITEMS))
def test_item_numbers_and_titles(name: str) -> None:
    got = [(i.number, i.title) for i in meeting(name).items]
    assert got == [(n, t) for n, t, *_ in ITEMS[name]]


@pytest.mark.parametrize("name", sorted(ITEMS))
def test_case_numbers(name: str) -> None:
    for number, _title, cases, *_ in ITEMS[name]:
        assert item(name, number).case_numbers == cases, number


@pytest.mark.parametrize("name", sorted(ITEMS))
def test_outcomes(name: str) -> None:
    for number, _title, _cases, outcomes, _att in ITEMS[name]:
        assert item(name, number).outcomes == outcomes, number


@pytest.mark.parametrize("name", sorted(ITEMS))
def test_attachment_counts(name: str) -> None:
    for number, *_rest, attachments in ITEMS[name]:
        assert len(item(name, number).attachments) == attachments, number


def test_closed_items_publish_number_title_and_case_only() -> None:
    closed = [i for i in meeting("lemvig2022").items if i.closed]
    assert [i.number for i in closed] == [2, 3]
    for i in closed:
        assert i.case_numbers
        assert not (i.sections or i.decisions or i.attachments or i.recommendations or i.absent or i.tables)
    for name in ("lejre2022", "lejre2025", "albertslund2024", "slagelse2021"):
        assert not any(i.closed for i in meeting(name).items), name


def test_history_entries() -> None:
    history = item("lejre2022", 6).history
    assert [(h.date, h.body, h.outcomes) for h in history] == [
        ("2022-05-02", "Udvalget for Erhverv, Klima og Lokal udvikling - 2022-2025", ["not_released"]),
        ("2022-05-03", "Udvalget for Børn og Ungdom - 2022-2025", ["noted"]),
    ]
    history = item("lejre2025", 5).history
    assert [(h.date, h.outcomes) for h in history] == [("2025-06-02", ["approved"]), ("2025-06-03", ["noted"])]
    assert history[0].body is not None and history[0].body.startswith("Udvalget for Social, Sundhed og Ældre")
    for name in ("lemvig2022", "albertslund2024", "slagelse2021"):
        assert not any(i.history for i in meeting(name).items), name


def test_participants() -> None:
    assert [p.name for p in meeting("lejre2022").participants] == [
        "Klaus Kristiansen", "Claus Jørgensen", "Connie B. Jensen", "Bjørn Lykke Sørensen", "Peter Olsen",
        "Ole Blickfeldt"]
    assert [p.name for p in meeting("lejre2025").participants] == [
        "Ole Blickfeldt", "Connie B. Jensen", "Villy Klarskov Hauritz", "Klaus Kristiansen", "Peter Olsen",
        "Bjørn Lykke Sørensen"]
    signed = [(p.name, p.party, p.role) for p in meeting("albertslund2024").participants]
    assert signed == [("Lars Gravgaard Hansen", "C", "Formand"), ("Tina Graugaard", "C", None),
                      ("Dogan Polat", "A", None), ("Mikkel Skovby", "L", None), ("Resul Küçükakin", "F", None),
                      ("Hediye Temiz", "B", None)]
    assert meeting("lemvig2022").participants == []
    assert meeting("slagelse2021").participants == []


def test_meeting_absences() -> None:
    assert [(p.name, p.party) for p in meeting("albertslund2024").absent] == [("Tina Bodholdt-Nielsen", "Æ")]
    assert sorted(p.name for p in meeting("lemvig2022").absent) == ["Jens Lønberg Pedersen", "Tina Boel van Ingen"]
    for name in ("lejre2022", "lejre2025", "slagelse2021"):
        assert meeting(name).absent == [], name


def test_item_absences() -> None:
    for i in meeting("albertslund2024").items:
        assert [(p.name, p.party) for p in i.absent] == [("Tina Bodholdt-Nielsen", "Æ")], i.number
    for i in meeting("lemvig2022").items:
        expected = [] if i.closed else ["jens lønberg pedersen", "tina boel van ingen"]
        assert sorted(p.name.casefold() for p in i.absent) == expected, i.number
    assert not any(i.absent for i in meeting("slagelse2021").items)


def test_officials_present_for_one_item() -> None:
    assert [(p.name, p.role) for p in item("slagelse2021", 4).present] == [
        ("Bjarne Mikkelsen", "afdelingsleder Virksomheds- og Uddannelsessamarbejde")]
    assert [p.name for p in item("slagelse2021", 5).present] == ["Kim Thanner Franzpötter"]


def test_dated_decisions_of_several_meetings() -> None:
    decisions = item("slagelse2021", 2).decisions
    assert [(d.body, d.date, d.outcomes) for d in decisions] == [
        ("Social- og Beskæftigelsesudvalget", "2021-03-01", ["postponed"]),
        ("Social- og Beskæftigelsesudvalget", "2021-04-12", ["noted"]),
    ]
    assert "Sagen behandles som punkt 4." in decisions[1].text
    assert "Fraværende" not in decisions[1].text


def test_per_recommendation_outcomes() -> None:
    (decision,) = item("lejre2025", 4).decisions
    assert decision.outcomes == ["noted", "discussed"]
    assert item("lejre2025", 4).recommendations == ["at udvalget tager præsentationen til efterretning",
                                                    "at udvalget drøfter beskæftigelsesreformen"]


def test_recommendations_in_every_layout() -> None:
    assert item("lejre2022", 3).recommendations == ["at udvalget tager introduktionen til efterretning."]
    assert item("lemvig2022", 1).recommendations == ["At emnerne drøftes."]
    assert item("albertslund2024", 1).recommendations == ["at dagsordenen godkendes"]
    assert item("slagelse2021", 2).recommendations == [
        "at Social- og Beskæftigelsesudvalget tager sagen til orientering."]


def test_document_numbers_and_types() -> None:
    assert item("slagelse2021", 1).document_numbers == ["330-2021-87812"]
    assert item("slagelse2021", 8).document_numbers == ["330-2021-112071"]
    assert [i.item_type for i in meeting("slagelse2021").items] == list("BOOOOOBBDOB")
    assert item("lejre2025", 5).prefix == "SSÆ/BU/JAI"
    assert {i.prefix for i in meeting("albertslund2024").items} == {"EBU", None}


def test_attachment_with_document_number_listed_twice_is_one() -> None:
    (attachment,) = item("slagelse2021", 4).attachments
    assert attachment.document_number == "330-2021-74262"
    assert attachment.title == "Status på flere voksenlærlinge i Slagelse - februar 2021- BILAG 1"


def test_sections_have_canonical_kinds() -> None:
    kinds = [s.kind for s in item("slagelse2021", 3).sections]
    for kind in ("authority", "summary", "presentation", "legal_basis", "options", "assessment", "economy",
                 "consequences", "recommendation", "decision"):
        assert kind in kinds
    kinds = [s.kind for s in item("lemvig2022", 4).sections]
    assert kinds[:6] == ["summary", "presentation", "authority", "legal_basis", "policy", "economy"]
    assert [s.heading for s in item("lejre2022", 5).sections if s.kind == "assessment"] == [
        "Administrationens vurdering"]


def test_tables() -> None:
    tables = item("lejre2022", 5).tables
    assert len(tables) == 3
    assert tables[0].rows[0][0] == "Resultatmål for skærpet tilsyn"
    assert tables[0].rows[1][1:] == ["7,00", "6,64", "0,36"]
    tables = item("albertslund2024", 4).tables
    assert tables[0].rows[0] == ["", "2021", "2022", "2023"]
    assert ["Antal virksomhedskontakter", "1791", "2575", "2023"] in tables[0].rows


def test_danish_letters_survive() -> None:
    text = "\n".join(s.text for i in meeting("lejre2022").items for s in i.sections)
    for word in ("skærpet", "målopfyldelse", "Arbejdsmarkedskontor Øst", "Særligt"):
        assert word in text
