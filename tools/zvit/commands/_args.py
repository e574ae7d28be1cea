"""Command-line values shared by the commands: unit ids, quarters, paths."""

from __future__ import annotations

import os

from zvit.check.repository import Repository
from zvit.core.errors import ZvitError
from zvit.core.ids import UNIT_ID
from zvit.model.objects import Programme


def unit_id(value: str | None, programme: Programme | None) -> str:
    """A unit id from the command line: a plain id, never a path such as `../x`."""
    if not value or not UNIT_ID.match(value):
        raise ZvitError("cli.bad-unit-id", unit=value or "")
    if programme is not None and value not in programme.units:
        raise ZvitError("cli.unknown-unit", unit=value, known=", ".join(sorted(programme.units)))
    return value


def quarter_number(value: str) -> int:
    if value not in ("1", "2", "3", "4"):
        raise ZvitError("cli.bad-quarter", quarter=value)
    return int(value)


def repo_relative(path: str, root: str) -> str:
    """A path as given on the command line (or by pre-commit), relative to the repository."""
    full = os.path.abspath(path)
    rel = os.path.relpath(full, root)
    return (path if rel.startswith("..") else rel).replace(os.sep, "/")


def current_programme(repository: Repository) -> Programme:
    """programme.yaml of the work tree, or the error listing what is wrong with it."""
    programme, findings = repository.current_programme()
    if programme is None:
        raise ZvitError("cli.invalid-data", findings=findings)
    return programme


def programme_year(programme: Programme, year: int | None) -> int:
    """A report's year: the programme's, which is also the only one its schema accepts."""
    if year is not None and year != programme.year:
        raise ZvitError("cli.year-not-in-programme", programme=programme.id, programme_year=programme.year, year=year)
    return programme.year
