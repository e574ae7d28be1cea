"""`zvit audit` on a repository where every kind of event has happened, by several people.

One module-scoped repository (building it costs a few dozen git calls):

* jkg Q3  — submitted, then corrected by another person with an `amendments` entry;
* dmk Q3  — submitted, then changed quietly (no amendment), once only in layout;
* osvita Q3 — submitted, amended, then its tag moved forward onto the amended commit;
* mtd Q3  — submitted, then its tag moved to a commit outside main;
* kultura Q3 — submitted, then main rewritten (`commit --amend`) under the tag;
* apk Q3  — a lightweight tag made by hand;
* budivnytstvo Q3 — a report on main that was never submitted.

Signed tags and commits (GnuPG, SSH) have tests of their own below.
"""

from __future__ import annotations

import io
import json
import subprocess
from collections.abc import Iterator
from pathlib import Path

import docx
import pytest
from conftest import Repo, make_repo
from signing_keys import GpgKey, SshKey, gpg_key, ssh_key  # noqa: F401 - fixtures

IRYNA = "Ірина Коваль <i.koval@example.invalid>"
PETRO = "Петро Шевченко <p.shevchenko@example.invalid>"
HANNA = "Ганна Бондар <h.bondar@example.invalid>"
AMENDMENT = 'amendments:\n  - date: "{date}"\n    reason: {reason}\n    by: {by}\n'


def minimal(unit: str, text: str = "Виконується постійно.") -> str:
    return f"programme: loda-2019\nunit: {unit}\nyear: 2019\nquarter: 3\nmeasures:\n  I.1: {text}\n"


def submit(repo: Repo, unit: str, who: str, when: str) -> None:
    name, email = who.rsplit(" ", 1)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("GIT_COMMITTER_NAME", name)
        patch.setenv("GIT_COMMITTER_EMAIL", email.strip("<>"))
        patch.setenv("GIT_COMMITTER_DATE", when)
        code, _, err = repo.zvit("submit", "--unit", unit, "--quarter", "3")
    assert code == 0, err


def head(repo: Repo) -> str:
    return repo.git("rev-parse", "HEAD").strip()


@pytest.fixture(scope="module")
def history(tmp_path_factory: pytest.TempPathFactory) -> Repo:
    repo = make_repo(tmp_path_factory.mktemp("audit") / "repo")
    for unit in ("dmk", "osvita", "mtd"):
        repo.write(f"reports/{unit}/2019-q3.yaml", minimal(unit))
    repo.commit("Reports for Q3", author=IRYNA, date="2019-10-02T09:00:00+03:00")
    for unit in ("jkg", "dmk", "osvita", "mtd"):
        submit(repo, unit, IRYNA, "2019-10-04T10:00:00+03:00")
    # kultura: submitted, then main rewritten under its tag.
    repo.write("reports/kultura/2019-q3.yaml", minimal("kultura"))
    repo.commit("Kultura Q3", author=IRYNA, date="2019-10-04T11:00:00+03:00")
    submit(repo, "kultura", IRYNA, "2019-10-04T11:30:00+03:00")
    repo.write("reports/kultura/2019-q3.yaml", minimal("kultura", "Зроблено більше, ніж подано."))
    repo.git("commit", "-q", "-a", "--amend", "--no-edit")
    # jkg: corrected with an amendment, by Petro.
    report = repo.read("reports/jkg/2019-q3.yaml").replace("I.2: Постійно", "I.2: Щодня")
    repo.write(
        "reports/jkg/2019-q3.yaml",
        report + AMENDMENT.format(date="2019-10-10", reason="Уточнено, як часто перевіряють", by="Петро Шевченко"),
    )
    repo.commit("jkg: correct I.2", author=PETRO, date="2019-10-10T09:00:00+03:00")
    # dmk: a layout-only edit, then a quiet change of content, by Hanna.
    repo.write("reports/dmk/2019-q3.yaml", minimal("dmk", "'Виконується постійно.'"))
    repo.commit("dmk: quotes", author=HANNA, date="2019-10-11T09:00:00+03:00")
    repo.write("reports/dmk/2019-q3.yaml", minimal("dmk", "Виконано повністю."))
    repo.commit("dmk: update", author=HANNA, date="2019-10-12T11:00:00+03:00")
    # osvita: amended, then the tag moved forward to hide that the submitted text was different.
    repo.write(
        "reports/osvita/2019-q3.yaml",
        minimal("osvita", "Інший текст.")
        + AMENDMENT.format(date="2019-10-13", reason="Виправлено помилку", by="Ірина Коваль"),
    )
    repo.commit("osvita: amend", author=IRYNA, date="2019-10-13T09:00:00+03:00")
    message = repo.git("tag", "-l", "--format=%(contents)", "osvita/2019-q3")
    repo.git("tag", "-f", "-a", "--cleanup=verbatim", "-m", message, "osvita/2019-q3", "HEAD")
    # mtd: its tag moved to a commit on a side branch, outside main.
    main = head(repo)
    repo.git("checkout", "-q", "-b", "side")
    repo.write("reports/mtd/2019-q3.yaml", minimal("mtd", "Підмінений текст."))
    repo.commit("side", author=HANNA, date="2019-10-14T09:00:00+03:00")
    message = repo.git("tag", "-l", "--format=%(contents)", "mtd/2019-q3")
    repo.git("tag", "-f", "-a", "--cleanup=verbatim", "-m", message, "mtd/2019-q3", "HEAD")
    repo.git("checkout", "-q", "main")
    assert head(repo) == main
    # apk: a lightweight tag; budivnytstvo: a report nobody submitted.
    repo.write("reports/apk/2019-q3.yaml", minimal("apk"))
    repo.write("reports/budivnytstvo/2019-q3.yaml", minimal("budivnytstvo"))
    repo.commit("apk, budivnytstvo", author=HANNA, date="2019-10-15T09:00:00+03:00")
    repo.git("tag", "apk/2019-q3")
    return repo


