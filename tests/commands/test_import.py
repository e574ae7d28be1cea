"""`zvit import`: the rendered form round-trips through the CLI; a messy form is refused or written in part."""

from __future__ import annotations

from conftest import Repo
from test_form_import import messy_form

from zvit.core.messages import text
from zvit.load.yamlfile import parse_yaml
from zvit.model.build import programme_from_data

REPORT = "reports/jkg/2019-q3.yaml"


def _data(repo: Repo, rel: str) -> dict:
    return parse_yaml((repo.path / rel).read_bytes(), rel).data


def test_importing_the_rendered_form_gives_back_the_same_report(repo: Repo) -> None:
    original = _data(repo, REPORT)
    assert repo.zvit("docx", "--unit", "jkg", "--quarter", "3", "--out", str(repo.path / "form.docx"))[0] == 0
    (repo.path / REPORT).unlink()
    code, out, err = repo.zvit("import", str(repo.path / "form.docx"), "--unit", "jkg", "--quarter", "3")
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "у формі впізнано рядків заходів: 37; не імпортовано: 0; зауважень: 0",
        "записано reports/jkg/2019-q3.yaml: станів виконання — 27",
    ]
    assert _data(repo, REPORT) == original
    assert repo.read(REPORT).startswith("# yaml-language-server: $schema=../../schema/report.schema.json\n")
    assert repo.zvit("validate", REPORT)[0] == 0
    assert repo.zvit("fmt", "--check", REPORT)[0] == 0


def test_an_existing_report_is_replaced_only_with_force(repo: Repo) -> None:
    repo.zvit("docx", "--unit", "jkg", "--quarter", "3", "--out", str(repo.path / "form.docx"))
    repo.write(REPORT, repo.read(REPORT) + "# правка\n")
    before = repo.read(REPORT)
    code, out, err = repo.zvit("import", str(repo.path / "form.docx"), "--unit", "jkg", "--quarter", "3")
    assert (code, out) == (1, "")
    assert err == (
        "zvit: звіт reports/jkg/2019-q3.yaml уже існує; щоб замінити його імпортованим, "
        "додайте --force (make import ... FORCE=1)\n"
    )
    assert repo.read(REPORT) == before
    assert repo.zvit("import", str(repo.path / "form.docx"), "--unit", "jkg", "--quarter", "3", "--force")[0] == 0
    assert "# правка" not in repo.read(REPORT)


def test_a_messy_form_is_listed_and_not_written_unless_partial(repo: Repo) -> None:
    programme = programme_from_data(_data(repo, "programme.yaml"))
    old = str(repo.path / "old.docx")
    (repo.path / "old.docx").write_bytes(messy_form(programme))
    target = "reports/jkg/2019-q2.yaml"
    code, out, err = repo.zvit("import", old, "--unit", "jkg", "--quarter", "2")
    assert code == 1
    lines = out.splitlines()
    assert all(line.startswith(f"{old}: ") for line in lines[:-1])
    assert len(lines) == 9 + 24 + 1  # problems, the unit's measures missing from the form, the summary
    assert lines[0].startswith(f"{old}: таблиця 1, рядок 5: номер вказує на захід I.2 ")
    assert (
        f"{old}: заходу I.2 підрозділу у формі немає; з --partial звіт буде записано з порожнім станом цього заходу"
        in lines
    )
    assert lines[-1] == "у формі впізнано рядків заходів: 3; не імпортовано: 32; зауважень: 1"
    assert err == (
        "zvit: звіт не записано, бо частину форми не імпортовано (див. вище); виправте форму або "
        "додайте --partial (make import ... PARTIAL=1), щоб записати лише впізнане\n"
    )
    assert not (repo.path / target).exists()

    code, out, _ = repo.zvit("import", old, "--unit", "jkg", "--quarter", "2", "--partial")
    assert code == 1
    assert out.splitlines()[-1] == "записано reports/jkg/2019-q2.yaml: станів виконання — 3"
    measures = _data(repo, target)["measures"]
    assert measures["I.1"] == "Перший абзац.\nДругий абзац."
    assert measures["I.7"] == "Скарг не було"
    assert measures["I.2"] is None
    assert repo.zvit("validate", target)[0] == 0


def test_the_forms_heading_must_name_the_quarter_being_imported(repo: Repo) -> None:
    programme = programme_from_data(_data(repo, "programme.yaml"))
    old = repo.path / "old.docx"
    old.write_bytes(messy_form(programme))
    out = repo.zvit("import", str(old), "--unit", "jkg", "--quarter", "3", "--force")[1]
    assert (
        f"{old}: у заголовку форми — 2 квартал 2019 року, а імпортується 3 квартал 2019 року; перевірте, чи це той файл"
    ) in out.splitlines()


