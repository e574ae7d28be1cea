"""The risk register printed and read back: the example programme in tests/data/risk-register.

The fixture is an example (its texts say «приклад»), not an official document.
One row per measure; a risk's cells and its function's cell merged down over its
measures; the monitoring columns (actual date, state, results) from the report.
"""

from __future__ import annotations

import dataclasses
import io
import shutil
from pathlib import Path

import docx
import pytest
from conftest import Repo, make_repo
from docx2python import docx2python
from test_form_docx import NS, body_rows, part_xml, w

from zvit.load.yamlfile import parse_yaml
from zvit.model.build import form_from_data, programme_from_data, report_from_data
from zvit.model.form_layout import RISK_REGISTER, RISK_TABLE_2016
from zvit.model.objects import Programme, Report
from zvit.render.form_docx import render_form

EXAMPLE = Path(__file__).resolve().parent / "data" / "risk-register"
REPORT = "reports/kadry/2023.yaml"


def unmarked(text: str) -> str:
    """A cell's text without the soft hyphens that say where a word may break."""
    return text.replace("\u00ad", "")


def load(rel: str) -> dict:
    return parse_yaml((EXAMPLE / rel).read_bytes(), rel).data


@pytest.fixture(scope="module")
def register() -> tuple[Programme, Report]:
    return programme_from_data(load("programme.yaml")), report_from_data(load(REPORT))


def test_a_register_programme_prints_the_register_by_default(register: tuple[Programme, Report]) -> None:
    programme, report = register
    assert programme.form.layout == RISK_REGISTER
    blob = render_form(programme, report, programme.units["kadry"])
    table = docx.Document(io.BytesIO(blob)).tables[0]
    rows = [[unmarked(cell.text) for cell in row.cells] for row in table.rows]
    assert rows[2] == [str(i) for i in range(1, 16)]
    assert rows[3] == [
        "Управління персоналом (приклад функції)",
        "Приклад ризику упередженого добору кандидатів",
        "Приклад змісту ризику.",
        "Приклад джерела ризику.",
        "2",
        "3",
        "6",
        "Приклад заходу — залучати до конкурсу незалежного члена комісії",
        "Протягом 2023 року",
        "Умовний відділ кадрів",
        "Не потребує додаткових ресурсів (приклад)",
        "Приклад індикатора — частка конкурсів з незалежним членом",
        "30.11.2023",
        "виконано",
        "До умовних конкурсів залучено незалежного члена комісії (приклад).",
    ]
    # The second measure of the same risk: python-docx repeats the merged cells' text.
    assert rows[4][:7] == rows[3][:7]
    assert rows[4][7:] == [
        "Приклад заходу — оприлюднювати результати конкурсу",
        "постійно",
        "Умовний відділ кадрів",
        "Не потребує (приклад)",
        "Приклад індикатора — оприлюднені протоколи",
        "",
        "виконано частково",
        "Умовні протоколи оприлюднено частково (приклад).",
    ]
    assert len(rows) == 6, "no section rows: the function column names the section"


def test_the_risk_s_cells_are_merged_down_over_its_measures(register: tuple[Programme, Report]) -> None:
    programme, report = register
    blob = render_form(programme, report, programme.units["kadry"])
    rows = body_rows(part_xml(blob, "word/document.xml").find(".//w:tbl", NS))
    first, second, third = rows[3], rows[4], rows[5]

    def merges(tr: object) -> list[str | None]:
        found = []
        for tc in tr.findall(w("tc")):
            merge = tc.find("w:tcPr/w:vMerge", NS)
            found.append(None if merge is None else (merge.get(w("val")) or "continue"))
        return found

    assert merges(first)[:7] == ["restart"] * 7
    assert merges(second)[:7] == ["continue"] * 7
    assert all(not "".join(tc.itertext()) for tc in second.findall(w("tc"))[:7])
    assert merges(third) == [None] * 15, "a risk with one measure is one row"
    assert all(tr.find("w:trPr/w:cantSplit", NS) is not None for tr in (first, second, third))
    with docx2python(io.BytesIO(blob)) as content:
        table = content.body[1]
    assert [unmarked(p) for p in table[3][7]] == ["Приклад заходу — залучати до конкурсу незалежного члена комісії"]
    assert [unmarked(p) for p in table[5][0]] == ["Публічні закупівлі (приклад функції)"]


