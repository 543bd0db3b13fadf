"""How quick is `audiobulletin --help`, side by side with a bare Python start-up.

Runs both commands alternately N times and prints the medians and their ratio, then lists
any heavy module (jieba, wetext, onnxruntime, numpy, ...) that ``--help`` imported. The help
must not load any of them: they are imported inside the commands that need them.

    python scripts/bench_help.py [-n 15]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time

HEAVY = ("jieba", "wetext", "onnxruntime", "kokoro_onnx", "misaki", "numpy", "mutagen", "PIL")


def _time(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def heavy_imports() -> list[str]:
    """Heavy modules that `audiobulletin --help` loads (should be none)."""
    probe = (
        "import sys\n"
        "from audiobulletin.cli import main\n"
        "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
        f"print('HEAVY:' + ','.join(m for m in {HEAVY!r} if m in sys.modules))"
    )
    run = subprocess.run([sys.executable, "-c", probe], check=True, capture_output=True, text=True)
    found = next(line for line in run.stdout.splitlines() if line.startswith("HEAVY:"))
    return [m for m in found.removeprefix("HEAVY:").split(",") if m]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=15, help="runs of each command")
    args = parser.parse_args()

    ours = [sys.executable, "-m", "audiobulletin", "--help"]
    bare = [sys.executable, "-c", "import typer"]
    a: list[float] = []
    b: list[float] = []
    _time(ours), _time(bare)  # warm the file cache
    for _ in range(args.n):
        a.append(_time(ours))
        b.append(_time(bare))
    ma, mb = statistics.median(a), statistics.median(b)
    print(f"audiobulletin --help   median {ma * 1000:7.1f} ms  (min {min(a) * 1000:.1f})")
    print(f"python -c 'import typer' median {mb * 1000:7.1f} ms  (min {min(b) * 1000:.1f})")
    print(f"ratio {ma / mb:.2f}x over a bare typer start-up")
    heavy = heavy_imports()
    print("heavy modules imported by --help:", ", ".join(heavy) if heavy else "none")
    sys.exit(1 if heavy else 0)


if __name__ == "__main__":
    main()
