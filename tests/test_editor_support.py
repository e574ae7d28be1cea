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


def _globs(value: str | list[str]) -> list[str]:
    return [value] if isinstance(value, str) else value


def test_vscode_maps_every_data_file_to_the_schema_its_modeline_names() -> None:
    settings = json.loads((PROJECT / ".vscode/settings.json").read_text(encoding="utf-8"))
    mapping: dict[str, str | list[str]] = settings["yaml.schemas"]
    assert settings["files.encoding"] == "utf8" and settings["files.eol"] == "\n"
    assert settings["yaml.format.enable"] is False
    assert settings["[yaml]"]["editor.tabSize"] == 2 and settings["[yaml]"]["editor.insertSpaces"] is True
    for rel in [*_data_files(), "reports/jkg/2019-q4.yml"]:
        (schema,) = [s for s, globs in mapping.items() if any(fnmatch.fnmatch(rel, g) for g in _globs(globs))]
        if not (PROJECT / rel).exists():
            continue
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
    assert f"{report}::$.quarter: 5 is not one of [1, 2, 3, 4]" in proc.stdout
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


def _nodes(node: object, where: str = "$") -> list[tuple[str, dict[str, object]]]:
    """Every subschema the editor validates with (an `if` only decides, it never reports)."""
    if not isinstance(node, dict):
        return []
    found = [(where, node)]
    for key, value in node.items():
        if key in ("if", "enum", "const", "required", "examples"):
            continue
        if isinstance(value, dict):
            found += _nodes(value, f"{where}.{key}")
        elif isinstance(value, list):
            for i, item in enumerate(value):
                found += _nodes(item, f"{where}.{key}[{i}]")
    return found


# yaml-language-server words these with a node's `errorMessage`; one node can carry one message.
_WORDED = ("type", "enum", "const", "required")
# ... and these never with a message of ours, so the generated report schema must not use them.
_UNWORDED = ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minLength", "maxLength", "not")


def test_every_rule_of_the_generated_schemas_has_the_validators_ukrainian_words() -> None:
    templates = [_template_pattern(entry["uk"]) for entry in MESSAGES.values()]
    for name in ("report", "programme"):
        schema = json.loads((PROJECT / f"schema/{name}.schema.json").read_text(encoding="utf-8"))
        for where, node in _nodes(schema):
            if name == "report":  # the programme's numeric ranges (year, due day) stay English in the editor
                assert not set(_UNWORDED) & set(node), where
            rules = [key for key in _WORDED if key in node]
            if (
                node.get("additionalProperties") is False
                or node.get("properties", {})
                and False in node["properties"].values()
            ):
                rules.append("additionalProperties")
            assert len(rules) <= 1 or rules == ["required"] and len(node["required"]) == 1, (where, rules)
            if rules:
                assert any(t.fullmatch(str(node.get("errorMessage"))) for t in templates), (where, node)
            if "pattern" in node:
                assert any(t.fullmatch(str(node.get("patternErrorMessage"))) for t in templates), where
                assert not re.search(r"[a-z]{4}", str(node["patternErrorMessage"])), where  # no English


def test_the_generated_report_schema_words_the_clerks_mistakes() -> None:
    schema = json.loads((PROJECT / "schema/report.schema.json").read_text(encoding="utf-8"))
    measures = schema["properties"]["measures"]
    assert measures["errorMessage"] == "заходу з таким номером немає в програмі «loda-2019»"
    assert re.search(measures["propertyNames"]["if"]["pattern"], "І.1")
    assert not re.search(measures["propertyNames"]["if"]["pattern"], "III.12")
    rule = next(r for r in measures["propertyNames"]["then"]["allOf"] if r["then"]["const"] == "I.1")
    assert re.fullmatch(rule["if"]["pattern"], "І.1") and re.fullmatch(rule["if"]["pattern"], "I.1")
    assert rule["then"]["errorMessage"] == (
        "номер містить кириличні літери, схожі на латинські; ідентифікатори пишуться латиницею: «I.1»"
    )
    quarter = schema["properties"]["quarter"]
    assert quarter["errorMessage"] == "тут має бути ціле число"
    assert quarter["allOf"] == [{"enum": [1, 2, 3, 4], "errorMessage": "значення має бути від 1 до 4"}]
    required = [r["errorMessage"] for r in schema["allOf"] if "required" in r]
    assert required[:2] == ["бракує обов’язкового поля «programme»", "бракує обов’язкового поля «unit»"]
    jkg = next(r for r in schema["allOf"] if r.get("if", {}).get("properties", {}).get("unit") == {"const": "jkg"})
    (i5,) = [r for r in jkg["then"]["properties"]["measures"]["allOf"] if "I.5" in r["properties"]]
    assert i5["properties"]["I.5"] is False
    assert i5["errorMessage"].startswith("захід I.5 не входить до заходів підрозділу jkg: за нього відповідає відділ")


def _without_messages(node: object) -> object:
    if isinstance(node, dict):
        return {k: _without_messages(v) for k, v in node.items() if k not in ("errorMessage", "patternErrorMessage")}
    if isinstance(node, list):
        return [_without_messages(v) for v in node]
    return node


def test_the_validators_ignore_the_editors_messages() -> None:
    """jsonschema-rs and python-jsonschema (warnings are errors here) judge alike with and without them."""
    import jsonschema_rs
    from jsonschema import Draft202012Validator

    worded = json.loads((PROJECT / "schema/report.schema.json").read_text(encoding="utf-8"))
    bare = _without_messages(worded)
    header = {"programme": "loda-2019", "unit": "jkg", "year": 2019, "quarter": 3}
    instances = [
        {**header, "measures": {"I.1": "а"}},
        {**header, "quarter": 5, "measures": {"І.1": "а", "I.99": "б"}},
        {**header, "quarter": "три", "measures": {"I.5": "а", "I.1": {"text": "а", "state": "виконаний"}}},
        {"unit": "jkg", "measures": [], "extra": 1},
    ]
    for instance in instances:
        verdicts = {jsonschema_rs.validator_for(s).is_valid(instance) for s in (worded, bare)}
        assert len(verdicts) == 1, instance
        errors = [
            sorted(
                (str(e.validator), str(list(e.absolute_path)), repr(e.instance))
                for e in Draft202012Validator(s).iter_errors(instance)
            )
            for s in (worded, bare)
        ]
        assert errors[0] == errors[1], instance
