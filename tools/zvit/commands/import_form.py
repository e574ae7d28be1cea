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
from zvit.core.messages import text
from zvit.core.writing import write_atomic
from zvit.load.files import NotRegularFile, read_file
from zvit.load.source import WorkTree
from zvit.load.yamledit import render
from zvit.model.objects import Programme, ReportRef, Signatory
from zvit.model.report_template import report_document

if TYPE_CHECKING:
    from zvit.cli import Context

MAX_DOCX_BYTES = 50 * 1024 * 1024


def register(sub: argparse._SubParsersAction, name: str) -> None:
    parser = sub.add_parser(
        name,
        help="імпортувати заповнену форму Word у звіт YAML",
        description="Читає заповнену форму звіту (DOCX) і записує reports/<підрозділ>/"
        "<рік>-q<квартал>.yaml; усе, що не вдалося впізнати, перелічує.",
    )
    parser.add_argument("file", metavar="ФАЙЛ.docx", help="заповнена форма Word")
    add_unit(parser, required=True)
    add_period(parser)
    parser.add_argument("--force", action="store_true", help="замінити наявний звіт")
    parser.add_argument(
        "--partial",
        action="store_true",
        help="записати впізнане, навіть якщо частину форми не імпортовано (код виходу однаково 1)",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    programme = current_programme(Repository(WorkTree(ctx.root)))
    ref = ReportRef(unit_id(args.unit, programme), period_of(args, programme, inside=True))
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
    named = _heading_units(form, programme)
    if named and ref.unit not in named:
        said = {"found": named[0], "name": programme.units[named[0]].name, "unit": ref.unit}
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
    statuses = _report_statuses(programme, ref.unit, result)
    signatory = Signatory(*result.signatory) if result.signatory else None
    data, comments = report_document(programme, ref, statuses, signatory, result.date)
    write_atomic(target, render(data, comments).encode("utf-8"), root=ctx.root)
    ctx.say("import.written", path=ref.path, statuses=len(statuses))
    return 1 if failures else 0


def _heading_units(form: Form, programme: Programme) -> list[str]:
    """The units whose name (or printed name) is a paragraph of the form's heading, spacing aside."""
    heading = {" ".join(paragraph.split()) for paragraph in form.before}
    return [
        uid
        for uid, unit in programme.units.items()
        if {" ".join(unit.name.split()), " ".join(unit.printed.split())} & heading
    ]


def _read(path: str) -> bytes:
    try:
        content = read_file(path, MAX_DOCX_BYTES + 1)
    except FileNotFoundError:
        raise ZvitError("import.file-missing", path=path) from None
    except NotRegularFile:
        raise ZvitError("import.not-regular", path=path) from None
    except OSError as exc:
        raise ZvitError("file.unreadable", reason=exc.strerror or str(exc)) from None
    if len(content) > MAX_DOCX_BYTES:
        raise ZvitError("file.too-large", limit_mb=MAX_DOCX_BYTES // (1024 * 1024))
    return content


def _report_statuses(programme: Programme, unit: str, result: Imported) -> dict[str, Any]:
    """The unit's measures as the form has them (an empty cell stays ""), others only when filled.

    A status with a state or an actual date (from a layout that prints them) is written as a mapping.
    """
    own = {m.id for m in programme.measures_of(unit)}
    statuses: dict[str, Any] = {}
    for mid, status in result.statuses.items():
        extra = {key: found[mid] for key, found in (("state", result.states), ("done", result.done)) if mid in found}
        if mid not in own and not status.strip() and not extra:
            continue
        statuses[mid] = {"text": status, **extra} if extra else status
    return statuses


def _worded(problem: Problem, lang: str) -> str:
    where = text("import.where", lang, {"table": problem.table, "row": problem.row}) if problem.table else ""
    return where + text(problem.code, lang, problem.args)
