"""PDF -> lines, with pypdfium2: page furniture removed, wrapped lines and hyphenation undone.

pdfium gives the text runs of a page with their boxes. Runs on one baseline make a line;
a wide horizontal gap between runs is a table cell boundary. Lines repeated at the top or
bottom of most pages (running headers and footers) and page numbers go. Lines are then
joined into paragraphs: a line continues the one before when the vertical gap is an
ordinary line gap and the line before ran to the right margin (a short line, such as a
heading, ends its paragraph). The result reads like the plain-text form of minutes: one
paragraph per line, blank lines between paragraphs.
"""

from __future__ import annotations

import ctypes
import itertools
import re
from collections import Counter
from collections.abc import Callable

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from referat.errors import InputError
from referat.extract import Line
from referat.extract.pdf_columns import drop_button_column, numbers_beside_rows
from referat.extract.pdf_line import CELL_GAP, KEEP_HYPHEN_BEFORE, MARKER_CELL, PdfLine, clean_text, merge_bands
from referat.extract.pdf_scans import read_scans
from referat.vocab import (
    CASE_LABEL,
    CASE_NUMBER_PATTERNS,
    DECISION_HEADING,
    MONTHS,
    SUB_ITEM_HEADING,
    header_label_index,
    section_kind,
)

_PAGE_NUMBER = re.compile(
    r"^(?:side|page|s\.)\s*\d{1,4}(?:\s*(?:af|/|of)\s*\d{1,4})?$|^[-–—]?\s*\d{1,4}\s*[-–—]?$|^\d{1,4}\s*/\s*\d{1,4}$",
    re.IGNORECASE,
)
_DIGITS = re.compile(r"\d+")
_NUMBERED_TITLE = re.compile(r"^\d{1,3}\.?\s+[A-ZÆØÅ]")
_BARE_NUMBER = re.compile(r"^[-–—]?\s*(\d{1,4})\s*[-–—]?$")
#: Words after which a line-end hyphen is a real one: "Social- og Beskæftigelsesudvalget".
_BULLET = re.compile(r"^(?:[-–•*▪◦]|\d{1,2}[.)])\s")
#: A cell holding nothing but a list marker or a number: "•" or "14" drawn apart from the text it opens.
_ITEM_START = re.compile(r"^(?:punkt|pkt\.|sag nr\.)\s*\d", re.IGNORECASE)
_LABEL_WORDS = frozenset(label for label in header_label_index() if " " not in label)
_DOTTED_ENTRY = re.compile(r"(?:\.{3,}|…)\s*\d{1,4}\s*$")
_ORDINAL_DATE = re.compile(r"^\d{1,2}\.\s+(?:" + "|".join(MONTHS) + r")\b", re.IGNORECASE)
#: A line-end hyphen pdfium marks (\x02, \ufffe) between the lower-case halves of a word it joined.
#: A paragraph this long has wrapped over several lines: a page's text set flat as one paragraph.
_FLOWING_PARAGRAPH = 150
_FURNITURE_SHARE = 0.5


def _open(data: bytes) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        message = str(exc).lower()
        if "password" in message:
            raise InputError("the PDF is encrypted (password protected)") from exc
        raise InputError("the PDF is damaged or truncated and cannot be read") from exc


class _Boxes:
    """The boxes of one text page's characters and runs, read through pdfium's C functions with out-parameters
    allocated once (pypdfium2's helpers allocate four doubles a call, which is most of the time of a small box)."""

    def __init__(self, textpage: pdfium.PdfTextPage) -> None:
        self._page = textpage.raw
        self._left, self._bottom, self._right, self._top = (ctypes.c_double() for _ in range(4))

    def rects(self, start: int, count: int) -> list[tuple[float, float, float, float]]:
        """(left, bottom, right, top) of the text runs of ``count`` characters from ``start``, left to right."""
        total = pdfium_c.FPDFText_CountRects(self._page, start, count)
        if total == -1:
            raise pdfium.PdfiumError("Failed to count rectangles.")
        rects = []
        for index in range(total):
            if not pdfium_c.FPDFText_GetRect(self._page, index, self._left, self._top, self._right, self._bottom):
                raise pdfium.PdfiumError("Failed to get rectangle.")
            rects.append((self._left.value, self._bottom.value, self._right.value, self._top.value))
        rects.sort(key=lambda rect: rect[0])
        return rects

    def char_left_right(self, index: int) -> tuple[float, float]:
        """The left and right edge of character ``index``."""
        if not pdfium_c.FPDFText_GetCharBox(self._page, index, self._left, self._right, self._bottom, self._top):
            raise pdfium.PdfiumError("Failed to get charbox.")
        return self._left.value, self._right.value

    def split_at(self, start: int, count: int, x: float) -> int:
        """The first character index of a line whose box starts at or right of ``x`` (binary search)."""
        low, high = start, start + count
        while low < high:
            middle = (low + high) // 2
            if self.char_left_right(middle)[0] >= x - 0.5:
                high = middle
            else:
                low = middle + 1
        return low


