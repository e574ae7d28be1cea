"""A change in words as `zvit diff` and `zvit history` show it: only the paragraphs it touches, cut short around it."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from zvit.check.compare import Piece, compare_status
from zvit.model.objects import Status
from zvit.render.diff_text import _head_end, _tail_start, changed_lines

OLD = (
    "Перший абзац без змін.\n"
    "Цього кварталу, як і торік, у другому абзаці одне слово зміниться посеред довгого речення, "
    "де багато слів і до нього, і після.\n"
    "Третій абзац без змін.\n"
    "Четвертий абзац наприкінці."
)


def test_only_the_paragraphs_with_an_edit_are_shown_with_the_kept_words_around_it() -> None:
    new = OLD.replace("зміниться", "змінилося").replace("наприкінці", "в кінці")
    second = [
        Piece("equal", "… як і торік, у другому абзаці одне слово "),
        Piece("delete", "зміниться"),
        Piece("insert", "змінилося"),
        Piece("equal", " посеред довгого речення, де багато слів і до …"),
    ]
    fourth = [
        Piece("equal", "Четвертий абзац "),
        Piece("delete", "наприкінці"),
        Piece("insert", "в кінці"),
        Piece("equal", "."),
    ]
    for coarse in (False, True):  # history compares coarsely, diff word by word: the same lines
        assert changed_lines(compare_status("I.1", "", Status(OLD), Status(new), coarse=coarse)) == [second, fourth]


def test_a_paragraph_break_inserted_shows_as_a_pilcrow_in_its_line() -> None:
    change = compare_status("I.1", "", Status("Один.\nДва."), Status("Один.\nДва. Три.\nЧотири."), coarse=True)
    assert changed_lines(change) == [[Piece("equal", "Два."), Piece("insert", " Три.¶Чотири.")]]


def _head_end_word_by_word(text: str, words: int) -> int:
    """`_head_end` as it was first written: one space at a time."""
    at = len(text) - len(text.lstrip(" "))
    for _ in range(words):
        at = text.find(" ", at + 1)
        if at < 0:
            return len(text)
    return at


def _tail_start_word_by_word(text: str, words: int) -> int:
    at = len(text.rstrip(" "))
    for _ in range(words):
        at = text.rfind(" ", 0, at)
        if at < 0:
            return 0
    return at + 1


@given(st.text(alphabet=st.sampled_from("  аб,¶"), max_size=40), st.integers(min_value=0, max_value=12))
def test_the_words_kept_are_counted_at_every_space_as_one_space_at_a_time_counts_them(text: str, words: int) -> None:
    """Two spaces in a row make an empty word; leading and trailing spaces are no words."""
    assert _head_end(text, words) == _head_end_word_by_word(text, words)
    assert _tail_start(text, words) == _tail_start_word_by_word(text, words)


def test_a_json_history_keeps_line_separators_inside_strings() -> None:
    """U+2028 in a subject is no line break for JSON: the streamed history reads back as written."""
    import io
    import json

    from zvit.check.history_entries import History, HistoryEntry
    from zvit.load.git_records import Change
    from zvit.render.diff_text import write_history_json

    change = Change("a" * 40, "Автор\u2029", "a@example.org", 1569888000, "рядок\u2028далі\x85", "r.yaml", "b" * 40)
    out = io.StringIO()
    write_history_json(History("r.yaml", None, [HistoryEntry(change, "edited", ())]), out, {"history_cut": False})
    entry = json.loads(out.getvalue())["entries"][0]
    assert (entry["subject"], entry["author"]) == ("рядок\u2028далі\x85", "Автор\u2029")
