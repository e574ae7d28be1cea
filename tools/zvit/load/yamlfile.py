"""The one YAML reader: bytes in, plain data and located findings out.

Reports are typed by people into any editor and pasted from Word, so the reader
trusts nothing.  It drives libyaml's event parser (C, fast) and builds plain
Python data itself, which is where the safety rules live:

* only the YAML 1.2 core types; any other tag (``!!python/object``, ``!!binary``)
  is an error, and dates stay the strings the user typed;
* duplicate keys are errors (ruamel would silently keep one value);
* depth and alias expansion are bounded *while parsing*, so a "billion laughs"
  file or ``[[[[…`` fails fast instead of exhausting memory or the C stack;
* undecodable bytes, binary files and control characters pasted from Word (or
  written as escapes in quotes) are reported with their line and column, never
  as a traceback.

Line and column of every key and value are kept in a side table, so a later
check can point at exactly what it complains about.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache, partial
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.events import (
    AliasEvent,
    DocumentStartEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
)

from zvit.core.findings import SHOWN_PER_KIND, Finding, Location, Severity, error, more, warning
from zvit.core.messages import MESSAGES, Words, os_reason, text
from zvit.load.files import NotRegularFile, read_file

MAX_BYTES = 5 * 1024 * 1024
MAX_DEPTH = 32
MAX_NODES = 100_000  # scalars and collections, aliases counted as expanded

PathKey = tuple[object, ...]
Mark = tuple[int, int, int, int]  # key line, key col, value line, value col (0-based)

_CORE = "tag:yaml.org,2002:"
_ALLOWED_TAGS = {
    None,
    "!",
    _CORE + "str",
    _CORE + "int",
    _CORE + "float",
    _CORE + "bool",
    _CORE + "null",
    _CORE + "map",
    _CORE + "seq",
}

_NULL = {"", "~", "null", "Null", "NULL"}
_BOOL = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}
_INT = re.compile(r"[-+]?[0-9]+\Z")
_OCT = re.compile(r"0o[0-7]+\Z")
_HEX = re.compile(r"0x[0-9a-fA-F]+\Z")
_FLOAT = re.compile(r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?\Z")
_SPECIAL_FLOAT = {
    ".inf": float("inf"),
    ".Inf": float("inf"),
    ".INF": float("inf"),
    "+.inf": float("inf"),
    "+.Inf": float("inf"),
    "+.INF": float("inf"),
    "-.inf": float("-inf"),
    "-.Inf": float("-inf"),
    "-.INF": float("-inf"),
    ".nan": float("nan"),
    ".NaN": float("nan"),
    ".NAN": float("nan"),
}

# Characters libyaml refuses outright (Word leaves U+000B for a line break, U+0007
# in tables), and the old line breaks U+0085/U+2028/U+2029, which libyaml would
# silently turn into spaces or new lines.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufffe\uffff]")
# Characters a reader cannot see but a comparison of ids or texts trips over.
_INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u2060\ufeff]")
_NEWLINE = re.compile("\n")
# Either kind, so that a clean file (nearly every file) costs one scan, not two.
_SUSPECT = re.compile(f"[{_CONTROL.pattern[1:-1]}{_INVISIBLE.pattern[1:-1]}]")
# The same in a double-quoted value, where only an escape (\x01, \e, \r) can have put
# it: a form cannot hold it, and a terminal would obey it.
_CONTROL_IN_VALUE = re.compile(f"[\r{_CONTROL.pattern[1:-1]}]")

try:
    from _ruamel_yaml import CParser as _CParser  # libyaml, from ruamel.yaml.clib
except ImportError:  # no wheel for this platform: ruamel's pure-Python parser, ten times slower
    _CParser = None


@dataclass(frozen=True)
class Loaded:
    """A file as read: its data (None when unreadable) and what reading found."""

    path: str
    data: Any
    findings: tuple[Finding, ...] = ()
    marks: Mapping[PathKey, Mark] = field(default_factory=dict, repr=False)
    nodes: int = 0  # scalars and collections read, as MAX_NODES counts them

    @property
    def ok(self) -> bool:
        return not any(f.is_error for f in self.findings)

    def locate(self, path: Sequence[object], *, key: bool = False) -> Location:
        """Where `path` (keys and indexes from the root) stands in the file.

        `key=True` points at the key rather than its value.  A path that does not
        exist (a missing property) falls back to its nearest existing parent.
        """
        path = tuple(path)
        while path:
            mark = self.marks.get(path)
            if mark is not None:
                line, col = (mark[0], mark[1]) if key else (mark[2], mark[3])
                return Location(self.path, line + 1, col + 1)
            path = path[:-1]
            key = True
        return Location(self.path, 1, 1)


def read_yaml(path: str, name: str | None = None) -> Loaded:
    """Read the YAML file at `path`; findings name it `name` (as the user knows it) or `path`."""
    name = name or path
    try:
        content = read_file(path, MAX_BYTES + 1)  # a larger file is refused unread
    except NotRegularFile:
        return Loaded(name, None, (error(Location(name), "file.not-regular"),))
    except OSError as exc:
        return Loaded(name, None, (error(Location(name), "file.unreadable", reason=os_reason(exc)),))
    return parse_yaml(content, name)


def parse_yaml(content: bytes, path: str) -> Loaded:
    here = Location(path)
    if len(content) > MAX_BYTES:
        return Loaded(path, None, (error(here, "file.too-large", limit_mb=MAX_BYTES // (1024 * 1024)),))
    if content.startswith((b"\xff\xfe", b"\xfe\xff")):
        return Loaded(path, None, (error(Location(path, 1, 1), "file.utf16"),))
    if b"\x00" in content:
        return Loaded(path, None, (error(Location(path, 1, 1), "file.binary"),))
    if content.startswith(b"\xef\xbb\xbf"):
        content = content[3:]
    try:
        text = content.decode("utf-8")
    except UnicodeDecodeError as exc:
        return Loaded(
            path,
            None,
            (error(_byte_location(path, content, exc.start), "file.not-utf8", byte=f"0x{content[exc.start]:02X}"),),
        )
    findings: list[Finding] = []
    text = _flag_characters(path, text, findings)
    builder = _Builder(path, findings)
    # Straight to libyaml, not through YAML().parse: that wraps every event in a
    # generator step and builds a loader class per call.
    if _CParser is not None:
        parser = _CParser(text)
        next_event, dispose = parser.get_event, parser.dispose
    else:
        events = YAML(typ="safe", pure=True).parse(text)
        next_event, dispose = partial(next, events, None), events.close
    try:
        builder.run(next_event)
    except _Stop:
        pass
    except MarkedYAMLError as exc:
        findings.append(_syntax_finding(path, exc, text))
    except YAMLError as exc:
        findings.append(error(Location(path, 1, 1), "yaml.syntax", problem=problem_words(str(exc).splitlines()[0])))
    finally:
        dispose()
    if any(f.is_error for f in findings):
        return Loaded(path, None, tuple(findings), builder.marks)
    if builder.documents == 0:
        findings.append(error(Location(path, 1, 1), "yaml.empty"))
        return Loaded(path, None, tuple(findings))
    return Loaded(path, builder.root, tuple(findings), builder.marks, builder.nodes)


def _byte_location(path: str, content: bytes, offset: int) -> Location:
    line_start = content.rfind(b"\n", 0, offset) + 1
    col = len(content[line_start:offset].decode("utf-8", "replace")) + 1
    return Location(path, content.count(b"\n", 0, offset) + 1, col)


def has_suspect_characters(text: str) -> bool:
    """Whether `text` holds a control or invisible character, which the reader reports.

    Each of them is unprintable to Python (a control, format, separator, surrogate or
    unassigned character), and `isprintable` is four times faster than the search: a
    long status is checked in every version of a history.
    """
    return not text.replace("\n", " ").isprintable() and _SUSPECT.search(text) is not None


def _flag_characters(path: str, text: str, findings: list[Finding]) -> str:
    """Report control and invisible characters; blank out the controls so parsing goes on.

    A text pasted from Word can hold tens of thousands of them: each kind is reported
    at its first `SHOWN_PER_KIND` places and then counted once («і ще K»), and the
    places come from one pass over the line starts, so the cost stays linear.
    """
    if _SUSPECT.search(text) is None:
        return text
    line_starts = [0, *(m.end() for m in _NEWLINE.finditer(text))]
    for pattern, make, code in (
        (_CONTROL, error, "text.control-character"),
        (_INVISIBLE, warning, "text.invisible-character"),
    ):
        count = 0
        next_place: int | None = None
        for match in pattern.finditer(text):
            count += 1
            if count <= SHOWN_PER_KIND:
                findings.append(
                    make(_place(path, line_starts, match.start()), code, char=f"U+{ord(match.group()):04X}")
                )
            elif next_place is None:
                next_place = match.start()
        if next_place is not None:
            severity: Severity = "error" if make is error else "warning"
            findings.append(more(_place(path, line_starts, next_place), code, count - SHOWN_PER_KIND, severity))
    if findings:
        text = _CONTROL.sub(" ", text)
    return text


def _place(path: str, line_starts: list[int], offset: int) -> Location:
    line = bisect_right(line_starts, offset)
    return Location(path, line, offset - line_starts[line - 1] + 1)


_SYNTAX_HINTS = (
    ("mapping values are not allowed", "yaml.colon-in-plain-text"),
    ("cannot start any token", "yaml.tab-indent"),
    ("found a tab character", "yaml.tab-indent"),
    ("did not find expected key", "yaml.bad-indent"),
    ("could not find expected ':'", "yaml.missing-colon"),
    ("found unexpected end of stream", "yaml.unclosed-quote"),
    ("found undefined alias", "yaml.undefined-alias"),
    ("found unknown escape character", "yaml.unknown-escape"),
)
# Problems found at a sign YAML reserves that a clerk's text began with: the code,
# and whether libyaml's problem mark (else its context mark) points at that sign.
_RESERVED_SIGN = (
    ("found character that cannot start any token", "yaml.reserved-start", True),
    ("did not find expected alphabetic or numeric character", "yaml.reserved-start", False),
    ("did not find expected comment or line break", "yaml.reserved-start", False),
    ("did not find expected whitespace or line break", "yaml.reserved-start", False),
    ("did not find expected ',' or", "yaml.unclosed-bracket", False),
)


def _syntax_finding(path: str, exc: MarkedYAMLError, text: str) -> Finding:
    problem = (exc.problem or exc.context or "").strip()
    for needle, reserved, at_problem in _RESERVED_SIGN:
        sign_mark = exc.problem_mark if at_problem else exc.context_mark
        sign = _char_at(text, sign_mark.line, sign_mark.column) if needle in problem and sign_mark else ""
        if sign and not sign.isspace():
            return error(Location(path, sign_mark.line + 1, sign_mark.column + 1), reserved, char=sign)
    code = next((code for needle, code in _SYNTAX_HINTS if needle in problem), "yaml.syntax")
    if code == "yaml.bad-indent" and exc.problem_mark and _after_quotes(text, exc.problem_mark):
        code = "yaml.text-after-quotes"  # `I.2: 'Прозорро' впроваджено`: no indentation is wrong
    # An unclosed quote is found at the end of the file; point at where it opened.
    mark = exc.context_mark if code == "yaml.unclosed-quote" else None
    mark = mark or exc.problem_mark or exc.context_mark
    location = Location(path, mark.line + 1, mark.column + 1) if mark else Location(path, 1, 1)
    return error(location, code, problem=problem if code == "yaml.undefined-alias" else problem_words(problem))


def problem_words(problem: str) -> Words:
    """libyaml's English sentence as its catalogue word, so that the reader gets it in their language."""
    return Words([_libyaml_codes().get(problem, "yaml.problem.other")])


