"""The table of contents: found, read, and kept apart from the items.

A contents list stands under a heading (``Indholdsfortegnelse``, ``Punkter på dagsordenen``, ``Sagsoversigt``,
a ``Punkt | Titel`` table) or under none: a run of dot-leader lines, or a run of numbered titles that the body
repeats as item headings. Entries are numbered (``1 Title``, ``Punkt 3: Title``), bulleted (``- Title``), dotted
(``Title ..... 4``) or table rows. Everything here is one pass over the lines plus dictionary look-ups.
"""

from __future__ import annotations

import itertools
import re

from referat.extract import Line
from referat.parse.numbers import bare_case_number, labelled_case_number
from referat.parse.toc_columns import columnar_run, number_block_run, page_column_after
from referat.parse.toc_entry import (
    TocEntry,
    behind_running_header,
    is_closed_group,
    leader_page,
    names_page_column,
    numbered_entry,
    running_header_line,
)
from referat.parse.toc_groups import access_group_run
from referat.parse.toc_keys import LaterKeys, title_key
from referat.vocab import (
    ACCESS_GROUP,
    CASE_LABEL,
    DECISION_HEADING,
    ITEM_TYPE_PREFIXES,
    STATUS_GROUP,
    TOC_AMBIGUOUS_HEADINGS,
    TOC_BULLET,
    TOC_COLUMN_LABELS,
    TOC_GROUP,
    TOC_HEADINGS,
    normalise_heading,
    section_kind,
)

_TOC_HEADING_SET = frozenset(TOC_HEADINGS)
_COLUMN_SET = frozenset(TOC_COLUMN_LABELS)
_DOT_LEADER = re.compile(r"\.{3,}|…")
_MIN_UNHEADED_RUN = 3
_BARE_AGENDA = 5  # titles under "Dagsorden" or "Referat" with no text after them: the agenda alone
_CONTINUATION_LINES = 3
_RUNNING_HEADER = 3  # lines of a page's running header between a contents heading and its first entry
_TITLE_PAGE = re.compile(r"^(?P<title>\S.*?)\s+(?P<page>\d{1,4})$")
_TYPED_TITLE = re.compile(r"^(?:" + "|".join(t.capitalize() for t in ITEM_TYPE_PREFIXES) + r")(?:\s+og\s+[^:.]{1,50})?:"
                          r"\s+[A-ZÆØÅ0-9]")
_GROUP_LEAD = re.compile(r"^[^:\d]{3,40}:\s+(?=\S)")


def toc_entry(line: Line, headed: bool = False) -> TocEntry | None:
    """The entry a line lists, or None if it is not a contents line.

    Outside a headed contents list only dot-leader lines (``Title ..... 4``) count; under a heading numbered,
    bulleted and tabled titles do too.
    """
    text = line.text.strip()
    if not text:
        return None
    if line.cells and len(line.cells) > 3:
        return None  # a data table, not a contents line
    if line.cells and len(line.cells) >= 2 and headed:
        cells = [c.strip().rstrip(". …").strip() for c in line.cells if c.strip()]
        if len(cells) >= 2 and cells[0].rstrip(".").isdigit() and len(cells[0]) <= 4:
            page = int(cells[2]) if len(cells) > 2 and cells[2].isdigit() and len(cells[2]) <= 4 else None
            return TocEntry(title=cells[1], page=page, number=int(cells[0].rstrip(".")))
        if len(cells) == 2 and cells[1].isdigit() and len(cells[1]) <= 4:
            return numbered_entry(cells[0], int(cells[1])) or TocEntry(title=cells[0], page=int(cells[1]))
    led = leader_page(text) if (text[-1].isdigit() or text[-1] in "ivxl") and ("\t" in text or "." in text
                                                                               or "…" in text) else None
    if led:
        title, page = led
        if headed and (bullet := TOC_BULLET.match(title)):
            title = bullet.group("title").strip()  # "• Eventuelt...19": a title of a list run together, its page
        if not title or "\t" in title:
            return None
        return numbered_entry(title, page) or TocEntry(title=title, page=page)
    if not headed or len(text) > 300:
        return None
    entry = numbered_entry(text, None)
    if entry:
        return entry
    bullet = TOC_BULLET.match(text)
    if bullet:
        return TocEntry(title=bullet.group("title").strip())
    return None


