"""Plain text and Markdown (with HTML fragments) -> lines.

Markdown headings become ``Line.heading``; emphasis marks, inline tags and
entities are removed; tab-separated lines keep their cells.
"""

from __future__ import annotations

import re

from referat.extract import Line
from referat.extract.html import html_to_lines
from referat.extract.inline import clean_inline

_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
# Characters that can start markup; a line without any is taken as it is.
_MARKUP = re.compile("[<*_&\t\u00a0\u2007\u202f]")
_PIPE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_PIPE_RULE = re.compile(r"^\s*\|?(?:\s*:?-{2,}:?\s*\|)+\s*:?-{0,}:?\s*\|?\s*$")
_RULE = re.compile(r"^\s*(?:-{3,}|\*{3,}|_{3,})\s*$")
# A page's running footer left in text exported from PDF: "Økonomiudvalget 07-06-2021 Side 2 af 4".
_PAGE_FOOTER = re.compile(r"(?:^|\s)side\s+\d{1,4}\s*(?:af|/)\s*\d{1,4}\s*$", re.IGNORECASE)
_TABLE_START = re.compile(r"<table\b", re.IGNORECASE)
_TABLE_END = re.compile(r"</table\s*>", re.IGNORECASE)
_MD_HEADINGS = re.compile(r"(?m)^#{1,6} \S")
_WHOLLY_BOLD = re.compile(r"^\s*(?:\*\*|<b>|<strong>)(.*?)(?:\*\*|</b>|</strong>)\s*$", re.IGNORECASE)


def looks_like_markdown(text: str) -> bool:
    """True when the text uses Markdown headings (``#``) as its structure."""
    if text.startswith("#") + text.count("\n#", 0, 200000) < 2:
        return False  # fewer than two lines start with "#"
    return len(_MD_HEADINGS.findall(text[:200000])) >= 2


def _line(raw: str, heading: int = 0) -> list[Line]:
    if not raw:
        return [Line("")]
    if not _MARKUP.search(raw):
        return [Line(raw.strip(" \u00a0") if "  " not in raw else " ".join(raw.split()), heading=heading)]
    head = raw.lstrip()[:1]
    bold = (head == "*" or head == "<") and bool(_WHOLLY_BOLD.match(raw))
    if "\t" in raw:
        cells = [clean_inline(cell, " ") for cell in raw.split("\t")]
        while len(cells) > 1 and cells[-1] == "" and cells[-2] == "":
            cells.pop()
        if not any(cells[1:]):  # "1<tab>" as a browser copies a table's number cell: one value, no row
            return [Line(cells[0], heading=heading, bold=bold)]
        return [Line("\t".join(cells), heading=heading, bold=bold, cells=cells)]
    text = clean_inline(raw, "\n")
    if "\n" in text:
        return [Line(part.strip(), heading=heading) for part in text.split("\n")]
    return [Line(text, heading=heading, bold=bold)]


def _html_table(raws: list[str], start: int) -> tuple[list[Line], int]:
    """An HTML table embedded in text, read by the HTML extractor: (its lines, the index after it)."""
    end = start
    while end < len(raws) and not _TABLE_END.search(raws[end]):
        end += 1
    block = "\n".join(raws[start:end + 1])
    return [Line(""), *html_to_lines(block), Line("")], end + 1


def _to_lines(text: str, markdown: bool) -> list[Line]:
    lines: list[Line] = []
    raws = text.split("\n")
    i = 0
    while i < len(raws):
        raw = raws[i]
        if "<" in raw and _TABLE_START.search(raw):
            table_lines, i = _html_table(raws, i)
            lines.extend(table_lines)
            continue
        i += 1
        if "\f" in raw:
            raw = raw.replace("\f", "")
        # (A footer ends in a page count: a line whose last character is no digit is none.)
        if len(raw) < 160 and raw.rstrip()[-1:].isdecimal() and _PAGE_FOOTER.search(raw):
            continue
        if ("---" in raw or "***" in raw or "___" in raw) and _RULE.match(raw):  # a rule: three of one mark
            lines.append(Line(""))
            continue
        if markdown and "|" in raw and _PIPE_ROW.match(raw):
            if not _PIPE_RULE.match(raw):
                cells = [clean_inline(cell, " ") for cell in raw.strip().strip("|").split("|")]
                lines.append(Line("\t".join(cells), cells=cells))
            continue
        m = _MD_HEADING.match(raw) if markdown else None
        if m:
            lines.extend(_line(m.group(2).rstrip(" #\t"), heading=len(m.group(1))))
        else:
            lines.extend(_line(raw.rstrip(" \r")))
    return lines


def text_to_lines(text: str) -> list[Line]:
    """Lines of a plain-text document (stray inline markup removed, embedded HTML tables read as tables)."""
    return _to_lines(text, markdown=False)


def markdown_to_lines(text: str) -> list[Line]:
    """Lines of a Markdown document; ``#`` headings become heading levels, HTML tables become rows."""
    return _to_lines(text, markdown=True)
