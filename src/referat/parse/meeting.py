"""Lines -> Meeting: find the contents and the items, read the header, put it together."""

from __future__ import annotations

import re
from collections import Counter

from referat.errors import InputError
from referat.extract import Line
from referat.model import AgendaItem, Meeting, Person, Source
from referat.parse.body_name import clean_body
from referat.parse.closed import (
    access_status,
    closed_in_contents,
    open_in_contents,
    open_text,
    part_heading,
    status_above,
)
from referat.parse.columns import pair_label_columns
from referat.parse.dates import parse_date
from referat.parse.glued import split_glued_item_headings
from referat.parse.header import Header, parse_header
from referat.parse.headings import Heading, find_item_headings, opens_section
from referat.parse.item import ItemResult, build_item
from referat.parse.listed import (
    listed_only,
    rejoin_split_titles,
    titles_behind_running_headers,
    toc_warnings,
    with_listed,
)
from referat.parse.municipality import infer_municipality
from referat.parse.numbers import bare_case_number, labelled_case_number
from referat.parse.page_headers import running_meeting_headers
from referat.parse.people import add_people, same_person
from referat.parse.toc import TocEntry, find_toc
from referat.parse.unflatten import unflatten
from referat.parse.untitled import single_item_heading, untitled_headings
from referat.vocab import (
    AGENDA_OF_MEETING,
    BODY_ABBREVIATION,
    BODY_END,
    BODY_NAME,
    CHROME_LINE,
    CLOSED_DOCUMENT,
    DECISION_HEADING,
    DOCUMENT_KINDS,
    END_TIME_LINES,
    FOOTER_LINE,
    OPEN_DOCUMENT,
    TITLE_LINK_WORDS,
    normalise_heading,
    section_kind,
)

_MAX_HEADING_LINE = 400
_MAX_TITLE_CONTINUATION = 120
_ITEM_HEAD_LINES = 4  # the lines under an item heading that carry its own case number and status
_NAMED_BODY_MIN = 3  # how often the text must name a body for it to stand as the meeting's
_SENTENCE_END = re.compile(r"[.!?:)\]»”\"]\s*$")


def _section_before(lines: list[Line], start: int, last: int) -> bool:
    """Whether a section of the item (its decision, say) stands between ``start`` and line ``last``: a status
    right under the heading and its case number line is the item's own."""
    return any(opens_section(line.text.strip()) for line in lines[start:last] if line.text.strip())


def _title_continues(lines: list[Line], heading: Heading, skip: set[int]) -> tuple[str, int]:
    """``Sag nr. 129`` with its title on the next line: (title, lines used after the heading)."""
    if heading.title or heading.used:
        return heading.title, heading.used
    if heading.opens_body and section_kind(lines[heading.index].text.strip()):
        return "", 0  # an item opened by its first section ("Resumé"): the text below is the section's
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


def _titles_above(lines: list[Line], headings: list[Heading], skip: set[int]) -> dict[int, int]:
    """``Spørgetid`` on the line right above ``Sag nr. 129``, a label below it (``Beslutningskompetence: KB``):
    the title stands above its number. Heading position -> the title's line.

    Only for a heading without a title of its own, when the line above is a paragraph of its own (a blank line
    before it, or a copy without blank lines: none after the number either) that reads as a title (no full stop,
    colon or section heading) and what follows the number is a label or a section heading rather than a title.
    """
    found: dict[int, int] = {}
    floor = -1
    for n, heading in enumerate(headings):
        k = heading.index - 1
        # Without blank lines, the line above is a section's text when a section heading stands over it.
        unspaced = heading.number is not None and heading.index + 1 < len(lines) \
            and bool(lines[heading.index + 1].text.strip()) and k > 0 \
            and section_kind(lines[k - 1].text) is None and not DECISION_HEADING.match(lines[k - 1].text.strip())
        if not heading.title and not heading.used and k > floor and k not in skip and \
                (k - 1 <= floor or not lines[k - 1].text.strip() or unspaced):
            above = lines[k].text.strip()
            below = next((line.text.strip() for line in lines[heading.index + 1:heading.index + 4]
                          if line.text.strip()), "")
            if sum(ch.isalpha() for ch in above) >= 3 and len(above) <= _MAX_TITLE_CONTINUATION \
                    and not above.endswith((".", ":")) \
                    and ":" not in above[:30] and section_kind(above) is None and \
                    (section_kind(below) is not None or ":" in below[:30]):
                found[n] = k
        floor = heading.index + heading.used
    return found


