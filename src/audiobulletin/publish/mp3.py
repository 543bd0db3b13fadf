"""MP3 encoding with loudness normalisation, and ID3 v2.3 tags with chapters.

Defaults are for speech: 64 kbit/s mono CBR at 44100 Hz. 44.1 kHz is MPEG-1 Layer III, which
every player and podcast directory accepts; the 24 kHz the engines produce would be MPEG-2,
which some players seek in badly. The upsampling costs nothing in quality and little in size
at a fixed bitrate.

Loudness is normalised in two steps: ffmpeg's ``ebur128`` measures the integrated loudness and
true peak of the PCM, then the encode applies one linear gain (no pumping between sentences)
toward the target, aimed a little above it by what the encoder is known to take off speech.
When that gain would push the true peak over the ceiling, a lookahead limiter (``alimiter``)
holds the few peaks down instead of stopping the gain short, so both the target and the
ceiling hold. The MP3 is measured as it is written, by a second ffmpeg reading the encoder's
output (:mod:`audiobulletin.publish.pipe`), so the figures are those of the file a listener
gets, at next to no extra time. Only when it misses the target by more than
:data:`_TOLERANCE_LU` or passes the ceiling is it encoded once more, with the gain and the
limit corrected by what was measured. The figures measured on the MP3 are returned, tagged
(TXXX ``LOUDNESS``) and reported.

Chapter times are exact because the encoder writes a LAME/Xing header with its delay and
padding: decoders (ffmpeg, iOS, browsers) drop those samples, and mutagen subtracts them from
the length, so the file plays exactly the PCM it was given. The last chapter is nevertheless
ended at the measured duration of the encoded file, so it never points past the end.

Tags are ID3 v2.3 rather than v2.4 because Apple's players and many car stereos still read
v2.3 only. Chapters are CHAP frames under one ordered top-level CTOC (the ID3 chapter
addendum), which Apple Podcasts, Overcast, Pocket Casts and ffprobe understand.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import re
import shutil
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from audiobulletin.assemble import Bulletin, ChapterMark
from audiobulletin.atomic import atomic_writer
from audiobulletin.audio import ffmpeg_exe
from audiobulletin.errors import OutputError, SettingError
from audiobulletin.loudness import LoudnessTarget
from audiobulletin.paths import private_dir

if TYPE_CHECKING:
    from mutagen.id3 import Frame

#: Bitrates (kbit/s) Layer III allows: MPEG-1 for 32/44.1/48 kHz, MPEG-2 for 16/22.05/24 kHz.
_MPEG1_RATES = {32000, 44100, 48000}
_MPEG2_RATES = {16000, 22050, 24000}
_MPEG1_BITRATES = {32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320}
_MPEG2_BITRATES = {8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160}


@dataclass(frozen=True)
class Mp3Settings:
    """Encoding and tag settings.

    ``artist`` (TPE1) is the organisation that publishes the bulletin; None takes the report's
    source (see :func:`audiobulletin.publish.publish_bulletin`), else leaves it out.
    ``album`` (TALB) groups bulletins in music libraries. ``cover`` is a JPEG or PNG file
    embedded as the front cover (APIC), so that players show the podcast's art.
    """

    # The metadata names each field for users (see audiobulletin.settings): ``flag`` on the
    # command line, ``key`` in config.toml's [batch] table.
    bitrate_kbps: int = field(default=64, metadata={"flag": "--bitrate", "key": "bitrate"})
    sample_rate: int = field(default=44100, metadata={"flag": "--sample-rate"})
    artist: str | None = field(default=None, metadata={"flag": "--artist", "key": "artist"})
    album: str = field(default="audiobulletin", metadata={"flag": "--album", "key": "album"})
    cover: str | None = None

    def __post_init__(self) -> None:
        if self.sample_rate not in _MPEG1_RATES | _MPEG2_RATES:
            raise SettingError(
                "Mp3Settings",
                "sample_rate",
                f"must be one of {', '.join(map(str, sorted(_MPEG1_RATES | _MPEG2_RATES)))}; "
                f"got {self.sample_rate}.",
            )
        allowed = _MPEG1_BITRATES if self.sample_rate in _MPEG1_RATES else _MPEG2_BITRATES
        if self.bitrate_kbps not in allowed:
            raise SettingError(
                "Mp3Settings",
                "bitrate_kbps",
                f"must be one of {', '.join(map(str, sorted(allowed)))} at "
                f"{self.sample_rate} Hz; got {self.bitrate_kbps}.",
            )

    @property
    def frame_samples(self) -> int:
        """Samples per MP3 frame: 1152 for MPEG-1, 576 for MPEG-2."""
        return 1152 if self.sample_rate in _MPEG1_RATES else 576


def _run_ffmpeg(args: list[str], pcm: bytes, what: str, *, stdout: bool = False) -> str:
    """Run ffmpeg on ``pcm`` (fed on stdin) and return its stderr (its stdout with
    ``stdout``)."""
    try:
        proc = subprocess.run(
            [ffmpeg_exe(), "-hide_banner", "-nostdin", *args],
            input=pcm,
            capture_output=True,
            check=False,
        )
    except OSError as exc:
        raise OutputError(f"Could not run ffmpeg for {what}: {exc}") from exc
    err = proc.stderr.decode("utf-8", "replace")
    if proc.returncode != 0:
        tail = " ".join(err.strip().splitlines()[-3:])
        raise OutputError(f"ffmpeg failed while {what}: {tail}")
    return proc.stdout.decode("utf-8", "replace") if stdout else err


def _pcm_input(sample_rate: int) -> list[str]:
    return ["-f", "s16le", "-ar", str(sample_rate), "-ac", "1", "-i", "pipe:0"]


#: ebur128 with ``metadata=1`` tags every 100 ms block with its running figures, and
#: ``ametadata`` prints them as ``key=value`` lines: a machine-readable form, where the
#: human-readable summary on stderr changes its layout between ffmpeg versions. The last block
#: carries the figures of the whole stream (integrated loudness and LRA so far, the highest
#: true peak so far, as a linear amplitude).
_EBUR128 = "ebur128=peak=true:metadata=1,ametadata=mode=print:file=-"
_R128_KEYS = {
    "lavfi.r128.I": "integrated",
    "lavfi.r128.true_peak": "peak",
    "lavfi.r128.LRA": "lra",
}

#: The TXXX frame (description) that carries the measured loudness, as JSON.
LOUDNESS_TAG = "LOUDNESS"
#: How far the encoded file may be off the target before it is encoded once more (LU). The
#: promise to users is 1 LU; the MP3 encoder's low-pass alone costs speech 0.3-0.5 LU, so
#: without a correction bulletins would sit at the edge of a stricter check.
_TOLERANCE_LU = 0.3
#: The limiter's ceiling sits this far under the true-peak target: it limits sample peaks,
#: and resampling plus MP3 encoding add inter-sample overshoot on top.
_LIMIT_MARGIN_DB = 1.5
#: Re-encodings allowed to close the gap (speech needs none; peaky audio one or a few).
_CORRECTIONS = 3
#: What LAME takes off speech at the bitrates used here (LU): it drops the quietest spectral
#: detail, not only the band above its low-pass (0.53 LU on a Kokoro report at 64 kbit/s,
#: 0.46-0.53 at other quality settings). The gain aims this much above the target, so the
#: first encode lands within :data:`_TOLERANCE_LU` of it for losses of 0.15 to 0.75 LU.
_CODEC_LOSS_LU = 0.45


class MeasuredLoudness(NamedTuple):
    """What ``ebur128`` measured on the published MP3, next to the target it aimed at."""

    integrated_lufs: float
    true_peak_dbtp: float
    lra_lu: float
    target_lufs: float
    target_true_peak_dbtp: float

    def to_dict(self) -> dict[str, float]:
        return {k: round(v, 2) for k, v in self._asdict().items()}

    @classmethod
    def from_dict(cls, data: dict[str, float]) -> MeasuredLoudness:
        return cls(**{k: float(data[k]) for k in cls._fields})

    def on_target(self, tolerance_lu: float = 1.0) -> bool:
        """Within ``tolerance_lu`` of the target and not over the ceiling."""
        return (
            abs(self.integrated_lufs - self.target_lufs) <= tolerance_lu
            and self.true_peak_dbtp <= self.target_true_peak_dbtp
        )


#: Bump when the encoding recipe changes, so cached MP3s made the old way are not reused.
_ENCODING_VERSION = 3


def measure_loudness(pcm: bytes, sample_rate: int) -> tuple[float, float]:
    """Integrated loudness (LUFS) and true peak (dBTP) of ``pcm``, by ffmpeg's ``ebur128``.

    ``ebur128`` (EBU R128 / ITU-R BS.1770) measures at 4x oversampling for the true peak;
    ``loudnorm`` would measure the same but resamples to 192 kHz, three to four times slower.
    Silence measures as -inf.
    """
    integrated, peak, _lra = _ebur128(_pcm_input(sample_rate), pcm, "measuring loudness")
    return integrated, peak


def parse_r128_metadata(printed: str) -> tuple[float, float, float]:
    """Integrated loudness (LUFS), true peak (dBTP) and loudness range (LU) from the
    ``key=value`` lines of :data:`_EBUR128`: the last value of each key counts."""
    found: dict[str, float] = {}
    for line in printed.splitlines():
        key, sep, value = line.strip().partition("=")
        if sep and key in _R128_KEYS:
            try:
                found[_R128_KEYS[key]] = float(value)
            except ValueError:
                raise OutputError(f"ffmpeg ebur128 gave '{line.strip()}'.") from None
    if "integrated" not in found or "peak" not in found:
        raise OutputError("ffmpeg ebur128 printed no loudness figures.")
    amplitude = found["peak"]
    if amplitude < 0:  # not the linear amplitude this ffmpeg is known to print
        raise OutputError(f"ffmpeg ebur128 gave a true peak of {amplitude}, not an amplitude.")
    peak_db = 20 * math.log10(amplitude) if amplitude > 0 else -math.inf
    return found["integrated"], peak_db, found.get("lra", 0.0)


def _ebur128(
    input_args: list[str], pcm: bytes, what: str, filters: Sequence[str] = ()
) -> tuple[float, float, float]:
    printed = _run_ffmpeg(
        [
            *["-nostats", "-loglevel", "error", *input_args],
            *["-af", ",".join([*filters, _EBUR128]), "-f", "null", "-"],
        ],
        pcm,
        what,
        stdout=True,
    )
    return parse_r128_metadata(printed)


def measure_file_loudness(path: Path) -> tuple[float, float, float]:
    """Integrated loudness (LUFS), true peak (dBTP) and loudness range (LU) of an audio file
    as a player decodes it."""
    return _ebur128(["-i", str(path)], b"", "measuring the MP3's loudness")


def encode_mp3_measured(
    bulletin: Bulletin, path: Path, settings: Mp3Settings, *, cache_dir: Path | None = None
) -> tuple[int, MeasuredLoudness | None]:
    """Encode ``bulletin`` to MP3 at ``path`` (normalised when it names a loudness target).

    With ``cache_dir``, the untagged MP3 is kept under a key made of the PCM and every
    setting that shapes the encoding, so re-publishing an unchanged bulletin (a nightly run
    over a folder where little changed) copies the file instead of measuring and encoding
    again. Tags are not part of it: :func:`tag_mp3` adds them to the copy.

    Returns the playing time in ms: the length mutagen reads from the LAME tag (delay and
    padding excluded), or the PCM's own length should that reading be off by more than one
    MP3 frame (an ffmpeg whose tag mutagen cannot parse); and the loudness measured on the
    MP3 (None when the bulletin names no target). The figures are kept with a cached MP3.
    """
    frame_ms = 1000 * settings.frame_samples / settings.sample_rate
    cached = _encoding_cache_path(bulletin, settings, cache_dir) if cache_dir else None
    if cached is not None and _intact(cached):
        from audiobulletin.cache import touch

        shutil.copyfile(cached, path)
        touch(cached)  # used now: the last to be evicted (see audiobulletin.cache)
        loudness = None
        if bulletin.loudness is not None:
            loudness = _cached_loudness(cached) or _measure_mp3(path, bulletin.loudness)
        return mp3_duration_ms(path), loudness
    loudness = _encode(bulletin, path, settings)
    measured = mp3_duration_ms(path)
    if abs(measured - bulletin.duration_ms) > frame_ms:
        return bulletin.duration_ms, loudness
    if cached is not None:
        _store_encoding(path, cached, loudness)
    return measured, loudness


def _cached_loudness(cached: Path) -> MeasuredLoudness | None:
    try:
        data = json.loads(cached.with_suffix(".loudness.json").read_text(encoding="utf-8"))
        return MeasuredLoudness.from_dict(data)
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _measure_mp3(path: Path, target: LoudnessTarget) -> MeasuredLoudness:
    integrated, peak, lra = measure_file_loudness(path)
    measured = MeasuredLoudness(integrated, peak, lra, target.integrated_lufs, target.true_peak_db)
    # Kept at the precision the tag, the run report and the cache store, so a bulletin
    # served from the cache reports the very figures it was made with.
    return MeasuredLoudness.from_dict(measured.to_dict())


def _file_digest(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()  # a bulletin is a few MB


def _intact(cached: Path) -> bool:
    """True when the cached MP3 is there and matches the digest written beside it.

    The MP3's own Xing header would still report the full length for a truncated copy, so
    the length alone cannot tell a damaged entry from a good one.
    """
    try:
        if os.stat(cached).st_uid != os.geteuid():
            return False  # not ours: not trusted
        expected = cached.with_suffix(".sha256").read_text(encoding="ascii").strip()
        return _file_digest(cached) == expected
    except OSError:
        return False


def _encoding_cache_path(bulletin: Bulletin, settings: Mp3Settings, cache_dir: Path) -> Path:
    recipe = repr(
        (
            _ENCODING_VERSION,
            bulletin.sample_rate,
            bulletin.loudness,
            settings.bitrate_kbps,
            settings.sample_rate,
            ffmpeg_exe(),
        )
    )
    key = hashlib.sha256(recipe.encode() + bulletin.pcm).hexdigest()
    return Path(cache_dir) / "mp3" / key[:2] / f"{key}.mp3"


def _store_encoding(encoded: Path, target: Path, loudness: MeasuredLoudness | None = None) -> None:
    """Copy into the cache with its digest, each atomically; a cache that cannot be written
    only costs speed, and the digest goes last, so a half-stored entry is never trusted."""
    digest = _file_digest(encoded)
    figures = json.dumps(loudness.to_dict()) if loudness is not None else None
    entries: list[tuple[Path, bytes | None]] = [(target, None)]  # None: the MP3 itself
    if figures is not None:
        entries.append((target.with_suffix(".loudness.json"), figures.encode()))
    entries.append((target.with_suffix(".sha256"), (digest + "\n").encode()))
    for final, data in entries:
        try:
            for folder in (final.parents[2], final.parents[1], final.parent):
                private_dir(folder)  # 0700: a swapped MP3 would go on air as it is
            with atomic_writer(final, private=True) as out:
                if data is None:
                    with encoded.open("rb") as src:
                        shutil.copyfileobj(src, out)
                else:
                    out.write(data)
        except OSError:
            return


def loudness_filters(
    integrated: float, true_peak: float, target: LoudnessTarget, *, extra_margin_db: float = 0.0
) -> list[str]:
    """The ffmpeg filters that bring audio measured at ``integrated``/``true_peak`` to
    ``target``: one gain, plus a limiter when that gain alone would pass the ceiling.

    The limiter (lookahead, delay compensated so chapter times stay exact, no auto-level)
    only touches the loudest syllables; the integrated loudness barely moves.
    """
    if not (math.isfinite(integrated) and math.isfinite(true_peak)):
        return []
    gain = target.integrated_lufs - integrated
    filters = [f"volume={gain:.2f}dB"] if abs(gain) >= 0.005 else []
    ceiling = target.true_peak_db - _LIMIT_MARGIN_DB - extra_margin_db
    if true_peak + gain > target.true_peak_db - _LIMIT_MARGIN_DB:
        limit = min(1.0, max(0.0625, 10 ** (ceiling / 20)))
        filters.append(f"alimiter=limit={limit:.4f}:attack=5:release=50:level=0:latency=1")
    return filters


def _encode(bulletin: Bulletin, path: Path, settings: Mp3Settings) -> MeasuredLoudness | None:
    """Measure, normalise and encode ``bulletin`` to an untagged MP3 at ``path``; return the
    loudness measured on the MP3 (None without a target).

    The gain aims :data:`_CODEC_LOSS_LU` above the target, so that speech usually lands on
    it with the first encode; the MP3 is measured while it is being written
    (:func:`audiobulletin.publish.pipe.encode_and_meter`), and encoded again only when it
    missed."""
    target = bulletin.loudness
    if target is None:
        options = [arg for k, v in _MP3_OPTIONS.items() for arg in (f"-{k}", v)]
        args = [*_encode_args(bulletin, settings, []), *options, "-f", "mp3", "-y", str(path)]
        _run_ffmpeg(args, bulletin.pcm, "encoding the MP3")
        return None
    integrated, peak = measure_loudness(bulletin.pcm, bulletin.sample_rate)
    aim, margin = _first_aim(bulletin, integrated, peak, target), 0.0
    result = _encode_measured(bulletin, path, settings, loudness_filters(aim, peak, target))
    for _ in range(_CORRECTIONS):
        if not (math.isfinite(integrated) and math.isfinite(result.integrated_lufs)):
            break  # silence: nothing to normalise
        if result.on_target(_TOLERANCE_LU):
            break
        # Aim the input figure off by what the encoded file missed by (limiting the peaks
        # costs some loudness), and lower the limit by any overshoot past the ceiling.
        aim += result.integrated_lufs - target.integrated_lufs
        over = result.true_peak_dbtp - target.true_peak_db
        if over > 0:
            margin += over + 0.3
        filters = loudness_filters(aim, peak, target, extra_margin_db=margin)
        result = _encode_measured(bulletin, path, settings, filters)
    return result


def _first_aim(bulletin: Bulletin, integrated: float, peak: float, target: LoudnessTarget) -> float:
    """The loudness to take the PCM as having, so that one gain lands the MP3 on ``target``:
    the measured figure, less what the encoder takes off (:data:`_CODEC_LOSS_LU`), less what
    the limiter takes off when the gain needs it.

    Speech whose peaks stand far above its loudness is limited by several dB at the podcast
    target, which costs it half a LU or more; measuring the limited PCM once (a fraction of
    an encode's time) finds by how much, instead of encoding twice."""
    aim = integrated - _CODEC_LOSS_LU
    filters = loudness_filters(aim, peak, target)
    if not any(f.startswith("alimiter=") for f in filters):
        return aim
    limited, _peak, _lra = _ebur128(
        _pcm_input(bulletin.sample_rate), bulletin.pcm, "measuring loudness", filters
    )
    if not math.isfinite(limited):
        return aim
    gained = integrated + (target.integrated_lufs - aim)  # where the gain alone would put it
    return aim - max(0.0, gained - limited)


def _encode_measured(
    bulletin: Bulletin, path: Path, settings: Mp3Settings, loudness: list[str]
) -> MeasuredLoudness:
    """Encode with ``loudness`` applied and measure the MP3 in the same pass."""
    from audiobulletin.publish.pipe import encode_and_meter, tee_target

    assert bulletin.loudness is not None
    mp3_options = ":".join(f"{k}={v}" for k, v in _MP3_OPTIONS.items())
    tee = ["-map", "0:a", "-f", "tee", "-y", tee_target(path, mp3_options)]
    encode = [*_encode_args(bulletin, settings, loudness), *tee]
    meter = ["-nostats", "-loglevel", "error", "-f", "mp3", "-i", "pipe:0"]
    printed = encode_and_meter(
        encode, bulletin.pcm, [*meter, "-af", _EBUR128, "-f", "null", "-"], "encoding the MP3"
    )
    integrated, true_peak, lra = parse_r128_metadata(printed)
    target = bulletin.loudness
    measured = MeasuredLoudness(
        integrated, true_peak, lra, target.integrated_lufs, target.true_peak_db
    )
    return MeasuredLoudness.from_dict(measured.to_dict())  # the precision it is stored at


#: The mp3 muxer's options: no ID3 tag of its own (:func:`tag_mp3` writes it), and the
#: LAME/Xing header that carries the length and the encoder delay.
_MP3_OPTIONS = {"id3v2_version": "0", "write_xing": "1"}


def _encode_args(bulletin: Bulletin, settings: Mp3Settings, loudness: list[str]) -> list[str]:
    """ffmpeg's input and encoding arguments for ``bulletin`` with the ``loudness`` filters;
    the caller adds the output (a file, or a ``tee`` of a file and a pipe)."""
    filters = [*loudness, f"aresample={settings.sample_rate}"]
    return [
        *_pcm_input(bulletin.sample_rate),
        "-af",
        ",".join(filters),
        "-ac",
        "1",
        "-ar",
        str(settings.sample_rate),
        "-c:a",
        "libmp3lame",
        "-b:a",
        f"{settings.bitrate_kbps}k",
        "-map_metadata",
        "-1",
        # The LAME tag's version field is filled from this; readers such as mutagen only
        # trust the tag's encoder delay and padding when it names LAME (which it is).
        "-metadata:s:a:0",
        "encoder=LAME3.100",
    ]


def mp3_duration_ms(path: Path) -> int:
    """Playing time of an MP3 in ms, with encoder delay and padding excluded."""
    from mutagen.mp3 import MP3

    info = MP3(str(path)).info
    return round(info.length * 1000) if info is not None else 0


def fit_chapters(chapters: Sequence[ChapterMark], duration_ms: int) -> tuple[ChapterMark, ...]:
    """End the last chapter at the encoded file's duration (a few ms off the PCM at most)."""
    fitted = list(chapters)
    if fitted:
        last = fitted[-1]
        fitted[-1] = last._replace(end_ms=max(last.start_ms, duration_ms))
    return tuple(fitted)


_DATE_RE = re.compile(r"^\s*(\d{4})(?:\s*[-/.年]\s*(\d{1,2})(?:\s*[-/.月]\s*(\d{1,2})\s*日?)?)?")


def id3_date(date: str | None) -> str | None:
    """``YYYY[-MM[-DD]]`` from an ISO or Chinese-style date (2024-05-03, 2024年5月3日)."""
    if not date:
        return None
    m = _DATE_RE.match(date)
    if not m:
        return None
    year, month, day = m.groups()
    out = year
    if month and 1 <= int(month) <= 12:
        out += f"-{int(month):02d}"
        if day and 1 <= int(day) <= 31:
            out += f"-{int(day):02d}"
    return out


def _chapter_ordered(id3_class: type) -> type:
    """An ID3 class that writes CHAP frames in chapter order, after the other frames.

    mutagen orders frames by size when it saves, so chapters would land in the file in a
    size-dependent order. Players that follow the CTOC don't mind, but ffprobe, ffmpeg (and
    the tools built on them) list chapters in file order, so a listener skipping through a
    converted file would jump around.

    mutagen's public API offers no hook for the order of frames, so this overrides its frame
    writer (``_write``, ``save_frame``): pyproject pins the mutagen releases it was tested
    with, and ``test_chapter_frames_are_written_in_chapter_order`` reads the order back.
    """
    from mutagen.id3._tags import save_frame

    class ChapterOrderedID3(id3_class):  # type: ignore[misc]
        def _write(self, config):  # type: ignore[no-untyped-def]
            chapters = sorted(self.getall("CHAP"), key=lambda f: (f.start_time, f.end_time))
            self.delall("CHAP")
            try:
                head = super()._write(config)
            finally:
                for frame in chapters:
                    self.add(frame)
            return head + b"".join(save_frame(f, config=config) for f in chapters)

    return ChapterOrderedID3


def tag_mp3(
    path: Path,
    *,
    title: str,
    chapters: Sequence[ChapterMark],
    transcript: str,
    date: str | None,
    settings: Mp3Settings,
    loudness: MeasuredLoudness | None = None,
) -> None:
    """Write ID3 v2.3 tags: title, artist, album, date, transcript, chapters and the measured
    loudness (TXXX ``LOUDNESS``, JSON, so a station's playout check can read it)."""
    from mutagen.id3 import ID3, TALB, TDRC, TIT2, TLAN, TPE1, TXXX, USLT, Encoding

    enc = Encoding.UTF16  # v2.3 has no UTF-8; UTF-16 with BOM is what v2.3 readers expect
    tags = _chapter_ordered(ID3)()
    tags.add(TIT2(encoding=enc, text=[title]))
    if settings.artist:
        tags.add(TPE1(encoding=enc, text=[settings.artist]))
    if settings.album:
        tags.add(TALB(encoding=enc, text=[settings.album]))
    stamp = id3_date(date)
    if stamp:
        tags.add(TDRC(encoding=enc, text=[stamp]))  # becomes TYER (+TDAT) below
    tags.add(TLAN(encoding=enc, text=["chi"]))
    tags.add(USLT(encoding=enc, lang="chi", desc="", text=transcript))
    if loudness is not None:
        tags.add(TXXX(encoding=enc, desc=LOUDNESS_TAG, text=[json.dumps(loudness.to_dict())]))
    if len(chapters) > 255:
        # The script keeps bulletins within this (see audiobulletin.script.MAX_CHAPTERS).
        raise OutputError(
            f"{len(chapters)} chapters do not fit an ID3 table of contents (255 at most)."
        )
    if settings.cover:
        tags.add(_cover_frame(Path(settings.cover)))
    for frame in _chapter_frames(chapters):
        tags.add(frame)
    # save(v2_version=3) alone would write the v2.4 TDRC frame into a v2.3 tag, where readers
    # ignore it; update_to_v23 turns it into TYER + TDAT first.
    tags.update_to_v23()
    tags.save(str(path), v2_version=3)


def _cover_frame(art: Path) -> Frame:
    """The APIC frame of the front cover; an unreadable file is an :class:`OutputError`."""
    from mutagen.id3 import APIC, Encoding

    mime = "image/png" if art.suffix.lower() == ".png" else "image/jpeg"
    try:
        data = art.read_bytes()
    except OSError as exc:
        raise OutputError(f"Cannot read the cover art '{art}': {exc.strerror}.") from None
    return APIC(encoding=Encoding.UTF16, mime=mime, type=3, desc="", data=data)  # 3: front


def _chapter_frames(chapters: Sequence[ChapterMark]) -> list[Frame]:
    """The ID3 table of contents (CTOC) and one CHAP frame per chapter, timed in ms."""
    from mutagen.id3 import CHAP, CTOC, TIT2, CTOCFlags, Encoding

    enc = Encoding.UTF16
    ids = [f"chp{i}" for i in range(len(chapters))]
    toc = CTOC(
        element_id="toc",
        flags=CTOCFlags.TOP_LEVEL | CTOCFlags.ORDERED,
        child_element_ids=ids,
        sub_frames=[TIT2(encoding=enc, text=["Chapters"])],
    )
    return [toc] + [
        CHAP(
            element_id=element_id,
            start_time=chapter.start_ms,
            end_time=chapter.end_ms,
            start_offset=0xFFFFFFFF,  # "not given": players seek by time
            end_offset=0xFFFFFFFF,
            sub_frames=[TIT2(encoding=enc, text=[chapter.title])],
        )
        for element_id, chapter in zip(ids, chapters, strict=True)
    ]


def read_loudness_tag(path: Path) -> MeasuredLoudness | None:
    """The loudness figures tagged into a published MP3, or None."""
    from mutagen.id3 import ID3, ID3NoHeaderError

    try:
        frames = ID3(str(path)).getall(f"TXXX:{LOUDNESS_TAG}")
    except (ID3NoHeaderError, OSError):
        return None
    try:
        return MeasuredLoudness.from_dict(json.loads(frames[0].text[0])) if frames else None
    except (ValueError, KeyError, TypeError):
        return None
