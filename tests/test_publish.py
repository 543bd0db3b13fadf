"""Publishing: MP3 with exact ID3 chapters, JSON chapters, WebVTT, all written atomically."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
from pathlib import Path

import pytest
from loudness_check import independent_loudness

from audiobulletin.assemble import AssembleSettings, Bulletin, ChapterMark, Cue, assemble
from audiobulletin.audio import ffmpeg_exe
from audiobulletin.engines.fake import FakeEngine
from audiobulletin.errors import OutputError
from audiobulletin.publish import PublishSettings, publish_bulletin, sidecar_paths
from audiobulletin.publish.chapters import chapters_json
from audiobulletin.publish.mp3 import Mp3Settings, id3_date
from audiobulletin.publish.transcript import plain_transcript, vtt_timestamp, webvtt
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
FRAME_MS = 1000 * 1152 / 44100
CHAPTERS = (
    ChapterMark("导语", 0, 2270),
    ChapterMark("经济", 2270, 5560),
    ChapterMark("天气", 5560, 7800),
)


def seg(title: str, *sentences: str) -> Segment:
    return Segment(title, "".join(sentences), "".join(sentences), tuple(sentences))


SCRIPT = Script(
    title="测试简报",
    intro=seg("导语", "今天有三条消息。"),
    segments=(
        seg("经济", "经济增长百分之五，", "市场总体平稳。"),
        seg("天气", "明天全市晴。", "气温回升。"),
    ),
    date="2024-05-03",
)


#: Another bulletin for the same file name: a different title, text and length.
NEXT_SCRIPT = Script(
    title="更正后的简报",
    intro=seg("导语", "今天只有一条消息。"),
    segments=(seg("天气", "明天全市多云转阴，", "局部有小雨。"),),
    date="2024-05-04",
)


def make_bulletin(amplitude: int = 8000, script: Script = SCRIPT) -> Bulletin:
    result = synthesize(script, FakeEngine(amplitude=amplitude), SynthSettings(voice="v"))
    return assemble(result, SETTINGS)


PUBLISH = PublishSettings(mp3=Mp3Settings(artist="某某通讯社", album="每日简报"))


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> tuple[Bulletin, list[Path]]:
    out = tmp_path_factory.mktemp("pub") / "bulletin.mp3"
    bulletin = make_bulletin()
    return bulletin, publish_bulletin(bulletin, SCRIPT, out, PUBLISH)


def ffprobe(path: Path) -> dict:
    exe = shutil.which("ffprobe")
    if exe is None:
        pytest.skip("ffprobe not installed")
    out = subprocess.run(
        [
            exe,
            "-v",
            "error",
            "-show_chapters",
            "-show_format",
            "-show_streams",
            "-of",
            "json",
            path,
        ],
        capture_output=True,
        check=True,
    ).stdout
    return json.loads(out)


def decoded_samples(path: Path) -> int:
    pcm = subprocess.run(
        [ffmpeg_exe(), "-v", "error", "-i", str(path), "-f", "s16le", "-"],
        capture_output=True,
        check=True,
    ).stdout
    return len(pcm) // 2


# --------------------------------------------------------------------------- sidecars


def test_chapters_json_golden() -> None:
    assert chapters_json(CHAPTERS) == (
        "{\n"
        '  "version": "1.2.0",\n'
        '  "chapters": [\n'
        "    {\n"
        '      "startTime": 0.0,\n'
        '      "endTime": 2.27,\n'
        '      "title": "导语"\n'
        "    },\n"
        "    {\n"
        '      "startTime": 2.27,\n'
        '      "endTime": 5.56,\n'
        '      "title": "经济"\n'
        "    },\n"
        "    {\n"
        '      "startTime": 5.56,\n'
        '      "endTime": 7.8,\n'
        '      "title": "天气"\n'
        "    }\n"
        "  ]\n"
        "}\n"
    )


def test_webvtt_golden() -> None:
    assert webvtt(make_bulletin().cues) == (
        "WEBVTT\n"
        "\n"
        "00:00:00.200 --> 00:00:01.270\n"
        "今天有三条消息。\n"
        "\n"
        "00:00:02.270 --> 00:00:03.490\n"
        "经济增长百分之五，\n"
        "\n"
        "00:00:03.640 --> 00:00:04.560\n"
        "市场总体平稳。\n"
        "\n"
        "00:00:05.560 --> 00:00:06.330\n"
        "明天全市晴。\n"
        "\n"
        "00:00:06.680 --> 00:00:07.300\n"
        "气温回升。\n"
    )


def test_vtt_details() -> None:
    assert vtt_timestamp(3_723_004) == "01:02:03.004"
    assert webvtt([Cue(0, 5, "a<b & c>\n\nd")]).endswith("a&lt;b &amp; c&gt;\nd\n")


def test_plain_transcript() -> None:
    assert plain_transcript(SCRIPT) == (
        "导语\n今天有三条消息。\n\n经济\n经济增长百分之五，市场总体平稳。\n\n天气\n明天全市晴。气温回升。"
    )


@pytest.mark.parametrize(
    ("raw", "stamp"),
    [
        ("2024-05-03", "2024-05-03"),
        ("2024年5月3日", "2024-05-03"),
        ("2024/5", "2024-05"),
        ("2024", "2024"),
        ("昨天", None),
        (None, None),
    ],
)
def test_id3_date(raw: str | None, stamp: str | None) -> None:
    assert id3_date(raw) == stamp


def test_sidecar_paths() -> None:
    assert sidecar_paths(Path("out/a.b.mp3")) == (
        Path("out/a.b.chapters.json"),
        Path("out/a.b.vtt"),
    )


# --------------------------------------------------------------------------- the MP3


def test_files_written(published: tuple[Bulletin, list[Path]]) -> None:
    bulletin, paths = published
    mp3, chapters, vtt = paths
    assert [p.name for p in paths] == ["bulletin.mp3", "bulletin.chapters.json", "bulletin.vtt"]
    assert json.loads(chapters.read_text("utf-8"))["chapters"][1] == {
        "startTime": 2.27,
        "endTime": 5.56,
        "title": "经济",
    }
    digest = hashlib.sha256(mp3.read_bytes()).hexdigest()
    assert vtt.read_text("utf-8") == webvtt(bulletin.cues, digest)
    assert json.loads(chapters.read_text("utf-8"))["mp3_sha256"] == digest
    assert sorted(p.name for p in mp3.parent.iterdir()) == sorted(p.name for p in paths)


def test_id3_frames(published: tuple[Bulletin, list[Path]]) -> None:
    from mutagen.id3 import ID3, CTOCFlags

    mp3 = published[1][0]
    tags = ID3(mp3, translate=False)
    assert tags.version == (2, 3, 0)
    assert tags["TIT2"].text == ["测试简报"]
    assert tags["TPE1"].text == ["某某通讯社"]
    assert tags["TALB"].text == ["每日简报"]
    assert tags["TYER"].text == ["2024"]
    assert tags["TDAT"].text == ["0305"]
    (uslt,) = tags.getall("USLT")
    assert uslt.lang == "chi" and uslt.text == plain_transcript(SCRIPT)
    (toc,) = tags.getall("CTOC")
    assert toc.flags == CTOCFlags.TOP_LEVEL | CTOCFlags.ORDERED
    assert toc.child_element_ids == ["chp0", "chp1", "chp2"]
    assert toc.sub_frames["TIT2"].text == ["Chapters"]
    chaps = sorted(tags.getall("CHAP"), key=lambda c: c.element_id)
    assert [
        (c.element_id, c.start_time, c.end_time, c.sub_frames["TIT2"].text[0]) for c in chaps
    ] == [
        ("chp0", 0, 2270, "导语"),
        ("chp1", 2270, 5560, "经济"),
        ("chp2", 5560, 7800, "天气"),
    ]


def test_ffprobe_lists_chapters(published: tuple[Bulletin, list[Path]]) -> None:
    info = ffprobe(published[1][0])
    got = [
        (
            round(float(c["start_time"]) * 1000),
            round(float(c["end_time"]) * 1000),
            c["tags"]["title"],
        )
        for c in info["chapters"]
    ]
    assert got == [(0, 2270, "导语"), (2270, 5560, "经济"), (5560, 7800, "天气")]
    (stream,) = info["streams"]
    assert stream["codec_name"] == "mp3"
    assert stream["sample_rate"] == "44100" and stream["channels"] == 1
    assert int(stream["bit_rate"]) == 64000


def test_duration_matches_pcm(published: tuple[Bulletin, list[Path]]) -> None:
    from mutagen.mp3 import MP3

    bulletin, paths = published
    mp3 = paths[0]
    length_ms = MP3(mp3).info.length * 1000
    assert abs(length_ms - bulletin.duration_ms) <= FRAME_MS
    assert published[0].chapters[-1].end_ms == 7800
    assert round(length_ms) == 7800  # the last chapter ends at the file's end
    # What a gapless decoder plays is the PCM, resampled, to the sample.
    assert abs(decoded_samples(mp3) - bulletin.samples * 44100 / 24000) <= 1
    info = ffprobe(mp3)
    played = float(info["format"]["duration"]) - float(info["streams"][0]["start_time"])
    assert abs(played * 1000 - bulletin.duration_ms) <= FRAME_MS


def test_bundled_ffmpeg_gives_exact_length_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import imageio_ffmpeg
    from mutagen.mp3 import MP3

    monkeypatch.setattr("audiobulletin.publish.mp3.ffmpeg_exe", imageio_ffmpeg.get_ffmpeg_exe)
    bulletin = make_bulletin()
    undated = Script(SCRIPT.title, SCRIPT.intro, SCRIPT.segments)
    (mp3,) = publish_bulletin(
        bulletin, undated, tmp_path / "b.mp3", PublishSettings(chapters_json=False, webvtt=False)
    )
    audio = MP3(mp3)
    assert abs(audio.info.length * 1000 - bulletin.duration_ms) <= FRAME_MS
    assert audio.tags is not None and "TYER" not in audio.tags and "TDRC" not in audio.tags


def test_mpeg2_sample_rate(tmp_path: Path) -> None:
    from mutagen.mp3 import MP3

    bulletin = make_bulletin()
    settings = PublishSettings(Mp3Settings(bitrate_kbps=48, sample_rate=24000), False, False)
    (mp3,) = publish_bulletin(bulletin, SCRIPT, tmp_path / "b.mp3", settings)
    info = MP3(mp3).info
    assert info.sample_rate == 24000 and info.bitrate == 48000
    assert abs(info.length * 1000 - bulletin.duration_ms) <= 1000 * 576 / 24000


@pytest.mark.parametrize("amplitude", [1000, 30000])
def test_loudness_is_normalised(tmp_path: Path, amplitude: int) -> None:
    (mp3,) = publish_bulletin(
        make_bulletin(amplitude),
        SCRIPT,
        tmp_path / "b.mp3",
        PublishSettings(chapters_json=False, webvtt=False),
    )
    integrated, true_peak = independent_loudness(mp3)
    assert abs(integrated - -16.0) <= 1.5
    assert true_peak <= -0.5


@pytest.mark.parametrize(
    ("integrated", "true_peak", "gain", "limited"),
    [
        (-20.0, -10.0, "volume=4.00dB", False),  # quiet speech is raised to -16 LUFS
        (-12.0, -2.0, "volume=-4.00dB", False),  # loud speech is lowered
        (-16.0, -1.0, None, True),  # on target, but its peaks need the limiter's margin
        (-22.0, -3.0, "volume=6.00dB", True),  # raising 6 dB would pass the ceiling: limited
        (float("-inf"), float("-inf"), None, False),  # silence is left alone
    ],
)
def test_one_linear_gain_meets_the_target_and_a_limiter_keeps_the_peak(
    integrated: float, true_peak: float, gain: str | None, limited: bool
) -> None:
    from audiobulletin.loudness import LoudnessTarget
    from audiobulletin.publish.mp3 import loudness_filters

    filters = loudness_filters(integrated, true_peak, LoudnessTarget())
    assert [f for f in filters if f.startswith("volume=")] == ([gain] if gain else [])
    assert any(f.startswith("alimiter=") for f in filters) is limited


# --------------------------------------------------------------------------- all or nothing


def test_failed_run_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AUDIOBULLETIN_FAULT", "enospc=bulletin.vtt")
    out = tmp_path / "bulletin.mp3"
    with pytest.raises(OutputError, match=r"bulletin\.vtt'.*No space left"):
        publish_bulletin(make_bulletin(), SCRIPT, out)
    assert list(tmp_path.iterdir()) == []


def test_failed_run_keeps_the_previous_bulletin(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "bulletin.mp3"
    out.write_bytes(b"yesterday")
    monkeypatch.setenv("AUDIOBULLETIN_FAULT", "enospc=bulletin.chapters.json")
    with pytest.raises(OutputError, match="No space left"):
        publish_bulletin(make_bulletin(), SCRIPT, out)
    assert [p.name for p in tmp_path.iterdir()] == ["bulletin.mp3"]
    assert out.read_bytes() == b"yesterday"


def test_unwritable_destination_is_an_output_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(OutputError):
        publish_bulletin(make_bulletin(), SCRIPT, blocker / "b.mp3")
    with pytest.raises(OutputError, match="directory"):
        publish_bulletin(make_bulletin(), SCRIPT, tmp_path)


# --------------------------------------------------------------------------- settings, ffmpeg


@pytest.mark.parametrize(
    ("kw", "name"),
    [
        ({"sample_rate": 11025}, "sample_rate"),
        ({"bitrate_kbps": 8}, "bitrate_kbps"),  # MPEG-1 has no 8 kbit/s
        ({"bitrate_kbps": 320, "sample_rate": 24000}, "bitrate_kbps"),
    ],
)
def test_mp3_settings_are_validated(kw: dict[str, int], name: str) -> None:
    with pytest.raises(ValueError, match=name):
        Mp3Settings(**kw)


def test_ffmpeg_falls_back_to_the_bundled_binary(monkeypatch: pytest.MonkeyPatch) -> None:
    import imageio_ffmpeg

    ffmpeg_exe.cache_clear()
    monkeypatch.setattr(shutil, "which", lambda name: None)
    try:
        assert ffmpeg_exe() == imageio_ffmpeg.get_ffmpeg_exe()
    finally:
        ffmpeg_exe.cache_clear()


def test_chapter_frames_are_written_in_chapter_order(
    published: tuple[Bulletin, list[Path]], tmp_path: Path
) -> None:
    """ffprobe lists chapters in file order; frame sizes must not shuffle them."""
    from audiobulletin.publish.mp3 import tag_mp3

    copy = tmp_path / "many.mp3"
    copy.write_bytes(published[1][0].read_bytes())
    # Titles get shorter as the chapters go on, so a size-ordered writer would reverse them.
    titles = ["第" + "长" * (14 - i) + "章" for i in range(12)]
    chapters = [ChapterMark(t, i * 650, (i + 1) * 650) for i, t in enumerate(titles)]
    tag_mp3(
        copy,
        title="顺序",
        chapters=chapters,
        transcript="",
        date=None,
        settings=Mp3Settings(),
    )
    info = ffprobe(copy)
    assert [c["tags"]["title"] for c in info["chapters"]] == titles
    assert [round(float(c["start_time"]) * 1000) for c in info["chapters"]] == [
        i * 650 for i in range(12)
    ]


def test_published_files_get_ordinary_permissions(
    published: tuple[Bulletin, list[Path]],
) -> None:
    """Temp files are private (0600); the published ones must be readable by a feed server."""
    import os

    umask = os.umask(0)
    os.umask(umask)
    for path in published[1]:
        assert path.stat().st_mode & 0o777 == 0o666 & ~umask, path


def test_unchanged_bulletin_reuses_the_cached_encoding(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from audiobulletin.publish import mp3 as mp3_mod

    bulletin = make_bulletin()
    settings = PublishSettings(cache_dir=tmp_path / "cache")
    first = publish_bulletin(bulletin, SCRIPT, tmp_path / "a.mp3", settings)

    def no_encoding(*args: object, **kwargs: object) -> None:
        raise AssertionError("encoded again although nothing changed")

    monkeypatch.setattr(mp3_mod, "_encode", no_encoding)
    second = publish_bulletin(bulletin, SCRIPT, tmp_path / "b.mp3", settings)
    assert ffprobe(second[0])["chapters"] == ffprobe(first[0])["chapters"]
    assert second[0].read_bytes() == first[0].read_bytes()


def test_changed_audio_or_settings_are_encoded_again(tmp_path: Path) -> None:
    bulletin = make_bulletin()
    cache = tmp_path / "cache"
    publish_bulletin(bulletin, SCRIPT, tmp_path / "a.mp3", PublishSettings(cache_dir=cache))
    louder = make_bulletin(30000)
    publish_bulletin(louder, SCRIPT, tmp_path / "b.mp3", PublishSettings(cache_dir=cache))
    slower = PublishSettings(mp3=Mp3Settings(bitrate_kbps=96), cache_dir=cache)
    publish_bulletin(bulletin, SCRIPT, tmp_path / "c.mp3", slower)
    assert len(list((cache / "mp3").rglob("*.mp3"))) == 3


def test_damaged_cached_encoding_is_replaced(tmp_path: Path) -> None:
    bulletin = make_bulletin()
    cache = tmp_path / "cache"
    publish_bulletin(bulletin, SCRIPT, tmp_path / "a.mp3", PublishSettings(cache_dir=cache))
    (entry,) = (cache / "mp3").rglob("*.mp3")
    entry.write_bytes(entry.read_bytes()[:2000])  # truncated
    (mp3,) = publish_bulletin(
        bulletin,
        SCRIPT,
        tmp_path / "b.mp3",
        PublishSettings(cache_dir=cache, chapters_json=False, webvtt=False),
    )
    from mutagen.mp3 import MP3

    assert abs(MP3(mp3).info.length * 1000 - bulletin.duration_ms) <= FRAME_MS
    assert entry.stat().st_size > 2000


# --------------------------------------------------------------------------- stale sidecars


def _first_run_with_page_and_metadata(out: Path) -> None:
    first = PublishSettings(html=True, metadata_json=True)
    publish_bulletin(make_bulletin(), SCRIPT, out, first)


def test_a_page_and_metadata_from_an_earlier_run_describe_the_new_audio(tmp_path: Path) -> None:
    from audiobulletin.publish.html import read_page_data

    out = tmp_path / "bulletin.mp3"
    _first_run_with_page_and_metadata(out)
    bulletin = make_bulletin(script=NEXT_SCRIPT)
    written = publish_bulletin(bulletin, NEXT_SCRIPT, out)  # neither page nor metadata asked

    assert [p.name for p in written] == [
        "bulletin.mp3",
        "bulletin.chapters.json",
        "bulletin.vtt",
        "bulletin.html",
        "bulletin.meta.json",
        "index.html",
    ]
    duration_s = read_page_data(tmp_path / "bulletin.html")["duration"]
    meta = json.loads((tmp_path / "bulletin.meta.json").read_text("utf-8"))
    assert read_page_data(tmp_path / "bulletin.html")["title"] == "更正后的简报"
    assert (meta["title"], meta["date"]) == ("更正后的简报", "2024-05-04")
    assert meta["chapters"] == ["导语", "天气"]
    assert abs(meta["duration_ms"] - bulletin.duration_ms) <= FRAME_MS
    assert duration_s == round(meta["duration_ms"] / 1000, 3)
    page = (tmp_path / "bulletin.html").read_text("utf-8")
    data = json.loads(page.split('id="bulletin-data">', 1)[1].split("</script>", 1)[0])
    assert [c["title"] for c in data["chapters"]] == ["导语", "天气"]
    assert len(data["cues"]) == len(bulletin.cues)
    assert "更正后的简报" in (tmp_path / "index.html").read_text("utf-8")
    assert not list(tmp_path.glob(".*"))


def test_no_page_or_metadata_is_written_that_was_not_asked_for_or_there(tmp_path: Path) -> None:
    out = tmp_path / "bulletin.mp3"
    written = publish_bulletin(make_bulletin(), SCRIPT, out)
    assert [p.name for p in written] == ["bulletin.mp3", "bulletin.chapters.json", "bulletin.vtt"]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in written)


def test_a_page_of_someone_elses_with_the_same_name_is_left_alone(tmp_path: Path) -> None:
    out = tmp_path / "bulletin.mp3"
    (tmp_path / "bulletin.html").write_text("<p>notes</p>", encoding="utf-8")
    (tmp_path / "index.html").write_text("<p>home</p>", encoding="utf-8")
    written = publish_bulletin(make_bulletin(), SCRIPT, out)
    assert [p.name for p in written] == ["bulletin.mp3", "bulletin.chapters.json", "bulletin.vtt"]
    assert (tmp_path / "bulletin.html").read_text("utf-8") == "<p>notes</p>"
    assert (tmp_path / "index.html").read_text("utf-8") == "<p>home</p>"
