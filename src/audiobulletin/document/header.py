"""The page head: which line is the headline, what above it is furniture, and what
follows it (subtitles, datelines, bylines, the addressee); a title for a report without one."""

from __future__ import annotations

import re
from collections.abc import Sequence

from audiobulletin.document.blocks import _LABEL_LINE_RE, Label, _Item, opens_clause, opens_deck
from audiobulletin.document.lines import (
    _FINAL,
    _MENU_SEP_RE,
    _SUBTITLE_RE,
    CONTACT_FIELD_RE,
    DOCUMENT_KIND_END_RE,
    ISSUE_RE,
    SECTION_LEVELS,
    TITLE_MAX,
    TITLE_PART_RE,
    YEAR_MONTH_LINE_RE,
    _is_title_like,
    _join_wrapped,
    _line_meta,
    is_addressee,
    is_byline,
    is_date_only,
    is_date_span,
    is_issuer_line,
    is_navigation,
    is_post_line,
    issued_under,
    issuers_named,
    marker_level,
    parse_date,
    topics_apart,
)
from audiobulletin.document.model import Chapter, MetaLine
from audiobulletin.zh import (
    ASCII_STOP_RE,
    BASIS_RE,
    HAN,
    IN_FORCE_RE,
    KIND_AFTER_NAME_RE,
    LEADING_LABEL_RE,
    MEASURED_BY,
    REPORTING_CLAUSE_RE,
    SCENE_CLAUSE_RE,
    SENTENCE_ENDS,
    han_count,
    is_personal_name,
    names_person,
    tagged_words,
)


def _header_line_kind(item: _Item) -> str | None:
    if item.table is not None:
        return None
    if item.label == Label.DROP:
        return "drop"
    if _SUBTITLE_RE.match(item.text) and any(ch.isalnum() for ch in item.text[2:]):
        return "subtitle"
    if (is_date_span(item.text) or _PERIOD_LINE_RE.match(item.text)) and item.label != Label.META:
        return "subtitle"  # the days a weekly covers, under its name and number
    if item.label == Label.META:
        return "meta"
    if item.label == Label.DATE_ONLY:
        return "date"
    return None


def _can_be_title(text: str) -> bool:
    return len(text) <= TITLE_MAX and text[-1] not in "。；;：:，,、"


#: Who measured a quake, on a line of its own: 中国地震台网正式测定.
_MEASURED_LINE_RE = re.compile(rf"[{HAN}]{{2,16}}{MEASURED_BY}")


#: A field naming a party to a decision or a case (当事人：…公司, 被告人：…, 法定代表人：…):
#: the first lines under a court's or an office's notice, never its headline.
_PARTY_FIELD_RE = re.compile(
    r"^(?:当事人|當事人|被处罚人|被處罰人|被告人|被告|原告|申请人|申請人|被申请人|被申請人|上诉人|上訴人"
    r"|被上诉人|被上訴人|第三人|被执行人|被執行人|法定代表人|委托代理人|委託代理人|统一社会信用代码"
    r"|統一社會信用代碼|公民身份号码|住所地|经营场所|經營場所)\s*[:：]"
)


#: A decree's name: 临江市人民政府令, 青川省人民政府令, 交通运输部令.
_DECREE_RE = re.compile(r"(?:政府|部|委员会|委員會|局|署)令$")


#: A tender's or a procurement's code alone on its line, bracketed or not (（招标编号：E33…）,
#: 招標編號：GLDT 17/2031): letters, digits and their joins only.
_TENDER_CODE_RE = re.compile(
    r"^[（(]?\s*(?:招标|招標|采购|採購|项目|項目|征集|徵集|标段|標段|交易|采购计划|採購計劃)"
    r"(?:编号|編號|代码|代碼)\s*[:：]\s*[A-Za-z0-9][A-Za-z0-9\-_/.〔〕\[\]()（） ]{3,40}\s*[)）]?$"
)


def _is_headline_like(text: str) -> bool:
    """A line that could be the headline: short, no sentence inside, not ending like one
    (or only exclaiming, as news headlines do: 重磅！青川这些道路今起封闭施工)."""
    _, text, _ = _post_headline_apart(_without_column(text))
    return (
        (_is_title_like(text, TITLE_MAX) or _is_exclaimed_headline(text))
        and marker_level(text) is None
        and not _PARTY_FIELD_RE.match(text)
        # (中国地震台网正式测定 over its quick report: who measured, not what happened)
        and not _MEASURED_LINE_RE.fullmatch(text)
        # a body's name in English under its Chinese one (Legislative Council) heads no story
        and han_count(text) > 0
    )


def _without_column(text: str) -> str:
    """A head line without the column's label in brackets or before a bar (【权威访谈】就业优先
    民生为本, 通知 | …研修班开始报名啦！): such a label marks no list item."""
    column = _COLUMN_PREFIX_RE.match(text)
    barred = column is not None and re.search(r"[｜|丨]", column.group()) is not None
    if column and (text[:1] in "【[［" or barred) and han_count(text[column.end() :]) >= 6:
        return text[column.end() :]
    return text


#: A headline may exclaim or ask (注意！明起停水, 油价又要涨了？), but holds no other
#: sentence punctuation and is short.
EXCLAIMED_MAX = 40


#: An exclaiming headline this short may have one comma (青川这个“五一”，游客超百万！),
#: its exclamation at its end or between its parts.
EXCLAIMED_COMMA_MAX = 40


#: A colon between words, never the one of a clock or a score between two figures (6:30, 3:1).
_WORDS_COLON = r"(?<!\d)[：:]|[：:](?!\d)"


#: A topic's label, then one exclaimed or asked clause: 冬季消防安全提示：这些火灾隐患要当心！
_LABELLED_EXCLAIM_RE = re.compile(
    r"^[^：:，,。！？!?]{2,12}[：:][^：:，,。；;！？!?]{4,24}[！？!?]$"
)


def _is_exclaimed_headline(text: str) -> bool:
    commas = len(re.findall(r"[，,]", text))
    return (
        6 <= len(text) <= EXCLAIMED_MAX
        and han_count(text) >= 4
        and re.search(r"[！？!?]", text) is not None
        # (a clock's colon is no sentence's: 凌晨6:30出发！…; a topic's label before one
        # exclaimed clause is a headline's: 冬季消防安全提示：这些火灾隐患要当心！)
        and re.search(r"[。；;…]", text) is None
        and (re.search(_WORDS_COLON, text) is None or _LABELLED_EXCLAIM_RE.match(text) is not None)
        and (
            commas == 0
            # 升级！全市暴雨红色预警信号生效中，请立即停课停工！; 充电10分钟续航400公里！
            # 广东超充站数量全国第一，明年高速服务区全覆盖
            or (commas == 1 and len(text) <= EXCLAIMED_COMMA_MAX)
        )
    )


#: A head line this short above a much longer one, ending like the name of a site or a
#: section (质检新闻, 牟定县人民政府, 通知公告), is that name, not the headline.
SHORT_LABEL = 8
_SITE_LABEL_RE = re.compile(
    r"(?:[闻聞]|动态|资讯|频道|首页|网|政府|查询|快讯|专栏|信息|详情|正文|全文|公报|新闻稿"
    # a section of notices (通知公告, 公示公告, 最新公告), never a notice of what is done
    # (停电公告, 拍卖公告, 关于停水的公告)
    r"|(?:通知|公示|通告|信息|最新|重要|网站|網站|系统|系統|校园|校園|政务|政務|工作|综合|綜合"
    r"|其他|其它|動態|动态)公告|^公告"
    r"|動態|資訊|頻道|首頁|網|專欄|詳情|新聞稿|公報|融媒|发布|發布"
    # a news app's name, as its page's banner gives it: 青川观察 APP
    r"|\sAPP|\sApp"
    # a notice board's label over the notice (温馨提示 / 关于小区计划停水的通知)
    r"|^(?:温馨|重要|特别|友情|紧急)(?:提示|提醒|通知)[!！]?)$"
)
#: A headline under an office's release label is this long at least (停水通知 is none).
RELEASE_HEADLINE_MIN = 8
#: A head line this short (港聞, 地方, 财经) above a longer one is a section's name.
TINY_LABEL = 3
#: The name of the body whose site it is, above its page's headline: 青川第一中学,
#: 青川市人民医院, 青川日报客户端, 臺南市議會, 香港天文台.
ORG_LABEL_MAX = 14
#: A report issued every day is named like a paper (青川市环境空气质量日报, 水情日报) but is
#: the headline: what it reports on comes before 日报.
_NOT_A_DAILY_REPORT = (
    rf"(?![{HAN}]*(?:质量|水情|雨情|汛情|疫情|价格|行情|信息|工作|安全|交通|天气)(?:日报|日報)$)"
)
_ORG_NAME_RE = re.compile(
    rf"^{_NOT_A_DAILY_REPORT}.*"
    r"(?:中学|小学|幼儿园|中學|小學|幼兒園|学校|學校|大学|大學|学院|學院|医院|醫院|卫生院|公司|集团|集團"
    r"|客户端|客戶端|日报|日報|晚报|晚報|报社|報社|电视台|電視台|广播电视台|融媒体中心|融媒體中心"
    r"|议会|議會|立法会|立法會|天文台|气象台|氣象台|政府|局|委员会|委員會|中心|协会|協會|研究所|研究院"
    r"|图书馆|圖書館|博物馆|博物館|档案馆|檔案館|文化馆|文化館|科技馆|科技館|美术馆|美術館)$"
)
#: An official document's title opens on what it is about: 关于…的通知.
_ABOUT_RE = re.compile(r"^(?:关于|關於)")


def _names_body(text: str) -> bool:
    """Whether ``text`` is only the name of a body: an issuing office (青川市统计局) or an
    organisation (青川水务集团有限公司, 香港天文台)."""
    return is_issuer_line(text) or _ORG_NAME_RE.search(text) is not None


#: A report's name with the day of its issue in brackets: 北京市空气质量预报(2031-12-10).
_ISSUE_DAY_RE = re.compile(r"[\u4e00-\u9fff][（(]\s*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s*[)）]$")
#: A head line holding a date (新闻联播 文字版 1995-01-30) labels a page, not a story.
_DATED_LABEL_RE = re.compile(r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}")
#: How many lines from the top may still belong to the page head (chrome, kicker, title).
HEADER_ZONE = 16


#: A headline stamped with when it was posted may be a whole exclaiming sentence or two, as
#: a phone's article writes it, this long at most.
STAMPED_MAX = 40


#: Where a page's fields may start after the headline on its line: a gap, a bar, a bracket.
_FIELDS_GAP_RE = re.compile(r"\s*[|丨｜]\s*|\s+(?=[（(])|\s+")
#: The fields that say who wrote or posted it and when, one of which must be there.
_POSTED_KINDS = frozenset(["date", "stamp", "source", "author", "editor"])
#: The first lines of a page searched for a headline with its fields on the same line.
HEADLINE_FIELDS_LINES = 4


def split_headline_fields(items: list[_Item]) -> list[_Item]:
    """A headline with the page's fields on its own line (…认领菜地  来源：青石日报  作者：…
    发布时间：2031-04-18; …招聘启事|发布时间:2031-09-02|来源:人力资源部; …增长5.6%   2031年
    10月24日 09:12   晨江日报) made two lines: the headline, then its fields, which are
    read as a page's fields are. The headline is the shortest head that leaves only fields
    after it, and says something (six Han characters or more, no full stop)."""
    out: list[_Item] = []
    seeking = True  # until a headline is seen on a line of its own
    for n, item in enumerate(items):
        split = None
        if n < HEADLINE_FIELDS_LINES and item.table is None and (due := _due_after(item.text)):
            # 发布日期：2031年3月8日  挂牌截止日期：2031年4月7日: the page's field, then a day
            # its listener acts by, which is read
            out.append(_Item(text=due[0], raw=due[0], blank=item.blank))
            out.append(_Item(text=due[1], raw=due[1]))
            continue
        issue = (
            _MASTHEAD_ISSUE_RE.match(item.text)
            if n < HEADLINE_FIELDS_LINES and item.table is None
            else None
        )
        if issue and _over_headline(items, n):
            # 统计快讯 | 第23期 over a headline: the bulletin's name and its issue, each a
            # line as a masthead sets them (over the days it covers, the masthead is the title)
            number = issue[2].strip()
            out.append(_Item(text=issue[1], raw=issue[1], blank=item.blank))
            out.append(_Item(number, number, label=Label.META, meta=[("other", number)]))
            continue
        if seeking and n < HEADLINE_FIELDS_LINES and item.table is None:
            if lead := _bracketed_headline_lead(item.text):
                # 【本市7月1日起调整最低工资标准】经市政府批准，…: a post's headline in the
                # page's brackets, then its first paragraph (the brackets go, as round a
                # headline on a line of its own)
                out.append(_Item(text=lead[0], raw=lead[0], blank=item.blank))
                out.append(_Item(text=lead[1], raw=lead[1], blank=1))
                seeking = False
                continue
            split = _headline_fields(item.text)
        if split is None:
            out.append(item)
            if item.table is None and han_count(item.text) >= 6 and not is_navigation(item.text):
                seeking = False  # 【鸡蛋周评】…先抑后扬 / 华宇期货研究所 农产品组 2031/03/15
            continue
        head, bar, segments = split
        fields = bar + " ".join(segment for _, segment in segments)
        # (the bar between the headline and its first field goes with that field)
        segments[0] = (segments[0][0], bar + segments[0][1])
        out.append(_Item(text=head, raw=head, blank=item.blank))
        out.append(_Item(text=fields, raw=fields, label=Label.META, meta=segments))
    return out


#: A post's headline in the page's brackets at the head of its first paragraph (after its
#: topics, :func:`topics_apart`): 【本市7月1日起调整最低工资标准】经市政府批准，…. Longer than a
#: column's label (【权威发布】, 【警情通报】), never a sentence of its own.
_BRACKETED_LEAD_RE = re.compile(r"^(【[^【】。]{9,40}】)\s*(\S.*)$")


def _bracketed_headline_lead(text: str) -> tuple[str, str] | None:
    """The headline in brackets (with the topics before it) and the paragraph after it,
    when a line opens on a post's bracketed headline and goes on with its words (a sentence
    with its stop, or longer than a headline): None otherwise (【鸡蛋周评】…先抑后扬 is a
    column's label over a headline)."""
    tags, text = topics_apart(text)
    m = _BRACKETED_LEAD_RE.match(text)
    if not m or han_count(tags + m.group(1)) < 8:
        return None
    rest = m.group(2)
    if not (any(p in rest for p in _FINAL) or len(rest) > TITLE_MAX) or han_count(rest) < 6:
        return None
    return tags + m.group(1), rest


def _over_headline(items: list[_Item], n: int) -> bool:
    """Whether the next line with words after line ``n`` is a headline, not a day or the
    days a newsletter covers."""
    nxt = next((items[k].text for k in range(n + 1, len(items)) if items[k].text.strip()), "")
    return _is_headline_like(nxt) and not (
        is_date_span(nxt) or is_date_only(nxt) or parse_date(nxt)
    )


