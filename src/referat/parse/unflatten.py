"""Paragraphs that hold a whole page or item, as copies of PDFs on document-sharing sites print them, cut back
into the lines the parser reads.

``1. Godkendelse af dagsorden Åben sag Sagsnr.: 13/10057 Sagsansvarlig: mhe.of RESUMÉ Godkendt. BESLUTNING I
KOMMUNALBESTYRELSEN DEN Godkendt. 2`` becomes the heading, the status, each label, each section heading and its
text. Only long lines are looked at, and only at the vocabulary's labels and headings: a heading in capitals
anywhere, a capitalised one after the end of a sentence or a case number; an ordinary paragraph has none.
A line of labels followed by their values (``Mødelokale: Medlemmer: Afbud: <values>``) is left whole, since
cutting it would give each label the wrong value.
"""

from __future__ import annotations

import re
from functools import cache

from referat.extract import Line
from referat.vocab import CASE_NUMBER_PATTERNS, FLAT_HEADINGS, FLAT_LABELS, ITEM_TYPE_PREFIXES, MONTHS, TOC_HEADINGS

_LONG = 80
_LABEL_RUN = 3  # labels in a row with no value between: a labels-then-values block
# The page number a flattened page opens with, before the item heading it holds: "3 1. Godkendelse af ..."
_PAGE_NUMBER = re.compile(r"^\d{1,3}\s+(?=\d{1,3}\.\s+[A-ZÆØÅ])")
_LABEL_BEFORE_LABEL = re.compile(r"\b[A-ZÆØÅ][a-zæøå]+\s*:(?=\s+[A-ZÆØÅ][a-zæøå]+\s*:)")


@cache
def _splitter() -> re.Pattern[str]:
    labels = "|".join(re.escape(label).replace(r"\ ", r"\s?") for label in sorted(FLAT_LABELS, key=len, reverse=True))
    capitalised = "|".join(re.escape(h.capitalize()) for h in sorted(FLAT_HEADINGS, key=len, reverse=True))
    upper = "|".join(re.escape(h.upper()) for h in sorted(FLAT_HEADINGS, key=len, reverse=True))
    case = "|".join(p.pattern for p in CASE_NUMBER_PATTERNS)
    months = "|".join(sorted(MONTHS, key=len, reverse=True))
    date = rf"\d{{1,2}}[-./]\d{{1,2}}[-./]\d{{2,4}}|\d{{1,2}}\.\s*(?:{months})\s+\d{{4}}"
    return re.compile(
        # before a label with its colon: "Sagsnr.: 13/10057"
        rf"\s+(?=(?i:{labels})\.?\s*:)"
        # before a heading in capitals, and after its run of capitals: "RESUMÉ", "BESLUTNING I BYRÅDET DEN"
        rf"|\s+(?=(?:{upper})\b(?:\s+[A-ZÆØÅ]|\s*$))|(?<=\b[A-ZÆØÅ]{{3}})\s+(?=[A-ZÆØÅ][a-zæøå])"
        # before a capitalised heading after a sentence, a date or a case number, its text after it
        rf"|(?<=[.!?:\d])\s+(?=(?:{capitalised})\s+[A-ZÆØÅ])"
        # after a decision heading's date: "Beslutning Byrådet, 20.09.2016 Godkendt."
        rf"|(?<=Beslutning)(?P<decision>\s+[A-ZÆØÅ][^.:]{{1,60}}?,?\s+(?:den\s+)?(?:{date}))\s+(?=[A-ZÆØÅ])"
        # around a status: "Åben sag"
        rf"|\s+(?=(?:Åben|Lukket)\s+sag\b)|(?<=\b[Åå]ben sag)\s+|(?<=\b[Ll]ukket sag)\s+"
        # after a case number opening the paragraph
        rf"|^(?P<case>(?:{case}))\s+",
    )


@cache
def _triggers() -> re.Pattern[str]:
    """The words a cut happens at, without their context: a cheap first look at a long line."""
    words = [(w, re.escape(w).replace(r"\ ", r"\s?")) for w in (label.capitalize() for label in FLAT_LABELS)]
    words += [(w, re.escape(w)) for h in FLAT_HEADINGS for w in (h.capitalize(), h.upper())]
    # Grouped by first letter, longest first within each group: the engine tries one group per word instead of
    # every word, and finds the same word wherever one matches (words of other letters cannot).
    groups: dict[str, list[str]] = {}
    for word, pattern in sorted(words, key=lambda w: len(w[1]), reverse=True):
        groups.setdefault(word[0], []).append(pattern[len(re.escape(word[0])):])
    alternatives = "|".join(re.escape(first) + "(?:" + "|".join(rests) + ")" for first, rests in groups.items())
    case = "|".join(p.pattern for p in CASE_NUMBER_PATTERNS)
    return re.compile(r"\b(?:" + alternatives + r"|[Åå]ben sag|[Ll]ukket sag)\b" + rf"|^(?:{case})")


