"""Paragraphs that hold a whole page or item, as copies of PDFs on document-sharing sites print them, cut back
into the lines the parser reads.

``1. Godkendelse af dagsorden Åben sag Sagsnr.: 13/10057 Sagsansvarlig: mhe.of RESUMÉ Godkendt. BESLUTNING I
KOMMUNALBESTYRELSEN DEN Godkendt. 2`` becomes the heading, the status, each label, each section heading and its
text. Only long lines are looked at, and only at the vocabulary's labels and headings: a heading in capitals
anywhere, a capitalised one after the end of a sentence or a case number; an ordinary paragraph has none.
A line of labels followed by their values (``Mødelokale: Medlemmer: Afbud: <values>``) is left whole, since
cutting it would give each label the wrong value.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from functools import cache

from referat.extract import Line
from referat.parse.closed import strip_closed_marker
from referat.vocab import (
    CASE_NUMBER_PATTERNS,
    FLAT_HEADINGS,
    FLAT_LABELS,
    ITEM_TYPE_PREFIXES,
    MONTHS,
    TITLE_LINK_WORDS,
    TOC_COLUMN_LABELS,
    TOC_GROUP,
    TOC_HEADINGS,
    normalise_heading,
)

_LONG = 80
_LONG_ENTRY = 150  # a contents entry this long holds the titles before it run together
_LABEL_RUN = 3  # labels in a row with no value between: a labels-then-values block
# The page number a flattened page opens with, before the item heading it holds: "3 1. Godkendelse af ..."
_PAGE_NUMBER = re.compile(r"^\d{1,3}\s+(?=\d{1,3}\.\s+[A-ZÆØÅ])")
#: A capitalised word, the first letter alone upper case: where a title of a run-together contents list may begin.
_CAPITALISED = re.compile(r"^[A-ZÆØÅ][a-zæøåéü]+$")
#: A sentence ending before a capital: prose, not a contents list run together.
_SENTENCE_END = re.compile(r"[a-zæøå]{2}[.!?]\s+[A-ZÆØÅ]")
# The page number a flattened page closes with, after its last sentence: "... Godkendt. 2"
_PAGE_END = re.compile(r"(?<=[.!?])\s+\d{1,3}\s*$")
#: Between an entry's page and the next entry's number in a contents list of three columns run together.
_PAGE_THEN_NUMBER = re.compile(r"(?<=\s\d)\s+(?=\d{1,3}\s+[A-ZÆØÅ])|(?<=\s\d\d)\s+(?=\d{1,3}\s+[A-ZÆØÅ])"
                               r"|(?<=\s\d\d\d)\s+(?=\d{1,3}\s+[A-ZÆØÅ])")
_PAGE_AT_END = re.compile(r"\s+(?=\d{1,3}$)")
_COLUMN_LABEL_STARTS = ("Pkt", "Punkt", "Nr", "Sag nr", "Tekst")
_LEADER_TAIL = re.compile(r"(?:\.{3,}|…)\d{0,4}$")
_LEADER_AFTER_NUMBER = re.compile(r"(?<=^\d)\.{3,}$|(?<=^\d\d)\.{3,}$")
_NUMBERED_ENTRY = re.compile(r"^(?P<number>\d{1,3})\s+(?P<title>[^\t]+?)(?P<page>\t\d{1,4})?$")
_FIRST_ENTRY = re.compile(r"(?:^|\s)(?P<entry>1\.?\s+[(A-ZÆØÅ])")
_ROMAN_LEADER = re.compile(r"\.{3}[ivx]{1,4}\s")
_ROMAN_AT_END = re.compile(r"\s+(?=[ivx]{1,4}$)")
_ITEM_NUMBER = re.compile(r"^\d{1,3}\.(?=\s|$)")
_LABEL_BEFORE_LABEL = re.compile(r"\b[A-ZÆØÅ][a-zæøå]+\s*:(?=\s+[A-ZÆØÅ][a-zæøå]+\s*:)")


@cache
def _splitter() -> re.Pattern[str]:
    labels = "|".join(re.escape(label).replace(r"\ ", r"\s?") for label in sorted(FLAT_LABELS, key=len, reverse=True))
    capitalised = "|".join(re.escape(h.capitalize()) for h in sorted(FLAT_HEADINGS, key=len, reverse=True))
    upper = "|".join(re.escape(h.upper()) for h in sorted(FLAT_HEADINGS, key=len, reverse=True))
    case = "|".join(p.pattern for p in CASE_NUMBER_PATTERNS)
    months = "|".join(sorted(MONTHS, key=len, reverse=True))
    date = rf"\d{{1,2}}[-./]\d{{1,2}}[-./]\d{{2,4}}|\d{{1,2}}\.\s*(?:{months})\s+\d{{4}}"
    return re.compile(
        # before a label with its colon: "Sagsnr.: 13/10057"
        rf"\s+(?=(?i:{labels})\.?\s*:)"
        # before a heading in capitals, and after its run of capitals: "RESUMÉ", "BESLUTNING I BYRÅDET DEN"
        rf"|\s+(?=(?:{upper})\b(?:\s+[A-ZÆØÅ]|\s*$))|(?<=\b[A-ZÆØÅ]{{3}})\s+(?=[A-ZÆØÅ][a-zæøå])"
        # before a capitalised heading after a sentence, a date or a case number, its text after it
        rf"|(?<=[.!?:\d])\s+(?=(?:{capitalised})\s+[A-ZÆØÅ])"
        # after a decision heading's date: "Beslutning Byrådet, 20.09.2016 Godkendt."
        rf"|(?<=Beslutning)(?P<decision>\s+[A-ZÆØÅ][^.:]{{1,60}}?,?\s+(?:den\s+)?(?:{date}))\s+(?=[A-ZÆØÅ])"
        # around a status: "Åben sag"
        rf"|\s+(?=(?:Åben|Lukket)\s+sag\b)|(?<=\b[Åå]ben sag)\s+|(?<=\b[Ll]ukket sag)\s+"
        # after a case number opening the paragraph
        rf"|^(?P<case>(?:{case}))\s+",
    )


@cache
def _triggers() -> re.Pattern[str]:
    """The words a cut happens at, without their context: a cheap first look at a long line."""
    words = [(w, re.escape(w).replace(r"\ ", r"\s?")) for w in (label.capitalize() for label in FLAT_LABELS)]
    words += [(w, re.escape(w)) for h in FLAT_HEADINGS for w in (h.capitalize(), h.upper())]
    # Grouped by first letter, longest first within each group: the engine tries one group per word instead of
    # every word, and finds the same word wherever one matches (words of other letters cannot).
    groups: dict[str, list[str]] = {}
    for word, pattern in sorted(words, key=lambda w: len(w[1]), reverse=True):
        groups.setdefault(word[0], []).append(pattern[len(re.escape(word[0])):])
    alternatives = "|".join(re.escape(first) + "(?:" + "|".join(rests) + ")" for first, rests in groups.items())
    case = "|".join(p.pattern for p in CASE_NUMBER_PATTERNS)
    return re.compile(r"\b(?:" + alternatives + r"|[Åå]ben sag|[Ll]ukket sag)\b" + rf"|^(?:{case})")


def _labels_then_values(text: str) -> bool:
    # _LABEL_RUN labels in a row have a colon each: a line with fewer colons has no such run.
    return text.count(":") >= _LABEL_RUN and len(_LABEL_BEFORE_LABEL.findall(text)) >= _LABEL_RUN - 1


def _pieces(text: str) -> list[str]:
    pieces: list[str] = []
    whole: set[int] = set()  # pieces not to cut further (a decision heading with its body and date)
    start = 0
    for m in _splitter().finditer(text):
        if m.group("case"):
            pieces.append(m.group("case"))
            start = m.end()
            continue
        if m.group("decision"):
            whole.add(len(pieces))
            pieces.append(text[start:m.end("decision")])
            start = m.end()
            continue
        if m.start() > start:
            pieces.append(text[start:m.start()])
        start = m.end()
    pieces.append(text[start:])
    out: list[str] = []
    for k, piece in enumerate(pieces):
        head = _heading_start().match(piece) if k not in whole else None
        if head:  # "Sagsfremstilling Økonomiudvalget fremlægger ...": the heading, then its text
            out.extend((head.group("heading"), piece[head.end():]))
        else:
            out.append(piece)
    return [piece.strip() for piece in out if piece.strip()]


@cache
def _heading_start() -> re.Pattern[str]:
    capitalised = "|".join(re.escape(h.capitalize()) for h in sorted(FLAT_HEADINGS, key=len, reverse=True))
    return re.compile(rf"^\s*(?P<heading>{capitalised})\s+(?=[A-ZÆØÅ])")


@cache
def _contents_headings() -> tuple[str, ...]:
    """The contents headings a paragraph may hold, capitalised and in capitals, longest first."""
    headings = [h for h in sorted(TOC_HEADINGS, key=len, reverse=True) if h not in ("dagsorden", "referat", "indhold")]
    return tuple(h.capitalize() for h in headings) + tuple(h.upper() for h in headings)


@cache
def _contents() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a contents heading inside a paragraph, the place before each typed title or dot-leader entry after it)."""
    headings = "|".join(re.escape(h) for h in _contents_headings())
    types = "|".join(re.escape(t.capitalize()) for t in sorted(ITEM_TYPE_PREFIXES, key=len, reverse=True))
    heading = re.compile(rf"(?:^|\s)(?P<heading>(?:{headings})\s*:?)\s+(?=\S)")
    entry = re.compile(rf"(?<!\d\.)\s+(?=(?:\d{{1,4}}\.\s+)?(?:{types})(?:\s+og\s+[^:.]{{1,50}})?:\s+[A-ZÆØÅ0-9])"
                       r"|(?<=\.{3}\d)\s+|(?<=\.{3}\d\d)\s+|(?<=\.{3}\d\d\d)\s+"
                       # a front-matter page in Roman numerals, after a dot leader or before the next number
                       r"|(?<=\.{3}[ivx])\s+|(?<=\.{3}[ivx]{2})\s+|(?<=\.{3}[ivx]{3})\s+|(?<=\.{3}[ivx]{4})\s+"
                       r"|(?<=\s[ivx])\s+(?=\d{1,3}\.\s)|(?<=\s[ivx]{2})\s+(?=\d{1,3}\.\s)"
                       r"|(?<=\s[ivx]{3})\s+(?=\d{1,3}\.\s)|(?<=\s[ivx]{4})\s+(?=\d{1,3}\.\s)"
                       # "Sag nr. 74 Orientering om likviditet Sag nr. 75 Årsregnskab": each labelled number opens one
                       r"|\s+(?=(?:Sag nr\.|Punkt|Pkt\.)\s*\d{1,4}\s)")
    return heading, entry


