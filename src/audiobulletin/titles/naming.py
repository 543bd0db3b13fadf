"""A phrase made into a title: whole when it fits, else shortened where a reader would pause.

Why a module of its own: every source of a title (a heading, a label, a body clause, a
phrase that makes a title distinct) ends here, so one place decides what a title drops
first (the day, the hour, an aside, a list that a word sums up) and where it may be cut.
"""

from __future__ import annotations

import re

from audiobulletin.titles.fit import (
    CLAUSE_SPLIT_RE,
    HARD_MAX_VISIBLE,
    MAX_VISIBLE,
    TRAILING,
    balanced,
    fits,
    no_number_tail,
    without_copula,
    without_dangling_word,
)
from audiobulletin.titles.predicates import (
    FIGURE_CLAUSE_RE,
    figure_of,
    final_predicate,
    fronted_predicate,
    predicate,
    subject_tail_and_verb,
    told_to_do,
    verb_and_head,
    without_named_people,
    without_summed_list,
)
from audiobulletin.zh import (
    BRACKET_PAIRS,
    BRACKETED_DAY_RE,
    HAN,
    han_count,
    tagged_words,
)
from audiobulletin.zh import words as zh_words

#: A clause that only sets a condition or a point of view for the next: 不管刑事, 如果…,
#: 从目前经验看, 总的来说.
SUBORDINATE = (
    r"^(?:不管|无论|不论|如果|假如|虽然|尽管|只要|即使|除了|既然)[^，,]{0,10}$"
    # what someone acts in spite of: 记者张三不顾衣着的不便
    r"|^[^，,]{0,30}(?:不顾|顾不上|顧不上)[^，,]{1,10}$"
    # what is set aside: 除了“有组织犯罪”相关法条外
    r"|^除了?[^，,]{2,16}(?:外|以外|之外)$"
    # what only points back: 要做到以上这些
    r"|^[^，,]{0,6}(?:以上这些|上述这些)$"
    r"|^[^，,]{0,8}(?:来看|看来|来说|而言|经验看)$"
    # where it is seen from: 从签约项目看, 从全年来看
    r"|^从[^，,]{1,12}看$"
    # for whom it is meant: 对于经办银行要求盖章的
    r"|^对于[^，,]{2,30}的$"
    # what it serves, after its subject: 全县围绕…目标
    r"|^[^，,]{1,6}围绕[^，,]+$"
)


#: The point of a pseudo-cleft: 最有效的是争取合作 -> 争取合作.
_CLEFT_RE = re.compile(r"^[^，,的]{1,10}的(?:还|就|仍|则|正|才)?是(?=[^，,]{4,})")


#: A verb, what it bears on, and the head noun of its object: 加强对…工作的组织领导.
_VERB_OVER_RE = re.compile(rf"([{HAN}]{{2}})对[^，,。；;]{{2,30}}的([{HAN}]{{2,8}})$")


#: A head noun phrase shorter than this ("要求", "情况") says too little to name a chapter; a
#: longer "tail" after 的 usually runs on into the predicate (…的两名责任人已经在事故中死亡).
_MIN_HEAD_NOUN_HAN = 6


_MAX_HEAD_NOUN_HAN = 10


#: A place or a party that modifies the object after a verb: 加大(在青川的)投资力度,
#: 提高(对农户的)补贴标准.
_PLACED_MODIFIER_RE = re.compile(
    r"(?:在|对|向|于|對|給|给)[^的，,、；;。]{1,10}的(?=[^的，,]{2,8}$)"
)


#: A clause that defines its subject or lists its parts: …范围包括…, …是指….
_DEFINES_RE = re.compile(
    r"^([^，,：:；;]{2,16}?)(?:还|也|主要|则|都|均)?(?:包括|包含|涵盖|是指|系指|指的是)(?=\S{4,})"
)


#: A name has words, not only figures (2031-01-06 15:45 is a time, never a name).
_WORDED_RE = re.compile(r"[^\W\d_][^\W\d_]")


_CONJUNCTION_RE = re.compile(r"以及|和|及|与|并|暨|或")


