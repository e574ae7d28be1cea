"""`zvit textconv FILE`: a report or a built form as text, for `git diff` and `git log -p`.

Git runs it (after `make setup`) on each version it compares: a report becomes
measure-labelled lines, a .docx the form's text.  Whatever it cannot read is
passed through as it is, and it never fails: a failing textconv stops `git diff`.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from zvit.core.messages import text
from zvit.load import zip_bounds
from zvit.load.files import read_file
from zvit.load.yamlfile import MAX_BYTES, parse_yaml
from zvit.model.build import status_from_data
from zvit.render.diff_text import report_text

if TYPE_CHECKING:
    from zvit.cli import Context

_ZIP = b"PK\x03\x04"


def register(sub: argparse._SubParsersAction, name: str, lang: str) -> None:
    parser = sub.add_parser(
        name,
        help=text("cli.help.textconv", lang),
        description=text("cli.about.textconv", lang),
    )
    parser.add_argument("path", metavar=text("cli.metavar.file", lang), help=text("cli.option.textconv.path", lang))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    try:
        content = read_file(args.path, MAX_BYTES + 1)
    except OSError:
        return 1
    ctx.out.write(as_text(content, args.path))
    return 0


def as_text(content: bytes, path: str) -> str:
    if content.startswith(_ZIP):
        return _form(content)
    loaded = parse_yaml(content, path)
    data = loaded.data if loaded.ok else None
    measures = data.get("measures") if isinstance(data, dict) else None
    if not isinstance(data, dict) or not isinstance(measures, dict):
        return content.decode("utf-8", "replace")
    fields = [(str(k), _scalar(v)) for k, v in data.items() if k != "measures"]
    return report_text(fields, {str(k): status_from_data(v) for k, v in measures.items()})


def _scalar(value: object) -> str:
    if isinstance(value, dict):
        return ", ".join(f"{k}: {_scalar(v)}" for k, v in value.items())
    if isinstance(value, list):
        return ", ".join(_scalar(v) for v in value)
    return "" if value is None else str(value)


def _form(content: bytes) -> str:
    from zvit.load.ooxml_reading import form_text  # python-docx loads only for a .docx

    try:
        return "\n".join(form_text(zip_bounds.bounded(content))) + "\n"
    except Exception:  # noqa: BLE001 - any unreadable zip or a zip bomb: show nothing rather than stop git diff
        return ""
