"""A two-year, half-yearly programme with three-level numbering (tests/data/half-yearly, an example)."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import docx
import pytest
from conftest import Repo
from example_repos import example_repo

SUBMITTED = "2022-07-04T10:00:00+03:00"


@pytest.fixture
def halves(tmp_path: Path) -> Repo:
    return example_repo(tmp_path, "half-yearly", date=SUBMITTED)


def _form_text(path: Path) -> str:
    with zipfile.ZipFile(path) as docx:
        return docx.read("word/document.xml").decode("utf-8")


def test_the_example_validates(halves: Repo) -> None:
    assert halves.zvit("validate") == (0, "перевірено файлів: 4; помилок немає\n", "")


def test_new_starts_from_the_previous_half_year_across_the_year_boundary(halves: Repo) -> None:
    halves.git("rm", "-q", "reports/sektor/2022-h1.yaml")
    code, out, err = halves.zvit("new", "--unit", "sektor", "--period", "2022-h1")
    assert (code, err) == (0, "")
    assert out.splitlines()[0] == (
        "створено reports/sektor/2022-h1.yaml: заходів підрозділу — 2, "
        "текстів перенесено з reports/sektor/2021-h2.yaml — 2"
    )
    text = halves.read("reports/sektor/2022-h1.yaml")
    assert "# Звіт: Умовний сектор з питань запобігання корупції — І півріччя 2022 року.\n" in text
    assert "\nperiod: 2022-h1\nmeasures:\n  # 2.1.1. Приклад заходу з навчання працівників\n  2.1.1:\n" in text
    assert "    text: Проведено два умовні навчання (приклад).\n    carried_over: true\n" in text
    assert halves.zvit("validate", "reports/sektor/2022-h1.yaml")[0] == 0


def test_new_leaves_out_a_measure_withdrawn_before_the_period(halves: Repo) -> None:
    code, out, _ = halves.zvit("new", "--unit", "finvid", "--period", "2022-h2")
    assert code == 0
    assert out.splitlines()[0].startswith("створено reports/finvid/2022-h2.yaml: заходів підрозділу — 2,")
    text = halves.read("reports/finvid/2022-h2.yaml")
    assert "2.2.1:" in text and "2.2.2" not in text


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ["--period", "2023-h1"],
            "zvit: період 2023-h1 не входить у строк програми «example-2021-2022» (2021-01-01 — 2022-12-31)\n",
        ),
        (
            ["--quarter", "3", "--year", "2022"],
            "zvit: програма «example-2021-2022» звітує щопівроку, тож звіту за 2022-q3 не буває; наприклад: 2021-h1\n",
        ),
        (
            ["--quarter", "3"],
            "zvit: програма «example-2021-2022» — на 2021–2022 роки: вкажіть рік (--year, YEAR=) або період "
            "(--period, P=)\n",
        ),
        (
            ["--period", "2022-H1"],
            "zvit: період має бути як 2019-q3 (квартал), 2022-h1 (півріччя) або 2022 (рік), а не «2022-H1»\n",
        ),
        (
            ["--period", "2022-h2", "--quarter", "2"],
            "zvit: вкажіть або --period (2022-h2), або --quarter (2), не обидва\n",
        ),
        (
            ["--period", "2022-h2", "--year", "2021"],
            "zvit: період 2022-h2 не належить до 2021 року, названого --year\n",
        ),
        (
            [],
            "zvit: вкажіть період: --period 2022-h1 (make … P=2022-h1) або --quarter 3 --year 2019 (Q=3 YEAR=2019)\n",
        ),
    ],
)
def test_a_period_is_resolved_one_way(halves: Repo, argv: list[str], message: str) -> None:
    assert halves.zvit("new", "--unit", "sektor", *argv) == (1, "", message)


def test_the_form_names_the_half_year_and_the_unit_as_renamed(halves: Repo, tmp_path: Path) -> None:
    out = tmp_path / "finvid.docx"
    assert halves.zvit("docx", "--unit", "finvid", "--period", "2022-h1", "--out", str(out))[0] == 0
    xml = _form_text(out)
    assert "для надання звітної інформації за І півріччя 2022 року про виконання ПРИКЛАДУ" in xml
    # The heading names the unit as it was called on 30.06.2022; the programme's table keeps its own text.
    heading = xml[: xml.index("(найменування підрозділу")]
    assert "<w:t>Умовне управління фінансів</w:t>" in heading and "Умовний фінансовий відділ" not in heading
    assert "<w:t>2.2.1</w:t>" in xml and "<w:t>2.2.2</w:t>" in xml
    # A section of text alone has no rows in the measures table.
    assert "Загальні положення (приклад)" not in xml and "2. Заходи щодо запобігання корупції (приклад)" in xml
    # The second half of 2021 still had the old name.
    halves.write(
        "reports/finvid/2021-h2.yaml",
        "programme: example-2021-2022\nunit: finvid\nperiod: 2021-h2\nmeasures:\n  2.2.1: Так (приклад).\n",
    )
    assert halves.zvit("docx", "--unit", "finvid", "--period", "2021-h2", "--out", str(out))[0] == 0
    heading = _form_text(out)[: _form_text(out).index("(найменування підрозділу")]
    assert "<w:t>Умовний фінансовий відділ</w:t>" in heading


def test_a_withdrawn_measure_leaves_the_forms_of_later_periods(halves: Repo, tmp_path: Path) -> None:
    halves.write(
        "reports/finvid/2022-h2.yaml",
        "programme: example-2021-2022\nunit: finvid\nperiod: 2022-h2\nmeasures:\n  2.2.1: Так (приклад).\n",
    )
    out = tmp_path / "finvid.docx"
    assert halves.zvit("docx", "--unit", "finvid", "--period", "2022-h2", "--out", str(out))[0] == 0
    xml = _form_text(out)
    assert "<w:t>2.2.1</w:t>" in xml and "2.2.2" not in xml


def test_diff_crosses_the_year(halves: Repo) -> None:
    code, out, err = halves.zvit("diff", "--unit", "sektor", "--from", "2021-h2", "--to", "2022-h1", "--color", "never")
    assert (code, err) == (0, "")
    assert out == (
        "sektor: reports/sektor/2021-h2.yaml (робоча копія) → reports/sektor/2022-h1.yaml (робоча копія)\n"
        "змінено: 1, без змін: 1\n"
        "\n"
        "2.1.1 змінено — Приклад заходу з навчання працівників\n"
        "    Проведено [-два-]{+три+} умовні навчання (приклад).\n"
    )


def test_status_of_a_half_year(halves: Repo) -> None:
    code, out, _ = halves.zvit("status", "--period", "2022-h1")
    assert code == 0
    lines = out.splitlines()
    assert lines[:4] == [
        "Стан звітування за І півріччя 2022 року",
        "програма example-2021-2022; кінець періоду 30.06.2022",
        "Підрозділів: 2; подано: 0; змінено після подання: 0; звіт є, не подано: 2; з помилками: 0;",
        "звіту немає: 0",
    ]
    assert (
        "finvid           звіт є, не подано      3 з 3      0           1           Умовне управління фінанс…" in lines
    )
    data = json.loads(halves.zvit("status", "--period", "2022-h1", "--format", "json")[1])
    assert (data["period"], data["period_end"], data["quarter"]) == ("2022-h1", "2022-06-30", None)


def test_submit_tags_the_half_year_and_history_follows_it(halves: Repo) -> None:
    code, out, err = halves.zvit("submit", "--unit", "sektor", "--period", "2022-h1")
    assert (code, err) == (0, "")
    assert out.splitlines()[0].startswith("звіт reports/sektor/2022-h1.yaml подано: тег sektor/2022-h1 на коміті")
    assert halves.git("tag", "-l").split() == ["sektor/2022-h1"]
    subject = halves.git("tag", "-l", "--format=%(contents:subject)", "sektor/2022-h1").strip()
    assert subject == "Подання звіту sektor за І півріччя 2022 року"
    again = halves.zvit("submit", "--unit", "sektor", "--period", "2022-h1")
    assert again[0] == 1 and "sektor/2022-h1" in again[2]
    halves.write(
        "reports/sektor/2022-h1.yaml",
        halves.read("reports/sektor/2022-h1.yaml").replace("три умовні", "чотири умовні"),
    )
    halves.commit("Виправлено кількість навчань", date="2022-07-10T09:00:00+03:00")
    code, out, _ = halves.zvit("history", "--unit", "sektor", "--period", "2022-h1", "--measure", "2.1.1")
    assert code == 0
    assert "Виправлено кількість навчань" in out and "[-три-]{+чотири+}" in out
    # The change after submission without an amendment is an error at its measure.
    code, out, _ = halves.zvit("validate", "reports/sektor/2022-h1.yaml")
    assert code == 1 and "reports/sektor/2022-h1.yaml:7:" in out


def test_audit_expects_the_half_years_already_due_and_names_the_late_ones(
    halves: Repo, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GIT_COMMITTER_DATE", "2022-07-04T12:00:00+03:00")
    assert halves.zvit("submit", "--unit", "sektor", "--period", "2022-h1")[0] == 0
    code, out, _ = halves.zvit("audit", "--as-of", "2022-07-06", "--format", "json")
    assert code == 0
    data = json.loads(out)
    periods = {u["id"]: [(q["period"], q["due"], q["late"]) for q in u["quarters"]] for u in data["units"]}
    assert periods == {
        "sektor": [
            ("2021-h1", "2021-07-05", True),
            ("2021-h2", "2022-01-05", True),
            ("2022-h1", "2022-07-05", False),
        ],
        "finvid": [
            ("2021-h1", "2021-07-05", True),
            ("2021-h2", "2022-01-05", True),
            ("2022-h1", "2022-07-05", True),
        ],
    }
    assert data["late"] == ["sektor/2021-h1", "sektor/2021-h2", "finvid/2021-h1", "finvid/2021-h2", "finvid/2022-h1"]
    text = halves.zvit("audit", "--as-of", "2022-07-06")[1]
    assert text.splitlines()[0] == (
        "Аудит подання звітів про виконання антикорупційної програми example-2021-2022 за весь строк програми"
    )
    assert "    · звіт не подано, хоча строк минув 05.07.2022" in text
    # Before the first half-year is due, only the reports that exist are listed, and none is late.
    early = json.loads(halves.zvit("audit", "--as-of", "2021-07-04", "--format", "json")[1])
    listed = {u["id"]: [(q["period"], q["late"]) for q in u["quarters"]] for u in early["units"]}
    assert listed == {"sektor": [("2021-h2", False), ("2022-h1", False)], "finvid": [("2022-h1", False)]}


def test_the_audit_document_of_half_years_names_periods_in_words(
    halves: Repo, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GIT_COMMITTER_DATE", "2022-07-04T12:00:00+03:00")
    assert halves.zvit("submit", "--unit", "sektor", "--period", "2022-h1")[0] == 0
    out = tmp_path / "audit.docx"
    assert halves.zvit("audit", "--as-of", "2022-07-06", "--format", "docx", "--out", str(out))[0] == 0
    document = docx.Document(str(out))
    assert "Подання за підрозділами і періодами" in [p.text for p in document.paragraphs]
    cells = [[c.text for c in row.cells] for row in document.tables[0].rows]
    assert cells[0] == ["Період", "Подання", "Підписи", "Зміни після подання", "Висновок"]
    assert [row[0] for row in cells[2:5]] == ["І півріччя 2021", "ІІ півріччя 2021", "І півріччя 2022"]
    assert document.tables[1].rows[0].cells[1].text == "Підрозділ, період"


@pytest.mark.parametrize(
    ("path", "head", "message"),
    [
        (
            "reports/sektor/2022-h1.yaml",
            "period: 2021-h2\n",
            "reports/sektor/2022-h1.yaml:5:9: помилка: період звіту 2021-h2 не відповідає шляху файлу "
            "(за шляхом — 2022-h1) [report.period-mismatch]",
        ),
        (
            "reports/sektor/2023-h1.yaml",
            "period: 2023-h1\n",
            "reports/sektor/2023-h1.yaml:5:9: помилка: значення «2023-h1» не з переліку: 2021-h1, 2021-h2, 2022-h1, "
            "2022-h2 [schema.enum]",
        ),
        (
            "reports/sektor/2022-q1.yaml",
            "year: 2022\nquarter: 1\n",
            "reports/sektor/2022-q1.yaml:6:10: помилка: програма «example-2021-2022» звітує щопівроку, тож звіту за "
            "період 2022-q1 не буває [report.period-cadence]",
        ),
        (
            "reports/sektor/2022-h1.yaml",
            "period: 2022-h1\nyear: 2021\n",
            "reports/sektor/2022-h1.yaml:6:1: помилка: year/quarter не збігаються з period: 2022-h1; залиште лише "
            "period [report.period-conflict]",
        ),
        (
            "reports/sektor/2022-h1.yaml",
            "",
            "reports/sektor/2022-h1.yaml:1:1: помилка: бракує обов’язкового поля: потрібне period або year + quarter "
            "[schema.required-any]",
        ),
        (
            "reports/sektor/2022-h3.yaml",
            "period: 2022-h1\n",
            "reports/sektor/2022-h3.yaml:1:1: помилка: звіт має лежати у reports/<підрозділ>/<рік>-q<квартал>.yaml, "
            "наприклад reports/jkg/2019-q3.yaml (за півріччя — <рік>-h<1 або 2>.yaml, за рік — <рік>.yaml) "
            "[report.bad-path]",
        ),
    ],
)
def test_a_reports_period_is_checked(halves: Repo, path: str, head: str, message: str) -> None:
    halves.write(path, f"# Приклад\nprogramme: example-2021-2022\nunit: sektor\n\n{head}measures: {{}}\n")
    code, out, _ = halves.zvit("validate", path)
    assert code == 1
    assert out.splitlines()[0] == message


def test_the_editor_schema_lists_the_programmes_periods(halves: Repo) -> None:
    schema = json.loads(halves.read("schema/report.schema.json"))
    (periods,) = [rule["enum"] for rule in schema["properties"]["period"]["allOf"] if "enum" in rule]
    assert periods == ["2021-h1", "2021-h2", "2022-h1", "2022-h2"]
    # The years as an enum the editor words ("від 2021 до 2022"), not as a range it leaves in English.
    (years,) = [rule["enum"] for rule in schema["properties"]["year"]["allOf"] if "enum" in rule]
    assert years == [2021, 2022]
    assert list(schema["properties"]["measures"]["properties"]) == ["2.1.1", "2.1.2", "2.2.1", "2.2.2"]


def test_consolidated_for_a_half_year(halves: Repo, tmp_path: Path) -> None:
    out = tmp_path / "all.docx"
    code, said, _ = halves.zvit("consolidated", "--period", "2022-h1", "--out", str(out))
    assert code == 0
    assert said.splitlines()[0] == "у зведеній інформації звіти підрозділів (2): sektor, finvid"
    assert "заходів за І півріччя 2022 року" in _form_text(out)
    # A unit renamed on 01.01.2022 signs its statuses with the new name.
    assert "<w:t>Умовне управління фінансів</w:t>" in _form_text(out)
    code, _, err = halves.zvit("consolidated", "--period", "2021-h1")
    assert (code, err) == (1, "zvit: жоден підрозділ не має звіту за період 2021-h1\n")


def test_a_year_range_points_to_period(repo: Repo) -> None:
    repo.write("programme.yaml", repo.read("programme.yaml").replace("\nyear: 2019\n", "\nyear: 2021-2022\n"))
    code, out, _ = repo.zvit("validate", "programme.yaml")
    assert code == 1
    assert out.splitlines()[0] == (
        "programme.yaml:5:7: помилка: year — один календарний рік; для програми на 2021-2022 замість year напишіть "
        'period: {from: "2021-01-01", to: "2022-12-31"} [schema.year-range]'
    )


def test_new_after_a_change_of_cadence_starts_from_the_latest_earlier_report(halves: Repo) -> None:
    """The body's quarterly 2020 programme ended with 2020-q4; the half-yearly one starts with 2021-h1."""
    current = halves.read("programme.yaml")
    halves.write(
        "programme.yaml",
        "id: example-2020\ntitle: ПРИКЛАД. Програма на 2020 рік\nyear: 2020\nunits:\n  sektor:\n    name: Сектор\n"
        "sections:\n  - id: I\n    title: Заходи\n    measures:\n      - id: I.1\n"
        "        title: Приклад заходу з навчання працівників\n        deadline: постійно\n"
        "        due: {kind: continuous}\n        responsible: [sektor]\n",
    )
    halves.write(
        "reports/sektor/2020-q4.yaml",
        "programme: example-2020\nunit: sektor\nyear: 2020\nquarter: 4\nmeasures:\n  I.1: Навчання 2020 (приклад).\n",
    )
    halves.commit("The 2020 programme")
    halves.write("programme.yaml", current)
    halves.commit("The 2021-2022 programme")
    halves.git("rm", "-q", "reports/sektor/2021-h2.yaml", "reports/sektor/2022-h1.yaml")
    code, out, _ = halves.zvit("new", "--unit", "sektor", "--period", "2021-h1")
    assert code == 0
    assert out.splitlines()[0] == (
        "створено reports/sektor/2021-h1.yaml: заходів підрозділу — 2, текстів перенесено з "
        "reports/sektor/2020-q4.yaml — 1"
    )
    assert "  2.1.1:\n    text: Навчання 2020 (приклад).\n    carried_over: true\n" in halves.read(
        "reports/sektor/2021-h1.yaml"
    )


