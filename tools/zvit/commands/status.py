"""`zvit status`: who has reported what for a quarter (text, JSON or an HTML grid)."""

from __future__ import annotations

import argparse
import os
from typing import TYPE_CHECKING

from zvit.check.overview import period_overview
from zvit.check.repository import Repository
from zvit.check.submission_check import submitted_units
from zvit.commands._args import add_period, current_programme, output_file, period_of
from zvit.core.messages import text
from zvit.core.writing import write_atomic
from zvit.load.source import WorkTree
from zvit.render.overview_html import render_html
from zvit.render.overview_text import render_json, render_text

if TYPE_CHECKING:
    from zvit.cli import Context

FORMATS = ("text", "json", "html")


def register(sub: argparse._SubParsersAction, name: str, lang: str) -> None:
    parser = sub.add_parser(
        name,
        help=text("cli.help.status", lang),
        description=text("cli.about.status", lang),
    )
    add_period(parser, lang)
    parser.add_argument("--format", choices=FORMATS, default="text", help=text("cli.option.format", lang))
    parser.add_argument("--out", help=text("cli.option.status.out", lang))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    tree = WorkTree(ctx.root)
    validator = Repository(tree)
    programme = current_programme(validator)
    period = period_of(args, programme, within=True)
    reports = validator.period_reports(period)
    overview = period_overview(programme, period, reports, submitted_units(tree, period))
    if args.format == "html":
        default = os.path.join(ctx.root, "build", f"status-{period.stem}.html")
        out = output_file(args.out, default, ctx.root, ".html")
        write_atomic(out, render_html(overview, ctx.lang).encode("utf-8"), root=ctx.root)
        ctx.say("cli.written", path=os.path.relpath(out))
        return 0
    content = render_json(overview) if args.format == "json" else render_text(overview, ctx.lang)
    if args.out:
        write_atomic(output_file(args.out, "", ctx.root, None), content.encode("utf-8"), root=ctx.root)
        ctx.say("cli.written", path=os.path.relpath(args.out))
    else:
        ctx.out.write(content)
    return 0