def _restarts(entries: list[TocEntry], entry: TocEntry) -> bool:
    """An entry whose number does not follow the list's: the body's "1. ..." after the contents."""
    last = max((e.number for e in entries if e.number is not None), default=None)
    return last is not None and entry.number is not None and entry.number <= last


def _unlisted(entries: list[TocEntry], entry: TocEntry) -> bool:
    return all(e.number != entry.number for e in entries)


def _listed_last(entries: list[TocEntry], entry: TocEntry, group: str) -> bool:
    """A closed group's first entry numbered below the open ones but not among them: ``Åbne`` 217 218 220 221,
    then ``Lukkede`` 219, the closed items listed after the open."""
    return is_closed_group(group) and _unlisted(entries, entry)


def _is_heading(line: Line) -> str | None:
    text = line.text.strip()
    if len(text) > 60 or not text:
        return None
    key = normalise_heading(" ".join(c for c in line.cells if c.strip()) if line.cells else text)
    return key if key in _TOC_HEADING_SET else None


def _is_column_label(line: Line) -> bool:
    if line.cells:
        return all(normalise_heading(c) in _COLUMN_SET for c in line.cells if c.strip())
    if line.text.count(":") >= 2:  # "Sag nr.: Emne: Side:", each label with its colon
        parts = [part for part in line.text.split(":") if part.strip()]
        return len(parts) >= 2 and all(normalise_heading(part) in _COLUMN_SET for part in parts)
    return normalise_heading(line.text) in _COLUMN_SET


def _repeated_later(entries: list[TocEntry], after: int, keys: dict[str, list[int]]) -> int:
    """How many entries' titles stand again on a line after index ``after``."""
    count = 0
    for entry in entries:
        key = title_key(entry.title)
        if key and any(i > after for i in keys.get(key, ())):
            count += 1
    return count


def _entry_under_heading(line: Line, bullet_list: bool, paged: bool) -> TocEntry | None:
    """A contents entry under a heading; with a ``Side`` column a number ending the line is the page."""
    text = line.text.strip()
    bullet = TOC_BULLET.match(text)
    if bullet and section_kind(text):
        return None  # "• Resume", "• Beslutning i Byrådet den …": an item's sections set as a list, no entry
    if bullet_list and bullet:
        return TocEntry(title=bullet.group("title").strip())  # "- 2. behandling af budgettet" is a title
    entry = toc_entry(line, headed=True)
    if entry is None and _TYPED_TITLE.match(text):
        entry = TocEntry(title=text)  # "Beslutning: Budgetopfølgning III": a title behind its item type
    if paged and entry is None and (m := _TITLE_PAGE.match(text)):
        entry = TocEntry(title=m.group("title"), page=int(m.group("page")))  # "Bilagsoversigt 3"
    if paged and entry is not None and entry.page is None and (m := _TITLE_PAGE.match(entry.title)):
        entry.title, entry.page = m.group("title"), int(m.group("page"))  # "1 Meddelelser 5"
    return entry


def _wrapped(lines: list[Line], filled: list[int], k: int, entries: list[TocEntry]) -> int:
    """How many lines from filled position ``k`` continue the title of the last numbered entry.

    ``2 Forslag til Lokalplan 226 ... tæt-lav`` / ``boligbebyggelse samt ...`` / ``ændringsforslag 6``: the
    lines run on until the next entry (or the end of the text).
    """
    if not entries or entries[-1].number is None or entries[-1].page is not None:
        return 0
    for count in range(1, _CONTINUATION_LINES + 1):
        line = lines[filled[k + count - 1]]
        text = line.text.strip()
        if line.heading or line.cells or len(text) > 200 or TOC_GROUP.match(text) or _is_heading(line) \
                or section_kind(text) or bare_case_number(text) or labelled_case_number(text) or text.endswith(":") \
                or DECISION_HEADING.match(text):
            return 0  # ("Deltagere:" after the list: a label of the header, no part of a title)
        if k + count >= len(filled):
            return count
        following = toc_entry(lines[filled[k + count]], headed=True)
        if following is not None and following.number is not None and following.number > (entries[-1].number or 0):
            return count  # the next numbered entry: the lines before it continued this one's title
    return 0


