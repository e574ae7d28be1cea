"""The one test of the live data: the repository's own programme.yaml and reports/ validate.

Every other test reads the frozen copies under tests/data/, so a body that replaces
the data with its own programme keeps a green `make test`; this test then checks
that body's data instead.  Warnings (a blank status, say) are the clerks' business.
"""

from __future__ import annotations

import io
import re

from conftest import PROJECT

from zvit.cli import main


def test_the_live_programme_and_reports_validate_without_errors() -> None:
    out, err = io.StringIO(), io.StringIO()
    code = main(["--root", str(PROJECT), "validate"], out=out, err=err)
    lines = out.getvalue().splitlines()
    assert [line for line in lines if ": помилка: " in line] == []
    assert re.fullmatch(r"перевірено файлів: \d+; помилок( немає|: 0, попереджень: \d+)", lines[-1]), lines
    assert (code, err.getvalue()) == (0, "")
