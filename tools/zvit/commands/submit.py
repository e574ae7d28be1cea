"""`zvit submit`: mark the committed report as sent with an annotated (signed) tag `jkg/2019-q3`.

The tag is the record an auditor relies on, so it is made only for a valid report
exactly as committed, once; a later correction goes through `amendments`.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from zvit.check.submission_check import submitted_on
from zvit.check.submissions import in_repository, submission, tag_message, tag_name
from zvit.check.validate import Validator
from zvit.commands._args import add_period, add_unit, period_of, unit_id
from zvit.core.errors import ZvitError
from zvit.core.messages import text
from zvit.load import git
from zvit.load.source import PROGRAMME_FILE, WorkTree
from zvit.model.objects import ReportRef
from zvit.render.reporters import write_findings

if TYPE_CHECKING:
    from zvit.cli import Context


def register(sub: argparse._SubParsersAction, name: str, lang: str) -> None:
    parser = sub.add_parser(
        name,
        help=text("cli.help.submit", lang),
        description=text("cli.about.submit", lang),
    )
    add_unit(parser, lang)
    add_period(parser, lang)
    parser.add_argument("-m", "--message", help=text("cli.option.submit.message", lang))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    if not in_repository(ctx.root):
        raise ZvitError("git.not-a-repository", root=ctx.root)
    validator = Validator(WorkTree(ctx.root))
    current, findings = validator.current_programme()
    if current is None and args.year is None and args.period is None:
        raise ZvitError("cli.invalid-data", findings=findings)
    ref = ReportRef(unit_id(args.unit, current), period_of(args, current))
    name = tag_name(ref)
    earlier = submission(ctx.root, ref)
    if earlier is not None:
        raise ZvitError(
            "submit.already", path=ref.path, tag=name, date=submitted_on(earlier), tagger=earlier.tagger or "?"
        )
    if not validator.source.exists(ref.path):
        raise ZvitError("cli.no-report", path=ref.path, where="")
    result = validator.run([ref.path])
    write_findings(result.findings, ctx.err, ctx.lang)
    if result.errors:
        raise ZvitError("submit.invalid", path=ref.path)
    dirty = git.changed_paths(ctx.root, [ref.path, PROGRAMME_FILE])
    if dirty:
        raise ZvitError("submit.uncommitted", paths=", ".join(dirty))
    head = git.resolve(ctx.root, "HEAD")
    blob = git.object_ids(ctx.root, [f"{head}:{ref.path}"])[f"{head}:{ref.path}"]
    if blob is None:
        raise ZvitError("submit.uncommitted", paths=ref.path)
    submitter = git.committer(ctx.root)
    try:
        git.create_tag(
            ctx.root, name, head, tag_message(ref, submitter, blob, args.message), sign=signing_configured(ctx.root)
        )
    except ZvitError:
        earlier = submission(ctx.root, ref)  # someone else submitted since the check above
        if earlier is None:
            raise
        raise ZvitError(
            "submit.already", path=ref.path, tag=name, date=submitted_on(earlier), tagger=earlier.tagger or "?"
        ) from None
    made = submission(ctx.root, ref)
    signed = made is not None and made.signed
    ctx.say(
        "submit.done-signed" if signed else "submit.done-unsigned",
        tag=name,
        path=ref.path,
        commit=head[:10],
        submitter=submitter,
    )
    ctx.say("submit.push", tag=name)
    return 0


def signing_configured(root: str) -> bool:
    """Whether git here has a key to sign with: `user.signingkey`, or an SSH default key command."""
    if git.config_get(root, "user.signingkey"):
        return True
    return git.config_get(root, "gpg.format") == "ssh" and bool(git.config_get(root, "gpg.ssh.defaultKeyCommand"))
