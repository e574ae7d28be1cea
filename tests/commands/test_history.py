"""`zvit history`: every commit that changed jkg's report or one measure, newest first, in words."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import diff_scenario
import pytest
from conftest import PROJECT
from diff_scenario import IVANENKO, KOVAL, Q3, Scenario

TITLE_I1 = "Запобігання та врегулювання конфлікту інтересів у діяльност…"
TITLE_I11 = "Організація роботи відповідно до статті 45 Закону України «…"


@pytest.fixture(scope="module")
def scenario(tmp_path_factory: pytest.TempPathFactory) -> Scenario:
    return diff_scenario.build(tmp_path_factory.mktemp("history") / "repo")


def test_the_history_of_a_report(scenario: Scenario) -> None:
    code, out, err = scenario.repo.zvit("history", "--unit", "jkg", "--quarter", "3")
    assert (code, err) == (0, "")
    s = scenario
    assert out.splitlines() == [
        "Історія reports/jkg/2019-q3.yaml: комітів — 4",
        "",
        f"{s.after[:8]}  2019-10-07 08:00  Оксана Коваль  Після подання: I.2",
        "  I.2 змінено — Здійснення контролю за дотриманням вимог антикорупційного з…",
        "      Постійно [-здійснюється-]{+здійснювався+} контроль за дотриманням вимог антикорупційного "
        "законодавства та законодавства …",
        "",
        f"{s.submitted[:8]}  2019-10-03 11:00  Марія Шевчук  I.14: уточнено закупівлі  (подано: jkg/2019-q3)",
        "  I.14 змінено — Здійснення закупівель товарів, робіт та послуг відповідно д…",
        "      … майданчику та на сайті Департаменту. Протягом ІІІ кварталу {+зміни не +}вносилися[- зміни-].",
        "",
        f"{s.fix[:8]}  2019-10-02 10:30  Петро Іваненко  Уточнено I.1, заповнено I.11",
        f"  I.1 змінено — {TITLE_I1}",
        "      Проводиться {+планова +}роз’яснювальна робота.",
        f"  I.11 заповнено — {TITLE_I11}",
        "      {+Працівники ознайомлені з вимогами статті 45.+}",
        "",
        f"{s.first[:8]}  2019-10-01 09:00  Оксана Коваль  Звіт за III квартал: перша версія",
        "  звіт створено; заповнено заходів: 24",
    ]


def test_the_history_of_one_measure(scenario: Scenario) -> None:
    code, out, _ = scenario.repo.zvit("history", "--unit", "jkg", "--quarter", "3", "--measure", "I.1")
    assert code == 0
    assert out.splitlines() == [
        "Історія заходу I.1 у reports/jkg/2019-q3.yaml: комітів — 2",
        "",
        f"{scenario.fix[:8]}  2019-10-02 10:30  Петро Іваненко  Уточнено I.1, заповнено I.11  (подано: jkg/2019-q3)",
        f"  I.1 змінено — {TITLE_I1}",
        "      Проводиться {+планова +}роз’яснювальна робота.",
        "",
        f"{scenario.first[:8]}  2019-10-01 09:00  Оксана Коваль  Звіт за III квартал: перша версія",
        f"  I.1 заповнено — {TITLE_I1}",
        "      {+Проводиться роз’яснювальна робота.+}",
        "      {+Всі працівники Департаменту ознайомлені з «Пам’яткою про врегулювання конфлікту інтересів в "
        "діяльності працівників обласної державної адміністрації».+}",
        "      {+У звітному періоді випадків виникнення конфлікту інтересів не встановлено.+}",
    ]


def test_a_measure_whose_text_never_changed_says_so(scenario: Scenario) -> None:
    _, out, _ = scenario.repo.zvit("history", "--unit", "jkg", "--quarter", "3", "--measure", "I.10")
    assert out.splitlines()[:2] == [
        "Історія заходу I.10 у reports/jkg/2019-q3.yaml: комітів — 1",
        f"Текст заходу I.10 не змінювався з першої версії ({scenario.first[:8]}, 2019-10-01 09:00, Оксана Коваль).",
    ]
    _, out, _ = scenario.repo.zvit("history", "--unit", "jkg", "--quarter", "3", "--measure", "II.4")
    assert out.splitlines() == [
        "Історія заходу II.4 у reports/jkg/2019-q3.yaml: комітів — 0",
        "Захід II.4 у цьому звіті не заповнювався жодного разу.",
    ]


def test_json_for_machines(scenario: Scenario) -> None:
    code, out, _ = scenario.repo.zvit(
        "history", "--unit", "jkg", "--quarter", "3", "--measure", "I.11", "--format", "json"
    )
    data = json.loads(out)
    assert code == 0
    assert (data["path"], data["measure"], len(data["entries"])) == ("reports/jkg/2019-q3.yaml", "I.11", 1)
    (entry,) = data["entries"]
    assert {k: entry[k] for k in ("commit", "author", "email", "subject", "event", "submitted")} == {
        "commit": scenario.fix,
        "author": "Петро Іваненко",
        "email": "ivanenko@example.org",
        "subject": "Уточнено I.1, заповнено I.11",
        "event": "edited",
        "submitted": ["jkg/2019-q3"],
    }
    assert entry["date"].startswith("2019-10-02T10:30:00")
    (measure,) = entry["measures"]
    assert (measure["change"], measure["old"], measure["new"]) == (
        "filled",
        {"text": ".", "state": None},
        {"text": "Працівники ознайомлені з вимогами статті 45.", "state": None},
    )
    assert measure["words"] == [
        {"op": "delete", "text": "."},
        {"op": "insert", "text": "Працівники ознайомлені з вимогами статті 45."},
    ]


def test_a_bad_measure_id_is_refused(scenario: Scenario) -> None:
    code, _, err = scenario.repo.zvit("history", "--unit", "jkg", "--quarter", "3", "--measure", "І.14")
    assert (code, err) == (1, "zvit: «І.14» не схоже на номер заходу; пишіть латиницею, наприклад I.14 або II.3\n")


def test_a_measure_the_programme_lacks_is_named_with_the_similar_ones(scenario: Scenario) -> None:
    """I.99 is no measure at all: «never filled» would send the auditor looking for a text that cannot exist."""
    code, out, err = scenario.repo.zvit("history", "--unit", "jkg", "--quarter", "3", "--measure", "I.99")
    assert (code, out) == (1, "")
    assert err == "zvit: заходу I.99 у програмі «loda-2019» немає; схожі номери: I.9, II.9, I.19\n"


def test_renames_are_followed_but_copies_are_not(scenario: Scenario, tmp_path: Path) -> None:
    """A report filed under a wrong name and renamed keeps its history; the previous quarter's file does not join it."""
    repo = diff_scenario.Repo(tmp_path / "repo")
    shutil.copytree(scenario.repo.path, repo.path)
    repo.git("mv", "reports/jkg/2019-q3.yaml", "reports/jkg/2019-q3.yml")
    repo.commit("Неправильне розширення", author=IVANENKO, date="2019-10-08T09:00:00")
    repo.git("mv", "reports/jkg/2019-q3.yml", "reports/jkg/2019-q3.yaml")
    moved = repo.commit("Назад: .yaml", author=KOVAL, date="2019-10-08T09:05:00")
    _, out, _ = repo.zvit("history", "--unit", "jkg", "--quarter", "3")
    lines = out.splitlines()
    assert lines[0] == "Історія reports/jkg/2019-q3.yaml: комітів — 6"
    assert lines[2:4] == [
        f"{moved[:8]}  2019-10-08 09:05  Оксана Коваль  Назад: .yaml",
        "  стани виконання заходів не змінено (змінено інші поля або оформлення файлу)",
    ]
    assert "  файл тоді мав шлях reports/jkg/2019-q3.yml" in lines
    assert "Звіт за II квартал" not in out


