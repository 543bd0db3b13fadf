"""Worker processes that live and stop with the run that started them.

Synthesis workers (and a batch's job processes) are spawned by ``concurrent.futures``. Left
to themselves they outlive their parent: a ``make`` killed by a nightly job's timeout leaves
its workers (0.7 GB each with Kokoro) asleep on a pipe that nobody writes any more, with
multiprocessing's resource tracker beside them, night after night. And a Ctrl-C that reaches
every process of the terminal's group makes each worker print its own traceback.

So every worker runs :func:`worker_setup` first: it asks Linux to kill it when its parent
dies (``PR_SET_PDEATHSIG``), checks the parent did not die before that request, and leaves
SIGINT to the parent, which stops its workers itself (:func:`stop_pool`).

A spawned worker is a fresh interpreter that spends a second or more importing before its
initializer runs, and a Ctrl-C in that second would print a traceback from ``site.py``. So
workers are started inside :func:`spawning`, with SIGINT blocked; the new process inherits
the mask, and :func:`worker_setup` ignores SIGINT (dropping one that came meanwhile) before
it unblocks it. multiprocessing's resource tracker is started the same way.
"""

from __future__ import annotations

import contextlib
import os
import signal
from collections.abc import Iterator
from typing import Any

_PR_SET_PDEATHSIG = 1


def worker_setup(parent: int) -> None:
    """Run first in every worker process; ``parent`` is the pid of the process that made it.

    On Linux the worker gets SIGKILL the moment its parent dies, however it dies. Elsewhere
    workers still end when their pool's pipes close on a parent that exits normally.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0)
    except (OSError, AttributeError):
        return  # not Linux
    if os.getppid() != parent:
        # The parent died before the request above was made, and nothing would kill us.
        os._exit(1)


@contextlib.contextmanager
def spawning() -> Iterator[None]:
    """Block SIGINT in this thread while it may start worker processes (a pool's ``submit``).

    The workers inherit the blocked signal until :func:`worker_setup` runs. A Ctrl-C is
    never lost to this process: one sent to this thread is held until the block ends, and
    one the kernel hands to another of its threads raises in the main thread as ever.
    """
    old = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


def stop_pool(pool: Any) -> None:
    """Stop a ``ProcessPoolExecutor`` at once: kill its workers rather than wait for the
    tasks they are running (a bulletin, or a long sentence), then release the pool.

    Used on Ctrl-C and on errors, where nothing a worker would still return is wanted. A
    worker killed while publishing leaves no half-written file (see
    :mod:`audiobulletin.publish`).
    """
    processes = list((getattr(pool, "_processes", None) or {}).values())
    for process in processes:
        with contextlib.suppress(OSError, ValueError, AttributeError):
            process.kill()
    pool.shutdown(wait=True, cancel_futures=True)
