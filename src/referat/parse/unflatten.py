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

import re
from functools import cache

from referat.extract import Line
from referat.parse.contents_run import (
    ITEM_NUMBER,
    SENTENCE_END,
    fill_number_gaps,
    leading,
    leading_group,
    moved_numbers,
    rising_entries,
    run_together_titles,
)
from referat.parse.numbers import bare_case_number, short_case_number
from referat.vocab import (
    CASE_NUMBER_PATTERNS,
    FLAT_HEADINGS,
    FLAT_LABELS,
    HISTORY_LABELS,
    ITEM_TYPE_PREFIXES,
    MONTH_ALTERNATION,
    TOC_COLUMN_LABELS,
    TOC_HEADINGS,
)

_LONG = 80
_FOOTER_ENDS = tuple("0123456789")
_LONG_ENTRY = 150  # a contents entry this long holds the titles before it run together
_LABEL_RUN = 3  # labels in a row with no value between: a labels-then-values block
_COURSE_BODY = tuple(f"{label}:" for label, name in HISTORY_LABELS.items() if name == "body")
_COURSE_DATE = tuple(label for label, name in HISTORY_LABELS.items() if name == "date")
_NUMBERED_RUN = 5  # titles numbered one by one from 1 in one paragraph: a flattened agenda
_SENTENCE_SHARE = 10  # of a long run of such titles, one in this many may seem to end a sentence
_ENDS_SENTENCE = re.compile(r"[a-zæøå]{2}\.$")  # "… Taget til efterretning.": a sentence, not a title
# The page number a flattened page opens with, before the item heading it holds: "3 1. Godkendelse af ..."
_PAGE_NUMBER = re.compile(r"^\d{1,3}\s+(?=\d{1,3}\.\s+[A-ZÆØÅ])")
#: The copy's page number before a cover's title in capitals or with its status: "1 ÅBEN DAGSORDEN ØKONOMIUDVALG …",
#: no item number.
_PAGE_COVER = re.compile(r"^\d{1,3}\s+(?:Sidenr\.?\s+)?"  # (a protocol page's page column label: "1 Sidenr Protokol …")
                         r"(?=(?:(?i:åbent?|lukket)\s+)?(?:REFERAT|DAGSORDEN|BESLUTNINGSPROTOKOL|PROTOKOL)\b"
                         r"|(?i:(?:åbent?|lukket)\s+(?:referat|dagsorden|beslutningsprotokol))\b"
                         # "1 Referat Frederikshavn Byråd Ordinært møde Dato …": the kind, then a name
                         r"|(?:Referat|Dagsorden|Beslutningsprotokol|Protokol)\s+[A-ZÆØÅ][a-zæøå]+)")
#: A flattened page opening with its printed page mark, maybe after the copy's page number: "2 side 2 Indhold…",
#: "3 Side 2 1. Godkendelse af dagsorden …" (an item heading next).
_PAGE_MARK = re.compile(r"^(?:\d{1,3}\s+)?[Ss]ide\s+\d{1,4}\s+(?=[A-ZÆØÅ]|\d{1,3}\.\s+[A-ZÆØÅ])")
# The page number a flattened page closes with, after its last sentence: "... Godkendt. 2"
_PAGE_END = re.compile(r"(?<=[.!?])\s+\d{1,3}\s*$")
#: Between an entry's page and the next entry's number in a contents list of three columns run together.
_PAGE_THEN_NUMBER = re.compile(r"(?<=\s\d)\s+(?=\d{1,3}\s+[A-ZÆØÅ])|(?<=\s\d\d)\s+(?=\d{1,3}\s+[A-ZÆØÅ])"
                               r"|(?<=\s\d\d\d)\s+(?=\d{1,3}\s+[A-ZÆØÅ])")
