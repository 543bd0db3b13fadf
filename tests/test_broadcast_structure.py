"""What an editor would put on air: page head, bylines, chrome, chapter sizes, the intro.

Each report below is invented for these tests, in the shapes real reports come in (a news
page scraped with its navigation, a notice with its addressee and signature, a wrapped
title, a list of short items). The rules they check are general rules of Chinese report
writing; ``tests/test_gold.py`` measures the same rules on real reports.
"""

from __future__ import annotations

import re

import pytest

from audiobulletin.document import merge_short_chapters, parse
from audiobulletin.normalize import to_spoken
from audiobulletin.script import build_script
from audiobulletin.summary import key_points

P1 = (
    "3月5日上午，青川市召开防汛工作会议，市长李明出席会议并讲话，要求各地提前排查山洪"
    "地质灾害隐患点，落实转移避险责任，确保汛期人民群众生命财产安全。会议通报了去年汛期"
    "全市共转移群众1.2万人，没有发生人员伤亡。会议还听取了市水务局关于今年水库除险加固"
    "和堤防修复进展的汇报，对下一步工作作出具体安排。"
)
P2 = (
    "会议指出，今年我市汛期降雨可能偏多三成，防汛形势严峻复杂。各区县要把防汛责任落实"
    "到每一个水库、每一段堤防，抓紧修复水毁工程，在5月底前完成全部整改。市水务局要加强"
    "雨情水情监测，及时发布预警信息，做到早预警、早转移、早处置。各乡镇要组织干部逐村"
    "逐户宣传避险常识，让群众知道往哪里转、怎么转。"
)
P3 = (
    "会议要求，各部门要加强协调配合，完善应急预案，组织开展防汛演练，储备抢险物资，"
    "确保一旦发生险情能够拉得出、用得上、打得赢。市应急管理局要牵头建立汛期值班制度，"
    "严格执行领导带班和二十四小时值班，保障信息畅通。各级领导干部要靠前指挥，发现险情"
    "第一时间报告、第一时间处置，决不能因为工作不到位造成损失。"
)


def said(script) -> str:
    """Everything the bulletin says as written: intro, chapter titles and chapters."""
    parts = ["".join(script.intro.written) if script.intro else ""]
    parts += [s.chapter for s in script.segments]
    parts += ["".join(s.written) for s in script.segments]
    return "\n".join(parts)


# ----------------------------------------------------------------------------------------
# Lines become blocks
# ----------------------------------------------------------------------------------------


def test_a_title_wrapped_over_two_lines_above_blank_lines_is_one_title() -> None:
    text = (
        "青川市水务局召开防汛工作会议传达学习全省防汛抗旱工作电视电话\n"
        "会议精神并部署今年汛期各项工作\n\n\n"
        f"{P1}\n\n{P2}\n\n{P3}\n"
    )
    doc = parse(text)
    assert doc.title == (
        "青川市水务局召开防汛工作会议传达学习全省防汛抗旱工作电视电话会议精神并部署今年汛期各项工作"
    )
    script = build_script(doc)
    assert len(script.segments) == 3  # one chapter per paragraph, none for the title
    assert "共三个部分" in script.intro.spoken


def test_a_paragraph_wrapped_over_lines_between_blank_lines_is_one_paragraph() -> None:
    wrapped = "\n".join(P1[k : k + 30] for k in range(0, len(P1), 30))  # a PDF's lines
    doc = parse(f"青川防汛简报\n\n{wrapped}\n\n{P2}\n")
    paragraphs = [b.text for c in doc.chapters for b in c.blocks]
    assert paragraphs == [P1, P2]


def test_a_headline_over_a_wrapped_lead_that_opens_on_its_subject_stays_apart() -> None:
    headline = "南屏縣警察局公佈2031年第三季交通事故統計"
    lead = (
        "南屏縣警察局今日(17日)公佈,2031年第三季(7月至9月)全縣共發生3 418宗交通事故,"
        "較去年同期的3 722宗減少8.2%;事故中共有1 076人受傷,2人死亡。"
        "按事故類型劃分,車輛碰撞佔2 541宗,撞及行人的事故有214宗,較去年同期上升5.4%,"
        "值得關注。電單車涉及的事故佔整體的61.7%,警方將加強巡查。"
    )
    # a PDF's lines, no blank between: the headline reaches three quarters of the width
    wrapped = "\n".join(lead[k : k + 26] for k in range(0, len(lead), 26))
    doc = parse(f"{headline}\n{wrapped}\n")
    assert doc.title == headline
    assert [b.text for c in doc.chapters for b in c.blocks] == [lead]


def test_short_numbered_sections_each_head_a_chapter_named_by_its_heading() -> None:
    text = "\n\n".join(
        [
            "南屏市2031年1—5月经济运行情况",
            "今年以来，全市上下坚持稳中求进工作总基调，经济运行总体平稳、稳中有进。",
            "一、工业生产稳步回升\n1—5月，全市规模以上工业增加值同比增长6.8%，增速比1—4月加快"
            "0.3个百分点。38个大类行业中有29个行业增加值保持增长，增长面达76.3%。其中，"
            "电气机械和器材制造业增长18.2%，汽车制造业增长12.6%。",
            "二、固定资产投资较快增长\n1—5月，全市固定资产投资同比增长8.9%。其中，工业投资增长"
            "15.3%，基础设施投资增长7.2%，房地产开发投资下降4.6%。全市在建亿元以上项目412个，"
            "完成投资同比增长11.4%。",
            "三、消费市场持续恢复\n1—5月，全市社会消费品零售总额同比增长7.5%，比1—4月加快0.4个"
            "百分点。其中，限额以上单位商品零售额增长9.1%，网上零售额增长16.8%，新能源汽车零售额"
            "增长38.6%，增势强劲。",
        ]
    )
    script = build_script(parse(text))
    # (each section runs about twenty seconds: a listener skips to it; the opening sentence
    # only sets the scene for the first, which names the chapter)
    assert [s.chapter for s in script.segments] == [
        "工业生产稳步回升",
        "固定资产投资较快增长",
        "消费市场持续恢复",
    ]


def test_short_sections_read_as_one_chapter_are_named_after_the_first_two() -> None:
    text = "\n\n".join(
        [
            "南屏县2031年公开招聘社区工作者公告",
            "一、招聘条件\n具有南屏县户籍，年龄在18周岁以上、35周岁以下，具有大专及以上学历，"
            "身体健康，品行端正，热爱社区工作，具有较强的组织协调能力和语言文字表达能力，"
            "能熟练使用常用办公软件。",
            "二、报名方式\n6月1日至6月10日登录县人社局网站报名，逾期不予受理。",
            "三、咨询电话\n县人社局事业单位人事管理科，电话0571-88886666。",
        ]
    )
    script = build_script(parse(text))
    # (three sections too short to skip to alone: the listener hears the second is there)
    assert [s.chapter for s in script.segments] == ["招聘条件和报名方式等"]


# ----------------------------------------------------------------------------------------
# Page head: headline, site furniture, bylines, datelines
# ----------------------------------------------------------------------------------------

SCRAPED_NEWS = "\n".join(
    [
        "青川新闻网首页 新闻 县区 电子报 网站投稿",
        "  新闻 | 图片 | 视频",
        "青川召开防汛工作会议 部署汛期安全工作",
        "您当前的位置 : 青川新闻网 > 新闻中心 > 本地  来源: 青川日报 2031.03.05 20:18",
        "  青川日报青川3月5日电 题:青川召开防汛工作会议 部署汛期安全工作",
        "  青川日报记者王林、李丽",
        "  " + P1,
        "  " + P2,
        "  " + P3,
        "（完）",
        "联系我们 | 关于我们 | 免责声明 | 广告服务",
        "Copyright 2031 © 青川新闻网 版权所有",
    ]
)


def test_the_headline_is_found_below_site_navigation_and_said_once() -> None:
    script = build_script(parse(SCRAPED_NEWS))
    assert script.title == "青川召开防汛工作会议 部署汛期安全工作"
    text = said(script)
    assert text.count("部署汛期安全工作") == 1  # not repeated after 题:
    for chrome in ("首页", "您当前的位置", "免责声明", "Copyright", "版权所有", "（完）"):
        assert chrome not in text, chrome


def test_bylines_and_datelines_are_never_read_in_chapters_or_the_intro() -> None:
    script = build_script(parse(SCRAPED_NEWS))
    text = said(script)
    assert "记者王林" not in text and "3月5日电" not in text
    assert script.segments[0].written[0].startswith("3月5日上午")
    assert all("记者" not in s.chapter for s in script.segments)


@pytest.mark.parametrize(
    "byline",
    [
        "北京日报客户端 | 记者 陈雪柠",
        "新华社记者崔静、韩洁、刘羊旸",
        "记者王红茹，北京报道",
        "封面新闻记者 张海军",
        "（记者 龙敏）",
        "本报记者 王林 通讯员 李丽",
        "文/记者 王林 图/通讯员 李丽",
        "记者 王林 摄",
        "■融媒体中心记者 王林",
        "記者王小明／臺南報導",
        "记者 王林/青川报道",
        # a foreign reporter's name, its parts joined by a dot
        "新华社记者 魏晨阳 马丁·奥尔蒂斯",
    ],
)
def test_a_byline_line_is_metadata_not_a_chapter(byline: str) -> None:
    doc = parse(f"青川召开防汛工作会议\n{byline}\n{P1}\n{P2}\n")
    assert byline not in [b.text for c in doc.chapters for b in c.blocks]
    assert any(m.kind in ("author", "other") and m.text == byline for m in doc.meta)


@pytest.mark.parametrize(
    ("dateline", "rest"),
    [
        ("新华社北京1月20日电 ", P1),
        ("中新社福州10月21日电 (记者 龙敏)", P1),
        ("天气网讯 ", P1),
        ("本报讯（记者 王林）", P1),
        ("本报墨西哥城1月28日电记者张金江报道:", P1),
        ("央视网消息：", P1),
        # in brackets, as Taiwan and Hong Kong papers print it
        ("〔記者王小明／臺南報導〕", P1),
        ("【本報訊】", P1),
        ("（中央社記者王小明台北21日電）", P1),
        # a whole dateline in brackets, the outlet not an agency's name, then its reporter
        ("【青川体育在线青屿4月9日电】（记者 蔡文博）", P1),
        ("【青川日报讯4月9日电】（记者 蔡文博）", P1),
        # …or only the outlet and its reporter in brackets
        ("【本报记者 刘畅】", P1),
        ("【青川商讯网 记者 姚蓓】", P1),
        # a government's own account's news, its day wired
        ("青川发布11月5日消息，", P1),
        # a site's own with its day before 讯; an outlet's 报道 with its reporter abroad
        ("南屏新闻网1月19日讯(记者 程佳怡 通讯员 孟凡)", P1),
        ("青川在线报道（驻新德里记者 庞亚楠）：", P1),
        ("【青川网报道 记者 白雪峰】", P1),
        # a company's press release, its day and its city in brackets, in either order
        ("【2031年4月22日，中国·南屏】", P1),
        ("【中国·南屏，4月22日】", P1),
        # reporters without brackets, each name ended by a space; a bracketed source
        ("本报讯 记者王林 通讯员李丽 ", P1),
        ("本报记者 王林 ", P1),
        ("■本报记者 王林 通讯员 李丽\u3000", P1),
        ("（记者 王林）", P1),
        ("央视网消息（新闻联播）：", P1),
    ],
)
def test_a_dateline_opening_the_story_is_cut_off_and_kept_as_metadata(
    dateline: str, rest: str
) -> None:
    doc = parse(f"青川召开防汛工作会议\n{dateline}{rest}\n{P2}\n")
    assert doc.chapters[0].blocks[0].text == rest
    assert any(m.kind == "dateline" for m in doc.meta)


def test_a_publication_line_is_said_as_date_and_issuer_never_as_a_field() -> None:
    text = "\n".join(
        [
            "青川市防汛工作会议召开",
            "发布日期:2031-03-05 09:30:12  访问次数:1024  信息来源:青川市水务局",
            P1,
            P2,
        ]
    )
    script = build_script(parse(text))
    intro = "".join(script.intro.written)
    assert "2031年3月5日，青川市水务局发布" in intro
    assert "访问次数" not in intro and "发布日期" not in intro and "09:30" not in intro


def test_the_original_headline_is_not_said_again() -> None:
    text = "\n".join(["青川市防汛工作会议召开", "原标题：青川市防汛工作会议召开", P1, P2])
    script = build_script(parse(text))
    assert said(script).count("青川市防汛工作会议召开") == 1
    assert "原标题" not in said(script)


# ----------------------------------------------------------------------------------------
# Lines on the right side of a chapter border
# ----------------------------------------------------------------------------------------


def test_the_addressee_is_not_a_chapter_and_the_signature_is_not_glued_on() -> None:
    text = "\n".join(
        [
            "青川市人民政府关于做好2031年防汛工作的通知",
            "各镇、乡人民政府，市政府各部门：",
            P2,
            P3,
            "青川市人民政府",
            "2031年3月5日",
            "关于汛期值班安排的说明",
            P1,
        ]
    )
    doc = parse(text)
    script = build_script(doc)
    text_said = said(script)
    assert "各镇、乡人民政府" not in text_said
    assert any(m.kind == "addressee" for m in doc.meta)
    assert [m.kind for m in doc.meta if m.kind in ("signature", "date")] == ["signature", "date"]
    assert not any(b.text.startswith("青川市人民政府") for c in doc.chapters for b in c.blocks)


def test_a_short_list_of_items_is_one_chapter_with_its_lead_in() -> None:
    text = "\n".join(
        [
            "青川市人民医院2031年春节门诊安排",
            "根据医院统一安排，2031年春节门诊安排如下：",
            "1. 急诊内科、急诊外科：",
            "除夕至初六照常应诊；",
            "2. 眼科、口腔科：",
            "除夕至初三停诊，初四正式上班；",
            "3. 儿保科：",
            "除夕至初五停诊，初六正式上班。",
        ]
    )
    script = build_script(parse(text))
    assert len(script.segments) == 1


def test_numbered_sections_stay_chapters_and_their_sub_items_stay_inside() -> None:
    section = "（一）{}。" + P2
    text = "\n".join(
        [
            "青川市防汛工作方案",
            "一、工作目标",
            P1,
            section.format("压实责任"),
            section.format("排查隐患"),
            "二、保障措施",
            P3,
        ]
    )
    script = build_script(parse(text))
    assert [s.chapter for s in script.segments] == ["工作目标", "保障措施"]


def test_one_is_two_is_sub_heads_open_chapters_named_after_them() -> None:
    text = "\n".join(
        [
            "天河镇推进高标准农田建设",
            "一是强化组织保障。" + P2,
            "二是强化政策宣传。" + P3,
        ]
    )
    script = build_script(parse(text))
    assert [s.chapter for s in script.segments] == ["强化组织保障", "强化政策宣传"]


OPENING = "为切实做好今年防汛工作，确保人民群众生命财产安全，现就有关事项通知如下。"


def test_bold_lead_in_sub_heads_open_chapters_named_after_them() -> None:
    sections = ["加强组织领导。" + P1, "强化隐患排查。" + P2, "做好应急准备。" + P3]
    text = "\n".join(["青川市关于做好防汛工作的通知", OPENING, *sections])
    script = build_script(parse(text))
    assert [s.chapter for s in script.segments] == ["加强组织领导", "强化隐患排查", "做好应急准备"]
    # nothing lost: each sub-head is read at the start of its chapter
    assert script.segments[1].text.startswith("强化隐患排查。")


