"""The key points spoken in the intro: a short, deterministic, extractive summary.

Why extractive: a bulletin must never say something the report does not say, so the key
points are the report's own sentences, word for word. The only edits allowed are cutting
things *off* a sentence (never changing what remains):

* a leading list marker (``一、``, ``（二）``, ``1.``, ``●`` ...) is dropped;
* a leading dateline / byline clause (``新华社北京3月5日电``, ``本报讯``, ``记者 张三``)
  is dropped, because it is not news and the intro already names the source;
* a sentence that alone would break the budget is cut after a clause (at ``，``), keeping
  the head of the sentence, which in Chinese writing carries the main statement; never
  after a clause that only leads into the next (``对今后几年，``, ``在…领导下，``), nor at a
  colon after an announcement (``主要有：``), which says nothing without what it announces;
* a sentence that ends in the list it announces (``主要有：甲、乙、丙、丁和戊``) may keep the
  list's first items and say ``等`` for the rest, as an editor shortens a list.

So every returned key point is a verbatim substring of the input, but for that ``等``.

How sentences are chosen (news-style heuristics, checked against human summaries with
``scripts/rouge_intro.py``):

* **position**: writers put the main fact first (lead bias), so early sentences score
  higher, and each paragraph's first sentence gets a small bonus;
* **centrality**: a sentence sharing many character bigrams with the rest of the report
  talks about what the report is about;
* **title overlap**: bigrams shared with the title;
* **facts**: numbers and dates make a sentence informative, and amounts (61个单位, 22万余元,
  9%) most: the key figure is what a listener remembers;
* **stock phrases** are cut off: the clauses a sentence opens with to say how keen everyone
  was (各单位领导高度重视，…) and the praise it closes with (…，充分体现了…), so that
  the facts between them can be a key point;
* **what is due**: when a rule takes effect, a deadline, when something is held: what a
  notice's listener must act on;
* **boilerplate** is penalised: bylines, datelines, sources, editors, photo captions,
  "click to read" lines, very short fragments;
* **sections**: the first sentence of each chapter leads its section, as a digest's first
  item leads its page, and gets a small bonus;
* **items**: in a numbered list of items (a digest's 1、2、3、), each item's first sentence
  is its headline; the sentences after it are its details;
* **redundancy**: a sentence that mostly repeats an already chosen one is skipped (MMR).

Sentences are then packed greedily by score into the budget (at most ``max_sentences``
sentences, ``max_chars`` visible characters) and returned in report order. A sentence
scoring far below the best one is not added merely to fill the budget: a short intro beats
a padded one (and scores better against human summaries, which run 20-80 characters).
"""

from __future__ import annotations

import dataclasses
import itertools
import math
import re
from collections import Counter
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass

from audiobulletin.zh import (
    BASIS_RE,
    BRACKET_PAIRS,
    CIRCLED_NUMBERS,
    DOCUMENT_TITLE_RE,
    ENUMERATING_IS,
    FORECAST_TITLE_RE,
    FULL_STOPS,
    HAN,
    KEENNESS_WORDS,
    LEAD_IN_HEAD_RE,
    LEANS_BACK_RE,
    META_KEY_KIND,
    QUESTION_TURN_RE,
    REPORTING_CLAUSE_RE,
    REPORTS_TO_ASSEMBLY_RE,
    SCENE_CLAUSE_RE,
    STATEMENT_START_RE,
    ends_sentence,
    han_count,
    names_person,
    tagged_words,
    to_simplified,
    written_sentences,
)

__all__ = ["HARD_CAP_CHARS", "key_points", "names_group_head", "visible_len"]

#: No key point list may exceed this many visible characters, whatever ``max_chars`` says
#: (the intro must stay short enough to be listened to in about half a minute).
HARD_CAP_CHARS = 130

# A list marker at the start of a sentence: 一、 （一） (1) 1、 1. 1） ① ● ■ ▲ 第一，
_LIST_MARKER_RE = re.compile(
    r"^\s*(?:"
    r"[（(][一二三四五六七八九十百\d]{1,3}[)）]、?"
    r"|[一二三四五六七八九十百]{1,3}[、．.]"
    r"|\d{1,3}(?:[、．]|\.(?!\d)|[)）])"
    rf"|[{CIRCLED_NUMBERS}]"
    r"|[●○■□▲△◆◇★☆•·\-—*]+"
    r"|第[一二三四五六七八九十百\d]{1,4}[条條]\s"
    # an article's label: 第一条（宗旨）…, (申请资格)一、…
    rf"|[（(][{HAN}]{{2,8}}[)）]"
    rf"|{ENUMERATING_IS}"
    r")\s*"
)

# A dateline / byline at the start of a news sentence: "新华社北京3月5日电", "本报讯",
# "中新网3月5日电（记者 张三）", "四海网讯，", "据检察日报<DATE>消息，".
_DATELINE_RE = re.compile(
    r"^\s*(?:"
    r"本报讯|本报[^，。]{0,12}?(?:电|讯)"
    r"|据[^，。]{1,16}?(?:报道|消息)[，,]"
    r"|[^，。\s]{1,14}?(?:网|社|报|台|频道)[^，。\s]{0,14}?(?:电|讯)(?:[：:，,\s]|(?=\S))"
    r")\s*(?:[（(]记者[^）)]{0,20}[）)])?\s*"
)

#: An amount: a figure with what it counts (61个单位, 4256人, 22万余元, 9%, 3.5亿立方米), not a
#: date or a serial number.
AMOUNT_RE = re.compile(
    r"\d+(?:\.\d+)?(?:多|余)?(?:万|亿|千|百)?(?:多|余)?"
    r"(?:个|人|名|位|家|所|户|项|件|起|次|元|美元|%|％|吨|亩|公顷|公里|千米|米|平方米|立方米"
    r"|台|辆|套|株|头|只|场|批|条|座|处|间|所|支|例|倍|万|亿"
    # counts of things (5门课程, 8艘舰船, 10颗卫星), an age, a span of time
    r"|门|篇|种|艘|颗|架|枚|张|份|岁|天|小时|分钟)"
    # a span of years (被判25年, 近5年来), never a year (2031年, 18年3月) or a decade
    r"|(?<![\d.])\d{1,2}(?:多|余)?年(?!\s*\d{1,2}\s*月|代|级|級|度|底|初|末)"
)
_NUMBER_RE = re.compile(r"[0-9０-９]|[一二三四五六七八九十百千万亿两]+[个名人次项年月日元%]")

# Fragments that mark a sentence as furniture rather than content.
_BOILERPLATE_WORDS = (
    "记者",
    "通讯员",
    "实习生",
    "编辑",
    "责编",
    "来源",
    "摄影",
    "供图",
    "图片",
    "图为",
    "资料图",
    "截图",
    "原标题",
    "点击",
    "查看原文",
    "阅读全文",
    "扫码",
    "二维码",
    "版权",
    "转载",
    "免责声明",
    "关注我们",
    "联系电话",
    "电话：",
    "邮箱",
)


#: A furniture word that a statement uses as a plain noun: reporters who are counted or
#: described (3068名中外记者, 外国记者), not credited.
_BYLINE_WORD_RE = re.compile(r"(?:\d|[名位个]|中外|外国|境外|境内|港澳台|各国|国内外)记者")

# Scoring weights (see the module docstring), chosen with scripts/rouge_intro.py on the
# news pairs and checked by eye on the report corpus. ``decay`` is the lead bias,
# ``stop_gap`` how far below the best sentence a sentence may score and still be added,
# ``figures_gap`` the same for a sentence of two amounts or more. ``amounts`` and
# ``figures_gap`` were set with the editors' key facts (scripts/eval_script.py) while
# keeping ROUGE ahead of Lead@120.
_WEIGHTS = {
    "position": 1.0,
    "decay": 1.0,
    "para_first": 0.1,
    "centrality": 0.6,
    "title": 0.6,
    "facts": 0.1,
    "document_facts": 0.3,
    "amounts": 0.2,
    "generic": 0.5,
    "section_lead": 0.2,
    "boilerplate": 1.2,
    "stop_gap": 0.6,
    "figures_gap": 1.0,
    "continuation": 0.2,
    "part": 0.3,
    "inside_item": 0.5,
    "preamble": 0.1,
    "when_due": 0.6,
    "forecast": 0.6,
    "finding": 0.5,
    "total": 0.2,
    "later_cut": 0.1,
}