def test_a_half_year_form_with_dotted_numbers_imports_back(halves: Repo, tmp_path: Path) -> None:
    form = tmp_path / "sektor.docx"
    assert halves.zvit("docx", "--unit", "sektor", "--period", "2022-h1", "--out", str(form))[0] == 0
    halves.git("rm", "-q", "reports/sektor/2022-h1.yaml")
    code, out, err = halves.zvit("import", str(form), "--unit", "sektor", "--period", "2022-h1")
    assert (code, err) == (0, ""), out
    text = halves.read("reports/sektor/2022-h1.yaml")
    assert "  2.1.1: Проведено три умовні навчання (приклад).\n" in text
    assert "  2.1.2: Перевірено умовні декларації (приклад).\n" in text
    code, out, _ = halves.zvit("import", str(form), "--unit", "sektor", "--period", "2022-h2")
    assert f"{form}: у заголовку форми — І півріччя 2022 року, а імпортується ІІ півріччя 2022 року; " in out


@pytest.mark.parametrize(
    "argv",
    [
        ["docx", "--unit", "sektor"],
        ["status"],
        ["consolidated"],
        ["history", "--unit", "sektor"],
        ["submit", "--unit", "sektor"],
        ["new", "--unit", "sektor"],
        ["import", "form.docx", "--unit", "sektor"],
        ["diff", "--unit", "sektor", "--from-rev", "HEAD"],
    ],
)
def test_every_command_reads_a_period_the_same_way(halves: Repo, argv: list[str]) -> None:
    bad = "zvit: період має бути як 2019-q3 (квартал), 2022-h1 (півріччя) або 2022 (рік), а не «2022-H1»\n"
    assert halves.zvit(*argv, "--period", "2022-H1") == (1, "", bad)
    several = (
        "zvit: програма «example-2021-2022» — на 2021–2022 роки: вкажіть рік (--year, YEAR=) або період "
        "(--period, P=)\n"
    )
    assert halves.zvit(*argv, "--quarter", "2") == (1, "", several)


