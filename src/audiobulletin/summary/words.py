"""What the summary looks for in a sentence: amounts, days due, list markers, datelines.

Why a module of its own: both the cuts made to a sentence and the scores that choose it
look for the same marks (an amount, a deadline, a dateline), so they are named once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from audiobulletin.zh import (
    CIRCLED_NUMBERS,
    ENUMERATING_IS,
    FULL_STOPS,
    HAN,
    IN_FORCE_RE,
    META_KEY_KIND,
    either_script,
)

#: No key point list may exceed this many visible characters, whatever ``max_chars`` says
#: (the intro must stay short enough to be listened to in about half a minute).
HARD_CAP_CHARS = 130


# A list marker at the start of a sentence: 一、 （一） (1) 1、 1. 1） ① ● ■ ▲ 第一，
LIST_MARKER_RE = re.compile(
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
DATELINE_RE = re.compile(
    r"^\s*(?:"
    # (never the 电 of a word: 国网鹤溪县供电公司, 本报记者从市供电局)
    r"本报讯|本报[^，。]{0,12}?(?:(?<![供发用停来致充水核风火光])电|讯)"
    r"|据[^，。]{1,16}?(?:报道|消息)[，,]"
    # (nor 电价 or 电量: 上网电量1,221亿千瓦时 is no dateline)
    r"|[^，。\s]{1,14}?(?:网|社|报|台|频道)[^，。\s]{0,14}?"
    r"(?:(?<![供发用停来致充水核风火光])电(?![价量费力网源器站池视话脑])|讯)"
    r"(?:[：:，,\s]|(?=\S))"
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


NUMBER_RE = re.compile(r"[0-9０-９]|[一二三四五六七八九十百千万亿两]+[个名人次项年月日元%]")


# Fragments that mark a sentence as furniture rather than content.
BOILERPLATE_WORDS = (
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
BYLINE_WORD_RE = re.compile(r"(?:\d|[名位个]|中外|外国|境外|境内|港澳台|各国|国内外)记者")


#: A short sentence that does not end in one of these is a heading, a caption or a table row.
#: The ASCII semicolon is left out: in the reports it ends list rows more often than
#: statements (see :func:`_states_with_semicolon`).
TERMINATED_BY = FULL_STOPS + "；"


# A metadata line that slipped into the body ("文章来源：…", "发布时间：…", "附件1：…"): the
# document's metadata keys and the labels of a notice's contact fields, never a key point.
META_RE = re.compile(
    r"^\s*(?:"
    + "|".join(sorted(META_KEY_KIND, key=len, reverse=True))
    + r"|图片来源|发布单位|原标题|注|备注|附件\s*\d*|发文机关"
    + r"|电话|联系人|联系方式|邮箱|地址|网址)\s*[：:]"
)


#: The fields of a notice that say when and where its event is: key facts, though they are
#: written as fields (时间：5月20日至6月30日, 地点：青川市科技创新中心).
#: A field that gives a sum of money: 预算金额：1280万元, 最高限价：1250万元, 总投资：3.2亿元.
SUM_FIELD_RE = re.compile(
    # (a thousands comma is no clause mark: 人民币1,286.35万元)
    r"^\s*\w{0,6}(?:金额|限价|预算|总投资|投资额|总额|报价|中标价|成交价)\s*[：:]\s*[^，,。；;]{0,12}\d"
    r"(?:[^，,。；;]|(?<=\d),(?=\d{3}))"
    r"{0,12}(?:元|美元|港元|新台币|新台幣)"
)


#: A field that names who won a tender: 中标人：临江建工集团有限公司, 成交供应商名称：….
WINNER_FIELD_RE = re.compile(
    r"^\s*(?:第一)?(?:中标|成交|中选)(?:人|单位|供应商|候选人)(?:名称)?\s*[：:]\s*"
    r"[^，,。；;：:]{2,30}(?:公司|集团|研究院|设计院|事务所|中心|厂|社)\s*$"
)


#: The title of a notice that says who won a tender and for how much: 中标结果公告,
#: 成交结果公示, 中标候选人公示.
RESULT_TITLE_RE = re.compile(r"(?:中标|成交|中选)[^，,。]{0,6}(?:公告|公示)")


WHEN_WHERE_RE = re.compile(
    r"^\s*(?:\w{0,10}(?:时间|日期|地点))(?:[及和与、]\w{0,6}(?:时间|日期|地点))?\s*[：:]\s*\S"
)


# What a notice's reader must act on or by: when it takes effect, a deadline. A listener
# needs these more than any other sentence of it. (In either script: 停電時間：….)
DUE_RE = either_script(
    IN_FORCE_RE.pattern
    + (
        # the field or the statement of when, not a mention (培训时间各占一半)
        r"|(?:报名|申请|受理|考试|培训|报送|截止)(?:时间|日期)(?=\s*[：:为是]|\s*(?:定|拟)于)"
        # …or when a service stops or a road closes, the time a notice of it is for:
        # 停电时间：3月24日 07:30—18:00, 管制时间为…
        r"|(?:停电|停水|停气|停暖|停供|停运|停航|停课|闭馆|休馆|管制|封闭|封路|限行|检修|施工)"
        r"(?:时间|日期|时段)(?=\s*[：:为是])"
        r"|[日时点][^，,。；]{0,6}前(?:报送|提交|上交|报名|完成)|截止"
        # when to act against a pest, in a forecast: 小菜蛾防治适期为7月8～12日
        r"|(?:防治|防控|施药|用药)适期(?:为|是|在)\s*\d"
        # a day (and hour) before which something must be done: 于8月24日17:00前将…报送
        r"|\d{1,2}\s*月\s*\d{1,2}\s*日[^，,。；]{0,8}?前(?![期半])"
    )
)


#: When and where something is held (…定于6月10日在…举行): weighed as a date with
#: :data:`DUE_RE`, but no date a listener must act by (a meeting held, 召开了).
HELD_RE = re.compile(
    # …or the days the public is off (2月10日至17日放假调休): what a holiday's notice is for
    r"举行|召开|放假"
)


#: A field's colon and the day it gives: ：2031年3月12日, ：3月12日.
_FIELD_DAY = r"\s*[：:]\s*(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*[日号]"
#: A notice's field of the day its event is held (会议时间：3月12日上午9:00, 活动时间：,
#: 开标时间：); the day to fetch a form (领取时间：) holds no event.
HELD_ON_RE = re.compile(
    rf"^\s*[{HAN}]{{0,6}}(?:会议?|會議?|活动|活動|举办|舉辦|举行|舉行|赛|賽|开幕|開幕|仪式|儀式|典礼|典禮"
    rf"|讲座|講座|论坛|論壇|演出|展|开标|開標)(?:时间|日期|時間){_FIELD_DAY}"
)
#: A field of when with no word of what (时间：2031年11月12日上午9:30): when a meeting that a
#: headline calls is held.
BARE_TIME_FIELD_RE = re.compile(rf"^\s*(?:时间|時間|日期){_FIELD_DAY}")


@dataclass(frozen=True)
class Candidate:
    index: int  # position among all sentences, for report order
    para: int  # paragraph number
    first_in_para: bool
    after_semicolon: bool  # continues the previous sentence (split at ；)
    inside_item: bool  # not the first sentence of a numbered item (1、…): not its headline
    text: str  # the key point as it would be returned (already trimmed)


def visible_len(text: str) -> int:
    """Length as a listener perceives it: every non-whitespace character counts once."""
    return sum(1 for ch in text if not ch.isspace())


#: A sentence that says what is expected (预计7月份…偏重发生, 发生7级以上地震的可能性较大,
#: 未来48小时…, 未来三天…): in a forecast (:data:`audiobulletin.zh.FORECAST_TITLE_RE`), the news.
EXPECTS_RE = re.compile(
    r"预计|预测|预报|可能性|有可能|未来[\d一二三四五六七八九十两几]*(?:小时|天|日)"
    r"|預計|預測|預報|未來"
)


#: What a named inquiry found (专家组认为：…由浅源地震造成; 调查组认定，…): the news of a
#: report on an investigation, which comes after the account of how it was made. (经调查
#: 认定，… is cut to what was found, by :func:`without_basis`, and weighs as that.)
FINDING_RE = re.compile(
    r"(?:专家组?|调查组|鉴定机构|事故调查组)[^，,。：:]{0,6}(?:认为|认定|查明|确认|的结论)"
)
