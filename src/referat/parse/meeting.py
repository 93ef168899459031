"""Lines -> Meeting: find the contents and the items, read the header, put it together."""

from __future__ import annotations

import re
from dataclasses import dataclass

from referat.errors import InputError
from referat.extract import Line
from referat.model import AgendaItem, Meeting, Person, Source
from referat.parse.closed import open_text
from referat.parse.header import parse_header
from referat.parse.item import ItemResult, build_item, split_title
from referat.parse.municipality import infer_municipality
from referat.parse.numbers import bare_case_number, labelled_case_number
from referat.parse.people import add_people, same_person
from referat.parse.toc import TocEntry, find_toc
from referat.vocab import END_TIME_LINES, FOOTER_LINE, ITEM_HEADINGS, section_kind

_MAX_HEADING_LINE = 400
_SENTENCE_END = re.compile(r"[.!?:)\]»”\"]\s*$")


@dataclass
class _Heading:
    index: int
    number: int
    title: str


def _followed_by_structure(lines: list[Line], index: int) -> bool:
    """A section heading or a case number within the next few lines confirms a numbered heading."""
    seen = 0
    for line in lines[index + 1:index + 16]:
        text = line.text.strip()
        if not text:
            continue
        seen += 1
        if section_kind(text) or labelled_case_number(text) or bare_case_number(text):
            return True
        if seen >= 6 or ITEM_HEADINGS[-1][1].match(text):
            return False
    return False


def _case_number_follows(lines: list[Line], index: int) -> bool:
    """The next filled line carries a case number (``Sagsnr: 22/388, Sagsansvarlig: ...``)."""
    following = next((line.text.strip() for line in lines[index + 1:index + 4] if line.text.strip()), "")
    first = following.split(",")[0]
    return bool(labelled_case_number(first) or bare_case_number(first))


def _in_toc(title: str, toc: list[TocEntry]) -> bool:
    title = title.casefold()
    return any(title.startswith(t.title.casefold()[:40]) or t.title.casefold().startswith(title) for t in toc)


def _candidates(lines: list[Line], skip: set[int], style: str, pattern: re.Pattern[str],
                toc: list[TocEntry]) -> list[_Heading]:
    found: list[_Heading] = []
    for i, line in enumerate(lines):
        if i in skip:
            continue
        text = line.text.strip()
        if not text or len(text) > _MAX_HEADING_LINE or not text[0].isalnum():
            continue
        m = pattern.match(text)
        if not m:
            continue
        title = m.group("title").strip()
        after_number = text[m.end("num"):].lstrip()
        hinted = line.heading > 0 or line.bold
        if style == "punkt" and not (hinted or not title or after_number[:1] in ":.)-" or title[0].isupper()):
            continue  # "Punkt 8 udgår ..." is a sentence; "Pkt. 8 Budget 2024" is a heading
        if style in ("numbered", "bare"):
            if re.match(r"^at\b", title, re.IGNORECASE) or line.cells:
                continue
            # Without a mark after the number, only the contents or a case number right below confirm it.
            confirmed = _followed_by_structure(lines, i) if style == "numbered" else _case_number_follows(lines, i)
            if not (hinted or _in_toc(title, toc) or confirmed):
                continue
        found.append(_Heading(i, int(m.group("num")), title))
    return found


def _increasing(headings: list[_Heading]) -> list[_Heading]:
    kept: list[_Heading] = []
    for heading in headings:
        if not kept or heading.number > kept[-1].number:
            kept.append(heading)
    return kept


def _title_key(title: str) -> str:
    bare = split_title(title)[0]
    return " ".join(bare.casefold().split()) if bare else ""


def _recover_from_toc(lines: list[Line], skip: set[int], toc: list[TocEntry],
                      headings: list[_Heading]) -> list[_Heading]:
    """Contents titles found again as a plain line between two headings stand for a lost heading.

    A PDF that dropped ``Punkt 4:`` still prints the title; when the contents list it and the
    numbering leaves room for it, the line becomes the item's heading.
    """
    if len(toc) <= len(headings):
        return headings
    known = {_title_key(h.title)[:40] for h in headings}
    result = list(headings)
    for entry in toc:
        key = _title_key(entry.title)[:40]
        if not key or key in known:
            continue
        for i, line in enumerate(lines):
            text = line.text.strip()
            if i in skip or not text or len(text) > _MAX_HEADING_LINE or not _title_key(text).startswith(key):
                continue
            before = [h for h in result if h.index < i]
            after = [h for h in result if h.index > i]
            low = before[-1].number if before else 0
            high = after[0].number if after else low + 2
            if high - low >= 2:
                result.insert(len(before), _Heading(i, low + 1, text))
                known.add(key)
            break
    return result


def find_item_headings(lines: list[Line], skip: set[int], toc: list[TocEntry]) -> list[_Heading]:
    """The item headings in the heading style the document uses, completed from the contents.

    The style is the first one found, unless the contents list items: then the style whose
    headings the contents confirm most (a numbered attachment list is no match for them).
    """
    best: list[_Heading] = []
    best_score = -1
    for style, pattern in ITEM_HEADINGS:
        found = _increasing(_candidates(lines, skip, style, pattern, toc))
        if not found:
            continue
        if not toc:
            best = found
            break
        score = sum(_in_toc(h.title, toc) for h in found)
        if score > best_score:
            best, best_score = found, score
    return _recover_from_toc(lines, skip, toc, best) if best else []


