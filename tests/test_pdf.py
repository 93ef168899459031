"""PDFs made here from text minutes: furniture removed, wrapping undone, the same structure parsed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from referat.errors import InputError
from referat.extract import extract
from referat.model import Meeting
from referat.parse import parse_document
from tests.pdfmaker import fonts_available, render_minutes_pdf
from tests.seeds import SEED_FILES, seed_path

pytestmark = pytest.mark.skipif(not fonts_available(), reason="DejaVu fonts (Debian fonts-dejavu-core) not installed")

SAMPLE = Path(__file__).resolve().parents[1] / "src/referat/samples/solbjerg-beskaeftigelsesudvalget-2024-03-06.txt"


def _text_of(data: bytes) -> str:
    """The plain text a document's lines make: what the PDF renderer lays out."""
    return "\n".join(line.text for line in extract(data).lines)


@pytest.fixture(scope="module")
def sample_pdf(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    path = render_minutes_pdf(SAMPLE.read_text(encoding="utf-8"), tmp_path_factory.mktemp("pdf") / "sample.pdf")
    return path.read_bytes()


def test_sample_pdf_parses_to_the_structure_of_its_text(sample_pdf: bytes) -> None:
    from_text = parse_document(SAMPLE.read_bytes()).to_dict()
    from_pdf = parse_document(sample_pdf).to_dict()
    assert from_pdf.pop("source")["format"] == "pdf"
    from_text.pop("source")
    assert from_pdf == from_text


def test_page_furniture_is_gone_and_wrapping_undone(sample_pdf: bytes) -> None:
    lines = [line.text for line in extract(sample_pdf).lines]
    text = "\n".join(lines)
    assert "Side 1 af 2" not in text and "Side 2 af 2" not in text
    assert "Solbjerg Kommune – Referat" not in text
    # One paragraph per line, as in the text form, and the words the renderer hyphenated are whole.
    for paragraph in SAMPLE.read_text(encoding="utf-8").split("\n"):
        if paragraph.strip() and "\t" not in paragraph:
            assert paragraph.strip() in lines, paragraph
    assert "Beskæftigelses- og Integrationsudvalget" in text  # a real hyphen stays
    rows = [line.cells for line in extract(sample_pdf).lines if line.cells]
    assert ["Aktiv indsats (pct.)", "71,2", "79,8"] in rows


def _fields(meeting: Meeting) -> dict[str, object]:
    """The fields a reader checks: header, people, and per item what the minutes decide."""
    return {
        "header": (meeting.kind, meeting.municipality, meeting.body, meeting.period, meeting.date,
                   meeting.start_time, meeting.end_time, meeting.location),
        "participants": [(p.name, p.party, p.role) for p in meeting.participants],
        "absent": [(p.name, p.party) for p in meeting.absent],
        "items": [(i.number, i.title, i.closed, i.case_numbers, i.document_numbers, i.outcomes,
                   len(i.attachments), sorted(p.name.casefold() for p in i.absent),
                   [(h.date, h.body, h.outcomes) for h in i.history], [(d.body, d.date) for d in i.decisions],
                   i.recommendations)
                  for i in meeting.items],
    }


@pytest.mark.parametrize("name", sorted(SEED_FILES))
def test_seed_as_pdf_parses_like_its_text(name: str, tmp_path: Path) -> None:
    data = seed_path(name).read_bytes()
    pdf = render_minutes_pdf(_text_of(data), tmp_path / f"{name}.pdf").read_bytes()
    assert _fields(parse_document(pdf)) == _fields(parse_document(data))


def _encrypted(path: Path) -> bytes:
    canvas = Canvas(str(path), pagesize=A4, encrypt="hemmelig")
    canvas.drawString(100, 700, "Referat")
    canvas.showPage()
    canvas.save()
    return path.read_bytes()


def _image_only(path: Path) -> bytes:
    canvas = Canvas(str(path), pagesize=A4)
    canvas.rect(100, 100, 200, 200, fill=1)
    canvas.showPage()
    canvas.save()
    return path.read_bytes()


@pytest.mark.parametrize("kind", ["truncated", "encrypted", "garbage", "image-only"])
def test_bad_pdfs_end_cleanly(kind: str, sample_pdf: bytes, tmp_path: Path) -> None:
    data = {
        "truncated": lambda: sample_pdf[: len(sample_pdf) // 2],
        "encrypted": lambda: _encrypted(tmp_path / "enc.pdf"),
        "garbage": lambda: b"%PDF-1.7\n" + bytes(range(256)) * 8,
        "image-only": lambda: _image_only(tmp_path / "img.pdf"),
    }[kind]()
    with pytest.raises(InputError):
        parse_document(data)
    path = tmp_path / "bad.pdf"
    path.write_bytes(data)
    result = subprocess.run([sys.executable, "-m", "referat", "parse", str(path)], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode != 0
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr


def _drawn_pdf(path: Path, pages: list[list[str]], footer: str | None = "Side {n} af {m}") -> bytes:
    """A PDF of ``pages``, each a list of lines drawn one under the other from the top, in one font and size."""
    from tests.pdfmaker import REGULAR, register_fonts

    register_fonts()
    canvas = Canvas(str(path), pagesize=A4)
    for number, lines in enumerate(pages, 1):
        if footer:
            canvas.setFont(REGULAR, 8)
            canvas.drawRightString(A4[0] - 56, 30, footer.format(n=number, m=len(pages)))
        canvas.setFont(REGULAR, 10)
        for row, text in enumerate(lines):
            canvas.drawString(56, 780 - 14 * row, text)
        canvas.showPage()
    canvas.save()
    return path.read_bytes()


_CONTENTS_PAGES = [["Dagsorden for mødet i Byrådet i Solbjerg Kommune torsdag den 25. juni 2015 på rådhuset",
                    "Dato: 25. juni 2015", "9", "Evaluering af resultatmål", "17", "10",
                    "Dimensionering af integrationsområdet", "19"],
                   ["11", "Etablering af adgangsvej til Stormkajen", "21", "12", "Udvidelse af havnen", "22"]]


def test_contents_numbers_at_a_page_edge_stay_where_the_pages_are_numbered_in_words(tmp_path: Path) -> None:
    """``19`` ends page 1 and ``11`` opens page 2 of a contents list whose pages say ``Side 1 af 2``: both are
    entries' numbers, not page numbers."""
    lines = [line.text for line in extract(_drawn_pdf(tmp_path / "c.pdf", _CONTENTS_PAGES)).lines if line.text]
    assert lines == [text for page in _CONTENTS_PAGES for text in page]


@pytest.mark.parametrize("footer", ["Side {n} af {m}", None])
def test_bare_page_numbers_at_the_edge_still_go(footer: str | None, tmp_path: Path) -> None:
    """A bare number that runs with the pages (``2`` on page 2, ``3`` on page 3) is the page number, beside a
    worded footer or alone."""
    pages = [["Referat", "Byrådet", "Dato: 3. juni 2025", "1. Godkendelse af dagsorden"],
             ["2", "Sagsfremstilling", "Teksten fortsætter."], ["3", "Beslutning", "Godkendt."]]
    lines = [line.text for line in extract(_drawn_pdf(tmp_path / "p.pdf", pages, footer)).lines if line.text]
    assert "2" not in lines and "3" not in lines
    assert "Godkendt." in lines


def test_a_numbered_line_that_fills_the_width_does_not_swallow_the_next(tmp_path: Path) -> None:
    """The widest line sets the right margin: the numbered title after it is the next entry, not its wrap."""
    pages = [["Indhold", "5 Ekspropriation af rettigheder",
              "6 Odense Letbane - Godkendelse af kontraktindgåelse vedr. letbanetog og transportsystemer",
              "17 Investeringsprojekter", "7 Parkering i relation til letbanen"]]
    lines = [line.text for line in extract(_drawn_pdf(tmp_path / "n.pdf", pages)).lines if line.text]
    assert lines[2:] == ["6 Odense Letbane - Godkendelse af kontraktindgåelse vedr. letbanetog og transportsystemer",
                         "17 Investeringsprojekter", "7 Parkering i relation til letbanen"]


def test_a_label_after_a_full_line_opens_its_own_line(tmp_path: Path) -> None:
    pages = [["Beslutning", "Godkendt.",
              "Fraværende med afbud: Frederik Germann (Løsgænger) og Matilde Ørsted (A) samt Anna Holm (V)",
              "Stedfortrædere: Bitten Jørgensen (V) og Jannik H. Jørgensen (A)"]]
    lines = [line.text for line in extract(_drawn_pdf(tmp_path / "l.pdf", pages)).lines if line.text]
    assert lines[-1] == "Stedfortrædere: Bitten Jørgensen (V) og Jannik H. Jørgensen (A)"


def test_html_tags_printed_into_a_pdf_are_not_text(tmp_path: Path) -> None:
    """A case system that exports a field with its markup prints ``<strong>…</strong><br />`` into the PDF."""
    pages = [["<strong>ØKONOMIUDVALGET</strong><br />", "<strong>Referat</strong><br />",
              "Mødedato Onsdag den 23. maj 2012<br />", "1 Meddelelser<br />", "Beslutning",
              "Taget til efterretning, og udvalget ønsker en status igen på mødet i september på rådhuset."]]
    lines = [line.text for line in extract(_drawn_pdf(tmp_path / "t.pdf", pages)).lines if line.text]
    assert lines[:3] == ["ØKONOMIUDVALGET", "Referat", "Mødedato Onsdag den 23. maj 2012"]
    assert not any("<" in text for text in lines)


def test_a_page_copied_flat_and_set_as_a_pdf_stays_one_paragraph(tmp_path: Path) -> None:
    """A transcript's page is one paragraph; set as a PDF, once it has run over more than a line it wraps at
    ``anlægsmidler:`` and ``Beslutning:``, which are the flattened text's own labels, not new lines."""
    flat = ("2 Møde i Teknik- og Miljøudvalget onsdag den 7. november 2018 kl. 18.00 på Rådhuset, mødelokale 21, "
            "Solbjerg Kommune / Sagsoversigt: 1. Orientering: Status for trafikplanen Beslutning: "
            "Budgetopfølgning for vejområdet Beslutning og frigivelse af anlægsmidler: Renovering af Solbjerg Skole, "
            "etape 2 Beslutning: Salg af kommunalt areal ved Møllevej - (Lukket punkt) Beslutning: Udkast til "
            "politik for grønne områder i Solbjerg Kommune Orientering: Meddelelser...21 Bilagsoversigt...25")
    text = f"Referat\n\n{flat}\n\nVedtaget som indstillet og sendt videre til byrådet, der behandler sagen i juni.\n"
    lines = [line.text for line in extract(render_minutes_pdf(text, tmp_path / "f.pdf").read_bytes()).lines]
    assert flat in lines
