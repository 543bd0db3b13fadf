"""Synthesis: one clip per sentence, cached by content, parallel, and nothing lost."""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

import pytest

from audiobulletin.audio import voiced_bounds
from audiobulletin.engines.fake import FakeEngine
from audiobulletin.errors import EngineError
from audiobulletin.script import Script, Segment
from audiobulletin.synth import (
    ClipCache,
    EngineSpec,
    SynthSettings,
    synthesize,
)


def seg(title: str, *sentences: str) -> Segment:
    return Segment(title, "".join(sentences), "".join(sentences), tuple(sentences))


def make_script() -> Script:
    return Script(
        title="测试简报",
        intro=seg("导语", "今天有三条消息。"),
        segments=(
            seg("经济", "经济增长百分之五，", "市场总体平稳。"),
            seg("天气", "明天全市晴。", "气温回升。"),
        ),
        date="2024-05-03",
    )


SENTENCES = [
    "今天有三条消息。",
    "经济增长百分之五，",
    "市场总体平稳。",
    "明天全市晴。",
    "气温回升。",
]


def settings(tmp_path: Path | None = None, **kw: object) -> SynthSettings:
    return SynthSettings(voice="zf_001", cache_dir=tmp_path / "cache" if tmp_path else None, **kw)


def voiced_samples(pcm: bytes) -> int:
    bounds = voiced_bounds(pcm)
    assert bounds is not None
    return bounds[1] - bounds[0]


def test_one_clip_per_sentence_in_order() -> None:
    engine = FakeEngine()
    result = synthesize(make_script(), engine, settings())
    assert [c.title for c in result.chapters] == ["导语", "经济", "天气"]
    assert [s.text for c in result.chapters for s in c.clips] == SENTENCES
    assert engine.calls == SENTENCES
    assert result.sample_rate == 24000
    assert result.synthesized == 5 and result.cached == 0 and result.warnings == ()
    first = result.chapters[1].clips[0].clip
    assert first.samples == 24 * (100 + 8 * 150 + 100)


def test_rerun_synthesizes_nothing(tmp_path: Path) -> None:
    first = synthesize(make_script(), FakeEngine(), settings(tmp_path))
    engine = FakeEngine()
    second = synthesize(make_script(), engine, settings(tmp_path))
    assert engine.calls == []
    assert second.cached == 5 and second.synthesized == 0
    assert all(s.cached for c in second.chapters for s in c.clips)
    assert second.chapters == tuple(
        type(c)(c.title, tuple(type(s)(s.text, s.clip, True) for s in c.clips))
        for c in first.chapters
    )
    assert not list((tmp_path / "cache").rglob("*.tmp"))  # atomic writes leave no litter


def test_edit_resynthesizes_only_the_changed_sentence(tmp_path: Path) -> None:
    synthesize(make_script(), FakeEngine(), settings(tmp_path))
    edited = make_script()
    edited = Script(
        edited.title,
        edited.intro,
        (seg("经济", "经济增长百分之六，", "市场总体平稳。"), edited.segments[1]),
    )
    engine = FakeEngine()
    result = synthesize(edited, engine, settings(tmp_path))
    assert engine.calls == ["经济增长百分之六，"]
    assert result.synthesized == 1 and result.cached == 4


def test_cache_key_covers_voice_rate_and_model(tmp_path: Path) -> None:
    synthesize(make_script(), FakeEngine(), settings(tmp_path))
    for engine, s in [
        (FakeEngine(), settings(tmp_path, rate=1.2)),
        (FakeEngine(), SynthSettings(voice="zm_010", cache_dir=tmp_path / "cache")),
        (FakeEngine(ms_per_char=140), settings(tmp_path)),
    ]:
        synthesize(make_script(), engine, s)
        assert len(engine.calls) == 5


def test_corrupt_cache_files_are_regenerated(tmp_path: Path) -> None:
    synthesize(make_script(), FakeEngine(), settings(tmp_path))
    engine = FakeEngine()
    cache = ClipCache(tmp_path / "cache")
    key = cache.key("fake", engine.model_id, "zf_001", 1.0, "市场总体平稳。")
    path = cache.path(key)
    assert path.parent.name == key[:2]
    path.write_bytes(path.read_bytes()[:-100])  # truncated
    key2 = cache.key("fake", engine.model_id, "zf_001", 1.0, "气温回升。")
    cache.path(key2).write_bytes(b"not a wav file")
    result = synthesize(make_script(), engine, settings(tmp_path))
    assert engine.calls == ["市场总体平稳。", "气温回升。"]
    assert result.chapters[1].clips[1].clip == FakeEngine().synthesize("市场总体平稳。", "v")
    assert cache.get(key) == result.chapters[1].clips[1].clip