def test_short_lead_in_sections_are_merged_and_named_after_the_first() -> None:
    sections = [
        "加强组织领导。各区县要把防汛工作摆上重要议事日程，层层压实责任，确保每一座水库都有人管。",
        "强化隐患排查。各地要对山洪地质灾害隐患点、病险水库开展拉网式排查，发现问题立即整改。",
        "做好应急准备。各地要修订完善防汛应急预案，充实抢险队伍，储备足够的抢险物资。",
    ]
    script = build_script(parse("\n".join(["青川市关于做好防汛工作的通知", OPENING, *sections])))
    assert [s.chapter for s in script.segments] == ["加强组织领导"]


def test_a_story_whose_paragraphs_open_briefly_twice_keeps_its_paragraphs() -> None:
    text = "\n".join(["青川治水记", "有先例可循。" + P1, "说一个邻县的例子。" + P2, P3])
    doc = parse(text)
    assert not any(c.heading for c in doc.chapters)


def test_a_story_of_short_paragraphs_is_a_few_chapters_not_one_per_line() -> None:
    # forty paragraphs of about forty characters: 1,600 characters of a live blog
    short = [
        f"{n}时许，青川市各部门按照会议要求，连夜部署汛期值守和隐患排查工作。" for n in range(40)
    ]
    doc = parse("青川防汛快讯\n" + "\n".join(short) + "\n")
    chapters = merge_short_chapters(doc.chapters)
    assert 2 <= len(chapters) <= 8
    assert all(sum(len(b.text) for b in c.blocks) >= 150 for c in chapters[:-1])


# ----------------------------------------------------------------------------------------
# Chapter titles
# ----------------------------------------------------------------------------------------


def test_chapter_titles_are_short_distinct_and_never_numbered_or_cut_in_a_number() -> None:
    text = "\n".join(
        [
            "青川市心理援助服务通知",
            "会议指出，24小时心理咨询服务热线:400-123-4567，市民可随时拨打。" + P2,
            "会议指出，各社区要设立心理援助站，每周开放五天，为居民提供面对面咨询。" + P3,
        ]
    )
    titles = [s.chapter for s in build_script(parse(text)).segments]
    assert len(set(titles)) == len(titles)
    for title in titles:
        assert len(title) <= 16
        assert not re.search(r"[（(][一二三四五六七八九十]+[)）]$", title)
        assert not re.search(r"\d$|^小时|:$", title)
        assert not title.startswith("会议指出")


# ----------------------------------------------------------------------------------------
# The intro
# ----------------------------------------------------------------------------------------


def test_the_intro_is_a_radio_opener_within_150_characters() -> None:
    text = "\n".join(
        ["青川市召开防汛工作会议", "发布时间：2031-03-05 10:00　来源：青川市水务局", P1, P2, P3]
    )
    script = build_script(parse(text))
    intro = "".join(script.intro.written)
    assert len(re.sub(r"\s", "", intro)) <= 150
    # what this is, when and from whom, the facts, the map: in that order
    order = [intro.index(x) for x in ("青川市召开防汛工作会议", "2031年3月5日", "李明", "本期简报")]
    assert order == sorted(order)
    assert intro.count("青川市召开防汛工作会议") == 1


def test_after_a_long_title_the_key_facts_share_what_150_characters_leave() -> None:
    title = (
        "青川市人民政府办公室关于印发青川市二〇三一年城乡防汛抗旱和地质灾害防治工作实施方案的通知"
    )
    script = build_script(parse("\n".join([title, P1, P2, P3, P1.replace("3月5日", "3月9日")])))
    written = list(script.intro.written)
    points = [line for line in written[1:] if not line.startswith(("本期简报", "据"))]
    assert points, written
    assert sum(len(re.sub(r"\s", "", p)) for p in points) <= 120
    assert len(re.sub(r"\s", "", "".join(written))) <= 150
    assert written[-1].startswith("本期简报")


def test_the_intro_does_not_say_the_first_chapters_opening_sentence_word_for_word() -> None:
    script = build_script(parse("\n".join(["青川市召开防汛工作会议", P1, P2, P3])))
    opening = P1.split("。")[0] + "。"
    assert opening not in "".join(script.intro.written)


def test_a_map_of_many_chapters_names_the_first_few() -> None:
    sections = [f"{n}、第{n}项工作\n{P2}" for n in "一二三四五六七八"]
    script = build_script(parse("青川市防汛工作方案\n" + "\n".join(sections) + "\n"))
    intro = "".join(script.intro.written)
    assert "本期简报共八个部分，包括" in intro and intro.endswith("等。")
    assert "内容提要" not in intro


def test_a_page_label_above_the_headline_is_not_the_title() -> None:
    for label in ("详细信息", "通知公告", "晚间新闻 文字版 2031-03-05"):
        doc = parse("\n".join([label, "青川市召开防汛工作会议部署汛期安全工作", P1, P2]))
        assert doc.title == "青川市召开防汛工作会议部署汛期安全工作", label
        assert label in doc.dropped


def test_end_marks_editor_tags_and_bracketed_sources_end_no_chapter() -> None:
    last = P3 + "(完)【编辑:周明】"
    warning = P2 + "(预警信息来源:青川市气象台)"
    script = build_script(parse("\n".join(["青川市发布暴雨预警", P1, warning, last])))
    text = said(script)
    assert "(完)" not in text and "编辑" not in text and "预警信息来源" not in text
    assert text.count("决不能因为工作不到位造成损失。") == 1


def test_a_news_outlet_reports_and_an_office_issues() -> None:
    news = "".join(build_script(parse(SCRAPED_NEWS)).intro.written)
    assert "据青川日报报道" in news
    office = "\n".join(["青川市防汛工作会议召开", "来源：青川市水务局", P1, P2])
    assert "青川市水务局发布" in "".join(build_script(parse(office)).intro.written)


def test_a_table_of_contents_is_not_read_but_the_sections_it_lists_are() -> None:
    contents = ["1 总则", "1.1 编制目的", "1.2 适用范围", "2 组织体系", "2.1 指挥机构",
                "3 预警", "3.1 信息监测", "4 附则"]  # fmt: skip
    text = "\n".join(["青川县防汛应急预案", *contents, "1 总则", "1.1 编制目的", P1, P2])
    doc = parse(text)
    toc = [m.text for m in doc.meta if m.kind == "toc"]
    assert toc == contents
    script = build_script(doc)
    assert "2.1 指挥机构" not in said(script) and "1.1 编制目的" in said(script)
    assert any("未朗读（目录）" in w for w in script.warnings)


def test_photo_captions_credits_and_calls_to_subscribe_are_not_read() -> None:
    text = "\n".join(
        [
            "青川江迎来今年首次洪峰",
            P1,
            "无人机拍下的青川江洪峰。青川日报网页",
            P2 + "(青川镇王林)",
            "请订阅青川日报客户端，支持我们的工作。",
        ]
    )
    text_said = said(build_script(parse(text)))
    for furniture in ("无人机拍下", "网页", "王林", "订阅"):
        assert furniture not in text_said, furniture


def test_an_items_grade_in_brackets_after_its_sentence_is_read_not_taken_for_a_credit() -> None:
    text = "\n".join(
        [
            "青川县水利局关于汛前安全隐患排查情况的通报",
            "一、青川水库溢洪道内设置拦鱼网，汛前必须拆除。（重大隐患）",
            "二、东河堤防背水坡有散浸现象，应立即处置。（较大隐患）",
            "三、水尺刻度模糊不清，限期更换。(一般问题)",
            P2 + "(青川镇王林)",
        ]
    )
    text_said = said(build_script(parse(text)))
    for grade in ("重大隐患", "较大隐患", "一般问题"):
        assert grade in text_said, grade
    assert "王林" not in text_said


def test_a_section_heading_after_a_short_list_item_starts_its_own_section() -> None:
    text = "\n".join(
        [
            "青川市人民医院公开招聘公告",
            "二、报名条件",
            "（一）年龄在35周岁以下；",
            "（二）具有本科学历。",
            "三、报名方式",
            P2,
        ]
    )
    headings = [c.heading for c in parse(text).chapters]
    assert "三、报名方式" in headings


@pytest.mark.parametrize(
    "chrome",
    [
        "上一篇：青川市召开春耕生产工作会议",
        "相关阅读",
        "扫一扫在手机打开当前页",
        "【打印】【关闭】",
        "【我要纠错】",
        "主办单位：青川市人民政府办公室",
        "京公网安备11010502000001号",
        "地址：青川市滨江路18号 邮编：610300 联系电话：0816-1234567",
    ],
)
def test_page_furniture_after_the_story_is_not_read(chrome: str) -> None:
    doc = parse("\n".join(["青川市召开防汛工作会议", P1, P2, chrome]))
    assert chrome in doc.dropped


def test_a_sub_head_wrapped_over_two_lines_is_one_heading() -> None:
    text = "\n".join(
        [
            "青川市防汛工作意见",
            "一、关于进一步加强汛期山洪地质",
            "灾害防御工作的意见",
            P1,
            "二、保障措施",
            P2,
        ]
    )
    doc = parse(text)
    assert doc.chapters[0].heading == "一、关于进一步加强汛期山洪地质灾害防御工作的意见"
    assert doc.chapters[0].blocks[0].text == P1  # the heading's second line is not body


def test_with_only_the_original_headline_that_is_the_title() -> None:
    doc = parse("\n".join(["原标题：青川召开防汛会议", P1, P2]))
    assert doc.title == "青川召开防汛会议"
    assert "原标题" not in said(build_script(doc))


def test_a_key_point_that_only_rewords_the_headline_gives_way_to_a_fact() -> None:
    script = build_script(parse("\n".join(["青川召开防汛会议", P1, P2])))
    intro = "".join(script.intro.written)
    assert "青川市召开防汛工作会议。" not in intro  # the headline again, nearly word for word
    assert "1.2万人" in intro
    assert not any(s.chapter == "青川市召开防汛工作会议" for s in script.segments)


def test_a_numbered_list_of_attachments_is_not_read_but_an_attachment_heading_is() -> None:
    text = "\n".join(
        [
            "青川市人民政府关于口岸区范围的批复",
            P1,
            "附件1.口岸区界址点坐标",
            "2.大桥桥面界址点坐标",
            "附件1.关于口岸区管理的说明",
            P2,
        ]
    )
    doc = parse(text)
    annex = [m.text for m in doc.meta if m.kind == "annex"]
    assert annex == ["附件1.口岸区界址点坐标", "2.大桥桥面界址点坐标"]
    assert "附件1.关于口岸区管理的说明" in said(build_script(doc))


def test_a_date_the_title_has_just_said_is_not_said_again() -> None:
    text = "\n".join(["青川财经早报2031年3月5日星期三", "发布时间：2031-03-05 07:00", P1, P2])
    intro = "".join(build_script(parse(text)).intro.written)
    assert intro.count("2031年3月5日") == 1


def test_the_intro_does_not_say_most_of_the_opening_sentence_either() -> None:
    lead = "日前，记者从青川市水务局了解到，立足防大汛、抢大险，我市扎实做好各项防汛准备工作。"
    script = build_script(parse("\n".join(["青川全力迎汛", lead + P2, P3])))
    intro = "".join(script.intro.written)
    assert "立足防大汛、抢大险，我市扎实做好各项防汛准备工作" not in intro


def test_an_observatory_issues_and_a_paper_reports() -> None:
    office = "\n".join(["青川市暴雨预警", "来源：青川市气象台", P1, P2])
    assert "青川市气象台发布" in "".join(build_script(parse(office)).intro.written)


def test_a_document_number_that_lost_its_bracket_and_its_hao_is_still_not_read() -> None:
    text = "\n".join(["青川县人民政府办公室关于印发防汛预案的通知", "青政办发〔203146", P1, P2])
    doc = parse(text)
    assert ("docno", "青政办发〔203146") in [(m.kind, m.text) for m in doc.meta]
    assert "203146" not in said(build_script(doc))


def test_an_annex_after_the_signature_is_a_chapter_of_its_own_even_when_short() -> None:
    """A notice ends at its signature and date (a bracketed note may sit between them,
    and the date may have lost its 年月日); the annex printed after it is another
    document, so the two are never merged into one chapter."""
    text = "\n".join(
        [
            "青川县人民政府办公室关于印发青川县防汛应急预案的通知",
            "各乡镇人民政府，县级有关部门：",
            "经县人民政府同意，现将《青川县防汛应急预案》印发给你们，请认真贯彻执行。",
            "青川县人民政府办公室",
            "（此件公开发布）",
            "{ 2031 6 23",
            "青川县防汛应急预案",
            "1 总则",
            "1.1 编制目的",
            "做好汛期各项准备，建立健全防汛应急机制，提高应对洪涝灾害的能力，"
            "保障人民群众生命财产安全，减少洪涝灾害损失，维护社会稳定。",
        ]
    )
    doc = parse(text)
    kinds = [(m.kind, m.text) for m in doc.meta]
    assert ("signature", "青川县人民政府办公室") in kinds and ("date", "{ 2031 6 23") in kinds
    chapters = merge_short_chapters(doc.chapters)
    assert len(chapters) == 2
    assert (chapters[1].heading or chapters[1].blocks[0].text).startswith("青川县防汛应急预案")
    assert [c.part for c in chapters] == [0, 1]


def test_the_copy_to_and_printed_lines_after_the_signature_are_not_read() -> None:
    text = "\n".join(
        [
            "青川县防汛工作通知",
            P1,
            P2,
            "青川县人民政府",
            "2031年6月23日",
            "抄送：县委办公室，县人大常委会办公室。",
            "青川县人民政府办公室　　　　2031年6月23日印发",
        ]
    )
    doc = parse(text)
    chapters = merge_short_chapters(doc.chapters)
    assert all(len("".join(b.text for b in c.blocks)) > 60 for c in chapters)
    script = build_script(doc)
    assert "抄送" not in said(script) and "印发" not in said(script)
    assert "2031年6月23日，青川县人民政府发布" in "".join(script.intro.written)


def test_the_annex_title_above_its_table_of_contents_is_read() -> None:
    contents = ["总则", "1.1 编制目的", "1.2 适用范围", "2.1 指挥机构", "2.2 办事机构",
                "3.1 信息监测", "4 附则"]  # fmt: skip
    text = "\n".join(["青川县人民政府办公室关于印发应急预案的通知", P1,
                      "青川县防汛应急预案", *contents, "1 总则", "1.1 编制目的", P2])  # fmt: skip
    doc = parse(text)
    assert [m.text for m in doc.meta if m.kind == "toc"] == contents
    assert "青川县防汛应急预案" in said(build_script(doc))


def test_a_legend_label_and_a_long_caption_ending_in_its_credit_are_not_read() -> None:
    text = "\n".join(
        [
            "青川县发布暴雨蓝色预警",
            P1,
            "图例",
            "青川县气象台雷达回波图显示，强降雨云团正向县城移动，可见其影响范围较大。气象台网页",
            P2,
        ]
    )
    text_said = said(build_script(parse(text)))
    assert "图例" not in text_said and "雷达回波图" not in text_said


@pytest.mark.parametrize(
    "links",
    ["青川县助学金申请办法青川县助学金申请表", "青川县助学金申请办法.docx", "2031年报名登记表"],
)
def test_a_last_line_that_only_names_forms_to_download_is_not_read(links: str) -> None:
    doc = parse("\n".join(["青川县助学金申请办法", P1, P2, links]))
    assert ("annex", links) in [(m.kind, m.text) for m in doc.meta]
    assert links not in said(build_script(doc))


def test_a_last_sentence_naming_a_form_is_still_read() -> None:
    last = "申请人请到镇政府领取申请表。"
    doc = parse("\n".join(["青川县助学金申请办法", P1, P2, last]))
    assert last in said(build_script(doc))


