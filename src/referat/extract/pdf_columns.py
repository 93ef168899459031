"""A web page's table printed to PDF: the buttons in a column right of the text, the numbers in a gutter left of it.

A meeting page printed from the browser sets each agenda item as a table row: the item's number in a narrow
column at the left margin, centred beside the row or at its top; the title and text in the middle column; and, per
row, the same buttons (``Hent som PDF``, ``Kopier link``) and a count of attachments in a column right of the text.
Read line by line, the buttons run into the text's lines as cells, and the number stands on a line of its own, away
from its title. These functions find such columns by their geometry and repetition, not by their words; a document
without them passes unchanged.
"""

from __future__ import annotations

import re
from collections import Counter

from referat.extract.pdf_line import PdfLine

#: A button's label appears at least this often in its column: once per row of the table.
_MIN_REPEATS = 3
#: The share of a column's fragments that must be repeated labels for it to be a column of buttons.
_REPEATED_SHARE = 0.8
#: Fragments whose lefts lie this close together (points) are one column.
_COLUMN_TOLERANCE = 4.0
#: The share of the text's lines that must end left of a column of buttons.
_TEXT_SHARE = 0.95
#: A gutter is at least this wide (points) between a number and the text beside it.
_GUTTER = 28.0
_BUTTON = re.compile(r"^[^\W\d_]+(?: [^\W\d_]+)?$")
_BARE_NUMBER = re.compile(r"^\d{1,4}$")
_ITEM_NUMBER = re.compile(r"^\d{1,3}\.?$")


def _fragments(line: PdfLine) -> list[tuple[float, str]]:
    return list(zip(line.lefts or [line.left], line.cells, strict=False))


def _button_column(lines: list[PdfLine]) -> tuple[float, frozenset[str], float] | None:
    """The left edge of a column of repeated buttons right of the text, its labels and where the text ends."""
    buttons = sorted((left, text) for line in lines for left, text in _fragments(line)
                     if text.count(" ") <= 1 and _BUTTON.match(text))
    columns: list[list[tuple[float, str]]] = []
    for fragment in buttons:
        if columns and fragment[0] - columns[-1][-1][0] <= _COLUMN_TOLERANCE:
            columns[-1].append(fragment)
        else:
            columns.append([fragment])
    for column in sorted(columns, key=len, reverse=True):
        if len(column) < 2 * _MIN_REPEATS:
            break
        counts = Counter(text for _left, text in column)
        labels = frozenset(text for text, count in counts.items() if count >= _MIN_REPEATS)
        if len(labels) < 2 or sum(counts[text] for text in labels) < _REPEATED_SHARE * len(column):
            continue  # one label repeated is a running header or a status set at the margin, not a row's buttons
        edge = column[0][0] - 1.0
        rights = sorted(line.right for line in lines if len(line.cells) == 1 and line.left < edge - _GUTTER
                        and not _BARE_NUMBER.match(line.cells[0]))  # the counts beside the text are not its lines
        if len(rights) < 2 * _MIN_REPEATS:
            continue
        text_right = rights[min(len(rights) - 1, int(_TEXT_SHARE * len(rights)))]
        if text_right < edge:
            return edge, labels, text_right
    return None


def _without_buttons(line: PdfLine, edge: float, labels: frozenset[str], text_right: float) -> PdfLine | None:
    """The line without the buttons of the column at ``edge`` and the counts between the text and that column."""
    kept = [(left, text) for left, text in _fragments(line)
            if not (left >= edge and text in labels) and not (text_right < left < edge and _BARE_NUMBER.match(text))]
    if len(kept) == len(line.cells):
        return line
    if not kept:
        return None
    removed_left = min(left for left, _text in _fragments(line) if (left, _text) not in kept)
    line.cells = [text for _left, text in kept]
    line.lefts = [left for left, _text in kept] if len(kept) > 1 else None
    line.left = kept[0][0]
    if removed_left > line.left:
        line.right = min(line.right, removed_left)
    return line


