"""The audit in words: terminal text and JSON, and the lines the DOCX table reuses.

Pure: an `Audit` in, text out. Times are shown in Kyiv time (the administration's),
falling back to UTC where the system has no time zone data.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from zvit.check.audit_result import SUMMARY, Audit, ChangeAfter, QuarterAudit, Remark
from zvit.core import times
from zvit.core.messages import text
from zvit.load.signature_check import SignatureCheck
from zvit.model.objects import ROMAN_QUARTERS
from zvit.model.period import Period


def when(moment: datetime | int | None) -> str:
    """ "2019-10-04 10:00" in Kyiv time; "?" when unknown."""
    return times.for_people(moment)


def signature_words(check: SignatureCheck, lang: str) -> str:
    words = text(f"audit.signature-{check.state}", lang, {"signer": check.signer, "detail": check.detail})
    return words.replace(" ()", "")


def submission_lines(q: QuarterAudit, lang: str) -> list[str]:
    sub = q.submission
    if sub is None:
        return [text("standing.present" if q.present else "standing.missing", lang)]
    return [
        text("audit.submitted", lang, {"date": when(sub.date), "tagger": sub.tagger or "?"}),
        text("audit.submitted-where", lang, {"tag": sub.tag, "commit": (sub.commit or "?")[:10]}),
    ]


def signature_lines(q: QuarterAudit, lang: str) -> list[str]:
    if q.submission is None:
        return []
    return [
        text("audit.tag-signature", lang, {"state": signature_words(q.tag_signature, lang)}),
        text("audit.commit-signature", lang, {"state": signature_words(q.commit_signature, lang)}),
    ]


def change_lines(change: ChangeAfter, lang: str) -> list[str]:
    lines = [
        text(
            "audit.change",
            lang,
            {
                "date": when(change.time),
                "author": change.author,
                "commit": change.commit[:10],
                "subject": change.subject,
                "signature": signature_words(change.signature, lang),
            },
        )
    ]
    lines += [
        text("audit.change-amendment", lang, {"reason": a.reason, "by": a.by, "date": a.date})
        for a in change.amendments
    ]
    if change.deleted:
        lines.append(text("audit.change-deleted", lang))
    if change.unamended:
        lines.append(text("audit.change-unamended", lang))
    elif change.content_changed and not change.amendments:
        lines.append(text("audit.change-amended-later", lang))
    elif not change.content_changed and not change.amendments and not change.deleted:
        lines.append(text("audit.change-format-only", lang))
    return lines


def changed_lines(q: QuarterAudit, lang: str) -> list[str]:
    """Each change after submission; or, when none is in the branch's history, what differs."""
    if q.changes:
        return [line for change in q.changes for line in change_lines(change, lang)]
    if not q.changed or q.deleted:
        return []
    return [
        text("audit.changed-elsewhere", lang),
        *(text("audit.change-amendment", lang, {"reason": a.reason, "by": a.by, "date": a.date}) for a in q.amendments),
    ]


def remark(item: Remark, lang: str) -> str:
    return text(item.code, lang, item.args)


def problem_lines(q: QuarterAudit, lang: str) -> list[str]:
    """Tampering, and a submitted report changed (or deleted) with nothing on the record."""
    lines = [remark(t, lang) for t in q.tampering]
    if q.deleted:
        lines.append(text("audit.deleted", lang))
    elif q.unamended:
        lines.append(text("audit.unamended", lang))
    return lines


def note_lines(q: QuarterAudit, lang: str) -> list[str]:
    return [remark(n, lang) for n in q.notes]


def verdict_lines(q: QuarterAudit, lang: str) -> list[str]:
    lines = problem_lines(q, lang) + note_lines(q, lang)
    if q.submitted and not lines:
        lines.append(text("audit.clean", lang))
    return lines


def period_label(period: Period, lang: str, *, with_year: bool = False) -> str:
    """ "ІІІ квартал" in a year's audit; with the year when the audit spans several; "І півріччя", "2022 рік"."""
    if period.kind == "year":
        return text("audit.year-period", lang, {"year": period.year})
    code = "audit.quarter" if period.is_quarter else "audit.half-year"
    label = text(code, lang, {"quarter": ROMAN_QUARTERS[period.number]})
    return f"{label} {period.year}" if with_year else label


