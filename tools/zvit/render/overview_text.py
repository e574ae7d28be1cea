"""The quarter's overview as a terminal table (100 columns) and as JSON.

Objects in, text out: the overview comes from `overview.build_overview`; words
come from `messages.py`, so the table reads in the reader's language.
"""

from __future__ import annotations

import json
import textwrap
from collections.abc import Sequence
from typing import Any, get_args

from zvit.check.overview import Cell, Overview, Submission, UnitRow
from zvit.core.messages import text
from zvit.core.text import one_line, shorten
from zvit.model.objects import ROMAN_QUARTERS, Measure

WIDTH = 100
NONE = "—"
# Summary columns: unit id, report, filled, carried over, overdue; the name takes the rest.
_SUMMARY = (17, 23, 11, 12, 12)
# Detail columns: measure id, filling, state, deadline; the title takes the rest.
_DETAIL = (7, 12, 18, 16)


def render_text(overview: Overview, lang: str = "uk") -> str:
    lines = _heading(overview, lang)
    lines += [""] + _summary(overview, lang)
    for row in overview.rows:
        if row.submission != "missing":
            lines += [""] + _details(row, lang)
    lines += [""] + _overdue(overview, lang)
    return "\n".join(lines) + "\n"


def overview_title(overview: Overview, lang: str) -> str:
    """ "Стан звітування за ІІІ квартал 2019 року" (or «за І півріччя 2022 року», «за 2022 рік»)."""
    period = overview.period
    if period.is_quarter:
        return text("overview.heading", lang, {"quarter": ROMAN_QUARTERS[period.number], "year": period.year})
    return text("overview.heading-period", lang, {"period": period.phrase if lang == "uk" else period.stem})


def programme_line(overview: Overview, lang: str) -> str:
    code = "overview.programme" if overview.period.is_quarter else "overview.programme-period"
    return text(code, lang, {"programme": overview.programme.id, "end": overview.end.strftime("%d.%m.%Y")})


def _heading(overview: Overview, lang: str) -> list[str]:
    rows = overview.rows
    return [
        overview_title(overview, lang),
        programme_line(overview, lang),
        *_wrap_parts(text("overview.counts", lang, {"units": len(rows), **counts(overview)}), "; "),
    ]


def _wrap_parts(line: str, separator: str) -> list[str]:
    """`line` in lines of at most WIDTH characters, broken only between its parts."""
    lines: list[str] = []
    for part in line.split(separator):
        if lines and len(lines[-1]) + len(separator) + len(part) <= WIDTH:
            lines[-1] += separator + part
        else:
            lines.append(part)
    return [entry + separator.rstrip() for entry in lines[:-1]] + lines[-1:]


def counts(overview: Overview) -> dict[str, int]:
    """Units by standing (`overview.Submission`)."""
    return {kind: len(overview.with_submission(kind)) for kind in get_args(Submission)}


def _summary(overview: Overview, lang: str) -> list[str]:
    titles = [text(f"overview.column.{c}", lang) for c in ("unit", "report", "filled", "carried", "overdue", "name")]
    lines = [_columns(titles, _SUMMARY)]
    for row in overview.rows:
        readable = row.readable
        cells = [
            row.unit.id,
            submission_word(row, lang),
            text("overview.of", lang, {"count": row.filled, "total": len(row.responsible_cells)}) if readable else NONE,
            str(row.count("carried-over")) if readable else NONE,
            str(len(row.overdue_cells)),
            row.unit.printed,
        ]
        lines.append(_columns(cells, _SUMMARY))
    return lines


def _details(row: UnitRow, lang: str) -> list[str]:
    head = f"{row.unit.id} — {row.unit.printed}" + (f" ({row.path})" if row.path else "")
    lines = textwrap.wrap(head, WIDTH, subsequent_indent="  ")
    if row.submission == "invalid":
        return lines + ["  " + text("overview.invalid-hint", lang, {"errors": row.errors})]
    titles = [text(f"overview.column.{c}", lang) for c in ("measure", "filling", "state", "deadline", "title")]
    lines.append("  " + _columns(titles, _DETAIL, WIDTH - 2))
    for cell in row.cells:
        if cell.kind == "not-responsible":
            continue
        values = [
            cell.measure.id,
            cell_word(cell, lang),
            cell.status.state if cell.status is not None and cell.status.state else NONE,
            text(f"overview.short.{cell.overdue}", lang) if cell.overdue else "",
            one_line(cell.measure.title),
        ]
        lines.append("  " + _columns(values, _DETAIL, WIDTH - 2))
    return lines


