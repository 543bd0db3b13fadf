"""The clip cache: first run, unchanged re-run, and a re-run after editing one sentence.

Re-making a bulletin after a correction is the common case in a newsroom, so the cache has to
make it nearly free: an unchanged report should take at most 3 % of the first run's time, and
an edit should synthesize only the sentences whose text changed (one, or two when the edited
sentence also appears in the summary intro).

A fully cached run has nothing to synthesize, so it should not even start worker processes or
load the ONNX model; this script checks that directly (is onnxruntime imported, was a process
pool started, was an engine loaded) rather than inferring it from the time alone.

Each run is a fresh interpreter (``make`` in a child process, as the CLI runs it), with a fresh
``AUDIOBULLETIN_HOME`` whose voice pack is pulled from the local mirror. The model is assembled
into that home before the first run and timed on its own, so "first run" means a cold clip
cache, not a first install.

    python scripts/bench_cache.py [--report FILE] [--cli-reruns N] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

from benchlib import (
    DEFAULT_REPORT,
    MODEL_COMMAND,
    VOICE,
    home_env,
    log,
    pull_command,
    resolve_report,
    revision,
    run_child,
    time_stages,
    voice_mirror,
)

#: Modules whose presence after a run shows that the speech model was touched.
HEAVY = ("onnxruntime", "kokoro_onnx", "misaki", "jieba")


# --------------------------------------------------------------------------- child


def child(report: Path, out: Path) -> dict[str, Any]:
    """One ``make`` with the cache on, reporting what it synthesized and what it loaded."""
    t0 = time.perf_counter()
    import concurrent.futures

    from audiobulletin.engines.kokoro import KokoroEngine
    from audiobulletin.pipeline import MakeOptions, make

    seen = {"pools": 0, "engine_loads": 0}
    pool_class = concurrent.futures.ProcessPoolExecutor

    class CountingPool(pool_class):  # type: ignore[misc, valid-type]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            seen["pools"] += 1
            super().__init__(*args, **kwargs)

    concurrent.futures.ProcessPoolExecutor = CountingPool  # type: ignore[misc]
    original_load = KokoroEngine.load

    def counting_load(self: KokoroEngine) -> None:
        if self._kokoro is None:
            seen["engine_loads"] += 1
        original_load(self)

    KokoroEngine.load = counting_load  # type: ignore[method-assign]
    stages = time_stages({})

    result = make(str(report), out, MakeOptions.of(voice=VOICE))
    return {
        "synthesized": result.synthesized,
        "cached": result.cached,
        "make_s": result.seconds,
        "inner_s": time.perf_counter() - t0,
        "audio_s": result.duration_ms / 1000,
        "heavy_modules": [m for m in HEAVY if m in sys.modules],
        "pools_started": seen["pools"],
        "engine_loads_in_main": seen["engine_loads"],
        "stages": stages,
    }


# --------------------------------------------------------------------------- parent


def timed(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def sentences_of(text: str, tmp: Path) -> list[str]:
    """Every sentence ``make`` would speak for ``text`` (written to a scratch file)."""
    from audiobulletin.pipeline import load_script

    scratch = tmp / "scratch.txt"
    scratch.write_text(text, encoding="utf-8")
    return [s for chapter in load_script(str(scratch)).chapters for s in chapter.sentences]


def edit_one_sentence(text: str, tmp: Path) -> tuple[str, int, int]:
    """Change one digit (else one character) in the second half of ``text``, as a correction
    would; returns the new text, the position changed and how many spoken sentences differ.

    Candidates are tried until one changes one or two spoken sentences (two when the intro
    quotes the edited sentence) and leaves the sentence count alone, so the expectation that
    the re-run synthesizes exactly that many is well defined.
    """
    before = Counter(sentences_of(text, tmp))
    start = len(text) // 2
    digits = [i for i in range(start, len(text)) if text[i].isascii() and text[i].isdigit()]
    hans = [i for i in range(start, len(text)) if text[i] == "的"]
    candidates = [(i, "8" if text[i] == "9" else str(int(text[i]) + 1)) for i in digits]
    candidates += [(i, "之") for i in hans]
    for pos, new in candidates[:40]:
        edited = text[:pos] + new + text[pos + 1 :]
        after = Counter(sentences_of(edited, tmp))
        if sum(after.values()) != sum(before.values()):
            continue
        changed = sum((after - before).values())
        if 1 <= changed <= 2:
            return edited, pos, changed
    raise SystemExit("found no single-sentence edit in the report")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--report", help=f"report file or corpus prefix (default {DEFAULT_REPORT})")
    parser.add_argument("--cli-reruns", type=int, default=3, help="timed CLI re-runs (cached)")
    parser.add_argument("--json", type=Path, help="also write the results as JSON here")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.child:
        print(json.dumps(child(Path(args.child[0]), Path(args.child[1]))))
        return

    source = resolve_report(args.report)
    commit_before = revision()
    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="ab-bench-cache-") as tmp_name:
        tmp = Path(tmp_name)
        home = tmp / "home"
        env = home_env(home)
        report = tmp / source.name
        shutil.copyfile(source, report)
        out = tmp / "out" / "bulletin.mp3"

        log(f"fresh home {home}: pulling {VOICE} from {voice_mirror()}")
        pull_s = timed(pull_command(), env)
        model_s = timed(MODEL_COMMAND, env)
        log(f"pull {pull_s:.1f} s, model assembly {model_s:.1f} s")

        def run(label: str, expected: str) -> dict[str, Any]:
            load = os.getloadavg()[0]
            log(f"{label} (load {load:.2f}) ...")
            wall, data = run_child(__file__, [str(report), str(out)], env)
            data.update(label=label, wall_s=wall, expected=expected, load=load)
            log(
                f"{label}: {wall:.2f} s, synthesized {data['synthesized']}, "
                f"cached {data['cached']}, heavy modules {data['heavy_modules'] or 'none'}"
            )
            rows.append(data)
            return data

        total = len(sentences_of(report.read_text(encoding="utf-8"), tmp))
        first = run("first run (cold clip cache)", str(total))
        again = run("re-run, unchanged", "0")
        cli_cmd = [
            sys.executable,
            "-m",
            "audiobulletin",
            "make",
            str(report),
            "-o",
            str(out),
            "--voice",
            VOICE,
        ]
        cli = [timed(cli_cmd, env) for _ in range(args.cli_reruns)]
        log(f"CLI re-runs: {', '.join(f'{c:.2f}' for c in cli)} s")

        edited, pos, changed = edit_one_sentence(report.read_text(encoding="utf-8"), tmp)
        report.write_text(edited, encoding="utf-8")
        log(f"edited one character at offset {pos}: {changed} spoken sentence(s) differ")
        edit = run("re-run after editing one sentence", str(changed))

    if args.json:
        args.json.write_text(
            json.dumps(
                {"report": source.name, "commit": revision(), "rows": rows, "cli_reruns_s": cli},
                indent=2,
            ),
            encoding="utf-8",
        )

    commit_after = revision()
    commit = (
        commit_before
        if commit_after == commit_before
        else (f"{commit_before} -> {commit_after} (the tree changed during the runs)")
    )
    print(
        f"report: {source.name}; commit {commit}; load average now: "
        + " ".join(f"{x:.2f}" for x in os.getloadavg())
    )
    print(f"setup (not in the runs): voices pull {pull_s:.1f} s, model assembly {model_s:.1f} s")
    print()
    print(
        "| run | wall s | % of first | synthesized (expected) | cached | heavy modules loaded "
        "| pools started | engine loads in main | load avg |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        heavy = ", ".join(r["heavy_modules"]) or "none"
        print(
            f"| {r['label']} | {r['wall_s']:.2f} | {100 * r['wall_s'] / first['wall_s']:.1f} "
            f"| {r['synthesized']} ({r['expected']}) | {r['cached']} | {heavy} "
            f"| {r['pools_started']} | {r['engine_loads_in_main']} | {r['load']:.2f} |"
        )
    cli_median = statistics.median(cli)
    print(
        f"| CLI `audiobulletin make` re-run, unchanged (median of {len(cli)}) "
        f"| {cli_median:.2f} | {100 * cli_median / first['wall_s']:.1f} | | | | | | |"
    )
    print()
    ratio = again["wall_s"] / first["wall_s"]
    print(
        f"unchanged re-run: {100 * ratio:.1f} % of the first run (goal <= 3 %): "
        f"{'met' if ratio <= 0.03 else 'NOT met'}"
    )
    model_free = (
        not {"onnxruntime", "kokoro_onnx", "misaki"} & set(again["heavy_modules"])
        and again["pools_started"] == 0
        and again["engine_loads_in_main"] == 0
    )
    print(
        f"fully cached run loads the model: {'no' if model_free else 'YES'} "
        "(jieba alone comes from the text stage's chapter titles, not from the engine)"
    )
    print(f"edit: {edit['synthesized']} sentence(s) synthesized, {changed} expected")
    print()
    print("Where each run spends make()'s time (s):")
    print()
    names = ["text", "voice", "synthesize", "assemble", "publish"]
    print("| run | " + " | ".join(names) + " | make total |")
    print("|---|" + "---|" * (len(names) + 1))
    for r in rows:
        cells = " | ".join(f"{r['stages'].get(n, 0.0):.2f}" for n in names)
        print(f"| {r['label']} | {cells} | {r['make_s']:.2f} |")


if __name__ == "__main__":
    main()
