"""Web pages saved as one file (MHTML, ``.mht``): the page is read, whatever its transfer encoding and charset."""

from __future__ import annotations

from email.mime.image import MIMEImage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from pathlib import Path

import pytest

from referat.cli import main
from referat.errors import InputError
from referat.extract import extract
from referat.parse import parse_document

PAGE = ("<html><head><meta charset='{charset}'><title>Referat</title></head><body><h1>Referat</h1>"
        "<p>Børne- og Skoleudvalget</p><p>Dato: 3. juni 2025</p><h2>1. Godkendelse af dagsorden</h2>"
        "<p>Sagsnr.: 25/1001</p><h3>Beslutning</h3><p>Godkendt.</p><h2>2. Økonomi og årsregnskab</h2>"
        "<h3>Beslutning</h3><p>Taget til efterretning.</p></body></html>")


def _saved(charset: str, encoding: str) -> bytes:
    """A page saved as one file, as a browser or Word writes it: the page, then an image it shows."""
    message = MIMEMultipart("related", type="text/html")
    page = MIMEText(PAGE.format(charset=charset), "html", charset)
    if encoding == "base64":
        del page["Content-Transfer-Encoding"]
        from email import encoders

        page.set_payload(PAGE.format(charset=charset).encode(charset))
        encoders.encode_base64(page)
    message.attach(page)
    message.attach(MIMEImage(b"\x89PNG\r\n\x1a\n" + bytes(64), "png"))
    return message.as_bytes()


@pytest.mark.parametrize(("charset", "encoding"), [("utf-8", "quoted-printable"), ("windows-1252", "base64"),
                                                   ("iso-8859-1", "quoted-printable")])
def test_a_saved_page_is_read_as_its_html(charset: str, encoding: str) -> None:
    data = _saved(charset, encoding)
    assert extract(data).format == "html"
    meeting = parse_document(data)
    assert (meeting.body, meeting.date) == ("Børne- og Skoleudvalget", "2025-06-03")
    assert [(i.number, i.title, i.outcomes) for i in meeting.items] == [
        (1, "Godkendelse af dagsorden", ["approved"]), (2, "Økonomi og årsregnskab", ["noted"])]
    assert meeting.items[0].case_numbers == ["25/1001"]


def test_a_saved_file_without_a_page_is_one_clear_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    message = MIMEMultipart("related")
    message.attach(MIMEImage(b"\x89PNG\r\n\x1a\n" + bytes(64), "png"))
    with pytest.raises(InputError, match="MHTML"):
        extract(message.as_bytes())
    bad = tmp_path / "tom.mhtml"
    bad.write_bytes(message.as_bytes())
    assert main(["parse", str(bad)]) == 1
    out, err = capsys.readouterr()
    assert out == "" and len(err.splitlines()) == 1 and "MHTML" in err and "Traceback" not in err


def test_text_that_mentions_mime_headers_is_text() -> None:
    text = ("Referat\nByrådet\nDato: 3. juni 2025\n\nMIME-Version: 1.0 nævnes i sagen.\n\n"
            "1. Eventuelt\nBeslutning\nIntet.\n")
    assert extract(text.encode()).format == "text"


def test_tags_a_page_shows_as_text_are_not_text_but_other_markup_stays() -> None:
    """A copy site shows a PDF's exported markup as text (``&lt;strong&gt;``): the tags of minutes go, while
    anything else written in angle brackets stays the text it is."""
    page = ("<html><body><p>&lt;strong&gt;Økonomiudvalget&lt;/strong&gt;&lt;br /&gt;</p><p>Dato: 3. juni 2025</p>"
            "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p></body></html>")
    texts = [line.text for line in extract(page.encode()).lines if line.text]
    assert texts == ["Økonomiudvalget", "Dato: 3. juni 2025", "<script>alert(1)</script>"]
