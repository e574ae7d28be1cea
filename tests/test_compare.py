"""compare: word tokens, the kinds of change, the order of measures, who made each word."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from difflib import SequenceMatcher

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zvit.check import compare
from zvit.check.compare import (
    Attribution,
    Author,
    MeasureChange,
    Piece,
    compare_status,
    merge_order,
    tokenize,
    trace_authors,
    word_opcodes,
)
from zvit.model.objects import Status


def test_words_keep_their_apostrophes_and_hyphens_and_the_tokens_rebuild_the_text() -> None:
    text = "Роз’яснювальна робота на веб-порталі, пам'ятка «Об’єднання» -\nнова  сторінка"
    tokens = tokenize(text)
    assert "".join(tokens) == text
    assert tokens == [
        "Роз’яснювальна",
        " ",
        "робота",
        " ",
        "на",
        " ",
        "веб-порталі",
        ",",
        " ",
        "пам'ятка",
        " ",
        "«",
        "Об’єднання",
        "»",
        " ",
        "-",
        "\n",
        "нова",
        "  ",
        "сторінка",
    ]


@pytest.mark.parametrize(
    ("old", "new", "kind"),
    [
        ("Виконано.", "Виконано.", "unchanged"),
        (".", "", "unchanged"),
        (".", "Проведено навчання.", "filled"),
        ("Проведено навчання.", "—", "emptied"),
        ("Проведено навчання.", "Проведено два навчання.", "changed"),
    ],
)
def test_the_kind_of_change(old: str, new: str, kind: str) -> None:
    assert compare_status("I.1", "", Status(old), Status(new)).kind == kind


def test_a_changed_state_alone_is_a_change() -> None:
    change = compare_status("I.1", "", Status("Так.", "виконується"), Status("Так.", "виконано"))
    assert (change.kind, change.state_changed) == ("changed", True)
    assert change.pieces() == [Piece("equal", "Так.")]


def test_a_changed_state_without_a_text_is_a_change() -> None:
    """«не стосується» often comes with no text at all: the new state is still the change."""
    change = compare_status("I.1", "", Status("", "не розпочато"), Status(".", "не стосується"))
    assert (change.kind, change.state_changed) == ("changed", True)


def test_a_placeholder_goes_whole_so_the_tracked_form_shows_what_the_form_showed() -> None:
    change = compare_status("I.1", "", Status("."), Status("Проведено навчання."))
    assert change.kind == "filled"
    assert change.pieces() == [Piece("delete", "."), Piece("insert", "Проведено навчання.")]


def test_measures_of_one_programme_only_are_added_or_removed() -> None:
    assert compare_status("I.9", "", None, Status("Так."), in_old=False).kind == "added"
    assert compare_status("I.9", "", Status("Так."), None, in_new=False).kind == "removed"


def test_pieces_mark_words_not_lines() -> None:
    change = compare_status(
        "I.1",
        "",
        Status("Проводиться роз’яснювальна робота з працівниками."),
        Status("Проводиться планова роз’яснювальна робота."),
    )
    assert change.pieces() == [
        Piece("equal", "Проводиться "),
        Piece("insert", "планова "),
        Piece("equal", "роз’яснювальна робота"),
        Piece("delete", " з працівниками"),
        Piece("equal", "."),
    ]


def test_the_coarse_comparison_history_uses_finds_the_same_edit() -> None:
    rng = random.Random(7)
    words = ["роз’яснювальна", "веб-порталі", "а", " ", "  ", "\n", ".", ",", "слово"]
    for _ in range(2000):
        old = "".join(rng.choice(words) for _ in range(rng.randrange(12)))
        chars = list(old)
        at = rng.randrange(len(chars) + 1)
        chars[at : at + rng.randrange(3)] = rng.choice(words)
        new = "".join(chars)
        fine = compare_status("I.1", "", Status(old), Status(new))
        coarse = compare_status("I.1", "", Status(old), Status(new), coarse=True)
        assert coarse.pieces() == fine.pieces(), (old, new)


def test_a_text_extended_or_cut_at_its_end_keeps_the_shorter_text_whole_in_the_coarse_tokens() -> None:
    """A growing text is not copied for every version of a history: the shorter side is its own one token."""
    rng = random.Random(8)
    words = ["роз’яснювальна", "веб-порталі", "а", " ", "  ", "\n", ".", ",", "слово"]
    shared = 0
    for _ in range(2000):
        shorter = "слово" + "".join(rng.choice(words) for _ in range(rng.randrange(12)))
        longer = shorter + "".join(rng.choice(words) for _ in range(rng.randrange(1, 4)))
        for old, new in ((shorter, longer), (longer, shorter)):
            fine = compare_status("I.1", "", Status(old), Status(new))
            coarse = compare_status("I.1", "", Status(old), Status(new), coarse=True)
            assert coarse.pieces() == fine.pieces(), (old, new)
            assert "".join(coarse.old_tokens) == old and "".join(coarse.new_tokens) == new
            shared += coarse.old_tokens[:1] == (shorter,) and coarse.old_tokens[0] is coarse.old.text  # type: ignore[union-attr]
    assert shared > 500


def test_a_coarse_comparison_of_one_text_whose_state_changed_keeps_the_text_whole() -> None:
    """History compares coarsely: a commit that changed only a state has the same text on both sides."""
    change = compare_status("I.1", "", Status("Так.", "виконується"), Status("Так.", "виконано"), coarse=True)
    assert (change.kind, change.state_changed) == ("changed", True)
    assert change.pieces() == [Piece("equal", "Так.")]


# Cyrillic words, the apostrophes and hyphen a word keeps, spaces, line breaks, punctuation.
_TEXTS = st.text(alphabet=st.sampled_from("аб Ї’ʼ'-\n\t\u00a0.,—«»x1"), max_size=24)
# Words that share their ends, and spaces between: edits that start and end inside words.
_WORDS = st.lists(
    st.sampled_from(["слово", "слова", "нове", "роз’яснення", "веб-порталі", " ", "  ", "\n", ".", "»", "а"]),
    max_size=8,
).map("".join)


@given(_WORDS | _TEXTS, _WORDS | _TEXTS, _WORDS | _TEXTS, st.sampled_from(["extended", "cut", "edited"]))
def test_the_coarse_opcodes_are_those_of_word_opcodes_over_the_coarse_tokens(
    text: str, more: str, other: str, how: str
) -> None:
    """A text extended or cut at its end gets its opcodes without `word_opcodes`: they are the ones it gives."""
    old, new = {
        "extended": (text, text + more),
        "cut": (text + more, text),
        "edited": (text + more + text, text + other + text),
    }[how]
    old_tokens, new_tokens, opcodes = compare._coarse_change(old, new)
    assert opcodes == tuple(word_opcodes(old_tokens, new_tokens))
    assert ("".join(old_tokens), "".join(new_tokens)) == (old, new)
    coarse = compare_status("I.1", "", Status(old), Status(new), coarse=True)
    assert coarse.pieces() == compare_status("I.1", "", Status(old), Status(new)).pieces()


@given(_WORDS | _TEXTS, _WORDS | _TEXTS, _WORDS | _TEXTS, _WORDS | _TEXTS)
def test_the_common_end_found_from_the_word_an_edit_starts_in_is_the_common_end(
    start: str, cut: str, put: str, end: str
) -> None:
    """`_common_suffix` may start its bisection at the space after the first difference: the same answer."""
    old, new = start + cut + end, start + put + end
    prefix = 0
    while prefix < min(len(old), len(new)) and old[prefix] == new[prefix]:
        prefix += 1
    suffix = 0
    while suffix < min(len(old), len(new)) - prefix and old[-1 - suffix] == new[-1 - suffix]:
        suffix += 1
    assert (compare._common_prefix(old, new), compare._common_suffix(old, new, prefix)) == (prefix, suffix)


def test_pieces_without_authors_are_the_pieces_of_an_attribution_that_names_no_one() -> None:
    """`pieces()` without an attribution takes a shorter way (`runs()`, joined as the opcodes are read):
    the same pieces."""
    rng = random.Random(9)
    words = ["роз’яснювальна", "веб-порталі", "а", " ", "  ", "\n", ".", ",", "слово"]
    for _ in range(1000):
        old = "".join(rng.choice(words) for _ in range(rng.randrange(20)))
        new = "".join(rng.choice(words) for _ in range(rng.randrange(20)))
        for coarse in (False, True):
            change = compare_status("I.1", "", Status(old), Status(new), coarse=coarse)
            no_one = Attribution((None,) * len(change.new_tokens), (None,) * len(change.old_tokens))
            assert change.pieces() == change.pieces(no_one), (old, new)
            assert change.runs() == [(piece.op, piece.text) for piece in change.pieces()]


def test_runs_of_one_op_next_to_each_other_are_one_piece() -> None:
    """Stretches aligned one after another can end and start with the same op: the runs join, as one piece."""
    old, new = ("Так", " ", "було", " ", "раніше"), ("Ні", " ", "стало", ".")
    opcodes = (
        ("replace", 0, 1, 0, 1),
        ("insert", 1, 1, 1, 3),
        ("equal", 1, 1, 3, 3),
        ("delete", 1, 3, 3, 3),
        ("delete", 3, 5, 3, 3),
        ("insert", 5, 5, 3, 4),
    )
    change = MeasureChange("I.1", "", "changed", Status("Так було раніше"), Status("Ні стало."), old, new, opcodes)
    expected = [
        Piece("delete", "Так"),
        Piece("insert", "Ні стало"),
        Piece("delete", " було раніше"),
        Piece("insert", "."),
    ]
    assert change.pieces() == expected
    assert change.pieces(Attribution((None,) * len(new), (None,) * len(old))) == expected


def test_a_measure_only_the_old_programme_has_stays_where_it_was() -> None:
    assert merge_order(["I.1", "I.2", "I.3", "I.4"], ["I.1", "I.3", "I.5"]) == ["I.1", "I.2", "I.3", "I.4", "I.5"]
    assert merge_order(["I.0", "I.1"], ["I.1"]) == ["I.0", "I.1"]


def test_each_word_is_attributed_to_the_commit_that_wrote_or_deleted_it() -> None:
    ivanenko = Author("Петро Іваненко", dt.datetime(2019, 10, 2, tzinfo=dt.UTC), "b" * 40)
    shevchuk = Author("Марія Шевчук", dt.datetime(2019, 10, 3, tzinfo=dt.UTC), "c" * 40)
    old = "Зміни вносилися щокварталу."
    steps = [
        (ivanenko, "Зміни не вносилися щокварталу."),
        (shevchuk, "Зміни не вносилися."),
        (None, "Зміни не вносилися. Закупівель не було."),
    ]
    change = compare_status("I.14", "", Status(old), Status(steps[-1][1]))
    pieces = change.pieces(trace_authors(old, steps, change))
    # The net comparison pairs the full stops differently from the edits; the word
    # it then calls inserted goes to the last edit (here the work tree: None).
    assert pieces == [
        Piece("equal", "Зміни "),
        Piece("insert", "не ", ivanenko),
        Piece("equal", "вносилися"),
        Piece("insert", ".", None),
        Piece("equal", " "),
        Piece("delete", "щокварталу", shevchuk),
        Piece("insert", "Закупівель не було", None),
        Piece("equal", "."),
    ]


def test_measures_added_to_or_removed_from_the_programme_between_quarters() -> None:
    from dataclasses import replace

    from conftest import PROGRAMME_PATH, REPORT_PATH

    from zvit.check.compare import compare_reports
    from zvit.load.yamlfile import parse_yaml
    from zvit.model.build import programme_from_data, report_from_data

    old_programme = programme_from_data(parse_yaml(PROGRAMME_PATH.read_bytes(), "p").data)
    first = old_programme.sections[0]
    template = first.measures[0]
    fresh = replace(template, id="I.99", title="Новий захід", responsible=("jkg",))
    sections = (
        replace(first, measures=tuple(m for m in first.measures if m.id != "I.3") + (fresh,)),
        *old_programme.sections[1:],
    )
    new_programme = replace(old_programme, id="loda-2019-2", sections=sections)
    old = report_from_data(parse_yaml(REPORT_PATH.read_bytes(), "r").data)
    new = replace(
        old,
        programme="loda-2019-2",
        quarter=4,
        statuses={**{k: v for k, v in old.statuses.items() if k != "I.3"}, "I.99": Status("Зроблено.")},
    )
    diff = compare_reports(old_programme, old, new_programme, new)
    kinds = {c.measure_id: c.kind for c in diff.changes if c.kind != "unchanged"}
    assert kinds == {"I.3": "removed", "I.99": "added"}
    order = [c.measure_id for c in diff.changes]
    assert order.index("I.3") == order.index("I.2") + 1
    assert order.index("I.99") == order.index("I.18") + 1
    assert diff.counts()["added"] == diff.counts()["removed"] == 1


def test_word_opcodes_are_difflibs_also_where_it_is_skipped() -> None:
    """Without a token in common the edit is one step, taken without difflib's matcher: the same opcodes."""
    rng = random.Random(7)
    for _ in range(3000):
        old = [rng.choice("ab c") for _ in range(rng.randrange(6))]
        new = [rng.choice("ab cd") for _ in range(rng.randrange(6))]
        start = 0
        while start < min(len(old), len(new)) and old[start] == new[start]:
            start += 1
        end = 0
        while end < min(len(old), len(new)) - start and old[-1 - end] == new[-1 - end]:
            end += 1
        expected = [("equal", 0, start, 0, start)] if start else []
        middle = SequenceMatcher(None, old[start : len(old) - end], new[start : len(new) - end], autojunk=False)
        expected += [
            (tag, i1 + start, i2 + start, j1 + start, j2 + start)
            for tag, i1, i2, j1, j2 in (
                middle.get_opcodes() if old[start : len(old) - end] or new[start : len(new) - end] else []
            )
        ]
        expected += [("equal", len(old) - end, len(old), len(new) - end, len(new))] if end else []
        assert word_opcodes(old, new) == expected, (old, new)


