"""`zvit status` on a repository with three units' reports: text, JSON and the HTML grid.

jkg's real report, a second unit's (dmk) written here with every kind of status, a
third (osvita) that fails validation, a report of another quarter that must not
count, and twelve units with no report at all.
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import get_args

import pytest
from conftest import Repo, make_repo

from zvit.check.overview import CELL_KINDS, OVERDUE_KINDS, Submission
from zvit.core.messages import MESSAGES

DMK = """\
programme: loda-2019
unit: dmk
year: 2019
quarter: 3
measures:
  I.1: |-
    Працівники Департаменту ознайомлені з Пам’яткою.
    Конфлікту інтересів не виявлено.
  I.2: Контроль здійснюється постійно.
  I.3: "-"
  I.4:
    text: Повідомлень про правопорушення не надходило.
    carried_over: true
  II.3:
    text: Методичну документацію оновлено <у червні> & "розіслано".
    state: виконано
  II.9:
    text: Членів тендерного комітету попереджено частково.
    state: виконується
  II.10: Інформацію розміщено на сайті.
"""
# Two errors: measures the programme does not have.
OSVITA = "programme: loda-2019\nunit: osvita\nyear: 2019\nquarter: 3\nmeasures:\n  I.40: а\n  V.5: б\n"
REPORT = "reports/jkg/2019-q3.yaml"
AMENDMENT = 'amendments:\n  - date: "2019-10-10"\n    reason: Уточнено I.11\n    by: Ірина Коваль\n'
DMK_Q2 = "programme: loda-2019\nunit: dmk\nyear: 2019\nquarter: 2\nmeasures:\n  I.1: Зроблено.\n"


def three_units(path: Path) -> Repo:
    """jkg's real report, dmk's and osvita's written here, and a report of another quarter."""
    repo = make_repo(path)
    repo.commit("Програма і звіт jkg")
    repo.write("reports/dmk/2019-q3.yaml", DMK)
    repo.write("reports/dmk/2019-q2.yaml", DMK_Q2)
    repo.commit("Звіт dmk", author="Оксана Петренко <dmk@example.invalid>", date="2019-10-03T10:00:00")
    repo.write("reports/osvita/2019-q3.yaml", OSVITA)
    repo.commit("Звіт osvita", author="Іван Коваль <osvita@example.invalid>", date="2019-10-04T10:00:00")
    return repo


@pytest.fixture(scope="module")
def quarter(tmp_path_factory: pytest.TempPathFactory) -> Repo:
    return three_units(tmp_path_factory.mktemp("status") / "repo")


# Text ------------------------------------------------------------------------


def test_text_counts_and_summary_rows(quarter: Repo) -> None:
    code, out, err = quarter.zvit("status", "--quarter", "3")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[:4] == [
        "Стан звітування за ІІІ квартал 2019 року",
        "програма loda-2019; кінець кварталу 30.09.2019",
        "Підрозділів: 15; подано: 0; змінено після подання: 0; звіт є, не подано: 2; з помилками: 1;",
        "звіту немає: 12",
    ]
    assert lines[5] == "Підрозділ        Звіт                   Заповнено  Перенесено  Прострочено Назва"
    rows = {line.split()[0]: line for line in lines[6:21]}
    assert rows["jkg"] == (
        "jkg              звіт є, не подано      24 з 27    0           7           Департамент житлово-кому…"
    )
    assert rows["dmk"] == (
        "dmk              звіт є, не подано      6 з 27     1           3           Департамент масових кому…"
    )
    assert rows["osvita"] == (
        "osvita           з помилками: 2         —          —           5           Департамент освіти і нау…"
    )
    assert rows["anticor"].split()[:3] == ["anticor", "звіту", "немає"]
    assert all(len(line) <= 100 for line in lines)


def test_text_lists_each_measure_of_a_unit_with_its_standing(quarter: Repo) -> None:
    out = quarter.zvit("status", "--quarter", "3")[1]
    block = out.split("\n\n")[2]
    lines = block.splitlines()
    assert lines[0] == "dmk — Департамент масових комунікацій облдержадміністрації (reports/dmk/2019-q3.yaml)"
    assert lines[1] == "  Захід  Текст       Оцінка            Строк           Назва заходу"
    by_id = {line.split()[0]: line[2:55].rstrip() for line in lines[2:]}
    assert len(by_id) == 27
    assert by_id["I.1"] == "I.1    заповнено   —"
    assert by_id["I.3"] == "I.3    заглушка    —"
    assert by_id["I.4"] == "I.4    перенесено  —"
    assert by_id["I.7"] == "I.7    порожньо    —"
    assert by_id["II.3"] == "II.3   заповнено   виконано"
    assert by_id["II.9"] == "II.9   заповнено   виконується       прострочено"
    assert by_id["II.10"] == "II.10  заповнено   —                 не підтверджено"
    assert by_id["II.11"] == "II.11  порожньо    —                 прострочено"
    osvita = out.split("\n\n")[3].splitlines()
    assert osvita[1] == ("  звіт не пройшов перевірку (помилок: 2); його не враховано — див. make validate")