#: A bulletin's name and its issue on one line: 统计快讯 | 第23期, 价格监测周报 第176期.
_MASTHEAD_ISSUE_RE = re.compile(
    rf"^([{HAN}]{{2,12}}(?:快讯|快訊|简报|簡報|周报|週報|月报|月報|专报|專報|动态|動態|通讯|通訊"
    r"|要情|信息|资讯|資訊))(\s*(?:[|丨｜]\s*)?[（(]?\s*(?:总\s*)?第\s*\d{1,4}\s*期\s*[)）]?)$"
)
#: A field after the page's own that gives a day to act by (挂牌截止日期：…, 报名时间：…,
#: 截止时间: …): the notice's news, though the page sets it beside its date.
_DUE_FIELD_RE = re.compile(
    rf"(?:\s*[|丨｜]\s*|\s+|\u3000+)(?=[{HAN}]{{0,8}}(?:截止|报名|开标|竞价|挂牌|拍卖|受理"
    rf"|报价|递交|提交|缴纳|缴费|申报)[{HAN}]{{0,4}}(?:日期|时间|期限)\s*[:：]\s*\d)"
)


def _due_after(text: str) -> tuple[str, str] | None:
    """A line of the page's fields and then a day to act by, apart: (fields, due); None for
    any other line."""
    gap = _DUE_FIELD_RE.search(text)
    if gap is None or not gap.start():
        return None
    head = text[: gap.start()].strip()
    return (head, text[gap.end() :].strip()) if _line_meta(head) else None


def _headline_fields(text: str) -> tuple[str, str, list[tuple[str, str]]] | None:
    if _line_meta(text) or is_post_line(text) or is_byline(text):
        return None  # the page's fields alone, or an account's post line
    for gap in _FIELDS_GAP_RE.finditer(text):
        head, rest = text[: gap.start()].rstrip(), text[gap.end() :].strip()
        if han_count(head) < 6 or re.search(r"[。；;]", head) or not rest:
            continue
        if _line_meta(head):
            return None  # a line of fields only
        # (…or the day alone: 紧急停电通知 2026/03/22)
        segments = _line_meta(rest)
        if not segments and not gap.group().strip() and is_date_only(rest):
            # (a headline of one piece: a page's label in words set apart, 新闻联播 文字版
            # 1995-01-30, is the page's, not the report's)
            segments = None if re.search(r"\s", head) else [("date", rest)]
        if segments and any(kind in _POSTED_KINDS for kind, _ in segments):
            return head, gap.group().strip(), segments
    return None


def _stamped_headline(items: list[_Item], k: int) -> bool:
    """Whether line ``k`` is a headline because the page stamps it with when it was posted,
    right under it (今天起，这些新规正式施行！涉及医保、公积金、养老…… / 2031-01-01 08:00
    发表于青川): short, no full stop, however else it is punctuated."""
    text = items[k].text
    if not (
        items[k].table is None
        and 6 <= len(text) <= STAMPED_MAX
        and han_count(text) >= 6
        and re.search(r"[。；;：:]", text) is None
        and marker_level(text) is None
    ):
        return False
    nxt = next((item for item in items[k + 1 :] if item.label != Label.DROP), None)
    return (
        nxt is not None
        and nxt.table is None
        and nxt.label == Label.META
        and all(kind in ("stamp", "date") for kind, _ in nxt.meta)
    )


def _header_zone(items: list[_Item]) -> int:
    """The end of the page head: the first table, list item or body sentence."""
    for k, item in enumerate(items[:HEADER_ZONE]):
        if item.table is not None:
            return k
        if k == 0 and _BULLETED_COLUMN_RE.match(item.text):
            continue  # ■深度调查 over the headline: the column's name, no section
        if item.label == Label.TEXT and (
            marker_level(_without_column(item.text)) is not None
            or len(item.text) > TITLE_MAX
            or (
                (any(p in item.text for p in _FINAL) or ASCII_STOP_RE.search(item.text))
                and not _is_exclaimed_headline(item.text)
                # (#冬季防火# 【入冬以来…87起！这份防火指南请收好】: a post's headline)
                and not _is_exclaimed_headline(page_labels_apart(item.text)[0])
                and not _stamped_headline(items, k)
            )
            or item.text[-1] in "：:，,"
        ):
            return k
    return min(len(items), HEADER_ZONE)


#: A line that is only the kind of a document: 警情通报, 情况通报, 公告, 通告, 声明.
_KIND_ONLY_RE = re.compile(
    rf"^[{HAN}]{{0,4}}(?:通报|通報|通告|公告|通知|声明|聲明|启事|啟事|公示|说明|說明"
    # (…or a decision or a notice served on one party: 行政处罚决定书, 责令改正通知书)
    r"|决定书|決定書|告知书|告知書|通知书|通知書|建议书|建議書)$"
)


#: A document's kind with what it is about, under its issuer's line, runs this long at most
#: (征地补偿安置方案公告, 2031年度部门预算公开说明).
ISSUED_KIND_MAX = 20


#: A notice that opens on its year and names no one who issues it: 2031年公开招聘编外工作人员
#: 简章, 2031年度部门预算公开说明.
_YEAR_LED_NOTICE_RE = re.compile(
    r"^(?:19|20)\d\d\s*年度?[^，,。：:]{2,30}"
    r"(?:公告|通告|通知|简章|簡章|方案|计划|計劃|公示|办法|辦法|启事|啟事|说明|說明)$"
)


#: A company's name, and the kinds of notice a listed company files under it.
_COMPANY_RE = re.compile(r"(?:股份有限公司|有限责任公司|有限公司|集团|集團|公司)$")
_COMPANY_NOTICE_RE = re.compile(
    r"(?:公告|快报|快報|预告|預告|记录表|記錄表|报告书|報告書|提示"
    # (…and Hong Kong's kinds: 盈利警告, 內幕消息, 須予披露交易, 根據一般授權配售新股份)
    r"|盈利警告|盈利預警|盈利预警|內幕消息|内幕消息|披露交易|關連交易|关连交易|新股份)$"
)


#: A tag a post sets before a headline it passes on or marks: 【转发】, 【转载】, 【推荐】.
#: It names nobody who published it.
_POST_TAG_RE = re.compile(
    r"^\s*[【\[](?:转发|轉發|转载|轉載|分享|推荐|推薦|置顶|置頂|原创|原創|提醒|重要)[】\]]\s*$"
)


#: The head of a document's part: 第一部分 部门概况, 第二部分.
_PART_HEAD_RE = re.compile(r"^第[一二三四五六七八九十\d]+部分")


def _title_group(items: list[_Item], i: int) -> tuple[list[str], list[str], int]:
    """The title lines starting at ``i`` (a wrapped title joined), its subtitles, and the
    index after them."""
    title_lines = [page_labels_apart(_strip_title_label(items[i].text))[0]]
    i += 1
    subtitles: list[str] = []
    if title_lines[0].endswith(("——", "――")):
        if (
            i < len(items)
            and items[i].table is None
            and len(items[i].text) <= TITLE_MAX
            and _header_line_kind(items[i]) is None
        ):
            subtitles.append(items[i].text)
            i += 1
        return title_lines, subtitles, i
    j = i
    while (
        j < len(items)
        and items[j].label == Label.META
        and re.fullmatch(r"[（(][^（()）]+[)）]", items[j].text) is not None
    ):
        j += 1  # (於百慕達註冊成立之有限公司) / (股份代號：00316): a Hong Kong company's fields
    if (
        j > i
        and j < len(items)
        and _COMPANY_RE.search(title_lines[0])
        and items[j].label == Label.TEXT
        and _COMPANY_NOTICE_RE.search(items[j].text)
        and len(items[j].text) <= TITLE_MAX
        and _is_headline_like(items[j].text)
    ):
        # 新港航運集團有限公司 / (…) / 盈利警告: the company and its announcement's kind
        return [*title_lines, items[j].text], subtitles, j + 1
    if (
        i < len(items)
        and is_issuer_line(title_lines[0])
        and items[i].label == Label.TEXT
        and (
            _KIND_ONLY_RE.match(items[i].text)
            # …or a year's notice that names no one (…人民医院 / 2031年公开招聘…简章)
            or _YEAR_LED_NOTICE_RE.match(items[i].text)
            # …or what it is about and its kind: 南屏县人民政府 / 征地补偿安置方案公告
            or (
                DOCUMENT_KIND_END_RE.search(items[i].text)
                and len(items[i].text) <= ISSUED_KIND_MAX
                and _is_headline_like(items[i].text)
                and not _ABOUT_RE.match(items[i].text)
            )
            # …or a listed company's notice under its name, as the exchanges' template sets
            # it: 青川电子股份有限公司 / 关于回购公司股份的进展公告, / 2031年度业绩快报
            or (
                _COMPANY_RE.search(title_lines[0])
                and _COMPANY_NOTICE_RE.search(items[i].text)
                and len(items[i].text) <= TITLE_MAX
                and _is_headline_like(items[i].text)
            )
        )
    ):
        # 江宁市公安局南屏分局 / 警情通报: who issues it and what it is, the whole title
        return [*title_lines, items[i].text], subtitles, i + 1
    if _SPEECH_KICKER_RE.search(title_lines[0]):
        # 省长梁承志在青州市调研时强调 / 聚焦主责主业 加快产业升级 / 奋力推动…: who said it
        # over what was said, the main headline, on a line or two
        said: list[str] = []
        while (
            i + len(said) < len(items)
            and len(said) < 2
            and items[i + len(said)].label == Label.TEXT
            and items[i + len(said)].table is None
            and marker_level(items[i + len(said)].text) is None
            and _is_title_like(items[i + len(said)].text)
            and not re.search(r"[，,。；;：:]", items[i + len(said)].text)
        ):
            said.append(items[i + len(said)].text)
        if said:
            return [" ".join(said)], [title_lines[0]], i + len(said)
    k = i
    while (
        k < len(items)
        and k - i < 2
        and items[k].label == Label.TEXT
        and items[k].table is None
        and marker_level(items[k].text) is None
        and not _BRACKETED_RE.match(items[k].text)  # 【重点提示】: the first section's head
        # (a title that ends on its kind, …中期業績公告, closes before a blank line: 財務摘要)
        and not (
            items[k].blank
            and DOCUMENT_KIND_END_RE.search(items[k - 1].text if k > i else title_lines[0])
        )
        # (a main headline may exclaim: 滨湖板块再迎“地王” / 竞价58轮！…楼面价破2万元/㎡)
        and (_is_title_like(items[k].text) or _is_exclaimed_headline(items[k].text))
        and not ASCII_STOP_RE.search(items[k].text)  # a lead typed with ASCII marks
        and not _SUBTITLE_RE.match(items[k].text)
        and not _PART_HEAD_RE.match(items[k].text)  # 第一部分 部门概况: the body's first part
        and not _PERIOD_LINE_RE.match(items[k].text)  # 2031年第6周: the issue's, under its name
        and not _issuer_with_date(items, k)
        and not _issuer_over_body(items, k)
        and not _is_field(items[k].text)
        and not _issued_by(items, k, title_lines[0])
        and not _names_poster(items, k)  # the account that posted it, over the post's time
        # (who gave a speech, under its title: 省委常委、常务副省长　郑国栋)
        and not (_is_speech(title_lines[0]) and _SPEAKER_RE.match(items[k].text) is not None)
        # (a site's section, 通知公告, above a document's 关于… title is no part of it)
        and not (
            (_is_site_label(title_lines[0]) or _SECTION_KIND_RE.match(title_lines[0]))
            and not is_issuer_line(title_lines[0])
            and _ABOUT_RE.match(items[k].text)
        )
    ):
        k += 1
    # what closes the group: past a photo's caption or other furniture, metadata, a
    # subtitle, a lead-in, the first section's heading, or the story's dateline (本报讯
    # 12月30日…)
    end = k
    while end < len(items) and _header_line_kind(items[end]) == "drop":
        end += 1
    closed = (
        end >= len(items)
        or (
            # (a title's last line that only names its kind ends it: …秋季演出季 / 开票公告)
            k == i + 1 and _KIND_ONLY_RE.match(items[i].text) is not None
        )
        or (
            items[end].table is None
            and (
                _header_line_kind(items[end]) in ("meta", "subtitle", "date")
                or _PERIOD_LINE_RE.match(items[end].text) is not None
                or items[end].text[-1] in "：:"
                or marker_level(items[end].text) is not None  # the first section: 一、…
                or _BRACKETED_RE.match(items[end].text) is not None  # …or 【重点提示】
                or any(kind == "dateline" for kind, _ in items[end].lead)
                or _issuer_with_date(items, end)  # …政策解读 / 青川省医疗保障局 / 2031年9月
                or _issuer_over_body(items, end)
            )
        )
    )
    joined_len = sum(len(items[m].text) for m in range(i, k)) + len(title_lines[0])
    if k > i and closed:
        stack = [title_lines[0], *(items[m].text for m in range(i, k))]
        dashed = end < len(items) and _header_line_kind(items[end]) == "subtitle"
        main = _main_headline(stack, dashed=dashed)
        if main is not None:  # a kicker and a subtitle around the main headline
            return [stack[main]], [*stack[:main], *stack[main + 1 :]], k
        if joined_len <= TITLE_MAX:  # (a kicker's lines over a long headline: not one title)
            title_lines += stack[1:]
            i = k
    if i < len(items) and items[i].table is None and TITLE_PART_RE.match(items[i].text):
        # …拟聘用人员名单公示 / （第二批）: which batch, the title's last words
        title_lines.append(items[i].text)
        i += 1
    return title_lines, subtitles, i


def _office_and_kind(text: str) -> bool:
    """Whether ``text`` is an office and the kind of report it issues, set beside its name
    over the headline: 东海省气象台　台风消息, …气象台 天气快讯."""
    kind = KIND_AFTER_NAME_RE.search(text)
    return kind is not None and is_issuer_line(text[: kind.start()])


#: A site's section named for the kind of notice it lists (停水公告, 招聘信息, 中标公示):
#: over a 关于… title it is the section, no part of the title.
_SECTION_KIND_RE = re.compile(rf"^[{HAN}]{{1,4}}(?:公告|通知|通告|公示|信息|动态|動態|资讯|資訊)$")


