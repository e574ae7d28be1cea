"""Which measures a commit changed, read from git's diff in whole measures: no second YAML reader.

History compares thousands of versions, and parsing them costs more than reading
them from git (performance.md).  So git does the comparing: `git log -p -W` with
`MEASURE_LINE` as the report's function line gives each hunk from a measure's key
line to the next, before and after the change.  Here the hunks are only split at
those key lines (`split_hunks`, which needs nothing but the diff, so it can run
while git is still writing); each changed measure's lines, before and after, go
through `yamlfile.parse_yaml` (many measures in one document), so a status is read
exactly as the whole file would read it.

The split is trusted only where it is sure to give the same answer as parsing both
versions: `advance` follows where the measures lie through the history (a `Frame`,
established by a full parse) and refuses a commit whose change reaches outside the
measures block, adds or removes a measure, touches an anchor, or ends a block whose
end git may have left out; the caller then parses the two versions in full.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Iterable, NamedTuple

from zvit.build import status_from_data
from zvit.model import Status
from zvit.yamlfile import Loaded, parse_yaml

# A measure's key line under `measures:`, for git (POSIX extended) and here alike.
MEASURE_LINE = "^  [\"']?[IVX]+\\.[1-9][0-9]*[\"']?:"
_KEY = re.compile(rb"  [\"']?([IVX]+\.[1-9][0-9]*)[\"']?:")
_HUNK = re.compile(rb"@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@")
# A block scalar: git drops a hunk's trailing blank lines, which may belong to its text.
_BLOCK = re.compile(rb":[ \t]+[|>]")
# Lines that stay inside the measures block: indented, a comment, empty.
_INDENTED = (b" ", b"#", b"", b"\r")
_BATCH_BYTES = 1 << 20


@dataclass(frozen=True)
class Frame:
    """Where one version's measures lie: each key's line (1-based), in order, and the first line after the block."""

    lines: tuple[int, ...]
    ids: tuple[str, ...]
    end: int


def frame_of(content: bytes, loaded: Loaded) -> Frame | None:
    """The frame of a version parsed in full, or None when git's key lines are not the YAML keys.

    Every measure key must stand on a line `MEASURE_LINE` matches, and no other line
    in the block may match it: then git's functions are exactly the measures.
    """
    data = loaded.data
    if not loaded.ok or not isinstance(data, dict) or not isinstance(data.get("measures"), dict):
        return None
    measures = data["measures"]
    marks = [loaded.marks.get(("measures", mid)) for mid in measures]
    if not marks or any(mark is None or mark[1] != 2 for mark in marks):
        return None
    names = list(data)
    after = names[names.index("measures") + 1:]
    lines = content.split(b"\n")
    count = len(lines) - 1 if content.endswith(b"\n") else len(lines)
    end = loaded.marks[(after[0],)][0] + 1 if after else count + 1
    start = loaded.marks[("measures",)][0] + 1
    found = [(number + 1, m.group(1).decode("ascii")) for number in range(start, end - 1)
             if (m := _KEY.match(lines[number]))]
    keys = [(mark[0] + 1, str(mid)) for mark, mid in zip(marks, measures)]  # type: ignore[index]
    if found != keys:
        return None
    return Frame(tuple(line for line, _ in keys), tuple(mid for _, mid in keys), end)


class _Hunk(NamedTuple):
    """Where one hunk lies on each side, and what `advance` must check against the frame."""

    old_start: int  # with no old lines: the old line the new ones come before
    old_count: int
    new_start: int
    new_count: int
    old_first_key: int
    new_first_key: int
    old_tail: int | None  # the first line at column 0 after the measures, if the hunk reaches it
    new_tail: int | None
    new_keys: tuple[tuple[int, str], ...]
    trim_key: int | None  # the last measure's key line, when git may have left out its last lines


@dataclass(frozen=True)
class Split:
    """A commit's diff cut at measure key lines: the changed measures' lines before and after."""

    hunks: tuple[_Hunk, ...]
    changed: tuple[tuple[str, bytes, bytes], ...]  # (measure id, old lines, new lines), in file order


def split_hunks(diff: bytes) -> Split | None:
    """The diff (from its first "@@" line) cut into measures; None when it cannot be cut surely."""
    hunks: list[_Hunk] = []
    changed: list[tuple[str, bytes, bytes]] = []
    lines = diff.split(b"\n")
    if lines[-1] == b"":
        lines.pop()
    starts = [i for i, line in enumerate(lines) if line[:2] == b"@@"]
    if not starts or starts[0] != 0:
        return None
    starts.append(len(lines))
    for here, following in zip(starts, starts[1:]):
        header = _HUNK.match(lines[here])
        if header is None:
            return None
        a, b, c, d = header.groups()
        a, b, c, d = int(a), int(b or 1), int(c), int(d or 1)
        body = lines[here + 1:following]
        old_lines = [line for line in body if line[:1] != b"+"]
        new_lines = [line for line in body if line[:1] != b"-"]
        if (len(old_lines), len(new_lines)) != (b, d):
            return None  # also "\ No newline at end of file": the last line's end is not in the hunk
        old, new = _side(old_lines, b"-"), _side(new_lines, b"+")
        if old is None or new is None or [key[1] for key in old[0]] != [key[1] for key in new[0]]:
            return None  # a measure added, removed or renamed, or a change outside the measures
        old_start, new_start = a if b else a + 1, c if d else c + 1
        trim_key = None
        for index, (old_key, new_key) in enumerate(zip(old[0], new[0])):
            old_text, new_text = _lines(old_lines, old, index), _lines(new_lines, new, index)
            if old_text is None and new_text is None:
                continue
            old_text = old_text or _lines(old_lines, old, index, changed_only=False)
            new_text = new_text or _lines(new_lines, new, index, changed_only=False)
            if b"&" in old_text or b"&" in new_text:  # type: ignore[operator]
                return None  # an anchor: another measure may repeat this one's value
            if index == len(old[0]) - 1 and old[2] is None and (_BLOCK.search(old_text) or _BLOCK.search(new_text)):
                trim_key = old_start + old_key[0]
            changed.append((old_key[1], old_text, new_text))  # type: ignore[arg-type]
        hunks.append(_Hunk(old_start, b, new_start, d, old_start + old[0][0][0], new_start + new[0][0][0],
                           None if old[2] is None else old_start + old[2],
                           None if new[2] is None else new_start + new[2],
                           tuple((new_start + at, measure_id) for at, measure_id in new[0]), trim_key))
    return Split(tuple(hunks), tuple(changed))


def _side(lines: list[bytes], tag: bytes) -> tuple[list[tuple[int, str]], list[int], int | None] | None:
    """One side of a hunk (lines still tagged) cut at measure key lines; None when a change lies outside them.

    Returns where each measure's key line is (index, id), where the changed lines
    are, and where a top-level key ends the measures block, if the hunk reaches it.
    """
    keys: list[tuple[int, str]] = []
    edits: list[int] = []
    tail = None
    for index, line in enumerate(lines):
        if line[:1] == tag:
            edits.append(index)
        if line[1:3] == b"  ":
            key = _KEY.match(line, 1)
            if key is not None:
                if tail is None:
                    keys.append((index, key.group(1).decode("ascii")))
                continue
        if keys and tail is None and line[1:2] not in _INDENTED:
            tail = index
    if not keys or (edits and edits[0] < keys[0][0]):
        return None  # no measure, or a change before the hunk's first measure
    if tail is not None and edits and edits[-1] >= tail:
        return None  # a change after the measures block
    return keys, edits, tail


def _lines(lines: list[bytes], side: tuple[list[tuple[int, str]], list[int], int | None], index: int, *,
           changed_only: bool = True) -> bytes | None:
    """The untagged lines of the side's `index`-th measure; with `changed_only`, None when none changed."""
    keys, edits, tail = side
    start = keys[index][0]
    end = keys[index + 1][0] if index + 1 < len(keys) else (len(lines) if tail is None else tail)
    if changed_only:
        first_edit = bisect.bisect_left(edits, start)
        if first_edit == len(edits) or edits[first_edit] >= end:
            return None
    return b"".join([line[1:] + b"\n" for line in lines[start:end]])


