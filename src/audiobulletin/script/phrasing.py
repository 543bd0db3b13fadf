"""How a spoken sentence ends and how a count is said: shared by the intro and the tables."""

from __future__ import annotations

import re

from audiobulletin.zh import (
    ELLIPSIS,
    SENTENCE_ENDS,
    ends_sentence,
)


def end_sentence(text: str) -> str:
    """``text`` ending a sentence, so the intro pauses after it: 。 added where it ends in
    none, looking through a closing quote or bracket (…称为“数字第一城” and 考试时间：第十周
    （11月7—9日） get one; 他说：“任务已经完成。” does not, nor does an ASCII stop after
    Han text, 他说："任务已经完成.")."""
    text = text.strip().rstrip("—－-~～").rstrip()  # a headline's dash awaits its subtitle
    if re.search(r"[A-Za-z][.!?]$", text):
        return text  # a sentence in English has its own stop: …this year.
    if re.search(r"[\u4e00-\u9fff][.][\"'”’」』)）]*$", text):
        return text  # pasted with ASCII stops: 他说："每天都来打太极拳."
    if text and not ends_sentence(text, SENTENCE_ENDS + ELLIPSIS + "：:"):
        text += "。"
    return text


def count_words(n: int) -> str:
    """A count as a Chinese numeral for the chapter map (两 for 2, as it is said: 两个部分)."""
    from audiobulletin.normalize import read_cardinal

    return "两" if n == 2 else read_cardinal(n, liang=True)
