"""Render minutes as PDFs in the page designs of other publishing systems, for the PDF tests.

:mod:`tests.pdfmaker` lays every document out the same way. Here a document is written once
as a list of blocks (title, label/value rows, item heading, case-number line, section heading,
paragraph, list, table, boxed decision) and :func:`render_pdf` sets it in one of four designs:

- ``frontpage``: the meeting header as a two-column label/value table on a front page, a table of
  contents with dot leaders and page numbers on a page of its own, every item on a new page.
- ``margin``: item headings in a larger bold font with the number in a left margin column (number
  and title separate text objects on one baseline), section headings in coloured bold small caps,
  justified body text, the committee and date in a running header on the right, a footer
  ``Dagsorden/Referat – <Udvalg>`` on the left and ``Side N`` on the right.
- ``landscape``: a data table on a landscape page (shaded header row, grid, right-aligned numbers),
  recommendations as a bulleted list with the text at a hanging indent, the decision in a shaded box.
- ``plain``: one font throughout (the bold is lost), headings told only by a blank gap after them,
  long words hyphenated at line ends.

:func:`to_text` gives the same document as plain text, one paragraph per line.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from tests.pdfmaker import BOLD, REGULAR, register_fonts, wrap_words

STYLES = ("frontpage", "margin", "landscape", "plain")


# --- the document --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Text:
    text: str


class Title(_Text):
    """A line of the document's title."""


@dataclass(frozen=True)
class Labels:
    """Header rows: a label and its values (a member list has one value per person)."""

    rows: tuple[tuple[str, tuple[str, ...]], ...]


@dataclass(frozen=True)
class Item:
    number: int
    title: str


class Meta(_Text):
    """A line under the item heading: ``Sagsnr.: 24-001234``."""


class Heading(_Text):
    """A section heading."""


class Para(_Text):
    """A paragraph."""


@dataclass(frozen=True)
class Lines:
    """Short lines set one under the other: attachments, history entries, a vote."""

    lines: tuple[str, ...]


@dataclass(frozen=True)
class Bullets:
    """A list; ``marker`` is ``"•"`` or ``"1."`` (numbered)."""

    entries: tuple[str, ...]
    marker: str = "•"

    def markers(self) -> list[str]:
        return [f"{n}." if self.marker == "1." else self.marker for n in range(1, len(self.entries) + 1)]


@dataclass(frozen=True)
class Table:
    caption: str
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class Boxed:
    """A decision set apart: a shaded box in the ``landscape`` design, plain elsewhere."""

    blocks: tuple[Heading | Para | Lines, ...]


Block = Title | Labels | Item | Meta | Heading | Para | Lines | Bullets | Table | Boxed


@dataclass(frozen=True)
class Document:
    blocks: tuple[Block, ...]
    header: str = ""  # the running header's text
    footer: str = ""  # the footer's text beside the page number


def _flat(blocks: tuple[Block, ...]) -> list[Block]:
    out: list[Block] = []
    for block in blocks:
        out.extend(block.blocks if isinstance(block, Boxed) else (block,))
    return out


def to_text(document: Document, contents: dict[int, int] | None = None, capitals: bool = False) -> str:
    """The document as plain text; ``contents`` (item number -> page) adds a table of contents after the header.

    ``capitals`` writes section headings in capitals, as the text layer has headings set in small caps.
    """
    lines: list[str] = []
    blocks = _flat(document.blocks)
    for index, block in enumerate(blocks):
        tight = (index > 0 and isinstance(blocks[index - 1], Item | Heading)) or isinstance(block, Meta)
        if lines and not tight:
            lines.append("")
        if isinstance(block, Item) and contents is not None and block.number == min(contents):
            lines.extend(["Indholdsfortegnelse", *_contents_lines(document, contents), ""])
        if isinstance(block, Heading):
            lines.append(block.text.upper() if capitals else block.text)
        elif isinstance(block, Title | Meta | Para):
            lines.append(block.text)
        elif isinstance(block, Labels):
            lines.extend(f"{label}: {', '.join(values)}" for label, values in block.rows)
        elif isinstance(block, Item):
            lines.append(f"{block.number}. {block.title}")
        elif isinstance(block, Lines):
            lines.extend(block.lines)
        elif isinstance(block, Bullets):
            lines.extend(f"{m} {entry}" for m, entry in zip(block.markers(), block.entries, strict=True))
        elif isinstance(block, Table):
            lines.extend([block.caption, *("\t".join(row) for row in block.rows)])
    return "\n".join(lines) + "\n"


def _contents_lines(document: Document, contents: dict[int, int]) -> list[str]:
    return [f"{b.number}. {b.title} ..... {contents[b.number]}" for b in document.blocks if isinstance(b, Item)]


