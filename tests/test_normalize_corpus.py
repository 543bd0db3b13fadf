"""The normaliser on the 24 real reports of the evaluation corpus.

The reports are read at run time from ``$AUDIOBULLETIN_CORPUS`` (default ``../shared/corpus``
next to the repository); nothing from them is copied here. The tests skip when the corpus is
absent. Run with ``-s`` to see the warnings found across the corpus.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from shared_data import corpus_dir, corpus_files

from audiobulletin.normalize import to_simplified, to_spoken, unvoiceable
from audiobulletin.zh import split_sentences

REPO = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.corpus

#: A warning must name the character: “X” (U+XXXX …), or the aside left out (未朗读（页面指引）：
#: （见附件）).
_NAMES_A_CHARACTER = re.compile(r"“[^”]*” \(U\+[0-9A-F]{4,6}[^)]*\)|^未朗读（[^）]+）：\S")


_corpus_dir = corpus_dir


def _corpus_files() -> list[str]:
    return [p.name for p in corpus_files()]


def _lines(name: str) -> list[str]:
    folder = _corpus_dir()
    if not (folder / name).is_file():
        pytest.skip(f"corpus not found at {folder}")
    text = (folder / name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip()]


@pytest.mark.parametrize("name", _corpus_files() or ["(corpus absent)"])
def test_corpus_file_is_fully_spoken(name: str) -> None:
    warnings: list[str] = []
    for number, line in enumerate(_lines(name), start=1):
        where = f"{name}:{number}"
        spoken = to_spoken(line)
        assert not re.search(r"[0-9]", spoken.text), where
        assert unvoiceable(spoken.text) == [], where
        assert to_simplified(spoken.text) == spoken.text, where
        for warning in spoken.warnings:
            assert _NAMES_A_CHARACTER.search(warning), (where, warning)
        warnings.extend(f"{where}: {w}" for w in spoken.warnings)
        pieces = split_sentences(spoken.text)
        assert "".join(pieces) == spoken.text, where
        assert all(len(p) <= 80 for p in pieces), where
    for warning in warnings:
        print(warning)


def test_corpus_present_or_skipped() -> None:
    files = _corpus_files()
    if not files:
        pytest.skip(f"corpus not found at {_corpus_dir()}")
    assert len(files) == 24
