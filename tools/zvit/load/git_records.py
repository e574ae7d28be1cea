"""Records git prints, as plain data: made by `load.git`, read by history and its renderers.

Kept apart from `load.git` so that a renderer can name a commit without importing
the module that starts git.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Change:
    """One commit's touch of one path, as `git log --raw` tells it."""

    commit: str
    author: str
    email: str
    time: int
    subject: str
    path: str
    blob: str  # the path's blob after the commit; "0"*40 when deleted
    status: str = "M"  # A, M, D; R or C (with a similarity score) when followed from another path
