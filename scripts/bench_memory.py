"""Peak memory of ``audiobulletin make`` on the largest corpus report, per process.

Memory grows in two places: each synthesis worker holds its own ONNX session, G2P and jieba
dictionary (so the total scales with ``--workers``), and the main process holds every clip and
then the whole bulletin as PCM before encoding (so it scales with the report's length). One
number for the whole run hides which of the two to act on, so this reports both.

``make`` runs as the real CLI under ``/usr/bin/time -v`` while this script samples the process
tree from ``/proc`` every ``--interval`` seconds:

* per process, the kernel's own high-water mark (``VmHWM``), which no sampling gap can miss as
  long as the process is seen at least once near its end;
* the largest simultaneous total over the tree, both as RSS (counts shared pages in every
  process) and as PSS (shares them out; what the machine actually has to provide);
* ``getrusage(RUSAGE_CHILDREN).ru_maxrss`` and ``time -v``'s maximum RSS, which are the
  largest *single* descendant, as a cross-check.

The interval defaults to one second because reading PSS walks the page tables of processes
near a gigabyte each: at 0.25 s the sampler took about a tenth of a core from the run it
measures. Per-process peaks do not depend on it (the kernel keeps ``VmHWM``).

The default report is the corpus file with the most spoken characters (after normalisation,
which is what decides the audio length), not the largest file on disk.

    python scripts/bench_memory.py [--report FILE] [--workers N] [--interval S] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchlib import VOICE, corpus_dir, log, prepare_home, resolve_report, revision


def spoken_size(report: Path) -> tuple[int, int]:
    """(spoken characters, sentences) of ``report`` as ``make`` would speak it."""
    from audiobulletin.pipeline import load_script

    sentences = [s for c in load_script(str(report)).chapters for s in c.sentences]
    return sum(len(s) for s in sentences), len(sentences)


def pick_report(name: str | None) -> tuple[Path, int, int]:
    """The report to make: as given, else the corpus file with the most spoken characters."""
    if name:
        path = resolve_report(name)
        return (path, *spoken_size(path))
    sizes = []
    for path in sorted(corpus_dir().glob("*.txt")):
        try:
            sizes.append((spoken_size(path), path))
        except Exception as exc:  # a report the pipeline refuses is not a candidate
            log(f"skipping {path.name}: {exc}")
    sizes.sort(key=lambda item: item[0][0], reverse=True)
    for (chars, n), path in sizes[:5]:
        log(
            f"candidate {path.name}: {chars} spoken characters, {n} sentences, "
            f"{len(path.read_text(encoding='utf-8'))} characters on disk"
        )
    (chars, n), path = sizes[0]
    return path.resolve(), chars, n


# --------------------------------------------------------------------------- /proc sampling


def _status_kb(pid: int) -> dict[str, int]:
    out: dict[str, int] = {}
    try:
        with open(f"/proc/{pid}/status", encoding="ascii", errors="replace") as f:
            for line in f:
                key, _, value = line.partition(":")
                if key in ("VmRSS", "VmHWM"):
                    out[key] = int(value.split()[0])
    except (OSError, ValueError, IndexError):
        pass
    return out


def _pss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii", errors="replace") as f:
            for line in f:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return 0


def _children_map() -> dict[int, list[int]]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as f:
                stat = f.read()
        except OSError:
            continue
        # comm may hold spaces and parentheses: the fields after the last ')' are fixed.
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(ppid, []).append(int(entry))
    return children


def descendants(root: int) -> list[int]:
    """``root`` and every process below it, right now."""
    children = _children_map()
    found, stack = [], [root]
    while stack:
        pid = stack.pop()
        found.append(pid)
        stack.extend(children.get(pid, []))
    return found


def _role(pid: int) -> str:
    try:
        raw = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return "?"
    args = [a.decode(errors="replace") for a in raw.split(b"\0") if a]
    text = " ".join(args)
    if "resource_tracker" in text:
        return "multiprocessing resource tracker"
    if "spawn_main" in text:
        return "synthesis worker"
    if args and Path(args[0]).name.startswith("ffmpeg"):
        return "ffmpeg"
    if args and Path(args[0]).name == "time":
        return "/usr/bin/time"
    if "audiobulletin" in text:
        return "main (audiobulletin make)"
    return Path(args[0]).name if args else "?"


@dataclass
class Proc:
    """What was seen of one process over the run."""

    role: str
    hwm_kb: int = 0
    first_seen: float = 0.0
    last_seen: float = 0.0


@dataclass
class Sampler:
    """Peaks over the tree; the per-process table and the simultaneous totals."""

    procs: dict[int, Proc] = field(default_factory=dict)
    peak_rss_kb: int = 0
    peak_pss_kb: int = 0
    peak_at: float = 0.0
    samples: int = 0

    def sample(self, root: int, now: float) -> None:
        rss_total = pss_total = 0
        for pid in descendants(root):
            status = _status_kb(pid)
            if not status:
                continue
            proc = self.procs.get(pid)
            if proc is None:
                proc = self.procs[pid] = Proc(_role(pid), first_seen=now)
            proc.hwm_kb = max(proc.hwm_kb, status.get("VmHWM", 0))
            proc.last_seen = now
            rss_total += status.get("VmRSS", 0)
            pss_total += _pss_kb(pid)
        self.samples += 1
        if pss_total > self.peak_pss_kb:
            self.peak_pss_kb, self.peak_at = pss_total, now
        self.peak_rss_kb = max(self.peak_rss_kb, rss_total)


def _mib(kb: float) -> str:
    return f"{kb / 1024:.0f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--report", help="report file or corpus prefix (default: largest spoken)")
    parser.add_argument("--workers", type=int, default=None, help="make --workers (default: cores)")
    parser.add_argument("--interval", type=float, default=1.0, help="seconds between samples")
    parser.add_argument("--json", type=Path, help="also write the results as JSON here")
    args = parser.parse_args()

    report, chars, n_sentences = pick_report(args.report)
    log(f"report {report.name}: {chars} spoken characters, {n_sentences} sentences")
    sampler = Sampler()
    with tempfile.TemporaryDirectory(prefix="ab-bench-mem-") as tmp_name:
        tmp = Path(tmp_name)
        env = prepare_home(tmp / "home")
        time_file = tmp / "time.txt"
        cmd = [
            sys.executable,
            "-m",
            "audiobulletin",
            "make",
            str(report),
            "-o",
            str(tmp / "out.mp3"),
            "--voice",
            VOICE,
            "--no-cache",
        ]
        if args.workers:
            cmd += ["--workers", str(args.workers)]
        shown = " ".join(["audiobulletin", *cmd[3:]]).replace(str(tmp), "$TMP")
        log(f"running: /usr/bin/time -v {shown} (load {os.getloadavg()[0]:.2f})")
        progress_file = tmp / "progress.txt"
        start = time.perf_counter()
        with progress_file.open("w", encoding="utf-8") as progress:
            proc = subprocess.Popen(
                ["/usr/bin/time", "-v", "-o", str(time_file), *cmd],
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=progress,
            )
            last_log = 0.0
            while proc.poll() is None:
                now = time.perf_counter() - start
                sampler.sample(proc.pid, now)
                if now - last_log >= 60:
                    last_log = now
                    text = progress_file.read_text(encoding="utf-8", errors="replace")
                    lines = text.replace("\r", "\n").strip().splitlines()
                    log(
                        f"{now:.0f} s: tree PSS peak so far {_mib(sampler.peak_pss_kb)} MiB; "
                        f"{lines[-1][:80] if lines else ''}"
                    )
                time.sleep(args.interval)
        wall = time.perf_counter() - start
        if proc.returncode != 0:
            sys.stderr.write(progress_file.read_text(encoding="utf-8", errors="replace"))
            raise SystemExit(f"make failed with exit code {proc.returncode}")
        time_text = time_file.read_text(encoding="utf-8", errors="replace")
    children_maxrss_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    time_maxrss_kb = next(
        (
            int(line.split(":")[1])
            for line in time_text.splitlines()
            if "Maximum resident set size" in line
        ),
        0,
    )
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())

    by_role: dict[str, list[Proc]] = {}
    for p in sampler.procs.values():
        by_role.setdefault(p.role, []).append(p)
    print(
        f"report: {report.name} ({chars} spoken characters, {n_sentences} sentences); "
        f"workers: {args.workers or 'default (cores)'}; wall {wall:.0f} s; commit {revision()}; "
        f"load average now: {load}"
    )
    print()
    print("| process | count | peak RSS each (VmHWM), MiB |")
    print("|---|---|---|")
    for role, procs in sorted(by_role.items(), key=lambda kv: kv[0]):
        peaks = ", ".join(_mib(p.hwm_kb) for p in sorted(procs, key=lambda p: p.first_seen))
        print(f"| {role} | {len(procs)} | {peaks} |")
    print()
    print("| whole tree | MiB |")
    print("|---|---|")
    print(
        f"| largest simultaneous RSS sum (shared pages counted per process) "
        f"| {_mib(sampler.peak_rss_kb)} |"
    )
    print(
        f"| largest simultaneous PSS sum (at {sampler.peak_at:.0f} s) "
        f"| {_mib(sampler.peak_pss_kb)} |"
    )
    print(
        f"| getrusage(RUSAGE_CHILDREN).ru_maxrss (largest single descendant) "
        f"| {_mib(children_maxrss_kb)} |"
    )
    print(
        f"| /usr/bin/time -v maximum resident set size (largest single process) "
        f"| {_mib(time_maxrss_kb)} |"
    )
    print()
    print(f"samples: {sampler.samples} every {args.interval} s")
    if args.json:
        data: dict[str, Any] = {
            "report": report.name,
            "spoken_chars": chars,
            "sentences": n_sentences,
            "workers": args.workers,
            "wall_s": wall,
            "processes": [vars(p) | {"pid": pid} for pid, p in sampler.procs.items()],
            "peak_rss_kb": sampler.peak_rss_kb,
            "peak_pss_kb": sampler.peak_pss_kb,
            "children_maxrss_kb": children_maxrss_kb,
            "time_v": time_text,
            "load_after": load,
        }
        args.json.write_text(json.dumps(data, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
