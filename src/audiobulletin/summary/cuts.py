"""Cuts that shorten a sentence to a key point, taking words off and never changing the rest.

Why a module of its own: a key point must stay the report's own words; every cut here only
takes a part off a sentence (its dateline, a stock phrase, the clauses past the budget, a
list's later items), and stops where a reader would pause, never mid-statement.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from audiobulletin.summary.words import (
    AMOUNT_RE,
    DATELINE_RE,
    DUE_RE,
    EXPECTS_RE,
    FINDING_RE,
    HELD_ON_RE,
    LIST_MARKER_RE,
    visible_len,
)
from audiobulletin.zh import (
    BASIS_RE,
    BRACKET_PAIRS,
    FORECAST_TITLE_RE,
    FULL_STOPS,
    HAN,
    KEENNESS_WORDS,
    LEANS_BACK_RE,
    PERIOD_WITH_DATES,
    REPORTING_CLAUSE_RE,
    SCENE_CLAUSE_RE,
    STATEMENT_START_RE,
    ends_sentence,
    han_count,
    names_person,
    tagged_words,
    to_simplified,
)

# A leading clause that only says when, or how the writer learned it: 日前，/ 记者从省水利厅
# 了解到，/ 据介绍，. The statement follows it.
_LEAD_CLAUSE_RE = re.compile(
    r"^(?:日前|近日|近期|目前|当前|此前|今年以来|入夏以来|记者[^，,。]{0,16}?(?:了解到|获悉|看到)"
    r"|据(?:了解|介绍|悉|统计|初步统计)|另据[^，,。]{0,12}|据[^，,。]{1,12}(?:消息|报道|介绍)"
    # where it can be seen from, before what is seen: 从记者数量就可洞悉…的“热度”：
    r"|从[^，,。：:]{2,24}?(?:就|便|即)?(?:可以|可|能)?(?:看出|看到|洞悉|发现|反映出|窥见)"
    r"[^，,。：:]{0,20}(?=[：:]))[，,：:]"
)


def strip_lead(sentence: str) -> str:
    """Drop a leading list marker, dateline and when-or-how clause; the rest is verbatim."""
    s = sentence
    for _ in range(3):
        before = s
        s = LIST_MARKER_RE.sub("", s, count=1)
        m = DATELINE_RE.match(s)
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


def first_clause_end(sentence: str) -> int | None:
    """Index of the first ``，`` or ``,`` outside brackets and quotes; None without one."""
    return next(_marks_outside(sentence, "，,"), None)


def _sets_scene(clause: str) -> bool:
    """Whether the clause only sets the scene (面对…压力, 在…领导下); a clause that says when
    (2031年5月, 3日上午) is kept: the date is part of the news, and so is the year a figure
    belongs to (去年，全市新增就业6.2万人 is last year's, never this year's)."""
    return (
        bool(clause)
        and not re.search(r"\d", clause)
        and not _WHICH_YEAR_RE.match(clause)
        and bool(SCENE_CLAUSE_RE.match(clause))
    )


#: A year named from this one, which the figures after it belong to.
_WHICH_YEAR_RE = re.compile(r"\s*(?:今年|去年|前年|明年|上年|本年|上一年|同年)")


def without_basis(sentence: str) -> str:
    """The sentence without its leading basis, procedure and purpose clauses, which a
    listener does not need to hear the statement (根据…规定，经…审核，国务院批准… ->
    国务院批准…); the sentence itself when what is left would be too short to state
    anything. A purpose that runs over clauses ends where 现/特/决定… opens the statement."""
    s = sentence
    while True:
        first_end = first_clause_end(s)
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
    rf"^(?:(?P<before>[{HAN}\d]{{0,6}}?)(?:分别|共同|进一步)?"
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
#: On whose behalf or at whose invitation: 受省长周立衡委托, 应市政府邀请.
_ON_BEHALF_RE = re.compile(r"^(?:受|应)[^，,。；;]{1,14}(?:委托|邀请)$")
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
    # (perhaps after when it may happen: 入境后14天内如出现发热等症状)
    r"^(?:[^，,。]{0,12}?(?<![例比譬诸]))?"
    r"(?:如遇|如果|如若|假如|假若|倘若|若(?!干)|一旦|万一|如有|如发现|如出现|只要|除非)"
)
#: How something was found out, the finding still to come: 经市疾控中心实验室检测, 经调查核实.
_FOUND_BY_RE = re.compile(
    r"^经(?:过)?[^，,。]{0,30}(?:检测|检验|鉴定|调查|核实|核查|排查|勘查|勘察|评估|测算|诊断|审核"
    r"|审查|复核|会商|研判|比对|监测|化验|分析)$"
)


#: A subject and the basis it acts on, the act still to come: 华川汽车销售有限公司根据《…》的
#: 要求, 各地按照省政府的统一部署.
_SUBJECT_BASIS_RE = re.compile(
    r"^[^，,。]{2,20}?(?:根据|按照|依据|依照|遵照)[^，,。]{2,80}?"
    r"(?:要求|规定|精神|部署|安排|决定|通知|意见)$"
)


#: Whom a clause warns or calls on, what it tells them still to come (市交警支队提醒广大驾驶人,
#: 专家呼吁): a chapter may be named so, a key point never ends there.
WARNS_RE = re.compile(
    rf"^[{HAN}\d]{{0,16}}(?:提醒|呼吁|告诫|敬告|倡议)(?:[{HAN}]{{0,6}}?(?:市民|居民|群众|驾驶人|驾驶员"
    r"|司机|游客|旅客|家长|考生|学生|公众|民众|消费者|朋友们?|人员|大家|村民|网友|用户|业主|读者))?$"
)


#: From when, perhaps after who decided it: 自2032年1月1日起, 决定自2031年6月1日起.
_FROM_WHEN_RE = re.compile(
    r"(?:[^，,。]{0,12}?(?:决定|宣布|将|拟|计划))?(?:自|从)[^，,。]{1,20}(?:起|开始)"
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
    if _FROM_WHEN_RE.fullmatch(c):
        return True  # 自2032年1月1日起, 决定自2031年6月1日起: from when, said with what starts
    if _PERIOD_ONLY_RE.fullmatch(c):
        return True  # 本周（11月9日-11月15日）: when, said with what was done in it
    if _ELAPSED_RE.fullmatch(c) or _BEFORE_AFTER_RE.fullmatch(c):
        return True  # 在恢复交易后，短短6分钟: after what and how soon, never what happened
    if _COUNTED_SET_RE.fullmatch(c):
        return True  # 八大类中: the set the figures after it are counted in
    if _AFTER_EFFORT_RE.fullmatch(c) or _FORECAST_WHEN_RE.fullmatch(c):
        return True  # 经过近三个月的缜密侦查, 预计3日夜间至6日白天: how, when; never what
    if WHEN_ONLY_RE.fullmatch(c) or _VIEWPOINT_RE.fullmatch(c) or _RECKONED_RE.fullmatch(c):
        # 前10个月, 国庆节假期7天, 从贸易方式看, 经…数据中心测算: when, from where or how it
        # was reckoned, no statement
        return True
    if DUE_RE.match(c):
        return False  # 自2031年7月1日生效: when it takes effect states (生效 tags as a noun)
    if _ANNOUNCES_SPEECH_RE.search(c) or _FRAME_END_RE.search(c) or _DEFINED_RE.match(c):
        return True
    if _ON_BEHALF_RE.match(c):
        return True  # 受省长周立衡委托: on whose behalf, said with who did what
    if (
        _CONDITION_RE.match(c)
        or _SUBJECT_BASIS_RE.search(c)
        or WARNS_RE.match(c)
        or _FOUND_BY_RE.match(c)
    ):
        return True
    if _only_frames(c) or _only_spot(c):
        return True
    m = _COVERB_RE.match(c)
    if not m:
        return False
    before = m.group("before") or ""
    if before and _opens_with_verb(before):
        return False  # 召回生产日期在…期间的部分汽车: a verb and its object, whose 在 is inside
    tags = [flag for _, flag in tagged_words(c[m.end() :]) if flag != "x"]
    if not tags:
        return False  # nothing after it: a noun (制定依据), not a preposition
    if m.group("framing"):
        return not any(flag in ("v", "vd", "vi") for flag in tags[-2:])
    return not any(flag.startswith("v") for flag in tags)


def _opens_with_verb(words: str) -> bool:
    """Whether ``words`` (what stands before a clause's coverb) open with a verb: a predicate
    and its object (召回生产日期…), not a subject (全县, 我们) that the coverb's frame follows."""
    tags = tagged_words(words)
    return bool(tags) and tags[0][1] in ("v", "vn") and len(tags[0][0]) < len(words)


#: The end of a clause that says when what follows happens (…行驶至事发路口时, 会议召开之际),
#: never a word ending in 时 (24小时, 同时, 及时, 届时).
_WHEN_TAIL_RE = re.compile(
    r"(?:(?<![小同及按准临届定实适随暂一彼此平当历用耗超工])时|之时|的时候|之际)$"
)
#: …and where or within what it happens: …的带领下, 未来3年内, 葡萄园里, 建设期间.
_PLACE_TAIL_RE = re.compile(r"(?:里|内|中|下|期间|之间)$")
#: The coverb that opens such a frame (在…下), not the 在 of 正在, 现在, 存在, 所在.
_FRAME_AT_RE = re.compile(r"(?<![正现所存实自好])在")


def _only_frames(clause: str) -> bool:
    """Whether ``clause`` only sets when or where what the next clause says happens: it ends
    in 时 (…行驶至事发路口时), or in a place word (里, 内, 下 …) with no verb before the
    frame's 在 (团队在…的带领下, 这些县将在未来3年内, 贺兰山东麓的葡萄园里); not a
    statement that ends there (价格保持在合理区间内, 工作正在推进中)."""
    if _WHEN_TAIL_RE.search(clause):
        return True
    if not _PLACE_TAIL_RE.search(clause):
        return False
    frames = list(_FRAME_AT_RE.finditer(clause))
    before = clause[: frames[-1].start()] if frames else clause
    return not any(flag in ("v", "vd", "vi") for _, flag in tagged_words(before))


#: The end of a clause that names a spot on a road (…K236+800米处, …186号处, …路口附近), an
#: aside in brackets after it aside.
_SPOT_TAIL_RE = re.compile(r"(?:[\d米号]处|路口附近)$")


def _only_spot(clause: str) -> bool:
    """Whether ``clause`` only names where what the next clause says happened, with no verb
    of its own (S318国道…方向K236+800米处（西山隧道出口以东）, then 一辆货车与…发生碰撞);
    not a statement that ends there (事故发生在滨河路口附近)."""
    bare = re.sub(r"[（(][^（）()]*[)）]", "", clause).strip()
    tail = _SPOT_TAIL_RE.search(bare)
    if not tail:
        return False
    return not any(flag.startswith("v") for _, flag in tagged_words(bare[: tail.start()]))


#: The set that figures are counted in, alone: 八大类中, 在41个工业大类行业中, 各省份中.
_COUNTED_SET_RE = re.compile(
    r"在?[^，,。]{0,10}(?:[\d一二三四五六七八九十两几]+|各)[^，,。]{0,6}"
    r"(?:类|項|项|种|種|个|個|家|所|批|行业|行業|部门|部門|省份|城市)(?:中|当中|之中)"
    # (…or counted before what they are: 全市38个市控以上断面中, 本次抽检的286批次样品中)
    # (never a statement of what is under way: 全市共有3个项目在建设中)
    r"|[^，,。有是为]{0,10}[\d一二三四五六七八九十两几]+(?:个|個|家|所|类|種|种|批次|批|座|条|條|处|處|名)"
    r"[^，,。\d在正]{1,10}(?:中|当中|之中)"
)
#: A clause that says only how much work led to what the next one says: 专案组经过近三个月的
#: 缜密侦查, 经过连续奋战 (then 成功抓获…).
_AFTER_EFFORT_RE = re.compile(
    r"[^，,。]{0,12}经过?[^，,。]{0,16}(?:侦查|侦办|调查|核查|排查|摸排|追踪|奋战|攻坚|努力|协调"
    r"|研究|论证|审理|审查|评审|抢修|抢险|救援|施救|搜救"
    # (…or a dig, a survey, a trial: 经过为期3年的考古发掘; and what the study decided, 经研究
    # 决定, leads into what was decided)
    r"|发掘|挖掘|勘探|勘察|考察|试验|实验|攻关|筛查)(?:决定|同意|确定)?"
)
#: A forecast's when, cut before what it forecasts: 预计12月3日夜间至12月6日白天.
_FORECAST_WHEN_RE = re.compile(
    r"(?:[^，,。]{0,20}[，,])?预计[\d\s一二三四五六七八九十年月日号时点夜里间白天凌晨上下午傍晚今明后"
    r"前至到—\-~～]{1,24}"
)
#: A span of time alone, without what happened in it: 前10个月, 1—10月, 今年以来, 国庆节假期7天,
#: 未来三天, 当日.
WHEN_ONLY_RE = re.compile(
    r"(?:今年|去年|本年|全年|上半年|下半年|[一二三四]季度|前三季度)?"
    r"(?:前\d{1,2}个?月|\d{1,2}\s*[-—–~～至]\s*\d{1,2}月(?:份)?|以来|来"
    r"|[^，,。]{0,8}(?:假期|长假|黄金周|小长假)(?:\d+|[一二三四五六七八九十])?天?"
    r"|未来(?:\d+|[一二三四五六七八九十两几])?(?:天|日|周|小时|个月)"
    r"|当日|当天|同日|近(?:\d+|[一二三四五两几])年(?:来)?)"
    # (a part of the year, perhaps after which year: 今年前三季度, 2031年上半年)
    r"|(?:今年|去年|本年|(?:19|20)\d\d年)?(?:全年|上半年|下半年|[一二三四]季度|前三季度)"
    r"|今年|去年"
)
#: How long it took, alone: 短短6分钟, 仅用3天, 不到两小时.
_ELAPSED_RE = re.compile(
    r"(?:短短|仅仅|仅|只|才|不到|不足)?(?:用了?|用时)?[\d一二三四五六七八九十两几半]+个?"
    r"(?:秒钟?|分钟|小时|个?钟头|天|日|周|个?星期|个?月|年)(?:内|里|后|间|时间)?"
)
#: After or before what, alone: 在恢复交易后, 在开学之前.
_BEFORE_AFTER_RE = re.compile(r"(?:在|于)[^，,。]{1,20}?(?:后|之后|以后|前|之前)")
#: From what angle the figures after it are seen: 从贸易方式看, 分行业看, 就区域而言.
_VIEWPOINT_RE = re.compile(r"(?:从|就|分|按)[^，,。]{1,12}(?:看|来看|而言|来说)")
#: A week or a month with its dates alone (zh.PERIOD_WITH_DATES): when, said with what follows.
_PERIOD_ONLY_RE = re.compile(PERIOD_WITH_DATES)


#: What announces a list at the end of a sentence: a colon, or a verb of having or including.
_LIST_OPENER_RE = re.compile(r"(?:[：:]|主要有|包括|包含|涉及|分别[为是]|主要[为是])")


#: The end of a head that announces what follows its colon: without it, it says nothing.
#: A word of direction or a verb that says nothing without where to (发送至, 登录): a head
#: never ends on one, nor does a key point when an address is cut off after it.
WANTS_WHERE = r"[至到给往向]|发送|寄送|邮寄|登录|登陆|访问"
_ANNOUNCES_RE = re.compile(
    r"(?:有|包括|包含|如下|以下|下列|是|为|分别|情况|方面|内容|要求"
    # …or where to, whom to call: 将意见发送至：…, 请拨打：…
    rf"|{WANTS_WHERE}|拨打)$"
)


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


def without_stock(sentence: str) -> str:
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


#: A word inside a later "item" that starts a new phrase, so the run before 等 is no list:
#: 以生产、销售有毒、有害食品罪对徐某某等6人 names six people, not three kinds of goods.
_NEW_PHRASE_RE = re.compile(r"[对向把将被][^、]{2,}$")


def _summed_list(sentence: str) -> re.Match[str] | None:
    """The list that a word sums up in ``sentence``, where its items are names alike."""
    m = _SUMMED_LIST_RE.search(sentence)
    if not m or any(_NEW_PHRASE_RE.search(item) for item in m[1].split("、")[1:]):
        return None
    return m


def _summed_list_shortened(sentence: str) -> str:
    """``sentence`` with a list that a word sums up cut to its first two items: 甲公司、乙公司、
    丙公司、丁公司等多家企业 -> 甲公司、乙公司等多家企业 (the 等 already says there are more)."""
    m = _summed_list(sentence)
    if not m:
        return sentence
    items = m[1].split("、")
    return sentence[: m.start(1)] + "、".join(items[:2]) + sentence[m.end(1) :]


#: The word after 等 that counts the list: 多家, 4家, 12大类.
_COUNTED_RE = re.compile(r"等((?:多|\d+|[一二三四五六七八九十几]+)(?:[家个名所座项款种类批]|大类))")


def _summed_list_dropped(sentence: str) -> str:
    """``sentence`` with a list that a word sums up said as that word alone: 甲公司、乙公司、
    丙公司等多家企业 -> 多家企业; only where the word counts them (多家, 4家, 多个)."""
    m = _summed_list(sentence)
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
    m = FINDING_RE.match(sentence)
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


def trim_to(sentence: str, budget: int) -> str | None:
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
            if (
                n >= 12
                and not _ANNOUNCES_RE.search(head)
                and not label
                and not field
                # (…支队提醒广大驾驶人：…: whom it tells, what it tells them after the colon)
                and not _dangles(clause)
            ):
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
    joined = (
        _with_its_figure(sentence, head, budget) or _with_its_change(sentence, head, budget)
        for head in reversed(heads)
    )
    return next((j for j in joined if j), heads[-1])


#: A clause that says how much a figure grew or fell: 增长5.4%, 比上年同期名义增长5.2%, 同比
#: 下降1.7%, 比去年同期（下同）增长3.7%.
_CHANGE_CLAUSE_RE = re.compile(
    r"^(?:(?:比|较|與|与)[^，,；;]{0,14}?|同比|环比|環比)?(?:名义|名義)?"
    r"(?:增长|增長|下降|上涨|上漲|下跌|回落|减少|減少|提高|增加)了?\s*-?\d"
)
#: A clause that only says how a figure was measured (按不变价格计算, 按可比价计算): it goes
#: when the figure's change is said after the figure.
_MEASURED_HOW_RE = re.compile(r"^(?:按|扣除|剔除)[^，,；;]{0,10}(?:计算|計算|因素)$")


def _with_its_change(sentence: str, head: str, budget: int) -> str | None:
    """``head`` (a sentence cut after the clause that gives a figure: 全年地区生产总值
    6842.57亿元) with the clause that says how much it changed, past how it was measured
    (，按不变价格计算，比上年增长5.4%), when both fit ``budget``: the change is the news
    of a statistics release. None where no such clause comes next."""
    if not re.search(r"\d\s*[^\d，,。；;]{0,6}$", head) or _CHANGE_CLAUSE_RE.search(head):
        return None
    for clause in comma_clauses(sentence[len(head) + 1 :].rstrip(FULL_STOPS + "；;"))[:2]:
        if _MEASURED_HOW_RE.match(clause):
            continue
        if not _CHANGE_CLAUSE_RE.match(clause):
            return None
        joined = f"{head}，{clause}"
        return joined if visible_len(joined) <= budget else None
    return None


#: Where a subject ends and the adverbial that frames its predicate starts: 9位党委委员
#: |分别对照《…》, 各乡镇|要结合实际.
_FRAMED_SUBJECT_RE = re.compile(
    rf"^([{HAN}\d]{{2,12}}?)(?=(?:分别|共同|均|都|要|须|应)?(?:{_FRAMING_PREPOSITIONS}|通过|从))"
)


def comma_clauses(body: str) -> list[str]:
    """``body`` cut at its commas outside brackets and times, each clause stripped."""
    cuts = [-1, *_marks_outside(body, "，,"), len(body)]
    return [body[a + 1 : b].strip() for a, b in itertools.pairwise(cuts)]


def _subject_and_predicate(sentence: str, budget: int) -> str | None:
    """A sentence whose clauses all lead into the last (9位党委委员分别对照《…》，结合…，从…的
    角度，…，提出了…存在的问题) said as its subject and that last clause: 9位党委委员提出了
    …存在的问题. A scene before the subject (会上，) stays. None where the first clause does
    not open with a subject and a framing preposition, where the last clause leads on too,
    or where the result does not fit ``budget`` or is too short to state anything."""
    clauses = comma_clauses(sentence.rstrip(FULL_STOPS + "；;"))
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
    for clause in comma_clauses(rest[1:]):
        coverb = _COVERB_RE.match(clause)
        if not clause or (coverb and coverb.group("framing")) or _dangles(clause):
            continue
        longer = f"{out}，{clause}"
        if visible_len(longer) + 1 - visible_len(point) > room:
            break
        out = longer
    return out + "。" if out != head else ""


#: A figure a listener keeps: an amount (8处, 52亿元, 90%) or a date (2047年6月30日).
FIGURE_RE = re.compile(
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
    if FIGURE_RE.search(head):
        return None
    clause = figure_clause(sentence[len(head) + 1 :])
    if not clause:
        return None
    joined = f"{head}，{clause}"
    return joined if visible_len(joined) <= budget else None


#: A measure in a unit that no count uses (为186.5mm, 达412.6毫米): a rainfall, a depth, a length.
_MEASURE_RE = re.compile(r"\d(?:\.\d+)?\s*(?:毫米|厘米|mm|cm|km)(?![A-Za-z])")


#: A clause that is what the one before measured (为186.5mm, 达412.6毫米): 为 is its verb, no
#: preposition leading into a next clause.
_IS_FIGURE_RE = re.compile(r"^(?:为|達|达|是)\d")


def figure_clause(rest: str) -> str:
    """The first clause of ``rest`` (what follows a cut) that holds a figure, where it can
    be said after the head: "" when none does, or when it leans on the clauses between
    (其中…, 同时…) or leads into another."""
    ends = [*_marks_outside(rest, "，,；;"), len(rest)]
    for start, end in zip([-1, *ends], ends, strict=False):
        clause = rest[start + 1 : end].strip().rstrip(FULL_STOPS + "；;")
        if not (FIGURE_RE.search(clause) or _MEASURE_RE.search(clause)):
            continue
        if (_dangles(clause) and not _IS_FIGURE_RE.match(clause)) or (
            LEANS_BACK_RE.match(clause) or clause.startswith("其中")
        ):
            return ""
        return clause
    return ""


#: How much an amount changed, in a clause of its own: 比上年增长5.8%, 同比下降2.1%, 增长6.2%.
_CHANGE_RE = re.compile(
    r"^(?:同比|环比|比上年|较上年|比去年|较去年|比上期|较上期)?\s*"
    r"(?:增长|下降|上涨|下跌|提高|回落|减少|增加)了?\s*[\d.]+\s*(?:%|％|个百分点|倍|成)$"
)


#: How an amount was reckoned, said before its change (按不变价格计算, 按可比口径计算), or
#: by whom (经文化和旅游部数据中心测算, 据初步核算).
_RECKONED_RE = re.compile(
    r"^(?:按[^，,。]{1,12}(?:计算|测算|统计)"
    r"|(?:经|据|根据)[^，,。]{0,30}(?:测算|核算|统计|监测|调查|抽样调查|汇总|初步核算|初步统计))$"
)


def change_clause(rest: str) -> str:
    """The change that the clause before a cut measured, where the next clause gives it
    (…地区生产总值2836.4亿元，按不变价格计算，比上年增长5.8%: 比上年增长5.8%); "" when
    the next clause says anything else."""
    for clause in comma_clauses(rest.split("。", 1)[0]):
        clause = clause.rstrip("；;")
        if _RECKONED_RE.match(clause):
            continue  # how it was reckoned: the change follows
        return clause if _CHANGE_RE.match(clause) else ""
    return ""


def states_figure_or_deadline(text: str) -> bool:
    """Whether ``text`` gives an amount (安全隐患8处, 1860万元) or says when something takes
    effect, is due or is held (自2032年1月1日起施行, 10月30日前上交, 会议时间：3月12日). A
    meeting that was held (召开, :data:`HELD_RE`) is no date a listener must keep."""
    return bool(AMOUNT_RE.search(text) or DUE_RE.search(text) or HELD_ON_RE.match(text))


def keeps_news(cut: str, title: str) -> bool:
    """Whether a sentence cut to fit still holds what makes it news: an amount or a date to
    act on (:func:`states_figure_or_deadline`), or in a forecast what is expected (预计7月份…
    偏重发生). Only such a cut may stand for a later key point; the lead may be cut to its
    head clause."""
    # a forecast's statement for a day ahead (19-21日风力明显增大) is what it expects
    expects = FORECAST_TITLE_RE.search(title) and (
        EXPECTS_RE.search(cut) or re.search(r"\d\s*日", cut)
    )
    # what a named inquiry found (专家组认为，…由浅源地震造成的) is the news of its report
    found = FINDING_RE.match(cut)
    finding = found is not None and han_count(cut[found.end() :]) >= 8
    return bool(states_figure_or_deadline(cut) or expects or finding)


def keeps_its_end(cut: str, sentence: str) -> bool:
    """Whether a sentence cut to fit still ends as the sentence does: only a list that a
    word sums up was shortened or said as that word, or a leading basis cut off, so what
    the sentence reports is all there (11月25日，甲公司、乙公司等多家企业…备案了召回计划)."""
    body = sentence.rstrip(FULL_STOPS + "；; ")
    cut = cut.rstrip(FULL_STOPS + "；; ")
    return body.endswith(cut) or cut in (_summed_list_shortened(body), _summed_list_dropped(body))
