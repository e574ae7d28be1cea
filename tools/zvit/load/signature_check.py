"""What is known about one signature: the result type of `load.signatures`, without git."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

State = Literal["verified", "bad", "no-key", "expired", "failed", "unsigned"]


@dataclass(frozen=True)
class SignatureCheck:
    state: State
    signer: str = ""  # the key or principal the signature names, when git says
    detail: str = ""  # git's or the signing tool's own words, for the record

    @property
    def signed(self) -> bool:
        return self.state != "unsigned"


UNSIGNED = SignatureCheck("unsigned")
