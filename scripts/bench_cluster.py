"""What the cluster path costs: the same 8-report inbox made by the local pool
(``batch --jobs N``) and by a Dask ``LocalCluster`` of N worker processes
(``batch --cluster local:N``), alternated, each from a cold clip cache into an empty folder.

Prints, per run and on average, the wall time of the whole ``batch`` command (a cluster run
includes starting its ``LocalCluster``), the characters spoken per second, and the cluster's
overhead over the pool in percent.

With ``--standing`` the cluster runs go to one ``LocalCluster`` started before the first
round and kept for all of them (``batch --cluster tcp://127.0.0.1:PORT``), as a night's
batch meets the standing ``dask scheduler`` and ``dask worker`` services of docs/cluster.md:
what is timed is then what a run pays, not starting the services. Its workers read the same
settings folder as the pool's runs; the clip cache in it is emptied before every run.

The speech is the fake engine's tone, slowed to ``--delay-ms`` per sentence so that a report
takes seconds, as with a model: Kokoro speaks about 3.5 characters a second per core, so an
8-report run with it would take most of an hour on a small machine; what is measured here is
the machinery around synthesis (scheduling, staging, moving files into place), which does not
depend on what makes the sound. The reports are generated (distinct sentences, no sharing).

    python scripts/bench_cluster.py [--workers 2] [--rounds 2] [--delay-ms 400]
                                    [--sentences 12] [--standing] [--json OUT]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from benchlib import log, revision

FAKE_PROFILE = (
    'engine = "fake"\nvoice = "tone"\nlanguage = "zh"\ngender = "neutral"\n'
    'description = "benchmark stand-in"\n'
)
_PLACES = "东西南北中"
_WORDS = "水利交通教育卫生农业林业税务气象民政环保"


def _report(number: int, sentences: int) -> str:
    """A made-up report whose every sentence is its own (no clip is shared)."""
    lines = [f"第{number}号工作简报", ""]
    for n in range(sentences):
        place = _PLACES[n % len(_PLACES)]
        topic = _WORDS[(2 * n + number) % len(_WORDS) :][:2] or "工作"
        lines.append(
            f"第{number}期第{n + 1}项：{place}区{topic}部门完成了本月计划的{n + 3}项任务，"
            f"群众满意度继续保持较高水平。"
        )
    return "\n".join(lines) + "\n"


def _home(root: Path, delay_ms: int) -> Path:
    """A settings folder with the slowed fake voice, and no clip cache yet."""
    home = root / f"home-{time.monotonic_ns()}"
    (home / "voices").mkdir(parents=True)
    (home / "voices" / "bench_fake.toml").write_text(FAKE_PROFILE, encoding="utf-8")
    (home / "config.toml").write_text(f"[fake]\ndelay_ms = {delay_ms}\n", encoding="utf-8")
    return home


@contextlib.contextmanager
def _standing(workers: int, home: Path) -> Iterator[str]:
    """A ``LocalCluster`` of ``workers`` single-threaded worker processes on 127.0.0.1 that
    read their settings from ``home``, as the services of docs/cluster.md run; its address."""
    import distributed

    from audiobulletin.cluster import RESOURCE

    saved = os.environ.get("AUDIOBULLETIN_HOME")
    os.environ["AUDIOBULLETIN_HOME"] = str(home)  # the worker processes inherit it
    try:
        with distributed.LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address=None,
            resources={RESOURCE: 1},
        ) as cluster:
            yield cluster.scheduler_address
    finally:
        if saved is None:
            os.environ.pop("AUDIOBULLETIN_HOME", None)
        else:
            os.environ["AUDIOBULLETIN_HOME"] = saved


def _run(mode: str, how: list[str], inbox: Path, root: Path, home: Path) -> dict[str, Any]:
    shutil.rmtree(home / "cache", ignore_errors=True)  # every run from a cold cache
    out = root / f"out-{mode}-{time.monotonic_ns()}"
    command = [sys.executable, "-m", "audiobulletin", "batch", str(inbox), "-o", str(out)]
    env = {**os.environ, "AUDIOBULLETIN_HOME": str(home)}
    started = time.perf_counter()
    done = subprocess.run(
        [*command, "--voice", "bench_fake", *how], capture_output=True, env=env, check=False
    )
    wall = time.perf_counter() - started
    if done.returncode != 0:
        sys.exit(f"{mode} run failed:\n{done.stderr.decode()}")
    report = json.loads((out / "batch-report.json").read_text(encoding="utf-8"))
    chars = sum(f["characters"] or 0 for f in report["files"])
    # how long the reports took where they were made, without sending and placing them
    made = [f["wall_s"] for f in report["files"] if f.get("wall_s")]
    return {
        "mode": mode,
        "wall_s": round(wall, 2),
        "characters": chars,
        "jobs": report["jobs"],
        "report_s": round(statistics.mean(made), 2) if made else None,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--delay-ms", type=int, default=400)
    parser.add_argument("--sentences", type=int, default=12)
    parser.add_argument(
        "--standing", action="store_true", help="one LocalCluster for all the cluster runs"
    )
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    runs: list[dict[str, Any]] = []
    with contextlib.ExitStack() as stack:
        root = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="bench-cluster-")))
        home = _home(root, args.delay_ms)
        how = {
            "pool": ["--jobs", str(args.workers)],
            "cluster": ["--cluster", f"local:{args.workers}"],
        }
        if args.standing:
            address = stack.enter_context(_standing(args.workers, home))
            how["cluster"] = ["--cluster", address]
        inbox = root / "inbox"
        inbox.mkdir()
        for number in range(1, 9):
            (inbox / f"report{number}.txt").write_text(
                _report(number, args.sentences), encoding="utf-8"
            )
        for round_ in range(args.rounds):
            order = ("pool", "cluster") if round_ % 2 == 0 else ("cluster", "pool")
            for mode in order:
                log(f"round {round_ + 1}: {mode} with {args.workers} workers")
                runs.append(_run(mode, how[mode], inbox, root, home))
                log(f"  {runs[-1]['wall_s']} s")
    cluster = "one standing LocalCluster" if args.standing else "a LocalCluster per run"
    print(
        f"commit {revision()}; {args.workers} workers; fake engine, {args.delay_ms} ms/sentence; "
        f"{cluster}"
    )
    print(f"{'run':<10}{'wall s':>9}{'chars/s':>10}{'s/report':>10}")
    for run in runs:
        print(
            f"{run['mode']:<10}{run['wall_s']:>9.2f}{run['characters'] / run['wall_s']:>10.1f}"
            f"{run['report_s'] or 0:>10.2f}"
        )
    mean = {
        mode: statistics.mean(r["wall_s"] for r in runs if r["mode"] == mode)
        for mode in ("pool", "cluster")
    }
    chars = runs[0]["characters"]
    overhead = 100 * (mean["cluster"] - mean["pool"]) / mean["pool"]
    print(
        f"mean: pool {mean['pool']:.2f} s ({chars / mean['pool']:.1f} chars/s), cluster "
        f"{mean['cluster']:.2f} s ({chars / mean['cluster']:.1f} chars/s); "
        f"cluster overhead {overhead:+.1f}%"
    )
    if args.json:
        args.json.write_text(
            json.dumps({"runs": runs, "mean_s": mean, "overhead_pct": overhead}, indent=2) + "\n"
        )


if __name__ == "__main__":
    main()
