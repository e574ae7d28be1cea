"""Work that grows with the input stays bounded: fmt shares its files between cores, import compares few titles."""

from __future__ import annotations

import os
import random
from difflib import SequenceMatcher

import pytest
from conftest import PROJECT, Repo

from zvit.check import form_import
from zvit.check.form_import import Cell, Form, Row, match_form
from zvit.commands import fmt
from zvit.core import parallel
from zvit.load.yamlfile import read_yaml
from zvit.model.build import programme_from_data

REPORT = "reports/jkg/2019-q3.yaml"


def test_fmt_check_shares_the_files_between_processes_and_keeps_their_order(
    repo: Repo, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not hasattr(os, "fork"):
        pytest.skip("needs fork")
    text = repo.read(REPORT)
    names = [f"u{n:03d}" for n in range(2 * fmt.FILES_PER_PROCESS + 10)]
    for name in names:
        # Every tenth report needs formatting (extra spaces after a key).
        body = text.replace("unit: jkg", "unit:    jkg") if names.index(name) % 10 == 0 else text
        repo.write(f"reports/{name}/2019-q3.yaml", body)
    monkeypatch.setattr(parallel, "cores", lambda: 2)
    original = fmt._format_one

    def recording(path: str, ctx, validator, *, check: bool) -> str:  # type: ignore[no-untyped-def]
        ctx.out.write(f"pid {os.getpid()}\n")
        return original(path, ctx, validator, check=check)

    monkeypatch.setattr(fmt, "_format_one", recording)
    code, out, err = repo.zvit("fmt", "--check")
    assert (code, err) == (1, "")
    lines = out.splitlines()
    seen = {int(line.split()[1]) for line in lines if line.startswith("pid ")}
    assert len(seen) == 2 and os.getpid() in seen
    would = [line for line in lines if not line.startswith("pid ")]
    assert would == [
        *(
            f"reports/{name}/2019-q3.yaml: оформлення не канонічне; виконайте zvit fmt (дані не зміняться)"
            for name in names[::10]
        ),
        f"файлів: {len(names) + 2}; потребують zvit fmt: {len(names[::10])}",
    ]


def test_an_unrecognised_row_is_compared_letter_by_letter_with_few_titles(monkeypatch: pytest.MonkeyPatch) -> None:
    programme = programme_from_data(read_yaml(str(PROJECT / "programme.yaml")).data)
    words = " ".join(m.title for m in programme.measures()).split()
    random.seed(3)
    title = " ".join(random.choice(words) for _ in range(25))
    compared: list[str] = []
    ratio = SequenceMatcher.ratio

    def counting(self: SequenceMatcher) -> float:  # type: ignore[type-arg]
        if isinstance(self.a, str):
            compared.append(self.b)
        return ratio(self)

    monkeypatch.setattr(SequenceMatcher, "ratio", counting)
    row = Row(1, 3, (Cell(1, ("",)), Cell(2, (title,)), Cell(5, ("стан",))))
    result = match_form(Form((row,), (), (), None), programme)
    assert [p.code for p in result.problems] == ["import.row-unmatched"]
    assert len(compared) <= 2 * form_import.COMPARED_TITLES < len(list(programme.measures()))