def _repeats_listed(entries: list[TocEntry], entry: TocEntry) -> bool:
    """``entry``'s title ends in the title of the list's first entry after a copy's running header: ``3 Solbjerg
    Kommune Dato Side Erhvervsudvalget Godkendelse af dagsorden`` after ``1. Godkendelse af dagsorden`` … is the
    body's first heading, its number the copy's page."""
    return bool(entries) and behind_running_header(entry.title, entries[0].title)


def _ends_wrapped(last: TocEntry | None, entry: TocEntry) -> bool:
    """``entry`` is the end of the numbered title above it, wrapped onto a line of its own with the page number."""
    return last is not None and last.number is not None and last.page is None and entry.number is None \
        and entry.page is not None


def _headed_run(lines: list[Line], filled: list[int], start: int,
                paged: bool = False) -> tuple[list[TocEntry], list[int], int]:
    """Entries under a heading from filled position ``start``: (entries, lines used, next position); ``paged``:
    the list's column labels above its heading name a page column."""
    entries: list[TocEntry] = []
    used: list[int] = []
    bullet_list = False
    closed_part = False
    k = start
    while k < len(filled):
        line = lines[filled[k]]
        text = line.text.strip()
        if not entries and (_is_column_label(line) or (k - start < _RUNNING_HEADER and running_header_line(text))):
            paged = paged or names_page_column(text)  # (the page's running header: "Økonomiudvalget" / "12-12-2012")
            used.append(filled[k])
            k += 1
            continue
        entry = _entry_under_heading(line, bullet_list, paged)
        lead = _GROUP_LEAD.match(text) if not entries else None
        if lead and (after := _entry_under_heading(Line(text[lead.end():]), bullet_list, paged)) \
                and after.number is not None:
            entry = after  # "Punkter på åben dagsorden: 124. Borgerrådgiverens beretning ..... 2"
        if not entries:
            bullet_list = bool(TOC_BULLET.match(text)) and entry is not None and entry.page is None
        last = entries[-1] if entries else None
        if entry is not None and _ends_wrapped(last, entry) and not bullet_list and last is not None:
            last.title, last.page = f"{last.title} {entry.title}", entry.page  # "... med" / "lånefinansiering....19"
            used.append(filled[k])
            k += 1
            continue
        if entry is not None and entry.number is None and TOC_GROUP.match(text) and k + 1 < len(filled) \
                and (below := toc_entry(lines[filled[k + 1]], headed=True)) and below.number is not None:
            entry = None  # "Til behandling - for åbne døre...iii" over numbered entries: a group with its page
        if entry is None:
            after = toc_entry(lines[filled[k + 1]], headed=True) if k + 1 < len(filled) else None
            if TOC_GROUP.match(text) and after is not None and (not _restarts(entries, after)
                                                                or _listed_last(entries, after, text)):
                used.append(filled[k])  # "B. Sager til afgørelse i udvalget" between entries
                closed_part = closed_part or is_closed_group(text)
                k += 1
                continue
            count = _wrapped(lines, filled, k, entries)
            if count and last is not None:
                for j in range(k, k + count):
                    last.title = f"{last.title} {lines[filled[j]].text.strip()}"
                    used.append(filled[j])
                m = _TITLE_PAGE.match(last.title) if paged else None
                if m:
                    last.title, last.page = m.group("title"), int(m.group("page"))
                k += count
                continue
            if k + 1 < len(filled) and len(text) < 200 and entries:
                # A long unnumbered title wrapped over two lines: the page number stands on the second.
                nxt = lines[filled[k + 1]].text.strip()
                joined = toc_entry(Line(f"{text} {nxt}")) if _DOT_LEADER.search(nxt) or "\t" in nxt else None
                if joined is not None:
                    entries.append(joined)
                    used.extend((filled[k], filled[k + 1]))
                    k += 2
                    continue
            break
        if (_restarts(entries, entry) and not (closed_part and _unlisted(entries, entry))) \
                or _repeats_listed(entries, entry):
            break  # the numbering starts again, or a listed title again: the body's first item after the contents
        entry.closed = entry.closed or closed_part
        if entries and entries[0].page is not None and entry.page is None and k + 1 < len(filled) \
                and not _wrapped(lines, filled, k + 1, [entry]) \
                and not ((below := _entry_under_heading(lines[filled[k + 1]], bullet_list, paged))
                         and _ends_wrapped(entry, below)):
            break  # paged entries, then "Punkt 1: ..." of the body (the last line may be an entry cut short)
        entries.append(entry)
        used.append(filled[k])
        k += 1
    return entries, used, k


