"""The language of Danish minutes as data: headings, labels, phrases and names.

Every layout met so far is described here, not in code paths. Headings and phrases
are matched case-insensitively against a line with surrounding markup, spaces and a
trailing colon removed (see :func:`normalise_heading`). New layouts grow these tables.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import cache, lru_cache
from importlib import resources
from typing import Any

# --- section headings -> kind ------------------------------------------------------
SECTION_HEADINGS: dict[str, tuple[str, ...]] = {
    "summary": (
        "resumé", "resume", "sagsresume", "sagsresumé", "anledning", "beslutningstema", "sagens kerne",
        "problemstilling", "kort resumé", "sammenfatning", "formål", "indledning", "baggrund for sagen",
        "hvad skal besluttes", "sammendrag", "præsentation",
    ),
    "presentation": (
        "sagsfremstilling", "sagens indhold", "beskrivelse af sagen", "løsning", "sagsbeskrivelse",
        "redegørelse", "baggrund", "sagens baggrund", "beskrivelse", "sagen", "forslag til løsning",
        "uddybende sagsfremstilling", "supplerende sagsfremstilling", "baggrund og vurdering",
    ),
    "recommendation": (
        "indstilling", "forslag", "administrationens indstilling", "direktionens indstilling",
        "forvaltningens indstilling", "indstillinger", "forslag til beslutning", "indstilling fra direktionen",
        "indstilling og beslutning", "forvaltningen foreslår",
    ),
    "decision": ("beslutning", "afgørelse", "beslutninger", "udvalgets beslutning", "byrådets beslutning",
                 "kommunalbestyrelsens beslutning", "beslutning den", "offentlig beslutning",
                 # a case system's template label over the decision it publishes of a closed item
                 "offentlig beslutning der skal udfyldes, hvis punktet er lukket"),
    "authority": (
        "beslutningskompetence", "kompetence", "sagen afgøres endelig af", "sagsgang og sagstype",
        "sagsgang", "kompetencefordeling", "beslutningsniveau", "endelig beslutning træffes af",
        "kompetenceforhold", "beslutningsproces", "beslutningen træffes af", "beslutning træffes af",
        "sagen afgøres af", "sagen afgøres i", "kompetenceudvalg", "hvem beslutter",
    ),
    "legal_basis": ("lovgrundlag", "retligt grundlag", "lovhjemmel", "hjemmel", "juridisk grundlag",
                    "retsgrundlag", "lovgivning", "regelgrundlag"),
    "economy": (
        "økonomi", "økonomi og finansiering", "økonomiske og personalemæssige konsekvenser",
        "økonomiske konsekvenser", "bevillingsmæssige konsekvenser", "finansiering", "økonomi og personale",
        "økonomiske forhold", "økonomisk konsekvens", "bevillingsmæssige forhold",
        "økonomiske konsekvenser og finansiering", "økonomi og organisatoriske konsekvenser",
    ),
    "assessment": ("vurdering", "administrationens vurdering", "forvaltningens vurdering", "faglig vurdering",
                   "administrationens bemærkninger", "direktionens vurdering",
                   "forvaltningens bemærkninger"),
    "options": ("handlemuligheder", "alternativer", "handlingsmuligheder", "mulige løsninger"),
    "policy": ("vision, politikker og strategier", "politikker og strategier", "strategisk sammenhæng",
               "sammenhæng med politikker", "politisk sammenhæng", "vision og strategi",
               "sammenhæng til vision og politikker"),
    "consequences": ("tværgående konsekvenser", "konsekvenser", "miljømæssige konsekvenser",
                     "klimamæssige konsekvenser", "konsekvenser for borgerne", "personalemæssige konsekvenser"),
    "history": ("sagens forløb", "sagsforløb", "tidligere beslutninger", "historik", "tidligere behandling",
                "politisk behandling", "tidligere politisk behandling", "punktet behandlet tidligere"),
    "attachments": ("bilag", "bilagsliste", "vedhæftede bilag", "bilagsfortegnelse", "bilag til sagen"),
    "absent": ("fraværende", "afbud", "fravær", "fraværende med afbud", "fraværende uden afbud",
               "fraværende i mødet", "afbud fra"),
    "other": (
        "høring", "høringssvar", "kommunikation", "tidsplan", "videre proces", "det videre forløb",
        "borgerinddragelse", "bemærkninger", "udtalelse", "udtalelser", "implementering", "proces",
        "risici", "risikovurdering", "bæredygtighed", "klima", "inddragelse", "opfølgning",
        "lukket begrundelse", "text", "tekst",
    ),
}

#: A dated decision heading: ``Beslutning i Byrådet den 12. april 2021:`` or ``Beslutning den :``.
DECISION_HEADING = re.compile(
    r"^(?:(?:beslutning|afgørelse)(?:\s+(?:i\s+)?(?P<body>[A-ZÆØÅ].+?))?|(?P<owner>\S.{1,100}?)s\s+beslutning)"
    r"(?:\s+(?:den|d\.|fra mødet den|på mødet den)|,(?=\s*\d{1,2}[.-]\d{1,2}[.-]\d{2,4}\s*:?\s*$)"
    # "Beslutning i Byrådet 9. oktober 2018:": the date right after the body
    r"|(?<!\bden)(?<!\bd\.)(?<!beslutning)\s+(?=\d{1,2}(?:\.\s*[a-zæøå]+\.?\s+|[.-]\d{1,2}[.-])\d{2,4}\s*:?\s*$))\s*"
    r"(?P<date>[^:]{0,40}?)\s*:?\s*$",
    re.IGNORECASE,
)

#: A dated decision heading behind a colon: ``BESLUTNING: Økonomiudvalget den 09-12-2021`` (the body must end in a
#: body word, so that a decision such as ``Beslutning: Godkendt den 5. maj`` is no heading).
DECISION_HEADING_LABELLED = re.compile(
    r"^(?:beslutning|afgørelse)\s*:\s*(?:i\s+)?(?P<body>[A-ZÆØÅ][^:]{1,80}?)\s+(?:den|d\.)\s+(?P<date>[^:]{1,40}?)\s*:?\s*$",
    re.IGNORECASE,
)

#: A date in a decision heading: ``13.11.2023``, ``4. maj 2023``.
_DATE_OF_HEADING = r"\d{1,2}[-./]\d{1,2}[-./]\d{2,4}|\d{1,2}\.\s*[a-zæøå]+\.?\s+\d{4}"
#: The same in brackets: ``Beslutning (Økonomiudvalget 13.11.2023)``, ``Beslutning [Byrådet, den 4. maj 2023]``.
DECISION_HEADING_BRACKETED = re.compile(
    r"^(?:beslutning|afgørelse)\s*[(\[]\s*(?:i\s+)?(?P<body>[A-ZÆØÅ][^()\[\]:]{1,80}?)(?:\s*,\s*|\s+)(?:den\s+|d\.\s*)?"
    r"(?P<date>" + _DATE_OF_HEADING + r")\s*[)\]]\s*:?\s*$",
    re.IGNORECASE,
)

#: A body, a date and maybe the item's number there, alone on a line, over what that body decided:
#: ``Kultur- og Idrætsudvalget, 03-04-2019, pkt. 42``, ``Teknik- og Miljøudvalget, 10. september 2019, pkt. 65:``,
#: ``Fritids-, Kultur- og Forebyggelsesudvalget, d. 14. august 2013:``, ``Økonomiudvalget, 15. marts 2016.`` (under
#: ``Historik``), or without the comma but with a colon: ``Børne- og Skoleudvalget den 6. november 2018:`` (inside
#: ``Indstilling og beslutning``). The body must end in a body word.
DECISION_HEADING_DATED_BODY = re.compile(
    r"^(?!(?i:beslutning|afgørelse)\b)(?P<body>[A-ZÆØÅ][^:]{2,80}?)"
    r"(?:,\s*(?:den\s+|d\.\s*)?(?P<date>" + _DATE_OF_HEADING + r")(?:\s*,\s*(?:pkt|punkt)\.?\s*\d{1,4})?\s*[:.]?"
    r"|\s+den\s+(?P<date_after_den>" + _DATE_OF_HEADING + r")\s*:"
    # "Økonomiudvalget 17-05-2022" on a line of its own above the text: only a date in figures
    r"|\s+(?P<date_figures>\d{1,2}[-.]\d{1,2}[-.]\d{4}))\s*$")

#: An undated decision heading naming its body in the genitive: ``Økonomiudvalgets beslutning``, ``REGIONSRÅDETS
#: BESLUTNING`` (the name, one word, must end in a body word and its ``s``).
DECISION_HEADING_OWNER = re.compile(r"^(?P<owner>[A-ZÆØÅ][\w-]{2,60}?)s\s+(?:beslutning|afgørelse)\s*:?$",
                                    re.IGNORECASE)

#: Labels that head an item's decision only with a colon, as what was minuted: ``Referat: Godkendt.`` (alone on a
#: line, ``Referat`` is the document's kind).
DECISION_COLON_LABELS = frozenset({"referat"})

#: Words that open a decision heading, never a body's name.
DECISION_WORDS = re.compile(r"^(?:beslutning|beslutninger|afgørelse|indstilling)\b", re.IGNORECASE)

#: Where a PDF copy that flattened each page or item into one paragraph is cut back into lines (see
#: parse/unflatten.py): item metadata labels, and the section headings that open a part of an item.
FLAT_LABELS = ("sagsnr", "sagsid", "sagnr", "sagsansvarlig", "sagsbehandler", "fraværende", "afbud", "dok.nr",
               "dok. nr", "kompetenceudvalg", "beslutningskompetence", "bilag",
               # a cover's labels: "… REFERAT Sted: … Dato: Mandag den 8. april 2013 Start kl.: 14:00 Medlemmer: …"
               "mødedato", "mødested", "mødetidspunkt", "mødelokale", "sted", "dato", "start kl", "slut kl",
               "medlemmer", "deltagere", "mødet hævet", "møde slut")
FLAT_HEADINGS = ("resume", "resumé", "sagsfremstilling", "beslutningstema", "indstilling", "beslutning",
                 "sagens indhold", "økonomi", "lovgrundlag", "bilag", "baggrund", "vurdering", "sagsforløb")

#: Words a title goes on after: a capitalised word behind one is a name inside the title (``til Lokalplan 72.1``,
#: ``vedrørende TÅRNBYFORSYNING``), not the next title of a contents list that lost its numbers.
TITLE_LINK_WORDS = frozenset({"af", "for", "til", "fra", "på", "i", "med", "om", "og", "eller", "samt", "ved", "under",
                              "over", "efter", "mellem", "hos", "mod", "den", "det", "de", "en", "et", "som", "vedr.",
                              "vedrørende", "angående", "ang.", "jf.", "iht.", "ifm.", "inkl.", "ift.", "at", "der",
                              "hvor", "the", "of", "and", "&", "-", "–", "—"})

#: Item types some systems print before each title (``Beslutning: Budgetopfølgning``, ``Orientering: Meddelelser``,
#: ``Beslutning og frigivelse af anlægsmidler: ...``): in a contents list flattened into one paragraph they are
#: where one title ends and the next begins.
ITEM_TYPE_PREFIXES = ("beslutning", "orientering", "drøftelse", "temadrøftelse", "godkendelse", "meddelelse",
                      "meddelelser", "høring", "indstilling")

#: ``Borgmesteren indstiller, at dagsordenen godkendes.``: intro and recommendation on one line.
RECOMMENDATION_INLINE = re.compile(r"^(?P<who>[^.]{2,160}?)\s+indstiller\s*[,:]?\s+(?P<rec>at\s+\S.*)$", re.IGNORECASE)

#: ``Direktionen indstiller:`` and the like open a recommendation without a heading.
RECOMMENDATION_INTRO = re.compile(r"^(?P<who>[^.]{2,160}?)\s+indstiller\s*[,:.]?\s*(?:at\s*[:.]?)?$",
                                  re.IGNORECASE)

# --- meeting header labels ---------------------------------------------------------
HEADER_LABELS: dict[str, tuple[str, ...]] = {
    "date": ("mødedato", "dato", "mødedag", "dato og tid", "tid og sted"),
    "time": ("tidspunkt", "mødetidspunkt", "mødetid", "tidsrum", "starttidspunkt", "mødestart", "start", "kl",
             "tid", "start kl"),
    "end": ("sluttidspunkt", "mødeslut", "møde slut", "mødet slut", "mødet sluttede", "slut", "mødet hævet",
            "afsluttet", "slut kl"),
    "location": ("mødested", "sted", "lokale", "mødelokale", "lokation", "adresse"),
    "participants": ("mødedeltagere", "deltagere", "medlemmer", "til stede", "tilstede", "deltagere i mødet",
                     "udvalgsmedlemmer"),
    "absent": ("fraværende", "afbud", "afbud fra", "fraværende medlemmer", "fraværende med afbud",
               "fraværende med forfald", "ikke til stede", "meldt afbud", "forfald", "afbud/fraværende",
               "fraværende/afbud"),
    "body": ("udvalg", "forum", "organ", "udvalgsnavn"),
    "meeting": ("møde", "mødetype"),
    "period": ("valgperiode", "periode"),
    # remarks and notes on the meeting, read past: "Bemærkninger Seniorrådet er inviteret ..."
    "note": ("bemærkninger", "bemærk", "information", "note"),
}

#: Label words that also open values and sentences ("Mødelokale 1, Rådhuset", "Tid og sted for ...", "Møde i
#: Byrådet"): without a colon, capitals or a table cell they are a label only before a date or a time.
AMBIGUOUS_LABELS = frozenset({"lokale", "mødelokale", "sted", "adresse", "lokation", "tid", "start", "slut", "kl",
                              "møde", "udvalg", "forum", "organ", "periode", "dato", "afsluttet"})

#: A site's icon beside a label, copied as its alternative text (``Udvalg Ikon``, then the value below): no value.
LABEL_ICON_WORDS = frozenset({"ikon", "icon"})

#: The word that opens the title line and what kind of document it makes.
DOCUMENT_KINDS: dict[str, str] = {"referat": "referat", "dagsorden": "dagsorden", "beslutningsprotokol": "referat",
                                  "protokol": "referat", "mødereferat": "referat", "godkendt referat": "referat",
                                  # an agenda printed with the decisions taken: Rudersdal's name for its minutes
                                  "dagsorden med vedtagelser": "referat", "dagsorden med beslutninger": "referat"}
#: What a page's title names after a body's name and a dash, other than the document's kind: ``Forretningsudvalg -
#: mødesager`` (a publication's list of the meeting's cases).
BODY_PAGE_SUFFIXES = frozenset({"mødesager", "sager", "punkter", "dagsordenspunkter"})

#: Labels of an item's metadata lines that are neither sections nor case numbers
#: (``Sagsansvarlig: Karen Brix``); such lines are read past.
ITEM_METADATA_LABELS = ("sagsansvarlig", "sagsbehandler", "ansvarlig", "ansvarlig forvaltning", "forfatter",
                        "udarbejdet af", "ansvarlig afdeling", "sagsansvarlig forvaltning", "ansvarlig enhed",
                        "sagsejer", "journalnøgle", "sagsinitialer", "initialer")

#: Words that make an unlabelled header line a place: ``Byrådssalen, Stenvig Rådhus``.
PLACE_WORDS = re.compile(r"rådhus|salen\b|mødesal|mødelokale|udvalgsværelse|lokale\b|\bteams\b|webex|zoom|\bskype\b",
                         re.IGNORECASE)

#: A web page's controls kept as text by a copy of it: no part of any item.
CHROME_LINE = re.compile(r"^(?:kopier link(?: til punktet)?(?:\s*-\s*print)?|hent som pdf|print|udskriv|tip en ven"
                         r"|fold alle punkter(?: ud| sammen)?|luk|vis mere|vis mindre|til toppen|del siden"
                         r"|tilbage til (?:forsiden|toppen|oversigten|oversigt)|få siden oplæst|se alle bilag"
                         r"|fold alle ud|[.…\s]+)$", re.IGNORECASE)

#: A sentence announcing the document's kind: ``Det foregår i Sparekassen Thy Arena med nedenstående dagsorden:``.
KIND_ANNOUNCED = re.compile(r"\b(?:med|efter|på)\s+(?:nedenstående|følgende|denne)\s+(?P<kind>dagsorden)\b",
                            re.IGNORECASE)

#: A web page's breadcrumb trail kept as text: ``Hjem Politiske udvalg Seneste fra byrådet``; no body's name.
BREADCRUMB = re.compile(r"^(?:hjem|forside|du er her)\b\s*[:>/»›]?\s*\S", re.IGNORECASE)

#: A contact line of a web page's footer kept by a plain-text export: parts joined by ``·`` or ``|``,
#: one of them a postcode, a phone number or a web address.
FOOTER_LINE = re.compile(r"^(?=.*(?:\b\d{4}\s+[A-ZÆØÅ]|\b(?:tlf|telefon|cvr)\b|www\.))[^·|]{2,80}"
                         r"(?:\s[·|]\s[^·|]{1,80}){2,}$", re.IGNORECASE)

# --- items ---------------------------------------------------------------------------
#: Phrases that mark an item as closed: one set, each phrase recognised in every position (see
#: :mod:`referat.parse.closed`): before the title after a separator (``Lukket: ...``, ``Lukket – ...``) or in
#: brackets (``[Lukket] ...``), after the title after a dash or in brackets (``... – Lukket``,
#: ``... (Lukket dagsordenspunkt)``), as the whole heading, or as a status line of its own (``Lukket møde``).
#: A space inside a phrase also matches a dash (``Til behandling – for lukkede døre``).
CLOSED_MARKERS: tuple[str, ...] = (
    "lukket", "lukket punkt", "lukket sag", "lukket dagsordenspunkt", "lukket dagsordenpunkt", "lukket møde",
    "lukket behandling", "fortrolig", "fortroligt", "fortroligt punkt", "fortrolig sag", "fortroligt møde",
    "fortroligt dagsordenspunkt", "for lukkede døre", "til behandling for lukkede døre",
    "behandles for lukkede døre", "punkt til lukket behandling", "punkt til fortrolig behandling",
)
#: Forms of an item heading line, each with its base strength. A candidate line becomes a heading only when
#: its strength and the signals around it (markup, the contents, a case number or section below) add up.
#: An optional bullet and status may stand before the number (``• 3``, ``Åbent punkt 4``, ``(Lukket) 5.``,
#: ``Lukket - 6.``, ``Fortroligt 7.``: any closing marker, which closes the item), or in brackets after a
#: labelled number (``Punkt 8 (lukket): ...``).
def marker_alternation(phrases: Iterable[str]) -> str:
    """Phrases as one pattern alternation, longest first (``lukket punkt`` before ``lukket``); a space inside a
    phrase also matches a dash (``til behandling – for lukkede døre``)."""
    return "|".join(r"(?:\s*[-–—]\s*|\s+)".join(re.escape(word) for word in phrase.split())
                    for phrase in sorted(phrases, key=len, reverse=True))


_STATUS_WORDS = marker_alternation(("åben", "åbent", *CLOSED_MARKERS))
_ITEM_LEAD = (r"^(?:[•·▪◦]\s*)?(?:(?P<status>[(\[]?(?i:" + _STATUS_WORDS + r")[)\]]?)\s*[:.\-–—]?\s+"
              r"(?:(?i:punkt|sag)\s+)?(?=\d|(?i:punkt|pkt)))?")
ITEM_HEADING_FORMS: tuple[tuple[str, float, re.Pattern[str]], ...] = (
    # "Sag 4" and "§ 4" too, but not a case number after "Sag" ("Sag 306-2009-600", "Sag 12/345").
    ("labelled", 3.0, re.compile(_ITEM_LEAD + r"(?!sag\s*\d{1,4}\s*[-–/.]\s*\d)"
                                 r"(?:punkt|pkt\.?|dagsordenspunkt|dagsordenpunkt|sag\s+nr\.?|nr\.?|sag|§)"
                                 r"\s*(?P<num>\d{1,4})\b(?:\s*[(\[](?P<after>" + _STATUS_WORDS + r")[)\]])?"
                                 r"\s*(?P<mark>[:.)-]|–)?\s*(?P<title>.*)$", re.IGNORECASE)),
    ("marked", 2.0, re.compile(_ITEM_LEAD + r"(?P<num>\d{1,4})\s*(?P<mark>[.)]|:|\s[-–])(?:\s+|(?=[^\d\s]))"
                               r"(?P<title>\S.*)$", re.IGNORECASE)),
    ("bare", 1.0, re.compile(_ITEM_LEAD + r"(?P<num>\d{1,4})\s+(?P<title>[A-ZÆØÅ0-9\"'«„(].*)$")),
    ("glued", 1.0, re.compile(_ITEM_LEAD + r"(?P<num>\d{1,3})(?P<title>[A-ZÆØÅ][a-zæøå].*)$")),
    ("lone", 1.0, re.compile(_ITEM_LEAD + r"(?P<num>\d{1,4})\s*[.:]?$", re.IGNORECASE)),
)
#: A numbered sub-item's heading under its item: ``1.1 Status siden sidst`` under ``1 First Agenda``.
SUB_ITEM_HEADING = re.compile(r"^\d{1,3}\.\d{1,2}\.?\s+[A-ZÆØÅ]")
#: How a line of any of those forms starts: the lead, then a digit or a label's first letters. A cheap first
#: test, since every line of a document is tried against the forms.
ITEM_HEADING_START = re.compile(_ITEM_LEAD + r"(?:\d|punkt|pkt|dagsorden|sag|nr|§)", re.IGNORECASE)

#: Headings between items that open the closed part of the agenda, and the open part: every item after
#: ``Lukkede punkter`` is closed, until ``Åbne punkter``.
CLOSED_PART_HEADINGS = frozenset({"lukkede punkter", "lukkede sager", "lukkede dagsordenspunkter",
                                  "lukkede dagsordenpunkter", "lukket dagsorden", "lukket del",
                                  "punkter for lukkede døre", "sager for lukkede døre", "lukket del af mødet"})
OPEN_PART_HEADINGS = frozenset({"åbne punkter", "åbne sager", "åbne dagsordenspunkter", "åbne dagsordenpunkter",
                                "åben dagsorden", "åben del", "åben del af mødet"})
#: A document that says it is closed as a whole: ``Lukket referat``, ``Referat - lukket møde``, ``Fortroligt referat``.
#: Every item of it is closed. (``Lukket dagsorden`` is not one: it heads the closed part of many agendas.)
CLOSED_DOCUMENT = re.compile(r"^(?:(?:referat|dagsorden)\s*(?:[-–—:]\s*|\s)|[(\[])?(?:lukket|fortroligt?)\s+"
                             r"(?:referat|møde|dagsorden og referat)[)\]]?$|^(?:referat|dagsorden)\s*[-–—:]?\s*"
                             r"[(\[]?(?:lukket|fortroligt?)[)\]]?$", re.IGNORECASE)
#: The open counterpart, ``Åbent referat``: a document that has one is not closed as a whole, and its ``Lukket
#: referat`` heads its closed part (Ballerup's eDoc).
OPEN_DOCUMENT = re.compile(r"^(?:(?:referat|dagsorden)\s*(?:[-–—:]\s*|\s))?åbent?\s+(?:referat|møde|dagsorden)$"
                           r"|^(?:referat|dagsorden)\s*[-–—:]?\s*[(\[]?åbent?[)\]]?$", re.IGNORECASE)
#: Separators between a closing marker and the title: colon, full stop and the three dashes.
CLOSED_SEPARATORS = ":.-–—"
#: An open status in brackets before or after a title (``(Åben) Meddelelser fra formanden``), or bare before it.
OPEN_MARK = re.compile(r"^\s*[(\[](?:åben|åbent)(?: punkt| sag)?[)\]]\s*"
                       r"|\s*[(\[](?:åben|åbent)(?: punkt| sag)?[)\]]\s*$"
                       # "1 Åbent Meddelelser fra formanden": the bare word before a title that opens in capitals
                       r"|^(?-i:Åbent|Åben|ÅBENT|ÅBEN)\s+(?=(?-i:[A-ZÆØÅ]))", re.IGNORECASE)
#: Status lines of an open item.
OPEN_STATUS_LINES = frozenset({"åbent", "åben", "åbent punkt", "åben sag", "åbent møde", "åbent dagsordenspunkt",
                               "åben dagsordenspunkt"})

#: A committee prefix before the title (``JAI - ``, ``SSÆ/BU/JAI - ``).
ITEM_PREFIX = re.compile(r"^(?P<prefix>[A-ZÆØÅ]{2,8}(?:/[A-ZÆØÅ]{2,8})*)\s+-\s+")
#: A type suffix: (B) beslutning, (O) orientering, (D) drøftelse.
ITEM_TYPE = re.compile(r"\((?P<type>[BOD])\)\s*$")

#: Titles of items that carry the members' signatures.
SIGNATURE_TITLES = re.compile(r"underskrift", re.IGNORECASE)

# --- table of contents -------------------------------------------------------------
#: Headings over a contents list. The ambiguous ones also title whole documents or sections.
TOC_HEADINGS = ("indholdsfortegnelse", "indhold", "dagsorden", "oversigt over punkter", "punktoversigt",
                "punkter", "punkter på dagsordenen", "sagsoversigt", "dagsordenspunkter", "dagsordenpunkter",
                "punkter til dagsorden", "sagsliste", "referat", "dagsorden og referat",
                "indholdsfortegnelse punkter til dagsorden", "punkter til behandling",
                "beslutningsprotokol", "lukket dagsorden", "åben dagsorden", "indholdsfortegnelse åbent møde",
                "indholdsfortegnelse lukket møde", "følgende sager behandles", "følgende sager blev behandlet")
#: Contents headings that also title a document: a list under them must be confirmed by the body.
TOC_AMBIGUOUS_HEADINGS = frozenset({"dagsorden", "referat", "indhold", "beslutningsprotokol", "dagsorden og referat",
                                    "lukket dagsorden", "åben dagsorden"})  # these also head a part of the items
#: Column labels printed over the contents' entries (``Side``, ``Punkt | Titel``).
TOC_COLUMN_LABELS = ("side", "sidetal", "sidenr", "punkt", "pkt", "punkt side", "pkt side", "nr side", "titel",
                     "punkt titel", "nr", "nr.", "overskrift", "emne", "sag", "punkt titel side", "nr titel",
                     "punkt nr", "punkt nr. side", "punkt nr side", "pkt. nr. side", "nr. side", "tekst", "tekst side",
                     "pkt. tekst side", "pkt tekst side", "punkt tekst side", "sag nr. side", "sag nr side", "sag nr.",
                     "sag nr", "pkt. tekst", "pkt tekst", "punkt tekst", "sagsnr. side", "sidenr sagsnr. side",
                     "sag tekst", "sag tekst side", "sag tekst sidenr")
#: Agenda titles of one word that recur at every meeting: in a contents list run together, such a word opens a title
#: of its own even after a name (``… i stedet for Allan Gjersbøl Jørgensen Spørgetid Anvendelse af …``).
ONE_WORD_TITLES = frozenset({"eventuelt", "meddelelser", "spørgetid", "orientering", "orienteringer",
                             "orienteringssager", "spørgsmål", "underskrifter", "underskriftsblad", "drøftelse"})
#: A group heading over the contents' closed part: ``Lukkede dagsordenspunkter``, ``Til behandling - for lukkede
#: døre``, ``Indholdsfortegnelse lukket møde``.
CLOSED_GROUP = re.compile(r"^\s*lukkede?\b|\bfor lukkede døre\b|\blukket møde$|\(lukkede punkter\)$", re.IGNORECASE)
#: A group line that names its items' access and what they are for, opening a bare list of the meeting's items
#: with no contents heading: ``Til behandling (åbne punkter)``, ``Til orientering (lukkede punkter)``.
STATUS_GROUP = re.compile(r"^til\s+(?:behandling|orientering|beslutning|drøftelse|godkendelse)\s*"
                          r"\((?:åbne|lukkede)\s+punkter\)$", re.IGNORECASE)
#: A group line that names only its items' access: ``Åbne sager``, ``Lukkede sager``, over the contents or the body.
ACCESS_GROUP = re.compile(r"^(?:åbne|lukkede)\s+(?:sager|punkter|dagsordenspunkter)$", re.IGNORECASE)
#: The column labels that name a contents list's page column.
PAGE_COLUMN_LABELS = frozenset({"side", "sidetal", "sidenr"})
#: Unnumbered contents entries that are pages of the document rather than agenda items.
TOC_NOT_ITEMS = frozenset({"bilagsoversigt", "bilagsliste", "bilagsfortegnelse", "underskriftsside", "underskriftside",
                           "underskriftsblad", "underskrifter", "indholdsfortegnelse", "deltagerliste"})
#: A group heading inside the contents or the body: ``A. Sager til afgørelse i byrådet``, ``Lukkede punkter``.
TOC_GROUP = re.compile(r"^(?:[A-ZÆØÅ][.)]\s+\S.{2,80}|(?:åbne|lukkede|åbent|lukket)\s+(?:punkter|sager|møde|del"
                       r"|dagsordenspunkter|dagsordenpunkter)|(?:åben|lukket) dagsorden|sager til \S.{2,60}"
                       r"|åbne|lukkede|(?:beslutnings|efterretnings|orienterings|drøftelses|godkendelses)sager"
                       r"|til\s+(?:behandling|orientering|beslutning|drøftelse|godkendelse)\s*\((?:åbne|lukkede)\s+punkter\)"
                       # "Til behandling - for lukkede døre...xv": a group of a contents list, maybe with its page
                       r"|\S.{0,40}\bfor (?:åbne|lukkede) døre(?:\s*(?:\.{2,}|…)\s*(?:\d{1,4}|[ivxl]{1,6}))?)$",
                       re.IGNORECASE)
#: An item number before a contents title: ``1 Godkendelse af dagsorden``, ``45. ...``, ``Punkt 3: ...``.
#: A contents entry's number, maybe with its access before it (``åbent 1 Title``, ``lukket 12 Title``).
TOC_NUMBER = re.compile(r"^(?:[-–•·▪◦]\s*)?(?:(?P<status>åbent|åben|lukket)\s+(?=\d))?(?:(?:punkt|pkt\.?|nr\.?)\s*)?"
                        r"(?P<num>\d{1,4})(?:\s*(?:[.:)]|\s-)?\s+(?=\S)|\.(?=(?-i:[A-ZÆØÅ])))", re.IGNORECASE)
#: A contents line with its page after a dot leader or a tab; front matter numbers its pages in Roman numerals.
TOC_LINE = re.compile(r"^(?P<title>\S.*?)\s*(?:\.{2,}|…+|\t)\s*(?:\.{2,}\s*)?(?P<page>\d{1,4}|[ivxl]{1,6})\s*$")
#: An unnumbered contents entry under a contents heading: ``- Godkendelse af dagsorden``.
TOC_BULLET = re.compile(r"^[-–•·▪◦*]\s*(?P<title>\S.*)$")

# --- case and document numbers -------------------------------------------------------
#: Municipality code - year - serial: ``330-2021-15739`` (the code names the municipality).
MUNICIPALITY_CASE_NUMBER = re.compile(r"(?<![\w-])\d{3}-\d{4}-\d{1,8}(?![\w-])")
#: A KLE subject code with its facet before the case, on a line of its own or behind a label:
#: ``15.20G00 - 2013/01963``; the case number is the part after the code (as in ``Åbent - 00.01.00A04 - 2019/34364``).
SUBJECT_THEN_CASE = re.compile(r"^\d{2}\.\d{2}(?:\.\d{2})?[A-ZÆØÅ]\d{2}\s?-\s?(?P<case>(?:19|20)?\d{2}/\d{3,8})$")
CASE_NUMBER_PATTERNS: tuple[re.Pattern[str], ...] = (
    # KLE subject code + action facet + serial + year: 15.20.00A00-1-22, 00.01.00-A00-1-24
    re.compile(r"(?<![\w.])\d{2}\.\d{2}\.\d{2}-?[A-ZÆØÅ0-9]\d{2}-\d{1,7}-\d{2,4}(?![\w-])"),
    # KLE subject code + action facet + serial, no year (Bornholm's journal numbers): 85.02.02G00-0005
    re.compile(r"(?<![\w.])\d{2}\.\d{2}\.\d{2}[A-ZÆØÅ]\d{2}-\d{3,7}(?![\w-])"),
    MUNICIPALITY_CASE_NUMBER,
    # year - serial with a four-digit year (Copenhagen): 2023-0012345
    re.compile(r"(?<![\w.-])(?:19|20)\d{2}-\d{5,8}(?![\w.-])"),
    # year - serial: 22-001317, 21-3658A
    re.compile(r"(?<![\w.-])\d{2}-\d{3,7}[A-Z]?(?![\w.-])"),
    # a case system's prefix - year - serial: EMN-2023-009832
    re.compile(r"(?<![\w-])[A-ZÆØÅ]{2,6}-(?:19|20)\d{2}-\d{3,8}(?![\w-])"),
    # four-digit year / serial: 2007/34364
    re.compile(r"(?<![\w/.-])(?:19|20)\d{2}/\d{3,8}(?![\w/])"),
)
#: Case numbers read only as a whole line of their own, since in running text they may be something else: a
#: two-digit year / serial (``12/15486``) and a KLE subject code with its facet alone (``00.22.04G01``).
BARE_CASE_NUMBERS = re.compile(r"^(?:\d{2}/\d{4,7}|\d{2}\.\d{2}\.\d{2}[A-ZÆØÅ]\d{2})$")
CASE_LABEL = re.compile(
    r"^(?:sagsnr|sags nr|sagsnummer|sagnr|sag nr|sagsid|sags-?id|sag|journalnr|j\.\s?nr|journal nr|acadre sagsnr"
    r"|sbsys sagsnr|emnenr|emne nr)\.?(?:\s+i\s+[A-ZÆØÅa-zæøå]{2,12})?\s*:?\s*"
    r"(?P<value>[\w./-]*\d[\w./-]*(?:\s?-\s?[\w./-]*\d[\w./-]*)?)\s*[.,]?\s*$",
    re.IGNORECASE,
)
DOCUMENT_LABEL = re.compile(r"^(?:dok\.?\s?nr|dokumentnr|dokumentnummer|dok\. nr)\.?\s*:?\s*(?P<value>\S+)\s*$",
                            re.IGNORECASE)
#: A document number opening an attachment line: ``330-2021-74262 Status på ...``.
ATTACHMENT_DOCUMENT = re.compile(r"^(?P<doc>\d{3}-\d{4}-\d{1,8})\s+(?P<title>\S.*)$")
#: A list marker before an entry (an attachment, a member): ``- ``, ``• ``, ``1. ``, ``2) ``.
#: ``Bilag 3 - ...`` is no marker: it is the attachment's title as named.
LIST_MARKER = re.compile(r"^(?:[-–•*·▪◦]\s*|\d{1,3}\s*[.)]\s+)(?=\S)")
#: A portal's file type and size after an attachment's link: ``(PDF, 245 KB)``, ``[docx - 1,2 MB]``, ``(3 sider)``.
ATTACHMENT_FILE_INFO = re.compile(r"\s*[(\[]\s*(?:(?:pdf|docx?|xlsx?|pptx?|odt|rtf|txt|jpe?g|png|zip|msg)\b"
                                  r"\s*[,;:-]?\s*)?(?:[\d.,]+\s*(?:[kmg]b|bytes?|sider?)\b)?\s*[)\]]\s*$",
                                  re.IGNORECASE)

#: A portal's file-type badge before an attachment's title, run into it: ``PDFReferat fra møde den 22. september``.
ATTACHMENT_FILE_BADGE = re.compile(r"^(?:PDF|DOCX?|XLSX?|PPTX?)\s*(?=[A-ZÆØÅ0-9])")
#: What an attachments list holds besides titles: a portal's count of the files (``1``).
ATTACHMENT_COUNT = re.compile(r"^\d{1,3}$")

# --- decisions -------------------------------------------------------------------------
#: Outcome phrases per outcome, tried in this order on each clause of a decision.
#: ``start`` phrases must open the clause; ``anywhere`` phrases may stand inside it.
OUTCOME_PHRASES: tuple[tuple[str, str, str], ...] = (
    ("not_released", "anywhere", r"beslutning(?:en)? (?:er )?ikke frigivet|ikke frigivet"),
    ("rejected", "start", r"ikke godkendt|forkastet|afvist|(?:sagen |ansøgningen |klagen |forslaget )?afvises|afslået"
                          r"|afslag|indstillingen (?:blev )?ikke "
                          r"(?:godkendt|tiltrådt)|forslaget faldt|faldt|kunne ikke (?:godkende|anbefale|tiltræde)"),
    ("rejected", "anywhere", r"\bforslaget blev forkastet|\bblev forkastet|\bblev afvist|\bikke godkendt\b"
                             r"|\b(?:meddeler|meddelte|giver|gav) afslag\b|\bforslaget faldt\b"
                             r"|\bforslaget (?:blev )?ikke vedtaget\b"),
    ("withdrawn", "start", r"udgår|udgik|trukket|sagen (?:blev )?trukket|punktet (?:blev )?trukket"
                           r"|sagen udgår|punktet udgår"),
    ("withdrawn", "anywhere", r"\btrukket (?:af|fra) dagsordenen\b|\bsagen udgår\b|\bpunktet udgår\b"),
    ("postponed", "start", r"udsat|udsættes|sagen (?:blev )?udsat|sagen udsættes|punktet (?:blev )?udsat"
                           r"|punktet udsættes|udskudt"),
    ("postponed", "anywhere", r"\b(?:sagen|punktet) (?:blev )?(?:udsat|udsættes)\b|\budsætter sagen\b"
                               r"|\bsagens behandling (?:blev )?(?:udsat|udsættes)\b|\bbesluttede at udsætte\b"
                               r"|\budsatte (?:sagen|punktet|behandlingen)\b"),
    ("recommended", "start", r"(?:enstemmigt )?(?:anbefales|anbefalet)|indstilles godkendt|indstilles til godkendelse"
                             r"|indstillingen anbefales|anbefaler"),
    ("recommended", "anywhere", r"\banbefaler (?:over ?for |til )?(?:byrådet|kommunalbestyrelsen|økonomiudvalget|"
                                r"borgerrepræsentationen)|\boversendes til \w+ med (?:en )?anbefaling"
                                r"|\banbefaler indstillingen\b|\banbefales godkendt\b"
                                r"|\bindstiller til (?:byrådet|kommunalbestyrelsen)\b"
                                # "Magistraten ... anbefaler, at byrådet tiltræder ...s indstilling"
                                r"|\banbefaler,? at (?:byrådet|kommunalbestyrelsen|borgerrepræsentationen|regionsrådet)"
                                r" (?:tiltræder|godkender|vedtager)\b"),
    ("approved", "start", r"(?:enstemmigt )?(?:godkendt|godkendes|godkendte|vedtaget|tiltrådt)"
                          r"|indstillingen (?:blev )?(?:godkendt|godkendes|tiltrådt|tilrådt)"
                          r"|tiltrådte|tiltræder|vedtages|enig i indstillingen|bevilget|bevilges|bevillingen gives"
                          r"|besluttede at godkende"),
    ("approved", "anywhere", r"\bbeslutte[rt]? at følge\b|\bgodkendte (?:indstillingen|sagen|forslaget|planen)"
                             r"|\bgodkender (?:indstillingen|sagen|forslaget)\b|\bindstillingen (?:blev )?"
                             r"(?:godkendt|tiltrådt)\b|\btiltrådte indstillingen\b|\btiltræder indstillingen\b"
                             r"|\bblev godkendt\b|\bvedtog\b|\b(?:indstillingen|forslaget) blev vedtaget\b"
                             r"|\benighed om at godkende\b"
                             r"|\b(?:kunne|kan) (?:enstemmigt )?tiltræde (?:indstillingen|forslaget)\b"
                             # "Tilbagesendes ... med bemærkning, at byrådet ... har vedtaget Magistratens indstilling"
                             r"|\bhar vedtaget (?:\w+ ){0,3}indstilling"),
    ("noted", "start", r"taget til (?:efterretning|orientering)|til efterretning|tages til efterretning"
                       r"|til orientering|orienteringen (?:blev )?taget til efterretning"),
    ("noted", "anywhere", r"\b(?:tager|tog|taget|tages) (?:\w+ ){0,2}til (?:efterretning|orientering)\b"
                          r"|\btil efterretning\b"),
    ("discussed", "start", r"drøftet|drøftelse|sagen (?:blev )?drøftet|punktet (?:blev )?drøftet"),
    ("discussed", "anywhere", r"\bdrøftede (?:sagen|punktet|forslaget|orienteringen|nøgletallene|emnet|temaet)\b"
                              r"|\b(?:blev|er) drøftet\b"
                              r"|\b(?:udvalget|\w+udvalget|byrådet|kommunalbestyrelsen|borgerrepræsentationen|rådet"
                              r"|bestyrelsen) drøftede\b"),
    ("none", "start", r"intet(?: til| under)?(?: dette)?(?: punkt)?\s*[.]?$|ingen bemærkninger\s*[.]?$"
                      r"|ingen\s*[.]?$|intet at bemærke"),
)

#: ``Ad. 1)``, ``Ad 2.)``, ``Ad pkt. 3:`` open a per-recommendation outcome.
AD_MARKER = re.compile(r"^ad\.?\s*(?:pkt\.?\s*)?(?P<num>\d{1,2})\s*[.)]*\s*[):.]?\s*", re.IGNORECASE)

#: A quoted decision of an earlier body: ``Teknik- og Miljøudvalget, 10. september 2019, pkt. 65: Anbefales.``
EARLIER_DECISION = re.compile(
    r"^(?P<body>[^:]{3,120}?),\s*(?:den\s+)?(?P<date>\d{1,2}\.\s*\w+\.?\s+\d{4}|\d{1,2}[-./]\d{1,2}[-./]\d{4})"
    r"\s*,?\s*(?:pkt\.|punkt|sag)\s*(?:nr\.\s*)?(?P<num>\d{1,4})\s*:\s*(?P<text>.*)$",
    re.IGNORECASE,
)

#: A decision of a named body inside the decision section: ``Økonomiudvalget den 3. maj 2023: Anbefales.``
#: (the text may follow on the next lines). The name must end in a body word (see BODY_END).
DATED_DECISION = re.compile(
    r"^(?P<body>[A-ZÆØÅ][^:]{0,100}?)(?:\s*[-–]\s*\d{4}\s*[-–]\s*\d{4})?\s*,?\s+(?:den|d\.)\s*"
    r"(?P<date>\d{1,2}\.\s*[a-zæøå]+\.?\s+\d{4}|\d{1,2}[-./]\d{1,2}[-./]\d{4})\s*:\s*(?P<text>.*)$"
)

#: Labels of a case's course given as label lines per earlier meeting (``Udvalg: Magistraten`` / ``Dato: 02-09-2025``
#: / ``Punktnummer: 12``, then that body's decision).
HISTORY_LABELS: dict[str, str] = {"udvalg": "body", "organ": "body", "dato": "date", "mødedato": "date",
                                  "punktnummer": "number", "punkt nr": "number", "punkt": "number"}

#: A body named in running text in its definite form: ``Kommunalbestyrelsen``, ``Økonomiudvalget``.
BODY_NAME = re.compile(r"\b[A-ZÆØÅ][a-zæøå-]*(?:udvalget|byrådet|kommunalbestyrelsen|regionsrådet"
                       r"|borgerrepræsentationen)\b|\bByrådet\b|\bKommunalbestyrelsen\b|\bRegionsrådet\b")

#: A body's name in a sentence announcing its meeting: ``Kommunalbestyrelsen holder møde tirsdag den 15. september``.
BODY_HOLDS_MEETING = re.compile(r"^(?P<body>.+?)\s+(?:holder|afholder)\s+(?:\w+\s+)?møde\b", re.IGNORECASE)
#: What a body's name may carry around it in a header: ``Byrådets møde``, ``Økonomiudvalgets ordinære møde``,
#: ``Byrådet's møde``.
BODY_MEETING_SUFFIX = re.compile(r"^(?P<body>.+?)['’]?s\s+(?:(?:ordinære|ekstraordinære|konstituerende)\s+)?møde\b.*$",
                                 re.IGNORECASE)

#: Votes: ``For stemte: A, F, Ø (15)``.
VOTE_LINES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("for", re.compile(r"^(?:for\s+stemte|stemte\s+for|for\s+forslaget\s+stemte|for)\b[^:]{0,40}:\s*(?P<who>.*)$",
                       re.IGNORECASE)),
    ("against", re.compile(r"^(?:imod\s+stemte|stemte\s+imod|imod\s+forslaget\s+stemte|imod)\b[^:]{0,40}:\s*"
                           r"(?P<who>.*)$", re.IGNORECASE)),
    ("abstained", re.compile(r"^(?:undlod\s+at\s+stemme|undlod|hverken for eller imod|blank)\b[^:]{0,40}:\s*"
                             r"(?P<who>.*)$", re.IGNORECASE)),
)

# --- people ----------------------------------------------------------------------------
ROLES = ("formand", "næstformand", "borgmester", "viceborgmester", "1. viceborgmester", "2. viceborgmester",
         "medlem", "udvalgsformand", "sekretær", "referent", "rådmand", "rådkvinde", "regionsrådsformand",
         "stedfortræder", "suppleant")
PARTY = r"[A-ZÆØÅ][A-ZÆØÅa-zæøå]{0,3}"

#: Absence phrasings. ``scope`` says whether the phrase speaks of the meeting or the item.
ABSENCE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # "Medlemmerne var mødt, bortset fra A, B og C, der havde meldt afbud."
    ("meeting", re.compile(r"^.*?\b(?:var|er)\s+(?:alle\s+)?(?:mødt|til stede),?\s+(?:bortset fra|undtagen(?: fra)?)\s+"
                           r"(?P<who>[A-ZÆØÅ].+?)(?:,\s+(?:der|som)\b.*)?\.?$", re.IGNORECASE)),
    ("meeting", re.compile(r"^(?P<who>.+?)\s+(?:deltog|var) ikke (?:til stede )?(?:i|på) mødet\b.*$",
                           re.IGNORECASE)),
    ("meeting", re.compile(r"^(?P<who>.+?)\s+(?:havde|har) (?:meldt )?(?:afbud|forfald)(?: til mødet)?\b.*$",
                           re.IGNORECASE)),
    # "Der var afbud fra Søren Olesen (O) og Pernille Bloch (C).", "I dag er der afbud fra ..."
    ("meeting", re.compile(r"^.*?\b(?:(?:er|var) der|der (?:er|var)) (?:meldt )?afbud fra\s+(?P<who>[A-ZÆØÅ].*?)\.?$",
                           re.IGNORECASE)),
    # "Stedfortræder X mødte for Y, der havde forfald."
    ("item", re.compile(r"^.*?\b(?:for|i stedet for)\s+(?P<who>[A-ZÆØÅ][^,]+?),\s+(?:der|som)\s+"
                        r"(?:havde\s+(?:meldt\s+)?(?:forfald|afbud)|var\s+(?:fraværende|forhindret|syg|inhabil))\b.*$",
                        re.IGNORECASE)),
    # "..., da Charlotte Bie (V) var inhabil."
    ("item", re.compile(r"^.*?\bda\s+(?P<who>[A-ZÆØÅ].+?)\s+var\s+(?:inhabil|fraværende|forhindret)\b.*$")),
    # "Godkendt (afbud fra Søren Larsen)."
    ("item", re.compile(r"^.*?\(\s*(?:afbud fra|afbud|fraværende)\s*:?\s*(?P<who>[A-ZÆØÅ][^)]+)\).*$", re.IGNORECASE)),
    # "Kim Valentin (V) er erklæret inhabil i sager om …"
    ("item", re.compile(r"^(?P<who>.+?)\s+(?:var fraværende|var forhindret|forlod mødet|(?:var|er|blev) (?:erklæret )?"
                        r"inhabile?|erklærede sig inhabile?|var ikke til stede)\b.*$", re.IGNORECASE)),
    ("item", re.compile(r"^(?P<who>.+?)\s+deltog ikke\b.*$", re.IGNORECASE)),
    ("label", re.compile(r"^(?:fraværende(?: med (?:afbud|forfald))?|afbud fra|afbud|fravær|forfald|meldt afbud"
                         r"|(?:ikke|ej) til stede)"
                         r"\s*[:.-]?\s*(?P<who>.*)$", re.IGNORECASE)),
)
#: The items a sentence names by number: ``12``, ``1, 2``, ``2-3 og 12``, ``01 – pkt. 03``.
_ITEM_LIST = r"\d{1,3}(?:\s*(?:,|og|-|–)\s*(?:(?:punkt|pkt)\.?\s*)?\d{1,3})*"
#: Someone away from the items a sentence names: ``Curt Købsted var fraværende under punkterne 14-18``,
#: ``Morten Jørgensen deltog ikke under punkt. 18``, ``X deltog ikke i behandlingen af punkt 3 og 4``.
ABSENCE_FROM_ITEMS = re.compile(
    r"^(?P<who>[A-ZÆØÅ].+?)\s*-?\s+(?:var fraværende|deltog ikke|var inhabil|forlod mødet"
    r"|gjorde opmærksom på (?:sin )?inhabilitet)\s+(?:under|i|ved)\s+"
    r"(?:behandlingen af\s+)?(?:(?:dagsordens)?punkt(?:erne)?|pkt)\.?\s*(?:nr\.?\s*)?:?\s*"
    rf"(?P<items>{_ITEM_LIST})\b(?:[.\s]*|\s+[A-ZÆØÅ].*)$", re.IGNORECASE)
#: Last words that make a capitalised line an authority, not a person: ``REBILD KOMMUNE``, ``Region Sjælland``.
AUTHORITY_WORDS = frozenset({"kommune", "kommunes", "region", "regionen", "amt", "amtskommune"})
#: Notes in brackets after a name in a list of those away: ``Ib Bjerregaard (afbud)``.
ABSENCE_NOTES = ("afbud", "forfald", "fraværende", "syg", "sygdom", "ferie", "orlov")
#: A remark after a member in a member list: "Jorun Bech (A)- afbud", "Anna Nielsen (Ø)- deltog ikke i behandlingen
#: af punkt: 1, 2". ``away``: the member sent apologies for the whole meeting; ``items``: the items the member
#: took no part in (``1, 2``, ``3 og 4``, ``5-7``).
#: ``present``: the list says so of each member ("Jesper Würtzen (A) (borgmester) - Deltog").
MEMBER_REMARK = re.compile(r"^(?P<who>.+?\([A-ZÆØÅ]{1,3}\)(?:\s*\([^()]{2,30}\))?(?:,\s*[^-]{2,40}?)?)\s*-\s*"
                           r"(?:(?P<away>afbud|fraværende|forfald)|(?P<present>deltog|til stede)"
                           r"|deltog ikke i behandlingen af punkt(?:erne)?\b"
                           rf"\s*(?:nr\.?)?\s*:?\s*(?P<items>{_ITEM_LIST})?.*)$",
                           re.IGNORECASE)
#: A remark on the member above it, set as an entry of the member list of its own: "• Deltog ikke under punkterne
#: 20-21".
ITEMS_REMARK_ALONE = re.compile(r"^(?:deltog ikke|var fraværende)\s+(?:under|i|ved)\s+(?:behandlingen af\s+)?"
                                rf"(?:punkt(?:erne)?|pkt)\.?\s*(?:nr\.?)?\s*:?\s*(?P<items>{_ITEM_LIST})\s*\.?$",
                                re.IGNORECASE)
SUBSTITUTE_PATTERNS: tuple[re.Pattern[str], ...] = (
    re.compile(r"^(?P<who>.+?)\s+(?:deltog|mødte|var indkaldt|var mødt)\s+som\s+(?P<kind>suppleant|stedfortræder)"
               r"\s+for\s+(?P<for>.+?)\.?$", re.IGNORECASE),
    re.compile(r"^(?P<kind>suppleant|stedfortræder)\s+for\s+(?P<for>.+?)\s*:\s*(?P<who>.+?)\.?$", re.IGNORECASE),
    re.compile(r"^(?P<who>.+?)\s*\((?P<kind>suppleant|stedfortræder)\s+for\s+(?P<for>.+?)\)\.?$", re.IGNORECASE),
    re.compile(r"^(?:mødt\s+|mødende\s+)?(?P<kind>suppleant|stedfortræder)e?\s*:\s*(?P<who>.+?)\s+"
               r"(?:for|i stedet for)\s+(?P<for>.+?)\.?$", re.IGNORECASE),
    # "Bent Krogh Petersen - Bo Morthorst Rasmussen deltager som stedfortræder.": under a list of the absent.
    re.compile(r"^(?P<for>[^,]+?)\s+[-–]\s+(?P<who>[^,]+?)\s+(?:deltog|deltager|mødte|møder)\s+som\s+"
               r"(?P<kind>suppleant|stedfortræder)\s*\.?$", re.IGNORECASE),
    # "Marianne Kiærulff (V) mødte som stedfortræder.": for the absentee named before.
    re.compile(r"^(?P<who>[^,]+?)\s+(?:deltog|deltager|mødte|møder)\s+som\s+(?P<kind>suppleant|stedfortræder)\s*\.?$",
               re.IGNORECASE),
    # "Kaj Mikkelsen (V) mødte for Tom Bech (V)": a substitute without the word.
    re.compile(r"^(?P<who>[^,]+?)\s+mødte\s+for\s+(?P<for>.+?)\.?$", re.IGNORECASE),
    # "Michael Rosendahl (V) deltog i mødet i stedet for Mikkel Dam (I)."
    re.compile(r"^(?P<who>[^,]+?)\s+(?:deltog|mødte)(?:\s+i\s+mødet)?\s+i\s+stedet\s+for\s+(?P<for>[^,]+?)\.?$",
               re.IGNORECASE),
    # "I stedet for Vivi Kier deltog Preben Petersen."
    re.compile(r"^i stedet for\s+(?P<for>[^,]+?)\s+(?:deltog|mødte)\s+(?P<who>[^,]+?)\.?$", re.IGNORECASE),
)
#: Substitutes for the absentees named just before (``… havde meldt forfald. I stedet mødte Vibeke Qvist og
#: Reza Katebi.``).
SUBSTITUTES_INSTEAD = re.compile(r"^i stedet (?:deltog|mødte)\s+(?P<who>.+?)\.?$", re.IGNORECASE)
#: An official present for one item: ``Anna Holm, afdelingsleder, deltog under behandling af sagen``.
PRESENT_FOR_ITEM = re.compile(
    r"^(?P<who>[^,]{3,80}?),\s*(?P<role>.+?),?\s+deltog (?:under|i) (?:behandling(?:en)? af (?:sagen|punktet)"
    r"|sagens behandling|punktet|behandlingen)\b.*$",
    re.IGNORECASE,
)

#: The five regions, whose councils publish minutes too.
REGIONS = ("Region Hovedstaden", "Region Sjælland", "Region Syddanmark", "Region Midtjylland", "Region Nordjylland")

# --- dates -----------------------------------------------------------------------------
MONTHS: dict[str, int] = {
    "januar": 1, "jan": 1, "februar": 2, "feb": 2, "marts": 3, "mar": 3, "april": 4, "apr": 4, "maj": 5,
    "juni": 6, "jun": 6, "juli": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
#: The month names and their abbreviations as a pattern's alternation, longest first (so "marts" before "mar").
MONTH_ALTERNATION = "|".join(sorted(MONTHS, key=len, reverse=True))
#: English month names, as sites rendering their dates in English print them: ``April 3, 2019``.
ENGLISH_MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
}
WEEKDAYS = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")

#: Lines that say when the meeting ended.
END_TIME_LINES = re.compile(r"^(?:mødet|mødet blev)\s+(?:sluttede|hævet|hævedes|afsluttet|slut)\s*(?:kl\.?)?\s*"
                            r"(?P<time>\d{1,2}[:.]\d{2})", re.IGNORECASE)

#: A copy's running page header naming the meeting: "Møde i Kommunalbestyrelsen den 16. december 2013".
RUNNING_MEETING_HEADER = re.compile(r"^(?:møde|mødet)\s+i\s+(?P<body>\S.{2,80}?)\s+den\s+(?P<date>\S.{5,30})$",
                                    re.IGNORECASE)

#: Words that end the name of a body ("...udvalget", "Byrådet"): used to recognise bodies in text.
BODY_WORDS = re.compile(r"(?:udvalg(?:et)?|byråd(?:et)?|kommunalbestyrelse(?:n)?|borgerrepræsentation(?:en)?"
                        r"|råd(?:et)?|bestyrelse(?:n)?|forum|direktion(?:en)?|gruppe(?:n)?|kommission(?:en)?)s?\b",
                        re.IGNORECASE)
#: A name that ends in a body word: ``Økonomiudvalget``, ``Kommunalbestyrelsen``.
BODY_END = re.compile(BODY_WORDS.pattern.removesuffix(r"\b") + "$", re.IGNORECASE)
#: The agenda approved in its first item names the meeting where no header does: ``Godkendelse af åben dagsorden
#: for KB den 22. januar 2020.``, ``Dagsorden for mødet i Byrådet den 3. maj 2021 godkendes.`` The body is a name
#: ending in a body word or a short abbreviation in capitals (``KB``, ``ØU``).
AGENDA_OF_MEETING = re.compile(
    r"\bdagsorden(?:en)?\s+(?:til|for)\s+(?:mødet\s+(?:i\s+)?)?"
    r"(?:(?P<body>[A-ZÆØÅ][\w&-]*(?:\s+(?:og\s+)?[\w&-]+){0,4}?)\s+)?"
    r"(?:den|d\.)\s+(?P<date>\d{1,2}\.\s*(?:" + "|".join(MONTHS) + r")\s+\d{4}|\d{1,2}[-.]\d{1,2}[-.]\d{4})",
    re.IGNORECASE)
BODY_ABBREVIATION = re.compile(r"^[A-ZÆØÅ]{2,4}$")


#: The list markers a heading or a label may be set behind (``• Beslutning``, ``▪ Afbud``), with the space after.
BULLETS = "•·▪◦ "


@lru_cache(maxsize=8192)  # the same line is asked about by the contents, the headings and the item reader
def normalise_heading(text: str) -> str:
    """Lower-case a candidate heading line without markup, numbering or a trailing colon."""
    text = " ".join(text.strip().lstrip(BULLETS).strip("*_#").split())
    return text.rstrip(":.").strip().lower()


@cache
def _heading_index() -> dict[str, str]:
    return {heading: kind for kind, headings in SECTION_HEADINGS.items() for heading in headings}


def section_kind(heading: str) -> str | None:
    """The canonical kind of a section heading, or None if the line is not a known heading."""
    return _heading_index().get(normalise_heading(heading))


def section_kind_of_key(key: str) -> str | None:
    """:func:`section_kind` for a line already passed through :func:`normalise_heading`."""
    return _heading_index().get(key)


@cache
def header_label_index() -> dict[str, str]:
    """Header label (lower case) -> field name."""
    return {label: name for name, labels in HEADER_LABELS.items() for label in labels}


@cache
def compiled_outcomes() -> tuple[tuple[str, str, re.Pattern[str]], ...]:
    """OUTCOME_PHRASES with their patterns compiled."""
    compiled = []
    for outcome, where, pattern in OUTCOME_PHRASES:
        regex = rf"^(?:{pattern})(?!\w)" if where == "start" else pattern
        compiled.append((outcome, where, re.compile(regex, re.IGNORECASE)))
    return tuple(compiled)


@cache
def municipalities() -> tuple[dict[str, Any], ...]:
    """The 98 municipalities with code, name, region, towns and aliases (from data/municipalities.json)."""
    try:
        text = resources.files("referat").joinpath("data/municipalities.json").read_text(encoding="utf-8")
    except FileNotFoundError:
        return ()
    return tuple(json.loads(text))


# --- sections named by a portal (referat.collect.sections) -------------------------------
#: ``Supplerende indstilling``, ``18.05.2026 Supplerende sagsfremstilling``: a supplement to a section,
#: of the kind of the heading after it.
SUPPLEMENT_HEADING = re.compile(r"^(?:\d{1,2}[-./]\d{1,2}[-./]\d{4}\s+)?supplerende\s+(?=\S)", re.IGNORECASE)
#: Headings the heading table does not list, by pattern: ``Klima-, miljø- og ...mæssige konsekvenser``.
SECTION_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"konsekvens(?:er)?$", re.IGNORECASE), "consequences"),
    (re.compile(r"^politiske\s+beslutninger", re.IGNORECASE), "policy"),
)
