"""The validation pipeline over a whole run: read -> schema -> build -> cross-check, for every file.

A failure in one file is recorded and the run goes on, so one run reports every
problem in every file.  Commands that need valid data (the form, the diff) use
`Repository.load_report` (check.repository), which raises with the findings when
the data is bad; the steps for one file are `check.file_checks`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from zvit.check import schemas
from zvit.check.repository import Repository
from zvit.check.submission_check import submission_findings
from zvit.core.findings import Finding, Location, error
from zvit.core.parallel import fork_map
from zvit.load.advice import how_to_run
from zvit.load.files import as_text
from zvit.load.source import PROGRAMME_FILE, WorkTree

# Reports per process when a run is shared between cores: a fork costs what checking a few reports does.
REPORTS_PER_PROCESS = 50


@dataclass
class Result:
    files: int = 0
    findings: list[Finding] = field(default_factory=list)

    @property
    def errors(self) -> int:
        return sum(1 for f in self.findings if f.is_error)

    @property
    def warnings(self) -> int:
        return len(self.findings) - self.errors


class Validator(Repository):
    """A whole run over one source: every file checked, problems collected rather than raised.

    It is a `Repository` too, so commands that load data through a validator keep working.
    """

    def _check_files(self, paths: Sequence[str]) -> list[Finding]:
        findings: list[Finding] = []
        for path in paths:
            loaded = self.source.read(path)
            if loaded is None:
                findings.append(error(Location(path), "file.missing"))
            else:
                findings += self.check_report(path, loaded)[1]
        return findings

    def stale_schema_findings(self) -> list[Finding]:
        """Generated schema files that no longer match programme.yaml."""
        programme, _ = self.current_programme()
        if programme is None or not isinstance(self.source, WorkTree):
            return []
        findings = []
        for rel, expected in schemas.expected_files(programme).items():
            try:
                content = self.source.read_bytes(rel)
            except OSError:
                content = None
            actual = as_text(content) if content is not None else None
            if actual != expected:
                code = "schema.missing" if actual is None else "schema.stale"
                findings.append(error(Location(rel), code, file=rel, command=how_to_run(self.source.root, "schema")))
        return findings

    def run(self, paths: Sequence[str] | None = None, *, editions: bool = False) -> Result:
        """Check `paths` (relative to the root), or the whole repository.

        Editions (programme.yaml against HEAD) are checked when programme.yaml is named or `editions` is set:
        a full run stays free of git reads beyond the submission tags.
        """
        result = Result()
        everything = paths is None
        targets = [PROGRAMME_FILE, *self.source.report_paths()] if paths is None else list(paths)
        reports = []
        for path in targets:
            if path.startswith("schema/"):
                everything = True
                continue
            result.files += 1
            if path == PROGRAMME_FILE:
                result.findings += self.current_programme()[1]
                everything = True
                continue
            reports.append(path)
        if len(reports) >= 2 * REPORTS_PER_PROCESS:
            # Loaded once here rather than in every process.
            self.checks.compiled("report", self.current_programme()[0])
        result.findings += fork_map(self._check_files, reports, per_process=REPORTS_PER_PROCESS)
        if everything:
            result.findings += self.stale_schema_findings()
            from zvit.check.codeowners import stale_findings  # a whole run only: not in every commit's hook

            result.findings += stale_findings(self.source, self.current_programme()[0])
        named = editions or (paths is not None and PROGRAMME_FILE in targets)
        current = self.current_programme()[0] if named else None
        if current is not None:
            from zvit.check.editions import edition_findings  # only when programme.yaml changes

            result.findings += edition_findings(self.source, current, lambda loaded: self.checks.programme(loaded)[0])
        result.findings += submission_findings(self.source, targets, whole=paths is None)
        result.findings.sort()
        return result
