"""Print a :class:`MeetingSpec` as plain text, Markdown or a municipal portal's HTML page.

The text layouts follow four house styles met in real minutes (the names say which kind of
minutes they resemble, not whose): ``lejre`` (``REFERAT <body> - <period> d. dd-mm-yyyy``,
``Punkt N: PREFIX - title``, a bare case number, the decision first), ``lemvig`` (KLE case
numbers, ``Resume``, ``Sagen afgøres endelig af``, an unheaded ``Direktøren ... indstiller,``,
``Fraværende`` after each item), ``slagelse`` (a title repeat, ``Sagsnr.:``/``Dok.nr.:``,
``Åbent``, ``Kompetence:``, dated decisions ``Beslutning i <body> den ...:``) and
``albertslund`` (``Dato:``/``Tidspunkt:``/``Lokale:``, ``Anledning``, a signature page).
Markdown prints the ``lejre`` and ``albertslund`` styles with ``#`` headings, bold marks and
``<b>`` labels; HTML is a portal page with ``UDVALG``/``STED``/``STARTTIDSPUNKT`` labels and
items numbered on through the year.
"""

from __future__ import annotations

import zlib
from html import escape

from . import content as C
from .specs import Block, ItemSpec, MeetingSpec, Member, Sec


def effective_blocks(sec: Sec, fmt: str) -> list[Block]:
    """The blocks as printed in ``fmt``: a portal lists attachments as links in a list."""
    if sec.kind == "attachments" and fmt == "html":
        return [("ul", [b[1] for b in sec.blocks])]
    return sec.blocks


def _dmy(spec: MeetingSpec, sep: str = "-") -> str:
    d = spec.day
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


def _long(spec: MeetingSpec) -> str:
    d = spec.day
    return f"{C.WEEKDAYS[d.weekday()]} d. {d.day:02d}. {C.MONTHS[d.month - 1]} {d.year} kl. {spec.start}"


def person(p: Member, party: bool = True, role_first: bool = True) -> str:
    """``Formand Anne Holm (A)`` or ``Anne Holm (A), formand``, as the layout prints members."""
    text = f"{p.name} ({p.party})" if party else p.name
    if p.role and party:
        return f"{p.role} {text}" if role_first else f"{text}, {p.role.lower()}"
    return text


def toc_title(item: ItemSpec) -> str:
    """The title as the table of contents lists it."""
    if item.closed:
        return f"Lukket: {item.title}" if item.title else "Lukket:"
    return item.title or ""


def _toc(spec: MeetingSpec) -> list[str]:
    lines = []
    page = 3 if spec.style != "albertslund" else 2
    for item in spec.items:
        title = toc_title(item)
        if len(title) > 97:
            lines.append(f"{title[:97]}\t{page}")
        else:
            lines.append(f"{title}.....\t{page}")
        page += 1 + sum(len(s.blocks) for s in item.sections) // 9
    return lines


# --- text and Markdown ----------------------------------------------------------------------
def _text_blocks(out: list[str], blocks: list[Block], md: bool) -> None:
    for block in blocks:
        tag = block[0]
        if tag in ("p", "label"):
            out.append(block[1])
        elif tag == "lines" or tag == "votes":
            out.append("\n".join(block[1]))
        elif tag == "ul":
            out.append("\n".join(f"- {x}" for x in block[1]))
        elif tag == "ol":
            out.append("\n".join(f"{i}. {x}" for i, x in enumerate(block[1], 1)))
        elif tag == "sub":
            out.append(f"#### **{block[1]}**" if md else block[1])
        elif tag == "earlier":
            out.append(block[1])
        elif tag == "table":
            rows = block[2]
            if md:
                first = "\t".join(f"<b>{cell}</b>" if cell else "" for cell in rows[0])
                out.append("\n".join([first, *("\t".join(r) for r in rows[1:])]))
            else:
                out.append("\n".join("\t".join(r) for r in rows))
        out.append("")