def test_an_issuer_with_a_bracketed_office_is_said_whole() -> None:
    text = "\n".join(["关于做好2031年防汛值班的通知", "来源：水务局（防汛办公室）", P1, P2])
    intro = "".join(build_script(parse(text)).intro.written)
    assert "水务局（防汛办公室）发布" in intro


def test_paragraphs_a_scraper_joined_into_one_line_with_spaces_are_paragraphs_again() -> None:
    text = "\n".join(["青川市召开防汛工作会议", " ".join([P1, P2, P3])])
    doc = parse(text)
    paragraphs = [b.text for c in doc.chapters for b in c.blocks]
    assert paragraphs == [P1, P2, P3]


def test_a_short_line_with_a_space_after_a_sentence_stays_one_paragraph() -> None:
    line = "会议要求各地提前排查隐患。 各乡镇要落实转移避险责任。"
    doc = parse("\n".join(["青川市召开防汛工作会议", P1, line]))
    assert line in [b.text for c in doc.chapters for b in c.blocks]


def test_the_office_the_title_opens_with_is_not_named_again_as_the_issuer() -> None:
    text = "\n".join(
        ["青川市人民政府关于做好防汛工作的通知", P1, P2, "青川市人民政府", "2031年3月5日"]
    )
    intro = "".join(build_script(parse(text)).intro.written)
    assert intro.count("青川市人民政府") == 1
    assert "2031年3月5日发布" in intro


@pytest.mark.parametrize(
    ("lead", "closes_the_story"),
    [
        ("据统计，此次召回涉及车辆两千辆。其具体召回计划如下：", True),
        ("为深刻吸取事故教训，特提出如下要求：", False),
    ],
)
def test_a_lead_in_before_long_items_closes_the_story_unless_it_states_a_purpose(
    lead: str, closes_the_story: bool
) -> None:
    items = [
        "一、自即日起，召回2030年生产的部分青川牌电动自行车，共计一千二百辆。" + P1,
        "二、自即日起，召回2031年生产的部分青川牌电动三轮车，共计八百辆。" + P2,
    ]
    text = "\n".join(["青川县通报", P3, lead, *items])
    chapters = merge_short_chapters(parse(text).chapters)
    assert [c.blocks[0].text[:2] for c in chapters][1:] == (
        ["一、", "二、"] if closes_the_story else ["为深", "二、"]
    )
    assert (chapters[0].blocks[-1].text == lead) == closes_the_story


def test_field_lines_under_a_section_heading_stay_in_its_chapter() -> None:
    text = "\n".join(
        [
            "青川县防汛物资采购公告",
            P1,
            "六、采购文件的领取",
            "采购文件领取时间：2031年7月11日起至7月18日止",
            "采购文件领取方式：现场领取",
            "采购文件领取地点：青川县政府采购中心",
            "投标人须提供营业执照副本、法定代表人身份证明和近三年的财务报表，并加盖公章。",
        ]
    )
    chapters = parse(text).chapters
    assert chapters[-1].heading == "六、采购文件的领取"
    assert [b.text[:8] for b in chapters[-1].blocks][:3] == [
        "采购文件领取时间", "采购文件领取方式", "采购文件领取地点"
    ]  # fmt: skip


def test_a_short_opening_before_a_section_that_stands_alone_is_a_chapter_of_its_own() -> None:
    section = ["三、出题要求与时间安排：", "1." + P1, "2." + P2]
    text = "\n".join(
        [
            "青川中学期中考试通知",
            "经学校研究，本学期期中考试由学校自主命题。",
            "一、考试时间：第十周（11月7日至9日）",
            "二、考试科目：语文、数学、英语、物理、化学、生物",
            *section,
        ]
    )
    chapters = merge_short_chapters(parse(text).chapters)
    assert len(chapters) == 2
    assert chapters[1].heading == "三、出题要求与时间安排："


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("来源：青川市水务局", "青川市水务局"),
        ("（预警信息来源：青川县气象台）", "青川县气象台"),
        ("文章来源: 水务局（防汛办公室）", "水务局（防汛办公室）"),
        ("来源：", None),
        ("来源：临河新闻网 参与互动", "临河新闻网"),
        ("来源：临河日报 评论(0)", "临河日报"),
        ("来源：临河日报 | 记者 王平 | 编辑 李珊", "临河日报"),
        ("来源：临河晚报　作者：赵一", "临河晚报"),
        ("来源：汽车周刊 阅读 8.6万 分享到", "汽车周刊"),
        ("来源：汽车周刊   阅读 8.6万", "汽车周刊"),
        ("来源：《青川日报》", "青川日报"),
        ("来源：青川市不动产登记中心 【大】【中】【小】", "青川市不动产登记中心"),
        # who to call there, the note that its figures are for reference, the figures it
        # gathered: none of them the source's name
        ("数据来源:青川农产品批发市场信息中心 咨询电话:0537-8765221", "青川农产品批发市场信息中心"),
        ("（数据来源：青川禽业信息网监测数据，仅供参考）", "青川禽业信息网"),
        # the day and the page it was printed on
        ("来源：青川日报 2031年03月19日 第01版", "青川日报"),
        ("来源：青川晚报 第A3版", "青川晚报"),
        # the office's name in Portuguese after its own
        ("消息來源: 文化局 Instituto Cultural", "文化局"),
        # a warning's other fields after a semicolon
        ("（预警发布单位：南屏县气象台；签发：陈远；预报员：林楠 许文）", "南屏县气象台"),
        # a source that only points back at the page: no name a listener can place
        ("来源:本站", None),
        ("来源：本站原创", None),
        ("信息来源：本网", None),
    ],
)
def test_the_source_line_gives_one_name_to_the_intro_the_mp3_and_the_wav(
    line: str, name: str | None
) -> None:
    from audiobulletin.script import source_name

    assert source_name(line) == name


def test_the_first_sentence_cut_to_its_head_stops_at_its_colon() -> None:
    text = "\n".join(
        [
            "青川县发布暴雨黄色预警",
            "青川县气象台2031年7月3日10时发布暴雨黄色预警信号：受低涡切变影响，预计未来二十四"
            "小时内我县大部地区将出现暴雨，局部大暴雨，并伴有雷电和短时大风，请注意防范。",
            "请各乡镇做好山洪、滑坡等灾害的防范工作，加强巡查，及时转移危险区域群众。",
        ]
    )
    intro = "".join(build_script(parse(text)).intro.written)
    assert "受低涡切变影响。" not in intro


def test_the_map_does_not_name_again_what_a_key_point_has_just_said() -> None:
    text = "\n".join(
        [
            "青川市水务局召开局务会议传达学习全省水利工作会议精神",
            "5月8日，市水务局党组书记、局长王青山主持召开局务会议，传达学习全省水利工作会议精神。"
            + P1,
            "会议要求，" + P2,
            "会议强调，" + P3,
        ]
    )
    script = build_script(parse(text))
    intro = "".join(script.intro.written)
    names = [s.chapter for s in script.segments]
    said_in_points, the_map = intro.rsplit("本期简报", 1)
    for name in names:
        if name in said_in_points.split("\n", 1)[-1]:
            assert name not in the_map, (name, intro)


def test_the_map_names_as_many_chapters_as_the_facts_leave_room_for() -> None:
    text = "\n".join(
        [
            "青川市水务局召开党组会议传达学习全省水利工作会议和全省防汛抗旱工作会议精神",
            "2031年5月9日",
            "5月8日，市水务局党组书记、局长王青山主持召开党组会议，传达学习全省水利工作会议精神。",
            "一、加快水库除险加固",
            P1,
            "二、落实防汛工作责任",
            P2,
            "三、抓好农村供水保障",
            P3,
            "四、强化河湖日常管理",
            P1.replace("3月5日", "3月8日"),
            "五、严肃工作纪律作风",
            P2.replace("2031", "2030"),
        ]
    )
    script = build_script(parse(text))
    written = script.intro.written
    the_map = written[-1]
    assert the_map.startswith("本期简报共五个部分，包括")
    names = the_map.removeprefix("本期简报共五个部分，包括").removesuffix("等。").split("、")
    assert len(names) >= 2, written  # not one name where more fit
    assert len(re.sub(r"\s", "", "".join(written))) <= 150
    # and as many as fit: one more name would take the intro past 150 characters
    chapters = [segment.chapter for segment in script.segments]
    assert names == chapters[: len(names)], (names, chapters)
    more = "".join(written) + "、" + chapters[len(names)]
    assert len(re.sub(r"\s", "", more)) > 150, written


def test_a_headline_s_trailing_dash_is_not_said() -> None:
    text = "\n".join(["青川市如何把水库管好——", P1, P2])
    assert build_script(parse(text)).intro.written[0] == "青川市如何把水库管好。\n"


PAGE = "\n".join(
    [
        "首页 > 新闻中心 > 本地要闻",
        "青川新闻网",
        "青川市今年新增城镇就业2.3万人",
        "2031-06-05 08:15:32　来源：青川日报　作者：李明　【字号：大 中 小】　浏览次数：1234",
        "本报讯（记者 李明）记者从市人社局获悉，今年1至5月，全市城镇新增就业2.3万人，"
        "完成全年目标任务的52%，城镇登记失业率控制在3.1%以内。",
        "据介绍，市人社局累计举办线上线下招聘会126场，提供就业岗位4.8万个。同时，全市发放"
        "创业担保贷款3.2亿元，扶持创业1860人，带动就业5400余人。",
        "【打印本页】【关闭窗口】",
    ]
)


def test_a_page_stamp_before_the_fields_of_a_news_page_is_never_read() -> None:
    doc = parse(PAGE)
    script = build_script(doc)
    said = "".join(s.text for s in script.segments) + "".join(script.intro.written)
    for chrome in ("08:15", "浏览次数", "字号", "打印本页", "关闭窗口", "作者"):
        assert chrome not in said, chrome
    assert doc.date == "2031-06-05"
    assert "据青川日报" in "".join(script.intro.written)


def test_a_site_name_above_the_headline_is_not_part_of_the_title() -> None:
    assert parse(PAGE).title == "青川市今年新增城镇就业2.3万人"


@pytest.mark.parametrize(
    "head",
    ["青川：一季度地区生产总值增长6.2%", "李明：让每一座水库都安全度汛"],
    ids=["place", "speaker"],
)
def test_a_headline_led_by_its_place_or_speaker_is_the_title(head: str) -> None:
    script = build_script(parse("\n".join([head, "发布时间：2031-03-05 10:00", P1, P2])))
    assert script.title == head
    assert head not in script.segments[0].text  # said once, as the title


def test_a_page_field_above_the_headline_is_not_the_title() -> None:
    text = "\n".join(["栏目：本地要闻", "青川市召开防汛工作会议", "发布时间：2031-03-05 10:00", P1])
    assert parse(text).title == "青川市召开防汛工作会议"


def test_a_site_s_name_above_an_official_title_is_not_part_of_it() -> None:
    text = "青川市人民政府门户网站\n关于做好防汛工作的通知\n各区县人民政府：\n" + P1
    assert parse(text).title == "关于做好防汛工作的通知"


def test_a_signed_notice_is_said_to_be_issued_by_its_signature() -> None:
    text = "\n".join(
        [
            "关于做好防汛工作的通知",
            "发布时间：2031-06-03 09:12　来源：青川市水务局",
            "各区县人民政府：",
            P1,
            "青川市人民政府办公室",
            "青川市防汛抗旱指挥部",
            "2031年6月1日",
        ]
    )
    intro = "".join(build_script(parse(text)).intro.written)
    assert "2031年6月1日，青川市人民政府办公室、青川市防汛抗旱指挥部发布" in intro


def test_a_company_s_board_signing_under_its_name_is_one_issuer() -> None:
    text = "\n".join(
        [
            "南屏电子股份有限公司关于签订重大合同的公告",
            P1,
            "南屏电子股份有限公司",
            "董事会",
            "2031年3月12日",
        ]
    )
    intro = "".join(build_script(parse(text)).intro.written)
    assert "南屏电子股份有限公司董事会发布" in intro


def test_an_issuer_wrapped_above_the_rest_of_its_title_stays_in_it() -> None:
    text = "青川市人民政府\n关于做好防汛工作的通知\n各区县人民政府：\n" + P1
    assert parse(text).title == "青川市人民政府关于做好防汛工作的通知"


def test_an_opening_clause_that_repeats_the_headline_gives_way_to_the_facts_after_it() -> None:
    text = "\n".join(
        [
            "青川市今年新增城镇就业2.3万人",
            "记者从市人社局获悉，今年1至5月，全市城镇新增就业2.3万人，"
            "完成全年目标任务的52%，城镇登记失业率控制在3.1%以内。",
            P2,
        ]
    )
    intro = "".join(build_script(parse(text)).intro.written)
    assert "完成全年目标任务的52%" in intro


WARNING = "\n".join(
    [
        "青川市气象台发布台风橙色预警信号",
        "发布日期:2031-08-12 10:30:00 访问次数:356 信息来源:青川市气象台",
        "青川市气象台2031年8月12日10时30分发布台风橙色预警信号：今年第9号台风“海燕”"
        "今天10时中心位于青川市东南方约320公里的海面上，预计13日凌晨到上午在我市沿海登陆。"
        "受其影响，12日夜间到14日我市将有10～12级大风，并伴有暴雨到大暴雨。",
        "防御指南：",
        "1.政府及相关部门按照职责做好防台风抢险应急工作；",
        "2.停止室内外大型集会、停课、停业（除特殊行业外）；",
        "3.相关应急处置部门和抢险单位加强值班，密切监视灾情，落实应对措施；",
        "4.相关水域水上作业和过往船舶应当回港避风，加固港口设施，防止船舶走锚、搁浅和碰撞；",
        "5.加固或者拆除易被风吹动的搭建物，人员切勿随意外出，危房人员及时转移。",
    ]
)


@pytest.mark.parametrize(
    ("opening", "said"),
    [
        # the head clause is the title again: the day stays with the facts after it
        (
            "4月2日，青川市召开汛前安全检查工作会议，部署全市水库和堤防隐患排查工作，确保安全度汛。",
            "4月2日，部署全市水库和堤防隐患排查工作",
        ),
        # the head clause is news: the day and the part of the day stay with it
        (
            "5月18日下午，青川市水务局党组召开专题会议，研究部署汛前隐患排查工作，明确责任分工。",
            "5月18日下午，青川市水务局党组召开专题会议",
        ),
    ],
    ids=["after-the-title-again", "with-its-head-clause"],
)
def test_the_intro_keeps_the_day_the_opening_sentence_gives(opening: str, said: str) -> None:
    text = "\n".join(["青川市召开汛前安全检查工作会议", "2031年4月6日", opening, P2, P3])
    intro = "".join(build_script(parse(text)).intro.written)
    assert said in intro


def test_a_warning_s_intro_says_the_facts_after_the_line_that_repeats_its_title() -> None:
    script = build_script(parse(WARNING))
    points = "".join(script.intro.written[2:-1])
    assert "海燕" in points
    assert "10时30分发布" not in points


def test_a_chapter_is_never_named_after_a_clause_that_goes_on_from_another() -> None:
    titles = [s.chapter for s in build_script(parse(WARNING)).segments]
    assert not any(t.startswith(("于", "并", "受其影响", "10时")) for t in titles), titles


def test_a_notice_s_intro_gives_its_deadline() -> None:
    text = "\n".join(
        [
            "青川市第一人民医院2031年公开招聘工作人员公告",
            "根据《青川市事业单位公开招聘人员实施办法》，经市人社局批准，青川市第一人民医院面向"
            "社会公开招聘工作人员45名。现将有关事项公告如下：",
            "一、招聘岗位",
            "本次招聘临床医师30名、护理人员12名、医技人员3名，具体岗位及要求详见附件。",
            "二、报名时间",
            "报名时间：2031年3月1日9:00至3月10日17:00。逾期不再受理。",
        ]
    )
    intro = "".join(build_script(parse(text)).intro.written)
    assert "45名" in intro
    assert "报名时间" in intro


