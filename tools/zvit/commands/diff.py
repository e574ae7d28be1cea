"""`zvit diff`: what changed in a unit's report, measure by measure, in words.

Two quarters (`--from 2 --to 3`) or one quarter at two revisions (`--quarter 3
--from-rev jkg/2019-q3 [--to-rev HEAD]`; without `--to-rev`, the work tree).
Revisions are read from git objects; the work tree is never touched.
"""

from __future__ import annotations

import argparse
import json
import os
from typing import TYPE_CHECKING

from zvit.check.comparison import Comparison, compare_quarters, compare_revisions
from zvit.check.repository import Repository
from zvit.commands._args import current_programme, quarter_number, unit_id
from zvit.core.errors import ZvitError
from zvit.core.writing import write_atomic
from zvit.load.source import AtRevision, Source, WorkTree
from zvit.model.objects import ReportRef
from zvit.render.diff_text import diff_data, write_diff_markdown, write_diff_text

if TYPE_CHECKING:
    from zvit.cli import Context

FORMATS = ("text", "json", "markdown", "docx")


def register(sub: argparse._SubParsersAction, name: str) -> None:
    parser = sub.add_parser(
        name,
        help="зміни у звіті між кварталами або ревізіями, по заходах",
        description="Порівнює звіт підрозділу з попереднім кварталом або з іншою "
        "ревізією git: що змінено, заповнено, очищено — по заходах, до слова.",
    )
    parser.add_argument("--unit", help="ідентифікатор підрозділу, наприклад jkg")
    parser.add_argument("--year", type=int, help="рік (типово: рік програми)")
    parser.add_argument("--from", dest="from_quarter", metavar="КВАРТАЛ", help="попередній квартал, 1–4")
    parser.add_argument("--to", dest="to_quarter", metavar="КВАРТАЛ", help="новіший квартал, 1–4")
    parser.add_argument("--rev", help="з --from/--to: обидва звіти такими, якими вони були в цій ревізії")
    parser.add_argument("--quarter", help="квартал звіту, який порівнюємо між ревізіями")
    parser.add_argument("--from-rev", help="давніша ревізія (коміт, гілка, тег jkg/2019-q3)")
    parser.add_argument("--to-rev", help="новіша ревізія (типово: робоча копія)")
    parser.add_argument("--format", choices=FORMATS, default="text", help="вигляд результату")
    parser.add_argument("--all", action="store_true", help="показати й заходи без змін")
    parser.add_argument("--out", help="з --format docx: куди записати (типово build/<звіт>-changes.docx)")
    parser.add_argument(
        "--color", choices=("auto", "always", "never"), default="auto", help="кольори (типово: лише в терміналі)"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    if args.from_quarter and args.to_quarter:
        comparison = quarters(
            ctx.root,
            args.unit,
            args.year,
            quarter_number(args.from_quarter),
            quarter_number(args.to_quarter),
            args.rev,
            attribute_words=args.format == "docx",
        )
    elif args.quarter and args.from_rev:
        comparison = revisions(
            ctx.root,
            args.unit,
            args.year,
            quarter_number(args.quarter),
            args.from_rev,
            args.to_rev,
            attribute_words=args.format == "docx",
        )
    else:
        raise ZvitError("diff.need-periods")
    if args.format == "docx":
        out = args.out or os.path.join(ctx.root, "build", comparison.report.ref.name + "-changes.docx")
        write_atomic(out, tracked_docx(comparison, ctx.lang))
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
        programme, report, programme.units[report.unit], comparison.diff, comparison.attributions, lang
    )


def use_colour(choice: str, ctx: Context) -> bool:
    if choice != "auto":
        return choice == "always"
    isatty = getattr(ctx.out, "isatty", None)
    return bool(isatty and isatty()) and not os.environ.get("NO_COLOR")


def quarters(
    root: str,
    unit: str | None,
    year: int | None,
    old_quarter: int,
    new_quarter: int,
    rev: str | None,
    *,
    attribute_words: bool,
) -> Comparison:
    """A unit's report for `new_quarter` against its report for `old_quarter` (the service: check.comparison)."""
    source: Source = AtRevision(root, rev) if rev else WorkTree(root)
    repository = Repository(source)
    programme = current_programme(repository)
    unit = unit_id(unit, programme)
    year = year or programme.year
    old_ref, new_ref = ReportRef(unit, year, old_quarter), ReportRef(unit, year, new_quarter)
    return compare_quarters(repository, old_ref, new_ref, rev, attribute_words=attribute_words)


def revisions(
    root: str,
    unit: str | None,
    year: int | None,
    quarter: int,
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
    ref = ReportRef(unit_id(unit, programme), year or programme.year, quarter)
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