def short_label(period: Period) -> str:
    """The audit table's first column: "ІІІ", "І пів.", "2022"."""
    if period.kind == "year":
        return str(period.year)
    return ROMAN_QUARTERS[period.number] + ("" if period.is_quarter else " пів.")


def heading_lines(audit: Audit, lang: str) -> list[str]:
    title = (
        text("audit.title", lang, {"year": audit.year})
        if audit.year is not None
        else text("audit.title-programme", lang, {"programme": audit.programme or ""})
    )
    return [
        title,
        text(
            "audit.branch",
            lang,
            {
                "branch": audit.branch,
                "commit": audit.head[:10],
                "date": when(audit.head_time or None),
                "zone": text(times.zone()[1], lang),
            },
        ),
    ]


def summary_line(audit: Audit, lang: str) -> str:
    return text("audit.summary", lang, {name: audit.count(name) for name in SUMMARY})


def render_text(audit: Audit, lang: str) -> str:
    lines = heading_lines(audit, lang)
    for unit in audit.units:
        lines += ["", f"{unit.id} — {unit.name}"]
        for q in unit.quarters:
            label = period_label(q.ref.period, lang, with_year=audit.year is None)
            head, *rest = submission_lines(q, lang)
            lines.append(f"  {label}: {head}" + (f"; {rest[0]}" if rest else ""))
            lines += [f"    {line}" for line in signature_lines(q, lang)]
            if q.changes:
                lines.append("    " + text("audit.changes", lang, {"count": len(q.changes)}))
                for change in q.changes:
                    first, *more = change_lines(change, lang)
                    lines += [f"      {first}", *(f"        {line}" for line in more)]
            elif q.changed and not q.deleted:
                first, *more = changed_lines(q, lang)
                lines += [f"    {first}", *(f"      {line}" for line in more)]
            lines += [f"    ! {line}" for line in problem_lines(q, lang)]
            lines += [f"    · {line}" for line in note_lines(q, lang)]
    lines += ["", summary_line(audit, lang)]
    return "\n".join(lines) + "\n"


def render_json(audit: Audit, lang: str) -> str:
    return json.dumps(as_data(audit, lang), ensure_ascii=False, indent=2) + "\n"


def as_data(audit: Audit, lang: str) -> dict[str, Any]:
    return {
        "year": audit.year,
        "branch": audit.branch,
        "head": audit.head,
        "units": [
            {"id": unit.id, "name": unit.name, "quarters": [_quarter_data(q, lang) for q in unit.quarters]}
            for unit in audit.units
        ],
        "summary": {name: audit.count(name) for name in SUMMARY},
        "late": [f"{q.ref.unit}/{q.ref.period.stem}" for q in audit.quarters() if q.late],
    }


def _signature_data(check: SignatureCheck) -> dict[str, str]:
    return {"state": check.state, "signer": check.signer, "detail": check.detail}


def _remark_data(item: Remark, lang: str) -> dict[str, str]:
    return {"code": item.code, "message": remark(item, lang)}


def _quarter_data(q: QuarterAudit, lang: str) -> dict[str, Any]:
    sub = q.submission
    return {
        "quarter": q.ref.period.number if q.ref.period.is_quarter else None,
        "period": q.ref.period.stem,
        "due": q.due.isoformat() if q.due else None,
        "late": q.late,
        "path": q.ref.path,
        "present": q.present,
        "submitted": q.submitted,
        "submission": None
        if sub is None
        else {
            "tag": sub.tag,
            "commit": sub.commit,
            "annotated": sub.annotated,
            "tagger": sub.tagger,
            "date": times.for_json(sub.date),
            "blob": sub.blob,
            "recorded_blob": sub.recorded_blob,
            "tag_signature": _signature_data(q.tag_signature),
            "commit_signature": _signature_data(q.commit_signature),
        },
        "changes_after_submission": [
            {
                "commit": c.commit,
                "author": c.author,
                "date": times.for_json(c.time),
                "subject": c.subject,
                "content_changed": c.content_changed,
                "deleted": c.deleted,
                "unamended": c.unamended,
                "amendments": [{"date": a.date, "reason": a.reason, "by": a.by} for a in c.amendments],
                "signature": _signature_data(c.signature),
            }
            for c in q.changes
        ],
        "changed_after_submission": q.changed,
        "changed_without_amendment": q.unamended,
        "deleted_after_submission": q.deleted,
        "tampering": [_remark_data(t, lang) for t in q.tampering],
        "notes": [_remark_data(n, lang) for n in q.notes],
    }
