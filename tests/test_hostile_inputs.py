"""Ordinary situations that used to end in an internal error: odd line breaks, hand-made XML, two-line names."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from conftest import Repo

from zvit.load.yamlfile import parse_yaml

REPORT = "reports/jkg/2019-q3.yaml"
I1 = "Проводиться роз’яснювальна робота."


def edited_form(repo: Repo, tmp_path: Path, edit) -> Path:  # type: ignore[no-untyped-def]
    """jkg's Q3 form as zvit renders it, with word/document.xml changed by `edit`."""
    form = tmp_path / "form.docx"
    assert repo.zvit("docx", "--unit", "jkg", "--quarter", "3", "--out", str(form))[0] == 0
    source, buffer = zipfile.ZipFile(form), io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "word/document.xml":
                data = edit(data.decode("utf-8")).encode("utf-8")
            target.writestr(item, data)
    edited = tmp_path / "edited.docx"
    edited.write_bytes(buffer.getvalue())
    return edited


def imported_i1(repo: Repo, form: Path) -> str:
    code, _, err = repo.zvit("import", str(form), "--unit", "jkg", "--quarter", "3", "--force")
    assert (code, err) == (0, "")
    return parse_yaml((repo.path / REPORT).read_bytes(), REPORT).data["measures"]["I.1"]


@pytest.mark.parametrize("separator", ["\u2028", "&#13;", "\u0085", "\u2029", "&#13;\n"])
def test_a_status_with_another_line_break_is_imported_as_lines(repo: Repo, tmp_path: Path, separator: str) -> None:
    form = edited_form(repo, tmp_path, lambda xml: xml.replace(I1, I1.replace(" ", separator, 1), 1))
    assert imported_i1(repo, form).startswith("Проводиться\nроз’яснювальна робота.\n")
    assert repo.zvit("validate", REPORT)[0] == 0


def test_an_entity_of_a_hand_made_dtd_keeps_the_text_around_it(repo: Repo, tmp_path: Path) -> None:
    def with_entity(xml: str) -> str:
        xml = xml.replace("?>\n", '?>\n<!DOCTYPE w:document [<!ENTITY org "ОДА">]>\n', 1)
        return xml.replace(I1, "Проводиться &org; роз’яснювальна робота.", 1)

    assert imported_i1(repo, edited_form(repo, tmp_path, with_entity)).startswith(
        "Проводиться &org; роз’яснювальна робота.\nВсі працівники"
    )


def test_fmt_turns_cr_only_line_breaks_into_lf(repo: Repo) -> None:
    original = repo.read(REPORT)
    (repo.path / REPORT).write_bytes(original.replace("\n", "\r").encode("utf-8"))
    code, out, err = repo.zvit("fmt", REPORT)
    assert (code, err) == (0, "")
    assert out.splitlines() == [f"відформатовано {REPORT}", "файлів: 1; відформатовано: 1"]
    assert repo.read(REPORT) == original


def test_new_with_a_unit_name_on_two_lines(repo: Repo) -> None:
    programme = repo.read("programme.yaml")
    one_line = "    printed: Департамент житлово-комунального господарства облдержадміністрації\n"
    assert one_line in programme
    repo.write(
        "programme.yaml",
        programme.replace(
            one_line,
            "    printed: |-\n      Департамент житлово-комунального господарства\n      облдержадміністрації\n",
        ),
    )
    code, _, err = repo.zvit("new", "--unit", "jkg", "--quarter", "4")
    assert (code, err) == (0, "")
    lines = repo.read("reports/jkg/2019-q4.yaml").splitlines()
    assert (
        lines[1] == "# Звіт: Департамент житлово-комунального господарства облдержадміністрації — ІV квартал 2019 року."
    )
