"""The script's intro map: how many parts follow, said as a listener hears it."""

from pathlib import Path

import pytest
from shared_data import shared_dir

from audiobulletin.document import parse
from audiobulletin.script import build_script, issuer
from audiobulletin.script.intro import _chapter_map
from audiobulletin.script.points import not_said_twice


def _report(paragraphs: int) -> str:
    body = "\n\n".join(
        f"第{i}段报道的正文，说明本地区第{i}项工作的进展。" * 8 for i in range(paragraphs)
    )
    return "本地新闻简报\n\n" + body + "\n"


@pytest.mark.parametrize(
    ("paragraphs", "said"),
    [(2, "共两个部分"), (11, "共十一个部分"), (100, "共一百个部分"), (123, "共一百二十三个部分")],
)
def test_intro_map_says_the_number_of_parts_in_words(paragraphs: int, said: str) -> None:
    script = build_script(parse(_report(paragraphs)))

    assert len(script.segments) == paragraphs
    assert script.intro is not None
    assert said in script.intro.spoken


def test_a_report_of_one_chapter_has_no_map_in_its_intro() -> None:
    script = build_script(parse(_report(1)))

    assert len(script.segments) == 1
    assert script.intro is not None
    assert "部分" not in script.intro.spoken  # 本期简报共一个部分 tells a listener nothing
    assert script.intro.spoken.startswith("本地新闻简报。")


@pytest.mark.parametrize(
    ("names", "total", "said"),
    [
        (["汛情概况", "防御措施"], None, "本期简报共两个部分：汛情概况、防御措施。"),
        (["汛情概况"], 2, "本期简报共两个部分。"),  # never 包括汛情概况等
        (["汛情概况", "防御措施"], 6, "本期简报共六个部分，包括汛情概况、防御措施等。"),
        (["汛情概况"], 1, ""),
    ],
)
def test_the_map_names_two_parts_or_more_or_none(
    names: list[str], total: int | None, said: str
) -> None:
    from audiobulletin.script.intro import _chapter_map

    assert _chapter_map(names, total) == said


def test_chapter_titles_stay_distinct_past_ninety_nine_repeats() -> None:
    script = build_script(parse(_report(130)))

    titles = [segment.chapter for segment in script.segments]
    assert len(set(titles)) == len(titles)
    assert not any(title.endswith("）") for title in titles)  # never a numbered suffix


def _price_table(unit_line: str = "单位：元/公斤") -> str:
    rows = [
        "品名\t本期\t上期\t涨跌幅\t备注",
        "大米\t5.20\t5.20\t-0.00\t",
        "猪肉\t26.5\t28.0\t-5.36%\t",
        "鸡蛋\t9.8\t9.6\t2.08%\t--",
    ]
    return "\n".join(["本周菜篮子价格", "", unit_line, *rows]) + "\n"


def test_a_price_table_is_read_with_its_header_its_unit_and_directions() -> None:
    script = build_script(parse(_price_table()))
    (segment,) = script.segments
    assert "品名：大米，本期：五点二元每公斤" in segment.spoken
    assert "涨跌幅：持平" in segment.spoken  # -0.00 in a change column
    assert "涨跌幅：下降百分之五点三六" in segment.spoken
    assert "涨跌幅：上升百分之二点零八" in segment.spoken
    assert "备注：无" in segment.spoken and "空" not in segment.spoken
    assert "单位" not in segment.spoken  # the unit line is not read on its own
    assert not any("单位" in w for w in script.warnings)


def test_a_cell_s_own_trailing_mark_is_not_read_before_the_row_s_full_stop() -> None:
    from audiobulletin.document import Table
    from audiobulletin.script import table_reading

    table = Table(("品名", "本期", "备注"), (("大米", "5.20", "正常波动;"), ("面粉", "3.10", "")))
    reading = table_reading(table)
    assert "备注：正常波动。" in reading, reading


def test_a_cell_with_its_thousands_set_off_by_spaces_is_one_figure() -> None:
    from audiobulletin.document import Table
    from audiobulletin.script import table_reading

    table = Table(
        ("區域", "本季", "去年同季", "變動"),
        (("北區", "2 541", "2 806", "-9.4%"), ("南區", "12 000 000", "214", "+5.4%")),
    )
    reading = table_reading(table)
    # (the columns' names in Traditional characters say what they hold, 變動 a change)
    assert "本季：2541，去年同季：2806，變動：下降9.4%" in reading, reading
    assert "本季：12000000，" in reading, reading
    assert "變動：上升5.4%" in reading, reading


def test_a_year_in_a_column_of_years_is_read_as_a_year() -> None:
    from audiobulletin.document import Table
    from audiobulletin.script import table_reading

    table = Table(("年份", "地区生产总值"), (("2029", "856.3亿元"), ("2030", "879.4亿元")))
    assert "年份：2029年，地区生产总值：856.3亿元" in table_reading(table)


def test_a_low_and_high_set_apart_by_a_slash_under_a_temperature_column_is_a_range() -> None:
    from audiobulletin.document import Table
    from audiobulletin.normalize import to_spoken
    from audiobulletin.script import table_reading

    table = Table(("日期", "气温(℃)"), (("6月3日", "-4/7"), ("6月4日", "21/30")))
    reading = table_reading(table)
    assert "气温：21/30℃" in reading, reading
    assert "气温：二十一到三十摄氏度" in to_spoken(reading).text


def test_a_statistics_table_takes_units_from_its_row_and_column_names() -> None:
    text = (
        "全县主要经济指标\n\n"
        "指标\t2023年\t2024年\t增长(%)\n"
        "地区生产总值(亿元)\t120.5\t131.2\t8.9\n"
        "粮食产量(万吨)\t45.1\t46.0\t-2.0\n"
    )
    (segment,) = build_script(parse(text)).segments
    # a header with years is still the header above rows of figures
    assert "指标：地区生产总值，二零二三年：一百二十点五亿元" in segment.spoken
    assert "增长：百分之八点九" in segment.spoken
    assert "增长：下降百分之二" in segment.spoken


def test_a_sound_level_s_column_says_its_weighted_decibels() -> None:
    text = (
        "临江市声环境质量状况\n\n"
        "功能区类别\t点位数\t昼间均值dB(A)\t夜间均值dB(A)\n"
        "1类\t3\t51.2\t44.8\n"
        "2类\t4\t55.6\t48.3\n"
    )
    (segment,) = build_script(parse(text)).segments
    assert "昼间均值：五十一点二分贝" in segment.spoken, segment.spoken


@pytest.mark.parametrize(
    ("caption", "said"),
    [
        ("各地调价后汽油零售限价(元/升)", "九十二号：七点五六元每升"),
        ("表:2031年以来城镇调查失业率走势(%)", "九十二号：百分之七点五六"),
    ],
)
def test_a_table_s_caption_ending_in_its_unit_gives_the_figures_their_unit(
    caption: str, said: str
) -> None:
    text = (
        "南屏省成品油价格调整\n\n"
        f"{caption}\n"
        "地区 | 92号 | 95号\n"
        "南屏 | 7.56 | 8.05\n"
        "临河 | 7.52 | 8.01\n"
    )
    spoken = "".join(s.spoken for s in build_script(parse(text)).segments)
    assert said in spoken


@pytest.mark.parametrize(
    ("header", "said"),
    [
        # each name of the first row spans two of the second's
        (
            "地区\t地区生产总值\t一般公共预算收入\n1-6月（亿元）\t增长（%）\t1-6月（亿元）\t增长（%）",
            "地区生产总值一到六月：六十点五亿元，地区生产总值增长：百分之七点二，"
            "一般公共预算收入一到六月：四点一亿元",
        ),
        # each name of the first row over one of the second's: the units row
        (
            "地区\t地区生产总值\t人均收入\t城镇化率\t增长\n1-6月（亿元）\t6月末（元）\t6月末（%）\t（%）",
            "地区生产总值一到六月：六十点五亿元，人均收入六月末：七点二元",
        ),
    ],
    ids=["spanning", "units-row"],
)
def test_a_header_written_in_two_rows_names_each_column_by_both(header: str, said: str) -> None:
    rows = "东城区\t60.5\t7.2\t4.1\t5.3\n西城区\t55.2\t6.8\t3.9\t-1.2\n"
    (segment,) = build_script(parse(f"青川市上半年经济指标\n\n{header}\n{rows}")).segments
    assert "第一行，地区：东城区，" + said in segment.spoken


def test_a_header_with_no_name_above_the_row_names_still_names_the_columns() -> None:
    (segment,) = build_script(
        parse("值班表\n\n\t上午\t下午\n周一\t张三\t李四\n周二\t王五\t赵六\n")
    ).segments
    assert "第一行，周一，上午：张三，下午：李四。" in segment.spoken


