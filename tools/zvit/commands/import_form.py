"""`zvit import FILE.docx`: a filled-in legacy Word form into reports/<unit>/<year>-q<N>.yaml.

Every row or cell that is not imported is listed with its table and row; the
report is written only when everything was recognised, or with `--partial`.
"""

from __future__ import annotations

import argparse
import os
from typing import TYPE_CHECKING, Any

from zvit.check.form_import import Form, Imported, Problem, form_period, match_form, read_form
from zvit.check.repository import Repository
from zvit.commands._args import add_period, add_unit, current_programme, period_of, unit_id
from zvit.core.errors import ZvitError
from zvit.core.messages import os_reason, text
from zvit.core.writing import write_atomic
from zvit.load.files import NotRegularFile, read_file
from zvit.load.source import WorkTree
from zvit.load.yamledit import render
from zvit.model.form_layout import REPORT_FIELDS, FormLayout
from zvit.model.objects import Programme, ReportRef, Signatory
from zvit.model.report_template import report_document

if TYPE_CHECKING:
    from zvit.cli import Context

MAX_DOCX_BYTES = 50 * 1024 * 1024


def register(sub: argparse._SubParsersAction, name: str, lang: str) -> None:
    parser = sub.add_parser(
        name,
        help=text("cli.help.import", lang),
        description=text("cli.about.import", lang),
    )
    parser.add_argument("file", metavar=text("cli.metavar.docx-file", lang), help=text("cli.option.import.file", lang))
    add_unit(parser, lang, required=True)
    add_period(parser, lang)
    parser.add_argument("--force", action="store_true", help=text("cli.option.import.force", lang))
    parser.add_argument(
        "--partial",
        action="store_true",
        help=text("cli.option.import.partial", lang),
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    programme = current_programme(Repository(WorkTree(ctx.root)))
    ref = ReportRef(unit_id(args.unit, programme), period_of(args, programme, inside=True))
    layout = programme.form.layout
    if not any(layout.column(field) is not None for field in REPORT_FIELDS):
        raise ZvitError("import.no-report-columns", layout=layout.name)
    target = os.path.join(ctx.root, ref.path)
    if os.path.exists(target) and not args.force:
        raise ZvitError("import.exists", path=ref.path)
    form = read_form(_read(args.file))
    result = match_form(form, programme)
    found = form_period(form)
    if found is not None and found != ref.period:
        said: dict[str, object]
        if found.is_quarter and ref.period.is_quarter:
            said = {"found_quarter": found.number, "found_year": found.year, "quarter": ref.quarter, "year": ref.year}
            result.problems.append(Problem("import.heading-mismatch", args=said))
        else:
            said = {"found": found.phrase, "period": ref.period.phrase}
            result.problems.append(Problem("import.heading-mismatch-period", args=said))
    other = _other_units_name(form, programme, ref.unit)
    if other is not None:
        said = {"found": other, "unit": ref.unit, "name": programme.units[ref.unit].name_on(ref.period.end)}
        result.problems.append(Problem("import.heading-mismatch-unit", args=said))
    if form.revisions:
        result.problems.append(Problem("import.tracked-changes", args={"count": form.revisions}, notice=True))
    if programme.form.layout.column("status") is not None:
        for measure in programme.measures_of(ref.unit, ref.period):
            if measure.id not in result.statuses:
                result.problems.append(Problem("import.missing-measure", args={"id": measure.id}))
    for problem in result.problems:
        ctx.out.write(f"{args.file}: {_worded(problem, ctx.lang)}\n")
    failures = sum(1 for p in result.problems if not p.notice)
    ctx.say("import.summary", matched=len(result.statuses), problems=failures, notices=len(result.problems) - failures)
    if failures and not args.partial:
        ctx.err.write(f"zvit: {text('import.not-written', ctx.lang)}\n")
        return 1
    kept = _unprinted(Repository(WorkTree(ctx.root)), ref, layout) if os.path.exists(target) else {}
    statuses = _report_statuses(programme, ref.unit, result, kept)
    signatory = Signatory(*result.signatory) if result.signatory else None
    data, comments = report_document(programme, ref, statuses, signatory, result.date)
    write_atomic(target, render(data, comments).encode("utf-8"), root=ctx.root)
    ctx.say("import.written", path=ref.path, statuses=len(statuses))
    return 1 if failures else 0


def _other_units_name(form: Form, programme: Programme, unit: str) -> str | None:
    """The name of another unit that the form's heading gives, when it gives none of `unit`'s names."""
    names = {uid: {u.name, *(r.name for r in u.renamed)} for uid, u in programme.units.items()}
    heading = [" ".join(line.split()) for line in form.before]
    if any(line in names[unit] for line in heading):
        return None
    return next((line for line in heading for uid in names if uid != unit and line in names[uid]), None)


def _read(path: str) -> bytes:
    try:
        content = read_file(path, MAX_DOCX_BYTES + 1)
    except FileNotFoundError:
        raise ZvitError("import.file-missing", path=path) from None
    except NotRegularFile:
        raise ZvitError("import.not-regular", path=path) from None
    except OSError as exc:
        raise ZvitError("file.unreadable", reason=os_reason(exc)) from None
    if len(content) > MAX_DOCX_BYTES:
        raise ZvitError("file.too-large", limit_mb=MAX_DOCX_BYTES // (1024 * 1024))
    return content


def _unprinted(repository: Repository, ref: ReportRef, layout: FormLayout) -> dict[str, dict[str, str]]:
    """The state and actual date the report already gives where the layout has no column for them.

    The form cannot carry them, so a report replaced from it keeps them rather than losing them.
    """
    fields = [name for name in ("state", "done") if layout.column(name) is None]
    try:
        _, report = repository.load_report(ref)
    except ZvitError:
        return {}
    kept: dict[str, dict[str, str]] = {}
    for mid, status in report.statuses.items():
        values = {name: getattr(status, name) for name in fields if getattr(status, name) is not None}
        if values:
            kept[mid] = values
    return kept


def _report_statuses(
    programme: Programme, unit: str, result: Imported, kept: dict[str, dict[str, str]]
) -> dict[str, Any]:
    """The unit's measures as the form has them (an empty cell stays ""), others only when filled.

    A status with a state or an actual date (from a layout that prints them, or `kept` from the
    report the form replaces) is written as a mapping.
    """
    own = {m.id for m in programme.measures_of(unit)}
    statuses: dict[str, Any] = {}
    for mid, status in result.statuses.items():
        found_here = (("state", result.states), ("done", result.done))
        extra = {**kept.get(mid, {}), **{key: found[mid] for key, found in found_here if mid in found}}
        if mid not in own and not status.strip() and not extra:
            continue
        statuses[mid] = {"text": status, **extra} if extra else status
    return statuses


def _worded(problem: Problem, lang: str) -> str:
    where = text("import.where", lang, {"table": problem.table, "row": problem.row}) if problem.table else ""
    return where + text(problem.code, lang, problem.args)
