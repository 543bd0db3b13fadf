"""Clips -> one continuous bulletin with chapter marks and sentence cues.

Each clip loses the engine's own leading and trailing silence, and the pauses are then put
back on purpose: shorter inside a sentence run, longer after a full stop, longest between
chapters. This makes the rhythm independent of how much silence a particular model happens to
emit, and it makes every time mark exact: chapters and cues are computed in samples from the
trimmed clips that are actually joined, never estimated.

Chapters are contiguous: the pause between two chapters belongs to the end of the earlier one,
so a chapter starts at the first sample of its speech (a listener who jumps to it hears speech
at once), the first chapter starts at 0 and the last ends at the end of the audio.

Loudness is not changed here. It is noted in the bulletin and applied when the MP3 is encoded
(see :mod:`audiobulletin.publish.mp3`: ffmpeg's ``ebur128`` measures integrated loudness and
true peak, one gain and a limiter apply them).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from audiobulletin.audio import DEFAULT_SILENCE_DB, silence, trim_silence
from audiobulletin.synth import SynthResult
from audiobulletin.zh import ELLIPSIS, FULL_STOPS, ends_sentence

#: A sentence ending in one of these gets the longer pause (closing quotes are looked through);
#: a semicolon or a clause mark gets the shorter one.
_LONG_PAUSE_AFTER = FULL_STOPS + ELLIPSIS + "."


@dataclass(frozen=True)
class LoudnessTarget:
    """Loudness the published file is normalised to.

    The defaults are the usual spoken-word podcast target: -16 LUFS integrated with true peak
    at most -1 dBTP (room for the MP3 encoder's overshoot).
    """

    integrated_lufs: float = -16.0
    true_peak_db: float = -1.0
    lra: float = 11.0

    def __post_init__(self) -> None:
        if not -70.0 <= self.integrated_lufs <= -5.0:
            raise ValueError(
                f"LoudnessTarget.integrated_lufs must be in -70..-5, got {self.integrated_lufs}"
            )
        if not -9.0 <= self.true_peak_db <= 0.0:
            raise ValueError(
                f"LoudnessTarget.true_peak_db must be in -9..0, got {self.true_peak_db}"
            )
        if not 1.0 <= self.lra <= 20.0:
            raise ValueError(f"LoudnessTarget.lra must be in 1..20, got {self.lra}")


#: Named loudness targets: spoken-word podcasts (Apple, Spotify: -16 LUFS) and EBU R128
#: broadcast (-23 LUFS); both keep the true peak at -1 dBTP for the MP3 encoder's overshoot.
LOUDNESS_PRESETS: dict[str, LoudnessTarget] = {
    "podcast": LoudnessTarget(-16.0, -1.0),
    "broadcast": LoudnessTarget(-23.0, -1.0),
}


def parse_loudness(value: str) -> LoudnessTarget | None:
    """``podcast``, ``broadcast``, ``off`` (None: level left as synthesized) or a number of
    LUFS such as ``-18``; a ValueError names what is accepted."""
    text = value.strip().lower()
    if text == "off":
        return None
    if text in LOUDNESS_PRESETS:
        return LOUDNESS_PRESETS[text]
    try:
        lufs = float(text.removesuffix("lufs").strip())
    except ValueError:
        raise ValueError(
            f"loudness must be podcast, broadcast, off or a number of LUFS, got {value!r}"
        ) from None
    if not lufs < 0:  # also NaN
        # Loudness in LUFS is always below 0; guessing that "18" meant -18 would silently
        # turn a typo (or a dB figure from another tool) into a different target.
        raise ValueError(
            f"a loudness target is a negative number of LUFS (e.g. -18), got {value.strip()!r}"
        )
    if not -70.0 <= lufs <= -5.0:
        raise ValueError(f"a loudness target must be within -70..-5 LUFS, got {lufs:g}")
    return LoudnessTarget(lufs, -1.0)


def loudness_label(target: LoudnessTarget | None) -> str:
    """The preset's name, ``off``, or the custom figure (for reports and messages)."""
    if target is None:
        return "off"
    for name, preset in LOUDNESS_PRESETS.items():
        if preset == target:
            return name
    return f"{target.integrated_lufs:g} LUFS"


@dataclass(frozen=True)
class AssembleSettings:
    """Pauses, trimming and loudness of the assembled bulletin (all times in ms).

    ``sentence_pause_ms`` follows a sentence that ends mid-thought (with ，；： or nothing);
    ``full_stop_pause_ms`` one that ends with 。！？; ``chapter_pause_ms`` replaces either at
    the end of a chapter. ``lead_in_ms``/``lead_out_ms`` frame the whole bulletin.
    ``trim_db`` is the level under which the engine's leading/trailing audio counts as silence;
    ``trim_pad_ms`` of that silence is kept so soft onsets are not clipped.
    ``loudness`` None leaves the level as synthesized.
    """

    lead_in_ms: int = 300
    lead_out_ms: int = 600
    sentence_pause_ms: int = 250
    full_stop_pause_ms: int = 400
    chapter_pause_ms: int = 900
    trim_db: float = DEFAULT_SILENCE_DB
    trim_pad_ms: int = 20
    loudness: LoudnessTarget | None = LoudnessTarget()

    def __post_init__(self) -> None:
        for name in (
            "lead_in_ms",
            "lead_out_ms",
            "sentence_pause_ms",
            "full_stop_pause_ms",
            "chapter_pause_ms",
            "trim_pad_ms",
        ):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= 10_000:
                raise ValueError(
                    f"AssembleSettings.{name} must be an integer 0..10000 ms, got {value!r}"
                )
        if not -90.0 <= self.trim_db < 0.0:
            raise ValueError(f"AssembleSettings.trim_db must be in -90..0 dBFS, got {self.trim_db}")


class Chapter(NamedTuple):
    """A chapter mark: title and its span in the bulletin, in ms."""

    title: str
    start_ms: int
    end_ms: int


class Cue(NamedTuple):
    """One sentence's span in the bulletin, in ms, and its text."""

    start_ms: int
    end_ms: int
    text: str


@dataclass(frozen=True)
class Bulletin:
    """The assembled audio (mono int16 PCM) and its time marks."""

    pcm: bytes
    sample_rate: int
    chapters: tuple[Chapter, ...]
    cues: tuple[Cue, ...]
    loudness: LoudnessTarget | None = None
    warnings: tuple[str, ...] = ()

    @property
    def samples(self) -> int:
        return len(self.pcm) // 2

    @property
    def duration_ms(self) -> int:
        return _ms(self.samples, self.sample_rate)


def _ms(samples: int, sample_rate: int) -> int:
    return round(samples * 1000 / sample_rate)


def assemble(result: SynthResult, settings: AssembleSettings | None = None) -> Bulletin:
    """Trim, space and join the clips of ``result`` into a :class:`Bulletin`."""
    settings = settings or AssembleSettings()
    sr = result.sample_rate
    parts: list[bytes] = []
    pos = 0  # samples written so far

    def add(chunk: bytes) -> None:
        nonlocal pos
        parts.append(chunk)
        pos += len(chunk) // 2

    chapters: list[Chapter] = []
    cues: list[Cue] = []
    add(silence(settings.lead_in_ms, sr))
    n_chapters = len(result.chapters)
    for ci, chapter in enumerate(result.chapters):
        chapter_start = 0 if ci == 0 else pos
        for si, sentence in enumerate(chapter.clips):
            pcm = trim_silence(sentence.clip.pcm, sr, settings.trim_db, settings.trim_pad_ms)
            start = pos
            add(pcm)
            cues.append(Cue(_ms(start, sr), _ms(pos, sr), sentence.text))
            if si < len(chapter.clips) - 1:
                pause = (
                    settings.full_stop_pause_ms
                    if ends_sentence(sentence.text, _LONG_PAUSE_AFTER)
                    else settings.sentence_pause_ms
                )
            elif ci < n_chapters - 1:
                pause = settings.chapter_pause_ms
            else:
                pause = settings.lead_out_ms
            add(silence(pause, sr))
        chapters.append(Chapter(chapter.title, _ms(chapter_start, sr), _ms(pos, sr)))

    return Bulletin(
        pcm=b"".join(parts),
        sample_rate=sr,
        chapters=tuple(chapters),
        cues=tuple(cues),
        loudness=settings.loudness,
        warnings=result.warnings,
    )
