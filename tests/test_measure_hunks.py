"""History read from git's diffs must be history read from every version in full.

`measure_hunks` rebuilds each older version from git's diff and reads only the
measures it changed; wherever it is unsure, history reads both versions in full.
These tests edit the real report at random (text edits, and bytes that break its
structure, anchors, blocks that keep blank lines, a missing last line break) and
compare the two ways commit by commit.
"""

from __future__ import annotations

import difflib
import os
import random
import subprocess
import tracemalloc
from pathlib import Path

import pytest
from conftest import REPORT_PATH
from hypothesis import example, given, settings
from hypothesis import strategies as st

from zvit.check import history, measure_hunks
from zvit.check.history_entries import History
from zvit.load.yamlfile import parse_yaml

REPORT = REPORT_PATH.read_bytes()
PATH = "reports/jkg/2019-q3.yaml"
TAIL = 'signatory:\n  position: Директор департаменту\n  name: І. Прізвище\ndate: "2019-10-04"\n'.encode()
WORDS = ["проведено", "здійснено", "робота", "Департаменту", "«Пам’ятка»", "I.3: так", "# ні", "- так"]
PIECES = [
    b"x",
    b" ",
    b"\n",
    b"  ",
    b"    ",
    b"  I.5: |-\n    t\n",
    b"  I.40: y\n",
    b"# c\n",
    b"signatory:\n",
    b"&a ",
    b"*a",
    b'"',
    b"'",
    "Ж".encode(),
    b"|+",
    b"|2",
    b"\n      \n",
    b"\n\n",
    b"\r",
    b"\t",
    b": ",
    b"- ",
    b"{",
    b"...\n",
    "  I.2:\n    text: x\n    state: виконано\n".encode(),
]


def readable(content: bytes) -> bool:
    return parse_yaml(content, PATH).ok


def edit(content: bytes, rng: random.Random) -> bytes:
    """A clerk's edit of one status line (mostly), or bytes inserted or deleted anywhere."""
    lines = content.split(b"\n")
    if rng.random() < 0.75:
        text_lines = [i for i, line in enumerate(lines) if line.startswith(b"    ") or line.startswith(b"  I")]
        if text_lines:
            at = rng.choice(text_lines)
            words = lines[at].split(b" ")
            words[rng.randrange(len(words))] = rng.choice(WORDS).encode()
            lines[at] = b" ".join(words)
            return b"\n".join(lines)
    changed = bytearray(content)
    at = rng.randrange(len(changed) + 1)
    if rng.random() < 0.4:
        del changed[at : at + rng.randrange(1, 12)]
    else:
        changed[at:at] = rng.choice(PIECES)
    return bytes(changed)


def versions(seed: int, count: int) -> list[bytes]:
    """`count` versions of the report, each an edit of the one before; broken ones get fixed again.

    Now and then a version goes back to the first: random bytes make odd files
    that stay readable, and the shortcut must also be seen at work.
    """
    rng = random.Random(seed)
    first = REPORT + (TAIL if seed % 2 else b"")
    current = first
    found, good, broken = [current], current, 0
    for _ in range(count - 1):
        current = edit(current, rng) if rng.random() > 0.05 else first
        if readable(current):
            good, broken = current, 0
        else:
            broken += 1
            if broken > 2 or rng.random() < 0.3:
                current, broken = good, 0
        found.append(current)
    return found


def commit_all(path: Path, contents: list[bytes]) -> None:
    """One commit per version of the report, by `git fast-import` (seconds faster than `git commit`)."""
    subprocess.run(["git", "init", "-q", "-b", "main", str(path)], check=True)
    chunks = []
    for n, content in enumerate(contents):
        author = f"Автор {n % 3} <a{n % 3}@example.org> {1569888000 + n * 60} +0300"
        chunks.append(f"commit refs/heads/main\nauthor {author}\ncommitter {author}\n".encode())
        message = f"Версія {n}".encode()
        chunks.append(b"data %d\n%s\n" % (len(message), message))
        chunks.append(b"M 644 inline %s\ndata %d\n%s\n" % (PATH.encode(), len(content), content))
    subprocess.run(["git", "fast-import", "--quiet"], cwd=path, input=b"".join(chunks), check=True)


def report_history(root: Path, measure: str | None) -> History:
    """The whole history, held: entries compare as tuples."""
    return History(PATH, measure, tuple(history.history_entries(str(root), PATH, measure=measure)))


