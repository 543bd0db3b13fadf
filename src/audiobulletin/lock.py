"""One batch run per output folder at a time.

The lock is a file in the output folder, ``.audiobulletin.lock``, that names the run holding
it (pid, host, start time) so that a second run can say who is busy. Holding it is an
``flock`` on that file, not the file's existence: the kernel drops an ``flock`` the moment its
process dies, however it dies (SIGKILL, a power cut of the process, OOM), so a lock left by a
killed run is stale by construction, and taking it over is the same atomic ``flock`` call that
takes a free lock. Two runs racing for a stale lock cannot both win.

Whoever wins then checks that the path still names the file it locked (the previous holder
may have removed it on its way out) and writes its own pid, host and start time into it. When
the file named a process that is gone, the takeover is reported, so a log shows that the
previous night's run was killed.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import socket
import time
from dataclasses import dataclass
from pathlib import Path

from audiobulletin.errors import BulletinError, OutputError

LOCK_NAME = ".audiobulletin.lock"


class LockedError(BulletinError):
    """Another run holds the output folder."""

    exit_code = 1


@dataclass(frozen=True)
class LockInfo:
    """Who holds (or held) a lock, as written in the lock file."""

    pid: int
    host: str
    started: str

    @classmethod
    def read(cls, text: str) -> LockInfo | None:
        try:
            data = json.loads(text)
            return cls(int(data["pid"]), str(data["host"]), str(data["started"]))
        except (ValueError, KeyError, TypeError):
            return None

    def describe(self) -> str:
        return f"pid {self.pid} on {self.host}, started {self.started}"


def pid_alive(pid: int) -> bool:
    """Whether a process with this pid exists on this machine."""
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # it exists, it just is not ours
    return True


class FolderLock:
    """``with FolderLock(folder):`` holds the folder's lock or raises :class:`LockedError`.

    ``stale`` is set, after entering, to the holder a dead run left in the file (else None).
    """

    def __init__(self, folder: Path) -> None:
        self.path = Path(folder) / LOCK_NAME
        self.stale: LockInfo | None = None
        self._fd: int | None = None

    def __enter__(self) -> FolderLock:
        import fcntl

        while True:
            try:
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            except OSError as exc:
                raise OutputError(f"Cannot create the lock file '{self.path}': {exc}") from None
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError as exc:
                os.close(fd)
                if exc.errno not in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                    raise OutputError(f"Cannot lock '{self.path}': {exc}") from None
                holder = self._read_holder()
                who = holder.describe() if holder else "another run"
                raise LockedError(
                    f"Another batch run is writing to '{self.path.parent}' ({who}).",
                    hint=f"Wait for it to finish; the lock is {self.path}.",
                ) from None
            try:
                same = os.fstat(fd).st_ino == os.stat(self.path).st_ino
            except FileNotFoundError:
                same = False
            if same:
                break
            os.close(fd)  # the holder removed the file between our open and our lock: retry
        self._fd = fd
        previous = LockInfo.read(os.pread(fd, 4096, 0).decode("utf-8", "replace"))
        if previous is not None and previous.pid != os.getpid():
            self.stale = previous
        mine = LockInfo(
            os.getpid(), socket.gethostname(), time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
        )
        os.ftruncate(fd, 0)
        os.pwrite(fd, json.dumps(mine.__dict__).encode() + b"\n", 0)
        return self

    def _read_holder(self) -> LockInfo | None:
        try:
            return LockInfo.read(self.path.read_text(encoding="utf-8"))
        except OSError:
            return None

    def __exit__(self, *exc: object) -> None:
        if self._fd is None:
            return
        # Remove while still holding it, so nobody can lock the old file after we let go.
        with contextlib.suppress(OSError):
            self.path.unlink()
        os.close(self._fd)  # closing releases the flock
        self._fd = None
