"""The output folder's lock: held by a live run, free the moment that run dies however it
dies, and taken over with a note naming the dead run."""

from __future__ import annotations

import json
import os
import signal
import socket
import stat
import subprocess
import sys

import pytest

from audiobulletin.errors import OutputError
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


# --------------------------------------------------------------------------- planted files


def test_a_planted_symlink_is_refused_and_its_target_left_alone(tmp_path):
    target = tmp_path / "precious.txt"
    target.write_text("keep me\n", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / LOCK_NAME).symlink_to(target)
    with pytest.raises(OutputError, match="symbolic link") as caught:
        FolderLock(out).__enter__()
    assert "rm -- " in (caught.value.hint or "")
    assert target.read_text(encoding="utf-8") == "keep me\n"


def test_a_dangling_symlink_creates_nothing_where_it_points(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / LOCK_NAME).symlink_to(tmp_path / "created-by-the-run")
    with pytest.raises(OutputError, match="symbolic link"):
        FolderLock(out).__enter__()
    assert not (tmp_path / "created-by-the-run").exists()


def test_a_fifo_or_a_folder_under_the_lock_name_is_refused(tmp_path):
    fifo, folder = tmp_path / "fifo", tmp_path / "folder"
    fifo.mkdir()
    os.mkfifo(fifo / LOCK_NAME)
    folder.mkdir()
    (folder / LOCK_NAME).mkdir()
    for out in (fifo, folder):
        with pytest.raises(OutputError, match="not a plain file"):
            FolderLock(out).__enter__()


def test_a_hard_link_to_another_file_is_refused_and_the_file_kept(tmp_path):
    other = tmp_path / "notes.txt"
    other.write_text("my notes\n", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    os.link(other, out / LOCK_NAME)
    with pytest.raises(OutputError, match="hard link"):
        FolderLock(out).__enter__()
    assert other.read_text(encoding="utf-8") == "my notes\n"


@pytest.mark.skipif(os.geteuid() != 0, reason="only root can give a file to another user")
def test_a_lock_file_of_another_user_is_refused(tmp_path):
    (tmp_path / LOCK_NAME).write_text("{}", encoding="utf-8")
    os.chown(tmp_path / LOCK_NAME, 65534, 65534)
    with pytest.raises(OutputError, match="another user"):
        FolderLock(tmp_path).__enter__()


def test_the_lock_file_is_0600_whatever_the_umask(tmp_path):
    old = os.umask(0)
    try:
        with FolderLock(tmp_path):
            assert stat.S_IMODE((tmp_path / LOCK_NAME).stat().st_mode) == 0o600
        (tmp_path / LOCK_NAME).write_text("{}", encoding="utf-8")
        os.chmod(tmp_path / LOCK_NAME, 0o644)  # left by an older version, readable by all
        with FolderLock(tmp_path):
            assert stat.S_IMODE((tmp_path / LOCK_NAME).stat().st_mode) == 0o600
    finally:
        os.umask(old)


LOCKER = """
import fcntl, os, sys
fd = os.open(sys.argv[1], os.O_RDONLY)
fcntl.flock(fd, fcntl.LOCK_EX)
print("locked", flush=True)
sys.stdin.read()
"""


def test_a_lock_held_by_a_stranger_does_not_blame_the_dead_run_it_names(tmp_path):
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    lock = tmp_path / LOCK_NAME
    lock.write_text(
        json.dumps({"pid": dead.pid, "host": socket.gethostname(), "started": "earlier"}),
        encoding="utf-8",
    )
    os.chmod(lock, 0o600)
    stranger = subprocess.Popen(
        [sys.executable, "-c", LOCKER, str(lock)], stdin=subprocess.PIPE, stdout=subprocess.PIPE
    )
    try:
        assert stranger.stdout.readline() == b"locked\n"
        with pytest.raises(LockedError, match="not by the run it names") as caught:
            FolderLock(tmp_path).__enter__()
        assert "fuser" in (caught.value.hint or "")
    finally:
        stranger.kill()
        stranger.wait()
