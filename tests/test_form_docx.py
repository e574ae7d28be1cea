"""The official form: render, read back (python-docx, docx2python, raw XML), compare.

Text is checked through two independent readers so a quirk of one cannot hide a
rendering error; layout (page, fonts, repeated header rows, merged section rows)
is checked in the XML itself, where Word and LibreOffice read it.
"""

from __future__ import annotations

import importlib
import io
import shutil
import subprocess
import zipfile
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.enum.section import WD_ORIENT
from docx.shared import Length, Mm, Pt
from docx2python import docx2python
from lxml import etree
from ruamel.yaml import YAML

from zvit.load.ooxml_reading import form_text
from zvit.model.build import programme_from_data, report_from_data
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
from zvit.render.form_docx import (
    COLUMN_TITLES,
    COLUMN_WIDTHS,
    UNIT_CAPTION,
    measure_cells,
    render_form,
    signature_cell,
)
from zvit.render.text_metrics import text_width

ROOT = Path(__file__).resolve().parent.parent
PROGRAMME_PATH = ROOT / "tests" / "data" / "programme.yaml"
REPORT_PATH = ROOT / "tests" / "data" / "reports" / "jkg" / "2019-q3.yaml"
SEED_PATH = ROOT / "tests" / "data" / "2019-q3-jkg-form.txt"
SEED_PARSER = ROOT / "tests" / "seed_form.py"

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}
FOUR_SLOTS = ("ascii", "hAnsi", "eastAsia", "cs")


def w(name: str) -> str:
    return f"{{{W}}}{name}"


# --- inputs ------------------------------------------------------------------------


def small_programme() -> Programme:
    units = {
        "jkg": Unit("jkg", "Департамент житлово-комунального господарства Луганської ОДА", "Департамент ЖКГ"),
        "dmk": Unit("dmk", "Департамент масових комунікацій", "Департамент масових комунікацій"),
    }
    groups = {"sp": Group("sp", "структурні підрозділи облдержадміністрації", ("jkg", "dmk"))}
    first = (
        Measure("I.1", "I", "Запобігання конфлікту інтересів", "постійно", Due("continuous"), ("dmk", "sp")),
        Measure("I.2", "I", "Розміщення інформації на веб-сайті", "Червень\n2019 року", Due("by-date"), ("dmk",)),
    )
    second = (
        Measure(
            "II.1",
            "II",
            "Перевірка декларацій",
            "щокварталу",
            Due("quarterly"),
            ("jkg",),
            responsible_text="Департамент ЖКГ,\nінші підрозділи",
        ),
    )
    return Programme(
        id="test-2019",
        title="Антикорупційна програма на 2019 рік",
        title_in_form="Антикорупційної програми на 2019 рік",
        year=2019,
        units=units,
        groups=groups,
        sections=(
            Section("I", "І", "Заходи загальної політики", first),
            Section("II", "ІІ", "Заходи з декларування", second),
        ),
    )


def small_report(**changes: Any) -> Report:
    fields: dict[str, Any] = dict(
        programme="test-2019",
        unit="jkg",
        year=2019,
        quarter=3,
        statuses={
            "I.1": Status("Проводиться роз’яснювальна робота.\n\nВипадків не встановлено."),
            "II.1": Status("Декларації подано вчасно.", state="виконано"),
        },
    )
    fields.update(changes)
    return Report(**fields)


def render_small(report: Report | None = None) -> bytes:
    programme = small_programme()
    return render_form(programme, report, programme.units["jkg"])


