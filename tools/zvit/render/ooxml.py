"""The few raw-OOXML helpers python-docx lacks, for writing documents.

With `ooxml_reading.py` and `ooxml_revisions.py`, the only modules that touch XML.

Each function names the WordprocessingML element it writes, so a reader can look it
up in ECMA-376 Part 1. Nothing here knows about programmes or reports: the form
module (`form_docx.py`) speaks the domain and calls these.
"""

from __future__ import annotations

import copy
import datetime as dt
import io
import re
import zipfile
from collections.abc import Iterable, Sequence

from docx.document import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.pkgwriter import _ContentTypesItem
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Length
from docx.text.paragraph import Paragraph

_FONT_SLOTS = ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs")
_THEME_SLOTS = ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme")
# The default paragraph and table styles, and Table Grid, which the form's table uses.
_STYLES_WITH_RUNS = (
    'w:style[@w:default="1" and (@w:type="paragraph" or @w:type="table")] | w:style[@w:styleId="TableGrid"]'
)
_RPR_AFTER_LANG = ("w:eastAsianLayout", "w:specVanish", "w:oMath")
# A zip date that does not depend on the clock (the earliest a zip can store).
_ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)
XML_SPACE = qn("xml:space")
# Characters XML 1.0 cannot hold (lxml refuses them): a commit's author or subject may.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_text(value: str) -> str:
    """`value` with each character XML cannot hold shown as U+FFFD, so that writing never fails."""
    return _NOT_XML.sub("\ufffd", value)


_CORE_TEXT_LIMIT = 255
_WORD_URI = "http://schemas.microsoft.com/office/word"
_STYLES_WITH_EFFECTS = "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"


def set_fonts_and_language(document: Document, font: str, language: str) -> None:
    """Write `font` into all four `w:rFonts` slots and `w:lang` on docDefaults and styles.

    Word picks the slot by Unicode range, and the default template points every slot
    at the theme (`w:asciiTheme` …), which wins over a plain name unless removed. The
    paragraph and table styles that can carry run properties get the same treatment,
    so no path through the style hierarchy falls back to Calibri or en-US.
    """
    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        styles.insert(0, defaults)
    rpr_default = child_element(defaults, "w:rPrDefault", first=True)
    targets = [child_element(rpr_default, "w:rPr")]
    targets.extend(_style_rpr(style) for style in styles.xpath(_STYLES_WITH_RUNS))
    for rpr in targets:
        _set_rfonts(rpr, font)
        _set_lang(rpr, language)


def _style_rpr(style: BaseOxmlElement) -> BaseOxmlElement:
    """The style's `w:rPr`, placed before `w:tblPr`/`w:trPr`/`w:tcPr` as CT_Style requires."""
    rpr = style.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        _insert_before(style, rpr, ("w:tblPr", "w:trPr", "w:tcPr", "w:tblStylePr"))
    return rpr


def _set_rfonts(rpr: BaseOxmlElement, font: str) -> None:
    """`w:rFonts` with the four named slots and no `*Theme` attribute."""
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(1 if rpr.find(qn("w:rStyle")) is not None else 0, rfonts)
    for attribute in _THEME_SLOTS:
        rfonts.attrib.pop(qn(attribute), None)
    for attribute in _FONT_SLOTS:
        rfonts.set(qn(attribute), font)


def _set_lang(rpr: BaseOxmlElement, language: str) -> None:
    """`w:lang w:val`: the language spelling and hyphenation use for Latin and Cyrillic text."""
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        _insert_before(rpr, lang, _RPR_AFTER_LANG)
    lang.set(qn("w:val"), language)


def set_compatibility_mode(document: Document, mode: int) -> None:
    """`w:compat/w:compatSetting[@w:name=compatibilityMode]`: lay out as Word `mode` does.

    The default template says 14 (Word 2010), where a table's border sits one cell
    margin left of the page margin; from 15 on (Word 2013+, and LibreOffice follows)
    a table of the printable width lies exactly between the margins.
    """
    settings = document.settings.element
    name = "compatibilityMode"
    found = settings.xpath(f'w:compat/w:compatSetting[@w:name="{name}"]')
    if found:
        setting = found[0]
    else:
        setting = OxmlElement("w:compatSetting", {qn("w:name"): name, qn("w:uri"): _WORD_URI})
        child_element(settings, "w:compat").append(setting)
    setting.set(qn("w:val"), str(mode))


def repeat_as_header(tr: BaseOxmlElement) -> None:
    """`w:trPr/w:tblHeader`: repeat this row at the top of every page the table reaches.

    Word honours it only on the contiguous run of rows at the top of the table.
    """
    _row_flag(tr, "w:tblHeader", ("w:tblCellSpacing", "w:jc", "w:hidden", "w:ins", "w:del"))


