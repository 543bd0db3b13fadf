"""Peak memory and speed of one Kokoro synthesis worker, setting against setting.

A worker's memory is the model, the G2P with jieba's dictionary, and onnxruntime's working
memory for one inference call, which grows with the longest chunk of phonemes it is given
(the decoder's tensors scale with the audio it makes, about 28 MiB a second of audio at 120
tokens). The longest sentences of a report therefore set a worker's peak; over a whole report
what the allocators keep of freed memory adds to it. This speaks the ``--sentences`` longest
sentences of the largest corpus report (by spoken characters, as ``scripts/bench_memory.py``
picks it), or with ``--whole`` every sentence in report order, in one fresh process per
setting, as a pool worker would (one thread), and reports that process's own high-water mark
(``VmHWM``: the kernel's, no sampling) and its synthesis speed. With ``--steps`` it also shows
where the memory goes: ``VmRSS`` and ``VmHWM`` after each step of the worker's start (the
imports, the G2P's imports, the ONNX session, the first sentence with jieba's dictionary).

Settings run in turn within each round, rounds repeated, so a change in the machine's load
hits every setting:

* ``chunk-N``: chunks of at most N phoneme tokens per inference call (400 was the engine's
  default before 120), the arena keeping what it took;
* ``chunk-N-shrink``: the same, the arena handing back after each call what it grew by;
* ``chunk-N-trim``: the same, and glibc serving large blocks with their own mappings and
  trimming its heap after loading and after each call (``audiobulletin.heap``), the engine's
  default since;
* ``chunk-120-prepared``: as ``chunk-120-trim``, but the process is given each sentence's
  phoneme chunks, prepared here, as a pool worker now is (``Engine.prepare``), so it never
  loads misaki's G2P, jieba or pypinyin;
* ``chunk-120-trim-2threads``: as ``chunk-120-trim``, but two engines in one process, each
  speaking every sentence in a thread of its own, as a Dask worker with ``--nthreads 2``
  makes two reports at once: the peak is the process's, shared by its two engines.

onnxruntime's own memory settings were measured with this script too (at commit 1714ab7,
where the engine still took them): turning the CPU arena off saved 111 MiB at 400 tokens
but made synthesis 2.5 times slower, memory patterns off changed nothing, and an arena that
grows by what is asked peaked higher (939 MiB).

    python scripts/bench_worker_memory.py [--report FILE] [--sentences N | --whole]
        [--rounds N] [--settings NAME ...] [--steps]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from benchlib import VOICE, log, prepare_home, resolve_report, revision, run_child

_KEEP = {"arena_shrink": False, "trim_heap": False}
_SHRINK = {"arena_shrink": True, "trim_heap": False}
_TRIM = {"arena_shrink": True, "trim_heap": True}
SETTINGS: dict[str, dict[str, Any]] = {
    "chunk-400": {"chunk_tokens": 400, **_KEEP},
    "chunk-200": {"chunk_tokens": 200, **_KEEP},
    "chunk-160": {"chunk_tokens": 160, **_KEEP},
    "chunk-120": {"chunk_tokens": 120, **_KEEP},
    "chunk-100": {"chunk_tokens": 100, **_KEEP},
    "chunk-400-shrink": {"chunk_tokens": 400, **_SHRINK},
    "chunk-120-shrink": {"chunk_tokens": 120, **_SHRINK},
    "chunk-400-trim": {"chunk_tokens": 400, **_TRIM},
    "chunk-120-trim": {"chunk_tokens": 120, **_TRIM},
    "chunk-100-trim": {"chunk_tokens": 100, **_TRIM},
    "chunk-120-prepared": {"chunk_tokens": 120, **_TRIM},
    "chunk-120-trim-2threads": {"chunk_tokens": 120, **_TRIM},
}
#: Settings whose process runs this many engines at once, each in a thread of its own and
#: each speaking every sentence, as a Dask worker started with ``--nthreads 2`` makes two
#: reports at once: the libraries and the G2P's dictionaries (jieba's, pypinyin's) are the
#: process's, loaded once; each thread keeps its own engine (``audiobulletin.kept``).
SLOTS = {"chunk-120-trim-2threads": 2}
#: Settings whose process is handed phoneme chunks prepared by this (the coordinating)
#: process, as a pool worker now is, instead of the text: it never loads the G2P.
PREPARED = {"chunk-120-prepared"}


def _memory_mib() -> dict[str, float]:
    """This process's resident size now (``VmRSS``) and at its highest (``VmHWM``)."""
    found = {}
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            key, _, value = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                found[key] = int(value.split()[0]) / 1024
    return found


