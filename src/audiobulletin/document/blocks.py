"""Layers 1 and 2: lines become blocks (a blank-line paragraph wrapped over lines is one),
and each block is labelled: metadata, page furniture, heading, paragraph, table."""

from __future__ import annotations

import dataclasses
import itertools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import Enum

from audiobulletin.document.lines import (
    _CAPTION_CREDIT_RE,
    _CHROME_RE,
    _END_MARK_RE,
    _FIGURE_RE,
    _FINAL,
    _FURNITURE_RE,
    _HAN_STOP_RE,
    _PROMO_RE,
    _SIGNER_KEY_RE,
    BARE_COUNT_RE,
    CIRCLED_FIGURE_RE,
    CONTACT_FIELD_RE,
    COUNTER_KEY_OPEN_RE,
    DOCUMENT_KIND_END_RE,
    HEADING_MAX,
    ISSUE_RE,
    PAGE_NUMBER_RE,
    PAIRED_BODY_MIN,
    PRESS_CONTACT_RE,
    QUESTION_HEAD_RE,
    TOPICS_RE,
    YEAR_MONTH_LINE_RE,
    _is_annex_label,
    _is_decoration,
    _is_doubled,
    _is_marked_heading,
    _is_signature_like,
    _is_title_like,
    _join_wrapped,
    _line_meta,
    clean_line,
    is_addressee,
    is_button_bar,
    is_byline,
    is_date_only,
    is_date_span,
    is_directive,
    is_issuer_line,
    is_link_line,
    is_links_head,
    is_navigation,
    is_paired_head,
    is_post_line,
    is_red_head,
    issued_under,
    lead_in_head,
    marker_level,
    split_dateline,
    split_trailer,
    topics_apart,
)
from audiobulletin.document.model import Block
from audiobulletin.document.tables import find_tables, has_figure_cell
from audiobulletin.zh import (
    BASIS_RE,
    CN_NUMERALS,
    ELLIPSIS,
    FULL_STOPS,
    HAN,
    META_KEY_KIND,
    SENTENCE_ENDS,
    SPEAKER_LABEL_RE,
    han_count,
    is_han,
    opens_alike,
    tagged_words,
    words,
)


class Label(str, Enum):
    """What a body unit was judged to be, as the parser's passes settle it."""

    UNJUDGED = ""
    DROP = "drop"  # page furniture: not read, listed among the dropped lines
    META = "meta"  # metadata: its (kind, text) pairs are in ``_Item.meta``
    DATE_ONLY = "date?"  # only a date: metadata or body, decided by where it stands
    TEXT = "text"  # body text not yet known to be a heading or a paragraph
    TABLE = "table"
    HEADING = "heading"
    PARA = "para"  # body text that is certainly a paragraph (never a heading)


@dataclass
class _Item:
    """One body unit in reading order: a cleaned line, or a table."""

    text: str
    raw: str = ""
    table: Block | None = None
    label: Label = Label.UNJUDGED
    meta: list[tuple[str, str]] = field(default_factory=list)
    level: int | None = None
    blank: int = 0  # blank lines right above this item
    lead: list[tuple[str, str]] = field(default_factory=list)  # a dateline cut off the text


def _items(text: str) -> list[_Item]:
    """Lines become items; in a report that separates paragraphs with blank lines, the
    lines between two blank lines are one paragraph wrapped over several lines."""
    raw_lines = _numbers_onto_headings(text.split("\n"))
    # a page's fields set out as a grid (索引号：→11330…, 发文机关：→…) are its metadata
    tables = []
    grid: dict[int, list[tuple[str, str]]] = {}  # each line of such a grid, with its fields
    for found in find_tables(raw_lines):
        rows = [clean_line(raw_lines[i]) for i in found.lines if raw_lines[i].strip()]
        if rows and all(map(_is_furniture, rows)):
            # a page's footer set out with gaps (打印本页  关闭窗口 / 版权所有：…  地址：…) is
            # its chrome, line by line, never a table to read
            continue
        if (
            rows
            # (never a table with a figure in a cell of its own, | 92号汽油 | 升 | 7.74 |,
            # which a menu lacks)
            and found.block.table is not None
            and not has_figure_cell(found.block.table)
            and all(map(_is_page_line, rows))
            and not all(map(_line_meta, rows))
            and not all(map(is_navigation, rows))  # (a table drawn with bars looks a menu)
        ):
            # …and so is a page's head: its breadcrumb, its line of fields and its buttons
            # (:::  首頁 > 公告 / 發布單位：…   發布日期：… / 回上頁  友善列印)
            continue
        if (fields := _fields_grid(raw_lines, found.lines)) is None:
            tables.append(found)
        else:
            grid.update(fields)
    starts = {f.lines[0]: f for f in tables}
    covered = {i for f in tables for i in f.lines}
    items: list[_Item] = []
    blanks = 0
    for i, raw in enumerate(raw_lines):
        if i in starts:
            block = starts[i].block
            items.append(
                _Item(text=block.text, raw=block.text, table=block, label=Label.TABLE, blank=blanks)
            )
            blanks = 0
        if i in covered:
            continue
        cleaned = clean_line(raw)
        if cleaned and i in grid:
            items.append(_Item(cleaned, raw, label=Label.META, meta=grid[i], blank=blanks))
            blanks = 0
        elif cleaned:
            items += _split_production_cue(_Item(text=cleaned, raw=raw, blank=blanks))
            blanks = 0
        else:
            blanks += 1
    if _blank_separated(items):
        items = _join_wrapped_lines(items)
    elif _hard_wrapped(items):
        # without blank lines, a break is a paragraph's end unless the line runs to the
        # width the page was wrapped at (a PDF pasted line by line)
        items = _join_wrapped_lines(items, filled_only=True)
    items = _join_split_groups(items)
    return [
        piece
        for item in items
        for part in _split_glued_paragraphs(item)
        for piece in _split_glued_articles(part)
    ]


#: A section's number alone on its line, as a post sets it over its heading: 一, 02.
_LONE_SECTION_NUMBER_RE = re.compile(
    rf"^\s*([{CN_NUMERALS[:10]}]|十[一二三四五六七八九]?|0[1-9]|[1-9])\s*$"
)
#: The heading under it: short, no sentence in it (two clauses at most: 门诊报销比例提高，
#: 年度限额上调).
_UNDER_NUMBER_RE = re.compile(rf"^\s*[{HAN}][^。；;！？!?]{{1,23}}$")


def _numbers_onto_headings(lines: list[str]) -> list[str]:
    """A section's number alone on a line after a blank one, over a short heading (一 /
    招聘岗位及人数, 02 / 投资结构持续优化), is the heading's number: 一、招聘岗位及人数,
    02、投资结构持续优化 (the line under is left blank, so lines keep their places). Never
    a cell of a table set one per line: a blank line comes before the number."""
    out = list(lines)
    for i in range(len(out) - 1):
        number = _LONE_SECTION_NUMBER_RE.match(out[i])
        if (
            number
            and (i == 0 or not out[i - 1].strip())
            and _UNDER_NUMBER_RE.match(out[i + 1])
            and not _LONE_SECTION_NUMBER_RE.match(out[i + 1])
        ):
            out[i], out[i + 1] = f"{number.group(1)}、{out[i + 1].strip()}", ""
    return out


#: A video script's production cue at a line's start: 【解说】, 【同期声】, 【现场声】.
_PRODUCTION_CUE_RE = re.compile(
    r"^【(?:解说|解說|同期声|同期聲|同期|现场声|現場聲|画外音|畫外音|字幕|音乐|音樂|配乐|配樂|导语|導語"
    r"|正文|出镜|出鏡|口播|现场|現場"
    r"|主持人|片头|片頭|片尾|空镜|空鏡)】\s*"
)


#: A caption a video burns in, written out in its script: 字幕：下坪村村民 卢秀兰.
_SUBTITLE_LINE_RE = re.compile(r"^(?:字幕|字幕条|字幕條)\s*[:：]")


def _split_production_cue(item: _Item) -> list[_Item]:
    """A video script's cue (【解说】, 【同期声】 …) tells the crew what plays, not the
    listener what happened: it is its own line, dropped, and the words after it stay."""
    m = _PRODUCTION_CUE_RE.match(item.text) if item.table is None else None
    if m is None:
        return [item]
    rest = item.text[m.end() :]
    if not rest:
        return [item]
    cue = m.group().strip()
    return [_Item(text=cue, raw=cue, blank=item.blank), _Item(text=rest, raw=rest)]


#: A scraped page may join its paragraphs into one line with a space after each: a line
#: this long that ends sentences with a space after them is several paragraphs.
GLUED_MIN = 240
_GLUED_BREAK_RE = re.compile(rf"([{FULL_STOPS}][」”’』)]?)[ \u3000]+(?=\S)")


def _split_glued_paragraphs(item: _Item) -> list[_Item]:
    if item.table is not None or len(item.text) < GLUED_MIN:
        return [item]
    pieces = [p for p in _GLUED_BREAK_RE.sub("\\1\n", item.text).split("\n") if p]
    return [item] if len(pieces) < 2 else _split_glued_paragraphs_of(item, pieces)


#: An article of a regulation (第三条 （申请文件）…, 第九條　本辦法…): its number, then a space
#: or its bracketed name.
_ARTICLE = rf"第[{CN_NUMERALS}\d]{{1,6}}[条條](?=\s|[（(])"
_ARTICLE_RE = re.compile(_ARTICLE)
_GLUED_ARTICLE_RE = re.compile(rf"(?<=[{FULL_STOPS}])\s*(?={_ARTICLE})")


def _split_glued_paragraphs_of(item: _Item, pieces: list[str]) -> list[_Item]:
    return [
        _Item(text=piece, raw=piece, blank=item.blank if k == 0 else 1)
        for k, piece in enumerate(pieces)
    ]


def _split_glued_articles(item: _Item) -> list[_Item]:
    """A line that starts with an article (第一条 …) and runs on into the next ones after a
    full stop (…本规定自发布之日起施行。第二条 （适用范围）…) is a scraped regulation whose articles
    lost their line breaks: each article is a paragraph of its own again."""
    if item.table is not None or not _ARTICLE_RE.match(item.text):
        return [item]
    pieces = [p for p in _GLUED_ARTICLE_RE.split(item.text) if p]
    return [item] if len(pieces) < 2 else _split_glued_paragraphs_of(item, pieces)


def _blank_separated(items: Sequence[_Item]) -> bool:
    """Whether blank lines separate the paragraphs: most line breaks come with one, or the
    breaks without one mostly fall in the middle of a sentence (lines wrapped at a width)."""
    blank = sum(1 for item in items[1:] if item.blank)
    tight = [prev for prev, item in itertools.pairwise(items) if not item.blank]
    if blank < 2:
        return False
    if blank >= 0.6 * (blank + len(tight)):
        return True
    mid = sum(1 for prev in tight if prev.text and prev.text[-1] not in _PARAGRAPH_END)
    return mid >= 0.5 * len(tight)


#: A report without blank lines was wrapped at a width when this many of its lines run to
#: that width and stop in mid-sentence.
HARD_WRAPPED_MIN = 3


#: A line that ends inside a figure's group of thousands (…可支配收入23,7), and the digits
#: that close the group on the next line (46元，…).
_GROUP_CUT_RE = re.compile(r"\d,(\d{0,2})$")
_GROUP_REST_RE = re.compile(r"^(\d{1,3})(?![\d,])")


