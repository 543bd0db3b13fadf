"""Transcripts: WebVTT captions (``<name>.vtt``) and the plain text for the ID3 USLT frame.

One cue per sentence, timed from the trimmed clips that were actually joined, so captions
follow the voice exactly. WebVTT is what podcast apps (``<podcast:transcript>``) and browsers
(``<track>``) both read.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from audiobulletin.assemble import Cue
from audiobulletin.publish.sets import vtt_header
from audiobulletin.script import Script


def vtt_timestamp(ms: int) -> str:
    """``HH:MM:SS.mmm`` (hours always present, as some parsers require)."""
    if ms < 0:
        raise ValueError(f"negative time {ms} ms")
    hours, rest = divmod(int(ms), 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    seconds, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{seconds:02d}.{millis:03d}"


def _cue_text(text: str) -> str:
    # A cue's payload ends at a blank line and may not contain "-->"; & < > are markup.
    flat = " ".join(text.split())
    return flat.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def webvtt(cues: Sequence[Cue], mp3_sha256: str | None = None) -> str:
    """The WebVTT document for ``cues``; ``mp3_sha256``, the digest of the MP3 it belongs
    to, goes on the header line (``WEBVTT mp3_sha256 …``: the format allows text after a
    space there, and parsers that split the file at blank lines see no extra block)."""
    blocks = [vtt_header(mp3_sha256) + "\n"]
    for cue in cues:
        timing = f"{vtt_timestamp(cue.start_ms)} --> {vtt_timestamp(cue.end_ms)}"
        blocks.append(f"{timing}\n{_cue_text(cue.text)}\n")
    return "\n".join(blocks)


def write_vtt(path: Path, cues: Sequence[Cue], mp3_sha256: str | None = None) -> None:
    """Write :func:`webvtt` to ``path`` as UTF-8."""
    Path(path).write_text(webvtt(cues, mp3_sha256), encoding="utf-8")


def plain_transcript(script: Script) -> str:
    """Everything spoken, chapter title first, chapters separated by a blank line."""
    return "\n\n".join(f"{seg.chapter}\n{seg.spoken}" for seg in script.chapters)
