"""`zvit codeowners [--check]`: write (or check) .github/CODEOWNERS and .gitlab/CODEOWNERS."""

from __future__ import annotations

import argparse
import os
from typing import TYPE_CHECKING

from zvit.check import codeowners
from zvit.check.repository import Repository
from zvit.core.errors import ZvitError
from zvit.core.findings import Location, error
from zvit.core.messages import text
from zvit.core.writing import write_atomic
from zvit.load.advice import how_to_run
from zvit.load.source import WorkTree
from zvit.render.reporters import write_findings

if TYPE_CHECKING:
    from zvit.cli import Context


def register(sub: argparse._SubParsersAction, name: str, lang: str) -> None:
    parser = sub.add_parser(
        name,
        help=text("cli.help.codeowners", lang),
        description=text("cli.about.codeowners", lang),
    )
    parser.add_argument("--check", action="store_true", help=text("cli.option.check", lang))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    source = WorkTree(ctx.root)
    programme, findings = Repository(source).current_programme()
    if programme is None:
        raise ZvitError("cli.invalid-data", findings=findings)
    if args.check:
        stale = codeowners.stale_findings(source, programme)
        missing = [
            error(Location(rel), "codeowners.missing", file=rel, command=how_to_run(ctx.root, "codeowners"))
            for rel in codeowners.FILES
            if not os.path.isfile(os.path.join(ctx.root, rel))
        ]
        write_findings([*missing, *stale], ctx.out, ctx.lang)
        return 1 if missing or stale else 0
    content = codeowners.render(programme).encode("utf-8")
    for rel in codeowners.FILES:
        write_atomic(os.path.join(ctx.root, rel), content, root=ctx.root)
        ctx.say("cli.written", path=rel)
    return 0
