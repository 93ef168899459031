"""A portal's item HTML -> its headed parts: every top-level ``<h3>`` opens one.

FirstAgenda writes each section of an item as ``<h3>Heading</h3>`` followed by the section's own
HTML (a Word export inside a ``<span>``). Headings inside that content (``<h3><span>Om ...``) are
the document's own sub-headings and stay in their section's text. The kind of a heading comes from
the parser's section vocabulary (:func:`referat.vocab.section_kind`, the decision heading pattern),
with the supplements and the pattern-named sections of :mod:`referat.vocab` as fall-backs.
"""

from __future__ import annotations

from dataclasses import dataclass
from html.parser import HTMLParser

from referat.extract import Line
from referat.extract.html import html_to_lines
from referat.vocab import DECISION_HEADING, SECTION_PATTERNS, SUPPLEMENT_HEADING, section_kind

#: Elements whose content is a section's text, not the item's layout.
_CONTENT = frozenset({"span", "p", "li", "td", "table"})


@dataclass
class Part:
    """One headed part: the heading's text (empty before the first heading) and its HTML."""

    heading: str
    html: str


class _Splitter(HTMLParser):
    """Records where each top-level ``<h3>`` starts and ends, as offsets into the HTML."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        # HTMLParser counts lines by "\n" alone; the offset of each line's start, by the same count.
        self.starts = [0]
        for line in text.split("\n"):
            self.starts.append(self.starts[-1] + len(line) + 1)
        self.content_depth = 0
        self.heading_start: int | None = None
        self.cuts: list[tuple[int, int]] = []  # (start of <h3>, end of </h3>)
        self.headings: list[str] = []  # each cut's heading text
        self._text: list[str] = []

    def _offset(self) -> int:
        line, column = self.getpos()
        return self.starts[line - 1] + column

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "h3" and self.content_depth == 0 and self.heading_start is None:
            self.heading_start = self._offset()
            self._text = []
        elif tag in _CONTENT and self.heading_start is None:
            self.content_depth += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "h3" and self.heading_start is not None:
            self.cuts.append((self.heading_start, self._offset()))
            self.headings.append(" ".join("".join(self._text).split()))
            self.heading_start = None
        elif tag in _CONTENT and self.heading_start is None and self.content_depth:
            self.content_depth -= 1

    def handle_data(self, data: str) -> None:
        if self.heading_start is not None:
            self._text.append(data)


def split_parts(html: str) -> list[Part]:
    """The headed parts of one item's HTML, in order; text before the first heading is a part without one."""
    splitter = _Splitter(html)
    splitter.feed(html)
    splitter.close()
    parts: list[Part] = []
    position, heading = 0, ""
    for (start, end_tag_start), text in zip(splitter.cuts, splitter.headings, strict=True):
        end = html.find(">", end_tag_start) + 1 or len(html)
        parts.append(Part(heading=heading, html=html[position:start]))
        heading = text
        position = end
    parts.append(Part(heading=heading, html=html[position:]))
    # Only the part before the first heading can be empty (a container's opening tags).
    return [p for k, p in enumerate(parts) if k or p.heading or text_of(p.html)]


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