def test_cache_folders_are_0700_whatever_the_umask(tmp_path: Path) -> None:
    (tmp_path / "cache" / "clips").mkdir(parents=True)
    os.chmod(tmp_path / "cache", 0o777)  # left open by an older version
    old = os.umask(0)
    try:
        synthesize(make_script(), FakeEngine(), settings(tmp_path))
    finally:
        os.umask(old)
    folders = [tmp_path / "cache", *(p for p in (tmp_path / "cache").rglob("*") if p.is_dir())]
    assert len(folders) > 2
    assert {oct(stat.S_IMODE(p.stat().st_mode)) for p in folders} == {"0o700"}
    files = [p for p in (tmp_path / "cache").rglob("*") if p.is_file()]
    assert files and all(stat.S_IMODE(p.stat().st_mode) & 0o077 == 0 for p in files)


def test_a_clip_swapped_under_another_key_is_discarded_and_spoken_again(tmp_path: Path) -> None:
    synthesize(make_script(), FakeEngine(), settings(tmp_path))
    cache = ClipCache(tmp_path / "cache")
    model = FakeEngine().model_id
    wanted = cache.key("fake", model, "zf_001", 1.0, "气温回升。")
    other = cache.key("fake", model, "zf_001", 1.0, "市场总体平稳。")
    # A real clip of about the same length: only the key check can tell it is not this one.
    shutil.copyfile(cache.path(other), cache.path(wanted))
    engine = FakeEngine()
    result = synthesize(make_script(), engine, settings(tmp_path))
    assert engine.calls == ["气温回升。"]
    assert result.chapters[2].clips[1].clip == FakeEngine().synthesize("气温回升。", "v")
    assert cache.get(wanted) == result.chapters[2].clips[1].clip


def test_a_clip_whose_samples_were_changed_is_discarded(tmp_path: Path) -> None:
    synthesize(make_script(), FakeEngine(), settings(tmp_path))
    cache = ClipCache(tmp_path / "cache")
    key = cache.key("fake", FakeEngine().model_id, "zf_001", 1.0, "气温回升。")
    data = bytearray(cache.path(key).read_bytes())
    middle = len(data) // 2
    data[middle : middle + 200] = bytes(200)  # a stretch of speech silenced, headers intact
    cache.path(key).write_bytes(bytes(data))
    assert cache.get(key) is None
    assert not cache.path(key).exists()  # discarded, to be made again


@pytest.mark.skipif(os.geteuid() != 0, reason="only root can give a file to another user")
def test_a_clip_file_of_another_user_is_not_read(tmp_path: Path) -> None:
    synthesize(make_script(), FakeEngine(), settings(tmp_path))
    cache = ClipCache(tmp_path / "cache")
    key = cache.key("fake", FakeEngine().model_id, "zf_001", 1.0, "气温回升。")
    os.chown(cache.path(key), 65534, 65534)
    assert cache.get(key) is None


def test_process_pool_matches_in_process(tmp_path: Path) -> None:
    local = synthesize(make_script(), FakeEngine(), settings())
    pooled = synthesize(make_script(), EngineSpec("fake"), settings(tmp_path, workers=2))
    assert pooled.workers == 2
    assert pooled.chapters == local.chapters
    # The workers' clips went into the cache: a rerun needs no engine at all.
    engine = FakeEngine()
    assert synthesize(make_script(), engine, settings(tmp_path)).cached == 5
    assert engine.calls == []


def test_process_pool_reports_failures() -> None:
    spec = EngineSpec("fake", {"fail_on": {"气温回升。"}})
    with pytest.raises(EngineError, match=r"天气.*sentence 2.*气温回升"):
        synthesize(make_script(), spec, settings(workers=2))


def test_only_uncached_sentences_are_dispatched(tmp_path: Path) -> None:
    synthesize(make_script(), FakeEngine(), settings(tmp_path))
    result = synthesize(make_script(), EngineSpec("fake"), settings(tmp_path, workers=2))
    assert result.cached == 5 and result.workers == 1  # no pool started for nothing


def test_short_clip_is_resynthesized() -> None:
    engine = FakeEngine(short_on={"经济增长百分之五，": 1})
    result = synthesize(make_script(), engine, settings())
    assert engine.calls.count("经济增长百分之五，") == 2
    assert result.warnings == ()
    assert voiced_samples(result.chapters[1].clips[0].clip.pcm) == 24 * 150 * 8