def _join_split_groups(items: list[_Item]) -> list[_Item]:
    """Lines a break split inside a figure's group of thousands (23,7 / 46元) are one line,
    in a report of any shape: no paragraph ends inside a figure."""
    out: list[_Item] = []
    for item in items:
        cut = _GROUP_CUT_RE.search(out[-1].text) if out and out[-1].table is None else None
        rest = _GROUP_REST_RE.match(item.text) if item.table is None else None
        if cut and rest and not item.blank and len(cut[1]) + len(rest[1]) == 3:
            out[-1].text = _join_wrapped([out[-1].text, item.text])
            out[-1].raw = out[-1].raw + "\n" + item.raw
        else:
            out.append(item)
    return out


def _hard_wrapped(items: Sequence[_Item]) -> bool:
    """Whether a report without blank lines was broken at a width (a PDF pasted line by
    line): several lines run to the widest lines' width and stop in mid-sentence. A report
    of one line per paragraph has few lines that long, and they end like sentences."""
    wrap = _wrap_width(items)
    cut = [
        item
        for item in items
        if item.table is None and not _ends_paragraph(item.text) and _fills(item, wrap)
    ]
    # (…or broken inside words, however unevenly wide a PDF's lines run: 技术培 / 训考核)
    split = [
        item
        for item, nxt in itertools.pairwise(items)
        if item.table is None and nxt.table is None and _splits_a_word(item.text, nxt.text)
    ]
    # (…or two lines in a row that do so, the second going on from the first: a short
    # report's one paragraph wrapped over three lines)
    cut_ids = {id(item) for item in cut}
    running = any(
        id(first) in cut_ids
        and id(second) in cut_ids
        and not (_line_meta(first.text) or _line_meta(second.text))
        and _ends_paragraph(last.text)
        and _columns(last.raw) < _columns(second.raw)
        for first, second, last in zip(items, items[1:], items[2:], strict=False)
    )
    return len(cut) >= HARD_WRAPPED_MIN or len(split) >= SPLIT_WORDS_MIN or running


#: …or when this many of its lines break inside a word: no report writes a word across two
#: paragraphs.
SPLIT_WORDS_MIN = 2


#: Whom an official document is copied or reported to, at its foot.
_DISTRIBUTION_RE = re.compile(r"^(?:抄送|抄报|分送|发送|報送|报送)\s*[:：]")
#: A field line: a short label, a colon, its value (来源：…, 发布时间：…, 附件1：…).
_LABEL_LINE_RE = re.compile(
    # (never a web address's scheme: 网(http://…))
    r"^(?![^，,。：:\s]{0,7}\d[:：]\d)[^，,。：:\s]{1,8}(?<!http)(?<!https)\s*[:：]"
)
#: A short line of a longer label and its value, as a list of results gives one a line
#: (男子4×200米自由泳接力：江澜队 7分08秒45): no clause of a sentence in either.
_SHORT_FIELD_RE = re.compile(
    r"^(?![^，,。：:\s]{0,15}\d[:：]\d)[^，,。；;：:\s]{2,16}[:：][^，,。；;]{1,30}$"
)
#: A field with its value on the line: 领取方式：现场领取. A colon between digits is a score or a
#: time (青川队主场3:1力克临河队), no field's.
_FIELD_VALUE_RE = re.compile(r"^(?![^，,。：:\s]{0,9}\d[:：]\d)[^，,。：:\s]{1,10}\s*[:：]\s*\S")
#: An entry of a notice's list of attachments: 附件：1.…, 附件2：….xlsx, 相關附件：….pdf.
_ANNEX_FILE_RE = re.compile(
    # …or a file of the list under 附件：, with its size: 1. …一覽表.pdf（186KB）
    # (or none: 1.2025-2026学年校历.xlsx)
    r"^(?:(?:\d{1,2}\s*[.、．]\s*)?[^。，,；;：:]{2,60}(?=\.\w{2,4}(?:\s*[（(\[]\s*\d|$))"
    r"|(?:相关|相關)?附件(?:下载|下載)?\s*\d*\s*[:：].*"
    # …or the file's name in the page's brackets: 附件【…报名表.docx】已下载 186 次
    r"|附件\s*[【\[][^】\]]+)(?:\.(?:docx?|xlsx?|pdf|wps|et|zip|rar|txt|pptx?|jpg|png|odt|ods)[】\]]?"
    # (…or its format and size in brackets instead: 相關附件：工程位置圖（PDF，1.2MB）)
    r"|\s*[（(]\s*(?:PDF|DOCX?|XLSX?|WPS)\s*[，,]\s*[\d.]+\s*[KMG]B\s*[)）])"
    # …with the page's count of downloads or its button after it
    r"(?:\s*[（(](?:下载次数|下載次數|大小)[:：]?[^（）()]{0,12}[)）]|\s*(?:附件下载|附件下載|下载|下載)"
    r"|\s*已被?(?:下载|下載)\s*[\d,]+\s*次"
    # …or its size: (256 KB), （1.2MB）, [23.5KB] 点击下载
    r"|\s*[（(\[【]\s*\d+(?:\.\d+)?\s*[KMG]B\s*[)）\]】](?:\s*(?:点击下载|點擊下載|下载|下載))?"
    # …and how often it was downloaded: (256KB) 下载次数: 18
    r"(?:\s*(?:下载次数|下載次數)\s*[:：]\s*[\d,]+\s*次?)?)?$",
    re.IGNORECASE,
)
_ANNEX_LIST_RE = re.compile(r"^附件\s*[:：]\s*1\s*[.、．]")
_ANNEX_FIRST_RE = re.compile(r"^附件\s*1\s*[.、．:：]\s*\S")
_ANNEX_NAME_RE = re.compile(r"^附件\s*\d*\s*[:：]\s*[^。，,；;！？!?：:]{2,30}$")
#: What a report attached and left out of its text, saying so: 附：犯罪嫌疑人照片2张（略）.
_ANNEX_OMITTED_RE = re.compile(
    r"^附[件表图圖]?\s*\d*\s*[:：]\s*[^。，,；;！？!?：:]{2,40}[（(]略[)）]$"
)
#: A line ends a paragraph when it ends like a sentence or a lead-in.
_PARAGRAPH_END = SENTENCE_ENDS + ELLIPSIS + "：:”」』"


def _ends_paragraph(text: str) -> bool:
    """Whether a line ends like a sentence or a lead-in, an ASCII stop after words or
    figures included (…不低于30%., as a text typed with ASCII marks ends its sentences)."""
    return text[-1:] in _PARAGRAPH_END or re.search(r"[^\sA-Za-z.]\.$", text) is not None


#: A line that is never part of a wrapped paragraph: a subtitle after its dash (——在全市
#:工作会议上的讲话), a date in brackets under a speech's title (（2031年3月5日）).
_STANDS_ALONE_RE = re.compile(
    r"^(?:[—―]{2}|[（(]\s*(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[)）]$)"
)


#: A line that opens on a day, as the rows of a timetable do: 1月13日(周四) 上午 8:00-10:00 语文.
_ROW_DATE_RE = re.compile(
    r"^(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日|^\d{4}-\d{1,2}-\d{1,2}\s"
    # …or on its hour: 7:20 开幕式 / 7:30 马拉松鸣枪起跑, a day's programme
    r"|^\d{1,2}[:：]\d{2}(?:\s*[-—–~～至到]\s*\d{1,2}[:：]\d{2})?\s*[\u4e00-\u9fff]"
)


def _row_fields(text: str) -> int:
    """How many short fields a line sets apart with spaces and nothing else (今天 暴雨
    21~25℃ 北风2级: 4), as the rows of a table do; 0 for a line of prose."""
    if re.search(r"[，,。；;：:！？!?]", text):
        return 0
    fields = text.split()
    return len(fields) if all(len(f) <= 12 for f in fields) else 0


def _columns(text: str) -> int:
    """How wide ``text`` is set: a Han character or full-width mark takes two columns, an
    ASCII digit or letter one (5月26日17:00 wraps where 五月二十六日 would). Marks of
    ambiguous width (“”—…℃) are set full width in a Chinese font, so take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WFA" else 1 for ch in text)


#: The document's name in a government site's grid of its fields (名称：…, 名称→…).
_GRID_NAME_RE = re.compile(r"^(?:名称|名稱)\s*(?:[:：]|\t)\s*(?=\S)")
#: A field's key before a tab, the grid's column rule: 索引号→MB1C…, 发文日期→2031-08-19.
_TAB_KEY_RE = re.compile(r"^\s*(\S{2,8}?)\s*\t+\s*(?=\S)")


def _grid_fields(raw: str) -> list[tuple[str, str]] | None:
    """A line of a government site's grid of a document's fields, as (kind, text) pairs:
    a line of metadata, one whose key is set apart by a tab (索引号→MB1C…), or the
    document's name (名称：…, kind "title")."""
    cleaned = clean_line(raw)
    if segments := _line_meta(cleaned):
        return segments
    if _GRID_NAME_RE.match(cleaned) or _GRID_NAME_RE.match(raw.strip()):
        return [("title", re.sub(r"^(?:名称|名稱)\s*[:：]?\s*", "", cleaned))]
    key = _TAB_KEY_RE.match(raw)
    if key and key.group(1) in META_KEY_KIND:
        return _line_meta(f"{key.group(1)}：{raw[key.end() :].strip()}")
    if _GRID_OTHER_KEY_RE.match(cleaned):
        return [("other", cleaned)]  # 分类：劳动关系；通知, 主题词：
    return None


#: The grid's other keys, read as a field only there: 分类, 主题分类, 主题词, 有效性.
_GRID_OTHER_KEY_RE = re.compile(
    r"^(?:分类|分類|主题分类|主題分類|体裁分类|組配分類|组配分类|主题词|主題詞|服务对象|服務對象"
    r"|有效性|时效|時效|生效日期|失效日期|公开范围|公開範圍)\s*[:：]"
)


def _fields_grid(
    raw_lines: Sequence[str], lines: Sequence[int]
) -> dict[int, list[tuple[str, str]]] | None:
    """The fields of each line of a table that is a page's metadata, each read alone (a
    government site's 索引号 / 发文机关 / 成文日期 grid), with one field at least of a
    known kind (not only the document's name); None when the table is no such grid. The
    page's buttons may close the grid (【关闭】【打印】【收藏】): their line is "other"."""
    rows = {i: raw_lines[i] for i in lines if raw_lines[i].strip()}
    fields = {i: _grid_fields(row) for i, row in rows.items()}
    # the grid's caption or the site's name in its first rows, one short cell each, above
    # its first field (广东省…厅 / 信息公开选项 / 索 引 号：…)
    first = next((i for i, f in fields.items() if f), None)
    captions = {
        i
        for i in fields
        if first is not None
        and i < first
        and re.fullmatch(rf"[{HAN}（）()]{{2,16}}", clean_line(rows[i])) is not None
    }
    if not all(f or i in captions or _is_furniture(clean_line(rows[i])) for i, f in fields.items()):
        return None
    if not any(kind != "title" for row in fields.values() for kind, _ in row or ()):
        return None
    return {i: f or [("other", clean_line(rows[i]))] for i, f in fields.items()}


#: What a page's disclaimer says, however many sentences it runs to.
_DISCLAIMS_RE = re.compile(r"不构成[^。]{0,6}建议|仅供参考|转载请|如有侵权")


def _is_furniture(text: str) -> bool:
    """A line of page chrome or furniture (分享至 微信 微博, 字号, a footer, a document's
    red masthead)."""
    return bool(
        _CHROME_RE.match(text)
        # (never a word of it inside a paragraph of sentences: …或扫描二维码实时查询。)
        or (
            (m := _FURNITURE_RE.search(text))
            and (m.start() == 0 or text.count("。") < 2 or _DISCLAIMS_RE.search(text))
        )
        or is_red_head(text)
        or is_button_bar(text)
        # a bar of the page's parts set apart by gaps: 【字体：大 中 小】  分享到：微信 微博
        or (len(parts := _GAP_RE.split(text.strip())) > 1 and all(map(_is_furniture, parts)))
    )


