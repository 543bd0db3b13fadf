"""Broadcast WAV (``make --format wav``): the bulletin as radio playout systems take it.

A Broadcast Wave Format file (EBU Tech 3285) is a RIFF/WAVE file of linear PCM with a
``bext`` chunk that tells a playout system or an archive what the audio is. Here it is 48 kHz
mono, 16- or 24-bit, normalised to the broadcast preset (EBU R128: -23 LUFS, true peak at most
-1 dBTP) unless told otherwise, with:

* ``bext`` (version 2): description = the bulletin's title, originator = the station (the
  artist setting) or the report's source, origination date and time = the report's own
  (else the time the file was made), the coding history, and the loudness figures that
  version 2 of the chunk carries (integrated loudness, loudness range, maximum true peak,
  maximum momentary and short-term loudness, each a signed 16-bit count of hundredths),
  measured by ffmpeg's ``ebur128`` on the very samples written;
* ``cue `` and ``LIST``/``adtl``: one cue point per chapter at the chapter's first sample,
  with its title as a ``labl``, which audio editors, playout systems and ffprobe (as
  chapters) show as markers;
* ``LIST``/``INFO``: title, artist, date and software, which ffprobe and players show.

The text fields of ``bext`` are ASCII in the specification. Chinese titles and station
names are written in UTF-8 there (cut at a character boundary to fit the field); ``labl``
and ``INFO`` texts are UTF-8 too, which current editors read.

The audio goes through Python's :mod:`wave` (the ``fmt `` and ``data`` chunks); the other
chunks are assembled here with :mod:`struct`, each padded to an even length as RIFF requires.
:func:`read_chunks` is the matching reader, used to read the figures back.
"""

from __future__ import annotations

import io
import math
import struct
import subprocess
import time
import wave
from collections.abc import Sequence
from dataclasses import dataclass

from audiobulletin.assemble import Bulletin, ChapterMark
from audiobulletin.audio import ffmpeg_exe
from audiobulletin.errors import OutputError

#: The sample rate of broadcast audio (EBU R68, AES5).
SAMPLE_RATE = 48_000
#: Sample sizes a BWF is written in.
BIT_DEPTHS = (16, 24)
#: Version of the ``bext`` chunk: 2 carries the loudness figures.
BEXT_VERSION = 2
#: A RIFF file cannot be larger (its sizes are 32-bit).
_RIFF_MAX = 2**32 - 1


@dataclass(frozen=True)
class BextInfo:
    """What the ``bext`` chunk says about the audio besides its loudness."""

    description: str
    """The bulletin's title (at most 256 bytes are kept)."""
    originator: str = ""
    """Who made it: the station, else the report's source (at most 32 bytes)."""
    date: str | None = None
    """Origination date, ``YYYY-MM-DD``; None: the day the file is made."""
    time: str | None = None
    """Origination time, ``HH:MM`` or ``HH:MM:SS``; None: the time the file is made."""
    reference: str = ""
    """OriginatorReference: a reference of the originator's (ASCII, at most 32 bytes)."""
    software: str = "audiobulletin"
    """Named in the coding history and the INFO chunk."""


@dataclass(frozen=True)
class Loudness:
    """The EBU Tech 3285 v2 loudness figures of the written samples."""

    integrated_lufs: float
    lra_lu: float
    true_peak_dbtp: float
    max_momentary_lufs: float
    max_short_term_lufs: float


def _fixed(text: str, size: int) -> bytes:
    """``text`` in UTF-8, cut at a character boundary to ``size`` bytes, NUL-padded."""
    data = text.encode("utf-8")[:size]
    while data:
        try:
            data.decode("utf-8")
            break
        except UnicodeDecodeError:
            data = data[:-1]
    return data.ljust(size, b"\0")


def _hundredths(value: float) -> int:
    """A figure as bext stores it: hundredths in a signed 16-bit field (silence: -inf is
    the lowest value the field holds)."""
    if not math.isfinite(value):
        return -32768 if value < 0 else 32767
    return max(-32768, min(32767, round(value * 100)))


def _chunk(kind: bytes, payload: bytes) -> bytes:
    """One RIFF chunk: 4-byte id, 32-bit little-endian size, payload, a pad byte if odd."""
    assert len(kind) == 4
    return kind + struct.pack("<I", len(payload)) + payload + (b"\0" if len(payload) % 2 else b"")