def test_an_unreadable_version_is_named_and_skipped(tmp_path: Path) -> None:
    repo = diff_scenario.make_repo(tmp_path / "repo", files=("programme.yaml", "schema"))
    repo.write("reports/jkg/2019-q3.yaml", Q3)
    repo.commit("Перша версія", author=KOVAL, date="2019-10-01T09:00:00")
    repo.write("reports/jkg/2019-q3.yaml", Q3.replace("  I.2: Постійно", "  I.2: [Постійно"))
    repo.commit("Зламано", author=IVANENKO, date="2019-10-02T09:00:00")
    repo.write("reports/jkg/2019-q3.yaml", Q3.replace("Постійно здійснюється", "Постійно здійснювався"))
    repo.commit("Виправлено", author=IVANENKO, date="2019-10-02T09:10:00")
    _, out, _ = repo.zvit("history", "--unit", "jkg", "--quarter", "3")
    lines = out.splitlines()
    assert lines[2].endswith("Петро Іваненко  Виправлено")
    assert lines[3].startswith("  I.2 змінено")
    assert lines[6:8] == [
        lines[6][:8] + "  2019-10-02 09:00  Петро Іваненко  Зламано",
        "  цю версію не вдалося прочитати як YAML; наступну зміну показано від останньої прочитаної версії",
    ]


