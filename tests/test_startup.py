"""Start-up cost: `zvit validate` runs in every commit's pre-commit hook, so it loads only what it uses."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import PROJECT, Repo

from zvit.cli import build_parser, named_command
from zvit.commands import COMMANDS, load_command

# Loaded only by the commands that write Word files, or (python-jsonschema) to explain a schema failure.
HEAVY = ("docx", "lxml", "jsonschema")

PROBE = """
import sys
from zvit.cli import main
code = main(sys.argv[1:])
heavy = sorted({m.split(".")[0] for m in sys.modules} & set(HEAVY))
print("loaded:", " ".join(heavy) or "-", file=sys.stderr)
raise SystemExit(code)
"""


def run_probe(argv: list[str], env: dict[str, str] | None = None) -> tuple[int, str]:
    proc = subprocess.run(
        [sys.executable, "-c", f"HEAVY = {HEAVY!r}\n{PROBE}", *argv],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(PROJECT / "tools"), **(env or {})},
    )
    return proc.returncode, proc.stderr.strip().splitlines()[-1]


def test_validating_a_clean_report_loads_no_heavy_library(repo: Repo) -> None:
    code, loaded = run_probe(["--root", str(repo.path), "validate", "reports/jkg/2019-q3.yaml"])
    assert (code, loaded) == (0, "loaded: -")


def test_a_schema_failure_is_explained_by_python_jsonschema(repo: Repo) -> None:
    repo.write("reports/jkg/2019-q3.yaml", repo.read("reports/jkg/2019-q3.yaml").replace("quarter: 3", "quarter: 5"))
    code, loaded = run_probe(["--root", str(repo.path), "validate", "reports/jkg/2019-q3.yaml"])
    assert (code, loaded) == (1, "loaded: jsonschema")


def test_the_clean_path_runs_no_git_log(repo: Repo, tmp_path: Path) -> None:
    """History is searched only for a report naming a past programme."""
    calls = tmp_path / "git-calls"
    fake = tmp_path / "bin" / "git"
    fake.parent.mkdir()
    real = subprocess.run(["sh", "-c", "command -v git"], capture_output=True, text=True).stdout.strip()
    fake.write_text(f'#!/bin/sh\necho "$*" >> {calls}\nexec {real} "$@"\n')
    fake.chmod(0o755)
    env = {"PATH": f"{fake.parent}{os.pathsep}{os.environ['PATH']}"}

    def git_logs() -> list[str]:
        logged = calls.read_text().splitlines() if calls.exists() else []
        return [c for c in logged if " log " in f" {c} "]

    assert run_probe(["--root", str(repo.path), "validate"], env)[0] == 0
    assert git_logs() == []
    repo.write("reports/jkg/2019-q3.yaml", repo.read("reports/jkg/2019-q3.yaml").replace("loda-2019", "loda-2018"))
    assert run_probe(["--root", str(repo.path), "validate"], env)[0] == 1
    assert len(git_logs()) == 1


# What a run loaded that it does not use: other commands' modules, and OpenSSL (hashlib), which
# only a GitLab report and a submitted report's blob id need. Each costs milliseconds of start-up.
UNUSED_PROBE = """
import sys
from zvit.cli import main
command, argv = sys.argv[1], sys.argv[2:]
code = main(argv)
own = {"zvit.commands", "zvit.commands._args", f"zvit.commands.{command}"}
unused = sorted(m for m in sys.modules if m.startswith("zvit.commands.") and m not in own)
unused += sorted({"hashlib"} & set(sys.modules))
print("unused:", " ".join(unused) or "-", file=sys.stderr)
raise SystemExit(code)
"""


@pytest.mark.parametrize(
    "argv",
    [["validate"], ["history", "--unit", "jkg", "--quarter", "3"], ["diff", "--unit", "jkg", "--quarter", "3"]],
)
def test_a_command_loads_no_other_command_nor_openssl(repo: Repo, argv: list[str]) -> None:
    """`zvit history` once imported `zvit diff`'s module, and with it the whole comparison, for one helper."""
    proc = subprocess.run(
        [sys.executable, "-c", UNUSED_PROBE, argv[0], "--root", str(repo.path), *argv],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(PROJECT / "tools")},
    )
    assert proc.stderr.strip().splitlines()[-1] == "unused: -", proc.stderr


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["validate", "reports/jkg/2019-q3.yaml"], "validate"),
        (["--root", "validate", "docx", "--unit", "jkg"], "docx"),
        (["--lang=en", "--root=/tmp", "schema", "--check"], "schema"),
        (["--help"], None),
        (["valdate"], None),
        (["--root"], None),
        ([], None),
    ],
)
def test_the_command_is_found_before_its_module_is_imported(argv: list[str], expected: str | None) -> None:
    assert named_command(argv) == expected


def test_every_registered_command_loads_and_registers() -> None:
    for name in COMMANDS:
        assert callable(load_command(name).register), name
    help_text = build_parser().format_help()
    assert all(name in help_text for name in COMMANDS)


def test_one_command_parser_reads_its_arguments_as_the_full_parser_does() -> None:
    argv = ["--lang", "en", "validate", "--format", "json", "--strict", "a.yaml", "b.yaml"]
    lazy, full = build_parser(named_command(argv)).parse_args(argv), build_parser().parse_args(argv)
    assert vars(lazy) == vars(full)


@pytest.mark.parametrize("program", [["-m", "zvit"], [str(PROJECT / "tools")]])
def test_the_program_exits_at_once_with_all_its_output_and_its_code(repo: Repo, program: list[str]) -> None:
    report = repo.read("reports/jkg/2019-q3.yaml")
    for quarter in (1, 2, 4):
        repo.write(f"reports/jkg/2019-q{quarter}.yaml", report.replace("quarter: 3", f"quarter: {quarter}"))
    repo.write("reports/jkg/2018-q3.yaml", report)  # year does not match its path: an error
    proc = subprocess.run(
        [sys.executable, *program, "--root", str(repo.path), "validate"],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(PROJECT / "tools")},
    )
    lines = proc.stdout.splitlines()
    assert proc.returncode == 1
    assert len(lines) == 17 and lines[-1] == "перевірено файлів: 6; помилок: 1, попереджень: 15"
