"""argparse's own words (usage, errors, help) speak the reader's language, as every other message does."""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import re
import subprocess
import sys

import pytest
from conftest import PROJECT

from zvit.cli import main
from zvit.commands import COMMANDS
from zvit.core.messages import MESSAGES, foreign

# argparse's sentences that only a programmer defining a parser can meet, never a user typing a command.
_PROGRAMMERS_ONLY = {
    ".__call__() not defined",
    "conflicting subparser: %s",
    "conflicting subparser alias: %s",
    'argument "-" with mode %r',
    "cannot merge actions - two groups are named %r",
    "'required' is an invalid argument for positionals",
    "dest= is required for options like %r",
    "invalid conflict_resolution value: %r",
    "mutually exclusive arguments must be optional",
    "cannot have multiple subparser arguments",
    "%r is not callable",
    "conflicting option string: %s",
    "conflicting option strings: %s",
}


def _zvit(*argv: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(PROJECT / "tools"), "COLUMNS": "80"}
    env.pop("ZVIT_LANG", None)
    return subprocess.run(
        [sys.executable, "-m", "zvit", *argv], cwd=PROJECT, capture_output=True, text=True, encoding="utf-8", env=env
    )


def test_a_wrong_choice_is_refused_in_ukrainian() -> None:
    proc = _zvit("status", "--quarter", "3", "--format", "markdown")
    assert (proc.returncode, proc.stdout) == (2, "")
    assert proc.stderr.splitlines() == [
        "використання: zvit status [-h] [--period ПЕРІОД] [--quarter КВАРТАЛ]",
        "                          [--year РІК] [--format {text,json,html}]",
        "                          [--out ФАЙЛ]",
        "zvit status: помилка: аргумент --format: недозволене значення 'markdown' (можна: 'text', 'json', 'html')",
    ]


def test_and_in_english_with_lang_en() -> None:
    proc = _zvit("--lang", "en", "status", "--quarter", "3", "--format", "markdown")
    assert proc.returncode == 2
    assert proc.stderr.splitlines() == [
        "usage: zvit status [-h] [--period PERIOD] [--quarter QUARTER] [--year YEAR]",
        "                   [--format {text,json,html}] [--out OUT]",
        "zvit status: error: argument --format: invalid choice: 'markdown' (choose from 'text', 'json', 'html')",
    ]


def test_a_missing_command_and_a_missing_option() -> None:
    assert _zvit().stderr.splitlines()[-1] == "zvit: помилка: бракує обов’язкових аргументів: КОМАНДА"
    assert _zvit("import").stderr.splitlines()[-1] == (
        "zvit import: помилка: бракує обов’язкових аргументів: ФАЙЛ.docx, --unit"
    )
    assert _zvit("validate", "--bogus").stderr.splitlines()[-1] == "zvit: помилка: невідомі аргументи: --bogus"


def test_help_has_no_english_headings() -> None:
    proc = _zvit("validate", "--help")
    lines = proc.stdout.splitlines()
    assert proc.returncode == 0
    assert lines[0].startswith("використання: zvit validate [-h]")
    assert "позиційні аргументи:" in lines and "параметри:" in lines
    assert "  -h, --help            показати цю довідку й вийти" in lines
    top = _zvit("--help").stdout.splitlines()
    assert "  --version       показати версію програми й вийти" in top
    assert "  --root ТЕКА     тека репозиторію звітності (типово: корінь поточного" in top
    english = _zvit("--lang", "en", "validate", "--help").stdout.splitlines()
    assert english[0].startswith("usage: zvit validate [-h]")
    assert "positional arguments:" in english and "options:" in english
    assert "  -h, --help            show this help message and exit" in english


def test_every_sentence_a_user_can_meet_in_this_pythons_argparse_has_ukrainian_words() -> None:
    """Read from argparse's source, so a newer Python with a new sentence fails here, not in front of a clerk."""
    with open(argparse.__file__, encoding="utf-8") as handle:
        source = handle.read()
    literal = r"""('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")"""
    said = {eval(m) for m in re.findall(rf"\b_\(\s*{literal}\s*\)", source)}  # noqa: S307 - string literals only
    for one, many in re.findall(rf"ngettext\(\s*{literal}\s*,\s*{literal}", source):
        said |= {eval(one), eval(many)}  # noqa: S307
    said.add("show program's version number and exit")  # _VersionAction's default, not passed through gettext
    words = foreign("argparse.", "uk")
    assert len(said) > 30  # the scan itself works
    assert sorted(said - _PROGRAMMERS_ONLY - set(words)) == []
    for english, ukrainian in words.items():
        assert sorted(re.findall(r"%\(\w+\)[rs]|%[rs]", english)) == sorted(
            re.findall(r"%\(\w+\)[rs]|%[rs]", ukrainian)
        )
    assert all(code.startswith(("argparse.", "cli.metavar.")) or not code.startswith("argparse") for code in MESSAGES)


