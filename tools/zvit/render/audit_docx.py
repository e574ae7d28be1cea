"""The audit as a Word document an inspector can read and file: A4, Times New Roman, Ukrainian.

Written for a person, not for git: the summary comes first, then what needs
attention, then a table by unit (named, not by id) and quarter in plain words;
the tags, commits and blobs that prove each line are kept in an appendix table,
numbered, and the lines point to them. Periods whose reports are not yet due
are not in the audit (`check.audit.expected_periods`), so they are not listed as missing.

Objects in, bytes out; the same audit always gives the same bytes (the date in the
document properties is the branch head's, never the clock).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Length, Mm, Pt

from zvit.check.audit_result import SUMMARY, Audit, ChangeAfter, QuarterAudit, Remark, UnitAudit
from zvit.core import times
from zvit.core.messages import text
from zvit.render import ooxml
from zvit.render.audit_render import heading_lines, period_label, short_label, signature_words
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
_APPENDIX_FIXED = (Mm(12), Mm(70), Mm(95))
APPENDIX_WIDTHS: tuple[Length, ...] = (*_APPENDIX_FIXED, Length(TEXT_WIDTH - sum(_APPENDIX_FIXED)))
APPENDIX_COLUMNS = (
    "audit-doc.column-number",
    "audit-doc.column-what",
    "audit-doc.column-ids",
    "audit-doc.column-details",
)
_HASH = 10
# A programme that does not report quarterly names its periods: «Період», not «Квартал».
_PERIOD_WORDING = {
    "audit.column-quarter": "audit.column-period",
    "audit-doc.by-unit": "audit-doc.by-unit-period",
    "audit-doc.column-what": "audit-doc.column-what-period",
}


@dataclass(frozen=True)
class Listed:
    """A quarter the document lists, with its number in the appendix (0: nothing to prove)."""

    unit: UnitAudit
    quarter: QuarterAudit
    number: int


def render_docx(audit: Audit, lang: str = "uk") -> bytes:
    document = Document()
    set_up_page(document.sections[0])
    set_up_styles(document)
    title = heading_lines(audit, lang)[0]
    _paragraph(document, title, bold=True, centred=True, size=Pt(14))
    zone = text(times.zone()[1], lang)
    as_of = text("audit-doc.as-of", lang, {"date": _when(audit.head_time or None), "zone": zone})
    _paragraph(document, as_of, centred=True, space_after=Pt(12))
    listed = _listed(audit)
    _summary(document, [item.quarter for item in listed], lang)
    _problems(document, listed, lang)
    _paragraph(
        document,
        _words("audit-doc.by-unit", listed, lang),
        bold=True,
        space_before=Pt(12),
        space_after=Pt(6),
        keep=True,
    )
    _table(document, listed, audit.year, lang)
    _appendix(document, audit, listed, lang)
    ooxml.set_core_properties(
        document, title=title, author=AUTHOR, when=dt.datetime.fromtimestamp(audit.head_time, dt.UTC)
    )
    ooxml.set_application(document, AUTHOR)
    ooxml.drop_template_leftovers(document)
    return ooxml.save_deterministic(document)


def _listed(audit: Audit) -> list[Listed]:
    """The periods to list (the audit has only those already due), numbered where they have something to prove."""
    listed: list[Listed] = []
    number = 0
    for unit in audit.units:
        for q in unit.quarters:
            proves = q.submitted or bool(q.changes)
            number += proves
            listed.append(Listed(unit, q, number if proves else 0))
    return listed


def _when(moment: dt.datetime | int | None) -> str:
    """ "04.10.2019 10:00" in the audit's time zone, as Ukrainian documents write it."""
    return "?" if moment is None else times.moment(moment).strftime("%d.%m.%Y %H:%M")


def _summary(document: DocumentObject, quarters: Sequence[QuarterAudit], lang: str) -> None:
    _paragraph(document, text("audit-doc.summary-title", lang), bold=True)
    counts = {name: sum(1 for q in quarters if test(q)) for name, test in SUMMARY.items()}
    _paragraph(document, text("audit-doc.summary", lang, counts), justified=True)


def _problems(document: DocumentObject, listed: Sequence[Listed], lang: str) -> None:
    lines = [(item, line) for item in listed for line in _problem_lines(item, lang)]
    if not lines:
        return
    _paragraph(document, text("audit-doc.problems", lang), bold=True, space_before=Pt(12))
    for item, line in lines:
        label = period_label(item.quarter.ref.period, lang, with_year=item.quarter.ref.period.kind != "year")
        _paragraph(document, f"{item.unit.name}, {label}: {line}", justified=True)


