"""Time outside synthesis in ``make``: this tree against another, alternated, on one report.

What ``make`` spends outside ``synthesize`` (text stages, voice, assembly, loudness, encoding,
tags, sidecars) does not depend on how the speech was made, only on the report and the audio.
So the speech is made once, cold, with the clip cache on (that run also gives the synthesis
time the share is taken of); then each round runs ``make`` again in a fresh interpreter for
each tree, the clips coming from the cache and the MP3 cache emptied first, so every run
measures, encodes and tags from scratch. The trees alternate within each round, so a change
in the machine's load hits both.

"Share" is a run's time outside synthesis over that time plus the cold run's synthesis time:
the figure ``scripts/bench_throughput.py`` reports as pipeline overhead, without paying for
the speech in every run.

    python scripts/bench_publish.py [--report FILE] [--baseline-src DIR] [--rounds N]

``--baseline-src`` is the ``src`` folder of another checkout (e.g. ``git archive`` of the
commit before a change, unpacked: the whole tree, since voices are looked up beside ``src``);
without it only this tree runs. ``--home`` keeps the clip cache and the cold run's figures
for the next call.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
from pathlib import Path
from typing import Any

from benchlib import (
    REPO,
    VOICE,
    log,
    prepare_home,
    resolve_report,
    revision,
    run_child,
    time_stages,
)

STAGES = ["text", "voice", "synthesize", "assemble", "publish"]


def child(report: Path, out: Path) -> dict[str, Any]:
    """The real ``make`` (clip cache on) with its stages timed in place, as
    ``bench_throughput`` times them."""
    import audiobulletin
    from audiobulletin.pipeline import MakeOptions, make

    stages = time_stages({})
    result = make(str(report), out, MakeOptions.of(voice=VOICE, cache=True))
    loudness = result.loudness  # the figures as a dict, or None
    return {
        "stages": stages,
        "make_s": result.seconds,
        "synthesized": result.synthesized,
        "audio_s": result.duration_ms / 1000,
        "loudness": loudness,
        "src": audiobulletin.__file__,
    }


def run(report: Path, out: Path, env: dict[str, str], src: Path) -> dict[str, Any]:
    """One ``make`` in a fresh interpreter that imports ``audiobulletin`` from ``src``."""
    child_env = {**env, "PYTHONPATH": str(src)}
    wall, data = run_child(__file__, [str(report), str(out)], child_env)
    data["wall_s"] = wall
    data["outside_s"] = data["make_s"] - data["stages"].get("synthesize", 0.0)
    return data


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--report", help="report file or corpus prefix (default: report 12)")
    parser.add_argument("--baseline-src", type=Path, help="src folder of the tree to compare")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--json", type=Path, help="also write every run here")
    parser.add_argument(
        "--home", type=Path, help="keep the home (clip cache, cold run) here for a later run"
    )
    args = parser.parse_args()
    report = resolve_report(args.report)
    ours = REPO / "src"
    sides = [("ours", ours)]
    if args.baseline_src:
        sides.insert(0, ("baseline", args.baseline_src.resolve()))
    with tempfile.TemporaryDirectory(prefix="ab-bench-pub-") as tmp_name:
        tmp = Path(tmp_name)
        home = args.home.resolve() if args.home else tmp / "home"
        env = prepare_home(home)
        cold_file = home / f"cold-{report.stem}.json"
        if cold_file.is_file():
            cold = json.loads(cold_file.read_text(encoding="utf-8"))
            log(f"cold run of {report.name} taken from {cold_file}")
        else:
            log(f"cold run of {report.name}, speech into the cache (load {os.getloadavg()[0]:.2f})")
            cold = run(report, tmp / "cold.mp3", env, ours)
            cold_file.write_text(json.dumps(cold), encoding="utf-8")
        synth_s = cold["stages"]["synthesize"]
        log(f"cold synthesize {synth_s:.1f} s, {cold['synthesized']} clips")
        runs: list[tuple[int, str, dict[str, Any]]] = []
        for round_no in range(1, args.rounds + 1):
            for name, src in sides:
                shutil.rmtree(home / "cache" / "mp3", ignore_errors=True)
                data = run(report, tmp / f"{name}{round_no}.mp3", env, src)
                if data["synthesized"]:
                    raise SystemExit(f"{name} synthesized {data['synthesized']} clips: cache miss")
                runs.append((round_no, name, data))
                log(f"round {round_no} {name}: outside synthesis {data['outside_s']:.2f} s")
    print_tables(report, cold, runs)
    if args.json:
        args.json.write_text(json.dumps({"cold": cold, "runs": runs}, indent=2), encoding="utf-8")


def print_tables(report: Path, cold: dict[str, Any], runs: list[tuple[int, str, Any]]) -> None:
    synth_s = cold["stages"]["synthesize"]
    print(
        f"report {report.name}, {cold['audio_s']:.0f} s of audio; cold synthesize {synth_s:.2f} s "
        f"(cold make {cold['make_s']:.2f} s); commit {revision()}; "
        f"load now {os.getloadavg()[0]:.2f}"
    )
    print()
    print("| round | tree | " + " | ".join(STAGES) + " | outside synthesis s | share | LUFS |")
    print("|---" * (len(STAGES) + 5) + "|")
    for round_no, name, data in runs:
        cells = [f"{data['stages'].get(s, 0.0):.2f}" for s in STAGES]
        share = data["outside_s"] / (data["outside_s"] + synth_s)
        lufs = data["loudness"]["integrated_lufs"] if data["loudness"] else "-"
        print(
            f"| {round_no} | {name} | {' | '.join(cells)} | {data['outside_s']:.2f} "
            f"| {100 * share:.1f} % | {lufs} |"
        )
    print()
    for name in dict.fromkeys(n for _r, n, _d in runs):
        outside = statistics.median(d["outside_s"] for _r, n, d in runs if n == name)
        publish = statistics.median(d["stages"]["publish"] for _r, n, d in runs if n == name)
        share = outside / (outside + synth_s)
        print(
            f"{name}: median outside synthesis {outside:.2f} s (publish {publish:.2f} s), "
            f"{100 * share:.1f} % of make"
        )


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        print(json.dumps(child(Path(sys.argv[2]), Path(sys.argv[3]))))
    else:
        main()
