"""`zvit validate [PATH...]`: check the programme and reports, print located findings."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from zvit.check.validate import Validator
from zvit.commands._args import repo_relative
from zvit.core.messages import text
from zvit.load.source import WorkTree
from zvit.render.reporters import REPORTERS

if TYPE_CHECKING:
    from zvit.cli import Context


def register(sub: argparse._SubParsersAction, name: str, lang: str) -> None:
    parser = sub.add_parser(
        name,
        help=text("cli.help.validate", lang),
        description=text("cli.about.validate", lang),
    )
    parser.add_argument(
        "paths", nargs="*", metavar=text("cli.metavar.file", lang), help=text("cli.option.validate.paths", lang)
    )
    parser.add_argument("--format", choices=sorted(REPORTERS), default="text", help=text("cli.option.format", lang))
    parser.add_argument("--strict", action="store_true", help=text("cli.option.validate.strict", lang))
    parser.add_argument(
        "--editions",
        action="store_true",
        help=text("cli.option.validate.editions", lang),
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    paths = [repo_relative(p, ctx.root) for p in args.paths] or None
    result = Validator(WorkTree(ctx.root)).run(paths, editions=args.editions)
    REPORTERS[args.format](result.findings, result.files, ctx.out, ctx.lang)
    failed = result.errors or (args.strict and result.warnings)
    return 1 if failed else 0
