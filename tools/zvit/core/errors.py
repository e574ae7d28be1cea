"""The one exception for "the user must fix something"."""

from __future__ import annotations

from collections.abc import Sequence

from zvit.core.findings import Finding


class ZvitError(Exception):
    """Carries a message code and its arguments; the CLI words it and exits 1.

    `findings` holds the validator's findings when the error is "the data is
    invalid", so the command can print them before its one-line summary.
    """

    def __init__(self, code: str, findings: Sequence[Finding] = (), **args: object) -> None:
        super().__init__(code)
        self.code = code
        self.args_ = args
        self.findings = tuple(findings)
