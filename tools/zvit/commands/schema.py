"""`zvit schema [--check]`: write (or check) the generated files in schema/."""

from __future__ import annotations

import argparse
import os
from typing import TYPE_CHECKING

from zvit.check import schemas
from zvit.check.validate import Validator
from zvit.commands._args import current_programme
from zvit.core.messages import text
from zvit.core.writing import write_atomic
from zvit.load.source import WorkTree
from zvit.render.reporters import write_findings

if TYPE_CHECKING:
    from zvit.cli import Context


def register(sub: argparse._SubParsersAction, name: str, lang: str) -> None:
    parser = sub.add_parser(
        name,
        help=text("cli.help.schema", lang),
        description=text("cli.about.schema", lang),
    )
    parser.add_argument("--check", action="store_true", help=text("cli.option.check", lang))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    validator = Validator(WorkTree(ctx.root))
    programme = current_programme(validator)
    if args.check:
        stale = validator.stale_schema_findings()
        write_findings(stale, ctx.out, ctx.lang)
        return 1 if stale else 0
    for rel, content in schemas.expected_files(programme).items():
        write_atomic(os.path.join(ctx.root, rel), content.encode("utf-8"), root=ctx.root)
        ctx.say("cli.written", path=rel)
    return 0
