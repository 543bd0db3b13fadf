"""Ctrl-C and kill -9: a run stops when told, says so, keeps what it finished, and takes
every process it started down with it. The real CLI in a child process, the fake engine
slowed down to the pace of a real model (``[fake] delay_ms``), real files."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

pytestmark = [
    pytest.mark.skipif(
        not Path("/proc/self/status").exists(), reason="reads the process table in /proc"
    ),
    pytest.mark.batchrun,  # whole runs in child processes: the bare pass of .ci/run leaves them out
]


def _status(pid: int) -> dict[str, str]:
    try:
        text = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return {}
    return dict(line.split(":\t", 1) for line in text.splitlines() if ":\t" in line)


def _descendants(pid: int) -> list[int]:
    """Every living process below ``pid`` (children, grandchildren...)."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").glob("[0-9]*"):
        ppid = _status(int(entry.name)).get("PPid", "").strip()
        if ppid.isdigit():
            parents[int(entry.name)] = int(ppid)
    found, frontier = [], [pid]
    while frontier:
        parent = frontier.pop()
        kids = [p for p, pp in parents.items() if pp == parent]
        found += kids
        frontier += kids
    return found


def _running(pids: list[int]) -> list[int]:
    """Those of ``pids`` still running (a zombie has stopped; init reaps it later)."""
    return [p for p in pids if _status(p) and not _status(p)["State"].startswith("Z")]


def _wait_until(condition, seconds: float = 120) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.02)
    return False


def _slow_voice(home: Path, delay_ms: int) -> None:
    (home / "config.toml").write_text(f"[fake]\ndelay_ms = {delay_ms}\n", encoding="utf-8")


def _report(number: int, sentences: int) -> str:
    body = "".join(
        f"第{number}号观测点{i + 1}时水位为{120 + i}厘米，比前一小时上涨{i % 7 + 1}厘米。"
        for i in range(sentences)
    )
    return f"青川市第{number}号水情快报\n\n一、水位\n{body}\n\n二、安排\n值班人员继续巡查堤防。\n"


def _workers_of(pid: int) -> list[int]:
    """The multiprocessing workers below ``pid``."""
    found = []
    for child in _descendants(pid):
        try:
            cmdline = Path(f"/proc/{child}/cmdline").read_bytes()
        except OSError:
            continue
        if b"multiprocessing" in cmdline:
            found.append(child)
    return found


# --------------------------------------------------------------------------- kill -9


def _kill_make_while_it_speaks(tmp_path: Path, *args: str) -> None:
    """Start ``make --workers 2``, SIGKILL it once its workers speak, and check that every
    process it started (workers, multiprocessing's resource tracker) ends too."""
    report = tmp_path / "report.txt"
    report.write_text(_report(1, 40), encoding="utf-8")
    log = (tmp_path / "stderr.txt").open("wb")
    out = f"{tmp_path / 'out'}/"
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "audiobulletin",
            "make",
            str(report),
            "-o",
            out,
            *args,
            "--workers",
            "2",
            "--no-intro",
        ],
        stdout=subprocess.DEVNULL,
        stderr=log,
        cwd=tmp_path,
    )
    try:
        speaking = lambda: b"speaking:" in (tmp_path / "stderr.txt").read_bytes()  # noqa: E731
        assert _wait_until(
            lambda: proc.poll() is not None or (speaking() and len(_workers_of(proc.pid)) >= 2),
            600,
        )
        started = _descendants(proc.pid)
        assert proc.poll() is None and len(_workers_of(proc.pid)) >= 2, (
            "make ended before it could be killed: "
            + (tmp_path / "stderr.txt").read_text(encoding="utf-8", errors="replace")
        )
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        log.close()

    gone = _wait_until(lambda: not _running(started), 60)
    left = _running(started)
    for pid in left:  # clean up after a failure: no test leaves processes behind
        os.kill(pid, signal.SIGKILL)
    assert gone, f"left running after make was killed: {left}"
    assert not (tmp_path / "out" / "report.mp3").exists()


def test_killing_make_takes_its_synthesis_workers_down_too(tmp_path, fake_voice, _isolated_home):
    _slow_voice(_isolated_home, 1000)  # minutes of speech: killed long before the end
    _kill_make_while_it_speaks(tmp_path, "--voice", fake_voice)


@pytest.mark.kokoro
def test_killing_make_takes_its_kokoro_workers_down_too(tmp_path):
    # Offline and without a Mandarin pack: the stand-in pack that ships with the model.
    _kill_make_while_it_speaks(tmp_path)


# --------------------------------------------------------------------------- Ctrl-C