def _contents_lines(text: str) -> list[str] | None:
    """A flattened contents list cut into its heading and entries, when the paragraph holds one: after a
    contents heading inside it, or opening with the list's column labels (``Pkt. Tekst Side 1 …``), its
    heading on a line of its own above."""
    heading_pattern, entry_pattern = _contents()
    m = heading_pattern.search(text) if any(heading in text for heading in _contents_headings()) else None
    if m:
        rest = text[m.end():]
    elif text.startswith(_COLUMN_LABEL_STARTS) and len(_leading(text.split(), TOC_COLUMN_LABELS)) >= 2:
        rest = text  # "Pkt. Tekst Side 1 …", not "Pkt. 197 Forslag …", a heading
    else:
        return None  # a plain test first: the pattern tries every heading after every space
    entries = [piece.strip() for piece in entry_pattern.split(rest) if piece and piece.strip()]
    if len(entries) < 3:
        entries = _rising_entries(rest) or entries
    if len(entries) < 3 and _PAGE_THEN_NUMBER.search(rest):
        # "Pkt. Tekst Side 1 Udpegning … 5 2 Nye medlemmer … 6": each entry's page, then the next one's number
        words = rest.split()
        entries = [" ".join(part) for part in (_leading(words, TOC_COLUMN_LABELS), _leading_group(words)) if part]
        words = _moved_numbers(words)
        entries += _fill_number_gaps([_PAGE_AT_END.sub("\t", piece.strip())
                                      for piece in _PAGE_THEN_NUMBER.split(" ".join(words)) if piece.strip()])
    if len(entries) >= 3 and not entries[0][:1].isdigit() and re.match(r"2\.?\s", entries[1]) \
            and (first := _FIRST_ENTRY.search(entries[0])):
        # "Kommunalbestyrelsen 31-08-2015 18:00 1 (Åben) Meddelelser ...4": the page's running header before it
        entries[0] = entries[0][first.start("entry"):]
    if _ROMAN_LEADER.search(rest):
        # "... regnskab v": where the contents number pages in Roman numerals, one ending an entry is its page
        entries = [_ROMAN_AT_END.sub("\t", entry) for entry in entries]
    if len(entries) < 3:
        entries = run_together_titles(rest)
    elif len(entries[0]) > _LONG_ENTRY and len(titles := run_together_titles(entries[0])) >= 3:
        entries = titles + entries[1:]  # "Sag nr. Side 1. Godkendelse … Eventuelt...19", then "Bilagsoversigt...20"
    if len(entries) < 3:
        return None
    if not m:
        return entries
    before = text[:m.start("heading")].strip()
    if before.isdigit() and len(before) <= 3:
        before = ""  # the number of the copy's page ("2 Indholdsfortegnelse …"), no item number
    return ([before] if before else []) + [m.group("heading").strip()] + entries


