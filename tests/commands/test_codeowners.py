"""`zvit codeowners`: the generated files, and the validator's staleness check."""

from __future__ import annotations

import pytest
from conftest import Repo

from zvit.check.codeowners import owners
from zvit.core.errors import ZvitError
from zvit.model.objects import Unit

GITHUB, GITLAB = ".github/CODEOWNERS", ".gitlab/CODEOWNERS"


def with_owners(repo: Repo, anticor: str = '["@loda/anticor"]', jkg: str = '[i-koval, "@loda/jkg"]') -> None:
    text = "".join(
        line for line in repo.read("programme.yaml").splitlines(keepends=True) if not line.startswith("    owners: ")
    )
    text = text.replace("  anticor:\n", f"  anticor:\n    owners: {anticor}\n", 1)
    text = text.replace("  jkg:\n", f"  jkg:\n    owners: {jkg}\n", 1)
    repo.write("programme.yaml", text)


def test_codeowners_names_each_units_owners_and_the_coordinator_for_the_programme(repo: Repo) -> None:
    with_owners(repo)
    code, out, err = repo.zvit("codeowners")
    assert (code, err) == (0, "")
    assert out.splitlines() == [f"записано {GITHUB}", f"записано {GITLAB}"]
    content = repo.read(GITHUB)
    assert repo.read(GITLAB) == content
    lines = content.splitlines()
    assert lines[:6] == [
        "# Хто затверджує зміни. Згенеровано командою «make codeowners» з programme.yaml (owners підрозділів; "
        "координатор — anticor).",
        "# Не редагуйте вручну: змініть owners у programme.yaml і виконайте make codeowners.",
        "# Для файлу діє останнє правило, що до нього підходить; схвалити може будь-хто з переліку.",
        "",
        "# Усе, що не назване нижче, — координатор (anticor)",
        "* @loda/anticor",
    ]
    assert "/reports/jkg/ @i-koval @loda/jkg" in lines
    at = lines.index("/reports/dmk/ @loda/anticor")
    assert lines[at - 1] == (
        "# Департамент масових комунікацій облдержадміністрації (dmk): owners не вказано, "
        "тож затверджує координатор (anticor)"
    )
    assert lines[-6:] == [
        "# Програма, згенеровані схеми, налаштування CI і ці файли — лише координатор (anticor)",
        "/programme.yaml @loda/anticor",
        "/schema/ @loda/anticor",
        "/.github/ @loda/anticor",
        "/.gitlab/ @loda/anticor",
        "/.gitlab-ci.yml @loda/anticor",
    ]
    assert repo.zvit("codeowners", "--check") == (0, "", "")


def test_a_codeowners_file_behind_the_programme_fails_validation(repo: Repo) -> None:
    with_owners(repo)
    assert repo.zvit("codeowners")[0] == 0
    assert "codeowners" not in repo.zvit("validate")[1]
    with_owners(repo, jkg="[p-shevchenko]")
    code, out, _ = repo.zvit("validate")
    assert code == 1
    assert [line for line in out.splitlines() if "CODEOWNERS" in line] == [
        f"{GITHUB}: помилка: файл {GITHUB} застарів щодо programme.yaml; виконайте «zvit codeowners» і додайте "
        "його до коміту [codeowners.stale]",
        f"{GITLAB}: помилка: файл {GITLAB} застарів щодо programme.yaml; виконайте «zvit codeowners» і додайте "
        "його до коміту [codeowners.stale]",
    ]
    assert repo.zvit("codeowners", "--check")[0] == 1
    assert repo.zvit("codeowners")[0] == 0
    assert repo.zvit("validate")[0] == 0


def test_without_codeowners_files_the_validator_says_nothing(repo: Repo) -> None:
    code, out, _ = repo.zvit("validate")
    assert code == 0 and "CODEOWNERS" not in out
    code, out, _ = repo.zvit("codeowners", "--check")
    assert code == 1 and f"файлу {GITHUB} немає; виконайте «zvit codeowners»" in out


def test_a_coordinator_without_owners_is_refused(repo: Repo) -> None:
    code, _, err = repo.zvit("codeowners")
    assert code == 1
    assert err == (
        "zvit: у підрозділу-координатора «anticor» не вказано owners (користувачі або команди на "
        "GitHub/GitLab); без них зміни програми нікому затверджувати\n"
    )


def test_no_or_unknown_coordinator_is_refused(repo: Repo) -> None:
    text = repo.read("programme.yaml")
    repo.write("programme.yaml", text.replace("coordinator: anticor\n", ""))
    assert repo.zvit("codeowners")[2].startswith("zvit: у programme.yaml не вказано coordinator")
    repo.write("programme.yaml", text.replace("coordinator: anticor\n", "coordinator: antikor\n"))
    assert repo.zvit("codeowners")[2].startswith("zvit: coordinator «antikor» немає серед units; є: anticor, ")


def test_a_stale_file_whose_programme_lost_its_coordinator_is_reported_with_the_reason(repo: Repo) -> None:
    with_owners(repo)
    assert repo.zvit("codeowners")[0] == 0
    repo.write("programme.yaml", repo.read("programme.yaml").replace("coordinator: anticor\n", ""))
    out = repo.zvit("validate")[1]
    assert f"{GITHUB}: помилка: у programme.yaml не вказано coordinator" in out


def test_an_owner_that_could_break_the_file_is_refused_by_the_schema(repo: Repo) -> None:
    with_owners(repo, jkg='["a b", "x\\n* @evil"]')
    code, _, err = repo.zvit("codeowners")
    assert code == 1 and "[schema.pattern]" in err


@pytest.mark.parametrize("owner", ["a b", "x\n* @evil", "#x", "", "@"])
def test_owners_are_checked_even_without_the_schema(owner: str) -> None:
    with pytest.raises(ZvitError) as caught:
        owners(Unit("jkg", "Д", "Д", (owner,)))
    assert caught.value.code == "codeowners.bad-owner"
