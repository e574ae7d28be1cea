"""The programme and the reports as typed, immutable objects.

Everything downstream (checks, renderers, diffs) works on these objects, never on
raw YAML, so that the file layout can change in one place (`build.py`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cached_property
from typing import Literal

from zvit.core.layout import REPORTS_DIR
from zvit.model.form_layout import FormSpec
from zvit.model.period import ROMAN, STEM_PATTERN, Period, PeriodKind, periods_between

DueKind = Literal["continuous", "quarterly", "by-date", "on-condition"]
ProgrammeKind = Literal["measures", "risk-register"]

# A status that says nothing: what clerks type to get past an empty cell.
PLACEHOLDER_TEXTS = frozenset({"", ".", "-", "–", "—"})

STATES = (
    "виконано",
    "виконано частково",
    "виконується",
    "не виконано",
    "не розпочато",
    "не стосується",
)

# The risk register's monitoring column (наказ НАЗК 830/21): the only states its reports take.
REGISTER_STATES = ("виконано", "не виконано", "виконано частково")


@dataclass(frozen=True)
class Renaming:
    """A unit's new name from a date on (`renamed:`), as a reorganisation gives it."""

    since: date
    name: str


@dataclass(frozen=True)
class Unit:
    """A structural unit (or a body such as a commission) that reports."""

    id: str
    name: str
    # As the programme's table prints it; the full `name` heads the form.
    printed: str
    owners: tuple[str, ...] = ()
    renamed: tuple[Renaming, ...] = ()

    def as_on(self, day: date) -> Unit:
        """The unit under the name in force on `day` (`printed` follows when it was the name)."""
        name = self.name_on(day)
        if name == self.name:
            return self
        return replace(self, name=name, printed=name if self.printed == self.name else self.printed)

    def name_on(self, day: date) -> str:
        """The full name in force on `day`: a form uses the name at its period's end."""
        current = self.name
        for renaming in sorted(self.renamed, key=lambda r: r.since):
            if renaming.since <= day:
                current = renaming.name
        return current


@dataclass(frozen=True)
class Group:
    """A named set of units ("структурні підрозділи облдержадміністрації")."""

    id: str
    name: str
    members: tuple[str, ...]


@dataclass(frozen=True)
class Due:
    """The machine reading of a printed deadline such as "Червень 2019 року"."""

    kind: DueKind
    # by-date: the deadline; on-condition: the latest date, when the text names one.
    date: date | None = None


@dataclass(frozen=True)
class Measure:
    id: str
    section_id: str
    title: str
    deadline: str
    due: Due
    responsible: tuple[str, ...]
    # The responsible column exactly as the programme prints it, when joining the
    # printed names one per line would not reproduce it.
    responsible_text: str | None = None
    # The № cell as printed, when it is not the id's tail ("1.1.1" rather than "1").
    printed: str | None = None
    # The day an amendment withdrew the measure: it stays for the periods before.
    withdrawn: date | None = None

    @property
    def number(self) -> str:
        """The № cell: `printed`; else "14" for "I.14" (a Roman section), the whole id for Arabic ones ("2.1.1")."""
        if self.printed is not None:
            return self.printed
        prefix = self.section_id + "."
        roman = not self.section_id.replace(".", "").isdigit()
        return self.id[len(prefix) :] if roman and self.id.startswith(prefix) else self.id

    def in_force(self, period: Period) -> bool:
        """Whether the measure belongs on the form of `period` (not withdrawn before it began)."""
        return self.withdrawn is None or period.start <= self.withdrawn


@dataclass(frozen=True)
class RegisterMeasure(Measure):
    """A measure of the risk register: its risk, and the register's own columns."""

    risk_id: str = ""
    resources: str | None = None
    indicators: str | None = None


@dataclass(frozen=True)
class Risk:
    """One row group of the risk register: a corruption risk, its scores and its measures."""

    id: str
    section_id: str
    title: str
    content: str
    sources: str
    probability: int
    consequences: int
    measures: tuple[RegisterMeasure, ...]

    @property
    def level(self) -> int:
        """The methodology's risk level: probability × consequences."""
        return self.probability * self.consequences