def _rising_entries(text: str) -> list[str]:
    """``1. Lokalplan 264 … 2. Kommuneplantillæg 17/2013 … 3. …``: a run of entries whose numbers, each with its
    full stop, rise one by one from the first, cut before each number (numbers inside titles do not rise so)."""
    words = text.split()
    cuts: list[int] = []
    expected: int | None = None
    for k, word in enumerate(words):
        m = _ITEM_NUMBER.match(word)
        if not m or len(word) != m.end() or k + 1 >= len(words) or not words[k + 1][:1].isupper():
            continue
        value = int(word[:-1])
        if expected is None or value == expected:
            cuts.append(k)
            expected = value + 1
    if len(cuts) < 3:
        return []
    head = [" ".join(words[:cuts[0]])] if cuts[0] else []
    return head + [" ".join(words[a:b]) for a, b in itertools.pairwise([*cuts, len(words)])]


def _short_number(word: str) -> int | None:
    return int(word) if word.isdigit() and len(word) <= 3 else None


def _moved_numbers(words: list[str]) -> list[str]:
    """Number and page of a title that wrapped in its table row, set beside its second line and run into
    the title there (``… 25 Trafikale skitseprojekter langs motorvejen 9 27 (Beslutning) 10 Valg …``), put back
    around the title (``… 25 9 Trafikale … (Beslutning) 27 10 Valg …``): the two numbers stand between words, the
    first follows the previous entry's number, and the next entry's number (or the end) follows the title."""
    out = list(words)
    j = 1
    while j + 1 < len(out):
        number, page = _short_number(out[j]), _short_number(out[j + 1])
        if number is None or page is None or _short_number(out[j - 1]) is not None \
                or (j + 2 < len(out) and _short_number(out[j + 2]) is not None):
            j += 1
            continue
        start = next((b for b in range(j - 1, -1, -1) if _short_number(out[b]) is not None), None)
        end = next((e for e in range(j + 2, len(out)) if _short_number(out[e]) is not None), len(out))
        earlier = [n for w in out[:start or 0] if (n := _short_number(w)) is not None]
        if start is None or start + 1 >= j or number - 1 not in earlier \
                or (end < len(out) and _short_number(out[end]) != number + 1):
            j += 1
            continue
        out = [*out[:start + 1], out[j], *out[start + 1:j], *out[j + 2:end], out[j + 1], *out[end:]]
        j = end
    return out


