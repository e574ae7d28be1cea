"""What changed between two versions of one unit's report, measure by measure, in words.

Pure functions over model objects: the callers (commands, history) decide where
the two reports come from; the renderers (diff_text, diff_docx) decide how the
changes look.  A status is compared as a sequence of word tokens, so a reviewer
sees "[-додаток-]{+додатки+}" rather than two whole YAML lines.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import math
import re
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Literal, NamedTuple

from zvit.core import messages
from zvit.model.objects import Measure, Programme, Report, ReportRef, Status

# "carried-over": filled only with last quarter's text, copied by `zvit new` and not yet updated.
ChangeKind = Literal["unchanged", "changed", "filled", "carried-over", "emptied", "added", "removed"]
Op = Literal["equal", "insert", "delete"]

KINDS: tuple[ChangeKind, ...] = ("changed", "filled", "carried-over", "emptied", "added", "removed", "unchanged")

# A word keeps the apostrophes and hyphens inside it ("роз’яснювальна", "веб-порталі");
# a paragraph break is its own token; other spaces and punctuation are tokens too,
# so that joining the tokens rebuilds the text exactly.
_TOKEN = re.compile(r"\w+(?:[’ʼ'\-]\w+)*|\n|[^\S\n]+|[^\w\s]", re.UNICODE)


def tokenize(text: str) -> list[str]:
    """Word, space, paragraph-break and punctuation tokens; `"".join` gives `text` back."""
    return list(_tokens(text))


@functools.lru_cache(maxsize=64)
def _tokens(text: str) -> tuple[str, ...]:
    """Cached: in a history, one version's new text is the next version's old text, and the
    sentence added at the end of a status is often the same for many ("Порушень не виявлено.")."""
    return tuple(_TOKEN.findall(text))


@dataclass(frozen=True)
class Author:
    """Who made a change and when: a commit's author, as the tracked changes name it."""

    name: str
    when: dt.datetime | None = None
    commit: str | None = None


class Piece(NamedTuple):
    """A run of tokens that is kept, inserted or deleted, by one author when known.

    A tuple rather than a dataclass: a long history makes tens of thousands.
    """

    op: Op
    text: str
    author: Author | None = None


@dataclass(frozen=True)
class Attribution:
    """Who inserted each token of the new text and who deleted each token of the old.

    Indexes follow `MeasureChange.old_tokens` / `new_tokens`; None means unknown
    (the change is in the work tree, or between two different files).
    """

    inserted_by: tuple[Author | None, ...]
    deleted_by: tuple[Author | None, ...]


