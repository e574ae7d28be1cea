"""`zvit history`: every commit that changed a report (or one measure in it), newest first."""

from __future__ import annotations

import argparse
import difflib
import re
from typing import TYPE_CHECKING

from zvit.check import submissions
from zvit.check.history import history_entries
from zvit.check.history_entries import History
from zvit.check.repository import Repository
from zvit.commands._args import add_period, add_unit, period_of, unit_id, use_colour
from zvit.core.errors import ZvitError
from zvit.core.messages import text
from zvit.load import git
from zvit.load.source import WorkTree
from zvit.model.objects import ReportRef
from zvit.render.diff_text import write_history_json, write_history_text

if TYPE_CHECKING:
    from zvit.cli import Context

MEASURE_ID = re.compile(r"[A-Za-z0-9]+(?:\.[A-Za-z0-9]+)*\Z")


def register(sub: argparse._SubParsersAction, name: str, lang: str) -> None:
    parser = sub.add_parser(
        name,
        help=text("cli.help.history", lang),
        description=text("cli.about.history", lang),
    )
    add_unit(parser, lang)
    add_period(parser, lang)
    parser.add_argument("--measure", help=text("cli.option.history.measure", lang))
    parser.add_argument("--rev", default="HEAD", help=text("cli.option.history.rev", lang))
    parser.add_argument("--format", choices=("text", "json"), default="text", help=text("cli.option.format", lang))
    parser.add_argument(
        "--color", choices=("auto", "always", "never"), default="auto", help=text("cli.option.color", lang)
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    if args.measure is not None and not MEASURE_ID.match(args.measure):
        raise ZvitError("diff.bad-measure", measure=args.measure)
    programme, findings = Repository(WorkTree(ctx.root)).current_programme()
    if programme is None and args.year is None and args.period is None:
        raise ZvitError("cli.invalid-data", findings=findings)
    ref = ReportRef(unit_id(args.unit, programme), period_of(args, programme))
    measures = list(programme.measures()) if programme is not None else []
    if args.measure is not None and measures and programme.measure(args.measure) is None:  # type: ignore[union-attr]
        near = difflib.get_close_matches(args.measure, [m.id for m in measures], n=3, cutoff=0.5)
        raise ZvitError(
            "history.unknown-measure",
            measure=args.measure,
            programme=programme.id,  # type: ignore[union-attr]
            near=", ".join(near) or "—",
        )
    sent = submissions.submission(ctx.root, ref)
    entries = history_entries(
        ctx.root,
        ref.path,
        rev=args.rev,
        measure=args.measure,
        order=[m.id for m in measures],
        titles={m.id: m.title for m in measures},
        submitted={sent.blob: sent.tag} if sent is not None and sent.blob else {},
    )
    history = History(ref.path, args.measure, entries)
    cut = git.is_shallow(ctx.root)
    if args.format == "json":
        write_history_json(history, ctx.out, {"history_cut": cut})
    else:
        write_history_text(history, ctx.out, ctx.lang, colour=use_colour(args.color, ctx))
    if cut:  # the oldest commit of a shallow clone looks like the report's first version
        ctx.err.write(f"zvit: {text('history.shallow', ctx.lang)}\n")
    return 0
