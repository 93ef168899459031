"""A meeting page printed from the browser: item numbers in a gutter beside their rows, buttons right of the text.

The page is drawn here as Chromium prints a portal's table of items (Solbjerg Kommune is fictional): the number
in a narrow column at the left margin, centred beside a short row or at the top of a long one; the title in larger
type in the middle column; per row the same buttons (``Hent`` / ``som`` / ``PDF`` / ``Kopier`` / ``link``) and a
count of attachments in a column right of the text.
"""

from __future__ import annotations

import io

import pytest
from reportlab.pdfgen.canvas import Canvas

from referat.extract import extract
from referat.parse import parse_document
from tests.pdfmaker import BOLD, REGULAR, fonts_available, register_fonts

pytestmark = pytest.mark.skipif(not fonts_available(), reason="DejaVu fonts (Debian fonts-dejavu-core) not installed")

GUTTER_X, TEXT_X, TITLE_X, COUNT_X, BUTTON_X = 9.0, 52.0, 58.0, 532.0, 562.0
BUTTONS = ("Hent", "som", "PDF", "Kopier", "link")
#: Each row: number, attachment count, title lines, text lines, and where the number stands (centred or at the top).
ROWS = [
    (1, 1, ["Godkendelse af dagsorden"], ["SOL-2026-000101", "Beslutninger", "Godkendt.", "Bilag",
                                          "Dagsorden 3. marts 2026"], "middle"),
    (2, 4, ["Aktivering af ledige under"], ["SOL-2026-000188", "Beslutninger", "Udvalget godkendte planen.",
                                            "Anna Holm (A) var fraværende.", "Resume",
                                            "Forvaltningen har lagt en plan for aktivering af de ledige."], "top"),
    (3, 2, ["Skærpet tilsyn med opholdssteder i Solbjerg", "Kommune"],
     ["SOL-2026-000205", "Beslutninger", "Udvalget tog orienteringen til efterretning.", "Resume",
      "Tilsynet er skærpet på fire steder.", "Et af dem er lukket.", "Der følges op i juni."], "middle"),
]


def _page(rows: list[tuple[int, int, list[str], list[str], str]]) -> bytes:
    """One printed page of the portal's table: a header, then each row with its gutter number and buttons."""
    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(612, 792))
    canvas.setFont(BOLD, 24)
    canvas.drawString(8, 740, "Referat 3. marts 2026 kl. 16.00")
    canvas.setFont(REGULAR, 12)
    canvas.drawString(9, 712, "Udvalg:")
    canvas.drawString(105, 712, "Beskæftigelsesudvalget")
    canvas.drawString(9, 696, "Mødested:")
    canvas.drawString(105, 696, "Rådhuset, mødelokale 2")
    canvas.drawString(9, 672, "Punkt")
    canvas.drawString(274, 672, "Titel")
    y = 650.0
    for number, count, title, text, place in rows:
        top = y
        canvas.setFont(BOLD, 15)
        for line in title:
            canvas.drawString(TITLE_X, y, line)
            y -= 19
        canvas.setFont(REGULAR, 12)
        for line in text:
            canvas.drawString(TEXT_X, y, line)
            y -= 15
        for k, label in enumerate(BUTTONS):
            canvas.drawString(BUTTON_X, top - 12 - 11 * k, label)
        canvas.drawString(COUNT_X, top + (16 if place == "top" else -6), str(count))
        # Centred in a short row; at the top of a long one, above its title, beside the count.
        canvas.drawString(GUTTER_X, (top + y) / 2 if place == "middle" else top + 16, str(number))
        y -= 30
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


@pytest.fixture(scope="module")
def printed() -> bytes:
    return _page(ROWS)


def test_each_number_opens_its_rows_title(printed: bytes) -> None:
    lines = [line.text for line in extract(printed).lines]
    assert "1 Godkendelse af dagsorden" in lines
    assert "2 Aktivering af ledige under" in lines
    assert "3 Skærpet tilsyn med opholdssteder i Solbjerg Kommune" in lines  # a wrapped title, numbered at its start
    assert not any(text.strip() in {"1", "2", "3"} for text in lines)


def test_the_buttons_and_counts_are_not_text(printed: bytes) -> None:
    text = "\n".join(line.text for line in extract(printed).lines)
    for label in BUTTONS:
        assert label not in text.split()
    assert "\t" not in text.split("Titel", 1)[1]  # no row of the text ran into the button column as a cell


def test_the_printed_page_parses_to_its_items(printed: bytes) -> None:
    meeting = parse_document(printed)
    assert [(item.number, item.title) for item in meeting.items] == [
        (1, "Godkendelse af dagsorden"), (2, "Aktivering af ledige under"),
        (3, "Skærpet tilsyn med opholdssteder i Solbjerg Kommune")]
    assert [item.case_numbers for item in meeting.items] == [["SOL-2026-000101"], ["SOL-2026-000188"],
                                                             ["SOL-2026-000205"]]
    decisions = [[d.text for d in item.decisions] for item in meeting.items]
    assert decisions[0] == ["Godkendt."]
    assert decisions[2] == ["Udvalget tog orienteringen til efterretning."]


def test_one_number_alone_in_the_margin_is_left_where_it_stands() -> None:
    """Only a document with two numbers or more alone in a gutter is read as a table of rows."""
    lines = [line.text for line in extract(_page(ROWS[2:])).lines]
    assert not any(text.startswith("3 ") for text in lines)
    assert "3\tUdvalget tog orienteringen til efterretning." in lines


def test_a_single_label_repeated_at_the_right_is_not_a_button_column() -> None:
    """A status set at the right of each item (``Åben``) is the document's text, not a row's buttons."""
    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(612, 792))
    canvas.setFont(REGULAR, 11)
    y = 740.0
    for number in range(1, 5):
        canvas.drawString(62, y, f"{number}. Sag om plan nummer {number} for Solbjerg Kommune")
        canvas.drawString(540, y - 14, "Åben")
        canvas.drawString(62, y - 28, "Beslutning: Godkendt af udvalget.")
        y -= 60
    canvas.showPage()
    canvas.save()
    text = "\n".join(line.text for line in extract(buffer.getvalue()).lines)
    assert text.count("Åben") == 4
