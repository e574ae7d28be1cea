"""Every `make` example of the README works on a fresh clone, or its line says what it needs first.

Each example runs through the real Makefile in its own clone of a repository that
holds the project's tracked files, as a user who has just cloned it would run it.
An example that needs something first must say so on its line (`NEEDS`): the test
checks the words are there, does what they say, and then runs the example.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import PROJECT, Repo

README = PROJECT / "README.md"
# `make target VAR=value ...` inside backticks; optional parts in [brackets] are left out.
EXAMPLE = re.compile(r"`(make [a-z-]+(?: [A-Z_]+=[^\s`\[\]]+)*)")
# Not run here: they are what runs this test, or take minutes.
NOT_RUN = {
    "make test": "the test suite itself",
    "make test-fast": "the test suite itself",
    "make bench": "minutes of benchmarks",
    # Named in passing ("далі — як у розділах вище"); the sections above run them with their variables.
    "make new": "a command named, not an example",
    "make docx": "a command named, not an example",
    "make submit": "a command named, not an example",
}
HALF_YEARLY = PROJECT / "tests" / "data" / "half-yearly"


def _owners(repo: Repo) -> None:
    """Example owners (not real accounts) for every unit, as docs/forge-settings.md describes."""
    text = repo.read("programme.yaml")
    start, end = text.index("\nunits:\n"), text.index("\ngroups:\n")
    units = re.sub(r"(\n  ([a-z-]+):\n    name: [^\n]*)", r'\1\n    owners: ["@example/\2"]', text[start:end])
    repo.write("programme.yaml", text[:start] + units + text[end:])


def _second_quarter(repo: Repo) -> None:
    _make(repo, "new", "DEPT=jkg", "Q=2")


def _submitted(repo: Repo) -> None:
    _make(repo, "submit", "DEPT=jkg", "Q=3")


def _form_without_report(repo: Repo) -> None:
    _make(repo, "docx", "DEPT=jkg", "Q=3", "OUT=старий.docx")
    (repo.path / "reports/jkg/2019-q3.yaml").unlink()


def _others_data_removed(repo: Repo) -> None:
    repo.git("rm", "-r", "-q", "programme.yaml", "reports")


def _half_yearly_programme(repo: Repo, *, without: str | None = None) -> None:
    """The test suite's example of a multi-year, half-yearly programme (unit `sektor`), instead of ours."""
    repo.git("rm", "-r", "-q", "programme.yaml", "reports")
    shutil.copytree(HALF_YEARLY, repo.path, dirs_exist_ok=True, ignore=shutil.ignore_patterns("README.md"))
    if without:
        (repo.path / without).unlink()
    _make(repo, "schema")


def _fourth_quarter(repo: Repo) -> None:
    _make(repo, "new", "DEPT=jkg", "Q=4")


def _fourth_quarter_merged(repo: Repo) -> None:
    _fourth_quarter(repo)
    repo.commit("IV квартал")


# Example -> (words its README line must hold, what those words say to do first).
NEEDS: dict[str, tuple[str, Callable[[Repo], None]]] = {
    "make codeowners": ("спершу вкажіть owners", _owners),
    "make diff DEPT=jkg FROM=2 TO=3": ("потрібні звіти обох кварталів", _second_quarter),
    "make diff DEPT=jkg Q=3 FROM_REV=jkg/2019-q3 TO_REV=main": ("після `make submit DEPT=jkg Q=3`", _submitted),
    "make docx DEPT=jkg Q=3 REV=jkg/2019-q3": ("після", _submitted),
    "make import FILE=старий.docx DEPT=jkg Q=3": ("потрібна заповнена форма Word", _form_without_report),
    "make docx DEPT=jkg Q=4": ("створений у кроці 1", _fourth_quarter),
    "make submit DEPT=jkg Q=4": ("Після злиття", _fourth_quarter_merged),
    "make init": ("приберіть чужі дані", _others_data_removed),
    "make init KIND=risk-register": ("приберіть чужі дані", _others_data_removed),
    "make new DEPT=sektor P=2022-h1": (
        "для такої програми",
        lambda repo: _half_yearly_programme(repo, without="reports/sektor/2022-h1.yaml"),
    ),
    "make diff DEPT=sektor FROM=2021-h2 TO=2022-h1": ("для такої програми", _half_yearly_programme),
}


def _examples() -> dict[str, str]:
    """Each example and the README text around each place it stands (two lines before, for a step
    that says what comes first, and the next one, for a wrapped sentence)."""
    lines = README.read_text(encoding="utf-8").splitlines()
    found: dict[str, str] = {}
    for i, line in enumerate(lines):
        for example in EXAMPLE.findall(line):
            found[example] = found.get(example, "") + " " + " ".join(lines[max(i - 2, 0) : i + 2])
    return found


def _make(repo: Repo, *args: str) -> subprocess.CompletedProcess[str]:
    # -o: the environment is the project's own (.venv is linked), never reinstalled here.
    env = {k: v for k, v in os.environ.items() if not k.startswith("MAKE")}
    proc = subprocess.run(
        ["make", "--no-print-directory", "-o", ".venv/.installed", *args],
        cwd=repo.path,
        capture_output=True,
        text=True,
        env=env,
    )
    assert proc.returncode == 0, f"make {' '.join(args)}:\n{proc.stdout}{proc.stderr}"
    return proc


@pytest.fixture(scope="module")
def origin(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A repository holding the project's tracked files as one commit: what a clone receives."""
    if not (PROJECT / ".venv" / ".installed").exists():
        pytest.skip("the project's .venv is needed: the examples run through the Makefile")
    path = tmp_path_factory.mktemp("readme") / "origin"
    tracked = (
        subprocess.run(["git", "ls-files", "-z"], cwd=PROJECT, capture_output=True, check=True)
        .stdout.decode()
        .split("\0")
    )
    for rel in filter(None, tracked):
        if (PROJECT / rel).is_file():
            (path / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(PROJECT / rel, path / rel)
    subprocess.run(["git", "init", "-q", "-b", "main", str(path)], check=True)
    Repo(path).commit("The project as cloned")
    return path


def test_the_readme_has_the_examples_this_test_knows() -> None:
    examples = _examples()
    assert len(examples) >= 20
    assert set(NEEDS) | set(NOT_RUN) <= set(examples)


@pytest.mark.parametrize("example", sorted(set(_examples()) - set(NOT_RUN)))
def test_a_readme_example_works_on_a_fresh_clone(example: str, origin: Path, tmp_path: Path) -> None:
    subprocess.run(["git", "clone", "-q", str(origin), str(tmp_path / "clone")], check=True)
    repo = Repo(tmp_path / "clone")
    os.symlink(PROJECT / ".venv", repo.path / ".venv")
    if example in NEEDS:
        words, prepare = NEEDS[example]
        assert words in _examples()[example], f"the README should say what {example!r} needs first"
        prepare(repo)
    _make(repo, *example.split()[1:])
