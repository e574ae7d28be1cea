"""The git hooks as a developer and a clerk meet them: a fresh clone, `pre-commit install`, a commit.

The tests marked `hooks` run the real pre-commit, which builds its hook
environments from PyPI.  One PRE_COMMIT_HOME serves the whole module, so the
local hooks' environment is built once; `pre-commit try-repo` always builds its
own, so it runs once, for every hook of .pre-commit-hooks.yaml together.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import PROJECT, Repo, data_or_project

from zvit.load.yamlfile import parse_yaml

# What a clone of the repository needs for its hooks (README.md and LICENSE: pyproject names them);
# the data (programme.yaml, reports, schema) is the frozen copy under tests/data.
HOOK_REPO_FILES = (
    "tools",
    "Makefile",
    "pyproject.toml",
    "requirements.txt",
    "README.md",
    "LICENSE",
    "programme.yaml",
    "reports",
    "schema",
    ".pre-commit-config.yaml",
    ".pre-commit-hooks.yaml",
)
DATA_FILES = ("programme.yaml", "reports", "schema")
REPORT = "reports/jkg/2019-q3.yaml"
# Hooks for the project's own code: a fresh clone's tests below are about the data hooks, so skip these.
CODE_HOOKS = ("ruff", "ruff-format", "mypy")


def _yaml(rel: str) -> object:
    loaded = parse_yaml((PROJECT / rel).read_bytes(), rel)
    assert not loaded.findings
    return loaded.data


def _all_local_hooks() -> list[dict[str, object]]:
    config = _yaml(".pre-commit-config.yaml")
    assert isinstance(config, dict)
    (local,) = [r for r in config["repos"] if r["repo"] == "local"]
    return list(local["hooks"])


def _local_hooks() -> list[dict[str, object]]:
    """The data hooks: zvit's own checks of the programme and the reports."""
    return [hook for hook in _all_local_hooks() if hook["id"] not in CODE_HOOKS]


def _pins(rel: str) -> list[str]:
    lines = (PROJECT / rel).read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith(("#", "-r"))]


def test_local_hooks_pin_exactly_the_runtime_requirements() -> None:
    """The hook environment is built from these pins, not from requirements.txt: they must not drift."""
    pinned = _pins("requirements.txt")
    for hook in _local_hooks():
        assert hook["language"] == "python", hook["id"]
        assert hook["additional_dependencies"] == pinned, hook["id"]
        assert str(hook["entry"]).startswith("python tools "), hook["id"]


def test_code_hooks_run_the_checks_make_test_runs_with_its_pins() -> None:
    """ruff and mypy before each commit of code, pinned as requirements-dev.txt pins them."""
    dev = {pin.split("==")[0]: pin for pin in _pins("requirements-dev.txt")}
    hooks = {hook["id"]: hook for hook in _all_local_hooks() if hook["id"] in CODE_HOOKS}
    assert list(hooks) == list(CODE_HOOKS)
    assert [hooks[h]["entry"] for h in CODE_HOOKS] == ["ruff check", "ruff format", "mypy"]
    assert hooks["ruff"]["additional_dependencies"] == hooks["ruff-format"]["additional_dependencies"] == [dev["ruff"]]
    assert hooks["mypy"]["additional_dependencies"] == [dev["mypy"], *_pins("requirements.txt")]
    makefile = (PROJECT / "Makefile").read_text(encoding="utf-8")
    assert "$(PY) -m mypy\n" in makefile and "$(PY) -m ruff check tools tests bench\n" in makefile


def test_reusable_hooks_mirror_the_local_ones() -> None:
    """Other repositories get the same checks, run by the installed `zvit` command."""
    manifest = _yaml(".pre-commit-hooks.yaml")
    assert isinstance(manifest, list)
    local = {h["id"]: h for h in _local_hooks()}
    assert [h["id"] for h in manifest] == list(local)
    for hook in manifest:
        mine = local[hook["id"]]
        assert hook["entry"] == str(mine["entry"]).replace("python tools ", "zvit ", 1)
        for key in ("name", "language", "files", "pass_filenames", "require_serial", "fail_fast"):
            assert hook.get(key) == mine.get(key), (hook["id"], key)


