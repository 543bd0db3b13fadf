"""Where audiobulletin keeps its per-user files.

Everything the program downloads or builds (voice packs, the assembled speech model, caches)
lives under one folder, so that ``AUDIOBULLETIN_HOME`` can move all of it at once: tests point
it at a temporary folder and never touch the real user directory, and a user with a small home
partition can put the 100 MB of model data elsewhere.

Nothing here creates folders: callers create them when they first write, so that merely asking
for a path (``audiobulletin --help``, ``audiobulletin voices``) leaves no trace on disk.
"""

from __future__ import annotations

import os
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
