"""The programme and the reports as typed, immutable objects.

Everything downstream (checks, renderers, diffs) works on these objects, never on
raw YAML, so that the file layout can change in one place (`build.py`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import Literal

DueKind = Literal["continuous", "quarterly", "by-date", "on-condition"]

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


@dataclass(frozen=True)
class Unit:
    """A structural unit (or a body such as a commission) that reports."""

    id: str
    name: str
    # As the programme's table prints it; the full `name` heads the form.
    printed: str
    owners: tuple[str, ...] = ()


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

    @property
    def number(self) -> str:
        """The number printed in the form's first column: "14" for "I.14"."""
        return self.id.split(".", 1)[1]


@dataclass(frozen=True)
class Section:
    id: str
    # How the form prints the section number: "І" (Cyrillic) for id "I".
    printed: str
    title: str
    measures: tuple[Measure, ...]

    @property
    def heading(self) -> str:
        return f"{self.printed}. {self.title}"


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

    def measures_of(self, unit_id: str) -> tuple[Measure, ...]:
        """The measures a unit must report on, directly or through a group."""
        return self._measures_by_unit.get(unit_id, ())

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


@dataclass(frozen=True)
class Report:
    programme: str
    unit: str
    year: int
    quarter: int
    statuses: Mapping[str, Status] = field(default_factory=dict)
    signatory: Signatory | None = None
    date: str | None = None

    @property
    def ref(self) -> ReportRef:
        return ReportRef(self.unit, self.year, self.quarter)

    def status(self, measure_id: str) -> Status | None:
        return self.statuses.get(measure_id)


@dataclass(frozen=True)
class Rejected:
    """A report file that fails validation: counted and shown, never read."""

    path: str
    errors: int


_REPORT_PATH = re.compile(r"(?:^|/)reports/([^/]+)/(\d{4})-q(\d+)\.ya?ml$")


@dataclass(frozen=True, order=True)
class ReportRef:
    """The one place that knows the `reports/<unit>/<year>-q<N>.yaml` convention."""

    unit: str
    year: int
    quarter: int

    @property
    def path(self) -> str:
        return f"reports/{self.unit}/{self.year}-q{self.quarter}.yaml"

    @property
    def name(self) -> str:
        """ "jkg-2019-q3", used for build outputs and submission tags."""
        return f"{self.unit}-{self.year}-q{self.quarter}"

    @classmethod
    def from_path(cls, path: str) -> ReportRef | None:
        match = _REPORT_PATH.search(path.replace("\\", "/"))
        if not match:
            return None
        return cls(match.group(1), int(match.group(2)), int(match.group(3)))


def quarter_end(year: int, quarter: int) -> date:
    month = quarter * 3
    day = 31 if month in (3, 12) else 30
    return date(year, month, day)


ROMAN_QUARTERS = {1: "І", 2: "ІІ", 3: "ІІІ", 4: "ІV"}
"""Quarters as the form prints them: Roman numerals with the Cyrillic letter І."""
