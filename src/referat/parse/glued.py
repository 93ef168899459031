"""Headings glued to the text around them by a copy that lost the line break: ``BeslutningGodkendt.``,
``Referat9. Frigivelse af anlægsmidler``."""

from __future__ import annotations

import bisect
import itertools
import re
from functools import cache

from referat.extract import Line
from referat.vocab import DOCUMENT_KINDS, SECTION_HEADINGS, TOC_AMBIGUOUS_HEADINGS, TOC_HEADINGS


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


_NUMBERED_LINE = re.compile(r"^\d{1,3}\.\s+[A-ZÆØÅ]")
_HEADING_LINE = re.compile(r"^\d{1,3}\.\s*[A-ZÆØÅ].{0,200}$")


@cache
def _trailing_label() -> re.Pattern[str]:
    """A section heading or the document's kind glued to the end of an item heading: ``1. Meddelelse fra
    formandenReferat`` (the heading's title ends in lower case, the label begins in upper case)."""
    words = sorted({*_glued_words(), *(kind.capitalize() for kind in DOCUMENT_KINDS if " " not in kind)},
                   key=len, reverse=True)
    return re.compile(r"(?<=[a-zæøå0-9)])(?:" + "|".join(re.escape(w) for w in words) + r")$")


@cache
def _glued_contents_heading() -> re.Pattern[str]:
    """A contents heading glued to a numbered title at a line's start: ``Indholdsfortegnelse1. Fraværende``."""
    headings = "|".join(re.escape(h.capitalize()) for h in sorted(TOC_HEADINGS, key=len, reverse=True) if " " not in h)
    return re.compile(rf"^(?:{headings}):?(?=\d{{1,3}}\.\s+[A-ZÆØÅ][^\n]{{0,110}}$)", re.MULTILINE)


@cache
def _long_contents_headings() -> tuple[str, ...]:
    """The long one-word contents headings, capitalised: ``Indholdsfortegnelse``, ``Sagsoversigt``."""
    return tuple(h.capitalize() for h in TOC_HEADINGS
                 if " " not in h and len(h) >= 10 and h not in TOC_AMBIGUOUS_HEADINGS)


def _contents_headings_after_text(whole: str) -> list[int]:
    """Where a long one-word contents heading is glued to the text before it: ``… Egon Bo (I)Indholdsfortegnelse``,
    ``… 53Indholdsfortegnelse lukket møde`` (a plain search for each heading: most documents hold none)."""
    found: list[int] = []
    for heading in _long_contents_headings():
        at = whole.find(heading, 1)
        while at != -1:
            end = at + len(heading)
            if not whole[at - 1].isspace() and (end == len(whole) or whole[end] in " \t:\n"):
                found.append(at)
            at = whole.find(heading, end)
    return found


def split_glued_item_headings(lines: list[Line]) -> list[Line]:
    """Lines split before a numbered title glued to them that the document prints as a line of its own too.

    A page that lost the break before each item heading prints ``Referat9. Frigivelse af anlægsmidler``, and its
    contents' last entry runs into the first heading (``… den 29.01.20138. Godkendelse af dagsorden …``); the
    contents list ``9. Frigivelse af anlægsmidler`` and ``8. Godkendelse af dagsorden …`` as lines, which tells
    where to cut (a label of the document's kind before it, ``Referat``, is dropped). Table rows stay as they are.
    A contents heading glued to a short numbered title (``Indholdsfortegnelse1. Fraværende``) is an empty contents
    list's heading run into the first item's: the item's heading alone is kept. A long one-word contents heading
    glued to the text before it (``Egon Bo (I)Indholdsfortegnelse åbent møde``) starts a line of its own.

    The document's text is searched as a whole for each numbered line, so a document without such a line costs
    one pass.
    """
    texts = [line.text.strip() for line in lines]
    whole = "\n".join(texts)
    starts = list(itertools.accumulate((len(text) + 1 for text in texts), initial=0))
    cuts: dict[int, int] = {}  # line index -> where its glued title starts
    trailing: dict[int, int] = {}  # line index -> where the label glued to its end starts
    for title in {text for text in texts if text[:1].isdigit() and _NUMBERED_LINE.match(text)}:
        at = whole.find(title, 1)
        while at != -1:
            end = at + len(title)
            if not whole[at - 1].isspace() and (end == len(whole) or whole[end] == "\n"):
                k = bisect.bisect_right(starts, at) - 1
                if not lines[k].cells and len(texts[k]) < 400:
                    cuts[k] = min(cuts.get(k, at - starts[k]), at - starts[k])
            at = whole.find(title, at + 1)
    for m in _glued_contents_heading().finditer(whole):
        cuts[bisect.bisect_right(starts, m.start()) - 1] = -(m.end() - m.start())  # the heading dropped
    for at in _contents_headings_after_text(whole):
        k = bisect.bisect_right(starts, at) - 1
        if k not in cuts and not lines[k].cells:
            cuts[k] = at - starts[k]  # "Egon Bo (I)Indholdsfortegnelse åbent møde": cut before the heading
    for k, text in enumerate(texts):
        if k not in cuts and text[-1:].islower() and _HEADING_LINE.match(text) and not lines[k].cells \
                and (label := _trailing_label().search(text)):
            trailing[k] = label.start()  # "1. Meddelelse fra formandenReferat": the heading, then its label
    if not cuts and not trailing:
        return lines
    out: list[Line] = []
    for k, line in enumerate(lines):
        cut = cuts.get(k)
        if k in trailing:
            word = texts[k][trailing[k]:]
            # The document's kind glued on labels the item's minutes, its decision: "Referat:" reads so.
            out.extend((Line(texts[k][:trailing[k]]), Line(f"{word}:" if word.lower() in DOCUMENT_KINDS else word)))
        elif cut is None:
            out.append(line)
        elif cut < 0:
            out.append(Line(texts[k][-cut:]))  # an empty contents list's heading: the item's heading alone
        else:
            before = texts[k][:cut]
            # "Referat9. …": the page's label of each item's minutes, no text of the item before it
            out.extend((Line(before), Line(texts[k][cut:])) if before.lower() not in DOCUMENT_KINDS
                       else (Line(texts[k][cut:]),))
    return out
