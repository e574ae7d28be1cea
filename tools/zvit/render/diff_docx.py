"""The official form with a diff's changes as Word tracked changes, and a form's text.

A reviewer opens the file in Word or LibreOffice and accepts or rejects each
insertion and deletion as usual; each one names the author and date of the
commit that made it, where git knows them.  The form itself is `render_form`'s:
this module only rebuilds the status cells of the measures that changed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from docx.oxml.xmlchemy import BaseOxmlElement

from zvit.check.compare import Attribution, MeasureChange, Piece, ReportDiff
from zvit.core.messages import text
from zvit.model.form_columns import STATUS_COLUMN
from zvit.model.objects import Measure, Programme, Report, Unit
from zvit.render import ooxml, ooxml_revisions
from zvit.render.form_docx import measure_cells, render_form

_CHANGE = {"insert": "ins", "delete": "del"}


def render_tracked(
    programme: Programme,
    report: Report,
    unit: Unit,
    diff: ReportDiff,
    attributions: Mapping[str, Attribution],
    lang: str = "uk",
) -> bytes:
    """The form of `report` with every changed status shown as tracked insertions and deletions.

    A change git cannot attribute (the work tree, or a text no commit made) is
    signed "робоча копія" and has no date.
    """
    changes = {c.measure_id: c for c in diff.changes if c.kind != "unchanged"}
    revisions = ooxml_revisions.Revisions()
    unknown = text("diff.work-tree", lang)

    def measure_row(factory: ooxml.RowFactory, measure: Measure) -> BaseOxmlElement:
        tr = factory.row(measure_cells(programme, report, measure))
        change = changes.get(measure.id)
        if change is not None:
            properties = ooxml_revisions.cell_paragraph_properties(tr, STATUS_COLUMN)
            paragraphs = _paragraphs(change, attributions.get(measure.id), revisions, properties, unknown)
            ooxml_revisions.replace_cell_paragraphs(tr, STATUS_COLUMN, paragraphs)
        return tr

    return render_form(programme, report, unit, measure_row=measure_row)


def _paragraphs(
    change: MeasureChange,
    attribution: Attribution | None,
    revisions: ooxml_revisions.Revisions,
    properties: BaseOxmlElement | None,
    unknown: str,
) -> list[BaseOxmlElement]:
    """One `w:p` per paragraph of the text with both sides shown; tracked breaks marked."""
    paragraphs = []
    runs: list[tuple[str | None, str, str, dt.datetime | None]] = []
    for piece in change.pieces(attribution):
        author, date = _who(piece, unknown)
        for i, part in enumerate(piece.text.split("\n")):
            if i:
                mark = (_CHANGE[piece.op], author, date) if piece.op != "equal" else None
                paragraphs.append(ooxml_revisions.tracked_paragraph(runs, revisions, properties=properties, mark=mark))
                runs = []
            runs.append((_CHANGE.get(piece.op), part, author, date))
    paragraphs.append(ooxml_revisions.tracked_paragraph(runs, revisions, properties=properties))
    return paragraphs


def _who(piece: Piece, unknown: str) -> tuple[str, dt.datetime | None]:
    if piece.op == "equal":
        return "", None
    if piece.author is None:
        return unknown, None
    return piece.author.name, piece.author.when
