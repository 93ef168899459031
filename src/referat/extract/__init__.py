"""Bytes -> lines of text with light layout hints, for every format in use.

The parser reads one representation whatever the source: a list of :class:`Line`,
where blank lines separate paragraphs and markup survives only as hints
(heading level, bold, table cells). :func:`extract` detects the format from the
content, never from the file name.
"""

from __future__ import annotations

from dataclasses import dataclass


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
    """The lines of one document and the format they were read from."""

    format: str
    lines: list[Line]


def extract(data: bytes) -> ExtractedText:
    """Detect the format of ``data`` and turn it into lines.

    Raises :class:`referat.errors.InputError` for input that is not a readable document.
    """
    from referat.extract.detect import detect_format, is_html

    if detect_format(data) == "pdf":
        from referat.extract.pdf import extract_pdf

        return ExtractedText("pdf", extract_pdf(data))
    from referat.extract.decode import decode_text

    text = decode_text(data)
    if is_html(text):
        from referat.extract.html import html_to_lines

        return ExtractedText("html", html_to_lines(text))
    from referat.extract.text import looks_like_markdown, markdown_to_lines, text_to_lines

    if looks_like_markdown(text):
        return ExtractedText("markdown", markdown_to_lines(text))
    return ExtractedText("text", text_to_lines(text))
