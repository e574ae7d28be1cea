"""Column widths from the text: the advance widths are the font's, every column holds its longest word.

The widths table is checked against Liberation Serif itself where the font is
installed (read with a few lines of `struct`, no font library), and the width
choice is attacked with random tables (hypothesis).
"""

from __future__ import annotations

import struct
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zvit.render.column_widths import CellText, Estimate, Metrics, Pages, choose_widths
from zvit.render.text_metrics import advance_widths, text_width, word_widths, wrapped_lines

FONTS = Path("/usr/share/fonts/truetype/liberation")


def font_advances(path: Path, characters: str) -> dict[str, int]:
    """Advance widths in thousandths of an em from a TrueType file's cmap (format 4) and hmtx."""
    data = path.read_bytes()
    tables = {}
    for index in range(struct.unpack(">H", data[4:6])[0]):
        tag, _, offset, _ = struct.unpack(">4sIII", data[12 + 16 * index : 28 + 16 * index])
        tables[tag.decode()] = offset
    units = struct.unpack(">H", data[tables["head"] + 18 : tables["head"] + 20])[0]
    metrics = struct.unpack(">H", data[tables["hhea"] + 34 : tables["hhea"] + 36])[0]
    advances = [
        struct.unpack(">H", data[tables["hmtx"] + 4 * i : tables["hmtx"] + 4 * i + 2])[0] for i in range(metrics)
    ]
    cmap = tables["cmap"]
    subtable = None
    for index in range(struct.unpack(">H", data[cmap + 2 : cmap + 4])[0]):
        platform, encoding, offset = struct.unpack(">HHI", data[cmap + 4 + 8 * index : cmap + 12 + 8 * index])
        if (platform, encoding) == (3, 1) and struct.unpack(">H", data[cmap + offset : cmap + offset + 2])[0] == 4:
            subtable = cmap + offset
    assert subtable is not None
    count = struct.unpack(">H", data[subtable + 6 : subtable + 8])[0] // 2
    ends = struct.unpack(f">{count}H", data[subtable + 14 : subtable + 14 + 2 * count])
    starts = struct.unpack(f">{count}H", data[subtable + 16 + 2 * count : subtable + 16 + 4 * count])
    deltas = struct.unpack(f">{count}h", data[subtable + 16 + 4 * count : subtable + 16 + 6 * count])
    ranges = subtable + 16 + 6 * count
    offsets = struct.unpack(f">{count}H", data[ranges : ranges + 2 * count])
    found = {}
    for character in characters:
        code = ord(character)
        for i in range(count):
            if starts[i] <= code <= ends[i]:
                if offsets[i] == 0:
                    glyph = (code + deltas[i]) & 0xFFFF
                else:
                    at = ranges + 2 * i + offsets[i] + 2 * (code - starts[i])
                    glyph = struct.unpack(">H", data[at : at + 2])[0]
                    glyph = (glyph + deltas[i]) & 0xFFFF if glyph else 0
                found[character] = advances[min(glyph, metrics - 1)] * 1000 // units
                break
    return found


@pytest.mark.parametrize(("style", "bold"), [("Regular", False), ("Bold", True)])
def test_the_widths_are_liberation_serif_s(style: str, bold: bool) -> None:
    path = FONTS / f"LiberationSerif-{style}.ttf"
    if not path.exists():
        pytest.skip(f"{path} is not installed")
    table = advance_widths(bold)
    assert font_advances(path, "".join(table)) == table


def test_a_hyphenated_word_may_end_a_line_after_its_hyphen() -> None:
    assert word_widths(["житлово-комунального"], 12) == [[text_width("житлово-", 12), text_width("комунального", 12)]]


def test_wrapping_counts_lines_as_a_box_fills() -> None:
    space = text_width(" ", 12)
    word = text_width("слово", 12)
    words = [[word] * 6]
    assert wrapped_lines(words, space, 3 * word + 2 * space) == 2
    assert wrapped_lines(words, space, 3 * word + 2 * space - 0.1) == 3
    assert wrapped_lines([[], [word]], space, 100) == 2  # an empty paragraph takes its line


cells = st.lists(
    st.lists(st.text(alphabet="абвгдеєжзиіїйклмнопрстуфхцчшщьюя- ", min_size=0, max_size=60), min_size=1, max_size=3),
    min_size=3,
    max_size=3,
)


@settings(max_examples=60, deadline=None)
@given(st.lists(cells, min_size=1, max_size=8), st.sampled_from([None, 0.2]))
def test_widths_fill_the_table_and_hold_every_word(rows: list[list[list[str]]], share: float | None) -> None:
    metrics = Metrics(12, 5.7)
    estimate = Estimate([[CellText(c, p) for c, p in enumerate(row)] for row in rows], 3, metrics)
    total = 728.5
    pages = Pages(482.0, 120.0, [0.0] * len(rows))
    widths = choose_widths(estimate, total, [share, None, None], minimum=25.5, pages=pages)
    assert sum(widths) == pytest.approx(total)
    longest = [estimate.longest_word(c) for c in range(3)]
    if sum(max(w + metrics.padding, 25.5) for w in longest) + 10 < total and share is None:
        assert all(width >= word + metrics.padding for width, word in zip(widths, longest, strict=True))
    if share is not None:
        assert widths[0] == pytest.approx(share * total)


@pytest.mark.parametrize(
    ("word", "marked"),
    [
        ("кандидатів", "кан·ди·да·тів"),
        ("корупційного", "ко·руп·цій·но·го"),
        ("Відповідальні", "Від·по·ві·даль·ні"),
        ("роз’яснювальної", "роз’яс·ню·валь·ної"),
        ("ходжу", "ходжу"),  # short: never marked
        ("2019-q3", "2019-q3"),
    ],
)
def test_soft_hyphens_fall_between_syllables(word: str, marked: str) -> None:
    from zvit.render.hyphenation import SOFT_HYPHEN, hyphenate

    assert hyphenate(word).replace(SOFT_HYPHEN, "·") == marked
    assert hyphenate(word).replace(SOFT_HYPHEN, "") == word


def test_a_soft_hyphen_is_a_place_to_break_that_prints_a_hyphen() -> None:
    assert word_widths(["кан" + "\u00ad" + "дидат"], 12) == [[text_width("кан-", 12), text_width("дидат", 12)]]