def _ctrl_c_once(command: list[str], tmp_path: Path, marker: bytes) -> None:
    """Run ``command`` in its own process group, press Ctrl-C once ``marker`` is on its stderr,
    and check that it stops at once with one line, no traceback and none of its processes
    left running."""
    log = (tmp_path / "stderr.txt").open("wb")
    proc = subprocess.Popen(
        command,
        stdout=subprocess.DEVNULL,
        stderr=log,
        cwd=tmp_path,
        start_new_session=True,  # its own process group, as a terminal's foreground job
    )
    try:
        seen = lambda: marker in (tmp_path / "stderr.txt").read_bytes()  # noqa: E731
        assert _wait_until(lambda: proc.poll() is not None or seen())
        assert proc.poll() is None, f"{command[3]} ended before it could be interrupted"
        everyone = [proc.pid, *_descendants(proc.pid)]
        os.killpg(proc.pid, signal.SIGINT)  # what the terminal does on Ctrl-C
        # A generous bound: only a run that goes on working takes this long.
        code = proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        log.close()
    err = (tmp_path / "stderr.txt").read_text(encoding="utf-8", errors="replace")
    assert code == 130, err
    assert err.rstrip().endswith("Interrupted."), err
    assert "Traceback" not in err
    assert _wait_until(lambda: not _running(everyone), 60)


def test_ctrl_c_stops_make_with_one_line_and_no_output_file(tmp_path, fake_voice, _isolated_home):
    _slow_voice(_isolated_home, 40)
    report = tmp_path / "report.txt"
    report.write_text(_report(1, 40), encoding="utf-8")
    out = tmp_path / "out"
    make = [sys.executable, "-m", "audiobulletin", "make", str(report), "-o", f"{out}/"]
    _ctrl_c_once([*make, "--voice", fake_voice, "--workers", "2"], tmp_path, b"speaking:")
    assert not out.exists() or not any(out.iterdir())  # nothing half-written


def test_ctrl_c_stops_a_parallel_batch_at_once_and_keeps_what_it_made(
    tmp_path, fake_voice, _isolated_home
):
    _slow_voice(_isolated_home, 40)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    names = [f"report{k}.txt" for k in range(1, 9)]
    for k, name in enumerate(names, 1):
        (inbox / name).write_text(_report(k, 25), encoding="utf-8")
    out = tmp_path / "public"
    batch = [sys.executable, "-m", "audiobulletin", "batch", str(inbox), "-o", str(out)]
    batch += ["--voice", fake_voice, "--jobs", "2", "--no-html"]
    # Ctrl-C once the first report is made and recorded, while the others are made.
    _ctrl_c_once(batch, tmp_path, b"] made ")
    report = json.loads((out / "batch-report.json").read_text(encoding="utf-8"))
    statuses = {f["source"]: f["status"] for f in report["files"]}
    made_now = [n for n, s in statuses.items() if s == "made"]
    assert made_now and set(statuses.values()) <= {"made", "interrupted"}
    assert report["counts"]["interrupted"] == len(names) - len(made_now) > 0
    # No report was made behind the run's back: only those recorded, and at most the two
    # being made when the run stopped, have an MP3.
    mp3s = sorted(p.stem for p in out.glob("*.mp3"))
    assert {Path(n).stem for n in made_now} <= set(mp3s)
    assert len(mp3s) <= len(made_now) + 2
    # What it recorded is not made again.
    again = subprocess.run(
        batch,
        capture_output=True,
        cwd=tmp_path,
        timeout=600,
    )
    assert again.returncode == 0, again.stderr.decode()
    rerun = json.loads((out / "batch-report.json").read_text(encoding="utf-8"))
    assert {f["source"] for f in rerun["files"] if f["status"] == "skipped"} >= set(made_now)


# --------------------------------------------------------------------------- starting workers

_START_AND_INTERRUPT = """
import multiprocessing, os, signal
from concurrent.futures import ProcessPoolExecutor
from audiobulletin.children import spawning, worker_setup

if __name__ == "__main__":
    context = multiprocessing.get_context("spawn")
    pool = ProcessPoolExecutor(1, mp_context=context, initializer=worker_setup,
                               initargs=(os.getpid(),))
    with spawning():
        future = pool.submit(os.getpid)
        for pid in list(pool._processes):
            os.kill(pid, signal.SIGINT)  # while it is still starting: before its initializer
    print(future.result() in pool._processes)
"""


def test_a_worker_interrupted_while_it_starts_lives_on_and_prints_nothing(tmp_path):
    # A Ctrl-C reaches every process of the terminal's group, workers that are still
    # importing included; they used to die with a traceback from site.py.
    script = tmp_path / "start.py"
    script.write_text(_START_AND_INTERRUPT, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "True"
    assert "Traceback" not in done.stderr


def test_a_ctrl_c_while_workers_are_started_is_held_not_lost():
    from audiobulletin.children import spawning

    reached = False
    with pytest.raises(KeyboardInterrupt), spawning():
        # to this thread: with other threads alive (a pool's), the kernel may hand a signal
        # sent to the process to one of them, which does not block it
        signal.pthread_kill(threading.get_ident(), signal.SIGINT)
        reached = True
    assert reached
