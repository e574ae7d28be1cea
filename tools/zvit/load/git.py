"""The one module that runs git.

Every call passes an argument list (never a shell string), reads `-z` output
where paths are involved (git quotes non-ASCII paths otherwise), and turns a
failure into a `ZvitError` the user can read.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
from collections.abc import Generator, Iterator, Sequence
from dataclasses import dataclass
from typing import IO

from zvit.core.errors import ZvitError
from zvit.load.git_records import Change, is_object_id

# Run git the same way whatever the user's configuration: no pager, no colour,
# paths unquoted, no signature checks written into `git log`, English messages
# for the few we parse.
_ENV = {"GIT_PAGER": "cat", "LC_ALL": "C", "GIT_TERMINAL_PROMPT": "0"}
_BASE = ("git", "-c", "core.quotepath=off", "-c", "color.ui=never", "-c", "log.showSignature=false")


class _Format:
    """A `--format` of `placeholders` whose records and fields are marked by a token fresh for each call.

    A commit message, a path, a tag message or a report line may hold any byte,
    control characters and NUL included; a random mark cannot be in them by
    chance, nor put there by design, so none of them can end a record or a field
    early.  With `rest`, one more field holds what git writes after the format
    (`--raw` lines, the patch).
    """

    def __init__(self, placeholders: Sequence[str], *, rest: bool = False) -> None:
        token = os.urandom(12).hex()
        record, field = f"<zvit-record-{token}>", f"<zvit-field-{token}>"
        self.spec = record + field.join([*placeholders, ""] if rest else placeholders)
        self.record, self.field = record.encode(), field.encode()
        self.count = len(placeholders) + rest

    def fields(self, record: bytes) -> list[bytes] | None:
        """One record's fields; None when it has too few."""
        found = record.split(self.field, self.count - 1)
        return found if len(found) == self.count else None

    def records(self, out: bytes) -> Iterator[list[bytes]]:
        """The fields of each record in `out`; one trailing line break is git's, not the last field's."""
        for record in out.split(self.record)[1:]:
            found = self.fields(record.removesuffix(b"\n"))
            if found is not None:
                yield found


def _env(root: str) -> dict[str, str]:
    """git's environment for the repository at `root`: git looks for it at `root` and never above.

    A reporting folder unpacked inside another work tree (a tarball, `git
    archive`) is not part of that repository; its history is not the outer one.
    """
    ceiling = os.path.dirname(os.path.realpath(root))
    return {**os.environ, **_ENV, "GIT_CEILING_DIRECTORIES": ceiling}


# What git says on failure (always English: LC_ALL=C) -> what zvit says instead, from the catalogue.
_FAILURES = (
    ("not a git repository", "git.not-a-repository"),
    ("detected dubious ownership", "git.dubious-ownership"),
    ("does not have any commits yet", "git.no-commits"),
    ("bad default revision 'HEAD'", "git.no-commits"),
    ("bad revision 'HEAD'", "git.no-commits"),
    ("ambiguous argument 'HEAD'", "git.no-commits"),
    ("Please tell me who you are", "git.no-identity"),
    ("identity unknown", "git.no-identity"),
    ("empty ident name", "git.no-identity"),
    ("gpg failed to sign", "git.sign-failed"),
    ("cannot run gpg", "git.sign-failed"),
    ("index.lock", "git.locked"),
)


def failure(root: str, said: str) -> ZvitError:
    """The error for a git command that failed saying `said`: its own words where zvit knows the case."""
    code = next((code for needle, code in _FAILURES if needle in said), None)
    if code is None:
        return ZvitError("git.failed", detail=said.strip())
    return ZvitError(code, root=root)


def run_git(root: str, args: Sequence[str], *, input: bytes | None = None, check: bool = True) -> bytes:
    """git's output; with `check`, a failure is a ZvitError in the catalogue's words where zvit knows it."""
    proc = git_process(root, args, input=input)
    if check and proc.returncode != 0:
        raise failure(root, proc.stderr.decode("utf-8", "replace"))
    return proc.stdout


def git_process(
    root: str, args: Sequence[str], *, input: bytes | None = None, search_up: bool = False
) -> subprocess.CompletedProcess[bytes]:
    """One git command run to its end, with the fixed options and environment; no git at all is a ZvitError.

    Git looks for the repository at `root` only; with `search_up`, in the folders above it too.
    """
    env = {**os.environ, **_ENV} if search_up else _env(root)
    try:
        return subprocess.run([*_BASE, *args], cwd=root, input=input, capture_output=True, env=env)
    except OSError as exc:
        raise ZvitError("git.not-installed") from exc


