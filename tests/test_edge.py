"""The online engine: the real edge_tts client against a fake service on 127.0.0.1.

Every fault the service is known for is played back by the fake (tests/edge_server.py): refused
handshakes, bursts of 503, streams cut before turn.end, nonsense answers, slow answers. The
promise under test is the same as offline: every character of the script is spoken, or the
run says which chapter another engine spoke, or it fails without writing anything.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from clirun import EXAMPLE, run_cli
from edge_server import CHAR_FRAMES, FRAME_MS, LEAD_FRAMES, TAIL_FRAMES

from audiobulletin.engines.edge import (
    MAX_REQUEST_BYTES,
    EdgeEngine,
    escaped_bytes,
    signed_hz,
    signed_percent,
    split_for_requests,
)
from audiobulletin.errors import EngineError, VoiceError
from audiobulletin.script import Script, Segment
from audiobulletin.synth import SynthSettings, synthesize

#: Runs make or batch in child processes: the bare pass of .ci/run leaves them out.
pytestmark = pytest.mark.batchrun

VOICE = "zh-CN-YunyangNeural"


def engine(**options: object) -> EdgeEngine:
    """The engine with backoff waits of a few milliseconds."""
    options = {"backoff_s": 0.001, "backoff_max_s": 0.005, **options}
    return EdgeEngine(**options)  # type: ignore[arg-type]


def voiced(text: str) -> int:
    return sum(1 for ch in text if ch.isalnum())


def sentence_ms(text: str) -> int:
    """Length of the fake service's audio for one sentence spoken on its own."""
    return (LEAD_FRAMES + CHAR_FRAMES * voiced(text) + TAIL_FRAMES) * FRAME_MS


def spoken_by_server(server) -> str:
    return "".join(r.text for r in server.requests)


def seg(title: str, *sentences: str) -> Segment:
    return Segment(title, "".join(sentences), "".join(sentences), tuple(sentences))


# --------------------------------------------------------------------------- pure helpers


def test_rate_volume_and_pitch_map_to_signed_formats() -> None:
    assert signed_percent(0.9) == "-10%"
    assert signed_percent(1.0) == "+0%"
    assert signed_percent(1.25) == "+25%"
    assert signed_percent(0.5) == "-50%"
    assert signed_hz(0) == "+0Hz"
    assert signed_hz(-20) == "-20Hz"


def test_rate_reaches_the_service_as_a_signed_percentage(edge_server) -> None:
    engine(volume=1.2, pitch_hz=-5).synthesize("今天晴。", VOICE, rate=0.9)
    (request,) = edge_server.requests
    assert (request.rate, request.volume, request.pitch) == ("-10%", "+20%", "-5Hz")
    assert "zh-CN, YunyangNeural" in request.voice


def test_malformed_voice_name_is_refused_before_any_request(edge_server) -> None:
    with pytest.raises(VoiceError, match="not an edge voice"):
        engine().synthesize("今天晴。", "YunyangNeural")
    assert edge_server.handshakes == 0


def test_splitting_loses_nothing_and_stays_under_the_limit() -> None:
    paragraph = "各地要加强山洪、泥石流和城市内涝的防范，及时转移危险区域群众。" * 70
    assert len(paragraph.encode()) > 6000 and "\n" not in paragraph and " " not in paragraph
    for text in (paragraph, paragraph.replace("。", "").replace("，", "").replace("、", "")):
        pieces = split_for_requests(text)
        assert "".join(pieces) == text
        assert len(pieces) >= len(text.encode()) / MAX_REQUEST_BYTES
        assert all(escaped_bytes(p) <= MAX_REQUEST_BYTES for p in pieces)


# --------------------------------------------------------------------------- the engine


def test_sentences_sent_together_get_their_own_clips_cut_at_the_boundaries(edge_server) -> None:
    texts = ["今天晴。", "明天有雨，气温下降。", "后天多云！"]
    clips = dict(engine().synthesize_many(texts, VOICE))
    assert len(edge_server.requests) == 1  # one request for the three sentences
    ms = [clips[i].duration_ms for i in range(3)]
    tone = [CHAR_FRAMES * FRAME_MS * voiced(t) for t in texts]
    # Each clip holds its sentence's tone, cut midway in the pauses on either side of it.
    pause = (TAIL_FRAMES + LEAD_FRAMES) * FRAME_MS
    assert ms[0] == LEAD_FRAMES * FRAME_MS + tone[0] + pause / 2
    assert ms[1] == pause / 2 + tone[1] + pause / 2
    assert ms[2] == pause / 2 + tone[2] + TAIL_FRAMES * FRAME_MS
    assert sum(c.duration_ms for c in clips.values()) == edge_server.audio_bytes_sent / 6