def _is_page_line(text: str) -> bool:
    """A line of a page's own: chrome, navigation or its fields (发布日期：…　点阅：45)."""
    return _is_furniture(text) or is_navigation(text) or _line_meta(text) is not None


#: A gap that sets a bar's parts apart (a line's gaps are one space once it is clean).
_GAP_RE = re.compile(r"\s+")


#: A line set out with spaces rather than wrapped: a gap inside it (桐溪县人民政府办公室
#: ⎵⎵⎵⎵2025年3月9日印发, an issuer and a date set apart).
_LAID_OUT_RE = re.compile(r"\S(?: {4,}|\u3000{2,}|\t)\S")


#: A page this many columns wide or more was wrapped at its width when two lines reach it;
#: a narrower one (a speech printed in two columns) when this many lines do.
WIDE_COLUMNS = 40
NARROW_LINES_MIN = 6
#: …and never narrower than fifteen Han characters.
NARROW_COLUMNS = 30


def _wrap_width(items: Sequence[_Item]) -> tuple[int, int]:
    """The width a report's lines were wrapped at, in columns and in characters (a page may
    be broken either way): what its widest lines reach, indent and all (the second widest,
    so that one long line pasted whole does not set it). A line set out with a gap inside
    (an issuer and a date set apart) runs past the width the text was wrapped at, and sets
    it only where every line is set so."""
    lines = [item.raw.rstrip() for item in items if item.table is None]
    wrapped = [line for line in lines if not _LAID_OUT_RE.search(line)]
    lines = wrapped if len(wrapped) > 1 else lines
    columns = sorted(map(_columns, lines), reverse=True)
    chars = sorted(map(len, lines), reverse=True)
    if len(lines) < 2:
        return (0, 0)
    width = columns[1]
    if width < NARROW_COLUMNS or (
        width < WIDE_COLUMNS and sum(c >= width - 6 for c in columns) < NARROW_LINES_MIN
    ):
        width = 0  # a list's short lines, a headline's lines and a lead: no column
    return (width, chars[1])


def _fills(line: _Item, wrap: tuple[int, int]) -> bool:
    """Whether a line (the last of a paragraph joined so far) runs to the wrap width, as a
    line broken by the width does."""
    raw = line.raw.rstrip().rsplit("\n", 1)[-1]
    columns, chars = wrap
    return (columns > 0 and _columns(raw) >= columns - 6) or (chars >= 20 and len(raw) >= chars - 3)


def _fills_narrow(line: _Item, wrap: tuple[int, int]) -> bool:
    """Whether a line runs to the width of a narrow column (see :data:`NARROW_COLUMNS`)."""
    return 0 < wrap[0] < WIDE_COLUMNS and _fills(line, wrap)


#: A line this near the wrap width (a share of it) that stops mid-sentence is a paragraph's
#: first line, however much longer the next: 四川省自然资源厅、四川省气象局2024年7月8日17时联合 /
#: 发布地质灾害气象风险预警：…
NEAR_WRAP = 0.75


#: A line that opens with a figure's decimals, never a list's number: 4亿斤, 25%.
_DECIMALS_ON_RE = re.compile(r"^\d+(?![\d.．、,，)）])")
#: …and a numbered line this near it: nearer than a heading's words run.
MARKED_NEAR_WRAP = 0.85


def _near_the_wrap(line: _Item, wrap: tuple[int, int], share: float = NEAR_WRAP) -> bool:
    columns = _columns(line.raw.rstrip().rsplit("\n", 1)[-1])
    return wrap[0] >= 40 and columns >= share * wrap[0] and not _ends_paragraph(line.text)


def _ends_at_edge(text: str) -> bool:
    """Whether a line that runs to the wrap width ends on a mark that goes on in the next
    line: a field's colon (值班电话：/0551…) or a quoted word's closing quote with no stop
    before it (…广播、“村村响”/等方式…)."""
    return text[-1] in "：:" or (text[-1] in "”」』" and text[-2:-1] not in _FINAL)


#: A line this long that stops between two words is no heading: wrapped, however narrow its
#: figures set it (…和中段(115K+300~117K+800)邊坡 / 防護及落石防治工程，…).
WORD_BREAK_MIN = 30


def _breaks_a_word(text: str) -> bool:
    """Whether ``text`` stops between two words: between two Han characters (邊坡, 重大遗),
    never after a figure's unit (…9时30分: a field's value, whole)."""
    return (
        len(text) >= WORD_BREAK_MIN
        and is_han(text[-1])
        and is_han(text[-2])
        and not re.search(r"[。；！？]", text)
    )


#: A line this long at least may be one a page's width broke inside a word.
SPLIT_WORD_MIN = 20


def _splits_a_word(text: str, nxt: str) -> bool:
    """Whether the break between ``text`` and ``nxt`` falls inside a word (…安全技术培 / 训考核,
    …无妨碍从事相 / 应特种作业): a hard wrap, however short of the width the line stops,
    as text pasted from a PDF is broken. Never after a heading's or a list's short line."""
    if (
        len(text) < SPLIT_WORD_MIN
        or not (is_han(text[-1]) and is_han(nxt[:1]))
        or marker_level(nxt) is not None
    ):
        return False
    tail, head = text[-6:], nxt[:6]
    at = 0
    for word in words(tail + head):
        if at < len(tail) < at + len(word):
            return True
        at += len(word)
    return False


#: A line that ends on a name in English of two words or more, after the Chinese one and a
#: space: 臺北市政府 Taipei City Government.
_ENGLISH_NAME_END_RE = re.compile(rf"[{HAN}]\s+[A-Z][A-Za-z'’.,&\-]*(?:\s+[A-Za-z'’.,&\-]+)+$")


#: A line set in this many columns deeper than a field's line above is no wrap of its value
#: but a second value aligned under the first (举报电话：0556-… / ⎵⎵⎵⎵⎵12345).
SET_IN_DEEPER = 8


def _indent(raw: str) -> int:
    """How many columns a raw line is set in from the margin."""
    return _columns(raw[: len(raw) - len(raw.lstrip())])


#: A clause's number of two or three levels, a space, then words (1.2 建设地点：…, 3.1.2 投标
#: 保证金…): a tender's or a standard's item opens its own line, never a wrapped one's
#: tail (a figure before its unit, 1.5 万吨, is no such number).
_CLAUSE_NUMBER_RE = re.compile(
    rf"^\d{{1,2}}\.\d{{1,2}}(?:\.\d{{1,2}})?\s+(?![万亿千百元个%‰吨米倍])[{HAN}]"
)


#: The fewest characters a line of a narrow column (a speech printed in two columns, 15 to
#: 18 characters a line) runs to at its width.
NARROW_LINE_MIN = 12
#: A line that opens a speech's or a plan's first point under its numbered head: 第一，…,
#: 一要…, 首先，…: the head above it ends there, however wide.
_OPENS_POINT_RE = re.compile(
    rf"^(?:第[{CN_NUMERALS[:10]}]{{1,2}}[，,、]|[{CN_NUMERALS[:10]}]要[{HAN}]|首先[，,])"
)
#: A line that opens on 的 (never 的确, 的士): the rest of a line broken before it (在全区…
#: 会议上 / 的讲话), however short that line.
_OPENS_ON_DE_RE = re.compile(r"^的(?![确確士哥])")


def _open_bracket(text: str) -> bool:
    """Whether ``text`` ends inside a bracket it opened (…9,980元/平方米（精装修，含装修)."""
    depth = 0
    for ch in text:
        depth += ch in "（("
        depth -= ch in "）)" and depth > 0
    return depth > 0


#: The first line of whom a notice addresses, wrapped before its colon: 各县（市、区）农业农村局，….
_ADDRESSEES_OPEN_RE = re.compile(r"^各[^。；;：:！？!?]{2,60}$")


#: A timetable's row: a part of the day and the hours it runs, or the hour (上午9:00-11:00
#: 科目一, 下午 14:00—16:30 申论, 11:00 会议结束).
_TIMETABLE_ROW_RE = re.compile(
    r"^(?:(?:上午|下午|中午|晚上|早上|凌晨)\s*)?\d{1,2}[:：]\d{2}"
    r"(?:\s*[-—–~～至到]\s*\d{1,2}[:：]\d{2})?(?=\s|[\u4e00-\u9fff])"
)


#: A line of a digest of figures: a short label set apart from its figure (地区生产总值
#: 1,286.35亿元，增长6.8%; 规上工业增加值 增长9.1%), or a number set apart before its item
#: (2 新增普惠托位…).
_FIGURE_LINE_RE = re.compile(
    rf"^(?:[{HAN}A-Za-z0-9.（）()]{{2,16}}\s+(?=[^。；;]{{0,8}}\d)[^。；;]{{1,40}}"
    rf"|\d{{1,2}}\s+[{HAN}][^。；;]{{2,40}})$"
)


def _figure_lines(line: _Item, nxt: _Item, wrap: tuple[int, int]) -> bool:
    """Whether ``line`` and ``nxt`` are two lines of a digest of figures (see
    :data:`_FIGURE_LINE_RE`), ``line`` well short of the width the page was wrapped at and
    ending on no mark that goes on."""
    last = line.raw.rstrip().rsplit("\n", 1)[-1]  # (the line joined last, where joined)
    short = not wrap[0] or _columns(last) < 0.85 * wrap[0]
    return (
        short
        and line.text[-1] not in "，,、；;：:（(“「"
        and _FIGURE_LINE_RE.match(clean_line(last)) is not None
        and _FIGURE_LINE_RE.match(nxt.text) is not None
    )


#: A line and the next open on this many of the same characters: two sentences, each
#: opening on who acts, never one wrapped over two lines.
SAME_OPENING = 3


def _opens_alike(text: str, nxt: str) -> bool:
    """Whether ``nxt`` opens on the words ``text`` opens on, as a lead repeats its
    headline's subject; a line broken at the width goes on mid-sentence instead. Lines of
    a list or a table (1、…, 类型 …) are left to the rules for them."""
    return opens_alike(text, nxt, SAME_OPENING) and text[-1] not in "，,、"


#: What no line of a page opens on, as Chinese is set: a percent sign or a closing mark
#: (…的108.6 / %。, …增长 / ，比上年…): the line goes on from the one above.
_NEVER_OPENS_LINE_RE = re.compile(r"^[%％‰。，、；：！？）)”」』】]")