def test_ci_templates_are_valid_for_their_forges_and_run_the_hooks() -> None:
    """The forges' own schemas (bundled with check-jsonschema), and the commands each template must run."""
    dev = (PROJECT / "requirements-dev.txt").read_text(encoding="utf-8").splitlines()
    (pre_commit_pin,) = [line for line in dev if line.startswith("pre-commit==")]
    for rel, schema in (
        (".github/workflows/validate.yml", "vendor.github-workflows"),
        (".gitlab-ci.yml", "vendor.gitlab-ci"),
    ):
        proc = subprocess.run(
            [sys.executable, "-m", "check_jsonschema", "--builtin-schema", schema, rel],
            cwd=PROJECT,
            capture_output=True,
            text=True,
            encoding="utf-8",
        )
        assert (proc.returncode, proc.stdout) == (0, "ok -- validation done\n"), proc.stdout
        text = (PROJECT / rel).read_text(encoding="utf-8")
        assert "pre-commit run --all-files --show-diff-on-failure" in text
        assert f"pip install . {pre_commit_pin}" in text
        assert "make test\n" in text  # the tool's own tests, not only the data
    assert "run: zvit validate --format github" in (PROJECT / ".github/workflows/validate.yml").read_text("utf-8")
    assert "zvit validate --format gitlab > gl-code-quality-report.json" in (PROJECT / ".gitlab-ci.yml").read_text(
        "utf-8"
    )


