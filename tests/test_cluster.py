"""``batch --cluster``: a real Dask ``LocalCluster`` of worker processes, the fake engine, the
real CLI as the coordinator, real files. Skipped when Dask distributed is not installed."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from clirun import run_cli

distributed = pytest.importorskip("distributed")

#: Whole runs in child processes: the bare pass of .ci/run leaves them out.
pytestmark = pytest.mark.batchrun

#: Reports of the test inbox: made-up text, each with a line of its own and a shared one.
_REPORTS = {
    f"r{n}.txt": f"第{n}号工作通报\n\n欢迎收听本台节目。今天全市天气晴朗，气温二十度。"
    f"第{n}项工作已经按计划完成，下一步继续推进。\n"
    for n in range(1, 5)
}
_TIMESTAMPS = ("built", "made")


def _inbox(tmp_path: Path) -> Path:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for name, text in _REPORTS.items():
        (inbox / name).write_text(text, encoding="utf-8")
    return inbox


def _slow(home: Path, delay_ms: int, extra: str = "") -> None:
    """Each sentence takes ``delay_ms``, like a real model, so a run can be caught mid-way."""
    (home / "config.toml").write_text(f"[fake]\ndelay_ms = {delay_ms}\n{extra}", encoding="utf-8")


@pytest.fixture
def cluster(fake_voice: str) -> Iterator[distributed.LocalCluster]:
    """Two single-threaded worker processes on 127.0.0.1, started after the test's home is
    set (the workers read their settings from it, as a coordinator's do)."""
    with distributed.LocalCluster(
        processes=True,
        n_workers=2,
        threads_per_worker=1,
        host="127.0.0.1",
        dashboard_address=None,
    ) as local:
        yield local


def _batch(inbox: Path, out: Path, voice: str, *args: str) -> subprocess.CompletedProcess[bytes]:
    return run_cli("batch", str(inbox), "-o", str(out), "--voice", voice, *args, cwd=inbox.parent)


def _start(inbox: Path, out: Path, voice: str, *args: str) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "audiobulletin", "batch", str(inbox), "-o", str(out)]
    return subprocess.Popen(
        [*command, "--voice", voice, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def _report(out: Path) -> dict:
    return json.loads((out / "batch-report.json").read_text(encoding="utf-8"))


def _statuses(out: Path) -> dict[str, str]:
    return {f["source"]: f["status"] for f in _report(out)["files"]}


def _wait_for(predicate, what: str, limit: float = 120.0) -> None:
    """Poll until ``predicate()``; a bound for a hung run, not a timed assertion."""
    deadline = time.monotonic() + limit
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"never happened: {what}")
        time.sleep(0.05)


def _without_timestamps(path: Path) -> bytes:
    """A file's bytes, with the build time written into pages and metadata blanked."""
    text = path.read_bytes()
    if path.suffix not in (".json", ".html"):
        return text
    import re

    for key in _TIMESTAMPS:
        text = re.sub(rb'"%s": ?"[^"]*"' % key.encode(), b'"%s": ""' % key.encode(), text)
    return text


def test_a_cluster_run_publishes_the_same_files_as_a_local_run(tmp_path, fake_voice, cluster):
    inbox = _inbox(tmp_path)
    here, there = tmp_path / "here", tmp_path / "there"
    assert _batch(inbox, here, fake_voice).returncode == 0
    result = _batch(inbox, there, fake_voice, "--cluster", cluster.scheduler_address)
    assert result.returncode == 0, result.stderr.decode()
    assert set(_statuses(there).values()) == {"made"}
    bulletins = sorted(
        p.name for p in here.iterdir() if p.name not in ("index.html", "batch-report.json")
    )
    assert len([b for b in bulletins if b.endswith(".mp3")]) == len(_REPORTS)
    assert bulletins == sorted(
        p.name for p in there.iterdir() if p.name not in ("index.html", "batch-report.json")
    )
    for name in bulletins:
        if name.startswith("."):
            continue  # the run state: each run's own
        if name.endswith((".mp3", ".vtt", ".chapters.json")):
            assert (here / name).read_bytes() == (there / name).read_bytes(), name
        else:
            assert _without_timestamps(here / name) == _without_timestamps(there / name), name
    assert not (there / ".staging").exists()


def test_an_unchanged_inbox_is_up_to_date_on_the_cluster_too(tmp_path, fake_voice, cluster):
    inbox = _inbox(tmp_path)
    out = tmp_path / "public"
    assert _batch(inbox, out, fake_voice).returncode == 0
    result = _batch(inbox, out, fake_voice, "--cluster", cluster.scheduler_address)
    assert result.returncode == 0, result.stderr.decode()
    assert set(_statuses(out).values()) == {"skipped"}


def test_a_staging_folder_left_by_a_dead_run_is_removed(tmp_path, fake_voice, cluster):
    inbox = _inbox(tmp_path)
    out = tmp_path / "public"
    stale = out / ".staging" / "20000101T000000-deadbeef" / "abc"
    stale.mkdir(parents=True)
    (stale / "r1.mp3").write_bytes(b"half an MP3")
    result = _batch(inbox, out, fake_voice, "--cluster", cluster.scheduler_address)
    assert result.returncode == 0, result.stderr.decode()
    assert "removed the staging folder of a run that is gone" in result.stderr.decode()
    assert not (out / ".staging").exists()
    assert set(_statuses(out).values()) == {"made"}


def test_a_second_coordinator_is_refused_by_the_lock(tmp_path, fake_voice, cluster):
    _slow(Path(os.environ["AUDIOBULLETIN_HOME"]), 150)
    inbox = _inbox(tmp_path)
    out = tmp_path / "public"
    first = _start(inbox, out, fake_voice, "--cluster", cluster.scheduler_address)
    try:
        _wait_for(lambda: (out / ".staging").is_dir(), "the first run staging")
        second = _batch(inbox, out, fake_voice, "--cluster", cluster.scheduler_address)
        assert second.returncode == 1
        assert "Another batch run is writing to" in second.stderr.decode()
    finally:
        _out, err = first.communicate(timeout=300)
    assert first.returncode == 0, err.decode()
    assert set(_statuses(out).values()) == {"made"}


@pytest.mark.slow
def test_a_worker_killed_mid_report_loses_nothing(tmp_path, fake_voice, cluster):
    _slow(Path(os.environ["AUDIOBULLETIN_HOME"]), 200)
    inbox = _inbox(tmp_path)
    out = tmp_path / "public"
    client = distributed.Client(cluster, set_as_default=False)
    try:
        pids = client.run(os.getpid)
        run = _start(inbox, out, fake_voice, "--cluster", cluster.scheduler_address)
        try:
            # A worker is busy with a report once its attempt folder is there.
            _wait_for(lambda: any(client.processing().values()), "a worker making a report")
            busy = next(w for w, tasks in client.processing().items() if tasks)
            os.kill(pids[busy], signal.SIGKILL)
        finally:
            _out, err = run.communicate(timeout=300)
    finally:
        client.close()
    assert run.returncode == 0, err.decode()
    assert set(_statuses(out).values()) == {"made"}
    for name in _REPORTS:
        assert (out / name).with_suffix(".mp3").is_file()
    assert not (out / ".staging").exists()


@pytest.mark.slow
def test_a_report_that_kills_every_worker_fails_and_the_others_are_made(tmp_path, fake_voice):
    _slow(Path(os.environ["AUDIOBULLETIN_HOME"]), 0, 'die_on = ["爆炸"]\n')
    inbox = _inbox(tmp_path)
    (inbox / "r9.txt").write_text("第9号通报\n\n仓库发生爆炸，现场已经封锁。\n", encoding="utf-8")
    out = tmp_path / "public"
    result = _batch(inbox, out, fake_voice, "--cluster", "local:2")
    err = result.stderr.decode()
    assert result.returncode == 1, err
    statuses = _statuses(out)
    assert statuses.pop("r9.txt") == "failed"
    assert set(statuses.values()) == {"made"}
    failed = next(f for f in _report(out)["files"] if f["source"] == "r9.txt")
    assert "killed 3 workers" in failed["error"]
    assert "failed: r9.txt: it killed 3 workers" in err
    assert not (out / "r9.mp3").exists()


def test_a_lost_scheduler_is_one_error_line_and_the_next_run_resumes(tmp_path, fake_voice):
    _slow(Path(os.environ["AUDIOBULLETIN_HOME"]), 150)
    inbox = _inbox(tmp_path)
    out = tmp_path / "public"
    local = distributed.LocalCluster(
        processes=True, n_workers=1, threads_per_worker=1, host="127.0.0.1", dashboard_address=None
    )
    try:
        run = _start(inbox, out, fake_voice, "--cluster", local.scheduler_address)
        _wait_for(lambda: (out / ".staging").is_dir(), "the run staging")
    finally:
        local.close()
    _out, err = run.communicate(timeout=300)
    lines = err.decode().splitlines()
    assert run.returncode == 1, err.decode()
    assert [line for line in lines if line.startswith("error:")] == [
        next(line for line in lines if line.startswith("error: Lost the Dask scheduler"))
    ]
    assert "Traceback" not in err.decode()
    for name in _REPORTS:  # each bulletin whole or absent, never half
        mp3 = (out / name).with_suffix(".mp3")
        if mp3.exists():
            from audiobulletin.publish.sets import is_whole

            assert is_whole(mp3)
    again = _batch(inbox, out, fake_voice, "--cluster", "local:2")
    assert again.returncode == 0, again.stderr.decode()
    assert set(_statuses(out).values()) <= {"made", "skipped"}
    assert not (out / ".staging").exists()


def test_a_cluster_address_that_is_neither_local_nor_a_url_is_a_usage_error(tmp_path, fake_voice):
    inbox = _inbox(tmp_path)
    result = _batch(inbox, tmp_path / "out", fake_voice, "--cluster", "scheduler:8786")
    err = result.stderr.decode()
    assert result.returncode == 2
    assert "error: Cluster address 'scheduler:8786'" in err
    assert "Traceback" not in err


def test_the_cluster_address_can_come_from_config_toml(tmp_path, fake_voice):
    home = Path(os.environ["AUDIOBULLETIN_HOME"])
    (home / "config.toml").write_text('[cluster]\naddress = "local:0"\n', encoding="utf-8")
    result = _batch(_inbox(tmp_path), tmp_path / "out", fake_voice)
    assert result.returncode == 2
    assert "local:N needs a number of workers of 1 or more" in result.stderr.decode()


def test_a_sentence_shared_by_reports_is_spoken_once_across_workers(tmp_path, fake_voice):
    log = tmp_path / "spoken.txt"
    _slow(Path(os.environ["AUDIOBULLETIN_HOME"]), 100, f'log_calls = "{log}"\n')
    with distributed.LocalCluster(
        processes=True, n_workers=2, threads_per_worker=1, host="127.0.0.1", dashboard_address=None
    ) as local:
        result = _batch(
            _inbox(tmp_path), tmp_path / "out", fake_voice, "--cluster", local.scheduler_address
        )
    assert result.returncode == 0, result.stderr.decode()
    spoken = log.read_text(encoding="utf-8").splitlines()
    # Every report has these two; two workers met them at the same moment.
    assert spoken.count("欢迎收听本台节目。") == 1
    assert spoken.count("今天全市天气晴朗，气温二十度。") == 1
    assert len(spoken) == len(set(spoken))
    files = _report(tmp_path / "out")["files"]
    assert sum(f["cache_misses"] for f in files) == len(spoken)
    assert sum(f["cache_hits"] for f in files) == sum(f["sentences"] for f in files) - len(spoken)


def test_audiobulletin_cluster_shows_the_workers_and_the_reports_they_make(
    tmp_path, fake_voice, cluster
):
    _slow(Path(os.environ["AUDIOBULLETIN_HOME"]), 300)
    inbox = _inbox(tmp_path)
    out = tmp_path / "public"
    run = _start(inbox, out, fake_voice, "--cluster", cluster.scheduler_address)
    try:
        _wait_for(lambda: (out / ".staging").is_dir(), "the run staging")
        shown = run_cli("cluster", cluster.scheduler_address)
    finally:
        _out, err = run.communicate(timeout=300)
    lines = shown.stdout.decode().splitlines()
    assert shown.returncode == 0, shown.stderr.decode()
    assert lines[0] == f"scheduler: {cluster.scheduler_address}; 2 worker(s)"
    making = [line for line in lines if "making r" in line]
    assert making and all(".txt" in line for line in making)
    assert lines[-1].startswith("waiting: ")
    assert run.returncode == 0, err.decode()


def test_a_scheduler_that_cannot_be_reached_is_one_error_line(tmp_path, fake_voice):
    # Port 9 on 127.0.0.1: nothing listens there, the connection is refused at once.
    result = _batch(
        _inbox(tmp_path), tmp_path / "out", fake_voice, "--cluster", "tcp://127.0.0.1:9"
    )
    err = result.stderr.decode()
    assert result.returncode == 1, err
    assert [line for line in err.splitlines() if line.startswith("error:")] == [
        next(line for line in err.splitlines() if "Cannot reach the Dask scheduler" in line)
    ]
    assert "Traceback" not in err
    assert not (tmp_path / "out" / "r1.mp3").exists()


def test_a_worker_builds_its_engine_once_for_all_the_reports_it_makes(
    tmp_path, fake_voice, cluster
):
    # Each fake engine notes its process when it first speaks, as a model is loaded then.
    log = tmp_path / "loads.txt"
    _slow(Path(os.environ["AUDIOBULLETIN_HOME"]), 0, f'log_loads = "{log}"\n')
    result = _batch(
        _inbox(tmp_path), tmp_path / "out", fake_voice, "--cluster", cluster.scheduler_address
    )
    assert result.returncode == 0, result.stderr.decode()
    assert set(_statuses(tmp_path / "out").values()) == {"made"}
    loads = Counter(log.read_text(encoding="utf-8").split())
    assert set(loads.values()) == {1}, loads
    assert len(loads) <= 2  # the cluster's two workers; the coordinator speaks nothing


def test_a_worker_of_two_threads_makes_two_reports_at_once_with_an_engine_each(
    tmp_path, fake_voice
):
    # A node may run one worker process with a thread per core: the process then holds the
    # libraries and the G2P's dictionaries once, and each thread keeps an engine of its own.
    log = tmp_path / "loads.txt"
    _slow(Path(os.environ["AUDIOBULLETIN_HOME"]), 100, f'log_loads = "{log}"\n')
    inbox = _inbox(tmp_path)
    here, there = tmp_path / "here", tmp_path / "there"
    with distributed.LocalCluster(
        processes=True, n_workers=1, threads_per_worker=2, host="127.0.0.1", dashboard_address=None
    ) as local:
        result = _batch(inbox, there, fake_voice, "--cluster", local.scheduler_address)
    assert result.returncode == 0, result.stderr.decode()
    assert set(_statuses(there).values()) == {"made"}
    loads = Counter(log.read_text(encoding="utf-8").split())
    assert list(loads.values()) == [2], loads  # one process, an engine for each thread
    assert _batch(inbox, here, fake_voice).returncode == 0
    for name in _REPORTS:
        for suffix in (".mp3", ".vtt", ".chapters.json"):
            made = Path(name).with_suffix(suffix).name
            assert (here / made).read_bytes() == (there / made).read_bytes(), made
