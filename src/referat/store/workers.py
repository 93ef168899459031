"""The parser processes of an ingest: a time budget per document, and no worker outliving its ingest.

Documents are parsed in a :mod:`pebble` process pool. A document still parsing when its
budget runs out has its worker killed (whatever it is doing, a loop in C included) and
replaced; the document is reported by name and the others go on. A worker that dies (a
crash in a native library) costs its document only.

Workers end with their ingest even when it is killed with ``kill -9``: on Linux the kernel
sends them SIGKILL when their parent goes (``prctl(PR_SET_PDEATHSIG)``), and elsewhere a
thread in each worker ends it once its parent is gone.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Generator, Iterable
from typing import TypeVar

from pebble import ProcessExpired, ProcessFuture, ProcessPool

#: Seconds one document may take to be read and parsed (``referat ingest --timeout``).
DEFAULT_TIMEOUT = 120.0
#: ``PR_SET_PDEATHSIG`` from ``<linux/prctl.h>``.
PR_SET_PDEATHSIG = 1
#: How often the fallback thread looks for its parent, in seconds.
PARENT_POLL = 0.5

Task = TypeVar("Task")
Result = TypeVar("Result")


def die_with_parent(parent: int) -> None:
    """Worker initializer: end this process when the process ``parent`` ends.

    The parent-death signal is tied to the thread that forked the worker; pebble forks from
    threads that live as long as the pool, and the pool lives as long as the ingest.
    """
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
            libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent:  # gone before the signal was asked for
        os._exit(1)
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True, name="parent-watch").start()


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(PARENT_POLL)
    os._exit(1)


def over_budget(timeout: float) -> str:
    """The reason given for a document that took too long."""
    return f"parsing took longer than its time budget of {timeout:g} s"


def run_all(function: Callable[[Task], Result], tasks: Iterable[Task], jobs: int, timeout: float | None,
            failed: Callable[[Task, str], Result], idle: Callable[[], None] | None = None) -> Generator[Result]:
    """``function(task)`` for every task in ``jobs`` worker processes; the results in the order of ``tasks``.

    A task over its ``timeout`` (seconds from its start; ``None``: no budget) or whose worker
    died gives ``failed(task, reason)`` instead. At most ``4 * jobs`` tasks wait at a time, so
    memory stays flat however many there are. ``idle()`` is called before waiting for a result
    that is not ready.
    """
    pool = ProcessPool(max_workers=jobs, initializer=die_with_parent, initargs=(os.getpid(),))
    pending: deque[tuple[Task, ProcessFuture]] = deque()

    def outcome(task: Task, future: ProcessFuture) -> Result:
        if idle is not None and not future.done():
            idle()
        try:
            return future.result()
        except TimeoutError:
            return failed(task, over_budget(timeout or 0))
        except ProcessExpired as exc:
            return failed(task, f"the parser process ended abnormally (exit code {exc.exitcode})")
        except Exception as exc:  # e.g. a result that cannot be sent back: this task fails, not the batch
            return failed(task, f"unexpected parser failure ({type(exc).__name__}: {exc})")

    try:
        for task in tasks:
            pending.append((task, pool.schedule(function, args=(task,), timeout=timeout)))
            while len(pending) >= 4 * jobs:
                yield outcome(*pending.popleft())
        while pending:
            yield outcome(*pending.popleft())
    finally:
        # Every result is in (or the caller gave up): the workers are idle or no longer needed.
        pool.stop()
        pool.join()
