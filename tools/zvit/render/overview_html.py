"""The quarter's overview as one self-contained HTML page: a units × measures grid.

No external assets (inline CSS, no scripts, no fonts to fetch), so the page can be
mailed or opened offline; it prints on A4 landscape with its colours. Every text
from the data goes through `html.escape`; the full status shows on hover (`title`)
and each state also has a glyph, so the grid reads in grey print too.
"""

from __future__ import annotations

from html import escape

from zvit.check.overview import CELL_KINDS, OVERDUE_KINDS, Cell, Overview, UnitRow
from zvit.core.messages import text
from zvit.core.text import one_line, shorten
from zvit.model.objects import Measure
from zvit.render.overview_text import counts as standing_counts
from zvit.render.overview_text import overview_title, programme_line, submission_word

GLYPHS = {
    "filled": "✓",
    "carried-over": "↻",
    "placeholder": "…",
    "empty": "○",
    "not-responsible": "",
    "no-report": "–",
    "invalid": "×",
    "overdue": "!",
    "overdue-unconfirmed": "?",
}

# Characters of a measure's title repeated in each cell's hover.
HOVER_TITLE = 120

CSS = """
@page { size: A4 landscape; margin: 10mm; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { font-family: "Times New Roman", Times, serif; margin: 1.5em; color: #111; overflow-wrap: anywhere; }
h1 { font-size: 1.4em; margin: 0 0 .3em; }
h2 { font-size: 1.15em; margin: 1.2em 0 .4em; }
p { margin: .2em 0; }
div.grid-box { overflow-x: auto; max-width: 100%; }
table.grid { border-collapse: separate; border-spacing: 0; table-layout: fixed; width: max-content;
  border-top: 1px solid #777; border-left: 1px solid #777; }
table.grid th, table.grid td { border: solid #777; border-width: 0 1px 1px 0; padding: 0; }
table.grid thead th { background: #f3f3f3; font-weight: normal; font-size: .8em; }
table.grid th.section { font-weight: bold; }
table.grid th.unit { width: 17em; text-align: left; padding: 2px 4px; font-weight: normal;
  font-size: .85em; position: sticky; left: 0; z-index: 1; background: #fff; overflow-wrap: normal; }
table.grid thead th.unit { background: #f3f3f3; z-index: 2; }
table.grid th.unit b { display: block; }
table.grid th.measure { width: 1.9em; height: 2.2em; }
table.grid td.sum { width: 4.5em; text-align: center; font-size: .85em; padding: 0 3px; }
td.cell { text-align: center; vertical-align: middle; font-size: .95em; height: 1.9em; }
.filled { background: #9fd89f; }
.carried-over { background: #b7c6f2; }
.placeholder { background: #ffd98a; }
.empty { background: #f5b5b5; }
.not-responsible { background: #ffffff; color: #999; }
.no-report { background: #d3d3d3; }
.invalid { background: #e39a6a; }
td.overdue, span.swatch.overdue { outline: 2px solid #a00000; outline-offset: -3px;
  font-weight: bold; color: #700000; }
td.overdue-unconfirmed, span.swatch.overdue-unconfirmed { outline: 2px dashed #a00000;
  outline-offset: -3px; color: #700000; }
ul.overdue span.overdue, ul.overdue span.overdue-unconfirmed { color: #a00000; font-weight: bold; }
p.missing { font-size: .9em; }
tr.invalid-report th.unit, tr.missing-report th.unit { color: #555; }
ul.legend { list-style: none; padding: 0; margin: .6em 0; columns: 2; max-width: 60em; }
ul.legend li { margin: 2px 0; font-size: .9em; break-inside: avoid; }
ul.legend span.swatch { display: inline-block; width: 1.6em; height: 1.3em; text-align: center;
  border: 1px solid #777; margin-right: .5em; vertical-align: middle; }
ul.overdue li, dl.measures { font-size: .9em; }
dl.measures dt { font-weight: bold; float: left; width: 3.5em; }
dl.measures dd { margin: 0 0 .3em 3.8em; }
* { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
@media (max-width: 40em) {
  body { margin: .6em; }
  h1 { font-size: 1.2em; }
  ul.legend { columns: 1; }
  table.grid th.unit { width: 8.5em; font-size: .75em; }
}
@media print {
  body { margin: 0; font-size: 9pt; }
  div.grid-box { overflow: visible; }
  table.grid th.unit { position: static; }
  table.grid thead { display: table-header-group; }
  table.grid tr { break-inside: avoid; }
}
"""


def render_html(overview: Overview, lang: str = "uk") -> str:
    title = overview_title(overview, lang)
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{escape(lang)}">',
        '<head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(title)}</title>",
        f"<style>{CSS}</style></head>",
        "<body>",
        f"<h1>{escape(title)}</h1>",
        # Who reported and who is late come first: on a phone the grid is a box to scroll.
        *_intro(overview, lang),
        *_overdue(overview, lang),
        _legend(lang),
        _grid(overview, lang),
        *_measures(overview, lang),
        "</body>",
        "</html>",
    ]
    return "\n".join(parts) + "\n"


def _intro(overview: Overview, lang: str) -> list[str]:
    programme = programme_line(overview, lang)
    counts = text("overview.counts", lang, {"units": len(overview.rows), **standing_counts(overview)})
    lines = [
        f'<p class="programme">{escape(overview.programme.title)} ({escape(programme)})</p>',
        f'<p class="counts"><b>{escape(counts)}</b></p>',
    ]
    reported = [row for kind in ("present", "submitted", "changed") for row in overview.with_submission(kind)]
    if reported:
        names = ", ".join(r.unit.printed for r in reported)
        lines.append('<p class="submitted">' + escape(text("overview.reported-list", lang, {"units": names})) + "</p>")
    missing = overview.with_submission("missing")
    if missing:
        names = ", ".join(r.unit.printed for r in missing)
        lines.append('<p class="missing">' + escape(text("overview.missing-list", lang, {"units": names})) + "</p>")
    return lines


