"""Chapter titles: short names read aloud before each chapter and shown in players.

Why a module of its own: a chapter title must be *spoken*, so it has to read like a name
("天气实况", "总则"), not like a list position ("一、", "第1段") or a clipped sentence.

Rules (applied by :func:`chapter_titles`):

* **from the heading** when the chapter has one: list markers are stripped (``一、``,
  ``（一）``, ``(1)``, ``1、``, ``1.2``, ``①``, ``●``, ``第一章``/``第二节``/``第三部分`` ...),
  as are wrapping brackets ``【】`` and trailing punctuation; the spaces used to justify short
  headings (``总　　则``) are removed. So ``"第一章　总　　则"`` becomes ``"总则"``. An
  attachment is named by what it holds (``附件1 关于…的报告`` -> ``关于…的报告``), a
  document's title or a label above its first section by the section (``…报名简章 一、报名
  条件`` -> ``报名条件``); a long name drops the chain of places it opens with
  (``关于湖北省青川县城关镇…的报告`` -> ``…的报告``), a table's caption its number and the
  period it covers (``表1 2031年1—11月份主要财务指标`` -> ``主要财务指标``), an
  incident's name its date code when it cannot keep it (``…煤矿“8·18”事故``), a clause the
  items of a list that a word sums up (``压实乡镇、村组等基层责任`` -> ``压实基层责任``) and
  then a list of the people it names (``授予张三院士、李四院士国家最高科学技术奖`` ->
  ``授予国家最高科学技术奖``), then who is told to act (``全市干部要向全体获奖者学习`` ->
  ``向全体获奖者学习``); a body clause that still cannot be named whole is named after the
  verb phrase that ends it (``学生可到服务大厅办理确认盖章手续`` -> ``确认盖章手续``).
* **by its part** when a chapter only plays a part of an official document: the covering
  notice that hands a document on is named after the kind of document it hands on
  (``现将《…暂行办法》印发给你们`` -> ``印发暂行办法的通知``), a preamble that only says
  what a plan rests on (``根据…，制定本方案。``) is ``制定依据``, a reply that acknowledges
  the request (``…《…的请示》收悉。``) is ``复函``/``批复`` as the headline calls it.
* **by its sections** when a chapter without a heading is a run of labelled items or
  articles (``一、考试时间：… 二、考试科目：…``, ``第一条（宗旨）… 第二条（申请资格）…``), at most
  after one short sentence: ``考试时间和考试科目``.
* **otherwise from the body**: a leading label (``广州：…`` gives ``广州``), else the first
  meaningful clause of the first sentence (clauses that only give a time, a source or a
  basis — ``近日``, ``据…``, ``根据…`` —, who said it — ``会议指出`` —, or the formula of a
  covering notice — ``现将…印发给你们`` —, for whom it is meant — ``对于…的`` —, what a
  subject works toward — ``全县围绕…`` —, how it was found — ``通过检查`` —, on whose
  behalf — ``…受…委托`` —, a subject that only points back — ``这4起事故`` — are skipped; a
  purpose runs to the clause that ends its sentence, which states; an announcement —
  ``特提出如下要求：`` — gives way to its first item, a subject that sums up a list of
  names — ``甲公司、乙公司等多家企业，`` — to what they did; ``…表示<what>`` and ``从…可以看出
  <what>`` are named after what, as are ``不管…，<what>`` and ``最有效的是<what>``; an
  announcement that names what it announces (``春节门诊安排如下：``) is named after that;
  a clause that opens with its object — ``对…给予奖励`` — after
  its verb phrase, one whose object opens with a person's name after its verb and the
  object's head noun — ``要认真学习张三同志在…上的重要讲话精神`` -> ``认真学习重要讲话精神``
  —); a table chapter is named
  ``表格：<header cells>``, a table of long figures ``数据表``. A chapter without a heading
  is not named with words of the headline when the bulletin has more than one (the
  intro's map would say the headline twice): an opening whose subject says the headline
  again is named after what its predicate adds (…煤矿瓦斯爆炸事故均为责任事故 ->
  均为责任事故), else after a later phrase of the chapter.
* **short**: a phrase of up to 16 characters (every character counts) stays whole; a
  longer one loses the day it names (定于5月8日召开… -> 召开…, 21日9时17分发生… -> 发生…)
  and a period that only dates what follows, whole (召回2030年9月11日至2031年8月19日生产的
  部分汽车 -> 召回部分汽车), then is cut to about 12
  where a reader would pause: at a clause mark, before a conjunction (和/及/与/以及/并) or
  before the 的 of what a thing has (青川煤矿事故的两名责任人… -> 青川煤矿事故),
  else at a word boundary (jieba), never inside a word, a 《》 title, a Latin name
  (Model S) or a number, never
  leaving a quote open; never more than 16.
* **distinct** within the bulletin: a repeated title gets the distinguishing key phrase of
  its own body (``专项报告：土石方处理``), or the key phrase of a later clause. Ordinal
  suffixes (``（二）``) are never added: a listener hears them as list numbers. Titles
  like "第N段" or "Chapter N" are never produced.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Sequence

from audiobulletin.document import Block, Chapter, Table, group_column, is_figure_listing
from audiobulletin.document.lines import is_issuer_line
from audiobulletin.zh import (
    BASIS_RE,
    BRACKET_PAIRS,
    BRACKETED_DAY_RE,
    CIRCLED_NUMBERS,
    DECIDES_RE,
    ENUMERATING_IS,
    HAN,
    KEENNESS_WORDS,
    LEANS_BACK_RE,
    REPORTING_CLAUSE_RE,
    REPORTS_TO_ASSEMBLY_RE,
    SCENE_CLAUSE_RE,
    SPEAKER_LABEL_RE,
    STATEMENT_ADVERB_RE,
    han_count,
    names_person,
    tagged_words,
    to_simplified,
    without_marks,
    written_sentences,
)
from audiobulletin.zh import words as zh_words

__all__ = ["chapter_titles", "clean_heading", "says_again"]

_HAN = HAN
#: A title aims at this many characters (every character counts) ...
_MAX_VISIBLE = 12
#: ... and never exceeds this many, even when made distinct.
HARD_MAX_VISIBLE = 16
_FALLBACK = "正文"

_NUM = r"[一二三四五六七八九十百零〇两\d]+"
_MARKER_RE = re.compile(
    r"^\s*(?:"
    rf"第{_NUM}(?:章|节|節|部分|篇|编|編|卷|条|條|款|项|項)"
    rf"|[（(]{_NUM}[)）][、.．]?"
    rf"|{ENUMERATING_IS}"
    rf"|{_NUM}[、．]"
    r"|\d+(?:\.\d+)*(?:[.．)）、]|\s+|(?=[^\d.年月日%．]))"
    rf"|[{CIRCLED_NUMBERS}]"
    r"|[●○■□▲△◆◇★☆•·▶►◎※#*\-—]+"
    r")\s*"
)
_TRAILING = "。，、；：:;,.!！?？…—-·　 \t"
#: Clause marks; a comma or colon between digits (4,932万, 17:00) is part of a number.
_CLAUSE_SPLIT_RE = re.compile(r"[，；;。！？!?]|(?<!\d)[,:：]|[,:：](?!\d)")
#: A clause that only sets a condition or a point of view for the next: 不管刑事, 如果…,
#: 从目前经验看, 总的来说.
_SUBORDINATE = (
    r"^(?:不管|无论|不论|如果|假如|虽然|尽管|只要|即使|除了|既然)[^，,]{0,10}$"
    # what someone acts in spite of: 记者张三不顾衣着的不便
    r"|^[^，,]{0,30}(?:不顾|顾不上|顧不上)[^，,]{1,10}$"
    # what is set aside: 除了“有组织犯罪”相关法条外
    r"|^除了?[^，,]{2,16}(?:外|以外|之外)$"
    # what only points back: 要做到以上这些
    r"|^[^，,]{0,6}(?:以上这些|上述这些)$"
    r"|^[^，,]{0,8}(?:来看|看来|来说|而言|经验看)$"
    # for whom it is meant: 对于经办银行要求盖章的
    r"|^对于[^，,]{2,30}的$"
    # what it serves, after its subject: 全县围绕…目标
    r"|^[^，,]{1,6}围绕[^，,]+$"
)
#: The point of a pseudo-cleft: 最有效的是争取合作 -> 争取合作.
_CLEFT_RE = re.compile(r"^[^，,的]{1,10}的(?:还|就|仍|则|正|才)?是(?=[^，,]{4,})")
# Clauses that give only a time, a source or a basis: not what a chapter is about.
_SKIP_CLAUSE_RE = re.compile(
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
    # a clause that goes on from the one before: 于13日凌晨在我市登陆, 并伴有暴雨
    r"|^(?:于|将于|并于|并|且)"
    # who said it is not what was said (zh.REPORTING_CLAUSE_RE), nor the scene it was said in
    rf"|{REPORTING_CLAUSE_RE.pattern}|{SCENE_CLAUSE_RE.pattern}"
    # the formula of a covering notice: 现将…印发给你们, 请认真贯彻执行
    r"|^(?:现|请|望|特此)[^，。]{0,30}(?:转发|印发|贯彻执行|遵照执行|认真执行|通知|给你们)"
    r"|^[\d一二三四五六七八九十]+月[\d一二三四五六七八九十]+日(?:上午|下午|晚)?$"
    # an announcement of what follows: 具体事项如下, 现将有关安排通知如下
    r"|^[^，。]{0,12}如下$"
    # a subject that only points back: 这4起事故, 上述问题 (以上这些: see _SUBORDINATE)
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
    r"|^[^，,]{0,30}(?:表示|指出|强调|认为|透露|称|(?<!听)说|报道|报导|介绍|回忆|显示|获悉"
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
    rf"|{_SUBORDINATE}"
)
#: The marker of a list item inside a sentence: 一、 1. （二）, never the figure of 33个.
_ITEM_MARKER_RE = re.compile(
    r"^(?:[一二三四五六七八九十]+、|\d+[、.．](?!\d)|[（(][一二三四五六七八九十\d]+[)）])\s*"
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
#: A verb, what it bears on, and the head noun of its object: 加强对…工作的组织领导.
_VERB_OVER_RE = re.compile(rf"([{HAN}]{{2}})对[^，,。；;]{{2,30}}的([{HAN}]{{2,8}})$")
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
#: A head noun phrase shorter than this ("要求", "情况") says too little to name a chapter; a
#: longer "tail" after 的 usually runs on into the predicate (…的两名责任人已经在事故中死亡).
_MIN_HEAD_NOUN_HAN = 6
_MAX_HEAD_NOUN_HAN = 10
#: The end of a paragraph that only announces what follows: …通知如下。 …要求如下：
#: 特提出如下要求：
_ANNOUNCES_RE = re.compile(r"(?:如下|以下)(?:要求|意见|措施|事项|几点)?[。：:]?$")
#: An aside that only points elsewhere: 详见附件1, 见附表, 参见第三条.
_REFERENCE_RE = re.compile(r"^[（(]?(?:详见|参见|见附|另见)")
#: A clause that only says after what (or while what) the next is done: 收齐材料后,
#: 审核通过之后, 办理入住时; never 最后, 今后, 滞后, 善后, 及时, 同时, 实时.
_WHEN_DONE_RE = re.compile(
    r"^[^，,]{3,20}(?:(?<![最今前落然随过滞延推靠善居断背幕])后|之后|以后"
    r"|(?<![及同临按准届小当平随适暂实超过即限定有])时)$"
)
#: The deadline or the day that opens such a next clause: 于9月3日前将, 在10月8日17:00前把.
_DEADLINE_RE = re.compile(
    r"^(?:于|在)?(?:\d{4}年)?[\d一二三四五六七八九十]{1,2}月[\d一二三四五六七八九十]{1,3}[日号]"
    r"(?:[（(][^）)]{1,4}[）)])?(?:上午|下午|中午|晚上)?(?:\d{1,2}[:：]\d{2}|\d{1,2}[时点])?"
    r"(?:之前|以前|前|之后|以后|后|起)?(?:将|把)?"
)
#: A place or a party that modifies the object after a verb: 加大(在青川的)投资力度,
#: 提高(对农户的)补贴标准.
_PLACED_MODIFIER_RE = re.compile(
    r"(?:在|对|向|于|對|給|给)[^的，,、；;。]{1,10}的(?=[^的，,]{2,8}$)"
)
#: A clause that defines its subject or lists its parts: …范围包括…, …是指….
_DEFINES_RE = re.compile(
    r"^([^，,：:；;]{2,16}?)(?:还|也|主要|则|都|均)?(?:包括|包含|涵盖|是指|系指|指的是)(?=\S{4,})"
)
#: What states a figure (…总用地面积为41公顷): left alone once the figure is dropped.
_STATES_FIGURE = frozenset(
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
#: A whole quoted sentence that opens a clause and the narrative after it: “骑起来真轻！”在….
_QUOTED_SENTENCE_RE = re.compile(r"^[“「\"][^”」\"]{2,60}[!！?？。…][”」\"](?=[^“「\"]{2,})")
#: A name has words, not only figures (2031-01-06 15:45 is a time, never a name).
_WORDED_RE = re.compile(r"[^\W\d_][^\W\d_]")
#: What a body gives its view on: 会议还就加强档案管理工作提出了意见 -> 加强档案管理工作.
_REGARDING_RE = re.compile(
    r"^[^，,]{0,12}?就(?![是要会能可在此这])([^，,]{4,30}?)"
    r"(?:等)?(?:问题|事宜)?(?:提出|作出|做出|进行|开展|展开|交换|听取|达成|形成)"
)
#: A clause that only frames a topic: 在年度预算案方面, 关于人事任免方面.
_TOPIC_FRAME_RE = re.compile(r"^(?:在|关于|關於|至于|至於)([^，,]{2,24}?)(?:方面|部分)$")
_CONJUNCTION_RE = re.compile(r"以及|和|及|与|并|暨|或")
_BANNED_RE = re.compile(r"第\s*\d+\s*段|Chapter\s*\d+", re.IGNORECASE)


def _visible_len(text: str) -> int:
    """Every character counts, spaces included: that is what a player shows."""
    return len(text)


def _tidy(text: str) -> str:
    """Collapse whitespace; drop the spaces between Han characters (justification)."""
    text = re.sub(r"\s+", " ", text.replace("\u3000", " ")).strip()
    return re.sub(rf"(?<=[{_HAN}]) (?=[{_HAN}])", "", text)


def _strip_brackets(text: str) -> str:
    """Unwrap a title wholly inside 【】「」“”…; drop a leading 【栏目】 tag before more text."""
    for _ in range(2):
        if len(text) >= 2 and BRACKET_PAIRS.get(text[0]) == text[-1] and text[0] != "《":
            inner = text[1:-1].strip()
            if inner and not any(c in inner for c in (text[0], text[-1])):
                text = inner
        m = re.match(r"^【([^】]*)】\s*(.+)$", text)
        if m and han_count(m.group(2)) >= 2:
            text = m.group(2).strip()
    return text


#: The end of a document's title or of a label standing above a document's first section.
_DOCUMENT_LABEL_RE = re.compile(
    r"(?:简章|办法|方案|规定|通知|报告|细则|意见|规则|条例|指南|须知|公告|附注|附件|说明)[：:]?$|[：:]$"
)
#: Where a long name starts: a chain of two or more places (湖北省青川县城关镇…) says where.
_PLACE_CHAIN_RE = re.compile(
    r"^(?:[^\W\d第届的之和与及]{1,7}?"
    # (a 区 that opens 区域, 区别, 区划 ends no place: 我县将出现一次区域性暴雨)
    r"(?:省|自治区|市|自治州|州|盟|县|自治县|区(?![域别划间块])|旗|镇|乡|街道|村|社区)){2,}"
)


def clean_heading(heading: str) -> str:
    """Turn a heading as written into a name: no list marker, brackets or end punctuation.

    ``"第一章　总　　则"`` -> ``"总则"``; ``"一、天气实况"`` -> ``"天气实况"``;
    ``"【热点聚焦】"`` -> ``"热点聚焦"``; a heading that is only a marker gives ``""``.
    """
    text = re.sub(r"\s+", " ", heading.replace("\u3000", " ")).strip()
    # an attachment or a table is named by what it holds: 附件1 关于…的报告 -> 关于…的报告,
    # 表2 主要财务指标 -> 主要财务指标
    text = re.sub(
        r"^(?:附件|附表|表)\s*(?:[\d一二三四五六七八九十]{1,2}(?![\d年]))?\s*[：:.、．]?\s*(?=\S{2})",
        "",
        text,
    )
    # a document's title and who wrote it (…的实施意见 省住房城乡建设厅): the title names it
    text = re.sub(
        r"(?<=意见|办法|通知|方案|规定|报告|决定|细则|条例|规划|计划|公告|通告"
        r"|意見|辦法|規定|報告) (\S+)$",
        lambda m: "" if is_issuer_line(m[1]) else m[0],
        text,
    )
    # headings read together ("二、培训安排 （一）培训班设置"): the section's own is its name;
    # a document's title or a label above its first section (…报名简章 一、报名条件,
    # 附注： 一、指标解释) names the document, the section names the chapter
    first, _, rest = text.partition(" ")
    if rest and _MARKER_RE.match(rest) and han_count(_MARKER_RE.sub("", first, count=1)) >= 2:
        text = rest if not _MARKER_RE.match(first) and _DOCUMENT_LABEL_RE.search(first) else first
    text = _tidy(text)
    for _ in range(3):
        before = text
        text = _MARKER_RE.sub("", text, count=1).strip()
        text = _strip_brackets(text).strip(_TRAILING)
        if text == before:
            break
    return _tidy(text)


def _fits(text: str, max_han: int, max_visible: int = _MAX_VISIBLE) -> bool:
    return han_count(text) <= max_han and _visible_len(text) <= max_visible


def _balanced(text: str) -> bool:
    return all(text.count(o) == text.count(c) for o, c in BRACKET_PAIRS.items() if o != c) and all(
        text.count(q) % 2 == 0 for q in "\"'"
    )


def _name(text: str, max_han: int, *, clause: bool = False) -> str:
    """A phrase as a title: whole when it fits the hard limit, else cut to the aim; never
    with an opening quote or bracket left unclosed, never ending inside a number. A clause
    of the body that only a cut mid-phrase would fit is named after its predicate."""
    text = text.strip(_TRAILING)
    if text[:1] in BRACKET_PAIRS and BRACKET_PAIRS[text[0]] not in text:
        text = text[1:].strip(_TRAILING)  # “骑起来真是很轻… : the quote opens, never closes
    if not _fits(text, max_han):
        # when it was done, beyond the aim, goes first: 四期码头于2025年9月投产 -> 四期码头投产
        undated = _WHEN_DONE_IN_CLAUSE_RE.sub("", text, count=1)
        if undated != text and han_count(undated) >= 4:
            text = undated
    if _fits(text, HARD_MAX_VISIBLE, HARD_MAX_VISIBLE):
        return text
    # a condition or a point of view leads to the point: 不管刑事，直接打民事官司也可以
    first, mark, rest = text.partition("，") if "，" in text else text.partition(",")
    if mark and re.match(_SUBORDINATE, first) and han_count(rest) >= 4:
        text = rest.strip(_TRAILING)
    text = _CLEFT_RE.sub("", text, count=1)
    if _fits(text, HARD_MAX_VISIBLE, HARD_MAX_VISIBLE):
        return text
    # what a clause defines or lists the parts of is its name: 青川站候车区范围包括…,
    # 站前广场是指… -> 青川站候车区范围, 站前广场
    defined = _DEFINES_RE.match(text)
    if defined and han_count(defined.group(1)) >= 4 and _fits(defined.group(1), HARD_MAX_VISIBLE):
        return defined.group(1)
    # the day says when, not what: 定于2031年5月8日召开全市防汛工作会议 -> 召开全市防汛工作会议
    # …but a date that bounds a period (在2013年9月25日至2020年11月21日期间) is what it says
    bounded = re.search(
        "(?:" + _DATE_IN_TITLE_RE.pattern + r")\s*(?:至|到|[—–\-~～]|期间|前|后|起)", text
    )
    undated = text if bounded else _DATE_IN_TITLE_RE.sub("", text)
    undated = re.sub(r"^(?:定于|拟于|将于|于|在)", "", undated).strip(_TRAILING)
    if undated != text and han_count(undated) >= 6:
        text = undated
        if _fits(text, HARD_MAX_VISIBLE, HARD_MAX_VISIBLE):
            return text
    # …nor the hour: 天文台在下午2時40分發出八號…信號 -> 天文台發出八號…信號
    unclocked = _CLOCK_IN_TITLE_RE.sub("", text, count=1)
    if unclocked != text and han_count(unclocked) >= 6:
        text = unclocked
        if _fits(text, HARD_MAX_VISIBLE, HARD_MAX_VISIBLE):
            return text
    # …nor an aside in brackets: 在宁远县（北纬31.42度，东经104.87度）发生4.6级地震
    unbracketed = re.sub(r"\s*[（(][^（）()]*[，,\d][^（）()]*[)）]", "", text)
    if unbracketed != text and han_count(unbracketed) >= 6 and _balanced(unbracketed):
        text = unbracketed
        if _fits(text, HARD_MAX_VISIBLE, HARD_MAX_VISIBLE):
            return text
    # …nor the days ahead it is for: 天文台呼籲市民在未來數天做好充足準備 -> 天文台呼籲市民
    # 做好充足準備
    undayed = _DAYS_AHEAD_RE.sub("", text, count=1)
    if undayed != text and han_count(undayed) >= 6:
        text = undayed
        if _fits(text, HARD_MAX_VISIBLE, HARD_MAX_VISIBLE):
            return text
        # …做好充足準備及防禦措施: the first of what it calls for
        first = re.sub(r"(?:以及|及|和|与|與)[^，,。及和与與]*$", "", text)
        if (
            first != text
            and han_count(first) >= 6
            and _fits(first, HARD_MAX_VISIBLE, HARD_MAX_VISIBLE)
        ):
            return first
    # …and a period that only dates what follows goes whole, never half of it:
    # 召回2030年9月11日至2031年8月19日生产的部分汽车 -> 召回部分汽车
    unranged = _PERIOD_MODIFIER_RE.sub("", text, count=1)
    if unranged != text and han_count(unranged) >= 6:
        text = unranged
        if _fits(text, HARD_MAX_VISIBLE, HARD_MAX_VISIBLE):
            return text
    # …nor the items of a list that a word sums up: 压实乡镇、村组等基层防汛责任 ->
    # 压实基层防汛责任, 向张三、李四及全体获奖者学习 -> 向全体获奖者学习
    summed = _without_summed_list(text)
    if summed != text and han_count(summed) >= 6:
        text = summed
        if _fits(text, HARD_MAX_VISIBLE, HARD_MAX_VISIBLE):
            return text
    # …nor whom it names: 授予张三院士、李四院士国家最高科学技术奖 -> 授予国家最高科学技术奖
    unnamed = _without_named_people(text)
    if unnamed != text and han_count(unnamed) >= 6:
        text = unnamed
        if _fits(text, HARD_MAX_VISIBLE, HARD_MAX_VISIBLE):
            return text
    # …nor who is told to do it: 全市各级干部要向全体获奖者学习 -> 向全体获奖者学习
    told = _told_to_do(text)
    if told and _fits(told, HARD_MAX_VISIBLE, HARD_MAX_VISIBLE):
        return told
    # …nor the period a table covers: 2031年1—11月份规模以上工业企业主要财务指标
    unperiod = re.sub(r"^\d{4}年(?:度|\d{1,2}(?:[—\-–~至]\d{1,2})?月份?)?", "", text)
    if (
        unperiod != text
        and han_count(unperiod) >= 6
        and _fits(unperiod, HARD_MAX_VISIBLE, HARD_MAX_VISIBLE)
    ):
        return unperiod
    # …nor does where: 关于湖北省青川县城关镇东风村地质险情的报告 -> 地质险情的报告
    placeless = _PLACE_CHAIN_RE.sub("", re.sub(r"^关于", "", text), count=1)
    if placeless != text and han_count(placeless) >= 4 and _fits(placeless, max_han):
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
        if han_count(unplaced) >= 6 and _fits(unplaced, HARD_MAX_VISIBLE, HARD_MAX_VISIBLE):
            return unplaced
    # …nor what a verb bears on, before its object's head noun:
    # 你市要切实加强对行政区划调整工作的组织领导 -> 加强组织领导
    over = _VERB_OVER_RE.search(text) if clause else None
    if over and [flag[:1] for _, flag in tagged_words(over[1])] == ["v"]:
        return over[1] + over[2]
    fronted = (_fronted_predicate(text, max_han) or _verb_and_head(text, max_han)) if clause else ""
    if fronted:
        return fronted  # 对…作出贡献的人员给予奖励 -> 给予奖励, never 对为我国…
    ended = _subject_tail_and_verb(text, max_han) if clause else ""
    if ended:
        return ended  # 青川市沿江大道过江隧道左线主体结构顺利贯通 -> 过江隧道左线主体结构贯通
    # an incident's date code says when, and goes when the name cannot keep it:
    # 青川县东风村煤矿“8·18”事故的… -> 青川县东风村煤矿事故
    uncoded = re.sub(r"[“\"]\d{1,2}[·.．]\d{1,2}[”\"](?=[^，,]{6,})", "", text)
    for form in dict.fromkeys((text, uncoded)):
        aimed = _no_number_tail(_shorten(form, max_han))
        rest = form[len(aimed) :] if form.startswith(aimed) else ""
        if _WORDED_RE.search(aimed) and (_pauses(aimed, rest) or _owns(aimed, rest)):
            return aimed  # a natural pause within the aim
        widest = _no_number_tail(_shorten(form, HARD_MAX_VISIBLE, HARD_MAX_VISIBLE))
        rest = form[len(widest) :] if form.startswith(widest) else ""
        if _WORDED_RE.search(widest) and (_pauses(widest, rest) or _owns(widest, rest)):
            return widest
    if not clause:
        return widest
    # rather than a head cut mid-phrase (…局长张新文主持), what is done in it; a subject
    # cut short of its figure's verb gives way to its head noun and the figure
    # (青川市60周岁|及以上户籍老年人口达到41.7万人 -> 老年人口达到41.7万人)
    figure = _FIGURE_CLAUSE_RE.match(text)
    if figure and not text.startswith(widest + figure[2]):
        widest = _figure_of(figure, max_han) or widest
    return (
        _predicate(text, max_han, _MAX_VISIBLE)
        or _predicate(text, HARD_MAX_VISIBLE, HARD_MAX_VISIBLE)
        or _final_predicate(re.sub(r"[（(][^）)]*[)）]", "", text), max_han)
        or widest
    )


#: Adverbs of how well it went (顺利贯通, 圆满完成): the verb says what happened without them.
_HOW_WELL = r"(?:顺利|順利|成功|圆满|圓滿|胜利|勝利|正式|全面|如期)"
#: A clause that ends in such an adverb and its verb, maybe after the day: …今天正式开通运营.
_HOW_WELL_END_RE = re.compile(
    rf"^(.+?)(?:今天|今日|近日|日前|昨天|昨日)?{_HOW_WELL}([{HAN}]{{2,4}})$"
)
#: Where a thing is and whose it is, before its name: 青川市沿江大道, 南屏县石桥镇, 南屏市城东片区.
_OWNER_PLACE_RE = re.compile(
    r"^(?:[^\W\d第的之和与及至到]{1,5}?"
    r"(?:省|市|县|縣|区(?![域别划间块])|區|镇|鎮|乡|鄉|街道|村|社区|社區|片区|新区|园区|大道|路|街)){1,3}"
)


def _verb_or_link(word: str, flag: str) -> bool:
    """A word that makes a name more than a noun phrase: a verb of two characters or more
    (跨江 is a modifier, 建设 a verb), a preposition or a conjunction."""
    return flag[:1] in ("p", "c") or (flag[:1] == "v" and flag != "vn" and len(word) >= 2)


def _subject_tail_and_verb(text: str, max_han: int) -> str:
    """A clause that is a long noun phrase and the verb that ends it (青川市沿江大道过江隧道
    左线主体结构顺利贯通) named as the thing and the verb (过江隧道左线主体结构贯通): the place
    before the thing's name can go, and so can an adverb of how well it went. "" where the
    clause does not end so, or the rest does not fit."""
    text = text.strip(_TRAILING)
    m = _HOW_WELL_END_RE.match(text)
    if m:
        subject, verb = m.group(1), m.group(2)
    else:
        tagged = tagged_words(text)
        if len(tagged) < 2 or tagged[-1][1] != "v" or tagged[-2][1][:1] != "n":
            return ""
        verb = tagged[-1][0]
        subject = text[: -len(verb)]
    if han_count(verb) < 2 or any(flag == "nr" for _, flag in tagged_words(subject)[-1:]):
        return ""  # a person before the verb (…县长王大明主持): no thing it happened to
    place = _OWNER_PLACE_RE.match(subject)
    thing = subject[place.end() :] if place else ""
    if (
        han_count(thing) < 4
        or re.match(r"[至到和与及、，,的]", thing)
        or any(_verb_or_link(word, flag) for word, flag in tagged_words(thing))
        or not _fits(thing + verb, HARD_MAX_VISIBLE, HARD_MAX_VISIBLE)
    ):
        return ""
    return thing + verb


#: A change said without what changed (同比增长5.8%): no name for a part.
_BARE_CHANGE_RE = re.compile(
    r"^(?:按[^，,]{1,8}计算[，,]?)?(?:同比|环比|比上年|较上年|比去年|较去年)?"
    r"(?:增长|下降|上升|减少|增加|回落|提高)[\d.]+(?:%|个百分点)$"
)
#: A clause that gives its subject's figure: …老年人口达到41.7万人, …总产量突破50万吨.
_FIGURE_CLAUSE_RE = re.compile(
    r"^(.+?)((?:已经?|均)?(?:达到|达|突破|超过|增至|升至|降至|共计|累计|合计))"
    r"(约?\d[\d.,]*(?:多|余)?[万亿千百]?[^\d，,。；;、]{0,3})$"
)


def _figure_of(m: re.Match[str], max_han: int) -> str:
    """A clause that gives a figure (a match of :data:`_FIGURE_CLAUSE_RE`), named after the
    head nouns of its subject, the verb and the figure (青川市60周岁及以上户籍老年人口达到
    41.7万人 -> 老年人口达到41.7万人), never cut inside the subject; "" when that does not
    fit."""
    head = ""
    for k, (word, flag) in enumerate(reversed(tagged_words(m[1]))):
        noun = flag.startswith("n") or (k == 0 and flag == "q")  # 老年人|口: jieba's split
        if not noun or flag in ("nr", "ns", "nt") or han_count(word) != len(word):
            break
        if not _fits(word + head + m[2] + m[3], max_han):
            break
        head = word + head
    return head + m[2] + m[3] if han_count(head) >= 2 else ""


def _final_predicate(text: str, max_han: int) -> str:
    """The verb phrase that ends a clause too long to name whole (学生可到…服务大厅办理
    确认盖章手续 -> 确认盖章手续): the shortest tail from a verb that says enough (six Han
    characters) and has no 的, no list, no conjunction and no clause mark in it; "" when
    none does."""
    pos = len(text)
    after = ""
    tagged = tagged_words(text)
    for k in range(len(tagged) - 1, -1, -1):
        word, flag = tagged[k]
        pos -= len(word)
        tail = text[pos:].strip(_TRAILING)
        if re.search("[的、，,；;和与與及或]", tail) or not _fits(tail, max_han):
            return ""
        acts = flag[:1] in ("v", "d") or after in ("了", "过")  # 备案了: done, so a verb
        if len(word) == 1 and k and tagged[k - 1][1] in ("ns", "nr", "nt", "nz"):
            acts = False  # a one-character "verb" after a name is part of it: 青川站
        if word in ("到", "至") and k and tagged[k - 1][1][:1] == "n":
            acts = False  # between two nouns it joins a range: 暴雨到大暴雨
        if acts and han_count(tail) >= 6 and han_count(text[:pos]) >= 2:
            # a Han numeral right before the verb is part of it (三读通过, 二审判决): the
            # tail never starts after it
            before = tagged[k - 1] if k else ("", "")
            if before[1] == "m" and re.fullmatch(r"[一二三四五六七八九十两]+", before[0]):
                counted = text[pos - len(before[0]) :].strip(_TRAILING)
                return counted if _fits(counted, max_han) else ""
            return tail
        after = word
    return ""


#: What follows a person's name in a list of people: 张三院士、李四教授.
_PERSON_TITLE_RE = re.compile(
    r"^(?:院士|教授|研究员|同志|先生|女士|书记|主任|局长|部长|市长|县长|主席|总理|"
    r"总经理|董事长|工程师|专家|医生|老师)$"
)


def _without_named_people(text: str) -> str:
    """``text`` without a list of two or more people (张三院士、李四教授), who are named in
    the chapter itself; unchanged when it has none, or when little would be left."""
    tagged = tagged_words(text)
    spans: list[tuple[int, int]] = []
    pos = 0
    k = 0
    while k < len(tagged):
        start, people, j, end = pos, 0, k, pos
        while j < len(tagged) and tagged[j][1].startswith("nr"):
            end += len(tagged[j][0])
            j += 1
            if j < len(tagged) and _PERSON_TITLE_RE.match(tagged[j][0]):
                end += len(tagged[j][0])
                j += 1
            people += 1
            if j < len(tagged) and tagged[j][0] == "、":
                end += 1
                j += 1
            else:
                break
        if people >= 2 and not text[start:end].endswith("、"):
            spans.append((start, end))
            break
        pos += len(tagged[k][0])
        k += 1
    if not spans:
        return text
    start, end = spans[0]
    if han_count(text[:start]) < 2 or han_count(text[end:]) < 4:
        return text
    return text[:start] + text[end:]


def _told_to_do(text: str) -> str:
    """What a body is told to do, without the body: 全市各级干部要向全体获奖者学习 ->
    向全体获奖者学习 (the subject two Han characters or more before 要/应/必须…, what
    follows four or more); "" for a clause without such a modal."""
    pos = 0
    for word, _ in tagged_words(text)[:8]:
        pos += len(word)
        if word in _MODALS:
            rest = text[pos:].strip(_TRAILING)
            if han_count(text[: pos - len(word)]) >= 2 and han_count(rest) >= 4:
                return rest
            return ""
    return ""


#: Words that begin with 了 as a word of its own, not as the particle after a verb.
_LIAO_WORDS = frozenset({"了解", "了结", "了却", "了不起", "了如指掌", "了望"})


def _without_summed_list(text: str) -> str:
    """``text`` without the items of a list that a word after them sums up (…等基层责任,
    …及全体获奖者): the list starts after the word that governs it (压实, 向)."""
    m = re.search(r"、[^，,。；;]{1,24}?(?:等|及(?=全体|所有|广大|其他|各))", text)
    if not m:
        return text
    # the first item runs back to the word that governs the list (压实, 向), and is about
    # as long as the second (items are alike)
    second = re.sub(r"[（(][^）)]*[）)]", "", re.split(r"[、等及]", m.group(0)[1:])[0])
    tagged = []
    for word, flag in tagged_words(text[: m.start()]):
        if len(word) > 1 and word[0] == "了" and word not in _LIAO_WORDS:
            # jieba's 了高 of 攻克了高水压: the particle ends the verb, the rest is the item's
            tagged += [(word[0], "u"), (word[1:], "a")]
        else:
            tagged.append((word, flag))
    start = m.start()
    for word, flag in reversed(tagged):
        longer = han_count(text[start - len(word) : m.start()]) > max(han_count(second), 2)
        if flag[:1] in ("v", "p", "d", "c", "u") or not han_count(word) or longer:
            break
        start -= len(word)
    if start == m.start() or han_count(text[:start]) < 2:
        return text
    return text[:start] + text[m.end() :]


def _pauses(head: str, rest: str) -> bool:
    """Whether a reader pauses between ``head`` and ``rest``: at the end, at a clause mark
    or a bracket, never at the space inside a Latin name (Model S)."""
    if not rest:
        return True
    if re.match(r"\s+[A-Za-z0-9]", rest) and re.search(r"[A-Za-z0-9]$", head):
        return False
    return rest[0] in _TRAILING + "，、；：《（"


def _owns(head: str, rest: str) -> bool:
    """Whether ``head`` is the owner in "<head>的<what it has>" and names a thing (its last
    word a noun, six Han characters or more): 青川煤矿事故的两名责任人 -> 青川煤矿事故,
    never 坚持全面正确 (的历史观)."""
    if not rest.startswith("的") or han_count(head) < 6:
        return False
    tagged = tagged_words(head)
    return bool(tagged) and tagged[-1][1].startswith("n") and _balanced(head)


#: Prepositions that put the object before the verb: 对…给予奖励, 向…学习, 把…列入….
_FRONTING = frozenset({"对", "向", "把", "将", "给"})


def _fronted_predicate(text: str, max_han: int) -> str:
    """A clause that opens with its object (对为…作出贡献的人员给予奖励) is named after the
    verb phrase that ends it (组织给予奖励): the longest tail from a verb that fits and says
    something (four Han characters), with no 的 and no list in it; "" for any other clause."""
    tagged = tagged_words(text)
    if not tagged or tagged[0][0] not in _FRONTING:
        return ""
    pos = 0
    for k, (word, flag) in enumerate(tagged):
        tail = text[pos:].strip(_TRAILING)
        if (
            k
            and flag == "v"
            and han_count(tail) >= 4
            and _fits(tail, max_han)
            and not re.search("[的、，,]", tail)
        ):
            return tail
        pos += len(word)
    return ""


#: The modal before what a body is told to do: 全局上下要…, 各单位应当….
_MODALS = frozenset({"要", "应", "应当", "必须", "须", "需", "需要"})
#: Where a long object's head noun starts: after its last 的 or 作出 (…上的重要讲话精神).
_HEAD_START_RE = re.compile(r"(?:的|作出|做出)(?!.*(?:的|作出|做出))")


def _verb_and_head(text: str, max_han: int) -> str:
    """A clause whose object opens with a person's name (全局上下要认真学习张三同志在…座谈会上
    的重要讲话精神) is named after its verb and the object's head noun (认真学习重要讲话精神),
    never cut at the name; "" for any other clause or when that does not fit."""
    pos = 0
    start = 0
    for k, (word, flag) in enumerate(tagged_words(text)):
        if word in _MODALS and not start:
            start = pos + len(word)
        if flag.startswith("nr") and k:
            chain, rest = text[start:pos], text[pos:]
            head = _HEAD_START_RE.search(rest)
            if not head or han_count(chain) < 2 or re.search("[的，,、]", chain):
                return ""
            if not _balanced(chain):
                return ""  # 今年第9号台风“|青鸾: a name inside quotes, not a person
            noun = rest[head.end() :].strip(_TRAILING)
            name = chain + noun
            if 2 <= han_count(noun) <= 8 and _fits(name, max_han) and _balanced(noun):
                return name
            return ""
        pos += len(word)
    return ""


#: The formula that makes a list public (现予以公示, 特此公告): the clause before it says what.
_PUBLISHES_RE = re.compile(r"^(?:现|特)?予以?(?:公示|公布|公告|通报)|^特此(?:公示|公告|通告|通报)")
#: How keen everyone was (高度重视…, 积极响应…): the clause after it says what was done.
_KEEN_RE = re.compile(KEENNESS_WORDS)
#: Verbs that say an event was held: where the predicate is too long, the event is the name.
_HOLDS = frozenset({"举行", "舉行", "举办", "舉辦", "召开", "召開"})
#: Nouns of figures that jieba tags as verbs (营业 收入114万亿元): never where a predicate starts.
_NOUNS_TAGGED_VERB = frozenset({"收入", "支出", "上行", "下行", "营收"})


#: When a thing was or will be done, inside a clause: 于2025年9月, 将于2031年底 (关于2031年
#: is what it is about).
_WHEN_DONE_IN_CLAUSE_RE = re.compile(
    r"(?<=[\u4e00-\u9fff])(?<![关對对由至等属屬鉴基已将拟定])(?:已|将|拟|定|计划)?于"
    r"\d{4}年(?:\d{1,2}月(?:\d{1,2}[日号])?|底|初)?(?=[\u4e00-\u9fff])"
)
#: A year or a period inside a clause: 2026年, 今年前11个月, 1—11月, 上半年, 前三季度.
_PERIOD_IN_CLAUSE_RE = re.compile(
    r"\d{4}年(?:度)?|(?:今年|去年|上年|本年|全年|年内)?(?:前[\d一二三四五六七八九十]+个月"
    r"|\d{1,2}\s*[—\-–~至]\s*\d{1,2}月份?|[上下]半年|前[一二三]季度|[一二三四]季度)"
)


def _predicate(text: str, max_han: int, max_visible: int) -> str:
    """The clause's predicate, from its first verb to its end, when a subject comes before
    it and the predicate fits and says something (four Han characters or more): 省广电局党组
    书记、局长张新文主持召开党组会议 -> 主持召开党组会议; "" otherwise. A predicate that only
    reports speech (…中称) or runs on (…的) is no name."""
    pos = 0
    before = ""
    adverbs: tuple[int, str] | None = None  # where a run of adverbs starts, and what is before
    tagged = tagged_words(text)
    # the words of a year or a period (2026年, 今年前11个月, 上半年) after the subject:
    # 青禾县2026年公开招聘…, 青川港今年前11个月完成…
    spans = [m.span() for m in _PERIOD_IN_CLAUSE_RE.finditer(text)]
    starts = list(itertools.accumulate((len(w) for w, _ in tagged), initial=0))
    periods = {
        k
        for k, (word, _) in enumerate(tagged)
        if any(a <= starts[k] and starts[k] + len(word) <= b for a, b in spans)
    }
    for k, (word, flag) in enumerate(tagged):
        dated = k in periods or (flag == "t" and han_count(word) == len(word))
        if dated and before[:1] in ("n", "r", "j"):
            pos += len(word)  # 工程局今天举行…: the day (or the year) is no part of what was done
            continue
        if flag in ("d", "ad") and han_count(word) == len(word):
            adverbs = adverbs or (pos, before)
        elif flag == "v" and word not in _NOUNS_TAGGED_VERB:
            # the adverbs before the verb belong to the predicate: 军队又发生新的冲突
            start, before = adverbs or (pos, before)
            tail = text[start:].strip(_TRAILING)
            # 增至158.62万人, 突破100万标箱: a figure's verb names nothing without its subject
            subject_ok = (
                before[:1] in ("n", "r", "j")
                and han_count(text[:start]) >= 2
                and han_count(word) >= 2
                and word not in _STATES_FIGURE
            )
            if subject_ok and word in _HOLDS and not _fits(tail, max_han, max_visible):
                tail = tail[len(word) :]  # 举行捷运环状线北段动工典礼: the event names itself
            if (
                subject_ok
                and han_count(tail) >= 4
                and _fits(tail, max_han, max_visible)
                and _balanced(tail)
                and not tail.endswith(("的", "称", "说", "指出", "表示"))
            ):
                return _no_number_tail(tail)
            return ""
        else:
            adverbs = None
        pos += len(word)
        before = flag
    return ""


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
    r"(?:(?<![\d.:：])\d{1,2}|[一二三四五六七八九十]{1,3})\s*[时時点點]"
    r"(?:\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*分)?(?:许|許|左右)?"
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


#: A number or a date at the end of a cut, with the preposition before it and the range
#: word after it: 获取2024, 全国范围内2+4, 召回生产日期在2013年9月, 召回2012年9月11日至.
_NUMBER_TAIL = re.compile(
    r"(?:[至到在于从自]?[\d.,+\-—–/:：%·]+[年月日号时]?)+[至到]?$"
    # a count without the thing counted: 通过两项, 新增3个
    r"|(?:[\d一二三四五六七八九十两几]+|[数多])[项個个名家条條件次位座所批类類号號]$"
)


def _without_copula(head: str) -> str:
    """A head without the words that would state its figure (为, 达, 共计): what the figure
    measured (…总用地面积) rather than a sentence cut before its number (…总用地面积为)."""
    words = tagged_words(head)
    cut = head
    while len(words) > 1 and words[-1][0] in _STATES_FIGURE:
        cut = cut[: -len(words.pop()[0])].strip(_TRAILING)
    if cut != head:
        cut = re.sub(r"[的地得了和及与或]+$", "", cut)  # 需要注意的是 -> 需要注意
    return cut if han_count(cut) >= 2 else head


def _no_number_tail(title: str) -> str:
    """A cut that ends in a number drops the number (see :data:`_NUMBER_TAIL`): half a
    figure, half a date range or half a phone number misleads."""
    cut = re.sub(_NUMBER_TAIL, "", title).strip(_TRAILING)
    if cut != title:
        cut = re.sub(r"[和及与或的]+$", "", cut)  # …扶贫攻坚和到2018年 -> …扶贫攻坚
        cut = _without_dangling_word(_without_copula(cut))  # …中心位于北纬 -> …中心
    return cut if han_count(cut) >= 2 else title


def _shorten(text: str, max_han: int, max_visible: int = _MAX_VISIBLE) -> str:
    """Cut ``text`` to ``max_han`` Han characters where a reader would pause.

    Prefers the longest head ending at a clause mark (at least 4 Han characters), then the
    head noun phrase after the first clause's last 的 (6 to 10), then the first conjunct
    (the head before 和/及/与..., at least 4); else cuts at a jieba word boundary. The head
    never leaves a bracket or 《》 open and never ends on a function word.
    """
    text = text.strip(_TRAILING)
    if _fits(text, max_han, max_visible):
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
        return _name(topic, max_han)
    return _natural_head(text, max_han, max_visible) or _word_cut(text, max_han, max_visible)


def _natural_head(text: str, max_han: int, max_visible: int) -> str:
    """The longest head ending at a clause mark, else the head noun phrase after the first
    clause's last 的, else the first conjunct; "" when none fits (see :func:`_shorten`)."""
    best = ""
    for m in list(_CLAUSE_SPLIT_RE.finditer(text)) + list(re.finditer(r"——", text)):
        head = text[: m.start()].strip(_TRAILING)
        if (
            _fits(head, max_han, max_visible)
            and han_count(head) >= 4
            and _balanced(head)
            and len(head) > len(best)
        ):
            best = head
    if not best:
        # the head noun phrase after the clause's last 的 names what it is about:
        # "…范围最广、强度最大的一次强降雨天气过程" -> "一次强降雨天气过程"
        clause = _CLAUSE_SPLIT_RE.split(text, maxsplit=1)[0]
        head_noun = clause[clause.rfind("的") + 1 :].strip(_TRAILING) if "的" in clause else ""
        # …入侵的情况下进行自卫: a frame, and the predicate after it
        frame = re.match(r"^(?:情况|前提|条件|背景|基础|过程|同时)[下中上]", head_noun)
        if frame:
            head_noun = head_noun[frame.end() :]  # what is done in it: 进行自卫
        if (
            _MIN_HEAD_NOUN_HAN <= han_count(head_noun) <= _MAX_HEAD_NOUN_HAN
            and _fits(head_noun, max_han, max_visible)
            and _balanced(head_noun)
        ):
            best = head_noun
    if not best:
        # the owner before the clause's first 的, when the rest runs on into the predicate:
        # 青川煤矿事故的两名责任人已经在事故中死亡 -> 青川煤矿事故
        owner = clause[: clause.find("的")] if "的" in clause else ""
        if _fits(owner, max_han, max_visible) and _owns(owner, clause[len(owner) :]):
            best = owner
    if not best:
        # the first conjunct is the phrase's own head noun ("A和B的C" -> "A")
        for m in _CONJUNCTION_RE.finditer(text):
            head = text[: m.start()].strip(_TRAILING)
            if not _fits(head, max_han, max_visible):
                break
            if han_count(head) >= 4 and _balanced(head):
                best = head
                break
    return best


