"""Whether a phrase only says the headline again.

Why a module of its own: the chapter titles, the intro and the script's first chapter all
avoid saying the headline twice, and must agree on what counts as saying it again.
"""

from __future__ import annotations

import re
from collections import Counter

from audiobulletin.zh import (
    without_marks,
)

#: When something was said or issued, to the minute: 2031年8月12日10时30分, 8:30.
_WHEN_SAID_RE = re.compile(
    r"\d{4}年|\d{1,2}月|\d{1,2}[日号]|\d{1,2}[时点](?:\d{1,2}分)?|\d{1,2}:\d{2}(?::\d{2})?"
)


#: The day something is to be held: 定于2031年4月18日, 将于5月1日.
_SCHEDULED_RE = re.compile(r"(?:定|将|拟|擬|將)于\s*(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日")


def _has_figure(headline: str, figure: str) -> bool:
    """Whether the headline gives the figure, in digits or in words (4起 and 四起)."""
    from audiobulletin.normalize import read_number

    return figure in headline or read_number(figure) in headline


def says_again(text: str, headline: str) -> bool:
    """Whether ``text`` only says the headline again, in the same or nearly the same words
    (青川市召开防汛工作会议 after the headline 青川召开防汛会议): most of its characters are
    the headline's. When it was said (2031年8月12日10时30分) is no news, but a figure the
    headline does not have (招聘工作人员45名) is."""
    text, headline = without_marks(text), without_marks(headline)
    if not text or not headline:
        return not text
    if _SCHEDULED_RE.search(text) and not _SCHEDULED_RE.search(headline):
        return False  # 定于2031年4月18日召开…: when it will be held is news the headline lacks
    text = _WHEN_SAID_RE.sub("", text)
    if any(not _has_figure(headline, n) for n in re.findall(r"\d+(?:\.\d+)?", text)):
        return False
    if text in headline:
        return True
    shared = sum((Counter(text) & Counter(headline)).values())
    return shared >= 0.7 * len(text)
