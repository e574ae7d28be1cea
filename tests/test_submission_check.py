"""The validator fails a submitted report changed without a new `amendments` entry."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import Repo, make_repo

from zvit.load import git

REPORT = "reports/jkg/2019-q3.yaml"
AMENDMENT = 'amendments:\n  - date: "2019-10-10"\n    reason: Уточнено дані про навчання\n    by: Ірина Коваль\n'
SUFFIX = (
    "(2019-10-04, тег jkg/2019-q3); виправлення поданого звіту має бути на записі: додайте до amendments "
    "пункт з date, reason і by"
)


@pytest.fixture
def submitted(repo: Repo, monkeypatch: pytest.MonkeyPatch) -> Repo:
    monkeypatch.setenv("GIT_COMMITTER_DATE", "2019-10-04T10:00:00+03:00")
    assert repo.zvit("submit", "--unit", "jkg", "--quarter", "3")[0] == 0
    monkeypatch.delenv("GIT_COMMITTER_DATE")
    return repo


def errors(repo: Repo) -> list[str]:
    code, out, _ = repo.zvit("validate")
    lines = [line for line in out.splitlines() if ": помилка: " in line]
    assert code == (1 if lines else 0)
    return lines


def line_of(repo: Repo, needle: str) -> int:
    return next(i for i, line in enumerate(repo.read(REPORT).splitlines(), 1) if needle in line)


def test_an_unchanged_submitted_report_is_fine(submitted: Repo) -> None:
    assert errors(submitted) == []


def test_a_changed_measure_without_an_amendment_is_an_error_at_that_measure(submitted: Repo) -> None:
    submitted.write(REPORT, submitted.read(REPORT).replace("I.2: Постійно", "I.2: Щодня"))
    assert errors(submitted) == [
        f"{REPORT}:{line_of(submitted, 'I.2:')}:3: помилка: захід I.2 змінено після подання звіту {SUFFIX} "
        "[report.measure-changed-after-submission]"
    ]


def test_the_same_change_with_a_new_amendment_is_fine(submitted: Repo) -> None:
    submitted.write(REPORT, submitted.read(REPORT).replace("I.2: Постійно", "I.2: Щодня") + AMENDMENT)
    assert errors(submitted) == []


def test_a_changed_field_and_a_removed_measure_are_errors_too(submitted: Repo) -> None:
    text = submitted.read(REPORT)
    submitted.write(REPORT, text + 'date: "2019-10-05"\n')
    assert errors(submitted) == [
        f"{REPORT}:{line_of(submitted, 'date: ')}:1: помилка: поле date змінено після подання звіту {SUFFIX} "
        "[report.changed-after-submission]"
    ]
    submitted.write(REPORT, "\n".join(line for line in text.splitlines() if not line.startswith("  I.4:")) + "\n")
    assert errors(submitted) == [  # a removed measure is pointed at by its section, `measures:`
        f"{REPORT}:{line_of(submitted, 'measures:')}:1: помилка: захід I.4 змінено після подання звіту {SUFFIX} "
        "[report.measure-changed-after-submission]"
    ]


def test_reformatting_without_changing_the_data_is_fine(submitted: Repo) -> None:
    submitted.write(REPORT, submitted.read(REPORT).replace('I.11: "."', "I.11: '.'") + "\n\n")
    assert errors(submitted) == []


def test_an_amendment_already_present_at_submission_does_not_cover_a_later_change(
    repo: Repo, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo.write(REPORT, repo.read(REPORT) + AMENDMENT)
    repo.commit("Report with an old amendment")
    monkeypatch.setenv("GIT_COMMITTER_DATE", "2019-10-20T10:00:00+03:00")
    assert repo.zvit("submit", "--unit", "jkg", "--quarter", "3")[0] == 0
    monkeypatch.delenv("GIT_COMMITTER_DATE")
    repo.write(REPORT, repo.read(REPORT).replace("I.2: Постійно", "I.2: Щодня"))
    assert len(errors(repo)) == 1
    repo.write(REPORT, repo.read(REPORT) + '  - date: "2019-11-01"\n    reason: Ще одне\n    by: Петро\n')
    assert errors(repo) == []


def test_every_commit_after_submission_that_changes_the_data_needs_its_own_entry(submitted: Repo) -> None:
    """The first correction brought an entry; the second, committed without one, passed the hook
    and `validate`, and only the audit saw it."""
    submitted.write(REPORT, submitted.read(REPORT).replace('I.11: "."', "I.11: Виконано.") + AMENDMENT)
    assert errors(submitted) == []
    first = submitted.commit("I.11 corrected, with an amendment")
    assert errors(submitted) == []
    submitted.write(REPORT, submitted.read(REPORT).replace("I.11: Виконано.", "I.11: Виконано повністю."))
    at = f"{REPORT}:{line_of(submitted, 'I.11:')}:3"
    uncommitted = [
        f"{at}: помилка: захід I.11 змінено після подання звіту {SUFFIX} [report.measure-changed-after-submission]"
    ]
    assert errors(submitted) == uncommitted  # what the pre-commit hook runs on
    second = submitted.commit("I.11 again, no amendment")
    assert first != second
    assert errors(submitted) == [
        f"{at}: помилка: захід I.11 змінено комітом {second[:10]} після подання звіту (2019-10-04, тег jkg/2019-q3) "
        "без нового запису в amendments; кожна зміна поданого звіту потребує свого запису: додайте до amendments "
        "пункт з date, reason і by [report.measure-changed-after-submission-in-commit]"
    ]
    # Recording it afterwards settles it, as the audit counts it.
    submitted.write(
        REPORT, submitted.read(REPORT) + '  - date: "2019-10-12"\n    reason: Уточнено\n    by: Ірина Коваль\n'
    )
    assert errors(submitted) == []


def test_rewording_the_earlier_entry_does_not_record_a_new_change(submitted: Repo) -> None:
    """Editing the existing entry's reason is not a new entry: the second change is still unrecorded."""
    submitted.write(REPORT, submitted.read(REPORT).replace('I.11: "."', "I.11: Виконано.") + AMENDMENT)
    submitted.commit("I.11 corrected, with an amendment")
    text = submitted.read(REPORT).replace("I.11: Виконано.", "I.11: Виконано повністю.")
    submitted.write(REPORT, text.replace("reason: Уточнено дані про навчання", "reason: Уточнено двічі"))
    assert errors(submitted) == [
        f"{REPORT}:{line_of(submitted, 'I.11:')}:3: помилка: захід I.11 змінено після подання звіту {SUFFIX} "
        "[report.measure-changed-after-submission]"
    ]
    submitted.write(REPORT, text + '  - date: "2019-10-12"\n    reason: Уточнено двічі\n    by: Ірина Коваль\n')
    assert errors(submitted) == []