def test_text_lists_overdue_measures_with_who_owes_them(quarter: Repo) -> None:
    out = quarter.zvit("status", "--quarter", "3")[1]
    overdue = out.split("\n\n")[-1].splitlines()
    assert overdue[0] == (
        "Прострочені заходи (строк до 30.09.2019 включно, виконання не підтверджено оцінкою «виконано»):"
    )
    start = next(i for i, line in enumerate(overdue) if line.startswith("II.3 "))
    assert overdue[start : start + 3] == [
        "II.3   строк 30.06.2019   Оновити методичну документацію для посадових осіб облдержадміністрації, щ…",
        "       прострочено: anticor, audit, osvita, ekologia, apk, budivnytstvo, mtd, kultura",
        "       не підтверджено: jkg",
    ]
    start = next(i for i, line in enumerate(overdue) if line.startswith("II.10 "))
    assert overdue[start + 1 : start + 3] == [
        "       прострочено: kerivnyk-aparatu, audit, osvita, ekologia, apk, budivnytstvo, mtd, kultura",
        "       не підтверджено: dmk, jkg",
    ]


def test_a_quarter_in_which_nothing_is_due_says_so(quarter: Repo) -> None:
    out = quarter.zvit("status", "--quarter", "1")[1]
    assert out.splitlines()[3] == "звіту немає: 15"
    assert out.splitlines()[-1] == "Прострочених заходів (строк до 31.03.2019 включно) немає."


def test_english(quarter: Repo) -> None:
    out = quarter.zvit("--lang", "en", "status", "--quarter", "3")[1]
    assert out.splitlines()[2:4] == [
        "Units: 15; submitted: 0; changed after submission: 0; report exists, not submitted: 2;",
        "with errors: 1; no report: 12",
    ]


# JSON ------------------------------------------------------------------------


def test_json_counts_and_cells(quarter: Repo) -> None:
    code, out, err = quarter.zvit("status", "--quarter", "3", "--format", "json")
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert data["counts"] == {"units": 15, "missing": 12, "invalid": 1, "present": 2, "submitted": 0, "changed": 0}
    assert (data["year"], data["quarter"], data["quarter_end"]) == (2019, 3, "2019-09-30")
    units = {u["id"]: u for u in data["units"]}
    assert list(units)[:3] == ["anticor", "aparat", "kerivnyk-aparatu"]  # programme order
    assert units["dmk"]["counts"] == {
        "responsible": 27,
        "filled": 6,
        "carried_over": 1,
        "placeholder": 1,
        "empty": 20,
        "overdue": 3,
    }
    assert units["osvita"]["report"] == "invalid" and units["osvita"]["errors"] == 2
    assert units["anticor"]["report"] == "missing" and units["anticor"]["path"] is None
    cells = {m["id"]: m for m in units["dmk"]["measures"]}
    assert cells["I.4"] == {
        "id": "I.4",
        "responsible": True,
        "cell": "carried-over",
        "filled": True,
        "state": None,
        "carried_over": True,
        "overdue": None,
    }
    assert cells["II.9"]["state"] == "виконується" and cells["II.9"]["overdue"] == "overdue"
    assert cells["II.10"]["overdue"] == "overdue-unconfirmed"
    assert cells["II.3"]["overdue"] is None
    overdue = {o["measure"]: o for o in data["overdue"]}
    assert overdue["II.10"]["due"] == "2019-06-30"
    assert {"unit": "dmk", "kind": "overdue-unconfirmed"} in overdue["II.10"]["units"]


def test_json_to_a_file(quarter: Repo) -> None:
    target = quarter.path / "build" / "status.json"
    code, out, _ = quarter.zvit("status", "--quarter", "3", "--format", "json", "--out", str(target))
    assert code == 0 and out.startswith("записано ")
    assert json.loads(target.read_text(encoding="utf-8"))["counts"]["present"] == 2


# HTML ------------------------------------------------------------------------