#: Words that say nothing without the figure after them: 北纬 (18.6度), 位于 (北纬…).
_COORDINATE_WORDS = frozenset(
    {"北纬", "南纬", "东经", "西经", "北緯", "南緯", "東經", "西經", "位于", "位於"}
)


def _without_dangling_word(head: str) -> str:
    """``head`` without a preposition or a conjunction it ends on (…沿长安大道由, 甲和), whose
    object a cut left behind; ``head`` as it is when nothing would be left."""
    words = tagged_words(head)  # Traditional text is tagged as its Simplified form
    # …中心位于北纬: a coordinate's word without its degrees says nothing either
    while len(words) > 1 and (words[-1][1] in ("p", "c") or words[-1][0] in _COORDINATE_WORDS):
        words.pop()
    kept = head[: sum(len(w) for w, _ in words)].strip(_TRAILING)
    return kept if han_count(kept) >= 2 else head


def _word_cut(text: str, max_han: int, max_visible: int) -> str:
    """The longest head of whole jieba words that fits, never ending inside a bracket or on
    a function word; as a last resort a cut by characters (still a prefix of ``text``)."""
    words = zh_words(text)
    kept: list[str] = []
    for word in words:
        if not _fits("".join(kept) + word, max_han, max_visible):
            break
        kept.append(word)
    # never end inside a bracket or on a function word / separator, dropping whole words (a
    # word that ends in 得 or 了, 取得 or 为了, goes whole or stays whole)
    while kept:
        head = "".join(kept).strip(_TRAILING)
        cut = max(head.rfind(o) for o in "（(《「“【")
        if not _balanced(head) and cut > 0:
            kept = zh_words(head[:cut].strip(_TRAILING))
        elif not _balanced(head) or kept[-1][-1:] in "的地得了和及与或、，：（(《「“【":
            kept.pop()
        else:
            break
    head = "".join(kept).strip(_TRAILING)  # a cut that lands on a dash run must not keep it
    head = _without_copula(head)  # …总用地面积为 (41公顷): what is measured, not 为
    head = _without_dangling_word(head)  # …沿长安大道由 (东向西行驶): never on a preposition
    if han_count(head) >= 2:
        return head
    # nothing natural fits: hard cut by characters (still a prefix of the phrase)
    out = ""
    for ch in text:
        if not _fits(out + ch, max_han, max_visible):
            break
        out += ch
    return out.strip(_TRAILING)


