"""Who has reported what for one quarter: the anti-corruption unit's overview.

Pure: a programme and each unit's report (or its absence, or the fact that it
fails validation) in, an `Overview` out. Renderers (`overview_text.py`,
`overview_html.py`) only present it, so the three formats never disagree.

Overdue rule (explicit, never guessed from prose): a measure is due when its
`due.date` (by-date, or on-condition naming a date) is on or before the quarter's
last day; the deadline has then passed when the report is written. A due measure
is confirmed only by the state "виконано" (or "не стосується"). Otherwise it is
"overdue-unconfirmed" when the status has text but no state (the text may say it
is done, but nobody says so explicitly), and "overdue" in every other case: an
empty or placeholder status, a state other than done, or no readable report.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Literal

from zvit.model.objects import Measure, Programme, Rejected, Report, Status, Unit, quarter_end
from zvit.model.period import Period

CellKind = Literal["filled", "carried-over", "placeholder", "empty", "not-responsible", "no-report", "invalid"]
OverdueKind = Literal["overdue", "overdue-unconfirmed"]
# A unit's report for the quarter, in the one vocabulary of status, consolidated and audit
# (messages `standing.*`): none, failing validation, present but not submitted, submitted
# (a submission tag names this very file), changed after submission.
Submission = Literal["missing", "invalid", "present", "submitted", "changed"]
READABLE: tuple[Submission, ...] = ("present", "submitted", "changed")

CELL_KINDS: tuple[CellKind, ...] = (
    "filled",
    "carried-over",
    "placeholder",
    "empty",
    "not-responsible",
    "no-report",
    "invalid",
)
OVERDUE_KINDS: tuple[OverdueKind, ...] = ("overdue", "overdue-unconfirmed")
DUE_KINDS_WITH_DATE = ("by-date", "on-condition")
# States that settle a due measure: done, or not applicable to this unit.
CONFIRMING_STATES = frozenset({"виконано", "не стосується"})


@dataclass(frozen=True)
class Cell:
    """One unit's standing on one measure."""

    measure: Measure
    kind: CellKind
    responsible: bool
    status: Status | None = None
    overdue: OverdueKind | None = None

    @property
    def is_filled(self) -> bool:
        return self.kind in ("filled", "carried-over")


@dataclass(frozen=True)
class UnitRow:
    """A unit, whether its report came in, and one cell per programme measure."""

    unit: Unit
    submission: Submission
    cells: tuple[Cell, ...]
    errors: int = 0
    path: str | None = None

    @property
    def readable(self) -> bool:
        """The report passed validation, so its cells say what it holds."""
        return self.submission in READABLE

    @property
    def responsible_cells(self) -> tuple[Cell, ...]:
        return tuple(c for c in self.cells if c.responsible)

    def count(self, *kinds: CellKind) -> int:
        return sum(1 for c in self.responsible_cells if c.kind in kinds)

    @property
    def filled(self) -> int:
        return self.count("filled", "carried-over")

    @property
    def unfilled(self) -> int:
        return self.count("placeholder", "empty")

    @property
    def overdue_cells(self) -> tuple[Cell, ...]:
        return tuple(c for c in self.responsible_cells if c.overdue is not None)


@dataclass(frozen=True)
class Overview:
    programme: Programme
    period: Period
    rows: tuple[UnitRow, ...]

    @property
    def year(self) -> int:
        return self.period.year

    @property
    def quarter(self) -> int:
        return self.period.number

    @property
    def end(self) -> date:
        return self.period.end

    @property
    def measures(self) -> tuple[Measure, ...]:
        """The programme's measures in force in the period (a withdrawn one leaves later periods)."""
        return tuple(m for m in self.programme.measures() if m.in_force(self.period))

    def with_submission(self, *submission: Submission) -> tuple[UnitRow, ...]:
        return tuple(r for r in self.rows if r.submission in submission)

    def overdue(self) -> list[tuple[Measure, list[tuple[UnitRow, Cell]]]]:
        """Overdue measures in programme order, each with the units that owe it."""
        result = []
        for index, measure in enumerate(self.measures):
            owing = [(row, row.cells[index]) for row in self.rows if row.cells[index].overdue is not None]
            if owing:
                result.append((measure, owing))
        return result