def zsplit(output: bytes) -> list[str]:
    return [part.decode("utf-8", "surrogateescape") for part in output.split(b"\0") if part]


def toplevel(path: str) -> str | None:
    """The work tree's root containing `path`, or None outside a git repository."""
    try:
        proc = git_process(path, ["rev-parse", "--show-toplevel"], search_up=True)
    except ZvitError:
        return None
    if proc.returncode != 0:
        return None
    return proc.stdout.decode("utf-8", "surrogateescape").strip()


def is_repository(root: str) -> bool:
    """Whether `root` is the top of a git work tree (a folder inside another one is not)."""
    out = run_git(root, ["rev-parse", "--show-toplevel"], check=False).decode("utf-8", "surrogateescape").strip()
    return bool(out) and os.path.realpath(out) == os.path.realpath(root)


def is_shallow(root: str) -> bool:
    """Whether the clone lacks older history (`git clone --depth`): commits before its cut seem not to exist."""
    return run_git(root, ["rev-parse", "--is-shallow-repository"], check=False).strip() == b"true"


def resolve(root: str, rev: str) -> str:
    """The commit id `rev` names; a bad or option-like revision is refused."""
    if not rev or rev.startswith("-"):
        raise ZvitError("git.bad-revision", rev=rev)
    out = run_git(root, ["rev-parse", "--verify", "--quiet", "--end-of-options", f"{rev}^{{commit}}"], check=False)
    commit = out.decode().strip()
    if not commit:
        if toplevel(root) is None:  # a tarball or a copy without .git: no revision can exist
            raise ZvitError("git.not-a-repository", root=root)
        raise ZvitError("git.bad-revision", rev=rev)
    return commit


def ls_files(root: str, rev: str, prefix: str) -> list[str]:
    """Paths of the files under `prefix` at commit `rev`."""
    return zsplit(run_git(root, ["ls-tree", "-r", "-z", "--name-only", rev, "--", prefix]))


def ls_tree(root: str, rev: str, prefix: str) -> list[tuple[str, str]]:
    """(mode, path) of the files under `prefix` at commit `rev`; a symlink's mode is "120000"."""
    entries = []
    for entry in zsplit(run_git(root, ["ls-tree", "-r", "-z", rev, "--", prefix])):
        meta, _, path = entry.partition("\t")
        entries.append((meta.split(" ", 1)[0], path))
    return entries


def log_path(root: str, paths: Sequence[str], rev: str = "HEAD", *, follow: bool = False) -> list[Change]:
    """Every commit that changed `paths`, newest first, with the new blob ids."""
    fmt = _Format(["%H", "%an", "%ae", "%ct", "%s"], rest=True)
    args = ["log", "-z", f"--format={fmt.spec}", "--raw", "--no-abbrev", "--end-of-options", rev, "--", *paths]
    if follow:
        args.insert(1, "--follow")
    else:
        args.insert(1, "--no-renames")
    out = run_git(root, args)
    changes: list[Change] = []
    for fields in fmt.records(out):
        commit, author, email, time, subject = (f.decode("utf-8", "replace") for f in fields[:5])
        rest = [f for f in fields[5].split(b"\0") if f]
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
            changes.append(Change(commit, author, email, int(time), subject, path, meta[3], status))
    return changes


