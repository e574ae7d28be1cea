"""The official form with a diff's changes as Word tracked changes, and a form's text.

A reviewer opens the file in Word or LibreOffice and accepts or rejects each
insertion and deletion as usual; each one names the author and date of the
commit that made it, where git knows them.  The form itself is `render_form`'s:
this module only rebuilds the status cells of the measures that changed.
"""

from __future__ import annotations

import copy
import datetime as dt
import re
from collections.abc import Mapping

from docx.document import Document as DocumentObject
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.text.paragraph import Paragraph

from zvit.check.compare import Attribution, MeasureChange, Piece, ReportDiff
from zvit.core.messages import text
from zvit.model.objects import Measure, Programme, Report, Unit
from zvit.render import ooxml, ooxml_revisions
from zvit.render.form_docx import format_date, measure_cells, render_form, signature_cell, title_of

_CHANGE = {"insert": "ins", "delete": "del"}
# Words and the spaces between them: the unit a heading's change is tracked in.
_WORDS = re.compile(r"\s+|\S+")


def render_tracked(
    programme: Programme,
    report: Report,
    unit: Unit,
    diff: ReportDiff,
    attributions: Mapping[str, Attribution],
    lang: str = "uk",
    old: Report | None = None,
) -> bytes:
    """The form of `report` with every changed status shown as tracked insertions and deletions.

    A change git cannot attribute (the work tree, or a text no commit made) is
    signed "робоча копія" and has no date. With the `old` report, its title
    sentence, date and signatory are tracked too, so that rejecting every change
    gives the older form entirely.
    """
    changes = {c.measure_id: c for c in diff.changes if c.kind != "unchanged"}
    revisions = ooxml_revisions.Revisions()
    unknown = text("diff.work-tree", lang)
    status_column = programme.form.layout.column("status")

    def measure_row(factory: ooxml.RowFactory, measure: Measure) -> BaseOxmlElement:
        tr = factory.row(measure_cells(programme, report, measure))
        change = changes.get(measure.id)
        if change is not None and status_column is not None:
            properties = ooxml_revisions.cell_paragraph_properties(tr, status_column)
            paragraphs = _paragraphs(change, attributions.get(measure.id), revisions, properties, unknown)
            ooxml_revisions.replace_cell_paragraphs(tr, status_column, paragraphs)
        return tr

    def revise(document: DocumentObject) -> None:
        if old is None:
            return
        _track_text(document.paragraphs[1], title_of(programme, old), revisions, unknown)
        if old.date is not None and report.date is not None and old.date != report.date:
            _track_text(signature_cell(document).paragraphs[-1], format_date(old.date), revisions, unknown)
        if old.signatory is not None and report.signatory is not None:
            position, _, name = signature_cell(document).tables[0].rows[0].cells
            _track_text(position.paragraphs[0], old.signatory.position, revisions, unknown)
            _track_text(name.paragraphs[0], old.signatory.name, revisions, unknown)

    return render_form(programme, report, unit, measure_row=measure_row, revise=revise)


def _track_text(paragraph: Paragraph, old_text: str, revisions: ooxml_revisions.Revisions, author: str) -> None:
    """The paragraph's one run, whose text replaced `old_text`, as the words kept, deleted and inserted.

    The words both share at the start and at the end stay plain; the run's
    properties (its size, bold) are kept on every piece.
    """
    new_text = paragraph.text
    if new_text == old_text or len(paragraph.runs) != 1:
        return
    run = paragraph.runs[0]._r
    old_words, new_words = _WORDS.findall(old_text), _WORDS.findall(new_text)
    start = 0
    while start < min(len(old_words), len(new_words)) and old_words[start] == new_words[start]:
        start += 1
    end = 0
    while end < min(len(old_words), len(new_words)) - start and old_words[-1 - end] == new_words[-1 - end]:
        end += 1
    pieces = [
        (None, "".join(new_words[:start])),
        ("del", "".join(old_words[start : len(old_words) - end])),
        ("ins", "".join(new_words[start : len(new_words) - end])),
        (None, "".join(new_words[len(new_words) - end :])),
    ]
    properties = run.find(qn("w:rPr"))
    for change, words in pieces:
        if not words:
            continue
        r = OxmlElement("w:r")
        if properties is not None:
            r.append(copy.deepcopy(properties))
        ooxml.append_text(r, words, deleted=change == "del")
        if change is None:
            run.addprevious(r)
        else:
            wrapper = OxmlElement(f"w:{change}", revisions.attributes(author, None))
            wrapper.append(r)
            run.addprevious(wrapper)
    run.getparent().remove(run)


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
