"""The audit of a year or a whole programme, as data: what `check.audit` gathers and the renderers show."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date

from zvit.load.signature_check import UNSIGNED, SignatureCheck
from zvit.model.objects import ReportRef
from zvit.model.submission import Submission


@dataclass(frozen=True)
class Amendment:
    date: str
    reason: str
    by: str


@dataclass(frozen=True)
class Remark:
    """A tampering sign or a note, as a message code and its arguments."""

    code: str
    args: Mapping[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class ChangeAfter:
    """One commit on the branch that changed a submitted report after its submission."""

    commit: str
    author: str  # "Name <email>"
    time: int
    subject: str
    content_changed: bool  # more than `amendments` changed
    amendments: tuple[Amendment, ...]  # entries this commit added
    deleted: bool
    signature: SignatureCheck
    # An amendment entry was added by this commit or a later one ("fix, then record" is fine).
    covered: bool = False

    @property
    def unamended(self) -> bool:
        return (self.content_changed or self.deleted) and not self.covered


@dataclass(frozen=True)
class QuarterAudit:
    ref: ReportRef
    current_blob: str | None  # the report at the branch head; None when it has none
    submission: Submission | None = None
    tag_signature: SignatureCheck = UNSIGNED
    commit_signature: SignatureCheck = UNSIGNED
    changes: tuple[ChangeAfter, ...] = ()  # oldest first
    changed: bool = False  # the branch's version differs from the submitted one
    # A change after submission that no amendment entry (in that commit or a later one) accounts
    # for, or a final version that differs from the submitted one with no new entry at all.
    unamended: bool = False
    deleted: bool = False  # submitted, then removed from the branch
    tampering: tuple[Remark, ...] = ()
    notes: tuple[Remark, ...] = ()
    amendments: tuple[Amendment, ...] = ()  # entries the branch's version adds to the submitted one
    due: date | None = None  # when the report was due, when the programme sets `due_day`
    late: bool = False  # submitted after `due`, or due and not submitted

    @property
    def submitted(self) -> bool:
        return self.submission is not None

    @property
    def present(self) -> bool:
        return self.current_blob is not None


@dataclass(frozen=True)
class UnitAudit:
    id: str
    name: str
    quarters: tuple[QuarterAudit, ...]


@dataclass(frozen=True)
class Audit:
    year: int | None  # None: every year of the programme
    branch: str
    head: str
    head_time: int
    units: tuple[UnitAudit, ...]
    programme: str | None = None

    def quarters(self) -> Iterable[QuarterAudit]:
        for unit in self.units:
            yield from unit.quarters

    def count(self, test: str) -> int:
        """How many quarters pass one of the summary's tests (see `SUMMARY`)."""
        return sum(1 for q in self.quarters() if SUMMARY[test](q))


SUMMARY = {
    "expected": lambda q: True,
    "submitted": lambda q: q.submitted,
    "changed": lambda q: q.changed,
    "unamended": lambda q: q.unamended,
    "unsigned": lambda q: q.submitted and not q.tag_signature.signed,
    "tampered": lambda q: bool(q.tampering),
}
