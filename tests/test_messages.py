"""The message catalogue: both languages, the same placeholders, no code used but missing."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

from zvit.check.schemas import PATTERN_KINDS
from zvit.core.messages import LANGUAGES, MESSAGES, Words, text

PACKAGE = Path(__file__).resolve().parent.parent / "tools" / "zvit"

# Literal codes handed to the functions that create findings, errors or output.
_USES = re.compile(
    r"""(?:\berror|\bwarning|ZvitError|\.say|\btext|Finding)\(\s*(?:[^,()"]+(?:\([^()]*\))?,\s*)?"([a-z][a-z0-9-]*\.[a-z0-9.-]+)\"""",
)


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("code", sorted(MESSAGES))
def test_every_message_has_both_languages_with_the_same_placeholders(code: str) -> None:
    entry = MESSAGES[code]
    assert set(entry) == set(LANGUAGES)
    assert _placeholders(entry["uk"]) == _placeholders(entry["en"])


def test_every_code_used_in_the_package_exists() -> None:
    used: dict[str, str] = {}
    for path in PACKAGE.rglob("*.py"):
        for match in _USES.finditer(path.read_text(encoding="utf-8")):
            used.setdefault(match.group(1), path.name)
    for kind in set(PATTERN_KINDS.values()):
        used.setdefault(f"schema.pattern.{kind}", "schemas.py")
    assert len(used) > 40  # the scan itself works
    missing = {code: where for code, where in used.items() if code not in MESSAGES}
    assert missing == {}


def test_words_are_translated_and_joined() -> None:
    args = {"expected": Words(["type.string", "type.null"]), "actual": Words(["type.array"])}
    assert text("schema.type", "uk", args) == "тут має бути текст або порожнє значення, а не список (рядки з «- »)"
    assert text("schema.type", "en", args) == "expected text or an empty value, not a list (lines starting with '- ')"


def test_an_unknown_code_shows_itself_rather_than_hiding_the_finding() -> None:
    assert text("no.such-code") == "no.such-code"


def test_control_characters_in_arguments_are_shown_not_obeyed() -> None:
    """A commit subject from git may hold an escape sequence that would recolour or erase a terminal line."""
    worded = text(
        "audit.change",
        "uk",
        {"date": "d", "author": "Петро\x1b[2K", "commit": "c", "subject": "Правка\rПідроблено", "signature": "s"},
    )
    assert "\x1b" not in worded and "\r" not in worded
    assert "Петро\\x1b[2K" in worded and "Правка\\x0dПідроблено" in worded