#: The columns of an agenda: when, and what happens (时间 | 活动项目 | 内容 | 主持人).
_AGENDA_WHEN_RE = re.compile(r"^(?:时间|時間|日期)$")
_AGENDA_WHAT_RE = re.compile(
    r"活动|活動|议程|議程|内容|內容|项目|項目|环节|環節|主题|主題|事项|事項"
)
#: The event a headline names, whose agenda a table gives: the last of these in it.
_EVENT_RE = re.compile(
    r"座谈会|座談會|研讨会|研討會|论坛|論壇|培训班|培訓班|发布会|發布會|交流会|交流會|年会|年會"
    r"|大会|大會|会议|會議|比赛|比賽|活动|活動"
)


def _agenda_title(names: Sequence[str], headline: str) -> str:
    """``座谈会议程`` for a table whose columns are an agenda's (时间, 活动项目 …), named after
    the event the headline names (议程 alone without one), in the headline's script; "" for
    any other table."""
    if not (
        any(_AGENDA_WHEN_RE.match(n) for n in names)
        and any(_AGENDA_WHAT_RE.search(n) for n in names)
    ):
        return ""
    events = _EVENT_RE.findall(headline)
    traditional = any(n != to_simplified(n) for n in [headline, *names])
    return (events[-1] if events else "") + ("議程" if traditional else "议程")


