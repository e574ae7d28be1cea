"""A reporting period: a quarter, a half-year or a calendar year.

Programmes report quarterly, half-yearly («щопівроку до 05 числа») or yearly, and
run over several years; every path, tag, form heading and count of "which reports
are due" goes through this one value, so the cadence lives in one place.
"""

from __future__ import annotations

import re
from calendar import monthrange
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

PeriodKind = Literal["quarter", "half-year", "year"]
PERIOD_KINDS: tuple[PeriodKind, ...] = ("quarter", "half-year", "year")

# How many periods of each kind a year holds, and the letter in the file stem.
_PER_YEAR: dict[str, int] = {"quarter": 4, "half-year": 2, "year": 1}
_LETTER: dict[PeriodKind, str] = {"quarter": "q", "half-year": "h"}
_KIND_OF_LETTER: dict[str, PeriodKind] = {letter: kind for kind, letter in _LETTER.items()}

# The file stem of a period: "2019-q3", "2022-h1", "2022".
STEM = re.compile(r"([0-9]{4})(?:-([qh])([0-9]))?\Z")
STEM_PATTERN = r"[0-9]{4}(-q[1-4]|-h[12])?"

ROMAN = {1: "І", 2: "ІІ", 3: "ІІІ", 4: "ІV"}
"""Period numbers as forms print them: Roman numerals with the Cyrillic letter І."""


@dataclass(frozen=True)
class Period:
    """One reporting period; ordered by its first day, then by its last (q1 < h1 < year)."""

    kind: PeriodKind
    year: int
    number: int = 1

    def __post_init__(self) -> None:
        if self.kind not in _PER_YEAR:
            raise ValueError(f"unknown period kind {self.kind!r}")
        if not 1 <= self.number <= _PER_YEAR[self.kind]:
            raise ValueError(f"{self.kind} number {self.number} is out of range")
        if not 1 <= self.year <= 9999:
            raise ValueError(f"year {self.year} is out of range")

    # Constructors ---------------------------------------------------------

    @classmethod
    def quarter(cls, year: int, number: int) -> Period:
        return cls("quarter", year, number)

    @classmethod
    def half_year(cls, year: int, number: int) -> Period:
        return cls("half-year", year, number)

    @classmethod
    def whole_year(cls, year: int) -> Period:
        return cls("year", year, 1)

    @classmethod
    def parse(cls, text: str) -> Period:
        """ "2019-q3", "2022-h1" or "2022"; ValueError for anything else."""
        match = STEM.match(text)
        if not match:
            raise ValueError(f"not a period: {text!r}")
        year = int(match.group(1))
        if match.group(2) is None:
            return cls.whole_year(year)
        return cls(_KIND_OF_LETTER[match.group(2)], year, int(match.group(3)))

    @classmethod
    def containing(cls, kind: PeriodKind, day: date) -> Period:
        """The period of `kind` that `day` falls in."""
        months = 12 // _PER_YEAR[kind]
        return cls(kind, day.year, (day.month - 1) // months + 1)

    # Values ---------------------------------------------------------------

    @property
    def stem(self) -> str:
        """The file name without `.yaml`, and the tail of the submission tag."""
        if self.kind == "year":
            return f"{self.year:04d}"
        return f"{self.year:04d}-{_LETTER[self.kind]}{self.number}"

    @property
    def months(self) -> int:
        return 12 // _PER_YEAR[self.kind]

    @property
    def start(self) -> date:
        return date(self.year, (self.number - 1) * self.months + 1, 1)

    @property
    def end(self) -> date:
        last_month = self.number * self.months
        if last_month == 12:
            return date(self.year, 12, 31)
        return date(self.year, last_month + 1, 1) - timedelta(days=1)

    @property
    def is_quarter(self) -> bool:
        return self.kind == "quarter"

    @property
    def phrase(self) -> str:
        """The period after «за» in a Ukrainian heading: «ІІІ квартал 2019 року», «І півріччя 2022 року», «2022 рік»."""
        if self.kind == "quarter":
            return f"{ROMAN[self.number]} квартал {self.year} року"
        if self.kind == "half-year":
            return f"{ROMAN[self.number]} півріччя {self.year} року"
        return f"{self.year} рік"

    def due_date(self, due_day: int | None) -> date:
        """When the report is due: day `due_day` of the month after the period; without it, the period's last day."""
        if due_day is None:
            return self.end
        after = self.end + timedelta(days=1)
        return date(after.year, after.month, min(due_day, monthrange(after.year, after.month)[1]))

    # Order and neighbours ---------------------------------------------------

    def _key(self) -> tuple[date, date]:
        return (self.start, self.end)

    def __lt__(self, other: Period) -> bool:
        return self._key() < other._key()

    def __le__(self, other: Period) -> bool:
        return self._key() <= other._key()

    def __gt__(self, other: Period) -> bool:
        return self._key() > other._key()

    def __ge__(self, other: Period) -> bool:
        return self._key() >= other._key()

    def next(self) -> Period:
        if self.number < _PER_YEAR[self.kind]:
            return Period(self.kind, self.year, self.number + 1)
        return Period(self.kind, self.year + 1, 1)

    def previous(self) -> Period:
        if self.number > 1:
            return Period(self.kind, self.year, self.number - 1)
        return Period(self.kind, self.year - 1, _PER_YEAR[self.kind])

    def within(self, start: date, end: date) -> bool:
        """The period falls in [start, end]: a programme approved in June still has its first half-year."""
        return self.start <= end and start <= self.end

    def __str__(self) -> str:
        return self.stem


def periods_between(kind: PeriodKind, start: date, end: date) -> Iterator[Period]:
    """Every period of `kind` that falls in [start, end], in order."""
    current = Period.containing(kind, start)
    while current.start <= end:
        if current.within(start, end):
            yield current
        current = current.next()
