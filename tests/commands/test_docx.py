"""`zvit docx`: the form from the work tree, from a past revision, and refusals that write nothing."""

from __future__ import annotations

import io

from conftest import Repo
from docx import Document

REPORT = "reports/jkg/2019-q3.yaml"


def statuses(path: str) -> dict[str, str]:
    """Measure number within its section -> status cell text, read back from the DOCX."""
    table = Document(path).tables[0]
    found: dict[str, str] = {}
    section = 0
    for row in table.rows[2:]:
        cells = row.cells
        if cells[0]._tc is cells[-1]._tc:  # a section row spans every column
            section += 1
            continue
        found[f"{section}.{cells[0].text}"] = cells[4].text
    return found


def test_the_form_is_written_to_build_and_its_path_printed(repo: Repo) -> None:
    code, out, err = repo.zvit("docx", "--unit", "jkg", "--quarter", "3")
    assert (code, err) == (0, "")
    target = repo.path / "build" / "jkg-2019-q3.docx"
    assert out.strip().endswith("build/jkg-2019-q3.docx")
    cells = statuses(str(target))
    assert len(cells) == 37
    assert cells["1.1"].startswith("Проводиться роз’яснювальна робота.")
    assert cells["1.5"] == ""


def test_out_names_the_file_and_a_second_run_gives_the_same_bytes(repo: Repo) -> None:
    first, second = repo.path / "a.docx", repo.path / "b.docx"
    assert repo.zvit("docx", "--unit", "jkg", "--quarter", "3", "--out", str(first))[0] == 0
    assert repo.zvit("docx", "--unit", "jkg", "--quarter", "3", "--out", str(second))[0] == 0
    assert first.read_bytes() == second.read_bytes()


def test_rev_renders_the_report_as_it_was_and_leaves_the_work_tree_alone(repo: Repo) -> None:
    old = repo.git("rev-parse", "HEAD").strip()
    text = repo.read(REPORT)
    repo.write(REPORT, text.replace("Проводиться роз’яснювальна робота.", "Роз’яснювальну роботу завершено."))
    repo.commit("Reword I.1", author="Олена Коваль <o.koval@example.invalid>")
    repo.git("tag", "-a", "jkg/2019-q3", "-m", "submitted", old)
    repo.write(REPORT, "unit: broken: yaml\n")  # an unsaved mess in the work tree must not matter

    old_out, new_out = str(repo.path / "old.docx"), str(repo.path / "new.docx")
    assert repo.zvit("docx", "--unit", "jkg", "--quarter", "3", "--rev", "jkg/2019-q3", "--out", old_out)[0] == 0
    assert repo.zvit("docx", "--unit", "jkg", "--quarter", "3", "--rev", "HEAD", "--out", new_out)[0] == 0
    assert statuses(str(repo.path / "old.docx"))["1.1"].startswith("Проводиться роз’яснювальна робота.")
    assert statuses(str(repo.path / "new.docx"))["1.1"].startswith("Роз’яснювальну роботу завершено.")
    assert repo.read(REPORT) == "unit: broken: yaml\n"


def test_a_past_year_renders_with_the_programme_of_its_own_year(repo: Repo) -> None:
    programme = repo.read("programme.yaml")
    new = (
        programme.replace("id: loda-2019", "id: loda-2020")
        .replace("year: 2019", "year: 2020")
        .replace(
            "Антикорупційної програми Луганської обласної державної адміністрації на 2019 рік",
            "Антикорупційної програми Луганської обласної державної адміністрації на 2020 рік",
        )
    )
    repo.write("programme.yaml", new)
    repo.zvit("schema")
    repo.commit("The 2020 programme")
    out = str(repo.path / "past.docx")
    code, _, err = repo.zvit("docx", "--unit", "jkg", "--quarter", "3", "--year", "2019", "--out", out)
    assert (code, err) == (0, "")
    heading = "\n".join(p.text for p in Document(str(repo.path / "past.docx")).paragraphs)
    assert "про виконання Антикорупційної програми Луганської обласної державної адміністрації на 2019 рік" in heading


def test_docx_all_renders_every_unit_with_a_report_for_the_quarter(repo: Repo) -> None:
    repo.write(
        "reports/dmk/2019-q3.yaml",
        "programme: loda-2019\nunit: dmk\nyear: 2019\nquarter: 3\nmeasures:\n  I.16: Інформацію розміщено.\n",
    )
    code, out, _ = repo.zvit("docx", "--all", "--quarter", "3")
    assert code == 0
    assert sorted(p.name for p in (repo.path / "build").iterdir()) == ["dmk-2019-q3.docx", "jkg-2019-q3.docx"]
    assert statuses(str(repo.path / "build" / "dmk-2019-q3.docx"))["1.16"] == "Інформацію розміщено."
    assert len(out.splitlines()) == 2


def refused(repo: Repo, *argv: str) -> str:
    code, out, err = repo.zvit("docx", *argv)
    assert code == 1
    assert not (repo.path / "build").exists(), "nothing may be written"
    assert "Traceback" not in err
    return err


def test_a_path_as_a_unit_is_refused(repo: Repo) -> None:
    assert refused(repo, "--unit", "../x", "--quarter", "3") == (
        "zvit: «../x» не схоже на ідентифікатор підрозділу (малі латинські літери, цифри, дефіс)\n"
    )


def test_an_unknown_unit_lists_the_known_ones(repo: Repo) -> None:
    assert refused(repo, "--unit", "jkq", "--quarter", "3").startswith(
        "zvit: підрозділу «jkq» немає в програмі; є: anticor, aparat, "
    )


def test_a_missing_report_is_named(repo: Repo) -> None:
    assert refused(repo, "--unit", "osvita", "--quarter", "3") == "zvit: звіту reports/osvita/2019-q3.yaml немає\n"


def test_a_bad_quarter_is_refused(repo: Repo) -> None:
    assert refused(repo, "--unit", "jkg", "--quarter", "5") == "zvit: квартал має бути від 1 до 4, а не «5»\n"


def test_invalid_data_prints_the_findings_and_writes_nothing(repo: Repo) -> None:
    repo.write(REPORT, repo.read(REPORT).replace("quarter: 3", "quarter: 3\nquarter: 4"))
    err = refused(repo, "--unit", "jkg", "--quarter", "3")
    assert err.splitlines() == [
        "reports/jkg/2019-q3.yaml:6:1: помилка: ключ «quarter» повторюється (уперше — у рядку 5); залиште один "
        "[yaml.duplicate-key]",
        "zvit: дані містять помилки (див. вище); документ не створено",
    ]


def test_an_unknown_revision_is_refused(repo: Repo) -> None:
    assert refused(repo, "--unit", "jkg", "--quarter", "3", "--rev", "no-such-tag") == (
        "zvit: ревізії «no-such-tag» немає в репозиторії\n"
    )


def test_the_document_opens_in_python_docx_from_bytes(repo: Repo) -> None:
    repo.zvit("docx", "--unit", "jkg", "--quarter", "3")
    data = (repo.path / "build" / "jkg-2019-q3.docx").read_bytes()
    assert Document(io.BytesIO(data)).tables[0].rows[0].cells[4].text == "Стан виконання"