def _text_item(out: list[str], item: ItemSpec, spec: MeetingSpec, md: bool) -> None:
    loud = md and item.number % 5 == 4  # some Markdown exports change heading levels mid-document
    title = toc_title(item) if item.closed else (item.title or "")
    if md:
        out.append(f"# Punkt {item.number}: {title}" if loud else f"## **Punkt {item.number}: {title}**")
    else:
        out.append(f"Punkt {item.number}: {title}")
    out.append("")
    for line in item.head_lines:
        if md and line == "Sagsfremstilling":
            out.append("### **Sagsfremstilling**")
        else:
            out.append(line)
        out.append("")
    if item.case:
        out.append(f"Sagsnr.: {item.case}" if item.case_labelled else item.case)
        out.append("")
    if item.doc:
        out.append(f"Dok.nr.: {item.doc}")
        out.append("")
    for line in item.meta:
        out.append(line)
        out.append("")
    for sec in item.sections:
        if sec.style == "inline":
            out.append(f"{sec.heading}: {sec.blocks[0][1]}")
            out.append("")
            continue
        if sec.style == "plain":
            out.append(sec.heading + ",")
        elif md:
            out.append(f"## {sec.heading}" if loud else f"### **{sec.heading}**")
        else:
            out.append(sec.heading + (":" if sec.date and spec.style == "slagelse" else ""))
        out.append("")
        _text_blocks(out, sec.blocks, md)
    for line in item.trailer:
        out.append(line)
        out.append("")


def _text_header(out: list[str], spec: MeetingSpec, md: bool) -> None:
    style = spec.style

    def label(name: str, value: str, colon: bool = False) -> None:
        if md:
            out.append(f"<b>{name}</b>\t{value}")
        else:
            out.append(f"{name}{':' if colon else ''} {value}")
            out.append("")

    out.extend(["", ""])
    if spec.municipality not in spec.location:  # the letterhead names the municipality
        out.extend([f"{spec.municipality} Kommune", ""])
    if style == "slagelse":
        title = f"REFERAT {spec.body} ({spec.period})"
        out.extend([title, "", f"d. {_dmy(spec)}", ""])
    elif spec.period:
        title = f"REFERAT {spec.body} - {spec.period} d. {_dmy(spec)}"
        out.extend([f"# **{title}**" if md else title, ""])
    else:
        title = f"REFERAT {spec.body} d. {_dmy(spec)}"
        out.extend([f"# **{title}**" if md else title, ""])
    if style == "albertslund":
        d = spec.day
        label("Dato", f"{d.day}. {C.MONTHS[d.month - 1]} {d.year}", True)
        label("Tidspunkt", f"Kl. {spec.start} - {spec.end}", True)
        label("Lokale", spec.location, True)
    else:
        label("Mødedato", _long(spec))
        label("Mødested", spec.location)
    if style == "lejre":
        shown = spec.show_party
        label("Mødedeltagere", ", ".join(person(p, shown) for p in spec.participants))
        if spec.absent:
            names = ", ".join(person(p, shown) for p in spec.absent)
            if spec.day.toordinal() % 2:
                label("Fraværende", names)
            else:
                label("Afbud fra", names, True)
    if md:
        out.append("")
    out.extend(["## Indholdsfortegnelse" if md else "Indholdsfortegnelse", ""])
    out.extend(_toc(spec))
    out.append("")


def render_text(spec: MeetingSpec, md: bool = False) -> str:
    """The minutes as plain text, or as Markdown with ``md``."""
    out: list[str] = []
    _text_header(out, spec, md)
    for item in spec.items:
        _text_item(out, item, spec, md)
    while out and not out[-1]:
        out.pop()
    return "\n".join(out) + "\n"