def test_a_label_that_opens_a_list_starts_a_chapter_with_its_items() -> None:
    script = build_script(parse(WARNING))
    assert len(script.segments) == 2
    assert script.segments[1].text.startswith("防御指南：")
    assert script.segments[1].chapter == "防御指南"


def test_an_opening_clause_that_only_says_who_announced_is_not_a_key_point() -> None:
    text = "\n".join(
        [
            "青川市推动社区养老服务",
            "青川市民政局26日宣布，今年将在全市增设30处社区照顾关怀据点，预计服务长者超过2000人，"
            "总经费约1.2亿元。",
            P2,
        ]
    )
    intro = list(build_script(parse(text)).intro.written)
    assert not any(line.rstrip("。\n").endswith("宣布") for line in intro), intro


@pytest.mark.parametrize(
    ("opening", "said", "unsaid"),
    [
        (
            "青川市水务局通报称，在近期开展的汛前检查中，全市共有3座水库存在安全隐患，"
            "已责令限期整改。",
            "青川市水务局通报称，全市共有3座水库存在安全隐患",
            "在近期开展的汛前检查中",
        ),
        (
            "会议指出，在新的形势下，全市各级各部门要把防汛工作摆在更加突出的位置，确保安全度汛。",
            "",
            "会议指出",
        ),
    ],
    ids=["named-source", "unnamed-source"],
)
def test_the_opening_cut_to_its_head_keeps_who_says_it_when_it_names_them(
    opening: str, said: str, unsaid: str
) -> None:
    text = "\n".join(["青川市开展汛前水库安全检查", opening + P3, P1])
    intro = "".join(build_script(parse(text)).intro.written)
    assert said in intro  # "" where the head may give way to another fact
    assert unsaid not in intro


def test_a_single_attachment_named_above_the_signature_is_not_read() -> None:
    text = "\n".join(
        [
            "关于召开全市农业农村工作会议的通知",
            "各区县农业农村局：",
            "经研究，定于2031年1月18日召开全市农业农村工作会议。" + P1,
            "请各单位于1月15日17:00前将参会人员回执报市局办公室。",
            "附件：参会回执",
            "青川市农业农村局",
            "2031年1月10日",
        ]
    )
    script = build_script(parse(text))
    assert "参会回执" not in "".join(s.text for s in script.segments).replace("参会人员回执", "")


STATS = "\n".join(
    [
        "2030年青川市国民经济和社会发展统计公报",
        "青川市统计局",
        "2031年3月18日",
        "2030年，面对复杂严峻的外部环境，在市委、市政府的坚强领导下，全市经济运行总体平稳。",
        "一、综合",
        "初步核算，全年地区生产总值2865.4亿元，比上年增长5.6%。其中，第一产业增加值186.2亿元，"
        "增长3.1%；第二产业增加值1124.7亿元，增长6.2%；第三产业增加值1554.5亿元，增长5.4%。",
        "二、农业",
        "全年粮食播种面积186.3千公顷，粮食总产量112.5万吨，增长2.3%。",
        "表1  2030年主要农产品产量及其增长速度",
        "产品名称\t单位\t产量\t比上年增长（%）",
        "粮食\t万吨\t112.5\t2.3",
        "油料\t万吨\t8.6\t-1.5",
        "蔬菜\t万吨\t356.8\t4.2",
        "三、工业",
        "全年规模以上工业增加值比上年增长7.1%。规模以上工业企业实现利润总额215.6亿元，增长9.8%。"
        "全年新增规模以上工业企业四十二家。",
    ]
)


def test_the_issuer_above_the_date_under_a_title_is_who_issued_it_not_the_title() -> None:
    script = build_script(parse(STATS))
    assert script.title == "2030年青川市国民经济和社会发展统计公报"
    assert "2031年3月18日，青川市统计局发布" in "".join(script.intro.written)


_SOURCE_LINES = "\n\n来源：临河日报 | 作者：林晓雯\n2032-12-03 09:15:22\n"


@pytest.mark.parametrize(
    ("first", "second", "gap"),
    [
        # a quoted name ends the first clause; the page's source lines close the headline
        (
            "临河市2033年起全面推行“15分钟养老服务圈”",
            "首批建设社区嵌入式养老服务站86个",
            _SOURCE_LINES,
        ),
        # the second opens with when or how much, in a report of blank-line paragraphs
        ("临河市举行2032年国民经济运行情况新闻发布会", "全年地区生产总值突破6000亿元", "\n\n"),
        (
            "临河市举行2032年国民经济运行情况新闻发布会",
            "全年地区生产总值突破6000亿元",
            _SOURCE_LINES,
        ),
    ],
)
def test_a_headline_s_second_clause_on_its_own_line_is_heard_after_a_pause(
    first: str, second: str, gap: str
) -> None:
    text = f"{first}\n{second}{gap}{P1}\n\n{P2}"
    script = build_script(parse(text))
    assert script.title == f"{first} {second}"
    assert script.intro is not None
    assert f"{to_spoken(first).text}，{to_spoken(second).text}" in script.intro.spoken


def test_a_headline_led_by_its_theme_and_a_colon_is_the_title_whole() -> None:
    text = "\n".join(
        ["3亿吨大港背后：临河港的“智慧”新答卷", "2032年12月03日 16:42 来源：临河日报", P1, P2]
    )
    assert build_script(parse(text)).title == "3亿吨大港背后：临河港的“智慧”新答卷"


def test_a_task_group_that_signs_a_report_under_its_wrapped_title_is_not_the_title() -> None:
    text = "\n".join(
        ["关于临河县2032年度农村饮水安全巩固提升", "工程实施情况的调研报告", "",
         "临河县人民代表大会常务委员会调研组", "（2033年3月12日）", "", P1, P2]
    )  # fmt: skip
    script = build_script(parse(text))
    assert script.title == "关于临河县2032年度农村饮水安全巩固提升工程实施情况的调研报告"
    assert "临河县人民代表大会常务委员会调研组发布" in "".join(script.intro.written)


def test_a_numbered_table_is_read_with_the_section_above_it() -> None:
    chapters = [s.chapter for s in build_script(parse(STATS)).segments]
    # (the short section after it read with it, and named with it: 农业和工业)
    assert any(c.startswith("农业") for c in chapters), chapters
    assert not any(c.startswith(("表1", "表格")) for c in chapters), chapters


def test_a_chapter_is_never_named_after_a_clause_that_only_sets_the_scene() -> None:
    chapters = [s.chapter for s in build_script(parse(STATS)).segments]
    assert not any(c.startswith(("面对", "在市委")) for c in chapters), chapters


CONTEST = "\n".join(
    [
        "关于举办2031年青川市青年创新创业大赛的通知",
        "各有关单位、高校：",
        "为激发青年创新创业热情，营造良好的创新创业氛围，经研究，决定举办2031年青川市青年创新"
        "创业大赛。现将有关事项通知如下。",
        "时间：2031年5月20日至6月30日",
        "地点：青川市科技创新中心",
        "参赛对象：年龄在18至40周岁之间的青年创业者及团队",
        "奖项设置：设一等奖3名，各奖励10万元；二等奖5名，各奖励5万元；三等奖10名，各奖励2万元。",
        "报名方式：请于2031年5月10日前登录大赛官网报名，咨询电话：0571-86001234。",
        "共青团青川市委员会",
        "2031年4月15日",
    ]
)


def test_an_event_notice_s_intro_says_when_and_where() -> None:
    intro = "".join(build_script(parse(CONTEST)).intro.written)
    assert "2031年5月20日至6月30日" in intro
    assert "青川市科技创新中心" in intro


def test_a_chapter_is_never_named_after_the_tail_of_a_purpose() -> None:
    chapters = [s.chapter for s in build_script(parse(CONTEST)).segments]
    assert "营造良好的创新创业氛围" not in chapters


PRICES = "\n".join(
    [
        "品种\t规格\t本期均价\t上期均价\t环比",
        "籼米\t二级\t2.85\t2.85\t0.00%",
        "面粉\t特一粉\t3.20\t3.20\t--",
        "猪肉③\t精瘦肉\t13.50\t14.14\t-4.53%",
        "鸡蛋\t散装鲜蛋\t5.80\t5.60\t+3.57%",
        "黄瓜\t新鲜一级\t3.20\t3.85\t-16.88%",
    ]
)


def test_a_report_that_is_only_a_table_of_changes_has_an_intro_saying_what_it_shows() -> None:
    intro = "".join(build_script(parse(PRICES)).intro.written)
    assert "表中共5项，1项上涨、2项下降、2项持平" in intro
    assert "降幅最大的是黄瓜，下降16.88%" in intro
    assert "涨幅最大的是鸡蛋，上涨3.57%" in intro


CSV_PRICES = "\n".join(
    [
        "青川市本周主要农产品价格",
        "单位：元/公斤",
        "品种,本周价格,上周价格,环比涨跌(%)",
        "大米,5.60,5.60,0.00",
        "面粉,4.20,4.20,-0.00",
        "猪肉,26.40,27.80,-5.04",
        "白菜,2.40,2.00,20.00",
        "注：价格为城区3个农贸市场均价。",
    ]
)


def test_a_table_pasted_as_comma_separated_rows_is_read_by_its_header() -> None:
    script = build_script(parse(CSV_PRICES))
    spoken = "".join(s.spoken for s in script.segments)
    assert "品种：猪肉，本周价格：二十六点四元每公斤" in spoken, spoken
    assert "环比涨跌：持平" in spoken  # -0.00
    intro = "".join(script.intro.written)
    # the column's figures are percentages though the cells say only 5.04
    assert "降幅最大的是猪肉，下降5.04%" in intro, intro
    assert "涨幅最大的是白菜，上涨20%" in intro, intro
    assert "注：" not in intro  # a note on how to read the table is no key fact


@pytest.mark.parametrize(
    "prose",
    [
        "初步测算,2015年全县地区生产总值244394万元,比上年增长13.1%。\n"
        "其中,第一产业增加值62857万元,同比增长6.3%。\n"
        "第三产业增加值115952万元,同比增长18.0%。",
        "张三,李四,王五\n赵六,钱七\n孙八,周九,吴十,郑十一",  # names, no figures, uneven
    ],
)
def test_lines_with_ascii_commas_are_no_table_unless_rows_of_figures(prose: str) -> None:
    doc = parse("青川县统计公报\n" + prose + "\n")
    assert not [b for c in doc.chapters for b in c.blocks if b.table is not None]


GROUPED_PRICES = "\n".join(
    [
        "品名\t类别\t本期均价\t上期均价\t环比",
        "籼米\t粮食\t2.85\t2.85\t--",
        "面粉\t粮食\t3.20\t3.20\t0.00%",
        "菜籽油\t食用油\t71.90\t71.90\t--",
        "调和油\t食用油\t66.90\t66.90\t--",
        "猪肉\t肉禽蛋\t13.50\t14.14\t-4.53%",
        "鸡蛋\t肉禽蛋\t5.80\t5.60\t+3.57%",
        "黄瓜\t蔬菜\t3.20\t3.85\t-16.88%",
        "芹菜\t蔬菜\t5.16\t5.29\t-2.46%",
        "土豆\t蔬菜\t2.06\t2.06\t--",
        "苹果\t水果\t6.50\t6.20\t+4.84%",
    ]
)


def test_a_table_of_changes_whose_rows_fall_into_groups_says_how_each_group_moved() -> None:
    # 2 of 3 vegetables fell: generally; meat mixed and fruit a single row: not said
    intro = "".join(build_script(parse(GROUPED_PRICES)).intro.written)
    assert "粮食类、食用油类持平，蔬菜类普遍下降" in intro
    assert "肉禽蛋类" not in intro
    assert "水果类" not in intro


LONG_GROUPED_PRICES = "\n".join(
    [
        "品种\t类别\t本期均价\t上期均价\t环比",
        "籼米\t粮食\t2.85\t2.85\t--",
        "面粉\t粮食\t3.20\t3.20\t--",
        "菜籽油\t食用油\t71.90\t71.90\t--",
        "调和油\t食用油\t66.90\t66.90\t--",
        "猪肉\t肉禽蛋\t13.50\t14.14\t-4.53%",
        "鸡蛋\t肉禽蛋\t5.80\t5.60\t+3.57%",
        "牛奶\t其它食品\t3.10\t3.10\t--",
        "黄瓜\t蔬菜\t3.20\t3.85\t-16.88%",
        "芹菜\t蔬菜\t5.16\t5.29\t-2.46%",
        "土豆\t蔬菜\t2.06\t2.06\t--",
        "白菜\t蔬菜\t1.90\t2.00\t-5.00%",
        "萝卜\t蔬菜\t1.49\t1.66\t-10.24%",
        "青椒\t蔬菜\t5.50\t6.50\t-15.38%",
        "苹果\t水果\t6.50\t6.20\t+4.84%",
    ]
)


def test_a_long_table_in_groups_is_read_in_parts_a_listener_can_skip_to() -> None:
    # six of fourteen rows are vegetables: a part of their own; the small groups before it
    # are read together, and the one row after it is read with it
    chapters = merge_short_chapters(parse(LONG_GROUPED_PRICES).chapters)
    assert [len(b.table.rows) for c in chapters for b in c.blocks if b.table] == [7, 7]
    # the header line is written once, every row once: nothing is lost or said twice
    written = "\n".join(b.text for c in chapters for b in c.blocks)
    assert written == LONG_GROUPED_PRICES
    script = build_script(parse(LONG_GROUPED_PRICES))
    assert [s.chapter for s in script.segments] == ["粮食等价格", "蔬菜等价格"]
    # the intro still sums up the whole table
    assert "表中共14项" in "".join(script.intro.written)
    # a part's rows are still named by the header
    assert "本期均价" in script.segments[1].spoken


def test_two_tables_under_one_header_are_summed_up_apart() -> None:
    # only the parts of one table read in parts are one table again for the intro
    table = "品种\t本期均价\t上期均价\t环比\n籼米\t2.85\t2.85\t--\n面粉\t3.20\t3.00\t+6.67%\n"
    text = "一、城区价格\n" + table + "\n二、乡镇价格\n" + table.replace("籼米", "玉米")
    intro = "".join(build_script(parse(text)).intro.written)
    assert "表中共2项" in intro, intro


def test_a_short_table_in_groups_stays_whole() -> None:
    chapters = merge_short_chapters(parse(GROUPED_PRICES).chapters)
    assert len([b for c in chapters for b in c.blocks if b.table]) == 1


MEETING_NOTICE = "\n".join(
    [
        "关于召开2031年全市安全生产工作会议的通知",
        "各区县人民政府，市政府各部门：",
        "经市政府同意，定于2031年4月18日召开全市安全生产工作会议，总结2030年全市安全生产工作，"
        "部署今年重点任务。现将有关事项通知如下：",
        "一、会议时间",
        "2031年4月18日（星期五）上午9:00，会期半天。",
        "二、会议地点",
        "青川市政府第一会议室。",
        "三、会议议程",
        "（一）市应急管理局通报2030年全市安全生产情况；",
        "（二）3个区县作交流发言；",
        "（三）副市长王青山讲话。",
        "四、有关要求",
        "请各单位于4月15日17:00前将参会人员回执报市应急管理局综合科，联系人：李明，"
        "电话：0838-6223456，邮箱：qcyjj@example.org。参会人员须提前10分钟入场。",
        "青川市人民政府办公室",
        "2031年4月10日",
    ]
)


