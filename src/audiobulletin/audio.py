"""Small audio helpers shared by synthesis, assembly and publishing.

Two jobs live here so that the rest of the speech half never guesses:

* Finding ffmpeg. The system binary is preferred (it is usually newer and may have more
  encoders); when there is none, the binary bundled with the ``imageio-ffmpeg`` wheel is used,
  so a pip-only install works. ffprobe is never needed at run time, because the pip wheel does
  not ship it.
* Measuring and trimming silence in int16 PCM. Synthesis uses the same measure to judge whether
  a clip is plausibly complete as assembly uses to trim it, so the two never disagree.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from functools import lru_cache

from audiobulletin.errors import OutputError

#: Default level under which a sample counts as silence: -40 dBFS, well above the noise floor
#: of neural TTS output and well below the quietest consonant onsets.
DEFAULT_SILENCE_DB = -40.0


@dataclass(frozen=True)
class AudioClip:
    """Mono signed 16-bit little-endian PCM and its sample rate.

    Durations are derived from the sample count, so timings downstream are exact.
    """

    pcm: bytes
    sample_rate: int

    @property
    def samples(self) -> int:
        return len(self.pcm) // 2

    @property
    def duration_ms(self) -> float:
        return 1000.0 * self.samples / self.sample_rate


@lru_cache(maxsize=1)
def ffmpeg_exe() -> str:
    """Path of the ffmpeg binary: the system one on PATH, else the imageio-ffmpeg one."""
    found = shutil.which("ffmpeg")
    if found:
        return found
    try:
        import imageio_ffmpeg

        return str(imageio_ffmpeg.get_ffmpeg_exe())
    except Exception as exc:  # the wheel raises RuntimeError when its binary is missing
        raise OutputError(
            "ffmpeg was not found.",
            hint="Install ffmpeg (e.g. `apt install ffmpeg`) or `pip install imageio-ffmpeg`.",
        ) from exc


def db_to_amplitude(db: float) -> int:
    """int16 amplitude of a level in dBFS (0 dBFS = 32767)."""
    return max(1, round(32767 * 10 ** (db / 20)))


def voiced_bounds(pcm: bytes, threshold_db: float = DEFAULT_SILENCE_DB) -> tuple[int, int] | None:
    """Sample range ``[first, last + 1)`` whose ends are louder than ``threshold_db``.

    Returns None when no sample is above the threshold (the clip is silent).
    """
    import numpy as np

    samples = np.frombuffer(pcm[: len(pcm) // 2 * 2], dtype="<i2")
    if samples.size == 0:
        return None
    loud = np.flatnonzero(np.abs(samples.astype(np.int32)) > db_to_amplitude(threshold_db))
    if loud.size == 0:
        return None
    return int(loud[0]), int(loud[-1]) + 1


def voiced_ms(clip: AudioClip, threshold_db: float = DEFAULT_SILENCE_DB) -> float:
    """Duration from the first to the last non-silent sample, in ms (0.0 for a silent clip)."""
    bounds = voiced_bounds(clip.pcm, threshold_db)
    if bounds is None:
        return 0.0
    return 1000.0 * (bounds[1] - bounds[0]) / clip.sample_rate


def trim_silence(
    pcm: bytes, sample_rate: int, threshold_db: float = DEFAULT_SILENCE_DB, pad_ms: float = 20.0
) -> bytes:
    """Cut leading and trailing silence, keeping ``pad_ms`` of it on each side where present.

    The padding keeps soft onsets and releases that sit just under the threshold. A clip with
    nothing above the threshold is returned unchanged rather than trimmed to nothing: silence
    is judged by synthesis, not hidden here.
    """
    bounds = voiced_bounds(pcm, threshold_db)
    if bounds is None:
        return pcm
    pad = round(pad_ms * sample_rate / 1000)
    n = len(pcm) // 2
    start = max(0, bounds[0] - pad)
    end = min(n, bounds[1] + pad)
    return pcm[2 * start : 2 * end]


def silence(ms: float, sample_rate: int) -> bytes:
    """``ms`` of digital silence as int16 PCM, rounded to whole samples."""
    return b"\x00\x00" * round(ms * sample_rate / 1000)


def decode_mp3(data: bytes, sample_rate: int) -> bytes:
    """Decode an MP3 byte stream to mono int16 PCM at ``sample_rate`` with ffmpeg.

    Online engines deliver MP3; decoding here keeps everything after synthesis working on
    PCM, whichever engine spoke.
    """
    import subprocess

    if not data:
        return b""
    run = subprocess.run(
        [
            *(ffmpeg_exe(), "-v", "error", "-f", "mp3", "-i", "pipe:0"),
            *("-f", "s16le", "-ac", "1", "-ar", str(sample_rate), "pipe:1"),
        ],
        input=data,
        capture_output=True,
    )
    if run.returncode != 0:
        from audiobulletin.errors import EngineError

        reason = run.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or ["?"]
        raise EngineError(f"Cannot decode the MP3 audio the engine returned: {reason[0]}")
    return run.stdout
