"""How wide a text prints in Times New Roman, to choose column widths and estimate rows.

The advance widths (thousandths of an em) are those of Liberation Serif, which is
metric-compatible with Times New Roman and is what LibreOffice prints with where
Times New Roman is missing; tests/test_text_metrics.py checks them against the
font file when it is installed. A character outside the table counts as an "о".
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Sequence

_REGULAR_CHARACTERS = (
    " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQ"
    "RSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~ЀЁЂЃЄ"
    "ЅІЇЈЉЊЋЌЍЎЏАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеж"
    "зийклмнопрстуфхцчшщъыьэюяѐёђѓєѕіїјљњћќѝўџҐґ«»’‘“”„"
    "–—‑…№§°×·\xa0"
)
_REGULAR_WIDTHS = (
    250,
    333,
    408,
    500,
    500,
    833,
    777,
    180,
    333,
    333,
    500,
    563,
    250,
    333,
    250,
    277,
    500,
    500,
    500,
    500,
    500,
    500,
    500,
    500,
    500,
    500,
    277,
    277,
    563,
    563,
    563,
    443,
    920,
    722,
    666,
    666,
    722,
    610,
    556,
    722,
    722,
    333,
    389,
    722,
    610,
    889,
    722,
    722,
    556,
    722,
    666,
    556,
    610,
    722,
    722,
    943,
    722,
    722,
    610,
    333,
    277,
    333,
    469,
    500,
    333,
    443,
    500,
    443,
    500,
    443,
    333,
    500,
    500,
    277,
    277,
    500,
    277,
    777,
    500,
    500,
    500,
    500,
    333,
    389,
    277,
    500,
    500,
    722,
    500,
    500,
    443,
    479,
    200,
    479,
    541,
    610,
    610,
    751,
    578,
    660,
    556,
    333,
    333,
    389,
    872,
    872,
    741,
    666,
    722,
    708,
    722,
    722,
    574,
    666,
    578,
    682,
    610,
    895,
    500,
    722,
    722,
    666,
    678,
    889,
    722,
    722,
    722,
    556,
    666,
    610,
    708,
    790,
    722,
    722,
    649,
    1008,
    1008,
    706,
    872,
    574,
    660,
    1027,
    666,
    443,
    508,
    472,
    410,
    508,
    443,
    690,
    395,
    535,
    535,
    485,
    499,
    632,
    535,
    500,
    535,
    500,
    443,
    437,
    500,
    647,
    500,
    535,
    502,
    770,
    770,
    517,
    671,
    456,
    429,
    747,
    459,
    443,
    443,
    482,
    410,
    429,
    389,
    277,
    277,
    277,
    727,
    723,
    500,
    485,
    535,
    500,
    535,
    450,
    351,
    500,
    500,
    333,
    333,
    443,
    443,
    443,
    500,
    1000,
    333,
    1000,
    954,
    500,
    399,
    563,
    250,
    250,
)
_BOLD_CHARACTERS = (
    " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQ"
    "RSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~ЀЁЂЃЄ"
    "ЅІЇЈЉЊЋЌЍЎЏАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеж"
    "зийклмнопрстуфхцчшщъыьэюяѐёђѓєѕіїјљњћќѝўџҐґ«»’‘“”„"
    "–—‑…№§°×·\xa0"
)
_BOLD_WIDTHS = (
    250,
    333,
    555,
    500,
    500,
    1000,
    833,
    277,
    333,
    333,
    500,
    569,
    250,
    333,
    250,
    277,
    500,
    500,
    500,
    500,
    500,
    500,
    500,
    500,
    500,
    500,
    333,
    333,
    569,
    569,
    569,
    500,
    930,
    722,
    666,
    722,
    722,
    666,
    610,
    777,
    777,
    389,
    500,
    777,
    666,
    943,
    722,
    777,
    610,
    777,
    722,
    556,
    666,
    722,
    722,
    1000,
    722,
    722,
    666,
    333,
    277,
    333,
    581,
    500,
    333,
    500,
    556,
    443,
    556,
    443,
    333,
    500,
    556,
    277,
    333,
    556,
    277,
    833,
    556,
    500,
    556,
    556,
    443,
    389,
    333,
    556,
    500,
    722,
    500,
    500,
    443,
    394,
    220,
    394,
    520,
    666,
    666,
    799,
    636,
    678,
    556,
    389,
    389,
    500,
    1002,
    1001,
    799,
    725,
    777,
    733,
    777,
    722,
    661,
    666,
    636,
    687,
    666,
    988,
    527,
    777,
    777,
    725,
    745,
    943,
    777,
    777,
    777,
    610,
    722,
    666,
    733,
    858,
    722,
    777,
    733,
    1098,
    1098,
    765,
    981,
    661,
    678,
    1125,
    722,
    500,
    500,
    540,
    454,
    505,
    443,
    725,
    401,
    576,
    576,
    576,
    561,
    681,
    576,
    500,
    576,
    556,
    443,
    491,
    500,
    691,
    500,
    576,
    563,
    844,
    844,
    583,
    780,
    528,
    432,
    764,
    541,
    443,
    443,
    537,
    454,
    432,
    389,
    277,
    277,
    333,
    779,
    796,
    556,
    576,
    576,
    500,
    576,
    520,
    389,
    500,
    500,
    333,
    333,
    500,
    500,
    500,
    500,
    1000,
    333,
    1000,
    1004,
    500,
    399,
    569,
    250,
    250,
)
_REGULAR = dict(zip(_REGULAR_CHARACTERS, _REGULAR_WIDTHS, strict=True))
_BOLD = dict(zip(_BOLD_CHARACTERS, _BOLD_WIDTHS, strict=True))
_FALLBACK = "о"
# After a hyphen between letters: where Word and LibreOffice may end a line.
_HYPHEN_BREAK = re.compile(r"(?<=\w-)(?=\w)")
_EM = 1000.0
_SOFT = "\u00ad"


def advance_widths(bold: bool = False) -> dict[str, int]:
    """The table itself (a copy), per character, in thousandths of an em."""
    return dict(_BOLD if bold else _REGULAR)


def text_width(text: str, size: float, *, bold: bool = False) -> float:
    """The printed width of `text` at `size` points, in points (no kerning)."""
    return _em_width(text, bold) * size / _EM


@functools.lru_cache(maxsize=1 << 16)
def _em_width(text: str, bold: bool) -> int:
    """In thousandths of an em; cached, since a programme's words repeat row after row."""
    table = _BOLD if bold else _REGULAR
    fallback = table[_FALLBACK]
    return sum(table.get(char, fallback) for char in text)


