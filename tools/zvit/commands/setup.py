"""`zvit setup`: git's diff drivers for reports and forms, written into `.git/config` itself.

The settings come from the fixed list below, never from a file in the work
tree: git would obey whatever a branch put in an included tracked file
(`core.fsmonitor`, `core.pager`...) on a plain `git status`.  Older setups
included `../.gitconfig-zvit`; that include is removed.
"""

from __future__ import annotations

import argparse
import re
from typing import TYPE_CHECKING

from zvit.core.errors import ZvitError
from zvit.load import git

if TYPE_CHECKING:
    from zvit.cli import Context

# The diff drivers `.gitattributes` names: (git config key, value).  Only the
# keys ALLOWED_KEY matches belong here (tests/commands/test_setup.py checks);
# git runs textconv from the repository's root (tools/textconv.sh finds .venv
# or passes the file through).
DIFF_DRIVERS: tuple[tuple[str, str], ...] = (
    # A report as measure-labelled lines ("I.14 │ text"); the hunk header names the measure.
    ("diff.zvit-report.textconv", "sh tools/textconv.sh"),
    ("diff.zvit-report.xfuncname", "^([IVX]+\\.[0-9]+) "),
    # A built form (DOCX) as its text, cached in git notes (refs/notes/textconv/zvit-docx).
    ("diff.zvit-docx.textconv", "sh tools/textconv.sh"),
    ("diff.zvit-docx.cachetextconv", "true"),
)
ALLOWED_KEY = re.compile(r"diff\.zvit-[a-z]+\.(textconv|xfuncname|cachetextconv)\Z")
OLD_INCLUDE = r"^\.\./\.gitconfig-zvit$"


def register(sub: argparse._SubParsersAction, name: str) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser(
        name,
        help="налаштувати git diff для звітів і форм DOCX (make setup)",
        description="Записує в .git/config драйвери порівняння звітів і форм DOCX зі сталого переліку; "
        "файлів із робочої теки git не підключає.",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    if not git.is_repository(ctx.root):
        raise ZvitError("git.not-a-repository", root=ctx.root)
    if git.config_unset_local(ctx.root, "include.path", OLD_INCLUDE):
        ctx.say("setup.include-removed")
    for key, value in DIFF_DRIVERS:
        git.config_set_local(ctx.root, key, value)
    ctx.say("setup.done")
    return 0
