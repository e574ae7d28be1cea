"""The command line: `zvit COMMAND ...`.  The only place with argv, exit codes and stderr.

Exit codes: 0 ok; 1 findings or an error the user must fix; 2 usage; 3 an
unexpected internal error (one line, never a bare traceback); 130 interrupted.
"""

from __future__ import annotations

import argparse
import codecs
import contextlib
import io
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NoReturn, TextIO

from zvit import __version__
from zvit.commands import COMMANDS, load_command
from zvit.core.errors import ZvitError
from zvit.core.layout import PROGRAMME_FILE
from zvit.core.messages import text
from zvit.load import git
from zvit.render.reporters import write_findings


@dataclass(frozen=True)
class Context:
    """What every command gets besides its own options."""

    root: str
    lang: str
    out: TextIO
    err: TextIO

    def say(self, code: str, **args: object) -> None:
        self.out.write(text(code, self.lang, args) + "\n")


class _Parser(argparse.ArgumentParser):
    """argparse speaking Ukrainian where a user meets it: a mistyped choice (`make status FORMAT=pdf`)."""

    def _check_value(self, action: argparse.Action, value: object) -> None:
        if action.choices is not None and value not in action.choices:
            option = action.option_strings[-1] if action.option_strings else action.metavar or action.dest
            choices = ", ".join(map(str, action.choices))
            worded = text("cli.invalid-choice", "uk", {"option": option, "value": value, "choices": choices})
            raise argparse.ArgumentError(None, worded)

    def error(self, message: str) -> NoReturn:
        usage = self.format_usage().replace("usage: ", text("cli.usage", "uk") + ": ", 1)
        self.exit(2, f"{usage}{self.prog}: {text('cli.usage-error', 'uk', {'message': message})}\n")


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser for `command` alone (its module alone is imported), or for every command."""
    parser = _Parser(
        prog="zvit",
        description="Квартальні звіти про виконання антикорупційної програми: перевірка, форма DOCX, історія.",
    )
    parser.add_argument("--version", action="version", version=f"zvit {__version__}")
    parser.add_argument("--root", help="тека репозиторію звітності (типово: корінь поточного репозиторію git)")
    parser.add_argument(
        "--lang", choices=("uk", "en"), default=os.environ.get("ZVIT_LANG", "uk"), help="мова повідомлень (типово uk)"
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="КОМАНДА")
    for name in COMMANDS:
        if command is None or name == command:
            load_command(name).register(sub, name)
    return parser


def named_command(argv: Sequence[str] | None) -> str | None:
    """The command `argv` names, or None (`zvit --help`, a typo): then every command is loaded.

    A pre-commit hook or git's textconv starts zvit for every batch of files;
    importing python-docx and lxml for all commands would double its start-up.
    """
    pre = argparse.ArgumentParser(add_help=False, exit_on_error=False)
    pre.add_argument("--root")
    pre.add_argument("--lang")
    pre.add_argument("command", nargs="?")
    try:
        known, _ = pre.parse_known_args(argv)
    except argparse.ArgumentError:
        return None
    return known.command if known.command in COMMANDS else None


def find_root(explicit: str | None) -> str:
    """The folder that holds programme.yaml: this one or the nearest above it, within its git work tree.

    Not simply the work tree's top: a reporting folder unpacked inside another
    repository must not read, or write into, that repository's files.
    """
    if explicit:
        return os.path.abspath(explicit)
    here = os.getcwd()
    if os.path.isfile(os.path.join(here, PROGRAMME_FILE)):
        return here
    top = git.toplevel(here)
    folder = here
    while folder != top:
        parent = os.path.dirname(folder)
        if parent == folder:
            break
        folder = parent
        if os.path.isfile(os.path.join(folder, PROGRAMME_FILE)):
            return folder
    return top or here


def main(argv: Sequence[str] | None = None, out: TextIO | None = None, err: TextIO | None = None) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    args = build_parser(named_command(argv)).parse_args(argv)
    ctx = Context(root=find_root(args.root), lang=args.lang, out=out, err=err)
    try:
        return int(args.run(args, ctx))
    except ZvitError as exc:
        write_findings(exc.findings, err, ctx.lang)
        err.write(f"zvit: {text(exc.code, ctx.lang, exc.args_)}\n")
        return 1
    except KeyboardInterrupt:
        err.write(f"zvit: {text('cli.interrupted', ctx.lang)}\n")
        return 130
    except BrokenPipeError:
        # The reader (`| head`) has all it wanted; stop quietly, as other tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except OSError as exc:
        # A full disk, a read-only folder, a file taken away: the user's to fix, and no bug of ours.
        # A failed rename names the temporary file first and the target second: the user knows the target.
        named = exc.filename2 if exc.filename2 is not None else exc.filename
        where = os.fspath(named) if named is not None else ctx.root
        err.write(f"zvit: {text('cli.os-error', ctx.lang, {'path': where, 'reason': exc.strerror or str(exc)})}\n")
        return 1
    except Exception as exc:  # noqa: BLE001 - the last line of defence: one line, not a traceback
        if os.environ.get("ZVIT_DEBUG"):
            import traceback  # only here: it costs every run a few milliseconds of start-up

            traceback.print_exc(file=err)
        err.write(f"zvit: {text('cli.unexpected', ctx.lang, {'detail': f'{type(exc).__name__}: {exc}'})}\n")
        return 3


def _speak_utf8(stream: TextIO) -> None:
    """Ukrainian on a stream whose encoding cannot hold it (LC_ALL=C with Python's UTF-8 mode off,
    a pipe on Windows) would stop the command with UnicodeEncodeError: write UTF-8 there instead."""
    try:
        "ї".encode(stream.encoding or "ascii")
    except (LookupError, UnicodeEncodeError):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(encoding="utf-8")


# What a terminal without Unicode (KOI8-U, CP1251, ASCII) shows instead of the
# characters it lacks: the Cyrillic letters of KOI8-U stay, the typography goes plain.
_PLAIN = str.maketrans({"«": '"', "»": '"', "’": "'", "ʼ": "'", "—": "-", "–": "-", "…": "...", "№": "N", "→": "->"})


def _plain_text(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeEncodeError):
        raise exc
    chunk = exc.object[exc.start : exc.end].translate(_PLAIN)
    try:
        chunk.encode(exc.encoding)
    except UnicodeEncodeError:
        chunk = "".join(c if c.isascii() else "?" for c in chunk)
    return chunk, exc.end


def _tolerate_narrow_encoding(stream: TextIO) -> None:
    """A terminal that cannot show a character gets a plain one (or "?"), never an error and an empty screen."""
    codecs.register_error("zvit-plain", _plain_text)
    with contextlib.suppress(AttributeError, ValueError):  # not a reconfigurable text stream
        stream.reconfigure(errors="zvit-plain")  # type: ignore[attr-defined]


def run() -> NoReturn:
    """The `zvit` program (console script, `python -m zvit`, `python tools`): `main()`, then exit at once.

    Tearing the interpreter down, module by module, would add a tenth to every
    pre-commit run of `zvit validate`; by now every file zvit wrote is closed,
    and stdout and stderr are flushed here.
    """
    for stream in (sys.stdout, sys.stderr):
        _speak_utf8(stream)
        _tolerate_narrow_encoding(stream)
    code = main()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError):  # a reader that went away (`| head`): nothing more to deliver
            stream.flush()
    os._exit(code)
