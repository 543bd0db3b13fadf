"""Structure of a report: title, metadata, headings, chapters, tables, and nothing lost.

The small reports below are invented for these tests. The corpus tests read the real reports
from ``$AUDIOBULLETIN_CORPUS`` (default ``../shared/corpus``) at run time and assert facts
about their structure; no corpus text is copied here.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from shared_data import corpus_dir, corpus_files, shared_dir

from audiobulletin.document import (
    Block,
    Document,
    clean_line,
    derive_title,
    is_byline,
    parse,
    parse_date,
)
from audiobulletin.reader import read_report

REPO = Path(__file__).resolve().parents[1]
U3000 = "\u3000"
NBSP = "\u00a0"


# ----------------------------------------------------------------------------------------
# helpers
# ----------------------------------------------------------------------------------------


def _nonspace(text: str) -> Counter[str]:
    return Counter(ch for ch in text if not ch.isspace())


def _pieces(doc: Document) -> list[str]:
    title = [] if doc.title_derived else [doc.title]
    out = [*title, *doc.subtitles, *(m.text for m in doc.meta), *doc.dropped]
    for chapter in doc.chapters:
        if chapter.heading:
            out.append(chapter.heading)
        out.extend(block.text for block in chapter.blocks)
    return out


def assert_nothing_lost(text: str, doc: Document) -> None:
    """Every non-whitespace character of the input is somewhere in the document, once."""
    source = _nonspace(text.lstrip("\ufeff"))
    result = _nonspace("".join(_pieces(doc)))
    assert source - result == Counter(), f"lost: {source - result}"
    assert result - source == Counter(), f"invented or duplicated: {result - source}"


def paragraphs(doc: Document) -> list[str]:
    return [b.text for c in doc.chapters for b in c.blocks if b.kind == "paragraph"]


def headings_and_blocks(doc: Document) -> list[str]:
    """Every chapter's heading and the text of each of its blocks, in order."""
    return [t for c in doc.chapters for t in (c.heading or "", *(b.text for b in c.blocks))]


def tables(doc: Document) -> list[Block]:
    return [b for c in doc.chapters for b in c.blocks if b.kind == "table"]


def headings(doc: Document) -> list[str]:
    return [c.heading for c in doc.chapters if c.heading]


def lines(*rows: str) -> str:
    return "\n".join(rows) + "\n"


LONG = "青川市今年汛期降雨偏多，各部门要提前做好防汛准备，确保人民群众生命财产安全。"


# ----------------------------------------------------------------------------------------
# whitespace
# ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        (f"{U3000}{U3000}正文开始。{U3000}", "正文开始。"),
        (f"{NBSP}{NBSP}{NBSP} 正文开始。{NBSP}{NBSP}", "正文开始。"),
        (f"组{U3000}长：韩{U3000}梅{U3000}{U3000}副市长", "组长：韩梅 副市长"),
        (f"第一章{U3000}总{U3000}{U3000}则", "第一章 总则"),
        ("土 地 使 用 期 限 的 批 复", "土地使用期限的批复"),
        (f"说{NBSP} 明", "说明"),
        ("来源：青川日报  作者：李明", "来源：青川日报 作者：李明"),
        ("HUAWEI  Pad 5", "HUAWEI Pad 5"),
        ("\t第一条\t(宗旨)", "第一条 (宗旨)"),
        ("时薪198元 自116年1月1日起实施", "时薪198元 自116年1月1日起实施"),
    ],
)
def test_clean_line(raw: str, clean: str) -> None:
    assert clean_line(raw) == clean


def test_indentation_is_not_content() -> None:
    text = lines("青川市防汛简报", f"{U3000}{U3000}{LONG}", f"{NBSP * 4}{LONG}")
    doc = parse(text)
    assert paragraphs(doc) == [LONG, LONG]
    assert_nothing_lost(text, doc)


# ----------------------------------------------------------------------------------------
# title and subtitles
# ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "title", "subtitles"),
    [
        # wrapped over two / three lines, closed by a document number
        (
            lines("青川市人民政府关于做好", "2031年汛期防汛工作的通知", "青政发〔2031〕5号", LONG),
            "青川市人民政府关于做好2031年汛期防汛工作的通知",
            (),
        ),
        (
            lines(
                "青川市人民政府办公室转发",
                "市水务局关于加强山洪",
                "灾害防御工作意见的通知",
                "青政办发〔2031〕12号",
                LONG,
            ),
            "青川市人民政府办公室转发市水务局关于加强山洪灾害防御工作意见的通知",
            (),
        ),
        # closed by an addressee line
        (
            lines("青川市水务局关于", "汛前检查情况的报告", "市人民政府：", LONG),
            "青川市水务局关于汛前检查情况的报告",
            (),
        ),
        # a short line after the title followed by body text is a heading, not title
        (lines("青川市防汛简报", "汛情概况", LONG), "青川市防汛简报", ()),
        # 原标题 / 副标题 / a line starting with ——
        (
            lines("青川暴雨来袭", f"{U3000}原标题：青川市迎来今年最强降雨", LONG),
            "青川暴雨来袭",
            ("原标题：青川市迎来今年最强降雨",),
        ),
        (
            lines("青川暴雨来袭", "副标题：多部门联合值守", LONG),
            "青川暴雨来袭",
            ("副标题：多部门联合值守",),
        ),
        (
            lines("青川暴雨来袭", "——全市防汛工作纪实", LONG),
            "青川暴雨来袭",
            ("——全市防汛工作纪实",),
        ),
        # a title ending in —— takes the next line as its subtitle
        (
            lines("如何在暴雨天安全出行——", "专家提醒：远离低洼路段和地下通道", LONG),
            "如何在暴雨天安全出行——",
            ("专家提醒：远离低洼路段和地下通道",),
        ),
        # metadata before the title is skipped
        (lines("发布时间：2031-06-02", "青川市防汛简报", LONG), "青川市防汛简报", ()),
        # the name of the school, hospital, council or observatory whose page it is, and a
        # section label, above the headline
        (
            lines(
                "青川第一中学",
                "学校首页 | 学校概况 | 新闻动态 | 招生信息",
                "我校举行2031届高三成人礼",
                "发布时间：2031年4月20日",
                LONG,
            ),
            "我校举行2031届高三成人礼",
            (),
        ),
        (
            lines("青川市人民医院", "医院新闻", "我院成功开展首例机器人辅助手术", LONG),
            "我院成功开展首例机器人辅助手术",
            (),
        ),
        (
            lines("香港天文台", "天文台發出酷熱天氣警告", "2031年7月12日（星期六）", LONG),
            "天文台發出酷熱天氣警告",
            (),
        ),
        (
            lines(
                "青川县统计局",
                "统计公报",
                "青川县2030年国民经济和社会发展统计公报",
                "青川县统计局",
                "2031年3月18日",
                LONG,
            ),
            "青川县2030年国民经济和社会发展统计公报",
            (),
        ),
        (
            lines("臺南市政府全球資訊網", "市府推動長照2.0 新增10處日照中心", "發布單位：社會局"),
            "市府推動長照2.0 新增10處日照中心",
            (),
        ),
        (lines("新聞公報", "政府公布最新失業率", LONG), "政府公布最新失業率", ()),
        (
            lines("青川发布", "青川首条城市快速路今日通车", "文 | 张三", LONG),
            "青川首条城市快速路今日通车",
            (),
        ),
        (lines("眾新聞", "港聞", "暴雨警告下 多區水浸", "2031年5月3日"), "暴雨警告下 多區水浸", ()),
        # a section named after the kind of report it lists
        (
            lines("价格监测", "青川市2031年第12周主要农副产品价格监测情况", "发布时间：2031-03-21"),
            "青川市2031年第12周主要农副产品价格监测情况",
            (),
        ),
        # a newspaper's stacked headline: kicker, main headline, subtitle
        (
            lines(
                "坚持生态优先 推动绿色发展",
                "青川江流域生态修复工程全面启动",
                "总投资12亿元，计划三年完成",
                "本报记者 孙明 通讯员 周亮",
                LONG,
            ),
            "青川江流域生态修复工程全面启动",
            ("坚持生态优先 推动绿色发展", "总投资12亿元，计划三年完成"),
        ),
        # a headline may exclaim; a stock cry before it (重磅！, 最新！) is no word of it, nor
        # is its own words cried first
        (
            lines("原创 青川发布 2031-05-06 发表于四川", "重磅！青川这些道路今起封闭施工", LONG),
            "青川这些道路今起封闭施工",
            (),
        ),
        (lines("最新!青川市暴雨预警升级为红色", LONG), "青川市暴雨预警升级为红色", ()),
        (
            lines("寒潮蓝色预警!青川市气象台发布寒潮蓝色预警信号", LONG),
            "青川市气象台发布寒潮蓝色预警信号",
            (),
        ),
        (lines("青川这些道路今起封闭施工！", LONG), "青川这些道路今起封闭施工！", ()),
        # a column's name, a bar, then the headline
        (
            lines("大宗商品日报 | 铜价冲高回落 原油跌破80美元", "", "【有色金属】", LONG),
            "铜价冲高回落 原油跌破80美元",
            (),
        ),
        # a council question's number and its short subject
        (
            lines("立法會十五題：長者醫療券計劃", LONG, "", LONG),
            "立法會十五題：長者醫療券計劃",
            (),
        ),
        # a body's name with its Latin initials over the headline
        (
            lines("新聞局 GCS", "澳門特區政府推出新一輪中小企援助計劃", LONG),
            "澳門特區政府推出新一輪中小企援助計劃",
            (),
        ),
        # …and name its hour
        (
            lines("凌晨6:30出发！这场执行“突击战”一口气拘传7人", LONG, "", LONG),
            "凌晨6:30出发！这场执行“突击战”一口气拘传7人",
            (),
        ),
        # a headline of two clauses, each ending in its verb, keeps a pause between them
        (
            lines(
                "我市首批“青川工匠”名单出炉",
                "30名一线技术工人获表彰",
                "本报讯（记者 陈立）5月7日，全市“青川工匠”命名表彰大会在市会议中心举行。",
            ),
            "我市首批“青川工匠”名单出炉 30名一线技术工人获表彰",
            (),
        ),
        # …or the second opens with who did what
        (
            lines(
                "市十七届人大三次会议隆重开幕",
                "王建华作政府工作报告",
                "本报讯（记者 李明）1月15日上午，青川市第十七届人民代表大会第三次会议开幕。",
            ),
            "市十七届人大三次会议隆重开幕 王建华作政府工作报告",
            (),
        ),
        # and have one comma before it does
        (
            lines("原创 青川发布 2031-05-06 发表于四川", "青川这个“五一”，游客超百万！", LONG),
            "青川这个“五一”，游客超百万！",
            (),
        ),
        # a one-phrase kicker above a headline with a dashed subtitle
        (
            lines("聚焦乡村振兴", "临河县千亩茶园迎来丰收季", "——春茶产值预计突破1.2亿元", LONG),
            "临河县千亩茶园迎来丰收季",
            ("聚焦乡村振兴", "——春茶产值预计突破1.2亿元"),
        ),
        # a score's colon is no field's
        (
            lines("青川队主场3:1力克临河队 夺得联赛第一", LONG),
            "青川队主场3:1力克临河队 夺得联赛第一",
            (),
        ),
        # a Latin word across the wrap gets a space
        (
            lines("青川市发布5G", "Smart City行动计划", "青政发〔2031〕6号", LONG),
            "青川市发布5G Smart City行动计划",
            (),
        ),
    ],
)
def test_title_and_subtitles(text: str, title: str, subtitles: tuple[str, ...]) -> None:
    doc = parse(text)
    assert doc.title == title
    assert doc.subtitles == subtitles
    assert_nothing_lost(text, doc)


def test_without_a_headline_the_title_is_derived_from_the_lead() -> None:
    text = lines(LONG, LONG)
    doc = parse(text)
    # LONG: 青川市今年汛期降雨偏多，各部门要提前做好防汛准备，…
    assert doc.title == "青川市今年汛期降雨偏多"
    assert paragraphs(doc) == [LONG, LONG]
    assert_nothing_lost(text, doc)
    # a feature opening in someone's words takes its title from the news after them
    voiced = "“以前每月领3800元，今年涨了120元。”78岁的退休工人罗大妈笑着说。"
    doc = parse(lines("本报记者 唐文", "", voiced, LONG))
    assert doc.title == "青川市今年汛期降雨偏多"
    termed = "“十四五”期间青川市建成高速公路三条，总里程达到二百公里。"
    assert parse(lines(termed, LONG)).title.startswith("“十四五”期间")


@pytest.mark.parametrize(
    ("lead", "title"),
    [
        # the day and hour go, the event stays
        ("东海海域12日8时15分发生4.2级地震，沿海多地有震感。", "东海海域发生4.2级地震"),
        # a clause that gives the basis is not what happened
        ("根据市政府统一安排，2031年春节假期门诊安排如下：", "2031年春节假期门诊安排"),
        # a 一是 sub-head is not part of the title
        ("一是强化组织保障。镇党委成立工作专班，逐村落实。", "强化组织保障"),
        (
            "中新社青川5月3日电（记者 王林）青川江上游3日下午出现洪峰，水位持续上涨。",
            "青川江上游出现洪峰",
        ),
        # a day named from today, with its hour, says when, not what
        (
            "昨日上午9时许，青川市一名民警在江边救起两名落水儿童。",
            "青川市一名民警在江边救起两名落水儿童",
        ),
        # where it is held goes, when the clause runs too long with it
        (
            "本报讯（记者 何文）6月12日上午，随着一声警报响起，2031年度青川市危险化学品事故"
            "应急救援综合演练在青川经济技术开发区化工园区正式拉开帷幕。",
            "2031年度青川市危险化学品事故应急救援综合演练正式拉开帷幕",
        ),
        # …and a cause says why
        ("由于连日降雨，青川江水位持续上涨，沿江低洼地带已有积水。", "青川江水位持续上涨"),
        ("受冷空气影响，青川市明天最低气温将降至零下五度。", "青川市明天最低气温将降至零下五度"),
        # who reports it, or where the figures come from, is not what happened
        ("据青川日报5月3日报道，青川江大桥主体工程全面完工。", "青川江大桥主体工程全面完工"),
        ("记者从青川市交通运输局获悉，青川至临江高速公路明天通车。", "青川至临江高速公路明天通车"),
        (
            "市统计局最新数据显示，一季度全市地区生产总值增长6.2%。",
            "一季度全市地区生产总值增长6.2%",
        ),
        ("北京时间5月3日，青川队在亚洲杯决赛中夺冠。", "青川队在亚洲杯决赛中夺冠"),
        # an aside in brackets, when a rule holds: no headline's; a document named in full is
        (
            "近日，南屏省人民政府办公厅印发《关于进一步促进民营经济高质量发展的若干措施》"
            "（南政办发〔2031〕23号，以下简称《若干措施》），从市场准入、要素保障、融资支持等"
            "6个方面提出28条具体举措，自2031年5月1日起施行，有效期至2033年12月31日。",
            "南屏省人民政府办公厅印发《关于进一步促进民营经济高质量发展的若干措施》",
        ),
        # a reporter's source, however long its name, is not what happened; and a subject
        # before a long why is carried to what it did
        (
            "记者12日晚从青川省公安厅高速公路交通警察总队获悉，青川高速公路当日发生多车相撞事故。",
            "青川高速公路当日发生多车相撞事故",
        ),
        (
            "记者17日从国家药品监督管理局获悉，青川康瑞制药有限公司因部分批次颗粒溶出度检验不符合规定，"
            "已对相关产品启动召回。",
            "青川康瑞制药有限公司已对相关产品启动召回",
        ),
        # the far end of a range of days stays with its near end
        (
            "青川市公务员招录笔试将于4月20日至21日举行，全市共有1.2万名考生报名。",
            "青川市公务员招录笔试将于4月20日至21日举行",
        ),
        # …and both go when the title would run too long with them, to next year's too
        (
            "北岭市2031年度考试录用公务员笔试将于4月20日至21日举行，全市共有3.6万余名考生报名。",
            "北岭市2031年度考试录用公务员笔试将举行",
        ),
        (
            "观光局宣布，2031南屏国际灯会将于12月21日至明年1月12日在爱河湾及驳二艺术特区登场。",
            "2031南屏国际灯会将在爱河湾及驳二艺术特区登场",
        ),
        # who measured a quake, and the minute it struck, are no headline's
        (
            "中国地震台网正式测定：05月21日03时27分在青川县（北纬25.36度，东经99.82度）"
            "发生5.2级地震，震源深度12千米。",
            "青川县发生5.2级地震",
        ),
        # a figure's thousands, set off by an ASCII comma, split no clause
        (
            "据市市场监管局消息,今年1-11月,全市共完成食品安全监督抽检18,652批次,检出不合格样品263批次。",
            "全市共完成食品安全监督抽检18,652批次",
        ),
        # …and who a team is made of goes, when it runs too long with it
        (
            "第19届青川省运动会田径男子4×100米接力决赛1日晚在南屏奥体中心体育场进行，由陈明、谢宇、严斌、汪振宇组成的"
            "青川队以38秒29的成绩夺得金牌，南屏队和临河队分别获得银牌和铜牌。",
            "青川队以38秒29的成绩夺得金牌",
        ),
        # a notice that gives its purpose, then announces itself, is named as a notice is
        (
            "为认真做好2031年度城乡居民基本医疗保险参保缴费工作，根据省医疗保障局有关要求，"
            "现将有关事项通知如下：",
            "关于做好2031年度城乡居民基本医疗保险参保缴费工作的通知",
        ),
        # where it happened, down to the corner of a crossing, is the scene
        (
            "3月19日18时许，东岭区建设路与人民路交叉口东北角，一辆轿车失控冲上人行道，撞倒3名行人。",
            "一辆轿车失控冲上人行道",
        ),
        # from when on is no headline
        (
            "市政府12日宣布，自明年1月1日起，全市公交线路票价统一下调至1元。",
            "全市公交线路票价统一下调至1元",
        ),
        # a set's score is no clock to drop
        (
            "东岭女排以25:23、21:25、25:19拿下比赛，晋级四强。",
            "东岭女排以25:23、21:25、25:19拿下比赛",
        ),
        # a clause ending in a modifying 的 is said with what it modifies
        (
            "今年最让青川人骄傲的，莫过于青川队夺得亚洲杯冠军。",
            "今年最让青川人骄傲的，莫过于青川队夺得亚洲杯冠军",
        ),
    ],
)
def test_derived_titles_read_like_headlines(lead: str, title: str) -> None:
    assert parse(lines(lead, LONG)).title == title


def test_the_day_a_rule_takes_effect_is_not_the_report_s_date() -> None:
    lead = "南屏省人民政府办公厅近日印发若干措施，提出28条具体举措，自2031年5月1日起施行。"
    assert parse(lines("南屏省出台民营经济若干措施", "", lead, "", LONG)).date is None


# ----------------------------------------------------------------------------------------
# metadata
# ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "kinds", "date"),
    [
        ("发布时间：2031-06-02", ["date"], "2031-06-02"),
        ("发布日期: 2031/6/2", ["date"], "2031-06-02"),
        (f"文章来源：青川日报{NBSP * 4} 发布时间：2031-06-02", ["source", "date"], "2031-06-02"),
        ("发布时间:2031-06-02  作者:青川热线", ["date", "author"], "2031-06-02"),
        (
            f"发布时间：2031-06-02{NBSP * 3} 信息来源：办公室 {NBSP * 3} 撰稿人：王小明",
            ["date", "source", "author"],
            "2031-06-02",
        ),
        ("来源：青川市水务局", ["source"], None),
        ("信息来源：青川市水务局", ["source"], None),
        ("作者：张三", ["author"], None),
        ("责任编辑：李四", ["editor"], None),
        ("文号：青政发〔2031〕5号", ["docno"], None),
        ("青政发〔2031〕5号", ["docno"], None),
        ("X发改价格〔2031〕215号", ["docno"], None),
        ("南价协〔2031〕培字第21号", ["docno"], None),
        ("南州市税务局公告2031年第3号", ["docno"], None),
        # a telegram's urgency and kind, a number before who signed it off, how public it is
        ("特急 明传电报", ["other"], None),
        ("明 传 电 报", ["other"], None),
        ("南气发〔2031〕36号 签发人：王新宇", ["docno", "editor"], None),
        ("公开属性：主动公开", ["other"], None),
        ("南公(刑)悬字[2031]3号", ["docno"], None),
        ("点击次数：321", ["other"], None),
        ("访问量：87", ["other"], None),
        ("06-02 07:15青川快讯", ["stamp"], None),
        ("2031-06-02 07:15 青川快讯", ["stamp"], "2031-06-02"),
        ("2031年6月2日", ["date"], "2031-06-02"),
        ("2031年6月2日星期一", ["date"], "2031-06-02"),
        ("二〇三一年六月二十二日", ["date"], "2031-06-22"),
        ("120年9月1日", ["date"], "2031-09-01"),
        # a Taiwan office's notice: its day with the era's name, its number by class and year
        ("中華民國120年9月1日", ["date"], "2031-09-01"),
        ("勞動法規字第1200151234號", ["docno"], None),
        # a page's further fields after a known one, and fields each in brackets
        (
            f"来源：医务部{U3000 * 2}时间：2031-08-12{U3000 * 2}点击：1024",
            ["source", "date", "other"],
            "2031-08-12",
        ),
        (
            "【发布时间：2031-09-01】【信息来源：青川市公共资源交易中心】【浏览次数：88】",
            ["date", "source", "other"],
            "2031-09-01",
        ),
        (f"时间：2031-03-21{U3000}来源：价格监测中心", ["date", "source"], "2031-03-21"),
        ("来源：县林业局 | 2031年03月18日 08:42", ["source", "stamp"], "2031-03-18"),
        (
            f"来源：青川日报{U3000}编辑：李四{U3000}2031-03-18 08:42",
            ["source", "editor", "stamp"],
            "2031-03-18",
        ),
        # a Taiwan page: an ROC date written with dashes, its view counter
        ("發布日期：120-03-15", ["date"], "2031-03-15"),
        ("點閱次數：356", ["other"], None),
        # a Hong Kong release's counter of today's readers, with 閲 as Hong Kong writes it
        ("今日閲覽次數：1 254", ["other"], None),
        # a page's count of its readers and the day it posted, without who posted it
        (f"阅读：1.2万{U3000 * 2}发布：2031-09-10", ["other", "date"], "2031-09-10"),
        ("点击：3,526次", ["other"], None),
        ("閱覽次數：87", ["other"], None),
        ("發布單位：社會局", ["source"], None),
        # fields written with a bar, as WeChat articles end; a source in brackets
        ("来源 | 青川市水务集团", ["source"], None),
        ("编辑 | 张小青", ["editor"], None),
        ("文 | 张三", ["author"], None),
        ("文/图 王林", ["author"], None),
        ("视频/王林", ["author"], None),
        ("作者单位：青川市农业农村局", ["other"], None),
        ("青川日报 2031-03-18", ["source", "stamp"], "2031-03-18"),
        # a paper's masthead with its page; a story's print source at its foot
        ("临河晚报 2031年05月12日 第 03 版", ["source", "stamp"], "2031-05-12"),
        ("《临河晚报》（2031年05月12日 03 版）", ["source", "stamp"], "2031-05-12"),
        ("【发布时间：2031-05-12】【我要打印】【关闭】", ["date", "other", "other"], "2031-05-12"),
        ("【纠错】 【责任编辑：周文】", ["editor", "other"], None),
        ("【纠错】 责任编辑：周文", ["other", "editor"], None),
        ("【纠错】责任编辑：周文", ["other", "editor"], None),
        (f"（供稿：石桥镇综合办{U3000}通讯员：何平）", ["other"], None),
        ("發布機關：臺南市政府社會局", ["source"], None),
        ("发布人：管理员", ["other"], None),
        ("最後更新日期：2031-03-16", ["other"], None),
        ("（来源：青川县农业农村局）", ["source"], None),
        ("更新日期：2031-03-16", ["date"], "2031-03-16"),
        (f"新聞聯絡人：王小明{U3000}聯絡電話：06-2991111", ["other"], None),
        # a warning's number in its series, and when its next issue is due
        ("预警编号：LJ-2031-017", ["docno"], None),
        ("下次發布時間：120年08月07日 23時30分", ["other"], None),
        # a bulletin's day, issue and compiler under its name, in any order
        ("2031年9月3日 第176期 青川县价格认证中心编", ["date", "other", "source"], "2031-09-03"),
        ("第176期 青川县价格认证中心编 2031年9月3日", ["other", "source", "date"], "2031-09-03"),
        # who gathered a price report's figures, who checked them
        ("监测员:钱雨 审核:孙立华", ["editor", "editor"], None),
        # a WeChat article's head; a page's date and poster without field names
        ("原创 青川发布 青川发布 2031-05-06 18:30 发表于四川", ["stamp"], "2031-05-06"),
        ("原创 临河发布 作者：李晓 临河发布 2031-05-28 18:30", ["stamp"], "2031-05-28"),
        (f"2031-02-15{U3000 * 2}青川能源集团", ["stamp", "source"], "2031-02-15"),
        ("香港時間11時50分", ["stamp"], None),
        ("發出時間：2031年8月23日上午10時45分", ["date"], "2031-08-23"),
        # a listed company's codes; who supervised a post
        ("证券代码：603888 证券简称：青川电子 公告编号：2031-012", ["other"] * 3, None),
        ("监制：郑海", ["editor"], None),
        ("述职人：韩振国", ["editor"], None),
        # who drew the chart; a research note's analyst with the licences printed by law
        ("制图：小朱", ["editor"], None),
        # where it was printed, on which day and page; the wires a desk compiled it from
        ("《青川日报海外版》（2031年08月16日 第 06 版）", ["other"], None),
        ("（综合新华社、路透社等外电 整理：国际部 龙梓涵）", ["other"], None),
        # the day a speech was given, taken down from its recording
        ("（2031年3月12日，根据录音整理）", ["date"], "2031-03-12"),
        (
            f"分析师：何一鸣{U3000}期货从业资格号：F3051234{U3000}投资咨询号：Z0013579",
            ["author"],
            None,
        ),
        # who issued a forecast, and when, over it
        ("青川市气象台2031年10月8日16时发布：", ["source", "date"], "2031-10-08"),
        # credits, the foot of an official document
        (f"文字：医务部{U3000}图片：宣传科", ["author"], None),
        (f"（撰稿：何晓{U3000}摄影：冯杰{U3000}审核：王校长）", ["other"], None),
        ("抄送：市委办公室，市人大常委会办公室。", ["other"], None),
        (f"青川市教育局{U3000 * 2}2031年3月1日", ["signature", "date"], "2031-03-01"),
        # (the day it was issued dates a document that says no other)
        (f"青川市人民政府办公室{U3000 * 4}2031年4月15日印发", ["date"], "2031-04-15"),
        # bodies issuing jointly, and who signed a bulletin off, before the day
        (
            f"青川省自然资源厅{U3000}青川省气象局{U3000 * 4}2031年8月5日17时发布",
            ["source", "date"],
            "2031-08-05",
        ),
        ("青川省气象台 签发:何建新 2031年5月24日", ["source", "editor", "date"], "2031-05-24"),
        # a byline with the minute it was posted and its source; who wrote it, in brackets
        (
            "通讯员 赵一鸣 记者 周琪  2031-04-12 18:05  来源：青川日报",
            ["author", "stamp", "source"],
            "2031-04-12",
        ),
        ("（本文作者：青川市人民医院感染科 何静 副主任医师）", ["author"], None),
        # a page's date field with a space for its colon
        ("發佈日期 2031-10-15 18:05:32", ["date"], "2031-10-15"),
        # who, when and the notice's number on one line under its title
        (
            "青川市市场监督管理局 2031年10月28日 第2031-Q3-07号",
            ["signature", "date", "docno"],
            "2031-10-28",
        ),
    ],
)
def test_metadata_lines(line: str, kinds: list[str], date: str | None) -> None:
    text = lines("青川市防汛简报", line, LONG)
    doc = parse(text)
    assert [m.kind for m in doc.meta] == kinds
    assert doc.date == date
    assert paragraphs(doc) == [LONG]
    assert_nothing_lost(text, doc)


@pytest.mark.parametrize(
    "foot",
    [
        "县农业气象服务站 供稿 | 编辑：何晓雯",
        "青川县农业农村局 供稿",
        f"（牧业事业部 综合管理部 供稿{U3000}联系人：高文博{U3000}电话：0471-3356802）",
        "整理：品牌传播部",
        "文字：刘一鸣",
        f"审判长{U3000}梁书宁",
        f"人民陪审员{U3000}詹国栋",
        f"书记员{U3000}罗晓",
        "（本文刊于《青川日报》2031年5月3日第3版）",
    ],
)
def test_who_sent_the_copy_and_where_it_was_printed_are_not_read(foot: str) -> None:
    text = lines("青川市防汛简报", LONG, "", LONG, "", foot)
    doc = parse(text)
    assert paragraphs(doc) == [LONG, LONG]
    assert_nothing_lost(text, doc)


def test_a_tender_s_numbered_clauses_each_keep_their_line() -> None:
    rows = [
        "1.1 项目名称：青川县城区供水管网改造工程设备采购",
        "1.2 建设地点：青川县城关镇及白石岭乡",
        "1.3 招标范围：设备的供货、运输、安装和调试",
    ]
    text = lines("青川县供水设备采购招标公告", "", "一、项目概况与招标范围", *rows, "", LONG)
    doc = parse(text)
    said = [line for c in doc.chapters for b in c.blocks for line in b.text.splitlines()]
    assert all(row in said for row in rows), said
    assert_nothing_lost(text, doc)


def test_the_posts_a_wechat_article_points_down_to_are_not_read() -> None:
    text = lines("青川法院执结一批案件", LONG, "", "▼往期推荐▼", "", "青川法院开展执行开放日活动")
    doc = parse(text)
    assert paragraphs(doc) == [LONG]
    assert_nothing_lost(text, doc)


def test_a_sentence_about_copy_sent_is_read() -> None:
    said = "由县农业农村局供稿的材料显示，今年粮食增产。"
    assert paragraphs(parse(lines("青川市防汛简报", LONG, "", said))) == [LONG, said]


def test_editor_and_counter_lines_are_never_spoken() -> None:
    text = lines("青川市防汛简报", "发布时间：2031-06-02", "点击次数：12", LONG, "责任编辑：李四")
    doc = parse(text)
    spoken = {m.kind: m.spoken for m in doc.meta}
    assert spoken == {"date": True, "other": False, "editor": False}
    assert all("李四" not in p for p in paragraphs(doc))
    assert_nothing_lost(text, doc)


def test_only_the_first_date_is_spoken() -> None:
    text = lines("青川市防汛简报", "发布时间：2031-06-02", LONG, "2031年6月1日")
    doc = parse(text)
    assert [(m.kind, m.spoken) for m in doc.meta] == [("date", True), ("date", False)]
    assert doc.date == "2031-06-02"


def test_a_report_without_a_dateline_is_dated_by_its_first_sentence() -> None:
    text = lines(
        "青川市气象台发布暴雨黄色预警信号",
        "青川市气象台2031年7月8日16时05分发布暴雨黄色预警信号：预计未来6小时内，"
        "我市东部将出现50毫米以上的强降水。请注意防范。",
        "防御指南：政府及相关部门按照职责做好防暴雨工作。",
    )
    assert parse(text).date == "2031-07-08"
    later = lines("青川市防汛简报", LONG, "2031年7月8日，全市开展防汛演练。")
    assert parse(later).date is None  # only the first sentence says when the report is from
    # …and never the day that ends the period it reports on
    results = "青川科技今日公布截至2031年9月30日止第三季度未经审计的财务业绩，营收同比增长23.4%。"
    assert parse(lines("青川科技发布第三季度业绩", results, LONG)).date is None
    # …nor the day from which a rule applies, when the story is told later
    raised = "记者7月12日获悉，我省从2031年1月1日起为退休人员提高基本养老金水平，人均月增76元。"
    assert parse(lines("青川省调整退休人员基本养老金", raised, LONG)).date is None
    # …nor the days that bound a span (the cars built between two days)
    recall = (
        "南屏汽车公司决定召回生产日期在2029年3月1日至2030年12月31日期间的部分纯电动汽车，"
        "共计35812辆。"
    )
    assert parse(lines("南屏汽车公司召回部分纯电动汽车", recall, LONG)).date is None


def test_a_signed_document_is_dated_by_its_signature_not_by_the_page() -> None:
    text = lines("青川市防汛简报", "发布时间：2031-06-02", LONG, "青川市水务局", "2031年6月1日")
    doc = parse(text)
    assert [(m.kind, m.spoken) for m in doc.meta] == [
        ("date", False),
        ("signature", True),
        ("date", True),
    ]
    assert doc.date == "2031-06-01"


def test_signature_and_closing_date_are_metadata() -> None:
    text = lines(
        "青川市人民政府关于做好防汛工作的通知",
        "各镇人民政府：",
        LONG,
        f"青川市人民政府{NBSP * 6}",
        f"二〇三一年六月二日{NBSP * 6}",
        "（此件公开发布）",
    )
    doc = parse(text)
    assert [m.kind for m in doc.meta] == ["addressee", "signature", "date", "other"]
    assert doc.date == "2031-06-02"
    assert paragraphs(doc) == [LONG]
    assert_nothing_lost(text, doc)


@pytest.mark.parametrize(
    ("above", "signer"),
    [
        (LONG, f"市長{U3000}陳建文"),  # who signs by office and name
        (LONG, "局长 黄子健"),
        ("電郵：info@qc.gov.mo", "新聞局"),  # the office under its contacts
    ],
)
def test_who_signs_a_notice_off_on_its_last_line_undated_is_its_signature(
    above: str, signer: str
) -> None:
    text = lines("青川市政府公告", LONG, above, "", signer)
    doc = parse(text)
    said = signer.replace(U3000, " ")  # (a full-width space is set as one space)
    assert ("signature", said) in [(m.kind, m.text) for m in doc.meta]
    assert_nothing_lost(text, doc)


@pytest.mark.parametrize("phone", ["0839-5521234（人事科 王老师）", "咨询电话 0839 5521234"])
def test_a_number_to_call_above_the_signature_is_read_not_signed(phone: str) -> None:
    text = lines(
        "青川市人民医院公开招聘工作人员公告",
        LONG,
        "五、咨询电话",
        phone,
        "",
        "青川市人民医院",
        "2031年4月2日",
    )
    doc = parse(text)
    assert [m.kind for m in doc.meta] == ["signature", "date"]
    assert phone in [b.text for c in doc.chapters for b in c.blocks]
    assert_nothing_lost(text, doc)


@pytest.mark.parametrize(
    "line", ["图书馆开放", "文化活动丰富多彩", "文 王林", "记者手记", "【记者观察】"]
)
def test_a_short_line_opening_with_a_credit_word_is_no_byline(line: str) -> None:
    assert not is_byline(line)


def test_the_original_headline_inside_the_story_is_not_read() -> None:
    text = lines("青川暴雨来袭", LONG, "原标题：青川市迎来今年最强降雨", LONG)
    doc = parse(text)
    assert paragraphs(doc) == [LONG, LONG]
    assert [m.kind for m in doc.meta] == ["title"]
    assert_nothing_lost(text, doc)


def test_a_time_field_on_its_own_is_body() -> None:
    text = lines("青川市防汛演练安排", "一、报名", "时间：2031年6月2日至6月5日", LONG)
    doc = parse(text)
    assert doc.meta == ()
    assert "时间：2031年6月2日至6月5日" in paragraphs(doc)


def test_a_schedule_of_dated_subjects_is_body() -> None:
    text = lines("青川市中考时间安排", LONG, "2031-06-17 语文", "2031-06-18 数学", LONG)
    doc = parse(text)
    assert doc.meta == () and doc.dropped == ()
    assert_nothing_lost(text, doc)


def test_date_only_line_inside_a_schedule_is_body() -> None:
    text = lines(
        "青川市防汛演练安排",
        "一、演练时间",
        "2031年6月2日",
        "09:00-10:00 山洪避险演练",
        "10:30-11:30 城区内涝处置演练",
        "二、参加人员",
        LONG,
    )
    doc = parse(text)
    assert doc.meta == ()
    assert doc.date is None
    assert "2031年6月2日" in paragraphs(doc)
    assert_nothing_lost(text, doc)


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("2014年5月6日", "2014-05-06"),
        ("于2014-05-06发布", "2014-05-06"),
        ("2014.5.6", "2014-05-06"),
        ("一九九七年二月四日", "1997-02-04"),
        ("二〇〇四年十一月四日", "2004-11-04"),
        ("二〇〇四年九月二十三日", "2004-09-23"),
        ("民國110年9月1日", "2021-09-01"),
        ("114年4月25日", "2025-04-25"),
        ("發布日期：120-03-15", "2031-03-15"),  # an ROC year written with dashes
        ("服务器地址192.168.1.10", None),
        ("2031年2月30日", None),
        ("6月2日", None),
        ("没有日期", None),
    ],
)
def test_parse_date(text: str, iso: str | None) -> None:
    assert parse_date(text) == iso


def test_date_from_title_when_no_dateline() -> None:
    doc = parse(lines("青川财经早报2031年6月2日星期一", "06-02 06:30青川财经", LONG))
    assert doc.date == "2031-06-02"
    assert [m.kind for m in doc.meta] == ["stamp"]


# ----------------------------------------------------------------------------------------
# headings and chapters
# ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "heading",
    [
        "一、汛情概况",
        "（一）降雨情况",
        "(二)降雨情况",
        "第一章 总则",
        f"第二章{U3000}防汛职责",
        "第三节 附则",
        "【防御重点】",
        "●主要措施",
        "1、降雨情况",
        "2. 降雨情况",
        "3．降雨情况",
        "（1）城区",
        "（一）基本情况。",  # a lone trailing full stop on a short sub-head
        "（二）推荐措施：",
        "第四条 (适用范围)",
    ],
)
def test_marked_heading_starts_a_chapter(heading: str) -> None:
    text = lines("青川市防汛简报", LONG, heading, LONG, LONG)
    doc = parse(text)
    assert len(doc.chapters) == 2
    assert doc.chapters[1].heading == clean_line(heading)
    assert [b.text for b in doc.chapters[1].blocks] == [LONG, LONG]
    assert_nothing_lost(text, doc)


@pytest.mark.parametrize(
    "line",
    [
        "一、各部门要提前做好防汛准备，确保人民群众生命财产安全，不得有任何松懈。",
        "第一条 为了做好本市防汛工作，保障人民群众生命财产安全，制定本办法。",
        "（三）民政部门有关救灾物资信息；",
        "- 救生衣",
        "1. 降雨量超过50毫米时，立即启动应急响应，并报告市防汛指挥部。",
    ],
)
def test_sentence_with_a_marker_is_a_paragraph(line: str) -> None:
    text = lines("青川市防汛简报", LONG, line, LONG)
    doc = parse(text)
    assert headings(doc) == []
    assert clean_line(line) in paragraphs(doc)
    assert_nothing_lost(text, doc)


def test_long_marked_paragraph_starts_its_own_chapter() -> None:
    one = "一、加强监测预警。" + LONG
    two = "二、落实防汛责任。" + LONG
    text = lines("青川市防汛简报", LONG, one, two, LONG)
    doc = parse(text)
    assert [c.blocks[0].text for c in doc.chapters] == [LONG, one, two, LONG]
    assert all(c.heading is None for c in doc.chapters)


def test_heading_keeps_its_paragraphs_and_deeper_items() -> None:
    text = lines(
        "青川市防汛简报",
        "一、工作要求",
        LONG,
        "（一）加强监测预警。" + LONG,
        "（二）落实防汛责任。" + LONG,
        "二、保障措施",
        LONG,
    )
    doc = parse(text)
    assert headings(doc) == ["一、工作要求", "二、保障措施"]
    assert len(doc.chapters[0].blocks) == 3
    assert len(doc.chapters[1].blocks) == 1


def test_same_level_long_paragraph_leaves_the_heading_chapter() -> None:
    text = lines("青川市防汛简报", "一、汛情概况", LONG, "二、落实防汛责任。" + LONG)
    doc = parse(text)
    assert doc.chapters[0].heading == "一、汛情概况"
    assert doc.chapters[1].heading is None
    assert doc.chapters[1].blocks[0].text.startswith("二、")


def test_consecutive_headings_share_a_chapter() -> None:
    text = lines("青川市防汛简报", "二、工作安排", "（一）人员安排。", LONG)
    doc = parse(text)
    assert headings(doc) == ["二、工作安排 （一）人员安排。"]
    assert doc.chapters[0].blocks == (Block("paragraph", LONG),)


def test_each_unheaded_paragraph_is_a_chapter_and_never_split() -> None:
    huge = LONG * 40  # over 1400 characters
    text = lines("青川市防汛简报", LONG, huge, LONG)
    doc = parse(text)
    assert [c.heading for c in doc.chapters] == [None, None, None]
    assert [len(c.blocks) for c in doc.chapters] == [1, 1, 1]
    assert doc.chapters[1].blocks[0].text == huge
    assert_nothing_lost(text, doc)


@pytest.mark.parametrize("word", ["结语", "趋势预测", "一图读懂"])
def test_short_unmarked_line_before_a_paragraph_heads_it(word: str) -> None:
    text = lines("青川市防汛简报", LONG, word, LONG)
    doc = parse(text)
    assert [c.heading for c in doc.chapters] == [None, word]


def test_short_line_merges_with_the_next_paragraph() -> None:
    text = lines("青川市防汛简报", LONG, "市水务局：", LONG)
    doc = parse(text)
    assert len(doc.chapters) == 2
    assert [b.text for b in doc.chapters[1].blocks] == ["市水务局：", LONG]


def test_short_line_at_the_end_merges_with_the_previous_paragraph() -> None:
    text = lines("青川市防汛简报", LONG, "特此通知。")
    doc = parse(text)
    assert len(doc.chapters) == 1
    assert [b.text for b in doc.chapters[0].blocks] == [LONG, "特此通知。"]


def test_paragraph_ending_with_colon_takes_the_next_block() -> None:
    text = lines("青川市防汛简报", "现将有关事项通知如下：", LONG, LONG)
    doc = parse(text)
    assert [len(c.blocks) for c in doc.chapters] == [2, 1]


def test_a_run_of_short_list_lines_is_not_a_run_of_headings() -> None:
    text = lines(
        "青川市防汛简报",
        LONG,
        "联系人：王小明",
        "联系电话：0999-1234567",
        "邮箱：flood@example.org",
        "办公地点：市政府三楼",
        LONG,
    )
    doc = parse(text)
    assert headings(doc) == []
    assert_nothing_lost(text, doc)


def test_wrapped_annex_title_is_one_heading() -> None:
    text = lines(
        "青川市防汛简报",
        LONG,
        "附件1",
        "青川市山洪灾害防御重点",
        "区域及转移路线一览",
        LONG,
    )
    doc = parse(text)
    assert headings(doc) == ["附件1 青川市山洪灾害防御重点区域及转移路线一览"]


# ----------------------------------------------------------------------------------------
# tables
# ----------------------------------------------------------------------------------------


def test_tab_table_with_header() -> None:
    text = lines(
        "青川市雨情简报",
        "全市主要站点雨量如下：",
        "站点\t雨量\t等级",
        "东湖镇\t96.2毫米\t暴雨",
        "西山乡\t41.3毫米\t大雨",
        LONG,
    )
    doc = parse(text)
    (table,) = tables(doc)
    assert table.table is not None
    assert table.table.header == ("站点", "雨量", "等级")
    assert table.table.rows == (("东湖镇", "96.2毫米", "暴雨"), ("西山乡", "41.3毫米", "大雨"))
    assert table.text == "站点\t雨量\t等级\n东湖镇\t96.2毫米\t暴雨\n西山乡\t41.3毫米\t大雨"
    # the colon line introduces the table: same chapter
    assert [b.kind for b in doc.chapters[0].blocks] == ["paragraph", "table"]
    assert_nothing_lost(text, doc)


def test_a_tab_row_s_empty_first_cells_keep_its_figures_under_their_columns() -> None:
    # the second session of a day leaves the grade and the day empty, as a merged cell does;
    # a TAB that opens every row only indents the table
    rows = [
        "年级\t日期\t时间\t科目",
        "高一\t3月15日\t8:00—9:30\t语文",
        "\t\t10:00—11:30\t数学",
        "高二\t3月16日\t\t物理",
    ]
    for indent in ("", "\t"):
        doc = parse(lines("南屏中学考试安排", *(indent + row for row in rows), LONG))
        (table,) = tables(doc)
        assert table.table is not None
        assert table.table.header == ("年级", "日期", "时间", "科目")
        assert table.table.rows == (
            ("高一", "3月15日", "8:00—9:30", "语文"),
            ("", "", "10:00—11:30", "数学"),
            ("高二", "3月16日", "", "物理"),
        )


def test_tab_table_without_header_and_with_empty_cells() -> None:
    text = lines("青川市坐标", "1\t105.5\t32.1\t\u00a0", "2\t105.6\t32.2\t起点", LONG)
    doc = parse(text)
    (table,) = tables(doc)
    assert table.table is not None
    assert table.table.header == ()
    assert table.table.rows == (("1", "105.5", "32.1", ""), ("2", "105.6", "32.2", "起点"))


def test_rows_drawn_with_bars_are_a_table_and_a_menu_is_not() -> None:
    text = lines(
        "南屏县未来两天天气预报",
        "各乡镇预报如下：",
        "站点 | 5月9日 | 5月10日",
        "|---|---|---|",
        "城关镇 | 小雨 12~18℃ | 多云 13/21℃",
        "石桥镇 | 中雨 11~16℃ | 阴 12/19℃",
        LONG,
    )
    doc = parse(text)
    (table,) = tables(doc)
    assert table.table is not None
    assert table.table.header == ("站点", "5月9日", "5月10日")
    assert table.table.rows == (
        ("城关镇", "小雨 12~18℃", "多云 13/21℃"),
        ("石桥镇", "中雨 11~16℃", "阴 12/19℃"),
    )
    assert_nothing_lost(text, doc)
    menu = parse(
        lines("首页 | 新闻中心 | 政务公开 | 办事服务", "关于我们 | 联系我们 | 网站地图", LONG)
    )
    assert tables(menu) == []


def test_rows_of_words_ruled_under_their_header_are_a_table_not_a_menu() -> None:
    # a schedule's changes hold no figure; the rule under the header says it is a table
    text = lines(
        "南屏县人民医院专家出诊调整",
        "部分专家出诊时间调整如下：",
        "| 科室 | 专家 | 原出诊时间 | 调整后 |",
        "| --- | --- | --- | --- |",
        "| 骨科 | 周明远 | 周一上午 | 停诊 |",
        "| 眼科 | 吴晓岚 | 周二全天 | 周三全天 |",
        LONG,
    )
    doc = parse(text)
    (table,) = tables(doc)
    assert table.table is not None
    assert table.table.header == ("科室", "专家", "原出诊时间", "调整后")
    assert table.table.rows[1] == ("眼科", "吴晓岚", "周二全天", "周三全天")
    assert_nothing_lost(text, doc)


def test_a_prose_line_with_a_tab_is_not_a_table() -> None:
    text = lines("青川市防汛简报", "第一条\t" + LONG * 2, "第二条\t" + LONG * 2)
    doc = parse(text)
    assert tables(doc) == []


def test_aligned_table_with_full_width_spaces() -> None:
    gap = U3000 * 2
    text = lines(
        "青川市防汛指挥部成员名单",
        "现将名单通知如下：",
        f"总指挥：李{U3000}明{gap}市长",
        f"副总指挥：王小红{gap}副市长",
        f"{U3000 * 5}张{U3000}强{gap}水务局局长",
        f"成{U3000}员：赵大海{gap}应急局局长",
        LONG,
    )
    doc = parse(text)
    (table,) = tables(doc)
    assert table.table is not None
    assert table.table.header == ()
    assert table.table.rows[0] == ("总指挥：李明", "市长")
    assert table.table.rows[2] == ("张强", "水务局局长")
    assert table.table.rows[3] == ("成员：赵大海", "应急局局长")
    assert_nothing_lost(text, doc)


def test_one_cell_per_line_table_separated_by_blank_runs() -> None:
    cell, row = "\r\n" * 4, "\r\n" * 6  # three blank lines between cells, five between rows
    body = (
        "时间"
        + cell
        + "项目"
        + cell
        + "负责人"
        + row
        + "09:00-10:00"
        + cell
        + "山洪避险演练"
        + cell
        + "王小明"
        + row
        + "10:30-11:30"
        + cell
        + "城区内涝处置"
        + "\r\n" * 8
        + "李小红"
        + row
    )
    text = "青川市防汛演练安排\n" + LONG + "\r\n" * 5 + body + LONG
    doc = parse(text)
    (table,) = tables(doc)
    assert table.table is not None
    assert table.table.header == ("时间", "项目", "负责人")
    assert table.table.rows == (
        ("09:00-10:00", "山洪避险演练", "王小明"),
        ("10:30-11:30", "城区内涝处置", "", "李小红"),
    )
    assert_nothing_lost(text, doc)


def test_a_table_pasted_one_cell_per_line_without_blank_lines_is_a_table() -> None:
    cells = ["岗位代码", "岗位名称", "人数", "学历要求"]
    cells += ["HL01", "临床护士", "45", "全日制大专及以上"]
    cells += ["HL02", "重症监护护士", "10", "全日制本科及以上"]
    cells += ["HL03", "助产士", "5", "全日制大专及以上"]
    text = lines("南屏市人民医院招聘公告", "", LONG, "", *cells, "", LONG)
    doc = parse(text)
    (table,) = tables(doc)
    assert table.table is not None
    assert table.table.header == ("岗位代码", "岗位名称", "人数", "学历要求")
    assert table.table.rows[1] == ("HL02", "重症监护护士", "10", "全日制本科及以上")
    assert_nothing_lost(text, doc)
    # lines of a list that mix figures and words in one place are no table
    listed = [
        "报名条件",
        "年龄要求",
        "学历要求",
        "18周岁以上",
        "35周岁以下",
        "大专",
        "本科",
        "硕士",
        "5",
    ]
    assert tables(parse(lines("南屏市招聘公告", "", LONG, "", *listed, "", LONG))) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "如遇不可抗力因素导致考试延期或取消，将另行通知，请考生密切关注考试院官方微信公众号。",
        "南屏县2031年乡镇事业单位公开招聘来啦！本次共招聘56名，快转发给身边需要的朋友吧",
        "打开“个人所得税”APP并登录",
        "下载“国家反诈中心”APP，开启来电预警功能，守护您的钱袋子！",
    ],
)
def test_a_notice_s_sentence_that_ends_on_an_account_or_a_plea_is_read(sentence: str) -> None:
    # it says something of its own first; a plea alone (扫一扫关注该公众号) is furniture
    doc = parse(lines("南屏县教师资格考试公告", "", LONG, "", sentence, "", LONG))
    assert sentence in headings_and_blocks(doc)
    bare = parse(
        lines("南屏县教师资格考试公告", "", LONG, "", "预览时标签不可点，微信扫一扫关注该公众号")
    )
    assert paragraphs(bare) == [LONG]


def test_a_wrapped_paragraph_s_first_line_near_the_width_goes_on_in_the_next() -> None:
    # its first line stops mid-sentence a little short of the width; it is no headline
    text = lines(
        "南屏省地质灾害气象风险预警",
        "2031年第23期",
        "",
        "南屏省自然资源厅、南屏省气象局2031年7月8日17时联合",
        "发布地质灾害气象风险预警：受西南低涡东移影响，预计7月8日20时",
        "至10日20时，我省盆地西部、高原东部将出现一次强降雨过程，累计",
        "雨量一般50～100毫米，局部地区150～200毫米，最大小时雨强较大。",
        "",
        "一、预警范围",
        "南屏市：汉源县、石棉县、荥经县、天全县、芦山县、宝兴县全境。",
    )
    doc = parse(text)
    assert doc.title == "南屏省地质灾害气象风险预警"
    assert paragraphs(doc)[0].startswith("南屏省自然资源厅、南屏省气象局2031年7月8日17时联合发布")


def test_a_numbered_item_wrapped_near_the_width_goes_on_in_the_next_line() -> None:
    # a heading's words never run that far; an item that stops mid-sentence there goes on
    text = lines(
        "南屏省地质灾害气象风险预警",
        "",
        "南屏省自然资源厅、南屏省气象局2031年7月8日17时联合发布地质灾害气",
        "象风险预警：预计7月8日20时至10日20时，我省西部将出现一次强降雨。",
        "",
        "二、防范要求",
        "1．红色预警区内各级自然资源、应急管理部门要立即启动",
        "相应级别应急响应，对已查明的地质灾害隐患点开展巡查值守。",
        "2．橙色、黄色预警区内要加强雨前排查、雨中巡查、雨后",
        "复查，严格落实“三查”制度和“三避让”要求。",
    )
    said = paragraphs(parse(text))
    assert "1．红色预警区内各级自然资源、应急管理部门要立即启动相应级别应急响应，" in " ".join(said)
    assert any(p.startswith("2．") and "雨后复查" in p for p in said), said


def test_a_list_of_figures_wrapped_after_its_mark_goes_on_however_it_opens() -> None:
    # 0、 opens no list item: nothing is counted from nought
    text = lines(
        "南屏省食品安全监督抽检信息",
        "",
        "（一）某商贸有限公司销售的、标称某食品有限公司生产的鲜湿米粉，",
        "脱氢乙酸及其钠盐（以脱氢乙酸计）检出值为0.062g/kg，不符合规定；",
        "某超市销售的饮用天然矿泉水（规格：550mL/瓶，生产日期：2031年",
        "3月18日），铜绿假单胞菌项目5个样品检出值分别为0、12、0、",
        "0、3 CFU/250mL，不符合GB 8537-2018的要求。",
    )
    assert any("0、12、0、0、3 CFU" in p for p in paragraphs(parse(text))), paragraphs(parse(text))


def test_paragraphs_separated_by_equal_blank_runs_are_not_a_table() -> None:
    text = "\n\n\n".join(["青川市防汛简报", "汛情概况", LONG, "工作要求", LONG]) + "\n"
    doc = parse(text)
    assert tables(doc) == []
    assert headings(doc) == ["汛情概况", "工作要求"]


# ----------------------------------------------------------------------------------------
# dropped lines, Traditional script, line ends, purity
# ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "!img",
        "[图片]",
        "图片来源：青川日报",
        "收藏到我的收藏夹",
        "打印本页",
        "【字体：大中小】【打印】【关闭】",
        "相关链接：青川市应急管理局",
        "--------",
        "暴雨中的青川城区暴雨中的青川城区",
        # photo captions, with or without their credit
        "图为游客在城关镇油菜花田中拍照留念。（记者 王晓东 摄）",
        "上图：青川江大桥合龙现场",
        # the buttons of a WeChat article
        "阅读原文",
        "点个在看你最好看",
        "分享 收藏 点赞 在看",
        # end marks
        "完",
        "－完－",
        # a newspaper's page label
        "第01版：要闻",
        # a page's footer: its address, reprint and rights notices, its buttons
        "本文链接：http://www.qcyj.gov.cn/news/20310616.html",
        "转载请注明出处",
        "声明：本文部分图片来源于网络，如有侵权请联系删除。",
        "【返回列表】",
        "分享到微信 分享到微博",
        "END",
        "图片说明：青川江夜景",
        "点击进入专题",
        "更多资讯请关注青川发布微信公众号",
        "欢迎投稿：qcrb@example.cn",
        # font-size bars and buttons in their other spellings
        "【大】【中】【小】",
        "字号：T|T",
        "打印 | 关闭",
        "分享：",
        "二维码",
        "手机版",
        "返回搜狐，查看更多",
        # counters without a colon, a plea to star a WeChat account
        "阅读量 1234",
        "点赞 56",
        "评论（0）",
        "设为星标，不错过每一条推送",
        # a post's plea to follow it for more, to scan its code, to like it
        "关注“青川文旅” 获取更多精彩",
        "长按识别下方二维码",
        "喜欢就点个“赞”吧",
        # a Taiwan paper's toolbar and advertisement slot; a Hong Kong release's foot
        "分享 列印 A- A+",
        "廣告",
        "Ends/Monday, September 15, 2031",
        "Issued at HKT 15:30",
        "NNNN",
        # a caption marked with a triangle; a portal's footer; a listed company's assurance
        "▲ 灰鹤在湿地中觅食",
        # a photo's caption that names only its scene
        "会议现场",
        "▲活动现场",
        # a table's key to its marks: the figures are read with which way they moved
        "注：▲表示上涨，▼表示下降，—表示持平。",
        "承办：临河县人民检察院办公室 技术支持：江南检察技术中心",
        "友情链接：青川市卫生健康委员会 | 青川市医保局",
        "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏。",
        "本公司及董事会全体成员保证信息披露的内容真实、准确、完整，没有虚假记载、误导性陈述或重大遗漏。",
        "本行董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏。",
        # (…numbered in a summary, a disclosing shareholder's, the board's that they agree)
        "1.2 本公司董事会、监事会及董事、监事、高级管理人员保证年度报告内容的真实性、准确性、"
        "完整性，不存在虚假记载、误导性陈述或重大遗漏。",
        "持股5%以上的股东青川投资有限公司保证向本公司提供的信息内容真实、准确、完整，没有虚假"
        "记载、误导性陈述或重大遗漏。",
        "本公司及董事会全体成员保证公告内容与信息披露义务人提供的信息一致。",
        "（本页无正文，为《青川电力股份有限公司票面利率公告》之盖章页）",
        # a caption with Taiwan's papers' credit in brackets
        "▲青川市區一處路面塌陷。（圖／讀者提供）",
        "市長視察災區。(記者王小明／攝影)",
        # a list of links glued onto its head
        "相关文章临河县召开秋粮收购工作部署会临河县2031年粮食生产再获丰收",
        # buttons in other spellings and separators, a share prompt, an empty attachment field
        "【我要打印】 【关闭本页】",
        "打印本页 || 关闭窗口",
        "【纠错】",
        "列印 分享至Facebook 分享至LINE 回上一頁",
        "分享让更多人看到",
        "相关附件：无",
        "附件下载：无",
        # a site's terms of reprint, a tip line, a disclaimer, a footer, more buttons
        "本网站所刊载信息，不代表本社观点。刊用本网站稿件，务经书面授权。",
        "临河新闻，未经授权不得转载",
        "临河新闻报料：0571-88886666",
        "（以上信息仅供参考，不构成投资建议。股市有风险，投资需谨慎。）",
        "主办：临河县统计局 地址：临河县人民路8号 邮编：325100",
        "分享至 微信 微博",
        "分享：微信 微博 复制链接",
        "分享：Facebook Twitter 電郵 列印",
        "扫一扫 分享到朋友圈",
        "字号",
        "+1",
        "我要举报",
        "[视频]",
        "— 3 —",
        # buttons with a counter, a browser's advice, the colours for the eyes, prompts
        "【我要打印】【关闭窗口】 浏览：12,408次",
        "建议使用1920×1080分辨率 IE10以上版本浏览器",
        "视力保护色：■ ■ ■ ■ ■",
        "字号：[大] [中] [小] 视力保护色：",
        # a repost's note that it is the writer's view, a disclaimer in Traditional
        # characters, a page's page numbers
        "本文来自【青川日报客户端】，仅代表作者观点。青川平台提供信息发布传播服务。",
        "免責聲明：本網站資料僅供參考，投資人應審慎評估。",
        "【1】【2】【3】 下一页",
        "获取更多资讯",
        "听全文",
        "参与互动",
        "---END---",
        "【如果您有新闻线索，欢迎向我们报料，一经采纳有费用酬谢。报料QQ：12345678】",
        # the next story, the comments, a footer with its copyright sign, links home
        "阅读下一篇：",
        "热门评论（32）",
        "2031 © 南屏天文台 | 重要告示 | 私隱政策 | 無障礙 | 最後修訂日期：2031年9月6日",
        "回到頁首",
        "回上一頁 列印 :::",
        "相关稿件",
        "相關檔案：",
        "点击上方蓝字 关注“南屏气象”",
        # a page's pictures and its links home, share buttons with a bracket each, a note
        # that the site is accessible
        "相關圖片",
        "今日新聞 | 返回頁首",
        "[分享到Facebook] [分享到LINE] [列印] [回上頁]",
        "本網站已通過無障礙 AA 檢測",
        # a post's buttons with their pictographs and counts, its share bar with a count
        "👍 1.2万 💬 386 ⭐ 收藏 ↗ 分享",
        "👍 赞 12 🔁 分享 💬 留言 36",
        "点赞（2568） 收藏 分享到：微信 微博 QQ空间",
        "分享：微信 Facebook X",
        # the way back up with its arrow, buttons beside a font bar, a plea to pass it on
        "返回顶部 ↑",
        "【打印】【关闭】 字号：T|T",
        "转发扩散！让更多人知道👇",
        "▼扫码报名▼",
        # a post's topics, a text message's opt-out, its count of words, a comment box
        "#南屏天气# #暴雨预警#",
        "退订回T",
        "全文共1368字，阅读大约需要4分钟",
        "▌写评论...",
        # a paper's page and section, its editors after the day, a column's name left open
        "A03 | 城事",
        "2031年7月1日 星期二 编辑 汪洋 美编 何丽 校对 张雪",
        "南屏视点｜",
        # a photo's credit with its agency, a pictures' list with its count, a licence
        "陈晓峰摄（中经视觉）",
        "相關圖片（3）",
        "創用CC授權",
        "今日新聞公報",
        # a page's own buttons among its share bar, alone in brackets, with the font size
        "【我要纠错】 分享到：微信 微博 QQ空间",
        "字号：A+ A- 评论(128) 收藏",
        "列印此頁 分享",
        "列印此頁",
        "打印本頁 | 關閉",
        "上一則 下一則",
        "【關閉視窗】",
        "<‹ 返回列表",
        "相關附件：",
        "▶ 点击播放",
        # a page's tags, a collection's entry with its count of posts
        "相关标签：非遗 文旅融合 网络话题",
        "#防汛防台 23个",
        # a Weibo post's time, a paper's page header and serial number, a reprint notice, a
        # page's day of its last update, an issue's number with today's pages
        "2031年03月05日 星期二 | 第03版：要闻",
        "国内统一连续出版物号 CN33-0012",
        "本網站之文字、圖片及影音，非經授權，不得轉載。",
        "(本頁)最近更新日期：2031年11月14日",
        # a printed page's number between dots, or named
        "·5·",
        "第1页",
    ],
)
def test_chrome_and_duplicated_captions_are_dropped(line: str) -> None:
    text = lines("青川市防汛简报", LONG, line, LONG)
    doc = parse(text)
    assert doc.dropped == (line,)
    assert paragraphs(doc) == [LONG, LONG]
    assert_nothing_lost(text, doc)


def test_a_long_line_of_figures_is_no_button_bar_and_is_judged_at_once() -> None:
    from audiobulletin.document.lines import is_button_bar

    assert not is_button_bar("12 45 67")
    assert not is_button_bar("1,2,3 " * 3000 + "a")  # no backtracking over its figures
    assert is_button_bar("👍 1.2万 💬 386 ⭐ 收藏")


def test_a_share_bar_glued_onto_the_last_sentence_is_not_read() -> None:
    bar = "分享到：微信 微博 打印本页 关闭窗口"
    text = lines("青川市防汛简报", LONG, LONG + bar)
    doc = parse(text)
    assert paragraphs(doc) == [LONG, LONG]
    assert (("other", bar)) in [(m.kind, m.text) for m in doc.meta]
    assert_nothing_lost(text, doc)


def test_repeated_line_is_dropped_once() -> None:
    text = lines(
        "青川市防汛简报", "表1 全市雨量统计", "表1 全市雨量统计", "站点\t雨量", "东湖\t9毫米"
    )
    doc = parse(text)
    assert doc.dropped == ("表1 全市雨量统计",)
    assert headings(doc) == ["表1 全市雨量统计"]


def test_traditional_chinese_is_kept_as_written() -> None:
    text = lines(
        "青川市議會臨時會圓滿閉幕",
        "發布時間：120年3月20日",
        "一、會議概況",
        "本次臨時會審議通過追加預算，議員們對防災工作提出多項建議。",
    )
    doc = parse(text)
    assert doc.title == "青川市議會臨時會圓滿閉幕"
    assert doc.date == "2031-03-20"
    assert headings(doc) == ["一、會議概況"]
    assert "臨時會" in paragraphs(doc)[0]
    assert_nothing_lost(text, doc)


def test_mixed_line_ends_parse_like_lf() -> None:
    lf = lines("青川市防汛简报", "一、汛情概况", LONG, LONG)
    mixed = lf.replace("\n", "\r\n", 2).replace("\n", "\r", 1)
    assert parse(mixed) == parse(lf)


def test_parse_is_pure() -> None:
    text = lines("青川市防汛简报", "发布时间：2031-06-02", "一、汛情概况", LONG)
    assert parse(text) == parse(text)


def test_empty_text_gives_an_empty_document() -> None:
    assert parse("") == Document(title="")
    assert parse(" \n\u3000\n") == Document(title="")


INVENTED_REPORTS = [
    lines(
        "青川市人民政府办公室关于",
        "做好2031年防汛工作的通知",
        "青政办发〔2031〕3号",
        "各镇人民政府，市直各部门：",
        LONG,
        "一、加强组织领导",
        LONG,
        "（一）落实责任。" + LONG,
        "二、工作安排",
        "（一）人员安排。",
        "1. " + LONG,
        "三、名单",
        "站点\t负责人\t电话",
        "东湖\t王小明\t0999-1",
        "西山\t李小红\t0999-2",
        f"青川市人民政府办公室{NBSP * 8}",
        f"2031年6月2日{NBSP * 8}",
        "（此件公开发布）",
        "附件",
        "青川市防汛责任人名单",
        LONG,
    ),
    lines(
        "青川暴雨来袭——",
        "全市转移群众一千余人",
        "",
        "06-02 07:15青川快讯",
        "",
        "!img",
        "热点",
        "",
        "1、" + LONG,
        "",
        "2、" + LONG,
        "城区积水照片城区积水照片",
        "结语",
        LONG,
        "责任编辑：李四",
    ),
    "\ufeff青川市議會\r\n\r\n" + "\r\n".join([LONG, "類 別", "", "", "", "金 額"]) + "\r\n",
]


@pytest.mark.parametrize("text", INVENTED_REPORTS)
def test_nothing_lost_in_invented_reports(text: str) -> None:
    assert_nothing_lost(text, parse(text))


# ----------------------------------------------------------------------------------------
# the real corpus
# ----------------------------------------------------------------------------------------


_corpus_dir = corpus_dir


def _corpus_files() -> list[str]:
    return [p.name for p in corpus_files()]


def _load(prefix: str) -> tuple[str, Document]:
    folder = _corpus_dir()
    if not folder.is_dir():
        pytest.skip(f"corpus not found at {folder}")
    matches = sorted(folder.glob(f"{prefix}-*.txt"))
    if not matches:
        pytest.skip(f"corpus file {prefix}-*.txt not found in {folder}")
    text = read_report(matches[0])
    return text, parse(text)


_META_START = re.compile(
    r"^(发布时间|发布日期|来源|文章来源|信息来源|作者|撰稿人|责任编辑|文号|点击次数)"
)

CORPUS_IDS = [f"{n:02d}" for n in range(1, 25)]


@pytest.mark.corpus
def test_corpus_has_24_reports() -> None:
    if not _corpus_files():
        pytest.skip("corpus not found")
    assert len(_corpus_files()) == 24


@pytest.mark.corpus
@pytest.mark.parametrize("prefix", CORPUS_IDS)
def test_corpus_structure_invariants(prefix: str) -> None:
    text, doc = _load(prefix)
    assert doc.title
    assert len(doc.title) <= 80
    assert not _META_START.match(doc.title)
    assert parse_date(doc.title) is None or not re.fullmatch(r"[\d年月日\-]+", doc.title)
    assert doc.chapters
    assert_nothing_lost(text, doc)
    for chapter in doc.chapters:
        assert chapter.blocks
        if chapter.heading:
            assert len(chapter.heading) <= 80
            # heading lines may be joined with a space, but a heading holds no sentence
            assert not re.search(r"[。！？；][^\s]", chapter.heading), chapter.heading
    for meta in doc.meta:
        if meta.kind == "editor":
            assert not meta.spoken


@pytest.mark.corpus
@pytest.mark.parametrize(
    ("prefix", "n_lines"),
    [("02", 3), ("03", 2), ("04", 3), ("05", 2), ("06", 2), ("07", 2), ("08", 3)],
)
def test_corpus_wrapped_titles(prefix: str, n_lines: int) -> None:
    text, doc = _load(prefix)
    first = [clean_line(line) for line in text.split("\n")[:n_lines]]
    assert doc.title == "".join(first)
    assert any(m.kind == "docno" for m in doc.meta)


@pytest.mark.corpus
@pytest.mark.parametrize(
    ("prefix", "iso"),
    [
        ("01", "2014-05-06"),
        ("12", "2018-06-07"),
        ("13", "2016-04-05"),
        ("14", "2014-03-24"),
        ("15", "2013-07-08"),
        ("16", "2013-10-05"),
        ("17", "2014-05-13"),
        ("18", "2024-08-22"),
        ("11", "2024-08-09"),
    ],
)
def test_corpus_dates(prefix: str, iso: str) -> None:
    _, doc = _load(prefix)
    assert doc.date == iso


@pytest.mark.corpus
def test_corpus_09_editor_line_is_meta_and_not_spoken() -> None:
    _, doc = _load("09")
    editors = [m for m in doc.meta if m.kind == "editor"]
    assert len(editors) == 1
    assert not editors[0].spoken
    assert all(editors[0].text not in p for p in paragraphs(doc))
    assert len(doc.subtitles) == 1
    assert len(tables(doc)) == 2


@pytest.mark.corpus
def test_corpus_11_stamp_is_meta() -> None:
    _, doc = _load("11")
    assert [m.kind for m in doc.meta] == ["stamp"]
    assert all(not re.match(r"\d\d-\d\d \d\d:\d\d", p) for p in paragraphs(doc))
    assert len(headings(doc)) >= 5


@pytest.mark.corpus
@pytest.mark.parametrize(
    ("prefix", "kinds"), [("12", {"date", "author"}), ("13", {"date", "source", "author"})]
)
def test_corpus_bylines(prefix: str, kinds: set[str]) -> None:
    _, doc = _load(prefix)
    assert {m.kind for m in doc.meta} == kinds
    # the dateline and source are said in the intro; a byline never is
    assert all(m.spoken == (m.kind != "author") for m in doc.meta)


@pytest.mark.corpus
def test_corpus_07_personnel_list_is_a_table() -> None:
    _, doc = _load("07")
    (table,) = tables(doc)
    assert table.table is not None
    assert len(table.table.rows) >= 10
    assert all(len(row) == 2 for row in table.table.rows)
    assert all(U3000 not in cell for row in table.table.rows for cell in row)


@pytest.mark.corpus
def test_corpus_08_coordinate_tables() -> None:
    _, doc = _load("08")
    found = tables(doc)
    assert len(found) >= 5
    assert all(t.table is not None and t.table.header for t in found)
    assert all("\t" in t.text for t in found)


@pytest.mark.corpus
@pytest.mark.parametrize("prefix", ["22", "23"])
def test_corpus_crlf_mix_and_one_cell_per_line_tables(prefix: str) -> None:
    found = sorted(_corpus_dir().glob(f"{prefix}-*.txt"))
    if not found:
        pytest.skip(f"corpus file {prefix}-*.txt not found")
    path = found[0]
    raw = path.read_bytes().decode("utf-8")  # CRLF and LF as scraped
    assert "\r\n" in raw
    doc = parse(raw)
    assert doc == parse(read_report(path))
    (table,) = tables(doc)
    assert table.table is not None
    assert len(table.table.header) == 4
    assert len(table.table.rows) >= 5
    assert {len(row) for row in table.table.rows} <= {3, 4}  # the source merges some cells
    assert_nothing_lost(raw, doc)


@pytest.mark.corpus
def test_corpus_24_long_paragraph_stays_one_chapter() -> None:
    _, doc = _load("24")
    longest = max(paragraphs(doc), key=len)
    assert len(longest) > 800
    owner = [c for c in doc.chapters if any(b.text == longest for b in c.blocks)]
    assert len(owner) == 1
    assert owner[0].blocks == (Block("paragraph", longest),)


@pytest.mark.corpus
def test_corpus_06_chapter_headings() -> None:
    _, doc = _load("06")
    chapter_heads = [h for h in headings(doc) if re.search(r"第[一二三四五六七八九十]+章", h)]
    assert len(chapter_heads) == 9
    assert any(h.endswith("总则") for h in chapter_heads)  # 总　　则 closed up
    # articles (第…条) are paragraphs, not headings
    assert not any(re.match(r"^第[一二三四五六七八九十]+条", h) for h in headings(doc))


@pytest.mark.corpus
def test_corpus_20_dash_title_subtitle_and_dropped_captions() -> None:
    _, doc = _load("20")
    assert doc.title.endswith("——")
    assert len(doc.subtitles) == 1
    assert len(doc.dropped) >= 3
    assert any(h == "结语" for h in headings(doc))


@pytest.mark.corpus
@pytest.mark.parametrize("prefix", ["02", "03", "04", "05", "06", "07", "08", "18", "19"])
def test_corpus_signatures_are_meta(prefix: str) -> None:
    _, doc = _load(prefix)
    kinds = [m.kind for m in doc.meta]
    assert "signature" in kinds
    assert "date" in kinds
    assert doc.date is not None


@pytest.mark.corpus
@pytest.mark.parametrize("prefix", ["21", "22", "23", "24"])
def test_corpus_traditional_reports_parse(prefix: str) -> None:
    text, doc = _load(prefix)
    assert doc.title
    assert paragraphs(doc) or tables(doc)
    assert_nothing_lost(text, doc)


def _more_reports() -> list[Path]:
    """The seed and the reports of other shapes in ``../shared`` (skipped when absent)."""
    shared = shared_dir()
    found = sorted((shared / "corpus-more").glob("*.txt")) + sorted((shared / "seed").glob("*.txt"))
    return found


@pytest.mark.corpus
@pytest.mark.parametrize("path", _more_reports() or [None], ids=lambda p: p.name if p else "none")
def test_nothing_is_lost_on_the_seed_and_the_reports_of_other_shapes(path: Path | None) -> None:
    if path is None:
        pytest.skip("../shared/corpus-more and ../shared/seed are not here")
    text = read_report(path)
    doc = parse(text)
    assert_nothing_lost(text, doc)
    assert doc.chapters


@pytest.mark.parametrize(
    ("head", "dated", "title"),
    [
        ("臺北市政府公告", "發文日期：中華民國120年3月5日", "臺北市一次用塑膠吸管限制使用對象"),
        ("青川市人民政府通告", "发文日期：2031年3月5日", "青川市一次用塑膠吸管限制使用對象"),
        ("臺北市政府公告", "發文日期：中華民國120年3月5日", "臺北市政府公告"),
    ],
)
def test_an_issuing_body_s_notice_is_titled_by_its_subject_and_dated_by_its_sending_day(
    head: str, dated: str, title: str
) -> None:
    subject = "主旨：公告本市一次用塑膠吸管限制使用對象，自中華民國120年7月1日生效。"
    if title == head:
        subject = (
            "主旨：公告本市一次用塑膠吸管限制使用對象之範圍、實施方式、實施日期、稽查方式"
            "及其他應遵行事項與罰則規定。"
        )
    text = lines(
        head,
        dated,
        "發文字號：府授環字第1203001234號",
        subject,
        "依據：資源回收再利用法第21條。",
    )
    doc = parse(text)
    # (a subject too long for a title leaves the notice named by who gives it)
    assert doc.title == title
    assert doc.date == "2031-03-05"
    assert [m.kind for m in doc.meta] == ["date", "docno"]
    assert_nothing_lost(text, doc)


@pytest.mark.parametrize("section", ["通知公告", "公告", "最新公告"])
def test_a_site_s_notices_section_above_a_headline_is_still_no_title(section: str) -> None:
    text = lines(section, "青川市人民政府关于做好2031年防汛工作的通知", LONG)
    assert parse(text).title == "青川市人民政府关于做好2031年防汛工作的通知"


@pytest.mark.parametrize("title", ["计划停电公告", "拍卖公告", "关于停水的公告"])
def test_a_short_notice_of_what_is_done_is_the_title_not_a_site_s_section(title: str) -> None:
    issuer = f"青川县供电公司{U3000}2031.06.12"
    text = lines(title, issuer, "", "定于2031年6月15日8:00至18:00对以下区域停止供电。" + LONG)
    doc = parse(text)
    assert doc.title == title
    assert_nothing_lost(text, doc)


def test_the_issuing_office_above_a_document_number_and_its_title_is_no_title() -> None:
    title = "青川市人民政府办公室关于做好2031年春季森林防火工作的通知"
    text = lines(
        "青川市人民政府办公室", "青政办发〔2031〕12号", title, "各县（区）人民政府：", LONG
    )
    doc = parse(text)
    assert doc.title == title
    assert [m.kind for m in doc.meta] == ["site", "docno", "addressee"]
    assert paragraphs(doc) == [LONG]
    assert_nothing_lost(text, doc)


@pytest.mark.parametrize(
    ("bar", "names"),
    [
        ("_青川新闻网", 1),
        (" - 青川网", 1),
        ("|青川日报", 1),
        ("_青川新闻网_青川网", 2),
        (" -- 青川日报数字报", 1),
        ("-要闻-青川网", 2),
    ],
)
def test_the_site_name_a_title_bar_adds_to_a_headline_is_not_the_title(
    bar: str, names: int
) -> None:
    text = lines(f"青川市启动夏季防汛大检查{bar}", LONG)
    doc = parse(text)
    assert doc.title == "青川市启动夏季防汛大检查"
    assert [m.kind for m in doc.meta] == ["site"] * names
    assert_nothing_lost(text, doc)


def test_a_speech_s_subtitle_speaker_and_date_stand_apart_from_its_title() -> None:
    title = "坚定信心 真抓实干 奋力开创高质量发展新局面"
    text = (
        "\n".join(
            [title, "——在2031年全市工作会议上的讲话", "青川市市长 王大明", "（2031年3月5日）"]
        )
        + "\n\n"
        + LONG
    )
    doc = parse(text)
    assert doc.title == title
    assert doc.subtitles == ("——在2031年全市工作会议上的讲话",)
    assert [(m.kind, m.text) for m in doc.meta] == [
        ("speaker", "青川市市长 王大明"),
        ("date", "（2031年3月5日）"),
    ]
    assert doc.date == "2031-03-05"
    assert paragraphs(doc) == [LONG]
    assert_nothing_lost(text, doc)


def test_who_gave_a_speech_holding_several_offices_stands_apart_from_its_title() -> None:
    speaker = f"省委常委、常务副省长{U3000}王大明"
    text = lines("在全省经济工作会议上的讲话", speaker, "（2031年12月20日）", "", LONG)
    doc = parse(text)
    assert doc.title == "在全省经济工作会议上的讲话"
    assert [m.kind for m in doc.meta] == ["speaker", "date"]
    assert_nothing_lost(text, doc)


@pytest.mark.parametrize("site", ["青川气象", "青川市第一人民医院"])
def test_a_site_s_name_above_its_menu_or_breadcrumb_is_no_title(site: str) -> None:
    text = "\n".join(
        [site, "首页 | 医院概况 | 科室导航 | 新闻中心", "关于调整门诊服务时间的通知", LONG]
    )
    assert parse(text).title == "关于调整门诊服务时间的通知"
    crumb = "\n".join([site, "首页 > 天气预报 > 短期预报", "青川市发布暴雨橙色预警", LONG])
    assert parse(crumb).title == "青川市发布暴雨橙色预警"


def test_a_site_banner_with_who_runs_it_and_a_toolbar_ending_in_today_s_date_are_no_title() -> None:
    title = "南屏县城南污水处理厂二期工程通水运行 日处理能力翻番"
    text = lines(
        "南屏新闻网 | 南屏日报社主办",
        "登录 | 注册 | 手机版 | 数字报 | 今天是：2032年6月8日 星期二",
        title,
        "来源：南屏日报  发布时间：2032-06-08 10:21:05",
        LONG,
    )
    doc = parse(text)
    assert doc.title == title
    assert "登录" not in "".join(paragraphs(doc))
    assert_nothing_lost(text, doc)


def test_a_table_of_contents_under_its_heading_is_not_read_nor_the_title() -> None:
    entries = ["一、2030年工作回顾", "二、2031年主要目标", "三、重点任务"]
    title = "青川市政府工作报告解读：今年经济增长预期目标定为6%"
    text = "\n".join(["目录", *entries, title, entries[0], LONG])
    doc = parse(text)
    assert doc.title == title
    assert [(m.kind, m.text) for m in doc.meta] == [("toc", t) for t in ["目录", *entries]]
    assert_nothing_lost(text, doc)


def test_an_issuing_body_above_its_notice_s_kind_and_title_is_no_title() -> None:
    title = "關於2031年度「長者生活津貼」發放安排"
    text = lines("澳門特別行政區政府社會工作局", "通告", title, LONG)
    doc = parse(text)
    assert doc.title == title
    assert_nothing_lost(text, doc)


def test_a_release_s_contact_among_the_fields_under_its_headline_is_metadata() -> None:
    fields = ["發布日期：120年3月15日", "聯絡人：陳志明科長", "聯絡電話：(02)2345-6789 分機 312"]
    text = lines("北原市推動公車全面電動化", *fields, LONG)
    doc = parse(text)
    assert [m.text for m in doc.meta] == fields
    assert paragraphs(doc) == [LONG]
    # in the body, a contact is what the notice says
    body = parse(lines("北原市推動公車全面電動化", LONG, "聯絡人：陳志明科長"))
    assert paragraphs(body) == [LONG, "聯絡人：陳志明科長"]


def test_bodies_that_issue_a_report_together_above_its_date_are_no_part_of_its_title() -> None:
    title = "南屏县2032年国民经济和社会发展统计公报"
    text = lines(title, "", "南屏县统计局", "国家统计局南屏调查队", "（2033年3月18日）", LONG)
    doc = parse(text)
    assert doc.title == title
    assert [m.text for m in doc.meta if m.kind == "signature"] == [
        "南屏县统计局",
        "国家统计局南屏调查队",
    ]
    assert_nothing_lost(text, doc)


def test_a_rule_of_stars_under_a_headline_is_no_part_of_it() -> None:
    title = "南灣海濱長廊第二期五月一日起開放"
    text = lines(title, "＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊", "", LONG, "", LONG)
    doc = parse(text)
    assert doc.title == title
    assert_nothing_lost(text, doc)


@pytest.mark.parametrize("notice", ["关于回购公司股份的进展公告", "2031年度业绩快报"])
def test_a_listed_company_s_notice_under_its_name_is_titled_with_it(notice: str) -> None:
    company = "青川电子科技股份有限公司"
    text = lines(
        "证券代码：603888　证券简称：青川电子　公告编号：2031-061", company, notice, "", LONG
    )
    doc = parse(text)
    assert doc.title == company + notice
    assert headings(doc) == []
    assert_nothing_lost(text, doc)


def test_the_body_named_under_the_title_over_the_first_paragraph_issues_it() -> None:
    issuer = "江陵市春运工作领导小组办公室"
    lead = "2031年春运自1月14日开始，至2月22日结束，共40天。据预测，全市进出港旅客将达1286万人次。"
    text = lines("江陵市2031年春运交通出行服务指南", "", issuer, "", lead, "", LONG)
    doc = parse(text)
    assert ("source", issuer) in [(m.kind, m.text) for m in doc.meta]
    assert headings(doc) == []
    assert_nothing_lost(text, doc)


def test_a_body_over_a_year_s_notice_that_names_no_one_titles_it() -> None:
    text = lines("青川市第一人民医院", "2031年公开招聘编外工作人员简章", "", LONG)
    doc = parse(text)
    assert doc.title == "青川市第一人民医院2031年公开招聘编外工作人员简章"
    assert_nothing_lost(text, doc)
    # …never a site's name over it
    assert parse(lines("青川新闻网", "2031年公开招聘编外工作人员简章", "", LONG)).title == (
        "2031年公开招聘编外工作人员简章"
    )


def test_a_customs_office_above_its_day_and_headline_issues_it() -> None:
    text = lines("青川海关", "2031年12月31日", "", "12月份全市进出口总值同比增长3.2%", "", LONG)
    doc = parse(text)
    assert doc.title == "12月份全市进出口总值同比增长3.2%"
    assert ("site", "青川海关") in [(m.kind, m.text) for m in doc.meta]
    assert_nothing_lost(text, doc)


def test_an_issuer_above_a_line_that_only_names_the_kind_titles_the_report_with_it() -> None:
    text = lines("南屏县公安局交通警察大队", "警情通报", "", LONG)
    doc = parse(text)
    assert doc.title == "南屏县公安局交通警察大队警情通报"
    assert paragraphs(doc) == [LONG]
    assert_nothing_lost(text, doc)


def test_an_office_s_name_with_the_kind_press_release_is_no_title() -> None:
    title = "政院會通過偏鄉公車補助計畫 4年投入新臺幣12億元"
    text = lines("行政院新聞傳播處 新聞稿", "發布日期：121-05-14", title, LONG)
    assert parse(text).title == title
    # …over a headline hardly longer than it, which the office issues
    from audiobulletin.script.provenance import issuer

    title = "南屏市121年4月消費者物價指數"
    text = lines("南屏市政府主計處 新聞稿", "發布日期：121-05-07", "", title, "", LONG)
    doc = parse(text)
    assert doc.title == title
    assert issuer(doc) == "南屏市政府主計處"


def test_the_bar_between_a_page_s_fields_is_no_part_of_the_source() -> None:
    fields = "来源:学院办公室 | 作者:林雨桐 | 发布时间:2032-11-21 16:42 | 点击:1234 次"
    doc = parse(lines("南屏学院学生团队获省级竞赛一等奖", fields, LONG))
    assert ("source", "来源:学院办公室") in [(m.kind, m.text) for m in doc.meta]


def test_a_page_s_buttons_after_its_fields_are_no_part_of_the_source() -> None:
    fields = "发布时间:2032-07-03 16:00   来源:南屏县气象台   [打印] [关闭]"
    text = lines("南屏县气象台发布暴雨蓝色预警", fields, LONG)
    doc = parse(text)
    assert ("source", "来源:南屏县气象台") in [(m.kind, m.text) for m in doc.meta]
    assert ("other", "[打印] [关闭]") in [(m.kind, m.text) for m in doc.meta]
    assert paragraphs(doc) == [LONG]
    assert_nothing_lost(text, doc)


def test_a_council_s_news_tag_opening_the_lead_is_not_read() -> None:
    lead = "北原市議會第3屆第5次定期大會今日閉幕，共三讀通過自治條例12案，審議預算案3案。"
    text = lines("北原市議會定期大會閉幕", "〔議會新聞〕" + lead, "〔相關新聞見A4版〕", LONG)
    doc = parse(text)
    assert paragraphs(doc) == [lead, LONG]
    assert ("dateline", "〔議會新聞〕") in [(m.kind, m.text) for m in doc.meta]
    assert doc.dropped == ("〔相關新聞見A4版〕",)
    assert_nothing_lost(text, doc)


@pytest.mark.parametrize(
    "tag", ["（组图）", "(图)", "[视频]", "（附全文）", "（根据录音整理，有删节）", "（有删节）"]
)
def test_a_page_s_tag_for_pictures_or_the_full_text_is_not_part_of_the_headline(tag: str) -> None:
    text = lines(f"青川市第五届龙舟文化节开幕{tag}", LONG)
    doc = parse(text)
    assert doc.title == "青川市第五届龙舟文化节开幕"
    assert [(m.kind, m.text) for m in doc.meta] == [("other", tag)]
    assert_nothing_lost(text, doc)
    # a part's number is the headline's own
    assert parse(lines("青川市第五届龙舟文化节开幕（一）", LONG)).title.endswith("（一）")


@pytest.mark.parametrize(
    "headline",
    [
        "外交部：中方坚决反对",
        "市教育局：中考6月22日开考",
        "国家统计局：5月CPI同比上涨0.3%",
        # a council's question by its number, never a field labelled 题
        "立法會十三題：公共屋邨停車位供應",
        # a speaker with the verb it speaks by
        "市疾控中心提醒：流感进入高发期",
        "东岭交警提示：雨天路滑慢行",
    ],
)
def test_a_short_headline_led_by_the_body_that_speaks_is_the_title(headline: str) -> None:
    text = lines(headline, "", LONG, "", LONG)
    doc = parse(text)
    assert doc.title == headline
    assert headings(doc) == []
    assert_nothing_lost(text, doc)


def test_a_column_s_label_before_a_headline_is_not_the_title_a_place_s_is() -> None:
    text = lines("一图读懂｜青川市新能源汽车消费补贴政策解读", LONG)
    doc = parse(text)
    assert doc.title == "青川市新能源汽车消费补贴政策解读"
    assert [(m.kind, m.text) for m in doc.meta] == [("other", "一图读懂｜")]
    assert_nothing_lost(text, doc)
    assert parse(lines("青川｜一季度经济增长6.2%", LONG)).title == "青川｜一季度经济增长6.2%"
    # a column of three named for what it is, never a county's name
    assert parse(lines("曝光台 | 南屏法院公布一批失信被执行人", LONG)).title == (
        "南屏法院公布一批失信被执行人"
    )
    assert parse(lines("南屏县｜一季度经济增长6.2%", LONG)).title == "南屏县｜一季度经济增长6.2%"
    # a post's short label for the kind of news it is
    for label in ("重磅 | ", "招聘｜"):
        assert parse(lines(f"{label}2031青川数字经济高峰论坛邀请函", LONG)).title == (
            "2031青川数字经济高峰论坛邀请函"
        )
    # …before a headline that exclaims, too long with its label
    exclaimed = "2031年暑期全国中小学班主任专业能力提升高级研修班（第二期）开始报名啦！"
    assert parse(lines(f"通知 | {exclaimed}", "", LONG)).title == exclaimed
    # a post's tag for what it passes on names nobody who published it
    doc = parse(lines("【转发】消防提醒，请家里有电动车的一定看完！", "", LONG))
    assert doc.title == "消防提醒，请家里有电动车的一定看完！"
    assert "site" not in [m.kind for m in doc.meta]


def test_a_bulletin_named_only_by_its_label_in_brackets_is_titled_without_them() -> None:
    text = lines(
        "【警情通报】",
        "9月3日凌晨2时许，南屏县公安局接群众报警称，一出租屋内有一名男子死亡。",
        LONG,
    )
    assert parse(text).title == "警情通报"


@pytest.mark.parametrize("column", ["【权威发布】", "【快讯】", "科技日讯", "法治在线"])
def test_a_column_s_label_in_brackets_over_the_headline_is_no_part_of_the_title(
    column: str,
) -> None:
    headline = "“9·3”极端暴雨过程复盘：小时雨强破纪录"
    text = lines(column, headline, "", LONG)
    doc = parse(text)
    assert doc.title == headline
    assert column in doc.dropped
    assert_nothing_lost(text, doc)


@pytest.mark.parametrize(
    ("column", "gap"),
    [
        ("科技前沿 | 特写", ""),
        ("体育·人物", ""),
        ("深度关注·县域经济观察", ""),
        ("环球走笔", "\n"),
        ("第 4 版　　特别报道　　2031年7月26日 星期五", "\n"),
    ],
)
def test_a_column_s_name_and_kind_or_a_paper_s_running_head_over_the_headline_is_no_title(
    column: str, gap: str
) -> None:
    headline = "塞纳河畔的“中国书架”"
    text = lines(column + gap, headline, "", LONG)
    doc = parse(text)
    assert doc.title == headline
    assert_nothing_lost(text, doc)


def test_a_column_s_name_set_off_by_a_bullet_over_the_headline_is_no_section() -> None:
    text = lines("■深度调查", "“租金贷”爆雷之后", "——长租公寓租客维权调查", LONG, LONG)
    doc = parse(text)
    assert doc.title == "“租金贷”爆雷之后"
    assert doc.subtitles == ("——长租公寓租客维权调查",)
    assert paragraphs(doc) == [LONG, LONG]


def test_a_short_headline_with_a_middle_dot_is_still_the_headline() -> None:
    doc = parse(lines("青川·南屏", "", LONG))
    assert doc.title == "青川·南屏"


def test_a_post_s_topics_are_read_under_the_heading_that_announces_them() -> None:
    topics = "#跟着非遗游南屏# #我的非遗打卡地#"
    doc = parse(lines("南屏非遗文旅季启动", "", LONG, "", "活动话题", topics, "", LONG))
    assert any(topics in text for text in headings_and_blocks(doc))
    # …and not at the post's foot
    doc = parse(lines("南屏非遗文旅季启动", "", LONG, "", topics))
    assert paragraphs(doc) == [LONG]


def test_a_commentator_a_video_s_credit_and_an_account_s_post_line_are_not_read() -> None:
    headline = "让“小切口”撬动基层治理“大变革”"
    for line in ("本报评论员", "视频：南屏融媒 何涛"):
        doc = parse(lines(headline, "", line, "", LONG))
        assert doc.title == headline
        assert paragraphs(doc) == [LONG]
        assert ("author", line) in [(m.kind, m.text) for m in doc.meta]
    # the account and how long ago it posted, above the headline; a Weibo post's account,
    # day and minute and where it came from
    for posted in ("健康南屏 今天", "南屏文旅2-26 10:18 来自 微博 weibo.com 已编辑"):
        doc = parse(lines(posted, "", headline, "", LONG))
        assert doc.title == headline
        assert paragraphs(doc) == [LONG]


def test_a_release_s_head_line_and_a_time_beside_the_page_s_buttons_are_metadata() -> None:
    headline = "南屏縣6鄉鎮4月29日起分區停水2天"
    doc = parse(lines("南屏縣政府 新聞稿 114年4月21日", headline, "", LONG))
    assert doc.title == headline
    assert doc.date == "2025-04-21"
    # …or the kind and the day alone, under the office's name
    doc = parse(lines("南屏縣警察局", "新聞稿 2031-10-17", headline, "", LONG))
    assert doc.title == headline
    assert doc.date == "2031-10-17"
    timed = lines(headline, "时间：2031-11-09 09:30 【字体：大 中 小】 【打印】【关闭】", "", LONG)
    doc = parse(timed)
    assert doc.date == "2031-11-09"
    assert paragraphs(doc) == [LONG]
    assert_nothing_lost(timed, doc)


def test_a_table_row_that_compares_with_a_figure_is_no_breadcrumb() -> None:
    row = "黄色预警（Ⅲ级） 预测AQI日均值>200将持续2天（48小时）"
    assert row in paragraphs(parse(lines("南屏市重污染天气应急预案", "", LONG, "", row)))
    # a breadcrumb through a year is still one
    doc = parse(lines("新闻中心 > 2031 > 通知", "", "南屏市重污染天气应急预案", "", LONG))
    assert "新闻中心 > 2031 > 通知" in doc.dropped


def test_the_day_and_hour_a_forecast_was_issued_under_its_name_is_no_title() -> None:
    doc = parse(lines("南屏市气象台 天气预报", "2031年1月22日17时发布", "", LONG))
    assert doc.title == "南屏市气象台 天气预报"
    assert doc.date == "2031-01-22"


def test_whom_a_pdf_notice_addresses_at_the_edge_of_the_page_stands_alone() -> None:
    text = lines(
        "关于做好2031年高校毕业生",
        "“三支一扶”计划招募工作的通知",
        "",
        "各设区市人力资源社会保障局、财政局，南屏新区社会发展局，省直有关单位：",
        "　　为深入贯彻党中央、国务院关于促进高校毕业生就业的决策部署，引导",
        "和鼓励高校毕业生到基层工作，根据有关文件要求，现就做好我省今年的",
        "招募工作通知如下。今年全省计划招募1,200名，服务期限为2年，各地",
        "要按时完成招募任务，确保招募工作平稳有序，按期完成，不得拖延。",
    )
    doc = parse(text)
    assert doc.title == "关于做好2031年高校毕业生“三支一扶”计划招募工作的通知"
    assert any(p.startswith("为深入贯彻") for p in paragraphs(doc))


def test_who_passed_a_post_named_after_a_bar_is_its_editor_not_read() -> None:
    text = lines("南屏召开供水项目推进会", "", LONG, "", "审核｜陈立", "终审｜黄建华")
    doc = parse(text)
    assert paragraphs(doc) == [LONG]
    assert ("editor", "终审｜黄建华") in [(m.kind, m.text) for m in doc.meta]


def test_which_batch_in_brackets_under_a_title_is_the_title_s_last_words() -> None:
    title = "南屏区2031年公开招聘教师拟聘用人员名单公示"
    doc = parse(lines(title, "（第二批）", "", LONG))
    assert doc.title == title + "（第二批）"
    assert paragraphs(doc) == [LONG]
    # a note in brackets under it is no part of it
    assert parse(lines(title, "（此件公开发布）", "", LONG)).title == title


def test_bodies_that_issue_a_forecast_together_are_who_issued_it() -> None:
    text = lines("南屏市空气质量预报", "南屏市生态环境监测中心　南屏市气象台 联合会商", "", LONG)
    doc = parse(text)
    assert doc.title == "南屏市空气质量预报"
    assert ("source", "南屏市生态环境监测中心 南屏市气象台") in [(m.kind, m.text) for m in doc.meta]
    assert paragraphs(doc) == [LONG]
    assert_nothing_lost(text, doc)


def test_the_day_and_hour_and_who_issued_it_under_a_warning_s_name_are_no_part_of_it() -> None:
    text = lines("南州气象台海上大风黄色预警", "2031年12月14日18时　南州气象台发布", "", LONG)
    doc = parse(text)
    assert doc.title == "南州气象台海上大风黄色预警"
    assert ("source", "南州气象台") in [(m.kind, m.text) for m in doc.meta]
    assert_nothing_lost(text, doc)


@pytest.mark.parametrize("title", ["G318-临河段改造工程完工", "青川市启动防汛检查-临河县先行"])
def test_a_headline_s_own_dash_keeps_what_follows_it(title: str) -> None:
    assert parse(lines(title, LONG)).title == title


@pytest.mark.parametrize("dated", ["（2031年9月15日 14時40分）", "(2031-09-15 14:40)"])
def test_a_date_in_brackets_under_a_release_s_headline_dates_it(dated: str) -> None:
    text = lines("天文台發出八號東北烈風或暴風信號", dated, LONG)
    doc = parse(text)
    assert doc.date == "2031-09-15"
    assert [m.kind for m in doc.meta] == ["date"]
    assert_nothing_lost(text, doc)


@pytest.mark.parametrize("sep", ["", "\n"])
def test_taiwan_agency_s_editor_tag_and_day_code_after_the_last_sentence_are_not_spoken(
    sep: str,
) -> None:
    # (after the last sentence, or on a line of its own under it)
    text = lines("青川港新碼頭啟用", LONG + sep + "（編輯：張文華）1200408")
    doc = parse(text)
    assert [(m.kind, m.text, m.spoken) for m in doc.meta] == [
        ("editor", "（編輯：張文華）1200408", False)
    ]
    assert all("1200408" not in p for p in paragraphs(doc))
    assert_nothing_lost(text, doc)


def test_a_bulletin_s_issue_number_compiler_and_distribution_are_metadata() -> None:
    text = lines(
        "青川市政务信息简报",
        "第12期",
        "青川市人民政府办公室编　　2031年6月5日",
        LONG,
        "报：市委、市人大、市政协领导",
        "送：各县（区）人民政府，市政府各部门",
    )
    doc = parse(text)
    assert [(m.kind, m.text) for m in doc.meta] == [
        ("other", "第12期"),
        ("source", "青川市人民政府办公室编"),
        ("date", "2031年6月5日"),
        ("other", "报：市委、市人大、市政协领导"),
        ("other", "送：各县（区）人民政府，市政府各部门"),
    ]
    assert doc.date == "2031-06-05"
    assert paragraphs(doc) == [LONG]
    assert_nothing_lost(text, doc)


def test_the_line_saying_who_issued_a_forecast_and_when_is_metadata() -> None:
    text = lines("青川市未来三天天气预报", "青川市气象台2031年10月8日16时发布：", LONG)
    doc = parse(text)
    assert [(m.kind, m.text) for m in doc.meta] == [
        ("source", "青川市气象台"),
        ("date", "2031年10月8日16时发布："),
    ]
    assert doc.date == "2031-10-08"
    assert paragraphs(doc) == [LONG]
    assert_nothing_lost(text, doc)
    # a line that says what was issued is the news itself
    news = "青川市气象台2031年10月8日16时发布寒潮蓝色预警，预计未来两天气温下降8℃以上。"
    assert paragraphs(parse(lines("寒潮来袭", news, LONG))) == [news, LONG]


def test_a_digest_s_bracketed_labels_open_its_items() -> None:
    items = [
        "【经济运行】1—4月，全市规上工业增加值同比增长7.8%，高于全省平均水平1.2个百分点。",
        "【项目建设】5月28日，投资12亿元的青川绿色建材产业园项目开工，预计2033年建成投产。",
    ]
    doc = parse(lines("青川市政务信息简报", *items))
    assert [c.heading for c in doc.chapters] == ["【经济运行】", "【项目建设】"]
    assert paragraphs(doc) == [i.split("】", 1)[1] for i in items]
    # one paragraph that opens with a label is no digest: it stays as it is
    one = parse(lines("青川市政务信息简报", items[0], LONG))
    assert paragraphs(one)[0] == items[0]
    # …each label perhaps a whole headline, with figures and quotes; never a case's number
    items = [
        "【5月份全市交通运输运行情况】5月份，全市完成公路货运量1,862万吨，同比增长4.7%；"
        "公路客运量318万人次，同比下降6.2%。",
        "【开展“百日攻坚”超限超载治理】5月8日起，市交通运输局联合公安交警部门开展为期100天"
        "的超限超载专项治理，共检测货车1.27万辆次。",
    ]
    doc = parse(lines("青川市交通运输工作简报", *items))
    assert [c.heading for c in doc.chapters] == [i.split("】")[0] + "】" for i in items]
    cases = ["【案例1】5月7日，某公司财务人员周某接到冒充老板的好友申请。", items[1]]
    assert paragraphs(parse(lines("青川市反诈简报", *cases)))[0] == cases[0]


def test_an_editor_s_note_above_the_headline_is_read_after_it_and_is_no_title() -> None:
    note = "【编者按】乡村振兴，人才是关键。今天起，本报推出系列报道，讲述返乡创业者的故事。"
    text = lines(note, "返乡种茶，他带富了一个村", "本报记者 吴静", LONG)
    doc = parse(text)
    assert doc.title == "返乡种茶，他带富了一个村"
    assert paragraphs(doc) == [note, LONG]
    assert_nothing_lost(text, doc)
    # …as is the line that leads a reader into the story
    lead = "【导读】量子计算迈向实用化的关键一步"
    text = lines(
        "首页 > 新闻 > 科研进展", lead, "", "南屏实验室实现超导量子处理器纠错演示", "", LONG
    )
    doc = parse(text)
    assert doc.title == "南屏实验室实现超导量子处理器纠错演示"
    assert paragraphs(doc)[0] == lead


def test_a_masthead_s_number_without_the_issuer_s_abbreviation_is_a_document_number() -> None:
    text = lines("青川市人民政府常务会议纪要", "〔2031〕第8号", LONG)
    doc = parse(text)
    assert doc.title == "青川市人民政府常务会议纪要"
    assert [(m.kind, m.text) for m in doc.meta] == [("docno", "〔2031〕第8号")]


def test_rows_set_apart_by_single_spaces_are_a_table_not_a_wrapped_paragraph() -> None:
    rows = ["今天 中雨转暴雨 22~27℃ 东北风3级", "明天 暴雨 21~25℃ 北风2级", "后天 大雨 22~28℃ 微风"]
    text = lines("青川天气", "未来三天天气预报如下。", "\n".join(rows), "请注意防范。")
    doc = parse(text)
    (table,) = [b.table for c in doc.chapters for b in c.blocks if b.table is not None]
    assert [list(r) for r in table.rows] == [r.split(" ") for r in rows]
    assert_nothing_lost(text, doc)
    # two such rows are no table, but still no paragraph wrapped over them
    two = parse(lines("青川天气", "未来两天天气预报如下。", "\n".join(rows[:2])))
    assert rows[:2] == [b.text for c in two.chapters for b in c.blocks][1:]
    # names set apart by spaces are a list, not a table
    names = parse(lines("名单", "王一 王二 李三 张四\n赵五 钱六 孙七 周八\n吴九 郑十 冯甲 陈乙"))
    assert not any(b.table for c in names.chapters for b in c.blocks)


def _broken_at(paragraph: str, columns: int = 60) -> list[str]:
    """``paragraph`` as a page breaks it: a Han character takes two columns, a digit one."""
    out, line, width = [], "", 0
    for ch in paragraph:
        w = 2 if ord(ch) > 0x2E80 else 1
        if width + w > columns:
            out.append(line)
            line, width = "", 0
        line, width = line + ch, width + w
    return [*out, line]


def test_a_list_item_whose_line_runs_to_the_wrap_width_goes_on_in_the_next() -> None:
    first = "（一）年满18周岁，具有完全民事行为能力，身体健康，品行端正，遵守宪法和法律。"
    second = (
        "（二）年龄在35周岁以下、从事本专业工作满两年以上（1997年3月1日至2015年3月1日期间出生），"
        "具有大学本科及以上学历。"
    )
    how = (
        "报名地点：临河县人民医院行政楼三楼人事科，请携带本人身份证和学历证书原件及复印件"
        "现场报名，报名时间：2033年3月10日8:30至3月14日17:30，逾期不予受理。"
    )
    text = "\n".join(
        [
            "临河县人民医院招聘公告",
            "",
            "一、报名条件",
            *_broken_at(first),
            *_broken_at(second),
            "",
            "二、报名方式",
            *_broken_at(how),
        ]
    )
    said = [b.text for c in parse(text).chapters for b in c.blocks]
    assert second in said, said
    assert how in said, said


def test_an_indented_first_line_runs_to_the_wrap_width_with_its_indent() -> None:
    paragraph = (
        "一季度，全县地区生产总值完成86.5亿元，同比增长5.8%，比上年同期提高0.6个百分点；"
        "1-3月，规上工业增加值增长7.2%，3月增长8.1%，2月增长6.6%，1月增长6.9%。"
    )
    first, *rest = _broken_at("    " + paragraph)
    text = "\n".join(["临河县2033年一季度经济运行情况", "", first, *rest, "", "    " + LONG])
    said = [b.text for c in parse(text).chapters for b in c.blocks]
    assert paragraph in said, said


def test_a_document_number_under_a_title_is_no_part_of_it() -> None:
    text = lines(
        "临河县人民政府关于同意石桥镇调整村级建制的批复\n临政函〔2033〕17号",
        "石桥镇人民政府：",
        "你镇《关于调整村级建制的请示》收悉。经研究，同意将东坪村、西坪村合并设立坪山村，"
        "村民委员会驻原东坪村村部。",
    )
    doc = parse(text)
    assert doc.title == "临河县人民政府关于同意石桥镇调整村级建制的批复"
    assert "docno" in [m.kind for m in doc.meta]


def test_a_company_s_minutes_numbered_in_letters_are_titled_with_the_company() -> None:
    text = lines(
        "南屏精工机械股份有限公司",
        "会议纪要",
        "NP-ZB-2031-017",
        "",
        "会议名称: 3号车间技改项目推进会",
        "会议时间: 2031年9月5日 14:30-16:45",
        "",
        "一、项目进展情况",
        LONG,
    )
    doc = parse(text)
    assert doc.title == "南屏精工机械股份有限公司会议纪要"
    assert ("docno", "NP-ZB-2031-017") in [(m.kind, m.text) for m in doc.meta]


def test_an_interview_s_questions_are_read_and_its_column_label_is_no_part_of_the_title() -> None:
    text = lines(
        "【专家访谈】守好群众的“米袋子”——访临河县农业农村局局长唐文",
        "2033-04-02 09:12:40  来源：临河日报",
        "记者：今年全县粮食播种面积有多大？",
        "唐文：今年全县粮食播种面积稳定在52.3万亩，其中早稻8.6万亩，比上年增加0.4万亩。",
        "记者：如何应对春季干旱？",
        "唐文：我们已经落实抗旱资金1200万元，新打机井36眼，确保春播不误农时。",
    )
    doc = parse(text)
    assert doc.title == "守好群众的“米袋子”——访临河县农业农村局局长唐文"
    said = [b.text for c in doc.chapters for b in c.blocks]
    assert "记者：今年全县粮食播种面积有多大？" in said, said
    assert "记者：如何应对春季干旱？" in said, said
    assert_nothing_lost(text, doc)


def test_the_closing_formula_typed_with_an_ascii_stop_is_no_signature() -> None:
    text = lines(
        "关于期末考试安排的通知", LONG, "特此通知.", "临河县第二中学教务处", "2033年1月5日"
    )
    doc = parse(text)
    assert [m.text for m in doc.meta if m.kind == "signature"] == ["临河县第二中学教务处"]


def test_a_timetable_s_rows_that_open_on_their_day_are_not_one_wrapped_line() -> None:
    rows = [
        "3月2日(周一) 上午 8:30-10:30 语文;11:00-12:00 地理",
        "3月2日(周一) 下午 14:00-16:00 数学",
        "3月3日(周二) 上午 8:30-10:10 英语;10:40-12:00 历史",
    ]
    text = "\n".join(["临河二中月考安排", "", "初二年级:", *rows, "", LONG])
    doc = parse(text)
    said = headings_and_blocks(doc)
    assert not any("地理3月2日" in t or "数学3月3日" in t for t in said), said
    assert_nothing_lost(text, doc)


def test_who_wrote_a_forwarded_document_is_not_glued_onto_its_title() -> None:
    text = "\n".join(
        [
            "临河县人民政府办公室关于转发县水利局关于加强农村饮水安全工作实施意见的通知",
            "",
            "各乡镇人民政府：",
            "",
            "县水利局《关于加强农村饮水安全工作的实施意见》已经县人民政府同意，现转发给你们，"
            "请认真贯彻执行。",
            "",
            "关于加强农村饮水安全工作的实施意见",
            "县水利局",
            "",
            "为保障农村居民饮水安全，现就加强全县农村饮水安全工作提出如下意见。",
            "",
            "一、总体目标",
            "",
            LONG,
        ]
    )
    doc = parse(text)
    said = headings_and_blocks(doc)
    assert not any("实施意见县水利局" in t for t in said), said
    assert_nothing_lost(text, doc)


def test_a_blank_form_to_fill_in_is_never_read() -> None:
    form = [
        "报名回执",
        "单位名称：____________  联系人：________",
        "姓名    职务    联系电话",
        "______  ______  ______",
    ]
    text = lines("关于举办基层统计人员培训班的通知", LONG, *form)
    doc = parse(text)
    said = headings_and_blocks(doc)
    assert not any("____" in t or "联系电话" in t for t in said), said
    assert {re.sub(r"\s+", " ", f) for f in form[1:]} <= set(doc.dropped)
    assert_nothing_lost(text, doc)


@pytest.mark.parametrize(
    "crumbs",
    [
        "首页 > 信息公开 > 统计数据 > 月度数据",
        "【临河统计网】您现在的位置：首页 >> 统计发布 >> 月度数据",  # the site's name before it
    ],
)
def test_a_breadcrumb_and_the_page_s_fields_do_not_wrap_onto_the_lines_under_them(
    crumbs: str,
) -> None:
    text = "\n".join(
        [
            crumbs,
            "2033年一季度临河县经济运行情况",
            "2033-04-20 09:30 来源：临河县统计局",
            "字号",
            "分享至 微信 微博",
            "",
            "一季度，全县经济运行总体平稳，地区生产总值完成86.5亿元，同比增长5.8%。",
            "",
            LONG,
        ]
    )
    doc = parse(text)
    assert doc.title == "2033年一季度临河县经济运行情况"
    assert "临河县统计局" in next(m.text for m in doc.meta if m.kind == "source")
    assert_nothing_lost(text, doc)


def test_a_grid_of_a_document_s_fields_is_its_metadata_not_a_table() -> None:
    grid = [
        "索引号：\t11330500MB0C99999X/2033-00017",
        "发文机关：\t临河县人民政府",
        "成文日期：\t2033-02-10",
        "发文字号：\t临政发〔2033〕4号",
    ]
    text = "\n".join([*grid, "", "临河县人民政府关于表彰2032年度安全生产先进单位的决定", "", LONG])
    doc = parse(text)
    assert not any(b.table for c in doc.chapters for b in c.blocks)
    assert len(doc.meta) == 4
    assert doc.title == "临河县人民政府关于表彰2032年度安全生产先进单位的决定"
    # …under its caption, with its class of document among its fields
    captioned = ["信息公开选项\t", *grid[:1], "分    类：\t劳动关系；通知", *grid[1:]]
    text = "\n".join(
        [*captioned, "", "临河县人民政府关于表彰2032年度安全生产先进单位的决定", "", LONG]
    )
    doc = parse(text)
    assert not any(b.table for c in doc.chapters for b in c.blocks)
    assert doc.title == "临河县人民政府关于表彰2032年度安全生产先进单位的决定"


def test_a_label_alone_over_its_section_is_a_heading_in_a_report_without_numbered_ones() -> None:
    text = "\n".join(
        [
            "临河县气象台发布大风蓝色预警",
            "",
            "临河县气象台2033年3月2日9时发布大风蓝色预警：受强冷空气影响，预计2日夜里到3日，"
            "我县将出现6到7级偏北大风，阵风8到9级，请注意防范。",
            "",
            "影响预报：",
            "2日夜里到3日白天，全县平均风力6到7级，山区和沿湖地区阵风可达9级，气温下降6到8℃，"
            "最低气温降至零下3℃。",
            "",
            "防御指南：",
            "1.政府及相关部门按照职责做好防大风工作；",
            "2.停止露天集体活动和高空等户外危险作业。",
        ]
    )
    doc = parse(text)
    assert [c.heading for c in doc.chapters] == [None, "影响预报：", "防御指南："]
    assert_nothing_lost(text, doc)


def test_a_commentary_s_paired_sub_heads_over_long_paragraphs_open_its_sections() -> None:
    body = (
        "当前，社区托育服务供给依然不足：一边是新建小区配套托育机构“一位难求”，一边是部分"
        "老旧小区的托育点空置率超过三成，供需错位的问题亟待破解。"
    )
    text = lines(
        "本报评论员：让托育服务更可及",
        "",
        "本报评论员 林清远",
        "",
        "托育服务关乎千家万户，也关乎人口长期均衡发展，做好这篇文章考验各地的担当。",
        "",
        "一是扩大普惠供给，补齐服务短板。",
        "",
        body,
        "",
        "二是强化队伍建设，提升服务质量。",
        "",
        body,
    )
    doc = parse(text)
    assert [c.heading for c in doc.chapters] == [
        None,
        "一是扩大普惠供给，补齐服务短板。",
        "二是强化队伍建设，提升服务质量。",
    ]
    assert ("author", "本报评论员 林清远") in [(m.kind, m.text) for m in doc.meta]
    assert_nothing_lost(text, doc)


def test_paired_lines_with_nothing_long_under_them_stay_a_list() -> None:
    text = lines(
        "青川镇关于做好秋冬季防火工作的通知",
        "",
        "各村（社区）：",
        "",
        "为切实做好秋冬季防火工作，现将有关要求通知如下：",
        "（一）加强组织领导，落实工作责任。",
        "（二）开展隐患排查，及时整改到位。",
        "（三）加强宣传教育，提高防范意识。",
    )
    doc = parse(text)
    assert all(c.heading is None for c in doc.chapters)
    assert_nothing_lost(text, doc)


@pytest.mark.parametrize(
    "chrome",
    ["小字号", "大字号 小字号", "回上頁　列印　友善列印", "分享 列印 回上頁", "分享 打印 返回"],
)
def test_a_page_s_font_size_and_back_buttons_are_not_read(chrome: str) -> None:
    text = lines("青川县召开秋粮收购工作会议", "", chrome, "", LONG, "", LONG)
    doc = parse(text)
    assert clean_line(chrome) in doc.dropped
    assert_nothing_lost(text, doc)


@pytest.mark.parametrize(
    "chrome",
    [
        "【字体：大 中 小】  分享到：微信 微博 QQ空间",  # a bar of the page's parts
        "友善列印　　回上頁　　TOP",
        "此網頁由南屏警察公共關係科負責管理　重要告示　私隱政策",
        "视频加载中...",  # a player's notice
        "图：4月25日，观众在车展现场参观。",  # a photo's caption
        "本版编辑 陆晨  美编 孙菲",  # the page's editors
        "最佳瀏覽解析度 1280x1024",
        "本網站著作權屬臨江市政府都市發展局所有",
        "本新聞稿由議會公關室提供 聯絡電話：(06)298-1234#301",  # who gives a release
        "【議會新聞聯絡窗口：公關室 (03)532-5511 分機 2201】",
        "臨江市政府 地址：臨江市西屯區臺灣大道三段99號 總機：(04)2228-9111",  # a site's footer
        "搜索    登录  注册",  # a site's bar of its account's buttons
        "【打印此页】【关闭此页】",
        "主办: 南屏县人民政府办公室 联系电话: 0573-6123456",  # who runs the site
        "南屏县统计局主办  地址：南屏县人民路56号  邮编：314500",
        "相关解读：4月份全市经济运行稳中有进",  # a link to another page
        "本版其他新闻：",
        "搜索  请输入关键字  GO",  # a search box and its button
        "用户登录  注册  English",  # an account's buttons, a page's other language
        "本站访问量：1,234,567",  # the site's count of its visits
        "青川县教育局主办  青川县教育信息中心承办",  # who runs the site, who builds it
        "服务热线：0571-12345  建议使用浏览器：Chrome、Edge",  # what to view it in
        "回上一頁　　友善列印　　分享：Facebook　LINE　X",  # a Taiwan page's buttons
        "【字体：大 中 小】　【分享到：微信 微博 QQ空间】",
        "本網站著作權屬於南屏縣政府 隱私權政策 資訊安全政策",  # whose the copyright is
        "打印本頁 | 電郵本頁",  # a release's buttons: print it, mail it
        "跳到主要內容區塊",  # the link past the menu to the story
        "分享：FB LINE X",
        "回上一頁 列印 轉寄友人",
        "▲图为会议现场。（摄影：祁彬）",  # a photo's caption under its pointer
        "本資訊由氣象署預報中心提供　更新時間：2031/06/03 14:52",
        "(本文转自青川日报,仅供学习交流,不代表本站观点)",  # a repost's disclaimer
        "风险提示：市场有风险，投资需谨慎。本文内容仅供参考，不构成任何投资建议。",
        ">>相关新闻:青川今年高考平稳顺利 设考点62个",  # a link to another story
        "[图片] 签约仪式现场。摄影：李华",  # a picture's placeholder, its caption and credit
        "▲学生代表在典礼上发言。圖／本报资料照片",  # a caption, its credit after its stop
        "@青川教育 @青川融媒体中心",  # the accounts a post tags
        "本文由青川日报客户端授权转载。",  # a repost's credit
        "【上一条】关于2031年中秋节放假的通知",  # the link to the page before
        "（图为市民在新开放的滨江步道上散步 摄影：张强）",  # a caption in brackets
        "6月12日 09:15 来自 iPhone 15 Pro",  # when a post was sent, from what phone
        "欢迎访问东岭大学官网！  设为首页 | 加入收藏 | English",  # a site's welcome, its toolbar
        "欢迎您访问东岭市人民政府门户网站",
        "设为首页 | 加入收藏",
        "微信号 qcwjw",  # an account's WeChat ID
        "不用抽 不用搶 現在用APP看新聞 保證天天中獎",  # a news app's advertisement
    ],
)
@pytest.mark.parametrize("at", ["top", "foot"])
def test_a_page_s_bars_captions_credits_and_footers_are_not_read(chrome: str, at: str) -> None:
    rows = ["", chrome, "", LONG, "", LONG] if at == "top" else ["", LONG, "", LONG, "", chrome]
    text = lines("青川县召开秋粮收购工作会议", *rows)
    doc = parse(text)
    assert doc.title == "青川县召开秋粮收购工作会议"
    assert "".join(paragraphs(doc)) == LONG + LONG
    assert clean_line(chrome) in doc.dropped
    assert_nothing_lost(text, doc)


@pytest.mark.parametrize(
    "field",
    [
        "消息來源: 文化局",  # the office it comes from, as Macau labels it
        "發佈單位：經濟發展局",
        "張貼者：總務處 事務組長 林怡君 張貼日期：2031/08/02 人氣：391",  # who posted it
        "（预警发布单位：南屏县气象台；签发：陈远；预报员：林楠 许文）",  # a warning's signers
        "本版责任编辑：邱明 美术编辑：陶然",  # a paper's page and its layout
        # the foot of an official document, with the count of copies printed
        "南屏县植保植检站 2031年4月10日印发 共印50份",
        # each in its brackets, the day it was posted with no key
        "[ 2031-09-16 08:47:55 ]  [ 来源:县政府办 ]  [ 字号:大 中 小 ]",
    ],
)
@pytest.mark.parametrize("at", ["top", "foot"])
def test_a_page_s_fields_under_their_keys_are_metadata_never_read(field: str, at: str) -> None:
    rows = ["", field, "", LONG, "", LONG] if at == "top" else ["", LONG, "", LONG, "", field]
    text = lines("青川县召开秋粮收购工作会议", *rows)
    doc = parse(text)
    assert "".join(paragraphs(doc)) == LONG + LONG
    assert all(c.heading is None or c.heading not in field for c in doc.chapters)
    assert doc.meta
    assert_nothing_lost(text, doc)


def test_a_page_s_counter_whose_figure_wrapped_onto_its_own_line_is_not_read() -> None:
    text = lines(
        "青川新区智慧城管平台建设项目中标结果公告",
        "时间：2031年08月21日 16:05  信息来源：青川新区财政局  点击：",
        "642",
        "",
        LONG,
        "",
        LONG,
    )
    doc = parse(text)
    assert "642" in doc.dropped
    assert "".join(paragraphs(doc)) == LONG + LONG
    assert_nothing_lost(text, doc)


@pytest.mark.parametrize(
    "code",
    ["（招标编号：E3301000012003456001）", "征集编号：LJKJ-2031-ZJ-09", "招標編號：GLDT 17/2031"],
)
def test_a_tender_s_code_under_its_headline_is_not_read(code: str) -> None:
    title = "青川新区滨河小学新建工程施工招标公告"
    text = lines(title, code, "1.招标条件", LONG, "2.项目概况", LONG)
    doc = parse(text)
    assert doc.title == title
    assert code in [m.text for m in doc.meta]
    assert doc.chapters[0].heading == "1.招标条件"
    assert_nothing_lost(text, doc)


def test_an_office_with_its_second_name_in_brackets_over_a_breadcrumb_is_the_site() -> None:
    title = "关于征求《智慧停车场建设与运维规范》等3项地方标准（征求意见稿）意见的通知"
    text = lines(
        "临江市市场监督管理局（知识产权局）",
        "您当前的位置：首页 » 互动交流 » 征求意见",
        "",
        title,
        "",
        "发布时间：2031-08-11 11:20　　来源：标准化处",
        "",
        LONG,
    )
    doc = parse(text)
    assert doc.title == title
    assert_nothing_lost(text, doc)


def test_a_disclosure_grid_s_fields_above_a_decision_are_not_read() -> None:
    title = "南屏县市场监督管理局行政处罚决定书"
    grid = [
        "索引号：NP-SCJG-2031-0387",
        "信息名称：南屏县市场监督管理局行政处罚决定书（南市监处罚〔2031〕112号）",
        "发布机构：南屏县市场监督管理局",
        "公开方式：主动公开",
    ]
    text = lines(title, "", *grid, "", LONG, "", LONG)
    doc = parse(text)
    assert doc.title == title
    assert all(line in [m.text for m in doc.meta] for line in grid)
    assert "".join(paragraphs(doc)) == LONG + LONG
    assert_nothing_lost(text, doc)


def test_a_digest_s_short_lines_of_figures_are_each_their_own() -> None:
    digest = [
        "地区生产总值 1,286.35亿元，增长6.8%",
        "一般公共预算收入 98.6亿元，增长4.2%",
        "规上工业增加值 增长9.1%",
        "新增城镇就业 2.35万人",
    ]
    items = ["1 新建改扩建中小学、幼儿园12所", "2 新增普惠托位1,200个", "3 改造提升农贸市场15家"]
    text = lines("青川新区政府工作报告文字版", "", LONG, "", *digest, "", *items, "", LONG)
    doc = parse(text)
    said = paragraphs(doc)
    assert all(line in said for line in digest + items), said
    assert_nothing_lost(text, doc)


def test_a_table_s_row_after_a_decimal_never_runs_into_its_figure() -> None:
    from audiobulletin.document.lines import _join_wrapped

    # (a wrapped decimal joins closed up, 人口为2.8 / 6人; a table's next row never does)
    assert _join_wrapped(["预算(万元)1 学生课桌椅 6,800 套 272.0", "2 教师讲台 210 张 31.5"]) == (
        "预算(万元)1 学生课桌椅 6,800 套 272.0 2 教师讲台 210 张 31.5"
    )
    assert _join_wrapped(["平均每户人口为2.8", "6人，比上年减少0.16人"]) == (
        "平均每户人口为2.86人，比上年减少0.16人"
    )


def test_a_page_s_day_beside_its_buttons_is_when_it_was_posted() -> None:
    text = lines(
        "青川新区人民医院维保服务项目单一来源采购公示",
        "日期：2031年04月02日    【收藏】【打印】",
        "",
        LONG,
        "",
        LONG,
    )
    doc = parse(text)
    assert doc.date == "2031-04-02"
    assert "".join(paragraphs(doc)) == LONG + LONG
    assert_nothing_lost(text, doc)


def test_a_brief_s_list_of_whom_it_is_sent_to_is_not_read() -> None:
    text = lines("青川市蔬菜价格日报", "", LONG, "", LONG, "", "（报送：市政府办公室、市发改局）")
    doc = parse(text)
    assert ("other", "（报送：市政府办公室、市发改局）") in [(m.kind, m.text) for m in doc.meta]
    assert all("报送" not in p for p in paragraphs(doc))


def test_the_phone_under_a_release_s_press_contact_is_for_the_press_and_not_read() -> None:
    text = lines(
        "勞動部公布115年第1季勞工退休金提繳情形",
        "",
        LONG,
        "",
        "新聞聯絡人：勞動條件司 陳科長",
        "聯絡電話：(02)8590-2793；手機：0912-345-678",
        "新聞聯絡人：勞動力發展署 林副組長",
        "聯絡電話：(02)8995-6000分機1234",
    )
    doc = parse(text)
    assert [block.text for c in doc.chapters for block in c.blocks] == [LONG]
    assert "聯絡電話：(02)8995-6000分機1234" in [m.text for m in doc.meta]
    assert_nothing_lost(text, doc)


def test_a_press_contact_named_under_its_label_and_each_of_its_lines_is_not_read() -> None:
    text = lines(
        "能源署推動住商節能設備汰換補助",
        "",
        LONG,
        "",
        "新聞聯絡人：",
        f"能源署{U3000}能源效率組{U3000}李宜芳組長",
        "辦公室電話：02-2775-7750",
        "行動電話：0932-158-226",
        "電子郵件：yfli@example.gov.tw",
        "",
        "業務聯絡人：",
        f"能源署{U3000}能源效率組{U3000}陳建宏科長",
        "辦公室電話：02-2775-7780 分機 2351",
    )
    doc = parse(text)
    assert [block.text for c in doc.chapters for block in c.blocks] == [LONG]
    assert_nothing_lost(text, doc)


def test_a_share_bar_above_the_headline_is_never_the_title() -> None:
    text = lines(
        "首頁 > 縣府新聞 > 新聞稿",
        "分享 列印 回上頁",
        "發布單位：農業處    發布日期：115-11-12",
        "縣府公布友善耕作補助核定結果 逾600位農友受惠",
        LONG,
    )
    doc = parse(text)
    assert doc.title == "縣府公布友善耕作補助核定結果 逾600位農友受惠"
    assert_nothing_lost(text, doc)


def test_the_e_mail_and_the_attachment_under_a_release_s_press_contact_are_not_read() -> None:
    text = lines(
        "縣府公布友善耕作補助核定結果",
        "",
        LONG,
        "",
        "新聞聯絡人：農業處 黃科長",
        "聯絡電話：(05)362-2151",
        "行動電話：0912-345-678",
        "電子信箱：agri@example.gov.tw",
        "相關附件：核定名單.pdf",
    )
    doc = parse(text)
    assert [block.text for c in doc.chapters for block in c.blocks] == [LONG]
    assert_nothing_lost(text, doc)


@pytest.mark.parametrize(
    ("stamp", "kinds"),
    [
        ("青川市公安局交通警察支队   2031-11-20   【字号 大 中 小】", ["source", "stamp", "other"]),
        ("2031年09月12日10时00分发布  来源：青川市气象台", ["stamp", "source"]),
        # (the size's buttons after their key unbracketed)
        (
            "2031-11-20　　青川市公安局交通警察支队　　字体：【大】【中】【小】",
            ["stamp", "source", "other"],
        ),
    ],
)
def test_who_posted_a_page_and_when_under_its_headline_is_no_line_of_the_headline(
    stamp: str, kinds: list[str]
) -> None:
    title = "关于2031青川马拉松赛事期间实施交通管制的通告"
    doc = parse(lines(title, stamp, LONG))
    assert doc.title == title
    assert [m.kind for m in doc.meta] == kinds
    assert_nothing_lost(lines(title, stamp, LONG), doc)


def test_a_boxed_sub_head_under_the_headline_is_its_first_section_not_a_byline() -> None:
    text = lines("霜降节气农事提示", "", "■ 小麦播种", LONG, "", "■ 油菜移栽", LONG)
    doc = parse(text)
    assert not [m for m in doc.meta if m.kind == "author"]
    assert doc.chapters[0].heading == "■ 小麦播种"
    assert_nothing_lost(text, doc)


def test_solid_bullets_head_sections_above_their_numbered_points() -> None:
    point = "亩播量十二点五到十五公斤，基本苗每亩十八万到二十二万，晚播的每推迟一天增加半公斤。"
    text = lines(
        "霜降节气农事提示",
        "",
        LONG,
        "",
        "■ 小麦播种",
        "1. 适期适量。" + point,
        "2. 科学施肥。" + point,
        "",
        "■ 油菜移栽",
        "1. 及时移栽。" + point,
        "2. 施足底肥。" + point,
    )
    doc = parse(text)
    assert [c.heading for c in doc.chapters] == [None, "■ 小麦播种", "■ 油菜移栽"]
    assert_nothing_lost(text, doc)


def test_a_writer_s_name_after_a_box_under_the_headline_is_a_byline() -> None:
    text = lines("县域商业要在“通”字上下功夫", "□ 林远航", LONG, "", LONG)
    doc = parse(text)
    assert ("author", "□ 林远航") in [(m.kind, m.text) for m in doc.meta]
    assert all("林远航" not in block.text for c in doc.chapters for block in c.blocks)
    assert_nothing_lost(text, doc)


@pytest.mark.parametrize("byline", ["林远航", "周 启 明", "欧阳文静", "赵一鸣  孙悦"])
def test_a_writer_s_bare_name_under_a_commentary_s_headline_is_a_byline(byline: str) -> None:
    text = lines(
        "深刻把握乡村振兴的实践要求", "——学习省委农村工作会议精神的几点思考", "", byline, "", LONG
    )
    doc = parse(text)
    squeezed = byline.replace(" ", "")
    assert [m.text.replace(" ", "") for m in doc.meta if m.kind == "author"] == [squeezed]
    assert doc.chapters[0].heading is None
    assert all(
        squeezed not in block.text.replace(" ", "") for c in doc.chapters for block in c.blocks
    )
    assert_nothing_lost(text, doc)


@pytest.mark.parametrize("head", ["王晓红", "简介", "前言"])
def test_a_name_the_text_below_tells_about_or_a_word_under_the_headline_is_no_byline(
    head: str,
) -> None:
    body = f"{head}，女，1975年生，南屏县青川镇人，扎根乡村教育二十余年。" + LONG
    text = lines("2031年度临江市道德模范事迹", "", head, body)
    doc = parse(text)
    assert "author" not in [m.kind for m in doc.meta]
    assert any(head in block.text for c in doc.chapters for block in c.blocks) or any(
        head in (c.heading or "") for c in doc.chapters
    )


def test_a_heading_set_in_markdown_bold_is_a_heading_without_its_asterisks() -> None:
    text = lines(
        "县域商业要在“通”字上下功夫",
        "",
        "**一、打通物流堵点**",
        LONG,
        "",
        "__二、打通信息壁垒__",
        LONG,
    )
    doc = parse(text)
    assert [c.heading for c in doc.chapters] == ["一、打通物流堵点", "二、打通信息壁垒"]


@pytest.mark.parametrize(
    "line", ["**", "2**3**4", "**粗体**其后", "**一、打通物流堵点", "______ | ______", "____"]
)
def test_asterisks_that_do_not_wrap_a_whole_line_stay(line: str) -> None:
    assert clean_line(line) == line


def test_a_phone_line_in_the_body_is_still_read() -> None:
    text = lines("青川县开展秋季防火宣传", "", LONG, "", "联系电话：0838-1234567")
    doc = parse(text)
    assert "联系电话：0838-1234567" in [block.text for c in doc.chapters for block in c.blocks]


def test_an_i_want_to_print_button_beside_the_source_is_no_part_of_it() -> None:
    text = lines(
        "青川县人民医院信息化建设项目公开招标公告",
        "发布日期：2026年05月08日 信息来源：青川县公共资源交易中心 【我要打印】【关闭】",
        LONG,
    )
    doc = parse(text)
    assert ("source", "信息来源：青川县公共资源交易中心") in [(m.kind, m.text) for m in doc.meta]
    assert_nothing_lost(text, doc)


def test_the_comma_after_a_dateline_goes_with_it() -> None:
    lead = "证券时报网讯,青川能源3月28日晚间披露年报。"
    text = lines("青川能源2025年营收增长18.6%", "", lead + LONG)
    doc = parse(text)
    assert doc.chapters[0].blocks[0].text.startswith("青川能源3月28日")
    assert_nothing_lost(text, doc)


@pytest.mark.parametrize(
    "agency",
    [
        "新华财经北京6月10日电  ",
        "南屏头条讯 ",
        # the agency set apart from the place, or in brackets; a broadcaster's 消息
        "新华财经 北京6月10日电（记者 王芳）",
        "【新华财经】北京6月10日电 ",
        "央广网北京6月10日消息 ",
        # the wire's credit in brackets, names without 记者
        "中新网南屏6月10日电(钱程)",
        "中新网南屏6月10日电（王林 李想）",
        # a paper's own in Traditional characters
        "本報訊（記者 黃志強）",
    ],
)
def test_a_finance_or_headline_service_s_dateline_is_not_read(agency: str) -> None:
    lead = "国家统计局6月10日发布数据显示，2031年5月份全国居民消费价格同比上涨0.8%。"
    text = lines("5月份CPI同比上涨0.8%", "", agency + lead)
    doc = parse(text)
    assert doc.chapters[0].blocks[0].text == lead
    assert_nothing_lost(text, doc)


@pytest.mark.parametrize("label", ["温馨提示", "紧急通知"])
def test_a_notice_board_s_label_over_the_notice_is_no_part_of_its_title(label: str) -> None:
    text = lines(
        label,
        "关于小区计划停水的通知",
        "尊敬的业主/住户：",
        "您好！接南屏市自来水公司通知，因市政供水管网改造施工，我小区将于2031年7月16日"
        "（星期二）8:30-18:00暂停供水，请各位业主提前做好储水准备。",
        "南屏·翠湖家园物业服务中心",
        "2031年7月12日",
    )
    doc = parse(text)
    assert doc.title == "关于小区计划停水的通知"
    assert_nothing_lost(text, doc)


def test_an_outlet_s_name_in_brackets_before_the_day_it_reports_is_its_dateline() -> None:
    lead = "3月14日，A股三大指数全天窄幅震荡，沪指报3021.45点。"
    text = lines("A股三大指数窄幅震荡", "", "【南屏财经在线】" + lead, "", LONG)
    doc = parse(text)
    assert doc.chapters[0].blocks[0].text == lead
    assert_nothing_lost(text, doc)


def test_a_line_that_gives_a_number_to_call_is_read_though_it_asks_to_follow_an_account() -> None:
    call = "如需了解实时天气，请拨打气象热线96121或关注“青川气象”微信公众号。"
    text = lines("青川市气象台发布暴雨蓝色预警信号", "", LONG, "", call)
    doc = parse(text)
    assert call in [block.text for c in doc.chapters for block in c.blocks]


def test_the_day_an_event_is_yet_to_be_held_does_not_date_the_report() -> None:
    text = lines(
        "关于2031青川马拉松比赛期间实施交通管制的通告",
        "",
        "2031青川马拉松比赛将于2031年10月26日（星期日）7:30在市体育中心鸣枪起跑。" + LONG,
    )
    assert parse(text).date is None


@pytest.mark.parametrize(
    "lead",
    [
        # (a headless report's lead, its title then: the day is the event's in the title too)
        "第十二届青川国际电影节将于2031年4月18日至25日举办，征片工作即日起启动。",
        # (…and the Republic's years of Taiwan's pages)
        "國立青川博物院宣布，將於民國120年11月8日至121年2月8日舉辦宋代書畫特展。",
        "青川鐵路公司宣布，自120年6月1日起調整票價，自強號每公里票價由2.27元調整為2.48元。",
    ],
)
def test_the_day_of_an_event_to_come_in_a_headless_lead_does_not_date_the_report(
    lead: str,
) -> None:
    text = lines(lead, "", LONG)
    assert parse(text).date is None


def test_a_table_s_caption_set_as_a_row_above_its_header_is_no_row() -> None:
    text = lines(
        "青川省2031年前三季度经济运行情况",
        "",
        LONG,
        "表1  2031年前三季度主要工业产品产量",
        "产品名称    单位    产量    同比增长(%)",
        "新能源汽车    万辆    48.27    35.6",
        "集成电路    亿块    126.4    21.3",
        "发电量    亿千瓦时    2346.1    4.8",
    )
    doc = parse(text)
    tables = [b.table for c in doc.chapters for b in c.blocks if b.table is not None]
    assert len(tables) == 1
    assert tables[0].header == ("产品名称", "单位", "产量", "同比增长(%)")
    assert [row[0] for row in tables[0].rows] == ["新能源汽车", "集成电路", "发电量"]
    assert_nothing_lost(text, doc)


def test_a_date_and_hour_under_a_heading_that_asks_when_is_read() -> None:
    text = lines(
        "青川县人民医院病房信息化建设项目公开招标公告",
        "发布时间：2031-11-18 09:30",
        LONG,
        "四、提交投标文件截止时间、开标时间和地点",
        "2031年12月10日9:30(北京时间)",
        "地点：青川县公共资源交易中心4楼开标三室",
    )
    doc = parse(text)
    read = [block.text for c in doc.chapters for block in c.blocks]
    assert "2031年12月10日9:30(北京时间)" in read
    assert "发布时间：2031-11-18 09:30" in [m.text for m in doc.meta]
    assert_nothing_lost(text, doc)


def test_a_form_appended_after_the_signature_is_for_filling_in_not_for_reading() -> None:
    text = lines(
        "关于召开全市秋冬季森林防灭火工作会议的通知",
        "",
        LONG,
        "",
        "青川市林业局",
        "2031年11月2日",
        "附件",
        "参会回执",
        "单位名称：__________（盖章）",
        "姓名 | 职务 | 联系电话",
        "______ | ______ | ______",
    )
    doc = parse(text)
    assert [block.text for c in doc.chapters for block in c.blocks] == [LONG]
    assert {"附件", "参会回执"} <= {m.text for m in doc.meta}
    assert_nothing_lost(text, doc)


@pytest.mark.parametrize(
    "form",
    [
        # its fields one per line, with no blanks drawn
        ("附件：参会回执", "姓名", "单位", "职称/职务", "联系电话", "是否住宿"),
        # its name under the annex, a field with where the seal goes, its columns over rows
        # left empty
        (
            "附件",
            "参会回执",
            "单位名称：            （盖章）",
            "姓  名\t职  务\t联系电话\t备  注",
            "\t\t\t",
            "\t\t\t",
        ),
    ],
)
def test_a_form_without_drawn_blanks_is_for_filling_in_not_for_reading(
    form: tuple[str, ...],
) -> None:
    text = lines(
        "关于召开全市秋冬季森林防灭火工作会议的通知",
        "",
        LONG,
        "",
        "青川市林业局",
        "2031年11月2日",
        *form,
    )
    doc = parse(text)
    assert [block.text for c in doc.chapters for block in c.blocks] == [LONG]
    assert_nothing_lost(text, doc)


def test_a_listed_company_s_stock_assurances_and_ticked_boxes_are_not_read() -> None:
    text = lines(
        "证券代码：688215    证券简称：青川微电    公告编号：2031-047",
        "青川微电子股份有限公司",
        "2031年第三季度报告",
        "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏。",
        "重要内容提示：",
        "公司负责人、主管会计工作负责人及会计机构负责人（会计主管人员）保证季度报告中财务信息的真实、准确、完整。",
        "第三季度财务报表是否经审计：□是 √否",
        "一、主要财务数据",
        LONG,
    )
    doc = parse(text)
    assert doc.title == "青川微电子股份有限公司2031年第三季度报告"
    assert [c.heading for c in doc.chapters] == ["一、主要财务数据"]
    assert [block.text for c in doc.chapters for block in c.blocks] == [LONG]
    assert_nothing_lost(text, doc)


@pytest.mark.parametrize(
    "headline", ["中超收官战:青川海港3:1逆转夺冠 U21小将建功", "中超收官战：青川海港3:1逆转夺冠"]
)
def test_a_headline_led_by_its_theme_may_give_a_score(headline: str) -> None:
    text = lines(headline, "", LONG, "", LONG)
    doc = parse(text)
    assert doc.title == headline
    assert_nothing_lost(text, doc)


def test_a_paper_s_name_date_and_page_under_a_short_headline_are_no_part_of_it() -> None:
    text = lines("城事简讯", "", "青川日报  2031-11-20  第A05版：城市·民生", "", LONG, "", LONG)
    doc = parse(text)
    assert doc.title == "城事简讯"
    assert ("source", "青川日报") in [(m.kind, m.text) for m in doc.meta]
    assert_nothing_lost(text, doc)


@pytest.mark.parametrize(
    "credit",
    [
        "(青川市气象台 首席预报员 陈立 值班预报员 黄晓梅)",
        "青川日报 记者 张三",
        # two reporters who wrote and took the pictures; a writer with the office they are from
        "本报记者 段丽华 杨建新 文/图",
        "文/图 集团党群工作部 李思远",
        # a desk credited with the writing, no one named
        "文/南屏期货研究所农产品组",
        # reporters, then who wrote and who took the pictures, each before a slash
        "通讯员 何佳宁 记者 陈宇航 / 文 王宁 / 图",
        # a paper's credit as Taiwan's and Hong Kong's papers print it: the paper, the
        # reporter and the place; the paper's reporter unnamed; a photo with its day; the
        # day and the paper in brackets
        "青川報／記者陳雅玲／臺南即時報導",
        "青報記者",
        "青川社記者謝靜雯攝 120年2月22日",
        "【2031-05-31 青川報】",
    ],
)
def test_who_wrote_or_forecast_it_is_a_byline(credit: str) -> None:
    text = lines("青川市明天起有一次寒潮天气过程", "", LONG, "", credit)
    doc = parse(text)
    assert ("author", credit) in [(m.kind, m.text) for m in doc.meta]
    assert_nothing_lost(text, doc)


def test_who_explains_a_release_under_its_headline_is_a_byline() -> None:
    headline = "2031年10月份全省居民消费价格同比上涨0.3%"
    credit = "南屏省统计局城市处处长 王明 解读"
    text = lines(headline, "", credit, "2031-11-09 09:30 来源:南屏省统计局", "", LONG)
    doc = parse(text)
    assert doc.title == headline
    assert ("author", credit) in [(m.kind, m.text) for m in doc.meta]
    assert_nothing_lost(text, doc)


@pytest.mark.parametrize("span", ["2031年11月18日-11月24日", "（2031.11.18—2031.11.24）"])
def test_the_days_a_weekly_covers_under_its_name_are_a_subtitle(span: str) -> None:
    headline = "南屏省农产品批发市场价格周报(2031年第47周)"
    text = lines(headline, span, "", LONG, "", LONG)
    doc = parse(text)
    assert doc.title == headline
    assert doc.subtitles == (span,)
    assert_nothing_lost(text, doc)


@pytest.mark.parametrize(
    "grid",
    [
        (
            "索 引 号：   000014349/2031-00213        主题分类：   教育",
            "发布机构：   南屏县教育局                发文日期：   2031年06月03日",
            "名    称：   南屏县2031年秋季学校招生入学工作公告",
            "文    号：   南教发〔2031〕19号          主 题 词：   招生;入学",
        ),
        (
            "索引号\tMB1C89235X/2031-0316",
            "主题分类\t教育",
            "发布机构\t南屏县教育局",
            "发文日期\t2031-06-03",
            "名称\t南屏县2031年秋季学校招生入学工作公告",
        ),
    ],
)
def test_a_grid_of_a_document_s_fields_is_not_read(grid: tuple[str, ...]) -> None:
    headline = "南屏县2031年秋季学校招生入学工作公告"
    text = lines(*grid, "", headline, "", LONG, "", LONG)
    doc = parse(text)
    assert doc.title == headline
    assert doc.date == "2031-06-03"
    assert paragraphs(doc) == [LONG, LONG]


def test_the_many_a_notice_addresses_are_an_addressee() -> None:
    text = lines("关于滨湖路沿线临时停水的通知", "", "广大用水户:", LONG, "", LONG)
    doc = parse(text)
    assert ("addressee", "广大用水户:") in [(m.kind, m.text) for m in doc.meta]
    assert_nothing_lost(text, doc)
    # …the traders of a district, the kinds listed first
    addressee = "南屏区各商场、超市、农贸市场及各有关经营者："
    text = lines("关于规范节日期间价格行为的提醒告诫函", "", addressee, LONG, "", LONG)
    doc = parse(text)
    assert ("addressee", addressee) in [(m.kind, m.text) for m in doc.meta]


def test_a_greeting_in_english_before_the_chinese_one_is_an_addressee_and_no_title() -> None:
    # a bilingual notice with no headline
    greeting = "Dear residents, 各位业主/租户:"
    body = "本周六起,物业将对小区全部电梯开展年度维保及安全检测,每部电梯停运约2小时."
    text = lines(greeting, "", body, "", LONG)
    doc = parse(text)
    assert ("addressee", greeting) in [(m.kind, m.text) for m in doc.meta]
    assert "业主" not in doc.title


def test_rows_set_apart_by_ideographic_spaces_are_a_table_and_spaced_letters_are_not() -> None:
    text = lines(
        "青川县地质灾害气象风险预警",
        "",
        LONG,
        "预警等级　县（市）　重点乡镇　主要隐患类型",
        "Ⅲ级（黄色）　青川县　墨冲镇、归兰乡　滑坡、崩塌",
        "Ⅲ级（黄色）　临河县　玉山镇、江界河镇　滑坡、泥石流",
        "Ⅳ级（蓝色）　南屏县　沫阳镇、逢亭镇　滑坡",
        "",
        "组　长：韩　正",
    )
    doc = parse(text)
    tables = [b.table for c in doc.chapters for b in c.blocks if b.table is not None]
    assert len(tables) == 1
    assert tables[0].header == ("预警等级", "县（市）", "重点乡镇", "主要隐患类型")
    assert len(tables[0].rows) == 3
    assert_nothing_lost(text, doc)


# ----------------------------------------------------------------------------------------
# page heads of periodicals, phone articles, daily reports and issuers' lines
# ----------------------------------------------------------------------------------------


def test_a_weekly_s_masthead_over_the_week_it_covers_and_its_summary_is_the_title() -> None:
    # the week between the name and the number; 摘要 is the first section, no headline
    text = lines(
        "南屏市疾病预防控制中心",
        "流感监测周报",
        "2031年第9周（2031年2月24日—3月2日）",
        "【总第415期】",
        "",
        "摘要",
        "本周我市流感活动处于中等流行水平，较上周有所下降。哨点医院流感样病例占门急诊病例总数的5.2%。",
        "",
        "一、流感样病例报告",
        LONG,
    )
    doc = parse(text)
    assert doc.title == "南屏市疾病预防控制中心流感监测周报"
    assert "2031年第9周（2031年2月24日—3月2日）" in doc.subtitles
    assert_nothing_lost(text, doc)


def test_a_periodical_s_masthead_with_the_office_above_it_is_the_title() -> None:
    text = lines(
        "南屏县文化旅游局",
        "工作简报",
        "第7期",
        "",
        "南屏县文化旅游局办公室编　　　　2031年5月6日",
        "",
        "【假日旅游】“五一”假期全县旅游市场安全有序",
        LONG,
    )
    doc = parse(text)
    assert doc.title == "南屏县文化旅游局工作简报"
    assert "第7期" in [m.text for m in doc.meta]
    assert_nothing_lost(text, doc)


@pytest.mark.parametrize("number", ["〔2031〕第19期", "〔2031〕15号"])
def test_under_a_masthead_and_its_issue_number_the_about_line_is_the_title(number: str) -> None:
    title = "关于研究南屏区老旧小区改造工作的会议纪要"
    text = lines("南屏区人民政府", "专题会议纪要", "", number, "", title, "", LONG)
    doc = parse(text)
    assert doc.title == title
    assert number in [m.text for m in doc.meta]
    assert_nothing_lost(text, doc)


def test_who_said_it_over_the_main_headline_is_its_kicker() -> None:
    kicker = "市长李明在青川县调研时强调"
    text = lines(kicker, "聚焦主责主业 加快产业升级", "奋力推动制造业高质量发展", "", LONG)
    doc = parse(text)
    assert doc.title == "聚焦主责主业 加快产业升级 奋力推动制造业高质量发展"
    assert doc.subtitles == (kicker,)
    assert_nothing_lost(text, doc)


def test_a_headline_wholly_in_brackets_is_announced_without_them() -> None:
    text = lines("【省市场监管局发布第二批食品安全抽检结果 12批次不合格】", "", LONG)
    doc = parse(text)
    assert doc.title == "省市场监管局发布第二批食品安全抽检结果 12批次不合格"


def test_the_headline_set_again_at_the_page_s_foot_is_not_read_twice() -> None:
    title = "湿地公园二期今起开放 新增步道9.6公里"
    text = lines(title, "", LONG, "", LONG, "", title, "分享到：微信 微博 QQ空间")
    doc = parse(text)
    assert doc.title == title
    assert paragraphs(doc) == [LONG, LONG]
    assert_nothing_lost(text, doc)


def test_a_section_s_number_alone_over_its_heading_numbers_the_heading() -> None:
    # as a post sets them: the number on a line of its own after a blank line
    text = lines(
        "南屏县这些新规今起施行",
        "",
        LONG,
        "",
        "01",
        "门诊报销比例提高",
        LONG,
        "",
        "二",
        "公积金贷款额度上调",
        "",
        LONG,
    )
    doc = parse(text)
    assert headings(doc) == ["01、门诊报销比例提高", "二、公积金贷款额度上调"]
    # nothing lost; the only marks added are the stops after the numbers
    assert_nothing_lost(text.replace("01\n", "01、").replace("二\n", "二、"), doc)
    # a figure alone on a line, counting nothing up, stays
    assert "08" in "".join(paragraphs(parse(lines("南屏县今年秋收", "", LONG, "08", LONG))))
    # …and so does a cell of a table set one per line (临床护士 / 45 / 全日制大专)
    cells = lines("南屏市招聘岗位", "", "临床护士", "45", "全日制大专及以上", "", LONG)
    assert "45、全日制大专及以上" not in " ".join(headings(parse(cells)))


def test_a_headline_stamped_with_when_it_was_posted_may_exclaim_and_trail_off() -> None:
    text = lines(
        "点击蓝字 关注我们",
        "",
        "今天起，这些新规正式施行！涉及医保、公积金、养老……",
        "",
        "2031-01-01 08:00 发表于南屏",
        "南屏发布",
        "",
        LONG,
    )
    doc = parse(text)
    assert doc.title == "今天起，这些新规正式施行！涉及医保、公积金、养老"
    assert ("site", "南屏发布") in [(m.kind, m.text) for m in doc.meta]
    assert paragraphs(doc) == [LONG]


def test_the_source_field_under_a_headline_never_makes_its_issuer_the_title() -> None:
    title = "南屏县2030年国民经济和社会发展统计公报"
    text = lines(
        title,
        "发布时间：2031-03-18 09:30　来源：南屏县统计局　浏览次数：1,284",
        "",
        "南屏县统计局",
        "南屏县国家统计调查队",
        "（2031年3月18日）",
        "",
        LONG,
    )
    assert parse(text).title == title


def test_a_report_issued_daily_is_the_headline_not_a_paper_s_name() -> None:
    text = lines(
        "南屏市环境空气质量日报",
        "2031年1月15日（星期三）",
        "南屏市生态环境局发布 | 数据时段：1月14日12时至1月15日12时",
        "",
        LONG,
    )
    doc = parse(text)
    assert doc.title == "南屏市环境空气质量日报"
    assert [(m.kind, m.text) for m in doc.meta][1:] == [
        ("source", "南屏市生态环境局"),
        ("other", "发布"),
        ("other", "数据时段：1月14日12时至1月15日12时"),
    ]
    assert paragraphs(doc) == [LONG]


@pytest.mark.parametrize(
    "posted",
    [
        "南屏县教育局 2031-07-12 阅读：3526",
        "体育频道 2031-06-17 22:41 记者：欧阳帆",
        "南屏省海洋预报台　2031年9月3日10时",
        "天文台在2031年9月17日下午2時45分發出",
    ],
)
def test_who_posted_or_issued_it_and_when_under_the_headline_is_metadata(posted: str) -> None:
    text = lines("南屏县中考成绩统计分析", posted, "", LONG)
    doc = parse(text)
    assert doc.title == "南屏县中考成绩统计分析"
    assert paragraphs(doc) == [LONG]
    assert doc.date is not None and doc.date.startswith("2031-")


def test_a_title_inside_a_title_in_ascii_angle_brackets_is_read_not_dropped() -> None:
    motion = "1、审议通过《关于<2031年度监事会工作报告>的议案》"
    text = lines(
        "南屏电子股份有限公司2031年年度股东大会决议公告",
        "",
        "二、议案审议情况",
        motion,
        "表决结果：同意86,390,000股，占出席会议股东所持有效表决权股份总数的99.87%。",
        "",
        LONG,
    )
    doc = parse(text)
    said = " ".join(paragraphs(doc) + [c.heading or "" for c in doc.chapters])
    assert "《关于〈2031年度监事会工作报告〉的议案》" in said
    assert not doc.dropped


def test_html_tags_left_in_copied_text_are_not_read() -> None:
    assert clean_line("<p>南屏县中考成绩统计分析</p>") == "南屏县中考成绩统计分析"
    assert clean_line("考生<br/>须知&nbsp;如下") == "考生须知 如下"
    assert clean_line("1<2 且 3>2") == "1<2 且 3>2"


def test_a_heading_named_inside_the_title_still_opens_the_story() -> None:
    text = lines(
        "南屏省海洋预报台发布风暴潮黄色警报和海浪橙色警报",
        "",
        "南屏省海洋预报台　2031年9月3日10时",
        "",
        "风暴潮黄色警报",
        LONG,
        "",
        "海浪橙色警报",
        LONG,
    )
    assert headings(parse(text)) == ["风暴潮黄色警报", "海浪橙色警报"]


def test_an_office_s_news_tag_in_brackets_opens_the_story_unread() -> None:
    doc = parse(lines("民防行动中心：低洼地区居民须于今晚10时前撤离", "", "【新聞局訊】" + LONG))
    assert paragraphs(doc) == [LONG]


def test_the_minutes_recorder_and_the_printed_date_are_metadata() -> None:
    text = lines(
        "关于研究老旧小区改造工作的会议纪要",
        "",
        LONG,
        "",
        "记录：黄小平",
        "",
        "南屏区人民政府办公室",
        "2031年8月19日印发",
    )
    doc = parse(text)
    assert paragraphs(doc) == [LONG]
    assert_nothing_lost(text, doc)


def test_a_press_contact_typed_with_ascii_colons_is_for_the_press() -> None:
    text = lines(
        "南屏智能发布新一代工业机器人",
        "",
        LONG,
        "",
        "媒体联系人: 汪诗雨",
        "电话: 021-5839 6612",
        "邮箱: pr@example.com",
    )
    assert paragraphs(parse(text)) == [LONG]


def test_a_list_of_people_and_their_posts_has_no_header_row() -> None:
    rows = [
        f"王秀兰{U3000}{U3000}青石镇党委副书记",
        f"李国栋{U3000}{U3000}白沙乡乡长",
        f"陈{U3000}{U3000}静{U3000}{U3000}县农业农村局种植业股股长",
        f"赵明远{U3000}{U3000}凤栖镇柳湾村党支部书记",
    ]
    doc = parse(lines("南屏县表彰乡村振兴先进个人", "", LONG, "", "二、先进个人", *rows))
    (table,) = tables(doc)
    assert table.table is not None
    assert table.table.header == ()
    assert [row[0] for row in table.table.rows] == ["王秀兰", "李国栋", "陈静", "赵明远"]


def test_a_list_of_people_with_their_units_two_to_a_line_has_no_header_row() -> None:
    rows = [
        f"卢国庆（县第一中学）{U3000}{U3000}孟洋（县自然资源局）",
        f"金德明（县人民医院）{U3000}{U3000}康洋（县纪委监委）",
        f"赵小满（城关镇）{U3000}{U3000}钱多多（县交通运输局）",
    ]
    doc = parse(lines("南屏县表彰先进个人", "", LONG, "", "二、先进个人", *rows))
    (table,) = tables(doc)
    assert table.table is not None
    assert table.table.header == ()
    assert table.table.rows[0][0] == "卢国庆（县第一中学）"
    # …but a header naming its columns once each, with their units, is a header
    priced = ["品种（单位）\t价格（元）", "大米（公斤）\t5.6", "鸡蛋（公斤）\t12.0"]
    (table,) = tables(parse(lines("青川市价格监测", "", LONG, "", *priced)))
    assert table.table is not None and table.table.header == ("品种（单位）", "价格（元）")


def test_rows_set_apart_by_single_spaces_keep_their_thousands_and_their_header() -> None:
    rows = ["上证指数 3,012.45 +25.38 +0.85%", "深证成指 9,481.27 +123.55 +1.32%"]
    rows.append("创业板指 1,826.04 +35.10 +1.96%")
    doc = parse(
        lines("三大指数集体收涨", "", LONG, "", "主要指数收盘情况", "指数 收盘 涨跌 涨跌幅", *rows)
    )
    (table,) = tables(doc)
    assert table.table is not None
    assert table.table.header == ("指数", "收盘", "涨跌", "涨跌幅")
    assert table.table.rows[0] == ("上证指数", "3,012.45", "+25.38", "+0.85%")


def test_rows_set_apart_by_single_spaces_may_hold_a_case_s_number_and_long_column_names() -> None:
    rows = ["1 钟某某 男 （2030）浙0191执1234号 528,000", "2 罗某 女 （2030）浙0191执1377号 96,450"]
    rows.append("3 邱某某 男 （2031）浙0191执56号 1,200,000")
    doc = parse(
        lines("失信被执行人名单", "", LONG, "", "序号 姓名 性别 案号 执行标的（元）", *rows)
    )
    (table,) = tables(doc)
    assert table.table is not None
    assert table.table.header == ("序号", "姓名", "性别", "案号", "执行标的（元）")
    assert table.table.rows[2] == ("3", "邱某某", "男", "（2031）浙0191执56号", "1,200,000")


def test_a_list_of_links_with_their_days_is_no_table() -> None:
    links = [
        "· 临江地铁5号线二期工程启动建设 2031-05-10",
        "· 青川新区一季度GDP同比增长8.7% 2031-04-28",
    ]
    links.append("· 临江老桥将于6月起进行为期90天的检修 2031-04-15")
    doc = parse(lines("临江第三跨江大桥今日通车", "", LONG, "", *links))
    assert not tables(doc)


def test_a_long_name_padded_to_its_column_by_one_space_is_parted_from_its_figure() -> None:
    u = U3000
    rows = [f"流行性感冒{u}3516{u * 4}4502{u * 4}-21.9", f"猩红热{u * 3}134{u * 5}82{u * 5}+63.4"]
    rows.append(f"梅毒{u * 4}187{u * 5}203{u * 4}-7.9")
    head = f"病种{u * 3}2031年一季度{u * 2}2030年一季度{u * 2}增减(%)"
    doc = parse(lines("临江市法定传染病疫情通报", "", LONG, "", head, *rows))
    (table,) = tables(doc)
    assert table.table is not None
    assert table.table.rows[0] == ("流行性感冒", "3516", "4502", "-21.9")


def test_a_unit_line_naming_a_unit_for_each_column_is_not_said_with_every_cell() -> None:
    rows = ["| 辖区 | 事故起数 | 死亡 | 直接损失 |", "|---|---|---|---|"]
    rows += ["| 东区 | 42 | 4 | 31.2 |", "| 西区 | 37 | 3 | 28.5 |"]
    doc = parse(lines("南屏市8月份道路交通事故情况", "", LONG, "", "单位：起、人、万元", *rows))
    (table,) = tables(doc)
    assert table.table is not None and not table.table.unit
    assert ("other", "单位：起、人、万元") in [(m.kind, m.text) for m in doc.meta]


def test_a_headline_led_by_a_theme_with_latin_letters_is_whole() -> None:
    title = "A股收评:三大指数集体收涨,沪指重回3000点上方"
    text = lines(
        title, "2031-02-21 15:32  来源:财经快讯", "", "财经快讯2月21日电(记者 林舟)" + LONG
    )
    doc = parse(text)
    assert doc.title == title
    assert paragraphs(doc) == [LONG]


def test_a_list_item_typed_with_an_ascii_stop_is_no_heading() -> None:
    text = lines(
        "南屏中学寒假安排通知",
        "",
        "一、安排",
        "1. 1月14日进行监测,不组织纸笔考试.",
        "2. 1月17日召开休业式.",
    )
    doc = parse(text)
    assert headings(doc) == ["一、安排"]
    assert paragraphs(doc) == ["1. 1月14日进行监测,不组织纸笔考试.", "2. 1月17日召开休业式."]


def test_a_video_script_s_cues_and_burnt_in_captions_are_not_read() -> None:
    text = lines(
        "【视频】南屏粉条出山记",
        "",
        "南屏县融媒体中心出品",
        "",
        "【解说】",
        LONG,
        "",
        "【同期声】下坪村村民 卢秀兰",
        "以前红薯卖不出去，现在合作社按每斤1.2元保底收购，一年能多挣七八千块钱。",
        "",
        "字幕：下坪村村民 卢秀兰",
        "",
        "【解说】" + LONG,
    )
    doc = parse(text)
    assert doc.title == "南屏粉条出山记"
    assert ("source", "南屏县融媒体中心") in [(m.kind, m.text) for m in doc.meta]
    spoken = "".join(paragraphs(doc))
    assert "【" not in spoken and "字幕" not in spoken
    assert spoken.count(LONG) == 2 and "下坪村村民 卢秀兰以前" not in spoken
    assert_nothing_lost(text, doc)


@pytest.mark.parametrize("tag", ["组图｜", "组图：", "图集:"])
def test_a_headline_in_a_column_of_pictures_is_no_byline(tag: str) -> None:
    text = lines(f"{tag}稻浪翻金 秋收正忙", "", "文/图 通讯员 祁远山 记者 骆一鸣", "", LONG)
    doc = parse(text)
    assert doc.title == "稻浪翻金 秋收正忙"


def test_a_reporter_s_thanks_at_an_interview_s_end_is_a_turn_of_the_talk() -> None:
    thanks = "记者：谢谢您接受采访！"
    doc = parse(lines("访南屏县农业农村局局长", "", LONG, "", thanks, "", "不客气。"))
    assert thanks in paragraphs(doc)


def test_a_font_level_bar_above_a_release_is_chrome_and_the_release_label_no_title() -> None:
    title = "宜蘭縣推出稻農友善耕作補助 每公頃最高新台幣3萬元"
    text = lines(
        "回上一頁",
        "首頁 > 新聞與公告 > 新聞稿",
        "列印　分享　字級：小 中 大",
        "",
        "南屏縣政府新聞稿",
        "",
        "發布日期：113年5月6日",
        "發布單位：南屏縣政府農業處",
        "",
        title,
        "",
        LONG,
    )
    assert parse(text).title == title


def test_an_office_over_its_notice_s_kind_and_the_page_s_fields_is_no_title() -> None:
    title = "社會工作局推出「長者生活津貼」及「敬老金」發放安排"
    text = lines(
        "澳門特別行政區政府　社會工作局",
        "通告",
        "",
        "發佈日期：2031/05/10",
        "瀏覽次數：3,418",
        "",
        title,
        "",
        LONG,
    )
    assert parse(text).title == title


def test_a_bus_route_s_stops_set_apart_by_arrows_are_read() -> None:
    old = "原线路：火车站→解放广场→凤栖大道云台路口→市政务中心"
    new = "调整后：火车站→解放广场→云台路→市政务中心"
    doc = parse(lines("南屏公交K18路调整走向", "", LONG, "", old, new))
    assert old in "".join(paragraphs(doc)) and new in "".join(paragraphs(doc))
    # a breadcrumb from the site's home stays furniture
    assert (
        "首页→新闻中心→正文" in parse(lines("首页→新闻中心→正文", "南屏公交调整", "", LONG)).dropped
    )


def test_a_court_s_case_number_under_its_notice_is_no_part_of_the_title() -> None:
    text = lines("南屏市中级人民法院公告", "(2031)屏01执恢128号", "", LONG)
    doc = parse(text)
    assert doc.title == "南屏市中级人民法院公告"
    assert ("docno", "(2031)屏01执恢128号") in [(m.kind, m.text) for m in doc.meta]


def test_the_company_under_a_notice_that_only_names_its_kind_issued_it() -> None:
    text = lines(
        "停水通知",
        "南屏水务集团有限公司",
        "",
        "发布时间：2031年11月20日 10:05　来源：客户服务中心",
        "",
        LONG,
    )
    doc = parse(text)
    assert doc.title == "停水通知"
    assert ("source", "南屏水务集团有限公司") in [(m.kind, m.text) for m in doc.meta]
    assert paragraphs(doc) == [LONG]


# ----------------------------------------------------------------------------------------
# documents pasted from print (red mastheads, hard wraps) and page heads of apps and sites
# ----------------------------------------------------------------------------------------

#: A notice as a PDF pastes it: no blank lines, every line broken at the page's width.
_PDF_NOTICE = (
    "南屏县人民政府文件",
    "屏政〔2031〕8号",
    "南屏县人民政府关于做好2031年",
    "秋冬季森林防火工作的通知",
    "各乡镇人民政府，县政府各部门：",
    "今年入秋以来，我县降水偏少五成，林区可燃物载量较常年同期偏",
    "多，森林火险等级居高不下。为切实做好秋冬季森林防火工作，现将",
    "有关事项通知如下：",
    "一、压实防火责任",
    "各乡镇要落实县级领导包片、乡镇领导包村、护林员包山的责任体系",
    "，全县38个重点林区均明确“三个责任人”，并于10月30日前公示。",
    "二、加强巡山护林",
    "护林员要做到每日巡山不少于一次，在进山路口设置检查卡点，对排",
    "— 1 —",
    "查出的火灾隐患，要在11月15日前整改到位；确需野外用火的，须经",
    "乡镇政府批准，严禁在林区野外吸烟、烧荒、上坟烧纸。值班电话：",
    "0830-5551234。",
)


def test_a_pdf_pasted_line_by_line_is_read_as_its_paragraphs() -> None:
    text = lines(*_PDF_NOTICE)
    doc = parse(text)
    said = paragraphs(doc)
    assert any("偏多，森林火险等级" in p and "现将有关事项通知如下：" in p for p in said)
    assert any("责任体系，全县38个" in p for p in said)
    # the page's number between two lines of a sentence is passed over, not read
    assert any("对排查出的火灾隐患" in p for p in said)
    assert "— 1 —" in doc.dropped
    # a field's colon at the edge of the page goes on in the next line
    assert any("值班电话：0830-5551234。" in p for p in said)
    assert_nothing_lost(text, doc)


def test_a_notice_whose_uneven_lines_break_inside_words_is_read_as_its_paragraphs() -> None:
    # no line runs to one width (a PDF's lines vary with the figures in them), yet the page
    # broke words in two: 技术培 / 训考核, 从事相 / 应特种作业
    text = lines(
        "关于举办第二期电梯安全管理人员培训的通知",
        "各有关单位:",
        "根据《特种设备安全监察条例》和《特种设备作业人员监督管理办法》(质检总局令第140号),",
        "经研究,定于2032年5月举办第二期电梯安全管理人员技术培",
        "训考核.现将有关事项通知如下:",
        "一、报名条件",
        "1.年满18周岁;",
        "2.经县级以上医疗机构体检健康合格,无妨碍从事相",
        "应作业的疾病和生理缺陷;",
        "3.具有高中及以上文化程度.",
        "二、时间安排",
        "报名截止:5月5日;",
        "培训:5月8日-5月12日.",
    )
    doc = parse(text)
    said = paragraphs(doc)
    assert any("安全管理人员技术培训考核。现将" in p.replace(".", "。") for p in said), said
    assert any("无妨碍从事相应作业" in p for p in said), said
    # a list's and a timetable's short lines stay apart
    assert "二、时间安排" in [c.heading for c in doc.chapters] or any(
        p.startswith("报名截止") for p in said
    )
    assert_nothing_lost(text, doc)


#: A notice as a PDF pastes it, its foot set out with spaces and its second page under
#: the title again: a running head.
_PDF_NOTICE_WITH_HEAD = (
    "南屏县人民政府",
    "征地补偿安置方案公告",
    "拟征收土地位于南屏县青石镇凤栖村、柳塘村，共涉",
    "及2个村民小组，拟征收集体土地面积共计38.6542公",
    "顷（合579.81亩），其中农用地35.1207公顷，建设用",
    "地2.1905公顷，其余1.3430公顷。具体位置、范围",
    "详见勘测定界图。青苗按每亩1,950元给予补偿，果树",
    "— 1 —",
    "南屏县人民政府征地补偿安置方案公告",
    "苗木等按县里另行公布的补偿标准执行，由镇政府统一",
    "组织兑付到户，不得截留挪用。",
    "                               南屏县人民政府",
    "                               2031年3月9日",
    "抄送：县纪委县监委，县人大常委会办公室，县政协办公室。",
    "南屏县人民政府办公室                2031年3月9日印发",
)


def test_a_pdf_s_foot_set_out_with_spaces_does_not_set_the_wrap_width() -> None:
    # the issuer and the day, set apart by spaces, run wider than the text was wrapped
    text = lines(*_PDF_NOTICE_WITH_HEAD)
    doc = parse(text)
    said = paragraphs(doc)
    assert any("面积共计38.6542公顷（合579.81亩）" in p for p in said)
    assert any("具体位置、范围详见勘测定界图" in p for p in said)
    assert_nothing_lost(text, doc)


def test_the_title_again_after_a_pdf_s_page_number_is_not_read() -> None:
    doc = parse(lines(*_PDF_NOTICE_WITH_HEAD))
    assert doc.title == "南屏县人民政府征地补偿安置方案公告"
    assert any("青苗按每亩1,950元给予补偿，果树苗木等按" in p for p in paragraphs(doc))
    assert "南屏县人民政府征地补偿安置方案公告" in doc.dropped
    assert "— 1 —" in doc.dropped


def test_a_second_phone_number_set_under_the_first_is_no_wrap_of_it() -> None:
    text = lines(
        "南屏县人民政府关于长江南屏段禁捕的通告",
        "    为保护长江水生生物资源，根据有关法律法规，现就",
        "长江南屏段禁捕有关事项通告如下。违反本通告规定的，",
        "由县农业综合执法大队依法查处，构成犯罪的依法追究。",
        "    举报电话：0556-4613110（县农业综合执法大队）",
        "              12345（政务服务便民热线）",
        "    本通告自发布之日起施行，原有通告同时废止，特此",
        "通告，请广大群众相互转告，共同遵守，自觉维护秩序。",
    )
    said = headings_and_blocks(parse(text))
    assert "举报电话：0556-4613110（县农业综合执法大队）" in said
    assert "12345（政务服务便民热线）" in said


def test_a_report_of_one_line_per_paragraph_is_not_joined_up() -> None:
    long_line = (
        "四、上交电子试卷：命题教师10月30日前把试卷电子稿发至教务处邮箱，同时单独上交"
        "参考答案的电子稿（文件命名：年级+科目+试卷.doc）"
    )
    text = lines("南屏中学期中考试安排", long_line, "11月1日，出题人到教务处校对试卷样稿。", LONG)
    doc = parse(text)
    assert long_line in paragraphs(doc)
    assert "11月1日，出题人到教务处校对试卷样稿。" in paragraphs(doc)


def test_a_red_masthead_is_neither_the_title_nor_read() -> None:
    doc = parse(lines(*_PDF_NOTICE))
    assert doc.title == "南屏县人民政府关于做好2031年秋冬季森林防火工作的通知"
    assert "南屏县人民政府文件" in doc.dropped
    # a masthead of two offices, and one of an office under a party committee
    for masthead in ("南屏县财政局 南屏县税务局文件", "中共南屏县委办公室文件"):
        title = "关于进一步规范公务接待管理的通知"
        parsed = parse(lines(masthead, "", "屏财发〔2031〕12号", "", title, "", LONG))
        assert parsed.title == title
        assert masthead in parsed.dropped


def test_who_signed_checked_and_made_a_page_is_not_read() -> None:
    for staff in (
        "签发：赵卫东 审核：孙丽 制作：周航",
        "预报员：吴海涛　复核：钱文",
        "一审：吴婷 二审：张学军 三审：李国庆",
        "本版责编：郑丽 美编：吴昊 校对：周平",
    ):
        text = lines("南屏县发布高温橙色预警", "", LONG, "", staff)
        doc = parse(text)
        assert paragraphs(doc) == [LONG], staff
        assert {m.kind for m in doc.meta} == {"editor"}, staff
        assert "".join(m.text for m in doc.meta).replace(" ", "") == staff.replace(" ", "").replace(
            "\u3000", ""
        )
    # a role's value that is a sentence is text: 一审：法院判决…
    ruling = "一审：法院判决被告人赔偿原告经济损失五万元。"
    assert ruling in paragraphs(parse(lines("南屏法院发布典型案例", "", LONG, ruling)))


def test_a_player_an_app_banner_and_a_gallery_s_buttons_are_not_read() -> None:
    chrome = (
        "打开南屏日报客户端，阅读体验更佳",
        "下载“南屏新闻”APP  看更多精彩内容  立即打开",
        "▶ 点击收听 00:00 / 03:12",
        "00:00 / 02:36",
        "视频加载失败，请点击刷新",
        "点赞 0 收藏 评论",
        "【免责声明】本文仅代表作者本人观点，与本站立场无关。",
        "广告声明：文内含有的对外跳转链接，用于传递更多信息。",
        "上一组 下一组",
        "【查看原图】 【返回列表】",
    )
    text = lines("南屏县举行防汛应急演练", "", *chrome[:5], "", LONG, "", *chrome[5:])
    doc = parse(text)
    assert doc.title == "南屏县举行防汛应急演练"
    assert paragraphs(doc) == [LONG]
    assert {clean_line(line) for line in chrome} <= set(doc.dropped)
    # a schedule's times set apart by a slash are no player
    assert (
        "14:00 / 18:00" not in parse(lines("南屏图书馆开放时间", "", LONG, "14:00 / 18:00")).dropped
    )


def test_a_paper_s_date_line_with_the_lunar_day_is_its_date_not_its_title() -> None:
    text = lines(
        "南屏日报",
        "2031年4月18日  星期五  农历三月初十",
        "",
        "一季度我市工业投资同比增长18.6%",
        "",
        LONG,
    )
    doc = parse(text)
    assert doc.title == "一季度我市工业投资同比增长18.6%"
    assert doc.date == "2031-04-18"


def test_a_station_s_channel_and_posting_time_under_the_headline_are_not_read() -> None:
    posted = "南屏广播电视台 新闻综合频道 2031-07-02 19:35"
    doc = parse(lines("南屏大道改扩建工程", "今起进入路面施工阶段", "", posted, "", LONG))
    assert doc.title == "南屏大道改扩建工程今起进入路面施工阶段"
    assert paragraphs(doc) == [LONG]


def test_a_wechat_post_s_line_with_its_province_is_not_read_and_not_the_title() -> None:
    for account, posted in (
        ("南屏调查", "原创 南屏调查 南屏调查 2031年10月15日 09:30 湖南"),
        ("南屏天气", "南屏天气 2031年06月14日 15:42 广东"),
    ):
        title = "南屏市气象台升级发布暴雨橙色预警信号"
        text = lines(account, "点击上方蓝字关注我们", "", title, "", posted, "", LONG)
        doc = parse(text)
        assert doc.title == title, posted
        assert paragraphs(doc) == [LONG]
        assert posted in [m.text for m in doc.meta]


def test_a_line_that_runs_from_one_time_to_another_is_read_not_a_time_stamp() -> None:
    window = "2031年11月5日9:00—11月11日18:00"
    doc = parse(lines("南屏市公务员考试报名须知", "", LONG, "", "报名时间", window))
    assert window in "".join(headings_and_blocks(doc))


def test_under_a_masthead_its_issue_s_one_headline_is_the_title() -> None:
    headline = "南屏市气象台2031年7月12日16时10分继续发布高温红色预警"
    text = lines(
        "重要天气预警信息",
        "第 47 期",
        "南屏市气象台                          2031年7月12日",
        "",
        headline,
        "",
        LONG,
    )
    assert parse(text).title == headline


@pytest.mark.parametrize(
    "masthead",
    [
        "南屏区植保站病虫情报 第12期(总第356期)",  # its number after a space
        "2031年第8期水稻病虫情报",  # …or before its name, with its year
    ],
)
def test_under_a_masthead_numbered_on_its_line_its_issue_s_headline_is_the_title(
    masthead: str,
) -> None:
    headline = "中晚稻“两迁”害虫发生趋势预报"
    text = lines(masthead, "南屏区农业技术推广中心植保站 编   2031-07-15", "", headline, "", LONG)
    assert parse(text).title == headline


def test_the_day_and_hour_after_who_signed_a_forecast_off_date_it() -> None:
    text = lines(
        "农业气象专报",
        "签发人：何振华　　　　　　　　　　2031年2月14日16时",
        "",
        "春播期间天气趋势预报",
        "",
        LONG,
    )
    doc = parse(text)
    assert str(doc.date) == "2031-02-14"
    assert ("editor", "签发人：何振华") in [(m.kind, m.text) for m in doc.meta]
    assert_nothing_lost(text, doc)


def test_offices_that_issue_a_notice_jointly_over_its_about_title_are_no_part_of_it() -> None:
    issuers = "南屏县公安局交通管理大队 南屏县交通运输局"
    text = lines(issuers, "关于S318省道南屏山段实施冬季交通管制的通告", LONG)
    doc = parse(text)
    assert doc.title == "关于S318省道南屏山段实施冬季交通管制的通告"
    assert not doc.subtitles
    assert [m.text for m in doc.meta] == [issuers]
    assert_nothing_lost(text, doc)


def test_a_paper_s_headline_with_its_deck_of_phrases_and_its_chair_is_one_title() -> None:
    text = lines(
        "南屏市委常委会召开会议",
        "传达学习中央有关会议精神 研究一季度经济形势和",
        "生态环境保护督察整改等工作",
        "周立民主持",
        "本报讯 4月22日，市委常委会召开会议，传达学习中央有关会议精神。市委书记周立民主持会议。",
        LONG,
    )
    doc = parse(text)
    assert doc.title == (
        "南屏市委常委会召开会议 传达学习中央有关会议精神 "
        "研究一季度经济形势和生态环境保护督察整改等工作"
    )
    assert not any("周立民主持" in p and "会议" not in p for p in paragraphs(doc))
    assert_nothing_lost(text, doc)


def test_a_series_number_with_the_issuer_s_code_is_no_part_of_the_title() -> None:
    number = "屏自然资发〔2031〕预警第32期"
    text = lines("地质灾害气象风险预警", "", number, "发布时间：2031年5月18日17时00分", "", LONG)
    doc = parse(text)
    assert doc.title == "地质灾害气象风险预警"
    assert number in [m.text for m in doc.meta]


def test_a_site_and_its_section_set_apart_by_a_mark_are_not_the_title() -> None:
    for label in ("自然资源部南屏局 · 海洋预报", "星河储能 | 新闻中心"):
        doc = parse(lines(label, "", "海浪黄色警报", "", LONG))
        assert doc.title == "海浪黄色警报", label
        assert label in doc.dropped


def test_a_page_s_fields_after_its_date_and_a_bar_are_not_read() -> None:
    fields = "2031-07-15 | 来源:星河储能 | 阅读量:3,452"
    doc = parse(lines("星河储能发布新一代液冷储能系统", fields, "", LONG))
    assert doc.title == "星河储能发布新一代液冷储能系统"
    assert paragraphs(doc) == [LONG]
    assert doc.date == "2031-07-15"


def test_a_body_s_english_name_under_its_chinese_one_is_not_the_title() -> None:
    headline = "公共帳目委員會就審計署署長第八十四號報告書舉行公開聆訊"
    text = lines("立法會", "Legislative Council", "新聞稿", "", headline, "", LONG)
    doc = parse(text)
    assert doc.title == headline
    assert "Legislative Council" in doc.dropped


def test_a_lawmaker_s_office_above_its_release_label_is_not_the_title() -> None:
    headline = "外送員保障法草案付委 每單最低報酬不得低於基本工資時薪四分之一"
    text = lines(
        "立法委員 林怡君 國會辦公室",
        "新 聞 稿",
        "發稿日期：130.07.21",
        "",
        headline,
        "",
        LONG,
    )
    doc = parse(text)
    assert doc.title == headline
    assert doc.date == "2041-07-21"


def test_a_breadcrumb_set_apart_by_slashes_is_not_read() -> None:
    doc = parse(lines("首頁 / 最新消息 / 榮譽榜", "", "本校學生勇奪國際數學奧林匹亞金牌", "", LONG))
    assert doc.title == "本校學生勇奪國際數學奧林匹亞金牌"
    assert "首頁 / 最新消息 / 榮譽榜" in doc.dropped


def test_a_notice_headed_only_by_who_gives_it_is_titled_by_its_subject() -> None:
    subject = "主旨：公告本校130學年度第2學期期末考試及選課相關事宜，請全校師生周知。"
    text = lines("國立南屏大學　校園公告", "", "公告日期：130年5月9日", "", subject, "", LONG)
    doc = parse(text)
    assert doc.title == "國立南屏大學130學年度第2學期期末考試及選課相關事宜"
    assert subject in paragraphs(doc)
    # …or headed by the school's name alone, over its breadcrumb and fields
    subject = "主旨：公告本校120學年度新生報到及編班相關事宜，請家長及新生依規定時間辦理。"
    text = lines(
        "桃溪市立明德國民中學",
        "首頁 > 最新消息 > 教務處公告",
        "發布單位：教務處　發布日期：2031/07/15　點閱次數：862",
        "",
        subject,
        "",
        LONG,
    )
    assert parse(text).title == "桃溪市立明德國民中學120學年度新生報到及編班相關事宜"
    # …or by who gives it and its kind alone: the subject says what the notice is, the
    # 公告 before it said once, the clause of when it takes effect left to the body
    text = lines("衛生福利部 公告", "", "主旨：預告修正「食品中污染物質衛生標準」草案。", "", LONG)
    assert parse(text).title == "預告修正「食品中污染物質衛生標準」草案"
    subject = "主旨：公告修正「南屏縣噪音管制辦法」第3條條文，並自即日生效。"
    text = lines("南屏縣政府　公告", "發文日期：中華民國120年3月18日", "", subject, "", LONG)
    assert parse(text).title == "修正「南屏縣噪音管制辦法」第3條條文"
    # …under the page's archive fields, the county it names for its own (本縣)
    subject = "主旨：公告本縣120年地價稅開徵期間及繳納方式。"
    text = lines("檔　　號：", "保存年限：", "", "南屏縣政府　公告", "", subject, "", LONG)
    doc = parse(text)
    assert doc.title == "南屏縣120年地價稅開徵期間及繳納方式"
    assert paragraphs(doc) == [subject, LONG]


@pytest.mark.parametrize(
    ("issuer", "kind"),
    [
        ("临江市市场监督管理局", "行政处罚决定书"),
        ("青川县生态环境局", "行政处罚告知书"),
        ("南屏县人民法院", "公告"),
    ],
)
def test_a_decision_headed_by_its_issuer_over_its_kind_is_titled_by_both(
    issuer: str, kind: str
) -> None:
    text = lines(
        issuer,
        kind,
        "",
        "临市监罚〔2031〕58号",
        "",
        "当事人：临江市江北区味之源餐饮管理有限公司",
        "统一社会信用代码：91330102MA2H3XYZ8K",
        "",
        LONG,
        "",
        LONG,
    )
    doc = parse(text)
    assert doc.title == issuer + kind
    assert_nothing_lost(text, doc)


def test_who_reports_it_with_the_day_in_brackets_is_not_the_derived_title() -> None:
    lead = (
        "记者昨天（10月12日）从市卫生健康委获悉，我市适龄女生HPV疫苗免费接种工作将于"
        "10月16日正式启动。今年起，全市13至14周岁在校女生可免费接种两剂次疫苗。"
    )
    doc = parse(lines(lead, "", LONG))
    assert doc.title == "我市适龄女生HPV疫苗免费接种工作将于10月16日正式启动"
    assert doc.title_derived


def test_two_issuers_on_a_line_under_the_title_are_not_glued_onto_it() -> None:
    title = "2031年南屏州人口变动情况抽样调查主要数据公报"
    text = lines(title, "", "南屏州统计局　　国家统计局南屏调查队", "2032年4月28日", "", LONG)
    doc = parse(text)
    assert doc.title == title
    assert paragraphs(doc) == [LONG]


def test_a_pdf_s_running_head_with_its_page_is_not_read() -> None:
    title = "南屏职业技术学院2031年高职单独招生简章"
    running_head = "南屏职业技术学院招生就业处                    第 1 页 共 3 页"
    doc = parse(lines(title, running_head, "", LONG))
    assert doc.title == title
    assert clean_line(running_head) in doc.dropped


def test_the_account_above_a_wechat_post_s_time_is_not_the_title() -> None:
    headline = "南屏省2032年度考试录用公务员笔试时间公布"
    text = lines(
        "点击上方蓝字 关注我们",
        "南屏人事考试",
        "2031-11-02 18:05 发表于湖南",
        "",
        headline,
        "",
        LONG,
    )
    assert parse(text).title == headline


def test_a_site_s_name_in_two_languages_and_its_toolbars_are_not_the_title() -> None:
    headline = "興大團隊育成耐熱水稻新品系 高溫下產量仍維持九成"
    text = lines(
        "國立南屏大學 National Nanping University",
        "首頁 › 校園新聞 › 研究成果",
        "",
        headline,
        "2031-08-19 ｜ 秘書室 ｜ 瀏覽數 1,024",
        "字級 A A A　　分享 f LINE　　列印",
        "",
        LONG,
    )
    doc = parse(text)
    assert doc.title == headline
    assert paragraphs(doc) == [LONG]
    for banner in ("新聞局 Gabinete de Comunicação Social", "南屏市議會 Nanping City Council"):
        assert parse(lines(banner, "", headline, "", LONG)).title == headline


def test_a_taiwan_page_s_anchor_breadcrumbs_and_print_bars_are_not_read() -> None:
    headline = "國慶煙花匯演特別交通及運輸安排"
    for chrome in (
        ("::: 首頁 > 警政新聞 > 新聞稿", "友善列印　|　回上一頁　|　字級設定：小 中 大"),
        (":::", "最新消息 ／ 議會新聞", "列印版本　　字體大小 A A A"),
        ("跳到主要內容區塊", ":::"),  # the anchor alone, under the skip link
    ):
        doc = parse(lines("南屏市政府", *chrome, "", headline, "", LONG))
        assert doc.title == headline, chrome
        assert paragraphs(doc) == [LONG]
    # two words set apart by a slash in a sentence are no breadcrumb
    assert "斜纹夜蛾/甜菜夜蛾" in paragraphs(
        parse(lines("南屏虫情", "", LONG, "斜纹夜蛾/甜菜夜蛾"))
    )


def test_how_to_apply_through_an_account_is_read_not_dropped_as_a_promotion() -> None:
    item = "（二）报名方式：关注“南屏马拉松”微信公众号或访问官方网站进行网上报名。"
    doc = parse(lines("2031南屏马拉松竞赛规程", "", LONG, "", item, "", "关注南屏发布公众号"))
    assert item in paragraphs(doc)
    assert "关注南屏发布公众号" in doc.dropped


def test_a_conference_s_organisers_are_read_and_a_site_s_footer_is_not() -> None:
    host = "主办单位：中国环境工程学会水处理专业委员会"
    organiser = "承办单位：南屏理工大学环境科学与工程学院"
    footer = "主办单位：南屏市卫生健康委员会  南ICP备05003012号-1"
    doc = parse(lines("第五届水处理技术研讨会会议通知", "", LONG, host, organiser, "", footer))
    said = "".join(paragraphs(doc))
    assert host in said and organiser in said
    assert clean_line(footer) in doc.dropped


def test_a_talk_s_speaker_and_host_are_read_beside_its_time_and_place() -> None:
    speaker = "报告人：周启明 研究员"
    host = "主办单位：澄江大学历史文化学院"
    doc = parse(
        lines(
            "澄江大学学术讲座",
            "",
            "报告题目：运河城市的水利与商业",
            speaker,
            "时间：2033年4月9日（周三）15:00-16:30",
            "地点：人文楼二层报告厅",
            host,
            "",
            LONG,
        )
    )
    said = "".join(paragraphs(doc))
    assert clean_line(speaker) in said and host in said, doc.dropped
    # who gives a report on their own work, under it, is still not read
    report = parse(lines("2032年度个人述职报告", "报告人：周启明", "", LONG))
    assert "报告人：周启明" not in "".join(paragraphs(report))


def test_a_post_s_counters_placeholders_and_pleas_are_not_read() -> None:
    chrome = (
        "阅读 10万+ 分享 在看 点赞 3268",
        "[二维码]",
        "图片",
        "知道了",
        "点击“在看”，让更多人看到。",
        "喜欢就点个“在看”吧",
        "【扫码报名】",
        "上一版 下一版 放大 缩小 默认",
        "【大】【中】【小】【打印】【关闭】",
    )
    text = lines("南屏发布暴雨红色预警", "", LONG, "", *chrome)
    doc = parse(text)
    assert paragraphs(doc) == [LONG]
    assert {clean_line(line) for line in chrome} <= set(doc.dropped)


def test_an_attachment_with_its_download_count_or_button_is_listed_not_read() -> None:
    for annex in (
        "相关附件：山洪灾害预警区域图.pdf 附件下载",
        "附件：南屏市征收补偿实施细则（全文）.pdf（下载次数：219）",
        "附件【南屏市招聘报名表.docx】已下载 186 次",
        "附件：南屏区岗位表（调整后）.xlsx [23.5KB] 点击下载",
        "南屏市最低工資調整說明.pdf (312KB)",
    ):
        doc = parse(lines("南屏发布山洪灾害预警", "", LONG, "", annex))
        assert paragraphs(doc) == [LONG], annex
        assert ("annex", clean_line(annex)) in [(m.kind, m.text) for m in doc.meta]


def test_a_report_s_credit_under_its_headline_ending_in_a_colon_is_a_byline() -> None:
    text = lines("澳门首季经济实质上升", "", "记者 蔡文 报道：", LONG, "", LONG)
    doc = parse(text)
    assert doc.title == "澳门首季经济实质上升"
    assert ("author", "记者 蔡文 报道：") in [(m.kind, m.text) for m in doc.meta]
    assert paragraphs(doc) == [LONG, LONG]
    assert_nothing_lost(text, doc)


def test_a_bare_date_field_under_the_headline_dates_the_report() -> None:
    text = lines("青川一中举行新学期开学典礼", "", "日期：2031/04/12", "", LONG, "", LONG)
    doc = parse(text)
    assert doc.date == "2031-04-12"
    assert paragraphs(doc) == [LONG, LONG]
    assert_nothing_lost(text, doc)
    # a notice's time field, with no year, is what it announces
    notice = parse(lines("关于召开安全生产会议的通知", "", "时间：3月1日上午9时", "", LONG))
    assert "时间：3月1日上午9时" in "".join(paragraphs(notice))


def test_a_notice_s_attachments_listed_under_their_label_are_not_read() -> None:
    files = ["附件：", "1.2031-2032学年校历.xlsx", "2.新生入学须知（学生版）.pdf"]
    text = lines("关于做好2031年秋季开学工作的通知", "", LONG, "", LONG, "", *files)
    doc = parse(text)
    assert paragraphs(doc) == [LONG, LONG]
    assert_nothing_lost(text, doc)


def test_a_page_s_comments_under_their_head_are_not_read() -> None:
    comments = [
        "评论(126)",
        "热门  最新",
        "田林老王　　上海　3小时前",
        "我们小区也在弄，一楼死活不同意，拖了两年了",
        "赞 23　回复",
        "查看全部126条评论 >",
    ]
    doc = parse(lines("南屏老旧小区加装电梯补贴提高", "", LONG, "", LONG, "", *comments))
    assert paragraphs(doc) == [LONG, LONG]
    # readers named by where they are, under a head without a count
    by_place = ["热门评论", "南屏网友 小豆妈：终于等到了！孩子每天坐车太累了", "▌写评论..."]
    doc = parse(lines("南屏老旧小区加装电梯补贴提高", "", LONG, "", *by_place))
    assert paragraphs(doc) == [LONG]
    # a head of comments with a long paragraph under it is no page's comments
    # a head with its colon, a comment with its likes
    liked = ["网友评论：", "青川小王：终于通了，上班方便多了！ 👍 352"]
    doc = parse(lines("南屏老旧小区加装电梯补贴提高", "", LONG, "", *liked))
    assert paragraphs(doc) == [LONG]
    kept = parse(lines("南屏网评", "", "网友评论", LONG * 3))
    assert LONG * 3 in paragraphs(kept)


def test_a_news_photo_s_circled_caption_and_a_video_s_credits_are_not_read() -> None:
    caption = "图①：7月8日，南屏港区，集装箱船舶有序靠泊作业。"
    credits = "视频｜记者 沈佳怡  剪辑 杜若"
    doc = parse(lines("南屏港上半年吞吐量增长", "", credits, "", caption, "", LONG))
    assert paragraphs(doc) == [LONG]
    assert caption in doc.dropped
    # a figure numbered in digits with a full stop may be the text's own
    said = "图1：南屏港近五年吞吐量变化。"
    assert said in paragraphs(parse(lines("南屏港上半年吞吐量增长", "", LONG, "", said)))


def test_an_attachment_head_over_its_files_each_with_its_size_is_listed_not_read() -> None:
    files = [
        "附件：",
        "1. 120年度公費流感疫苗接種對象一覽表.pdf（186KB）",
        "2. 南屏市社區接種站時間地點.odt（52KB）",
    ]
    doc = parse(lines("南屏發布流感疫苗接種安排", "", LONG, "", *files, "", LONG))
    assert paragraphs(doc) == [LONG, LONG]
    assert [m.text for m in doc.meta if m.kind == "annex"] == files


def test_where_a_story_was_taken_from_and_its_end_mark_after_a_quote_are_not_read() -> None:
    quote = "“全年外贸将继续保持向好态势。”"
    doc = parse(lines("南屏外贸前十月增长7.9%", "", LONG, quote + "(完)", "本文来源：南屏日报"))
    assert paragraphs(doc) == [LONG, quote]
    assert ("source", "本文来源：南屏日报") in [(m.kind, m.text) for m in doc.meta]


@pytest.mark.parametrize("end", ["全文完。", "（全文完）", "\n\n全文完"])
def test_a_story_s_end_said_in_words_after_its_last_sentence_is_not_read(end: str) -> None:
    # (after the last sentence, or on a line of its own under it)
    text = lines("南屏外贸前十月增长7.9%", "", LONG, "", LONG + end)
    doc = parse(text)
    assert paragraphs(doc) == [LONG, LONG]
    assert_nothing_lost(text, doc)


def test_a_tv_script_s_cues_are_not_read() -> None:
    text = lines(
        "南屏至温州铁路开通运营",
        "",
        "【正文】",
        LONG,
        "【同期】市铁路投资集团副总经理 张建国",
        "“开通后两地最快40分钟可达。”",
        "【出镜】记者 陈思远",
    )
    said = "".join(paragraphs(parse(text)))
    assert "【正文】" not in said and "【同期】" not in said and "【出镜】" not in said
    assert LONG in said and "最快40分钟可达" in said


def test_an_exclaiming_headline_may_run_on_past_its_exclamation() -> None:
    for headline in (
        "升级！全市暴雨红色预警信号生效中，请立即停课停工！",
        "充电10分钟续航400公里！南屏超充站数量全省第一，明年高速服务区全覆盖",
        "冬季消防安全提示：这些火灾隐患要当心！",
    ):
        doc = parse(
            lines("原创 南屏天气 南屏天气 2031年06月14日 08:32 广东", "", headline, "", LONG)
        )
        assert doc.title == headline


def test_a_stacked_headline_labelled_line_by_line_is_titled_by_its_main_line() -> None:
    text = lines(
        "引题：守护大山深处1200多名村民的健康",
        "主题：“背包医生”的三十二年出诊路",
        "副题：记南屏县米贝乡卫生院医生杨昌福",
        "",
        LONG,
    )
    doc = parse(text)
    assert doc.title == "“背包医生”的三十二年出诊路"
    from audiobulletin.script import build_script

    intro = build_script(doc).intro
    assert intro is not None
    assert "记南屏县米贝乡卫生院医生杨昌福" in intro.spoken and "副题" not in intro.spoken


def test_a_post_s_first_section_heading_under_its_bullet_is_no_site_label() -> None:
    text = lines(
        "原创 南屏植保 南屏植保 2031-05-12 08:15 浙江",
        "",
        "茶园病虫情报｜茶小绿叶蝉进入第一个高峰期，请及时防控！",
        "",
        "2031.05.12 第7期",
        "",
        "◆ 虫情动态",
        "",
        LONG,
        "",
        "◆ 防治建议",
        "",
        LONG,
    )
    doc = parse(text)
    assert [c.heading for c in doc.chapters][:1] == ["◆ 虫情动态"]
    assert "◆ 虫情动态" not in [m.text for m in doc.meta]
    assert_nothing_lost(text, doc)


def test_a_bulletin_s_masthead_names_its_campaign_and_its_compiler_is_not_read() -> None:
    text = lines(
        "南屏区创建全国文明城市",
        "工 作 简 报",
        "第12期",
        "",
        "南屏区创文办编印                          2031年5月20日",
        "【本期导读】",
        "● 区创文指挥部召开第二季度推进会",
        "",
        "区创文指挥部召开第二季度推进会",
        "",
        LONG,
    )
    doc = parse(text)
    assert doc.title == "南屏区创建全国文明城市工作简报"
    assert doc.date == "2031-05-20"


def test_under_any_name_over_an_issue_number_the_one_headline_is_the_title() -> None:
    text = lines(
        "南屏省森林草原防灭火指挥部办公室",
        "南屏省气象台",
        "联 合 发 布",
        "森林火险气象等级预报",
        "（2031年第17期）",
        "",
        "签发：王振东　　　　　　　　　　　2031年4月18日",
        "",
        "高森林火险橙色预警",
        "",
        LONG,
    )
    doc = parse(text)
    assert doc.title == "高森林火险橙色预警"
    assert doc.date == "2031-04-18"
    assert paragraphs(doc) == [LONG]


def test_a_body_that_issues_the_forecast_with_the_first_is_not_its_headline() -> None:
    text = lines(
        "南屏省森林火险气象等级预报",
        "第 15 期",
        "南屏省气象台　　　　　　　　　　　　　　　2031年3月18日",
        "南屏省林业和草原局",
        "",
        "一、前期天气及火险形势",
        LONG,
    )
    doc = parse(text)
    assert doc.title == "南屏省森林火险气象等级预报"
    assert doc.date == "2031-03-18"


def test_the_fields_under_a_daily_s_number_are_not_its_headline() -> None:
    text = lines(
        "南屏市农产品批发市场主要品种价格日报",
        "（2031年第286期）",
        "",
        "日期：2031年10月12日（星期日）　　　　编制单位：南屏市价格监测中心",
        "",
        LONG,
    )
    doc = parse(text)
    assert doc.title == "南屏市农产品批发市场主要品种价格日报"
    assert paragraphs(doc) == [LONG]
    assert doc.date == "2031-10-12"


def test_a_copy_list_wrapped_onto_a_second_line_is_not_read() -> None:
    text = lines(
        "南屏省人民政府办公厅关于印发城镇燃气安全管理办法的通知",
        "",
        LONG,
        "",
        "抄送：省委各部门，省人大常委会办公厅，省政协办公厅，省监",
        "      委，省法院，省检察院。",
        "  南屏省人民政府办公厅                 2031年8月12日印发",
    )
    doc = parse(text)
    assert paragraphs(doc) == [LONG]
    assert any(m.text.startswith("抄送：") and "省检察院" in m.text for m in doc.meta)


def test_a_bracketed_source_with_its_editor_gives_each_its_field() -> None:
    note = "（来源：南屏日报　　责任编辑：吴婧）"
    text = lines("南屏茶产业综合产值突破百亿元", "", LONG, "", note)
    doc = parse(text)
    assert paragraphs(doc) == [LONG]
    kinds = {m.kind: m.text for m in doc.meta}
    assert "南屏日报" in kinds["source"] and "吴婧" not in kinds["source"]
    assert "吴婧" in kinds["editor"]
    assert_nothing_lost(text, doc)


def test_a_table_drawn_with_box_characters_is_read_with_its_header() -> None:
    text = lines(
        "南屏市11月房地产市场运行情况",
        "",
        LONG,
        "┌────────────┬──────┬──────┐",
        "│ 指标          │ 环比  │ 同比  │",
        "├────────────┼──────┼──────┤",
        "│ 新建商品住宅  │ 99.6  │ 94.8  │",
        "│ 二手住宅      │ 99.5  │ 92.3  │",
        "└────────────┴──────┴──────┘",
    )
    (table,) = tables(parse(text))
    assert table.table is not None
    assert table.table.header == ("指标", "环比", "同比")
    assert table.table.rows == (("新建商品住宅", "99.6", "94.8"), ("二手住宅", "99.5", "92.3"))


def test_a_dashed_rule_under_a_header_row_parts_no_rows() -> None:
    text = lines(
        "南屏省1—8月全社会用电量",
        "",
        LONG,
        "--------------------------------------------------",
        "类别              8月      同比%    1-8月      同比%",
        "--------------------------------------------------",
        "全社会用电量      468.7    8.9      3218.5     7.6",
        "第一产业          6.82     14.6     44.1       10.2",
        "第二产业          281.4    5.7      2048.7     6.1",
        "--------------------------------------------------",
    )
    doc = parse(text)
    (table,) = tables(doc)
    assert table.table is not None
    assert table.table.header == ("类别", "8月", "同比%", "1-8月", "同比%")
    assert len(table.table.rows) == 3
    assert_nothing_lost(text, doc)


def test_the_issuer_over_the_minute_it_posted_is_no_line_of_the_title() -> None:
    title = "2031年一季度南屏市国民经济运行情况"
    doc = parse(lines(title, "", "南屏市统计局", "2031-04-22 15:30", "", LONG))
    assert doc.title == title
    assert paragraphs(doc) == [LONG]


def test_a_warning_s_source_note_with_its_signer_gives_each_its_field() -> None:
    note = "（预警信息来源：南屏省气象台  签发：李明华）"
    doc = parse(lines("南屏省气象台台风橙色预警", "", LONG, "", note))
    kinds = {m.kind: m.text for m in doc.meta}
    assert "李明华" in kinds["editor"] and "李明华" not in kinds["source"]


def test_a_story_told_in_pictures_reads_its_captions_without_their_credits() -> None:
    captions = [
        "10月12日清晨，南屏旗牧民骑马驱赶羊群。当天气温降至-8℃，草原上已经结了一层白霜。巴特尔 摄",
        "转场队伍在乌尔逊河畔稍作休息。今年全家共有约650只羊需要转场，全程约75公里。巴特尔 摄",
        "一辆满载草料的拖拉机跟随转场队伍前行。全旗今年共有1200余户牧民参与转场。刘思远 摄",
    ]
    text = lines(
        "组图｜秋日转场：南屏牧民赶着畜群走向冬营地",
        "",
        LONG,
        "",
        "1/3",
        captions[0],
        "",
        "2/3",
        captions[1],
        "",
        "3/3",
        captions[2],
    )
    doc = parse(text)
    assert doc.title == "秋日转场：南屏牧民赶着畜群走向冬营地"
    said = "".join(paragraphs(doc))
    assert "全程约75公里" in said and "1200余户牧民" in said
    assert " 摄" not in said and "1/3" in doc.dropped
    assert ("author", "巴特尔 摄") in [(m.kind, m.text) for m in doc.meta]
    assert_nothing_lost(text, doc)


def test_a_wechat_post_s_origin_line_and_a_release_s_photo_link_are_not_the_title() -> None:
    headline = "南屏县2031年“村超”分赛区开幕 首日吸引游客3.2万人次"
    text = lines(
        "南屏发布",
        "2031-06-18 19:32 发表于贵州",
        "",
        "原创 南屏县融媒体中心 南屏发布",
        "",
        headline,
        "",
        LONG,
    )
    assert parse(text).title == headline
    headline = "運輸署公布九月份道路交通意外數字"
    assert parse(lines("新聞公報", "請按此查看相片", headline, "", LONG)).title == headline


def test_skip_links_players_language_bars_and_revision_dates_are_not_read() -> None:
    chrome = (
        "跳至主要內容",
        "English | 繁體 | 简体　　文字大小 A A A",
        "播放 暂停 全屏 倍速 1.0x",
        "正在加载视频……",
        "【视频提示：本视频时长2分36秒，建议在WiFi环境下观看】",
    )
    foot = (
        "分享：Facebook WhatsApp 電郵 列印",
        "上次修訂日期：2031年6月12日",
        "▼ 点击下方“阅读原文”查询更多停电信息",
    )
    headline = "食物安全中心公布一個冷凍牛肉樣本驗出沙門氏菌"
    doc = parse(lines(*chrome, "", headline, "", LONG, "", *foot))
    assert doc.title == headline
    assert paragraphs(doc) == [LONG]
    site = "南屏省人力资源和社会保障厅 网站导航 | 无障碍 | 长者模式"
    doc = parse(lines(site, "", "2031年度南屏省考试录用公务员面试公告", "", LONG))
    assert doc.title == "2031年度南屏省考试录用公务员面试公告"


def test_markdown_s_heading_marks_and_bold_labels_are_not_read() -> None:
    text = lines(
        "# 南屏市重要民生商品价格监测周报（2031年第11期）",
        "",
        "**监测时段：** 2031年3月10日—3月16日",
        "",
        LONG,
    )
    doc = parse(text)
    assert doc.title == "南屏市重要民生商品价格监测周报（2031年第11期）"
    assert "**" not in "".join(headings_and_blocks(doc))


@pytest.mark.parametrize(
    ("line", "read"),
    [
        (
            "**城区营业厅**：中心营业厅5月1日—5日照常营业。",
            "城区营业厅：中心营业厅5月1日—5日照常营业。",
        ),
        ("**一要压实防汛责任**各地要严格落实责任制。", "一要压实防汛责任。各地要严格落实责任制。"),
        (
            "**二、灾害损失。**据初步统计，全市受灾2.3万人。",
            "二、灾害损失。据初步统计，全市受灾2.3万人。",
        ),
        # …before a document's name in its marks
        (
            "**加大稳岗扩岗支持力度。**《措施》明确，对招用青年的企业给予补助。",
            "加大稳岗扩岗支持力度。《措施》明确，对招用青年的企业给予补助。",
        ),
    ],
)
def test_markdown_s_bold_inside_a_line_is_not_read(line: str, read: str) -> None:
    text = lines("南屏市防汛工作简报", "", LONG, "", line, "", LONG)
    doc = parse(text)
    assert "**" not in "".join(headings_and_blocks(doc))
    assert read in "".join(headings_and_blocks(doc))


def test_an_addressee_wrapped_over_two_lines_ends_before_the_body() -> None:
    text = lines(
        "南屏市人民政府办公室关于做好",
        "2031—2032年度冬春季森林火灾",
        "防控工作的通知",
        "",
        "各县（市、区）人民政府，市政府各部门、",
        "直属各单位：",
        "    当前，我市已进入森林防火紧要期。",
        "据气象部门预测，今冬明春全市降水偏少",
        "2至3成，气温偏高0.5～1℃，森林火险等",
        "级总体偏高，各地要全面落实防火责任。",
    )
    doc = parse(text)
    assert doc.title == "南屏市人民政府办公室关于做好2031—2032年度冬春季森林火灾防控工作的通知"
    assert paragraphs(doc)[0] == "当前，我市已进入森林防火紧要期。"


def test_an_addressee_wrapped_right_under_a_wrapped_title_is_no_part_of_the_title() -> None:
    # no blank line anywhere: the page was printed and every line runs to its edge
    text = lines(
        "临河市农业农村局文件",
        "临农发〔2031〕116号",
        "关于召开全市农村人居环境整治提升现场推",
        "进会的通知",
        "各县（市、区）农业农村局，临河经开区、青川新",
        "区农村工作部门：",
        "为认真落实全省农村人居环境整治提升推进会议",
        "精神，交流推广典型经验，经研究，定于11月2",
        "8日召开全市农村人居环境整治提升现场推进会。",
        "",
        "临河市农业农村局",
        "2031年11月10日",
        "",
        "— 1 —",
        "临河市农业农村局办公室          2031年11月10日印发",
    )
    doc = parse(text)
    assert doc.title == "关于召开全市农村人居环境整治提升现场推进会的通知"
    assert paragraphs(doc)[0].startswith("为认真落实全省农村人居环境整治提升推进会议精神")


@pytest.mark.parametrize(
    "chrome",
    [
        "　　2031-03-25　　　【打印】【关闭】",  # the day, then the page's buttons
        "南屏县统计局  发布时间：2031年3月25日  浏览量：862",  # who posted it, unlabelled
        "临江发布  2031 年 3 月 25 日 07:20",  # an account, its day written with spaces
        "南屏房产网 研究中心  2031-03-25",  # a site's desk
        "南屏县农业农村局市场信息科      2031年3月25日(星期二)",  # its weekday in brackets
        "南屏日报数字报 | 2031年3月25日 星期二 | 第A02版:要闻",  # an e-paper's masthead
        "南屏县人社局  2031-03-25 10:12  阅读 5862",  # its count of readers, no colon
        "（来源：南屏发布  作者：周楠）  2031-03-25 07:45",  # its fields in brackets, then when
        "2031年03月25日 星期二  上一版  下一版",  # an e-paper's day and its page buttons
        "發放日期：2031年3月25日　發放時間：23:45",  # when a release was sent out
        "張貼日期：2031-03-25　　發布人員：綜合企劃科 陳冠霖　　人氣：1,046",
    ],
)
def test_who_posted_a_page_when_and_its_buttons_are_not_read_but_date_it(chrome: str) -> None:
    text = lines("南屏县3月份居民消费价格同比上涨0.6%", "", chrome, "", LONG)
    doc = parse(text)
    assert doc.title == "南屏县3月份居民消费价格同比上涨0.6%"
    assert parse(lines(chrome, "南屏县3月份居民消费价格同比上涨0.6%", LONG)).title == doc.title
    said = "".join(block.text for c in doc.chapters for block in c.blocks)
    assert "2031" not in said and "打印" not in said and "浏览" not in said, said
    assert doc.date == "2031-03-25"
    assert_nothing_lost(text, doc)


@pytest.mark.parametrize(
    ("head", "headline", "date"),
    [
        # a paper's edition on the web, its day and its page set apart by gaps
        (
            "青川晚报数字版  2031年9月17日 星期三  第A05版：社会新闻",
            "沪临高速青川段发生多车追尾事故 致2死5伤",
            "2031-09-17",
        ),
        # a breadcrumb that ends in a year, from the office rather than the site's home
        ("海澄市政府統計處 > 新聞稿 > 2031年", "2031年4月份綜合消費物價指數", None),
        # an assembly's banner in two languages over its release
        ("東山市議會 Dongshan City Council", "陳怡君議員總質詢 要求市府加速長照據點布建", None),
    ],
)
def test_a_page_s_masthead_crumbs_or_banner_over_its_headline_are_not_the_title(
    head: str, headline: str, date: str | None
) -> None:
    text = lines(head, "", headline, "2031/09/17　東山市議會公關室", "", LONG, "", LONG)
    doc = parse(text)
    assert doc.title == clean_line(headline)
    assert doc.date == (date or "2031-09-17")
    said = "".join(paragraphs(doc))
    assert "2031" not in said and head[:4] not in said
    assert_nothing_lost(text, doc)


@pytest.mark.parametrize("tag", ["[专访]", "［快讯］", "【专访】"])
def test_a_column_s_tag_in_brackets_before_the_headline_is_no_part_of_the_title(
    tag: str,
) -> None:
    text = lines(f"{tag}南屏县县长林志远:把绿水青山变成群众的钱袋子", "", LONG, "", LONG)
    doc = parse(text)
    assert doc.title == "南屏县县长林志远:把绿水青山变成群众的钱袋子"
    assert_nothing_lost(text, doc)


def test_a_paper_s_masthead_with_its_page_and_section_is_not_the_title() -> None:
    headline = "稳住“压舱石”　端牢“中国饭碗”"
    text = lines("南屏日报　2031年10月25日　星期六　第1版　要闻", "", headline, "", LONG)
    doc = parse(text)
    assert doc.title == clean_line(headline)
    assert doc.date == "2031-10-25"


@pytest.mark.parametrize(
    ("kicker", "main"),
    [
        ("稳住“压舱石”　端牢“中国饭碗”", "全省秋粮丰收已成定局　总产预计617.3亿斤"),
        ("织密农村“最后一公里”交通网", "南屏县今年新改建农村公路386公里"),
        # a short phrase with its quoted word over an exclaimed main headline
        ("城东板块再迎“地王”", "竞价61轮！南屏NP2031-08号地块楼面价破2万元/㎡"),
    ],
)
def test_a_front_page_kicker_over_the_main_headline_and_its_dash_is_no_part_of_it(
    kicker: str, main: str
) -> None:
    subtitle = "——“十四五”以来粮食产量连续4年稳定在600亿斤以上"
    doc = parse(lines(kicker, main, subtitle, "", "本报记者 周晓燕", "", LONG))
    assert doc.title == clean_line(main)
    assert clean_line(kicker) in doc.subtitles


def test_a_title_wrapped_over_two_lines_above_its_dash_stays_one_title() -> None:
    doc = parse(
        lines(
            "南屏县召开全县秋冬季森林防火", "工作部署会议", "——确保全县不发生重大森林火灾", "", LONG
        )
    )
    assert doc.title == "南屏县召开全县秋冬季森林防火工作部署会议"


@pytest.mark.parametrize(
    ("head", "title"),
    [
        (
            (
                "共青团南屏市委员会  南屏青年志愿者网",
                "首页  青年之声  志愿服务  招募信息  下载专区",
                "",
                "2031南屏马拉松赛事志愿者招募令",
            ),
            "2031南屏马拉松赛事志愿者招募令",
        ),
        (
            (
                "南屏市图书馆 Nanping Library",
                "读者登录  |  我的借阅  |  馆藏检索  |  English",
                "",
                "南屏市图书馆关于总馆暑期闭馆的公告",
            ),
            "南屏市图书馆关于总馆暑期闭馆的公告",
        ),
        (
            ("南屏观察 APP", "打开APP 阅读更多精彩内容", "", "南屏高速一货车侧翻起火 致2人受伤"),
            "南屏高速一货车侧翻起火 致2人受伤",
        ),
        (
            (
                "香港特別行政區政府 新聞公報",
                "English | 繁體 | 简体      列印本頁   電郵本頁   RSS",
                "",
                "電動的士資助計劃明日起接受申請",
            ),
            "電動的士資助計劃明日起接受申請",
        ),
        (
            (
                "交通部公路局 新聞稿",
                "",
                "發稿日期：114年10月21日",
                "聯絡人：南屏工務段 段長 陳建宏",
                "",
                "台9線南屏路段10月28日起夜間封閉施工",
            ),
            "台9線南屏路段10月28日起夜間封閉施工",
        ),
        (
            (
                "南屏日报  2031年6月15日  星期六        要闻  3",
                "",
                "南屏麦收进度过九成",
                "实打实收亩产再创新高",
                "本报记者 王明 通讯员 李华",
            ),
            "南屏麦收进度过九成实打实收亩产再创新高",
        ),
        (
            (
                "南屏理工大学 党政办公室",
                "首页   机构设置   规章制度   通知公告   校历   信息公开",
                "通知公告",
                "",
                "关于2031年劳动节放假安排的通知",
                "[发布时间:2031-04-18][作者:党政办][阅读次数:4096]",
            ),
            "关于2031年劳动节放假安排的通知",
        ),
        # a post's account, badge and topics, a notice's number under it
        (
            (
                "南州警方 ",
                "V",
                "2031-9-14 18:47 来自 微博 weibo.com 已编辑",
                "",
                "#南州寻人# 【扩散寻人！8岁男孩放学后走失，请大家帮忙留意】",
            ),
            "扩散寻人！8岁男孩放学后走失，请大家帮忙留意",
        ),
        (
            (
                "南州消防 ",
                "31-12-3 17:45 来自 微博视频号 已编辑",
                "关注",
                "",
                "#冬季防火# #消防安全提示# 【入冬以来全市发生火灾87起！这份防火指南请收好】",
            ),
            "入冬以来全市发生火灾87起！这份防火指南请收好",
        ),
        (
            (
                "关于“8·2”青山路交通事故的情况通报",
                "南州交警",
                "2031-08-03 21:15 · 南州市公安局交通警察支队官方账号",
                "关注",
            ),
            "关于“8·2”青山路交通事故的情况通报",
        ),
        (
            (
                "警情通报",
                "原创 南州公安 2031-03-05 18:02 发表于江苏",
                "南州公安",
                "南州市公安局官方微信公众号",
                "",
                "警 情 通 报",
            ),
            "警情通报",
        ),
        (
            (
                "计算机与信息学院",
                "学院概况 师资队伍 本科教学 研究生教育 学生工作 党建工作",
                "位置: 首页 >> 学生工作 >> 奖助学金",
                "关于2031学年国家奖学金评选结果的公示",
            ),
            "关于2031学年国家奖学金评选结果的公示",
        ),
        (
            ("南州市市场监督管理局关于2031年第15期食品安全监督抽检信息的通告", "2031年第15号"),
            "南州市市场监督管理局关于2031年第15期食品安全监督抽检信息的通告",
        ),
        # a notice's number over it, with the body and the kind of notice, a letter standing
        # for a place a copy hides, or a class after the year: never glued to the title
        (
            ("南州市税务局公告2031年第3号", "南州市税务局关于调整个体工商户核定征收事项的公告"),
            "南州市税务局关于调整个体工商户核定征收事项的公告",
        ),
        (
            ("关于调整我省成品油价格的通知", "X发改价格〔2031〕215号"),
            "关于调整我省成品油价格的通知",
        ),
        (
            ("关于2031年上半年自学考试考试时间安排的公告", "第2031-03号"),
            "关于2031年上半年自学考试考试时间安排的公告",
        ),
        # a joint document's masthead, the bodies over and under the one printed with 文件
        (
            (
                "南州市人力资源和社会保障局",
                "南  州  市  财  政  局                     文件",
                "南州市总工会",
                "",
                "南人社发〔2031〕58号",
                "",
                "关于调整南州市最低工资标准的通知",
            ),
            "关于调整南州市最低工资标准的通知",
        ),
        # a body's name and its site's section set apart by a hyphen, or with a page too
        (
            ("南州省水利厅 - 汛情旱情", "南州省汛情旱情简报（2031年第12期）"),
            "南州省汛情旱情简报（2031年第12期）",
        ),
        (
            (
                "南州市人民政府 · 政务公开 · 应急管理",
                "南州市防汛抗旱指挥部关于启动防汛Ⅳ级应急响应的通知",
            ),
            "南州市防汛抗旱指挥部关于启动防汛Ⅳ级应急响应的通知",
        ),
        # a bulletin's day and hour before the body that issues it, under its name
        (
            (
                "南州省水文监测中心",
                "当前位置：首页 >> 水情信息 >> 水情通报",
                "",
                "南州省水情通报（第42期）",
                "",
                "2031年7月3日8时    南州省水文监测中心",
            ),
            "南州省水情通报（第42期）",
        ),
        # a market's name and the section of its prices, set apart by a bar
        (
            ("南屏农产品批发市场 | 价格行情", "2031年6月12日南屏市场主要农产品批发价格日报"),
            "2031年6月12日南屏市场主要农产品批发价格日报",
        ),
        # a site's name and its section set apart by a dash; a breadcrumb's other wording
        (
            (
                "南州市政府全球資訊網 — 市政新聞",
                "發布日期:2031-12-05",
                "",
                "南州市最低工資1月1日上路",
            ),
            "南州市最低工資1月1日上路",
        ),
        (
            ("您当前所在位置：首页 >> 政务公开 >> 价格监测", "本周我市主要农副产品价格监测信息"),
            "本周我市主要农副产品价格监测信息",
        ),
        # a headline's second line over a post line that names its account itself
        (
            (
                "南州市2031年考试录用公务员",
                "拟录用人员公示（第二批）",
                "",
                "南州组工 2031-08-09 18:30 发表于浙江",
            ),
            "南州市2031年考试录用公务员拟录用人员公示（第二批）",
        ),
        # a telegram's urgency and kind over its issuer and number
        (
            (
                "特  急                                    明传电报",
                "南州市气象局",
                "南气发〔2031〕36号                        签发人：王新宇",
                "南州市气象局关于启动重大气象灾害（暴雨）Ⅱ级应急响应的通知",
            ),
            "南州市气象局关于启动重大气象灾害（暴雨）Ⅱ级应急响应的通知",
        ),
        (
            ("南州市造价协会", "南价协〔2031〕培字第21号", "关于举办造价高级研修班的通知"),
            "关于举办造价高级研修班的通知",
        ),
    ],
)
def test_a_site_s_banner_section_running_head_or_post_account_is_not_the_headline(
    head: tuple[str, ...], title: str
) -> None:
    text = lines(*head, "", LONG, "", LONG)
    doc = parse(text)
    assert doc.title == title
    assert LONG in paragraphs(doc)


@pytest.mark.parametrize(
    "line",
    [
        "论文链接:https://www.example.org/articles/a-12345",
        "本文为南屏观察原创,未经授权请勿转载",
        "【相关专题】2031南屏马拉松全程直播>>",
        "▶ 视频时长 02:35 | 点击播放",
        "本版编辑：王振东　　　　　美编：李华",
        "素材来源：南屏市气象台",
        "👉 转发提醒身边的人!安全出行!",
        "来自 南屏水务 官方微博 · 已编辑",
        "相关文档：",
        "(本文书一式三份，一份送达，一份归档，一份交执行机构)",
        "文明上网 理性发言  [我要评论]",
        "下载PDF版本",
        "您是本站第 2375649 位访客",
        "【打印本文】 【关闭本页】",
        "附件：南屏縣補助特約院所名單.pdf (256 KB)",
        "分享到Facebook 分享到LINE 列印 轉寄",
        "公告單位: 教務處註冊組, 學生事務處生活輔導組",
        "公告日期: 2031-07-30   點閱數: 5127",
        "上一則: 南屏大學新生健康檢查時程公告",
        "回列表",
        "本則新聞已被瀏覽 18,562 次",
        "今日新聞   新聞公報索引   回頁首",
        "本網頁最後修訂日期 : 2031年8月5日",
        "A- A A+",
        "阅读 3.2万   在看 56   赞 128",
        # a player, an account's card, a post's fold and counters, bars of buttons
        "视频加载中，请稍候...",
        "倍速 1.0X 清晰度 高清",
        "本视频由南屏新闻《新闻联播》提供",
        "扫一扫 手机看新闻",
        "南屏市医疗保障局官方公众号，发布医保政策、经办服务信息。",
        "245篇原创内容",
        "公众号",
        "图片 | 网络（侵删）",
        "关注“南屏医保”",
        "收起全文d",
        "转发 3,126    评论 882    赞 10,245",
        "阅读 8.7万 赞 2,315 在看 968",
        "阅读 2.1万　　分享　　推荐　　在看",
        "最後更新：2031/12/05 16:10",
        "写下你的留言",
        "举报/反馈",
        "相关推荐",
        "第 1 页 / 共 1 页",
        "【大 中 小】【打印】【关闭】",
        "[ 手机看 ] [ 字号 大 中 小 ] [ 收藏 ]",
        "字号 ＋ －    分享到：",
        "关键词：新股 IPO 科创板",
    ],
)
def test_a_page_s_links_counters_notices_and_staff_are_not_read(line: str) -> None:
    text = lines("青川市防汛简报", "", LONG, "", line, "", LONG)
    doc = parse(text)
    assert [t for t in headings_and_blocks(doc) if t] == [LONG, LONG]
    assert_nothing_lost(text, doc)


def test_two_headlines_of_side_by_side_phrases_are_a_title_and_its_subtitle() -> None:
    title = "2031南屏马拉松鸣枪开跑 3万名跑者畅跑江城"
    subtitle = "肯尼亚选手以2小时08分15秒夺冠 中国选手王明获国内男子第一"
    credit = "南屏新闻记者　李华　陈立　　发布时间：2031-12-08 12:47"
    text = lines(title, subtitle, "", credit, "", LONG, "", LONG)
    doc = parse(text)
    assert doc.title == title
    assert doc.subtitles == (subtitle,)
    assert doc.date == "2031-12-08"
    assert paragraphs(doc) == [LONG, LONG]
    assert_nothing_lost(text, doc)


def test_a_byline_naming_a_site_and_its_channel_is_not_read() -> None:
    credit = "南屏网·海报新闻记者 王明 李华 潍坊报道"
    text = lines("第41届南屏国际风筝会开幕", "", credit, "", LONG, "", LONG)
    doc = parse(text)
    assert ("author", credit) in [(m.kind, m.text) for m in doc.meta]
    assert paragraphs(doc) == [LONG, LONG]


def test_a_slogan_after_the_headline_beyond_a_bar_is_no_part_of_the_title() -> None:
    text = lines(
        "2031南屏马拉松赛事志愿者招募令 | 青春正当时,奔跑有你!",
        "[ 2031-08-15 ]   来源: 团市委志愿者工作部   浏览次数: 6782",
        "",
        LONG,
        "",
        LONG,
    )
    doc = parse(text)
    assert doc.title == "2031南屏马拉松赛事志愿者招募令"
    assert doc.date == "2031-08-15"
    assert paragraphs(doc) == [LONG, LONG]
    assert_nothing_lost(text, doc)


def test_short_headings_marked_with_a_triangle_head_chapters_and_captions_do_not() -> None:
    body = "南屏地铁5号线一期工程全长27.6公里，共设站19座，全部为地下线，采用6节编组A型车。"
    text = lines(
        "南屏地铁5号线一期开通初期运营",
        "",
        "▲线路概况",
        body,
        "",
        "▲ 市民在新开通的车站内候车",
        "",
        "▲运营时间",
        "首班车6:00从火车北站发出，末班车23:00从滨江新城发出，行车间隔约6分钟。",
    )
    doc = parse(text)
    assert "线路概况" in " ".join(headings(doc))
    assert "运营时间" in " ".join(headings(doc))
    assert "▲ 市民在新开通的车站内候车" in doc.dropped
    # …set off by a space, or asking a reader's question, as a guide's parts do
    text = lines(
        "南屏县城乡居民养老保险缴费指南",
        "",
        "▲ 谁可以参保？",
        body,
        "",
        "▲ 领取待遇条件",
        "首班车6:00从火车北站发出，末班车23:00从滨江新城发出，行车间隔约6分钟。",
    )
    doc = parse(text)
    assert "谁可以参保" in " ".join(headings(doc)), headings(doc)
    assert "领取待遇条件" in " ".join(headings(doc)), headings(doc)


@pytest.mark.parametrize(
    "point",
    [
        "▲ 高新技术产业投资增长21.3%，占固定资产投资的比重为18.6%。",
        "▲其中1501002岗位定向招聘“三支一扶”人员，共6名。",
    ],
)
def test_a_point_marked_with_a_triangle_is_read_not_dropped_as_a_caption(point: str) -> None:
    # (so is an item of a list under its lead-in, each ending with its semicolon)
    items = [
        "▲ 气温下降，居民腌制腊肉需求增加；",
        "▲ 生猪出栏量阶段性减少；",
        "▲ 饲料成本有所上升。",
    ]
    listed = parse(lines("南屏菜价周报", LONG, "猪肉价格上涨主要有以下原因：", *items, LONG))
    assert not set(items) & set(listed.dropped), listed.dropped
    # a photo shows no rate, and a caption never leans back on the text before it
    text = lines("南屏市一季度固定资产投资情况", LONG, point, LONG)
    doc = parse(text)
    assert point not in doc.dropped
    assert_nothing_lost(text, doc)


@pytest.mark.parametrize(
    "line",
    [
        "2031-07-24 　阅读 5.6万",
        "2031-09-03 南屏公交集团 阅读 2.1w",
        "预报员：孙晓（首席）  张亮",
        "（文字实录整理：省政府新闻办 网站编辑：陈思）",
        "Posted by 宣传部 on 2031-09-12 | 阅读 3,512",
        "点赞 326 在看 58 写留言",
        "（原标题：面积单产总产“三增” 我省夏粮再获丰收）",
        "（原标题《面积单产总产“三增” 我省夏粮再获丰收》）",
        "【通告】",
    ],
)
def test_a_post_s_day_and_counters_an_original_headline_and_a_kind_label_are_not_read(
    line: str,
) -> None:
    text = lines("南屏省夏粮再获丰收", "", line, "", LONG, "", LONG)
    doc = parse(text)
    assert doc.title == "南屏省夏粮再获丰收"
    assert [t for t in headings_and_blocks(doc) if t] == [LONG, LONG]
    assert_nothing_lost(text, doc)


def test_a_periodical_with_its_number_on_its_line_is_titled_by_its_headline() -> None:
    text = lines(
        "省第三生态环境保护督察组",
        "典型案例通报（第5期）",
        "",
        "临河县部分企业违法排污问题突出",
        "监管部门履职不到位",
        "",
        LONG,
    )
    assert parse(text).title.startswith("临河县部分企业违法排污问题突出")


def test_a_long_line_narrowed_by_its_figures_that_stops_between_words_wraps_on() -> None:
    first = "為辦理台9線南屏公路和平至和中段(115K+300~117K+800)邊坡"
    second = "防護及落石防治工程，交通部公路局南屏養護工程分局訂於114年10月28日起封閉施工。"
    text = lines("台9線南屏路段10月28日起夜間封閉施工", "", first, second, "", LONG)
    doc = parse(text)
    assert paragraphs(doc)[0] == first + second


def test_a_post_s_collection_line_is_neither_its_title_nor_read() -> None:
    text = lines(
        "原创 南州消防 南州消防救援 2031-11-09 08:00 发表于江苏",
        "收录于合集 #消防安全提示 23个",
        "",
        LONG,
        "",
        LONG,
    )
    doc = parse(text)
    assert "收录于合集" not in doc.title
    assert "收录于合集 #消防安全提示 23个" in doc.dropped


def test_a_body_sentence_that_credits_its_picture_is_read() -> None:
    said = "市民在新开放的公园里散步，享受冬日暖阳（图片来源网络，侵删）。"
    text = lines("青川市防汛简报", "", LONG, "", said, "", LONG)
    assert said in paragraphs(parse(text))


def test_a_heading_numbered_with_an_ascii_comma_heads_its_section() -> None:
    text = lines(
        "关于青山路封闭施工的通告",
        "",
        LONG,
        "",
        "一, 管制时间",
        "2031年5月6日0:00至2031年7月31日24:00 (遇恶劣天气顺延).",
        "",
        "二, 管制路段及措施",
        "(一) 青山路K12+500至K14+200段实行半幅封闭施工, 双向各保留1条车道.",
        "(二) 管制路段限速40km/h, 禁止超车, 禁止随意变道.",
    )
    doc = parse(text)
    assert "一, 管制时间" in headings(doc)


def test_steps_of_how_to_apply_are_read_though_they_name_a_code_or_an_app() -> None:
    steps = [
        "2.请家长长按识别下方二维码填写报名信息,并上传学生身份证正反面照片.",
        "4. 请下载安装“国家反诈中心”APP，开启来电预警功能。",
    ]
    text = lines(
        "关于暑期研学营报名的通知", "", "报名方式如下：", "1.请关注学校网站查看详情。", *steps
    )
    blocks = [b.text for c in parse(text).chapters for b in c.blocks]
    assert all(step in blocks for step in steps)


def test_links_bulleted_with_a_middle_dot_under_their_head_are_not_read() -> None:
    links = ["・央行理監事會12月19日登場 市場關注是否再升息", "・10月外銷訂單571.9億美元 連9紅"]
    text = lines("主計總處上修今年經濟成長率", "", LONG, "", "延伸閱讀", *links)
    doc = parse(text)
    assert paragraphs(doc) == [LONG]
    assert all(link in doc.dropped for link in links)


def test_a_company_over_its_notice_titles_it_and_its_wrapped_assurance_is_not_read() -> None:
    text = lines(
        "证券代码：600487          证券简称：南屏新材          公告编号：2031-015",
        "",
        "南屏新材料股份有限公司",
        "2030年年度权益分派实施公告",
        "",
        "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗",
        "漏，并对其内容的真实性、准确性和完整性承担法律责任。",
        "",
        "一、通过分配方案的股东大会届次和日期",
        LONG,
    )
    doc = parse(text)
    assert doc.title == "南屏新材料股份有限公司2030年年度权益分派实施公告"
    assert not any("承担法律责任" in t for t in headings_and_blocks(doc))
    assert_nothing_lost(text, doc)


def test_a_notice_s_assurance_wrapped_after_its_comma_is_not_read() -> None:
    text = lines(
        "南屏电子股份有限公司关于签订重大合同的公告",
        "",
        "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏，",
        "并对其内容的真实性、准确性和完整性承担法律责任。",
        "",
        "一、合同基本情况",
        LONG,
    )
    doc = parse(text)
    assert not any("承担法律责任" in t for t in headings_and_blocks(doc))
    assert_nothing_lost(text, doc)


def test_a_page_s_indented_foot_of_credits_editors_and_buttons_is_no_table() -> None:
    text = lines(
        "南屏市召开安全生产工作会议",
        "",
        LONG,
        "",
        "　　（通讯员：陈晓燕  郑磊）",
        "",
        "　　编辑：胡丹　　审核：张晨　　终审：王立明",
        "　　",
        "　　【关闭】　　【打印】　　【收藏】",
    )
    doc = parse(text)
    assert paragraphs(doc) == [LONG]
    assert not tables(doc)
    assert_nothing_lost(text, doc)


@pytest.mark.parametrize(
    ("head", "title"),
    [
        (
            (
                "南屏海關 Customs and Excise Department",
                "首頁 > 新聞公報 > 2031年 > 二月",
                "",
                "男子走私懷疑氯胺酮被判監禁三年四個月",
            ),
            "男子走私懷疑氯胺酮被判監禁三年四個月",
        ),
        (
            (
                "東灣特別行政區立法會 Assembleia Legislativa",
                "首頁 » 新聞稿 » 2031年",
                "發佈日期：2031年7月3日 點擊：612",
                "",
                "第一常設委員會完成細則性審議《道路交通管理制度》法案",
            ),
            "第一常設委員會完成細則性審議《道路交通管理制度》法案",
        ),
        (
            (
                "立法會 Legislative Council",
                "首頁 > 新聞及媒體 > 新聞稿",
                "列印本頁　|　返回",
                "",
                "立法會通過《2031年印花稅（修訂）條例草案》",
            ),
            "立法會通過《2031年印花稅（修訂）條例草案》",
        ),
        # the name in English beside the Chinese one, over the kind of page: no wrapped title
        (
            (
                "南屏市政府 Nanping City Government",
                "新聞稿",
                "",
                "發稿日期: 120.06.12",
                "",
                "南屏電輔車7月1日起上路 前30分鐘20元",
            ),
            "南屏電輔車7月1日起上路 前30分鐘20元",
        ),
        (
            (
                "南屏县2031年卫生健康事业发展统计公报",
                "南屏县卫生健康局　2032年5月20日　阅读量：876",
            ),
            "南屏县2031年卫生健康事业发展统计公报",
        ),
        (
            (
                "南屏市人力资源和社会保障局文件",
                "南人社发〔2032〕15号",
                "南屏市人力资源和社会保障局",
                "关于印发《2031年度南屏市人力资源和社会保障事业发展统计公报》的通知",
                "各区（市）县人力资源和社会保障局，局机关各处室、直属各单位：",
            ),
            "南屏市人力资源和社会保障局关于印发《2031年度南屏市人力资源和社会保障事业发展统计公报》的通知",
        ),
    ],
)
def test_a_body_s_banner_in_two_languages_a_poster_s_counter_and_an_addressee_are_no_title(
    head: tuple[str, ...], title: str
) -> None:
    text = lines(*head, LONG, "", LONG)
    assert parse(text).title == title


@pytest.mark.parametrize(
    ("head", "title"),
    [
        # an account's name over a headline that names its place again
        (
            ("青川应急管理", "青川市防汛抗旱指挥部启动防汛Ⅲ级应急响应"),
            "青川市防汛抗旱指挥部启动防汛Ⅲ级应急响应",
        ),
        # the office over its periodical's name with the issue's number
        (
            (
                "南屏县商务局",
                "南屏县生活必需品价格监测周报（2031年第8期）",
                "（2031年5月5日—5月11日）",
            ),
            "南屏县生活必需品价格监测周报（2031年第8期）",
        ),
    ],
)
def test_a_label_over_a_headline_that_names_its_place_again_is_no_part_of_it(
    head: tuple[str, ...], title: str
) -> None:
    text = lines(*head, "", LONG, "", LONG)
    doc = parse(text)
    assert doc.title == title
    assert head[0] in doc.dropped or any(m.text == head[0] for m in doc.meta)
    assert_nothing_lost(text, doc)


def test_a_figure_split_by_a_line_break_is_one_figure() -> None:
    text = lines(
        "南屏海關破獲走私案",
        "",
        "該名42歲男子於去年九月經羅湖管制站入境時被海關人員截查，在其行李內檢獲約2.3公斤",
        "懷疑氯胺酮，估計市值約$1,380,00",
        "0。海關人員同時在其行李內發現一批電子煙產品。",
        "",
        LONG,
    )
    assert "$1,380,000" in paragraphs(parse(text))[0]
    # …split at its decimal point, or between its digits after a word
    text = lines(
        "南屏省夏粮生产情况",
        "",
        "全省夏粮总产量1498.9万吨，比上年增长2.5%。其中，小麦产量1382.2万吨（2764.",
        "4亿斤），比上年增长2.7%。当日8时至15日8时，全省已累计降雨12",
        "6.5毫米，较常年同期偏多三成，旱情明显缓解，秋播条件总体较好。平均每户人口为2.8",
        "6人，比2020年的3.02人减少0.16人。",
        "",
        LONG,
    )
    said = paragraphs(parse(text))[0]
    assert "（2764.4亿斤）" in said and "累计降雨126.5毫米" in said, said
    assert "人口为2.86人" in said, said
    # …or inside a day's last two digits, or a clock's
    text = lines(
        "南屏县中小学暑假放假安排",
        "",
        "1.初中、小学:2031-07-10(星期四)开始放暑假,2031-08-3",
        "1(星期日)学生报到注册并领取新学期教材,上午08:3",
        "0到校,09-01(星期一)正式上课.",
        "",
        LONG,
    )
    said = paragraphs(parse(text))[0]
    assert "2031-08-31(星期日)" in said and "08:30到校" in said, said
    # …or with a PDF's spaces around it
    text = lines(
        "南屏县党代会召开",
        "",
        "中国共产党南屏县第十五届委员会召开第 3",
        "1 次全体会议，全会听取和讨论了县委常委",
        "会工作报告。",
        "",
        LONG,
    )
    assert "第 31 次全体会议" in paragraphs(parse(text))[0]
    # …or a number to call, a code, or an address on the web or for mail
    text = lines(
        "南屏县举办继续教育培训班",
        "",
        "本次培训项目编号LJWJ-2031-PX-0",
        "08，报名请致电0571-860102",
        "58，或发送邮件至npyjj_px@",
        "126.com，详情请见本局网站zx.lin",
        "jiang.gov.cn的通知公告栏目，值班电话（0571）86",
        "551122。",
        "",
        LONG,
    )
    said = paragraphs(parse(text))[0]
    assert "LJWJ-2031-PX-008，" in said and "0571-86010258，" in said, said
    assert "npyjj_px@126.com，" in said and "zx.linjiang.gov.cn的" in said, said
    assert "（0571）86551122。" in said, said
    # …or after a range's mark, the decimals going on into a unit's letters
    text = lines(
        "南屏县水利局发布洪水预警",
        "",
        "受持续强降雨影响，青溪河城区站水位已超警戒水位，且仍以每小时0.15~0.2",
        "0m的速度上涨，预计今晚出现洪峰。",
        "",
        LONG,
    )
    assert "每小时0.15~0.20m的速度" in paragraphs(parse(text))[0]


def test_a_figure_a_break_split_in_its_thousands_is_one_figure_in_any_report() -> None:
    # one long line a paragraph, no blank lines and no width: the break inside 23,746 is
    # still no paragraph's end
    first = (
        "一季度，全市居民人均可支配收入20,318元，比上年同期名义增长5.2%。城镇居民人均可支配收入23,7"
    )
    text = lines(
        "南屏市一季度居民收支情况",
        first,
        "46元，增长4.8%；农村居民人均可支配收入13,562元，增长6.1%。",
        "一季度，全市居民人均消费支出12,607元，比上年同期名义增长7.3%。",
    )
    doc = parse(text)
    assert any("城镇居民人均可支配收入23,746元，增长4.8%" in p for p in paragraphs(doc))
    assert_nothing_lost(text, doc)


@pytest.mark.parametrize(
    ("head", "title"),
    [
        (
            (
                "南屏市空气质量预报(2031-12-10)",
                "",
                "发布单位:南屏市生态环境监测中心  发布时间:2031-12-10 17:00",
            ),
            "南屏市空气质量预报(2031-12-10)",
        ),
        (
            ("春播期农业气象专报", "南屏省气象台 农业气象中心", "2031年4月18日 第6期"),
            "春播期农业气象专报",
        ),
        (
            (
                "政务信息",
                "（2031年第22期  总第487期）",
                "",
                "南屏区人民政府办公室                   2031年11月25日",
                "",
                "本期要目",
                "◆区发改局：重点项目“百日攻坚”取得阶段性成效",
                "◆区教育局：全区中小学完成冬季消防安全检查",
            ),
            "政务信息",
        ),
    ],
)
def test_an_issue_s_day_its_issuers_and_its_list_of_stories_are_no_title(
    head: tuple[str, ...], title: str
) -> None:
    text = lines(*head, "", "一,形势分析", LONG, "", "二、未来三天预报", LONG)
    doc = parse(text)
    assert doc.title == title
    assert not any("区教育局" in t for t in headings_and_blocks(doc))


def test_an_office_bulletin_s_triangle_briefs_head_their_items() -> None:
    briefs = ["▲县应急管理局召开“安全生产月”推进会", "▲开展燃气安全专项排查整治"]
    text = lines(
        "工 作 简 报",
        "2031年第15期",
        "",
        "南屏县应急管理局办公室编                         2031年6月18日",
        "",
        briefs[0],
        LONG,
        "",
        briefs[1],
        LONG,
    )
    doc = parse(text)
    said = " ".join(headings_and_blocks(doc))
    assert all(brief.lstrip("▲") in said for brief in briefs)
    assert not any(brief in doc.dropped for brief in briefs)


def test_a_sentence_that_tells_of_a_comment_is_read() -> None:
    said = "他在网上发表评论称，这项政策将惠及全市十万户家庭，受到广泛欢迎。"
    text = lines("南屏新闻", "", LONG, "", said, "", "文明上网 理性发言  [我要评论]")
    doc = parse(text)
    assert said in paragraphs(doc)
    assert "文明上网 理性发言 [我要评论]" in doc.dropped


def test_a_field_s_whole_value_and_the_next_numbered_field_are_not_joined() -> None:
    first = "5.1 投标截止时间（开标时间）：2031年8月26日9时30分"
    second = "5.2 开标地点：南屏县公共资源交易中心三楼第2开标室（南屏县迎宾大道1699号）"
    text = lines(
        "南屏县老旧小区改造提升工程施工招标公告", "", LONG, "", "五、投标文件的递交", first, second
    )
    blocks = [b.text for c in parse(text).chapters for b in c.blocks]
    assert first in blocks and second in blocks


def test_lines_that_end_and_open_with_figures_are_no_split_figure() -> None:
    rows = [
        "滨江路（环岛路口至渔港路口）沿线单位",
        "7月9日22:00—7月10日8:00",
        "320户",
        "海棠湾小区一期、二期",
    ]
    text = lines("关于南屏区部分区域临时停水的通知", "", LONG, "", *rows)
    said = " ".join(t for t in headings_and_blocks(parse(text)))
    assert "8:00320户" not in said


def test_a_digest_s_bulleted_items_do_not_read_their_dateline() -> None:
    items = [
        "★ 本报讯　4月7日，南屏镇举办2031年春季“村晚”文艺汇演，来自全镇14个行政村的村民登台表演。",
        "★ 本报讯　4月8日起，县城区至溪口镇的5路公交车延伸至溪口中学，全程票价仍为2元。",
    ]
    text = lines("简讯", "", items[0], "", items[1])
    doc = parse(text)
    said = " ".join(headings_and_blocks(doc))
    assert "本报讯" not in said
    assert "4月7日，南屏镇举办" in said and "4月8日起，县城区" in said
    assert_nothing_lost(text, doc)


def test_a_station_s_dateline_a_desk_s_credits_a_paper_s_day_and_a_seal_are_not_read() -> None:
    text = lines(
        "英国国王会见中国友好代表团",
        "",
        "本台消息（记者 钱雨桐）当地时间10月15日下午，英国国王在伦敦会见了中国友好代表团。",
        "",
        LONG,
        "",
        "（国际部综合编译　编辑：孙晓蕾　审核：赵立群）",
        "《青川日报》2031年06月07日 第03版",
    )
    doc = parse(text)
    said = "".join(paragraphs(doc))
    for furniture in ("本台消息", "钱雨桐", "孙晓蕾", "综合编译", "第03版", "青川日报"):
        assert furniture not in said, furniture
    assert "当地时间10月15日下午" in said
    assert_nothing_lost(text, doc)
    signed = lines(
        "驻南屏使馆提醒在南屏中国公民注意防范强降雨",
        "",
        LONG,
        "使馆网站:http://example.org 电子邮箱:consul@example.org",
        "中华人民共和国驻南屏国大使馆",
        "2031年7月10日",
    )
    doc = parse(signed)
    assert not any("大使馆" in p for p in paragraphs(doc))
    assert doc.date == "2031-07-10"


def test_a_report_signed_with_the_month_alone_is_signed_not_read() -> None:
    text = lines(
        "关于《青川市养犬管理规定（草案）》的起草说明", "", LONG, "", "青川市公安局", "2031年5月"
    )
    doc = parse(text)
    assert paragraphs(doc) == [LONG]
    assert [m.kind for m in doc.meta][-2:] == ["signature", "date"]
    # …but a month that closes a list of what happened stays a line of the text
    listed = lines("青川市大事记", "", LONG, "", "青川江大桥通车", "2031年5月")
    assert "2031年5月" in "".join(paragraphs(parse(listed)))


def test_the_note_of_whom_to_ask_under_a_signed_document_s_date_is_not_read() -> None:
    note = "（联系人：基础教育科 周敏　电话：0832-2856183）"
    text = lines(
        "关于做好2031年义务教育招生工作的通知",
        "",
        LONG,
        "",
        "青川市教育局",
        "2031年5月20日",
        "",
        note,
    )
    doc = parse(text)
    assert paragraphs(doc) == [LONG]
    assert any("周敏" in m.text for m in doc.meta)
    # …but the contact a call for comments gives in its text is read
    body = lines("关于征求意见的公告", "", LONG, "", note, "", LONG)
    assert any("周敏" in p for p in paragraphs(parse(body)))


def test_a_letterhead_with_its_english_name_and_a_company_s_file_number_are_no_title() -> None:
    text = lines(
        "Qingchuan Group | 青川控股集团有限公司",
        "文件编号：QC-HR-2031-037　　密级：内部公开　　签发人：钱志诚",
        "",
        "关于集团高级管理人员任免的通知",
        "",
        "集团各部门、各子公司：",
        "",
        LONG,
    )
    doc = parse(text)
    assert doc.title == "关于集团高级管理人员任免的通知"
    assert paragraphs(doc) == [LONG]
    assert_nothing_lost(text, doc)


def test_the_day_a_body_adopted_a_list_under_its_title_is_no_part_of_the_title() -> None:
    adopted = "（2031年6月28日青川市第十六届人民代表大会常务委员会第十九次会议通过）"
    text = lines("青川市人民代表大会常务委员会任免名单", "", adopted, "", "决定任命：", LONG)
    doc = parse(text)
    assert doc.title == "青川市人民代表大会常务委员会任免名单"
    assert doc.date == "2031-06-28"


def test_a_sub_head_in_the_page_s_brackets_with_its_colon_heads_its_section() -> None:
    body = "青川市今年汛期降雨偏多，各部门要提前做好防汛准备，确保人民群众生命财产安全。" * 3
    heads = ["【经济议题：增长放缓与债务风险并存】", "【气候议题：资金缺口成焦点】"]
    text = lines("二十国集团峰会开幕", "", body, "", heads[0], "", body, "", heads[1], "", body)
    doc = parse(text)
    assert [c.heading for c in doc.chapters][1:] == heads
    # …but a field's colon outside brackets still makes no heading
    fields = lines("青川举行论坛", "", body, "", "报名方式：现场报名", "", body)
    assert all(c.heading is None for c in parse(fields).chapters)


def test_a_numbered_section_head_asked_as_a_question_heads_its_section() -> None:
    body = "青川市今年汛期降雨偏多，各部门要提前做好防汛准备，确保人民群众生命财产安全。"
    heads = ["一、法定退休年龄怎么调整？", "二、我哪年退休？举几个例子"]
    text = lines("延迟退休权威解读", "", heads[0], "", body, "", heads[1], "", body)
    assert [c.heading for c in parse(text).chapters] == heads
    # …but a question answered on its own line is a paragraph
    answered = "一、法定退休年龄怎么调整？用15年时间，逐步延迟法定退休年龄。"
    assert parse(lines("延迟退休权威解读", "", answered, "", body)).chapters[0].heading is None


def test_a_line_broken_off_on_a_word_that_needs_what_follows_goes_on_in_the_next() -> None:
    text = lines(
        "新华网青川4月2日电（记者 罗文杰、许晴）凌晨4时，青川县",
        "城关镇的早市还没开张，68岁的老面匠陶德贵已经在案板",
        "前忙活了两个小时。揉面、醒面、擀面、切条，这套流程",
        "他做了整整45年。",
        "\u3000\u3000“面要揉够800下，少一下都不筋道。”陶德贵说着，把",
        "一团足有5公斤重的面坨摔在案板上，“啪”的一声闷响，",
        "在清晨的街巷里传得很远。",
        "\u3000\u3000陶家面馆开在城关镇老街的拐角，门脸不足10平方米，",
        "只摆得下4张方桌。一碗招牌臊子面，从1979年的1角2分，",
        "卖到现在的12元，价格涨了100倍，可老主顾们说，味道",
        "一点没变。",
        "\u3000\u30002008年那场地震，老街的房子塌了一大半。陶德贵在",
        "板房里支起一口锅，给抢险的官兵和乡亲们煮面，一个月",
        "煮了3000多碗，“没收过一分钱”。",
        "\u3000\u3000如今，陶德贵的孙子陶一帆从成都的大学毕业回到家",
        "乡，把面馆开上了外卖平台，还注册了“陶记老面”商标。",
        "去年，面馆线上订单超过1.8万单，营业额同比增长了",
        "约40%。",
        "\u3000\u3000“爷爷管手艺，我管‘流量’。”25岁的陶一帆笑着",
        "说，他正计划开发真空包装的手工面，“让在外地的青川",
        "人也能吃上一口家乡面”。",
        "\u3000\u3000天亮了，第一位客人推门进来：“老陶，老规矩，二两，",
        "多放辣子！”",
        "\u3000\u3000“好嘞！”灶上的水，正好开了。（完）",
    )
    doc = parse(text)
    assert any(p.endswith("营业额同比增长了约40%。") for p in paragraphs(doc))
    assert all(c.heading is None for c in doc.chapters)


def test_a_line_set_in_by_two_ideographic_spaces_opens_a_paragraph() -> None:
    names = (
        "　　刘志勇（刑侦大队大队长）、马骏（网安大队副大队长）、周婷婷（反诈中心民警）、"
        "王平（城关派出所所长）、邓超（柳河派出所副所长）、韩冰（刑侦大队一中队民警）、"
        "钱小龙（刑侦大队辅警）、冯雨（反诈中心辅警）"
    )
    hope = (
        "　　希望受表扬的集体和个人珍惜荣誉，再接再厉。全局上下要以先进为榜样，一是要强化"
        "打击整治，二是要深化宣传防范，坚决遏制电信网络诈骗犯罪高发势头。"
    )
    text = lines(
        "青川县公安局关于对破案有功集体和个人予以通报表扬的通报",
        "青公通〔2031〕9号",
        "",
        "局属各单位：",
        "　　" + LONG + LONG,
        "　　一、集体",
        "　　刑事侦查大队、网络安全保卫大队、反电信网络诈骗中心",
        "　　二、个人",
        names,
        hope,
        "",
        "青川县公安局",
        "2031年6月3日",
    )
    said = paragraphs(parse(text))
    assert names.strip() in said and hope.strip() in said


@pytest.mark.parametrize(
    ("line", "headline"),
    [
        (
            "青石镇共享菜园开园 200余户居民认领菜地  来源:青石日报  作者:林晓薇"
            "  发布时间:2031-04-18",
            "青石镇共享菜园开园 200余户居民认领菜地",
        ),
        (
            "青石环保集团2031年秋季社会招聘启事|发布时间:2031-09-02|来源:人力资源部|浏览:3,472",
            "青石环保集团2031年秋季社会招聘启事",
        ),
        (
            "全市经济运行分析会召开:前三季度GDP增长5.6%   2031年10月24日 09:12   青石日报",
            "全市经济运行分析会召开:前三季度GDP增长5.6%",
        ),
    ],
)
def test_a_headline_with_the_page_s_fields_on_its_line_is_titled_without_them(
    line: str, headline: str
) -> None:
    text = lines("首页 > 新闻中心 > 本地要闻", line, "", LONG, "", LONG)
    doc = parse(text)
    assert doc.title == headline
    assert doc.date is not None and doc.date.startswith("2031-")
    assert paragraphs(doc) == [LONG, LONG]
    assert_nothing_lost(text, doc)
    # …but an account's name over a stamp, under the headline, is no headline
    posted = lines(
        "紧急寻人！83岁老人走失，看到请转发！！",
        "",
        "青石派出所 平安青石 2031-04-03 21:15",
        "",
        LONG,
    )
    assert parse(posted).title == "紧急寻人！83岁老人走失，看到请转发！！"


def test_a_paragraph_of_sentences_that_mentions_a_code_to_scan_is_read() -> None:
    donated = (
        "本次活动获得公益基金会配捐资金312万元，市内32家爱心企业另行配捐合计450万元。"
        "项目执行情况可通过项目页面或扫描二维码实时查询。"
    )
    doc = parse(lines("青川市99公益日募捐总额创新高", "", LONG, "", donated))
    assert donated in paragraphs(doc)
    # …but a disclaimer of two sentences is not
    disclaimer = "风险提示：本文内容仅供参考，不构成投资建议。股市有风险，投资需谨慎。"
    doc = parse(lines("青川股市收评", "", LONG, "", disclaimer))
    assert disclaimer not in paragraphs(doc)


def test_a_step_set_off_by_an_arrow_is_read_though_it_says_to_open_an_app() -> None:
    steps = [
        "▶ 打开“青川保险”APP或微信小程序，点击“我要报案”；",
        "▶ 按提示拍摄车损照片、行驶证及银行卡；",
        "▶ 系统定损后确认金额，赔款即时支付。",
    ]
    doc = parse(lines("车险理赔快起来", "", LONG, "", "线上理赔三步走：", *steps))
    said = "".join(paragraphs(doc))
    assert "我要报案" in said and "赔款即时支付" in said


def test_a_part_s_head_under_the_title_and_a_desk_s_or_an_office_s_dated_line_are_no_title() -> (
    None
):
    parted = lines(
        "青川市交通运输局2031年度部门决算公开说明",
        "",
        "第一部分 部门概况",
        "",
        "一、主要职能",
        LONG,
    )
    assert parse(parted).title == "青川市交通运输局2031年度部门决算公开说明"
    desk = lines("CBA常规赛：青川猎鹰101-98险胜南屏金狮", "新华体育 2031年12月3日", "", LONG)
    doc = parse(desk)
    assert doc.title == "CBA常规赛：青川猎鹰101-98险胜南屏金狮"
    assert doc.date == "2031-12-03"
    office = lines("青川区2031年人口抽样调查主要数据公报", "[ 2031-04-11 ]  青川区统计局", "", LONG)
    doc = parse(office)
    assert doc.title == "青川区2031年人口抽样调查主要数据公报"
    assert doc.date == "2031-04-11"


def test_joint_document_numbers_and_a_keyed_signature_with_its_date_are_not_read() -> None:
    joint = lines(
        "关于公布2031年度社会保险缴费基数上下限的通知",
        "青人社发〔2031〕21号  青医保发〔2031〕9号",
        "",
        LONG,
    )
    doc = parse(joint)
    assert doc.title == "关于公布2031年度社会保险缴费基数上下限的通知"
    assert paragraphs(doc) == [LONG]
    signed = lines(
        "不动产首次登记公告",
        "",
        LONG,
        "",
        "公告单位：青川县自然资源局",
        "2031年5月6日",
        "",
        "序号\t权利人\t坐落",
        "1\t青川置业有限公司\t青川县城关镇",
        "2\t刘建华\t青川县桂阳乡",
    )
    doc = parse(signed)
    assert doc.date == "2031-05-06"
    assert all(c.heading is None or "2031年5月6日" not in c.heading for c in doc.chapters)


def test_a_day_s_programme_row_by_row_on_its_hours_is_never_one_wrapped_line() -> None:
    rows = [
        "7:00 各区域选手完成检录入场",
        "7:20 开幕式",
        "7:30 马拉松、半程马拉松鸣枪起跑",
        "7:50 迷你马拉松起跑",
    ]
    story = (
        "青川马拉松将于12月15日鸣枪开跑，设马拉松、半程马拉松和迷你马拉松三个项目，"
        "总规模35000人。选手须在赛前两天凭本人身份证件到会展中心领取参赛物品。"
    )
    wrapped = [story[k : k + 24] for k in range(0, len(story), 24)]
    text = lines("2031青川马拉松赛前须知", "", *wrapped, "", "(二)时间安排:", *rows, "", *wrapped)
    said = paragraphs(parse(text))
    for row in rows:
        assert any(p == row for p in said), row


def test_a_table_drawn_with_bars_whose_total_row_leaves_cells_empty_is_one_table() -> None:
    rows = [
        "序号 | 姓名 | 所属街道 | 救助金额（元） | 救助事由",
        "1 | 李*华 | 城关街道 | 3000 | 突发重大疾病",
        "2 | 王*芳 | 东湖街道 | 5,600 | 子女教育支出过大",
        "3 | 陈*国 | 西岭镇 | 12000 | 火灾致住房损毁",
        "合计 | | | 20,600 |",
    ]
    text = lines("青川区2031年2月份临时救助对象公示", "", LONG, "", *rows, "", LONG)
    doc = parse(text)
    (table,) = tables(doc)
    assert table.table is not None
    assert len(table.table.rows) == 4
    assert not doc.dropped


def test_a_pdf_line_narrowed_by_figures_that_stops_mid_sentence_goes_on_without_blanks() -> None:
    # no blank lines: only lines near the page's width wrap on, and ASCII figures make a
    # line that stopped in mid-sentence narrower than the widest
    text = lines(
        "临川市2031年第三季度法定传染病疫情分析",
        "临川市疾病预防控制中心 2031年10月18日",
        "1 总体情况",
        "2031年第三季度(7月1日-9月30日),全市共报告法定传染病23种17,215例,报告发病率为",
        "201.36/10万,死亡9例,报告死亡率为0.11/10万。报告病例数较上季度(13,870例)上升24.1%,较",
        "2030年同期(15,320例)上升12.4%。无甲类传染病报告。",
        "2 乙类传染病",
        "共报告14种4,106例,报告发病率为46.12/10万。报告病例数居前5位的是:病毒性肝炎(1,288例)、",
        "肺结核(873例)、梅毒(745例)、登革热(498例)和新型冠状病毒感染(352例),共占乙类总数的",
        "91.8%。",
        "3 防控建议",
        "预计第四季度登革热疫情将随气温下降(日均气温低于20℃)逐渐平息;流感将于11月后进入流行季,",
        "建议:(1)持续开展爱国卫生运动,清除蚊媒孳生地;(2)10月底前完成流感疫苗接种;(3)加强学校传染病",
        "症状监测。",
    )
    said = paragraphs(parse(text))
    assert any("报告发病率为201.36/10万" in p for p in said), said
    assert any("加强学校传染病症状监测" in p for p in said), said


def test_a_speech_printed_in_a_narrow_column_is_joined_line_by_line() -> None:
    # a speech pasted from a narrow PDF column (17-18 characters a line), no blank lines:
    # its title broken before 的讲话, its lines broken mid-word, its heads at the width
    text = lines(
        "在全市防汛抗旱和地质灾害防治工作会议上",
        "的讲话",
        "副市长 林振华",
        "（2031年4月8日）",
        "同志们：",
        "汛期将至，市政府在这里召开这次",
        "会议，主要任务是统一思想、压实责",
        "任，全力做好今年防汛抗旱各项工作。",
        "一、清醒认识今年防汛形势的复杂性",
        "和严峻性",
        "去年全市共出现区域性强降雨过程九",
        "次，局地发生山洪灾害，教训深刻。",
        "二、突出重点，全面排查整治各类隐患",
        "第一，抓好水库安全度汛。对全市小",
        "型水库逐一开展汛前检查，确保不留",
        "死角。",
        "第二，抓好城市内涝防治。雨前清掏",
        "排水管网，雨中加强巡查值守。",
    )
    doc = parse(text)
    assert doc.title.startswith("在全市防汛抗旱和地质灾害防治工作会议上的讲话")
    said = paragraphs(doc)
    assert any("召开这次会议，主要任务是统一思想、压实责任，" in p for p in said), said
    assert not any("隐患第一" in p for p in said), said


def test_a_paper_s_and_its_app_s_name_over_the_time_it_was_posted_are_not_read() -> None:
    stamp = "南屏晚报·掌上南屏 2031-09-12 17:46:31"
    doc = parse(lines("南屏城东地块溢价成交", "", stamp, "", LONG, "", LONG))
    assert stamp not in " ".join(paragraphs(doc))
    assert ("source", "南屏晚报·掌上南屏") in [(m.kind, m.text) for m in doc.meta]
    assert doc.date == "2031-09-12"


def test_a_page_s_line_dated_in_english_is_no_headline_and_a_lead_typed_in_ascii_titles_it() -> (
    None
):
    stamp = "Aug 14, 2033 | 南屏航运网 | 阅读 1.6k"
    lead = (
        "8月13日凌晨,一艘集装箱船在南屏港锚地附近搁浅,船上18名船员全部安全."
        "海事部门已设置警戒区,提醒过往船舶绕行."
    )
    doc = parse(lines(stamp, "", lead))
    assert stamp not in " ".join(paragraphs(doc))
    assert doc.title == "一艘集装箱船在南屏港锚地附近搁浅"
    # …and a title made from a lead typed so ends at its ASCII full stop
    doc = parse(
        lines(
            "南屏港锚地一集装箱船搁浅 船员全部安全",
            "",
            "8月13日凌晨,南屏港锚地一艘集装箱船搁浅.海事部门已设置警戒区.",
        )
    )
    assert derive_title(doc.chapters) == "南屏港锚地一艘集装箱船搁浅"


def test_a_note_in_brackets_over_a_section_s_heading_is_no_part_of_it() -> None:
    note = "（共计96人，合计金额2,203,480元，完整名单见附件）"
    doc = parse(
        lines(
            "关于2033年度义务兵家庭优待金发放情况的公示",
            "",
            "一、发放标准",
            LONG,
            "",
            note,
            "",
            "三、公示时间",
            "2033年3月14日至3月20日（共5个工作日）。公示期间如有异议，请向县退役军人事务局反映。",
        )
    )
    heads = [c.heading for c in doc.chapters]
    assert "三、公示时间" in heads, heads
    assert clean_line(note) in paragraphs(doc)


def test_a_table_set_apart_by_slashes_has_no_empty_cells() -> None:
    doc = parse(
        lines(
            "南屏海洋预报台海浪预报",
            "",
            LONG,
            "",
            "近岸海域预报",
            "海区 / 浪高(m) / 风向风力 / 水温(℃)",
            "南屏近海 / 1.8 / 北 6-7级 / 3.5",
            "澄江近海 / 2.0 / 西北 7级 / 5.0",
            "白石近海 / 1.6 / 北 6级 / 7.2",
        )
    )
    tables = [b.table for c in doc.chapters for b in c.blocks if b.table is not None]
    assert len(tables) == 1
    assert tables[0].header == ("海区", "浪高(m)", "风向风力", "水温(℃)")
    assert tables[0].rows[0] == ("南屏近海", "1.8", "北 6-7级", "3.5")


def test_a_day_to_act_by_beside_the_page_s_date_is_read() -> None:
    for fields, due in (
        ("发布日期：2033年3月8日  挂牌截止日期：2033年4月7日", "挂牌截止日期：2033年4月7日"),
        ("发布时间: 2033-08-03 | 报名截止时间: 2033-08-16 17:00", "报名截止时间: 2033-08-16 17:00"),
    ):
        doc = parse(lines("南屏市某国有公司股权转让公告", fields, "", LONG))
        assert due in paragraphs(doc), (fields, paragraphs(doc))
        assert doc.date.startswith("2033-0")


def test_a_desk_s_news_line_with_its_day_weekday_and_time_is_no_headline() -> None:
    stamp = "防汛部门消息 2033年8月3日 星期三 16:05:41"
    headline = "今年最强降雨过程结束 南屏水库停止泄洪"
    doc = parse(lines(stamp, "", headline, "", LONG, "", "来源：南屏县水利局"))
    assert doc.title == headline
    assert doc.date == "2033-08-03"
    assert stamp not in " ".join(paragraphs(doc))


def test_a_line_at_the_width_cut_mid_word_goes_on_into_a_line_that_looks_like_a_field() -> None:
    # blank lines part the paragraphs; inside one, a line that stops mid-word at the width
    # goes on though the next opens like a field (系城南派出所：…)
    text = lines(
        "紧急寻人｜12岁男孩放学后未回家，请帮忙扩散！",
        "",
        "9月12日16:30许，南屏县第三中学初一（3）班学生林子",
        "轩（男，12岁）放学离校后未回家，家人多方寻找未果，",
        "于当晚19时许向南屏县公安局城北派出所报警。",
        "",
        "目前，公安机关已启动紧急寻人机制，正在全力查找。如",
        "有市民发现其踪迹或有相关线索，请立即拨打110，或联",
        "系城北派出所：0578-3126605（24小时值班），也可",
        "联系孩子母亲：136 6578 2209。",
    )
    said = paragraphs(parse(text))
    assert any("或联系城北派出所：0578-3126605（24小时值班），也可联系孩子母亲" in p for p in said)


def test_a_lead_in_head_under_a_numbered_head_is_said_apart_from_it() -> None:
    text = lines(
        "在全县优化营商环境工作推进会上的讲话",
        "",
        LONG,
        "",
        "二、突出重点，全力攻坚",
        "",
        "一要在政务服务上提速增效。年内实现高频事项“最多跑一次”全覆盖，热线诉求办结率达到95%以上。",
        "",
        "二要在要素保障上精准发力。今年全县计划供应工业用地1200亩，新建标准厂房30万平方米。",
        "",
        "三要在公平竞争上守住底线。全面清理妨碍统一市场和公平竞争的政策措施，对排除、限制竞争的行为一律纠正。",
        "",
        "三、压实责任，确保见效",
        "",
        LONG,
    )
    headings = [c.heading for c in parse(text).chapters if c.heading]
    assert "二、突出重点，全力攻坚 一要在政务服务上提速增效。" in headings, headings


@pytest.mark.parametrize(
    "footer", ["—— 第 1 页 共 1 页 ——", "南屏市疾病预防控制中心传染病防制所          第 1 页"]
)
def test_a_pdf_s_foot_with_its_page_is_not_read(footer: str) -> None:
    text = lines(
        "南屏市流感监测周报", "", LONG, "", "南屏市疾病预防控制中心", "2031年9月3日", footer
    )
    doc = parse(text)
    assert not any("第 1 页" in t or "第1页" in t for t in headings_and_blocks(doc))
    assert_nothing_lost(text, doc)


def test_a_line_that_ends_inside_a_bracket_goes_on_where_the_bracket_closes() -> None:
    text = lines(
        "南屏市自然资源和规划局",
        "商品房预售许可证核发情况公告",
        "（2031年第6期）",
        "",
        "根据《中华人民共和国城市房地产管理法》及相关规定，现",
        "将2031年8月1日至2031年8月31日我局核发的商品房预售",
        "许可证情况公告如下：",
        "",
        "1. 南屏城投·翠湖天地（一期）",
        "   开发企业：南屏城投置业发展有限公司",
        "   预售范围：1#、2#、3#楼，共计312套，建筑面积",
        "   36,218.55平方米，其中住宅288套、车库24个",
        "   备案均价：8,650元/平方米",
        "",
        "2. 华晟·江南府",
        "   开发企业：南屏华晟房地产开发有限公司",
        "   预售范围：B-7栋、B-8栋，共计156套，建筑面积",
        "   17,990.30平方米",
        "   备案均价：9,980元/平方米（精装修，含装修",
        "   标准1,200元/平方米）",
        "",
        "3. 润和·锦绣里二期",
        "   开发企业：南屏润和实业有限公司",
        "   预售范围：11#楼（1-2单元），共计97套，建筑面积10,402.08平方米",
    )
    said = headings_and_blocks(parse(text))
    assert any("（精装修，含装修标准1,200元/平方米）" in t for t in said), said


def test_a_source_line_with_its_day_and_readers_set_apart_by_bars_is_the_page_s_fields() -> None:
    # a page's fields, never a menu: the source and the day are the report's
    text = lines(
        "南屏尿素价格继续下行", "来源：南屏农资商情 | 2031-10-09 | 阅读量 3.2万", LONG, LONG
    )
    doc = parse(text)
    assert doc.date == "2031-10-09"
    assert ("source", "来源：南屏农资商情") in [(m.kind, m.text) for m in doc.meta]


def test_results_listed_one_a_line_under_their_labels_are_not_joined_as_wrapped_lines() -> None:
    results = [
        "男子4×200米自由泳接力：南屏队 7分08秒45",
        "女子1500米自由泳：高雪（青川）15:58.07",
    ]
    doc = parse(
        lines("南屏游泳锦标赛落幕", "", LONG, "", "其他决赛项目成绩如下：", *results, "", LONG)
    )
    texts = [t for t in headings_and_blocks(doc) if t]
    assert all(any(t.endswith(r) for t in texts) for r in results), texts


def test_a_bulletin_s_masthead_line_gives_its_issuer_number_and_day_never_the_title() -> None:
    text = lines(
        "全省旱情简报",
        "",
        "南屏省水利厅  2031年第4期（总第37期）  2031年4月10日",
        "",
        "一、旱情",
        LONG,
        "二、抗旱工作",
        LONG,
    )
    doc = parse(text)
    assert doc.title == "全省旱情简报"
    assert doc.date == "2031-04-10"
    assert ("source", "南屏省水利厅") in [(m.kind, m.text) for m in doc.meta]
    assert_nothing_lost(text, doc)


def test_a_q_and_a_s_label_in_brackets_is_no_reporter_s_dateline() -> None:
    text = lines(
        "南屏防台风新闻发布会答问", "", "【记者提问】南屏地铁和机场会停运吗？", "", LONG, "", LONG
    )
    doc = parse(text)
    assert not any(m.kind == "dateline" for m in doc.meta)
    assert_nothing_lost(text, doc)


def test_who_released_a_report_and_when_in_brackets_at_its_foot_is_its_signature() -> None:
    text = lines("南屏市上半年经济运行情况", LONG, LONG, "（国家统计局南屏调查队　2031年7月19日）")
    doc = parse(text)
    assert doc.date == "2031-07-19"
    assert [t for t in headings_and_blocks(doc) if t] == [LONG, LONG]
    assert_nothing_lost(text, doc)


def test_a_list_of_links_under_a_bulleted_head_is_not_read() -> None:
    links = ["■相关报道", "政府工作报告中的民生“温度”（4版）", "一图读懂南屏省政府工作报告（5版）"]
    doc = parse(lines("南屏省两会开幕", LONG, LONG, *links))
    assert [t for t in headings_and_blocks(doc) if t] == [LONG, LONG]


def test_a_reply_form_s_column_names_over_the_signature_sign_nothing() -> None:
    text = lines(
        "关于召开全市大气污染防治工作推进会的通知",
        LONG,
        LONG,
        "附件：参会回执",
        "单位名称\t姓名\t职务\t联系电话",
        "南屏市人民政府办公室",
        "2031年10月10日",
    )
    doc = parse(text)
    signatures = [m.text for m in doc.meta if m.kind == "signature"]
    assert signatures == ["南屏市人民政府办公室"]
    assert_nothing_lost(text, doc)


def test_a_daily_s_name_over_its_day_is_the_title_and_the_day_its_date() -> None:
    text = lines("饲料原料日报 | 2031年12月10日 星期二", "文/南屏期货研究所", "", LONG, "", LONG)
    doc = parse(text)
    assert doc.title == "饲料原料日报"
    meta = [(m.kind, m.text) for m in doc.meta]
    assert ("date", " | 2031年12月10日 星期二") in meta
    assert ("author", "文/南屏期货研究所") in meta
    assert_nothing_lost(text, doc)


def test_a_title_made_from_the_lead_skips_its_label_and_clauses_that_point_back() -> None:
    # a post's topics and its label before the lead: the topics are no words of it
    post = "#南屏警方通报# 【警情通报】7月5日18时30分许，白沙区某小区发生一起纠纷，一人受伤。"
    doc = parse(lines(post, "", LONG))
    assert doc.title == "白沙区某小区发生一起纠纷"
    assert ("other", "#南屏警方通报#") in [(m.kind, m.text) for m in doc.meta]
    assert paragraphs(doc)[0].startswith("【警情通报】")
    # a clause that goes on from what the one before said (由…调查终结) is no headline
    lead = (
        "记者12日获悉，南屏市原副市长王某涉嫌受贿一案，由南屏市监察委员会调查终结，"
        "近日已由南屏市人民检察院依法提起公诉。"
    )
    assert derive_title(parse(lines(lead, "", LONG)).chapters) != "由南屏市监察委员会调查终结"
    # …but a team made up of its runners is named by them (由…组成的中国队…)
    lead = "由张一、李二、王三和赵四组成的中国队以38秒29的成绩夺得金牌。"
    assert derive_title(parse(lines(lead, "", LONG)).chapters) == "中国队以38秒29的成绩夺得金牌"


def test_a_whole_headline_over_two_phrases_side_by_side_has_them_as_its_deck() -> None:
    text = lines(
        "南屏医药公布2031年全年业绩",
        "收入同比增长23.5%  研发投入创新高",
        "",
        "（2032年3月27日，中国·南屏）" + LONG,
    )
    doc = parse(text)
    assert doc.title == "南屏医药公布2031年全年业绩"
    assert doc.subtitles == ("收入同比增长23.5% 研发投入创新高",)
    assert_nothing_lost(text, doc)


def test_a_press_release_s_dateline_with_its_year_dates_the_document() -> None:
    doc = parse(lines("南屏新能源发布新一代电池", "", "【2031年4月22日，中国·南屏】" + LONG))
    assert doc.date == "2031-04-22"


def test_a_field_with_a_long_label_is_a_line_of_its_section_never_a_heading() -> None:
    text = lines(
        "南屏大学设备采购项目招标公告",
        "",
        LONG,
        "",
        "1、招标条件",
        "资金来源落实情况：已落实",
        "项目已具备招标条件的说明：已具备",
        "",
        "2、招标内容",
        "招标项目名称：高性能计算平台",
        "项目实施地点：南屏市",
    )
    doc = parse(text)
    assert headings(doc) == ["1、招标条件", "2、招标内容"]
    assert "项目已具备招标条件的说明：已具备" in paragraphs(doc)
    assert_nothing_lost(text, doc)


def test_when_and_where_a_speech_was_given_under_its_title_is_its_subtitle() -> None:
    for given in (
        "2031年1月16日在政协南屏市第九届委员会第三次会议上",
        "（2031年1月16日在全区工作会议上）",
    ):
        text = lines(
            "南屏市委员会常务委员会工作报告（摘要）", given, "南屏市委员会主席  费雅琴", LONG
        )
        doc = parse(text)
        assert doc.subtitles == (given,)
        assert ("speaker", "南屏市委员会主席 费雅琴") in [(m.kind, m.text) for m in doc.meta]
        assert_nothing_lost(text, doc)


def test_a_short_line_ending_in_a_clause_s_mark_goes_on_in_the_next() -> None:
    # (a page wrapped at a width, its paragraphs set in)
    text = lines(
        "南屏县人大会议举行全体会议",
        "",
        "\u3000\u3000本报讯 1月12日下午，南屏县第十八届人民代表大会第三次会议",
        "在县大会堂举行第三次全体会议。会议应到代表312名，实到298名。",
        "\u3000\u3000大会执行主席吕志成、",
        "魏红梅、田保国在主席台就座。",
        "\u3000\u3000会议以无记名投票方式，补选吕志成为县人大常委会主任，选举",
        "甘丽娟为南屏县人民政府县长。",
        "\u3000\u3000大会表决通过了关于南屏县人民政府工作报告的决议、关于财政",
        "预算执行情况的决议，以及县人民法院、县人民检察院工作报告的决议。",
    )
    doc = parse(text)
    assert "大会执行主席吕志成、魏红梅、田保国在主席台就座。" in paragraphs(doc)
    assert_nothing_lost(text, doc)


def test_an_issuer_over_the_number_of_its_document_is_no_line_of_the_title() -> None:
    text = lines(
        "关于启动重污染天气橙色预警的通知",
        "南屏市重污染天气应急指挥部办公室",
        "南重污办〔2031〕3号",
        "",
        "各县（市、区）人民政府：",
        LONG,
    )
    doc = parse(text)
    assert doc.title == "关于启动重污染天气橙色预警的通知"
    assert_nothing_lost(text, doc)


def test_who_issued_an_explainer_under_its_title_is_its_source_never_a_chapter() -> None:
    # over the month it was issued in
    text = lines("跨省异地就医直接结算", "政策解读", "", "南屏省医疗保障局", "2031年9月", "", LONG)
    doc = parse(text)
    assert doc.title == "跨省异地就医直接结算 政策解读"
    meta = [(m.kind, m.text) for m in doc.meta]
    assert ("date", "2031年9月") in meta
    assert paragraphs(doc) == [LONG]
    # …over its first numbered section
    text = lines(
        "2031年度个人所得税年度汇算",
        "常见问题解答",
        "",
        "国家税务总局南屏市税务局",
        "",
        "一、哪些人需要办理？",
        LONG,
    )
    doc = parse(text)
    assert doc.title == "2031年度个人所得税年度汇算常见问题解答"
    assert headings(doc) == ["一、哪些人需要办理？"]
    assert_nothing_lost(text, doc)
    # …in the page's brackets with the day it was posted
    fields = "(发布时间:2031年5月6日 来源:南屏区社会保险事业管理中心)"
    doc = parse(lines("关于失业保险稳岗返还政策的问答", fields, "", LONG))
    assert doc.date == "2031-05-06"
    assert [m.kind for m in doc.meta] == ["date", "source"]


def test_a_section_numbered_with_an_ascii_stop_heads_its_section() -> None:
    text = lines(
        "关于举办全县档案业务培训班的通知",
        "各乡镇,县直各单位:",
        "为提升基层档案工作水平,县档案馆决定举办档案业务培训班.现将有关事项通知如下:",
        "一.培训时间和地点",
        "时间:2031年6月3日-5日(2日下午报到)",
        "地点:南屏县行政中心5楼会议室",
        "二.培训内容",
        "1.档案法及实施条例解读;",
        "2.电子文件归档操作规范;",
        "3.档案数字化质量控制.",
        "三.其他事项",
        "请各单位于5月28日前将参训名单报县档案馆业务科,逾期视为放弃.",
    )
    doc = parse(text)
    assert headings(doc) == ["一.培训时间和地点", "二.培训内容", "三.其他事项"]
    # the list's last item, short and closed by a stop, is an item of the list, no heading
    assert "3.档案数字化质量控制." in paragraphs(doc)


def test_a_sentence_closed_by_an_ascii_stop_is_no_heading_of_the_section_under_it() -> None:
    text = lines(
        "青川地铁关于端午假期延长运营时间的公告",
        "为方便市民假期出行,青川地铁将延长运营时间,具体安排如下:",
        "一、延长运营时间",
        "6月1日至6月3日,1号线,2号线末班车延后1小时;其中,机场线末班车延至00:30.",
        "6月3日(假期最后一天)各线路末班车延后30分钟,方便返程旅客.",
        "二、加开列车",
        "1号线在10:00-21:00时段采用最小行车间隔3分钟运营,预计日均客流达120万乘次.",
    )
    doc = parse(text)
    assert headings(doc) == ["一、延长运营时间", "二、加开列车"]


def test_who_issued_it_set_under_its_title_is_no_part_of_the_title() -> None:
    for head, issuers in [
        (["青川县森林火险橙色预警信号", "青川县气象台、青川县林业局联合发布"], "青川县气象台"),
        (["南屏湖畔草地音乐节购票须知", "南屏湖畔草地音乐节组委会", ""], "组委会"),
    ]:
        doc = parse(lines(*head, "一、基本信息", LONG, "二、注意事项", LONG))
        assert doc.title == head[0]
        assert not any(issuers in t for t in headings_and_blocks(doc))


def test_a_title_s_second_line_that_only_names_its_kind_ends_the_title() -> None:
    text = lines(
        "青川音乐厅2031年冬季演出季",
        "开票公告",
        "",
        "青川音乐厅2031年冬季演出季将于11月5日开幕，至次年1月28日结束，共推出各类演出18台30场。",
        "",
        LONG,
    )
    doc = parse(text)
    assert doc.title == "青川音乐厅2031年冬季演出季开票公告"
    assert "开票公告" not in headings(doc)


def test_a_page_s_footer_set_out_with_gaps_is_chrome_never_a_table() -> None:
    text = lines(
        "青川市第三届全民健身运动会闭幕",
        "",
        LONG,
        "",
        "打印本页  关闭窗口",
        "版权所有：青川市体育局  地址：青川市滨江大道88号  邮编：310000",
        "浙ICP备87654321号-1  技术支持：青川信息科技有限公司",
    )
    doc = parse(text)
    assert not tables(doc)
    assert not any("版权所有" in t or "打印本页" in t for t in headings_and_blocks(doc))


def test_a_list_of_figures_wrapped_after_its_mark_goes_on_no_list_item() -> None:
    text = lines(
        "关于青川大道部分路段实施尾号限行的通告",
        "",
        "为缓解青川大道交通拥堵状况，保障道路安全畅通，",
        "决定对青川大道部分路段实施机动车尾号限行措施，",
        "现将有关事项通告如下。管制路段实行机动车尾号限",
        "行：工作日单日限行尾号为1、",
        "3、5、7、9的机动车，双日限行尾号为0、2、4、6、",
        "8的机动车；号牌尾号为字母的，以最后一位阿拉伯数",
        "字为准。本通告自2031年5月1日起施行，请相互转告。",
    )
    doc = parse(text)
    assert any("单日限行尾号为1、3、5、7、9的机动车" in p for p in paragraphs(doc))


def test_a_document_s_title_the_width_of_its_wrapped_body_is_still_the_title() -> None:
    text = lines(
        "关于望月大桥维修加固施工期间实施交通管制的通告",
        "为确保望月大桥维修加固工程顺利实施,保障施工期间道路交通",
        "安全和畅通,根据《中华人民共和国道路交通安全法》第三十九条",
        "和《城市道路管理条例》相关规定,决定对望月大桥及周边道路实",
        "施交通管制.现将有关事项通告如下:",
        "一,管制时间:2031年8月1日0时至2031年12月31日24时.",
    )
    doc = parse(text)
    assert doc.title == "关于望月大桥维修加固施工期间实施交通管制的通告"
    assert paragraphs(doc)[0].startswith("为确保望月大桥")
    assert_nothing_lost(text, doc)


@pytest.mark.parametrize(
    ("site", "headline"),
    [
        # a body's full name over its breadcrumb, however long
        ("国家市场监督管理总局缺陷产品召回技术中心", "江岳汽车有限公司召回部分JY7152E型轿车"),
        # the kind of page, a record of a press conference, under its office
        ("临江市人民政府新闻办公室\n新闻发布会实录", "临江市“医保参保缴费新政”新闻发布会"),
    ],
)
def test_a_site_s_name_or_its_page_s_kind_over_the_headline_is_not_the_title(
    site: str, headline: str
) -> None:
    crumb = [] if "\n" in site else ["当前位置：首页 > 召回信息 > 汽车召回"]
    text = lines(site, *crumb, "", headline, "", LONG, "", LONG)
    doc = parse(text)
    assert doc.title == headline
    assert_nothing_lost(text, doc)


def test_a_table_s_unit_line_between_its_caption_and_the_table_parts_nothing() -> None:
    text = lines(
        "青川市农产品批发市场价格周报",
        "",
        LONG,
        "",
        "主要农产品批发价格表",
        "单位：元/公斤",
        "品种        本周均价    上周均价",
        "白条猪      23.86       23.46",
        "鲫鱼        18.20       18.00",
    )
    doc = parse(text)
    with_table = next(c for c in doc.chapters if any(b.table for b in c.blocks))
    assert "主要农产品批发价格表" in (with_table.heading or "") + "".join(
        b.text for b in with_table.blocks
    )
    assert_nothing_lost(text, doc)


def test_a_headline_that_opens_on_issued_is_said_with_its_issuers_from_the_line_above() -> None:
    text = lines(
        "青川新区自然资源和规划局 青川新区气象局",
        "联合发布地质灾害气象风险预警",
        "（2031年第14期）",
        "签发：周明远 核稿：林晓岚 发布时间：2031年7月3日16时",
        "青川新区自然资源和规划局与青川新区气象局2031年7月3日16时联合",
        "发布地质灾害气象风险橙色预警（二级）：预计7月3日20时至7月4日",
        "20时，受强降雨影响，青川新区云岭街道、白鹭镇、石桥乡大部，以及",
        "凤栖镇东部地区发生崩塌、滑坡、泥石流等地质灾害的风险较高。",
    )
    doc = parse(text)
    assert doc.title == "青川新区自然资源和规划局 青川新区气象局联合发布地质灾害气象风险预警"
    assert doc.subtitles == ()
    assert_nothing_lost(text, doc)


def test_a_site_s_name_and_its_tagline_after_a_dash_are_no_title() -> None:
    title = "【专访】让山货走出大山——访青川县县长周明远"
    text = lines("青川新闻网-青川县委县政府门户网站合作媒体", "", title, "", LONG)
    doc = parse(text)
    assert doc.title.endswith("访青川县县长周明远") and "新闻网" not in doc.title, doc.title
    assert_nothing_lost(text, doc)


@pytest.mark.parametrize(
    "banner",
    ["临江市卫生健康局 | 临江市人民政府门户网站", "东湖交警 | 临江市公安局交通警察支队官方网站"],
)
def test_an_office_s_name_beside_its_site_s_name_in_a_banner_is_no_title(banner: str) -> None:
    title = "关于开展2031年秋季学生健康体检工作的通知"
    text = lines(banner, "当前位置：首页 > 通知公告", "", title, "", LONG)
    doc = parse(text)
    assert doc.title == title
    assert_nothing_lost(text, doc)


def test_an_e_paper_s_buttons_back_to_its_contents_are_no_part_of_the_headline() -> None:
    title = "青川县早稻喜获丰收 亩产同比增长5.1%"
    text = lines(
        "青川日报 数字报 2031年06月03日 星期二 第A02版:要闻",
        "上一版  下一版  返回目录",
        title,
        LONG,
    )
    doc = parse(text)
    assert doc.title == title
    assert_nothing_lost(text, doc)


def test_how_urgent_a_document_is_beside_who_signed_it_off_is_no_part_of_its_title() -> None:
    title = "青川县人民政府办公室关于召开全县防汛工作视频会议的通知"
    text = lines(
        "明传电报", "特急                签发人:周立新", "青川县人民政府办公室",
        "关于召开全县防汛工作视频会议的通知", "各乡镇人民政府:", LONG,
    )  # fmt: skip
    doc = parse(text)
    assert doc.title == title
    assert "签发人" not in "".join(paragraphs(doc))
    assert_nothing_lost(text, doc)


@pytest.mark.parametrize("section", ["停水公告", "招聘信息", "中标公示"])
def test_a_site_s_section_named_for_its_kind_of_notice_is_no_part_of_the_title(
    section: str,
) -> None:
    title = "关于7月10日部分区域计划停水的通知"
    text = lines(
        "青川水务集团有限公司", f"网站首页 | 新闻中心 | {section} | 联系我们", section, title, LONG
    )
    doc = parse(text)
    assert doc.title == title
    assert_nothing_lost(text, doc)


def test_a_page_s_breadcrumb_fields_and_buttons_set_out_with_gaps_are_no_table() -> None:
    title = "青川縣政府　公告"
    text = lines(
        "青川縣政府全球資訊網",
        ":::  首頁 > 最新消息 > 公告",
        "發布單位：財政處   發布日期：120-05-03   點閱次數：45",
        "回上頁  友善列印  字級：小 中 大",
        "",
        title,
        "發文日期：中華民國120年5月3日",
        "附件：如主旨",
        "",
        "主旨：公告本縣120年度房屋稅開徵期間，請納稅義務人於期限內繳納，請查照。",
        "",
        LONG,
    )
    doc = parse(text)
    assert doc.title == "青川縣120年度房屋稅開徵期間"  # (its subject names the notice)
    assert not any(b.kind == "table" for ch in doc.chapters for b in ch.blocks)
    spoken = "".join(paragraphs(doc))
    assert "點閱" not in spoken and "如主旨" not in spoken
    assert_nothing_lost(text, doc)


def test_taiwan_s_parts_headed_in_capital_numerals_are_headings_never_the_title_s_end() -> None:
    title = "公告113學年度青川區國中教育會考相關事項"
    text = lines(
        "發布日期：113-04-22　發布單位：中等教育科", "", title, "",
        "壹、考試日期及科目", "一、考試日期：113年5月18日及5月19日，共2天。", "二、" + LONG, "",
        "貳、試場及准考證", "一、本區設置考場12處，預計報考人數8,432人。", "二、" + LONG, "",
        "參、成績公布", "一、成績於6月7日公布，考生可上網查詢。", "二、" + LONG,
    )  # fmt: skip
    doc = parse(text)
    assert doc.title == title
    assert [ch.heading for ch in doc.chapters] == [
        "壹、考試日期及科目", "貳、試場及准考證", "參、成績公布"
    ]  # fmt: skip
    assert_nothing_lost(text, doc)


def test_a_section_s_bracketed_head_under_the_headline_is_no_part_of_the_title() -> None:
    text = lines(
        "超强台风“青鸾”明晨将登陆我省南部沿海",
        "全省将有大范围狂风暴雨　请全力做好防御工作",
        "",
        "【重点提示】",
        "1.今年第20号台风“青鸾”将于22日凌晨在我省沿海登陆，登陆时强度为超强台风级。",
        "2.21日夜里至23日全省有暴雨到大暴雨，过程雨量东南部300~500毫米。",
        "",
        LONG,
    )
    doc = parse(text)
    assert doc.title.startswith("超强台风“青鸾”明晨将登陆我省南部沿海"), doc.title
    assert "重点提示" not in doc.title
    assert doc.chapters[0].heading == "【重点提示】"
    assert_nothing_lost(text, doc)


def test_a_body_s_disclosure_section_set_apart_by_spaces_and_its_index_fields_are_the_page() -> (
    None
):
    title = "青川新区“11·03”化工企业火灾事故处置情况通报（第2号）"
    fields = (
        "信息索引号：QCXQ-2031-0001375   发布机构：青川新区应急管理局   发文日期：2031年11月04日"
    )
    text = lines("青川新区管理委员会 政府信息公开 应急管理", "", title, "", fields, "", LONG)
    doc = parse(text)
    assert doc.title == title
    assert "索引号" not in "".join(paragraphs(doc))
    assert_nothing_lost(text, doc)


@pytest.mark.parametrize("credit", ["新华社发（记者 韩冰 摄）", "青川网记者 程志强 摄"])
def test_a_gallery_s_caption_credited_to_an_outlet_s_reporter_is_read_without_the_credit(
    credit: str,
) -> None:
    captions = [f"参赛选手跑过青川大桥。{credit}", f"志愿者为选手递上补给。{credit}"]
    captions.append(f"选手冲过终点。{credit}")
    text = lines("青川马拉松鸣枪开跑", "", LONG, *(f"\n{c}" for c in captions), "", LONG)
    doc = parse(text)
    said = "".join(paragraphs(doc))
    assert "参赛选手跑过青川大桥。" in said and "摄" not in said, said
    assert_nothing_lost(text, doc)


@pytest.mark.parametrize(
    "footer",
    [
        ("更多组图>>",),
        ("相关组图：青川半马报名开启｜青川马拉松精彩瞬间",),
        ("本网站所刊登的各种新闻、信息，未经协议授权，禁止下载使用。",),
        ("本版其他文章", "青川县召开防汛工作部署会", "石门镇启动美丽庭院评选"),
    ],
)
def test_a_news_page_s_links_to_more_and_its_terms_of_use_are_not_read(
    footer: tuple[str, ...],
) -> None:
    text = lines("青川马拉松鸣枪开跑", "", LONG, "", LONG, "", *footer)
    doc = parse(text)
    assert paragraphs(doc) == [LONG, LONG]
    assert_nothing_lost(text, doc)


@pytest.mark.parametrize(
    "line",
    [
        "【发布时间】2031-08-03 10:00",
        "值班预报员:方卓 (电话:0576-83210088)",
        "（临江市气象台 值班预报员：沈一舟，联系电话：0571-87651234转 6021）",
        "（南屏县气象台 2031/06/06 04:05）",
        "（本报告发送：省委、省政府领导，省防指各成员单位）",
        "#青川科技# #QX-9 Pro#",
        "（青川新闻客户端记者 贺敏 通讯员 龙涛 综合自中国地震台网）",
        "地址：臨江市中正路1號 總機：(02)2345-0000",
        "本網站建議使用Chrome、Edge最新版本瀏覽，最佳解析度1920x1080",
        "友善列印 最後更新日期：2031/04/28 瀏覽人次：2,315",
        "相关附件: 中标候选人公示.pdf (256KB) 下载次数: 18",
        "打印本頁　關閉窗口",
        "返回頁頂 | 列印",
        "返回頂部 | 上一頁",
        "（本文由临江市疾控中心免疫规划所供稿，审核：何立平）",
        "值班：陈立新 审核：赵海峰 签发：刘建国",
        "下載通告（PDF，235KB）",
        "相關附件：工程位置圖（PDF，1.2MB）",
        "字級設定：小 中 大 特大",
        "字号：T T T",
        "阅读：1,024 次    分享：[微信] [微博]",
        "发布：青川房产研究部 时间：2031-12-03 阅读：2,305",
        "（本期责任编辑：吴佩玲　电话：0571-87021234）",
        "值班首席：郑海平",
        "1141022",
        "傳媒查詢：經濟分析組 2858 3102",
        "[回上頁] [友善列印] [轉寄好友]",
        "青川日报全媒体记者 庞思睿 通讯员 柯文杰 南屏县融媒体中心 许诺",
        "青川縣環境保護局 敬啟",
    ],
)
def test_a_page_s_fields_credits_buttons_and_files_at_its_foot_are_not_read(line: str) -> None:
    text = lines("青川县发布暴雨蓝色预警", "", LONG, "", LONG, "", line)
    doc = parse(text)
    assert paragraphs(doc) == [LONG, LONG]
    assert_nothing_lost(text, doc)


@pytest.mark.parametrize(
    ("issuer", "kind", "title"),
    [
        ("南屏市统计局 国家统计局南屏调查队", "联合发布", "2031年一季度南屏市经济运行情况"),
        ("南屏特別行政區政府統計處", "新聞稿", "2031年4月份綜合消費物價指數"),
    ],
)
def test_issuers_over_the_kind_of_what_they_give_are_not_the_title(
    issuer: str, kind: str, title: str
) -> None:
    doc = parse(lines(issuer, kind, title, "", LONG))
    assert doc.title == title


def test_a_report_s_first_chapter_heading_is_no_speaker_under_its_title() -> None:
    text = lines(
        "南屏县2031年汛期水文情势分析报告", "", "第一章 总体情况", LONG, "第二章 水库运行", LONG
    )
    doc = parse(text)
    assert [c.heading for c in doc.chapters] == ["第一章 总体情况", "第二章 水库运行"]


def test_an_office_under_the_weeks_a_weekly_covers_issues_it_and_heads_no_section() -> None:
    text = lines(
        "临江市生猪市场价格监测周报",
        "2031年第23周(6月2日—6月8日)",
        "临江市农业农村局 市场与信息化科",
        "",
        "一、总体情况",
        LONG,
        "二、生猪价格",
        LONG,
    )
    doc = parse(text)
    assert doc.chapters[0].heading == "一、总体情况"
    assert ("source", "临江市农业农村局 市场与信息化科") in [(m.kind, m.text) for m in doc.meta]
    assert_nothing_lost(text, doc)


@pytest.mark.parametrize(
    "dateline",
    [
        "【東岸訊】",
        # (a paper's own news, 消息 for 訊; an agency's reporter and place before the day
        # alone, out of brackets)
        "【本報消息】",
        "青川社記者王小明新竹17日電 ",
        # (…and the reporter after it, in Traditional characters)
        "【青川報訊】記者黃思穎報道：",
    ],
)
def test_a_place_s_own_news_tag_in_brackets_is_a_dateline(dateline: str) -> None:
    text = lines("東岸海洋音樂祭7月登場", "", dateline + LONG, "", LONG)
    doc = parse(text)
    assert paragraphs(doc) == [LONG, LONG]
    assert_nothing_lost(text, doc)


def test_a_post_s_topics_after_its_last_sentence_are_not_read() -> None:
    text = lines("青芯Q3处理器发布", "", LONG, "", LONG + "#青川科技# #QX-9 Pro#")
    doc = parse(text)
    assert paragraphs(doc) == [LONG, LONG]
    assert_nothing_lost(text, doc)


def test_a_short_report_of_one_paragraph_wrapped_over_three_lines_is_joined() -> None:
    text = lines(
        "临江市气象台发布大风预警",
        "",
        "东海省气象台2031年8月21日17时发布台风橙色预警信号，请注意防范大",
        "风天气，沿海船只回港避风，各地做好准备工作，确保安全。预计今天",
        "夜里风力加大。",
    )
    doc = parse(text)
    (said,) = paragraphs(doc)
    assert "防范大风天气" in said and "今天夜里" in said, said


def test_lines_of_an_uneven_paste_cut_inside_a_word_or_a_lead_in_are_joined() -> None:
    text = lines(
        "临江市2031年度考试录用公务员笔试有关事项的公告",
        "临江市2031年度考试录用公务员笔试将于4月12日至13日举行，全市共有报考者",
        "48,635人，设考点56个、考场1621个。为确保考试顺利进行，现将有关",
        "事项公告如下:",
        "一、准考证打印",
        "报考者须于4月7日9:00至4月11日18:00登录临江人事考试",
        "网(http://www.ljpta.cn/exam)打印准考证，准考证采用A4纸打印，正反面",
        "均有效。考生应妥善保管准考证，遗失的可在考试前一日重新打印。",
        "二、考试要求",
        "(一)报考者须持准考证和有效居民身份证(含临时身份证)参",
        "加考试，两证缺一不得入场，开考15分钟后不得入场，不得提前交卷。",
        "(二)考生须服从考点工作人员管理，对违纪违规人员严肃处理。",
    )
    said = "".join(paragraphs(parse(text)))
    for whole in ("现将有关事项公告如下", "人事考试网", "身份证)参加考试"):
        assert whole in said, whole
    text = lines(
        "青川新区气象台将暴雨蓝色预警信号升级为黄色",
        "预警编号：QCXQ-2031-BY-0087",
        "青川新区气象台2031年6月18日14时20分将暴雨蓝色预警信号升级为暴",
        "雨黄色预警信号：目前我区南部已出现强降水，14时实况显示，望海街",
        "道、金沙湾街道过去3小时累计雨量已达52~78毫米，最大为金沙湾街道",
        "海韵社区站，达91.6毫米。预计未来6小时内，我区大部分地区将出现",
        "50毫米以上的降水，并伴有雷电、短时大风等强对流天气，请注意防范。",
    )
    said = "".join(paragraphs(parse(text)))
    assert "升级为暴雨黄色预警信号" in said, said


def test_a_code_padded_with_its_nought_in_brackets_is_no_list_number() -> None:
    from audiobulletin.document.lines import marker_level

    assert marker_level("（08）总分不低于273分，单科不低于38分") is None
    assert marker_level("（8）总分不低于273分，单科不低于38分") is not None


def test_a_dateline_with_its_reporter_and_the_day_after_them_is_no_chapter() -> None:
    text = lines(
        "临江高速交警发布紧急交通管制信息",
        "临江交通广播讯 (记者 黄一鸣) 2031年12月27日",
        LONG,
        LONG,
    )
    doc = parse(text)
    assert doc.date == "2031-12-27"
    assert paragraphs(doc) == [LONG, LONG] or paragraphs(doc) == [LONG + LONG]
    assert_nothing_lost(text, doc)


@pytest.mark.parametrize(
    "head",
    [
        ("今天是：2031年4月1日 星期二 农历三月初四 临江 多云 12℃~22℃ 东风2级",),
        ("南屏县人民医院欢迎您！ 今天是：2031年11月3日 星期一",),
        (
            "香港交易及結算所有限公司及香港聯合交易所有限公司對本公告之內容概不負責，"
            "對其準確性或完整性亦不發表任何聲明。",
            "",
        ),
    ],
)
def test_a_page_s_date_widget_or_an_exchange_s_disclaimer_is_never_the_title(
    head: tuple[str, ...],
) -> None:
    title = "截至2031年6月30日止六個月之未經審核中期業績公告"
    text = lines(*head, title, "", "財務摘要", LONG, "", "業務回顧", LONG)
    doc = parse(text)
    assert doc.title == title
    assert [ch.heading for ch in doc.chapters] == ["財務摘要", "業務回顧"]
    assert_nothing_lost(text, doc)


def test_a_police_warning_against_an_app_is_read_not_dropped_as_a_promotion() -> None:
    warning = "警方提示:凡是自称“客服”要求下载APP、屏幕共享的都是诈骗!"
    text = lines("南屏县公安局破获一起电信网络诈骗案", "", LONG, "", warning)
    doc = parse(text)
    assert warning in "".join(paragraphs(doc))
    assert_nothing_lost(text, doc)


def test_a_deck_of_what_was_done_under_a_whole_headline_is_heard_apart() -> None:
    text = lines(
        "青川县公安局破获一起特大电信网络诈骗案",
        "抓获犯罪嫌疑人17名,涉案金额1,286.35万元",
        "",
        LONG,
        "",
        LONG,
    )
    assert parse(text).title == (
        "青川县公安局破获一起特大电信网络诈骗案 抓获犯罪嫌疑人17名,涉案金额1,286.35万元"
    )


def test_a_portal_over_its_site_and_section_and_a_share_bar_are_never_the_title() -> None:
    title = "2031年臨時選民登記冊今日發表"
    text = lines(
        "GovHK 香港政府一站通",
        "香港政府新聞網 | 新聞公報",
        "分享此頁 | 列印此頁",
        "",
        title,
        "",
        LONG,
    )
    doc = parse(text)
    assert doc.title == title
    assert_nothing_lost(text, doc)


def test_an_office_over_a_lead_typed_with_ascii_stops_issues_it_and_heads_no_section() -> None:
    lead = (
        "昨日(12月2日)我市环境空气质量为轻度污染,AQI为118,首要污染物为PM2.5,"
        "各区县中高新区为轻度污染,南屏县为良."
    )
    text = lines(
        "临江市环境空气质量日报", "(2031年12月3日)", "临江市环境监测中心站", "", lead, "", LONG
    )
    doc = parse(text)
    assert doc.chapters[0].heading is None
    assert ("source", "临江市环境监测中心站") in [(m.kind, m.text) for m in doc.meta]
    assert_nothing_lost(text, doc)


def test_typical_cases_each_head_a_chapter_above_their_labelled_parts() -> None:
    case = [
        "【基本案情】2029年11月至2030年5月，被告人通过网络销售含违禁成分的减肥奶昔，销售金额达86万元。",
        "【检察履职】县人民检察院提前介入引导侦查，依法提起刑事附带民事公益诉讼。",
        "【典型意义】本案系利用网络销售有毒有害食品的典型案件，警示作用明显。",
    ]
    text = lines(
        "临江市人民检察院发布典型案例",
        "",
        LONG,
        "",
        "案例一：刘某某等3人生产、销售有毒、有害食品案",
        *case,
        "",
        "案例二：临江某医药科技有限公司销售假药案",
        *case,
    )
    doc = parse(text)
    heads = [ch.heading for ch in doc.chapters]
    assert [h.split()[0] for h in heads if h and h.startswith("案例")] == [
        "案例一：刘某某等3人生产、销售有毒、有害食品案",
        "案例二：临江某医药科技有限公司销售假药案",
    ], heads
    assert_nothing_lost(text, doc)


def test_a_date_s_field_that_states_a_rule_is_read_as_the_notice_s_text() -> None:
    rule = "更新时间：每月5日前更新一次。"
    text = lines("关于做好月报工作的通知", "", LONG, "", rule, "", LONG)
    doc = parse(text)
    assert rule in paragraphs(doc)
    assert not [m for m in doc.meta if m.kind == "date"]
    assert_nothing_lost(text, doc)


@pytest.mark.parametrize(
    ("fields", "kinds"),
    [
        (
            "编制单位:临江市疾病预防控制中心    报告日期:2032年1月8日",
            ["source", "date"],
        ),
        ("数据更新时间:2031-01-10 09:00:00  审核状态:已审核", ["date", "other"]),
        (
            "事件编号: SJ-2031-0417      报告单位: 临江市东湖区疾病预防控制中心",
            ["docno", "source"],
        ),
        ("报告时间: 2031-03-12 17:45", ["date"]),
        ("更新于 2031/12/01 18:45", ["stamp"]),
    ],
)
def test_a_monitoring_report_s_fields_under_its_headline_are_not_read(
    fields: str, kinds: list[str]
) -> None:
    title = "临江市流感监测周报"
    text = lines(title, fields, "", LONG)
    doc = parse(text)
    assert doc.title == title
    assert [m.kind for m in doc.meta] == kinds
    assert paragraphs(doc) == [LONG]
    assert_nothing_lost(text, doc)


def test_the_places_a_page_shares_to_on_a_line_under_its_share_label_are_not_read() -> None:
    text = lines("临江市开展儿童安全座椅专项检查", "", LONG, "", "分享：", "微信  微博  小红书")
    doc = parse(text)
    assert paragraphs(doc) == [LONG]
    assert_nothing_lost(text, doc)


def test_an_attachment_the_report_says_it_left_out_is_not_read() -> None:
    text = lines("关于征集案件线索的悬赏通告", "", LONG, "", "附：犯罪嫌疑人照片2张（略）")
    doc = parse(text)
    assert paragraphs(doc) == [LONG]
    assert [m.kind for m in doc.meta] == ["annex"]
    assert_nothing_lost(text, doc)


def test_the_head_of_the_account_s_page_a_post_was_copied_from_is_no_title() -> None:
    text = lines(
        "@南屏公安 的微博",
        "2031-6-02 10:15 来自 微博 weibo.com",
        "",
        "【警情通报】",
        LONG,
    )
    doc = parse(text)
    # (a headline in brackets alone is the title without them)
    assert doc.title == "警情通报"
    assert "@南屏公安 的微博" in doc.dropped
    assert paragraphs(doc) == [LONG]


def test_an_item_ending_on_a_unit_s_ascii_stop_is_no_sub_head_of_the_section_above() -> None:
    text = lines(
        "关于东湖大桥检测期间交通管制的通告",
        "一、管制时间",
        "2031年6月10日至6月15日,每日0:00至5:00,东湖大桥全线封闭,禁止一切车辆和行人通行.",
        "二、限行措施",
        "(1)检测期间,大桥双向4车道调整为双向2车道通行,限速40km/h.",
        "(2)自2031年6月9日起,东湖大桥限高4.5m、限重30t.",
    )
    doc = parse(text)
    assert headings(doc) == ["一、管制时间", "二、限行措施"]
    assert_nothing_lost(text, doc)


def test_a_release_s_day_with_its_weekday_and_hour_over_its_headline_is_no_title() -> None:
    title = "卫生署公布登革热最新疫情并吁市民加强防蚊"
    text = lines("海澄市卫生署新闻公报", "2031年8月21日（星期四）下午5时30分", "", title, "", LONG)
    doc = parse(text)
    assert doc.title == title
    assert doc.date == "2031-08-21"
    assert_nothing_lost(text, doc)


def test_rows_of_figures_alone_under_their_names_are_a_table_and_its_total_sums_the_figures() -> (
    None
):
    rows = [
        "批号      生产日期      有效期至      生产数量(盒)   已发货数量(盒)",
        "210305    2030.03.05    2032.02       100,000        96,400",
        "210308    2030.03.08    2032.02       100,000        99,250",
        "合计                                  200,000        195,650",
    ]
    doc = parse(
        lines("关于主动召回部分批次胶囊的公告", LONG, "召回批次如下：", *rows, "一、召回要求", LONG)
    )
    (table,) = tables(doc)
    assert table.table is not None
    assert table.table.header[0] == "批号"
    assert table.table.rows[-1] == ("合计", "", "", "200,000", "195,650")


def test_a_total_s_sum_goes_under_the_column_of_figures_not_a_last_column_of_words() -> None:
    rows = [
        "项目名称\t安排资金（万元）\t责任单位",
        "东湖路改造\t420.15\t建设局",
        "滨江公园提升\t866.20\t园林局",
        "合计\t1,286.35",
    ]
    doc = parse(lines("关于第二批重点项目资金安排的通知", LONG, *rows))
    (table,) = tables(doc)
    assert table.table is not None
    assert table.table.rows[-1] == ("合计", "1,286.35", "")


@pytest.mark.parametrize(
    ("foot", "kinds"),
    [
        ("主编：许文静　责任编辑：周达", ["editor", "editor"]),
        ("本期编辑：郑小雅｜新闻热线：0571-86008800", ["editor"]),
        ("新聞公報發布時間：17時45分", ["other"]),
    ],
)
def test_who_edited_a_newsletter_and_when_a_release_went_out_are_not_read(
    foot: str, kinds: list[str]
) -> None:
    text = lines("滨河社区新闻周报", "", LONG, "", foot)
    doc = parse(text)
    assert paragraphs(doc) == [LONG]
    assert [m.kind for m in doc.meta] == kinds
    assert_nothing_lost(text, doc)


@pytest.mark.parametrize("tail", ["%。", "）；", "："])
def test_a_line_that_opens_on_a_percent_sign_or_a_closing_mark_goes_on_from_the_one_above(
    tail: str,
) -> None:
    head = "全年42个市重点项目完成年度投资的108.6"
    text = lines("临江市发展和改革局2031年工作总结", "", LONG, "", head, tail, "", LONG)
    doc = parse(text)
    assert paragraphs(doc) == [LONG, head + tail, LONG]
    assert_nothing_lost(text, doc)


@pytest.mark.parametrize(
    "page",
    [
        ["2031年06月03日 星期二 第A02版:要闻 上一版 下一版"],
        ["2031年06月03日 星期二 第A02版:要闻", "第2031-06-03期 PDF下载"],
    ],
)
def test_an_e_paper_s_day_and_page_under_its_name_are_no_line_of_the_headline(
    page: list[str],
) -> None:
    title = "青川县早稻喜获丰收 亩产同比增长5.1%"
    text = lines("青川日报 数字报", *page, title, LONG)
    doc = parse(text)
    assert doc.title == title
    assert doc.date == "2031-06-03"
    assert_nothing_lost(text, doc)


@pytest.mark.parametrize(
    "greeting", ["各位企业家朋友，大家下午好！", "议长、副议长、各位议员女士、先生，大家好："]
)
def test_a_speaker_s_greeting_to_whom_the_speech_addresses_is_not_read(greeting: str) -> None:
    text = lines("在民营企业家座谈会上的讲话", "", greeting, "", LONG)
    doc = parse(text)
    assert paragraphs(doc) == [LONG]
    assert [m.kind for m in doc.meta] == ["addressee"]
    assert_nothing_lost(text, doc)


def test_a_speech_s_numbered_questions_head_its_parts() -> None:
    text = lines(
        "在民营企业家座谈会上的讲话",
        "",
        LONG,
        "",
        "第一个问题：怎么看南屏民营经济",
        "",
        LONG,
        "",
        "第二个问题：政府能做什么",
        "",
        LONG,
    )
    doc = parse(text)
    assert headings(doc) == ["第一个问题：怎么看南屏民营经济", "第二个问题：政府能做什么"]
    assert_nothing_lost(text, doc)


@pytest.mark.parametrize(
    "masthead", ["统计快讯 | 第23期", "统计快讯（第23期）", "价格监测周报 第176期"]
)
def test_a_bulletin_s_name_and_issue_on_one_line_over_a_headline_is_no_title(masthead: str) -> None:
    text = lines(masthead, "", "4月份全市社会消费品零售总额增长2.3%", "", LONG, "", LONG)
    doc = parse(text)
    assert doc.title == "4月份全市社会消费品零售总额增长2.3%"
    assert paragraphs(doc) == [LONG, LONG]
    assert_nothing_lost(text, doc)


@pytest.mark.parametrize("day", ["2031/03/22", "2031年3月22日", "2031-03-22"])
def test_a_headline_with_its_day_after_a_space_is_the_title_and_the_day_its_date(day: str) -> None:
    text = lines(f"紧急停电通知 {day}", "", LONG, "", LONG)
    doc = parse(text)
    assert doc.title == "紧急停电通知"
    assert doc.date == "2031-03-22"
    assert_nothing_lost(text, doc)


def test_a_kicker_labelled_in_brackets_is_not_part_of_the_title() -> None:
    text = lines("【引题】筑牢夏粮丰收根基", "小麦机收进度过七成", "", LONG, "", LONG)
    doc = parse(text)
    assert doc.title == "小麦机收进度过七成"
    assert paragraphs(doc) == [LONG, LONG]
    assert_nothing_lost(text, doc)


@pytest.mark.parametrize("stories", [[LONG], ["本周要闻", "", "东岭社区开展义诊活动", LONG]])
def test_a_newsletter_s_masthead_over_the_days_it_covers_is_its_title(stories: list[str]) -> None:
    # (never the days it covers, nor the headline of the first story under its section)
    masthead = "东岭社区新闻周报（第12期）"
    text = lines(masthead, "", "2031年3月2日—3月8日", "", *stories)
    doc = parse(text)
    assert doc.title == masthead
    assert_nothing_lost(text, doc)


def test_a_bank_named_under_the_headline_over_its_day_is_the_issuer_not_the_title() -> None:
    text = lines("5月末广义货币余额同比增长7%", "", "中国人民银行", "2031年6月14日", "", LONG)
    doc = parse(text)
    assert doc.title == "5月末广义货币余额同比增长7%"
    assert "中国人民银行" in [m.text for m in doc.meta]
    assert paragraphs(doc) == [LONG]
    assert_nothing_lost(text, doc)


def test_a_notice_headed_by_a_section_of_an_office_is_titled_by_its_subject() -> None:
    text = lines(
        "學務處生活輔導組 公告",
        "",
        "主旨：公告120學年度第二學期「清寒優秀學生獎學金」開始受理申請，請同學踴躍申請。",
        "",
        LONG,
    )
    doc = parse(text)
    assert doc.title == "120學年度第二學期「清寒優秀學生獎學金」開始受理申請"
    assert_nothing_lost(text, doc)


@pytest.mark.parametrize(
    "banner",
    [
        "Shenzhen Meteorological Bureau / 深圳市气象局",
        "深圳市气象局 | Shenzhen Meteorological Bureau",
    ],
)
def test_a_body_s_banner_in_two_languages_set_apart_by_a_slash_is_no_title(banner: str) -> None:
    text = lines(banner, "", "暴雨黄色预警信号升级为红色", "", LONG, "", LONG)
    doc = parse(text)
    assert doc.title == "暴雨黄色预警信号升级为红色"
    assert_nothing_lost(text, doc)


def test_who_measured_a_quake_on_a_line_of_its_own_is_no_title() -> None:
    text = lines(
        "中国地震台网正式测定",
        "03月05日15时10分 青川县近海 发生5.4级地震",
        "据中国地震台网正式测定，北京时间2031年3月5日15时10分，青川县近海发生5.4级地震，"
        "震源深度10千米。",
    )
    doc = parse(text)
    assert doc.title == "03月05日15时10分 青川县近海 发生5.4级地震"
    assert_nothing_lost(text, doc)


def test_a_publishing_system_s_placeholder_for_a_headline_is_no_title() -> None:
    text = lines("無標題", LONG, "", LONG)
    doc = parse(text)
    assert doc.title != "無標題"
    assert paragraphs(doc) == [LONG, LONG]
    assert "無標題" in doc.dropped


def test_a_notice_s_wechat_id_field_is_a_contact_and_read() -> None:
    text = lines("关于开展2031年春季义诊活动的通知", "", LONG, "", "微信号：qcyy2031")
    doc = parse(text)
    assert "微信号：qcyy2031" in paragraphs(doc)


@pytest.mark.parametrize("topics", ["", "#东岭最低工资# "])
def test_a_post_s_bracketed_headline_at_the_head_of_its_first_paragraph_is_its_title(
    topics: str,
) -> None:
    lead = "经市政府批准，自2031年7月1日起，本市月最低工资标准从2690元调整为2790元。"
    text = lines(f"{topics}【本市7月1日起调整最低工资标准】{lead}", "", LONG)
    doc = parse(text)
    assert doc.title == "本市7月1日起调整最低工资标准"
    assert paragraphs(doc) == [lead, LONG]
    # (only the brackets go, as round a headline on its own line)
    assert_nothing_lost(text.replace("【", "").replace("】", ""), doc)


def test_a_column_s_label_in_brackets_before_a_post_s_words_is_no_title() -> None:
    # (a label as short as a column's names the kind of post, not its news)
    text = lines("【警情通报】7月5日18时许，东岭区一居民楼发生火灾，无人员伤亡。", "", LONG)
    doc = parse(text)
    assert doc.title != "警情通报"


def test_an_account_s_name_above_when_its_post_went_up_is_no_title() -> None:
    post = "【警情通报】6月11日22时许，东岭区一小区发生火灾，消防部门迅速到场处置，无人员伤亡。"
    text = lines("平安东岭", "6月12日 09:15 来自 iPhone 15 Pro", post)
    doc = parse(text)
    assert doc.title == "东岭区一小区发生火灾"
    assert "平安东岭" in doc.dropped
    assert headings(doc) == []
    assert_nothing_lost(text, doc)


def test_an_issue_s_list_head_over_its_one_story_is_neither_title_nor_read() -> None:
    story = "我市3家企业入选国家级专精特新“小巨人”名单"
    text = lines("科技动态", "2031年第8期（总第156期）", "本期要目", story, LONG, LONG)
    doc = parse(text)
    assert doc.title == "科技动态"
    assert "本期要目" not in "".join(headings_and_blocks(doc))
    assert story in "".join(headings_and_blocks(doc))
    assert_nothing_lost(text, doc)


def test_a_notice_headed_by_its_kind_alone_is_named_by_its_signer_and_kind() -> None:
    text = lines(
        "公告",
        "（2031）东0102执恢123号",
        "被执行人张某因未履行生效法律文书确定的义务，本院依法对其名下房产进行公开拍卖。",
        "起拍价：人民币1,586,000元，保证金15万元。",
        "特此公告。",
        "东岭市南屏区人民法院",
        "二〇三一年四月八日",
    )
    doc = parse(text)
    assert doc.title == "东岭市南屏区人民法院公告"
    assert_nothing_lost(text, doc)


def test_a_notice_headlined_by_its_kind_alone_is_named_by_its_signer_and_kind() -> None:
    text = lines(
        "拍卖公告",
        "",
        "受东岭市南屏区人民法院委托，本公司定于2031年5月20日10时公开拍卖以下标的：",
        "",
        "一、青山路18号商铺一间，建筑面积120平方米，参考价180万元。",
        "",
        "有意竞买者请于2031年5月18日17时前办理竞买登记手续。",
        "",
        "东岭市恒信拍卖有限公司",
        "2031年5月1日",
    )
    doc = parse(text)
    assert doc.title == "东岭市恒信拍卖有限公司拍卖公告"
    assert_nothing_lost(text, doc)


@pytest.mark.parametrize("masthead", ["青川新闻客户端", "临江日报", "南屏時報", "濱海日報"])
def test_a_paper_s_or_an_app_s_name_over_a_story_with_no_headline_is_no_title(
    masthead: str,
) -> None:
    lead = "青川县气象台12日6时发布暴雨橙色预警，预计未来12小时全县将出现大到暴雨。"
    text = lines(masthead, "2031年07月12日 08:15", "", lead, "", LONG)
    doc = parse(text)
    assert doc.title != masthead
    assert doc.title_derived
    assert masthead not in "".join(headings_and_blocks(doc))
    assert_nothing_lost(text, doc)


@pytest.mark.parametrize("masked", ["XX市统计局", "××市统计局"])
def test_a_masked_issuer_under_its_headline_is_who_issues_it_not_part_of_the_title(
    masked: str,
) -> None:
    title = "临江市2031年国民经济和社会发展统计公报"
    text = lines(
        title, masked, "国家统计局XX调查队", "2032年3月20日", "一、综合", LONG, "二、农业", LONG
    )
    doc = parse(text)
    assert doc.title == title
    assert [m.kind for m in doc.meta][:1] == ["signature"]
    assert_nothing_lost(text, doc)


def test_a_talk_announced_by_its_kind_alone_is_titled_with_its_topic() -> None:
    text = lines(
        "青川讲坛第36期 预告",
        "讲座题目：宋代茶馆里的市井生活",
        "主讲人：林知远（青川师范学院历史系教授）",
        "时间：11月6日（星期四）晚19:00",
        "地点：图书馆二楼报告厅",
        "",
        "内容简介：本次讲座将结合宋人笔记与出土茶具，讲述茶馆如何成为城市居民交换消息的地方。",
    )
    doc = parse(text)
    assert doc.title == "青川讲坛第36期预告：宋代茶馆里的市井生活"
    assert "时间：11月6日（星期四）晚19:00" in paragraphs(doc)
    assert_nothing_lost(text, doc)


def test_a_page_announcing_two_talks_keeps_its_own_headline() -> None:
    text = lines(
        "学术讲座预告",
        "报告题目1：湖泊沉积物里的气候记录",
        "报告题目2：城市热岛的遥感观测",
        "时间：11月6日14:00",
        LONG,
    )
    assert parse(text).title == "学术讲座预告"


def test_a_talk_s_fields_above_its_speaker_are_read_and_the_speaker_is_never_the_title() -> None:
    text = lines(
        "学术活动",
        "时间：2031.11.18(周二) 下午2:00-4:30",
        "地点：实验楼 302会议室",
        "报告人：周明远 研究员（青川大学地理科学学院）",
        "",
        "报告内容：介绍近十年湖泊面积变化的卫星观测方法，以及对流域水资源管理的启示。",
    )
    doc = parse(text)
    assert not doc.title.startswith("报告人")
    said = "\n".join(paragraphs(doc))
    assert "地点：实验楼 302会议室" in said
    assert "时间：2031.11.18(周二) 下午2:00-4:30" in said
    assert_nothing_lost(text, doc)


def test_a_page_s_date_and_weather_bar_is_chrome_and_the_headline_under_it_is_the_title() -> None:
    text = lines(
        "2031年11月3日 星期一 天气：多云 8℃~15℃ 登录 | 注册",
        "首页 > 新闻 > 交通",
        "青川大桥夜间封闭施工 公交12路临时绕行",
        "",
        "为完成桥面伸缩缝更换，青川大桥将于11月5日至7日每晚22时至次日5时封闭施工，期间车辆请绕行江北大道。",
        "",
        "〔责编：唐宁〕",
    )
    doc = parse(text)
    assert doc.title == "青川大桥夜间封闭施工 公交12路临时绕行"
    assert all("唐宁" not in p and "登录" not in p for p in paragraphs(doc))
    assert_nothing_lost(text, doc)


def test_the_link_back_to_the_top_with_the_next_stories_is_chrome() -> None:
    text = lines(
        "青川港三季度吞吐量增长8%",
        "",
        LONG,
        "",
        "↑返回顶部 | 上一篇：青川港新航线开通 | 下一篇：江北物流园扩建",
    )
    doc = parse(text)
    assert all("返回顶部" not in p for p in paragraphs(doc))
    assert_nothing_lost(text, doc)


@pytest.mark.parametrize(
    "headline", ["A股收评：沪指涨0.6%", "港股收市：恒指升1.2%", "期市早评：铜价走强"]
)
def test_a_market_column_s_short_headline_after_its_colon_is_the_title(headline: str) -> None:
    text = lines(headline, "", LONG)
    assert parse(text).title == headline


def test_a_table_drawn_with_bars_whose_figures_group_their_thousands_is_one_table() -> None:
    text = lines(
        "青川建材2031年度业绩快报",
        "",
        "项目 | 本报告期 | 上年同期 | 增减(%)",
        "营业收入 | 12,345,678,901.23 | 11,234,567,890.12 | 9.89",
        "营业利润 | 1,234,567,890.12 | 1,345,678,901.23 | -8.26",
        "利润总额 | 1,256,789,012.34 | 1,367,890,123.45 | -8.12",
        "基本每股收益（元） | 0.85 | 0.93 | -8.60",
        "",
        LONG,
    )
    doc = parse(text)
    [table] = tables(doc)
    assert table.table is not None
    assert table.table.header == ("项目", "本报告期", "上年同期", "增减(%)")
    assert len(table.table.rows) == 4
    assert table.table.rows[0][1] == "12,345,678,901.23"
    assert doc.dropped == ()
    assert_nothing_lost(text, doc)


def test_a_hong_kong_announcement_is_named_by_its_company_and_kind_and_signed_off_unread() -> None:
    text = lines(
        "香港交易及結算所有限公司及香港聯合交易所有限公司對本公告之內容概不負責。",
        "",
        "本公告僅供參考，並不構成收購、購買或認購本公司任何證券之邀請或要約。",
        "",
        "青川海運集團有限公司",
        "(於百慕達註冊成立之有限公司)",
        "(股份代號：01836)",
        "",
        "盈利警告",
        "",
        "本公司董事會謹此知會股東，本集團預期截至2031年6月30日止六個月錄得股東應佔溢利約"
        "1.2億港元，按年下跌約60%。",
        "",
        "承董事會命",
        "青川海運集團有限公司",
        "公司秘書",
        "何詠儀",
        "",
        "香港，2031年7月18日",
        "",
        "於本公告日期，董事會成員包括執行董事林志遠先生及陳美華女士。",
    )
    doc = parse(text)
    assert doc.title == "青川海運集團有限公司盈利警告"
    assert doc.date == "2031-07-18"
    said = "\n".join(paragraphs(doc))
    assert "承董事會命" not in said and "何詠儀" not in said and "董事會成員包括" not in said
    assert "僅供參考" not in said
    assert [m.text for m in doc.meta if m.kind == "signature"] == ["青川海運集團有限公司"]
    assert_nothing_lost(text, doc)


def test_a_masked_paper_s_page_head_and_a_masked_issuer_over_its_day_are_never_the_title() -> None:
    paper = lines("XX晚报 2031年01月24日 第A05版：要闻", "", "青川港新航线本月开通", "", LONG)
    doc = parse(paper)
    assert doc.title == "青川港新航线本月开通" and doc.date == "2031-01-24"
    bulletin = lines("汛情快报（第23期）", "XX省水文局  2031年6月28日8时", "", "一、雨情", LONG)
    doc = parse(bulletin)
    assert doc.title == "汛情快报（第23期）"
    assert [m.text for m in doc.meta if m.kind == "source"] == ["XX省水文局"]


@pytest.mark.parametrize("outlet", ["政府新聞網", "青川日报", "新华网"])
def test_a_news_outlet_alone_on_the_story_s_last_line_is_its_source(outlet: str) -> None:
    text = lines("青川港新航线本月开通", "", LONG, "", outlet)
    doc = parse(text)
    assert [m.text for m in doc.meta if m.kind == "source"] == [outlet]
    assert all(outlet not in p for p in paragraphs(doc))
    assert_nothing_lost(text, doc)


def test_the_day_a_period_opens_with_its_weekday_and_hour_never_dates_the_report() -> None:
    text = lines(
        "國立青川大學120學年度碩士班招生簡章",
        "",
        "一、報名日期：自119年9月25日(三)上午9時起至10月4日(五)下午5時止，一律採網路報名，"
        "逾期不予受理。",
        "二、報名費：每系組新臺幣1,500元。",
    )
    assert parse(text).date is None


def test_a_table_set_with_single_spaces_keeps_its_long_column_names_and_its_total_row() -> None:
    text = lines(
        "二、本次解除限售的股份情况",
        "序号 股东名称 持有限售股数量（股） 持有限售股占公司总股本比例 本次上市流通数量（股）",
        "1 青川产业基金 297,612,338 3.74% 297,612,338",
        "2 青川科技投资有限公司 142,108,440 1.78% 142,108,440",
        "3 临河国资运营平台 72,624,900 0.91% 72,624,900",
        "合计 512,345,678 6.43% 512,345,678",
    )
    doc = parse(text)
    [table] = tables(doc)
    assert table.table is not None
    assert table.table.header[3] == "持有限售股占公司总股本比例"
    assert table.table.rows[-1] == ("合计", "", "512,345,678", "6.43%", "512,345,678")
    assert_nothing_lost(text, doc)
