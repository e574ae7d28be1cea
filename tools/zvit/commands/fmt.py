"""`zvit fmt [--check] [PATH...]`: one canonical layout, so that diffs show content.

Rewrites programme.yaml and reports in place (atomically); `--check` (the
pre-commit hook) only lists the files that would change and exits 1.  A file
that does not read cleanly is never rewritten.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from zvit.check import schemas
from zvit.check.repository import Repository
from zvit.commands._args import repo_relative
from zvit.core.findings import Location, error
from zvit.core.messages import os_reason, text
from zvit.core.writing import write_atomic
from zvit.load.advice import how_to_run
from zvit.load.files import NotRegularFile
from zvit.load.source import PROGRAMME_FILE, WorkTree
from zvit.load.yamledit import RenderError, reformat
from zvit.load.yamlfile import MAX_BYTES
from zvit.model.objects import ReportRef
from zvit.render.reporters import write_findings

if TYPE_CHECKING:
    from zvit.cli import Context


def register(sub: argparse._SubParsersAction, name: str) -> None:
    parser = sub.add_parser(
        name,
        help="привести programme.yaml і звіти до канонічного вигляду",
        description="Упорядковує ключі, відступи й лапки, не змінюючи даних і коментарів.",
    )
    parser.add_argument("paths", nargs="*", metavar="ФАЙЛ", help="файли (типово: programme.yaml і всі звіти)")
    parser.add_argument(
        "--check", action="store_true", help="нічого не змінювати: перелічити файли, що потребують форматування (код 1)"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    tree = WorkTree(ctx.root)
    validator = Repository(tree)
    if args.paths:
        paths = [repo_relative(p, ctx.root) for p in args.paths]
    else:
        paths = ([PROGRAMME_FILE] if tree.exists(PROGRAMME_FILE) else []) + tree.report_paths()
    changed = failed = 0
    for path in paths:
        outcome = _format_one(path, ctx, validator, check=args.check)
        changed += outcome == "changed"
        failed += outcome == "failed"
    command = how_to_run(ctx.root, "fmt")
    ctx.say("fmt.summary-check" if args.check else "fmt.summary", files=len(paths), changed=changed, command=command)
    if failed:
        ctx.err.write(f"zvit: {_text(ctx, 'fmt.failed', failed=failed)}\n")
    return 1 if failed or (args.check and changed) else 0


def _format_one(path: str, ctx: Context, validator: Repository, *, check: bool) -> str:
    """ "same", "changed" or "failed"; says what happened."""
    schema_for = _schema_chooser(path, validator)
    full = os.path.join(ctx.root, path)
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
    elif validator.source.read_bytes(path, MAX_BYTES + 1) != content:
        # Saved in an editor while we formatted: writing now would throw that edit away.
        ctx.err.write(_text(ctx, "fmt.changed-meanwhile", path=path) + "\n")
        return "failed"
    else:
        write_atomic(full, formatted)
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
