"""Whole-file writes: the files published beside the bulletins, downloaded voice packs, the
assembled model and the private caches (clips, encoded MP3s).

A feed reader, a web server, a synthesis run or the next night's run may read these files at
any moment, and the run may be killed at any moment: each file is written to a hidden
temporary file in the same folder, flushed to disk, and renamed over the old one, so a reader
sees the old file or the new one, never a mix. Every temp-then-rename write of the product
goes through :func:`atomic_writer`.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from audiobulletin import faults

#: A temporary file of ours: ``.<published name>.<8 random characters from mkstemp>.tmp``,
#: for the names this program publishes (bulletins and their sidecars, pages, the feed, the
#: run report and the batch state).
LEFTOVER = re.compile(
    r"\.(?:.+\.(?:mp3|wav|chapters\.json|vtt|meta\.json|html|jpg|png)|feed\.xml|batch-report\.json|"
    r"\.audiobulletin-batch\.json)\.[a-z0-9_]{8}\.tmp"
)


def default_file_mode() -> int:
    """The mode a plainly created file gets under the current umask (usually 0644); temporary
    files are created 0600, so a renamed one would otherwise be unreadable to a web server."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def owned_temp(final: Path) -> tuple[Path, int]:
    """A new hidden temporary file beside ``final`` and its open descriptor, ``flock``-ed for
    as long as the descriptor is open.

    The lock is what tells a live run's temporary file from one a killed run left: the
    kernel drops it when its process dies, however it dies, so :func:`remove_stale_temps`
    can delete exactly the leftovers, while runs beside this one keep theirs. The file is
    locked before it is used; should a cleaner have removed it in between, another is made.
    """
    import fcntl

    final = Path(final)
    while True:
        fd, name = tempfile.mkstemp(dir=final.parent, prefix=f".{final.name}.", suffix=".tmp")
        fcntl.flock(fd, fcntl.LOCK_EX)
        try:
            if os.stat(name, follow_symlinks=False).st_ino == os.fstat(fd).st_ino:
                return Path(name), fd
        except FileNotFoundError:
            pass
        os.close(fd)


def remove_stale_temps(folder: Path) -> int:
    """Delete the temporary files (:data:`LEFTOVER` names) in ``folder`` that no live process
    holds, i.e. that a killed run left; return how many. Other programs' files and those of
    runs still going are left alone; so is anything that is not a plain file."""
    import fcntl

    removed = 0
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return 0
    for entry in entries:
        if not LEFTOVER.fullmatch(entry.name):
            continue
        try:
            fd = os.open(entry.path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)
        except OSError:
            continue
        try:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                continue
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError as exc:
                if exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                    continue  # a live run is writing it
                raise
            if os.stat(entry.path, follow_symlinks=False).st_ino == os.fstat(fd).st_ino:
                os.unlink(entry.path)
                removed += 1
        except OSError:
            continue
        finally:
            os.close(fd)
    return removed


@contextlib.contextmanager
def atomic_writer(path: Path, *, private: bool = False) -> Iterator[BinaryIO]:
    """A binary handle whose data replaces ``path`` in one rename when the block ends
    without an exception; on an exception the temporary file is removed and ``path`` is
    left as it was.

    A published file is flushed to disk before the rename and gets the mode of a plainly
    created file; the fault hooks of :mod:`audiobulletin.faults` see it. A ``private`` file
    (an entry of a cache in a 0700 folder, checked by its digest when read) stays 0600, is
    not flushed (a lost entry only costs its remaking) and is not counted by the hooks,
    which prove what happens to the published files.

    An :class:`OSError` (a full disk, a read-only folder) names ``path``, not the temporary
    file and not nothing: "No space left on device" alone does not say where.
    """
    path = Path(path)
    name: Path | None = None
    try:
        name, fd = owned_temp(path)
        # The descriptor stays open (and the file locked) until the rename is done.
        with os.fdopen(fd, "wb") as handle:
            if not private:
                faults.before_write(path)
            yield handle
            if not private:
                handle.flush()
                os.fsync(handle.fileno())
                os.chmod(name, default_file_mode())
                faults.before_rename(path)
            os.replace(name, path)
    except BaseException as exc:
        if name is not None:
            with contextlib.suppress(OSError):
                os.unlink(name)
        if isinstance(exc, OSError) and exc.filename != str(path):
            raise OSError(exc.errno, exc.strerror or str(exc), str(path)) from exc
        raise


def write_bytes_atomic(path: Path, data: bytes, *, private: bool = False) -> None:
    """Replace ``path`` with ``data`` in one rename (see :func:`atomic_writer`)."""
    with atomic_writer(path, private=private) as handle:
        handle.write(data)


def write_text_atomic(path: Path, text: str) -> None:
    """:func:`write_bytes_atomic` for UTF-8 text."""
    write_bytes_atomic(path, text.encode("utf-8"))
