"""`zvit fmt`: rewrites to the canonical layout, `--check` for the pre-commit hook, refuses bad files."""

from __future__ import annotations

from conftest import PROJECT, Repo

from zvit.load.yamledit import same_data
from zvit.load.yamlfile import parse_yaml

REPORT = "reports/jkg/2019-q3.yaml"
UNTIDY = "reports/jkg/2019-q4.yaml"
UNTIDY_TEXT = """\
# yaml-language-server: $schema=../../schema/report.schema.json
unit: jkg
programme: loda-2019
year: 2019
quarter: 4

measures:
    I.2: 'Друге'     # друге
    # перше
    I.1: "Перше:\\nдва рядки"
"""
TIDY_TEXT = """\
# yaml-language-server: $schema=../../schema/report.schema.json
programme: loda-2019
unit: jkg
year: 2019
quarter: 4
measures:
  # перше
  I.1: |-
    Перше:
    два рядки
  I.2: Друге  # друге
"""


def test_the_projects_own_data_is_canonical(repo: Repo) -> None:
    assert repo.zvit("fmt", "--check") == (0, "файлів: 2; потребують zvit fmt: 0\n", "")


def test_check_lists_what_would_change_and_changes_nothing(repo: Repo) -> None:
    repo.write(UNTIDY, UNTIDY_TEXT)
    code, out, err = repo.zvit("fmt", "--check", UNTIDY, str(repo.path / REPORT))
    assert (code, err) == (1, "")
    assert out.splitlines() == [
        "reports/jkg/2019-q4.yaml: оформлення не канонічне; виконайте zvit fmt (дані не зміняться)",
        "файлів: 2; потребують zvit fmt: 1",
    ]
    assert repo.read(UNTIDY) == UNTIDY_TEXT


def test_fmt_rewrites_keeping_data_and_comments_and_a_second_run_changes_nothing(repo: Repo) -> None:
    repo.write(UNTIDY, UNTIDY_TEXT)
    assert repo.zvit("fmt") == (0, "відформатовано reports/jkg/2019-q4.yaml\nфайлів: 3; відформатовано: 1\n", "")
    assert repo.read(UNTIDY) == TIDY_TEXT
    before = parse_yaml(UNTIDY_TEXT.encode(), UNTIDY).data
    assert same_data(parse_yaml(TIDY_TEXT.encode(), UNTIDY).data, before)
    assert repo.zvit("fmt", UNTIDY) == (0, "файлів: 1; відформатовано: 0\n", "")
    assert repo.zvit("fmt", "--check", UNTIDY)[0] == 0


def test_a_file_that_does_not_load_is_refused_and_left_alone(repo: Repo) -> None:
    broken = "programme: loda-2019\nmeasures:\n  I.1: Зроблено: усе\n"
    repo.write(UNTIDY, broken)
    code, out, err = repo.zvit("fmt", UNTIDY, REPORT)
    assert code == 1
    assert out == "файлів: 2; відформатовано: 0\n"
    assert err.splitlines() == [
        "reports/jkg/2019-q4.yaml:3:16: помилка: двокрапка з пробілом у тексті без лапок; візьміть текст у "
        "лапки або запишіть його блоком «|-» з нового рядка [yaml.colon-in-plain-text]",
        "reports/jkg/2019-q4.yaml: файл читається з помилками (див. вище), тому його не змінено",
        "zvit: не відформатовано файлів: 1 (див. вище)",
    ]
    assert repo.read(UNTIDY) == broken


def test_files_fmt_does_not_know_and_missing_files_fail(repo: Repo) -> None:
    repo.write("notes.yaml", "a: 1\n")
    code, out, err = repo.zvit("fmt", "--check", "notes.yaml", "reports/jkg/2019-q1.yaml")
    assert code == 1
    assert err.splitlines() == [
        "notes.yaml: zvit fmt впорядковує лише programme.yaml і звіти reports/<підрозділ>/<рік>-q<квартал>.yaml",
        "reports/jkg/2019-q1.yaml: помилка: файлу немає [file.missing]",
        "zvit: не відформатовано файлів: 2 (див. вище)",
    ]


def test_windows_line_endings_and_a_byte_order_mark_become_plain_lines(repo: Repo) -> None:
    repo.write(UNTIDY, "\ufeff" + TIDY_TEXT.replace("\n", "\r\n"))
    assert repo.zvit("fmt", UNTIDY)[0] == 0
    assert repo.read(UNTIDY) == TIDY_TEXT


def test_the_advice_names_make_only_where_the_projects_makefile_is(repo: Repo) -> None:
    """A data repository using the reusable hooks has no Makefile of ours: `make fmt` does not exist there."""
    repo.write(REPORT, repo.read(REPORT).replace("unit: jkg\nyear: 2019\n", "year: 2019\nunit: jkg\n", 1))
    (repo.path / "schema" / "report.schema.json").unlink()
    assert repo.zvit("fmt", "--check")[1].splitlines()[0] == (
        f"{REPORT}: оформлення не канонічне; виконайте zvit fmt (дані не зміняться)"
    )
    assert repo.zvit("validate")[1].splitlines()[3] == (
        "schema/report.schema.json: помилка: згенерованого файлу schema/report.schema.json немає; "
        "виконайте «zvit schema» і додайте його до коміту [schema.missing]"
    )
    repo.write("Makefile", (PROJECT / "Makefile").read_text(encoding="utf-8"))
    assert repo.zvit("fmt", "--check")[1].splitlines()[-1] == "файлів: 2; потребують make fmt: 1"
    assert "виконайте «make schema»" in repo.zvit("validate")[1]
