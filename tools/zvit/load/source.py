"""Where the files come from: the work tree, or the repository at a revision.

Commands read through a `Source` so that "render the form as it was at tag X"
is the same code as "render it now", and the work tree is never touched.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Protocol

from zvit.core.errors import ZvitError
from zvit.core.layout import PROGRAMME_FILE, REPORTS_DIR
from zvit.load import git
from zvit.load.files import read_file
from zvit.load.git_records import is_null_id
from zvit.load.yamlfile import Loaded, parse_yaml, read_yaml


class Source(Protocol):
    root: str
    rev: str  # where history lookups start: "HEAD" for the work tree

    def read(self, path: str) -> Loaded | None:
        """The YAML file at `path` (relative to the root), or None when absent."""

    def exists(self, path: str) -> bool: ...

    def read_bytes(self, path: str, limit: int | None = None) -> bytes | None:
        """The file at `path` as it is (at most `limit` bytes), or None when absent."""

    def report_paths(self) -> list[str]:
        """Every `reports/**.yaml` path, sorted."""


class WorkTree:
    def __init__(self, root: str) -> None:
        self.root = root
        self.rev = "HEAD"

    def read(self, path: str) -> Loaded | None:
        full = os.path.join(self.root, path)
        # A FIFO or a device named like a report is read (and refused) by read_yaml, not passed over as absent.
        return read_yaml(full, path) if os.path.exists(full) and not os.path.isdir(full) else None

    def exists(self, path: str) -> bool:
        return os.path.isfile(os.path.join(self.root, path))

    def read_bytes(self, path: str, limit: int | None = None) -> bytes | None:
        """None when absent; OSError when present but unreadable."""
        try:
            return read_file(os.path.join(self.root, path), limit)
        except FileNotFoundError:
            return None

    def report_paths(self) -> list[str]:
        found: list[str] = []
        base = os.path.join(self.root, REPORTS_DIR)
        for dirpath, dirnames, filenames in os.walk(base):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
            for name in filenames:
                if name.endswith((".yaml", ".yml")):
                    found.append(os.path.relpath(os.path.join(dirpath, name), self.root).replace(os.sep, "/"))
        return sorted(found)


class AtRevision:
    """The repository as it was at `rev`, read from git objects."""

    def __init__(self, root: str, rev: str) -> None:
        self.root = root
        self.commit = git.resolve(root, rev)
        self.rev = self.commit
        self._files: set[str] | None = None

    def _listing(self) -> set[str]:
        if self._files is None:
            self._files = set(git.ls_files(self.root, self.commit, "."))
        return self._files

    def read(self, path: str) -> Loaded | None:
        if path not in self._listing():
            return None
        content = git.run_git(self.root, ["cat-file", "blob", f"{self.commit}:{path}"])
        return parse_yaml(content, path)

    def exists(self, path: str) -> bool:
        return path in self._listing()

    def read_bytes(self, path: str, limit: int | None = None) -> bytes | None:
        if path not in self._listing():
            return None
        content = git.run_git(self.root, ["cat-file", "blob", f"{self.commit}:{path}"])
        return content if limit is None else content[:limit]

    def report_paths(self) -> list[str]:
        return sorted(p for p in self._listing() if p.startswith(REPORTS_DIR + "/") and p.endswith((".yaml", ".yml")))


def programme_versions(root: str, rev: str = "HEAD") -> Iterator[Loaded]:
    """Every committed version of programme.yaml up to `rev`, newest first (for past reports)."""
    if git.toplevel(root) is None:
        return
    try:
        changes = git.log_path(root, [PROGRAMME_FILE], rev)
    except ZvitError:  # an empty repository has no HEAD, so no history to search
        return
    seen: set[str] = set()
    with git.BlobReader(root) as blobs:
        for change in changes:
            if change.blob in seen or is_null_id(change.blob):
                continue
            seen.add(change.blob)
            content = blobs.read(change.blob)
            if content is not None:
                yield parse_yaml(content, f"{PROGRAMME_FILE}@{change.commit[:10]}")
