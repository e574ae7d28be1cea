"""Plain data (already checked against the JSON Schema) -> model objects.

The schema guarantees the shape, so this module does no checking of its own; it
is the one place that knows which YAML key becomes which attribute.  Keys that
begin with `x-` are a body's own extensions: the schema lets them through and
they are skipped here.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from datetime import date
from typing import Any

from zvit.model.form_layout import BUILT_IN, DEFAULT_FOR_KIND, FormColumn, FormLayout, FormSpec
from zvit.model.objects import (
    Due,
    Edition,
    Group,
    Measure,
    Programme,
    ProgrammeKind,
    RegisterMeasure,
    Renaming,
    Report,
    Risk,
    Section,
    Signatory,
    Status,
    Unit,
)
from zvit.model.period import Period

EXTENSION_PREFIX = "x-"


def is_extension(key: object) -> bool:
    """An `x-` key: a body's own data, kept by fmt and ignored by every check."""
    return isinstance(key, str) and key.startswith(EXTENSION_PREFIX)


def _entries(mapping: Mapping[str, Any] | None) -> list[tuple[str, Any]]:
    return [(k, v) for k, v in (mapping or {}).items() if not is_extension(k)]


def programme_from_data(data: Mapping[str, Any]) -> Programme:
    units = {
        uid: Unit(
            id=uid,
            name=u["name"],
            printed=u.get("printed") or u["name"],
            owners=tuple(u.get("owners") or ()),
            renamed=tuple(Renaming(date.fromisoformat(r["from"]), r["name"]) for r in u.get("renamed") or ()),
        )
        for uid, u in _entries(data.get("units"))
    }
    groups = {
        gid: Group(id=gid, name=g["name"], members=tuple(g.get("members") or ()))
        for gid, g in _entries(data.get("groups"))
    }
    kind: ProgrammeKind = "risk-register" if data.get("kind") == "risk-register" else "measures"
    sections = tuple(_section(s, kind) for s in data.get("sections") or ())
    period = data.get("period") or {}
    start, end = _date(period.get("from")), _date(period.get("to"))
    return Programme(
        id=data["id"],
        title=data["title"],
        title_in_form=data.get("title_in_form") or data["title"],
        year=data.get("year") or (start.year if start else 0),
        units=units,
        groups=groups,
        sections=sections,
        coordinator=data.get("coordinator"),
        kind=kind,
        period_from=start,
        period_to=end,
        reporting=data.get("reporting") or "quarter",
        due_day=data.get("due_day"),
        editions=tuple(
            Edition(date.fromisoformat(e["date"]), e["act"], e.get("note")) for e in data.get("editions") or ()
        ),
        form=form_from_data(data.get("form"), kind),
    )


def form_from_data(data: str | Mapping[str, Any] | None, kind: str = "measures") -> FormSpec:
    """`form:` as a built-in layout's name, or a mapping: `layout` (a name or the columns) and the heading's words."""
    if data is None or isinstance(data, str):
        return FormSpec(layout=BUILT_IN[data or DEFAULT_FOR_KIND[kind]])
    declared = data.get("layout") or DEFAULT_FOR_KIND[kind]
    if isinstance(declared, str):
        layout = BUILT_IN[declared]
        if "numbers" in data:
            layout = dataclasses.replace(layout, numbers=data["numbers"])
    else:
        columns = tuple(
            FormColumn(c["title"], c["field"], width=c.get("width"), group=c.get("group")) for c in declared
        )
        layout = FormLayout("programme", columns, numbers=data.get("numbers", True))
    return FormSpec(
        layout=layout,
        body=data.get("body") or FormSpec.body,
        caption=data.get("caption"),
        gender=data.get("gender") or FormSpec.gender,
    )


def _section(data: Mapping[str, Any], kind: str) -> Section:
    if kind == "risk-register":
        risks = tuple(_risk(r, data["id"]) for r in data.get("risks") or ())
        measures: tuple[Measure, ...] = tuple(m for r in risks for m in r.measures)
    else:
        risks = ()
        measures = tuple(_measure(m, data["id"]) for m in data.get("measures") or ())
    return Section(
        id=data["id"],
        printed=data.get("printed") or data["id"],
        title=data["title"],
        measures=measures,
        text=data.get("text"),
        risks=risks,
    )


def _measure(data: Mapping[str, Any], section_id: str) -> Measure:
    due = data.get("due") or {"kind": "continuous"}
    return Measure(
        id=data["id"],
        section_id=section_id,
        title=data["title"],
        deadline=data["deadline"],
        due=Due(kind=due["kind"], date=_date(due.get("date"))),
        responsible=tuple(data.get("responsible") or ()),
        responsible_text=data.get("responsible_text"),
        printed=data.get("printed"),
        withdrawn=_date(data.get("withdrawn")),
    )


def _risk(data: Mapping[str, Any], section_id: str) -> Risk:
    measures = tuple(_register_measure(m, section_id, data["id"]) for m in data.get("measures") or ())
    return Risk(
        id=data["id"],
        section_id=section_id,
        title=data["title"],
        content=data.get("content") or "",
        sources=data.get("sources") or "",
        probability=data["probability"],
        consequences=data["consequences"],
        measures=measures,
    )


def _register_measure(data: Mapping[str, Any], section_id: str, risk_id: str) -> RegisterMeasure:
    """A measure as `_measure` reads it, with the register's own columns."""
    measure = _measure(data, section_id)
    return RegisterMeasure(
        **{field.name: getattr(measure, field.name) for field in dataclasses.fields(Measure)},
        risk_id=risk_id,
        resources=data.get("resources"),
        indicators=data.get("indicators"),
    )


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def report_period(data: Mapping[str, Any]) -> Period:
    """`period: 2022-h1`, or the older `year:` + `quarter:`."""
    if "period" in data:
        return Period.parse(str(data["period"]))
    return Period.quarter(data["year"], data["quarter"])


def report_from_data(data: Mapping[str, Any]) -> Report:
    statuses = {str(mid): _status(value) for mid, value in _entries(data.get("measures"))}
    signatory = data.get("signatory")
    return Report(
        data["programme"],
        data["unit"],
        report_period(data),
        statuses=statuses,
        signatory=Signatory(signatory["position"], signatory["name"]) if signatory else None,
        date=data.get("date"),
    )


def _status(value: Any) -> Status:
    # Most statuses are text: skip the costly abstract-class check for them.
    if not isinstance(value, str) and isinstance(value, Mapping):
        return Status(
            text=value.get("text") or "",
            state=value.get("state"),
            carried_over=bool(value.get("carried_over")),
            done=value.get("done"),
        )
    return Status(text=value or "")


def status_from_data(value: Any) -> Status:
    """One measure's status from any version of a report, checked or not (history, textconv).

    A past version may hold a number or a list where text belongs; it is shown as
    written rather than refused, since history reports what was there.
    """
    if isinstance(value, str):
        return Status(text=value)  # most statuses: skip the costly abstract-class check
    if isinstance(value, Mapping):
        text, state, done = value.get("text"), value.get("state"), value.get("done")
        return _status(
            {
                **value,
                "text": _plain(text),
                "state": None if state is None else _plain(state),
                "done": None if done is None else _plain(done),
            }
        )
    return _status(_plain(value))


def _plain(value: Any) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else str(value)
