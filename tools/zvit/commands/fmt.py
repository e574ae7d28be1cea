"""`zvit fmt [--check] [PATH...]`: one canonical layout, so that diffs show content.

Rewrites programme.yaml and reports in place (atomically); `--check` (the
pre-commit hook) only lists the files that would change and exits 1.  A file
that does not read cleanly is never rewritten.
"""

from __future__ import annotations

import argparse
import dataclasses
import io
import os
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from zvit.check import schemas
from zvit.check.repository import Repository
from zvit.commands._args import repo_relative
from zvit.core.errors import ZvitError
from zvit.core.findings import Location, error
from zvit.core.messages import os_reason, text
from zvit.core.parallel import fork_map
from zvit.core.writing import linked_folder, write_atomic
from zvit.load.advice import how_to_run
from zvit.load.files import NotRegularFile
from zvit.load.source import PROGRAMME_FILE, WorkTree
from zvit.load.yamledit import RenderError, reformat
from zvit.load.yamlfile import MAX_BYTES
from zvit.model.objects import ReportRef
from zvit.render.reporters import write_findings

if TYPE_CHECKING:
    from zvit.cli import Context

# Files per process when a run is shared between cores: a fork costs what formatting a few files does.
FILES_PER_PROCESS = 50


def register(sub: argparse._SubParsersAction, name: str, lang: str) -> None:
    parser = sub.add_parser(
        name,
        help=text("cli.help.fmt", lang),
        description=text("cli.about.fmt", lang),
    )
    parser.add_argument(
        "paths", nargs="*", metavar=text("cli.metavar.file", lang), help=text("cli.option.fmt.paths", lang)
    )
    parser.add_argument("--check", action="store_true", help=text("cli.option.fmt.check", lang))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    tree = WorkTree(ctx.root)
    validator = Repository(tree)
    if args.paths:
        paths = [repo_relative(p, ctx.root) for p in args.paths]
    else:
        paths = ([PROGRAMME_FILE] if tree.exists(PROGRAMME_FILE) else []) + tree.report_paths()
    validator.current_programme()  # read once here, not in every process
    changed = failed = 0
    for outcome, said, complained in _format_all(paths, ctx, validator, check=args.check):
        ctx.out.write(said)
        ctx.err.write(complained)
        changed += outcome == "changed"
        failed += outcome == "failed"
    command = how_to_run(ctx.root, "fmt")
    ctx.say("fmt.summary-check" if args.check else "fmt.summary", files=len(paths), changed=changed, command=command)
    if failed:
        ctx.err.write(f"zvit: {_text(ctx, 'fmt.failed', failed=failed)}\n")
    return 1 if failed or (args.check and changed) else 0


def _format_all(
    paths: Sequence[str], ctx: Context, validator: Repository, *, check: bool
) -> list[tuple[str, str, str]]:
    """Each file's outcome and what it said (stdout, stderr), in order; the files shared between the cores.

    Formatting is pure-Python work of a few milliseconds a file (ruamel's
    emitter): ten thousand reports took minutes on one core.
    """

    def work(chunk: Sequence[str]) -> list[tuple[str, str, str]]:
        done = []
        for path in chunk:
            out, err = io.StringIO(), io.StringIO()
            outcome = _format_one(path, dataclasses.replace(ctx, out=out, err=err), validator, check=check)
            done.append((outcome, out.getvalue(), err.getvalue()))
        return done

    return fork_map(work, paths, per_process=FILES_PER_PROCESS)


def _format_one(path: str, ctx: Context, validator: Repository, *, check: bool) -> str:
    """ "same", "changed" or "failed"; says what happened."""
    full = os.path.join(ctx.root, path)
    linked = linked_folder(ctx.root, full)
    if linked is not None:
        write_findings([error(Location(path), "file.symlink", link=linked)], ctx.err, ctx.lang)
        return "failed"
    schema_for = _schema_chooser(path, validator)
    if schema_for is None:
        ctx.err.write(_text(ctx, "fmt.unsupported", path=path, command=how_to_run(ctx.root, "fmt")) + "\n")
        return "failed"
    try:
        content = validator.source.read_bytes(path, MAX_BYTES + 1)
    except NotRegularFile:
        write_findings([error(Location(path), "file.not-regular")], ctx.err, ctx.lang)
        return "failed"
    except OSError as exc:
        write_findings([error(Location(path), "file.unreadable", reason=os_reason(exc))], ctx.err, ctx.lang)
        return "failed"
    if content is None:
        write_findings([error(Location(path), "file.missing")], ctx.err, ctx.lang)
        return "failed"
    try:
        result = reformat(content, path, schema_for)
    except RenderError as exc:
        ctx.err.write(_text(ctx, "fmt.unsafe", path=path, detail=str(exc)) + "\n")
        return "failed"
    if result.text is None:
        write_findings([f for f in result.loaded.findings if f.is_error], ctx.err, ctx.lang)
        ctx.err.write(_text(ctx, "fmt.refused", path=path) + "\n")
        return "failed"
    formatted = result.text.encode("utf-8")
    if formatted == content:
        return "same"
    if check:
        ctx.say("fmt.would-change", path=path, command=how_to_run(ctx.root, "fmt"))
        return "changed"
    if validator.source.read_bytes(path, MAX_BYTES + 1) != content:
        # Saved in an editor while we formatted: writing now would throw that edit away.
        ctx.err.write(_text(ctx, "fmt.changed-meanwhile", path=path) + "\n")
        return "failed"
    try:
        write_atomic(full, formatted, root=ctx.root)
    except ZvitError as exc:  # a full disk or a read-only file: this file fails, the others go on
        ctx.err.write(f"zvit: {_text(ctx, exc.code, **exc.args_)}\n")
        return "failed"
    ctx.say("fmt.reformatted", path=path)
    return "changed"


def _schema_chooser(path: str, validator: Repository) -> Any:
    """The schema whose key order a file follows, or None when fmt does not know the file."""
    if path == PROGRAMME_FILE:
        return lambda data: schemas.programme_schema()
    if ReportRef.from_path(path) is None:
        return None

    def report_schema(data: Any) -> Mapping[str, Any]:
        programme_id = data.get("programme") if isinstance(data, dict) else None
        programme = validator.programme(programme_id) if isinstance(programme_id, str) else None
        return schemas.report_schema(programme)

    return report_schema


def _text(ctx: Context, code: str, **args: object) -> str:
    return text(code, ctx.lang, args)
