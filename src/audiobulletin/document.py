"""Raw report text -> :class:`Document`: title, metadata, and chapters of body blocks.

(Structure rules are documented on :func:`parse`.)
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

__all__ = [
    "Block",
    "BlockKind",
    "Chapter",
    "Document",
    "MetaLine",
    "Table",
    "clean_line",
    "parse",
    "parse_date",
]

BlockKind = Literal["paragraph", "table"]


@dataclass(frozen=True)
class Table:
    """A table found in the report.

    ``header`` holds the column names when the first row looks like one, else is empty.
    ``rows`` holds the body rows, one tuple of cell strings per row (cells as written).
    ``unit`` is the unit a ``单位：元/公斤`` line above the table gives its figures.
    """

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    unit: str = ""


@dataclass(frozen=True)
class Block:
    """One body unit: a paragraph, or a table.

    ``text`` is the block as written: for a paragraph, its line with indentation removed
    and runs of spaces tidied (see :func:`clean_line`); for a table, its original lines
    joined by newlines.
    """

    kind: BlockKind
    text: str
    table: Table | None = None


@dataclass(frozen=True)
class Chapter:
    """A heading (or none) with the blocks that follow it.

    ``heading`` is the heading line as written without its list marker noise removed
    (e.g. ``"一、天气实况"``); ``None`` for a chapter made of a lone body paragraph.
    Consecutive heading lines (``二、…`` directly followed by ``（一）…``) share one chapter;
    their lines are joined with a space. A chapter always has at least one block.
    """

    heading: str | None
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class MetaLine:
    """A metadata line: dateline, source, author, editor, time stamp.

    ``kind`` is one of ``"date"``, ``"source"``, ``"author"``, ``"editor"``, ``"stamp"``,
    ``"docno"``, ``"signature"`` (the issuing body above a closing date) or ``"other"``
    (view counters, 通知类型, editorial notes such as （此件公开发布）). ``spoken`` says
    whether it may be spoken in the intro: only the first date, source, author and
    signature are; editor lines never are.
    """

    kind: str
    text: str
    spoken: bool = False


@dataclass(frozen=True)
class Document:
    """A parsed report.

    ``title`` joins a title wrapped over several lines (empty when the text starts straight
    with body text); ``subtitles`` holds 原标题/副标题/`——` lines. ``date`` is an ISO date
    (YYYY-MM-DD) when the dateline gives one.
    ``dropped`` lists the lines (as written) that are deliberately neither body, title nor
    metadata and are not spoken (image placeholders, page chrome, duplicated captions), so
    that nothing is lost without a word. Unspoken metadata stays in ``meta`` only.
    """

    title: str
    subtitles: tuple[str, ...] = ()
    meta: tuple[MetaLine, ...] = ()
    date: str | None = None
    chapters: tuple[Chapter, ...] = ()
    dropped: tuple[str, ...] = field(default=())
    title_derived: bool = False
    """True when the report has no headline line and ``title`` was made from its lead (see
    :func:`derive_title`) or taken from a 标题： field."""


# --------------------------------------------------------------------------------------
# Character classes and line-level patterns
# --------------------------------------------------------------------------------------

_H = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_HAN_RE = re.compile(f"[{_H}]")
#: Punctuation that ends a sentence; a heading or a title line has none of it.
_FINAL = "。！？；!?;…"
#: A run of single Han characters separated by spaces: "土 地 使 用", "总　　则", "韩　正".
_LETTER_SPACED = re.compile(rf"(?<![{_H}])[{_H}](?:[^\S\n]+[{_H}](?![{_H}]))+")

#: Heading/paragraph list markers with their nesting level (smaller = higher).
_CN_NUM = "一二三四五六七八九十百零〇两"
_MARKERS: tuple[tuple[int, re.Pattern[str]], ...] = (
    (1, re.compile(rf"^第[{_CN_NUM}\d]+[编編章篇]")),
    (2, re.compile(rf"^第[{_CN_NUM}\d]+[节節]")),
    (3, re.compile(rf"^[{_CN_NUM}]+[、.．]")),
    (3, re.compile(r"^【[^】]{1,30}】")),
    (4, re.compile(rf"^[（(][{_CN_NUM}]+[）)]")),
    (4, re.compile(rf"^[{_CN_NUM}]{{1,3}}是(?=[{_H}])")),  # 一是…二是… sub-heads
    (5, re.compile(rf"^第[{_CN_NUM}\d]+[条條]")),
    (6, re.compile(r"^\d{1,2}(?:[、．]|\.(?!\d))")),
    (7, re.compile(r"^(?:[（(]\d{1,2}[）)]|[①-⑳])")),
    (8, re.compile(r"^[●○■□◆◇▲△•]")),
    (9, re.compile(r"^[-－*＊·]\s")),  # plain list bullets: never headings
)
_BULLET_LEVEL = 9

#: Keys that open a metadata line, by kind. Bare 时间/日期 are left out on purpose: in a
#: notice "时间：3月1日上午" is the content, not the dateline.
_META_KEYS: dict[str, tuple[str, ...]] = {
    "date": (
        "发布时间",
        "发布日期",
        "发稿时间",
        "发表时间",
        "更新时间",
        "發布時間",
        "發布日期",
        "發佈日期",
        "發佈時間",
        "更新時間",
    ),
    "source": (
        "文章来源",
        "信息来源",
        "稿件来源",
        "新闻来源",
        "资料来源",
        "来源",
        "出处",
        "文章來源",
        "資料來源",
        "新聞來源",
        "來源",
    ),
    "author": (
        "作者",
        "撰稿人",
        "撰稿",
        "撰文",
        "记者",
        "通讯员",
        "供稿",
        "摄影",
        "記者",
        "通訊員",
        "攝影",
    ),
    "editor": (
        "责任编辑",
        "責任編輯",
        "编辑",
        "編輯",
        "责编",
        "審核",
        "审核",
        "校对",
        "校對",
        "审校",
        "審校",
    ),
    "docno": ("文号", "文號", "发文字号", "發文字號", "索引号", "索引號"),
    "other": (
        "点击次数",
        "点击数",
        "点击量",
        "访问量",
        "访问次数",
        "浏览次数",
        "浏览量",
        "阅读量",
        "阅读次数",
        "浏览",
        "點擊次數",
        "瀏覽次數",
        "瀏覽",
        "閱讀",
        "通知类型",
        "信息类别",
        "信息分类",
        "公开方式",
        "分享到",
        "主题分类",
        "主题词",
        "公文目录",
        "有效性",
        "发布机构",
        "成文日期",
        "专栏",
        "栏目",
    ),
    "title": ("标题", "標題"),
}
_KEY_KIND = {key: kind for kind, keys in _META_KEYS.items() for key in keys}
_META_KEY_RE = re.compile(
    r"(?:^|(?<=\s))(" + "|".join(sorted(_KEY_KIND, key=len, reverse=True)) + r")\s*[:：]"
)
_SPEAKABLE_META = ("date", "source", "signature")

_STAMP_RES = (
    re.compile(r"^\d{1,2}-\d{1,2}\s*\d{1,2}:\d{2}(?::\d{2})?\s*[^\s。，,；]{0,20}$"),
    re.compile(
        r"^\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*\d{1,2}:\d{2}(?::\d{2})?\s*[^。，,；]{0,30}$"
    ),
)
_DOCNO_RE = re.compile(rf"^[{_H}]{{1,12}}[〔\[［【(（]\d{{4}}[〕\]］】)）]第?\d+号$")
_NOTE_RE = re.compile(r"^[（(][^（）()]{1,20}[）)]$")
_SUBTITLE_RE = re.compile(r"^(?:原标题|原標題|副标题|副標題|[—―]{2})")

_Y4 = r"(?<!\d)(?P<y>\d{4})"
_CN_DIGITS = "〇○零一二三四五六七八九"
_CN_YEAR_DIGIT = {c: max(0, i - 2) for i, c in enumerate(_CN_DIGITS)}
_DATE_RES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("num", re.compile(_Y4 + r"\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*[日号]")),
    ("num", re.compile(_Y4 + r"[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})(?!\d)")),
    (
        "cn",
        re.compile(
            rf"(?P<y>[{_CN_DIGITS}]{{4}})年(?P<m>[一二三四五六七八九十]{{1,2}})月"
            rf"(?P<d>[一二三四五六七八九十]{{1,3}})日"
        ),
    ),
    ("roc", re.compile(r"(?:民國|民国)?(?<!\d)(?P<y>\d{2,3})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日")),
)
_WEEKDAY = r"(?:\s*[（(]?(?:星期|周|週|礼拜)[一二三四五六日天][）)]?)?"
_DATE_ONLY_RES = tuple(
    re.compile(r"^" + pattern.pattern + _WEEKDAY + r"$") for _, pattern in _DATE_RES
)

#: Page chrome and image placeholders left by scrapers; dropped, never spoken.
_CHROME_RE = re.compile(
    r"^(?:!img\b.*|!\[[^\]]*\]\([^)]*\)|\[(?:图片|圖片|img|image|photo)[^\]]*\]"
    r"|(?:图片|圖片)(?:来源|來源)?[:：].{0,40}|EnRA\+A-|收藏到\S*|分享到\S*"
    r"|打印本[页頁]|关闭窗口|關閉視窗|关闭本页|返回[顶頂]部|【?字[体體号號][:：]?\s*大\s*中\s*小】?)$",
    re.IGNORECASE,
)

#: Page furniture recognised anywhere in a line: copyright footers, template leftovers,
#: "open the app" prompts, newspaper page labels.
_FURNITURE_RE = re.compile(
    r"Copyright|版权所有|版權所有|ICP[备證证]|客服QQ|^\[db:|查看精彩图片|点击查看大图|扫码关注|扫描二维码"
    r"|长按识别|^第\d+版[(（]|^(?:返回\s*)?打印$|^返回$",
    re.IGNORECASE,
)
#: Site navigation: a breadcrumb (首页 > 新闻 > 正文) or where-you-are line.
_BREADCRUMB_SEP_RE = re.compile(r"\s*(?:>>|>|»|›|→|＞)\s*")
_WHERE_RE = re.compile(r"^(?:您当前的位置|您现在的位置|当前位置|您的位置|所在位置|位置)\s*[:：]")
_MENU_SEP_RE = re.compile(r"\s*[|丨｜]\s*")
#: A figure's caption: the figure is not in the text, so neither is its caption read.
_FIGURE_RE = re.compile(r"^(?:图|圖|附图|图表)\s*\d+(?:[-.．]\d+)?\s*[:：．.\s、]")
#: The story's end mark.
_END_MARK_RE = re.compile(r"^[（(]\s*完\s*[)）]$")
#: Whom a notice is addressed to: 各镇、乡人民政府：; 湖北省人民政府：; 亲爱的家长：.
_ADDRESSEE_RE = re.compile(
    r"^(?:(?:亲爱的|尊敬的|各位)[^：:]{1,20}"
    r"|各[^：:。；;]{1,78}"
    r"|[^：:。；;]{2,78}(?:政府|部门|单位|机构|委员会|委|党委|党组|公司|企业|学院|学校|大学|医院|村委会|党总支"
    r"|局|厅|办|处|室|所|中心|同学|同志|家长|朋友|会员|市民|居民|群众))[：:]$"
)
_NAV_WORD_RE = re.compile(r"首页|登录|注册|网站|频道|导航|新闻|社区|客户端|电子报|投稿|返回|打印")

#: A story's dateline: the agency, a place and a day, then 电 (新华社北京10月17日电), or a
#: paper's or site's own 讯 (本报讯, 天气网讯); optionally the reporters in brackets and a
#: repeated headline (题：…). An editor reads none of it inside the story.
_AGENCY = (
    r"(?:新华社|中新社|本报|本台|本网|人民网|新华网|中新网|央视网|央广网|国际在线"
    rf"|[{_H}A-Za-z]{{2,10}}?(?:社|报|網|网|台|客户端|新闻|电视台|广播电台))"
)
_DAY = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})日"
_REPORTERS = (
    rf"[（(](?:[{_H}]{{0,6}}(?:记者|通讯员|實習記者|实习生|記者|通訊員)[^（）()]{{1,40}})[)）]"
)
_DATELINE_RE = re.compile(
    rf"^(?:{_AGENCY}[{_H}]{{0,10}}?{_DAY}电|{_AGENCY}讯|[{_H}]{{2,8}}讯(?=\s|[（(]))"
    rf"(?:\s*{_REPORTERS})?"
    rf"(?:\s*(?:记者|記者)[{_H}]{{2,4}}(?:[、，,\s][{_H}]{{2,4}})*报道[:：]?)?"
    r"\s*"
)
_NAMES = rf"[{_H}·]{{2,5}}(?:\s*[、，,/\s]\s*[{_H}·]{{2,5}})*"
#: A byline on a line of its own: 新华社记者崔静、韩洁；北京日报客户端 | 记者 陈雪柠；
#: 记者王红茹，北京报道；（记者 龙敏）.
_BYLINE_RE = re.compile(
    rf"^[（(]?(?:[^\s|丨｜]{{2,12}}\s*[|丨｜]\s*)?(?:[{_H}]{{0,8}}?)"
    rf"(?:(?:文/图|文／图|文|图)?\s*(?:记者|通讯员|实习生|特约记者|見習記者|記者|通訊員|摄影|攝影|撰稿)"
    rf"[:：\s]*{_NAMES}\s*)+"
    rf"(?:[，,\s]\s*[{_H}]{{2,6}}报道)?[)）]?$"
)

#: Length limits (in characters) used by the rules documented on :func:`parse`.
TITLE_MAX = 80
HEADING_MAX = 40
SHORT_LINE = 12
CELL_MAX = 40


# --------------------------------------------------------------------------------------
# Small pure helpers
# --------------------------------------------------------------------------------------


def clean_line(line: str) -> str:
    """Indentation and padding are layout, not content: tidy one line's whitespace.

    Leading/trailing whitespace (ASCII, U+3000, NBSP, TAB) is removed; a run of single Han
    characters spaced out for justification (``总　　则``, ``韩　正``, ``土 地 使 用``) is
    closed up; any other run of whitespace becomes one ASCII space.
    """
    text = line.strip()
    text = _LETTER_SPACED.sub(lambda m: re.sub(r"\s+", "", m.group()), text)
    return re.sub(r"\s+", " ", text)


def parse_date(text: str) -> str | None:
    """The first full calendar date in ``text`` as ``YYYY-MM-DD``, or None.

    Understands 2014年5月6日, 2014-05-06 / 2014/5/6 / 2014.5.6, Chinese numerals
    (一九九七年二月四日, 二〇〇四年十一月四日) and ROC years (110年9月1日 is 2021-09-01).
    """
    for style, pattern in _DATE_RES:
        for match in pattern.finditer(text):
            iso = _iso(style, match["y"], match["m"], match["d"])
            if iso:
                return iso
    return None


def _iso(style: str, y: str, m: str, d: str) -> str | None:
    try:
        if style == "cn":
            year = int("".join(str(_CN_YEAR_DIGIT[c]) for c in y))
            month, day = _cn_small(m), _cn_small(d)
        else:
            year, month, day = int(y), int(m), int(d)
            if style == "roc":
                year += 1911
        return _dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _cn_small(text: str) -> int:
    """一 .. 三十一 as an int (month and day numerals)."""
    digits = "零一二三四五六七八九"
    if "十" not in text:
        return digits.index(text)
    tens, _, ones = text.partition("十")
    return (digits.index(tens) if tens else 1) * 10 + (digits.index(ones) if ones else 0)


def marker_level(text: str) -> int | None:
    """Nesting level of the list marker that starts ``text``, or None when unmarked."""
    for level, pattern in _MARKERS:
        match = pattern.match(text)
        if match and match.end() < len(text):
            return level
    return None


def _han_count(text: str) -> int:
    return len(_HAN_RE.findall(text))


def _is_marked_heading(text: str, level: int) -> bool:
    """A marked line is a heading when short and not a sentence.

    A single trailing 。 is tolerated on very short lines without other punctuation
    (``（一）培训班设置。``), since many documents end their sub-heads that way.
    """
    if level == _BULLET_LEVEL or len(text) > HEADING_MAX:
        return False
    if any(p in text[:-1] for p in _FINAL) or text[-1] in "，,、":
        return False
    if text[-1] in _FINAL:
        return text[-1] == "。" and len(text) <= 16 and not any(p in text for p in "，,：:")
    if text[-1] in "：:":  # "（二）推荐药剂：" leads a list; "第二十二条 …，…：" is a sentence
        return len(text) <= 20 and not any(p in text for p in "，,")
    return True


def _is_title_like(text: str) -> bool:
    """An unmarked line that could be a heading or a wrapped title line."""
    return (
        2 <= len(text) <= HEADING_MAX
        and _han_count(text) >= 2
        and not any(p in text for p in _FINAL)
        and text[-1] not in "，,、：:"
    )


def _is_annex_label(text: str) -> bool:
    """``附件2：`` / ``附注：`` / ``注：`` — a label that may open a heading group."""
    return bool(re.fullmatch(r"(?:附件|附表|附录|附錄|附注|附註|注|註)\s*\d*\s*[:：.．]?", text))


def _is_signature_like(text: str) -> bool:
    """The issuing body above a closing date: a short name with no punctuation."""
    return (
        len(text) <= 30
        and _han_count(text) >= 2
        and marker_level(text) is None
        and not re.search(r"[。，,；;：:！？!?、“”《》]", text)
        and not _is_date_only(text)
    )


def _is_date_only(text: str) -> bool:
    return any(pattern.match(text) for pattern in _DATE_ONLY_RES)


def _is_doubled(text: str) -> bool:
    """A line that is the same text twice: an image caption duplicated by a scraper."""
    half, odd = divmod(len(text), 2)
    return not odd and 4 <= half <= 50 and text[:half] == text[half:]


def _is_decoration(text: str) -> bool:
    """Rules and ornaments (``----``, ``***``, a lone ``——``) carry no words."""
    return not any(ch.isalnum() for ch in text)


def _key_meta(text: str) -> list[tuple[str, str]] | None:
    """Split a metadata line into (kind, segment) pairs; None when it is not one.

    A metadata line starts with a known key and a colon; further keys on the same line
    (``文章来源：…  发布时间：…``) start further segments.
    """
    if len(text) > 120:
        return None
    matches = list(_META_KEY_RE.finditer(text))
    if not matches or matches[0].start() != 0:
        return None
    segments = []
    for i, match in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(text)
        segments.append((_KEY_KIND[match.group(1)], text[match.start() : end].strip()))
    return segments


def _is_navigation(text: str) -> bool:
    """Site furniture: a breadcrumb, a menu of short links, a where-you-are line."""
    if _WHERE_RE.match(text):
        return True
    if any(p in text for p in "。，,；;！？"):
        return False
    crumbs = [c for c in _BREADCRUMB_SEP_RE.split(text) if c]
    if len(crumbs) >= 2 and all(_han_count(c) >= 1 and len(c) <= 40 for c in crumbs):
        return True
    links = [c for c in _MENU_SEP_RE.split(text) if c]
    if len(links) >= 3 and all(len(c) <= 12 for c in links):
        return True
    words = text.split(" ")
    return (
        len(words) >= 4 and all(1 <= len(w) <= 8 for w in words) and bool(_NAV_WORD_RE.search(text))
    )


def is_addressee(text: str) -> bool:
    """Whom a notice is addressed to (各镇、乡人民政府：), said by no announcer."""
    return len(text) <= 80 and bool(_ADDRESSEE_RE.match(text))


def is_byline(text: str) -> bool:
    """A line that only names the reporters (and maybe their outlet and place)."""
    return len(text) <= 60 and bool(_BYLINE_RE.match(text))


def split_dateline(text: str) -> tuple[str, str]:
    """``(dateline, rest)``: a paragraph's opening dateline, or ``("", text)``.

    ``新华社北京10月17日电 题：…`` is all dateline: a headline repeated after 题 is not read.
    """
    m = _DATELINE_RE.match(text)
    if not m or m.end() == 0:
        return "", text
    head, rest = text[: m.end()].strip(), text[m.end() :]
    if re.match(r"^题\s*[:：]", rest):
        return text.strip(), ""
    return head, rest


def _line_meta(text: str) -> list[tuple[str, str]] | None:
    """Metadata recognised from the line alone (anywhere in the document)."""
    segments = _key_meta(text)
    if segments:
        return segments
    if is_byline(text):
        return [("author", text)]
    head, rest = split_dateline(text)
    if head and not rest.strip():
        return [("dateline", head)]
    if any(p.match(text) for p in _STAMP_RES):
        return [("stamp", text)]
    if _DOCNO_RE.match(text):
        return [("docno", text)]
    if _NOTE_RE.match(text) and marker_level(text + "x") is None:
        return [("other", text)]
    return None


def _join_wrapped(parts: Sequence[str]) -> str:
    """Join a title/heading wrapped over lines: no space between Han, one between Latin."""
    out = parts[0]
    for part in parts[1:]:
        if out[-1:].isascii() and out[-1:].isalnum() and part[:1].isascii() and part[:1].isalnum():
            out += " " + part
        else:
            out += part
    return out


# --------------------------------------------------------------------------------------
# Tables
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Found:
    """A table found in the raw lines: it covers ``lines`` (indices) and gives ``block``."""

    lines: tuple[int, ...]
    block: Block


def _looks_like_header(cells: Sequence[str]) -> bool:
    """Column names: at least two, short, no digits, no sentence or label punctuation."""
    filled = [c for c in cells if c]
    return (
        len(filled) >= 2
        and len(filled) == len(cells)
        and all(len(c) <= 12 for c in filled)
        and not any(re.search(r"[\d。，,；;：:！？]", c) for c in filled)
    )


def _make_table(raw_lines: Sequence[str], indices: Sequence[int], rows: list[list[str]]) -> Block:
    header: tuple[str, ...] = ()
    if len(rows) >= 2 and _looks_like_header(rows[0]):
        header, rows = tuple(rows[0]), rows[1:]
    text = "\n".join(raw_lines[i] for i in indices)
    return Block("table", text, Table(header, tuple(tuple(r) for r in rows)))


def _tab_cells(raw: str) -> list[str] | None:
    """Cells of a TAB-separated row, or None when the line is prose that contains a TAB."""
    if "\t" not in raw:
        return None
    cells = [clean_line(c) for c in raw.split("\t")]
    while cells and not cells[0]:
        cells.pop(0)
    if sum(1 for c in cells if c) < 2 or any(len(c) > CELL_MAX for c in cells):
        return None
    return cells


def _aligned_cells(raw: str) -> list[str] | None:
    """Cells of a row aligned with runs of spaces (U+3000, NBSP): ``组　长：韩　正　　副总理``."""
    text = raw.strip()
    if "\t" in text:
        return None
    parts = [clean_line(p) for p in re.split(r"\s{2,}", text)]
    if len(parts) < 2 or any(not p or len(p) > 30 for p in parts):
        return None
    if not any(_han_count(p) for p in parts):
        return None
    return parts


def _runs(raw_lines: Sequence[str], cells_of, min_rows: int) -> list[_Found]:
    """Runs of consecutive row lines (single blank lines allowed between rows)."""
    found: list[_Found] = []
    run: list[tuple[int, list[str]]] = []
    blanks = 0

    def close() -> None:
        if len(run) >= min_rows:
            indices = [i for i, _ in run]
            found.append(
                _Found(tuple(indices), _make_table(raw_lines, indices, [c for _, c in run]))
            )
        run.clear()

    for i, raw in enumerate(raw_lines):
        if not raw.strip():
            blanks += 1
            if blanks > 1:
                close()
            continue
        cells = cells_of(raw)
        if cells is None:
            close()
        else:
            run.append((i, cells))
        blanks = 0
    close()
    return found


def _gap_tables(raw_lines: Sequence[str]) -> list[_Found]:
    """Scraped tables with one cell per line, cells and rows told apart by blank-line runs.

    Within a stretch of short lines each separated by two or more blank lines, the smallest
    gap ``c`` separates cells of a row; a gap of ``c + k*(c+1)`` lines holds ``k`` empty
    cells; any other, larger gap starts a new row. Rows of a single cell at either end (a
    caption) are left out; at least two rows of two cells make a table.
    """
    lines = [(i, clean_line(raw)) for i, raw in enumerate(raw_lines)]
    filled = [(i, text) for i, text in lines if text]
    found: list[_Found] = []
    k = 0
    while k < len(filled):
        segment = [filled[k]]
        j = k + 1
        while (
            j < len(filled)
            and filled[j][0] - filled[j - 1][0] - 1 >= 2
            and len(filled[j][1]) <= CELL_MAX
            and len(segment[-1][1]) <= CELL_MAX
        ):
            segment.append(filled[j])
            j += 1
        if len(segment) >= 4 and len(segment[0][1]) <= CELL_MAX:
            table = _gap_segment(raw_lines, segment)
            if table:
                found.append(table)
        k = j if j > k + 1 else k + 1
    return found


def _gap_segment(raw_lines: Sequence[str], segment: list[tuple[int, str]]) -> _Found | None:
    gaps = [b[0] - a[0] - 1 for a, b in itertools.pairwise(segment)]
    cell_gap = min(gaps)
    rows: list[list[tuple[int, str]]] = [[segment[0]]]
    for gap, item in zip(gaps, segment[1:], strict=True):
        empties, rest = divmod(gap - cell_gap, cell_gap + 1)
        if rest == 0:
            rows[-1].extend([(-1, "")] * empties)
            rows[-1].append(item)
        else:
            rows.append([item])
    while rows and len(rows[0]) < 2:
        rows.pop(0)
    while rows and len(rows[-1]) < 2:
        rows.pop()
    if len(rows) < 2 or any(len(r) < 2 for r in rows):
        return None
    indices = [i for row in rows for i, _ in row if i >= 0]
    cells = [[text for _, text in row] for row in rows]
    return _Found(tuple(indices), _make_table(raw_lines, indices, cells))


def find_tables(raw_lines: Sequence[str]) -> list[_Found]:
    """All tables, earliest first, never overlapping (TAB, then aligned, then one-per-line)."""
    chosen: list[_Found] = []
    taken: set[int] = set()
    for found in (
        _runs(raw_lines, _tab_cells, 2)
        + _runs(raw_lines, _aligned_cells, 3)
        + _gap_tables(raw_lines)
    ):
        span = set(range(found.lines[0], found.lines[-1] + 1))
        if not span & taken:
            chosen.append(found)
            taken |= span
    return sorted(chosen, key=lambda f: f.lines[0])


# --------------------------------------------------------------------------------------
# Lines -> labelled items
# --------------------------------------------------------------------------------------


@dataclass
class _Item:
    """One body unit in reading order: a cleaned line, or a table."""

    text: str
    raw: str = ""
    table: Block | None = None
    label: str = ""  # drop | meta | date? | text | table | heading | para
    meta: list[tuple[str, str]] = field(default_factory=list)
    level: int | None = None
    blank: int = 0  # blank lines right above this item
    lead: list[tuple[str, str]] = field(default_factory=list)  # a dateline cut off the text


def _items(text: str) -> list[_Item]:
    """Lines become items; in a report that separates paragraphs with blank lines, the
    lines between two blank lines are one paragraph wrapped over several lines."""
    raw_lines = text.split("\n")
    tables = find_tables(raw_lines)
    starts = {f.lines[0]: f for f in tables}
    covered = {i for f in tables for i in f.lines}
    items: list[_Item] = []
    blanks = 0
    for i, raw in enumerate(raw_lines):
        if i in starts:
            block = starts[i].block
            items.append(
                _Item(text=block.text, raw=block.text, table=block, label="table", blank=blanks)
            )
            blanks = 0
        if i in covered:
            continue
        cleaned = clean_line(raw)
        if cleaned:
            items.append(_Item(text=cleaned, raw=raw, blank=blanks))
            blanks = 0
        else:
            blanks += 1
    return _join_wrapped_lines(items) if _blank_separated(items) else items


def _blank_separated(items: Sequence[_Item]) -> bool:
    """Whether blank lines separate the paragraphs: most line breaks come with one."""
    breaks = [item.blank for item in items[1:]]
    return len(breaks) >= 2 and sum(1 for b in breaks if b) >= 0.6 * len(breaks)


#: A field line: a short label, a colon, its value (来源：…, 发布时间：…, 附件1：…).
_LABEL_LINE_RE = re.compile(r"^[^，,。：:\s]{1,8}\s*[:：]")
#: An entry of a notice's list of attachments: 附件：1.…, 附件2：….xlsx.
_ANNEX_FILE_RE = re.compile(
    r"^附件\s*\d*\s*[:：].*\.(?:docx?|xlsx?|pdf|wps|et|zip|rar|txt|pptx?|jpg|png)$", re.IGNORECASE
)
_ANNEX_LIST_RE = re.compile(r"^附件\s*[:：]\s*1\s*[.、．]")
#: A line ends a paragraph when it ends like a sentence or a lead-in.
_PARAGRAPH_END = "。！？!?；;…：:”」』"


def _wraps_on(line: _Item, nxt: _Item) -> bool:
    """``nxt`` continues ``line``: no blank between, ``line`` does not end a sentence, is long
    enough to have been wrapped, and is not a heading; ``nxt`` opens no list item."""
    if line.table is not None or nxt.table is not None or nxt.blank:
        return False
    text = line.text
    if len(text) < 16 or text[-1] in _PARAGRAPH_END or marker_level(nxt.text) is not None:
        return False
    if any(_LABEL_LINE_RE.match(t) for t in (text, nxt.text)):
        return False  # field lines (来源：…, 附件1：…) stand alone
    level = marker_level(text)
    return level is None or not _is_marked_heading(text, level)


def _join_wrapped_lines(items: list[_Item]) -> list[_Item]:
    out: list[_Item] = []
    for item in items:
        if out and _wraps_on(out[-1], item):
            last = out[-1]
            last.text = _join_wrapped([last.text, item.text])
            last.raw = last.raw + "\n" + item.raw
        else:
            out.append(item)
    return out


def _label_lines(items: list[_Item]) -> None:
    """First pass: what each line is by itself (dropped, metadata, maybe-date, text)."""
    previous = None
    annex_list = False
    for item in items:
        if item.table is not None:
            previous = None
            continue
        text = item.text
        if _ANNEX_FILE_RE.match(text) or _ANNEX_LIST_RE.match(text):
            item.label, item.meta = "meta", [("annex", text)]
            annex_list, previous = bool(_ANNEX_LIST_RE.match(text)), text
            continue
        if (
            annex_list
            and re.match(r"^\d{1,2}\s*[.、．]", text)
            and not any(p in text for p in _FINAL)
        ):
            item.label, item.meta = "meta", [("annex", text)]
            previous = text
            continue
        annex_list = False
        repeated = text == previous and _is_title_like(text)
        if (
            _CHROME_RE.match(text)
            or _FURNITURE_RE.search(text)
            or _END_MARK_RE.match(text)
            or (_FIGURE_RE.match(text) and len(text) <= 60 and "。" not in text)
            or _is_navigation(text)
            or _is_decoration(text)
            or _is_doubled(text)
            or repeated
        ):
            item.label = "drop"
        elif segments := _line_meta(text):
            item.label, item.meta = "meta", segments
        elif _is_date_only(text):
            item.label = "date?"
        else:
            head, rest = split_dateline(text)
            if head:
                item.lead = [("dateline", head)]
                item.text = text = rest.strip()
            item.label = "text"
            item.level = marker_level(text)
        previous = text


def _next_index(items: list[_Item], i: int) -> int | None:
    """Index of the next item after ``i`` that is not dropped."""
    for j in range(i + 1, len(items)):
        if items[j].label != "drop":
            return j
    return None


def _prev_index(items: list[_Item], i: int) -> int | None:
    for j in range(i - 1, -1, -1):
        if items[j].label != "drop":
            return j
    return None


def _resolve_dates(items: list[_Item], start: int) -> None:
    """A date-only line is metadata in the header, under a signature, or at the very end.

    Up to two short unpunctuated lines right above such a date are the signature
    (落款). Elsewhere (an exam schedule, say) a date-only line is body text.
    """
    for i in range(start, len(items)):
        item = items[i]
        if item.label != "date?":
            continue
        signers: list[int] = []
        j = _prev_index(items, i)
        while (
            j is not None
            and j >= start
            and len(signers) < 2
            and items[j].label == "text"
            and _is_signature_like(items[j].text)
        ):
            signers.append(j)
            j = _prev_index(items, j)
        after = _next_index(items, i)
        closing = (
            after is None
            or items[after].label in ("meta", "date?")
            or (
                items[after].label == "text"
                and (_is_title_like(items[after].text) or items[after].text.startswith("附件"))
            )
        )
        padded = any(items[k].raw != items[k].raw.rstrip() for k in [*signers, i])
        if signers and (closing or padded):
            for k in signers:
                items[k].label, items[k].meta = "meta", [("signature", items[k].text)]
            item.label, item.meta = "meta", [("date", item.text)]
        elif after is None:
            item.label, item.meta = "meta", [("date", item.text)]
        else:
            item.label, item.level = "text", None


def _label_headings(items: list[_Item], start: int) -> None:
    """Second pass: which text lines are headings, which are paragraphs.

    Heading candidates are marked lines that are heading-like, and unmarked title-like
    lines. Consecutive candidates form a group; marked members are headings; unmarked
    members are headings only when the group has at most three of them and is followed by
    a body block (paragraph or table), so a run of short list lines stays body text;
    unmarked lines after a marked heading in the group are that heading's body.
    """

    def candidate(i: int) -> bool:
        item = items[i]
        if item.label != "text":
            return False
        if item.level is not None:
            return _is_marked_heading(item.text, item.level)
        if _is_title_like(item.text):
            return True
        nxt = _next_index(items, i)
        return _is_annex_label(item.text) and nxt is not None and candidate(nxt)

    i = start
    while i < len(items):
        if items[i].label != "text":
            i += 1
            continue
        if not candidate(i):
            items[i].label = "para"
            i += 1
            continue
        group = [i]
        nxt = _next_index(items, i)
        while nxt is not None and candidate(nxt):
            group.append(nxt)
            nxt = _next_index(items, nxt)
        followed = nxt is not None and items[nxt].label in ("text", "table")
        first_marked = next((k for k in group if items[k].level is not None), None)
        lead = [k for k in group if first_marked is None or k < first_marked]
        for k in group:
            if items[k].level is not None or (k in lead and followed and len(lead) <= 3):
                items[k].label = "heading"
            else:  # a run of list lines, or lines under a marked heading: body text
                items[k].label = "para"
        i = group[-1] + 1


# --------------------------------------------------------------------------------------
# Header: title, subtitles, header metadata
# --------------------------------------------------------------------------------------


def _header_line_kind(item: _Item) -> str | None:
    if item.table is not None:
        return None
    if item.label == "drop":
        return "drop"
    if _SUBTITLE_RE.match(item.text) and any(ch.isalnum() for ch in item.text[2:]):
        return "subtitle"
    if item.label == "meta":
        return "meta"
    if item.label == "date?":
        return "date"
    return None


def _can_be_title(text: str) -> bool:
    return len(text) <= TITLE_MAX and text[-1] not in "。；;：:，,、"


def _is_headline_like(text: str) -> bool:
    """A line that could be the headline: short, no sentence inside, not ending like one."""
    return (
        2 <= len(text) <= TITLE_MAX
        and _han_count(text) >= 2
        and not any(p in text for p in _FINAL)
        and text[-1] not in "，,、：:"
        and marker_level(text) is None
    )


#: A head line this short above a much longer one is a site name or section label.
SHORT_LABEL = 8
#: How many lines from the top may still belong to the page head (chrome, kicker, title).
HEADER_ZONE = 16


def _header_zone(items: list[_Item]) -> int:
    """The end of the page head: the first table, list item or body sentence."""
    for k, item in enumerate(items[:HEADER_ZONE]):
        if item.table is not None:
            return k
        if item.label == "text" and (
            marker_level(item.text) is not None
            or len(item.text) > TITLE_MAX
            or any(p in item.text for p in _FINAL)
            or item.text[-1] in "：:，,"
        ):
            return k
    return min(len(items), HEADER_ZONE)


def _title_group(items: list[_Item], i: int) -> tuple[list[str], list[str], int]:
    """The title lines starting at ``i`` (a wrapped title joined), its subtitles, and the
    index after them."""
    title_lines = [_strip_title_label(items[i].text)]
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
    k = i
    while (
        k < len(items)
        and k - i < 2
        and items[k].label == "text"
        and items[k].table is None
        and marker_level(items[k].text) is None
        and _is_title_like(items[k].text)
        and not _SUBTITLE_RE.match(items[k].text)
    ):
        k += 1
    closed = k >= len(items) or (
        items[k].table is None
        and (
            _header_line_kind(items[k]) in ("meta", "subtitle", "date")
            or items[k].text[-1] in "：:"
        )
    )
    joined_len = sum(len(items[m].text) for m in range(i, k)) + len(title_lines[0])
    if k > i and closed and joined_len <= TITLE_MAX:
        title_lines += [items[m].text for m in range(i, k)]
        i = k
    return title_lines, subtitles, i


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
        if items[k].label == "text"
        and _is_headline_like(items[k].text)
        and not _SUBTITLE_RE.match(items[k].text)
        and not _LABEL_LINE_RE.match(items[k].text)
    ]
    if not candidates:
        return None
    length = {}
    for k in candidates:
        lines, subtitles, _ = _title_group(items, k)
        length[k] = len("".join(lines + subtitles))
    others = [items[k].text for k in range(zone) if k not in candidates]
    others += [seg for k in range(zone) for _, seg in items[k].meta + items[k].lead]

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
        # a short site name or section label sits above a much longer headline
        label = length[k] <= SHORT_LABEL and any(
            length[j] >= 1.5 * length[k] for j in pool if j > k
        )
        if not label:
            return k
    return pool[0]


def _strip_title_label(text: str) -> str:
    return re.sub(r"^(?:原标题|原標題|标题|標題|题|題)\s*[:：]\s*", "", text)


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
    if pick is None:
        field_title = next(
            (
                _strip_title_label(seg)
                for k in range(zone)
                for kind, seg in items[k].meta
                if kind == "title"
            ),
            "",
        )
        i = 0
        while i < len(items) and _header_line_kind(items[i]) in ("drop", "meta", "date"):
            if items[i].label == "date?":
                items[i].label, items[i].meta = "meta", [("date", items[i].text)]
            i += 1
        title, subtitles, i = _finish_header(items, [field_title] if field_title else [], [], i)
        return title, subtitles, i, False
    for k in range(pick):
        if items[k].label == "text":
            items[k].label = "drop"
        elif items[k].label == "date?":
            items[k].label, items[k].meta = "meta", [("date", items[k].text)]
    title_lines, subtitles, i = _title_group(items, pick)
    title, subtitles, i = _finish_header(items, title_lines, subtitles, i)
    return title, subtitles, i, True


def _finish_header(
    items: list[_Item], title_lines: list[str], subtitles: list[str], i: int
) -> tuple[str, list[str], int]:
    title = _join_wrapped(title_lines) if title_lines else ""
    bare_title = re.sub(r"\s+", "", title)
    while i < len(items):
        item = items[i]
        kind = _header_line_kind(item)
        squeezed = re.sub(r"\s+", "", _strip_title_label(item.text))
        repeat = (
            bool(bare_title)
            and item.table is None
            and len(squeezed) >= 4
            and (squeezed in bare_title or (kind == "subtitle" and bare_title in squeezed))
        )
        if repeat:
            item.label = "drop"
        elif kind == "subtitle":
            subtitles.append(item.text)
        elif kind == "date":
            item.label, item.meta = "meta", [("date", item.text)]
        elif kind not in ("meta", "drop"):
            break
        i += 1
    if i < len(items) and items[i].label == "text" and is_addressee(items[i].text):
        items[i].label, items[i].meta = "meta", [("addressee", items[i].text)]
        i += 1
    return title, subtitles, i


# --------------------------------------------------------------------------------------
# Body: chapters
# --------------------------------------------------------------------------------------


@dataclass
class _Open:
    """The chapter being built."""

    heading: str | None = None
    level: int = 0
    blocks: list[Block] = field(default_factory=list)
    #: True while following deeper/unmarked blocks belong here (a heading chapter).
    has_heading: bool = False


def _combine_headings(first: str, second: str, second_marked: bool) -> str:
    """Consecutive heading lines: a wrapped heading closes up, separate headings get a space."""
    if second_marked or len(first) < 10 or (second[:1].isascii() and second[:1].isalnum()):
        return f"{first} {second}"
    return _join_wrapped([first, second])


class _Builder:
    """Groups labelled items into chapters (rules on :func:`parse`)."""

    def __init__(self) -> None:
        self.chapters: list[Chapter] = []
        self.current: _Open | None = None
        self.pending: list[Block] = []  # short lines waiting for the next chapter
        self.colon_open = False  # a stand-alone chapter ending in "：" takes the next block

    def _flush(self) -> None:
        cur = self.current
        self.current = None
        self.colon_open = False
        if cur is None:
            return
        if not cur.blocks and cur.heading is not None:
            # A heading with nothing under it is read as a paragraph.
            self.chapters.append(Chapter(None, (Block("paragraph", cur.heading),)))
        elif cur.blocks:
            self.chapters.append(Chapter(cur.heading, tuple(cur.blocks)))

    def _settle_pending(self) -> None:
        """Short lines with no following block join the previous chapter (or stand alone)."""
        if not self.pending:
            return
        if self.current is not None and self.current.blocks:
            self.current.blocks.extend(self.pending)
        elif self.current is None and self.chapters:
            last = self.chapters[-1]
            self.chapters[-1] = Chapter(last.heading, last.blocks + tuple(self.pending))
        else:
            self._flush()
            self.chapters.append(Chapter(None, tuple(self.pending)))
        self.pending = []

    def heading(self, text: str, level: int) -> None:
        cur = self.current
        if cur is not None and cur.has_heading and not cur.blocks and not self.pending:
            cur.heading = _combine_headings(cur.heading or "", text, level > 0)
            cur.level = level or cur.level  # the innermost marked heading governs
            return
        self._settle_pending()
        self._flush()
        self.current = _Open(heading=text, level=level, has_heading=True)

    def brk(self) -> None:
        self._settle_pending()
        self._flush()

    def block(self, block: Block, level: int | None) -> None:
        cur = self.current
        short = block.kind == "paragraph" and len(block.text) < SHORT_LINE
        if cur is not None and cur.has_heading and (level is None or level > cur.level):
            cur.blocks.extend(self.pending)
            self.pending = []
            cur.blocks.append(block)
            return
        if cur is not None and self.colon_open and level is None:
            cur.blocks.append(block)
            self.colon_open = block.text.endswith(("：", ":"))
            return
        if short:
            self.pending.append(block)
            return
        self._flush()
        self.current = _Open(blocks=[*self.pending, block])
        self.pending = []
        self.colon_open = block.text.endswith(("：", ":"))

    def finish(self) -> list[Chapter]:
        self._settle_pending()
        self._flush()
        return self.chapters


# --------------------------------------------------------------------------------------
# parse
# --------------------------------------------------------------------------------------


def parse(text: str) -> Document:
    """Parse report text into a :class:`Document`. Pure: same text, same document.

    Lines and whitespace
        CRLF and bare CR count as line ends. Each line is one paragraph (scraped pages
        and exported documents put one paragraph per line). Leading/trailing whitespace,
        including U+3000 and NBSP indentation, is removed; Han characters spaced out for
        justification are closed up (``韩　正`` -> ``韩正``); other runs become one space.

    Title and subtitles
        The first line that is not metadata is the title (≤ 80 chars, not ending like a
        sentence; otherwise the title is empty). A title wrapped over two or three lines is
        joined when the wrapped lines are closed by a document number, a dateline, a
        subtitle or an addressee line (``…：``). Lines starting with 原标题/副标题/``——``
        right after the title are subtitles; a title ending in ``——`` takes the next line.

    Metadata (``Document.meta``)
        Lines starting with a known key and colon: 发布时间/来源/文章来源/信息来源 (date,
        source), 作者/撰稿人/记者 (author), 责任编辑/编辑 (editor, never spoken), 文号
        (docno), 点击次数/访问量/通知类型 (other); one line may hold several
        (``文章来源：…　发布时间：…`` gives two). Time stamps like ``08-09 06:38Wind``;
        document numbers like ``国办发〔1997〕2号``; short whole-line notes in brackets
        (``（此件公开发布）``). A date-only line is metadata in the header, under a
        signature (the issuing body's one or two short lines right above it, kind
        ``signature``) or as the last line; elsewhere it is body text. Only the first
        date/source/author/signature is ``spoken``. ``Document.date`` is the first full date
        of a date/stamp line (ROC years converted), else one in the title.

    Dropped (``Document.dropped``)
        Image placeholders and page chrome (``!img``, ``[图片]``, 收藏到…, 打印本页),
        lines without any letter or digit (``----``), a line that is the same text twice
        (a duplicated image caption) and a caption or heading-like line repeating the
        line before it (a repeated sentence is kept: it is content).

    Tables (one table block each)
        * two or more consecutive lines with TABs whose cells are all ≤ 40 chars;
        * three or more consecutive lines split by runs of two or more spaces (U+3000,
          NBSP) into short cells (the aligned personnel lists of State Council notices);
        * one cell per line, cells separated by a fixed run of blank lines and rows by a
          longer one (scraped HTML tables; see ``_gap_tables``).
        The first row is the header when all its cells are short names without digits.

    Headings
        A line is a heading when it starts with a list marker (第一章, 一、, 【…】, （一）,
        第一条, 1、/1., （1）, ●) and is heading-like: ≤ 40 chars with no sentence-final
        punctuation (a lone trailing 。 is allowed on lines ≤ 16 chars). ``- `` bullets
        never make headings; a long marked line is a paragraph. An unmarked short line
        without sentence punctuation (a lone 结语, 趋势预测, a caption, a wrapped annex
        title) is a heading when at most three such lines are followed by a paragraph or
        table. Articles 第…条 are long paragraphs in practice, so they usually are body.

    Chapters
        A heading opens a chapter; the blocks after it join it until the next heading,
        a metadata line, or a marked paragraph at the same or a higher marker level than
        the heading (``一、…`` long paragraphs after a ``一、`` heading start anew;
        ``（一）…`` paragraphs under a ``二、`` heading stay). Consecutive headings share one
        chapter. Every other paragraph or table is a chapter of its own, except that a
        paragraph ending in ``：`` takes the following unmarked paragraph or table, and a
        short line (< 12 chars) joins the next chapter (or the previous one when a heading,
        metadata or the end follows). A paragraph is never split, however long.

    Nothing is lost: every non-whitespace character of ``text`` ends up exactly once in
    the title, a subtitle, a metadata line, a chapter heading, a block's text or
    ``dropped``.
    """
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    items = _items(text)
    _label_lines(items)
    title, subtitles, start, title_is_line = _header(items)
    _resolve_dates(items, start)
    _label_headings(items, start)

    meta: list[MetaLine] = []
    dropped: list[str] = []
    spoken_kinds: set[str] = set()

    def add_meta(segments: list[tuple[str, str]]) -> None:
        for kind, segment in segments:
            spoken = kind in _SPEAKABLE_META and kind not in spoken_kinds
            if spoken:
                spoken_kinds.add(kind)
            meta.append(MetaLine(kind, segment, spoken))

    for item in items[:start]:
        add_meta(item.lead)
        if item.label == "meta":
            add_meta(item.meta)
        elif item.label == "drop":
            dropped.append(item.text)

    _attach_units(items, start)
    builder = _Builder()
    for item in items[start:]:
        add_meta(item.lead)
        if item.label == "drop":
            dropped.append(item.text)
        elif item.label == "meta":
            add_meta(item.meta)
            builder.brk()
        elif item.label == "table" and item.table is not None:
            builder.block(item.table, None)
        elif item.label == "heading":
            builder.heading(item.text, item.level or 0)
        else:
            builder.block(Block("paragraph", item.text), item.level)

    chapters = tuple(builder.finish())
    if not title_is_line:
        title = title or derive_title(chapters)
    return Document(
        title=title,
        title_derived=bool(title) and not title_is_line,
        subtitles=tuple(subtitles),
        meta=tuple(meta),
        date=_document_date(meta, title),
        chapters=chapters,
        dropped=tuple(dropped),
    )


#: Clauses that set the scene rather than say what happened: 根据…, 为…, 经研究, 今年以来.
_SCENE_RE = re.compile(
    r"^(?:根据|按照|依据|依照|为了?|经|据|在|随着|面对|近日|日前|目前|近期|今年以来|\d{4}年$)"
)
#: When, to the hour and minute, inside a news lead: 21日9时17分, 20日上午.
_WHEN_RE = re.compile(
    r"(?<![\d年月])\d{1,2}日(?:(?:凌晨|上午|中午|下午|晚上|晚间|夜间)?\d{1,2}时(?:\d{1,2}分)?"
    r"|凌晨|上午|中午|下午|晚上|晚间|夜间)?"
)
#: A derived title is at most this long.
DERIVED_TITLE_MAX = 30


def derive_title(chapters: Sequence[Chapter]) -> str:
    """A title for a report without a headline, as an editor would write one: the lead's
    main clause, without the clauses that set the scene and without the day and hour
    (台湾海峡中部21日9时17分发生3.5级地震 -> 台湾海峡中部发生3.5级地震); a list marker and
    an announcement tail (如下) are dropped. The first of the first three paragraphs that
    has such a clause gives it; empty when none has."""
    paragraphs = [b.text for c in chapters for b in c.blocks if b.kind == "paragraph"]
    for text in paragraphs[:3]:
        if marker_level(text) is not None:
            text = re.sub(r"^\S{0,6}?(?:是|、|．|\.|[)）])", "", text)
        sentence = re.split(r"[。！？!?；;]", text, maxsplit=1)[0]
        for clause in (c.strip() for c in re.split(r"[，,：:]", sentence)):
            if _SCENE_RE.match(clause) or _han_count(clause) < 6:
                continue
            clause = _WHEN_RE.sub("", re.sub(r"如下$", "", clause))
            if len(clause) <= DERIVED_TITLE_MAX and _han_count(clause) >= 6:
                return clause
    return ""


#: A chapter is a unit a listener wants to skip to: shorter than this, it joins a neighbour.
CHAPTER_MIN = 150
#: A section under its own heading is worth skipping to from this size on.
HEADED_MIN = 60
#: A short chapter joins the one before it while the two stay under this size.
CHAPTER_JOIN_MAX = 600


def chapter_size(chapter: Chapter) -> int:
    """Characters of the chapter as written (heading and blocks)."""
    return len(chapter.heading or "") + sum(len(b.text) for b in chapter.blocks)


def _join_chapters(first: Chapter, second: Chapter) -> Chapter:
    """``second`` read on as part of ``first``: its heading becomes a line of the body."""
    moved = (Block("paragraph", second.heading),) if second.heading else ()
    return Chapter(first.heading, first.blocks + moved + second.blocks)


#: Sub-sections stay inside their section while the whole is at most this long.
CHAPTER_MAX = 1000


def _level(chapter: Chapter) -> int | None:
    text = chapter.heading or (chapter.blocks[0].text if len(chapter.blocks) == 1 else "")
    return marker_level(text.split(" ")[0] + "x") if text else None


#: Marker levels of sections (第一章, 一、, 【…】, （一）, 第一条); deeper ones are list items.
SECTION_LEVELS = 5


def _min_size(chapter: Chapter) -> int:
    """A section under its own numbered heading (一、…) is a chapter from
    :data:`HEADED_MIN` characters; a list item (1. …) or any other chapter from
    :data:`CHAPTER_MIN`."""
    level = marker_level(chapter.heading) if chapter.heading else None
    return HEADED_MIN if level is not None and level <= SECTION_LEVELS else CHAPTER_MIN


def _is_bare_heading(chapter: Chapter) -> bool:
    """A heading with nothing under it (read as a paragraph): it leads into what follows."""
    if chapter.heading is not None or len(chapter.blocks) != 1:
        return False
    text = chapter.blocks[0].text
    level = marker_level(text)
    return level is not None and _is_marked_heading(text, level)


def _absorb_sublevels(chapters: Sequence[Chapter]) -> list[Chapter]:
    """A sub-section (（一） under 一、) is read as part of its section while the section
    stays within :data:`CHAPTER_MAX`; listeners skip between sections, not their parts."""
    levels = [_level(c) for c in chapters]
    known = [lv for lv in levels if lv is not None]
    if not known:
        return list(chapters)
    top = min(known)
    out: list[Chapter] = []
    parent = False
    for chapter, level in zip(chapters, levels, strict=True):
        deeper = level is not None and level > top
        if (
            parent
            and out
            and deeper
            and chapter_size(out[-1]) + chapter_size(chapter) <= CHAPTER_MAX
        ):
            out[-1] = _join_chapters(out[-1], chapter)
            continue
        parent = level == top
        out.append(chapter)
    return out


def _split_long(chapter: Chapter) -> list[Chapter]:
    """A chapter over :data:`CHAPTER_MAX` made of several paragraphs is cut at paragraph
    ends into parts of about equal size, so a listener can still skip through it."""
    size = chapter_size(chapter)
    if size <= CHAPTER_MAX or len(chapter.blocks) < 2:
        return [chapter]
    parts_wanted = -(-size // CHAPTER_MAX)
    target = size / parts_wanted
    parts: list[Chapter] = []
    heading, blocks, filled = chapter.heading, [], len(chapter.heading or "")
    for block in chapter.blocks:
        if blocks and filled >= target and len(parts) < parts_wanted - 1:
            parts.append(Chapter(heading, tuple(blocks)))
            heading, blocks, filled = None, [], 0
        blocks.append(block)
        filled += len(block.text)
    parts.append(Chapter(heading, tuple(blocks)))
    return parts


def merge_short_chapters(chapters: Sequence[Chapter]) -> list[Chapter]:
    """Merge chapters too short to skip to (< :data:`CHAPTER_MIN` characters, or
    :data:`HEADED_MIN` for a section under a numbered heading).

    A short chapter that opens the report or leads in (ends with ``：``) is read with the
    next one; any other joins the one before while the two stay under
    :data:`CHAPTER_JOIN_MAX`, else the next. So a notice's list items become one chapter
    with their lead-in, and a story of short paragraphs a few chapters, not one per line.
    """
    chapters = [part for c in _absorb_sublevels(chapters) for part in _split_long(c)]
    out: list[Chapter] = []
    pending: Chapter | None = None
    for chapter in chapters:
        if pending is not None:
            chapter, pending = _join_chapters(pending, chapter), None
        if chapter_size(chapter) >= _min_size(chapter):
            out.append(chapter)
            continue
        last = chapter.blocks[-1].text.rstrip() if chapter.blocks else ""
        if not out or last.endswith(("：", ":")) or _is_bare_heading(chapter):
            pending = chapter
        elif chapter_size(out[-1]) + chapter_size(chapter) <= CHAPTER_JOIN_MAX:
            out[-1] = _join_chapters(out[-1], chapter)
        else:
            pending = chapter
    if pending is not None:
        if out:
            out[-1] = _join_chapters(out[-1], pending)
        else:
            out.append(pending)
    return out


#: A unit line above a table: 单位：元/公斤, （单位：万元）, 计量单位: 吨.
_UNIT_LINE_RE = re.compile(
    r"^[（(]?\s*(?:计量|金额|价格)?单位\s*[:：]\s*([^，。；\s]{1,12})\s*[)）]?$"
)


def _attach_units(items: list[_Item], start: int) -> None:
    """A unit line right above a table is not read on its own: the table's figures are
    read with the unit (本期均价：五点二元每公斤)."""
    for i in range(start, len(items) - 1):
        item, nxt = items[i], items[i + 1]
        m = _UNIT_LINE_RE.match(item.text) if item.label in ("text", "para", "heading") else None
        if m and nxt.table is not None and nxt.table.table is not None:
            table = dataclasses.replace(nxt.table.table, unit=m[1])
            nxt.table = dataclasses.replace(nxt.table, table=table)
            item.label, item.meta = "meta", [("unit", item.text)]


def _document_date(meta: Sequence[MetaLine], title: str) -> str | None:
    for line in meta:
        if line.kind in ("date", "stamp"):
            iso = parse_date(line.text)
            if iso:
                return iso
    return parse_date(title)
