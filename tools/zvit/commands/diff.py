"""`zvit diff`: what changed in a unit's report, measure by measure, in words.

Two periods (`--from 2 --to 3`, quarters of one year, or `--from 2021-h2 --to
2022-h1`, across years) or one period at two revisions (`--quarter 3` or
`--period 2022-h1` with `--from-rev jkg/2019-q3 [--to-rev HEAD]`; without
`--to-rev`, the work tree).
Revisions are read from git objects; the work tree is never touched.
"""

from __future__ import annotations

import argparse
import json
import os
from typing import TYPE_CHECKING

from zvit.check.comparison import Comparison, compare_quarters, compare_revisions
from zvit.check.repository import Repository
from zvit.commands._args import (
    add_period,
    add_unit,
    current_programme,
    output_file,
    period_of,
    period_value,
    unit_id,
    use_colour,
)
from zvit.core.errors import ZvitError
from zvit.core.messages import text
from zvit.core.writing import write_atomic
from zvit.load.source import AtRevision, Source, WorkTree
from zvit.model.objects import Programme, ReportRef
from zvit.model.period import Period
from zvit.render.diff_text import diff_data, write_diff_markdown, write_diff_text

if TYPE_CHECKING:
    from zvit.cli import Context

FORMATS = ("text", "json", "markdown", "docx")


def register(sub: argparse._SubParsersAction, name: str, lang: str) -> None:
    parser = sub.add_parser(
        name,
        help=text("cli.help.diff", lang),
        description=text("cli.about.diff", lang),
    )
    add_unit(parser, lang)
    add_period(parser, lang, compared=True)
    parser.add_argument(
        "--from", dest="from_quarter", metavar=text("cli.metavar.period", lang), help=text("cli.option.diff.from", lang)
    )
    parser.add_argument(
        "--to", dest="to_quarter", metavar=text("cli.metavar.period", lang), help=text("cli.option.diff.to", lang)
    )
    parser.add_argument("--rev", help=text("cli.option.diff.rev", lang))
    parser.add_argument("--from-rev", help=text("cli.option.diff.from-rev", lang))
    parser.add_argument("--to-rev", help=text("cli.option.diff.to-rev", lang))
    parser.add_argument("--format", choices=FORMATS, default="text", help=text("cli.option.format", lang))
    parser.add_argument("--all", action="store_true", help=text("cli.option.diff.all", lang))
    parser.add_argument("--out", help=text("cli.option.diff.out", lang))
    parser.add_argument(
        "--color", choices=("auto", "always", "never"), default="auto", help=text("cli.option.color", lang)
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    if args.from_quarter and args.to_quarter:
        comparison = periods(
            ctx.root,
            args.unit,
            args.year,
            args.from_quarter,
            args.to_quarter,
            args.rev,
            attribute_words=args.format == "docx",
        )
    elif (args.quarter or args.period) and args.from_rev:
        comparison = revisions(
            ctx.root,
            args,
            args.from_rev,
            args.to_rev,
            attribute_words=args.format == "docx",
        )
    else:
        raise ZvitError("diff.need-periods")
    if args.format == "docx":
        default = os.path.join(ctx.root, "build", comparison.report.ref.name + "-changes.docx")
        out = output_file(args.out, default, ctx.root, ".docx")
        write_atomic(out, tracked_docx(comparison, ctx.lang), root=ctx.root)
        ctx.say("cli.written", path=os.path.relpath(out))
        return 0
    write(comparison, args.format, ctx, show_all=args.all, colour=use_colour(args.color, ctx))
    return 0


def write(comparison: Comparison, fmt: str, ctx: Context, *, show_all: bool, colour: bool) -> None:
    diff, old, new = comparison.diff, comparison.old, comparison.new
    if fmt == "json":
        json.dump(diff_data(diff, old, new, show_all=show_all), ctx.out, ensure_ascii=False, indent=2)
        ctx.out.write("\n")
    elif fmt == "markdown":
        write_diff_markdown(diff, old, new, ctx.out, ctx.lang, show_all=show_all)
    else:
        write_diff_text(diff, old, new, ctx.out, ctx.lang, colour=colour, show_all=show_all)


def tracked_docx(comparison: Comparison, lang: str) -> bytes:
    from zvit.render.diff_docx import render_tracked  # python-docx loads only when a form is written

    programme, report = comparison.programme, comparison.report
    return render_tracked(
        programme,
        report,
        programme.units[report.unit],
        comparison.diff,
        comparison.attributions,
        lang,
        old=comparison.old_report,
    )


def periods(
    root: str,
    unit: str | None,
    year: int | None,
    old: str,
    new: str,
    rev: str | None,
    *,
    attribute_words: bool,
) -> Comparison:
    """A unit's report for the period `new` against its report for `old` (quarter numbers or period stems)."""
    source: Source = AtRevision(root, rev) if rev else WorkTree(root)
    repository = Repository(source)
    programme = current_programme(repository)
    unit = unit_id(unit, programme)
    old_period, new_period = _period(old, year, programme), _period(new, year, programme)
    old_ref, new_ref = ReportRef(unit, old_period), ReportRef(unit, new_period)
    return compare_quarters(repository, old_ref, new_ref, rev, attribute_words=attribute_words)


def _period(value: str, year: int | None, programme: Programme) -> Period:
    """`--from`/`--to`: a quarter number of `--year`, or a whole period ("2021-h2")."""
    found = period_value(value, None, year if value in ("1", "2", "3", "4") else None, programme)
    assert found is not None
    return found


def revisions(
    root: str,
    args: argparse.Namespace,
    from_rev: str,
    to_rev: str | None,
    *,
    attribute_words: bool,
) -> Comparison:
    """One report at `from_rev` against `to_rev` (None: the work tree)."""
    old_source = AtRevision(root, from_rev)
    new_source: Source = AtRevision(root, to_rev) if to_rev else WorkTree(root)
    new_repository = Repository(new_source)
    programme = current_programme(new_repository)
    ref = ReportRef(unit_id(args.unit, programme), period_of(args, programme))
    return compare_revisions(
        root,
        ref,
        old_source,
        new_source,
        from_rev,
        to_rev,
        attribute_words=attribute_words,
        new_repository=new_repository,
    )
