"""`zvit init`: a fresh programme skeleton for another body (either kind), with its first report and schemas.

The skeleton holds no real body's data: every text is a placeholder in «<…>» to be
replaced verbatim from the body's approved programme. It validates and renders
as it stands, so a new body sees the whole cycle before filling anything in.
"""

from __future__ import annotations

import argparse
import os
import re
from datetime import date
from typing import TYPE_CHECKING

from zvit.check import schemas
from zvit.check.repository import Repository
from zvit.commands._args import current_programme
from zvit.core import times
from zvit.core.errors import ZvitError
from zvit.core.ids import PROGRAMME_ID_PATTERN
from zvit.core.messages import text
from zvit.core.writing import write_atomic
from zvit.load.source import PROGRAMME_FILE, WorkTree
from zvit.load.yamledit import render
from zvit.model.objects import ReportRef
from zvit.model.period import PERIOD_KINDS
from zvit.model.report_template import report_document

if TYPE_CHECKING:
    from zvit.cli import Context

KINDS = ("measures", "risk-register")
PROGRAMME_ID = re.compile(PROGRAMME_ID_PATTERN + r"\Z")
UNIT = "anticor"

_HEAD = """\
# yaml-language-server: $schema=schema/programme.schema.json
# Програма органу. Замініть кожен текст у «<…>» текстом затвердженої програми, дослівно;
# номери, строки й відповідальних — так, як їх визначає програма. Формат: docs/data-format.md.
id: {id}
{kind}title: <Назва програми, як її затверджено>
title_in_form: <назва програми в родовому відмінку, як її друкує форма звіту>
period:
  from: "{start}"
  to: "{end}"
reporting: {reporting}
{due_day}editions:
  - date: "{start}"
    act: <акт, яким затверджено програму — вид, дата, номер>
units:
  {unit}:
    name: <Повна назва уповноваженого підрозділу з питань запобігання та виявлення корупції>
coordinator: {unit}
sections:
"""

_MEASURES = """\
  - id: I
    printed: І
    title: <Назва розділу>
    measures:
      - id: I.1
        title: <Найменування заходу, дослівно>
        deadline: <Строк виконання заходу, як у програмі>
        due:
          kind: continuous
        responsible: [{unit}]
"""

_REGISTER = """\
  - id: "1"
    title: <Функція, процес організації>
    risks:
      - id: "1.1"
        title: <Корупційний ризик>
        content: <Зміст корупційного ризику>
        sources: <Джерело(а) корупційного ризику>
        probability: 1
        consequences: 1
        measures:
          - id: 1.1.1
            title: <Заходи мінімізації корупційного ризику, етапи їх виконання>
            deadline: <Терміни (строки) виконання заходів>
            due:
              kind: continuous
            responsible: [{unit}]
            resources: <Необхідні ресурси>
            indicators: <Індикатори виконання заходів>
"""


def register(sub: argparse._SubParsersAction, name: str, lang: str) -> None:
    parser = sub.add_parser(
        name,
        help=text("cli.help.init", lang),
        description=text("cli.about.init", lang),
    )
    parser.add_argument("--dir", help=text("cli.option.init.dir", lang))
    parser.add_argument("--kind", choices=KINDS, default="measures", help=text("cli.option.init.kind", lang))
    parser.add_argument("--id", dest="programme_id", help=text("cli.option.init.id", lang))
    parser.add_argument("--from", dest="start", help=text("cli.option.init.from", lang))
    parser.add_argument("--to", dest="end", help=text("cli.option.init.to", lang))
    parser.add_argument(
        "--reporting", choices=PERIOD_KINDS, default="quarter", help=text("cli.option.init.reporting", lang)
    )
    parser.add_argument("--due-day", type=int, help=text("cli.option.init.due-day", lang))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    root = os.path.abspath(args.dir) if args.dir else ctx.root
    if os.path.exists(os.path.join(root, PROGRAMME_FILE)):
        raise ZvitError("init.exists", path=os.path.join(root, PROGRAMME_FILE))
    start = _day(args.start, date(times.today().year, 1, 1))
    end = _day(args.end, date(start.year, 12, 31))
    if end < start:
        raise ZvitError("init.reversed-term", start=start.isoformat(), end=end.isoformat())
    if args.due_day is not None and not 1 <= args.due_day <= 31:
        raise ZvitError("init.bad-due-day", day=args.due_day)
    years = f"{start.year}" if start.year == end.year else f"{start.year}-{end.year}"
    programme_id = args.programme_id or f"programme-{years}"
    if not PROGRAMME_ID.match(programme_id):
        raise ZvitError("init.bad-id", id=programme_id)
    text = _HEAD.format(
        id=programme_id,
        kind="kind: risk-register\n" if args.kind == "risk-register" else "",
        start=start.isoformat(),
        end=end.isoformat(),
        reporting=args.reporting,
        due_day=f"due_day: {args.due_day}\n" if args.due_day is not None else "",
        unit=UNIT,
    ) + (_REGISTER if args.kind == "risk-register" else _MEASURES).format(unit=UNIT)
    write_atomic(os.path.join(root, PROGRAMME_FILE), text.encode("utf-8"))
    programme = current_programme(Repository(WorkTree(root)))
    periods = programme.periods()
    if not periods:
        raise ZvitError("init.no-period", start=start.isoformat(), end=end.isoformat())
    ref = ReportRef(UNIT, periods[0])
    data, comments = report_document(programme, ref, {})
    write_atomic(os.path.join(root, ref.path), render(data, comments).encode("utf-8"))
    for rel, content in schemas.expected_files(programme).items():
        write_atomic(os.path.join(root, rel), content.encode("utf-8"))
    ctx.say("init.done", dir=os.path.relpath(root), report=ref.path, kind=args.kind)
    if root == ctx.root:
        ctx.say("init.next-step", unit=UNIT, period=ref.period.stem)
    else:
        ctx.say("init.next-step-elsewhere", dir=os.path.relpath(root), unit=UNIT, period=ref.period.stem)
    return 0


def _day(value: str | None, default: date) -> date:
    if value is None:
        return default
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ZvitError("cli.bad-date", value=value) from None
