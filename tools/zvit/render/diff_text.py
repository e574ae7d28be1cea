"""Measure-level changes and histories as words: for a terminal, for Markdown, for JSON.

Objects in, text out: nothing here reads files or runs git.  A status is shown
paragraph by paragraph, only the paragraphs that changed, with deletions and
insertions marked in the line ("[-старе-]{+нове+}" as `git diff --word-diff`
writes them, or in colour on a terminal); a removed or added paragraph break
shows as "¶".
"""

from __future__ import annotations

import functools
import io
import json
import re
from collections.abc import Mapping, Sequence
from typing import Any, TextIO

from zvit.check.compare import MeasureChange, Op, Piece, ReportDiff, Side
from zvit.check.history_entries import History, HistoryEntry
from zvit.core import times
from zvit.core.messages import text, visible
from zvit.core.text import ELLIPSIS, one_line, shorten
from zvit.model.objects import Status

PILCROW = "¶"
# Changes that write or remove a whole text: shown paragraph by paragraph.
_WHOLE = ("filled", "carried-over", "emptied", "added", "removed")
CONTEXT_WORDS = 8
TITLE_WIDTH = 60
_RED, _GREEN, _BOLD, _DIM, _RESET = "\x1b[31m", "\x1b[32m", "\x1b[1m", "\x1b[2m", "\x1b[m"
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]#|~])")


# Lines of one change ------------------------------------------------------

# A kept, deleted or inserted run of text: `Piece` without its author, as a plain pair.
Run = tuple[Op, str]


def _lines(runs: list[Run]) -> list[list[Run]]:
    """The paragraphs with an insertion or deletion in them, as the text reads with both sides shown.

    A paragraph all kept is left out as it is found: nothing shows it, and a long
    text kept whole would be split into all its paragraphs at every version of a
    history.  A run that needs no change is passed on as it is.
    """
    lines: list[list[Run]] = []
    line: list[Run] = []
    changed = False
    for run in runs:
        op, words = run
        if op != "equal":
            line.append((op, words.replace("\n", PILCROW)) if "\n" in words else run)
            changed = True
            continue
        first = words.find("\n")
        if first < 0:
            if words:
                line.append(run)
            continue
        if changed:
            if first:
                line.append(("equal", words[:first]))
            lines.append(line)
        last = words.rfind("\n") + 1
        line = [("equal", words[last:])] if last < len(words) else []
        changed = False
    if changed:
        lines.append(line)
    return lines


def changed_lines(change: MeasureChange, context: int = CONTEXT_WORDS) -> list[list[Piece]]:
    """The paragraphs with an insertion or deletion in them, kept text cut to `context` words around."""
    return [[Piece(op, words) for op, words in line] for line in _changed_runs(change, context)]


def _changed_runs(change: MeasureChange, context: int) -> list[list[Run]]:
    """`changed_lines` as plain runs, as the text and Markdown writers take them."""
    return [_trimmed_line(line, context) for line in _paragraphs(change)]


def _paragraphs(change: MeasureChange) -> list[list[Run]]:
    """The changed paragraphs as plain runs, kept text whole."""
    if change.kind in _WHOLE:
        op: Op = "insert" if change.kind in ("filled", "carried-over", "added") else "delete"
        whole = "".join(change.new_tokens if op == "insert" else change.old_tokens)
        return [[(op, paragraph)] for paragraph in whole.split("\n") if paragraph.strip()]
    return _lines(change.runs())


def _trimmed_line(line: list[Run], context: int) -> list[Run]:
    """A changed paragraph from `_lines` with its kept text cut (`_trimmed`), in place: the list is its own."""
    last = len(line) - 1
    for index, (op, kept) in enumerate(line):
        if op == "equal":
            line[index] = ("equal", _trimmed(kept, index == 0, index == last, context))
    return line