def drop_button_column(pages: list[list[PdfLine]]) -> list[list[PdfLine]]:
    """The pages without a printed web page's column of buttons, nor the counts between it and the text.

    The column starts right of where nearly all the text's lines end, and its fragments are a word or two each, the
    same few labels (two at least) again and again (each at least three times). Run before lines on one baseline
    are merged, so that a button beside a line of text does not become one of its cells.
    """
    column = _button_column([line for lines in pages for line in lines])
    if column is None:
        return pages
    edge, labels, text_right = column
    return [[kept for line in lines if (kept := _without_buttons(line, edge, labels, text_right)) is not None]
            for lines in pages]


def _in_gutter(lines: list[PdfLine], index: int) -> bool:
    """A bare item number alone on its line, the text beside it set a gutter's width further right.

    The line after it is the text's; the line before it, if any, is the text's too or a table's row of cells (the
    table's column headings, ``Punkt`` / ``Titel``).
    """
    line = lines[index]
    if len(line.cells) != 1 or not _ITEM_NUMBER.match(line.cells[0]) or index + 1 >= len(lines):
        return False
    before = lines[index - 1] if index else None
    return lines[index + 1].left >= line.left + _GUTTER and (
        before is None or before.left >= line.left + _GUTTER or len(before.cells) > 1)


def _numbers_apart(lines: list[PdfLine]) -> list[PdfLine]:
    """Lines whose first cell is an item number in the gutter, beside a line of the text: the number on its own line.

    Centred beside its row, a number can fall on the baseline of any line of the row's text, not only its title's.
    """
    out: list[PdfLine] = []
    for line in lines:
        lefts = line.lefts or []
        if len(line.cells) > 1 and len(lefts) == len(line.cells) and _ITEM_NUMBER.match(line.cells[0]) \
                and lefts[1] >= lefts[0] + _GUTTER:
            out.append(PdfLine(left=lefts[0], right=lefts[1], top=line.top, bottom=line.bottom,
                               cells=line.cells[:1], size=line.size))
            rest = line.cells[1:]
            line = PdfLine(left=lefts[1], right=line.right, top=line.top, bottom=line.bottom, cells=rest,
                           size=line.size, lefts=lefts[1:] if len(rest) > 1 else None)
        out.append(line)
    return out


def numbers_beside_rows(pages: list[list[PdfLine]]) -> list[list[PdfLine]]:
    """Item numbers set alone in a gutter left of the text, each put before its row's title.

    Only in a document where a number stands alone so, and two at least do once those that fell on a line of the
    text are set apart (where each number is a cell beside its title, the reader joins them already); before page
    furniture is stripped, since such a number at the top of a page is no page number.
    """
    if not any(_in_gutter(lines, index) for lines in pages for index in range(len(lines))):
        return pages
    apart = [_numbers_apart(lines) for lines in pages]
    if sum(_in_gutter(lines, index) for lines in apart for index in range(len(lines))) < 2:
        return pages
    return [_titles_numbered(lines) for lines in apart]


def _titles_numbered(lines: list[PdfLine]) -> list[PdfLine]:
    """A page's numbers in the gutter, each put before its row's title.

    The number is centred beside its row or set at its top, so the title is not always the next line: it is the line
    of the text column in the largest type between the numbers before and after it, the nearest one on a tie (a
    following line before a preceding one), or the first line of such a title wrapped over several lines.
    """
    gutter = [index for index in range(len(lines)) if _in_gutter(lines, index)]
    if not gutter:
        return lines
    bounds = [-1, *gutter, len(lines)]
    titles: dict[int, int] = {}  # a title's line -> its number's line
    for position, index in enumerate(gutter):
        text_left = lines[index].left + _GUTTER
        candidates = [k for k in range(bounds[position] + 1, bounds[position + 2])
                      if k not in gutter and k not in titles and len(lines[k].cells) == 1
                      and lines[k].left >= text_left and lines[k].cells[0][:1].isalpha()]
        if candidates:
            title = max(candidates, key=lambda k: (round(lines[k].size, 1), -abs(k - index) - (k < index) / 2))
            while title - 1 in candidates and round(lines[title - 1].size, 1) == round(lines[title].size, 1):
                title -= 1  # a title wrapped over lines in its type starts at the first
            titles[title] = index
    placed = set(titles.values())
    for title, index in titles.items():
        lines[title].cells = [f"{lines[index].cells[0].rstrip('.')} {lines[title].cells[0]}"]
    return [line for index, line in enumerate(lines) if index not in placed]
