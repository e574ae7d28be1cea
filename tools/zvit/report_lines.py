"""Locating one measure's status in a report file's bytes without parsing the file.

History compares thousands of versions, and parsing them costs more than reading
them from git (performance.md).  Most of a report is measures written the way
the docs show: `  I.14: |-` with the text indented under it, or a short text on
the key's line.  For exactly those shapes the text can be read off the lines;
every other shape answers None and the caller asks `yamlfile.parse_yaml`, the one
YAML reader, so an unusual file is slower to read, never read differently.
`tests/test_report_lines.py` checks the shortcut against the reader.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Callable, Sequence

# Patterns start at a "\n" rather than "^" under re.M: the engine then jumps from
# one line break to the next instead of trying every byte.
_MEASURES = re.compile(rb"\nmeasures:[ \t]*(?:#[^\n]*)?\r?\n")
_TOP_LEVEL = re.compile(rb"\n[^\s#]")
_KEY = re.compile(rb"\n( +)([\"']?)([IVX]+\.[1-9][0-9]*)\2:(?=[ \t\r\n]|\Z)")
_LINE_START = re.compile(rb"\n( *)([^ \r\n])")
# An anchor or alias makes one measure's value depend on another's lines.
_ANCHOR = re.compile(rb"(?:^|[\s:,\[{-])[&*][^\s]")
# What the reader refuses or flags (control and invisible characters, CR, tabs):
# the shortcut leaves such text to it.
_UNUSUAL = re.compile(rb"[\x00-\x09\x0b-\x1f\x7f]|\xc2[\x80-\x9f\xad]|\xe2\x80[\x8b-\x8f\xa8\xa9]"
                      rb"|\xe2\x81\xa0|\xef\xbb\xbf")
_BLOCK_HEADER = re.compile(r"\|([-+]?)[ ]*(?:#.*)?\Z")
_PLAIN = re.compile(r"(?:[^\W\d_]|«)[^#]*\Z")
_QUOTED = re.compile(r"(?:\"([^\"\\]*)\"|'((?:[^']|'')*)')[ ]*(?:#.*)?\Z")
# Plain scalars the core schema would read as something other than text.
_NOT_TEXT = re.compile(r"(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)\Z")


@dataclass(frozen=True)
class Layout:
    """Where each measure's lines lie in one version of a report file.

    `spans` are (measure id, start, end) offsets into `content`, in file order,
    covering the `measures:` block from its first key to its end.
    """

    content: bytes
    spans: tuple[tuple[str, int, int], ...]
    indent: int
    block_end: int

    def ids(self) -> list[str]:
        return [span[0] for span in self.spans]

    def chunk(self, measure_id: str) -> bytes | None:
        span = self._index.get(measure_id)
        return self.content[span[1]:span[2]] if span is not None else None

    @functools.cached_property
    def _index(self) -> dict[str, tuple[str, int, int]]:
        return {span[0]: span for span in self.spans}


def measure_chunks(content: bytes) -> dict[str, bytes] | None:
    """Each measure's lines under `measures:` (its key line first), or None when unsure.

    Nothing is interpreted here: equal bytes mean an equal value.
    """
    layout = cut(content)
    if layout is None:
        return None
    return {mid: content[start:end] for mid, start, end in layout.spans}


def cut(content: bytes) -> Layout | None:
    """The layout of a whole file, or None when its `measures:` block is not plain."""
    lined = b"\n" + content
    found = list(_MEASURES.finditer(lined))
    if len(found) != 1:
        return None
    begin = found[0].end() - 1  # from the line break before the block's first line
    top = _TOP_LEVEL.search(lined, begin)
    end = top.start() + 1 if top else len(lined)
    keys = list(_KEY.finditer(lined, begin, end))
    if not keys:
        first = _LINE_START.search(lined, begin, end)
        return Layout(content, (), 0, end - 1) if first is None or first.group(2) == b"#" else None
    indent = len(keys[0].group(1))
    first = next(m for m in _LINE_START.finditer(lined, begin, end) if m.group(2) != b"#")
    if first.start() != keys[0].start():
        return None
    spans = _spans(lined, keys, indent, begin, end)
    if spans is None or len({span[0] for span in spans}) != len(spans):
        return None
    return Layout(content, spans, indent, end - 1)


def _spans(lined: bytes, keys: list[re.Match[bytes]], indent: int, begin: int, end: int
           ) -> tuple[tuple[str, int, int], ...] | None:
    """Spans (offsets into the file without the leading "\n") of the keys at `indent`."""
    block = lined[begin:end]
    if (b"&" in block or b"*" in block) and _ANCHOR.search(block):
        return None
    boundaries = [k for k in keys if len(k.group(1)) == indent]
    # Every line as far left as the keys (comments aside) must be a key line.
    if len(_shallow_lines(indent).findall(lined, begin, end)) != len(boundaries):
        return None
    spans = []
    for i, key in enumerate(boundaries):
        stop = boundaries[i + 1].start() if i + 1 < len(boundaries) else end - 1
        spans.append((key.group(3).decode("ascii"), key.start(), stop))
    return tuple(spans)


def recut(old: Layout, content: bytes) -> tuple[Layout | None, list[str]]:
    """The layout of `content`, a later version of `old`'s file, and the measures whose lines differ.

    Only the measures around the bytes that differ are cut again: the rest keep
    their lines (shifted), so a version costs a few comparisons of bytes, not a
    pass over the whole file.  A change outside the `measures:` block cuts the
    whole file again and names every measure.
    """
    before = old.content
    limit = min(len(before), len(content))
    low = common_length(lambda k: before[:k] == content[:k], limit)
    if low == len(before) == len(content):
        return old, []
    suffix = common_length(lambda k: before[len(before) - k:] == content[len(content) - k:], limit - low)
    high = len(before) - suffix
    spans = old.spans
    if not spans or low < spans[0][1] or high > old.block_end:
        return _whole(content, old)
    # From the measure before the change (bytes added at its end start the next
    # one's line) to the last measure the change reaches.
    first = max(max(i for i, span in enumerate(spans) if span[1] <= low) - 1, 0)
    last = max(i for i, span in enumerate(spans) if span[1] <= high)
    shift = len(content) - len(before)
    start, stop = spans[first][1], spans[last][2] + shift
    lined = b"\n" + content
    keys = list(_KEY.finditer(lined, start, stop + 1))
    ends_block = stop == len(content) or _TOP_LEVEL.match(lined, stop) is not None
    if (not keys or keys[0].start() != start or len(keys[0].group(1)) != old.indent
            or _TOP_LEVEL.search(lined, start, stop + 1)
            or (ends_block if last + 1 < len(spans) else not ends_block)):
        return _whole(content, old)
    middle = _spans(lined, keys, old.indent, start, stop + 1)
    if middle is None:
        return _whole(content, old)
    fresh = (*spans[:first], *middle, *((mid, a + shift, b + shift) for mid, a, b in spans[last + 1:]))
    if len({span[0] for span in fresh}) != len(fresh):
        return None, []
    return Layout(content, fresh, old.indent, old.block_end + shift), _differing(before, spans[first:last + 1],
                                                                               content, middle)


def _differing(before: bytes, old_spans: Sequence[tuple[str, int, int]], content: bytes,
               new_spans: Sequence[tuple[str, int, int]]) -> list[str]:
    """The measures whose lines differ between the two windows, in the new order."""
    old = {mid: (a, b) for mid, a, b in old_spans}
    found = []
    for mid, a, b in new_spans:
        span = old.pop(mid, None)
        if span is None or span[1] - span[0] != b - a or before[span[0]:span[1]] != content[a:b]:
            found.append(mid)
    return found + list(old)


def _whole(content: bytes, old: Layout) -> tuple[Layout | None, list[str]]:
    layout = cut(content)
    if layout is None:
        return None, []
    return layout, [m for m in dict.fromkeys([*layout.ids(), *old.ids()]) if old.chunk(m) != layout.chunk(m)]


def common_length(equal: Callable[[int], bool], limit: int) -> int:
    """The largest k <= limit with equal(k), by bisection: slices compare at C speed."""
    low, high = 0, limit
    while low < high:
        middle = (low + high + 1) // 2
        if equal(middle):
            low = middle
        else:
            high = middle - 1
    return low


@functools.lru_cache(maxsize=8)
def _shallow_lines(indent: int) -> re.Pattern[bytes]:
    return re.compile(rb"\n {0,%d}[^ \r\n#]" % indent)


def chunk_text(chunk: bytes) -> str | None:
    """The status text of one chunk written as a literal block, one-line plain or quoted text.

    None for anything else (a mapping with `state`, folded or escaped text, odd
    characters): the caller then parses the chunk with the YAML reader.
    """
    if _UNUSUAL.search(chunk):
        return None
    try:
        lines = chunk.decode("utf-8").split("\n")
    except UnicodeDecodeError:
        return None
    key_line = lines[0]
    key_indent = len(key_line) - len(key_line.lstrip(" "))
    value = key_line[key_line.index(":", key_indent) + 1:].strip(" ")
    rest = lines[1:]
    block = _BLOCK_HEADER.match(value)
    if block:
        return _literal(rest, key_indent, block.group(1))
    if any(line.strip(" ") and not _is_comment(line, key_indent) for line in rest):
        return None
    if not value or value.startswith("#"):
        return ""
    quoted = _QUOTED.match(value)
    if quoted:
        return quoted.group(1) if quoted.group(1) is not None else quoted.group(2).replace("''", "'")
    if _PLAIN.match(value) and ": " not in value and not value.endswith(":") and not _NOT_TEXT.match(value):
        return value.rstrip(" ")
    return None


def _is_comment(line: str, key_indent: int) -> bool:
    stripped = line.lstrip(" ")
    return stripped.startswith("#") and len(line) - len(stripped) <= key_indent


def _literal(lines: list[str], key_indent: int, chomping: str) -> str | None:
    """A `|-` or `|` block: the lines with their indentation removed, chomped as the header says."""
    if chomping == "+" or not lines or not lines[0].strip(" "):
        return None
    indent = len(lines[0]) - len(lines[0].lstrip(" "))
    if indent <= key_indent:
        return None
    content: list[str] = []
    for index, line in enumerate(lines):
        if not line.strip(" "):
            if len(line) > indent:
                return None
            content.append("")
        elif line.startswith(" " * indent):
            content.append(line[indent:])
        elif all(not later.strip(" ") or _is_comment(later, key_indent) for later in lines[index:]):
            break
        else:
            return None
    while content and content[-1] == "":
        content.pop()
    text = "\n".join(content)
    if chomping == "-" or not content:
        return text
    # Clip: the last line keeps its line break, if the file has one after it.
    return text + "\n" if len(content) < len(lines) else text
