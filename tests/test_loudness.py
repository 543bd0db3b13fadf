"""Loudness presets: the encoded MP3 lands within 1 LU of the target with its true peak under
the ceiling, measured independently (ffmpeg's loudnorm) on the file a listener gets."""

from __future__ import annotations

import json
import math
import struct

import pytest
from loudness_check import independent_loudness

from audiobulletin.assemble import Bulletin, ChapterMark, assemble
from audiobulletin.engines.fake import FakeEngine
from audiobulletin.loudness import LOUDNESS_PRESETS, LoudnessTarget, parse_loudness
from audiobulletin.publish import PublishSettings, publish_bulletin
from audiobulletin.publish.mp3 import (
    Mp3Settings,
    encode_mp3_measured,
    loudness_filters,
    measure_loudness,
    parse_r128_metadata,
    read_loudness_tag,
)
from audiobulletin.script import Script, Segment
from audiobulletin.synth import SynthSettings, synthesize

RATE = 24000


@pytest.mark.parametrize(
    ("value", "lufs"),
    [
        ("podcast", -16.0),
        ("broadcast", -23.0),
        ("Broadcast", -23.0),
        ("-18", -18.0),
        ("-20.5 LUFS", -20.5),
    ],
)
def test_presets_and_custom_targets_parse(value, lufs):
    target = parse_loudness(value)
    assert target is not None
    assert target.integrated_lufs == lufs
    assert target.true_peak_db == -1.0


def test_off_means_no_target_and_presets_parse_by_name():
    assert parse_loudness("off") is None
    for name, target in LOUDNESS_PRESETS.items():
        assert parse_loudness(name) == target


@pytest.mark.parametrize("value", ["loud", "", "-80", "+3", "nan", "0"])
def test_bad_targets_are_refused(value):
    with pytest.raises(ValueError):
        parse_loudness(value)


@pytest.mark.parametrize(("value", "words"), [("18", "negative"), ("200", "negative")])
def test_a_positive_loudness_is_refused_not_taken_as_negative(value, words):
    with pytest.raises(ValueError, match=words) as caught:
        parse_loudness(value)
    assert "-200" not in str(caught.value) and "-18.0" not in str(caught.value)


def test_an_out_of_range_loudness_names_the_range_in_lufs():
    with pytest.raises(ValueError, match=r"-70\.\.-5 LUFS, got -200"):
        parse_loudness("-200")


def _peaky_speech(seconds: float = 8.0) -> bytes:
    """Quiet syllable-like tone bursts with a few sharp plosive-like transients.

    Its peaks sit far above its loudness, so a plain gain to -16 LUFS would pass -1 dBTP:
    the case where a capped gain undershoots and the limiter must do the work.
    """
    samples = []
    for i in range(int(RATE * seconds)):
        t = i / RATE
        syllable = 0.5 + 0.5 * math.sin(2 * math.pi * 3.0 * t)  # ~3 syllables a second
        v = 0.05 * syllable * math.sin(2 * math.pi * 180 * t)
        v += 0.02 * syllable * math.sin(2 * math.pi * 1100 * t)
        if i % 9000 < 24:  # a click every 0.375 s
            v += 0.85 * math.sin(2 * math.pi * 2000 * t)
        samples.append(int(max(-1.0, min(1.0, v)) * 32767))
    return struct.pack(f"<{len(samples)}h", *samples)


def _bulletin(pcm: bytes, target: LoudnessTarget | None) -> Bulletin:
    ms = len(pcm) // 2 * 1000 // RATE
    return Bulletin(pcm, RATE, (ChapterMark("一", 0, ms),), (), loudness=target)


@pytest.mark.parametrize("target", [*LOUDNESS_PRESETS.values(), LoudnessTarget(-20.0, -1.0)])
def test_peaky_speech_reaches_the_target_without_passing_the_ceiling(tmp_path, target):
    pcm = _peaky_speech()
    integrated, peak = measure_loudness(pcm, RATE)
    if target.integrated_lufs > -20:  # a gain alone would pass the ceiling: limited
        assert any(f.startswith("alimiter=") for f in loudness_filters(integrated, peak, target))

    out = tmp_path / "b.mp3"
    _ms, measured = encode_mp3_measured(_bulletin(pcm, target), out, Mp3Settings())
    lufs, true_peak = independent_loudness(out)
    assert abs(lufs - target.integrated_lufs) <= 1.0
    assert true_peak <= target.true_peak_db
    assert measured is not None and measured.on_target(1.0)
    assert abs(measured.integrated_lufs - lufs) <= 0.3
    assert measured.target_lufs == target.integrated_lufs


