"""What a schema cannot see: references between files and the meaning of a report.

Both checks run only on files that passed the schema, so the data has its
shape; they take the model objects and the `Loaded` file only to point at lines.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from zvit.core.findings import Finding, error, warning
from zvit.load.yamlfile import Loaded
from zvit.model.objects import Programme, Report, ReportRef


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

    seen_sections: set[str] = set()
    first_line: dict[str, int] = {}
    for si, section in enumerate(programme.sections):
        if section.id in seen_sections:
            yield error(loaded.locate(("sections", si, "id")), "programme.duplicate-section", id=section.id)
        seen_sections.add(section.id)
        for mi, measure in enumerate(section.measures):
            at = ("sections", si, "measures", mi)
            id_location = loaded.locate(at + ("id",))
            if measure.id in first_line:
                yield error(
                    id_location, "programme.duplicate-measure", id=measure.id, first_line=first_line[measure.id]
                )
            first_line.setdefault(measure.id, id_location.line)
            if not measure.id.startswith(section.id + "."):
                yield error(id_location, "programme.measure-outside-section", id=measure.id, section=section.id)
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


def check_report(report: Report, programme: Programme, loaded: Loaded, path: str) -> Iterator[Finding]:
    ref = ReportRef.from_path(path)
    if ref is None:
        yield error(loaded.locate(()), "report.bad-path")
    else:
        for field, value, expected in (
            ("unit", report.unit, ref.unit),
            ("year", report.year, ref.year),
            ("quarter", report.quarter, ref.quarter),
        ):
            if value != expected:
                yield error(
                    loaded.locate((field,)), "report.path-mismatch", field=field, value=value, expected=expected
                )
    if report.unit not in programme.units:
        return
    own = programme.measures_of(report.unit)
    own_ids = {measure.id for measure in own}
    for measure_id, reported in report.statuses.items():
        measure = programme.measure(measure_id)
        # An empty cell of another unit's measure is what the paper form has; a text there is not.
        if measure is not None and measure_id not in own_ids and reported.text.strip():
            responsible = "; ".join(programme.printed_name(r) for r in measure.responsible)
            yield warning(
                loaded.locate(("measures", measure_id), key=True),
                "report.measure-of-another-unit",
                id=measure_id,
                responsible=responsible,
            )
    for measure in own:
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
