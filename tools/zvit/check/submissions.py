"""What was submitted: the quarter's report files, and the tags that mark them as sent.

Submission tags (`jkg/2019-q3`, made by `zvit submit`) mark the version of a report
that was sent up. This is the one module that knows the tag convention: diff,
history, the validator and the audit name submitted versions through it, reading
every tag with one `git for-each-ref` (and the reports' blobs at the tags with one
`cat-file`). `quarter_submissions` gives the files in the work tree for a quarter
(the status overview and the consolidated document read it).
"""

from __future__ import annotations

import os
import re
from datetime import datetime

from zvit.core.errors import ZvitError
from zvit.core.ids import UNIT_ID, UNIT_ID_PATTERN
from zvit.core.messages import text
from zvit.load import git
from zvit.model.objects import ReportRef
from zvit.model.period import STEM_PATTERN, Period
from zvit.model.submission import BLOB_TRAILER, PATH_TRAILER, Submission

_TAG = re.compile(rf"({UNIT_ID_PATTERN})/({STEM_PATTERN})\Z")
TAG_PATTERNS = ["refs/tags/*/*-q[1-4]", "refs/tags/*/*-h[12]", "refs/tags/*/[0-9][0-9][0-9][0-9]"]
"""Submission tags of every period kind; forges' tag protection should cover `*/*-q*`, `*/*-h*` and `*/2*`."""

_ATOMS = (
    "refname",
    "objecttype",
    "objectname",
    "*objectname",
    "*objecttype",
    "taggername",
    "taggeremail",
    "taggerdate:iso-strict",
    "contents:subject",
    "contents:body",
    "contents:signature",
)


def tag_name(ref: ReportRef) -> str:
    """ "jkg/2019-q3"; a unit id that is not a plain id (`../x`, `a b`) is refused."""
    if not UNIT_ID.match(ref.unit):
        raise ZvitError("cli.bad-unit-id", unit=ref.unit)
    if not 1000 <= ref.year <= 9999:
        raise ZvitError("submission.bad-period", year=ref.year, quarter=ref.period.number)
    return f"{ref.unit}/{ref.period.stem}"


def parse_tag(name: str) -> ReportRef | None:
    """The report a tag name marks, or None for any other tag."""
    match = _TAG.match(name)
    if not match:
        return None
    return ReportRef(match.group(1), Period.parse(match.group(2)))


def in_repository(root: str) -> bool:
    """Whether `root` is a git work tree, decided without running git."""
    return os.path.exists(os.path.join(root, ".git"))


def list_submissions(root: str) -> list[Submission]:
    """Every submission tag, sorted by report; [] outside a git repository."""
    if not in_repository(root):
        return []
    return _read(root, TAG_PATTERNS)


def submission(root: str, ref: ReportRef) -> Submission | None:
    """The submission tag of one report, or None when it was not submitted."""
    if not in_repository(root):
        return None
    found = _read(root, [f"refs/tags/{tag_name(ref)}"])
    return found[0] if found else None


def _read(root: str, patterns: list[str]) -> list[Submission]:
    rows = []
    for row in git.for_each_ref(root, patterns, _ATOMS):
        name = row[0].removeprefix("refs/tags/")
        ref = parse_tag(name)
        if ref is not None and row[0].startswith("refs/tags/"):
            rows.append((ref, name, row))
    if not rows:
        return []
    commits = {name: _commit_of(row) for _, name, row in rows}
    blobs = git.object_ids(root, [f"{c}:{ref.path}" for (ref, name, _) in rows if (c := commits[name])])
    found = []
    for ref, name, row in rows:
        _, kind, object_id, _, _, tagger_name, tagger_email, date, subject, body, signature = row
        annotated = kind == "tag"
        commit = commits[name]
        message = (subject + ("\n\n" + body if body else "")) if annotated else ""
        found.append(
            Submission(
                ref=ref,
                tag=name,
                tag_object=object_id if annotated else None,
                commit=commit,
                blob=blobs.get(f"{commit}:{ref.path}") if commit else None,
                tagger=f"{tagger_name} {tagger_email}".strip() if annotated else "",
                date=_date(date) if annotated else None,
                message=message.rstrip("\n"),
                signature=signature if annotated else "",
            )
        )
    return sorted(found, key=lambda s: s.ref)


def _commit_of(row: list[str]) -> str | None:
    kind, object_id, peeled, peeled_kind = row[1], row[2], row[3], row[4]
    if kind == "commit":
        return object_id
    if kind == "tag" and peeled_kind == "commit":
        return peeled
    return None


def _date(value: str) -> datetime | None:
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def tag_message(ref: ReportRef, submitter: str, blob: str, note: str | None = None) -> str:
    """The tag's message: what was submitted and by whom, in words, then the record for the audit."""
    lines = [
        text("submission.tag-subject-period", "uk", {"unit": ref.unit, "period": ref.period.phrase}),
        "",
        text("submission.tag-body", "uk", {"path": ref.path, "submitter": submitter}),
    ]
    if note:
        lines += ["", _one_paragraph(note)]
    lines += ["", f"{PATH_TRAILER}: {ref.path}", f"{BLOB_TRAILER}: {blob}", ""]
    return "\n".join(lines)


def _one_paragraph(note: str) -> str:
    """The user's note without control characters or anything that could pass for our record."""
    cleaned = "".join(ch if ch.isprintable() else " " for ch in note)
    return cleaned.replace(f"{BLOB_TRAILER}:", f"{BLOB_TRAILER} -").strip()