def _title_wrapped(lines: list[Line], after: int, title: str, used: int, toc: list[TocEntry],
                   number: int | None) -> tuple[str, int]:
    """A heading's title wrapped onto the next line: ``6. Prioritering af midler til ... borgere og`` /
    ``hverdagsrehabilitering for ældre``. Joined when the contents list the joined title under that number,
    or when the title ends on a linking word and the next line goes on in lower case."""
    if not title or after >= len(lines):
        return title, used
    following = lines[after].text.strip()
    if not following or len(following) > _MAX_TITLE_CONTINUATION or lines[after].cells or section_kind(following):
        return title, used
    joined = f"{title} {following}"
    folded = " ".join(joined.casefold().split())
    listed = any(entry.number == number and " ".join(entry.title.casefold().split()) == folded for entry in toc)
    last_word = title.rsplit(" ", 1)[-1].lower()
    running_on = last_word in TITLE_LINK_WORDS and following[0].islower() and not following.endswith(".")
    return (joined, used + 1) if listed or running_on else (title, used)


def _outside_items(text: str) -> bool:
    """``Mødet sluttede kl. 21:10.`` and a footer's contact line are no part of the item they follow."""
    if not text or len(text) >= 200:
        return False
    # A footer joins its parts by "·" or "|"; FOOTER_LINE's look-ahead scans the whole line, so look for one first.
    footer = ("·" in text or "|" in text) and FOOTER_LINE.match(text)
    return bool(END_TIME_LINES.match(text) or footer or CHROME_LINE.match(text.lstrip("•·▪◦-* ")))


def _truncated(lines: list[Line], outside: set[int]) -> bool:
    """Whether the last line with text, of those not ``outside`` the items, ends mid-sentence."""
    last = next((lines[k] for k in range(len(lines) - 1, -1, -1) if k not in outside and lines[k].text.strip()), None)
    if last is None:
        return False
    text = last.text.strip()
    if last.heading or last.bold or last.cells or len(text) < 60:
        return False
    return not _SENTENCE_END.search(text)


def _meeting_absent_from_items(items: list[AgendaItem]) -> list[Person]:
    """People recorded absent from every open item were absent from the meeting (items only listed say nothing)."""
    open_items = [item for item in items if not item.closed]
    if len(open_items) < 2:
        return []
    first, *rest = open_items
    return [p for p in first.absent if all(any(same_person(p, q) for q in item.absent) for item in rest)]


def _few_filled(lines: list[Line], limit: int) -> bool:
    """Whether fewer than ``limit`` of the lines have text (counting stops at the limit)."""
    filled = 0
    for line in lines:
        if line.text.strip():
            filled += 1
            if filled >= limit:
                return False
    return True


def _leading_case_numbers(lines: list[Line], headings: list[Heading], outside: set[int]) -> dict[int, tuple[int, str]]:
    """``Sagnr.: 1-51-71-3321-08``, or a case number alone (``85.02.02-G01-5-17``), on the line right above an item
    heading is that item's case number.

    Heading position -> (line index, case number).
    """
    found: dict[int, tuple[int, str]] = {}
    floor = -1
    for n, heading in enumerate(headings):
        k = heading.index - 1
        while k > floor and not lines[k].text.strip():
            k -= 1
        if k > floor and k not in outside \
                and (number := labelled_case_number(lines[k].text) or bare_case_number(lines[k].text)) \
                and not (n > 0 and n - 1 not in found and _few_filled(lines[floor + 1:k], _ITEM_HEAD_LINES)):
            # (A short item before is no bar where it too had its case number above its heading.) Below the
            # heading: its next lines, short of the next heading and the line above it, the next item's own.
            stop = headings[n + 1].index if n + 1 < len(headings) else len(lines)
            below = [line.text for line in lines[heading.index + 1:min(heading.index + 8, stop)] if line.text.strip()]
            if stop <= heading.index + 8:
                below = below[:-1]
            below = below[:4]
            if not any(labelled_case_number(text) or bare_case_number(text) for text in below):
                found[n] = (k, number)  # (an item with its own case number below keeps the one above for the last)
        floor = heading.index + heading.used
    return found


def _body_from_decisions(meeting: Meeting) -> str | None:
    """The body named by the meeting's own decision headings (``Beslutning Byrådet den 29-08-2017``)."""
    counts: dict[str, int] = {}
    for item in meeting.items:
        for decision in item.decisions:
            if decision.body and (decision.date is None or decision.date == meeting.date) and meeting.date:
                name = clean_body(decision.body)
                if name:
                    counts[name] = counts.get(name, 0) + 1
    return max(counts, key=lambda name: counts[name]) if counts else None


