"""A filled-in form (Word) back into statuses: docx bytes -> rows -> matched statuses + problems.

Years of reports exist only as Word files typed by people, so the reader expects
what Word does: the table split into several tables, the header and the 1..5
numbering rows repeated or missing, section rows merged across the table or
not, empty rows, numbers typed or produced by Word's automatic numbering, cells
with several paragraphs and soft line breaks.

A row is matched to a measure by its section and number and then checked against
the measure's title; a row whose title does not match well enough is reported,
never guessed.  Nothing is dropped silently: every row or cell that is not
imported becomes a `Problem` with its table and row.  Objects in, objects out:
no files, no YAML (the command writes the report).
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache

from docx import Document
from docx.oxml.ns import qn
from docx.table import Table, _Row
from docx.text.paragraph import Paragraph

from zvit.core.errors import ZvitError
from zvit.core.text import one_line, shorten
from zvit.load import ooxml_reading, zip_bounds
from zvit.model.form_layout import FormLayout
from zvit.model.objects import STATES, Measure, Programme, Section
from zvit.model.period import Period

# How many measure titles (the most alike word by word) a row's title is compared with letter by letter.
COMPARED_TITLES = 2
# How alike a row's title must be to the measure's (difflib ratio of normalised texts).
# Retyped titles with a typo or two score above 0.9; different measures below 0.6.
TITLE_SIMILARITY = 0.8
_SHOWN_CHARS = 70
SOFT_HYPHEN = "\u00ad"
# Tracked changes Word has not yet accepted or rejected.
_REVISION_TAGS = ("w:ins", "w:del", "w:moveFrom", "w:moveTo")

_ROMAN = str.maketrans({"І": "I", "Х": "X", "Ⅰ": "I", "Ⅴ": "V", "Ⅹ": "X"})
_SECTION_ROW = re.compile(r"([IVXІХ]+)\s*\.?\s+(\S.*)", re.DOTALL)
_NUMBER = re.compile(r"(?:([IVXІХ]+)\s*\.\s*)?([0-9]+)\s*\.?")
_HEADING_PERIOD = re.compile(r"за\s+([IVXІХ]+|[1-4])\s+квартал\w*\s+([0-9]{4})", re.IGNORECASE)
_HEADING_HALF = re.compile(r"за\s+([IVXІХ]+|[12])\s+півріч\w*\s+([0-9]{4})", re.IGNORECASE)
_HEADING_YEAR = re.compile(r"за\s+([0-9]{4})\s+р(?:ік|\.)", re.IGNORECASE)
_DATE = re.compile(r"([0-3][0-9])\.([01][0-9])\.([0-9]{4})(?:\s*р(?:оку|\.)?)?")
_SIGN_LINE = re.compile(r"_{3,}")
_QUOTES = str.maketrans(
    {
        "’": "'",
        "ʼ": "'",
        "`": "'",
        "«": '"',
        "»": '"',
        "“": '"',
        "”": '"',
        "„": '"',
        "–": "-",
        "—": "-",
        "‑": "-",
        "\u00a0": " ",
        "\u00ad": None,
    }
)
_ROMAN_QUARTERS = {"I": 1, "II": 2, "III": 3, "IV": 4}


@dataclass(frozen=True)
class Cell:
    column: int  # first grid column, from 1
    lines: tuple[str, ...]  # one per paragraph; a soft line break also starts a line
    merged_from_above: bool = False

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


@dataclass(frozen=True)
class Row:
    table: int  # from 1, counting the document's tables
    row: int  # from 1 within its table
    cells: tuple[Cell, ...]

    def at(self, column: int) -> Cell | None:
        """The cell that starts at grid column `column` (from 1)."""
        return next((c for c in self.cells if c.column == column), None)

    def filled(self) -> list[Cell]:
        return [c for c in self.cells if normalise(c.text)]


@dataclass(frozen=True)
class Form:
    """What the document holds: the tables' rows and the paragraphs around them."""

    rows: tuple[Row, ...]
    before: tuple[str, ...]  # paragraphs above the first table (the heading)
    after: tuple[str, ...]  # paragraphs below the table (signature, date)
    signature: tuple[str, str] | None = None  # (position, name) from a signature table
    revisions: int = 0  # tracked changes not yet accepted or rejected


