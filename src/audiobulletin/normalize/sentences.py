"""The one sentence splitter: spoken text cut into clips, written text into sentences."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

from audiobulletin.normalize.chars import _is_han, _is_latin_letter

# --------------------------------------------------------------------------------------------
# Sentences
# --------------------------------------------------------------------------------------------

_SENTENCE_END = frozenset("。！？；!?;.")
_CLOSERS = frozenset("”’」』）)》】〕]\"'")
_CLAUSE_MARKS = frozenset("，、：,:")


def _has_content(piece: str) -> bool:
    return any(_is_han(ch) or _is_latin_letter(ch) for ch in piece)


def _past_end(text: str, i: int, marks: Collection[str]) -> int:
    """Where the next sentence starts after the end at ``i``: past a run of end marks and
    the closing quotes after them (not after a line break), and past spaces and breaks."""
    n = len(text)
    j = i + 1
    if text[i] != "\n":
        while j < n and text[j] in marks:
            j += 1
        while j < n and text[j] in _CLOSERS:
            j += 1
    while j < n and text[j] in " \n":
        j += 1
    return j


def _fold_empty(pieces: list[str], has_content: Callable[[str], bool]) -> list[str]:
    """Pieces without content (a lone mark, a pause) join their neighbour: a sentence is
    never only punctuation, and nothing is dropped."""
    merged: list[str] = []
    for piece in pieces:
        if merged and (not has_content(piece) or not has_content(merged[-1])):
            merged[-1] += piece
        else:
            merged.append(piece)
    return merged


def _cut_sentences(spoken: str) -> list[str]:
    """Cut after each run of sentence-end marks (plus closing quotes and whitespace) and
    after each line break; pieces without any letter are merged into a neighbour."""
    pieces: list[str] = []
    start = i = 0
    n = len(spoken)
    while i < n:
        ch = spoken[i]
        if ch in _SENTENCE_END or ch == "\n":
            j = _past_end(spoken, i, _SENTENCE_END)
            pieces.append(spoken[start:j])
            start = i = j
        else:
            i += 1
    if start < n:
        pieces.append(spoken[start:])
    return _fold_empty(pieces, _has_content)


def _cut_long(sentence: str, max_chars: int) -> list[str]:
    """Cut a sentence longer than ``max_chars`` after the clause mark nearest its middle
    (then after a space), recursively; as a last resort at ``max_chars`` characters."""
    if len(sentence) <= max_chars:
        return [sentence]
    middle = len(sentence) / 2
    for marks in (_CLAUSE_MARKS, frozenset(" ")):
        cuts = [i + 1 for i, ch in enumerate(sentence[:-1]) if ch in marks]
        if cuts:
            cut = min(cuts, key=lambda c: abs(c - middle))
            return _cut_long(sentence[:cut], max_chars) + _cut_long(sentence[cut:], max_chars)
    return [sentence[:max_chars], *_cut_long(sentence[max_chars:], max_chars)]


def split_sentences(spoken: str, max_chars: int = 80) -> list[str]:
    """Cut spoken text at sentence ends (。！？；and their ASCII forms, plus a trailing closing
    quote), and cut a sentence longer than max_chars at commas/、/： near the middle, and as
    last resort at max_chars — never losing a character: ``"".join(result) == spoken``.

    Line breaks also end a sentence (titles and list lines have no 。). Pieces that hold no
    letter at all (a stray ``。``) are merged into a neighbour, so no clip is silent.
    """
    if max_chars < 1:
        raise ValueError("max_chars must be at least 1")
    if not spoken:
        return []
    out: list[str] = []
    for sentence in _cut_sentences(spoken):
        out.extend(_cut_long(sentence, max_chars))
    return out


_WRITTEN_END = frozenset("。！？；!?;")


def _written_content(piece: str) -> bool:
    return any(_is_han(ch) or _is_latin_letter(ch) or ch.isdigit() for ch in piece)


#: A list number at the start of a line, right before the "." being looked at.
_LIST_NUMBER = re.compile(r"(?:^|\n)\s*\d{1,2}$")


def split_written(written: str) -> list[str]:
    """Cut written text into sentences the way :func:`split_sentences` cuts spoken text.

    The same ends (。！？； and their ASCII forms, closing quotes, line breaks), except that a
    ``.`` only ends a sentence before a space, a line break or the end, since written text
    still holds ``3.5`` and ``www.example.com``. No long sentence is cut here: the spoken
    form decides that. Pieces holding no letter or digit join a neighbour, and
    ``"".join(result) == written``, so each piece can be normalised on its own and the
    spoken sentences traced back to the written sentence they came from.
    """
    pieces: list[str] = []
    start = i = 0
    n = len(written)
    while i < n:
        ch = written[i]
        ends = (
            ch in _WRITTEN_END
            or ch == "\n"
            or (
                ch == "."
                and (i + 1 == n or written[i + 1] in " \n")
                and not _LIST_NUMBER.search(written, 0, i)  # "1. " opens a list item
            )
        )
        if not ends:
            i += 1
            continue
        j = _past_end(written, i, _WRITTEN_END | {"."})
        pieces.append(written[start:j])
        start = i = j
    if start < n:
        pieces.append(written[start:])
    return _fold_empty(pieces, _written_content)
