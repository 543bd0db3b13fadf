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
from audiobulletin.loudness import LOUDNESS_PRESETS, LoudnessTarget
from audiobulletin.synth import SynthResult
from audiobulletin.zh import ELLIPSIS, FULL_STOPS, ends_sentence

#: A sentence ending in one of these gets the longer pause (closing quotes are looked through);
#: a semicolon or a clause mark gets the shorter one.
_LONG_PAUSE_AFTER = FULL_STOPS + ELLIPSIS + "."


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
    loudness: LoudnessTarget | None = LOUDNESS_PRESETS["podcast"]

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


class ChapterMark(NamedTuple):
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
    chapters: tuple[ChapterMark, ...]
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

    chapters: list[ChapterMark] = []
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
        chapters.append(ChapterMark(chapter.title, _ms(chapter_start, sr), _ms(pos, sr)))

    return Bulletin(
        pcm=b"".join(parts),
        sample_rate=sr,
        chapters=tuple(chapters),
        cues=tuple(cues),
        loudness=settings.loudness,
        warnings=result.warnings,
    )
