"""Work shared with forked children gives what one process gives, even when a child fails."""

from __future__ import annotations

import os
from collections.abc import Sequence

import pytest
from conftest import Repo

from zvit.check import validate
from zvit.core.parallel import cores, fork_map

PARENT = os.getpid()
two_cores = pytest.mark.skipif(cores() < 2 or not hasattr(os, "fork"), reason="needs two cores and fork")


def squares_and_pids(items: Sequence[int]) -> list[tuple[int, int]]:
    return [(n * n, os.getpid()) for n in items]


@two_cores
def test_children_compute_their_share_and_the_order_is_kept() -> None:
    results = fork_map(squares_and_pids, range(100), per_process=10)
    assert [value for value, _ in results] == [n * n for n in range(100)]
    assert len({pid for _, pid in results}) == min(cores(), 10)


def test_too_few_items_stay_in_this_process() -> None:
    results = fork_map(squares_and_pids, range(9), per_process=10)
    assert {pid for _, pid in results} == {PARENT}


def fails_in_children(items: Sequence[int]) -> list[int]:
    if os.getpid() != PARENT:
        raise RuntimeError("a child's failure")
    return list(items)


def dies_in_children(items: Sequence[int]) -> list[int]:
    if os.getpid() != PARENT:
        os._exit(3)
    return list(items)


@two_cores
@pytest.mark.parametrize("work", [fails_in_children, dies_in_children])
def test_a_failed_child_has_its_share_redone_here(work: object) -> None:
    assert fork_map(work, range(40), per_process=10) == list(range(40))  # type: ignore[arg-type]


def test_an_error_in_the_work_reaches_the_caller() -> None:
    def broken(items: Sequence[int]) -> list[int]:
        raise ValueError("broken")

    with pytest.raises(ValueError, match="broken"):
        fork_map(broken, range(40), per_process=10)


def test_validating_many_reports_in_several_processes_finds_the_same(
    repo: Repo, monkeypatch: pytest.MonkeyPatch
) -> None:
    report = repo.read("reports/jkg/2019-q3.yaml")
    for n in range(30):
        repo.write(f"reports/jkg/2019-q{n % 4 + 1}-copy{n}.yaml", report)
        repo.write(f"reports/unit-{n}/2019-q3.yaml", report.replace("unit: jkg", f"unit: unit-{n}"))
        repo.write(f"reports/jkg/2019-q{n % 4 + 1}.yaml", report.replace("quarter: 3", f"quarter: {n % 4 + 1}"))
    monkeypatch.setattr(validate, "REPORTS_PER_PROCESS", 10**6)
    alone = repo.zvit("validate", "--format", "json")
    monkeypatch.setattr(validate, "REPORTS_PER_PROCESS", 5)
    shared = repo.zvit("validate", "--format", "json")
    assert shared == alone
    assert alone[0] == 1 and '"report.bad-path"' in alone[1] and '"report.status-empty"' in alone[1]