class Grid(HTMLParser):
    """Collects the grid's cells, the legend and every external reference."""

    def __init__(self) -> None:
        super().__init__()
        self.cells: dict[tuple[str, str], dict[str, str]] = {}
        self.sums: dict[str, str] = {}
        self.legend: list[str] = []
        self.external: list[str] = []
        self.tags: set[str] = set()
        self._unit = ""
        self._cell: dict[str, str] | None = None
        self._sum = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        self.tags.add(tag)
        for key in ("src", "href"):
            if key in a:
                self.external.append(a[key])
        if tag == "tr" and "data-unit" in a:
            self._unit = a["data-unit"]
        if tag == "td" and "data-measure" in a:
            self._cell = {"class": a["class"], "title": a["title"], "text": ""}
            self.cells[(self._unit, a["data-measure"])] = self._cell
        if tag == "td" and a.get("class") == "sum":
            self._sum = True
        if tag == "span" and "swatch" in a.get("class", ""):
            self.legend.append(a["class"].split()[1])

    def handle_endtag(self, tag: str) -> None:
        if tag == "td":
            self._cell = None
            self._sum = False

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell["text"] += data
        if self._sum:
            self.sums[self._unit] = self.sums.get(self._unit, "") + data


@pytest.fixture(scope="module")
def page(quarter: Repo) -> tuple[str, Grid]:
    code, out, err = quarter.zvit("status", "--quarter", "3", "--format", "html")
    assert (code, err) == (0, "")
    path = quarter.path / "build" / "status-2019-q3.html"
    assert out.startswith("записано ") and out.endswith("build/status-2019-q3.html\n")
    content = path.read_text(encoding="utf-8")
    grid = Grid()
    grid.feed(content)
    return content, grid


def test_html_grid_has_a_cell_per_unit_and_measure_classed_by_state(page: tuple[str, Grid]) -> None:
    _, grid = page
    assert len(grid.cells) == 15 * 37  # units × measures
    classes = {key: cell["class"] for key, cell in grid.cells.items()}
    assert classes[("dmk", "I.1")] == "cell filled"
    assert classes[("dmk", "I.3")] == "cell placeholder"
    assert classes[("dmk", "I.4")] == "cell carried-over"
    assert classes[("dmk", "I.7")] == "cell empty"
    assert classes[("dmk", "I.5")] == "cell not-responsible"
    assert classes[("dmk", "II.3")] == "cell filled"
    assert classes[("dmk", "II.9")] == "cell filled overdue"
    assert classes[("dmk", "II.10")] == "cell filled overdue-unconfirmed"
    assert classes[("dmk", "II.11")] == "cell empty overdue"
    assert classes[("jkg", "I.11")] == "cell placeholder"
    assert classes[("osvita", "I.1")] == "cell invalid"
    assert classes[("osvita", "II.3")] == "cell invalid overdue"
    assert classes[("anticor", "I.1")] == "cell no-report"
    assert classes[("anticor", "I.9")] == "cell not-responsible"
    assert grid.cells[("dmk", "I.1")]["text"] == "✓"
    assert grid.cells[("dmk", "II.10")]["text"] == "✓?"
    assert grid.sums == {
        **{u: "звіту немає" for u in grid.sums if u not in ("jkg", "dmk", "osvita")},
        "jkg": "24 з 27",
        "dmk": "6 з 27",
        "osvita": "з помилками: 2",
    }


def test_html_hover_shows_unit_measure_standing_and_the_status_text(page: tuple[str, Grid]) -> None:
    _, grid = page
    assert grid.cells[("dmk", "II.3")]["title"].splitlines() == [
        "Департамент масових комунікацій облдержадміністрації",
        "II.3. Оновити методичну документацію для посадових осіб облдержадміністрації, щодо недопущення "
        "порушення вимог, обмежень, заб…",
        "заповнено",
        "оцінка: виконано",
        "",
        'Методичну документацію оновлено <у червні> & "розіслано".',
    ]
    hover = grid.cells[("dmk", "I.1")]["title"].splitlines()
    assert hover[-2:] == ["Працівники Департаменту ознайомлені з Пам’яткою.", "Конфлікту інтересів не виявлено."]
    assert grid.cells[("dmk", "II.10")]["title"].splitlines()[3] == (
        "строк минув; текст є, але оцінки «виконано» немає — Червень 2019 року"
    )
    assert grid.cells[("osvita", "I.1")]["title"].splitlines()[2] == "з помилками: 2"