def test_clip_that_stays_short_is_kept_with_a_warning(tmp_path: Path) -> None:
    engine = FakeEngine(short_on={"经济增长百分之五，": 99})
    result = synthesize(make_script(), engine, settings(tmp_path))
    assert engine.calls.count("经济增长百分之五，") == 3  # first try and two retries
    (warning,) = result.warnings
    assert "经济" in warning and "sentence 1" in warning and "经济增长百分之五，" in warning
    assert voiced_samples(result.chapters[1].clips[0].clip.pcm) == 24 * 150 * 8 // 5
    # An implausible clip is not cached: the next run tries again.
    engine2 = FakeEngine()
    synthesize(make_script(), engine2, settings(tmp_path))
    assert engine2.calls == ["经济增长百分之五，"]


def test_last_retry_speaks_clause_by_clause() -> None:
    script = Script("t", None, (seg("经济", "经济增长百分之五，市场总体平稳。"),))
    engine = FakeEngine(short_on={"经济增长百分之五，市场总体平稳。": 99})
    result = synthesize(script, engine, settings())
    assert engine.calls[2:] == ["经济增长百分之五，", "市场总体平稳。"]
    assert result.warnings == ()
    assert result.chapters[0].clips[0].text == "经济增长百分之五，市场总体平稳。"


def test_failing_sentence_raises_naming_chapter_and_sentence() -> None:
    engine = FakeEngine(fail_on={"市场总体平稳。"})
    with pytest.raises(EngineError) as info:
        synthesize(make_script(), engine, settings())
    assert "经济" in info.value.message and "sentence 2" in info.value.message
    assert "市场总体平稳。" in info.value.message
    assert engine.calls.count("市场总体平稳。") == 3


def test_silent_sentence_raises() -> None:
    with pytest.raises(EngineError, match="silence"):
        synthesize(make_script(), FakeEngine(empty_on={"气温回升。"}), settings())


def test_progress_counts_cached_sentences_at_once(tmp_path: Path) -> None:
    script = make_script()
    synthesize(
        Script(script.title, script.intro, script.segments[:1]), FakeEngine(), settings(tmp_path)
    )
    seen: list[tuple[int, int]] = []
    synthesize(
        script, FakeEngine(), settings(tmp_path), on_progress=lambda d, t: seen.append((d, t))
    )
    assert seen == [(3, 5), (4, 5), (5, 5)]


def test_punctuation_only_sentence_joins_its_neighbour() -> None:
    script = Script("t", None, (seg("引语", "“", "他说：好。", "”", "完。"),))
    engine = FakeEngine()
    result = synthesize(script, engine, settings())
    assert [s.text for s in result.chapters[0].clips] == ["“他说：好。”", "完。"]
    assert engine.calls == ["“他说：好。”", "完。"]


def test_empty_chapter_is_an_error() -> None:
    with pytest.raises(EngineError, match="空"):
        synthesize(Script("t", None, (seg("空", "……"),)), FakeEngine(), settings())


def test_long_sentence_is_spoken_in_pieces() -> None:
    engine = FakeEngine(max_chars=10)
    text = "经济增长百分之五，市场总体平稳。"
    result = synthesize(Script("t", None, (seg("经济", text),)), engine, settings())
    assert engine.calls == ["经济增长百分之五，", "市场总体平稳。"]
    assert "".join(engine.calls) == text
    assert result.chapters[0].clips[0].text == text


@pytest.mark.parametrize(
    ("kw", "name"),
    [
        ({"voice": ""}, "voice"),
        ({"voice": "v", "rate": 0}, "rate"),
        ({"voice": "v", "workers": 0}, "workers"),
        ({"voice": "v", "max_retries": -1}, "max_retries"),
        ({"voice": "v", "ms_per_char": (300.0, 100.0)}, "ms_per_char"),
        ({"voice": "v", "slack_ms": -1}, "slack_ms"),
    ],
)
def test_settings_are_validated(kw: dict[str, object], name: str) -> None:
    with pytest.raises(ValueError, match=name):
        SynthSettings(**kw)  # type: ignore[arg-type]


def test_a_lone_process_uses_every_core(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """One sentence to speak (an edit), or --workers 1: no pool, so the one engine gets
    every core instead of the single thread a pool worker would have."""
    from audiobulletin import synth as synth_mod
    from audiobulletin.engines import base

    monkeypatch.setattr(base, "_REGISTRY", dict(base._REGISTRY))  # undone after the test
    built: list[int] = []

    @base.register("threads-probe")
    class ThreadsProbe(FakeEngine):
        parallel = True

        def __init__(self, *, threads: int = 1, **options: object) -> None:
            built.append(threads)
            super().__init__(threads=threads, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(synth_mod, "available_cores", lambda: 3)
    spec = EngineSpec("threads-probe", {"threads": 1})
    result = synthesize(make_script(), spec, settings(tmp_path, workers=1))
    assert result.workers == 1 and result.synthesized == len(SENTENCES)
    assert built[-1] == 3
