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

The file lies in a folder other people may write to (a web root), so it is opened as
nothing but our own plain file: never through a symbolic link, never a FIFO, a folder, a
hard link or another user's file (each refused with what to do), and it is kept 0600 so that
no one else can open it and ``flock`` the folder away from every later run.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import socket
import stat
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
            fd = self._open()
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError as exc:
                holder = LockInfo.read(os.pread(fd, 4096, 0).decode("utf-8", "replace"))
                os.close(fd)
                if exc.errno not in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                    raise OutputError(f"Cannot lock '{self.path}': {exc}") from None
                raise self._busy(holder) from None
            try:
                same = os.fstat(fd).st_ino == os.stat(self.path, follow_symlinks=False).st_ino
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

    def _open(self) -> int:
        """Open (or create, 0600) the lock file, refusing anything but our own plain file.

        ``O_NOFOLLOW``: a symbolic link planted under the lock's name would otherwise have
        the run truncate and overwrite whatever it points to. ``O_NONBLOCK``: a FIFO planted
        there must not hang the run. A file someone else owns, or one with other names (a
        hard link), is refused too: it is not a lock this program made, and truncating it
        would damage another file. 0600, and tightened to it, because anyone who can open
        the file can ``flock`` it, and so hold the folder against every later run.
        """
        flags = os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC
        try:
            fd = os.open(self.path, flags, 0o600)
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                raise self._refused("is a symbolic link") from None
            if exc.errno in (errno.EISDIR, errno.ENXIO):
                raise self._refused("is not a plain file") from None
            raise OutputError(f"Cannot create the lock file '{self.path}': {exc}") from None
        info = os.fstat(fd)
        problem = None
        if not stat.S_ISREG(info.st_mode):
            problem = "is not a plain file"
        elif info.st_uid != os.geteuid():
            problem = f"belongs to another user (uid {info.st_uid})"
        elif info.st_nlink != 1:
            problem = f"has {info.st_nlink} names (a hard link to another file)"
        if problem is not None:
            os.close(fd)
            raise self._refused(problem)
        if stat.S_IMODE(info.st_mode) != 0o600:
            os.fchmod(fd, 0o600)
        return fd

    def _refused(self, problem: str) -> OutputError:
        return OutputError(
            f"The lock file '{self.path}' {problem}, so it is not a lock this program made; "
            "nothing was written.",
            hint=f"Check who put it there, remove it (rm -- '{self.path}') and run again.",
        )

    def _busy(self, holder: LockInfo | None) -> LockedError:
        """Another process holds the lock. When the run the file names is gone, someone
        else holds it (another process that opened the file): say so, not "pid N is busy"."""
        here = socket.gethostname()
        if holder is not None and holder.host == here and not pid_alive(holder.pid):
            return LockedError(
                f"The lock '{self.path}' is held, but not by the run it names "
                f"({holder.describe()}), which is gone.",
                hint=f"See which process holds it (fuser -v '{self.path}') and stop it.",
            )
        who = holder.describe() if holder else "another run"
        return LockedError(
            f"Another batch run is writing to '{self.path.parent}' ({who}).",
            hint=f"Wait for it to finish; the lock is {self.path}.",
        )

    def __exit__(self, *exc: object) -> None:
        if self._fd is None:
            return
        # Remove while still holding it, so nobody can lock the old file after we let go.
        with contextlib.suppress(OSError):
            self.path.unlink()
        os.close(self._fd)  # closing releases the flock
        self._fd = None