def _trimmed(text: str, first: bool, last: bool, context: int) -> str:
    """Kept text longer than the context: the words next to the changes only, "…" for the rest."""
    if first and last:
        return text
    if first:
        cut = _tail_start(text, context)
        return f"{ELLIPSIS} {text[cut:]}" if cut > 0 else text
    if last:
        cut = _head_end(text, context)
        return f"{text[:cut]} {ELLIPSIS}" if cut < len(text.rstrip(" ")) else text
    head, tail = _head_end(text, context), _tail_start(text, context)
    return f"{text[:head]} {ELLIPSIS} {text[tail:]}" if head < tail - 1 else text


def _head_end(text: str, words: int) -> int:
    """Where the first `words` words (split at spaces) end: at the space after them, or the text's end.

    Every space ends a word (two in a row make an empty one); `str.split` with a
    limit counts them at C speed, and its last part is what follows the last space counted.
    """
    from_first_word = text.lstrip(" ")
    if words == 0:
        return len(text) - len(from_first_word)  # no words: where the first one starts
    parts = from_first_word.split(" ", words)
    return len(text) - len(parts[-1]) - 1 if len(parts) > words else len(text)


def _tail_start(text: str, words: int) -> int:
    """Where the last `words` words (split at spaces) start: after the space before them, or 0.

    As in `_head_end`, with `str.rsplit`: its first part is what comes before the last space counted.
    """
    parts = text.rstrip(" ").rsplit(" ", words)
    return len(parts[0]) + 1 if len(parts) > words else 0


def _plain(line: list[Run], colour: bool) -> str:
    out = []
    for op, words in line:
        if op == "equal":
            out.append(words)
        elif colour:
            out.append((_RED if op == "delete" else _GREEN) + words + _RESET)
        else:
            out.append(f"[-{words}-]" if op == "delete" else f"{{+{words}+}}")
    return "".join(out)


@functools.lru_cache(maxsize=512)
def _short(title: str) -> str:
    return shorten(one_line(title), TITLE_WIDTH, trim=" ")


@functools.lru_cache(maxsize=1024)
def _heading(measure_id: str, kind: str, title: str, lang: str) -> str:
    """ "I.14 змінено — Назва заходу": a history repeats the same few at every version, so each is made once."""
    heading = f"{measure_id} {text(f'diff.kind.{kind}', lang)}"
    return f"{heading} — {_short(title)}" if title else heading


def _state_line(change: MeasureChange, lang: str) -> str | None:
    if not change.state_changed:
        return None
    none = text("diff.no-state", lang)
    old = _state_words(change.old, none)
    new = _state_words(change.new, none)
    return text("diff.state", lang, {"old": old, "new": new})


def _state_words(status: Status | None, none: str) -> str:
    """ "виконано", or with the register's actual date: "виконано, 2023-11-30"."""
    if status is None:
        return none
    state = status.state or none
    return f"{state}, {status.done}" if status.done else state


def _counts(diff: ReportDiff, lang: str) -> str:
    counts = diff.counts()
    parts = [text(f"diff.count.{kind}", lang, {"n": n}) for kind, n in counts.items() if n]
    if not any(n for kind, n in counts.items() if kind != "unchanged"):
        return text("diff.no-changes", lang, {"unchanged": counts["unchanged"]})
    return ", ".join(parts)


# Terminal text ------------------------------------------------------------


def write_change(change: MeasureChange, out: TextIO, lang: str, *, colour: bool, indent: str = "") -> None:
    heading = _heading(change.measure_id, change.kind, change.title, lang)
    out.write(indent + (_BOLD + heading + _RESET if colour else heading) + "\n")
    state = _state_line(change, lang)
    if state is not None:
        out.write(f"{indent}    {state}\n")
    for line in _changed_runs(change, CONTEXT_WORDS):
        out.write(f"{indent}    {_plain(line, colour)}\n")