def cant_split(tr: BaseOxmlElement) -> None:
    """`w:trPr/w:cantSplit`: keep the row on one page (only sensible for short rows)."""
    _row_flag(tr, "w:cantSplit", ("w:trHeight", "w:tblHeader", "w:tblCellSpacing", "w:jc"))


def _row_flag(tr: BaseOxmlElement, tag: str, successors: Sequence[str]) -> None:
    """Add `tag` to `w:trPr`, the row's first child (rows here never carry `w:tblPrEx`)."""
    trpr = child_element(tr, "w:trPr", first=True)
    if trpr.find(qn(tag)) is None:
        _insert_before(trpr, OxmlElement(tag), successors)


def keep_with_next(tr: BaseOxmlElement) -> None:
    """`w:pPr/w:keepNext` on every paragraph of the row: it stays on the page of what follows.

    Word keeps a row whose paragraphs all carry it with the next row or paragraph;
    on a table's last row, that keeps the signature under the table.
    """
    for p in tr.iter(qn("w:p")):
        ppr = p.find(qn("w:pPr"))
        if ppr is None:
            ppr = OxmlElement("w:pPr")
            p.insert(0, ppr)
        if ppr.find(qn("w:keepNext")) is None:
            _insert_after(ppr, OxmlElement("w:keepNext"), ("w:pStyle",))


def merge_vertically(tc: BaseOxmlElement, *, restart: bool) -> None:
    """`w:tcPr/w:vMerge`: this cell starts (`restart`) or continues a cell merged down the rows."""
    tcpr = child_element(tc, "w:tcPr", first=True)
    merge = OxmlElement("w:vMerge", {qn("w:val"): "restart"} if restart else {})
    _insert_after(tcpr, merge, ("w:cnfStyle", "w:tcW", "w:gridSpan", "w:hMerge"))


def centre_vertically(tc: BaseOxmlElement) -> None:
    """`w:tcPr/w:vAlign w:val="center"`: the text in the middle of a tall cell (a header's caption)."""
    tcpr = child_element(tc, "w:tcPr", first=True)
    if tcpr.find(qn("w:vAlign")) is None:
        _insert_before(tcpr, OxmlElement("w:vAlign", {qn("w:val"): "center"}), ("w:hideMark",))


def clear_cell(tc: BaseOxmlElement) -> None:
    """The cell's paragraphs replaced by one empty `w:p` (what a continued merged cell holds)."""
    for p in tc.findall(qn("w:p")):
        tc.remove(p)
    tc.append(OxmlElement("w:p"))


def set_row_widths(tr: BaseOxmlElement, widths: Sequence[Length]) -> None:
    """Every `w:tcW` of the row from the grid: a cell is as wide as the columns it spans."""
    column = 0
    for tc in tr.iterchildren(_TC):
        tcpr = tc.find(_TCPR)
        span = tcpr.find(_GRID_SPAN) if tcpr is not None else None
        count = int(span.get(_VAL)) if span is not None else 1
        width = Length(sum(widths[column : column + count]))
        tcw = tcpr.find(_TCW) if tcpr is not None else None
        if tcw is None or tcw.get(_TYPE) != "dxa":
            set_cell_width(tc, width)
        else:
            tcw.set(_W, str(width.twips))
        column += count


_TC, _TCPR, _TCW, _GRID_SPAN = qn("w:tc"), qn("w:tcPr"), qn("w:tcW"), qn("w:gridSpan")
_VAL, _W, _TYPE = qn("w:val"), qn("w:w"), qn("w:type")


def cell_paragraphs(tr: BaseOxmlElement) -> list[tuple[int, int, list[str]]]:
    """Each cell of the row as (first grid column, columns spanned, paragraph texts).

    Inserted and deleted text both count: a tracked change shows both.
    """
    cells = []
    column = 0
    text_tags = (qn("w:t"), qn("w:delText"))
    for tc in tr.iterchildren(qn("w:tc")):
        span = tc.find(f"{qn('w:tcPr')}/{qn('w:gridSpan')}")
        count = int(span.get(qn("w:val"))) if span is not None else 1
        paragraphs = ["".join(t.text or "" for t in p.iter(*text_tags)) for p in tc.iterchildren(qn("w:p"))]
        cells.append((column, count, paragraphs))
        column += count
    return cells