#: A short sentence that does not end in one of these is a heading, a caption or a table row.
#: The ASCII semicolon is left out: in the reports it ends list rows more often than
#: statements (see :func:`_states_with_semicolon`).
_TERMINATED_BY = FULL_STOPS + "；"
# A metadata line that slipped into the body ("文章来源：…", "发布时间：…", "附件1：…"): the
# document's metadata keys and the labels of a notice's contact fields, never a key point.
_META_RE = re.compile(
    r"^\s*(?:"
    + "|".join(sorted(META_KEY_KIND, key=len, reverse=True))
    + r"|图片来源|发布单位|原标题|注|备注|附件\s*\d*|发文机关"
    + r"|电话|联系人|联系方式|邮箱|地址|网址)\s*[：:]"
)
#: The fields of a notice that say when and where its event is: key facts, though they are
#: written as fields (时间：5月20日至6月30日, 地点：青川市科技创新中心).
#: A field that gives a sum of money: 预算金额：1280万元, 最高限价：1250万元, 总投资：3.2亿元.
_SUM_FIELD_RE = re.compile(
    r"^\s*\w{0,6}(?:金额|限价|预算|总投资|投资额|总额)\s*[：:]\s*[^，,。；;]{0,12}\d[^，,。；;]{0,12}"
    r"(?:元|美元|港元|新台币|新台幣)"
)
_WHEN_WHERE_RE = re.compile(
    r"^\s*(?:\w{0,10}(?:时间|日期|地点))(?:[及和与、]\w{0,6}(?:时间|日期|地点))?\s*[：:]\s*\S"
)
# What a notice's reader must act on or by: when it takes effect, a deadline. A listener
# needs these more than any other sentence of it.
DUE_RE = re.compile(
    r"自[^，,。；]{2,16}起?(?:施行|实施|执行|生效)"
    # the field or the statement of when, not a mention (培训时间各占一半)
    r"|(?:报名|申请|受理|考试|培训|报送|截止)(?:时间|日期)(?=\s*[：:为是]|\s*(?:定|拟)于)"
    r"|[日时点][^，,。；]{0,6}前(?:报送|提交|上交|报名|完成)|截止"
    # when to act against a pest, in a forecast: 小菜蛾防治适期为7月8～12日
    r"|(?:防治|防控|施药|用药)适期(?:为|是|在)\s*\d"
    # a day (and hour) before which something must be done: 于8月24日17:00前将…报送
    r"|\d{1,2}\s*月\s*\d{1,2}\s*日[^，,。；]{0,8}?前(?![期半])"
)
#: When and where something is held (…定于6月10日在…举行): weighed as a date with
#: :data:`DUE_RE`, but no date a listener must act by (a meeting held, 召开了).
_HELD_RE = re.compile(r"举行|召开")
#: A notice's field of the day its event is held (会议时间：3月12日上午9:00, 活动时间：,
#: 开标时间：); the day to fetch a form (领取时间：) holds no event.
_HELD_ON_RE = re.compile(
    rf"^\s*[{HAN}]{{0,6}}(?:会议?|會議?|活动|活動|举办|舉辦|举行|舉行|赛|賽|开幕|開幕|仪式|儀式|典礼|典禮"
    r"|讲座|講座|论坛|論壇|演出|展|开标|開標)(?:时间|日期|時間)\s*[：:]\s*"
    r"(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*[日号]"
)


@dataclass(frozen=True)
class _Candidate:
    index: int  # position among all sentences, for report order
    para: int  # paragraph number
    first_in_para: bool
    after_semicolon: bool  # continues the previous sentence (split at ；)
    inside_item: bool  # not the first sentence of a numbered item (1、…): not its headline
    text: str  # the key point as it would be returned (already trimmed)


def visible_len(text: str) -> int:
    """Length as a listener perceives it: every non-whitespace character counts once."""
    return sum(1 for ch in text if not ch.isspace())


# A leading clause that only says when, or how the writer learned it: 日前，/ 记者从省水利厅
# 了解到，/ 据介绍，. The statement follows it.
_LEAD_CLAUSE_RE = re.compile(
    r"^(?:日前|近日|近期|目前|当前|此前|今年以来|入夏以来|记者[^，,。]{0,16}?(?:了解到|获悉|看到)"
    r"|据(?:了解|介绍|悉|统计|初步统计)|另据[^，,。]{0,12}|据[^，,。]{1,12}(?:消息|报道|介绍)"
    # where it can be seen from, before what is seen: 从记者数量就可洞悉…的“热度”：
    r"|从[^，,。：:]{2,24}?(?:就|便|即)?(?:可以|可|能)?(?:看出|看到|洞悉|发现|反映出|窥见)"
    r"[^，,。：:]{0,20}(?=[：:]))[，,：:]"
)


def _strip_lead(sentence: str) -> str:
    """Drop a leading list marker, dateline and when-or-how clause; the rest is verbatim."""
    s = sentence
    for _ in range(3):
        before = s
        s = _LIST_MARKER_RE.sub("", s, count=1)
        m = _DATELINE_RE.match(s)
        if m and visible_len(s[m.end() :]) >= 8:
            s = s[m.end() :]
        m = _LEAD_CLAUSE_RE.match(s)
        if m and visible_len(s[m.end() :]) >= 12:
            s = s[m.end() :]
        s = s.lstrip("，,：: \u3000")
        if s == before:
            break
    return s.strip()


#: A colon inside a time of day (17:00) or a ratio (3:5:2) or after a web address's scheme
#: (http://), or a comma that groups the thousands of a number (4,932萬), which ends no
#: clause.
_IN_TIME_RE = re.compile(r"\d[:：]\d|\d,\d{3}(?!\d)|[A-Za-z]:/")


def _marks_outside(sentence: str, marks: str) -> Iterator[int]:
    """Indices of ``marks`` outside brackets and quotes, and not inside a time of day or a
    number: where a clause may end."""
    stack: list[str] = []
    for i, ch in enumerate(sentence):
        if ch in BRACKET_PAIRS:
            stack.append(BRACKET_PAIRS[ch])
        elif stack and ch == stack[-1]:
            stack.pop()
        elif not stack and ch in marks and not _IN_TIME_RE.match(sentence, max(i - 1, 0)):
            yield i


def _first_clause_end(sentence: str) -> int | None:
    """Index of the first ``，`` or ``,`` outside brackets and quotes; None without one."""
    return next(_marks_outside(sentence, "，,"), None)


def _sets_scene(clause: str) -> bool:
    """Whether the clause only sets the scene (面对…压力, 在…领导下); a clause that says when
    (2031年5月, 3日上午) is kept: the date is part of the news."""
    return bool(clause) and not re.search(r"\d", clause) and bool(SCENE_CLAUSE_RE.match(clause))


def _without_basis(sentence: str) -> str:
    """The sentence without its leading basis, procedure and purpose clauses, which a
    listener does not need to hear the statement (根据…规定，经…审核，国务院批准… ->
    国务院批准…); the sentence itself when what is left would be too short to state
    anything. A purpose that runs over clauses ends where 现/特/决定… opens the statement."""
    s = sentence
    while True:
        first_end = _first_clause_end(s)
        if not (BASIS_RE.match(s) or _sets_scene(s[: first_end or 0])):
            break
        m = STATEMENT_START_RE.search(s) if s.startswith("为") else None
        end = m.start() if m else first_end
        if end is None:
            break
        rest = s[end + 1 :].lstrip()
        if visible_len(rest) < 12 or han_count(rest) < 8:
            break
        s = rest
    return s


#: A preposition that opens a clause (after its subject, if any): the clause is an adverbial
#: of the one after it (对今后几年，…进行了分析; 全县围绕…目标，…) unless it has a verb of its own.
#: The prepositions that frame a predicate by what it follows or rests on (对照《…》, 结合实际,
#: 围绕…目标, 依托…): shared by :data:`_COVERB_RE` and :data:`_FRAMED_SUBJECT_RE`.
_FRAMING_PREPOSITIONS = "对照|结合|围绕|按照?|依据|依照|针对|本着|基于|参照|遵循|依托|借助"
_COVERB_RE = re.compile(
    rf"^(?:[{HAN}\d]{{0,6}}?(?:分别|共同|进一步)?"
    rf"(?:(?P<framing>{_FRAMING_PREPOSITIONS}|鉴于|面向|(?<![读议决致利获已未票])通过|经过|随着"
    r"|作为)|对于?|关于|向|在|从|把|与|同|跟|由于)"
    # (三读通过, 审议通过, 一致通过: passed, a verb, not "by means of")
    # words that are verbs after a subject (均为, 成就, 来自): prepositions only first
    r"|为|因为?|除了?|就|自)"
)


#: The end of a clause that says someone speaks or something shows, however long: what
#: they said follows (…在论坛上演讲称，…; 从…监测的结果发现，…; 数据显示，…).
_ANNOUNCES_SPEECH_RE = re.compile(
    r"(?:[^，,]{2}[称说]|表示|指出|强调|认为|宣布|透露|介绍|发现|显示|表明)$"
)
#: The end of a clause that frames the next one: a manner, a respect, a background
#: (从…的角度，…; 受…委托，…; 与去年同期相比，…).
_FRAME_END_RE = re.compile(
    r"(?:的角度|的方式|等方式|的形式|方面|的基础上|的前提下|的情况下|的背景下|的过程中|之际"
    r"|的委托|的影响|的邀请|为例|来看|而言|来说|相比"
    # a time clause: 收齐材料后，…; 于8月24日17:00前，…
    r"|(?<![落滞最此然今])(?:之|以)?后|(?<![提目此从以当向眼])(?:之|以)?前|的时候|之时|期间)$"
)


#: The term a definition defines, before 是指 in the next clause: 本办法所称临时救助，是指….
_DEFINED_RE = re.compile(r"^[^，,。]{0,12}所(?:称|指|说)的?[^，,。]{1,30}$")

#: The end of a clause that says who spoke, and at what (…在…论坛上演讲称); the group is
#: the speech itself, a statement once what was said is left out (…在…论坛上演讲).
SPOKE_AT_RE = re.compile(r"(演讲|发言|致辞|讲话|作报告|答记者问)?时?(?:称|说|表示|指出|强调)$")


#: A condition (如遇…, 一旦…, 若…) waits for what follows it: 如遇下游抢险 says nothing alone.
_CONDITION_RE = re.compile(
    r"^(?:如遇|如果|如若|假如|假若|倘若|若(?!干)|一旦|万一|如有|如发现|只要|除非)"
)


#: A subject and the basis it acts on, the act still to come: 华川汽车销售有限公司根据《…》的
#: 要求, 各地按照省政府的统一部署.
_SUBJECT_BASIS_RE = re.compile(
    r"^[^，,。]{2,20}?(?:根据|按照|依据|依照|遵照)[^，,。]{2,80}?"
    r"(?:要求|规定|精神|部署|安排|决定|通知|意见)$"
)