def _copy_into(target: Path, names: tuple[str, ...]) -> None:
    for rel in names:
        src = data_or_project(rel)
        if src.is_dir():
            shutil.copytree(src, target / rel, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        elif src.is_file():
            shutil.copy(src, target / rel)


def _git_repo(path: Path, names: tuple[str, ...]) -> Repo:
    subprocess.run(["git", "init", "-q", "-b", "main", str(path)], check=True)
    _copy_into(path, names)
    repo = Repo(path)
    repo.commit("Initial")
    return repo


def _pre_commit(cwd: Path, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return _run([sys.executable, "-m", "pre_commit", *args], cwd, home)


def _run(argv: list[str], cwd: Path, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PRE_COMMIT_HOME": str(home), "PRE_COMMIT_COLOR": "never", "SKIP": ",".join(CODE_HOOKS)}
    env.pop("PYTHONPATH", None)
    return subprocess.run(argv, cwd=cwd, env=env, capture_output=True, text=True, encoding="utf-8")


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """pre-commit's cache for the module: the local hooks' environment is built once."""
    return tmp_path_factory.mktemp("pre-commit-home")


@pytest.fixture(scope="module")
def origin(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The repository as it would be pushed: the project's tools, data and hook configuration."""
    return _git_repo(tmp_path_factory.mktemp("origin") / "zvit", HOOK_REPO_FILES).path


@pytest.fixture
def clone(origin: Path, home: Path, tmp_path: Path) -> Repo:
    """A fresh clone with the hooks installed, as README's quick start leaves it."""
    subprocess.run(["git", "clone", "-q", str(origin), str(tmp_path / "clone")], check=True)
    installed = _pre_commit(tmp_path / "clone", home, "install")
    assert installed.returncode == 0, installed.stdout + installed.stderr
    assert installed.stdout == "pre-commit installed at .git/hooks/pre-commit\n"
    return Repo(tmp_path / "clone")


def _commit(repo: Repo, home: Path, *paths: str) -> tuple[subprocess.CompletedProcess[str], str]:
    """`git add` + `git commit` through the installed hook: (the process, output), HEAD checked unchanged on failure."""
    head = repo.git("rev-parse", "HEAD")
    repo.git("add", *paths)
    proc = _run(["git", "commit", "-m", "Звіт"], repo.path, home)
    if proc.returncode:
        assert repo.git("rev-parse", "HEAD") == head
    return proc, proc.stdout + proc.stderr


def _hook_line(output: str, name: str) -> str:
    (line,) = [line for line in output.splitlines() if line.startswith(name + ".")]
    return line


@pytest.mark.hooks
def test_all_files_pass_on_a_fresh_clone(clone: Repo, home: Path) -> None:
    proc = _pre_commit(clone.path, home, "run", "--all-files")
    out = proc.stdout + proc.stderr
    assert proc.returncode == 0, out
    assert _hook_line(out, "zvit: перевірка звітів").endswith("Passed")
    assert _hook_line(out, "zvit: перевірка програми і всіх звітів").endswith("Passed")
    assert _hook_line(out, "zvit: канонічне форматування").endswith("Passed")
    # verbose: the clerk sees the warnings even though the commit goes through
    assert (
        "reports/jkg/2019-q3.yaml:51:10: попередження: захід II.15 — відповідальність підрозділу, "
        "але стан виконання не заповнено [report.status-empty]"
    ) in out.splitlines()


@pytest.mark.hooks
def test_commit_of_a_duplicate_key_is_refused_with_its_location(clone: Repo, home: Path) -> None:
    clone.write(REPORT, clone.read(REPORT).replace("quarter: 3\n", "quarter: 3\nunit: jkg\n", 1))
    proc, out = _commit(clone, home, REPORT)
    assert proc.returncode == 1, out
    assert _hook_line(out, "zvit: перевірка звітів").endswith("Failed")
    assert (
        "reports/jkg/2019-q3.yaml:6:1: помилка: ключ «unit» повторюється (уперше — у рядку 3); "
        "залиште один [yaml.duplicate-key]"
    ) in out.splitlines()
    # fail_fast: the formatting check does not repeat the error
    assert "zvit: канонічне форматування" not in out


@pytest.mark.hooks
def test_commit_of_quarter_5_is_refused_with_its_location(clone: Repo, home: Path) -> None:
    clone.write(REPORT, clone.read(REPORT).replace("quarter: 3\n", "quarter: 5\n", 1))
    proc, out = _commit(clone, home, REPORT)
    assert proc.returncode == 1, out
    assert _hook_line(out, "zvit: перевірка звітів").endswith("Failed")
    assert (
        "reports/jkg/2019-q3.yaml:5:10: помилка: значення 5 більше за найбільше дозволене (4) [schema.maximum]"
    ) in out.splitlines()


@pytest.mark.hooks
def test_commit_of_a_valid_but_non_canonical_report_is_refused_until_fmt(clone: Repo, home: Path) -> None:
    edited = clone.read(REPORT).replace('II.12: ""', "II.12: Закупівлі не проводилися.")
    clone.write(REPORT, edited.replace("unit: jkg\nyear: 2019\n", "year: 2019\nunit: jkg\n", 1))
    proc, out = _commit(clone, home, REPORT)
    assert proc.returncode == 1, out
    assert _hook_line(out, "zvit: перевірка звітів").endswith("Passed")
    assert _hook_line(out, "zvit: канонічне форматування").endswith("Failed")
    assert (
        "reports/jkg/2019-q3.yaml: оформлення не канонічне; виконайте make fmt (дані не зміняться)" in out.splitlines()
    )
    assert clone.zvit("fmt", REPORT)[0] == 0
    assert clone.read(REPORT) == edited
    proc, out = _commit(clone, home, REPORT)
    assert proc.returncode == 0, out


@pytest.mark.hooks
def test_a_programme_change_is_checked_against_every_report(clone: Repo, home: Path) -> None:
    """Dropping a measure the staged programme no longer has breaks a report nobody staged."""
    text = clone.read("programme.yaml")
    start = text.index("      - id: II.15\n")
    assert "      - id:" not in text[start + 1 :], "II.15 is expected to be the programme's last measure"
    clone.write("programme.yaml", text[:start])
    proc, out = _commit(clone, home, "programme.yaml")
    assert proc.returncode == 1, out
    assert _hook_line(out, "zvit: перевірка звітів").endswith("(no files to check)Skipped")
    assert _hook_line(out, "zvit: перевірка програми і всіх звітів").endswith("Failed")
    assert any(
        re.fullmatch(
            r"reports/jkg/2019-q3\.yaml:51:3: помилка: заходу «II\.15» немає в програмі "
            r"«loda-2019».* \[report\.unknown-measure(-near)?\]",
            line,
        )
        for line in out.splitlines()
    ), out


@pytest.mark.hooks
def test_reusable_hooks_work_from_another_repository(origin: Path, home: Path, tmp_path: Path) -> None:
    """`pre-commit try-repo` pip-installs this repository, as a consumer's pre-commit would."""
    data = _git_repo(tmp_path / "other", DATA_FILES)
    proc = _pre_commit(data.path, home, "try-repo", str(origin), "--all-files")
    out = proc.stdout + proc.stderr
    assert proc.returncode == 0, out
    manifest = _yaml(".pre-commit-hooks.yaml")
    assert isinstance(manifest, list)
    for hook in manifest:
        assert _hook_line(out, str(hook["name"])).endswith("Passed"), out
    # There is no Makefile of ours there: the advice names the command the hooks installed.
    edited = data.read(REPORT).replace("unit: jkg\nyear: 2019\n", "year: 2019\nunit: jkg\n", 1)
    data.write(REPORT, edited)
    (data.path / "schema" / "report.schema.json").unlink()
    data.git("add", "-A")
    proc = _pre_commit(data.path, home, "try-repo", str(origin), "--all-files")
    lines = (proc.stdout + proc.stderr).splitlines()
    assert proc.returncode == 1
    assert (
        "schema/report.schema.json: помилка: згенерованого файлу schema/report.schema.json немає; виконайте "
        "«zvit schema» і додайте його до коміту [schema.missing]"
    ) in lines
    assert f"{REPORT}: оформлення не канонічне; виконайте zvit fmt (дані не зміняться)" in lines
