"""Lines -> :class:`referat.model.Meeting`: the minutes parser.

:func:`parse_document` is the one entry point: bytes in any supported format,
a Meeting out, or :class:`referat.errors.InputError` for input that is not minutes.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from referat.cleantext import clean_text
from referat.errors import InputError
from referat.extract import extract
from referat.model import Meeting, Source


def parse_document(data: bytes, path: str | None = None, municipality: str | None = None) -> Meeting:
    """Parse one document (text, Markdown, HTML, PDF, Word, a case system's XML export or a saved
    FirstAgenda agenda answer, detected from content)
    into a Meeting.

    ``municipality`` overrides what the text says. Raises InputError for bad input.
    """
    from referat.parse.meeting import build_meeting

    extracted = extract(data)
    source = Source(path=clean_text(path) if path else path, sha256=hashlib.sha256(data).hexdigest(),
                    format=extracted.format)
    if extracted.agenda is not None:
        from referat.parse.agenda_answer import meeting_from_answer

        meeting = meeting_from_answer(extracted.agenda, source, municipality)
    elif extracted.export is not None:
        from referat.parse.export import build_export_meeting

        meeting = build_export_meeting(extracted.export, source, municipality=municipality)
    else:
        meeting = build_meeting(extracted.lines, source, municipality=municipality)
    meeting.warnings[:0] = extracted.warnings  # how the document was read (OCR, a Word file cut short)
    return meeting


def parse_file(path: str | Path, municipality: str | None = None) -> Meeting:
    """Read and parse one file; unreadable files raise InputError."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except IsADirectoryError as exc:
        raise InputError(f"{p}: is a directory") from exc
    except OSError as exc:
        raise InputError(f"{p}: cannot read ({exc.strerror or exc})") from exc
    return parse_document(data, path=str(p), municipality=municipality)
