"""Word documents (.docx) -> lines, with python-docx.

The body is read in document order: paragraphs and tables as they come, content controls
(``w:sdt``) opened. A paragraph's heading level comes from its style (Heading N / Overskrift N,
or an outline level), ``bold`` from its runs (directly or through their styles), and a paragraph of
an automatically numbered list gets the number Word prints before it. Line breaks inside a
paragraph end lines; tabs separate cells, except the one after a leading item number or marker
(``1.<tab>Godkendelse af dagsordenen``). Table rows become cells; a row whose cells hold several
paragraphs or a nested table is a layout row and is read cell by cell, as the HTML reader does.

A file cut short (no central directory at the end of the ZIP) is rebuilt from the members that
arrived (:mod:`referat.extract.zipscan`) and read as far as it goes, with a warning.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
import zlib
from typing import Any

from lxml import etree

from referat.errors import InputError
from referat.extract import Line
from referat.extract.docx_styles import ListCounter, StyleInfo, on, paragraph_heading, read_styles
from referat.extract.zipscan import MAX_MEMBER, scan_members

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_P, _TBL, _TR, _TC, _R, _SDT = (f"{_W}{tag}" for tag in ("p", "tbl", "tr", "tc", "r", "sdt"))
_SDT_CONTENT, _CUSTOM_XML, _PPR, _RPR = (f"{_W}{tag}" for tag in ("sdtContent", "customXml", "pPr", "rPr"))
# Inside a paragraph, runs in these are not part of its text: deleted text, text boxes, drawings.
_NOT_TEXT = frozenset(f"{_W}{tag}" for tag in ("del", "moveFrom", "pPr", "rPr", "drawing", "pict", "object",
                                               "txbxContent", "p", "tbl"))
_MARKER = re.compile(r"^(?:[-–•*▪◦·]|\d{1,4}[.)]?|[a-zA-Z][.)]|[ivxIVX]{1,5}[.)])$")
_SPACE = re.compile(r"[ \u00a0\u2007\u202f]+")
_LABEL_MAX = 80
_TXBX = f"{_W}txbxContent"
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_RELS_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_SAFE_XML = etree.XMLParser(recover=True, resolve_entities=False, no_network=True)
#: What python-docx, zipfile and lxml raise on a damaged package. python-docx maps XML elements to classes by
#: tag, so a part with the wrong content or namespace surfaces as an AttributeError or TypeError.
_LIBRARY_ERRORS: tuple[type[Exception], ...] = (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, KeyError,
                                                ValueError, EOFError, NotImplementedError, etree.LxmlError,
                                                AttributeError, TypeError, IndexError)
try:
    from docx.exceptions import PythonDocxError

    _LIBRARY_ERRORS = (*_LIBRARY_ERRORS, PythonDocxError)
except ImportError:  # pragma: no cover - older python-docx
    pass


def _open(data: bytes) -> tuple[Any, list[str]]:
    """The python-docx Document and the warnings about it; a file cut short is rebuilt first."""
    import docx

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            too_large = any(info.file_size > MAX_MEMBER for info in archive.infolist())
    except _LIBRARY_ERRORS:
        too_large = False  # no index to read sizes from: the members are read one by one, each capped
    if too_large:
        raise InputError(f"the Word document has a part larger than {MAX_MEMBER >> 20} MB unpacked")
    try:
        return docx.Document(io.BytesIO(data)), []
    except _LIBRARY_ERRORS:
        pass
    rebuilt, warning = _rebuild(data)
    try:
        return docx.Document(io.BytesIO(rebuilt)), [warning]
    except _LIBRARY_ERRORS as exc:
        raise InputError("the Word document is damaged and cannot be read") from exc


def _rebuild(data: bytes) -> tuple[bytes, str]:
    """A whole ZIP made of the members a damaged one still holds, and the warning that says so.

    A member cut short is kept when it is XML (closed where it breaks off); relationships to
    members that did not arrive are dropped, so the package opens.
    """
    members = scan_members(data)
    parts: dict[str, bytes] = {}
    broken: list[str] = []
    for member in members:
        if member.complete:
            parts[member.name] = member.data
            continue
        broken.append(member.name)
        if member.name.endswith((".xml", ".rels")) and member.data:
            root = _xml(member.data)
            if root is not None:
                parts[member.name] = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    if "word/document.xml" not in parts or "[Content_Types].xml" not in parts:
        raise InputError("the Word document is damaged or cut short before its text")
    for name in [n for n in parts if n.endswith(".rels")]:
        parts[name] = _without_missing_targets(name, parts[name], parts)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, body in parts.items():
            archive.writestr(name, body)
    where = f" inside {broken[-1]}" if broken else ""
    text_cut = " (its text ends early)" if "word/document.xml" in broken else ""
    return out.getvalue(), f"the Word file is cut short{where}: read as far as it goes{text_cut}"


def _xml(data: bytes) -> Any:
    """The tree of XML that may break off anywhere (closed where it breaks), or None."""
    try:
        return etree.fromstring(data, _SAFE_XML)
    except etree.LxmlError:
        return None


def _without_missing_targets(name: str, rels: bytes, parts: dict[str, bytes]) -> bytes:
    root = _xml(rels)
    if root is None:
        return rels
    # word/_rels/document.xml.rels describes word/document.xml; its targets are relative to word/.
    base = posixpath.dirname(posixpath.dirname(name))
    for rel in list(root.iterchildren(f"{_RELS_NS}Relationship")):
        if rel.get("TargetMode") == "External":
            continue
        target = rel.get("Target", "")
        path = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(base, target))
        if path not in parts:
            root.remove(rel)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _clean(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


class _Reader:
    def __init__(self, document: Any) -> None:
        from docx.text.run import Run

        self._run = Run
        self._parent = document
        part = document.part
        styles_part = next((p for p in part.package.iter_parts() if p.partname.endswith("/styles.xml")), None)
        self._styles: dict[str, StyleInfo] = read_styles(styles_part.element) if styles_part is not None else {}
        numbering = next((p for p in part.package.iter_parts() if p.partname.endswith("/numbering.xml")), None)
        self._lists = ListCounter(numbering.element if numbering is not None else None)
        self._char_bold: dict[str, bool | None] = {k: v.bold for k, v in self._styles.items()}
        self.body = document.element.body

    def first_page_header(self) -> list[Line]:
        """The header of the first page (a cover's letterhead), which a printed copy shows once at the top."""
        sections = self._parent.sections
        if not len(sections):
            return []
        section = sections[0]
        header = section.first_page_header if section.different_first_page_header_footer else section.header
        if header.is_linked_to_previous:
            return []
        return self.blocks(header._element)

    # -- blocks -------------------------------------------------------------
    def blocks(self, container: Any) -> list[Line]:
        """The lines of a body or a cell: paragraphs and tables, a blank line after each."""
        out: list[Line] = []
        for element in self._children(container):
            if element.tag == _P:
                out.extend(self.paragraph(element))
                out.append(Line(""))
            elif element.tag == _TBL:
                out.append(Line(""))
                out.extend(self.table(element))
                out.append(Line(""))
        return out

    def _children(self, container: Any) -> list[Any]:
        """Block children in order, content controls and custom XML opened."""
        found: list[Any] = []
        for element in container.iterchildren():
            if element.tag in (_P, _TBL):
                found.append(element)
            elif element.tag == _SDT:
                content = element.find(_SDT_CONTENT)
                if content is not None:
                    found.extend(self._children(content))
            elif element.tag == _CUSTOM_XML:
                found.extend(self._children(element))
        return found

    # -- paragraphs ---------------------------------------------------------
    def _runs(self, element: Any) -> list[Any]:
        runs: list[Any] = []
        for child in element.iterchildren():
            if child.tag == _R:
                runs.append(child)
            elif child.tag not in _NOT_TEXT and isinstance(child.tag, str):
                runs.extend(self._runs(child))  # hyperlinks, insertions, fields, inline content controls
        return runs

    def _run_bold(self, run: Any, paragraph_bold: bool | None) -> bool:
        rpr = run.find(_RPR)
        if rpr is not None:
            direct = rpr.find(f"{_W}b")
            if direct is not None:
                return on(direct.get(f"{_W}val"))
            style = rpr.find(f"{_W}rStyle")
            if style is not None:
                bold = self._char_bold.get(style.get(f"{_W}val", ""))
                if bold is not None:
                    return bold
        return bool(paragraph_bold)

    def paragraph(self, element: Any) -> list[Line]:
        """A paragraph's lines: one per line break, the list marker before the first."""
        ppr = element.find(_PPR)
        style_id = None
        if ppr is not None:
            pstyle = ppr.find(f"{_W}pStyle")
            style_id = pstyle.get(f"{_W}val") if pstyle is not None else None
        style = self._styles.get(style_id or "")
        runs = self._runs(element)
        texts = [self._run(run, self._parent).text for run in runs]
        text = "".join(texts)
        marker = self._marker(ppr, style)  # counted for an empty paragraph too: Word numbers it
        if not text.strip():
            return self._text_boxes(element)
        boldness = [self._run_bold(run, style.bold if style else None) for run, t in zip(runs, texts, strict=True)
                    if t.strip()]
        bold = bool(boldness) and all(boldness)
        heading = paragraph_heading(ppr, style, style_id)
        if marker:
            text = f"{marker}\t{text}"
        lines = [line for part in text.split("\n") if (line := _line(part, heading, bold)) is not None]
        return lines + self._text_boxes(element)

    def _text_boxes(self, element: Any) -> list[Line]:
        """The text boxes anchored in a paragraph, each as blocks of its own, after the paragraph's text.

        A shape comes twice (the drawing and its VML fallback); the fallback is skipped.
        """
        out: list[Line] = []
        for box in element.iter(_TXBX):
            ancestor = box.getparent()
            while ancestor is not None and ancestor is not element and ancestor.tag not in (_FALLBACK, _TXBX):
                ancestor = ancestor.getparent()
            if ancestor is element:
                out.extend([Line(""), *self.blocks(box)])
        return out

    def _marker(self, ppr: Any, style: StyleInfo | None) -> str | None:
        num_id, ilvl = (style.num_id, style.ilvl) if style else (None, 0)
        numpr = ppr.find(f"{_W}numPr") if ppr is not None else None
        if numpr is not None:
            own_id = numpr.find(f"{_W}numId")
            own_level = numpr.find(f"{_W}ilvl")
            if own_id is not None:
                num_id = own_id.get(f"{_W}val")
            if own_level is not None and (own_level.get(f"{_W}val") or "").isdigit():
                ilvl = int(own_level.get(f"{_W}val"))
        return self._lists.marker(num_id, ilvl)

    # -- tables -------------------------------------------------------------
    def _cell_blocks(self, cell: Any) -> list[tuple[Line, bool]]:
        """A cell's blocks: each paragraph line, then each nested table's lines (marked True)."""
        blocks: list[tuple[Line, bool]] = []
        for element in self._children(cell):
            if element.tag == _P:
                blocks.extend((line, False) for line in self.paragraph(element))
            else:
                blocks.extend((line, True) for line in self.table(element) if line.text)
        return blocks

    def table(self, element: Any) -> list[Line]:
        """A table's rows: cells of one line each make a row of cells; a layout row is read cell by cell.

        A row with text in one cell only is that text (a layout table holding a title or a heading).
        """
        out: list[Line] = []
        for row in element.iterchildren(_TR):
            cells = [self._cell_blocks(cell) for cell in row.iterchildren(_TC)]
            filled = [blocks for blocks in cells if blocks]
            if len(filled) == 1 and len(filled[0]) == 1 and not filled[0][0][1]:
                out.append(filled[0][0][0])
                continue
            if all(len(blocks) <= 1 and not (blocks and (blocks[0][1] or blocks[0][0].cells)) for blocks in cells):
                texts = [blocks[0][0].text if blocks else "" for blocks in cells]
                if any(texts):
                    out.append(Line("\t".join(texts), cells=texts))
                continue
            if out and out[-1].cells:
                out.append(Line(""))
            for blocks in cells:
                label = len(blocks) == 1 and not blocks[0][1] and len(blocks[0][0].text) <= _LABEL_MAX
                for line, nested in blocks:
                    if nested:
                        out.append(line)
                        continue
                    if out and out[-1].cells:
                        out.append(Line(""))
                    out.append(Line(line.text, heading=line.heading, bold=line.bold or label, cells=line.cells))
                    out.append(Line(""))
        return out


def _line(text: str, heading: int, bold: bool) -> Line | None:
    """One line of a paragraph; tabs separate cells, but not the one after a leading marker."""
    if "\t" not in text:
        cleaned = _clean(text)
        return Line(cleaned, heading=heading, bold=bold) if cleaned else None
    cells = [_clean(cell) for cell in text.split("\t")]
    cells = [cell for cell in cells if cell] or [""]
    if len(cells) >= 2 and _MARKER.match(cells[0]):
        cells[:2] = [f"{cells[0]} {cells[1]}"]
    if len(cells) == 1:
        return Line(cells[0], heading=heading, bold=bold) if cells[0] else None
    return Line("\t".join(cells), heading=heading, bold=bold, cells=cells)


def _tidy(lines: list[Line]) -> list[Line]:
    """No blank line first, last or twice in a row."""
    out: list[Line] = []
    for line in lines:
        if not line.text and (not out or not out[-1].text):
            continue
        out.append(line)
    while out and not out[-1].text:
        out.pop()
    return out


def extract_docx(data: bytes, warnings: list[str] | None = None) -> list[Line]:
    """The lines of a Word document; notes on what reading it worked around go to ``warnings``.

    Raises InputError when it cannot be read at all.
    """
    document, notes = _open(data)
    try:
        reader = _Reader(document)
        lines = _tidy([*reader.first_page_header(), Line(""), *reader.blocks(reader.body)])
    except _LIBRARY_ERRORS as exc:
        raise InputError("the Word document is damaged and cannot be read") from exc
    if warnings is not None:
        warnings.extend(notes)
    return lines