def _dangles(clause: str) -> bool:
    """Whether ``clause`` only leads into the clause after it, so that a sentence cut after
    it would stop mid-statement: a prepositional phrase without a verb of its own (对今后几年,
    与去年同期相比), a scene (在…领导下, 据统计) or who speaks (会议指出).

    The object of a framing preposition (围绕…目标, 结合…分工) may itself hold verbs
    (全面建成小康社会): such a clause is whole only when it ends in a verb or a verb and its
    object (结合实际抓好落实, 结合实际开展工作).
    """
    c = to_simplified(clause.strip())  # the rules are written in Simplified characters
    if not c or SCENE_CLAUSE_RE.match(c) or REPORTING_CLAUSE_RE.match(c):
        return True
    if re.fullmatch(r"(?:自|从)[^，,。]{1,20}(?:起|开始)", c):
        return True  # 自2032年1月1日起: from when, said with what starts then
    if _PERIOD_ONLY_RE.fullmatch(c):
        return True  # 本周（11月9日-11月15日）: when, said with what was done in it
    if DUE_RE.match(c):
        return False  # 自2031年7月1日生效: when it takes effect states (生效 tags as a noun)
    if _ANNOUNCES_SPEECH_RE.search(c) or _FRAME_END_RE.search(c) or _DEFINED_RE.match(c):
        return True
    if _CONDITION_RE.match(c) or _SUBJECT_BASIS_RE.search(c):
        return True
    m = _COVERB_RE.match(c)
    if not m:
        return False
    tags = [flag for _, flag in tagged_words(c[m.end() :]) if flag != "x"]
    if not tags:
        return False  # nothing after it: a noun (制定依据), not a preposition
    if m.group("framing"):
        return not any(flag in ("v", "vd", "vi") for flag in tags[-2:])
    return not any(flag.startswith("v") for flag in tags)


#: A week, a month or a year with its dates alone: 本周（11月9日-11月15日）, 上月(1-31日).
_PERIOD_ONLY_RE = re.compile(
    r"(?:本周|上周|本月|上月|本期|上期|本年度|今年|去年|近日|日前)\s*[（(][^（）()]*[)）]"
)


#: What announces a list at the end of a sentence: a colon, or a verb of having or including.
_LIST_OPENER_RE = re.compile(r"(?:[：:]|主要有|包括|包含|涉及|分别[为是]|主要[为是])")


#: The end of a head that announces what follows its colon: without it, it says nothing.
_ANNOUNCES_RE = re.compile(r"(?:有|包括|包含|如下|以下|下列|是|为|分别|情况|方面|内容|要求)$")


#: A shortened list names at most this many items: more names than a listener keeps.
_LIST_SAID = 4


def _shortened_list(sentence: str, budget: int) -> str | None:
    """A sentence that ends in the list it announces (…病虫害主要有：甲、乙、丙、丁和戊。) with
    only the list's first items, and 等 for the rest, within ``budget``; else None.

    The list must end the sentence, and its last item must be as short as the others:
    in 甲、乙、丙偏重发生 the last "item" carries the predicate, which a cut would drop.
    """
    body = sentence.rstrip(FULL_STOPS + "；; ")
    openers = list(_LIST_OPENER_RE.finditer(body))
    if not openers:
        return None
    start = openers[-1].end()
    head, tail = body[:start], body[start:]
    items = tail.split("、")
    if len(items) < 3 or re.search(r"[，,；;。：:]", tail):
        return None
    # the last item may join two (…、细菌性条斑病和稻曲病) and close with 等
    last = re.split(r"以及|和|及|与", re.sub(r"等等?$", "", items[-1]))
    if max(map(visible_len, last)) > max(visible_len(i) for i in items[:-1]) + 2:
        return None
    best = None
    for k in range(2, min(len(items), _LIST_SAID + 1)):
        shorter = head + "、".join(items[:k]) + "等"
        if visible_len(shorter) > budget:
            break
        best = shorter
    return best if best and visible_len(best) >= 12 else None


#: Stock clauses of official writing that say how keen everyone was, not what was done
#: (各单位领导高度重视，广大干部职工积极响应，短短几天时间，…): the facts follow them.
_STOCK_LEAD_RE = re.compile(
    rf"^(?:[^\d，,]{{0,12}}(?:{KEENNESS_WORDS})|短短[^\d，,]{{1,6}}"
    # and what everyone took seriously: 南坪镇高度重视森林防火工作
    r"|[^\d，,]{0,12}高度重视[^\d，,]{0,14}工作"
    # the circumstances and the leadership a report's year opens with: 面对…下行压力，
    # 在县委、县政府的坚强领导下，
    r"|面对[^，,]{0,28}(?:压力|形势|挑战|环境|困难|考验)|在[^，,]{2,24}(?:的)?(?:坚强|正确|亲切)?领导下)$"
)
#: The clause that opens a sentence's closing praise (…，充分体现了…意识; …，为…奠定了坚实基础;
#: …，受到…一致好评): what was done has been said before it.
_STOCK_TAIL_RE = re.compile(
    r"^(?:充分|也|进一步|有力地?|有效地?)?(?:体现|彰显|展现|展示|反映)了"
    r"|^为[^，,]{0,30}(?:奠定|打下|提供|营造)了?"
    r"|^(?:受到|得到|赢得)了?[^，,]{0,12}(?:好评|肯定|赞誉|赞扬|称赞)"
)


def _without_stock(sentence: str) -> str:
    """``sentence`` without the stock clauses it opens with and the praise it closes with,
    when a statement of at least 12 characters is left; it then ends with the sentence's
    own full stop. Else the sentence unchanged."""
    end = sentence[-1] if sentence and sentence[-1] in FULL_STOPS else ""
    clauses = re.split(r"(?<=[，,])", sentence.rstrip(FULL_STOPS))
    start = k = 0
    while k < len(clauses) - 1:
        clause = clauses[k].rstrip("，, ")
        if _STOCK_LEAD_RE.match(clause):
            start = k + 1
        elif not SCENE_CLAUSE_RE.match(clause):  # 进入秋冬季以来，…高度重视…: the scene goes too
            break
        k += 1
    stop = next(
        (k for k in range(start + 1, len(clauses)) if _STOCK_TAIL_RE.match(clauses[k].strip())),
        len(clauses),
    )
    if (start, stop) == (0, len(clauses)):
        return sentence
    kept = "".join(clauses[start:stop]).rstrip("，, ")
    if stop == len(clauses) and ends_sentence(kept, FULL_STOPS):
        return kept if visible_len(kept) >= 12 else sentence  # …闹僵。" keeps its own end
    return kept + (end or "。") if visible_len(kept) >= 12 else sentence


#: A list that a word sums up (甲公司、乙公司、丙公司、丁公司等多家企业): the items before 等.
_SUMMED_LIST_RE = re.compile(
    r"((?:[^、，,。；;：:]{2,30}、){2,}[^、，,。；;：:]{2,30})(?=等(?!等)[^，,。；;]{0,8}"
    r"(?:企业|公司|单位|部门|机构|地区|城市|国家|省份|学校|医院|银行|品牌|车型|产品|项目|人员|人"
    r"|食品|商品|药品|样品|行业|领域))"
)


def _summed_list_shortened(sentence: str) -> str:
    """``sentence`` with a list that a word sums up cut to its first two items: 甲公司、乙公司、
    丙公司、丁公司等多家企业 -> 甲公司、乙公司等多家企业 (the 等 already says there are more)."""
    m = _SUMMED_LIST_RE.search(sentence)
    if not m:
        return sentence
    items = m[1].split("、")
    return sentence[: m.start(1)] + "、".join(items[:2]) + sentence[m.end(1) :]


#: The word after 等 that counts the list: 多家, 4家, 12大类.
_COUNTED_RE = re.compile(r"等((?:多|\d+|[一二三四五六七八九十几]+)(?:[家个名所座项款种类批]|大类))")


def _summed_list_dropped(sentence: str) -> str:
    """``sentence`` with a list that a word sums up said as that word alone: 甲公司、乙公司、
    丙公司等多家企业 -> 多家企业; only where the word counts them (多家, 4家, 多个)."""
    m = _SUMMED_LIST_RE.search(sentence)
    if not m:
        return sentence
    rest = sentence[m.end(1) :]
    counted = _COUNTED_RE.match(rest)
    if not counted:
        return sentence
    # the first item may carry the words that bring the list in (…局组织抽检粮食加工品):
    # they stay, up to the verb
    lead = m[1].split("、")[0]
    verbs = [v.end() for v in _BRINGS_LIST_RE.finditer(lead) if v.end() < len(lead)]
    kept = lead[: verbs[-1]] if verbs else ""
    return sentence[: m.start(1)] + kept + rest[1:]


#: A verb that brings in the list after it: 组织抽检粮食加工品、…, 走访了甲村、乙村….
_BRINGS_LIST_RE = re.compile(
    r"(?:抽检|抽查|检查|检测|监测|检验|开展|走访|调研|查处|涵盖|包括|涉及|覆盖|收购|采购|发布|召回)了?"
)


#: The noun that closes a finding's basis (根据现场调查，…的综合分析，): the finding follows.
_BASIS_END_RE = re.compile(r"(?:分析|研究|调查|论证|勘察|勘探|监测|鉴定|检测|评估|资料|数据)$")


def _found_on_basis(sentence: str) -> str:
    """What a named inquiry found, without the basis it names first: 专家组认为：根据现场调查，
    …的综合分析，倾向于认为是由浅源地震造成的 -> 专家组认为，倾向于认为是由浅源地震造成的.
    "" for any other sentence, or where the basis does not close within three clauses."""
    m = _FINDING_RE.match(sentence)
    if not m:
        return ""
    rest = sentence[m.end() :].lstrip("：:，, ")
    if not BASIS_RE.match(rest):
        return ""
    closed = 0  # the basis may run on (根据现场调查，…资料…的综合分析，): to its last clause
    for end in list(_marks_outside(rest, "，,"))[:3]:
        if not _BASIS_END_RE.search(rest[:end].rstrip()):
            break
        closed = end
    finding = rest[closed + 1 :].strip() if closed else ""
    return f"{sentence[: m.end()]}，{finding}" if finding else ""


