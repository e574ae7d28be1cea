"""The YAML reader against hostile and broken input: a located finding, never a crash."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from ruamel.yaml import YAML

from zvit.core.findings import SHOWN_PER_KIND
from zvit.core.messages import Words, text
from zvit.load import yamlfile
from zvit.load.yamlfile import MAX_NODES, parse_yaml, problem_words, read_yaml

SUITE = Path(__file__).resolve().parent / "data" / "yaml-test-suite"


def codes(content: bytes) -> list[tuple[int, int, str]]:
    loaded = parse_yaml(content, "f.yaml")
    return [(f.location.line, f.location.col, f.code) for f in loaded.findings]


def test_plain_data_uses_the_yaml_1_2_core_types_and_keeps_dates_as_text() -> None:
    loaded = parse_yaml(b"a: 1\nb: [x, 2019-01-01, 1.5, yes, null, ~, true, 0x1F, '3']\nc: {d: q}\n", "f.yaml")
    assert loaded.ok
    assert loaded.data == {"a": 1, "b": ["x", "2019-01-01", 1.5, "yes", None, None, True, 31, "3"], "c": {"d": "q"}}


def test_keys_are_kept_as_typed_so_1_10_is_not_1_1() -> None:
    assert parse_yaml(b"1.10: a\n1.1: b\n", "f.yaml").data == {"1.10": "a", "1.1": "b"}


def test_positions_of_keys_and_values_are_one_based() -> None:
    loaded = parse_yaml(b"a:\n  b: 1\n  c:\n    - x\n    - y: 2\n", "f.yaml")
    assert loaded.locate(("a", "c", 1, "y")) == ("f.yaml", 5, 10)
    assert loaded.locate(("a", "c", 1, "y"), key=True) == ("f.yaml", 5, 7)
    # A missing key falls back to its parent's key.
    assert loaded.locate(("a", "missing")) == ("f.yaml", 1, 1)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"a: 1\na: 2\n", [(2, 1, "yaml.duplicate-key")]),
        (b"a: !!python/object:os.system x\n", [(1, 4, "yaml.tag-not-allowed")]),
        (b"a: !!binary aGVsbG8=\n", [(1, 4, "yaml.tag-not-allowed")]),
        (b"a: !custom x\n", [(1, 4, "yaml.tag-not-allowed")]),
        (b"a: !!int abc\n", [(1, 4, "yaml.bad-tagged-value")]),
        (b"a: &a [*a]\n", [(1, 8, "yaml.recursive-alias")]),
        (b"a: *nothing\n", [(1, 4, "yaml.undefined-alias")]),
        (b"a: b: c\n", [(1, 5, "yaml.colon-in-plain-text")]),
        (b"a:\n\t- x\n", [(2, 1, "yaml.tab-indent")]),
        (b"a: 1\n\tb: 2\n", [(2, 1, "yaml.tab-indent")]),
        (b"a:\n  b: 1\n c: 2\n", [(3, 2, "yaml.bad-indent")]),
        (b'a: "unclosed\nb: 2\n', [(1, 4, "yaml.unclosed-quote")]),
        (b"a: 1\n---\nb: 2\n", [(2, 1, "yaml.multiple-documents")]),
        (b"", [(1, 1, "yaml.empty")]),
        (b"# only a comment\n", [(1, 1, "yaml.empty")]),
        (b"? [a]\n: 1\n", [(1, 3, "yaml.complex-key")]),
        (b"\xff\xfea\x00", [(1, 1, "file.utf16")]),
        (b"a: 1\x00\n", [(1, 1, "file.binary")]),
        (b"a: ok\nb: \xcf\xf0\xe8\n", [(2, 4, "file.not-utf8")]),
        (b"a: b\x0bc\nd: e\x07\n", [(1, 5, "text.control-character"), (2, 5, "text.control-character")]),
    ],
)
def test_broken_input_gives_a_located_finding(content: bytes, expected: list[tuple[int, int, str]]) -> None:
    assert codes(content) == expected


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        # A clerk's text starting with a sign YAML reserves: never «табуляція» where there is none, never English.
        ("a: @gmail\n", "1:4: текст, що починається з «@», візьміть у лапки: у YAML цей знак має особливе значення"),
        ("a: `x`\n", "1:4: текст, що починається з «`», візьміть у лапки: у YAML цей знак має особливе значення"),
        ("a: * пункт\n", "1:4: текст, що починається з «*», візьміть у лапки: у YAML цей знак має особливе значення"),
        ("a: & пункт\n", "1:4: текст, що починається з «&», візьміть у лапки: у YAML цей знак має особливе значення"),
        ("a: [Постійно\nb: 1\n", "1:4: дужку «[» відкрито тут, але не закрито; якщо це текст, візьміть його в лапки"),
        ("a: {x\nb: 1\n", "1:4: дужку «{» відкрито тут, але не закрито; якщо це текст, візьміть його в лапки"),
        ("a: |x\n", "1:4: текст, що починається з «|», візьміть у лапки: у YAML цей знак має особливе значення"),
        (
            "a: 'Прозорро' впроваджено\n",
            "1:15: текст після закритих лапок; якщо лапки — частина тексту, візьміть у лапки весь текст "
            "або запишіть його блоком «|-» з нового рядка",
        ),
        (
            'a: "C:\\док"\n',
            "1:7: у тексті в подвійних лапках «\\» починає спецсимвол; напишіть «\\\\» або візьміть текст "
            "в одинарні лапки",
        ),
    ],
)
def test_a_syntax_error_at_a_reserved_sign_says_what_to_do_in_ukrainian(content: str, expected: str) -> None:
    (finding,) = parse_yaml(content.encode(), "r.yaml").findings
    worded = text(finding.code, "uk", finding.args)
    assert f"{finding.location.line}:{finding.location.col}: {worded}" == expected


def test_a_utf8_bom_is_accepted() -> None:
    assert parse_yaml("\ufeffa: б\n".encode(), "f.yaml").data == {"a": "б"}


def test_thousands_of_pasted_control_characters_give_a_few_findings_and_a_count() -> None:
    """A report pasted from Word once held 32,000 of them: every place was found by counting
    lines from the file's start (quadratic) and printed; now the first few and «і ще K»."""
    lines = "".join(f"    рядок {i}\x0bтекст\x07\u200b\n" for i in range(16_000))
    loaded = parse_yaml(f"a: |-\n{lines}".encode(), "r.yaml")
    found = [(f.location.line, f.location.col, f.code, dict(f.args)) for f in loaded.findings]
    assert SHOWN_PER_KIND == 3
    assert found == [
        (2, 12, "text.control-character", {"char": "U+000B"}),
        (2, 18, "text.control-character", {"char": "U+0007"}),
        (3, 12, "text.control-character", {"char": "U+000B"}),
        (3, 18, "findings.more", {"count": 32_000 - 3, "code": "text.control-character"}),
        (2, 19, "text.invisible-character", {"char": "U+200B"}),
        (3, 19, "text.invisible-character", {"char": "U+200B"}),
        (4, 19, "text.invisible-character", {"char": "U+200B"}),
        (5, 19, "findings.more", {"count": 16_000 - 3, "code": "text.invisible-character"}),
    ]


