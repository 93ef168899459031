"""One entry of a table of contents."""

from __future__ import annotations

import re
from dataclasses import dataclass

_CLOSED_GROUP = re.compile(r"^\s*lukkede?\b", re.IGNORECASE)


def same_title(a: str | None, b: str | None) -> bool:
    """Two titles alike but for case and spacing."""
    return " ".join((a or "").casefold().split()) == " ".join((b or "").casefold().split())


def is_closed_group(text: str) -> bool:
    """A group heading over the contents' closed part: ``Lukkede dagsordenspunkter``, ``Lukket dagsorden``."""
    return bool(_CLOSED_GROUP.match(text))


@dataclass
class TocEntry:
    """One entry: the title as listed (maybe cut off), its page and the item number printed before it."""

    title: str
    page: int | None = None
    number: int | None = None
    closed: bool = False  # listed under the contents' closed part ("Lukkede dagsordenspunkter")
    listed_open: bool = False  # listed as open in so many words ("åbent 1 Title")