# --- the page designs ------------------------------------------------------------------------------------------------

PORTRAIT = A4
LANDSCAPE = landscape(A4)
BLUE = (0.12, 0.27, 0.55)
SHADE = (0.88, 0.9, 0.93)


@dataclass(frozen=True)
class _Design:
    margin: float = 62.0  # left edge of the text
    body: float = 62.0  # left edge of the body text (the margin design indents it)
    top: float = 770.0
    bottom: float = 72.0
    size: float = 10.0
    leading: float = 13.0
    gap: float = 8.0  # between paragraphs
    heading_size: float = 11.0
    item_size: float = 13.0
    heading_font: str = BOLD
    justify: bool = False
    hyphenate_from: int = 12


DESIGNS = {
    "frontpage": _Design(),
    "margin": _Design(margin=40.0, body=84.0, size=10.0, leading=13.5, heading_size=10.5, item_size=14.0, justify=True),
    "landscape": _Design(item_size=12.0),
    "plain": _Design(heading_font=REGULAR, heading_size=10.0, item_size=10.0, gap=13.0, hyphenate_from=9),
}

Op = Callable[[Canvas], None]


@dataclass
class _Page:
    size: tuple[float, float]
    ops: list[Op] = field(default_factory=list)


class _Layout:
    """A cursor over pages: ops are collected per page and drawn once the page count is known."""

    def __init__(self, design: _Design) -> None:
        self.d = design
        self.pages: list[_Page] = []
        self.y = 0.0
        self.new_page()

    @property
    def right(self) -> float:
        return self.pages[-1].size[0] - 62.0

    def new_page(self, size: tuple[float, float] = PORTRAIT) -> None:
        self.pages.append(_Page(size))
        self.y = size[1] - (842.0 - self.d.top)

    def need(self, height: float) -> None:
        if self.y - height < self.d.bottom:
            self.new_page()

    def draw(self, op: Op) -> None:
        self.pages[-1].ops.append(op)

    def text(self, x: float, text: str, font: str, size: float, *, color: tuple[float, float, float] | None = None,
             word_space: float = 0.0, small_caps: bool = False, right: bool = False) -> None:
        y = self.y

        def op(canvas: Canvas) -> None:
            canvas.setFillColorRGB(*(color or (0, 0, 0)))
            if right:
                canvas.setFont(font, size)
                canvas.drawRightString(x, y, text)
            elif small_caps:
                _draw_small_caps(canvas, x, y, text, font, size)
            else:
                obj = canvas.beginText(x, y)
                obj.setFont(font, size)
                obj.setWordSpace(word_space)
                obj.textOut(text)
                canvas.drawText(obj)
            canvas.setFillColorRGB(0, 0, 0)

        self.draw(op)

    def paragraph(self, x: float, text: str, font: str, size: float, *, justify: bool = False,
                  color: tuple[float, float, float] | None = None) -> None:
        width = self.right - x
        parts = wrap_words(text, font, width, size, self.d.hyphenate_from)
        for index, part in enumerate(parts):
            self.need(self.d.leading)
            space = 0.0
            if justify and index < len(parts) - 1 and part.count(" "):
                space = (width - pdfmetrics.stringWidth(part, font, size)) / part.count(" ")
            self.text(x, part, font, size, word_space=space, color=color)
            self.y -= self.d.leading * size / self.d.size


def _draw_small_caps(canvas: Canvas, x: float, y: float, text: str, font: str, size: float) -> None:
    """Capitals at full size, lower-case letters as capitals at 80 per cent: one text object, font changes."""
    obj = canvas.beginText(x, y)
    for char in text:
        small = char.islower()
        obj.setFont(font, size * 0.8 if small else size)
        obj.textOut(char.upper() if small else char)
    canvas.drawText(obj)


def _labels(layout: _Layout, block: Labels) -> None:
    """The front page's label/value table: label column, value column, a rule under each row."""
    d = layout.d
    value_x = d.margin + 120
    for label, values in block.rows:
        top = layout.y + d.leading - 2
        for index, value in enumerate(values):
            if index == 0:
                layout.text(d.margin + 4, label, BOLD, d.size)
            for part in wrap_words(value, REGULAR, layout.right - value_x, d.size):
                layout.text(value_x, part, REGULAR, d.size)
                layout.y -= d.leading
        bottom, y_top = layout.y + d.leading - 4, top

        def rules(canvas: Canvas, bottom: float = bottom, y_top: float = y_top) -> None:
            canvas.setLineWidth(0.5)
            canvas.line(d.margin, bottom, layout.right, bottom)
            canvas.line(value_x - 8, bottom, value_x - 8, y_top)

        layout.draw(rules)
        layout.y -= 4