def _wraps_on(line: _Item, nxt: _Item, wrap: tuple[int, int] = (0, 0)) -> bool:
    """``nxt`` continues ``line``: no blank between, ``line`` does not end a sentence, is long
    enough to have been wrapped (at least as wide as ``nxt``), and is not a heading; ``nxt``
    opens no list item. A field's line or a list item's first line that runs to the
    ``wrap`` width, the width the report's lines were broken at, goes on in ``nxt``."""
    if line.table is not None or nxt.table is not None or nxt.blank:
        return False
    if Label.META in (line.label, nxt.label):  # the fields of a page's grid (see _items)
        return False
    if _NEVER_OPENS_LINE_RE.match(nxt.text) and line.text[-1:] not in _PARAGRAPH_END:
        return True  # …完成年度投资的108.6 / %。: no line of a page opens on a unit's sign
    if DOCUMENT_KIND_END_RE.search(line.text) and (
        is_addressee(nxt.text) or _ADDRESSEES_OPEN_RE.match(nxt.text)
    ):
        # …的通知 / 各区（市）县…：: a document's title, then whom it addresses (wrapped
        # itself, perhaps: 各县（市、区）农业农村局，临江经开区、青川新 / 区农村工作部门：)
        return False
    if line.text[-1] in "：:" and is_addressee(line.text):
        return False  # whom it addresses, its colon at the edge of the page: a line alone
    if _TIMETABLE_ROW_RE.match(line.text) and _TIMETABLE_ROW_RE.match(nxt.text):
        # 上午9:00-11:00 科目一 / 下午14:00-16:00 科目二: a timetable's rows, each its own
        return False
    if _figure_lines(line, nxt, wrap):
        # 地区生产总值 1,286.35亿元，增长6.8% / 一般公共预算收入 98.6亿元…: a digest's lines
        # of figures, each its own, however short of the page's width
        return False
    if (
        line.text.startswith(("关于", "關於"))
        and DOCUMENT_KIND_END_RE.search(line.text)
        and BASIS_RE.match(nxt.text)
    ):
        # 关于…实施交通管制的通告 / 为确保…: a document's title, then its purpose opens the
        # body, however wide the title ran
        return False
    text = line.text
    if _opens_alike(text, nxt.text):
        # 治安警察局公佈2031年第三季交通事故統計 / 治安警察局今日(17日)公佈,…: a headline
        # and its lead, both opening on who acts; no wrapped line goes on in its own words
        return False
    if _open_bracket(text) and re.match(r"^[^（(）)]{1,40}[）)]", nxt.text):
        return True  # …（精装修，含装修 / 标准1,200元/平方米）: a bracket closes on the next line
    if (
        _OPENS_ON_DE_RE.match(nxt.text)
        and is_han(text[-1])
        and marker_level(text) is None
        and not _line_meta(text)
    ):
        return True
    if re.search(r"\d、$", text) and re.match(r"^\d{1,2}、\d", nxt.text):
        return True  # …尾号为1、 / 3、5、7、9的机动车: a list of figures goes on, no item
    if (
        text[-1] in "、，,"
        and marker_level(text) is None
        and marker_level(nxt.text) is None
        and not _LABEL_LINE_RE.match(nxt.text)
    ):
        return True  # 大会执行主席吕志成、 / 魏红梅…: a clause's mark never ends a paragraph
    if (
        (len(text) < 16 and not (len(text) >= NARROW_LINE_MIN and _fills_narrow(line, wrap)))
        or marker_level(nxt.text) is not None
        or _CLAUSE_NUMBER_RE.match(nxt.text)
    ):
        return False  # (a line of a narrow column, run to its width, may be that short)
    if marker_level(text) is not None and _OPENS_POINT_RE.match(nxt.text):
        return False  # 二、突出重点，全面开展隐患排查整治 / 第一，抓好危化品领域。
    if _FIELD_VALUE_RE.match(text) and _indent(nxt.raw) >= _indent(line.raw) + SET_IN_DEEPER:
        return False  # a field's second value, set under its first (电话：… / ⎵⎵⎵⎵⎵12345)
    full = _fills(line, wrap)
    # a figure's decimal point at the wrap, its decimals on the next line (2764. / 4亿斤)
    split_figure = re.search(r"\d\.$", text) is not None and _DECIMALS_ON_RE.match(nxt.text)
    if _ends_paragraph(text) and not (full and _ends_at_edge(text)) and not split_figure:
        return False
    # …现将 / 有关事项通知如下： (near the width, as an uneven paste runs)
    lead_in_tail = (full or _near_the_wrap(line, wrap)) and nxt.text[-1] in "：:"
    # (a line at the width that stops mid-sentence goes on, whatever the next looks like:
    # …请立即拨打110，或联 / 系城南派出所：0578-…)
    cut_mid = (
        full
        and (is_han(text[-1]) or text[-1] in "，,、")
        # (a sentence's, with its clauses, or one the break cuts inside a word: …升级为暴 /
        # 雨黄色预警信号：…)
        and (re.search(r"[，,、]", text) is not None or _splits_a_word(text, nxt.text))
        and not _FIELD_VALUE_RE.match(text)  # (职称：正高级工程师 / 论证意见：…: fields)
    )
    if (_LABEL_LINE_RE.match(nxt.text) and not lead_in_tail and not cut_mid) or (
        _LABEL_LINE_RE.match(text) and not full
    ):
        return False  # field lines (来源：…, 附件1：…) stand alone
    if not full and all(_SHORT_FIELD_RE.match(t) for t in (text, nxt.text)):
        return False  # a list of results, one a line (女子100米仰泳：谢琳（江澜）58秒97)
    if (
        _columns(nxt.raw.rstrip()) > _columns(line.raw.rstrip()) + 8
        and not _breaks_a_word(text)
        and not _near_the_wrap(line, wrap)
    ):
        return False  # wrapped lines run to the wrap width; only the last is shorter
    if not re.search(f"[{HAN}]", text) and re.search(f"[{HAN}]", nxt.text):
        return False  # a name in English under the Chinese one (Legislative Council / 新聞稿)
    if _ENGLISH_NAME_END_RE.search(text) and re.match(f"[{HAN}]", nxt.text):
        return False  # …and beside it (臺北市政府 Taipei City Government / 新聞稿)
    if _is_doubled(text) or _is_doubled(nxt.text):
        return False  # a caption repeated by a scraper is one line of its own
    if _is_decoration(text) or _is_decoration(nxt.text):
        return False  # a rule under a headline (＊＊＊＊) wraps nothing
    if (
        any(_STANDS_ALONE_RE.match(t) for t in (text, nxt.text))
        or is_date_only(nxt.text)
        or is_date_span(nxt.text)
    ):
        # a subtitle (——在…上的讲话), the date under it or the days a weekly covers: lines
        # of their own
        return False
    if any(is_navigation(t) or _is_furniture(t) for t in (text, nxt.text)) and not (
        _is_furniture(text)
        and (_breaks_a_word(text) or (text[-1] in "，," and len(text) >= WORD_BREAK_MIN))
        and not _is_furniture(nxt.text)
        and not re.search(r"\s[|｜丨]\s", text)  # (a bar of buttons: 登录 | 注册)
    ):
        # a breadcrumb (首页 > 数据发布 > …), a button bar: lines of their own; a long notice
        # that stops between two words (本公司董事会…重大遗 / 漏，并对其…) or on a comma
        # (…或者重大遗漏， / 并对其…) wraps on
        return False
    if _line_meta(text) and not (_DISTRIBUTION_RE.match(text) and nxt.text[-1] in "。."):
        # 2032-04-12 07:05 来源：澎湃新闻 above 字号: the page's fields end there; a list of
        # whom a document is copied to may wrap (抄送：…，省监 / 委，省法院，省检察院。)
        return False
    if _line_meta(nxt.text) or is_issuer_line(nxt.text):
        # a document number under a title (川政函〔2031〕88号), a date, a stamp, the office
        # that wrote a forwarded document under its title (省住房城乡建设厅)
        return False
    if issued_under(nxt.text, text):
        # who issued it under its title: …购票须知 / 临江湾草地音乐节组委会, …预警信号 /
        # 南屏县气象台、南屏县林业局联合发布
        return False
    if all(_ROW_DATE_RE.match(t) for t in (text, nxt.text)):
        return False  # a timetable's rows, each opening on its day (1月13日(周四) 上午 …)
    if _row_fields(text) >= 3 and _row_fields(text) == _row_fields(nxt.text):
        return False  # rows of a table set with spaces (今天 中雨 22~27℃ 东北风3级)
    level = marker_level(text)
    return (
        level is None
        or full
        # a numbered item that stops mid-sentence nearer the wrap than a heading reaches:
        # 1．红色预警区内各级自然资源、应急管理部门要立即启动 / 相应级别应急响应，… (a
        # section's head, 一、 or （一）, may run longer)
        or _near_the_wrap(line, wrap, NEAR_WRAP if level >= 5 else MARKED_NEAR_WRAP)
        or not _is_marked_heading(text, level)
        # (…or that stops inside a word: (一)报考者须持…身份证参 / 加考试)
        or _splits_a_word(text, nxt.text)
    )


#: What opens a headline's second clause: when or how much of it (全年…, 首批…, 今年…).
_CLAUSE_OPENING_RE = re.compile(r"^(?:全年|今年|去年|明年|首批|首次|前\d+个?月)")


def opens_deck(headline: str, deck: str) -> bool:
    """Whether ``deck`` opens on a verb of its own and goes on in clauses, under a
    ``headline`` that has its own verb and is no document's title (关于…, 印发…)."""
    words = tagged_words(deck.strip())
    return (
        bool(words)
        and words[0][1] == "v"
        and han_count(words[0][0]) >= 2
        and re.search(r"[，,]", deck) is not None
        and not re.search(r"关于|關於|印发|印發|转发|轉發", headline)
        and headline[-1:] not in "的之和与及、"
        and any(flag == "v" and han_count(word) >= 2 for word, flag in tagged_words(headline))
    )


def opens_clause(first: str, second: str) -> bool:
    """Whether ``second`` is a headline's second clause, not the rest of a wrapped one:
    the first ends on a quoted name (…推行“15分钟养老服务圈”) and the second does not go
    on with it (的…, 和…), or the second opens with when or how much (全年地区生产总值…,
    首批建设…). A first line that ends on a mark goes on in the second."""
    if first[-1:] in "，,、；;：:（(“「":
        return False
    if _CLAUSE_OPENING_RE.match(second):
        return True
    return first.endswith(("”", "」", "』", '"')) and not re.match(r"^[的之和与及或等暨]", second)


#: A printed page's running head repeats one of the document's first lines (or two of
#: them joined): its issuer, its title.
RUNNING_HEAD_FROM = 4


def _running_heads(items: Sequence[_Item]) -> set[str]:
    """The lines a printed page may repeat at its head: each of the document's first
    lines, and each two of them joined (桐溪县人民政府 / 征地补偿安置方案公告)."""
    first = [i.text for i in items[:RUNNING_HEAD_FROM] if i.table is None]
    joined = ["".join(pair) for pair in itertools.pairwise(first)]
    return {text for text in [*first, *joined] if len(text) >= 4}


#: The indent of a paragraph's first line: two ideographic spaces.
_PARAGRAPH_INDENT = "\u3000\u3000"


def _join_wrapped_lines(items: list[_Item], filled_only: bool = False) -> list[_Item]:
    """Wrapped lines become one paragraph. With ``filled_only`` (a report with no blank
    lines between its paragraphs) only a line that runs to the wrap width goes on in the
    next; a printed page's number between the two (— 2 —) is passed over and kept after."""
    wrap = _wrap_width(items)
    heads = _running_heads(items)
    # where some lines are set in by two ideographic spaces and others are not, the set-in
    # ones open paragraphs (a page indents a paragraph's first line, never the lines after)
    set_in = [item.raw.startswith(_PARAGRAPH_INDENT) for item in items if item.table is None]
    indents_paragraphs = any(set_in) and not all(set_in)
    out: list[_Item] = []
    held: list[_Item] = []
    for n, item in enumerate(items):
        if filled_only and out and PAGE_NUMBER_RE.match(item.text):
            held.append(item)
            continue
        if held and item.text in heads:
            # the next page's running head, the document's title again: furniture
            item.label = Label.DROP
            held.append(item)
            continue
        # the account that posted it, on the line over the post's time, wraps nothing on
        posted = n + 1 < len(items) and is_post_line(items[n + 1].text)
        opens = indents_paragraphs and item.raw.startswith(_PARAGRAPH_INDENT)
        if (
            out
            and not posted
            and not opens
            and _wraps_on(out[-1], item, wrap)
            and (
                not filled_only
                or _fills(out[-1], wrap)
                or _STOPS_MID_CLAUSE_RE.search(out[-1].text)
                or out[-1].text[-1] in "、，,"  # (a clause's mark ends no paragraph)
                or _near_the_wrap(out[-1], wrap)
                or _OPENS_ON_DE_RE.match(item.text)
                or _NEVER_OPENS_LINE_RE.match(item.text)
                or _splits_a_word(out[-1].text, item.text)
            )
        ):
            last = out[-1]
            if len(out) == 1 and (
                opens_clause(last.text, item.text) or opens_deck(last.text, item.text)
            ):
                # a headline's two clauses (…新闻发布会 / 全年地区生产总值突破…): a pause
                last.text = f"{last.text} {item.text}"
            else:
                last.text = _join_wrapped([last.text, item.text])
            last.raw = last.raw + "\n" + item.raw
        else:
            out += [*held, item]
            held = []
    return out + held