def test_an_amendment_dated_before_the_submission_is_an_error_at_its_date(submitted: Repo) -> None:
    early = AMENDMENT.replace("2019-10-10", "2019-10-01")
    submitted.write(REPORT, submitted.read(REPORT).replace("I.2: Постійно", "I.2: Щодня") + early)
    assert errors(submitted) == [
        f"{REPORT}:{line_of(submitted, '2019-10-01')}:11: помилка: виправлення датовано 2019-10-01, раніше за "
        "подання звіту (2019-10-04, тег jkg/2019-q3); виправляють лише поданий звіт — вкажіть дату виправлення "
        "[report.amendment-before-submission]"
    ]


def test_a_deleted_submitted_report_is_an_error_in_a_full_run(submitted: Repo) -> None:
    (submitted.path / REPORT).unlink()
    assert errors(submitted) == [
        f"{REPORT}: помилка: звіт подано (2019-10-04, тег jkg/2019-q3), але файл видалено; поданий звіт не "
        "видаляють — виправляйте його з записом у amendments [report.deleted-after-submission]"
    ]


def test_validating_one_changed_file_checks_it_too(submitted: Repo) -> None:
    submitted.write(REPORT, submitted.read(REPORT).replace("I.2: Постійно", "I.2: Щодня"))
    code, out, _ = submitted.zvit("validate", str(submitted.path / REPORT))
    assert code == 1 and "[report.measure-changed-after-submission]" in out


class GitCalls:
    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.commands: list[str] = []
        real_run, real_reader = git.run_git, git.BlobReader.__init__

        def run(root: str, args: list[str], **kwargs: object) -> bytes:
            self.commands.append(args[0])
            return real_run(root, args, **kwargs)  # type: ignore[arg-type]

        def reader(this: git.BlobReader, root: str) -> None:
            self.commands.append("cat-file --batch")
            real_reader(this, root)

        monkeypatch.setattr(git, "run_git", run)
        monkeypatch.setattr(git.BlobReader, "__init__", reader)


def test_the_clean_path_costs_one_for_each_ref_and_one_batch_check(
    submitted: Repo, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = GitCalls(monkeypatch)
    assert errors(submitted) == []
    assert calls.commands == ["for-each-ref", "cat-file"]


def test_without_tags_one_for_each_ref(repo: Repo, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = GitCalls(monkeypatch)
    assert errors(repo) == []
    assert calls.commands == ["for-each-ref"]


def test_outside_git_no_git_call_at_all(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    plain = make_repo(tmp_path / "r")
    for entry in (plain.path / ".git").iterdir():
        if entry.is_file():
            entry.unlink()
    (plain.path / ".git").rename(tmp_path / "moved")
    calls = GitCalls(monkeypatch)
    assert errors(plain) == []
    assert calls.commands == []
