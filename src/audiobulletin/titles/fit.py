"""What a chapter title may be: its limits, and the trims that every naming rule shares.

Why a module of its own: the heading rules, the body rules and the rule that makes titles
distinct all measure a title the same way (every character counts) and all drop the same
things from a cut's end (half a figure, a dangling preposition), so they must agree.
"""

from __future__ import annotations

import re

from audiobulletin.zh import (
    BRACKET_PAIRS,
    HAN,
    han_count,
    tagged_words,
)

_HAN = HAN


#: A title aims at this many characters (every character counts) ...
MAX_VISIBLE = 12


#: ... and never exceeds this many, even when made distinct.
HARD_MAX_VISIBLE = 16


TRAILING = "。，、；：:;,.!！?？…—-·　 \t"


#: Clause marks; a comma or colon between digits (4,932万, 17:00) is part of a number.
CLAUSE_SPLIT_RE = re.compile(r"[，；;。！？!?]|(?<!\d)[,:：]|[,:：](?!\d)")


#: What states a figure (…总用地面积为41公顷): left alone once the figure is dropped.
STATES_FIGURE = frozenset(
    {
        "为",
        "是",
        "达",
        "达到",
        "约",
        "约为",
        "共",
        "共计",
        "计",
        "逾",
        "超",
        "超过",
        "高达",
        "近",
        "不足",
        # verbs that need their figure: 吞吐量突破(100万标箱), 人口增至(120万)
        "突破",
        "首破",
        "增至",
        "降至",
        "升至",
        "增加到",
        "减少到",
    }
)


def visible_len(text: str) -> int:
    """Every character counts, spaces included: that is what a player shows."""
    return len(text)


def tidy(text: str) -> str:
    """Collapse whitespace; drop the spaces between Han characters (justification)."""
    text = re.sub(r"\s+", " ", text.replace("\u3000", " ")).strip()
    return re.sub(rf"(?<=[{_HAN}]) (?=[{_HAN}])", "", text)


def fits(text: str, max_han: int, max_visible: int = MAX_VISIBLE) -> bool:
    return han_count(text) <= max_han and visible_len(text) <= max_visible


def balanced(text: str) -> bool:
    return all(text.count(o) == text.count(c) for o, c in BRACKET_PAIRS.items() if o != c) and all(
        text.count(q) % 2 == 0 for q in "\"'"
    )


#: A number or a date at the end of a cut, with the preposition before it and the range
#: word after it: 获取2024, 全国范围内2+4, 召回生产日期在2013年9月, 召回2012年9月11日至.
_NUMBER_TAIL = re.compile(
    # (a thin space may group the thousands: 约1 210)
    r"(?:[至到在于从自]?(?:[\d.,+\-—–/:：%·]|(?<=\d) (?=\d))+[年月日号时]?)+[至到]?$"
    # a count without the thing counted: 通过两项, 新增3个
    r"|(?:[\d一二三四五六七八九十两几]+|[数多])[项個个名家条條件次位座所批类類号號]$"
)


def without_copula(head: str) -> str:
    """A head without the words that would state its figure (为, 达, 共计): what the figure
    measured (…总用地面积) rather than a sentence cut before its number (…总用地面积为)."""
    words = tagged_words(head)
    cut = head
    while len(words) > 1 and words[-1][0] in STATES_FIGURE:
        cut = cut[: -len(words.pop()[0])].strip(TRAILING)
    if cut != head:
        cut = re.sub(r"[的地得了和及与或]+$", "", cut)  # 需要注意的是 -> 需要注意
    return cut if han_count(cut) >= 2 else head


def no_number_tail(title: str) -> str:
    """A cut that ends in a number drops the number (see :data:`_NUMBER_TAIL`): half a
    figure, half a date range or half a phone number misleads."""
    cut = re.sub(_NUMBER_TAIL, "", title).strip(TRAILING)
    if cut != title:
        # …and the letters of the code the number was part of: …乘警在G7352 -> …乘警在
        cut = (
            re.sub(r"[A-Za-z][A-Za-z\-]*$", "", cut).strip(TRAILING) if cut[-1:].isascii() else cut
        )
        cut = re.sub(r"[和及与或的约約逾]+$", "", cut)  # …扶贫攻坚和到2018年 -> …扶贫攻坚
        cut = without_dangling_word(without_copula(cut))  # …中心位于北纬 -> …中心
    return cut if han_count(cut) >= 2 else title


#: Words that say nothing without the figure after them: 北纬 (18.6度), 位于 (北纬…).
_COORDINATE_WORDS = frozenset(
    {"北纬", "南纬", "东经", "西经", "北緯", "南緯", "東經", "西經", "位于", "位於"}
)


#: Particles that join a word to the one after it: nothing is said when a cut ends on one.
_JOINING_PARTICLES = frozenset({"之", "的", "所"})


def without_dangling_word(head: str) -> str:
    """``head`` without a preposition or a conjunction it ends on (…沿长安大道由, 甲和), whose
    object a cut left behind; ``head`` as it is when nothing would be left."""
    words = tagged_words(head)  # Traditional text is tagged as its Simplified form
    # …中心位于北纬: a coordinate's word without its degrees says nothing either
    while len(words) > 1 and (
        words[-1][1] in ("p", "c")
        or words[-1][0] in _COORDINATE_WORDS
        # …or a particle that joins what the cut left behind: …公司進口之, …部门的
        or words[-1][0] in _JOINING_PARTICLES
    ):
        words.pop()
    kept = head[: sum(len(w) for w, _ in words)].strip(TRAILING)
    return kept if han_count(kept) >= 2 else head
