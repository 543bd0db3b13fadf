"""Assembly: trimmed clips, deliberate pauses, exact chapter marks and cues."""

from __future__ import annotations

import pytest

from audiobulletin.assemble import (
    AssembleSettings,
    Bulletin,
    ChapterMark,
    Cue,
    assemble,
)
from audiobulletin.audio import trim_silence, voiced_bounds
from audiobulletin.engines.fake import FakeEngine
from audiobulletin.loudness import LoudnessTarget
from audiobulletin.script import Script, Segment
from audiobulletin.synth import SynthSettings, synthesize

SETTINGS = AssembleSettings(
    lead_in_ms=200,
    lead_out_ms=500,
    sentence_pause_ms=150,
    full_stop_pause_ms=350,
    chapter_pause_ms=1000,
    trim_pad_ms=10,
)


def seg(title: str, *sentences: str) -> Segment:
    return Segment(title, "".join(sentences), "".join(sentences), tuple(sentences))


def make_script() -> Script:
    return Script(
        title="测试简报",
        intro=seg("导语", "今天有三条消息。"),  # 7 voiced characters
        segments=(
            seg("经济", "经济增长百分之五，", "市场总体平稳。"),  # 8, 6
            seg("天气", "明天全市晴。", "气温回升。"),  # 5, 4
        ),
    )


def build(engine: FakeEngine | None = None, settings: AssembleSettings = SETTINGS) -> Bulletin:
    result = synthesize(make_script(), engine or FakeEngine(), SynthSettings(voice="v"))
    return assemble(result, settings)


def test_chapters_and_cues_to_the_millisecond() -> None:
    # Fake clips: 100 ms silence + 150 ms per voiced character + 100 ms silence; trimming
    # keeps 10 ms of silence each side, so a clip of n characters lasts 150 n + 20 ms.
    b = build()
    assert b.cues == (
        Cue(200, 1270, "今天有三条消息。"),  # lead-in 200, 7 chars
        Cue(2270, 3490, "经济增长百分之五，"),  # + chapter pause 1000, 8 chars
        Cue(3640, 4560, "市场总体平稳。"),  # + comma pause 150, 6 chars
        Cue(5560, 6330, "明天全市晴。"),  # + chapter pause 1000, 5 chars
        Cue(6680, 7300, "气温回升。"),  # + full-stop pause 350, 4 chars
    )
    assert b.chapters == (
        ChapterMark("导语", 0, 2270),
        ChapterMark("经济", 2270, 5560),
        ChapterMark("天气", 5560, 7800),  # + lead-out 500
    )
    assert b.duration_ms == 7800
    assert b.samples == 7800 * 24
    assert b.sample_rate == 24000


def test_chapter_starts_at_its_first_sample_of_speech() -> None:
    b = build(settings=AssembleSettings(trim_pad_ms=0))
    for chapter in b.chapters[1:]:
        first = chapter.start_ms * 24
        assert b.pcm[2 * first : 2 * first + 2] != b"\x00\x00"
        assert b.pcm[2 * (first - 1) : 2 * first] == b"\x00\x00"


def test_pauses_are_silent_and_speech_is_not() -> None:
    b = build()
    for cue in b.cues:
        inner = b.pcm[2 * 24 * cue.start_ms : 2 * 24 * cue.end_ms]
        bounds = voiced_bounds(inner)
        assert bounds == (10 * 24, len(inner) // 2 - 10 * 24)  # just the 10 ms padding
    gaps = [(a.end_ms, b2.start_ms) for a, b2 in zip(b.cues, b.cues[1:], strict=False)]
    for start, end in [(0, b.cues[0].start_ms), *gaps, (b.cues[-1].end_ms, b.duration_ms)]:
        assert voiced_bounds(b.pcm[2 * 24 * start : 2 * 24 * end]) is None


def test_chapters_are_contiguous_at_other_sample_rates() -> None:
    b = build(FakeEngine(sample_rate=22050))
    assert b.chapters[0].start_ms == 0
    for a, c in zip(b.chapters, b.chapters[1:], strict=False):
        assert a.end_ms == c.start_ms
    assert b.chapters[-1].end_ms == b.duration_ms == round(b.samples * 1000 / 22050)


def test_loudness_target_is_carried_for_the_encoder() -> None:
    assert build().loudness == LoudnessTarget(-16.0, -1.0, 11.0)
    assert build(settings=AssembleSettings(loudness=None)).loudness is None


def test_trim_keeps_padding_where_there_is_silence() -> None:
    clip = FakeEngine(lead_ms=5, tail_ms=100).synthesize("你好", "v")
    trimmed = trim_silence(clip.pcm, 24000, pad_ms=20)
    assert len(trimmed) // 2 == 24 * (5 + 300 + 20)  # only 5 ms existed before the speech


def test_trim_never_empties_a_silent_clip() -> None:
    silent = b"\x00\x00" * 2400
    assert trim_silence(silent, 24000) == silent


def test_trim_threshold() -> None:
    quiet = FakeEngine(amplitude=200, lead_ms=100, tail_ms=100).synthesize("你好", "v")
    assert trim_silence(quiet.pcm, 24000, threshold_db=-40) == quiet.pcm  # below: all silence
    assert len(trim_silence(quiet.pcm, 24000, threshold_db=-60, pad_ms=0)) == 2 * 24 * 300


@pytest.mark.parametrize(
    ("text", "full"),
    [
        ("好。", True),
        ("好！", True),
        ("好？”", True),
        ("好……", True),
        ("好.", True),
        ("好；", False),
        ("好，", False),
        ("好", False),
    ],
)
def test_a_full_stop_gets_the_longer_pause_and_a_clause_the_shorter(text: str, full: bool) -> None:
    script = Script("t", None, (seg("甲", text, "后文。"),))
    result = synthesize(script, FakeEngine(), SynthSettings(voice="v"))
    bulletin = assemble(result, SETTINGS)
    first, second = bulletin.cues
    gap = second.start_ms - first.end_ms
    assert gap == (SETTINGS.full_stop_pause_ms if full else SETTINGS.sentence_pause_ms)


@pytest.mark.parametrize(
    ("kw", "name"),
    [
        ({"lead_in_ms": -1}, "lead_in_ms"),
        ({"chapter_pause_ms": 1.5}, "chapter_pause_ms"),
        ({"sentence_pause_ms": 20_000}, "sentence_pause_ms"),
        ({"trim_db": 3.0}, "trim_db"),
    ],
)
def test_settings_are_validated(kw: dict[str, object], name: str) -> None:
    with pytest.raises(ValueError, match=name):
        AssembleSettings(**kw)  # type: ignore[arg-type]


def test_loudness_target_is_validated() -> None:
    with pytest.raises(ValueError, match="integrated_lufs"):
        LoudnessTarget(integrated_lufs=0.0)
    with pytest.raises(ValueError, match="true_peak_db"):
        LoudnessTarget(true_peak_db=1.0)
