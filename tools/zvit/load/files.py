"""The one place that opens a file for reading: sources, the YAML reader, the forms and the package's schemas.

tests/test_layers.py holds every other module to it, so a read cannot bypass
the size limit its caller sets or the `Source` that says where files come from.
"""

from __future__ import annotations


def read_file(path: str, limit: int | None = None) -> bytes:
    """The bytes of the file at `path`, at most `limit` of them; OSError as `open` raises it."""
    with open(path, "rb") as handle:
        return handle.read() if limit is None else handle.read(limit)


def as_text(content: bytes) -> str:
    """UTF-8 text as Python's text mode reads it: any line ending as "\\n", a bad byte as U+FFFD."""
    return content.decode("utf-8", "replace").replace("\r\n", "\n").replace("\r", "\n")
