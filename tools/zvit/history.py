"""The history of one report, or of one measure in it, from git: who changed what, when.

One `git log -p -W` gives every commit's change in whole measures (measure_hunks):
only the measures a commit changed are read, before and after, and all of them in
a few documents; the first version is read in full from its diff.  Where the diff
is not enough (a change outside the measures, an unreadable version, a parent no
listed commit wrote, such as a merge's result), the two versions are read in full
from one `git cat-file --batch`, so the answer never depends on the shortcut.
Reading every version in full takes about four times as long (bench_history).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Iterable, Iterator, Literal, Mapping, Sequence

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
from zvit.measure_hunks import MEASURE_LINE, Frame, Split, added_file, advance, frame_of, read_statuses, split_hunks
from zvit.model import Status
from zvit.yamlfile import parse_yaml

Event = Literal["created", "edited", "deleted", "unreadable"]

_DELETED = "0" * 40
# Changed measures are read in batches of about this many bytes while git still writes.
_BATCH = 256 * 1024


@dataclass(frozen=True)
class _Whole:
    """A version read in full: its statuses (None: not readable as a report) and its frame."""

    statuses: dict[str, Status] | None
    frame: Frame | None


class _Versions:
    """Versions read in full, each once: from a created file's diff, or from one `git cat-file --batch`."""

    def __init__(self, root: str, path: str) -> None:
        self._root = root
        self._path = path
        self._reader: git.BlobReader | None = None
        self._read: dict[str, _Whole] = {}

    def whole(self, blob: str, content: bytes | None = None) -> _Whole:
        if blob not in self._read:
            if content is None:
                if self._reader is None:
                    self._reader = git.BlobReader(self._root)
                content = self._reader.read(blob)
            self._read[blob] = _parse_whole(content, self._path) if content is not None else _Whole(None, None)
        return self._read[blob]

    def close(self) -> None:
        if self._reader is not None:
            self._reader.close()


def _parse_whole(content: bytes, path: str) -> _Whole:
    loaded = parse_yaml(content, path)
    data = loaded.data if loaded.ok else None
    measures = data.get("measures") if isinstance(data, dict) else None
    if not isinstance(data, dict) or not isinstance(measures, (dict, type(None))):
        return _Whole(None, None)
    return _Whole({str(k): status_from_data(v) for k, v in (measures or {}).items()}, frame_of(content, loaded))


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
    walk = _Walk(root, path, measure, order, titles or {})
    try:
        patches = _this_file(walk.read(git.log_patches(root, path, rev, follow=True, funcname=MEASURE_LINE)))
        steps = list(walk.steps(patches))
    finally:
        walk.close()
    # The newest version with a submitted content; in a measure's history, the
    # entry that wrote the measure's text as it was then.
    marks: dict[int, str] = {}
    unmarked = dict(submitted or {})
    for index in range(len(patches) - 1, -1, -1):
        if patches[index].change.blob in unmarked:
            marks[index] = unmarked.pop(patches[index].change.blob)
    entries: list[tuple[int, HistoryEntry]] = []
    for index, (commit, event, changes) in enumerate(steps):
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


def _this_file(patches: list[git.Patch]) -> list[git.Patch]:
    """The versions oldest first, back to a rename but not into the file this one was copied from.

    `--follow` also follows copies: a quarter's report made from the previous
    quarter's file would take over that file's history.
    """
    for index, patch in enumerate(patches):
        if patch.change.status.startswith("C"):
            patches = patches[:index + 1]
            break
    return list(reversed(patches))


