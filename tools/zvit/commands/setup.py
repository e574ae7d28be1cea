"""`zvit setup`: git's diff drivers for reports and forms, written into `.git/config` itself.

The settings come from the fixed list below, never from a file in the work
tree: git would obey whatever a branch put in an included tracked file
(`core.fsmonitor`, `core.pager`...) on a plain `git status`.  Older setups
included `../.gitconfig-zvit`; that include is removed.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from zvit.core.errors import ZvitError
from zvit.core.messages import text
from zvit.load import git

if TYPE_CHECKING:
    from zvit.cli import Context

# The diff drivers `.gitattributes` names, and their settings.  Only the keys in
# ALLOWED_KEYS belong here (tests/commands/test_setup.py checks); git runs
# textconv from the repository's root (tools/textconv.sh finds .venv or passes
# the file through).
DIFF_DRIVERS: dict[str, tuple[tuple[str, str], ...]] = {
    # A report: no process per version, so `git log -p` stays as fast as without the
    # driver (a textconv made the first `git log -p` of 2,000 versions take minutes,
    # cachetextconv or not: bench/bench_history.py).  The hunk header names the measure
    # the change is in; `--word-diff` splits words from the punctuation after them.
    "zvit-report": (
        # A measure key under `measures:`: dotted (I.14, 1.1.1, 2.3.a) or a bare number, quoted or not;
        # `  name:` under `signatory:` has neither dot nor digits only, so it never names a hunk.
        ("xfuncname", "^  [\"']?([A-Za-z0-9]+(\\.[A-Za-z0-9]+)+|[0-9]+)[\"']?:"),
        ("wordRegex", '[^[:space:],.;:!?()"]+|[^[:space:]]'),
    ),
    # A built form (DOCX) as its text, cached in git notes (refs/notes/textconv/zvit-docx),
    # so `git log -p` converts each version once.
    "zvit-docx": (
        ("textconv", "sh tools/textconv.sh"),
        ("cachetextconv", "true"),
    ),
}
ALLOWED_KEYS = frozenset({"textconv", "xfuncname", "cachetextconv", "wordRegex"})


def driver_settings() -> list[tuple[str, str]]:
    """Every (git config key, value) `zvit setup` writes: diff.<driver>.<key>."""
    return [(f"diff.{driver}.{key}", value) for driver, keys in DIFF_DRIVERS.items() for key, value in keys]


OLD_INCLUDE = r"^\.\./\.gitconfig-zvit$"


def register(sub: argparse._SubParsersAction, name: str, lang: str) -> None:
    parser = sub.add_parser(
        name,
        help=text("cli.help.setup", lang),
        description=text("cli.about.setup", lang),
    )
    parser.add_argument("--check", action="store_true", help=text("cli.option.setup-check", lang))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    if not git.is_repository(ctx.root):
        raise ZvitError("git.not-a-repository", root=ctx.root)
    if args.check:  # `make hooks`: before pre-commit installs into whatever repository git finds above
        return 0
    if git.config_unset_local(ctx.root, "include.path", OLD_INCLUDE):
        ctx.say("setup.include-removed")
    for driver in DIFF_DRIVERS:
        git.config_remove_section_local(ctx.root, f"diff.{driver}")  # nothing but the listed keys stays
    for key, value in driver_settings():
        git.config_set_local(ctx.root, key, value)
    ctx.say("setup.done")
    return 0
