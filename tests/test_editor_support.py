"""What a fresh clone gives an editor: schema mappings, and schemas an ECMAScript-regex validator accepts.

VS Code's YAML extension validates with JavaScript regular expressions;
check-jsonschema's default regex dialect is the same, so it stands in for the
editor here.
"""

from __future__ import annotations

import fnmatch
import json
import re
import subprocess
import sys
from pathlib import Path

from conftest import PROJECT, Repo

from zvit.core.messages import MESSAGES

MODELINE = "# yaml-language-server: $schema="


def _check_jsonschema(*args: str, cwd: Path = PROJECT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "check_jsonschema", "--no-cache", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        encoding="utf-8",
    )


def _data_files() -> list[str]:
    return ["programme.yaml", *sorted(p.relative_to(PROJECT).as_posix() for p in PROJECT.glob("reports/**/*.yaml"))]


def test_vscode_maps_every_data_file_to_the_schema_its_modeline_names() -> None:
    settings = json.loads((PROJECT / ".vscode/settings.json").read_text(encoding="utf-8"))
    mapping: dict[str, str] = settings["yaml.schemas"]
    assert settings["files.encoding"] == "utf8" and settings["files.eol"] == "\n"
    assert settings["yaml.format.enable"] is False
    assert settings["[yaml]"]["editor.tabSize"] == 2 and settings["[yaml]"]["editor.insertSpaces"] is True
    for rel in _data_files():
        (schema,) = [s for s, glob in mapping.items() if fnmatch.fnmatch(rel, glob)]
        first = (PROJECT / rel).read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith(MODELINE), rel
        by_modeline = ((PROJECT / rel).parent / first[len(MODELINE) :]).resolve()
        assert by_modeline == (PROJECT / schema).resolve(), rel
        assert by_modeline.is_file()
    extensions = json.loads((PROJECT / ".vscode/extensions.json").read_text(encoding="utf-8"))
    assert "redhat.vscode-yaml" in extensions["recommendations"]


def test_schemas_are_valid_draft_2020_12() -> None:
    proc = _check_jsonschema("--check-metaschema", "schema/programme.schema.json", "schema/report.schema.json")
    assert (proc.returncode, proc.stdout) == (0, "ok -- validation done\n"), proc.stdout + proc.stderr


def test_data_passes_the_schemas_as_the_editor_reads_them() -> None:
    """ECMAScript regexes (check-jsonschema's default, like VS Code): the repository's data is clean."""
    programme = _check_jsonschema("--schemafile", "schema/programme.schema.json", "programme.yaml")
    assert (programme.returncode, programme.stdout) == (0, "ok -- validation done\n"), programme.stdout
    reports = [rel for rel in _data_files() if rel.startswith("reports/")]
    proc = _check_jsonschema("--schemafile", "schema/report.schema.json", *reports)
    assert (proc.returncode, proc.stdout) == (0, "ok -- validation done\n"), proc.stdout


def test_the_editor_underlines_what_the_validator_reports(repo: Repo) -> None:
    """A Cyrillic look-alike id and quarter 5 fail the editor's schema, not only `zvit validate`."""
    report = "reports/jkg/2019-q3.yaml"
    repo.write(report, repo.read(report).replace("quarter: 3\n", "quarter: 5\n").replace("\n  I.1: ", "\n  І.1: "))
    proc = _check_jsonschema("--schemafile", "schema/report.schema.json", report, cwd=repo.path)
    assert proc.returncode == 1
    assert f"{report}::$.quarter: 5 is greater than the maximum of 4" in proc.stdout
    # Ids and `x-` extensions are allowed, so the editor names the pattern the look-alike misses.
    assert f"{report}::$.measures: 'І.1' does not match any of the regexes: '^x-'" in proc.stdout


def _template_pattern(template: str) -> re.Pattern[str]:
    parts = re.split(r"\{[a-z_]+\}", template)
    return re.compile(".+".join(re.escape(part) for part in parts))


def test_every_message_quoted_in_the_clerks_guide_is_the_validators_wording() -> None:
    """docs/editing.md quotes messages verbatim (with examples for the arguments): keep it in step."""
    guide = (PROJECT / "docs/editing.md").read_text(encoding="utf-8")
    rows = [line for line in guide.splitlines() if line.startswith("| `")]
    assert len(rows) >= 15
    templates = [_template_pattern(entry["uk"]) for entry in MESSAGES.values()]
    for row in rows:
        quoted = re.match(r"\| `((?:[^`\\]|\\.)*)`", row)
        assert quoted, row
        message = quoted.group(1).replace("\\|", "|")
        assert any(t.fullmatch(message) for t in templates), message