def _overdue(overview: Overview, lang: str) -> list[str]:
    owed = overview.overdue()
    end = overview.end.strftime("%d.%m.%Y")
    if not owed:
        return [text("overview.overdue-none", lang, {"end": end})]
    lines = [text("overview.overdue-heading", lang, {"end": end})]
    for measure, owing in owed:
        lines.append(_columns([measure.id, _due_text(measure, lang), one_line(measure.title)], (7, 19), WIDTH))
        for kind in ("overdue", "overdue-unconfirmed"):
            units = [row.unit.id for row, cell in owing if cell.overdue == kind]
            if units:
                label = text(f"overview.short.{kind}", lang)
                lines += textwrap.wrap(
                    f"{label}: {', '.join(units)}", WIDTH, initial_indent=" " * 7, subsequent_indent=" " * 9
                )
    return lines


def _due_text(measure: Measure, lang: str) -> str:
    assert measure.due.date is not None
    return text("overview.due", lang, {"date": measure.due.date.strftime("%d.%m.%Y")})


def submission_word(row: UnitRow, lang: str) -> str:
    if row.submission == "invalid":
        return text("overview.submission.invalid", lang, {"errors": row.errors})
    return text(f"standing.{row.submission}", lang)


def cell_word(cell: Cell, lang: str) -> str:
    return text(f"overview.short.{cell.kind}", lang)


def _fit(value: str, width: int) -> str:
    """`value` cut to `width` characters, an ellipsis marking the cut."""
    return shorten(value, width)


def _columns(values: Sequence[str], widths: Sequence[int], total: int = WIDTH) -> str:
    """Fixed-width columns; the last value takes what is left of `total`."""
    parts = [_fit(v, w - 1).ljust(w) for v, w in zip(values, widths, strict=False)]
    rest = total - sum(widths)
    parts += [_fit(v, rest) for v in values[len(widths) :]]
    return "".join(parts).rstrip()


# JSON -------------------------------------------------------------------------


def render_json(overview: Overview) -> str:
    """Stable keys and codes (not words): for scripts and dashboards."""
    data = {
        "programme": overview.programme.id,
        "year": overview.year,
        "quarter": overview.quarter if overview.period.is_quarter else None,
        "quarter_end": overview.end.isoformat(),
        "period": overview.period.stem,
        "period_end": overview.end.isoformat(),
        "counts": {"units": len(overview.rows), **counts(overview)},
        "units": [_unit_json(row) for row in overview.rows],
        "overdue": [
            {
                "measure": measure.id,
                "due": measure.due.date.isoformat() if measure.due.date else None,
                "units": [{"unit": row.unit.id, "kind": cell.overdue} for row, cell in owing],
            }
            for measure, owing in overview.overdue()
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _unit_json(row: UnitRow) -> dict[str, Any]:
    return {
        "id": row.unit.id,
        "name": row.unit.name,
        "report": row.submission,
        "path": row.path,
        "errors": row.errors,
        "counts": {
            "responsible": len(row.responsible_cells),
            "filled": row.filled,
            "carried_over": row.count("carried-over"),
            "placeholder": row.count("placeholder"),
            "empty": row.count("empty"),
            "overdue": len(row.overdue_cells),
        },
        "measures": [
            {
                "id": cell.measure.id,
                "responsible": cell.responsible,
                "cell": cell.kind,
                "filled": cell.is_filled,
                "state": cell.status.state if cell.status is not None else None,
                "carried_over": cell.status.carried_over if cell.status is not None else False,
                "overdue": cell.overdue,
            }
            for cell in row.cells
            if cell.kind != "not-responsible"
        ],
    }
