"""What a batch of short reports costs per report with Kokoro: where loading the model once
per process, rather than once per report, shows most.

Makes ``--reports`` generated reports of ``--sentences`` sentences each (made-up text, every
sentence its own, so the clip cache never helps) with ``batch --jobs 1``, into an empty
folder from a cold clip cache, ``--rounds`` times. Prints the wall time of each run, the
seconds per report, the slowest report and the mean of the others from the per-report wall
times in ``batch-report.json`` (where the model is loaded once, the slowest is the first
report, which pays the load, and the others show what each further report costs).

To compare two trees, run it once with each on ``PYTHONPATH``; the batch runs in child
processes that inherit it:

    PYTHONPATH=src python scripts/bench_short_reports.py [--reports 6] [--sentences 2]
                                                         [--rounds 2] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchlib import VOICE, log, prepare_home, revision

_PLACES = "东西南北中"
_WORDS = "水利交通教育卫生农业林业税务气象民政环保"


def _report(number: int, sentences: int) -> str:
    lines = [f"第{number}号短讯", ""]
    for n in range(sentences):
        topic = _WORDS[(2 * n + 3 * number) % len(_WORDS) :][:2] or "工作"
        lines.append(f"{_PLACES[n % 5]}区{topic}部门第{number}次完成了本周的{n + 2}项任务。")
    return "\n".join(lines) + "\n"


def _run(inbox: Path, root: Path, env: dict[str, str], round_: int) -> dict[str, Any]:
    home = Path(env["AUDIOBULLETIN_HOME"])
    cache = home / "cache" / "clips"
    if cache.exists():
        import shutil

        shutil.rmtree(cache)
    out = root / f"out-{round_}"
    command = [sys.executable, "-m", "audiobulletin", "batch", str(inbox), "-o", str(out)]
    started = time.perf_counter()
    done = subprocess.run(
        [*command, "--voice", VOICE, "--jobs", "1", "--no-html"],
        capture_output=True,
        env=env,
        check=False,
    )
    wall = time.perf_counter() - started
    if done.returncode != 0:
        sys.exit(f"batch failed:\n{done.stderr.decode()}")
    files = json.loads((out / "batch-report.json").read_text(encoding="utf-8"))["files"]
    per_report = [f["wall_s"] for f in files]
    return {
        "wall_s": round(wall, 2),
        "s_per_report": round(wall / len(files), 2),
        "report_wall_s": per_report,
        "slowest_report_s": max(per_report),
        "other_reports_mean_s": round(statistics.mean(sorted(per_report)[:-1]), 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reports", type=int, default=6)
    parser.add_argument("--sentences", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-short-") as tmp:
        root = Path(tmp)
        inbox = root / "inbox"
        inbox.mkdir()
        for n in range(1, args.reports + 1):
            (inbox / f"r{n:02d}.txt").write_text(_report(n, args.sentences), encoding="utf-8")
        env = prepare_home(root / "home")
        runs = []
        for round_ in range(1, args.rounds + 1):
            runs.append(_run(inbox, root, env, round_))
            log(f"round {round_}: {runs[-1]}")
    summary = {
        "revision": revision(),
        "reports": args.reports,
        "sentences": args.sentences,
        "runs": runs,
        "mean_s_per_report": round(statistics.mean(r["s_per_report"] for r in runs), 2),
        "mean_other_reports_s": round(statistics.mean(r["other_reports_mean_s"] for r in runs), 2),
    }
    print(json.dumps(summary, ensure_ascii=False))
    if args.json:
        args.json.write_text(json.dumps(summary, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
