"""Tests for the intro's key points: extractive, short, deterministic, in report order."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from shared_data import corpus_files

from audiobulletin.summary import HARD_CAP_CHARS, key_points, visible_len

REPO = Path(__file__).resolve().parent.parent

# Invented articles: (title, paragraphs, sentences that must not be chosen)
ARTICLES = [
    (
        "城南新建三座公园",
        [
            "本报讯（记者 李明）城南区今年将新建三座社区公园，总面积约12公顷。",
            "区园林局表示，三座公园将于10月底前完工，并向市民免费开放。",
            "公园内将设置健身步道、儿童游乐区和休息亭。",
            "责任编辑：王芳",
        ],
        ["责任编辑：王芳"],
    ),
    (
        "全市一季度经济运行情况",
        [
            "文章来源：市统计局     发布时间：2024-04-18",
            "一季度，全市地区生产总值同比增长5.6%，增速比上年全年加快0.4个百分点。",
            "规模以上工业增加值增长7.1%；社会消费品零售总额增长4.8%。",
            "总体看，全市经济运行开局良好，主要指标稳中有进。",
            "（此件公开发布）",
        ],
        ["文章来源：市统计局     发布时间：2024-04-18", "（此件公开发布）"],
    ),
    (
        "关于做好防汛工作的通知",
        [
            "各区、各有关单位：",
            "根据气象部门预测，今年汛期我市降水偏多，局地可能出现极端强降雨，防汛形势严峻。",
            "一、压实防汛责任。各区要落实防汛行政首长负责制，明确责任人并向社会公布。",
            "二、加强隐患排查。对易涝点、地质灾害隐患点逐一检查，发现问题立即整改。",
            "图为去年汛期抢险现场。摄影 张三",
        ],
        ["各区、各有关单位：", "图为去年汛期抢险现场。"],
    ),
    (
        "",
        [
            "新华社北京3月5日电 十四届全国人大二次会议5日上午在人民大会堂开幕，"
            "国务院总理作政府工作报告，提出今年国内生产总值增长预期目标为5%左右。"
            "报告说，过去一年经济总体回升向好，高质量发展扎实推进。"
            "会议应出席代表2977人，出席2929人，缺席48人，出席人数符合法定人数。"
        ],
        [],
    ),
    (
        "长句测试",
        [
            "今年以来，我市围绕稳增长、调结构、惠民生、防风险等重点任务，统筹推进疫情防控和"
            "经济社会发展，加快建设现代化产业体系，持续优化营商环境，深化重点领域改革，"
            "扩大高水平对外开放，着力保障和改善民生，全市经济社会发展保持总体平稳、稳中有进"
            "的良好态势，各项主要经济指标好于预期，为完成全年目标任务打下了坚实基础。",
        ],
        [],
    ),
]


def _ids() -> list[str]:
    return [a[0] or "untitled" for a in ARTICLES]


@pytest.mark.parametrize(("title", "paragraphs", "avoid"), ARTICLES, ids=_ids())
def test_key_points_rules(title: str, paragraphs: list[str], avoid: list[str]) -> None:
    points = key_points(title, paragraphs)
    assert points, "an article with content yields key points"
    assert len(points) <= 3
    assert sum(visible_len(p) for p in points) <= 120
    # verbatim: every point is a substring of one paragraph
    for p in points:
        assert any(p in para for para in paragraphs), p
    # report order, no repeats
    positions = [
        next(i * 10_000 + para.index(p) for i, para in enumerate(paragraphs) if p in para)
        for p in points
    ]
    assert positions == sorted(positions)
    assert len(set(points)) == len(points)
    # furniture is avoided
    for bad in avoid:
        assert all(bad not in p and p not in bad for p in points), bad
    # deterministic
    assert key_points(title, paragraphs) == points


def test_dateline_and_list_marker_are_cut_off() -> None:
    points = key_points("防汛", ARTICLES[2][1] + ["1、各单位要在6月1日前完成物资储备。"])
    assert not any(re.match(r"^[一二三四五六七八九十\d]+、", p) for p in points)
    news = key_points("", ARTICLES[3][1])
    assert news[0].startswith("十四届全国人大二次会议5日上午在人民大会堂开幕")


def test_long_sentence_is_cut_at_a_comma() -> None:
    points = key_points("长句测试", ARTICLES[4][1], max_chars=60)
    assert len(points) == 1
    assert visible_len(points[0]) <= 60
    # the head of the sentence, after the clause that only says when (今年以来，)
    assert ARTICLES[4][1][0].startswith("今年以来，" + points[0])
    assert not points[0].endswith(("，", "、"))


@pytest.mark.parametrize("lead", ["日前，", "记者从市水务局了解到，", "据介绍，", "近日，"])
def test_a_clause_that_only_says_when_or_how_is_not_a_key_point(lead: str) -> None:
    fact = "城南新建的三座公园已全部向市民开放，共新增绿地四十二公顷。"
    points = key_points("城南公园开放", [lead + fact])
    assert points == [fact]


@pytest.mark.parametrize(
    "enacting",
    [
        "根据《青川县城市绿化条例》的规定，制定本办法。",
        "结合我市实际情况，制定我市城区绿地养护管理实施方案。",
    ],
)
def test_the_clause_that_enacts_a_rule_is_not_a_key_point(enacting: str) -> None:
    fact = "城区公园绿地由区园林部门统一养护，每年投入养护资金三百万元。"
    points = key_points("青川县城区绿地养护管理办法", [enacting + fact])
    assert points == [fact]


@pytest.mark.parametrize(
    ("formula", "news"),
    [
        (
            "现将《青川县城区绿地养护管理办法》印发给你们，请认真贯彻执行，"
            "原2019年印发的《青川县城区绿化管理暂行办法》同时废止。",
            "原2019年印发的《青川县城区绿化管理暂行办法》同时废止。",
        ),
        (
            "现将《青川县城区绿地养护管理办法》印发给你们，自2032年1月1日起施行。",
            "自2032年1月1日起施行。",
        ),
        ("现将《青川县城区绿地养护管理办法》印发给你们，请认真贯彻执行。", None),
    ],
    ids=["repeal", "in-force", "formula-only"],
)
def test_a_covering_formula_gives_only_what_it_repeals_or_when_it_takes_effect(
    formula: str, news: str | None
) -> None:
    fact = "城区公园绿地由区园林部门统一养护，每年投入养护资金三百万元。"
    points = key_points("青川县人民政府关于印发城区绿地养护管理办法的通知", [formula, fact])
    assert (news or fact) in points
    assert not any("印发给你们" in p or "贯彻执行" in p for p in points)


def test_budget_options_and_hard_cap() -> None:
    paragraphs = ARTICLES[1][1]
    assert len(key_points("", paragraphs, max_sentences=1)) == 1
    assert key_points("", paragraphs, max_sentences=0) == []
    assert sum(visible_len(p) for p in key_points("", paragraphs, max_chars=500)) <= HARD_CAP_CHARS
    assert key_points("标题", []) == []
    assert key_points("标题", ["", "   "]) == []


_corpus_files = corpus_files


def _title_and_paragraphs(text: str) -> tuple[str, list[str]]:
    """Use the real parser when it exists, else title = first line, paragraphs = the rest."""
    try:
        from audiobulletin.document import parse  # type: ignore[attr-defined]

        doc = parse(text)
    except (ImportError, NotImplementedError):
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        return lines[0], lines[1:]
    paragraphs = [b.text for ch in doc.chapters for b in ch.blocks if b.kind == "paragraph"]
    return doc.title, paragraphs


@pytest.mark.corpus
@pytest.mark.parametrize("path", _corpus_files(), ids=lambda p: p.stem)
def test_corpus_key_points_are_verbatim(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    title, paragraphs = _title_and_paragraphs(text)
    points = key_points(title, paragraphs)
    assert points, path.name
    assert len(points) <= 3
    assert sum(visible_len(p) for p in points) <= HARD_CAP_CHARS
    # Verbatim from the report as parsed (indentation and alignment spaces already cleaned),
    # less a note that points to an attachment (（附件1）) or a gloss (（以下简称…）)
    from audiobulletin.summary.candidates import without_notes

    paragraphs = [without_notes(paragraph) for paragraph in paragraphs]
    for p in points:
        # a list it announces may be shortened to its first items and 等
        # and stock clauses cut off: the sentence's full stop then follows what is left;
        # a list a word sums up keeps its first two items; a head cut to fit may take
        # the later clause that holds the sentence's figure
        p = p.removesuffix("等") if p not in "".join(paragraphs) else p
        p = p.rstrip("。") if p not in "".join(paragraphs) else p
        parts = re.split(r"等|，", p) if p not in "".join(paragraphs) else [p]
        for part in parts:
            assert any(part in paragraph for paragraph in paragraphs), p


def test_corpus_present_or_skipped() -> None:
    if not _corpus_files():
        pytest.skip("corpus not found; set AUDIOBULLETIN_CORPUS")
    assert len(_corpus_files()) == 24


def test_a_purpose_over_several_clauses_is_cut_where_the_statement_starts() -> None:
    sentence = (
        "为确保今年新生及时办好入学手续，顺利、按时领取学年助学金和各类奖学金，"
        "现启动助学金申请材料核对工作。"
    )
    points = key_points("助学金材料核对", [sentence], max_chars=30)
    assert points == ["现启动助学金申请材料核对工作。"]


def test_when_a_rule_takes_effect_is_a_key_point_of_the_notice() -> None:
    paragraphs = [
        "城区公园绿地由区园林部门统一养护，养护标准按照绿地等级分别确定。",
        "养护单位应当建立巡查制度，发现树木倒伏、设施损坏的，及时处理。",
        "区园林部门每季度对养护质量进行考核，考核结果向社会公布。",
        "养护经费列入区级财政预算，专款专用，不得挪作他用。",
        "本办法自2032年1月1日起施行。",
    ]
    points = key_points("青川县城区绿地养护管理办法", paragraphs, max_chars=80)
    assert "本办法自2032年1月1日起施行。" in points


@pytest.mark.parametrize(
    ("sentence", "point"),
    [
        pytest.param(
            "根据《青川市节约用水条例》的规定，经市水务局初审、市节水办复核，市政府批准，"
            "授予城南自来水厂等十二家单位节水模范单位称号。",
            "市政府批准，授予城南自来水厂等十二家单位节水模范单位称号。",
            id="basis-and-procedure",
        ),
        pytest.param(
            "为表彰先进，弘扬节水新风尚，营造全社会节约用水的良好氛围，青川市政府决定，"
            "对城南自来水厂等十二家单位给予通报表扬。",
            "青川市政府决定，对城南自来水厂等十二家单位给予通报表扬。",
            id="purpose-until-an-office-decides",
        ),
        pytest.param(
            "面对连续强降雨带来的巨大压力，在市委、市政府的统一领导下，"
            "全市干部群众连续奋战七昼夜，转移安置群众一万二千人。",
            "全市干部群众连续奋战七昼夜，转移安置群众一万二千人。",
            id="scene",
        ),
    ],
)
def test_what_comes_before_the_statement_is_not_read(sentence: str, point: str) -> None:
    assert key_points("青川市要闻", [sentence], max_chars=120) == [point]


@pytest.mark.parametrize(
    "sentence",
    [
        "经济运行稳中向好，全年地区生产总值增长百分之六点五，高于全省平均水平。",
        "为期三天的农业博览会昨日闭幕，现场签约项目四十二个，金额超过十亿元。",
    ],
)
def test_a_sentence_that_opens_with_a_statement_is_kept_whole(sentence: str) -> None:
    assert key_points("青川经济", [sentence], max_chars=120) == [sentence]


def test_a_clause_that_says_when_stays_in_the_key_point() -> None:
    sentence = "2031年5月，青川市在全省率先完成全部病险水库的除险加固工程，共计四十二座。"
    (point,) = key_points("青川市完成水库除险加固", [sentence], max_chars=120)
    assert point.startswith("2031年5月")


def test_a_cut_key_point_ends_where_a_colon_announces_the_rest() -> None:
    sentence = (
        "青川县气象台2031年7月3日10时发布暴雨黄色预警信号：受低涡切变影响，"
        "预计未来二十四小时内我县大部地区将出现暴雨，局部大暴雨，并伴有雷电和短时大风。"
    )
    (point,) = key_points("青川县发布暴雨黄色预警", [sentence], max_chars=40)
    assert point == "青川县气象台2031年7月3日10时发布暴雨黄色预警信号"


@pytest.mark.parametrize(
    "courtesy",
    [
        "发布会开始时，王明说，媒体的朋友们，感谢你们对青川发展的关注，大家辛苦了。",
        "女士们、先生们，欢迎各位来到青川市二〇三一年新闻发布会现场。",
        "下面，我讲两点意见。",
        "下面我就做好今年的工作谈三点看法。",
    ],
)
def test_a_speaker_s_courtesies_are_not_a_key_point(courtesy: str) -> None:
    fact = "青川市今年将新建改建农村公路三百公里，完成投资十二亿元。"
    points = key_points("青川市举行新闻发布会", [courtesy + fact, "发布会持续一个半小时。"])
    assert fact in points
    assert not any(w in p for p in points for w in ("感谢", "欢迎", "下面"))


def test_a_cut_never_ends_on_a_clause_that_leads_into_the_next() -> None:
    sentence = (
        "市地震局于2031年1月7日至11日召开年度地震趋势会商会，对今后几年，"
        "特别是2031年的地震趋势进行了系统的分析、研究和判定，并提出了防震减灾工作意见。"
    )
    (point,) = key_points("年度地震趋势会商", [sentence], max_chars=60)
    assert point == "市地震局于2031年1月7日至11日召开年度地震趋势会商会"


@pytest.mark.parametrize(
    "clause",
    [
        "对今后几年",
        "在市委市政府的坚强领导下",
        "与去年同期相比",
        "会议指出",
        "据统计",
        "从近年来水质监测的结果发现",  # what was found follows
        "對今後幾年",  # in Traditional characters too
        "本办法所称临时救助",  # the term a definition defines: 是指… follows
        "本周（11月9日-11月15日）",  # when: what was done in it follows
        "八大类中",  # the set that the figures after it are counted in
        # a span of time, an angle or how the figures were reckoned: the figures follow
        "前10个月",
        "国庆节假期7天",
        "未来三天",
        "从贸易方式看",
        "经文化和旅游部数据中心测算",
        # after what, and how soon: what happened follows
        "在恢复交易后",
        "短短6分钟",
        "仅用三天",
        # the set counted before what it is, how much work led to it, a forecast's when,
        # whose forecast: what was found, done or forecast follows
        "全市26个县控以上断面中",
        "专案组经过近两个月的缜密侦查",
        "预计5月14日夜里到17日",
        "据市环境监测中心与市气象台联合会商",
        # a dig or a study that led to what follows, the final it happened in, who forecasts
        "经过为期3年的考古发掘",
        "经研究决定",
        "14日晚进行的全省游泳锦标赛决赛中",
        "市环境监测中心预计",
    ],
)
def test_a_clause_that_only_leads_into_the_next_dangles(clause: str) -> None:
    from audiobulletin.summary.cuts import _dangles

    assert _dangles(clause)


@pytest.mark.parametrize(
    "clause",
    [
        "对此表示欢迎",
        "在青川市举行",
        "全市完成造林五万亩",
        "照案三读通过岁入预算追加12亿元",  # 通过 after 三读: passed, a verb
        "会议审议通过了年度预算报告",
        "今年以来全市新增就业1.2万人",
        "经市政府同意后实施",
        "仅用三天完成搬迁",
        "预计高温天气将持续至7月26日",
        "全市共有3个项目在建设中",
    ],
)
def test_a_clause_with_its_own_verb_does_not_dangle(clause: str) -> None:
    from audiobulletin.summary.cuts import _dangles

    assert not _dangles(clause)


def test_a_comma_that_groups_thousands_ends_no_clause() -> None:
    sentence = (
        "在本年度追加预算案方面，大会照案三读通过岁入追加12亿3,456万元，"
        "岁出追加11亿7,890万元，附加条件另案办理。"
    )
    from audiobulletin.summary.cuts import trim_to

    cuts = {trim_to(sentence, budget) for budget in range(20, 52)} - {None}
    assert cuts == {
        "在本年度追加预算案方面，大会照案三读通过岁入追加12亿3,456万元",
        "在本年度追加预算案方面，大会照案三读通过岁入追加12亿3,456万元，岁出追加11亿7,890万元",
    }, cuts


def test_an_announced_list_is_shortened_to_its_first_items_and_deng() -> None:
    sentence = (
        "据调查，当前全县水稻田发生的病虫害主要有：稻飞虱、稻纵卷叶螟、二化螟、三化螟、"
        "纹枯病、稻瘟病、细菌性条斑病和稻曲病。"
    )
    (point,) = key_points("水稻病虫发生预报", [sentence], max_chars=50)
    assert point == "当前全县水稻田发生的病虫害主要有：稻飞虱、稻纵卷叶螟、二化螟、三化螟等"


def test_a_list_that_carries_the_predicate_is_not_shortened() -> None:
    # the last "item" holds what is said of them all: cutting the list would drop it
    sentence = (
        "预计本月稻飞虱、稻纵卷叶螟、二化螟、三化螟、纹枯病和稻瘟病在全县大部稻区偏重发生，"
        "局部大发生，各地要及早做好防治准备。"
    )
    points = key_points("水稻病虫发生预报", [sentence], max_chars=40)
    assert not any(p.endswith("等") for p in points)


def test_an_announcement_is_never_a_key_point_without_what_it_announces() -> None:
    sentence = (
        "当前全县水稻田发生的病虫害主要有：稻飞虱，发生面积十二万亩；稻纵卷叶螟，发生面积"
        "八万亩；纹枯病，发生面积六万亩，均较去年同期明显偏重。"
    )
    points = key_points("水稻病虫发生预报", [sentence], max_chars=40)
    assert not any(p.endswith("主要有") for p in points)


def test_the_figures_between_stock_phrases_are_a_key_point() -> None:
    paragraph = (
        "5月10日至17日，青川市总工会组织全市各单位开展了“爱心助学”募捐活动。"
        "各单位领导高度重视，广大职工积极响应，短短一周时间，全市83个单位的5127人参加了募捐，"
        "共募集善款31万余元，比去年增长了12%，充分体现了全市职工扶贫济困的传统美德。"
    )
    points = key_points("青川市总工会开展爱心助学募捐活动", [paragraph], max_chars=100)
    assert "全市83个单位的5127人参加了募捐，共募集善款31万余元，比去年增长了12%。" in points
    assert not any("高度重视" in p or "充分体现" in p for p in points)


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        (
            "各乡镇高度重视，精心组织，全县共完成植树造林4.2万亩，为生态县建设奠定了坚实基础。",
            "全县共完成植树造林4.2万亩。",
        ),
        (
            "活动共吸引游客3.6万人次，实现旅游收入1200万元，受到了游客的一致好评。",
            "活动共吸引游客3.6万人次，实现旅游收入1200万元。",
        ),
        (
            "面对严峻复杂的外部环境，在县委、县政府的坚强领导下，全县完成固定资产投资86亿元。",
            "全县完成固定资产投资86亿元。",
        ),
        ("市政府高度重视。", "市政府高度重视。"),  # nothing is left without it: kept as it is
        # facing the press is when it was said, no stock circumstance
        (
            "面对记者时，王青山承认自己与家人关系紧张。",
            "面对记者时，王青山承认自己与家人关系紧张。",
        ),
        (  # a quote closed after the full stop keeps its own end
            "各乡镇高度重视，王青山说：“全县共完成植树造林4.2万亩。”",
            "王青山说：“全县共完成植树造林4.2万亩。”",
        ),
    ],
)
def test_stock_clauses_are_cut_off_a_sentence(sentence: str, kept: str) -> None:
    from audiobulletin.summary.cuts import without_stock

    assert without_stock(sentence) == kept


@pytest.mark.parametrize(("budget", "alone"), [(60, True), (100, False)])
def test_a_sentence_that_answers_the_one_before_drops_its_but_when_said_alone(
    budget: int, alone: bool
) -> None:
    paragraphs = [
        "今年以来，青川市各级各部门认真贯彻落实上级关于安全生产工作的决策部署，"
        "全市安全生产形势总体平稳。"
        "但道路交通事故仍时有发生，6月以来连续发生2起较大道路交通事故，共造成7人死亡、12人受伤。",
        "市安委会决定，即日起在全市开展为期三个月的道路交通安全专项整治行动。",
    ]
    points = key_points("青川市连续发生较大道路交通事故", paragraphs, max_chars=budget)
    fact = "道路交通事故仍时有发生，6月以来连续发生2起较大道路交通事故，共造成7人死亡、12人受伤。"
    # said after the sentence it answers, it keeps its 但; said alone, it answers nothing
    assert (fact if alone else "但" + fact) in points


def test_a_cut_is_never_made_inside_a_time_of_day_nor_after_a_time_clause() -> None:
    sentence = (
        "各乡镇收齐申报材料后，于6月30日17:00前将汇总表加盖公章后报送县农业农村局，"
        "电子版同时发送至指定邮箱，逾期不再受理，由此造成的后果由各乡镇自行承担。"
    )
    points = key_points("关于报送高标准农田建设申报材料的通知", [sentence], max_chars=50)
    assert not any(p.endswith(("17", "后", "前")) for p in points), points


@pytest.mark.parametrize("clause", ["各乡镇收齐申报材料后", "于6月30日17:00前", "会议期间"])
def test_a_time_clause_dangles(clause: str) -> None:
    from audiobulletin.summary.cuts import _dangles

    assert _dangles(clause)


@pytest.mark.parametrize(
    "clause",
    [
        "如遇上游来水偏多",
        "一旦发生险情",
        "若发现隐患",
        # …after when it may happen
        "入境后14天内如出现发热等症状",
        # how it was found out, the finding to come
        "经区疾控中心实验室检测",
        # whom it warns, what it tells them to come
        "区交警大队提醒广大驾驶人",
        "李医生提醒",
        # a day with its lunar day in brackets, what happened on it to come
        "2031年2月11日（农历正月初二）凌晨1时许",
    ],
)
def test_a_condition_dangles(clause: str) -> None:
    from audiobulletin.summary.cuts import _dangles

    assert _dangles(clause)  # what it is the condition of follows


@pytest.mark.parametrize("clause", ["全县经济发展相对落后", "全年任务提前完成", "若干问题已经解决"])
def test_a_statement_ending_in_a_word_of_time_does_not_dangle(clause: str) -> None:
    from audiobulletin.summary.cuts import _dangles

    assert not _dangles(clause)


def test_a_day_before_which_something_must_be_done_is_due() -> None:
    from audiobulletin.summary import DUE_RE

    assert DUE_RE.search("请各单位于6月30日17:00前将汇总表报送县农业农村局。")
    assert not DUE_RE.search("6月30日前期准备工作已经完成。")


def test_an_article_s_bracketed_label_is_not_read_as_part_of_a_key_point() -> None:
    paragraphs = [
        "第一条 （宗旨）为鼓励家庭困难、品学兼优的在校学生完成学业，青川市慈善总会设立本助学金。"
        "第二条 （名额和金额）本助学金每年资助学生200名，每人每年资助5000元。"
    ]
    points = key_points("青川市慈善总会助学金申请办法", paragraphs)
    assert points
    assert not any(p.startswith(("（", "(")) for p in points), points


def test_a_mention_of_a_time_is_not_a_due_date() -> None:
    from audiobulletin.summary import DUE_RE

    assert DUE_RE.search("报名时间：2031年3月1日至3月10日。")
    assert DUE_RE.search("培训时间定于6月10日至12日。")
    assert not DUE_RE.search("每个班总学时不少于100学时，其中理论培训与实践培训时间各占一半。")


def test_a_list_that_a_word_sums_up_keeps_its_first_two_items() -> None:
    sentence = (
        "6月3日，青川汽车制造有限公司、临河汽车销售服务有限公司、青溪新能源汽车有限公司、"
        "白石专用汽车有限公司等多家企业，向市市场监督管理局备案了召回计划。"
    )
    (point,) = key_points("多家企业备案召回计划", [sentence], max_chars=70)
    assert point == (
        "6月3日，青川汽车制造有限公司、临河汽车销售服务有限公司等多家企业，"
        "向市市场监督管理局备案了召回计划"
    )
    # where even two do not fit, the word that sums them up says who, the names later
    said = ["自即日起，召回部分进口柴油汽车，共计13954辆。"]
    (later,) = key_points("多家企业备案召回计划", [sentence], max_chars=40, after=said)
    assert later == "6月3日，多家企业，向市市场监督管理局备案了召回计划"


def test_a_figure_cut_short_keeps_how_much_it_changed_past_how_it_was_measured() -> None:
    sentence = (
        "初步核算，全年全市地区生产总值3,286.57亿元，按不变价格计算，比上年增长5.4%，"
        "增速比全省平均水平高0.6个百分点。"
    )
    (point,) = key_points("南屏市国民经济和社会发展统计公报", [sentence], max_chars=45)
    assert point.startswith("全年全市地区生产总值3,286.57亿元，比上年增长5.4%"), point
    assert "按不变价格计算" not in point


def test_a_sentence_is_never_cut_after_on_whose_behalf_it_was_done() -> None:
    sentence = (
        "6月26日上午9:00，受省长陈立衡委托，常务副省长范远主持召开省政府第52次常务会议，"
        "审议通过《南屏省低空经济发展三年行动方案》等文件。"
    )
    for room in (30, 40):
        points = key_points("范远主持召开省政府常务会议", [sentence], max_chars=room)
        assert not any(p.rstrip("。").endswith("委托") for p in points), points


def test_a_run_of_words_before_the_people_it_counts_is_no_list_to_shorten() -> None:
    # 生产、销售有毒、有害食品罪 is the charge; 对周某等5人 is whom it is brought against
    sentence = (
        "2031年4月，青川区人民检察院以生产、销售有毒、有害食品罪对周某等5人提起公诉，"
        "法院判处周某有期徒刑五年。"
    )
    (point,) = key_points("检察机关发布典型案例", [sentence], max_chars=40)
    assert "有毒、有害食品罪对周某等5人提起公诉" in point


def test_where_a_fact_can_be_seen_from_is_not_said_before_it() -> None:
    sentence = (
        "从报名参赛的队伍数量就可看出本届大赛的热度：截至目前，已有326支队伍报名参赛，"
        "比上届增加了41%。"
    )
    (point,) = key_points("青川市创新创业大赛报名火热", [sentence])
    assert point.startswith("已有326支队伍报名参赛")


def test_a_verdict_on_how_things_stand_gives_way_to_a_figure() -> None:
    paragraphs = [
        "2030年，全市经济运行稳中有进，总体平稳。"
        "全市经济发展呈现出稳中向好的良好态势。"
        "初步核算，全年地区生产总值2456亿元，比上年增长6.8%。"
        "全年粮食总产量52.6万吨，比上年增长1.2%。"
    ]
    points = key_points("2030年青川市国民经济和社会发展统计公报", paragraphs, max_chars=90)
    assert not any("良好态势" in p for p in points), points
    assert any("2456亿元" in p for p in points)


def test_a_year_summed_up_in_slogans_gives_way_to_its_figures() -> None:
    paragraphs = [
        "2030年，面对复杂多变的外部环境，在市委、市政府的坚强领导下，全市围绕到2035年基本"
        "实现现代化的目标，牢牢守住安全和生态两条底线，统筹做好稳增长、促改革、惠民生各项工作。",
        "初步核算，全年地区生产总值2456亿元，比上年增长6.8%。",
        "全年粮食总产量52.6万吨，比上年增长1.2%。",
    ]
    points = key_points("2030年青川市国民经济和社会发展统计公报", paragraphs, max_chars=90)
    assert not any("底线" in p for p in points), points
    assert any("2456亿元" in p for p in points) and any("52.6万吨" in p for p in points)


@pytest.mark.parametrize(
    ("sentence", "stock"),
    [
        ("政府及相关部门按照职责做好防暴雨应急工作。", True),  # every warning's defence guide
        ("有关部门和单位按职责做好防雾工作。", True),
        ("切断有危险的室外电源，暂停户外作业。", False),
    ],
)
def test_a_warning_s_stock_defence_line_weighs_less(sentence: str, stock: bool) -> None:
    from audiobulletin.summary.scores import boilerplate_penalty

    assert (boilerplate_penalty(sentence) > 0) is stock


@pytest.mark.parametrize("sentence", ["王青山说。", "他补充道。", "市民李明感慨。"])
def test_who_said_a_quote_is_no_key_point_without_the_quote(sentence: str) -> None:
    from audiobulletin.summary.scores import boilerplate_penalty

    assert boilerplate_penalty(sentence) == 1.0


def test_who_approved_it_is_not_said_before_what_was_granted() -> None:
    sentence = "市政府批准并报请省政府同意，授予王青山、李明两位同志青川市科学技术突出贡献奖；"
    (point,) = key_points("青川市科学技术奖励的决定", [sentence])
    assert point.startswith("授予王青山、李明两位同志")


def test_a_statement_that_counts_reporters_is_content_not_a_byline() -> None:
    paragraphs = [
        "青川国际茶博会开幕在即，这场一年一度的盛会成为外界观察青川的窗口。",
        "茶博会新闻中心里，各国记者忙着发稿。",
        "截至昨天，已有1260名中外记者报名采访本届茶博会，其中外国记者达到410人，比上届增加了15%。",
        "（记者 王青山）",
    ]
    points = key_points("青川国际茶博会新闻中心见闻", paragraphs, max_chars=120)
    assert any("1260名中外记者" in p for p in points), points


@pytest.mark.parametrize(
    "sentence", ["外国记者来自86个国家，比上届增加12%。", "境外记者共有410名。"]
)
def test_a_short_count_of_reporters_is_content_not_a_byline(sentence: str) -> None:
    from audiobulletin.summary.scores import boilerplate_penalty

    assert boilerplate_penalty(sentence) < 0.5


@pytest.mark.parametrize("byline", ["本报记者 王青山 李明", "（记者 王青山）"])
def test_a_byline_still_weighs_as_one(byline: str) -> None:
    from audiobulletin.summary.scores import boilerplate_penalty

    assert boilerplate_penalty(byline) >= 0.5


def test_a_short_remark_that_opens_a_story_is_not_a_key_point() -> None:
    paragraphs = [
        "“这茶喝起来真是又香又甜!”在体验区里,肯尼亚记者奥马尔与同行争相品尝青川绿茶。",
        "得知青川茶叶正在向非洲出口,奥马尔非常兴奋。",
        "青川国际茶博会开幕在即,一年一度的盛会成为外界了解青川的窗口。",
        "截至目前,已有560家企业报名参展,其中外国企业达到120家;外国企业来自32个国家。",
    ]
    points = key_points("香飘四海——来自茶博会的观察", paragraphs, max_chars=80, max_sentences=3)
    assert not any(p.startswith("“这茶") for p in points), points
    assert any("560家企业" in p for p in points), points


def test_a_long_quote_that_tells_what_happened_may_still_be_a_key_point() -> None:
    from audiobulletin.summary.scores import boilerplate_penalty

    quote = "“我家的两间老房子去年被开发商强拆了，屋里的家具和存款都不知去向。”"
    assert boilerplate_penalty(quote) < 1.0


@pytest.mark.parametrize("clause", ["在市民中心一楼的办事大厅里", "在青川港的码头里"])
def test_a_clause_that_only_says_where_or_within_what_sets_the_scene(clause: str) -> None:
    from audiobulletin.zh import SCENE_CLAUSE_RE

    assert SCENE_CLAUSE_RE.match(clause)


def test_a_stock_claim_of_doing_the_work_well_weighs_less_than_what_was_done() -> None:
    paragraphs = [
        "全县扎实做好各项秋收秋种工作，确保颗粒归仓。",
        "县农业农村局组织农机1200台投入抢收，已收获玉米18.6万亩，占总面积的82%。",
    ]
    (point,) = key_points("全县秋收进展顺利", paragraphs, max_chars=45, max_sentences=1)
    assert "1200台" in point


def test_a_document_s_figures_outweigh_its_exhortation_where_a_story_s_lead_does_not() -> None:
    paragraphs = [
        "各乡镇、各有关部门要高度重视，加强组织领导，层层压实责任，确保取得实效。",
        "全县今年计划收购秋粮12万吨，设置收购网点36个，收购时间为10月1日至12月31日。",
    ]
    notice = "青川县人民政府关于做好2031年秋粮收购工作的通知"
    (point,) = key_points(notice, paragraphs, max_sentences=1, max_chars=60)
    assert "12万吨" in point
    (lead,) = key_points("青川县秋粮收购工作启动", paragraphs, max_sentences=1, max_chars=60)
    assert "12万吨" not in lead  # a story's first sentence leads it


@pytest.mark.parametrize(
    ("title", "document"),
    [
        ("青川县人民政府关于做好2031年秋粮收购工作的通知", True),
        ("青川市城乡居民临时救助暂行办法", True),
        ("2031年全县国民经济和社会发展统计公报", True),
        ("青川市第一中学宿舍楼改造工程招标公告", True),
        ("青川县秋粮收购工作启动", False),
        ("市长李明：今年再建十座水库", False),
    ],
)
def test_a_headline_naming_a_kind_of_document_marks_an_official_document(
    title: str, document: bool
) -> None:
    from audiobulletin.zh import DOCUMENT_TITLE_RE

    assert bool(DOCUMENT_TITLE_RE.search(title)) is document


def test_a_sentence_cut_to_fit_keeps_the_clause_that_holds_its_figure() -> None:
    sentence = (
        "青川港二期码头的经营权，由青川港务集团同青川市交通运输局签订特许经营协议，"
        "以公开招标的方式取得，经营期限自码头启用之日起至2061年6月30日止。"
    )
    (point,) = key_points("青川港二期码头经营权的批复", [sentence], max_chars=65)
    assert point.endswith("经营期限自码头启用之日起至2061年6月30日止"), point
    assert "签订特许经营协议" in point  # the head is as long as the figure leaves room for


def test_two_dates_that_read_alike_are_two_facts() -> None:
    paragraphs = [
        "报名时间：2031年3月25日9:00至5月10日24:00，共计47天。",
        "考试时间：2031年9月15日。",
    ]
    points = key_points("青川市2031年会计人员职业资格考试报名简章", paragraphs, max_chars=80)
    assert len(points) == 2, points


def test_a_point_that_says_the_same_figures_again_is_said_once() -> None:
    paragraphs = [
        "全县今年计划收购秋粮12万吨，设置收购网点36个。",
        "今年全县计划收购秋粮12万吨，共设置收购网点36个。",
    ]
    assert len(key_points("全县秋粮收购工作启动", paragraphs, max_chars=80)) == 1


def test_a_plan_s_aim_without_a_figure_weighs_less_than_what_it_will_do() -> None:
    paragraphs = [
        "通过实施新型职业农民培育工程，培养造就一大批懂技术、善经营、会管理的新型职业农民，"
        "使其成为乡村振兴的骨干力量。",
        "每年培训3000人，培训对象为45岁以下的种养大户和家庭农场主。",
    ]
    (point,) = key_points("青川县新型职业农民培育工程实施方案", paragraphs, max_sentences=1)
    assert point.startswith("每年培训3000人"), point


def test_an_item_s_lead_in_sub_head_gives_way_to_the_sentence_after_it() -> None:
    # 一是强化组织保障。… : the bold sub-head names the item; its first statement leads it
    paragraphs = [
        "一是强化组织保障。镇里抽调骨干成立工作专班，统筹协调全镇农田建设。"
        "专班每周召开一次例会，逐村通报进度，督促各村抓好落实。",
        "二是强化资金保障。全镇筹集资金300万元，全部用于农田水利设施建设。"
        "资金由镇财政所统一管理，专款专用，接受群众监督。",
        "三是强化技术指导。镇农技站派出技术员深入田间地头，现场指导群众科学施工。"
        "技术员每月汇总施工难题，报县农业农村局协调解决。",
    ]
    points = key_points("青山镇三举措推进农田建设", paragraphs, max_sentences=3, max_chars=120)
    assert "强化组织保障。" not in points
    assert "全镇筹集资金300万元，全部用于农田水利设施建设。" in points


def test_a_field_that_names_two_times_at_once_is_a_when_field() -> None:
    # 递交投标文件截止时间及开标时间：… is a deadline written as a field, not a table row
    paragraphs = [
        "青川市公共资源交易中心受青川市第一中学委托，对该校食堂改造工程进行公开招标，"
        "欢迎符合条件的投标人参加。",
        "项目预算：人民币86万元。",
        "投标人须具备建筑装修装饰工程专业承包二级及以上资质，并具有有效的安全生产许可证。",
        "本项目不接受联合体投标。",
        "投标文件递交截止时间及开标时间：2031年6月5日9:30",
    ]
    points = key_points("青川市第一中学食堂改造工程招标公告", paragraphs, max_chars=110)
    assert any("2031年6月5日" in p for p in points), points


def test_a_forecast_s_key_point_is_what_it_expects() -> None:
    # a forecast (…发生预报) opens with what came before; its news is what it expects
    paragraphs = [
        "5月青川市降雨偏多，平均气温偏高，田间湿度大，水稻病虫害发生趋重。",
        "据5月下旬调查，早稻稻飞虱平均百丛虫量860头，稻纵卷叶螟平均亩蛾量120头。",
        "预计6月份稻飞虱、稻纵卷叶螟偏重发生，纹枯病中等发生，稻瘟病在山区局部偏重发生，"
        "各地要密切关注病虫发生动态。",
        "防治稻飞虱可选用25%吡蚜酮可湿性粉剂每亩20克兑水喷雾。",
        "防治稻纵卷叶螟可选用20%氯虫苯甲酰胺悬浮剂每亩10毫升兑水喷雾。",
    ]
    points = key_points("青川市六月份水稻病虫发生预报", paragraphs, max_chars=90)
    assert any(p.startswith("预计6月份稻飞虱") for p in points), points
    # a story that is no forecast keeps what it reports
    story = key_points("青川市水稻长势良好", paragraphs, max_chars=90)
    assert not any(p.startswith("预计") for p in story), story


def test_a_forecast_s_window_for_control_is_a_date_to_act_on() -> None:
    # when to spray is what a grower must keep, however far down the forecast says it
    paragraphs = [
        "6月青川市降雨偏多，平均气温偏高，蔬菜病虫害发生趋重。",
        "预计7月份斜纹夜蛾、霜霉病偏重发生，黄曲条跳甲中等发生。",
        "斜纹夜蛾：偏重发生，白菜、芥菜平均百株活虫85头。",
        "黄曲条跳甲：中等发生，菜心、白菜平均百株成虫40头。",
        "霜霉病：偏重发生，黄瓜、丝瓜平均病叶率18%。",
        "斜纹夜蛾：可选用5%氟虫脲1000倍液喷雾。",
        "霜霉病：可选用72%霜脲锰锌600倍液喷雾。",
        "预测7月份斜纹夜蛾防治适期为7月10～15日。",
    ]
    points = key_points("青川市七月份蔬菜病虫发生预报", paragraphs, max_chars=70)
    assert any("防治适期为7月10～15日" in p for p in points), points


def test_what_an_inquiry_found_is_a_key_point_after_how_it_was_made() -> None:
    paragraphs = [
        "3月5日，青川县石门镇一处民房发生墙体开裂。",
        "县应急管理局接报后，会同自然资源局组织专家赶赴现场，走访了周边12户村民。",
        "专家组查看了房屋结构和周边地形，调阅了近期的降雨和施工记录。",
        "专家组认为，墙体开裂是相邻工地深挖地基所致，与降雨无关。",
        "目前，县住建局已责令该工地停工整改。",
    ]
    points = key_points("青川县石门镇民房墙体开裂情况", paragraphs, max_chars=60)
    assert points[1:] == ["专家组认为，墙体开裂是相邻工地深挖地基所致，与降雨无关。"], points


def test_points_that_follow_others_are_cut_only_where_the_cut_keeps_its_news() -> None:
    # the intro chooses again after its first points: each point it adds is a later one
    paragraphs = [
        "雄安新区起步区位于白洋淀以北区域，周边防洪工程包括千里堤、新安北堤、萍河左堤和赵王新河。",
        "防汛大检查共发现安全隐患8处，现已全部完成整改。",
    ]
    first = key_points("青川省全力做好防汛准备", paragraphs, max_chars=40)
    assert first[0].startswith("雄安新区起步区位于白洋淀以北区域"), first
    later = key_points(
        "青川省全力做好防汛准备", paragraphs, max_chars=40, after=["全省已进入汛期值班状态。"]
    )
    assert later == ["防汛大检查共发现安全隐患8处，现已全部完成整改。"], later


def test_how_it_was_found_is_cut_off_what_was_found() -> None:
    paragraphs = [
        "省、市、县进行了全面防汛大检查。",
        "通过检查，东城、西城两县共发现安全隐患9处，现已全部完成整改。",
    ]
    points = key_points("青川新区起步区安全度汛", paragraphs, max_chars=60)
    assert "东城、西城两县共发现安全隐患9处，现已全部完成整改。" in points, points


@pytest.mark.parametrize(
    ("cut", "title", "news"),
    [
        ("19-21日风力明显增大", "青川市发布寒潮蓝色预警", True),  # a day ahead, in a warning
        ("19-21日风力明显增大", "青川市风力发电站建成投产", False),
        ("全市共发现安全隐患8处", "青川市开展安全大检查", True),
    ],
)
def test_a_cut_keeps_its_news(cut: str, title: str, news: bool) -> None:
    from audiobulletin.summary import keeps_news

    assert keeps_news(cut, title) is news


def test_a_later_key_point_is_cut_to_fit_where_the_cut_keeps_its_figure() -> None:
    paragraphs = [
        "青川县水务局近日组织开展汛前安全大检查，重点检查水库、堤防和山洪灾害防治设施。",
        "全县共发现安全隐患15处，现已全部完成整改，检查组对32座水库的整改情况逐一进行了复核验收。",
        "检查组深入全县各乡镇，逐一查看工程运行和管护情况。",
    ]
    points = key_points("青川县开展汛前安全大检查", paragraphs, max_chars=70)
    assert points[1:] == ["全县共发现安全隐患15处，现已全部完成整改"], points


def test_a_basis_cut_off_by_a_full_stop_is_no_key_point_and_the_next_sentence_leads() -> None:
    # 根据《…》的要求。3月2日，…: the author ended the basis before its statement
    paragraphs = [
        "根据《青川市安全生产条例》的要求。3月2日，青川市应急管理局、交通运输局、住建局、"
        "水务局等多个部门，联合开展了春季安全生产大检查。",
        "检查组共检查企业126家，发现隐患58处，已责令限期整改。",
        "各部门将在4月底前完成复查。",
    ]
    points = key_points("青川市开展春季安全生产大检查", paragraphs, max_chars=100)
    assert not any(p.startswith("根据") for p in points), points
    assert points[0].startswith("3月2日"), points


def test_a_sentence_whose_clauses_all_frame_its_last_is_cut_to_subject_and_predicate() -> None:
    # 对照…，结合…，从…的角度，…: the adverbials between the subject and what it did go
    paragraphs = [
        "会上，12位村干部分别对照《村务公开工作规范》，结合本村实际，从群众监督的角度，"
        "逐条提出了村务公开工作中存在的不足。"
    ]
    (point,) = key_points("青川村召开村务公开专题会", paragraphs, max_chars=40, max_sentences=1)
    assert point == "12位村干部逐条提出了村务公开工作中存在的不足"


def test_a_clause_with_a_figure_states_and_is_not_cut_as_a_frame() -> None:
    # 各X可参照…开设5门课程，各Y还可…: two statements, each with its own subject
    paragraphs = [
        "各学习班可参照上述要求分别开设5门课程，各承办学校还可根据本地情况对课程进行调整。"
    ]
    points = key_points("青川县农民夜校工作方案", paragraphs, max_chars=40, max_sentences=1)
    assert "各学习班可各承办学校" not in "".join(points), points


def test_a_later_point_whose_list_is_shortened_still_says_all_it_reports() -> None:
    # the 等 of a summed list already says there are more: nothing the sentence reports is cut
    paragraphs = [
        "12月1日，青川县农业农村局、财政局、自然资源局、水利局、林业局等多个部门，"
        "向省农业农村厅报送了全年补贴发放情况。",
    ]
    later = key_points(
        "青川县耕地地力保护补贴发放",
        paragraphs,
        max_chars=45,
        after=["全县今年共发放补贴3.2亿元。"],
    )
    assert later == [
        "12月1日，青川县农业农村局、财政局等多个部门，向省农业农村厅报送了全年补贴发放情况"
    ]


def test_a_statement_ended_by_an_ascii_semicolon_is_a_key_point_a_list_row_is_not() -> None:
    # a report written with ASCII punctuation ends its statements with ; as well
    paragraphs = [
        "市政府决定,对在抗洪抢险中作出突出贡献的集体和个人给予表彰。",
        "授予青川县水务局等3个单位抗洪抢险先进集体称号;",
        "高一:语文、数学、英语、物理;",
        "希望受表彰的集体和个人珍惜荣誉,再接再厉。",
    ]
    points = key_points("青川市关于表彰抗洪抢险先进集体的决定", paragraphs, max_chars=80)
    assert "授予青川县水务局等3个单位抗洪抢险先进集体称号;" in points, points
    assert not any(p.startswith("高一") for p in points), points


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("每个班开设6门课程", True),
        ("派出8艘舰船、动用10颗卫星", True),
        ("未来48小时内气温明显下降", True),
        ("年满60岁的老人可免费乘车", True),
        ("会议于8时30分开始", False),  # a time of day is no amount
        ("两人在美国分别被判25年和22年", True),  # a span of years
        ("青川县2031年工作要点", False),  # a year is no amount
        ("上世纪90年代建成的老厂房", False),
        ("全校5年级学生参加", False),
        ("全县设置收购网点36个", True),
    ],
)
def test_a_count_of_things_a_span_or_an_age_is_a_figure(text: str, figure: bool) -> None:
    from audiobulletin.summary import states_figure_or_deadline

    assert states_figure_or_deadline(text) is figure


def test_a_later_point_never_says_again_what_a_point_before_it_said() -> None:
    # 8℃ and 8度 are one figure: the intro says it once
    said = ["受冷空气影响，未来48小时内青川市大部地区最低气温将下降8度以上。"]
    paragraphs = [
        "48小时内最低气温将要下降8℃以上。",
        "全市已启动防寒潮四级应急响应，共开放临时避寒场所36处。",
    ]
    later = key_points("青川市发布寒潮蓝色预警", paragraphs, max_chars=60, after=said)
    assert later == ["全市已启动防寒潮四级应急响应，共开放临时避寒场所36处。"], later


def test_a_later_point_far_below_the_best_is_chosen_only_where_it_holds_a_figure() -> None:
    # the room left after the first points goes to a figure or a date to act on, never to
    # a heading or a list of offices
    paragraphs = [
        "考试时间：第十二周（11月14日至16日）",
        "考试科目：",
        "高三年级教务处、政教处",
        "各学科组长负责审核试卷，命题教师11月5日下午5:00前把试卷电子稿交教务处。",
        "各科分值：语文、数学、英语满分均为150分，其余各科满分均为100分。",
    ]
    later = key_points(
        "青川中学期中考试安排", paragraphs, max_chars=70, after=["本学期期中考试由我校自主命题。"]
    )
    assert "高三年级教务处、政教处" not in later and "考试科目：" not in later, later
    assert any("11月5日下午5:00前" in point for point in later), later


def test_a_lone_first_point_is_joined_by_a_figure_far_below_it_but_never_by_a_heading() -> None:
    # a field's date outweighs the rest by far: the intro still gives the deadline after it
    paragraphs = [
        "考试时间：第十二周（11月14日至16日）",
        "考试科目：",
        "高三年级教务处、政教处",
        "各学科组长负责审核试卷，命题教师11月5日下午5:00前把试卷电子稿交教务处。",
    ]
    points = key_points("青川中学期中考试安排", paragraphs, max_chars=70)
    assert points == [
        "考试时间：第十二周（11月14日至16日）",
        "各学科组长负责审核试卷，命题教师11月5日下午5:00前把试卷电子稿交教务处。",
    ], points


def test_what_an_inquiry_found_is_said_without_the_basis_it_names_first() -> None:
    from audiobulletin.summary.cuts import trim_to

    sentence = (
        "专家组认为：根据现场调查，钻孔取样和地下水位监测资料的综合分析，墙体开裂是相邻工地"
        "深挖地基所致，与降雨无关。"
    )
    assert trim_to(sentence, 40) == "专家组认为，墙体开裂是相邻工地深挖地基所致，与降雨无关。"
    assert trim_to(sentence, 24) == "专家组认为，墙体开裂是相邻工地深挖地基所致"


def test_a_later_point_cut_to_what_an_inquiry_found_keeps_its_news() -> None:
    paragraphs = [
        "3月5日，青川县石门镇一处民房发生墙体开裂，县里随即组织专家赶赴现场调查。",
        "专家组认为：根据现场调查，钻孔取样和地下水位监测资料的综合分析，墙体开裂是相邻工地"
        "深挖地基所致，与降雨无关，周边房屋暂无安全隐患。",
    ]
    points = key_points("青川县石门镇民房墙体开裂情况", paragraphs, max_chars=70)
    assert len(points) == 2 and points[1].startswith("专家组认为，墙体开裂是"), points


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        (
            "各学院于9月3日17:00前将汇总表电子版发至邮箱jwc@example.edu.cn。",
            "各学院于9月3日17:00前将汇总表电子版发至邮箱。",
        ),
        (
            "报名表可从青川市人社局网站下载：https://rsj.example.gov.cn/bm",
            "报名表可从青川市人社局网站下载",
        ),
        # an address the sentence goes on after, or that is all it says, stays
        ("发至邮箱a@example.cn后电话确认。", "发至邮箱a@example.cn后电话确认。"),
        ("邮箱：a@example.cn", "邮箱：a@example.cn"),
    ],
)
def test_an_intro_point_does_not_spell_out_the_address_it_ends_on(sentence: str, said: str) -> None:
    from audiobulletin.summary.candidates import without_address

    assert without_address(sentence) == said


def test_a_key_point_cut_to_fit_does_not_end_on_an_address() -> None:
    paragraphs = [
        "各学院收齐材料后，于9月3日17:00前将《青川学院2031年新生信息汇总表》电子版发至邮箱"
        "jwc@example.edu.cn，纸质版加盖公章后报送教务处。"
    ]
    (point,) = key_points("关于报送2031年新生信息的通知", paragraphs, max_chars=70)
    assert "@" not in point and point.endswith("电子版发至邮箱"), point


def test_an_intro_point_leaves_out_a_note_that_points_to_an_attachment() -> None:
    paragraphs = ["请各单位于5月10日前将《青川县2031年春季造林统计表》（附件2）报县林业局。"]
    (point,) = key_points("关于报送2031年春季造林情况的通知", paragraphs, max_chars=60)
    assert point == "请各单位于5月10日前将《青川县2031年春季造林统计表》报县林业局。"


def test_a_later_point_with_its_news_said_whole_goes_before_a_close_one_cut_to_fit() -> None:
    lead = "青川县扎实做好各项防汛准备工作，确保县城安全度汛。"
    plan = "县水务局编制完成了《2031年青川县城区安全度汛方案》，已上报市防指。"
    paragraphs = [
        lead,
        plan,
        "县、乡、村进行了全面防汛大检查。通过检查，东城、西城2个乡共发现安全隐患9处，"
        "现已全部完成整改。",
        "对青川县上游3座中型及12座小型水库，精准预报，科学调度，如遇下游抢险，及时减少下泄"
        "流量，为抢险创造条件。",
    ]
    later = key_points(
        "青川县力保县城安全度汛", paragraphs, max_chars=37, skip=[lead], after=[plan]
    )
    assert later == ["东城、西城2个乡共发现安全隐患9处，现已全部完成整改。"], later


def test_a_covering_notice_with_nothing_else_tells_what_it_asks() -> None:
    paragraphs = [
        "《青川镇2031年防汛工作方案》已经镇党委同意，现印发给你们，请结合实际，认真组织实施。"
    ]
    title = "青川镇人民政府关于印发《青川镇2031年防汛工作方案》的通知"
    assert key_points(title, paragraphs) == ["通知要求结合实际，认真组织实施。"]


@pytest.mark.parametrize("request_", ["请遵照执行", "请认真贯彻执行", "请认真贯彻落实"])
def test_a_bare_request_to_carry_out_is_no_key_point(request_: str) -> None:
    paragraphs = [f"《青川镇2031年防汛工作方案》已经镇党委同意，现印发给你们，{request_}。"]
    title = "青川镇人民政府关于印发《青川镇2031年防汛工作方案》的通知"
    assert key_points(title, paragraphs) == []


def test_a_covering_notice_s_request_gives_way_to_the_news_it_carries() -> None:
    paragraphs = [
        "《青川镇防汛工作方案》已经镇党委同意，现印发给你们，请结合实际，认真组织实施。",
        "全镇今年将新建排涝泵站3座，储备防汛沙袋2万条。",
    ]
    title = "青川镇人民政府关于印发《青川镇防汛工作方案》的通知"
    assert key_points(title, paragraphs) == ["全镇今年将新建排涝泵站3座，储备防汛沙袋2万条。"]


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        (
            "急诊科：除夕至初六（即2月9日—2月15日）照常应诊。",
            "急诊科：除夕至初六照常应诊。",
        ),
        (
            "市政府决定成立青川市数字经济发展中心（以下简称“数字中心”），负责全市数据资源管理。",
            "市政府决定成立青川市数字经济发展中心，负责全市数据资源管理。",
        ),
    ],
)
def test_a_gloss_in_brackets_is_not_said_in_the_intro(sentence: str, said: str) -> None:
    assert key_points("青川市通知", [sentence]) == [said]


def test_a_sentence_said_already_is_skipped_though_its_gloss_is_not_said() -> None:
    sentence = "市政府决定对青川市防汛指挥部（以下简称指挥部）组成人员进行调整。"
    assert key_points("青川市防汛指挥部调整通知", [sentence], skip=[sentence]) == []


def test_a_part_of_a_total_said_before_gives_way_to_a_fact_of_its_own() -> None:
    paragraphs = [
        "2031年全市粮食总产量86.5万吨，比上年增长2.1%。其中，夏粮产量21.3万吨，增长1.8%。",
        "全年新建高标准农田12万亩，新增有效灌溉面积3.6万亩。",
    ]
    points = key_points("2031年青川市农业生产情况", paragraphs, max_sentences=2)
    assert points == [
        "2031年全市粮食总产量86.5万吨，比上年增长2.1%。",
        "全年新建高标准农田12万亩，新增有效灌溉面积3.6万亩。",
    ]


def test_a_speaker_s_turn_is_cut_like_any_sentence_after_who_speaks() -> None:
    from audiobulletin.summary.cuts import trim_to

    turn = "王青山：这次洪水中有1260户房屋受损，其中380户完全倒塌，群众的冷暖牵挂着市委市政府的心。"
    assert trim_to(turn, 24) == "王青山：这次洪水中有1260户房屋受损"
    # a field's label is no speaker: what it announces is not cut into
    field = "学时：每个培训班要有详细的教学计划，每天按6个学时计算，每班不少于100学时。"
    assert trim_to(field, 24) is None


def test_a_reporter_s_question_is_no_key_point() -> None:
    paragraphs = [
        "青川电视台记者：大家都在关心灾后重建的进展，群众的生活是否已经恢复正常？",
        "王青山：市政府已经启动了灾后重建机制，目前已有86支施工队进驻受灾村庄。",
    ]
    points = key_points("市长答记者问", paragraphs, max_chars=80)
    assert points == ["王青山：市政府已经启动了灾后重建机制，目前已有86支施工队进驻受灾村庄。"]


def test_an_explainer_s_question_is_no_key_point_its_answer_is() -> None:
    paragraphs = [
        "一、哪些人可以以灵活就业人员身份参保？",
        "年满16周岁、未参加职工基本养老保险的个体工商户和灵活就业人员，可在户籍地参保。",
        "二、缴费比例是多少？",
        "缴费基数在全省上年度平均工资的60%至300%之间自选，缴费比例为20%。",
    ]
    points = key_points("灵活就业人员参保政策问答", paragraphs, max_chars=120)
    assert points and not any(p.rstrip("。").endswith(("？", "?")) for p in points)
    assert not any("哪些人" in p or "是多少" in p for p in points)


def test_a_later_choice_does_not_say_again_a_sentence_said_cut() -> None:
    paragraphs = [
        "这次洪水中全市有1260户房屋受损，其中380户完全倒塌，群众的冷暖牵挂着市委市政府的心。",
        "市里还调拨了3.5亿元专项资金，用于受灾群众的住房重建。",
    ]
    said = ["这次洪水中全市有1260户房屋受损。"]
    points = key_points("市长答记者问", paragraphs, max_chars=45, after=said)
    assert points == ["市里还调拨了3.5亿元专项资金，用于受灾群众的住房重建。"]


def test_news_only_takes_only_a_point_with_a_figure_or_a_date() -> None:
    paragraphs = [
        "市政府高度重视灾后重建工作，要求各部门密切配合。",
        "全市已有86支施工队进驻受灾村庄。",
    ]
    assert key_points("灾后重建进展", paragraphs, max_sentences=1, news_only=True) == [
        "全市已有86支施工队进驻受灾村庄。"
    ]


@pytest.mark.parametrize(
    "part",
    [
        "分经济类型看，国有控股企业增加值增长4.2%，股份制企业增长7.1%。",
        "按经营单位所在地分，城镇消费品零售额728.6亿元，增长5.6%。",
        "其中，工业投资增长12.4%，基础设施投资下降2.1%。",
    ],
)
def test_a_part_does_not_lead_its_paragraph_when_its_total_was_said(part: str) -> None:
    total = "1-10月，全市规模以上工业增加值同比增长6.8%，增速比1-9月加快0.3个百分点。"
    paragraphs = [total + part, "1-10月，全市社会消费品零售总额856.3亿元，同比增长5.9%。"]
    points = key_points("2031年1-10月青川市经济运行情况", paragraphs, max_sentences=1, skip=[total])
    assert points == ["1-10月，全市社会消费品零售总额856.3亿元，同比增长5.9%。"]


@pytest.mark.parametrize(
    "basis", ["依據：資源回收再利用法第21條。", "依据：《青川市养犬管理条例》第十二条。"]
)
def test_a_notice_s_basis_field_is_no_key_point(basis: str) -> None:
    from audiobulletin.summary.scores import boilerplate_penalty

    assert boilerplate_penalty(basis) == 1.0


@pytest.mark.parametrize("clause", ["自中華民國120年7月1日生效", "自2031年7月1日起施行"])
def test_when_a_rule_takes_effect_is_a_clause_a_cut_keeps(clause: str) -> None:
    from audiobulletin.summary import figure_clause

    assert figure_clause(clause + "。") == clause


@pytest.mark.parametrize(
    "sentence",
    [
        "副市长王强、张红等出席会议。",
        "市直有关部门负责同志参加会议。",
        "省应急管理厅副厅长郑国栋、省煤矿安全监察局相关负责人出席发布会并回答记者提问。",
        "会议还研究了其他事项。",
        "会议还审议了其他议题。",
    ],
)
def test_who_attended_or_the_other_matters_of_a_meeting_are_no_key_point(sentence: str) -> None:
    from audiobulletin.summary.scores import boilerplate_penalty

    assert boilerplate_penalty(sentence) == 1.0


def test_what_a_meeting_decided_is_still_a_key_point() -> None:
    from audiobulletin.summary.scores import boilerplate_penalty

    assert boilerplate_penalty("会议审议并原则通过了《青川市重点项目投资计划》。") < 0.5


def test_a_forecast_s_day_and_its_part_is_a_figure_a_cut_keeps() -> None:
    from audiobulletin.summary import figure_clause

    rest = "强度逐渐加强，13日夜间到14日白天在我市沿海登陆的可能性较大。"
    assert figure_clause(rest) == "13日夜间到14日白天在我市沿海登陆的可能性较大"
    assert figure_clause("强度逐渐加强，随后在我市沿海登陆。") == ""


def test_the_host_s_words_at_a_press_conference_are_no_key_point() -> None:
    paragraphs = [
        "主持人：各位记者朋友，大家上午好！欢迎出席今天的新闻发布会。下面请王青山局长介绍情况。",
        "王青山：一季度，全市实现地区生产总值856.2亿元，同比增长6.1%。",
    ]
    points = key_points("一季度经济运行情况新闻发布会", paragraphs, max_chars=80)
    assert points == ["王青山：一季度，全市实现地区生产总值856.2亿元，同比增长6.1%。"]


def test_a_covering_notice_that_hands_over_funds_gives_their_sum_and_deadline() -> None:
    paragraphs = [
        "根据省财政厅有关文件精神，现将2031年耕地地力保护补贴资金下达给你们，共计3.26亿元，"
        "请于6月30日前足额发放到农户手中。具体分配见附件。"
    ]
    points = key_points("关于下达2031年耕地地力保护补贴资金的通知", paragraphs)
    assert points == ["共计3.26亿元，请于6月30日前足额发放到农户手中。"]


@pytest.mark.parametrize("note", ["具体分配见附件。", "详见附件2。", "名单见附表。"])
def test_a_sentence_that_only_points_to_an_attachment_is_no_key_point(note: str) -> None:
    from audiobulletin.summary.scores import boilerplate_penalty

    assert boilerplate_penalty(note) == 1.0


def test_a_total_outweighs_one_sector_s_figure_but_an_average_is_no_total() -> None:
    paragraphs = [
        "2031年全市地区生产总值386.2亿元，比上年增长6.8%。",
        "农业增加值41.3亿元，同比增长4.1%。",
        "全年林业增加值6.2亿元，比上年增长2.3%。",
        "全年粮食总产量86.5万吨，同比增长1.9%。",
        "全年造林面积3.2万亩。",
    ]
    points = key_points("2031年青川市国民经济和社会发展统计公报", paragraphs, max_sentences=3)
    assert points == [
        "2031年全市地区生产总值386.2亿元，比上年增长6.8%。",
        "农业增加值41.3亿元，同比增长4.1%。",
        "全年粮食总产量86.5万吨，同比增长1.9%。",
    ]


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("全年粮食总产量86.5万吨", True),
        ("社会消费品零售总额达到126亿元", True),
        ("人均地区生产总值为19967元", False),
        ("60岁以上人口占总人口比重超过10%", False),
    ],
)
def test_a_total_is_a_whole_s_figure_not_an_average_or_a_share(text: str, total: bool) -> None:
    from audiobulletin.summary.scores import _states_total

    assert _states_total(text) is total


def test_a_warning_s_stock_advice_is_never_a_key_point() -> None:
    paragraphs = [
        "青川市气象台2031年7月12日16时30分发布暴雨橙色预警信号：预计未来6小时内，"
        "我市东部的石门、柳溪等乡镇降雨量将达50毫米以上。",
        "防御指南：",
        "1. 切断有危险的室外电源，暂停户外作业；",
        "2. 处于危险地带的单位应当停课、停业，采取专门措施保护学生的安全；",
    ]
    said = ["预计未来6小时内，我市东部的石门、柳溪等乡镇降雨量将达50毫米以上。"]
    title = "青川市气象台发布暴雨橙色预警信号"
    points = key_points(title, paragraphs, max_chars=70, skip=[paragraphs[0]], after=said)
    assert points == []


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        (
            "进入秋冬季以来，南坪镇高度重视森林防火工作，多措并举筑牢森林防火安全屏障。",
            "多措并举筑牢森林防火安全屏障。",
        ),
        # a scene that no stock clause follows stays
        (
            "进入秋冬季以来，南坪镇组织护林员86名开展全天候巡查。",
            "进入秋冬季以来，南坪镇组织护林员86名开展全天候巡查。",
        ),
    ],
)
def test_what_everyone_took_seriously_goes_with_the_scene_before_it(
    sentence: str, said: str
) -> None:
    from audiobulletin.summary.cuts import without_stock

    assert without_stock(sentence) == said


def test_the_opening_s_head_is_said_with_what_was_done_as_room_allows() -> None:
    from audiobulletin.summary import with_what_was_done

    opening = (
        "3月2日上午，青川市教育局召开专题会议，对照《青川市教育系统作风建设专项行动方案》，"
        "开展班子自查自纠，初步确立问题清单，并就下一步整改作出安排。"
    )
    head = "3月2日上午，青川市教育局召开专题会议。"
    assert with_what_was_done(head, opening, 25) == (
        "3月2日上午，青川市教育局召开专题会议，开展班子自查自纠，初步确立问题清单。"
    )
    assert (
        with_what_was_done(head, opening, 10)
        == "3月2日上午，青川市教育局召开专题会议，开展班子自查自纠。"
    )
    assert with_what_was_done(head, opening, 5) == ""
    assert with_what_was_done("青川市教育局部署作风建设。", opening, 30) == ""


def test_a_forecast_s_days_ahead_in_words_are_what_it_expects() -> None:
    from audiobulletin.summary import keeps_news

    title = "青川市未来三天天气预报"
    assert keeps_news("受冷空气影响，未来三天我市气温明显下降", title)
    assert keeps_news("未来48小时我市气温明显下降", title)
    assert not keeps_news("请市民注意添衣保暖", title)


@pytest.mark.parametrize(
    ("label", "point", "word"),
    [
        (
            "温馨提示：",
            "受冷空气影响，未来三天我市气温明显下降，降幅达6～8℃。",
            "提示音响起后请留言。",
        ),
        ("答：", "2031年度个人缴费标准为每人每年400元，比上年提高20元。", "答辩会定于6月1日举行。"),
    ],
)
def test_a_reminder_s_or_an_answer_s_label_is_not_said(label: str, point: str, word: str) -> None:
    from audiobulletin.summary import as_said

    assert as_said(label + point) == point
    assert as_said(word) == word  # the same characters opening a sentence are its words


def test_a_cut_never_falls_inside_a_web_address() -> None:
    from audiobulletin.summary.cuts import trim_to

    sentence = (
        "会议材料可在http://www.qcyjj.gov.cn/tzgg下载，"
        "请各单位提前做好准备，按时参加会议，不得无故缺席。"
    )
    cut = trim_to(sentence, 40)
    assert cut == "会议材料可在http://www.qcyjj.gov.cn/tzgg下载", cut


def test_a_field_that_gives_a_sum_of_money_is_a_key_point() -> None:
    paragraphs = [
        "临河县第一中学教学楼改造工程招标项目的潜在投标人应在交易平台获取招标文件。",
        "项目编号：LHZC-2031-0045",
        "预算金额：1280万元",
        "方式：网上下载",
        "地址：临河县学府街1号",
    ]
    points = key_points("临河县第一中学教学楼改造工程公开招标公告", paragraphs, max_chars=80)
    assert "预算金额：1280万元" in points, points


def test_a_cut_never_ends_on_from_when_something_starts() -> None:
    from audiobulletin.summary.cuts import _dangles

    assert _dangles("自2032年1月1日起")
    assert _dangles("自民國121年1月1日起")
    assert not _dangles("自2032年1月1日起施行")


def test_a_minute_that_only_names_the_report_heard_is_no_key_point() -> None:
    paragraphs = [
        "会议听取了全市防汛工作情况汇报。会议要求，对全市136处地质灾害隐患点逐一落实巡查人员。",
        "会议审议通过了城市更新行动方案。三年内全市将改造老旧小区320个，总投资约38亿元。",
    ]
    points = key_points("青川市人民政府召开常务会议", paragraphs, max_chars=100)
    assert points, points
    assert not any(p.startswith("会议听取") for p in points), points


def test_a_short_label_before_a_colon_is_no_cut_of_its_line() -> None:
    from audiobulletin.summary.cuts import trim_to

    row = "明天(5月10日,星期三):多云转小雨,东南风3~4级,气温13~21℃,相对湿度70%~90%。"
    assert trim_to(row, 24) is None
    said = "县气象台5月9日16时继续发布暴雨蓝色预警:预计未来12小时内北部有暴雨。"
    assert trim_to(said, 30) == "县气象台5月9日16时继续发布暴雨蓝色预警"


def test_a_lead_that_announces_the_next_paragraph_hands_it_the_lead() -> None:
    paragraphs = [
        "临河市气象台7月3日16时继续发布台风橙色预警：",
        "今年第6号台风“海燕”的中心今天下午2点钟位于临河市东南方大约260公里的海面上，"
        "中心附近最大风力有13级。",
        "预计，“海燕”将以每小时20公里左右的速度向西北方向移动，强度变化不大。",
        "大风预报：3日20时至4日20时，临河沿海海面将有9到11级大风，阵风12级。",
    ]
    points = key_points(
        "临河市气象台发布台风橙色预警", paragraphs, max_chars=70, max_sentences=1, openers={3}
    )
    assert points and points[0].startswith("今年第6号台风"), points


def test_a_lead_that_announces_a_list_keeps_its_place() -> None:
    from audiobulletin.summary.candidates import lead_announced, sentence_candidates

    paragraphs = ["为做好汛期安全工作，现就有关事项通知如下：", "一、压实防汛责任。"]
    cands = sentence_candidates(paragraphs)
    assert lead_announced(cands, paragraphs) == cands


def test_a_cut_never_ends_on_a_clause_that_only_says_the_last_one_again() -> None:
    from audiobulletin.summary.cuts import trim_to

    sentence = (
        "今年第6号台风“海燕”的中心今天下午2点钟位于临河市东南方大约260公里的海面上，"
        "就是北纬21.5度、东经118.2度，中心附近最大风力有13级（38米/秒），中心最低气压为960百帕。"
    )
    cut = trim_to(sentence, 60)
    assert cut == "今年第6号台风“海燕”的中心今天下午2点钟位于临河市东南方大约260公里的海面上", cut


def test_a_subject_and_the_rules_it_acts_on_are_no_cut_of_its_sentence() -> None:
    from audiobulletin.summary.cuts import _dangles

    assert _dangles("临河电器有限公司根据《家用电器召回管理规定》的要求")
    assert _dangles("各乡镇按照县政府的统一部署")
    assert not _dangles("临河电器有限公司召回部分电热水器")


def test_a_meeting_s_time_is_a_key_point_cut_at_its_comma() -> None:
    from audiobulletin.summary.cuts import trim_to

    field = "会议时间：2033年5月20日（星期五）上午9:30，会议地点：临河县行政中心二楼第三会议室。"
    assert trim_to(field, 40) == "会议时间：2033年5月20日（星期五）上午9:30"
    paragraphs = [
        "为推进全县农村公路养护工作，定于5月中旬召开全县农村公路养护工作会议。",
        field,
        "乡镇分管负责同志；",
        "县交通运输局、县财政局分管负责同志；",
        "各乡镇交通管理站站长，每个乡镇限1人。",
    ]
    points = key_points(
        "关于召开全县农村公路养护工作会议的通知",
        paragraphs,
        max_chars=44,
        max_sentences=3,
        skip=[paragraphs[0]],
    )
    assert points and points[0].startswith("会议时间：2033年5月20日"), points


def test_who_organises_an_event_gives_way_to_when_and_where_it_is_held() -> None:
    from audiobulletin.summary.cuts import trim_to

    sentence = (
        "由临河县科学技术协会主办、临河县第一中学承办的“第五届临河县青少年科技创新大赛”"
        "（LHSTC 2033）定于2033年5月20日至21日在临河县体育馆举行。"
    )
    assert trim_to(sentence, 60) == (
        "“第五届临河县青少年科技创新大赛”定于2033年5月20日至21日在临河县体育馆举行"
    )


def test_the_day_a_meeting_is_held_outranks_the_day_its_reply_slip_is_due() -> None:
    paragraphs = [
        "经县政府同意，定于近期召开全县森林防火工作会议，总结2032年森林防火工作，部署2033年"
        "重点任务。现将有关事项通知如下：",
        "会议时间：2033年3月12日（星期四）上午9:00，会议地点：临河县行政中心三楼第一会议室。",
        "各乡镇分管负责同志；",
        "县林业局、县应急管理局主要负责同志。",
        "请各单位于3月10日17:00前将参会回执报送至县林业局办公室。",
    ]
    points = key_points(
        "关于召开全县森林防火工作会议的通知", paragraphs, max_chars=90, max_sentences=3
    )
    assert any(p.startswith("会议时间：2033年3月12日") for p in points), points


def test_a_time_s_field_is_never_cut_to_its_label_alone() -> None:
    from audiobulletin.summary.cuts import trim_to

    field = "递交响应文件截止时间及开标时间：2033年7月22日北京时间10:00时"
    assert trim_to(field, 20) is None


def test_a_list_of_sampled_kinds_is_said_as_their_count_after_who_sampled_them() -> None:
    sentence = (
        "近期，青川市市场监督管理局组织抽检粮食加工品、食用油油脂及其制品、肉制品、蔬菜制品、"
        "水产品、餐饮食品等12大类食品365批次样品，抽样检验合格361批次、不合格4批次。"
    )
    (point,) = key_points("青川市4批次食品不合格", [sentence], max_chars=56)
    assert "粮食加工品" not in point
    assert point.startswith("青川市市场监督管理局组织抽检") and "365批次" in point


@pytest.mark.parametrize(
    ("sentence", "formula"),
    [
        ("橙色预警信号含义：3小时内降雨量将达50毫米以上，或者已达50毫米以上且降雨可能持续。", True),
        ("本通告自发布之日起施行。", True),
        ("希望受到表彰的先进集体和先进个人珍惜荣誉、戒骄戒躁，在新的起点上再创佳绩。", True),
        ("南屏省海洋预报台将于9月3日16时发布下一期警报。", True),
        ("自11月17日起，滨江东路全线实施交通管制。", False),
    ],
)
def test_the_set_formulas_of_official_writing_weigh_less(sentence: str, formula: bool) -> None:
    from audiobulletin.summary.scores import boilerplate_penalty

    assert (boilerplate_penalty(sentence) >= 0.5) is formula


@pytest.mark.parametrize(
    "clause",
    [
        "贺兰山东麓的葡萄园里",  # where: what is there follows
        "这些县将在未来3年内",
        "医院肝胆外科团队在主任医师赵立新的带领下",
        "驾驶员刘某驾驶小型轿车由南向北行驶至事发路口时",
    ],
)
def test_a_clause_that_only_says_where_or_when_the_next_happens_dangles(clause: str) -> None:
    from audiobulletin.summary.cuts import _dangles

    assert _dangles(clause)


@pytest.mark.parametrize(
    "clause",
    ["价格保持在合理区间内", "工作正在推进中", "累计降雨超过24小时", "全县有12个乡镇在其中"],
)
def test_a_statement_that_ends_on_a_place_word_does_not_dangle(clause: str) -> None:
    from audiobulletin.summary.cuts import _dangles

    assert not _dangles(clause)


def test_a_key_point_never_stops_on_where_the_news_happens() -> None:
    from audiobulletin.summary.cuts import trim_to

    sentence = (
        "据新华社9月5日报道，贺兰山东麓的葡萄园里，一串串紫红色的赤霞珠挂满枝头，工人们正忙着采摘。"
    )
    assert trim_to(sentence, 26) is None
    assert (
        trim_to(sentence, 36)
        == "据新华社9月5日报道，贺兰山东麓的葡萄园里，一串串紫红色的赤霞珠挂满枝头"
    )


def test_a_key_point_never_stops_where_it_says_where_to_send_or_whom_to_call() -> None:
    from audiobulletin.summary.cuts import trim_to

    sentence = "通过电子邮件将意见发送至：opinion@example.org，邮件主题请注明“垃圾分类意见”。"
    assert trim_to(sentence, 20) is None
    paragraphs = [
        "为做好生活垃圾分类工作，我厅起草了管理办法征求意见稿，现向社会公开征求意见。",
        "公众可通过电子邮件将意见发送至opinion@example.org。",
    ]
    assert not any("发送至" in p for p in key_points("关于公开征求意见的公告", paragraphs))


def test_a_date_left_blank_in_a_draft_is_no_key_point() -> None:
    paragraphs = [
        "为规范生活垃圾分类管理，制定本办法。",
        "本办法自2031年  月  日起施行。",
        "设区的市城市生活垃圾回收利用率到2032年底达到35%以上。",
    ]
    points = key_points("青川省生活垃圾分类管理办法（征求意见稿）", paragraphs)
    assert points and not any("施行" in p for p in points)


def test_a_company_s_name_with_the_word_for_power_is_no_dateline() -> None:
    from audiobulletin.summary.candidates import as_said

    sentence = "国网青川县供电公司调集抢修人员236人、发电车8台，连夜抢修受损线路。"
    assert as_said(sentence) == sentence
    assert as_said("新华社青川3月5日电 青川江大桥主体工程今天全面完工。") == (
        "青川江大桥主体工程今天全面完工。"
    )


def test_a_warning_cut_at_its_colon_and_an_attribution_after_its_quote_are_no_key_points() -> None:
    title = "关于G60高速一起较大道路交通事故的情况通报"
    paragraphs = [
        "10月26日6时许，G60高速南屏段发生一起多车相撞事故，造成3人死亡、2人受伤。",
        "区交警大队提醒广大驾驶人：秋冬季节早晚多发团雾，驾车遇团雾时，应开启雾灯，"
        "能见度小于50米时，车速不得超过20公里/小时，并从最近的出口尽快驶离高速公路。",
        "“现在在家门口就能做手术！”10月28日，在南屏县人民医院病房，刚做完手术的68岁村民高兴地说。",
    ]
    for budget in (60, 90, 120):
        points = key_points(title, paragraphs, max_chars=budget)
        assert not any(p.rstrip("。").endswith(("驾驶人", "地说")) for p in points), points


def test_a_price_or_an_amount_of_power_is_no_dateline() -> None:
    from audiobulletin.summary.cuts import strip_lead

    assert (
        strip_lead("上网电量862.40亿千瓦时，同比增长4.2%") == "上网电量862.40亿千瓦时，同比增长4.2%"
    )
    assert strip_lead("平均上网电价0.3915元/千瓦时") == "平均上网电价0.3915元/千瓦时"
    assert (
        strip_lead("新华社南屏3月5日电 南屏江大桥主体工程今天全面完工")
        == "南屏江大桥主体工程今天全面完工"
    )


def test_a_head_is_said_with_its_rainfall_in_millimetres() -> None:
    from audiobulletin.summary.cuts import figure_clause

    assert figure_clause("为203.5mm，最大1小时雨强为58.0mm") == "为203.5mm"
    assert figure_clause("累计雨量60～140毫米，局地超过200毫米") == "累计雨量60～140毫米"


def test_a_sentence_that_points_at_what_follows_is_no_key_point() -> None:
    paragraphs = [
        "受澄江市中级人民法院委托，本公司定于2034年6月18日上午10时公开拍卖以下标的。",
        "本次拍卖股权存在以下权利限制。",
        "标的一：澄江市滨江路88号商铺，建筑面积126.5平方米，起拍价218万元，保证金30万元。",
        "其中，5岁及以下儿童免费入场，60岁及以上老人半价。",
    ]
    points = key_points("澄江某拍卖有限公司拍卖公告", paragraphs, max_chars=150, max_sentences=4)
    assert not any(p.endswith("以下权利限制。") for p in points), points
    # one that says when the sale is held says it, whatever it points at
    assert any("2034年6月18日上午10时" in p for p in points), points
    notice = [
        "经澄江市委研究，拟对以下同志进行任用。",
        "周某某，男，1981年6月生，现任澄江市交通运输局副局长，拟任澄江市港航管理中心主任。",
    ]
    points = key_points("澄江市委管理干部任职前公示", notice, max_chars=120, max_sentences=3)
    assert not any("以下同志" in p for p in points), points


def test_a_key_point_keeps_the_year_its_figures_belong_to() -> None:
    paragraphs = [
        "5月6日，副市长刘强出席全市就业工作会议并讲话。",
        "去年，全市城镇新增就业6.2万人，城镇调查失业率控制在5.1%。今年，全市计划城镇新增就业"
        "6.5万人，高校毕业生去向落实率保持在90%以上。",
    ]
    points = key_points("市政府召开全市就业工作会议", paragraphs, max_chars=70)
    assert any(p.startswith("去年，全市城镇新增就业6.2万人") for p in points), points
    assert not any(p.startswith("全市") for p in points), points


@pytest.mark.parametrize(
    ("title", "paragraphs"),
    [
        (
            "青川供电公司停电公告",
            [
                "为保证电网安全稳定运行，我公司将对10kV城南线进行检修。停电信息如下：",
                "停电时间：2031年3月24日 07:30—18:00",
                "停电线路：10kV城南线#15杆至#42杆",
                "如遇雨天，检修顺延。",
            ],
        ),
        (
            "青川供電公司停電公告",
            [
                "為保證電網安全穩定運行，我公司將對10kV城南線進行檢修。停電信息如下：",
                "停電時間：2031年3月24日 07:30—18:00",
                "停電線路：10kV城南線#15桿至#42桿",
                "如遇雨天，檢修順延。",
            ],
        ),
    ],
)
def test_a_notice_of_a_stop_gives_when_the_service_stops(title: str, paragraphs: list[str]) -> None:
    points = key_points(title, paragraphs, max_chars=120)
    assert any("2031年3月24日 07:30—18:00" in p for p in points), points