#: A field of detail in brackets inside a clause: a vehicle's plate, a phone, an address, a site
#: ((号牌:江A·5K2T8), （联系电话：0838-1234567）, (www.example.gov.cn)), never what names the
#: thing (项目编号).
BRACKETED_FIELD_RE = re.compile(
    r"[（(][^（()）:：]{0,4}(?:号牌|號牌|车牌|車牌|牌照|电话|電話|手机|手機|地址|住址)\s*[:：]"
    r"[^（()）]{1,24}[)）]"
    # a site's address: 在江东省政府采购网(www.jdzfcg.gov.cn)获取
    r"|[（(]\s*(?:https?://)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+){2,}(?:/[^（()）\s]*)?\s*[)）]"
)


def _trim_to(sentence: str, budget: int) -> str | None:
    """:func:`_trim_verbatim`; where no cut of the sentence as written fits, the same without
    its fields in brackets ((号牌:江A·5K2T8)), detail the chapter gives, or without who
    organises the event it names (由…主办、…承办的)."""
    trimmed = _trim_verbatim(sentence, budget)
    if trimmed is None and BRACKETED_FIELD_RE.search(sentence):
        trimmed = _trim_verbatim(BRACKETED_FIELD_RE.sub("", sentence), budget)
    if trimmed is None and (organised := _ORGANISED_BY_RE.match(sentence)):
        # 由…主办、…承办的“第十二届…研讨会”定于…召开: the event, when and where it is held
        rest = sentence[organised.end() :]
        # …研讨会”（DHIIP 2032）定于…: its short name in brackets is said in the chapter
        rest = re.sub(r"(?<=[”」\"])\s*[（(][^（）()]{1,20}[)）]", "", rest)
        trimmed = rest.rstrip("。") if 12 <= visible_len(rest) <= budget else None
        trimmed = trimmed or _trim_verbatim(rest, budget)
    return trimmed


#: Who organises an event, before its name: 由…学会主办、…学院承办的.
_ORGANISED_BY_RE = re.compile(
    r"^由[^，,。]{2,60}?(?:主办|承办|协办|联合主办|共同主办|举办|主辦|承辦)的(?=\S{6,})"
)


#: A clause that says again in other words what the clause before it said (…海面上，就是北纬
#: 23.4度、东经121.6度; …，即…): a cut ends before it or after what follows it, never on it.
_RESTATES_RE = re.compile(r"^(?:也就是|就是|亦即|即)(?![将使便可])")


#: A head before a colon with this many Han characters or fewer (outside brackets) is a
#: label (今天夜里, 大风预报), not a statement.
_LABEL_MOST_HAN = 6


#: The label of a time's field: 会议时间, 报名日期 (not a page's 发布日期, which is no news).
_WHEN_LABEL_RE = re.compile(r"(?<!发布)(?<!發布)(?<!更新)(?<!发稿)(?:时间|日期|時間)$")


def _trim_verbatim(sentence: str, budget: int) -> str | None:
    """Cut ``sentence`` at clause boundaries (``，`` or ``,``) so it fits ``budget``; else None.

    Rules: a leading basis/purpose clause (``根据《…》的规定，``, ``为了…，``) is cut off,
    since the statement follows it; a sentence ending in the list it announces keeps the
    list's first items (see :func:`_shortened_list`), and a list that a word sums up only
    its first two (:func:`_summed_list_shortened`); else the head is kept up to a comma
    and the rest dropped, but not after a clause that only leads into the next one
    (:func:`_dangles`), not past a colon, and not at a colon after words that announce
    what follows (主要有：, 如下：); a head without the sentence's figure takes the clause
    that holds it where both fit (:func:`_with_its_figure`). The result must be long enough to be a
    statement (at least 12 visible characters). Cuts inside an enumeration (at ``、``) are
    not made: the head would stop mid-list.
    """
    found = _found_on_basis(sentence)
    if found:
        return found if 12 <= visible_len(found) <= budget else _trim_verbatim(found, budget)
    if BASIS_RE.match(sentence):
        # the purpose may run over several clauses; the statement opens with 现/特/决定 …
        m = STATEMENT_START_RE.search(sentence) or re.search(r"[，,]", sentence)
        if m is None:
            return None
        sentence = sentence[m.end() :].strip()
        if BASIS_RE.match(sentence):
            return None
        if 12 <= visible_len(sentence) <= budget:
            return sentence
    listed = _shortened_list(sentence, budget)
    if listed:
        return listed
    shortened = _summed_list_shortened(sentence)
    if 12 <= visible_len(shortened) <= budget:
        return shortened.rstrip("。；;")
    # still too long: the sum alone (11月25日，多家企业，向…备案了召回计划), the names said later
    summed = _summed_list_dropped(sentence)
    if summed != sentence and 12 <= visible_len(summed) <= budget:
        return summed.rstrip("。；;")
    sentence = shortened
    heads: list[str] = []  # where the sentence may be cut, shortest first
    last = 0
    for end in _marks_outside(sentence, "，,：:"):
        head = sentence[:end].rstrip()
        clause, last = sentence[last:end], end + 1
        n = visible_len(head)
        if n > budget:
            break
        if sentence[end] in "：:" and not heads and names_person(head):
            continue  # 李克强：马航失联飞机上有239名乘客，…: who speaks, then what is said
        if sentence[end] in "：:":
            # 主要有：… says nothing without the list it announces, nor a short label with
            # its day in brackets (今天夜里(1月18日,星期日)：…) without what it labels
            label = han_count(re.sub(r"[（(][^（()）]*[)）]", "", clause)) <= _LABEL_MOST_HAN
            # a time's field, however long its label (递交响应文件截止时间及开标时间：), is
            # nothing without its day
            field = bool(_WHEN_LABEL_RE.search(head))
            if n >= 12 and not _ANNOUNCES_RE.search(head) and not label and not field:
                heads.append(head)
            if field and not heads:
                continue  # 会议时间：…上午9:00，会议地点：…: a time's field ends at its comma
            break  # what a colon announces is not cut into
        spoke = SPOKE_AT_RE.search(head)
        if spoke and spoke.group(1) and visible_len(head[: spoke.end(1)]) >= 12:
            heads.append(head[: spoke.end(1)])  # the speech, without what was said
        elif n >= 12 and not _dangles(clause) and not _RESTATES_RE.match(clause.strip()):
            heads.append(head)
    if not heads:
        return _subject_and_predicate(sentence, budget)
    # the longest head that still leaves room for the sentence's figure, else the longest
    joined = (_with_its_figure(sentence, head, budget) for head in reversed(heads))
    return next((j for j in joined if j), heads[-1])


#: Where a subject ends and the adverbial that frames its predicate starts: 9位党委委员
#: |分别对照《…》, 各乡镇|要结合实际.
_FRAMED_SUBJECT_RE = re.compile(
    rf"^([{HAN}\d]{{2,12}}?)(?=(?:分别|共同|均|都|要|须|应)?(?:{_FRAMING_PREPOSITIONS}|通过|从))"
)


def _comma_clauses(body: str) -> list[str]:
    """``body`` cut at its commas outside brackets and times, each clause stripped."""
    cuts = [-1, *_marks_outside(body, "，,"), len(body)]
    return [body[a + 1 : b].strip() for a, b in itertools.pairwise(cuts)]


def _subject_and_predicate(sentence: str, budget: int) -> str | None:
    """A sentence whose clauses all lead into the last (9位党委委员分别对照《…》，结合…，从…的
    角度，…，提出了…存在的问题) said as its subject and that last clause: 9位党委委员提出了
    …存在的问题. A scene before the subject (会上，) stays. None where the first clause does
    not open with a subject and a framing preposition, where the last clause leads on too,
    or where the result does not fit ``budget`` or is too short to state anything."""
    clauses = _comma_clauses(sentence.rstrip(FULL_STOPS + "；;"))
    scene = []
    while len(clauses) > 2 and SCENE_CLAUSE_RE.match(clauses[0]):
        scene.append(clauses.pop(0))
    if len(clauses) < 2 or not all(_dangles(c) for c in clauses[:-1]) or _dangles(clauses[-1]):
        return None
    m = _FRAMED_SUBJECT_RE.match(clauses[0])
    if not m or _COVERB_RE.match(m.group(1)) or SCENE_CLAUSE_RE.match(m.group(1)):
        return None
    framing = [clauses[0][m.end() :], *clauses[1:-1]]
    if any(re.search(r"\d", re.sub(r"《[^》]*》", "", c)) for c in framing):
        return None  # 各培训班可参照…要求开设6门课程: a clause with a count states, not frames
    said = "，".join([*scene, m.group(1) + clauses[-1]])
    return said if 12 <= visible_len(said) <= budget else None


def with_what_was_done(point: str, sentence: str, room: int) -> str:
    """``point``, the head clause of ``sentence`` (the report's opening, which the intro
    never says whole), with the clauses after it that state what was done, as many as
    ``room`` more characters take: 1月25日下午，省质检院党委召开专题会议，开展党委班子
    自查自纠，初步确立问题清单. A clause that frames what follows (对照《…方案》, 结合实际)
    or only leads into it is left out; "" where nothing is added."""
    head = point.rstrip(FULL_STOPS)
    at = sentence.find(head)
    rest = sentence[at + len(head) :].rstrip(FULL_STOPS + "；;") if at >= 0 else ""
    if rest[:1] not in ("，", ","):
        return ""
    out = head
    for clause in _comma_clauses(rest[1:]):
        coverb = _COVERB_RE.match(clause)
        if not clause or (coverb and coverb.group("framing")) or _dangles(clause):
            continue
        longer = f"{out}，{clause}"
        if visible_len(longer) + 1 - visible_len(point) > room:
            break
        out = longer
    return out + "。" if out != head else ""


