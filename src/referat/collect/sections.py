"""A portal's item HTML -> its headed parts: every top-level ``<h3>`` opens one.

FirstAgenda writes each section of an item as ``<h3>Heading</h3>`` followed by the section's own
HTML (a Word export inside a ``<span>``). Headings inside that content (within a ``<span>`` or a
table) are the document's own sub-headings and stay in their section's text. The kind of a heading comes from
the parser's section vocabulary (:func:`referat.vocab.section_kind`, the decision heading pattern),
with the supplements and the pattern-named sections of :mod:`referat.vocab` as fall-backs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import unescape

from referat.extract import Line
from referat.extract.html import html_to_lines
from referat.vocab import DECISION_HEADING, SECTION_PATTERNS, SUPPLEMENT_HEADING, section_kind


@dataclass
class Part:
    """One headed part: the heading's text (empty before the first heading) and its HTML."""

    heading: str
    html: str


#: The tags that decide the split: headings, and the elements that hold a section's own content
#: (``span`` and ``table``, always closed, unlike ``p`` and ``li`` may be). A tag scan, not a parse:
#: the parts themselves go through the HTML extractor afterwards.
_TAG = re.compile(r"<(/?)(h3|span|table)\b[^>]*?(/?)>|<!--.*?-->", re.IGNORECASE | re.DOTALL)


def _cuts(html: str) -> list[tuple[int, int]]:
    """(start of each top-level ``<h3>``, end of its ``</h3>``), in order."""
    cuts: list[tuple[int, int]] = []
    depth = 0
    heading_start: int | None = None
    for m in _TAG.finditer(html):
        tag = (m.group(2) or "").lower()
        if not tag or m.group(3):
            continue  # a comment, or a self-closed tag
        closing = bool(m.group(1))
        if tag == "h3":
            if not closing and depth == 0 and heading_start is None:
                heading_start = m.start()
            elif closing and heading_start is not None:
                cuts.append((heading_start, m.end()))
                heading_start = None
        elif heading_start is None:
            depth = max(0, depth - 1) if closing else depth + 1
    return cuts


def split_parts(html: str) -> list[Part]:
    """The headed parts of one item's HTML, in order; text before the first heading is a part without one."""
    parts: list[Part] = []
    position, heading = 0, ""
    for start, end in _cuts(html):
        parts.append(Part(heading=heading, html=html[position:start]))
        heading = _heading_text(html[start:end])
        position = end
    parts.append(Part(heading=heading, html=html[position:]))
    # Only the part before the first heading can be empty (a container's opening tags).
    return [p for k, p in enumerate(parts) if k or p.heading or text_of(p.html)]


_ANY_TAG = re.compile(r"<[^<>]*>")


def _heading_text(fragment: str) -> str:
    """The text of one ``<h3>...</h3>``: its tags dropped, entities decoded, spaces collapsed."""
    return " ".join(unescape(_ANY_TAG.sub(" ", fragment)).split())


def text_of(html: str) -> str:
    """The text of an HTML fragment on one line."""
    return " ".join(line.text.strip() for line in html_to_lines(html) if line.text.strip())


def lines_of(html: str) -> list[Line]:
    """The lines of an HTML fragment, through the project's HTML extractor."""
    return html_to_lines(html)


def heading_kind(heading: str) -> str:
    """The section kind of a portal heading: decision, a vocabulary kind, a supplement's kind, or ``other``."""
    text = heading.strip().rstrip(":").strip()
    if not text:
        return "summary"
    if DECISION_HEADING.match(text):
        return "decision"
    kind = section_kind(text)
    if kind is None and (m := SUPPLEMENT_HEADING.match(text)):
        return heading_kind(text[m.end():]) if text[m.end():].strip() else "other"
    if kind is None:
        kind = next((k for pattern, k in SECTION_PATTERNS if pattern.search(text)), None)
    return kind or "other"