def _fill_number_gaps(entries: list[str]) -> list[str]:
    """Entries of a numbered contents list run together where the copy lost some numbers and pages.

    ``3 Godkendelse af Stregiplan Godkendelse af retningslinjer for prisen 11`` followed by ``5 …`` holds items
    3 and 4: an entry whose next number skips as many numbers as its title holds further title starts
    (``_titles_start``) is cut there, the titles numbered in turn; otherwise it is left whole.
    """
    out: list[str] = []
    for k, entry in enumerate(entries):
        m = _NUMBERED_ENTRY.match(entry)
        following = next((n for e in entries[k + 1:] if (n := _NUMBERED_ENTRY.match(e))), None)
        if not m or not following:
            out.append(entry)
            continue
        number, missing = int(m.group("number")), int(following.group("number")) - int(m.group("number")) - 1
        words = m.group("title").split()
        starts = [j for j, start in enumerate(_titles_start(words)) if start and j]
        if missing < 1 or len(starts) != missing:
            out.append(entry)
            continue
        bounds = [0, *starts, len(words)]
        titles = [" ".join(words[a:b]) for a, b in itertools.pairwise(bounds)]
        out += [f"{number + j} {title}" for j, title in enumerate(titles)]
        out[-1] += m.group("page") or ""
    return out