def _page_lines(page: pdfium.PdfPage) -> list[PdfLine]:
    """The page's lines as pdfium gives them, top to bottom; text runs separated by a wide gap become cells.

    pdfium already orders the characters into lines; each line's boxes come from its runs
    (one per font change or gap), so only the cell boundaries need character boxes.
    """
    textpage = page.get_textpage()
    boxes = _Boxes(textpage)
    lines: list[PdfLine] = []
    try:
        text = textpage.get_text_range()
        position = 0
        for raw in text.split("\r\n"):
            start, count = position, len(raw)
            position += count + 2
            if not raw.strip():
                continue
            rects = boxes.rects(start, count)
            if not rects:
                continue
            cells: list[str] = []
            lefts = [rects[0][0]]
            cut = start
            for left_rect, right_rect in itertools.pairwise(rects):
                if right_rect[0] - left_rect[2] > CELL_GAP:
                    split = boxes.split_at(cut, start + count - cut, right_rect[0])
                    cells.append(text[cut:split])
                    lefts.append(right_rect[0])
                    cut = split
            cells.append(text[cut:start + count])
            cells = [clean_text(cell) for cell in cells]
            if len(cells) == 2 and MARKER_CELL.match(cells[0]) and cells[1][:1].isalpha():
                # A list marker or an item number set in a margin column opens the text beside it.
                cells, lefts = [f"{cells[0]} {cells[1]}"], lefts[:1]
            if len(rects) == 1:
                left, bottom, right, top = rects[0]
            else:
                left, bottom = rects[0][0], min(r[1] for r in rects)
                right, top = max(r[2] for r in rects), max(r[3] for r in rects)
            space = raw.find(" ")
            first_word = boxes.char_left_right(start + space - 1)[1] - left if space > 0 else right - left
            lines.append(PdfLine(left=left, right=right, top=top, bottom=bottom, cells=cells, first_word=first_word,
                                 size=pdfium_c.FPDFText_GetFontSize(textpage.raw, start),
                                 lefts=lefts if len(cells) > 1 else None))
    finally:
        textpage.close()
    return sorted(lines, key=lambda line: -line.top)


def _with_empty_first_cells(lines: list[PdfLine]) -> list[PdfLine]:
    """A table row starting well right of the text margin has empty first cells.

    A row of several cells may go on in lines of one cell set in one of its later columns
    (a member list beside its label): those are rows with the cells before that column empty,
    unless the line's first word did not fit at the end of the row's last cell (a wrapped value).
    """
    margin = min((line.left for line in lines), default=0.0)
    right_margin = max((line.right for line in lines), default=0.0)
    columns: list[float] = []
    kept: list[PdfLine] = []
    for line in lines:
        if len(line.cells) > 1:
            columns = line.lefts or []
            if line.left > margin + 3 * CELL_GAP:
                line.cells.insert(0, "")
                columns = [margin, *columns]
            kept.append(line)
            continue
        if columns and line.left > margin + 3 * CELL_GAP:
            column = next((k for k, left in enumerate(columns) if k and abs(left - line.left) < 2.0), None)
            if column is not None:
                previous = kept[-1]
                if column == len(columns) - 1 and _forced_break(previous, line, right_margin):
                    previous.cells[-1] = _join(previous.cells[-1], line.cells[0])
                    previous.right, previous.bottom = line.right, line.bottom
                    continue
                line.cells = [""] * column + line.cells
                kept.append(line)
                continue
        columns = []
        kept.append(line)
    return kept


def _shape(text: str) -> str:
    return _DIGITS.sub("#", text.strip().lower())


def _edges(lines: list[PdfLine]) -> list[PdfLine]:
    """A page's two first and two last lines, where running headers, footers and page numbers stand."""
    return [*lines[:2], *lines[-2:]] if len(lines) > 4 else lines