def test_a_table_of_long_figures_is_announced_without_its_caption_or_notes() -> None:
    rows = "\n".join(f"J{k}\t{2494100 + k * 37}.452\t{38512000 + k * 41}.118" for k in range(8))
    text = (
        "青川港口岸区范围的批复\n\n"
        + "现批复青川港口岸区的范围，界址点坐标见附件。请认真落实各项管理措施，做好口岸运行保障。"
        * 3
        + "\n\n附件1.青川港口岸区界址点坐标\n编号\tX坐标\tY坐标\n"
        + rows
        + "\n坐标系统为青川独立坐标系统\n"
    )
    script = build_script(parse(text))
    listing = script.segments[-1]
    assert listing.chapter == "数据表"
    assert listing.spoken.startswith("这里有一张共八行的数据表")
    assert "界址点坐标" not in listing.spoken and "坐标系统" not in listing.spoken
    unread = [w for w in script.warnings if w.startswith("未朗读（数据表说明）")]
    assert any("青川独立坐标系统" in w for w in unread)
    assert any("数据表，8行" in w for w in script.warnings)


def test_a_key_point_that_another_says_in_full_is_not_said_twice() -> None:
    whole = "建立健全城区防汛应急机制，提高应对暴雨内涝的能力。"
    head = "建立健全城区防汛应急机制。"
    other = "城区易涝点由市政部门负责巡查。"
    assert not_said_twice([whole, head, other]) == [whole, other]
    assert not_said_twice([head, whole]) == [whole]
    assert not_said_twice([other, other]) == [other]


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("杭州作为“全国数字治理第一城”", "杭州作为“全国数字治理第一城”。"),
        ("考试时间：第十周（11月7日至9日）", "考试时间：第十周（11月7日至9日）。"),
        ("他说：“今年的任务已经完成。”", "他说：“今年的任务已经完成。”"),
        ("The city grew 5% this year.", "The city grew 5% this year."),
        ("增长率为3.", "增长率为3.。"),
        # pasted with ASCII stops: the stop before the quote ends it
        ('他说："每天都来打太极拳."', '他说："每天都来打太极拳."'),
        ("比去年多了一倍以上.", "比去年多了一倍以上."),
    ],
)
def test_an_intro_line_ends_a_sentence_even_after_a_closing_quote(line: str, said: str) -> None:
    from audiobulletin.script.phrasing import end_sentence

    assert end_sentence(line) == said


def test_the_map_never_names_a_table_s_caption_or_a_name_that_leads_on() -> None:
    from audiobulletin.document import Block, Chapter
    from audiobulletin.script.intro import _mappable

    body = Chapter(None, (Block("paragraph", "正文。"),))
    headed = Chapter("二、培训目标", (Block("paragraph", "正文。"),))
    assert not _mappable("表格：品名、价格", body)
    assert not _mappable("数据表", body)
    assert not _mappable("中国电信通过加快5G建设", body)  # a means, not a part's name
    assert _mappable("均为责任事故", body)
    assert _mappable("培训目标", headed)
    # who warns whom names the advice after it, a part a listener skips to
    assert _mappable("警方提醒市民", body)
    assert _mappable("專家提醒", body)
    # a name broken off inside a clause of its chapter (…可建立 | 大规模的…) is not said
    story = Chapter(
        None, (Block("paragraph", "农业局在中央补助下可建立大规模的养殖示范区，蚵农都同意。"),)
    )
    assert not _mappable("农业局在中央补助下可建立", story)
    assert _mappable("农业局在中央补助下可建立大规模的养殖示范区", story)
    # a name that announces what follows it names nothing yet; a noun in 为 is a name
    assert not _mappable("今年全市招商引资的目标是", body)
    assert not _mappable("主要措施包括", body)
    assert _mappable("查处违法行为", body)


def test_a_report_of_one_word_has_no_intro_with_nothing_to_say() -> None:
    script = build_script(parse("今"))
    assert script.intro is None  # no title, no facts, no map: nothing a listener needs
    assert [s.text for s in script.segments] == ["今"]


def test_the_map_s_names_give_way_for_a_figure_more_never_for_one_fewer() -> None:
    from audiobulletin.script.points import names_give_way

    shown = ["全市今年新增城镇就业2.3万人。"]
    assert names_give_way(shown, [*shown, "本办法自2032年1月1日起施行。"])
    assert not names_give_way(shown, [*shown, "各地要加强组织领导。"])  # nothing to keep
    # a longer point that outranks the figure once there is room: the figure would be lost
    assert not names_give_way(shown, ["学时：每个班总学时不少于100学时，每门课程约15学时。"])
    # a point without a figure may be traded for a deadline
    assert names_give_way(["各地要加强组织领导。"], ["请于8月24日17:00前报送汇总表。"])
    # and for the day it happened
    assert names_give_way(shown, ["6月3日，多家企业向市市场监督管理局备案了召回计划。", *shown])


def _intro_written(report: str) -> str:
    """The intro of ``report``'s script, as written, its lines run together."""
    script = build_script(parse(report))
    assert script.intro is not None
    return "".join(script.intro.written)


def test_a_sentence_the_title_says_whole_takes_no_room_from_the_intro_s_facts() -> None:
    # the lead repeats the headline word for word: the intro does not say it twice, and the
    # room it would have taken goes to the facts after it
    report = (
        "青川县今年发放耕地地力保护补贴3.2亿元\n\n"
        "青川县今年发放耕地地力保护补贴3.2亿元。补贴资金已于11月30日前全部通过一卡通发放到"
        "农户手中，共惠及全县12.6万户农户和386个家庭农场。\n\n"
        "今年的补贴标准为每亩105元，比去年提高了8元，补贴面积以二轮承包面积为准并经过村组公示。\n\n"
        "明年起，补贴将与耕地保护责任落实情况挂钩，撂荒耕地不再享受补贴。\n"
    )
    said = _intro_written(report)
    assert said.count("3.2亿元") == 1, said
    assert "比去年提高了8元" in said, said


def test_an_intro_says_what_a_notice_does_and_when_not_only_its_long_cause() -> None:
    report = (
        "停水通知\n\n"
        "尊敬的用户：\n\n"
        "因南屏水厂DN1200出厂主管道与滨河路新建DN800管道碰口施工，我司定于2031年6月14日"
        "22:00至6月15日10:00对以下区域暂停供水，共计12小时：\n\n"
        "1、停水区域：南屏区滨河路以东、长安北路以西的围合区域；\n"
        "2、受影响小区：锦绣江城1-18栋、阳光新苑、北辰花园。\n\n"
        "请受影响的用户提前做好储水准备，停水期间请关闭家中水龙头。\n"
    )
    said = _intro_written(report)
    assert "2031年6月14日22:00至6月15日10:00对以下区域暂停供水" in said, said


def test_an_intro_says_what_a_recall_takes_back_not_only_that_it_was_filed() -> None:
    report = (
        "临河汽车召回部分纯电动汽车\n\n"
        "临河汽车有限公司近日向市场监管部门备案了召回计划，决定自2031年6月1日起，召回生产日期"
        "在2029年3月1日至2030年12月31日期间的部分星河纯电动汽车，共计35812辆。\n\n"
        "本次召回范围内的部分车辆冷却管路密封圈存在缺陷，极端情况下可能引发车辆起火。\n\n"
        "临河汽车有限公司将为召回范围内的车辆免费更换密封圈。\n"
    )
    said = _intro_written(report)
    # the day it starts is said with what starts then, never alone before the count
    assert "起，共计" not in said and "起。" not in said, said
    assert "冷却管路密封圈存在缺陷" in said, said
    assert parse(report).date is None  # a day that bounds the cars built dates no report


def test_an_intro_says_the_sentence_a_court_passed_with_its_judgment() -> None:
    report = (
        "临河市中级人民法院一审宣判一起集资诈骗案\n\n"
        "12月5日，临河市中级人民法院对被告人周某某等5人集资诈骗案一审公开宣判，以集资诈骗罪"
        "判处被告人周某某有期徒刑十二年，并处罚金人民币八十万元；其余4名被告人分别被判处有期"
        "徒刑三年至七年不等。\n\n"
        "法院审理查明，2026年3月至2029年8月，周某某以高额利息为诱饵，向社会公众非法集资2.3亿元。"
        "\n\n宣判后，被告人周某某当庭表示上诉。\n"
    )
    said = _intro_written(report)
    assert "判处被告人周某某有期徒刑十二年" in said, said


def test_an_intro_of_a_tender_s_result_names_who_won_it_and_for_how_much() -> None:
    report = (
        "临河区第二小学操场改造工程中标结果公告\n\n"
        "一、项目编号：LH2031-GC-027\n"
        "二、项目名称：临河区第二小学操场改造工程\n"
        "三、中标信息\n"
        "中标人：白石建工集团有限公司\n"
        "中标金额：人民币2,316.80万元\n"
        "工期：150日历天\n"
        "四、公告期限\n"
        "自本公告发布之日起1个工作日。\n\n"
        "临河区第二小学\n"
        "2031年4月8日\n"
    )
    said = _intro_written(report)
    assert "白石建工集团有限公司" in said, said
    assert "2,316.80万元" in said, said
    assert "自本公告发布之日起" not in said, said  # how long it is posted is no news


