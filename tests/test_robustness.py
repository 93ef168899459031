"""Odd input ends cleanly: a result or the parser's own error, never a crash."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from referat.errors import InputError, ReferatError
from referat.parse import parse_document
from referat.vocab import SECTION_HEADINGS
from tests.seeds import seed_path


def _parse_or_own_error(data: bytes) -> None:
    try:
        meeting = parse_document(data)
    except ReferatError:
        return
    assert isinstance(meeting.to_dict(), dict)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=4000))
def test_arbitrary_bytes(data: bytes) -> None:
    _parse_or_own_error(data)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=3000))
def test_arbitrary_text(text: str) -> None:
    _parse_or_own_error(text.encode("utf-8"))


_FRAGMENTS = [
    "REFERAT Udvalget for Job - 2022-2025 d. 04-05-2022", "Mødedato Onsdag d. 04. maj 2022 kl. 16:30",
    "Mødested Rådhuset", "Indholdsfortegnelse", "Titel.....\t3", "Punkt 1: Titel", "Punkt 2: Lukket: x",
    "## **Punkt 3: JAI - y**", "49. Titel", "Sag nr. 12", "22-001317", "Sagsnr.: 330-2021-1", "Beslutning",
    "Beslutning den :", "Beslutning i Byrådet den 1. marts 2021:", "Godkendt.", "Ad. 1) Udsat", "Fraværende:",
    "Fraværende Anna Berg", "For stemte: A, B", "Imod stemte:", "Bilag", "330-2021-7 Bilag 1", "Sagens forløb",
    "02-05-2022 Byrådet", "1. at godkende", "Direktionen indstiller:", "\tA\tB", "x\ty", "<p>a</p>\t<p>b</p>",
    "<b>Mødedato</b>\t", "Økonomiudvalget, 10. september 2019, pkt. 65: Anbefales.", "", "",
    *[h.capitalize() for hs in SECTION_HEADINGS.values() for h in hs[:2]],
]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_FRAGMENTS), st.text(max_size=40)), max_size=60))
def test_minutes_like_text(lines: list[str]) -> None:
    _parse_or_own_error("\n".join(lines).encode("utf-8"))


@pytest.mark.parametrize("encoding", ["cp1252", "utf-16", "utf-8-sig"])
def test_re_encoded_seed_parses_as_the_original(encoding: str) -> None:
    original = seed_path("lemvig2022").read_bytes()
    text = original.decode("utf-8")
    expected = parse_document(original).to_dict()
    got = parse_document(text.replace("\n", "\r\n").encode(encoding)).to_dict()
    expected.pop("source")
    got.pop("source")
    assert got == expected


def test_truncated_minutes_parse_as_far_as_they_go() -> None:
    text = seed_path("lemvig2022").read_text(encoding="utf-8")
    cut = text.index("Ledige, der har deres kontraktforløb i A-kassen, deltager") + 90
    meeting = parse_document(text[:cut].encode("utf-8"))
    # The text stops inside item 5; items 6 to 9 are kept as the contents list them, without a body. The
    # contents' last entry, "Underskriftside", lists the signature page: without a number it is no item.
    assert [i.number for i in meeting.items] == [1, 2, 3, 4, 5, 6, 7, 8, 9]
    assert [i.title for i in meeting.items[5:]] == [
        "Aftale om undervisningsforlægning fra VUC Holstebro-Lemvig-Struer", "Aftale med Claudis Have om "
        "træningsbaneforløb", "Fokuspunkter fra Ledelsesinformationen", "Meddelelser"]
    assert all(not i.sections and not i.decisions for i in meeting.items[5:])
    assert any("item 6 is listed in the table of contents" in w for w in meeting.warnings)


@pytest.mark.parametrize(("name", "data"), [
    ("empty.txt", b""),
    ("blank.txt", b"\n\n   \n"),
    ("random.bin", bytes(range(256)) * 40),
    ("image.png", b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + bytes(200)),
    ("prose.txt", "Kager bages ved 180 grader i 25 minutter. Server dem lune med flødeskum.\n".encode()),
])
def test_bad_input_gives_one_line_and_non_zero_exit(tmp_path: Path, name: str, data: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(InputError):
        parse_document(data)
    result = subprocess.run([sys.executable, "-m", "referat", "parse", str(path)], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert result.stdout == ""


def test_missing_file_and_folder(tmp_path: Path) -> None:
    for target in (tmp_path / "missing.txt", tmp_path):
        result = subprocess.run([sys.executable, "-m", "referat", "parse", str(target)], capture_output=True,
                                text=True, timeout=60)
        assert result.returncode != 0
        assert len(result.stderr.strip().splitlines()) == 1
        assert "Traceback" not in result.stderr


def test_parse_command_prints_json_and_summary() -> None:
    path = seed_path("lejre2025")
    result = subprocess.run([sys.executable, "-m", "referat", "parse", str(path), "--json"], capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0
    assert '"municipality": "Lejre"' in result.stdout
    assert "Programorganisering Center for Job & Social" in result.stdout
    result = subprocess.run([sys.executable, "-m", "referat", "parse", str(path)], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0
    assert "Udvalget for Job, Arbejdsmarked og Integration" in result.stdout
    assert "25-003732" in result.stdout and "noted, discussed" in result.stdout


def _odt() -> bytes:
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")  # stored first, as ODF requires
        archive.writestr("content.xml", "<office:document-content/>")
    return buffer.getvalue()


@pytest.mark.parametrize(("data", "named"), [
    (rb"{\rtf1\ansi Referat\par Byr\u229?det\par Dato: 3. juni 2025\par 1. Godkendelse af dagsorden\par}", "RTF"),
    (_odt(), "OpenDocument"),
])
def test_formats_not_read_are_named_with_what_to_do(data: bytes, named: str) -> None:
    with pytest.raises(InputError, match=rf"{named} .*not supported: save it as \.docx or PDF"):
        parse_document(data)
