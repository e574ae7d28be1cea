"""Records git prints, as plain data: made by `load.git`, read by history and its renderers.

Kept apart from `load.git` so that a renderer can name a commit without importing
the module that starts git.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Hex digits of an object id: SHA-1 repositories, and SHA-256 ones (`git init --object-format=sha256`).
OBJECT_ID_LENGTHS = (40, 64)


_OBJECT_ID = re.compile("[0-9a-f]{40}(?:[0-9a-f]{24})?")
_OBJECT_ID_BYTES = re.compile(_OBJECT_ID.pattern.encode())


def is_object_id(text: str | bytes) -> bool:
    """Whether `text` is a full object id as git prints it with --no-abbrev, in either object format."""
    pattern = _OBJECT_ID_BYTES if isinstance(text, bytes) else _OBJECT_ID
    return pattern.fullmatch(text) is not None  # type: ignore[arg-type]


def is_null_id(object_id: str) -> bool:
    """git's all-zero id, of either length: the side of a change where the file does not exist."""
    return len(object_id) in OBJECT_ID_LENGTHS and not object_id.strip("0")


@dataclass(frozen=True)
class Change:
    """One commit's touch of one path, as `git log --raw` tells it."""

    commit: str
    author: str
    email: str
    time: int
    subject: str
    path: str
    blob: str  # the path's blob after the commit; the null id (`is_null_id`) when deleted
    status: str = "M"  # A, M, D; R or C (with a similarity score) when followed from another path