def _titles_start(words: list[str]) -> list[bool]:
    """Where each title of a contents list that lost its numbers begins, word by word.

    Danish capitalises names only, so inside a title a capitalised word is a name, and a new title begins at a
    capitalised word that follows a word a title may end on (not ``til``, ``for``, ``og``; not one with a comma)
    and is followed by a lower-case word or by the start of a title itself (``Meddelelser Ændring af ...``). A
    name followed by another (``restaurant Lille Kongelund``) starts nothing. After a closing marker
    (``... LUKKET SAG``) the next title begins; an item number that survived (``1.``) opens its title.
    """
    starts = [False] * len(words)
    before_lower = [False] * len(words)  # a start followed by a lower-case word
    for j in range(len(words) - 1, 0, -1):
        word, before = _LEADER_TAIL.sub("", words[j]), words[j - 1]  # "Eventuelt...19": a title and its page
        if not _CAPITALISED.match(word):
            continue
        if before.isupper() and strip_closed_marker(" ".join(words[max(0, j - 4):j]))[1]:
            starts[j] = True
        elif not before.endswith(",") and before.lower() not in TITLE_LINK_WORDS:
            following = words[j + 1] if j + 1 < len(words) else ""
            before_lower[j] = following[:1].islower()
            # A title of one word stands between the end of a title and the start of the next; a name's
            # last word before a title (``Kulturhus Vest Budgetopfølgning for``) follows another name.
            starts[j] = before_lower[j] or (j + 1 < len(words) and before_lower[j + 1] and before[:1].islower())
        if starts[j] and _ITEM_NUMBER.match(before):
            starts[j], starts[j - 1] = False, True
    return starts


def _leading(words: list[str], vocabulary: Iterable[str]) -> list[str]:
    """The longest run of words at the start that is a phrase of the vocabulary, taken off ``words``."""
    phrases = set(vocabulary)
    for size in range(min(5, len(words)), 0, -1):
        if words[0][:1].isupper() and normalise_heading(" ".join(words[:size])) in phrases:
            taken = words[:size]
            del words[:size]
            return taken
    return []


def _leading_group(words: list[str]) -> list[str]:
    """A group heading of the contents at the start (``Åbne dagsordenspunkter``), taken off ``words``: no entry."""
    group = next((words[:size] for size in (3, 2, 1) if TOC_GROUP.match(" ".join(words[:size]))), [])
    del words[:len(group)]
    return group


def run_together_titles(text: str) -> list[str]:
    """The titles of a contents list flattened into one run with its item numbers lost, one per line.

    ``Punkter til dagsorden Side 1. Godkendelse af dagsorden Meddelelser Ændring af forslag til Lokalplan 72.1
    ...`` gives the heading, the column label, ``1. Godkendelse af dagsorden``, then ``• Meddelelser``,
    ``• Ændring af ...``: a title without its number is a list entry without its marker. Prose (a sentence
    ending before a capital) gives nothing.
    """
    words = text.split()
    heading = _leading(words, TOC_HEADINGS)
    labels = _leading(words, TOC_COLUMN_LABELS)  # before the test for prose: "Pkt. Tekst Side" ends no sentence
    group = _leading_group(words)
    if not words or _SENTENCE_END.search(" ".join(words)):
        return []
    words[0] = _LEADER_AFTER_NUMBER.sub(".", words[0])  # "1... Meddelelser": the number, its leader lost
    if words[0].isdigit() and len(words[0]) <= 3:
        words[0] += "."  # the one number the copy kept, before the first title: "Side 1 Nedsættelse af ..."
    titles: list[list[str]] = []
    for word, start in zip(words, _titles_start(words), strict=True):
        if start or not titles:
            titles.append([])
        titles[-1].append(word)
    if len(titles) < 3 or not (words[0][:1].isupper() or _ITEM_NUMBER.match(words[0])):
        return []  # a title opens with a capital or its number; "fra mødet med ..." is a sentence going on
    lines = [" ".join(title) for title in titles]
    marked = [line if _ITEM_NUMBER.match(line) else f"• {line}" for line in lines]
    return [" ".join(part) for part in (heading, labels, group) if part] + marked


def unflatten(lines: list[Line]) -> list[Line]:
    """The lines with each flattened paragraph cut at its labels and headings (other lines unchanged)."""
    out: list[Line] = []
    for line in lines:
        text = line.text.strip()
        if len(text) < _LONG or line.cells or line.heading or _labels_then_values(text):
            out.append(line)
            continue
        contents = _contents_lines(text)
        if contents:
            out.extend(Line(piece) for piece in contents)
            continue
        if len(_triggers().findall(text)) < 2:
            out.append(line)  # fewer than two places to cut: an ordinary paragraph
            continue
        pieces = _pieces(_PAGE_END.sub("", _PAGE_NUMBER.sub("", text)))
        if len(pieces) < 3:
            out.append(line)
            continue
        for piece in pieces:
            out.append(Line(piece))
    return out
