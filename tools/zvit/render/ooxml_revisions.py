"""Word tracked changes (`zvit diff --format docx`).

ECMA-376 Part 1, 17.13.5: an insertion is `w:ins` around runs, a deletion `w:del`
around runs whose text is in `w:delText`; both carry `w:id` (unique in the
document), `w:author` and, when known, `w:date`. A paragraph break that was
inserted or deleted is marked in the paragraph mark's `w:pPr/w:rPr`.
"""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Sequence

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement

from zvit.render.ooxml import append_text, child_element, xml_text


class Revisions:
    """Hands out the `w:id` of each tracked change; one per document keeps them unique."""

    def __init__(self) -> None:
        self._next = 1

    def attributes(self, author: str, date: dt.datetime | None) -> dict[str, str]:
        found = {qn("w:id"): str(self._next), qn("w:author"): xml_text(author)}
        self._next += 1
        if date is not None:
            found[qn("w:date")] = date.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        return found


def tracked_paragraph(
    runs: Sequence[tuple[str | None, str, str, dt.datetime | None]],
    revisions: Revisions,
    *,
    properties: BaseOxmlElement | None = None,
    mark: tuple[str, str, dt.datetime | None] | None = None,
) -> BaseOxmlElement:
    """A `w:p` of runs given as (change, text, author, date): change None (plain), "ins" or "del".

    `properties` is a `w:pPr` to copy (the cell's alignment); `mark` = (change,
    author, date) tracks the paragraph mark: a break the edit inserted or deleted.
    """
    p = OxmlElement("w:p")
    ppr = copy.deepcopy(properties) if properties is not None else None
    if mark is not None:
        ppr = ppr if ppr is not None else OxmlElement("w:pPr")
        rpr = child_element(ppr, "w:rPr")
        rpr.insert(0, OxmlElement(f"w:{mark[0]}", revisions.attributes(mark[1], mark[2])))
    if ppr is not None:
        p.append(ppr)
    for change, text, author, date in runs:
        if not text:
            continue
        r = OxmlElement("w:r")
        if change == "del":
            append_text(r, text, deleted=True)
        else:
            append_text(r, text)
        if change is None:
            p.append(r)
        else:
            wrapper = OxmlElement(f"w:{change}", revisions.attributes(author, date))
            wrapper.append(r)
            p.append(wrapper)
    return p


def replace_cell_paragraphs(tr: BaseOxmlElement, column: int, paragraphs: Sequence[BaseOxmlElement]) -> None:
    """The `w:p`s of cell `column` of row `tr` replaced by `paragraphs` (a cell keeps at least one)."""
    tc = tr.findall(qn("w:tc"))[column]
    for p in tc.findall(qn("w:p")):
        tc.remove(p)
    for p in paragraphs or [OxmlElement("w:p")]:
        tc.append(p)


def cell_paragraph_properties(tr: BaseOxmlElement, column: int) -> BaseOxmlElement | None:
    """The `w:pPr` of the first paragraph of cell `column` (alignment and spacing), if any."""
    p = tr.findall(qn("w:tc"))[column].find(qn("w:p"))
    return p.find(qn("w:pPr")) if p is not None else None
