"""Which municipality minutes belong to, from what their text says."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from typing import Any

from referat.vocab import MUNICIPALITY_CASE_NUMBER, REGIONS, municipalities

# Found by _matches_from, from each of the literals they open with.
_KOMMUNE_WORD = re.compile(r"(?:Kommunes?|Regionskommunes?)\b")
_KOMMUNE_LITERALS = ("Kommune", "Regionskommune")
_LOWER_KOMMUNE_WORD = re.compile(r"kommunes?\b")  # "I Stevns kommune": counted for an official name only
# Matched backwards from each "Kommune": Python's regex engine has no fast path for a capital-letter start.
_NAME_BEFORE = re.compile(r"(?P<name>[A-ZÆØÅ][\wæøåÆØÅ-]+(?:[ -][A-ZÆØÅ][\wæøåÆØÅ-]+)?)[ \u00a0]+$")
_TOWN_HALL = re.compile(r"\bRådhuset i\s+(?P<a>[A-ZÆØÅ][\wæøå-]+)|(?<=\s)(?P<b>[A-ZÆØÅ][\wæøå-]+)\s+Rådhus\b")
_COUNCIL_WORD = re.compile(r"(?:Byråd|Kommunalbestyrelse)\b")
_COUNCIL_LITERALS = ("Byråd", "Kommunalbestyrelse")
_CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅ")
_JOBCENTER = re.compile(r"Jobcenter(?:et)?\s+(?P<name>[A-ZÆØÅ][\wæøå-]+)")
# Without a leading \b the engine can skip ahead to each "r"; see _word_starts.
_REGION_WORDS = re.compile(r"region(?:en|ens|sråd\w*|srådsformand\w*)\b", re.IGNORECASE)
_WORD_CHAR = re.compile(r"\w")
_MUNICIPAL_WORDS = re.compile(r"\b(?:kommunen|kommunens|byråd\w*|kommunalbestyrelse\w*|borgerrepræsentation\w*)\b",
                              re.IGNORECASE)
_REGION_NAME = re.compile("|".join(re.escape(name) for name in REGIONS))
_NAMED_MUNICIPALITY = re.compile(r"\b[A-ZÆØÅ][\wæøå-]+ Kommunes?\b")  # "Ballerup Kommune", "Roskilde Kommunes"
#: A letterhead's name in capitals: ``SKIVE KOMMUNE``, ``RINGKØBING-SKJERN KOMMUNE``.
_CAPITALS_KOMMUNE = re.compile(r"\b(?P<name>[A-ZÆØÅ][A-ZÆØÅ-]{1,30}) KOMMUNES?\b")
_NOT_NAMES = frozenset({"den", "hver", "en", "vores", "denne", "hele", "anden", "nærmeste", "hvilken", "egen"})


@cache
def _names() -> tuple[dict[str, str], dict[str, str], dict[int, str]]:
    """(lower name/alias -> name, lower town -> name, code -> name)."""
    by_name: dict[str, str] = {}
    by_town: dict[str, str] = {}
    by_code: dict[int, str] = {}
    for entry in municipalities():
        name = str(entry["name"])
        by_name[name.lower()] = name
        for alias in entry.get("aliases", []):
            by_name[str(alias).lower().removesuffix(" kommune").removesuffix("s kommune")] = name
        for town in entry.get("towns", []):
            by_town.setdefault(str(town).lower(), name)
        by_code[int(entry["code"])] = name
    return by_name, by_town, by_code


def _matches_from(pattern: re.Pattern[str], literals: tuple[str, ...], text: str) -> list[re.Match[str]]:
    """What ``pattern.finditer(text)`` finds, for a pattern whose every match opens with one of ``literals``.

    The literals are found by ``str.find``, which skips ahead many times faster than the engine's scan for
    a pattern's possible first letters; the pattern is then tried at each, in text order, past the last match.
    """
    starts = []
    for literal in literals:
        at = text.find(literal)
        while at >= 0:
            starts.append(at)
            at = text.find(literal, at + 1)
    found: list[re.Match[str]] = []
    for at in sorted(starts):
        if found and at < found[-1].end():
            continue
        m = pattern.match(text, at)
        if m:
            found.append(m)
    return found


def _names_before(text: str, lower: bool = False) -> list[str]:
    """The capitalised name(s) standing before each ``Kommune`` in ``text`` (``kommune`` when ``lower``)."""
    names = []
    word, literals = (_LOWER_KOMMUNE_WORD, ("kommune",)) if lower else (_KOMMUNE_WORD, _KOMMUNE_LITERALS)
    for m in _matches_from(word, literals, text):
        if not m.start() or text[m.start() - 1] not in " \u00a0":
            continue
        before = _NAME_BEFORE.search(text, max(0, m.start() - 60), m.start())
        if before:
            names.append(before.group("name"))
    return names


def _word_starts(pattern: re.Pattern[str], text: str) -> int:
    r"""How many matches of ``pattern`` start a word, as with a leading ``\b``.

    Every character of a match is a word character, so no match that starts a word can lie inside
    one that does not.
    """
    return sum(1 for m in pattern.finditer(text) if not m.start() or not _WORD_CHAR.match(text, m.start() - 1))


def _named_councils(text: str) -> list[str]:
    r"""The names before ``Byråd`` and ``Kommunalbestyrelse`` (``Fredericia Byråd``), found from each of the words.

    The same names, in order, as the pattern ``([A-ZÆØÅ][\wæøå-]+)\s+(?:Byråd|Kommunalbestyrelse)\b`` finds
    scanning the text: the name is the word before the spaces from its first capital on, and begins after
    the name found before.
    """
    names = []
    end = 0  # where the last name's council word ends
    for m in _matches_from(_COUNCIL_WORD, _COUNCIL_LITERALS, text):
        space = m.start()
        while space > end and text[space - 1].isspace():
            space -= 1
        if space == m.start():
            continue
        word = space
        while word > end and (text[word - 1].isalnum() or text[word - 1] in "_-"):
            word -= 1
        first = next((k for k in range(word, space - 1) if text[k] in _CAPITALS), None)
        if first is not None:
            names.append(text[first:space])
            end = m.end()
    return names


def _town_halls(text: str) -> list[re.Match[str]]:
    """``Rådhuset i X`` and ``X Rådhus`` mentions, found from each literal ``Rådhus``."""
    found = []
    start = 0
    while (at := text.find("Rådhus", start)) >= 0:
        m = _TOWN_HALL.search(text, max(0, at - 40), at + 60)
        if m:
            found.append(m)
        start = at + 6
    return found


def _known(name: str) -> str | None:
    by_name, _, _ = _names()
    key = name.lower()
    return by_name.get(key) or by_name.get(key.removesuffix("s"))


def is_place_name(word: str) -> bool:
    """Whether ``word`` is a municipality's name or one of its towns (``Vordingborg``, ``Præstø``)."""
    by_name, by_town, _ = _names()
    key = word.lower()
    return key in by_name or key in by_town