@dataclass(frozen=True)
class Problem:
    """Something in the form that was not imported; `code` is a message in messages.py.

    A notice (text outside the table, a measure without a row) is listed but does
    not stop the import; any other problem means a status may be missing.
    """

    code: str
    table: int = 0
    row: int = 0
    args: Mapping[str, object] = field(default_factory=dict)
    notice: bool = False


@dataclass
class Imported:
    statuses: dict[str, str] = field(default_factory=dict)  # measure id -> text, in programme order
    states: dict[str, str] = field(default_factory=dict)  # measure id -> state, where the layout prints one
    done: dict[str, str] = field(default_factory=dict)  # measure id -> the actual date (a register's), ISO
    signatory: tuple[str, str] | None = None
    date: str | None = None
    problems: list[Problem] = field(default_factory=list)
    # Where each imported status came from: (table, row).
    sources: dict[str, tuple[int, int]] = field(default_factory=dict)


def normalise(text: str) -> str:
    """For comparing titles: one kind of quote, dash and apostrophe, spaces squeezed, case folded."""
    return " ".join(text.translate(_QUOTES).split()).casefold().strip(" .;,")


def similarity(a: str, b: str) -> float:
    return SequenceMatcher(None, normalise(a), normalise(b), autojunk=False).ratio()


def shown(text: str) -> str:
    """A cell's text for a message: one line, shortened."""
    return shorten(one_line(text), _SHOWN_CHARS, at_word=True, trim=" ,;:")


# Reading the document -------------------------------------------------------