def bext_chunk(info: BextInfo, loudness: Loudness, bits: int, made: time.struct_time) -> bytes:
    """The ``bext`` chunk (EBU Tech 3285 v2, 602 bytes before the coding history)."""
    date = info.date or time.strftime("%Y-%m-%d", made)
    clock = info.time or time.strftime("%H:%M:%S", made)
    if len(clock) == 5:
        clock += ":00"
    history = f"A=PCM,F={SAMPLE_RATE},W={bits},M=mono,T={info.software}\r\n"
    payload = b"".join(
        [
            _fixed(info.description, 256),
            _fixed(info.originator, 32),
            _fixed(info.reference, 32),
            _fixed(date, 10),
            _fixed(clock, 8),
            struct.pack("<II", 0, 0),  # TimeReference: samples since midnight (none here)
            struct.pack("<H", BEXT_VERSION),
            bytes(64),  # UMID: none
            struct.pack(
                "<hhhhh",
                _hundredths(loudness.integrated_lufs),
                _hundredths(loudness.lra_lu),
                _hundredths(loudness.true_peak_dbtp),
                _hundredths(loudness.max_momentary_lufs),
                _hundredths(loudness.max_short_term_lufs),
            ),
            bytes(180),  # reserved
            history.encode("ascii", "replace"),
        ]
    )
    return _chunk(b"bext", payload)


def _zstr(text: str) -> bytes:
    return text.encode("utf-8") + b"\0"


def cue_chunks(chapters: Sequence[ChapterMark]) -> bytes:
    """``cue `` with one point per chapter (at its first sample, ids from 1) and
    ``LIST``/``adtl`` with each point's ``labl`` (the title).

    A chapter ends where the next begins, so no ``ltxt`` region lengths are written: ffmpeg
    (5.1) stops reading the labels at the first ``ltxt``.
    """
    points = []
    notes = []
    for number, chapter in enumerate(chapters, 1):
        start = round(chapter.start_ms * SAMPLE_RATE / 1000)
        points.append(struct.pack("<II4sIII", number, start, b"data", 0, 0, start))
        notes.append(_chunk(b"labl", struct.pack("<I", number) + _zstr(chapter.title)))
    cue = _chunk(b"cue ", struct.pack("<I", len(points)) + b"".join(points))
    return cue + _chunk(b"LIST", b"adtl" + b"".join(notes))


def info_chunk(info: BextInfo, date: str) -> bytes:
    """``LIST``/``INFO``: title, artist, creation date and software."""
    fields = [(b"INAM", info.description), (b"IART", info.originator), (b"ICRD", date)]
    fields.append((b"ISFT", info.software))
    return _chunk(b"LIST", b"INFO" + b"".join(_chunk(k, _zstr(v)) for k, v in fields if v))


def broadcast_pcm(bulletin: Bulletin, bits: int) -> bytes:
    """The bulletin as mono PCM at 48 kHz, ``bits`` per sample, little-endian, normalised
    to the bulletin's loudness target by the same gain and limiter as the MP3
    (:func:`audiobulletin.publish.mp3.loudness_filters`), without an encoder to correct for.
    """
    from audiobulletin.publish.mp3 import loudness_filters, measure_loudness

    filters: list[str] = []
    if bulletin.loudness is not None:
        integrated, peak = measure_loudness(bulletin.pcm, bulletin.sample_rate)
        filters = loudness_filters(integrated, peak, bulletin.loudness)
    filters.append(f"aresample={SAMPLE_RATE}")
    sample_format = "s16le" if bits == 16 else "s24le"
    return _ffmpeg(
        ["-f", "s16le", "-ar", str(bulletin.sample_rate), "-ac", "1", "-i", "pipe:0",
         "-af", ",".join(filters), "-ac", "1", "-ar", str(SAMPLE_RATE),
         "-f", sample_format, "pipe:1"],
        bulletin.pcm,
        "resampling for the WAV",
    )  # fmt: skip


def _ffmpeg(args: list[str], data: bytes, what: str) -> bytes:
    try:
        run = subprocess.run(
            [ffmpeg_exe(), "-hide_banner", "-nostdin", "-nostats", "-loglevel", "error", *args],
            input=data,
            capture_output=True,
            check=False,
        )
    except OSError as exc:
        raise OutputError(f"Could not run ffmpeg for {what}: {exc}") from exc
    if run.returncode != 0:
        tail = " ".join(run.stderr.decode("utf-8", "replace").strip().splitlines()[-3:])
        raise OutputError(f"ffmpeg failed while {what}: {tail}")
    return run.stdout


