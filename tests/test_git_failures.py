"""git's failures reach the user in the catalogue's words, never as git's own English."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from conftest import PROJECT, Repo, make_repo

from zvit.load.git import failure


def _data_without_git(path: Path) -> Repo:
    path.mkdir()
    for rel in ("programme.yaml", "reports", "schema"):
        src = PROJECT / rel
        (shutil.copytree if src.is_dir() else shutil.copy)(src, path / rel)
    return Repo(path)


def test_history_outside_a_repository_says_so(tmp_path: Path) -> None:
    repo = _data_without_git(tmp_path / "plain")
    assert repo.zvit("history", "--unit", "jkg", "--quarter", "3") == (
        1,
        "",
        f"zvit: це не репозиторій git (або git не встановлено): {repo.path}\n",
    )
    assert repo.zvit("--lang", "en", "history", "--unit", "jkg", "--quarter", "3")[2] == (
        f"zvit: not a git repository (or git is not installed): {repo.path}\n"
    )


def test_history_before_the_first_commit_says_to_commit(tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "fresh")
    assert repo.zvit("history", "--unit", "jkg", "--quarter", "3")[2] == (
        f"zvit: у репозиторії {repo.path} ще немає жодного коміту; спершу зробіть коміт (git add, git commit)\n"
    )


def _git_says(repo: Path, *args: str, env: dict[str, str] | None = None) -> str:
    proc = subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True, env={**os.environ, **(env or {})})
    assert proc.returncode != 0
    return proc.stderr


def test_a_locked_index_and_an_unknown_committer_are_worded(repo: Repo, tmp_path: Path) -> None:
    """What git really says in each case (in English: zvit runs it with LC_ALL=C) maps to a catalogue entry."""
    (repo.path / ".git" / "index.lock").write_text("")
    said = _git_says(repo.path, "add", "programme.yaml", env={"LC_ALL": "C"})
    assert failure(str(repo.path), said).code == "git.locked"
    (repo.path / ".git" / "index.lock").unlink()
    home = tmp_path / "home"
    home.mkdir()
    nobody = {
        "LC_ALL": "C",
        "HOME": str(home),
        "GIT_CONFIG_NOSYSTEM": "1",
        "GIT_AUTHOR_NAME": "",
        "GIT_COMMITTER_NAME": "",
        "GIT_AUTHOR_EMAIL": "",
        "GIT_COMMITTER_EMAIL": "",
        "EMAIL": "",
    }
    said = _git_says(repo.path, "-c", "user.useConfigOnly=true", "var", "GIT_COMMITTER_IDENT", env=nobody)
    assert failure(str(repo.path), said).code == "git.no-identity"
    unknown = failure(str(repo.path), "fatal: something new\n")
    assert (unknown.code, unknown.args_) == ("git.failed", {"detail": "fatal: something new"})