@dataclass(frozen=True)
class MeasureChange:
    """One measure's status in the old and the new report, and the word-level edit."""

    measure_id: str
    title: str
    kind: ChangeKind
    old: Status | None
    new: Status | None
    old_tokens: tuple[str, ...] = ()
    new_tokens: tuple[str, ...] = ()
    # difflib opcodes over the tokens: (tag, i1, i2, j1, j2)
    opcodes: tuple[tuple[str, int, int, int, int], ...] = ()

    @property
    def state_changed(self) -> bool:
        return _state(self.old) != _state(self.new)

    def pieces(self, attribution: Attribution | None = None) -> list[Piece]:
        """The edit as kept / deleted / inserted runs; split further by author when known."""
        if attribution is None:
            return self._unattributed_pieces()
        runs: list[tuple[Op, list[str], Author | None]] = []

        def add(op: Op, tokens: Sequence[str], authors: Sequence[Author | None] | None) -> None:
            if authors is None:  # no one named: the tokens join the last run, or start one, all at once
                if tokens and runs and runs[-1][0] == op and runs[-1][2] is None:
                    runs[-1][1].extend(tokens)
                elif tokens:
                    runs.append((op, list(tokens), None))
                return
            for index, token in enumerate(tokens):
                author = authors[index]
                if runs and runs[-1][0] == op and runs[-1][2] == author:
                    runs[-1][1].append(token)
                else:
                    runs.append((op, [token], author))

        for tag, i1, i2, j1, j2 in self.opcodes:
            if tag == "equal":
                add("equal", self.old_tokens[i1:i2], None)
                continue
            if i2 > i1:
                add("delete", self.old_tokens[i1:i2], attribution.deleted_by[i1:i2])
            if j2 > j1:
                add("insert", self.new_tokens[j1:j2], attribution.inserted_by[j1:j2])
        return [Piece(op, "".join(tokens), author) for op, tokens, author in runs]

    def _unattributed_pieces(self) -> list[Piece]:
        """`pieces()` with no one named: one piece for each run of `runs()`."""
        return [Piece(op, text) for op, text in self.runs()]

    def runs(self) -> list[tuple[Op, str]]:
        """`pieces()` with no one named, as plain (op, text) pairs.

        The text renderers ask for them at every version of a history, and cut most of
        them up again: a pair costs a fraction of a `Piece`.  The opcodes cover both
        token sequences in order, so a run that follows one of the same op (a replace's
        insert, then an insert) continues it.
        """
        old, new = self.old_tokens, self.new_tokens
        runs: list[tuple[Op, str]] = []
        for tag, i1, i2, j1, j2 in self.opcodes:
            if i1 < i2:  # kept or deleted: old tokens
                _add_run(runs, "equal" if tag == "equal" else "delete", "".join(old[i1:i2]))
            if j1 < j2 and tag != "equal":  # inserted: new tokens
                _add_run(runs, "insert", "".join(new[j1:j2]))
        return runs


def _add_run(runs: list[tuple[Op, str]], op: Op, text: str) -> None:
    """`text` as a run of its own, or the end of the last run when that has the same op."""
    if runs and runs[-1][0] == op:
        runs[-1] = (op, runs[-1][1] + text)
    else:
        runs.append((op, text))


@dataclass(frozen=True)
class ReportDiff:
    """Every measure the unit reports on in either version, in programme order."""

    unit: str
    old_ref: ReportRef | None
    new_ref: ReportRef
    changes: tuple[MeasureChange, ...]

    def counts(self) -> dict[ChangeKind, int]:
        counts: dict[ChangeKind, int] = {kind: 0 for kind in KINDS}
        for change in self.changes:
            counts[change.kind] += 1
        return counts

    def visible(self, show_all: bool = False) -> list[MeasureChange]:
        return [c for c in self.changes if show_all or c.kind != "unchanged"]


def _state(status: Status | None) -> tuple[str | None, str | None] | None:
    """The state and, in a risk register, the actual date: a change of either is a change."""
    if status is None or (status.state is None and status.done is None):
        return None
    return (status.state, status.done)


def _text(status: Status | None) -> str:
    return status.text if status is not None else ""


# Above this many token pairs, difflib is not given the middle whole: its matcher is
# quadratic in repeated tokens (a space is one) times the blocks it finds, and a long
# status edited at both ends took seconds (2,000 words) to minutes (20,000).  The
# middle is aligned by sentences, then by the tokens each side has once, and only
# the stretches between them, each at most this size, go to difflib.
_WORD_PAIRS = 250_000
_SENTENCE_END = frozenset({".", "!", "?", ";", "\n"})

Opcode = tuple[str, int, int, int, int]


