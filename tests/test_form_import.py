"""Reading filled-in Word forms: the rendered form round-trips, real Word variations import,
and a messy legacy form has each of its problems reported with its table and row."""

from __future__ import annotations

import io
from collections.abc import Sequence

import docx
import pytest
from conftest import PROGRAMME_PATH, REPORT_PATH
from docx.oxml import parse_xml
from docx.table import _Cell

from zvit.check.form_import import Imported, match_form, read_form
from zvit.commands.import_form import _worded
from zvit.core.errors import ZvitError
from zvit.load.yamlfile import parse_yaml
from zvit.model.build import programme_from_data, report_from_data
from zvit.model.objects import Programme, Report, Signatory, Status
from zvit.model.period import Period
from zvit.render.form_docx import COLUMN_TITLES, render_form

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


@pytest.fixture(scope="module")
def real() -> tuple[Programme, Report]:
    programme = programme_from_data(parse_yaml(PROGRAMME_PATH.read_bytes(), "p").data)
    report = report_from_data(parse_yaml(REPORT_PATH.read_bytes(), "r").data)
    return programme, report


Cell = str | Sequence[str]  # one text, or paragraphs; "\n" inside a text is a soft line break


class LegacyForm:
    """A form as people make them in Word, built with python-docx."""

    def __init__(self, columns: int = 5) -> None:
        self.document = docx.Document()
        self.columns = columns
        self.table = None

    def paragraph(self, text: str) -> LegacyForm:
        self.document.add_paragraph(text)
        return self

    def new_table(self, header: bool = True, numbers: bool = True) -> LegacyForm:
        self.table = self.document.add_table(rows=0, cols=self.columns)
        if header:
            self.row(*COLUMN_TITLES)
        if numbers:
            self.row(*(str(i) for i in range(1, self.columns + 1)))
        return self

    def row(self, *cells: Cell) -> list[_Cell]:
        assert self.table is not None
        row_cells = self.table.add_row().cells
        for cell, value in zip(row_cells, cells, strict=False):
            fill(cell, value)
        return list(row_cells)

    def section(self, printed: str, title: str, merged: bool = True) -> LegacyForm:
        assert self.table is not None
        cells = self.table.add_row().cells
        if merged:
            fill(cells[0].merge(cells[-1]), f"{printed}. {title}")
        else:
            fill(cells[0], f"{printed}.")
            fill(cells[1], title)
        return self

    def bytes(self) -> bytes:
        out = io.BytesIO()
        self.document.save(out)
        return out.getvalue()


def fill(cell: _Cell, value: Cell) -> None:
    paragraphs = [value] if isinstance(value, str) else list(value)
    first = cell.paragraphs[0]
    for i, text in enumerate(paragraphs):
        paragraph = first if i == 0 else cell.add_paragraph()
        for j, piece in enumerate(text.split("\n")):
            run = paragraph.add_run(piece)
            if j < len(text.split("\n")) - 1:
                run.add_break()


def imported(content: bytes, programme: Programme) -> Imported:
    return match_form(read_form(content), programme)


def worded(result: Imported) -> list[str]:
    return [_worded(p, "uk") for p in result.problems]


# The rendered form comes back exactly --------------------------------------


def test_the_rendered_form_imports_back_to_the_same_statuses(real: tuple[Programme, Report]) -> None:
    programme, report = real
    result = imported(render_form(programme, report, programme.units["jkg"]), programme)
    assert result.problems == []
    own = {m.id for m in programme.measures_of("jkg")}
    assert {k: v for k, v in result.statuses.items() if k in own or v} == {
        k: s.text for k, s in report.statuses.items()
    }
    assert result.sources["I.1"] == (1, 4)  # header, numbering, section row, then I.1


