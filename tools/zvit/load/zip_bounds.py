"""A .docx is a zip: what it unpacks to is bounded before anything else reads it.

A 1 MB file can unpack to a 1 GiB document.xml, and python-docx would unpack it
whole: Python's zipfile inflates a member's compressed data in one piece and
only then cuts it at the declared size.  So the declared sizes are checked
first, then every member is inflated in small steps, counting what really
comes out, into a stored (uncompressed) copy that the reader gets instead.
"""

from __future__ import annotations

import io
import zipfile

# A real form unpacks to a few megabytes; the consolidated form of every unit, to some tens.
MAX_UNPACKED_BYTES = 64 * 1024 * 1024
MAX_MEMBERS = 1000
_STEP = 64 * 1024


class TooLarge(Exception):
    """The package unpacks (or says it unpacks) to more than the bound."""


def bounded(content: bytes, limit: int | None = None) -> bytes:
    """The package in `content` as a stored zip of at most `limit` bytes unpacked.

    Raises `TooLarge`, or `zipfile.BadZipFile` for a damaged package (a member
    holding more than it declares fails its CRC check at its declared size).
    """
    limit = MAX_UNPACKED_BYTES if limit is None else limit
    source = zipfile.ZipFile(io.BytesIO(content))
    members = source.infolist()
    if len(members) > MAX_MEMBERS or sum(m.file_size for m in members) > limit:
        raise TooLarge
    copy = io.BytesIO()
    unpacked = 0
    with zipfile.ZipFile(copy, "w", zipfile.ZIP_STORED) as target:
        for member in members:
            parts = []
            with source.open(member) as stream:
                while part := stream.read(_STEP):
                    unpacked += len(part)
                    if unpacked > limit:
                        raise TooLarge
                    parts.append(part)
            target.writestr(member.filename, b"".join(parts))
    return copy.getvalue()