def test_published_mp3_carries_the_measured_figures_in_a_txxx_frame(tmp_path):
    script = Script(
        title="测试",
        intro=None,
        segments=(Segment("一", "今天晴。", "今天晴。", ("今天晴。", "明天多云。")),),
    )
    for name, target in LOUDNESS_PRESETS.items():
        bulletin = assemble(synthesize(script, FakeEngine(), SynthSettings(voice="v")))
        bulletin = Bulletin(
            bulletin.pcm, bulletin.sample_rate, bulletin.chapters, bulletin.cues, target
        )
        out = tmp_path / f"{name}.mp3"
        publish_bulletin(bulletin, script, out, PublishSettings(metadata_json=True))
        tagged = read_loudness_tag(out)
        assert tagged is not None
        lufs, true_peak = independent_loudness(out)
        assert abs(tagged.integrated_lufs - lufs) <= 0.3
        assert abs(tagged.integrated_lufs - target.integrated_lufs) <= 1.0
        assert tagged.true_peak_dbtp <= -1.0 and true_peak <= -1.0
        meta = json.loads((tmp_path / f"{name}.meta.json").read_text(encoding="utf-8"))
        assert meta["loudness"] == tagged.to_dict()


def _speech_bulletin() -> Bulletin:
    script = Script(
        title="测试",
        intro=None,
        segments=(Segment("一", "今天晴。", "今天晴。", ("今天晴，气温二十度。", "明天多云。")),),
    )
    return assemble(synthesize(script, FakeEngine(), SynthSettings(voice="v")))


def test_speech_is_encoded_once_and_measured_while_it_is_written(tmp_path, monkeypatch):
    from audiobulletin.publish import pipe

    encodes = []
    real = pipe.encode_and_meter

    def counted(*args, **kwargs):
        encodes.append(args[0])
        return real(*args, **kwargs)

    monkeypatch.setattr(pipe, "encode_and_meter", counted)
    out = tmp_path / "b.mp3"
    _ms, measured = encode_mp3_measured(_speech_bulletin(), out, Mp3Settings())

    assert len(encodes) == 1  # the encoder's loss was aimed for: no second encode
    lufs, true_peak = independent_loudness(out)
    assert measured is not None and abs(measured.integrated_lufs - lufs) <= 0.3
    assert abs(lufs - -16.0) <= 0.5 and true_peak <= -1.0


