"""What a schema cannot see: references between files and the meaning of a report.

Both checks run only on files that passed the schema, so the data has its
shape; they take the model objects and the `Loaded` file only to point at lines.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from zvit.core.findings import Finding, error, warning
from zvit.core.messages import Words
from zvit.load.yamlfile import Loaded
from zvit.model.objects import Measure, Programme, Report, ReportRef, Section


def check_programme(programme: Programme, loaded: Loaded) -> Iterator[Finding]:
    known = set(programme.units) | set(programme.groups)
    for uid in programme.units:
        if uid in programme.groups:
            yield error(loaded.locate(("groups", uid), key=True), "programme.id-clash", id=uid)
    for gid, group in programme.groups.items():
        for i, member in enumerate(group.members):
            if member not in known:
                yield error(
                    loaded.locate(("groups", gid, "members", i)), "programme.unknown-member", group=gid, id=member
                )
        if _contains_itself(programme, gid):
            yield error(loaded.locate(("groups", gid), key=True), "programme.group-cycle", group=gid)

    if programme.period_from is not None and programme.period_to is not None:
        if programme.period_to < programme.period_from:
            yield error(loaded.locate(("period", "to")), "programme.period-reversed")
        if "year" in loaded.data and programme.years != range(programme.year, programme.year + 1):
            yield error(loaded.locate(("year",)), "programme.year-and-period", year=programme.year)
    seen_sections: set[str] = set()
    first_line: dict[str, int] = {}
    for si, section in enumerate(programme.sections):
        if section.id in seen_sections:
            yield error(loaded.locate(("sections", si, "id")), "programme.duplicate-section", id=section.id)
        seen_sections.add(section.id)
        yield from _section_shape(programme, section, si, loaded)
        for at, measure in measure_paths(section, si):
            id_location = loaded.locate(at + ("id",))
            if measure.id in first_line:
                yield error(
                    id_location, "programme.duplicate-measure", id=measure.id, first_line=first_line[measure.id]
                )
            first_line.setdefault(measure.id, id_location.line)
            parent = getattr(measure, "risk_id", "") or section.id
            if "." in measure.id and not measure.id.startswith(parent + "."):
                code = "programme.measure-outside-risk" if parent != section.id else "programme.measure-outside-section"
                yield error(id_location, code, id=measure.id, section=parent)
            for ri, entry in enumerate(measure.responsible):
                if entry not in known:
                    yield error(loaded.locate(at + ("responsible", ri)), "programme.unknown-responsible", id=entry)
            if measure.responsible_text is not None:
                printed = _squash(measure.responsible_text)
                for entry in measure.responsible:
                    name = programme.printed_name(entry)
                    if entry in known and _squash(name) not in printed:
                        yield warning(
                            loaded.locate(at + ("responsible_text",)),
                            "programme.responsible-text-mismatch",
                            id=entry,
                            name=name,
                        )


def measure_paths(section: Section, si: int) -> Iterator[tuple[tuple[object, ...], Measure]]:
    """Each measure of a section with its path in the file, through its risk in a register."""
    if section.risks:
        for ri, risk in enumerate(section.risks):
            for mi, register_measure in enumerate(risk.measures):
                yield ("sections", si, "risks", ri, "measures", mi), register_measure
    else:
        for mi, measure in enumerate(section.measures):
            yield ("sections", si, "measures", mi), measure


def _section_shape(programme: Programme, section: Section, si: int, loaded: Loaded) -> Iterator[Finding]:
    """A section holds text, measures or (in a register) risks, each risk's level its scores' product."""
    raw = loaded.data["sections"][si]
    at = ("sections", si)
    wrong = "measures" if programme.kind == "risk-register" else "risks"
    if wrong in raw:
        yield error(loaded.locate(at + (wrong,), key=True), f"programme.{wrong}-in-{programme.kind}", id=section.id)
    elif not raw.get("text") and not section.measures and not section.risks:
        yield error(loaded.locate(at, key=True), "programme.empty-section", id=section.id)
    risk_lines: dict[str, int] = {}
    for ri, risk in enumerate(section.risks):
        place = at + ("risks", ri)
        id_location = loaded.locate(place + ("id",))
        if risk.id in risk_lines:
            yield error(id_location, "programme.duplicate-risk", id=risk.id, first_line=risk_lines[risk.id])
        risk_lines.setdefault(risk.id, id_location.line)
        if "." in risk.id and not risk.id.startswith(section.id + "."):
            yield error(id_location, "programme.risk-outside-section", id=risk.id, section=section.id)
        written = raw["risks"][ri].get("level")
        if written is not None and written != risk.level:
            yield error(
                loaded.locate(place + ("level",)),
                "programme.risk-level",
                id=risk.id,
                level=written,
                probability=risk.probability,
                consequences=risk.consequences,
                product=risk.level,
            )


def _contains_itself(programme: Programme, group_id: str) -> bool:
    todo = list(programme.groups[group_id].members)
    seen: set[str] = set()
    while todo:
        current = todo.pop()
        if current == group_id:
            return True
        if current in seen or current not in programme.groups:
            continue
        seen.add(current)
        todo.extend(programme.groups[current].members)
    return False


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


def _period_findings(report: Report, programme: Programme, loaded: Loaded, path: str) -> Iterator[Finding]:
    """The report's period: the one its path names, inside the programme's term, of its cadence."""
    data = loaded.data
    ref = ReportRef.from_path(path)
    if ref is None:
        yield error(loaded.locate(()), "report.bad-path")
    else:
        if report.unit != ref.unit:
            yield error(
                loaded.locate(("unit",)), "report.path-mismatch", field="unit", value=report.unit, expected=ref.unit
            )
        if "period" in data or not ref.period.is_quarter:
            if report.period != ref.period:
                field = "period" if "period" in data else "quarter"
                yield error(
                    loaded.locate((field,)),
                    "report.period-mismatch",
                    value=report.period.stem,
                    expected=ref.period.stem,
                )
        else:
            for field, value, expected in (
                ("year", report.year, ref.year),
                ("quarter", report.quarter, ref.quarter),
            ):
                if value != expected:
                    yield error(
                        loaded.locate((field,)), "report.path-mismatch", field=field, value=value, expected=expected
                    )
    if "period" in data and ("year" in data or "quarter" in data):
        told = (data.get("year"), data.get("quarter"))
        if told != (report.period.year, report.period.number if report.period.is_quarter else None):
            yield error(loaded.locate(("year",), key=True), "report.period-conflict", period=report.period.stem)
    if not programme.covers(report.period):
        yield error(
            loaded.locate(("period",) if "period" in data else ("year",)),
            "report.period-outside",
            period=report.period.stem,
            programme=programme.id,
            start=programme.start.isoformat(),
            end=programme.end.isoformat(),
        )
    elif report.period.kind != programme.reporting:
        yield error(
            loaded.locate(("period",) if "period" in data else ("quarter",)),
            "report.period-cadence",
            period=report.period.stem,
            programme=programme.id,
            reporting=Words([f"reporting.{programme.reporting}"]),
        )


def check_report(report: Report, programme: Programme, loaded: Loaded, path: str) -> Iterator[Finding]:
    yield from _period_findings(report, programme, loaded, path)
    if report.unit not in programme.units:
        return
    own = {measure.id for measure in programme.measures_of(report.unit)}  # in force or not
    for measure_id in report.statuses:
        measure = programme.measure(measure_id)
        if measure is not None and measure_id not in own:
            yield error(
                loaded.locate(("measures", measure_id), key=True),
                "report.measure-of-other-unit",
                id=measure_id,
                unit=report.unit,
                responsible="; ".join(programme.printed_name(entry) for entry in measure.responsible),
            )
        elif measure is not None and not measure.in_force(report.period):
            yield warning(
                loaded.locate(("measures", measure_id), key=True),
                "report.status-withdrawn",
                id=measure_id,
                date=str(measure.withdrawn),
            )
    for measure in programme.measures_of(report.unit, report.period):
        status = report.status(measure.id)
        if status is None:
            yield warning(loaded.locate(("measures",), key=True), "report.status-empty", id=measure.id)
        elif not status.is_filled:
            location = loaded.locate(("measures", measure.id))
            if status.text.strip():
                yield warning(location, "report.status-placeholder", id=measure.id, text=status.text.strip())
            else:
                yield warning(location, "report.status-empty", id=measure.id)
        elif status.carried_over:
            yield warning(
                loaded.locate(("measures", measure.id, "carried_over"), key=True),
                "report.status-carried-over",
                id=measure.id,
            )
