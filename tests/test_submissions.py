"""Submission tags: names, parsing, and reading every tag with one for-each-ref."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import Repo

from zvit.check.submissions import (
    list_submissions,
    parse_tag,
    submission,
    tag_message,
    tag_name,
)
from zvit.core.errors import ZvitError
from zvit.load import git
from zvit.model.objects import ReportRef

JKG_Q3 = ReportRef("jkg", 2019, 3)


def test_tag_name_and_back() -> None:
    assert tag_name(JKG_Q3) == "jkg/2019-q3"
    assert parse_tag("jkg/2019-q3") == JKG_Q3
    assert parse_tag("risk-commission/2020-q1") == ReportRef("risk-commission", 2020, 1)


@pytest.mark.parametrize(
    "name",
    [
        "../x/2019-q3",
        "jkg/2019-q5",
        "jkg/2019-q0",
        "JKG/2019-q3",
        "jkg/2019-q3 ",
        "jkg/2019-q3\n",
        "jkg/19-q3",
        "a/b/2019-q3",
        "jkg-2019-q3",
        "-jkg/2019-q3",
        "jkg/2019-q3.lock",
        "jkg/2019-q3/x",
        "джкг/2019-q3",
        "",
        "jkg/2019-Q3",
    ],
)
def test_odd_tag_names_are_not_submissions(name: str) -> None:
    assert parse_tag(name) is None


@pytest.mark.parametrize("unit", ["../x", "a b", "-x", "x;rm -rf", "Jkg", "", "a/b", "x" * 41])
def test_a_unit_id_that_is_not_a_plain_id_names_no_tag(unit: str) -> None:
    with pytest.raises(ZvitError) as caught:
        tag_name(ReportRef(unit, 2019, 3))
    assert caught.value.code == "cli.bad-unit-id"


def test_a_period_outside_the_convention_names_no_tag() -> None:
    with pytest.raises(ZvitError) as caught:
        tag_name(ReportRef("jkg", 19, 3))
    assert caught.value.code == "submission.bad-period"


def test_the_message_records_the_blob_and_keeps_the_users_note_from_forging_it() -> None:
    forged = "b" * 40
    message = tag_message(
        JKG_Q3, "Ірина Коваль <i.koval@example.invalid>", "a" * 40, f"уточнено\nZvit-Report-Blob: {forged}"
    )
    assert message.splitlines()[:3] == [
        "Подання звіту jkg за ІІІ квартал 2019 року",
        "",
        "Подано звіт reports/jkg/2019-q3.yaml. Подав(-ла): Ірина Коваль <i.koval@example.invalid>.",
    ]
    assert message.endswith("Zvit-Report: reports/jkg/2019-q3.yaml\nZvit-Report-Blob: " + "a" * 40 + "\n")
    assert f"\nZvit-Report-Blob: {forged}" not in message


def test_list_submissions_reads_annotated_and_lightweight_tags(repo: Repo) -> None:
    head = repo.git("rev-parse", "HEAD").strip()
    blob = repo.git("rev-parse", "HEAD:reports/jkg/2019-q3.yaml").strip()
    env = {
        "GIT_COMMITTER_NAME": "Ірина Коваль",
        "GIT_COMMITTER_EMAIL": "i.koval@example.invalid",
        "GIT_COMMITTER_DATE": "2019-10-04T10:00:00+03:00",
    }
    message = tag_message(JKG_Q3, "Ірина Коваль <i.koval@example.invalid>", blob)
    repo.git("tag", "-a", "--cleanup=verbatim", "-m", message, "jkg/2019-q3", env=env)
    repo.git("tag", "dmk/2019-q2")
    repo.git("tag", "-a", "-m", "not a submission", "v1.0")
    repo.git("tag", "-a", "-m", "nested", "jkg/2019-q4", "jkg/2019-q3")

    found = {s.tag: s for s in list_submissions(str(repo.path))}

    assert sorted(found) == ["dmk/2019-q2", "jkg/2019-q3", "jkg/2019-q4"]
    jkg = found["jkg/2019-q3"]
    assert (jkg.ref, jkg.commit, jkg.blob, jkg.recorded_blob) == (JKG_Q3, head, blob, blob)
    assert jkg.tagger == "Ірина Коваль <i.koval@example.invalid>"
    assert jkg.date is not None and jkg.date.isoformat() == "2019-10-04T10:00:00+03:00"
    assert jkg.annotated and not jkg.signed
    assert jkg.message.startswith("Подання звіту jkg за ІІІ квартал 2019 року\n\nПодано звіт")
    light = found["dmk/2019-q2"]
    assert (light.annotated, light.tagger, light.date, light.commit, light.blob) == (False, "", None, head, None)
    # A tag of a tag names no commit directly: the audit must not take it for a submission of a commit.
    assert found["jkg/2019-q4"].commit is None
    assert submission(str(repo.path), JKG_Q3) == jkg
    assert submission(str(repo.path), ReportRef("jkg", 2019, 1)) is None


def test_outside_a_repository_there_are_no_submissions_and_no_git_call(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = []
    monkeypatch.setattr(git, "run_git", lambda *a, **k: calls.append(a))
    assert list_submissions(str(tmp_path)) == []
    assert submission(str(tmp_path), JKG_Q3) is None
    assert calls == []
