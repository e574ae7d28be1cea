"""`zvit new`: start a unit's report for a quarter, carrying over last quarter's texts."""

from __future__ import annotations

import argparse
import os
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from zvit.check.repository import Repository
from zvit.commands._args import add_period, add_unit, current_programme, period_of, unit_id
from zvit.core.errors import ZvitError
from zvit.core.messages import text
from zvit.core.writing import write_atomic
from zvit.load.source import WorkTree
from zvit.load.yamledit import render
from zvit.model.objects import Programme, Report, ReportRef
from zvit.model.report_template import report_document

if TYPE_CHECKING:
    from zvit.cli import Context


def register(sub: argparse._SubParsersAction, name: str, lang: str) -> None:
    parser = sub.add_parser(
        name,
        help=text("cli.help.new", lang),
        description=text("cli.about.new", lang),
    )
    add_unit(parser, lang, required=True)
    add_period(parser, lang)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    validator = Repository(WorkTree(ctx.root))
    programme = current_programme(validator)
    ref = ReportRef(unit_id(args.unit, programme), period_of(args, programme, inside=True))
    target = os.path.join(ctx.root, ref.path)
    if os.path.exists(target):
        raise ZvitError("new.exists", path=ref.path)
    previous_ref = previous_report_ref(ref, validator.source.report_paths())
    previous = _previous_report(validator, previous_ref, ctx)
    statuses = carried_over(programme, previous, validator, ref)
    signatory = previous.signatory if previous is not None else None
    data, comments = report_document(programme, ref, statuses, signatory)
    if signatory is not None:
        note = (f"# {text('template.signatory-carried', 'uk', {'previous': previous_ref.path})}",)
        comments = replace(comments, before={**comments.before, ("signatory",): note})
    try:
        write_atomic(target, render(data, comments).encode("utf-8"), root=ctx.root, exclusive=True)
    except FileExistsError:  # written by someone else since the check above
        raise ZvitError("new.exists", path=ref.path) from None
    measures = len(programme.measures_of(ref.unit, ref.period))
    if validator.source.exists(previous_ref.path):
        ctx.say("new.written", path=ref.path, measures=measures, previous=previous_ref.path, carried=len(statuses))
    else:
        ctx.say("new.written-fresh", path=ref.path, measures=measures, previous=previous_ref.path)
    if signatory is not None:
        ctx.say("new.check-signatory", position=signatory.position, name=signatory.name)
    ctx.say("new.next-step" if statuses else "new.next-step-fresh")
    return 0


def previous_quarter(ref: ReportRef) -> ReportRef:
    """The report before `ref`, by its cadence: 2022-h1 follows 2021-h2, 2020-q1 follows 2019-q4."""
    return ReportRef(ref.unit, ref.period.previous())


def previous_report_ref(ref: ReportRef, paths: list[str]) -> ReportRef:
    """The previous period's report; when there is none, the unit's latest report that ends before `ref`'s
    period begins (a quarterly programme followed by a half-yearly one), else the previous period's name."""
    expected = previous_quarter(ref)
    if expected.path in paths:
        return expected
    earlier = [
        found
        for found in (ReportRef.from_path(path) for path in paths)
        if found is not None and found.unit == ref.unit and found.period.end < ref.period.start
    ]
    return max(earlier, key=lambda found: (found.period.end, found.period.start), default=expected)


def _previous_report(validator: Repository, ref: ReportRef, ctx: Context) -> Report | None:
    loaded = validator.source.read(ref.path)
    if loaded is None:
        return None
    report, _ = validator.check_report(ref.path, loaded)
    if report is None:
        ctx.say("new.previous-invalid", path=ref.path)
    return report


def carried_over(
    programme: Programme, previous: Report | None, validator: Repository, ref: ReportRef
) -> dict[str, Any]:
    """Last quarter's filled texts, by measure, marked `carried_over` for the validator.

    Q1 follows Q4 of the previous year, usually under another programme whose
    numbers mean other measures: there a text moves only to the measure with the
    same title.
    """
    if previous is None:
        return {}
    old = validator.programme(previous.programme)
    if old is None:
        return {}
    by_title = {" ".join(m.title.split()): m.id for m in old.measures()}
    statuses: dict[str, Any] = {}
    for measure in programme.measures_of(ref.unit, ref.period):
        old_id = measure.id if old.id == programme.id else by_title.get(" ".join(measure.title.split()))
        status = previous.status(old_id) if old_id else None
        if status is not None and status.is_filled:
            statuses[measure.id] = {"text": status.text, "carried_over": True}
    return statuses
