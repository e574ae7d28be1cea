"""The history of one report, or of one measure in it, from git: who changed what, when.

One `git log` lists the versions and one `git cat-file --batch` reads them; a
process per version is five times slower.  Parsing, not git, is what costs
(performance.md), so a version is not parsed as a whole: `report_lines` cuts
the `measures:` block into each measure's lines; a measure whose lines are the
same in two versions is unchanged without being read, and only lines that
differ are read (cached by content).  A file the cutter is unsure of is parsed
in full, so the answer never depends on the shortcut.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Iterable, Literal, Mapping, Sequence

from zvit import git
from zvit.build import status_from_data
from zvit.compare import (
    Attribution,
    Author,
    MeasureChange,
    ReportDiff,
    compare_status,
    status_text,
    trace_authors,
)
from zvit.model import Status
from zvit.report_lines import Layout, chunk_text, cut, recut
from zvit.yamlfile import parse_yaml

Event = Literal["created", "edited", "deleted", "unreadable"]

_DELETED = "0" * 40


@dataclass
class Version:
    """One version of the report: where its measures lie, or its statuses parsed in full."""

    layout: Layout | None
    statuses: dict[str, Status] | None = None
    readable: bool = True

    def ids(self) -> list[str]:
        return self.layout.ids() if self.layout is not None else list(self.statuses or {})


class VersionReader:
    """Every version's bytes from one `git cat-file --batch`; each distinct text read once."""

    def __init__(self, root: str, path: str, blobs: Iterable[str]) -> None:
        self._path = path
        wanted = [b for b in dict.fromkeys(blobs) if b != _DELETED]
        self._contents = git.read_objects(root, wanted) if wanted else {}
        self._chunk_statuses: dict[bytes, Status | None] = {}

    def version(self, blob: str, previous: Version | None) -> tuple[Version, list[str] | None]:
        """The version stored as `blob`, and the measures it may have changed (None: any)."""
        found = self._contents.get(blob)
        if found is None or found[0] != "blob":
            return Version(None, {}, readable=False), None
        content = found[1]
        if previous is not None and previous.layout is not None:
            layout, touched = recut(previous.layout, content)
            if layout is not None:
                return Version(layout), touched
        layout = cut(content)
        if layout is not None:
            return Version(layout), None
        return self._parse_whole(content), None

    def _parse_whole(self, content: bytes) -> Version:
        """The slow, sure way: the whole file through the YAML reader."""
        loaded = parse_yaml(content, self._path)
        data = loaded.data if loaded.ok else None
        measures = data.get("measures") if isinstance(data, dict) else None
        if not isinstance(data, dict) or not isinstance(measures, (dict, type(None))):
            return Version(None, {}, readable=False)
        return Version(None, {str(k): status_from_data(v) for k, v in (measures or {}).items()})

    def status(self, version: Version, measure_id: str) -> Status | None:
        if version.layout is not None:
            chunk = version.layout.chunk(measure_id)
            if chunk is None:
                return None
            status = self._chunk_status(chunk)
            if status is not None:
                return status
            whole = self._parse_whole(version.layout.content)
            version.layout, version.statuses, version.readable = None, whole.statuses, whole.readable
        return (version.statuses or {}).get(measure_id)

    def _chunk_status(self, chunk: bytes) -> Status | None:
        """The status in one measure's lines: read off them when plain, else parsed."""
        if chunk not in self._chunk_statuses:
            text = chunk_text(chunk)
            if text is not None:
                self._chunk_statuses[chunk] = Status(text)
                return self._chunk_statuses[chunk]
            loaded = parse_yaml(b"measures:\n" + chunk, self._path)
            measures = loaded.data.get("measures") if loaded.ok and isinstance(loaded.data, dict) else None
            value = next(iter(measures.values())) if isinstance(measures, dict) and len(measures) == 1 else None
            self._chunk_statuses[chunk] = status_from_data(value) if isinstance(measures, dict) else None
        return self._chunk_statuses[chunk]

    def same_lines(self, old: Version, new: Version, measure_id: str) -> bool:
        """Equal without reading: both versions have the same lines for the measure."""
        return (old.layout is not None and new.layout is not None
                and old.layout.chunk(measure_id) == new.layout.chunk(measure_id))


@dataclass(frozen=True)
class HistoryEntry:
    """One commit that touched the report, and the measures it changed."""

    commit: git.Change
    event: Event
    changes: tuple[MeasureChange, ...]
    tags: tuple[str, ...] = ()

    @property
    def when(self) -> dt.datetime:
        return dt.datetime.fromtimestamp(self.commit.time)


@dataclass(frozen=True)
class History:
    path: str
    measure: str | None
    entries: tuple[HistoryEntry, ...]  # newest first