def write_diff_text(
    diff: ReportDiff, old: Side, new: Side, out: TextIO, lang: str, *, colour: bool = False, show_all: bool = False
) -> None:
    out.write(text("diff.header", lang, {"unit": diff.unit, "old": old.label(lang), "new": new.label(lang)}) + "\n")
    out.write(_counts(diff, lang) + "\n")
    for change in diff.visible(show_all):
        out.write("\n")
        write_change(change, out, lang, colour=colour)


def write_history_text(history: History, out: TextIO, lang: str, *, colour: bool = False) -> None:
    """The entries as they come (a long history is never held whole), then the header that counts them first."""
    body = io.StringIO()
    count = 0
    only: HistoryEntry | None = None
    for entry in history.entries:
        count += 1
        only = entry if count == 1 else None
        body.write("\n")
        _write_entry(entry, history, body, lang, colour)
    if history.measure is None:
        out.write(text("history.header", lang, {"path": history.path, "n": count}) + "\n")
    else:
        out.write(
            text("history.measure-header", lang, {"path": history.path, "measure": history.measure, "n": count}) + "\n"
        )
        if not count:
            out.write(text("history.measure-never-filled", lang, {"measure": history.measure}) + "\n")
        elif only is not None and only.event == "created":
            out.write(
                text(
                    "history.measure-unchanged",
                    lang,
                    {
                        "measure": history.measure,
                        "commit": only.commit.commit[:8],
                        "date": _when(only),
                        "author": only.commit.author,
                    },
                )
                + "\n"
            )
    out.write(body.getvalue())


def _when(entry: HistoryEntry) -> str:
    return times.for_people(entry.commit.time)


def _write_entry(entry: HistoryEntry, history: History, out: TextIO, lang: str, colour: bool) -> None:
    commit = entry.commit
    head = f"{commit.commit[:8]}  {_when(entry)}  {visible(commit.author)}  {visible(commit.subject)}"
    if entry.tags:
        head += "  (" + text("diff.submitted", lang, {"tag": ", ".join(entry.tags)}) + ")"
    out.write((_DIM + head + _RESET if colour else head) + "\n")
    if commit.path != history.path:
        out.write("  " + text("history.path", lang, {"path": commit.path}) + "\n")
    if entry.event == "created" and history.measure is None:
        out.write("  " + text("history.created", lang, {"n": len(entry.changes)}) + "\n")
        return
    if entry.event in ("deleted", "unreadable"):
        out.write("  " + text(f"history.{entry.event}", lang) + "\n")
        return
    if not entry.changes:
        out.write("  " + text("history.no-measure-changes", lang) + "\n")
    for change in entry.changes:
        write_change(change, out, lang, colour=colour, indent="  ")


# Markdown (the CI job summary) ---------------------------------------------


def _md(value: str) -> str:
    import html  # here, not at the top: only Markdown needs it, and `zvit history` loads this module

    return _MARKDOWN_SPECIAL.sub(r"\\\1", html.escape(value, quote=False))


def markdown_inline(value: str) -> str:
    """Text from files or git (a path, an error) as one line of Markdown that shows it and does nothing else."""
    return _md(" ".join(value.splitlines()))


def _markdown_line(line: list[Run]) -> str:
    out = []
    for op, words in line:
        if op == "equal":
            out.append(_md(words))
        else:
            tag = "del" if op == "delete" else "ins"
            out.append(f"<{tag}>{_md(words)}</{tag}>")
    return "".join(out)


def write_diff_markdown(
    diff: ReportDiff, old: Side, new: Side, out: TextIO, lang: str, *, show_all: bool = False
) -> None:
    out.write(f"### {markdown_inline(new.path)}\n\n")
    out.write(
        _md(text("diff.header", lang, {"unit": diff.unit, "old": old.label(lang), "new": new.label(lang)})) + "\n\n"
    )
    out.write(_md(_counts(diff, lang)) + "\n")
    for change in diff.visible(show_all):
        out.write(f"\n#### {change.measure_id} — {_md(text(f'diff.kind.{change.kind}', lang))}\n\n")
        if change.title:
            out.write(f"*{_md(_short(change.title))}*\n\n")
        state = _state_line(change, lang)
        if state is not None:
            out.write(f"{_md(state)}\n\n")
        for line in _changed_runs(change, CONTEXT_WORDS):
            out.write(f"> {_markdown_line(line)}\n\n")


