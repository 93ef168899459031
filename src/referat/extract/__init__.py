"""Bytes -> lines of text with light layout hints, for every format in use.

The parser reads one representation whatever the source: a list of :class:`Line`,
where blank lines separate paragraphs and markup survives only as hints
(heading level, bold, table cells). :func:`extract` detects the format from the
content, never from the file name.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Line:
    """One line of a document after markup is gone.

    ``heading`` is the markup heading level (1-6) or 0; ``bold`` says the whole line
    was bold; ``cells`` holds the cells when the line is a table row (``text`` is
    then the cells joined by tabs).
    """

    text: str
    heading: int = 0
    bold: bool = False
    cells: list[str] | None = None


@dataclass
class ExtractedText:
    """The lines of one document, the format they were read from and what reading them had to work around.

    ``warnings`` are one-line notes for the meeting's warnings ("the Word file is cut short ...",
    "pages 1-3 were read by OCR"); the document was still read.
    """

    format: str
    lines: list[Line]
    warnings: list[str] = field(default_factory=list)


def extract(data: bytes) -> ExtractedText:
    """Detect the format of ``data`` and turn it into lines.

    Raises :class:`referat.errors.InputError` for input that is not a readable document.
    """
    from referat.extract.detect import detect_format, is_html

    kind = detect_format(data)
    if kind == "pdf":
        from referat.extract.pdf import extract_pdf

        warnings: list[str] = []
        return ExtractedText("pdf", extract_pdf(data, warnings), warnings)
    if kind == "docx":
        from referat.extract.docx import extract_docx

        warnings = []
        return ExtractedText("docx", extract_docx(data, warnings), warnings)
    from referat.extract.decode import decode_text

    text = decode_text(data)
    if is_html(text):
        from referat.extract.html import html_to_lines

        return ExtractedText("html", html_to_lines(text))
    from referat.extract.text import looks_like_markdown, markdown_to_lines, text_to_lines

    if looks_like_markdown(text):
        return ExtractedText("markdown", markdown_to_lines(text))
    return ExtractedText("text", text_to_lines(text))
