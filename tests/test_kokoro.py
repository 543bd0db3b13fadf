"""The Kokoro engine: model assembly, phonemes, chunking, and real synthesis on short texts."""

from __future__ import annotations

import hashlib
from pathlib import Path

import numpy as np
import pytest
from heap_probe import where_a_large_block_lands as probe

from audiobulletin.engines import base
from audiobulletin.engines import kokoro as kk
from audiobulletin.errors import EngineError, VoiceError

# An invented report paragraph of about 300 characters, spoken form (no digits).
LONG_TEXT = (
    "据气象部门介绍，今年入汛以来，全省平均降雨量较常年同期偏多三成，其中北部山区降雨量偏多五成以上，"
    "多条中小河流出现超警戒水位。省防汛指挥部要求各地加强值班值守，密切关注雨情水情变化，"
    "提前转移危险区域群众，确保人民群众生命财产安全。与此同时，农业部门组织技术人员深入田间地头，"
    "指导农民做好排涝降渍和病虫害防治工作，尽量减少灾害损失。交通运输部门对受损道路进行抢修，"
    "目前主要干线公路已经全部恢复通行，部分乡村道路仍在抓紧修复之中。电力部门投入抢修人员两千余人，"
    "受影响的用户供电已基本恢复。下一步，全省将继续压实防汛责任，做好应对强降雨的各项准备，"
    "坚决打赢防汛救灾这场硬仗。"
)


def _seconds(clip: base.AudioClip) -> float:
    return clip.duration_ms / 1000.0


def _rms(clip: base.AudioClip) -> float:
    samples = np.frombuffer(clip.pcm, dtype="<i2").astype(np.float64)
    return float(np.sqrt((samples**2).mean())) if samples.size else 0.0


@pytest.fixture(scope="module")
def engine(kokoro_model: Path) -> kk.KokoroEngine:
    """One loaded engine for the whole module: loading takes a few seconds."""
    eng = kk.KokoroEngine(threads=1, model_path=kokoro_model)
    eng.load()
    return eng


@pytest.fixture
def voice(request: pytest.FixtureRequest) -> str:
    """A Mandarin pack from the local mirror when there is one, else the always-present
    Japanese pack, so the real-model tests also run on a machine without the mirror."""
    try:
        request.getfixturevalue("voice_url")
    except pytest.skip.Exception:
        return "jf_gongitsune"
    return "zf_xiaobei"


# --------------------------------------------------------------------------- model assembly


def test_assembled_model_matches_digest(kokoro_model: Path) -> None:
    assert kokoro_model.name == kk.MODEL_FILE
    assert kokoro_model.stat().st_size == kk.MODEL_SIZE
    digest = hashlib.sha256(kokoro_model.read_bytes()).hexdigest()
    assert digest == kk.MODEL_SHA256


