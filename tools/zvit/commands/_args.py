"""Command-line values shared by the commands: unit ids, periods, paths.

Every command that names a unit or a period adds its options here and resolves
them here, so `--unit`, `--period`, `--quarter` and `--year` mean the same in all
of them: `--period 2022-h1` names any period; `--quarter 3` a quarter of
`--year` (or of the programme's only year); `--year` alone the year of a yearly
programme.
"""

from __future__ import annotations

import argparse
import os
from typing import TYPE_CHECKING

from zvit.check.repository import Repository
from zvit.core.errors import ZvitError
from zvit.core.ids import UNIT_ID
from zvit.core.layout import PROGRAMME_FILE, REPORTS_DIR
from zvit.core.messages import Words, text
from zvit.model.objects import Programme
from zvit.model.period import Period

if TYPE_CHECKING:
    from zvit.cli import Context


def add_unit(parser: argparse.ArgumentParser, lang: str, *, required: bool = False) -> None:
    parser.add_argument("--unit", required=required, help=text("cli.option.unit", lang))


def add_period(parser: argparse.ArgumentParser, lang: str, *, compared: bool = False) -> None:
    """--period, --quarter and --year, resolved by `period_of`; `compared`: the report a diff compares."""
    period_help = text("cli.option.period-compared" if compared else "cli.option.period", lang)
    parser.add_argument("--period", help=period_help)
    parser.add_argument("--quarter", help=text("cli.option.quarter", lang))
    parser.add_argument("--year", type=int, help=text("cli.option.year", lang))


def unit_id(value: str | None, programme: Programme | None) -> str:
    """A unit id from the command line: a plain id, never a path such as `../x`."""
    if not value or not UNIT_ID.match(value):
        raise ZvitError("cli.bad-unit-id", unit=value or "")
    if programme is not None and value not in programme.units:
        raise ZvitError("cli.unknown-unit", unit=value, known=", ".join(sorted(programme.units)))
    return value


def quarter_number(value: str) -> int:
    if value not in ("1", "2", "3", "4"):
        if value.strip().lower() in ("h1", "h2"):
            raise ZvitError("cli.quarter-is-half", quarter=value, half=value.strip().lower())
        raise ZvitError("cli.bad-quarter", quarter=value)
    return int(value)


def parse_period(value: str) -> Period:
    try:
        return Period.parse(value)
    except ValueError:
        raise ZvitError("cli.bad-period", period=value) from None


def period_of(
    args: argparse.Namespace, programme: Programme | None, *, inside: bool = False, within: bool = False
) -> Period:
    """The period `--period`, `--quarter` and `--year` name.

    `inside`: it must be one of the programme's (its term and cadence: a new report);
    `within`: it must fall in the programme's term (any kind: an overview).
    """
    period = period_value(args.period, args.quarter, args.year, programme)
    if period is None:
        raise ZvitError("cli.period-needed")
    if inside and programme is not None:
        check_in_programme(period, programme)
    elif within and programme is not None:
        check_in_term(period, programme)
    return period


def period_value(
    period: str | None, quarter: str | None, year: int | None, programme: Programme | None
) -> Period | None:
    """`period` (a stem, or a quarter number), or `quarter` of `year`; None when neither is given."""
    if period is not None and quarter is not None:
        raise ZvitError("cli.period-and-quarter", period=period, quarter=quarter)
    if period is not None and period in ("1", "2", "3", "4"):
        period, quarter = None, period
    if period is not None:
        found = parse_period(period)
        if year is not None and year != found.year:
            raise ZvitError("cli.period-year-mismatch", period=found.stem, year=year)
        return found
    if quarter is not None:
        return Period.quarter(default_year(year, programme), quarter_number(quarter))
    if year is not None and programme is not None and programme.reporting == "year":
        return Period.whole_year(year)
    if year is None and programme is not None and programme.reporting == "year" and len(programme.years) == 1:
        return Period.whole_year(programme.year)
    return None


