"""Podcasting 2.0 JSON chapters (``<name>.chapters.json``).

Format version 1.2.0 of the Podcast Namespace chapters spec: a ``version`` string and a
``chapters`` array whose items carry ``startTime`` (required, seconds), ``title`` and the
optional ``endTime``. Players that read the RSS ``<podcast:chapters>`` tag fetch this file
instead of parsing ID3 CHAP frames, so both must say the same thing.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from audiobulletin.assemble import ChapterMark
from audiobulletin.publish.sets import DIGEST_KEY

VERSION = "1.2.0"


def _seconds(ms: int) -> float:
    return round(ms / 1000, 3)


def chapters_json(chapters: Sequence[ChapterMark], mp3_sha256: str | None = None) -> str:
    """The JSON text, stable byte for byte (fixed key order, two-space indent, final newline).

    ``mp3_sha256``, the digest of the MP3 these chapters belong to, is recorded under
    ``mp3_sha256`` (players ignore keys they do not know; see :mod:`audiobulletin.publish.sets`).
    """
    doc: dict[str, object] = {
        "version": VERSION,
        "chapters": [
            {"startTime": _seconds(c.start_ms), "endTime": _seconds(c.end_ms), "title": c.title}
            for c in chapters
        ],
    }
    if mp3_sha256 is not None:
        doc[DIGEST_KEY] = mp3_sha256
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def write_chapters(
    path: Path, chapters: Sequence[ChapterMark], mp3_sha256: str | None = None
) -> None:
    """Write :func:`chapters_json` to ``path`` as UTF-8."""
    Path(path).write_text(chapters_json(chapters, mp3_sha256), encoding="utf-8")