#: A figure a listener keeps: an amount (8处, 52亿元, 90%) or a date (2047年6月30日).
_FIGURE_RE = re.compile(
    AMOUNT_RE.pattern + r"|\d{4}\s*年|\d{1,2}\s*月\s*\d{1,2}\s*日"
    # a day and its part, as a forecast gives when: 13日夜间到14日白天
    r"|(?<![\d月])\d{1,2}日(?=夜间|白天|凌晨|早晨|上午|中午|下午|傍晚|晚上|前后)"
)


def _with_its_figure(sentence: str, head: str, budget: int) -> str | None:
    """``head`` (a sentence cut after a clause) with the first later clause that holds the
    sentence's figure, when the head has none and both fit ``budget``: 深圳湾口岸港方口岸区的
    土地使用权，由…签订国有土地租赁合同，土地使用期限…至2047年6月30日止; None when there is
    none or it does not fit. Clauses of one sentence share its subject, so the ones between
    may go; a clause that leans on them (其中…, 同时…) or leads into another is never added.
    """
    if _FIGURE_RE.search(head):
        return None
    clause = figure_clause(sentence[len(head) + 1 :])
    if not clause:
        return None
    joined = f"{head}，{clause}"
    return joined if visible_len(joined) <= budget else None


def figure_clause(rest: str) -> str:
    """The first clause of ``rest`` (what follows a cut) that holds a figure, where it can
    be said after the head: "" when none does, or when it leans on the clauses between
    (其中…, 同时…) or leads into another."""
    ends = [*_marks_outside(rest, "，,；;"), len(rest)]
    for start, end in zip([-1, *ends], ends, strict=False):
        clause = rest[start + 1 : end].strip().rstrip(FULL_STOPS + "；;")
        if not _FIGURE_RE.search(clause):
            continue
        if _dangles(clause) or LEANS_BACK_RE.match(clause) or clause.startswith("其中"):
            return ""
        return clause
    return ""


#: How much an amount changed, in a clause of its own: 比上年增长5.8%, 同比下降2.1%, 增长6.2%.
_CHANGE_RE = re.compile(
    r"^(?:同比|环比|比上年|较上年|比去年|较去年|比上期|较上期)?\s*"
    r"(?:增长|下降|上涨|下跌|提高|回落|减少|增加)了?\s*[\d.]+\s*(?:%|％|个百分点|倍|成)$"
)
#: How an amount was reckoned, said before its change: 按不变价格计算, 按可比口径计算.
_RECKONED_RE = re.compile(r"^按[^，,。]{1,12}(?:计算|测算|统计)$")


def change_clause(rest: str) -> str:
    """The change that the clause before a cut measured, where the next clause gives it
    (…地区生产总值2836.4亿元，按不变价格计算，比上年增长5.8%: 比上年增长5.8%); "" when
    the next clause says anything else."""
    for clause in _comma_clauses(rest.split("。", 1)[0]):
        clause = clause.rstrip("；;")
        if _RECKONED_RE.match(clause):
            continue  # how it was reckoned: the change follows
        return clause if _CHANGE_RE.match(clause) else ""
    return ""


def states_figure_or_deadline(text: str) -> bool:
    """Whether ``text`` gives an amount (安全隐患8处, 1860万元) or says when something takes
    effect, is due or is held (自2032年1月1日起施行, 10月30日前上交, 会议时间：3月12日). A
    meeting that was held (召开, :data:`_HELD_RE`) is no date a listener must keep."""
    return bool(AMOUNT_RE.search(text) or DUE_RE.search(text) or _HELD_ON_RE.match(text))


def keeps_news(cut: str, title: str) -> bool:
    """Whether a sentence cut to fit still holds what makes it news: an amount or a date to
    act on (:func:`states_figure_or_deadline`), or in a forecast what is expected (预计7月份…
    偏重发生). Only such a cut may stand for a later key point; the lead may be cut to its
    head clause."""
    # a forecast's statement for a day ahead (19-21日风力明显增大) is what it expects
    expects = FORECAST_TITLE_RE.search(title) and (
        _EXPECTS_RE.search(cut) or re.search(r"\d\s*日", cut)
    )
    # what a named inquiry found (专家组认为，…由浅源地震造成的) is the news of its report
    found = _FINDING_RE.match(cut)
    finding = found is not None and han_count(cut[found.end() :]) >= 8
    return bool(states_figure_or_deadline(cut) or expects or finding)


def _keeps_its_end(cut: str, sentence: str) -> bool:
    """Whether a sentence cut to fit still ends as the sentence does: only a list that a
    word sums up was shortened or said as that word, or a leading basis cut off, so what
    the sentence reports is all there (11月25日，甲公司、乙公司等多家企业…备案了召回计划)."""
    body = sentence.rstrip(FULL_STOPS + "；; ")
    cut = cut.rstrip(FULL_STOPS + "；; ")
    return body.endswith(cut) or cut in (_summed_list_shortened(body), _summed_list_dropped(body))


def _later_cost(text: str, left: int) -> float:
    """What a point chosen after others loses for being cut to fit ``left``, or for having no
    figure or date to act on."""
    cut = visible_len(text) > left
    return _WEIGHTS["later_cut"] * (cut + (not states_figure_or_deadline(text)))


def _bigrams(text: str) -> list[str]:
    chars = [ch for ch in text if ch.isalnum()]
    return [a + b for a, b in itertools.pairwise(chars)]


# The formula of a covering notice says nothing of its content: 现将《…》印发给你们，请认真
# 贯彻执行; 现就有关事项通知如下; 特此通知.
_FORMULA_RE = re.compile(
    # (请各单位于4月15日前报送回执 asks for something by a day: no formula, a deadline)
    r"^(?:现将|现就|现把|特此|请认真|请遵照|请结合|请各(?![^。；;，,]{0,8}\d{1,2}\s*月\s*\d{1,2}\s*日))"
    r"|印发给你们|转发给你们|通知如下|公告如下|请遵照执行|请认真贯彻执行|特此通知|特此公告"
    # the enacting clause of rules and plans: 根据…，制定本办法; 结合实际，制定我市…方案
    r"|制定本(?:办法|方案|细则|规定|规则|预案|计划|标准)"
    r"|制定(?:我|全)[省市县区镇][^，,。]{0,24}(?:办法|方案|细则|规定|预案|计划)[。]?$"
)


#: What a covering formula may carry that is news: the rules it replaces, and when it takes
#: effect (…，原2019年印发的《…办法》同时废止; …，自2031年5月1日起施行).
_IN_FORCE_RE = re.compile(
    r"[^，,。；;]*(?:同时废止|予以废止|不再执行|自[^，,。；;]{2,16}起(?:施行|实施|执行|生效))"
    r"[^，,。；;]*[。；;]?"
)


def _news_in_formula(sentence: str) -> str:
    """The clause of a formula sentence (现将…印发给你们，请认真贯彻执行，…) that is news, or
    "" when it has none: the formula itself says nothing of the content. What it hands
    over may come with its sum and a deadline (现将…资金下达给你们，共计3.26亿元，请于6月30日
    前足额发放到农户手中): those clauses are the news."""
    m = _IN_FORCE_RE.search(sentence)
    if m and not _FORMULA_RE.search(m.group(0)):
        return m.group(0).strip()
    clauses = _comma_clauses(sentence.strip().rstrip(FULL_STOPS))
    handed = next((k for k, c in enumerate(clauses) if _HANDS_OVER_RE.search(c)), None)
    if handed is None:
        return ""
    news = list(itertools.takewhile(_holds_figure_or_due, clauses[handed + 1 :]))
    said = "，".join(news)
    return said + "。" if news and han_count(said) >= 6 else ""


#: The clause of a covering formula that hands something over: 现将…下达给你们.
_HANDS_OVER_RE = re.compile(r"(?:下达|拨付|分配|下拨|印发|转发)给你们")


def _holds_figure_or_due(clause: str) -> bool:
    return bool(_FIGURE_RE.search(clause) or DUE_RE.search(clause))


#: What a covering notice asks of those it is sent to, at the end of its formula sentence
#: (…现印发给你们，请结合实际，抓好落实。); a bare 请遵照执行 asks nothing of its own.
_REQUEST_RE = re.compile(r"(?:印发|转发)给你们[，,]\s*请([^。；;！!？?]{4,30})[。；;]?$")
_BARE_REQUEST_RE = re.compile(r"(?:认真)?(?:贯彻|遵照|照此)?(?:执行|落实|实施)|知悉")
#: The kind of document a request is said to come from: 通知要求….
_KIND_RE = re.compile(r"(通知|通告|公告|决定|意见)[》」”\"）)]?\s*[。.]?$")


def _formula_request(title: str, paragraphs: Sequence[str]) -> str:
    """What a covering notice asks (请结合实际，抓好落实), said as the notice's request
    (通知要求结合实际，抓好落实。), or "": the one thing such a notice tells when the
    document it covers is not in the report."""
    for para in paragraphs:
        for sentence in written_sentences(para):
            m = _REQUEST_RE.search(sentence.strip())
            if m and not _BARE_REQUEST_RE.fullmatch(m[1].strip()):
                kind = _KIND_RE.search(title.strip())
                return f"{kind[1] if kind else '文件'}要求{m[1].strip()}。"
    return ""


def _request_alone(
    title: str, paragraphs: Sequence[str], budget: int, following: bool
) -> list[str]:
    """The key point of a covering notice with nothing else to tell: what it asks of those it
    is sent to; none after other points."""
    request = "" if following else _formula_request(title, paragraphs)
    return [request] if request and visible_len(request) <= budget else []


#: Courtesies a speaker opens or closes with (感谢大家的关注，大家辛苦了; 欢迎各位…) and
#: signposts (下面，我讲两点意见): said to the room, never news.
_COURTESY_RE = re.compile(
    r"大家辛苦了|感谢(?:大家|各位|你们|媒体|记者)|谢谢(?:大家|各位|你们)|欢迎(?:大家|各位)"
    r"|女士们[、，,]?先生们|朋友们[，,]"
    # a speaker's signpost to what comes: 下面，我讲两点意见; 下面我就…谈几点看法
    r"|^下面[，,]?\s*我[^。]{0,12}(?:讲|谈|说)[^。]{0,6}(?:意见|看法|体会|要求|问题)"
    # a work report's opening formula: 现在，我代表县人民政府，向大会报告工作，请予审议
    rf"|{REPORTS_TO_ASSEMBLY_RE.pattern}"
)


