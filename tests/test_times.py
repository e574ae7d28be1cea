"""Times are shown one way: Kyiv time for people, ISO 8601 with the offset in JSON, whatever the machine's zone."""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from conftest import Repo
from example_repos import example_repo

from zvit.core import times

REPORT = "reports/jkg/2019-q3.yaml"


@pytest.fixture
def elsewhere() -> Iterator[None]:
    """The machine's own zone is New York's: it must not show."""
    saved = os.environ["TZ"]
    os.environ["TZ"] = "America/New_York"
    time.tzset()
    yield
    os.environ["TZ"] = saved
    time.tzset()


def test_summer_and_winter_time_in_kyiv() -> None:
    summer, winter = datetime(2019, 10, 2, 7, 30, tzinfo=UTC), datetime(2019, 12, 2, 7, 30, tzinfo=UTC)
    assert (times.for_people(summer), times.for_json(summer)) == ("2019-10-02 10:30", "2019-10-02T10:30:00+03:00")
    assert (times.for_people(winter), times.for_json(winter)) == ("2019-12-02 09:30", "2019-12-02T09:30:00+02:00")
    assert times.for_people(int(summer.timestamp())) == "2019-10-02 10:30"
    assert (times.for_people(None), times.for_json(None)) == ("?", None)


def test_history_shows_kyiv_time_in_text_and_json(repo: Repo, elsewhere: None) -> None:
    repo.write(REPORT, repo.read(REPORT).replace("I.2: Постійно", "I.2: Щодня"))
    commit = repo.commit("I.2", date="2019-10-02T07:30:00+00:00")
    code, out, _ = repo.zvit("history", "--unit", "jkg", "--quarter", "3")
    assert code == 0
    assert f"{commit[:8]}  2019-10-02 10:30  Тест Автор  I.2" in out.splitlines()
    code, out, _ = repo.zvit("history", "--unit", "jkg", "--quarter", "3", "--format", "json")
    assert json.loads(out)["entries"][0]["date"] == "2019-10-02T10:30:00+03:00"


@pytest.mark.parametrize(
    ("tagged", "late"),
    [("2022-07-05T20:30:00+00:00", False), ("2022-07-05T21:30:00+00:00", True), ("2022-07-06T00:30:00+03:00", True)],
)
def test_a_deadline_counts_kyiv_days_whatever_zone_the_tag_was_made_in(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, tagged: str, late: bool
) -> None:
    """Due by 05.07.2022: a tag made at 00:30 Kyiv time on the 6th is late, though it says the 5th in UTC."""
    halves = example_repo(tmp_path, "half-yearly", date="2022-07-04T10:00:00+03:00")
    monkeypatch.setenv("GIT_COMMITTER_DATE", tagged)
    assert halves.zvit("submit", "--unit", "sektor", "--period", "2022-h1")[0] == 0
    data = json.loads(halves.zvit("audit", "--as-of", "2022-07-10", "--format", "json")[1])
    (sektor,) = [u for u in data["units"] if u["id"] == "sektor"]
    assert [(q["period"], q["late"]) for q in sektor["quarters"]][-1] == ("2022-h1", late)


def test_today_is_kyiv_s_today() -> None:
    assert times.today() == datetime.now(times.zone()[0]).date()
