"""`zvit history` in a shallow clone says that the history is cut, as audit does."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import diff_scenario
import pytest
from diff_scenario import Scenario

NOTICE = (
    "zvit: увага: це неповна копія репозиторію (git clone --depth), історію обрізано: найстаріший показаний коміт "
    "може бути не першою версією звіту; уся історія: git fetch --unshallow --tags\n"
)


@pytest.fixture(scope="module")
def scenario(tmp_path_factory: pytest.TempPathFactory) -> Scenario:
    return diff_scenario.build(tmp_path_factory.mktemp("shallow") / "repo")


def test_a_shallow_clone_says_the_history_is_cut(scenario: Scenario, tmp_path: Path) -> None:
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", "--depth", "1", f"file://{scenario.repo.path}", str(clone)], check=True)
    repo = diff_scenario.Repo(clone)
    code, out, err = repo.zvit("history", "--unit", "jkg", "--quarter", "3")
    assert (code, err) == (0, NOTICE)
    assert "звіт створено" in out  # what git shows: the cut-off commit, looking like the first version
    code, out, err = repo.zvit("history", "--unit", "jkg", "--quarter", "3", "--format", "json")
    assert (code, err, json.loads(out)["history_cut"]) == (0, NOTICE, True)


def test_a_full_clone_says_nothing_of_the_kind(scenario: Scenario) -> None:
    code, out, err = scenario.repo.zvit("history", "--unit", "jkg", "--quarter", "3", "--format", "json")
    assert (code, err, json.loads(out)["history_cut"]) == (0, "", False)
