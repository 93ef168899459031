"""A body's name read off a header line: ``Byrådets møde den 3. maj 2023`` -> ``Byrådet``."""

from __future__ import annotations

import re
from functools import cache

from referat.vocab import (
    BODY_END,
    BODY_HOLDS_MEETING,
    BODY_MEETING_SUFFIX,
    BODY_PAGE_SUFFIXES,
    BODY_WORDS,
    BREADCRUMB,
    DECISION_WORDS,
    DOCUMENT_KINDS,
    MONTH_ALTERNATION,
    PLACE_WORDS,
    TITLE_LINK_WORDS,
    WEEKDAYS,
    header_label_index,
)

#: The document kinds as alternatives of a pattern, the longest first.
KIND_WORDS = "|".join(sorted(DOCUMENT_KINDS, key=len, reverse=True))
#: A body's name, then the document's kind: ``Byrådet Beslutningsprotokol.``, ``Byrådet - Referat fra mødet``,
#: ``Forretningsudvalget - Referat - 10. april 2012``, ``Forretningsudvalget - referat 05-12-2007``.
BODY_THEN_KIND = re.compile(rf"^(?P<body>[A-ZÆØÅ][\w-]+(?:\s[\w-]+){{0,3}}?)\s+(?:[-–]\s+)?"
                             rf"(?P<kind>(?i:{KIND_WORDS}))(?:\.|\s*$|\s+(?=(?:fra|af|for)\s)|\s+[-–]\s+(?=\d)"
                             r"|\s+(?=\d{1,2}[-./]\d{1,2}[-./]\d{2,4}\b|\d{1,2}\.\s))")
_PERIOD = re.compile(r"\s*(?:[-–]\s*(?P<a>\d{4})\s*[-–]\s*(?P<b>\d{4})|\(\s*(?P<c>\d{4})\s*[-–]\s*(?P<d>\d{4})\s*\))"
                     r"\s*$")
#: Words before a body's name in a title: ``for``, ``af mødet i``, ``møde i``.
BODY_PREFIX = re.compile(r"^(?:for|af|fra|til)\s+(?:mødet?\s+i\s+)?|^(?:åbent?\s+)?(?:møde|mødet)\s+(?:i|for)\s+",
                         re.IGNORECASE)
#: A weekday after a body's name, the date it begins maybe cut off: no part of the name.
_WEEKDAY_ON = re.compile(rf"\s+(?:(?:den|d\.)\s+)?(?:{'|'.join(WEEKDAYS)})\b", re.IGNORECASE)


def split_period(text: str) -> tuple[str, str | None]:
    """``Udvalget X - 2022-2025`` -> (``Udvalget X``, ``2022-2025``)."""
    m = _PERIOD.search(text)
    if not m:
        return text.strip(), None
    first, last = (m.group("a"), m.group("b")) if m.group("a") else (m.group("c"), m.group("d"))
    return text[: m.start()].strip(" -–,"), f"{first}-{last}"


_DATE_TEXT = re.compile(rf"(?:\b(?:{'|'.join(WEEKDAYS)})(?:en)?\s*,?\s*)?(?:\b(?:den|d)\.?\s*)?(?:\d{{1,2}}\.?\s*"
                        rf"(?:{MONTH_ALTERNATION})\.?\s+\d{{4}}|\d{{1,2}}[-./]\d{{1,2}}[-./]\d{{2,4}})"
                        r"(?:\s*(?:kl\.?\s*)?\d{1,2}[.:]\d{2}(?::\d{2})?(?:\s*[AP]M)?)?", re.IGNORECASE)
_SHORT_PERIOD = re.compile(r"\s+\(?\d{4}\s*[-–]\s*\d{2}\)?(?=\s|$)")
_AUTHORITY = re.compile(r"\b(?:Kommune|Regionskommune)$|^Region\s")
_BODY_WORDS_MAX = 9
_GROUP_HEADING = re.compile(r"^[A-ZÆØÅ][.)]\s")
# The kind of meeting after the name, or the word alone before the date ("Referat for Økonomiudvalget møde den …").
# (not after a genitive: "Økonomiudvalgets møde" is read elsewhere)
_MEETING_TYPE = re.compile(r"\s+(?:ordinært|ekstraordinært|konstituerende)\s+møde\b|(?<![sS])\s+møde(?=\s+den\b|\s*$)",
                           re.IGNORECASE)