@cache
def _libyaml_codes() -> dict[str, str]:
    return {text(code, "en"): code for code in MESSAGES if code.startswith("yaml.problem.")}


def _row(text: str, line: int) -> str:
    """The 0-based line `line` of `text`, or "" past its end."""
    start = 0
    for _ in range(line):
        start = text.find("\n", start) + 1
        if start == 0:
            return ""
    end = text.find("\n", start)
    return text[start:] if end < 0 else text[start:end]


def _char_at(text: str, line: int, column: int) -> str:
    """The character at a 0-based line and column of `text`, or "" past its end."""
    row = _row(text, line)
    return row[column] if column < len(row) else ""


def _after_quotes(text: str, mark: Any) -> bool:
    """Whether the text at `mark` follows a closing quote on its line (`a: 'x' y`)."""
    return _row(text, mark.line)[: mark.column].rstrip().endswith(("'", '"'))


class _Stop(Exception):
    """A finding has been recorded that makes further parsing pointless."""


_KEY = object()  # a mapping frame waiting for its next key


class _Frame:
    __slots__ = ("container", "path", "key", "anchor", "nodes", "is_map")

    def __init__(self, container: dict[str, Any] | list[Any], path: PathKey, anchor: str | None) -> None:
        self.container = container
        self.path = path
        self.is_map = isinstance(container, dict)
        self.key: object = _KEY if self.is_map else None
        self.anchor = anchor
        self.nodes = 1


