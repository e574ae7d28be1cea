"""The comparison service: one unit's report between two quarters or two revisions, read from a source.

`zvit diff` and `zvit review` ask for a `Comparison`; the pure word diff is
`check.compare`, the words' authors come from git (`check.history.attribute`),
and a side is named by its submission tag when it is that very version.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from zvit.check import submissions
from zvit.check.compare import Attribution, ReportDiff, Side, compare_reports
from zvit.check.history import attribute
from zvit.check.repository import Repository
from zvit.core.errors import ZvitError
from zvit.load import git
from zvit.load.source import AtRevision, Source
from zvit.model.objects import Programme, Report, ReportRef


@dataclass(frozen=True)
class Comparison:
    """Everything the renderers need: the diff, its two sides, the new report and who made what."""

    diff: ReportDiff
    old: Side
    new: Side
    programme: Programme
    report: Report
    attributions: Mapping[str, Attribution]
    # The older report, when there is one: the tracked form's heading, date and signatory come from it.
    old_report: Report | None = None


def compare_quarters(
    repository: Repository, old_ref: ReportRef, new_ref: ReportRef, rev: str | None, *, attribute_words: bool
) -> Comparison:
    """`new_ref` against `old_ref`, both read from `repository` (the work tree, or `rev` as the user typed it)."""
    root, source = repository.source.root, repository.source
    old_programme, old_report = repository.load_report(old_ref)
    new_programme, new_report = repository.load_report(new_ref)
    diff = compare_reports(old_programme, old_report, new_programme, new_report)
    commit = source.rev if rev else None
    attributions = _attribute(root, new_ref.path, diff, None, commit or "HEAD") if attribute_words else {}
    return Comparison(
        diff,
        _side(root, old_ref, rev, commit),
        _side(root, new_ref, rev, commit),
        new_programme,
        new_report,
        attributions,
        old_report,
    )


def compare_revisions(
    root: str,
    ref: ReportRef,
    old_source: AtRevision,
    new_source: Source,
    from_rev: str,
    to_rev: str | None,
    *,
    attribute_words: bool,
    new_repository: Repository | None = None,
) -> Comparison:
    """The report `ref` in `old_source` (absent: every status is new) against `new_source`."""
    new_programme, new_report = (new_repository or Repository(new_source)).load_report(ref)
    if old_source.exists(ref.path):
        old_programme, old_report = Repository(old_source).load_report(ref)
    else:
        old_programme, old_report = None, None
    diff = compare_reports(old_programme, old_report, new_programme, new_report)
    until = new_source.rev if to_rev else "HEAD"
    attributions = _attribute(root, ref.path, diff, old_source.commit, until) if attribute_words else {}
    new_commit = new_source.rev if to_rev else None
    return Comparison(
        diff,
        _side(root, ref, from_rev, old_source.commit),
        _side(root, ref, to_rev, new_commit),
        new_programme,
        new_report,
        attributions,
        old_report,
    )


def _attribute(root: str, path: str, diff: ReportDiff, since: str | None, until: str) -> dict[str, Attribution]:
    """Who made each word, from git; nothing when git cannot tell (no repository, no commits)."""
    if git.toplevel(root) is None:
        return {}
    try:
        return attribute(root, path, diff, since=since, until=until)
    except ZvitError:
        return {}


def _side(root: str, ref: ReportRef, rev: str | None, commit: str | None) -> Side:
    """How to name one side: its path, the revision as typed, and its submission tag if it is that version."""
    if commit is None:
        return Side(ref.path, None)
    sent = submissions.submission(root, ref)
    tag = None
    if sent is not None and sent.blob is not None:
        here = git.object_ids(root, [f"{commit}:{ref.path}"]).get(f"{commit}:{ref.path}")
        tag = sent.tag if here == sent.blob else None
    return Side(ref.path, rev, tag)