def _groups_title(table: Table) -> str:
    """A table (or a part of one) whose rows fall into groups (主食, 蔬菜 …) named after
    them: 蔬菜价格 for one group, 主食等价格 for several, as a price table's parts are
    named; 价格 where a column gives prices, else 类 (蔬菜类). "" without such groups."""
    column = table.grouped_by if table.grouped_by is not None else group_column(table)
    if column is None:
        return ""
    names = list(dict.fromkeys(r[column].strip() for r in table.rows if len(r) > column))
    priced = any("价" in name for name in table.header)
    if len(names) == 1:
        return names[0] + ("价格" if priced else "类")
    return names[0] + "等" + ("价格" if priced else "类别")


def _table_title(block: Block, max_han: int, headline: str = "") -> str:
    table = block.table
    if table is not None and is_figure_listing(table):
        return "数据表"  # its column names are figures' labels, not a name to say
    grouped = _groups_title(table) if table is not None else ""
    if grouped and _fits(grouped, max_han):
        return grouped
    cells: tuple[str, ...] = ()
    if table is not None:
        cells = table.header or (table.rows[0] if table.rows else ())
    if not cells:
        first = block.text.strip().splitlines()[0] if block.text.strip() else ""
        cells = tuple(c for c in re.split(r"\t|\s{2,}|\|", first) if c.strip())
    names = [_tidy(c).strip(_TRAILING) for c in cells]
    names = [n for n in names if han_count(n) >= 1]
    agenda = _agenda_title(names, headline)
    if agenda and _fits(agenda, max_han):
        return agenda
    title = "表格"
    for name in names:
        candidate = f"{title}{'：' if title == '表格' else '、'}{name}"
        if not _fits(candidate, max_han):
            break
        title = candidate
    return title


