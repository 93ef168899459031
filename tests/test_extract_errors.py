"""A library failing on untrusted input ends as Referat's own one-line error, never as a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from referat.cli import main
from referat.errors import InputError
from referat.extract import extract
from referat.parse import parse_document
from referat.store.db import open_engine
from referat.store.ingest import ingest

FIXTURES = Path(__file__).resolve().parent / "fixtures"

#: A page saved from Word with its conditional comments written with a space: ``<![ if !supportLists]>``.
WORD_PAGE = """<html><body>
<p class=MsoTitle>Referat</p>
<p>Solbjerg Kommune, Plan- og Boligudvalget</p>
<p>Dato: 5. marts 2025</p>
<h2>Punkt 1: Godkendelse af dagsorden</h2>
<p><b>Beslutning</b></p>
<p>Godkendt.</p>
<h2>Punkt 2: Lokalplan for Engvej</h2>
<p><b>Indstilling</b></p>
<p class=MsoListParagraph><![ if !supportLists]><span>1.<span>&nbsp;&nbsp; </span></span><![endif]>at lokalplanen
vedtages</p>
<p><![ if !vml ]><img src="x.png"><![ endif ]><b>Beslutning</b></p>
<p>Godkendt.</p>
</body></html>
"""
#: A marked section that is no conditional comment: read past, the text after it kept.
ODD_SECTION_PAGE = ("<html><body><p>Referat</p><p>Dato: 5. marts 2025</p><h2>Punkt 1: Godkendelse</h2><![ 1 ]>"
                    "<p><b>Beslutning</b></p><p>Godkendt.</p></body></html>")


class _FailingHtmlParser:
    """Stands in for lxml's HTML parser failing inside on an untrusted page."""

    def __init__(self, **_options: object) -> None:
        pass

    def feed(self, _text: str) -> None:
        from lxml import etree

        raise etree.ParserError("deep inside\nthe library")


@pytest.fixture()
def failing_html_parser(monkeypatch: pytest.MonkeyPatch) -> None:
    from lxml import etree

    monkeypatch.setattr(etree, "HTMLParser", _FailingHtmlParser)


def test_word_conditional_comments_with_spaces_parse() -> None:
    m = parse_document(WORD_PAGE.encode("utf-8"))
    assert [(i.number, i.title) for i in m.items] == [(1, "Godkendelse af dagsorden"), (2, "Lokalplan for Engvej")]
    assert m.items[1].recommendations == ["at lokalplanen vedtages"]
    assert [d.outcomes for d in m.items[1].decisions] == [["approved"]]


def test_an_odd_marked_section_is_read_past() -> None:
    m = parse_document(ODD_SECTION_PAGE.encode("utf-8"))
    assert [(i.number, i.title) for i in m.items] == [(1, "Godkendelse")]
    assert [d.text for d in m.items[0].decisions] == ["Godkendt."]


@pytest.mark.usefixtures("failing_html_parser")
def test_a_library_error_is_one_line_on_stderr(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "broken.html"
    bad.write_text(ODD_SECTION_PAGE, encoding="utf-8")
    assert main(["parse", str(bad)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert len(err.splitlines()) == 1 and err.startswith("referat: ") and "Traceback" not in err
    assert "HTML" in err


def test_any_library_exception_in_extract_becomes_an_input_error(monkeypatch: pytest.MonkeyPatch) -> None:
    import referat.extract.html as html_module

    def explode(_text: str) -> list[object]:
        raise RuntimeError("deep inside\nthe library")

    monkeypatch.setattr(html_module, "html_to_lines", explode)
    with pytest.raises(InputError) as caught:
        extract(b"<html><body><p>x</p></body></html>")
    assert "\n" not in str(caught.value) and "RuntimeError" not in str(caught.value)


@pytest.mark.usefixtures("failing_html_parser")
def test_ingest_keeps_the_rest_and_names_the_bad_file(tmp_path: Path) -> None:
    bad = tmp_path / "broken.html"
    bad.write_text(ODD_SECTION_PAGE, encoding="utf-8")
    good = FIXTURES / "sagnr.txt"
    report = ingest(open_engine(str(tmp_path / "db.sqlite")), [good, bad], jobs=1)
    assert report.added == 1
    assert [path for path, _reason in report.failed] == [str(bad)]
    reason = report.failed[0][1]
    assert "unexpected" not in reason and "HTML" in reason and "\n" not in reason
