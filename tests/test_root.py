"""Which folder zvit works in: the one that holds programme.yaml, never an enclosing repository."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import PROJECT, Repo

from zvit.cli import main


def run_in(folder: Path, monkeypatch: pytest.MonkeyPatch, *argv: str) -> tuple[int, str, str]:
    monkeypatch.chdir(folder)
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def nested(repo: Repo) -> Path:
    """A reporting folder unpacked (no .git) inside another work tree that is itself a reporting repository."""
    inner = repo.path / "vendor" / "zvit-data"
    inner.mkdir(parents=True)
    shutil.copy(PROJECT / "programme.yaml", inner / "programme.yaml")
    shutil.copytree(PROJECT / "reports", inner / "reports")
    shutil.copytree(PROJECT / "schema", inner / "schema")
    return inner


def test_docx_and_new_write_into_the_inner_folder(nested: Path, repo: Repo, monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, err = run_in(nested, monkeypatch, "docx", "--unit", "jkg", "--quarter", "3")
    assert (code, err) == (0, "")
    assert (nested / "build" / "jkg-2019-q3.docx").is_file()
    assert not (repo.path / "build").exists()
    code, _, err = run_in(nested / "reports" / "jkg", monkeypatch, "new", "--unit", "jkg", "--quarter", "4")
    assert (code, err) == (0, "")
    assert (nested / "reports" / "jkg" / "2019-q4.yaml").is_file()
    assert not (repo.path / "reports" / "jkg" / "2019-q4.yaml").exists()


def test_the_outer_history_is_not_taken_for_the_folders_own(
    nested: Path, repo: Repo, monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, err = run_in(nested, monkeypatch, "history", "--unit", "jkg", "--quarter", "3")
    assert code == 1
    assert out == ""
    assert err == f"zvit: це не репозиторій git (або git не встановлено): {nested}\n"
    code, out, err = run_in(nested, monkeypatch, "validate")
    assert (code, err) == (0, "")
    assert out.splitlines()[-1] == "перевірено файлів: 2; помилок: 0, попереджень: 3"


@pytest.mark.parametrize("target", ["setup", "hooks"])
def test_make_in_the_inner_folder_installs_no_hook_in_the_outer_repository(
    nested: Path, repo: Repo, target: str
) -> None:
    """`make setup` and `make hooks` in an unpacked archive inside a work tree: pre-commit would install there."""
    if shutil.which("make") is None or not (PROJECT / ".venv" / ".installed").exists():
        pytest.skip("make and the project's .venv are needed")
    for name in ("Makefile", ".pre-commit-config.yaml"):
        shutil.copy(PROJECT / name, nested / name)
    shutil.copytree(PROJECT / "tools", nested / "tools")
    (nested / ".venv").symlink_to(PROJECT / ".venv")
    env = {k: v for k, v in os.environ.items() if not k.startswith("MAKE")}
    proc = subprocess.run(
        ["make", "-s", "-o", ".venv/.installed", target], cwd=nested, capture_output=True, text=True, env=env
    )
    assert proc.returncode != 0
    assert proc.stdout == ""
    assert proc.stderr.splitlines()[0] == f"zvit: це не репозиторій git (або git не встановлено): {nested}"
    assert not (repo.path / ".git" / "hooks" / "pre-commit").exists()
    assert repo.git("config", "--local", "--list").count("zvit") == 0
