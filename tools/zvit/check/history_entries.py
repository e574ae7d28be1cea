"""A report's history as data: what `check.history` gathers from git and `render.diff_text` shows."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from zvit.check.compare import MeasureChange
from zvit.core import times
from zvit.load.git_records import Change

Event = Literal["created", "edited", "deleted", "unreadable"]


@dataclass(frozen=True)
class HistoryEntry:
    """One commit that touched the report, and the measures it changed."""

    commit: Change
    event: Event
    changes: tuple[MeasureChange, ...]
    tags: tuple[str, ...] = ()

    @property
    def when(self) -> dt.datetime:
        """The commit's time in the zone people are shown (core.times)."""
        return times.moment(self.commit.time)


@dataclass(frozen=True)
class History:
    """A report's history, newest first: the entries as `check.history.history_entries` gives
    them, read once as git writes, so that a long history is never held; or a tuple of them."""

    path: str
    measure: str | None
    entries: Iterable[HistoryEntry]
