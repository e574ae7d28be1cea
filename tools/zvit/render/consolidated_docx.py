"""The consolidated information the anti-corruption unit sends up (Word).

The programme's table laid out exactly as the official form (`form_docx`: page,
fonts, header rows, section rows), with every unit's status for a measure in the
last column, each under the unit's name in bold. Objects in, bytes out.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Pt

from zvit.model.objects import Measure, Programme, Report, Unit
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
from zvit.render.form_heading import consolidated_sentence

HEADING = "ЗВЕДЕНА ІНФОРМАЦІЯ"
MISSING = "Інформацію не надали ({count}): {units}."
INVALID = "Звіт не пройшов перевірку й до зведеної інформації не ввійшов ({count}): {units}."


def heading_sentence(programme: Programme, period: Period) -> str:
    return consolidated_sentence(programme, f"за {period.phrase}")


def render_consolidated(
    programme: Programme,
    reports: Sequence[Report],
    period: Period,
    missing: Sequence[Unit] = (),
    invalid: Sequence[Unit] = (),
) -> bytes:
    """The .docx bytes; the same inputs give the same bytes (no clock, fixed zip dates).

    `reports` are the valid reports of the quarter; they are shown in the order the
    programme lists the units, whatever order they come in. `missing` are the units
    that did not report and `invalid` those whose report failed the checks: the
    document names them under its heading, so a reader of the paper alone knows
    whose information is absent.
    """
    order = {unit_id: index for index, unit_id in enumerate(programme.units)}
    ordered = sorted(reports, key=lambda r: (order.get(r.unit, len(order)), r.unit))
    document = Document()
    set_up_page(document.sections[0])
    set_up_styles(document)
    centred_paragraph(document, HEADING, HEADING_SIZE, bold=True)
    centred_paragraph(document, heading_sentence(programme, period), HEADING_SIZE, space_after=Pt(14))
    for sentence, units in ((MISSING, missing), (INVALID, invalid)):
        if units:
            names = "; ".join(unit.printed for unit in units)
            paragraph = document.add_paragraph(sentence.format(count=len(units), units=names))
            paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            paragraph.paragraph_format.space_after = Pt(14)
    status_column = programme.form.layout.column("status")

    def measure_row(factory: ooxml.RowFactory, measure: Measure) -> BaseOxmlElement:
        cells = measure_cells(programme, None, measure)
        for field in ("state", "done"):
            column = programme.form.layout.column(field)
            if column is not None:
                cells[column] = unit_values(programme, ordered, measure, column)
        if status_column is None:
            return factory.row(cells)
        lines, names = status_lines(programme, ordered, measure)
        cells[status_column] = lines
        tr = factory.row(cells)
        ooxml.bold_paragraphs(tr, status_column, names)
        return tr

    write_table(document, programme, None, measure_row, period)
    day = period.end
    ooxml.set_core_properties(
        document,
        title=f"Зведена інформація за {period.phrase}",
        author=AUTHOR,
        when=dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC),
    )
    ooxml.set_application(document, AUTHOR)
    ooxml.drop_template_leftovers(document)
    return ooxml.save_deterministic(document)


def unit_values(programme: Programme, reports: Sequence[Report], measure: Measure, column: int) -> list[str]:
    """A state or actual-date cell: the one unit's value as its form prints it, or each unit's after its name."""
    given = [
        (report, value)
        for report in reports
        if report.status(measure.id) is not None
        for value in [measure_cells(programme, report, measure)[column]]
        if value != [""]
    ]
    if len(given) == 1:
        return given[0][1]
    named = []
    for report, value in given:
        unit = programme.units.get(report.unit)
        name = unit.as_on(report.period.end).printed if unit is not None else report.unit
        named.append(f"{name}: {' '.join(value)}")
    return named or [""]


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