def test_invisible_characters_are_warnings_and_the_data_is_kept() -> None:
    loaded = parse_yaml("a: I\u200b.1\n".encode(), "f.yaml")
    assert loaded.ok
    assert [(f.severity, f.code) for f in loaded.findings] == [("warning", "text.invisible-character")]
    assert loaded.data == {"a": "I\u200b.1"}


def test_billion_laughs_stops_at_the_node_budget() -> None:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for prev, name in zip("abcdefgh", "bcdefghi", strict=False):
        lines.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
    loaded = parse_yaml("\n".join(lines).encode(), "bomb.yaml")
    assert loaded.data is None
    [finding] = loaded.findings
    assert finding.code == "yaml.too-many-nodes"
    assert finding.args["limit"] == MAX_NODES


@pytest.mark.parametrize(
    "content",
    [
        b"[" * 100_000 + b"]" * 100_000,
        b"- " * 50_000 + b"x",
        b"a:\n" + b"".join(b"  " * i + b"k:\n" for i in range(1, 200)),
    ],
)
def test_deep_nesting_fails_fast_instead_of_crashing(content: bytes) -> None:
    assert [c for _, _, c in codes(content)] == ["yaml.too-deep"]


def test_huge_file_is_refused_before_parsing() -> None:
    assert codes(b"a: " + b"x" * (6 * 1024 * 1024)) == [(0, 0, "file.too-large")]


