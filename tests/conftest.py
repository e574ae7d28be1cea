"""Shared fixtures: real temporary git repositories holding real programme data.

The data is a frozen copy of the programme and jkg's Q3 2019 report under tests/data/,
never the live `programme.yaml` and `reports/`: a body that forks the repository for its
own programme keeps a green `make test`.  tests/test_live_data.py is the one test of the
live data.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest

from zvit.cli import main

PROJECT = Path(__file__).resolve().parent.parent
# Frozen copies of the data the tests read (programme.yaml, reports/, schema/), and the seed form.
DATA = PROJECT / "tests" / "data"
PROGRAMME_PATH = DATA / "programme.yaml"
REPORT_PATH = DATA / "reports" / "jkg" / "2019-q3.yaml"

# Tests never depend on the developer's git identity or configuration.
os.environ.update(
    {
        "GIT_AUTHOR_NAME": "Тест Автор",
        "GIT_AUTHOR_EMAIL": "author@example.invalid",
        "GIT_COMMITTER_NAME": "Тест Автор",
        "GIT_COMMITTER_EMAIL": "author@example.invalid",
        "GIT_CONFIG_GLOBAL": os.devnull,
        "GIT_CONFIG_NOSYSTEM": "1",
        # People are shown Kyiv time (core.times); git reads the tests' dates in the same zone.
        "TZ": "Europe/Kyiv",
    }
)
time.tzset()


@dataclass
class Repo:
    """A temporary reporting repository; `commit` records the work tree as a new commit."""

    path: Path

    def git(self, *args: str, env: dict[str, str] | None = None) -> str:
        proc = subprocess.run(
            ["git", *args], cwd=self.path, capture_output=True, text=True, env={**os.environ, **(env or {})}, check=True
        )
        return proc.stdout

    def write(self, rel: str, content: str | bytes) -> Path:
        target = self.path / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, str):
            content = content.encode("utf-8")
        target.write_bytes(content)
        return target

    def read(self, rel: str) -> str:
        return (self.path / rel).read_text(encoding="utf-8")

    def commit(self, message: str, *, author: str | None = None, date: str | None = None) -> str:
        env: dict[str, str] = {}
        if author:
            name, email = author.rsplit(" ", 1)
            env.update(
                GIT_AUTHOR_NAME=name,
                GIT_AUTHOR_EMAIL=email.strip("<>"),
                GIT_COMMITTER_NAME=name,
                GIT_COMMITTER_EMAIL=email.strip("<>"),
            )
        if date:
            env.update(GIT_AUTHOR_DATE=date, GIT_COMMITTER_DATE=date)
        self.git("add", "-A")
        self.git("commit", "-q", "--allow-empty", "-m", message, env=env)
        return self.git("rev-parse", "HEAD").strip()

    def zvit(self, *argv: str) -> tuple[int, str, str]:
        """Run the CLI in this repository: (exit code, stdout, stderr)."""
        out, err = io.StringIO(), io.StringIO()
        code = main(["--root", str(self.path), *argv], out=out, err=err)
        return code, out.getvalue(), err.getvalue()


def data_or_project(rel: str) -> Path:
    """The frozen copy of a data file or folder when tests/data has one, else the project's own file."""
    frozen = DATA / rel
    return frozen if frozen.exists() else PROJECT / rel


def make_repo(path: Path, files: Sequence[str] = ("programme.yaml", "reports/jkg/2019-q3.yaml", "schema")) -> Repo:
    path.mkdir(parents=True, exist_ok=True)
    subprocess.run(["git", "init", "-q", "-b", "main", str(path)], check=True)
    for rel in files:
        src = data_or_project(rel)
        if src.is_dir():
            shutil.copytree(src, path / rel)
        else:
            (path / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(src, path / rel)
    return Repo(path)


@pytest.fixture
def repo(tmp_path: Path) -> Repo:
    """The frozen programme, jkg's Q3 report and the schemas (tests/data), committed once."""
    r = make_repo(tmp_path / "repo")
    r.commit("Initial data")
    return r