def test_boundaries_that_do_not_match_the_sentences_send_them_one_by_one(edge_server) -> None:
    edge_server.whole_text_boundary = True
    texts = ["今天晴。", "明天有雨，气温下降。", "后天多云！"]
    clips = dict(engine().synthesize_many(texts, VOICE))
    assert [r.text for r in edge_server.requests] == ["".join(texts), *texts]
    assert [clips[i].duration_ms for i in range(3)] == [sentence_ms(t) for t in texts]


def test_long_paragraph_without_newline_is_sent_in_pieces_and_spoken_whole(edge_server) -> None:
    paragraph = "各地要加强山洪、泥石流和城市内涝的防范，及时转移危险区域群众。" * 70
    clip = engine().synthesize(paragraph, VOICE)
    assert spoken_by_server(edge_server) == paragraph
    assert len(edge_server.requests) > 4
    assert all(escaped_bytes(r.text) <= MAX_REQUEST_BYTES for r in edge_server.requests)
    assert clip.duration_ms == edge_server.audio_bytes_sent / 6
    assert clip.duration_ms >= CHAR_FRAMES * FRAME_MS * voiced(paragraph)


def test_stream_cut_before_turn_end_is_detected_and_requested_again(edge_server) -> None:
    edge_server.cut_streams = 1
    tts = engine()
    clip = tts.synthesize("受副热带高压影响，全省气温明显升高。", VOICE)
    assert tts.stats.truncated == 1
    assert len(edge_server.requests) == 2
    assert clip.duration_ms == sentence_ms("受副热带高压影响，全省气温明显升高。")


def test_stream_closed_just_before_turn_end_is_requested_again(edge_server) -> None:
    edge_server.drop_turn_end = 1
    tts = engine()
    clips = dict(tts.synthesize_many(["今天晴。", "明天雨。"], VOICE))
    assert tts.stats.truncated == 1
    assert len(edge_server.requests) == 2
    assert sum(c.duration_ms for c in clips.values()) == edge_server.audio_bytes_sent / 6


def test_stream_cut_every_time_is_an_error_not_a_short_clip(edge_server) -> None:
    edge_server.cut_streams = 100
    with pytest.raises(EngineError, match="cut short"):
        engine(attempts=3).synthesize("受副热带高压影响，全省气温明显升高。", VOICE)
    assert len(edge_server.requests) == 3


def test_403_once_then_ok(edge_server) -> None:
    edge_server.handshake_statuses = [403]
    clip = engine().synthesize("今天晴。", VOICE)
    assert edge_server.refused == 1
    assert clip.duration_ms == sentence_ms("今天晴。")


def test_403_wave_is_waited_out(edge_server) -> None:
    edge_server.handshake_statuses = [403] * 3
    tts = engine()
    clip = tts.synthesize("今天晴。", VOICE)
    assert edge_server.refused == 3
    assert tts.stats.retries >= 1
    assert clip.duration_ms == sentence_ms("今天晴。")


def test_burst_of_503_is_retried_with_backoff(edge_server) -> None:
    edge_server.handshake_statuses = [503] * 6
    tts = engine(attempts=8)
    clips = dict(tts.synthesize_many(["今天晴。", "明天雨。"], VOICE))
    assert tts.stats.retries == 6
    assert all(not isinstance(c, Exception) for c in clips.values())
    assert edge_server.audio_bytes_sent > 0


def test_503_that_does_not_end_fails_with_the_status(edge_server) -> None:
    edge_server.handshake_statuses = [503] * 50
    tts = engine(attempts=3, concurrency=1)
    outcomes = dict(tts.synthesize_many(["今天晴，", "明天雨，", "后天风。"], VOICE))
    assert all(isinstance(o, EngineError) and "503" in str(o) for o in outcomes.values())
    # The first request used its three tries; the others were not sent into the outage.
    assert edge_server.handshakes == 3


