"""Writing files so that a crash or a full disk never leaves half a file."""

from __future__ import annotations

import errno
import os
import stat
import tempfile

from zvit.core.errors import ZvitError


def write_atomic(path: str, content: bytes, *, root: str | None = None, exclusive: bool = False) -> None:
    """Write to a temporary file beside `path`, flush it to disk, then rename over `path`.

    The rename would replace whatever `path` is, so only a regular file (or
    nothing) is replaced: a symlink, a device, a FIFO or a folder is refused.
    Below `root` (the repository) no folder on the way may be a symlink, so a
    committed link cannot send a write outside the repository.  A full disk or a
    read-only folder is a `ZvitError`; the old file is then left as it was.
    With `exclusive`, `path` must not exist yet: of two writers at once, the
    second gets FileExistsError instead of silently replacing what the first wrote.
    """
    check_target(path, root)
    folder = os.path.dirname(os.path.abspath(path))
    tmp = None
    try:
        os.makedirs(folder, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".zvit-", suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        if not exclusive and os.path.exists(path):
            os.chmod(tmp, os.stat(path).st_mode & 0o777)
        else:
            os.chmod(tmp, 0o644)
        if exclusive:
            os.link(tmp, path)  # fails when `path` exists, where a rename would replace it
        else:
            os.replace(tmp, path)
            tmp = None
    except FileExistsError:
        raise
    except OSError as exc:
        raise _refusal(exc, path) from None
    finally:
        _remove(tmp)


def check_target(path: str, root: str | None = None) -> None:
    """Refuse a target the rename would wrongly replace, or that a symlink leads out of `root`."""
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        mode = None
    except OSError as exc:
        raise _refusal(exc, path) from None
    if mode is not None and stat.S_ISLNK(mode):
        raise ZvitError("write.symlink", path=path)
    if mode is not None and stat.S_ISDIR(mode):
        raise ZvitError("write.directory", path=path)
    if mode is not None and not stat.S_ISREG(mode):
        raise ZvitError("write.not-regular", path=path)
    if root is not None:
        folder = linked_folder(root, os.path.dirname(os.path.abspath(path)))
        if folder is not None:
            raise ZvitError("write.linked-folder", path=path, folder=folder)


def linked_folder(root: str, folder: str) -> str | None:
    """The first folder from `root` down to `folder` that is a symlink (relative to root), or None."""
    rel = os.path.relpath(folder, root)
    if rel == os.curdir or rel.startswith(os.pardir):
        return None
    current = root
    for part in rel.split(os.sep):
        current = os.path.join(current, part)
        if os.path.islink(current):
            return os.path.relpath(current, root).replace(os.sep, "/")
    return None


def _remove(tmp: str | None) -> None:
    if tmp is not None and os.path.exists(tmp):
        os.unlink(tmp)


def _refusal(exc: OSError, path: str) -> ZvitError:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return ZvitError("write.disk-full", path=path)
    if exc.errno == errno.ENOTDIR:
        return ZvitError("write.under-a-file", path=path)
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return ZvitError("write.denied", path=path, reason=exc.strerror or str(exc))
    return ZvitError("write.failed", path=path, reason=exc.strerror or str(exc))
