"""Hostile conditions around the data: no .git, a shallow clone, a worktree, LC_ALL=C, a full disk,
a read-only folder, kill -9 in the middle of a write, two writers at once.

Each gives a clear Ukrainian message (exit 1) and loses nothing. Targets that are not
regular files and symlinks out of the repository are tested with the atomic writer
(issue 16), not here.
"""

from __future__ import annotations

import errno
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from commands.test_textconv import setup_like_make
from conftest import PROJECT, Repo, make_repo

import zvit.commands.fmt
import zvit.commands.new
import zvit.commands.submit
from zvit.core import writing

REPORT = "reports/jkg/2019-q3.yaml"
NOT_A_REPOSITORY = "zvit: це не репозиторій git (або git не встановлено): {root}\n"


def test_git_commands_in_a_copy_without_git_say_so(tmp_path: Path) -> None:
    """A tarball of the repository: history printed git's English `fatal:`, diff and review «no such revision»."""
    plain = make_repo(tmp_path / "copy")
    shutil.rmtree(plain.path / ".git")
    expected = (1, "", NOT_A_REPOSITORY.format(root=plain.path))
    assert plain.zvit("history", "--unit", "jkg", "--quarter", "3") == expected
    assert plain.zvit("diff", "--unit", "jkg", "--quarter", "3", "--from-rev", "jkg/2019-q3") == expected
    assert plain.zvit("review", "--base", "main") == expected
    assert plain.zvit("docx", "--unit", "jkg", "--quarter", "3", "--rev", "jkg/2019-q3") == expected
    assert plain.zvit("validate")[0] == 0  # what needs no history still works


def test_history_in_a_shallow_clone_warns_that_its_first_commit_is_not_the_creation(repo: Repo, tmp_path: Path) -> None:
    repo.write(REPORT, repo.read(REPORT).replace('I.11: "."', "I.11: Виконано."))
    repo.commit("I.11")
    clone = tmp_path / "shallow"
    subprocess.run(["git", "clone", "-q", "--depth", "1", f"file://{repo.path}", str(clone)], check=True)
    code, out, err = Repo(clone).zvit("history", "--unit", "jkg", "--quarter", "3")
    assert code == 0 and out
    assert err == (
        "zvit: це неповна копія репозиторію (git clone --depth): історія обривається на найдавнішому "
        "завантаженому коміті, і він лише здається створенням звіту; завантажте всю історію: git fetch --unshallow\n"
    )
    assert Repo(repo.path).zvit("history", "--unit", "jkg", "--quarter", "3")[2] == ""


def test_a_submitted_report_is_guarded_in_a_git_worktree_too(repo: Repo, tmp_path: Path) -> None:
    """In a worktree `.git` is a file, not a folder: the submission check must still see the tags."""
    assert repo.zvit("submit", "--unit", "jkg", "--quarter", "3")[0] == 0
    repo.git("worktree", "add", "-q", str(tmp_path / "wt"), "-b", "wt")
    tree = Repo(tmp_path / "wt")
    tree.write(REPORT, tree.read(REPORT).replace("I.2: Постійно", "I.2: Щодня"))
    code, out, _ = tree.zvit("validate")
    assert code == 1 and "[report.measure-changed-after-submission]" in out


def test_ukrainian_output_survives_a_c_locale_without_utf8_mode(repo: Repo) -> None:
    """LC_ALL=C with Python's UTF-8 mode off (or a pipe on Windows): printing stopped with exit 3."""
    env = {**os.environ, "LC_ALL": "C", "LANG": "C", "PYTHONUTF8": "0", "PYTHONCOERCECLOCALE": "0"}
    env["PYTHONPATH"] = str(PROJECT / "tools")
    env.pop("PYTHONIOENCODING", None)
    proc = subprocess.run(
        [sys.executable, "-m", "zvit", "--root", str(repo.path), "validate"], capture_output=True, env=env
    )
    assert (proc.returncode, proc.stderr) == (0, b"")
    assert proc.stdout.decode("utf-8").splitlines()[-1] == "перевірено файлів: 2; помилок: 0, попереджень: 3"