def _decided_at_the_meeting(meeting: Meeting) -> bool:
    """True when an item records a decision of the meeting's own body on the meeting's date, with its text
    (``Beslutning Byrådet den 27-11-2018`` on the council's page of that day); earlier bodies' decisions, quoted
    in an agenda, are dated earlier."""
    if not meeting.date or not meeting.body:
        return False
    body = (clean_body(meeting.body) or meeting.body).casefold()
    return any(d.text and d.body and d.date == meeting.date and (clean_body(d.body) or d.body).casefold() == body
               for item in meeting.items for d in item.decisions)


def _agenda_of_meeting(items: list[AgendaItem]) -> re.Match[str] | None:
    """The meeting the first items' titles or open text say the agenda is of: ``Godkendelse af åben dagsorden for
    KB den 22. januar 2020.``, ``1. Godkendelse af dagsorden for mødet den 22. februar 2018`` (a page with no
    header of its own, or a copy that lost the header's dates)."""
    for item in items[:2]:
        if item.closed:
            continue
        for text in (item.title or "", *(section.text for section in item.sections)):
            if m := AGENDA_OF_MEETING.search(text):
                return m
    return None


def _most_named_body(text: str) -> str | None:
    """The council or committee the text names most often, when it names one at least three times."""
    counts = Counter(m.group(0) for m in BODY_NAME.finditer(text))
    name, count = counts.most_common(1)[0] if counts else ("", 0)
    return name if count >= _NAMED_BODY_MIN else None


def _numbered_chapters_only(header: Header, items: list[AgendaItem]) -> bool:
    """True for a document that names no meeting (no kind, date or member list) and whose numbered parts carry
    none of an agenda item's marks: a report's or a policy's chapters, attached to minutes, are not items."""
    if header.kind or header.date or header.participants or header.absent:
        return False
    return not any(item.case_numbers or item.recommendations or item.decisions for item in items)


