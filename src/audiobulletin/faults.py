"""Fault injection: make a run die, or find the disk full, at a chosen step.

What a kill or a full disk can do to the published files is a promise (see the README), and a
promise about "any instant" is only worth what proves it. The publisher and the whole-file
writer call :func:`before_write` before they write a file and :func:`before_rename` before
each rename that puts a file in place; with ``AUDIOBULLETIN_FAULT`` unset (always, outside
tests) both return at once.

``AUDIOBULLETIN_FAULT`` holds one or more faults separated by ``;``:

* ``kill-at-rename=N``: the process kills itself with SIGKILL just before its N-th rename
  (counted from 1 in this process), as ``kill -9`` or the OOM killer would: no clean-up runs.
* ``fail-rename=GLOB``: a rename onto a file whose name matches GLOB fails with EIO.
* ``enospc=GLOB``: writing a file whose name matches GLOB fails with ENOSPC, as on a full disk.
"""

from __future__ import annotations

import errno
import fnmatch
import os
import signal
from pathlib import Path

ENV = "AUDIOBULLETIN_FAULT"

_renames = 0


def _faults() -> list[tuple[str, str]]:
    spec = os.environ.get(ENV, "")
    return [
        (name.strip(), value.strip())
        for part in spec.split(";")
        if "=" in part
        for name, value in [part.split("=", 1)]
    ]


def before_rename(final: str | os.PathLike[str]) -> None:
    """Called just before a temporary file is renamed onto ``final``."""
    global _renames
    faults = _faults()
    if not faults:
        return
    _renames += 1
    name = Path(final).name
    for kind, value in faults:
        if kind == "kill-at-rename" and value.isdigit() and _renames == int(value):
            os.kill(os.getpid(), signal.SIGKILL)
        if kind == "fail-rename" and fnmatch.fnmatchcase(name, value):
            raise OSError(errno.EIO, os.strerror(errno.EIO), str(final))


def before_write(final: str | os.PathLike[str]) -> None:
    """Called before the data of the file that will become ``final`` is written."""
    name = Path(final).name
    for kind, value in _faults():
        if kind == "enospc" and fnmatch.fnmatchcase(name, value):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(final))
