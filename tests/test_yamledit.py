"""The canonical writer: layout, comments kept with their keys, data never changed."""

from __future__ import annotations

import io
from typing import Any

import pytest
from conftest import PROGRAMME_PATH, REPORT_PATH
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ruamel.yaml import YAML

from zvit.check import schemas
from zvit.load.yamledit import Comments, find_comments, order_like, reformat, render, same_data
from zvit.load.yamlfile import parse_yaml
from zvit.model.build import programme_from_data

# Measures in programme order: the schema derived from the real programme names them.
REPORT_SCHEMA = schemas.report_schema(
    programme_from_data(parse_yaml(PROGRAMME_PATH.read_bytes(), "programme.yaml").data)
)


def fmt(text: str) -> str | None:
    return reformat(text.encode("utf-8"), "reports/jkg/2019-q3.yaml", lambda data: REPORT_SCHEMA).text


def test_the_transcribed_report_is_already_canonical() -> None:
    content = REPORT_PATH.read_bytes()
    assert fmt(content.decode("utf-8")) == content.decode("utf-8")


MESSY = """\
# yaml-language-server: $schema=../../schema/report.schema.json

measures:
    # про другий захід
    I.2: 'Текст у лапках: з двокрапкою'   # кінець рядка
    I.1: "Два\\nабзаци"
    II.3:
        state: виконано
        text: >-
          Складений
          текст
    I.11: '.'
    I.12:
    I.13: "true"
unit: jkg
programme: loda-2019
date: '2019-10-04'
year: 2019
quarter: 3


amendments: [{by: Хтось, reason: "Помилка в I.2", date: "2019-11-01"}]
# наприкінці
"""

CANONICAL = """\
# yaml-language-server: $schema=../../schema/report.schema.json
programme: loda-2019
unit: jkg
year: 2019
quarter: 3
measures:
  I.1: |-
    Два
    абзаци
  # про другий захід
  I.2: "Текст у лапках: з двокрапкою"  # кінець рядка
  I.11: "."
  I.12:
  I.13: "true"
  II.3:
    text: Складений текст
    state: виконано
date: "2019-10-04"
amendments:
  - date: "2019-11-01"
    reason: Помилка в I.2
    by: Хтось
# наприкінці
"""


def test_a_messy_report_gets_the_canonical_layout_with_its_comments() -> None:
    assert fmt(MESSY) == CANONICAL
    assert same_data(parse_yaml(CANONICAL.encode(), "x").data, parse_yaml(MESSY.encode(), "x").data)
    assert fmt(CANONICAL) == CANONICAL


def test_measures_follow_the_programme_and_unknown_keys_keep_their_place_at_the_end() -> None:
    schema = {"properties": {"a": {}, "m": {"properties": {"I.2": {}, "I.10": {}}}}}
    data = {"z": 1, "m": {"x": 1, "I.10": 2, "I.2": 3}, "a": 0}
    ordered = order_like(data, schema)
    assert list(ordered) == ["a", "m", "z"]
    assert list(ordered["m"]) == ["I.2", "I.10", "x"]


@pytest.mark.parametrize(
    ("text", "style"),
    [
        ("Звичайний текст", "  I.1: Звичайний текст\n"),
        ("рядок\nдругий", "  I.1: |-\n    рядок\n    другий\n"),
        ("  з відступом\nдалі", "  I.1: |2-\n      з відступом\n    далі\n"),
        ("пробіл у кінці \nрядка", '  I.1: "пробіл у кінці \\nрядка"\n'),
        ("табуляція\tвсередині\nрядка", "  I.1: |-\n    табуляція\tвсередині\n    рядка\n"),
        ("# не коментар", '  I.1: "# не коментар"\n'),
        ("текст # теж не коментар", '  I.1: "текст # теж не коментар"\n'),
        ("роз'яснення «Закону»", "  I.1: роз'яснення «Закону»\n"),
        ("", '  I.1: ""\n'),
        ("2019-10-04", '  I.1: "2019-10-04"\n'),
        ("-.5", '  I.1: "-.5"\n'),
        ("null", '  I.1: "null"\n'),
    ],
)
def test_each_kind_of_text_gets_one_style(text: str, style: str) -> None:
    out = render({"measures": {"I.1": text}})
    assert out == "measures:\n" + style
    assert parse_yaml(out.encode(), "x").data == {"measures": {"I.1": text}}