def test_an_intro_says_the_period_figures_count_not_the_day_a_reporter_was_told() -> None:
    report = (
        "临河县前三季度经济运行稳中有进\n\n"
        "10月25日，记者从县统计局获悉，今年前三季度，全县实现地区生产总值186.5亿元，同比增长"
        "5.8%，增速高于全市平均水平0.6个百分点。\n\n"
        "分产业看，第一产业增加值28.6亿元，增长3.9%；第二产业增加值72.4亿元，增长6.5%。\n\n"
        "县统计局有关负责人表示，全县经济延续回升向好态势。\n"
    )
    said = _intro_written(report)
    assert "今年前三季度，全县实现地区生产总值186.5亿元" in said, said
    assert "10月25日" not in said, said


def test_a_point_that_says_again_what_the_point_before_said_is_not_said_twice() -> None:
    lead = "受冷空气影响，未来48小时内青川市大部地区最低气温将下降8度以上，北部有霜冻。"
    again = "48小时内最低气温将要下降8℃以上，北部有霜冻。"  # no figure of its own
    more = "48小时内最低气温将要下降8℃以上，陆地平均风力可达5级以上。"  # 5级 is new
    assert not_said_twice([lead, again]) == [lead]
    assert not_said_twice([lead, more]) == [lead, more]


def _shared_reports() -> list[Path]:
    shared = shared_dir()
    return sorted([*shared.glob("corpus/*.txt"), *shared.glob("corpus-more/*.txt")])


@pytest.mark.parametrize("path", _shared_reports(), ids=lambda p: p.stem[:24])
def test_an_intro_says_our_city_by_its_name_wherever_the_name_fits(path: Path) -> None:
    # the name of 我市 in a fact comes before one more name in the map of parts
    from audiobulletin.script import INTRO_MAX_VISIBLE, named_units
    from audiobulletin.summary import visible_len

    doc = parse(path.read_text(encoding="utf-8"))
    script = build_script(doc)
    assert script.intro is not None
    written = list(script.intro.written)
    said = sum(visible_len(w) for w in written)
    map_names = visible_len(written[-1]) - visible_len(_chapter_map([], len(script.segments)))
    for point in written[1:-1]:
        named = named_units(point.strip(), doc)
        grows = visible_len(named) - visible_len(point)
        assert not grows or said + grows - map_names > INTRO_MAX_VISIBLE, point


def test_points_chosen_again_are_said_in_the_order_of_the_report() -> None:
    from audiobulletin.script.points import in_report_order

    paragraphs = [
        "青川县已启动应急响应,现在到达现场的有8支救援队,还有一支正在赶往现场。",
        "我们还调用了3架无人机进行搜寻。",
    ]
    later = "我们还调用了3架无人机进行搜寻。"
    cut = "青川县已启动应急响应，现在到达现场的有8支救援队。"  # cut, and its comma as said
    lead = "青川县发生山体滑坡。"  # not in the paragraphs: keeps its place
    assert in_report_order([lead, later, cut], paragraphs) == [lead, cut, later]


def test_room_left_after_the_map_goes_to_one_more_fact_with_news() -> None:
    from audiobulletin.script.intro import _one_more

    paragraphs = [
        "市人大十五届三次会议5日上午举行记者会，市长王青山回答记者提问。",
        "市政府高度重视灾后重建工作，要求各部门密切配合。",
        "王青山：这次洪水中有1260户房屋受损，群众的冷暖牵挂着市委市政府的心。",
        "市里还调拨了3.5亿元专项资金，任何一个环节都不能耽误。",
    ]
    points = ["市人大十五届三次会议5日上午举行记者会。", "王青山：这次洪水中有1260户房屋受损。"]
    more = _one_more("市长答记者问", paragraphs, paragraphs[0], 30, set(), points)
    assert more == ["市里还调拨了3.5亿元专项资金，任何一个环节都不能耽误。"]
    assert _one_more("市长答记者问", paragraphs, paragraphs[0], 12, set(), points) == []


def test_a_point_cut_to_fit_may_say_its_sentence_whole_but_never_the_opening() -> None:
    from audiobulletin.script.intro import _whole_sentence

    opening = "11月19日下午，市长李明主持召开市政府第45次常务会议，研究部署森林防火工作。"
    decided = "会议原则通过了《青川市重点项目投资计划》，全年安排项目156个，计划投资426亿元。"
    paragraphs = [opening, decided]
    cut = "会议原则通过了《青川市重点项目投资计划》，全年安排项目156个。"
    assert _whole_sentence(cut, paragraphs, opening) == decided
    assert (
        _whole_sentence("11月19日下午，市长李明主持召开市政府第45次常务会议。", paragraphs, opening)
        == ""
    )
    assert _whole_sentence(decided, paragraphs, opening) == ""


@pytest.mark.parametrize(
    ("heading", "text", "said"),
    [
        (
            "一、报名对象",
            "2031年在我市普通高中就读的高一、高二年级在籍学生。",
            "报名对象：2031年在我市普通高中就读的高一、高二年级在籍学生。",
        ),
        ("二、培训对象", "培训对象为全市中小学新任教师。", "培训对象为全市中小学新任教师。"),
        ("三、报名时间", "请各校认真组织报名。", "请各校认真组织报名。"),
        # a heading of the days' plan (时间安排) labels the days under it as 报名时间 does
        (
            "2. 时间安排",
            "2031年12月30日至2032年1月3日。",
            "时间安排：2031年12月30日至2032年1月3日。",
        ),
    ],
)
def test_an_intro_point_under_a_heading_of_whom_it_is_for_says_the_heading(
    heading: str, text: str, said: str
) -> None:
    from audiobulletin.script.points import labelled

    assert labelled(heading, text) == said


def test_a_table_s_total_row_says_the_unit_the_table_gives_its_figures() -> None:
    from audiobulletin.document import Table
    from audiobulletin.script import total_row

    table = Table(
        ("县（区）", "补贴面积（万亩）", "补贴资金"),
        (("东城区", "56.2", "5901"), ("合计", "310.5", "32600")),
        "万元",
    )
    assert total_row(table) == "合计：补贴面积310.5万亩，补贴资金32600万元。"


def test_a_point_said_whole_never_brings_back_the_address_it_was_said_without() -> None:
    from audiobulletin.script.intro import _whole_sentence

    sentence = "各单位于8月24日17:00前将汇总表电子版发至邮箱ygb@example.cn。"
    cut = "各单位于8月24日17:00前将汇总表电子版发至邮箱。"
    assert _whole_sentence(cut, [sentence], "") == ""
    longer = "各单位于8月24日前报送汇总表，逾期不予受理，联系人：李明，电话：5521888。"
    whole = _whole_sentence("各单位于8月24日前报送汇总表。", [longer], "")
    assert whole == "各单位于8月24日前报送汇总表，逾期不予受理。", whole


def test_a_bracketed_agency_dateline_names_the_agency_and_its_day_without_the_bracket() -> None:
    text = (
        "青川港新碼頭啟用 年吞吐能力300萬噸\n\n"
        "（中央社記者林怡君青川2031年4月8日電）青川港務公司今天舉行新碼頭啟用典禮，"
        "新碼頭設有4個萬噸級泊位，年吞吐能力可達300萬噸。\n\n"
        "港務公司表示，新碼頭啟用後，每年可為地方增加就業崗位約1200個。"
        "（編輯：張文華）1200408\n"
    )
    script = build_script(parse(text))
    assert script.intro is not None
    intro = "".join(script.intro.written)
    # (the dateline gives the year too, and so the day in full)
    assert "据中央社2031年4月8日报道" in intro
    assert "（中央社" not in intro
    assert not any("1200408" in s or "編輯" in s for s in script.segments[-1].written)


def test_the_outlet_an_intro_credits_leads_into_its_first_fact_in_one_sentence() -> None:
    text = (
        "青川新港开港\n\n"
        "新华社青川6月2日电 青川新港2日正式开港，首批集装箱船靠泊作业。\n\n"
        "据介绍，新港年设计吞吐能力为120万标准箱，共建成泊位6个。\n"
    )
    intro = build_script(parse(text)).intro
    assert intro is not None
    lines = list(intro.written)
    credit = next(line for line in lines if line.startswith("据新华社"))
    assert credit.startswith("据新华社6月2日报道，首批集装箱船"), lines
    # a fact that opens with its own 据 keeps the credit a sentence apart
    own = text.replace("首批集装箱船靠泊作业", "据悉，首批集装箱船靠泊作业")
    lines = list(build_script(parse(own)).intro.written)  # type: ignore[union-attr]
    assert "据新华社6月2日报道。\n" in lines, lines