#: Where a long name starts: a chain of two or more places (湖北省青川县城关镇…) says where.
_PLACE_CHAIN_RE = re.compile(
    r"^(?:[^\W\d第届的之和与及]{1,7}?"
    # (a 区 that opens 区域, 区别, 区划 ends no place: 我县将出现一次区域性暴雨)
    r"(?:省|自治区|市|自治州|州|盟|县|自治县|区(?![域别划间块])|旗|镇|乡|街道|村|社区)){2,}"
)


#: How fast or in what way something goes, before the verb: 以每小时15公里的速度, 以视频方式
#: (never 以下方式, which points to what follows).
_PACE_RE = re.compile(
    r"以(?![下上前后內内外])[^，,。；;]{1,20}?的?(?:速度|方式|形式|节奏|態勢|态势)(?=[^，,。；;]{2,})"
)


#: Where it is held, before the verb: 在滨江市民广场鸣枪起跑, 在市行政中心3号会议室召开
#: (the venue names the place, the verb what happened).
_VENUE_RE = re.compile(
    r"(?<=[^\W\d_])(?:在|于|於)[^，,、；;。的在于]{2,14}?"
    r"(?:广场|中心|会议室|會議室|大厅|大廳|礼堂|禮堂|体育馆|體育館|体育场|體育場|会场|會場|宾馆|賓館|酒店"
    r"|剧院|劇院|公园|公園|大楼|大樓|大厦|大廈|报告厅|報告廳|多功能厅|演播厅|会展中心|博览中心|展馆|展館)"
    r"(?=[^\W\d_]{2})"
)


def _without_venue(text: str) -> str:
    return _VENUE_RE.sub("", text, count=1)


def _shed(text: str, shorter: str) -> tuple[str, bool]:
    """``shorter`` in place of ``text`` where it still says something (six Han characters),
    and whether it now fits whole."""
    if shorter == text or han_count(shorter) < 6:
        return text, False
    return shorter, fits(shorter, HARD_MAX_VISIBLE, HARD_MAX_VISIBLE)


def _without_clock(text: str) -> str:
    return _CLOCK_IN_TITLE_RE.sub("", text, count=1).strip()


def _without_aside(text: str) -> str:
    """``text`` without an aside in brackets that holds a comma or a figure, unless that
    leaves a bracket open."""
    bare = re.sub(r"\s*[（(][^（）()]*[，,\d][^（）()]*[)）]", "", text)
    return bare if balanced(bare) else text


def _without_pace(text: str) -> str:
    return _PACE_RE.sub("", text, count=1)


def _without_period(text: str) -> str:
    return _PERIOD_MODIFIER_RE.sub("", text, count=1)