def test_comments_are_found_by_meaning_and_hashes_in_text_are_not_comments() -> None:
    text = "# шапка\na: |-  # після блоку\n  #текст блоку\nb: 'x # y'  # b\n# перед c\nc:\n  - d: 1  # d\n# хвіст\n"
    comments = find_comments(text, parse_yaml(text.encode(), "x"))
    assert comments == Comments(
        header=("# шапка",),
        before={("c",): ("# перед c",)},
        eol={("a",): "# після блоку", ("b",): "# b", ("c", 0, "d"): "# d"},
        trailer=("# хвіст",),
    )


def test_a_file_that_does_not_load_cleanly_is_refused() -> None:
    result = reformat(b"measures:\n  I.1: a: b\n", "r.yaml", lambda data: REPORT_SCHEMA)
    assert result.text is None
    assert [f.code for f in result.loaded.findings] == ["yaml.colon-in-plain-text"]


def test_same_data_tells_types_apart() -> None:
    assert same_data({"a": [1, "x"]}, {"a": [1, "x"]})
    assert not same_data({"a": True}, {"a": 1})
    assert not same_data({"a": "1"}, {"a": 1})
    assert not same_data({"a": None}, {"a": ""})


# The property: whatever a person or another tool wrote, formatting keeps the data,
# keeps every comment, and a second run changes nothing.

_TRICKY = "абвгґдеєжзиіїйклмнопрстуфхцчшщьюяАБВГҐДЕЄЖЗИІЇЙ’ʼ'\"«»:#-—–.,; \t\u00a0|>!&*%@`{}[]?\\/019"
_texts = st.one_of(st.text(alphabet=_TRICKY + "\n", max_size=50), st.text(max_size=12))
_status = st.one_of(
    st.none(),
    _texts,
    st.fixed_dictionaries(
        {"text": _texts},
        optional={"state": st.sampled_from(["виконано", "не виконано"]), "carried_over": st.booleans()},
    ),
)
_ids = st.sampled_from([f"I.{i}" for i in range(1, 23)] + [f"II.{i}" for i in range(1, 16)] + ["X.1"])
_reports = st.fixed_dictionaries(
    {
        "programme": st.just("loda-2019"),
        "unit": st.just("jkg"),
        "year": st.just(2019),
        "quarter": st.integers(1, 4),
        "measures": st.dictionaries(_ids, _status, max_size=6),
    },
    optional={
        "date": st.just("2019-10-04"),
        "signatory": st.fixed_dictionaries({"position": _texts, "name": _texts}),
        "amendments": st.lists(
            st.fixed_dictionaries({"date": st.just("2019-11-01"), "reason": _texts, "by": _texts}), max_size=2
        ),
    },
)


def _written_by_someone(data: dict[str, Any], style: int) -> str:
    """The report as another tool or a person's editor might have left it."""
    yaml = YAML(typ="rt" if style < 2 else "safe", pure=True)
    if style == 1:
        yaml.width = 20  # wrapped lines, trailing spaces at the breaks
    if style == 2:
        yaml.default_flow_style = True
    stream = io.StringIO()
    yaml.dump(data, stream)
    return stream.getvalue()


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(_reports, st.integers(0, 2), st.randoms(use_true_random=False))
def test_formatting_keeps_data_and_comments_and_is_idempotent(data: dict[str, Any], style: int, rnd: Any) -> None:
    items = list(data.items())
    rnd.shuffle(items)
    lines = []
    for line in _written_by_someone(dict(items), style).split("\n"):
        if rnd.random() < 0.3:
            lines.append(" " * rnd.randint(0, 6) + f"# коментар {rnd.random()}")
        if rnd.random() < 0.2:
            line += " " * rnd.randint(1, 3) + f"# кінець # {rnd.random()}"
        lines.append(line)
    original = "\n".join(lines).encode("utf-8")
    loaded = parse_yaml(original, "r.yaml")
    if not loaded.ok:  # a comment landed inside a quoted text and broke it: fmt refuses
        assert fmt(original.decode("utf-8")) is None
        return
    once = fmt(original.decode("utf-8"))
    assert once is not None
    back = parse_yaml(once.encode("utf-8"), "r.yaml")
    assert same_data(back.data, loaded.data)
    assert find_comments(once, back).texts() == find_comments(original.decode("utf-8"), loaded).texts()
    assert fmt(once) == once
    assert once.endswith("\n") and not once.endswith("\n\n")
