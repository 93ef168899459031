"""Text fit for every output: no characters that XML 1.0 forbids or that a terminal would obey.

Documents are untrusted: an ESC in a title would drive the terminal of whoever runs ``referat
parse``, and a control character makes an Atom feed ill-formed XML. Text is cleaned once where it
enters the model (the extracted lines, a document's path) and where the outputs that need it
are written (feeds, calendars, error lines).
"""

from __future__ import annotations

import re

# C0 controls but tab and line feed, DEL, C1 controls, lone surrogates and the two non-characters
# XML 1.0 excludes. Those that stand for space (vertical tab, form feed, the separators, NEL) become one.
_SPACE_LIKE = re.compile("[\x0b\x0c\x1c-\x1f\x85\u2028\u2029]")
_FORBIDDEN = re.compile("[\x00-\x08\x0d\x0e-\x1b\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]")


def clean_text(text: str) -> str:
    """``text`` without control characters (tab and line feed kept); space-like ones become a space."""
    if text.isprintable():  # the common case, in C
        return text
    return _FORBIDDEN.sub("", _SPACE_LIKE.sub(" ", text))


def one_line(text: str, limit: int = 300) -> str:
    """``text`` cleaned and folded onto one line of at most ``limit`` characters, for a message."""
    folded = " ".join(clean_text(text).split())
    return folded if len(folded) <= limit else folded[: limit - 1] + "…"
