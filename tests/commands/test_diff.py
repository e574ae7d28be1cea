"""`zvit diff`: two quarters or two revisions of jkg's report, in words; the tracked-changes form."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import diff_scenario
import pytest
from conftest import Repo
from diff_scenario import IVANENKO, SHEVCHUK, Scenario

from zvit.render.form_docx import signature_cell

TITLE_I1 = "Запобігання та врегулювання конфлікту інтересів у діяльност…"
TITLE_I2 = "Здійснення контролю за дотриманням вимог антикорупційного з…"
TITLE_I11 = "Організація роботи відповідно до статті 45 Закону України «…"
TITLE_I14 = "Здійснення закупівель товарів, робіт та послуг відповідно д…"
TITLE_II12 = "Організувати роботу з керівниками підприємств, установ та о…"
I2_LINE = (
    "    Постійно [-здійснюється-]{+здійснювався+} контроль за дотриманням вимог "
    "антикорупційного законодавства та законодавства …"
)


@pytest.fixture(scope="module")
def scenario(tmp_path_factory: pytest.TempPathFactory) -> Scenario:
    return diff_scenario.build(tmp_path_factory.mktemp("diff") / "repo")


def test_two_quarters_measure_by_measure(scenario: Scenario) -> None:
    code, out, err = scenario.repo.zvit("diff", "--unit", "jkg", "--from", "2", "--to", "3")
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "jkg: reports/jkg/2019-q2.yaml (робоча копія) → reports/jkg/2019-q3.yaml (робоча копія)",
        "змінено: 3, заповнено: 1, очищено: 1, без змін: 22",
        "",
        f"I.1 змінено — {TITLE_I1}",
        "    Проводиться {+планова +}роз’яснювальна робота[- з працівниками-].",
        "",
        f"I.2 змінено — {TITLE_I2}",
        I2_LINE,
        "",
        f"I.11 заповнено — {TITLE_I11}",
        "    {+Працівники ознайомлені з вимогами статті 45.+}",
        "",
        f"I.14 змінено — {TITLE_I14}",
        "    … майданчику та на сайті Департаменту. Протягом ІІІ кварталу {+зміни не +}вносилися[- зміни-].",
        "",
        f"II.12 очищено — {TITLE_II12}",
        "    [-Виконано.-]",
    ]


def test_all_shows_the_unchanged_measures_too(scenario: Scenario) -> None:
    _, out, _ = scenario.repo.zvit("diff", "--unit", "jkg", "--from", "2", "--to", "3", "--all")
    assert "I.3 без змін — Виявлення сприятливих для вчинення корупційних правопорушен…" in out.splitlines()
    assert len([line for line in out.splitlines() if " без змін — " in line]) == 22


def test_what_changed_after_submission_names_the_tag(scenario: Scenario) -> None:
    code, out, _ = scenario.repo.zvit("diff", "--unit", "jkg", "--quarter", "3", "--from-rev", "jkg/2019-q3")
    assert code == 0
    assert out.splitlines() == [
        "jkg: reports/jkg/2019-q3.yaml (подано: jkg/2019-q3) → reports/jkg/2019-q3.yaml (робоча копія)",
        "змінено: 1, без змін: 26",
        "",
        f"I.2 змінено — {TITLE_I2}",
        I2_LINE,
    ]


def test_two_revisions_read_from_git_leave_the_work_tree_alone(scenario: Scenario) -> None:
    before = scenario.repo.git("status", "--porcelain")
    code, out, _ = scenario.repo.zvit(
        "diff", "--unit", "jkg", "--quarter", "3", "--from-rev", scenario.first[:10], "--to-rev", scenario.fix[:10]
    )
    assert code == 0
    assert out.splitlines()[:2] == [
        f"jkg: reports/jkg/2019-q3.yaml ({scenario.first[:10]}) → reports/jkg/2019-q3.yaml ({scenario.fix[:10]})",
        "змінено: 1, заповнено: 1, без змін: 25",
    ]
    assert scenario.repo.git("status", "--porcelain") == before


def test_json_for_machines(scenario: Scenario) -> None:
    code, out, _ = scenario.repo.zvit(
        "diff", "--unit", "jkg", "--quarter", "3", "--from-rev", "jkg/2019-q3", "--format", "json"
    )
    data = json.loads(out)
    assert code == 0
    assert data["old"] == {"path": "reports/jkg/2019-q3.yaml", "rev": "jkg/2019-q3", "submitted": "jkg/2019-q3"}
    assert data["new"] == {"path": "reports/jkg/2019-q3.yaml", "rev": None, "submitted": None}
    assert data["counts"] == {
        "changed": 1,
        "filled": 0,
        "carried-over": 0,
        "emptied": 0,
        "added": 0,
        "removed": 0,
        "unchanged": 26,
    }
    (measure,) = data["measures"]
    assert (measure["id"], measure["change"], measure["old"]["state"]) == ("I.2", "changed", None)
    assert measure["title"].startswith("Здійснення контролю за дотриманням")
    assert measure["words"][:4] == [
        {"op": "equal", "text": "Постійно "},
        {"op": "delete", "text": "здійснюється"},
        {"op": "insert", "text": "здійснювався"},
        {"op": "equal", "text": measure["new"]["text"][len("Постійно здійснювався") :]},
    ]


def test_markdown_for_the_pull_request_summary(scenario: Scenario) -> None:
    _, out, _ = scenario.repo.zvit(
        "diff", "--unit", "jkg", "--quarter", "3", "--from-rev", "jkg/2019-q3", "--format", "markdown"
    )
    assert out.splitlines() == [
        "### reports/jkg/2019-q3.yaml",
        "",
        "jkg: reports/jkg/2019-q3.yaml (подано: jkg/2019-q3) → reports/jkg/2019-q3.yaml (робоча копія)",
        "",
        "змінено: 1, без змін: 26",
        "",
        "#### I.2 — змінено",
        "",
        f"*{TITLE_I2}*",
        "",
        "> Постійно <del>здійснюється</del><ins>здійснювався</ins> контроль за дотриманням вимог "
        "антикорупційного законодавства та законодавства …",
        "",
    ]


def test_colour_only_when_asked_or_in_a_terminal(scenario: Scenario) -> None:
    argv = ("diff", "--unit", "jkg", "--quarter", "3", "--from-rev", "jkg/2019-q3")
    _, plain, _ = scenario.repo.zvit(*argv)
    _, coloured, _ = scenario.repo.zvit(*argv, "--color", "always")
    assert "\x1b[" not in plain
    assert "Постійно \x1b[31mздійснюється\x1b[m\x1b[32mздійснювався\x1b[m контроль" in coloured


def test_without_two_periods_it_says_what_to_give(scenario: Scenario) -> None:
    code, out, err = scenario.repo.zvit("diff", "--unit", "jkg", "--from", "2")
    assert (code, out) == (1, "")
    assert err == (
        "zvit: вкажіть два квартали (--from 2 --to 3) або квартал і ревізію (--quarter 3 --from-rev jkg/2019-q3)\n"
    )


def test_a_missing_report_or_revision_is_a_plain_error(scenario: Scenario) -> None:
    code, _, err = scenario.repo.zvit("diff", "--unit", "jkg", "--from", "1", "--to", "3")
    assert (code, err) == (1, "zvit: звіту reports/jkg/2019-q1.yaml немає\n")
    code, _, err = scenario.repo.zvit("diff", "--unit", "jkg", "--quarter", "3", "--from-rev", "nope")
    assert (code, err) == (1, "zvit: ревізії «nope» немає в репозиторії\n")


# The form with tracked changes ----------------------------------------------------

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _utc(stamp: str) -> str:
    return dt.datetime.fromisoformat(stamp).astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@pytest.fixture(scope="module")
def tracked(scenario: Scenario, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("docx") / "changes.docx"
    code, said, err = scenario.repo.zvit(
        "diff", "--unit", "jkg", "--quarter", "3", "--from-rev", scenario.first, "--format", "docx", "--out", str(out)
    )
    assert (code, err) == (0, "")
    assert said.startswith("записано ")
    return out


def _revisions(path: Path) -> list[tuple[str, str, str, str, str]]:
    """(element, id, author, date, text) of every w:ins / w:del in document order."""
    from lxml import etree

    root = etree.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    found = []
    for element in root.iter(f"{W}ins", f"{W}del"):
        text = "".join(t.text or "" for t in element.iter(f"{W}t", f"{W}delText"))
        found.append(
            (
                etree.QName(element).localname,
                element.get(f"{W}id"),
                element.get(f"{W}author"),
                element.get(f"{W}date"),
                text,
            )
        )
    return found


def test_the_changes_are_word_tracked_changes_by_the_commits_that_made_them(tracked: Path) -> None:
    assert _revisions(tracked) == [
        ("ins", "1", "Петро Іваненко", _utc("2019-10-02T10:30:00"), "планова "),
        ("del", "2", "Оксана Коваль", _utc("2019-10-07T08:00:00"), "здійснюється"),
        ("ins", "3", "Оксана Коваль", _utc("2019-10-07T08:00:00"), "здійснювався"),
        ("del", "4", "Петро Іваненко", _utc("2019-10-02T10:30:00"), "."),  # the placeholder the form showed
        ("ins", "5", "Петро Іваненко", _utc("2019-10-02T10:30:00"), "Працівники ознайомлені з вимогами статті 45."),
        ("ins", "6", "Марія Шевчук", _utc("2019-10-03T11:00:00"), "зміни не "),
        ("del", "7", "Марія Шевчук", _utc("2019-10-03T11:00:00"), " зміни"),
    ]


def test_deleted_text_is_in_del_text_and_the_rest_of_the_form_is_the_form(tracked: Path) -> None:
    xml = zipfile.ZipFile(tracked).read("word/document.xml").decode()
    assert re.search(r"<w:del [^>]*><w:r><w:delText xml:space=\"preserve\">здійснюється</w:delText></w:r></w:del>", xml)
    assert "<w:t>ФОРМА</w:t>" in xml
    assert "Проводиться </w:t>" in xml and "роз’яснювальна робота.</w:t>" in xml


def test_uncommitted_changes_are_signed_as_the_work_tree(scenario: Scenario, tmp_path: Path) -> None:
    copy = diff_scenario.Repo(tmp_path / "copy")
    shutil.copytree(scenario.repo.path, copy.path)
    copy.write(
        "reports/jkg/2019-q3.yaml",
        copy.read("reports/jkg/2019-q3.yaml").replace(
            "Заплановано підвищення кваліфікації", "Проведено підвищення кваліфікації"
        ),
    )
    out = tmp_path / "wt.docx"
    code, _, _ = copy.zvit(
        "diff", "--unit", "jkg", "--quarter", "3", "--from-rev", "HEAD", "--format", "docx", "--out", str(out)
    )
    assert code == 0
    assert [(kind, author, date, text) for kind, _, author, date, text in _revisions(out)] == [
        ("del", "робоча копія", None, "Заплановано"),
        ("ins", "робоча копія", None, "Проведено"),
    ]


def test_libreoffice_opens_the_tracked_changes(tracked: Path, tmp_path: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    profile = tmp_path / "profile"
    proc = subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(tracked),
        ],
        capture_output=True,
        timeout=180,
    )
    pdf = tmp_path / "changes.pdf"
    assert proc.returncode == 0 and pdf.exists() and pdf.stat().st_size > 10_000
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, check=True).stdout.decode()
        assert "планова" in text and "здійснюється" in text  # deletions are shown struck through


def test_json_and_text_agree_on_the_pieces(scenario: Scenario) -> None:
    _, out, _ = scenario.repo.zvit("diff", "--unit", "jkg", "--from", "2", "--to", "3", "--format", "json")
    words = {
        m["id"]: "".join(w["text"] for w in m["words"] if w["op"] != "delete") for m in json.loads(out)["measures"]
    }
    assert words["I.1"].startswith("Проводиться планова роз’яснювальна робота.\n")
    assert io.StringIO(out).read().count('"change": "changed"') == 3


def test_a_merged_branchs_words_are_signed_by_the_merge_never_by_the_work_tree(tmp_path: Path) -> None:
    """Replaying a merged history in date order could make one branch's words look deleted by the other's
    commit and put back by nobody ("робоча копія"); the replay follows the first parents, so words a
    merge brought are signed by whoever merged."""
    repo = diff_scenario.build(tmp_path / "repo").repo
    report = "reports/jkg/2019-q3.yaml"
    fork = repo.git("rev-parse", "HEAD").strip()
    repo.git("checkout", "-q", "-b", "side")
    repo.write(report, repo.read(report).replace("Близькі особи", "Близькі особи чи родичі"))
    repo.commit("Уточнено I.13", author=SHEVCHUK, date="2019-10-09T10:00:00")
    repo.git("checkout", "-q", "main")
    repo.write(report, repo.read(report).replace("Заплановано підвищення", "Заплановано планове підвищення"))
    repo.commit("Уточнено I.10", author=IVANENKO, date="2019-10-09T11:00:00")
    repo.git(
        "merge",
        "-q",
        "--no-edit",
        "side",
        env={
            "GIT_AUTHOR_NAME": "Оксана Коваль",
            "GIT_AUTHOR_EMAIL": "koval@example.org",
            "GIT_AUTHOR_DATE": "2019-10-09T12:00:00",
            "GIT_COMMITTER_DATE": "2019-10-09T12:00:00",
        },
    )
    out = tmp_path / "merged.docx"
    code, _, err = repo.zvit(
        "diff",
        "--unit",
        "jkg",
        "--quarter",
        "3",
        "--from-rev",
        fork,
        "--to-rev",
        "HEAD",
        "--format",
        "docx",
        "--out",
        str(out),
    )
    assert (code, err) == (0, "")
    assert [(kind, author, words) for kind, _, author, _, words in _revisions(out)] == [
        ("ins", "Петро Іваненко", "планове "),
        ("ins", "Оксана Коваль", "чи родичі "),
    ]
    code, _, err = repo.zvit(
        "diff",
        "--unit",
        "jkg",
        "--quarter",
        "3",
        "--from-rev",
        "HEAD",
        "--to-rev",
        fork,
        "--format",
        "docx",
        "--out",
        str(out),
    )
    assert (code, err) == (0, "")
    authors = {author for _, _, author, _, _ in _revisions(out)}
    assert authors and "робоча копія" not in authors  # backwards: the newest commit at the older side signs


def _reject_all(blob: bytes) -> bytes:
    """What Word's "Reject All Changes" leaves: insertions gone, deletions back, inserted breaks undone."""
    import docx as python_docx

    document = python_docx.Document(io.BytesIO(blob))
    body = document.element.body
    for p in list(body.iter(f"{W}p")):
        mark = p.find(f"{W}pPr/{W}rPr/{W}ins")
        following = p.getnext()
        if mark is not None and following is not None and following.tag == f"{W}p":
            for child in list(p):
                if child.tag != f"{W}pPr":
                    following.insert(1 if following.find(f"{W}pPr") is not None else 0, child)
            p.getparent().remove(p)
    for inserted in list(body.iter(f"{W}ins")):
        if inserted.getparent().tag != f"{W}rPr":
            inserted.getparent().remove(inserted)
    for deleted in list(body.iter(f"{W}del")):
        if deleted.getparent().tag == f"{W}rPr":
            deleted.getparent().remove(deleted)
            continue
        for text in deleted.iter(f"{W}delText"):
            text.tag = f"{W}t"
        for child in list(deleted):
            deleted.addprevious(child)
        deleted.getparent().remove(deleted)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _form_texts(blob: bytes) -> tuple[list[str], list[list[str]]]:
    import docx as python_docx

    document = python_docx.Document(io.BytesIO(blob))
    rows = [[cell.text for cell in row.cells] for row in document.tables[0].rows]
    return [p.text for p in document.paragraphs], rows