def _annex_line(text: str, after: str, in_list: bool) -> tuple[bool, bool]:
    """Whether a line names attachments (and is metadata), and whether a list of them goes
    on after it: 附件：1.… then 2.…; 附件1.… followed by 2.… (附件1.… followed by text heads
    an annex); a file name (….xlsx); 附件：参会回执 right above the signature."""
    listed = bool(_ANNEX_FIRST_RE.match(text) and re.match(r"^2\s*[.、．]", after))
    named = bool(
        _ANNEX_NAME_RE.match(text)
        and (not after or _is_signature_like(after) or is_date_only(after))
    )
    if _ANNEX_HEAD_RE.match(text) and _ANNEX_FILE_RE.match(after):
        return True, True  # 附件： over the files it lists, each a line (1. ….pdf（186KB）)
    if _ANNEX_OMITTED_RE.match(text):
        return True, False
    if _ANNEX_FILE_RE.match(text) or _ANNEX_LIST_RE.match(text) or listed or named:
        return True, bool(_ANNEX_LIST_RE.match(text)) or listed
    item_of_list = bool(
        in_list and re.match(r"^\d{1,2}\s*[.、．]", text) and not any(p in text for p in _FINAL)
    )
    return item_of_list, item_of_list


#: A blank to fill in on a form: a run of underscores.
_BLANK_RE = re.compile(r"[_＿]{3,}")


def _is_form_blank(text: str) -> bool:
    """A line of a form to fill in (a 回执): its blanks and the labels of its fields, nothing
    else (单位名称：____________, ______ ______ ______). The column names above a row of
    blanks go with it (姓名 职务 性别 联系电话)."""
    if not _BLANK_RE.search(text):
        return False
    text = _SEAL_NOTE_RE.sub("", text)  # 单位名称：______（盖章）: where the seal goes
    return not re.sub(r"[_＿]{3,}|[^\s：:_＿]{1,10}\s*[：:]|[\s（）()]", "", text)


#: Where a form is sealed or signed: （盖章）, (签字).
_SEAL_NOTE_RE = re.compile(r"[（(]\s*(?:盖章|蓋章|签字|簽字|签名|簽名|签章|簽章|公章)\s*[)）]")
#: The name of a form to fill in: 参会回执, 报名登记表, 申请表.
_FORM_NAME_RE = re.compile(
    r"^[^。，,；;：:]{0,24}(?:回执|回執|报名表|報名表|登记表|登記表|申请表|申請表|信息表|資訊表"
    r"|汇总表|彙總表|推荐表|推薦表|审批表|審批表)$"
)
#: An annex's head on a line of its own: 附件, 附件2.
_ANNEX_HEAD_RE = re.compile(r"^附件\s*\d{0,2}\s*[:：]?$")


#: A form's name with the annex it is: 附件：参会回执, 附件2：报名登记表.
_ANNEXED_FORM_NAME_RE = re.compile(r"^附件\s*\d{0,2}\s*[:：\s]\s*(.+)$")
#: A form's field with nothing filled in: its label alone (姓名, 职称/职务, 是否住宿), or with
#: its colon and where the seal goes (单位名称：　（盖章）).
_EMPTY_FIELD_RE = re.compile(r"^[^\s。，,；;！？!?：:]{1,8}(?:\s*[：:]\s*)?$")


def _is_empty_form_part(item: _Item) -> bool:
    """A part of a form to fill in with nothing filled in: a field's label alone, or a table
    whose rows under its column names are empty (姓名 职务 联系电话 / (blank rows))."""
    if item.table is not None and item.table.table is not None:
        rows = item.table.table.rows
        return all(not cell.strip() for row in rows for cell in row)
    text = _SEAL_NOTE_RE.sub("", item.text).strip()
    # …or its column names set apart by spaces (姓名职务 联系电话 备注)
    return bool(_EMPTY_FIELD_RE.match(text)) or all(
        _EMPTY_FIELD_RE.match(name) for name in text.split()
    )


def _label_blank_forms(items: list[_Item]) -> None:
    """A form without underscores (附件：参会回执 / 姓名 / 单位 / 是否住宿 …, or its name
    over a table of empty rows): two empty parts or more under its name are dropped, and the
    name and the 附件 above it are metadata."""
    for k, item in enumerate(items):
        if item.table is not None or item.label not in (Label.TEXT, Label.META):
            continue
        named = _ANNEXED_FORM_NAME_RE.match(item.text)
        name = named.group(1) if named else item.text
        if not _FORM_NAME_RE.match(name) or (item.label == Label.META and not named):
            continue
        end = k + 1
        while (
            end < len(items) and items[end].label != Label.DROP and _is_empty_form_part(items[end])
        ):
            end += 1
        if end - k - 1 < 2 and not (end - k - 1 == 1 and items[k + 1].table is not None):
            continue
        for part in items[k + 1 : end]:
            part.label, part.table = Label.DROP, None
        item.label, item.meta = Label.META, [("annex", item.text)]
        head = _prev_index(items, k)
        if head is not None and _ANNEX_HEAD_RE.match(items[head].text):
            items[head].label, items[head].meta = Label.META, [("annex", items[head].text)]


def _label_annexed_forms(items: list[_Item]) -> None:
    """A form appended to a notice (附件 / 参会回执 / 单位名称：______（盖章）…) is there to be
    filled in, not read: once its blanks are dropped, its name and the 附件 above it are
    metadata too."""
    _label_blank_forms(items)
    for k, item in enumerate(items):
        if item.table is not None or item.label != Label.TEXT or not _FORM_NAME_RE.match(item.text):
            continue
        nxt = items[k + 1] if k + 1 < len(items) else None
        if nxt is None or nxt.table is not None or nxt.label != Label.DROP:
            continue
        if not _BLANK_RE.search(nxt.text):
            continue
        item.label, item.meta = Label.META, [("annex", item.text)]
        head = _prev_index(items, k)
        if (
            head is not None
            and items[head].label == Label.TEXT
            and _ANNEX_HEAD_RE.match(items[head].text)
        ):
            items[head].label, items[head].meta = Label.META, [("annex", items[head].text)]


#: A number the listener may call (请拨打气象热线96121): a service line, though it also asks
#: them to follow an account.
_CALL_US_RE = re.compile(r"(?:拨打|撥打|致电|致電|热线|熱線|电话|電話)[^。，,]{0,10}\d{3,}")


#: A heading that asks when (四、提交投标文件截止时间、开标时间和地点, 报名时间：): the date
#: and hour on the line under it answer it, and are no page's time stamp.
_ASKS_WHEN_RE = re.compile(r"(?:时间|時間|日期)(?:[和及、与][^，,。]{0,8})?[：:]?$")


#: A line naming one of the bodies that hold an event: 主办单位：…, 协办单位：….
_ORGANISER_RE = re.compile(
    r"^(?:主办|承办|协办|支持|指导|主辦|承辦|協辦|指導)(?:单位|單位)\s*[:：]\s*\S(?!.*ICP)"
)


#: A field of an event's notice (报告题目：…, 时间：…, 地点：…, 主讲人：…): the lines beside it
#: are the notice's too.
_EVENT_FIELD_RE = re.compile(
    r"^(?:(?:报告|講座|讲座|会议|會議|活动|活動|演出|展览|展覽|论坛|論壇|培训|培訓)?"
    r"(?:时间|時間|地点|地點|题目|題目|主题|主題)|报告人|報告人|主讲人?|主講人?|主讲嘉宾|主持人)"
    r"\s*[:：]\s*\S"
)
#: Who gives the talk an event's notice announces (报告人：王芳 教授): the speaker, no one
#: who reports on their own work, beside the notice's other fields.
_TALK_GIVER_RE = re.compile(r"^(?:报告人|報告人)\s*[:：]\s*\S")


#: What a reader is told to do through an account (关注…公众号…进行网上报名): how to apply,
#: not a plea to follow it; a button (【扫码报名】) is no longer than this.
_BUTTON_MAX = 12
_HOW_TO_APPLY_RE = re.compile(r"报名|報名|办理|辦理|申请|申請|预约|預約|缴费|繳費|查询|查詢")


def _asks_when(previous: str | None) -> bool:
    """Whether the line above is a heading or a label that asks when."""
    if not previous or not _ASKS_WHEN_RE.search(previous):
        return False
    return marker_level(previous) is not None or previous.rstrip().endswith(("：", ":"))


def _listed_triangle(text: str, previous: str | None) -> bool:
    """Whether a line marked with a triangle is an item of a list, not a photo's caption:
    under the line that announces the list (主要有以下原因：) or after an item of it that
    ends with its semicolon (▲ 生猪出栏量阶段性减少；)."""
    if not previous or not re.match(r"^[▲△]", text):
        return False
    return previous.endswith(("：", ":")) or (
        re.match(r"^[▲△]", previous) is not None and previous.endswith(("；", ";"))
    )


#: How far down a bulletin's issue number may stand.
BULLETIN_HEAD = 6
#: A brief's headline marked with a triangle: ▲县应急管理局召开“安全生产月”推进会.
_TRIANGLE_ITEM_RE = re.compile(r"^[▲△]\s*[^。！？!?]{4,40}$")


#: A line that announces the topics a campaign runs under: 活动话题, 推荐话题：.
_TOPICS_HEAD_RE = re.compile(r"(?:话题|話題|主题标签|主題標籤)\s*[:：]?$")


def _announced_topics(text: str, previous: str | None) -> bool:
    """Whether a line of topics is the content a heading announces (活动话题 / #跟着非遗游
    南屏# #我的非遗打卡地#), read, not the post's own topics at its foot."""
    return bool(previous and TOPICS_RE.match(text) and _TOPICS_HEAD_RE.search(previous))


