"""The one round-trip writer: data and comments in, YAML in zvit's canonical layout out.

`zvit new`, `zvit import` and `zvit fmt` all write through `render`, so a file a
command creates is already formatted and `fmt` never changes it.  The layout:
keys in schema order (measures in programme order), two-space indentation with
sequences indented, one scalar style per kind of text (plain when YAML allows it,
a `|-` block for several lines, double quotes otherwise), no line wrapping, no
blank lines outside text, one trailing newline.

Comments are kept by meaning, not by position: a comment line belongs to the key
(or list item) below it, an end-of-line comment to the key on its line.  ruamel's
own comment attachment ties a comment to the key *above* it and goes wrong when
keys move, so comments are found here from the parser's scalar spans, the values
are dumped by ruamel's round-trip emitter, and the comments are put back beside
their keys.  Nothing is trusted: `render` re-reads its output with the project's
reader and refuses if the data or the comments differ.
"""

from __future__ import annotations

import io
import math
import re
from bisect import bisect_right
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedSeq
from ruamel.yaml.events import ScalarEvent
from ruamel.yaml.nodes import ScalarNode
from ruamel.yaml.resolver import VersionedResolver
from ruamel.yaml.scalarstring import DoubleQuotedScalarString, LiteralScalarString

from zvit.load.yamlfile import Loaded, PathKey, is_plain_string, parse_yaml

_STR_TAG = "tag:yaml.org,2002:str"
# Characters a `|-` block or a plain scalar may hold; anything else goes in double quotes.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ud800-\udfff\ufffe\uffff]")
_BLOCK_HEADER_COMMENT = re.compile(r"[|>][0-9+-]*[ \t]+#")
_EOL_GAP = "  "


class RenderError(Exception):
    """The output would not read back as the input: a bug to report, never written."""


@dataclass(frozen=True)
class Comments:
    """Comment lines (each starting with "#") and the keys they belong to.

    Paths are keys and list indexes from the root, as in `yamlfile.Loaded.marks`.
    """

    header: tuple[str, ...] = ()
    before: Mapping[PathKey, tuple[str, ...]] = field(default_factory=dict)
    eol: Mapping[PathKey, str] = field(default_factory=dict)
    trailer: tuple[str, ...] = ()

    def texts(self) -> list[str]:
        """Every comment, sorted: what must survive a reformat."""
        found = [*self.header, *self.trailer, *self.eol.values()]
        for lines in self.before.values():
            found.extend(lines)
        return sorted(found)


@dataclass(frozen=True)
class Reformatted:
    """`fmt` of one file: the canonical text, or why the file was left alone."""

    text: str | None
    loaded: Loaded


# Ordering -----------------------------------------------------------------


def order_like(data: Any, schema: Mapping[str, Any]) -> Any:
    """`data` with every mapping's keys in the order of the schema's `properties`.

    Keys the schema does not name follow in their original order.  `$ref`s into
    `$defs` and `anyOf` branches are followed, so a status mapping gets the order of
    the status definition and measures the order of the programme.
    """
    return _order(data, schema, schema)


def _order(value: Any, schema: Mapping[str, Any], root: Mapping[str, Any]) -> Any:
    schema = _branch(value, _deref(schema, root), root)
    if isinstance(value, dict):
        props = schema.get("properties") or {}
        extra = schema.get("additionalProperties")
        keys = [k for k in props if k in value] + [k for k in value if k not in props]
        return {k: _order(value[k], props.get(k) or (extra if isinstance(extra, dict) else {}), root) for k in keys}
    if isinstance(value, list):
        items = schema.get("items")
        return [_order(v, items if isinstance(items, dict) else {}, root) for v in value]
    return value


def _deref(schema: Mapping[str, Any], root: Mapping[str, Any]) -> Mapping[str, Any]:
    for _ in range(16):
        ref = schema.get("$ref")
        if not isinstance(ref, str) or not ref.startswith("#/"):
            return schema
        target: Any = root
        for part in ref[2:].split("/"):
            target = target.get(part, {}) if isinstance(target, dict) else {}
        schema = {**target, **{k: v for k, v in schema.items() if k != "$ref"}}
    return schema


def _branch(value: Any, schema: Mapping[str, Any], root: Mapping[str, Any]) -> Mapping[str, Any]:
    """The `anyOf`/`oneOf` branch that describes a mapping, for a mapping value."""
    if not isinstance(value, dict) or "properties" in schema:
        return schema
    for branch in [*schema.get("anyOf", ()), *schema.get("oneOf", ())]:
        branch = _deref(branch, root)
        if "properties" in branch:
            return branch
    return schema


