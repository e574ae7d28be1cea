"""What checks produce: findings with a location, a code and arguments.

A finding never carries finished text; `messages.py` words it in the reader's
language, so that checks stay testable and translations stay in one place.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
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


# Findings of one kind shown per file; the rest are counted in one `MORE` finding («і ще K»).
SHOWN_PER_KIND = 3
MORE = "findings.more"
# A clerk's to-do list, one finding per measure of the unit (so never more than the programme
# has): each names a different measure to attend to, and all are shown.
TO_DO = frozenset({"report.status-empty", "report.status-placeholder", "report.status-carried-over"})


def more(location: Location, code: str, count: int, severity: Severity) -> Finding:
    """Stands for `count` further findings of `code` in the same file, located at the next one."""
    return Finding(location, MORE, {"count": count, "code": code}, severity)


def weight(finding: Finding) -> int:
    """How many findings this one stands for: a `MORE` finding counts those it summarises."""
    return int(finding.args["count"]) if finding.code == MORE else 1  # type: ignore[call-overload]


def capped(findings: Iterable[Finding], shown: int = SHOWN_PER_KIND) -> list[Finding]:
    """The first `shown` findings of each code in each file, then one `MORE` for the rest.

    A report pasted from Word, or with a thousand mistyped measure numbers, would
    otherwise print thousands of identical lines that hide everything else.
    """
    ordered = sorted(findings)
    total = Counter((f.location.path, f.code) for f in ordered)
    seen: Counter[tuple[str, str]] = Counter()
    kept = []
    for finding in ordered:
        kind = (finding.location.path, finding.code)
        seen[kind] += 1
        if seen[kind] <= shown or finding.code == MORE or finding.code in TO_DO:
            kept.append(finding)
        elif seen[kind] == shown + 1:
            kept.append(more(finding.location, finding.code, total[kind] - shown, finding.severity))
    return kept
