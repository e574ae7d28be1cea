"""The consolidated information the anti-corruption unit sends up (Word).

The programme's table laid out exactly as the official form (`form_docx`: page,
fonts, header rows, section rows), with every unit's status for a measure in the
last column, each under the unit's name in bold. Objects in, bytes out.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from docx import Document
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Pt

from zvit.model.form_columns import STATUS_COLUMN
from zvit.model.objects import Measure, Programme, Report
from zvit.model.period import Period
from zvit.render import ooxml
from zvit.render.form_docx import (
    AUTHOR,
    HEADING_SIZE,
    centred_paragraph,
    measure_cells,
    set_up_page,
    set_up_styles,
    write_table,
)

HEADING = "ЗВЕДЕНА ІНФОРМАЦІЯ"


def heading_sentence(programme: Programme, period: Period) -> str:
    return f"про виконання {programme.title_in_form} та реалізації визначених у ній заходів за {period.phrase}"


def render_consolidated(programme: Programme, reports: Sequence[Report], period: Period) -> bytes:
    """The .docx bytes; the same inputs give the same bytes (no clock, fixed zip dates).

    `reports` are the valid reports of the quarter; they are shown in the order the
    programme lists the units, whatever order they come in.
    """
    order = {unit_id: index for index, unit_id in enumerate(programme.units)}
    ordered = sorted(reports, key=lambda r: (order.get(r.unit, len(order)), r.unit))
    document = Document()
    set_up_page(document.sections[0])
    set_up_styles(document)
    centred_paragraph(document, HEADING, HEADING_SIZE, bold=True)
    centred_paragraph(document, heading_sentence(programme, period), HEADING_SIZE, space_after=Pt(14))

    def measure_row(factory: ooxml.RowFactory, measure: Measure) -> BaseOxmlElement:
        lines, names = status_lines(programme, ordered, measure)
        cells = measure_cells(programme, None, measure)
        cells[STATUS_COLUMN] = lines
        tr = factory.row(cells)
        ooxml.bold_paragraphs(tr, STATUS_COLUMN, names)
        return tr

    write_table(document, programme, None, measure_row, period)
    day = period.end
    ooxml.set_core_properties(
        document,
        title=f"Зведена інформація за {period.phrase}",
        author=AUTHOR,
        when=dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC),
    )
    ooxml.drop_template_leftovers(document)
    return ooxml.save_deterministic(document)


def status_lines(programme: Programme, reports: Sequence[Report], measure: Measure) -> tuple[list[str], list[int]]:
    """The status column's paragraphs and which of them are unit names.

    A unit appears when its status for the measure is filled; a placeholder (".")
    or an empty status says nothing and is left out. An empty paragraph separates
    one unit's text from the next unit's name.
    """
    lines: list[str] = []
    names: list[int] = []
    for report in reports:
        status = report.status(measure.id)
        if status is None or not status.is_filled:
            continue
        unit = programme.units.get(report.unit)
        if lines:
            lines.append("")
        names.append(len(lines))
        lines.append(unit.as_on(report.period.end).printed if unit is not None else report.unit)
        lines += status.paragraphs
    return lines or [""], names