def infer_municipality(header_text: str, text: str, case_numbers: list[str]) -> str | None:
    """The municipality named or implied by the minutes, or None when nothing tells.

    Signals, weighted: ``X Kommune`` mentions, also in capitals (3 each, 10 in the header), town halls (5),
    the municipality code in case numbers such as Slagelse's 330 (5 each, at most 15),
    ``Jobcenter X`` (2) and towns in the header (2). A name outside the official list
    (a fictional municipality) is used only when no official one scores.
    """
    _, by_town, by_code = _names()
    scores: Counter[str] = Counter()
    unknown: Counter[str] = Counter()
    for source, weight in ((header_text, 10), (text, 3)):
        for raw in _names_before(source):
            if raw.lower() in _NOT_NAMES:
                continue
            known = _known(raw)
            if known:
                scores[known] += weight
            else:
                unknown[raw] += 1
        for raw in _names_before(source, lower=True):
            known = _known(raw) if raw.lower() not in _NOT_NAMES else None
            if known:
                scores[known] += weight
        if "KOMMUNE" in source:
            for m in _CAPITALS_KOMMUNE.finditer(source):
                known = _known(m.group("name"))
                if known:
                    scores[known] += weight
    for m in _town_halls(text):
        town = (m.group("a") or m.group("b") or "").lower()
        name = _known(town) or by_town.get(town)
        if name:
            scores[name] += 5
        else:
            unknown[(m.group("a") or m.group("b") or "")] += 2
    for council in _named_councils(text):  # "Fredericia Byråd", "Thisted Kommunalbestyrelse"
        name = _known(council)
        if name:
            scores[name] += 3
    for m in _JOBCENTER.finditer(text):
        name = _known(m.group("name")) or by_town.get(m.group("name").lower())
        if name:
            scores[name] += 2
        else:
            unknown[m.group("name")] += 1
    codes = Counter(int(number[:3]) for number in case_numbers if MUNICIPALITY_CASE_NUMBER.fullmatch(number))
    for code, count in codes.items():
        if code in by_code:
            scores[by_code[code]] += 5 * min(count, 3)
    for word in re.findall(r"[A-ZÆØÅ][\wæøå-]+", header_text):
        name = by_town.get(word.lower())
        if name:
            scores[name] += 2
    best = scores.most_common(1)[0][0] if scores else None
    region = _region(text, best)
    if region:
        return region
    if best:
        return best
    if unknown:
        return unknown.most_common(1)[0][0]
    return _only_named(text)


#: A capitalised word or hyphenated pair, as a municipality's name is written in running text.
_NAME_WORD = re.compile(r"\b[A-ZÆØÅ][a-zæøå]+(?:-[A-ZÆØÅ][a-zæøå]+)?\b")
_MIN_BARE_MENTIONS = 2


def _only_named(text: str) -> str | None:
    """With no other sign, the one municipality whose name the text holds, twice or more (``Stevns Kommuneplan
    2021``, ``bestyrelsen for Aabenraa Havn``); None where it names none, or more than one."""
    by_name, _, _ = _names()
    named = Counter(known for word in _NAME_WORD.findall(text) if (known := by_name.get(word.lower())))
    if len(named) != 1:
        return None
    name, count = named.most_common(1)[0]
    return name if count >= _MIN_BARE_MENTIONS else None


def _region(text: str, municipality: str | None) -> str | None:
    """The region, when the minutes are a region's: they speak of the region (its words and its name) more than
    of a municipality (its words and ``X Kommune``).

    The region is the one named (``Region Midtjylland``), else the region of the municipality that hosts
    the meeting.
    """
    named = Counter(m.group(0) for m in _REGION_NAME.finditer(text))
    regional = _word_starts(_REGION_WORDS, text) + sum(named.values())  # "Region Sjællands psykiatri" counts too
    if regional < 2 or regional <= len(_MUNICIPAL_WORDS.findall(text)) + len(_NAMED_MUNICIPALITY.findall(text)):
        return None
    if named:
        return named.most_common(1)[0][0]
    record = municipality_record(municipality) if municipality else None
    return str(record["region"]) if record and record.get("region") else None


def municipality_record(name: str) -> dict[str, Any] | None:
    """The data record of an official municipality, by name or alias."""
    known = _known(name)
    for entry in municipalities():
        if entry["name"] == known:
            return dict(entry)
    return None
