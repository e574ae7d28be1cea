"""SHA-256 repositories (`git init --object-format=sha256`) read like SHA-1 ones.

git's ids there have 64 hex digits, and its "no such file" id is 64 zeros; every
reader of git's output must take both lengths.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from conftest import REPORT_PATH, Repo, data_or_project

from zvit.load.git_records import is_null_id, is_object_id

REPORT = "reports/jkg/2019-q3.yaml"


def _repository(path: Path, object_format: str) -> Repo:
    subprocess.run(["git", "init", "-q", "-b", "main", f"--object-format={object_format}", str(path)], check=True)
    repo = Repo(path)
    repo.write("programme.yaml", data_or_project("programme.yaml").read_bytes())
    for name in ("programme.schema.json", "report.schema.json"):
        repo.write(f"schema/{name}", data_or_project(f"schema/{name}").read_bytes())
    text = REPORT_PATH.read_text(encoding="utf-8")
    repo.write(REPORT, text)
    repo.commit("Звіт", author="Оксана Коваль <koval@example.org>", date="2019-10-01T09:00:00+03:00")
    repo.write(REPORT, text.replace("I.2: Постійно здійснюється", "I.2: Щодня здійснюється"))
    repo.commit("I.2", author="Петро Іваненко <ivanenko@example.org>", date="2019-10-02T09:00:00+03:00")
    (repo.path / REPORT).unlink()
    repo.commit("Видалено", author="Петро Іваненко <ivanenko@example.org>", date="2019-10-03T09:00:00+03:00")
    repo.write(REPORT, text)
    repo.commit("Повернуто", author="Оксана Коваль <koval@example.org>", date="2019-10-04T09:00:00+03:00")
    return repo


def _without_ids(output: str, repo: Repo) -> list[str]:
    ids = repo.git("log", "--format=%H").split()
    for commit in ids:
        output = output.replace(commit[:8], "<commit>")
    return output.splitlines()


@pytest.mark.parametrize("object_format", ["sha1", "sha256"])
def test_history_reads_every_commit_in_either_object_format(tmp_path: Path, object_format: str) -> None:
    repo = _repository(tmp_path / object_format, object_format)
    assert len(repo.git("rev-parse", "HEAD").strip()) == (64 if object_format == "sha256" else 40)
    code, out, err = repo.zvit("history", "--unit", "jkg", "--quarter", "3")
    assert (code, err) == (0, "")
    lines = _without_ids(out, repo)
    assert lines[0] == "Історія reports/jkg/2019-q3.yaml: комітів — 4"
    events = [line for line in lines if line.startswith("  ")]
    assert events == [
        "  звіт створено; заповнено заходів: 24",
        "  звіт видалено",
        "  I.2 змінено — Здійснення контролю за дотриманням вимог антикорупційного з…",
        "      [-Постійно-]{+Щодня+} здійснюється контроль за дотриманням вимог антикорупційного законодавства та …",
        "  звіт створено; заповнено заходів: 24",
    ]


def test_both_null_ids_and_only_they_are_null() -> None:
    assert is_null_id("0" * 40) and is_null_id("0" * 64)
    assert not is_null_id("0" * 39) and not is_null_id("0" * 63 + "1") and not is_null_id("")
    assert is_object_id("a" * 64) and is_object_id(b"0123456789" * 4)
    assert not is_object_id("A" * 40) and not is_object_id("g" * 40) and not is_object_id("a" * 41)
