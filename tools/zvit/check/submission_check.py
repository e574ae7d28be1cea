"""A submitted report changed without saying so on the record is an error.

Once `zvit submit` has tagged a report, a correction must add an `amendments`
entry (date, reason, who) that the submitted version did not have. This check
compares each submitted report in the work tree with its version at the tag:
the bytes first (git's blob id, no process), then, only when they differ, the
parsed data without `amendments`. Cost on the clean path: one `git for-each-ref`
(none outside a git repository) and one `cat-file` for the tags' blobs.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from typing import Any

from zvit.check.submissions import Submission, list_submissions
from zvit.core.findings import Finding, Location, error
from zvit.load import git
from zvit.load.source import Source, WorkTree
from zvit.load.yamlfile import Loaded, parse_yaml
from zvit.model.objects import ReportRef

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
                submitted = blobs.read(sub.blob or "")
                finding = _compare(sub, parse_yaml(content, sub.ref.path), submitted)
                if finding is not None:
                    findings.append(finding)
    return findings


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
    algorithm = hashlib.sha256 if hex_length == 64 else hashlib.sha1
    return algorithm(b"blob %d\0" % len(content) + content).hexdigest()


def _compare(sub: Submission, current: Loaded, submitted_bytes: bytes | None) -> Finding | None:
    """An error when the data changed since the tag and no new amendment says why."""
    if not current.ok or not isinstance(current.data, dict):
        return None  # the file's own errors are reported by the validator already
    submitted = parse_yaml(submitted_bytes, f"{sub.ref.path}@{sub.tag}") if submitted_bytes is not None else None
    before: Mapping[str, Any] = submitted.data if submitted is not None and isinstance(submitted.data, dict) else {}
    after: Mapping[str, Any] = current.data
    where = first_difference(before, after)
    if where is None or new_amendments(before, after):
        return None
    args = {"tag": sub.tag, "date": submitted_on(sub)}
    if where[0] == "measures" and len(where) > 1:
        return error(
            current.locate(where, key=True), "report.measure-changed-after-submission", measure=where[1], **args
        )
    return error(current.locate(where[:1], key=True), "report.changed-after-submission", field=where[0], **args)


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
    """`amendments` entries in `after` that `before` did not have."""
    old = _entries(before)
    return [entry for entry in _entries(after) if entry not in old]


def _entries(data: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    value = data.get(AMENDMENTS)
    return [entry for entry in value if isinstance(entry, dict)] if isinstance(value, list) else []
