"""Raw report text -> :class:`Document`: title, metadata, and chapters of body blocks.

The work is done in layers, each pure and in a module of its own:

1. :mod:`.blocks` turns lines into blocks (a blank-line paragraph wrapped over several lines
   is one block; :mod:`.tables` finds the tables) and labels each by itself;
2. :mod:`.lines` holds what a single line can be (metadata, byline, dateline, furniture,
   heading), :mod:`.header` finds the headline and what surrounds it;
3. :mod:`.chapters` groups the blocks into chapters, then sizes them for listening;
4. chapters are named in :mod:`audiobulletin.titles`.

The structure rules, as :func:`parse` applies them:

Lines and whitespace
    CRLF and bare CR count as line ends. Each line is one paragraph (scraped pages
    and exported documents put one paragraph per line), except where blank lines
    separate the paragraphs: then the lines between two blank lines that were wrapped
    at a width (each as long as the next, none ending a sentence, none a heading or a
    field line) are one paragraph. Leading/trailing whitespace, including U+3000 and
    NBSP indentation, is removed; Han characters spaced out for justification are
    closed up (``韩　正`` -> ``韩正``); other runs become one space. A line of at least
    240 characters whose sentences end with a space before the next (paragraphs a
    scraper joined) is split there into paragraphs, and so is a line that starts with an
    article (第一条 …) and runs on into the next ones after a full stop (…。第二条 （…）…).

Title and subtitles
    The page head runs to the first table, list item or sentence. Its headline is the
    line a breadcrumb ends with or a ``题：`` repeats, else the first headline-like
    line that is not a short site or section label (质检新闻, 详细信息), the name of the
    body whose page it is above a longer line (青川第一中学, 香港天文台) or a dated page
    label; a headline may exclaim (重磅！…). Lines above it are page furniture (a
    newspaper's or a body's name among them is kept as ``site`` metadata: who reports
    or issues, when nothing else says). A
    dateline's 题：… headline is the title when the lines above it only name the site.
    An 标题：/原标题： field gives the title when no line does; a report without any
    gets one made from its lead (``Document.title_derived``). A title wrapped over two
    or three lines is joined when the wrapped lines are closed by a document number, a
    dateline, a subtitle or an addressee line (``…：``), unless they are a newspaper's
    stacked headline (a kicker of side-by-side phrases above the main line, a subtitle
    with a comma below it): then the main line is the title and the others its
    subtitles. Lines starting with 原标题/副标题/``——`` right after the title are
    subtitles (a 原标题 equal to the title, or a line repeating it, is dropped); a title
    ending in ``——`` takes the next line. The addressee line right after the head
    (各镇、乡人民政府：) is metadata.

Bylines, datelines and trailers
    A line naming only reporters (新华社记者…, 北京日报客户端 | 记者 …, 文/记者 …) is
    author metadata. A story's opening dateline (新华社北京1月20日电, 本报讯（记者…）,
    天气网讯, and in brackets: 〔記者…／臺南報導〕, 【本報訊】) is cut off its first line as
    metadata, with a 题：… headline after it.
    An end mark, an editor's tag, a bracketed source or a closing credit after the last
    sentence of a paragraph ((完)【编辑:…】, （预警信息来源:…）, （天星镇王林）) is cut
    off as metadata too.

Metadata (``Document.meta``)
    Lines starting with a known key and colon: 发布时间/来源/文章来源/信息来源 (date,
    source), 作者/撰稿人/记者 (author), 责任编辑/编辑 (editor, never spoken), 文号
    (docno), 点击次数/访问量/通知类型/抄送 (other); one line may hold several
    (``文章来源：…　发布时间：…`` gives two; beside a known key, 时间/点击/浏览 fields too,
    and a time stamp beyond a bar: ``来源：县林业局 | 2031年03月18日 08:42``), or
    each in brackets (``【发布时间：…】【信息来源：…】``). Time stamps like ``08-09 06:38Wind``,
    a WeChat head (原创 … 2031-05-06 发表于四川), a date and its poster
    (``2031-02-15　青川能源集团``: stamp and source), credits (文字：…　图片：…) and the
    printing line of an official document (…　2031年4月15日印发);
    document numbers like ``国办发〔1997〕2号``; short whole-line notes in brackets
    (``（此件公开发布）``). A date-only line is metadata in the header, under a
    signature (the issuing body's one or two short lines right above it, kind
    ``signature``) or as the last line (or above only metadata and furniture); elsewhere
    it is body text. The issuing body's name alone on the body's last line, under a
    sentence, is an undated signature (a warning's 杭州市气象台). Only the first
    date/source/author/signature is ``spoken``. ``Document.date`` is the date under the
    signature of a signed document (when it was issued; that date line is then the one
    spoken), else the first full date of a date/stamp line (ROC years converted), else one
    in the title, else one in the first sentence of the body.

Dropped (``Document.dropped``)
    Image placeholders and page chrome (``!img``, ``[图片]``, 收藏到…, 打印本页,
    breadcrumbs and menus, copyright and registration lines, previous/next links,
    scan-to-read prompts, figure captions, photo captions (图为…), photo credits, calls to
    subscribe, WeChat buttons (阅读原文, 点个在看), share and font-size bars, a page's
    link, reprint and rights notices, end marks (（完）, 完, END), the headlines listed
    under 相关阅读/往期回顾),
    lines without any letter or digit (``----``), a line that is the same text twice
    (a duplicated image caption) and a caption or heading-like line repeating the
    line before it (a repeated sentence is kept: it is content). Attachment lists
    (附件：1.…, 附件1.… 2.…, …xlsx), a table of contents and the unit line above a
    table (单位：元/公斤, read with the table's figures) are metadata.

Tables (one table block each)
    * two or more consecutive lines with TABs whose cells are all ≤ 40 chars;
    * three or more consecutive lines split by runs of two or more spaces (U+3000,
      NBSP) into short cells (the aligned personnel lists of State Council notices);
    * one cell per line, cells separated by a fixed run of blank lines and rows by a
      longer one (scraped HTML tables; see ``_gap_tables``).
    The first row is the header when its cells are short names, none a bare figure
    (names with digits, 2024年, only above rows of figures).

Headings
    A line is a heading when it starts with a list marker (第一章, 一、, 【…】, （一）,
    第一条, 1、/1., （1）, ●, 一是) and is heading-like: ≤ 40 chars with no sentence-final
    punctuation (a lone trailing 。 is allowed on lines ≤ 16 chars), or two matched
    phrases (一是扩大有效供给，补齐服务短板。) over a long unmarked paragraph. ``- `` bullets
    never make headings; a long marked line is a paragraph. An unmarked short line
    without sentence punctuation (a lone 结语, 趋势预测, a caption, a wrapped annex
    title) is a heading when at most three such lines are followed by a paragraph or
    table. Articles 第…条 are long paragraphs in practice, so they usually are body.
    A long marked heading wrapped onto a second short line is one heading. Bold lead-in
    sub-heads: when body paragraphs open with a short sentence of their own (加强组织领导。
    各区县要…), three of them or two directives, each such sentence is a heading over the rest
    of its paragraph.

Chapters
    A heading opens a chapter; the blocks after it join it until the next heading,
    a metadata line, or a marked paragraph at the same or a higher marker level than
    the heading (``一、…`` long paragraphs after a ``一、`` heading start anew;
    ``（一）…`` paragraphs under a ``二、`` heading stay). Consecutive headings share one
    chapter, unless the second is as high as the first (（三）… then 三、…). Every
    other paragraph or table is a chapter of its own, except that a paragraph ending
    in ``：`` takes the following unmarked paragraph or table (unless both are long
    enough to be chapters: …会议形成以下意见： then one point a paragraph), and a short line
    (< 12 chars) joins the next chapter (or the previous one when a heading, metadata
    or the end follows). A signature with its date closes a document: the chapters
    after it (an annex) are another part (``Chapter.part``), never merged with the
    chapters above. A paragraph is never split here; sizing the chapters for
    listening is :func:`merge_short_chapters`' work: a numbered section is a chapter from
    about twenty seconds of speech (:data:`HEADED_MIN`), other chapters from
    :data:`CHAPTER_MIN`; runs of short paragraphs are grouped towards 180 characters, cut
    before numbered items, new speakers and a transcript's questions, not before a
    paragraph that goes on with the one before (与此同时，…); a section whose headed
    sub-sections pass 500 characters is read in even parts; short sections in a row are
    read together; a paragraph of over a thousand characters is cut at sentence ends; a
    table of twelve rows or more whose rows run in groups (a price table: 主食 … 蔬菜) is
    read in parts, each group of a third of the rows a part of its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from audiobulletin.document.blocks import (
    EDITORS_NOTE_RE,
    Label,
    _attach_units,
    _Item,
    _items,
    _label_contents,
    _label_headings,
    _label_lines,
    _resolve_dates,
    _split_lead_in_heads,
)
from audiobulletin.document.chapters import (
    CHAPTER_MAX,
    CHAPTER_MIN,
    HEADED_MIN,
    _Builder,
    cap_chapters,
    chapter_size,
    is_listing_chapter,
    merge_short_chapters,
)
from audiobulletin.document.header import (
    GIVEN_AT_RE,
    SPEECH_SUBTITLE_RE,
    _header,
    derive_title,
    signed_kind_title,
    split_headline_fields,
    subject_title,
    with_issuers,
)
from audiobulletin.document.lines import (
    _SPEAKABLE_META,
    clean_line,
    is_addressee,
    is_byline,
    is_issuer_line,
    marker_level,
    parse_date,
    parse_time,
    split_dateline,
)
from audiobulletin.document.model import Block, BlockKind, Chapter, Document, MetaLine, Table
from audiobulletin.document.tables import TOTAL_ROW_RE, group_column, is_figure_listing
from audiobulletin.zh import IN_FORCE_RE, TO_BE_HELD_ON, han_count, written_sentences

__all__ = [
    "CHAPTER_MAX",
    "CHAPTER_MIN",
    "GIVEN_AT_RE",
    "HEADED_MIN",
    "SPEECH_SUBTITLE_RE",
    "TOTAL_ROW_RE",
    "Block",
    "BlockKind",
    "Chapter",
    "Document",
    "MetaLine",
    "Table",
    "cap_chapters",
    "chapter_size",
    "clean_line",
    "derive_title",
    "group_column",
    "is_addressee",
    "is_byline",
    "is_figure_listing",
    "is_issuer_line",
    "is_listing_chapter",
    "marker_level",
    "merge_short_chapters",
    "parse",
    "parse_date",
    "parse_time",
    "signers",
    "split_dateline",
]


def parse(text: str) -> Document:
    """Parse report text into a :class:`Document`. Pure: same text, same document.

    The rules are the module's (see its docstring). Nothing is lost: every non-whitespace
    character of ``text`` ends up exactly once in the title, a subtitle, a metadata line, a
    chapter heading, a block's text or ``dropped``; only marks that say nothing go, markup
    (Markdown's ``**``, HTML tags, see :func:`clean_line`) and the brackets a page sets
    round a whole headline (【…】).
    """
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    items = split_headline_fields(_items(text))
    _label_lines(items)
    # an editor's note above the headline (【编者按】…) is read after it, as the story's
    # preface: it is neither the title nor page furniture
    at = next((k for k, item in enumerate(items[:3]) if EDITORS_NOTE_RE.match(item.text)), None)
    note = items.pop(at) if at is not None and at + 1 < len(items) else None
    title, subtitles, start, title_is_line = _header(items)
    head, title = title, subject_title(title, items, start)
    by_subject = title != head  # (a subject's words, said in its own line)
    title_is_line = title_is_line and not by_subject
    title, subtitles = with_issuers(title, subtitles)
    if note is not None:
        items.insert(start, note)
    _drop_title_at_foot(items, start, title)
    _resolve_dates(items, start)
    _label_headings(items, start)
    items = _split_lead_in_heads(items, start)
    _label_contents(items, start)

    kept = _Kept()
    if by_subject:
        kept.dropped.append(head)  # 南屏縣政府　公告: who gives the notice its subject names
    for item in items[:start]:
        kept.add_meta(item.lead)
        if item.label == Label.META:
            kept.add_meta(item.meta)
        elif item.label == Label.DROP:
            kept.dropped.append(item.text)
    _attach_units(items, start)
    chapters = _chapters(items[start:], kept)
    signed = signed_kind_title((), kept.meta, title) if title_is_line else ""
    if signed:
        # (a notice headlined by its kind alone, 拍卖公告, is named with who signs it)
        kept.dropped.append(title)
        title, title_is_line = signed, False
    elif not title_is_line:
        # (a notice headed by who gives it and its kind alone, over the page's archive fields
        # (檔號：, 保存年限：), is named by its subject as one headed under them is)
        title = (
            title
            or signed_kind_title(items[:start], kept.meta)
            or subject_title(derive_title(chapters, kept.meta), items, start)
        )
    date = _document_date(kept.meta, title) or _opening_date(chapters)
    return Document(
        title=title,
        title_derived=bool(title) and not title_is_line,
        subtitles=tuple(subtitles),
        meta=_dated(kept.meta, date),
        date=date,
        chapters=chapters,
        dropped=tuple(kept.dropped),
    )


def _drop_title_at_foot(items: list[_Item], start: int, title: str) -> None:
    """A page may set its headline again at its foot, above its share buttons (…今起开放
    新增步道9.6公里 / 分享到：微信 微博): the title said once, not read again as the last
    words of the story."""
    bare = re.sub(r"\s+", "", title)
    if len(bare) < 6:
        return
    for k in range(len(items) - 1, start - 1, -1):
        if items[k].label == Label.TEXT and items[k].table is None:
            if re.sub(r"\s+", "", items[k].text) == bare:
                items[k].label = Label.DROP
            return


@dataclass
class _Kept:
    """What the document keeps besides its chapters: the metadata lines in order (the first
    of each speakable kind marked spoken) and the dropped lines."""

    meta: list[MetaLine] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)
    spoken_kinds: set[str] = field(default_factory=set)

    def add_meta(self, segments: list[tuple[str, str]]) -> None:
        for kind, segment in segments:
            spoken = kind in _SPEAKABLE_META and kind not in self.spoken_kinds
            if spoken:
                self.spoken_kinds.add(kind)
            self.meta.append(MetaLine(kind, segment, spoken))


def _chapters(items: Sequence[_Item], kept: _Kept) -> tuple[Chapter, ...]:
    """The body's lines as chapters: a heading opens one, a metadata line closes it, and a
    date under a signature ends the document's part (see the module's rules)."""
    builder = _Builder()
    for item in items:
        kept.add_meta(item.lead)
        if item.label == Label.DROP:
            kept.dropped.append(item.text)
        elif item.label == Label.META:
            kept.add_meta(item.meta)
            if any(kind == "date" for kind, _ in item.meta) and _signed(kept.meta):
                builder.end_part()
            elif not all(kind == "unit" for kind, _ in item.meta):
                # (a table's unit line, between its caption and the table, closes nothing)
                builder.close_chapter()
        elif item.label == Label.TABLE and item.table is not None:
            builder.block(item.table, None)
        elif item.label == Label.HEADING:
            builder.heading(item.text, item.level or 0)
        else:
            builder.block(Block("paragraph", item.text), item.level)
    return tuple(builder.finish())


def _signed(meta: Sequence[MetaLine]) -> bool:
    """The date just added closes a signature (落款): the document above it ends there."""
    return any(line.kind == "signature" for line in meta[-3:-1])


def _signed_above(meta: Sequence[MetaLine], k: int) -> list[int]:
    """Where the signature lines stand right above ``meta[k]`` (one issuing body a line)."""
    start = k
    while start and meta[start - 1].kind == "signature":
        start -= 1
    return list(range(start, k))


def signers(meta: Sequence[MetaLine]) -> list[int]:
    """Where in ``meta`` the signature lines stand right above the first date they close:
    who signed the document, [] when it is not signed."""
    return next(
        (run for k, m in enumerate(meta) if m.kind == "date" and (run := _signed_above(meta, k))),
        [],
    )


def _dated(meta: Sequence[MetaLine], date: str | None) -> tuple[MetaLine, ...]:
    """``meta`` with the date line that gives the document's date as the one spoken (the
    date under a signature, when that is it, rather than a page's 发布日期 above), and
    the issuers signing right above it said with it."""
    lines = [(k, m) for k, m in enumerate(meta) if m.kind == "date"]
    chosen = next((k for k, m in lines if date and parse_date(m.text) == date), None)
    if chosen is None or meta[chosen].spoken:
        return tuple(meta)
    above = set(_signed_above(meta, chosen))
    return tuple(
        replace(m, spoken=k == chosen)
        if m.kind == "date"
        else replace(m, spoken=k in above)
        if m.kind == "signature" and above
        else m
        for k, m in enumerate(meta)
    )


def _opening_date(chapters: Sequence[Chapter]) -> str | None:
    """The full date the first sentence gives (青川市气象台2031年7月8日16时05分发布…): when a
    report with no dateline says it happened or was issued."""
    if not chapters or chapters[0].heading or chapters[0].blocks[0].kind != "paragraph":
        return None  # a body that opens with a section (一、演练时间) opens no story
    sentences = written_sentences(chapters[0].blocks[0].text)
    if not sentences or han_count(sentences[0]) < 16:
        return None  # a date on its own, or nearly, is an entry of a schedule
    return _day_of_report(sentences[0])


def _day_of_report(text: str) -> str | None:
    """The full date ``text`` gives as the day of the report: never the day of an event yet
    to come, nor the day a rule takes effect from (比赛将于2031年10月26日举行, 自2031年5月1日起
    施行), nor one that ends or bounds a period (截至2031年9月30日止)."""
    if _FUTURE_DAY_RE.search(text) or IN_FORCE_RE.search(text):
        return None
    return parse_date(_BOUND_DAY_RE.sub("", text))


#: A day that ends or bounds a period: 截至2031年9月30日, 2031年9月30日止, 2031年9月30日前,
#: or opens one (从2031年1月1日起 a pension is raised: the day a rule applies from), or both
#: days of a span (cars built from 2029年3月1日至2030年12月31日).
_WRITTEN_DAY = r"(?:\d{4}|(?:民國|民国)?\s*\d{2,3})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号]"
_BOUND_DAY_RE = re.compile(
    rf"{_WRITTEN_DAY}\s*(?:至|到|[-－—–~～]{{1,2}})\s*"
    r"(?:\d{4}\s*年\s*)?(?:\d{1,2}\s*月\s*)?\d{1,2}\s*[日号]"
    rf"|(?:截至|截止|截止到|截至到)\s*{_WRITTEN_DAY}\s*(?:止|前)?"
    rf"|{_WRITTEN_DAY}\s*(?:止|前|以前|之前|以来|起|开始|以后|之后)"
    # (…its weekday and hour between: 自113年9月25日(三)上午9時起至10月4日(五)下午5時止)
    rf"|自\s*{_WRITTEN_DAY}\s*(?:[（(][一二三四五六日天][)）])?"
    r"\s*(?:(?:上午|下午|中午|晚上|早上)?\s*\d{1,2}\s*[时時:：](?:\s*\d{1,2}\s*分?)?)?\s*(?:起|開始|开始)"
)


#: A day an event is yet to be held on: 将于2031年10月26日, 定于3月5日, 將於民國120年3月5日.
_FUTURE_DAY_RE = re.compile(
    rf"(?:{TO_BE_HELD_ON}|将在|將在)\s*(?:\d{{4}}年|\d{{4}}-|(?:民國|民国)?\s*\d{{2,3}}年)"
)


def _document_date(meta: Sequence[MetaLine], title: str) -> str | None:
    """The date the document is from: the date under its signature (落款) when it is signed,
    since that is when it was issued (a web page's 发布日期 is only when it was posted);
    else the first full date of its metadata (a dateline's too), else the title's."""
    for k, line in enumerate(meta):
        if line.kind == "date" and _signed(meta[: k + 1]):
            iso = parse_date(line.text)
            if iso:
                return iso
    for line in meta:
        # (a dateline gives it when it has its year: 【2031年4月22日，中国·南屏】)
        if line.kind in ("date", "stamp", "dateline"):
            iso = parse_date(line.text)
            if iso:
                return iso
    return _day_of_report(title)