def _clauses(text: str) -> list[str]:
    """The clauses of ``text``, split at the clause marks outside brackets: the colon of
    （项目编号：…） does not end a clause."""
    out: list[str] = []
    depth = start = 0
    for k, ch in enumerate(text):
        if ch in "（(《【「“":
            depth += 1
        elif ch in "）)》】」”" and depth:
            depth -= 1
        elif depth == 0 and _CLAUSE_SPLIT_RE.match(text, k):
            # a clock time (17:00) or a figure (4,932万) is one word, never two clauses
            out.append(text[start:k])
            start = k + 1
    out.append(text[start:])
    return [c.strip() for c in out if c.strip()]


def _body_phrase(blocks: Sequence[Block], max_han: int, headline: str = "") -> str:
    """The key phrase of a chapter without heading: label, else first meaningful clause. A
    notice's opening that only announces what follows (为…，现就有关事项通知如下。) names
    nothing: the block after it does."""
    for k, block in enumerate(blocks):
        if block.kind == "table":
            return _table_title(block, max_han, headline)
        text = clean_heading(block.text.strip().splitlines()[0]) if block.text.strip() else ""
        if not text:
            continue
        # the day, as Taiwan's papers write it (今（15）日), is no part of a name
        text = BRACKETED_DAY_RE.sub("", text)
        if k + 1 < len(blocks) and REPORTS_TO_ASSEMBLY_RE.search(text):
            continue  # 现在，我代表市人民政府，向大会报告工作: the part it opens names it
        if (
            k + 1 < len(blocks)
            and _ANNOUNCES_RE.search(block.text.strip())
            and len(written_sentences(block.text)) == 1
            and not any(map(_announced, _clauses(block.text.strip().rstrip("。：:"))))
        ):
            continue
        # a leading label: "广州：5日白天…", "瓜蓟马：偏重发生…", "(宗旨) 有感於…"
        label = re.match(r"^([^，,。：:；;！？!?]{1,20})[：:]", text) or re.match(
            r"^[（(]([^）)]{2,12})[）)]\s*\S", text
        )
        if (
            label
            and label.group(1).strip() in ("主持人", "主持")
            and k + 1 < len(blocks)
            and not re.search(r"[？?]", text)
        ):
            continue  # the host's welcome and hand-over name nothing: the next turn does
        if label and (
            SPEAKER_LABEL_RE.search(label.group(1).strip())
            or names_person(label.group(1))
            or _STATES_THAT_RE.search(label.group(1).strip())
        ):
            # a turn of a transcript (…记者：…？ 主持人：…, 王青山：…), or who found what
            # follows (中国地震台网正式测定：…发生4.6级地震): named after what is asked, said
            # or found
            text, label = text[label.end() :].strip(), None
        if (
            label
            and 2 <= han_count(label.group(1)) <= max_han
            and _balanced(label.group(1))
            and not _META_LABEL_RE.fullmatch(label.group(1).strip())
        ):
            return _name(clean_heading(label.group(1)), max_han)
        clauses = _clauses(text)
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
                return _name(announced, max_han)  # 2031年春节门诊安排如下： -> 春节门诊安排
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
            if _WHEN_DONE_RE.match(clause) and index + 1 < len(clauses):
                # 各学院收齐材料后，于9月3日前将汇总表报送教务处: when, not what; the next
                # clause says what is done, without its deadline
                when = True
                continue
            if when:
                clause = _DEADLINE_RE.sub("", clause, count=1)
            when = False
            # a news story that opens on what someone exclaims (“骑起来真轻！”在…) is named
            # after what happens, never after the exclamation
            clause = _QUOTED_SENTENCE_RE.sub("", clause, count=1).strip()
            regarding = _REGARDING_RE.match(clause)
            if regarding and han_count(regarding.group(1)) >= 4:
                # 会议还就加强档案管理工作提出了意见: what it was about names it
                return _name(regarding.group(1), max_han)
            topic = _TOPIC_FRAME_RE.match(clause)
            if topic and han_count(topic.group(1)) >= 4:
                # 在本年度图书采购案方面，照案通过…: the frame's topic is what the part is
                # about; a year that makes it run long only dates it
                clause = topic.group(1)
                if _visible_len(clause) > _MAX_VISIBLE:
                    clause = re.sub(r"^\d{2,4}年度?", "", clause)
                return _name(clause, max_han)
            if who and re.match(r"^(?:向|对|在|于|从|与|同|为|把|将)", clause):
                clause = who + clause
            who = ""
            if _KEEN_RE.search(clause) and index + 1 < len(clauses) and after + 1 not in ends:
                continue  # 南坪镇高度重视森林防火工作，多措并举…: the keenness names nothing
            if (
                han_count(clause) >= 4
                and not _SKIP_CLAUSE_RE.match(clause)
                and not _META_LABEL_RE.fullmatch(clause)
            ):
                return _name(clause, max_han, clause=True)
        # nothing meaningful: a clause that states beats one that only gives a basis or a
        # scene
        for clause in sorted(
            clauses, key=lambda c: bool(BASIS_RE.match(c) or _SKIP_CLAUSE_RE.match(c))
        ):
            if han_count(clause) >= 2:
                return _name(clause, max_han, clause=True)
    return ""


