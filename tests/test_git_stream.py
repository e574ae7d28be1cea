"""git's output split into records as it comes, whatever the sizes of the chunks the pipe gives."""

from __future__ import annotations

import io

from hypothesis import given
from hypothesis import strategies as st

from zvit.load.git import _records

SEPARATOR = b"<zvit-record-0a1b>"


class Chunked(io.RawIOBase):
    """A pipe that hands over its bytes in the given sizes, as a pipe does when the writer is slow."""

    def __init__(self, data: bytes, sizes: list[int]) -> None:
        self._data, self._sizes, self._at = data, sizes, 0

    def read1(self, limit: int = -1) -> bytes:
        size = self._sizes.pop(0) if self._sizes else len(self._data)
        piece = self._data[self._at : self._at + max(size, 1)]
        self._at += len(piece)
        return piece


@given(
    st.lists(st.binary(max_size=60).map(lambda b: b.replace(b"<", b"")), max_size=8),
    st.lists(st.integers(min_value=1, max_value=40), max_size=40),
)
def test_records_are_split_alike_however_the_pipe_cuts_them(records: list[bytes], sizes: list[int]) -> None:
    data = b"".join(SEPARATOR + record for record in records)
    expected = [record for record in data.split(SEPARATOR) if record]
    assert list(_records(Chunked(data, sizes), SEPARATOR)) == expected  # type: ignore[arg-type]


def test_a_record_of_many_chunks_is_joined_once() -> None:
    huge = b"x" * (3 << 20)
    data = SEPARATOR + b"a" + SEPARATOR + huge + SEPARATOR + b"b"
    assert list(_records(Chunked(data, [1000] * 5000), SEPARATOR)) == [b"a", huge, b"b"]  # type: ignore[arg-type]
