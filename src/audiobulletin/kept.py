"""Engines kept loaded in a process that makes report after report.

Loading a model is the dearest part of a short report: Kokoro reads its ONNX session and
its phonemizer's dictionaries before the first sentence. A batch's job process and a Dask
worker make many reports each, and built a new engine (so loaded the model again) for every
one of them. A process that makes report after report turns keeping on, and the engines it
builds are then kept and handed back the next time the same engine is asked for:

* :func:`keep_engines` for the rest of the process (a process of the batch's local pool, a
  Dask worker);
* :func:`kept_engines` for a block (the batch process making its reports one after another);
  leaving it lets the engines and the synthesis pools go.

Anywhere else (``make``, a test that calls ``synthesize``) every call builds its engine, as
before: an engine carries state from one report to the next only where a process asked.

An engine is kept under its registry name and every option it was built with, so a report
that asks for other settings (another thread count) gets an engine of its own; and per
thread, because a Dask worker with several threads makes several reports at once, and an
engine is not assumed safe for two threads at once (phonemizers are not).

When one report's synthesis runs in several processes (``--workers``), those processes hold
the models. Their pool is kept too (:func:`pool`), so that its processes, each with its
engine loaded, speak the next report as well. A pool that failed (Ctrl-C, a process that
died) is stopped and never handed out again (:func:`drop_pool`).
"""

from __future__ import annotations

import contextlib
import json
import threading
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor

    from audiobulletin.engines.base import Engine

_kept = threading.local()
_whole_process = False
_finalizer_set = False


def _key(name: str, options: Mapping[str, Any]) -> str:
    return json.dumps([name, dict(options)], sort_keys=True, default=repr)


def _engines() -> dict[str, Engine] | None:
    """This thread's kept engines; None while nothing is kept."""
    engines: dict[str, Engine] | None = getattr(_kept, "engines", None)
    if engines is None and _whole_process:
        engines = _kept.engines = {}
    return engines


def _pools() -> dict[str, ProcessPoolExecutor]:
    pools: dict[str, ProcessPoolExecutor] | None = getattr(_kept, "pools", None)
    if pools is None:
        pools = _kept.pools = {}
    return pools


def keeping() -> bool:
    """Whether this thread keeps what it builds."""
    return _engines() is not None


def keep_engines() -> None:
    """Keep engines (and synthesis pools) for the rest of this process's life."""
    global _whole_process, _finalizer_set
    _whole_process = True
    if not _finalizer_set:
        from multiprocessing.util import Finalize

        # A process of a multiprocessing pool joins its own child processes as it exits: a
        # kept synthesis pool must be shut down first, or the exit would wait for it forever.
        # Before the queues' own finalizers (priority 10) stop the threads that would carry
        # the pool's stop signals to its processes.
        Finalize(None, _release, exitpriority=100)
        _finalizer_set = True


@contextlib.contextmanager
def kept_engines() -> Iterator[None]:
    """Keep the engines this thread builds inside the block; let them go at its end."""
    if keeping():
        yield  # already kept for longer
        return
    _kept.engines = {}
    try:
        yield
    finally:
        _release()


def engine(name: str, options: Mapping[str, Any]) -> Engine:
    """The engine ``name`` built with ``options``: the one kept, when this thread keeps
    engines and has built it before; else a new one (kept, when this thread keeps).

    An online engine is always built anew: it loads nothing, and each report then starts
    with its own request counts and connections."""
    from audiobulletin.engines.base import create, engine_class

    engines = _engines()
    if engines is None or engine_class(name).online:
        return create(name, **options)
    key = _key(name, options)
    if key not in engines:
        engines[key] = create(name, **options)
    return engines[key]


def pool(
    name: str, options: Mapping[str, Any], size: int, start: Callable[[], ProcessPoolExecutor]
) -> ProcessPoolExecutor:
    """A synthesis pool of ``size`` processes for the engine ``name`` with ``options``: the
    one kept, else one from ``start`` (kept, when this thread keeps engines)."""
    if not keeping():
        return start()
    pools = _pools()
    key = _key(name, {**options, "_pool_size": size})
    if key not in pools:
        pools[key] = start()
    return pools[key]


def is_kept(executor: ProcessPoolExecutor) -> bool:
    """Whether ``executor`` is a kept pool (not to be shut down after one report)."""
    return any(p is executor for p in _pools().values())


def drop_pool(executor: ProcessPoolExecutor) -> None:
    """Never hand ``executor`` out again (it was stopped after a failure)."""
    pools = _pools()
    for key in [k for k, p in pools.items() if p is executor]:
        del pools[key]


def _release() -> None:
    """Let this thread's engines go, and shut its kept synthesis pools down."""
    pools = _pools()
    for executor in pools.values():
        executor.shutdown(wait=True, cancel_futures=True)
    pools.clear()
    _kept.engines = None