def test_the_day_is_said_once_where_the_credited_fact_gives_it() -> None:
    text = (
        "青川市启动夏季防汛大检查\n\n2031-05-06 10:21:33 来源：青川日报\n\n"
        "5月6日上午，青川市防汛抗旱指挥部召开视频调度会，部署夏季防汛大检查。\n\n"
        "本次检查覆盖全市12个县（区）、138座水库和460公里堤防。\n"
    )
    intro = build_script(parse(text)).intro
    assert intro is not None
    said = "".join(intro.written)
    assert "据青川日报报道，5月6日上午" in said, said
    assert "2031年5月6日" not in said


def test_an_opening_cut_to_its_head_keeps_the_toll_after_its_day() -> None:
    from audiobulletin.script.points import _head_clause

    opening = (
        "2031年3月15日，东山区某化工企业发生一起爆炸事故，造成3人死亡、2人受伤，"
        "直接经济损失约860万元，事故原因正在进一步调查之中。"
    )
    head = _head_clause(opening, "关于东山区一起较大生产安全事故的通报")
    assert head == "2031年3月15日，东山区某化工企业发生一起爆炸事故，造成3人死亡、2人受伤"


def test_an_amount_cut_to_its_head_keeps_how_much_it_changed() -> None:
    from audiobulletin.script.points import _head_clause

    opening = (
        "初步核算，2031年全市地区生产总值2836.4亿元，按不变价格计算，比上年增长5.8%，"
        "经济运行总体平稳、稳中有进，发展质量和效益持续提升。"
    )
    head = _head_clause(opening, "青川市2031年国民经济和社会发展统计公报")
    assert head == "2031年全市地区生产总值2836.4亿元，比上年增长5.8%"
    # a bare amount states too: it is no topic that the next clause comments on
    assert _head_clause(opening.split("，", 1)[1], "青川市统计公报") == head


def test_the_site_a_title_bar_names_is_credited_without_its_separator() -> None:
    text = (
        "青川市启动夏季防汛大检查_青川新闻网\n\n"
        "6月1日，青川市启动夏季防汛大检查，重点检查水库、河道和地质灾害隐患点，为期一个月。\n\n"
        "检查由市防汛抗旱指挥部统一组织，分为5个组。\n"
    )
    script = build_script(parse(text))
    assert script.title == "青川市启动夏季防汛大检查"
    assert script.intro is not None
    assert "据青川新闻网报道" in "".join(script.intro.written)


def test_a_column_s_tag_is_never_who_published_it_and_a_bracketed_byline_names_its_outlet() -> None:
    text = (
        "【快讯】受降雪影响 青川多条高速公路临时封闭\n\n"
        "截至今日8时，受持续降雪和路面结冰影响，全省共有7条高速公路部分路段实施临时交通管制。\n\n"
        "交警部门提醒，请广大驾驶人合理安排出行，减速慢行。\n\n"
        "（青川广播电视台 记者 赵铁军 王丹 / 编辑 李雪）\n"
    )
    said = "".join(build_script(parse(text)).intro.written)  # type: ignore[union-attr]
    assert "快讯" not in said, said
    assert "据青川广播电视台报道" in said, said


def test_a_reader_count_after_the_source_is_no_part_of_it() -> None:
    text = (
        "清明假期出行提示\n2031-04-02 17:20:36  来源：东湾交通发布  阅读 12.3万\n\n"
        "清明假期将至，东湾市交通运输局发布出行提示，预计假期全市道路交通流量约为日常的1.3倍。\n\n"
        "出城高峰预计在4日上午，请市民错峰出行。\n"
    )
    doc = parse(text)
    assert ("other", "阅读 12.3万") in [(m.kind, m.text) for m in doc.meta]
    said = "".join(build_script(doc).intro.written)  # type: ignore[union-attr]
    assert "阅读" not in said, said


def test_the_source_its_label_names_is_said_over_a_desk_s_line_that_names_no_office() -> None:
    text = (
        "防汛部门消息 2033年8月3日 星期三 16:05:41\n\n今年最强降雨过程结束 南屏水库停止泄洪\n\n"
        "南屏水库于8月3日9时关闭全部泄洪闸门，停止泄洪，本轮泄洪累计下泄水量2.1亿立方米。\n\n"
        "来源：南屏县水利局\n"
    )
    said = "".join(build_script(parse(text)).intro.written)  # type: ignore[union-attr]
    assert "南屏县水利局发布" in said and "消息" not in said, said
    # an office named before the page's stamp is said over a section its label names
    text = (
        "南屏县教育局 2033-03-18 15:42:09  来源：体卫艺科\n\n全县学生体质健康监测结果公布\n\n"
        "本次监测覆盖全县63所中小学，共抽测学生18946人，优良率为56.2%。\n"
    )
    said = "".join(build_script(parse(text)).intro.written)  # type: ignore[union-attr]
    assert "南屏县教育局发布" in said, said


def test_a_byline_s_credit_names_no_outlet() -> None:
    for byline, said in (("文/本报记者 林晓岚", ""), ("文/新华社记者 周航", "据新华社报道")):
        text = (
            f"澄江书院读书会举办第四十期活动\n\n{byline}\n\n"
            "6月9日，澄江读书会第四十期活动在澄江书院举行，七十余名读者参加。\n\n"
            "活动中，读者们围绕《城南旧事》交流了阅读感受。\n"
        )
        intro = "".join(build_script(parse(text)).intro.written)  # type: ignore[union-attr]
        assert "文、" not in intro and "据文" not in intro, intro
        assert said in intro, intro


def test_a_speech_s_intro_says_who_gave_it_and_when() -> None:
    text = (
        "坚定信心 真抓实干 奋力开创高质量发展新局面\n——在2031年全市工作会议上的讲话\n"
        "青川市市长 王大明\n（2031年3月5日）\n\n同志们：\n\n"
        "过去一年，全市地区生产总值达到2680亿元，增长6.5%。\n\n"
        "今年全市城镇新增就业5.5万人，城镇调查失业率控制在5.5%以内。\n"
    )
    intro = build_script(parse(text)).intro
    assert intro is not None
    lines = [line.strip() for line in intro.written]
    assert lines[1] == "2031年3月5日，青川市市长王大明在2031年全市工作会议上的讲话。", lines
    assert not any("发布" in line for line in lines)


def test_a_speech_titled_as_one_is_said_with_who_gave_it_and_when() -> None:
    text = (
        "在全县2032年农村工作会议上的讲话\n（2032年2月6日）\n县长 刘春明\n\n同志们：\n\n"
        "一、充分肯定2031年农业农村工作取得的成绩\n\n"
        "过去一年，全县粮食总产量达到31.2万吨，农村居民人均可支配收入增长7.1%。\n\n"
        "二、扎实抓好2032年重点工作\n\n今年全县将新建高标准农田3.5万亩，改造农村户厕2800户。\n"
    )
    script = build_script(parse(text))
    assert script.intro is not None
    lines = [line.strip() for line in script.intro.written]
    assert lines[0] == "2032年2月6日，县长刘春明在全县2032年农村工作会议上的讲话。", lines
    assert not any("刘春明" in c for c in [s.chapter for s in script.segments])


def test_a_unit_column_of_work_units_is_read_as_a_column_and_one_of_units_goes_with_figures() -> (
    None
):
    from audiobulletin.document import Table
    from audiobulletin.script import table_reading

    people = Table(
        ("序号", "姓名", "单位", "职务"),
        (("1", "王丽", "青川市第一中学", "教师"), ("2", "李强", "市一中", "校长")),
    )
    assert table_reading(people) == (
        "表格共2行。第1行，姓名：王丽，单位：青川市第一中学，职务：教师。"
        "第2行，姓名：李强，单位：市一中，职务：校长。"
    )
    prices = Table(
        ("品种", "单位", "本期均价"), (("鸡蛋", "元/盒", "12.50"), ("大米", "元/公斤", "5.60"))
    )
    assert table_reading(prices) == (
        "表格共2行。第1行，品种：鸡蛋，本期均价：12.50元/盒。第2行，品种：大米，本期均价：5.60元/公斤。"
    )


def test_a_column_that_only_counts_the_rows_is_not_read_but_one_that_skips_a_number_is() -> None:
    from audiobulletin.document import Table
    from audiobulletin.script import table_reading

    counted = Table(
        ("序号", "阶段", "时间节点"),
        (("1", "摸底调查", "4月30日前"), ("2", "方案设计", "5月15日前")),
    )
    assert table_reading(counted) == (
        "表格共2行。第1行，阶段：摸底调查，时间节点：4月30日前。"
        "第2行，阶段：方案设计，时间节点：5月15日前。"
    )
    totalled = Table(("序号", "姓名", "金额"), (("1", "李某", "3000"), ("合计", "", "3000")))
    assert (
        table_reading(totalled)
        == "表格共2行。第1行，姓名：李某，金额：3000。第2行，合计，金额：3000。"
    )
    picked = Table(("编号", "阶段"), (("3", "开工建设"), ("7", "竣工验收")))
    assert "编号：3" in table_reading(picked)
    assert "编号：7" in table_reading(picked)


