"""The history of one report, or of one measure in it, from git: who changed what, when.

One `git log -p -U0` gives every commit's changed lines, newest first; every
older version is rebuilt from the newer one by undoing them (measure_hunks), and
only the measures a commit changed are read.  Each commit is compared with its
parent's version as soon as the commit before it has come from git, and handed
on: a long history is never held, only the versions in hand.  Where the
shortcut is not sure to read as the whole file would (a change outside the
measures, a version that does not read, a version no listed commit wrote, such
as a merge's result), the two versions are read in full, so the answer never
depends on the shortcut.  Reading every version in full takes about four times
as long (bench_history).
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections import OrderedDict, deque
from collections.abc import Generator, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import NamedTuple, TypeVar

from zvit.check.compare import (
    Attribution,
    Author,
    MeasureChange,
    ReportDiff,
    compare_status,
    status_text,
    trace_authors,
)
from zvit.check.history_entries import Event, HistoryEntry
from zvit.check.measure_hunks import (
    Fragment,
    Frame,
    Lines,
    MeasureReader,
    Reading,
    changed_measures,
    frame_of,
    lines_of,
    older_frame,
    older_size,
    parse_hunks,
    undo,
    version_fits,
)
from zvit.load import git
from zvit.load.git_records import is_null_id
from zvit.load.yamlfile import MAX_NODES, parse_yaml
from zvit.model.build import status_from_data
from zvit.model.objects import Status

# Measures for the parser are read in batches of about this many bytes while git still writes.
_BATCH = 256 * 1024
# Versions kept in hand, as lines and as read in full; an older one is read from git again when asked.
_KEPT = 8
# What is known of the versions last met (frame, trust, whether it reads), for this many, however
# long the history.  One forgotten (after a run of broken versions longer than this) costs a
# reading in full: its commit is compared from the whole versions, to the same answer.
_KNOWN = 256


@dataclass(frozen=True)
class _Whole:
    """A version read in full: its statuses (None: not readable as a report), its frame, its YAML nodes."""

    statuses: dict[str, Status] | None
    frame: Frame | None
    nodes: int = 0


class _Versions:
    """The versions in hand, by blob id: their lines, rebuilt from a diff or read from one
    `git cat-file --batch`, and each read in full when asked."""

    def __init__(self, root: str, path: str) -> None:
        self._root = root
        self._path = path
        self._reader: git.BlobReader | None = None
        self._lines: OrderedDict[str, Lines | None] = OrderedDict()
        self._whole: OrderedDict[str, _Whole] = OrderedDict()

    def lines(self, blob: str) -> Lines | None:
        if is_null_id(blob):
            return []
        if blob not in self._lines:
            if self._reader is None:
                self._reader = git.BlobReader(self._root)
            content = self._reader.read(blob)
            _keep(self._lines, blob, lines_of(content) if content is not None else None, _KEPT)
        return self._lines[blob]

    def add(self, blob: str, lines: Lines) -> None:
        if blob not in self._lines:
            _keep(self._lines, blob, lines, _KEPT)

    def whole(self, blob: str) -> _Whole:
        if blob not in self._whole:
            lines = self.lines(blob)
            _keep(
                self._whole, blob, _parse_whole(lines, self._path) if lines is not None else _Whole(None, None), _KEPT
            )
        return self._whole[blob]

    def close(self) -> None:
        if self._reader is not None:
            self._reader.close()


_V = TypeVar("_V")


def _keep(kept: OrderedDict[str, _V], blob: str, value: _V, limit: int) -> None:
    kept[blob] = value
    if len(kept) > limit:
        kept.popitem(last=False)


def _parse_whole(lines: Lines, path: str) -> _Whole:
    loaded = parse_yaml(b"".join(lines), path)
    data = loaded.data if loaded.ok else None
    measures = data.get("measures") if isinstance(data, dict) else None
    if not isinstance(data, dict) or not isinstance(measures, (dict, type(None))):
        return _Whole(None, None)
    return _Whole(
        {str(k): status_from_data(v) for k, v in (measures or {}).items()}, frame_of(lines, loaded), loaded.nodes
    )


def history_entries(
    root: str,
    path: str,
    *,
    rev: str = "HEAD",
    measure: str | None = None,
    order: Sequence[str] = (),
    titles: Mapping[str, str] | None = None,
    submitted: Mapping[str, str] | None = None,
) -> Iterator[HistoryEntry]:
    """Every commit up to `rev` that changed the report at `path` (or one `measure` in it), newest
    first, each as soon as it is known.

    `order` and `titles` come from the programme (measures in its order, named);
    `submitted` maps a report blob to the submission tag naming it: the newest
    version with that content is marked (in a measure's history, the entry that
    wrote the measure's text as it was then).  Renames are followed.
    """
    walk = _Walk(root, path, measure, order, titles or {})
    unmarked = dict(submitted or {})
    tags: list[str] = []
    patches = _this_file(git.log_patches(root, path, rev, follow=True))
    found = walk.entries(patches)
    try:
        for patch, event, changes in found:
            if patch.change.blob in unmarked:
                tags.append(unmarked.pop(patch.change.blob))
            if measure is not None and event in ("created", "edited", "unreadable") and not changes:
                continue
            yield HistoryEntry(patch.change, event, tuple(changes), tuple(sorted(tags)))
            tags = []
    finally:
        found.close()
        patches.close()  # git stops before the blob reader does, whatever stopped the caller
        walk.close()


def _this_file(patches: Generator[git.Patch, None, None]) -> Generator[git.Patch, None, None]:
    """The versions newest first, back to a rename but not into the file this one was copied from.

    `--follow` also follows copies: a quarter's report made from the previous
    quarter's file would take over that file's history.
    """
    with contextlib.closing(patches):
        for patch in patches:
            yield patch
            if patch.change.status.startswith("C"):
                return


class _Wait(NamedTuple):
    """A measure's lines given to the parser, not read yet."""

    fragment: tuple[str, Fragment]


_Side = Reading | _Wait | None  # None: the lines do not read as that one measure


@dataclass
class _Measure:
    """One measure a commit changed: its old side and its new side, read or waiting for the parser."""

    measure_id: str
    before: _Side
    after: _Side

    def waits(self) -> bool:
        return isinstance(self.before, _Wait) or isinstance(self.after, _Wait)


@dataclass
class _Commit:
    """A commit's diff, read: the measures it changed, None when it was not cut."""

    patch: git.Patch
    cut: list[_Measure] | None
    waiting: bool  # whether a side of its cut waits for the parser: until the next `_Walk._parse`
    weighed: bool = False  # whether its cut was weighed for trust (`_Walk._trust`)
    usable: bool = False  # whether its cut stands for comparing the two versions in full


class _Unknown(Enum):
    """The answer of `_Walk._last` before git has written the commits it needs."""

    YET = "yet"


class _Walk:
    """Versions newest first, each compared with its parent's version.

    While git writes the diffs (newest first), each older version is rebuilt and
    the measures its commit changed are cut out and read.  A cut is used where
    the newer version reads as its frame says and the cut measures read too,
    which makes the older version such a version in turn.
    """

    def __init__(
        self, root: str, path: str, measure: str | None, order: Sequence[str], titles: Mapping[str, str]
    ) -> None:
        self.versions = _Versions(root, path)
        self.reader = MeasureReader(path)
        self.path = path
        self.measure = measure
        self.position = {mid: i for i, mid in enumerate(order)}
        self.titles = titles
        self.frames: OrderedDict[str, Frame | None] = OrderedDict()  # by blob: where its measures lie
        # Versions that read with their measures where their frame says: their YAML nodes.
        self.trusted: OrderedDict[str, int] = OrderedDict()
        self.size: tuple[str, int] | None = None  # the older version just rebuilt, and its size in bytes
        self.readable: OrderedDict[str, bool] = OrderedDict()  # versions read in full: whether they read as a report
        self._asked: dict[tuple[str, Fragment], None] = {}  # measures waiting for the parser
        self._asked_size = 0
        self._recent: dict[str, tuple[Fragment, _Side]] = {}  # by measure: its old side in the last commit to change it
        # How many versions after the window's head (positions 1 to n of the window `_ready` and
        # `_last` are given) are known not to read; the window shrinks only by its head.
        self._unreadable_after_head = 0

    def close(self) -> None:
        self.versions.close()

    def entries(
        self, patches: Iterable[git.Patch]
    ) -> Generator[tuple[git.Patch, Event, list[MeasureChange]], None, None]:
        """Each commit, newest first, with its event and the measures it changed, `git log -p` style."""
        window: deque[_Commit] = deque()  # read, not yet compared: the newest first
        for patch in patches:
            cut = self._read_cut(patch)
            window.append(_Commit(patch, cut, cut is not None and any(measure.waits() for measure in cut)))
            if self._asked_size > _BATCH or (window[0].waiting and len(window) > _KEPT):
                self._parse(window)  # a full batch, or a small one the oldest waiting commit needs
            yield from self._ready(window, done=False)
        self._parse(window)
        yield from self._ready(window, done=True)

    def _ready(self, window: deque[_Commit], *, done: bool) -> Iterator[tuple[git.Patch, Event, list[MeasureChange]]]:
        """The commits at the head of the window whose every side is read and whose older version is known."""
        while window and not window[0].waiting:
            head = window[0]
            if not head.weighed:
                self._trust(head)
            last = self._last(window, done=done)
            if last is _Unknown.YET:
                return
            window.popleft()
            self._unreadable_after_head = max(self._unreadable_after_head - 1, 0)  # the new head was the first of them
            event, changes = self._step(head, last)
            yield head.patch, event, changes

    def _last(self, window: deque[_Commit], *, done: bool) -> str | None | _Unknown:
        """The newest version before the window's head that reads, as `git log -p` would have shown it
        last: None when there is none or the file was deleted since; unknown until git says.

        The versions already found not to read are not asked about again, for this head or the
        next: a long run of broken versions is gone through once.
        """
        for index in range(1 + self._unreadable_after_head, len(window)):
            blob = window[index].patch.change.blob
            if is_null_id(blob):
                return None
            if self._reads(blob):
                return blob
            self._unreadable_after_head += 1
        return None if done else _Unknown.YET

    def _read_cut(self, patch: git.Patch) -> list[_Measure] | None:
        """The commit's cut, each measure's sides read or given to the parser.

        An older commit's new side is the old side of the last commit to change
        the measure: read once, the same lines.
        """
        cut = self._cut(patch)
        if cut is None:
            return None
        measures = []
        for measure_id, old, new in cut:
            recent = self._recent.get(measure_id)
            after = recent[1] if recent is not None and recent[0] == new else self._side(measure_id, new)
            before = self._side(measure_id, old)
            self._recent[measure_id] = (old, before)
            measures.append(_Measure(measure_id, before, after))
        return measures

    def _side(self, measure_id: str, lines: Fragment) -> _Side:
        reading = self.reader.quick(measure_id, lines)
        if reading is not None:
            return reading
        fragment = (measure_id, lines)
        if fragment not in self._asked:
            self._asked[fragment] = None
            self._asked_size += sum(map(len, lines))
        return _Wait(fragment)

    def _parse(self, window: deque[_Commit]) -> None:
        """The measures waiting read by the parser, and put in place."""
        if not self._asked:
            return
        found = self.reader.parse(self._asked)
        self._asked, self._asked_size = {}, 0
        for commit in window:
            commit.waiting = False
            for measure in commit.cut or ():
                if isinstance(measure.before, _Wait):
                    measure.before = found[measure.before.fragment]
                if isinstance(measure.after, _Wait):
                    measure.after = found[measure.after.fragment]
        for measure_id, (lines, side) in list(self._recent.items()):
            if isinstance(side, _Wait):
                self._recent[measure_id] = (lines, found[side.fragment])

    def _cut(self, patch: git.Patch) -> list[tuple[str, Fragment, Fragment]] | None:
        """The measures a commit changed, from its diff; the older version it rebuilds is kept."""
        change = patch.change
        if is_null_id(patch.old_blob) or patch.old_blob == change.blob:
            return None
        new_lines = self.versions.lines(change.blob)
        hunks = parse_hunks(patch.diff)
        if new_lines is None or hunks is None:
            return None
        old_lines = undo(new_lines, hunks)
        if old_lines is None:
            return None
        self.versions.add(patch.old_blob, old_lines)
        newer_size = self.size[1] if self.size is not None and self.size[0] == change.blob else sum(map(len, new_lines))
        size = older_size(newer_size, hunks)
        self.size = (patch.old_blob, size)
        if not version_fits(size):
            return None
        newer = self._frame(change.blob) if not is_null_id(change.blob) else None
        older = older_frame(newer, hunks) if newer is not None else None
        if older is None:
            return None
        if patch.old_blob not in self.frames:
            _keep(self.frames, patch.old_blob, older, _KNOWN)
        return changed_measures(newer, new_lines, older, old_lines, hunks)  # type: ignore[arg-type]

    def _frame(self, blob: str) -> Frame | None:
        frame = self.frames.get(blob)
        if frame is None:
            frame = self.versions.whole(blob).frame
            _keep(self.frames, blob, frame, _KNOWN)
        return frame

    def _trust(self, commit: _Commit) -> None:
        """Newest first: a cut stands where the newer version is trusted, every cut measure reads,
        and the older version stays within the reader's limit on nodes."""
        commit.weighed = True
        patch = commit.patch
        if commit.cut is None or not self._framed(patch.change.blob):
            return
        nodes = self.trusted[patch.change.blob]
        for measure in commit.cut:
            if not isinstance(measure.before, Reading) or not isinstance(measure.after, Reading):
                return
            nodes += measure.before.nodes - measure.after.nodes
        if nodes <= MAX_NODES:
            if patch.old_blob not in self.trusted:
                _keep(self.trusted, patch.old_blob, nodes, _KNOWN)
            commit.usable = True

    def _framed(self, blob: str) -> bool:
        """Whether a version reads as a report with its measures where its frame says."""
        if blob not in self.trusted:
            whole = self.versions.whole(blob)
            if whole.statuses is None or whole.frame is None or whole.frame != self.frames.get(blob):
                return False
            _keep(self.trusted, blob, whole.nodes, _KNOWN)
        return True

    def _step(self, commit: _Commit, last: str | None) -> tuple[Event, list[MeasureChange]]:
        """The commit compared with its parent's version; with the last readable version before it
        when the parent's cannot be read."""
        patch = commit.patch
        if last is not None and commit.usable:
            pairs = [(m.measure_id, _status(m.before), _status(m.after)) for m in commit.cut or ()]
            return "edited", self._changes(pairs, created=False)
        return self._whole_step(patch, last)

    def _whole_step(self, patch: git.Patch, last: str | None) -> tuple[Event, list[MeasureChange]]:
        """The step read in full: the new version, and the version to compare it with."""
        blob = patch.change.blob
        if is_null_id(blob):
            return "deleted", []
        if last is not None and blob == patch.old_blob and self._reads(blob):
            return "edited", []  # renamed, or only its mode changed
        current = self.versions.whole(blob)
        if current.statuses is None:
            return "unreadable", []
        if last is None:
            pairs: list[tuple[str, Status | None, Status | None]] = [
                (mid, None, status) for mid, status in current.statuses.items()
            ]
            return "created", self._changes(pairs, created=True)
        previous = self.versions.whole(patch.old_blob if self._reads(patch.old_blob) else last).statuses or {}
        ids = dict.fromkeys([*current.statuses, *previous])
        pairs = [(mid, previous.get(mid), current.statuses.get(mid)) for mid in ids]
        return "edited", self._changes(pairs, created=False)

    def _reads(self, blob: str) -> bool:
        """Whether a version reads as a report; one not met yet (a merge's result) is read in full,
        and the answer kept for the last `_KNOWN` versions."""
        if is_null_id(blob):
            return False
        if blob in self.trusted:
            return True
        readable = self.readable.get(blob)
        if readable is None:
            readable = self.versions.whole(blob).statuses is not None
            _keep(self.readable, blob, readable, _KNOWN)
        return readable

    def _changes(
        self, pairs: Iterable[tuple[str, Status | None, Status | None]], *, created: bool
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


def _status(side: _Side) -> Status:
    assert isinstance(side, Reading)  # a usable cut's measures all read
    return side.status


def attribute(root: str, path: str, diff: ReportDiff, *, since: str | None, until: str) -> dict[str, Attribution]:
    """Who made each word of `diff`, from the commits to `path` in `since..until`.

    The old side's text is replayed through every version of `path` along
    `until`'s first parents (oldest first; a merge brings its branch's words,
    signed by whoever merged) and then the diff's new text (the work tree, when
    that is the new side), so each inserted or deleted word gets the commit that
    made it; with `since` None every version of `path` counts (a quarter
    compared with the previous quarter's file: who wrote this quarter's text).
    When that line of versions does not start at `since`'s (it lies on another
    branch), a replay would name the wrong people: the words are then signed by
    the newest commit that changed `path`.
    """
    changed = [c for c in diff.changes if c.kind != "unchanged"]
    if not changed:
        return {}
    span = f"{since}..{until}" if since else until
    walk = _Walk(root, path, None, (), {})
    texts: list[tuple[Author, Event, dict[str, str]]] = []
    try:
        walked = list(walk.entries(git.log_patches(root, path, span, follow=False, first_parent=True)))
        patches = [patch for patch, _, _ in walked]
        start = _existing(patches[-1].old_blob) if patches else _blob_at(root, until, path)
        if start != _blob_at(root, since, path):
            with contextlib.closing(git.log_patches(root, path, until, follow=False)) as found:
                newest = patches[0] if patches else next(found, None)
            if newest is not None:
                statuses = walk.versions.whole(newest.change.blob).statuses or {}
                texts.append(
                    (_author(newest.change), "created", {mid: status_text(status) for mid, status in statuses.items()})
                )
        else:
            for patch, event, changes in reversed(walked):
                if event in ("created", "edited"):
                    texts.append((_author(patch.change), event, {c.measure_id: status_text(c.new) for c in changes}))
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


def _author(commit: git.Change) -> Author:
    return Author(commit.author, dt.datetime.fromtimestamp(commit.time, dt.UTC), commit.commit)


def _existing(blob: str) -> str | None:
    """A blob id, or None for git's null id (no such file)."""
    return None if is_null_id(blob) else blob


def _blob_at(root: str, rev: str | None, path: str) -> str | None:
    """The blob of `path` at `rev`; None with no `rev`, or where `rev` has no such file."""
    if rev is None:
        return None
    return git.object_ids(root, [f"{rev}:{path}"]).get(f"{rev}:{path}")