def _help(monkeypatch: pytest.MonkeyPatch, *argv: str) -> list[str]:
    """What `zvit ARGV` prints for --help, 80 columns wide, run in this process (every command, quickly)."""
    monkeypatch.setenv("COLUMNS", "80")
    monkeypatch.delenv("ZVIT_LANG", raising=False)
    out = io.StringIO()
    with contextlib.redirect_stdout(out), pytest.raises(SystemExit) as stop:
        main(list(argv))
    assert stop.value.code == 0
    return out.getvalue().splitlines()


_CYRILLIC = re.compile("[\u0400-\u04ff]")


@pytest.mark.parametrize("command", [None, *COMMANDS])
def test_lang_en_help_has_no_ukrainian_word(monkeypatch: pytest.MonkeyPatch, command: str | None) -> None:
    lines = _help(monkeypatch, "--lang", "en", *([command] if command else []), "--help")
    assert lines[0].startswith("usage: zvit")
    assert [line for line in lines if _CYRILLIC.search(line)] == []


def test_lang_en_help_says_what_the_ukrainian_says() -> None:
    english = _zvit("--lang", "en", "import", "--help").stdout.splitlines()
    assert english[:4] == [
        "usage: zvit import [-h] --unit UNIT [--period PERIOD] [--quarter QUARTER]",
        "                   [--year YEAR] [--force] [--partial]",
        "                   FILE.docx",
        "",
    ]
    assert "  FILE.docx          the filled-in Word form" in english
    assert "  --unit UNIT        the unit's id, for example jkg" in english
    top = _zvit("--lang", "en", "--help").stdout.splitlines()
    assert "    validate      check the programme and the reports" in top
    assert _zvit("--lang", "en").stderr.splitlines()[-1] == "zvit: error: the following arguments are required: COMMAND"


def test_ukrainian_help_is_unchanged(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _help(monkeypatch, "import", "--help") == [
        "використання: zvit import [-h] --unit ПІДРОЗДІЛ [--period ПЕРІОД]",
        "                          [--quarter КВАРТАЛ] [--year РІК] [--force]",
        "                          [--partial]",
        "                          ФАЙЛ.docx",
        "",
        "Читає заповнену форму звіту (DOCX) і записує",
        "reports/<підрозділ>/<рік>-q<квартал>.yaml; усе, що не вдалося впізнати,",
        "перелічує.",
        "",
        "позиційні аргументи:",
        "  ФАЙЛ.docx          заповнена форма Word",
        "",
        "параметри:",
        "  -h, --help         показати цю довідку й вийти",
        "  --unit ПІДРОЗДІЛ   ідентифікатор підрозділу, наприклад jkg",
        "  --period ПЕРІОД    період звіту: 2019-q3, 2022-h1 (півріччя) або 2022 (рік)",
        "  --quarter КВАРТАЛ  квартал, 1–4 (разом з --year або роком програми)",
        "  --year РІК         рік (типово: рік програми, якщо програма на один рік)",
        "  --force            замінити наявний звіт",
        "  --partial          записати впізнане, навіть якщо частину форми не",
        "                     імпортовано (код виходу однаково 1)",
    ]
    assert _help(monkeypatch, "textconv", "--help") == [
        "використання: zvit textconv [-h] ФАЙЛ",
        "",
        "Друкує звіт рядками з номерами заходів, а форму DOCX — її текстом; так git",
        "diff і git log -p показують зміни словами.",
        "",
        "позиційні аргументи:",
        "  ФАЙЛ        файл, який git передає для порівняння",
        "",
        "параметри:",
        "  -h, --help  показати цю довідку й вийти",
    ]
    diff = _help(monkeypatch, "diff", "--help")
    assert diff[7:9] == [
        "Порівнює звіт підрозділу з попереднім кварталом або з іншою ревізією git: що",
        "змінено, заповнено, очищено — по заходах, до слова.",
    ]
