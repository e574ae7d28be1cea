"""What checks produce: findings with a location, a code and arguments.

A finding never carries finished text; `messages.py` words it in the reader's
language, so that checks stay testable and translations stay in one place.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal, NamedTuple

Severity = Literal["error", "warning"]


class Location(NamedTuple):
    path: str
    line: int = 0  # 1-based as editors show it; 0 = the file as a whole
    col: int = 0


@dataclass(frozen=True, order=True)
class Finding:
    location: Location
    code: str
    args: Mapping[str, object] = field(default_factory=dict, compare=False)
    severity: Severity = "error"

    @property
    def is_error(self) -> bool:
        return self.severity == "error"


def error(location: Location, code: str, **args: object) -> Finding:
    return Finding(location, code, args, "error")


def warning(location: Location, code: str, **args: object) -> Finding:
    return Finding(location, code, args, "warning")
