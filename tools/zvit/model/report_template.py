"""A report as `zvit new` and `zvit import` write it: plain data plus the comments a clerk reads.

The file opens with the editor's schema line and a short note in Ukrainian on how
to fill it; every measure the unit answers for is listed in programme order, each
under a comment with the measure's title, so the clerk sees what "I.14" is.
`yamledit.render` turns the result into text.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from zvit.core.messages import text
from zvit.core.text import one_line
from zvit.core.text import shorten as cut_line
from zvit.load.yamledit import Comments
from zvit.model.objects import ROMAN_QUARTERS, Programme, ReportRef, Signatory

SCHEMA_LINE = "# yaml-language-server: $schema=../../schema/report.schema.json"
TITLE_CHARS = 110


def report_document(
    programme: Programme,
    ref: ReportRef,
    statuses: Mapping[str, Any],
    signatory: Signatory | None = None,
    date: str | None = None,
) -> tuple[dict[str, Any], Comments]:
    """The report's data and comments.

    `statuses` maps measure ids to a status value (None, text, or a mapping);
    the unit's measures missing from it are written empty, and measures of other
    units appear only when given.
    """
    own = {m.id for m in programme.measures_of(ref.unit, ref.period)}
    measures: dict[str, Any] = {}
    before: dict[tuple[object, ...], tuple[str, ...]] = {}
    for measure in programme.measures():
        if measure.id not in own and measure.id not in statuses:
            continue
        measures[measure.id] = statuses.get(measure.id)
        before[("measures", measure.id)] = (f"# {measure.id}. {shorten(measure.title)}",)
    # A quarter keeps the `year:` + `quarter:` every quarterly report has; other periods name themselves.
    when: dict[str, Any] = (
        {"year": ref.year, "quarter": ref.quarter} if ref.period.is_quarter else {"period": ref.period.stem}
    )
    data: dict[str, Any] = {"programme": programme.id, "unit": ref.unit, **when, "measures": measures}
    if signatory is not None:
        data["signatory"] = {"position": signatory.position, "name": signatory.name}
    if date is not None:
        data["date"] = date
    unit = programme.units[ref.unit]
    title = (
        text("template.title", "uk", {"unit": unit.printed, "quarter": ROMAN_QUARTERS[ref.quarter], "year": ref.year})
        if ref.period.is_quarter
        else text("template.title-period", "uk", {"unit": unit.printed, "period": ref.period.phrase})
    )
    how_to = text("template.how-to" if ref.period.is_quarter else "template.how-to-period", "uk")
    note = [f"# {line}" for line in [title, *how_to.split("\n")]]
    return data, Comments(header=(SCHEMA_LINE, *note), before=before)


def shorten(title: str, limit: int = TITLE_CHARS) -> str:
    """One line of at most `limit` characters, cut at a word and marked with "…"."""
    return cut_line(one_line(title), limit, at_word=True, trim=" ,;:–—-")
