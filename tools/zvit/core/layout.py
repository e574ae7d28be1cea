"""Where a reporting repository keeps its data: the one place that names the files and folders."""

from __future__ import annotations

PROGRAMME_FILE = "programme.yaml"
# Each unit's reports: `reports/<unit>/<year>-q<N>.yaml` (model.objects.ReportRef reads and writes the names).
REPORTS_DIR = "reports"