@pytest.fixture(scope="module")
def text_out(history: Repo) -> str:
    code, out, err = history.zvit("audit", "--year", "2019")
    assert (code, err) == (0, "")
    return out


def block(out: str, unit: str) -> list[str]:
    lines = out.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(f"{unit} — "))
    end = lines.index("", start)
    return lines[start + 1 : end]


def commit_of(repo: Repo, message: str) -> str:
    return repo.git("log", "--all", "--format=%H", f"--grep={message}", "-F").split()[0][:10]


def tag_commit(repo: Repo, tag: str) -> str:
    return repo.git("rev-parse", f"{tag}^{{commit}}").strip()[:10]


def test_heading_and_summary(history: Repo, text_out: str) -> None:
    lines = text_out.splitlines()
    assert lines[0] == "Аудит подання звітів про виконання антикорупційної програми за 2019 рік"
    assert lines[1] == f"Стан гілки main на коміті {head(history)[:10]} (2019-10-15 09:00); час київський"
    assert lines[-1] == (
        "Підсумок: звітів 60; подано 6; змінено після подання 4, з них без запису в amendments 2; "
        "не підписано тегів 6; з ознаками підробки 3"
    )


def test_an_amended_correction_is_listed_with_its_reason(history: Repo, text_out: str) -> None:
    tag = tag_commit(history, "jkg/2019-q3")
    assert block(text_out, "jkg") == [
        "  І квартал: звіту немає",
        "  ІІ квартал: звіту немає",
        f"  ІІІ квартал: подано 2019-10-04 10:00, {IRYNA}; тег jkg/2019-q3, коміт {tag}",
        "    підпис тегу: не підписано",
        "    підпис коміту: не підписано",
        "    зміни після подання (1):",
        f"      2019-10-10 09:00 {PETRO}, коміт {commit_of(history, 'jkg: correct I.2')} «jkg: correct I.2»; "
        "підпис: не підписано",
        "        виправлення: Уточнено, як часто перевіряють (Петро Шевченко, 2019-10-10)",
        "  ІV квартал: звіту немає",
    ]


