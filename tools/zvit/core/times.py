"""How a moment is shown: Kyiv time for people, ISO 8601 with its offset in JSON.

Every command that prints when something happened (history, audit) uses these,
so one commit has one time wherever it appears, whatever the machine's zone.
The zone comes from the tz database (the pinned `tzdata` package where the
system has none); without either, times are UTC and the audit says so.
"""

from __future__ import annotations

import functools
from datetime import UTC, date, datetime, tzinfo

KYIV = "Europe/Kyiv"


@functools.cache
def zone() -> tuple[tzinfo, str]:
    """The zone times are shown in, and the message code naming it."""
    try:
        from zoneinfo import ZoneInfo  # loaded by the commands that show a time, not by `zvit validate`

        return ZoneInfo(KYIV), "audit.zone-kyiv"
    except Exception:  # noqa: BLE001 - no tz database at all: UTC, and say so
        return UTC, "audit.zone-utc"


def moment(value: datetime | int) -> datetime:
    """A commit's Unix time or an aware datetime, in the shown zone."""
    if isinstance(value, int):
        value = datetime.fromtimestamp(value, UTC)
    return value.astimezone(zone()[0])


def day(value: datetime) -> date:
    """The calendar day `value` falls on in Kyiv: the day a deadline counts."""
    return moment(value).date()


def today() -> date:
    """Today in Kyiv, whatever the machine's zone."""
    return datetime.now(zone()[0]).date()


def for_people(value: datetime | int | None) -> str:
    """ "2019-10-04 10:00" in Kyiv time; "?" when unknown.

    Written field by field as `strftime("%Y-%m-%d %H:%M")` writes it (the year
    unpadded), at half its cost: a history shows a time for every commit.
    """
    if value is None:
        return "?"
    shown = moment(value)
    return f"{shown.year}-{shown.month:02d}-{shown.day:02d} {shown.hour:02d}:{shown.minute:02d}"


def for_json(value: datetime | int | None) -> str | None:
    """ "2019-10-04T10:00:00+03:00": ISO 8601 with the offset; None when unknown."""
    return None if value is None else moment(value).isoformat()
