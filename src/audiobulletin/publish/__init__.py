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
"""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from audiobulletin import faults
from audiobulletin.assemble import Bulletin
from audiobulletin.atomic import default_file_mode, owned_temp, remove_stale_temps
from audiobulletin.errors import OutputError
from audiobulletin.publish import chapters as chapters_mod
from audiobulletin.publish import html as html_mod
from audiobulletin.publish import mp3 as mp3_mod
from audiobulletin.publish import transcript as transcript_mod
from audiobulletin.publish.mp3 import Mp3Settings
from audiobulletin.publish.sets import DIGEST_KEY, file_digest
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


@dataclass(frozen=True)
class PublishSettings:
    """What to write: the MP3 (always) and which sidecars."""

    mp3: Mp3Settings = field(default_factory=Mp3Settings)
    chapters_json: bool = True
    webvtt: bool = True
    cache_dir: Path | None = None
    """Where encoded MP3s are kept for reuse (see
    :func:`~audiobulletin.publish.mp3.encode_mp3_measured`); None: no reuse."""
    html: bool = False
    """Also write the bulletin's page (``<name>.html``, see
    :func:`audiobulletin.publish.html.page_path`) and refresh the folder's ``index.html``.
    Without it, a page this MP3 already has is rewritten all the same (see
    :func:`publish_bulletin`)."""
    refresh_index: bool = True
    """With ``html``, or when an existing page was rewritten and the folder has an index:
    refresh ``index.html`` after this bulletin. A batch turns this off and calls
    :func:`audiobulletin.publish.html.write_index` once at the end."""
    metadata_json: bool = False
    """Also write ``<name>.meta.json`` (title, date, intro, duration, loudness), which the
    podcast feed is built from. Without it, one that already exists is rewritten all the
    same."""
    wav_bits: int = 24
    """Bits per sample of a Broadcast WAV (16 or 24; see :func:`publish_broadcast_wav`)."""

    def __post_init__(self) -> None:
        if not isinstance(self.mp3, Mp3Settings):
            raise ValueError(f"PublishSettings.mp3 must be Mp3Settings, got {self.mp3!r}")


def sidecar_paths(out_mp3: Path) -> tuple[Path, Path]:
    """``<name>.chapters.json`` and ``<name>.vtt`` next to ``<name>.mp3`` (or ``.wav``)."""
    out_mp3 = Path(out_mp3)
    stem = out_mp3.with_suffix("") if out_mp3.suffix.lower() in (".mp3", ".wav") else out_mp3
    return (
        stem.with_name(stem.name + ".chapters.json"),
        stem.with_name(stem.name + ".vtt"),
    )


def metadata_path(out_mp3: Path) -> Path:
    """``<name>.meta.json`` next to ``<name>.mp3``."""
    out_mp3 = Path(out_mp3)
    return out_mp3.with_name(out_mp3.with_suffix("").name + ".meta.json")


def _metadata(
    script: Script, duration_ms: int, loudness: mp3_mod.MeasuredLoudness | None
) -> dict[str, object]:
    return {
        "title": script.title,
        "date": mp3_mod.id3_date(script.date),
        "date_text": script.date,
        "time": script.time,
        # Written, not spoken: a feed is read (2024年5月3日, not 二零二四年五月三日).
        "intro": "".join(script.intro.written).replace("\n", "") if script.intro else "",
        "chapters": [segment.chapter for segment in script.chapters],
        "duration_ms": duration_ms,
        "loudness": loudness.to_dict() if loudness is not None else None,
        "built": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }


def _has_own_page(out_mp3: Path) -> bool:
    """Whether ``out_mp3`` already has a page that this package wrote for it.

    Only such a page is rewritten when no page was asked for: a file of someone else's that
    happens to carry the name is left alone.
    """
    data = html_mod.read_page_data(html_mod.page_path(out_mp3))
    return data is not None and data.get("mp3") == out_mp3.name


def _sidecars_to_write(settings: PublishSettings, out_mp3: Path) -> tuple[bool, bool]:
    """Whether to write the page and the metadata: when asked for, or when an older one is
    there, which would otherwise go on describing the audio it replaced (the transcript,
    the timings, the length), for the index and the feed alike."""
    page = settings.html or _has_own_page(out_mp3)
    metadata = settings.metadata_json or metadata_path(out_mp3).is_file()
    return page, metadata


def _keep(final: Path, held: list[int]) -> Path | None:
    """A copy of the file at ``final`` under a temporary name of ours (locked, its descriptor
    added to ``held``), so that it can be put back should the bulletin fail to go into
    place; None when there is no such file."""
    if not final.is_file():
        return None
    copy, fd = owned_temp(final)
    held.append(fd)
    try:
        shutil.copyfile(final, copy)
        os.chmod(copy, default_file_mode())
    except BaseException:
        copy.unlink(missing_ok=True)
        raise
    return copy


def _put_in_place(
    renames: list[tuple[Path, Path]],
    kept: dict[Path, Path],
    moved: list[Path],
    held: list[int],
    step: Callable[[Path], None],
) -> None:
    """Rename each ``(written, final)`` pair into place in order, the MP3 last.

    The one way a bulletin's files replace the old ones, for :func:`publish_bulletin` and for
    a batch coordinator putting a worker's staged files in place (:func:`install_staged`):
    a copy of each old sidecar is kept first; when a rename fails before the MP3's, the old
    sidecars are put back and the new ones removed, so the previous bulletin stays whole.
    ``step`` hears each final path before it is touched (for the error message); ``moved``
    collects the paths renamed. The kept copies are removed on the way out.
    """
    try:
        for _tmp, final in renames[:-1]:
            step(final)
            kept_link = _keep(final, held)
            if kept_link is not None:
                kept[final] = kept_link
        mode = default_file_mode()
        for tmp, final in renames:
            step(final)
            os.chmod(tmp, mode)  # mkstemp makes 0600; a feed server must be able to read these
            faults.before_rename(final)
            os.replace(tmp, final)
            moved.append(final)
    except BaseException:
        if renames[-1][1] not in moved:
            # A rename failed after some sidecars moved: put the old ones back (without
            # their MP3 the new ones mislead), so the previous bulletin stays whole.
            for final in moved:
                link = kept.pop(final, None)
                try:
                    if link is not None:
                        os.replace(link, final)
                    else:
                        final.unlink(missing_ok=True)
                except OSError:
                    pass  # the readers will not list a mixed set; the next run redoes it
        raise
    finally:
        for link in kept.values():
            link.unlink(missing_ok=True)
        kept.clear()


def install_staged(staged_mp3: Path, staged: list[Path], out_mp3: Path) -> list[Path]:
    """Put a bulletin made elsewhere (a cluster worker's staging folder on the same
    filesystem) in place at ``out_mp3``: its sidecars first, the MP3 last, as
    :func:`publish_bulletin` does; return the final paths, the MP3 first.

    ``staged`` are the bulletin's files, each relative to ``staged_mp3``'s folder as the
    final file is to ``out_mp3``'s. The set is checked first: every sidecar must record the
    staged MP3's digest, or nothing is moved. Raises :class:`OutputError` naming the file
    when a rename fails; the previous bulletin then stays whole.
    """
    from audiobulletin.publish.sets import is_whole

    staged_mp3, out_mp3 = Path(staged_mp3), Path(out_mp3)
    if not is_whole(staged_mp3):
        raise OutputError(f"The staged files of '{out_mp3.name}' are not one set.")
    pairs = [
        (path, out_mp3.parent / path.relative_to(staged_mp3.parent))
        for path in staged
        if path != staged_mp3
    ]
    pairs.append((staged_mp3, out_mp3))
    current = out_mp3
    held: list[int] = []
    moved: list[Path] = []

    def step(final: Path) -> None:
        nonlocal current
        current = final

    try:
        out_mp3.parent.mkdir(parents=True, exist_ok=True)
        _put_in_place(pairs, {}, moved, held, step)
    except OSError as exc:
        raise OutputError(
            f"Could not write '{current}': {exc.strerror or exc}",
            hint="Check that the folder exists, is writable and the disk is not full.",
        ) from exc
    finally:
        for fd in held:
            os.close(fd)
    return [out_mp3, *moved[:-1]]


def publish_bulletin(
    bulletin: Bulletin,
    script: Script,
    out_mp3: Path,
    settings: PublishSettings | None = None,
) -> list[Path]:
    """Write the MP3 (and the enabled sidecars) for ``bulletin``; return the paths written.

    A page or a metadata file that this MP3 already has is rewritten even when not asked
    for, so that every file for one MP3 describes the same audio; the index is refreshed
    with a rewritten page when the folder has one.

    Raises :class:`OutputError` when a file cannot be written; nothing is left behind then.
    """
    settings = settings or PublishSettings()
    out_mp3 = Path(out_mp3)
    if out_mp3.is_dir():
        raise OutputError(f"'{out_mp3}' is a directory.", hint="Give a file name ending in .mp3.")
    json_path, vtt_path = sidecar_paths(out_mp3)
    write_page, write_metadata = _sidecars_to_write(settings, out_mp3)
    renames: list[tuple[Path, Path]] = []  # (temporary, final), sidecars first, the MP3 last
    kept: dict[Path, Path] = {}  # final -> hard link to the file it replaces
    moved: list[Path] = []
    held: list[int] = []  # each temporary file stays locked as ours until the end
    current = out_mp3  # the file being written or renamed, for the error message

    def temp_for(final: Path) -> Path:
        nonlocal current
        current = final
        name, fd = owned_temp(final)
        held.append(fd)
        renames.append((name, final))
        faults.before_write(final)
        return name

    try:
        out_mp3.parent.mkdir(parents=True, exist_ok=True)
        remove_stale_temps(out_mp3.parent)  # what a killed run left here; live runs' are kept
        tmp_mp3 = temp_for(out_mp3)
        duration, loudness = mp3_mod.encode_mp3_measured(
            bulletin, tmp_mp3, settings.mp3, cache_dir=settings.cache_dir
        )
        chapters = mp3_mod.fit_chapters(bulletin.chapters, duration)
        mp3_mod.tag_mp3(
            tmp_mp3,
            title=script.title,
            chapters=chapters,
            transcript=transcript_mod.plain_transcript(script),
            date=script.date,
            settings=dataclasses.replace(
                settings.mp3, artist=settings.mp3.artist or source_name(script.source)
            ),
            loudness=loudness,
        )
        digest = file_digest(tmp_mp3)
        if settings.chapters_json:
            chapters_mod.write_chapters(temp_for(json_path), chapters, digest)
        if settings.webvtt:
            transcript_mod.write_vtt(
                temp_for(vtt_path), transcript_mod.caption_cues(script, bulletin.cues), digest
            )
        if write_page:
            page = html_mod.render_page(
                script,
                chapters,
                bulletin.cues,
                mp3_name=out_mp3.name,
                mp3_bytes=tmp_mp3.stat().st_size,
                duration_ms=duration,
                vtt_name=vtt_path.name if settings.webvtt else None,
                mp3_sha256=digest,
            )
            temp_for(html_mod.page_path(out_mp3)).write_text(page, encoding="utf-8")
        if write_metadata:
            meta = {**_metadata(script, duration, loudness), DIGEST_KEY: digest}
            temp_for(metadata_path(out_mp3)).write_text(
                json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
            )
        renames.append(renames.pop(0))  # the MP3 goes into place last

        def step(final: Path) -> None:
            nonlocal current
            current = final

        _put_in_place(renames, kept, moved, held, step)
    except BaseException as exc:
        for tmp, _final in renames:
            tmp.unlink(missing_ok=True)
        if isinstance(exc, OutputError) and str(current) not in exc.message:
            # ffmpeg's own failure (a full disk while encoding): say which file it was.
            raise OutputError(f"Could not write '{current}': {exc.message}", hint=exc.hint) from exc
        if isinstance(exc, OSError):
            raise OutputError(
                f"Could not write '{current}': {exc.strerror or exc}",
                hint="Check that the folder exists, is writable and the disk is not full.",
            ) from exc
        raise
    finally:
        for fd in held:
            os.close(fd)
    written = [out_mp3, *moved[:-1]]
    index = out_mp3.parent / html_mod.INDEX_NAME
    if settings.refresh_index and (settings.html or (write_page and index.is_file())):
        try:
            written.append(html_mod.write_index(out_mp3.parent))
        except OSError as exc:
            raise OutputError(
                f"Wrote '{out_mp3}' but could not refresh the index: {exc.strerror or exc}",
                hint="Check that the folder is writable and the disk is not full.",
            ) from exc
    return written


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