def test_a_quiet_change_is_reported_and_a_layout_edit_is_told_apart(history: Repo, text_out: str) -> None:
    assert block(text_out, "dmk")[5:10] == [
        "    зміни після подання (2):",
        f"      2019-10-11 09:00 {HANNA}, коміт {commit_of(history, 'dmk: quotes')} «dmk: quotes»; "
        "підпис: не підписано",
        "        змінено лише оформлення, дані ті самі",
        f"      2019-10-12 11:00 {HANNA}, коміт {commit_of(history, 'dmk: update')} «dmk: update»; "
        "підпис: не підписано",
        "        без запису в amendments",
    ]
    assert block(text_out, "dmk")[10] == "    ! звіт змінено після подання без запису в amendments"


def test_a_tag_moved_forward_is_tampering_by_content(history: Repo, text_out: str) -> None:
    lines = block(text_out, "osvita")
    moved = tag_commit(history, "osvita/2019-q3")
    assert lines[2].endswith(f"тег osvita/2019-q3, коміт {moved}")
    blob = history.git("rev-parse", "osvita/2019-q3:reports/osvita/2019-q3.yaml").strip()[:10]
    recorded = history.git("rev-parse", f"{commit_of(history, 'Reports for Q3')}:reports/osvita/2019-q3.yaml")
    assert lines[5:8] == [
        "    у гілці інша версія звіту, ніж подано (змін в історії після тегу немає)",
        "      виправлення: Виправлено помилку (Ірина Коваль, 2019-10-13)",
        f"    ! ПІДРОБКА: звіт за тегом osvita/2019-q3 (blob {blob}) не той, що записано під час "
        f"подання (blob {recorded.strip()[:10]})",
    ]


def test_a_tag_moved_off_main_is_tampering(history: Repo, text_out: str) -> None:
    lines = block(text_out, "mtd")
    side = tag_commit(history, "mtd/2019-q3")
    assert lines[5] == (
        f"    ! ПІДРОБКА: коміт {side} тегу mtd/2019-q3 не входить в історію гілки "
        "(історію переписано або тег переміщено)"
    )
    assert lines[6].startswith("    ! ПІДРОБКА: звіт за тегом mtd/2019-q3 (blob ")


def test_rewritten_main_under_a_tag_is_tampering(history: Repo, text_out: str) -> None:
    lines = block(text_out, "kultura")
    tagged = tag_commit(history, "kultura/2019-q3")
    assert lines[2:7] == [
        f"  ІІІ квартал: подано 2019-10-04 11:30, {IRYNA}; тег kultura/2019-q3, коміт {tagged}",
        "    підпис тегу: не підписано",
        "    підпис коміту: не підписано",
        "    у гілці інша версія звіту, ніж подано (змін в історії після тегу немає)",
        f"    ! ПІДРОБКА: коміт {tagged} тегу kultura/2019-q3 не входить в історію гілки "
        "(історію переписано або тег переміщено)",
    ]
    # The version on main differs from the submitted one and no amendment says so.
    assert lines[7] == "    ! звіт змінено після подання без запису в amendments"


def test_a_hand_made_lightweight_tag_and_an_unsubmitted_report(text_out: str) -> None:
    assert block(text_out, "apk")[2:6] == [
        "  ІІІ квартал: подано ?, ?; тег apk/2019-q3, коміт " + block(text_out, "apk")[2].rsplit(" ", 1)[1],
        "    підпис тегу: не підписано",
        "    підпис коміту: не підписано",
        "    · тег apk/2019-q3 легкий (без автора, дати й підпису): подання не засвідчене",
    ]
    assert block(text_out, "budivnytstvo")[2] == "  ІІІ квартал: звіт є, не подано"