def _colon_labels(layout: _Layout, block: Labels) -> None:
    for label, values in block.rows:
        layout.paragraph(layout.d.margin, f"{label}: {', '.join(values)}", REGULAR, layout.d.size)


def _table(layout: _Layout, block: Table, shaded: bool) -> None:
    d = layout.d
    columns = len(block.rows[0])
    widths = [max(pdfmetrics.stringWidth(row[k], BOLD, d.size) for row in block.rows) + 24 for k in range(columns)]
    layout.paragraph(d.margin, block.caption, REGULAR, d.size)
    layout.y -= 4
    row_height = d.leading + 6
    for index, row in enumerate(block.rows):
        layout.need(row_height)
        header = index == 0
        top, x = layout.y + d.leading - 2, d.margin
        if shaded:
            def box(canvas: Canvas, top: float = top, header: bool = header) -> None:
                canvas.setLineWidth(0.5)
                if header:
                    canvas.setFillColorRGB(*SHADE)
                    canvas.rect(d.margin, top - row_height, sum(widths), row_height, stroke=1, fill=1)
                else:
                    canvas.rect(d.margin, top - row_height, sum(widths), row_height, stroke=1, fill=0)
                for edge in range(1, columns):
                    left = d.margin + sum(widths[:edge])
                    canvas.line(left, top, left, top - row_height)
                canvas.setFillColorRGB(0, 0, 0)

            layout.draw(box)
        for k, cell in enumerate(row):
            font = BOLD if header else REGULAR
            if k > 0 and shaded:
                layout.text(x + widths[k] - 6, cell, font, d.size, right=True)
            elif cell:
                layout.text(x + 6 if shaded else x, cell, font, d.size)
            x += widths[k]
        layout.y -= row_height if shaded else d.leading
    layout.y -= d.gap


def _bullets(layout: _Layout, block: Bullets, hanging: float) -> None:
    d = layout.d
    for marker, entry in zip(block.markers(), block.entries, strict=True):
        layout.need(d.leading)
        layout.text(d.body, marker, REGULAR, d.size)
        layout.paragraph(d.body + hanging, entry, REGULAR, d.size)
    layout.y -= d.gap


def _heading(layout: _Layout, style: str, text: str) -> None:
    d = layout.d
    layout.need(3 * d.leading)
    if style == "margin":
        layout.text(d.body, text, BOLD, d.heading_size, small_caps=True, color=BLUE)
        layout.y -= d.leading + 2
    elif style == "plain":
        layout.text(d.body, text, REGULAR, d.size)
        layout.y -= d.leading + d.gap  # a blank gap, nothing else, says "heading"
    else:
        layout.paragraph(d.body, text, d.heading_font, d.heading_size)


def _item(layout: _Layout, style: str, block: Item, first: bool) -> None:
    d = layout.d
    if style == "frontpage":
        layout.new_page()
    elif not first:
        layout.y -= d.gap
    layout.need(5 * d.leading)
    if style == "margin":
        layout.text(d.margin, str(block.number), BOLD, d.item_size)  # the number in the margin column
        layout.paragraph(d.body, block.title, BOLD, d.item_size)
    else:
        font = REGULAR if style == "plain" else BOLD
        layout.paragraph(d.body, f"{block.number}. {block.title}", font, d.item_size)


def _boxed(layout: _Layout, style: str, block: Boxed) -> None:
    d = layout.d
    if style != "landscape":
        for inner in block.blocks:
            _block(layout, style, inner)
        return
    texts = [(t, BOLD if isinstance(b, Heading) else REGULAR) for b in block.blocks
             for t in (b.lines if isinstance(b, Lines) else (b.text,))]
    height = sum(len(wrap_words(t, font, layout.right - d.body - 16, d.size)) for t, font in texts)
    height = height * d.leading + 14
    layout.need(height)
    top = layout.y + d.leading - 2

    def shade(canvas: Canvas, top: float = top) -> None:
        canvas.setFillColorRGB(*SHADE)
        canvas.rect(d.body, top - height, layout.right - d.body, height, stroke=0, fill=1)
        canvas.setFillColorRGB(0, 0, 0)

    layout.draw(shade)
    layout.y -= 4
    for text, font in texts:
        for part in wrap_words(text, font, layout.right - d.body - 16, d.size):
            layout.text(d.body + 8, part, font, d.size)
            layout.y -= d.leading
    layout.y -= 10 + d.gap


