"""The fake engine's output is an exact function of the text; the other tests rely on that."""

from __future__ import annotations

import pytest

from audiobulletin.audio import voiced_bounds
from audiobulletin.engines import create
from audiobulletin.engines.fake import FakeEngine, voiced_chars
from audiobulletin.errors import EngineError


def test_registered_under_fake() -> None:
    engine = create("fake", ms_per_char=100)
    assert isinstance(engine, FakeEngine)
    assert engine.name == "fake"
    assert engine.model_id != FakeEngine().model_id  # the audio differs, so must the key


def test_voiced_characters() -> None:
    assert voiced_chars("你好，世界。") == 4
    assert voiced_chars("GDP增长5%") == 6
    assert voiced_chars("……“”") == 0


def test_length_follows_text_exactly() -> None:
    engine = FakeEngine(ms_per_char=150, lead_ms=100, tail_ms=100, sample_rate=24000)
    clip = engine.synthesize("你好，世界。", "v")
    assert clip.sample_rate == 24000
    assert clip.samples == 24 * (100 + 4 * 150 + 100)
    assert clip.duration_ms == 800.0
    # The voiced span is found to the sample: every sample of the square wave is loud.
    assert voiced_bounds(clip.pcm) == (2400, 2400 + 14400)


def test_rate_shortens_speech() -> None:
    clip = FakeEngine(lead_ms=0, tail_ms=0).synthesize("你好", "v", rate=2.0)
    assert clip.duration_ms == 150.0


def test_deterministic_and_distinct() -> None:
    a, b = FakeEngine(), FakeEngine()
    assert a.synthesize("今天晴。", "v") == b.synthesize("今天晴。", "v")
    assert a.synthesize("今天晴。", "v").pcm != a.synthesize("明天雨。", "v").pcm


def test_calls_are_recorded() -> None:
    engine = FakeEngine()
    engine.synthesize("一。", "v")
    engine.synthesize("二。", "v")
    assert engine.calls == ["一。", "二。"]


def test_injected_faults() -> None:
    engine = FakeEngine(fail_on={"坏。"}, empty_on={"空。"}, short_on={"短句子。": 2})
    with pytest.raises(EngineError):
        engine.synthesize("坏。", "v")
    assert voiced_bounds(engine.synthesize("空。", "v").pcm) is None
    full = 24 * 150 * 3
    lengths = []
    for _ in range(3):
        bounds = voiced_bounds(engine.synthesize("短句子。", "v").pcm)
        assert bounds is not None
        lengths.append(bounds[1] - bounds[0])
    assert lengths == [full // 5, full // 5, full]


def test_max_chars_enforced() -> None:
    with pytest.raises(EngineError):
        FakeEngine(max_chars=3).synthesize("一二三四", "v")
