"""The audit as a Word document an inspector can file: A4, Times New Roman, Ukrainian.

Objects in, bytes out; the same audit always gives the same bytes (the date in the
document properties is the branch head's, never the clock). The words are the
ones the terminal shows (`audit_render`), laid out as a table: a row per unit,
then a row per quarter.
"""

from __future__ import annotations

import datetime as dt

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Length, Mm, Pt

from zvit.check.audit_result import Audit
from zvit.core.messages import text
from zvit.render import ooxml
from zvit.render.audit_render import (
    changed_lines,
    heading_lines,
    period_label,
    problem_lines,
    short_label,
    signature_lines,
    submission_lines,
    summary_line,
    verdict_lines,
)
from zvit.render.form_docx import AUTHOR, TEXT_WIDTH, set_up_page, set_up_styles

_FIXED = (Mm(22), Mm(55), Mm(55), Mm(75))
WIDTHS: tuple[Length, ...] = (*_FIXED, Length(TEXT_WIDTH - sum(_FIXED)))
COLUMNS = (
    "audit.column-quarter",
    "audit.column-submission",
    "audit.column-signatures",
    "audit.column-changes",
    "audit.column-verdict",
)


def render_docx(audit: Audit, lang: str = "uk") -> bytes:
    document = Document()
    _set_up(document)
    title, branch = heading_lines(audit, lang)
    _paragraph(document, title, bold=True, centred=True, size=Pt(14))
    _paragraph(document, branch, centred=True, space_after=Pt(12))
    _table(document, audit, lang)
    _paragraph(document, summary_line(audit, lang), space_before=Pt(12))
    problems = [(unit.id, q, line) for unit in audit.units for q in unit.quarters for line in problem_lines(q, lang)]
    if problems:
        _paragraph(document, text("audit.problems", lang), bold=True, space_before=Pt(12))
        for unit_id, q, line in problems:
            label = period_label(q.ref.period, lang, with_year=audit.year is None)
            _paragraph(document, f"{unit_id}, {label}: {line}")
    ooxml.set_core_properties(
        document, title=title, author=AUTHOR, when=dt.datetime.fromtimestamp(audit.head_time, dt.UTC)
    )
    ooxml.drop_template_leftovers(document)
    return ooxml.save_deterministic(document)


def _set_up(document: DocumentObject) -> None:
    """The page and styles of the official form (ДСТУ 4163): an inspector files both alike."""
    set_up_page(document.sections[0])
    set_up_styles(document)


def _paragraph(
    document: DocumentObject,
    words: str,
    *,
    bold: bool = False,
    centred: bool = False,
    size: Length | None = None,
    space_before: Length | None = None,
    space_after: Length | None = None,
) -> None:
    paragraph = document.add_paragraph()
    if centred:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if space_before is not None:
        paragraph.paragraph_format.space_before = space_before
    if space_after is not None:
        paragraph.paragraph_format.space_after = space_after
    run = paragraph.add_run(ooxml.xml_text(words))
    run.bold = bold or None
    if size is not None:
        run.font.size = size


def _table(document: DocumentObject, audit: Audit, lang: str) -> None:
    table = document.add_table(rows=0, cols=len(WIDTHS))
    table.style = "Table Grid"
    tbl = table._tbl
    ooxml.fix_table_layout(tbl, WIDTHS)
    header = ooxml.RowFactory(WIDTHS, ["center"] * len(WIDTHS), bold=True)
    units = ooxml.RowFactory([TEXT_WIDTH], [None], bold=True)
    rows = ooxml.RowFactory(WIDTHS, ["center", None, None, None, None])
    top = header.row([text(code, lang)] for code in COLUMNS)
    ooxml.repeat_as_header(top)
    ooxml.cant_split(top)
    tbl.append(top)
    for unit in audit.units:
        heading = units.spanning_row([f"{unit.id} — {unit.name}"], len(WIDTHS))
        ooxml.cant_split(heading)
        tbl.append(heading)
        for q in unit.quarters:
            changes = changed_lines(q, lang)
            tbl.append(
                rows.row(
                    [
                        [short_label(q.ref.period) if audit.year is not None else q.ref.period.stem],
                        submission_lines(q, lang),
                        signature_lines(q, lang) or [""],
                        changes or [""],
                        verdict_lines(q, lang) or [""],
                    ]
                )
            )