# Writing ------------------------------------------------------------------


def render(data: Any, comments: Comments = Comments()) -> str:
    """The canonical text of `data` with `comments` beside their keys.

    Raises RenderError when the text would not read back as exactly `data`
    with exactly these comments.
    """
    body = _dump(data)
    first = parse_yaml(body.encode("utf-8"), "<render>")
    if not first.ok or not same_data(first.data, data):
        raise RenderError("the emitted YAML does not read back as the data")
    text = _place_comments(body, first, comments)
    final = parse_yaml(text.encode("utf-8"), "<render>")
    if not final.ok or not same_data(final.data, data):
        raise RenderError("the comments changed the data")
    if find_comments(text, final).texts() != comments.texts():
        raise RenderError("a comment could not be placed")
    return text


def reformat(content: bytes, path: str, schema_for: Callable[[Any], Mapping[str, Any]]) -> Reformatted:
    """`content` in the canonical layout; `text` is None when the file does not load cleanly.

    `schema_for(data)` gives the schema whose key order applies (a report's
    depends on the programme it names).
    """
    loaded = parse_yaml(content, path)
    if not loaded.ok:
        return Reformatted(None, loaded)
    text = content.decode("utf-8-sig")
    comments = find_comments(text, loaded)
    return Reformatted(render(order_like(loaded.data, schema_for(loaded.data)), comments), loaded)


def _yaml() -> YAML:
    yaml = YAML(typ="rt")
    yaml.width = 2**31 - 1  # never wrap prose
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.allow_unicode = True
    return yaml


def _dump(data: Any) -> str:
    stream = io.StringIO()
    _yaml().dump(_styled(data, flow=False), stream)
    text = stream.getvalue()
    if text.endswith("\n...\n"):  # a bare scalar document
        text = text[: -len("...\n")]
    # Never strip newlines here: the blank lines that end a `|+` block are its text.
    return text if text.endswith("\n") else text + "\n"


def _styled(value: Any, *, flow: bool) -> Any:
    if isinstance(value, dict):
        return {key: _styled(item, flow=False) for key, item in value.items()}
    if isinstance(value, list):
        inline = all(_is_short_plain(item) for item in value)
        seq = CommentedSeq(_styled(item, flow=inline) for item in value)
        if inline:
            seq.fa.set_flow_style()
        else:
            seq.fa.set_block_style()
        return seq
    if isinstance(value, str):
        return _scalar(value, flow=flow)
    return value


def _is_short_plain(item: Any) -> bool:
    """Lists of ids (`[jkg, dmk]`) stay on one line; lists of anything else are blocks."""
    if isinstance(item, str):
        return _plain_ok(item, flow=True)
    return isinstance(item, (bool, int)) or item is None


def _scalar(text: str, *, flow: bool) -> str:
    if "\n" in text:
        return LiteralScalarString(text) if not flow and _block_ok(text) else DoubleQuotedScalarString(text)
    return text if _plain_ok(text, flow=flow) else DoubleQuotedScalarString(text)


_resolver = VersionedResolver(version=(1, 2))
# What may not start a plain scalar, or appear in one (conservatively: a few of these
# are allowed by YAML in some positions, but quotes are never wrong).
_PLAIN_FIRST = set("-?:,[]{}#&*!|>'\"%@`. \t")
_PLAIN_NEVER = (": ", " #", "\t")
_FLOW_NEVER = set(",[]{}")


def _plain_ok(text: str, *, flow: bool) -> bool:
    """Unquoted: one line, at least one letter or digit, and it reads back as this string.

    A text of punctuation only ("." or "—") is what clerks type into an empty cell;
    quotes make it visible.
    """
    if (
        not text
        or text[0] in _PLAIN_FIRST
        or text[-1] in " \t:"
        or "\n" in text
        or _UNSAFE.search(text)
        or not any(ch.isalnum() for ch in text)
        or any(bad in text for bad in _PLAIN_NEVER)
        or (flow and _FLOW_NEVER & set(text))
    ):
        return False
    return is_plain_string(text) and _resolver.resolve(ScalarNode, text, (True, False)) == _STR_TAG


def _block_ok(text: str) -> bool:
    """A `|-` block: no character YAML cannot show and no whitespace an editor would eat.

    Blank lines at the end of a text (a `|+` block) are the file's last lines when the
    text comes last, where editors drop them: such texts are quoted.
    """
    if _UNSAFE.search(text) or text.endswith("\n\n") or not text.strip("\n"):
        return False
    return not any(line.endswith((" ", "\t")) or line.startswith("\t") for line in text.split("\n"))