def _labels_then_values(text: str) -> bool:
    # _LABEL_RUN labels in a row have a colon each: a line with fewer colons has no such run.
    return text.count(":") >= _LABEL_RUN and len(_LABEL_BEFORE_LABEL.findall(text)) >= _LABEL_RUN - 1


def _pieces(text: str) -> list[str]:
    pieces: list[str] = []
    whole: set[int] = set()  # pieces not to cut further (a decision heading with its body and date)
    start = 0
    for m in _splitter().finditer(text):
        if m.group("case"):
            pieces.append(m.group("case"))
            start = m.end()
            continue
        if m.group("decision"):
            whole.add(len(pieces))
            pieces.append(text[start:m.end("decision")])
            start = m.end()
            continue
        if m.start() > start:
            pieces.append(text[start:m.start()])
        start = m.end()
    pieces.append(text[start:])
    out: list[str] = []
    for k, piece in enumerate(pieces):
        head = _heading_start().match(piece) if k not in whole else None
        if head:  # "Sagsfremstilling Økonomiudvalget fremlægger ...": the heading, then its text
            out.extend((head.group("heading"), piece[head.end():]))
        else:
            out.append(piece)
    return [piece.strip() for piece in out if piece.strip()]


@cache
def _heading_start() -> re.Pattern[str]:
    capitalised = "|".join(re.escape(h.capitalize()) for h in sorted(FLAT_HEADINGS, key=len, reverse=True))
    return re.compile(rf"^\s*(?P<heading>{capitalised})\s+(?=[A-ZÆØÅ])")


@cache
def _contents_headings() -> tuple[str, ...]:
    """The contents headings a paragraph may hold, capitalised, longest first."""
    return tuple(h.capitalize() for h in sorted(TOC_HEADINGS, key=len, reverse=True)
                 if h not in ("dagsorden", "referat", "indhold"))


@cache
def _contents() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a contents heading inside a paragraph, the place before each typed title or dot-leader entry after it)."""
    headings = "|".join(re.escape(h) for h in _contents_headings())
    types = "|".join(re.escape(t.capitalize()) for t in sorted(ITEM_TYPE_PREFIXES, key=len, reverse=True))
    heading = re.compile(rf"(?:^|\s)(?P<heading>(?:{headings})\s*:?)\s+(?=\S)")
    entry = re.compile(rf"(?<!\d\.)\s+(?=(?:\d{{1,4}}\.\s+)?(?:{types})(?:\s+og\s+[^:.]{{1,50}})?:\s+[A-ZÆØÅ0-9])"
                       r"|(?<=\.{3}\d)\s+|(?<=\.{3}\d\d)\s+|(?<=\.{3}\d\d\d)\s+")
    return heading, entry


def _contents_lines(text: str) -> list[str] | None:
    """A flattened contents list cut into its heading and entries, when the paragraph holds one."""
    if not any(heading in text for heading in _contents_headings()):
        return None  # a plain substring test first: the pattern tries every heading after every space
    heading_pattern, entry_pattern = _contents()
    m = heading_pattern.search(text)
    if not m:
        return None
    rest = text[m.end():]
    entries = [piece.strip() for piece in entry_pattern.split(rest) if piece and piece.strip()]
    if len(entries) < 3:
        return None
    before = text[:m.start("heading")].strip()
    return ([before] if before else []) + [m.group("heading").strip()] + entries


def unflatten(lines: list[Line]) -> list[Line]:
    """The lines with each flattened paragraph cut at its labels and headings (other lines unchanged)."""
    out: list[Line] = []
    for line in lines:
        text = line.text.strip()
        if len(text) < _LONG or line.cells or line.heading or _labels_then_values(text):
            out.append(line)
            continue
        contents = _contents_lines(text)
        if contents:
            out.extend(Line(piece) for piece in contents)
            continue
        if len(_triggers().findall(text)) < 2:
            out.append(line)  # fewer than two places to cut: an ordinary paragraph
            continue
        pieces = _pieces(_PAGE_NUMBER.sub("", text))
        if len(pieces) < 3:
            out.append(line)
            continue
        for piece in pieces:
            out.append(Line(piece))
    return out
