"""The real yaml-language-server (what VS Code's YAML extension runs), driven over LSP with this
repository's settings and schemas: hover, completion and Ukrainian diagnostics.

.ci/run installs Node.js and the server pinned in tests/lsp/package-lock.json; without
them these tests are skipped, with the reason.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from conftest import PROJECT, Repo
from lsp_client import LanguageServer, unavailable, vscode_settings

REPORT = "reports/jkg/2019-q3.yaml"

pytestmark = pytest.mark.skipif(unavailable() is not None, reason=str(unavailable()))


@pytest.fixture
def server(repo: Repo) -> Iterator[LanguageServer]:
    (repo.path / ".vscode").mkdir(exist_ok=True)
    settings = vscode_settings(PROJECT / ".vscode" / "settings.json")
    started = LanguageServer(repo.path, settings)
    try:
        started.start()
        yield started
    finally:
        started.close()


def _line_of(text: str, start: str) -> int:
    return next(i for i, line in enumerate(text.splitlines()) if line.startswith(start))


def _messages(diagnostics: list[dict[str, Any]]) -> list[tuple[int, int, str]]:
    return sorted((d["range"]["start"]["line"], d["range"]["start"]["character"], d["message"]) for d in diagnostics)


def test_the_editor_words_a_clerks_mistakes_in_ukrainian(repo: Repo, server: LanguageServer) -> None:
    """The three mistakes of issue 15, as `zvit validate` words them, where the server was English."""
    text = repo.read(REPORT)
    text = (
        text.replace("quarter: 3\n", "quarter: 5\n")
        .replace("\n  I.1: ", "\n  І.1: ")
        .replace("\n  I.2: ", "\n  I.99: ")
    )
    uri = server.open(REPORT, text)
    diagnostics = server.diagnostics(uri, lambda found: len(found) >= 4)
    unknown = "заходу з таким номером немає в програмі «loda-2019»"
    lookalike = "номер містить кириличні літери, схожі на латинські; ідентифікатори пишуться латиницею: «I.1»"
    assert _messages(diagnostics) == [
        (_line_of(text, "quarter:"), 9, "значення має бути від 1 до 4"),
        (_line_of(text, "  І.1:"), 2, unknown),
        (_line_of(text, "  І.1:"), 2, lookalike),
        (_line_of(text, "  I.99:"), 2, unknown),
    ]


def test_the_editor_words_a_missing_field_a_wrong_state_and_a_wrong_type(repo: Repo, server: LanguageServer) -> None:
    text = repo.read(REPORT).replace("year: 2019\n", "").replace("quarter: 3\n", "quarter: три\n")
    text = text.replace("\n  I.4: ", "\n  I.4:\n    text: Зроблено.\n    state: виконаний\n  I.40: ")
    uri = server.open(REPORT, text)
    diagnostics = server.diagnostics(uri, lambda found: len(found) >= 4)
    messages = {message for _, _, message in _messages(diagnostics)}
    assert messages == {
        "бракує обов’язкового поля «year»",
        "бракує обов’язкового поля: потрібне period або year + quarter",
        "тут має бути ціле число",
        "значення має бути від 1 до 4",
        "значення не з переліку: виконано, виконано частково, виконується, не виконано, не розпочато, не стосується",
        "заходу з таким номером немає в програмі «loda-2019»",
    }


def test_a_measure_of_another_unit_is_underlined_as_validate_refuses_it(repo: Repo, server: LanguageServer) -> None:
    text = repo.read(REPORT).replace("\n  I.7: ", "\n  I.5: Зроблено.\n  I.7: ")
    uri = server.open(REPORT, text)
    diagnostics = server.diagnostics(uri, lambda found: len(found) >= 1)
    assert [(line, message.split(":")[0]) for line, _, message in _messages(diagnostics)] == [
        (_line_of(text, "  I.5:"), "захід I.5 не входить до заходів підрозділу jkg"),
    ]


def test_a_yml_report_gets_the_report_schema_from_the_workspace_settings(repo: Repo, server: LanguageServer) -> None:
    """No modeline: only .vscode/settings.json maps the file to its schema."""
    text = "\n".join(repo.read(REPORT).splitlines()[1:]).replace("quarter: 3", "quarter: 4") + "\n"
    text = text.replace("quarter: 4\n", "quarter: 0\n")
    uri = server.open("reports/jkg/2019-q4.yml", text)
    diagnostics = server.diagnostics(uri, lambda found: len(found) >= 1)
    assert _messages(diagnostics) == [(_line_of(text, "quarter:"), 9, "значення має бути від 1 до 4")]


def test_hover_shows_the_measure_and_completion_offers_the_missing_ids_with_their_titles(
    repo: Repo, server: LanguageServer
) -> None:
    text = repo.read(REPORT)
    lines = text.splitlines()
    i14 = _line_of(text, "  I.14:")
    uri = server.open(REPORT, text)
    server.diagnostics(uri, lambda found: True)
    hover = server.request(
        "textDocument/hover", {"textDocument": {"uri": uri}, "position": {"line": i14, "character": 3}}
    )
    assert "**I.14.** Здійснення закупівель товарів, робіт та послуг" in hover["contents"]["value"]

    # A new line under `measures:`: the ids the report lacks are offered, each with its title.
    at = _line_of(text, "measures:") + 1
    edited = "\n".join([*lines[:at], "  ", *lines[at:]]) + "\n"
    server.notify(
        "textDocument/didChange",
        {"textDocument": {"uri": uri, "version": 2}, "contentChanges": [{"text": edited}]},
    )
    completion = server.request(
        "textDocument/completion", {"textDocument": {"uri": uri}, "position": {"line": at, "character": 2}}
    )
    items = {item["label"]: item for item in completion["items"]}
    assert {"I.5", "I.6", "II.4"} <= set(items) and "I.14" not in items
    documentation = items["I.5"]["documentation"]
    assert "**I.5.** " in (documentation["value"] if isinstance(documentation, dict) else documentation)
