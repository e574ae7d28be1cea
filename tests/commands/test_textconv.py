"""`zvit textconv` and the git diff drivers `make setup` enables: reports and forms in words."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import diff_scenario
import pytest
from conftest import PROJECT, Repo
from diff_scenario import KOVAL

SMALL = """\
programme: loda-2019
unit: jkg
year: 2019
quarter: 3
measures:
  I.1: |-
    Перший абзац.

    Третій абзац.
  I.2:
    text: Виконано.
    state: виконано
  I.11: "."
date: "2019-10-04"
"""


def test_a_report_as_measure_labelled_lines(tmp_path: Path) -> None:
    path = tmp_path / "2019-q3.yaml"
    path.write_text(SMALL, encoding="utf-8")
    code, out, err = Repo(tmp_path).zvit("textconv", str(path))
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "programme: loda-2019",
        "unit: jkg",
        "year: 2019",
        "quarter: 3",
        "date: 2019-10-04",
        "",
        "I.1 │ Перший абзац.",
        "I.1 │",
        "I.1 │ Третій абзац.",
        "I.2 │ [виконано]",
        "I.2 │ Виконано.",
        "I.11 │ .",
    ]


def test_what_it_cannot_read_passes_through_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "broken.yaml"
    path.write_text("measures: [unclosed\n", encoding="utf-8")
    code, out, _ = Repo(tmp_path).zvit("textconv", str(path))
    assert (code, out) == (0, "measures: [unclosed\n")


def setup_like_make(repo: Repo) -> None:
    """What `make setup` does, in a repository where tools/ and .venv/ are the project's own."""
    (repo.path / ".gitattributes").write_bytes((PROJECT / ".gitattributes").read_bytes())
    os.symlink(PROJECT / "tools", repo.path / "tools")
    os.symlink(PROJECT / ".venv", repo.path / ".venv")
    assert repo.zvit("setup")[0] == 0


@pytest.fixture(scope="module")
def configured(tmp_path_factory: pytest.TempPathFactory) -> Repo:
    repo = diff_scenario.build(tmp_path_factory.mktemp("textconv") / "repo").repo
    setup_like_make(repo)
    if not (PROJECT / ".venv" / "bin" / "python").exists():
        pytest.skip("the project's .venv is needed to run the textconv command")
    return repo


def test_git_diff_shows_a_report_by_measure_and_in_words(configured: Repo) -> None:
    report = "reports/jkg/2019-q3.yaml"
    original = configured.read(report)
    configured.write(
        report, original.replace("Заплановано підвищення кваліфікації", "Проведено підвищення кваліфікації")
    )
    try:
        diff = configured.git("diff", "--word-diff", "--", report)
    finally:
        configured.write(report, original)
    assert diff.splitlines()[4:] == [
        "@@ -15,7 +15,7 @@ I.8",
        "I.8 │ На виконання пункту ІІІ Програми у",
        "I.8 │ ІІІ кварталі з працівниками Департаменту  проведено навчальні заняття з на тему: "
        "«Конфлікт інтересів та заходи щодо його врегулювання».",
        "I.9 │ Державні службовці Департаменту дотримуються правил етичної поведінки під час виконання "
        "посадових обов’язків",
        "I.10 │ [-Заплановано-]{+Проведено+} підвищення кваліфікації згідно графіка",
        "I.11 │ Працівники ознайомлені з вимогами статті 45.",
        "I.12 │ Фактів корупційних та пов’язаних із корупцією правопорушень у звітному періоді не встановлено",
        "I.13 │ Фактів одержання неправомірної вигоди,  сумісництва та суміщення з іншими видами діяльності "
        "не встановлено.",
    ]


def test_git_log_shows_the_history_in_measure_lines(configured: Repo) -> None:
    patch = configured.git("log", "-p", "-1", "--format=%s", "--", "reports/jkg/2019-q3.yaml")
    assert "-I.2 │ Постійно здійснюється контроль" in patch
    assert "+I.2 │ Постійно здійснювався контроль" in patch


def test_git_diff_shows_a_form_as_its_text(configured: Repo) -> None:
    code, _, _ = configured.zvit(
        "docx", "--unit", "jkg", "--quarter", "3", "--out", str(configured.path / "forms/jkg.docx")
    )
    assert code == 0
    configured.commit("Форма", author=KOVAL, date="2019-10-08T09:00:00")
    configured.write(
        "reports/jkg/2019-q3.yaml",
        configured.read("reports/jkg/2019-q3.yaml").replace(
            "Заплановано підвищення кваліфікації", "Проведено підвищення кваліфікації"
        ),
    )
    configured.zvit("docx", "--unit", "jkg", "--quarter", "3", "--out", str(configured.path / "forms/jkg.docx"))
    diff = configured.git("diff", "--word-diff", "--", "forms/jkg.docx")
    changed = [line for line in diff.splitlines() if "[-" in line or "{+" in line]
    assert len(changed) == 1
    assert changed[0].startswith("10 | Забезпечення підвищення кваліфікації працівників")
    assert changed[0].endswith("| [-Заплановано-]{+Проведено+} підвищення кваліфікації згідно графіка")
    notes = subprocess.run(["git", "for-each-ref", "refs/notes/"], cwd=configured.path, capture_output=True, text=True)
    assert "refs/notes/textconv/zvit-docx" in notes.stdout  # each version converted once


def test_without_an_environment_git_diff_shows_the_plain_yaml(tmp_path: Path) -> None:
    """Before `.venv` exists (or after it is removed), the driver passes the file through: git diff never fails."""
    repo = diff_scenario.build(tmp_path / "repo").repo
    (repo.path / ".gitattributes").write_bytes((PROJECT / ".gitattributes").read_bytes())
    os.symlink(PROJECT / "tools", repo.path / "tools")
    assert repo.zvit("setup")[0] == 0
    patch = repo.git("log", "-p", "-1", "--format=%s", "--", "reports/jkg/2019-q3.yaml")
    assert "-  I.2: Постійно здійснюється контроль" in patch
    assert "+  I.2: Постійно здійснювався контроль" in patch