def as_title(text: str, max_han: int, *, clause: bool = False) -> str:
    """A phrase as a title: whole when it fits the hard limit, else cut to the aim; never
    with an opening quote or bracket left unclosed, never ending inside a number. A clause
    of the body that only a cut mid-phrase would fit is named after its predicate."""
    text = text.strip(TRAILING)
    if text[:1] in BRACKET_PAIRS and BRACKET_PAIRS[text[0]] not in text:
        text = text[1:].strip(TRAILING)  # “骑起来真是很轻… : the quote opens, never closes
    if not fits(text, max_han):
        # when it was done, beyond the aim, goes first: 四期码头于2025年9月投产 -> 四期码头投产
        undated = _WHEN_DONE_IN_CLAUSE_RE.sub("", text, count=1)
        if undated != text and han_count(undated) >= 4:
            text = undated
    if fits(text, HARD_MAX_VISIBLE, HARD_MAX_VISIBLE):
        return text
    # a condition or a point of view leads to the point: 不管刑事，直接打民事官司也可以
    first, mark, rest = text.partition("，") if "，" in text else text.partition(",")
    if mark and re.match(SUBORDINATE, first) and han_count(rest) >= 4:
        text = rest.strip(TRAILING)
    text = _CLEFT_RE.sub("", text, count=1)
    if fits(text, HARD_MAX_VISIBLE, HARD_MAX_VISIBLE):
        return text
    # what a clause defines or lists the parts of is its name: 青川站候车区范围包括…,
    # 站前广场是指… -> 青川站候车区范围, 站前广场
    defined = _DEFINES_RE.match(text)
    if defined and han_count(defined.group(1)) >= 4 and fits(defined.group(1), HARD_MAX_VISIBLE):
        return defined.group(1)
    # the day says when, not what: 定于2031年5月8日召开全市防汛工作会议 -> 召开全市防汛工作会议
    # …but a date that bounds a period (在2013年9月25日至2020年11月21日期间) is what it says
    bounded = re.search(
        "(?:" + _DATE_IN_TITLE_RE.pattern + r")\s*(?:至|到|[—–\-~～]|期间|前|后|起)", text
    )
    # …with the 于 that led to it (泄漏点已于19日1时50分被封堵 -> 泄漏点已被封堵)
    undated = (
        text
        if bounded
        # (…and the words that close a year on it: 截至2031年12月31日止年度 -> 年度)
        else re.sub(
            r"(?:(?:定|拟)?(?:于|於)|截至|截止)?(?:" + _DATE_IN_TITLE_RE.pattern + ")止?", "", text
        )
    )
    undated = re.sub(r"^(?:定于|拟于|将于|于|在)", "", undated).strip(TRAILING)
    if undated != text and han_count(undated) >= 6:
        text = undated
        if fits(text, HARD_MAX_VISIBLE, HARD_MAX_VISIBLE):
            return text
    # …nor the hour (天文台在下午2時40分發出八號…信號 -> 天文台發出八號…信號), an aside in
    # brackets (在宁远县（北纬31.42度，东经104.87度）发生4.6级地震), how fast or in what way
    # it goes (将以每小时15-20公里的速度向西北方向移动 -> 将向西北方向移动) or the hall it is
    # held in (…马拉松在滨江市民广场鸣枪起跑 -> …马拉松鸣枪起跑)
    for drop in (_without_clock, _without_aside, _without_pace, _without_venue):
        text, whole = _shed(text, drop(text))
        if whole:
            return text
    # …nor the days ahead it is for: 天文台呼籲市民在未來數天做好充足準備 -> 天文台呼籲市民
    # 做好充足準備
    undayed = _DAYS_AHEAD_RE.sub("", text, count=1)
    if undayed != text and han_count(undayed) >= 6:
        text = undayed
        if fits(text, HARD_MAX_VISIBLE, HARD_MAX_VISIBLE):
            return text
        # …做好充足準備及防禦措施: the first of what it calls for
        first = re.sub(r"(?:以及|及|和|与|與)[^，,。及和与與]*$", "", text)
        if (
            first != text
            and han_count(first) >= 6
            and fits(first, HARD_MAX_VISIBLE, HARD_MAX_VISIBLE)
        ):
            return first
    # …and a period that only dates what follows goes whole, never half of it (召回2030年9月
    # 11日至2031年8月19日生产的部分汽车 -> 召回部分汽车); nor the items of a list that a word
    # sums up (压实乡镇、村组等基层防汛责任 -> 压实基层防汛责任, 向张三、李四及全体获奖者学习 ->
    # 向全体获奖者学习); nor whom it names (授予张三院士、李四院士国家最高科学技术奖 ->
    # 授予国家最高科学技术奖)
    for drop in (_without_period, without_summed_list, without_named_people):
        text, whole = _shed(text, drop(text))
        if whole:
            return text
    # …nor who is told to do it: 全市各级干部要向全体获奖者学习 -> 向全体获奖者学习
    told = told_to_do(text)
    if told and fits(told, HARD_MAX_VISIBLE, HARD_MAX_VISIBLE):
        return told
    # …nor the period a table covers: 2031年1—11月份规模以上工业企业主要财务指标
    unperiod = re.sub(r"^\d{4}年(?:度|\d{1,2}(?:[—\-–~至]\d{1,2})?月份?)?", "", text)
    if (
        unperiod != text
        and han_count(unperiod) >= 6
        and fits(unperiod, HARD_MAX_VISIBLE, HARD_MAX_VISIBLE)
    ):
        return unperiod
    # …nor does where: 关于湖北省青川县城关镇东风村地质险情的报告 -> 地质险情的报告
    placeless = _PLACE_CHAIN_RE.sub("", re.sub(r"^关于", "", text), count=1)
    if placeless != text and han_count(placeless) >= 4 and fits(placeless, max_han):
        return placeless
    # …nor where or to whom the thing is (加大在青川的投资力度 -> 加大投资力度): the head
    # noun stays with its verb rather than a cut after the place
    local = _PLACED_MODIFIER_RE.search(text)
    placed = local.group(0)[1:-1] if local else ""
    if (
        clause
        and local
        and local.start() >= 2
        and all(flag[:1] in ("n", "r", "m", "q", "f", "s", "a") for _, flag in tagged_words(placed))
    ):
        unplaced = text[: local.start()] + text[local.end() :]
        if han_count(unplaced) >= 6 and fits(unplaced, HARD_MAX_VISIBLE, HARD_MAX_VISIBLE):
            return unplaced
    # …nor what a verb bears on, before its object's head noun:
    # 你市要切实加强对行政区划调整工作的组织领导 -> 加强组织领导
    over = _VERB_OVER_RE.search(text) if clause else None
    if over and [flag[:1] for _, flag in tagged_words(over[1])] == ["v"]:
        return over[1] + over[2]
    fronted = (fronted_predicate(text, max_han) or verb_and_head(text, max_han)) if clause else ""
    if fronted:
        return fronted  # 对…作出贡献的人员给予奖励 -> 给予奖励, never 对为我国…
    ended = subject_tail_and_verb(text, max_han) if clause else ""
    if ended:
        return ended  # 青川市沿江大道过江隧道左线主体结构顺利贯通 -> 过江隧道左线主体结构贯通
    # an incident's date code says when, and goes when the name cannot keep it:
    # 青川县东风村煤矿“8·18”事故的… -> 青川县东风村煤矿事故
    uncoded = re.sub(r"[“\"]\d{1,2}[·.．]\d{1,2}[”\"](?=[^，,]{6,})", "", text)
    for form in dict.fromkeys((text, uncoded)):
        aimed = no_number_tail(shorten(form, max_han))
        rest = form[len(aimed) :] if form.startswith(aimed) else ""
        if _WORDED_RE.search(aimed) and (_pauses(aimed, rest) or _owns(aimed, rest)):
            return aimed  # a natural pause within the aim
        widest = no_number_tail(shorten(form, HARD_MAX_VISIBLE, HARD_MAX_VISIBLE))
        rest = form[len(widest) :] if form.startswith(widest) else ""
        if _WORDED_RE.search(widest) and (_pauses(widest, rest) or _owns(widest, rest)):
            return widest
    if not clause:
        return widest
    # rather than a head cut mid-phrase (…局长张新文主持), what is done in it; a subject
    # cut short of its figure's verb gives way to its head noun and the figure
    # (青川市60周岁|及以上户籍老年人口达到41.7万人 -> 老年人口达到41.7万人)
    figure = FIGURE_CLAUSE_RE.match(text)
    if figure and not text.startswith(widest + figure[2]):
        widest = figure_of(figure, max_han) or widest
    return (
        predicate(text, max_han, MAX_VISIBLE)
        or predicate(text, HARD_MAX_VISIBLE, HARD_MAX_VISIBLE)
        or final_predicate(re.sub(r"[（(][^）)]*[)）]", "", text), max_han)
        or widest
    )


