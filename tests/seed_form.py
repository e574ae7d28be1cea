"""A parser for the text dump of a filled report form (tests/data/*-form.txt).

The seed is the only official source of the programme's texts, so the tests read
it independently of the project's own code: a transcription error in the YAML
cannot then be hidden by the same error in the code that checks it.

The dump is a Word table saved as text:

* every table cell starts with a TAB at the start of a line;
* a line without a leading TAB continues the current cell (multi-line cells);
* rows are separated by blank lines, but a cell may contain blank lines too,
  so blank lines never delimit anything here: the table's shape does;
* the two header rows (column captions, then the column numbers 1-5) come first;
* a section row ("І. Заходи ...") is a single cell; a measure row has five
  cells: № / title / deadline / responsible / status.

Cells keep their text as dumped (line breaks, inner and trailing spaces); only
the blank lines that end a cell are dropped, because they cannot be told apart
from the row separator.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

COLUMNS = 5
"""№ / title / deadline / responsible / status."""

# The form numbers sections with the Cyrillic letter І (U+0406); ids use Latin I.
_SECTION_ROW = re.compile(r"^([ІIV]+)\.\s+(.*)$", re.DOTALL)
_CYRILLIC_TO_LATIN = str.maketrans({"І": "I"})


def normalise(text: str) -> str:
    """Collapse every whitespace run to one space and trim.

    What the tests compare: the form's line wrapping and stray spaces are layout,
    not content.
    """
    return " ".join(text.split())


def tidy(text: str) -> str:
    """Right-trim every line and drop leading and trailing blank lines.

    The cell as a person would copy it: inner line breaks and blank lines kept.
    """
    lines = [line.rstrip() for line in text.split("\n")]
    while lines and not lines[0]:
        lines.pop(0)
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines)


@dataclass(frozen=True)
class SeedSection:
    """A section row: "І. Заходи з реалізації ..."."""

    id: str  # Latin: "I", "II"
    printed: str  # as the form prints the number: "І", "ІІ" (Cyrillic)
    title: str  # without the "І. " prefix, as dumped
    row: str  # the whole cell, as dumped


@dataclass(frozen=True)
class SeedMeasure:
    """One measure row; the cells are as dumped, with their line breaks."""

    id: str  # "<section id>.<number>", e.g. "I.14"
    section_id: str
    number: str
    title: str
    deadline: str
    responsible: str
    status: str


@dataclass(frozen=True)
class SeedForm:
    """The parsed form: the heading above the table and the table itself."""

    heading: tuple[str, ...]  # the non-blank lines above the table, as dumped
    unit_name: str  # the unit's full name, without the underscores around it
    columns: tuple[str, ...]  # the header row's captions, as dumped
    sections: tuple[SeedSection, ...]
    measures: dict[str, SeedMeasure]  # in the form's order

    def section_measures(self, section_id: str) -> list[SeedMeasure]:
        return [m for m in self.measures.values() if m.section_id == section_id]


def _split_cells(lines: list[str]) -> list[str]:
    """The table's cells in reading order (TAB = new cell, else continuation)."""
    cells: list[list[str]] = []
    for line in lines:
        if line.startswith("\t"):
            cells.append([line[1:]])
        elif cells:
            cells[-1].append(line)
        elif line.strip():
            raise ValueError(f"text before the first cell: {line!r}")
    result = []
    for cell in cells:
        # Trailing blank lines belong to the row separator; keep the first line
        # even if it is only spaces (a "blank" cell is still a cell).
        while len(cell) > 1 and not cell[-1].strip():
            cell.pop()
        result.append("\n".join(cell))
    return result


def parse_seed(text: str) -> SeedForm:
    """Parse the dump; raise ValueError when the table does not have the expected shape."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    first_cell = next((i for i, line in enumerate(lines) if line.startswith("\t")), None)
    if first_cell is None:
        raise ValueError("no table: no line starts with a TAB")

    heading = tuple(line.strip() for line in lines[:first_cell] if line.strip())
    unit_lines = [line for line in heading if line.startswith("_") or line.endswith("_")]
    if len(unit_lines) != 1:
        raise ValueError(f"expected one underscored unit name line, got {unit_lines!r}")
    unit_name = unit_lines[0].strip("_").strip()

    cells = _split_cells(lines[first_cell:])
    header_cells = 2 * COLUMNS  # captions, then the column numbers
    if len(cells) < header_cells:
        raise ValueError("the table ends inside its header rows")
    columns = tuple(cells[:COLUMNS])
    numbers = [c.strip() for c in cells[COLUMNS:header_cells]]
    if numbers != [str(n) for n in range(1, COLUMNS + 1)]:
        raise ValueError(f"expected the column numbers row 1-{COLUMNS}, got {numbers!r}")

    sections: list[SeedSection] = []
    measures: dict[str, SeedMeasure] = {}
    i = header_cells
    while i < len(cells):
        cell = cells[i].strip()
        section_row = _SECTION_ROW.match(cell)
        if section_row:
            printed = section_row.group(1)
            sections.append(
                SeedSection(
                    id=printed.translate(_CYRILLIC_TO_LATIN),
                    printed=printed,
                    title=section_row.group(2),
                    row=cells[i],
                )
            )
            i += 1
            continue
        if not cell.isdigit():
            raise ValueError(f"cell {i}: expected a section row or a measure number, got {cell!r}")
        if not sections:
            raise ValueError(f"measure {cell} before any section row")
        if i + COLUMNS > len(cells):
            raise ValueError(f"measure {cell}: the table ends inside its row")
        _, title, deadline, responsible, status = cells[i : i + COLUMNS]
        section_id = sections[-1].id
        measure_id = f"{section_id}.{cell}"
        if measure_id in measures:
            raise ValueError(f"measure {measure_id} appears twice")
        measures[measure_id] = SeedMeasure(
            id=measure_id,
            section_id=section_id,
            number=cell,
            title=title,
            deadline=deadline,
            responsible=responsible,
            status=status,
        )
        i += COLUMNS
    return SeedForm(
        heading=heading,
        unit_name=unit_name,
        columns=columns,
        sections=tuple(sections),
        measures=measures,
    )
