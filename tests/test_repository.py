"""The repository of programmes and reports: each file read and checked once, past programmes from git."""

from __future__ import annotations

import pytest
from conftest import Repo

from zvit.check.repository import Repository
from zvit.check.validate import Validator
from zvit.core.errors import ZvitError
from zvit.load.source import AtRevision, WorkTree
from zvit.model.objects import Rejected, ReportRef

REPORT = "reports/jkg/2019-q3.yaml"


def test_a_report_is_loaded_with_the_programme_it_names(repo: Repo) -> None:
    programme, report = Repository(WorkTree(str(repo.path))).load_report(ReportRef("jkg", 2019, 3))
    assert (programme.id, report.unit, report.quarter) == ("loda-2019", "jkg", 3)
    assert report.statuses["I.14"].text.startswith("Сформовано річний план та додаток до річного плану закупівель")


def test_a_report_naming_a_past_programme_finds_it_in_the_history_of_programme_yaml(repo: Repo) -> None:
    repo.write("programme.yaml", repo.read("programme.yaml").replace("id: loda-2019\n", "id: loda-2019-2\n", 1))
    repo.commit("The programme is renamed; the report still names the old one")
    repository = Repository(WorkTree(str(repo.path)))
    assert repository.current_programme()[0].id == "loda-2019-2"
    programme, report = repository.load_report(ReportRef("jkg", 2019, 3))
    assert (programme.id, report.programme) == ("loda-2019", "loda-2019")
    assert repository.programme("loda-2018") is None


def test_a_bad_report_is_refused_with_its_findings_and_counted_in_the_quarter(repo: Repo) -> None:
    repo.write(REPORT, repo.read(REPORT).replace("quarter: 3\n", "quarter: 3\nunit: jkg\n", 1))
    repository = Repository(WorkTree(str(repo.path)))
    with pytest.raises(ZvitError) as refused:
        repository.load_report(ReportRef("jkg", 2019, 3))
    assert refused.value.code == "cli.invalid-data"
    assert [f.code for f in refused.value.findings] == ["yaml.duplicate-key"]
    assert repository.quarter_reports(2019, 3) == {"jkg": Rejected(REPORT, 1)}


def test_a_revision_is_read_from_git_objects_not_the_work_tree(repo: Repo) -> None:
    repo.write(REPORT, "broken: [\n")
    programme, report = Repository(AtRevision(str(repo.path), "HEAD")).load_report(ReportRef("jkg", 2019, 3))
    assert (programme.id, report.unit) == ("loda-2019", "jkg")


def test_the_whole_run_pipeline_is_still_a_repository(repo: Repo) -> None:
    """Commands on other branches load data through a Validator: that keeps working."""
    validator = Validator(WorkTree(str(repo.path)))
    assert isinstance(validator, Repository)
    assert validator.load_report(ReportRef("jkg", 2019, 3))[1].unit == "jkg"
    assert (validator.run().errors, validator.run().warnings) == (0, 3)
