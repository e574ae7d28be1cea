"""One submission tag as data: what `check.submissions` reads from git and the audit's renderers show."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from zvit.model.objects import ReportRef

# Written by `zvit submit` at the end of the tag message, so that the audit can tell
# whether the tag still names the content that was sent.
BLOB_TRAILER = "Zvit-Report-Blob"
PATH_TRAILER = "Zvit-Report"
_TRAILER = re.compile(rf"^{BLOB_TRAILER}: ([0-9a-f]{{40}}|[0-9a-f]{{64}})$", re.MULTILINE)


@dataclass(frozen=True)
class Submission:
    """One submission tag, as git holds it now."""

    ref: ReportRef
    tag: str  # "jkg/2019-q3"
    tag_object: str | None  # the annotated tag's id; None for a lightweight tag
    commit: str | None  # the commit the tag names; None when it names no commit
    blob: str | None  # the report's blob at that commit; None when the commit lacks it
    tagger: str  # "Name <email>"; "" for a lightweight tag
    date: datetime | None
    message: str
    signature: str  # the armoured signature in the tag, "" when unsigned

    @property
    def annotated(self) -> bool:
        return self.tag_object is not None

    @property
    def signed(self) -> bool:
        return bool(self.signature.strip())

    @property
    def recorded_blob(self) -> str | None:
        """The report's blob id `zvit submit` wrote into the message; None when absent."""
        found = _TRAILER.findall(self.message)
        return found[-1] if found else None