#: A kicker that says who said what the main headline under it says: …在青州市调研时强调,
#: …在全省工作会议上指出.
_SPEECH_KICKER_RE = re.compile(r"[在时時上](?:强调|強調|指出|表示|要求)$")
#: A newspaper's kicker (引题): two short phrases side by side (坚持生态优先 推动绿色发展).
_KICKER_RE = re.compile(rf"^[{HAN}]{{2,12}}(?:\s+[{HAN}]{{2,12}})+$")
#: A kicker of side-by-side phrases that quote their key words: 稳住“压舱石” 端牢“中国饭碗”.
_QUOTED_KICKER_RE = re.compile(
    rf"^[{HAN}“”‘’「」《》\"]{{2,12}}(?:\s+[{HAN}“”‘’「」《》\"]{{2,12}})+$"
)
_PHRASE_KICKER_RE = re.compile(rf"^[{HAN}“”‘’「」《》\"]{{4,16}}$")
#: A main headline that opens on its place and gives a figure: 青禾县今年新改建农村公路386公里.
_PLACED_FIGURE_RE = re.compile(rf"^[{HAN}]{{1,6}}?[省市县区州旗镇乡村](?=.*\d)")
#: A headline of two phrases side by side: 青川马拉松鸣枪开跑 3万名跑者畅跑江城.
_SIDE_BY_SIDE_RE = re.compile(r"^[^\s，,。]{6,}\s+[^\s，,。]{6,}$")
#: A line of a stacked headline is a whole phrase this long at least.
STACKED_MIN = 8
#: A deck of phrases side by side under a headline is this many times as long at most.
DECK_TIMES = 1.5
#: A kicker of one phrase (聚焦乡村振兴) is this long at most.
KICKER_MAX = 10


def _main_headline(stack: list[str], *, dashed: bool = False) -> int | None:
    """Which line of a headline set over lines is the main one, when they are a newspaper's
    stacked headline rather than one title wrapped: a kicker of side-by-side phrases above
    it, or a subtitle with a comma below it (总投资12亿元，计划三年完成). None when the lines
    are one title wrapped. Above a main headline and its dashed subtitle (——…), a short
    line of Han alone is a kicker (聚焦乡村振兴 / 临河县千亩茶园迎来丰收季 / ——…): a wrapped
    line runs to the wrap, as long as the line after it at least."""
    kicker = (
        (
            _KICKER_RE.match(stack[0]) is not None
            and len(stack[1]) >= STACKED_MIN
            and " " not in stack[1]
        )
        or (
            dashed
            and len(stack) == 2
            and len(stack[0]) <= KICKER_MAX
            and _PHRASE_KICKER_RE.match(stack[0]) is not None  # (滨湖板块再迎“地王”)
            and len(stack[1]) >= max(STACKED_MIN, 1.5 * len(stack[0]))
        )
        or (
            # …or phrases side by side with their quoted words, above a main headline and its
            # dashed subtitle (稳住“压舱石” 端牢“中国饭碗” / 全省秋粮丰收已成定局 … / ——…)
            dashed
            and len(stack) == 2
            and _QUOTED_KICKER_RE.match(stack[0]) is not None
            and len(stack[1]) >= STACKED_MIN
        )
        or (
            # …or one phrase without a figure over a main headline that names its place and
            # gives one (织密农村“最后一公里”交通网 / 青禾县今年新改建农村公路386公里 / ——…)
            dashed
            and len(stack) == 2
            and _PHRASE_KICKER_RE.match(stack[0]) is not None
            and _PLACED_FIGURE_RE.match(stack[1]) is not None
        )
    )
    subtitle = [n for n, line in enumerate(stack) if n and re.search(r"[，,]", line)]
    if (
        not kicker
        and len(stack) == 2
        and _SIDE_BY_SIDE_RE.match(stack[0])
        and _SIDE_BY_SIDE_RE.match(stack[1])
        and len(stack[1]) > len(stack[0])
    ):
        # two headlines each of two phrases side by side, the second the longer (…鸣枪开跑 3万
        # 名跑者畅跑羊城 / …夺冠 中国选手…获国内男子第一): a main headline and its subtitle,
        # since a wrapped line runs to the wrap, as long as the line after it at least
        subtitle = [1]
    if (
        not kicker
        and len(stack) == 2
        and " " not in stack[0]
        and len(stack[0]) >= STACKED_MIN
        and _SIDE_BY_SIDE_RE.match(stack[1])
        and len(stack[1]) <= DECK_TIMES * len(stack[0])
    ):
        # a whole headline over two phrases side by side, not much longer (…公布2031年全年业绩
        # / 收入同比增长23.5%  研发投入创新高): its deck, since a wrapped line sets no gap
        # between phrases (a far longer line under a short one is the headline under a label)
        subtitle = [1]
    if not kicker and not subtitle:
        return None
    main = 1 if kicker else 0
    if main in subtitle or re.search(r"[，,]", stack[main]):
        return None
    return main


#: What a page's field is labelled with (栏目：要闻, 通知类型：公告, 索引号：…): a line so
#: labelled is never the headline.
_FIELD_LABEL_RE = re.compile(
    r"(?:类型|类别|栏目|频道|单位|机构|时间|日期|来源|作者|编辑|分类|标签|关键[词字]|字号|次数"
    # (题 alone, never a question's number that ends in it: 立法會十三題：…)
    r"|电话|地址|邮箱|网址|编号|文号|索引号|主题词?|体裁|效力|状态|名称|标题|^题|备注|附件|注"
    r"|联系人|联络人|聯絡人|聯繫人|聯系人"
    # (a talk's or an event's fields: 报告人：…, 主讲人：…, 地点：…, 对象：…)
    r"|报告人|主讲人|演讲人|讲者|嘉宾|主持人|地点|对象|題目|题目"
    r"|報告人|主講人|演講人|講者|嘉賓|地點|對象"
    r"|類型|類別|欄目|頻道|單位|機構|時間|來源|編輯|標籤|關鍵字|字號|電話|網址|編號|文號|標題|^題|備註)$"
)


def _is_field(text: str) -> bool:
    """A page's field (發稿單位：…, 栏目：…), not a headline led by its place or speaker."""
    return _LABEL_LINE_RE.match(text) is not None and not _is_headline_with_speaker(text)


#: A council's question, numbered, before its subject: 立法會十五題, 立法会第三题.
_QUESTION_NUMBER_RE = re.compile(r"[一二三四五六七八九十〇零\d]+\s*[题題]$")


def _is_headline_with_speaker(text: str) -> bool:
    """A news headline led by its place, its speaker or its theme (青川：一季度经济增长6.2%;
    李明：…; 3亿吨大港背后：青川港的新答卷), not a page's field: the lead is no field's label,
    ends in a word (附件1：, 表2： do not) and the rest says something."""
    m = re.match(r"^([^，,。：:\s]{1,8})\s*[:：]\s*(.+)$", text)
    if m is None:
        return False
    label, rest = m.groups()
    return (
        not _FIELD_LABEL_RE.search(label)
        and re.fullmatch(rf"[{HAN}A-Za-z\d.%]*[{HAN}]", label) is not None  # A股收评
        and han_count(label) >= 2
        # (a body's word may be short: 外交部：中方坚决反对, 市教育局：中考6月22日开考; so
        # may a council question's subject: 立法會十五題：長者醫療券計劃)
        and han_count(rest)
        >= (
            4
            if is_issuer_line(label)
            or _QUESTION_NUMBER_RE.search(label)
            # (…or a speaker with the verb it speaks by: 市疾控中心提醒：流感进入高发期)
            or _SPEAKS_BY_RE.search(label)
            else 3
            # (…and a market's column its close: A股收评：沪指涨0.5%, 港股收市：恒指升1.8%)
            if _MARKET_COLUMN_RE.search(label)
            else 8
        )
        and not re.search(_WORDS_COLON, rest)  # a score (3:1) is no field's colon
    )


#: A market report's column, before its headline's colon: A股收评, 港股收市, 期市早评.
_MARKET_COLUMN_RE = re.compile(r"(?:收评|收評|午评|午評|早评|早評|收盘|收盤|收市|开市|開市)$")
#: The verb a headline's speaker speaks by, before the colon: 提醒, 提示, 回应, 辟谣.
_SPEAKS_BY_RE = re.compile(
    rf"[{HAN}]{{2}}(?:提醒|提示|回应|回應|辟谣|闢謠|通报|通報|发布|發布|呼吁|呼籲|强调|強調|公布|公佈"
    r"|表示|解读|解讀|答问|答問)$"
)


#: A column's label in the page's brackets: 【权威发布】, 【权威访谈】, [专访] as a text typed
#: without Chinese marks sets it.
_COLUMN_TAG = rf"(?:【[^\s【】，,。：:]{{2,8}}】|[\[［][{HAN}]{{2,6}}[\]］])"


#: A column's label alone in its brackets on the line above a headline: 【权威发布】, 【快讯】.
_COLUMN_TAG_RE = re.compile(rf"^{_COLUMN_TAG}$")


#: A column's name alone on the line over a headline is this long at most (科技日讯, 法治在线,
#: 国际观察); the headline under it is this many times as long at least, as a wrapped
#: title's first line never is.
COLUMN_NAME_MAX = 4
COLUMN_HEADLINE_TIMES = 3


#: A column's name and its part or kind, set apart by a bar or a middle dot: 科技前沿 | 特写,
#: 体育·人物, 深度关注·县域经济观察.
_COLUMN_PARTS_RE = re.compile(rf"^[{HAN}]{{2,6}}(?:\s*[|｜丨·・•]\s*[{HAN}]{{2,6}}){{1,2}}$")
#: A column's name by the kind of writing it runs (环球走笔, 一线观察, 基层视点, 人物特写).
_COLUMN_WORD_RE = re.compile(
    rf"^[{HAN}]{{2,4}}(?:走笔|观察|觀察|视点|視點|聚焦|特写|特寫|人物|时评|時評|纵横|縱橫|速递|速遞"
    r"|前沿|侧记|側記|见闻|見聞|纪实|紀實|直击|直擊|一线|一線|故事|札记|札記|随笔|隨筆)$"
)


#: A column's name set off by a bullet on the page's first line: ■深度调查, ◆一线观察.
_BULLETED_COLUMN_RE = re.compile(rf"^[■◆●▲★□]\s*[{HAN}]{{2,6}}$")


def _column_over(text: str, headline: str) -> bool:
    """Whether ``text`` names the column a much longer headline right under it is in."""
    if is_issuer_line(text) or _SUBTITLE_RE.match(headline):
        return False
    if _BULLETED_COLUMN_RE.match(text):
        return han_count(headline) >= 6
    if _COLUMN_PARTS_RE.match(text) or _COLUMN_WORD_RE.match(text):
        return han_count(headline) >= 8
    return (
        len(text) <= COLUMN_NAME_MAX
        and han_count(text) == len(text)
        and len(headline) >= COLUMN_HEADLINE_TIMES * len(text)
    )


def _headline_index(items: list[_Item], zone: int) -> int | None:
    """Which line of the page head starts the headline.

    Site names, section labels and navigation come before it; page templates repeat it (in
    a breadcrumb, after 题：, in an 标题： field). So a line echoed elsewhere in the head is
    the headline; otherwise the longest headline-like line (a wrapped title counted whole)
    is.
    """
    candidates = [
        k
        for k in range(zone)
        if items[k].label == Label.TEXT
        and (_is_headline_like(items[k].text) or _stamped_headline(items, k))
        and not _SUBTITLE_RE.match(items[k].text)
        and not _names_account(items, k)
        and not (
            _LABEL_LINE_RE.match(items[k].text)
            and not _is_headline_with_speaker(items[k].text)
            and not _MAIN_TITLE_LABEL_RE.match(items[k].text)
            # (组图｜秋日转场：…: a column's headline, with its colon)
            and not _COLUMN_PREFIX_RE.match(items[k].text)
        )
        and not (
            _DATED_LABEL_RE.search(items[k].text)
            # (a forecast's day in brackets after its name is its issue: …预报(2031-12-10))
            and not _ISSUE_DAY_RE.search(items[k].text)
        )
    ]
    if len(candidates) > 1 and (
        _COLUMN_TAG_RE.match(items[candidates[0]].text)
        or _column_over(items[candidates[0]].text, items[candidates[1]].text)
    ):
        candidates = candidates[1:]  # 【权威发布】 / the headline: the column over it
    if not candidates:
        return None
    masthead = _masthead(items, zone)
    if masthead is not None:
        return masthead
    length = {}
    for k in candidates:
        lines, subtitles, _ = _title_group(items, k)
        length[k] = len("".join(lines + subtitles))
    others = [items[k].text for k in range(zone) if k not in candidates]
    # (a field naming who wrote or issued it, 来源：青川县统计局, ends with no headline)
    others += [
        seg
        for k in range(zone)
        for kind, seg in items[k].meta + items[k].lead
        if kind not in ("source", "author", "editor", "signature")
    ]

    def echoes(text: str, other: str) -> bool:
        # a breadcrumb ends with the headline; a template repeats it after 题：
        text, other = re.sub(r"\s+", "", text), re.sub(r"\s+", "", other)
        return text != other and (
            other.endswith(text) or re.search(r"题\s*[:：]\s*" + re.escape(text), other) is not None
        )

    echoed = [
        k
        for k in candidates
        if len(items[k].text) >= 6 and any(echoes(items[k].text, o) for o in others)
    ]
    pool = echoed or candidates
    for k in pool:
        if not _labels_the_page(items, k, pool, length):
            return None if _only_site_name(items, pool) else k
    return pool[0]


#: The name of a periodical an office issues, above its issue number: 工作简报, 专题会议纪要,
#: 防汛快报, 政务信息.
_PERIODICAL_RE = re.compile(
    rf"^[{HAN}]{{0,6}}(?:简报|簡報|纪要|紀要|快报|快報|专报|專報|动态|動態|通讯|通訊|要情|信息)$"
)


#: The last word of a periodical's name: …病虫情报, …工作简报, …价格周报.
_SERIES = (
    r"(?:简报|簡報|情报|情報|快报|快報|专报|專報|动态|動態|通讯|通訊|信息|周报|週報|月报|月報)"
)
#: A periodical's name with its issue's number in brackets after it: 典型案例通报（第5期）,
#: 防汛快报（2031年第12期）.
_NUMBERED_NAME_RE = re.compile(
    r"^[^\s，,。：:]{2,20}?\s*[（(]\s*(?:(?:19|20)\d\d\s*年\s*)?第\s*\d{1,4}\s*期\s*[)）]$"
    # …or after a space, with the series' count in brackets: 植保站病虫情报 第12期(总第356期)
    rf"|^[^\s，,。：:]{{2,20}}?{_SERIES}"
    r"\s+(?:(?:19|20)\d\d\s*年\s*)?第\s*\d{1,4}\s*期(?:\s*[（(]\s*总第\s*\d+\s*期\s*[)）])?$"
    # …or before it, with its year: 2031年第8期水稻病虫情报
    rf"|^(?:19|20)\d\d\s*年\s*第\s*\d{{1,4}}\s*期\s*[^\s，,。：:]{{2,16}}?{_SERIES}$"
)


#: The period a periodical's issue covers, on a line under its name: 2031年第6周, 2031年
#: 3月上旬, 2031年第一季度, with its days in brackets after it (never 2031年3月 alone, the
#: month a yearly report is issued in).
_PERIOD_LINE_RE = re.compile(
    r"^(?:19|20)\d\d\s*年\s*(?:第\s*\d{1,2}\s*周|\d{1,2}\s*月[上中下]旬|第?\s*[一二三四1-4]\s*季度)"
    r"\s*(?:[（(][^（）()]{4,30}[)）])?$"
)
#: A report's section named by its kind, never its headline: 摘要, 前言, 正文.
_SECTION_LABEL_RE = re.compile(
    r"^(?:摘\s*要|前\s*言|引\s*言|导\s*语|概\s*述|正\s*文|内容提要|目\s*录)$"
)
#: A newsletter's section over its several stories, or the list of them: 本周要闻, 本期导读,
#: 本期要目.
_NEWS_SECTION_RE = re.compile(
    r"^(?:本周|本期|今日|本月)(?:要闻|要聞|导读|導讀|要目|目录|目錄|提要)$"
)