def word_opcodes(old: Sequence[str], new: Sequence[str]) -> list[Opcode]:
    """difflib's opcodes over tokens ("replace" is shown as a delete then an insert).

    The common start and end are cut off first: an edit touches a few words of a
    long text.  A middle of more than `_WORD_PAIRS` token pairs is aligned by
    sentences first, then word by word within the sentences that differ, with
    work bounded by a constant times the tokens.
    """
    start, end = _common_ends(old, new)
    old_end, new_end = len(old) - end, len(new) - end
    middle_old, middle_new = old[start:old_end], new[start:new_end]
    if not middle_old or not middle_new or set(middle_old).isdisjoint(middle_new):
        # Nothing in common in the middle (a word replaced, a sentence added): one step, as `_aligned` gives it.
        # `_merged` is not needed: the step between the common start and end is empty only
        # when the texts are equal, and then `end` is 0.
        steps: list[Opcode] = [("equal", 0, start, 0, start)] if start else []
        steps += _one_step(start, old_end, start, new_end)
        if end:
            steps.append(("equal", old_end, len(old), new_end, len(new)))
        return steps
    if len(middle_old) * len(middle_new) <= _WORD_PAIRS:
        return _aligned(old, new)
    opcodes: list[Opcode] = [("equal", 0, start, 0, start)] if start else []
    opcodes += _shifted(_sentence_opcodes(middle_old, middle_new), start, start)
    if end:
        opcodes.append(("equal", old_end, len(old), new_end, len(new)))
    return _merged(opcodes)


def _sentence_opcodes(old: Sequence[str], new: Sequence[str]) -> list[Opcode]:
    """Opcodes of a long middle: sentences matched whole, the sentences between matches compared by words."""
    old_spans, new_spans = _sentences(old), _sentences(new)
    if len(old_spans) < 2 or len(new_spans) < 2:  # one long sentence: nothing to align it by
        return _aligned(old, new)
    opcodes: list[Opcode] = []
    for tag, i1, i2, j1, j2 in _aligned(
        [tuple(old[a:b]) for a, b in old_spans], [tuple(new[a:b]) for a, b in new_spans]
    ):
        o1, o2 = _token_range(old_spans, i1, i2, len(old))
        n1, n2 = _token_range(new_spans, j1, j2, len(new))
        if tag == "equal":
            opcodes.append(("equal", o1, o2, n1, n2))
        else:
            opcodes += _shifted(_aligned(old[o1:o2], new[n1:n2]), o1, n1)
    return opcodes


