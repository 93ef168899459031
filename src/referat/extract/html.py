"""HTML pages -> lines, streamed through libxml2's HTML parser (lxml's parser target interface).

No tree is built, so depth costs nothing (a 50,000-deep nesting streams like a flat
page); libxml2 closes what a page leaves open and tokenizes several times faster than the
standard library's ``html.parser``. Script, style and navigation content is dropped; block elements end lines;
``<h1>``-``<h6>`` become heading levels; table rows become tab-joined cells.

A table cell that holds several blocks (paragraphs, line breaks, a nested table) is a container,
not a data cell: older portals lay out whole pages and each agenda item's sections as tables
(``<td>Resumé</td><td><p>..</p><p>..</p></td>``). Such a row is read as its cells' blocks in turn,
a short one-block cell before it as a bold label line.

Preformatted text (``<pre>``) keeps its line breaks and is read as plain text is, each line a line.

Pages saved from Word: its conditional comments are comments and dropped (``<![if ...]>`` also with spaces,
which libxml2 reads as comments),
soft hyphens are removed, and the list markers Word draws itself (``mso-list:Ignore`` spans) are read as the
marker alone.
"""

from __future__ import annotations

import re
from typing import Any

from referat.extract import Line
from referat.extract.html_furniture import SKIPPED_TAGS, is_furniture
from referat.vocab import CLOSED_MARKERS, marker_alternation

# A button's text is kept only when it reads like a heading: accordions put the item titles in buttons,
# while "Udskriv" and "Vis mere" are controls.
_HEADING_BUTTON = re.compile(r"^\s*(?:(?:punkt|pkt\.?|sag)\s+)?\d{1,4}\b|\S+(?:\s+\S+){3,}")
_BLOCK = frozenset({"p", "div", "br", "li", "ul", "ol", "section", "article", "header", "footer", "main",
                    "dt", "dd", "dl", "blockquote", "pre", "hr", "table", "thead", "tbody", "tfoot",
                    "caption", "figure", "figcaption", "address", "details", "summary", "button",
                    "h1", "h2", "h3", "h4", "h5", "h6"})
_BOLD = frozenset({"b", "strong"})
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_VOID = frozenset({"br", "hr", "img", "meta", "link", "input", "wbr", "area", "base", "col", "source"})
# Ends a block inside a table cell.
_BREAK = "\x00"
_LABEL_MAX = 80
# Word's own list numbering: the marker it draws in a ``mso-list:Ignore`` span, padded with spaces in a
# tiny font. A number or letter marker (``1.``, ``a)``) is kept as printed, a bullet glyph becomes ``- ``.
_LIST_IGNORE = re.compile(r"mso-list\s*:\s*ignore", re.IGNORECASE)
_NUMBER_MARKER = re.compile(r"^\w{1,6}[.)]$")
_SOFT_HYPHEN = "\xad"
# Where an icon carries its text: a closing marker there (a lock drawn for a closed item) is kept as text.
_STATUS_ATTRIBUTES = frozenset({"alt", "title", "aria-label"})
_CLOSED_TEXT = re.compile(r"^\s*[(\[]?\s*(?:" + marker_alternation(CLOSED_MARKERS) + r")\s*[)\]]?\s*$",
                          re.IGNORECASE)
