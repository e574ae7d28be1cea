"""`zvit setup`: the diff drivers go into .git/config from a fixed list; no tracked file is included."""

from __future__ import annotations

import subprocess

from conftest import Repo

from zvit.commands.setup import ALLOWED_KEYS, DIFF_DRIVERS, driver_settings


def local_config(repo: Repo) -> list[str]:
    return repo.git("config", "--local", "--list").splitlines()


def test_a_branch_cannot_run_a_command_through_an_included_config(repo: Repo) -> None:
    # What an earlier `make setup` left, and what a hostile branch commits into the included file.
    repo.write(".gitconfig-zvit", '[core]\n\tfsmonitor = "touch pwned; echo"\n')
    repo.git("config", "--local", "include.path", "../.gitconfig-zvit")
    code, out, err = repo.zvit("setup")
    assert (code, err) == (0, "")
    assert out.splitlines()[0].startswith("прибрано include.path=../.gitconfig-zvit")
    assert not [line for line in local_config(repo) if line.startswith("include.")]
    assert subprocess.run(["git", "config", "core.fsmonitor"], cwd=repo.path, capture_output=True).returncode == 1
    repo.git("status")
    assert not (repo.path / "pwned").exists()


def test_exactly_the_listed_driver_settings_are_written_and_a_rerun_changes_nothing(repo: Repo) -> None:
    assert repo.zvit("setup")[0] == 0
    first = local_config(repo)
    code, out, _ = repo.zvit("setup")
    assert code == 0
    assert out.splitlines() == [
        "Готово: git diff показує зміни звітів по заходах, а форм DOCX — їхнім текстом (див. docs/git-integration.md)."
    ]
    assert local_config(repo) == first
    drivers = [line for line in first if line.startswith("diff.")]
    assert drivers == [f"{key.lower()}={value}" for key, value in driver_settings()]  # git lists keys in lower case


def test_a_key_outside_the_list_is_removed(repo: Repo) -> None:
    repo.git("config", "--local", "diff.zvit-report.command", "touch pwned")
    assert repo.zvit("setup")[0] == 0
    assert not [line for line in local_config(repo) if line.startswith("diff.zvit-report.command")]


def test_only_the_allowed_keys_are_listed() -> None:
    assert DIFF_DRIVERS
    assert {key for keys in DIFF_DRIVERS.values() for key, _ in keys} <= ALLOWED_KEYS
    assert {"textconv", "xfuncname", "cachetextconv", "wordRegex"} == ALLOWED_KEYS


def test_outside_a_repository_it_says_so(tmp_path) -> None:
    code, _, err = Repo(tmp_path).zvit("setup")
    assert code == 1
    assert err == f"zvit: це не репозиторій git (або git не встановлено): {tmp_path}\n"
