"""The nightly batch over a folder of corpus reports: what the incremental skip, the clip
cache and ``--jobs`` buy.

Four measurements, each ``audiobulletin batch`` in a fresh child process, as cron runs it:

1. the first run (cold clip cache, ``--jobs 1``) against a second run with nothing changed:
   the ratio of wall times (the second run should only hash the reports);
2. a run after one paragraph of one report was edited: clips synthesized against the total
   number of sentences in the folder, from ``batch-report.json``;
3. ``--jobs 2`` against ``--jobs 1``, both from a cold clip cache into an empty folder.

The reports are copied into a temporary folder at run time (never into the project). With
``--max-chars`` each copy is cut after the paragraph that passes that many characters, so the
real engine's runs stay short on a small machine. ``--engine fake`` measures the machinery
alone (no model: its "speech" is a tone whose length follows the text).

    python scripts/bench_batch.py [--engine kokoro|fake] [--reports 6] [--max-chars N]
                                  [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchlib import VOICE, corpus_dir, log, prepare_home, revision

FAKE_PROFILE = (
    'engine = "fake"\nvoice = "tone"\nlanguage = "zh"\ngender = "neutral"\n'
    'description = "benchmark stand-in"\n'
)
EDIT = "另据监测，局地还出现了短时大风。"


def _cut(text: str, max_chars: int | None) -> str:
    """The report up to the end of the paragraph that passes ``max_chars`` characters."""
    if not max_chars or len(text) <= max_chars:
        return text
    end = text.find("\n", max_chars)
    return text if end < 0 else text[:end] + "\n"


def _edit_one_paragraph(report: Path) -> None:
    """Append one sentence to the last indented paragraph (a typical late correction)."""
    lines = report.read_text(encoding="utf-8").splitlines()
    candidates = [i for i, line in enumerate(lines) if line.strip() and "。" in line]
    lines[candidates[-1]] += EDIT
    report.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _batch(
    inbox: Path, out: Path, env: dict[str, str], voice: str, jobs: int
) -> tuple[float, dict[str, Any]]:
    cmd = [sys.executable, "-m", "audiobulletin", "batch", str(inbox), "-o", str(out)]
    cmd += ["--voice", voice, "--jobs", str(jobs)]
    t0 = time.perf_counter()
    run = subprocess.run(cmd, env=env, capture_output=True, text=True)
    wall = time.perf_counter() - t0
    if run.returncode != 0:
        raise SystemExit(f"batch failed ({run.returncode}):\n{run.stderr}")
    report = json.loads((out / "batch-report.json").read_text(encoding="utf-8"))
    report["load_after"] = round(os.getloadavg()[0], 2)  # the machine is shared: say how busy
    return wall, report


def _sentences(report: dict[str, Any]) -> tuple[int, int, int]:
    made = [f for f in report["files"] if f["status"] == "made"]
    misses = sum(f["cache_misses"] for f in made)
    total = sum(f["sentences"] or 0 for f in report["files"])
    return misses, total, len(made)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--engine", choices=("kokoro", "fake"), default="kokoro")
    parser.add_argument("--reports", type=int, default=6)
    parser.add_argument("--max-chars", type=int, default=None)
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()

    sources = sorted(corpus_dir().glob("*.txt"), key=lambda p: (p.stat().st_size, p.name))
    sources = sources[: args.reports]
    if len(sources) < args.reports:
        raise SystemExit(f"need {args.reports} reports in {corpus_dir()}")
    work = Path(tempfile.mkdtemp(prefix="bench-batch-"))
    try:
        home = work / "home"
        home.mkdir()
        if args.engine == "kokoro":
            log("preparing the voice pack and model (not timed)")
            env = prepare_home(home)
            voice = VOICE
        else:
            (home / "voices").mkdir()
            (home / "voices" / "bench_fake.toml").write_text(FAKE_PROFILE, encoding="utf-8")
            env = {**os.environ, "AUDIOBULLETIN_HOME": str(home)}
            voice = "bench_fake"
        inbox = work / "inbox"
        inbox.mkdir()
        chars = 0
        for src in sources:
            text = _cut(src.read_text(encoding="utf-8"), args.max_chars)
            chars += len(text)
            (inbox / src.name).write_text(text, encoding="utf-8")
        log(f"{len(sources)} reports, {chars} characters, engine {args.engine}")

        out = work / "public"
        log("1. first run, --jobs 1, cold clip cache")
        first, report1 = _batch(inbox, out, env, voice, 1)
        log(f"   {first:.1f} s")
        log("   unchanged second run")
        second, report2 = _batch(inbox, out, env, voice, 1)
        log(f"   {second:.2f} s")
        assert report2["counts"]["skipped"] == len(sources), report2["counts"]

        _edit_one_paragraph(inbox / sources[0].name)
        log("2. one paragraph of one report edited")
        edited_wall, report3 = _batch(inbox, out, env, voice, 1)
        misses, total, made = _sentences(report3)
        log(f"   {misses} of {total} sentences synthesized, {made} report(s) made")

        log("3. --jobs 2, cold clip cache, empty output folder")
        shutil.rmtree(home / "cache", ignore_errors=True)
        shutil.rmtree(out)
        jobs2, report4 = _batch(inbox, out, env, voice, 2)
        log(
            f"   {jobs2:.1f} s ({report4['jobs']} jobs, "
            f"{report4['workers_per_job']} worker(s) each)"
        )
        first_sentences = sum(f["sentences"] for f in report1["files"])
        audio = sum(f["audio_s"] for f in report1["files"])
        result = {
            "revision": revision(),
            "engine": args.engine,
            "cores": len(os.sched_getaffinity(0)),
            "reports": [s.name for s in sources],
            "characters": chars,
            "sentences": first_sentences,
            "audio_s": round(audio, 1),
            "first_s": round(first, 2),
            "unchanged_s": round(second, 2),
            "unchanged_ratio": round(second / first, 4),
            "edited_s": round(edited_wall, 2),
            "edited_synthesized": misses,
            "edited_total_sentences": total,
            "jobs1_s": round(first, 2),
            "jobs2_s": round(jobs2, 2),
            "jobs2_speedup": round(first / jobs2, 3),
            "load_after": {
                "first": report1["load_after"],
                "unchanged": report2["load_after"],
                "edited": report3["load_after"],
                "jobs2": report4["load_after"],
            },
            "loudness_lufs": sorted(f["loudness"]["integrated_lufs"] for f in report1["files"]),
            "true_peak_dbtp_max": max(f["loudness"]["true_peak_dbtp"] for f in report1["files"]),
        }
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(json.dumps(result, ensure_ascii=False, indent=2))
    if args.json:
        args.json.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n")


if __name__ == "__main__":
    main()