def test_rejecting_every_change_gives_the_older_form_entirely(scenario: Scenario, tmp_path: Path) -> None:
    """Q2 → Q3 as tracked changes; rejected, it is the Q2 form: the title sentence too."""
    out, older = tmp_path / "q2-q3.docx", tmp_path / "q2.docx"
    code, _, err = scenario.repo.zvit(
        "diff", "--unit", "jkg", "--from", "2", "--to", "3", "--format", "docx", "--out", str(out)
    )
    assert (code, err) == (0, "")
    assert scenario.repo.zvit("docx", "--unit", "jkg", "--quarter", "2", "--out", str(older))[0] == 0
    tracked = out.read_bytes()
    import docx as python_docx

    heading = python_docx.Document(io.BytesIO(tracked)).paragraphs[1]._p
    assert "за ІІІ квартал 2019 року" in "".join(t.text for t in heading.iter(f"{W}t"))
    assert [(kind, author, date, words) for kind, _, author, date, words in _revisions(out)[:2]] == [
        ("del", "робоча копія", None, "ІІ"),
        ("ins", "робоча копія", None, "ІІІ"),
    ]
    ids = [revision[1] for revision in _revisions(out)]
    assert len(set(ids)) == len(ids)
    rejected_paragraphs, rejected_rows = _form_texts(_reject_all(tracked))
    old_paragraphs, old_rows = _form_texts(older.read_bytes())
    assert rejected_paragraphs[1] == old_paragraphs[1]
    assert "за ІІ квартал 2019 року" in rejected_paragraphs[1]
    assert [row[4] for row in rejected_rows] == [row[4] for row in old_rows]