def test_an_overview_of_a_period_outside_the_programme_is_refused(halves: Repo) -> None:
    expected = "zvit: період 2023 не входить у строк програми «example-2021-2022» (2021-01-01 — 2022-12-31)\n"
    assert halves.zvit("status", "--period", "2023") == (1, "", expected)
    assert halves.zvit("consolidated", "--period", "2023") == (1, "", expected)
    # A quarter inside the term is an overview of any kind the body wants.
    assert halves.zvit("status", "--period", "2022-q2")[0] == 0


def test_a_half_year_given_as_a_quarter_names_the_period_option(halves: Repo) -> None:
    assert halves.zvit("new", "--unit", "sektor", "--quarter", "H1", "--year", "2022") == (
        1,
        "",
        "zvit: «H1» — півріччя, а не квартал; вкажіть період: --period <рік>-h1 (make … P=<рік>-h1)\n",
    )


def test_import_from_a_form_without_a_state_column_keeps_the_reports_state(halves: Repo, tmp_path: Path) -> None:
    form = tmp_path / "form.docx"
    assert halves.zvit("docx", "--unit", "finvid", "--period", "2022-h1", "--out", str(form))[0] == 0
    code, _, err = halves.zvit("import", str(form), "--unit", "finvid", "--period", "2022-h1", "--force")
    assert (code, err) == (0, "")
    assert (
        "  2.2.2:\n    text: Захід вилучено зміною програми 01.03.2022 (приклад).\n    state: не стосується\n"
        in halves.read("reports/finvid/2022-h1.yaml")
    )
