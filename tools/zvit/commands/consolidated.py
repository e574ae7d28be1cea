"""`zvit consolidated`: one Word document with every unit's statuses for a quarter."""

from __future__ import annotations

import argparse
import os
from typing import TYPE_CHECKING

from zvit.check.overview import READABLE, Rejected, period_overview
from zvit.check.repository import Repository
from zvit.commands._args import add_period, current_programme, no_reports, output_file, period_of
from zvit.core.errors import ZvitError
from zvit.core.messages import text
from zvit.core.writing import write_atomic
from zvit.load.source import WorkTree
from zvit.model.objects import Report
from zvit.render.consolidated_docx import render_consolidated

if TYPE_CHECKING:
    from zvit.cli import Context


def register(sub: argparse._SubParsersAction, name: str, lang: str) -> None:
    parser = sub.add_parser(
        name,
        help=text("cli.help.consolidated", lang),
        description=text("cli.about.consolidated", lang),
    )
    add_period(parser, lang)
    parser.add_argument("--out", help=text("cli.option.consolidated.out", lang))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    validator = Repository(WorkTree(ctx.root))
    programme = current_programme(validator)
    period = period_of(args, programme, within=True)
    submissions = validator.period_reports(period)
    if not submissions:
        raise no_reports(period)
    reports = [s for s in submissions.values() if isinstance(s, Report)]
    for rejected in sorted((s for s in submissions.values() if isinstance(s, Rejected)), key=lambda r: r.path):
        message = text("consolidated.left-out", ctx.lang, {"path": rejected.path, "errors": rejected.errors})
        ctx.err.write(f"zvit: {message}\n")
    if not reports:
        if period.is_quarter:
            raise ZvitError("consolidated.nothing-valid", quarter=period.number, year=period.year)
        raise ZvitError("consolidated.nothing-valid-period", period=period.stem)
    overview = period_overview(programme, period, submissions)
    missing = overview.with_submission("missing")
    included = overview.with_submission(*READABLE)
    ctx.say("consolidated.included", count=len(included), units=", ".join(row.unit.id for row in included))
    if missing:
        ctx.say("consolidated.missing", count=len(missing), units=", ".join(row.unit.id for row in missing))
    default = os.path.join(ctx.root, "build", f"consolidated-{period.stem}.docx")
    out = output_file(args.out, default, ctx.root, ".docx")
    invalid = [row.unit for row in overview.with_submission("invalid")]
    content = render_consolidated(programme, reports, period, [row.unit for row in missing], invalid)
    write_atomic(out, content, root=ctx.root)
    ctx.say("cli.written", path=os.path.relpath(out))
    return 0
