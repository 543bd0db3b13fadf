"""Publishing one bulletin as an MP3 with its sidecars: encode and tag, write the sidecars
with the MP3's digest, put everything into place (the invariants are in
:mod:`audiobulletin.publish`).

The steps hand each other named values: :class:`_Staging` (the temporary files so far, each
locked as ours, and the file being written, for the error message) and :class:`EncodedMp3`
(the tagged MP3 under its temporary name and what the sidecars take from it).
"""

from __future__ import annotations

import dataclasses
import json
import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from audiobulletin import faults
from audiobulletin.assemble import Bulletin, ChapterMark
from audiobulletin.atomic import owned_temp, remove_stale_temps
from audiobulletin.errors import OutputError
from audiobulletin.publish import chapters as chapters_mod
from audiobulletin.publish import html as html_mod
from audiobulletin.publish import mp3 as mp3_mod
from audiobulletin.publish import transcript as transcript_mod
from audiobulletin.publish.install import _put_in_place
from audiobulletin.publish.sets import DIGEST_KEY, file_digest
from audiobulletin.publish.settings import PublishSettings, metadata_path, sidecar_paths
from audiobulletin.script import Script, source_name


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


class _Rewrites(NamedTuple):
    """Whether to write the page and the metadata (see :func:`_sidecars_to_write`)."""

    page: bool
    metadata: bool


def _sidecars_to_write(settings: PublishSettings, out_mp3: Path) -> _Rewrites:
    """Whether to write the page and the metadata: when asked for, or when an older one is
    there, which would otherwise go on describing the audio it replaced (the transcript,
    the timings, the length), for the index and the feed alike."""
    page = settings.html or _has_own_page(out_mp3)
    metadata = settings.metadata_json or metadata_path(out_mp3).is_file()
    return _Rewrites(page, metadata)


@dataclass
class _Staging:
    """The temporary files of one publish, as ``(temporary, final)`` in the order written,
    each held locked as ours until :meth:`release`; ``current`` is the file being written
    or renamed, for the error message."""

    current: Path
    renames: list[tuple[Path, Path]] = field(default_factory=list)
    held: list[int] = field(default_factory=list)

    def temp_for(self, final: Path) -> Path:
        """A new temporary file of ours next to ``final``, to be renamed onto it."""
        self.current = final
        name, fd = owned_temp(final)
        self.held.append(fd)
        self.renames.append((name, final))
        faults.before_write(final)
        return name

    def step(self, final: Path) -> None:
        self.current = final

    def discard(self) -> None:
        for tmp, _final in self.renames:
            tmp.unlink(missing_ok=True)

    def release(self) -> None:
        for fd in self.held:
            os.close(fd)
        self.held.clear()


class EncodedMp3(NamedTuple):
    """The encoded and tagged MP3 under its temporary name, and what its sidecars describe."""

    path: Path
    duration_ms: int
    chapters: tuple[ChapterMark, ...]
    loudness: mp3_mod.MeasuredLoudness | None
    digest: str


def _encode_and_tag(
    bulletin: Bulletin, script: Script, tmp_mp3: Path, settings: PublishSettings
) -> EncodedMp3:
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
    return EncodedMp3(tmp_mp3, duration, chapters, loudness, file_digest(tmp_mp3))


def _write_sidecars(
    mp3: EncodedMp3,
    bulletin: Bulletin,
    script: Script,
    out_mp3: Path,
    settings: PublishSettings,
    staging: _Staging,
    rewrites: _Rewrites,
) -> None:
    """Each enabled sidecar into a temporary file of ``staging``, with ``mp3``'s digest."""
    json_path, vtt_path = sidecar_paths(out_mp3)
    if settings.chapters_json:
        chapters_mod.write_chapters(staging.temp_for(json_path), mp3.chapters, mp3.digest)
    if settings.webvtt:
        cues = transcript_mod.caption_cues(script, bulletin.cues)
        transcript_mod.write_vtt(staging.temp_for(vtt_path), cues, mp3.digest)
    if rewrites.page:
        page = html_mod.render_page(
            script,
            mp3.chapters,
            bulletin.cues,
            mp3_name=out_mp3.name,
            mp3_bytes=mp3.path.stat().st_size,
            duration_ms=mp3.duration_ms,
            vtt_name=vtt_path.name if settings.webvtt else None,
            mp3_sha256=mp3.digest,
        )
        staging.temp_for(html_mod.page_path(out_mp3)).write_text(page, encoding="utf-8")
    if rewrites.metadata:
        meta = {**_metadata(script, mp3.duration_ms, mp3.loudness), DIGEST_KEY: mp3.digest}
        staging.temp_for(metadata_path(out_mp3)).write_text(
            json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )


def _output_error(exc: BaseException, current: Path) -> OutputError | None:
    """The one-line error for a failed publish that names ``current``; None for what is not
    about writing (an interrupt, a bug), which goes up unchanged."""
    if isinstance(exc, OutputError) and str(current) not in exc.message:
        # ffmpeg's own failure (a full disk while encoding): say which file it was.
        return OutputError(f"Could not write '{current}': {exc.message}", hint=exc.hint)
    if isinstance(exc, OSError):
        return OutputError(
            f"Could not write '{current}': {exc.strerror or exc}",
            hint="Check that the folder exists, is writable and the disk is not full.",
        )
    return None


def _refresh_index(out_mp3: Path, settings: PublishSettings, page_written: bool) -> list[Path]:
    """The folder's ``index.html`` refreshed when asked for, or when a page was rewritten
    in a folder that has one; the path written, if any."""
    index = out_mp3.parent / html_mod.INDEX_NAME
    if not (settings.refresh_index and (settings.html or (page_written and index.is_file()))):
        return []
    try:
        return [html_mod.write_index(out_mp3.parent)]
    except OSError as exc:
        raise OutputError(
            f"Wrote '{out_mp3}' but could not refresh the index: {exc.strerror or exc}",
            hint="Check that the folder is writable and the disk is not full.",
        ) from exc


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
    rewrites = _sidecars_to_write(settings, out_mp3)
    staging = _Staging(out_mp3)
    moved: list[Path] = []
    try:
        out_mp3.parent.mkdir(parents=True, exist_ok=True)
        remove_stale_temps(out_mp3.parent)  # what a killed run left here; live runs' are kept
        mp3 = _encode_and_tag(bulletin, script, staging.temp_for(out_mp3), settings)
        _write_sidecars(mp3, bulletin, script, out_mp3, settings, staging, rewrites)
        staging.renames.append(staging.renames.pop(0))  # the MP3 goes into place last
        _put_in_place(staging.renames, {}, moved, staging.held, staging.step)
    except BaseException as exc:
        staging.discard()
        error = _output_error(exc, staging.current)
        if error is not None:
            raise error from exc
        raise
    finally:
        staging.release()
    return [out_mp3, *moved[:-1], *_refresh_index(out_mp3, settings, rewrites.page)]