def test_every_input_of_the_yaml_test_suite_gives_data_or_findings() -> None:
    """The suite's inputs live in the repository with their licence, so this runs on every clone."""
    files = sorted(SUITE.glob("*.yaml"))
    assert len(files) == 402
    assert (SUITE / "License").read_text(encoding="utf-8").startswith("MIT License")
    for path in files:
        loaded = parse_yaml(path.read_bytes(), path.name)
        assert loaded.ok == (loaded.data is not None or not loaded.findings), path.name
        for finding in loaded.findings:
            assert finding.location.line >= 0 and finding.code, path.name


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400))
def test_arbitrary_bytes_never_raise(content: bytes) -> None:
    loaded = parse_yaml(content, "f.yaml")
    # Unreadable input always says why; readable input may legitimately be null (`~`).
    assert loaded.ok or any(f.is_error for f in loaded.findings)
    assert all(f.location.path == "f.yaml" for f in loaded.findings)


_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)
_scalars = st.one_of(_text, st.integers(), st.booleans(), st.none())
_data = st.recursive(
    _scalars, lambda kids: st.lists(kids, max_size=4) | st.dictionaries(_text, kids, max_size=4), max_leaves=20
)


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(_text, _data, min_size=1, max_size=5))
def test_what_ruamel_dumps_we_read_back_unchanged_or_flag(data: dict[str, object]) -> None:
    """Any document a YAML library writes reads back as the same data, or as located findings
    (control characters are flagged, by design, rather than silently accepted)."""
    import io

    buffer = io.StringIO()
    yaml = YAML(typ="safe", pure=True)
    yaml.default_flow_style = False
    yaml.dump(data, buffer)
    loaded = parse_yaml(buffer.getvalue().encode("utf-8"), "f.yaml")
    if loaded.ok:
        assert loaded.data == data
    else:
        assert all(f.location.line >= 1 for f in loaded.findings)


@pytest.mark.parametrize("escape", ["\\x01", "\\e", "\\r", "\\x85", "\\u2028"])
def test_a_control_character_written_as_an_escape_is_refused_where_it_stands(escape: str) -> None:
    """A form cannot hold it and a terminal would obey it: only the raw-character check was not enough."""
    loaded = parse_yaml(f'measures:\n  I.2: "Виконано {escape} вчасно."\n'.encode(), "r.yaml")
    assert loaded.data is None
    assert [(f.code, f.location.line, f.location.col) for f in loaded.findings] == [("text.control-character", 2, 8)]


def test_tabs_and_line_breaks_written_as_escapes_stay() -> None:
    assert parse_yaml(b'a: "x\\ty\\nz"\n', "r.yaml").data == {"a": "x\ty\nz"}


