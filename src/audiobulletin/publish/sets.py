"""The files of one bulletin are one set: how a reader tells a whole set from a mixed one.

A bulletin is several files (``<name>.mp3``, ``.chapters.json``, ``.vtt``, ``.html``,
``.meta.json``), and no file system renames several files at once. The publisher renames the
sidecars into place first and the MP3 last, so between two of its renames, or after a kill
between them, the folder can hold new sidecars beside the old MP3 (or the old ones, restored,
beside it after a failed rename). Each sidecar therefore records the SHA-256 of the MP3 it
describes, and every reader (the feed, the folder index, batch's up-to-date check) takes a
bulletin as published only when each of its sidecars that records a digest records the
MP3's own. A mixed set is not listed anywhere until a run makes it whole again.

Sidecars written before digests were recorded carry none and are taken as they are.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

#: The key (JSON sidecars, the page's embedded metadata) that holds the MP3's SHA-256.
DIGEST_KEY = "mp3_sha256"
#: The start of ``<name>.vtt``'s header line when it holds it (``WEBVTT mp3_sha256 <hex>``).
VTT_HEADER = "WEBVTT mp3_sha256 "

_memo: dict[tuple[str, int, int, int, int], str] = {}


def file_digest(path: Path) -> str:
    """SHA-256 of a file, read in blocks."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def mp3_digest(path: Path) -> str:
    """SHA-256 of the MP3 at ``path``, remembered while the file is unchanged.

    The feed and the index are rebuilt after every bulletin of a batch; each MP3 is hashed
    once per process, not once per rebuild. A published MP3 is only ever replaced by a
    rename, which gives it a new inode, so (device, inode, size, mtime) names its content.
    """
    st = os.stat(path)
    key = (str(path), st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)
    if key not in _memo:
        _memo[key] = file_digest(Path(path))
    return _memo[key]


def vtt_header(digest: str | None) -> str:
    """The header line of a ``.vtt``, carrying its MP3's digest when there is one."""
    return "WEBVTT" if digest is None else f"{VTT_HEADER}{digest}"


def _json_digest(path: Path) -> str | None:
    data = json.loads(path.read_text(encoding="utf-8"))
    value = data.get(DIGEST_KEY) if isinstance(data, dict) else None
    return value if isinstance(value, str) else None


def _vtt_digest(path: Path) -> str | None:
    with open(path, encoding="utf-8", errors="replace") as handle:
        header = handle.readline(512)
    return header[len(VTT_HEADER) :].strip() if header.startswith(VTT_HEADER) else None


def recorded_digests(mp3: Path) -> list[tuple[Path, str | None]]:
    """Each sidecar of ``mp3`` that is there, with the MP3 digest it records (None: none).

    A page is counted only when it is one this package wrote for this MP3: a file of someone
    else's that happens to carry the name is no part of the set.
    """
    from audiobulletin.publish import metadata_path, sidecar_paths
    from audiobulletin.publish.html import page_path, read_page_data

    found: list[tuple[Path, str | None]] = []
    chapters, vtt = sidecar_paths(mp3)
    for path, read in (
        (chapters, _json_digest),
        (vtt, _vtt_digest),
        (metadata_path(mp3), _json_digest),
    ):
        try:
            found.append((path, read(path)))
        except FileNotFoundError:
            continue
        except (OSError, ValueError):
            found.append((path, None))
    page = page_path(mp3)
    data = read_page_data(page)
    if data is not None and data.get("mp3") == mp3.name:
        value = data.get(DIGEST_KEY)
        found.append((page, value if isinstance(value, str) else None))
    return found


def is_whole(mp3: Path) -> bool:
    """Whether ``mp3`` and its sidecars are one set: every digest a sidecar records is the
    MP3's (see the module docstring). False when the MP3 is not there."""
    mp3 = Path(mp3)
    try:
        recorded = [value for _path, value in recorded_digests(mp3) if value is not None]
        return all(value == mp3_digest(mp3) for value in recorded) if recorded else mp3.is_file()
    except OSError:
        return False
