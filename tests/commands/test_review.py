"""`zvit review`: what a branch changes in the reports, as CI shows it to a reviewer."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import diff_scenario
import pytest
from diff_scenario import IVANENKO, Scenario


@pytest.fixture(scope="module")
def branch(tmp_path_factory: pytest.TempPathFactory) -> Scenario:
    """main as in the scenario; the branch `change` edits I.10 of Q3 and adds Q4."""
    scenario = diff_scenario.build(tmp_path_factory.mktemp("review") / "repo")
    repo = scenario.repo
    repo.git("checkout", "-q", "-b", "change")
    q3 = repo.read("reports/jkg/2019-q3.yaml")
    repo.write("reports/jkg/2019-q3.yaml", q3.replace("Заплановано підвищення", "Проведено підвищення"))
    repo.write("reports/jkg/2019-q4.yaml", q3.replace("quarter: 3", "quarter: 4"))
    repo.commit("III квартал: I.10; IV квартал", author=IVANENKO, date="2019-12-20T10:00:00")
    return scenario


def test_the_summary_and_the_forms_of_every_changed_report(branch: Scenario) -> None:
    code, out, err = branch.repo.zvit("review", "--base", "main")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[:13] == [
        "### reports/jkg/2019-q3.yaml",
        "",
        "jkg: reports/jkg/2019-q3.yaml (main) → reports/jkg/2019-q3.yaml (HEAD)",
        "",
        "змінено: 1, без змін: 26",
        "",
        "#### I.10 — змінено",
        "",
        "*Забезпечення підвищення кваліфікації працівників органів ви…*",
        "",
        "> <del>Заплановано</del><ins>Проведено</ins> підвищення кваліфікації згідно графіка",
        "",
        "",
    ]
    assert "### reports/jkg/2019-q4.yaml" in lines
    assert "заповнено: 25, без змін: 2" in lines
    assert lines[-1] == "Форми і форми з виправленнями (DOCX) — в артефактах цього запуску."
    review = branch.repo.path / "build" / "review"
    assert sorted(p.name for p in review.iterdir()) == [
        "jkg-2019-q3-changes.docx",
        "jkg-2019-q3.docx",
        "jkg-2019-q4-changes.docx",
        "jkg-2019-q4.docx",
    ]
    xml = zipfile.ZipFile(review / "jkg-2019-q3-changes.docx").read("word/document.xml").decode()
    assert 'w:author="Петро Іваненко"' in xml and '<w:delText xml:space="preserve">Заплановано</w:delText>' in xml


@pytest.mark.parametrize("folder", [".git", "reports/jkg", "schema"])
def test_out_dir_in_the_repositorys_own_data_is_refused(branch: Scenario, folder: str) -> None:
    before = sorted(p.name for p in (branch.repo.path / folder).iterdir())
    code, out, err = branch.repo.zvit("review", "--base", "main", "--out-dir", folder)
    assert (code, out) == (1, "")
    assert err == (
        f"zvit: {folder} — тека даних репозиторію (звіти, схеми чи git); форми туди не записуються: "
        "вкажіть теку в build/ або поза репозиторієм\n"
    )
    assert sorted(p.name for p in (branch.repo.path / folder).iterdir()) == before


def test_carried_over_copies_are_not_counted_as_filled(tmp_path: Path) -> None:
    """A new quarter made by `zvit new` holds last quarter's texts: the reviewer must see they are copies."""
    repo = diff_scenario.build(tmp_path / "repo").repo
    repo.git("checkout", "-q", "-b", "q4")
    assert repo.zvit("new", "--unit", "jkg", "--quarter", "4")[0] == 0
    repo.commit("IV квартал", author=IVANENKO, date="2019-12-20T10:00:00")
    code, out, _ = repo.zvit("review", "--base", "main", "--out-dir", str(tmp_path / "review"))
    assert code == 0
    assert "перенесено з попереднього кварталу й не оновлено: 25, без змін: 2" in out.splitlines()
    assert "#### I.10 — перенесено з попереднього кварталу й не оновлено" in out.splitlines()


def test_a_branch_without_report_changes_says_so(branch: Scenario, tmp_path: Path) -> None:
    code, out, _ = branch.repo.zvit("review", "--base", "HEAD", "--out-dir", str(tmp_path / "none"))
    assert (code, out) == (0, "Цей запит не змінює жодного звіту.\n")
    assert not (tmp_path / "none").exists()


def test_both_ci_templates_run_the_review_on_pull_requests() -> None:
    from conftest import PROJECT

    github = (PROJECT / ".github/workflows/validate.yml").read_text(encoding="utf-8")
    assert 'zvit review --base "origin/$BASE_REF" --out-dir build/review >> "$GITHUB_STEP_SUMMARY"' in github
    assert "if: github.event_name == 'pull_request'" in github and "path: build/review/" in github
    gitlab = (PROJECT / ".gitlab-ci.yml").read_text(encoding="utf-8")
    assert 'zvit review --base "$CI_MERGE_REQUEST_DIFF_BASE_SHA" --out-dir build/review > zvit-review.md' in gitlab
    assert "paths: [zvit-review.md, build/review/]" in gitlab


def test_paths_and_errors_go_into_the_summary_as_text_not_markup(branch: Scenario, tmp_path: Path) -> None:
    """A folder named like HTML must not become an image, a link or a heading in the job summary."""
    repo = diff_scenario.Repo(tmp_path / "repo")
    shutil.copytree(branch.repo.path, repo.path)
    hostile = "reports/<img src=x onerror=alert(1)>[a](b)/2019-q3.yaml"
    repo.write(hostile, "unit: jkg\n")
    repo.commit("hostile path")
    code, out, _ = repo.zvit("review", "--base", "main", "--out-dir", str(tmp_path / "out"))
    assert code == 1
    heading = "### reports/&lt;img src=x onerror=alert(1)&gt;\\[a\\](b)/2019-q3.yaml"
    assert heading in out.splitlines()
    assert "<img" not in out