def same_data(a: Any, b: Any) -> bool:
    """Equal and of the same types all the way down (True is not 1, "1" is not 1)."""
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(same_data(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(same_data(x, y) for x, y in zip(a, b, strict=False))
    if isinstance(a, str) and isinstance(b, str):
        return str(a) == str(b)
    if type(a) is not type(b):
        return False
    if isinstance(a, float) and math.isnan(a):
        return math.isnan(b)
    return bool(a == b)


# Comments -----------------------------------------------------------------


def find_comments(text: str, loaded: Loaded) -> Comments:
    """The comments of `text` (as read into `loaded`) with the keys they belong to."""
    spans = _scalar_spans(text)
    starts = [s for s, _ in spans]
    nodes = _node_starts(loaded)
    positions = [pos for pos, _ in nodes]
    header: list[str] = []
    trailer: list[str] = []
    before: dict[PathKey, list[str]] = {}
    eol: dict[PathKey, str] = {}
    offset = 0
    for number, line in enumerate(text.split("\n")):
        col = _comment_column(line, offset, spans, starts)
        offset += len(line) + 1
        if col is None:
            continue
        comment = line[col:].rstrip()
        if line[:col].strip():
            at = bisect_right(positions, (number, col)) - 1
            if at >= 0:
                path = nodes[at][1]
                if path in eol:
                    before.setdefault(path, []).append(comment)
                else:
                    eol[path] = comment
                continue
        at = bisect_right(positions, (number, col))
        if at == 0 and nodes:
            header.append(comment)
        elif at >= len(nodes):
            trailer.append(comment)
        else:
            before.setdefault(nodes[at][1], []).append(comment)
    return Comments(tuple(header), {k: tuple(v) for k, v in before.items()}, eol, tuple(trailer))


def _node_starts(loaded: Loaded) -> list[tuple[tuple[int, int], PathKey]]:
    """Where every key (or list item) starts, in document order, parents first."""
    nodes = [((mark[0], mark[1]), path) for path, mark in loaded.marks.items()]
    nodes.sort(key=lambda node: (node[0], len(node[1])))
    return nodes


def _scalar_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of every scalar; a block scalar's header comment is left out."""
    spans: list[tuple[int, int]] = []
    for event in YAML(typ="safe", pure=False).parse(text):
        if type(event) is not ScalarEvent:
            continue
        start, end = event.start_mark.index, event.end_mark.index
        if event.style in ("|", ">"):
            header_end = text.find("\n", start)
            header = text[start : header_end if header_end >= 0 else len(text)]
            match = _BLOCK_HEADER_COMMENT.match(header)
            if match:
                spans.append((start, start + match.end() - 1))
                start = header_end if header_end >= 0 else len(text)
        spans.append((start, end))
    spans.sort()
    return spans


def _comment_column(line: str, offset: int, spans: Sequence[tuple[int, int]], starts: Sequence[int]) -> int | None:
    """The column of the "#" that starts a comment on this line, if any."""
    col = line.find("#")
    while col >= 0:
        if col == 0 or line[col - 1] in " \t":
            index = offset + col
            at = bisect_right(starts, index) - 1
            if at < 0 or not (spans[at][0] <= index < spans[at][1]):
                return col
        col = line.find("#", col + 1)
    return None


def _place_comments(body: str, loaded: Loaded, comments: Comments) -> str:
    lines = body[:-1].split("\n")
    above: dict[int, list[str]] = {}
    ends: dict[int, str] = {}
    for path in sorted(comments.before, key=len):
        line = _line_of(loaded, path)
        indent = " " * (len(lines[line]) - len(lines[line].lstrip(" ")))
        above.setdefault(line, []).extend(indent + c for c in comments.before[path])
    for path, comment in sorted(comments.eol.items(), key=lambda item: len(item[0])):
        line = _line_of(loaded, path)
        if line in ends:
            indent = " " * (len(lines[line]) - len(lines[line].lstrip(" ")))
            above.setdefault(line, []).append(indent + comment)
        else:
            ends[line] = comment
    out = list(comments.header)
    for number, text in enumerate(lines):
        out.extend(above.get(number, ()))
        out.append(text + _EOL_GAP + ends[number] if number in ends else text)
    out.extend(comments.trailer)
    return "\n".join(out) + "\n"


def _line_of(loaded: Loaded, path: PathKey) -> int:
    mark = loaded.marks.get(path)
    if mark is None:
        raise RenderError(f"no place for the comments of {path!r}")
    return mark[0]