@pytest.mark.parametrize(
    ("error", "reason"),
    [
        (OSError(errno.ENOSPC, "No space left on device"), "No space left on device"),
        (PermissionError(errno.EACCES, "Permission denied"), "Permission denied"),
    ],
)
def test_a_full_disk_or_a_read_only_folder_is_a_message_and_the_old_file_stays(
    repo: Repo, monkeypatch: pytest.MonkeyPatch, error: OSError, reason: str
) -> None:
    """What a full disk (ENOSPC at fsync) or a read-only `build/` (EACCES) raise; it was «internal error», exit 3."""
    assert repo.zvit("docx", "--unit", "jkg", "--quarter", "3")[0] == 0
    form = repo.path / "build" / "jkg-2019-q3.docx"
    before = form.read_bytes()
    repo.write(REPORT, repo.read(REPORT).replace('I.11: "."', "I.11: Виконано."))
    error.filename = str(form.parent)

    def fail(fd: int) -> None:
        raise error

    monkeypatch.setattr(writing.os, "fsync", fail)
    code, out, err = repo.zvit("docx", "--unit", "jkg", "--quarter", "3")
    assert (code, out) == (1, "")
    assert err == (
        f"zvit: не вдалося прочитати чи записати {form.parent}: {reason}; цей файл не змінено — звільніть місце "
        "на диску, перевірте права доступу чи шлях і повторіть\n"
    )
    assert form.read_bytes() == before
    assert sorted(p.name for p in form.parent.iterdir()) == ["jkg-2019-q3.docx"]  # no temporary file left


KILLED_WRITER = """
import os, sys, time
sys.path.insert(0, sys.argv[1])
from zvit.core import writing

def stall(fd):
    open(sys.argv[3], "w").close()
    time.sleep(60)

writing.os.fsync = stall
writing.write_atomic(sys.argv[2], "programme: половина".encode() * 100_000)
"""


def test_kill_9_in_the_middle_of_a_write_leaves_the_report_whole(repo: Repo, tmp_path: Path) -> None:
    """The write goes to `.zvit-*.tmp` beside the report; killed before the rename, the report is untouched,
    and the leftover is ignored by git (.gitignore) and by the validator."""
    shutil.copy(PROJECT / ".gitignore", repo.path / ".gitignore")
    before = repo.read(REPORT)
    started = tmp_path / "started"
    proc = subprocess.Popen(
        [sys.executable, "-c", KILLED_WRITER, str(PROJECT / "tools"), str(repo.path / REPORT), str(started)]
    )
    deadline = time.monotonic() + 30
    while not started.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert started.exists()
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert repo.read(REPORT) == before
    leftovers = [p.name for p in (repo.path / "reports" / "jkg").iterdir() if p.name.startswith(".zvit-")]
    assert len(leftovers) == 1
    assert repo.git("status", "--porcelain") == "?? .gitignore\n"
    assert repo.zvit("validate")[1].splitlines()[-1] == "перевірено файлів: 2; помилок: 0, попереджень: 3"


