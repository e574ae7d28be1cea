"""`zvit audit --year 2019`: who submitted what and when, signatures, changes since, tampering."""

from __future__ import annotations

import argparse
import os
from datetime import date
from typing import TYPE_CHECKING

from zvit.check.audit import gather
from zvit.check.repository import Repository
from zvit.check.submissions import in_repository
from zvit.commands._args import output_file
from zvit.core import times
from zvit.core.errors import ZvitError
from zvit.core.messages import text
from zvit.core.writing import write_atomic
from zvit.load import git
from zvit.load.source import AtRevision, programme_versions
from zvit.model.objects import Programme
from zvit.render.audit_docx import render_docx
from zvit.render.audit_render import render_json, render_text

if TYPE_CHECKING:
    from zvit.cli import Context

FORMATS = ("text", "json", "docx")
DEFAULT_BRANCHES = ("main", "origin/main")


def register(sub: argparse._SubParsersAction, name: str, lang: str) -> None:
    parser = sub.add_parser(
        name,
        help=text("cli.help.audit", lang),
        description=text("cli.about.audit", lang),
    )
    parser.add_argument("--year", type=int, help=text("cli.option.audit.year", lang))
    parser.add_argument("--as-of", help=text("cli.option.audit.as-of", lang))
    parser.add_argument("--branch", help=text("cli.option.audit.branch", lang))
    parser.add_argument("--format", choices=FORMATS, default="text", help=text("cli.option.format", lang))
    parser.add_argument("--out", help=text("cli.option.audit.out", lang))
    parser.add_argument(
        "--check",
        action="store_true",
        help=text("cli.option.audit.check", lang),
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    if not in_repository(ctx.root):
        raise ZvitError("git.not-a-repository", root=ctx.root)
    if git.is_shallow(ctx.root):
        raise ZvitError("audit.shallow")
    args.branch = _branch(ctx.root, args.branch)
    programme = _programme(ctx.root, args.branch, args.year)
    if programme is None and args.year is None:
        raise ZvitError(
            "cli.invalid-data", findings=Repository(AtRevision(ctx.root, args.branch)).current_programme()[1]
        )
    year = args.year
    if year is None and programme is not None and len(programme.years) == 1:
        year = programme.year
    audit = gather(ctx.root, year, args.branch, programme, _as_of(args.as_of))
    if programme is None and not audit.units:
        raise ZvitError("audit.nothing-for-year", year=year, branch=args.branch)
    if args.format == "docx":
        span = str(year) if year is not None else programme.id  # type: ignore[union-attr]
        out = output_file(args.out, os.path.join(ctx.root, "build", f"audit-{span}.docx"), ctx.root, ".docx")
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


def _branch(root: str, asked: str | None) -> str:
    """The branch to audit: the one asked for; else main, or origin/main in a clone of another branch."""
    for branch in [asked] if asked else DEFAULT_BRANCHES:
        try:
            git.resolve(root, branch)
        except ZvitError:
            continue
        return branch
    raise ZvitError("audit.no-branch", branch=asked or DEFAULT_BRANCHES[0])


def _as_of(value: str | None) -> date:
    if value is None:
        return times.today()
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ZvitError("cli.bad-date", value=value) from None


def _programme(root: str, branch: str, year: int | None) -> Programme | None:
    """The programme of `year` as the branch knows it: its current programme.yaml, or a past version."""
    validator = Repository(AtRevision(root, branch))
    current, _ = validator.current_programme()
    if current is not None and (year is None or year in current.years):
        return current
    for loaded in programme_versions(root, branch):
        data = loaded.data
        if isinstance(data, dict) and _spans(data, year) and isinstance(data.get("id"), str):
            found = validator.programme(data["id"])
            if found is not None:
                return found
    return None


def _spans(data: dict[str, object], year: int | None) -> bool:
    """Whether a past programme.yaml (not yet checked) covers `year`: `year:` or `period:`."""
    if data.get("year") == year:
        return True
    period = data.get("period")
    if not isinstance(period, dict) or year is None:
        return False
    start, end = str(period.get("from", "")), str(period.get("to", ""))
    return start[:4].isdigit() and end[:4].isdigit() and int(start[:4]) <= year <= int(end[:4])
