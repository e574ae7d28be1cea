"""Forms of every shape: the layout and the heading's words come from the programme.

Each layout is rendered and read back through python-docx and docx2python (the
cells) and the XML (merged header cells, repeated rows, cantSplit); the heading
is checked word for word for each kind of period and each kind of body.
"""

from __future__ import annotations

import dataclasses
import io
import zipfile
from pathlib import Path
from typing import Any

import docx
import pytest
from conftest import Repo
from docx2python import docx2python
from lxml import etree
from test_form_docx import NS, body_rows, part_xml, small_programme, small_report, w

from zvit.check.schemas import programme_schema
from zvit.model.build import form_from_data
from zvit.model.form_layout import BUILT_IN, FIELDS, RISK_REGISTER, RISK_TABLE_2016, SEED_2019, FormSpec
from zvit.model.objects import Programme, Report, Signatory
from zvit.render.form_docx import render_form
from zvit.render.form_heading import period_phrase, title_sentence


def with_form(programme: Programme, form: Any, **changes: Any) -> Programme:
    spec = form if isinstance(form, FormSpec) else form_from_data(form)
    return dataclasses.replace(programme, form=spec, **changes)


def render(programme: Programme, report: Report | None) -> bytes:
    return render_form(programme, report, programme.units["jkg"])


def header_cells(blob: bytes) -> list[list[tuple[str, int, str | None]]]:
    """The header rows' cells as (text, gridSpan, vMerge) from the XML."""
    rows = body_rows(part_xml(blob, "word/document.xml").find(".//w:tbl", NS))
    found = []
    for tr in rows:
        if tr.find("w:trPr/w:tblHeader", NS) is None:
            break
        cells = []
        for tc in tr.findall(w("tc")):
            span = tc.find("w:tcPr/w:gridSpan", NS)
            merge = tc.find("w:tcPr/w:vMerge", NS)
            cells.append(
                (
                    "".join(tc.itertext()),
                    int(span.get(w("val"))) if span is not None else 1,
                    None if merge is None else (merge.get(w("val")) or "continue"),
                )
            )
        found.append(cells)
    return found


# --- the heading -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "number", "year", "expected"),
    [
        ("quarter", 3, 2019, "за ІІІ квартал 2019 року"),
        ("quarter", 4, 2019, "за ІV квартал 2019 року"),
        ("half-year", 1, 2022, "за І півріччя 2022 року"),
        ("half-year", 2, 2021, "за ІІ півріччя 2021 року"),
        ("year", None, 2022, "за 2022 рік"),
        ("quarter", None, 2019, "за ____ квартал 2019 року"),
        ("half-year", None, 2022, "за ____ півріччя 2022 року"),
    ],
)
def test_the_period_is_worded_for_every_kind(kind: str, number: int | None, year: int, expected: str) -> None:
    assert period_phrase(kind, number, year) == expected


def test_the_title_sentence_agrees_with_a_masculine_document() -> None:
    programme = with_form(
        small_programme(),
        {"gender": "masculine"},
        title_in_form="Плану доброчесності Прикладної сільської ради на 2022 рік (приклад)",
    )
    assert title_sentence(programme, period_phrase("half-year", 1, 2022)) == (
        "для надання звітної інформації за І півріччя 2022 року про виконання "
        "Плану доброчесності Прикладної сільської ради на 2022 рік (приклад) "
        "та реалізації визначених у ньому заходів"
    )
    sentence = docx.Document(io.BytesIO(render(programme, small_report()))).paragraphs[1].text
    assert sentence.endswith("та реалізації визначених у ньому заходів")


def test_the_default_heading_is_the_seed_s() -> None:
    paragraphs = docx.Document(io.BytesIO(render(small_programme(), small_report()))).paragraphs
    assert paragraphs[1].text.endswith("на 2019 рік та реалізації визначених у ній заходів")
    assert paragraphs[3].text == "(найменування підрозділу облдержадміністрації)"