def test_an_arrow_alone_in_a_cell_is_said_as_the_way_its_figure_went() -> None:
    from audiobulletin.document import Table
    from audiobulletin.script import table_reading

    levels = Table(("站名", "水位", "涨落"), (("青川", "24.85", "↑"), ("桥头", "18.12", "→")))
    assert "涨落：涨" in table_reading(levels)
    assert "涨落：平" in table_reading(levels)
    prices = Table(("品种", "趋势"), (("大米", "↓"),))
    assert "趋势：下降" in table_reading(prices)


def test_a_time_taken_in_a_column_of_results_is_said_as_hours_never_as_a_clock() -> None:
    from audiobulletin.document import Table
    from audiobulletin.script import table_reading

    results = Table(("名次", "姓名", "成绩"), (("1", "王林", "2:08:31"),))
    assert "成绩：2小时08分31秒" in table_reading(results)
    timetable = Table(("项目", "时间"), (("开幕式", "7:20:00"),))
    assert "时间：7:20:00" in table_reading(timetable)


def test_the_day_is_said_once_when_the_first_fact_says_it() -> None:
    text = (
        "青川市人民政府常务会议纪要\n\n"
        "2031年4月22日，市长张华主持召开市政府第31次常务会议，研究城区老旧小区改造等事项。\n\n"
        "会议同意2031年实施城区老旧小区改造项目38个，涉及居民6200户，总投资2.4亿元。\n"
    )
    script = build_script(parse(text))
    assert script.intro is not None
    assert "".join(script.intro.written).count("2031年4月22日") == 1


def test_room_left_in_the_intro_lets_the_opening_s_head_say_what_was_done() -> None:
    text = (
        "青川市教育局开展作风建设自查自纠\n\n"
        "3月2日上午，青川市教育局召开专题会议，对照《青川市教育系统作风建设专项行动方案》，"
        "开展班子自查自纠，初步确立问题清单，并就下一步整改作出安排。\n\n"
        "会上，班子成员逐一对照检查，查找出在落实主体责任方面存在的问题。\n"
    )
    script = build_script(parse(text))
    assert script.intro is not None
    intro = "".join(script.intro.written)
    assert "召开专题会议，开展班子自查自纠，初步确立问题清单" in intro, intro
    assert "对照《" not in intro


def test_a_point_that_is_another_point_with_clauses_left_out_is_not_said() -> None:
    whole = "市府也将同步推出电动辅助自行车，首批300辆预计10月上路，前30分钟收费10元。"
    cut = "市府也将同步推出电动辅助自行车，前30分钟收费10元。"
    other = "新竹市政府今天宣布，公共自行车系统第三期将于今年底前完成。"
    assert not_said_twice([other, cut, whole]) == [other, whole]


def test_a_reporter_s_bracketed_byline_from_taipei_names_no_outlet() -> None:
    text = (
        "立委質詢長照財源　衛福部長：明年預算增至980億元\n\n"
        "〔記者蔡宜庭／台北報導〕立法院社會福利及衛生環境委員會今日邀請衛生福利部部長進行"
        "業務報告，部長表示，明年長照預算將由今年的新臺幣862億元增至新臺幣980億元。\n\n"
        "多位立委關注長照人力問題，照服員時薪將由新臺幣220元調高至新臺幣260元。\n"
    )
    doc = parse(text)
    assert issuer(doc) == ""
    intro = build_script(doc).intro
    assert intro is not None
    assert not any("記者" in line or "记者" in line for line in intro.written)


def test_an_item_s_date_is_said_under_its_lead_in_label_and_background_is_no_point() -> None:
    text = (
        "青川市关于开展流感疫苗接种工作的通知\n"
        "流行性感冒是由流感病毒引起的急性呼吸道传染病，每年秋冬季为高发期。"
        "接种流感疫苗是预防流感最经济、最有效的手段。现就有关事项通知如下：\n"
        "一、接种时间。2031年10月8日起全面启动，最好在10月底前完成接种。\n"
        "二、免费政策。今年继续为全市60岁及以上老年人免费接种流感疫苗一剂次，"
        "其他人群每剂次收费不超过128元。\n"
        "三、注意事项。接种时请携带身份证件，接种后须留观30分钟。\n"
    )
    intro = build_script(parse(text)).intro
    assert intro is not None
    said = "".join(intro.written)
    assert "接种时间：2031年10月8日起全面启动" in said, said
    assert "是由流感病毒引起" not in said and "最有效的手段" not in said, said


def test_a_notice_s_intro_says_when_with_where_as_one_fact() -> None:
    text = "\n".join(
        [
            "关于召开全县2032年春季森林防火工作会议的通知",
            "各乡镇人民政府，县直有关部门：",
            "经县政府同意，定于近期召开全县2032年春季森林防火工作会议。现将有关事项通知如下：",
            "一、会议时间",
            "2032年3月9日（星期二）下午2:30，会期半天。",
            "二、会议地点",
            "南屏县行政中心2号楼第三会议室（南屏县人民路56号）。",
            "三、参会人员",
            "各乡镇分管负责同志、林业站站长；县林业局、县应急管理局主要负责同志。",
            "四、有关要求",
            "请各单位于3月5日前将参会回执报县林业局办公室，不得缺席。",
            "南屏县人民政府办公室",
            "2032年3月1日",
        ]
    )
    script = build_script(parse(text))
    assert script.intro is not None
    intro = "".join(script.intro.written)
    assert (
        "会议时间：2032年3月9日（星期二）下午2:30，会议地点：南屏县行政中心2号楼第三会议室。"
        in intro
    ), intro


def test_a_power_cut_s_time_takes_along_the_first_clause_of_a_long_area() -> None:
    from audiobulletin.script.points import time_with_place

    pieces = [
        (True, "停电时间：2032年5月12日（星期三）8:00至17:00"),
        (
            True,
            "停电范围：石桥镇10千伏东风线全线，涉及东风村、红旗村、石桥中学、石桥镇卫生院、石桥农贸市场及沿线商铺。",
        ),
        (True, "如有疑问，请拨打供电服务热线95598。"),
    ]
    assert time_with_place(pieces) == [
        (True, "停电时间：2032年5月12日（星期三）8:00至17:00，停电范围：石桥镇10千伏东风线全线。"),
        (True, "如有疑问，请拨打供电服务热线95598。"),
    ]
    # a web page's ASCII commas cut the time and a long area as a Chinese comma does
    ascii_pieces = [
        (True, "停水时间:2032年6月15日(星期二)09:00-17:30,共8.5小时。"),
        (
            True,
            "停水范围:石桥镇青山村、柳塘村;石桥工业园区纬三路以北企业;翠湖湾小区A区、B区、C区。",
        ),
    ]
    assert time_with_place(ascii_pieces) == [
        (True, "停水时间:2032年6月15日(星期二)09:00-17:30，停水范围:石桥镇青山村、柳塘村。")
    ]
    # a time without its place, or another subject's place, stays as written
    other = [(True, "报名时间：3月1日至3月10日。"), (True, "考试地点：南屏县第一中学。")]
    assert time_with_place(other) == other


def test_a_statement_that_leads_into_its_news_with_a_colon_is_no_item_label() -> None:
    from audiobulletin.script.points import labelled

    lead = "南屏县气象台7月3日16时继续发布暴雨蓝色预警:"
    news = "预计未来12小时内，南屏县北部将出现50毫米以上降雨。"
    assert labelled(lead, news) == news
    assert labelled("1. 急诊内科、急诊外科:", "24小时开诊。") == "急诊内科、急诊外科：24小时开诊。"


def test_an_accident_s_intro_says_when_what_and_the_toll_without_the_spot_or_plates() -> None:
    text = (
        "南屏县公安局交通警察大队\n警情通报\n\n"
        "2032年5月6日21时40分许，南屏县石桥镇境内S205省道K36+200处（柳塘村路口附近），"
        "一辆由北向南行驶的重型自卸货车（号牌：江C·3M718）与一辆小型轿车（号牌：江C·D2095）发生碰撞，"
        "造成轿车内2人死亡、1人受伤，两车不同程度损坏。\n\n"
        "事故发生后，交警、消防及急救人员迅速赶到现场处置，伤者已送医救治，目前生命体征平稳。\n\n"
        "目前，事故具体原因正在进一步调查中。\n\n南屏县公安局交通警察大队\n2032年5月7日\n"
    )
    script = build_script(parse(text))
    assert script.intro is not None
    intro = "".join(script.intro.written)
    assert (
        "2032年5月6日21时40分许，一辆由北向南行驶的重型自卸货车与一辆小型轿车发生碰撞，"
        "造成轿车内2人死亡、1人受伤。"
    ) in intro, intro