def _label_lines(items: list[_Item]) -> None:
    """First pass: what each line is by itself (dropped, metadata, maybe-date, text)."""
    previous = None
    annex_list = False
    press_contact = False  # the line above is a release's press contact or its phone
    # an office's bulletin under its masthead and number (工作简报 / 2031年第15期) heads its
    # briefs with triangles (▲县应急管理局召开…推进会): item headlines, no photos' captions
    bulletin = any(i.table is None and ISSUE_RE.match(i.text) for i in items[:BULLETIN_HEAD])
    # a story told in pictures (组图): its captions are the story, read without their credits
    gallery = sum(1 for i in items if i.table is None and _is_captioned_credit(i.text)) >= (
        GALLERY_CAPTIONS
    )
    for n, item in enumerate(items):
        if item.table is not None:
            previous = None
            continue
        if item.label == Label.META:  # a field of the page's grid (see _items)
            previous = item.text
            continue
        if item.label == Label.DROP:  # a printed page's running head (see _items)
            continue
        text = item.text
        after = items[n + 1].text if n + 1 < len(items) and items[n + 1].table is None else ""
        annex, annex_list = _annex_line(text, after, annex_list)
        if annex:
            item.label, item.meta = Label.META, [("annex", text)]
            previous = text
            continue
        repeated = text == previous and _is_title_like(text)
        # who holds an event, each body on its line (主办单位：… / 承办单位：… / 协办单位：…):
        # read, where a site's footer names who runs it on one line
        beside = [
            items[m].text for m in (n - 1, n + 1) if 0 <= m < len(items) and items[m].table is None
        ]
        in_event = any(_ORGANISER_RE.match(t) or _EVENT_FIELD_RE.match(t) for t in beside)
        organisers = bool(_ORGANISER_RE.match(text)) and in_event
        # a video script's cue on its own (【解说】) and the captions it burns in (字幕：…)
        cue = bool(_PRODUCTION_CUE_RE.fullmatch(text) or _SUBTITLE_LINE_RE.match(text))
        if is_byline(text):  # before furniture: "日报客户端 | 记者 X" is no menu
            item.label, item.meta = Label.META, [("author", text)]
        elif (
            not organisers
            and (
                (
                    _is_furniture(text)
                    and not (bulletin and _TRIANGLE_ITEM_RE.match(text))
                    and not _listed_triangle(text, previous)
                    and not _announced_topics(text, previous)
                )
                or _END_MARK_RE.match(text)
                or (
                    BARE_COUNT_RE.fullmatch(text)
                    and COUNTER_KEY_OPEN_RE.search(previous or "") is not None
                )
                or (_is_captioned_credit(text) and not gallery)
                or (
                    len(text) <= 80
                    and marker_level(text) is None  # 4. 请下载安装…APP: a numbered step
                    and (promo := _PROMO_RE.search(text))
                    and not _says_more_first(text[: promo.start()])
                    # (a warning against the app it names is the story: 凡是…要求下载APP的都是诈骗)
                    and not _WARNS_OF_RE.search(text)
                    and not _CALL_US_RE.search(text)
                    and not (
                        _HOW_TO_APPLY_RE.search(text)
                        and len(text) > _BUTTON_MAX
                        and "阅读原文"
                        not in text  # 点击下方“阅读原文”查询…: a link, no way to apply
                    )
                )
                or (
                    _FIGURE_RE.match(text)
                    and len(text) <= 60
                    and ("。" not in text or CIRCLED_FIGURE_RE.match(text))
                )
                or is_navigation(text)
                or _is_decoration(text)
                or _is_doubled(text)
                or _is_form_blank(text)
                or (_row_fields(text) >= 3 and _is_form_blank(after))
                or repeated
                or cue
            )
        ):
            item.label = Label.DROP
        elif (segments := _line_meta(text)) and not (
            ([kind for kind, _ in segments] == ["stamp"] and _asks_when(previous))
            or (in_event and _TALK_GIVER_RE.match(text))
        ):
            item.label, item.meta = Label.META, segments
        elif (
            press_contact
            and (
                CONTACT_FIELD_RE.match(text)
                # (the contact's name on the line under 新聞聯絡人： alone)
                or (
                    (previous or "")[-1:] in "：:"
                    and len(text) <= CONTACT_NAME_MAX
                    and _NO_SENTENCE_RE.match(text)
                )
            )
        ):
            # 聯絡電話：… under 新聞聯絡人：…: the press's number, not the listener's
            item.label, item.meta = Label.META, [("other", text)]
        elif is_date_only(text):
            item.label = Label.DATE_ONLY
        else:
            _label_text(item)
        previous = item.text
        press_contact = item.label == Label.META and bool(
            PRESS_CONTACT_RE.match(text)
            or (press_contact and item.meta == [("other", text)])  # its lines under it
        )
    _label_section_numbers(items)
    _label_form_links(items)
    _label_annexed_forms(items)
    _label_comments(items)
    _label_link_lists(items)
    _label_named_contents(items)


#: The press contact's name and post, on the line under its label: 能源署　能源效率組　李宜芳組長.
CONTACT_NAME_MAX = 30
_NO_SENTENCE_RE = re.compile(r"^[^，,。；;！？!?]+$")


#: A section's number set on a line of its own above its heading, as a phone's article
#: lays it out: 01, 02, PART 03.
_SECTION_NUMBER_RE = re.compile(r"^(?:PART|Part|part)?\s*0([1-9])$")


def _label_section_numbers(items: list[_Item]) -> None:
    """Section numbers on lines of their own (01 / 门诊报销比例提高 … 02 / …) are the page's
    ornaments, not words to say: the heading under each names the section. Only where
    they count up from 01, so a lone figure on a line stays text."""
    numbered = [
        (k, int(m.group(1)))
        for k, item in enumerate(items)
        if item.table is None
        and item.label == Label.TEXT
        and (m := _SECTION_NUMBER_RE.match(item.text))
    ]
    if len(numbered) < 2 or [n for _, n in numbered] != list(range(1, len(numbered) + 1)):
        return
    for k, _ in numbered:
        items[k].label = Label.DROP


#: An entry of a table of contents: a short line with no sentence in it (一、2030年工作回顾).
_CONTENTS_ENTRY_RE = re.compile(r"^[^。，,；;：:！？!?]{1,30}$")
#: The heading of a table of contents: 目录, 目 录, 【目录】.
_CONTENTS_HEAD_RE = re.compile(
    r"^[【\[]?\s*(?:目\s*录|目\s*錄|本文目录|内容目录|本期要目|本期目录|本期导读|本期導讀)\s*[】\]]?\s*[:：]?$"
)
#: An entry of an issue's list of its stories: ◆区发改局：重点项目“百日攻坚”取得阶段性成效.
_ISSUE_ENTRY_RE = re.compile(r"^[◆◇●○■□▲△★☆·•\-]?\s*[^。，,；;！？!?]{1,40}$")


def _label_named_contents(items: list[_Item]) -> None:
    """A table of contents under its heading (目录, then 一、…, 二、…) is not read, however
    short: an editor reads the sections it lists. It ends at the first line that is no
    entry (the headline, a paragraph)."""
    for k, item in enumerate(items):
        if item.table is not None or not _CONTENTS_HEAD_RE.match(item.text):
            continue
        # an issue's list of its stories (本期要目) names each with its office: 区教育局：…
        entry_re = (
            _ISSUE_ENTRY_RE if item.text.lstrip("【[").startswith("本期") else _CONTENTS_ENTRY_RE
        )
        entries: list[_Item] = []
        for other in items[k + 1 :]:
            if (
                other.table is not None
                or other.label != Label.TEXT
                or not entry_re.match(other.text)
            ):
                break
            entries.append(other)
        if len(entries) >= 2:
            for line in [item, *entries]:
                line.label, line.meta = Label.META, [("toc", line.text)]
        elif entry_re is _ISSUE_ENTRY_RE:
            # (an issue's list head over its one story, which follows whole: 本期要目 / the
            # story's headline / its paragraphs; the head names nothing to read)
            item.label, item.meta = Label.META, [("toc", item.text)]


#: The head of a page's comments: 评论(126), 评论 56, 热门评论, 网友评论（12）.
_COMMENTS_HEAD_RE = re.compile(
    r"^(?:热门|熱門|全部|最新|精彩|网友|網友|读者|讀者)?(?:评论|評論|留言)\s*[（(]?\s*\d*\s*[)）]?"
    r"\s*[:：]?$"
)
#: What marks a page's comments: when each was posted, its likes and reply button.
_COMMENT_MARK_RE = re.compile(
    r"\d+\s*(?:分钟|小时|天)前|刚刚|剛剛|(?:赞|讚|👍)\s*\d+|回复$|回覆$|查看全部\s*\d+\s*条评论"
    # …or a reader named by a masked number: 用户1389****：…
    r"|^(?:用户|用戶|网友|網友)\S{0,12}[:：]"
    # …or by where they are and their name: 杭州网友 小豆妈：…
    r"|^[\u4e00-\u9fff]{2,6}(?:网友|網友|读者|讀者)\s*\S{1,12}[:：]"
)
#: A comment is this short at most.
COMMENT_MAX = 80


def _label_comments(items: list[_Item]) -> None:
    """A page's comments under their head (评论(126) / 热门 最新 / 田林老王 上海 3小时前 /
    …) are readers' words, never the report's: from the head to the end, when every line
    after it is as short as comments are and they bear comments' marks (3小时前, 赞 23,
    回复), none is read."""
    for k, item in enumerate(items):
        if item.table is not None or not _COMMENTS_HEAD_RE.match(item.text):
            continue
        rest = items[k + 1 :]
        if (
            rest
            and all(i.table is None and len(i.text) <= COMMENT_MAX for i in rest)
            and any(_COMMENT_MARK_RE.search(i.text) for i in rest)
        ):
            for dropped in items[k:]:
                dropped.label, dropped.meta = Label.DROP, []
        return


def _label_link_lists(items: list[_Item]) -> None:
    """The headlines a page lists under 相关阅读 (往期回顾, 推荐阅读 …) lead to other pages:
    none is read, down to the first line that is no headline."""
    listing = False
    for item in items:
        if item.table is not None:
            listing = False
        elif item.label == Label.DROP:
            listing = listing or is_links_head(item.text)
        elif (
            listing
            and not item.lead
            and is_link_line(item.text)
            and (
                item.label in (Label.TEXT, Label.DATE_ONLY)
                or [kind for kind, _ in item.meta] == ["stamp", "source"]
            )
        ):
            item.label, item.meta = Label.DROP, []
        else:
            listing = False


def _label_text(item: _Item) -> None:
    """A line of body text: a post's topics, its dateline and trailers cut off as metadata,
    its marker level."""
    topics, item.text = topics_apart(item.text)
    if topics:
        item.lead = [("other", topics.rstrip())]  # #南屏警方通报# 【警情通报】…
    head, rest = split_dateline(item.text)
    if head:
        item.lead += [("dateline", head)]
        item.text = rest.strip()
    body, trailers = split_trailer(item.text)
    if trailers:
        item.lead += trailers
        item.text = body
    item.label = Label.TEXT
    item.level = marker_level(item.text)


#: The last line of a page may be the links to its forms, glued together by the scraper
#: (…申请办法…申请表): no sentence, ending in a form's name or a file extension.
_FORM_LINKS_RE = re.compile(
    r"(?:[申报報登][请請名记記]表|一[览覽]表|汇总表|彙總表|表格|"
    r"\.(?:docx?|xlsx?|pdf|wps|zip|rar))$",
    re.IGNORECASE,
)


def _label_form_links(items: list[_Item]) -> None:
    """The report's last line, when it only names the forms to download, is not read."""
    last = _prev_index(items, len(items))
    if last is None or items[last].label != Label.TEXT:
        return
    text = items[last].text
    if _FORM_LINKS_RE.search(text) and not any(p in text for p in (*_FINAL, "，", ",", "；")):
        items[last].label, items[last].meta = Label.META, [("annex", text)]


def _next_index(items: list[_Item], i: int) -> int | None:
    """Index of the next item after ``i`` that is not dropped."""
    for j in range(i + 1, len(items)):
        if items[j].label != Label.DROP:
            return j
    return None


#: A clause of a line this long before its plea to follow an account says something of its
#: own (预览时标签不可点，微信扫一扫关注该公众号 is a page's furniture).
SAYS_MORE_MIN = 10


def _says_more_first(before: str) -> bool:
    """Whether a line says something of its own in clauses before it asks to follow an
    account (如遇不可抗力因素导致考试延期或取消，将另行通知，请考生密切关注…公众号): a
    notice's sentence, never a plea."""
    clauses = re.split(r"[，,。；;！!]", before)
    return len(clauses) > 1 and any(han_count(clause) >= SAYS_MORE_MIN for clause in clauses)


def _prev_index(items: list[_Item], i: int) -> int | None:
    for j in range(i - 1, -1, -1):
        if items[j].label != Label.DROP:
            return j
    return None


#: A credit after a caption's last sentence is this short (NASA网页, 新华社记者王波摄).
CREDIT_MAX = 12


