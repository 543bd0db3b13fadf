"""``batch --jobs N``: the reports of a batch made N at a time in processes of this machine.

Each process is started with ``spawn`` rather than ``fork``: it starts clean (no copy of the
folder lock's file descriptor, no half-initialised thread pools), as a separate ``make``
would. It is pinned to its own share of the cores (the engine sizes itself from the cores it
may use), dies with the batch process, and keeps its engines loaded from one report to the
next (see :mod:`audiobulletin.kept`).

A process that dies (out of memory, a native crash) breaks the whole pool, and every report
then in it fails with it. Those reports are made again one at a time, each in a fresh pool,
so only the report that kills its process fails; the reports not yet started go on in a new
pool.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from audiobulletin.children import spawning
from audiobulletin.work import Done, Failed, Made, ReportJob, make_one

if TYPE_CHECKING:
    from audiobulletin.pipeline import MakeOptions

Record = Callable[[ReportJob, Done], None]
"""Hears each report's result, in the coordinator."""
Starting = Callable[[str], Failed | None]
"""Hears a bulletin's output name just before it is made; may refuse it with a failure."""

DIED = "the process making it died (out of memory, or a crash in the engine)"


def cores() -> list[int]:
    """The cores this process may use."""
    try:
        return sorted(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return list(range(os.cpu_count() or 1))


@dataclass
class LocalPool:
    """Makes reports in ``jobs`` processes, each pinned to ``per_job`` cores."""

    out_dir: Path
    options: MakeOptions
    jobs: int
    per_job: int
    record: Record
    starting: Starting

    def run(self, todo: list[ReportJob]) -> None:
        """Make every report of ``todo`` and record each; suspects of a broken pool are made
        again alone, and only one that still kills its process fails."""
        left = list(todo)
        while left:
            suspects, left = self._round(left, self.jobs)
            for job in suspects:
                if self._round([job], 1)[0]:
                    self.record(job, Failed(DIED))

    def _round(self, todo: list[ReportJob], jobs: int) -> tuple[list[ReportJob], list[ReportJob]]:
        """Make ``todo`` in one process pool, ``jobs`` reports at a time; return the reports a
        broken pool took down with it, and those it never started.

        A report is handed to the pool only when a process is free for it (``starting``
        hears it first, and may return the failure to record instead), so that on Ctrl-C no
        report queued in the pool goes on being made, and the feed leaves out only the
        reports really being made. On Ctrl-C (or any other exception) the processes are
        killed at once, the reports they finished are recorded, and the exception goes on.
        """
        from concurrent.futures import FIRST_COMPLETED, wait

        from audiobulletin.children import stop_pool

        pool = self._start(jobs)
        waiting = list(todo)
        running: dict[Future[Done], ReportJob] = {}
        broken: list[ReportJob] = []
        try:
            while (waiting and not broken) or running:
                took = broken or self._hand_out(pool, waiting, running, jobs)
                if not took and not running:
                    # the pool broke since the last result and has nothing out whose
                    # result would say so: the report it refused is a suspect itself
                    broken.append(waiting.pop(0))
                    continue
                finished, _pending = wait(running, return_when=FIRST_COMPLETED)
                for future in sorted(finished, key=lambda f: running[f].source):
                    job = running.pop(future)
                    done = _result(future)
                    if done is None:
                        broken.append(job)
                    else:
                        self.record(job, done)
        except BaseException:
            stop_pool(pool)
            _record_published(running, self.record)
            raise
        pool.shutdown(wait=True)
        return sorted(broken, key=lambda job: job.source), waiting

    def _start(self, jobs: int) -> ProcessPoolExecutor:
        import multiprocessing

        context = multiprocessing.get_context("spawn")
        counter = context.Value("i", 0)
        return ProcessPoolExecutor(
            max_workers=jobs,
            mp_context=context,
            initializer=_pin_worker,
            initargs=(os.getpid(), counter, self.per_job, cores()),
        )

    def _hand_out(
        self,
        pool: ProcessPoolExecutor,
        waiting: list[ReportJob],
        running: dict[Future[Done], ReportJob],
        jobs: int,
    ) -> bool:
        """Submit waiting reports while a process is free for one; False when the pool has
        broken (a process died) and took none, the report put back first in line."""
        from concurrent.futures.process import BrokenProcessPool

        while waiting and len(running) < jobs:
            job = waiting.pop(0)
            refused = self.starting(job.output)
            if refused is not None:
                self.record(job, refused)
                continue
            out = str(self.out_dir / job.output)
            try:
                with spawning():
                    future = pool.submit(make_one, str(job.path), out, self.options)
            except BrokenProcessPool:
                waiting.insert(0, job)
                return False
            running[future] = job
        return True


def _result(future: Future[Done]) -> Done | None:
    """What a finished future brought back; None when the pool broke under it."""
    from concurrent.futures.process import BrokenProcessPool

    try:
        return future.result()
    except BrokenProcessPool:
        return None
    except Exception as exc:  # e.g. a result that could not be sent back
        return Failed(f"worker process failed: {exc}")


def _record_published(running: dict[Future[Done], ReportJob], record: Record) -> None:
    """Once the processes are stopped: record the reports they had made before, which are
    published."""
    for future, job in sorted(running.items(), key=lambda pair: pair[1].source):
        if future.done() and not future.cancelled() and future.exception() is None:
            done = future.result()
            if isinstance(done, Made):
                record(job, done)


def _pin_worker(parent: int, counter: Any, per_job: int, core_ids: list[int]) -> None:
    """Pool initializer: give this worker process its own ``per_job`` cores, and keep its
    engines loaded for every report it makes.

    The engine sizes itself from the cores it may use, so pinning is what keeps each job's
    synthesis inside its share. The worker dies with the batch process, so a killed run does
    not leave workers publishing behind the next run's back, and leaves Ctrl-C to it (see
    :mod:`audiobulletin.children`).
    """
    from audiobulletin.children import worker_setup
    from audiobulletin.kept import keep_engines

    worker_setup(parent)
    with counter.get_lock():
        index = counter.value
        counter.value += 1
    share = core_ids[(index * per_job) % len(core_ids) :][:per_job] or core_ids[:per_job]
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, share)
    keep_engines()