#: The formula that hands a document on: 现将《…》印发给你们, …已经国务院同意，现转发给你们,
#: 现予转发，请遵照执行.
_HANDS_ON_RE = re.compile(r"现(?:将[^。]{0,80}?)?予?(印发|转发)(?:给你们|给|[，,。；])")
#: A covering notice that allots funds or quotas: 现将2031年…补贴资金下达给你们.
_ALLOTS_RE = re.compile(r"现将([^，,。《》]{2,30}?)(下达|拨付|下拨|分配)给你们")
#: A preamble that only gives what a plan rests on: 根据《…》的要求，结合本市实际，制定本方案。
_BASIS_PREAMBLE_RE = re.compile(
    r"^(?:为了?|根据|按照|依据|依照)[^。]*[，,]\s*(?:特|现)?制定(?:了)?[^。，,]{0,30}?"
    r"(?:方案|办法|规定|细则|规划|计划|制度|标准|意见|预案)。?$"
)


#: The formula that opens a procurement notice: …受…的委托，对…项目进行公开招标 (竞争性磋商,
#: 竞争性谈判, 询价).
_PROCUREMENT_OPENING_RE = re.compile(
    r"受[^。]{2,40}(?:委托|委託)[^。]{0,120}?(?:进行|進行|实施|組織|组织)?"
    r"(?:公开招标|公開招標|邀请招标|邀請招標|竞争性磋商|競爭性磋商|竞争性谈判|競爭性談判|询价|詢價)"
)


