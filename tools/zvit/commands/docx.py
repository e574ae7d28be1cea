"""`zvit docx`: the official form as a Word file, from the work tree or a past revision."""

from __future__ import annotations

import argparse
import os
from typing import TYPE_CHECKING

from zvit.check.repository import Repository
from zvit.commands._args import add_period, add_unit, no_reports, output_file, period_of, unit_id
from zvit.core.errors import ZvitError
from zvit.core.messages import text
from zvit.core.writing import write_atomic
from zvit.load.source import AtRevision, Source, WorkTree
from zvit.model.objects import ReportRef
from zvit.render.form_docx import render_form

if TYPE_CHECKING:
    from zvit.cli import Context


def register(sub: argparse._SubParsersAction, name: str, lang: str) -> None:
    parser = sub.add_parser(
        name,
        help=text("cli.help.docx-form", lang),
        description=text("cli.about.docx-form", lang),
    )
    add_unit(parser, lang)
    parser.add_argument("--all", action="store_true", help=text("cli.option.docx.all", lang))
    add_period(parser, lang)
    parser.add_argument("--rev", help=text("cli.option.docx.rev", lang))
    parser.add_argument("--out", help=text("cli.option.docx.out", lang))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    source: Source = AtRevision(ctx.root, args.rev) if args.rev else WorkTree(ctx.root)
    validator = Repository(source)
    current, findings = validator.current_programme()
    if current is None and args.year is None and args.period is None:
        raise ZvitError("cli.invalid-data", findings=findings)
    period = period_of(args, current)
    if args.all:
        refs = [
            ref
            for path in source.report_paths()
            for ref in [ReportRef.from_path(path)]
            if ref and ref.path == path and ref.period == period
        ]
        if not refs:
            raise no_reports(period)
        for ref in refs:
            _render(validator, ref, os.path.join(ctx.root, "build", ref.name + ".docx"), ctx)
        return 0
    unit = unit_id(args.unit, current)
    ref = ReportRef(unit, period)
    out = output_file(args.out, os.path.join(ctx.root, "build", ref.name + ".docx"), ctx.root, ".docx")
    _render(validator, ref, out, ctx)
    return 0


def _render(validator: Repository, ref: ReportRef, out: str, ctx: Context) -> None:
    programme, report = validator.load_report(ref)
    content = render_form(programme, report, programme.units[report.unit])
    write_atomic(out, content, root=ctx.root)
    ctx.say("cli.written", path=os.path.relpath(out))