def test_a_long_text_edited_at_both_ends_is_compared_sentence_by_sentence_and_rebuilds_both_sides() -> None:
    """Past 250,000 token pairs the middle is aligned by sentences first (difflib alone is quadratic)."""
    rng = random.Random(7)
    words = ["проведено", "робота", "з", "працівниками", "Департаменту", "закупівель", "на", "та"]
    for _ in range(20):
        sentences = [
            " ".join(rng.choice(words) for _ in range(rng.randrange(3, 30))) + "."
            for _ in range(rng.randrange(40, 200))
        ]
        old = " ".join(sentences)
        edited = list(sentences)
        for _ in range(rng.randrange(1, 6)):
            at = rng.randrange(len(edited))
            edited[at] = rng.choice(["Нове речення.", edited[at].replace(" ", " та ", 1), ""])
        new = "Спочатку. " + " ".join(s for s in edited if s) + " Наприкінці."
        change = compare_status("I.1", "", Status(old), Status(new))
        pieces = change.pieces()
        assert "".join(p.text for p in pieces if p.op != "insert") == old
        assert "".join(p.text for p in pieces if p.op != "delete") == new
        kept = sum(len(p.text) for p in pieces if p.op == "equal")
        assert kept > 0.8 * min(len(old), len(new))  # the sentences left alone are kept, not rewritten


