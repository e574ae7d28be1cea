"""`zvit diff`: what changed in a unit's report, measure by measure, in words.

Two quarters (`--from 2 --to 3`) or one quarter at two revisions (`--quarter 3
--from-rev jkg/2019-q3 [--to-rev HEAD]`; without `--to-rev`, the work tree).
Revisions are read from git objects; the work tree is never touched.
"""

from __future__ import annotations

import argparse
import json
import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from zvit.check import submissions
from zvit.check.compare import Attribution, ReportDiff, compare_reports
from zvit.check.history import attribute
from zvit.check.validate import Validator
from zvit.commands._args import current_programme, output_file, quarter_number, unit_id
from zvit.core.errors import ZvitError
from zvit.core.writing import write_atomic
from zvit.load import git
from zvit.load.source import AtRevision, Source, WorkTree
from zvit.model.objects import Programme, Report, ReportRef
from zvit.render.diff_text import Side, diff_data, write_diff_markdown, write_diff_text

if TYPE_CHECKING:
    from zvit.cli import Context

FORMATS = ("text", "json", "markdown", "docx")


def register(sub: argparse._SubParsersAction, name: str) -> None:  # type: ignore[type-arg]
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


@dataclass(frozen=True)
class Comparison:
    """Everything the renderers need: the diff, its two sides, the new report and who made what."""

    diff: ReportDiff
    old: Side
    new: Side
    programme: Programme
    report: Report
    attributions: Mapping[str, Attribution]


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
    """A unit's report for `new_quarter` against its report for `old_quarter`."""
    source: Source = AtRevision(root, rev) if rev else WorkTree(root)
    validator = Validator(source)
    programme = current_programme(validator)
    unit = unit_id(unit, programme)
    year = year or programme.year
    old_ref, new_ref = ReportRef(unit, year, old_quarter), ReportRef(unit, year, new_quarter)
    old_programme, old_report = validator.load_report(old_ref)
    new_programme, new_report = validator.load_report(new_ref)
    diff = compare_reports(old_programme, old_report, new_programme, new_report)
    commit = source.rev if rev else None
    attributions = _attribute(root, new_ref.path, diff, None, commit or "HEAD") if attribute_words else {}
    return Comparison(
        diff,
        _side(root, old_ref, rev, commit),
        _side(root, new_ref, rev, commit),
        new_programme,
        new_report,
        attributions,
    )


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
    new_validator = Validator(new_source)
    programme = current_programme(new_validator)
    ref = ReportRef(unit_id(unit, programme), year or programme.year, quarter)
    return compare_revisions(
        root,
        ref,
        old_source,
        new_source,
        from_rev,
        to_rev,
        attribute_words=attribute_words,
        new_validator=new_validator,
    )


def compare_revisions(
    root: str,
    ref: ReportRef,
    old_source: AtRevision,
    new_source: Source,
    from_rev: str,
    to_rev: str | None,
    *,
    attribute_words: bool,
    new_validator: Validator | None = None,
) -> Comparison:
    """The report `ref` in `old_source` (absent: every status is new) against `new_source`."""
    new_programme, new_report = (new_validator or Validator(new_source)).load_report(ref)
    if old_source.exists(ref.path):
        old_programme, old_report = Validator(old_source).load_report(ref)
    else:
        old_programme, old_report = None, None
    diff = compare_reports(old_programme, old_report, new_programme, new_report)
    until = new_source.rev if to_rev else "HEAD"
    attributions = _attribute(root, ref.path, diff, old_source.commit, until) if attribute_words else {}
    new_commit = new_source.rev if to_rev else None
    return Comparison(
        diff,
        _side(root, ref, from_rev, old_source.commit),
        _side(root, ref, to_rev, new_commit),
        new_programme,
        new_report,
        attributions,
    )


def _attribute(root: str, path: str, diff: ReportDiff, since: str | None, until: str) -> dict[str, Attribution]:
    """Who made each word, from git; nothing when git cannot tell (no repository, no commits)."""
    if not git.is_repository(root):
        return {}
    try:
        return attribute(root, path, diff, since=since, until=until)
    except ZvitError:
        return {}


def _side(root: str, ref: ReportRef, rev: str | None, commit: str | None) -> Side:
    """How to name one side: its path, the revision as typed, and its submission tag if it is that version."""
    if commit is None:
        return Side(ref.path, None)
    sent = submissions.submission(root, ref)
    tag = None
    if sent is not None and sent.blob is not None:
        here = git.object_ids(root, [f"{commit}:{ref.path}"]).get(f"{commit}:{ref.path}")
        tag = sent.tag if here == sent.blob else None
    return Side(ref.path, rev, tag)
