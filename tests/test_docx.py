"""Word documents (.docx): read in body order, with headings, bold, list numbers, tables; files cut short."""

from __future__ import annotations

import io
import json
import struct
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from docx import Document
from docx.enum.text import WD_BREAK
from docx.oxml import parse_xml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from referat.errors import InputError
from referat.extract import Line, extract
from referat.parse import parse_document
from tests.corpus import corpus_file

REPO = Path(__file__).resolve().parents[1]


def _minutes_docx() -> bytes:
    """Minutes of a fictional municipality written with python-docx: every construct the reader knows."""
    doc = Document()
    doc.add_paragraph("Referat")
    doc.add_paragraph("Teknik- og Miljøudvalget, Nordfjord Kommune")
    doc.add_paragraph("Mødedato: 3. marts 2031 kl. 16.00")
    doc.add_heading("Indholdsfortegnelse", level=1)
    doc.add_paragraph("1.\tGodkendelse af dagsorden\t2")
    doc.add_paragraph("2.\tNy cykelsti ved Åbjergvej\t2")
    doc.add_heading("1.\tGodkendelse af dagsorden", level=1)
    table = doc.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Sagsnr.:"
    table.cell(0, 1).text = "31/00412"
    table.cell(1, 0).text = "Sagen afgøres i:"
    table.cell(1, 1).text = "Teknik- og Miljøudvalget"
    doc.add_heading("Beslutning", level=2)
    doc.add_paragraph("Godkendt.")
    doc.add_heading("2.\tNy cykelsti ved Åbjergvej", level=1)
    intro = doc.add_paragraph()
    intro.add_run("Forvaltningen indstiller:").bold = True
    doc.add_paragraph("at stien anlægges i 2032,", style="List Number")
    doc.add_paragraph("at udgiften afholdes af vejpuljen.", style="List Number")
    lines = doc.add_paragraph()
    lines.add_run("Første linje i afsnittet")
    lines.add_run().add_break(WD_BREAK.LINE)
    lines.add_run("anden linje i afsnittet")
    doc.add_paragraph("Stien er 1,2 km lang.", style="List Bullet")
    doc.add_heading("Beslutning", level=2)
    doc.add_paragraph("Godkendt med ændringer.")
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _texts(lines: list[Line]) -> list[str]:
    return [line.text for line in lines if line.text]


def test_paragraphs_headings_bold_tables_in_body_order() -> None:
    extracted = extract(_minutes_docx())
    assert extracted.format == "docx"
    assert extracted.warnings == []
    texts = _texts(extracted.lines)
    assert texts[:3] == ["Referat", "Teknik- og Miljøudvalget, Nordfjord Kommune", "Mødedato: 3. marts 2031 kl. 16.00"]
    headings = [(line.heading, line.text) for line in extracted.lines if line.heading]
    assert headings == [(1, "Indholdsfortegnelse"), (1, "1. Godkendelse af dagsorden"), (2, "Beslutning"),
                        (1, "2. Ny cykelsti ved Åbjergvej"), (2, "Beslutning")]
    # The table stands between the item heading and the decision heading, one row a line of cells.
    start = texts.index("1. Godkendelse af dagsorden", 4)
    assert texts[start + 1:start + 4] == ["Sagsnr.:\t31/00412", "Sagen afgøres i:\tTeknik- og Miljøudvalget",
                                          "Beslutning"]
    rows = [line.cells for line in extracted.lines if line.cells]
    assert ["Sagsnr.:", "31/00412"] in rows
    # A contents line keeps its page number apart; the item number joins its title.
    assert ["1. Godkendelse af dagsorden", "2"] in rows
    bold = [line.text for line in extracted.lines if line.bold and not line.heading]
    assert bold == ["Forvaltningen indstiller:"]


def test_list_numbers_line_breaks_and_bullets() -> None:
    texts = _texts(extract(_minutes_docx()).lines)
    # Word's own numbering ("List Number") is not in the text; the reader prints it as Word does.
    assert "1. at stien anlægges i 2032," in texts
    assert "2. at udgiften afholdes af vejpuljen." in texts
    assert "- Stien er 1,2 km lang." in texts
    position = texts.index("Første linje i afsnittet")
    assert texts[position + 1] == "anden linje i afsnittet"


def test_minutes_parse_from_docx() -> None:
    meeting = parse_document(_minutes_docx())
    assert meeting.source.format == "docx"
    assert [(item.number, item.title) for item in meeting.items] == [
        (1, "Godkendelse af dagsorden"), (2, "Ny cykelsti ved Åbjergvej")]
    assert meeting.date == "2031-03-03"


