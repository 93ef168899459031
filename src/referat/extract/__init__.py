"""Bytes -> lines of text with light layout hints, for every format in use.

The parser reads one representation whatever the source: a list of :class:`Line`,
where blank lines separate paragraphs and markup survives only as hints
(heading level, bold, table cells). :func:`extract` detects the format from the
content, never from the file name.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from referat.cleantext import clean_text, one_line
from referat.errors import InputError, ReferatError

if TYPE_CHECKING:
    from referat.extract.agenda_json import AgendaAnswer
    from referat.extract.export_xml import ExportMeeting


@dataclass
class Line:
    """One line of a document after markup is gone.

    ``heading`` is the markup heading level (1-6) or 0; ``bold`` says the whole line
    was bold; ``cells`` holds the cells when the line is a table row (``text`` is
    then the cells joined by tabs); ``caption`` says the line is for certain the heading
    of an item's section (a field's caption in a case system's export).
    """

    text: str
    heading: int = 0
    bold: bool = False
    cells: list[str] | None = None
    caption: bool = False


@dataclass
class ExtractedText:
    """The lines of one document, the format they were read from and what reading them had to work around.

    ``warnings`` are one-line notes for the meeting's warnings ("the Word file is cut short ...",
    "pages 1-3 were read by OCR"); the document was still read.
    """

    format: str
    lines: list[Line]
    warnings: list[str] = field(default_factory=list)
    export: ExportMeeting | None = None  # a case system's XML export: the meeting as it states it
    agenda: AgendaAnswer | None = None  # a saved answer of FirstAgenda's agenda API


def extract(data: bytes) -> ExtractedText:
    """Detect the format of ``data`` and turn it into lines of clean text (see :mod:`referat.cleantext`).

    Raises :class:`referat.errors.InputError` for input that is not a readable document, also when
    a library fails on it: untrusted input ends as Referat's own error, never in a library's traceback.
    """
    from referat.extract.detect import detect_format, is_html

    with library_errors("document"):
        kind = detect_format(data)
    if kind == "pdf":
        from referat.extract.pdf import extract_pdf

        warnings: list[str] = []
        with library_errors("PDF"):
            return _cleaned("pdf", extract_pdf(data, warnings), warnings)
    if kind == "docx":
        from referat.extract.docx import extract_docx

        warnings = []
        with library_errors("Word document"):
            return _cleaned("docx", extract_docx(data, warnings), warnings)
    from referat.extract.decode import decode_text
    from referat.extract.mhtml import looks_like_mhtml

    if looks_like_mhtml(data):
        from referat.extract.html import html_to_lines
        from referat.extract.mhtml import mhtml_page

        with library_errors("saved web page (MHTML)"):
            return _cleaned("html", html_to_lines(mhtml_page(data)))
    with library_errors("text"):
        text = decode_text(data)
        html = is_html(text)
    if html:
        from referat.extract.html import html_to_lines

        with library_errors("HTML"):
            return _cleaned("html", html_to_lines(text))
    from referat.extract.detect import looks_like_xml

    if looks_like_xml(text):
        from referat.extract.export_xml import read_export

        with library_errors("XML"):
            export = read_export(text)
        if export is not None:
            return ExtractedText("xml", [], export=export)
        raise InputError("an XML file that is no known export of minutes: it names no meeting and no agenda items")
    if text.lstrip("\ufeff \r\n\t")[:1] == "{":
        from referat.extract.agenda_json import read_agenda_answer

        agenda = read_agenda_answer(text)
        if agenda is not None:
            return ExtractedText("json", [], agenda=agenda)
    from referat.extract.text import looks_like_markdown, markdown_to_lines, text_to_lines

    with library_errors("text"):
        if looks_like_markdown(text):
            return _cleaned("markdown", markdown_to_lines(text))
        return _cleaned("text", text_to_lines(text))


@contextmanager
def library_errors(kind: str) -> Iterator[None]:
    """Turn any exception but Referat's own (and MemoryError) into an InputError naming ``kind``."""
    try:
        yield
    except (ReferatError, MemoryError):
        raise
    except Exception as exc:
        reason = one_line(str(exc)) or type(exc).__name__
        raise InputError(f"cannot read the {kind}: {reason}") from exc


def _cleaned(fmt: str, lines: list[Line], warnings: list[str] | None = None) -> ExtractedText:
    """The lines with control characters removed from their text and cells, and, in a PDF, Word file or web page,
    HTML tags that it printed as text (a case system's field exported with its markup; the text reader strips
    them as it reads)."""
    from referat.extract.inline import strip_tags

    for line in lines:
        if fmt not in ("text", "markdown") and "<" in line.text:  # the text reader strips tags itself
            line.text = strip_tags(line.text)
            if line.cells:
                line.cells = [strip_tags(cell) for cell in line.cells]
        if not line.text.isprintable():
            line.text = clean_text(line.text)
            if line.cells:
                line.cells = [clean_text(cell) for cell in line.cells]
    return ExtractedText(fmt, lines, warnings or [])