#: The verdicts of official writing that say how things stand, not what happened (形势总体
#: 稳定, 呈现出平稳发展的良好态势, 事故仍时有发生): a short sentence of one, without a figure,
#: is no key fact; nor is a sentence of two or more without an amount, however long (全县
#: 围绕…目标，牢牢守住…底线，统筹做好…各项工作: a year summed up in slogans).
_GENERIC_RE = re.compile(
    r"总体(?:稳定|平稳|向好|良好)|(?:良好|向好|稳定)(?:的)?态势|稳中有[进升]|时有发生|成效(?:明显|显著)"
    r"|取得(?:了)?(?:明显|显著|积极|良好)?成效|有序推进|扎实推进|稳步推进"
    r"|(?:扎实|切实|全力|认真|全面|积极|着力)(?:做好|抓好|推进|加强|开展)[^，,。]{0,6}(?:各项|相关|有关)?工作"
    r"|守住[^，,。]{0,12}底线|统筹做好[^。]{0,30}各项工作"
    # the stock first line of a warning's defence guide: 政府及有关部门按照职责做好防雷工作
    r"|按(?:照)?职责(?:分工)?(?:做好|落实)"
    # what a thing is, as background: 流感是由流感病毒引起的急性呼吸道传染病, 接种疫苗是预防
    # 流感最有效的手段
    r"|是由[^，,。]{2,20}引起的|是[^，,。]{0,16}(?:最经济|最有效|最重要|有效)的?(?:手段|途径|办法|方式|措施)"
)


#: A plan's aim, by what means to what end, without a figure (通过实施…工程，培养造就一大批…
#: 的新型农民; 通过…，进一步提升…水平): what it hopes for, not what it will do.
_AIM_RE = re.compile(
    r"^通过[^，,。]{2,30}[，,][^。]*?(?:培养|造就|推动|促进|提高|提升|增强|实现|形成|打造)"
)


#: The end of a basis that is all its sentence says (根据《…条例》的要求。, 按照…的部署。).
_BASIS_ONLY_RE = re.compile(r"(?:要求|规定|精神|部署|安排|指示|通知|意见|决定)[。.]?$")


def _basis_only(sentence: str) -> bool:
    """Whether ``sentence`` is only a basis, ended by a full stop before the statement it
    leads into (根据《…条例》的要求。11月25日，…)."""
    if _BASIS_FIELD_RE.match(sentence):
        return True  # 依据：…法第21条。: a notice's field that names its legal basis
    return bool(
        BASIS_RE.match(sentence)
        and _first_clause_end(sentence) is None
        and _BASIS_ONLY_RE.search(sentence)
    )


#: A note under a table or a report (注：…, 备注：…, 说明：…), or one that only points to an
#: attachment (具体分配见附件。, 详见附件2。).
_NOTE_RE = re.compile(
    r"^\s*(?:注|备注|附注|说明|註|備註|說明)\s*\d*\s*[:：]"
    r"|^[^，,。]{0,10}(?:见|详见|參見|参见|見)附(?:件|表)\s*\d*\s*[。.]?$"
)
#: The field of a notice that names its legal basis: 依据：…, 依據：….
_BASIS_FIELD_RE = re.compile(r"^\s*(?:依据|依據|根据|根據|法律依据|法律依據)\s*[:：]")


def _states_with_semicolon(sentence: str) -> bool:
    """Whether a line ended by an ASCII semicolon is a statement, as in a report written
    with ASCII punctuation (授予张三院士、李四院士国家最高科学技术奖;): it has a verb, where
    a list row (高二:理科:语文、数学、英语;) names things only."""
    body = sentence.rstrip()
    if not body.endswith(";") or han_count(body) < 8:
        return False
    return any(flag == "v" for _, flag in tagged_words(body.rstrip(";")))


#: A sentence that only says who spoke (艾孜买提·艾麦尔说。, 他补充道。): the quote it
#: attributes ended before it.
_ATTRIBUTION_ONLY_RE = re.compile(
    r"[^，,。：:“”\"]{1,14}(?:说|表示|称|介绍|指出|透露|补充|回忆|坦言|感慨)道?[。.！!]?"
)


#: A sentence that is a quote alone, its speaker unnamed: “骑起来真是很轻很方便!”, 「好吃!」.
#: A short one is a remark for colour; a long one may tell what happened.
_QUOTE_ONLY_RE = re.compile(r"(?:“[^“”]+”|「[^「」]+」|\"[^\"]+\")[。.！!？?]?")


#: A sentence that only says who attended: 副市长王强、张红等出席会议。, 市直有关部门负责同志
#: 参加会议。, 各县区分管负责同志列席。
_ATTENDANCE_ONLY_RE = re.compile(
    r"[^，,。；;\d]{2,36}(?:出席|参加|列席|参会)(?:了)?(?:会议|会议并讲话|活动|仪式|座谈会)?[。.]?"
)


#: A minute that only says which report a meeting heard: 会议听取了全市防汛工作情况汇报.
_HEARD_REPORT_RE = re.compile(
    r"^[^，,。]{0,8}(?:听取|聽取)了?[^，,。]{2,30}(?:汇报|匯報|报告|報告)[。.]?$"
)
#: A meeting report's stock last line: 会议还研究了其他事项。, 会议还审议了其他议题。
_OTHER_MATTERS_RE = re.compile(
    r"^[^，,。]{0,8}(?:还|也)?(?:研究|审议|讨论|研究讨论)了?(?:其他|其它)(?:事项|工作|议题)[。.]?$"
)


def _boilerplate_penalty(sentence: str) -> float:
    """0 for ordinary content; up to 1 for bylines, captions, credits and other furniture."""
    n = visible_len(sentence)
    han = han_count(sentence)
    penalty = 0.0
    if _META_RE.match(sentence) or _FORMULA_RE.search(sentence) or _COURTESY_RE.search(sentence):
        return 1.0
    if _basis_only(sentence):
        return 1.0  # 根据《…》的要求。: a basis cut off from its statement by a full stop
    if _NOTE_RE.match(sentence):
        return 1.0  # 注：价格为城区3个农贸市场均价。: a note on how to read the report
    if n < 8 or han < 6:
        penalty += 0.8
    if _ATTRIBUTION_ONLY_RE.fullmatch(sentence):
        return 1.0  # 张三说。: who said a quote that ended before it, without the quote
    if n < 40 and _ATTENDANCE_ONLY_RE.fullmatch(sentence):
        return 1.0  # 副市长王强、张红等出席会议。: who was there, not what was done
    if _OTHER_MATTERS_RE.match(sentence):
        return 1.0  # 会议还研究了其他事项。: a meeting report's stock last line
    if _HEARD_REPORT_RE.match(sentence) and not AMOUNT_RE.search(sentence):
        return 1.0  # 会议听取了…工作情况汇报。: what the report said is the news
    if re.fullmatch(r"[（(【\[].*[）)】\]][。.]?", sentence):
        return 1.0  # a bracketed aside such as （此件公开发布）
    field = _WHEN_WHERE_RE.match(sentence) or _SUM_FIELD_RE.match(sentence)
    if (
        n < 40
        and not ends_sentence(sentence, _TERMINATED_BY)
        and not field
        and not _states_with_semicolon(sentence)
    ):
        penalty += 0.8  # an unterminated short line is a heading, a caption or a table row
    # a figure or a date part counts as one word: 报名时间：2031年3月1日9:00至3月10日17:00 is
    # a statement, 15172.500 103655.000 a table row
    runs = re.findall(r"\d+(?:[.:：]\d+)*", sentence)
    if han + len(runs) < 0.4 * (n - sum(map(len, runs)) + len(runs)):
        penalty += 0.6  # mostly digits and codes: a table row or a reference, not a statement
    hits = sum(1 for w in _BOILERPLATE_WORDS if w in sentence)
    if hits == 1 and _BYLINE_WORD_RE.search(sentence) and (n >= 40 or AMOUNT_RE.search(sentence)):
        # 3068名中外记者前来采访报道…, 外国记者来自134个国家: a statement about reporters,
        # not a credit
        hits = 0
    if hits:
        # a long sentence that merely mentions "记者" is still content; a short one is a byline
        penalty += min(0.9, 0.35 * hits * (40 / max(n, 40)) ** 0.5 + (0.3 if n < 30 else 0.0))
    if re.search(r"[<＜][A-Za-z]+[>＞]", sentence):
        penalty += 0.05
    if sentence.rstrip().endswith(("：", ":")):
        penalty += 0.3  # an announcement of what follows, not a statement
    if n < 24 and _QUOTE_ONLY_RE.fullmatch(sentence) and not re.search(r"\d", sentence):
        return 1.0  # “骑起来真是很轻很方便!”: a remark that opens a story, not its news
    if sentence.startswith(("“", '"', "「")) and not sentence.startswith(("“”",)):
        penalty += 0.1  # a quote out of context
    if sentence.endswith(("？", "?")):
        penalty += 0.3  # a question does not state a key point
    verdicts = len(_GENERIC_RE.findall(sentence))
    if (n < 40 and not re.search(r"\d", sentence) and verdicts) or (
        verdicts >= 2 and not AMOUNT_RE.search(sentence)
    ):
        penalty += _WEIGHTS["generic"]  # 形势总体稳定, 呈现出良好态势: says how, not what
    elif not re.search(r"\d", sentence) and _AIM_RE.match(sentence):
        penalty += _WEIGHTS["generic"]  # 通过实施…，培养造就…: what a plan hopes for
    return min(penalty, 1.0)