def _block(layout: _Layout, style: str, block: Block) -> None:
    d = layout.d
    if isinstance(block, Heading):
        _heading(layout, style, block.text)
    elif isinstance(block, Meta):
        layout.paragraph(d.body, block.text, REGULAR, d.size * 0.9)
        layout.y -= d.gap / 2
    elif isinstance(block, Para):
        layout.paragraph(d.body, block.text, REGULAR, d.size, justify=d.justify)
        layout.y -= d.gap
    elif isinstance(block, Lines):
        for line in block.lines:
            layout.paragraph(d.body, line, REGULAR, d.size)
        layout.y -= d.gap
    elif isinstance(block, Bullets):
        _bullets(layout, block, 36.0 if style == "landscape" else 18.0)
    elif isinstance(block, Table):
        if style == "landscape":
            layout.new_page(LANDSCAPE)
            _table(layout, block, shaded=True)
            layout.new_page()
        else:
            _table(layout, block, shaded=False)
    elif isinstance(block, Boxed):
        _boxed(layout, style, block)


def _front(layout: _Layout, style: str, block: Title | Labels, first: bool) -> None:
    d = layout.d
    if isinstance(block, Title):
        size = 20.0 if first and style != "plain" else 14.0 if style != "plain" else d.size
        layout.paragraph(d.margin, block.text, REGULAR if style == "plain" else BOLD, size)
        layout.y -= d.gap
    elif style == "frontpage":
        layout.y -= 12
        _labels(layout, block)
    else:
        _colon_labels(layout, block)
        layout.y -= d.gap


def _contents_page(layout: _Layout, document: Document, page: _Page, starts: dict[int, int]) -> None:
    """The table of contents: ``N. Title`` then dot leaders up to the right-aligned page number."""
    d = layout.d
    y = d.top
    page.ops.append(lambda c, y=y: (c.setFont(BOLD, 14), c.drawString(d.margin, y, "Indholdsfortegnelse")))
    right = PORTRAIT[0] - 62.0
    for block in document.blocks:
        if not isinstance(block, Item):
            continue
        y -= 22
        *wrapped, entry = wrap_words(f"{block.number}. {block.title}", REGULAR, right - d.margin - 60, d.size)
        for part in wrapped:  # a long title wraps; the leaders and the page number follow its last line
            page.ops.append(lambda c, y=y, part=part: (c.setFont(REGULAR, d.size), c.drawString(d.margin, y, part)))
            y -= d.leading
        number = str(starts[block.number])
        start = d.margin + pdfmetrics.stringWidth(entry, REGULAR, d.size) + 4
        end = right - pdfmetrics.stringWidth(number, REGULAR, d.size) - 4
        dots = "." * int((end - start) / pdfmetrics.stringWidth(".", REGULAR, d.size))

        def draw(c: Canvas, y: float = y, entry: str = entry, dots: str = dots, number: str = number,
                 start: float = start) -> None:
            c.setFont(REGULAR, d.size)
            c.drawString(d.margin, y, entry)
            c.drawString(start, y, dots)
            c.drawRightString(right, y, number)

        page.ops.append(draw)


def _furniture(canvas: Canvas, style: str, document: Document, number: int, count: int,
               size: tuple[float, float]) -> None:
    width, height = size
    canvas.setFont(REGULAR, 8)
    if style == "frontpage":
        if number > 1:
            canvas.drawString(62, height - 30, document.header)
        canvas.drawCentredString(width / 2, 30, f"Side {number} af {count}")
    elif style == "margin":
        canvas.drawRightString(width - 62, height - 30, document.header)
        canvas.drawString(40, 30, document.footer)
        canvas.drawRightString(width - 62, 30, f"Side {number}")
    elif style == "landscape":
        canvas.drawString(62, height - 30, document.header)
        canvas.drawCentredString(width / 2, 30, f"Side {number}")
    else:
        canvas.drawString(62, height - 30, document.header)
        canvas.drawRightString(width - 62, 30, f"Side {number} af {count}")


def render_pdf(document: Document, style: str, path: Path) -> dict[int, int]:
    """Write ``document`` as a PDF in the page design ``style``; returns the page each item starts on."""
    register_fonts()
    layout = _Layout(DESIGNS[style])
    starts: dict[int, int] = {}
    contents: _Page | None = None
    first_item = True
    for index, block in enumerate(document.blocks):
        if isinstance(block, Title | Labels):
            _front(layout, style, block, index == 0)
            continue
        if isinstance(block, Item):
            if first_item and style == "frontpage":
                layout.new_page()
                contents = layout.pages[-1]
            _item(layout, style, block, first_item)
            first_item = False
            starts[block.number] = len(layout.pages)
            continue
        _block(layout, style, block)
    if contents is not None:
        _contents_page(layout, document, contents, starts)
    canvas = Canvas(str(path), pagesize=PORTRAIT)
    for number, page in enumerate(layout.pages, 1):
        canvas.setPageSize(page.size)
        _furniture(canvas, style, document, number, len(layout.pages), page.size)
        for op in page.ops:
            op(canvas)
        canvas.showPage()
    canvas.save()
    return starts