#: The name of a series of minutes: 专题会议纪要, 常务会议纪要.
_MINUTES_RE = re.compile(r"(?:纪要|紀要)$")


#: The line naming whose periodical it is, above its masthead, is this long at most.
MASTHEAD_OWNER_MAX = 16


def _masthead(items: list[_Item], zone: int) -> int | None:
    """Where the headline starts under a periodical's masthead (青川县文旅局 / 工作简报 /
    第7期): the title its issue gives below it (关于研究…的会议纪要, or its one headline),
    else the masthead,
    with the office above it (青川县文旅局工作简报). None when the head has no masthead."""
    for k in range(zone - 1):
        # (the period a weekly or a monthly covers may come between its name and its
        # number: 流感监测周报 / 2031年第6周（2月5日—2月11日） / 【总第312期】)
        period = k + 2 < zone and _PERIOD_LINE_RE.match(items[k + 1].text) is not None
        issue = items[k + 2] if period else items[k + 1]
        # (any name over an issue's number is a masthead: 工作简报 / 第7期, 森林火险气象等级
        # 预报 / （2031年第17期）)
        numbered = (
            items[k].label == Label.TEXT
            and not _PERIOD_LINE_RE.match(items[k].text)
            and (_PERIODICAL_RE.match(items[k].text) or _is_headline_like(items[k].text))
            and issue.label == Label.META
            and (
                ISSUE_RE.match(issue.text) is not None
                # …or a minutes' number under its name (专题会议纪要 / 〔2031〕15号)
                or (
                    _MINUTES_RE.search(items[k].text) is not None
                    and [kind for kind, _ in issue.meta] == ["docno"]
                )
            )
        )
        # …or its number on the same line: 典型案例通报（第5期）
        inline = items[k].label == Label.TEXT and _NUMBERED_NAME_RE.match(items[k].text)
        if not (numbered or inline):
            continue
        titled = next(
            (
                j
                for j in range(k + (2 + period if numbered else 1), zone)
                if items[j].label == Label.TEXT
                and not _SECTION_LABEL_RE.match(items[j].text)
                and not _NEWS_SECTION_RE.match(items[j].text)
                # (never the days the issue covers: 滨河社区新闻周报（第36期） / 2031年9月8日—
                # 9月14日)
                and not is_date_span(items[j].text)
                and not is_date_only(items[j].text)
                and (
                    _ABOUT_RE.match(items[j].text)
                    # an issue's one headline (…继续发布高温红色预警); one under a column's
                    # label (【假日旅游】…) is the first of the issue's several stories
                    or (
                        _is_headline_like(items[j].text)
                        and not items[j].text.startswith("【")
                        and not _LABEL_LINE_RE.match(items[j].text)
                        # (a body that issues it with the first, under its date: 云南省
                        # 林业和草原局, no headline)
                        and not is_issuer_line(items[j].text)
                    )
                )
            ),
            None,
        )
        if titled is not None and not any(
            # a headline under a newsletter's section is its first story's, not the issue's
            _NEWS_SECTION_RE.match(items[j].text)
            for j in range(k + 1, titled)
        ):
            return titled
        # the office or the campaign whose periodical it is, on the line above it (青川县
        # 文旅局 / 工作简报, 青川区创建全国文明城市 / 工作简报)
        above = items[k - 1].text if k and items[k - 1].label == Label.TEXT else ""
        owner = is_issuer_line(above) or (
            0 < len(above) <= MASTHEAD_OWNER_MAX and _is_headline_like(above)
        )
        # (…never one whose place the name says again: 南屏县发展和改革局 / 南屏县农产品
        # 价格监测周报（第19期）)
        return k - 1 if owner and not _place_named_again(above, items[k].text) else k
    return None


#: The kind of a page that is a press release, after the office's name: …新聞稿.
_RELEASE_LABEL_RE = re.compile(
    r"(?:新闻稿|新聞稿|新闻通稿|新聞通稿|新闻发布|新聞發布|新闻公报|新聞公報"
    # …or a record of a press conference, the page's kind (新闻发布会实录, 图文直播)
    r"|实录|實錄|图文直播|圖文直播|文字直播)$"
)


#: A body's Latin initials after its Han name: 新聞局 GCS, 統計暨普查局 DSEC.
_INITIALS_AFTER_RE = re.compile(rf"(?<=[{HAN}])\s+(?!APP$)[A-Z]{{2,6}}$")


def _labels_the_page(items: list[_Item], k: int, pool: list[int], length: dict[int, int]) -> bool:
    """Whether line ``k`` of the page head's headline-like lines (``pool``, each with the
    ``length`` of its title group) names the page rather than its story: a short site
    name or section label above a much longer headline, a site's name above more of them
    or above its menu, an issuing body above its document's kind and title."""
    # (a body's name with its Latin initials after it, as Macau's pages print it: 新聞局 GCS)
    text = _INITIALS_AFTER_RE.sub("", items[k].text)
    if k + 1 in pool and _place_named_again(text, items[k + 1].text):
        return True
    if (
        is_issuer_line(text)
        and " " in text
        and k + 1 in pool
        and _ABOUT_RE.match(items[k + 1].text)
    ):
        return True  # 甲局 乙局 / 关于…的通告: who issue it jointly, over its title
    if (
        k + 1 < len(items)
        and items[k + 1].label == Label.TEXT
        and _site_and_section(items[k + 1].text)
        and len(text) <= ORG_LABEL_MAX + 6
        and any(j > k + 1 for j in pool)
    ):
        return True  # GovHK 香港政府一站通 / 香港政府新聞網 | 新聞公報: the portal over its site
    if (
        len(text.split()) == 2
        and _office_and_kind(text)
        and any(j > k and length[j] >= len(text) for j in pool)
    ):
        return True  # 东海省气象台　台风消息 / the headline: who issues what kind of report
    if (
        _SECTION_KIND_RE.match(text)
        and not is_issuer_line(text)
        and k + 1 in pool
        and _ABOUT_RE.match(items[k + 1].text)
    ):
        return True  # 停水公告 / 关于…的通知: the site's section, over its notice's title
    # an issuer wrapped above the rest of its title (青川市人民政府 / 关于…的通知) is the title's
    own = length[k] if _continues_title(items, k) else len(text)
    longer = [j for j in pool if j > k and length[j] >= 1.5 * own]
    # a section's name is often the kind of report it lists: 价格监测 above …价格监测情况
    named_below = any(text in items[j].text for j in longer)
    organisation = _names_body(text)
    if longer and (
        own <= TINY_LABEL
        or (own <= SHORT_LABEL and _SITE_LABEL_RE.search(text) is not None)
        or (own <= ORG_LABEL_MAX and _ORG_NAME_RE.search(text) is not None)
        or is_issuer_line(text)  # 青川市人民政府办公室 above its 关于…的通知
        or (own <= SHORT_LABEL and named_below)
        # the account that posted it, named again in the post's line (深圳天气 / …
        # 深圳天气 2031年06月14日 15:42 广东)
        or (own <= ORG_LABEL_MAX and _names_poster(items, k))
    ):
        return True
    # the office and the kind of what it issues (行政院新聞傳播處 新聞稿, 香港特別行政區政府
    # 新聞公報) over a headline, however short, set apart from the kind by a space
    if (
        own <= ORG_LABEL_MAX + 4
        and _RELEASE_LABEL_RE.search(text) is not None
        and any(
            j > k and (length[j] >= own or (" " in text and length[j] >= RELEASE_HEADLINE_MIN))
            for j in pool
        )
    ):
        return True
    if any(j > k for j in pool) and (
        _is_site_name(text)
        # (a body's full name over its breadcrumb however long: 国家市场监督管理总局缺陷产品
        # 召回技术中心 / 当前位置：首页 > 召回信息)
        or ((own <= ORG_LABEL_MAX or is_issuer_line(text)) and _above_navigation(items, k))
        or _site_and_section(text)
        or _named_in_two_languages(text)
    ):
        return True
    # the issuing body above its document's kind and title (澳門…社會工作局 / 通告 /
    # 關於…發放安排, or a headline after the page's fields): who issues it, not the title
    last = text.split()[-1] if text.split() else text
    kind_below = (
        k + 1 < len(items)
        and items[k + 1].label == Label.TEXT
        and (
            _KIND_ONLY_RE.match(items[k + 1].text) is not None
            or _RELEASE_LABEL_RE.fullmatch(items[k + 1].text) is not None
            # (…or that they issue it together: 临江市统计局 国家统计局临江调查队 / 联合发布)
            or re.fullmatch(r"(?:联合|聯合)(?:发布|發布)", items[k + 1].text) is not None
        )
    )
    return (
        own <= ORG_LABEL_MAX
        and organisation
        and any(j > k + 1 and _ABOUT_RE.match(items[j].text) for j in pool)
    ) or (
        kind_below
        and _names_body(last)
        # (the kind between them says which is which: a headline as long as the name will do)
        and any(j > k + 1 and length[j] >= len(text) for j in pool)
    )


def _place_named_again(label: str, headline: str) -> bool:
    """Whether ``headline`` opens on the place a short ``label`` above it opens on (临江应急管理
    / 临江市防汛抗旱指挥部启动…响应, 南屏县发展和改革局 / 南屏县农产品价格监测周报): the label
    names the account or the issuer; a headline wrapped over two lines never says its place
    twice."""
    place = re.match(rf"[{HAN}]{{2}}", label)
    return (
        place is not None
        and len(label) <= ORG_LABEL_MAX
        and re.match(rf"{place[0]}[{HAN}]{{0,3}}[省市县縣区區州旗镇鎮乡鄉]", headline) is not None
        and len(headline) >= 1.5 * len(label)
        and not re.search(r"[，,。；;：:]", label)
    )


def _site_and_section(text: str) -> bool:
    """Whether ``text`` names a site and its section set apart by a mark: 自然资源部东海局 ·
    海洋预报, 星途储能 | 新闻中心 (a body's name before the mark, or a site's section after
    it; or a dash between them: 高雄市政府全球資訊網 — 市政新聞)."""
    parts = re.split(r"\s+(?:[·•|｜丨\-]|[—–―]{1,2})\s+", text)
    if len(parts) == 3 and _names_body(parts[0]):
        # a body's name, then its site's section and page: 青川市人民政府 · 政务公开 · 应急管理
        return True
    words = text.split()
    if (
        len(words) in (2, 3)
        and _names_body(words[0])
        and _DISCLOSURE_RE.search(words[1]) is not None
        and all(han_count(w) <= SHORT_LABEL for w in words[1:])
    ):
        return True  # …set apart by spaces alone: 青川新区管理委员会 政府信息公开 应急管理
    return (
        len(parts) == 2
        # (a headline after a column's name is no section: 大宗商品日报 | 铜价冲高回落 …)
        and han_count(parts[1]) < SECTION_AFTER_BAR_HAN
        and (
            _names_body(parts[0])
            or _SITE_LABEL_RE.search(parts[1]) is not None
            or _SECTION_WORD_RE.search(parts[1]) is not None
        )
    )


#: A government site's section of what it discloses: 政府信息公开, 政务公开, 信息公开目录.
_DISCLOSURE_RE = re.compile(r"(?:信息|政务|政務|資訊)?(?:公开|公開)(?:目录|目錄|专栏|專欄)?$")


#: A site's section after its name and a bar has fewer Han characters than this; a headline
#: after a column's name has this many or more.
SECTION_AFTER_BAR_HAN = 10


#: A body's name followed by its name in English or Portuguese: 臺中市議會 Taichung City
#: Council, 新聞局 Gabinete de Comunicação Social.
_TWO_LANGUAGE_NAME_RE = re.compile(
    rf"^(?P<zh>[{HAN}（）()·]{{2,20}})\s*(?:\s|[/／|｜丨])\s*"
    r"(?P<en>[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ'’.,&\- ]{5,}?)\s*$"
    # (…or the other name first, set apart by a slash or a bar: Shenzhen Meteorological
    # Bureau / 深圳市气象局)
    r"|^(?P<en2>[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ'’.,&\- ]{5,}?)\s*[/／|｜丨]\s*"
    rf"(?P<zh2>[{HAN}（）()·]{{2,20}})$"
)


def _named_in_two_languages(text: str) -> bool:
    """Whether ``text`` is a body's name in Chinese and another language: a site's banner."""
    m = _TWO_LANGUAGE_NAME_RE.match(text)
    if m is None:
        return False
    zh, en = m["zh"] or m["zh2"], m["en"] or m["en2"]
    return (
        _names_body(zh)
        or _is_site_name(zh)
        # a short name beside an English one of two words or more (香港海關 Customs and
        # Excise Department, 立法會 Legislative Council): a body's banner
        or (len(zh) <= 8 and len(en.split()) >= 2)
    )


#: What a site calls a section of its pages: 新闻中心, 海洋预报, 通知公告.
_SECTION_WORD_RE = re.compile(r"新闻|新聞|资讯|資訊|动态|動態|公告|预报|預報|频道|頻道|中心|行情")


def _names_poster(items: list[_Item], k: int) -> bool:
    """Whether line ``k`` names the account or site that posted the page, not a headline:
    a word of one of the head's field lines (深圳天气 / … 深圳天气 2031年06月14日 15:42
    广东), or the line right above the post's time when that names no account itself
    (南岭人事考试 / 2031-11-02 18:05 发表于湖南; never a headline's second line over 枫林组工
    2031-08-09 18:30 发表于浙江)."""
    text = items[k].text
    return _above_post_time(items, k) or any(
        item.label == Label.META and text in item.text.split() for item in items[:HEADER_ZONE]
    )


#: When a post went up, its year unsaid, and from what: 6月12日 09:15 来自 iPhone 15 Pro.
_POSTED_FROM_RE = re.compile(r"^(?:\d{1,2}月\d{1,2}日\s*)?\d{1,2}:\d{2}\s*(?:来自|來自)")


def _names_account(items: list[_Item], k: int) -> bool:
    """Whether line ``k`` is only the name of the account that posted the page, right above
    when it went up (平安北京 / 6月12日 09:15 来自 iPhone 15 Pro): no headline. An account's
    name is short and set right over its post's time; a headline (青川县召开秋粮收购工作会议)
    runs longer."""
    return (
        len(items[k].text) <= ACCOUNT_NAME_MAX
        and k + 1 < len(items)
        and not items[k + 1].blank
        and _above_post_time(items, k)
    )


#: An account's name runs this long at most: 平安北京, 上海发布, 青川市场监管.
ACCOUNT_NAME_MAX = 8