def test_the_forms_heading_must_name_the_unit_being_imported(repo: Repo) -> None:
    """jkg's form imported as dmk's report was written with jkg's texts and not a word said."""
    form = repo.path / "form.docx"
    assert repo.zvit("docx", "--unit", "jkg", "--quarter", "3", "--out", str(form))[0] == 0
    code, out, err = repo.zvit("import", str(form), "--unit", "dmk", "--quarter", "3")
    assert (code, err) == (1, "zvit: " + text("import.not-written", "uk") + "\n")
    assert out.splitlines()[0] == (
        f"{form}: у заголовку форми — підрозділ jkg (Департамент житлово-комунального господарства Луганської "
        "обласної державної адміністрації), а імпортується звіт підрозділу dmk; перевірте, чи це той файл"
    )
    assert not (repo.path / "reports" / "dmk").exists()


def test_missing_and_non_word_files_are_explained(repo: Repo) -> None:
    assert repo.zvit("import", "nope.docx", "--unit", "jkg", "--quarter", "2") == (
        1,
        "",
        "zvit: файлу nope.docx немає\n",
    )
    repo.write("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1 binary")
    assert repo.zvit("import", str(repo.path / "old.doc"), "--unit", "jkg", "--quarter", "2")[2] == (
        "zvit: це не документ Word .docx; якщо це старий формат .doc, відкрийте його у Word і збережіть як .docx\n"
    )


def _form_without(repo: Repo, measure_number: str) -> str:
    """The rendered form of jkg's Q3 with one measure's row (section I, № `measure_number`) removed."""
    import docx

    path = repo.path / "form.docx"
    assert repo.zvit("docx", "--unit", "jkg", "--quarter", "3", "--out", str(path))[0] == 0
    document = docx.Document(str(path))
    for row in document.tables[0].rows[3:]:
        if row.cells[0].text == measure_number:
            row._tr.getparent().remove(row._tr)
            break
    document.save(str(path))
    return str(path)


def test_a_form_missing_a_measure_row_is_refused_unless_partial(repo: Repo) -> None:
    form = _form_without(repo, "1")
    (repo.path / REPORT).unlink()
    code, out, err = repo.zvit("import", form, "--unit", "jkg", "--quarter", "3")
    assert code == 1
    assert out.splitlines() == [
        f"{form}: заходу I.1 підрозділу у формі немає; з --partial звіт буде записано з порожнім станом цього заходу",
        "у формі впізнано рядків заходів: 36; не імпортовано: 1; зауважень: 0",
    ]
    assert err.startswith("zvit: звіт не записано")
    assert not (repo.path / REPORT).exists()
    code, out, _ = repo.zvit("import", form, "--unit", "jkg", "--quarter", "3", "--partial")
    assert code == 1
    assert _data(repo, REPORT)["measures"]["I.1"] is None


def test_pending_tracked_changes_are_warned_about(repo: Repo) -> None:
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    path = repo.path / "form.docx"
    assert repo.zvit("docx", "--unit", "jkg", "--quarter", "3", "--out", str(path))[0] == 0
    document = docx.Document(str(path))
    run = document.tables[0].rows[3].cells[4].paragraphs[0].runs[0]._r
    inserted = OxmlElement("w:ins", {qn("w:id"): "1", qn("w:author"): "Рецензент"})
    run.addprevious(inserted)
    inserted.append(run)
    document.save(str(path))
    code, out, _ = repo.zvit("import", str(path), "--unit", "jkg", "--quarter", "3", "--force")
    assert code == 0
    assert out.splitlines()[0] == (
        f"{path}: у файлі є неприйняті виправлення (режим рецензування): 1; імпортовано текст так, "
        "ніби їх прийнято — перегляньте їх у Word"
    )
    assert out.splitlines()[1] == "у формі впізнано рядків заходів: 37; не імпортовано: 0; зауважень: 1"


def test_a_layout_with_a_state_column_gives_the_state_back(repo: Repo) -> None:
    text = repo.read("programme.yaml")
    layout = (
        "form:\n  layout:\n    - {title: №, field: number}\n    - {title: Захід, field: title}\n"
        "    - {title: Стан, field: state}\n    - {title: Що зроблено, field: status}\n"
    )
    repo.write("programme.yaml", text.replace("coordinator: anticor\n", f"coordinator: anticor\n{layout}"))
    report = repo.read(REPORT)
    first = report.index("  I.1: ")
    block_end = report.index("\n  I.", first + 1)
    original = _data(repo, REPORT)["measures"]["I.1"]
    repo.write(
        REPORT,
        report[:first]
        + "  I.1:\n    text: |-\n"
        + "".join(f"      {line}\n" if line else "\n" for line in original.split("\n"))
        + "    state: виконується"
        + report[block_end:],
    )
    assert repo.zvit("validate", REPORT)[0] == 0
    assert repo.zvit("schema")[0] == 0
    expected = _data(repo, REPORT)
    path = repo.path / "form.docx"
    assert repo.zvit("docx", "--unit", "jkg", "--quarter", "3", "--out", str(path))[0] == 0
    (repo.path / REPORT).unlink()
    code, out, err = repo.zvit("import", str(path), "--unit", "jkg", "--quarter", "3")
    assert (code, err) == (0, ""), out
    assert _data(repo, REPORT) == expected
    assert _data(repo, REPORT)["measures"]["I.1"] == {"text": original, "state": "виконується"}
