"""The one module that runs git.

Every call passes an argument list (never a shell string), reads `-z` output
where paths are involved (git quotes non-ASCII paths otherwise), and turns a
failure into a `ZvitError` the user can read.
"""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass
from typing import Sequence

from zvit.errors import ZvitError

# Run git the same way whatever the user's configuration: no pager, no colour,
# paths unquoted, English messages for the few we parse.
_ENV = {"GIT_PAGER": "cat", "LC_ALL": "C", "GIT_TERMINAL_PROMPT": "0"}
_BASE = ("git", "-c", "core.quotepath=off", "-c", "color.ui=never")


def run_git(root: str, args: Sequence[str], *, input: bytes | None = None, check: bool = True) -> bytes:
    try:
        proc = subprocess.run(
            [*_BASE, *args],
            cwd=root,
            input=input,
            capture_output=True,
            env={**os.environ, **_ENV},
        )
    except OSError as exc:
        raise ZvitError("git.failed", detail=str(exc)) from exc
    if check and proc.returncode != 0:
        raise ZvitError("git.failed", detail=proc.stderr.decode("utf-8", "replace").strip())
    return proc.stdout


def zsplit(output: bytes) -> list[str]:
    return [part.decode("utf-8", "surrogateescape") for part in output.split(b"\0") if part]


def toplevel(path: str) -> str | None:
    """The work tree's root containing `path`, or None outside a git repository."""
    try:
        proc = subprocess.run([*_BASE, "rev-parse", "--show-toplevel"], cwd=path,
                              capture_output=True, env={**os.environ, **_ENV})
    except OSError:
        return None
    if proc.returncode != 0:
        return None
    return proc.stdout.decode("utf-8", "surrogateescape").strip()


def resolve(root: str, rev: str) -> str:
    """The commit id `rev` names; a bad or option-like revision is refused."""
    if not rev or rev.startswith("-"):
        raise ZvitError("git.bad-revision", rev=rev)
    out = run_git(root, ["rev-parse", "--verify", "--quiet", "--end-of-options", f"{rev}^{{commit}}"], check=False)
    commit = out.decode().strip()
    if not commit:
        raise ZvitError("git.bad-revision", rev=rev)
    return commit


def ls_files(root: str, rev: str, prefix: str) -> list[str]:
    """Paths of the files under `prefix` at commit `rev`."""
    return zsplit(run_git(root, ["ls-tree", "-r", "-z", "--name-only", rev, "--", prefix]))


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


def log_path(root: str, paths: Sequence[str], rev: str = "HEAD", *, follow: bool = False) -> list[Change]:
    """Every commit that changed `paths`, newest first, with the new blob ids."""
    fmt = "%x01%H%x00%an%x00%ae%x00%ct%x00%s%x00"
    args = ["log", "-z", f"--format={fmt}", "--raw", "--no-abbrev", "--end-of-options", rev, "--", *paths]
    if follow:
        args.insert(1, "--follow")
    else:
        args.insert(1, "--no-renames")
    out = run_git(root, args)
    changes: list[Change] = []
    for record in out.split(b"\x01")[1:]:
        fields = record.split(b"\0")
        commit, author, email, time, subject = (f.decode("utf-8", "replace") for f in fields[:5])
        rest = [f for f in fields[5:] if f]
        i = 0
        while i < len(rest):
            meta = rest[i].decode().lstrip("\n").split()
            if not meta or not meta[0].startswith(":"):
                i += 1
                continue
            status = meta[4]
            if status[0] in "RC":
                path = rest[i + 2].decode("utf-8", "surrogateescape")
                i += 3
            else:
                path = rest[i + 1].decode("utf-8", "surrogateescape")
                i += 2
            changes.append(Change(commit, author, email, int(time), subject, path, meta[3]))
    return changes


class BlobReader:
    """One long-lived `git cat-file --batch`: a process per blob is 5x slower."""

    def __init__(self, root: str) -> None:
        self._proc = subprocess.Popen(
            [*_BASE, "cat-file", "--batch"], cwd=root,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
            env={**os.environ, **_ENV},
        )

    def read(self, name: str) -> bytes | None:
        """The content of a blob id or `rev:path`, or None when there is none."""
        assert self._proc.stdin is not None and self._proc.stdout is not None
        if "\n" in name:
            return None
        self._proc.stdin.write(name.encode("utf-8", "surrogateescape") + b"\n")
        self._proc.stdin.flush()
        header = self._proc.stdout.readline().split()
        if len(header) != 3 or header[1] == b"missing":
            return None
        size = int(header[2])
        data = self._proc.stdout.read(size)
        self._proc.stdout.read(1)
        return data if header[1] == b"blob" else None

    def close(self) -> None:
        for stream in (self._proc.stdin, self._proc.stdout):
            if stream:
                stream.close()
        self._proc.wait()

    def __enter__(self) -> BlobReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