@pytest.mark.parametrize(
    "attributes",
    [
        "reports/**/*.yaml diff=zvit-report\n",  # as committed, with `make setup`'s textconv configured below
        "*.yaml diff=python\n",  # a driver whose function lines are something else
        "*.yaml -diff\n",  # no text diff at all: every version is read in full
    ],
)
def test_whatever_diff_driver_gitattributes_name_the_history_reads_the_same(
    scenario: Scenario, tmp_path: Path, attributes: str
) -> None:
    """History sets its own function line and turns textconv off: a textconv would fail here (no tools/)."""
    repo = diff_scenario.Repo(tmp_path / "repo")
    shutil.copytree(scenario.repo.path, repo.path)
    _, expected, _ = repo.zvit("history", "--unit", "jkg", "--quarter", "3", "--format", "json")
    repo.write(".gitattributes", attributes)
    repo.write(".gitconfig-zvit", (PROJECT / ".gitconfig-zvit").read_text(encoding="utf-8"))
    repo.git("config", "--local", "include.path", "../.gitconfig-zvit")
    code, out, err = repo.zvit("history", "--unit", "jkg", "--quarter", "3", "--format", "json")
    assert (code, err) == (0, "")
    assert out == expected


def test_each_commit_of_a_merged_branch_shows_its_own_change(scenario: Scenario, tmp_path: Path) -> None:
    """Versions from two branches interleave by date; each is compared with its parent, as `git log -p` does."""
    repo = diff_scenario.Repo(tmp_path / "repo")
    shutil.copytree(scenario.repo.path, repo.path)
    report = "reports/jkg/2019-q3.yaml"
    repo.git("checkout", "-q", "-b", "corrections", scenario.fix)
    repo.write(report, repo.read(report).replace("Заплановано підвищення", "Проведено підвищення"))
    branch = repo.commit("I.10: проведено", author=IVANENKO, date="2019-10-03T10:00:00")
    repo.git("checkout", "-q", "main")
    repo.git("merge", "-q", "--no-edit", "corrections", env={"GIT_COMMITTER_DATE": "2019-10-08T10:00:00"})
    _, out, _ = repo.zvit("history", "--unit", "jkg", "--quarter", "3")
    lines = out.splitlines()
    assert lines[0] == "Історія reports/jkg/2019-q3.yaml: комітів — 5"
    at = lines.index(
        f"{scenario.submitted[:8]}  2019-10-03 11:00  Марія Шевчук  I.14: уточнено закупівлі  (подано: jkg/2019-q3)"
    )
    assert lines[at + 1].startswith("  I.14 змінено")
    assert lines[at + 4 : at + 7] == [
        f"{branch[:8]}  2019-10-03 10:00  Петро Іваненко  I.10: проведено",
        "  I.10 змінено — Забезпечення підвищення кваліфікації працівників органів ви…",
        "      [-Заплановано-]{+Проведено+} підвищення кваліфікації згідно графіка",
    ]


def test_a_commit_message_cannot_drive_the_terminal(tmp_path: Path) -> None:
    """An escape sequence in a commit subject or name is shown as text, not obeyed (it could erase a line)."""
    repo = diff_scenario.build(tmp_path / "repo").repo
    report = "reports/jkg/2019-q3.yaml"
    repo.write(report, repo.read(report).replace("Заплановано підвищення", "Проведено підвищення"))
    repo.commit("Правка\x1b[2K\rЧиста правка", author="Хтось\x1b[8m <x@example.org>", date="2019-10-09T10:00:00")
    code, out, _ = repo.zvit("history", "--unit", "jkg", "--quarter", "3", "--color", "always")
    assert code == 0
    head = out.split("\n\n")[1].splitlines()[0]
    assert "Хтось\\x1b[8m  Правка\\x1b[2K\\x0dЧиста правка" in head
    code, out, _ = repo.zvit(
        "diff",
        "--unit",
        "jkg",
        "--quarter",
        "3",
        "--from-rev",
        "HEAD~1",
        "--to-rev",
        "HEAD",
        "--format",
        "docx",
        "--out",
        str(tmp_path / "changes.docx"),
    )
    assert code == 0 and (tmp_path / "changes.docx").exists()  # the author's name goes into w:author