def _problem_lines(item: Listed, lang: str) -> list[str]:
    q = item.quarter
    lines = [_tampering(t, item.number, lang) for t in q.tampering]
    if q.deleted:
        lines.append(text("audit-doc.deleted", lang))
    elif q.unamended:
        lines.append(text("audit-doc.unamended", lang))
    return lines


# Each remark of the audit in the document's plain words (the hashes it names are in the appendix).
PLAIN_REMARKS = {
    "audit.tamper-outside-branch": "audit-doc.tamper-outside-branch",
    "audit.tamper-content": "audit-doc.tamper-content",
    "audit.tamper-no-report": "audit-doc.tamper-no-report",
    "audit.tamper-no-commit": "audit-doc.tamper-no-commit",
    "audit.tamper-tag-signature": "audit-doc.tamper-tag-signature",
    "audit.tamper-commit-signature": "audit-doc.tamper-commit-signature",
    "audit.lightweight": "audit-doc.lightweight",
    "audit.no-record": "audit-doc.no-record",
}


def _tampering(remark: Remark, number: int, lang: str) -> str:
    return text("audit-doc.tamper", lang, {"what": _plain(remark, lang), "number": number})


def _note(remark: Remark, lang: str) -> str:
    return _plain(remark, lang)


def _plain(remark: Remark, lang: str) -> str:
    return text(PLAIN_REMARKS.get(remark.code, remark.code), lang, remark.args)


def _table(document: DocumentObject, listed: Sequence[Listed], audit_year: int | None, lang: str) -> None:
    table = document.add_table(rows=0, cols=len(WIDTHS))
    table.style = "Table Grid"
    tbl = table._tbl
    ooxml.fix_table_layout(tbl, WIDTHS)
    header = ooxml.RowFactory(WIDTHS, ["center"] * len(WIDTHS), bold=True)
    units = ooxml.RowFactory([TEXT_WIDTH], [None], bold=True)
    rows = ooxml.RowFactory(WIDTHS, ["center", None, None, None, None])
    top = header.row([_words(code, listed, lang)] for code in COLUMNS)
    ooxml.repeat_as_header(top)
    ooxml.cant_split(top)
    tbl.append(top)
    previous = None
    for item in listed:
        if item.unit is not previous:
            heading = units.spanning_row([item.unit.name], len(WIDTHS))
            ooxml.cant_split(heading)
            ooxml.keep_with_next(heading)
            tbl.append(heading)
            previous = item.unit
        q = item.quarter
        row = rows.row(
            [
                [
                    short_label(q.ref.period)
                    if audit_year is not None
                    else period_label(q.ref.period, lang, with_year=True)
                ],
                _submission_lines(item, lang),
                _signature_lines(q, lang) or [""],
                _change_lines(q, lang) or [""],
                _verdict_lines(item, lang) or [""],
            ]
        )
        ooxml.cant_split(row)
        tbl.append(row)


def _words(code: str, listed: Sequence[Listed], lang: str) -> str:
    """A heading's text, worded for periods when the listed ones are not all quarters."""
    if all(item.quarter.ref.period.is_quarter for item in listed):
        return text(code, lang)
    return text(_PERIOD_WORDING.get(code, code), lang)


def _submission_lines(item: Listed, lang: str) -> list[str]:
    q = item.quarter
    sub = q.submission
    if sub is None:
        return [text("standing.present" if q.present else "standing.missing", lang)]
    return [
        text("audit-doc.submitted", lang, {"date": _when(sub.date), "tagger": _name(sub.tagger or "?")}),
        text("audit-doc.see-appendix", lang, {"number": item.number}),
    ]


def _signature_lines(q: QuarterAudit, lang: str) -> list[str]:
    if q.submission is None:
        return []
    return [
        text("audit-doc.tag-signature", lang, {"state": signature_words(q.tag_signature, lang)}),
        text("audit-doc.commit-signature", lang, {"state": signature_words(q.commit_signature, lang)}),
    ]


