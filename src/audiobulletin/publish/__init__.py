"""Bulletin -> files: the MP3 and its sidecars, all or nothing, one set at every instant.

The invariants, which the README repeats for users and ``tests/test_consistency.py`` proves
by killing a run at every one of its renames:

* **No half-written file.** Everything is written to hidden temporary files next to the
  destination (``.<name>.<random>.tmp``) and renamed into place only once every file of the
  bulletin was written: sidecars first, the MP3 last. A reader sees each file old or new,
  never a mix of both.
* **One set, or not listed.** Every sidecar (chapters, VTT, page, metadata) records the
  SHA-256 of the MP3 it was made with (:mod:`audiobulletin.publish.sets`). Between the first
  and the last rename, and after a kill there, new sidecars stand beside the old MP3; the
  readers (feed, index, batch's up-to-date check) see that the digests differ and list the
  bulletin nowhere until a run makes it whole again.
* **A failed publish changes nothing.** Before a sidecar is replaced, a copy of the old one
  is kept; when a later rename fails (the MP3's included), the old sidecars are
  put back and the new files removed, so the previous bulletin stays whole and listed.
* **Errors name the file.** A full disk or a read-only folder is an :class:`OutputError`
  that names the file that could not be written.

A kill (SIGKILL, power loss) can leave temporary files and kept sidecars behind; the next
run in the folder deletes them (those no live run holds, see
:func:`audiobulletin.atomic.remove_stale_temps`). :mod:`audiobulletin.faults` injects kills and
failures at these steps for the tests.

The MP3 and its sidecars are written by :mod:`audiobulletin.publish.bulletin` and put into
place by :mod:`audiobulletin.publish.install`; a Broadcast WAV is written here.
"""

from __future__ import annotations

from pathlib import Path

from audiobulletin.assemble import Bulletin
from audiobulletin.errors import OutputError
from audiobulletin.publish import chapters as chapters_mod
from audiobulletin.publish import mp3 as mp3_mod
from audiobulletin.publish import transcript as transcript_mod
from audiobulletin.publish.bulletin import _has_own_page as _has_own_page  # for batch
from audiobulletin.publish.bulletin import publish_bulletin
from audiobulletin.publish.install import install_staged
from audiobulletin.publish.mp3 import Mp3Settings
from audiobulletin.publish.settings import PublishSettings, metadata_path, sidecar_paths
from audiobulletin.script import Script, source_name

__all__ = [
    "Mp3Settings",
    "PublishSettings",
    "install_staged",
    "metadata_path",
    "publish_broadcast_wav",
    "publish_bulletin",
    "sidecar_paths",
]


def _originator(script: Script, settings: PublishSettings) -> str:
    """The station (the artist setting), else the report's source without its label: the
    same name the MP3 gives as its artist."""
    return settings.mp3.artist or source_name(script.source) or ""


def publish_broadcast_wav(
    bulletin: Bulletin,
    script: Script,
    out_wav: Path,
    settings: PublishSettings | None = None,
) -> list[Path]:
    """Write the bulletin as a Broadcast WAV (:mod:`audiobulletin.publish.bwf`) with its
    chapters JSON and captions beside it; return the paths written, the WAV first.

    Every file is built in memory, then written with :mod:`audiobulletin.atomic`, the
    sidecars first and the WAV last; should the WAV fail, the sidecars written for it are
    removed again, so no sidecar describes audio that is not there. No page and no feed
    metadata: those are for the MP3 that podcast apps and browsers play.
    """
    from audiobulletin import __version__
    from audiobulletin.atomic import write_bytes_atomic, write_text_atomic
    from audiobulletin.publish import bwf

    settings = settings or PublishSettings()
    out_wav = Path(out_wav)
    if out_wav.is_dir():
        raise OutputError(f"'{out_wav}' is a directory.", hint="Give a file name ending in .wav.")
    json_path, vtt_path = sidecar_paths(out_wav)
    pcm = bwf.broadcast_pcm(bulletin, settings.wav_bits)
    duration = round(len(pcm) / (settings.wav_bits // 8) * 1000 / bwf.SAMPLE_RATE)
    chapters = mp3_mod.fit_chapters(bulletin.chapters, duration)
    info = bwf.BextInfo(
        description=script.title,
        originator=_originator(script, settings),
        date=script.date if script.date and len(script.date) == 10 else None,
        time=script.time,
        software=f"audiobulletin {__version__}",
    )
    data = bwf.bwf_bytes(
        pcm, settings.wav_bits, chapters, info, bwf.measure(pcm, settings.wav_bits)
    )
    sidecars: list[tuple[Path, str]] = []
    if settings.chapters_json:
        sidecars.append((json_path, chapters_mod.chapters_json(chapters)))
    if settings.webvtt:
        cues = transcript_mod.caption_cues(script, bulletin.cues)
        sidecars.append((vtt_path, transcript_mod.webvtt(cues)))
    written: list[Path] = []
    try:
        out_wav.parent.mkdir(parents=True, exist_ok=True)
        for path, text in sidecars:
            write_text_atomic(path, text)
            written.append(path)
        write_bytes_atomic(out_wav, data)
    except OSError as exc:
        for path in written:
            path.unlink(missing_ok=True)
        raise OutputError(
            f"Could not write '{out_wav}': {exc.strerror or exc}",
            hint="Check that the folder exists, is writable and the disk is not full.",
        ) from exc
    return [out_wav, *written]