def test_an_accident_s_toll_leads_the_intro_where_its_opening_is_too_long_to_say() -> None:
    text = (
        "关于S318国道澄溪段“3·14”较大道路交通事故的情况通报\n\n"
        "2034年3月14日5时52分，S318国道澄溪县西山镇至白石乡方向K236+800米处（西山隧道出口"
        "以东约两公里），一辆满载砂石的重型自卸货车与一辆载有乡村学校教师的中型普通客车发生"
        "碰撞并引发道路交通事故，造成4人死亡、6人受伤，两车严重受损。\n\n"
        "事发时该路段正在进行夜间路面维修，现场仅设置一处警示标志，照明不足。\n\n"
        "警方提醒广大驾驶人：夜间通过施工路段时，车速不得超过30公里/小时，"
        "并与前车保持足够距离。\n\n澄溪县公安局交通警察大队\n2034年3月15日\n"
    )
    script = build_script(parse(text))
    assert script.intro is not None
    intro = "".join(script.intro.written)
    assert "2034年3月14日5时52分，造成4人死亡、6人受伤" in intro, intro


def test_a_report_given_to_a_meeting_says_the_day_who_gave_it_and_where() -> None:
    text = (
        "政府工作报告（摘要）\n——2033年1月9日在南屏市第七届人民代表大会第三次会议上\n"
        "南屏市市长　许文斌\n\n各位代表：\n\n"
        "过去一年，全市地区生产总值达到1862.4亿元，增长5.9%。\n\n"
        "今年全市经济社会发展的主要预期目标是：地区生产总值增长5.5%左右。\n"
    )
    script = build_script(parse(text))
    assert script.intro is not None
    lines = [line.strip() for line in script.intro.written]
    assert (
        "2033年1月9日，南屏市市长许文斌在南屏市第七届人民代表大会第三次会议上作政府工作报告。"
        in lines
    ), lines
    assert not any("许文斌" in (s.chapter or "") for s in script.segments)


def test_the_intro_names_a_site_and_leaves_its_address_to_the_chapter() -> None:
    text = "\n\n".join(
        [
            "青川县人民医院病房信息化建设项目公开招标公告",
            "青川县人民医院病房信息化建设项目的潜在投标人应在青川县政府采购网(www.qczfcg.gov.cn)"
            "获取招标文件，并于2031年12月10日9:30前递交投标文件。",
            "一、项目基本情况",
            "项目编号：QCZB-2031-0153。预算金额：685.5万元。最高限价：680万元。"
            "本项目不接受联合体投标，采购需求详见招标文件。",
        ]
    )
    script = build_script(parse(text))
    assert script.intro is not None
    assert "青川县政府采购网" in script.intro.spoken
    assert "W W W" not in script.intro.spoken
    assert "W W W" in script.segments[0].spoken  # the chapter reads it


def test_a_field_of_when_under_a_heading_of_when_and_where_is_not_labelled_twice() -> None:
    from audiobulletin.script.points import labelled

    field = "时间：2031年11月12日上午9:30，会期半天。"
    assert labelled("一、时间地点", field) == field
    assert (
        labelled("一、会议地点", "青川市行政中心第一会议室。")
        == "会议地点：青川市行政中心第一会议室。"
    )


def test_a_bare_field_of_when_is_when_a_called_meeting_is_held() -> None:
    from audiobulletin.summary.scores import _when_due

    field = "时间：2031年11月12日上午9:30，地点：青川市行政中心第一会议室。"
    assert _when_due(field, "关于召开全市森林防灭火工作会议的通知")
    assert not _when_due(field, "青川市林业局工作简报")


@pytest.mark.parametrize("place", ["青川县", "云岭省临河市青川县"])
def test_a_quake_report_s_intro_gives_the_hour_and_the_depth_beyond_its_headline(
    place: str,
) -> None:
    text = "\n\n".join(
        [
            "青川县发生4.8级地震",
            f"中国地震台网正式测定：11月20日03时15分在{place}（北纬22.63度，东经99.87度）"
            "发生4.8级地震，震源深度10千米。",
            "震中5公里范围内平均海拔约1630米。震中距青川县城约28公里，距临河市约186公里。",
            "地震发生后，省地震局立即启动Ⅳ级地震应急响应，派出工作组赶赴震区开展灾情调查。",
        ]
    )
    script = build_script(parse(text))
    assert script.intro is not None
    assert "十一月二十日三时十五分，震源深度十千米" in script.intro.spoken


def test_a_stock_verdict_on_what_the_title_names_gives_way_to_the_clauses_that_say_how() -> None:
    text = "\n\n".join(
        [
            "青川市重要商品价格监测周报（2031年第46期）",
            "本周（11月11日-11月17日），我市重要民生商品价格总体平稳，成品油价格小幅下降，"
            "粮油价格基本稳定，蔬菜价格略有上涨。",
            "一、成品油价格",
            "本周92号汽油零售价为每升7.85元，比上周下降0.07元，降幅0.88%。"
            "0号柴油零售价为每升7.52元，比上周下降0.06元。",
        ]
    )
    script = build_script(parse(text))
    assert script.intro is not None
    assert "成品油价格小幅下降" in script.intro.spoken


def test_the_intro_pauses_between_a_headline_s_parts_though_the_second_opens_on_a_figure() -> None:
    text = "省市场监管局发布第二批食品安全抽检结果 12批次不合格\n\n" + (
        "近日，省市场监督管理局公布了第二批食品安全监督抽检情况，共抽检食品1853批次。\n"
    )
    script = build_script(parse(text))
    assert script.intro.spoken.startswith(
        "省市场监管局发布第二批食品安全抽检结果，十二批次不合格。"
    )


def test_items_numbered_with_half_a_bracket_are_each_said_as_an_item() -> None:
    lead = "为保障市民安全，南屏市今晚对低洼地区实施预防性疏散，居民可前往以下避险中心："
    items = ["1) 北湾体育馆", "2) 青洲综合服务中心", "3) 石排湾公共图书馆"]
    tail = "避险中心将提供基本食物、饮用水及毛毯，并设有医护人员驻场。"
    text = "\n".join(
        ["南屏市开放临时避险中心", "", "南屏市今日启动民防应急响应。", "", lead, *items, tail]
    )
    spoken = "".join(s.spoken for s in build_script(parse(text + "\n")).segments)
    assert "北湾体育馆。二、青洲综合服务中心。三、石排湾公共图书馆" in spoken


def test_the_intro_never_says_what_the_news_means_without_the_news() -> None:
    text = "\n".join(
        [
            "南屏高铁全线铺轨贯通",
            "",
            "9月13日10时18分，随着最后一对长钢轨在南屏北站精准落位，南屏高铁全线铺轨贯通，"
            "标志着该项目由线下工程施工全面转入轨道工程施工阶段。",
            "",
            "南屏高铁正线全长137.6公里，设计时速350公里，总投资412亿元。",
        ]
    )
    intro = build_script(parse(text + "\n")).intro.spoken
    assert "标志着" not in intro


def test_an_interview_s_closing_thanks_stays_with_the_last_question() -> None:
    answer = "我们计划到2031年底，全县肉牛存栏突破20万头，建成年屠宰10万头的精深加工项目，" * 2
    turns = [
        "记者：南屏养牛的历史很长，这几年发展为什么这么快？",
        "李主任：主要是三个原因。" + "县里每年安排专项资金扶持肉牛养殖，带动了大批农户。" * 4,
        "记者：对普通养殖户来说，带来了哪些实实在在的好处？",
        "李主任：我举个例子。" + "养殖户去年有一头牛病死，保险公司三天就完成了理赔。" * 4,
        "记者：下一步南屏肉牛产业还有哪些打算？",
        "李主任：" + answer,
        "记者：谢谢您接受采访！",
        "李主任：不客气，欢迎大家来南屏吃牛肉！",
    ]
    text = "\n\n".join(["访南屏县畜牧兽医中心主任", *turns]) + "\n"
    segments = build_script(parse(text)).segments
    assert "下一步南屏肉牛产业还有哪些打算" in [s.chapter for s in segments]
    assert "谢谢您接受采访" in segments[-1].spoken