def test_a_meeting_notice_s_intro_says_when_it_is_held_and_what_is_asked_by_when() -> None:
    intro = "".join(build_script(parse(MEETING_NOTICE)).intro.written)
    # the day it is to be held is news the headline lacks; a request with a deadline is no
    # formula; whom to call is read in its chapter, not in the intro
    assert "定于2031年4月18日召开" in intro, intro
    assert "请各单位于4月15日17:00前将参会人员回执报市应急管理局综合科。" in intro, intro
    assert "联系人" not in intro


def test_a_table_without_a_column_of_changes_is_not_summed_up() -> None:
    table = "品种\t规格\t本期均价\n籼米\t二级\t2.85\n面粉\t特一粉\t3.20\n"
    assert "表中共" not in "".join(build_script(parse(table)).intro.written)


def test_a_report_that_is_only_a_price_table_is_titled_as_such_tables_are() -> None:
    assert build_script(parse(PRICES)).title == "本期价格监测情况"
    plain = PRICES.replace("本期均价", "零售价", 1)
    assert build_script(parse(plain)).title == "价格监测情况"


def test_a_list_of_a_group_s_members_gives_the_intro_its_head() -> None:
    text = "\n".join(
        [
            "青川市人民政府办公室关于调整青川市河长制工作领导小组组成人员的通知",
            "因人员变动和工作需要，市政府决定对青川市河长制工作领导小组组成人员进行调整。"
            "现将调整后的名单通知如下：",
            "组　长：王　明　　市长",
            "副组长：李青山　　副市长",
            "　　　　张　华　　市水务局局长",
            "成　员：刘　伟　　市发展改革委副主任",
            "　　　　陈小红　　市财政局副局长",
            "　　　　赵　强　　市生态环境局副局长",
            "领导小组办公室设在市水务局，办公室主任由市水务局局长张华兼任。",
        ]
    )
    intro = "".join(build_script(parse(text)).intro.written)
    assert "市长王明任组长" in intro


def test_the_dates_under_a_when_heading_are_said_with_it() -> None:
    text = "\n".join(
        [
            "青川市二〇三一年社区工作者招聘公告",
            "为加强社区工作者队伍建设，经市委组织部同意，现面向社会公开招聘社区工作者。",
            "一、报名条件",
            "具有青川市户籍，年龄在35周岁以下，具有大学专科以上学历。",
            "二、报名时间",
            "2031年4月1日9:00至4月10日17:00，逾期不再受理。",
            "三、报名方式",
            "报名人员登录青川市人事考试网填写报名信息，上传本人近期证件照。",
        ]
    )
    intro = "".join(build_script(parse(text)).intro.written)
    assert "报名时间：2031年4月1日9:00至4月10日17:00" in intro


def test_a_deadline_without_its_date_is_not_a_key_point() -> None:
    lead = "今年我市继续扩大基层服务队伍，提升社区治理水平。"
    fact = "本次共招聘社区工作者60名，其中面向退役军人招聘10名。"
    vague = "报名人员应于截止时间前完成报名程序。"
    points = key_points("青川市社区工作者招聘公告", [lead + fact + vague], max_chars=60)
    assert points == [lead, fact]


def test_a_statistics_bulletin_without_its_headline_is_named_as_such_bulletins_are() -> None:
    headless = "\n".join(STATS.splitlines()[3:])
    assert parse(headless).title == "2030年全市国民经济和社会发展统计公报"


def test_a_report_with_a_farming_section_but_no_year_lead_is_no_statistics_bulletin() -> None:
    lines = STATS.splitlines()[3:]
    lines[0] = "全市上下坚持稳中求进，各项工作取得新进展，群众满意度明显提高，发展基础更加牢固。"
    assert "统计公报" not in parse("\n".join(lines)).title


MEASURES = "\n".join(
    [
        "一是压实防火责任。镇党委召开专题会议，明确森林防火工作分工，各村成立森林防火工作专班，"
        "层层签订责任书，确保森林防火工作责任落实到人。",
        "二是加强巡山护林。组织护林员30余人，在重点林区设卡检查，严禁野外用火，全力做好森林防火"
        "工作中的巡查值守。",
        "三是开展宣传教育。通过村村响广播、微信群、入户走访等方式，宣传森林防火知识，提高群众"
        "防火意识。",
        "（青川镇 张明）",
    ]
)


def test_a_headless_list_of_measures_is_titled_by_its_place_and_what_the_measures_serve() -> None:
    assert parse(MEASURES).title == "青川镇三举措推进森林防火"


def test_a_list_of_measures_without_a_placed_byline_keeps_its_lead_as_the_title() -> None:
    title = parse(MEASURES.replace("（青川镇 张明）", "")).title
    assert "举措" not in title
    assert title == "压实防火责任"


def test_a_price_table_sorted_into_food_groups_is_titled_as_watching_farm_produce() -> None:
    grouped = "\n".join(
        [
            "品种\t类别\t本期均价\t上期均价\t环比",
            "籼米\t主食\t2.85\t2.85\t0.00%",
            "猪肉\t肉禽蛋\t13.50\t14.14\t-4.53%",
            "黄瓜\t蔬菜\t3.20\t3.85\t-16.88%",
        ]
    )
    assert build_script(parse(grouped)).title == "本期主要农副产品价格监测情况"


# ----------------------------------------------------------------------------------------
# Chapter boundaries of regulations, transcripts and news stories
# ----------------------------------------------------------------------------------------


def _starts(chapters) -> list[str]:
    return [(c.heading or c.blocks[0].text)[:6] for c in chapters]


def test_articles_a_scraper_glued_onto_one_line_are_paragraphs_of_their_own() -> None:
    line = (
        "第一条 （目的）为方便市民借阅图书，规范青川县图书馆的借还秩序，制定本规定。"
        "第二条 （借阅证）一、凭身份证办理借阅证。二、每证最多可借图书五册。"
        "第三条　本规定自发布之日起施行，由青川县文化馆负责解释。"
    )
    doc = parse("\n".join(["青川县图书馆借阅规定", line]))
    paragraphs = [b.text for c in doc.chapters for b in c.blocks]
    assert [p[:3] for p in paragraphs] == ["第一条", "第二条", "第三条"]
    assert "".join(paragraphs).replace(" ", "") == line.replace(" ", "").replace("　", "")


def test_an_article_quoted_inside_a_sentence_does_not_split_the_paragraph() -> None:
    line = (
        "第五条 （借阅期限）每册图书借期为三十天。依照本规定第六条办理续借的，"
        "可以延长一次。第六条的续借须在到期前办理。"
    )
    doc = parse("\n".join(["青川县图书馆借阅规定", line, P1]))
    assert doc.chapters[0].blocks[0].text == line


def test_a_long_paragraph_ending_in_a_colon_does_not_swallow_the_long_one_after_it() -> None:
    lead = P1[:-1] + "。经过讨论，会议形成以下两点意见："
    text = "\n".join(["青川市防汛工作会议纪要", lead, P2, P3])
    chapters = merge_short_chapters(parse(text).chapters)
    assert _starts(chapters) == [lead[:6], P2[:6], P3[:6]]


def test_a_short_lead_in_ending_in_a_colon_is_still_read_with_what_it_announces() -> None:
    text = "\n".join(["青川市防汛工作会议纪要", "会议议定事项如下：", P2, P3])
    chapters = merge_short_chapters(parse(text).chapters)
    assert chapters[0].blocks[0].text == "会议议定事项如下："
    assert chapters[0].blocks[1].text == P2


def test_a_transcript_opens_a_chapter_at_each_long_question_and_at_its_answer() -> None:
    question = (
        "青川日报记者：想请问市长，气象部门预测今年我市汛期降雨可能偏多三成，很多市民担心城区内涝，"
        "也担心山区群众的安全。请问，市里在排水管网改造、水库除险加固和山洪预警方面采取了哪些措施？"
        "今年的防汛物资储备是否充足？一旦发生险情，群众怎样才能及时得到转移的通知？"
    )
    answer = (
        "李明：谢谢你的提问。今年我们提前三个月完成了城区排水管网的改造，新建泵站四座，"
        "全市二十三座病险水库全部完成除险加固，城区易涝点从去年的四十一处减少到九处。"
    )
    more = (
        "我们还在山区布设了两百多个雨量站，发现险情第一时间通过短信和广播通知到户。"
        "全市储备了冲锋舟、救生衣和沙袋等物资，可以满足一次大洪水的抢险需要。"
    )
    opening = (
        "青川市政府新闻办6月3日上午举行新闻发布会，市长李明介绍今年防汛准备工作情况，"
        "并回答记者提问。"
    )
    start = "李明首先通报了今年以来的汛情，随后回答提问。"
    text = "\n".join(["青川市防汛新闻发布会答记者问", opening, start, question, answer, more])
    chapters = merge_short_chapters(parse(text).chapters)
    assert _starts(chapters) == [opening[:6], question[:6], answer[:6]]


def test_a_short_question_is_read_with_its_answer() -> None:
    text = "\n".join(["青川市防汛工作答问", P1, "问：今年的防汛物资储备充足吗？", "答：" + P2, P3])
    chapters = merge_short_chapters(parse(text).chapters)
    starts = _starts(chapters)
    assert "问：今年的防" in starts
    assert not any(s.startswith("答：") for s in starts)


def test_a_run_of_numbered_paragraphs_is_cut_at_its_items_not_inside_them() -> None:
    """一、… with the unmarked paragraph that goes on with it is one chapter: the cuts fall
    before 一、 and 二、, where sizes alone would cut inside 一、."""
    opening = (
        "为切实做好今年汛期青川河湿地公园的安全管理工作，保障游客和周边群众的生命财产安全，"
        "县林业局会同县水利局、县应急管理局对湿地公园的防汛设施进行了全面检查，发现隐患十二处，"
        "目前已整改九处，其余三处正在加紧施工，预计6月底前全部完成。经县人民政府同意，"
        "现就有关事项通知如下。"
    )
    first = (
        "一、汛期湿地公园保育区和恢复重建区一律停止对外开放，已预约的团队由公园管理处"
        "逐一通知取消，并退还已收取的费用。"
    )
    first_goes_on = (
        "合理利用区在发布暴雨黄色及以上预警时立即关闭，游客由工作人员引导从最近的出口离开，"
        "各出入口要设置明显的警示标志，预警解除后经检查确认安全方可重新开放。"
    )
    second = (
        "二、县林业局要安排专人每天巡查湿地公园的堤岸、栈道和观鸟平台，发现险情立即上报，"
        "巡查情况每天记入台账，每周向县人民政府报告一次。"
    )
    second_goes_on = (
        "沿河各镇要组织巡护队伍配合做好巡查工作，巡护人员要配备救生衣和通讯设备，"
        "汛期实行二十四小时值班，确保信息畅通，险情发生后三十分钟内到达现场，"
        "并协助做好群众转移。"
    )
    title = "关于做好青川河湿地公园汛期安全管理工作的通知"
    text = "\n".join([title, opening, first, first_goes_on, second, second_goes_on])
    chapters = merge_short_chapters(parse(text).chapters)
    assert _starts(chapters) == [opening[:6], first[:6], second[:6]]


def test_a_news_story_is_cut_where_a_new_speaker_is_brought_in() -> None:
    """Sizes alone would cut after the speaker's first paragraph; the cut falls where the
    researcher is brought in by office and name, and not inside what she says."""
    lead = (
        "6月3日，青川市召开湿地保护工作座谈会，市林业局、青川大学和沿河各镇的代表参加会议，"
        "围绕湿地公园建设和候鸟保护交流意见。会议通报，去年全市新增湿地保护面积一千二百公顷，"
        "候鸟种类比前年增加了十一种，湿地水质稳定达到三类标准。会议还听取了沿河各镇关于"
        "退养还湿和河道清淤的进展汇报，市林业局局长对下一步工作作了安排。"
    )
    speaker = (
        "青川大学生态研究所研究员王芳表示，湿地保护要从整个流域着眼，上游的养殖和下游的"
        "开发都会影响候鸟的栖息。"
    )
    then = (
        "据她介绍，近五年青川河的枯水期越来越长，滩涂面积缩小了近三成，越冬候鸟的觅食地明显减少，"
        "有的鸟群已经改道去了邻省。她认为，流域内的取水和排污必须统一管起来。"
    )
    last = (
        "她建议在湿地周边设立缓冲带，限制新建养殖场，并定期开展鸟类调查，把调查结果向社会公开，"
        "请市民一起监督。她还提出，学校可以把湿地作为自然课堂，组织学生参加观鸟和巡护，"
        "让更多人了解湿地的价值。她希望明年能建起湿地监测站，用数据说话，而不是凭感觉判断"
        "保护成效。"
    )
    text = "\n".join(["青川市召开湿地保护工作座谈会", lead, speaker, then, last])
    starts = _starts(merge_short_chapters(parse(text).chapters))
    assert speaker[:6] in starts and then[:6] not in starts


def _section(marker: str, name: str, body: str) -> list[str]:
    return [f"{marker}{name}", body]


def test_long_sub_sections_under_headings_of_their_own_are_read_in_even_parts() -> None:
    """二、 with four headed sub-sections of some 150 characters each is too long for one
    chapter: it is read in two parts, cut before （三）, not one chapter per sub-section."""
    lines = [
        "青川县农民技能培训实施方案",
        *_section("一、", "培训目标", P1),
        "二、培训安排",
        *_section("（一）", "培训班设置。", P1),
        *_section("（二）", "课程设置。", P2),
        *_section("（三）", "学时安排。", P3),
        *_section("（四）", "考核发证。", P1),
    ]
    chapters = merge_short_chapters(parse("\n".join(lines)).chapters)
    headings = [c.heading for c in chapters]
    assert headings == ["一、培训目标", "二、培训安排 （一）培训班设置。", "（三）学时安排。"]


def test_short_sub_sections_stay_in_their_section() -> None:
    short = "各培训机构按当地主导产业设班，每班不少于三十人，学员由各镇推荐。"
    lines = [
        "青川县农民技能培训实施方案",
        *_section("一、", "培训目标", P1),
        "二、培训安排",
        *_section("（一）", "培训班设置。", short),
        *_section("（二）", "课程设置。", short),
        *_section("（三）", "学时安排。", short),
    ]
    chapters = merge_short_chapters(parse("\n".join(lines)).chapters)
    assert [c.heading for c in chapters] == ["一、培训目标", "二、培训安排 （一）培训班设置。"]


def test_a_numbered_section_of_a_sentence_or_two_is_read_with_the_one_before() -> None:
    """Under about twenty seconds of speech (五、考试方式 and one sentence) a section is not
    worth skipping to: it joins its neighbour."""
    brief = (
        "考试采用闭卷笔试方式，每科考试时间为九十分钟。考生须携带准考证和身份证原件，"
        "于开考前十五分钟进入考场，开考后十五分钟不得入场。"
    )
    lines = [
        "青川中学期中考试通知",
        *_section("一、", "考试安排", P1),
        *_section("二、", "考试方式", brief),
        *_section("三、", "考场纪律", P2),
    ]
    chapters = merge_short_chapters(parse("\n".join(lines)).chapters)
    assert [c.heading for c in chapters] == ["一、考试安排", "三、考场纪律"]
    assert brief in [b.text for b in chapters[0].blocks]