def test_of_two_clerks_starting_the_same_report_the_second_does_not_overwrite_the_first(
    repo: Repo, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Both saw no Q4 report; the second `zvit new` replaced what the first had written meanwhile."""
    q4 = repo.path / "reports/jkg/2019-q4.yaml"
    real_render = zvit.commands.new.render

    def first_clerk_writes_meanwhile(*args: object) -> str:
        q4.write_text("# перший працівник уже почав\n", encoding="utf-8")
        return real_render(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(zvit.commands.new, "render", first_clerk_writes_meanwhile)
    code, out, err = repo.zvit("new", "--unit", "jkg", "--quarter", "4")
    assert (code, out) == (1, "")
    assert err == (
        "zvit: звіт reports/jkg/2019-q4.yaml уже існує; команда не перезаписує звіти — відкрийте і доповніть "
        "наявний файл\n"
    )
    assert q4.read_text(encoding="utf-8") == "# перший працівник уже почав\n"
    assert not [p for p in q4.parent.iterdir() if p.name.startswith(".zvit-")]


def test_of_two_clerks_submitting_at_once_the_second_is_told_it_is_already_submitted(
    repo: Repo, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Both saw no tag; git refuses the second tag, and its English `fatal:` reached the clerk."""
    repo.git("tag", "-a", "jkg/2019-q3", "-m", "Подання звіту", env={"GIT_COMMITTER_DATE": "2019-10-04T10:00:00+03:00"})
    real = zvit.commands.submit.submission
    calls: list[object] = []

    def not_yet_on_first_look(root: str, ref: object) -> object:
        calls.append(ref)
        return None if len(calls) == 1 else real(root, ref)  # type: ignore[arg-type]

    monkeypatch.setattr(zvit.commands.submit, "submission", not_yet_on_first_look)
    code, _, err = repo.zvit("submit", "--unit", "jkg", "--quarter", "3")
    assert code == 1
    assert err.splitlines()[-1] == (
        "zvit: звіт reports/jkg/2019-q3.yaml уже подано 2019-10-04 (Тест Автор <author@example.invalid>), тег "
        "jkg/2019-q3; подання не повторюють — щоб виправити поданий звіт, змініть його і додайте до amendments "
        "пункт з date, reason і by"
    )


def _zvit_process(repo: Repo, *argv: str) -> tuple[int, str]:
    """The CLI in its own process, with a time limit: what is tested here used to block for ever."""
    env = {**os.environ, "PYTHONPATH": str(PROJECT / "tools")}
    proc = subprocess.run(
        [sys.executable, "-m", "zvit", *argv], cwd=repo.path, capture_output=True, env=env, timeout=60
    )
    return proc.returncode, (proc.stdout + proc.stderr).decode("utf-8")


def test_a_fifo_or_a_device_where_a_file_is_expected_is_refused_not_waited_on(repo: Repo) -> None:
    """`mkfifo reports/jkg/2019-q2.yaml` made `zvit fmt` and `zvit import` wait for a writer for ever,
    and `validate` called it «файлу немає»."""
    os.mkfifo(repo.path / "reports/jkg/2019-q2.yaml")
    refused = (
        "reports/jkg/2019-q2.yaml: помилка: це не звичайний файл (тека, пристрій або канал FIFO); звіт має бути "
        "текстовим файлом YAML [file.not-regular]"
    )
    code, out = _zvit_process(repo, "validate")
    assert code == 1 and refused in out.splitlines()
    code, out = _zvit_process(repo, "fmt")
    assert code == 1 and refused in out.splitlines()
    assert repo.read(REPORT) == (PROJECT / REPORT).read_text(encoding="utf-8")
    for source in ("reports/jkg/2019-q2.yaml", "/dev/zero"):
        code, out = _zvit_process(repo, "import", source, "--unit", "jkg", "--quarter", "1")
        assert (code, out) == (
            1,
            f"zvit: {source} — не звичайний файл (тека, пристрій або канал FIFO); вкажіть файл форми Word .docx\n",
        )


def test_a_repository_in_a_folder_with_spaces_and_cyrillic_works_through_git_diff_too(tmp_path: Path) -> None:
    """Clerks keep the repository in «Мої документи»: every command, and git's textconv driver, run there."""
    repo = make_repo(tmp_path / "Мої документи" / "звіти 2019")
    repo.commit("Initial data")
    setup_like_make(repo)
    assert repo.zvit("validate")[0] == 0
    assert repo.zvit("docx", "--unit", "jkg", "--quarter", "3")[1].startswith("записано ")
    assert repo.zvit("new", "--unit", "jkg", "--quarter", "4")[0] == 0
    assert repo.zvit("history", "--unit", "jkg", "--quarter", "3")[0] == 0
    repo.write(REPORT, repo.read(REPORT).replace('I.11: "."', "I.11: Виконано."))
    diff = repo.git("diff", "--", REPORT).splitlines()
    assert "+  I.11: Виконано." in diff and any(line.startswith("@@ ") and line.endswith(" I.8") for line in diff)


def test_fmt_does_not_throw_away_an_edit_saved_while_it_formats(repo: Repo, monkeypatch: pytest.MonkeyPatch) -> None:
    report = repo.path / REPORT
    report.write_text(repo.read(REPORT).replace("unit: jkg\nyear: 2019\n", "year: 2019\nunit: jkg\n"), encoding="utf-8")
    saved = repo.read(REPORT).replace('I.11: "."', "I.11: Виконано.")
    real_reformat = zvit.commands.fmt.reformat

    def clerk_saves_meanwhile(*args: object) -> object:
        result = real_reformat(*args)  # type: ignore[arg-type]
        report.write_text(saved, encoding="utf-8")
        return result

    monkeypatch.setattr(zvit.commands.fmt, "reformat", clerk_saves_meanwhile)
    code, _, err = repo.zvit("fmt", REPORT)
    assert code == 1
    assert err.splitlines()[0] == (
        f"{REPORT}: файл змінився, поки його форматували (збережено в редакторі?), тому його не змінено; "
        "запустіть форматування ще раз"
    )
    assert repo.read(REPORT) == saved
