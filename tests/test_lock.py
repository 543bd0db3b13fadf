"""The output folder's lock: held by a live run, free the moment that run dies however it
dies, and taken over with a note naming the dead run."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys

import pytest

from audiobulletin.lock import LOCK_NAME, FolderLock, LockedError, pid_alive

HOLDER = """
import sys
from audiobulletin.lock import FolderLock
with FolderLock(sys.argv[1]):
    print("locked", flush=True)
    sys.stdin.read()
"""


def _hold_in_child(folder):
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(folder)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
    )
    assert child.stdout.readline() == b"locked\n"
    return child


def test_a_live_holder_keeps_others_out_and_is_named(tmp_path):
    child = _hold_in_child(tmp_path)
    try:
        with pytest.raises(LockedError, match=f"pid {child.pid} on "):
            FolderLock(tmp_path).__enter__()
    finally:
        child.kill()
        child.wait()


def test_a_killed_holders_lock_is_taken_over_and_reported(tmp_path):
    child = _hold_in_child(tmp_path)
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert (tmp_path / LOCK_NAME).exists()  # SIGKILL left the file behind
    assert not pid_alive(child.pid)
    with FolderLock(tmp_path) as lock:
        assert lock.stale is not None and lock.stale.pid == child.pid
        mine = json.loads((tmp_path / LOCK_NAME).read_text(encoding="utf-8"))
        assert mine["pid"] == os.getpid()
    assert not (tmp_path / LOCK_NAME).exists()


def test_a_clean_release_leaves_nothing_to_take_over(tmp_path):
    with FolderLock(tmp_path) as lock:
        assert lock.stale is None
    with FolderLock(tmp_path) as lock:
        assert lock.stale is None


def test_one_process_cannot_take_its_own_folder_twice(tmp_path):
    with FolderLock(tmp_path), pytest.raises(LockedError):
        FolderLock(tmp_path).__enter__()