def _bare_page_numbers(pages: list[list[PdfLine]]) -> Callable[[int, str], bool]:
    """Which bare numbers at a page's edge are its page number.

    Where the pages print their number in words (``Side 2 af 4``), a bare number at the edge is text (a contents
    entry's page or item number that fell at the foot of the page) unless it runs with the pages: its value less
    the page's index is the same on at least two pages. Elsewhere every bare number at the edge is taken as the
    page number, as before.
    """
    worded = 0
    counts: Counter[int] = Counter()
    for index, lines in enumerate(pages):
        texts = [line.text.strip() for line in _edges(lines)]
        worded += any(_PAGE_NUMBER.match(t) and not _BARE_NUMBER.match(t) for t in texts)
        counts.update({int(m.group(1)) - index for t in texts if (m := _BARE_NUMBER.match(t))})
    if 2 * worded < len(pages) or not counts:
        return lambda _index, _text: True
    offset, offsets = counts.most_common(1)[0]
    if offsets < 2:
        return lambda _index, _text: False
    return lambda index, text: (m := _BARE_NUMBER.match(text)) is not None and int(m.group(1)) - index == offset


def _strip_furniture(pages: list[list[PdfLine]]) -> list[list[PdfLine]]:
    """Drop page numbers and lines repeated at the top or bottom of most pages."""
    edge_shapes: Counter[str] = Counter()
    for lines in pages:
        edge_shapes.update({_shape(x.text) for x in _edges(lines)})
    repeated = {shape for shape, count in edge_shapes.items()
                if len(pages) >= 2 and count >= max(2, _FURNITURE_SHARE * len(pages))}
    repeated.discard("#")  # bare numbers: page numbers only as _bare_page_numbers says
    page_number = _bare_page_numbers(pages)
    cleaned: list[list[PdfLine]] = []
    for index, lines in enumerate(pages):
        keep: list[PdfLine] = []
        for position, line in enumerate(lines):
            near_edge = position < 2 or position >= len(lines) - 2
            text = line.text.strip()
            if near_edge and (_shape(line.text) in repeated or (
                    _PAGE_NUMBER.match(text) and (not _BARE_NUMBER.match(text) or page_number(index, text)))):
                continue
            keep.append(line)
        cleaned.append(keep)
    return cleaned


def _join(previous: str, following: str) -> str:
    """Join a wrapped line to the next, undoing a line-end hyphenation."""
    if previous.endswith("-") and len(previous) > 1:
        before = previous[-2]
        if before == " ":
            return f"{previous} {following}"  # a dash, not a hyphen
        first_word = following.split(" ", 1)[0]
        if first_word.lower() in KEEP_HYPHEN_BEFORE:
            return f"{previous} {following}"
        if before.islower() and following[:1].islower():
            return previous[:-1] + following
        return previous + following
    return f"{previous} {following}"


