"""The audit of a year (or a whole programme): for every unit and period, what was submitted and what happened since.

The periods audited are the programme's, by its cadence, that were already due
(`due_day` of the month after the period, or its last day) by the audit's date;
with `due_day`, a report submitted after its day, or not at all, is named late.

Facts come from git in a fixed, small number of calls whatever the history's size:
one `for-each-ref` (every submission tag) and one `cat-file --batch-check` (the
reports' blobs at the tags), one `log` of the branch (the whole graph, and the
blobs written under reports/), one `cat-file --batch-check` for the reports at the
branch head, one `cat-file --batch` for the versions that must be read, and for
signatures one `cat-file` and one `log --no-walk` (plus `verify-tag` per signed
tag). The result's types are `check.audit_result`; renderers (`audit_render.py`,
`audit_docx.py`) only present it.

Tampering: a submission tag whose commit is not in the branch's history (history
rewritten, or the tag moved), whose report differs from the blob `zvit submit`
recorded in the tag message, whose commit lacks the report, or a signature that
does not match its content.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import date
from typing import Any

from zvit.check.audit_result import Amendment, Audit, ChangeAfter, QuarterAudit, Remark, UnitAudit
from zvit.check.submission_check import first_difference, new_amendments
from zvit.check.submissions import Submission, list_submissions
from zvit.core import times
from zvit.core.ids import UNIT_ID
from zvit.core.layout import REPORTS_DIR
from zvit.load import git
from zvit.load.git_records import is_null_id
from zvit.load.signatures import UNSIGNED, SignatureCheck, check_commits, check_tag
from zvit.load.yamlfile import parse_yaml
from zvit.model.objects import Programme, ReportRef
from zvit.model.period import Period


def gather(root: str, year: int | None, branch: str, programme: Programme | None, today: date | None = None) -> Audit:
    """Everything the audit of `year` (None: the programme's whole term) says, as of `today`."""
    today = today or times.today()
    head = git.resolve(root, branch)
    submissions = {s.ref: s for s in list_submissions(root) if _in_scope(s.ref.period, year, programme)}
    commits = git.log_commits(root, head, [REPORTS_DIR])
    graph = _Graph(commits)
    refs = _refs(year, programme, submissions, commits, today)
    at_head = git.object_ids(root, [f"{head}:{ref.path}" for ref in refs])
    current = {ref: at_head[f"{head}:{ref.path}"] for ref in refs}
    after = {ref: _changes_after(graph, sub, ref.path) for ref, sub in submissions.items()}
    blobs = _read_versions(root, submissions, after, current)
    signatures = check_commits(
        root,
        [c for sub in submissions.values() if sub.commit for c in [sub.commit]]
        + [c.id for changes in after.values() for c, _ in changes],
    )
    quarters = {}
    for ref in refs:
        sub = submissions.get(ref)
        if sub is None:
            quarters[ref] = QuarterAudit(ref, current[ref])
        else:
            quarters[ref] = _audit_submitted(root, ref, sub, graph, after[ref], current[ref], blobs, signatures)
        quarters[ref] = _with_deadline(quarters[ref], programme, today)
    names = programme.units if programme is not None else {}
    units = []
    for unit_id in dict.fromkeys(ref.unit for ref in refs):
        name = names[unit_id].name if unit_id in names else unit_id
        units.append(UnitAudit(unit_id, name, tuple(quarters[r] for r in refs if r.unit == unit_id)))
    head_time = commits[0].time if commits and commits[0].id == head else 0
    return Audit(year, branch, head, head_time, tuple(units), programme.id if programme is not None else None)


def _in_scope(period: Period, year: int | None, programme: Programme | None) -> bool:
    if year is not None:
        return period.year == year
    return programme is not None and programme.covers(period)


def expected_periods(programme: Programme | None, year: int | None, today: date) -> list[Period]:
    """The periods a report is owed for: the programme's, by cadence, already due on `today`.

    Without a programme, the four quarters of `year`, as before cadences existed.
    """
    if programme is None:
        return [Period.quarter(year, quarter) for quarter in (1, 2, 3, 4)] if year is not None else []
    return [
        period
        for period in programme.periods()
        if (year is None or period.year == year) and period.due_date(programme.due_day) <= today
    ]


def _refs(
    year: int | None,
    programme: Programme | None,
    submissions: Mapping[ReportRef, Submission],
    commits: list[git.Commit],
    today: date,
) -> list[ReportRef]:
    """Every unit of the programme × each period due, then reports known only from tags or files."""
    units = list(programme.units) if programme is not None else []
    seen = {
        ref
        for c in commits
        for path, _ in c.changes
        if (ref := ReportRef.from_path(path))
        and ref.path == path
        and _in_scope(ref.period, year, programme)
        and UNIT_ID.match(ref.unit)
    }
    periods = expected_periods(programme, year, today)
    extra = sorted({ref.unit for ref in [*submissions, *seen]} - set(units))
    grid = {ReportRef(unit, period) for unit in [*units, *extra] for period in periods}
    order = {unit: index for index, unit in enumerate([*units, *extra])}
    return sorted(grid | set(submissions) | seen, key=lambda ref: (order[ref.unit], ref.period))


def _with_deadline(q: QuarterAudit, programme: Programme | None, today: date) -> QuarterAudit:
    """The report's due date, and whether it came late (or has not come although due)."""
    if programme is None or programme.due_day is None:
        return q
    due = q.ref.period.due_date(programme.due_day)
    sent = times.day(q.submission.date) if q.submission is not None and q.submission.date is not None else None
    late = sent > due if sent is not None else due < today
    if not late:
        return replace(q, due=due)
    note = (
        Remark("audit.late", {"due": due.strftime("%d.%m.%Y"), "sent": sent.strftime("%d.%m.%Y")})
        if sent is not None
        else Remark("audit.overdue", {"due": due.strftime("%d.%m.%Y")})
    )
    return replace(q, due=due, late=True, notes=(*q.notes, note))


class _Graph:
    """The branch's commits: which are in its history, and which are ancestors of which.

    Generation numbers (1 + the highest parent's) bound every ancestry search: an
    ancestor always has a lower generation, so a walk back from a tag stops as soon
    as it is below the oldest commit it asks about.
    """

    def __init__(self, commits: list[git.Commit]) -> None:
        self.commits = commits
        self.index = {c.id: i for i, c in enumerate(commits)}
        self.generation: dict[str, int] = {}
        for commit in reversed(commits):  # oldest first: parents before children
            self.generation[commit.id] = 1 + max((self.generation.get(p, 0) for p in commit.parents), default=0)
        self.writes: dict[str, list[tuple[git.Commit, str]]] = {}  # path -> (commit, blob), newest first
        for commit in commits:
            for path, blob in commit.changes:
                self.writes.setdefault(path, []).append((commit, blob))

    def contains(self, commit: str) -> bool:
        return commit in self.index

    def ancestors_among(self, newer: str, candidates: Iterable[str]) -> set[str]:
        """Which of `candidates` are `newer` or reachable from it."""
        top = self.generation[newer]
        wanted = {c for c in candidates if self.generation.get(c, top + 1) <= top}
        if not wanted:
            return set()
        floor = min(self.generation[c] for c in wanted)
        found: set[str] = set()
        seen: set[str] = set()
        todo = [newer]
        while todo and found != wanted:
            current = todo.pop()
            if current in seen or self.generation.get(current, 0) < floor:
                continue
            seen.add(current)
            if current in wanted:
                found.add(current)
            todo.extend(self.commits[self.index[current]].parents)
        return found


def _changes_after(graph: _Graph, sub: Submission, path: str) -> list[tuple[git.Commit, str]]:
    """Commits of the branch that wrote `path` and are not in the submitted commit's history, oldest first."""
    if sub.commit is None or not graph.contains(sub.commit):
        return []
    writes = graph.writes.get(path, [])
    before = graph.ancestors_among(sub.commit, (commit.id for commit, _ in writes))
    return [(commit, blob) for commit, blob in reversed(writes) if commit.id not in before]


def _read_versions(
    root: str,
    submissions: Mapping[ReportRef, Submission],
    after: Mapping[ReportRef, list[tuple[git.Commit, str]]],
    current: Mapping[ReportRef, str | None],
) -> dict[str, Any]:
    """Parsed data of every blob the verdicts compare, read with one `cat-file --batch`."""
    wanted: set[str] = set()
    for ref, sub in submissions.items():
        if not after[ref] and current.get(ref) == sub.blob == submitted_blob(sub):
            continue  # untouched since submission: nothing to compare
        wanted.update(
            b
            for b in [sub.blob, submitted_blob(sub), current.get(ref), *(blob for _, blob in after[ref])]
            if b and not is_null_id(b)
        )
    data: dict[str, Any] = {}
    if wanted:
        with git.BlobReader(root) as reader:
            for blob in sorted(wanted):
                content = reader.read(blob)
                loaded = parse_yaml(content, blob) if content is not None else None
                data[blob] = loaded.data if loaded is not None and isinstance(loaded.data, dict) else {}
    return data


def _audit_submitted(
    root: str,
    ref: ReportRef,
    sub: Submission,
    graph: _Graph,
    after: list[tuple[git.Commit, str]],
    current: str | None,
    blobs: Mapping[str, Any],
    signatures: Mapping[str, SignatureCheck],
) -> QuarterAudit:
    tag_signature = check_tag(root, sub.tag_object, sub.signed)
    commit_signature = signatures.get(sub.commit or "", UNSIGNED)
    changes = []
    previous = sub.blob
    for commit, blob in after:
        deleted = is_null_id(blob)
        before, now = blobs.get(previous or "", {}), blobs.get(blob, {}) if not deleted else {}
        changes.append(
            ChangeAfter(
                commit.id,
                f"{commit.author} <{commit.email}>",
                commit.time,
                commit.subject,
                content_changed=not deleted and first_difference(before, now) is not None,
                amendments=tuple(_amendment(a) for a in new_amendments(before, now)),
                deleted=deleted,
                signature=signatures.get(commit.id, UNSIGNED),
            )
        )
        previous = None if deleted else blob
    changes = _mark_covered(changes)
    unamended = any(change.unamended for change in changes)
    baseline = submitted_blob(sub)
    changed = bool(changes)
    amendments: tuple[Amendment, ...] = ()
    if baseline is not None and current is not None and current != baseline:
        submitted, now = blobs.get(baseline, {}), blobs.get(current, {})
        changed = True
        amendments = tuple(_amendment(a) for a in new_amendments(submitted, now))
        unamended |= first_difference(submitted, now) is not None and not amendments
    deleted = current is None and sub.blob is not None
    tampering, notes = _remarks(ref, sub, graph, tag_signature, commit_signature, changes)
    return QuarterAudit(
        ref,
        current,
        sub,
        tag_signature,
        commit_signature,
        tuple(changes),
        changed or deleted,
        unamended or deleted,
        deleted,
        tuple(tampering),
        tuple(notes),
        amendments,
    )


def submitted_blob(sub: Submission) -> str | None:
    """What was sent: the blob `zvit submit` recorded, else (a hand-made tag) the one at the tag."""
    return sub.recorded_blob or sub.blob


def _mark_covered(changes: list[ChangeAfter]) -> list[ChangeAfter]:
    """Each change with whether an amendment entry was added then or later."""
    marked: list[ChangeAfter] = []
    later = False
    for change in reversed(changes):
        later = later or bool(change.amendments)
        marked.append(replace(change, covered=later))
    return marked[::-1]


def _amendment(entry: Mapping[str, Any]) -> Amendment:
    return Amendment(*(str(entry.get(key) or "") for key in ("date", "reason", "by")))


def _remarks(
    ref: ReportRef,
    sub: Submission,
    graph: _Graph,
    tag_signature: SignatureCheck,
    commit_signature: SignatureCheck,
    changes: list[ChangeAfter],
) -> tuple[list[Remark], list[Remark]]:
    tampering: list[Remark] = []
    notes: list[Remark] = []
    tag = {"tag": sub.tag}
    if sub.commit is None:
        tampering.append(Remark("audit.tamper-no-commit", tag))
    elif not graph.contains(sub.commit):
        tampering.append(Remark("audit.tamper-outside-branch", {**tag, "commit": sub.commit[:10]}))
    if sub.commit is not None and sub.blob is None:
        tampering.append(Remark("audit.tamper-no-report", {**tag, "path": ref.path}))
    recorded = sub.recorded_blob
    if recorded is not None and sub.blob is not None and recorded != sub.blob:
        tampering.append(Remark("audit.tamper-content", {**tag, "blob": sub.blob[:10], "recorded": recorded[:10]}))
    if tag_signature.state == "bad":
        tampering.append(Remark("audit.tamper-tag-signature", tag))
    for commit, check in [(sub.commit or "", commit_signature), *((c.commit, c.signature) for c in changes)]:
        if check.state == "bad":
            tampering.append(Remark("audit.tamper-commit-signature", {"commit": commit[:10]}))
    if not sub.annotated:
        notes.append(Remark("audit.lightweight", tag))
    elif recorded is None:
        notes.append(Remark("audit.no-record", tag))
    return tampering, notes
