"""A chapter without a heading named from its body: a leading label, else its first
meaningful clause.

Why a module of its own: most of a report's paragraphs open on a time, a source, a basis or
who said it; these rules skip what names nothing and find the clause that says what the
chapter is about.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from audiobulletin.document import Block, is_addressee
from audiobulletin.titles.fit import CLAUSE_SPLIT_RE, MAX_VISIBLE, balanced, visible_len
from audiobulletin.titles.heading import clean_heading
from audiobulletin.titles.naming import SUBORDINATE, as_title
from audiobulletin.titles.tables import table_title
from audiobulletin.zh import (
    ASCII_STOP_RE,
    BASIS_RE,
    BRACKETED_DAY_RE,
    DECIDES_RE,
    FIRST_ITEM_RE,
    KEENNESS_WORDS,
    LEANS_BACK_RE,
    MEASURED_BY,
    PERIOD_WITH_DATES,
    QUESTION_TURN_RE,
    REPORTING_CLAUSE_RE,
    REPORTS_TO_ASSEMBLY_RE,
    SCENE_CLAUSE_RE,
    SECTION_NUMBER,
    SPEAKER_LABEL_RE,
    STATEMENT_ADVERB_RE,
    han_count,
    names_person,
    written_sentences,
)

# Clauses that give only a time, a source or a basis: not what a chapter is about.
SKIP_CLAUSE_RE = re.compile(
    r"^(?:据|根据|按照|依据|依照|为了|为|经|近日|日前|目前|近期|昨日|今日|今天|昨天|"
    r"当天|当日|此外|同时|另外|其中|因此|但是|然而)"
    # …but the year's numbered storm (今年第9号台风“青鸾”…) is who the clause is about
    r"|^(?:今年|去年)(?!第[\d一二三四五六七八九十]+号)"
    # a forecast's time frame alone: 预计未来6小时内, 今后三天
    r"|^(?:预计|预报)?(?:未来|今后)[\d一二三四五六七八九十两几]+(?:个)?(?:小时|天|日)(?:内|里)?$"
    # a clause that only says when (2031年3月5日上午); one that goes on to say what, at
    # length, names that (2031年全市地区生产总值2836.4亿元)
    r"|^(?:[\d一二三四五六七八九十]+(?:月|日|时|年))+(?:[^，,\u4e00-\u9fff]*[\u4e00-\u9fff]){0,7}"
    r"[^，,\u4e00-\u9fff]*$"
    r"|^自?即日起$|^受[^，,。]{1,16}影响$|^自(?:民国|民國)?[\d年月日\s]+起$"
    # when it starts from: 由明年一月一日起, 从下月起
    r"|^(?:由|自|从|從)[^，,]{2,12}起$"
    # a week or a month and its dates alone: 本周（11月9日-11月15日）
    rf"|^{PERIOD_WITH_DATES}$"
    # a clause that goes on from the one before: 于13日凌晨在我市登陆, 并伴有暴雨
    r"|^(?:于|将于|并于|并|且)"
    # who said it is not what was said (zh.REPORTING_CLAUSE_RE), nor the scene it was said in
    rf"|{REPORTING_CLAUSE_RE.pattern}|{SCENE_CLAUSE_RE.pattern}"
    # the formula of a covering notice: 现将…印发给你们, 请认真贯彻执行
    r"|^(?:现|请|望|特此)[^，。]{0,30}(?:转发|印发|贯彻执行|遵照执行|认真执行|通知|给你们)"
    r"|^[\d一二三四五六七八九十]+月[\d一二三四五六七八九十]+日(?:上午|下午|晚)?$"
    # an announcement of what follows: 具体事项如下, 现将有关安排通知如下
    r"|^[^，。]{0,12}如下$"
    # a subject that only points back: 这4起事故, 上述问题 (以上这些: see SUBORDINATE)
    r"|^(?:这|此|该|上述)[^，,]{0,8}$"
    # a connective on its own: 与此同时, 另一方面, 除此之外
    r"|^(?:与此同时|與此同時|另一方面|除此之外|除此以外|不仅如此|此外|另外|其次|再次|最后)$"
    # only where it happens: 在青川站候车大厅, 在展会现场
    r"|^在[^，,]{2,30}(?:厅|廳|室|馆|館|中心|现场|現場|会场|會場|广场|廣場|一线|展区|展區|门口|街头|里|裡|内|內)$"
    # whom a speaker addresses: 媒体的朋友们, 女士们、先生们
    r"|^[^，,]{0,8}(?:朋友们|同志们|女士们|先生们|同学们|各位来宾|记者朋友|媒体朋友)$"
    # a greeting: 大家上午好, 各位好
    r"|^[^，,]{0,6}(?:早上|上午|下午|晚上)?好[！!]?$"
    # on whose behalf: …公司受…的委托
    r"|^[^，,]{0,24}受[^，,]{2,30}(?:委托|邀请)$"
    # who speaks, is quoted or reports it, however long the name: …副总经理唐珂在欢迎致辞中
    # 称, 有关负责人说, 据外媒报道
    # …, and who announces or notices it: 政府發言人今日（11月20日）公布, 我們留意到
    r"|^[^，,]{0,30}(?:表示|指出|强调|认为|透露|称|(?<!听)说|报道|报导|介绍|回忆|显示|获悉"
    rf"|公布|宣布|宣佈|留意到|注意到|{MEASURED_BY}"
    r"|了解到|坦言)$"
    # the set the figures that follow are counted in: 此次开工的23个项目中, 监测的30种农产品中
    r"|^在?[^，,]{2,24}的[^，,]{1,12}(?:中|当中|之中)$"
    # only when: 试航期间, 预计今天傍晚到明天白天 (a forecast's time frame alone)
    r"|^[^，,]{1,8}期间$"
    r"|^(?:预计|预报)?(?:(?:今天|明天|后天|今晚|今夜|明晚|明夜|夜间|白天|傍晚|上午|下午|中午|凌晨"
    r"|早晨|夜里|前期|后期|到|至|和|、)\s*){2,}$"
    # what it is compared with: 与“雪龙2号”相比, 同上年相比
    r"|^(?:与|和|同|跟|較|较)[^，,]{1,20}(?:相比|比较|比較)$"
    # who told a reporter: 项目总设计师周海涛告诉记者, 他对记者说
    r"|^[^，,]{0,30}(?:告诉|告訴|对|對|向)(?:本报)?(?:记者|記者)(?:说|說|表示|介绍|介紹)?$"
    # what leads into the point: 值得注意的是, 最关键的是, 问题在于
    r"|^[^，,]{0,20}(?:的是|在于)$"
    rf"|{SUBORDINATE}"
)


#: A day as Taiwan's papers write it (今（3）日), or a span of two (今（3）日至明（4）日): no part
#: of a name, and the span leaves whole, never its 至 alone.
_BRACKETED_DAYS_RE = re.compile(
    rf"{BRACKETED_DAY_RE.pattern}(?:\s*[至到~～\-－—]\s*{BRACKETED_DAY_RE.pattern})?"
)


#: The marker of a list item inside a sentence: 一、 1. （二）, never the figure of 33个.
_ITEM_MARKER_RE = re.compile(
    rf"^(?:{SECTION_NUMBER}|\d+[、.．](?!\d)|[（(][一二三四五六七八九十\d]+[)）])\s*"
)


def _announced(clause: str) -> str:
    """What a clause announces when it names it: 2031年春节门诊应诊安排如下 -> 春节门诊应诊
    安排; "" when it names nothing of its own (具体事项如下, 现将有关事项通知如下)."""
    m = re.match(r"^(.+?)(?:如下|以下)$", clause)
    if not m:
        return ""
    what = re.sub(r"^(?:\d{4}年度?)", "", m.group(1))
    what = re.sub(r"^(?:现将|现就|特将|兹将|具体)?(?:有关)?", "", what)
    what = re.sub(r"(?:通知|公告|说明|汇报|报告|明确)$", "", what)
    return what if han_count(what) >= 6 and not BASIS_RE.match(what) else ""


#: A subject that lists names and sums them up: 甲公司、乙公司等多家企业 -> 多家企业.
_SUMMED_SUBJECT_RE = re.compile(
    r"等((?:多|[\d一二三四五六七八九十]+|数|几)[家个名位所][^，,、（()）]{1,4})$"
)


#: A clause that ends on the word that leads to what follows it (…的一个背景是, 大致意思为,
#: 主要原因在于): the next clause says it.
_LEADS_TO_RE = re.compile(r"(?:是|为|為|在于|在於)$")


#: A clause that announces a list without naming it: 特提出如下要求, 现就有关事项通知如下.
_ANNOUNCEMENT_RE = re.compile(r"^[^，,]{0,8}如下(?:要求|意见|措施|事项|几点)?$")


#: Who said it, before what was said in the same clause: 理事长张明表示新式浮具更耐用.
_SAYS_RE = re.compile(r"^[^，,]{2,24}?(?:表示|指出|强调|強調|认为|認為)(?=[^，,]{6,}$)")


#: Who states, found or reports what follows, and nothing more: …在纽约发表声明, 中国地震台网
#: 正式测定, 记者从市应急管理局获悉.
_STATES_THAT_RE = re.compile(
    r"(?:发表声明|發表聲明|发表谈话|發表談話|发表讲话|正式测定|正式測定|自动测定|获悉|獲悉)$"
)


#: What is seen from something: 从报名的人数就可看出大赛的热度 -> 大赛的热度.
_SEEN_FROM_RE = re.compile(
    r"^从[^，,]{2,24}?(?:就|便|即)?(?:可以|可|能)?(?:看出|看到|洞悉|发现|反映出|见)"
)


# Labels of metadata lines ("来源：…", "发布时间：…"): never a chapter's name.
_META_LABEL_RE = re.compile(
    r"(?:文章|信息|新闻|图片)?来源|发布(?:时间|日期|單位|单位)|發布時間|作者|编辑|責任編輯|责任编辑|"
    r"原标题|原標題|通知类型|文号|文號|点击次数|访问量|时间|時間|日期|联系人|联系电话|电话|邮箱|地址"
)


#: The end of a paragraph that only announces what follows: …通知如下。 …要求如下：
#: 特提出如下要求：
ANNOUNCES_RE = re.compile(r"(?:如下|以下)(?:要求|意见|措施|事项|几点)?[。：:]?$")


#: An aside that only points elsewhere: 详见附件1, 见附表, 参见第三条.
REFERENCE_RE = re.compile(r"^[（(]?(?:详见|参见|见附|另见)")


#: A clause that only says after what (or while what) the next is done: 收齐材料后,
#: 审核通过之后, 办理入住时; never 最后, 今后, 滞后, 善后, 及时, 同时, 实时.
WHEN_DONE_RE = re.compile(
    r"^[^，,]{3,20}(?:(?<![最今前落然随过滞延推靠善居断背幕])后|之后|以后"
    r"|(?<![及同临按准届小当平随适暂实超过即限定有])时)$"
)


#: The deadline or the day that opens such a next clause: 于9月3日前将, 在10月8日17:00前把.
DEADLINE_RE = re.compile(
    r"^(?:于|在)?(?:\d{4}年)?[\d一二三四五六七八九十]{1,2}月[\d一二三四五六七八九十]{1,3}[日号]"
    r"(?:[（(][^）)]{1,4}[）)])?(?:上午|下午|中午|晚上)?(?:\d{1,2}[:：]\d{2}|\d{1,2}[时点])?"
    r"(?:之前|以前|前|之后|以后|后|起)?(?:将|把)?"
)


#: A whole quoted sentence that opens a clause and the narrative after it: “骑起来真轻！”在….
_QUOTED_SENTENCE_RE = re.compile(r"^[“「\"][^”」\"]{2,60}[!！?？。…][”」\"](?=[^“「\"]{2,})")


#: What a body gives its view on: 会议还就加强档案管理工作提出了意见 -> 加强档案管理工作.
_REGARDING_RE = re.compile(
    r"^[^，,]{0,12}?就(?![是要会能可在此这])([^，,]{4,30}?)"
    r"(?:等)?(?:问题|事宜)?(?:提出|作出|做出|进行|开展|展开|交换|听取|达成|形成)"
)


#: A clause that only frames a topic: 在年度预算案方面, 关于人事任免方面.
_TOPIC_FRAME_RE = re.compile(r"^(?:在|关于|關於|至于|至於)([^，,]{2,24}?)(?:方面|部分)$")


#: The formula that makes a list public (现予以公示, 特此公告): the clause before it says what.
_PUBLISHES_RE = re.compile(r"^(?:现|特)?予以?(?:公示|公布|公告|通报)|^特此(?:公示|公告|通告|通报)")


#: Whom a notice greets before its colon: 各位居民, 尊敬的客户, 亲爱的家长朋友们.
_GREETED_RE = re.compile(r"^(?:各位|尊敬的|亲爱的|親愛的|广大|廣大)[^，,。]{1,8}$")


#: How keen everyone was (高度重视…, 积极响应…): the clause after it says what was done.
_KEEN_RE = re.compile(KEENNESS_WORDS)


def split_clauses(text: str) -> list[str]:
    """The clauses of ``text``, split at the clause marks outside brackets: the colon of
    （项目编号：…） does not end a clause."""
    out: list[str] = []
    depth = start = 0
    for k, ch in enumerate(text):
        if ch in "（(《【「“":
            depth += 1
        elif ch in "）)》】」”" and depth:
            depth -= 1
        elif depth == 0 and CLAUSE_SPLIT_RE.match(text, k):
            # a clock time (17:00) or a figure (4,932万) is one word, never two clauses
            out.append(text[start:k])
            start = k + 1
    out.append(text[start:])
    return [c.strip() for c in out if c.strip()]


#: A first section's heading on its own line is this long at most, with no clause in it
#: (never an item that says its point whole).
_FIRST_SECTION_MAX = 24


#: A release's day and place in brackets before its lead: (2031年9月3日,临江), （9月3日，青川）.
_BRACKETED_DATELINE_RE = re.compile(
    r"^[（(]\s*(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:[,，]\s*[\u4e00-\u9fff]{1,8})?\s*[)）]\s*"
)


def first_section_announced(blocks: Sequence[Block], max_han: int) -> str:
    """The name of the first section that the opening ``blocks`` start with announces, read
    with it (…现将有关事项通知如下： then （一）压紧压实防汛责任): what the chapter is named
    after; "" when the opening announces none."""
    if len(blocks) < 2 or not blocks[0].text.rstrip().endswith(("：", ":")):
        return ""
    first = blocks[1].text.strip()
    if (
        not FIRST_ITEM_RE.match(first)
        or len(first) > _FIRST_SECTION_MAX
        or re.search(r"[，,。；;：:！？!?]", first)
    ):
        return ""
    return as_title(clean_heading(first), max_han)


def body_phrase(blocks: Sequence[Block], max_han: int, headline: str = "") -> str:
    """The key phrase of a chapter without heading: label, else first meaningful clause. A
    notice's opening that only announces what follows (为…，现就有关事项通知如下。) names
    nothing: the block after it does."""
    for k, block in enumerate(blocks):
        if block.kind == "table":
            return table_title(block, max_han, headline)
        text = clean_heading(block.text.strip().splitlines()[0]) if block.text.strip() else ""
        if not text:
            continue
        # the day, as Taiwan's papers write it (今（15）日), is no part of a name, nor a
        # release's dateline in brackets before its lead ((2031年9月3日,临江)今日,…)
        text = _BRACKETED_DATELINE_RE.sub("", _BRACKETED_DAYS_RE.sub("", text))
        turn = re.fullmatch(r"([^，,。：:]{1,20})[：:]", block.text.strip())
        if (
            turn
            and k + 1 < len(blocks)
            and (
                QUESTION_TURN_RE.match(block.text.strip())
                or SPEAKER_LABEL_RE.search(turn[1])
                or names_person(turn[1])
            )
        ):
            continue  # 江川日报记者： alone on its line: what is asked names the chapter
        if k + 1 < len(blocks) and REPORTS_TO_ASSEMBLY_RE.search(text):
            continue  # 现在，我代表市人民政府，向大会报告工作: the part it opens names it
        if (
            k + 1 < len(blocks)
            and ANNOUNCES_RE.search(block.text.strip())
            and len(written_sentences(block.text)) == 1
            and not any(map(_announced, split_clauses(block.text.strip().rstrip("。：:"))))
        ):
            continue
        if named := first_section_announced(blocks[k:], max_han):
            return named
        # a leading label: "广州：5日白天…", "瓜蓟马：偏重发生…", "(宗旨) 有感於…"
        # (never a clock's colon: 8月15日上午9:00，… has no label)
        label = re.match(r"^([^，,。：:；;！？!?]{1,20})[：:](?<!\d[：:](?=\d))", text) or re.match(
            r"^[（(]([^）)]{2,12})[）)]\s*\S", text
        )
        if (
            label
            and label.group(1).strip() in ("主持人", "主持")
            and k + 1 < len(blocks)
            and not re.search(r"[？?]", text)
        ):
            continue  # the host's welcome and hand-over name nothing: the next turn does
        if (
            label
            and _GREETED_RE.match(label.group(1).strip())
            and is_addressee(label.group(1).strip() + "：")
        ):
            # 各位居民：因…暂停供水: whom the notice addresses names nothing; what follows does
            text, label = text[label.end() :].strip(), None
        if label and (
            SPEAKER_LABEL_RE.search(label.group(1).strip())
            or names_person(label.group(1))
            or _STATES_THAT_RE.search(label.group(1).strip())
            # (an explainer's numbered question: 二问：哪些车辆需要限行？)
            or QUESTION_TURN_RE.match(text) is not None
        ):
            # a turn of a transcript (…记者：…？ 主持人：…, 王青山：…), or who found what
            # follows (中国地震台网正式测定：…发生4.6级地震): named after what is asked, said
            # or found
            text, label = text[label.end() :].strip(), None
            # 陳醫生說：「我們留意到，…」: what is said, inside its quotes, has clauses
            text = re.sub(r"^([「“])([^「」“”]+)[」”]$", r"\2", text)
        if (
            label
            and 2 <= han_count(label.group(1)) <= max_han
            and balanced(label.group(1))
            and not _META_LABEL_RE.fullmatch(label.group(1).strip())
        ):
            return as_title(clean_heading(label.group(1)), max_han)
        # a text typed with ASCII stops ends its sentences so too (…降幅收窄.1-5月,…)
        text = ASCII_STOP_RE.sub("。", text)
        clauses = split_clauses(text)
        ends = {m.end() for m in re.finditer(r"[。！？!?；;]", text)}
        purpose = opened = when = False
        who = ""
        for index, clause in enumerate(clauses):
            if index >= 4 and not opened:
                break
            opened = False
            # a purpose or basis runs on over clauses until the statement: 为确保…，顺利…，
            # 现启动… is named after what starts (启动…), never after the purpose's tail
            after = text.find(clause) + len(clause)
            announced = _announced(clause)
            if announced:
                return as_title(announced, max_han)  # 2031年春节门诊安排如下： -> 春节门诊安排
            if BASIS_RE.match(clause):
                # the sentence goes on; a procedure (经市政府同意，) is one clause only
                purpose = after + 1 not in ends and (purpose or not clause.startswith("经"))
                continue
            if (
                purpose
                and not STATEMENT_ADVERB_RE.match(clause)
                and not DECIDES_RE.match(clause)
                and after + 1 not in ends
                and after < len(text)
                and not (index + 1 < len(clauses) and _PUBLISHES_RE.match(clauses[index + 1]))
            ):
                continue  # a purpose never ends its sentence: the clause that does states
            if purpose:
                clause = DECIDES_RE.sub("", STATEMENT_ADVERB_RE.sub("", clause, count=1), count=1)
                # 国务院决定，对…给予奖励: what is decided is the next clause
                opened = han_count(clause) < 4
            purpose = False
            if _ANNOUNCEMENT_RE.search(clause):
                opened = True  # 特提出如下要求：一、牢固树立…: the first item says what
                continue
            clause = _ITEM_MARKER_RE.sub("", clause, count=1) if index else clause
            clause = _SEEN_FROM_RE.sub("", _SAYS_RE.sub("", clause, count=1), count=1)
            # 但…, 而在当时, 由此可见: the word that answers what came before names nothing
            clause = LEANS_BACK_RE.sub("", clause, count=1)
            if _STATES_THAT_RE.search(clause) and index + 1 < len(clauses):
                opened = True  # 联合国秘书长发言人21日在纽约发表声明，对…深表关切: what
                continue  # was said names it, never who said it where
            if _LEADS_TO_RE.search(clause) and index + 1 < len(clauses):
                opened = True  # 值得关注的焦点是，…: what it leads to is said after it
                continue
            summed = _SUMMED_SUBJECT_RE.search(clause)
            if summed and "、" in clause and index + 1 < len(clauses):
                # 甲公司、乙公司等多家企业，向…备案了召回计划: the list is who, the next
                # clause says what they did
                who = summed.group(1)
                opened = True
                continue
            if WHEN_DONE_RE.match(clause) and index + 1 < len(clauses):
                # 各学院收齐材料后，于9月3日前将汇总表报送教务处: when, not what; the next
                # clause says what is done, without its deadline
                when = True
                continue
            if when:
                clause = DEADLINE_RE.sub("", clause, count=1)
            when = False
            # a news story that opens on what someone exclaims (“骑起来真轻！”在…) is named
            # after what happens, never after the exclamation
            clause = _QUOTED_SENTENCE_RE.sub("", clause, count=1).strip()
            regarding = _REGARDING_RE.match(clause)
            if regarding and han_count(regarding.group(1)) >= 4:
                # 会议还就加强档案管理工作提出了意见: what it was about names it
                return as_title(regarding.group(1), max_han)
            topic = _TOPIC_FRAME_RE.match(clause)
            if topic and han_count(topic.group(1)) >= 4:
                # 在本年度图书采购案方面，照案通过…: the frame's topic is what the part is
                # about; a year that makes it run long only dates it
                clause = topic.group(1)
                if visible_len(clause) > MAX_VISIBLE:
                    clause = re.sub(r"^\d{2,4}年度?", "", clause)
                return as_title(clause, max_han)
            if who and re.match(r"^(?:向|对|在|于|从|与|同|为|把|将)", clause):
                clause = who + clause
            who = ""
            if _KEEN_RE.search(clause) and index + 1 < len(clauses) and after + 1 not in ends:
                continue  # 南坪镇高度重视森林防火工作，多措并举…: the keenness names nothing
            if (
                han_count(clause) >= 4
                and not SKIP_CLAUSE_RE.match(clause)
                and not _META_LABEL_RE.fullmatch(clause)
            ):
                return as_title(clause, max_han, clause=True)
        # nothing meaningful: a clause that states beats one that only gives a basis or a
        # scene
        for clause in sorted(
            clauses, key=lambda c: bool(BASIS_RE.match(c) or SKIP_CLAUSE_RE.match(c))
        ):
            if han_count(clause) >= 2:
                return as_title(clause, max_han, clause=True)
    return ""
