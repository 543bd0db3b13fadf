"""Throughput of ``make`` end to end against raw kokoro-onnx on the same sentences.

The question this answers: does the pipeline earn its keep? ``make`` adds text stages,
per-sentence plausibility checks, assembly, loudness normalisation, MP3 encoding and tags
around the model, and it runs the model in a pool of single-thread worker processes. The
baseline is what a kokoro-onnx user would write by hand: one process, ``kokoro_onnx.Kokoro``
with the same model file and voice style, misaki's Mandarin G2P, ``is_phonemes=True``.

Both sides speak exactly the same sentences (taken from ``load_script``), and every run is a
fresh child process, so interpreter start, imports, model load and jieba's dictionary load are
paid by both alike. Runs alternate (raw 2 threads, ours, raw 1 thread, then again) so a change
in machine load hits every contender rather than one.

"Pipeline overhead" is the share of ``make``'s time spent outside ``synthesize``. It is measured
on the real ``make`` call: the stage functions it looks up at call time are wrapped with timers,
so there is no separate, possibly different, re-implementation of the pipeline to trust.

    python scripts/bench_throughput.py [--report FILE] [--repeat N] [--no-raw1] [--json OUT]

Goal (issue): ours >= 1.2x raw single-process throughput, pipeline overhead <= 5 %.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from benchlib import (
    DEFAULT_REPORT,
    VOICE,
    home_env,
    log,
    prepare_home,
    resolve_report,
    revision,
    run_child,
    time_stages,
)


def spoken_sentences(report: Path) -> list[str]:
    """The sentences ``make`` speaks, in order, exactly as its synthesis stage sees them."""
    from audiobulletin.pipeline import load_script
    from audiobulletin.zh import fold_silent  # the same folding synthesize() applies

    script = load_script(str(report))
    return [s for chapter in script.chapters for s in fold_silent(chapter.sentences)]


# --------------------------------------------------------------------------- child: raw


def child_raw(sentences_file: Path, threads: int) -> dict[str, Any]:
    """kokoro-onnx as its users drive it: one process, misaki G2P, phonemes in, audio out.

    ``threads`` 0 keeps onnxruntime's own default (one per physical core), which is what
    ``Kokoro(model, voices)`` gives; any other value builds the session with that many
    intra-op threads.
    """
    t0 = time.perf_counter()
    sentences: list[str] = json.loads(sentences_file.read_text(encoding="utf-8"))
    from kokoro_onnx import Kokoro
    from misaki import zh

    from audiobulletin.engines.kokoro import ensure_model
    from audiobulletin.voices import japanese_packs_file, load_installed

    model = str(ensure_model())
    voices_npz = str(japanese_packs_file())  # kokoro-onnx insists on a voices file
    style = load_installed(VOICE)
    if style is None:
        raise SystemExit(f"voice {VOICE} not installed")
    if threads == 0:
        kokoro = Kokoro(model, voices_npz)
    else:
        import onnxruntime as ort

        options = ort.SessionOptions()
        options.intra_op_num_threads = threads
        session = ort.InferenceSession(
            model, sess_options=options, providers=["CPUExecutionProvider"]
        )
        kokoro = Kokoro.from_session(session, voices_npz)
    g2p = zh.ZHG2P()
    t_loaded = time.perf_counter()

    g2p_s = synth_s = audio_s = 0.0
    first_clip = None
    for text in sentences:
        a = time.perf_counter()
        phonemes = g2p(text)[0]
        b = time.perf_counter()
        audio, sr = kokoro.create(phonemes, voice=style, speed=1.0, is_phonemes=True)
        c = time.perf_counter()
        g2p_s += b - a
        synth_s += c - b
        audio_s += len(audio) / sr
        if first_clip is None:
            first_clip = c - t0
    return {
        "load_s": t_loaded - t0,
        "g2p_s": g2p_s,
        "infer_s": synth_s,
        "first_clip_s": first_clip,
        "audio_s": audio_s,
        "inner_s": time.perf_counter() - t0,
    }


# --------------------------------------------------------------------------- child: ours


def child_ours(report: Path, out: Path, workers: int | None) -> dict[str, Any]:
    """The real ``make`` (cache off, default workers) with its stages timed in place."""
    t0 = time.perf_counter()
    from audiobulletin.pipeline import MakeOptions, make

    extra: dict[str, Any] = {}

    def after(stage: str, result: Any) -> None:
        if stage == "synthesize":
            extra["workers"] = result.workers
            extra["speech_s"] = (
                sum(c.clip.duration_ms for ch in result.chapters for c in ch.clips) / 1000
            )

    stages = time_stages({}, after)

    progress: list[float] = []
    t_make = time.perf_counter()
    result = make(
        str(report),
        out,
        MakeOptions.of(voice=VOICE, workers=workers, cache=False),
        on_progress=lambda done, total: progress.append(time.perf_counter()),
    )
    t_end = time.perf_counter()
    synth_start = progress[0] if progress else t_make
    return {
        "stages": stages,
        "make_s": result.seconds,
        "make_outside_s": t_make - t0,  # imports of the pipeline modules, before make() runs
        "first_clip_s": (progress[1] - synth_start) if len(progress) > 1 else None,
        # Seconds from synthesize()'s start at which each sentence finished: shows the pool's
        # start-up (first entry) and how long one worker idles at the end (last two entries).
        "done_at_s": [p - synth_start for p in progress[1:]],
        "synthesized": result.synthesized,
        "audio_s": result.duration_ms / 1000,
        "inner_s": t_end - t0,
        **extra,
    }


# --------------------------------------------------------------------------- parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--report", help=f"report file or corpus prefix (default {DEFAULT_REPORT})")
    parser.add_argument("--repeat", type=int, default=1, help="rounds of raw/ours/raw-1t")
    parser.add_argument("--workers", type=int, default=None, help="make --workers (default: cores)")
    parser.add_argument("--no-raw1", action="store_true", help="skip the 1-thread raw baseline")
    parser.add_argument("--json", type=Path, help="also write every run as JSON here")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.child:
        kind, *rest = args.child
        if kind == "raw":
            out = child_raw(Path(rest[0]), int(rest[1]))
        else:
            out = child_ours(Path(rest[0]), Path(rest[1]), int(rest[2]) or None)
        print(json.dumps(out))
        return

    from audiobulletin.synth import available_cores, voiced_chars

    report = resolve_report(args.report)
    sentences = spoken_sentences(report)
    chars = sum(voiced_chars(s) for s in sentences)
    log(
        f"report {report.name}: {len(sentences)} sentences, {chars} voiced characters "
        f"({sum(len(s) for s in sentences)} spoken characters)"
    )

    contenders = [("raw 2 threads", ["raw", "2"]), ("ours (make)", ["ours"])]
    if not args.no_raw1:
        contenders.append(("raw 1 thread", ["raw", "1"]))

    runs: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="ab-bench-tp-") as tmp:
        home = Path(tmp) / "home"
        log("preparing home: voice pack from the mirror, model assembly (not timed)")
        prepare_home(home)
        sentences_file = Path(tmp) / "sentences.json"
        sentences_file.write_text(json.dumps(sentences, ensure_ascii=False), encoding="utf-8")
        for round_no in range(1, args.repeat + 1):
            for label, spec in contenders:
                if spec[0] == "raw":
                    child_args = ["raw", str(sentences_file), spec[1]]
                else:
                    out = Path(tmp) / f"out{round_no}.mp3"
                    child_args = ["ours", str(report), str(out), str(args.workers or 0)]
                load_before = os.getloadavg()[0]
                commit = revision()
                log(f"round {round_no}: {label} (load {load_before:.2f}) ...")
                wall, data = run_child(__file__, child_args, home_env(home))
                data.update(
                    commit=commit,
                    label=label,
                    round=round_no,
                    wall_s=wall,
                    load_before=load_before,
                    load_after=os.getloadavg()[0],
                )
                runs.append(data)
                log(
                    f"round {round_no}: {label}: {wall:.1f} s, "
                    f"{chars / wall:.2f} chars/s, {data['audio_s'] / wall:.3f} audio s/s"
                )

    if args.json:
        args.json.write_text(
            json.dumps({"report": report.name, "chars": chars, "runs": runs}, indent=2),
            encoding="utf-8",
        )
    print_tables(report, sentences, chars, runs, available_cores())


def print_tables(
    report: Path, sentences: list[str], chars: int, runs: list[dict[str, Any]], cores: int
) -> None:
    """Markdown tables: every run, the medians with ratios, and ours' stage breakdown."""
    commits = ", ".join(dict.fromkeys(r["commit"] for r in runs))
    print(
        f"report: {report.name}, {len(sentences)} sentences, {chars} voiced characters; "
        f"commit {commits}; cores available: {cores}; load average now: "
        + " ".join(f"{x:.2f}" for x in os.getloadavg())
    )
    print()
    print(
        "| round | contender | wall s | chars/s | audio s | audio s/s | start-up s "
        "| first clip s | load avg before/after |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    for r in runs:
        startup = "" if r.get("load_s") is None else f"{r['load_s']:.1f}"
        first = "" if r.get("first_clip_s") is None else f"{r['first_clip_s']:.1f}"
        print(
            f"| {r['round']} | {r['label']} | {r['wall_s']:.1f} | {chars / r['wall_s']:.2f} "
            f"| {r['audio_s']:.1f} | {r['audio_s'] / r['wall_s']:.3f} | {startup} | {first} "
            f"| {r['load_before']:.2f} / {r['load_after']:.2f} |"
        )
    print()

    def median(label: str, key: str = "wall_s") -> float | None:
        values = [r[key] for r in runs if r["label"] == label and r.get(key) is not None]
        return statistics.median(values) if values else None

    ours = median("ours (make)")
    assert ours is not None
    print("| contender | median wall s | chars/s | ours/raw throughput |")
    print("|---|---|---|---|")
    for label in dict.fromkeys(r["label"] for r in runs):
        wall = median(label)
        assert wall is not None
        ratio = "-" if label.startswith("ours") else f"{wall / ours:.2f}x"
        print(f"| {label} | {wall:.1f} | {chars / wall:.2f} | {ratio} |")
    raw_infer = median("raw 2 threads", "infer_s")
    if raw_infer:
        print(
            f"| raw 2 threads, inference only (no start-up, no G2P) | {raw_infer:.1f} "
            f"| {chars / raw_infer:.2f} | {raw_infer / ours:.2f}x |"
        )
    print()

    ours_runs = [r for r in runs if r["label"] == "ours (make)"]
    print("Where ours spends its time (median over rounds; % of make's own time):")
    print()
    print("| stage | s | % |")
    print("|---|---|---|")
    total = statistics.median(r["make_s"] for r in ours_runs)
    names = ["text", "voice", "synthesize", "assemble", "publish"]
    for name in names:
        s = statistics.median(r["stages"].get(name, 0.0) for r in ours_runs)
        print(f"| {name} | {s:.2f} | {100 * s / total:.1f} |")
    other = statistics.median(
        r["make_s"] - sum(r["stages"].get(n, 0.0) for n in names) for r in ours_runs
    )
    print(f"| rest of make (settings, profile, glue) | {other:.2f} | {100 * other / total:.1f} |")
    print(f"| **make total** | {total:.2f} | 100 |")
    overhead = statistics.median(
        (r["make_s"] - r["stages"]["synthesize"]) / r["make_s"] for r in ours_runs
    )
    imports = statistics.median(r["make_outside_s"] for r in ours_runs)
    print()
    print(
        f"pipeline overhead (make time outside synthesize): {100 * overhead:.1f} % "
        f"(goal <= 5 %); importing the pipeline before make(): {imports:.2f} s"
    )
    first = ours_runs[0]
    print(
        f"workers used: {first.get('workers')}; sentences synthesized: "
        f"{first['synthesized']}; speech in clips: {first.get('speech_s', 0):.1f} s "
        f"(bulletin with pauses: {first['audio_s']:.1f} s)"
    )


if __name__ == "__main__":
    main()
