"""``batch --cluster``: the reports of a batch made by the workers of a Dask cluster.

The unit of work is one report. Everything that decides or publishes stays in the batch
process (the *coordinator*): it holds the folder lock, decides what is up to date, and is
the only process that renames files into the output folder. A worker makes its report with
the same :func:`audiobulletin.pipeline.make` as a local run, but into a staging folder on
the shared filesystem, ``OUT/.staging/<run-id>/<attempt>/``, and returns what it made and
its figures. The coordinator checks the staged set (every sidecar records the staged MP3's
digest) and puts it in place with the publisher's own rename step
(:func:`audiobulletin.publish.install_staged`: sidecars first, the MP3 last), then writes
the feed. So:

* a worker that outlives its coordinator (a killed ``batch``, a lost scheduler) can never
  publish: it only ever writes under a staging folder, which the next run removes;
* a retried attempt never mixes with an earlier one: each attempt stages into a folder of
  its own;
* the local pool and the cluster run the same per-report function,
  :func:`audiobulletin.work.make_one`, through a ``concurrent.futures`` executor
  (:meth:`distributed.Client.get_executor`).

Faults. A worker that dies mid-report (killed, out of memory) is noticed by the scheduler,
which runs the report again on another worker; a report that has killed
``distributed.scheduler.allowed-failures`` + 1 workers is marked ``failed`` with the reason
and the rest go on. A lost scheduler stops the run with one ``error:`` line; what was
published before stays (each report is put in place whole) and the next run makes the rest.

A worker reads its settings (``config.toml``, voice profiles) from its own
``AUDIOBULLETIN_HOME``; a worker whose settings would make other audio than the
coordinator's refuses the report rather than publish it under the coordinator's key.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import logging
import re
import shutil
import socket
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from audiobulletin.errors import BulletinError, InputError, OutputError
from audiobulletin.work import Done, Failed, Made, ReportJob, make_one

STAGING = ".staging"
"""Folder under the output folder where workers stage their files."""
LOCAL = "local:"
"""``--cluster local:N``: a cluster of N single-threaded worker processes on this machine."""
RESOURCE = "synth"
"""The Dask resource a report needs when the workers declare it (``--resources synth=1``)."""
ALLOWED_FAILURES = 2
"""Workers a report may kill before it is marked failed (for ``local:N``; a scheduler of
one's own reads ``distributed.scheduler.allowed-failures`` from its configuration)."""
HINT_INSTALL = 'Install it: pip install "audiobulletin[cluster]"'

TASK_PREFIX = "report "
"""Every report's task key starts so: ``report <source> <run id>``."""

_ADDRESS = re.compile(r"(tcp|tls|ucx|inproc)://\S+")


def check_address(address: str) -> str:
    """``address`` as given, once it reads as ``local:N`` or a scheduler URL."""
    address = address.strip()
    if address.startswith(LOCAL):
        count = address[len(LOCAL) :]
        if not count.isdigit() or int(count) < 1:
            raise InputError(
                f"Cluster address '{address}': local:N needs a number of workers of 1 or more.",
                hint="e.g. --cluster local:4",
            )
        return address
    if not _ADDRESS.fullmatch(address):
        raise InputError(
            f"Cluster address '{address}' is neither local:N nor a scheduler address.",
            hint="e.g. --cluster tcp://10.0.0.5:8786, or --cluster local:4",
        )
    return address


@contextlib.contextmanager
def connect(address: str) -> Iterator[Any]:
    """A ``distributed.Client`` for ``address`` (a ``LocalCluster`` for ``local:N``), closed
    on the way out; a scheduler that cannot be reached is one clear error."""
    address = check_address(address)
    try:
        import dask
        import distributed
    except ImportError:
        raise InputError(
            "--cluster needs Dask distributed, which is not installed.", hint=HINT_INSTALL
        ) from None
    # Dask's constructors are not annotated: called through Any.
    Client: Any = distributed.Client
    LocalCluster: Any = distributed.LocalCluster
    with contextlib.ExitStack() as stack:
        # Dask's own log lines (a reconnect's traceback, a nanny restarting a worker) would
        # bury the run's: what happened to each report is in its line and the run report.
        for name in ["distributed", *logging.root.manager.loggerDict]:
            if name.split(".")[0] == "distributed":
                quiet = logging.getLogger(name)
                stack.callback(quiet.setLevel, quiet.level)
                quiet.setLevel(logging.CRITICAL)
        if address.startswith(LOCAL):
            stack.enter_context(
                dask.config.set(
                    {
                        "distributed.scheduler.allowed-failures": ALLOWED_FAILURES,
                        # One report per worker thread at a time, none queued behind it on
                        # a worker that may die with it.
                        "distributed.scheduler.worker-saturation": 1.0,
                    }
                )
            )
            try:
                cluster = stack.enter_context(
                    LocalCluster(
                        n_workers=int(address[len(LOCAL) :]),
                        threads_per_worker=1,
                        processes=True,
                        host="127.0.0.1",
                        dashboard_address=None,
                        resources={RESOURCE: 1},
                        silence_logs=logging.CRITICAL,
                    )
                )
            except Exception as exc:
                raise BulletinError(f"Cannot start a local cluster: {exc}") from None
            target: Any = cluster
        else:
            target = address
        try:
            client = stack.enter_context(Client(target, timeout="10s", set_as_default=False))
        except (OSError, TimeoutError) as exc:
            raise BulletinError(
                f"Cannot reach the Dask scheduler at {address}: {exc}",
                hint="Is `dask scheduler` running there and its port open? See docs/cluster.md.",
            ) from None
        yield client


def remove_stale_staging(out_dir: Path, keep: str | None = None) -> list[str]:
    """Delete every staging folder but ``keep``'s; return the run ids removed.

    Called under the folder lock, so no other coordinator is running: any other staging
    folder was left by a run that is gone (killed, or its scheduler lost), and a worker
    still writing into it can never publish from there.
    """
    root = Path(out_dir) / STAGING
    removed = []
    with contextlib.suppress(FileNotFoundError):
        for entry in sorted(root.iterdir()):
            if entry.name != keep:
                shutil.rmtree(entry, ignore_errors=True)
                removed.append(entry.name)
    if keep is None:
        with contextlib.suppress(OSError):
            root.rmdir()
    return removed


def new_run_id() -> str:
    """A staging folder name that sorts by time and never repeats."""
    return time.strftime("%Y%m%dT%H%M%S", time.gmtime()) + "-" + uuid.uuid4().hex[:8]


def recipe_digest(recipe: dict[str, Any]) -> str:
    return hashlib.sha256(json.dumps(recipe, sort_keys=True).encode()).hexdigest()


# --------------------------------------------------------------------------- on a worker


@dataclass(frozen=True)
class Staged:
    """A bulletin a worker made into its attempt folder: nothing of it is published yet."""

    made: Made
    """Its figures, and its files as they lie in ``folder``."""
    folder: str
    host: str


def make_staged(
    source: str, staging: str, output: str, options: Any, expected_recipe: str
) -> Staged | Failed:
    """Run on a worker: make one report into a fresh attempt folder under ``staging``.

    Never raises for a report's own failure. The worker process keeps its engines loaded
    for the next report it makes (see :mod:`audiobulletin.kept`).
    """
    from audiobulletin.batch import settings_recipe
    from audiobulletin.kept import keep_engines
    from audiobulletin.pipeline import choose_voice
    from audiobulletin.settings import load_settings

    keep_engines()
    host = socket.gethostname()
    try:
        settings = load_settings()
        profile = choose_voice(options.synthesis.engine, options.synthesis.voice, settings.voice)
        mine = recipe_digest(settings_recipe(options, settings, profile))
    except (BulletinError, OSError) as exc:
        message = getattr(exc, "message", str(exc))
        return Failed(f"worker on {host}: {message}")
    if mine != expected_recipe:
        return Failed(
            f"worker on {host} has other settings than this run (config.toml, "
            "voice profiles or program version): it would make other audio"
        )
    attempt = Path(staging) / uuid.uuid4().hex[:12]
    done = make_one(source, str(attempt / output), options)
    return Staged(done, str(attempt), host) if isinstance(done, Made) else done


# --------------------------------------------------------------------------- coordinator


def _install(job: ReportJob, staged: Staged, out_dir: Path) -> Done:
    """Put a worker's staged bulletin in place; return the result to record (its files
    now the published ones), or a failure naming what was wrong."""
    from audiobulletin.publish import install_staged

    attempt = Path(staged.folder)
    files = [Path(name) for name in staged.made.files]
    staged_mp3 = attempt / job.output
    wall_s = staged.made.wall_s
    if staged_mp3 not in files or any(attempt not in p.parents for p in files):
        return Failed("the worker returned files outside its staging", wall_s)
    try:
        final = install_staged(staged_mp3, files, out_dir / job.output)
    except OutputError as exc:
        return Failed(exc.message, wall_s, exc.exit_code)
    shutil.rmtree(attempt, ignore_errors=True)
    return dataclasses.replace(staged.made, files=[str(p) for p in final])


@dataclass(frozen=True)
class Submission:
    """What every report of a run is sent to the cluster with."""

    client: Any
    address: str
    """The scheduler's, for the error line when it is lost."""
    out_dir: Path
    run_id: str
    options_for: Callable[[str], Any]
    """The ``MakeOptions`` for a bulletin (by its output name)."""
    recipe: dict[str, Any]

    @property
    def staging(self) -> Path:
        return self.out_dir / STAGING / self.run_id


def run_on_cluster(
    submission: Submission,
    todo: list[ReportJob],
    record: Callable[[ReportJob, Done], None],
    starting: Callable[[str], Failed | None],
) -> None:
    """Make ``todo`` on the cluster; put each result in place as it comes, and record it.

    Each report is sent when a worker thread is free for it; nothing in the output folder
    changes until a result is back, so the feed hides a report (``starting``) only for the
    moment its files are renamed.

    The scheduler gives up on a report once workers died while holding it too often
    (``KilledWorker``), and it counts every report queued on a dying worker, not only the
    one that killed it. So, as the local pool does, such reports are made again one at a
    time once the others are done: only a report that still kills its workers alone fails.

    On Ctrl-C the futures are cancelled, what was put in place is recorded, and the
    exception goes on; the staging folder is left for the next run to remove.
    """
    staging = submission.staging
    staging.mkdir(parents=True, exist_ok=True)
    for suspect in _run(submission, todo, record, starting, alone=False):
        _run(submission, [suspect], record, starting, alone=True)
    shutil.rmtree(staging, ignore_errors=True)
    with contextlib.suppress(OSError):
        staging.parent.rmdir()  # unless a stale one could not be removed


def _run(
    submission: Submission,
    todo: list[ReportJob],
    record: Callable[[ReportJob, Done], None],
    starting: Callable[[str], Failed | None],
    *,
    alone: bool,
) -> list[ReportJob]:
    """Make ``todo``; put each report in place and record it as it comes back. Return the
    reports the scheduler gave up on after worker deaths (when not ``alone``).

    A report is sent only when a worker thread is free for it, as the local pool hands a
    report to a free process. Sent all at once, each report would be given to a worker at
    once (reports have no group for the scheduler's own queueing), and a worker done early
    sat idle while another still had two to make; and a worker that died took down the
    reports queued behind the one it was making.
    """
    from concurrent.futures import FIRST_COMPLETED, wait

    send = _sender(submission, alone)
    waiting = list(todo)
    running: dict[Any, ReportJob] = {}
    suspects: list[ReportJob] = []
    try:
        while waiting or running:
            free = (1 if alone else workers_of(submission.client)) - len(running)
            while waiting and free > 0:
                job = waiting.pop(0)
                running[send(job)] = job
                free -= 1
            finished, _pending = wait(running, return_when=FIRST_COMPLETED)
            for future in sorted(finished, key=lambda f: running[f].source):
                job = running.pop(future)
                result = _result(future, alone, submission)
                if result is None:
                    suspects.append(job)
                else:
                    record(job, _placed(job, result, submission, starting))
    except BaseException:
        for future in running:
            future.cancel()
        raise
    return sorted(suspects, key=lambda job: job.source)


def _sender(submission: Submission, alone: bool) -> Callable[[ReportJob], Any]:
    """What sends one report to the cluster and returns its future. Keys name the report,
    so the dashboard and ``audiobulletin cluster`` show what each worker is making."""
    client = submission.client
    settings: dict[str, Any] = {"retries": 1, "pure": False}
    if _restricts(client, RESOURCE):
        settings["resources"] = {RESOURCE: 1}
    executor = client.get_executor(**settings)
    expected = recipe_digest(submission.recipe)
    tag = f"{submission.run_id}{'-alone' if alone else ''}"

    def send(job: ReportJob) -> Any:
        return executor.submit(
            make_staged,
            str(job.path),
            str(submission.staging),
            job.output,
            submission.options_for(job.output),
            expected,
            key=f"{TASK_PREFIX}{job.source} {tag}",
        )

    return send


def _placed(
    job: ReportJob,
    result: Staged | Failed,
    submission: Submission,
    starting: Callable[[str], Failed | None],
) -> Done:
    """What to record for a report back from a worker: a staged bulletin is put in place
    (unless the listings refuse it first)."""
    if isinstance(result, Staged):
        return starting(job.output) or _install(job, result, submission.out_dir)
    return result


def _result(future: Any, alone: bool, submission: Submission) -> Staged | Failed | None:
    """What a finished future brought back; None for a report to make again alone (the
    scheduler gave up on it after worker deaths). A lost scheduler raises."""
    from concurrent.futures import CancelledError

    from distributed.scheduler import KilledWorker

    try:
        result: Staged | Failed = future.result()
        return result
    except KilledWorker:
        if not alone:
            return None
        return Failed(
            f"it killed {ALLOWED_FAILURES + 1} workers in turn (out of memory, or a crash "
            "in the engine)"
        )
    except CancelledError:
        raise _lost(submission.address) from None
    except Exception as exc:
        if submission.client.status not in ("running", "connecting"):
            raise _lost(submission.address) from None
        return Failed(f"worker failed: {exc}")


def _restricts(client: Any, resource: str) -> bool:
    """Whether asking each report for one ``resource`` holds any worker back: one declares
    it, and has more threads than it has of the resource.

    Asked for where no worker declares it, a report would wait forever. Asked for where it
    holds nothing back (one thread and ``synth=1``, as ``local:N`` and the documented units
    run), it costs time: the scheduler then hands every report to a worker as soon as it is
    submitted, instead of queueing them and sending each to the next worker that is free,
    and a worker that is done early sits idle while another still has two to make.
    """
    workers = client.scheduler_info().get("workers", {}).values()
    return any(
        resource in (w.get("resources") or {})
        and w["resources"][resource] < int(w.get("nthreads", 1))
        for w in workers
    )


def _lost(address: str) -> BulletinError:
    return BulletinError(
        f"Lost the Dask scheduler at {address}; the reports put in place so far are "
        "published, none is half-published.",
        hint="Run the same batch again once the scheduler is back: it makes the rest.",
    )


def workers_of(client: Any) -> int:
    """How many worker threads the cluster has now (what ``jobs`` reports in the run report)."""
    workers = client.scheduler_info().get("workers", {})
    return sum(int(w.get("nthreads", 1)) for w in workers.values()) or 1


def describe(client: Any) -> list[str]:
    """What the cluster is doing, one line each: its workers (host, threads, memory, the
    reports they are making) and the reports waiting; for ``audiobulletin cluster``."""
    info = client.scheduler_info()
    workers = info.get("workers", {})
    busy = client.processing()
    lines = [f"scheduler: {info.get('address', '?')}; {len(workers)} worker(s)"]
    making: set[str] = set()
    for address, worker in sorted(workers.items()):
        memory = worker.get("metrics", {}).get("memory") or 0
        reports = [_report_of(key) for key in busy.get(address, ())]
        making.update(str(key) for key in busy.get(address, ()))
        lines.append(
            f"  {address} ({worker.get('host', '?')}): {worker.get('nthreads', '?')} thread(s), "
            f"{memory / 2**30:.2f} GiB; " + (f"making {', '.join(reports)}" if reports else "idle")
        )
    waiting = [
        key
        for key in client.run_on_scheduler(_queued_keys)
        if str(key).startswith(TASK_PREFIX) and str(key) not in making
    ]
    lines.append(f"waiting: {len(waiting)} report(s)")
    return lines


def _report_of(key: Any) -> str:
    text = str(key)
    return text[len(TASK_PREFIX) :].rsplit(" ", 1)[0] if text.startswith(TASK_PREFIX) else text


def _queued_keys(dask_scheduler: Any = None) -> list[str]:
    """Run on the scheduler: the keys of every task not yet finished."""
    if dask_scheduler is None:
        return []
    return [
        str(key)
        for key, task in dask_scheduler.tasks.items()
        if task.state in ("queued", "no-worker", "waiting", "released", "processing")
    ]