def test_backoff_grows_and_is_jittered() -> None:
    tts = EdgeEngine(backoff_s=1.0, backoff_max_s=8.0)
    waits = [[tts._backoff(a) for _ in range(200)] for a in (1, 2, 3, 4, 5)]
    for attempt, ws in enumerate(waits, 1):
        ceiling = min(8.0, 2 ** (attempt - 1))
        assert all(ceiling / 2 <= w <= ceiling for w in ws)
        assert len(set(ws)) > 100


def test_punctuation_only_text_is_never_sent(edge_server) -> None:
    clip = engine().synthesize("……", VOICE)
    assert clip.pcm == b""
    assert edge_server.handshakes == 0


def test_punctuation_only_sentence_in_a_chapter_is_kept_in_the_transcript(edge_server) -> None:
    script = Script("简报", None, (seg("天气", "今天晴。", "……", "明天雨。"),))
    result = synthesize(script, engine(), SynthSettings(voice=VOICE))
    texts = [c.text for c in result.chapters[0].clips]
    assert "".join(texts) == "今天晴。……明天雨。"
    assert all(voiced(r.text) > 0 for r in edge_server.requests)
    assert all(voiced(s) > 0 for r in edge_server.requests for s in re.split("。", r.text) if s)


@pytest.mark.parametrize("bound", [1, 2, 3])
def test_concurrency_bound_holds_at_the_server(edge_server, bound: int) -> None:
    edge_server.latency_s = 0.15
    # Clauses ending in a comma are never joined, so each is a request of its own.
    texts = [f"第{n}条消息，" for n in "一二三四五六七八"]
    outcomes = dict(engine(concurrency=bound).synthesize_many(texts, VOICE))
    assert len(edge_server.requests) == len(texts)
    assert all(not isinstance(o, Exception) for o in outcomes.values())
    assert edge_server.max_active == bound


def test_concurrency_above_four_is_refused() -> None:
    with pytest.raises(EngineError, match=r"1\.\.4"):
        EdgeEngine(concurrency=5)


def test_chapters_are_never_joined_into_one_request(edge_server) -> None:
    script = Script("简报", seg("导语", "今天有两条消息。"), (seg("天气", "明天晴。"),))
    synthesize(script, engine(), SynthSettings(voice=VOICE))
    # Two requests in flight at once: they may reach the service in either order.
    assert sorted(r.text for r in edge_server.requests) == ["今天有两条消息。", "明天晴。"]


def test_a_failing_chapter_is_reported_when_asked_to_keep_going(edge_server) -> None:
    edge_server.fail_marker = "暴雨"
    script = Script("简报", None, (seg("甲", "今天晴。"), seg("乙", "明天暴雨。")))
    result = synthesize(script, engine(), SynthSettings(voice=VOICE), keep_going=True)
    assert [f.title for f in result.failed] == ["乙"]
    assert result.chapters[1].clips == ()
    with pytest.raises(EngineError, match="No speech for chapter '乙'"):
        synthesize(script, engine(), SynthSettings(voice=VOICE))


# --------------------------------------------------------------------------- make, end to end


def _cues(path: Path) -> list[tuple[str, str]]:
    blocks = path.read_text(encoding="utf-8").split("\n\n")[1:]
    return [tuple(b.splitlines()[:2]) for b in blocks if b.strip()]  # type: ignore[misc]


def test_make_with_an_edge_profile_writes_the_bulletin(tmp_path, edge_server) -> None:
    import json

    out = tmp_path / "news.mp3"
    result = run_cli("make", str(EXAMPLE), "--voice", "yunyang-news", "--html", "-o", str(out))
    assert result.returncode == 0, result.stderr.decode()
    assert result.stdout.decode().split() == [
        str(out),
        f"{out.with_suffix('')}.chapters.json",
        f"{out.with_suffix('')}.vtt",
        f"{out.with_suffix('')}.html",
        str(tmp_path / "index.html"),
    ]
    assert "speaking: " in result.stderr.decode()
    assert {"zh-CN, YunyangNeural" in r.voice for r in edge_server.requests} == {True}
    # Several sentences per request, yet one cue per sentence, timed by the service's boundaries:
    # each cue spans its sentence's tone (plus the trimming pad), not the whole request. The
    # page carries those cues (the captions show the written text, cut to their own length).
    script = run_cli("script", str(EXAMPLE), "--json")
    data = json.loads(script.stdout)
    sentences = [s for c in [data["intro"], *data["segments"]] for s in c["sentences"]]
    assert len(edge_server.requests) < len(sentences)
    page = out.with_suffix(".html").read_text(encoding="utf-8")
    found = re.search(r'<script type="application/json" id="bulletin-data">(.*?)</script>', page)
    assert found is not None
    cues = json.loads(found.group(1))["cues"]
    assert len(cues) == len(sentences)
    for (start, end, _first, _last), sentence in zip(cues, sentences, strict=True):
        tone = CHAR_FRAMES * FRAME_MS * voiced(sentence)
        length = round((end - start) * 1000)
        assert tone <= length <= tone + 2 * FRAME_MS + 40, (sentence, length)
    assert len(_cues(tmp_path / "news.vtt")) >= len(sentences)


