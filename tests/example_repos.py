"""The example programmes under tests/data/ (not official documents) as committed git repositories."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from conftest import Repo

DATA = Path(__file__).resolve().parent / "data"


def example_repo(tmp_path: Path, name: str, *, date: str = "2022-07-04T10:00:00+03:00") -> Repo:
    """tests/data/<name> with its generated schemas, committed once."""
    path = tmp_path / name
    shutil.copytree(DATA / name, path, ignore=shutil.ignore_patterns("README.md"))
    subprocess.run(["git", "init", "-q", "-b", "main", str(path)], check=True)
    repo = Repo(path)
    code, _, err = repo.zvit("schema")
    assert code == 0, err
    repo.commit("Example data", date=date)
    return repo
