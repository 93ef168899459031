"""What a Word document's styles and list definitions say about a paragraph: heading level, bold, list number.

Word keeps the number of an automatically numbered paragraph out of its text: the paragraph names
a list (``w:numPr``: ``numId`` and level ``ilvl``) and the numbering part says how that level counts
(start, format, pattern such as ``%1.%2.``). :class:`ListCounter` counts the paragraphs of each list
in document order to print the marker Word would show.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from docx.oxml.ns import qn

_HEADING_NAME = re.compile(r"^(?:heading|overskrift)\s*([1-6])$", re.IGNORECASE)
_TITLE_NAMES = frozenset({"title", "titel"})
_OUTLINE_BODY = 9  # w:outlineLvl 9 is body text


@dataclass
class StyleInfo:
    """A paragraph or character style with its base styles resolved."""

    heading: int = 0
    bold: bool | None = None
    num_id: str | None = None
    ilvl: int = 0


def _val(element: Any, path: str) -> str | None:
    found = element.find(path) if element is not None else None
    return None if found is None else found.get(qn("w:val"))


def heading_from_name(name: str | None) -> int:
    """1-6 for a style named "Heading N" or "Overskrift N" (or its id, "Overskrift2"), 1 for a title."""
    if not name:
        return 0
    compact = name.strip()
    m = _HEADING_NAME.match(compact)
    if m:
        return int(m.group(1))
    return 1 if compact.lower() in _TITLE_NAMES else 0


def _outline(ppr: Any) -> int:
    value = _val(ppr, qn("w:outlineLvl"))
    if value is None or not value.isdigit() or int(value) >= _OUTLINE_BODY:
        return 0
    return min(int(value) + 1, 6)


def on(value: str | None) -> bool:
    """An OOXML on/off attribute: absent or anything but "0"/"false"/"off" means on."""
    return value is None or value.lower() not in ("0", "false", "off")


def read_styles(styles_element: Any) -> dict[str, StyleInfo]:
    """Every style id of ``w:styles`` -> its heading level, bold and list, inherited through ``w:basedOn``."""
    raw: dict[str, Any] = {}
    for style in styles_element.iterchildren(qn("w:style")):
        style_id = style.get(qn("w:styleId"))
        if style_id:
            raw[style_id] = style
    resolved: dict[str, StyleInfo] = {}

    def resolve(style_id: str, seen: frozenset[str]) -> StyleInfo:
        if style_id in resolved:
            return resolved[style_id]
        style = raw.get(style_id)
        if style is None or style_id in seen:
            return StyleInfo()
        base_id = _val(style, qn("w:basedOn"))
        base = resolve(base_id, seen | {style_id}) if base_id else StyleInfo()
        info = StyleInfo(base.heading, base.bold, base.num_id, base.ilvl)
        heading = heading_from_name(_val(style, qn("w:name"))) or heading_from_name(style_id)
        ppr = style.find(qn("w:pPr"))
        info.heading = heading or _outline(ppr) or info.heading
        bold = style.find(f"{qn('w:rPr')}/{qn('w:b')}")
        if bold is not None:
            info.bold = on(bold.get(qn("w:val")))
        if ppr is not None and ppr.find(qn("w:numPr")) is not None:
            info.num_id = _val(ppr, f"{qn('w:numPr')}/{qn('w:numId')}") or info.num_id
            level = _val(ppr, f"{qn('w:numPr')}/{qn('w:ilvl')}")
            info.ilvl = int(level) if level and level.isdigit() else info.ilvl
        resolved[style_id] = info
        return info

    for style_id in raw:
        resolve(style_id, frozenset())
    return resolved


def paragraph_heading(ppr: Any, style: StyleInfo | None, style_id: str | None) -> int:
    """The heading level of a paragraph: its own outline level, else its style's (or the style id's)."""
    return _outline(ppr) or (style.heading if style else 0) or heading_from_name(style_id)


@dataclass
class _Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = ""


_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"),
          (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))


def _roman(number: int) -> str:
    out = []
    for value, letters in _ROMAN:
        while number >= value:
            out.append(letters)
            number -= value
    return "".join(out)


def _letters(number: int) -> str:
    # Word repeats the letter past z: a..z, aa..zz.
    return chr(ord("a") + (number - 1) % 26) * ((number - 1) // 26 + 1) if number > 0 else ""


def format_number(number: int, fmt: str) -> str:
    """A list counter in a numbering format (decimal, letters, roman numerals)."""
    if fmt == "lowerLetter":
        return _letters(number)
    if fmt == "upperLetter":
        return _letters(number).upper()
    if fmt == "lowerRoman":
        return _roman(number)
    if fmt == "upperRoman":
        return _roman(number).upper()
    if fmt == "decimalZero":
        return f"{number:02d}"
    return str(number)


class ListCounter:
    """Counts the paragraphs of each numbered list to give each the marker Word prints before it."""

    def __init__(self, numbering_element: Any | None) -> None:
        self._levels: dict[str, dict[int, _Level]] = {}
        self._counts: dict[str, dict[int, int]] = {}
        if numbering_element is None:
            return
        abstract: dict[str, dict[int, _Level]] = {}
        for element in numbering_element.iterchildren(qn("w:abstractNum")):
            abstract[element.get(qn("w:abstractNumId"), "")] = self._read_levels(element, {})
        for num in numbering_element.iterchildren(qn("w:num")):
            base = abstract.get(_val(num, qn("w:abstractNumId")) or "", {})
            levels = {k: _Level(v.start, v.fmt, v.text) for k, v in base.items()}
            for override in num.iterchildren(qn("w:lvlOverride")):
                ilvl = int(override.get(qn("w:ilvl"), "0") or 0)
                start = _val(override, qn("w:startOverride"))
                if start and start.isdigit():
                    levels.setdefault(ilvl, _Level()).start = int(start)
                self._read_levels(override, levels)
            self._levels[num.get(qn("w:numId"), "")] = levels

    @staticmethod
    def _read_levels(element: Any, levels: dict[int, _Level]) -> dict[int, _Level]:
        for lvl in element.iterchildren(qn("w:lvl")):
            ilvl = int(lvl.get(qn("w:ilvl"), "0") or 0)
            start = _val(lvl, qn("w:start"))
            levels[ilvl] = _Level(int(start) if start and start.isdigit() else 1,
                                  _val(lvl, qn("w:numFmt")) or "decimal", _val(lvl, qn("w:lvlText")) or "")
        return levels

    def marker(self, num_id: str | None, ilvl: int) -> str | None:
        """The marker of the next paragraph of list ``num_id`` at level ``ilvl``: "3.", "b)", "-" or None."""
        if not num_id or num_id == "0":
            return None
        levels = self._levels.get(num_id)
        if levels is None:
            return None  # the list definitions are missing (a file cut short): the number is unknown
        level = levels.get(ilvl, _Level())
        if level.fmt == "none":
            return None
        if level.fmt == "bullet":
            return "-"
        counts = self._counts.setdefault(num_id, {})
        counts[ilvl] = counts[ilvl] + 1 if ilvl in counts else level.start
        for deeper in [k for k in counts if k > ilvl]:
            del counts[deeper]

        def substitute(m: re.Match[str]) -> str:
            k = int(m.group(1)) - 1
            shown = levels.get(k, _Level())
            return format_number(counts.get(k, shown.start), shown.fmt)

        text = re.sub(r"%([1-9])", substitute, level.text or f"%{ilvl + 1}.")
        return text.strip() or None