def test_a_moved_word_keeps_the_author_who_wrote_it() -> None:
    ivanenko = Author("Петро Іваненко", dt.datetime(2019, 10, 2, tzinfo=dt.UTC), "b" * 40)
    shevchuk = Author("Марія Шевчук", dt.datetime(2019, 10, 3, tzinfo=dt.UTC), "c" * 40)
    steps = [
        (ivanenko, "Навчання проведено. Перевірки тривають."),
        (shevchuk, "Перевірки тривають. Навчання проведено."),
    ]
    change = compare_status("I.1", "", Status(""), Status(steps[-1][1]))
    attribution = trace_authors("", steps, change)
    words = {
        token: who for token, who in zip(change.new_tokens, attribution.inserted_by, strict=True) if token.strip(" .")
    }
    assert words == {"Перевірки": ivanenko, "тривають": ivanenko, "Навчання": ivanenko, "проведено": ivanenko}


_EXAMPLE_TAIL = " засідань комісії з питань закупівель товарів, робіт і послуг для потреб Департаменту."


def _example_rewrite(sentences: int) -> tuple[str, str]:
    """An example status (not a real one): sentences that each name the quarter, and the same with the next quarter."""
    old = " ".join(f"У ІІІ кварталі проведено {n}{_EXAMPLE_TAIL}" for n in range(1, sentences + 1))
    return old, old.replace("ІІІ кварталі", "IV кварталі")