def read_form(content: bytes) -> Form:
    """The rows of every table and the paragraphs outside them; ZvitError if not a .docx."""
    if not zipfile.is_zipfile(io.BytesIO(content)):
        raise ZvitError("import.not-docx")
    try:
        document = Document(io.BytesIO(zip_bounds.bounded(content)))
    except zip_bounds.TooLarge:
        raise ZvitError("import.too-large-unpacked", limit_mb=zip_bounds.MAX_UNPACKED_BYTES // (1024 * 1024)) from None
    except Exception as exc:  # noqa: BLE001 - python-docx raises many kinds on a broken package
        raise ZvitError("import.broken-docx", detail=f"{type(exc).__name__}: {exc}") from exc
    rows: list[Row] = []
    before: list[str] = []
    after: list[str] = []
    signature = None
    tables = 0
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            (after if tables else before).append(ooxml_reading.paragraph_text(block))
            continue
        tables += 1
        table_rows = list(_table_rows(block, tables))
        last = _signature_row(block.rows[-1], after) if tables == 1 and table_rows else None
        if last is not None:
            signature = last
            table_rows.pop()
        found = _signature(table_rows)
        if found is not None and rows:
            signature = found
        else:
            rows.extend(table_rows)
    body = document.element.body
    revisions = sum(len(body.findall(f".//{qn(tag)}")) for tag in _REVISION_TAGS)
    return Form(tuple(rows), tuple(before), tuple(after), signature, revisions)


def _table_rows(table: Table, number: int) -> Iterable[Row]:
    # Never table.cell(r, c): python-docx rebuilds the whole grid for every call.
    for index, row in enumerate(table.rows, start=1):
        cells = []
        for column, cell, from_above in ooxml_reading.row_cells(row):
            # A soft hyphen marks where a word may break when printed: never part of the text.
            lines = (
                "\n".join(ooxml_reading.paragraph_text(p) for p in cell.paragraphs).replace(SOFT_HYPHEN, "").split("\n")
            )
            cells.append(Cell(column + 1, tuple(lines), from_above))
        yield Row(number, index, tuple(cells))


def _signature_row(row: _Row, after: list[str]) -> tuple[str, str] | None:
    """The form's last row as zvit writes it: one cell holding the signature table, the date under it.

    Its paragraphs go to `after`, as if they stood below the table.
    """
    if len(row._tr.findall(qn("w:tc"))) != 1:
        return None
    cell = row.cells[0]
    if len(cell.tables) != 1:
        return None
    found = _signature(list(_table_rows(cell.tables[0], 0)))
    if found is not None:
        after.extend(ooxml_reading.paragraph_text(p) for p in cell.paragraphs)
    return found


def _signature(rows: list[Row]) -> tuple[str, str] | None:
    """A one-row table "position | ______ | name" under the form is the signature."""
    if len(rows) != 1 or len(rows[0].cells) != 3:
        return None
    position, line, name = (c.text.strip("\n") for c in rows[0].cells)
    if not _SIGN_LINE.fullmatch(line.strip()) or not position.strip() or not name.strip():
        return None
    return position, name


# Matching rows to the programme -------------------------------------------


@dataclass(frozen=True)
class Columns:
    """Where the layout puts what import reads (grid columns from 1; 0: the layout has none)."""

    count: int
    number: int
    title: int
    status: int
    state: int
    done: int
    captions: frozenset[str]

    @classmethod
    def of(cls, layout: FormLayout) -> Columns:
        def place(field_name: str) -> int:
            index = layout.column(field_name)
            return 0 if index is None else index + 1

        captions = {normalise(c.title) for c in layout.columns} | {
            normalise(c.group) for c in layout.columns if c.group
        }
        return cls(
            len(layout.columns),
            place("number"),
            place("title"),
            place("status"),
            place("state"),
            place("done"),
            frozenset(captions),
        )


def match_form(form: Form, programme: Programme) -> Imported:
    result = Imported()
    found: dict[str, str] = {}
    section: Section | None = None
    columns = Columns.of(programme.form.layout)
    headings = {normalise(s.heading): s for s in programme.sections}
    for row in form.rows:
        kind = _kind(row, columns)
        if kind == "skip":
            continue
        joined = normalise(" ".join(c.text.strip() for c in row.filled()))
        if len(row.filled()) <= 2 and joined in headings:
            section = headings[joined]  # "2. Заходи …": an Arabic or dotted section, by its printed heading
            continue
        if kind == "section":
            section = _section(row, programme, result)
            continue
        _measure_row(row, section, programme, found, result, columns)
    order = {m.id: i for i, m in enumerate(programme.measures())}
    result.statuses = dict(sorted(found.items(), key=lambda item: order[item[0]]))
    _signature_and_date(form, result)
    return result


def _kind(row: Row, columns: Columns) -> str:
    filled = row.filled()
    if not filled:
        return "skip"
    texts = [normalise(c.text) for c in filled]
    if texts[0].startswith("№") and any("стан виконання" in t or "найменування" in t for t in texts):
        return "skip"  # the header row, repeated on each page or table
    if len(texts) >= 2 and all(t in columns.captions for t in texts):
        return "skip"  # the layout's own caption rows
    if len(texts) >= 3 and texts == [str(i) for i in range(1, len(texts) + 1)]:
        return "skip"  # the 1..5 numbering row
    # "І. Заходи ..." in one merged cell, or "І." and the title in two.
    if (
        len(filled) <= 2
        and _SECTION_ROW.fullmatch(" ".join(c.text.strip() for c in filled))
        and not _NUMBER.fullmatch(filled[0].text.strip())
    ):
        return "section"
    return "measure"


def _section(row: Row, programme: Programme, result: Imported) -> Section | None:
    text = " ".join(c.text.strip() for c in row.filled())
    match = _SECTION_ROW.fullmatch(text)
    assert match is not None
    numeral, title = match.group(1).translate(_ROMAN), match.group(2)
    section = next((s for s in programme.sections if s.id == numeral), None)
    if section is None:
        result.problems.append(Problem("import.unknown-section", row.table, row.row, {"text": shown(text)}))
        return None
    if _title_differs(
        title, section.title, result, "import.section-title-mismatch", (row.table, row.row), section=section.id
    ):
        return None
    return section


def _measure_row(
    row: Row, section: Section | None, programme: Programme, found: dict[str, str], result: Imported, columns: Columns
) -> None:
    where = (row.table, row.row)
    number_cell = row.at(columns.number) if columns.number else None
    title_cell = row.at(columns.title) if columns.title else None
    status_cell = row.at(columns.status) if columns.status else None
    number_text = number_cell.text.strip() if number_cell else ""
    title = title_cell.text if title_cell else ""
    for cell in row.cells:
        if cell.column > columns.count and normalise(cell.text):
            result.problems.append(
                Problem("import.extra-cell", *where, {"column": cell.column, "text": shown(cell.text)})
            )
    measure = _which_measure(row, number_text, title, section, programme, result)
    if measure is None:
        return
    if not columns.status:
        return
    if status_cell is None:
        result.problems.append(Problem("import.no-status-cell", *where, {"id": measure.id}))
        return
    if status_cell.merged_from_above:
        if normalise(status_cell.text):
            result.problems.append(Problem("import.merged-status", *where, {"id": measure.id}))
        return
    text = _status_text(status_cell.lines)
    if measure.id in found:
        if found[measure.id] != text:
            first = result.sources[measure.id]
            result.problems.append(
                Problem("import.duplicate", *where, {"id": measure.id, "first_table": first[0], "first_row": first[1]})
            )
        return
    found[measure.id] = text
    result.sources[measure.id] = where
    _state(row, measure, columns, result)
    _done(row, measure, columns, result)


def _done(row: Row, measure: Measure, columns: Columns, result: Imported) -> None:
    """The actual date, where the layout has a column for it: "30.11.2023" as "2023-11-30"."""
    cell = row.at(columns.done) if columns.done else None
    written = cell.text.strip() if cell is not None and not cell.merged_from_above else ""
    if not written:
        return
    date = _DATE.fullmatch(written)
    iso = f"{date.group(3)}-{date.group(2)}-{date.group(1)}" if date else ""
    if not _is_day(iso):
        result.problems.append(
            Problem("import.bad-done-date", row.table, row.row, {"id": measure.id, "text": shown(written)})
        )
        return
    result.done[measure.id] = iso


def _is_day(iso: str) -> bool:
    """Whether "2023-11-30" is a day of the calendar (not "2023-02-31")."""
    try:
        dt.date.fromisoformat(iso)
    except ValueError:
        return False
    return True


def _state(row: Row, measure: Measure, columns: Columns, result: Imported) -> None:
    """The state column's word, where the layout has one: one of the states, or a problem."""
    cell = row.at(columns.state) if columns.state else None
    state = " ".join(cell.text.split()) if cell is not None and not cell.merged_from_above else ""
    if not state:
        return
    known = {s.casefold(): s for s in STATES}
    if state.casefold() not in known:
        result.problems.append(
            Problem(
                "import.unknown-state",
                row.table,
                row.row,
                {"id": measure.id, "state": shown(state), "states": ", ".join(STATES)},
            )
        )
        return
    result.states[measure.id] = known[state.casefold()]


def _which_measure(
    row: Row, number_text: str, title: str, section: Section | None, programme: Programme, result: Imported
) -> Measure | None:
    where = (row.table, row.row)
    if not number_text:
        # Word's automatic numbering leaves the cell empty: the title alone must match.
        candidates = section.measures if section else tuple(programme.measures())
        best, score, runner_up = _nearest(title, candidates)
        if best is not None and score >= TITLE_SIMILARITY and score - runner_up >= 0.05:
            return best
        result.problems.append(_unmatched(row, title, programme))
        return None
    number = _NUMBER.fullmatch(number_text)
    if number is None:
        return _by_printed_number(row, number_text, title, section, programme, result)
    if number.group(1):
        section_id = number.group(1).translate(_ROMAN)
    elif section is not None:
        section_id = section.id
    else:
        result.problems.append(Problem("import.no-section", *where, {"number": number.group(2), "text": shown(title)}))
        return None
    measure_id = f"{section_id}.{int(number.group(2))}"
    measure = programme.measure(measure_id)
    if measure is None:
        result.problems.append(
            Problem(
                "import.unknown-number", *where, {"id": measure_id, "text": shown(title), **_hint(title, programme)}
            )
        )
        return None
    if _title_differs(
        title, measure.title, result, "import.title-mismatch", where, id=measure.id, **_hint(title, programme)
    ):
        return None
    return measure


def _title_differs(title: str, expected: str, result: Imported, code: str, where: tuple[int, int], **said: str) -> bool:
    """Whether a row's title is too unlike the programme's to be that row; the problem is noted then."""
    score = similarity(title, expected)
    if score >= TITLE_SIMILARITY:
        return False
    args = {**said, "expected": shown(expected), "found": shown(title), "similarity": f"{score:.2f}"}
    result.problems.append(Problem(code, *where, args))
    return True


def _by_printed_number(
    row: Row, number_text: str, title: str, section: Section | None, programme: Programme, result: Imported
) -> Measure | None:
    """A № cell such as "2.1.1" or "1)": the measure that prints it, when exactly one does and its title agrees."""
    candidates = section.measures if section else tuple(programme.measures())
    printed = number_text.rstrip(".").strip()
    matching = [m for m in candidates if m.number == printed]
    if len(matching) == 1 and similarity(title, matching[0].title) >= TITLE_SIMILARITY:
        return matching[0]
    result.problems.append(_unmatched(row, title, programme))
    return None


def _unmatched(row: Row, title: str, programme: Programme) -> Problem:
    text = " | ".join(shown(c.text) for c in row.filled())
    return Problem("import.row-unmatched", row.table, row.row, {"text": text, **_hint(title, programme)})


def _nearest(title: str, measures: Iterable[Measure]) -> tuple[Measure | None, float, float]:
    """The measure whose title is most like `title`, its score, and the runner-up's score.

    difflib's ratio costs a millisecond or more a pair; a form full of rows that
    match nothing would cost that for every measure on every row.  So only the
    two titles most like it word by word (a hundredth of the cost) are compared
    letter by letter.
    """
    target = normalise(title)
    words = SequenceMatcher(None, autojunk=False)
    words.set_seq1(target.split())

    def word_ratio(measure: Measure) -> float:
        words.set_seq2(_title_words(measure.title))
        return words.ratio()

    by_words = sorted(measures, key=word_ratio, reverse=True)[:COMPARED_TITLES]
    scored: list[tuple[float, Measure]] = []
    for measure in by_words:
        matcher = SequenceMatcher(None, target, normalise(measure.title), autojunk=False)
        if matcher.real_quick_ratio() < 0.5 or matcher.quick_ratio() < 0.5:
            continue
        scored.append((matcher.ratio(), measure))
    scored.sort(key=lambda item: -item[0])
    if not scored:
        return None, 0.0, 0.0
    return scored[0][1], scored[0][0], scored[1][0] if len(scored) > 1 else 0.0


@lru_cache(maxsize=4096)
def _title_words(title: str) -> tuple[str, ...]:
    return tuple(normalise(title).split())


def _hint(title: str, programme: Programme) -> dict[str, str]:
    best, score, _ = _nearest(title, programme.measures()) if normalise(title) else (None, 0.0, 0.0)
    if best is None:
        return {"nearest": "—"}
    return {"nearest": f"{best.id} ({score:.2f})"}


def _status_text(lines: Iterable[str]) -> str:
    """The cell's lines with the empty paragraphs Word users leave above and below dropped."""
    kept = list(lines)
    while kept and not kept[-1]:
        kept.pop()
    while kept and not kept[0]:
        kept.pop(0)
    return "\n".join(kept)


def _signature_and_date(form: Form, result: Imported) -> None:
    """The signature (a table, or "position ____ name" typed as a line) and the date."""
    result.signatory = form.signature
    for paragraph in form.after:
        text = paragraph.strip()
        if not text:
            continue
        date = _DATE.fullmatch(text)
        if date and result.date is None:
            result.date = f"{date.group(3)}-{date.group(2)}-{date.group(1)}"
            continue
        parts = _SIGN_LINE.split(text)
        if len(parts) == 2 and parts[0].strip() and parts[1].strip() and result.signatory is None:
            result.signatory = (parts[0].strip(), parts[1].strip())
            continue
        result.problems.append(Problem("import.extra-paragraph", args={"text": shown(text)}, notice=True))


def form_period(form: Form) -> Period | None:
    """The period the form's heading states: «за ІІІ квартал 2019 року», «за І півріччя 2022 року», «за 2022 рік»."""
    quarter = heading_period(form)
    if quarter is not None:
        return Period.quarter(quarter[1], quarter[0])
    for paragraph in form.before:
        text = paragraph.replace("\u00a0", " ")
        half = _HEADING_HALF.search(text)
        if half:
            numeral = half.group(1).translate(_ROMAN).upper()
            number = int(numeral) if numeral.isdigit() else _ROMAN_QUARTERS.get(numeral)
            if number in (1, 2):
                return Period.half_year(int(half.group(2)), number)
        year = _HEADING_YEAR.search(text)
        if year:
            return Period.whole_year(int(year.group(1)))
    return None


def heading_period(form: Form) -> tuple[int, int] | None:
    """(quarter, year) as the form's heading states them: "за ІІІ квартал 2019 року"."""
    for paragraph in form.before:
        match = _HEADING_PERIOD.search(paragraph.replace("\u00a0", " "))
        if match:
            numeral = match.group(1).translate(_ROMAN).upper()
            quarter = int(numeral) if numeral.isdigit() else _ROMAN_QUARTERS.get(numeral)
            if quarter:
                return quarter, int(match.group(2))
    return None
