"""`zvit review --base REV`: what a pull request changes in the reports, for a reviewer.

For every report the branch changed since it forked from `--base`: the
measure-level diff as Markdown on stdout (CI appends it to the job summary), and
in `--out-dir` the form as it will be and the form with the changes as Word
tracked changes (CI attaches both as artifacts).
"""

from __future__ import annotations

import argparse
import os
from typing import TYPE_CHECKING

from zvit.check.comparison import Comparison, compare_revisions
from zvit.commands._args import output_folder
from zvit.commands.diff import tracked_docx
from zvit.core.errors import ZvitError
from zvit.core.messages import text
from zvit.core.writing import write_atomic
from zvit.load import git
from zvit.load.source import REPORTS_DIR, AtRevision
from zvit.model.objects import ReportRef
from zvit.render.diff_text import markdown_inline, write_diff_markdown

if TYPE_CHECKING:
    from zvit.cli import Context


def register(sub: argparse._SubParsersAction, name: str, lang: str) -> None:
    parser = sub.add_parser(
        name,
        help=text("cli.help.review", lang),
        description=text("cli.about.review", lang),
    )
    parser.add_argument("--base", required=True, help=text("cli.option.review.base", lang))
    parser.add_argument("--head", default="HEAD", help=text("cli.option.review.head", lang))
    parser.add_argument(
        "--out-dir", default=os.path.join("build", "review"), help=text("cli.option.review.out-dir", lang)
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    fork = git.merge_base(ctx.root, args.base, args.head)
    head = AtRevision(ctx.root, args.head)
    old = AtRevision(ctx.root, fork)
    refs = [
        (path, ReportRef.from_path(path)) for path in git.paths_changed_since(ctx.root, fork, head.commit, REPORTS_DIR)
    ]
    reports = [(path, ref) for path, ref in refs if ref is not None]
    if not reports:
        ctx.out.write(text("review.none", ctx.lang) + "\n")
        return 0
    out_dir = output_folder(args.out_dir, ctx.root)
    failed = written = 0
    for path, ref in reports:
        if not head.exists(path):
            ctx.out.write(markdown_inline(text("review.deleted", ctx.lang, {"path": path})) + "\n\n")
            continue
        try:
            comparison = compare_revisions(ctx.root, ref, old, head, args.base, args.head, attribute_words=True)
        except ZvitError as exc:
            failed += 1
            worded = text(exc.code, ctx.lang, exc.args_)
            ctx.out.write(f"### {markdown_inline(path)}\n\n{markdown_inline(worded)}\n\n")
            continue
        write_diff_markdown(comparison.diff, comparison.old, comparison.new, ctx.out, ctx.lang)
        ctx.out.write("\n")
        write_atomic(os.path.join(out_dir, ref.name + ".docx"), _form(comparison), root=ctx.root)
        write_atomic(
            os.path.join(out_dir, ref.name + "-changes.docx"), tracked_docx(comparison, ctx.lang), root=ctx.root
        )
        written += 1
    if written:
        ctx.out.write(text("review.files", ctx.lang) + "\n")
    return 1 if failed else 0


def _form(comparison: Comparison) -> bytes:
    from zvit.render.form_docx import render_form  # python-docx loads only when a form is written

    programme, report = comparison.programme, comparison.report
    return render_form(programme, report, programme.units[report.unit])
