"""What each row of the form says, column by column, for any layout: text only, no XML.

A list of measures gives one row per measure. A risk register gives one row per
measure of each risk, and the cells that belong to the risk (the risk, its
content, sources and scores) and to the function (the section) are printed once
and merged down over the rows they cover, as the register prints them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from zvit.model.form_layout import RISK_FIELDS, FormLayout
from zvit.model.objects import Measure, Programme, RegisterMeasure, Report, Risk, Section
from zvit.model.period import Period

# The cells a risk's measures share, and the one their section (function) shares.
_RISK_CELLS = frozenset(RISK_FIELDS) - {"function"}
_SECTION_CELLS = frozenset({"function"})


@dataclass(frozen=True)
class FormRow:
    measure: Measure
    cells: list[list[str]]
    # Grid column -> "restart" (a merged cell begins here) or "continue" (it goes on here, empty).
    merged: dict[int, str] = field(default_factory=dict)


def shows_sections_as_rows(layout: FormLayout) -> bool:
    """A section is a row across the table unless a column names it (the register's function)."""
    return layout.column("function") is None


def section_rows(
    programme: Programme, report: Report | None, section: Section, period: Period | None = None
) -> list[FormRow]:
    """The rows of one section in the programme's layout: the measures in force in `period` (None: all)."""
    layout = programme.form.layout

    def shown(measures: Sequence[Measure]) -> list[Measure]:
        return [m for m in measures if period is None or m.in_force(period)]

    if not section.risks:
        return [FormRow(m, measure_cells(programme, report, m)) for m in shown(section.measures)]
    rows: list[FormRow] = []
    risks = [(risk, shown(risk.measures)) for risk in section.risks]
    in_section = sum(len(measures) for _, measures in risks)
    for risk, measures in risks:
        for index, measure in enumerate(measures):
            cells = cells_of(programme, report, measure, section, risk)
            merged: dict[int, str] = {}
            for column, name in enumerate(layout.fields):
                if name in _RISK_CELLS and len(measures) > 1:
                    first = index == 0
                elif name in _SECTION_CELLS and in_section > 1:
                    first = not rows
                else:
                    continue
                merged[column] = "restart" if first else "continue"
                if not first:
                    cells[column] = [""]
            rows.append(FormRow(measure, cells, merged))
    return rows


def measure_cells(programme: Programme, report: Report | None, measure: Measure) -> list[list[str]]:
    """The cells of a measure's row in the layout's columns, each a list of paragraphs (lines)."""
    section, risk = _place(programme, measure)
    return cells_of(programme, report, measure, section, risk)


def _place(programme: Programme, measure: Measure) -> tuple[Section | None, Risk | None]:
    """The measure's section and, in a risk register, its risk."""
    for section in programme.sections:
        if section.id != measure.section_id:
            continue
        for risk in section.risks:
            if any(m.id == measure.id for m in risk.measures):
                return section, risk
        return section, None
    return None, None


def cells_of(
    programme: Programme, report: Report | None, measure: Measure, section: Section | None, risk: Risk | None
) -> list[list[str]]:
    status = report.status(measure.id) if report is not None else None
    values: dict[str, list[str]] = {
        "number": [measure.number],
        "title": measure.title.split("\n"),
        "deadline": measure.deadline.split("\n"),
        "responsible": programme.responsible_lines(measure),
        "status": status.paragraphs if status is not None else [""],
        "state": [status.state or ""] if status is not None else [""],
        "done": [_date(status.done if status is not None else None)],
        "resources": _lines(measure.resources if isinstance(measure, RegisterMeasure) else None),
        "indicators": _lines(measure.indicators if isinstance(measure, RegisterMeasure) else None),
        "function": section.title.split("\n") if section is not None else [""],
    }
    if risk is not None:
        values.update(
            risk=_lines(risk.title),
            content=_lines(risk.content),
            sources=_lines(risk.sources),
            probability=[str(risk.probability)],
            consequences=[str(risk.consequences)],
            level=[str(risk.level)],
        )
    return [values.get(name, [""]) for name in programme.form.layout.fields]


def _lines(value: str | None) -> list[str]:
    return value.split("\n") if value else [""]


def _date(value: str | None) -> str:
    """ "2023-06-30" -> "30.06.2023", as the form prints dates; other text as written."""
    if not value:
        return ""
    try:
        return dt.date.fromisoformat(value).strftime("%d.%m.%Y")
    except ValueError:
        return value
