"""Section headings glued to their text by a copy that lost the line break: ``BeslutningGodkendt.``."""

from __future__ import annotations

import re
from functools import cache

from referat.vocab import SECTION_HEADINGS


@cache
def _glued_words() -> tuple[str, ...]:
    """The one-word section headings, capitalised, longest first."""
    words = sorted({h for headings in SECTION_HEADINGS.values() for h in headings if " " not in h and len(h) > 4},
                   key=len, reverse=True)
    return tuple(w.capitalize() for w in words)


@cache
def _glued_labels() -> re.Pattern[str]:
    """One-word section headings glued to their text: ``BeslutningGodkendt.``, ``BilagIngen bilag.``."""
    return re.compile(r"^(?P<label>" + "|".join(re.escape(w) for w in _glued_words()) + r")(?P<value>[A-ZÆØÅ].*)$")


@cache
def _glued_starts() -> frozenset[str]:
    """The first letters of the glued labels: a line starting with another letter holds none."""
    return frozenset(word[0] for word in _glued_words())


def glued_label(text: str) -> tuple[str, str] | None:
    """``BeslutningGodkendt.`` -> (``Beslutning``, ``Godkendt.``); None when no section heading is glued on."""
    m = _glued_labels().match(text) if len(text) > 5 and text[0].isupper() and text[0] in _glued_starts() else None
    return (m.group("label"), m.group("value")) if m else None
