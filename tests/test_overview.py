"""The overview's rules on a small programme: who is listed, each cell's kind, overdue."""

from __future__ import annotations

from datetime import date

import pytest

from zvit.check.overview import Rejected, build_overview, is_due
from zvit.model.objects import Due, Group, Measure, Programme, Report, Section, Status, Unit
from zvit.render.overview_text import render_text


def programme() -> Programme:
    units = {u: Unit(u, f"Підрозділ {u}", f"Підрозділ {u}") for u in ("a", "b", "c", "idle")}
    groups = {"ab": Group("ab", "підрозділи a і b", ("a", "b"))}
    measures = (
        Measure("I.1", "I", "Постійний захід", "постійно", Due("continuous"), ("ab",)),
        Measure("I.2", "I", "Захід до червня", "Червень 2019 року", Due("by-date", date(2019, 6, 30)), ("a", "c")),
        Measure("I.3", "I", "Захід до кінця вересня", "Вересень 2019 року", Due("by-date", date(2019, 9, 30)), ("a",)),
        Measure("I.4", "I", "Захід до кінця року", "протягом року", Due("by-date", date(2019, 12, 31)), ("a",)),
        Measure("I.5", "I", "У разі потреби", "у разі потреби", Due("on-condition"), ("a",)),
        Measure(
            "I.6", "I", "У разі конкурсу, до червня", "у разі конкурсу", Due("on-condition", date(2019, 6, 1)), ("a",)
        ),
        Measure("I.7", "I", "Щокварталу", "щокварталу", Due("quarterly"), ("a",)),
    )
    return Programme("p", "Програма", "Програми", 2019, units, groups, (Section("I", "І", "Розділ", measures),))


def report(unit: str, **statuses: Status) -> Report:
    return Report("p", unit, 2019, 3, {k.replace("_", "."): v for k, v in statuses.items()})


def test_units_listed_are_those_responsible_through_groups_and_those_who_sent_a_file() -> None:
    overview = build_overview(programme(), 2019, 3, {"ghost": Rejected("reports/ghost/2019-q3.yaml", 1)})
    assert [r.unit.id for r in overview.rows] == ["a", "b", "c", "ghost"]
    assert [r.submission for r in overview.rows] == ["missing"] * 3 + ["invalid"]
    b = overview.rows[1]
    assert [c.kind for c in b.cells] == ["no-report"] + ["not-responsible"] * 6


@pytest.mark.parametrize(
    ("measure", "quarter", "due"),
    [
        ("I.1", 3, False),  # continuous
        ("I.2", 2, True),  # due on the quarter's last day
        ("I.2", 3, True),
        ("I.3", 3, True),
        ("I.4", 3, False),  # due after the quarter
        ("I.4", 4, True),
        ("I.5", 4, False),  # on condition, no date
        ("I.6", 3, True),  # on condition with a date
        ("I.7", 4, False),  # quarterly
    ],
)
def test_is_due(measure: str, quarter: int, due: bool) -> None:
    p = programme()
    assert is_due(p.measure(measure), 2019, quarter) is due  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("status", "kind", "overdue"),
    [
        (Status("Виконано повністю.", "виконано"), "filled", None),
        (Status("Не стосується підрозділу.", "не стосується"), "filled", None),
        (Status("Роботу розпочато.", "виконується"), "filled", "overdue"),
        (Status("Частково.", "виконано частково"), "filled", "overdue"),
        (Status("Захід виконано у червні."), "filled", "overdue-unconfirmed"),
        (Status("Захід виконано у червні.", carried_over=True), "carried-over", "overdue-unconfirmed"),
        (Status("."), "placeholder", "overdue"),
        (Status(""), "empty", "overdue"),
        (Status("", "виконано"), "empty", None),
        (None, "empty", "overdue"),
    ],
)
def test_cell_kind_and_the_overdue_rule(status: Status | None, kind: str, overdue: str | None) -> None:
    statuses = {"I_2": status} if status is not None else {}
    overview = build_overview(programme(), 2019, 3, {"a": report("a", **statuses)})
    cell = overview.rows[0].cells[1]
    assert (cell.measure.id, cell.kind, cell.overdue) == ("I.2", kind, overdue)


def test_missing_and_invalid_reports_leave_due_measures_overdue() -> None:
    overview = build_overview(programme(), 2019, 3, {"a": Rejected("reports/a/2019-q3.yaml", 3)})
    a, _, c = overview.rows
    assert [(cell.kind, cell.overdue) for cell in a.cells[:3]] == [
        ("invalid", None),
        ("invalid", "overdue"),
        ("invalid", "overdue"),
    ]
    assert (c.cells[1].kind, c.cells[1].overdue) == ("no-report", "overdue")
    assert [(m.id, [row.unit.id for row, _ in owing]) for m, owing in overview.overdue()] == [
        ("I.2", ["a", "c"]),
        ("I.3", ["a"]),
        ("I.6", ["a"]),
    ]


def test_a_status_for_a_measure_the_unit_does_not_own_is_kept_but_not_counted() -> None:
    overview = build_overview(programme(), 2019, 3, {"b": report("b", I_1=Status("Так."), I_2=Status("Допомогли."))})
    b = overview.rows[1]
    assert (b.cells[1].kind, b.cells[1].responsible, b.cells[1].overdue) == ("filled", False, None)
    assert (b.filled, len(b.responsible_cells)) == (1, 1)


def test_counts() -> None:
    a = report(
        "a", I_1=Status("Так."), I_2=Status("-"), I_3=Status("Так.", carried_over=True), I_4=Status("Так.", "виконано")
    )
    row = build_overview(programme(), 2019, 3, {"a": a}).rows[0]
    assert (row.filled, row.unfilled, row.count("carried-over"), len(row.responsible_cells)) == (3, 4, 1, 7)
    assert [(c.measure.id, c.overdue) for c in row.overdue_cells] == [
        ("I.2", "overdue"),
        ("I.3", "overdue-unconfirmed"),
        ("I.6", "overdue"),
    ]


def test_text_fits_in_100_columns_even_with_long_names() -> None:
    p = programme()
    long_units = dict(p.units, a=Unit("a", "Д" * 300, "Д" * 300))
    p = Programme(p.id, p.title, p.title_in_form, p.year, long_units, p.groups, p.sections)
    out = render_text(build_overview(p, 2019, 3, {"a": report("a", I_1=Status("Т" * 500))}))
    assert max(len(line) for line in out.splitlines()) <= 100
