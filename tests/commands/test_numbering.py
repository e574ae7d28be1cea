"""Dotted numbering, `printed:`, sections of text alone, and `x-` extension keys."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from conftest import Repo
from example_repos import example_repo

PROGRAMME = """\
id: dotted
title: ПРИКЛАД. Програма з арабською нумерацією
period:
  from: "2024-01-01"
  to: "2024-12-31"
units:
  sektor:
    name: Умовний сектор
sections:
  - id: "1"
    title: Загальні положення
    text: Лише текст.
  - id: "2"
    title: Заходи
    measures:
      - id: {measure_id}
        title: Захід
        deadline: постійно
        due:
          kind: continuous
        responsible: [sektor]
"""


@pytest.fixture
def dotted(repo: Repo) -> Repo:
    repo.git("rm", "-q", "-r", "reports")
    return repo


@pytest.mark.parametrize("measure_id", ["2.1.1", "2.3.a", "2.B.10", '"2.1"'])
def test_dotted_ids_of_latin_letters_and_digits_are_accepted(dotted: Repo, measure_id: str) -> None:
    dotted.write("programme.yaml", PROGRAMME.format(measure_id=measure_id))
    assert dotted.zvit("schema")[0] == 0
    assert dotted.zvit("validate") == (0, "перевірено файлів: 1; помилок немає\n", "")


@pytest.mark.parametrize(
    ("measure_id", "message"),
    [
        (
            "2.1.І",
            "programme.yaml:16:13: помилка: «2.1.І» містить кириличні літери (І U+0406), схожі на латинські; "
            "ідентифікатори пишуться латиницею: «2.1.I» [id.lookalike]",
        ),
        (
            "2.1",
            "programme.yaml:16:13: помилка: номер записано як число, і YAML міг його змінити (1.10 читається як 1.1); "
            'візьміть номер у лапки, наприклад id: "1.1" [schema.id-number]',
        ),
        (
            "2..1",
            "programme.yaml:16:13: помилка: номер заходу «2..1» складається з латинських літер і цифр, частини — "
            "через крапку, наприклад I.14, 1.1.1 або 2.3.a [schema.pattern.measure-id]",
        ),
        (
            "3.1.1",
            "programme.yaml:16:13: помилка: захід 3.1.1 стоїть у розділі 2; його номер має починатися з «2.» "
            "[programme.measure-outside-section]",
        ),
    ],
)
def test_bad_ids_are_located(dotted: Repo, measure_id: str, message: str) -> None:
    dotted.write("programme.yaml", PROGRAMME.format(measure_id=measure_id))
    code, out, _ = dotted.zvit("validate", "programme.yaml")
    assert code == 1
    assert out.splitlines()[0] == message


def test_a_section_needs_text_measures_or_risks(dotted: Repo) -> None:
    dotted.write("programme.yaml", PROGRAMME.format(measure_id="2.1.1").replace("    text: Лише текст.\n", ""))
    code, out, _ = dotted.zvit("validate", "programme.yaml")
    assert code == 1
    assert out.splitlines()[0] == (
        "programme.yaml:10:5: помилка: розділ 1 порожній: дайте йому заходи (measures), ризики (risks, у реєстрі) "
        "або текст (text) [programme.empty-section]"
    )


def test_printed_sets_the_number_cell(tmp_path: Path) -> None:
    halves = example_repo(tmp_path, "half-yearly")
    out = tmp_path / "form.docx"
    text = halves.read("programme.yaml").replace("printed: 2.1.1", "printed: 1)")
    halves.write("programme.yaml", text)
    assert halves.zvit("docx", "--unit", "sektor", "--period", "2022-h1", "--out", str(out))[0] == 0
    xml = zipfile.ZipFile(out).read("word/document.xml").decode("utf-8")
    assert "<w:t>1)</w:t>" in xml and "<w:t>2.1.2</w:t>" in xml


def test_extension_keys_pass_checks_and_survive_fmt(tmp_path: Path) -> None:
    halves = example_repo(tmp_path, "half-yearly")
    report = "reports/sektor/2022-h1.yaml"
    text = (
        halves.read(report)
        .replace("period: 2022-h1\n", "period: 2022-h1\nx-number: вх. № 12\n")
        .replace("    state: виконано\n", "    state: виконано\n    x-checked-by: Приклад\n")
        .replace("measures:\n", "measures:\n  x-draft: true\n")
    )
    halves.write(report, text)
    assert halves.zvit("validate", report) == (0, "перевірено файлів: 1; помилок немає\n", "")
    assert halves.zvit("fmt", report)[0] == 0
    formatted = halves.read(report)
    for line in (
        "x-number: вх. № 12\n",
        "    x-checked-by: Приклад\n",
        "  x-draft: true\n",
        "x-internal: нотатка органу\n",
    ):
        assert line in formatted
    # Another unknown key is still an error at its line.
    halves.write(report, formatted.replace("x-number:", "number:"))
    code, out, _ = halves.zvit("validate", report)
    assert code == 1
    assert "помилка: невідоме поле «number»; дозволено: " in out.splitlines()[0]
    assert out.splitlines()[0].startswith("reports/sektor/2022-h1.yaml:")


def test_extension_keys_in_the_programme(tmp_path: Path) -> None:
    halves = example_repo(tmp_path, "half-yearly")
    programme = halves.read("programme.yaml")
    assert "x-source: вигадано для тестів\n" in programme and "        x-note: " in programme
    halves.write("programme.yaml", programme.replace("  sektor:\n", "  x-unit-note: текст\n  sektor:\n", 1))
    assert halves.zvit("validate", "programme.yaml") == (0, "перевірено файлів: 1; помилок немає\n", "")


def test_extension_keys_inside_a_due(tmp_path: Path) -> None:
    halves = example_repo(tmp_path, "half-yearly")
    text = halves.read("programme.yaml").replace(
        "          kind: continuous\n", "          kind: continuous\n          x-why: приклад\n", 1
    )
    assert "          x-why: приклад\n" in text
    halves.write("programme.yaml", text)
    assert halves.zvit("validate", "programme.yaml") == (0, "перевірено файлів: 1; помилок немає\n", "")
