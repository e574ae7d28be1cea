"""A submitted report changed without saying so on the record is an error.

Once `zvit submit` has tagged a report, every change to its data must add an
`amendments` entry (date, reason, who) of its own, dated on or after the
submission. This check compares each submitted report in the work tree with its
version at the tag: the bytes first (git's blob id, no process), then, only when
they differ, each version since the tag (one `git log` of the file) with the
next, as parsed data without `amendments`. Cost on the clean path: one `git
for-each-ref` (none outside a git repository) and one `cat-file` for the tags' blobs.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from zvit.check.submissions import Submission, list_submissions
from zvit.core.errors import ZvitError
from zvit.core.findings import Finding, Location, error
from zvit.load import git
from zvit.load.source import Source, WorkTree
from zvit.load.yamlfile import Loaded, parse_yaml
from zvit.model.objects import ReportRef
from zvit.model.period import Period

AMENDMENTS = "amendments"


def submission_findings(source: Source, paths: Sequence[str], *, whole: bool = False) -> list[Finding]:
    """Findings for the submitted reports among `paths`; with `whole`, also submitted reports deleted since."""
    if not isinstance(source, WorkTree):
        return []
    wanted = {path for path in paths if _is_report_path(path)}
    if not wanted and not whole:
        return []
    findings: list[Finding] = []
    changed: list[tuple[Submission, bytes]] = []
    for sub in list_submissions(source.root):
        path = sub.ref.path
        if sub.blob is None or (path not in wanted and not whole):
            continue
        content = _read_bytes(source, path)
        if content is None:
            if whole:
                findings.append(
                    error(Location(path), "report.deleted-after-submission", tag=sub.tag, date=submitted_on(sub))
                )
        elif _blob_id(content, len(sub.blob)) != sub.blob:
            changed.append((sub, content))
    if changed:
        with git.BlobReader(source.root) as blobs:
            for sub, content in changed:
                current = parse_yaml(content, sub.ref.path)
                if current.ok and isinstance(current.data, dict):
                    findings += _unrecorded_changes(sub, current, _versions_since(source.root, sub, blobs))
    return findings


def submitted_units(source: WorkTree, period: Period) -> dict[str, bool]:
    """The units with a submission tag for the period, each with whether its file changed since."""
    found = {}
    for sub in list_submissions(source.root):
        if sub.ref.period == period:
            content = _read_bytes(source, sub.ref.path)
            found[sub.ref.unit] = content is None or sub.blob is None or _blob_id(content, len(sub.blob)) != sub.blob
    return found


def submitted_on(sub: Submission) -> str:
    return sub.date.date().isoformat() if sub.date else "?"


def _is_report_path(path: str) -> bool:
    ref = ReportRef.from_path(path)
    return ref is not None and ref.path == path


def _read_bytes(source: Source, path: str) -> bytes | None:
    try:
        return source.read_bytes(path)
    except OSError:
        return None


def _blob_id(content: bytes, hex_length: int) -> str:
    """The id git gives `content` as a blob (SHA-1, or SHA-256 in a sha256 repository)."""
    import hashlib  # here, not at the top: only a submitted report needs it, and OpenSSL is slow to load

    algorithm = hashlib.sha256 if hex_length == 64 else hashlib.sha1
    return algorithm(b"blob %d\0" % len(content) + content).hexdigest()


@dataclass(frozen=True)
class _Version:
    """The report's data as one commit after the submission left it; `commit` None is the work tree."""

    commit: str | None
    data: Mapping[str, Any]