#: A page with this many captions that end in their credits tells its story in pictures.
GALLERY_CAPTIONS = 3


#: A warning against a fraud or a danger, which a promotion never is.
_WARNS_OF_RE = re.compile(r"诈骗|詐騙|骗局|騙局|谨防|謹防|警惕|切勿|提防|上当|上當|受骗|受騙")


def _is_captioned_credit(text: str) -> bool:
    """A photo caption ending in its credit: short as a whole, or any caption of a few
    sentences whose last words, after the last 。, are only the credit."""
    if not _CAPTION_CREDIT_RE.search(text):
        return False
    tail = re.split(f"[{FULL_STOPS}]", text)[-1]
    return len(text) <= 40 or (len(text) <= 100 and 0 < len(tail) <= CREDIT_MAX)


def _resolve_dates(items: list[_Item], start: int) -> None:
    """A date-only line is metadata in the header, under a signature, or at the very end.

    Up to two short unpunctuated lines right above such a date (or above a bracketed note
    right above it) are the signature (落款). Elsewhere (an exam schedule, say) a date-only
    line is body text.
    """
    for i in range(start, len(items)):
        item = items[i]
        if item.label != Label.DATE_ONLY:
            continue
        signers: list[int] = []
        j = _prev_index(items, i)
        # a note in brackets may sit between the signature and its date: （此件公开发布）
        if (
            j is not None
            and j >= start
            and items[j].label == Label.META
            and items[j].meta[:1] == [("other", items[j].text)]
        ):
            j = _prev_index(items, j)
        while (
            j is not None
            and j >= start
            and len(signers) < 2
            and items[j].label == Label.TEXT
            and _is_signature_like(items[j].text)
        ):
            signers.append(j)
            j = _prev_index(items, j)
        after = _next_index(items, i)
        closing = (
            after is None
            or items[after].label in (Label.META, Label.DATE_ONLY)
            or (
                items[after].label == Label.TEXT
                and (_is_title_like(items[after].text) or items[after].text.startswith("附件"))
            )
        )
        padded = any(items[k].raw != items[k].raw.rstrip() for k in [*signers, i])
        if (
            signers
            and after is not None
            and items[after].label == Label.TEXT
            and _CONTACT_NOTE_RE.match(items[after].text)
        ):
            # （联系人：基础教育科 周敏　电话：…）: the note under the date, for the offices
            # it is sent to, closes the document
            items[after].label, items[after].meta = Label.META, [("other", items[after].text)]
            closing = True
        signed_above = (
            not signers
            and j is not None
            and items[j].label == Label.META
            and bool(_SIGNER_KEY_RE.match(items[j].text))
        )
        if signed_above:
            # 公告单位：南岭县自然资源局 / 2031年5月6日, a table after: the notice's signature
            item.label, item.meta = Label.META, [("date", item.text)]
        elif signers and (closing or padded):
            for k in signers:
                items[k].label, items[k].meta = Label.META, [("signature", items[k].text)]
            item.label, item.meta = Label.META, [("date", item.text)]
        elif after is None or all(
            items[k].label in (Label.META, Label.DROP) for k in range(after, len(items))
        ):  # the last line of the text, or above only its page's fields and footer
            item.label, item.meta = Label.META, [("date", item.text)]
        else:
            item.label, item.level = Label.TEXT, None
    _label_closing_signer(items, start)
    _label_board_signoff(items, start)


#: Hong Kong's sign-off under a listed company's announcement: 承董事會命 (by order of the
#: board), then the company, the officer's title and name, and the place and day.
_BY_ORDER_RE = re.compile(r"^(?:承董事會命|承董事会命)$")
#: …its place and day: 香港，2031年4月22日.
_PLACE_AND_DAY_RE = re.compile(
    r"^(?:香港|澳門|澳门|臺北|台北)\s*[,，、]?\s*(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$"
)
#: …and the board's members on the day, the paragraph that follows it.
_BOARD_LIST_RE = re.compile(r"^(?:於|于)本公告(?:日期|刊發日期|刊发日期)[,，]\s*(?:董事會|董事会)")
#: The most lines a sign-off takes between 承董事會命 and its day.
_SIGNOFF_LINES = 5


def _label_board_signoff(items: list[_Item], start: int) -> None:
    """承董事會命 / 新港航運集團有限公司 / 公司秘書 / 何詠詩 / 香港，2031年4月22日: who signs a
    Hong Kong announcement off and when, the company its signature and the day its date,
    never read as its last sentences; the list of the board's members after it
    (於本公告日期，董事會成員包括…) is the page's notice, not its news."""
    for i in range(start, len(items)):
        if items[i].label != Label.TEXT or not _BY_ORDER_RE.match(items[i].text):
            continue
        lines = [
            k
            for k in range(i + 1, min(i + 1 + _SIGNOFF_LINES + 1, len(items)))
            if items[k].label != Label.DROP
        ]
        day = next((k for k in lines if _PLACE_AND_DAY_RE.match(items[k].text)), None)
        if day is None or any(
            items[k].label != Label.TEXT or len(items[k].text) > HEADING_MAX
            for k in range(i + 1, day)
        ):
            continue
        # (the company signs it; the words of order and the officer are not said)
        for k in range(i, day):
            kind = "signature" if k == i + 1 else "other"
            items[k].label, items[k].meta = Label.META, [(kind, items[k].text)]
        items[day].label, items[day].meta = Label.META, [("date", items[day].text)]
        after = _next_index(items, day)
        if after is not None and _BOARD_LIST_RE.match(items[after].text):
            items[after].label, items[after].meta = Label.META, [("other", items[after].text)]
        return


#: A news outlet's name alone on the story's last line (政府新聞網, 青川日报, 新华网): who
#: carried the story, never its last sentence.
_FOOT_OUTLET_RE = re.compile(
    rf"^[{HAN}]{{2,10}}(?:日报|晚报|时报|商报|日報|晚報|時報|商報|新闻网|新聞網|电视台|電視台"
    r"|客户端|客戶端|通讯社|通訊社)$"
    rf"|^(?!互联|互聯|物联|物聯)[{HAN}]{{2}}[网網]$"
)


def _label_closing_signer(items: list[_Item], start: int) -> None:
    """The issuing body's name alone on the body's last line, under its text and above only
    the page's fields (杭州市气象台 over （责任编辑：…）): the report's signature, undated."""

    def last_before(end: int) -> int | None:
        """The last item before ``end`` that is not a page's field or footer."""
        kept = (k for k in range(end - 1, start - 1, -1) if items[k].label not in _AFTER_TEXT)
        return next(kept, None)

    last = last_before(len(items))
    month = None
    if (
        last is not None
        and items[last].label == Label.TEXT
        and YEAR_MONTH_LINE_RE.match(items[last].text)
    ):
        # 柏宁市公安局 / 2031年5月: a draft or a report signed with the month alone
        month, last = last, last_before(last)
    outlet = (
        last is not None
        and items[last].label == Label.TEXT
        and _FOOT_OUTLET_RE.match(items[last].text) is not None
    )
    if (
        last is None
        or items[last].label != Label.TEXT
        or not (
            is_issuer_line(items[last].text) or _SIGNATORY_RE.match(items[last].text) or outlet
        )
    ):
        return
    above = last_before(last)
    # under a sentence or a contact's field (電郵：…), never under a heading it would be the
    # section of
    if (
        above is not None
        and items[above].label == Label.TEXT
        and (
            items[above].text[-1:] in FULL_STOPS + "；;"
            or len(items[above].text) > HEADING_MAX
            or CONTACT_FIELD_RE.match(items[above].text)
        )
    ):
        kind = "source" if outlet else "signature"  # (…, 政府新聞網: who carried it)
        items[last].label, items[last].meta = Label.META, [(kind, items[last].text)]
        if month is not None:
            items[month].label, items[month].meta = Label.META, [("date", items[month].text)]


#: A document's note of whom to ask, in its brackets under the date (附注): （联系人：周敏，
#: 电话：0832-2856183）.
_CONTACT_NOTE_RE = re.compile(
    r"^[（(]\s*(?:联系人|聯繫人|联络人|聯絡人)\s*[:：][^（）()]{1,40}"
    r"(?:电话|電話|联系电话|聯繫電話)\s*[:：][^（）()]{5,30}[)）]$"
)


#: Who signs a notice off by office and name, alone on its last line: 市長　陳建文, 局长 黄子健.
_SIGNATORY_RE = re.compile(
    rf"^[{HAN}]{{0,12}}?(?:市长|市長|县长|縣長|区长|區長|镇长|鎮長|乡长|鄉長|省长|省長|局长|局長|部长|部長"
    r"|厅长|廳長|署长|署長|处长|處長|司长|司長|院长|院長|校长|校長|主任|主席|书记|書記|董事长|董事長"
    rf"|总经理|總經理|理事长|理事長|会长|會長)[ \u3000]+[{HAN}·]{{2,4}}$"
)


#: What may stand under a report's text: its page's fields, its footer.
_AFTER_TEXT = (Label.META, Label.DROP)


#: A table of contents: at least this many short unpunctuated lines in a row, mostly
#: numbered (1.1 编制目的, 2 组织体系, 第三章 …), with no paragraph between them.
TOC_MIN_LINES = 6
_TOC_LINE_RE = re.compile(r"^[^。，、；：:,;！？!?]{1,24}$")
_TOC_NUMBER_RE = re.compile(r"^(?:\d+(?:\.\d+)*\s*|第[一二三四五六七八九十\d]+[章节条部分]\s*)\S")


def _label_contents(items: list[_Item], start: int) -> None:
    """A table of contents is not read: an editor reads the sections it lists."""
    run: list[int] = []

    def number(k: int) -> tuple[int, ...] | None:
        m = re.match(r"^(\d+(?:\.\d+)*)", items[k].text)
        return tuple(int(x) for x in m.group(1).split(".")) if m else None

    def close() -> None:
        numbered = [k for k in run if number(k) is not None]
        # the sections themselves may follow the contents without a paragraph between:
        # the numbering starting again (… 8 附则, 1 总则) is where the contents end
        end = len(run)
        position = {k: n for n, k in enumerate(run)}  # not run.index(): linear, not quadratic
        for a, b in itertools.pairwise(numbered):
            if number(b) < number(a):  # type: ignore[operator]
                end = position[b]
        # an entry above the first numbered one is a part without its number (总则); the
        # lines above that belong to what comes before the contents (an annex's title)
        first = position[numbered[0]] if numbered else 0
        toc = run[max(0, first - 1) : end]
        marked = sum(1 for k in toc if _TOC_NUMBER_RE.match(items[k].text))
        if len(toc) >= TOC_MIN_LINES and marked * 2 >= len(toc):
            for k in toc:
                items[k].label, items[k].meta = Label.META, [("toc", items[k].text)]
        run.clear()

    for i in range(start, len(items)):
        item = items[i]
        if item.label in (Label.TEXT, Label.PARA, Label.HEADING) and _TOC_LINE_RE.match(item.text):
            run.append(i)
        elif item.label != Label.DROP:
            close()
    close()


#: A marked heading this long may have been wrapped onto a second line.
WRAPPED_HEADING_MIN = 12


def _wrapped_heading(first: _Item, second: _Item) -> bool:
    """``second`` ends the marked heading ``first`` wrapped over two lines: ``first`` is
    long, ``second`` no longer than it, with no blank line between them."""
    return (
        first.label == Label.HEADING
        and first.level is not None
        and len(first.text) >= WRAPPED_HEADING_MIN
        and second.level is None
        and not second.blank
        and len(second.text) <= len(first.text)
    )


