"""`zvit submit`: the tag it makes, and every refusal."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import Repo, make_repo
from signing_keys import GpgKey, SshKey, gpg_key, ssh_key  # noqa: F401 - fixtures

REPORT = "reports/jkg/2019-q3.yaml"
WHO = "Тест Автор <author@example.invalid>"


@pytest.fixture(autouse=True)
def fixed_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GIT_COMMITTER_DATE", "2019-10-04T10:00:00+03:00")


def tags(repo: Repo) -> list[str]:
    return repo.git("tag", "--list").split()


def test_submit_tags_head_with_the_record_of_what_was_sent(repo: Repo) -> None:
    head = repo.git("rev-parse", "HEAD").strip()
    blob = repo.git("rev-parse", f"HEAD:{REPORT}").strip()

    code, out, err = repo.zvit("submit", "--unit", "jkg", "--quarter", "3", "-m", "надіслано листом № 12")

    assert code == 0, err
    assert out.splitlines() == [
        f"звіт {REPORT} подано: тег jkg/2019-q3 на коміті {head[:10]} (подав(-ла): {WHO}); "
        "тег не підписано — у git не налаштовано ключ підпису (user.signingkey)",
        "надішліть тег на сервер: git push origin jkg/2019-q3",
    ]
    assert "попередження" in err  # the report's warnings are shown, they do not stop a submission
    assert repo.git("rev-parse", "jkg/2019-q3^{commit}").strip() == head
    tag = repo.git("cat-file", "tag", "jkg/2019-q3")
    assert f"tagger {WHO} 1570172400 +0300" in tag
    assert tag.split("\n\n", 1)[1] == (
        "Подання звіту jkg за ІІІ квартал 2019 року\n\n"
        f"Подано звіт {REPORT}. Подав(-ла): {WHO}.\n\n"
        "надіслано листом № 12\n\n"
        f"Zvit-Report: {REPORT}\nZvit-Report-Blob: {blob}\n"
    )


def test_a_second_submission_is_refused_and_points_to_amendments(repo: Repo) -> None:
    assert repo.zvit("submit", "--unit", "jkg", "--quarter", "3")[0] == 0
    code, out, err = repo.zvit("submit", "--unit", "jkg", "--quarter", "3")
    assert (code, out) == (1, "")
    assert err.splitlines()[-1] == (
        f"zvit: звіт {REPORT} уже подано 2019-10-04 ({WHO}), тег jkg/2019-q3; подання не повторюють — "
        "щоб виправити поданий звіт, змініть його і додайте до amendments пункт з date, reason і by"
    )


def test_uncommitted_changes_are_refused(repo: Repo) -> None:
    repo.write(REPORT, repo.read(REPORT).replace("I.2: Постійно", "I.2: Щодня"))
    code, _, err = repo.zvit("submit", "--unit", "jkg", "--quarter", "3")
    assert code == 1
    assert err.splitlines()[-1] == (
        f"zvit: є незафіксовані зміни: {REPORT}; подається лише те, що є в коміті — спершу зробіть коміт "
        "(git add, git commit)"
    )
    assert tags(repo) == []


def test_an_uncommitted_programme_is_refused_too(repo: Repo) -> None:
    repo.write("programme.yaml", repo.read("programme.yaml") + "\n")
    code, _, err = repo.zvit("submit", "--unit", "jkg", "--quarter", "3")
    assert code == 1 and "незафіксовані зміни: programme.yaml" in err
    assert tags(repo) == []


def test_an_invalid_report_is_refused_with_its_findings(repo: Repo) -> None:
    repo.write(REPORT, repo.read(REPORT).replace("quarter: 3", "quarter: 5"))
    repo.commit("Broken")
    code, _, err = repo.zvit("submit", "--unit", "jkg", "--quarter", "3")
    assert code == 1
    assert f"{REPORT}:5:10: помилка: значення 5 більше за найбільше дозволене (4) [schema.maximum]" in err
    assert err.splitlines()[-1] == (
        f"zvit: звіт {REPORT} містить помилки (див. вище); виправте їх, зробіть коміт і подайте знову"
    )
    assert tags(repo) == []


@pytest.mark.parametrize("unit", ["../x", "jkg/../../x", "-x", "jkg;rm", "JKG"])
def test_a_unit_id_that_is_not_a_plain_id_is_refused(repo: Repo, unit: str) -> None:
    code, _, err = repo.zvit("submit", f"--unit={unit}", "--quarter", "3")
    assert code == 1
    assert err == f"zvit: «{unit}» не схоже на ідентифікатор підрозділу (малі латинські літери, цифри, дефіс)\n"
    assert tags(repo) == []


def test_a_missing_report_and_a_bad_quarter_are_refused(repo: Repo) -> None:
    assert repo.zvit("submit", "--unit", "dmk", "--quarter", "3")[2] == ("zvit: звіту reports/dmk/2019-q3.yaml немає\n")
    assert repo.zvit("submit", "--unit", "jkg", "--quarter", "5")[2] == (
        "zvit: квартал має бути від 1 до 4, а не «5»\n"
    )


def test_outside_a_repository_nothing_is_tagged(tmp_path: Path) -> None:
    plain = tmp_path / "plain"
    plain.mkdir()
    (plain / "programme.yaml").write_text("id: x\n", encoding="utf-8")
    code, _, err = Repo(plain).zvit("submit", "--unit", "jkg", "--quarter", "3")
    assert code == 1 and "це не репозиторій git" in err


def test_with_a_gpg_key_the_tag_is_signed(repo: Repo, gpg_key: GpgKey) -> None:
    gpg_key.configure(repo)
    code, out, err = repo.zvit("submit", "--unit", "jkg", "--quarter", "3")
    assert code == 0, err
    assert out.startswith(f"звіт {REPORT} подано: підписаний тег jkg/2019-q3 на коміті ")
    assert "BEGIN PGP SIGNATURE" in repo.git("cat-file", "tag", "jkg/2019-q3")
    repo.git("verify-tag", "jkg/2019-q3")


def test_with_an_ssh_key_the_tag_is_signed(repo: Repo, ssh_key: SshKey) -> None:
    ssh_key.configure(repo)
    code, out, err = repo.zvit("submit", "--unit", "jkg", "--quarter", "3")
    assert code == 0, err
    assert "підписаний тег jkg/2019-q3" in out
    assert "BEGIN SSH SIGNATURE" in repo.git("cat-file", "tag", "jkg/2019-q3")
    repo.git("verify-tag", "jkg/2019-q3")


def test_a_past_year_is_named_in_the_tag(tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "r")
    report = repo.read(REPORT).replace("year: 2019", "year: 2019")
    repo.write("reports/jkg/2019-q2.yaml", report.replace("quarter: 3", "quarter: 2"))
    repo.commit("Q2")
    assert repo.zvit("submit", "--unit", "jkg", "--quarter", "2", "--year", "2019")[0] == 0
    assert tags(repo) == ["jkg/2019-q2"]