def _role_title(chapter: Chapter, headline: str = "") -> str:
    """The name of a chapter that only plays a part of an official document, as an editor
    names it: the covering notice that hands a document on (现将《…暂行办法》印发给你们) is
    ``印发暂行办法的通知`` (``转发报告的通知``), named after the kind of document it hands on;
    a preamble that only says what a plan rests on (根据…，制定本方案。) is ``制定依据``, or
    named after the sections that joined it (一、工作目标).
    A reply that opens by acknowledging the request (你省《关于…的请示》收悉。) is the
    reply itself: ``复函`` or ``批复`` as the headline calls it, else ``答复``. The opening
    of a procurement notice (…受…委托，对…进行公开招标) is ``项目概况``.
    These name the chapter's part, so they may use the headline's words. "" for any other."""
    if chapter.heading or not chapter.blocks or chapter.blocks[0].kind != "paragraph":
        return ""
    text = chapter.blocks[0].text.strip()
    sentences = written_sentences(text)
    if len(sentences) == 1 and _BASIS_PREAMBLE_RE.match(sentences[0]):
        # joined by the plan's first short section (一、工作目标): named after the sections
        lines = [m.group(2) for b in chapter.blocks[1:] if (m := _SECTION_LINE_RE.match(b.text))]
        if len(lines) >= 2:
            return _two_sections(lines[0], lines[1], _MAX_VISIBLE) or lines[0]
        return lines[0] if lines else "制定依据"
    if sentences and re.search(r"》[^。，]{0,24}收悉$", sentences[0].rstrip("。")):
        kind = re.search(r"(复函|批复)$", headline.strip())
        return kind.group(1) if kind else "答复"
    if sentences and _PROCUREMENT_OPENING_RE.search(sentences[0]):
        return "项目概况"
    for sentence in sentences[:2]:
        allotted = _ALLOTS_RE.search(sentence)
        if allotted:
            # 现将2031年耕地地力保护补贴资金下达给你们 -> 下达耕地地力保护补贴资金
            what = re.sub(r"^\d{4}年(?:度)?", "", allotted.group(1).strip())
            named = f"{allotted.group(2)}{what}"
            if han_count(what) >= 2 and _fits(named, HARD_MAX_VISIBLE, HARD_MAX_VISIBLE):
                return named
        handed = _HANDS_ON_RE.search(sentence)
        if handed:
            titles = re.findall(r"《([^》]+)》", sentence[: handed.end()])
            named = _document_kind(titles[-1]) if titles else ""
            return f"{handed.group(1)}{named}的通知" if named else f"{handed.group(1)}通知"
    return ""


def _document_kind(title: str) -> str:
    """What kind of document a title names, from its last words: 《…暂行办法》 -> 暂行办法,
    《…应急预案(试行)》 -> 应急预案, 《关于…的报告》 -> 报告, 《…报名简章》 -> 报名简章."""
    title = re.sub(r"[（(][^）)]*[)）]$", "", title.strip())
    cut = [w for w in zh_words(title) if w.strip()]
    if not cut or han_count(cut[-1]) != len(cut[-1]):
        return ""
    kind = cut[-1]
    # a two-character modifier makes the kind (应急预案, 报名简章); every plan is a 工作方案
    modifier = cut[-2] if len(cut) >= 2 else ""
    if len(kind) == 2 and han_count(modifier) == len(modifier) == 2:
        kind = kind if modifier in ("关于", "有关", "相关", "工作") else modifier + kind
    return kind


#: A labelled item of a list or an article: 一、考试时间：, 第二条（申请资格）.
_LABELLED_ITEM_RE = re.compile(
    r"(?:^|[。；;：:\s])(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十百\d]+[条條])\s*"
    r"(?:[（(]\s*([^）)。，,]{2,8})\s*[）)]|([^：:，,。（()）\s]{2,8})[：:])"
)


#: A section's heading line within a chapter (一、会议时间), which a short chapter joined;
#: the label is its second group, as in :data:`_LABELLED_ITEM_RE`.
_SECTION_LINE_RE = re.compile(r"(?m)^[一二三四五六七八九十]+、\s*()([^：:，,。；;\s]{2,8})$")


def _sections_title(chapter: Chapter, max_han: int) -> str:
    """A chapter without a heading that is a run of labelled items (一、考试时间：… 二、考试
    科目：…, 第一条（宗旨）… 第二条（申请资格）…) or of sections' heading lines (一、会议时间
    / 二、会议地点), at most after one short sentence or after what announces them (…通知
    如下：), is named after its first two labels, the word they share said once: 考试时间和
    科目, 会议时间和地点; after what announces it, one section's line names it alone
    (…公告如下： 一、招聘岗位及人数 -> 招聘岗位及人数). "" for any other chapter."""
    paragraphs = [b.text.strip() for b in chapter.blocks if b.kind == "paragraph"]
    text = "\n".join(paragraphs[:6])
    items = list(_LABELLED_ITEM_RE.finditer(text)) or list(_SECTION_LINE_RE.finditer(text))
    if not items:
        return ""
    opening = text[: items[0].start()].strip()
    announces = bool(_ANNOUNCES_RE.search(opening))  # …现将有关事项通知如下：
    if len(items) == 1:
        # …公告如下： 一、招聘岗位及人数 …: the one section it announces names it
        only = (items[0].group(1) or items[0].group(2)).strip()
        return only if announces and opening and _fits(only, max_han) else ""
    if not announces and (len(written_sentences(opening)) > 1 or len(opening) > 30):
        return ""
    first, second = ((m.group(1) or m.group(2)).strip() for m in items[:2])
    return _two_sections(first, second, max_han)


def _two_sections(first: str, second: str, max_han: int) -> str:
    """Two sections' names said as one, the word they share said once: 会议时间和会议地点 ->
    会议时间和地点; "" when they are the same or do not fit."""
    shared = next((k for k, (a, b) in enumerate(zip(first, second, strict=False)) if a != b), 0)
    name = f"{first}和{second[shared:] if 2 <= shared < len(second) - 1 else second}"
    return name if first != second and _fits(name, max_han) else ""


#: A digest item's label on a line of its own: 【项目建设】.
_BRACKET_LABEL_LINE_RE = re.compile(r"^【\s*([^【】]{2,10}?)\s*】$")