def test_speech_the_limiter_holds_down_lands_near_the_target_with_one_encode(tmp_path, monkeypatch):
    """Quiet speech with sharp peaks: the gain to -16 LUFS pushes the peaks far over the
    ceiling, and the limiter takes loudness off; the aim counts that in before encoding."""
    from audiobulletin.publish import mp3 as mp3_mod

    speech = _speech_bulletin()
    samples = [s // 4 for s in struct.unpack(f"<{len(speech.pcm) // 2}h", speech.pcm)]
    for start in range(0, len(samples) - 24, 4000):  # a plosive-like click every 1/6 s
        for k in range(24):
            click = int(20000 * math.sin(2 * math.pi * 2000 * k / RATE))
            samples[start + k] = max(-32768, min(32767, samples[start + k] + click))
    pcm = struct.pack(f"<{len(samples)}h", *samples)
    monkeypatch.setattr(mp3_mod, "_CORRECTIONS", 0)  # the first encode is the last

    out = tmp_path / "b.mp3"
    encode_mp3_measured(_bulletin(pcm, LOUDNESS_PRESETS["podcast"]), out, Mp3Settings())

    lufs, true_peak = independent_loudness(out)
    assert abs(lufs - -16.0) <= 0.5 and true_peak <= -1.0


@pytest.mark.parametrize("name", ["a|b.mp3", "it's [1].mp3", "back\\slash:x.mp3"])
def test_a_file_name_with_characters_ffmpeg_splits_on_gets_the_whole_mp3(tmp_path, name):
    out = tmp_path / "sub" / name
    out.parent.mkdir()
    bulletin = _speech_bulletin()
    script = Script(
        title="测试", intro=None, segments=(Segment("一", "今天晴。", "今天晴。", ("今天晴。",)),)
    )

    publish_bulletin(bulletin, script, out, PublishSettings(chapters_json=False, webvtt=False))

    assert [p.name for p in out.parent.iterdir()] == [name]
    assert read_loudness_tag(out) is not None
    assert abs(independent_loudness(out)[0] - -16.0) <= 1.0


def test_an_encode_that_cannot_write_its_file_is_one_output_error(tmp_path):
    from audiobulletin.errors import OutputError

    with pytest.raises(OutputError, match="ffmpeg failed while encoding the MP3"):
        encode_mp3_measured(_speech_bulletin(), tmp_path / "gone" / "b.mp3", Mp3Settings())
    assert list(tmp_path.iterdir()) == []


def test_off_leaves_the_level_alone_and_writes_no_figures(tmp_path):
    pcm = _peaky_speech(4.0)
    out = tmp_path / "off.mp3"
    _ms, measured = encode_mp3_measured(_bulletin(pcm, None), out, Mp3Settings())
    assert measured is None
    source, _peak = measure_loudness(pcm, RATE)
    # The MP3 encoder's low-pass alone takes up to about half a LU off this speech; a
    # normalisation that ran anyway would move it by about ten.
    assert abs(independent_loudness(out)[0] - source) <= 0.75


def test_the_mp3_cache_keys_on_the_loudness_target(tmp_path):
    pcm = _peaky_speech(4.0)
    cache = tmp_path / "cache"
    podcast, broadcast = LOUDNESS_PRESETS["podcast"], LOUDNESS_PRESETS["broadcast"]
    _ms, first = encode_mp3_measured(
        _bulletin(pcm, podcast), tmp_path / "1.mp3", Mp3Settings(), cache_dir=cache
    )
    _ms, other = encode_mp3_measured(
        _bulletin(pcm, broadcast), tmp_path / "2.mp3", Mp3Settings(), cache_dir=cache
    )
    assert abs(other.integrated_lufs - -23.0) <= 1.0  # not the podcast copy from the cache
    assert len(list(cache.rglob("*.mp3"))) == 2
    # The same target again is served from the cache, figures included.
    _ms, again = encode_mp3_measured(
        _bulletin(pcm, podcast), tmp_path / "3.mp3", Mp3Settings(), cache_dir=cache
    )
    assert (tmp_path / "3.mp3").read_bytes() == (tmp_path / "1.mp3").read_bytes()
    assert again == first


def test_loudness_is_read_from_ebur128s_key_value_lines_the_last_block_counting():
    printed = (
        "frame:0    pts:0       pts_time:0\n"
        "lavfi.r128.I=-70.000\nlavfi.r128.LRA=0.000\nlavfi.r128.true_peak=0.000\n"
        "frame:1    pts:2400    pts_time:0.1\n"
        "lavfi.r128.M=-20.100\nlavfi.r128.I=-18.250\nlavfi.r128.LRA=3.500\n"
        "lavfi.r128.true_peaks_ch0=0.500\nlavfi.r128.true_peak=0.500\n"
    )

    integrated, peak, lra = parse_r128_metadata(printed)

    assert (integrated, lra) == (-18.25, 3.5)
    assert peak == pytest.approx(-6.02, abs=0.01)  # linear 0.5 in dBTP


def test_silence_has_no_true_peak_and_no_figures_at_all_is_an_error():
    from audiobulletin.errors import OutputError

    assert parse_r128_metadata("lavfi.r128.I=-70.000\nlavfi.r128.true_peak=0.000\n")[1] == (
        -math.inf
    )
    with pytest.raises(OutputError, match="no loudness figures"):
        parse_r128_metadata("[Parsed_ebur128_0] Summary:\n  I: -23.0 LUFS\n")
    with pytest.raises(OutputError, match="not an amplitude"):  # a dB figure, say
        parse_r128_metadata("lavfi.r128.I=-23.000\nlavfi.r128.true_peak=-1.500\n")