_PAGE_AT_END = re.compile(r"\s+(?=\d{1,3}$)")
_COLUMN_LABEL_STARTS = ("Pkt", "Punkt", "Nr", "Sag nr", "Tekst")
_FIRST_ENTRY = re.compile(r"(?:^|\s)(?P<entry>1\.?\s+[(A-ZÆØÅ])")
_ROMAN_LEADER = re.compile(r"\.{3}[ivx]{1,4}\s")
_ROMAN_AT_END = re.compile(r"\s+(?=[ivx]{1,4}$)")
#: A contents table's column labels inside a cover's paragraph, flattened with it: ``… Mødet hævet kl Pkt. Tekst Side``.
_INNER_COLUMN_LABELS = re.compile(r"\s(?=(?:Pkt\.?|Punkt|Nr\.?)\s+Tekst\b)")
_GLUED_HEADING = re.compile(r"(?<=[.!?])\s+(?P<heading>\d{1,3}\.\s+[A-ZÆØÅ][^.:]{3,150})$")
_LABEL_BEFORE_LABEL = re.compile(r"\b[A-ZÆØÅ][a-zæøå]+\s*:(?=\s+[A-ZÆØÅ][a-zæøå]+\s*:)")


#: A date as a flattened page prints it in a heading or footer: ``20.09.2016``, ``22. marts 2011``.
_FLAT_DATE = rf"\d{{1,2}}[-./]\d{{1,2}}[-./]\d{{2,4}}|\d{{1,2}}\.\s*(?:{MONTH_ALTERNATION})\s+\d{{4}}"


@cache
def _splitter() -> re.Pattern[str]:
    labels = "|".join(re.escape(label).replace(r"\ ", r"\s?") for label in sorted(FLAT_LABELS, key=len, reverse=True))
    capitalised = "|".join(re.escape(h.capitalize()) for h in sorted(FLAT_HEADINGS, key=len, reverse=True))
    upper = "|".join(re.escape(h.upper()) for h in sorted(FLAT_HEADINGS, key=len, reverse=True))
    case = "|".join(p.pattern for p in CASE_NUMBER_PATTERNS)
    date = _FLAT_DATE
    return re.compile(
        # before a label with its colon: "Sagsnr.: 13/10057"
        rf"\s+(?=(?i:{labels})\.?\s*:)"
        # before a heading in capitals, and after its run of capitals: "RESUMÉ", "BESLUTNING I BYRÅDET DEN"
        rf"|\s+(?=(?:{upper})\b(?:\s+[A-ZÆØÅ]|\s*$))|(?<=\b[A-ZÆØÅ]{{3}})\s+(?=[A-ZÆØÅ][a-zæøå])"
        # before a capitalised heading after a sentence, a date or a case number, its text after it
        # (also with its colon, or with a "den" whose date the copy lost: "Beslutning den : Godkendt.")
        rf"|(?<=[.!?:\d])\s+(?=(?:{capitalised})(?:\s*:?\s+(?:i\s+)?[A-ZÆØÅ]|\s+den\s*:))"
        # after a decision heading's date: "Beslutning Byrådet, 20.09.2016 Godkendt."
        # or after its "den" where the copy lost the date: "Beslutning i Klima- og Miljøudvalget den Godkendt."
        rf"|(?<=Beslutning)(?P<decision>\s+[A-ZÆØÅ][^.:]{{1,60}}?,?\s+(?:den\s+)?(?:{date})"
        rf"|\s+(?:i\s+)?[A-ZÆØÅ][^.:]{{1,60}}?\s+den(?:\s*:)?(?=\s+[A-ZÆØÅ][a-zæøå]))\s+(?=[A-ZÆØÅ])"
        # before a label of three or more words in capitals: "… Kjeld Kjeldsen GODKENDELSE AF FORSLAG TIL DAGSORDENEN:"
        r"|(?<![A-ZÆØÅ]{2})\s+(?=(?:[A-ZÆØÅ]{2,}\s+){2,}[A-ZÆØÅ]{2,}\s*:)"
        # around a status: "Åben sag"
        rf"|\s+(?=(?:Åben|Lukket)\s+sag\b)|(?<=\b[Åå]ben sag)\s+|(?<=\b[Ll]ukket sag)\s+"
        # after a case number opening the paragraph
        rf"|^(?P<case>(?:{case}))\s+",
    )