def _joined_sections(chapter: Chapter, max_han: int) -> str:
    """A chapter under a 【…】 label that the next short items joined (【经济运行】…
    【项目建设】…) is named after its first two labels (经济运行和项目建设, with 等 when
    more follow), not the first alone; "" for any other chapter."""
    first = _BRACKET_LABEL_LINE_RE.match((chapter.heading or "").strip())
    later = [m for b in chapter.blocks if (m := _BRACKET_LABEL_LINE_RE.match(b.text.strip()))]
    if not first or not later:
        return ""
    name = _two_sections(first.group(1), later[0].group(1), max_han)
    # more than two: 等 says there are more (经济运行和项目建设等)
    return name + "等" if name and len(later) > 1 and _fits(name + "等", max_han) else name


#: The verb (and its adverb) a heading of a speech or a plan opens with: 充分肯定, 准确把握,
#: 扎实抓好, 深入学习领会.
_HEADING_VERB_RE = re.compile(
    r"^(?:充分|准确|扎实|全力|切实|认真|全面|持续|加快|深入|着力|积极|大力|进一步|坚定不移地?|牢牢)"
    r"(?:肯定|把握|抓好|做好|推进|落实|扩大|培育|增进|加强|强化|提升|推动|实施|开展|打好|打赢|贯彻"
    r"|学习|领会|学习领会|学习贯彻|认识|总结|谋划|部署|抓住|用好|发挥|防范|化解|保障|改善)"
)


def _base_title(chapter: Chapter, max_han: int, headline: str = "") -> str:
    joined = _joined_sections(chapter, max_han)
    if joined:
        return joined
    if chapter.heading:
        name = clean_heading(chapter.heading)
        about = re.match(r"^关于(.+)$", name)
        if about and han_count(about.group(1)) >= 4 and not re.search(r"的[^的]{1,4}$", name):
            # 关于2031年城区老旧小区改造计划 (an item of the minutes): what it is about; a
            # document's own title (关于…工作意见的报告) is cut as any other name
            name = about.group(1)
            if _visible_len(name) > _MAX_VISIBLE:
                name = re.sub(r"^\d{2,4}年度?", "", name)  # a year that runs long only dates it
        if han_count(name) >= 1 or _visible_len(name) >= 2:
            # a quoted topic inside a long heading is its name: 「…」专案报告
            if not _fits(name, max_han):
                quoted = re.search(r"[「“《]([^」”》]{2,})[」”》]", name)
                if quoted and han_count(quoted.group(1)) >= 4:
                    name = quoted.group(1)
            if not _fits(name, HARD_MAX_VISIBLE, HARD_MAX_VISIBLE):
                # 充分肯定2032年经济工作取得的成绩: what the part is about is the object of
                # the verb a speech's or a plan's heading opens with
                verb = _HEADING_VERB_RE.match(name)
                if verb and han_count(name[verb.end() :]) >= 4:
                    name = name[verb.end() :]
            name = _name(name, max_han)
            if name and not _BANNED_RE.search(name):
                return name
    phrase = _sections_title(chapter, max_han) or _body_phrase(chapter.blocks, max_han, headline)
    if not phrase or _BANNED_RE.search(phrase):
        return _FALLBACK
    return phrase


def _phrases(chapter: Chapter, max_han: int) -> list[str]:
    """Key phrases of the chapter's sentences, in order: other names it could go by."""
    out: list[str] = []
    for block in chapter.blocks[:6]:
        if block.kind != "paragraph":
            continue
        for sentence in written_sentences(block.text):
            out += [p for p in _sentence_phrases(sentence, max_han) if p not in out]
    return out


def _sentence_phrases(sentence: str, max_han: int) -> list[str]:
    """The key phrases of one sentence's clauses, leaving out a purpose that runs over
    clauses (为激发…热情，营造…氛围，) up to the statement it serves."""
    out: list[str] = []
    purpose = when = False
    for clause in _CLAUSE_SPLIT_RE.split(sentence):
        clause = clause.strip()
        if when:
            clause = _DEADLINE_RE.sub("", clause, count=1)  # …后，于9月3日前将…: what is done
        when = bool(_WHEN_DONE_RE.match(clause))
        if when:
            continue
        if BASIS_RE.match(clause) and not clause.startswith("经"):
            purpose = True
        elif STATEMENT_ADVERB_RE.match(clause) or DECIDES_RE.match(clause):
            purpose = False
        if purpose or not clause or _SKIP_CLAUSE_RE.match(clause) or han_count(clause) < 4:
            continue
        if not _balanced(clause) or _REFERENCE_RE.match(clause):
            continue  # half of a bracket, or an aside: （具体…，详见附件1）
        phrase = _body_phrase((Block("paragraph", clause),), max_han)
        if phrase and phrase not in out and not _BANNED_RE.search(phrase):
            out.append(phrase)
    return out


def _disambiguate(titles: list[str], chapters: Sequence[Chapter], max_han: int) -> list[str]:
    """Make repeated titles distinct with words of the chapter itself.

    The first chapter with a repeated title keeps it; each later one becomes
    ``<title>：<its key phrase>`` (or the key phrase alone), else the key phrase of a later
    sentence of its body. Ordinal suffixes (``（二）``) are never added: a listener hears
    them as list numbers. Only when the chapter offers no other words does a title repeat.
    """
    counts = Counter(titles)
    taken = {t for t in titles if counts[t] == 1}
    out: list[str] = []
    for chapter, title in zip(chapters, titles, strict=True):
        if counts[title] == 1:
            out.append(title)
            continue
        if title not in taken:
            taken.add(title)
            out.append(title)
            continue
        options: list[str] = []
        for phrase in _phrases(chapter, max_han):
            if phrase in title or title in phrase:
                continue
            room = HARD_MAX_VISIBLE - _visible_len(title) - 1
            if room >= 4:
                options.append(f"{title}：{_shorten(phrase, room, room)}")
            options.append(phrase)
        choice = next(
            (
                o
                for o in options
                if o and _fits(o, HARD_MAX_VISIBLE, HARD_MAX_VISIBLE) and o not in taken
            ),
            title,
        )
        taken.add(choice)
        out.append(choice)
    return out


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


#: Reports whose unheaded opening, before the sections, is the year's overview.
_OVERVIEWED_RE = re.compile(r"统计公报$|統計公報$")


def chapter_titles(
    chapters: Sequence[Chapter], *, max_han: int = 12, headline: str = ""
) -> list[str]:
    """One spoken title per chapter: short, natural, distinct (see the module rules).

    Returns a list as long as ``chapters``; every title is non-empty, has at most
    ``max_han`` Han characters, and differs from every other title in the list. A chapter
    without a heading is not named with words of the ``headline`` (the map of the intro
    would say the headline twice): it takes the next phrase of its body instead.
    """
    max_han = max(max_han, 4)
    roles = [_role_title(ch, headline) for ch in chapters]
    if (
        chapters
        and _OVERVIEWED_RE.search(headline.strip())
        and not chapters[0].heading
        and any(ch.heading for ch in chapters[1:])
        and not roles[0]
    ):
        # a statistics bulletin opens on its overview before its sections (一、综合 …)
        roles[0] = "总体情况"
    titles = [
        role or _base_title(ch, max_han, headline) for ch, role in zip(chapters, roles, strict=True)
    ]
    for k, (chapter, title) in enumerate(zip(chapters, titles, strict=True)):
        if roles[k]:
            continue
        # with one chapter the map does not name it: nothing would be said twice
        if len(chapters) > 1 and headline and not chapter.heading and says_again(title, headline):
            others = [
                p
                for p in _phrases(chapter, max_han)
                if not says_again(p, headline) and not _BARE_CHANGE_RE.match(p)
            ]
            # a clause that fits whole reads better than one cut short (…雨量超过)
            clauses = {
                c.strip(_TRAILING) for b in chapter.blocks for c in _CLAUSE_SPLIT_RE.split(b.text)
            }
            whole = [p for p in others if p in clauses]
            news = _beyond_headline(chapter, headline, max_han)
            titles[k] = news or (whole or others or [title])[0]
    # never more than 16, whichever rule named it
    titles = [
        t if _fits(t, HARD_MAX_VISIBLE, HARD_MAX_VISIBLE) else _name(t, max_han) for t in titles
    ]
    return _disambiguate([_without_lone_quote(t) for t in titles], chapters, max_han)


def _without_lone_quote(title: str) -> str:
    """A title cut from a quote ("我只念过小学) without the quote mark it was cut from."""
    bare = title.strip("\"'“”‘’「」『』")
    return bare if bare and not _balanced(title) and _balanced(bare) else title


def _beyond_headline(chapter: Chapter, headline: str, max_han: int) -> str:
    """What the chapter's opening clause says beyond the headline: its subject says the
    headline again (山西两起煤矿瓦斯爆炸事故 under a headline about those accidents), its
    predicate is the news (均为责任事故). "" when the opening clause has no such predicate
    of four Han characters or more that fits."""
    block = next((b for b in chapter.blocks if b.kind == "paragraph"), None)
    if block is None:
        return ""
    for clause in _clauses(block.text)[:3]:
        cut = tagged_words(clause)
        pos = len(clause)
        for k in range(len(cut) - 1, 0, -1):
            pos -= len(cut[k][0])
            head, tail = clause[:pos], clause[pos:].strip(_TRAILING)
            if han_count(head) < 6 or not cut[k][1].startswith(("v", "d")):
                continue
            if (
                han_count(tail) >= 4
                and _fits(tail, max_han)
                and says_again(head, headline)
                and not says_again(tail, headline)
                and not re.search(r"如下|以下", tail)  # 批复如下 announces, never names
            ):
                return tail
    return ""
