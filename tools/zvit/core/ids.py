"""What an id looks like, and Cyrillic letters that look Latin.

The id patterns are the schemas' (tests/test_ids.py holds the JSON Schema files to
them): every other check of an id uses these.  Ukrainian keyboards make `І.1`
(Cyrillic І) as easy to type as `I.1`, and the two are indistinguishable on screen;
ids are Latin, so every check that rejects an id first asks whether it is a
look-alike and, if so, names the fix.
"""

from __future__ import annotations

import re

UNIT_ID_PATTERN = "[a-z][a-z0-9-]{0,39}"
PROGRAMME_ID_PATTERN = "[a-z0-9][a-z0-9-]{0,63}"
SECTION_ID_PATTERN = "[A-Za-z0-9]+([.][A-Za-z0-9]+)*"
MEASURE_ID_PATTERN = r"[A-Za-z0-9]+(\.[A-Za-z0-9]+)*"
# A key under a report's `measures:`: a measure id, or a body's own `x-` extension.
MEASURE_KEY_PATTERN = rf"({MEASURE_ID_PATTERN}|x-.*)"
# A whole unit id: `UNIT_ID.match(text)` is true only when all of `text` is one.
UNIT_ID = re.compile(UNIT_ID_PATTERN + r"\Z")

_TO_LATIN = {
    "А": "A",
    "В": "B",
    "Е": "E",
    "І": "I",
    "Ј": "J",
    "К": "K",
    "М": "M",
    "Н": "H",
    "О": "O",
    "Р": "P",
    "С": "C",
    "Т": "T",
    "Х": "X",
    "У": "Y",
    "Ѕ": "S",
    "а": "a",
    "е": "e",
    "і": "i",
    "ј": "j",
    "о": "o",
    "р": "p",
    "с": "c",
    "х": "x",
    "у": "y",
    "ѕ": "s",
    "ԁ": "d",
    "һ": "h",
    "ӏ": "l",
    "Ι": "I",  # Greek capital iota
    "Ⅰ": "I",
    "Ⅱ": "II",
    "Ⅲ": "III",
    "Ⅳ": "IV",
    "Ⅴ": "V",
    "Ⅹ": "X",  # Roman numeral signs
}


def to_latin(text: str) -> tuple[str, list[str]]:
    """`text` with look-alikes replaced, and the look-alikes found ("І U+0406")."""
    found: list[str] = []
    out: list[str] = []
    for char in text:
        latin = _TO_LATIN.get(char)
        if latin is None:
            out.append(char)
        else:
            out.append(latin)
            label = f"{char} U+{ord(char):04X}"
            if label not in found:
                found.append(label)
    return "".join(out), found


def lookalikes(latin: str) -> str:
    """The single characters that `to_latin` reads as the Latin letter `latin` (for "I": "ІΙⅠ")."""
    return "".join(char for char, letter in _TO_LATIN.items() if letter == latin)