def _legend(lang: str) -> str:
    items = []
    for kind in (*CELL_KINDS, *OVERDUE_KINDS):
        label = escape(text(f"overview.legend.{kind}", lang))
        items.append(f'<li><span class="swatch {kind}">{GLYPHS[kind]}</span>{label}</li>')
    heading = escape(text("overview.legend", lang))
    return f'<h2>{heading}</h2>\n<ul class="legend">\n' + "\n".join(items) + "\n</ul>"


def _grid(overview: Overview, lang: str) -> str:
    sections = []
    numbers = []
    for section in overview.programme.sections:
        sections.append(
            f'<th class="section" colspan="{len(section.measures)}" '
            f'title="{escape(section.heading)}">{escape(section.printed)}</th>'
        )
        numbers += [
            f'<th class="measure" title="{escape(_measure_hover(m))}">{escape(m.number)}</th>' for m in section.measures
        ]
    unit = escape(text("overview.column.unit", lang))
    filled = escape(text("overview.column.filled", lang))
    head = [
        '<div class="grid-box">',
        '<table class="grid">',
        "<thead>",
        f'<tr><th class="unit" rowspan="2">{unit}</th>{"".join(sections)}'
        f'<th class="sum" rowspan="2">{filled}</th></tr>',
        f"<tr>{''.join(numbers)}</tr>",
        "</thead>",
        "<tbody>",
    ]
    body = [_row(row, lang) for row in overview.rows]
    return "\n".join(head + body + ["</tbody>", "</table>", "</div>"])


def _row(row: UnitRow, lang: str) -> str:
    submission = submission_word(row, lang)
    name = (
        f'<th class="unit" title="{escape(row.unit.name)}"><b>{escape(row.unit.id)}</b>{escape(row.unit.printed)}</th>'
    )
    cells = "".join(_cell(row, cell, lang) for cell in row.cells)
    if row.readable:
        total = text("overview.of", lang, {"count": row.filled, "total": len(row.responsible_cells)})
    else:
        total = submission
    return (
        f'<tr class="{row.submission}-report" data-unit="{escape(row.unit.id)}">{name}'
        f'{cells}<td class="sum">{escape(total)}</td></tr>'
    )


def _cell(row: UnitRow, cell: Cell, lang: str) -> str:
    classes = ["cell", cell.kind] + ([cell.overdue] if cell.overdue else [])
    glyph = GLYPHS[cell.kind] + (GLYPHS[cell.overdue] if cell.overdue else "")
    return (
        f'<td class="{" ".join(classes)}" data-measure="{escape(cell.measure.id)}" '
        f'title="{escape(cell_hover(row, cell, lang))}">{glyph}</td>'
    )


def cell_hover(row: UnitRow, cell: Cell, lang: str) -> str:
    """What a cell says on hover: who, which measure, its standing, the status text."""
    lines = [
        f"{row.unit.printed}",
        f"{cell.measure.id}. {_fit(one_line(cell.measure.title))}",
        text(f"overview.legend.{cell.kind}", lang),
    ]
    if row.submission == "invalid":
        lines[-1] = text("overview.submission.invalid", lang, {"errors": row.errors})
    status = cell.status
    if status is not None and status.state:
        lines.append(text("overview.state", lang, {"state": status.state}))
    if cell.overdue:
        lines.append(text(f"overview.legend.{cell.overdue}", lang) + " — " + one_line(cell.measure.deadline))
    if status is not None and status.text.strip():
        lines += ["", status.text]
    return "\n".join(lines)


def _measure_hover(measure: Measure) -> str:
    return f"{measure.id}. {one_line(measure.title)}\n{one_line(measure.deadline)}"


def _overdue(overview: Overview, lang: str) -> list[str]:
    end = overview.end.strftime("%d.%m.%Y")
    owed = overview.overdue()
    if not owed:
        return [f"<h2>{escape(text('overview.overdue-none', lang, {'end': end}))}</h2>"]
    lines = [f"<h2>{escape(text('overview.overdue-heading', lang, {'end': end}))}</h2>", '<ul class="overdue">']
    for measure, owing in owed:
        assert measure.due.date is not None
        due = text("overview.due", lang, {"date": measure.due.date.strftime("%d.%m.%Y")})
        groups = []
        for kind in OVERDUE_KINDS:
            units = [row.unit.id for row, cell in owing if cell.overdue == kind]
            if units:
                groups.append(
                    f'<span class="{kind}">{escape(text(f"overview.short.{kind}", lang))}'
                    f"</span>: {escape(', '.join(units))}"
                )
        lines.append(
            f"<li><b>{escape(measure.id)}</b> ({escape(due)}) "
            f"{escape(one_line(measure.title))}<br>{'; '.join(groups)}</li>"
        )
    return lines + ["</ul>"]


def _measures(overview: Overview, lang: str) -> list[str]:
    """The measure titles in full, for paper, where hovering is not possible."""
    lines = [f"<h2>{escape(text('overview.measures', lang))}</h2>", '<dl class="measures">']
    for measure in overview.measures:
        lines.append(
            f"<dt>{escape(measure.id)}</dt><dd>{escape(one_line(measure.title))} "
            f"<i>({escape(one_line(measure.deadline))})</i></dd>"
        )
    return lines + ["</dl>"]


def _fit(value: str, width: int = HOVER_TITLE) -> str:
    """A measure title shortened for a cell's hover; the column heading has it in full."""
    return shorten(value, width)