def test_a_source_line_the_intro_does_not_say_is_listed_as_unread() -> None:
    text = "\n".join(
        [
            "关于做好冬季供暖工作的通知",
            "",
            "来源：南屏市住建局网站",
            "",
            "各供热企业：",
            "",
            "为做好今冬供暖工作，确保群众温暖过冬，全市供暖期定为11月15日至次年3月15日，"
            "室温不得低于18℃。",
            "",
            "南屏市住房和城乡建设局",
            "2031年11月1日",
        ]
    )
    script = build_script(parse(text))
    assert script.intro is not None
    assert "南屏市住房和城乡建设局发布" in script.intro.spoken
    assert "住建局网站" not in script.intro.spoken
    assert "未朗读（来源）：来源：南屏市住建局网站" in script.warnings


@pytest.mark.parametrize(
    ("source", "said", "unsaid"),
    [
        # a desk named without its body, or the page itself: no issuer a listener can place
        ("信息来源：办公室", "二零三一年七月十八日发布", "办公室"),
        ("来源：食品抽检处", "二零三一年七月十八日发布", "食品抽检处"),
        ("来源：本站", "二零三一年七月十八日发布", "本站"),
        # a government's own portal issues; it never reports as a paper would
        ("来源：青川县政府采购网", "二零三一年七月十八日，青川县政府采购网发布", "据"),
    ],
)
def test_the_intro_says_who_issued_it_only_where_the_source_names_an_issuer(
    source: str, said: str, unsaid: str
) -> None:
    text = "\n".join(
        [
            "青川县2031年上半年检察工作情况通报",
            f"发布时间：2031-07-18 15:22:07    {source}",
            "",
            "2031年1-6月，青川县人民检察院全面履行法律监督职能，各项检察工作取得新进展，"
            "共受理审查逮捕案件256件313人，批准逮捕148件172人。",
        ]
    )
    script = build_script(parse(text))
    assert script.intro is not None
    assert said in script.intro.spoken, script.intro.spoken
    assert unsaid not in script.intro.spoken


def test_a_decree_s_number_is_not_a_chapter_and_its_signer_is_said_with_the_post() -> None:
    text = "\n".join(
        [
            "青川市人民政府令",
            "第58号",
            "",
            "《青川市住宅小区电动自行车停放充电管理办法》已经2031年4月18日市人民政府第36次常务会议"
            "审议通过，现予公布，自2031年7月1日起施行。",
            "",
            "市长 方国栋",
            "2031年4月25日",
            "",
            "青川市住宅小区电动自行车停放充电管理办法",
            "",
            "第一章 总则",
            "第一条 为了规范住宅小区电动自行车停放充电管理，预防和减少火灾事故，制定本办法。",
            "第二条 本办法适用于本市行政区域内住宅小区电动自行车的停放充电及其监督管理活动。",
        ]
    )
    doc = parse(text)
    assert "第58号" in [m.text for m in doc.meta]
    script = build_script(doc)
    assert script.intro is not None
    assert "市长方国栋发布" in script.intro.spoken, script.intro.spoken
    assert all(s.chapter != "第58号" for s in script.segments)


#: A report's opening paragraph, long enough to be a chapter of its own.
OPENING = (
    "2031年南屏区公开招聘中小学新任教师笔试工作已于5月17日结束，笔试成绩已由省人事考试院"
    "统一核定，现将笔试成绩及入围资格复审人员名单予以公示，公示期为五个工作日。"
)


def test_a_table_s_lead_in_that_says_a_rule_of_its_own_is_read() -> None:
    rows = [
        "岗位代码  学段学科  准考证号  笔试成绩  排名",
        "340102001  小学语文  2534010200115  86.73  1",
        "340102001  小学语文  2534010200432  85.20  2",
        "340102003  初中数学  2534010202318  79.47  1",
        "340102003  初中数学  2534010202206  77.00  2",
        "340102005  初中英语  2534010203117  81.33  1",
        "340102005  初中英语  2534010203006  80.27  2",
    ]
    lead = (
        "按1:3比例从高分到低分确定入围资格复审人员。笔试最低合格分数线为60分。"
        "部分入围人员名单如下："
    )
    head = ["南屏区公开招聘教师笔试成绩公示", "", OPENING, "", "二、入围资格复审人员", lead, ""]
    script = build_script(parse("\n".join([*head, *rows]) + "\n"))
    assert any("最低合格分数线为六十分" in s.spoken for s in script.segments)
    assert not any("数据表说明" in w for w in script.warnings)


def test_an_account_named_for_what_it_does_says_issued_once() -> None:
    text = "\n".join(
        [
            "南屏召开秋冬季森林防火工作部署会",
            "",
            "来源：南屏发布",
            "",
            "10月28日，南屏市召开秋冬季森林防火工作部署会，全面部署今冬明春森林防火工作，"
            "要求各地严防死守，确保不发生重特大森林火灾。",
        ]
    )
    script = build_script(parse(text))
    assert script.intro is not None
    assert "南屏发布" in script.intro.spoken
    assert "发布发布" not in script.intro.spoken


def test_a_change_column_named_with_a_signed_percent_reads_percentages() -> None:
    from audiobulletin.document import Table
    from audiobulletin.script import table_reading

    table = Table(
        ("指标", "绝对量", "同比±%"), (("地区生产总值", "412.6", "6.4"), ("出口", "88.1", "-2.5"))
    )
    reading = table_reading(table)
    assert "同比：6.4%" in reading, reading
    assert "同比：下降2.5%" in reading, reading
    assert "±" not in reading
    bare = table_reading(Table(("指标", "同比%"), (("用电量", "8.9"),)))
    assert "同比：8.9%" in bare, bare


def test_a_dash_among_changes_is_flat_only_where_the_row_s_figures_are_the_same() -> None:
    from audiobulletin.document import Table
    from audiobulletin.script import table_reading

    table = Table(
        ("品名", "本期", "上期", "环比"),
        (("大米", "2.19", "2.19", "--"), ("居民消费价格指数", "100.3", "", "—")),
    )
    reading = table_reading(table)
    assert "品名：大米，本期：2.19，上期：2.19，环比：持平" in reading, reading
    assert "环比：无" in reading and reading.count("持平") == 1, reading


def test_a_section_headed_with_a_bar_is_a_chapter_named_without_it() -> None:
    text = "\n".join(
        [
            "南屏暴雨红色预警信号生效",
            "",
            "南屏市气象台2031年06月14日08时15分将全市暴雨橙色预警信号升级为红色，目前全市处于暴雨红色预警和分区雷电预警信号生效中。",
            "",
            "▌实况",
            "过去3小时（05:00-08:00），全市普降暴雨到大暴雨，全市平均雨量68.4毫米，最大累计雨量出现在龙岗区宝龙街道，达182.5毫米。",
            "截至08时，全市已有27个站点雨量超过100mm，南屏水库、西岭水库水位分别上涨0.42米和0.36米。",
            "",
            "▌预报",
            "预计未来3小时，全市仍有暴雨到大暴雨，累计雨量50～100毫米，局部超过150毫米，并伴有8级左右短时大风和雷电。",
        ]
    )
    script = build_script(parse(text))
    assert "实况" in [s.chapter for s in script.segments]
    assert not any("▌" in w for w in script.warnings)


def test_a_transcript_s_question_opens_the_chapter_its_answer_is_in_and_names_it() -> None:
    answer = (
        "一季度，全市固定资产投资同比增长4.7%，其中工业投资增长12.4%，重点项目完成投资186亿元。"
    )
    text = "\n\n".join(
        [
            "青川市2031年一季度经济运行情况新闻发布会",
            "主持人：",
            "各位媒体朋友，大家上午好！欢迎出席今天的新闻发布会。首先请陈立民局长介绍情况。",
            "陈立民：",
            "各位记者朋友，大家好。初步核算，一季度全市实现地区生产总值1286.45亿元，"
            "同比增长5.8%，增速比上年同期加快0.6个百分点，经济运行开局良好。" * 2,
            "青川日报记者：",
            "一季度固定资产投资情况如何？下一步有哪些稳投资的举措？",
            "许晓燕：\n谢谢您的提问。" + answer * 2,
        ]
    )
    script = build_script(parse(text))
    asked = [s for s in script.segments if "固定资产投资情况如何" in "".join(s.text)]
    assert asked and "12.4%" in asked[0].text, [s.chapter for s in script.segments]
    assert asked[0].chapter == "一季度固定资产投资情况如何"


def test_an_explainer_s_numbered_questions_each_open_a_chapter_named_by_what_is_asked() -> None:
    asks = [
        (
            "一问:限行区域和时段是怎样的?",
            "答:限行区域为绕城高速以内区域,限行时段为工作日7:00-9:00.",
        ),
        (
            "二问:哪些车辆需要限行?",
            "答:一是按尾号限行,非本地号牌的小型客车按号牌尾号限行.\n"
            "二是国三及以下排放标准的柴油货车,全天禁止驶入限行区域.\n"
            "三是总质量4.5吨(含)以上的货车,6:00-22:00禁止驶入三环以内.",
        ),
        ("三问:哪些车辆不受限行?", "答:新能源汽车、公交车、出租车、校车、救护车不受限行."),
        ("四问:违反限行规定会怎样处罚?", "答:违反限行规定的,处100元罚款,记3分."),
    ]
    more = "市民出行前可通过“青川交警”公众号查询限行区域地图和实时路况,合理安排出行路线."
    text = "\n\n".join(
        ["《青川市机动车区域限行管理规定》四问四答", *(f"{q}\n{a}{more * 3}" for q, a in asks)]
    )
    chapters = [s.chapter for s in build_script(parse(text), intro=False).segments]
    assert chapters == [
        "限行区域和时段是怎样的",
        "哪些车辆需要限行",
        "哪些车辆不受限行",
        "违反限行规定会怎样处罚",
    ]


