"""GitLab's code quality report: what a merge request shows for each finding."""

from __future__ import annotations

import io
import json

from conftest import Repo

from zvit.core.findings import Location, error, warning
from zvit.render.reporters import report_gitlab

REPORT = "reports/jkg/2019-q3.yaml"


def _gitlab(*findings: object) -> list[dict[str, object]]:
    out = io.StringIO()
    report_gitlab(list(findings), 1, out)  # type: ignore[arg-type]
    return json.loads(out.getvalue())


def test_each_finding_is_an_issue_on_its_line() -> None:
    (issue,) = _gitlab(warning(Location(REPORT, 48, 10), "report.status-empty", id="II.12"))
    assert issue == {
        "description": "захід II.12 — відповідальність підрозділу, але стан виконання не заповнено",
        "check_name": "report.status-empty",
        "fingerprint": issue["fingerprint"],
        "severity": "minor",
        "location": {"path": REPORT, "lines": {"begin": 48}},
    }


def test_fingerprints_survive_moved_lines_and_tell_repeats_apart() -> None:
    """GitLab tells new findings from old ones by fingerprint, so it must not depend on the line."""
    first, repeat = _gitlab(error(Location(REPORT, 5, 1), "yaml.empty"), error(Location(REPORT, 9, 1), "yaml.empty"))
    (moved,) = _gitlab(error(Location(REPORT, 7, 1), "yaml.empty"))
    assert first["severity"] == "major"
    assert first["fingerprint"] == moved["fingerprint"] != repeat["fingerprint"]
    (whole_file,) = _gitlab(error(Location("schema/report.schema.json"), "yaml.empty"))
    assert whole_file["location"] == {"path": "schema/report.schema.json", "lines": {"begin": 1}}


def test_validate_writes_the_report_for_the_repository(repo: Repo) -> None:
    code, out, _ = repo.zvit("validate", "--format", "gitlab")
    assert code == 0
    assert [(i["check_name"], i["location"]["lines"]["begin"]) for i in json.loads(out)] == [
        ("report.status-placeholder", 22),
        ("report.status-empty", 48),
        ("report.status-empty", 51),
    ]