def test_the_register_s_heading_names_the_year(register: tuple[Programme, Report]) -> None:
    programme, report = register
    paragraphs = docx.Document(io.BytesIO(render_form(programme, report, programme.units["kadry"]))).paragraphs
    assert paragraphs[1].text.startswith("для надання звітної інформації за 2023 рік про виконання ПРИКЛАДУ")


def test_the_2016_risk_table_from_the_same_programme(register: tuple[Programme, Report]) -> None:
    programme, report = register
    table_2016 = dataclasses.replace(programme, form=form_from_data("risk-table-2016"))
    blob = render_form(table_2016, report, programme.units["kadry"])
    rows = [[unmarked(cell.text) for cell in row.cells] for row in docx.Document(io.BytesIO(blob)).tables[0].rows]
    assert rows[0] == [c.title for c in RISK_TABLE_2016.columns]
    assert rows[3] == [
        "1.1.1",
        "Приклад ризику упередженого добору кандидатів",
        "6",
        "Приклад заходу — залучати до конкурсу незалежного члена комісії",
        "Умовний відділ кадрів",
        "Протягом 2023 року",
        "Не потребує додаткових ресурсів (приклад)",
        "Приклад індикатора — частка конкурсів з незалежним членом",
    ]


def example_repo(path: Path) -> Repo:
    repo = make_repo(path, files=())
    shutil.copytree(EXAMPLE, repo.path, dirs_exist_ok=True)
    assert repo.zvit("schema")[0] == 0
    repo.commit("Приклад реєстру ризиків")
    return repo


def test_import_reads_the_register_it_writes(tmp_path: Path) -> None:
    repo = example_repo(tmp_path / "repo")
    original = parse_yaml((repo.path / REPORT).read_bytes(), REPORT).data
    form = tmp_path / "form.docx"
    code, _, err = repo.zvit("docx", "--unit", "kadry", "--period", "2023", "--out", str(form))
    assert (code, err) == (0, "")
    (repo.path / REPORT).unlink()
    code, out, err = repo.zvit("import", str(form), "--unit", "kadry", "--period", "2023")
    assert (code, err) == (0, ""), out
    assert parse_yaml((repo.path / REPORT).read_bytes(), REPORT).data["measures"] == original["measures"]


def test_import_refuses_an_actual_date_the_calendar_has_not(tmp_path: Path) -> None:
    repo = example_repo(tmp_path / "repo")
    form = tmp_path / "form.docx"
    assert repo.zvit("docx", "--unit", "kadry", "--period", "2023", "--out", str(form))[0] == 0
    document = docx.Document(str(form))
    cell = next(c for row in document.tables[0].rows for c in row.cells if c.text == "30.11.2023")
    cell.paragraphs[0].runs[0].text = "31.02.2023"
    document.save(str(form))
    before = (repo.path / REPORT).read_bytes()
    code, out, err = repo.zvit("import", str(form), "--unit", "kadry", "--period", "2023", "--force")
    assert code == 1
    assert out.splitlines()[0] == (
        f"{form}: таблиця 1, рядок 4: захід 1.1.1: фактичний термін «31.02.2023» — не дата ДД.ММ.РРРР; не імпортовано"
    )
    assert err.startswith("zvit: звіт не записано, бо частину форми не імпортовано")
    assert (repo.path / REPORT).read_bytes() == before