@pytest.mark.parametrize(
    ("body", "caption"),
    [
        ("oblast-administration", "(найменування підрозділу облдержадміністрації)"),
        ("military-administration", "(найменування підрозділу обласної військової адміністрації)"),
        ("oblast-council", "(найменування підрозділу обласної ради)"),
        ("city-council", "(найменування підрозділу міської ради)"),
        ("village-council", "(найменування підрозділу сільської ради)"),
        ("ministry", "(найменування підрозділу міністерства)"),
        ("enterprise", "(найменування підрозділу підприємства)"),
    ],
)
def test_the_caption_under_the_unit_names_the_kind_of_body(body: str, caption: str) -> None:
    blob = render(with_form(small_programme(), {"body": body}), small_report())
    assert docx.Document(io.BytesIO(blob)).paragraphs[3].text == caption


def test_the_programme_s_own_caption_wins() -> None:
    blob = render(with_form(small_programme(), {"body": "ministry", "caption": "(назва управління)"}), None)
    assert docx.Document(io.BytesIO(blob)).paragraphs[3].text == "(назва управління)"


# --- layouts -----------------------------------------------------------------------


def test_the_built_in_layouts_name_their_columns() -> None:
    assert [c.title for c in SEED_2019.columns] == [
        "№",
        "Найменування заходу, зазначеного у антикорупційній програмі",
        "Строк виконання заходу",
        "Відповідальні за виконання",
        "Стан виконання",
    ]
    assert [c.title for c in RISK_TABLE_2016.columns] == [
        "№",
        "Корупційний ризик",
        "Пріоритетність",
        "Заходи щодо усунення",
        "Відповідальні",
        "Строк",
        "Ресурси",
        "Очікувані результати",
    ]
    assert set(BUILT_IN) == {"seed-2019", "risk-table-2016", "risk-register"}


def test_the_schema_knows_every_field_and_built_in_layout() -> None:
    defs = programme_schema()["$defs"]
    assert defs["formColumn"]["properties"]["field"]["enum"] == list(FIELDS)
    assert defs["formLayoutName"]["enum"] == list(BUILT_IN)


def test_a_declared_layout_prints_its_columns_and_the_state() -> None:
    form = {
        "layout": [
            {"title": "№ з/п", "field": "number", "width": 0.05},
            {"title": "Захід", "field": "title"},
            {"title": "Стан", "field": "state"},
            {"title": "Що зроблено", "field": "status"},
        ],
        "numbers": False,
    }
    blob = render(with_form(small_programme(), form), small_report())
    table = docx.Document(io.BytesIO(blob)).tables[0]
    rows = [[cell.text for cell in row.cells] for row in table.rows]
    assert rows[0] == ["№ з/п", "Захід", "Стан", "Що зроблено"]
    assert rows[1] == ["І. Заходи загальної політики"] * 4
    assert rows[-1] == ["1", "Перевірка декларацій", "виконано", "Декларації подано вчасно."]
    with docx2python(io.BytesIO(blob)) as content:
        assert content.body[1][-1] == [["1"], ["Перевірка декларацій"], ["виконано"], ["Декларації подано вчасно."]]
    grid = part_xml(blob, "word/document.xml").findall(".//w:tbl/w:tblGrid/w:gridCol", NS)
    assert abs(int(grid[0].get(w("w"))) - 0.05 * sum(int(g.get(w("w"))) for g in grid)) <= 1
    assert header_cells(blob) == [[("№ з/п", 1, None), ("Захід", 1, None), ("Стан", 1, None), ("Що зроблено", 1, None)]]


