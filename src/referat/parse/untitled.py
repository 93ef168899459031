"""Items a page printed without their number and title: opened by their case number line, by their status
alone on a line, or by the section each of them opens with; and the page of one unnumbered item."""

from __future__ import annotations

import itertools
import re

from referat.extract import Line
from referat.parse.closed import access_status
from referat.parse.dates import find_date
from referat.parse.headings import DATE_START, Heading, is_structure
from referat.parse.numbers import labelled_case_number
from referat.vocab import CHROME_LINE, DECISION_HEADING, DOCUMENT_KINDS, normalise_heading, section_kind

#: A cell of a grid of the bodies an item goes through, one a line: "DIR", "TMU", "x".
_ROUTING_CELL = re.compile(r"^(?:[A-ZÆØÅ]{2,4}|x)$")
#: An item's metadata line: "Øvrige sagsbehandlere: Jacob Philipsen", "Sagsnr.: 05.00.00-A00-2-17 …".
_METADATA_LABEL = re.compile(r"^[A-ZÆØÅ][\w .-]{1,30}:\s+\S")


def untitled_headings(lines: list[Line], skip: set[int]) -> list[Heading]:
    """Items whose number and title a copy lost, each opened by its case number line (``• Sagsid.: 20/2955``).

    Used only when a document has no item headings: the case number lines must recur, or the one there is
    must have sections below it.
    """
    found = [i for i, line in enumerate(lines) if i not in skip and _case_line(line.text)]
    if not found:
        return _status_headings(lines, skip) or _section_headings(lines, skip)
    if len(found) == 1:
        below = [line.text for line in lines[found[0] + 1:found[0] + 8] if line.text.strip()][:3]
        if not any(section_kind(text) for text in below):
            return []
    return [Heading(i, None, "", opens_body=True) for i in found]


#: The sections that open an item's body on a page of one item.
_BODY_KINDS = frozenset({"decision", "summary", "recommendation", "presentation"})
_MAX_SECTION_HEADING = 70  # the longest section label of the vocabulary is 62 characters


def _section_headings(lines: list[Line], skip: set[int]) -> list[Heading]:
    """Items whose number, title and status a page left out, each opened by the section the first of them opens
    with (``Resumé``, ``Sagsfremstilling``): that section's heading must recur, and a decision must stand between
    each two of them, so that one item's sections repeated are not read as items."""
    sections: list[tuple[int, str]] = []
    for k, line in enumerate(lines):
        text = line.text.strip()
        if k in skip or not text or len(text) > _MAX_SECTION_HEADING:
            continue
        kind = section_kind(text) or ("decision" if DECISION_HEADING.match(text) else None)
        if kind is not None:
            sections.append((k, kind))
    first = next((kind for _, kind in sections if kind in _BODY_KINDS), None)
    if first == "decision":
        return _decision_first(lines, sections)
    if first is None:
        return []
    starts = [k for k, kind in sections if kind == first]
    decisions = [k for k, kind in sections if kind == "decision"]
    if len(starts) < 2 or not all(any(a < d < b for d in decisions) for a, b in itertools.pairwise(starts)):
        return []
    return [Heading(k, None, "", opens_body=True) for k in starts]


def _decision_first(lines: list[Line], sections: list[tuple[int, str]]) -> list[Heading]:
    """Items that open with their decision under one bare label, the same each time (``Offentlig beslutning der
    skal udfyldes, hvis punktet er lukket`` / ``Tiltrådt.`` …). A label naming a body or a date is an item's own
    chain of decisions (``Beslutning Økonomiudvalget …`` then ``Beslutning Byrådet …``), and opens none."""
    label = normalise_heading(lines[next(k for k, kind in sections if kind == "decision")].text.strip())
    if section_kind(label) != "decision":
        return []
    starts = [k for k, kind in sections if kind == "decision" and normalise_heading(lines[k].text.strip()) == label]
    return [Heading(k, None, "", opens_body=True) for k in starts] if len(starts) >= 2 else []


def _status_headings(lines: list[Line], skip: set[int]) -> list[Heading]:
    """Items whose number and title a page left out, each opened by its status alone on a line (``Åben``,
    ``Lukket``) with a section heading right below it. The status lines must recur."""
    found: list[Heading] = []
    for i, line in enumerate(lines):
        status = access_status(normalise_heading(line.text.strip())) \
            if i not in skip and 0 < len(line.text.strip()) <= 20 else None
        if status is not None:
            below = next((other.text.strip() for other in lines[i + 1:i + 4] if other.text.strip()), "")
            if section_kind(below):
                found.append(Heading(i, None, "", opens_body=True, closed=status))
    return found if len(found) >= 2 else []


_SINGLE_TITLE_LOOKBACK = 4
#: The sections only an agenda item has: a memo has none of them.
_ITEM_ONLY_KINDS = frozenset({"decision", "recommendation"})
_MIN_LEAD = 80  # a summary's lead paragraph: a sentence or more, longer than any title's line


def single_item_heading(lines: list[Line], skip: set[int]) -> list[Heading]:
    """A page of one item without a number (a portal's page per item): its title is the line that stands
    before the item's first section heading (``Beslutning``, ``Resumé``), past the page's controls and a summary's
    lead paragraph printed without a heading.

    Used only when a document has no item headings and has a decision or recommendation heading. The title must
    read as one: no label, date, full stop or colon at its end.
    """
    kinds = [(k, section_kind(line.text.strip())) for k, line in enumerate(lines)
             if k not in skip and len(line.text.strip()) <= 60]
    first = next((k for k, kind in kinds if kind in _BODY_KINDS), None)
    if first is None or not any(kind in _ITEM_ONLY_KINDS for _, kind in kinds):
        return []  # a memo's "Formål" and "Baggrund" make no item: an item's page has its decision or recommendation
    seen, lead = 0, False
    for k in range(first - 1, -1, -1):
        text = lines[k].text.strip()
        if not text or CHROME_LINE.match(text) or _ROUTING_CELL.match(text) or _METADATA_LABEL.match(text):
            continue  # the page's controls, a routing grid's cells ("TMU", "x"), the item's labelled metadata
        if not lead and seen == 0 and len(text) > _MIN_LEAD and text.endswith(".") and not is_structure(text):
            lead = True  # the item's summary printed under its title without a heading of its own
            continue
        seen += 1
        if seen > _SINGLE_TITLE_LOOKBACK or k in skip:
            return []
        if len(text) <= 200 and text[:1].isupper() and not text.endswith((".", ":")) and ":" not in text[:30] \
                and not DATE_START.match(text) and find_date(text)[0] is None and not is_structure(text) \
                and normalise_heading(text) not in DOCUMENT_KINDS:
            return [Heading(k, None, text)]
        return []
    return []


def _case_line(text: str) -> bool:
    text = text.strip().lstrip("•·▪◦-* ").strip()
    if len(text) > 80 or ":" not in text:
        return False
    empty_label = is_structure(text) and not text.partition(":")[2].strip() and not section_kind(text)
    return bool(labelled_case_number(text)) or empty_label