# --- HTML -----------------------------------------------------------------------------------
def _html_blocks(out: list[str], blocks: list[Block]) -> None:
    for block in blocks:
        tag = block[0]
        if tag in ("p", "label", "earlier"):
            out.append(f"<p>{escape(block[1], False)}</p>")
        elif tag == "lines" or tag == "votes":
            out.append("<p>" + "<br>".join(escape(x, False) for x in block[1]) + "</p>")
        elif tag in ("ul", "ol"):
            out.append(f"<{tag}>" + "".join(f"<li>{escape(x, False)}</li>" for x in block[1]) + f"</{tag}>")
        elif tag == "sub":
            out.append(f"<h4>{escape(block[1], False)}</h4>")
        elif tag == "table":
            rows = block[2]
            head = "".join(f"<th>{escape(c, False)}</th>" for c in rows[0])
            body = "".join("<tr>" + "".join(f"<td>{escape(c, False)}</td>" for c in r) + "</tr>" for r in rows[1:])
            out.append(f'<table class="data"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>')


def _html_item(out: list[str], item: ItemSpec) -> None:
    out.append(f'<section class="agenda-item" id="punkt-{item.number}">')
    title = f"Lukket punkt: {item.title}" if item.closed else (item.title or "")
    out.append(f"<h2>{item.number}. {escape(title, False)}</h2>")
    if item.case:
        out.append(f'<p class="case-number">Sagsnr.: {escape(item.case, False)}</p>')
    for sec in item.sections:
        if sec.style == "plain":
            out.append(f"<p>{escape(sec.heading, False)},</p>")
        else:
            out.append(f"<h3>{escape(sec.heading, False)}</h3>")
        if sec.kind == "attachments":
            links = "".join(f'<li><a href="/bilag/{zlib.crc32(b[1].encode())}.pdf">{escape(b[1], False)}</a></li>'
                            for b in sec.blocks)
            out.append(f'<ul class="attachments">{links}</ul>')
        else:
            _html_blocks(out, sec.blocks)
    out.append("</section>")


def render_html(spec: MeetingSpec) -> str:
    """The minutes as a municipal portal's meeting page."""
    e = escape
    d = spec.day
    start = f"{_dmy(spec)} {spec.start}:00"
    end = f"{_dmy(spec)} {spec.end}:00" if spec.end else ""
    members = ", ".join(person(p, True, role_first=False) for p in spec.members)
    fields = [("UDVALG", spec.body), ("MØDE", "Ordinært møde"), ("STED", spec.location),
              ("STARTTIDSPUNKT", start), ("SLUTTIDSPUNKT", end), ("MEDLEMMER", members)]
    if spec.absent:
        fields.append(("FRAVÆRENDE", ", ".join(person(p) for p in spec.absent)))
    out = ['<!DOCTYPE html>', '<html lang="da">', "<head>", '<meta charset="utf-8">',
           f"<title>{e(spec.body)} {d.day:02d}.{d.month:02d}.{d.year} - {e(spec.municipality)} Kommune</title>",
           '<link rel="stylesheet" href="/assets/portal.css">', '<script src="/assets/portal.js" defer></script>',
           "</head>", "<body>",
           '<nav class="top"><ul><li><a href="/">Forside</a></li><li><a href="/politik">Politik</a></li>'
           '<li><a href="/politik/moeder">Dagsordener og referater</a></li></ul></nav>',
           f'<div class="site-name">{e(spec.municipality)} Kommune</div>',
           '<main id="indhold">', "<h1>Referat</h1>"]
    if spec.code % 2:
        out.append('<dl class="meeting-meta">')
        out.extend(f"<dt>{label}</dt><dd>{e(value, False)}</dd>" for label, value in fields)
        out.append("</dl>")
    else:
        out.append('<table class="meeting-details">')
        out.extend(f"<tr><th>{label}</th><td>{e(value, False)}</td></tr>" for label, value in fields)
        out.append("</table>")
    for item in spec.items:
        _html_item(out, item)
    out.append("</main>")
    out.append(f'<footer class="site-footer"><p>{e(spec.municipality)} Kommune · Rådhuspladsen 1 · '
               f'Telefon 70 10 20 30</p></footer>')
    out.extend(["</body>", "</html>"])
    return "\n".join(out) + "\n"


def render(spec: MeetingSpec) -> bytes:
    """The document bytes of a meeting in its format."""
    if spec.fmt == "html":
        return render_html(spec).encode("utf-8")
    return render_text(spec, md=spec.fmt == "markdown").encode("utf-8")
