"""`zvit new`: the next quarter's report, with last quarter's texts carried over and marked."""

from __future__ import annotations

from conftest import Repo

from zvit.load.yamlfile import parse_yaml
from zvit.model.build import programme_from_data

Q4 = "reports/jkg/2019-q4.yaml"


def _data(repo: Repo, rel: str) -> dict:
    return parse_yaml((repo.path / rel).read_bytes(), rel).data


def _programme(repo: Repo):
    return programme_from_data(_data(repo, "programme.yaml"))


def test_new_lists_the_units_measures_and_carries_over_filled_texts(repo: Repo) -> None:
    code, out, err = repo.zvit("new", "--unit", "jkg", "--quarter", "4")
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "створено reports/jkg/2019-q4.yaml: заходів підрозділу — 27, текстів перенесено з "
        "reports/jkg/2019-q3.yaml — 24",
        "опишіть стан виконання кожного заходу, приберіть позначки carried_over і перевірте: make validate",
    ]
    text = repo.read(Q4)
    lines = text.splitlines()
    assert lines[0] == "# yaml-language-server: $schema=../../schema/report.schema.json"
    assert lines[1] == (
        "# Звіт: Департамент житлово-комунального господарства облдержадміністрації — ІV квартал 2019 року."
    )
    assert lines[5:10] == ["programme: loda-2019", "unit: jkg", "year: 2019", "quarter: 4", "measures:"]
    assert lines[10] == (
        "  # I.1. Запобігання та врегулювання конфлікту інтересів у діяльності осіб, "
        "уповноважених на виконання функцій…"
    )
    assert lines[11:13] == ["  I.1:", "    text: |-"]

    data = _data(repo, Q4)
    previous = _data(repo, "reports/jkg/2019-q3.yaml")["measures"]
    programme = _programme(repo)
    assert list(data["measures"]) == [m.id for m in programme.measures_of("jkg")]
    for measure_id, value in data["measures"].items():
        if previous[measure_id] in ("", "."):
            assert value is None, measure_id
        else:
            assert value == {"text": previous[measure_id], "carried_over": True}
    assert data["measures"]["I.11"] is None


def test_the_new_report_validates_with_warnings_only_and_is_already_canonical(repo: Repo) -> None:
    repo.zvit("new", "--unit", "jkg", "--quarter", "4")
    code, out, _ = repo.zvit("validate", Q4)
    assert code == 0
    assert out.splitlines()[-1] == "перевірено файлів: 1; помилок: 0, попереджень: 27"
    assert out.count("[report.status-carried-over]") == 24
    assert out.count("[report.status-empty]") == 3
    assert repo.zvit("fmt", "--check", Q4)[0] == 0


def test_an_edited_text_stops_the_warning(repo: Repo) -> None:
    repo.zvit("new", "--unit", "jkg", "--quarter", "4")
    text = repo.read(Q4).replace(
        "  I.2:\n    text: Постійно здійснюється", "  I.2:\n    text: У IV кварталі здійснювався", 1
    )
    text = text.replace("    carried_over: true\n", "", 2)
    repo.write(Q4, text)
    out = repo.zvit("validate", Q4)[1]
    assert out.count("[report.status-carried-over]") == 22
    assert "захід I.2:" not in out


def test_new_never_overwrites(repo: Repo) -> None:
    repo.zvit("new", "--unit", "jkg", "--quarter", "4")
    repo.write(Q4, repo.read(Q4) + "# моя правка\n")
    before = repo.read(Q4)
    code, out, err = repo.zvit("new", "--unit", "jkg", "--quarter", "4")
    assert (code, out) == (1, "")
    assert err == (
        "zvit: звіт reports/jkg/2019-q4.yaml уже існує; команда не перезаписує звіти — "
        "відкрийте і доповніть наявний файл\n"
    )
    assert repo.read(Q4) == before
    assert repo.zvit("new", "--unit", "jkg", "--quarter", "3")[0] == 1


def test_without_a_previous_report_every_status_is_empty(repo: Repo) -> None:
    code, out, _ = repo.zvit("new", "--unit", "dmk", "--quarter", "1")
    assert code == 0
    assert out.splitlines()[0] == (
        "створено reports/dmk/2019-q1.yaml: заходів підрозділу — "
        f"{len(_programme(repo).measures_of('dmk'))}; попереднього звіту "
        "reports/dmk/2018-q4.yaml немає, тож усі стани порожні"
    )
    measures = _data(repo, "reports/dmk/2019-q1.yaml")["measures"]
    assert measures and set(measures.values()) == {None}
    assert repo.zvit("validate", "reports/dmk/2019-q1.yaml")[0] == 0


