"""A measure id is an identity: retitling or deleting a reported measure needs a new `editions` entry."""

from __future__ import annotations

import re

from conftest import Repo

TITLE = "Здійснення закупівель товарів, робіт та послуг відповідно до Закону України  «Про публічні закупівлі»"
EDITION = 'editions:\n  - date: "2019-11-01"\n    act: Приклад — умовне розпорядження про зміни № 0\n'


def _retitled(repo: Repo) -> str:
    text = repo.read("programme.yaml")
    assert TITLE in text
    return text.replace(TITLE, "Інша назва заходу (приклад)")


def test_retitling_a_reported_measure_needs_an_edition(repo: Repo) -> None:
    repo.write("programme.yaml", _retitled(repo))
    code, out, _ = repo.zvit("validate", "programme.yaml")
    assert code == 1
    assert out.splitlines()[0] == (
        "programme.yaml:152:16: помилка: захід I.14, за який уже звітували (reports/jkg/2019-q3.yaml), має нову "
        "назву; така зміна програми потребує нового запису в editions (дата й акт про зміни) [programme.edition-needed]"
    )


def test_a_new_editions_entry_allows_it(repo: Repo) -> None:
    repo.write("programme.yaml", _retitled(repo).replace("units:\n", EDITION + "units:\n", 1))
    assert repo.zvit("schema")[0] == 0
    code, out, _ = repo.zvit("validate", "programme.yaml")
    assert "[programme.edition-needed]" not in out
    assert code == 0, out


def test_deleting_a_reported_measure_needs_an_edition_and_withdrawn_keeps_it(repo: Repo) -> None:
    text = repo.read("programme.yaml")
    block = re.search(r"      - id: I\.14\n(?:        .*\n|          .*\n)+", text)
    assert block is not None
    repo.write("programme.yaml", text.replace(block.group(0), ""))
    code, out, _ = repo.zvit("validate", "programme.yaml")
    assert code == 1
    assert "захід I.14, за який уже звітували (reports/jkg/2019-q3.yaml), вилучено з програми (залиште його з " in out
    kept = block.group(0).replace("        deadline:", '        withdrawn: "2019-11-01"\n        deadline:', 1)
    repo.write("programme.yaml", text.replace(block.group(0), kept))
    assert repo.zvit("schema")[0] == 0
    assert repo.zvit("validate", "programme.yaml")[0] == 0


def test_an_unreported_measure_may_change_and_a_full_run_does_not_look(repo: Repo) -> None:
    text = repo.read("programme.yaml")
    title = "Здійснення експертизи проектів нормативно-правових актів"  # I.6: jkg has no status for it
    assert title in text
    repo.write("programme.yaml", text.replace(title, "Експертиза проектів нормативно-правових актів"))
    assert repo.zvit("schema")[0] == 0
    code, out, _ = repo.zvit("validate", "programme.yaml")
    assert (code, out) == (0, "перевірено файлів: 1; помилок немає\n")
    # A retitled reported measure is found only when programme.yaml is named (the pre-commit hook names it).
    repo.write("programme.yaml", _retitled(repo))
    assert repo.zvit("schema")[0] == 0
    assert "[programme.edition-needed]" not in repo.zvit("validate")[1]


def test_the_programme_hook_checks_editions_in_a_full_run(repo: Repo) -> None:
    repo.write("programme.yaml", _retitled(repo))
    assert repo.zvit("schema")[0] == 0
    code, out, _ = repo.zvit("validate", "--editions")
    assert code == 1
    assert "[programme.edition-needed]" in out
