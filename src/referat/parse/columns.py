"""Labels printed as one column and their values as the next, read back into ``Label: value`` lines.

A PDF's text taken without its layout (``pdftotext`` without ``-layout``, copy and paste from a viewer) gives
a table of labels and values column by column: ``Sagsnr.:`` / ``Sagen afgøres i:``, a blank line, then
``12/27845`` / ``Udvalget for plan, udvikling og kultur (PUK)``. Each label is paired with the value in the
same place of the next block, when the blocks are equally long, a blank line stands between them and after
the values, and one of the labels is a label the vocabulary knows (a case number's, the header's or an
item's metadata).
"""

from __future__ import annotations

import re
from functools import cache

from referat.extract import Line
from referat.vocab import (
    CASE_LABEL,
    FLAT_LABELS,
    ITEM_METADATA_LABELS,
    header_label_index,
    normalise_heading,
    section_kind,
)

#: A line that is only a label: a capitalised phrase of at most five words and its colon.
_LABEL_ONLY = re.compile(r"^[A-ZÆØÅ][\wæøå.\- ]{0,40}:$")
#: Two lines in a row that end in a colon, the second short: the cheap test for a column of labels.
_TWO_LABELS = re.compile(r":[ \t]*\n[^\n]{1,42}:[ \t]*(?:\n|$)")
_MAX_WORDS = 5
_MAX_LABELS = 8


@cache
def _known_labels() -> frozenset[str]:
    return frozenset({*header_label_index(), *FLAT_LABELS, *ITEM_METADATA_LABELS})


def _is_label(text: str) -> bool:
    return bool(_LABEL_ONLY.match(text)) and len(text.split()) <= _MAX_WORDS


def _known(label: str) -> bool:
    name = label[:-1].strip()
    return bool(CASE_LABEL.match(f"{name} 1")) or normalise_heading(name) in _known_labels() \
        or section_kind(name) is not None


def _filled(lines: list[Line], start: int) -> int:
    """The index of the first line from ``start`` that is not blank (``len(lines)`` if none is)."""
    while start < len(lines) and not lines[start].text.strip():
        start += 1
    return start


def pair_label_columns(lines: list[Line]) -> list[Line]:
    """``lines`` with each column of labels and the column of their values after it joined pairwise."""
    if not _TWO_LABELS.search("\n".join(line.text for line in lines)):
        return lines  # no two lines in a row end in a colon: nothing to pair (most documents)
    out: list[Line] = []
    k = 0
    while k < len(lines):
        if not lines[k].text.rstrip().endswith(":"):  # the common case, decided cheaply
            out.append(lines[k])
            k += 1
            continue
        end = k
        while end < len(lines) and end - k < _MAX_LABELS and not lines[end].cells \
                and _is_label(lines[end].text.strip()):
            end += 1
        count = end - k
        first_value = _filled(lines, end)
        after = first_value + count
        if count >= 2 and first_value > end and after <= len(lines) \
                and any(_known(lines[j].text.strip()) for j in range(k, end)) \
                and all(_is_value(lines[j]) for j in range(first_value, after)) \
                and (after == len(lines) or not lines[after].text.strip()):
            for j in range(count):
                label, value = lines[k + j].text.strip(), lines[first_value + j].text.strip()
                out.append(Line(f"{label} {value}"))
            k = after
            continue
        out.append(lines[k])
        k += 1
    return out


def _is_value(line: Line) -> bool:
    text = line.text.strip()
    return bool(text) and not line.cells and not line.heading and not text.endswith(":") \
        and section_kind(text) is None
