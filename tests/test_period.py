"""The reporting period: stems, dates, order, neighbours and the heading phrase."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zvit.model.objects import Report, ReportRef
from zvit.model.period import Period, periods_between

periods = st.one_of(
    st.builds(Period.quarter, st.integers(1000, 9998), st.integers(1, 4)),
    st.builds(Period.half_year, st.integers(1000, 9998), st.integers(1, 2)),
    st.builds(Period.whole_year, st.integers(1000, 9998)),
)


@pytest.mark.parametrize(
    ("stem", "kind", "start", "end", "phrase"),
    [
        ("2019-q3", "quarter", date(2019, 7, 1), date(2019, 9, 30), "ІІІ квартал 2019 року"),
        ("2020-q1", "quarter", date(2020, 1, 1), date(2020, 3, 31), "І квартал 2020 року"),
        ("2019-q4", "quarter", date(2019, 10, 1), date(2019, 12, 31), "ІV квартал 2019 року"),
        ("2022-h1", "half-year", date(2022, 1, 1), date(2022, 6, 30), "І півріччя 2022 року"),
        ("2021-h2", "half-year", date(2021, 7, 1), date(2021, 12, 31), "ІІ півріччя 2021 року"),
        ("2022", "year", date(2022, 1, 1), date(2022, 12, 31), "2022 рік"),
    ],
)
def test_a_stem_names_its_dates_and_phrase(stem: str, kind: str, start: date, end: date, phrase: str) -> None:
    period = Period.parse(stem)
    assert (period.kind, period.start, period.end, period.phrase, period.stem) == (kind, start, end, phrase, stem)


@pytest.mark.parametrize("text", ["2019-q5", "2019-q0", "2022-h3", "22-h1", "2019-Q3", "2019q3", "2019-h", ""])
def test_anything_else_is_not_a_period(text: str) -> None:
    with pytest.raises(ValueError, match="not a period|out of range"):
        Period.parse(text)


def test_neighbours_cross_the_year() -> None:
    assert Period.parse("2021-h2").next() == Period.parse("2022-h1")
    assert Period.parse("2022-h1").previous() == Period.parse("2021-h2")
    assert Period.parse("2020-q1").previous() == Period.parse("2019-q4")
    assert Period.parse("2021").next() == Period.parse("2022")


def test_due_day_is_in_the_month_after() -> None:
    assert Period.parse("2021-h2").due_date(5) == date(2022, 1, 5)
    assert Period.parse("2019-q3").due_date(5) == date(2019, 10, 5)
    assert Period.parse("2019-q4").due_date(None) == date(2019, 12, 31)
    # The day is clamped to the month's last day.
    assert Period.parse("2023-q4").due_date(31) == date(2024, 1, 31)
    assert Period.parse("2024-q1").due_date(31) == date(2024, 4, 30)


def test_periods_between_follow_the_cadence() -> None:
    stems = [p.stem for p in periods_between("half-year", date(2021, 1, 1), date(2022, 12, 31))]
    assert stems == ["2021-h1", "2021-h2", "2022-h1", "2022-h2"]
    # A programme approved mid-period still reports for that period.
    stems = [p.stem for p in periods_between("quarter", date(2021, 6, 17), date(2021, 12, 31))]
    assert stems == ["2021-q2", "2021-q3", "2021-q4"]


def test_order_is_by_first_day_then_last() -> None:
    mixed = [Period.parse(s) for s in ("2022", "2022-h1", "2021-q4", "2022-q1", "2022-q3")]
    assert [p.stem for p in sorted(mixed)] == ["2021-q4", "2022-q1", "2022-h1", "2022", "2022-q3"]


@given(periods)
def test_stem_round_trips(period: Period) -> None:
    assert Period.parse(period.stem) == period


@given(periods)
def test_next_and_previous_are_inverse_and_adjacent(period: Period) -> None:
    assert period.next().previous() == period
    assert period.next().start == date.fromordinal(period.end.toordinal() + 1)
    assert period < period.next()


@given(periods, st.dates(date(1000, 1, 1), date(9998, 12, 31)))
def test_containing_holds_the_day(period: Period, day: date) -> None:
    found = Period.containing(period.kind, day)
    assert found.start <= day <= found.end


def test_report_refs_keep_year_and_quarter_for_quarters() -> None:
    ref = ReportRef("jkg", 2019, 3)
    assert (ref.year, ref.quarter, ref.path, ref.name) == (2019, 3, "reports/jkg/2019-q3.yaml", "jkg-2019-q3")
    assert ref == ReportRef("jkg", Period.quarter(2019, 3))
    half = ReportRef.from_path("reports/sektor/2022-h1.yaml")
    assert half is not None
    assert (half.unit, half.period, half.path) == ("sektor", Period.half_year(2022, 1), "reports/sektor/2022-h1.yaml")
    assert ReportRef.from_path("reports/sektor/2022.yaml") == ReportRef("sektor", Period.whole_year(2022))
    assert ReportRef.from_path("reports/sektor/2022-h3.yaml") is None
    with pytest.raises(ValueError, match="not a quarter"):
        _ = half.quarter


def test_a_report_takes_a_period_or_a_year_and_quarter() -> None:
    assert Report("p", "jkg", 2019, 3).period == Period.quarter(2019, 3)
    report = Report("p", "sektor", Period.half_year(2022, 1))
    assert (report.year, report.ref) == (2022, ReportRef("sektor", Period.half_year(2022, 1)))


@given(st.text(max_size=12))
def test_parse_takes_only_stems(text: str) -> None:
    try:
        period = Period.parse(text)
    except ValueError:
        return
    assert period.stem == text


def test_only_ascii_digits_make_a_period() -> None:
    with pytest.raises(ValueError, match="not a period"):
        Period.parse("٢٠٢٢")


@given(st.from_regex(r"[a-z][a-z0-9-]{0,39}", fullmatch=True), periods)
def test_a_report_path_round_trips(unit: str, period: Period) -> None:
    ref = ReportRef(unit, period)
    assert ReportRef.from_path(ref.path) == ref
    assert ReportRef.from_path("/clone/" + ref.path.replace("/", "\\")) == ref