_TEXT_BOX = """<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
  xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
  xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml">
 <mc:AlternateContent>
  <mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent>
   <w:p><w:r><w:t>Mødedato: 3. marts 2031</w:t></w:r></w:p></w:txbxContent></wps:txbx></w:drawing></mc:Choice>
  <mc:Fallback><w:pict><v:textbox><w:txbxContent>
   <w:p><w:r><w:t>Mødedato: 3. marts 2031</w:t></w:r></w:p></w:txbxContent></v:textbox></w:pict></mc:Fallback>
 </mc:AlternateContent></w:r>"""


def test_first_page_header_and_text_boxes() -> None:
    doc = Document()
    section = doc.sections[0]
    section.different_first_page_header_footer = True
    section.first_page_header.paragraphs[0].text = "Nordfjord Kommune"
    section.header.paragraphs[0].text = "Referat, side"  # the running header of later pages: not read
    cover = doc.add_paragraph("Referat")
    cover._p.append(parse_xml(_TEXT_BOX))  # a text box anchored in the paragraph, drawn twice (shape, fallback)
    doc.add_paragraph("Teknik- og Miljøudvalget")
    out = io.BytesIO()
    doc.save(out)
    assert _texts(extract(out.getvalue()).lines) == ["Nordfjord Kommune", "Referat", "Mødedato: 3. marts 2031",
                                                     "Teknik- og Miljøudvalget"]


def _local_offsets(data: bytes) -> dict[str, int]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {info.filename: info.header_offset for info in archive.infolist()}


def test_file_cut_short_after_the_text_reads_whole_with_a_warning() -> None:
    data = _minutes_docx()
    # Cut inside the central directory: zipfile and python-docx refuse the file.
    cut = data[:len(data) - 40]
    with pytest.raises(zipfile.BadZipFile):
        zipfile.ZipFile(io.BytesIO(cut))
    extracted = extract(cut)
    assert extracted.format == "docx"
    assert _texts(extracted.lines) == _texts(extract(data).lines)
    assert len(extracted.warnings) == 1 and "cut short" in extracted.warnings[0]