def set_cell_width(tc: BaseOxmlElement, width: Length) -> None:
    """`w:tcPr/w:tcW` in twips (`dxa`): the width Word uses with a fixed layout."""
    tcpr = child_element(tc, "w:tcPr", first=True)
    tcw = tcpr.find(qn("w:tcW"))
    if tcw is None:
        tcw = OxmlElement("w:tcW")
        tcpr.insert(0 if tcpr.find(qn("w:cnfStyle")) is None else 1, tcw)
    tcw.set(qn("w:w"), str(width.twips))
    tcw.set(qn("w:type"), "dxa")


def span_columns(tc: BaseOxmlElement, columns: int) -> None:
    """`w:tcPr/w:gridSpan`: this one cell covers `columns` grid columns."""
    tcpr = child_element(tc, "w:tcPr", first=True)
    span = tcpr.find(qn("w:gridSpan"))
    if span is None:
        span = OxmlElement("w:gridSpan")
        tcw = tcpr.find(qn("w:tcW"))
        if tcw is None:
            tcpr.insert(0, span)
        else:
            tcw.addnext(span)
    span.set(qn("w:val"), str(columns))


def fix_table_layout(tbl: BaseOxmlElement, widths: Sequence[Length]) -> None:
    """`w:tblW`, `w:tblLayout w:type="fixed"` and a `w:tblGrid` of `widths`.

    A fixed layout makes Word and LibreOffice use these widths instead of sizing the
    columns from their content, and the table width is the sum of the columns.
    """
    tblpr = tbl.find(qn("w:tblPr"))
    tblw = tblpr.find(qn("w:tblW"))
    if tblw is None:
        tblw = OxmlElement("w:tblW")
        _insert_before(
            tblpr,
            tblw,
            (
                "w:jc",
                "w:tblCellSpacing",
                "w:tblInd",
                "w:tblBorders",
                "w:shd",
                "w:tblLayout",
                "w:tblCellMar",
                "w:tblLook",
            ),
        )
    tblw.set(qn("w:w"), str(sum(w.twips for w in widths)))
    tblw.set(qn("w:type"), "dxa")
    layout = tblpr.find(qn("w:tblLayout"))
    if layout is None:
        layout = OxmlElement("w:tblLayout")
        _insert_before(tblpr, layout, ("w:tblCellMar", "w:tblLook", "w:tblCaption"))
    layout.set(qn("w:type"), "fixed")
    grid = tbl.find(qn("w:tblGrid"))
    if grid is None:
        grid = OxmlElement("w:tblGrid")
        tblpr.addnext(grid)
    for column in list(grid):
        grid.remove(column)
    for width in widths:
        grid.append(OxmlElement("w:gridCol", {qn("w:w"): str(width.twips)}))


def make_layout_table(tbl: BaseOxmlElement) -> None:
    """`w:tblBorders` all `nil` and `w:tblCellMar` left/right 0: a table that only places text.

    Without cell padding the first column's text lines up with paragraphs outside
    the table (the signature block with the date under it).
    """
    tblpr = tbl.find(qn("w:tblPr"))
    for tag in ("w:tblBorders", "w:tblCellMar"):
        old = tblpr.find(qn(tag))
        if old is not None:
            tblpr.remove(old)
    borders = OxmlElement("w:tblBorders")
    for side in ("w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"):
        borders.append(OxmlElement(side, {qn("w:val"): "nil"}))
    _insert_before(tblpr, borders, ("w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook"))
    margins = OxmlElement("w:tblCellMar")
    for side in ("w:left", "w:right"):
        margins.append(OxmlElement(side, {qn("w:w"): "0", qn("w:type"): "dxa"}))
    _insert_before(tblpr, margins, ("w:tblLook", "w:tblCaption", "w:tblDescription"))


def set_cell_margins(tbl: BaseOxmlElement, side: Length) -> None:
    """`w:tblCellMar` left and right `side` wide: the room between a cell's border and its text.

    Table Grid's 0.19 cm is generous in a table of narrow columns; every point of it
    is taken from the text of each column.
    """
    tblpr = tbl.find(qn("w:tblPr"))
    old = tblpr.find(qn("w:tblCellMar"))
    if old is not None:
        tblpr.remove(old)
    margins = OxmlElement("w:tblCellMar")
    for name in ("w:left", "w:right"):
        margins.append(OxmlElement(name, {qn("w:w"): str(side.twips), qn("w:type"): "dxa"}))
    _insert_before(tblpr, margins, ("w:tblLook", "w:tblCaption", "w:tblDescription"))