def _hwm_mib() -> float:
    return _memory_mib().get("VmHWM", 0.0)


def child(sentences_file: Path, setting: str) -> dict[str, Any]:
    """Load the engine with ``setting`` and speak the sentences, as a pool worker does,
    noting the memory after each step of the start."""
    steps: list[tuple[str, dict[str, float]]] = [("interpreter", _memory_mib())]
    import kokoro_onnx  # noqa: F401  (with numpy, onnxruntime and the English phonemizer)

    steps.append(("numpy, onnxruntime, kokoro_onnx imported", _memory_mib()))
    prepared = setting in PREPARED
    if not prepared:
        from misaki import zh  # noqa: F401  (jieba, pypinyin with its dictionaries, cn2an)

    steps.append(("misaki's Mandarin G2P imported (not when prepared)", _memory_mib()))
    from audiobulletin.engines.kokoro import KokoroEngine

    texts: list[Any] = json.loads(sentences_file.read_text(encoding="utf-8"))
    sentences = [text for text, _chunks in texts]
    slots = SLOTS.get(setting, 1)
    engines = [KokoroEngine(threads=1, **SETTINGS[setting]) for _ in range(slots)]
    t0 = time.perf_counter()
    for engine in engines:
        if prepared:
            engine._load_session()  # the model only, as a pool worker loads it
        else:
            engine.load()
        engine.prepare_voice(VOICE)
    loaded_mib, t1 = _hwm_mib(), time.perf_counter()
    steps.append(("ONNX session built (engine loaded)", _memory_mib()))
    spoken: list[tuple[float, str]] = [(0.0, "")] * slots

    def speak(slot: int) -> None:
        engine, audio_s, digest = engines[slot], 0.0, hashlib.sha256()
        for index, (text, chunks) in enumerate(texts):
            if prepared:
                clip = engine.speak_prepared(tuple(chunks), VOICE)
            else:
                clip = engine.synthesize(text, VOICE)
            audio_s += clip.duration_ms / 1000
            digest.update(clip.pcm)
            if index == 0 and slot == 0:
                steps.append(("first sentence spoken (jieba's dictionary loaded)", _memory_mib()))
        spoken[slot] = (audio_s, digest.hexdigest()[:12])

    threads = [threading.Thread(target=speak, args=(k,)) for k in range(slots)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    synth_s = time.perf_counter() - t1
    steps.append(("every sentence spoken", _memory_mib()))
    hwm = _hwm_mib()
    return {
        "setting": setting,
        "slots": slots,
        "load_s": t1 - t0,
        "synth_s": synth_s,
        "chars_per_s": slots * sum(map(len, sentences)) / synth_s,
        "audio_s": spoken[0][0],
        # every slot speaks the same sentences: one digest when they made the same audio
        "audio_sha256": ",".join(sorted({d for _, d in spoken})),
        "hwm_after_load_mib": loaded_mib,
        "hwm_mib": hwm,
        "hwm_per_slot_mib": hwm / slots,
        "steps": steps,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--report", help="report file or corpus prefix (default: largest)")
    parser.add_argument("--sentences", type=int, default=4, help="how many of the longest")
    parser.add_argument("--whole", action="store_true", help="every sentence, in order")
    parser.add_argument("--steps", action="store_true", help="memory after each start step")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--settings", nargs="*", default=list(SETTINGS), choices=list(SETTINGS))
    args = parser.parse_args()

    from bench_memory import pick_report

    from audiobulletin.pipeline import load_script

    report = resolve_report(args.report) if args.report else pick_report(None)[0]
    spoken = [s for c in load_script(str(report)).chapters for s in c.sentences]
    if args.whole:
        longest = spoken
        log(f"{report.name}: all {len(spoken)} sentences, {sum(map(len, spoken))} characters")
    else:
        longest = sorted(spoken, key=len, reverse=True)[: args.sentences]
        log(f"{report.name}: longest sentences {[len(s) for s in longest]} characters")
    runs: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="ab-bench-worker-") as tmp_name:
        tmp = Path(tmp_name)
        env = prepare_home(tmp / "home")
        sentences_file = tmp / "sentences.json"
        from audiobulletin.engines.kokoro import KokoroEngine

        g2p = KokoroEngine()  # the phoneme chunks, as the coordinating process prepares them
        texts = [(text, g2p.prepare(text)) for text in longest]
        sentences_file.write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
        for round_no in range(1, args.rounds + 1):
            for setting in args.settings:
                _wall, data = run_child(__file__, [str(sentences_file), setting], env)
                data["round"] = round_no
                data["load_avg"] = os.getloadavg()[0]
                runs.append(data)
                log(
                    f"round {round_no} {setting}: peak {data['hwm_mib']:.0f} MiB, "
                    f"synthesis {data['synth_s']:.1f} s ({data['chars_per_s']:.2f} chars/s)"
                )
    which = "every sentence" if args.whole else f"the {len(longest)} longest sentences"
    print(
        f"report {report.name}, {which} "
        f"({sum(map(len, longest))} characters, {runs[0]['audio_s']:.0f} s of audio); "
        f"one thread per engine; commit {revision()}"
    )
    print()
    print(
        "| round | setting | engines | peak RSS MiB (VmHWM) | per engine | after load MiB "
        "| synthesis s | chars/s | audio s | load avg |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|")
    for r in runs:
        print(
            f"| {r['round']} | {r['setting']} | {r['slots']} | {r['hwm_mib']:.0f} | "
            f"{r['hwm_per_slot_mib']:.0f} | "
            f"{r['hwm_after_load_mib']:.0f} | {r['synth_s']:.1f} | {r['chars_per_s']:.2f} "
            f"| {r['audio_s']:.1f} | {r['load_avg']:.2f} |"
        )
    print()
    for setting in args.settings:
        mine = [r for r in runs if r["setting"] == setting]
        print(
            f"{setting}: peak {max(r['hwm_mib'] for r in mine):.0f} MiB "
            f"({max(r['hwm_per_slot_mib'] for r in mine):.0f} per engine), median synthesis "
            f"{statistics.median(r['synth_s'] for r in mine):.1f} s, "
            f"{statistics.median(r['chars_per_s'] for r in mine):.2f} chars/s, "
            f"audio sha256 {', '.join(sorted({r['audio_sha256'] for r in mine}))}"
        )
    if args.steps:
        _print_steps(runs, args.settings)


def _print_steps(runs: list[dict[str, Any]], settings: list[str]) -> None:
    """VmRSS / VmHWM after each start step, per setting (its first round)."""
    firsts = [next(r for r in runs if r["setting"] == s) for s in settings]
    print()
    print("| step | " + " | ".join(f"{s} RSS / HWM MiB" for s in settings) + " |")
    print("|---|" + "---|" * len(settings))
    for index, (step, _) in enumerate(firsts[0]["steps"]):
        cells = [r["steps"][index][1] for r in firsts]
        print(
            f"| {step} | "
            + " | ".join(f"{c['VmRSS']:.0f} / {c['VmHWM']:.0f}" for c in cells)
            + " |"
        )


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        print(json.dumps(child(Path(sys.argv[2]), sys.argv[3])))
    else:
        main()