def test_a_paragraph_of_over_a_thousand_characters_is_cut_where_a_new_speaker_comes_in() -> None:
    speaker = (
        "青川大学水利学院教授陈立表示，城区内涝的根子在排水管网标准偏低，"
        "老城区的管网大多只能应对一年一遇的降雨。"
    )
    story = P1 + P2 + P3 + P1 + speaker + P2 + P3 + P2
    chapters = merge_short_chapters(parse("\n".join(["青川市召开防汛工作会议", story])).chapters)
    texts = ["".join(b.text for b in c.blocks) for c in chapters]
    assert "".join(texts) == story
    assert any(t.startswith(speaker) for t in texts)
    assert all(120 <= len(t) <= 500 for t in texts), [len(t) for t in texts]


def test_a_feature_scraped_into_one_line_is_a_dozen_parts_at_most() -> None:
    story = (P1 + P2 + P3) * 20  # about eight thousand characters, not one line break
    chapters = merge_short_chapters(parse("\n".join(["青川市防汛工作纪实", story])).chapters)
    texts = ["".join(b.text for b in c.blocks) for c in chapters]
    assert "".join(texts) == story
    assert len(story) > 7000
    assert 6 <= len(chapters) <= 13, [len(t) for t in texts]


def test_a_short_numbered_section_is_read_with_the_timetable_lines_under_it() -> None:
    """二、 with its first day is short, but the next day's lines go on with it: together
    they are a section worth skipping to, not a tail of the section before."""
    lines = [
        "青川中学期末考试安排",
        *_section("一、", "考试要求", P1),
        "二、考试时间和考试地点",
        "（一）考试时间。",
        "2031年1月15日",
        "08:30-10:30 语文（高一、高二年级）",
        "14:30-16:30 数学（高一、高二年级）",
        "2031年1月16日",
        "08:30-10:00 英语（高一、高二年级）",
        "14:30-16:00 物理、历史（高二年级）",
    ]
    chapters = merge_short_chapters(parse("\n".join(lines)).chapters)
    assert [c.heading for c in chapters] == [
        "一、考试要求",
        "二、考试时间和考试地点 （一）考试时间。",
    ]


def test_short_sections_at_the_end_are_read_together_not_as_a_tail_of_the_one_before() -> None:
    lines = [
        "青川县图书馆新馆开放公告",
        *_section("一、", "新馆概况", P1),
        *_section("二、", "借阅服务", P2),
        *_section(
            "三、",
            "开放时间",
            "周二至周日九时至二十一时开放，周一闭馆整理，法定节假日的开放时间另行公告。",
        ),
        *_section(
            "四、",
            "交通方式",
            "可乘坐三路、十一路公交车到图书馆站下车，馆内设有地下停车场，车位两百个。",
        ),
        *_section(
            "五、",
            "咨询电话",
            "开放期间有任何疑问，请拨打服务台电话咨询，工作人员将在开放时间内及时答复。",
        ),
    ]
    chapters = merge_short_chapters(parse("\n".join(lines)).chapters)
    assert [c.heading for c in chapters] == ["一、新馆概况", "二、借阅服务", "三、开放时间"]


def test_a_list_of_short_items_after_its_lead_in_is_still_one_chapter() -> None:
    items = [
        "1. 总馆：春节期间每天九时至十七时开放。",
        "2. 东城分馆：除夕至初二闭馆，初三起照常开放。",
        "3. 西城分馆：除夕至初三闭馆，初四起照常开放。",
        "4. 少儿馆：除夕至初四闭馆，初五起照常开放。",
        "5. 自助借还机：春节期间全天照常使用。",
    ]
    lead = "经研究，2031年春节期间全市各图书馆开放安排如下："
    chapters = merge_short_chapters(
        parse("\n".join(["青川图书馆春节开放安排", lead, *items])).chapters
    )
    assert len(chapters) == 1


def test_a_heading_naming_a_list_and_its_first_item_opens_a_chapter() -> None:
    """推广做法 1.分类投放 opens the list of practices: its short first items are read
    together, not as a tail of the section above them."""
    lines = [
        "青川县生活垃圾分类工作方案",
        "厨余垃圾",
        P1,
        "有害垃圾",
        P2,
        "推广做法",
        "1.分类投放",
        "各小区设置四色垃圾桶，居民按厨余、可回收、有害和其他四类分别投放。",
        "2.定时收运",
        "收运车辆每天早晚两次进入小区，分类收运，不得把已分类的垃圾混装。",
        "3.积分奖励",
        P3,
    ]
    chapters = merge_short_chapters(parse("\n".join(lines)).chapters)
    assert [c.heading for c in chapters][:3] == ["厨余垃圾", "有害垃圾", "推广做法 1.分类投放"]


def test_a_headline_clause_glued_onto_the_lead_is_not_read_again() -> None:
    lead = (
        "青川火车站今年春运于昨日圆满收官，四十天里共发送旅客三百零二万人次，比去年增长一成，"
        "其中学生旅客四十一万人次。"
    )
    text = "\n".join(["青川站春运圆满收官，发送旅客三百万人次", "青川站春运圆满收官" + lead, P2])
    doc = parse(text)
    assert doc.chapters[0].blocks[0].text == lead
    assert "青川站春运圆满收官" in doc.dropped


@pytest.mark.parametrize(
    "lead",
    [
        "暴雨来袭后，青川县连夜转移山区群众一千二百人，没有发生人员伤亡。",  # its own clause
        "暴雨来袭，青川全力应对。县防汛指挥部启动三级应急响应，连夜转移群众。",  # a stop after
        "暴雨来袭县城一夜，青川县防汛指挥部启动三级应急响应，连夜转移群众。",  # not told again
    ],
)
def test_a_lead_that_only_opens_like_the_headline_is_read_whole(lead: str) -> None:
    doc = parse("\n".join(["暴雨来袭，青川全力应对", lead, P2]))
    assert doc.chapters[0].blocks[0].text == lead


@pytest.mark.parametrize("opening", ["与此同时，", "市防汛指挥部还要求，"])
def test_a_paragraph_that_goes_on_with_the_one_before_opens_no_chapter(opening: str) -> None:
    """A connective (与此同时，) or the same subject as the paragraph before (市防汛指挥部…
    市防汛指挥部还要求…) ties a paragraph to the one before: sizes alone would cut there."""
    lead = (
        "6月3日，青川市遭遇今年入汛以来最强降雨，全市平均降雨量八十六毫米，最大降雨量出现在"
        "白石镇，达到两百一十毫米，城区多条道路出现积水，部分低洼小区一度停电。白石镇境内的"
        "青川河水位在两小时内上涨一点八米，超过警戒水位零点六米，沿河两个村庄进水。"
    )
    response = (
        "市防汛指挥部当晚启动三级应急响应，连夜转移山区群众一千二百人，全市两百多名干部"
        "下沉到村，逐户排查危房和地质灾害隐患点。"
    )
    goes_on = opening + (
        "市水务局组织抢险队伍对城区二十三个易涝点进行排水，调集移动泵车十六台，到4日凌晨，"
        "城区主要道路积水基本排除，停电小区全部恢复供电。市交通部门对受损路段实行交通管制，"
        "并在绕行路口安排专人疏导，公交线路临时调整。市供电公司出动抢修人员三百余人次，"
        "更换受损变压器九台，抢修线路四十余处。"
    )
    outlook = (
        "据市气象台预报，未来三天我市仍有一次降雨过程，南部山区有暴雨，局部大暴雨。"
        "各地要加强值守，密切关注雨情水情，提前转移危险区域群众，确保人民群众生命安全。"
        "学校和幼儿园要做好停课准备，旅游景区暂停接待游客，户外施工一律停止。"
    )
    text = "\n".join(["青川市遭遇入汛以来最强降雨", lead, response, goes_on, outlook])
    chapters = merge_short_chapters(parse(text).chapters)
    assert all(c.blocks[0].text != goes_on for c in chapters)


def test_a_long_lead_in_is_read_with_the_first_item_it_announces() -> None:
    lead = (
        "你局《关于设立青川河湿地公园的请示》收悉。依照《湿地保护法》和省人民政府关于湿地"
        "保护的有关规定，根据县林业局的请示并应沿河各镇的要求，经县人民政府第十二次常务会议"
        "研究，并征求县自然资源局、县水利局和县财政局的意见，现就青川河湿地公园的设立范围"
        "和管理事项批复如下："
    )
    first = (
        "一、同意设立青川河湿地公园，公园总面积为三百二十公顷，范围包括青川河干流两岸的滩涂、"
        "河心洲和与之相连的三处库塘，以界址点坐标为准。"
    )
    first_goes_on = (
        "湿地公园分为保育区、恢复重建区和合理利用区，各区范围见附件。保育区内除科研监测外"
        "不得开展其他活动，恢复重建区要在两年内完成退养还湿。"
    )
    second = (
        "二、湿地公园由县林业局负责管理，所需经费列入县级财政预算，每年安排专项资金用于湿地"
        "修复、候鸟保护和科普宣传，不得挪作他用。县财政局和县审计局每年对资金使用情况进行检查。"
    )
    second_goes_on = (
        "县林业局要抓紧编制湿地公园总体规划，报县人民政府批准后实施，并定期向社会公布"
        "湿地保护情况，接受群众监督。"
    )
    text = "\n".join(
        ["关于同意设立青川河湿地公园的批复", lead, first, first_goes_on, second, second_goes_on]
    )
    chapters = merge_short_chapters(parse(text).chapters)
    assert [c.blocks[0].text for c in chapters] == [lead, second]


def test_the_headlines_listed_under_more_news_in_traditional_are_not_read() -> None:
    text = "\n".join(
        ["青川捷運藍線動工", P1, P2, "更多新聞請看：", "▸ 青川捷運綠線延伸案環評過關",
         "▸ 捷運藍線沿線房價漲幅近一成"]
    )  # fmt: skip
    text_said = said(build_script(parse(text)))
    for link in ("更多新聞", "綠線", "房價"):
        assert link not in text_said, link


def test_the_headlines_listed_under_related_reading_are_not_read() -> None:
    text = "\n".join(
        ["青川召开防汛工作会议", P1, P2, "责任编辑：李四", "相关阅读：",
         "青川县春耕生产全面展开", "城关镇举办第三届赏花节 2031-03-10", "分享到："]
    )  # fmt: skip
    doc = parse(text)
    assert "青川县春耕生产全面展开" in doc.dropped
    assert "城关镇举办第三届赏花节 2031-03-10" in doc.dropped
    assert "赏花节" not in said(build_script(doc))


def test_a_notice_s_signature_above_the_site_s_footer_is_not_read() -> None:
    text = "\n".join(
        ["青川市林业局关于森林防火的通告", P1, P2, "特此通告。", "", "青川市林业局",
         "2031年12月1日", "打印本页 关闭窗口",
         "地址：青川市滨江路18号　邮编：610300　联系电话：0816-1234567"]
    )  # fmt: skip
    text_said = said(build_script(parse(text)))
    assert text_said.endswith("特此通告。"), text_said[-40:]


def test_a_warning_s_signature_with_its_hour_is_not_read_at_the_end_of_its_guide() -> None:
    text = "\n".join(
        ["临河市气象台发布暴雨橙色预警信号", P1, "", "防御指南：", "1．切断有危险的室外电源；",
         "2．暂停户外作业。", "", "临河市气象台", "2031年6月18日16时20分"]
    )  # fmt: skip
    script = build_script(parse(text))
    assert "".join(script.segments[-1].written).rstrip().endswith("暂停户外作业。")


def test_the_date_closing_a_page_above_its_footer_is_not_read() -> None:
    text = "\n".join(
        ["天文台發出酷熱天氣警告", "2031年7月12日（星期六）", P1, P2, "完",
         "2031年7月12日（星期六）", "香港時間11時50分"]
    )  # fmt: skip
    script = build_script(parse(text))
    assert "星期六" not in "".join(s.text for s in script.segments)
    assert "11時50分" not in said(script) and "完" not in script.segments[-1].text[-3:]
    assert "2031年7月12日发布" in "".join(script.intro.written)


def test_a_wechat_article_is_titled_by_its_headline_and_dated_by_its_head() -> None:
    text = "\n".join(
        ["原创 青川发布 青川发布 2031-05-06 18:30 发表于四川", "点击蓝字 关注我们",
         "重磅！青川这些道路今起封闭施工", P1, P2, "来源：青川市住建局", "编辑：小青",
         "审核：钱多多", "阅读原文", "点个在看你最好看"]
    )  # fmt: skip
    script = build_script(parse(text))
    assert script.title == "青川这些道路今起封闭施工"  # the cry (重磅！) is no word of it
    assert "2031年5月6日，青川市住建局发布" in "".join(script.intro.written)
    for chrome in ("原创", "发表于", "蓝字", "阅读原文", "在看", "小青", "钱多多"):
        assert chrome not in said(script), chrome


def test_a_source_in_a_bracketed_field_is_named_as_the_issuer() -> None:
    text = "\n".join(
        ["青川市第三人民医院医疗设备采购项目公开招标公告",
         "【发布时间：2031-09-01】【信息来源：青川市公共资源交易中心】【浏览次数：88】", P1, P2]
    )  # fmt: skip
    script = build_script(parse(text))
    intro = "".join(script.intro.written)
    assert "2031年9月1日，青川市公共资源交易中心发布" in intro
    assert "浏览次数" not in said(script) and "【" not in intro


def test_a_photo_caption_and_the_credits_of_a_page_are_not_read() -> None:
    text = "\n".join(
        ["我院成功开展首例机器人辅助手术", "来源：医务部　　时间：2031-08-12　　点击：1024",
         P1, "图为手术现场", P2, "图为专家在手术中。（记者 王林 摄）", "文字：医务部　图片：宣传科"]
    )  # fmt: skip
    script = build_script(parse(text))
    for chrome in ("图为", "王林", "宣传科", "点击", "1024"):
        assert chrome not in said(script), chrome
    assert "2031年8月12日，医务部发布" in "".join(script.intro.written)


def test_the_headline_a_dateline_gives_after_ti_is_the_title_below_a_site_label() -> None:
    text = "\n".join(
        ["新华社新闻", "2031-06-01 10:05 | 新华社",
         "新华社北京6月1日电　题：科技赋能 乡村振兴——青川数字农业见闻", "新华社记者 林海 赵青",
         P1, P2, "（完）"]
    )  # fmt: skip
    script = build_script(parse(text))
    assert script.title == "科技赋能 乡村振兴——青川数字农业见闻"
    assert "新华社新闻" not in said(script) and said(script).count("数字农业见闻") == 1
    assert "据新华社2031年6月1日报道" in "".join(script.intro.written)


def test_a_page_that_only_names_its_site_above_the_story_has_no_headline_line() -> None:
    text = "\n".join(["青川融媒", "2031-04-08 20:15", P1, P2, "来源 | 青川市水务局", "编辑 | 张三"])
    script = build_script(parse(text))
    assert script.title != "青川融媒" and "青川融媒" not in said(script)
    assert "张三" not in said(script)
    assert "2031年4月8日，青川市水务局发布" in "".join(script.intro.written)


def test_a_sentence_about_infringement_is_read() -> None:
    text = "\n".join(["青川市开展知识产权执法检查", P1, "如有侵权行为，一经查实将依法处理。", P2])
    assert "如有侵权行为" in said(build_script(parse(text)))


@pytest.mark.parametrize(
    "addressee", ["全体师生：", "广大市民朋友们：", "全校教职工：", "本市各級學校："]
)
def test_the_addressee_of_a_school_or_public_notice_is_not_read(addressee: str) -> None:
    doc = parse("\n".join(["关于清明节放假安排的通知", addressee, P1, P2]))
    assert [m.text for m in doc.meta if m.kind == "addressee"] == [addressee]
    assert addressee not in said(build_script(doc))


