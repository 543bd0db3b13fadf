"""Where the third-party evaluation data lies.

The corpus of real reports and the summary pairs are read where they lie (``../shared/`` next
to the repository, or where the environment points), never copied into the project. Tests that
need them skip when they are absent.
"""

from __future__ import annotations

import os
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def corpus_dir() -> Path:
    """The 24 real reports: ``$AUDIOBULLETIN_CORPUS``, else ``../shared/corpus``."""
    env = os.environ.get("AUDIOBULLETIN_CORPUS")
    return Path(env) if env else REPO.parent / "shared" / "corpus"


def corpus_files() -> list[Path]:
    """The corpus reports in name order; empty when the corpus is absent."""
    folder = corpus_dir()
    return sorted(folder.glob("*.txt")) if folder.is_dir() else []


def shared_dir() -> Path:
    """The folder of the evaluation data (seed, corpus-more, ...): ``$AUDIOBULLETIN_SHARED``,
    else the folder above ``$AUDIOBULLETIN_CORPUS`` when that is set, else ``../shared``.

    Pointing ``AUDIOBULLETIN_CORPUS`` at an empty folder (as the bare-clone pass of ``.ci/run``
    does) hides the rest of the shared data as well, so that pass sees what a fresh clone sees.
    """
    env = os.environ.get("AUDIOBULLETIN_SHARED")
    if env:
        return Path(env)
    return corpus_dir().parent
