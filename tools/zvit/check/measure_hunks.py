"""Every version of a report rebuilt from git's diffs, and which measures each commit changed.

History compares thousands of versions, and parsing them costs more than reading
them from git (performance.md).  So git does the comparing: `git log -p -U0`
gives each commit's changed lines, and the older version is the newer one with
its hunks undone (`undo`), a list of lines sharing every unchanged line with the
newer one.  Only the newest version, and any a merge made, is read from git.

Where the measures lie (a `Frame`) is known for a version parsed in full
(`frame_of`) and carried to the older version while the hunks keep to the
measures' own lines (`older_frame`).  The measures whose lines differ are then
read alone, many in one document, through `yamlfile.parse_yaml`
(`MeasureReader.parse`), in the same place in the document as in the whole file, so a
status reads exactly as the whole file would read it; a plain `|-` block or one
plain line is read straight from its lines (`MeasureReader.quick`), as the parser reads it.  A hunk that may change the
file's structure (a line before the measures or after them, a top-level line, a
measure added, removed or renamed, a line break YAML sees and git does not)
gives no frame, and the caller parses that version in full; so does a measure
that does not read alone, and a version over the reader's limits (`version_fits`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from zvit.core.ids import MEASURE_ID_PATTERN
from zvit.load.yamlfile import MAX_BYTES, Loaded, has_suspect_characters, is_plain_string, nodes_in, parse_yaml
from zvit.model.build import status_from_data
from zvit.model.objects import Status

# A measure's key line under `measures:` (dotted ids such as I.14 or 1.1.1, or an `x-` extension).
_KEY = re.compile(rb"  [\"']?(" + MEASURE_ID_PATTERN.encode() + rb"|x-[A-Za-z0-9_.-]*)[\"']?:")
_HUNK = re.compile(rb"@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@")
# How lines inside the measures block start: indented, a comment, empty.
_INSIDE = (b" ", b"#", b"\n", b"\r")
_BATCH_BYTES = 1 << 20

Lines = list[bytes]  # a version's lines, each with its b"\n" (a last line may lack one)
# One measure's lines, its key line first: the line objects of the version they come from,
# so an unchanged line is the same object in every version and is decoded once.
Fragment = tuple[bytes, ...]


def lines_of(content: bytes) -> Lines:
    """The lines of `content`, so that `b"".join` gives it back."""
    lines = content.split(b"\n")
    last = lines.pop()
    found = [line + b"\n" for line in lines]
    if last:
        found.append(last)
    return found


class Hunk(NamedTuple):
    """Lines one commit replaced: `old` from `old_start` in the older version, `new` from `new_start` in the newer."""

    old_start: int  # 0-based; with no old lines, where the new ones were put
    old: list[bytes]
    new_start: int
    new: list[bytes]


def parse_hunks(diff: bytes) -> list[Hunk] | None:
    """The hunks of a diff, from its first "@@" line; None for anything not a plain text diff."""
    hunks: list[Hunk] = []
    counts: list[tuple[int, int]] = []
    touched: tuple[list[bytes], ...] = ()  # where the last line went, for "\ No newline at end of file"
    for line in diff.split(b"\n"):
        tag = line[:1]
        if not hunks and tag != b"@":
            return None
        if tag == b"-":
            touched = (hunks[-1].old,)
        elif tag == b"+":
            touched = (hunks[-1].new,)
        elif tag == b" ":
            touched = (hunks[-1].old, hunks[-1].new)
        elif tag == b"\\" and touched and all(side and side[-1].endswith(b"\n") for side in touched):
            for side in touched:
                side[-1] = side[-1][:-1]
            touched = ()
            continue
        elif tag == b"@" and (header := _HUNK.match(line)) is not None:
            a, b, c, d = (int(group) if group is not None else 1 for group in header.groups())
            hunks.append(Hunk(a if b == 0 else a - 1, [], c if d == 0 else c - 1, []))
            counts.append((b, d))
            touched = ()
            continue
        elif not line:
            continue  # the end of the diff
        else:
            return None
        for side in touched:
            side.append(line[1:] + b"\n")
    if not hunks or any((len(h.old), len(h.new)) != count for h, count in zip(hunks, counts, strict=False)):
        return None
    return hunks


def undo(lines: Lines, hunks: Sequence[Hunk]) -> Lines | None:
    """The older version: `lines` with each hunk's new lines put back as its old ones.

    None when the hunks do not fit `lines` (they are not this version's diff).
    """
    older: Lines = []
    at = 0
    for hunk in hunks:
        end = hunk.new_start + len(hunk.new)
        if (
            hunk.new_start < at
            or end > len(lines)
            or lines[hunk.new_start : end] != hunk.new
            or len(older) + hunk.new_start - at != hunk.old_start
        ):
            return None
        older += lines[at : hunk.new_start]
        older += hunk.old
        at = end
    older += lines[at:]
    return older


@dataclass(frozen=True)
class Frame:
    """Where one version's measures lie: each key's line (0-based), in order, and the first line after them."""

    keys: tuple[int, ...]
    ids: tuple[str, ...]
    end: int

    def measure_lines(self, lines: Lines, index: int) -> Fragment:
        """The lines of the `index`-th measure, its key line first."""
        stop = self.keys[index + 1] if index + 1 < len(self.keys) else self.end
        return tuple(lines[self.keys[index] : stop])


def frame_of(lines: Lines, loaded: Loaded) -> Frame | None:
    """The frame of a version parsed in full, or None when its key lines are not the YAML keys.

    Every measure key must stand at the start of a line `_KEY` matches, and no
    other line in the block may match it.
    """
    data = loaded.data
    if not loaded.ok or not isinstance(data, dict) or not isinstance(data.get("measures"), dict):
        return None
    measures = data["measures"]
    marks = [loaded.marks.get(("measures", mid)) for mid in measures]
    if not marks or any(mark is None or mark[1] != 2 for mark in marks):
        return None
    names = list(data)
    after = names[names.index("measures") + 1 :]
    end = loaded.marks[(after[0],)][0] if after else len(lines)
    start = loaded.marks[("measures",)][0] + 1
    if any(line.startswith(b"%") for line in lines[:start]):
        return None  # a directive: %TAG changes what a tag in a measure means
    found = [(number, m.group(1).decode("ascii")) for number in range(start, end) if (m := _KEY.match(lines[number]))]
    keys = [(mark[0], str(mid)) for mark, mid in zip(marks, measures, strict=False)]  # type: ignore[index]
    if found != keys:
        return None
    return Frame(tuple(line for line, _ in keys), tuple(mid for _, mid in keys), end)


def older_frame(frame: Frame, hunks: Sequence[Hunk]) -> Frame | None:
    """The older version's frame, when every hunk keeps to the measures' own lines; else None.

    A hunk must lie after the first key line (or replace it by the same measure's
    key line) and end by the end of the block; its old lines may hold no top-level
    line, and their key lines must name the measures its new lines name, in order.
    """
    if not frame.keys:
        return None
    keys: list[int] = []
    shift = 0  # an older line's index minus the newer's, past the hunks done
    at = 0  # the first of the newer version's keys not yet placed
    for hunk in hunks:
        new_end = hunk.new_start + len(hunk.new)
        if hunk.new_start < frame.keys[0] or new_end > frame.end:
            return None
        if hunk.new_start == frame.keys[0] and not (hunk.new and hunk.old and _KEY.match(hunk.old[0])):
            return None
        named = bisect.bisect_left(frame.keys, hunk.new_start, at)
        keys += [key + shift for key in frame.keys[at:named]]
        at = bisect.bisect_left(frame.keys, new_end, named)
        old_keys = _keys(hunk)
        if old_keys is None or [mid for _, mid in old_keys] != list(frame.ids[named:at]):
            return None
        keys += [line for line, _ in old_keys]
        shift += len(hunk.old) - len(hunk.new)
    keys += [key + shift for key in frame.keys[at:]]
    return Frame(tuple(keys), frame.ids, frame.end + shift)


def _keys(hunk: Hunk) -> list[tuple[int, str]] | None:
    """The key lines among a hunk's old lines (line, id); None when a line may change the structure."""
    found = []
    for index, line in enumerate(hunk.old):
        if line[:1] not in _INSIDE or b"\r" in line.removesuffix(b"\r\n"):
            return None  # a top-level line, or a line break YAML sees within git's line
        key = _KEY.match(line)
        if key is not None:
            found.append((hunk.old_start + index, key.group(1).decode("ascii")))
    return found


def changed_measures(
    newer: Frame, new_lines: Lines, older: Frame, old_lines: Lines, hunks: Sequence[Hunk]
) -> list[tuple[str, Fragment, Fragment]]:
    """(measure id, old lines, new lines) of each measure a hunk changed, in file order.

    A hunk is placed on both sides: its old lines may start in the measure before
    the one its new lines start in.
    """
    touched: set[int] = set()
    for hunk in hunks:
        touched.update(_spanned(newer.keys, hunk.new_start, len(hunk.new)))
        touched.update(_spanned(older.keys, hunk.old_start, len(hunk.old)))
    found = []
    for index in sorted(touched):
        old, new = older.measure_lines(old_lines, index), newer.measure_lines(new_lines, index)
        if old != new:
            found.append((newer.ids[index], old, new))
    return found


def _spanned(keys: tuple[int, ...], start: int, count: int) -> range:
    """The measures lines `start` to `start + count` lie in; with no lines, the one before `start`."""
    first = bisect.bisect_right(keys, start if count else start - 1) - 1
    last = bisect.bisect_right(keys, start + count - 1) - 1 if count else first
    return range(max(first, 0), last + 1)


def older_size(size: int, hunks: Sequence[Hunk]) -> int:
    """The older version's size in bytes, from the newer one's: a long version is not summed again."""
    return (
        size
        + sum(len(line) for hunk in hunks for line in hunk.old)
        - sum(len(line) for hunk in hunks for line in hunk.new)
    )


def version_fits(size: int) -> bool:
    """Whether a version of `size` bytes is within the reader's size limit: a measure read alone does not say."""
    return size <= MAX_BYTES


class Reading(NamedTuple):
    """A measure read alone: its status, and the YAML nodes its key and value add to the file."""

    status: Status
    nodes: int


# A measure the way zvit and a clerk's editor write it: a `|-` block of lines indented
# by four spaces, or one plain line of text followed by nothing but empty lines.  Its
# text is read without the YAML parser (six times faster), line by line, each line
# decoded and checked once: a long status that grows by a sentence a commit shares
# all its other lines with the version before.
_BLOCK = re.compile(rb"  ([IVX]+\.[1-9][0-9]*): \|-\n\Z")
_PLAIN = re.compile(rb"  ([IVX]+\.[1-9][0-9]*): ([^-?:,\[\]{}#&*!|>'\"%@` \n][^\n]*)\n*\Z")
_NOT_PLAIN = re.compile(r": | #|[: ]\Z")


class MeasureReader:
    """Measures read alone, as the whole file would read them.

    `quick` reads a plain `|-` block or line straight from its lines; `parse`
    reads the rest with the parser, many measures in one document.
    """

    def __init__(self, path: str) -> None:
        self._path = path
        self._last: dict[str, dict[bytes, str]] = {}  # by measure: its block's lines when last read, as text

    def quick(self, measure_id: str, lines: Fragment) -> Reading | None:
        """The measure read without the parser; None when only the parser can read it."""
        text = self.simple_text(measure_id, lines)
        return Reading(status_from_data(text), 2) if text is not None else None  # the key and the text

    def simple_text(self, measure_id: str, lines: Fragment) -> str | None:
        """The text of a plain `|-` block or one plain line, as the parser reads it; None for anything else."""
        if not lines:
            return None
        block = _BLOCK.match(lines[0])
        if block is not None:
            return self._block_text(measure_id, lines) if block.group(1).decode("ascii") == measure_id else None
        content = b"".join(lines)
        plain = _PLAIN.match(content)
        if b"\t" in content or b"\r" in content or plain is None or plain.group(1).decode("ascii") != measure_id:
            return None
        text = _clean(plain.group(2))
        if text is None or _NOT_PLAIN.search(text) or not is_plain_string(text):
            return None
        return text

    def _block_text(self, measure_id: str, lines: Fragment) -> str | None:
        """A block's lines: each empty or indented by four spaces, the first with text not indented further.

        The lines the measure had when last read are not decoded again; only
        those are kept, so what is kept stays the size of one version.
        """
        body = lines[1:]
        known = self._last.get(measure_id, {})
        pieces = [known.get(line) for line in body]
        if None in pieces:
            for index, piece in enumerate(pieces):
                if piece is None:
                    piece = pieces[index] = _block_line(body[index])
                    if piece is None:
                        return None
        first = next((line for line in body if line != b"\n"), b"")
        if first[4:5] in (b"", b" ", b"\n"):
            return None  # the first line of text sets the indentation: four spaces; or no text at all
        texts: list[str] = pieces  # type: ignore[assignment]  # every line read
        self._last[measure_id] = dict(zip(body, texts, strict=True))
        return "\n".join(texts).rstrip("\n")

    def parse(self, fragments: Iterable[tuple[str, Fragment]]) -> dict[tuple[str, Fragment], Reading | None]:
        """Each measure read by the parser (None when its lines do not read as that one measure).

        Many measures are read as one document, each under a key of its own; a
        document that fails is halved until the measures that fail are found alone.
        An alias is read alone, so that it cannot name an anchor in another measure's
        lines; an anchor is not read at all, since another measure may repeat it.
        """
        found: dict[tuple[str, Fragment], Reading | None] = {}
        batch: list[tuple[tuple[str, Fragment], bytes]] = []
        size = 0
        for fragment in dict.fromkeys(fragments):
            content = b"".join(fragment[1])
            if b"&" in content:
                found[fragment] = None
                continue
            if b"*" in content:
                _read(found, [(fragment, content)], self._path)
                continue
            batch.append((fragment, content))
            size += len(content)
            if size > _BATCH_BYTES:
                _read(found, batch, self._path)
                batch, size = [], 0
        if batch:
            _read(found, batch, self._path)
        return found


def _block_line(line: bytes) -> str | None:
    """One line of a plain `|-` block as text: "" for an empty line; None for one not indented
    by four spaces or not clean."""
    if line == b"\n":
        return ""
    if not line.startswith(b"    ") or b"\t" in line or b"\r" in line:
        return None
    return _clean(line[4:-1] if line.endswith(b"\n") else line[4:])


def simple_text(measure_id: str, lines: bytes) -> str | None:
    """The text of a measure's lines written as a plain `|-` block or one plain line, as the parser reads it."""
    return MeasureReader("").simple_text(measure_id, tuple(lines_of(lines)))


def _clean(body: bytes) -> str | None:
    """The text, when it is UTF-8 without a character the reader reports (those it reads itself)."""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return None if has_suspect_characters(text) else text


def _read(
    found: dict[tuple[str, Fragment], Reading | None], batch: list[tuple[tuple[str, Fragment], bytes]], path: str
) -> None:
    document = b"".join(b"m%d:\n%s" % (index, content) for index, (_, content) in enumerate(batch))
    loaded = parse_yaml(document, path)
    data = loaded.data if loaded.ok and isinstance(loaded.data, dict) and len(loaded.data) == len(batch) else None
    if data is not None:
        values = []
        for index, ((measure_id, _), _) in enumerate(batch):
            measures = data.get(f"m{index}")
            if not isinstance(measures, dict) or list(measures) != [measure_id]:
                break
            values.append(measures[measure_id])
        else:
            for (fragment, _), value in zip(batch, values, strict=False):
                found[fragment] = Reading(status_from_data(value), 1 + nodes_in(value))
            return
    if len(batch) == 1:
        found[batch[0][0]] = None
        return
    middle = len(batch) // 2
    _read(found, batch[:middle], path)
    _read(found, batch[middle:], path)