#: A protocol page's running header around the body's name: the contents heading before it, the page column and the
#: chair's initials box after it.
_CONTENTS_LEAD = re.compile(r"^(?:indholdsfortegnelse|indhold)\s+(?=[A-ZÆØÅ])", re.IGNORECASE)
_PAGE_FURNITURE = re.compile(r"\s+(?:sidenr\.?|formandens initialer)(?:\s.*)?$", re.IGNORECASE)
_CLOCK = re.compile(r"\bkl\.?\s*\d{1,2}(?:[.:]\d{2})?", re.IGNORECASE)


def _balanced(text: str) -> str:
    """Brackets at the ends stripped where they close or open nothing, or enclose all: ``(Byrådet`` and ``(Byrådet)``
    -> ``Byrådet``, but ``Udvalget for kultur (PUK)`` kept."""
    if text.startswith("(") and text.endswith(")") and text.count("(") == 1:
        text = text[1:-1].strip(" -–,:")
    while text and (text[-1] == "(" or (text[-1] == ")" and text.count(")") > text.count("("))):
        text = text[:-1].rstrip(" -–,:")
    while text and (text[0] == ")" or (text[0] == "(" and text.count("(") > text.count(")"))):
        text = text[1:].lstrip(" -–,:")
    return text


def uncapitalised(name: str) -> str:
    """A name set in capitals as a name is written: ``ERHVERVS- OG BESKÆFTIGELSESUDVALGET`` ->
    ``Erhvervs- og Beskæftigelsesudvalget``; other names as they are."""
    if not name.isupper():
        return name
    return " ".join(word.lower() if word.lower() in TITLE_LINK_WORDS else word.capitalize() for word in name.split())


def clean_body(text: str) -> str | None:
    """A body's name from a header line: dates, times and ``... møde`` around it removed.

    ``Byrådets møde`` -> ``Byrådet``; ``30. september 2025 kl. 08:30`` and ``med vedtagelser`` name no body.
    """
    if text.rstrip(" |").endswith(".") and len(text.split()) > 4:
        return None  # a sentence: "Liste med Dato, udvalg, sted samt pdf udgave af dagsordenen til download."
    if '"' in text:
        return None  # 'Download "Referat. Byrådet …"': a copy's link quoting the document's title, no name
    if BREADCRUMB.match(text.strip()):
        return None  # "Hjem Politiske udvalg Seneste fra byrådet": the page's trail, not the body's name
    parts = [part.strip(" .") for part in text.split(". ")]
    named = [part for part in parts if BODY_END.search(part)]
    if len(parts) > 1 and len(named) == 1 and all(len(part.split()) <= 4 for part in parts):
        text = named[0]  # "Egebjerg Kommune. Kommunalbestyrelsen. Referat": a title of short sentences
    text = _CLOCK.sub("", _DATE_TEXT.sub("", text.strip(" |")))
    furnished = _PAGE_FURNITURE.sub("", _CONTENTS_LEAD.sub("", text))
    if furnished != text and BODY_END.search(furnished):
        text = furnished  # "Indholdsfortegnelse Byrådet Sidenr Formandens initialer": a protocol page's header
    before_type = _MEETING_TYPE.split(text, maxsplit=1)[0]
    if BODY_END.search(before_type):  # "Frederikshavn Byråd Ordinært møde Dato …": the kind of meeting after the name
        text = before_type
    before_weekday = _WEEKDAY_ON.split(text, maxsplit=1)[0]
    if BODY_END.search(before_weekday):  # "Kommunalbestyrelsen mandag den 25. januar Mødet startede"
        text = before_weekday
    text = _balanced(re.sub(r"\(\s*\)", "", text).strip(" -–,:"))
    m = BODY_MEETING_SUFFIX.match(text) or BODY_HOLDS_MEETING.match(text)
    if m and BODY_WORDS.search(m.group("body")):
        text = m.group("body").strip()
    text = re.sub(r"\s+(?:den|d\.)$", "", text).strip(" -–,:")
    text = BODY_PREFIX.sub("", text).strip(" -–,:")
    text = _SHORT_PERIOD.sub("", text)  # "Kommunalbestyrelsen 2022-25"
    at, _, place = text.partition(" i ")
    if place and PLACE_WORDS.search(place) and BODY_WORDS.search(at):
        text = at.strip()  # "Kommunalbestyrelsen i Kommunalbestyrelsens mødesal"
    owner, dash, rest = text.rpartition(" – ") if " – " in text else text.rpartition(" - ")
    if dash and _AUTHORITY.search(owner) and BODY_WORDS.search(rest):
        text = rest.strip()  # "Tønder Kommune – Kommunalbestyrelsen"
    elif dash and (rest.strip().lower() in DOCUMENT_KINDS or rest.strip().lower() in BODY_PAGE_SUFFIXES
                   or BODY_THEN_KIND.match(text)) \
            and BODY_WORDS.search(owner):
        text = owner.strip()  # "Byrådet - Referat", "Byrådet - Referat fra mødet den 24-04-2019"
    if _AUTHORITY.search(text) and not BODY_WORDS.search(text):
        return None  # "Referat - Viborg Kommune": the municipality, not the body that met
    if len(text) < 3 or not re.search(r"[a-zæøå]{2}", text.lower()):
        return None
    if not text[0].isupper() and " " not in text and BODY_END.search(text) and not BODY_WORDS.match(text):
        text = text[0].upper() + text[1:]  # "Møde i regionsrådet": a compound body's name written as in a sentence
    if not text[0].isupper() and not BODY_WORDS.match(text):
        return None  # "med vedtagelser", "med kuglepen"; but "byrådet" is a body
    if len(text.split()) > _BODY_WORDS_MAX or ", at " in text or "\t" in text:
        return None  # a sentence that names a body ("Byrådet er opmærksomt på, at ..."), not a body's name
    if DECISION_WORDS.match(text) or _GROUP_HEADING.match(text):
        return None  # "Beslutning Byrådet", "A. Sager til afgørelse i byrådet" are no names
    return text


