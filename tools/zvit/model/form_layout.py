"""The form's layout as data: which columns, how wide, filled from which field.

A programme declares its own (`form: {columns: …}`) or names a built-in one; the
built-ins reproduce the forms in use: `seed-2019` (the 2019 quarterly form of the
seed, default for a list of measures), `risk-table-2016` (the anti-corruption
programme's risk table of the 2016 methodology) and `risk-register` (the register
of NAZK's 2021 methodology, with its two-level header). The renderer and the
importer both read a form through its layout, so what one writes the other reads.
"""

from __future__ import annotations

from dataclasses import dataclass

# What can fill a column. A list of measures has: number, title, deadline,
# responsible, status (the report's text) and state. A risk register's row is
# one measure of one risk: function (the section), risk, content, sources,
# probability, consequences, level, title (the measure), deadline, responsible,
# resources, indicators, done (the actual date), state and status.
MEASURE_FIELDS = ("number", "title", "deadline", "responsible", "status", "state")
RISK_FIELDS = ("function", "risk", "content", "sources", "probability", "consequences", "level")
REGISTER_FIELDS = (
    *RISK_FIELDS,
    "title",
    "deadline",
    "responsible",
    "resources",
    "indicators",
    "done",
    "state",
    "status",
)
FIELDS = tuple(dict.fromkeys((*MEASURE_FIELDS, *REGISTER_FIELDS)))
# The fields a report fills; the others come from the programme.
REPORT_FIELDS = ("status", "state", "done")
# Centred: numbers, scores, dates and states.
CENTRED_FIELDS = frozenset({"number", "deadline", "probability", "consequences", "level", "done", "state"})


@dataclass(frozen=True)
class FormColumn:
    title: str
    field: str
    # A share of the table's width; None: chosen from the content.
    width: float | None = None
    # The caption over this and the adjacent columns naming the same group (a two-level header).
    group: str | None = None

    @property
    def centred(self) -> bool:
        return self.field in CENTRED_FIELDS


@dataclass(frozen=True)
class FormLayout:
    name: str
    columns: tuple[FormColumn, ...]
    # The row of column numbers (1, 2, 3 …) under the captions.
    numbers: bool = True

    @property
    def fields(self) -> tuple[str, ...]:
        return tuple(c.field for c in self.columns)

    @property
    def two_level(self) -> bool:
        return any(c.group for c in self.columns)

    def column(self, field: str) -> int | None:
        """The index of the first column `field` fills, or None."""
        return next((i for i, c in enumerate(self.columns) if c.field == field), None)

    def header_rows(self) -> list[list[HeaderCell]]:
        """The caption rows: one, or two when a column belongs to a group.

        The group's caption spans its columns in the first row and their captions
        sit under it; a column outside any group is one cell merged down both rows.
        """
        if not self.two_level:
            return [[HeaderCell(c.title) for c in self.columns]]
        top: list[HeaderCell] = []
        bottom: list[HeaderCell] = []
        index = 0
        while index < len(self.columns):
            column = self.columns[index]
            if column.group is None:
                top.append(HeaderCell(column.title, merge="restart"))
                bottom.append(HeaderCell("", merge="continue"))
                index += 1
                continue
            span = 1
            while index + span < len(self.columns) and self.columns[index + span].group == column.group:
                span += 1
            top.append(HeaderCell(column.group, span=span))
            bottom.extend(HeaderCell(c.title) for c in self.columns[index : index + span])
            index += span
        return [top, bottom]


@dataclass(frozen=True)
class HeaderCell:
    text: str
    # Grid columns the cell covers.
    span: int = 1
    # "restart": merged with the cell below it; "continue": the lower part of such a cell.
    merge: str | None = None


SEED_2019 = FormLayout(
    "seed-2019",
    (
        FormColumn("№", "number"),
        FormColumn("Найменування заходу, зазначеного у антикорупційній програмі", "title"),
        FormColumn("Строк виконання заходу", "deadline"),
        FormColumn("Відповідальні за виконання", "responsible"),
        FormColumn("Стан виконання", "status"),
    ),
)

RISK_TABLE_2016 = FormLayout(
    "risk-table-2016",
    (
        FormColumn("№", "number"),
        FormColumn("Корупційний ризик", "risk"),
        FormColumn("Пріоритетність", "level"),
        FormColumn("Заходи щодо усунення", "title"),
        FormColumn("Відповідальні", "responsible"),
        FormColumn("Строк", "deadline"),
        FormColumn("Ресурси", "resources"),
        FormColumn("Очікувані результати", "indicators"),
    ),
)

_ANALYSIS = "Аналіз корупційного ризику. Рівень корупційного ризику"
_MONITORING = "Моніторинг виконання заходів"
RISK_REGISTER = FormLayout(
    "risk-register",
    (
        FormColumn("Функція, процес", "function"),
        FormColumn("Корупційний ризик", "risk"),
        FormColumn("Зміст корупційного ризику", "content"),
        FormColumn("Джерело(а) корупційного ризику", "sources"),
        FormColumn("Імовірність (бал «х»)", "probability", group=_ANALYSIS),
        FormColumn("Наслідки (бал «у»)", "consequences", group=_ANALYSIS),
        FormColumn("Рівень (х × у)", "level", group=_ANALYSIS),
        FormColumn("Заходи мінімізації, етапи їх виконання", "title"),
        FormColumn("Терміни", "deadline"),
        FormColumn("Відповідальні виконавці", "responsible"),
        FormColumn("Необхідні ресурси", "resources"),
        FormColumn("Індикатори виконання", "indicators"),
        FormColumn("Фактичний термін", "done", group=_MONITORING),
        FormColumn("Стан виконання", "state", group=_MONITORING),
        FormColumn("Опис результатів або причини невиконання", "status", group=_MONITORING),
    ),
)

BUILT_IN = {layout.name: layout for layout in (SEED_2019, RISK_TABLE_2016, RISK_REGISTER)}
DEFAULT_FOR_KIND = {"measures": "seed-2019", "risk-register": "risk-register"}

BODY_KINDS = (
    "oblast-administration",
    "military-administration",
    "oblast-council",
    "city-council",
    "village-council",
    "ministry",
    "enterprise",
)
GENDERS = ("feminine", "masculine", "neuter")


@dataclass(frozen=True)
class FormSpec:
    """The programme's form: its layout and the words of its heading.

    `body` names the kind of body whose units report (it words the caption under
    the unit's name), `caption` replaces that caption word for word, and `gender`
    is the grammatical gender of the document the title names (a «План
    доброчесності» is masculine), which the title sentence agrees with.
    """

    layout: FormLayout = SEED_2019
    body: str = "oblast-administration"
    caption: str | None = None
    gender: str = "feminine"