def test_html_is_self_contained_escaped_and_has_a_legend(page: tuple[str, Grid]) -> None:
    content, grid = page
    assert grid.external == []
    assert not {"script", "link", "img", "iframe"} & grid.tags
    assert "<у червні>" not in content and "&lt;у червні&gt; &amp; &quot;розіслано&quot;" in content
    assert grid.legend == [*CELL_KINDS, *OVERDUE_KINDS]
    assert "<title>Стан звітування за ІІІ квартал 2019 року</title>" in content
    assert re.search(r"@media print", content)


def test_every_state_has_its_words() -> None:
    for kind in (*CELL_KINDS, *OVERDUE_KINDS):
        assert f"overview.short.{kind}" in MESSAGES and f"overview.legend.{kind}" in MESSAGES
    for standing in get_args(Submission):
        assert f"standing.{standing}" in MESSAGES or standing == "invalid"


def test_a_bad_quarter_is_refused(quarter: Repo) -> None:
    code, out, err = quarter.zvit("status", "--quarter", "5")
    assert (code, out) == (1, "")
    assert err.startswith("zvit: ")


def test_unreadable_files_and_unknown_units_are_shown_not_fatal(repo: Repo) -> None:
    repo.write("reports/dmk/2019-q3.yaml", b"\xff\xfe\x00g\x00a\x00r\x00b\x00")
    repo.write("reports/kadry/2019-q3.yaml", "programme: loda-2019\nunit: kadry\nyear: [2019\n")
    repo.write("reports/nobody/2019-q3.yaml", OSVITA.replace("osvita", "nobody"))
    for fmt in ("text", "json", "html"):
        code, _, err = repo.zvit("status", "--quarter", "3", "--format", fmt)
        assert (code, err) == (0, "")
    data = json.loads(repo.zvit("status", "--quarter", "3", "--format", "json")[1])
    assert data["counts"] == {"units": 16, "missing": 12, "invalid": 3, "present": 1, "submitted": 0, "changed": 0}
    units = {u["id"]: u for u in data["units"]}
    assert [units[u]["report"] for u in ("dmk", "kadry", "nobody")] == ["invalid"] * 3
    assert data["units"][-1]["id"] == "nobody"


def _standing(repo: Repo) -> tuple[str, str, str, str]:
    """jkg's standing in the text table, the JSON, the HTML grid and the audit."""
    text_row = next(line for line in repo.zvit("status", "--quarter", "3")[1].splitlines() if line.startswith("jkg "))
    units = json.loads(repo.zvit("status", "--quarter", "3", "--format", "json")[1])["units"]
    report = next(u for u in units if u["id"] == "jkg")
    repo.zvit("status", "--quarter", "3", "--format", "html", "--out", str(repo.path / "build" / "s.html"))
    html = (repo.path / "build" / "s.html").read_text(encoding="utf-8")
    row = re.search(r'<tr class="([a-z]+)-report" data-unit="jkg">', html)
    lines = repo.zvit("audit", "--year", "2019")[1].splitlines()
    jkg = next(i for i, line in enumerate(lines) if line.startswith("jkg — "))
    audit = lines[jkg + 3]
    return text_row[17:40].rstrip(), report["report"], row.group(1) if row else "", audit


def test_one_vocabulary_for_a_report_that_exists_is_submitted_or_changed_after(
    repo: Repo, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A fresh clone showed jkg «подано» in the status while the audit said «не подано»: there is no tag."""
    assert _standing(repo)[:2] == ("звіт є, не подано", "present")
    assert _standing(repo)[3].endswith("ІІІ квартал: звіт є, не подано")
    monkeypatch.setenv("GIT_COMMITTER_DATE", "2019-10-04T10:00:00+03:00")
    assert repo.zvit("submit", "--unit", "jkg", "--quarter", "3")[0] == 0
    monkeypatch.delenv("GIT_COMMITTER_DATE")
    assert _standing(repo)[:3] == ("подано", "submitted", "submitted")
    assert ": подано 2019-10-04" in _standing(repo)[3]
    repo.write(REPORT, repo.read(REPORT).replace('I.11: "."', "I.11: Виконано.") + AMENDMENT)
    assert _standing(repo)[:3] == ("змінено після подання", "changed", "changed")


def test_a_format_it_does_not_know_is_refused_in_ukrainian(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    """`make status Q=3 FORMAT=pdf` answered in argparse's English («error: invalid choice»)."""
    with pytest.raises(SystemExit) as stop:
        repo.zvit("status", "--quarter", "3", "--format", "pdf")
    assert stop.value.code == 2
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith("використання: zvit status ")
    assert (
        err[-1] == "zvit status: помилка: аргумент --format: недозволене значення 'pdf' (можна: 'text', 'json', 'html')"
    )
