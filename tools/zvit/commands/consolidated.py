"""`zvit consolidated`: one Word document with every unit's statuses for a quarter."""

from __future__ import annotations

import argparse
import os
from typing import TYPE_CHECKING

from zvit.check.overview import Rejected, build_overview
from zvit.check.validate import Validator
from zvit.commands._args import current_programme, output_file, quarter_number
from zvit.core.errors import ZvitError
from zvit.core.messages import text
from zvit.core.writing import write_atomic
from zvit.load.source import WorkTree
from zvit.model.objects import Report
from zvit.render.consolidated_docx import render_consolidated

if TYPE_CHECKING:
    from zvit.cli import Context


def register(sub: argparse._SubParsersAction, name: str) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser(
        name,
        help="зведена інформація за квартал (DOCX)",
        description="Створює зведену інформацію про виконання програми за квартал: "
        "таблиця програми зі станом виконання від усіх підрозділів.",
    )
    parser.add_argument("--quarter", required=True, help="квартал, 1–4")
    parser.add_argument("--year", type=int, help="рік (типово: рік програми)")
    parser.add_argument("--out", help="куди записати (типово build/consolidated-<рік>-q<квартал>.docx)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    quarter = quarter_number(args.quarter)
    validator = Validator(WorkTree(ctx.root))
    programme = current_programme(validator)
    year = args.year or programme.year
    submissions = validator.quarter_reports(year, quarter)
    if not submissions:
        raise ZvitError("cli.no-reports-for-quarter", quarter=quarter, year=year)
    reports = [s for s in submissions.values() if isinstance(s, Report)]
    for rejected in sorted((s for s in submissions.values() if isinstance(s, Rejected)), key=lambda r: r.path):
        message = text("consolidated.left-out", ctx.lang, {"path": rejected.path, "errors": rejected.errors})
        ctx.err.write(f"zvit: {message}\n")
    if not reports:
        raise ZvitError("consolidated.nothing-valid", quarter=quarter, year=year)
    overview = build_overview(programme, year, quarter, submissions)
    missing = overview.with_submission("not-submitted")
    included = overview.with_submission("submitted")
    ctx.say("consolidated.included", count=len(included), units=", ".join(row.unit.id for row in included))
    if missing:
        ctx.say("consolidated.missing", count=len(missing), units=", ".join(row.unit.id for row in missing))
    out = output_file(
        args.out, os.path.join(ctx.root, "build", f"consolidated-{year}-q{quarter}.docx"), ctx.root, ".docx"
    )
    write_atomic(out, render_consolidated(programme, reports, year, quarter), root=ctx.root)
    ctx.say("cli.written", path=os.path.relpath(out))
    return 0