def test_a_new_signatory_and_date_are_tracked_and_rejected_back(scenario: Scenario, tmp_path: Path) -> None:
    copy = diff_scenario.Repo(tmp_path / "copy")
    shutil.copytree(scenario.repo.path, copy.path)
    signed = 'signatory:\n  position: {position}\n  name: {name}\ndate: "{date}"\n'
    q2 = copy.read("reports/jkg/2019-q2.yaml")
    copy.write(
        "reports/jkg/2019-q2.yaml", q2 + signed.format(position="Директор", name="Іван ПЕТРЕНКО", date="2019-07-04")
    )
    q3 = copy.read("reports/jkg/2019-q3.yaml")
    copy.write(
        "reports/jkg/2019-q3.yaml",
        q3 + signed.format(position="В. о. директора", name="Ольга КОВАЛЬ", date="2019-10-04"),
    )
    out, older = tmp_path / "t.docx", tmp_path / "q2.docx"
    assert copy.zvit("diff", "--unit", "jkg", "--from", "2", "--to", "3", "--format", "docx", "--out", str(out))[0] == 0
    assert copy.zvit("docx", "--unit", "jkg", "--quarter", "2", "--out", str(older))[0] == 0
    import docx as python_docx

    rejected = python_docx.Document(io.BytesIO(_reject_all(out.read_bytes())))
    old = python_docx.Document(str(older))
    rejected_cell, old_cell = signature_cell(rejected), signature_cell(old)
    signatures = [[c.text for c in cell.tables[0].rows[0].cells] for cell in (rejected_cell, old_cell)]
    assert signatures[0] == signatures[1] == ["Директор", "____________________", "Іван ПЕТРЕНКО"]
    assert rejected_cell.paragraphs[-1].text == old_cell.paragraphs[-1].text == "04.07.2019"


