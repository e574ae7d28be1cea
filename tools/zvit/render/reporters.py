"""Findings -> text a person or a machine reads.  The only place findings are worded.

Every format shows at most a few findings of one kind per file and counts the
rest («і ще K», `findings.capped`); the summary counts them all.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import TextIO

from zvit.core.findings import Finding, capped, weight
from zvit.core.messages import Words, text


def _where(finding: Finding) -> str:
    loc = finding.location
    return f"{loc.path}:{loc.line}:{loc.col}" if loc.line else loc.path


def write_findings(findings: Sequence[Finding], out: TextIO, lang: str = "uk") -> None:
    """`path:line:col: помилка: message [code]`, as compilers and editors expect."""
    for f in capped(findings):
        severity = text(f"severity.{f.severity}", lang)
        # One finding, one line: a value or a file name with a line break in it is shown as \n.
        message = text(f.code, lang, f.args).replace("\n", "\\n")
        where = _where(f).replace("\n", "\\n")
        out.write(f"{where}: {severity}: {message} [{f.code}]\n")


def report_text(findings: Sequence[Finding], files: int, out: TextIO, lang: str = "uk") -> None:
    write_findings(findings, out, lang)
    errors = sum(weight(f) for f in findings if f.is_error)
    warnings = sum(weight(f) for f in findings if not f.is_error)
    if findings:
        out.write(text("summary.counts", lang, {"files": files, "errors": errors, "warnings": warnings}) + "\n")
    else:
        out.write(text("summary.clean", lang, {"files": files}) + "\n")


def report_json(findings: Sequence[Finding], files: int, out: TextIO, lang: str = "uk") -> None:
    items = [
        {
            "path": f.location.path,
            "line": f.location.line,
            "column": f.location.col,
            "severity": f.severity,
            "code": f.code,
            "message": text(f.code, lang, f.args),
            "args": {k: (list(v) if isinstance(v, Words) else v) for k, v in f.args.items()},
        }
        for f in capped(findings)
    ]
    json.dump({"files": files, "findings": items}, out, ensure_ascii=False, indent=2, default=str)
    out.write("\n")


def _escape(value: str) -> str:
    """A workflow command's message: %, CR and LF escaped as GitHub's runner decodes them."""
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(value: str) -> str:
    """A workflow command's property (file, title): ':' and ',' would end it, so they are escaped too."""
    return _escape(value).replace(":", "%3A").replace(",", "%2C")


def report_github(findings: Sequence[Finding], files: int, out: TextIO, lang: str = "uk") -> None:
    """Workflow commands: GitHub shows each finding on its line of the pull request."""
    for f in capped(findings):
        level = "error" if f.is_error else "warning"
        loc = f.location
        props = f"file={_escape_property(loc.path)}"
        if loc.line:
            props += f",line={loc.line},col={loc.col}"
        out.write(f"::{level} {props},title={_escape_property(f.code)}::{_escape(text(f.code, lang, f.args))}\n")
    if not findings:
        report_text([], files, out, lang)


def report_gitlab(findings: Sequence[Finding], files: int, out: TextIO, lang: str = "uk") -> None:
    """GitLab's code quality report (a subset of Code Climate's): findings shown on the merge request."""
    import hashlib  # here, not at the top: loading OpenSSL costs every command's start-up, only this report needs it

    items = []
    seen: dict[str, int] = {}
    for f in capped(findings):
        message = text(f.code, lang, f.args)
        loc = f.location
        # Without the line: a finding keeps its identity when lines above it move.
        identity = f"{loc.path}\0{f.code}\0{message}"
        seen[identity] = seen.get(identity, 0) + 1
        identity += f"\0{seen[identity]}"
        items.append(
            {
                "description": message,
                "check_name": f.code,
                "fingerprint": hashlib.sha256(identity.encode("utf-8")).hexdigest(),
                "severity": "major" if f.is_error else "minor",
                "location": {"path": loc.path, "lines": {"begin": loc.line or 1}},
            }
        )
    json.dump(items, out, ensure_ascii=False, indent=2)
    out.write("\n")


REPORTERS: dict[str, Callable[[Sequence[Finding], int, TextIO, str], None]] = {
    "text": report_text,
    "json": report_json,
    "github": report_github,
    "gitlab": report_gitlab,
}