def _above_post_time(items: list[_Item], k: int) -> bool:
    """Whether the line after ``k`` (past an account's badge) is when the post went up:
    2031-11-02 18:05 发表于湖南, or 6月12日 09:15 来自 iPhone 15 Pro (page chrome, its year
    unsaid)."""
    j = k + 1
    while j < len(items) and items[j].label == Label.DROP:
        if _POSTED_FROM_RE.match(items[j].text):
            return True
        j += 1  # past the account's badge (V) between its name and the post's time
    return (
        j < len(items)
        and items[j].label == Label.META
        and is_post_line(items[j].text)
        and re.match(r"^(?:原创\s*)?\d", items[j].text) is not None
    )


def _above_navigation(items: list[_Item], k: int) -> bool:
    """Whether a page's menu or breadcrumb follows line ``k`` (青川气象 / 首页 > 天气预报):
    the line is the site's name, above its navigation, not the story's headline."""
    return (
        k + 1 < len(items) and items[k + 1].label == Label.DROP and is_navigation(items[k + 1].text)
    )


def _only_site_name(items: list[_Item], pool: list[int]) -> bool:
    """Whether the page head's one headline-like line only names the site (青川融媒,
    青川新闻网): the report has no headline line."""
    return len(pool) == 1 and _is_site_label(items[pool[0]].text)


def _is_site_label(text: str) -> bool:
    # (a paper's or an app's name alone names who reports, however long: 央视新闻客户端,
    # 自由時報, 澳門日報)
    if _PAPER_RE.search(text) or _APP_NAME_RE.search(text):
        return True
    return (
        len(text) <= SHORT_LABEL
        and (_is_site_name(text) or _SITE_LABEL_RE.search(text) is not None)
        and not _issuers_notice(text)
    )


#: A news app's name: 央视新闻客户端, 青川日报客户端.
_APP_NAME_RE = re.compile(rf"^[{HAN}]{{2,10}}(?:客户端|客戶端)$")


def _issuers_notice(text: str) -> bool:
    """Whether ``text`` is an issuing body's notice (臺北市政府公告, 青川县人民政府通告): the
    title of the document, not a site's section (通知公告)."""
    m = re.match(r"^(.+?)\s*(?:公告|通告)$", text.strip())
    return m is not None and is_issuer_line(m.group(1))


def _told_headline(items: list[_Item], zone: int) -> tuple[int, str] | None:
    """The first line of the head whose dateline repeats a headline after 题：, with that
    headline; None when no dateline does."""
    for k in range(zone):
        for kind, segment in items[k].meta + items[k].lead:
            m = re.search(r"题\s*[:：]\s*(\S.*)$", segment) if kind == "dateline" else None
            if m:
                return k, m.group(1).strip()
    return None


#: A head that names only a site's section of notices: 國立青川大學　校園公告; or who gives a
#: notice and its kind alone, as a Taiwan office heads one over its subject: 南屏縣政府　公告,
#: 環境部 主管法規預告 (with no subject under it, 臺北市政府公告 is the title of its notice).
_NOTICE_HEAD_RE = re.compile(
    r"^(.{2,30}?)\s*(?:(?:校園|校园|最新|系統|系统)(?:公告|通知|消息)|公告|通告|預告|预告"
    r"|(?:主管)?(?:法規|法规)(?:預告|预告))$"
)
#: The subject of an official letter or notice, as Taiwan writes them: 主旨：….
_SUBJECT_RE = re.compile(r"^(?:主旨|主題|主题)\s*[:：]\s*(.+)$")
#: Where a subject's own words end: the request to take note (，請查照) or when it takes
#: effect (，並自即日生效, ，自中華民國120年7月1日生效).
_SUBJECT_TAIL_RE = re.compile(r"[，,。；;]\s*(?:請|请|敬請|敬请|希|特此|(?:並|并)?自)")
#: A notice's subject longer than this is no title.
SUBJECT_TITLE_MAX = 40


#: A headline that only says what was issued, its issuers on the line above it: 联合发布
#: 地质灾害气象风险预警 under 青川新区自然资源和规划局 青川新区气象局.
_ISSUED_HEADLINE_RE = re.compile(r"^(?:联合|聯合)?(?:发布|發布)(?=[\u4e00-\u9fff]{4})")


#: A notice's kind alone on its first line, no headline under it: 公告, 拍卖公告, 通告.
_NOTICE_KIND_RE = re.compile(
    r"^(?:拍卖|拍賣|变卖|變賣|悬赏|懸賞|招标|招標)?(?:公告|通告|通知|通报|通報|声明|聲明|启事|啟事|公示)$"
)


def signed_kind_title(head: Sequence[_Item], meta: Sequence[MetaLine], title: str = "") -> str:
    """A notice headed by its kind alone (公告, over its number and its text; or 拍卖公告 as
    its headline, ``title``) and signed by its issuer (东岭市南屏区人民法院, at its foot) is
    named as an editor names it, by both: 东岭市南屏区人民法院公告. "" when the head gives no
    kind or no body signs it."""
    kind = next(
        (
            item.text
            for item in head
            if item.label == Label.DROP and _NOTICE_KIND_RE.match(item.text)
        ),
        title if _NOTICE_KIND_RE.match(title) else "",
    )
    signer = next((m.text for m in meta if m.kind == "signature"), "")
    if not kind or not is_issuer_line(signer) or " " in signer:
        return ""
    return signer + kind


def with_issuers(title: str, subtitles: list[str]) -> tuple[str, list[str]]:
    """A headline that opens on 发布 said with who issued it, from the line set above it
    (青川新区自然资源和规划局 青川新区气象局联合发布地质灾害气象风险预警): alone it is half a
    sentence, and the intro would say the issuers as a sentence of names after it."""
    if not _ISSUED_HEADLINE_RE.match(title):
        return title, subtitles
    for k, line in enumerate(subtitles):
        if is_issuer_line(line):
            return f"{line}{title}", subtitles[:k] + subtitles[k + 1 :]
    return title, subtitles


#: A headline that only says a talk or an event is coming (讲座预告, 学术活动, 人文讲坛第128期
#: 预告): what it is about is in its topic's field.
_EVENT_HEAD_RE = re.compile(
    rf"^[{HAN}\d\s]{{0,16}}?(?:讲座|講座|学术活动|學術活動|学术报告|學術報告|报告会|報告會"
    r"|讲坛|講壇|论坛|論壇|沙龙|沙龍)?\s*(?:预告|預告|通知|信息|資訊|资讯)?$"
)
_EVENT_WORD_RE = re.compile(
    r"讲座|講座|活动|活動|报告|報告|讲坛|講壇|论坛|論壇|沙龙|沙龍|预告|預告"
)
#: A talk's topic (讲座题目：…, 报告题目：…, 题目：…, 主題：…), one only.
_TOPIC_RE = re.compile(
    r"^(?:讲座|講座|报告|報告|演讲|演講|活动|活動)?(?:题目|題目|主题|主題)\s*[:：]\s*(.+)$"
)
_TOPIC_NUMBERED_RE = re.compile(r"^(?:讲座|講座|报告|報告|演讲|演講)?(?:题目|題目|主题|主題)\s*\d")


def _topic_title(title: str, items: Sequence[_Item], start: int) -> str:
    """A talk's announcement headlined only by its kind or its series (讲座预告, 人文讲坛
    第128期 预告) is named by its topic as well (讲座预告：《红楼梦》里的清代物质生活): the
    kind alone tells a listener nothing of what is coming. Where the page announces several
    talks (报告题目1：…, 报告题目2：…), no one of them names it."""
    head = title.strip()
    if not head or "：" in head or ":" in head or not _EVENT_HEAD_RE.match(head):
        return title
    if not _EVENT_WORD_RE.search(head):
        return title
    window = [item.text.strip() for item in items[start : start + 8]]
    if any(_TOPIC_NUMBERED_RE.match(text) for text in window):
        return title
    topics = [m.group(1).strip() for text in window if (m := _TOPIC_RE.match(text))]
    if len(topics) != 1 or not 4 <= len(topics[0]) <= SUBJECT_TITLE_MAX:
        return title
    return _bare(head) + "：" + topics[0]


def subject_title(title: str, items: Sequence[_Item], start: int) -> str:
    """The title of a notice whose head only names the site's section of notices
    (國立青川大學　校園公告) or who gives it (桃溪市立明德國民中學): its subject
    (主旨：公告本校…選課相關事宜，請全校師生周知。 -> 國立青川大學…選課相關事宜), without the
    verb of notice and the request to take note, and with the body named where it says
    本校 (a listener hears no page to say which school); a talk's by its topic (see
    :func:`_topic_title`). ``title`` itself otherwise."""
    topic = _topic_title(title, items, start)
    if topic != title:
        return topic
    head = _NOTICE_HEAD_RE.match(title)
    # (…or by its name alone, the school's or the office's: 桃溪市立明德國民中學)
    named_alone = (
        " " not in title.strip()
        and _names_body(title.strip())
        and not DOCUMENT_KIND_END_RE.search(title)
        and not _KIND_ONLY_RE.match(title.strip())
    )
    body = title.strip() if named_alone else head.group(1).split()[-1] if head else ""
    if not named_alone and (not head or not _names_body(body)):
        return title
    for item in items[start : start + 8]:
        subject = _SUBJECT_RE.match(item.text)
        if subject is None:
            continue
        text = _SUBJECT_TAIL_RE.split(subject.group(1))[0]
        text = re.sub(r"^(?:公告|检送|檢送|函送|有关|有關)", "", text.rstrip("。．.，, "))
        text = re.sub(r"^本(?:校|院|局|府|會|会|處|处|署|所|中心)", body, text) if body else text
        if (county := re.match(r"^本([縣县市])", text)) and (
            place := re.match(rf"^[{HAN}]{{1,6}}?{county[1]}", body)
        ):
            text = place.group() + text[2:]  # 本縣120年地價稅… -> 南屏縣120年地價稅…
        return text if 6 <= len(text) <= SUBJECT_TITLE_MAX else title
    return title


