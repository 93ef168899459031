"""Item headings: every line that could open an agenda item, scored by what surrounds it, and the best
sequence of them with rising numbers.

No single layout rule finds the items of every document: numbers stand glued to titles, alone on a line,
behind ``Punkt``, a bullet or a status word; numbered lines inside an item are recommendations or lists.
So each candidate line gets the strength of its form plus signals (heading markup or bold, the contents
listing it, a case number or a section heading right below it), the forms that dominate the document
are preferred, and the chosen headings are the highest-scoring sequence whose numbers rise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from referat.extract import Line
from referat.parse.closed import is_closed_status, strip_closed_marker
from referat.parse.numbers import bare_case_number, labelled_case_number, short_case_number
from referat.parse.toc import TocEntry
from referat.parse.toc_entry import listed_behind_header
from referat.parse.toc_keys import line_keys, title_key
from referat.vocab import (
    BULLETS,
    DECISION_HEADING,
    ITEM_HEADING_FORMS,
    ITEM_HEADING_START,
    MONTH_ALTERNATION,
    OPEN_STATUS_LINES,
    SUB_ITEM_HEADING,
    TOC_HEADINGS,
    normalise_heading,
    section_kind,
)

_MAX_HEADING_LINE = 400
_TOC_HEADING_SET = frozenset(TOC_HEADINGS)
_THRESHOLD = 3.0
_HINT = 2.0
_TOC_MATCH = 3.0
_STRUCTURE = 2.0
_OFF_STYLE = 1.0
_LOOKBACK = 400  # predecessors considered per candidate: keeps the sequence search linear
# A step this large between two items' numbers leaves out more items than a document omits (closed or withdrawn
# ones): "1. Velkomst", "2. Dialog" of a programme inside item 108, then 109, 110. It costs two items' worth.
_BIG_STEP = 20
_BIG_STEP_COST = 6.0
_STRUCTURE_WINDOW = 8
_RECOMMENDATION = re.compile(r"^at\b", re.IGNORECASE)
_ROW_NUMBER = re.compile(r"^\d{1,4}\.?$")
DATE_START = re.compile(rf"^\d{{1,2}}\.?\s*(?:{MONTH_ALTERNATION})\b|^\d{{1,2}}[-./]\d{{1,2}}[-./]\d{{2,4}}",
                         re.IGNORECASE)


@dataclass
class Heading:
    """A chosen item heading: the line, the item number, the title and how many lines the title took."""

    index: int
    number: int | None
    title: str
    used: int = 0
    opens_body: bool = False  # the line is the item's first line of text, not a heading of its own
    closed: bool = False  # a closing marker stood around the number: "(Lukket) 5.", "Punkt 8 (lukket):"


@dataclass
class _Candidate:
    index: int
    number: int
    title: str
    form: str
    score: float
    used: int = 0
    closed: bool = False


def _form_of(text: str) -> tuple[str, float, re.Match[str]] | None:
    if not ITEM_HEADING_START.match(text):
        return None
    for form, strength, pattern in ITEM_HEADING_FORMS:
        m = pattern.match(text)
        if m:
            return form, strength, m
    return None


_MAX_INLINE_LABEL = 40  # the longest label of a decision given with its text on the same line


def opens_section(text: str) -> bool:
    """A section heading (``Beslutning``, ``Beslutning i Byrådet den 29-08-2017``), or a decision's label with its
    text on the same line (``Beslutning: Godkendt``, an overview of the decisions)."""
    if section_kind(text) or DECISION_HEADING.match(text):
        return True
    head, colon, value = text.partition(":")
    return bool(colon and value.strip() and len(head) <= _MAX_INLINE_LABEL and section_kind(head) == "decision")


def is_structure(text: str) -> bool:
    """A section heading, a case number line or a status line: what opens an item's body."""
    if len(text) > 160:
        return False
    if opens_section(text) or labelled_case_number(text) or bare_case_number(text) or short_case_number(text):
        return True
    key = normalise_heading(text)
    head = key.split(" - ")[0]
    if head in OPEN_STATUS_LINES or is_closed_status(head):
        return True
    label = key.partition(":")[0].rstrip(".")
    return label in ("sagsnr", "sagsnummer", "sags nr", "sagnr", "sagsid", "sag nr", "j.nr", "journalnr")


def _structure_follows(lines: list[Line], filled: list[int], position: int) -> bool:
    for k in range(position + 1, min(position + 1 + _STRUCTURE_WINDOW, len(filled))):
        text = lines[filled[k]].text.strip()
        if is_structure(text) or is_structure(text.split(",")[0]) or is_structure(text.split("\t")[0]):
            return True
        if _form_of(text) is not None and len(text) < 200:
            return False
    return False


