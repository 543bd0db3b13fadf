"""Where audiobulletin keeps its per-user files.

Everything the program downloads or builds (voice packs, the assembled speech model, caches)
lives under one folder, so that ``AUDIOBULLETIN_HOME`` can move all of it at once: tests point
it at a temporary folder and never touch the real user directory, and a user with a small home
partition can put the 100 MB of model data elsewhere.

Nothing here creates folders unasked: callers create them when they first write (the caches
with :func:`private_dir`), so that merely asking for a path (``audiobulletin --help``,
``audiobulletin voices``) leaves no trace on disk.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

#: Environment variable that overrides the user data folder.
HOME_ENV = "AUDIOBULLETIN_HOME"


def home() -> Path:
    """The root of all per-user data: ``$AUDIOBULLETIN_HOME`` or the platform's data folder.

    Read on every call rather than once at import, so a changed environment (a test, a
    long-lived process) is honoured.
    """
    override = os.environ.get(HOME_ENV, "").strip()
    if override:
        return Path(override).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("audiobulletin", appauthor=False))


def voices_dir() -> Path:
    """Installed voice packs (``<name>.pt`` as published, or ``<name>.npy``) and user profiles."""
    return home() / "voices"


def models_dir() -> Path:
    """Speech models assembled or downloaded on first use."""
    return home() / "models"


def cache_dir() -> Path:
    """Disposable data (e.g. synthesized clips); safe to delete at any time."""
    return home() / "cache"


def private_dir(path: Path) -> Path:
    """``path`` as a folder only its owner can enter: created 0700 (with any missing parents)
    whatever the umask, and tightened to 0700 when it is ours and others may enter it.

    The caches hold audio that is put on air as it is found: a folder others could write
    to would let them swap in their own. Raises :class:`PermissionError` for a folder that
    belongs to another user, since nothing in it can be trusted.
    """
    path = Path(path)
    missing = []
    here = path
    while not here.is_dir():
        missing.append(here)
        if here.parent == here:
            break
        here = here.parent
    for folder in reversed(missing):
        try:
            folder.mkdir(mode=0o700)
        except FileExistsError:
            if not folder.is_dir():
                raise
            continue  # made by a run beside this one: checked below like any other
        os.chmod(folder, 0o700)  # mkdir's mode passes through the umask
    info = os.stat(path)
    if info.st_uid != os.geteuid():
        raise PermissionError(f"'{path}' belongs to another user (uid {info.st_uid})")
    if stat.S_IMODE(info.st_mode) & 0o077:
        os.chmod(path, stat.S_IMODE(info.st_mode) & 0o700)
    return path
