"""Minutes of four fictional municipalities as PDFs in four page designs of publishing systems.

Each document is written once below (see :mod:`tests.pdfstyles`) and rendered in its design; every
expected value is read off the document's blocks here. The PDF must also parse to the same structure
as the same document given as plain text.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import pytest

from referat.model import Meeting
from referat.parse import parse_document
from tests.pdfmaker import fonts_available
from tests.pdfstyles import (
    Boxed,
    Bullets,
    Document,
    Heading,
    Item,
    Labels,
    Lines,
    Meta,
    Para,
    Table,
    Title,
    render_pdf,
    to_text,
)
from tests.test_parse_fixtures import _assert_bare_closed, _attendance, _decisions, _header, _item, _kinds, _names
from tests.test_parse_systems import _words

pytestmark = pytest.mark.skipif(not fonts_available(), reason="DejaVu fonts (Debian fonts-dejavu-core) not installed")


def _decision(*texts: str) -> Boxed:
    return Boxed((Heading("Beslutning"), Lines(texts)))


# --- 1. front page with a label/value table, contents on a page of its own, items on new pages -----------------------

RAVNSOE_LONG_TITLE = ("Ny model for virksomhedsrettet indsats med brancheteams og fælles virksomhedsservice på "
                      "tværs af afdelingerne")
RAVNSOE = Document(header="Ravnsø Kommune · Beskæftigelsesudvalget", blocks=(
    Title("Referat"),
    Title("Beskæftigelsesudvalget"),
    Title("Ravnsø Kommune"),
    Labels((
        ("Mødedato", ("Torsdag den 7. marts 2024",)),
        ("Mødetidspunkt", ("Kl. 16:00 - 18:00",)),
        ("Mødested", ("Mødelokale 3, Ravnsø Rådhus, Torvet 1, 4999 Ravnsø (indgang fra Kirkestræde, 1. sal)",)),
        ("Medlemmer", ("Karin Holm (A), formand", "Jens Brandt (V), næstformand", "Lise Vang (F)", "Ole Frost (C)",
                       "Mette Krag (Ø)")),
        ("Fraværende", ("Ole Frost (C)",)),
        ("Stedfortræder", ("Peter Lund (C) for Ole Frost (C)",)),
    )),
    Item(1, "Godkendelse af dagsorden"),
    Meta("Sagsnr.: 24-000311"),
    Heading("Indstilling"),
    Para("Jobcenterchefen indstiller, at dagsordenen godkendes."),
    _decision("Godkendt."),
    Item(2, "Status på beskæftigelsesindsatsen 2023"),
    Meta("Sagsnr.: 24-001187"),
    Heading("Resumé"),
    Para("Udvalget får den årlige status på beskæftigelsesindsatsen med udviklingen i antallet af borgere på "
         "offentlig forsørgelse og resultaterne af de virksomhedsrettede tilbud."),
    Heading("Sagsfremstilling"),
    Para("Antallet af jobparate borgere faldt igennem hele året, mens antallet af aktivitetsparate borgere steg "
         "svagt. Jobcentret har styrket samarbejdet med virksomhederne i kommunens erhvervsområder, og flere borgere "
         "er kommet i ordinære timer."),
    Table("Antal borgere i beskæftigelsesindsatsen ved årets udgang:", (
        ("Målgruppe", "2022", "2023", "Ændring"),
        ("Jobparate", "1.204", "1.118", "-86"),
        ("Aktivitetsparate", "2.311", "2.347", "36"),
        ("Sygedagpenge", "1.056", "998", "-58"),
    )),
    Heading("Indstilling"),
    Para("Jobcenterchefen indstiller,"),
    Bullets(("at status på beskæftigelsesindsatsen 2023 tages til efterretning",
             "at fokusområderne for 2024 godkendes"), marker="1."),
    _decision("Ad 1) Taget til efterretning.", "Ad 2) Godkendt."),
    Heading("Bilag"),
    Lines(("Status på beskæftigelsesindsatsen 2023", "Fokusområder 2024")),
    Item(3, RAVNSOE_LONG_TITLE),  # wraps in the heading and in the contents
    Meta("Sagsnr.: 23-004420"),
    Heading("Sagens forløb"),
    Lines(("12-12-2023 Beskæftigelsesudvalget: Udsat.", "09-01-2024 Beskæftigelsesudvalget: Drøftet.")),
    Heading("Sagsfremstilling"),
    Para("Administrationen har udarbejdet en model, hvor virksomhedskonsulenterne organiseres i tre brancheteams. "
         "Modellen blev drøftet på udvalgets møde i januar, og udvalget bad om en beskrivelse af økonomien."),
    Heading("Økonomi"),
    Para("Modellen gennemføres inden for den eksisterende ramme på 14,5 mio. kr."),
    Heading("Indstilling"),
    Para("Jobcenterchefen indstiller, at den nye model for virksomhedsrettet indsats godkendes."),
    _decision("For stemte: A, F, Ø (3)", "Imod stemte: V, C (2)", "Indstillingen blev godkendt.",
              "Jens Brandt (V) deltog ikke i behandlingen af punktet."),
    Item(4, "Lukket punkt: Klage over afgørelse om ressourceforløb"),
    Meta("Sagsnr.: 24-000950"),
    Item(5, "Meddelelser"),
    Meta("Sagsnr.: 24-000312"),
    Heading("Sagsfremstilling"),
    Para("Formanden orienterede om kommunens deltagelse i den regionale jobmesse den 18. april 2024."),
    _decision("Taget til efterretning."),
))


# --- 2. item numbers in a margin column, small-caps headings, justified text, header and footer on the right --------

KILDEVANG_BODY = "Arbejdsmarkeds- og Integrationsudvalget"
KILDEVANG = Document(header=f"{KILDEVANG_BODY} 9. april 2024", footer=f"Dagsorden/Referat – {KILDEVANG_BODY}",
                     blocks=(
    Title("Referat"),
    Title(KILDEVANG_BODY),
    Labels((
        ("Dato", ("Tirsdag den 9. april 2024",)),
        ("Tidspunkt", ("Kl. 15:30 - 17:45",)),
        ("Sted", ("Udvalgsværelse 2, Kildevang Rådhus",)),
        ("Medlemmer", ("Hanne Skov (A), formand", "Mikael Berg (V)", "Susanne Friis (SF)", "Ali Nasser (A)",
                       "Bodil Rask (O)")),
        ("Afbud", ("Bodil Rask (O)",)),
    )),
    Para("Kirsten Hald (O) deltog som suppleant for Bodil Rask (O)."),
    Item(14, "Godkendelse af dagsorden"),
    Meta("Sagsnr.: 00.01.00-A00-4-24"),
    Heading("Indstilling"),
    Para("Direktøren for Arbejdsmarked indstiller, at dagsordenen godkendes."),
    _decision("Godkendt."),
    Item(15, "Integrationsindsatsen for flygtninge fra Ukraine - opfølgning"),
    Meta("Sagsnr.: 15.00.00-G01-2-23"),
    Heading("Resumé"),
    Para("Udvalget orienteres om status for integrationsindsatsen for de fordrevne fra Ukraine, som Kildevang "
         "Kommune har modtaget siden marts 2022, og om de erfaringer jobcentret har gjort med sprogundervisning."),
    Heading("Sagsfremstilling"),
    Para("Kommunen har modtaget 212 fordrevne, hvoraf 118 er i beskæftigelse. Sprogskolen har oprettet hold om "
         "aftenen, så borgere i arbejde kan følge undervisningen. Jobcentret vurderer, at beskæftigelsesfrekvensen "
         "kan øges yderligere med en målrettet indsats i samarbejde med de lokale virksomheder."),
    Heading("Vurdering"),
    Para("Administrationen vurderer, at indsatsen har givet gode resultater og bør fortsætte i sin nuværende form."),
    Heading("Indstilling"),
    Para("Direktøren for Arbejdsmarked indstiller, at orienteringen tages til efterretning."),
    _decision("Taget til efterretning."),
    Heading("Bilag"),
    Lines(("Statusnotat integration april 2024",)),
    Item(16, "Budget 2025 - budgetforslag på udvalgets område"),
    Meta("Sagsnr.: 00.30.00-Ø00-7-24"),
    Heading("Sagens forløb"),
    Lines(("05-03-2024 Arbejdsmarkeds- og Integrationsudvalget: Drøftet.",)),
    Heading("Sagsfremstilling"),
    Para("Udvalget skal fremsende budgetforslag for 2025 til Økonomiudvalget. Forslagene omfatter en styrket "
         "indsats for unge uden uddannelse og en reduktion i udgifterne til eksterne konsulenter."),
    Heading("Økonomi"),
    Para("Forslagene giver samlet en besparelse på 2,1 mio. kr. i 2025 og 3,4 mio. kr. fra 2026."),
    Heading("Indstilling"),
    Para("Direktøren for Arbejdsmarked indstiller,"),
    Bullets(("at budgetforslagene fremsendes til Økonomiudvalget",
             "at reduktionen i konsulentudgifterne gennemføres fra 1. januar 2025"), marker="1."),
    _decision("For stemte: A, SF, V (4)", "Imod stemte: O (1)", "Anbefales."),
    Heading("Bilag"),
    Lines(("Budgetforslag 2025 - Arbejdsmarked", "Oversigt over konsulentudgifter 2023",
           "Høringssvar fra Handicaprådet")),
    Item(17, "Lukket punkt: Personalesag"),
    Meta("Sagsnr.: 81.00.00-G00-3-24"),
    Item(18, "Eventuelt"),
    Meta("Sagsnr.: 00.01.00-A00-5-24"),
    Heading("Beslutning"),
    Para("Intet."),
))


# --- 3. a data table on a landscape page, bulleted recommendations, decisions in shaded boxes ----------------------

BOEGELUND = Document(header="Bøgelund Kommune – Referat – Social- og Sundhedsudvalget", blocks=(
    Title("Referat"),
    Title("Social- og Sundhedsudvalget"),
    Labels((
        ("Mødedato", ("14.05.2024",)),
        ("Mødetidspunkt", ("15:00 - 17:00",)),
        ("Mødested", ("Bøgelund Rådhus, mødelokale 1",)),
        ("Deltagere", ("Eva Juhl (A), Thomas Dahl (V), Rikke Bach (F), Søren Krog (V), Nina Lind (Ø)",)),
    )),
    Item(1, "Godkendelse af dagsorden"),
    Meta("Sagsnr.: 24-002001"),
    Heading("Indstilling"),
    Bullets(("at dagsordenen godkendes.",)),
    _decision("Godkendt."),
    Item(2, "Regnskab 2023 for ældreområdet"),
    Meta("Sagsnr.: 24-001450"),
    Heading("Resumé"),
    Para("Regnskabet for ældreområdet viser et samlet forbrug, der ligger tæt på det korrigerede budget."),
    Table("Forbrug på ældreområdet 2023 (1.000 kr.):", (
        ("Område", "Oprindeligt budget", "Korrigeret budget", "Regnskab", "Afvigelse"),
        ("Hjemmepleje", "112.450,0", "114.210,5", "115.032,8", "822,3"),
        ("Plejecentre", "208.733,4", "210.118,0", "209.540,2", "-577,8"),
        ("Træning og rehabilitering", "31.204,6", "31.204,6", "30.988,1", "-216,5"),
        ("I alt", "352.388,0", "355.533,1", "355.561,1", "28,0"),
    )),
    Heading("Indstilling"),
    Para("Sundhed og Omsorg indstiller,"),
    Bullets(("at regnskabet for 2023 tages til efterretning",
             "at mindreforbruget på plejecentrene overføres til 2024")),
    _decision("Ad 1) Taget til efterretning.", "Ad 2) Anbefales."),
    Heading("Bilag"),
    Lines(("Regnskabsnotat ældreområdet 2023", "Specifikation af overførsler")),
    Item(3, "Rammeaftale for det specialiserede socialområde"),
    Meta("Sagsnr.: 24-000877"),
    Heading("Sagens forløb"),
    Lines(("16-04-2024 Handicaprådet: Drøftet.",)),
    Heading("Sagsfremstilling"),
    Para("Kommunerne i regionen indgår hvert andet år en rammeaftale om de specialiserede tilbud. Aftalen for "
         "2025-2026 fastsætter takstudviklingen og de fælles fokusområder."),
    Heading("Indstilling"),
    Para("Sundhed og Omsorg indstiller,"),
    Bullets(("at udvalget anbefaler Kommunalbestyrelsen at godkende rammeaftalen",)),
    _decision("Udvalget kunne ikke anbefale rammeaftalen.", "For stemte: V (2)", "Imod stemte: A, F, Ø (3)",
              "Nina Lind (Ø) deltog ikke i behandlingen af punktet."),
    Item(4, "Lukket punkt: Tilbud om køb af ejendom til botilbud"),
    Meta("Sagsnr.: 24-001999"),
    Item(5, "Orientering fra formanden"),
    Meta("Sagsnr.: 24-002002"),
    Heading("Sagsfremstilling"),
    Para("Formanden orienterede om dialogmødet med Ældrerådet."),
    _decision("Taget til efterretning."),
))


# --- 4. one font, headings told by a blank gap, words hyphenated at line ends -------------------------------------

ULVSBY = Document(header="Ulvsby Kommune - Teknik- og Miljøudvalget - Referat", blocks=(
    Title("Referat"),
    Title("Teknik- og Miljøudvalget"),
    Labels((
        ("Dato", ("3. juni 2024",)),
        ("Tidspunkt", ("kl. 17:00 - 19:30",)),
        ("Sted", ("Byrådssalen, Ulvsby Rådhus",)),
        ("Medlemmer", ("Anders Bæk (V), formand, Gitte Holm (A), Lars Nørgaard (C), Pia Sand (SF), Ib Mørk (V)",)),
        ("Fraværende", ("Ib Mørk (V)",)),
    )),
    Item(21, "Godkendelse af dagsorden"),
    Meta("Sagsnr.: 24-003101"),
    Heading("Beslutning"),
    Para("Godkendt."),
    Item(22, "Klimahandleplan - status på kommunens energirenoveringsprojekter"),
    Meta("Sagsnr.: 24-002877"),
    Heading("Sagsfremstilling"),
    Para("Energirenoveringsprojekterne på kommunens ejendomme er gennemført som planlagt, og beskæftigelsesindsatsen "
         "i bygge- og anlægsbranchen har haft gavn af de mange opgaver. Varmeforbruget på skolerne er faldet, og "
         "klimatilpasningsprojekterne ved åen er sat i gang efter ekspropriationsforretningen."),
    Heading("Økonomi"),
    Para("Der er afsat 22,5 mio. kr. til energirenoveringer i anlægsbudgettet for 2024-2027."),
    Heading("Indstilling"),
    Para("Direktøren for Teknik og Miljø indstiller, at orienteringen om klimahandleplanen tages til efterretning."),
    Heading("Beslutning"),
    Para("Taget til efterretning."),
    Heading("Bilag"),
    Lines(("Statusrapport klimahandleplan 2024",)),
    Item(23, "Trafiksikkerhed på Skolevej - forslag til hastighedsdæmpning"),
    Meta("Sagsnr.: 24-001640"),
    Heading("Sagens forløb"),
    Lines(("06-05-2024 Teknik- og Miljøudvalget: Udsat.",)),
    Heading("Sagsfremstilling"),
    Para("Borgerne på Skolevej har søgt om hastighedsdæmpning. Forvaltningen foreslår to vejbump og en "
         "hastighedsbegrænsning på 40 km/t på strækningen ved skolen, efter at trafiktællingerne viste "
         "gennemsnitshastigheder over den tilladte."),
    Heading("Indstilling"),
    Para("Direktøren for Teknik og Miljø indstiller,"),
    Bullets(("at forslaget om to vejbump godkendes", "at hastighedsbegrænsningen sendes til politiets godkendelse"),
            marker="1."),
    Heading("Beslutning"),
    Lines(("For stemte: V, A, SF (3)", "Imod stemte: C (1)", "Godkendt.")),
    Heading("Bilag"),
    Lines(("Kort over Skolevej", "Trafiktællinger 2024")),
    Item(24, "Lukket punkt: Erstatningssag efter vandskade"),
    Meta("Sagsnr.: 24-002230"),
    Item(25, "Meddelelser"),
    Meta("Sagsnr.: 24-003102"),
    Heading("Beslutning"),
    Para("Intet."),
))

DOCUMENTS = {"frontpage": RAVNSOE, "margin": KILDEVANG, "landscape": BOEGELUND, "plain": ULVSBY}


@cache
def _rendered(style: str, directory: str) -> tuple[bytes, dict[int, int]]:
    path = Path(directory) / f"{style}.pdf"
    starts = render_pdf(DOCUMENTS[style], style, path)
    return path.read_bytes(), starts


@pytest.fixture(scope="module")
def pdf_dir(tmp_path_factory: pytest.TempPathFactory) -> str:
    return str(tmp_path_factory.mktemp("styles"))


@cache
def _parsed(style: str, directory: str) -> Meeting:
    return parse_document(_rendered(style, directory)[0])


# --- the expected values, read off the documents above -------------------------------------------------------------

#: (format, kind, municipality, body, period, date, start_time, end_time, location)
HEADERS: dict[str, tuple[str | None, ...]] = {
    "frontpage": ("pdf", "referat", "Ravnsø", "Beskæftigelsesudvalget", None, "2024-03-07", "16:00", "18:00",
                  "Mødelokale 3, Ravnsø Rådhus, Torvet 1, 4999 Ravnsø (indgang fra Kirkestræde, 1. sal)"),
    "margin": ("pdf", "referat", "Kildevang", KILDEVANG_BODY, None, "2024-04-09", "15:30", "17:45",
               "Udvalgsværelse 2, Kildevang Rådhus"),
    "landscape": ("pdf", "referat", "Bøgelund", "Social- og Sundhedsudvalget", None, "2024-05-14", "15:00", "17:00",
                  "Bøgelund Rådhus, mødelokale 1"),
    "plain": ("pdf", "referat", "Ulvsby", "Teknik- og Miljøudvalget", None, "2024-06-03", "17:00", "19:30",
              "Byrådssalen, Ulvsby Rådhus"),
}

ATTENDANCE: dict[str, tuple[Any, ...]] = {
    "frontpage": ([("Karin Holm", "A", "Formand"), ("Jens Brandt", "V", "Næstformand"), ("Lise Vang", "F", None),
                   ("Mette Krag", "Ø", None)], [("Ole Frost", "C")], [("Peter Lund", "C")]),
    "margin": ([("Hanne Skov", "A", "Formand"), ("Mikael Berg", "V", None), ("Susanne Friis", "SF", None),
                ("Ali Nasser", "A", None)], [("Bodil Rask", "O")], [("Kirsten Hald", "O")]),
    "landscape": ([("Eva Juhl", "A", None), ("Thomas Dahl", "V", None), ("Rikke Bach", "F", None),
                   ("Søren Krog", "V", None), ("Nina Lind", "Ø", None)], [], []),
    "plain": ([("Anders Bæk", "V", "Formand"), ("Gitte Holm", "A", None), ("Lars Nørgaard", "C", None),
               ("Pia Sand", "SF", None)], [("Ib Mørk", "V")], []),
}

#: (number, title, closed, case numbers) of every item.
ITEMS: dict[str, list[tuple[int, str, bool, list[str]]]] = {
    "frontpage": [(1, "Godkendelse af dagsorden", False, ["24-000311"]),
                  (2, "Status på beskæftigelsesindsatsen 2023", False, ["24-001187"]),
                  (3, RAVNSOE_LONG_TITLE, False, ["23-004420"]),
                  (4, "Klage over afgørelse om ressourceforløb", True, ["24-000950"]),
                  (5, "Meddelelser", False, ["24-000312"])],
    "margin": [(14, "Godkendelse af dagsorden", False, ["00.01.00-A00-4-24"]),
               (15, "Integrationsindsatsen for flygtninge fra Ukraine - opfølgning", False, ["15.00.00-G01-2-23"]),
               (16, "Budget 2025 - budgetforslag på udvalgets område", False, ["00.30.00-Ø00-7-24"]),
               (17, "Personalesag", True, ["81.00.00-G00-3-24"]),
               (18, "Eventuelt", False, ["00.01.00-A00-5-24"])],
    "landscape": [(1, "Godkendelse af dagsorden", False, ["24-002001"]),
                  (2, "Regnskab 2023 for ældreområdet", False, ["24-001450"]),
                  (3, "Rammeaftale for det specialiserede socialområde", False, ["24-000877"]),
                  (4, "Tilbud om køb af ejendom til botilbud", True, ["24-001999"]),
                  (5, "Orientering fra formanden", False, ["24-002002"])],
    "plain": [(21, "Godkendelse af dagsorden", False, ["24-003101"]),
              (22, "Klimahandleplan - status på kommunens energirenoveringsprojekter", False, ["24-002877"]),
              (23, "Trafiksikkerhed på Skolevej - forslag til hastighedsdæmpning", False, ["24-001640"]),
              (24, "Erstatningssag efter vandskade", True, ["24-002230"]),
              (25, "Meddelelser", False, ["24-003102"])],
}

SECTIONS: dict[str, dict[int, list[str]]] = {
    "frontpage": {1: ["recommendation", "decision"],
                  2: ["summary", "presentation", "recommendation", "decision", "attachments"],
                  3: ["history", "presentation", "economy", "recommendation", "decision"],
                  4: [], 5: ["presentation", "decision"]},
    "margin": {14: ["recommendation", "decision"],
               15: ["summary", "presentation", "assessment", "recommendation", "decision", "attachments"],
               16: ["history", "presentation", "economy", "recommendation", "decision", "attachments"],
               17: [], 18: ["decision"]},
    "landscape": {1: ["recommendation", "decision"],
                  2: ["summary", "recommendation", "decision", "attachments"],
                  3: ["history", "presentation", "recommendation", "decision"],
                  4: [], 5: ["presentation", "decision"]},
    "plain": {21: ["decision"], 22: ["presentation", "economy", "recommendation", "decision", "attachments"],
              23: ["history", "presentation", "recommendation", "decision", "attachments"],
              24: [], 25: ["decision"]},
}

RECOMMENDATIONS: dict[str, dict[int, list[str]]] = {
    "frontpage": {1: ["at dagsordenen godkendes."],
                  2: ["at status på beskæftigelsesindsatsen 2023 tages til efterretning",
                      "at fokusområderne for 2024 godkendes"],
                  3: ["at den nye model for virksomhedsrettet indsats godkendes."]},
    "margin": {14: ["at dagsordenen godkendes."],
               15: ["at orienteringen tages til efterretning."],
               16: ["at budgetforslagene fremsendes til Økonomiudvalget",
                    "at reduktionen i konsulentudgifterne gennemføres fra 1. januar 2025"]},
    "landscape": {1: ["at dagsordenen godkendes."],
                  2: ["at regnskabet for 2023 tages til efterretning",
                      "at mindreforbruget på plejecentrene overføres til 2024"],
                  3: ["at udvalget anbefaler Kommunalbestyrelsen at godkende rammeaftalen"]},
    "plain": {22: ["at orienteringen om klimahandleplanen tages til efterretning."],
              23: ["at forslaget om to vejbump godkendes",
                   "at hastighedsbegrænsningen sendes til politiets godkendelse"]},
}

#: Outcomes of each open item's one decision.
OUTCOMES: dict[str, dict[int, list[str]]] = {
    "frontpage": {1: ["approved"], 2: ["noted", "approved"], 3: ["approved"], 5: ["noted"]},
    "margin": {14: ["approved"], 15: ["noted"], 16: ["recommended"], 18: ["none"]},
    "landscape": {1: ["approved"], 2: ["noted", "recommended"], 3: ["rejected"], 5: ["noted"]},
    "plain": {21: ["approved"], 22: ["noted"], 23: ["approved"], 25: ["none"]},
}

#: (for, against, abstained) per item with a vote.
VOTES: dict[str, dict[int, list[tuple[list[str], list[str], list[str]]]]] = {
    "frontpage": {3: [(["A", "F", "Ø"], ["V", "C"], [])]},
    "margin": {16: [(["A", "SF", "V"], ["O"], [])]},
    "landscape": {3: [(["V"], ["A", "F", "Ø"], [])]},
    "plain": {23: [(["V", "A", "SF"], ["C"], [])]},
}

ITEM_ABSENT: dict[str, dict[int, list[tuple[str, str | None]]]] = {
    "frontpage": {3: [("Jens Brandt", "V")]}, "margin": {}, "landscape": {3: [("Nina Lind", "Ø")]}, "plain": {},
}

ATTACHMENT_COUNTS: dict[str, dict[int, int]] = {
    "frontpage": {2: 2}, "margin": {15: 1, 16: 3}, "landscape": {2: 2}, "plain": {22: 1, 23: 2},
}

#: (date, body, text, outcomes) of each history entry.
HISTORY: dict[str, dict[int, list[tuple[str, str, str, list[str]]]]] = {
    "frontpage": {3: [("2023-12-12", "Beskæftigelsesudvalget", "Udsat.", ["postponed"]),
                      ("2024-01-09", "Beskæftigelsesudvalget", "Drøftet.", ["discussed"])]},
    "margin": {16: [("2024-03-05", KILDEVANG_BODY, "Drøftet.", ["discussed"])]},
    "landscape": {3: [("2024-04-16", "Handicaprådet", "Drøftet.", ["discussed"])]},
    "plain": {23: [("2024-05-06", "Teknik- og Miljøudvalget", "Udsat.", ["postponed"])]},
}

#: Table rows per item, as printed.
TABLES: dict[str, dict[int, list[list[str]]]] = {
    "frontpage": {2: [["Målgruppe", "2022", "2023", "Ændring"], ["Jobparate", "1.204", "1.118", "-86"],
                      ["Aktivitetsparate", "2.311", "2.347", "36"], ["Sygedagpenge", "1.056", "998", "-58"]]},
    "margin": {},
    "landscape": {2: [["Område", "Oprindeligt budget", "Korrigeret budget", "Regnskab", "Afvigelse"],
                      ["Hjemmepleje", "112.450,0", "114.210,5", "115.032,8", "822,3"],
                      ["Plejecentre", "208.733,4", "210.118,0", "209.540,2", "-577,8"],
                      ["Træning og rehabilitering", "31.204,6", "31.204,6", "30.988,1", "-216,5"],
                      ["I alt", "352.388,0", "355.533,1", "355.561,1", "28,0"]]},
    "plain": {},
}

STYLES = list(DOCUMENTS)


@pytest.mark.parametrize("style", STYLES)
def test_header(style: str, pdf_dir: str) -> None:
    assert _header(_parsed(style, pdf_dir)) == HEADERS[style]


@pytest.mark.parametrize("style", STYLES)
def test_attendance(style: str, pdf_dir: str) -> None:
    assert _attendance(_parsed(style, pdf_dir)) == ATTENDANCE[style]


@pytest.mark.parametrize("style", STYLES)
def test_items(style: str, pdf_dir: str) -> None:
    m = _parsed(style, pdf_dir)
    assert [(i.number, i.title, i.closed, i.case_numbers) for i in m.items] == ITEMS[style]
    for number, _title, closed, _case in ITEMS[style]:
        if closed:
            _assert_bare_closed(_item(m, number))
    assert m.warnings == []


@pytest.mark.parametrize("style", STYLES)
def test_sections(style: str, pdf_dir: str) -> None:
    m = _parsed(style, pdf_dir)
    assert {i.number: _kinds(i) for i in m.items} == SECTIONS[style]


@pytest.mark.parametrize("style", STYLES)
def test_recommendations(style: str, pdf_dir: str) -> None:
    m = _parsed(style, pdf_dir)
    assert {i.number: i.recommendations for i in m.items if i.recommendations} == RECOMMENDATIONS[style]


@pytest.mark.parametrize("style", STYLES)
def test_decisions_and_votes(style: str, pdf_dir: str) -> None:
    m = _parsed(style, pdf_dir)
    assert {i.number: _decisions(i) for i in m.items if i.decisions} == {
        n: [(None, None, outcomes)] for n, outcomes in OUTCOMES[style].items()}
    assert {i.number: [(v.for_, v.against, v.abstained) for v in i.votes] for i in m.items if i.votes} == VOTES[style]


@pytest.mark.parametrize("style", STYLES)
def test_item_absences_attachments_history(style: str, pdf_dir: str) -> None:
    m = _parsed(style, pdf_dir)
    assert {i.number: _names(i.absent) for i in m.items if i.absent} == ITEM_ABSENT[style]
    assert {i.number: len(i.attachments) for i in m.items if i.attachments} == ATTACHMENT_COUNTS[style]
    assert {i.number: [(h.date, h.body, h.text, h.outcomes) for h in i.history]
            for i in m.items if i.history} == HISTORY[style]


@pytest.mark.parametrize("style", STYLES)
def test_tables(style: str, pdf_dir: str) -> None:
    m = _parsed(style, pdf_dir)
    assert {i.number: [row for t in i.tables for row in t.rows] for i in m.items if i.tables} == TABLES[style]


@pytest.mark.parametrize("style", STYLES)
def test_pdf_parses_like_its_text(style: str, pdf_dir: str) -> None:
    data, starts = _rendered(style, pdf_dir)
    # The frontpage design has contents; the margin design's small-caps headings read as capitals.
    text = to_text(DOCUMENTS[style], starts if style == "frontpage" else None, capitals=style == "margin")
    from_text = parse_document(text.encode("utf-8")).to_dict()
    from_pdf = parse_document(data).to_dict()
    assert from_pdf.pop("source")["format"] == "pdf"
    assert from_text.pop("source")["format"] == "text"
    assert _words(from_pdf) == _words(from_text)


def test_the_words_hyphenated_at_line_ends_are_whole(pdf_dir: str) -> None:
    from referat.extract import extract

    text = "\n".join(line.text for line in extract(_rendered("plain", pdf_dir)[0]).lines)
    for word in ("beskæftigelsesindsatsen", "energirenoveringsprojekter", "gennemsnitshastigheder"):
        assert word in text, word
    assert "Teknik- og Miljøudvalget" in text