def test_a_status_whose_every_sentence_changed_shows_each_edit_in_words() -> None:
    """No sentence of a long middle matches: the words are compared, once (this recursed without end)."""
    old, new = _example_rewrite(24)
    expected = [Piece("equal", "У ")]
    for n in range(1, 25):
        expected += [Piece("delete", "ІІІ"), Piece("insert", "IV")]
        tail = f" кварталі проведено {n}{_EXAMPLE_TAIL}"
        expected.append(Piece("equal", tail + (" У " if n < 24 else "")))
    assert compare_status("I.14", "", Status(old), Status(new)).pieces() == expected


@pytest.mark.parametrize("repeated", [False, True])
def test_long_texts_without_full_stops_are_compared_with_bounded_work(
    monkeypatch: pytest.MonkeyPatch, repeated: bool
) -> None:
    """difflib is handed stretches of at most 250,000 pairs, at most ~250 pairs per token in all.

    Once it was handed the whole middle: 4,000 words took about 100 s.  `repeated`:
    the same few words over and over, so that no word is anywhere once.
    """
    given: list[int] = []

    class Counted(SequenceMatcher):
        def set_seqs(self, a: Sequence[str], b: Sequence[str]) -> None:
            given.append(len(a) * len(b))
            assert given[-1] <= 250_000, "difflib is handed too long a stretch"
            super().set_seqs(a, b)

    monkeypatch.setattr(compare, "SequenceMatcher", Counted)
    rng = random.Random(5)
    vocabulary = ["проведено", "робота", "з", "працівниками", "Департаменту", "закупівель", "на", "та"]
    if not repeated:
        vocabulary += [f"слово{n}" for n in range(6000)]
    words = [rng.choice(vocabulary) for _ in range(4000)]
    edited = list(words)
    for _ in range(12):
        edited[rng.randrange(len(edited))] = "змінено"
    old, new = " ".join(words), "Спочатку " + " ".join(edited) + " наприкінці"
    change = compare_status("I.1", "", Status(old), Status(new))
    pieces = change.pieces()
    assert "".join(p.text for p in pieces if p.op != "insert") == old
    assert "".join(p.text for p in pieces if p.op != "delete") == new
    assert sum(given) <= 250 * (len(change.old_tokens) + len(change.new_tokens))
    kept = sum(len(p.text) for p in pieces if p.op == "equal")
    assert kept > 0.9 * len(old)  # the words left alone are kept, not rewritten