#: The head of a group in a list of its members: 组　长：韩　正　　国务院副总理 (a role, a
#: name of two to four characters, perhaps spaced out, and the post the person holds).
_GROUP_HEAD_RE = re.compile(
    rf"^\s*(组\s*长|总指挥|指挥长|主\s*任|主\s*席)\s*[：:]\s*"
    rf"((?:[{HAN}][\s\u3000]*){{1,3}}[{HAN}])[\s\u3000]{{2,}}([{HAN}、（）()]{{2,30}})\s*$"
)


def _group_head(line: str) -> str:
    """``组长：韩　正　　国务院副总理`` said as a statement, 国务院副总理韩正任组长; else ""."""
    m = _GROUP_HEAD_RE.match(line)
    if not m:
        return ""
    role, name, post = (re.sub(r"[\s\u3000]", "", g) for g in m.groups())
    return f"{post}{name}任{role}。"


def names_group_head(text: str) -> bool:
    """Whether ``text`` lists a group's members under its head (组长：…), whose line is then
    a key point (see :func:`key_points`)."""
    return any(_group_head(line) for line in text.splitlines())


#: Where the contact fields of a request begin: …报市应急管理局综合科，联系人：李明，电话：….
_CONTACTS_RE = re.compile(
    r"[，,；;]\s*(?:联系人|联系电话|咨询电话|电话|邮箱|电子邮箱|传真|地址)\s*[：:]"
)


#: A note in brackets that points to an attachment (（附件1）, （详见附表2）): a reader's
#: cross-reference, which the intro does not say.
_ANNEX_NOTE_RE = re.compile(
    r"[（(]\s*(?:详见|参见|见)?附(?:件|表|图)\s*[\d一二三四五六七八九十]*\s*[)）]"
)
#: A gloss in brackets that says again what comes before it in other words (除夕至初六
#: （即1月27日—2月2日）, （以下简称“青川中心”）): a reader's aid, which the intro does not say.
_GLOSS_RE = re.compile(r"[（(]\s*(?:即|以下简称|下称|简称)[^（()）]{1,40}[)）]")


def _without_notes(text: str) -> str:
    """``text`` without a reader's notes: attachments pointed to, glosses."""
    return _GLOSS_RE.sub("", _ANNEX_NOTE_RE.sub("", text))


