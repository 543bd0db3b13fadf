"""How much a sentence is worth to the intro: position, centrality, facts, what is due, boilerplate.

Why a module of its own: the weights are tuned together against human summaries
(``scripts/rouge_intro.py``); keeping them and the rules they weigh in one place keeps that
tuning honest.
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from collections.abc import Sequence

from audiobulletin.summary.cuts import (
    FIGURE_RE,
    WARNS_RE,
    comma_clauses,
    first_clause_end,
    states_figure_or_deadline,
)
from audiobulletin.summary.words import (
    AMOUNT_RE,
    BARE_TIME_FIELD_RE,
    BOILERPLATE_WORDS,
    BYLINE_WORD_RE,
    DUE_RE,
    EXPECTS_RE,
    FINDING_RE,
    HELD_ON_RE,
    HELD_RE,
    META_RE,
    NUMBER_RE,
    RESULT_TITLE_RE,
    SUM_FIELD_RE,
    TERMINATED_BY,
    WHEN_WHERE_RE,
    WINNER_FIELD_RE,
    Candidate,
    visible_len,
)
from audiobulletin.zh import (
    BASIS_RE,
    DOCUMENT_TITLE_RE,
    FORECAST_TITLE_RE,
    FULL_STOPS,
    REPORTING_CLAUSE_RE,
    REPORTS_TO_ASSEMBLY_RE,
    ends_sentence,
    han_count,
    tagged_words,
    written_sentences,
)

# Scoring weights (see the module docstring), chosen with scripts/rouge_intro.py on the
# news pairs and checked by eye on the report corpus. ``decay`` is the lead bias,
# ``stop_gap`` how far below the best sentence a sentence may score and still be added,
# ``figures_gap`` the same for a sentence of two amounts or more. ``amounts`` and
# ``figures_gap`` were set with the editors' key facts (scripts/eval_script.py) while
# keeping ROUGE ahead of Lead@120.
WEIGHTS = {
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
    "award": 1.0,
}


def later_cost(text: str, left: int) -> float:
    """What a point chosen after others loses for being cut to fit ``left``, or for having no
    figure or date to act on."""
    cut = visible_len(text) > left
    return WEIGHTS["later_cut"] * (cut + (not states_figure_or_deadline(text)))


def char_bigrams(text: str) -> list[str]:
    chars = [ch for ch in text if ch.isalnum()]
    return [a + b for a, b in itertools.pairwise(chars)]


# The formula of a covering notice says nothing of its content: 现将《…》印发给你们，请认真
# 贯彻执行; 现就有关事项通知如下; 特此通知.
FORMULA_RE = re.compile(
    # (请各单位于4月15日前报送回执 asks for something by a day: no formula, a deadline)
    r"^(?:现将|现就|现把|特此|请认真|请遵照|请结合|请各(?![^。；;，,]{0,8}\d{1,2}\s*月\s*\d{1,2}\s*日))"
    r"|印发给你们|转发给你们|通知如下|公告如下|请遵照执行|请认真贯彻执行|特此通知|特此公告"
    # the enacting clause of rules and plans: 根据…，制定本办法; 结合实际，制定我市…方案
    r"|制定本(?:办法|方案|细则|规定|规则|预案|计划|标准)"
    r"|制定(?:我|全)[省市县区镇][^，,。]{0,24}(?:办法|方案|细则|规定|预案|计划)[。]?$"
)


#: A sentence that points at what follows it (本次拍卖股权存在以下权利限制。): said alone, it
#: promises a list the intro never gives (never a bound: 其中5岁及以下儿童占92.3%).
POINTS_AHEAD_RE = re.compile(
    r"(?<![及或\d岁元米度级人次])(?:以下|下列|如下)[^，,。；;：:\d%％]{0,10}[。：:]?$"
)


#: What a covering formula may carry that is news: the rules it replaces, and when it takes
#: effect (…，原2019年印发的《…办法》同时废止; …，自2031年5月1日起施行).
_IN_FORCE_RE = re.compile(
    r"[^，,。；;]*(?:同时废止|予以废止|不再执行|自[^，,。；;]{2,16}起(?:施行|实施|执行|生效))"
    r"[^，,。；;]*[。；;]?"
)


def news_in_formula(sentence: str) -> str:
    """The clause of a formula sentence (现将…印发给你们，请认真贯彻执行，…) that is news, or
    "" when it has none: the formula itself says nothing of the content. What it hands
    over may come with its sum and a deadline (现将…资金下达给你们，共计3.26亿元，请于6月30日
    前足额发放到农户手中): those clauses are the news."""
    m = _IN_FORCE_RE.search(sentence)
    if m and not FORMULA_RE.search(m.group(0)):
        return m.group(0).strip()
    clauses = comma_clauses(sentence.strip().rstrip(FULL_STOPS))
    handed = next((k for k, c in enumerate(clauses) if _HANDS_OVER_RE.search(c)), None)
    if handed is None:
        return ""
    news = list(itertools.takewhile(_holds_figure_or_due, clauses[handed + 1 :]))
    said = "，".join(news)
    return said + "。" if news and han_count(said) >= 6 else ""


#: The clause of a covering formula that hands something over: 现将…下达给你们.
_HANDS_OVER_RE = re.compile(r"(?:下达|拨付|分配|下拨|印发|转发)给你们")


def _holds_figure_or_due(clause: str) -> bool:
    return bool(FIGURE_RE.search(clause) or DUE_RE.search(clause))


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


def request_alone(title: str, paragraphs: Sequence[str], budget: int, following: bool) -> list[str]:
    """The key point of a covering notice with nothing else to tell: what it asks of those it
    is sent to; none after other points."""
    request = "" if following else _formula_request(title, paragraphs)
    return [request] if request and visible_len(request) <= budget else []


#: Courtesies a speaker opens or closes with (感谢大家的关注，大家辛苦了; 欢迎各位…) and
#: signposts (下面，我讲两点意见): said to the room, never news.
COURTESY_RE = re.compile(
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


def basis_only(sentence: str) -> bool:
    """Whether ``sentence`` is only a basis, ended by a full stop before the statement it
    leads into (根据《…条例》的要求。11月25日，…)."""
    if _BASIS_FIELD_RE.match(sentence):
        return True  # 依据：…法第21条。: a notice's field that names its legal basis
    return bool(
        BASIS_RE.match(sentence)
        and first_clause_end(sentence) is None
        and _BASIS_ONLY_RE.search(sentence)
    )


#: A note under a table or a report (注：…, 备注：…, 说明：…), or one that only points to an
#: attachment (具体分配见附件。, 详见附件2。).
NOTE_RE = re.compile(
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


#: …or a longer one that ends on the verb of saying, its quote before it.
_SAID_AT_END_RE = re.compile(r"(?:地|道|高兴|激动|笑着|感慨|坦言)(?:说|表示)道?[。.！!]?$")


#: A sentence that is a quote alone, its speaker unnamed: “骑起来真是很轻很方便!”, 「好吃!」.
#: A short one is a remark for colour; a long one may tell what happened.
_QUOTE_ONLY_RE = re.compile(r"(?:“[^“”]+”|「[^「」]+」|\"[^\"]+\")[。.！!？?]?")


#: A sentence that only says who attended: 副市长王强、张红等出席会议。, 市直有关部门负责同志
#: 参加会议。, 各县区分管负责同志列席。, …相关负责人出席发布会并回答记者提问。
_ATTENDANCE_ONLY_RE = re.compile(
    r"[^，,。；;\d]{2,44}(?:出席|参加|列席|参会)(?:了)?"
    r"(?:会议|活动|仪式|座谈会|(?:新闻)?发布会)?(?:并(?:讲话|致辞|回答记者提问|答记者问))?[。.]?"
)
#: …as long as a sentence that names who attended may be.
ATTENDANCE_MAX = 50


#: A minute that only says which report a meeting heard: 会议听取了全市防汛工作情况汇报.
_HEARD_REPORT_RE = re.compile(
    r"^[^，,。]{0,8}(?:听取|聽取)了?[^，,。]{2,30}(?:汇报|匯報|报告|報告)[。.]?$"
)


#: A meeting report's stock last line: 会议还研究了其他事项。, 会议还审议了其他议题。
_OTHER_MATTERS_RE = re.compile(
    r"^[^，,。]{0,8}(?:还|也)?(?:研究|审议|讨论|研究讨论)了?(?:其他|其它)(?:事项|工作|议题)[。.]?$"
)


def boilerplate_penalty(sentence: str) -> float:
    """0 for ordinary content; up to 1 for bylines, captions, credits and other furniture."""
    n = visible_len(sentence)
    han = han_count(sentence)
    penalty = 0.0
    if META_RE.match(sentence) or FORMULA_RE.search(sentence) or COURTESY_RE.search(sentence):
        return 1.0
    if basis_only(sentence):
        return 1.0  # 根据《…》的要求。: a basis cut off from its statement by a full stop
    if NOTE_RE.match(sentence):
        return 1.0  # 注：价格为城区3个农贸市场均价。: a note on how to read the report
    if n < 8 or han < 6:
        penalty += 0.8
    if _ATTRIBUTION_ONLY_RE.fullmatch(sentence) or (
        _SAID_AT_END_RE.search(sentence) and not re.search(r"[：:“「\"]", sentence)
    ):
        # 张三说。, 8月16日，在…病房，刚做完手术的村民向秋菊高兴地说。: who said a quote that
        # ended before it, without the quote
        return 1.0
    if n < ATTENDANCE_MAX and _ATTENDANCE_ONLY_RE.fullmatch(sentence):
        return 1.0  # 副市长王强、张红等出席会议。: who was there, not what was done
    if _POSTED_FOR_RE.match(sentence):
        return 1.0  # 自本公告发布之日起1个工作日。: how long the notice stays posted
    if _OTHER_MATTERS_RE.match(sentence):
        return 1.0  # 会议还研究了其他事项。: a meeting report's stock last line
    if _HEARD_REPORT_RE.match(sentence) and not AMOUNT_RE.search(sentence):
        return 1.0  # 会议听取了…工作情况汇报。: what the report said is the news
    if re.fullmatch(r"[（(【\[].*[）)】\]][。.]?", sentence):
        return 1.0  # a bracketed aside such as （此件公开发布）
    field = (
        WHEN_WHERE_RE.match(sentence)
        or SUM_FIELD_RE.match(sentence)
        or WINNER_FIELD_RE.match(sentence)
    )
    if (
        n < 40
        and not ends_sentence(sentence, TERMINATED_BY)
        and not field
        and not _states_with_semicolon(sentence)
    ):
        penalty += 0.8  # an unterminated short line is a heading, a caption or a table row
    # a figure or a date part counts as one word: 报名时间：2031年3月1日9:00至3月10日17:00 is
    # a statement, 15172.500 103655.000 a table row
    runs = re.findall(r"\d+(?:[.:：]\d+)*", sentence)
    if han + len(runs) < 0.4 * (n - sum(map(len, runs)) + len(runs)):
        penalty += 0.6  # mostly digits and codes: a table row or a reference, not a statement
    hits = sum(1 for w in BOILERPLATE_WORDS if w in sentence)
    if hits == 1 and BYLINE_WORD_RE.search(sentence) and (n >= 40 or AMOUNT_RE.search(sentence)):
        # 3068名中外记者前来采访报道…, 外国记者来自134个国家: a statement about reporters,
        # not a credit
        hits = 0
    if hits:
        # a long sentence that merely mentions "记者" is still content; a short one is a byline
        penalty += min(0.9, 0.35 * hits * (40 / max(n, 40)) ** 0.5 + (0.3 if n < 30 else 0.0))
    if re.search(r"[<＜][A-Za-z]+[>＞]", sentence):
        penalty += 0.05
    if sentence.rstrip().endswith(("：", ":")):
        said = comma_clauses(sentence.rstrip()[:-1])[-1]
        if REPORTING_CLAUSE_RE.match(said) or WARNS_RE.match(said):
            return 1.0  # 市交警支队提醒广大驾驶人：: who tells, what they tell still to come
        penalty += 0.3  # an announcement of what follows, not a statement
    if n < 24 and _QUOTE_ONLY_RE.fullmatch(sentence) and not re.search(r"\d", sentence):
        return 1.0  # “骑起来真是很轻很方便!”: a remark that opens a story, not its news
    if sentence.startswith(("“", '"', "「")) and not sentence.startswith(("“”",)):
        penalty += 0.1  # a quote out of context
    if sentence.endswith(("？", "?")):
        return 1.0  # a question does not state a key point: its answer does
    verdicts = len(_GENERIC_RE.findall(sentence))
    if (n < 40 and not re.search(r"\d", sentence) and verdicts) or (
        verdicts >= 2 and not AMOUNT_RE.search(sentence)
    ):
        penalty += WEIGHTS["generic"]  # 形势总体稳定, 呈现出良好态势: says how, not what
    elif not re.search(r"\d", sentence) and _AIM_RE.match(sentence):
        penalty += WEIGHTS["generic"]  # 通过实施…，培养造就…: what a plan hopes for
    if _FORMULA_RE.search(sentence):
        penalty += WEIGHTS["generic"]  # 本通告自发布之日起施行: the form, not the news
    return min(penalty, 1.0)


#: The set formulas of official writing, the same in every such text: what a warning
#: signal means (橙色预警信号含义：…), when a notice takes effect (本通告自发布之日起施行),
#: what the honoured are urged to do (希望受到表彰的…珍惜荣誉), when the next bulletin comes
#: (将于9月3日16时发布下一期警报).
_FORMULA_RE = re.compile(
    r"(?:信号|預警|预警)(?:含义|含義|标准|標準)\s*[:：]"
    r"|自(?:公布|发布|印发|發布|公佈)之日起(?:施行|实施|执行|生效)"
    r"|^希望(?:受到表彰|受表彰|获奖)的"
    r"|发布下一(?:期|次)|發布下一(?:期|次)"
)


def _when_due(text: str, title: str = "") -> bool:
    """Whether ``text`` says when something takes effect, is due or is held: a notice's
    field of when (会议时间：3月12日上午9:00，会议地点：…) says when its event is held, and
    so does a bare 时间： under a headline that calls a meeting (关于召开…会议的通知)."""
    return bool(
        DUE_RE.search(text)
        or HELD_RE.search(text)
        or HELD_ON_RE.match(text)
        or (HELD_RE.search(title) and BARE_TIME_FIELD_RE.match(text))
    )


#: A sentence that gives a part of a total said before it (其中：…, 其中，…), or its parts
#: by kind (分经济类型看，…; 按经营单位所在地分，…; 分产业看，…).
PART_RE = re.compile(r"其中\s*[：:，,]?|(?:分|按)[^，,。：:]{1,12}(?:看|分|来看)\s*[，,：:]")


#: A figure that sums a whole (粮食总产量46695吨, 社会消费品零售总额86亿元): what a listener
#: keeps of a statistics release, ahead of one sector's figure.
_TOTAL_RE = re.compile(
    r"([^，,。；;：:]*)总(?:产量|产值|收入|人口|面积|规模|支出|金额|额|量|值)"
    r"(?:为|达到?|是|完成|共计)?约?\d"
)


def _states_total(text: str) -> bool:
    """Whether ``text`` gives a total; an average (人均地区生产总值为19967元) is none."""
    return any("均" not in m.group(1) for m in _TOTAL_RE.finditer(text))


#: How long a notice itself stays posted: 自本公告发布之日起1个工作日, 公示期：自本公示发布之日
#: 起5个工作日. Every such notice says it; what it announces is the news.
_POSTED_FOR_RE = re.compile(
    r"^\s*(?:公告期限?|公示期限?)?\s*[：:]?\s*自本(?:公告|公示|通知)(?:发布|刊登|公布|发出)之日起"
    r"[^，,。；;]{0,12}[。.]?$"
)


def _names_award(sentence: str) -> bool:
    """Whether a line of a tender's result names who won it or the sum it was won for."""
    return bool(WINNER_FIELD_RE.match(sentence) or SUM_FIELD_RE.match(sentence))