def add_page_number_field(paragraph: Paragraph) -> None:
    """A `PAGE` field as `w:fldChar` begin / `w:instrText` / separate / end runs.

    The complex form (rather than `w:fldSimple`) is what Word writes itself; the "1"
    between separate and end is the cached result shown until fields update.
    """
    p = paragraph._p
    instruction = OxmlElement("w:instrText", {XML_SPACE: "preserve"})
    instruction.text = " PAGE "
    cached = OxmlElement("w:t")
    cached.text = "1"
    for child in (_field_char("begin"), instruction, _field_char("separate"), cached, _field_char("end")):
        run = OxmlElement("w:r")
        run.append(child)
        p.append(run)


def _field_char(kind: str) -> BaseOxmlElement:
    return OxmlElement("w:fldChar", {qn("w:fldCharType"): kind})


def set_core_properties(document: Document, *, title: str, author: str, when: dt.datetime) -> None:
    """docProps/core.xml (`dc:*`, `dcterms:*`, `cp:*`) from the inputs, never the clock.

    python-docx refuses a text property over 255 characters, so the title is cut there.
    """
    props = document.core_properties
    props.title = title[:_CORE_TEXT_LIMIT]
    props.author = author
    props.last_modified_by = author
    props.comments = ""
    props.revision = 1
    props.created = when
    props.modified = when
    props.last_printed = when


class RowFactory:
    """Builds `w:tr` elements by deep-copying prepared `w:tc` and `w:p` templates.

    python-docx's `add_row().cells` and `cell.text` go through proxy objects and
    re-read the row for every cell; copying a small finished template in lxml and
    filling its `w:t` is several times faster and gives identical XML for every row.
    """

    def __init__(
        self,
        widths: Sequence[Length],
        alignments: Sequence[str | None],
        *,
        bold: bool = False,
        size: Length | None = None,
    ) -> None:
        """`alignments`: a `w:jc` value per column ("center", "both" …) or None (left); `size`: else the style's."""
        self._row = OxmlElement("w:tr")
        self._cells = [self._template_cell(w) for w in widths]
        self._paragraphs = [self._template_paragraph(a, bold, size) for a in alignments]

    def row(self, cells: Iterable[Sequence[str]]) -> BaseOxmlElement:
        """A `w:tr` with one cell per column; each cell gets one `w:p` per line.

        An empty line becomes an empty paragraph (no run), so blank lines survive.
        """
        tr = copy.deepcopy(self._row)
        for column, lines in enumerate(cells):
            tr.append(self._fill(copy.deepcopy(self._cells[column]), column, lines))
        return tr

    def spanning_row(self, lines: Sequence[str], columns: int) -> BaseOxmlElement:
        """A `w:tr` of one cell (column 0's template) spanning `columns` (`w:gridSpan`)."""
        tr = copy.deepcopy(self._row)
        tc = copy.deepcopy(self._cells[0])
        span_columns(tc, columns)
        tr.append(self._fill(tc, 0, lines))
        return tr

    def _fill(self, tc: BaseOxmlElement, column: int, lines: Sequence[str]) -> BaseOxmlElement:
        template = self._paragraphs[column]
        for line in lines or ("",):
            p = copy.deepcopy(template)
            run = p[-1]
            if not line:
                p.remove(run)
            elif "\t" in line:
                run.remove(run[-1])
                append_text(run, line)
            else:
                t = run[-1]
                t.text = xml_text(line)
                if line[0].isspace() or line[-1].isspace():
                    t.set(XML_SPACE, "preserve")
            tc.append(p)
        return tc

    @staticmethod
    def _template_cell(width: Length) -> BaseOxmlElement:
        tc = OxmlElement("w:tc")
        set_cell_width(tc, width)
        return tc

    @staticmethod
    def _template_paragraph(alignment: str | None, bold: bool, size: Length | None) -> BaseOxmlElement:
        p = OxmlElement("w:p")
        if alignment is not None:
            ppr = OxmlElement("w:pPr")
            ppr.append(OxmlElement("w:jc", {qn("w:val"): alignment}))
            p.append(ppr)
        r = OxmlElement("w:r")
        if bold or size is not None:
            rpr = OxmlElement("w:rPr")
            if bold:
                rpr.append(OxmlElement("w:b"))
            if size is not None:
                half_points = str(round(size.pt * 2))
                rpr.append(OxmlElement("w:sz", {qn("w:val"): half_points}))
                rpr.append(OxmlElement("w:szCs", {qn("w:val"): half_points}))
            r.append(rpr)
        r.append(OxmlElement("w:t"))
        p.append(r)
        return p


