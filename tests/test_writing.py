"""Writes: only a regular file is replaced; a full disk or a read-only folder is a clear message, nothing lost."""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

import pytest
from conftest import Repo

REPORT = "reports/jkg/2019-q3.yaml"


def docx(repo: Repo, out: str | Path) -> tuple[int, str, str]:
    return repo.zvit("docx", "--unit", "jkg", "--quarter", "3", "--out", str(out))


def test_a_fifo_is_not_replaced(repo: Repo, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.docx"
    os.mkfifo(fifo)
    code, _, err = docx(repo, fifo)
    assert (code, err) == (
        1,
        f"zvit: {fifo} — не звичайний файл (пристрій, канал чи сокет); zvit його не замінює: вкажіть звичайний файл\n",
    )
    assert fifo.is_fifo()


def test_a_symlink_is_not_replaced_nor_followed(repo: Repo, tmp_path: Path) -> None:
    target = tmp_path / "kept.docx"
    target.write_bytes(b"kept")
    link = tmp_path / "link.docx"
    os.symlink(target, link)
    code, _, err = docx(repo, link)
    assert code == 1
    assert err.startswith(f"zvit: {link} — символьне посилання; zvit не записує через посилання")
    assert link.is_symlink() and target.read_bytes() == b"kept"


def test_out_a_folder_says_to_name_a_file(repo: Repo, tmp_path: Path) -> None:
    code, _, err = docx(repo, tmp_path)
    assert (code, err) == (1, f"zvit: {tmp_path} — тека; вкажіть файл у ній, наприклад {tmp_path}/назва.docx\n")


def test_out_a_report_never_overwrites_it_with_docx_bytes(repo: Repo) -> None:
    before = (repo.path / REPORT).read_bytes()
    code, _, err = docx(repo, repo.path / REPORT)
    assert code == 1
    assert err.startswith(f"zvit: {repo.path / REPORT} — файл даних репозиторію (програма чи звіт)")
    assert (repo.path / REPORT).read_bytes() == before


def test_out_under_a_file_says_so_in_ukrainian(repo: Repo, tmp_path: Path) -> None:
    (tmp_path / "notes").write_bytes(b"kept")
    out = tmp_path / "notes" / "form.docx"
    code, _, err = docx(repo, out)
    assert (code, err) == (
        1,
        f"zvit: не записано {out}: частина шляху до нього — файл, а не тека; вкажіть інше місце\n",
    )
    assert (tmp_path / "notes").read_bytes() == b"kept"


def test_out_with_another_suffix_is_refused(repo: Repo, tmp_path: Path) -> None:
    code, _, err = docx(repo, tmp_path / "notes.yaml")
    assert (code, err) == (
        1,
        f"zvit: {tmp_path / 'notes.yaml'}: zvit записує тут DOCX; назва файлу має закінчуватися на .docx\n",
    )


def test_a_full_disk_leaves_the_old_file_and_no_temporary_one(
    repo: Repo, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "form.docx"
    out.write_bytes(b"old form")

    def no_space(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", no_space)
    code, _, err = docx(repo, out)
    assert (code, err) == (
        1,
        f"zvit: не записано {out}: на диску немає місця; звільніть місце і повторіть "
        "(попередній вміст файлу не змінено)\n",
    )
    assert out.read_bytes() == b"old form"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["form.docx", "repo"]


def test_a_read_only_folder_is_a_clear_message(repo: Repo, monkeypatch: pytest.MonkeyPatch) -> None:
    def read_only(**kwargs: object) -> tuple[int, str]:
        raise OSError(errno.EROFS, os.strerror(errno.EROFS))

    monkeypatch.setattr(tempfile, "mkstemp", read_only)
    code, _, err = repo.zvit("new", "--unit", "jkg", "--quarter", "4")
    target = repo.path / "reports/jkg/2019-q4.yaml"
    assert (code, err) == (
        1,
        f"zvit: не записано {target}: немає дозволу на запис (Read-only file system); "
        "перевірте права на теку або вкажіть іншу\n",
    )
    assert not target.exists()


def test_fmt_on_a_full_disk_names_the_file_and_keeps_it(repo: Repo, monkeypatch: pytest.MonkeyPatch) -> None:
    messy = repo.read(REPORT).replace("unit: jkg", "unit:    jkg")
    repo.write(REPORT, messy)

    def no_space(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", no_space)
    code, out, err = repo.zvit("fmt", REPORT)
    assert code == 1
    assert err.splitlines()[0] == (
        f"zvit: не записано {repo.path / REPORT}: на диску немає місця; звільніть місце і повторіть "
        "(попередній вміст файлу не змінено)"
    )
    assert repo.read(REPORT) == messy