class BlobReader:
    """One long-lived `git cat-file --batch`: a process per blob is 5x slower."""

    def __init__(self, root: str) -> None:
        self._proc = subprocess.Popen(
            [*_BASE, "cat-file", "--batch"],
            cwd=root,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=_env(root),
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


# Submissions, signatures and the audit (issue 6) ---------------------------


def for_each_ref(root: str, patterns: Sequence[str], atoms: Sequence[str]) -> list[list[str]]:
    """One `git for-each-ref`: per matching ref, the values of `atoms` ("refname", "*objectname")."""
    fmt = _Format([f"%({atom})" for atom in atoms])
    out = run_git(root, ["for-each-ref", f"--format={fmt.spec}", "--", *patterns])
    return [[f.decode("utf-8", "replace") for f in fields] for fields in fmt.records(out)]


def read_objects(root: str, names: Sequence[str]) -> dict[str, tuple[str, bytes] | None]:
    """Type and content of many objects (`rev:path` or ids) from one `git cat-file --batch`."""
    asked = [n for n in dict.fromkeys(names) if n and "\n" not in n]
    found: dict[str, tuple[str, bytes] | None] = {n: None for n in names}
    if not asked:
        return found
    out = run_git(
        root, ["cat-file", "--batch"], input="".join(n + "\n" for n in asked).encode("utf-8", "surrogateescape")
    )
    at = 0
    for name in asked:
        end = out.index(b"\n", at)
        header = out[at:end].split()
        at = end + 1
        if len(header) == 3 and header[1] not in (b"missing", b"ambiguous"):
            size = int(header[2])
            found[name] = (header[1].decode(), out[at : at + size])
            at += size + 1
    return found


def object_ids(root: str, names: Sequence[str]) -> dict[str, str | None]:
    """The object id of many `rev:path` names from one `git cat-file --batch-check`; None when absent."""
    asked = [n for n in dict.fromkeys(names) if n and "\n" not in n]
    found: dict[str, str | None] = {n: None for n in names}
    if not asked:
        return found
    out = run_git(
        root,
        ["cat-file", "--batch-check=%(objectname) %(objecttype)"],
        input="".join(n + "\n" for n in asked).encode("utf-8", "surrogateescape"),
    )
    for name, line in zip(asked, out.decode("utf-8", "replace").splitlines(), strict=False):
        parts = line.split()
        if len(parts) == 2 and parts[1] == "blob":
            found[name] = parts[0]
    return found


@dataclass(frozen=True)
class Commit:
    """One commit of a history walk, with the blobs it wrote under the walked paths."""

    id: str
    parents: tuple[str, ...]
    author: str
    email: str
    time: int
    subject: str
    changes: tuple[tuple[str, str], ...]  # (path, blob after the commit; the null id when deleted)


def log_commits(root: str, rev: str, paths: Sequence[str]) -> list[Commit]:
    """Every commit reachable from `rev` (topological order, newest first) and its changes
    under `paths`: the whole graph and the changes in one `git log`."""
    fmt = _Format(["%H", "%P", "%an", "%ae", "%ct", "%s"], rest=True)
    out = run_git(
        root,
        [
            "log",
            "-z",
            f"--format={fmt.spec}",
            "--raw",
            "--no-renames",
            "--no-abbrev",
            "--topo-order",
            "--full-history",
            "--sparse",
            "--end-of-options",
            rev,
            "--",
            *paths,
        ],
    )
    commits: list[Commit] = []
    for fields in fmt.records(out):
        commit, parents, author, email, time, subject = (f.decode("utf-8", "replace") for f in fields[:6])
        tokens = fields[6].split(b"\0")
        changes: list[tuple[str, str]] = []
        i = 0
        while i < len(tokens):
            meta = tokens[i].lstrip(b"\n").decode("utf-8", "replace").split()
            if len(meta) >= 5 and meta[0].startswith(":") and i + 1 < len(tokens):
                changes.append((tokens[i + 1].decode("utf-8", "surrogateescape"), meta[3]))
                i += 2
            else:
                i += 1
        commits.append(
            Commit(
                commit,
                tuple(parents.split()),
                author,
                email,
                int(time) if time.isdigit() else 0,
                subject,
                tuple(changes),
            )
        )
    return commits


def commit_signatures(root: str, commits: Sequence[str]) -> dict[str, tuple[str, str, str]]:
    """`%G?`, key and signer of each commit, from one `git log --no-walk --stdin`."""
    if not commits:
        return {}
    fmt = _Format(["%H", "%G?", "%GK", "%GS"])
    out = run_git(
        root,
        ["log", "--no-walk=unsorted", "--stdin", f"--format={fmt.spec}"],
        input="".join(c + "\n" for c in commits).encode(),
    )
    found = {}
    for fields in fmt.records(out):
        commit, letter, key, signer = (f.decode("utf-8", "replace") for f in fields)
        found[commit] = (letter, key, signer)
    return found


def verify_tag(root: str, tag_object: str) -> tuple[bool, str]:
    """Whether `git verify-tag` accepts the tag object's signature, and what it said."""
    try:
        proc = git_process(root, ["verify-tag", "--raw", tag_object])
    except ZvitError as exc:
        return False, str(exc.args_["detail"])
    return proc.returncode == 0, proc.stderr.decode("utf-8", "replace")


def config_get(root: str, key: str) -> str | None:
    """A git configuration value as git sees it in `root`, or None when unset."""
    value = run_git(root, ["config", "--get", key], check=False).decode("utf-8", "replace").strip()
    return value or None


def config_set_local(root: str, key: str, value: str) -> None:
    """Set `key` in this repository's own `.git/config`, replacing every earlier value."""
    run_git(root, ["config", "--local", "--replace-all", key, value])


def config_unset_local(root: str, key: str, value_pattern: str) -> bool:
    """Remove the values of `key` matching `value_pattern` from `.git/config`; whether there were any."""
    proc = git_process(root, ["config", "--local", "--unset-all", key, value_pattern])
    if proc.returncode not in (0, 5):  # 5: nothing matched
        raise failure(root, proc.stderr.decode("utf-8", "replace"))
    return proc.returncode == 0


def config_remove_section_local(root: str, section: str) -> None:
    """Remove `section` (every key of it) from `.git/config`, if it is there."""
    proc = git_process(root, ["config", "--local", "--remove-section", section])
    if proc.returncode not in (0, 128) or (proc.returncode == 128 and b"no such section" not in proc.stderr):
        raise failure(root, proc.stderr.decode("utf-8", "replace"))


def committer(root: str) -> str:
    """ "Name <email>" as the next commit or tag made here would record it."""
    ident = run_git(root, ["var", "GIT_COMMITTER_IDENT"]).decode("utf-8", "replace").strip()
    return ident.rsplit(" ", 2)[0]


def changed_paths(root: str, paths: Sequence[str]) -> list[str]:
    """Which of `paths` differ from HEAD (staged, unstaged or untracked)."""
    out = run_git(root, ["status", "--porcelain", "-z", "--untracked-files=all", "--", *paths])
    return [entry[3:] for entry in zsplit(out) if len(entry) > 3 and entry[2] == " "]


def create_tag(root: str, name: str, target: str, message: str, *, sign: bool) -> None:
    """An annotated tag (signed with `sign`), its message given verbatim on stdin."""
    if not name or name.startswith("-") or target.startswith("-"):
        raise ZvitError("git.bad-revision", rev=name)
    run_git(
        root,
        ["tag", "-s" if sign else "-a", "--cleanup=verbatim", "-F", "-", name, target],
        input=message.encode("utf-8"),
    )


# Diffs and review (issue 4) ------------------------------------------------


def paths_changed_since(root: str, base: str, head: str, prefix: str) -> list[str]:
    """Paths under `prefix` that `head` changed since it forked from `base` (`base...head`)."""
    out = run_git(
        root,
        [
            "diff",
            "--name-only",
            "-z",
            "--no-renames",
            "--no-ext-diff",
            "--end-of-options",
            f"{base}...{head}",
            "--",
            prefix,
        ],
    )
    return zsplit(out)


def merge_base(root: str, base: str, head: str) -> str:
    """The commit `head` forked from `base`: what a pull request is compared against."""
    out = run_git(root, ["merge-base", "--end-of-options", base, head], check=False).decode().strip()
    if not out:
        if toplevel(root) is None:
            raise ZvitError("git.not-a-repository", root=root)
        raise ZvitError("git.bad-revision", rev=f"{base}...{head}")
    return out


# History from diffs (issue 4) -----------------------------------------------


@dataclass(frozen=True)
class Patch:
    """One commit's change to one path, as `git log -p -U0` shows it."""

    change: Change
    old_blob: str  # the null id (`is_null_id`) when the commit created the path
    old_path: str
    diff: bytes  # from the first "@@" line on; b"" for a rename or a mode change alone


def log_patches(
    root: str, path: str, rev: str = "HEAD", *, follow: bool, first_parent: bool = False
) -> Generator[Patch, None, None]:
    """Every commit that changed `path`, newest first, each with its changed lines only.

    With `first_parent`, only `rev`'s first parents, a merge shown as the change it
    made to its first parent: one line of versions.

    The diff is git's own, whatever .gitattributes or the user's settings say:
    no context lines, text even where an attribute says binary, no textconv or
    external diff.  Patches come as git writes them, so the caller works while
    git is still diffing older commits: the pipe holds what git writes ahead.
    """
    import tempfile  # here, not at the top: every command imports this module, few run history

    fmt = _Format(["%H", "%an", "%ae", "%ct", "%s"], rest=True)
    args = [
        "log",
        "-z",
        f"--format={fmt.spec}",
        "--raw",
        "--no-abbrev",
        "-p",
        "-U0",
        "--inter-hunk-context=0",
        "--text",
        "--no-textconv",
        "--no-ext-diff",
        "--no-color",
        "--follow" if follow else "--no-renames",
        *(["--first-parent"] if first_parent else []),
        "--end-of-options",
        rev,
        "--",
        path,
    ]
    with tempfile.TemporaryDirectory(prefix="zvit-") as tmp:
        for record in _streamed(root, args, os.path.join(tmp, "stderr"), fmt.record):
            patch = _patch(fmt.fields(record))
            if patch is not None:
                yield patch


def _streamed(root: str, args: Sequence[str], errors: str, separator: bytes) -> Iterator[bytes]:
    """The records of a git command's output as they come, split before each `separator`."""
    with open(errors, "wb") as stderr:
        try:
            proc = subprocess.Popen([*_BASE, *args], cwd=root, stdout=subprocess.PIPE, stderr=stderr, env=_env(root))
        except OSError as exc:
            raise ZvitError("git.not-installed") from exc
        stdout = proc.stdout
        assert stdout is not None
        try:
            _widen(stdout)
            yield from _records(stdout, separator)
            proc.wait()
        finally:
            stdout.close()
            if proc.poll() is None:  # stopped before the end: git need not finish
                proc.kill()
            proc.wait()
    if proc.returncode != 0:
        with open(errors, "rb") as said:
            raise failure(root, said.read().decode("utf-8", "replace"))


def _records(stream: IO[bytes], separator: bytes) -> Iterator[bytes]:
    """The records of `stream`, split before each `separator`, each as soon as its end has come.

    A record longer than a chunk (a commit's diff of many megabytes) is held as its
    chunks and joined once: only each new chunk, and where it meets the one before,
    is searched for the separator (of two bytes or more).
    """
    overlap = len(separator) - 1
    parts: list[bytes] = []  # the record being read
    edge = b""  # the last bytes read, too few to hold a separator
    while chunk := stream.read1(1 << 20):  # type: ignore[attr-defined]
        if separator in chunk or separator in edge + chunk[:overlap]:
            records = b"".join([*parts, chunk]).split(separator)
            parts = [records.pop()]
            yield from (record for record in records if record)
        else:
            parts.append(chunk)
        edge = (edge + chunk[-overlap:])[-overlap:]
    if last := b"".join(parts):
        yield last


def _widen(pipe: IO[bytes]) -> None:
    """Let git write up to a megabyte ahead of zvit (Linux; elsewhere the pipe keeps its size)."""
    try:
        import fcntl
    except ImportError:  # Windows
        return
    setsize = getattr(fcntl, "F_SETPIPE_SZ", None)  # Linux only
    if setsize is not None:
        with contextlib.suppress(OSError):  # above the system's limit for pipes
            fcntl.fcntl(pipe.fileno(), setsize, 1 << 20)


def _patch(fields: list[bytes] | None) -> Patch | None:
    """One commit's record: header fields, then raw lines, then the patch text."""
    if fields is None or not is_object_id(fields[0]) or not fields[3].isdigit():
        return None
    commit, author, email, time, subject = (f.decode("utf-8", "replace") for f in fields[:5])
    rest = fields[5].lstrip(b"\0\n")
    meta_end = rest.find(b"\0")
    meta = rest[:meta_end].decode("utf-8", "replace").split()
    if meta_end < 0 or len(meta) < 5 or not meta[0].startswith(":"):
        return None  # a merge: git shows no diff for it
    status = meta[4]
    names = rest[meta_end + 1 :].split(b"\0", 3 if status[0] in "RC" else 2)
    old_path = names[0].decode("utf-8", "surrogateescape")
    new_path = names[1 if status[0] in "RC" else 0].decode("utf-8", "surrogateescape")
    text = names[-1]
    hunks = text.find(b"\n@@ ")
    change = Change(commit, author, email, int(time), subject, new_path, meta[3], status)
    return Patch(change, meta[2], old_path, text[hunks + 1 :] if hunks >= 0 else b"")