def _versions_since(root: str, sub: Submission, blobs: git.BlobReader) -> list[_Version]:
    """The submitted version, then every commit's version of the report since, oldest first.

    The work tree, the last version, is added by the caller; a history git cannot
    walk (no HEAD, a tag on a commit this clone lacks) leaves the submitted version alone.
    """
    submitted = blobs.read(sub.blob or "")
    versions = [_Version(sub.tag, _data(submitted, f"{sub.ref.path}@{sub.tag}"))]
    try:
        touches = git.log_path(root, [sub.ref.path], f"{sub.commit}..HEAD") if sub.commit else []
    except ZvitError:
        touches = []
    for change in reversed(touches):
        content = None if set(change.blob) == {"0"} else blobs.read(change.blob)
        versions.append(_Version(change.commit, _data(content, f"{sub.ref.path}@{change.commit[:10]}")))
    return versions


def _data(content: bytes | None, name: str) -> Mapping[str, Any]:
    loaded = parse_yaml(content, name) if content is not None else None
    return loaded.data if loaded is not None and isinstance(loaded.data, dict) else {}


def _unrecorded_changes(sub: Submission, current: Loaded, history: list[_Version]) -> list[Finding]:
    """Each change since the tag that no amendment entry, added then or later, accounts for;
    and each new entry dated before the submission.

    The hook sees the work tree against the last commit, so a commit must bring its
    own entry; a change already committed without one (`--no-verify`) is still
    named here until a later entry records it, as the audit counts it.
    """
    versions = [*history, _Version(None, current.data)]
    steps = [
        (after.commit, first_difference(before.data, after.data), bool(new_amendments(before.data, after.data)))
        for before, after in zip(versions, versions[1:], strict=False)
    ]
    last_recorded = max((i for i, (_, _, recorded) in enumerate(steps) if recorded), default=-1)
    findings = []
    args = {"tag": sub.tag, "date": submitted_on(sub)}
    for commit, where, _ in steps[last_recorded + 1 :]:
        if where is None:
            continue
        in_commit = {} if commit is None else {"commit": commit[:10]}
        if where[0] == "measures" and len(where) > 1:
            location = current.locate(where, key=True)
            code = (
                "report.measure-changed-after-submission"
                if commit is None
                else "report.measure-changed-after-submission-in-commit"
            )
            findings.append(error(location, code, measure=where[1], **args, **in_commit))
        else:
            location = current.locate(where[:1], key=True)
            code = "report.changed-after-submission" if commit is None else "report.changed-after-submission-in-commit"
            findings.append(error(location, code, field=where[0], **args, **in_commit))
    if sub.date is not None:
        entries = current.data.get(AMENDMENTS)
        for entry in new_amendments(history[0].data, current.data):
            dated = entry.get("date")
            if isinstance(dated, str) and dated < args["date"]:
                at = ("amendments", entries.index(entry), "date")
                findings.append(error(current.locate(at), "report.amendment-before-submission", amended=dated, **args))
    return findings


def first_difference(before: Mapping[str, Any], after: Mapping[str, Any]) -> tuple[str, ...] | None:
    """Where `after` first differs from `before`, `amendments` aside: ("measures", "I.14"), ("date",) or None."""
    before_measures = before["measures"] if isinstance(before.get("measures"), dict) else {}
    after_measures = after["measures"] if isinstance(after.get("measures"), dict) else {}
    for measure in [*after_measures, *(m for m in before_measures if m not in after_measures)]:
        if before_measures.get(measure) != after_measures.get(measure):
            return ("measures", str(measure))
    for key in [*after, *(k for k in before if k not in after)]:
        if key not in (AMENDMENTS, "measures") and before.get(key) != after.get(key):
            return (str(key),)
    if before_measures != after_measures:
        return ("measures",)
    return None


def new_amendments(before: Mapping[str, Any], after: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    """`amendments` entries in `after` that `before` did not have; none when an entry of
    `before` was reworded or removed, since a rewritten record is no new one."""
    added = _entries(after)
    for entry in _entries(before):
        if entry not in added:
            return []
        added.remove(entry)
    return added


def _entries(data: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    value = data.get(AMENDMENTS)
    return [entry for entry in value if isinstance(entry, dict)] if isinstance(value, list) else []
