"""The validation pipeline: read -> schema -> build -> cross-check, for every file.

A failure in one file is recorded and the run goes on, so one run reports every
problem in every file.  Commands that need valid data (the form, the diff) use
`Validator.load_report`, which raises with the findings when the data is bad.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from zvit.check import schemas
from zvit.check.codeowners import stale_findings as stale_codeowners
from zvit.check.cross_check import check_programme, check_report
from zvit.check.schema_check import SchemaChecker
from zvit.check.submission_check import submission_findings
from zvit.core.errors import ZvitError
from zvit.core.findings import Finding, Location, error
from zvit.core.parallel import fork_map
from zvit.load.source import PROGRAMME_FILE, Source, WorkTree, programme_versions
from zvit.load.yamlfile import Loaded
from zvit.model.build import programme_from_data, report_from_data
from zvit.model.objects import Programme, Rejected, Report, ReportRef

# Reports per process when a run is shared between cores: a fork costs what checking a few reports does.
REPORTS_PER_PROCESS = 50


def canonical_report_path(path: str) -> str | None:
    """The one name a report-like path stands for (2019-Q3.YML, 2019-q03.yaml: 2019-q3.yaml), or None."""
    folder, _, name = path.rpartition("/")
    name = re.sub(r"-([a-z])0+([0-9])", r"-\1\2", name.lower())
    name = re.sub(r"\.yml\Z", ".yaml", name)
    ref = ReportRef.from_path(f"{folder}/{name}")
    return ref.path if ref is not None else None


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


class Validator:
    """Checks files of one source, caching programmes and compiled schemas."""

    def __init__(self, source: Source) -> None:
        self.source = source
        self._programmes: dict[str, Programme | None] = {}
        self._checkers: dict[str, SchemaChecker] = {}
        self._current: tuple[Programme | None, list[Finding]] | None = None

    # Programmes ---------------------------------------------------------

    def _compiled(self, kind: str, programme: Programme | None = None) -> SchemaChecker:
        """The programme schema, or the report schema of `programme`, compiled once."""
        key = f"{kind}:{programme.id if programme else ''}"
        if key not in self._checkers:
            schema = schemas.programme_schema() if kind == "programme" else schemas.report_schema(programme)
            self._checkers[key] = SchemaChecker(schema)
        return self._checkers[key]

    def _check_programme(self, loaded: Loaded) -> tuple[Programme | None, list[Finding]]:
        findings = list(loaded.findings)
        if not loaded.ok:
            return None, findings
        findings += self._compiled("programme").check(loaded)
        if any(f.is_error for f in findings):
            return None, findings
        programme = programme_from_data(loaded.data)
        findings += check_programme(programme, loaded)
        return (None if any(f.is_error for f in findings) else programme), findings

    def current_programme(self) -> tuple[Programme | None, list[Finding]]:
        """programme.yaml of this source, and what is wrong with it."""
        if self._current is None:
            loaded = self.source.read(PROGRAMME_FILE)
            if loaded is None:
                self._current = (None, [error(Location(PROGRAMME_FILE), "file.missing")])
            else:
                self._current = self._check_programme(loaded)
                if self._current[0] is not None:
                    self._programmes[self._current[0].id] = self._current[0]
        return self._current

    def programme(self, programme_id: str) -> Programme | None:
        """The programme a report names: the current one, or a past version from git."""
        current, _ = self.current_programme()
        if programme_id in self._programmes:
            return self._programmes[programme_id]
        found = None
        if current is None or current.id != programme_id:
            for loaded in programme_versions(self.source.root, self.source.rev):
                if isinstance(loaded.data, dict) and loaded.data.get("id") == programme_id:
                    found, _ = self._check_programme(loaded)
                    break
        self._programmes[programme_id] = found
        return found

    # Reports ------------------------------------------------------------

    def check_report(self, path: str, loaded: Loaded) -> tuple[Report | None, list[Finding]]:
        misnamed = self._misnamed(path)
        if misnamed is not None:
            return None, [misnamed]
        findings = list(loaded.findings)
        if not loaded.ok:
            return None, findings
        data = loaded.data
        programme_id = data.get("programme") if isinstance(data, dict) else None
        programme = self.programme(programme_id) if isinstance(programme_id, str) else None
        if programme is None and isinstance(programme_id, str):
            current, _ = self.current_programme()
            code = "report.programme-invalid" if current is None else "report.no-programme"
            findings.append(error(loaded.locate(("programme",)), code, programme=programme_id))
        findings += self._compiled("report", programme).check(loaded)
        if programme is None or any(f.is_error for f in findings):
            return None, findings
        report = report_from_data(data)
        findings += check_report(report, programme, loaded, path)
        return (None if any(f.is_error for f in findings) else report), findings

    def _misnamed(self, path: str) -> Finding | None:
        """A report-like file whose name is not the canonical one: it is never read, so it must be renamed."""
        expected = canonical_report_path(path)
        if expected is None or expected == path:
            return None
        code = "report.bad-name-beside" if self.source.exists(expected) else "report.bad-name"
        return error(Location(path), code, expected=expected)

    def load_report(self, ref: ReportRef) -> tuple[Programme, Report]:
        """A valid report and its programme, or a ZvitError carrying the findings."""
        loaded = self.source.read(ref.path)
        if loaded is None:
            where = f" ({self.source.rev[:10]})" if self.source.rev != "HEAD" else ""
            raise ZvitError("cli.no-report", path=ref.path, where=where)
        report, findings = self.check_report(ref.path, loaded)
        if report is None:
            raise ZvitError("cli.invalid-data", findings=findings)
        programme = self.programme(report.programme)
        assert programme is not None
        return programme, report

    def quarter_reports(self, year: int, quarter: int) -> dict[str, Report | Rejected]:
        """Each unit's report file for the quarter: the valid report, or `Rejected` with its error count."""
        found: dict[str, Report | Rejected] = {}
        for path in self.source.report_paths():
            ref = ReportRef.from_path(path)
            if ref is None or ref.path != path or ref.year != year or ref.quarter != quarter:
                continue
            loaded = self.source.read(path)
            if loaded is None:
                continue
            report, findings = self.check_report(path, loaded)
            found[ref.unit] = report if report is not None else Rejected(path, sum(f.is_error for f in findings))
        return found

    # Whole runs ---------------------------------------------------------

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
            full = os.path.join(self.source.root, rel)
            try:
                with open(full, encoding="utf-8") as handle:
                    actual = handle.read()
            except OSError:
                actual = None
            if actual != expected:
                findings.append(error(Location(rel), "schema.stale", file=rel))
        return findings

    def run(self, paths: Sequence[str] | None = None) -> Result:
        """Check `paths` (relative to the root), or the whole repository."""
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
            self._compiled("report", self.current_programme()[0])
        result.findings += fork_map(self._check_files, reports, per_process=REPORTS_PER_PROCESS)
        if everything:
            result.findings += self.stale_schema_findings()
            result.findings += stale_codeowners(self.source, self.current_programme()[0])
        result.findings += submission_findings(self.source, targets, whole=paths is None)
        result.findings.sort()
        return result