#: A line that stops on a word that needs what follows, however short of the page's width
#: (…游客占了 / 一半以上, …吸引游客超过 / 3000人): broken mid-clause, it goes on.
_STOPS_MID_CLAUSE_RE = re.compile(
    rf"[{HAN}]{{6,}}(?:了|的|和|与|及|把|被|对|将|在|从|向|给|超过|达到|不足|约为|共计)$"
)


#: A line of clauses that stops on a word that needs what follows (…同比增长了, …全市的,
#: …对): the first line of a wrapped sentence, never a heading.
_BROKEN_OFF_RE = re.compile(r"[，,][^，,。]{2,}[的了和与及把被对将在从向给]$")


#: The label over an answer, alone on its line: 答覆：, 答：.
_ANSWER_LABEL_RE = re.compile(r"^(?:答覆|答復|答复|答|回答)\s*[：:]$")


#: A sub-head alone on its line in the page's brackets: 【气候议题：资金缺口成焦点】.
_BRACKETED_HEAD_RE = re.compile(r"^【[^【】\[\]]{2,30}】$")


#: A short label alone on its line, ending in a colon, over the section it labels.
_LABEL_HEAD_RE = re.compile(rf"^[{HAN}]{{2,8}}[：:]$")


#: An editor's note that opens a page: 【编者按】…, 编者按：…, 【编者的话】…, or the line that
#: leads a reader into the story: 【导读】…. Read as a paragraph, however short.
EDITORS_NOTE_RE = re.compile(
    r"^[【\[［（(]?\s*(?:编者按|編者按|编者的话|編者的話|导读|導讀)\s*[】\]］）)]?\s*[:：]?\s*\S"
)


_ITEM_NUMBER_RE = re.compile(r"^(\d{1,2})\s*(?:[、．]|\.(?!\d))")


def _after_sentence_item(items: list[_Item], i: int) -> bool:
    """Whether the numbered line ``i`` is the next item of a list whose item before it is a
    sentence (1.…解读; … 5.统计数据分析与撰写技巧.): the last item of a list is no heading for
    being short and ending its list with a stop."""
    m = _ITEM_NUMBER_RE.match(items[i].text)
    if not m or int(m[1]) < 2:
        return False
    k = next((k for k in range(i - 1, -1, -1) if items[k].label != Label.DROP), None)
    if k is None or items[k].label not in (Label.TEXT, Label.PARA):
        return False
    before = _ITEM_NUMBER_RE.match(items[k].text)
    return bool(before and int(before[1]) == int(m[1]) - 1) and not _is_marked_heading(
        items[k].text, items[k].level or 6
    )


def _label_headings(items: list[_Item], start: int) -> None:
    """Second pass: which text lines are headings, which are paragraphs.

    Heading candidates are marked lines that are heading-like, and unmarked title-like
    lines. Consecutive candidates form a group; marked members are headings; unmarked
    members are headings only when the group has at most three of them and is followed by
    a body block (paragraph or table), so a run of short list lines stays body text;
    unmarked lines after a marked heading in the group are that heading's body.
    """

    unmarked = not any(
        item.level is not None and _is_marked_heading(item.text, item.level)
        for item in items[start:]
        if item.label == Label.TEXT
    )

    def candidate(i: int) -> bool:
        item = items[i]
        if item.label != Label.TEXT or EDITORS_NOTE_RE.match(item.text):
            return False
        if item.level is not None:
            if _is_marked_heading(item.text, item.level):
                return not _after_sentence_item(items, i)
            nxt = _next_index(items, i)
            if (
                QUESTION_HEAD_RE.match(_HAN_STOP_RE.sub("。", item.text))
                and nxt is not None
                and items[nxt].label == Label.TEXT
                and items[nxt].level is None
                and items[nxt].text[-1:] not in "？?"
                and not _ANSWER_LABEL_RE.match(items[nxt].text)
            ):
                # 一、法定退休年龄怎么调整？ over its answer: a Q&A's section (never one of a
                # question's parts over the next part, nor over 答覆：)
                return True
            # 一是扩大有效供给，补齐服务短板。 over its section's long paragraph
            nxt = _next_index(items, i)
            return (
                is_paired_head(item.text)
                and nxt is not None
                and items[nxt].label == Label.TEXT
                and items[nxt].level is None
                and len(items[nxt].text) >= PAIRED_BODY_MIN
            )
        if _BROKEN_OFF_RE.search(item.text):
            return False  # …营业额同比增长了 / 约40%。: a sentence broken off at the wrap
        if _TIMETABLE_ROW_RE.match(item.text):
            return False  # 上午9:00-11:00 科目一: a timetable's row, never a heading
        if _is_title_like(item.text):
            # a field (采购文件领取方式：现场领取, 项目已具备招标条件的说明：已具备) is a line of
            # the section, not a heading; a sub-head in the page's brackets may have its colon
            # (【经济议题：增长放缓】)
            field = _FIELD_VALUE_RE.match(item.text) or (
                # (a table's caption with its unit, …监测表（单位：元/500克）, is a heading)
                _SHORT_FIELD_RE.match(item.text) and not re.search(r"[（(]", item.text)
            )
            return not field or bool(_BRACKETED_HEAD_RE.match(item.text))
        nxt = _next_index(items, i)
        if unmarked and _LABEL_HEAD_RE.match(item.text) and nxt is not None and nxt == i + 1:
            # 风雨影响预报： / 防御指南： alone over what they label, in a report with no
            # numbered sections: its sections
            label = item.text[:-1]
            return not (
                label.startswith(("附件", "附表", "备注", "注"))
                or re.search(r"如下|以下|下列", label)  # 会议议定事项如下： leads into its list
                or is_issuer_line(label)  # 市水务局： an office addressed or speaking
                or SPEAKER_LABEL_RE.search(label)  # 主持人： who speaks, not a section
            )
        return _is_annex_label(item.text) and nxt is not None and candidate(nxt)

    i = start
    while i < len(items):
        if items[i].label != Label.TEXT:
            i += 1
            continue
        if not candidate(i):
            items[i].label = Label.PARA
            i += 1
            continue
        group = [i]
        nxt = _next_index(items, i)
        while nxt is not None and candidate(nxt):
            group.append(nxt)
            nxt = _next_index(items, nxt)
        followed = nxt is not None and items[nxt].label in (Label.TEXT, Label.TABLE)
        first_marked = next((k for k in group if items[k].level is not None), None)
        # a set: a list of thousands of short lines is one group, and `in` on a list of it
        # made the pass quadratic
        lead = {k for k in group if first_marked is None or k < first_marked}
        for n, k in enumerate(group):
            if items[k].level is not None or (k in lead and followed and len(lead) <= 3):
                items[k].label = Label.HEADING
            elif (
                n
                and _wrapped_heading(items[group[n - 1]], items[k])
                and (n + 1 == len(group) and followed)
            ):
                items[k].label = Label.HEADING  # the second line of a heading wrapped over two
            else:  # a run of list lines, or lines under a marked heading: body text
                items[k].label = Label.PARA
        i = group[-1] + 1


#: A sub-head's paragraph goes on for at least this many characters after it.
LEAD_IN_BODY_MIN = 30
#: Paragraphs that open with a short sentence of any wording, before those sentences are
#: taken for sub-heads; two are enough when both are directives (see ``is_directive``).
LEAD_IN_MIN_COUNT = 3


def _lead_in_head(item: _Item) -> str:
    head = lead_in_head(item.text) if item.table is None and item.level is None else ""
    return head if len(item.text) - len(head) >= LEAD_IN_BODY_MIN else ""


#: A label in brackets that opens a paragraph: a digest's item (【经济运行】1—4月，…). A
#: paper's own dateline (【本报讯】) is no label.
#: (a digest's item may head itself with a whole headline, figures and quotes in it:
#: 【5月份全市交通运输运行情况】, 【开展“百日攻坚”超限超载治理】; never a sentence, nor a
#: case's number, 【案例1】)
_BRACKET_LABEL_RE = re.compile(
    rf"^(【\s*(?:[{HAN}、·]{{2,10}}|(?=(?:[^】]*?[{HAN}]){{4}})[^【】。，,；;！？!?\s]{{4,24}})\s*】)(?=\S)"
)


def _bracket_label(item: _Item) -> str:
    if item.table is not None:
        return ""
    m = _BRACKET_LABEL_RE.match(item.text)
    if not m or re.search(r"[讯訊电電]\s*】$", m.group(1)):
        return ""
    return m.group(1) if len(item.text) - m.end() >= LEAD_IN_BODY_MIN else ""


def _split_lead_in_heads(items: list[_Item], start: int) -> list[_Item]:
    """Third pass: bold lead-in sub-heads. When body paragraphs open with a short sentence of
    their own (加强组织领导。 强化隐患排查。), three of them or two directives, each such
    sentence becomes a heading over the rest of its paragraph, as a marked sub-head would
    be; a paragraph or two that happen to open briefly (有先例可循。) are left as they are."""
    body = [k for k in range(start, len(items)) if items[k].label == Label.PARA]
    labels = {k: h for k in body if (h := _bracket_label(items[k]))}
    heads = {k: h for k in body if (h := _lead_in_head(items[k]))}
    directives = sum(1 for h in heads.values() if is_directive(h))
    if len(labels) >= 2:
        heads = labels  # 【经济运行】1—4月，…  【项目建设】5月28日，…: a digest's items
    elif len(heads) < LEAD_IN_MIN_COUNT and (directives < 2 or directives < len(heads)):
        return items
    out = items[:start]
    for k in range(start, len(items)):
        item = items[k]
        head = heads.get(k)
        if head is None:
            out.append(item)
            continue
        rest = item.text[len(head) :]
        level = item.level if k in labels else None  # 【…】 is the label's own marker
        out.append(_Item(text=head, raw=head, label=Label.HEADING, level=level, blank=item.blank))
        out.append(_Item(text=rest, raw=rest, label=Label.PARA, lead=item.lead))
    return out


#: A unit line above a table: 单位：元/公斤, （单位：万元）, 计量单位: 吨.
_UNIT_LINE_RE = re.compile(
    r"^[（(]?\s*(?:计量|金额|价格)?单位\s*[:：]\s*([^，。；\s]{1,12})\s*[)）]?$"
)
#: A table's caption that ends with its unit: 附表：…价格监测表（单位：元）. The caption is read;
#: its unit goes with the table's figures.
_CAPTION_UNIT_RE = re.compile(
    r"\S[（(]\s*单位\s*[:：]\s*([^，。；\s（）()]{1,12})\s*[)）]$"
    # …or only the unit in its brackets, a percentage or a rate: …走势(%), …限价(元/升)
    r"|\S[（(]\s*([%％‰]|[^，。；\s（）()/／]{1,4}[/／][^，。；\s（）()/／]{1,6})\s*[)）]$"
)


def _attach_units(items: list[_Item], start: int) -> None:
    """A unit line right above a table is not read on its own: the table's figures are
    read with the unit (本期均价：五点二元每公斤)."""
    for i in range(start, len(items) - 1):
        item, nxt = items[i], items[i + 1]
        if item.label not in (Label.TEXT, Label.PARA, Label.HEADING):
            continue
        m = _UNIT_LINE_RE.match(item.text)
        found = m or _CAPTION_UNIT_RE.search(item.text)
        if found and nxt.table is not None and nxt.table.table is not None:
            # 单位：起、人、万元 gives each column its own unit, which no cell says: the
            # figures are read bare rather than every one with all three
            given = found[1] or found[2]
            unit = "" if re.search(r"[、，,；;]", given) else given
            table = dataclasses.replace(nxt.table.table, unit=unit)
            nxt.table = dataclasses.replace(nxt.table, table=table)
            if m:  # (said with the figures, or, when it gave none, listed as unspoken)
                item.label, item.meta = Label.META, [("unit" if unit else "other", item.text)]
