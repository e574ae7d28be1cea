"""Plain data (already checked against the JSON Schema) -> model objects.

The schema guarantees the shape, so this module does no checking of its own; it
is the one place that knows which YAML key becomes which attribute.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from datetime import date
from typing import Any

from zvit.model.form_layout import BUILT_IN, DEFAULT_FOR_KIND, FormColumn, FormLayout, FormSpec
from zvit.model.objects import (
    Due,
    Group,
    Measure,
    Programme,
    Report,
    Section,
    Signatory,
    Status,
    Unit,
)


def programme_from_data(data: Mapping[str, Any]) -> Programme:
    units = {
        uid: Unit(
            id=uid,
            name=u["name"],
            printed=u.get("printed") or u["name"],
            owners=tuple(u.get("owners") or ()),
        )
        for uid, u in (data.get("units") or {}).items()
    }
    groups = {
        gid: Group(id=gid, name=g["name"], members=tuple(g.get("members") or ()))
        for gid, g in (data.get("groups") or {}).items()
    }
    sections = tuple(_section(s) for s in data.get("sections") or ())
    return Programme(
        id=data["id"],
        title=data["title"],
        title_in_form=data.get("title_in_form") or data["title"],
        year=data["year"],
        units=units,
        groups=groups,
        sections=sections,
        coordinator=data.get("coordinator"),
        form=form_from_data(data.get("form"), data.get("kind") or "measures"),
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


def _section(data: Mapping[str, Any]) -> Section:
    measures = tuple(_measure(m, data["id"]) for m in data.get("measures") or ())
    return Section(
        id=data["id"],
        printed=data.get("printed") or data["id"],
        title=data["title"],
        measures=measures,
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
    )


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def report_from_data(data: Mapping[str, Any]) -> Report:
    statuses = {str(mid): _status(value) for mid, value in (data.get("measures") or {}).items()}
    signatory = data.get("signatory")
    return Report(
        programme=data["programme"],
        unit=data["unit"],
        year=data["year"],
        quarter=data["quarter"],
        statuses=statuses,
        signatory=Signatory(signatory["position"], signatory["name"]) if signatory else None,
        date=data.get("date"),
    )


def _status(value: Any) -> Status:
    # Most statuses are text: skip the costly abstract-class check for them.
    if not isinstance(value, str) and isinstance(value, Mapping):
        return Status(
            text=value.get("text") or "", state=value.get("state"), carried_over=bool(value.get("carried_over"))
        )
    return Status(text=value or "")


def status_from_data(value: Any) -> Status:
    """One measure's status from any version of a report, checked or not (history, textconv).

    A past version may hold a number or a list where text belongs; it is shown as
    written rather than refused, since history reports what was there.
    """
    if isinstance(value, Mapping):
        text, state = value.get("text"), value.get("state")
        return _status({**value, "text": _plain(text), "state": None if state is None else _plain(state)})
    return _status(_plain(value))


def _plain(value: Any) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else str(value)