def build_meeting(lines: list[Line], source: Source, municipality: str | None = None) -> Meeting:
    """Assemble a Meeting from a document's lines; InputError when the lines are not minutes."""
    lines = split_glued_item_headings(unflatten(pair_label_columns(lines)))
    toc, toc_lines = find_toc(lines)
    headings = find_item_headings(lines, toc_lines, toc) or untitled_headings(lines, toc_lines) \
        or single_item_heading(lines, toc_lines)
    first_body = headings[0].index if headings else len(lines)
    # Member lists and attendance may stand after the contents, so the header runs to the first item.
    # (a contents heading that is the document's kind, "Referat" over the agenda, names the kind too)
    header_lines = [line for k, line in enumerate(lines[:first_body])
                    if k not in toc_lines or line.text.strip().lower() in DOCUMENT_KINDS]
    header = parse_header(header_lines)
    if not headings and not (header.kind or header.participants or header.absent or (len(toc) >= 3 and header.date)):
        # Without items, only a document that calls itself minutes or an agenda, lists who met, or lists items
        # under a date, is a meeting: a letter to the council or a project description with a date is not.
        raise InputError("not minutes: no agenda items, and no title or member list that names a meeting")

    meeting = Meeting(source=source, kind=header.kind or "unknown", body=header.body, period=header.period,
                      date=header.date, start_time=header.start_time, end_time=header.end_time,
                      location=header.location, participants=header.participants, absent=header.absent,
                      substitutes=header.substitutes)
    results: list[ItemResult] = []
    closed_spans: list[range] = []
    # The contents, the end of the meeting, a web page's contact footer and a copy's running header belong to no item.
    outside = toc_lines | {k for k, line in enumerate(lines) if _outside_items(line.text.strip())} \
        | running_meeting_headers(lines, header.date)
    above = _titles_above(lines, headings, outside)
    outside |= set(above.values())
    leading = _leading_case_numbers(lines, headings, outside)
    outside |= {k for k, _ in leading.values()}
    # "Åbent punkt" / "Lukket punkt" right above a heading is the status of the item below it, not the text above.
    statuses = status_above(lines, [(h.index, h.index + h.used) for h in headings])
    outside |= {k for k, _ in statuses.values()}
    # "Lukket referat": the whole document is closed; otherwise after a "Lukkede punkter" heading between items
    closed_document = any(CLOSED_DOCUMENT.match(line.text.strip()) for line in header_lines) \
        and not any(OPEN_DOCUMENT.match(line.text.strip()) for line in lines)
    if closed_document:
        meeting.warnings.append("the document is marked closed: every item is kept with its number, title and "
                                "case numbers only")
    closed_part = closed_document
    for n, heading in enumerate(headings):
        end = headings[n + 1].index if n + 1 < len(headings) else len(lines)
        title, used = (lines[above[n]].text.strip(), 0) if n in above else _title_continues(lines, heading, toc_lines)
        if not heading.opens_body:
            title, used = _title_wrapped(lines, heading.index + 1 + used, title, used, toc, heading.number)
        start = heading.index if heading.opens_body else heading.index + 1 + used
        # A heading of the agenda's next part may end the item (read as a contents heading too: "Lukket dagsorden").
        last = next((k for k in range(end - 1, start - 1, -1) if lines[k].text.strip()), None)
        switch = part_heading(lines[last].text) if last is not None else None
        if switch is None and last is not None and _section_before(lines, start, last):
            # "Beslutning: Godkendt" / "Lukket" / "11. …": a status alone after the item's text heads the next part
            switch = access_status(normalise_heading(lines[last].text.strip()))
        body = [line for k, line in enumerate(lines[start:end], start)
                if k not in outside and not (switch is not None and k == last)]
        closed = heading.closed or closed_part or closed_in_contents(toc, heading.number, title) \
            or statuses.get(n, (0, False))[1]
        results.append(build_item(heading.number, title, body, header.date, closed=closed,
                                  listed_open=open_in_contents(toc, heading.number)))
        closed_part = closed_document or (closed_part if switch is None else switch)
        if n in leading and leading[n][1] not in results[-1].item.case_numbers:
            results[-1].item.case_numbers.insert(0, leading[n][1])
        if results[-1].item.closed:
            closed_spans.append(range(start, end))
    meeting.items = [r.item for r in results]
    titles_behind_running_headers(toc, meeting.items)
    toc = rejoin_split_titles(toc, meeting.items)
    if _numbered_chapters_only(header, meeting.items):
        raise InputError("not minutes: numbered chapters with no meeting date, case number, recommendation or "
                         "decision (a report or a policy)")
    only_listed = listed_only(toc, meeting.items)
    meeting.items = with_listed(meeting.items, only_listed)

    for result in results:
        add_people(meeting.absent, result.meeting_absent)
        if result.signatures and not header.participants:
            add_people(meeting.participants, result.signatures)
    add_people(meeting.absent, _meeting_absent_from_items([r.item for r in results]))  # items with a body
    meeting.participants = [p for p in meeting.participants if not any(same_person(p, a) for a in meeting.absent)]
    for member, numbers in header.item_absent:  # at the meeting, as the member list says, but not at these items
        for item in meeting.items:
            if item.number in numbers and not item.closed:
                add_people(item.absent, [member])
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

    if meeting.date is None:
        # A page without a header ("Beslutning i Økonomiudvalget den 23-03-2015" its only date): the latest date
        # its decisions name, when one body alone decided on it; an earlier body's, quoted, comes before it.
        dated = {(d.body, d.date) for item in meeting.items for d in item.decisions if d.body and d.date}
        latest = max((date for _body, date in dated), default=None)
        if latest is not None and sum(1 for _body, date in dated if date == latest) == 1:
            meeting.date = latest
    approved_agenda = _agenda_of_meeting(meeting.items) if meeting.date is None or meeting.body is None else None
    if meeting.date is None and approved_agenda:
        meeting.date = parse_date(approved_agenda.group("date"))
    all_text = open_text(lines, closed_spans, kept=outside)  # a closed item's body tells nothing
    if meeting.body is None or header.body_guessed:
        meeting.body = _body_from_decisions(meeting) or meeting.body or _most_named_body(all_text)
    if meeting.body is None and approved_agenda and (named := approved_agenda.group("body")) \
            and (BODY_END.search(named) or BODY_ABBREVIATION.match(named)):
        meeting.body = named
    if meeting.kind == "dagsorden" and _decided_at_the_meeting(meeting):
        meeting.kind = "referat"  # a page titled as the agenda that carries the meeting's decisions: its minutes
    # The front matter, contents included, is where a document names its municipality.
    header_text = "\n".join(line.text for line in lines[:first_body])
    cases = [number for item in meeting.items for number in item.case_numbers]
    meeting.municipality = municipality or infer_municipality(header_text, all_text, cases)

    meeting.warnings.extend(toc_warnings(toc, meeting.items, only_listed))
    if not headings:
        meeting.warnings.append("no agenda items found")
    if _truncated(lines, outside):
        meeting.warnings.append("the document seems cut off: its last line ends mid-sentence")
    for result in results:
        if result.empty and result is not results[-1]:
            meeting.warnings.append(f"item {result.item.number} has no content")
    return meeting