def added_file(diff: bytes) -> bytes | None:
    """The text of a file the diff adds whole (one hunk of added lines); None for any other diff."""
    header, _, body = diff.partition(b"\n")
    found = _HUNK.match(header)
    if found is None or (found.group(1), found.group(2), found.group(3)) != (b"0", b"0", b"1") or b"\n@@ " in body:
        return None
    lines = body.split(b"\n")
    if body.endswith(b"\n"):
        lines.pop()
    if len(lines) != int(found.group(4) or 1) or not all(line.startswith(b"+") for line in lines):
        return None  # also "\ No newline at end of file"
    return b"".join(line[1:] + b"\n" for line in lines)


def advance(frame: Frame, split: Split) -> Frame | None:
    """The next version's frame, when `split` cut the measures as the frame says they lie; else None."""
    if not frame.ids:
        return None
    first, end = frame.lines[0], frame.end
    new_end = end + sum(h.new_count - h.old_count for h in split.hunks)
    for hunk in split.hunks:
        if hunk.old_first_key < first or hunk.new_first_key < first:
            return None
        old_last, new_last = hunk.old_start + hunk.old_count - 1, hunk.new_start + hunk.new_count - 1
        if (hunk.old_tail != end if hunk.old_tail is not None else old_last >= end):
            return None
        if (hunk.new_tail != new_end if hunk.new_tail is not None else new_last >= new_end):
            return None
        if hunk.trim_key is not None:
            following = bisect.bisect_right(frame.lines, hunk.trim_key)
            if old_last + 1 < (frame.lines[following] if following < len(frame.lines) else end):
                return None  # git left out blank lines at the hunk's end, which a block may keep
    return _moved(frame, split.hunks, new_end)