def test_a_field_under_a_spaced_headline_is_neither_title_nor_read() -> None:
    text = "\n".join(
        [
            "議長率團考察智慧農業 盼引進臺南推廣",
            "發稿單位：議會秘書處",
            "發布日期：2031/05/20",
            P1,
            P2,
        ]
    )
    script = build_script(parse(text))
    assert script.title == "議長率團考察智慧農業 盼引進臺南推廣"
    assert "2031年5月20日，議會秘書處发布" in "".join(script.intro.written)
    assert "發稿單位" not in said(script)


@pytest.mark.parametrize(
    "opening", ["记者 王林 表示，", "本报记者王林采写的报道获奖。", "通讯员李丽说，"]
)
def test_a_story_opening_with_a_reporter_s_words_keeps_them(opening: str) -> None:
    doc = parse(f"青川召开防汛工作会议\n{opening}{P1}\n{P2}\n")
    assert doc.chapters[0].blocks[0].text.startswith(opening)


@pytest.mark.parametrize(
    "signature",
    [["青川市教育局\u3000\u30002031年3月1日"], ["青川市教育局（盖章）", "2031年3月1日"]],
    ids=["one-line", "seal"],
)
def test_a_signature_on_one_line_or_with_its_seal_note_is_said_as_the_issuer(
    signature: list[str],
) -> None:
    text = "\n".join(["关于做好防汛工作的通知", "各学校：", P1, P2, *signature])
    script = build_script(parse(text))
    assert "2031年3月1日，青川市教育局发布。" in "".join(script.intro.written)
    assert "青川市教育局" not in "".join(s.text for s in script.segments)


def test_a_story_without_a_source_line_is_reported_by_its_reporters_outlet() -> None:
    text = "\n".join(
        ["青川启动夏季防汛应急演练", "青川日报客户端 | 记者 赵一鸣", "2031-06-10 09:05", P1, P2]
    )
    intro = "".join(build_script(parse(text)).intro.written)
    assert "据青川日报客户端2031年6月10日报道" in intro
    assert "赵一鸣" not in intro


def test_a_story_with_no_other_source_is_reported_by_the_paper_whose_page_it_is() -> None:
    text = "\n".join(
        ["自由時報電子報", "地方 > 臺南", "臺南颱風假 市府：明天正常上班上課", "2031/08/21 18:30",
         "〔記者王小明／臺南報導〕" + P1, P2]
    )  # fmt: skip
    script = build_script(parse(text))
    assert "据自由時報2031年8月21日报道" in "".join(script.intro.written)
    assert "電子報" not in said(script) and "王小明" not in said(script)


def test_a_page_with_no_other_source_is_issued_by_the_body_whose_page_it_is() -> None:
    text = "\n".join(
        ["香港天文台", "主頁 > 新聞稿", "天文台發出酷熱天氣警告", "2031年7月12日（星期六）", P1, P2]
    )
    script = build_script(parse(text))
    assert "2031年7月12日，香港天文台发布" in "".join(script.intro.written)
    assert "香港天文台" not in "".join(s.text for s in script.segments)


@pytest.mark.parametrize(
    ("opening", "said"),
    [
        # a clause that only leads into the next is said with it, never alone
        (
            "2030年，在市委、市政府的坚强领导下，全市围绕建成区域性物流枢纽目标，"
            "牢牢守住安全生产和生态环境两条底线，经济运行总体平稳。",
            "全市围绕建成区域性物流枢纽目标，牢牢守住安全生产和生态环境两条底线",
        ),
        # what the speaker said is the headline: the speech itself is the fact left
        (
            "6月3日，青川市科技局局长王明在2031青川数字经济峰会期间举办的人工智能论坛上演讲称，"
            "青川数字经济规模跃居全省前列。",
            "6月3日，青川市科技局局长王明在2031青川数字经济峰会期间举办的人工智能论坛上演讲。",
        ),
    ],
    ids=["leading-clause", "speech"],
)
def test_the_opening_cut_to_its_head_never_stops_on_a_clause_that_leads_on(
    opening: str, said: str
) -> None:
    text = "\n".join(["青川数字经济规模跃居全省前列", opening, P2, P3])
    intro = list(build_script(parse(text)).intro.written)
    assert any(said in line for line in intro), intro
    assert not any(line.rstrip("。\n").endswith(("目标", "演讲称")) for line in intro), intro


def test_a_key_point_under_an_item_s_label_says_whom_it_is_about() -> None:
    text = "\n".join(
        [
            "青川市人民医院2031年国庆节门诊安排",
            "根据上级统一安排，现将我院国庆节期间门诊安排通知如下：",
            "1. 急诊科、发热门诊：",
            "10月1日至7日照常接诊，24小时有医生值班；",
            "2. 口腔科、眼科、康复科：",
            "10月1日至4日停诊，10月5日起恢复正常门诊，急需就诊的病人请到急诊科挂号。",
            "3. 体检中心：",
            "10月1日至7日暂停体检服务，10月8日起恢复，已预约的市民可改约其他时间。",
        ]
    )
    intro = list(build_script(parse(text)).intro.written)
    facts = [line for line in intro if "10月" in line]
    assert facts, intro
    assert all("：" in line for line in facts), intro  # never 10月1日至7日照常接诊 alone
    assert any(line.startswith("急诊科、发热门诊：10月1日至7日照常接诊") for line in facts)


def test_a_digest_s_intro_gives_its_items_headlines_not_an_item_s_details() -> None:
    text = "\n".join(
        [
            "青川财经早报2031年5月9日星期五",
            "要闻速递",
            "1、市金融监管局通报称，部分小额贷款公司存在违规收费问题，已责令6家公司限期整改。"
            "昨日全市小额贷款余额为86.5亿元，较上月末下降0.8%。"
            "该局表示，将持续开展专项检查。",
            "2、青川港务集团披露一季报显示，一季度实现营业收入12.6亿元，同比增长18.2%。"
            "集团一季度集装箱吞吐量达到41万标箱，创同期新高。",
            "3、市统计局发布数据，4月全市居民消费价格同比上涨0.6%，其中食品价格下降1.2%。",
            "市场行情",
            "1、昨日青川股市三大指数全线收涨，青川综指涨1.26%报3846.21点，成交额较前一日放大。",
            "2、本地农产品批发市场蔬菜均价每公斤4.38元，环比下降2.1%，猪肉价格基本持平。",
        ]
    )
    intro = "".join(build_script(parse(text)).intro.written)
    assert "部分小额贷款公司存在违规收费问题" in intro
    assert "小额贷款余额" not in intro  # a detail of the first item, not a headline
    assert "青川港务集团" in intro or "居民消费价格" in intro


def test_a_news_item_without_a_date_line_is_dated_by_its_dateline() -> None:
    text = "\n".join(
        ["青川港货物吞吐量创新高",
         "新华社青川6月1日电　青川港今年前5个月完成货物吞吐量1.2亿吨，同比增长8.6%，"
         "创历史同期新高。" + P1,
         P2]
    )  # fmt: skip
    intro = "".join(build_script(parse(text)).intro.written)
    assert "据新华社6月1日报道" in intro


@pytest.mark.parametrize(
    ("title", "opening", "said", "unsaid"),
    [
        # the report speaks of its own province; the bulletin names it
        (
            "江西省全力做好防汛备汛工作",
            "今年入汛以来，我省降雨偏多三成，全省已转移群众1.2万人，各地防汛物资已全部到位。",
            "江西省降雨偏多三成",
            "我省",
        ),
        # a reply to a province names the province it writes to
        (
            "国务院关于青川省青川县地质灾害防治有关问题的复函",
            "2031年4月，自然资源部组成专家组赴你省青川县进行了实地调查，形成了调查报告。",
            "赴青川省青川县",
            "你省",
        ),
        # two provinces in the title: which one 我省 is, is not known, so it stays
        (
            "江西省、湖南省联合开展防汛演练",
            "今年入汛以来，我省降雨偏多三成，全省已转移群众1.2万人，各地防汛物资已全部到位。",
            "我省",
            "江西省降雨",
        ),
    ],
    ids=["own", "addressed", "ambiguous"],
)
def test_the_intro_names_the_province_a_report_calls_its_own(
    title: str, opening: str, said: str, unsaid: str
) -> None:
    text = "\n".join([title, opening, P2, P3])
    intro = "".join(build_script(parse(text)).intro.written)
    assert said in intro
    assert unsaid not in intro


def test_the_intro_names_the_office_that_calls_itself_we() -> None:
    text = "\n".join(
        [
            "关于做好2031年汛期水库安全度汛工作的通知",
            "各区县水务局：",
            "今年以来，我局组织对全市126座水库开展了汛前安全检查，发现安全隐患23处，"
            "已全部完成整改。" + P1,
            P2,
            "青川市水务局",
            "2031年5月6日",
        ]
    )
    intro = "".join(build_script(parse(text)).intro.written)
    assert "青川市水务局组织对全市126座水库" in intro
    assert "我局" not in intro


def test_a_dateline_of_our_own_paper_dates_nothing_as_issued() -> None:
    text = "\n".join(
        ["青川港货物吞吐量创新高",
         "本报青川6月1日电　青川港今年前5个月完成货物吞吐量1.2亿吨，同比增长8.6%，"
         "创历史同期新高。" + P1,
         P2]
    )  # fmt: skip
    intro = "".join(build_script(parse(text)).intro.written)
    assert "发布" not in intro  # a paper reports; it does not issue


def test_the_intro_names_the_rules_that_call_themselves_these_rules() -> None:
    text = "\n".join(
        [
            "青川市人民政府关于印发青川市城市供水管理办法的通知",
            "各区县人民政府，市政府各部门：",
            "现将《青川市城市供水管理办法》印发给你们，请认真贯彻执行。",
            "第一条 为加强城市供水管理，保障城市生活、生产用水，制定本办法。",
            "第二条 本办法自2031年7月1日起施行，有效期五年。",
        ]
    )
    intro = "".join(build_script(parse(text)).intro.written)
    assert "《青川市城市供水管理办法》自2031年7月1日起施行" in intro
    assert "本办法" not in intro


def test_a_digest_s_intro_gives_the_lead_of_more_than_its_first_section() -> None:
    text = "\n".join(
        [
            "青川财经早报2031年5月9日星期五",
            "要闻速递",
            "1、市金融监管局通报称，部分小额贷款公司存在违规收费问题，已责令6家公司限期整改。",
            "2、市统计局发布数据，4月全市居民消费价格同比上涨0.6%，其中食品价格下降1.2%。",
            "3、青川港务集团披露一季报显示，一季度营业收入同比增长18.2%，创同期新高。",
            "市场行情",
            "1、周四青川股市三大指数全线收涨，青川综指涨1.26%报3846.21点。",
            "2、本地农产品批发市场蔬菜均价每公斤4.38元，环比下降2.1%。",
            "3、本周钢材现货价格小幅回落，螺纹钢均价每吨3650元。",
        ]
    )
    intro = "".join(build_script(parse(text)).intro.written)
    assert "部分小额贷款公司存在违规收费问题" in intro
    assert "三大指数全线收涨" in intro  # the second section's lead, not only the first's items


def test_the_map_gives_up_its_names_before_a_key_fact_would_not_fit() -> None:
    # a long title, six chapters, and when the rules take effect: the date is worth more
    # to a listener than the names of two chapters
    text = "\n".join(
        [
            "青川市人民政府关于印发青川市城乡居民临时救助资金管理和发放监督检查暂行办法（修订稿）的通知",
            "2031年12月1日",
            "各区县人民政府，市政府各部门：",
            "现将《青川市城乡居民临时救助资金管理和发放监督暂行办法》印发给你们，请认真贯彻执行。"
            "本办法自2032年1月1日起施行。",
            "第一章 临时救助的对象和范围",
            "全市去年共向3200户因病因灾导致基本生活暂时困难的城乡居民家庭发放临时救助资金1860万元。"
            + P3,
            "第二章 临时救助的申请和审批",
            P3.replace("二十四小时", "昼夜"),
            "第三章 临时救助资金的筹集和使用",
            P3,
            "第四章 临时救助资金的发放方式",
            P2.replace("5月底", "6月底"),
            "第五章 临时救助资金的监督检查",
            P3.replace("二十四小时", "全天"),
            "第六章 附则",
            P2.replace("5月底", "7月底"),
        ]
    )
    written = build_script(parse(text)).intro.written
    intro = "".join(written)
    for fact in ("自2032年1月1日起施行。", "3200户"):
        assert fact in intro, written
    assert written[-1] == "本期简报共六个部分。", written
    assert len(re.sub(r"\s", "", intro)) <= 150


def test_a_report_s_addressee_is_no_label_for_the_key_point_under_it() -> None:
    text = "\n".join(
        [
            "青川市人民政府办公室转发市水务局关于2031年防汛工作意见的通知",
            "市水务局《关于2031年防汛工作的意见》已经市政府同意，现转发给你们，请认真贯彻执行。",
            "关于2031年防汛工作的意见",
            "市人民政府：",
            "我局于3月5日召开全市防汛工作会商会，预计今年汛期全市降雨偏多三成，"
            "发生较大洪水的可能性较大。" + P2,
            P3,
        ]
    )
    intro = "".join(build_script(parse(text)).intro.written)
    assert "偏多三成" in intro, intro
    assert "市人民政府：" not in intro
    # the report handed on speaks as its author, 市水务局, not as the office that hands it on
    assert "市水务局于3月5日" in intro and "我局" not in intro, intro


@pytest.mark.parametrize("addressee", ["国务院：", "党中央、国务院：", "市人民政府："])
def test_a_line_naming_the_state_council_or_a_government_is_an_addressee(addressee: str) -> None:
    from audiobulletin.document import is_addressee

    assert is_addressee(addressee)


def test_an_opening_cut_to_its_head_clause_is_never_cut_inside_brackets() -> None:
    text = "\n".join(
        [
            "青川市第一中学学生宿舍楼改造工程招标公告",
            "青川建设工程咨询有限公司受青川市第一中学的委托，对学生宿舍楼改造工程（项目编号："
            "QC20310702）进行竞争性磋商，现欢迎国内合格的供应商参加本次政府采购活动。",
            "一、项目概况",
            "预算金额：人民币1,100,000.00元。" + P3,
            "二、递交响应文件截止时间",
            P2,
        ]
    )
    intro = "".join(build_script(parse(text)).intro.written)
    assert "项目编号。" not in intro, intro


def test_an_opening_that_is_the_headline_and_a_stock_claim_is_not_said_in_the_intro() -> None:
    # 扎实做好各项…工作 says the work was done well, not what was done; without it, the
    # opening is the headline again
    text = (
        "青川县力保汛期城乡供水安全\n\n"
        "日前，记者从县水利局了解到，立足防大汛、抢大险，我县扎实做好各项供水保障工作，"
        "确保汛期城乡供水安全。\n\n"
        "县水利局对全县46座水厂逐一排查，发现安全隐患12处，目前已全部整改到位。"
        "全县储备应急发电机18台、净水药剂60吨，可保障断电断水时连续供水7天。\n\n"
        "下一步，县水利局将实行24小时值班制度，确保一旦出现险情能够及时处置。\n"
    )
    intro = "".join(build_script(parse(text)).intro.written)
    assert "扎实做好" not in intro
    assert intro.count("供水安全") == 1  # the title only
    assert "安全隐患12处" in intro


def test_an_opening_whose_head_clause_only_sets_the_scene_gives_way_to_the_next_fact() -> None:
    # 上月青川市平均气温偏高 is the setting of the news, not the news: the intro takes the
    # next facts rather than a clause too short to say anything whole
    text = (
        "青川市蔬菜病虫发生预报\n\n"
        "上月青川市平均气温偏高，出现多次连续强降雨天气，田间湿度大，蔬菜病虫害发生趋重。\n\n"
        "据市植保站调查，全市瓜蓟马平均百梢活虫1860头，斑潜蝇平均叶受害率21.5%。\n\n"
        "预计本月瓜蓟马、斑潜蝇、霜霉病偏重发生，小菜蛾中等发生，各地要及早做好防治准备。\n\n"
        "防治瓜蓟马可选用10%溴虫腈悬浮剂1500倍液喷雾，每隔7天喷一次，连喷两到三次。\n"
    )
    intro = build_script(parse(text)).intro.written
    assert not any("平均气温偏高" in line for line in intro), intro
    assert any("1860头" in line for line in intro), intro


