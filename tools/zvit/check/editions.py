"""A measure id is an identity for all time: changing what a reported measure means needs an amendment act.

Renumbering or retitling a measure would silently move the statuses already
reported for it under another measure.  So a change of programme.yaml that
retitles or deletes a measure some committed report has a status for must add an
`editions` entry (the date and act of the amendment); a withdrawn measure stays,
with `withdrawn: <date>`.  The change is what the work tree holds against HEAD:
the pre-commit hook runs `zvit validate programme.yaml` exactly when it is committed.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from zvit.check.cross_check import measure_paths
from zvit.core.errors import ZvitError
from zvit.core.findings import Finding, Location, error
from zvit.core.messages import Words
from zvit.load import git
from zvit.load.source import PROGRAMME_FILE, AtRevision, Source, WorkTree
from zvit.load.yamlfile import Loaded
from zvit.model.build import status_from_data
from zvit.model.objects import Programme


def edition_findings(source: Source, current: Programme, build: Callable[[Loaded], Programme | None]) -> list[Finding]:
    """Errors for each reported measure the work tree retitles or deletes without a new `editions` entry."""
    if not isinstance(source, WorkTree) or git.toplevel(source.root) is None:
        return []
    try:
        head = AtRevision(source.root, "HEAD")
    except ZvitError:  # no commit yet: nothing was reported
        return []
    old_loaded = head.read(PROGRAMME_FILE)
    old = build(old_loaded) if old_loaded is not None and old_loaded.ok else None
    if old is None or old.id != current.id or set(current.editions) - set(old.editions):
        return []
    now = {m.id: m for m in current.measures()}
    changed = {
        m.id: "edition.deleted" if m.id not in now else "edition.retitled"
        for m in old.measures()
        if m.id not in now or _squash(now[m.id].title) != _squash(m.title)
    }
    reported = _reported(head, set(changed)) if changed else {}
    if not reported:
        return []
    loaded = source.read(PROGRAMME_FILE)
    places = {m.id: at for si, s in enumerate(current.sections) for at, m in measure_paths(s, si)}
    findings = []
    for measure_id, path in sorted(reported.items()):
        if loaded is None:
            location = Location(PROGRAMME_FILE)
        elif measure_id in places:
            location = loaded.locate((*places[measure_id], "title"))
        else:
            location = loaded.locate(("editions",) if "editions" in loaded.data else ("sections",), key=True)
        findings.append(
            error(
                location,
                "programme.edition-needed",
                id=measure_id,
                path=path,
                change=Words([changed[measure_id]]),
            )
        )
    return findings


def _reported(head: AtRevision, measure_ids: set[str]) -> dict[str, str]:
    """Each of `measure_ids` a committed report has a filled status for, with the first such report."""
    found: dict[str, str] = {}
    for path in head.report_paths():
        loaded = head.read(path)
        measures = loaded.data.get("measures") if loaded is not None and isinstance(loaded.data, dict) else None
        if not isinstance(measures, dict):
            continue
        for measure_id in measure_ids - set(found):
            if measure_id in measures and status_from_data(measures[measure_id]).is_filled:
                found[measure_id] = path
        if len(found) == len(measure_ids):
            break
    return found


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()