def _pauses(head: str, rest: str) -> bool:
    """Whether a reader pauses between ``head`` and ``rest``: at the end, at a clause mark
    or a bracket, never at the space inside a Latin name (Model S)."""
    if not rest:
        return True
    if re.match(r"\s+[A-Za-z0-9]", rest) and re.search(r"[A-Za-z0-9]$", head):
        return False
    return rest[0] in TRAILING + "，、；：《（"


def _owns(head: str, rest: str) -> bool:
    """Whether ``head`` is the owner in "<head>的<what it has>" and names a thing (its last
    word a noun, six Han characters or more): 青川煤矿事故的两名责任人 -> 青川煤矿事故,
    never 坚持全面正确 (的历史观)."""
    if not rest.startswith("的") or han_count(head) < 6:
        return False
    tagged = tagged_words(head)
    return bool(tagged) and tagged[-1][1].startswith("n") and balanced(head)


#: When a thing was or will be done, inside a clause: 于2025年9月, 将于2031年底 (关于2031年
#: is what it is about).
_WHEN_DONE_IN_CLAUSE_RE = re.compile(
    r"(?<=[\u4e00-\u9fff])(?<![关對对由至等属屬鉴基已将拟定])(?:已|将|拟|定|计划)?于"
    r"\d{4}年(?:\d{1,2}月(?:\d{1,2}[日号])?|底|初)?"
    # …to the day it ends: 于2031年1月9日至10日在临江召开, never half of it
    r"(?:\s*(?:至|到|[—–\-~～])\s*"
    r"(?:(?:\d{4}年)?\d{1,2}月(?:\d{1,2}[日号])?|\d{1,2}[日号]|\d{4}年底?))?(?=[\u4e00-\u9fff])"
)