def _moved(frame: Frame, hunks: tuple[_Hunk, ...], new_end: int) -> Frame | None:
    """The next version's frame: keys outside the hunks shift, keys inside take the hunks' new lines.

    A hunk has the same measures on both sides (split_hunks saw to it), so the ids
    stay as they are; a hunk that does not hold exactly the frame's keys in its
    range means the frame is not this version's, and nothing is sure.
    """
    lines = frame.lines
    moved: list[int] = []
    shift, done = 0, 0
    for hunk in hunks:
        first = bisect.bisect_left(lines, hunk.old_start, done)
        after = bisect.bisect_left(lines, hunk.old_start + hunk.old_count, first)
        if list(frame.ids[first:after]) != [measure_id for _, measure_id in hunk.new_keys]:
            return None
        moved += [line + shift for line in lines[done:first]]
        moved += [line for line, _ in hunk.new_keys]
        shift += hunk.new_count - hunk.old_count
        done = after
    moved += [line + shift for line in lines[done:]]
    return Frame(tuple(moved), frame.ids, new_end)


def read_statuses(fragments: Iterable[tuple[str, bytes]], path: str) -> dict[tuple[str, bytes], Status | None]:
    """Each measure's status in its lines (None when they do not read as that one measure).

    Many measures are read as one document, each under a key of its own; a
    document that fails is halved until the measures that fail are found alone.
    An alias is read alone, so that it cannot name an anchor in another measure's lines.
    """
    found: dict[tuple[str, bytes], Status | None] = {}
    batch: list[tuple[str, bytes]] = []
    size = 0
    for fragment in dict.fromkeys(fragments):
        if b"*" in fragment[1]:
            _read(found, [fragment], path)
            continue
        batch.append(fragment)
        size += len(fragment[1])
        if size > _BATCH_BYTES:
            _read(found, batch, path)
            batch, size = [], 0
    if batch:
        _read(found, batch, path)
    return found


def _read(found: dict[tuple[str, bytes], Status | None], batch: list[tuple[str, bytes]], path: str) -> None:
    document = b"".join(b"m%d:\n%s" % (index, lines) for index, (_, lines) in enumerate(batch))
    loaded = parse_yaml(document, path)
    data = loaded.data if loaded.ok and isinstance(loaded.data, dict) and len(loaded.data) == len(batch) else None
    if data is not None:
        values = []
        for index, (measure_id, _) in enumerate(batch):
            measures = data.get(f"m{index}")
            if not isinstance(measures, dict) or list(measures) != [measure_id]:
                break
            values.append(measures[measure_id])
        else:
            for fragment, value in zip(batch, values):
                found[fragment] = status_from_data(value)
            return
    if len(batch) == 1:
        found[batch[0]] = None
        return
    middle = len(batch) // 2
    _read(found, batch[:middle], path)
    _read(found, batch[middle:], path)