def _bare(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _issuer_with_date(items: list[_Item], k: int) -> bool:
    """An issuing body's name on its own line right above a date (青川市统计局 / 2031年3月18日),
    or above the other bodies that issue it with it and then the date (青川市统计局 / 国家统计局
    青川调查队 / （2033年3月20日）): who issued the report, under its title, never a line of
    the title."""
    while k < len(items) and items[k].label == Label.TEXT and is_issuer_line(items[k].text):
        k += 1
        while (
            k < len(items)
            and items[k].meta
            and all(kind in ("author", "editor") for kind, _ in items[k].meta)
        ):
            k += 1  # (its writer between: 青川证券研究所 / 分析师：… / 2031年3月10日)
        dated = k < len(items) and (
            _header_line_kind(items[k]) == "date"
            # (or the minute it was posted: 青川市统计局 / 2031-04-22 15:30; or the day and
            # number of the issue: 2031年4月18日 第6期; or the number of the document it
            # issued: …应急指挥部办公室 / 龙重污办〔2031〕3号)
            or (
                items[k].meta
                and all(kind in ("date", "stamp", "docno") for kind, _ in items[k].meta)
            )
            or (items[k].label == Label.META and ISSUE_RE.match(items[k].text) is not None)
            # (or the month alone: 青川省医疗保障局 / 2031年9月)
            or (items[k].label == Label.TEXT and YEAR_MONTH_LINE_RE.match(items[k].text))
        )
        if dated:
            return True
    return False


def _issued_by(items: list[_Item], k: int, title: str) -> bool:
    """Whether line ``k``, under a title, is who issued it: its name alone under a title that
    only names a notice's kind (停水通知 / 青川水务集团有限公司) or ends with it (…购票须知 /
    临江湾草地音乐节组委会), or names that say they issued it (…联合发布): no line of the
    title."""
    text = items[k].text
    if items[k].label != Label.TEXT:
        return False
    if issued_under(text, title):
        return True
    return (
        _KIND_ONLY_RE.match(title.strip()) is not None
        and len(text) <= ORG_LABEL_MAX + 6
        and " " not in text
        and _names_body(text)
    )


def _issuer_over_body(items: list[_Item], k: int) -> bool:
    """Whether line ``k``, right under the title, is the body that issues it, over the first
    paragraph (江陵市2031年春运交通出行服务指南 / 江陵市春运工作领导小组办公室 / 2031年春运
    自…) or the first numbered section (…常见问题解答 / 国家税务总局青川市税务局 / 一、…):
    its name alone, never a section's heading."""
    nxt = items[k + 1] if k + 1 < len(items) else None
    return (
        items[k].label == Label.TEXT
        and is_issuer_line(items[k].text)
        and nxt is not None
        and nxt.table is None
        and nxt.label == Label.TEXT
        and (
            (
                marker_level(nxt.text) is None
                and han_count(nxt.text) >= ISSUED_BODY_MIN_HAN
                # (its stop may be an ASCII one, as a text typed with them ends: …为良.)
                and (nxt.text[-1] in SENTENCE_ENDS or bool(ASCII_STOP_RE.search(nxt.text[-2:])))
            )
            or marker_level(nxt.text) in SECTION_LEVELS
        )
    )


#: The first paragraph under an issuer's line says this much at least.
ISSUED_BODY_MIN_HAN = 30


def _continues_title(items: list[_Item], k: int) -> bool:
    """Whether the line after ``k`` goes on with an official title (关于…, 印发…); a site's
    name above one (青川市人民政府门户网站 / 关于…的通知) issues nothing."""
    nxt = items[k + 1].text if k + 1 < len(items) else ""
    if not _is_site_name(items[k].text) and re.match(r"^(?:关于|关於|印发|转发|的)", nxt):
        return True
    # a company over the notice it gives (…股份有限公司 / 2030年年度权益分派实施公告)
    return bool(
        k + 1 < len(items)
        and items[k + 1].label == Label.TEXT
        and _ORG_NAME_RE.search(items[k].text)
        and len(items[k].text) <= ORG_LABEL_MAX
        and DOCUMENT_KIND_END_RE.search(nxt)
        and not _KIND_ONLY_RE.match(nxt)  # 澳門…社會工作局 / 通告 / 關於…: its kind alone
        and _is_headline_like(nxt)
    )


#: The name of a web site: 青川市人民政府门户网站, 青川新闻网, 青川市应急管理局官网.
_SITE_NAME_RE = re.compile(
    r"(?:门户网站|網站|网站|门户|官网|官方网站|新闻网|政务网|信息网|资讯网|資訊網|入口網|新聞網|政務網"
    r"|数字报|电子报|數位報|電子報)$"
)


#: The name of a newspaper's or a news site's page: 自由時報電子報, 青川日报, 青川新闻网.
_PAPER_RE = re.compile(
    rf"^{_NOT_A_DAILY_REPORT}[{HAN}]{{2,10}}(?:日报|晚报|时报|商报|日報|晚報|時報|商報|电子报|電子報|数字报|新闻网|新聞網)$"
)


def _is_site_name(text: str) -> bool:
    """A site's name, alone or beside who runs it: 青川新闻网, 青川新闻网 | 青川日报社主办,
    共青团青川市委员会　青川青年志愿者网; or beside its tagline after a dash: 南屏新闻网-南屏县
    委县政府门户网站合作媒体."""
    tagged = _SITE_TAGLINE_RE.match(text.strip())
    if tagged and _is_site_name(tagged.group(1)):
        return True
    parts = [p for p in _MENU_SEP_RE.split(text.strip()) if p]
    if len(parts) == 1 and len(words := text.split()) == 2 and _names_body(words[0]):
        parts = words[1:]  # the body that runs it, then the site's name
    if (
        # the office or its short name before the site's own name at a banner's end:
        # 青川新区社会事业局 | 青川新区人民政府门户网站, 南屏交警 | …交通警察大队官方网站
        len(parts) == 2
        and len(text) <= 44
        and _SITE_NAME_RE.search(parts[1])
        and re.fullmatch(rf"[{HAN}]{{2,14}}", parts[0])
        and re.fullmatch(rf"[{HAN}]{{4,28}}", parts[1])
    ):
        return True
    return (
        len(text) <= 24
        and bool(parts)
        and all(
            _SITE_NAME_RE.search(p) or _NAMED_SITE_RE.search(p) or _RUN_BY_RE.search(p)
            for p in parts
        )
    )


#: A site's name, a dash, then what the site says it is (…门户网站合作媒体, 重点新闻网站,
#: 官方信息发布平台).
_SITE_TAGLINE_RE = re.compile(
    rf"^([{HAN}]{{2,12}})\s*[-—－–]{{1,2}}\s*[{HAN}]{{2,24}}"
    r"(?:网站|網站|媒体|媒體|平台|門戶|门户|官网|官網)$"
)


#: A site named for whom it serves, ending in 网 (青川青年志愿者网), not a grid or a net
#: (电网, 管网, 物联网, 互联网).
_NAMED_SITE_RE = re.compile(rf"^[{HAN}]{{3,10}}(?<![电電管联聯渔漁天铁鐵光])(?:网|網)$")


#: Who runs a site, as its banner says beside its name: 青川日报社主办.
_RUN_BY_RE = re.compile(rf"^[{HAN}]{{2,12}}(?:主办|主辦|承办|承辦|主管)$")


#: A site's or a section's name after a page's headline, as a browser's title bar shows it:
#: …_青川新闻网, … - 青川网, …|青川日报, …-青川新闻-青川网.
_SITE_SUFFIX_RE = re.compile(
    rf"(?:\s*[_|｜丨]\s*|\s+-{{1,2}}\s*|-{{1,2}}(?=[{HAN}]{{2,12}}$))([{HAN}A-Za-z]{{2,12}})$"
)


#: A slogan a page sets after its headline beyond a bar, a cheer of its own with its commas
#: and exclamation: …志愿者招募令 | 青春正当时,奔跑有你!
_SLOGAN_SUFFIX_RE = re.compile(r"\s+[|｜丨]\s+(?=[^|｜丨]*[，,][^|｜丨]*[！!]$)[^|｜丨]{4,30}$")


#: What a page adds to a headline about its pictures or its length: （组图）, (图), [视频],
#: （附全文）.
_PICTURE_TAG_RE = re.compile(
    r"\s*[（(\[【]\s*(?:组图|組圖|图|圖|多图|多圖|附图|附圖|图文|圖文|视频|視頻|附视频|全文|附全文"
    r"|图表|圖表|附图表|实录|實錄|附实录)\s*[)）\]】]$"
    # …or how the text was taken down: （根据录音整理，有删节）, （有删节）
    r"|\s*[（(]\s*(?:根据录音整理|根據錄音整理|据录音整理|據錄音整理|有删节|有刪節|略有删节|略有刪節)"
    r"[^（）()]{0,12}[)）]$"
)


#: A headline wholly in a page's brackets: 【…】.
_BRACKETED_RE = re.compile(r"^【\s*([^【】]+?)\s*】$")
#: The stock cries a post sets before its headline, with a bar (重磅 | …) or a mark (最新！…).
_CRIES = (
    r"最新|重磅|突发|突發|紧急|緊急|提醒|注意|速看|必看|刚刚|剛剛|快讯|快訊|独家|獨家|官宣"
    r"|扩散|擴散|好消息"
)
#: A column's label before a headline: 一图读懂｜…, 权威发布 | …, 聚焦两会丨…, 【权威访谈】….
_COLUMN_PREFIX_RE = re.compile(
    r"^(?:([^\s｜|丨，,。：:]{4,8}|组图|組圖|图集|圖集|多图|多圖|视频|視頻|图解|圖解"
    # a post's short labels for what kind of news it is: 重磅 | …, 招聘｜…
    rf"|{_CRIES}|招聘|关注|關注|通知|公告"
    # …or a column of three named for what it is (曝光台 | …, 警示栏｜…, 红黑榜丨…), never a
    # place's name (南屏县｜…)
    rf"|[{HAN}]{{2}}(?:台|栏|欄|榜|窗|谈|談|评|評|录|錄|课|課|坛|壇|眼|圈))\s*[｜|丨]"
    # …or what a story is given as, before a colon: 组图：…, 图解：… (视频：… names who filmed it)
    r"|(?:组图|組圖|图集|圖集|多图|多圖|图解|圖解)\s*[：:]"
    rf"|{_COLUMN_TAG})\s*(?=\S)"
)


def _post_headline_apart(text: str) -> tuple[list[str], str, bool]:
    """A post's topics before its headline (#平阳寻人# #扩散#), and the headline out of the
    page's brackets round the whole of it (【省市场监管局发布…抽检结果 12批次不合格】): the
    topics, the headline, and whether it was bracketed. Neither the topics nor the brackets
    are the headline's words."""
    tags, text = topics_apart(text)
    prefix = [tags] if tags else []
    if (m := _BRACKETED_RE.match(text)) and han_count(m.group(1)) >= 6:
        return prefix, m.group(1), True
    return prefix, text, False


def page_labels_apart(text: str) -> tuple[str, list[str]]:
    """A page's headline apart from the labels a page sets around it, and those labels, each
    with its separator, in the order they are written: the label of the column it runs in
    (一图读懂｜…), its tags for pictures (…开幕（组图）) and the names of its site and
    section that a browser's title bar adds (青川市启动夏季防汛检查_青川新闻网)."""
    suffixes: list[str] = []
    prefix, text, bracketed = _post_headline_apart(text)
    if bracketed:
        return text, prefix
    column = _COLUMN_PREFIX_RE.match(text)
    if column and is_date_only(text[column.end() :]):
        # 农产品期货早报 | 2031年12月10日 星期二: a daily's name over no headline but its day
        name = column.group(0).rstrip(" ｜|丨")
        return name, [*prefix, text[len(name) :]]
    if column and han_count(text[column.end() :]) >= 6:
        prefix.append(column.group(0))  # 一图读懂｜: the column the page runs it in
        text = text[column.end() :]
    elif cry := _cry(text):
        prefix.append(cry)  # 最新！…, 寒潮蓝色预警！…发布寒潮蓝色预警信号: a cry, no words
        text = text[len(cry) :]
    while han_count(text) >= 6:
        if (m := _PICTURE_TAG_RE.search(text)) and han_count(text[: m.start()]) >= 6:
            suffixes.insert(0, text[m.start() :])  # （组图）: a tag, not the headline's words
            text = text[: m.start()]
            continue
        if (m := _SLOGAN_SUFFIX_RE.search(text)) and han_count(text[: m.start()]) >= 6:
            suffixes.insert(0, text[m.start() :])  # …招募令 | 青春正当时,奔跑有你!: a slogan
            text = text[: m.start()]
            continue
        m = _SITE_SUFFIX_RE.search(text)
        if not m or han_count(text[: m.start()]) < 6:
            break
        name = m.group(1)
        if not (_is_site_name(name) or _PAPER_RE.search(name) or _SITE_LABEL_RE.search(name)):
            break
        suffixes.insert(0, text[m.start() :])
        text = text[: m.start()]
    return text, prefix + suffixes


#: A stock cry before a headline: 最新！, 重磅！, 突发！.
_STOCK_CRY_RE = re.compile(rf"^(?:{_CRIES})\s*[！!]+\s*")
#: A short cry before a headline, its mark after it: 寒潮蓝色预警！….
_CRY_RE = re.compile(r"^([^！!，,。：:\s|｜丨]{2,10})\s*[！!]+\s*")


def _cry(text: str) -> str:
    """The cry a post puts before its headline, with its mark: a stock one (最新！临江市暴雨
    预警升级为红色) or the headline's own words said first (寒潮蓝色预警！临江市气象台发布
    寒潮蓝色预警信号); "" when there is none or too little headline after it."""
    m = _STOCK_CRY_RE.match(text)
    if not m and (k := _CRY_RE.match(text)) and k.group(1) in text[k.end() :]:
        m = k
    if not m or han_count(text[m.end() :]) < 8 or not _can_be_title(text[m.end() :]):
        return ""
    return m.group(0)


#: The main line of a stacked headline labelled line by line: 主题：…
_MAIN_TITLE_LABEL_RE = re.compile(r"^(?:主题|主題|主标题|主標題)\s*[:：]\s*\S")


def _strip_title_label(text: str) -> str:
    """A title without its label (标题：…) or the page's brackets set around it whole
    (【警情通报】: the brackets mark it, they are no part of its name)."""
    if m := _BRACKETED_RE.match(text):
        text = m.group(1)
    return re.sub(
        r"^(?:原标题|原標題|标题|標題|题|題|主题|主題|主标题|主標題)\s*[:：]\s*", "", text
    )


def _header(items: list[_Item]) -> tuple[str, list[str], int, bool]:
    """Find the title and subtitles; label header metadata. Returns (title, subtitles, end,
    whether the title is a line of the report).

    * The page head runs to the first table, list item or body sentence. Its headline is
      the line echoed elsewhere in the head (breadcrumb, 题：, 标题：), else its longest
      headline-like line; an 标题：… field gives the title when no line does. Lines of the
      head above the headline are page furniture (site name, section label): not spoken.
    * Up to two following title-like lines continue a wrapped title, but only when the
      group is closed by metadata (a document number, a dateline), a subtitle, an
      addressee line ending in ``：`` or the end of the text — otherwise they are body.
    * A title ending in ``——`` takes the next line as its subtitle.
    * Then subtitles, metadata, bylines and date-only lines are consumed until the body
      starts; a line repeating the headline, or a 原标题 equal to it, is not spoken again.
    """
    zone = _header_zone(items)
    pick = _headline_index(items, zone)
    told = _told_headline(items, zone)
    if told is not None and (pick is None or pick < told[0]):
        # the page's lines above the dateline only name the site: the headline is the one
        # the dateline gives (新华社北京6月1日电 题：…), said once, as the title
        k, headline = told
        if pick is None or not _bare(headline).endswith(_bare(items[pick].text)):
            for m in range(k):
                if items[m].label == Label.TEXT:
                    items[m].label = Label.DROP
                elif items[m].label == Label.DATE_ONLY:
                    items[m].label, items[m].meta = Label.META, [("date", items[m].text)]
            title, subtitles, i = _finish_header(items, [headline], [], k)
            return title, subtitles, i, False
    if pick is None:
        for k in range(zone):
            if items[k].label == Label.TEXT and (
                _is_site_label(items[k].text) or _names_account(items, k)
            ):
                items[k].label = Label.DROP
        field_title = next(
            (
                _strip_title_label(seg)
                for k in range(zone)
                for kind, seg in items[k].meta
                if kind == "title"
            ),
            "",
        ) or next(  # no headline line, but the original headline: 原标题：…
            (
                _strip_title_label(items[k].text)
                for k in range(zone)
                if items[k].label == Label.TEXT
                and re.match(r"^(?:原标题|原標題)\s*[:：]", items[k].text)
            ),
            "",
        )
        i = 0
        while i < len(items) and _header_line_kind(items[i]) in ("drop", "meta", "date"):
            if items[i].label == Label.DATE_ONLY:
                items[i].label, items[i].meta = Label.META, [("date", items[i].text)]
            i += 1
        title, subtitles, i = _finish_header(items, [field_title] if field_title else [], [], i)
        return title, subtitles, i, False
    if (
        pick > 0
        and items[pick - 1].label == Label.TEXT
        and items[pick - 1].table is None
        and _names_body(items[pick - 1].text)
        and len(items[pick - 1].text) <= ORG_LABEL_MAX + 6
        and (
            _YEAR_LED_NOTICE_RE.match(items[pick].text)
            # (…or only its kind: 临江市市场监督管理局 / 行政处罚决定书)
            or _KIND_ONLY_RE.match(items[pick].text)
        )
    ):
        pick -= 1  # 绿岛市第一人民医院 / 2031年公开招聘编外工作人员简章: who issues it, titled
    for k in range(pick):
        text = items[k].text
        if items[k].label == Label.TEXT and (
            _PAPER_RE.search(text)
            or (len(text) <= ORG_LABEL_MAX and _ORG_NAME_RE.search(text) and " " not in text)
            or is_issuer_line(text)
            # (…with the kind of page it is: 濱海市政府主計處 新聞稿)
            or is_issuer_line(_RELEASE_LABEL_RE.sub("", text).strip())
            # (…or the kind of report it issues: 东海省气象台　台风消息)
            or _office_and_kind(text)
        ):
            # the paper or the body whose page it is: who reports or issues, when the
            # page says nothing else
            items[k].label, items[k].meta = Label.META, [("site", items[k].text)]
        elif items[k].label == Label.TEXT:
            items[k].label = Label.DROP
        elif items[k].label == Label.DATE_ONLY:
            items[k].label, items[k].meta = Label.META, [("date", items[k].text)]
    title_lines, subtitles, i = _title_group(items, pick)
    # the site's name a title bar adds to the headline names who publishes it; a column's
    # label and a tag for pictures name nothing
    labels = page_labels_apart(_strip_title_label(items[pick].text))[1]
    items[pick].lead = [
        *items[pick].lead,
        *(
            (
                "date"
                if is_date_only(label.lstrip(" ｜|丨"))
                else "other"
                if _PICTURE_TAG_RE.match(label)
                or label.rstrip()[-1] in "｜|丨"
                or _POST_TAG_RE.match(label)
                else "site",
                label,
            )
            for label in labels
        ),
    ]
    title, subtitles, i = _finish_header(items, title_lines, subtitles, i)
    return title, subtitles, i, True


def _joined_title(lines: list[str]) -> str:
    """Title lines as one title. A headline of two clauses, each ending in its verb (我市首批
    “青川工匠”名单出炉 / 30名一线技术工人获表彰) or the second opening with who did what
    (…人大三次会议隆重开幕 / 王建华作政府工作报告), keeps a space between them, heard as a
    pause; a title wrapped mid-phrase (…纪念毛泽东同志 / 诞辰130周年座谈会上的…) is joined
    closed up."""
    out = lines[0] if lines else ""
    for line in lines[1:]:
        joined = _join_wrapped([out, line])
        if not out.startswith("关于") and (
            (_ends_in_verb(out) and (_ends_in_verb(line) or _opens_with_doer(line)))
            or opens_clause(out, line)
            # (a deck that goes on with what was done, under a headline whole with its verb:
            # 南屏县公安局破获一起特大诈骗案 / 抓获犯罪嫌疑人17名，涉案金额…)
            or opens_deck(out, line)
            # (a deck of phrases set apart by spaces, under a headline whole on its line:
            # 省委常委会召开会议 / 传达学习…精神 研究…和)
            or (
                out == lines[0]
                and " " not in out
                and out[-1] not in "和与及的、"
                and _PHRASES_APART_RE.search(line) is not None
            )
        ):
            joined = f"{out} {line}"
        out = joined
    return out


#: Two phrases of a headline's deck set apart by a space: …会议精神 研究….
_PHRASES_APART_RE = re.compile(rf"[{HAN}]{{4,}} [{HAN}]{{4,}}")


def _opens_with_doer(text: str) -> bool:
    """Whether ``text`` opens with a person and what they did (王建华作政府工作报告, 李强出席
    并讲话): a headline of its own under a meeting's (…隆重开幕), never the rest of one."""
    words = tagged_words(text.strip())
    return len(words) >= 2 and words[0][1].startswith("nr") and words[1][1] == "v"


def _ends_in_verb(text: str) -> bool:
    """Whether ``text`` ends in a verb of its own (出炉, 获表彰), not a noun's (…方案的通知)."""
    words = tagged_words(text.strip())
    return (
        len(words) >= 2
        and words[-1][1] == "v"
        and han_count(words[-1][0]) >= 2
        and words[-2][0] not in ("的", "之")
    )


def _finish_header(
    items: list[_Item], title_lines: list[str], subtitles: list[str], i: int
) -> tuple[str, list[str], int]:
    # 这些新规正式施行！涉及医保、公积金、养老……: a teaser's trailing dots are no words
    title = re.sub(r"(?<=\S)(?:…+|\.{3,})$", "", _joined_title(title_lines))
    bare_title = re.sub(r"\s+", "", title)
    fielded = False  # whether a field of the page's (a stamp, a date) has come
    while i < len(items):
        item = items[i]
        kind = _header_line_kind(item)
        squeezed = re.sub(r"\s+", "", _strip_title_label(item.text))
        repeat = (
            bool(bare_title)
            and item.table is None
            and len(squeezed) >= 4
            # (its half as a line of its own is; a heading named inside it, 风暴潮黄色警报
            # under …发布风暴潮黄色警报和海浪橙色警报, opens the story)
            and (
                (
                    squeezed in bare_title
                    and (
                        bare_title.startswith(squeezed)
                        or bare_title.endswith(squeezed)
                        or 2 * len(squeezed) >= len(bare_title)
                    )
                )
                or (kind == "subtitle" and bare_title in squeezed)
            )
        )
        if repeat:
            item.label = Label.DROP
        elif _issuer_with_date(items, i):
            item.label, item.meta = Label.META, [("signature", item.text)]
        elif kind == "subtitle":
            nxt = items[i + 1] if i + 1 < len(items) else None
            if (
                nxt is not None
                and nxt.table is None
                and nxt.label == Label.TEXT
                and "在" in item.text
                and not _GIVEN_END_RE.search(item.text)
                and _GIVEN_END_RE.search(nxt.text)
                and len(nxt.text) <= SHORT_SUBTITLE_TAIL
            ):
                # ——2033年1月8日在…人民代表大会 / 第三次会议上: one subtitle wrapped
                item.text = _join_wrapped([item.text, nxt.text])
                item.raw = item.raw + "\n" + nxt.raw
                del items[i + 1]
            # ——2033 年 1 月 8 日在…: a date pasted with spaces (from a PDF) is one date
            item.text = _PASTED_DATE_SPACE_RE.sub("", item.text)
            subtitles.append(item.text)
            item.label, item.meta = Label.TEXT, []  # said as a subtitle, no field
        elif kind == "date":
            item.label, item.meta = Label.META, [("date", item.text)]
        elif (
            _is_speech(subtitles[-1] if subtitles else title)
            and item.label == Label.TEXT
            and _SPEAKER_RE.match(item.text)
            and marker_level(item.text) is None  # (第一章 总体情况 under a report: its part)
        ):
            item.label, item.meta = Label.META, [("speaker", item.text)]
        elif (not subtitles and _issued_by(items, i, title)) or _issuer_over_body(items, i):
            # (…under the weeks a weekly covers, too: …周报 / 2031年第23周(…) / 临江市农业农村局)
            item.label, item.meta = Label.META, [("source", issuers_named(item.text) or item.text)]
        elif (
            item.label == Label.TEXT
            and YEAR_MONTH_LINE_RE.match(item.text)
            and [kind for kind, _ in items[i - 1].meta] in (["source"], ["signature"])
        ):
            # 青川省医疗保障局 / 2031年9月: the month it was issued in, under who issued it
            item.label, item.meta = Label.META, [("date", item.text)]
        elif item.label == Label.TEXT and _boxed_names(item.text):
            # □ 林远航 under a commentary's headline: its writer, as a paper sets it
            item.label, item.meta = Label.META, [("author", item.text)]
        elif item.label == Label.TEXT and _writers_over_body(items, i):
            # 周启明 alone under a commentary's headline: its writer, as a paper sets it
            item.label, item.meta = Label.META, [("author", item.text)]
        elif (
            item.label == Label.TEXT
            and _DECREE_RE.search(title)
            and re.fullmatch(r"第\s*\d{1,4}\s*号", item.text)
        ):
            # 临江市人民政府令 / 第58号: the decree's number, under its name
            item.label, item.meta = Label.META, [("docno", item.text)]
        elif item.label == Label.TEXT and _TENDER_CODE_RE.match(item.text):
            # （招标编号：E3301…）, 征集编号：LJKJ-2031-ZJ-09 under a tender's headline: the
            # portal's code for it, no more said on air than a document's number
            item.label, item.meta = Label.META, [("other", item.text)]
        elif item.label == Label.TEXT and CONTACT_FIELD_RE.match(item.text):
            # a release's contact, among the fields under its headline: for the press
            item.label, item.meta = Label.META, [("other", item.text)]
        elif (
            fielded
            and item.label == Label.TEXT
            and _is_site_label(item.text)
            # (never a section's heading under its bullet: ◆ 虫情动态)
            and not re.match(r"[◆◇●■□▲★☆▶►◎❖]", item.text)
        ):
            # 2031-01-01 08:00 发表于青川 / 青川发布: the account that posts it, among the
            # page's fields under the headline
            item.label, item.meta = Label.META, [("site", item.text)]
        elif item.label == Label.TEXT and _DATE_FIELD_RE.fullmatch(item.text):
            # 日期：2025/04/12 under the headline: the day it was posted (a notice's 时间：
            # in its body is what it announces, and says no year)
            item.label, item.meta = Label.META, [("date", item.text)]
        elif kind not in ("meta", "drop"):
            break
        fielded = fielded or kind in ("meta", "date")
        i += 1
    if i < len(items) and items[i].label == Label.TEXT and is_addressee(items[i].text):
        items[i].label, items[i].meta = Label.META, [("addressee", items[i].text)]
        i += 1
    return title, subtitles, _cut_glued_headline(items, i, bare_title)


#: A bare date field with a whole date and perhaps its hour: 日期：2025/04/12, 时间：2031-03-18
#: 08:42.
_DATE_FIELD_RE = re.compile(
    r"(?:日期|时间|時間)\s*[:：]\s*(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?"
    r"(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?"
)
#: A space pasted inside a date: 2033 年 1 月 8 日.
_PASTED_DATE_SPACE_RE = re.compile(r"(?<=\d)\s+(?=[年月日])|(?<=[年月])\s+(?=\d)")
#: How a speech's subtitle ends: …会议上, …上的讲话, …的报告.
_GIVEN_END_RE = re.compile(r"(?:上|上的讲话|上的講話|讲话|講話|报告|報告|发言|發言|致辞|致辭)$")
#: The wrapped tail of a subtitle is this long at most (第三次会议上).
SHORT_SUBTITLE_TAIL = 20


#: A subtitle that says the text is a speech: ——在全市工作会议上的讲话.
SPEECH_SUBTITLE_RE = re.compile(r"(?:讲话|講話|致辞|致詞|发言|發言|演讲|演講|报告|報告)$")
#: Where a speech or a report was given, maybe with its day, as its subtitle says (the
#: dashes before it aside): 2032年1月12日在江宁市第十六届人民代表大会第四次会议上.
GIVEN_AT_RE = re.compile(
    r"^((?:\d{4}年)?\d{1,2}月\d{1,2}日)?\s*"
    r"(在.{2,40}(?:会议|會議|大会|大會|论坛|論壇|典礼|典禮|仪式|儀式)上)$"
)
#: What an edition adds after a title: （摘要）, （摘登）, （全文）, （节选）.
_EDITION_NOTE_RE = re.compile(r"\s*[（(](?:摘要|摘登|全文|节选|節選|摘编|摘編)[)）]$")


def _is_speech(line: str) -> bool:
    """Whether a title or its subtitle says the text is a speech or a report given to a
    meeting (…的讲话, 政府工作报告（摘要）, ——在…会议上): the line under it may name who
    gave it."""
    line = _EDITION_NOTE_RE.sub("", re.sub(r"^[—―\s]+", "", line.strip()))
    occasion = re.sub(r"^[（(]\s*|\s*[)）]$", "", line)  # （2031年1月16日在…会议上）
    return bool(SPEECH_SUBTITLE_RE.search(line) or GIVEN_AT_RE.match(occasion))


#: Who gave it, under that subtitle: 青川市市长 王大明 (an office and a name, nothing else).
#: (offices held together set apart by 、: 省委常委、常务副省长　郑国栋)
_SPEAKER_RE = re.compile(
    rf"^[{HAN}（）()、]{{2,30}}[\s\u3000]+[{HAN}·]{{2,4}}$|^[{HAN}（）()]{{2,24}}[{HAN}·]{{2,4}}$"
)


#: A writer's name after a paper's box, under the headline: □ 林远航, ■ 张三 李四.
_BOXED_NAMES_RE = re.compile(rf"^[□■◇◆]\s*[{HAN}·]{{2,4}}(?:\s+[{HAN}·]{{2,4}}){{0,2}}$")


def _boxed_names(text: str) -> bool:
    """Whether ``text`` is a writer's name after a paper's box; four characters that name
    no one are a feature's sub-head (■ 小麦播种), its first section, never a byline."""
    if not _BOXED_NAMES_RE.match(text):
        return False
    names = text[1:].split()
    return not (len(names) == 1 and han_count(names[0]) == 4 and not names_person(names[0]))


#: Names set apart by spaces or 、: 周启明, 林远航  陈静, 赵一鸣、孙悦.
_NAMES_GAP_RE = re.compile(r"[\s\u3000、]+")
#: One name of two or three characters spaced out to the width of three: 周  明, 周 启 明.
_SPACED_NAME_RE = re.compile(rf"[{HAN}](?:[ \u3000]+[{HAN}]){{1,2}}")


def _writers_over_body(items: list[_Item], k: int) -> bool:
    """Whether line ``k``, under the headline, only names one to three people and the body
    goes on below it without naming them: the writers of a commentary or a feature, as
    papers set them with no 文/ or 作者 before. A name the next paragraph tells about
    (王晓红 / 王晓红，女，1975年生…) heads a profile of that person, and is read."""
    text = items[k].text.strip()
    if k + 1 >= len(items) or items[k + 1].label != Label.TEXT or items[k + 1].table:
        return False
    if _SPACED_NAME_RE.fullmatch(text):
        names = [re.sub(r"[ \u3000]", "", text)]
    else:
        names = _NAMES_GAP_RE.split(text)
    return (
        len(names) <= 3
        and all(is_personal_name(name) for name in names)
        and not any(name in items[k + 1].text for name in names)
    )


#: What may follow a headline glued onto the lead: not punctuation, which would make the
#: words the lead's own opening clause.
_CLAUSE_PUNCTUATION = "，,、：:；;。！？!?）)」』”"
#: A glued headline is told again in the lead's first sentence: its last characters recur.
RETOLD_TAIL = 4


def _cut_glued_headline(items: list[_Item], i: int, bare_title: str) -> int:
    """A scraped page may glue the headline, or its first clause, onto the lead without a
    break (春运收官青川站昨日…春运收官，…): when the lead
    starts with it, goes on without punctuation and tells it again in its first sentence,
    the glued words are a repeat of the headline and are not spoken."""
    if i >= len(items) or items[i].label != Label.TEXT or not bare_title:
        return i
    text = items[i].text
    first_clause = re.split(r"[，,：:；;\s]", bare_title, maxsplit=1)[0]
    for head in dict.fromkeys([bare_title, first_clause]):
        if len(head) < 2 * RETOLD_TAIL or not text.startswith(head):
            continue
        rest = text[len(head) :].lstrip()
        sentence = re.split(f"[{SENTENCE_ENDS}]", rest, maxsplit=1)[0]
        if rest and rest[0] not in _CLAUSE_PUNCTUATION and head[-RETOLD_TAIL:] in sentence:
            items[i].text, items[i].raw = rest, rest
            items[i].level = marker_level(rest)
            items.insert(i, _Item(text=head, raw=head, label=Label.DROP))
            return i + 1
    return i


#: When, to the hour and minute, inside a news lead: 21日9时17分, 20日上午.
_WHEN_RE = re.compile(
    # (never the far end of a range of days: 将于4月20日至21日举行)
    r"(?<![\d年月至到—–\-~～])\d{1,2}日(?:(?:凌晨|上午|中午|下午|晚上|晚间|夜间)?\d{1,2}时(?:\d{1,2}分)?"
    r"|凌晨|上午|中午|下午|晚上|晚间|夜间)?"
    # …or a quake's month, day and minute that open its report, with the 在 that follows
    # (07月21日03时27分在青桐县发生5.2级地震 -> 青桐县发生5.2级地震)
    r"|^\d{1,2}月\d{1,2}日\d{1,2}时\d{1,2}分(?:在|于)?"
)
#: A clock time, maybe after its day, as a page stamps it: 2016-01-06 15:45:00.
#: (never a score, which no clock can be or which a list or 以 sets: 以25:23、21:25拿下比赛)
_STAMP_TIME_RE = re.compile(
    r"(?<![\d、以成])(?:(?:19|20)\d\d-\d{1,2}-\d{1,2}\s*)?(?:[01]?\d|2[0-4]):[0-5]\d(?::[0-5]\d)?"
    r"(?![\d、])"
)
#: The days something is held on, with the 于 that leads to them: 于4月20日至21日, 于2031年
#: 5月8日.
_HELD_ON_RE = re.compile(
    r"(?:于|於)?(?:\d{4}年)?\d{1,2}月\d{1,2}[日号](?:\d{1,2}[时時](?:\d{1,2}分)?)?"
    r"(?:\s*[至到—–\-~～]\s*(?:明年|次年)?(?:\d{1,2}月)?\d{1,2}[日号])?"
    # …or only the far end of its days left, the near one gone with its hour: 至20日
    r"|[至到]\d{1,2}[日号]"
)
#: A clause that ends in a 的 that modifies what follows (…感受到肌肉之美的，); not …是畅通的.
_MODIFIER_END_RE = re.compile(r"^[^是为]*的$")
#: A derived title is at most this long…
DERIVED_TITLE_MAX = 30
#: Who a team or a body is made of, before its name: 由…组成的.
_MADE_UP_OF_RE = re.compile(r"由[^，,。由]{2,40}?(?:组成|組成|构成|構成)的")
#: Where an event is held, before the verb that says it was: 在…化工园区(正式拉开帷幕).
_HELD_AT_RE = re.compile(
    r"在[^，,。在]{2,24}?(?=(?:正式|隆重|顺利|圆满|成功|盛大)?"
    r"(?:拉开帷幕|举行|举办|开幕|召开|启动|开工|落成|揭牌|开通|通车|投产|闭幕))"
)
#: …and this much longer when it names a document in full (印发《关于…的若干措施》).
NAMED_DOCUMENT_MORE = 15
#: A lead's subject before why or on what basis it acted (浙江某制药有限公司因…, 某汽车（中国）
#: 有限公司根据…的要求): the clause after says what it did.
_SUBJECT_THEN_WHY_RE = re.compile(
    r"^([\u4e00-\u9fffA-Za-z（）()]{4,16}?(?:公司|企业|集团|厂|医院|学校|银行|协会|中心|局|委|部|办))"
    r"(?:因|由于|根据|按照|依据|依照)"
)
#: A clause that opens without a subject, on what was done: 已对…启动召回, 向…备案了召回计划.
_SUBJECTLESS_RE = re.compile(r"^(?:已|已经|将|并|向|对|现已)")
#: A clause that points back to what was said before it (该会所便以…为由停业, 由市监委调查
#: 终结, 其中…): no headline, which is read first (该区…, 由…组成的中国队… name their own).
_POINTS_BACK_RE = re.compile(
    r"^(?:该[^，,区市县省镇乡村]{0,4}便|其(?!他|它)|上述|前述|由(?!于)(?![^，,]*(?:组成|組成|构成|構成))"
    r"|经(?:查|审理|审查|调查|核实)|且|但|而)"
)


#: A clause that says only from when on: 自明年1月1日起, 从下月起.
_FROM_WHEN_RE = re.compile(r"^(?:自|从|從)[^，,]{1,20}(?:起|开始|開始)$")


#: A paragraph that opens with someone's words, a sentence or more in quotation marks
#: (“以前每个月领3800多元，今年涨了120多元。”罗大妈说): never a term in its marks (“十四五”期间).
_QUOTED_LEAD_RE = re.compile(r"^\s*[“「\"][^”」\"]{0,80}[，。！？,!?][^”」\"]{0,80}[”」\"]")


#: A notice's lead that gives its purpose, then announces itself: 为认真做好2031年度…工作，
#: 根据…，现将有关事项通知如下：
_PURPOSE_NOTICE_RE = re.compile(
    r"^为了?(?:认真|切实|进一步|更好地?|全面|扎实|积极)?"
    r"((?:做好|加强|推进|规范|落实|开展|推动|组织|部署)[^，,：:。]{4,36}?)[，,]"
    r".*现将[^，,。]{0,12}?(通知|公告|通告|通报)如下[:：]?$"
)


def derive_title(chapters: Sequence[Chapter], meta: Sequence[MetaLine] = ()) -> str:
    """A title for a report without a headline, as an editor would write one.

    * A statistics bulletin (its lead opens with the year, its sections are the standard
      ones: 综合, 农业, 工业 ...) has the name every such bulletin has:
      2031年全县国民经济和社会发展统计公报.
    * A local news item that lists its measures (一是…二是…三是…) and ends with its byline
      (（青川镇张三）) is titled as such items are: 青川镇三举措推进<what the measures serve>.
    * A notice whose lead gives its purpose and announces itself (为做好…工作，…现将有关事项
      通知如下：) is named as a notice is: 关于做好…工作的通知.
    * Otherwise the lead's main clause, without the clauses that set the scene and without
      the day and hour (台湾海峡中部21日9时17分发生3.5级地震 -> 台湾海峡中部发生3.5级地震);
      a list marker and an announcement tail (如下) are dropped. The first of the first
      three paragraphs that has such a clause gives it.
    * A report that is only a price table is named as such tables are; empty when none of
      these applies."""
    found = _statistics_bulletin_title(chapters) or _measures_title(chapters, meta)
    if found:
        return found
    paragraphs = [b.text for c in chapters for b in c.blocks if b.kind == "paragraph"]
    # (a feature's lead in someone's words is a voice, not the news: the last resort)
    leads = sorted(paragraphs[:3], key=lambda text: _QUOTED_LEAD_RE.match(text) is not None)
    for text in leads:
        if marker_level(text) is not None:
            text = re.sub(r"^\S{0,6}?(?:是|、|．|\.|[)）])", "", text)
        # (a full stop typed in ASCII ends it too, never a figure's point: …全部安全.)
        sentence = re.split(rf"[{SENTENCE_ENDS}]|{ASCII_STOP_RE.pattern}", text, maxsplit=1)[0]
        # (a clock time's colons split no clauses: 15:45:00莱芜市气象台…)
        sentence = _STAMP_TIME_RE.sub("", LEADING_LABEL_RE.sub("", sentence))
        # (an aside in brackets is no headline's: （湘政办发〔2031〕23号，以下简称…）, （48米/秒）;
        # a name's own, （中国）, stays)
        sentence = re.sub(r"[（(](?![\u4e00-\u9fff]{1,4}[)）])[^（）()]*[)）]", "", sentence)
        if purpose := _PURPOSE_NOTICE_RE.match(sentence):
            # 为认真做好…工作，…现将有关事项通知如下: a notice says what it is about as its
            # name would (关于做好…工作的通知)
            return f"关于{purpose[1]}的{purpose[2]}"
        # (a figure's thousands split no clauses either: 抽检18,652批次)
        clauses = [c.strip() for c in re.split(r"[，：]|(?<!\d)[,:]|[,:](?!\d)", sentence)]
        subject = ""  # who, of a clause too long that goes on to say why (…公司因…，)
        for k, clause in enumerate(clauses):
            if subject and _SUBJECTLESS_RE.match(clause):
                # 浙江某制药公司因…不符合规定，已对相关产品启动召回: the clause says what was
                # done, its subject what did it
                clause, subject = subject + clause, ""
            elif (who := _SUBJECT_THEN_WHY_RE.match(clause)) and (
                k + 1 < len(clauses) and _SUBJECTLESS_RE.match(clauses[k + 1])
            ):
                subject = who.group(1)
                continue
            if _MODIFIER_END_RE.search(clause) and k + 1 < len(clauses):
                # 要说最近最能让人感受到…的，莫过于…: a modifier is said with what it modifies
                clause = f"{clause}，{clauses[k + 1]}"
            # (a day in brackets does not make who reports it the news: 记者昨天（10月12日）
            # 从市卫生健康委获悉)
            unbracketed = re.sub(r"[（(][^（）()]{0,12}[）)]", "", clause)
            if (
                BASIS_RE.match(clause)
                or SCENE_CLAUSE_RE.match(clause)
                # 自2031年5月1日起施行, 有效期至…: when it holds, never what
                or IN_FORCE_RE.match(clause)
                or clause.startswith("有效期")
                # (…or when only, from when on: 自明年1月1日起)
                or _FROM_WHEN_RE.match(clause)
                or REPORTING_CLAUSE_RE.match(unbracketed)
                or _POINTS_BACK_RE.match(clause)
                or han_count(clause) < 6
            ):
                continue  # the basis, the scene or who reports it: not what happened
            clause = _WHEN_RE.sub("", re.sub(r"如下$", "", clause))
            # (a document named in full, 印发《…若干措施》, may run longer: its name is the news)
            limit = DERIVED_TITLE_MAX + (NAMED_DOCUMENT_MORE if "《" in clause else 0)
            if len(clause) > limit:
                # …the days it is held on go, whole, when it runs too long with them
                # (…笔试将于4月20日至21日举行 -> …笔试将举行)
                clause = _HELD_ON_RE.sub("", clause)
            if len(clause) > limit:
                # …and so does where (…综合演练在云岭经济技术开发区化工园区正式拉开帷幕 ->
                # …综合演练正式拉开帷幕)
                clause = _HELD_AT_RE.sub("", clause, count=1)
            if len(clause) > limit:
                # …and so do who a team is made of (由陈佳鹏、谢震业…组成的中国队以38秒29的成绩
                # 夺得金牌 -> 中国队以38秒29的成绩夺得金牌)
                clause = _MADE_UP_OF_RE.sub("", clause, count=1)
            if len(clause) <= limit and han_count(clause) >= 6:
                return clause
    return _table_report_title(chapters)


#: The sections every 国民经济和社会发展统计公报 is made of (and no other kind of report is).
_STATISTICS_SECTIONS = frozenset(
    [
        "综合",
        "农业",
        "工业",
        "建筑业",
        "工业和建筑业",
        "固定资产投资",
        "国内贸易",
        "对外经济",
        "对外贸易",
        "交通运输",
        "邮电",
        "交通邮电",
        "旅游",
        "金融",
        "财政",
        "财政金融",
        "教育",
        "科学技术",
        "教育和科学技术",
        "文化",
        "卫生",
        "体育",
        "人口",
        "人民生活",
        "社会保障",
        "资源和环境",
        "能源",
        "服务业",
        "就业",
        "人口、人民生活和社会保障",
    ]
)
#: The area a bulletin covers, as its lead says it: 全县, 全市, 我县 (-> 全县).
_AREA_RE = re.compile(r"[全我]([县市区省州旗镇乡])")


def _statistics_bulletin_title(chapters: Sequence[Chapter]) -> str:
    """2031年全县国民经济和社会发展统计公报 for a headless statistics bulletin: its lead
    opens with the year it reports on and at least two of its section headings, and most
    of them, are the standard sections (:data:`_STATISTICS_SECTIONS`); "" otherwise."""
    headings = [
        re.sub(r"^(?:[（(][^）)]{1,4}[）)]|[^、．.\s]{1,4}[、．.])|\s+", "", c.heading)
        for c in chapters
        if c.heading
    ]
    standard = sum(1 for h in headings if h in _STATISTICS_SECTIONS)
    if standard < 2 or 2 * standard <= len(headings):
        return ""
    lead = next((b.text for c in chapters for b in c.blocks if b.kind == "paragraph"), "")
    year = re.match(r"^(\d{4})年[，,]", lead)
    area = _AREA_RE.search(lead)
    if not year or not area:
        return ""
    return f"{year.group(1)}年全{area.group(1)}国民经济和社会发展统计公报"


#: A local news item's byline in brackets at its very end: （青川镇 张三）, (城关街道李四).
_PLACE_BYLINE_RE = re.compile(
    r"[（(]\s*([\u4e00-\u9fff]{1,10}?(?:省|市|县|区|镇|乡|街道|村|社区))\s*"
    r"[\u4e00-\u9fff·]{2,4}(?:[、\s]+[\u4e00-\u9fff·]{2,4})*\s*[）)]\s*$"
)
_ENUMERATED_RE = re.compile(r"^[一二三四五六七八九十]是")
_COUNT_WORDS = "一二三四五六七八九十"


def _measures_title(chapters: Sequence[Chapter], meta: Sequence[MetaLine]) -> str:
    """青川镇三举措推进<topic> for a headless news item whose paragraphs are its measures
    (一是…, 二是…, 三是…) and which ends with a byline naming the place (（青川镇张三）).
    The topic is the longest phrase of whole words (4 Han characters or more) that the
    measures name three times or more, without a trailing 工作; "" when any part is missing."""
    from audiobulletin.zh import words

    paragraphs = [b.text for c in chapters for b in c.blocks if b.kind == "paragraph"]
    measures = [p for p in paragraphs if _ENUMERATED_RE.match(p)]
    if len(measures) < 2 or len(measures) > len(_COUNT_WORDS) or not paragraphs:
        return ""
    # the byline ends the text; on a line of its own the parser keeps it as a metadata line
    ends = [paragraphs[-1], *(m.text for m in meta)]
    byline = next((m for m in map(_PLACE_BYLINE_RE.search, ends) if m), None)
    if not byline:
        return ""
    counts: dict[str, int] = {}
    for text in measures:
        cut = words(text)
        for n in range(2, 7):
            for k in range(len(cut) - n + 1):
                phrase = "".join(cut[k : k + n])
                if han_count(phrase) == len(phrase) >= 4:
                    counts[phrase] = counts.get(phrase, 0) + 1
    repeated = [p for p, n in counts.items() if n >= 3]
    if not repeated:
        return ""
    topic = max(repeated, key=lambda p: (len(p), counts[p]))
    topic = re.sub(r"工作$", "", topic)
    if han_count(topic) < 4:
        return ""
    return f"{byline.group(1)}{_COUNT_WORDS[len(measures) - 1]}举措推进{topic}"


#: A column of prices: 本期均价, 价格, 零售价.
_PRICE_COLUMN_RE = re.compile(r"均价|价格|单价|零售价|批发价|收购价")


#: The food groups a price table sorts farm produce into (a column of 主食, 蔬菜, 肉禽蛋 ...).
_PRODUCE_GROUPS = frozenset(
    [
        "主食",
        "粮食",
        "粮油",
        "食用油",
        "油料",
        "肉禽蛋",
        "肉类",
        "禽类",
        "禽蛋",
        "蛋类",
        "蔬菜",
        "鲜菜",
        "水果",
        "鲜果",
        "干鲜果",
        "水产品",
        "奶类",
        "乳品",
        "饲养",
        "饲料",
        "畜产品",
        "畜禽",
    ]
)


def _table_report_title(chapters: Sequence[Chapter]) -> str:
    """A report that is only a table of prices, with no sentence to take a title from, is
    what such tables are published as: 本期价格监测情况 (价格监测情况 without a 本期 column);
    a table whose rows are sorted into food groups (主食, 蔬菜, 肉禽蛋 ...) watches the prices
    of farm produce: 本期主要农副产品价格监测情况. "" for any other."""
    if any(b.kind == "paragraph" for c in chapters for b in c.blocks):
        return ""
    table = next((b.table for c in chapters for b in c.blocks if b.table), None)
    header = table.header if table is not None else ()
    if not any(_PRICE_COLUMN_RE.search(name) for name in header):
        return ""
    rows = table.rows if table is not None else ()
    columns = [{row[k].strip() for row in rows if k < len(row)} for k in range(len(header))]
    produce = any(len(cells & _PRODUCE_GROUPS) >= 2 for cells in columns)
    return (
        ("本期" if any("本期" in name for name in header) else "")
        + ("主要农副产品" if produce else "")
        + "价格监测情况"
    )