def test_make_again_takes_every_edge_clip_from_the_cache(tmp_path, edge_server) -> None:
    out = str(tmp_path / "b.mp3")
    first = run_cli("make", str(EXAMPLE), "--engine", "edge", "--voice", VOICE, "-o", out)
    assert first.returncode == 0, first.stderr.decode()
    sent = len(edge_server.requests)
    again = run_cli("make", str(EXAMPLE), "--engine", "edge", "--voice", VOICE, "-o", out)
    assert again.returncode == 0, again.stderr.decode()
    assert len(edge_server.requests) == sent
    assert "0 sentences spoken" in again.stderr.decode()


def test_failing_chapter_falls_back_to_another_engine(tmp_path, edge_server, fake_voice) -> None:
    edge_server.fail_marker = "副热带高压"
    out = tmp_path / "b.mp3"
    result = run_cli(
        "make", str(EXAMPLE), "--engine", "edge", "--voice", VOICE, "--fallback", "fake",
        "-o", str(out),
    )  # fmt: skip
    stderr = result.stderr.decode()
    assert result.returncode == 0, stderr
    notes = [line for line in stderr.splitlines() if line.startswith("note:")]
    assert len(notes) == 1 and "fallback engine fake" in notes[0]
    assert "未来三天天气趋势" in notes[0] and "雨情实况" not in notes[0]
    cues = [text for _t, text in _cues(tmp_path / "b.vtt")]
    assert any("副热带高压" in c for c in cues)  # spoken, by the fake engine
    assert out.stat().st_size > 0
    import json

    data = json.loads(run_cli("script", str(EXAMPLE), "--json").stdout)
    sentences = sum(len(c["sentences"]) for c in [data["intro"], *data["segments"]])
    assert f"{sentences} sentences spoken, 0 from the cache" in stderr


def test_failure_without_fallback_writes_nothing(tmp_path, edge_server) -> None:
    edge_server.fail_marker = "副热带高压"
    out = tmp_path / "b.mp3"
    result = run_cli("make", str(EXAMPLE), "--engine", "edge", "--voice", VOICE, "-o", str(out))
    assert result.returncode == 4
    assert "error: No speech for chapter '未来三天天气趋势'" in result.stderr.decode()
    assert "Traceback" not in result.stderr.decode()
    assert not list(tmp_path.glob("b*"))


def test_service_unreachable_without_fallback_is_a_clear_error(tmp_path, _isolated_home) -> None:
    # The autouse fixture points the engine at a closed local port; config.toml shortens the
    # waits between tries.
    _isolated_home.mkdir(parents=True, exist_ok=True)
    (_isolated_home / "config.toml").write_text(
        "[edge]\nattempts = 2\nbackoff_s = 0.01\nbackoff_max_s = 0.02\n", encoding="utf-8"
    )
    out = tmp_path / "b.mp3"
    result = run_cli(
        "make", str(EXAMPLE), "--voice", "xiaoxiao", "--concurrency", "1", "-o", str(out)
    )
    stderr = result.stderr.decode()
    assert result.returncode == 4, stderr
    assert "cannot reach the service" in stderr
    assert "--fallback" in stderr
    assert not list(tmp_path.glob("b*"))


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["--engine", "edge", "--voice", "zm_yunjian"], 3, "spoken by the kokoro engine"),
        (["--engine", "edge", "--voice", "Yunyang"], 3, "not an edge voice"),
        (["--engine", "edge", "--concurrency", "5"], 2, "--concurrency must be within 1..4"),
        (["--voice", "zm_yunjian", "--concurrency", "2"], 2, "applies to online engines"),
        (["--engine", "edge", "--fallback", "nosuch"], 4, "Unknown engine 'nosuch'"),
    ],
)
def test_bad_engine_options_fail_before_any_speech(tmp_path, args, code, message) -> None:
    result = run_cli("make", str(EXAMPLE), *args, "-o", str(tmp_path / "b.mp3"))
    assert result.returncode == code, result.stderr.decode()
    assert message in result.stderr.decode()