def test_q1_takes_texts_from_last_years_programme_by_title(repo: Repo) -> None:
    """Q4 2019 was reported under loda-2019; the 2020 programme renumbers a measure."""
    repo.zvit("new", "--unit", "jkg", "--quarter", "4")
    repo.commit("jkg Q4", author="Ірина Коваль <koval@example.org>", date="2019-12-20T10:00:00")
    programme = repo.read("programme.yaml").replace("id: loda-2019", "id: loda-2020")
    programme = programme.replace("year: 2019", "year: 2020").replace("      - id: I.2\n", "      - id: I.99\n")
    repo.write("programme.yaml", programme)
    repo.zvit("schema")
    repo.commit("Programme 2020", author="Відділ <anticor@example.org>", date="2020-01-10T10:00:00")
    code, out, err = repo.zvit("new", "--unit", "jkg", "--quarter", "1")
    assert (code, err) == (0, "")
    assert "текстів перенесено з reports/jkg/2019-q4.yaml — 24" in out
    measures = _data(repo, "reports/jkg/2020-q1.yaml")["measures"]
    assert measures["I.99"]["text"].startswith("Постійно здійснюється контроль")
    assert "I.2" not in measures
    assert repo.zvit("validate", "reports/jkg/2020-q1.yaml")[0] == 0


def test_bad_arguments_are_explained(repo: Repo) -> None:
    assert repo.zvit("new", "--unit", "../x", "--quarter", "4")[2] == (
        "zvit: «../x» не схоже на ідентифікатор підрозділу (малі латинські літери, цифри, дефіс)\n"
    )
    assert repo.zvit("new", "--unit", "nope", "--quarter", "4")[2].startswith(
        "zvit: підрозділу «nope» немає в програмі; є: "
    )
    assert repo.zvit("new", "--unit", "jkg", "--quarter", "5")[2] == ("zvit: квартал має бути від 1 до 4, а не «5»\n")
    assert repo.zvit("new", "--unit", "jkg", "--quarter", "1", "--year", "2020") == (
        1,
        "",
        "zvit: програма «loda-2019» — на 2019 рік; звіт за 2020 рік за нею не створити\n",
    )


def test_a_broken_previous_report_is_named_and_nothing_is_carried_over(repo: Repo) -> None:
    repo.write("reports/jkg/2019-q3.yaml", "programme: loda-2019\nmeasures:\n  I.1: Зроблено: усе\n")
    code, out, _ = repo.zvit("new", "--unit", "jkg", "--quarter", "4")
    assert code == 0
    assert out.splitlines()[:2] == [
        "попередній звіт reports/jkg/2019-q3.yaml містить помилки (перевірте: make validate), тож тексти з "
        "нього не перенесено",
        "створено reports/jkg/2019-q4.yaml: заходів підрозділу — 27, текстів перенесено з reports/jkg/2019-q3.yaml — 0",
    ]
    assert set(_data(repo, Q4)["measures"].values()) == {None}


def test_the_signatory_is_carried_over_with_a_reminder_to_check_it(repo: Repo) -> None:
    """The form is signed under the table: dropping the signatory made every clerk retype it."""
    report = repo.read("reports/jkg/2019-q3.yaml")
    signatory = "signatory:\n  position: Директор департаменту\n  name: І. Прізвище\n"
    repo.write("reports/jkg/2019-q3.yaml", report + signatory)
    code, out, err = repo.zvit("new", "--unit", "jkg", "--quarter", "4")
    assert (code, err) == (0, "")
    assert out.splitlines()[1:] == [
        "підписанта перенесено з попереднього звіту: Директор департаменту І. Прізвище; "
        "перевірте, чи він підписує і цей звіт",
        "опишіть стан виконання кожного заходу, приберіть позначки carried_over і перевірте: make validate",
    ]
    assert _data(repo, Q4)["signatory"] == {"position": "Директор департаменту", "name": "І. Прізвище"}
    lines = repo.read(Q4).splitlines()
    at = lines.index("signatory:")
    assert lines[at - 1] == "# Підписанта перенесено з reports/jkg/2019-q3.yaml: перевірте посаду й ім’я."
    assert repo.zvit("validate", Q4)[0] == 0
    assert repo.zvit("fmt", "--check", Q4)[0] == 0


def test_with_nothing_carried_over_the_next_step_does_not_mention_carried_over_marks(repo: Repo) -> None:
    code, out, _ = repo.zvit("new", "--unit", "dmk", "--quarter", "1")
    assert code == 0
    assert out.splitlines()[1:] == ["опишіть стан виконання кожного заходу і перевірте: make validate"]