class _Builder:
    """Turns libyaml events into plain data with the rules in the module docstring."""

    def __init__(self, path: str, findings: list[Finding]) -> None:
        self.path = path
        self.findings = findings
        self.marks: dict[PathKey, Mark] = {}
        self.stack: list[_Frame] = []
        self.anchors: dict[str, tuple[Any, int]] = {}
        self.open_anchors: set[str] = set()
        self.root: Any = None
        self.documents = 0
        self.nodes = 0
        self.key_mark: tuple[int, int] = (0, 0)

    def fail(self, mark: Any, code: str, **args: object) -> None:
        self.findings.append(error(Location(self.path, mark.line + 1, mark.column + 1), code, **args))
        raise _Stop

    def run(self, next_event: Callable[[], Any]) -> None:
        while (event := next_event()) is not None:
            kind = type(event)
            if kind is ScalarEvent:
                self.scalar(event)
            elif kind is MappingStartEvent or kind is SequenceStartEvent:
                self.start(event, {} if kind is MappingStartEvent else [])
            elif kind is MappingEndEvent or kind is SequenceEndEvent:
                frame = self.stack.pop()
                self.nodes += 1
                if frame.anchor is not None:
                    self.open_anchors.discard(frame.anchor)
                    self.anchors[frame.anchor] = (frame.container, frame.nodes)
                self.done(frame.container, frame.nodes, event)
            elif kind is AliasEvent:
                self.alias(event)
            elif kind is DocumentStartEvent:
                self.documents += 1
                if self.documents > 1:
                    self.fail(event.start_mark, "yaml.multiple-documents")

    def check_tag(self, event: Any) -> None:
        if event.tag not in _ALLOWED_TAGS:
            self.fail(event.start_mark, "yaml.tag-not-allowed", tag=event.tag)

    def start(self, event: Any, container: dict[str, Any] | list[Any]) -> None:
        self.check_tag(event)
        if len(self.stack) >= MAX_DEPTH:
            self.fail(event.start_mark, "yaml.too-deep", limit=MAX_DEPTH)
        if self.stack and self.stack[-1].key is _KEY:
            self.fail(event.start_mark, "yaml.complex-key")
        path = self.child_path(event)
        if event.anchor is not None:
            self.open_anchors.add(event.anchor)
        self.stack.append(_Frame(container, path, event.anchor))

    def scalar(self, event: Any) -> None:
        """Nearly every event of a report: an untagged text skips tag checks and type resolution."""
        if event.ctag is not None:
            self.check_tag(event)
        mark = event.start_mark
        if event.style == '"' and (control := _CONTROL_IN_VALUE.search(event.value)) is not None:
            self.fail(mark, "text.control-character", char=f"U+{ord(control.group()):04X}")
        top = self.stack[-1] if self.stack else None
        if top is not None and top.key is _KEY:
            key = event.value
            if key in top.container:
                first = self.marks.get(top.path + (key,), (0, 0, 0, 0))
                self.fail(mark, "yaml.duplicate-key", key=key, first_line=first[0] + 1)
            top.key = key
            self.key_mark = (mark.line, mark.column)
            self.nodes += 1
            return
        value = event.value
        if event.ctag is not None or (not event.style and value[:1] in _MAY_BE_TYPED):
            value = _resolve(event)
            if value is _BAD:
                self.fail(mark, "yaml.bad-tagged-value", tag=event.tag, value=event.value)
        self.nodes += 1
        if event.anchor is not None:
            self.anchors[event.anchor] = (value, 1)
        self.child_path(event)
        self.done(value, 1, event)

    def alias(self, event: Any) -> None:
        name = event.anchor
        if name in self.open_anchors:
            self.fail(event.start_mark, "yaml.recursive-alias", anchor=name)
        if name not in self.anchors:
            self.fail(event.start_mark, "yaml.undefined-alias", problem=name)
        if self.stack and self.stack[-1].key is _KEY:
            self.fail(event.start_mark, "yaml.complex-key")
        value, size = self.anchors[name]
        self.nodes += size
        self.child_path(event)
        self.done(value, size, event)

    def child_path(self, event: Any) -> PathKey:
        """Record where the value that starts at `event` sits, and return its path."""
        if not self.stack:
            return ()
        top = self.stack[-1]
        value_mark = (event.start_mark.line, event.start_mark.column)
        if top.is_map:
            path = top.path + (top.key,)
            self.marks[path] = self.key_mark + value_mark
        else:
            path = top.path + (len(top.container),)
            self.marks[path] = value_mark + value_mark
        return path

    def done(self, value: Any, size: int, event: Any) -> None:
        if self.nodes > MAX_NODES:
            self.fail(event.start_mark, "yaml.too-many-nodes", limit=MAX_NODES)
        if not self.stack:
            self.root = value
            return
        top = self.stack[-1]
        top.nodes += size
        if top.is_map:
            top.container[top.key] = value  # type: ignore[index, call-overload]
            top.key = _KEY
        else:
            top.container.append(value)  # type: ignore[union-attr]


