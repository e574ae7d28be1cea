"""The programmes and reports of one `Source`, each read and checked once.

Commands that need valid data (the form, the diff, the status table) ask the
repository; a report naming a programme that is no longer current finds it in
the history of programme.yaml.  The whole-run pipeline is `check.validate`.
"""

from __future__ import annotations

from zvit.check.file_checks import FileChecks
from zvit.core.errors import ZvitError
from zvit.core.findings import Finding, Location, error
from zvit.load.source import PROGRAMME_FILE, Source, programme_versions
from zvit.load.yamlfile import Loaded
from zvit.model.objects import Programme, Rejected, Report, ReportRef
from zvit.model.period import Period


class Repository:
    """Programmes by id and checked reports of one source, cached."""

    def __init__(self, source: Source, checks: FileChecks | None = None) -> None:
        self.source = source
        self.checks = checks or FileChecks()
        self._programmes: dict[str, Programme | None] = {}
        self._current: tuple[Programme | None, list[Finding]] | None = None

    def current_programme(self) -> tuple[Programme | None, list[Finding]]:
        """programme.yaml of this source, and what is wrong with it."""
        if self._current is None:
            loaded = self.source.read(PROGRAMME_FILE)
            if loaded is None:
                self._current = (None, [error(Location(PROGRAMME_FILE), "file.missing")])
            else:
                self._current = self.checks.programme(loaded)
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
                    found, _ = self.checks.programme(loaded)
                    break
        self._programmes[programme_id] = found
        return found

    def check_report(self, path: str, loaded: Loaded) -> tuple[Report | None, list[Finding]]:
        """The report in `loaded` when it has no error, and every finding about it."""
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
        return self.checks.report(path, loaded, programme, findings)

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
        return self.period_reports(Period.quarter(year, quarter))

    def period_reports(self, period: Period) -> dict[str, Report | Rejected]:
        """Each unit's report file for the period: the valid report, or `Rejected` with its error count."""
        found: dict[str, Report | Rejected] = {}
        for path in self.source.report_paths():
            ref = ReportRef.from_path(path)
            if ref is None or ref.period != period:
                continue
            loaded = self.source.read(path)
            if loaded is None:
                continue
            report, findings = self.check_report(path, loaded)
            found[ref.unit] = report if report is not None else Rejected(path, sum(f.is_error for f in findings))
        return found