class _Walk:
    """Versions oldest first, each compared with its parent's version.

    While git writes the diffs (newest first), each is cut into measures and the
    changed measures are read and compared, in batches; the walk then only checks,
    version by version, that each cut matches where the measures lie.
    """

    def __init__(self, root: str, path: str, measure: str | None, order: Sequence[str],
                 titles: Mapping[str, str]) -> None:
        self.versions = _Versions(root, path)
        self.path = path
        self.measure = measure
        self.position = {mid: i for i, mid in enumerate(order)}
        self.titles = titles
        self.splits: dict[str, Split] = {}
        self.changes: dict[str, list[MeasureChange]] = {}
        self.statuses: dict[tuple[str, bytes], Status | None] = {}
        self.readable: dict[str, Frame | None] = {}  # versions that read, by blob, and where their measures lie

    def close(self) -> None:
        self.versions.close()

    def read(self, patches: Iterable[git.Patch]) -> list[git.Patch]:
        """All the patches, each cut and its changed measures compared as they arrive."""
        found: list[git.Patch] = []
        waiting: list[str] = []
        wanted: dict[tuple[str, bytes], None] = {}
        size = 0
        for patch in patches:
            found.append(patch)
            split = split_hunks(patch.diff) if patch.whole_functions and patch.diff else None
            if split is None:
                continue
            self.splits[patch.change.commit] = split
            waiting.append(patch.change.commit)
            for measure_id, old, new in split.changed:
                for lines in ((measure_id, old), (measure_id, new)):
                    if lines not in self.statuses and lines not in wanted:
                        wanted[lines] = None
                        size += len(lines[1])
            if size > _BATCH:
                self._compare(waiting, wanted)
                waiting, wanted, size = [], {}, 0
        self._compare(waiting, wanted)
        return found

    def _compare(self, commits: list[str], wanted: Iterable[tuple[str, bytes]]) -> None:
        self.statuses.update(read_statuses(wanted, self.path))
        for commit in commits:
            pairs = [(mid, self.statuses[(mid, old)], self.statuses[(mid, new)])
                     for mid, old, new in self.splits[commit].changed]
            if all(old is not None and new is not None for _, old, new in pairs):
                self.changes[commit] = self._changes(pairs, created=False)

    def steps(self, patches: list[git.Patch]) -> Iterator[tuple[git.Change, Event, list[MeasureChange]]]:
        """Each commit compared with its parent's version, as `git log -p` shows it; with the last
        readable version before it when the parent's cannot be read."""
        last: str | None = None  # the last readable version; None at first and after a deletion
        for patch in patches:
            event, changes, last = self._step(patch, last)
            yield patch.change, event, changes

    def _step(self, patch: git.Patch, last: str | None) -> tuple[Event, list[MeasureChange], str | None]:
        commit = patch.change
        if last is not None and commit.blob not in (_DELETED, patch.old_blob) and commit.commit in self.changes:
            frame = self.readable.get(patch.old_blob)
            moved = advance(frame, self.splits[commit.commit]) if frame is not None else None
            if moved is not None:
                self.readable[commit.blob] = moved
                return "edited", self.changes[commit.commit], commit.blob
        return self._whole_step(patch, last)

    def _whole_step(self, patch: git.Patch, last: str | None) -> tuple[Event, list[MeasureChange], str | None]:
        """The step read in full: the new version, and the version to compare it with."""
        blob = patch.change.blob
        if blob == _DELETED:
            return "deleted", [], None
        if last is not None and blob == patch.old_blob and blob in self.readable:
            return "edited", [], blob  # renamed, or only its mode changed
        current = self.versions.whole(blob, added_file(patch.diff) if last is None else None)
        if current.statuses is None:
            return "unreadable", [], last
        self.readable[blob] = current.frame
        if last is None:
            pairs = [(mid, None, status) for mid, status in current.statuses.items()]
            return "created", self._changes(pairs, created=True), blob
        previous = self.versions.whole(patch.old_blob if self._reads(patch.old_blob) else last).statuses or {}
        ids = dict.fromkeys([*current.statuses, *previous])
        pairs = [(mid, previous.get(mid), current.statuses.get(mid)) for mid in ids]
        return "edited", self._changes(pairs, created=False), blob

    def _reads(self, blob: str) -> bool:
        """Whether a version reads as a report; one not met yet (a merge's result) is read in full."""
        if blob in self.readable:
            return True
        if blob == _DELETED or self.versions.whole(blob).statuses is None:
            return False
        self.readable[blob] = self.versions.whole(blob).frame
        return True

    def _changes(self, pairs: Iterable[tuple[str, Status | None, Status | None]], *, created: bool
                 ) -> list[MeasureChange]:
        if self.measure is not None:
            pairs = [pair for pair in pairs if pair[0] == self.measure]
        changes = []
        for measure_id, old, new in sorted(pairs, key=lambda pair: self.position.get(pair[0], len(self.position))):
            if old == new and not created:
                continue
            change = compare_status(measure_id, self.titles.get(measure_id, ""), old, new, coarse=True)
            if change.kind != "unchanged":
                changes.append(change)
        return changes


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
    walk = _Walk(root, path, None, (), {})
    texts: list[tuple[Author, str, dict[str, str]]] = []
    try:
        patches = walk.read(git.log_patches(root, path, span, follow=False, funcname=MEASURE_LINE))
        for commit, event, changes in walk.steps(list(reversed(patches))):
            if event in ("created", "edited"):
                author = Author(commit.author, dt.datetime.fromtimestamp(commit.time, dt.timezone.utc), commit.commit)
                texts.append((author, event, {c.measure_id: status_text(c.new) for c in changes}))
    finally:
        walk.close()
    result: dict[str, Attribution] = {}
    for change in changed:
        steps: list[tuple[Author | None, str]] = []
        for author, event, new_texts in texts:
            if change.measure_id in new_texts or event == "created":
                steps.append((author, new_texts.get(change.measure_id, "")))
        steps.append((None, status_text(change.new)))
        result[change.measure_id] = trace_authors(status_text(change.old), steps, change)
    return result