def sentence_scores(title: str, cands: Sequence[Candidate]) -> list[float]:
    grams = [Counter(char_bigrams(c.text)) for c in cands]
    doc = Counter[str]()
    for g in grams:
        doc.update(set(g))
    title_grams = set(char_bigrams(title))
    n_sent = len(cands)
    # an official document's figures and dates come after its purpose and basis
    document = bool(DOCUMENT_TITLE_RE.search(title.strip()))
    facts_weight = WEIGHTS["document_facts" if document else "facts"]
    # a forecast's news is what it expects (预计7月份…偏重发生), not what came before
    forecast = bool(FORECAST_TITLE_RE.search(title))
    # a tender's result is who won it and for how much, though both are written as fields
    awarded = bool(RESULT_TITLE_RE.search(title))
    scores: list[float] = []
    for c, g in zip(cands, grams, strict=True):
        distinct = set(g)
        # how many *other* sentences share each bigram, averaged (log-damped)
        shared = sum(math.log1p(doc[b] - 1) for b in distinct) / len(distinct) if distinct else 0.0
        centrality = shared / math.log1p(max(n_sent, 2))
        position = 1.0 / (1.0 + WEIGHTS["decay"] * c.index)
        title_overlap = len(distinct & title_grams) / len(title_grams) if title_grams else 0.0
        # a figure, or where an event is held (地点：青川市科技创新中心)
        facts = (1.0 if NUMBER_RE.search(c.text) or WHEN_WHERE_RE.match(c.text) else 0.0) * (
            facts_weight
        )
        amounts = min(len(AMOUNT_RE.findall(c.text)), 3) / 3
        score = (
            WEIGHTS["position"] * position
            + WEIGHTS["para_first"] * (1.0 if c.first_in_para else 0.0)
            + WEIGHTS["centrality"] * centrality
            + WEIGHTS["title"] * title_overlap
            + facts
            + WEIGHTS["amounts"] * amounts
            - WEIGHTS["boilerplate"] * boilerplate_penalty(c.text)
            - WEIGHTS["continuation"] * (1.0 if c.after_semicolon else 0.0)
            # 其中：第一产业增加值…: a part of the total said before it, not a fact of its own
            - WEIGHTS["part"] * (1.0 if PART_RE.match(c.text) else 0.0)
            - WEIGHTS["inside_item"] * (1.0 if c.inside_item else 0.0)
            - WEIGHTS["preamble"] * (1.0 if BASIS_RE.match(c.text) else 0.0)
            + WEIGHTS["when_due"] * (1.0 if _when_due(c.text, title) and facts else 0.0)
            + WEIGHTS["forecast"] * (1.0 if forecast and EXPECTS_RE.search(c.text) else 0.0)
            + WEIGHTS["finding"] * (1.0 if FINDING_RE.search(c.text) else 0.0)
            + WEIGHTS["total"] * (1.0 if facts and _states_total(c.text) else 0.0)
            + WEIGHTS["award"] * (1.0 if awarded and _names_award(c.text) else 0.0)
        )
        scores.append(score)
    return scores
