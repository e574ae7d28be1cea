"""CODEOWNERS for GitHub and GitLab from the programme: who must approve a change to what.

The forge enforces it (branch protection with "review from code owners"), so zvit
needs no permission system of its own: a change to `reports/<unit>/` needs one of
that unit's `owners`; the programme, the generated schemas, the CI settings and
these files themselves need the coordinator unit's (`coordinator` in programme.yaml).
The files are generated, and the validator reports them when they fall behind.
"""

from __future__ import annotations

import re

from zvit.core.errors import ZvitError
from zvit.core.findings import Finding, Location, error
from zvit.core.ids import UNIT_ID
from zvit.core.layout import REPORTS_DIR
from zvit.core.messages import text
from zvit.load.advice import how_to_run
from zvit.load.files import as_text
from zvit.load.source import Source, WorkTree
from zvit.model.objects import Programme, Unit

GITHUB_FILE = ".github/CODEOWNERS"
GITLAB_FILE = ".gitlab/CODEOWNERS"
FILES = (GITHUB_FILE, GITLAB_FILE)
# What only the coordinator may approve: the programme, what is generated from it,
# and the forge settings that enforce review and checks (or a unit could switch them off).
COORDINATOR_PATHS = ("/programme.yaml", "/schema/", "/.github/", "/.gitlab/", "/.gitlab-ci.yml")
_OWNER = re.compile(r"@?[A-Za-z0-9][A-Za-z0-9._/-]*\Z")  # as programme.schema.json allows


def render(programme: Programme) -> str:
    """The CODEOWNERS text (the same for both forges); ZvitError when the programme lacks what it needs."""
    coordinator = programme.coordinator
    if not coordinator:
        raise ZvitError("codeowners.no-coordinator")
    if coordinator not in programme.units:
        raise ZvitError("codeowners.unknown-coordinator", unit=coordinator, known=", ".join(sorted(programme.units)))
    approvers = owners(programme.units[coordinator])
    if not approvers:
        raise ZvitError("codeowners.coordinator-no-owners", unit=coordinator)
    lines = [f"# {text(f'codeowners.header-{n}', 'uk', {'unit': coordinator})}" for n in (1, 2, 3)]
    lines += [
        "",
        f"# {text('codeowners.everything-else', 'uk', {'unit': coordinator})}",
        f"* {' '.join(approvers)}",
        "",
    ]
    for unit in programme.units.values():
        if not UNIT_ID.match(unit.id):
            raise ZvitError("cli.bad-unit-id", unit=unit.id)
        unit_owners = owners(unit)
        code = "codeowners.unit" if unit_owners else "codeowners.unit-without-owners"
        lines.append(
            f"# {text(code, 'uk', {'unit': unit.id, 'name': _one_line(unit.name), 'coordinator': coordinator})}"
        )
        lines.append(f"/{REPORTS_DIR}/{unit.id}/ {' '.join(unit_owners or approvers)}")
    lines += ["", f"# {text('codeowners.programme', 'uk', {'unit': coordinator})}"]
    lines += [f"{path} {' '.join(approvers)}" for path in COORDINATOR_PATHS]
    return "\n".join(lines) + "\n"


def owners(unit: Unit) -> list[str]:
    """The unit's owners as forges write them (`@user`, `@org/team`), each checked, without repeats."""
    found: list[str] = []
    for owner in unit.owners:
        if not _OWNER.match(owner):
            raise ZvitError("codeowners.bad-owner", owner=owner, unit=unit.id)
        name = owner if owner.startswith("@") else "@" + owner
        if name not in found:
            found.append(name)
    return found


def _one_line(value: str) -> str:
    return " ".join(value.split())


def stale_findings(source: Source, programme: Programme | None) -> list[Finding]:
    """CODEOWNERS files that exist in the work tree but no longer match the programme."""
    if programme is None or not isinstance(source, WorkTree):
        return []
    present = [rel for rel in FILES if source.exists(rel)]
    if not present:
        return []
    try:
        expected = render(programme)
    except ZvitError as exc:
        return [error(Location(rel), exc.code, **exc.args_) for rel in present]
    findings = []
    for rel in present:
        content = source.read_bytes(rel)
        if content is None or as_text(content) != expected:
            findings.append(
                error(Location(rel), "codeowners.stale", file=rel, command=how_to_run(source.root, "codeowners"))
            )
    return findings