def _aligned(old: Sequence[Hashable], new: Sequence[Hashable]) -> list[Opcode]:
    """difflib's opcodes where the middle is small; a long one is cut first at the items both sides have once.

    The cut items are kept in the order of both sides (the longest increasing run of
    their positions), and each stretch between two cuts is aligned in turn, without
    recursion; a long stretch without such an item is cut at the same fractions of both
    sides.  Each stretch difflib sees has at most `_WORD_PAIRS` pairs, so all of them
    together have at most `sqrt(_WORD_PAIRS) / 2` pairs per item.
    """
    opcodes: list[Opcode] = []
    pending: list[tuple[bool, int, int, int, int]] = [(False, 0, len(old), 0, len(new))]  # (known equal, range)
    while pending:
        equal, i1, i2, j1, j2 = pending.pop()
        if equal:
            opcodes.append(("equal", i1, i2, j1, j2))
            continue
        start, end = _common_ends(old[i1:i2], new[j1:j2])
        a1, a2, b1, b2 = i1 + start, i2 - end, j1 + start, j2 - end
        if end:
            pending.append((True, a2, i2, b2, j2))
        if start:
            opcodes.append(("equal", i1, a1, j1, b1))
        middle_old, middle_new = old[a1:a2], new[b1:b2]
        if not middle_old or not middle_new or set(middle_old).isdisjoint(middle_new):
            # Nothing in common: difflib would answer this one step, without building its matcher.
            opcodes += _one_step(a1, a2, b1, b2)
        elif len(middle_old) * len(middle_new) <= _WORD_PAIRS:
            opcodes += _shifted(SequenceMatcher(None, middle_old, middle_new, autojunk=False).get_opcodes(), a1, b1)
        else:
            anchors = _unique_anchors(middle_old, middle_new)
            stretches: list[tuple[bool, int, int, int, int]] = []
            if not anchors:
                # Nothing to cut at (the same sentence over and over): cut both sides at the same
                # fractions, into stretches of at most about `_WORD_PAIRS` pairs.
                parts = max(2, math.isqrt(len(middle_old) * len(middle_new) // _WORD_PAIRS) + 1)
                cuts_old = [a1 + len(middle_old) * k // parts for k in range(parts + 1)]
                cuts_new = [b1 + len(middle_new) * k // parts for k in range(parts + 1)]
                stretches = [(False, cuts_old[k], cuts_old[k + 1], cuts_new[k], cuts_new[k + 1]) for k in range(parts)]
                pending += reversed(stretches)
                continue
            old_at, new_at = a1, b1
            for anchor_old, anchor_new in anchors:
                stretches.append((False, old_at, a1 + anchor_old, new_at, b1 + anchor_new))
                old_at, new_at = a1 + anchor_old + 1, b1 + anchor_new + 1
                stretches.append((True, old_at - 1, old_at, new_at - 1, new_at))
            stretches.append((False, old_at, a2, new_at, b2))
            pending += reversed(stretches)  # last first, so that they come off in order
    return _merged([opcode for opcode in opcodes if opcode[1] < opcode[2] or opcode[3] < opcode[4]])


def _unique_anchors(old: Sequence[Hashable], new: Sequence[Hashable]) -> list[tuple[int, int]]:
    """Positions (old, new) of the items each side has exactly once, the longest run in the same order on both."""
    counts: dict[Hashable, int] = {}
    for item in old:
        counts[item] = counts.get(item, 0) + 1
    at_old = {item: index for index, item in enumerate(old) if counts[item] == 1}
    seen_new: dict[Hashable, int] = {}
    for item in new:
        seen_new[item] = seen_new.get(item, 0) + 1
    pairs = [(at_old[item], index) for index, item in enumerate(new) if item in at_old and seen_new[item] == 1]
    return _longest_increasing(pairs)


def _longest_increasing(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest run of `pairs` (taken in their order) whose first positions increase too: O(n log n)."""
    ends: list[int] = []  # ends[k]: the smallest first position that ends a run of length k + 1
    tails: list[int] = []  # the index in `pairs` of that end
    before: list[int] = [-1] * len(pairs)
    for index, (first, _) in enumerate(pairs):
        at = bisect.bisect_left(ends, first)
        if at:
            before[index] = tails[at - 1]
        if at == len(ends):
            ends.append(first)
            tails.append(index)
        else:
            ends[at], tails[at] = first, index
    run: list[tuple[int, int]] = []
    index = tails[-1] if tails else -1
    while index >= 0:
        run.append(pairs[index])
        index = before[index]
    return run[::-1]


def _common_ends(old: Sequence[Hashable], new: Sequence[Hashable]) -> tuple[int, int]:
    """How many items the two sides share at the start, and then at the end."""
    limit = min(len(old), len(new))
    start = 0
    while start < limit and old[start] == new[start]:
        start += 1
    end, old_last, new_last = 0, len(old) - 1, len(new) - 1
    while end < limit - start and old[old_last - end] == new[new_last - end]:
        end += 1
    return start, end


def _shifted(opcodes: Iterable[Opcode], old_at: int, new_at: int) -> list[Opcode]:
    return [(tag, i1 + old_at, i2 + old_at, j1 + new_at, j2 + new_at) for tag, i1, i2, j1, j2 in opcodes]


def _merged(opcodes: list[Opcode]) -> list[Opcode]:
    """Adjacent equal runs joined into one, as difflib gives them."""
    result: list[Opcode] = []
    for opcode in opcodes:
        if result and opcode[0] == "equal" == result[-1][0]:
            tag, i1, _, j1, _ = result[-1]
            result[-1] = (tag, i1, opcode[2], j1, opcode[4])
        else:
            result.append(opcode)
    return result


def _sentences(tokens: Sequence[str]) -> list[tuple[int, int]]:
    """Token ranges of the sentences (and paragraphs), each ending at its full stop or line break."""
    spans, begin = [], 0
    for index, token in enumerate(tokens):
        if token in _SENTENCE_END:
            spans.append((begin, index + 1))
            begin = index + 1
    if begin < len(tokens):
        spans.append((begin, len(tokens)))
    return spans


def _token_range(spans: list[tuple[int, int]], first: int, last: int, size: int) -> tuple[int, int]:
    """The tokens of sentences `first` to `last` (exclusive); where sentence `first` would start, when none."""
    begin = spans[first][0] if first < len(spans) else size
    return begin, (spans[last - 1][1] if last > first else begin)


def compare_status(
    measure_id: str,
    title: str,
    old: Status | None,
    new: Status | None,
    *,
    in_old: bool = True,
    in_new: bool = True,
    coarse: bool = False,
) -> MeasureChange:
    """One measure's change; `in_old`/`in_new`: whether the programme of each side has it.

    `coarse` keeps the unchanged start and end of the text as one token each, so
    only the words around the edit are split (history compares thousands of
    versions); the edit found is the same, but the tokens are not all words.
    """
    old_text, new_text = _text(old), _text(new)
    old_filled, new_filled = old is not None and old.is_filled, new is not None and new.is_filled
    if not in_old:
        kind: ChangeKind = "added"
    elif not in_new:
        kind = "removed"
    elif not old_filled and not new_filled:
        kind = "unchanged" if _state(old) == _state(new) else "changed"  # a placeholder, and a new state
    elif not old_filled:
        kind = "carried-over" if new is not None and new.carried_over else "filled"
    elif not new_filled:
        kind = "emptied"
    elif old_text == new_text and _state(old) == _state(new):
        kind = "unchanged"
    else:
        kind = "changed"
    if kind == "unchanged":
        return MeasureChange(measure_id, title, kind, old, new)
    if kind == "changed" and coarse:
        old_tokens, new_tokens, opcodes = _coarse_change(old_text, new_text)
    elif kind == "changed":
        old_tokens, new_tokens = _tokens(old_text), _tokens(new_text)
        opcodes = tuple(word_opcodes(old_tokens, new_tokens))
    else:
        # A placeholder is no text: it goes whole, and the text comes whole.
        old_tokens, new_tokens = _tokens(old_text), _tokens(new_text)
        opcodes = tuple(_one_step(0, len(old_tokens), 0, len(new_tokens)))
    return MeasureChange(measure_id, title, kind, old, new, old_tokens, new_tokens, opcodes)


def _one_step(i1: int, i2: int, j1: int, j2: int) -> list[tuple[str, int, int, int, int]]:
    """Old tokens i1:i2 all replaced by new tokens j1:j2, as one opcode (none when both are empty)."""
    if i1 == i2 and j1 == j2:
        return []
    tag = "replace" if i2 > i1 and j2 > j1 else ("delete" if i2 > i1 else "insert")
    return [(tag, i1, i2, j1, j2)]


def _coarse_change(old: str, new: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[Opcode, ...]]:
    """Tokens of the differing middle, with the common start and end as one token each, and their opcodes.

    The cuts fall where a space meets a non-space inside the common part, which is
    a token boundary in both texts, so the middle tokenizes as it would in place.
    The middle's tokens are not cached: unlike whole texts and added sentences, no other
    version has them.
    """
    shorter, longer = (old, new) if len(old) < len(new) else (new, old)
    extended = longer.startswith(shorter)  # or cut at the end, or the same: one comparison, for half a history
    prefix = len(shorter) if extended else _common_prefix(old, new)
    if extended and prefix and (prefix == len(longer) or shorter[-1].isspace() != longer[prefix].isspace()):
        # Text added at the end (or taken from it) after a word or a space, or none (only the
        # state changed): the shorter text itself is the common start, not a copy (a growing
        # text in every version).  `word_opcodes` would keep that one token and insert (or
        # delete) the rest, so the opcodes are written here without its loops.
        rest = _tokens(longer[prefix:])
        kept = ("equal", 0, 1, 0, 1)
        if not rest:
            return (shorter,), (shorter,), (kept,)
        if shorter is old:
            return (shorter,), (shorter, *rest), (kept, ("insert", 1, 1, 1, 1 + len(rest)))
        return (shorter, *rest), (shorter,), (kept, ("delete", 1, 1 + len(rest), 1, 1))
    suffix = _common_suffix(old, new, prefix)
    start = prefix - 1
    while start > 0 and old[start - 1].isspace() == old[start].isspace():
        start -= 1
    start = max(start, 0)
    end = len(old) - suffix + 1
    while end < len(old) and old[end - 1].isspace() == old[end].isspace():
        end += 1
    if end >= len(old):
        end = len(old)
    end_new = end + len(new) - len(old)
    # The two sides' common start and end are equal: one string serves both (a long
    # text in every version of a history).
    head = (old[:start],) if start > 0 else ()
    tail = (old[end:],) if end < len(old) else ()
    old_tokens = (*head, *_TOKEN.findall(old, start, end), *tail)
    new_tokens = (*head, *_TOKEN.findall(new, start, end_new), *tail)
    return old_tokens, new_tokens, tuple(word_opcodes(old_tokens, new_tokens))


def _common_prefix(old: str, new: str) -> int:
    """How many characters the texts share at the start, by bisection: slices compare at C speed.

    Only the window still in doubt is compared, so the slices shrink as they go.
    """
    low, high = 0, min(len(old), len(new))
    while low < high:
        middle = (low + high + 1) // 2
        if old[low:middle] == new[low:middle]:
            low = middle
        else:
            high = middle - 1
    return low


def _common_suffix(old: str, new: str, prefix: int) -> int:
    """How many characters the texts share at the end, short of the `prefix` they share at the start.

    By bisection, as `_common_prefix`.  An edit mostly ends in the word it starts in:
    when the texts are the same from the space after that word of the old text, that
    much is known to be shared, and only the rest of the word is bisected.
    """
    old_end, new_end = len(old), len(new)
    low, high = 0, min(old_end, new_end) - prefix
    space = old.find(" ", prefix)
    if space >= 0 and old_end - space <= high and old.endswith(new[new_end - (old_end - space) :]):
        low = old_end - space
        if low < high and old[space - 1] != new[new_end - low - 1]:
            high = low  # the words end differently: that is all
    while low < high:
        middle = (low + high + 1) // 2
        if old[old_end - middle : old_end - low] == new[new_end - middle : new_end - low]:
            low = middle
        else:
            high = middle - 1
    return low


def compare_reports(
    old_programme: Programme | None, old: Report | None, new_programme: Programme, new: Report
) -> ReportDiff:
    """Measure-by-measure changes from `old` (None: no earlier version) to `new`.

    A measure counts when the unit is responsible for it in either programme or
    has written a status for it; one the other programme lacks is "added" or
    "removed" from the programme.
    """
    unit = new.unit
    new_ids = _relevant(new_programme, new, unit)
    old_ids = _relevant(old_programme, old, unit) if old_programme is not None else new_ids
    order = merge_order(old_ids, new_ids)
    changes = []
    for measure_id in order:
        measure = new_programme.measure(measure_id) or (
            old_programme.measure(measure_id) if old_programme is not None else None
        )
        changes.append(
            compare_status(
                measure_id,
                _title(measure),
                old.status(measure_id) if old is not None else None,
                new.status(measure_id),
                in_old=old_programme is None or old_programme.measure(measure_id) is not None,
                in_new=new_programme.measure(measure_id) is not None,
            )
        )
    return ReportDiff(unit, old.ref if old is not None else None, new.ref, tuple(changes))


def _title(measure: Measure | None) -> str:
    return measure.title if measure is not None else ""


def _relevant(programme: Programme | None, report: Report | None, unit: str) -> list[str]:
    ids = [m.id for m in programme.measures_of(unit)] if programme is not None else []
    known = set(ids)
    if report is not None:
        ordered = [m.id for m in programme.measures()] if programme is not None else []
        position = {mid: i for i, mid in enumerate(ordered)}
        extra = [mid for mid in report.statuses if mid not in known]
        ids = sorted([*ids, *extra], key=lambda mid: position.get(mid, len(position)))
    return ids


def merge_order(old_ids: Iterable[str], new_ids: Iterable[str]) -> list[str]:
    """The new order, with ids only the old side has placed after their old predecessor."""
    new_list = list(new_ids)
    result = list(new_list)
    present = set(new_list)
    previous: str | None = None
    for measure_id in old_ids:
        if measure_id not in present:
            at = result.index(previous) + 1 if previous is not None else 0
            result.insert(at, measure_id)
            present.add(measure_id)
        previous = measure_id
    return result


def status_text(status: Status | None) -> str:
    """The text a comparison compares, as written: a placeholder (".") too, as the form shows it."""
    return _text(status)


def _moved_words(
    current: Sequence[tuple[str, int, Author | None]], opcodes: Sequence[tuple[str, int, int, int, int]]
) -> dict[str, list[Author | None]]:
    """The authors of the words one edit removes, by word, for the words it puts back elsewhere.

    A word an edit moves (deleted in one place, inserted in another) was written
    by whoever wrote it, not by whoever moved it. Only words written within the
    replay count: a word of the old text has no author to keep.
    """
    removed: dict[str, list[Author | None]] = {}
    for tag, i1, i2, _, _ in opcodes:
        if tag != "equal":
            for token, origin, who in current[i1:i2]:
                if origin < 0 and token.strip():
                    removed.setdefault(token, []).append(who)
    return removed


def trace_authors(old_text: str, steps: Sequence[tuple[Author | None, str]], change: MeasureChange) -> Attribution:
    """Who inserted and who deleted each token of `change`, replaying the edits in `steps`.

    `steps` are the texts after each commit (oldest first) that led from `old_text`
    to the change's new text; each token of the new text keeps the commit that
    wrote it (a word moved by a later commit too), and each token of the old text
    the commit that removed it. Where the
    net comparison aligns a token differently from the replay, the last step's
    author is named.
    """
    start = tokenize(old_text)
    if start != list(change.old_tokens):
        return Attribution((None,) * len(change.new_tokens), (None,) * len(change.old_tokens))
    current: list[tuple[str, int, Author | None]] = [(token, i, None) for i, token in enumerate(start)]
    deleted: dict[int, Author | None] = {}
    last: Author | None = None
    for author, text in steps:
        tokens = tokenize(text)
        if tokens == [t for t, _, _ in current]:
            continue
        last = author
        opcodes = word_opcodes([t for t, _, _ in current], tokens)
        moved = _moved_words(current, opcodes)
        following: list[tuple[str, int, Author | None]] = []
        for tag, i1, i2, j1, j2 in opcodes:
            if tag == "equal":
                following.extend(current[i1:i2])
                continue
            for _, origin, _ in current[i1:i2]:
                if origin >= 0:
                    deleted[origin] = author
            for token in tokens[j1:j2]:
                writers = moved.get(token)
                following.append((token, -1, writers.pop(0) if writers else author))
        current = following
    if [t for t, _, _ in current] != list(change.new_tokens):
        return Attribution((last,) * len(change.new_tokens), (last,) * len(change.old_tokens))
    inserted_by = tuple(author if origin < 0 else last for _, origin, author in current)
    deleted_by = tuple(deleted.get(i, last) for i in range(len(change.old_tokens)))
    return Attribution(inserted_by, deleted_by)


@dataclass(frozen=True)
class Side:
    """One side of a comparison as the reader should recognise it."""

    path: str
    rev: str | None  # as the user named it; None for the work tree
    tag: str | None = None  # the submission tag naming this very version

    def label(self, lang: str) -> str:
        where = [self.rev if self.rev is not None else messages.text("diff.work-tree", lang)]
        if self.tag is not None:
            where = [w for w in where if w != self.tag] + [messages.text("diff.submitted", lang, {"tag": self.tag})]
        return f"{self.path} ({', '.join(where)})"
