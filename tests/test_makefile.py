"""The Makefile hands every variable to zvit as data: no value is ever parsed by the shell or by make.

Each target runs with every variable set to an injection; `python` is replaced
by a recorder of its arguments, so the test sees exactly what zvit would get
and needs no environment.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import PROJECT

VARIABLES = ("DEPT", "Q", "P", "YEAR", "REV", "OUT", "FORMAT", "FILE", "FORCE", "PARTIAL")
VARIABLES += ("FROM", "TO", "FROM_REV", "TO_REV", "MEASURE", "ALL", "KIND", "DIR")

# Each payload runs `touch pwned-<VAR>` if it reaches a shell (or make) as code.
PAYLOADS = {
    "unquoted": "HEAD;touch pwned-{var}",
    "quote-breakout": 'jkg";touch pwned-{var};"',
    "backquotes": "jkg`touch pwned-{var}`",
    "command-substitution": "jkg$$(touch pwned-{var})",
    "make-function": "$(shell touch pwned-{var})",
    "spaces": "a b  c",
}

RECORDER = """#!/bin/sh
for arg in "$@"; do printf '%s\\0' "$arg"; done >> argv.log
printf '\\n' >> argv.log
"""


def targets() -> list[str]:
    makefile = (PROJECT / "Makefile").read_text(encoding="utf-8")
    return re.findall(r"^([a-z][a-z-]*):.*## ", makefile, re.MULTILINE)


@pytest.fixture(scope="module")
def tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if shutil.which("make") is None:
        pytest.skip("make is not installed")
    path = tmp_path_factory.mktemp("makefile")
    for name in ("Makefile", "requirements.txt", "requirements-dev.txt"):
        shutil.copy(PROJECT / name, path / name)
    (path / ".venv").mkdir()
    (path / ".venv" / ".installed").touch()  # newer than the requirements: nothing to install
    recorder = path / "record-argv"
    recorder.write_text(RECORDER, encoding="utf-8")
    recorder.chmod(0o755)
    return path


def run_make(tree: Path, target: str, values: dict[str, str]) -> tuple[int, list[list[str]]]:
    for leftover in [*tree.glob("pwned-*"), tree / "argv.log"]:
        leftover.unlink(missing_ok=True)
    args = ["make", "-s", target, f"PY={tree / 'record-argv'}", *(f"{k}={v}" for k, v in values.items())]
    env = {k: v for k, v in os.environ.items() if k not in VARIABLES and k != "MAKEFLAGS"}
    proc = subprocess.run(args, cwd=tree, capture_output=True, env=env)
    log = (tree / "argv.log").read_bytes() if (tree / "argv.log").exists() else b""
    calls = [[a.decode() for a in line.split(b"\0")[:-1]] for line in log.split(b"\n") if line]
    return proc.returncode, calls


@pytest.mark.parametrize("payload", PAYLOADS)
@pytest.mark.parametrize("target", targets())
def test_no_variable_reaches_a_shell_or_make_as_code(tree: Path, target: str, payload: str) -> None:
    raw = {var: PAYLOADS[payload].format(var=var) for var in VARIABLES}
    # As make's command line spells it ($$) and as a person types it ($).
    typed = {var: value.replace("$$", "$") for var, value in raw.items()}
    run_make(tree, target, raw)
    assert sorted(p.name for p in tree.glob("pwned-*")) == []
    _, calls = run_make(tree, target, typed)
    assert sorted(p.name for p in tree.glob("pwned-*")) == []
    given = set(typed.values())
    for call in calls:
        # Every argument is the recipe's own word or one variable's value exactly as typed.
        for arg in call:
            assert arg in given or re.fullmatch(r"-[-a-z]+|[a-z_][-a-z_./]+|not hooks", arg), (target, arg)


def test_values_arrive_whole_and_unset_options_are_left_out(tree: Path) -> None:
    code, calls = run_make(tree, "docx", {"DEPT": "jkg", "Q": "3", "OUT": "build/форма з пробілами.docx"})
    assert code == 0
    assert calls == [["-m", "zvit", "docx", "--unit", "jkg", "--quarter", "3", "--out", "build/форма з пробілами.docx"]]
    code, calls = run_make(tree, "import", {"FILE": "a'b.docx", "DEPT": "jkg", "Q": "3", "FORCE": "1"})
    assert calls == [["-m", "zvit", "import", "a'b.docx", "--unit", "jkg", "--quarter", "3", "--force"]]
    code, calls = run_make(tree, "validate", {})
    assert calls == [["-m", "zvit", "validate", "--format", "text"]]


def test_a_variable_from_the_environment_is_data_too(tree: Path) -> None:
    (tree / "argv.log").unlink(missing_ok=True)
    env = {**os.environ, "REV": "HEAD;touch pwned-env", "DEPT": "jkg", "Q": "3"}
    env.pop("MAKEFLAGS", None)
    subprocess.run(["make", "-s", "docx", f"PY={tree / 'record-argv'}"], cwd=tree, env=env, capture_output=True)
    assert not (tree / "pwned-env").exists()
    assert "HEAD;touch pwned-env" in (tree / "argv.log").read_text(encoding="utf-8")


def test_setup_lets_zvit_check_the_folder_and_write_the_git_settings_then_installs_hooks(tree: Path) -> None:
    code, calls = run_make(tree, "setup", {})
    assert (code, calls) == (0, [["-m", "zvit", "setup"], ["-m", "pre_commit", "install"]])