def is_due(measure: Measure, year: int, quarter: int) -> bool:
    """The measure's dated deadline falls on or before the quarter's last day."""
    return due_by(measure, quarter_end(year, quarter))


def due_by(measure: Measure, end: date) -> bool:
    """The measure's dated deadline falls on or before `end`, a period's last day."""
    return measure.due.kind in DUE_KINDS_WITH_DATE and measure.due.date is not None and measure.due.date <= end


def build_overview(
    programme: Programme,
    year: int,
    quarter: int,
    submissions: Mapping[str, Report | Rejected | None],
    tagged: Mapping[str, bool] | None = None,
) -> Overview:
    return period_overview(programme, Period.quarter(year, quarter), submissions, tagged)


def period_overview(
    programme: Programme,
    period: Period,
    submissions: Mapping[str, Report | Rejected | None],
    tagged: Mapping[str, bool] | None = None,
) -> Overview:
    """Rows for every unit responsible for a measure, and every unit that has a file.

    `submissions` maps a unit id to its valid report, to `Rejected` when the file
    fails validation, or to None (or no entry) when there is no file. `tagged` maps
    each unit with a submission tag to whether its file changed since (see
    `submission_check.submitted_units`).
    """
    tagged = tagged or {}
    measures = [m for m in programme.measures() if m.in_force(period)]
    responsible = {m.id: programme.responsible_units(m) for m in measures}
    obliged = set().union(*responsible.values()) if responsible else set()
    unit_ids = [u for u in programme.units if u in obliged or submissions.get(u) is not None]
    unit_ids += sorted(u for u, s in submissions.items() if u not in programme.units and s is not None)
    rows = []
    for unit_id in unit_ids:
        known = programme.units.get(unit_id)
        # The name in force at the period's end: a unit renamed during the programme.
        unit = known.as_on(period.end) if known else Unit(unit_id, unit_id, unit_id)
        submitted = submissions.get(unit_id)
        cells = tuple(
            _cell(measure, unit_id in responsible[measure.id], submitted, due_by(measure, period.end))
            for measure in measures
        )
        if isinstance(submitted, Report):
            standing: Submission = "present"
            if unit_id in tagged:
                standing = "changed" if tagged[unit_id] else "submitted"
            rows.append(UnitRow(unit, standing, cells, path=submitted.ref.path))
        elif isinstance(submitted, Rejected):
            rows.append(UnitRow(unit, "invalid", cells, submitted.errors, submitted.path))
        else:
            rows.append(UnitRow(unit, "missing", cells))
    return Overview(programme, period, tuple(rows))


def _cell(measure: Measure, responsible: bool, submitted: Report | Rejected | None, due: bool) -> Cell:
    if not isinstance(submitted, Report):
        if not responsible:
            return Cell(measure, "not-responsible", False)
        kind: CellKind = "invalid" if isinstance(submitted, Rejected) else "no-report"
        return Cell(measure, kind, True, overdue="overdue" if due else None)
    status = submitted.status(measure.id)
    kind = _status_kind(status)
    if not responsible and kind == "empty":
        return Cell(measure, "not-responsible", False, status)
    overdue = _overdue(status) if responsible and due else None
    return Cell(measure, kind, responsible, status, overdue)


def _status_kind(status: Status | None) -> CellKind:
    if status is None or not status.text.strip():
        return "empty"
    if not status.is_filled:
        return "placeholder"
    return "carried-over" if status.carried_over else "filled"


def _overdue(status: Status | None) -> OverdueKind | None:
    if status is not None and status.state in CONFIRMING_STATES:
        return None
    if status is not None and status.state is None and status.is_filled:
        return "overdue-unconfirmed"
    return "overdue"
