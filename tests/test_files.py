"""Reading files: one reader, and a Source that reads the work tree or any revision alike."""

from __future__ import annotations

from conftest import Repo

from zvit.load.files import as_text
from zvit.load.source import AtRevision, WorkTree


def test_text_is_read_as_python_s_text_mode_reads_it() -> None:
    assert as_text(b"a\r\nb\rc\n") == "a\nb\nc\n"
    assert as_text("текст".encode() + b"\xff") == "текст\ufffd"


def test_a_source_gives_a_file_s_bytes_or_none(repo: Repo) -> None:
    committed = repo.read("programme.yaml").encode()
    repo.write("programme.yaml", "змінено\n")
    tree, head = WorkTree(str(repo.path)), AtRevision(str(repo.path), "HEAD")
    assert tree.read_bytes("programme.yaml") == "змінено\n".encode()
    assert head.read_bytes("programme.yaml") == committed
    assert head.read_bytes("programme.yaml", 5) == committed[:5]
    assert tree.read_bytes("no-such.yaml") is None and head.read_bytes("no-such.yaml") is None


def test_schema_files_with_windows_line_endings_are_not_stale(repo: Repo) -> None:
    """As before the one reader: a checkout with CRLF endings holds the same schema."""
    for name in ("schema/programme.schema.json", "schema/report.schema.json"):
        repo.write(name, repo.read(name).replace("\n", "\r\n"))
    code, out, _ = repo.zvit("validate")
    assert code == 0 and "schema.stale" not in out
