"""GitLab's code quality report: what a merge request shows for each finding."""

from __future__ import annotations

import io
import json

from conftest import Repo

from zvit.core.findings import Location, error, warning
from zvit.render.reporters import report_github, report_gitlab

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


def test_github_annotations_escape_what_would_end_a_property_or_the_command() -> None:
    """A file name with ',' and ':' must not add a line, a title or a second command (GitHub's % escapes)."""
    out = io.StringIO()
    path = "reports/x,line=1,title=Усе гаразд::notice ok/2019-q3%0A.yaml"
    report_github([error(Location(path, 3, 5), "yaml.empty")], 1, out)
    assert out.getvalue() == (
        "::error file=reports/x%2Cline=1%2Ctitle=Усе гаразд%3A%3Anotice ok/2019-q3%250A.yaml,line=3,col=5,"
        "title=yaml.empty::файл порожній\n"
    )


def test_github_messages_escape_percent_and_line_breaks_only() -> None:
    out = io.StringIO()
    report_github([error(Location(REPORT), "file.unreadable", reason="a: b,\nc 100%")], 1, out)
    assert (
        out.getvalue() == f"::error file={REPORT},title=file.unreadable::файл не вдалося прочитати: a: b,%0Ac 100%25\n"
    )


def test_a_file_name_with_a_line_break_stays_on_its_finding_line(repo: Repo) -> None:
    """In a CI log a line of its own starting `::error` would be a forge command, not a finding."""
    repo.write("reports/jkg/x\n::error title=spoof::ok.yaml", "unit: jkg\n")
    code, out, _ = repo.zvit("validate")
    assert code == 1
    assert not [line for line in out.splitlines() if line.startswith("::")]
    assert "reports/jkg/x\\n::error title=spoof::ok.yaml:1:1: помилка: " in out