def _title_continues(lines: list[Line], heading: _Heading, skip: set[int]) -> tuple[str, int]:
    """``Sag nr. 129`` with its title on the next line: (title, lines used after the heading)."""
    if heading.title:
        return heading.title, 0
    for offset in range(1, 4):
        j = heading.index + offset
        if j >= len(lines) or j in skip:
            break
        text = lines[j].text.strip()
        if not text:
            continue
        if section_kind(text) is None and len(text) <= _MAX_HEADING_LINE:
            return text, offset
        break
    return "", 0


def _toc_warnings(toc: list[TocEntry], items: list[AgendaItem]) -> list[str]:
    if not toc:
        return []
    warnings: list[str] = []
    if len(toc) != len(items):
        warnings.append(f"the table of contents lists {len(toc)} items but the body has {len(items)}")
    for entry, item in zip(toc, items, strict=False):
        listed = entry.title.casefold()
        actual = (item.title or "").casefold()
        if item.closed and not listed.replace("lukket", "").strip(" :"):
            continue
        if listed[:30] not in actual and actual[:30] not in listed and not item.closed:
            warnings.append(f"item {item.number}: the table of contents says {entry.title!r}")
    return warnings


def _outside_items(text: str) -> bool:
    """``Mødet sluttede kl. 21:10.`` and a footer's contact line are no part of the item they follow."""
    return bool(text) and len(text) < 200 and bool(END_TIME_LINES.match(text) or FOOTER_LINE.match(text))


def _truncated(lines: list[Line]) -> bool:
    last = next((line for line in reversed(lines) if line.text.strip()), None)
    if last is None:
        return False
    text = last.text.strip()
    if last.heading or last.bold or last.cells or len(text) < 60:
        return False
    return not _SENTENCE_END.search(text)


def _meeting_absent_from_items(items: list[AgendaItem]) -> list[Person]:
    """People recorded absent from every open item were absent from the meeting."""
    open_items = [item for item in items if not item.closed]
    if len(open_items) < 2:
        return []
    first, *rest = open_items
    return [p for p in first.absent if all(any(same_person(p, q) for q in item.absent) for item in rest)]


def build_meeting(lines: list[Line], source: Source, municipality: str | None = None) -> Meeting:
    """Assemble a Meeting from a document's lines; InputError when the lines are not minutes."""
    toc, toc_lines = find_toc(lines)
    headings = find_item_headings(lines, toc_lines, toc)
    first_body = headings[0].index if headings else len(lines)
    # Member lists and attendance may stand after the contents, so the header runs to the first item.
    header_lines = [line for k, line in enumerate(lines[:first_body]) if k not in toc_lines]
    header = parse_header(header_lines)
    if not headings and not header.found:
        raise InputError("not minutes: no meeting header and no agenda items found")

    meeting = Meeting(source=source, kind=header.kind or "unknown", body=header.body, period=header.period,
                      date=header.date, start_time=header.start_time, end_time=header.end_time,
                      location=header.location, participants=header.participants, absent=header.absent,
                      substitutes=header.substitutes)
    results: list[ItemResult] = []
    closed_spans: list[range] = []
    # The contents, the end of the meeting and a web page's contact footer belong to no item.
    outside = toc_lines | {k for k, line in enumerate(lines) if _outside_items(line.text.strip())}
    for n, heading in enumerate(headings):
        end = headings[n + 1].index if n + 1 < len(headings) else len(lines)
        title, used = _title_continues(lines, heading, toc_lines)
        body = [line for k, line in enumerate(lines[heading.index + 1 + used:end], heading.index + 1 + used)
                if k not in outside]
        results.append(build_item(heading.number, title, body))
        if results[-1].item.closed:
            closed_spans.append(range(heading.index + 1 + used, end))
    meeting.items = [r.item for r in results]

    for result in results:
        add_people(meeting.absent, result.meeting_absent)
        if result.signatures and not header.participants:
            add_people(meeting.participants, result.signatures)
    add_people(meeting.absent, _meeting_absent_from_items(meeting.items))
    meeting.participants = [p for p in meeting.participants if not any(same_person(p, a) for a in meeting.absent)]
    for item in meeting.items:
        add_people(meeting.substitutes, item.substitutes)

    if meeting.end_time is None:
        for line in reversed(lines):
            m = END_TIME_LINES.match(line.text.strip())
            if m:
                meeting.end_time = m.group("time").replace(".", ":").zfill(5)
                break
    if meeting.kind == "unknown" and any(item.decisions for item in meeting.items):
        meeting.kind = "referat"

    all_text = open_text(lines, closed_spans, kept=outside)  # a closed item's body tells nothing
    header_text = "\n".join(line.text for line in header_lines)
    cases = [number for item in meeting.items for number in item.case_numbers]
    meeting.municipality = municipality or infer_municipality(header_text, all_text, cases)

    meeting.warnings.extend(_toc_warnings(toc, meeting.items))
    if not headings:
        meeting.warnings.append("no agenda items found")
    if _truncated([line for k, line in enumerate(lines) if k not in outside]):
        meeting.warnings.append("the document seems cut off: its last line ends mid-sentence")
    for result in results:
        if result.empty and result is not results[-1]:
            meeting.warnings.append(f"item {result.item.number} has no content")
    return meeting