def _unheaded_run(lines: list[Line], filled: list[int], start: int) -> tuple[list[TocEntry], list[int], int]:
    """A run of dot-leader lines or of rising numbered titles from filled position ``start``."""
    entries: list[TocEntry] = []
    used: list[int] = []
    k = start
    closed = False  # under a closed group ("Til behandling (lukkede punkter)")
    while k < len(filled):
        line = lines[filled[k]]
        text = line.text.strip()
        entry = toc_entry(line)
        if entry is None and not line.cells and not line.heading and len(text) < 300:
            numbered = numbered_entry(text, None)
            if numbered and numbered.number not in {e.number for e in entries[-60:]}:
                entry = numbered
        if entry is None:
            if entries and TOC_GROUP.match(text) and k + 1 < len(filled):
                closed = is_closed_group(text)
                used.append(filled[k])
                k += 1
                continue
            break
        entry.closed = entry.closed or closed
        last = entries[-1] if entries else None
        if last is not None and _ends_wrapped(last, entry):
            last.title, last.page = f"{last.title} {entry.title}", entry.page  # "6. ... for" / "ældre<tab>10"
        else:
            entries.append(entry)
        used.append(filled[k])
        k += 1
    while used and TOC_GROUP.match(lines[used[-1]].text.strip()):
        used.pop()
    return entries, used, k


def _mostly_rising(entries: list[TocEntry]) -> bool:
    """Numbers that rise from entry to entry but for the odd one listed out of order (``17`` among 1-6)."""
    numbers = [e.number for e in entries if e.number is not None]
    if len(numbers) < 2:
        return False
    rising = sum(b > a for a, b in itertools.pairwise(numbers))
    return 4 * rising >= 3 * (len(numbers) - 1)


def _body_before(lines: list[Line], filled: list[int], k: int, seen: list[int]) -> bool:
    """Whether an item's body (a section heading or a case number) stands before filled position ``k``.

    ``seen`` = [positions checked, found] carries the answer along as ``k`` only grows.
    """
    while seen[0] < k and not seen[1]:
        text = lines[filled[seen[0]]].text.strip()
        # (an absence label, "Afbud" over names, is the header's as often as an item's)
        if len(text) < 120 and (section_kind(text) not in (None, "absent") or bare_case_number(text)
                                or labelled_case_number(text)):
            seen[1] = 1
        seen[0] += 1
    return bool(seen[1])


def _opens_item(text: str) -> bool:
    """A line that stands under an item's heading, not under a contents entry: a case number, alone or
    labelled, its label alone (``Sagsnummer``, the number below it), or a section heading."""
    return bool(section_kind(text) or labelled_case_number(text) or bare_case_number(text)
                or (len(text) < 20 and CASE_LABEL.match(f"{text.rstrip(':. ')} 1")) or DECISION_HEADING.match(text))


