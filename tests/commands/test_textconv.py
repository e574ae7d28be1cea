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
    for name in (".gitattributes", ".gitconfig-zvit"):
        (repo.path / name).write_bytes((PROJECT / name).read_bytes())
    os.symlink(PROJECT / "tools", repo.path / "tools")
    os.symlink(PROJECT / ".venv", repo.path / ".venv")
    repo.git("config", "--local", "--replace-all", "include.path", "../.gitconfig-zvit", r"^\.\./\.gitconfig-zvit$")


@pytest.fixture(scope="module")
def configured(tmp_path_factory: pytest.TempPathFactory) -> Repo:
    repo = diff_scenario.build(tmp_path_factory.mktemp("textconv") / "repo").repo
    setup_like_make(repo)
    if not (PROJECT / ".venv" / "bin" / "python").exists():
        pytest.skip("the project's .venv is needed to run the textconv command")
    return repo


def test_git_diff_names_the_measure_and_shows_the_words(configured: Repo) -> None:
    report = "reports/jkg/2019-q3.yaml"
    original = configured.read(report)
    configured.write(
        report, original.replace("Заплановано підвищення кваліфікації", "Проведено підвищення кваліфікації.")
    )
    try:
        diff = configured.git("diff", "--word-diff", "--", report)
    finally:
        configured.write(report, original)
    assert diff.splitlines()[4:] == [
        "@@ -18,7 +18,7 @@ I.8",
        "    На виконання пункту ІІІ Програми у",
        "    ІІІ кварталі з працівниками Департаменту  проведено навчальні заняття з на тему: "
        "«Конфлікт інтересів та заходи щодо його врегулювання».",
        "  I.9: Державні службовці Департаменту дотримуються правил етичної поведінки під час виконання "
        "посадових обов’язків",
        "  I.10: [-Заплановано-]{+Проведено+} підвищення кваліфікації{+.+} згідно графіка",
        "  I.11: Працівники ознайомлені з вимогами статті 45.",
        "  I.12: Фактів корупційних та пов’язаних із корупцією правопорушень у звітному періоді не встановлено",
        "  I.13: |-",
    ]


def test_git_diff_shows_a_removed_carried_over_mark(configured: Repo) -> None:
    """Deleting `carried_over: true` confirms a copied text: `git diff` must show it (it once showed nothing)."""
    report = "reports/jkg/2019-q4.yaml"
    assert configured.zvit("new", "--unit", "jkg", "--quarter", "4")[0] == 0
    configured.git("add", report)
    original = configured.read(report)
    confirmed = original.replace(
        "    text: Заплановано підвищення кваліфікації згідно графіка\n    carried_over: true\n", ""
    )
    try:
        configured.write(
            report, confirmed.replace("  I.10:\n", "  I.10: Заплановано підвищення кваліфікації згідно графіка\n")
        )
        diff = configured.git("diff", "--", report)
    finally:
        configured.git("rm", "-q", "-f", "--cached", report)
        (configured.path / report).unlink()
    changed = [
        line for line in diff.splitlines() if line.startswith(("-", "+")) and not line.startswith(("---", "+++"))
    ]
    assert changed == [
        "-  I.10:",
        "-    text: Заплановано підвищення кваліфікації згідно графіка",
        "-    carried_over: true",
        "+  I.10: Заплановано підвищення кваліфікації згідно графіка",
    ]


def test_a_report_as_measure_lines_in_git_diff_when_asked_for(configured: Repo) -> None:
    """The report's textconv is there for one diff (docs/git-integration.md), not on by default."""
    report = "reports/jkg/2019-q3.yaml"
    original = configured.read(report)
    configured.write(report, original.replace("Заплановано підвищення", "Проведено підвищення"))
    try:
        diff = configured.git("-c", "diff.zvit-report.textconv=sh tools/textconv.sh", "diff", "--word-diff", report)
    finally:
        configured.write(report, original)
    assert "I.10 │ [-Заплановано-]{+Проведено+} підвищення кваліфікації згідно графіка" in diff.splitlines()


def test_git_log_after_setup_runs_no_process_per_version(configured: Repo) -> None:
    """The report's lines are git's own, as without the driver; only the hunk headers name the measure.

    A textconv (a process for both sides of every version) made the first
    `git log -p` of 2,000 versions take minutes, with cachetextconv too.
    """
    report = "reports/jkg/2019-q3.yaml"
    with_driver = configured.git("log", "-p", "--format=%s", "--", report)
    plain = configured.git("log", "-p", "--no-textconv", "--format=%s", "--", report)
    assert "+  I.2: Постійно здійснювався контроль" in with_driver
    assert "@@ -8,7 +8,7 @@ I.1\n" in with_driver
    assert [line for line in with_driver.splitlines() if not line.startswith("@@")] == [
        line for line in plain.splitlines() if not line.startswith("@@")
    ]


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
    for name in (".gitattributes", ".gitconfig-zvit"):
        (repo.path / name).write_bytes((PROJECT / name).read_bytes())
    os.symlink(PROJECT / "tools", repo.path / "tools")
    repo.git("config", "--local", "include.path", "../.gitconfig-zvit")
    patch = repo.git("log", "-p", "-1", "--format=%s", "--", "reports/jkg/2019-q3.yaml")
    assert "-  I.2: Постійно здійснюється контроль" in patch
    assert "+  I.2: Постійно здійснювався контроль" in patch


def test_a_tracked_changes_form_shows_the_inserted_words_and_not_the_deleted(repo: Repo, tmp_path: Path) -> None:
    """`git diff` of a form reviewed in Word: its text is what Word shows, insertions in, deletions out."""
    report = "reports/jkg/2019-q3.yaml"
    repo.write(report, repo.read(report).replace("I.2: Постійно здійснюється", "I.2: Щодня здійснюється"))
    form = tmp_path / "changes.docx"
    code, _, err = repo.zvit("diff", "--unit", "jkg", "--quarter", "3", "--from-rev", "HEAD", "--format", "docx")
    assert (code, err) == (0, "")
    form.write_bytes((repo.path / "build" / "jkg-2019-q3-changes.docx").read_bytes())
    code, out, _ = repo.zvit("textconv", str(form))
    (row,) = [line for line in out.splitlines() if line.startswith("2 | Здійснення контролю за дотриманням")]
    assert code == 0
    assert row.endswith(
        " | Щодня здійснюється контроль за дотриманням вимог антикорупційного законодавства та "
        "законодавства про державну службу працівниками Департаменту."
    )
    assert "Постійно" not in row