def test_a_meeting_notice_s_intro_says_the_place_under_its_label() -> None:
    # the place under a 会议地点 heading says nothing without it
    text = "\n".join(
        [
            "关于召开全市农村人居环境整治现场推进会的通知",
            "各区县农业农村局：",
            "经市政府同意，定于2031年6月12日召开全市农村人居环境整治现场推进会。"
            "现将有关事项通知如下：",
            "一、会议时间",
            "2031年6月12日上午9:00，会期半天。",
            "二、会议地点",
            "青川县城关镇文化中心二楼会议室。",
            "三、参会人员",
            "各区县分管农业农村工作的负责同志，市直有关单位分管负责同志。",
        ]
    )
    intro = "".join(build_script(parse(text)).intro.written)
    assert "会议地点：青川县城关镇文化中心二楼会议室" in intro, intro


def test_a_table_s_total_row_is_a_key_fact_of_the_intro() -> None:
    text = "\n".join(
        [
            "青川县2031年助学金发放办法",
            "第一条 为资助家庭经济困难学生完成学业，设立本助学金。",
            "第二条 助学金按学段发放，各学段名额和金额如下。",
            "学段\t每人金额\t名额\t小计",
            "小学\t2,000元\t50人\t100,000元",
            "初中\t3,000元\t60人\t180,000元",
            "高中\t5,000元\t40人\t200,000元",
            "合 计\t\t150人\t480,000元",
            "第三条 申请人须在青川县连续居住满一年。",
        ]
    )
    script = build_script(parse(text))
    intro = "".join(script.intro.written)
    assert "合计：名额150人，小计480,000元。" in intro, intro
    assert "四十八万元" in script.intro.spoken


@pytest.mark.parametrize(
    ("rows", "said"),
    [
        ([("合计", "", "150人", "480,000元")], "合计：名额150人，金额480,000元。"),
        ([("總計", "--", "150", "48")], "總計：名额150人，金额48万元。"),  # units from the header
        ([("小学", "2,000元", "50人", "100,000元")], ""),  # no total row
    ],
)
def test_a_total_row_says_its_first_figures_with_their_columns(
    rows: list[tuple[str, ...]], said: str
) -> None:
    from audiobulletin.document import Table
    from audiobulletin.script import total_row

    table = Table(("学段", "每人金额", "名额（人）", "金额（万元）"), tuple(rows))
    assert total_row(table) == said


def test_the_lead_cut_to_its_headline_clause_keeps_the_clause_with_its_figure() -> None:
    text = "\n\n".join(
        [
            "青川平川山火蔓延 两县各有人员受伤",
            "本报青川3月28日电 青川县和平川县今天在两县交界的林区又发生新的山火，两县共有12名"
            "扑火队员在扑救中受伤。与此同时，省森林防火指挥部已派出工作组赶赴现场。",
            "平川县应急管理局今天说，山火是从青川县一侧的林区烧过来的，当地已组织300多人扑救。",
            "青川县林业局表示，起火原因正在调查，县里已关闭全部进山路口。",
        ]
    )
    intro = "".join(build_script(parse(text)).intro.written)
    assert "又发生新的山火，两县共有12名扑火队员在扑救中受伤。" in intro, intro


NO_HEADLINE = (
    "记者 王青山\n\n"
    "12月5日，青川市生态环境局发布消息，今年1至11月，全市空气质量优良天数达到298天，"
    "优良率为89.2%，同比提高3.5个百分点；细颗粒物（PM2.5）平均浓度为28微克/立方米，"
    "同比下降9.7%。\n\n"
    "据介绍，今年以来，全市共淘汰老旧柴油货车1260辆，完成燃煤锅炉改造86台。\n"
)


def test_a_title_made_from_the_lead_is_its_news_not_who_gives_it() -> None:
    doc = parse(NO_HEADLINE)
    assert doc.title == "全市空气质量优良天数达到298天"


def test_an_intro_never_says_a_change_without_what_changed() -> None:
    intro = "".join(build_script(parse(NO_HEADLINE)).intro.written)
    assert "发布消息，同比" not in intro, intro
    assert not re.search(r"[。，]同比提高", intro), intro


def test_a_headline_broken_over_two_lines_above_a_photo_and_a_dateline_is_one_title() -> None:
    text = (
        "青川日报客户端 | 记者 李明\n\n"
        "青川首条跨江隧道\n全线贯通\n\n"
        "▲图为隧道贯通现场。记者 李明 摄\n\n"
        "本报讯 12月30日上午，青川首条跨江隧道——滨江隧道全线贯通。" + P1 + "\n\n" + P2 + "\n"
    )
    doc = parse(text)
    assert doc.title == "青川首条跨江隧道全线贯通"
    assert all(c.heading != "全线贯通" for c in doc.chapters)


def test_the_intro_names_the_company_that_calls_itself_we() -> None:
    text = "\n".join(
        [
            "青川供电公司停电通知",
            "尊敬的电力客户：",
            "因电网设备检修，我公司将于6月12日7:30至18:00对城北线停电作业，届时将影响"
            "城北街道新华社区、光明社区供电。" + P1,
            P2,
            "国网青川供电公司",
            "2031年6月9日",
        ]
    )
    intro = "".join(build_script(parse(text)).intro.written)
    assert "国网青川供电公司将于6月12日" in intro, intro
    assert "我公司" not in intro


def test_a_chapter_name_says_which_city_we_are() -> None:
    text = "\n".join(
        [
            "青川市水务局关于2031年汛前准备工作情况的通报",
            "一、我市全面完成汛前检查",
            "今年以来，全市共检查水库126座，发现安全隐患23处，已全部完成整改。" + P1,
            "二、防汛物资储备到位",
            "全市储备编织袋50万条、救生衣3000件，各类抢险物资已按要求落实到位。" + P2,
            "青川市水务局",
            "2031年5月6日",
        ]
    )
    script = build_script(parse(text))
    assert script.segments[0].chapter == "青川市全面完成汛前检查"


def test_a_kind_in_brackets_stays_with_its_row_and_a_caption_s_unit_goes_with_the_figures() -> None:
    text = "\n".join(
        [
            "临河县重要商品价格周报",
            "",
            "本周全县重要商品价格总体平稳，猪肉价格小幅回落，蔬菜价格涨跌互现。",
            "",
            "附表：临河县重要商品零售价格表（单位：元）",
            "",
            "品名        规格      本周价格   上周价格",
            "牛肉(腱子)  500克     38.50      39.00",
            "鸡蛋(散装)  500克     5.20       5.30",
            "大米(晚籼)  500克     3.10       3.10",
        ]
    )
    spoken = "".join(w for s in build_script(parse(text)).segments for w in s.written)
    assert "品名：牛肉(腱子)，规格：500克，本周价格：38.50元，上周价格：39元" in spoken, spoken
    assert "附表：临河县重要商品零售价格表（单位：元）" in spoken, spoken


def test_a_work_report_s_subtitle_wrapped_and_pasted_with_spaces_says_who_gave_it_when() -> None:
    text = "\n".join(
        [
            "政府工作报告",
            "——2033 年 2 月 6 日在临河县第八届人民代表大会",
            "第二次会议上",
            "临河县人民政府县长  吴建华",
            "",
            "各位代表：",
            "现在，我代表县人民政府，向大会报告工作，请予审议。",
            "一、2032年工作回顾",
            "2032年，全县地区生产总值完成186.4亿元，同比增长6.1%，一般公共预算收入12.3亿元。",
            "二、2033年主要目标",
            "今年全县经济社会发展的主要预期目标是：地区生产总值增长6%左右。",
        ]
    )
    intro = "".join(build_script(parse(text)).intro.written)
    assert (
        "2033年2月6日，临河县人民政府县长吴建华在临河县第八届人民代表大会第二次会议上" in intro
    ), intro
    assert "我代表县人民政府" not in intro, intro


def test_an_intro_of_figures_stays_within_its_limit_as_said_too() -> None:
    from audiobulletin.script import INTRO_MAX_VISIBLE
    from audiobulletin.summary import visible_len

    text = "\n".join(
        [
            "2033年1-3月份临河县规模以上工业企业利润增长12.4%",
            "",
            "1-3月份，全县规模以上工业企业实现利润总额2186.54亿元，同比增长12.47%，"
            "比1-2月份加快3.27个百分点，营业收入38972.61亿元，同比增长8.93%，"
            "营业成本32745.18亿元，增长8.46%，营业收入利润率为5.61%，提高0.17个百分点。",
            "",
            "一、分经济类型看",
            "",
            "1-3月份，国有控股企业实现利润总额786.35亿元，同比增长9.84%；私营企业实现利润总额"
            "573.21亿元，增长15.67%；股份制企业实现利润总额1654.78亿元，增长11.36%。",
            "",
            "二、分行业看",
            "",
            "1-3月份，在41个工业大类行业中，33个行业利润总额同比增长，8个行业下降。其中，"
            "电气机械和器材制造业利润增长28.63%，计算机通信业增长21.47%，汽车制造业增长17.82%。",
        ]
    )
    intro = build_script(parse(text)).intro
    assert visible_len("".join(intro.written)) <= INTRO_MAX_VISIBLE
    assert visible_len(intro.spoken) <= INTRO_MAX_VISIBLE, intro.spoken


def test_a_warning_s_undated_signature_is_not_read_and_names_its_issuer() -> None:
    text = "\n".join(
        [
            "青川市气象台发布暴雨蓝色预警信号",
            "2031-06-21 16:05:12 来源:青川市气象局",
            "青川市气象台2031年6月21日16时05分发布暴雨蓝色预警信号：预计今天傍晚到明天白天，"
            "我市北部将出现暴雨，过程雨量50～80毫米，局部超过100毫米，并伴有短时雷暴大风。",
            "截至21日15时，全市平均面雨量已达38.6毫米，雨量最大为白石镇142.7毫米；"
            "青川水库水位107.32米，超过汛限水位0.8米。",
            "请有关单位和人员做好防范工作：",
            "（1）政府及相关部门按照职责做好防暴雨准备工作；",
            "（2）学校、幼儿园采取适当措施，保证学生和幼儿安全；",
            "（3）驾驶人员应当注意道路积水和交通阻塞，确保安全；",
            "（4）检查城市、农田、鱼塘排水系统，做好排涝准备；",
            "（5）山区群众注意防范山洪、滑坡、泥石流等地质灾害。",
            "青川市气象台",
            "（责任编辑：李婷）",
        ]
    )
    doc = parse(text)
    assert ("signature", "青川市气象台") in [(m.kind, m.text) for m in doc.meta]
    chapters = merge_short_chapters(doc.chapters)
    # the lead-in opens the list it announces, however long the items are together
    assert chapters[-1].blocks[0].text == "请有关单位和人员做好防范工作："
    script = build_script(doc)
    assert not said(script).endswith("青川市气象台。")
    assert "气象局" not in "".join(script.intro.written)


def test_the_intro_says_the_day_an_event_is_held_though_the_opening_says_it_whole() -> None:
    text = "\n".join(
        [
            "关于2031青川马拉松比赛期间对部分道路实施交通管制的通告",
            "",
            "2031青川马拉松比赛将于2031年10月26日（星期日）7:30鸣枪起跑。为确保赛事安全顺利"
            "进行，决定在比赛期间对部分道路实施临时交通管制。现通告如下：",
            "",
            "一、管制时间及路段",
            "2031年10月26日5:00至13:30，江东路、河西大街禁止一切车辆通行，"
            "各管制路段将根据赛程进展分段解除管制。",
            "",
            "二、其他事项",
            "管制路段内的停车泊位届时暂停使用，请车主于10月25日20:00前自行驶离。",
        ]
    )
    script = build_script(parse(text))
    assert "鸣枪起跑" in "".join(script.intro.written)


def test_sections_headed_by_their_name_in_brackets_stand_as_numbered_ones_do() -> None:
    # each section a little short of a plain chapter's size, as long as a numbered one
    lead = (
        "6月21日11时08分，青川新区翠湖街道望江苑小区12幢发生燃气爆炸，消防救援力量迅速赶赴现场"
        "处置，区委区政府主要负责同志第一时间到场指挥。"
    )
    body = (
        "据初步调查，事发住户于当日上午使用燃气灶具时软管老化破裂，燃气泄漏后遇明火引发爆炸，"
        "爆炸造成该户及相邻两户门窗损毁，楼道墙体部分开裂，现场明火于十一时三十分被扑灭，"
        "同楼居民已被转移至附近酒店临时安置，饮食起居由街道统一保障。"
    )
    heads = ["【事故经过】", "【伤亡及转移安置】", "【安全评估】"]
    # (the first long enough to stand on its own after the lead, the others 115 characters,
    # heading and all: between HEADED_MIN and CHAPTER_MIN)
    sizes = [130, 115, 115]
    rows = [
        x
        for h, n in zip(heads, sizes, strict=True)
        for x in (h, (body * 2)[: n - len(h) - 1] + "。")
    ]
    script = build_script(parse("\n".join(["青川新区一居民楼发生燃气爆炸", lead, *rows])))
    assert [s.chapter for s in script.segments][-3:] == ["事故经过", "伤亡及转移安置", "安全评估"]


def test_a_timetable_s_rows_are_read_one_by_one_never_as_headings_run_together() -> None:
    text = "\n".join(
        [
            "关于做好2031年上半年中小学教师资格考试笔试工作的通知",
            "",
            "一、考试时间",
            "笔试时间为2031年3月9日(星期日),具体安排如下:",
            "上午9:00-11:00 科目一(综合素质)",
            "下午 14:00-16:00 科目二(教育知识与能力)",
            "二、考点设置",
            "本次考试设南屏县第一中学、南屏县实验中学2个考点,共设考场86个,每个考场30名考生.",
        ]
    )
    script = build_script(parse(text))
    spoken = "".join(s.spoken for s in script.segments)
    assert "科目一(综合素质)。下午两点到四点，科目二" in spoken, spoken


def test_a_paper_s_e_edition_set_apart_by_a_space_is_not_said_as_its_name() -> None:
    text = "\n".join(
        ["青川日报 数字报 2031年06月03日 星期二 第A02版:要闻", "青川县早稻喜获丰收", P1, P2]
    )
    intro = "".join(build_script(parse(text)).intro.written)
    assert "据青川日报2031年6月3日报道" in intro, intro


def test_a_department_under_the_government_s_release_masthead_issues_it_and_names_no_title() -> (
    None
):
    text = "\n".join(
        ["香港特別行政區政府 新聞公報", "水務署", "沙田區部分地方暫停食水供應", "", P1, "", P2]
    )
    script = build_script(parse(text))
    assert script.title == "沙田區部分地方暫停食水供應"
    intro = "".join(script.intro.written)
    assert "水務署发布" in intro or "水务署发布" in intro, intro


def test_an_office_beside_the_kind_of_report_it_issues_is_no_title_and_issues_it() -> None:
    headline = "第9号台风“海燕”向西北方向移动 明天夜里将进入东海南部海面"
    text = "\n".join(["临江省气象台　台风消息", "", headline, "", P1, "", P2])
    script = build_script(parse(text))
    assert script.title == headline
    assert "临江省气象台发布" in "".join(script.intro.written)