def _line_pitch(pages: list[list[PdfLine]]) -> float:
    """The body text's leading: the smallest common distance between the tops of consecutive lines.

    Not simply the most common one: in minutes of many one-line paragraphs the paragraph
    step outnumbers the line step.
    """
    steps = Counter(round(a.top - b.top) for lines in pages for a, b in itertools.pairwise(lines)
                    if a.top - b.top > 2)
    total = sum(steps.values())
    heights = sorted(line.height for lines in pages for line in lines)
    # Leading is rarely more than 1.5 times the glyph height; short documents have few line steps.
    ceiling = 1.5 * heights[len(heights) // 2] if heights else 12.0
    common = sorted(step for step, count in steps.items() if count >= max(3, 0.05 * total))
    return min(float(common[0]), ceiling) if common else ceiling


def _forced_break(previous: PdfLine, line: PdfLine, right_margin: float, flowing: bool = False) -> bool:
    """True when the next line's first word would not have fitted at the end of the line before.

    A label or heading opens its own line, unless the paragraph is ``flowing`` (already several lines long).
    """
    text = line.cells[0].strip()
    if not flowing and _starts_structure(text):
        return False
    # The word and a space (half the line height is more than a space is wide) did not fit.
    return right_margin - previous.right < line.first_word + 0.5 * line.height


def _starts_structure(text: str) -> bool:
    """A header label, section heading or item heading opens its own line, never a continuation."""
    if _ITEM_START.match(text) or SUB_ITEM_HEADING.match(text):
        return True
    if not text[:1].isupper() and not text[:1].isdigit():
        return False  # a heading or label starts with a capital; "bilag." ending a sentence does not
    word = text.split(None, 1)[0] if text.strip() else ""
    first = word.rstrip(":").lower()
    if first in _LABEL_WORDS or section_kind(text) is not None or DECISION_HEADING.match(text):
        return True
    if word.endswith(":") and len(word) > 3 and word[:-1].isalpha():
        return True  # "Stedfortrædere: ..." after a full line "Fraværende med afbud: ... (A)": a label
    if _DOTTED_ENTRY.search(text):
        return True
    return bool(CASE_LABEL.match(text)) or any(pattern.fullmatch(text) for pattern in CASE_NUMBER_PATTERNS)


def _paragraphs(pages: list[list[PdfLine]]) -> list[Line]:
    body = [line for lines in pages for line in lines]
    if not body:
        return []
    text_lines = [line for line in body if len(line.cells) == 1]
    right_margin = max((line.right for line in text_lines), default=0.0)
    pitch = _line_pitch(pages)
    body_size = Counter(round(line.size) for line in text_lines).most_common(1)[0][0] if text_lines else 0
    out: list[Line] = []
    current: str | None = None
    previous: PdfLine | None = None

    def close(spaced: bool) -> None:
        nonlocal current
        if current is not None:
            out.append(Line(current))
            current = None
        if spaced and out and out[-1].text:
            out.append(Line(""))

    for page_index, lines in enumerate(pages):
        for position, line in enumerate(lines):
            page_start = position == 0 and page_index > 0
            # Tops and bottoms both move with ascenders and descenders; the smaller step is the truer one.
            step = 0.0 if previous is None or page_start else min(previous.top - line.top,
                                                                  previous.bottom - line.bottom)
            # More than the ordinary distance between lines separates paragraphs; lines in a larger
            # font (a wrapped heading) are set further apart.
            leading = pitch
            if previous is not None and body_size > 0:
                leading *= max(1.0, min(previous.size, line.size) / body_size)
            spaced = previous is not None and not page_start and step > 1.3 * leading
            if len(line.cells) > 1:
                close(spaced or page_start)
                out.append(Line(line.text, cells=[c.strip() for c in line.cells]))
                previous = line
                continue
            text = line.cells[0].strip()
            previous_text = previous.text.rstrip() if previous is not None else ""
            bullet = bool(_BULLET.match(text)) and not _ORDINAL_DATE.match(text)
            # "6 Odense Letbane - ... transportsystemer" filling the line, then "17 Investeringsprojekter": one
            # numbered title after another is a list, not a wrapped line.
            listed = current is not None and bool(_NUMBERED_TITLE.match(text) and _NUMBERED_TITLE.match(current))
            # Inside a paragraph already several lines long (a page copied flat, then set as a PDF), labels and
            # headings are the flattened text's own: "… anlægsmidler:" at the margin, "Stavnsholt …" below. After a
            # full stop, a label still opens its line ("… levere det." / "Forslagsstiller: …").
            flowing = (current is not None and len(current) > _FLOWING_PARAGRAPH
                       and not previous_text.endswith((".", "!", "?")))
            wrapped = (current is not None and previous is not None and len(previous.cells) == 1
                       and not spaced and not bullet and not listed
                       and (flowing or not (_DOTTED_ENTRY.search(previous_text) or previous_text.endswith(":")))
                       and _forced_break(previous, line, right_margin, flowing))
            if wrapped and current is not None:
                current = _join(current, text)
            else:
                close(spaced or page_start)
                current = text
            previous = line
    close(False)
    return out


def extract_pdf(data: bytes, warnings: list[str] | None = None) -> list[Line]:
    """Lines of a PDF document, one paragraph per line; InputError for unreadable PDFs.

    A page without a text layer (a scan) is read by OCR; notes on that go to ``warnings``. OCR that
    is needed but cannot run here is an InputError when no page has text, a warning otherwise.
    """
    document = _open(data)
    try:
        pages: list[list[PdfLine]] = []
        scanned: list[int] = []
        for index in range(len(document)):
            page = document[index]
            try:
                lines = _page_lines(page)
                if not lines and pdfium_c.FPDFPage_CountObjects(page.raw) > 0:
                    scanned.append(index)
                pages.append(lines)
            finally:
                page.close()
        if scanned:
            read_scans(document, pages, scanned, warnings)
    except pdfium.PdfiumError as exc:
        raise InputError("the PDF is damaged and its pages cannot be read") from exc
    finally:
        document.close()
    if not any(pages):
        raise InputError("the PDF has no text layer (a scanned image?)" if not scanned
                         else "OCR found no text on the scanned pages of the PDF")
    pages = [lines if index in scanned else merge_bands(lines) for index, lines in enumerate(drop_button_column(pages))]
    return _paragraphs([_with_empty_first_cells(lines) for lines in _strip_furniture(numbers_beside_rows(pages))])