_DATE_IN_TITLE_RE = re.compile(
    r"(?:\d{4}年)?\d{1,2}月\d{1,2}[日号](?:[（(]星期.[）)])?(?:上午|下午|晚上|晚)?"
    r"(?:\d{1,2}时(?:\d{1,2}分)?)?"
    # the day and the clock time of a news lead: 21日9时17分, 20日凌晨3时
    r"|(?<![\d年月])\d{1,2}日(?:凌晨|上午|中午|下午|晚上|晚间|夜间)?\d{1,2}时(?:\d{1,2}分)?"
    # a day as Taiwan's papers write it, named from today: 今（15）日下午
    rf"|{BRACKETED_DAY_RE.pattern}(?:凌晨|上午|中午|下午|晚上|晚间|夜間|晚間)?"
)


#: The hour something was done, inside a clause: 在下午2時40分, 于凌晨3时许, 今天上午10点.
_CLOCK_IN_TITLE_RE = re.compile(
    r"(?:在|于|於)?(?:今天|今日|昨天|昨日)?(?:[（(][^（）()]{2,12}[)）])?"
    r"(?:凌晨|早上|上午|中午|下午|傍晚|晚上|晚間|晚间|夜間|夜间)?"
    r"(?:(?<![\d.:：])\d{1,2}|(?<![第同])[一二三四五六七八九十]{1,3})\s*[时時点點]"
    r"(?![间間候期代刻段])"  # 第一时间, 一时期: no hour
    r"(?:\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*分)?(?:许|許|左右)?"
    # …or hours on a clock's face, from one to another: 8:00至18:00, 9:00—17:00
    r"|(?:至|到)?(?<![\d.])\d{1,2}[:：]\d{2}(?:\s*(?:至|到|[—–\-~～])\s*(?:次日)?\d{1,2}[:：]\d{2})?"
    r"(?![\d:：])"
)


#: The days ahead a call or a plan is for, inside a clause: 在未來數天, 在今后一段时间, 近期.
_DAYS_AHEAD_RE = re.compile(
    r"(?:在|于|於)(?:未来|未來|今后|今後|近期|接下来|接下來)[\d一二三四五六七八九十两兩几幾数數]*"
    r"(?:天|日|周|週|个月|個月|年|小时|小時|一段时间|一段時間)?(?:内|內|里|裡)?"
)


_DAY = r"(?:\d{4}年)?\d{1,2}月(?:\d{1,2}[日号])?"


#: A period that dates the thing after it: 2030年9月11日至2031年8月19日生产的,
#: 生产日期在2030年9月25日至2031年11月21日期间的.
_PERIOD_MODIFIER_RE = re.compile(
    rf"(?:生产日期)?(?:在|于|从|自)?{_DAY}\s*(?:至|到|[—–\-~～])\s*{_DAY}(?:期间)?(?:生产|出厂|销售)?的"
)


def shorten(text: str, max_han: int, max_visible: int = MAX_VISIBLE) -> str:
    """Cut ``text`` to ``max_han`` Han characters where a reader would pause.

    Prefers the longest head ending at a clause mark (at least 4 Han characters), then the
    head noun phrase after the first clause's last 的 (6 to 10), then the first conjunct
    (the head before 和/及/与..., at least 4); else cuts at a jieba word boundary. The head
    never leaves a bracket or 《》 open and never ends on a function word.
    """
    text = text.strip(TRAILING)
    if fits(text, max_han, max_visible):
        return text
    # a quoted topic is the phrase's name: 「臺南市土石方處理…」專案報告, 现将《…办法》印发
    # …but a quoted word that only describes a noun (扛着“长枪短炮”的记者) is not its topic
    # …nor does the paper or the show someone works for (《青川日报》记者张三)
    quoted = re.search(
        r"[「《『]([^」》』]{2,})[」》』](?!记者|記者|编辑|編輯|主编|主編|主持人|社长|社長)"
        r"|“([^”]{2,})”(?!的)",
        text,
    )
    topic = (quoted.group(1) or quoted.group(2)) if quoted else ""
    if topic and han_count(topic) >= 4:
        return as_title(topic, max_han)
    return _natural_head(text, max_han, max_visible) or _word_cut(text, max_han, max_visible)


