"""Peak memory and speed of one Kokoro synthesis worker, for several chunk lengths.

A worker's memory is the model, the G2P with jieba's dictionary, and onnxruntime's working
memory for one inference call, which grows with the longest chunk of phonemes it is given
(the decoder's tensors scale with the audio it makes). The longest sentences of a report
therefore set a worker's peak. This speaks the ``--sentences`` longest sentences of the
largest corpus report (by spoken characters, as ``scripts/bench_memory.py`` picks it) in one
fresh process per setting, as a pool worker would (one thread), and reports that process's
own high-water mark (``VmHWM``: the kernel's, no sampling) and its synthesis time.

Settings run in turn within each round, rounds repeated, so a change in the machine's load
hits every setting:

* ``chunk-N``: chunks of at most N phoneme tokens per inference call (400 was the engine's
  default before 120), the arena keeping what it took;
* ``chunk-N-shrink``: the same, the arena handing back after each call what it grew by.

onnxruntime's own memory settings were measured with this script too (at commit 1714ab7,
where the engine still took them): turning the CPU arena off saved 111 MiB at 400 tokens
but made synthesis 2.5 times slower, memory patterns off changed nothing, and an arena that
grows by what is asked peaked higher (939 MiB).

    python scripts/bench_worker_memory.py [--report FILE] [--sentences N] [--rounds N]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchlib import VOICE, log, prepare_home, resolve_report, revision, run_child

SETTINGS: dict[str, dict[str, Any]] = {
    "chunk-400": {"chunk_tokens": 400, "arena_shrink": False},
    "chunk-200": {"chunk_tokens": 200, "arena_shrink": False},
    "chunk-160": {"chunk_tokens": 160, "arena_shrink": False},
    "chunk-120": {"chunk_tokens": 120, "arena_shrink": False},
    "chunk-100": {"chunk_tokens": 100, "arena_shrink": False},
    "chunk-400-shrink": {"chunk_tokens": 400, "arena_shrink": True},
    "chunk-120-shrink": {"chunk_tokens": 120, "arena_shrink": True},
}


def _hwm_mib() -> float:
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return 0.0


def child(sentences_file: Path, setting: str) -> dict[str, Any]:
    """Load the engine with ``setting`` and speak the sentences, as a pool worker does."""
    from audiobulletin.engines.kokoro import KokoroEngine

    sentences: list[str] = json.loads(sentences_file.read_text(encoding="utf-8"))
    engine = KokoroEngine(threads=1, **SETTINGS[setting])
    t0 = time.perf_counter()
    engine.load()
    engine.prepare_voice(VOICE)
    loaded_mib, t1 = _hwm_mib(), time.perf_counter()
    audio_s = 0.0
    for text in sentences:
        audio_s += engine.synthesize(text, VOICE).duration_ms / 1000
    return {
        "setting": setting,
        "load_s": t1 - t0,
        "synth_s": time.perf_counter() - t1,
        "audio_s": audio_s,
        "hwm_after_load_mib": loaded_mib,
        "hwm_mib": _hwm_mib(),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--report", help="report file or corpus prefix (default: largest)")
    parser.add_argument("--sentences", type=int, default=4, help="how many of the longest")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--settings", nargs="*", default=list(SETTINGS), choices=list(SETTINGS))
    args = parser.parse_args()

    from bench_memory import pick_report

    from audiobulletin.pipeline import load_script

    report = resolve_report(args.report) if args.report else pick_report(None)[0]
    spoken = [s for c in load_script(str(report)).chapters for s in c.sentences]
    longest = sorted(spoken, key=len, reverse=True)[: args.sentences]
    log(f"{report.name}: longest sentences {[len(s) for s in longest]} characters")
    runs: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="ab-bench-worker-") as tmp_name:
        tmp = Path(tmp_name)
        env = prepare_home(tmp / "home")
        sentences_file = tmp / "sentences.json"
        sentences_file.write_text(json.dumps(longest, ensure_ascii=False), encoding="utf-8")
        for round_no in range(1, args.rounds + 1):
            for setting in args.settings:
                _wall, data = run_child(__file__, [str(sentences_file), setting], env)
                data["round"] = round_no
                data["load_avg"] = os.getloadavg()[0]
                runs.append(data)
                log(
                    f"round {round_no} {setting}: peak {data['hwm_mib']:.0f} MiB, "
                    f"synthesis {data['synth_s']:.1f} s"
                )
    print(
        f"report {report.name}, the {len(longest)} longest sentences "
        f"({sum(map(len, longest))} characters, {runs[0]['audio_s']:.0f} s of audio); "
        f"one thread; commit {revision()}"
    )
    print()
    print(
        "| round | setting | peak RSS MiB (VmHWM) | after load MiB | synthesis s | audio s "
        "| load avg |"
    )
    print("|---|---|---|---|---|---|---|")
    for r in runs:
        print(
            f"| {r['round']} | {r['setting']} | {r['hwm_mib']:.0f} | "
            f"{r['hwm_after_load_mib']:.0f} | {r['synth_s']:.1f} | {r['audio_s']:.1f} "
            f"| {r['load_avg']:.2f} |"
        )
    print()
    for setting in args.settings:
        mine = [r for r in runs if r["setting"] == setting]
        print(
            f"{setting}: peak {max(r['hwm_mib'] for r in mine):.0f} MiB, median synthesis "
            f"{statistics.median(r['synth_s'] for r in mine):.1f} s"
        )


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        print(json.dumps(child(Path(sys.argv[2]), sys.argv[3])))
    else:
        main()