def test_a_list_numbered_in_figures_under_han_numbered_sections_is_said_first_second() -> None:
    def said(*lines: str) -> str:
        text = "\n".join(["南屏县人民医院春节门诊安排", "", *lines])
        return "".join(s.spoken for s in build_script(parse(text), intro=False).segments)

    first, second = "1. 除夕至初三普通门诊停诊，急诊照常。", "2. 初四起恢复正常，专家门诊同步开放。"
    # said 一、 as written, the list's 1. sounds as the section's own number
    nested = said(
        "一、普通门诊",
        first,
        second,
        "3.6周岁以下儿童就诊请由家长陪同。",
        "",
        "二、其他事项",
        "(1) 住院部照常办理入院手续。",
        "(2) 体检中心春节期间暂停服务。",
    )
    assert "一、普通门诊，第一，除夕至初三" in nested or "一、普通门诊。第一，除夕至初三" in nested
    assert "第二，初四起恢复正常" in nested and "第三，六周岁以下" in nested
    assert "第一，住院部" in nested and "第二，体检中心" in nested
    assert "一、除夕" not in nested
    # a list of one level keeps its numbers as written
    alone = said(first, second)
    assert "一、除夕至初三" in alone and "二、初四起" in alone


@pytest.mark.parametrize("intro", [True, False])
def test_a_page_s_first_headline_under_the_title_is_reported_as_not_read(intro: bool) -> None:
    text = "\n".join(
        [
            "临江市一季度地区生产总值同比增长6.3%",
            "原标题：开局稳健 势头向好——我市一季度经济运行情况综述",
            "",
            "4月21日，市统计局发布一季度全市经济运行数据。初步核算，一季度全市实现地区"
            "生产总值1286.35亿元，同比增长6.3%。",
        ]
    )
    script = build_script(parse(text), intro=intro)
    said = "".join(c.spoken for c in script.chapters)
    assert "开局稳健" not in said
    assert any("原标题：开局稳健" in w for w in script.warnings), script.warnings


@pytest.mark.parametrize(
    ("credit", "outlet"),
    [("作者：本报记者 综合整理", None), ("作者：青川日报记者 林海", "青川日报")],
)
def test_a_writer_s_field_names_the_outlet_only_when_it_names_one(
    credit: str, outlet: str | None
) -> None:
    text = "\n".join(
        [
            "临江地铁3号线一期工程今日开通试运营",
            credit,
            "",
            "临江地铁3号线一期工程今天上午10时开通初期运营，线路全长28.6公里，共设车站21座。",
        ]
    )
    script = build_script(parse(text))
    assert script.intro is not None
    assert "作者" not in script.intro.spoken
    if outlet:
        assert f"据{outlet}" in script.intro.spoken


def test_a_holiday_notice_s_intro_gives_the_days_off() -> None:
    text = "\n".join(
        [
            "青川区人民政府办公室关于2032年春节放假及有关工作安排的通知",
            "",
            "各街道办事处、区直各单位：",
            "根据国务院办公厅通知精神，结合我区实际，现就2032年春节放假及有关工作安排通知如下：",
            "一、放假时间",
            "2032年2月10日（星期二，除夕）至2月17日（星期二）放假调休，共8天。"
            "2月7日（星期六）、2月21日（星期六）上班。",
            "二、有关工作要求",
            "（一）严格值班值守。假期实行24小时值班和领导带班制度，各单位要于2月5日17:00前"
            "将值班表报区政府总值班室（电话：0736-7221234）。",
            "（二）抓好安全生产。各单位要在节前组织开展1次安全生产大检查，重点抓好道路交通、"
            "消防、燃气等领域安全。",
            "",
            "青川区人民政府办公室",
            "2031年12月28日",
        ]
    )
    script = build_script(parse(text))
    assert script.intro is not None
    assert "二月十日" in script.intro.spoken and "放假" in script.intro.spoken


def test_a_temperature_column_s_unit_goes_with_each_figure_below_zero_too() -> None:
    from audiobulletin.document import Table
    from audiobulletin.normalize import to_spoken
    from audiobulletin.script import table_reading

    table = Table(("站点", "最低气温(℃)"), (("县城", "-1.2"), ("高山镇", "-6.8")))
    said = to_spoken(table_reading(table)).text
    assert "最低气温：零下六点八摄氏度" in said, said


def test_the_intro_does_not_say_again_the_hour_its_title_gave() -> None:
    text = (
        "03月05日15时10分 青川县近海 发生5.4级地震\n\n"
        "中国地震台网正式测定：03月05日15时10分在青川县近海（北纬37.50度，东经137.20度）"
        "发生5.4级地震，震源深度10千米。\n"
    )
    script = build_script(parse(text))
    assert script.intro is not None
    assert script.intro.spoken.count("十五时十分") == 1, script.intro.spoken
    assert "震源深度十千米" in script.intro.spoken


def test_an_accident_whose_title_gives_the_toll_still_gets_its_facts_in_the_intro() -> None:
    text = (
        "青川高速青石段发生多车相撞事故 造成3人死亡5人受伤\n\n"
        "11月14日上午8时20分许，青川高速公路青石段南往北方向K182+500处发生一起多车相撞交通"
        "事故，共涉及车辆7辆，造成3人死亡、5人受伤。\n\n"
        "事故发生后，市公安局高速交警支队、消防救援支队等部门迅速赶赴现场处置。受伤人员已被"
        "送往市第一人民医院救治，其中2人伤势较重。\n\n"
        "据初步调查，事发时该路段有团雾，能见度不足50米，一辆重型半挂货车因车速过快未能及时"
        "制动，追尾前方排队车辆，引发连环相撞。\n"
    )
    script = build_script(parse(text))
    assert script.intro is not None
    assert "十一月十四日" in script.intro.spoken, script.intro.spoken


def test_the_intro_names_who_issued_it_and_when_once_where_its_first_fact_does() -> None:
    text = (
        "青川马拉松10月19日鸣枪 报名今起开始\n\n"
        "来源：市体育局　　发布日期：2031-08-20\n\n"
        "市体育局8月20日发布消息，2031年青川马拉松将于10月19日7:30在市民中心广场鸣枪起跑。"
        "本次赛事设全程马拉松、半程马拉松和迷你跑三个项目，总规模3万人。\n\n"
        "报名时间为8月20日10:00至9月10日18:00，报名费全程马拉松150元。\n"
    )
    script = build_script(parse(text))
    assert script.intro is not None
    spoken = script.intro.spoken
    assert spoken.count("市体育局") == 1, spoken
    assert spoken.count("八月二十日") <= 2, spoken  # the fact's day, and the day to sign up
    assert "市体育局发布" not in spoken, spoken


def test_a_part_of_the_title_s_total_never_opens_an_intro_point() -> None:
    text = (
        "受台风影响 青川机场今日取消航班126架次\n\n"
        "受今年第18号台风影响，青川国际机场9月16日取消进出港航班126架次，其中出港航班63架次、"
        "进港航班63架次，约1.8万名旅客出行受到影响。\n\n"
        "机场方面表示，预计9月17日上午10时起航班将逐步恢复，具体以航空公司通知为准。\n"
    )
    script = build_script(parse(text))
    assert script.intro is not None
    assert "其中" not in script.intro.spoken, script.intro.spoken
    assert "一点八万名旅客" in script.intro.spoken, script.intro.spoken


@pytest.mark.parametrize("label", ["", "【警情通报】"])
def test_a_part_in_an_intro_point_comes_with_the_total_it_is_part_of(label: str) -> None:
    # (and a post's label before its words is no clause of the news)
    text = (
        "一辆轿车失控冲上人行道\n\n"
        f"{label}3月19日18时许，东岭区建设路与人民路交叉口东北角，一辆轿车失控冲上人行道，"
        "撞倒3名行人，其中1人经抢救无效死亡，2人受伤送医。"
        "驾驶人刘某已被警方控制，经检测排除酒驾、毒驾。\n\n"
        "事故原因正在进一步调查中。\n"
    )
    script = build_script(parse(text))
    assert script.intro is not None
    spoken = script.intro.spoken
    assert "撞倒三名行人，其中一人经抢救无效死亡" in spoken, spoken
