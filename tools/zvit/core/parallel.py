"""Share a batch of independent jobs between this process and forked children, one per core.

Validating hundreds of reports is pure-Python work, one core at a time; a
second core nearly halves it.  Forking (not spawning) means a child starts with
everything this process has already loaded and compiled: the programme, the
schemas, the imports.  Each child returns its results as pickled data through a
pipe; a child that fails in any way has its share redone here, so the outcome
(and any exception) is the same as without children.
"""

from __future__ import annotations

import os
import pickle
import signal
from collections.abc import Callable, Sequence
from typing import BinaryIO, TypeVar

Item = TypeVar("Item")
Out = TypeVar("Out")


def cores() -> int:
    """CPUs this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def fork_map(work: Callable[[Sequence[Item]], list[Out]], items: Sequence[Item], *, per_process: int) -> list[Out]:
    """`work(items)`, computed in contiguous chunks by this process and its children, in order.

    A process is added for every `per_process` items, up to one per core: a fork
    costs a few milliseconds.  On one core or without fork (Windows) all the work
    is done here.
    """
    processes = min(cores(), len(items) // max(1, per_process))
    if processes < 2 or not hasattr(os, "fork"):
        return work(items)
    size = -(-len(items) // processes)
    chunks = [items[start : start + size] for start in range(0, len(items), size)]
    children = [(_fork(work, chunk), chunk) for chunk in chunks[1:]]
    try:
        results = work(chunks[0])
    except BaseException:
        for child, _ in children:
            if child is not None:
                _stop(*child)
        raise
    for child, chunk in children:
        results += _collect(*child, work, chunk) if child is not None else work(chunk)
    return results


def _fork(work: Callable[[Sequence[Item]], list[Out]], chunk: Sequence[Item]) -> tuple[int, BinaryIO] | None:
    """A child computing `work(chunk)`: its process id and the pipe its results come by."""
    try:
        read_end, write_end = os.pipe()
    except OSError:  # out of file descriptors: this process does that share too
        return None
    try:
        pid = os.fork()
    except OSError:  # out of processes or memory: likewise
        os.close(read_end)
        os.close(write_end)
        return None
    if pid == 0:  # the child: compute, send, and leave without running the parent's exit code
        os.close(read_end)
        status = 1
        try:
            with os.fdopen(write_end, "wb") as pipe:
                pickle.dump(work(chunk), pipe, protocol=pickle.HIGHEST_PROTOCOL)
            status = 0
        finally:
            os._exit(status)
    os.close(write_end)
    return pid, os.fdopen(read_end, "rb")


def _stop(pid: int, pipe: BinaryIO) -> None:
    pipe.close()
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)


def _collect(pid: int, pipe: BinaryIO, work: Callable[[Sequence[Item]], list[Out]], chunk: Sequence[Item]) -> list[Out]:
    """The child's results; its share computed here if it did not deliver them."""
    with pipe:
        try:
            results: list[Out] | None = pickle.load(pipe)
        except Exception:  # noqa: BLE001 - a dead child's half-written pipe; redone below
            results = None
    _, status = os.waitpid(pid, 0)
    if results is None or status != 0:
        return work(chunk)
    return results
