"""Text as people read it in one line: whitespace folded, long texts cut with "…"."""

from __future__ import annotations

ELLIPSIS = "…"


def one_line(text: str) -> str:
    """`text` with every run of whitespace, line breaks included, as one space."""
    return " ".join(text.split())


def shorten(text: str, limit: int, *, at_word: bool = False, trim: str = "") -> str:
    """`text` in at most `limit` characters: cut, `trim`'s characters dropped from the cut's end, "…" after it.

    With `at_word` the cut falls before the last space it would have crossed.
    """
    if len(text) <= limit:
        return text
    cut = text[: max(limit - 1, 0)]
    if at_word and " " in cut:
        cut = cut[: cut.rindex(" ")]
    return (cut.rstrip(trim) if trim else cut) + ELLIPSIS