class _LineCollector:
    """The target of libxml2's parser: its events (:meth:`start`, :meth:`end`, :meth:`data`) become lines."""

    def __init__(self) -> None:
        self.lines: list[Line] = []
        self._buffer: list[str] = []
        self._skip_depth = 0
        self._skip_tag = ""
        self._heading = 0
        self._bold_depth = 0
        self._bold_text = 0
        self._plain_text = 0
        # A cell is its text pieces, _BREAK marks between blocks and the rows of tables nested in it.
        self._row: list[list[str | Line]] | None = None
        self._cell: list[str | Line] | None = None
        self._outer: list[tuple[list[list[str | Line]] | None, list[str | Line]]] = []
        self._title: list[str] | None = None
        self.title = ""
        self._button: list[str] | None = None
        self._button_heading = False
        self._marker: list[str] | None = None
        self._marker_depth = 0
        # The text of the <pre> block being read (outside table cells), and how deep in <pre> the parser is.
        self._pre: list[str] = []
        self._pre_depth = 0

    # -- text ---------------------------------------------------------------
    def _flush(self) -> None:
        text = " ".join("".join(self._buffer).split())
        self._buffer = []
        if text:
            bold = self._bold_text > 0 and self._plain_text == 0
            self._out().append(Line(text, heading=self._heading, bold=bold))
        self._bold_text = self._plain_text = 0

    def _out(self) -> list[Any]:
        """Where finished lines go: the page, or the cell a nested table stands in."""
        return self._outer[-1][1] if self._outer else self.lines

    def _blank(self) -> None:
        self._flush()
        out = self._out()
        if out and isinstance(out[-1], Line) and out[-1].text:
            out.append(Line(""))

    def handle_data(self, data: str) -> None:
        data = data.replace(_SOFT_HYPHEN, "")
        if self._marker is not None:
            self._marker.append(data)
            return
        if self._title is not None:
            self._title.append(data)
            return
        if self._skip_depth:
            return
        if self._button is not None:
            self._button.append(data)
            return
        if self._pre_depth:
            self._pre_data(data)
            return
        if self._cell is not None:
            self._cell.append(data)
            return
        self._buffer.append(data)
        if data.strip():
            if self._bold_depth:
                self._bold_text += 1
            else:
                self._plain_text += 1

    # -- tags ---------------------------------------------------------------
    def _closed_icon(self, attrs: list[tuple[str, str | None]]) -> None:
        """A lock icon's text read as text (``<img alt="Lukket">``, ``<i title="Lukket punkt">``): it closes an item."""
        for name, value in attrs:
            if name in _STATUS_ATTRIBUTES and value and _CLOSED_TEXT.match(value):
                self.handle_data(f" {value.strip()} ")
                return

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if not self._skip_depth and attrs:
            self._closed_icon(attrs)
        if tag == "title" and not self._skip_depth:
            self._title = []
            return
        if self._skip_depth:
            if tag == self._skip_tag and tag not in _VOID:
                self._skip_depth += 1
            return
        if tag not in _VOID and (tag in SKIPPED_TAGS or is_furniture(attrs)):
            self._skip_depth, self._skip_tag = 1, tag
            return
        if tag == "span" and self._marker is not None:
            self._marker_depth += 1
            return
        if self._marker is not None and tag in _BLOCK:  # a marker span left open
            self._end_marker()
        if tag == "span" and any(n == "style" and v and _LIST_IGNORE.search(v) for n, v in attrs):
            self._marker, self._marker_depth = [], 1
            return
        if tag == "button":
            self._flush()
            self._button = []
            self._button_heading = False
            return
        if self._button is not None and tag in _HEADINGS:
            self._button_heading = True  # <button><h2>Eventuelt</h2></button>: a heading, however short
        if tag == "pre":
            self._start_pre()
            return
        if self._pre_depth:
            if tag == "br":
                self._pre_data("\n")
            return  # other markup inside preformatted text (links, spans) is not structure
        if tag == "table" and self._cell is not None:
            self._outer.append((self._row, self._cell))
            self._row = self._cell = None
            return
        if tag == "tr":
            self._blank_row_start()
        elif tag in ("td", "th") and self._row is not None:
            if self._cell is not None:
                self._row.append(self._cell)
            self._cell = []
        elif self._cell is not None and tag in _BLOCK:
            self._cell.append(_BREAK)
        elif tag in _BLOCK:
            if tag in ("p", "table", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6"):
                self._blank()
            else:
                self._flush()
            if tag[0] == "h" and tag[1:].isdigit():
                self._heading = int(tag[1])
            elif tag == "li":
                self._buffer.append("- ")
        elif tag in _BOLD:
            self._bold_depth += 1

    # -- the parser's events ---------------------------------------------------
    def start(self, tag: str, attrib: Any) -> None:
        self.handle_starttag(tag, list(attrib.items()) if attrib else [])

    def end(self, tag: str) -> None:
        if tag not in _VOID:  # a void element ends where it starts
            self.handle_endtag(tag)

    def data(self, data: str) -> None:
        self.handle_data(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "title" and self._title is not None:
            self.title = " ".join("".join(self._title).split())
            self._title = None
            return
        if self._skip_depth:
            if tag == self._skip_tag:
                self._skip_depth -= 1
            return
        if tag == "span" and self._marker is not None:
            self._marker_depth -= 1
            if not self._marker_depth:
                self._end_marker()
            return
        if tag == "pre" and self._pre_depth:
            self._end_pre()
            return
        if tag == "button" and self._button is not None:
            text = " ".join("".join(self._button).split())
            self._button = None
            if not (_HEADING_BUTTON.match(text) or self._button_heading):
                return
            if self._cell is not None:  # an accordion laid out in a table: the heading is a block of the cell
                self._cell.extend((_BREAK, text, _BREAK))
            else:
                self._blank()
                self._out().append(Line(text, bold=True))
                self._blank()
            return
        if tag in ("td", "th") and self._cell is not None and self._row is not None:
            self._row.append(self._cell)
            self._cell = None
        elif tag == "tr" and self._row is not None:
            self._end_row()
        elif tag == "table" and self._outer and self._cell is None:
            if self._row is not None:
                self._end_row()
            self._flush()
            self._row, self._cell = self._outer.pop()
            self._cell.append(_BREAK)
        elif self._cell is not None and tag in _BLOCK:
            self._cell.append(_BREAK)
        elif tag in _BLOCK and self._cell is None:
            if tag in ("p", "table", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6"):
                self._blank()
            else:
                self._flush()
            if tag[0] == "h" and tag[1:].isdigit():
                self._heading = 0
        elif tag in _BOLD and self._bold_depth:
            self._bold_depth -= 1

    # -- preformatted text ---------------------------------------------------
    def _start_pre(self) -> None:
        self._pre_depth += 1
        if self._pre_depth > 1:
            return
        if self._cell is not None:
            self._cell.append(_BREAK)
        else:
            self._blank()
            self._pre = []

    def _pre_data(self, data: str) -> None:
        """Text inside <pre>: in a cell each line is a block, elsewhere it is kept whole for :meth:`_end_pre`."""
        if self._cell is None:
            self._pre.append(data)
            return
        for k, part in enumerate(data.replace("\r\n", "\n").split("\n")):
            if k:
                self._cell.append(_BREAK)
            self._cell.append(part)

    def _end_pre(self) -> None:
        self._pre_depth -= 1
        if self._pre_depth:
            return
        if self._cell is not None:
            self._cell.append(_BREAK)
            return
        from referat.extract.text import text_to_lines

        text = "".join(self._pre).replace("\r\n", "\n").replace("\r", "\n")
        self._pre = []
        # A newline straight after <pre> is not part of the content (HTML's own rule).
        for line in text_to_lines(text[1:] if text.startswith("\n") else text):
            if line.text or (self._out() and self._out()[-1].text):
                self._out().append(line)
        self._blank()

    def _end_marker(self) -> None:
        marker = " ".join("".join(self._marker or []).split())
        self._marker = None
        if marker:
            self.handle_data(marker + " " if _NUMBER_MARKER.match(marker) else "- ")

    def _blank_row_start(self) -> None:
        if self._row is not None:
            self._end_row()
        self._flush()
        self._row = []

    def _end_row(self) -> None:
        if self._cell is not None and self._row is not None:
            self._row.append(self._cell)
            self._cell = None
        cells = [_blocks(cell) for cell in self._row or []]
        self._row = None
        out = self._out()
        if all(len(blocks) <= 1 and all(isinstance(b, str) for b in blocks) for blocks in cells):
            row = [str(blocks[0]) if blocks else "" for blocks in cells]
            if any(row):
                out.append(Line("\t".join(row), cells=row))
            return
        # A container row: each cell's blocks in turn, a short one-block cell as a label.
        if out and isinstance(out[-1], Line) and out[-1].cells:
            out.append(Line(""))
        for blocks in cells:
            label = len(blocks) == 1 and isinstance(blocks[0], str) and len(blocks[0]) <= _LABEL_MAX
            for block in blocks:
                if isinstance(block, Line):
                    if block.text or (out and isinstance(out[-1], Line) and out[-1].text):
                        out.append(block)
                    continue
                if out and isinstance(out[-1], Line) and out[-1].cells:
                    out.append(Line(""))
                out.append(Line(block, bold=label))
                out.append(Line(""))

    def close(self) -> None:
        """The page's end: what it left open is ended."""
        if self._marker is not None:
            self._end_marker()
        if self._pre_depth:  # a <pre> left open: its text so far
            self._pre_depth = 1
            self._end_pre()
        while self._outer:  # tables left open inside a cell
            if self._row is not None:
                self._end_row()
            self._flush()
            self._row, self._cell = self._outer.pop()
        if self._row is not None:
            self._end_row()
        self._flush()


def _blocks(cell: list[str | Line]) -> list[str | Line]:
    """A cell's pieces -> its blocks: paragraphs of text and the rows of nested tables."""
    blocks: list[str | Line] = []
    text: list[str] = []

    def close() -> None:
        joined = " ".join("".join(text).split())
        text.clear()
        if joined:
            blocks.append(joined)

    for piece in cell:
        if isinstance(piece, Line):
            close()
            if piece.text or (blocks and isinstance(blocks[-1], Line) and blocks[-1].text):
                blocks.append(piece)
        elif piece == _BREAK:
            close()
        else:
            text.append(piece)
    close()
    return blocks


def html_to_lines(text: str) -> list[Line]:
    """Lines of an HTML page, with the page ``<title>`` dropped."""
    from lxml import etree

    collector = _LineCollector()
    parser = etree.HTMLParser(target=collector, huge_tree=True, no_network=True)
    parser.feed(text)
    parser.close()
    lines = collector.lines
    while lines and not lines[-1].text:
        lines.pop()
    return lines