def test_the_risk_table_2016_header_and_its_numbers_row() -> None:
    blob = render(with_form(small_programme(), "risk-table-2016"), None)
    assert header_cells(blob) == [
        [(c.title, 1, None) for c in RISK_TABLE_2016.columns],
        [(str(i), 1, None) for i in range(1, 9)],
    ]
    with docx2python(io.BytesIO(blob)) as content:
        table = content.body[1]
    assert [cell[0] for cell in table[0]] == [c.title for c in RISK_TABLE_2016.columns]
    assert [cell[0] for cell in table[1]] == [str(i) for i in range(1, 9)]


def test_the_risk_register_has_a_two_level_header() -> None:
    blob = render(with_form(small_programme(), "risk-register"), None)
    analysis = "Аналіз корупційного ризику. Рівень корупційного ризику"
    top, bottom, numbers = [[(t.replace("\u00ad", ""), s, m) for t, s, m in row] for row in header_cells(blob)]
    assert top == [
        ("Функція, процес", 1, "restart"),
        ("Корупційний ризик", 1, "restart"),
        ("Зміст корупційного ризику", 1, "restart"),
        ("Джерело(а) корупційного ризику", 1, "restart"),
        (analysis, 3, None),
        ("Заходи мінімізації, етапи їх виконання", 1, "restart"),
        ("Терміни", 1, "restart"),
        ("Відповідальні виконавці", 1, "restart"),
        ("Необхідні ресурси", 1, "restart"),
        ("Індикатори виконання", 1, "restart"),
        ("Моніторинг виконання заходів", 3, None),
    ]
    assert bottom == [
        *[("", 1, "continue")] * 4,
        ("Імовірність (бал «х»)", 1, None),
        ("Наслідки (бал «у»)", 1, None),
        ("Рівень (х × у)", 1, None),
        *[("", 1, "continue")] * 5,
        ("Фактичний термін", 1, None),
        ("Стан виконання", 1, None),
        ("Опис результатів або причини невиконання", 1, None),
    ]
    assert numbers == [(str(i), 1, None) for i in range(1, 16)]
    table = docx.Document(io.BytesIO(blob)).tables[0]
    first = [cell.text.replace("\u00ad", "") for cell in table.rows[0].cells]
    assert first[4:7] == [analysis] * 3
    second = [cell.text.replace("\u00ad", "") for cell in table.rows[1].cells]
    assert second[:4] == [c.title for c in RISK_REGISTER.columns[:4]]


# --- typography --------------------------------------------------------------------


def test_app_properties_name_zvit_not_the_template() -> None:
    with zipfile.ZipFile(io.BytesIO(render(small_programme(), small_report()))) as package:
        app = etree.fromstring(package.read("docProps/app.xml"))
    ns = {"ep": "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"}
    assert app.findtext("ep:Application", namespaces=ns) == "zvit"
    assert app.find("ep:Template", ns) is None
    assert app.find("ep:Pages", ns) is None


def test_the_signature_is_the_last_row_kept_with_the_last_measure_row() -> None:
    report = small_report(signatory=Signatory("Директор департаменту", "Іван ПЕТРЕНКО"), date="2019-10-04")
    blob = render(small_programme(), report)
    body = part_xml(blob, "word/document.xml").find("w:body", NS)
    assert [child.tag for child in body][-2:] == [w("tbl"), w("sectPr")]
    *_, last_measure, signature = body_rows(body.find(w("tbl")))
    assert all(p.find("w:pPr/w:keepNext", NS) is not None for p in last_measure.iter(w("p")))
    assert signature.find("w:trPr/w:cantSplit", NS) is not None
    inner = signature.find("w:tc/w:tbl", NS)
    assert all(p.find("w:pPr/w:keepNext", NS) is not None for p in inner.iter(w("p")))
    spacing = inner.find(".//w:p/w:pPr/w:spacing", NS)
    assert int(spacing.get(w("before"))) == 28 * 20


def test_section_rows_keep_with_their_first_measure() -> None:
    rows = body_rows(part_xml(render(small_programme(), small_report()), "word/document.xml").find(".//w:tbl", NS))
    sections = [r for r in rows if len(r.findall(w("tc"))) == 1]
    assert sections and all(p.find("w:pPr/w:keepNext", NS) is not None for r in sections for p in r.iter(w("p")))