def _change_lines(q: QuarterAudit, lang: str) -> list[str]:
    lines: list[str] = []
    for change in q.changes:
        lines.append(
            text(
                "audit-doc.change",
                lang,
                {
                    "date": _when(change.time),
                    "author": _name(change.author),
                    "subject": change.subject,
                    "signature": signature_words(change.signature, lang),
                },
            )
        )
        lines += [_amendment(a.reason, a.by, a.date, lang) for a in change.amendments]
        lines += _change_remarks(change, lang)
    if not q.changes and q.changed and not q.deleted:
        lines.append(text("audit-doc.changed-elsewhere", lang))
        lines += [_amendment(a.reason, a.by, a.date, lang) for a in q.amendments]
    return lines


def _amendment(reason: str, by: str, date: str, lang: str) -> str:
    return text("audit.change-amendment", lang, {"reason": reason, "by": by, "date": date})


def _change_remarks(change: ChangeAfter, lang: str) -> list[str]:
    if change.deleted:
        return [text("audit.change-deleted", lang)]
    if change.unamended:
        return [text("audit-doc.change-unamended", lang)]
    if change.content_changed and not change.amendments:
        return [text("audit-doc.change-amended-later", lang)]
    if not change.content_changed and not change.amendments:
        return [text("audit.change-format-only", lang)]
    return []


def _verdict_lines(item: Listed, lang: str) -> list[str]:
    q = item.quarter
    lines = _problem_lines(item, lang) + [_note(n, lang) for n in q.notes]
    if q.submitted and not lines:
        lines.append(text("audit.clean", lang))
    return lines


def _name(author: str) -> str:
    """ "Ірина Коваль <i.koval@…>" -> "Ірина Коваль": the address is in the appendix's commit."""
    return author.split(" <", 1)[0]


def _appendix(document: DocumentObject, audit: Audit, listed: Sequence[Listed], lang: str) -> None:
    numbered = [item for item in listed if item.number]
    _paragraph(document, text("audit-doc.appendix", lang), bold=True, space_before=Pt(18), keep=True)
    head = text("audit-doc.appendix-head", lang, {"branch": audit.branch, "commit": audit.head})
    _paragraph(document, head, space_after=Pt(6), keep=bool(numbered))
    if not numbered:
        return
    table = document.add_table(rows=0, cols=len(APPENDIX_WIDTHS))
    table.style = "Table Grid"
    tbl = table._tbl
    ooxml.fix_table_layout(tbl, APPENDIX_WIDTHS)
    header = ooxml.RowFactory(APPENDIX_WIDTHS, ["center"] * len(APPENDIX_WIDTHS), bold=True)
    rows = ooxml.RowFactory(APPENDIX_WIDTHS, ["center", None, None, None])
    top = header.row([_words(code, listed, lang)] for code in APPENDIX_COLUMNS)
    ooxml.repeat_as_header(top)
    ooxml.cant_split(top)
    tbl.append(top)
    for item in numbered:
        q = item.quarter
        label = period_label(q.ref.period, lang, with_year=q.ref.period.kind != "year")
        ids = _ids(q, lang)
        details = [text(t.code, lang, t.args) for t in (*q.tampering, *q.notes)]
        row = rows.row([[str(item.number)], [item.unit.name, label, q.ref.path], ids, details or [""]])
        ooxml.cant_split(row)
        tbl.append(row)


def _ids(q: QuarterAudit, lang: str) -> list[str]:
    sub = q.submission
    lines = []
    if sub is not None:
        lines.append(
            text("audit-doc.ids", lang, {"tag": sub.tag, "commit": sub.commit or "?", "blob": sub.blob or "?"})
        )
    lines += [
        text("audit-doc.change-id", lang, {"date": _when(change.time), "commit": change.commit[:_HASH]})
        for change in q.changes
    ]
    return lines


def _paragraph(
    document: DocumentObject,
    words: str,
    *,
    bold: bool = False,
    centred: bool = False,
    justified: bool = False,
    keep: bool = False,
    size: Length | None = None,
    space_before: Length | None = None,
    space_after: Length | None = None,
) -> None:
    paragraph = document.add_paragraph()
    if centred:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif justified:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if space_before is not None:
        paragraph.paragraph_format.space_before = space_before
    if space_after is not None:
        paragraph.paragraph_format.space_after = space_after
    if keep:
        paragraph.paragraph_format.keep_with_next = True
    run = paragraph.add_run(ooxml.xml_text(words))
    run.bold = bold or None
    if size is not None:
        run.font.size = size