def _sub_item_follows(lines: list[Line], filled: list[int], position: int, number: int) -> bool:
    """``1 First Agenda`` right above ``1.1 Status siden sidst``: an item opening with its first sub-item."""
    if position + 1 >= len(filled):
        return False
    return bool(SUB_ITEM_HEADING.match(lines[filled[position + 1]].text.strip())) and \
        lines[filled[position + 1]].text.strip().startswith(f"{number}.1 ")


def _next_title(lines: list[Line], filled: list[int], position: int, skip: set[int]) -> tuple[str, int]:
    """The title of a number standing alone: the next filled line, unless it opens the body."""
    if position + 1 >= len(filled):
        return "", 0
    index = filled[position + 1]
    text = lines[index].text.strip()
    if index in skip or len(text) > _MAX_HEADING_LINE or is_structure(text) or _form_of(text) is not None:
        return "", 0
    return text, index - filled[position]


def _toc_signal(number: int, title: str, toc_numbers: dict[int, str], toc_titles: set[str]) -> float:
    key = title_key(title) if title else ""
    if key and key in toc_titles:
        return _TOC_MATCH
    listed = toc_numbers.get(number)
    if listed is not None and (not key or not listed or listed.startswith(key[:15]) or key.startswith(listed[:15])):
        return _TOC_MATCH if key else _TOC_MATCH - 1
    return 0.0


def _heading_row(line: Line) -> str | None:
    """A table row of an item number and a title (``1.`` | ``Budget 2024``), maybe with its status after it
    (``| Lukket``, ``| Åben``), as a heading line; a closed status stays with the title, in brackets."""
    if not line.cells:
        return None
    cells = [c.strip() for c in line.cells if c.strip()]
    status = ""
    if len(cells) == 3 and is_closed_status(cells[2]):
        status, cells = f" ({cells[2].strip('()[] ')})", cells[:2]
    elif len(cells) == 3 and normalise_heading(cells[2]) in OPEN_STATUS_LINES:
        cells = cells[:2]
    if len(cells) != 2 or not _ROW_NUMBER.match(cells[0]) or not cells[1][:1].isalpha():
        return None
    return f"{cells[0].rstrip('.')}. {cells[1]}{status}"


def _candidates(lines: list[Line], skip: set[int], toc: list[TocEntry]) -> list[_Candidate]:
    toc_numbers = {e.number: title_key(e.title) for e in toc if e.number is not None}
    toc_titles = {title_key(e.title) for e in toc if title_key(e.title)}
    filled = [i for i, line in enumerate(lines) if line.text.strip()]
    found: list[_Candidate] = []
    for position, i in enumerate(filled):
        if i in skip:
            continue
        line = lines[i]
        text = line.text.strip().strip("*_").strip()
        row = _heading_row(line) if line.cells else None
        if row:
            text = row  # "1. | Titel": an item heading laid out as a table row
        if not text or len(text) > _MAX_HEADING_LINE or not (text[0].isalnum() or text[0] in "•·▪◦([§"):
            continue
        shape = _form_of(text)
        if shape is None:
            continue
        form, score, m = shape
        number = int(m.group("num"))
        title = (m.groupdict().get("title") or "").strip()
        used = 0
        if form != "labelled" and ((line.cells and not row) or (form in ("bare", "lone")
                                                                 and (number >= 1900 or number == 0))):
            continue
        if form in ("marked", "bare", "lone") and DATE_START.match(text.lstrip(BULLETS)):
            continue  # "4. december 2025 kl. 16:00" (or "• 24. juni – 26. juni 2019 - …") is a date, not item 4
        if title and _RECOMMENDATION.match(title):
            continue
        if form == "bare" and toc and (listed := listed_behind_header(title, number, toc)) is not None:
            number, title = listed  # "2 Udvalget for … s møde den Godkendelse af dagsorden": page 2, item 1
        hinted = line.heading > 0 or line.bold
        if form == "labelled" and title and not (hinted or m.group("mark") or title[0].isupper() or title[0].isdigit()):
            continue  # "Punkt 8 udgår ..." is a sentence; "Pkt. 8 Budget 2024" is a heading
        if form == "lone":
            if position + 1 < len(filled) and normalise_heading(lines[filled[position + 1]].text) in _TOC_HEADING_SET:
                continue  # "2" / "Indholdsfortegnelse": the number of a copy's page, above its contents
            title, used = _next_title(lines, filled, position, skip)
        if hinted:
            score += _HINT
        score += _toc_signal(number, title, toc_numbers, toc_titles)
        if _structure_follows(lines, filled, position + (1 if used else 0)) \
                or _sub_item_follows(lines, filled, position, number) \
                or (title.endswith(")") and strip_closed_marker(title)[1]):
            score += _STRUCTURE  # (a closed item's marker, "Personalesag (Lukket)", stands for the body it lacks)
        if title and title[0].islower():
            score -= 2
        if len(text) > 200 or (title.endswith(".") and len(title.split()) > 14):
            score -= 1.5  # a sentence rather than a title
        status = m.groupdict().get("status") or m.groupdict().get("after") or ""
        found.append(_Candidate(i, number, title, form, score, used, closed=bool(status) and is_closed_status(status)))
    return found