def test_fifteen_columns_step_down_to_10_pt_and_break_words_only_at_syllables(
    register: tuple[Programme, Report],
) -> None:
    programme, report = register
    blob = render_form(programme, report, programme.units["kadry"])
    tbl = part_xml(blob, "word/document.xml").find(".//w:tbl", NS)
    sizes = {int(v) for v in tbl.xpath(".//w:r/w:rPr/w:sz/@w:val", namespaces=NS)}
    assert sizes == {20}  # half-points: 10 pt
    first = body_rows(tbl)[3]
    function = "".join(first.find(w("tc")).itertext())
    assert function == "Уп\u00adрав\u00adлін\u00adня пер\u00adсо\u00adна\u00adлом (прик\u00adлад фун\u00adк\u00adції)"


def test_the_consolidated_register_prints_each_measure_s_state_and_actual_date(tmp_path: Path) -> None:
    repo = example_repo(tmp_path / "repo")
    out = tmp_path / "consolidated.docx"
    code, _, err = repo.zvit("consolidated", "--period", "2023", "--out", str(out))
    assert (code, err) == (0, "")
    table = docx.Document(str(out)).tables[0]
    rows = {unmarked(row.cells[7].text): [unmarked(c.text) for c in row.cells[12:15]] for row in table.rows[3:]}
    done, state, results = rows["Приклад заходу — залучати до конкурсу незалежного члена комісії"]
    assert (done, state) == ("30.11.2023", "виконано")
    assert results == "Умовний відділ кадрів\nДо умовних конкурсів залучено незалежного члена комісії (приклад)."
    assert rows["Приклад заходу — оприлюднювати результати конкурсу"][:2] == ["", "виконано частково"]
    assert rows["Приклад заходу — щоквартальний аналіз річного плану закупівель"][:2] == ["", ""]


def test_a_consolidated_state_given_by_two_units_names_each(tmp_path: Path) -> None:
    repo = example_repo(tmp_path / "repo")
    programme = repo.read("programme.yaml").replace("responsible: [kadry]", "responsible: [kadry, zakupivli]", 1)
    repo.write("programme.yaml", programme)
    repo.write(
        "reports/zakupivli/2023.yaml",
        'programme: example-register-2023-2025\nunit: zakupivli\nperiod: "2023"\nmeasures:\n'
        "  1.1.1:\n    text: Не залучено (приклад).\n    state: не виконано\n  2.1.1: Проаналізовано (приклад).\n",
    )
    out = tmp_path / "consolidated.docx"
    code, _, err = repo.zvit("consolidated", "--period", "2023", "--out", str(out))
    assert (code, err) == (0, "")
    row = docx.Document(str(out)).tables[0].rows[3]
    assert unmarked(row.cells[7].text) == "Приклад заходу — залучати до конкурсу незалежного члена комісії"
    assert unmarked(row.cells[12].text) == "30.11.2023"
    assert unmarked(row.cells[13].text) == "Умовний відділ кадрів: виконано\nУмовний відділ закупівель: не виконано"


def test_a_layout_without_report_columns_is_not_imported_over_a_report(tmp_path: Path) -> None:
    repo = example_repo(tmp_path / "repo")
    repo.write(
        "programme.yaml",
        repo.read("programme.yaml").replace("reporting: year\n", "reporting: year\nform: risk-table-2016\n"),
    )
    form = tmp_path / "form.docx"
    assert repo.zvit("docx", "--unit", "kadry", "--period", "2023", "--out", str(form))[0] == 0
    before = (repo.path / REPORT).read_bytes()
    code, out, err = repo.zvit("import", str(form), "--unit", "kadry", "--period", "2023", "--force")
    assert (code, out) == (1, "")
    assert err == (
        "zvit: у формі програми (risk-table-2016) немає стовпців звіту — стану виконання, оцінки чи фактичного "
        "терміну, тож імпортувати з неї нічого\n"
    )
    assert (repo.path / REPORT).read_bytes() == before
