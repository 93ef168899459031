"""HTML pages whose text is preformatted (``<pre>``): every line break kept, so every item found."""

from __future__ import annotations

from pathlib import Path

from referat.extract import extract
from referat.extract.html import html_to_lines
from referat.parse import parse_document

FIXTURE = Path(__file__).parent / "fixtures" / "own_preformatted.html"


def test_pre_keeps_its_lines() -> None:
    extracted = extract(FIXTURE.read_bytes())
    assert extracted.format == "html"
    texts = [line.text for line in extracted.lines]
    start = texts.index("Referat")
    assert texts[start:start + 4] == ["Referat", "Byrådet, Nordfjord Kommune", "Mødedato: 14. januar 2031 kl. 17.00",
                                      "Mødested: Byrådssalen, Rådhuset"]
    # Blank lines in the block stay paragraph breaks; a link inside it is its text.
    assert texts[texts.index("Beslutning") + 1] == "Godkendt."
    assert "3. Helårsåbning af Strandhallen" in texts
    assert texts[0] == "Byrådet" and extracted.lines[0].heading == 1


def test_pre_minutes_parse_into_items() -> None:
    meeting = parse_document(FIXTURE.read_bytes())
    assert [(item.number, item.title) for item in meeting.items] == [
        (1, "Godkendelse af dagsorden"), (2, "Salg af grund på Fjordvænget 12"), (3, "Helårsåbning af Strandhallen")]
    assert meeting.date == "2031-01-14"
    assert [item.case_numbers for item in meeting.items] == [["31/00015"], ["30/04411"], ["30/05120"]]


def test_pre_in_a_table_cell_and_br_inside_pre() -> None:
    lines = html_to_lines("<table><tr><td>Bilag</td><td><pre>Tegning\nBeregning</pre></td></tr></table>"
                          "<pre>første<br>anden\r\ntredje</pre><p>efter</p>")
    texts = [line.text for line in lines if line.text]
    assert texts == ["Bilag", "Tegning", "Beregning", "første", "anden", "tredje", "efter"]


def test_pre_left_open_keeps_its_text() -> None:
    texts = [line.text for line in html_to_lines("<html><body><pre>1. Første punkt\n2. Andet punkt")]
    assert texts == ["1. Første punkt", "2. Andet punkt"]


def test_whitespace_outside_pre_still_collapses() -> None:
    texts = [line.text for line in html_to_lines("<p>Mødet\n   sluttede\n kl. 18.00</p>")]
    assert texts == ["Mødet sluttede kl. 18.00"]
