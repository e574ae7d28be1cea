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
    own = {m.id for m in programme.measures_of(ref.unit)}
    measures: dict[str, Any] = {}
    before: dict[tuple[object, ...], tuple[str, ...]] = {}
    for measure in programme.measures():
        if measure.id not in own and measure.id not in statuses:
            continue
        measures[measure.id] = statuses.get(measure.id)
        before[("measures", measure.id)] = (f"# {measure.id}. {shorten(measure.title)}",)
    data: dict[str, Any] = {
        "programme": programme.id,
        "unit": ref.unit,
        "year": ref.year,
        "quarter": ref.quarter,
        "measures": measures,
    }
    if signatory is not None:
        data["signatory"] = {"position": signatory.position, "name": signatory.name}
    if date is not None:
        data["date"] = date
    unit = programme.units[ref.unit]
    title = text(
        "template.title", "uk", {"unit": unit.printed, "quarter": ROMAN_QUARTERS[ref.quarter], "year": ref.year}
    )
    # A comment is one line: a unit's printed name may be written on two (`printed: |`).
    note = [f"# {line}" for line in [" ".join(title.split()), *text("template.how-to", "uk").split("\n")]]
    return data, Comments(header=(SCHEMA_LINE, *note), before=before)


def shorten(title: str, limit: int = TITLE_CHARS) -> str:
    """One line of at most `limit` characters, cut at a word and marked with "…"."""
    flat = " ".join(title.split())
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1]
    if " " in cut:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:–—-") + "…"