def report_history(root: str, path: str, *, rev: str = "HEAD", measure: str | None = None,
                   order: Sequence[str] = (), titles: Mapping[str, str] | None = None,
                   submitted: Mapping[str, str] | None = None) -> History:
    """Every commit up to `rev` that changed the report at `path` (or one `measure` in it).

    `order` and `titles` come from the programme (measures in its order, named);
    `submitted` maps a report blob to the submission tag naming it: the newest
    version with that content is marked.  Renames are followed.
    """
    versions = _this_file(git.log_path(root, [path], rev, follow=True))
    walk = _Walk(VersionReader(root, path, [v.blob for v in versions]), measure, order, titles or {})
    # The newest version with a submitted content; in a measure's history, the
    # entry that wrote the measure's text as it was then.
    marks: dict[int, str] = {}
    unmarked = dict(submitted or {})
    for index in range(len(versions) - 1, -1, -1):
        if versions[index].blob in unmarked:
            marks[index] = unmarked.pop(versions[index].blob)
    entries: list[tuple[int, HistoryEntry]] = []
    for index, commit in enumerate(versions):
        event, changes = walk.step(commit)
        if measure is not None and event in ("created", "edited", "unreadable") and not changes:
            continue
        entries.append((index, HistoryEntry(commit, event, tuple(changes))))
    tagged: dict[int, list[str]] = {}
    for index, tag in marks.items():
        shown = [position for position, (i, _) in enumerate(entries) if i <= index]
        if shown:
            tagged.setdefault(shown[-1], []).append(tag)
    return History(path, measure, tuple(
        replace(entry, tags=tuple(sorted(tagged.get(position, ()))))
        for position, (_, entry) in reversed(list(enumerate(entries)))))


def _this_file(changes: list[git.Change]) -> list[git.Change]:
    """The versions oldest first, back to a rename but not into the file this one was copied from.

    `--follow` also follows copies: a quarter's report made from the previous
    quarter's file would take over that file's history.
    """
    for index, change in enumerate(changes):
        if change.status.startswith("C"):
            changes = changes[:index + 1]
            break
    return list(reversed(changes))


class _Walk:
    """Versions oldest first, each compared with the last readable one before it."""

    def __init__(self, reader: VersionReader, measure: str | None, order: Sequence[str],
                 titles: Mapping[str, str]) -> None:
        self.reader = reader
        self.measure = measure
        self.position = {mid: i for i, mid in enumerate(order)}
        self.titles = titles
        self.previous: Version | None = None

    def step(self, commit: git.Change) -> tuple[Event, list[MeasureChange]]:
        if commit.blob == _DELETED:
            self.previous = None
            return "deleted", []
        previous = self.previous
        current, touched = self.reader.version(commit.blob, previous)
        if previous is None:
            candidates = current.ids()
        elif touched is None:
            candidates = list(dict.fromkeys([*current.ids(), *previous.ids()]))
        else:
            candidates = touched
        if self.measure is not None:
            candidates = [self.measure] if self.measure in candidates else []
        changes = []
        for measure_id in sorted(candidates, key=lambda mid: self.position.get(mid, len(self.position))):
            if previous is not None and touched is None and self.reader.same_lines(previous, current, measure_id):
                continue
            old = self.reader.status(previous, measure_id) if previous is not None else None
            new = self.reader.status(current, measure_id)
            if old == new and previous is not None:
                continue
            change = compare_status(measure_id, self.titles.get(measure_id, ""), old, new, coarse=True)
            if change.kind != "unchanged":
                changes.append(change)
        if not current.readable:
            return "unreadable", []
        self.previous = current
        return ("created" if previous is None else "edited"), changes


def attribute(root: str, path: str, diff: ReportDiff, *, since: str | None, until: str) -> dict[str, Attribution]:
    """Who made each word of `diff`, from the commits to `path` in `since..until`.

    The old side's text is replayed through every version of `path` (oldest
    first) and then the diff's new text (the work tree, when that is the new
    side), so each inserted or deleted word gets the commit that made it;
    with `since` None every version of `path` counts (a quarter compared with
    the previous quarter's file: who wrote this quarter's text).
    """
    changed = [c for c in diff.changes if c.kind != "unchanged"]
    if not changed:
        return {}
    span = f"{since}..{until}" if since else until
    versions = list(reversed(git.log_path(root, [path], span)))
    result: dict[str, Attribution] = {}
    reader = VersionReader(root, path, [v.blob for v in versions])
    readable: list[tuple[git.Change, Version]] = []
    previous: Version | None = None
    for commit in versions:
        if commit.blob == _DELETED:
            previous = None
            continue
        current, _ = reader.version(commit.blob, previous)
        if current.readable:
            readable.append((commit, current))
            previous = current
    for change in changed:
        steps: list[tuple[Author | None, str]] = []
        for commit, version in readable:
            author = Author(commit.author, dt.datetime.fromtimestamp(commit.time, dt.timezone.utc), commit.commit)
            steps.append((author, status_text(reader.status(version, change.measure_id))))
        steps.append((None, status_text(change.new)))
        result[change.measure_id] = trace_authors(status_text(change.old), steps, change)
    return result
