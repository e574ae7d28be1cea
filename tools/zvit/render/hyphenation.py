"""Where a Ukrainian word may be hyphenated, marked with soft hyphens (U+00AD).

A wide layout (the risk register has fifteen columns) leaves columns too narrow
for a long word even at 10 pt; without a mark Word and LibreOffice then cut the
word at any letter («Функц|ія»). A soft hyphen is invisible unless a line ends
there, when it prints as «-»: the word breaks where Ukrainian spelling allows.
The rules are the conservative core of the school rules (ДСТУ 3582 aside): a
break leaves at least two letters on each side, each side has a vowel, a line
never starts with «ь» or an apostrophe, «дж»/«дз» stay together, and a break
falls between syllables: after a vowel before a consonant and a vowel (ма-ти),
between two consonants (кан-ди-дат), or between two vowels (ді-яль-ність).
"""

from __future__ import annotations

SOFT_HYPHEN = "\u00ad"
_VOWELS = frozenset("аеєиіїоуюяАЕЄИІЇОУЮЯ")
_LETTERS = frozenset("абвгґдеєжзиіїйклмнопрстуфхцчшщьюяАБВГҐДЕЄЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЬЮЯ'’ʼ")
_NEVER_FIRST = frozenset("ьЬ'’ʼ")
_TOGETHER = frozenset({"дж", "дз", "Дж", "Дз", "ДЖ", "ДЗ"})
# Words shorter than this are never marked.
MIN_LETTERS = 6


def hyphenate(text: str) -> str:
    """`text` with soft hyphens in each Ukrainian word of `MIN_LETTERS` letters or more."""
    return " ".join(_word(word) for word in text.split(" "))


def _word(word: str) -> str:
    """One space-delimited word; its letters-only stretches (between hyphens, quotes) are marked."""
    out: list[str] = []
    stretch: list[str] = []
    for char in word:
        if char in _LETTERS:
            stretch.append(char)
            continue
        out.append(_stretch("".join(stretch)))
        stretch = []
        out.append(char)
    out.append(_stretch("".join(stretch)))
    return "".join(out)


def _stretch(letters: str) -> str:
    if len(letters) < MIN_LETTERS:
        return letters
    marked = [letters[0]]
    for i in range(1, len(letters)):
        if _may_break(letters, i):
            marked.append(SOFT_HYPHEN)
        marked.append(letters[i])
    return "".join(marked)


def _may_break(word: str, i: int) -> bool:
    """Whether a line may end between word[:i] and word[i:]."""
    left, right = word[:i], word[i:]
    if len(left) < 2 or len(right) < 2 or right[0] in _NEVER_FIRST:
        return False
    if not (_VOWELS & set(left)) or not (_VOWELS & set(right)):
        return False
    if word[i - 1 : i + 1] in _TOGETHER:
        return False
    before, after = word[i - 1], word[i]
    next_is_vowel = len(right) > 1 and right[1] in _VOWELS
    if before in _VOWELS:
        return after in _VOWELS or next_is_vowel
    return after not in _VOWELS