def default_year(year: int | None, programme: Programme | None) -> int:
    """`--year`, or the programme's only year; a programme of several years needs it named."""
    if year is not None:
        return year
    if programme is None:
        raise ZvitError("cli.period-needed")
    if len(programme.years) > 1:
        raise ZvitError("cli.year-needed", programme=programme.id, first=programme.start.year, last=programme.end.year)
    return programme.year


def check_in_programme(period: Period, programme: Programme) -> None:
    """A new report's period: inside the programme's period and of its cadence."""
    check_in_term(period, programme)
    if period.kind != programme.reporting:
        raise ZvitError(
            "cli.period-not-cadence",
            programme=programme.id,
            period=period.stem,
            reporting=Words([f"reporting.{programme.reporting}"]),
            example=programme.periods()[0].stem if programme.periods() else "",
        )


def check_in_term(period: Period, programme: Programme) -> None:
    """The period falls in the programme's term."""
    if not programme.covers(period):
        if programme.period_from is None:
            raise ZvitError(
                "cli.year-not-in-programme", programme=programme.id, programme_year=programme.year, year=period.year
            )
        raise ZvitError(
            "cli.period-not-in-programme",
            programme=programme.id,
            period=period.stem,
            start=programme.start.isoformat(),
            end=programme.end.isoformat(),
        )


def no_reports(period: Period) -> ZvitError:
    """Nothing to show for `period`: worded as a quarter when it is one."""
    if period.is_quarter:
        return ZvitError("cli.no-reports-for-quarter", quarter=period.number, year=period.year)
    return ZvitError("cli.no-reports-for-period", period=period.stem)


def use_colour(choice: str, ctx: Context) -> bool:
    """`--color`: always, never, or (auto) when writing to a terminal and NO_COLOR is not set."""
    if choice != "auto":
        return choice == "always"
    isatty = getattr(ctx.out, "isatty", None)
    return bool(isatty and isatty()) and not os.environ.get("NO_COLOR")


def repo_relative(path: str, root: str) -> str:
    """A path as given on the command line (or by pre-commit), relative to the repository."""
    full = os.path.abspath(path)
    rel = os.path.relpath(full, root)
    return (path if rel.startswith("..") else rel).replace(os.sep, "/")


def current_programme(repository: Repository) -> Programme:
    """programme.yaml of the work tree, or the error listing what is wrong with it."""
    programme, findings = repository.current_programme()
    if programme is None:
        raise ZvitError("cli.invalid-data", findings=findings)
    return programme


# What `--out` may never replace: the repository's own data and git's files.
_DATA_PREFIXES = (REPORTS_DIR + "/", "schema/", ".git/")
_KINDS = {".docx": "DOCX", ".html": "HTML"}


def output_file(out: str | None, default: str, root: str, suffix: str | None) -> str:
    """Where a command writes: `--out`, or `default` in build/.

    `--out` naming a report (`OUT=reports/jkg/2019-q3.yaml`) would put DOCX
    bytes in place of a person's text: the data files are refused, and a file
    of a known kind must be named with its suffix.
    """
    if not out:
        return default
    path = os.path.abspath(out)
    rel = os.path.relpath(path, root).replace(os.sep, "/")
    if rel == PROGRAMME_FILE or rel.startswith(_DATA_PREFIXES) or rel == ".git":
        raise ZvitError("write.data-file", path=out)
    if os.path.isdir(path):
        raise ZvitError("write.directory", path=out)
    if suffix is not None and not path.lower().endswith(suffix):
        raise ZvitError("write.wrong-suffix", path=out, kind=_KINDS[suffix], suffix=suffix)
    return path


def output_folder(out: str, root: str) -> str:
    """Where `review` writes its forms (relative to the repository): never among the data or git's files."""
    path = os.path.abspath(os.path.join(root, out))
    rel = os.path.relpath(path, root).replace(os.sep, "/")
    if rel in (REPORTS_DIR, "schema", ".git") or rel.startswith(_DATA_PREFIXES):
        raise ZvitError("write.data-folder", path=out)
    return path