def test_a_status_whose_every_sentence_changed_is_shown_by_diff_and_history(repo: Repo) -> None:
    """24 example sentences (not real texts), each «ІІІ кварталі» → «IV кварталі»: this once ended in exit 3."""
    tail = " засідань комісії з питань закупівель товарів, робіт і послуг для потреб Департаменту."
    text = repo.read("reports/jkg/2019-q3.yaml")
    start = text.index("  I.14: |-\n")
    end = text.index("\n  I.", start + 1)
    example = " ".join(f"У ІІІ кварталі проведено {n}{tail}" for n in range(1, 25))
    repo.write("reports/jkg/2019-q3.yaml", f"{text[:start]}  I.14: |-\n    {example}{text[end:]}")
    repo.commit("Приклад: 24 речення")
    repo.write(
        "reports/jkg/2019-q3.yaml", repo.read("reports/jkg/2019-q3.yaml").replace(example, example.replace("ІІІ", "IV"))
    )
    repo.commit("Приклад: IV квартал")
    edits = [f"У [-ІІІ-]{{+IV+}} кварталі проведено {n}" for n in range(1, 25)]
    shown = "    " + (tail + " ").join(edits) + " засідань комісії з питань закупівель …"  # the unchanged end cut short
    code, out, err = repo.zvit("diff", "--unit", "jkg", "--quarter", "3", "--from-rev", "HEAD~1", "--to-rev", "HEAD")
    assert (code, err) == (0, "")
    assert out.splitlines()[1:5] == ["змінено: 1, без змін: 26", "", f"I.14 змінено — {TITLE_I14}", shown]
    code, out, err = repo.zvit("history", "--unit", "jkg", "--quarter", "3", "--measure", "I.14")
    assert (code, err) == (0, "")
    assert out.splitlines()[3:5] == [f"  I.14 змінено — {TITLE_I14}", "  " + shown]
