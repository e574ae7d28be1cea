"""`zvit audit --year 2019`: who submitted what and when, signatures, changes since, tampering."""

from __future__ import annotations

import argparse
import os
from typing import TYPE_CHECKING

from zvit.check.audit import gather
from zvit.check.submissions import in_repository
from zvit.check.validate import Validator
from zvit.commands._args import output_file
from zvit.core.errors import ZvitError
from zvit.core.writing import write_atomic
from zvit.load import git
from zvit.load.source import AtRevision, programme_versions
from zvit.model.objects import Programme
from zvit.render.audit_docx import render_docx
from zvit.render.audit_render import render_json, render_text

if TYPE_CHECKING:
    from zvit.cli import Context

FORMATS = ("text", "json", "docx")


def register(sub: argparse._SubParsersAction, name: str) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser(
        name,
        help="аудит подання звітів за рік (текст, JSON або DOCX)",
        description="Для кожного підрозділу й кварталу: чи подано звіт, коли і ким, чи підписані "
        "й чи перевіряються тег і коміт, зміни після подання з причинами, "
        "ознаки переписаної історії.",
    )
    parser.add_argument("--year", type=int, help="рік (типово: рік програми)")
    parser.add_argument("--branch", default="main", help="гілка, історію якої перевіряти (типово main)")
    parser.add_argument("--format", choices=FORMATS, default="text", help="вигляд результату")
    parser.add_argument("--out", help="куди записати (типово: text і json — на екран, docx — build/audit-<рік>.docx)")
    parser.add_argument(
        "--check",
        action="store_true",
        help="завершитися з кодом 1, якщо є ознаки підробки або зміни без запису в amendments",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    if not in_repository(ctx.root):
        raise ZvitError("git.not-a-repository", root=ctx.root)
    if git.is_shallow(ctx.root):
        raise ZvitError("audit.shallow")
    try:
        git.resolve(ctx.root, args.branch)
    except ZvitError:
        raise ZvitError("audit.no-branch", branch=args.branch) from None
    programme = _programme(ctx.root, args.branch, args.year)
    year = args.year or (programme.year if programme is not None else None)
    if year is None:
        raise ZvitError(
            "cli.invalid-data", findings=Validator(AtRevision(ctx.root, args.branch)).current_programme()[1]
        )
    audit = gather(ctx.root, year, args.branch, programme)
    if args.format == "docx":
        out = output_file(args.out, os.path.join(ctx.root, "build", f"audit-{year}.docx"), ctx.root, ".docx")
        write_atomic(out, render_docx(audit, ctx.lang), root=ctx.root)
        ctx.say("cli.written", path=os.path.relpath(out))
    else:
        content = render_json(audit, ctx.lang) if args.format == "json" else render_text(audit, ctx.lang)
        if args.out:
            write_atomic(output_file(args.out, "", ctx.root, None), content.encode("utf-8"), root=ctx.root)
            ctx.say("cli.written", path=os.path.relpath(args.out))
        else:
            ctx.out.write(content)
    troubled = audit.count("tampered") + audit.count("unamended")
    return 1 if args.check and troubled else 0


def _programme(root: str, branch: str, year: int | None) -> Programme | None:
    """The programme of `year` as the branch knows it: its current programme.yaml, or a past version."""
    validator = Validator(AtRevision(root, branch))
    current, _ = validator.current_programme()
    if current is not None and (year is None or current.year == year):
        return current
    for loaded in programme_versions(root, branch):
        data = loaded.data
        if isinstance(data, dict) and data.get("year") == year and isinstance(data.get("id"), str):
            found = validator.programme(data["id"])
            if found is not None:
                return found
    return None
