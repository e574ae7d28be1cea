"""How fast render_form writes the form's table, next to a plain python-docx loop.

Run from the repository root: `PYTHONPATH=tools .venv/bin/python bench/bench_docx.py`.
Builds a synthetic programme of 37 and of 2,000 measures from the real texts
(programme.yaml and reports/jkg/2019-q3.yaml when present, else a few stand-ins),
times `render_form` (best of 3) and a loop of `cells = table.add_row().cells` with
`cell.text` / `add_paragraph` writing the same 5-column table, both saved to bytes.
"""

from __future__ import annotations

import io
import itertools
import sys
import time
from collections.abc import Callable
from pathlib import Path

import docx
from docx.enum.section import WD_ORIENT
from docx.shared import Mm

from zvit.model.build import programme_from_data, report_from_data
from zvit.model.objects import Due, Measure, Programme, Report, Section, Status, Unit
from zvit.render.form_docx import COLUMN_TITLES, COLUMN_WIDTHS, measure_cells, render_form

ROOT = Path(__file__).resolve().parent.parent
SIZES = (37, 2000)
REPEATS = 3


def load_seed() -> tuple[Programme, Report | None]:
    """The real programme and jkg's report, or a tiny stand-in when not transcribed yet."""
    programme_path = ROOT / "programme.yaml"
    report_path = ROOT / "reports" / "jkg" / "2019-q3.yaml"
    if programme_path.exists():
        from ruamel.yaml import YAML

        yaml = YAML(typ="safe")
        programme = programme_from_data(yaml.load(programme_path.read_text(encoding="utf-8")))
        report = None
        if report_path.exists():
            report = report_from_data(yaml.load(report_path.read_text(encoding="utf-8")))
        return programme, report
    unit = Unit("jkg", "Департамент житлово-комунального господарства", "Департамент ЖКГ")
    measure = Measure(
        "I.1",
        "I",
        "Запобігання та врегулювання конфлікту інтересів",
        "постійно",
        Due("continuous"),
        ("jkg",),
    )
    programme = Programme(
        "bench",
        "Програма",
        "Програми",
        2019,
        {"jkg": unit},
        {},
        (Section("I", "І", "Заходи", (measure,)),),
    )
    report = Report("bench", "jkg", 2019, 3, {"I.1": Status("Проводиться робота.\n\nВиконано.")})
    return programme, report


def synthetic(programme: Programme, report: Report | None, rows: int) -> tuple[Programme, Report]:
    """`rows` measures cycling through the real ones (texts and statuses reused)."""
    originals = list(programme.measures())
    measures: list[Measure] = []
    statuses: dict[str, Status] = {}
    for number, original in zip(range(1, rows + 1), itertools.cycle(originals)):
        measure = Measure(
            id=f"I.{number}",
            section_id="I",
            title=original.title,
            deadline=original.deadline,
            due=original.due,
            responsible=original.responsible,
            responsible_text=original.responsible_text,
        )
        measures.append(measure)
        status = report.status(original.id) if report is not None else None
        if status is not None:
            statuses[measure.id] = status
    section = programme.sections[0]
    big = Programme(
        id=programme.id,
        title=programme.title,
        title_in_form=programme.title_in_form,
        year=programme.year,
        units=programme.units,
        groups=programme.groups,
        sections=(Section(section.id, section.printed, section.title, tuple(measures)),),
    )
    unit = report.unit if report is not None else next(iter(programme.units))
    return big, Report(programme.id, unit, programme.year, 3, statuses)


def plain_loop(programme: Programme, report: Report) -> bytes:
    """The straightforward python-docx way: add_row().cells, cell.text, add_paragraph."""
    document = docx.Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(297), Mm(210)
    table = document.add_table(rows=0, cols=len(COLUMN_WIDTHS))
    table.style = "Table Grid"
    for cells, texts in (
        (table.add_row().cells, COLUMN_TITLES),
        (table.add_row().cells, [str(i) for i in range(1, 6)]),
    ):
        for cell, text in zip(cells, texts, strict=False):
            cell.text = text
    for programme_section in programme.sections:
        cells = table.add_row().cells
        cells[0].merge(cells[-1]).text = programme_section.heading
        for measure in programme_section.measures:
            cells = table.add_row().cells
            row = zip(cells, measure_cells(programme, report, measure), COLUMN_WIDTHS, strict=True)
            for cell, lines, width in row:
                cell.width = width
                cell.text = lines[0]
                for line in lines[1:]:
                    cell.add_paragraph(line)
    stream = io.BytesIO()
    document.save(stream)
    return stream.getvalue()


def best_of(repeats: int, action: Callable[[], bytes]) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> int:
    programme, report = load_seed()
    print(f"{'rows':>6} {'render_form':>12} {'add_row loop':>13} {'ratio':>7}")
    for rows in SIZES:
        big, big_report = synthetic(programme, report, rows)
        unit = big.units[big_report.unit]
        ours = best_of(REPEATS, lambda b=big, r=big_report, u=unit: render_form(b, r, u))
        loop = best_of(REPEATS, lambda b=big, r=big_report: plain_loop(b, r))
        print(f"{rows:>6} {ours:>11.3f}s {loop:>12.3f}s {ours / loop:>7.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