def test_awkward_texts_signatory_and_date_survive_the_round_trip(real: tuple[Programme, Report]) -> None:
    programme, report = real
    texts = {
        "I.1": "  відступ на початку\nрядок з пробілом у кінці \n\nпісля порожнього рядка",
        "I.2": "табуляція\tвсередині, нерозривний\u00a0пробіл, «лапки» і 'апостроф'",
        "I.3": "# не коментар: і двокрапка",
    }
    statuses = {**report.statuses, **{k: Status(v) for k, v in texts.items()}}
    signed = Report(
        report.programme,
        report.unit,
        report.year,
        report.quarter,
        statuses,
        signatory=Signatory("Директор департаменту", "Ірина КОВАЛЬ"),
        date="2019-10-04",
    )
    result = imported(render_form(programme, signed, programme.units["jkg"]), programme)
    assert result.problems == []
    for measure_id, text in texts.items():
        assert result.statuses[measure_id] == text
    assert result.signatory == ("Директор департаменту", "Ірина КОВАЛЬ")
    assert result.date == "2019-10-04"


# How Word files really vary ----------------------------------------------


def _jkg_rows(
    form: LegacyForm,
    programme: Programme,
    report: Report,
    section_ids: Sequence[str],
    *,
    numbers: str = "plain",
    breaks: bool = False,
    empty_rows: bool = False,
    merged_sections: bool = True,
    nbsp_titles: bool = False,
) -> None:
    for section in programme.sections:
        if section.id not in section_ids:
            continue
        form.section(section.printed, section.title, merged=merged_sections)
        for measure in section.measures:
            status = report.status(measure.id)
            lines = status.paragraphs if status else [""]
            number = {
                "plain": measure.number,
                "dotted": measure.number + ".",
                "prefixed": f"{section.printed}.{measure.number}",
                "auto": "",
            }[numbers]
            title = measure.title.replace(" ", "\u00a0") if nbsp_titles else measure.title
            form.row(
                number,
                title,
                measure.deadline,
                "\n".join(programme.responsible_lines(measure)),
                "\n".join(lines) if breaks else lines,
            )
            if empty_rows:
                form.row("", "", "", "", "")


@pytest.mark.parametrize(
    "variant",
    [
        dict(header=False, numbers_row=False, numbers="dotted"),
        dict(header=True, numbers_row=False, numbers="prefixed", merged_sections=False),
        dict(header=True, numbers_row=True, numbers="auto", breaks=True),
        dict(header=False, numbers_row=True, numbers="plain", empty_rows=True, nbsp_titles=True),
        dict(split=True, numbers="plain", breaks=True),
    ],
)
def test_forms_as_word_users_make_them_import_to_the_same_statuses(
    real: tuple[Programme, Report], variant: dict
) -> None:
    programme, report = real
    form = (
        LegacyForm()
        .paragraph("ФОРМА")
        .paragraph("для надання звітної інформації за ІІІ квартал 2019 року про виконання …")
    )
    options = {k: v for k, v in variant.items() if k not in ("header", "numbers_row", "split")}
    if variant.get("split"):  # one table per section, header rows repeated, a line between
        form.new_table()
        _jkg_rows(form, programme, report, ["I"], **options)
        form.paragraph("")
        form.new_table()
        _jkg_rows(form, programme, report, ["II"], **options)
    else:
        form.new_table(header=variant["header"], numbers=variant["numbers_row"])
        _jkg_rows(form, programme, report, ["I", "II"], **options)
    result = imported(form.bytes(), programme)
    assert result.problems == []
    own = {m.id for m in programme.measures_of("jkg")}
    assert {k: v for k, v in result.statuses.items() if k in own or v} == {
        k: s.text for k, s in report.statuses.items()
    }


def test_text_in_tracked_insertions_hyperlinks_and_fields_is_read_and_deletions_are_not() -> None:
    form = LegacyForm().new_table(header=False, numbers=False)
    cells = form.row("1", "x", "", "", "")
    p = cells[4].paragraphs[0]
    p._p.append(parse_xml(f'<w:r {W_NS}><w:t xml:space="preserve">Видно </w:t></w:r>'))
    p._p.append(
        parse_xml(
            f'<w:ins {W_NS} w:id="1" w:author="A" w:date="2019-10-01T00:00:00Z"><w:r><w:t>вставлене</w:t></w:r></w:ins>'
        )
    )
    p._p.append(
        parse_xml(
            f'<w:del {W_NS} w:id="2" w:author="A" w:date="2019-10-01T00:00:00Z">'
            "<w:r><w:delText>видалене</w:delText></w:r></w:del>"
        )
    )
    p._p.append(parse_xml(f'<w:hyperlink {W_NS}><w:r><w:t xml:space="preserve"> посилання</w:t></w:r></w:hyperlink>'))
    p._p.append(
        parse_xml(
            f"<w:sdt {W_NS}><w:sdtContent><w:r><w:t>; поле</w:t></w:r><w:r><w:br/>"
            "<w:t>новий рядок</w:t></w:r></w:sdtContent></w:sdt>"
        )
    )
    form.row("2", "y", "", "", "")
    rows = read_form(form.bytes()).rows
    assert rows[0].at(5).lines == ("Видно вставлене посилання; поле", "новий рядок")


