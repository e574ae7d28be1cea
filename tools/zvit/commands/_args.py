"""Command-line values shared by the commands: unit ids, quarters, paths."""

from __future__ import annotations

import os
import re

from zvit.check.validate import Validator
from zvit.core.errors import ZvitError
from zvit.load.source import PROGRAMME_FILE, REPORTS_DIR
from zvit.model.objects import Programme

UNIT_ID = re.compile(r"[a-z][a-z0-9-]{0,39}\Z")


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


def current_programme(validator: Validator) -> Programme:
    """programme.yaml of the work tree, or the error listing what is wrong with it."""
    programme, findings = validator.current_programme()
    if programme is None:
        raise ZvitError("cli.invalid-data", findings=findings)
    return programme


def programme_year(programme: Programme, year: int | None) -> int:
    """A report's year: the programme's, which is also the only one its schema accepts."""
    if year is not None and year != programme.year:
        raise ZvitError("cli.year-not-in-programme", programme=programme.id, programme_year=programme.year, year=year)
    return programme.year


# What `--out` may never replace: the repository's own data and git's files.
_DATA_PREFIXES = (REPORTS_DIR + "/", "schema/", ".git/")
_KINDS = {".docx": "DOCX", ".html": "HTML"}


def output_file(out: str | None, default: str, root: str, suffix: str | None) -> str:
    """Where a command writes: `--out`, or `default` in build/.

    `--out` naming a report (`OUT=reports/jkg/2019-q3.yaml`) would put DOCX
    bytes in place of a person's text: the data files are refused, and a file
    of a known kind must be named with its suffix.
    """
    if not out:
        return default
    path = os.path.abspath(out)
    rel = os.path.relpath(path, root).replace(os.sep, "/")
    if rel == PROGRAMME_FILE or rel.startswith(_DATA_PREFIXES) or rel == ".git":
        raise ZvitError("write.data-file", path=out)
    if os.path.isdir(path):
        raise ZvitError("write.directory", path=out)
    if suffix is not None and not path.lower().endswith(suffix):
        raise ZvitError("write.wrong-suffix", path=out, kind=_KINDS[suffix], suffix=suffix)
    return path