def test_voices_engine_edge_offline_lists_the_known_voices() -> None:
    result = run_cli("voices", "--engine", "edge")
    out = result.stdout.decode()
    assert result.returncode == 0, result.stderr.decode()
    assert "zh-CN-YunyangNeural" in out and "zh-CN-XiaoxiaoNeural" in out
    assert "yunyang-news" in out
    assert "(offline: the known zh-CN voices" in out


def test_voices_engine_edge_online_lists_the_service_voices(edge_server) -> None:
    edge_server.voice_list = [
        {"ShortName": "zh-CN-YunyangNeural", "Locale": "zh-CN", "Gender": "Male",
         "VoiceTag": {"VoicePersonalities": ["Professional", "Reliable"]}},
        {"ShortName": "zh-TW-HsiaoChenNeural", "Locale": "zh-TW", "Gender": "Female"},
        {"ShortName": "en-US-AvaNeural", "Locale": "en-US", "Gender": "Female"},
    ]  # fmt: skip
    result = run_cli("voices", "--engine", "edge")
    out = result.stdout.decode()
    assert result.returncode == 0, result.stderr.decode()
    assert "zh-TW-HsiaoChenNeural" in out and "Professional, Reliable" in out
    assert "en-US-AvaNeural" not in out
    assert "(live list from the service: 2 Chinese voices)" in out


def test_fallback_voice_is_the_offline_default_when_the_configured_voice_is_online() -> None:
    from audiobulletin.pipeline import choose_voice

    assert choose_voice("kokoro", None, "yunyang-news").name == "zm_yunjian"
    assert choose_voice("edge", None, "zm_yunjian").voice == VOICE
    assert choose_voice("edge", None, "xiaoxiao").voice == "zh-CN-XiaoxiaoNeural"
    assert choose_voice("edge", "zh-CN-YunxiNeural", "zm_yunjian").voice == "zh-CN-YunxiNeural"


def test_engine_options_come_from_config_and_typos_are_named(tmp_path, _isolated_home) -> None:
    _isolated_home.mkdir(parents=True, exist_ok=True)
    (_isolated_home / "config.toml").write_text("[edge]\nattempt = 3\n", encoding="utf-8")
    result = run_cli("make", str(EXAMPLE), "--voice", "xiaoxiao", "-o", str(tmp_path / "b.mp3"))
    assert result.returncode == 3
    assert "unknown option(s) in [edge]: attempt" in result.stderr.decode()


def test_batch_jobs_share_the_request_bound_instead_of_multiplying_it(
    tmp_path, edge_server
) -> None:
    edge_server.latency_s = 0.3
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for name in ("a", "b", "c", "d"):
        (inbox / f"{name}.txt").write_text(
            f"{name}号简报\n\n一、天气\n今天全市晴，，气温回升，，夜间有风。\n\n二、交通\n"
            "地铁一号线恢复运营，，公交线路照常，，出行请留意。\n",
            encoding="utf-8",
        )
    out = tmp_path / "public"

    result = run_cli(
        "batch",
        str(inbox),
        "-o",
        str(out),
        "--engine",
        "edge",
        "--voice",
        VOICE,
        "--jobs",
        "2",
        "--no-html",
        cwd=tmp_path,
    )

    assert result.returncode == 0, result.stderr.decode()
    assert len(list(out.glob("*.mp3"))) == 4
    assert 1 <= edge_server.max_active <= 2


def test_an_outage_is_waited_out_once_not_again_for_each_synthesis_retry(edge_server) -> None:
    edge_server.handshake_statuses = [503] * 50
    script = Script(title="简报", intro=None, segments=(seg("天气", "今天晴。", "明天雨。"),))

    result = synthesize(
        script, engine(attempts=3, concurrency=1), SynthSettings(voice=VOICE), keep_going=True
    )

    assert [f.title for f in result.failed] == ["天气"]
    assert edge_server.handshakes == 3