# JSON -----------------------------------------------------------------------


def change_data(change: MeasureChange) -> dict[str, Any]:
    def status(side: Any) -> dict[str, Any] | None:
        return None if side is None else {"text": side.text, "state": side.state}

    return {
        "id": change.measure_id,
        "title": change.title,
        "change": change.kind,
        "old": status(change.old),
        "new": status(change.new),
        "words": [{"op": p.op, "text": p.text} for p in change.pieces()],
    }


def diff_data(diff: ReportDiff, old: Side, new: Side, *, show_all: bool = False) -> dict[str, Any]:
    def side(s: Side) -> dict[str, Any]:
        return {"path": s.path, "rev": s.rev, "submitted": s.tag}

    return {
        "unit": diff.unit,
        "old": side(old),
        "new": side(new),
        "counts": diff.counts(),
        "measures": [change_data(c) for c in diff.visible(show_all)],
    }


def history_data(history: History) -> dict[str, Any]:
    return {"path": history.path, "measure": history.measure, "entries": [_entry_data(e) for e in history.entries]}


def write_history_json(history: History, out: TextIO, extra: Mapping[str, Any]) -> None:
    """`history_data` and `extra` as `json.dump(..., indent=2)` writes them, each entry written as it comes."""

    out.write(f'{{\n  "path": {_json(history.path)},\n  "measure": {_json(history.measure)},\n  "entries": [')
    first = True
    for entry in history.entries:
        # json.dumps writes a raw line break only between items; textwrap would also split at U+2028.
        out.write(("\n" if first else ",\n") + "    " + _json(_entry_data(entry), indent=2).replace("\n", "\n    "))
        first = False
    out.write("]" if first else "\n  ]")
    for key, value in extra.items():
        out.write(f",\n  {_json(key)}: " + _json(value, indent=2).replace("\n", "\n  "))
    out.write("\n}\n")


def _json(value: Any, indent: int | None = None) -> str:
    return json.dumps(value, ensure_ascii=False, indent=indent)


def _entry_data(e: HistoryEntry) -> dict[str, Any]:
    return {
        "commit": e.commit.commit,
        "author": e.commit.author,
        "email": e.commit.email,
        "date": times.for_json(e.commit.time),
        "subject": e.commit.subject,
        "path": e.commit.path,
        "event": e.event,
        "submitted": list(e.tags),
        "measures": [change_data(c) for c in e.changes],
    }


# What `git diff` shows for a report (textconv) -------------------------------

LABEL_SEPARATOR = " │ "


def report_text(fields: Sequence[tuple[str, str]], statuses: Mapping[str, Status], lang: str = "uk") -> str:
    """A report as lines `git diff` compares well: every status paragraph labelled with its measure.

    The label on every line names the measure in each changed line and in the
    hunk header (`xfuncname`); one paragraph per line lets `--word-diff` work.
    The state and the carried-over mark get lines of their own, so removing either shows.
    """
    lines = [f"{key}: {value}" for key, value in fields]
    lines.append("")
    carried = f"[{text('diff.carried-over-mark', lang)}]"
    for measure_id, status in statuses.items():
        if status.state:
            lines.append(f"{measure_id}{LABEL_SEPARATOR}[{status.state}]")
        if status.carried_over:
            lines.append(f"{measure_id}{LABEL_SEPARATOR}{carried}")
        for paragraph in status.text.split("\n"):
            lines.append(f"{measure_id}{LABEL_SEPARATOR}{paragraph}".rstrip(" "))
    return "\n".join(lines) + "\n"