# A messy legacy form: every problem listed with its place -------------------------


def messy_form(programme: Programme) -> bytes:
    m = programme.measure
    form = LegacyForm(columns=6)
    form.paragraph("ФОРМА").paragraph("для надання звітної інформації за ІІ квартал 2019 року")
    form.new_table()
    form.section("І", programme.sections[0].title)  # row 3
    form.row("1", m("I.1").title, "постійно", "", ["Перший абзац.", "Другий абзац."])  # row 4
    form.row("2", m("I.3").title, "", "", "Текст про ризики")  # row 5: wrong number
    form.row("40", "Невідомий захід", "", "", "Щось")  # row 6
    form.row("", "Зовсім інший текст у рядку без номера", "", "", "x")  # row 7
    form.row("4", m("I.4").title, "", "", "Інформування", "Примітка: уточнити")  # row 8: 6th column
    upper = form.row("7", m("I.7").title, "", "", "Скарг не було")  # row 9
    lower = form.row("8", m("I.8").title, "", "", "")  # row 10
    upper[4].merge(lower[4])  # status merged down
    form.row("", "", "", "", "")  # row 11: empty
    form.row("1", m("I.1").title, "", "", "Інший текст для I.1")  # row 12: duplicate
    form.section("ІІІ", "Невідомий розділ")  # row 13
    form.row("1", "Захід невідомого розділу", "", "", "Текст")  # row 14
    form.paragraph("Примітка: дані уточнюються")
    return form.bytes()


MESSY_PROBLEMS = [
    "таблиця 1, рядок 5: номер вказує на захід I.2 «Здійснення контролю за дотриманням вимог "
    "антикорупційного…», а назва в рядку — «Виявлення сприятливих для вчинення корупційних правопорушень "
    "ризиків…» (схожість {sim}; найближчий за назвою: I.3 (1.00)); не імпортовано",
    "таблиця 1, рядок 6: заходу I.40 у програмі немає («Невідомий захід»; найближчий за назвою: —); не імпортовано",
    "таблиця 1, рядок 7: рядок не впізнано й не імпортовано: «Зовсім інший текст у рядку без номера | x» "
    "(найближчий за назвою захід: —)",
    "таблиця 1, рядок 8: зайва клітинка в стовпці 6 не імпортована: «Примітка: уточнити»",
    "таблиця 1, рядок 10: клітинку стану виконання заходу I.8 об’єднано з рядком вище; її текст віднесено "
    "до заходу вище, для I.8 не імпортовано",
    "таблиця 1, рядок 12: захід I.1 уже був (таблиця 1, рядок 4) з іншим текстом; цей рядок не імпортовано",
    "таблиця 1, рядок 13: розділ «ІІІ. Невідомий розділ» не впізнано: такого номера розділу в програмі "
    "немає; заходи під ним не імпортовано",
    "таблиця 1, рядок 14: захід № 1 «Захід невідомого розділу» не стоїть під жодним упізнаним рядком "
    "розділу; не імпортовано",
    "текст поза таблицею не імпортовано: «Примітка: дані уточнюються»",
]


def test_a_messy_legacy_form_reports_every_problem_with_its_place(real: tuple[Programme, Report]) -> None:
    programme, _ = real
    result = imported(messy_form(programme), programme)
    lines = worded(result)
    similarity = lines[0].split("(схожість ")[1].split(";")[0]
    assert float(similarity) < 0.8
    assert lines == [line.replace("{sim}", similarity) for line in MESSY_PROBLEMS]
    assert result.statuses == {"I.1": "Перший абзац.\nДругий абзац.", "I.4": "Інформування", "I.7": "Скарг не було"}
    assert [p.notice for p in result.problems].count(True) == 1


