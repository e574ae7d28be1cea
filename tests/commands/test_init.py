"""`zvit init`: a new body's skeleton, either kind, with no Luhansk data, that validates and renders."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from zvit.cli import main


def zvit(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.mark.parametrize(
    ("options", "report", "where", "phrase"),
    [
        (
            ["--from", "2025-01-01", "--to", "2025-12-31"],
            "reports/anticor/2025-q1.yaml",
            "12:7: захід I.1",
            "І квартал 2025 року",
        ),
        (
            ["--kind", "risk-register", "--from", "2025-01-01", "--to", "2027-12-31", "--reporting", "half-year"],
            "reports/anticor/2025-h1.yaml",
            "11:9: захід 1.1.1",
            "І півріччя 2025 року",
        ),
        (
            ["--from", "2024-01-01", "--to", "2026-12-31", "--reporting", "year", "--due-day", "20"],
            "reports/anticor/2024.yaml",
            "11:7: захід I.1",
            "2024 рік",
        ),
    ],
)
def test_a_skeleton_validates_and_renders(
    tmp_path: Path, options: list[str], report: str, where: str, phrase: str
) -> None:
    body = tmp_path / "body"
    code, out, err = zvit("init", "--dir", str(body), *options)
    assert (code, err) == (0, "")
    assert out.splitlines()[0].endswith(f": programme.yaml, {report}, schema/")
    files = sorted(str(p.relative_to(body)) for p in body.rglob("*") if p.is_file())
    assert files == ["programme.yaml", report, "schema/programme.schema.json", "schema/report.schema.json"]
    for path in files:
        assert "Луган" not in (body / path).read_text(encoding="utf-8")
    code, out, _ = zvit("--root", str(body), "validate")
    assert code == 0
    position, measure = where.split(": ")
    assert out.splitlines() == [
        f"{report}:{position}: попередження: {measure} — відповідальність підрозділу, але стан виконання не "
        "заповнено [report.status-empty]",
        "перевірено файлів: 2; помилок: 0, попереджень: 1",
    ]
    form = tmp_path / "form.docx"
    stem = Path(report).stem
    assert zvit("--root", str(body), "docx", "--unit", "anticor", "--period", stem, "--out", str(form))[0] == 0
    xml = zipfile.ZipFile(form).read("word/document.xml").decode("utf-8")
    assert f"для надання звітної інформації за {phrase} про виконання &lt;назва програми" in xml


def test_init_never_overwrites_a_programme(tmp_path: Path) -> None:
    body = tmp_path / "body"
    assert zvit("init", "--dir", str(body))[0] == 0
    before = (body / "programme.yaml").read_bytes()
    code, out, err = zvit("init", "--dir", str(body), "--kind", "risk-register")
    assert (code, out) == (1, "")
    assert err.startswith(f"zvit: {body / 'programme.yaml'} уже є; init не перезаписує програму.")
    assert (body / "programme.yaml").read_bytes() == before


def test_a_bad_programme_id_writes_nothing(tmp_path: Path) -> None:
    body = tmp_path / "body"
    code, _, err = zvit("init", "--dir", str(body), "--id", "Моя програма")
    assert code == 1
    assert err == (
        "zvit: ідентифікатор програми «Моя програма» має складатися з малих латинських літер, цифр і дефісів, "
        "наприклад oda-2025-2027\n"
    )
    assert not body.exists()


def test_a_term_that_ends_before_it_begins_leaves_no_programme_behind(tmp_path: Path) -> None:
    body = tmp_path / "body"
    code, out, err = zvit("init", "--dir", str(body), "--from", "2025-06-01", "--to", "2025-01-01")
    assert (code, out) == (1, "")
    assert err == "zvit: строк програми закінчується раніше, ніж починається: --from 2025-06-01, --to 2025-01-01\n"
    assert not (body / "programme.yaml").exists()
    assert zvit("init", "--dir", str(body), "--from", "2025-01-01", "--to", "2025-12-31")[0] == 0


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (
            ["init", "--kind", "risk-registr"],
            "zvit init: помилка: аргумент --kind: недозволене значення 'risk-registr' "
            "(можна: 'measures', 'risk-register')",
        ),
        (["docx", "--unit"], "zvit docx: помилка: аргумент --unit: потрібне значення"),
        (["init", "--dri", "x"], "zvit: помилка: невідомі аргументи: --dri x"),
    ],
)
def test_a_usage_error_is_said_in_ukrainian(capsys: pytest.CaptureFixture[str], argv: list[str], said: str) -> None:
    with pytest.raises(SystemExit) as stopped:
        zvit(*argv)
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("використання: zvit ")
    assert err.splitlines()[-1] == said


def test_a_skeleton_in_another_folder_is_told_how_to_reach_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    here = tmp_path / "zvit"
    here.mkdir()
    monkeypatch.chdir(here)
    code, out, _ = zvit("--root", str(here), "init", "--dir", "../body", "--from", "2025-01-01", "--to", "2025-12-31")
    assert code == 0
    step = out.splitlines()[1]
    assert step.endswith(
        "для ../body — з цієї теки: PYTHONPATH=tools .venv/bin/python -m zvit --root ../body validate; "
        "форма першого звіту: PYTHONPATH=tools .venv/bin/python -m zvit --root ../body docx --unit anticor "
        "--period 2025-q1"
    )
    assert zvit("--root", "../body", "validate")[0] == 0
    same = tmp_path / "same"
    code, out, _ = zvit("--root", str(same), "init", "--from", "2025-01-01", "--to", "2025-12-31")
    assert out.splitlines()[1].endswith("потім: make validate; форма першого звіту: make docx DEPT=anticor P=2025-q1")