@functools.lru_cache(maxsize=1 << 16)
def _parts(word: str) -> tuple[str, ...]:
    """The pieces a line may end after: at a hyphen, or at a soft hyphen (which then prints as "-")."""
    if "-" not in word and _SOFT not in word:
        return (word,)
    pieces = [part for part in _HYPHEN_BREAK.split(word) if part]
    if _SOFT not in word:
        return tuple(pieces)
    found: list[str] = []
    for piece in pieces:
        syllables = piece.split(_SOFT)
        found += [syllable + "-" for syllable in syllables[:-1]] + syllables[-1:]
    return tuple(found)


def word_widths(paragraphs: Sequence[str], size: float, *, bold: bool = False) -> list[list[float]]:
    """Each paragraph's words as printed widths: what wrapping needs.

    A line may break at a space or after a hyphen («інформаційно-|роз’яснювальної»),
    so the parts of a hyphenated word count as words (each part keeps its hyphen).
    """
    scale = size / _EM
    return [
        [_em_width(part, bold) * scale for word in paragraph.split() for part in _parts(word)]
        for paragraph in paragraphs
    ]


def wrapped_lines(words: Sequence[Sequence[float]], space: float, width: float) -> int:
    """How many lines the paragraphs take in a box `width` points wide, wrapped at spaces.

    A word wider than the box is broken as Word breaks it, over as many lines as it needs;
    an empty paragraph is one line.
    """
    lines = 0
    for paragraph in words:
        lines += 1
        used = -space
        for word in paragraph:
            if used + space + word <= width:
                used += space + word
            elif word <= width:
                lines += used >= 0
                used = word
            else:
                lines += (used >= 0) + math.ceil(word / width) - 1
                used = word % width
    return lines
