"""The package as others install and reuse it: one version, the EUPL, the files it ships."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tomllib

from conftest import PROJECT

import zvit


def test_the_version_lives_in_the_package_only() -> None:
    project = tomllib.loads((PROJECT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" not in project["project"] and "version" in project["project"]["dynamic"]
    assert project["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "zvit.__version__"}
    proc = subprocess.run(
        [sys.executable, "-m", "zvit", "--version"],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(PROJECT / "tools")},
    )
    assert (proc.returncode, proc.stdout) == (0, f"zvit {zvit.__version__}\n")
    assert re.fullmatch(r"\d+\.\d+\.\d+", zvit.__version__)


def test_the_licence_is_the_eupl_and_is_shipped() -> None:
    project = tomllib.loads((PROJECT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert (project["license"], project["license-files"]) == ("EUPL-1.2", ["LICENSE"])
    licence = (PROJECT / "LICENSE").read_text(encoding="utf-8").splitlines()
    assert [line.strip() for line in licence[:2]] == [
        "EUROPEAN UNION PUBLIC LICENCE v. 1.2",
        "EUPL © the European Union 2007, 2016",
    ]
    assert licence[-1] == "new EUPL version."


def test_the_package_ships_its_schemas_and_its_types() -> None:
    setuptools = tomllib.loads((PROJECT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    shipped = setuptools["package-data"]["zvit"]
    package = PROJECT / "tools" / "zvit"
    assert (package / "py.typed").is_file()
    assert sorted(p.name for pattern in shipped for p in package.glob(pattern)) == [
        "programme.schema.json",
        "py.typed",
        "report.schema.json",
    ]
