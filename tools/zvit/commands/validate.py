"""`zvit validate [PATH...]`: check the programme and reports, print located findings."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from zvit.check.validate import Validator
from zvit.commands._args import repo_relative
from zvit.load.source import WorkTree
from zvit.render.reporters import REPORTERS

if TYPE_CHECKING:
    from zvit.cli import Context


def register(sub: argparse._SubParsersAction, name: str) -> None:
    parser = sub.add_parser(
        name,
        help="перевірити програму і звіти",
        description="Перевіряє programme.yaml і звіти: синтаксис, схему, посилання між файлами.",
    )
    parser.add_argument("paths", nargs="*", metavar="ФАЙЛ", help="файли для перевірки (типово: усі)")
    parser.add_argument("--format", choices=sorted(REPORTERS), default="text", help="вигляд результату")
    parser.add_argument("--strict", action="store_true", help="попередження теж вважати помилками")
    parser.add_argument(
        "--editions",
        action="store_true",
        help="також перевірити, що зміна назви чи вилучення заходу, за який звітували, має запис у editions "
        "(programme.yaml проти HEAD; так само, коли programme.yaml названо серед файлів)",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    paths = [repo_relative(p, ctx.root) for p in args.paths] or None
    result = Validator(WorkTree(ctx.root)).run(paths, editions=args.editions)
    REPORTERS[args.format](result.findings, result.files, ctx.out, ctx.lang)
    failed = result.errors or (args.strict and result.warnings)
    return 1 if failed else 0