_BAD = object()
# First characters of every plain scalar that the core schema reads as other than a string.
_MAY_BE_TYPED = frozenset(["", "~", "n", "N", "t", "T", "f", "F", "+", "-", ".", *"0123456789"])


def _resolve(event: Any) -> Any:
    """A scalar's value under the YAML 1.2 core schema (no dates, no 'yes'/'no')."""
    text: str = event.value
    tag = event.tag
    plain = event.implicit[0] and event.style in (None, "")
    if tag in (None, "!") and not plain:
        return text
    if tag is None or tag == "!":
        tag = _core_tag(text)
        if tag is None:
            return text
    if tag == _CORE + "str":
        return text
    if tag == _CORE + "null":
        return None if text in _NULL else _BAD
    if tag == _CORE + "bool":
        return _BOOL.get(text, _BAD)
    if tag == _CORE + "int":
        try:
            if _OCT.match(text):
                return int(text[2:], 8)
            if _HEX.match(text):
                return int(text[2:], 16)
            return int(text) if _INT.match(text) else _BAD
        except ValueError:
            return _BAD
    if tag == _CORE + "float":
        if text in _SPECIAL_FLOAT:
            return _SPECIAL_FLOAT[text]
        return float(text) if _FLOAT.match(text) or _INT.match(text) else _BAD
    return _BAD


def nodes_in(value: object) -> int:
    """The nodes of a value read without aliases, as `MAX_NODES` counts them (keys count too):
    for a limit on a whole file that is read in parts."""
    if isinstance(value, dict):
        return 1 + sum(1 + nodes_in(item) for item in value.values())
    if isinstance(value, list):
        return 1 + sum(nodes_in(item) for item in value)
    return 1


def is_plain_string(text: str) -> bool:
    """Whether `text` written without quotes reads back as text (not null, a bool or a number).

    The writer (`yamledit.py`) asks before leaving a string unquoted.
    """
    return _core_tag(text) is None


def _core_tag(text: str) -> str | None:
    if text in _NULL:
        return _CORE + "null"
    if text in _BOOL:
        return _CORE + "bool"
    if _INT.match(text) or _OCT.match(text) or _HEX.match(text):
        return _CORE + "int"
    if _FLOAT.match(text) or text in _SPECIAL_FLOAT:
        return _CORE + "float"
    return None
