"""Case numbers and document numbers in every printed form, and the item numbers a sentence names."""

from __future__ import annotations

import re

from referat.vocab import (
    BARE_CASE_NUMBERS,
    CASE_LABEL,
    CASE_NUMBER_PATTERNS,
    DOCUMENT_LABEL,
    ITEM_METADATA_LABELS,
    SUBJECT_THEN_CASE,
)

#: Another metadata label after a case number on the same line: ``Sagsnr.: 200906126 Sagsbehandler: Rikke``.
_NEXT_LABEL = re.compile(r"\s(?:" + "|".join(map(re.escape, ITEM_METADATA_LABELS)) + r")\s*:", re.IGNORECASE)


def case_number_then_words(line: str) -> str | None:
    """The number of a case label line that goes on in capitalised words after it (the deciding body):
    ``Sagsnr. 299835 Kultur- og Idrætsudvalget``. The label and number are read as :func:`labelled_case_number`
    reads them, and the number must hold five characters or more."""
    words = line.split()
    for size in (2, 3):  # "Sagsnr. 299835", "Sags nr. 12/3456"
        if len(words) > size and words[size][:1].isupper() and len(words[size - 1]) >= 5 \
                and words[size - 1][:1].isdigit() and (number := labelled_case_number(" ".join(words[:size]))):
            return number
    return None


def find_case_numbers(text: str) -> list[str]:
    """Every case number in ``text``, in order, without repeats."""
    found: list[tuple[int, str]] = []
    taken: list[tuple[int, int]] = []
    for pattern in CASE_NUMBER_PATTERNS:
        for m in pattern.finditer(text):
            if any(s <= m.start() < e for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            found.append((m.start(), m.group()))
    result: list[str] = []
    for _, number in sorted(found):
        if number not in result:
            result.append(number)
    return result


def bare_case_number(line: str) -> str | None:
    """The case number when the whole line is one (``22-001317``, ``15.20.00A00-1-22``)."""
    text = line.strip().rstrip(".")
    if subject := SUBJECT_THEN_CASE.match(text):
        return subject.group("case")
    if " " in text:
        return None  # no case number holds a space: a line with one is no bare number
    numbers = find_case_numbers(text)
    if len(numbers) == 1 and numbers[0] == text:
        return text
    return None


def short_case_number(line: str) -> str | None:
    """A case number in a short form (``12/15486``, ``00.22.04G01``) when the whole line is one; read only right
    under an item's heading, where nothing but its case numbers stands yet."""
    text = line.strip().rstrip(".")
    return text if BARE_CASE_NUMBERS.match(text) else None


def labelled_case_number(line: str) -> str | None:
    """The value of a ``Sagsnr.: 330-2021-15739`` / ``Sag 306-2009-600`` / ``Sagsnr.: 17/46`` line."""
    line = line.strip().lstrip("•·▪◦ ")  # "• Sagsid.: 20/2955" in a bulleted layout
    if ":" in line[8:] and (following := _NEXT_LABEL.search(line)):
        line = line[:following.start()]
    m = CASE_LABEL.match(line)
    if not m:
        return None
    value = m.group("value").rstrip(".,")
    if subject := SUBJECT_THEN_CASE.match(value):
        return subject.group("case")  # "Sagnr.: 15.20G00 - 2013/01963"
    if " " in value:
        return None  # "Sag 12 - 3" is no case number
    # "Sag 12" without a separator is an item number, not a case number.
    if line.strip().lower().startswith("sag ") and not any(ch in value for ch in "-/."):
        return None
    return value


def labelled_document_number(line: str) -> str | None:
    """The value of a ``Dok.nr.: 330-2021-87812`` line."""
    m = DOCUMENT_LABEL.match(line.strip())
    return m.group("value").rstrip(".,") if m else None


def item_numbers(text: str) -> list[int]:
    """``1, 2`` / ``3 og 4`` / ``5-7`` -> the item numbers named."""
    numbers: list[int] = []
    text = re.sub(r"\b(?:punkt|pkt)\.?\s*", "", text, flags=re.IGNORECASE)  # "pkt. 01 – pkt. 03"
    for piece in re.split(r"\s*(?:,|\bog\b)\s*", text.strip()):
        first, dash, last = piece.replace("–", "-").partition("-")
        if first.strip().isdigit() and dash and last.strip().isdigit():
            numbers.extend(range(int(first), int(last) + 1))
        elif piece.strip().isdigit():
            numbers.append(int(piece))
    return numbers