#: An address a sentence may end with: an e-mail address or a web address.
_ADDRESS_RE = re.compile(
    r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+|(?:https?://|www\.)[!-~]+"
)


def _without_contacts(sentence: str) -> str:
    """``sentence`` without the contact fields it ends with (请于4月15日前将回执报综合科，联系
    人：李明，电话：…), or the address it ends on (…电子版发至邮箱ygb@example.cn): what is
    asked is the key point, whom to call or where to write is read in its chapter."""
    m = _CONTACTS_RE.search(sentence)
    if m and visible_len(sentence[: m.start()]) >= 12:
        return sentence[: m.start()].rstrip() + "。"
    return _without_address(sentence)


def _without_address(sentence: str) -> str:
    """``sentence`` without the e-mail or web address it ends on, where what is left says
    something (…电子版发至邮箱ygb@example.cn -> …电子版发至邮箱): an address is not said in
    an intro."""
    address = _ADDRESS_RE.search(sentence)
    if address and not sentence[address.end() :].strip(" 。；;.，,"):
        head = sentence[: address.start()].rstrip(" ：:，,")
        if visible_len(head) >= 12:
            return head + sentence[address.end() :].strip(" .，,")
    return sentence


def as_said(sentence: str) -> str:
    """A sentence of the report as the intro would say it: without its dateline or list
    marker, a reminder's label (温馨提示：), a leading basis, stock clauses, the contacts
    or address it ends on, and a reader's notes."""
    text = _without_contacts(_without_basis(_without_stock(_strip_lead(sentence))))
    return _without_notes(_TIP_LABEL_RE.sub("", text, count=1))


#: The label of a friendly reminder (温馨提示：受冷空气影响，…) or of an answer in a Q&A
#: (答：个人缴费标准为…): what follows is the point.
_TIP_LABEL_RE = re.compile(
    r"^\s*(?:[【\[]?(?:温馨|特别|友情|重要|安全)?提示[】\]]?|答|回答)\s*[：:]\s*(?=\S)"
)


def _candidates(paragraphs: Sequence[str]) -> list[_Candidate]:
    out: list[_Candidate] = []
    index = 0
    for p_no, para in enumerate(paragraphs):
        if QUESTION_TURN_RE.match(para.lstrip()):
            index += len(written_sentences(para))
            continue  # a reporter's question, the host's words: what is asked, not told
        after_semicolon = False
        heads = [_group_head(line) for line in para.splitlines()]
        sentences = written_sentences(para) if not any(heads) else [h for h in heads if h]
        listed = bool(_LIST_MARKER_RE.match(para))
        lead = 0  # the sentence that leads the paragraph
        for s_no, raw in enumerate(sentences):
            text = as_said(raw)
            if _FORMULA_RE.search(text):
                text = _news_in_formula(text)
            if s_no == 0 and ((listed and LEAD_IN_HEAD_RE.fullmatch(text)) or _basis_only(text)):
                # 一是强化组织保障。…: the item's sub-head; 根据…的要求。…: a basis cut off
                # from its statement. The next sentence leads the paragraph
                lead = 1
            if text:
                inside_item = s_no > lead and listed
                first = s_no in (0, lead)
                out.append(_Candidate(index, p_no, first, after_semicolon, inside_item, text))
            after_semicolon = raw.endswith(("；", ";"))
            index += 1
    return out


def _lead_announced(cands: list[_Candidate], paras: Sequence[str]) -> list[_Candidate]:
    """``cands`` without a lead paragraph that only announces the next one (中央气象台8月
    12日06时继续发布台风黄色预警： / 记者从市应急管理局获悉：): the paragraph it announces
    is the report's lead, and leads in its place. A lead that announces a list (…通知如
    下： before 一、…) is no such lead: the list's first item is one item among others."""
    first = cands[0] if cands else None
    if (
        first is None
        or len(cands) < 2
        or first.index != 0
        or cands[1].para != first.para + 1
        or not first.text.rstrip().endswith(("：", ":"))
        or first.para + 1 >= len(paras)
        or _LIST_MARKER_RE.match(paras[first.para + 1])
    ):
        return cands
    return [dataclasses.replace(c, index=c.index - 1) for c in cands[1:]]


def _when_due(text: str, title: str = "") -> bool:
    """Whether ``text`` says when something takes effect, is due or is held: a notice's
    field of when (会议时间：3月12日上午9:00，会议地点：…) says when its event is held, and
    so does a bare 时间： under a headline that calls a meeting (关于召开…会议的通知)."""
    return bool(
        DUE_RE.search(text)
        or _HELD_RE.search(text)
        or _HELD_ON_RE.match(text)
        or (_HELD_RE.search(title) and _BARE_TIME_FIELD_RE.match(text))
    )


#: A field of when with no word of what (时间：2031年11月12日上午9:30).
_BARE_TIME_FIELD_RE = re.compile(
    r"^\s*(?:时间|時間|日期)\s*[：:]\s*(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*[日号]"
)


def _new_figures(text: str, said: str) -> bool:
    """Whether ``text`` has a figure that ``said`` has not (a year aside): 考试时间：2031年
    9月15日 tells what 报名时间：2031年3月25日至5月10日 does not, however alike they read."""
    figures = set(re.findall(r"\d+(?:\.\d+)?", text)) - set(re.findall(r"\d{4}", text))
    return bool(figures - set(re.findall(r"\d+(?:\.\d+)?", said)))


def says_the_same(text: str, said: str) -> bool:
    """Whether ``text`` says again what ``said`` said: most of its words are there, and it
    has no figure of its own."""
    grams, said_grams = Counter(_bigrams(text)), Counter(_bigrams(said))
    return _alike(grams, said_grams) and not _new_figures(text, said)


def _alike(a: Counter[str], b: Counter[str]) -> bool:
    return _similarity(a, b) > 0.5


def _similarity(a: Counter[str], b: Counter[str]) -> float:
    if not a or not b:
        return 0.0
    inter = sum((a & b).values())
    return inter / min(sum(a.values()), sum(b.values()))


#: A sentence that says what is expected (预计7月份…偏重发生, 发生7级以上地震的可能性较大,
#: 未来48小时…, 未来三天…): in a forecast (:data:`audiobulletin.zh.FORECAST_TITLE_RE`), the news.
_EXPECTS_RE = re.compile(
    r"预计|预测|预报|可能性|有可能|未来[\d一二三四五六七八九十两几]*(?:小时|天|日)"
    r"|預計|預測|預報|未來"
)


#: A sentence that gives a part of a total said before it (其中：…, 其中，…), or its parts
#: by kind (分经济类型看，…; 按经营单位所在地分，…; 分产业看，…).
_PART_RE = re.compile(r"其中\s*[：:，,]?|(?:分|按)[^，,。：:]{1,12}(?:看|分|来看)\s*[，,：:]")


#: What a named inquiry found (专家组认为：…由浅源地震造成; 调查组认定，…): the news of a
#: report on an investigation, which comes after the account of how it was made. (经调查
#: 认定，… is cut to what was found, by :func:`_without_basis`, and weighs as that.)
_FINDING_RE = re.compile(
    r"(?:专家组?|调查组|鉴定机构|事故调查组)[^，,。：:]{0,6}(?:认为|认定|查明|确认|的结论)"
)


#: A figure that sums a whole (粮食总产量46695吨, 社会消费品零售总额86亿元): what a listener
#: keeps of a statistics release, ahead of one sector's figure.
_TOTAL_RE = re.compile(
    r"([^，,。；;：:]*)总(?:产量|产值|收入|人口|面积|规模|支出|金额|额|量|值)"
    r"(?:为|达到?|是|完成|共计)?约?\d"
)


def _states_total(text: str) -> bool:
    """Whether ``text`` gives a total; an average (人均地区生产总值为19967元) is none."""
    return any("均" not in m.group(1) for m in _TOTAL_RE.finditer(text))


def _scores(title: str, cands: Sequence[_Candidate]) -> list[float]:
    grams = [Counter(_bigrams(c.text)) for c in cands]
    doc = Counter[str]()
    for g in grams:
        doc.update(set(g))
    title_grams = set(_bigrams(title))
    n_sent = len(cands)
    # an official document's figures and dates come after its purpose and basis
    document = bool(DOCUMENT_TITLE_RE.search(title.strip()))
    facts_weight = _WEIGHTS["document_facts" if document else "facts"]
    # a forecast's news is what it expects (预计7月份…偏重发生), not what came before
    forecast = bool(FORECAST_TITLE_RE.search(title))
    scores: list[float] = []
    for c, g in zip(cands, grams, strict=True):
        distinct = set(g)
        # how many *other* sentences share each bigram, averaged (log-damped)
        shared = sum(math.log1p(doc[b] - 1) for b in distinct) / len(distinct) if distinct else 0.0
        centrality = shared / math.log1p(max(n_sent, 2))
        position = 1.0 / (1.0 + _WEIGHTS["decay"] * c.index)
        title_overlap = len(distinct & title_grams) / len(title_grams) if title_grams else 0.0
        # a figure, or where an event is held (地点：青川市科技创新中心)
        facts = (1.0 if _NUMBER_RE.search(c.text) or _WHEN_WHERE_RE.match(c.text) else 0.0) * (
            facts_weight
        )
        amounts = min(len(AMOUNT_RE.findall(c.text)), 3) / 3
        score = (
            _WEIGHTS["position"] * position
            + _WEIGHTS["para_first"] * (1.0 if c.first_in_para else 0.0)
            + _WEIGHTS["centrality"] * centrality
            + _WEIGHTS["title"] * title_overlap
            + facts
            + _WEIGHTS["amounts"] * amounts
            - _WEIGHTS["boilerplate"] * _boilerplate_penalty(c.text)
            - _WEIGHTS["continuation"] * (1.0 if c.after_semicolon else 0.0)
            # 其中：第一产业增加值…: a part of the total said before it, not a fact of its own
            - _WEIGHTS["part"] * (1.0 if _PART_RE.match(c.text) else 0.0)
            - _WEIGHTS["inside_item"] * (1.0 if c.inside_item else 0.0)
            - _WEIGHTS["preamble"] * (1.0 if BASIS_RE.match(c.text) else 0.0)
            + _WEIGHTS["when_due"] * (1.0 if _when_due(c.text, title) and facts else 0.0)
            + _WEIGHTS["forecast"] * (1.0 if forecast and _EXPECTS_RE.search(c.text) else 0.0)
            + _WEIGHTS["finding"] * (1.0 if _FINDING_RE.search(c.text) else 0.0)
            + _WEIGHTS["total"] * (1.0 if facts and _states_total(c.text) else 0.0)
        )
        scores.append(score)
    return scores


#: The label of a warning's stock advice (防御指南：1. 切断有危险的室外电源…): the same for
#: every warning of its kind and level, it closes the warning and holds none of its news.
_GUIDE_RE = re.compile(
    r"^\s*(?:防御指南|防禦指引|防御措施|防范措施|防御建议|防范建议|防御提示)\s*[：:]"
)


def key_points(
    title: str,
    paragraphs: Iterable[str],
    *,
    max_sentences: int = 3,
    max_chars: int = 120,
    skip: Collection[str] = (),
    openers: Collection[int] = (),
    after: Sequence[str] = (),
    news_only: bool = False,
) -> list[str]:
    """Deterministic extractive summary: returns sentences as written, in report order.

    ``openers`` are the paragraphs that open a chapter (by their place in ``paragraphs``):
    their first sentence leads a section.

    ``after``: points said already, which these follow (the intro chooses again after its
    first points): each is a later key point, cut only where the cut keeps its news, and
    none says what one of them said (48小时内气温将下降8℃ after …48小时内…气温将下降8度).
    ``news_only``: only points that hold news a listener keeps (:func:`keeps_news`).

    A sentence within one of ``skip`` (one said already) is left out: the sentence after it
    then leads its paragraph, but not inside a numbered item, whose sentences after its
    first stay its own (a digest's items are separate stories).

    Rules: at most ``max_sentences`` sentences totalling at most ``max_chars`` visible
    characters (never more than :data:`HARD_CAP_CHARS`); each item is a verbatim substring
    of one input paragraph (a leading list marker or dateline may be cut off, and a
    sentence too long for the budget may be cut after a clause, and then keep the later
    clause that holds its figure: see :func:`_with_its_figure`; a later key point only where
    the cut keeps its news, see :func:`keeps_news`), except the head of a
    group in a list of its members, said as a statement, and a sentence whose clauses all
    frame its last, said as its subject and that clause (:func:`_subject_and_predicate`);
    no item repeats another. A covering notice with no other point gives what it asks
    (通知要求结合实际，抓好落实。, :func:`_formula_request`).
    Returns ``[]`` when the paragraphs hold no usable sentence. Ties are broken by report
    order, so the same input always gives the same output.
    """
    given = list(paragraphs)
    keep = [k for k, p in enumerate(given) if p and p.strip()]
    paras = [given[k] for k in keep]
    guide = next((n for n, p in enumerate(paras) if _GUIDE_RE.match(p)), 0)
    if guide:
        paras = paras[:guide]  # a warning's stock advice: every warning of its kind says it
    opening = {n for n, k in enumerate(keep) if k in openers}
    budget = min(max_chars, HARD_CAP_CHARS)
    if max_sentences <= 0 or budget <= 0 or not paras:
        return []
    cands = _candidates(paras)
    if skip:
        skip = [_without_notes(t) for t in skip]
        gone = [any(c.text.rstrip(FULL_STOPS) in t for t in skip) for c in cands]
        cands = [
            # a part of the total left out (其中，…) does not lead in its place
            dataclasses.replace(
                c, index=c.index - (0 if c.inside_item or _PART_RE.match(c.text) else sum(gone[:k]))
            )
            for k, c in enumerate(cands)
            if not gone[k]
        ]
    if not cands:
        return _request_alone(title, paras, budget, bool(after))
    cands = _lead_announced(cands, paras)
    scores = _scores(title, cands)
    scores = [
        sc + (_WEIGHTS["section_lead"] if c.first_in_para and c.para in opening else 0.0)
        for c, sc in zip(cands, scores, strict=True)
    ]
    order = sorted(range(len(cands)), key=lambda i: (-scores[i], i))

    following = bool(after)
    chosen: list[tuple[int, str]] = []
    said_grams = [(Counter(_bigrams(t)), t) for t in after]
    used = 0

    def ranked(rest: list[int]) -> list[int]:
        # points after others: of two close ones, one with its news said whole goes first
        # (…共发现安全隐患8处，现已全部完成整改 before a sentence cut to fit); the room left
        # changes only when a point is taken, so the rest is ranked again only then
        if not following:
            return rest
        left = budget - used
        return sorted(rest, key=lambda i: (_later_cost(cands[i].text, left) - scores[i], i))

    queue = ranked(list(order))
    crowded = False
    pos = 0
    while pos < len(queue):
        i = queue[pos]
        pos += 1
        if len(chosen) >= max_sentences:
            break
        text = cands[i].text
        if (chosen or following) and scores[i] < scores[order[0]] - _WEIGHTS["stop_gap"]:
            # far worse than the best: stop rather than pad, but a sentence of figures
            # gets a wider margin: the key figure is what a listener remembers
            figures = len(AMOUNT_RE.findall(text)) >= 2 and not _boilerplate_penalty(text)
            if not figures or scores[i] < scores[order[0]] - _WEIGHTS["figures_gap"]:
                if not following and len(chosen) >= 2:
                    break
                # a lone point, or points after others, still take a figure or a date to
                # act on, however far below: never a heading or a list of offices, and
                # never in the room of a date to act on that did not fit
                if scores[i] <= 0 or not states_figure_or_deadline(text) or crowded:
                    continue

        if _FORMULA_RE.search(text) or _COURTESY_RE.search(text):
            continue  # a formula (现将…印发给你们, 制定本办法) or a courtesy says nothing
        if _NOTE_RE.match(text) or _basis_only(text):
            continue  # a note (注：…) or a bare basis (依据：…), however alone it stands
        left = budget - used
        if visible_len(text) > left:
            trimmed = _trim_to(text, left)
            if trimmed is None:
                # 请各单位于4月15日17:00前将回执报…: a date to act on left out for room
                crowded = crowded or bool(DUE_RE.search(text))
                continue
            if (chosen or following) and not (
                keeps_news(trimmed, title) or _keeps_its_end(trimmed, text)
            ):
                continue  # a later key point is cut only where what is left holds its news
            text = _without_address(trimmed)
        if news_only and not keeps_news(text, title):
            continue
        grams = Counter(_bigrams(text))
        if any(_alike(grams, g) and not _new_figures(text, t) for g, t in said_grams):
            continue
        if any(text in t or t.rstrip(FULL_STOPS + "；;") in text for _, t in said_grams):
            continue  # said already, whole or cut (…有239名乘客。 of …有239名乘客，其中…)
        chosen.append((cands[i].index, text))
        said_grams.append((grams, text))
        used += visible_len(text)
        queue[pos:] = ranked(queue[pos:])
    if not chosen:
        return _request_alone(title, paras, budget, following)
    # 但…, 与此同时…: the word that answers the sentence before is left out where that
    # sentence is not said just before it
    said = {k for k, _ in chosen}
    return [t if k - 1 in said else LEANS_BACK_RE.sub("", t, count=1) for k, t in sorted(chosen)]
