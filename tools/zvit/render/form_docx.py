"""The official quarterly form (Word) from a programme and one unit's report.

Objects in, bytes out: no files, no YAML, no git. The page follows ДСТУ 4163:2020
(A4 landscape, margins 30/10/20/20 mm, Times New Roman); raw OOXML lives in
`ooxml.py`, and this module speaks sections, measures and status cells.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.section import Section as PageSection
from docx.shared import Length, Mm, Pt
from docx.text.paragraph import Paragraph

from zvit.model.form_columns import COLUMN_TITLES
from zvit.model.objects import Measure, Programme, Report, Unit
from zvit.model.period import Period
from zvit.render import ooxml

FONT = "Times New Roman"
LANGUAGE = "uk-UA"
PAGE_WIDTH, PAGE_HEIGHT = Mm(297), Mm(210)
MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = Mm(30), Mm(10), Mm(20), Mm(20)
HEADER_DISTANCE = Mm(10)
TEXT_WIDTH = Length(PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT)

HEADING_SIZE = Pt(14)
TABLE_SIZE = Pt(12)
CAPTION_SIZE = Pt(10)

# The status column gets what is left of the printable width: it holds the most text.
_FIXED_WIDTHS = (Mm(10), Mm(62), Mm(30), Mm(55))
COLUMN_WIDTHS: tuple[Length, ...] = (
    *_FIXED_WIDTHS,
    Length(TEXT_WIDTH - sum(_FIXED_WIDTHS)),
)
# w:jc per column: the number and the deadline centred, texts flush left.
_ALIGNMENTS = ("center", None, "center", None, None)

# Builds one measure's `w:tr` with the table's row factory.
MeasureRow = Callable[[ooxml.RowFactory, Measure], BaseOxmlElement]

UNIT_CAPTION = "(найменування підрозділу облдержадміністрації)"
# Printed in the quarter's place on a blank form (no report yet).
BLANK_QUARTER = "____"
_SIGNATURE_WIDTHS = (Mm(120), Mm(60), Length(TEXT_WIDTH - Mm(180)))
SIGNATURE_LINE = "____________________"
AUTHOR = "zvit"


def render_form(
    programme: Programme, report: Report | None, unit: Unit, *, measure_row: MeasureRow | None = None
) -> bytes:
    """The filled form as .docx bytes; `report` None gives the blank form for `unit`.

    The same inputs always give the same bytes (no clock, fixed zip metadata), so a
    rendered form can be committed, tagged or compared by hash. `measure_row`
    builds each measure's row instead (the tracked-changes form of `zvit diff`).
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
        title=f"Звітна інформація за {period_words(programme, report)} — {name}",
        author=AUTHOR,
        when=_as_of(programme, report),
    )
    ooxml.drop_template_leftovers(document)
    return ooxml.save_deterministic(document)


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
    if report is not None:
        return report.period.phrase
    if programme.reporting == "half-year":
        return f"{BLANK_QUARTER} півріччя {programme.year} року"
    if programme.reporting == "year":
        return f"{BLANK_QUARTER} рік"
    return f"{BLANK_QUARTER} квартал {programme.year} року"


def _title_sentence(programme: Programme, report: Report | None) -> str:
    return (
        f"для надання звітної інформації за {period_words(programme, report)} "
        f"про виконання {programme.title_in_form} та реалізації визначених у ній заходів"
    )


def _write_heading(document: DocumentObject, programme: Programme, report: Report | None, unit_name: str) -> None:
    """ "ФОРМА", the title sentence, the unit on an underlined line and its caption."""
    centred_paragraph(document, "ФОРМА", HEADING_SIZE, bold=True)
    centred_paragraph(document, _title_sentence(programme, report), HEADING_SIZE, space_after=Pt(14))
    centred_paragraph(document, unit_name, HEADING_SIZE, underline=True)
    centred_paragraph(document, UNIT_CAPTION, CAPTION_SIZE, space_after=Pt(14))


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
    """The five-column table: two repeating header rows, section rows, measure rows.

    Rows are built as XML (ooxml.RowFactory) and appended to the `w:tbl`: addressing
    cells through python-docx is quadratic and slow on long programmes. `measure_row`
    builds a measure's row instead of `measure_cells` (the consolidated report).
    """
    table = document.add_table(rows=0, cols=len(COLUMN_WIDTHS))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    tbl = table._tbl
    ooxml.fix_table_layout(tbl, COLUMN_WIDTHS)

    titles = ooxml.RowFactory(COLUMN_WIDTHS, ["center"] * len(COLUMN_WIDTHS), bold=True)
    numbers = ooxml.RowFactory(COLUMN_WIDTHS, ["center"] * len(COLUMN_WIDTHS))
    for header in (
        titles.row([t] for t in COLUMN_TITLES),
        numbers.row([str(i)] for i in range(1, len(COLUMN_WIDTHS) + 1)),
    ):
        ooxml.cant_split(header)
        ooxml.repeat_as_header(header)
        tbl.append(header)

    period = report.period if report is not None else period
    sections = ooxml.RowFactory([TEXT_WIDTH], ["center"], bold=True)
    measures = ooxml.RowFactory(COLUMN_WIDTHS, _ALIGNMENTS)
    for section in programme.sections:
        shown = [m for m in section.measures if period is None or m.in_force(period)]
        if not shown:
            continue  # a section of text alone, or all of it withdrawn: the table lists measures
        heading = sections.spanning_row(section.heading.split("\n"), len(COLUMN_WIDTHS))
        ooxml.cant_split(heading)
        tbl.append(heading)
        for measure in shown:
            if measure_row is not None:
                tbl.append(measure_row(measures, measure))
            else:
                tbl.append(measures.row(measure_cells(programme, report, measure)))


def measure_cells(programme: Programme, report: Report | None, measure: Measure) -> list[list[str]]:
    """The five cells of a measure's row, each a list of paragraphs (lines)."""
    status = report.status(measure.id) if report is not None else None
    return [
        [measure.number],
        measure.title.split("\n"),
        measure.deadline.split("\n"),
        programme.responsible_lines(measure),
        status.paragraphs if status is not None else [""],
    ]


def _write_signature(document: DocumentObject, report: Report) -> None:
    """Position left, a line to sign on, name right; the date under them."""
    if report.signatory is None and report.date is None:
        return
    document.add_paragraph().paragraph_format.space_after = Pt(14)
    if report.signatory is not None:
        table = document.add_table(rows=1, cols=len(_SIGNATURE_WIDTHS))
        ooxml.fix_table_layout(table._tbl, _SIGNATURE_WIDTHS)
        ooxml.make_layout_table(table._tbl)
        texts = (report.signatory.position, SIGNATURE_LINE, report.signatory.name)
        alignments = (WD_ALIGN_PARAGRAPH.LEFT, WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.RIGHT)
        columns = zip(table.rows[0].cells, texts, alignments, _SIGNATURE_WIDTHS, strict=True)
        for cell, text, alignment, width in columns:
            cell.width = width
            _cell_text(cell.paragraphs[0], text, alignment)
    if report.date is not None:
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.space_before = Pt(14)
        paragraph.add_run(format_date(report.date)).font.size = HEADING_SIZE


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