def test_json_carries_the_same_facts(history: Repo) -> None:
    code, out, _ = history.zvit("audit", "--year", "2019", "--format", "json")
    assert code == 0
    data = json.loads(out)
    units = {u["id"]: {q["quarter"]: q for q in u["quarters"]} for u in data["units"]}
    jkg = units["jkg"][3]
    assert jkg["submission"]["tagger"] == IRYNA
    assert jkg["submission"]["date"] == "2019-10-04T10:00:00+03:00"
    assert jkg["submission"]["tag_signature"] == {"state": "unsigned", "signer": "", "detail": ""}
    assert [c["amendments"] for c in jkg["changes_after_submission"]] == [
        [{"date": "2019-10-10", "reason": "Уточнено, як часто перевіряють", "by": "Петро Шевченко"}]
    ]
    assert units["dmk"][3]["changed_without_amendment"] is True
    assert [t["code"] for t in units["mtd"][3]["tampering"]] == ["audit.tamper-outside-branch", "audit.tamper-content"]
    assert units["budivnytstvo"][3]["present"] and not units["budivnytstvo"][3]["submitted"]
    assert data["summary"] == {
        "expected": 60,
        "submitted": 6,
        "changed": 4,
        "unamended": 2,
        "unsigned": 6,
        "tampered": 3,
    }


def test_docx_an_inspector_can_file(history: Repo, tmp_path: Path) -> None:
    out = tmp_path / "audit.docx"
    code, said, _ = history.zvit("audit", "--year", "2019", "--format", "docx", "--out", str(out))
    assert code == 0 and said.startswith("записано ")
    document = docx.Document(io.BytesIO(out.read_bytes()))
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (297, 210)
    paragraphs = [p.text for p in document.paragraphs]
    assert paragraphs[:5] == [
        "Аудит подання звітів про виконання антикорупційної програми за 2019 рік",
        "Стан сховища звітів на 15.10.2019 09:00 (київський час)",
        "Підсумок",
        "Звітів, строк подання яких настав: 60; подано: 6; змінено після подання: 4, з них без запису про "
        "виправлення: 2; подань без електронного підпису: 6; з ознаками підробки: 3.",
        "Що потребує уваги",
    ]
    dmk = "Департамент масових комунікацій облдержадміністрації"
    assert f"{dmk}, ІІІ квартал 2019: звіт змінено після подання без запису про виправлення" in paragraphs
    assert not any(p.startswith("Департамент житлово-комунального") for p in paragraphs[5:])
    table = document.tables[0]
    assert [c.text for c in table.rows[0].cells] == ["Квартал", "Подання", "Підписи", "Зміни після подання", "Висновок"]
    cells = [[c.text for c in row.cells] for row in table.rows]
    jkg_name = "Департамент житлово-комунального господарства Луганської обласної державної адміністрації"
    start = cells.index([jkg_name] * 5)
    assert [row[0] for row in cells[start + 1 : start + 5]] == ["І", "ІІ", "ІІІ", "ІV"]
    jkg = cells[start + 3]
    assert jkg[4] == "без зауважень"
    assert "виправлення: Уточнено, як часто перевіряють (Петро Шевченко, 2019-10-10)" in jkg[3]
    # Plain words in the table; the tags and commits only in the appendix.
    main_text = " ".join(" ".join(row) for row in cells)
    for jargon in ("тег", "коміт", "blob", "amendments", "jkg/2019-q3"):
        assert jargon not in main_text
    assert jkg[1].splitlines()[-1].startswith("технічні дані — у додатку, № ")
    number = jkg[1].splitlines()[-1].rsplit(" ", 1)[1]
    appendix = [[c.text for c in row.cells] for row in document.tables[1].rows]
    assert appendix[0] == ["№", "Підрозділ, квартал", "Позначка подання, версія, вміст", "Подробиці"]
    entry = next(row for row in appendix if row[0] == number)
    assert entry[1] == f"{jkg_name}\nІІІ квартал 2019\nreports/jkg/2019-q3.yaml"
    assert entry[2].startswith(f"тег jkg/2019-q3; коміт {tag_commit(history, 'jkg/2019-q3')}")
    styles = document.styles.element.xml
    assert 'w:ascii="Times New Roman"' in styles and 'w:val="uk-UA"' in styles
    # The same repository state gives the same bytes.
    again = tmp_path / "again.docx"
    history.zvit("audit", "--year", "2019", "--format", "docx", "--out", str(again))
    assert again.read_bytes() == out.read_bytes()