def _natural_head(text: str, max_han: int, max_visible: int) -> str:
    """The longest head ending at a clause mark, else the head noun phrase after the first
    clause's last 的, else the first conjunct; "" when none fits (see :func:`shorten`)."""
    best = ""
    for m in list(CLAUSE_SPLIT_RE.finditer(text)) + list(re.finditer(r"——", text)):
        head = text[: m.start()].strip(TRAILING)
        if (
            fits(head, max_han, max_visible)
            and han_count(head) >= 4
            and balanced(head)
            and len(head) > len(best)
        ):
            best = head
    if not best:
        # the head noun phrase after the clause's last 的 names what it is about:
        # "…范围最广、强度最大的一次强降雨天气过程" -> "一次强降雨天气过程"
        clause = CLAUSE_SPLIT_RE.split(text, maxsplit=1)[0]
        head_noun = clause[clause.rfind("的") + 1 :].strip(TRAILING) if "的" in clause else ""
        # …入侵的情况下进行自卫: a frame, and the predicate after it
        frame = re.match(r"^(?:情况|前提|条件|背景|基础|过程|同时)[下中上]", head_noun)
        if frame:
            head_noun = head_noun[frame.end() :]  # what is done in it: 进行自卫
        if (
            _MIN_HEAD_NOUN_HAN <= han_count(head_noun) <= _MAX_HEAD_NOUN_HAN
            and fits(head_noun, max_han, max_visible)
            and balanced(head_noun)
        ):
            best = head_noun
    if not best:
        # the owner before the clause's first 的, when the rest runs on into the predicate:
        # 青川煤矿事故的两名责任人已经在事故中死亡 -> 青川煤矿事故
        owner = clause[: clause.find("的")] if "的" in clause else ""
        if fits(owner, max_han, max_visible) and _owns(owner, clause[len(owner) :]):
            best = owner
    if not best:
        # the first conjunct is the phrase's own head noun ("A和B的C" -> "A")
        for m in _CONJUNCTION_RE.finditer(text):
            head = text[: m.start()].strip(TRAILING)
            if not fits(head, max_han, max_visible):
                break
            if han_count(head) >= 4 and balanced(head):
                best = head
                break
    return best


def _word_cut(text: str, max_han: int, max_visible: int) -> str:
    """The longest head of whole jieba words that fits, never ending inside a bracket or on
    a function word; as a last resort a cut by characters (still a prefix of ``text``)."""
    words = zh_words(text)
    kept: list[str] = []
    for word in words:
        if not fits("".join(kept) + word, max_han, max_visible):
            break
        kept.append(word)
    # never end inside a bracket or on a function word / separator, dropping whole words (a
    # word that ends in 得 or 了, 取得 or 为了, goes whole or stays whole)
    while kept:
        head = "".join(kept).strip(TRAILING)
        cut = max(head.rfind(o) for o in "（(《「“【")
        if not balanced(head) and cut > 0:
            kept = zh_words(head[:cut].strip(TRAILING))
        elif not balanced(head) or kept[-1][-1:] in "的地得了和及与或、，：（(《「“【":
            kept.pop()
        else:
            break
    head = "".join(kept).strip(TRAILING)  # a cut that lands on a dash run must not keep it
    if re.match(r"[A-Za-z\d\-]", text[len(head) : len(head) + 1]) and head[-1:].isascii():
        head = re.sub(r"[A-Za-z\d\-]+$", "", head).strip(TRAILING)  # never half a code: 召回HX
    head = without_copula(head)  # …总用地面积为 (41公顷): what is measured, not 为
    head = without_dangling_word(head)  # …沿长安大道由 (东向西行驶): never on a preposition
    if han_count(head) >= 2:
        return head
    # nothing natural fits: hard cut by characters (still a prefix of the phrase)
    out = ""
    for ch in text:
        if not fits(out + ch, max_han, max_visible):
            break
        out += ch
    return out.strip(TRAILING)
