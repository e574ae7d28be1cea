"""`zvit consolidated`: every unit's statuses in the programme's table, read back from the DOCX."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest
from conftest import Repo
from docx.shared import Length
from docx.table import _Cell

from commands.test_status import OSVITA, three_units

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
DMK_NAME = "Департамент масових комунікацій облдержадміністрації"
JKG_NAME = "Департамент житлово-комунального господарства облдержадміністрації"


@pytest.fixture(scope="module")
def produced(tmp_path_factory: pytest.TempPathFactory) -> tuple[Repo, tuple[int, str, str], bytes]:
    repo = three_units(tmp_path_factory.mktemp("consolidated") / "repo")
    result = repo.zvit("consolidated", "--quarter", "3")
    return repo, result, (repo.path / "build" / "consolidated-2019-q3.docx").read_bytes()


@pytest.fixture(scope="module")
def rows(produced: tuple[Repo, tuple[int, str, str], bytes]) -> list[list[_Cell]]:
    document = docx.Document(io.BytesIO(produced[2]))
    return [row.cells for row in document.tables[0].rows]


def measure_rows(rows: list[list[_Cell]]) -> dict[str, list[_Cell]]:
    """Measure rows by id: a section row (one merged cell) sets the section."""
    found: dict[str, list[_Cell]] = {}
    section = ""
    for cells in rows[2:]:
        if len({id(c._tc) for c in cells}) == 1:
            section = "I" if cells[0].text.startswith("І.") else "II"
        else:
            found[f"{section}.{cells[0].text}"] = cells
    return found


def paragraphs(cell: _Cell) -> list[tuple[str, bool]]:
    """(text, bold) per paragraph: bold when every run is."""
    return [(p.text, bool(p.runs) and all(r.bold for r in p.runs)) for p in cell.paragraphs]


def test_the_command_says_what_went_in_and_what_was_left_out(
    produced: tuple[Repo, tuple[int, str, str], bytes],
) -> None:
    _, (code, out, err), _ = produced
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "у зведеній інформації звіти підрозділів (2): dmk, jkg"
    assert lines[1] == (
        "звіту немає (12): anticor, aparat, kerivnyk-aparatu, kadry, audit, risk-commission, "
        "audit-group-head, ekologia, apk, budivnytstvo, mtd, kultura"
    )
    assert lines[2].startswith("записано ") and lines[2].endswith("build/consolidated-2019-q3.docx")
    assert err == (
        "zvit: звіт reports/osvita/2019-q3.yaml не пройшов перевірку (помилок: 2), його немає "
        "у зведеній інформації; див. make validate\n"
    )


def test_heading_says_it_is_the_consolidated_information_for_the_quarter(
    produced: tuple[Repo, tuple[int, str, str], bytes],
) -> None:
    document = docx.Document(io.BytesIO(produced[2]))
    texts = [p.text for p in document.paragraphs]
    assert texts[:2] == [
        "ЗВЕДЕНА ІНФОРМАЦІЯ",
        "про виконання Антикорупційної програми Луганської обласної державної адміністрації на 2019 рік "
        "та реалізації визначених у ній заходів за ІІІ квартал 2019 року",
    ]
    assert document.paragraphs[0].runs[0].bold
    assert document.core_properties.title == "Зведена інформація за ІІІ квартал 2019 року"


def test_the_document_names_the_units_that_did_not_report(
    produced: tuple[Repo, tuple[int, str, str], bytes],
) -> None:
    document = docx.Document(io.BytesIO(produced[2]))
    texts = [p.text for p in document.paragraphs]
    assert texts[2] == (
        "Інформацію не надали (12): відділ взаємодії з правоохоронними органами, оборонної роботи, з питань "
        "запобігання та виявлення корупції апарату облдержадміністрації; апарат облдержадміністрації; "
        "Керівник апарату; управління по роботі з персоналом апарату облдержадміністрації; управління "
        "внутрішнього аудиту облдержадміністрації; Комісія з оцінки корупційних ризиків в облдержадміністрації; "
        "Голова робочої групи з проведення перевірок (аудитів) структурних підрозділів облдержадміністрації та її "
        "апарату; Департамент екології та природних ресурсів облдержадміністрації; Департамент "
        "агропромислового розвитку облдержадміністрації; Департамент будівництва, енергозбереження, архітектури "
        "та містобудування облдержадміністрації; Департамент міжнародної технічної допомоги, інноваційного "
        "розвитку та зовнішніх зносин облдержадміністрації; Управління культури, національностей та релігій "
        "облдержадміністрації."
    )
    assert texts[3] == (
        "Звіт не пройшов перевірку й до зведеної інформації не ввійшов (1): "
        "Департамент освіти і науки облдержадміністрації."
    )


def test_each_measure_holds_every_reporting_unit_under_its_name(rows: list[list[_Cell]]) -> None:
    measures = measure_rows(rows)
    assert len(measures) == 37
    assert [c.text for c in rows[0]][4] == "Стан виконання"
    first = measures["I.1"]
    assert first[1].text.startswith("Запобігання та врегулювання конфлікту інтересів")
    assert first[2].text == "постійно"
    assert paragraphs(first[4]) == [
        (DMK_NAME, True),
        ("Працівники Департаменту ознайомлені з Пам’яткою.", False),
        ("Конфлікту інтересів не виявлено.", False),
        ("", False),
        (JKG_NAME, True),
        ("Проводиться роз’яснювальна робота.", False),
        (
            "Всі працівники Департаменту ознайомлені з «Пам’яткою про врегулювання конфлікту інтересів в "
            "діяльності працівників обласної державної адміністрації».",
            False,
        ),
        ("У звітному періоді випадків виникнення конфлікту інтересів не встановлено.", False),
    ]
    # dmk's "-" says nothing: only jkg appears.
    assert [p for p in paragraphs(measures["I.3"][4]) if p[1]] == [(JKG_NAME, True)]
    # Nobody reported on I.5.
    assert paragraphs(measures["I.5"][4]) == [("", False)]
    assert paragraphs(measures["II.3"][4])[:2] == [
        (DMK_NAME, True),
        ('Методичну документацію оновлено <у червні> & "розіслано".', False),
    ]
    # jkg's empty II.12 and the invalid osvita report add nothing.
    assert paragraphs(measures["II.12"][4]) == [("", False)]
    assert not any("освіти" in cells[4].text for cells in measures.values())


def test_layout_follows_the_form(produced: tuple[Repo, tuple[int, str, str], bytes], rows: list[list[_Cell]]) -> None:
    document = docx.Document(io.BytesIO(produced[2]))
    page = document.sections[0]
    sizes = (
        page.page_width,
        page.page_height,
        page.left_margin,
        page.right_margin,
        page.top_margin,
        page.bottom_margin,
    )
    assert [round(Length(s).mm) for s in sizes] == [297, 210, 30, 10, 20, 20]
    fonts = document.styles.element.find(f"{W}docDefaults").find(f".//{W}rFonts")
    assert {fonts.get(f"{W}{slot}") for slot in ("ascii", "hAnsi", "eastAsia", "cs")} == {"Times New Roman"}
    assert document.styles.element.find(f"{W}docDefaults").find(f".//{W}lang").get(f"{W}val") == "uk-UA"
    trs = document.tables[0]._tbl.findall(f"{W}tr")
    assert [tr.find(f"{W}trPr/{W}tblHeader") is not None for tr in trs[:3]] == [True, True, False]
    section = trs[2]
    assert section.find(f"{W}tc/{W}tcPr/{W}gridSpan").get(f"{W}val") == "5"
    assert section.find(f".//{W}r/{W}rPr/{W}b") is not None
    assert rows[2][0].text.startswith("І. Заходи з реалізації засад")


def test_same_inputs_give_the_same_bytes(produced: tuple[Repo, tuple[int, str, str], bytes]) -> None:
    repo, _, first = produced
    again = repo.path / "build" / "again.docx"
    assert repo.zvit("consolidated", "--quarter", "3", "--out", str(again))[0] == 0
    assert again.read_bytes() == first


def test_no_report_for_the_quarter(repo: Repo) -> None:
    code, out, err = repo.zvit("consolidated", "--quarter", "1")
    assert (code, out) == (1, "")
    assert err == "zvit: жоден підрозділ не має звіту за 1 квартал 2019 року\n"


def test_only_invalid_reports_is_an_error(repo: Repo) -> None:
    repo.write("reports/osvita/2019-q4.yaml", OSVITA.replace("quarter: 3", "quarter: 4"))
    code, out, err = repo.zvit("consolidated", "--quarter", "4")
    assert (code, out) == (1, "")
    assert err.splitlines()[-1] == ("zvit: жоден звіт за 4 квартал 2019 року не пройшов перевірку; див. make validate")
    assert not Path(repo.path / "build" / "consolidated-2019-q4.docx").exists()
