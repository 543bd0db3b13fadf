"""Every sentence of the 24 real reports can be voiced by Kokoro without losing a letter.

The script stage turns each report into spoken sentences; here each one goes through Kokoro's
phonemiser and chunker for real. Peers lose Chinese text past about 150 characters or drop
what the model's vocabulary lacks without a word; this proves neither happens on real reports.
The longest written sentences are also given to the engine whole (no script-side splitting),
since the engine must never truncate either.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from shared_data import corpus_dir, corpus_files

from audiobulletin.document import parse
from audiobulletin.engines import kokoro as kk
from audiobulletin.normalize import to_spoken
from audiobulletin.reader import read_report
from audiobulletin.script import build_script

REPO = Path(__file__).resolve().parents[1]
CORPUS = corpus_dir()
FILES = corpus_files()

pytestmark = [
    pytest.mark.corpus,
    pytest.mark.kokoro,
    pytest.mark.skipif(not FILES, reason=f"corpus not found at {CORPUS}"),
]


@pytest.fixture(scope="module")
def engine(kokoro_model: Path) -> kk.KokoroEngine:
    eng = kk.KokoroEngine(threads=1, model_path=kokoro_model)
    eng.load()
    return eng


def _letters(text: str) -> str:
    return re.sub(r"[^A-Za-z]", "", text)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem[:2])
def test_every_spoken_sentence_of_the_report_is_voiced_whole(
    path: Path, engine: kk.KokoroEngine
) -> None:
    script = build_script(parse(read_report(path)))
    for segment in script.chapters:
        for sentence in segment.sentences:
            chunks = engine.chunks(sentence)  # raises LostSpeechError if a letter would vanish
            assert all(len(c) <= kk.CHUNK_TOKENS < kk.MAX_TOKENS for c in chunks), sentence
            phonemes, dropped = engine.phonemize(sentence)
            assert "".join(chunks).replace(" ", "") == phonemes.replace(" ", "")
            # only punctuation or spacing may be left out of the phonemes
            assert not [c for c in dropped if c.isalnum()], (sentence, dropped)


def _longest_written_sentences(n: int) -> list[str]:
    sentences: list[str] = []
    for path in FILES:
        text = read_report(path)
        sentences += [s for s in re.split(r"(?<=[。！？])|\n", text) if s.strip()]
    return sorted(sentences, key=len, reverse=True)[:n]


def test_longest_corpus_sentences_fit_the_window_without_loss(engine: kk.KokoroEngine) -> None:
    longest = _longest_written_sentences(5)
    assert len(longest[0]) > 150  # longer than where peers start to lose text
    for written in longest:
        spoken = to_spoken(written).text
        chunks = engine.chunks(spoken)
        phonemes, _ = engine.phonemize(spoken)
        assert len(chunks) >= 2 or len(phonemes) <= kk.CHUNK_TOKENS
        assert all(len(engine._kokoro.tokenizer.tokenize(c)) <= kk.CHUNK_TOKENS for c in chunks)
        assert "".join(chunks).replace(" ", "") == phonemes.replace(" ", "")


def test_longest_corpus_sentence_is_spoken_to_the_end(engine: kk.KokoroEngine) -> None:
    """Given to the engine whole, the longest sentence comes back at full length."""
    spoken = to_spoken(_longest_written_sentences(1)[0]).text
    voiced = sum(1 for c in spoken if c.isalnum())
    clip = engine.synthesize(spoken, "jf_gongitsune", rate=2.0)
    low_ms_per_char = engine.plausible_ms_per_char[0] / 2.0  # rate 2.0 halves the length
    assert clip.duration_ms >= voiced * low_ms_per_char, (clip.duration_ms, voiced)