def find_toc(lines: list[Line]) -> tuple[list[TocEntry], set[int]]:
    """The contents entries and the indices of the lines they occupy (heading included)."""
    entries: list[TocEntry] = []
    used: set[int] = set()
    filled = [i for i, line in enumerate(lines) if line.text.strip()]
    keys = LaterKeys(lines)
    seen = [0, 0]
    k = 0
    while k < len(filled):
        i = filled[k]
        heading = _is_heading(lines[i])
        if heading:
            labelled = k > 0 and _is_column_label(lines[filled[k - 1]])  # "Sag nr.: Emne: Side:" above it
            paged = labelled and names_page_column(lines[filled[k - 1]].text)
            run, run_lines, end = _headed_run(lines, filled, k + 1, paged)
            if not run:
                front = {lines[f].text.strip() for f in filled[:k]}
                run, run_lines, end = columnar_run(lines, filled, k + 1, front)
            if not run and (block := number_block_run(lines, filled, k + 1))[0]:
                run, run_lines, end = block
                rest, rest_lines, end = _headed_run(lines, filled, end, paged)  # "91. …": entries as usual after it
                run, run_lines = run + rest, run_lines + rest_lines
            if len(run) == 1 and end < len(filled) and len(run_lines) == 1 \
                    and _opens_item(lines[filled[end]].text.strip()):
                run = []  # an empty contents heading over the first item, its case number or section below
            if run and heading in TOC_AMBIGUOUS_HEADINGS and not labelled:
                last = run_lines[-1] if run_lines else i
                dotted = all(entry.page is not None for entry in run)
                if not dotted and (len(run) < 2 or (_repeated_later(run, last, keys.after(last)) == 0
                                                    and len(run) < _BARE_AGENDA)):
                    run = []  # "Dagsorden" over the items themselves, not over a list of them
            if run:
                if is_closed_group(heading):  # "Lukket dagsorden" over the entries
                    for entry in run:
                        entry.closed = True
                entries.extend(run)
                used.add(i)
                if labelled:
                    used.add(filled[k - 1])
                end = page_column_after(lines, filled, end, run, used)
                used.update(run_lines)
                k = end
                continue
            k += 1
            continue
        if ACCESS_GROUP.match(lines[i].text.strip()) and not entries and not _body_before(lines, filled, k, seen) \
                and (grouped := access_group_run(lines, filled, k))[0]:
            # "Åbne sager" / "Lukkede sager" / "209. …" near the top, then "ÅBNE SAGER" over the body's items
            run, run_lines, k = grouped
            entries.extend(run)
            used.update(run_lines)
            continue
        if not entries and k + 1 < len(filled) and _is_column_label(lines[i]) \
                and _is_column_label(lines[filled[k + 1]]) and not _body_before(lines, filled, k, seen):
            # "Pkt." / "Tekst" / "125" / "Godkendelse af dagsorden": a contents table's header, no heading above it
            run, run_lines, end = columnar_run(lines, filled, k, {lines[f].text.strip() for f in filled[:k]})
            if len(run) >= _MIN_UNHEADED_RUN and _mostly_rising(run):
                entries.extend(run)
                used.update([i, *run_lines])
                k = end
                continue
        if STATUS_GROUP.match(lines[i].text.strip()) and not entries and not _body_before(lines, filled, k, seen):
            # "Til behandling (åbne punkter)" over the numbered items: the agenda as a bare list
            run, run_lines, end = _unheaded_run(lines, filled, k + 1)
            if len(run) >= 2 and _mostly_rising(run):
                if is_closed_group(lines[i].text.strip()):
                    for entry in run:
                        entry.closed = True
                entries.extend(run)
                used.update([i, *run_lines])
                k = end
                continue
        run, run_lines, end = _unheaded_run(lines, filled, k)
        if len(run) >= _MIN_UNHEADED_RUN:
            dotted = all(_DOT_LEADER.search(lines[index].text) for index in run_lines)
            if not dotted and _mostly_rising(run):
                repeated = _repeated_later(run, run_lines[-1], keys.after(run_lines[-1]))
                # Near the top, one title found again below confirms a contents list (the rest may be cut
                # off); further down, where lists inside items stand, most of its titles must be.
                near_top = not entries and not _body_before(lines, filled, k, seen)
                dotted = repeated > 0 if near_top else 2 * repeated >= len(run)
            if dotted:
                entries.extend(run)
                used.update(run_lines)
                k = end
                continue
        k = end if run else k + 1
    return entries, used
