"""The seed form as LibreOffice prints it: no measure row cut by a page break, no word broken.

The form is converted to PDF and read back word by word with its position
(`pdftotext -bbox`). A word is placed in the column its middle falls in (the
grid's widths from the DOCX), so each page gives each column's text in reading
order: a row that fits on a page must be found whole, cell by cell, on one page,
and every printed word must be a word of the form (a line may end only at a
space or after a hyphen).
"""

from __future__ import annotations

import dataclasses
import html
import io
import re
import shutil
import subprocess
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from docx.shared import Mm
from lxml import etree
from ruamel.yaml import YAML

from zvit.model.build import programme_from_data, report_from_data
from zvit.model.objects import Programme, Report, Signatory, Status
from zvit.render.form_docx import measure_cells, render_form

ROOT = Path(__file__).resolve().parent.parent
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>')
_PAGE = re.compile(r"<page [^>]*>(.*?)</page>", re.DOTALL)
_HYPHEN_BREAK = re.compile(r"(?<=\w-)(?=\w)")
# The old form: 14 pages in LibreOffice, 12 of 13 page breaks inside a measure row.
OLD_PAGES = 14


@dataclass(frozen=True)
class Word:
    page: int
    x: float
    y: float
    text: str


def load_yaml(path: Path) -> Any:
    return YAML(typ="safe").load(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def seed_form(tmp_path_factory: pytest.TempPathFactory) -> tuple[Programme, Report, bytes, list[Word]]:
    programme = programme_from_data(load_yaml(ROOT / "programme.yaml"))
    report = report_from_data(load_yaml(ROOT / "reports" / "jkg" / "2019-q3.yaml"))
    blob = render_form(programme, report, programme.units["jkg"])
    return programme, report, blob, printed_words(blob, tmp_path_factory.mktemp("libreoffice"))


def printed_words(blob: bytes, folder: Path) -> list[Word]:
    """The words LibreOffice prints for the .docx `blob`, each with its page and position."""
    soffice, pdftotext = shutil.which("soffice"), shutil.which("pdftotext")
    if soffice is None or pdftotext is None:
        pytest.skip("LibreOffice (soffice) or poppler's pdftotext is not installed")
    source = folder / "form.docx"
    source.write_bytes(blob)
    profile = (folder / "profile").as_uri()
    command = [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf"]
    subprocess.run([*command, "--outdir", str(folder), str(source)], check=True, capture_output=True, timeout=300)
    boxes = subprocess.run(
        [pdftotext, "-bbox", str(folder / "form.pdf"), "-"], check=True, capture_output=True, text=True, timeout=60
    ).stdout
    words = []
    for page, content in enumerate(_PAGE.findall(boxes), start=1):
        for x0, y0, x1, _, text in _WORD.findall(content):
            words.append(Word(page, (float(x0) + float(x1)) / 2, float(y0), html.unescape(text)))
    return words


def grid_points(blob: bytes) -> list[float]:
    with zipfile.ZipFile(io.BytesIO(blob)) as package:
        document = etree.fromstring(package.read("word/document.xml"))
    return [int(c.get(f"{W}w")) / 20 for c in document.find(f".//{W}tbl/{W}tblGrid")]


def column_text(words: list[Word], page: int, left: float, right: float) -> str:
    inside = sorted((w for w in words if w.page == page and left <= w.x < right), key=lambda w: (round(w.y), w.x))
    return " ".join(w.text for w in inside)


def joined(lines: list[str]) -> str:
    """A cell as the PDF gives it back: words in order, a hyphen at a line's end joining nothing."""
    return " ".join(" ".join(lines).split())


def test_the_seed_form_takes_fewer_pages_than_before(seed_form: tuple[Programme, Report, bytes, list[Word]]) -> None:
    *_, words = seed_form
    assert max(w.page for w in words) < OLD_PAGES


def test_no_measure_row_of_the_seed_is_split_across_pages(
    seed_form: tuple[Programme, Report, bytes, list[Word]],
) -> None:
    programme, report, blob, words = seed_form
    pages = range(1, max(w.page for w in words) + 1)
    edges = [Mm(30).pt]
    for width in grid_points(blob):
        edges.append(edges[-1] + width)
    columns = [[column_text(words, page, edges[c], edges[c + 1]) for page in pages] for c in range(len(edges) - 1)]
    split = []
    for measure in programme.measures():
        for column, lines in enumerate(measure_cells(programme, report, measure)):
            cell = joined(lines)
            if cell and not any(_contains(text, cell) for text in columns[column]):
                split.append((measure.id, column + 1, cell[:40]))
    assert split == []


def _contains(page_text: str, cell: str) -> bool:
    """`cell` on the page whole, where a line ending in a hyphen may have been printed as "…- …"."""
    pattern = r"\s*".join(re.escape(part) for part in cell.split())
    return re.search(pattern.replace(r"\-", r"\-\s*"), page_text) is not None


def test_no_word_of_the_seed_is_broken(seed_form: tuple[Programme, Report, bytes, list[Word]]) -> None:
    programme, report, blob, words = seed_form
    allowed: set[str] = set()
    from docx import Document

    document = Document(io.BytesIO(blob))
    texts = [p.text for p in document.paragraphs]
    texts += [p.text for table in document.tables for row in table.rows for cell in row.cells for p in cell.paragraphs]
    texts += [str(page) for page in range(1, 100)]
    for text in texts:
        for word in text.split():
            allowed.add(word)
            allowed.update(part for part in _HYPHEN_BREAK.split(word) if part)
    broken = sorted({w.text for w in words} - allowed)
    assert broken == []


def test_the_signature_and_date_stay_on_the_page_of_the_last_rows_end(tmp_path: Path) -> None:
    """A last status of 10 lines: the row ends low on a page, the signature under it would not fit.

    With the signature as paragraphs (and a table) after the form's table, kept by
    keep-with-next, LibreOffice 7.4 put the last row at the foot of one page and
    the signature and date alone on the next.
    """
    programme = programme_from_data(load_yaml(ROOT / "programme.yaml"))
    seed = report_from_data(load_yaml(ROOT / "reports" / "jkg" / "2019-q3.yaml"))
    last = list(programme.measures())[-1].id
    statuses = dict(seed.statuses)
    example = [f"Приклад{line:02d}, не зі звіту." for line in range(1, 11)]
    statuses[last] = Status("\n".join([*example, "Кінецьприкладу."]))
    signatory = Signatory("Директор департаменту", "Іван ПЕТРЕНКО")
    report = dataclasses.replace(seed, statuses=statuses, signatory=signatory, date="2019-10-04")
    words = printed_words(render_form(programme, report, programme.units["jkg"]), tmp_path)
    pages = {text: {w.page for w in words if w.text == text} for text in ("Кінецьприкладу.", "ПЕТРЕНКО", "04.10.2019")}
    end = pages["Кінецьприкладу."]
    assert len(end) == 1, pages
    assert pages["ПЕТРЕНКО"] == pages["04.10.2019"] == end
    row_start = {w.page for w in words if w.text == "Приклад01,"}
    assert row_start == end, "the last row is not split either"
