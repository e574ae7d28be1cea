"""The validation pipeline for one file: read -> schema -> build -> cross-check.

Each step runs only when the ones before it found no error, so a reader sees
the first real problem of a file rather than its echoes.
"""

from __future__ import annotations

from zvit.check import schemas
from zvit.check.cross_check import check_programme, check_report
from zvit.check.schema_check import SchemaChecker
from zvit.core.findings import Finding
from zvit.load.yamlfile import Loaded
from zvit.model.build import programme_from_data, report_from_data
from zvit.model.objects import Programme, Report


class FileChecks:
    """Checks single files, compiling each schema once."""

    def __init__(self) -> None:
        self._checkers: dict[str, SchemaChecker] = {}

    def compiled(self, kind: str, programme: Programme | None = None) -> SchemaChecker:
        """The programme schema, or the report schema of `programme`, compiled once."""
        key = f"{kind}:{programme.id if programme else ''}"
        if key not in self._checkers:
            schema = schemas.programme_schema() if kind == "programme" else schemas.report_schema(programme)
            self._checkers[key] = SchemaChecker(schema)
        return self._checkers[key]

    def programme(self, loaded: Loaded) -> tuple[Programme | None, list[Finding]]:
        """A programme file: the programme when it has no error, and every finding."""
        findings = list(loaded.findings)
        if not loaded.ok:
            return None, findings
        findings += self.compiled("programme").check(loaded)
        if any(f.is_error for f in findings):
            return None, findings
        programme = programme_from_data(loaded.data)
        findings += check_programme(programme, loaded)
        return (None if any(f.is_error for f in findings) else programme), findings

    def report(
        self, path: str, loaded: Loaded, programme: Programme | None, findings: list[Finding]
    ) -> tuple[Report | None, list[Finding]]:
        """A report file against its programme (None: not found), after `findings` already made about it."""
        findings = findings + self.compiled("report", programme).check(loaded)
        if programme is None or any(f.is_error for f in findings):
            return None, findings
        report = report_from_data(loaded.data)
        findings += check_report(report, programme, loaded, path)
        return (None if any(f.is_error for f in findings) else report), findings
