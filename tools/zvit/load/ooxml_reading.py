"""Reading a Word form's text as Word shows it: the one DOCX text reader (`zvit import`, `git diff`).

Word hides text from python-docx's `Paragraph.text` inside tracked insertions
(`w:ins`), content controls (`w:sdt`), smart tags and simple fields; a form
typed by a person has all of these, and none of its text may be dropped.
"""

from __future__ import annotations

import io

import docx
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.table import Table, _Cell, _Row
from docx.text.paragraph import Paragraph

_W_T, _W_TAB, _W_PTAB = qn("w:t"), qn("w:tab"), qn("w:ptab")
_W_BR, _W_CR, _W_NO_BREAK_HYPHEN, _W_SYM = qn("w:br"), qn("w:cr"), qn("w:noBreakHyphen"), qn("w:sym")
# Not shown to the reader: deleted or moved-away text, field codes, properties, and the
# fallback copy of a drawing Word keeps for old readers.
_NOT_SHOWN = frozenset(
    {
        qn("w:del"),
        qn("w:moveFrom"),
        qn("w:instrText"),
        qn("w:pPr"),
        qn("w:rPr"),
        "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback",
    }
)

# What else Word or a pasted text may use to end a line (CR, NEL, the line and
# paragraph separators): a report's text breaks lines with "\n" only.
_LINE_BREAKS = str.maketrans({"\r": "\n", "\x85": "\n", "\u2028": "\n", "\u2029": "\n"})


def paragraph_text(paragraph: Paragraph) -> str:
    """The text Word shows for a `w:p`: `w:br`/`w:cr` and other line breaks as "\n", `w:tab` as "\t", no deletions."""
    parts: list[str] = []
    _collect_text(paragraph._p, parts)
    return "".join(parts).replace("\r\n", "\n").translate(_LINE_BREAKS)


def _collect_text(element: BaseOxmlElement, parts: list[str]) -> None:
    for child in element:
        tag = child.tag
        if not isinstance(tag, str) or tag in _NOT_SHOWN:  # XML comments have no str tag
            continue
        if tag == _W_T:
            # All of its text: an entity reference (a hand-made DTD) stays as written, and the text after it too.
            parts.append("".join(child.itertext()))
        elif tag in (_W_TAB, _W_PTAB):
            parts.append("\t")
        elif tag in (_W_BR, _W_CR):
            parts.append("\n")
        elif tag == _W_NO_BREAK_HYPHEN:
            parts.append("-")
        elif tag == _W_SYM:
            parts.append(_symbol(child))
        else:
            _collect_text(child, parts)


def _symbol(sym: BaseOxmlElement) -> str:
    """`w:sym w:char="F0B7"`: symbol fonts put their glyphs at U+F0xx; the low byte is the character."""
    try:
        code = int(sym.get(qn("w:char"), ""), 16)
    except ValueError:
        return ""
    if code >= 0xF000:
        code -= 0xF000
    return chr(code) if code >= 0x20 else ""


def row_cells(row: _Row) -> list[tuple[int, _Cell, bool]]:
    """Each `w:tc` of a row once: (its first grid column from 0, the cell, continues a vertical merge).

    `row.cells` repeats a cell once per grid column it spans and gives a cell that
    continues a vertical merge (`w:vMerge`) the content of the cell above it.
    """
    found: list[tuple[int, _Cell, bool]] = []
    column = row.grid_cols_before
    previous = None
    for cell in row.cells:
        tc = cell._tc
        if tc is not previous:
            found.append((column, cell, tc.getparent() is not row._tr))
        previous = tc
        column += 1
    return found


def form_text(content: bytes) -> list[str]:
    """A .docx as lines of text for `git diff`: each paragraph, then each table row on one line.

    The cells of a row are joined with " | " and a cell's paragraphs with " ¶ ",
    so one measure is one line and `--word-diff` shows what changed in it.  The
    text is what Word shows: tracked insertions in, tracked deletions out.
    """
    document = docx.Document(io.BytesIO(content))
    lines: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            lines.append(paragraph_text(block))
        elif isinstance(block, Table):
            lines.extend(_row_lines(block))
    return lines


def _row_lines(table: Table) -> list[str]:
    return [" | ".join(_cell_line(cell) for _, cell, _ in row_cells(row)) for row in table.rows]


def _cell_line(cell: _Cell) -> str:
    """A cell's paragraphs joined with " ¶ "; a table inside it (the form's signature) as its rows."""
    parts: list[str] = []
    for block in cell.iter_inner_content():
        parts.extend([paragraph_text(block)] if isinstance(block, Paragraph) else _row_lines(block))
    return " ¶ ".join(parts)
