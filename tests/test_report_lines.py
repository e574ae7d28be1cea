"""report_lines: the shortcut history takes must read every status exactly as the YAML reader does."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import PROJECT
from zvit.build import status_from_data
from zvit.report_lines import chunk_text, cut, measure_chunks, recut
from zvit.yamlfile import parse_yaml

REPORT = (PROJECT / "reports" / "jkg" / "2019-q3.yaml").read_bytes()


def reader_text(chunk: bytes) -> str | None:
    """What the YAML reader makes of one measure's lines (None when it refuses them)."""
    loaded = parse_yaml(b"measures:\n" + chunk, "x.yaml")
    if not loaded.ok or not isinstance(loaded.data, dict) or not isinstance(loaded.data.get("measures"), dict):
        return None
    (value,) = loaded.data["measures"].values()
    status = status_from_data(value)
    return None if status.state is not None or not isinstance(value, (str, type(None))) else status.text


def test_the_real_report_is_cut_into_its_measures_and_read_as_the_reader_reads_it() -> None:
    chunks = measure_chunks(REPORT)
    assert chunks is not None and len(chunks) == 27
    assert chunks["I.11"] == b'  I.11: "."\n'
    for measure_id, chunk in chunks.items():
        assert chunk_text(chunk) == reader_text(chunk), measure_id


def test_unusual_files_are_left_to_the_reader() -> None:
    assert measure_chunks(b"measures: {I.1: x}\n") is None
    assert measure_chunks(b"measures:\n  I.1: &a x\n  I.2: *a\n") is None
    assert measure_chunks(b"measures:\n  I.1: x\n  I.1: y\n") is None
    assert measure_chunks(b"measures:\n  I.1: x\n other: y\n") is None
    assert measure_chunks(b"unit: jkg\n") is None
    assert measure_chunks(b"measures:\n  # nothing yet\nunit: jkg\n") == {}


@settings(max_examples=400, deadline=None)
@given(
    lines=st.lists(st.text(alphabet="аб c:#'\"-.\\«»|>", max_size=12), min_size=1, max_size=4),
    style=st.sampled_from(["|-", "|", "|+", "plain", "double", "single", "folded"]),
    indent=st.sampled_from([2, 4]),
    trailing=st.sampled_from(["", "\n", "\n\n", "  # note\n"]),
)
def test_the_shortcut_reads_a_status_as_the_reader_does_or_declines(
        lines: list[str], style: str, indent: int, trailing: str) -> None:
    key = " " * 2 + "I.1:"
    body = " " * indent
    if style in ("|-", "|", "|+", "folded"):
        header = ">" if style == "folded" else style
        chunk = f"{key} {header}\n" + "".join(f"  {body}{line}\n" for line in lines) + trailing
    elif style == "plain":
        chunk = f"{key} {lines[0]}\n" + trailing
    elif style == "double":
        chunk = f'{key} "{lines[0]}"\n' + trailing
    else:
        chunk = f"{key} '{lines[0]}'\n" + trailing
    shortcut = chunk_text(chunk.encode())
    if shortcut is not None:
        assert shortcut == reader_text(chunk.encode()), chunk


def test_a_later_version_is_cut_again_only_around_its_edit_with_the_same_result() -> None:
    """Random edits of the real report: `recut` agrees with a full `cut` and names every changed measure."""
    rng = random.Random(5)
    pieces = [b"x", b"\n", b"  ", b"    ", b"  I.5: |-\n    t\n", b"  I.1: y\n", b"# c\n", b"signatory:\n",
              b"&a ", b'"', "Ж".encode()]
    current, layout = REPORT, cut(REPORT)
    checked = 0
    for _ in range(3000):
        edited = bytearray(current)
        at = rng.randrange(len(edited) + 1)
        if rng.random() < 0.5:
            del edited[at:at + rng.randrange(1, 12)]
        else:
            edited[at:at] = rng.choice(pieces)
        new = bytes(edited)
        whole = cut(new)
        assert layout is not None
        again, touched = recut(layout, new)
        if again is not None:
            checked += 1
            assert whole is not None and (again.spans, again.block_end) == (whole.spans, whole.block_end)
            changed = {m for m in {*layout.ids(), *again.ids()} if layout.chunk(m) != again.chunk(m)}
            assert changed == set(touched)
        if whole is None or rng.random() < 0.05:
            current, layout = REPORT, cut(REPORT)
        else:
            current, layout = new, whole
    assert checked > 2000
