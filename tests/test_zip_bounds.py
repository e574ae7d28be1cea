"""Zip bombs: a .docx that declares more than the bound unpacked is refused by import and skipped by textconv."""

from __future__ import annotations

import io
import struct
import tracemalloc
import zipfile
from pathlib import Path

import pytest
from conftest import Repo

from zvit.commands.textconv import as_text
from zvit.load import zip_bounds

BOUND = 1024 * 1024


@pytest.fixture
def form(repo: Repo, tmp_path: Path) -> bytes:
    out = tmp_path / "form.docx"
    assert repo.zvit("docx", "--unit", "jkg", "--quarter", "3", "--out", str(out))[0] == 0
    return out.read_bytes()


def padded(form: bytes, size: int) -> bytes:
    """The form plus a member of `size` spaces: a few kilobytes packed, `size` bytes unpacked."""
    buffer = io.BytesIO(form)
    with zipfile.ZipFile(buffer, "a", zipfile.ZIP_DEFLATED) as package:
        package.writestr("word/padding.xml", b" " * size)
    return buffer.getvalue()


def test_import_refuses_a_form_that_declares_more_than_the_bound(
    repo: Repo, form: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(zip_bounds, "MAX_UNPACKED_BYTES", BOUND)
    bomb = tmp_path / "bomb.docx"
    bomb.write_bytes(padded(form, 2 * BOUND))
    assert len(bomb.read_bytes()) < BOUND // 4
    code, out, err = repo.zvit("import", str(bomb), "--unit", "jkg", "--quarter", "2")
    assert (code, out) == (1, "")
    assert err == (
        "zvit: документ Word розпаковується у понад 1 МБ; справжня форма звіту значно менша — "
        "перевірте, чи це той файл\n"
    )
    assert not (repo.path / "reports/jkg/2019-q2.yaml").exists()


def test_textconv_shows_nothing_for_it_and_git_diff_goes_on(form: bytes, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(zip_bounds, "MAX_UNPACKED_BYTES", BOUND)
    assert as_text(padded(form, BOUND // 2), "form.docx").startswith("ФОРМА\n")
    assert as_text(padded(form, 2 * BOUND), "form.docx") == ""


def lying(form: bytes, size: int) -> bytes:
    """The form whose document.xml holds `size` more bytes (trailing spaces) than its headers declare."""
    source, buffer = zipfile.ZipFile(io.BytesIO(form)), io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        for item in source.infolist():
            data = source.read(item.filename)
            package.writestr(item.filename, data + b" " * size if item.filename == "word/document.xml" else data)
    declared = len(source.read("word/document.xml"))
    data = bytearray(buffer.getvalue())
    name = b"word/document.xml"
    for signature, name_at, size_at in ((b"PK\x03\x04", 30, 22), (b"PK\x01\x02", 46, 24)):
        at = data.find(signature)
        while data[at + name_at : at + name_at + len(name)] != name:
            at = data.find(signature, at + 4)
        struct.pack_into("<I", data, at + size_at, declared)
    return bytes(data)


def test_a_member_holding_more_than_it_declares_is_not_unpacked_past_the_bound(form: bytes) -> None:
    """zipfile would inflate all 64 MB before cutting at the declared size: zvit stops at the bound."""
    bomb = lying(form, 64 * BOUND)
    assert len(bomb) < BOUND
    tracemalloc.start()
    try:
        assert as_text(bomb, "form.docx") == ""
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 16 * BOUND