def test_check_fails_on_tampering_and_a_missing_branch_is_named(history: Repo) -> None:
    assert history.zvit("audit", "--year", "2019", "--check")[0] == 1
    code, _, err = history.zvit("audit", "--year", "2019", "--branch", "nope")
    assert (code, err) == (1, "zvit: гілки «nope» немає; вкажіть --branch (наприклад, origin/main)\n")


# Signatures ----------------------------------------------------------------


@pytest.fixture
def signed_gpg(tmp_path: Path, gpg_key: GpgKey) -> Iterator[Repo]:
    repo = make_repo(tmp_path / "repo")
    gpg_key.configure(repo)
    repo.commit("Initial", author=IRYNA, date="2019-10-03T10:00:00+03:00")
    repo.git("commit", "-q", "--amend", "--no-edit", "-S")
    submit(repo, "jkg", IRYNA, "2019-10-04T10:00:00+03:00")
    return repo


def quarter3(repo: Repo, unit: str = "jkg") -> list[str]:
    code, out, err = repo.zvit("audit", "--year", "2019")
    assert code == 0, err
    return block(out, unit)[2:]


def test_gpg_signed_tag_and_commit_verify(signed_gpg: Repo) -> None:
    assert quarter3(signed_gpg)[1:3] == [
        f"    підпис тегу: перевірено ({IRYNA})",
        f"    підпис коміту: перевірено ({IRYNA})",
    ]