# --- the programme file ------------------------------------------------------------


def test_a_programme_declaring_its_form_validates_and_renders(repo: Repo, tmp_path: Path) -> None:
    text = repo.read("programme.yaml")
    declared = "form:\n  layout: seed-2019\n  body: military-administration\n"
    repo.write("programme.yaml", text.replace("coordinator: anticor\n", f"coordinator: anticor\n{declared}"))
    assert repo.zvit("validate")[0] == 0
    out = tmp_path / "f.docx"
    assert repo.zvit("docx", "--unit", "jkg", "--quarter", "3", "--out", str(out))[0] == 0
    caption = docx.Document(str(out)).paragraphs[3].text
    assert caption == "(найменування підрозділу обласної військової адміністрації)"


def test_an_unknown_field_is_refused_at_its_line(repo: Repo) -> None:
    text = repo.read("programme.yaml")
    declared = "form:\n  layout:\n    - {title: №, field: nomer}\n"
    repo.write("programme.yaml", text.replace("coordinator: anticor\n", f"coordinator: anticor\n{declared}"))
    code, out, _ = repo.zvit("validate")
    line = text[: text.index("coordinator: anticor\n")].count("\n") + 4
    assert code == 1
    assert [x for x in out.splitlines() if "nomer" in x][0].startswith(f"programme.yaml:{line}:")


def test_a_misspelt_layout_name_lists_the_built_in_ones(repo: Repo) -> None:
    text = repo.read("programme.yaml")
    repo.write("programme.yaml", text.replace("coordinator: anticor\n", "coordinator: anticor\nform: risk-registr\n"))
    code, out, _ = repo.zvit("validate")
    line = text[: text.index("coordinator: anticor\n")].count("\n") + 2
    assert code == 1
    assert out.splitlines()[0].startswith(f"programme.yaml:{line}:7: помилка: значення «risk-registr» не з переліку")
    assert "risk-register" in out.splitlines()[0]


def test_captions_sit_in_the_middle_of_their_cells() -> None:
    blob = render(with_form(small_programme(), "risk-register"), None)
    rows = body_rows(part_xml(blob, "word/document.xml").find(".//w:tbl", NS))
    captions = [tc for tr in rows[:2] for tc in tr.findall(w("tc"))]
    assert {tc.find("w:tcPr/w:vAlign", NS).get(w("val")) for tc in captions} == {"center"}


# --- the period of the report, on the form ------------------------------------------

HALF_YEARLY = Path(__file__).resolve().parent / "data" / "half-yearly"


def _example(folder: Path, report: str | None) -> tuple[Programme, Report | None]:
    from zvit.load.yamlfile import parse_yaml
    from zvit.model.build import programme_from_data, report_from_data

    def read(rel: str) -> dict:
        return parse_yaml((folder / rel).read_bytes(), rel).data

    programme = programme_from_data(read("programme.yaml"))
    return programme, report_from_data(read(report)) if report else None


@pytest.mark.parametrize(
    ("report", "period"),
    [
        ("reports/sektor/2022-h1.yaml", "за І півріччя 2022 року"),
        ("reports/sektor/2021-h2.yaml", "за ІІ півріччя 2021 року"),
        (None, "за ____ півріччя ____ року"),
    ],
)
def test_a_half_yearly_form_names_its_half_year(report: str | None, period: str) -> None:
    programme, found = _example(HALF_YEARLY, report)
    blob = render_form(programme, found, programme.units["sektor"])
    sentence = docx.Document(io.BytesIO(blob)).paragraphs[1].text
    assert sentence == (
        f"для надання звітної інформації {period} про виконання ПРИКЛАДУ антикорупційної програми умовного "
        "органу на 2021–2022 роки та реалізації визначених у ній заходів"
    )