def load_yaml(path: Path) -> Any:
    """Plain data from one YAML file (the one place this test module reads YAML)."""
    return YAML(typ="safe").load(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def real() -> tuple[Programme, Report, bytes]:
    """The transcribed programme and jkg's Q3 2019 report, rendered once."""
    if not (PROGRAMME_PATH.exists() and REPORT_PATH.exists()):
        pytest.skip("programme.yaml or reports/jkg/2019-q3.yaml not transcribed yet")
    programme = programme_from_data(load_yaml(PROGRAMME_PATH))
    report = report_from_data(load_yaml(REPORT_PATH))
    return programme, report, render_form(programme, report, programme.units[report.unit])


# --- readers -----------------------------------------------------------------------


def open_docx(blob: bytes) -> Any:
    return docx.Document(io.BytesIO(blob))


def part_xml(blob: bytes, name: str) -> Any:
    with zipfile.ZipFile(io.BytesIO(blob)) as package:
        return etree.fromstring(package.read(name))


def table_lines(blob: bytes) -> list[list[list[str]]]:
    """The main table through python-docx: rows -> cells -> paragraph texts."""
    table = open_docx(blob).tables[0]
    return [[[p.text for p in cell.paragraphs] for cell in row.cells] for row in table.rows]


def docx2python_table(blob: bytes) -> list[list[list[str]]]:
    """The main table through docx2python (its body: [table][row][cell][paragraph])."""
    with docx2python(io.BytesIO(blob)) as content:
        tables = [t for t in content.body if len(t) > 1 or len(t[0]) > 1]
        return tables[0]


def expected_rows(programme: Programme, report: Report | None) -> list[list[list[str]]]:
    """What the model says the table holds below its two header rows.

    A section row is one merged cell; readers repeat it once per grid column.
    """
    rows: list[list[list[str]]] = []
    for section in programme.sections:
        rows.append([[section.heading]] * len(COLUMN_TITLES))
        for measure in section.measures:
            rows.append(measure_cells(programme, report, measure))
    return rows


def twips(*lengths: Any) -> tuple[int, ...]:
    """Lengths as Word stores them: python-docx reads twips back, not the Mm we wrote."""
    return tuple(Length(length).twips for length in lengths)


def body_rows(tbl: Any) -> list[Any]:
    return tbl.findall(w("tr"))


# --- heading -----------------------------------------------------------------------


def test_heading_says_form_quarter_year_programme_and_unit() -> None:
    paragraphs = open_docx(render_small(small_report())).paragraphs
    assert [p.text for p in paragraphs[:4]] == [
        "ФОРМА",
        "для надання звітної інформації за ІІІ квартал 2019 року про виконання "
        "Антикорупційної програми на 2019 рік та реалізації визначених у ній заходів",
        "Департамент житлово-комунального господарства Луганської ОДА",
        UNIT_CAPTION,
    ]
    form, sentence, unit, caption = paragraphs[:4]
    assert all(p.alignment == 1 for p in paragraphs[:4])  # WD_ALIGN_PARAGRAPH.CENTER
    assert form.runs[0].bold and form.runs[0].font.size == Pt(14)
    assert sentence.runs[0].font.size == Pt(14)
    assert unit.runs[0].underline
    assert caption.runs[0].font.size == Pt(10)


def test_blank_form_leaves_the_quarter_and_every_status_empty() -> None:
    blob = render_small(None)
    sentence = open_docx(blob).paragraphs[1].text
    assert "за ____ квартал 2019 року" in sentence
    rows = table_lines(blob)[2:]
    assert rows == expected_rows(small_programme(), None)
    assert all(row[4] == [""] for row in rows if row[0] != row[1])
    assert len(open_docx(blob).tables) == 1


# --- page and fonts ----------------------------------------------------------------


def test_page_is_a4_landscape_with_dstu_margins() -> None:
    section = open_docx(render_small(small_report())).sections[0]
    assert section.orientation == WD_ORIENT.LANDSCAPE
    assert twips(section.page_width, section.page_height) == twips(Mm(297), Mm(210))
    assert twips(section.left_margin, section.right_margin) == twips(Mm(30), Mm(10))
    assert twips(section.top_margin, section.bottom_margin) == twips(Mm(20), Mm(20))


def test_page_numbers_top_centre_from_page_two() -> None:
    blob = render_small(small_report())
    section = open_docx(blob).sections[0]
    assert section.different_first_page_header_footer
    assert not section.first_page_header.is_linked_to_previous
    assert [p.text for p in section.first_page_header.paragraphs] == [""]
    number = section.header.paragraphs[0]
    assert number.alignment == 1
    instructions = number._p.xpath(".//w:instrText/text()")
    assert [i.strip() for i in instructions] == ["PAGE"]
    with docx2python(io.BytesIO(blob)) as content:
        assert "1" in str(content.header)


def test_times_new_roman_in_all_four_slots_and_ukrainian_everywhere() -> None:
    styles = part_xml(render_small(small_report()), "word/styles.xml")
    defaults = styles.find("w:docDefaults/w:rPrDefault/w:rPr", NS)
    normal = styles.find('w:style[@w:styleId="Normal"]/w:rPr', NS)
    table_normal = styles.find('w:style[@w:styleId="TableNormal"]/w:rPr', NS)
    grid = styles.find('w:style[@w:styleId="TableGrid"]/w:rPr', NS)
    for rpr in (defaults, normal, table_normal, grid):
        fonts = rpr.find("w:rFonts", NS)
        assert {slot: fonts.get(w(slot)) for slot in FOUR_SLOTS} == dict.fromkeys(FOUR_SLOTS, "Times New Roman")
        assert not [name for name in fonts.attrib if "heme" in name]
        assert rpr.find("w:lang", NS).get(w("val")) == "uk-UA"


def test_no_second_stylesheet_or_foreign_thumbnail() -> None:
    with zipfile.ZipFile(io.BytesIO(render_small(small_report()))) as package:
        names = package.namelist()
    assert "word/stylesWithEffects.xml" not in names
    assert "docProps/thumbnail.jpeg" not in names
    assert names[0] == "[Content_Types].xml"


# --- table structure ---------------------------------------------------------------


def test_table_fills_the_printable_width_with_a_fixed_grid() -> None:
    document = part_xml(render_small(small_report()), "word/document.xml")
    tbl = document.find(".//w:tbl", NS)
    grid = [int(c.get(w("w"))) for c in tbl.findall("w:tblGrid/w:gridCol", NS)]
    printable = Mm(297 - 30 - 10).twips
    assert sum(grid) == printable == int(tbl.find("w:tblPr/w:tblW", NS).get(w("w")))
    assert tbl.find("w:tblPr/w:tblLayout", NS).get(w("type")) == "fixed"
    measure_row = body_rows(tbl)[3]
    widths = [int(tc.find("w:tcPr/w:tcW", NS).get(w("w"))) for tc in measure_row.findall(w("tc"))]
    assert widths == grid


def test_columns_are_sized_from_their_text() -> None:
    """Every column holds its longest word (bold in the header) with the cell's margins."""
    blob = render_small(small_report())
    tbl = part_xml(blob, "word/document.xml").find(".//w:tbl", NS)
    grid = [int(c.get(w("w"))) / 20 for c in tbl.findall("w:tblGrid/w:gridCol", NS)]
    margins = [int(m.get(w("w"))) / 20 for m in tbl.findall("w:tblPr/w:tblCellMar/*", NS)]
    assert margins == [Mm(1).twips / 20] * 2
    rows = table_lines(blob)
    for column, width in enumerate(grid):
        words = [
            (word, index < 2)
            for index, row in enumerate(rows)
            if row[0] != row[1]
            for word in " ".join(row[column]).split()
        ]
        longest = max(text_width(word, 12, bold=bold) for word, bold in words)
        assert longest + sum(margins) <= width, column
    # The status of the small report is short, the titles are long: not the old fixed 62 mm title column.
    assert grid != [Length(x).pt for x in COLUMN_WIDTHS]


def test_header_rows_repeat_and_measure_rows_that_fit_a_page_never_split() -> None:
    document = part_xml(render_small(small_report()), "word/document.xml")
    rows = body_rows(document.find(".//w:tbl", NS))
    repeat = [r.find("w:trPr/w:tblHeader", NS) is not None for r in rows]
    assert repeat == [True, True] + [False] * (len(rows) - 2)
    keep = [r.find("w:trPr/w:cantSplit", NS) is not None for r in rows]
    assert keep == [True] * len(rows)


def test_a_row_taller_than_a_page_may_split() -> None:
    long_status = "\n".join(f"Абзац {i} звіту про виконання заходу." for i in range(60))
    blob = render_small(small_report(statuses={"I.1": Status(long_status)}))
    rows = body_rows(part_xml(blob, "word/document.xml").find(".//w:tbl", NS))
    first, second = rows[3], rows[4]  # I.1 and I.2, under section I's row
    assert ["".join(r.find(w("tc")).itertext()) for r in (first, second)] == ["1", "2"]
    assert first.find("w:trPr/w:cantSplit", NS) is None
    assert second.find("w:trPr/w:cantSplit", NS) is not None


def test_header_rows_hold_the_captions_and_column_numbers() -> None:
    rows = table_lines(render_small(small_report()))
    assert [cell[0] for cell in rows[0]] == list(COLUMN_TITLES)
    assert [cell[0] for cell in rows[1]] == ["1", "2", "3", "4", "5"]
    document = part_xml(render_small(small_report()), "word/document.xml")
    first = body_rows(document.find(".//w:tbl", NS))[0]
    assert all(r.find("w:rPr/w:b", NS) is not None for r in first.iter(w("r")))


def test_section_rows_span_all_columns_in_bold() -> None:
    document = part_xml(render_small(small_report()), "word/document.xml")
    rows = body_rows(document.find(".//w:tbl", NS))
    sections = [r for r in rows if len(r.findall(w("tc"))) == 1]
    assert ["".join(r.itertext()) for r in sections] == [
        "І. Заходи загальної політики",
        "ІІ. Заходи з декларування",
    ]
    for row in sections:
        assert row.find("w:tc/w:tcPr/w:gridSpan", NS).get(w("val")) == "5"
        assert all(r.find("w:rPr/w:b", NS) is not None for r in row.iter(w("r")))


# --- table text --------------------------------------------------------------------


def test_measure_rows_say_what_the_model_says() -> None:
    programme, report = small_programme(), small_report()
    rows = table_lines(render_form(programme, report, programme.units["jkg"]))[2:]
    assert rows == expected_rows(programme, report)
    first, second = rows[1], rows[2]  # I.1 and I.2 (rows[0] is section I)
    assert first[3] == [
        "Департамент масових комунікацій;",
        "структурні підрозділи облдержадміністрації",
    ]
    assert first[4] == ["Проводиться роз’яснювальна робота.", "", "Випадків не встановлено."]
    assert second[2] == ["Червень", "2019 року"]
    assert second[4] == [""]
    assert rows[4][3] == ["Департамент ЖКГ,", "інші підрозділи"]  # II.1: responsible_text


def test_docx2python_reads_the_same_table() -> None:
    programme, report = small_programme(), small_report()
    blob = render_form(programme, report, programme.units["jkg"])
    assert docx2python_table(blob)[2:] == expected_rows(programme, report)


def test_markup_characters_tabs_and_leading_spaces_survive() -> None:
    tricky = '  R&D < 5 тис. > "лапки" & <w:t>'
    report = small_report(statuses={"I.1": Status(f"{tricky}\n\tз табуляцією  ")})
    blob = render_small(report)
    status = table_lines(blob)[3][4]
    assert status == [tricky, "\tз табуляцією  "]
    assert docx2python_table(blob)[3][4] == [tricky, "\tз табуляцією  "]


# --- below the table ---------------------------------------------------------------


def test_signature_block_and_date_are_the_tables_last_row() -> None:
    report = small_report(signatory=Signatory("Директор департаменту", "Іван ПЕТРЕНКО"), date="2019-10-04")
    document = open_docx(render_small(report))
    assert len(document.tables) == 1
    last = document.tables[0].rows[-1]
    assert len(last._tr.findall(w("tc"))) == 1, "one cell over every column"
    cell = last.cells[0]
    position, line, name = (c.text for c in cell.tables[0].rows[0].cells)
    assert (position, name) == ("Директор департаменту", "Іван ПЕТРЕНКО")
    assert set(line) == {"_"}
    assert [p.text for p in cell.paragraphs] == ["04.10.2019"]
    assert set(last._tr.xpath("w:tc/w:tcPr/w:tcBorders/*/@w:val")) == {"nil"}
    assert last._tr.xpath("w:tc/w:tcPr/w:tcMar/w:left/@w:w") == ["0"], "the position lines up with the table"
    assert set(cell.tables[0]._tbl.xpath("w:tblPr/w:tblBorders/*/@w:val")) == {"nil"}
    padding = cell.tables[0]._tbl.xpath("w:tblPr/w:tblCellMar/w:left/@w:w")
    assert padding == ["0"], "the position lines up with the date under it"
    assert document.element.body[-2].tag == w("tbl"), "nothing after the table"


def test_git_diff_text_of_a_form_ends_with_its_signature_and_date() -> None:
    report = small_report(signatory=Signatory("Директор департаменту", "Іван ПЕТРЕНКО"), date="2019-10-04")
    lines = form_text(render_small(report))
    assert lines[-1] == "Директор департаменту | ____________________ | Іван ПЕТРЕНКО ¶ 04.10.2019"
    assert lines[-2].endswith("| Декларації подано вчасно.")


def test_a_date_alone_is_the_tables_last_row() -> None:
    cell = signature_cell(open_docx(render_small(small_report(date="2019-10-04"))))
    assert cell.tables == []
    assert [p.text for p in cell.paragraphs] == ["04.10.2019"]


def test_nothing_under_the_table_without_signatory_or_date() -> None:
    document = open_docx(render_small(small_report()))
    assert len(document.tables) == 1
    body = document.element.body
    assert body[-2].tag == w("tbl"), "the table is the last thing before sectPr"


# --- determinism -------------------------------------------------------------------


def test_same_inputs_same_bytes() -> None:
    report = small_report(signatory=Signatory("Директор", "І. Прізвище"), date="2019-10-04")
    first, second = render_small(report), render_small(report)
    assert first == second
    with zipfile.ZipFile(io.BytesIO(first)) as package:
        assert {i.date_time for i in package.infolist()} == {(1980, 1, 1, 0, 0, 0)}
    assert render_small(small_report(quarter=4)) != render_small(small_report())


def test_core_properties_come_from_the_report_not_the_clock() -> None:
    props = open_docx(render_small(small_report())).core_properties
    assert props.author == "zvit"
    assert props.revision == 1
    assert props.created == props.modified == props.last_printed
    assert (props.created.year, props.created.month, props.created.day) == (2019, 9, 30)
    assert "ІІІ квартал 2019" in props.title


# --- the real form -----------------------------------------------------------------


def test_real_form_heading(real: tuple[Programme, Report, bytes]) -> None:
    programme, report, blob = real
    texts = [p.text for p in open_docx(blob).paragraphs[:4]]
    assert texts[0] == "ФОРМА"
    assert texts[1].startswith("для надання звітної інформації за ІІІ квартал 2019 року")
    assert programme.title_in_form in texts[1]
    assert texts[2] == programme.units[report.unit].name
    with docx2python(io.BytesIO(blob)) as content:
        assert content.body[0][0][0][:4] == texts


def test_real_form_rows_match_the_model_in_both_readers(
    real: tuple[Programme, Report, bytes],
) -> None:
    programme, report, blob = real
    expected = expected_rows(programme, report)
    assert len(expected) == len(programme.sections) + len(list(programme.measures()))
    assert table_lines(blob)[2:] == expected
    assert docx2python_table(blob)[2:] == expected


def test_real_form_layout(real: tuple[Programme, Report, bytes]) -> None:
    _, _, blob = real
    section = open_docx(blob).sections[0]
    assert twips(section.page_width, section.page_height) == twips(Mm(297), Mm(210))
    assert section.orientation == WD_ORIENT.LANDSCAPE
    margins = (section.left_margin, section.right_margin, section.top_margin, section.bottom_margin)
    assert twips(*margins) == twips(Mm(30), Mm(10), Mm(20), Mm(20))
    styles = part_xml(blob, "word/styles.xml")
    fonts = styles.find("w:docDefaults/w:rPrDefault/w:rPr/w:rFonts", NS)
    assert {fonts.get(w(slot)) for slot in FOUR_SLOTS} == {"Times New Roman"}
    assert styles.find("w:docDefaults/w:rPrDefault/w:rPr/w:lang", NS).get(w("val")) == "uk-UA"
    document = part_xml(blob, "word/document.xml")
    rows = body_rows(document.find(".//w:tbl", NS))
    assert [r.find("w:trPr/w:tblHeader", NS) is not None for r in rows[:3]] == [True, True, False]
    merged = [r for r in rows if len(r.findall(w("tc"))) == 1]
    assert merged and all(r.find("w:tc/w:tcPr/w:gridSpan", NS).get(w("val")) == "5" for r in merged)


def test_real_form_equals_the_seed_cells(real: tuple[Programme, Report, bytes]) -> None:
    if not (SEED_PATH.exists() and SEED_PARSER.exists()):
        pytest.skip("tests/data/2019-q3-jkg-form.txt or tests/seed_form.py missing")
    seed_form = importlib.import_module("seed_form")
    seed = seed_form.parse_seed(SEED_PATH.read_text(encoding="utf-8"))
    norm = seed_form.normalise
    _, _, blob = real
    rows = table_lines(blob)
    assert [norm("\n".join(cell)) for cell in rows[0]] == [norm(c) for c in seed.columns]
    rendered_sections = [norm("\n".join(r[0])) for r in rows[2:] if len({tuple(c) for c in r}) == 1]
    assert rendered_sections == [norm(s.row) for s in seed.sections]
    rendered = [r for r in rows[2:] if len({tuple(c) for c in r}) > 1]
    assert [[norm("\n".join(c)) for c in r] for r in rendered] == [
        [norm(m.number), norm(m.title), norm(m.deadline), norm(m.responsible), norm(m.status)]
        for m in seed.measures.values()
    ]
    heading = [p.text for p in open_docx(blob).paragraphs[:4]]
    assert heading[2] == seed.unit_name
    assert [norm(h) for h in heading if h != heading[2]] == [
        norm(h) for h in seed.heading if h.strip("_").strip() != seed.unit_name
    ]


# --- LibreOffice -------------------------------------------------------------------


def test_libreoffice_converts_the_form_to_pdf(tmp_path: Path) -> None:
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    if PROGRAMME_PATH.exists() and REPORT_PATH.exists():
        programme = programme_from_data(load_yaml(PROGRAMME_PATH))
        report = report_from_data(load_yaml(REPORT_PATH))
    else:
        programme, report = small_programme(), small_report()
    source = tmp_path / "form.docx"
    source.write_bytes(render_form(programme, report, programme.units[report.unit]))
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    pdf = tmp_path / "form.pdf"
    assert pdf.exists() and pdf.stat().st_size > 0
    pdftotext = shutil.which("pdftotext")
    if pdftotext is None:
        return
    text = subprocess.run([pdftotext, str(pdf), "-"], check=True, capture_output=True, text=True, timeout=60).stdout
    words = " ".join(text.split())
    assert "ФОРМА" in words
    sentence = min(
        (line for status in report.statuses.values() for line in status.paragraphs if len(line.split()) >= 3),
        key=len,
    )
    assert " ".join(sentence.split()) in words


def test_the_seed_form_is_12_pt_with_no_soft_hyphen(real: tuple[Programme, Report, bytes]) -> None:
    _, _, blob = real
    document = part_xml(blob, "word/document.xml")
    assert document.xpath(".//w:tbl//w:sz", namespaces=NS) == []
    assert "\u00ad" not in "".join(document.itertext())