def measure(pcm: bytes, bits: int) -> Loudness:
    """The bext loudness figures of 48 kHz mono PCM, from ffmpeg's ``ebur128`` in its
    ``key=value`` form (per 100 ms block: the last block holds the integrated loudness, the
    loudness range and the highest true peak so far, as an amplitude; the maxima of the
    momentary and short-term loudness are taken over all blocks)."""
    sample_format = "s16le" if bits == 16 else "s24le"
    printed = _ffmpeg(
        ["-f", sample_format, "-ar", str(SAMPLE_RATE), "-ac", "1", "-i", "pipe:0",
         "-af", "ebur128=peak=true:metadata=1,ametadata=mode=print:file=-", "-f", "null", "-"],
        pcm,
        "measuring the WAV's loudness",
    ).decode("utf-8", "replace")  # fmt: skip
    last: dict[str, float] = {}
    highest = {"lavfi.r128.M": -math.inf, "lavfi.r128.S": -math.inf}
    for line in printed.splitlines():
        key, sep, value = line.strip().partition("=")
        if not sep or not key.startswith("lavfi.r128."):
            continue
        try:
            number = float(value)
        except ValueError:
            continue
        last[key] = number
        if key in highest:
            highest[key] = max(highest[key], number)
    if "lavfi.r128.I" not in last:
        raise OutputError("ffmpeg ebur128 printed no loudness figures for the WAV.")
    amplitude = last.get("lavfi.r128.true_peak", 0.0)
    return Loudness(
        integrated_lufs=last["lavfi.r128.I"],
        lra_lu=last.get("lavfi.r128.LRA", 0.0),
        true_peak_dbtp=20 * math.log10(amplitude) if amplitude > 0 else -math.inf,
        max_momentary_lufs=highest["lavfi.r128.M"],
        max_short_term_lufs=highest["lavfi.r128.S"],
    )


def bwf_bytes(
    pcm: bytes,
    bits: int,
    chapters: Sequence[ChapterMark],
    info: BextInfo,
    loudness: Loudness,
    *,
    made: time.struct_time | None = None,
) -> bytes:
    """The whole file: ``RIFF``/``WAVE`` with ``bext``, ``fmt ``, ``data``, ``cue ``,
    ``LIST``/``adtl`` and ``LIST``/``INFO``, in that order (``bext`` first, where archives
    look for it)."""
    if bits not in BIT_DEPTHS:
        raise ValueError(f"bits must be one of {BIT_DEPTHS}, got {bits}")
    made = made or time.localtime()
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as audio:
        audio.setnchannels(1)
        audio.setsampwidth(bits // 8)
        audio.setframerate(SAMPLE_RATE)
        audio.writeframes(pcm)
    plain = buffer.getvalue()
    chunks = dict(read_chunks(plain))  # fmt and data, as wave wrote them
    body = b"".join(
        [
            bext_chunk(info, loudness, bits, made),
            _chunk(b"fmt ", chunks[b"fmt "]),
            _chunk(b"data", chunks[b"data"]),
            cue_chunks(chapters),
            info_chunk(info, info.date or time.strftime("%Y-%m-%d", made)),
        ]
    )
    if len(body) + 4 > _RIFF_MAX:
        raise OutputError("The bulletin is too long for one WAV file (4 GB).")
    return b"RIFF" + struct.pack("<I", len(body) + 4) + b"WAVE" + body


def read_chunks(data: bytes) -> list[tuple[bytes, bytes]]:
    """The top-level chunks of a RIFF/WAVE file, in order, as (id, payload)."""
    if data[:4] != b"RIFF" or data[8:12] != b"WAVE":
        raise ValueError("not a RIFF/WAVE file")
    out = []
    pos = 12
    end = min(len(data), 8 + struct.unpack("<I", data[4:8])[0])
    while pos + 8 <= end:
        kind = data[pos : pos + 4]
        size = struct.unpack("<I", data[pos + 4 : pos + 8])[0]
        out.append((kind, data[pos + 8 : pos + 8 + size]))
        pos += 8 + size + (size % 2)
    return out


def read_bext_loudness(data: bytes) -> Loudness | None:
    """The loudness figures of a BWF's ``bext`` chunk (None without a version-2 chunk)."""
    for kind, payload in read_chunks(data):
        if kind == b"bext" and len(payload) >= 602:
            (version,) = struct.unpack("<H", payload[346:348])
            if version < 2:
                return None
            values = struct.unpack("<hhhhh", payload[412:422])
            return Loudness(*(v / 100 for v in values))
    return None
