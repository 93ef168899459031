"""``referat collect --urls FILE``: addresses of minutes (an HTML page, a PDF) fetched politely and parsed."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from referat.cli import main
from tests.collect.conftest import FAST
from tests.collect.replay import Replay
from tests.pdfmaker import fonts_available, render_minutes_pdf

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def test_a_list_of_addresses_is_fetched_parsed_and_stored(replay: Replay, tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    if not fonts_available():
        pytest.skip("the DejaVu fonts (fonts-dejavu-core) are not installed")
    pdf = render_minutes_pdf((FIXTURES / "own_numbered_items.txt").read_text(encoding="utf-8"), tmp_path / "m.pdf")
    replay.files["/moeder/beskaeftigelse.html"] = ("text/html; charset=utf-8",
                                                   (FIXTURES / "own_portal_short.html").read_bytes())
    replay.files["/moeder/oekonomi.pdf"] = ("application/pdf", pdf.read_bytes())
    replay.files["/moeder/ikke.txt"] = ("text/plain", (FIXTURES / "not_minutes.txt").read_bytes())
    listing = tmp_path / "urls.txt"
    base = replay.base_url
    listing.write_text(f"# Solbjerg\n{base}/moeder/beskaeftigelse.html\n\n{base}/moeder/oekonomi.pdf\n"
                       f"{base}/moeder/mangler.html\n{base}/moeder/ikke.txt\n{base}/moeder/oekonomi.pdf\n",
                       encoding="utf-8")
    db = tmp_path / "urls.sqlite"
    code = main(["collect", "--urls", str(listing), "--db", str(db), "--json", *FAST])
    out, err = capsys.readouterr()
    summary = json.loads(out)
    assert code == 1
    assert (summary["addresses"], summary["added"], summary["failed"]) == (4, 2, 2)
    assert f"{base}/moeder/mangler.html: HTTP 404" in err
    assert f"{base}/moeder/ikke.txt: " in err
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT b.name, m.date, s.page_url, s.format FROM meeting m "
                            "JOIN body b ON b.id = m.body_id JOIN source_document s ON s.id = m.source_id "
                            "ORDER BY m.date").fetchall()
        titles = [t for (t,) in conn.execute("SELECT ai.title FROM agenda_item ai JOIN meeting m "
                                             "ON m.id = ai.meeting_id WHERE m.date = '2021-02-03' "
                                             "ORDER BY ai.position")]
    assert rows == [("Beskæftigelsesudvalget", "2020-06-04", f"{base}/moeder/beskaeftigelse.html", "html"),
                    ("Økonomiudvalget", "2021-02-03", f"{base}/moeder/oekonomi.pdf", "pdf")]
    assert titles[:2] == ["Godkendelse af dagsorden", "Regnskab 2020"]
    # Again: the same documents, nothing new.
    code = main(["collect", "--urls", str(listing), "--db", str(db), "--json", *FAST])
    again = json.loads(capsys.readouterr().out)
    assert (again["added"], again["unchanged"]) == (0, 2)


def test_a_bad_list_is_one_line_on_stderr(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    listing = tmp_path / "urls.txt"
    listing.write_text("ftp://example.invalid/referat.pdf\n", encoding="utf-8")
    assert main(["collect", "--urls", str(listing), "--db", str(tmp_path / "x.sqlite")]) == 1
    err = capsys.readouterr().err
    assert err.strip() == f"referat: {listing}: not an http(s) address: ftp://example.invalid/referat.pdf"


def test_unknown_municipality_is_one_line_on_stderr(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["collect", "Solbjerg", "--db", str(tmp_path / "x.sqlite")]) == 1
    assert capsys.readouterr().err.strip() == "referat: unknown municipality: Solbjerg"