def _neighbours_confirm(found: list[_Candidate]) -> None:
    """A weak candidate right before or after a strong one of the same form and the next number is an item too:
    ``228Godkendelse af dagsorden`` with no text of its own, then ``229Beslutning om ...``."""
    strong = [c.score >= _THRESHOLD for c in found]
    for k, c in enumerate(found):
        if strong[k]:
            continue
        # The nearest candidates of the same form on either side (numbered lines of other forms in between,
        # a decision's "1) ..." points, are passed over).
        before = next((j for j in range(k - 1, -1, -1) if found[j].form == c.form), None)
        after = next((j for j in range(k + 1, len(found)) if found[j].form == c.form), None)
        for j, step in ((before, -1), (after, 1)):
            if j is not None and strong[j] and found[j].number == c.number + step:
                c.score += _STRUCTURE
                break


def _prefer_dominant_form(found: list[_Candidate]) -> None:
    """Headings of the form the document mostly uses count for more than stray ones of other forms."""
    totals: dict[str, float] = {}
    for c in found:
        if c.score >= _THRESHOLD:
            totals[c.form] = totals.get(c.form, 0.0) + c.score
    if not totals:
        return
    dominant = max(totals, key=lambda form: totals[form])
    for c in found:
        if c.form != dominant:
            c.score -= _OFF_STYLE


def _best_rising(found: list[_Candidate]) -> list[_Candidate]:
    """The highest-scoring subsequence with strictly rising numbers (a weighted longest rising run)."""
    best = [0.0] * len(found)
    previous = [-1] * len(found)
    for j, c in enumerate(found):
        best[j] = c.score
        for i in range(max(0, j - _LOOKBACK), j):
            if found[i].number < c.number:
                total = best[i] + c.score - (_BIG_STEP_COST if c.number - found[i].number > _BIG_STEP else 0.0)
                if total > best[j]:
                    best[j], previous[j] = total, i
    if not found:
        return []
    j = max(range(len(found)), key=lambda k: best[k])
    chosen: list[_Candidate] = []
    while j >= 0:
        chosen.append(found[j])
        j = previous[j]
    return chosen[::-1]


def find_item_headings(lines: list[Line], skip: set[int], toc: list[TocEntry]) -> list[Heading]:
    """The item headings of a document, in order."""
    found = _candidates(lines, skip, toc)
    _neighbours_confirm(found)
    _prefer_dominant_form(found)
    strong = [c for c in found if c.score >= _THRESHOLD]
    chosen = _best_rising(strong)
    headings = [Heading(c.index, c.number, c.title, c.used, closed=c.closed) for c in chosen]
    return _recover_from_toc(lines, skip, toc, headings)


def _recover_from_toc(lines: list[Line], skip: set[int], toc: list[TocEntry], headings: list[Heading]) -> list[Heading]:
    """Contents titles found again as a plain line between two headings stand for a lost heading.

    A PDF that dropped ``Punkt 4:`` still prints the title; when the contents list it and the
    numbering leaves room for it, the line becomes the item's heading.
    """
    if len(toc) <= len(headings):
        return headings
    known = {title_key(h.title) for h in headings}
    keys = line_keys(lines)
    result = list(headings)
    # Contents that number most entries number every item: an unnumbered entry there is front or back matter
    # ("Indholdsfortegnelse", "Underskriftsside"), not an item whose heading was lost.
    numbered = 2 * sum(entry.number is not None for entry in toc) > len(toc)
    for entry in toc:
        key = title_key(entry.title)
        if not key or key in known or (numbered and entry.number is None):
            continue
        index = next((i for i in keys.get(key, ()) if i not in skip), None)
        if index is None:
            continue
        position = next((n for n, h in enumerate(result) if h.index > index), len(result))
        low = (result[position - 1].number or 0) if position > 0 else 0
        high = (result[position].number or 0) if position < len(result) else low + 2
        if high - low >= 2 and (position == 0 or result[position - 1].index != index):
            number = entry.number if entry.number is not None and low < entry.number < high else low + 1
            result.insert(position, Heading(index, number, entry.title))
            known.add(key)
    return result