def test_a_split_cell_copy_of_the_same_row_is_not_a_problem(real: tuple[Programme, Report]) -> None:
    programme, _ = real
    form = LegacyForm().new_table()
    form.section("І", programme.sections[0].title)
    form.row("1", programme.measure("I.1").title, "", "", "Текст")
    form.new_table()
    form.section("І", programme.sections[0].title)
    form.row("1", programme.measure("I.1").title, "", "", "Текст")
    result = imported(form.bytes(), programme)
    assert (result.problems, result.statuses) == ([], {"I.1": "Текст"})
    assert result.sources["I.1"] == (1, 4)


def test_a_retyped_title_with_typos_still_matches(real: tuple[Programme, Report]) -> None:
    programme, _ = real
    title = programme.measure("I.9").title.replace("посадовими", "посадовимі").replace("обов’язків", "обовязків")
    form = LegacyForm().new_table(header=False, numbers=False)
    form.section("І", programme.sections[0].title.replace(" ", "\u00a0"))
    form.row("9", title, "", "", "Дотримуються")
    assert imported(form.bytes(), programme).statuses == {"I.9": "Дотримуються"}


def test_not_a_word_file_is_explained() -> None:
    with pytest.raises(ZvitError) as caught:
        read_form(b"\xd0\xcf\x11\xe0 old .doc")
    assert caught.value.code == "import.not-docx"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("для надання звітної інформації за ІІІ квартал 2019 року про виконання", Period.quarter(2019, 3)),
        ("для надання звітної інформації за І півріччя 2022 року про виконання", Period.half_year(2022, 1)),
        ("для надання звітної інформації за ІІ півріччя 2021 року про виконання", Period.half_year(2021, 2)),
        ("для надання звітної інформації за 2022 рік про виконання", Period.whole_year(2022)),
        ("для надання звітної інформації за ____ квартал 2019 року", None),
    ],
)
def test_the_heading_names_a_period_of_any_kind(sentence: str, expected: Period | None) -> None:
    from zvit.check.form_import import Form, form_period

    assert form_period(Form((), ("ФОРМА", sentence), ())) == expected


def test_each_period_phrase_reads_back() -> None:
    from zvit.check.form_import import Form, form_period
    from zvit.render.form_heading import period_phrase

    for period in (Period.quarter(2019, 4), Period.half_year(2022, 2), Period.whole_year(2024)):
        number = None if period.kind == "year" else period.number
        assert form_period(Form((), (f"x {period_phrase(period.kind, number, period.year)} y",), ())) == period


def test_a_state_that_is_not_one_of_the_states_is_a_problem(real: tuple[Programme, Report]) -> None:
    import dataclasses

    import docx

    from zvit.model.build import form_from_data
    from zvit.model.objects import Status

    programme, report = real
    layout = [
        {"title": "№", "field": "number"},
        {"title": "Захід", "field": "title"},
        {"title": "Стан", "field": "state"},
        {"title": "Що зроблено", "field": "status"},
    ]
    programme = dataclasses.replace(programme, form=form_from_data({"layout": layout}))
    statuses = {**report.statuses, "I.1": Status("Проведено.", state="виконано")}
    blob = render_form(programme, dataclasses.replace(report, statuses=statuses), programme.units["jkg"])
    document = docx.Document(io.BytesIO(blob))
    state = next(row.cells[2] for row in document.tables[0].rows if row.cells[2].text == "виконано")
    state.paragraphs[0].runs[0].text = "зроблено"
    out = io.BytesIO()
    document.save(out)
    result = imported(out.getvalue(), programme)
    assert worded(result) == [
        "таблиця 1, рядок 4: захід I.1: стан виконання «зроблено» не з переліку (виконано, виконано частково, "
        "виконується, не виконано, не розпочато, не стосується); не імпортовано"
    ]
    assert "I.1" not in result.states
    assert imported(blob, programme).states == {"I.1": "виконано"}
