"""The history of one report, or of one measure in it, from git: who changed what, when.

One `git log -p -U0` gives every commit's changed lines, newest first; every
older version is rebuilt from the newer one by undoing them (measure_hunks), and
only the measures a commit changed are read, all of them in a few documents.
Where that is not sure to read as the whole file would (a change outside the
measures, a version that does not read, a version no listed commit wrote, such
as a merge's result), the two versions are read in full, so the answer never
depends on the shortcut.  Reading every version in full takes about four times
as long (bench_history).
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace

from zvit.check.compare import (
    Attribution,
    Author,
    MeasureChange,
    ReportDiff,
    compare_status,
    status_text,
    trace_authors,
)
from zvit.check.history_entries import Event, History, HistoryEntry
from zvit.check.measure_hunks import (
    Frame,
    Lines,
    Reading,
    changed_measures,
    frame_of,
    lines_of,
    older_frame,
    parse_hunks,
    read_statuses,
    undo,
    version_fits,
)
from zvit.load import git
from zvit.load.git_records import is_null_id
from zvit.load.yamlfile import MAX_NODES, parse_yaml
from zvit.model.build import status_from_data
from zvit.model.objects import Status

# Changed measures are read in batches of about this many bytes while git still writes.
_BATCH = 256 * 1024


@dataclass(frozen=True)
class _Whole:
    """A version read in full: its statuses (None: not readable as a report), its frame, its YAML nodes."""

    statuses: dict[str, Status] | None
    frame: Frame | None
    nodes: int = 0


class _Versions:
    """The versions met, by blob id: their lines, rebuilt from a diff or read from one `git cat-file --batch`,
    and each read in full when asked, once."""

    def __init__(self, root: str, path: str) -> None:
        self._root = root
        self._path = path
        self._reader: git.BlobReader | None = None
        self._lines: dict[str, Lines | None] = {}
        self._whole: dict[str, _Whole] = {}

    def lines(self, blob: str) -> Lines | None:
        if is_null_id(blob):
            return []
        if blob not in self._lines:
            if self._reader is None:
                self._reader = git.BlobReader(self._root)
            content = self._reader.read(blob)
            self._lines[blob] = lines_of(content) if content is not None else None
        return self._lines[blob]

    def add(self, blob: str, lines: Lines) -> None:
        self._lines.setdefault(blob, lines)

    def whole(self, blob: str) -> _Whole:
        if blob not in self._whole:
            lines = self.lines(blob)
            self._whole[blob] = _parse_whole(lines, self._path) if lines is not None else _Whole(None, None)
        return self._whole[blob]

    def close(self) -> None:
        if self._reader is not None:
            self._reader.close()


def _parse_whole(lines: Lines, path: str) -> _Whole:
    loaded = parse_yaml(b"".join(lines), path)
    data = loaded.data if loaded.ok else None
    measures = data.get("measures") if isinstance(data, dict) else None
    if not isinstance(data, dict) or not isinstance(measures, (dict, type(None))):
        return _Whole(None, None)
    return _Whole(
        {str(k): status_from_data(v) for k, v in (measures or {}).items()}, frame_of(lines, loaded), loaded.nodes
    )


def report_history(
    root: str,
    path: str,
    *,
    rev: str = "HEAD",
    measure: str | None = None,
    order: Sequence[str] = (),
    titles: Mapping[str, str] | None = None,
    submitted: Mapping[str, str] | None = None,
) -> History:
    """Every commit up to `rev` that changed the report at `path` (or one `measure` in it).

    `order` and `titles` come from the programme (measures in its order, named);
    `submitted` maps a report blob to the submission tag naming it: the newest
    version with that content is marked.  Renames are followed.
    """
    walk = _Walk(root, path, measure, order, titles or {})
    try:
        patches = _this_file(walk.read(git.log_patches(root, path, rev, follow=True)))
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
    return History(
        path,
        measure,
        tuple(
            replace(entry, tags=tuple(sorted(tagged.get(position, ()))))
            for position, (_, entry) in reversed(list(enumerate(entries)))
        ),
    )


def _status(reading: Reading | None) -> Status:
    assert reading is not None  # a usable cut's measures all read
    return reading.status


def _this_file(patches: list[git.Patch]) -> list[git.Patch]:
    """The versions oldest first, back to a rename but not into the file this one was copied from.

    `--follow` also follows copies: a quarter's report made from the previous
    quarter's file would take over that file's history.
    """
    for index, patch in enumerate(patches):
        if patch.change.status.startswith("C"):
            patches = patches[: index + 1]
            break
    return list(reversed(patches))


class _Walk:
    """Versions oldest first, each compared with its parent's version.

    While git writes the diffs (newest first), each older version is rebuilt and
    the measures its commit changed are cut out and read, in batches.  A cut is
    then used where the newer version reads as its frame says and the cut
    measures read too, which makes the older version such a version in turn.
    """

    def __init__(
        self, root: str, path: str, measure: str | None, order: Sequence[str], titles: Mapping[str, str]
    ) -> None:
        self.versions = _Versions(root, path)
        self.path = path
        self.measure = measure
        self.position = {mid: i for i, mid in enumerate(order)}
        self.titles = titles
        self.frames: dict[str, Frame | None] = {}  # by blob: where its measures lie, carried or read in full
        self.cuts: dict[str, list[tuple[str, Reading | None, Reading | None]]] = {}  # by commit: id, old, new
        self.trusted: dict[str, int] = {}  # versions that read with their measures where their frame says: YAML nodes
        self.usable: set[str] = set()  # commits whose cut stands for comparing the two versions in full

    def close(self) -> None:
        self.versions.close()

    def read(self, patches: Iterable[git.Patch]) -> list[git.Patch]:
        """All the patches, newest first, each cut and its changed measures read as they arrive.

        A cut keeps its measures' readings, not their lines: the lines of a long
        status, kept for every version, took gigabytes.
        """
        found: list[git.Patch] = []
        pending: list[tuple[str, list[tuple[str, bytes, bytes]]]] = []  # cuts whose measures are not read yet
        wanted: dict[tuple[str, bytes], None] = {}
        recent: dict[tuple[str, bytes], Reading | None] = {}  # the last batch: an older commit's new lines are its old
        size = 0
        for patch in patches:
            found.append(patch)
            cut = self._cut(patch)
            if cut is None:
                continue
            pending.append((patch.change.commit, cut))
            for measure_id, old, new in cut:
                for fragment in ((measure_id, old), (measure_id, new)):
                    if fragment not in recent and fragment not in wanted:
                        wanted[fragment] = None
                        size += len(fragment[1])
            if size > _BATCH:
                recent = self._resolve(pending, wanted, recent)
                pending, wanted, size = [], {}, 0
        self._resolve(pending, wanted, recent)
        for patch in found:
            self._trust(patch)
        return found

    def _resolve(
        self,
        pending: list[tuple[str, list[tuple[str, bytes, bytes]]]],
        wanted: Iterable[tuple[str, bytes]],
        recent: dict[tuple[str, bytes], Reading | None],
    ) -> dict[tuple[str, bytes], Reading | None]:
        """The wanted measures read, and each pending cut given its readings; the readings of this batch."""
        readings = {**recent, **read_statuses(wanted, self.path)}
        batch: dict[tuple[str, bytes], Reading | None] = {}
        for commit, cut in pending:
            self.cuts[commit] = [(mid, readings[(mid, old)], readings[(mid, new)]) for mid, old, new in cut]
            for mid, old, new in cut:
                batch[(mid, old)], batch[(mid, new)] = readings[(mid, old)], readings[(mid, new)]
        return batch

    def _cut(self, patch: git.Patch) -> list[tuple[str, bytes, bytes]] | None:
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
        if not version_fits(old_lines):
            return None
        newer = self._frame(change.blob) if not is_null_id(change.blob) else None
        older = older_frame(newer, hunks) if newer is not None else None
        if older is None:
            return None
        self.frames.setdefault(patch.old_blob, older)
        return changed_measures(newer, new_lines, older, old_lines, hunks)  # type: ignore[arg-type]

    def _frame(self, blob: str) -> Frame | None:
        if self.frames.get(blob) is None:
            self.frames[blob] = self.versions.whole(blob).frame
        return self.frames[blob]

    def _trust(self, patch: git.Patch) -> None:
        """Newest first: a cut stands where the newer version is trusted, every cut measure reads,
        and the older version stays within the reader's limit on nodes."""
        cut = self.cuts.get(patch.change.commit)
        if cut is None or not self._framed(patch.change.blob):
            return
        nodes = self.trusted[patch.change.blob]
        for _, before, after in cut:
            if before is None or after is None:
                return
            nodes += before.nodes - after.nodes
        if nodes <= MAX_NODES:
            self.trusted.setdefault(patch.old_blob, nodes)
            self.usable.add(patch.change.commit)

    def _framed(self, blob: str) -> bool:
        """Whether a version reads as a report with its measures where its frame says."""
        if blob not in self.trusted:
            whole = self.versions.whole(blob)
            if whole.statuses is None or whole.frame is None or whole.frame != self.frames.get(blob):
                return False
            self.trusted[blob] = whole.nodes
        return True

    def steps(self, patches: list[git.Patch]) -> Iterator[tuple[git.Change, Event, list[MeasureChange]]]:
        """Each commit compared with its parent's version, as `git log -p` shows it; with the last
        readable version before it when the parent's cannot be read."""
        last: str | None = None  # the last readable version; None at first and after a deletion
        for patch in patches:
            event, changes, last = self._step(patch, last)
            yield patch.change, event, changes

    def _step(self, patch: git.Patch, last: str | None) -> tuple[Event, list[MeasureChange], str | None]:
        commit = patch.change
        if last is not None and commit.commit in self.usable:
            pairs = [(mid, _status(old), _status(new)) for mid, old, new in self.cuts[commit.commit]]
            return "edited", self._changes(pairs, created=False), commit.blob
        return self._whole_step(patch, last)

    def _whole_step(self, patch: git.Patch, last: str | None) -> tuple[Event, list[MeasureChange], str | None]:
        """The step read in full: the new version, and the version to compare it with."""
        blob = patch.change.blob
        if is_null_id(blob):
            return "deleted", [], None
        if last is not None and blob == patch.old_blob and self._reads(blob):
            return "edited", [], blob  # renamed, or only its mode changed
        current = self.versions.whole(blob)
        if current.statuses is None:
            return "unreadable", [], last
        if last is None:
            pairs: list[tuple[str, Status | None, Status | None]] = [
                (mid, None, status) for mid, status in current.statuses.items()
            ]
            return "created", self._changes(pairs, created=True), blob
        previous = self.versions.whole(patch.old_blob if self._reads(patch.old_blob) else last).statuses or {}
        ids = dict.fromkeys([*current.statuses, *previous])
        pairs = [(mid, previous.get(mid), current.statuses.get(mid)) for mid in ids]
        return "edited", self._changes(pairs, created=False), blob

    def _reads(self, blob: str) -> bool:
        """Whether a version reads as a report; one not met yet (a merge's result) is read in full."""
        return not is_null_id(blob) and (blob in self.trusted or self.versions.whole(blob).statuses is not None)

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
        patches = walk.read(git.log_patches(root, path, span, follow=False, first_parent=True))
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
            for commit, event, changes in walk.steps(list(reversed(patches))):
                if event in ("created", "edited"):
                    texts.append((_author(commit), event, {c.measure_id: status_text(c.new) for c in changes}))
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