def test_verified_model_is_not_hashed_again(
    kokoro_model: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_hash(path: Path) -> str:
        raise AssertionError("re-hashed a stamped model")

    monkeypatch.setattr(kk, "_hash_file", no_hash)
    assert kk.ensure_model(kokoro_model.parent) == kokoro_model


def test_damaged_model_is_rebuilt(tmp_path: Path) -> None:
    (tmp_path / kk.MODEL_FILE).write_bytes(b"not a model")
    model = kk.ensure_model(tmp_path)
    assert model.stat().st_size == kk.MODEL_SIZE
    assert sorted(p.name for p in tmp_path.iterdir()) == [kk.MODEL_FILE, kk.MODEL_FILE + ".ok"]


def test_model_goes_to_user_home_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    # Only the path is checked: assembling is covered above.
    from audiobulletin import paths

    def no_parts() -> list[Path]:
        raise EngineError("stop")

    monkeypatch.setattr(kk, "_part_files", no_parts)
    with pytest.raises(EngineError, match="stop"):
        kk.ensure_model()
    assert not (paths.models_dir() / kk.MODEL_FILE).exists()


# --------------------------------------------------------------------------- options, registry


def test_registered_and_options_validated() -> None:
    engine = base.create("kokoro", threads=2)
    assert isinstance(engine, kk.KokoroEngine) and engine.threads == 2
    assert engine.parallel and not engine.online and engine.sample_rate == 24000
    assert engine.model_id == "kokoro-v1.0-int8"
    with pytest.raises(EngineError, match="'threads'"):
        kk.KokoroEngine(threads=0)
    with pytest.raises(EngineError, match="'chunk_tokens'"):
        kk.KokoroEngine(chunk_tokens=600)
    for bad in (0.3, 2.5, "fast"):
        with pytest.raises(EngineError, match="'rate'"):
            engine.synthesize("你好。", "zf_xiaobei", bad)  # type: ignore[arg-type]


def test_missing_voice_is_not_replaced_silently() -> None:
    # Downloads point at a closed port (conftest): offline.
    with pytest.raises(VoiceError) as err:
        kk.KokoroEngine().resolve("zf_xiaobei")
    assert "audiobulletin voices pull zf_xiaobei" in (err.value.hint or "")
    resolved = kk.KokoroEngine(fallback=True).resolve("zf_xiaobei")
    assert resolved.name == "jf_gongitsune" and resolved.fallback_note


def test_preparing_a_missing_voice_names_the_stand_in_pack_and_says_how_to_fix_it() -> None:
    # Downloads point at a closed port (conftest): offline.
    prepared = kk.KokoroEngine.prepare_voice("zf_xiaobei")
    assert prepared.voice == "jf_gongitsune"
    assert prepared.note is not None and "\n" not in prepared.note
    assert "audiobulletin voices pull zf_xiaobei" in prepared.note


# --------------------------------------------------------------------------- chunking (no model)


def test_split_phonemes_respects_budget_and_loses_nothing() -> None:
    text = "a→b, c↘d. " * 60 + "x" * 700
    chunks = kk.split_phonemes(text, 100)
    assert all(0 < len(c) <= 100 for c in chunks)
    assert "".join("".join(chunks).split()) == "".join(text.split())
    assert chunks[0].endswith((".", ","))  # cut at punctuation first


# --------------------------------------------------------------------------- phonemes


@pytest.mark.kokoro
def test_latin_letters_get_phonemes(engine: kk.KokoroEngine) -> None:
    letters, dropped = engine.phonemize("G D P")
    assert len(letters) >= 6 and not dropped
    word, _ = engine.phonemize("Wind")
    assert "w" in word and "ɪ" in word  # English phonemes, not the letters passed through
    mixed, dropped = engine.phonemize("今天的GDP增长了。")
    assert "dʒ" in mixed and not dropped
    quoted, dropped = engine.phonemize("他说‘don’t worry’。")
    assert "oʊ" in quoted and "“" in quoted and not dropped


@pytest.mark.kokoro
def test_unpronounceable_letters_are_reported(engine: kk.KokoroEngine) -> None:
    with pytest.raises(kk.LostSpeechError, match="α"):
        engine.chunks("系数α很高。")
    spoken, dropped = engine.phonemize("二〇二四年")  # 〇 would be dropped by the G2P as is
    assert not dropped and spoken.count("li↗ŋ") == 1


@pytest.mark.kokoro
def test_long_text_chunks_fit_window_without_loss(engine: kk.KokoroEngine) -> None:
    assert 280 <= len(LONG_TEXT) <= 320
    phonemes, dropped = engine.phonemize(LONG_TEXT)
    chunks = engine.chunks(LONG_TEXT)
    assert not dropped and len(chunks) >= 3
    assert all(len(c) <= kk.CHUNK_TOKENS < kk.MAX_TOKENS for c in chunks)
    # Every chunk is all tokens (filtered to the vocabulary), so its length is its token count.
    assert all(len(engine._kokoro.tokenizer.tokenize(c)) == len(c) for c in chunks)
    assert "".join(chunks).replace(" ", "") == phonemes.replace(" ", "")


@pytest.mark.kokoro
def test_long_text_every_chunk_is_spoken(
    engine: kk.KokoroEngine, voice: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[str] = []

    def fake_create(phonemes: str, **kwargs: object) -> tuple[np.ndarray, int]:
        seen.append(phonemes)
        return np.full(len(phonemes) * 100, 0.1, dtype=np.float32), 24000

    monkeypatch.setattr(engine._kokoro, "create", fake_create)
    clip = engine.synthesize(LONG_TEXT, voice)
    assert seen == engine.chunks(LONG_TEXT)
    pause_samples = clip.samples - sum(len(s) * 100 for s in seen)
    assert 0 < pause_samples < len(seen) * 0.3 * 24000


# --------------------------------------------------------------------------- real synthesis


@pytest.mark.kokoro
def test_short_sentence_duration_is_plausible(engine: kk.KokoroEngine, voice: str) -> None:
    text = "今天天气很好，我们去公园散步。"
    clip = engine.synthesize(text, voice)
    han = sum("\u4e00" <= c <= "\u9fff" for c in text)
    assert clip.sample_rate == 24000 and len(clip.pcm) % 2 == 0
    assert 0.1 * han <= _seconds(clip) <= 0.5 * han
    assert _rms(clip) > 300


@pytest.mark.kokoro
def test_latin_letters_are_voiced(engine: kk.KokoroEngine, voice: str) -> None:
    clip = engine.synthesize("G D P", voice)
    assert _seconds(clip) > 0.6 and _rms(clip) > 300
    assert engine.synthesize("。", voice).samples == 0  # nothing to say: empty, not an error


@pytest.mark.kokoro
def test_rate_changes_duration(engine: kk.KokoroEngine, voice: str) -> None:
    text = "会议强调要稳住经济大盘。"
    slow = engine.synthesize(text, voice, 0.8)
    fast = engine.synthesize(text, voice, 1.5)
    assert _seconds(fast) < 0.8 * _seconds(slow)


@pytest.mark.kokoro
def test_text_longer_than_a_chunk_is_spoken_whole(engine: kk.KokoroEngine, voice: str) -> None:
    # 100 characters, about 440 tokens: four chunks or more at 120 tokens each (the cuts
    # fall at clause marks). Spoken fast to keep the test short.
    text = LONG_TEXT[:100]
    assert len(engine.chunks(text)) >= 440 // kk.CHUNK_TOKENS
    clip = engine.synthesize(text, voice, 2.0)
    han = sum("\u4e00" <= c <= "\u9fff" for c in text)
    # At rate 2.0 a character takes about 0.1 s; losing a chunk would halve this.
    assert _seconds(clip) >= 0.07 * han


@pytest.mark.kokoro
def test_a_loaded_engine_serves_large_blocks_with_their_own_mapping(kokoro_model: Path) -> None:
    """So that what onnxruntime's arena lets go after a call leaves the process (and the
    freed heap is trimmed after each call); ``trim_heap = false`` leaves glibc as it was."""
    assert probe(str(kokoro_model)) == "mapped"
    assert probe(str(kokoro_model), "false") == "heap"


@pytest.mark.kokoro
def test_a_synthesis_worker_speaks_prepared_phonemes_without_loading_the_g2p(
    engine: kk.KokoroEngine, voice: str, kokoro_model: Path
) -> None:
    """The coordinating process runs the G2P (``prepare``); a worker given its chunks holds
    the model only (no misaki, jieba or pypinyin) and makes the very same audio."""
    import json
    import subprocess
    import sys

    text = "今天的会议讨论了三项议题，GDP保持稳定增长。"
    expected = engine.synthesize(text, voice)
    child = (
        "import hashlib, json, os, sys\n"
        "from audiobulletin import synth\n"
        "synth._worker_init(os.getppid(), 'kokoro', {'threads': 1, 'model_path': sys.argv[1]})\n"
        "pcm, _ = synth._worker_task(tuple(tuple(p) for p in json.loads(sys.argv[2])), "
        "sys.argv[3], 1.0)\n"
        "loaded = [m for m in ('misaki', 'jieba', 'pypinyin') if m in sys.modules]\n"
        "print(json.dumps([loaded, hashlib.sha256(pcm).hexdigest()]))\n"
    )
    prepared = json.dumps([engine.prepare(text)], ensure_ascii=False)
    run = subprocess.run(
        [sys.executable, "-c", child, str(kokoro_model), prepared, voice],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr
    loaded, digest = json.loads(run.stdout.strip().splitlines()[-1])
    assert loaded == []
    assert digest == hashlib.sha256(expected.pcm).hexdigest()


def test_latin_letters_get_phonemes_where_only_the_g2p_is_loaded() -> None:
    """The coordinating process prepares sentences without ever loading the model."""
    fresh = kk.KokoroEngine()
    chunks = fresh.prepare("GDP增长")
    assert fresh._kokoro is None
    assert "ˈ" in chunks[0]  # espeak-ng's stress mark: the English phonemizer was reached
    assert "→" in chunks[0]  # a first tone: the Mandarin G2P


@pytest.mark.kokoro
def test_the_g2p_filters_with_the_vocabulary_the_model_is_tokenized_with(
    engine: kk.KokoroEngine,
) -> None:
    engine.load()
    assert engine._vocab == dict(engine._kokoro.tokenizer.vocab)
