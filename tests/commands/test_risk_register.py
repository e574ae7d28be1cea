"""The risk-register programme kind (tests/data/risk-register, an example): model, checks, reports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import Repo
from example_repos import example_repo

from zvit.check.validate import Validator
from zvit.load.source import WorkTree
from zvit.model.objects import RegisterMeasure


@pytest.fixture
def register(tmp_path: Path) -> Repo:
    return example_repo(tmp_path, "risk-register", date="2024-01-10T10:00:00+02:00")


def test_the_register_reads_into_risks_with_their_measures(register: Repo) -> None:
    programme, findings = Validator(WorkTree(str(register.path))).current_programme()
    assert findings == [] and programme is not None
    assert (programme.kind, programme.reporting, programme.due_day) == ("risk-register", "year", 20)
    assert [p.stem for p in programme.periods()] == ["2023", "2024", "2025"]
    risk = next(programme.risks())
    assert (risk.id, risk.probability, risk.consequences, risk.level) == ("1.1", 2, 3, 6)
    assert [m.id for m in risk.measures] == ["1.1.1", "1.1.2"]
    measure = programme.measure("1.1.1")
    assert isinstance(measure, RegisterMeasure)
    assert (measure.risk_id, measure.resources, measure.number) == (
        "1.1",
        "Не потребує додаткових ресурсів (приклад)",
        "1.1.1",
    )
    assert [m.id for m in programme.measures_of("kadry")] == ["1.1.1", "1.1.2"]


def test_the_example_validates(register: Repo) -> None:
    assert register.zvit("validate") == (0, "перевірено файлів: 2; помилок немає\n", "")


def test_a_written_level_must_be_the_product(register: Repo) -> None:
    register.write("programme.yaml", register.read("programme.yaml").replace("level: 6", "level: 5"))
    code, out, _ = register.zvit("validate", "programme.yaml")
    assert code == 1
    assert out.splitlines()[0] == (
        "programme.yaml:27:16: помилка: ризик 1.1: рівень 5 не дорівнює добутку ймовірності й наслідків "
        "(2 × 3 = 6); виправте level або приберіть його — zvit обчислить сам [programme.risk-level]"
    )


def test_a_register_measure_belongs_under_its_risk(register: Repo) -> None:
    register.write("programme.yaml", register.read("programme.yaml").replace("- id: 1.1.2", "- id: 2.9.9"))
    code, out, _ = register.zvit("validate", "programme.yaml")
    assert code == 1
    expected = "помилка: захід 2.9.9 стоїть під ризиком 1.1; його номер має починатися з «1.1.»"
    assert f"{expected} [programme.measure-outside-risk]" in out


def test_measures_outside_risks_are_refused_in_a_register(register: Repo) -> None:
    text = register.read("programme.yaml").replace(
        "    title: Публічні закупівлі (приклад функції)\n",
        "    title: Публічні закупівлі (приклад функції)\n"
        "    measures: [{id: '2.5', title: Т, deadline: постійно, due: {kind: continuous}, responsible: [kadry]}]\n",
    )
    register.write("programme.yaml", text)
    code, out, _ = register.zvit("validate", "programme.yaml")
    assert code == 1
    assert "[programme.measures-in-risk-register]" in out


def test_a_report_takes_the_registers_three_states_and_the_actual_date(register: Repo) -> None:
    report = "reports/kadry/2023.yaml"
    register.write(report, register.read(report).replace("state: виконано частково", "state: виконується"))
    code, out, _ = register.zvit("validate", report)
    assert code == 1
    assert out.splitlines()[0] == (
        "reports/kadry/2023.yaml:13:12: помилка: значення «виконується» не з переліку: виконано, не виконано, "
        "виконано частково [schema.enum]"
    )
    register.write(report, register.read(report).replace('done: "2023-11-30"', 'done: "30.11.2023"'))
    out = register.zvit("validate", report)[1]
    assert '2023.yaml:10:11: помилка: дату «30.11.2023» запишіть як РРРР-ММ-ДД у лапках, наприклад "2019-10-04"' in out


def test_a_bare_year_is_a_period_too(register: Repo) -> None:
    report = "reports/kadry/2023.yaml"
    register.write(report, register.read(report).replace('period: "2023"', "period: 2023"))
    assert register.zvit("validate", report)[0] == 0


def test_new_status_diff_submit_history_and_audit_of_a_yearly_register(
    register: Repo, monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, _ = register.zvit("new", "--unit", "kadry", "--year", "2024")
    assert code == 0
    assert out.splitlines()[0] == (
        "створено reports/kadry/2024.yaml: заходів підрозділу — 2, текстів перенесено з reports/kadry/2023.yaml — 2"
    )
    assert '\nperiod: "2024"\n' in register.read("reports/kadry/2024.yaml")
    status = register.zvit("status", "--year", "2023")[1].splitlines()
    assert status[:4] == [
        "Стан звітування за 2023 рік",
        "програма example-register-2023-2025; кінець періоду 31.12.2023",
        "Підрозділів: 2; подано: 0; змінено після подання: 0; звіт є, не подано: 1; з помилками: 0;",
        "звіту немає: 1",
    ]
    diff = register.zvit("diff", "--unit", "kadry", "--from", "2023", "--to", "2024", "--color", "never")[1]
    assert diff.splitlines()[:2] == [
        "kadry: reports/kadry/2023.yaml (робоча копія) → reports/kadry/2024.yaml (робоча копія)",
        "змінено: 2",
    ]
    assert "    стан: виконано частково → не вказано" in diff
    monkeypatch.setenv("GIT_COMMITTER_DATE", "2024-01-25T12:00:00+02:00")
    code, out, err = register.zvit("submit", "--unit", "kadry", "--period", "2023")
    assert (code, err) == (0, "")
    assert register.git("tag", "-l").split() == ["kadry/2023"]
    history = register.zvit("history", "--unit", "kadry", "--period", "2023", "--format", "json")
    entries = json.loads(history[1])["entries"]
    assert history[0] == 0
    assert [(e["subject"], e["path"], e["submitted"]) for e in entries] == [
        ("Example data", "reports/kadry/2023.yaml", ["kadry/2023"])
    ]
    data = json.loads(register.zvit("audit", "--as-of", "2025-02-01", "--format", "json")[1])
    due = {u["id"]: [(q["period"], q["due"], q["late"]) for q in u["quarters"]] for u in data["units"]}
    assert due == {
        "kadry": [("2023", "2024-01-20", True), ("2024", "2025-01-20", True)],
        "zakupivli": [("2023", "2024-01-20", True), ("2024", "2025-01-20", True)],
    }
    kadry_2023 = data["units"][0]["quarters"][0]
    assert [n["message"] for n in kadry_2023["notes"]] == ["подано із запізненням: 25.01.2024, а строк — до 20.01.2024"]


def test_the_editor_hover_names_the_risk(register: Repo) -> None:
    schema = json.loads(register.read("schema/report.schema.json"))
    hover = schema["properties"]["measures"]["properties"]["1.1.1"]["markdownDescription"]
    assert hover.startswith("*Ризик 1.1:* Приклад ризику упередженого добору кандидатів\n\n**1.1.1.** Приклад заходу")
    state = schema["$defs"]["status"]["anyOf"][1]["properties"]["state"]["enum"]
    assert state == ["виконано", "не виконано", "виконано частково"]


def test_diff_shows_a_new_actual_date(register: Repo) -> None:
    report = "reports/kadry/2023.yaml"
    register.write(report, register.read(report).replace('done: "2023-11-30"', 'done: "2023-12-15"'))
    argv = ["diff", "--unit", "kadry", "--period", "2023", "--from-rev", "HEAD", "--color", "never"]
    code, out, _ = register.zvit(*argv)
    assert code == 0
    assert "    стан: виконано, 2023-11-30 → виконано, 2023-12-15" in out.splitlines()
