"""The clip cache as a whole: what it holds, and evicting what was least recently used.

The cache (``$AUDIOBULLETIN_HOME/cache``) holds two kinds of entry, both content-addressed:

* ``clips/<xx>/<key>.wav``: one spoken sentence (:class:`audiobulletin.synth.ClipCache`);
* ``mp3/<xx>/<key>.mp3`` with ``<key>.sha256`` and ``<key>.loudness.json``: an encoded
  bulletin before tagging (:mod:`audiobulletin.publish.mp3`).

Without eviction it only grows: a year of nightly bulletins is a year of sentences. An entry
is *used* when it is written or read (a hit touches its modification time, which works on
NFS and on file systems mounted ``noatime``, where access times do not); :func:`prune`
removes entries older than a given age, then the least recently used until the cache fits a
given size.

Safe when shared (NFS, or one folder per host): entries are only ever created by an atomic
rename of a complete file and removed by ``unlink``; a reader that loses the race finds no
entry, or an entry whose digest does not match, and speaks the sentence again; nothing
half-written is ever read. An MP3 entry loses its digest first, so it is never trusted
half-removed. Temporary files a killed writer left behind (``.<key>.*.tmp``) are removed
once they are an hour old.
"""

from __future__ import annotations

import contextlib
import os
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from audiobulletin.errors import InputError

#: A writer's temporary file older than this is a leftover of a killed run.
STALE_TEMP_S = 3600.0

_UNITS = {"": 1, "K": 2**10, "M": 2**20, "G": 2**30, "T": 2**40}
_AGE_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 7 * 86400}


@dataclass(frozen=True)
class Entry:
    """One cached thing and the files that make it up (the one others check first)."""

    kind: str  # "clip" or "mp3"
    files: tuple[Path, ...]
    size: int
    used: float
    """When it was last written or read (seconds since the epoch)."""


@dataclass(frozen=True)
class Usage:
    entries: int
    size: int
    by_kind: dict[str, tuple[int, int]]
    """kind -> (entries, bytes)."""
    oldest: float | None
    newest: float | None


def touch(path: Path) -> None:
    """Mark a cache entry used (a hit); a cache that cannot be touched only loses order."""
    with contextlib.suppress(OSError):
        os.utime(path)


def parse_size(text: str) -> int:
    """``5G``, ``500M``, ``1.5GiB``, ``800000`` (bytes; K, M, G, T are powers of 1024)."""
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([KMGT]?)(?:i?B)?\s*", text, re.IGNORECASE)
    if not match:
        raise InputError(
            f"Size '{text}' is not a size.", hint="e.g. --max-size 5G, 500M or 800000 (bytes)"
        )
    return int(float(match[1]) * _UNITS[match[2].upper()])


def parse_age(text: str) -> float:
    """``30d``, ``12h``, ``2w``, ``90m``, ``45s``, in seconds."""
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([smhdw])\s*", text)
    if not match:
        raise InputError(
            f"Age '{text}' is not an age.", hint="e.g. --older-than 30d (s, m, h, d or w)"
        )
    return float(match[1]) * _AGE_UNITS[match[2]]


def _files(folder: Path, pattern: str) -> Iterator[Path]:
    with contextlib.suppress(OSError):
        yield from (p for p in folder.glob(pattern) if p.is_file())


def entries(root: Path) -> list[Entry]:
    """Every entry under ``root``, least recently used first."""
    root = Path(root)
    found: list[Entry] = []
    for wav in _files(root / "clips", "*/*.wav"):
        with contextlib.suppress(OSError):
            info = wav.stat()
            found.append(
                Entry("clip", (wav, wav.with_suffix(".lock")), info.st_size, info.st_mtime)
            )
    for mp3 in _files(root / "mp3", "*/*.mp3"):
        parts = [mp3.with_suffix(".sha256"), mp3, mp3.with_suffix(".loudness.json")]
        size, used = 0, 0.0
        present = []
        for part in parts:
            with contextlib.suppress(OSError):
                info = part.stat()
                size += info.st_size
                used = max(used, info.st_mtime)
                present.append(part)
        if mp3 in present:
            found.append(Entry("mp3", tuple(present), size, used))
    return sorted(found, key=lambda e: (e.used, str(e.files[0])))


def usage(root: Path) -> Usage:
    """What the cache at ``root`` holds."""
    found = entries(root)
    by_kind: dict[str, tuple[int, int]] = {}
    for entry in found:
        count, size = by_kind.get(entry.kind, (0, 0))
        by_kind[entry.kind] = (count + 1, size + entry.size)
    return Usage(
        entries=len(found),
        size=sum(e.size for e in found),
        by_kind=by_kind,
        oldest=found[0].used if found else None,
        newest=max(e.used for e in found) if found else None,
    )


@dataclass(frozen=True)
class Pruned:
    entries: int
    freed: int
    left: Usage


def prune(
    root: Path,
    *,
    max_size: int | None = None,
    older_than: float | None = None,
    now: float | None = None,
) -> Pruned:
    """Remove entries not used for ``older_than`` seconds, then the least recently used
    until the cache holds at most ``max_size`` bytes; and writers' leftovers."""
    root = Path(root)
    now = time.time() if now is None else now
    _remove_stale_temps(root, now)
    found = entries(root)
    total = sum(e.size for e in found)
    removed = freed = 0
    for entry in found:  # least recently used first
        too_old = older_than is not None and now - entry.used > older_than
        too_big = max_size is not None and total > max_size
        if not (too_old or too_big):
            break  # the rest was used later still, and the cache fits
        for part in entry.files:  # the digest (the part readers trust) first
            with contextlib.suppress(FileNotFoundError):
                part.unlink()
        removed += 1
        freed += entry.size
        total -= entry.size
    return Pruned(removed, freed, usage(root))


def _remove_stale_temps(root: Path, now: float) -> None:
    """Writers' temporary files, and claims (``<key>.lock``, see
    :meth:`audiobulletin.synth.ClipCache.claim`) whose clip is gone, once an hour old."""
    for kind in ("clips", "mp3"):
        for temp in _files(root / kind, "*/.*.tmp"):
            with contextlib.suppress(OSError):
                if now - temp.stat().st_mtime > STALE_TEMP_S:
                    temp.unlink()
    for claim in _files(root / "clips", "*/*.lock"):
        with contextlib.suppress(OSError):
            if (
                not claim.with_suffix(".wav").exists()
                and now - claim.stat().st_mtime > STALE_TEMP_S
            ):
                claim.unlink()


def human(size: float) -> str:
    """``1.4 GiB``, ``730 KiB``, ``12 B``."""
    for unit in ("B", "KiB", "MiB", "GiB"):
        if size < 1024 or unit == "GiB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{size:.1f} TiB"  # pragma: no cover