def test_without_the_public_key_a_signature_is_signed_but_not_verified(
    signed_gpg: Repo, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    empty = tmp_path / "no-keys"
    empty.mkdir(mode=0o700)
    monkeypatch.setenv("GNUPGHOME", str(empty))
    lines = quarter3(signed_gpg)
    assert lines[1].startswith("    підпис тегу: підписано, але не перевірено: немає ключа для перевірки (")
    assert lines[2] == "    підпис коміту: підписано, але не перевірено: немає ключа для перевірки (no public key)"
    assert not any("ПІДРОБКА" in line for line in lines)


def test_a_forged_tag_message_under_a_valid_signature_is_tampering(signed_gpg: Repo) -> None:
    body = signed_gpg.git("cat-file", "tag", "jkg/2019-q3").replace("Подано звіт", "Подано інший звіт")
    forged = _write_object(signed_gpg, "tag", body)
    signed_gpg.git("update-ref", "refs/tags/jkg/2019-q3", forged)
    lines = quarter3(signed_gpg)
    assert lines[1] == "    підпис тегу: НЕДІЙСНИЙ: вміст не відповідає підпису"
    assert "    ! ПІДРОБКА: підпис тегу jkg/2019-q3 недійсний" in lines


def test_a_forged_commit_after_submission_is_tampering(signed_gpg: Repo) -> None:
    report = signed_gpg.read("reports/jkg/2019-q3.yaml")
    signed_gpg.write(
        "reports/jkg/2019-q3.yaml", report + AMENDMENT.format(date="2019-10-20", reason="Дата", by="Ірина Коваль")
    )
    signed_gpg.commit("Amend", author=IRYNA, date="2019-10-20T10:00:00+03:00")
    signed_gpg.git("commit", "-q", "--amend", "--no-edit", "-S")
    body = signed_gpg.git("cat-file", "commit", "HEAD").replace("Amend", "Amend (honest)")
    forged = _write_object(signed_gpg, "commit", body)
    signed_gpg.git("update-ref", "refs/heads/main", forged)
    lines = quarter3(signed_gpg)
    assert f"    ! ПІДРОБКА: підпис коміту {forged[:10]} недійсний" in lines


def test_ssh_signature_needs_allowed_signers_to_verify(tmp_path: Path, ssh_key: SshKey) -> None:
    repo = make_repo(tmp_path / "repo")
    repo.commit("Initial", author=PETRO, date="2019-10-03T10:00:00+03:00")
    ssh_key.configure(repo, trusted=False)
    submit(repo, "jkg", PETRO, "2019-10-04T10:00:00+03:00")
    assert quarter3(repo)[1] == (
        "    підпис тегу: підписано, але не перевірено: немає ключа для перевірки "
        "(error: gpg.ssh.allowedSignersFile needs to be configured and exist for ssh "
        "signature verification)"
    )
    repo.git("config", "gpg.ssh.allowedSignersFile", ssh_key.allowed_signers)
    assert quarter3(repo)[1] == "    підпис тегу: перевірено (p.shevchenko@example.invalid)"


def test_an_ssh_key_no_allowed_signer_has_verifies_nothing(tmp_path: Path, ssh_key: SshKey) -> None:
    """Signed with a key of one's own: git calls such a commit "good, validity unknown"; it is not verified."""
    repo = make_repo(tmp_path / "repo")
    ssh_key.configure(repo)
    stranger = tmp_path / "stranger"
    subprocess.run(
        ["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "stranger", "-f", str(stranger)],
        check=True,
        capture_output=True,
    )
    repo.git("config", "user.signingkey", str(stranger))
    repo.commit("Initial", author=PETRO, date="2019-10-03T10:00:00+03:00")
    repo.git("commit", "-q", "--amend", "--no-edit", "-S")
    submit(repo, "jkg", PETRO, "2019-10-04T10:00:00+03:00")
    tag, commit = quarter3(repo)[1:3]
    assert tag.startswith("    підпис тегу: підписано, але не перевірено: немає ключа для перевірки")
    assert commit.startswith("    підпис коміту: підписано, але не перевірено: немає ключа для перевірки")


def test_a_users_show_signature_setting_changes_nothing(tmp_path: Path, ssh_key: SshKey) -> None:
    """With `log.showSignature`, git writes its verdict into `git log`'s output: zvit asks it not to."""
    repo = make_repo(tmp_path / "repo")
    ssh_key.configure(repo)
    repo.git("config", "commit.gpgsign", "true")
    repo.commit("Initial", author=PETRO, date="2019-10-03T10:00:00+03:00")
    submit(repo, "jkg", PETRO, "2019-10-04T10:00:00+03:00")
    repo.write("reports/jkg/2019-q3.yaml", repo.read("reports/jkg/2019-q3.yaml") + "\n")
    repo.commit("Порожній рядок", author=PETRO, date="2019-10-05T10:00:00+03:00")
    before = quarter3(repo)
    repo.git("config", "log.showSignature", "true")
    assert quarter3(repo) == before
    assert "    підпис коміту: перевірено (p.shevchenko@example.invalid)" in before


def test_a_shallow_clone_is_refused_rather_than_misread(tmp_path: Path) -> None:
    """Commits before a shallow clone's cut seem not to exist: the tags on them would look forged."""
    repo = make_repo(tmp_path / "repo")
    repo.commit("Initial", author=PETRO, date="2019-10-03T10:00:00+03:00")
    submit(repo, "jkg", PETRO, "2019-10-04T10:00:00+03:00")
    for day in (5, 6, 7):
        repo.write("reports/jkg/2019-q3.yaml", repo.read("reports/jkg/2019-q3.yaml") + "\n")
        repo.commit(f"Правка {day}", author=PETRO, date=f"2019-10-0{day}T10:00:00+03:00")
    subprocess.run(
        ["git", "clone", "-q", "--depth", "1", f"file://{repo.path}", str(tmp_path / "shallow")],
        check=True,
        capture_output=True,
    )
    subprocess.run(["git", "fetch", "-q", "--tags"], cwd=tmp_path / "shallow", check=True, capture_output=True)
    code, out, err = Repo(tmp_path / "shallow").zvit("audit", "--year", "2019", "--branch", "origin/main")
    assert (code, out) == (1, "")
    assert "неповна копія репозиторію" in err and "git fetch --unshallow --tags" in err


def _write_object(repo: Repo, kind: str, body: str) -> str:
    """Store a hand-edited object as is (its signature no longer matches)."""
    return subprocess.run(
        ["git", "hash-object", "-t", kind, "-w", "--stdin"],
        cwd=repo.path,
        input=body,
        text=True,
        capture_output=True,
        check=True,
    ).stdout.strip()


def test_odd_tags_are_ignored_or_reported_never_a_crash(tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "repo")
    repo.write("reports/$(touch pwned)/2019-q3.yaml", minimal("jkg"))
    repo.commit("Initial", author=IRYNA, date="2019-10-03T10:00:00+03:00")
    tree = repo.git("rev-parse", "HEAD^{tree}").strip()
    for name in ("jkg/2019-q7", "JKG/2019-q3", "jkg/2019-q3.bak", "x/y/2019-q3", "jkg/19-q3"):
        repo.git("tag", name)
    repo.git("tag", "-a", "-m", "a tree, not a commit", "dmk/2019-q1", tree)
    code, out, err = repo.zvit("audit", "--year", "2019")
    assert (code, err) == (0, "")
    assert not any(": подано " in line for line in block(out, "jkg"))
    assert block(out, "dmk")[0] == "  І квартал: подано " + block(out, "dmk")[0].split("подано ", 1)[1]
    assert "    ! ПІДРОБКА: тег dmk/2019-q1 вказує не на коміт" in block(out, "dmk")
    assert "touch" not in out and not (repo.path / "pwned").exists()


def test_changes_merged_from_a_branch_count_and_unmerged_ones_do_not(tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "repo")
    repo.commit("Initial", author=IRYNA, date="2019-10-03T10:00:00+03:00")
    submit(repo, "jkg", IRYNA, "2019-10-04T10:00:00+03:00")
    report = repo.read("reports/jkg/2019-q3.yaml")
    repo.git("checkout", "-q", "-b", "fix")
    repo.write(
        "reports/jkg/2019-q3.yaml",
        report.replace("I.2: Постійно", "I.2: Щодня")
        + AMENDMENT.format(date="2019-10-10", reason="Уточнення", by="Петро Шевченко"),
    )
    repo.commit("jkg: fix I.2", author=PETRO, date="2019-10-10T09:00:00+03:00")
    repo.git("checkout", "-q", "-b", "abandoned")
    repo.write("reports/jkg/2019-q3.yaml", report.replace("I.4: Корупційних", "I.4: Жодних"))
    repo.commit("never merged", author=HANNA, date="2019-10-11T09:00:00+03:00")
    repo.git("checkout", "-q", "main")
    repo.write("docs/note.md", "нотатка\n")
    repo.commit("Unrelated", author=HANNA, date="2019-10-10T10:00:00+03:00")
    repo.git("merge", "-q", "--no-ff", "-m", "Merge fix", "fix")
    lines = quarter3(repo)
    assert lines[3:6] == [
        "    зміни після подання (1):",
        f"      2019-10-10 09:00 {PETRO}, коміт {commit_of(repo, 'jkg: fix I.2')} «jkg: fix I.2»; підпис: не підписано",
        "        виправлення: Уточнення (Петро Шевченко, 2019-10-10)",
    ]
    assert not any(line.startswith("    !") for line in lines[:7])


def test_a_clone_of_another_branch_audits_origin_main(tmp_path: Path) -> None:
    """A fresh clone of a feature branch has no local main: `make audit` (no way to pass --branch) failed there."""
    origin = make_repo(tmp_path / "origin")
    origin.commit("Initial data")
    origin.git("branch", "feature")
    subprocess.run(["git", "clone", "-q", "-b", "feature", str(origin.path), str(tmp_path / "clone")], check=True)
    code, out, err = Repo(tmp_path / "clone").zvit("audit", "--year", "2019")
    assert (code, err) == (0, "")
    assert out.splitlines()[1].startswith("Стан гілки origin/main на коміті ")


def test_a_year_no_programme_covers_and_no_report_names_is_said_not_audited_as_empty(repo: Repo) -> None:
    """`make audit YEAR=2018` printed «звітів 0; подано 0» and exit 0, as if all were in order."""
    code, out, err = repo.zvit("audit", "--year", "2018", "--branch", "main")
    assert (code, out) == (1, "")
    assert err == (
        "zvit: за 2018 рік у гілці main немає ні програми, ні звітів, тож перевіряти нічого; перевірте рік (YEAR=)\n"
    )