@dataclass(frozen=True)
class Section:
    id: str
    # How the form prints the section number: "І" (Cyrillic) for id "I".
    printed: str
    title: str
    # Every measure of the section; in a risk register, its risks' measures in order.
    measures: tuple[Measure, ...]
    # Prose a section may hold instead of (or before) measures.
    text: str | None = None
    risks: tuple[Risk, ...] = ()

    @property
    def heading(self) -> str:
        return f"{self.printed}. {self.title}"


@dataclass(frozen=True)
class Edition:
    """The act that approved the programme or amended it (`editions:`)."""

    date: date
    act: str
    note: str | None = None


@dataclass(frozen=True)
class Programme:
    id: str
    title: str
    # The title as the form's heading sentence prints it (genitive case).
    title_in_form: str
    year: int
    units: Mapping[str, Unit]
    groups: Mapping[str, Group]
    sections: tuple[Section, ...]
    # The unit whose owners approve changes to the programme itself (CODEOWNERS).
    coordinator: str | None = None
    kind: ProgrammeKind = "measures"
    # `period: {from, to}`; None: the calendar year `year`.
    period_from: date | None = None
    period_to: date | None = None
    reporting: PeriodKind = "quarter"
    # Reports are due on this day of the month after the period (None: by its end).
    due_day: int | None = None
    editions: tuple[Edition, ...] = ()
    # The printed form: its columns and the words of its heading.
    form: FormSpec = FormSpec()

    @property
    def start(self) -> date:
        return self.period_from or date(self.year, 1, 1)

    @property
    def end(self) -> date:
        return self.period_to or date(self.year, 12, 31)

    @property
    def years(self) -> range:
        return range(self.start.year, self.end.year + 1)

    def covers(self, period: Period) -> bool:
        """`period` falls in the programme's period."""
        return period.within(self.start, self.end)

    def periods(self) -> list[Period]:
        """Every reporting period of the programme, by its cadence, in order."""
        return list(periods_between(self.reporting, self.start, self.end))

    def risks(self) -> Iterator[Risk]:
        for section in self.sections:
            yield from section.risks

    def measures(self) -> Iterator[Measure]:
        for section in self.sections:
            yield from section.measures

    def measure(self, measure_id: str) -> Measure | None:
        return self._measures_by_id.get(measure_id)

    @cached_property
    def _measures_by_id(self) -> dict[str, Measure]:
        return {m.id: m for m in self.measures()}

    def members(self, unit_or_group: str) -> frozenset[str]:
        """The unit ids a responsible entry stands for, groups expanded (cycles ignored)."""
        seen: set[str] = set()
        units: set[str] = set()
        todo = [unit_or_group]
        while todo:
            current = todo.pop()
            if current in seen:
                continue
            seen.add(current)
            if current in self.groups:
                todo.extend(self.groups[current].members)
            elif current in self.units:
                units.add(current)
        return frozenset(units)

    def responsible_units(self, measure: Measure) -> frozenset[str]:
        result: set[str] = set()
        for entry in measure.responsible:
            result |= self.members(entry)
        return frozenset(result)

    def measures_of(self, unit_id: str, period: Period | None = None) -> tuple[Measure, ...]:
        """The measures a unit must report on, directly or through a group (in force in `period`)."""
        found = self._measures_by_unit.get(unit_id, ())
        if period is None:
            return found
        return tuple(m for m in found if m.in_force(period))

    @cached_property
    def _measures_by_unit(self) -> dict[str, tuple[Measure, ...]]:
        """Each group expanded once: every report asks, and `sp` may hold hundreds of units."""
        expanded: dict[str, frozenset[str]] = {}
        found: dict[str, list[Measure]] = {}
        for measure in self.measures():
            units: set[str] = set()
            for entry in measure.responsible:
                if entry not in expanded:
                    expanded[entry] = self.members(entry)
                units |= expanded[entry]
            for unit_id in units:
                found.setdefault(unit_id, []).append(measure)
        return {unit_id: tuple(measures) for unit_id, measures in found.items()}

    def printed_name(self, unit_or_group: str) -> str:
        if unit_or_group in self.units:
            return self.units[unit_or_group].printed
        if unit_or_group in self.groups:
            return self.groups[unit_or_group].name
        return unit_or_group

    def responsible_lines(self, measure: Measure) -> list[str]:
        """The responsible column as printed, one line per unit or group."""
        if measure.responsible_text is not None:
            return measure.responsible_text.split("\n")
        names = [self.printed_name(r) for r in measure.responsible]
        return [name + (";" if i < len(names) - 1 else "") for i, name in enumerate(names)]


