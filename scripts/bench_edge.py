"""The online engine: sequential requests against the default concurrency, losing nothing.

Runs the real edge_tts client against the fake service of the tests (tests/edge_server.py) on
127.0.0.1, which waits ``--latency`` seconds before answering each request, as the real service
does before its first byte. The same script (a corpus report, or the bundled example) is
synthesized once per concurrency level with the clip cache off, and the script checks that
the audio that came back is exactly what the service sent: the engine accepted as many MP3
bytes as the server sent in complete replies, and the clips' total duration is those bytes at
48 kbit/s (6 bytes per ms). No network is used.

    python scripts/bench_edge.py [--report FILE] [--latency 0.3] [--levels 1,2,4] [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

import benchlib

sys.path.insert(0, str(benchlib.REPO / "tests"))


def run(script, level: int, latency: float, frames) -> dict[str, float]:
    from edge_server import FakeEdgeServer

    from audiobulletin.engines.edge import DEFAULT_VOICE, EdgeEngine
    from audiobulletin.synth import SynthSettings, synthesize

    server = FakeEdgeServer(*frames, latency_s=latency)
    os.environ["AUDIOBULLETIN_EDGE_URL"] = server.start()
    try:
        engine = EdgeEngine(concurrency=level)
        engine.synthesize("预热。", DEFAULT_VOICE)  # imports and the first connection, untimed
        server.audio_bytes_sent = 0
        server.requests.clear()
        engine.stats.audio_bytes = 0
        started = time.perf_counter()
        result = synthesize(script, engine, SynthSettings(voice=DEFAULT_VOICE))
        wall = time.perf_counter() - started
    finally:
        server.stop()
    clip_ms = sum(c.clip.duration_ms for ch in result.chapters for c in ch.clips)
    sent_ms = server.audio_bytes_sent / 6
    return {
        "concurrency": level,
        "wall_s": round(wall, 3),
        "requests": len(server.requests),
        "max_in_flight": server.max_active,
        "server_bytes": server.audio_bytes_sent,
        "engine_bytes": engine.stats.audio_bytes,
        "clip_ms": clip_ms,
        "sent_ms": sent_ms,
        "audio_ok": engine.stats.audio_bytes == server.audio_bytes_sent and clip_ms == sent_ms,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--report", help="corpus report name or number prefix (default: 12)")
    parser.add_argument("--latency", type=float, default=0.3, help="seconds per request")
    parser.add_argument("--levels", default="1,2", help="concurrency levels, first = baseline")
    parser.add_argument("--repeat", type=int, default=3, help="rounds; the median is shown")
    parser.add_argument("--json", type=Path, help="write the results here")
    args = parser.parse_args()

    os.environ.setdefault("NO_PROXY", "127.0.0.1")
    os.environ["AUDIOBULLETIN_HOME"] = tempfile.mkdtemp(prefix="bench-edge-")
    from edge_server import make_frames

    from audiobulletin.pipeline import load_script

    try:
        report = benchlib.resolve_report(args.report)
    except SystemExit:
        report = benchlib.REPO / "examples" / "report.txt"
    script = load_script(str(report))
    sentences = sum(len(c.sentences) for c in script.chapters)
    benchlib.log(f"{report.name}: {len(script.chapters)} chapters, {sentences} sentences")
    with tempfile.TemporaryDirectory() as tmp:
        frames = make_frames(Path(tmp))
        levels = [int(x) for x in args.levels.split(",")]
        runs: dict[int, list[dict]] = {level: [] for level in levels}
        for round_ in range(1, args.repeat + 1):
            for level in levels:  # alternated, so a change in load hits every level alike
                benchlib.log(f"round {round_}: concurrency {level}, {args.latency * 1000:.0f} ms")
                runs[level].append(run(script, level, args.latency, frames))
    rows = []
    for level in levels:
        walls = sorted(r["wall_s"] for r in runs[level])
        row = dict(runs[level][0])
        row["wall_s"] = walls[len(walls) // 2]
        row["walls"] = walls
        row["audio_ok"] = all(r["audio_ok"] for r in runs[level])
        rows.append(row)

    base = rows[0]["wall_s"]
    print(
        f"report {report.name}, latency {args.latency * 1000:.0f} ms/request, "
        f"median of {args.repeat}, commit {benchlib.revision()}, load {os.getloadavg()[0]:.2f}"
    )
    print("| concurrency | requests | max in flight | wall s | speed-up | audio s | audio check |")
    print("|---|---|---|---|---|---|---|")
    for r in rows:
        print(
            f"| {r['concurrency']} | {r['requests']} | {r['max_in_flight']} | {r['wall_s']:.2f} "
            f"| {base / r['wall_s']:.2f}x | {r['clip_ms'] / 1000:.1f} "
            f"| {'equal' if r['audio_ok'] else 'MISMATCH'} ({r['engine_bytes']} B) |"
        )
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2), encoding="utf-8")
    return 0 if all(r["audio_ok"] for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