# Every problem sentence of libyaml (src/scanner.c, parser.c and reader.c at 840b65c, May 2024).
LIBYAML_PROBLEMS = (
    "block sequence entries are not allowed in this context",
    "could not find expected ':'",
    "could not find expected directive name",
    "did not find expected '!'",
    "did not find expected comment or line break",
    "did not find expected digit or '.' character",
    "did not find expected hexdecimal number",
    "did not find expected version number",
    "did not find expected whitespace",
    "did not find expected whitespace or line break",
    "did not find the expected '>'",
    "found a tab character that violates indentation",
    "found a tab character where an indentation space is expected",
    "found an indentation indicator equal to 0",
    "found character that cannot start any token",
    "found extremely long version number",
    "found invalid Unicode character escape code",
    "found unexpected ':'",
    "found unexpected document indicator",
    "found unexpected end of stream",
    "found unexpected non-alphabetical character",
    "found unknown directive name",
    "found unknown escape character",
    "mapping keys are not allowed in this context",
    "mapping values are not allowed in this context",
    "did not find expected alphabetic or numeric character",
    "did not find expected tag URI",
    "did not find URI escaped octet",
    "found an incorrect leading UTF-8 octet",
    "found an incorrect trailing UTF-8 octet",
    "did not find expected ',' or ']'",
    "did not find expected ',' or '}'",
    "did not find expected '-' indicator",
    "did not find expected <document start>",
    "did not find expected <stream-start>",
    "did not find expected key",
    "found duplicate %TAG directive",
    "found duplicate %YAML directive",
    "found incompatible YAML document",
    "found undefined tag handle",
    "did not find expected node content",
    "Maximum nesting level reached, set with yaml_set_max_nest_level())",
    "control characters are not allowed",
    "invalid leading UTF-8 octet",
    "invalid trailing UTF-8 octet",
    "invalid length of a UTF-8 sequence",
    "incomplete UTF-8 octet sequence",
    "invalid Unicode character",
    "input is too long",
    "input error",
    "incomplete UTF-16 character",
    "incomplete UTF-16 surrogate pair",
    "expected low surrogate area",
    "unexpected low surrogate area",
)


@pytest.mark.parametrize("problem", LIBYAML_PROBLEMS)
def test_every_libyaml_problem_has_ukrainian_words(problem: str) -> None:
    (code,) = problem_words(problem)
    assert code != "yaml.problem.other"
    assert text(code, "en") == problem
    assert re.search("[а-яіїєґ]", text(code, "uk")) and not re.search(r"\b(found|expected|not)\b", text(code, "uk"))


def test_a_tab_in_the_indentation_is_worded_in_the_readers_language() -> None:
    loaded = parse_yaml(b"measures:\n  I.1: a\n\t I.2: b\n", "f.yaml")
    (finding,) = loaded.findings
    assert (finding.location.line, finding.location.col, finding.code) == (3, 1, "yaml.tab-indent")
    assert (
        text(finding.code, "uk", finding.args) == "символ табуляції у відступі; YAML дозволяє відступи лише пробілами"
    )
    assert text(finding.code, "en", finding.args) == (
        "a tab character in the indentation; YAML allows only spaces for indentation"
    )


@pytest.mark.skipif(not SUITE.is_dir(), reason="tests/data/yaml-test-suite is missing")
def test_every_syntax_error_in_the_yaml_test_suite_has_words_of_its_own() -> None:
    worded = 0
    for path in sorted(SUITE.glob("*.yaml")):
        for finding in parse_yaml(path.read_bytes(), path.name).findings:
            problem = finding.args.get("problem")
            if finding.code == "yaml.syntax":
                assert problem != Words(["yaml.problem.other"]), path.name
                worded += 1
    assert worded > 30


def test_a_file_the_system_refuses_says_why_in_the_readers_language(tmp_path: Path) -> None:
    (missing,) = read_yaml(str(tmp_path / "nothing.yaml"), "nothing.yaml").findings
    assert text(missing.code, "uk", missing.args) == "файл не вдалося прочитати: такого файлу чи теки немає"
    assert text(missing.code, "en", missing.args) == "cannot read the file: no such file or directory"


def test_the_quick_check_for_suspect_characters_misses_none() -> None:
    """`has_suspect_characters` first asks `isprintable`: every character the reader reports must be unprintable."""
    for code in range(0x110000):
        char = chr(code)
        assert yamlfile.has_suspect_characters(f"а\n{char}б") == (yamlfile._SUSPECT.search(char) is not None), hex(code)