def bold_paragraphs(tr: BaseOxmlElement, column: int, indices: Iterable[int]) -> None:
    """`w:rPr/w:b` on every run of the paragraphs `indices` (0-based) of cell `column`.

    For a cell that mixes bold lines (a unit's name) with plain ones (its text), where
    a `RowFactory` template is either all bold or all plain.
    """
    paragraphs = tr.findall(qn("w:tc"))[column].findall(qn("w:p"))
    for index in indices:
        for r in paragraphs[index].iter(qn("w:r")):
            rpr = r.find(qn("w:rPr"))
            if rpr is None:
                rpr = OxmlElement("w:rPr")
                r.insert(0, rpr)
            if rpr.find(qn("w:b")) is None:
                _insert_after(rpr, OxmlElement("w:b"), ("w:rStyle", "w:rFonts"))


def _insert_after(parent: BaseOxmlElement, child: BaseOxmlElement, predecessors: Sequence[str]) -> None:
    """Insert `child` after the last of `predecessors` present, else first."""
    for tag in reversed(predecessors):
        predecessor = parent.find(qn(tag))
        if predecessor is not None:
            predecessor.addnext(child)
            return
    parent.insert(0, child)


def append_text(r: BaseOxmlElement, text: str, *, deleted: bool = False) -> None:
    """`w:t` pieces with `w:tab` between them; `xml:space="preserve"` keeps edge spaces.

    Deleted text (a tracked deletion) goes in `w:delText` instead, never in `w:t`.
    """
    for i, piece in enumerate(text.split("\t")):
        if i:
            r.append(OxmlElement("w:tab"))
        if piece:
            t = OxmlElement("w:delText" if deleted else "w:t")
            t.text = xml_text(piece)
            if deleted or piece[0].isspace() or piece[-1].isspace():
                t.set(XML_SPACE, "preserve")
            r.append(t)


def drop_template_leftovers(document: Document) -> None:
    """Drop `word/stylesWithEffects.xml` and `docProps/thumbnail.jpeg` of the default template.

    The first is Word 2010's second copy of the styles, still on theme fonts and en-US,
    which Word 2010 may read instead of `styles.xml`; the second is a picture of a
    blank page that file browsers would show as the form's preview. A part no
    relationship points to is not written.
    """
    for rels, reltype in ((document.part.rels, _STYLES_WITH_EFFECTS), (document.part.package.rels, RT.THUMBNAIL)):
        for rid in [rid for rid, rel in rels.items() if rel.reltype == reltype]:
            rels.pop(rid)


_APP_XML = (
    "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
    "<Application>{application}</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>"
    "<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged>"
    "</Properties>"
)


def set_application(document: Document, application: str) -> None:
    """docProps/app.xml naming `application`, without the default template's Word, Normal.dotm and counts.

    The template's statistics (1 page, 0 words) are wrong for every form, so none are written.
    """
    for part in document.part.package.parts:
        if str(part.partname) == "/docProps/app.xml":
            part._blob = _APP_XML.format(application=xml_text(application)).encode("utf-8")


def save_deterministic(document: Document) -> bytes:
    """The .docx bytes with fixed zip timestamps and a fixed entry order.

    python-docx's own `save` stamps every zip entry with the current time, so two
    renders of the same inputs would differ. This writes the same parts the way its
    `PackageWriter` does, `[Content_Types].xml` and the package rels first, then
    every part (and its rels) in part-name order, each dated 1980-01-01.
    """
    package = document.part.package
    parts = sorted(package.parts, key=lambda part: str(part.partname))
    for part in parts:
        part.before_marshal()
    entries = [
        ("[Content_Types].xml", _ContentTypesItem.from_parts(parts).blob),
        ("_rels/.rels", package.rels.xml),
    ]
    for part in parts:
        entries.append((part.partname.membername, part.blob))
        if len(part.rels):
            entries.append((part.partname.rels_uri.membername, part.rels.xml))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as target:
        for name, blob in entries:
            info = zipfile.ZipInfo(name, date_time=_ZIP_EPOCH)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            info.external_attr = 0o644 << 16
            target.writestr(info, blob)
    return out.getvalue()


def child_element(parent: BaseOxmlElement, tag: str, *, first: bool = False) -> BaseOxmlElement:
    """The child `tag` of `parent`, created (first or last) when missing."""
    child = parent.find(qn(tag))
    if child is None:
        child = OxmlElement(tag)
        if first:
            parent.insert(0, child)
        else:
            parent.append(child)
    return child


def _insert_before(parent: BaseOxmlElement, child: BaseOxmlElement, successors: Sequence[str]) -> None:
    """Insert `child` before the first of `successors` present, else at the end."""
    for tag in successors:
        successor = parent.find(qn(tag))
        if successor is not None:
            successor.addprevious(child)
            return
    parent.append(child)
