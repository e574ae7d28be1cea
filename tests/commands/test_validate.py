"""`zvit validate` on real data and on every kind of broken report: exact lines, exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import Repo

REPORT = "reports/jkg/2019-q3.yaml"
HEADER = "programme: loda-2019\nunit: jkg\nyear: 2019\nquarter: 3\n"


def test_the_real_data_is_valid_and_the_blank_cells_of_the_seed_are_warnings(repo: Repo) -> None:
    code, out, err = repo.zvit("validate")
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "reports/jkg/2019-q3.yaml:22:9: попередження: захід I.11: замість стану виконання стоїть «.»; "
        "опишіть, що зроблено [report.status-placeholder]",
        "reports/jkg/2019-q3.yaml:48:10: попередження: захід II.12 — відповідальність підрозділу, але стан "
        "виконання не заповнено [report.status-empty]",
        "reports/jkg/2019-q3.yaml:51:10: попередження: захід II.15 — відповідальність підрозділу, але стан "
        "виконання не заповнено [report.status-empty]",
        "перевірено файлів: 2; помилок: 0, попереджень: 3",
    ]


def test_strict_makes_warnings_fail(repo: Repo) -> None:
    assert repo.zvit("validate", "--strict")[0] == 1


def test_english_messages(repo: Repo) -> None:
    out = repo.zvit("--lang", "en", "validate")[1]
    assert "warning: measure I.11: the status is just '.'; describe what was done" in out


# Each broken report: (content, the one expected line without the file name prefix).
BROKEN = {
    "syntax error": (
        HEADER + "measures:\n  I.1: Зроблено: усе\n",
        "6:16: помилка: двокрапка з пробілом у тексті без лапок; візьміть текст у лапки або "
        "запишіть його блоком «|-» з нового рядка [yaml.colon-in-plain-text]",
    ),
    "duplicate key": (
        HEADER + "measures:\n  I.1: а\n  I.1: б\n",
        "7:3: помилка: ключ «I.1» повторюється (уперше — у рядку 6); залиште один [yaml.duplicate-key]",
    ),
    "wrong type": (
        HEADER + "measures:\n  I.1:\n    - а\n",
        "7:5: помилка: тут має бути текст або словник з text і state, а не список (рядки з «- ») [schema.type]",
    ),
    "quarter 5": (
        "programme: loda-2019\nunit: jkg\nyear: 2019\nquarter: 5\nmeasures: {}\n",
        "4:10: помилка: значення 5 більше за найбільше дозволене (4) [schema.maximum]",
    ),
    "unknown measure": (
        HEADER + "measures:\n  I.40: а\n",
        "6:3: помилка: заходу «I.40» немає в програмі «loda-2019»; можливо, малося на увазі "
        "I.4 [report.unknown-measure-near]",
    ),
    "unknown measure, nothing near": (
        HEADER + "measures:\n  V.5: а\n",
        "6:3: помилка: заходу «V.5» немає в програмі «loda-2019» [report.unknown-measure]",
    ),
    "cyrillic look-alike id": (
        HEADER + "measures:\n  І.1: а\n",
        "6:3: помилка: «І.1» містить кириличні літери (І U+0406), схожі на латинські; "
        "ідентифікатори пишуться латиницею: «I.1» [id.lookalike]",
    ),
    "quarter in words": (
        "programme: loda-2019\nunit: jkg\nyear: 2019\nquarter: три\nmeasures: {}\n",
        "4:10: помилка: тут має бути ціле число, а не текст [schema.type]",
    ),
    "quarter 0": (
        "programme: loda-2019\nunit: jkg\nyear: 2019\nquarter: 0\nmeasures: {}\n",
        "4:10: помилка: значення 0 менше за найменше дозволене (1) [schema.minimum]",
    ),
    "empty signatory position": (
        HEADER + 'measures: {}\nsignatory:\n  position: ""\n  name: Ірина КОВАЛЬ\n',
        "7:13: помилка: текст не може бути порожнім [schema.min-length]",
    ),
    "cyrillic look-alike in a section of several letters": (
        HEADER + "measures:\n  IІ.1: а\n",
        "6:3: помилка: «IІ.1» містить кириличні літери (І U+0406), схожі на латинські; "
        "ідентифікатори пишуться латиницею: «II.1» [id.lookalike]",
    ),
    "unit/path mismatch": (
        "programme: loda-2019\nunit: osvita\nyear: 2019\nquarter: 3\nmeasures: {}\n",
        "2:7: помилка: unit: osvita не відповідає шляху файлу (за шляхом має бути jkg); файл "
        "звіту має називатися reports/<підрозділ>/<рік>-q<квартал>.yaml [report.path-mismatch]",
    ),
    "unknown unit": ("programme: loda-2019\nunit: jkq\nyear: 2019\nquarter: 3\nmeasures: {}\n", None),
    "yaml bomb": (
        'programme: loda-2019\na: &a ["l","l","l","l","l","l","l","l","l"]\n'
        + "".join(
            f"{n}: &{n} [" + ",".join([f"*{p}"] * 9) + "]\n" for p, n in zip("abcdefgh", "bcdefghi", strict=True)
        ),
        "7:8: помилка: понад 100000 значень (з урахуванням посилань «*»); можливо, це «YAML-бомба» — "
        "читання зупинено [yaml.too-many-nodes]",
    ),
    "python tag": (
        HEADER + "measures: !!python/object/apply:os.system ['rm -rf /']\n",
        "5:11: помилка: тег «tag:yaml.org,2002:python/object/apply:os.system» не дозволено: файл може "
        "містити лише текст, числа, списки і словники [yaml.tag-not-allowed]",
    ),
    "non-utf8": (
        (HEADER + "measures:\n  I.1: Виконано\n").encode("cp1251"),
        "6:8: помилка: байт 0xC2 не є UTF-8 (можливо, файл збережено як Windows-1251); збережіть файл "
        "у кодуванні UTF-8 [file.not-utf8]",
    ),
    "control character from word": (
        HEADER + "measures:\n  I.1: Виконано\x0bповністю\n",
        "6:16: помилка: керівний символ U+000B (так Word вставляє розриви рядків і "
        "спецсимволи); видаліть його або замініть на звичайний пробіл чи новий рядок "
        "[text.control-character]",
    ),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_broken_report_gives_a_located_error_and_exit_1(repo: Repo, case: str) -> None:
    content, expected = BROKEN[case]
    repo.write(REPORT, content)
    code, out, err = repo.zvit("validate", REPORT)
    assert code == 1
    assert err == ""
    errors = [line for line in out.splitlines() if ": помилка: " in line]
    if expected is None:  # the unit list is long; check the start and the code
        assert len(errors) == 1 and errors[0].startswith(f"{REPORT}:2:7: помилка: значення «jkq» не з переліку: ")
        assert errors[0].endswith("[schema.enum]")
    else:
        assert errors == [f"{REPORT}:{expected}"]
    assert "Traceback" not in out + err


def test_every_error_of_every_file_is_reported_in_one_run(repo: Repo) -> None:
    repo.write(REPORT, "programme: loda-2019\nunit: jkg\nyear: 2019\nquarter: 9\nmeasures:\n  I.99: а\nextra: 1\n")
    repo.write(
        "reports/jkg/2019-q2.yaml",
        "programme: loda-2019\nunit: jkg\nyear: 2019\nquarter: 2\nmeasures:\n  I.1: а\n  I.1: б\n",
    )
    code, out, _ = repo.zvit("validate")
    codes = [line.rsplit("[", 1)[1].rstrip("]") for line in out.splitlines()[:-1]]
    assert code == 1
    assert codes == [
        "yaml.duplicate-key",
        "schema.maximum",
        "report.unknown-measure-near",
        "schema.additional-property",
    ]
    assert out.splitlines()[-1] == "перевірено файлів: 3; помилок: 4, попереджень: 0"


def test_a_report_at_a_wrong_path_is_named(repo: Repo) -> None:
    repo.write("reports/jkg/q3-2019.yaml", HEADER + "measures: {}\n")
    out = repo.zvit("validate", "reports/jkg/q3-2019.yaml")[1]
    assert "reports/jkg/q3-2019.yaml:1:1: помилка: звіт має лежати у reports/<підрозділ>/<рік>-q<квартал>.yaml" in out


def test_json_and_github_formats(repo: Repo) -> None:
    repo.write(REPORT, HEADER + "measures:\n  І.1: а\n")
    code, out, _ = repo.zvit("validate", "--format", "json", REPORT)
    data = json.loads(out)
    assert code == 1
    assert data["files"] == 1
    first = data["findings"][0]
    assert (first["path"], first["line"], first["column"], first["severity"], first["code"]) == (
        REPORT,
        6,
        3,
        "error",
        "id.lookalike",
    )
    assert first["args"]["fixed"] == "I.1"
    out = repo.zvit("validate", "--format", "github", REPORT)[1]
    assert out.splitlines()[0].startswith(f"::error file={REPORT},line=6,col=3,title=id.lookalike::«І.1»")


def test_a_stale_generated_schema_is_an_error(repo: Repo) -> None:
    programme = repo.read("programme.yaml").replace(
        "Запобігання та врегулювання конфлікту інтересів у діяльності",
        "Запобігання та врегулювання конфлікту інтересів у роботі",
        1,
    )
    repo.write("programme.yaml", programme)
    code, out, _ = repo.zvit("validate")
    assert code == 1
    assert "schema/report.schema.json: помилка: згенерований файл schema/report.schema.json застарів" in out
    assert repo.zvit("schema")[0] == 0
    assert repo.zvit("validate")[0] == 0


def test_a_past_report_is_checked_against_its_own_programme_from_git_history(repo: Repo) -> None:
    repo.write("reports/jkg/2019-q2.yaml", HEADER.replace("quarter: 3", "quarter: 2") + "measures:\n  I.1: а\n")
    repo.commit("Q2 report")
    programme = (
        repo.read("programme.yaml").replace("id: loda-2019", "id: loda-2020").replace("year: 2019", "year: 2020")
    )
    repo.write("programme.yaml", programme)
    repo.zvit("schema")
    repo.commit("The 2020 programme")
    code, out, _ = repo.zvit("validate", "reports/jkg/2019-q2.yaml")
    assert code == 0
    assert out.splitlines()[-1].startswith("перевірено файлів: 1; помилок: 0,")
    repo.write("reports/jkg/2019-q2.yaml", HEADER.replace("loda-2019", "loda-2017") + "measures: {}\n")
    out = repo.zvit("validate", "reports/jkg/2019-q2.yaml")[1]
    assert "1:12: помилка: звіт посилається на програму «loda-2017», але її немає" in out


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (("- id: I.2\n", "- id: I.1\n"), "помилка: захід I.1 уже є (рядок"),
        (
            ("responsible: [anticor, sp-aparat]", "responsible: [anticor, nobody]"),
            "помилка: відповідальний «nobody» не оголошений ні серед units, ні серед groups",
        ),
        (("members: [sp]\n", "members: [sp-heads]\n"), "помилка: група «sp-heads» зрештою містить саму себе"),
    ],
)
def test_programme_cross_checks(repo: Repo, edit: tuple[str, str], expected: str) -> None:
    text = repo.read("programme.yaml")
    assert edit[0] in text
    repo.write("programme.yaml", text.replace(edit[0], edit[1], 1))
    code, out, _ = repo.zvit("validate", "programme.yaml")
    assert code == 1
    assert expected in out, out


def test_a_pattern_is_read_as_the_editor_reads_it_so_a_trailing_newline_is_an_error(repo: Repo) -> None:
    """`unit: |` + `jkg` is "jkg\n": the editor rejects it, so must the explanation."""
    programme = repo.read("programme.yaml").replace("  - id: I\n", "  - id: |\n      I\n", 1)
    assert programme != repo.read("programme.yaml")
    repo.write("programme.yaml", programme)
    code, out, _ = repo.zvit("validate", "programme.yaml")
    assert code == 1
    assert (
        "programme.yaml:60:9: помилка: номер розділу «I\\n» складається з латинських літер і цифр, "
        "частини — через крапку: I, II, 1, 2.1 "
        "[schema.pattern.section-id]" in out
    )


def test_a_day_the_calendar_has_not_is_a_located_error_not_an_internal_one(repo: Repo) -> None:
    programme = repo.read("programme.yaml").replace('date: "2019-12-31"', 'date: "2019-11-31"', 1)
    repo.write("programme.yaml", programme)
    repo.write(REPORT, HEADER + 'date: "2019-02-29"\nmeasures: {}\n')
    code, out, err = repo.zvit("validate", "programme.yaml", REPORT)
    assert (code, err) == (1, "")
    errors = [line for line in out.splitlines() if ": помилка: " in line]
    assert errors == [
        "programme.yaml:81:17: помилка: дати «2019-11-31» немає в календарі [schema.format.date]",
        f"{REPORT}:5:7: помилка: дати «2019-02-29» немає в календарі [schema.format.date]",
    ]


def test_output_cut_short_by_the_reader_is_not_an_internal_error(repo: Repo) -> None:
    repo.write(REPORT, HEADER + "measures:\n" + "".join(f"  I.{n}: а\n" for n in range(100, 3100)))
    tools = Path(__file__).resolve().parents[2] / "tools"
    proc = subprocess.run(
        f"{sys.executable} -m zvit --root {repo.path} validate | head -c 10",
        shell=True,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(tools)},
    )
    assert proc.stderr == ""


def test_a_measure_of_another_unit_is_an_error_at_its_key_naming_whose_it_is(repo: Repo) -> None:
    """I.16 belongs to dmk alone: a jkg report that fills it (a typo for I.15) must not pass."""
    repo.write(REPORT, repo.read(REPORT).replace("\n  I.15: ", "\n  I.16: "))
    code, out, _ = repo.zvit("validate", REPORT)
    assert code == 1
    assert [line for line in out.splitlines() if ": помилка: " in line] == [
        f"{REPORT}:32:3: помилка: захід I.16 не входить до заходів підрозділу jkg: за нього відповідає "
        "Департамент масових комунікацій облдержадміністрації; перевірте номер заходу [report.measure-of-other-unit]"
    ]


def test_many_findings_of_one_kind_show_three_then_a_count_and_the_summary_counts_all(repo: Repo) -> None:
    """A thousand mistyped measure numbers printed a thousand lines that hid every other finding."""
    measures = "".join(f"  I.{n}: а\n" for n in range(90001, 90011))
    repo.write(REPORT, HEADER + "measures:\n" + measures)
    code, out, _ = repo.zvit("validate", REPORT)
    assert code == 1
    lines = [line for line in out.splitlines() if "[report.unknown-measure" in line or "[findings.more]" in line]
    assert lines == [
        f"{REPORT}:6:3: помилка: заходу «I.90001» немає в програмі «loda-2019» [report.unknown-measure]",
        f"{REPORT}:7:3: помилка: заходу «I.90002» немає в програмі «loda-2019» [report.unknown-measure]",
        f"{REPORT}:8:3: помилка: заходу «I.90003» немає в програмі «loda-2019» [report.unknown-measure]",
        f"{REPORT}:9:3: помилка: і ще 7 таких самих [report.unknown-measure] у цьому файлі, наступне — тут; "
        "виправте всі [findings.more]",
    ]
    assert out.splitlines()[-1] == "перевірено файлів: 1; помилок: 10, попереджень: 0"
    data = json.loads(repo.zvit("validate", "--format", "json", REPORT)[1])
    more = [f for f in data["findings"] if f["code"] == "findings.more"]
    assert [m["args"] for m in more if m["args"]["code"] == "report.unknown-measure"] == [
        {"count": 7, "code": "report.unknown-measure"}
    ]
