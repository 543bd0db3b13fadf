"""Facts about written Chinese that every stage shares: which characters are Han, which take
time to say.

Why a module of its own: the reader, the document, the titles, the summary, the normaliser and
the engines all ask these questions, and their answers must not drift apart (a Han range
that differs between the splitter and the aligner misplaces a transcript cue). It is a leaf:
it imports nothing of the product.
"""

from __future__ import annotations

import re

__all__ = ["HAN", "HAN_RE", "han_count", "voiced_chars", "without_marks"]

#: Han ideographs as a regex character-class body: CJK Extension A, the Unified block and
#: the compatibility ideographs (the normaliser maps the latter to unified ones for speech).
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
HAN_RE = re.compile(f"[{HAN}]")


def han_count(text: str) -> int:
    """Number of Han characters in ``text``."""
    return len(HAN_RE.findall(text))


_MARKS_RE = re.compile(r"[\s，,。.!！?？；;：:“”\"]")


def without_marks(text: str) -> str:
    """``text`` without spaces and sentence punctuation: for asking whether two pieces of
    text say the same words (a key point and the headline, a clause and the title)."""
    return _MARKS_RE.sub("", text)


def voiced_chars(text: str) -> int:
    """Characters that take time to say: Han characters, letters and digits, not punctuation.

    A text without any is silent: it is never sent to an engine, and a clip's plausible
    length is measured against this count.
    """
    return sum(1 for ch in text if ch.isalnum())
