"""The official quarterly form (Word) from a programme and one unit's report.

Objects in, bytes out: no files, no YAML, no git. The page follows ДСТУ 4163:2020
(A4 landscape, margins 30/10/20/20 mm, Times New Roman); raw OOXML lives in
`ooxml.py`, and this module speaks sections, measures and status cells.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.section import Section as PageSection
from docx.shared import Length, Mm, Pt
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from zvit.model.form_columns import COLUMN_TITLES as COLUMN_TITLES  # the seed form's, for callers that name them
from zvit.model.form_layout import FormLayout, HeaderCell
from zvit.model.objects import Measure, Programme, Report, Section, Unit
from zvit.model.period import Period
from zvit.render import form_rows, ooxml
from zvit.render.column_widths import CellText, Estimate, Metrics, Pages, choose_widths
from zvit.render.form_heading import BLANK, report_period_phrase, title_sentence, unit_caption
from zvit.render.hyphenation import hyphenate

FONT = "Times New Roman"
LANGUAGE = "uk-UA"
PAGE_WIDTH, PAGE_HEIGHT = Mm(297), Mm(210)
MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = Mm(30), Mm(10), Mm(20), Mm(20)
HEADER_DISTANCE = Mm(10)
TEXT_WIDTH = Length(PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT)

HEADING_SIZE = Pt(14)
TABLE_SIZE = Pt(12)
CAPTION_SIZE = Pt(10)
# A wide layout's table steps down to these sizes, no further (ДСТУ 4163: 12–14 pt for text).
_TABLE_SIZES = (TABLE_SIZE, Pt(11), Pt(10))

# The fixed grid the form had before widths were chosen from the content (the benchmark's peer).
_FIXED_WIDTHS = (Mm(10), Mm(62), Mm(30), Mm(55))
COLUMN_WIDTHS: tuple[Length, ...] = (
    *_FIXED_WIDTHS,
    Length(TEXT_WIDTH - sum(_FIXED_WIDTHS)),
)
# The cells' left and right margins: 1 mm rather than Table Grid's 1.9 mm.
CELL_MARGIN = Mm(1)
_CELL_PADDING = 2 * CELL_MARGIN.pt
# The narrowest column: a "№" cell.
_MINIMUM_COLUMN = Mm(9)
# The page's height for text, and what the heading above the table takes of the first page.
_PAGE_BODY = Length(PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM)
_HEADING_HEIGHT = Mm(45)

# Builds one measure's `w:tr` with the table's row factory.
MeasureRow = Callable[[ooxml.RowFactory, Measure], BaseOxmlElement]
# Edits the finished document before it is saved (the tracked-changes form marks its heading).
Revise = Callable[[DocumentObject], None]

UNIT_CAPTION = "(найменування підрозділу облдержадміністрації)"
BLANK_QUARTER = BLANK
_SIGNATURE_WIDTHS = (Mm(120), Mm(60), Length(TEXT_WIDTH - Mm(180)))
SIGNATURE_LINE = "____________________"
# Between the table and the signature: the empty 14-pt paragraph it used to be, as spacing.
SIGNATURE_GAP = Pt(28)
AUTHOR = "zvit"


def render_form(
    programme: Programme,
    report: Report | None,
    unit: Unit,
    *,
    measure_row: MeasureRow | None = None,
    revise: Revise | None = None,
) -> bytes:
    """The filled form as .docx bytes; `report` None gives the blank form for `unit`.

    The same inputs always give the same bytes (no clock, fixed zip metadata), so a
    rendered form can be committed, tagged or compared by hash. `measure_row`
    builds each measure's row instead, and `revise` edits the document last (both
    for the tracked-changes form of `zvit diff`).
    """
    document = Document()
    set_up_page(document.sections[0])
    set_up_styles(document)
    name = unit.name_on(report.period.end) if report is not None else unit.name
    _write_heading(document, programme, report, name)
    write_table(document, programme, report, measure_row)
    if report is not None:
        _write_signature(document, report)
    ooxml.set_core_properties(
        document,
        title=f"Звітна інформація {report_period_phrase(programme, report)} — {name}",
        author=AUTHOR,
        when=_as_of(programme, report),
    )
    ooxml.set_application(document, AUTHOR)
    ooxml.drop_template_leftovers(document)
    if revise is not None:
        revise(document)
    return ooxml.save_deterministic(document)


def title_of(programme: Programme, report: Report | None) -> str:
    """The sentence under «ФОРМА» for this report (a blank period for no report)."""
    return _title_sentence(programme, report)


def set_up_page(section: PageSection) -> None:
    """A4 landscape: the template is US Letter and `orientation` does not swap sizes."""
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width = PAGE_WIDTH
    section.page_height = PAGE_HEIGHT
    section.left_margin = MARGIN_LEFT
    section.right_margin = MARGIN_RIGHT
    section.top_margin = MARGIN_TOP
    section.bottom_margin = MARGIN_BOTTOM
    section.header_distance = HEADER_DISTANCE
    # Page numbers from page 2 on: the first page gets its own, empty, header.
    section.different_first_page_header_footer = True
    section.first_page_header.is_linked_to_previous = False
    number = section.header.paragraphs[0]
    number.alignment = WD_ALIGN_PARAGRAPH.CENTER
    ooxml.add_page_number_field(number)


def set_up_styles(document: DocumentObject) -> None:
    """Times New Roman 12 pt, single spacing, no gaps between paragraphs, Ukrainian."""
    ooxml.set_fonts_and_language(document, FONT, LANGUAGE)
    ooxml.set_compatibility_mode(document, 15)
    normal = document.styles["Normal"]
    normal.font.size = TABLE_SIZE
    normal.paragraph_format.space_before = Pt(0)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.line_spacing = 1.0


def period_words(programme: Programme, report: Report | None) -> str:
    """The period after «за»: «ІІІ квартал 2019 року», «І півріччя 2022 року», «2022 рік»; a blank on a blank form."""
    return report_period_phrase(programme, report).removeprefix("за ")


def _title_sentence(programme: Programme, report: Report | None) -> str:
    return title_sentence(programme, report_period_phrase(programme, report))


def _write_heading(document: DocumentObject, programme: Programme, report: Report | None, unit_name: str) -> None:
    """ "ФОРМА", the title sentence, the unit on an underlined line and its caption."""
    centred_paragraph(document, "ФОРМА", HEADING_SIZE, bold=True)
    centred_paragraph(document, _title_sentence(programme, report), HEADING_SIZE, space_after=Pt(14))
    centred_paragraph(document, unit_name, HEADING_SIZE, underline=True)
    centred_paragraph(document, unit_caption(programme.form), CAPTION_SIZE, space_after=Pt(14))


def centred_paragraph(
    document: DocumentObject,
    text: str,
    size: Length,
    *,
    bold: bool = False,
    underline: bool = False,
    space_after: Length | None = None,
) -> None:
    paragraph = document.add_paragraph()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if space_after is not None:
        paragraph.paragraph_format.space_after = space_after
    run = paragraph.add_run(text)
    run.font.size = size
    run.bold = bold or None
    run.underline = underline or None


def write_table(
    document: DocumentObject,
    programme: Programme,
    report: Report | None,
    measure_row: MeasureRow | None = None,
    period: Period | None = None,
) -> None:
    """The table of the programme's layout: repeating header rows, section rows, measure rows.

    Rows are built as XML (ooxml.RowFactory) and appended to the `w:tbl`: addressing
    cells through python-docx is quadratic and slow on long programmes. `measure_row`
    builds a measure's row instead of `measure_cells` (the consolidated report). The
    column widths are chosen from the text the rows hold before the rows are built;
    the rows of a `measure_row` are built first, read, then given the widths.
    """
    layout = programme.form.layout
    count = len(layout.columns)
    table = document.add_table(rows=0, cols=count)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    tbl = table._tbl
    ooxml.set_cell_margins(tbl, CELL_MARGIN)
    alignments = ["center" if c.centred else None for c in layout.columns]
    bands = form_rows.shows_sections_as_rows(layout)
    period = report.period if report is not None else period
    # A section of text alone, or all of it withdrawn, has no rows: the table lists measures.
    sections_rows = [(s, form_rows.section_rows(programme, report, s, period)) for s in programme.sections]
    rows = [row for _, found in sections_rows for row in found]
    built: dict[str, BaseOxmlElement] = {}
    if measure_row is None:
        texts = [_texts(row.cells) for row in rows]
    else:
        provisional = ooxml.RowFactory([Length(TEXT_WIDTH // count)] * count, alignments)
        for row in rows:
            built[row.measure.id] = tr = measure_row(provisional, row.measure)
            _merge(tr, row.merged)
        texts = [_cell_texts(built[row.measure.id], bold=False) for row in rows]
    size, marked = _size(layout, rows, texts, measure_row is None)
    if marked:
        rows = [
            dataclasses.replace(row, cells=[[hyphenate(line) for line in cell] for cell in row.cells]) for row in rows
        ]
        texts = [_texts(row.cells) for row in rows]
        sections_rows = _regroup(sections_rows, rows)
    header_texts = _header_texts(layout, marked)
    before = [
        _band_height(section.heading) if bands and index == 0 else 0.0
        for section, found in sections_rows
        for index in range(len(found))
    ]
    pages = Pages(_PAGE_BODY.pt, _HEADING_HEIGHT.pt, before, header=len(header_texts))
    estimate = Estimate([*header_texts, *texts], count, Metrics(size.pt, _CELL_PADDING))
    widths = _widths(layout, estimate, pages)
    ooxml.fix_table_layout(tbl, widths)
    heights = estimate.heights(_points(widths))
    room = pages.room(heights)
    fits = iter(height < room for height in heights[len(header_texts) :])
    own_size = None if size == TABLE_SIZE else size
    for header in _header_rows(layout, widths, own_size, marked):
        tbl.append(header)
    sections = ooxml.RowFactory([TEXT_WIDTH], ["center"], bold=True, size=own_size)
    factory = ooxml.RowFactory(widths, alignments, size=own_size)
    for section, found in sections_rows:
        if bands and found:
            heading = sections.spanning_row(section.heading.split("\n"), count)
            ooxml.cant_split(heading)
            ooxml.keep_with_next(heading)
            tbl.append(heading)
        for row in found:
            if row.measure.id in built:
                tr = built[row.measure.id]
                ooxml.set_row_widths(tr, widths)
            else:
                tr = factory.row(row.cells)
                _merge(tr, row.merged)
            if next(fits):
                ooxml.cant_split(tr)
            tbl.append(tr)


def _merge(tr: BaseOxmlElement, merged: dict[int, str]) -> None:
    """Cells merged down the rows (a risk's cells over its measures): started, or continued and empty."""
    if not merged:
        return
    cells = tr.findall(qn("w:tc"))
    for column, how in merged.items():
        ooxml.merge_vertically(cells[column], restart=how == "restart")
        if how == "continue":
            ooxml.clear_cell(cells[column])


def _size(
    layout: FormLayout, rows: list[form_rows.FormRow], texts: list[list[CellText]], may_mark: bool
) -> tuple[Length, bool]:
    """The table's font size, and whether its long words get soft hyphens.

    12 pt while every column can hold its longest word; a wide layout steps down
    to 11 and 10 pt, and when even that is too narrow its words are marked where
    they may be hyphenated (the measure rows only when they are this module's own).
    """
    count = len(layout.columns)
    for size in _TABLE_SIZES:
        estimate = Estimate([*_header_texts(layout, False), *texts], count, Metrics(size.pt, _CELL_PADDING))
        if sum(estimate.longest_word(c) + _CELL_PADDING for c in range(count)) <= TEXT_WIDTH.pt:
            return size, False
    return _TABLE_SIZES[-1], may_mark and bool(rows)


def _regroup(
    sections_rows: list[tuple[Section, list[form_rows.FormRow]]], rows: list[form_rows.FormRow]
) -> list[tuple[Section, list[form_rows.FormRow]]]:
    """`rows` (rewritten) back under their sections, in the same order."""
    remaining = iter(rows)
    return [(section, [next(remaining) for _ in found]) for section, found in sections_rows]


def _header_texts(layout: FormLayout, marked: bool) -> list[list[CellText]]:
    """The caption rows' single-column cells in bold, and the numbers row: what the estimate measures."""
    found = [
        [CellText(column, [_caption(cell.text, marked)], bold=True) for column, cell in _single_columns(cells)]
        for cells in layout.header_rows()
    ]
    if layout.numbers:
        found.append([CellText(c, [str(c + 1)]) for c in range(len(layout.columns))])
    return found


def _caption(text: str, marked: bool) -> str:
    return hyphenate(text) if marked else text


def _texts(cells: list[list[str]]) -> list[CellText]:
    return [CellText(column, lines) for column, lines in enumerate(cells)]


def _single_columns(cells: list[HeaderCell]) -> list[tuple[int, HeaderCell]]:
    """The caption cells that cover one grid column, with that column (a group's caption constrains none)."""
    found = []
    column = 0
    for cell in cells:
        if cell.span == 1 and cell.text:
            found.append((column, cell))
        column += cell.span
    return found


def _band_height(text: str) -> float:
    """A section row's estimated height: its bold text across the whole table."""
    estimate = Estimate([[CellText(0, text.split("\n"), bold=True)]], 1, Metrics(TABLE_SIZE.pt, _CELL_PADDING))
    return estimate.heights([TEXT_WIDTH.pt])[0]


def _header_rows(layout: FormLayout, widths: list[Length], size: Length | None, marked: bool) -> list[BaseOxmlElement]:
    """The caption rows (one, or two under group captions) and the column numbers, repeated on every page."""
    titles = ooxml.RowFactory(widths, ["center"] * len(widths), bold=True, size=size)
    numbers = ooxml.RowFactory(widths, ["center"] * len(widths), size=size)
    rows = []
    for cells in layout.header_rows():
        tr = titles.row([_caption(cell.text, marked)] for cell in cells)
        for tc, cell in zip(tr.iterchildren(qn("w:tc")), cells, strict=True):
            if cell.span > 1:
                ooxml.span_columns(tc, cell.span)
            if cell.merge is not None:
                ooxml.merge_vertically(tc, restart=cell.merge == "restart")
            ooxml.centre_vertically(tc)
        rows.append(tr)
    if layout.numbers:
        rows.append(numbers.row([str(i)] for i in range(1, len(widths) + 1)))
    for header in rows:
        ooxml.set_row_widths(header, widths)
        ooxml.cant_split(header)
        ooxml.repeat_as_header(header)
    return rows


def _widths(layout: FormLayout, estimate: Estimate, pages: Pages) -> list[Length]:
    """The columns' widths in whole twips, summing to the printable width."""
    shares = [column.width for column in layout.columns]
    points = choose_widths(estimate, TEXT_WIDTH.pt, shares, minimum=_MINIMUM_COLUMN.pt, pages=pages)
    twips = [round(p * 20) for p in points]
    twips[twips.index(max(twips))] += TEXT_WIDTH.twips - sum(twips)
    return [Length(t * 635) for t in twips]


def _cell_texts(tr: BaseOxmlElement, *, bold: bool) -> list[CellText]:
    """The row's single-column cells (a spanning caption constrains no one column)."""
    return [CellText(column, paragraphs, bold) for column, span, paragraphs in ooxml.cell_paragraphs(tr) if span == 1]


def _points(widths: list[Length]) -> list[float]:
    return [w.pt for w in widths]


def measure_cells(programme: Programme, report: Report | None, measure: Measure) -> list[list[str]]:
    """The cells of a measure's row in the layout's columns, each a list of paragraphs (lines)."""
    return form_rows.measure_cells(programme, report, measure)


def _write_signature(document: DocumentObject, report: Report) -> None:
    """Position left, a line to sign on, name right; the date under them: the table's last row.

    A borderless row spanning the table, holding the signature table and the date,
    that cannot split; the last measure row keeps with it. Word keeps a paragraph
    after a table with the table's last row, LibreOffice does not: between rows of
    one table both honour keep-with-next (LibreOffice through its Word-compatible
    "table row keep").
    """
    if report.signatory is None and report.date is None:
        return
    table = document.tables[0]
    ooxml.keep_with_next(table._tbl.findall(qn("w:tr"))[-1])
    cell = _signature_cell(table)
    if report.signatory is not None:
        signature = cell.add_table(rows=1, cols=len(_SIGNATURE_WIDTHS))
        ooxml.fix_table_layout(signature._tbl, _SIGNATURE_WIDTHS)
        ooxml.make_layout_table(signature._tbl)
        texts = (report.signatory.position, SIGNATURE_LINE, report.signatory.name)
        alignments = (WD_ALIGN_PARAGRAPH.LEFT, WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.RIGHT)
        columns = zip(signature.rows[0].cells, texts, alignments, _SIGNATURE_WIDTHS, strict=True)
        for inner, text, alignment, width in columns:
            inner.width = width
            _cell_text(inner.paragraphs[0], text, alignment)
            inner.paragraphs[0].paragraph_format.space_before = SIGNATURE_GAP
            inner.paragraphs[0].paragraph_format.keep_with_next = True
        first = cell._tc.find(qn("w:p"))
        cell._tc.remove(first)
    paragraph = cell.paragraphs[-1]
    if report.date is not None:
        paragraph.paragraph_format.space_before = Pt(14) if report.signatory is not None else SIGNATURE_GAP
        paragraph.add_run(format_date(report.date)).font.size = HEADING_SIZE


def _signature_cell(table: Table) -> _Cell:
    """A new last row of `table`: one cell over every column, no borders, no side padding, never split."""
    tr = OxmlElement("w:tr")
    tc = OxmlElement("w:tc")
    ooxml.set_cell_width(tc, TEXT_WIDTH)
    ooxml.span_columns(tc, len(table.columns))
    tcpr = tc.find(qn("w:tcPr"))
    borders = OxmlElement("w:tcBorders")
    for side in ("w:top", "w:left", "w:bottom", "w:right"):
        borders.append(OxmlElement(side, {qn("w:val"): "nil"}))
    tcpr.append(borders)
    margins = OxmlElement("w:tcMar")
    for side in ("w:left", "w:right"):
        margins.append(OxmlElement(side, {qn("w:w"): "0", qn("w:type"): "dxa"}))
    tcpr.append(margins)
    tc.append(OxmlElement("w:p"))
    tr.append(tc)
    ooxml.cant_split(tr)
    table._tbl.append(tr)
    return _Cell(tc, table)


def signature_cell(document: DocumentObject) -> _Cell:
    """The cell `render_form` put the signature table and the date in (of a report with either)."""
    return document.tables[0].rows[-1].cells[0]


def _cell_text(paragraph: Paragraph, text: str, alignment: WD_ALIGN_PARAGRAPH) -> None:
    paragraph.alignment = alignment
    paragraph.add_run(text).font.size = HEADING_SIZE


def format_date(value: str) -> str:
    """ "2019-10-04" -> "04.10.2019", as Ukrainian documents print dates; else unchanged."""
    try:
        return dt.date.fromisoformat(value).strftime("%d.%m.%Y")
    except ValueError:
        return value


def _as_of(programme: Programme, report: Report | None) -> dt.datetime:
    """The document's created/modified stamp: the period's last day, never the clock."""
    day = report.period.end if report is not None else dt.date(programme.year, 1, 1)
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC)