def both_ways(root: Path, monkeypatch: pytest.MonkeyPatch, measure: str | None = None) -> tuple[History, History, int]:
    """The history as read from the diffs, as read from every version in full, and how many diffs served.

    The full reading takes every version from git, none rebuilt from a diff.
    """
    taken = []
    older_frame, undo = history.older_frame, history.undo

    def counted(*args):  # type: ignore[no-untyped-def]
        frame = older_frame(*args)
        taken.append(frame is not None)
        return frame

    monkeypatch.setattr(history, "older_frame", counted)
    fast = report_history(root, measure)
    monkeypatch.setattr(history, "older_frame", lambda *args: None)
    monkeypatch.setattr(history, "undo", lambda *args: None)
    slow = report_history(root, measure)
    monkeypatch.setattr(history, "older_frame", older_frame)
    monkeypatch.setattr(history, "undo", undo)
    return fast, slow, sum(taken)


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_random_edits_read_from_diffs_as_from_whole_versions(
    seed: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    contents = versions(seed, 250)
    commit_all(tmp_path, contents)
    fast, slow, served = both_ways(tmp_path, monkeypatch)
    assert len(fast.entries) == len(slow.entries) > 200
    for mine, sure in zip(fast.entries, slow.entries, strict=False):
        assert mine == sure, mine.commit.subject
    assert served > len(fast.entries) // 3
    fast, slow, _ = both_ways(tmp_path, monkeypatch, measure="I.8")
    assert fast == slow


@pytest.mark.parametrize("known", [1, 2, 3])
def test_versions_forgotten_on_the_way_are_read_again_alike(
    known: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What is known of each version is kept for the last few only: one forgotten is read in full, to the same end."""
    commit_all(tmp_path, versions(5, 120))
    monkeypatch.setattr(history, "_KNOWN", known)
    monkeypatch.setattr(history, "_KEPT", known)
    fast, slow, _ = both_ways(tmp_path, monkeypatch)
    assert len(fast.entries) == len(slow.entries) > 100
    for mine, sure in zip(fast.entries, slow.entries, strict=True):
        assert mine == sure, mine.commit.subject


def test_a_line_of_spaces_at_a_texts_end_is_read_with_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A line of spaces deeper than the text is part of a `|-` text, though no hunk holds it."""
    block = "  I.13: |-\n    Фактів одержання".encode()
    start = REPORT.index(block)
    following = REPORT.index(b"\n  I.14:", start)
    first = REPORT[:following] + b"\n        " + REPORT[following:]
    second = first.replace("Фактів одержання".encode(), "Випадків одержання".encode(), 1)
    commit_all(tmp_path, [first, second])
    fast, slow, served = both_ways(tmp_path, monkeypatch)
    assert fast == slow and served == 1
    (change,) = fast.entries[0].changes
    assert change.new is not None and change.new.text.endswith("\n    ")


def test_a_merged_branch_and_a_rename_with_an_edit_read_alike(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each commit is compared with its parent's version, through the diff or in full alike."""

    def git(*args: str, date: str = "") -> None:
        env = {**os.environ, "GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date} if date else None
        subprocess.run(["git", *args], cwd=tmp_path, check=True, capture_output=True, env=env)

    def commit(content: str, message: str, date: str, path: str = PATH) -> None:
        (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / path).write_text(content, encoding="utf-8")
        git("add", "-A")
        git("commit", "-q", "-m", message, date=date)

    git("init", "-q", "-b", "main")
    first = REPORT.decode("utf-8")
    commit(first, "first", "2019-10-01T10:00:00")
    main = first.replace("Проводиться роз’яснювальна робота.", "Проводиться планова робота.")
    commit(main, "main 1", "2019-10-01T10:01:00")
    git("checkout", "-q", "-b", "side", "HEAD~1")
    commit(first.replace("Постійно здійснюється", "Постійно здійснювався"), "side 1", "2019-10-01T10:02:00")
    git("checkout", "-q", "main")
    commit(main.replace('  II.12: ""', "  II.12: Виконано."), "main 2", "2019-10-01T10:03:00")
    git("merge", "-q", "--no-edit", "side", date="2019-10-01T10:04:00")
    wrong = PATH.replace(".yaml", ".yml")
    git("mv", PATH, wrong)
    merged = (tmp_path / wrong).read_text(encoding="utf-8")
    commit(merged.replace("Виконано.", "Виконано вчасно."), "renamed and edited", "2019-10-01T10:05:00", wrong)
    git("mv", wrong, PATH)
    git("commit", "-q", "-m", "renamed back", date="2019-10-01T10:06:00")
    fast, slow, served = both_ways(tmp_path, monkeypatch)
    assert fast == slow and served == 4  # every edit: the merge's result is rebuilt from the diff after it
    assert [(e.commit.subject, [c.measure_id for c in e.changes]) for e in fast.entries[:-1]] == [
        ("renamed back", []),
        ("renamed and edited", ["II.12"]),
        ("main 2", ["II.12"]),
        ("side 1", ["I.2"]),
        ("main 1", ["I.1"]),
    ]
    assert fast.entries[-1].event == "created"


def test_one_measures_history_waits_for_a_version_that_reads(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A measure's history reads only that measure's lines, yet a version broken elsewhere stays unreadable."""
    first = REPORT.decode("utf-8")
    broken = first.replace("  I.3: Відповідно", "  I.3: [Відповідно")
    edited = broken.replace("Проводиться роз’яснювальна робота.", "Проводиться планова робота.")
    fixed = edited.replace("  I.3: [Відповідно", "  I.3: Відповідно")
    commit_all(tmp_path, [text.encode("utf-8") for text in (first, broken, edited, fixed)])
    fast, slow, _ = both_ways(tmp_path, monkeypatch, measure="I.1")
    assert fast == slow
    assert [(e.commit.subject, e.event) for e in fast.entries] == [("Версія 3", "edited"), ("Версія 0", "created")]


def test_a_long_run_of_broken_versions_is_waited_through(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Forty versions in a row that do not read: each shows as unreadable, the fix as an edit of the last good one."""
    first = REPORT.decode("utf-8")
    broken = [first.replace("  I.3: Відповідно", f"  I.3: [Відповідно {n}") for n in range(40)]
    fixed = first.replace("Проводиться роз’яснювальна робота.", "Проводиться планова робота.")
    commit_all(tmp_path, [text.encode("utf-8") for text in (first, *broken, fixed)])
    fast, slow, _ = both_ways(tmp_path, monkeypatch)
    assert fast == slow
    events = [(e.event, [c.measure_id for c in e.changes]) for e in fast.entries]
    assert events == [("edited", ["I.1"]), *[("unreadable", [])] * 40, ("created", events[-1][1])]


def test_a_run_of_broken_versions_is_gone_through_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each version of a long broken run is asked whether it reads a few times at most, not once per later version."""
    first = REPORT.decode("utf-8")
    broken = [first.replace("  I.3: Відповідно", f"  I.3: [Відповідно {n}") for n in range(300)]
    commit_all(tmp_path, [text.encode("utf-8") for text in (first, *broken, first)])
    asked: list[str] = []
    reads = history._Walk._reads

    def counted(self: history._Walk, blob: str) -> bool:
        asked.append(blob)
        return reads(self, blob)

    monkeypatch.setattr(history._Walk, "_reads", counted)
    entries = report_history(tmp_path, None).entries
    assert [e.event for e in entries] == ["edited", *["unreadable"] * 300, "created"]
    assert len(asked) < 3 * len(entries)


def test_a_long_history_is_never_held_whole(tmp_path: Path) -> None:
    """Entries come one by one, newest first, and only the versions in hand are kept.

    800 versions of a status that grows by a sentence each time hold about 47 MB of
    text together; walking them keeps the versions in hand and a few megabytes of
    git's output.
    """
    sentence = "Проведено навчальне заняття з працівниками щодо дотримання вимог закону. "
    block = "  I.13: |-\n    Фактів одержання".encode()
    head, tail = REPORT.split(block, 1)
    rest = tail[tail.index(b"\n  I.14:") :]
    texts = ["".join(sentence for _ in range(n)) for n in range(1, 801)]
    contents = [head + f"  I.13: |-\n    {text.rstrip()}".encode() + rest for text in texts]
    commit_all(tmp_path, contents)
    held = sum(len(text) * 2 for text in texts)  # two bytes a Cyrillic character, as Python keeps them
    tracemalloc.start()
    try:
        entries = history.history_entries(str(tmp_path), PATH, measure="I.13")
        newest = next(entries)
        assert newest.commit.subject == "Версія 799" and newest.changes[0].kind == "changed"
        count = 1 + sum(1 for _ in entries)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 800
    assert peak < held / 6, (peak, held)


def unified(old: bytes, new: bytes) -> bytes:
    """A `-U0` diff as git writes it, marking a last line without a line break."""
    out = []
    for line in difflib.diff_bytes(difflib.unified_diff, measure_hunks.lines_of(old), measure_hunks.lines_of(new), n=0):
        if line.startswith((b"---", b"+++")):
            continue
        out.append(line if line.endswith(b"\n") else line + b"\n\\ No newline at end of file\n")
    return b"".join(out)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from([b"a\n", b"b\n", b"  I.1: x\n", b"\n", b"c"]), max_size=10),
    st.lists(st.sampled_from([b"a\n", b"b\n", b"  I.1: x\n", b"\n", b"c"]), max_size=10),
)
def test_undoing_a_diff_gives_the_older_version_back(old: list[bytes], new: list[bytes]) -> None:
    old_content, new_content = b"".join(old), b"".join(new)
    diff = unified(old_content, new_content)
    hunks = measure_hunks.parse_hunks(diff)
    if old_content == new_content:
        assert hunks is None
        return
    assert hunks is not None
    older = measure_hunks.undo(measure_hunks.lines_of(new_content), hunks)
    assert older is not None and b"".join(older) == old_content


def test_a_diff_that_is_not_this_versions_is_refused() -> None:
    hunks = measure_hunks.parse_hunks(b"@@ -2 +2 @@\n-b\n+B\n")
    assert hunks is not None
    assert measure_hunks.undo([b"a\n", b"B\n"], hunks) == [b"a\n", b"b\n"]
    assert measure_hunks.undo([b"a\n", b"C\n"], hunks) is None
    assert measure_hunks.undo([b"a\n"], hunks) is None
    assert measure_hunks.parse_hunks(b"@@ -2 +2 @@\n-b\n") is None  # fewer lines than the header says
    assert measure_hunks.parse_hunks(b"Binary files a/x and b/x differ\n") is None


def events(found: History) -> list[tuple[str, str, list[str]]]:
    return [(e.commit.subject, e.event, [c.measure_id for c in e.changes]) for e in found.entries]


def test_a_hunk_that_starts_at_the_end_of_the_measure_before(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """git may start a hunk at the last line of one measure and end it at the next one's key line: both changed."""
    lines = REPORT.decode("utf-8").split("\n")
    key = lines.index(next(line for line in lines if line.startswith("  I.9: ")))
    assert lines[key - 1].startswith("    ")  # the last line of I.8's block
    edited = lines[: key - 1] + [lines[key].replace("Державні службовці", "Усі державні службовці")] + lines[key + 1 :]
    commit_all(tmp_path, [REPORT, "\n".join(edited).encode("utf-8")])
    diff = subprocess.run(["git", "log", "-1", "-p", "-U0", "--format="], cwd=tmp_path, capture_output=True).stdout
    assert diff.count(b"\n@@ ") == 1 and f"@@ -{key},2 +{key} @@".encode() in diff
    fast, slow, served = both_ways(tmp_path, monkeypatch)
    assert fast == slow and served == 1
    assert events(fast)[0] == ("Версія 1", "edited", ["I.8", "I.9"])
    fast, slow, _ = both_ways(tmp_path, monkeypatch, measure="I.8")
    assert fast == slow and [e.commit.subject for e in fast.entries] == ["Версія 1", "Версія 0"]


@pytest.mark.parametrize(
    ("versions", "found"),
    [
        # A lone CR is a line break to YAML, not to git: "..." after it ends the document.
        (
            [
                b"measures:\n  I.1: a\n  I.2: b\n",
                b"measures:\n  I.1: a\r...\n  I.2: b\n",
                b"measures:\n  I.1: a\n  I.2: c\n",
            ],
            ["edited", "unreadable", "created"],
        ),
        # %TAG makes !!str another tag, which the reader refuses; read alone, the measure has no %TAG.
        (
            [
                b"%TAG !! tag:example.com,2000:\n---\nmeasures:\n  I.1: a\n  I.2: b\n",
                b"%TAG !! tag:example.com,2000:\n---\nmeasures:\n  I.1: !!str a\n  I.2: b\n",
                b"%TAG !! tag:example.com,2000:\n---\nmeasures:\n  I.1: a\n  I.2: c\n",
            ],
            ["edited", "unreadable", "created"],
        ),
    ],
    ids=["lone-cr", "tag-directive"],
)
def test_a_version_that_does_not_read_whole_is_not_read_from_its_measures(
    versions: list[bytes], found: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    commit_all(tmp_path, versions)
    fast, slow, _ = both_ways(tmp_path, monkeypatch)
    assert fast == slow
    assert [event for _, event, _ in events(fast)] == found


def test_the_readers_limits_hold_for_a_version_read_from_its_measures(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A version over the limit on nodes or on bytes is unreadable, though each measure reads alone."""
    from zvit.load.yamlfile import MAX_BYTES, MAX_NODES

    nodes = b"other: [" + b",".join(b"1" for _ in range(MAX_NODES - 20)) + b"]\nmeasures:\n"
    commit_all(
        tmp_path / "nodes",
        [nodes + b"  I.1: [" + b",".join(b"1" for _ in range(30)) + b"]\n  I.2: b\n", nodes + b"  I.1: a\n  I.2: c\n"],
    )
    size = b"# " + b"x" * 2048 + b"\nmeasures:\n"
    commit_all(
        tmp_path / "bytes",
        [size + b"  I.1: |-\n    " + b"x" * (MAX_BYTES - 1024) + b"\n  I.2: b\n", size + b"  I.1: a\n  I.2: c\n"],
    )
    for root, measures_read in ((tmp_path / "nodes", 1), (tmp_path / "bytes", 0)):
        fast, slow, served = both_ways(root, monkeypatch)
        assert fast == slow and served == measures_read  # a version too large is not cut at all
        assert [event for _, event, _ in events(fast)] == ["created", "unreadable"]


def test_control_characters_in_a_report_or_a_message_split_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """git's output is cut at marks fresh for each run: no byte in a file or a message can fake one."""
    commit_all(
        tmp_path,
        [
            b"measures:\n  I.1: |-\n    a\n    \x01b\n  I.2: b\n  I.3: c\n",
            b"measures:\n  I.1: |-\n    a\n  I.2: b\n  I.3: d\n",
        ],
    )
    fast, slow, _ = both_ways(tmp_path, monkeypatch)
    assert fast == slow
    assert [event for _, event, _ in events(fast)] == ["created", "unreadable"]  # \x01 is refused in a report
    subprocess.run(["git", "checkout", "-q", "-f", "main"], cwd=tmp_path, check=True)
    (tmp_path / PATH).write_bytes(b"measures:\n  I.1: a\n  I.2: b\n  I.3: e\n")
    subprocess.run(
        ["git", "commit", "-q", "-a", "-m", "Виправлено \x01 стан"],
        cwd=tmp_path,
        check=True,
        env={
            **os.environ,
            "GIT_AUTHOR_NAME": "А",
            "GIT_AUTHOR_EMAIL": "a@example.org",
            "GIT_COMMITTER_NAME": "А",
            "GIT_COMMITTER_EMAIL": "a@example.org",
        },
    )
    fast, slow, _ = both_ways(tmp_path, monkeypatch)
    assert fast == slow
    assert events(fast)[0] == ("Виправлено \x01 стан", "edited", ["I.3"])


_SIMPLE_PIECES = [
    "    ",
    " ",
    "\n",
    "a",
    "І",
    ":",
    ": ",
    " #",
    "#",
    "-",
    "|",
    "'",
    '"',
    "\t",
    "\r",
    "\u200b",
    "\x85",
    "1",
]


@settings(max_examples=600, deadline=None)
@example(header="  I.1: ", body="a:")
@example(header="  I.1: ", body="a ")
@example(header="  I.1: ", body="a #b")
@example(header="  I.1: |-\n    ", body="a\n      \n")
@example(header="  I.1: |-\n    ", body="a\n    \n      b\n    \n")
@example(header="  I.1: |-\n    ", body="a\n  # b\n")
@given(
    header=st.sampled_from(["  I.1: |-\n", "  I.1: |-\n    ", "  I.1: ", "  I.2: ", "  I.1: |\n    ", "  I.1:  "]),
    body=st.lists(st.sampled_from(_SIMPLE_PIECES), max_size=14).map("".join),
)
def test_a_simple_measure_is_read_as_the_parser_reads_it(header: str, body: str) -> None:
    """The text of a plain `|-` block or line, read without the parser, is the parser's; anything else is left to it."""
    lines = (header + body).encode("utf-8")
    text = measure_hunks.simple_text("I.1", lines)
    if text is None:
        return
    loaded = parse_yaml(b"measures:\n" + lines, PATH)
    assert loaded.ok and not loaded.findings
    assert loaded.data == {"measures": {"I.1": text}}


def test_a_growing_status_is_read_without_the_parser() -> None:
    """The texts zvit writes: a `|-` block with empty lines between paragraphs, and one plain line."""
    block = "  I.14: |-\n    Перший абзац: так.\n\n    Другий   абзац # не коментар.\n     з відступом\n\n".encode()
    assert (
        measure_hunks.simple_text("I.14", block) == "Перший абзац: так.\n\nДругий   абзац # не коментар.\n з відступом"
    )
    assert measure_hunks.simple_text("I.9", "  I.9: Виконано, у строк.\n\n".encode()) == "Виконано, у строк."
    assert measure_hunks.simple_text("I.9", b"  I.9: true\n") is None
    assert measure_hunks.simple_text("I.9", "  I.9: Виконано\n    далі\n".encode()) is None