@dataclass(frozen=True)
class Status:
    """What a unit wrote about one measure."""

    text: str
    state: str | None = None
    # Copied from the previous quarter by `zvit new` and not yet edited.
    carried_over: bool = False
    # The risk register's «фактичний термін виконання»: when the measure was done.
    done: str | None = None

    @property
    def is_filled(self) -> bool:
        return self.text.strip() not in PLACEHOLDER_TEXTS

    @property
    def paragraphs(self) -> list[str]:
        return self.text.split("\n")


@dataclass(frozen=True)
class Signatory:
    position: str
    name: str


@dataclass(frozen=True, init=False)
class Report:
    """One unit's report for one period.

    Built as `Report(programme, unit, period, statuses=...)`, or with a year and a
    quarter in the period's place, as quarterly reports always were.
    """

    programme: str
    unit: str
    period: Period
    statuses: Mapping[str, Status] = field(default_factory=dict)
    signatory: Signatory | None = None
    date: str | None = None

    def __init__(
        self,
        programme: str,
        unit: str,
        year: int | Period | None = None,
        quarter: int | None = None,
        statuses: Mapping[str, Status] | None = None,
        signatory: Signatory | None = None,
        date: str | None = None,
        *,
        period: Period | None = None,
    ) -> None:
        object.__setattr__(self, "programme", programme)
        object.__setattr__(self, "unit", unit)
        object.__setattr__(self, "period", _period_of(year, quarter, period))
        object.__setattr__(self, "statuses", {} if statuses is None else statuses)
        object.__setattr__(self, "signatory", signatory)
        object.__setattr__(self, "date", date)

    @property
    def year(self) -> int:
        return self.period.year

    @property
    def quarter(self) -> int:
        return _quarter_number(self.period)

    @property
    def ref(self) -> ReportRef:
        return ReportRef(self.unit, self.period)

    def status(self, measure_id: str) -> Status | None:
        return self.statuses.get(measure_id)


def _period_of(year: int | Period | None, quarter: int | None, period: Period | None) -> Period:
    if isinstance(year, Period):
        return year
    if period is not None:
        return period
    if year is None or quarter is None:
        raise TypeError("a report needs a period, or a year and a quarter")
    return Period.quarter(year, quarter)


def _quarter_number(period: Period) -> int:
    """`.quarter` of a quarterly report; other periods have none, and asking is a bug."""
    if not period.is_quarter:
        raise ValueError(f"{period.stem} is not a quarter")
    return period.number


@dataclass(frozen=True)
class Rejected:
    """A report file that fails validation: counted and shown, never read."""

    path: str
    errors: int


_REPORT_PATH = re.compile(rf"(?:^|/){REPORTS_DIR}/([^/]+)/({STEM_PATTERN})\.ya?ml$")


@dataclass(frozen=True, order=True, init=False)
class ReportRef:
    """The one place that knows the `reports/<unit>/<period>.yaml` convention.

    `ReportRef("jkg", Period.parse("2022-h1"))`, or `ReportRef("jkg", 2019, 3)` for a quarter.
    """

    unit: str
    period: Period

    def __init__(self, unit: str, period: Period | int, quarter: int | None = None) -> None:
        object.__setattr__(self, "unit", unit)
        object.__setattr__(self, "period", _period_of(period, quarter, None))

    @property
    def year(self) -> int:
        return self.period.year

    @property
    def quarter(self) -> int:
        return _quarter_number(self.period)

    @property
    def path(self) -> str:
        return f"{REPORTS_DIR}/{self.unit}/{self.period.stem}.yaml"

    @property
    def name(self) -> str:
        """ "jkg-2019-q3", used for build outputs and submission tags."""
        return f"{self.unit}-{self.period.stem}"

    @classmethod
    def from_path(cls, path: str) -> ReportRef | None:
        match = _REPORT_PATH.search(path.replace("\\", "/"))
        if not match:
            return None
        return cls(match.group(1), Period.parse(match.group(2)))


def quarter_end(year: int, quarter: int) -> date:
    month = quarter * 3
    day = 31 if month in (3, 12) else 30
    return date(year, month, day)


ROMAN_QUARTERS = ROMAN
"""Quarters as the form prints them: Roman numerals with the Cyrillic letter І."""
