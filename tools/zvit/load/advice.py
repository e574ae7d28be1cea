"""How to tell a person to run a zvit command where they are: `make fmt` or `zvit fmt`.

zvit's hooks also run in other reporting repositories (`.pre-commit-hooks.yaml`
installs the `zvit` command there), which have no Makefile of ours; advice that
names `make fmt` would send the clerk to a command that does not exist.
"""

from __future__ import annotations

import os
import re

from zvit.load.files import read_file

MAKEFILE = "Makefile"


def how_to_run(root: str, command: str) -> str:
    """`make <command>` when the repository's Makefile runs zvit with that target, else `zvit <command>`."""
    if command in _make_targets(os.path.abspath(root)):
        return f"make {command}"
    return f"zvit {command}"


def _make_targets(root: str) -> frozenset[str]:
    """The targets of the root's Makefile when it is zvit's (it runs `-m zvit`), none otherwise.

    Read only when there is advice to give, so not cached.
    """
    try:
        content = read_file(os.path.join(root, MAKEFILE), 1 << 20)
    except OSError:
        return frozenset()
    if b"-m zvit" not in content:
        return frozenset()
    return frozenset(m.decode("ascii") for m in re.findall(rb"^([a-z][a-z-]*):", content, re.MULTILINE))