@cache
def _running_footer() -> re.Pattern[str]:
    """The running footer a flattened page ends with: the body, the meeting's date and the page, ``Økonomiudvalg,
    22. marts 2011 Side 2``."""
    date = _FLAT_DATE
    body = r"[A-ZÆØÅ][^\W\d_]+(?:[\- ]+[^\W\d_]+){0,6}"  # words of letters: no page number before it is taken
    return re.compile(rf"\s+{body}(?:,\s+|\s+den\s+)(?:{date})\s+[Ss]ide\s+\d{{1,3}}$")


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
    # _LABEL_RUN labels in a row have a colon each: a line with fewer colons has no such run. Such a block is a
    # cover's (Mødested: Deltagere: …); an item's section headings in a row have lost their text instead
    # ("Sagsnr.: Resumé: Indstilling: Beslutningskompetence: Beslutning den : Godkendt."): they are cut as empty.
    if text.count(":") < _LABEL_RUN:
        return False
    labels = _LABEL_BEFORE_LABEL.findall(text)
    return len(labels) >= _LABEL_RUN - 1 and not any(label[:-1].strip().lower() in FLAT_HEADINGS for label in labels)


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
        if text[start:m.start()].lower().startswith(_COURSE_BODY) \
                and text[m.end():m.end() + 12].lower().startswith(_COURSE_DATE):
            continue  # "Udvalg: Magistraten Dato: 19-08-2025 …": a case's course, read whole by its own reader
        if m.start() > start:
            pieces.append(text[start:m.start()])
        start = m.end()
    pieces.append(text[start:])
    out: list[str] = []
    for k, piece in enumerate(pieces):
        before, _, last = piece.rstrip().rpartition(" ")
        if before and last[:1].isdigit() and (case := short_case_number(last) or bare_case_number(last)):
            if len(piece) <= _LONG_ENTRY and "." not in piece:
                out.extend((before, case))  # "… Godkendelse af dagsorden 09/39368"
                continue
            if glued := _GLUED_HEADING.search(before):
                # "… Godkendt. 2. Budget rammebesparelse 09/11998": the next item's heading and case number
                out.extend((before[:glued.start()], glued.group("heading"), case))
                continue
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
    cover = ""
    if m:
        rest = text[m.end():]
    elif text.startswith(_COLUMN_LABEL_STARTS) and len(leading(text.split(), TOC_COLUMN_LABELS)) >= 2:
        rest = text  # "Pkt. Tekst Side 1 …", not "Pkt. 197 Forslag …", a heading
    elif " Tekst" in text and (inner := _INNER_COLUMN_LABELS.search(text)):
        cover, rest = text[:inner.start()].strip(), text[inner.end():]  # "… Mødet hævet kl Pkt. Tekst Side 38 …"
    else:
        return None  # a plain test first: the pattern tries every heading after every space
    entries = [piece.strip() for piece in entry_pattern.split(rest) if piece and piece.strip()]
    if len(entries) < 3:
        entries = rising_entries(rest) or entries
    if len(entries) < 3 and _PAGE_THEN_NUMBER.search(rest):
        # "Pkt. Tekst Side 1 Udpegning … 5 2 Nye medlemmer … 6": each entry's page, then the next one's number
        words = rest.split()
        entries = [" ".join(part) for part in (leading(words, TOC_COLUMN_LABELS), leading_group(words)) if part]
        words = moved_numbers(words)
        entries += fill_number_gaps([_PAGE_AT_END.sub("\t", piece.strip())
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
        return [cover, *entries] if cover else entries
    before = text[:m.start("heading")].strip()
    if before.isdigit() and len(before) <= 3:
        before = ""  # the number of the copy's page ("2 Indholdsfortegnelse …"), no item number
    elif page := _PAGE_COVER.match(before):
        before = before[page.end():]  # "1 Referat Udvalget for … Indholdsfortegnelse …": the cover, not item 1
    return ([before] if before else []) + [m.group("heading").strip()] + entries




def _contents_page(text: str, listed: int) -> list[str]:
    """The next page of a flattened contents list, right after it: ``3 180. Lukket - Godkendelse af … Lukket -
    Ejendomssag Underskrifter`` opens (after the copy's page number) with a higher item number than the list so far
    and holds titles only, no label, heading or sentence; [] for any other paragraph."""
    rest = _PAGE_NUMBER.sub("", text)
    m = ITEM_NUMBER.match(rest)
    if not m or int(m.group()[:-1]) <= listed or _triggers().search(rest):
        return []
    return run_together_titles(rest)


def _numbered_run(text: str) -> list[str]:
    """``1. Godkendelse af dagsordenen 2. Orientering fra borgmesteren 3. …``: a paragraph that is nothing but
    titles numbered from 1 one by one (an agenda flattened into one line without its heading), cut before each
    number; [] for any other paragraph, such as numbered sentences of a decision. A title may hold an abbreviation
    before a name (``afd. Tværbommen``), so where the numbers stand bare one entry (one in ten of a long run) may
    seem to end a sentence."""
    entries, allowed = rising_entries(text), 0
    if len(entries) < _NUMBERED_RUN:
        entries = rising_entries(text, bare=True)  # "1 Meddelelser fra formanden 2 Forslag til …"
        allowed = max(1, len(entries) // _SENTENCE_SHARE)
    sentences = sum(bool(SENTENCE_END.search(entry) or _ENDS_SENTENCE.search(entry)) for entry in entries)
    if len(entries) < _NUMBERED_RUN or not entries[0].startswith("1") or sentences > allowed:
        return []
    return entries


def unflatten(lines: list[Line]) -> list[Line]:
    """The lines with each flattened paragraph cut at its labels and headings (other lines unchanged)."""
    out: list[Line] = []
    listed = 0  # the highest item number of the flattened contents list just read, while its next page may follow
    for line in lines:
        text = line.text.strip()
        if not text:
            out.append(line)
            continue
        if len(text) < _LONG or line.cells or line.heading or _labels_then_values(text):
            out.append(line)
            listed = 0
            continue
        if text.endswith(_FOOTER_ENDS) and (footer := _running_footer().search(text)) is not None:
            text = text[:footer.start()]  # "… taget til efterretning. Økonomiudvalg, 22. marts 2011 Side 1"
            line = Line(text)
        if (mark := _PAGE_MARK.match(text)) is not None:
            text = text[mark.end():]  # "2 side 2 Indholdsfortegnelse: …": the copy's page and the page's own mark
            line = Line(text)
        contents = _contents_lines(text)
        if contents:
            out.extend(Line(piece) for piece in contents)
            listed = max((int(m.group()[:-1]) for piece in contents if (m := ITEM_NUMBER.match(piece))), default=1)
            continue
        if listed and (more := _contents_page(text, listed)):
            out.extend(Line(piece) for piece in more)
            continue
        listed = 0
        if text.startswith("1") and (entries := _numbered_run(text)):
            out.extend(Line(entry) for entry in entries)
            continue
        # A cover kept whole still loses the copy's page number: "1 Referat Frederikshavn Byråd Ordinært møde …".
        cover = _PAGE_COVER.match(text)
        whole = Line(text[cover.end():]) if cover else line
        if len(_triggers().findall(text)) < 2:
            out.append(whole)  # fewer than two places to cut: an ordinary paragraph
            continue
        pieces = _pieces(_PAGE_END.sub("", _PAGE_NUMBER.sub("", whole.text)))
        if len(pieces) < 3:
            out.append(whole)
            continue
        for piece in pieces:
            out.append(Line(piece))
    return out
