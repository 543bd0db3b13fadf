"""Whole-file writes: the files published beside the bulletins, and downloaded voice packs.

A feed reader, a web server, a synthesis run or the next night's run may read these files at
any moment, and the run may be killed at any moment: each file is written to a hidden
temporary file in the same folder, flushed to disk, and renamed over the old one, so a reader
sees the old file or the new one, never a mix.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def default_file_mode() -> int:
    """The mode a plainly created file gets under the current umask (usually 0644); temporary
    files are created 0600, so a renamed one would otherwise be unreadable to a web server."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def write_bytes_atomic(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` in one rename (mode as for a plainly created file)."""
    path = Path(path)
    fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(name, default_file_mode())
        os.replace(name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(name)
        raise


def write_text_atomic(path: Path, text: str) -> None:
    """:func:`write_bytes_atomic` for UTF-8 text."""
    write_bytes_atomic(path, text.encode("utf-8"))
