"""The one place that opens a file for reading: sources, the YAML reader, the forms and the package's schemas.

tests/test_layers.py holds every other module to it, so a read cannot bypass
the size limit its caller sets or the `Source` that says where files come from.
"""

from __future__ import annotations

import errno
import os
import stat


class NotRegularFile(OSError):
    """A FIFO, a device or a folder where a file was expected: reading it could block or never end."""


def read_file(path: str, limit: int | None = None) -> bytes:
    """The bytes of the regular file at `path`, at most `limit` of them; OSError as `open` raises it.

    Opened without blocking, so a FIFO named like a report (`mkfifo reports/jkg/2019-q2.yaml`)
    or a device is refused at once (NotRegularFile) instead of hanging until someone writes to it.
    """
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise NotRegularFile(errno.EINVAL, "not a regular file", path)
    with open(fd, "rb") as handle:
        return handle.read() if limit is None else handle.read(limit)


def as_text(content: bytes) -> str:
    """UTF-8 text as Python's text mode reads it: any line ending as "\\n", a bad byte as U+FFFD."""
    return content.decode("utf-8", "replace").replace("\r\n", "\n").replace("\r", "\n")