def test_file_cut_short_inside_the_text_reads_as_far_as_it_goes() -> None:
    data = _minutes_docx()
    offsets = _local_offsets(data)
    start = offsets["word/document.xml"]
    (compressed,) = struct.unpack_from("<I", data, start + 18)
    name_length, extra_length = struct.unpack_from("<HH", data, start + 26)
    body = start + 30 + name_length + extra_length
    extracted = extract(data[:body + compressed * 2 // 3])
    texts = _texts(extracted.lines)
    assert texts[:3] == ["Referat", "Teknik- og Miljøudvalget, Nordfjord Kommune", "Mødedato: 3. marts 2031 kl. 16.00"]
    assert "Godkendt med ændringer." not in texts
    assert "its text ends early" in extracted.warnings[0]


def test_file_cut_before_the_text_is_refused() -> None:
    data = _minutes_docx()
    offsets = _local_offsets(data)
    with pytest.raises(InputError, match="before its text"):
        extract(data[:offsets["word/document.xml"] + 40])


@pytest.mark.parametrize(("data", "message"), [
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500) + "WordDocument".encode("utf-16-le") + bytes(500), r"\.doc\)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(1000), "Office file"),
])
def test_old_binary_office_files_are_named(data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message):
        extract(data)


def test_other_zip_archives_and_damaged_word_files_give_one_line(tmp_path: Path) -> None:
    other = io.BytesIO()
    with zipfile.ZipFile(other, "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
    damaged = bytearray(_minutes_docx())
    offset = _local_offsets(bytes(damaged))["word/document.xml"]
    damaged[offset + 60:offset + 400] = bytes(340)  # the compressed text overwritten
    for name, data in (("sheet.xlsx", other.getvalue()), ("damaged.docx", bytes(damaged))):
        path = tmp_path / name
        path.write_bytes(data)
        result = subprocess.run([sys.executable, "-m", "referat", "parse", str(path)], capture_output=True, text=True,
                                timeout=120, cwd=REPO)
        assert result.returncode != 0, name
        assert "Traceback" not in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr


_DOCX = _minutes_docx()


def _stored(data: bytes) -> bytes:
    """The same package with its members stored uncompressed, so damage hits the XML itself."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as target:
        for info in source.infolist():
            target.writestr(info.filename, source.read(info.filename))
    return out.getvalue()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.booleans(), st.integers(min_value=0, max_value=1 << 20),
       st.lists(st.tuples(st.integers(min_value=0, max_value=1 << 20), st.integers(0, 255)), max_size=20))
def test_damaged_word_files_read_or_give_the_projects_error(stored: bool, cut: int,
                                                             changes: list[tuple[int, int]]) -> None:
    data = bytearray(_stored(_DOCX) if stored else _DOCX)
    for position, value in changes:
        data[position % len(data)] = value
    data = data[:max(1, cut % (len(data) + 1))]
    try:
        extracted = extract(bytes(data))
    except InputError:
        return
    assert all(isinstance(line.text, str) for line in extracted.lines)


def _annotation(path: Path) -> dict[str, object]:
    return json.loads(path.with_name(path.name + ".json").read_text(encoding="utf-8"))


def test_corpus_word_file_cut_short_is_read() -> None:
    path = corpus_file("documents/glostrup-aaben-dagsorden-2025/2025-11-19_glostrup_oekonomiudvalget.docx")
    # zipfile refuses it: the file ends inside its last member, before the central directory.
    with pytest.raises(zipfile.BadZipFile):
        zipfile.ZipFile(path)
    extracted = extract(path.read_bytes())
    assert extracted.format == "docx"
    assert any("cut short" in warning for warning in extracted.warnings)
    headings = {line.text for line in extracted.lines if line.heading == 1}
    items = _annotation(path)["items"]
    assert isinstance(items, list) and items
    for item in items:
        assert f"{item['number']}. {item['title']}" in headings


def test_corpus_acadre_word_file_is_read() -> None:
    path = corpus_file("documents/syddjurs-acadre-2013/3687982.DOCX")
    extracted = extract(path.read_bytes())
    assert extracted.warnings == []
    texts = _texts(extracted.lines)
    items = _annotation(path)["items"]
    assert isinstance(items, list)
    for item in items:
        assert f"{item['number']}. {item['title']}" in texts
    # The case number's label and value stand in two cells of one row.
    cases = _annotation(path)["case_numbers"]
    assert isinstance(cases, list) and cases
    assert any(line.cells and line.cells[-1] == cases[0] for line in extracted.lines)


def test_parts_unpacking_past_the_limit_are_not_read(monkeypatch: pytest.MonkeyPatch) -> None:
    # The limit lowered to a few kilobytes stands in for a ZIP bomb's gigabytes.
    monkeypatch.setattr("referat.extract.docx.MAX_MEMBER", 2000)
    monkeypatch.setattr("referat.extract.zipscan.MAX_MEMBER", 2000)
    with pytest.raises(InputError, match="larger than"):
        extract(_DOCX)
    # Without an index to read sizes from, the text is read up to the limit.
    extracted = extract(_DOCX[:len(_DOCX) - 40])
    assert "its text ends early" in extracted.warnings[0]


def test_corpus_word_minutes_give_their_members_and_only_their_items() -> None:
    """Glostrup's members line gives each a party and a role in brackets, ``Kasper Damsgaard (A) (Borgmester)``;
    the contents end on ``Underskriftsside<tab>5``, the signature page, which is not an item."""
    from referat.parse import parse_document

    path = corpus_file("documents/glostrup-aaben-dagsorden-2025/2025-11-19_glostrup_oekonomiudvalget.docx")
    meeting = parse_document(path.read_bytes())
    items = _annotation(path)["items"]
    assert isinstance(items, list)
    assert [i.number for i in meeting.items] == [int(item["number"]) for item in items]
    # Read off the document: nine members, of whom Lars Thomsen and Torben Martinsen sent their apologies.
    assert [(p.name, p.party, p.role) for p in meeting.participants][:2] == [
        ("Kasper Damsgaard", "A", "Borgmester"), ("Dan Kornbek Christiansen", "C", "Næstformand")]
    assert len(meeting.participants) == 7
    assert {p.name for p in meeting.absent} == {"Lars Thomsen", "Torben Martinsen"}


def test_html_tags_typed_into_a_word_file_are_not_text() -> None:
    document = Document()
    for text in ("<strong>Referat</strong><br />", "Byrådet", "Dato: 3. juni 2025", "1. Eventuelt",
                 "Beslutning", "<p>Intet.</p>"):
        document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    meeting = parse_document(buffer.getvalue())
    assert (meeting.kind, meeting.body) == ("referat", "Byrådet")
    assert meeting.items[0].decisions[0].text == "Intet."