#: A cover's title flattened into one line with the cover's labels: the municipality before it, the copy's page
#: number (``1 ``) and the title's own status (``ÅBENT``) are no part of the body's name.
_COVER_OWNER = re.compile(r"^(?:\d{1,3}\s+)?(?:[A-ZÆØÅ][\w-]*\s+){1,2}(?:Kommune|KOMMUNE)\.?\s+|^\d{1,3}\s+")
_COVER_KIND_FIRST = re.compile(rf"^(?:åbent?\s+)?(?:{KIND_WORDS})\b\s*(?:[:\-–]\s*)?(?P<rest>.+)$", re.IGNORECASE)
_COVER_BODY_FIRST = re.compile(rf"^(?P<body>[A-ZÆØÅ][\w-]+(?:\s[\w-]+){{0,4}}?)\.?\s+(?:[-–]\s+)?(?i:{KIND_WORDS})\b")
_COVER_WORDS = 6


@cache
def _first_label() -> re.Pattern[str]:
    labels = "|".join(re.escape(label) for label in sorted(header_label_index(), key=len, reverse=True))
    return re.compile(rf"\s(?:{labels})\.?\s*(?::|(?=\d))", re.IGNORECASE)


def before_first_label(text: str, colon: bool = False) -> str:
    """The text before the first header label in it (with its colon, or before a figure; with ``colon``, only
    a label with its colon): a cover's title flattened with its labels, ``ÅBEN DAGSORDEN ØKONOMIUDVALG. Mødedato:
    12. august …`` -> ``ÅBEN DAGSORDEN ØKONOMIUDVALG.``"""
    for label in _first_label().finditer(text):
        if not colon or label.group().endswith(":"):
            return text[:label.start()]
    return text


def cover_body(text: str) -> str | None:
    """The body a cover line names before its first label, the cover and its labels flattened into one line:
    ``Tønder Kommune Kommunalbestyrelsen. Referat. Mødedato: …``, ``1 Økonomiudvalg Referat Møde 22. marts …``,
    ``1 ÅBENT REFERAT ØKONOMIUDVALG Mødedato: …``, ``GENTOFTE KOMMUNE Referat af møde i Kommunalbestyrelsen
    Mødetidspunkt 31-08-2015``. Only a name that ends in a body's word counts."""
    title = _COVER_OWNER.sub("", before_first_label(text)).strip()
    kind_first = _COVER_KIND_FIRST.match(title)
    if kind_first:
        name = BODY_PREFIX.sub("", kind_first.group("rest")).strip(" .")
    elif body_first := _COVER_BODY_FIRST.match(title):
        name = body_first.group("body")
    else:
        return None
    name = uncapitalised(name)
    return name if BODY_END.search(name) and len(name.split()) <= _COVER_WORDS and name[:1].isupper() else None
