"""The contents against the body: items listed only in the contents, put in their place, and what disagrees."""

from __future__ import annotations

import heapq

from referat.model import AgendaItem
from referat.parse.titles import split_title
from referat.parse.toc import TocEntry
from referat.parse.toc_entry import behind_running_header, same_title
from referat.parse.toc_keys import title_key
from referat.vocab import TOC_NOT_ITEMS, normalise_heading


def listed_only(toc: list[TocEntry], items: list[AgendaItem]) -> list[AgendaItem]:
    """Items the contents list but the body lacks (cut off or not published), with number and title only.

    An unnumbered entry takes the number after the entry before it when the contents and the body
    number alike (every entry found in the body stands at its number's place in the contents).
    """
    by_title = {title_key(item.title or ""): item for item in items if item.title}
    numbers = {item.number for item in items if item.number is not None}
    entry_keys = [title_key(split_title(e.title)[0] or "") for e in toc]
    matched = [(k, by_title[key].number) for k, key in enumerate(entry_keys) if key in by_title]
    offsets = {number - k for k, number in matched if number is not None}
    counted = len(offsets) == 1
    found: list[AgendaItem] = []
    for k, entry in enumerate(toc):
        title, closed, prefix, item_type = split_title(entry.title)
        if entry.number is not None and entry.number in numbers:
            continue
        if not title:
            if entry.number is not None and (closed or entry.closed):
                # "lukket 14 Lukket punkt": a closed item listed by its number alone, untitled as in the body
                found.append(AgendaItem(number=entry.number, title=None, closed=True))
                numbers.add(entry.number)
            continue
        known = by_title.get(title_key(title))
        if known is not None and all(known is not item for item in found):
            if entry.number is None or same_title(known.title, title):
                continue  # in the body already (numbered entries must agree in full: 30 letters may not tell)
        elif known is not None and same_title(known.title, title) and known.closed == (closed or entry.closed) \
                and not (found and known is found[-1] and k and toc[k - 1].title == entry.title):
            continue  # listed twice; an open and a closed item of one title are two, as are entries in a row
            # ("Lukket - Ejendomssag" three times: three property cases)
        if entry.number is None and normalise_heading(title) in TOC_NOT_ITEMS:
            continue  # "Bilagsoversigt", "Underskriftsside": pages of the document, not items
        number = entry.number
        if number is None and counted and (guess := k + next(iter(offsets))) > 0 and guess not in numbers:
            number = guess
        found.append(AgendaItem(number=number, title=title, closed=closed or entry.closed, prefix=prefix,
                                item_type=item_type))
        if number is not None:
            numbers.add(number)
        by_title[title_key(title)] = found[-1]
    return found


def titles_behind_running_headers(toc: list[TocEntry], items: list[AgendaItem]) -> None:
    """A heading whose title ends in its contents entry's title after two or more words, a copy's running header
    flattened before it (``Solbjerg Kommune Dato Side Erhvervsudvalget Godkendelse af dagsorden``), takes the
    entry's title."""
    listed = {e.number: e.title for e in toc if e.number is not None and e.title}
    for item in items:
        entry = listed.get(item.number) if item.number is not None else None
        if entry and item.title and behind_running_header(item.title, entry):
            item.title = entry


def rejoin_split_titles(toc: list[TocEntry], items: list[AgendaItem]) -> list[TocEntry]:
    """Two entries in a row that the body prints as one item's title (``Budget rammebesparelse`` / ``Udvalget for
    Kultur og Planlægning``, a title cut at a body's name where a copy ran the contents together) are one entry."""
    titles = {" ".join((item.title or "").casefold().split()) for item in items if item.title}
    out: list[TocEntry] = []
    for entry in toc:
        last = out[-1] if out else None
        if last is not None and entry.number is None and f"{last.title} {entry.title}".casefold() in titles:
            last.title = f"{last.title} {entry.title}"
            last.page = entry.page if entry.page is not None else last.page
            continue
        out.append(entry)
    return out


def with_listed(items: list[AgendaItem], listed: list[AgendaItem]) -> list[AgendaItem]:
    """Items listed only in the contents put in their place by number, unnumbered ones last.

    The body's items rise in number, so both lists merge in one pass.
    """
    numbered = sorted((item for item in listed if item.number is not None), key=lambda item: item.number or 0)
    unnumbered = [item for item in listed if item.number is None]
    if any(item.number is None for item in items):
        return items + numbered + unnumbered
    merged = list(heapq.merge(items, numbered, key=lambda item: item.number or 0))
    return merged + unnumbered


def toc_warnings(toc: list[TocEntry], items: list[AgendaItem], only_listed: list[AgendaItem]) -> list[str]:
    """What the contents say that the body does not: items listed only there, another count, another title."""
    # "Bilagsoversigt", "Underskriftsside": pages of the document the contents list, not items (unless the body
    # has them as items)
    in_body = {normalise_heading(item.title or "") for item in items}
    toc = [e for e in toc if e.number is not None or (key := normalise_heading(split_title(e.title)[0] or "")) not in
           TOC_NOT_ITEMS or key in in_body]
    if not toc:
        return []
    warnings: list[str] = []
    for item in only_listed:
        label = f"item {item.number}" if item.number is not None else f"item {item.title!r}"
        warnings.append(f"{label} is listed in the table of contents but its text is not in the document")
    items = [item for item in items if not any(item is listed for listed in only_listed)]
    if len(toc) != len(items) + len(only_listed):
        warnings.append(f"the table of contents lists {len(toc)} items but the body has {len(items)}")
    by_number = {entry.number: entry for entry in toc if entry.number is not None}
    if by_number and all(item.number is not None for item in items):
        # each item against the entry of its number: one the contents leave out is compared with none
        pairs = [(by_number[item.number], item) for item in items if item.number in by_number]
    else:
        pairs = list(zip(toc, items, strict=False))
    for entry, item in pairs:
        listed = entry.title.casefold()
        actual = (item.title or "").casefold()
        if item.closed and not listed.replace("lukket", "").strip(" :"):
            continue
        if listed[:30] not in actual and actual[:30] not in listed and not item.closed:
            warnings.append(f"item {item.number}: the table of contents says {entry.title!r}")
    return warnings
