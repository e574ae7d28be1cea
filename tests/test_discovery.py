"""Which files are reports: one canonical name each, no symlinks; anything else report-like is a located error."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import pytest
from conftest import Repo

REPORT = "reports/jkg/2019-q3.yaml"


def errors(out: str) -> list[str]:
    return [line for line in out.splitlines() if ": помилка: " in line]


@pytest.mark.parametrize(
    ("name", "line"),
    [
        (
            "reports/jkg/2019-q3.yml",
            "reports/jkg/2019-q3.yml: помилка: поруч уже є reports/jkg/2019-q3.yaml, і саме його читають перевірка й "
            "форми; цей файл zvit не читає — залиште один із двох [report.bad-name-beside]",
        ),
        (
            "reports/jkg/2019-q03.yaml",
            "reports/jkg/2019-q03.yaml: помилка: поруч уже є reports/jkg/2019-q3.yaml, і саме його читають перевірка й "
            "форми; цей файл zvit не читає — залиште один із двох [report.bad-name-beside]",
        ),
        (
            "reports/jkg/2019-q4.YAML",
            "reports/jkg/2019-q4.YAML: помилка: назва файлу звіту має бути reports/jkg/2019-q4.yaml; файл з іншою "
            "назвою zvit не читає (ні перевірка, ні форми) — перейменуйте його: git mv [report.bad-name]",
        ),
    ],
)
def test_a_report_like_name_that_is_not_read_is_an_error(repo: Repo, name: str, line: str) -> None:
    repo.write(name, "measures: [a syntax error\n")
    code, out, _ = repo.zvit("validate")
    assert code == 1
    assert errors(out) == [line]


def test_the_consolidated_form_reads_the_same_file_as_the_units_form(repo: Repo, tmp_path: Path) -> None:
    """A copy under another name never stands in for the report."""
    repo.write("reports/jkg/2019-q3.yml", repo.read(REPORT).replace("Проводиться", "ПІДМІНА"))
    out = tmp_path / "consolidated.docx"
    code, _, _ = repo.zvit("consolidated", "--quarter", "3", "--out", str(out))
    assert code == 0
    xml = zipfile.ZipFile(out).read("word/document.xml").decode("utf-8")
    assert "Проводиться роз’яснювальна робота" in xml
    assert "ПІДМІНА" not in xml


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    folder = tmp_path / "outside"
    folder.mkdir()
    return folder


def test_a_symlinked_unit_folder_is_an_error_for_validate_and_docx(repo: Repo, outside: Path) -> None:
    (repo.path / REPORT).rename(outside / "2019-q3.yaml")
    (repo.path / "reports" / "jkg").rmdir()
    os.symlink(outside, repo.path / "reports" / "jkg")
    link_error = (
        "reports/jkg: помилка: reports/jkg — символьне посилання; zvit не читає файлів через посилання (їхній текст "
        "може лежати будь-де, навіть поза репозиторієм): покладіть сюди сам файл [file.symlink]"
    )
    code, out, _ = repo.zvit("validate")
    assert (code, errors(out)) == (1, [link_error])
    code, _, err = repo.zvit("docx", "--unit", "jkg", "--quarter", "3")
    assert code == 1
    assert err.splitlines()[0] == link_error.replace("reports/jkg: ", f"{REPORT}: ", 1)
    assert not (repo.path / "build").exists()


def test_a_symlinked_report_does_not_bring_outside_text_into_the_form(repo: Repo, outside: Path) -> None:
    (outside / "secret.yaml").write_text(repo.read(REPORT).replace("Проводиться", "ЧУЖИЙ ТЕКСТ"), encoding="utf-8")
    (repo.path / REPORT).unlink()
    os.symlink(outside / "secret.yaml", repo.path / REPORT)
    code, _, err = repo.zvit("docx", "--unit", "jkg", "--quarter", "3")
    assert code == 1
    assert "[file.symlink]" in err.splitlines()[0]
    assert not (repo.path / "build").exists()
    code, out, _ = repo.zvit("status", "--quarter", "3", "--format", "json")
    assert "ЧУЖИЙ ТЕКСТ" not in out


def test_new_does_not_write_outside_through_a_committed_symlink(repo: Repo, outside: Path) -> None:
    os.symlink(outside, repo.path / "reports" / "dmk")
    code, out, err = repo.zvit("new", "--unit", "dmk", "--quarter", "4")
    assert code == 1
    assert err == (
        f"zvit: не записано {repo.path}/reports/dmk/2019-q4.yaml: тека reports/dmk — символьне посилання, "
        "і запис міг би вийти за межі репозиторію\n"
    )
    assert list(outside.iterdir()) == []


def test_fmt_does_not_rewrite_a_report_through_a_symlink(repo: Repo, outside: Path) -> None:
    target = outside / "2019-q2.yaml"
    target.write_text("measures: {}\nunit:   jkg\n", encoding="utf-8")
    os.symlink(target, repo.path / "reports" / "jkg" / "2019-q2.yaml")
    code, _, err = repo.zvit("fmt")
    assert code == 1
    assert "reports/jkg/2019-q2.yaml: помилка: reports/jkg/2019-q2.yaml — символьне посилання" in err
    assert target.read_text(encoding="utf-8") == "measures: {}\nunit:   jkg\n"


def test_a_committed_symlink_is_an_error_at_a_revision_too(repo: Repo, outside: Path) -> None:
    (outside / "2019-q3.yaml").write_text(repo.read(REPORT), encoding="utf-8")
    (repo.path / REPORT).unlink()
    os.symlink(outside / "2019-q3.yaml", repo.path / REPORT)
    repo.commit("a symlinked report")
    code, _, err = repo.zvit("docx", "--unit", "jkg", "--quarter", "3", "--rev", "HEAD")
    assert code == 1
    assert err.splitlines()[0].startswith(f"{REPORT}: помилка: {REPORT} — символьне посилання")
