"""The message catalogue: both languages, the same placeholders, no code used but missing."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest

from zvit.core.messages import LANGUAGES, MESSAGES, Words, text

PACKAGE = Path(__file__).resolve().parent.parent / "tools" / "zvit"
CATALOGUE = PACKAGE / "core" / "messages.py"

# A message code: dotted lowercase words ("report.status-empty"); a file name is not one.
_CODE = re.compile(r"[a-z][a-z0-9-]*(?:\.[a-z0-9][a-z0-9-]*)+\Z")
_FILE_NAME = re.compile(r"\.(?:ya?ml|json|docx|md|txt|py)\Z")
_PREFIXES = {code.split(".")[0] for code in MESSAGES}


def _is_code(value: str) -> bool:
    return bool(_CODE.match(value)) and value.split(".")[0] in _PREFIXES and not _FILE_NAME.search(value)


def code_uses(tree: ast.Module) -> tuple[set[str], set[str]]:
    """(literal codes, regexes of codes built by f-strings such as f"diff.kind.{kind}") in a module.

    Every string constant counts, wherever it stands (an argument, a dict value, a
    conditional expression), except the catalogue's own keys.
    """
    skipped: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.AnnAssign | ast.Assign) and isinstance(node.value, ast.Dict):
            targets = [node.target] if isinstance(node, ast.AnnAssign) else node.targets
            if any(isinstance(t, ast.Name) and t.id == "MESSAGES" for t in targets):
                skipped.update(id(key) for key in node.value.keys if key is not None)
    literals: set[str] = set()
    patterns: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            skipped.update(id(part) for part in node.values)
            first = node.values[0] if node.values else None
            if isinstance(first, ast.Constant) and isinstance(first.value, str) and _is_code(first.value + "x"):
                patterns.add(
                    "".join(re.escape(p.value) if isinstance(p, ast.Constant) else "[a-z0-9-]+" for p in node.values)
                )
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skipped:
            literals.update([node.value] if _is_code(node.value) else [])
            if node.value.endswith(".") and _is_code(node.value + "x"):
                # A family looked up by its prefix ("argparse.": argparse's sentences by their English).
                patterns.add(re.escape(node.value) + "[a-z0-9-]+")
    return literals, patterns


def _package_uses() -> tuple[dict[str, str], dict[str, str]]:
    literals: dict[str, str] = {}
    patterns: dict[str, str] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        found, built = code_uses(ast.parse(path.read_text(encoding="utf-8")))
        where = str(path.relative_to(PACKAGE))
        for code in found:
            literals.setdefault(code, where)
        for pattern in built:
            patterns.setdefault(pattern, where)
    return literals, patterns


LITERALS, PATTERNS = _package_uses()


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("code", sorted(MESSAGES))
def test_every_message_has_both_languages_with_the_same_placeholders(code: str) -> None:
    entry = MESSAGES[code]
    assert set(entry) == set(LANGUAGES)
    assert _placeholders(entry["uk"]) == _placeholders(entry["en"])


def test_every_code_used_in_the_package_exists() -> None:
    missing = {code: where for code, where in LITERALS.items() if code not in MESSAGES}
    assert missing == {}
    unmatched = {p: where for p, where in PATTERNS.items() if not any(re.fullmatch(p, code) for code in MESSAGES)}
    assert unmatched == {}


def test_every_catalogue_entry_is_used_somewhere() -> None:
    unused = sorted(
        code for code in MESSAGES if code not in LITERALS and not any(re.fullmatch(p, code) for p in PATTERNS)
    )
    assert unused == []
    # Most codes are written out in full; families of another program's sentences are looked up by prefix.
    families = {code for code in MESSAGES if code.startswith(("argparse.", "yaml.problem.", "os.", "cli.metavar."))}
    assert len(LITERALS) > (len(MESSAGES) - len(families)) * 3 // 4


def test_the_scan_sees_a_code_wherever_it_stands_and_ignores_file_names() -> None:
    tree = ast.parse(
        "error(loc, 'report.no-such-code')\n"
        "code = 'a.b' if x else 'cli.typo-d'\n"
        "ZvitError(f'diff.kind.{kind}', path='programme.yaml')\n"
        "REMARKS = {'x': 'audit.tag-moved'}\n"
        "MESSAGES = {'cli.own-key': {}}\n"
        "foreign('argparse.', lang)\n"
    )
    literals, patterns = code_uses(tree)
    assert literals == {"report.no-such-code", "cli.typo-d", "audit.tag-moved"}
    assert patterns == {"diff\\.kind\\.[a-z0-9-]+", "argparse\\.[a-z0-9-]+"}


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
