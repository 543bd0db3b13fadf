"""Document -> :class:`Script`: the words that will be spoken, chapter by chapter.

The script is the contract between the text half and the speech half: ``spoken`` is exactly
what an engine is given, and ``sentences`` is the same text cut at sentence ends (one clip and
one transcript cue each), so ``"".join(sentences) == spoken``.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from audiobulletin.document import (
    GIVEN_AT_RE,
    SPEECH_SUBTITLE_RE,
    Chapter,
    Document,
    Table,
    cap_chapters,
    group_column,
    is_addressee,
    is_figure_listing,
    is_listing_chapter,
    merge_short_chapters,
    parse_date,
    parse_time,
    signers,
)
from audiobulletin.zh import (
    CIRCLED_NUMBERS,
    ELLIPSIS,
    FULL_STOPS,
    HAN,
    META_KEYS,
    REPORTING_CLAUSE_RE,
    SCENE_CLAUSE_RE,
    SENTENCE_ENDS,
    TO_BE_HELD_ON,
    ends_sentence,
    han_count,
    split_sentences,
    split_written,
    tagged_words,
    voiced_chars,
    without_marks,
    written_sentences,
)


@dataclass(frozen=True)
class Segment:
    """One chapter of the bulletin.

    ``chapter`` is its title (at most 16 Han characters, distinct in the bulletin),
    ``text`` the segment as written in the report (empty for the intro), ``spoken`` the
    normalised text an engine speaks, ``sentences`` that text cut into sentences.

    ``written`` is what a reader sees while the segment plays: the written sentences (the
    intro's too, and a table as the rows it is read as), a block's last sentence ending in
    ``\n``. ``written_spans`` has one entry per spoken sentence: the first and last index in
    ``written`` of the sentences it was made from (a long written sentence may be spoken as
    several, and a line ending in ： is spoken with the next), so a transcript can show the
    written text and follow the voice sentence by sentence.
    """

    chapter: str
    text: str
    spoken: str
    sentences: tuple[str, ...]
    written: tuple[str, ...] = ()
    written_spans: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class Script:
    """The whole bulletin as spoken text. ``intro`` is None when the intro is turned off."""

    title: str
    intro: Segment | None
    segments: tuple[Segment, ...]
    date: str | None = None
    warnings: tuple[str, ...] = field(default=())
    notes: tuple[str, ...] = field(default=())
    """What the script did to the report's shape that a user should know (chapters merged to
    fit the MP3's chapter table), as opposed to text that was not read."""
    source: str | None = None
    """The report's source line as written (e.g. ``来源：省气象台``), for pages and feeds."""
    time: str | None = None
    """The clock time (``HH:MM``, Beijing time) given with the report's date, if any."""

    @property
    def chapters(self) -> tuple[Segment, ...]:
        """Every segment in speaking order, the intro first."""
        return ((self.intro,) if self.intro else ()) + self.segments

    def to_dict(self) -> dict[str, Any]:
        """The JSON contract of ``audiobulletin script --json``."""
        return {
            "title": self.title,
            "date": self.date,
            "intro": (
                {
                    "chapter": self.intro.chapter,
                    "spoken": self.intro.spoken,
                    "sentences": list(self.intro.sentences),
                }
                if self.intro
                else None
            ),
            "segments": [
                {
                    "chapter": s.chapter,
                    "text": s.text,
                    "spoken": s.spoken,
                    "sentences": list(s.sentences),
                }
                for s in self.segments
            ],
            "warnings": list(self.warnings),
            "notes": list(self.notes),
        }


#: Chapter title of the intro; kept distinct from the report's own chapter titles.
INTRO_CHAPTER = "内容提要"
#: Chapters a bulletin may have, the intro included: an ID3 table of contents (CTOC) counts
#: its entries in one byte, and no listener skips through more anyway.
MAX_CHAPTERS = 255
#: The map of what follows lists chapter names only up to this many chapters.
MAP_MAX_NAMES = 6


def build_script(doc: Document, *, intro: bool = True, max_sentence_chars: int = 80) -> Script:
    """Turn a parsed report into the bulletin script.

    Rules:
    - The document's chapters are first sized for listening
      (:func:`audiobulletin.document.merge_short_chapters`); each becomes one segment. Its
      ``text`` is the chapter as written (heading line, then each block); its ``spoken``
      form is the heading followed by the blocks, tables read row by row with their column
      names (see :func:`table_reading`), all normalised once by
      :func:`audiobulletin.normalize.to_spoken`. A chapter of tables of long figures is
      announced, without its caption and notes.
    - The intro is a radio opener within 150 characters (about half a minute): the title,
      the date and issuer (never a field line or a clock time), up to four key facts (at
      most 120 characters, what the rest leaves) from the report itself
      (never its first sentence word for word, never the headline again) and a map of the
      chapters (see :func:`_intro_parts`).
    - Nothing is lost without a word: every normaliser warning, every line the document
      dropped, and every metadata line that is not spoken ends up in ``warnings``.
    """
    from audiobulletin.titles import chapter_titles

    warnings: list[str] = []
    notes: list[str] = []
    doc = replace(doc, chapters=_listenable_chapters(doc, intro, warnings, notes))
    titles = _named_titles(chapter_titles(doc.chapters, headline=doc.title), doc)
    segments = tuple(
        _segment(
            title,
            title,
            _chapter_written_for_speech(chapter),
            _chapter_parts(chapter),
            chapter_text(chapter),
            max_sentence_chars,
            warnings,
        )
        for chapter, title in zip(doc.chapters, titles, strict=True)
    )
    intro_segment = None
    parts = _intro_parts(doc, titles) if intro else []
    if any(voiced_chars(part) for part in parts):  # a report of one short line has none
        intro_segment = _segment(
            _distinct_intro_title(titles),
            INTRO_CHAPTER,
            "".join(parts),
            [(p, p) for p in parts],
            "",
            max_sentence_chars,
            warnings,
        )
    warnings.extend(_unread(doc, intro))
    return Script(
        title=doc.title,
        intro=intro_segment,
        segments=segments,
        date=doc.date,
        warnings=tuple(warnings),
        notes=tuple(notes),
        source=next((m.text for m in doc.meta if m.kind == "source"), None),
        time=_report_time(doc),
    )


def _named_titles(titles: list[str], doc: Document) -> list[str]:
    """Chapter titles with 我省/我市/我局 said as the province, city or office they are (我省
    扎实做好各项防汛准备工作 -> 河北省扎实做好…), as the intro says them: a listener
    elsewhere would hear their own province. Only where the title stays within 16
    characters and distinct."""
    from audiobulletin.summary import visible_len
    from audiobulletin.titles import HARD_MAX_VISIBLE

    out = []
    for title in titles:
        named = named_units(title, doc)
        fits = visible_len(named) <= HARD_MAX_VISIBLE and named not in titles and named not in out
        out.append(named if fits else title)
    return out


def _listenable_chapters(
    doc: Document, intro: bool, warnings: list[str], notes: list[str]
) -> tuple[Chapter, ...]:
    """The document's chapters sized for listening and capped to what the MP3's chapter
    table holds; what is not read, and why the chapters were joined, is added to
    ``warnings`` and ``notes``."""
    chapters = []
    for chapter in merge_short_chapters(doc.chapters):
        if is_listing_chapter(chapter):
            # a table of figures is announced, and so are not its caption and notes
            unread = ([chapter.heading] if chapter.heading else []) + [
                b.text for b in chapter.blocks if b.table is None
            ]
            warnings.extend(f"未朗读（数据表说明）：{line}" for line in unread)
            chapter = Chapter(None, tuple(b for b in chapter.blocks if b.table is not None))
        chapters.append(chapter)
    most = MAX_CHAPTERS - (1 if intro else 0)
    if len(chapters) > most:
        notes.append(
            f"the report has {len(chapters)} chapters and a bulletin at most {MAX_CHAPTERS} "
            f"(the MP3's chapter table holds no more): neighbouring chapters are read as "
            f"one, {most} in all; every word is still read."
        )
        chapters = cap_chapters(chapters, most)
    return tuple(chapters)


def _segment(
    chapter: str,
    warn_as: str,
    for_speech: str,
    parts: list[tuple[str, str]],
    text: str,
    max_sentence_chars: int,
    warnings: list[str],
) -> Segment:
    """One segment: ``for_speech`` normalised once and cut into sentences, each traced back
    to the written sentences of ``parts`` (see :func:`align_written`); the normaliser's
    warnings are added to ``warnings`` under ``warn_as``."""
    from audiobulletin.normalize import to_spoken

    spoken = to_spoken(for_speech)
    warnings.extend(f"「{warn_as}」：{w}" for w in spoken.warnings)
    sentences = tuple(split_sentences(spoken.text, max_sentence_chars))
    written, spans = align_written(parts, spoken.text, sentences)
    return Segment(
        chapter=chapter,
        text=text,
        spoken=spoken.text,
        sentences=sentences,
        written=written,
        written_spans=spans,
    )


def _unread(doc: Document, intro: bool) -> list[str]:
    """A warning for every line that is not read: dropped lines, figure tables (only
    announced) and metadata not spoken in the intro."""
    warnings = [f"未朗读（非正文）：{line}" for line in doc.dropped]
    for chapter in doc.chapters:
        for block in chapter.blocks:
            if block.table is not None and is_figure_listing(block.table):
                first = "，".join(c for c in block.table.rows[0] if c.strip())
                warnings.append(
                    f"未朗读（数据表，{len(block.table.rows)}行，只报表格）：第一行 {first}"
                )
    for meta in doc.meta:
        if meta.kind == "unit":
            continue  # read with the table's figures
        if not (intro and meta.spoken):
            warnings.append(f"未朗读（{_META_NAMES.get(meta.kind, '元数据')}）：{meta.text}")
    if not intro:
        warnings.append(f"未朗读（标题，已关闭内容提要）：{doc.title}")
    return warnings


def _report_time(doc: Document) -> str | None:
    """The time given on the line that dates the report (``发布时间：… 09:30``)."""
    for meta in doc.meta:
        if meta.kind in ("date", "stamp") and parse_date(meta.text) == doc.date:
            return parse_time(meta.text)
    return None


_META_NAMES = {
    "date": "日期",
    "source": "来源",
    "author": "作者",
    "editor": "编辑",
    "stamp": "时间戳",
    "docno": "文号",
    "dateline": "电头",
    "addressee": "称谓",
    "annex": "附件名",
    "toc": "目录",
    "title": "标题",
    "signature": "落款",
    "site": "网站名",
    "speaker": "讲话人",
    "other": "元数据",
}


def chapter_text(chapter: Chapter) -> str:
    """The chapter as written: heading line, then each block, one per line."""
    parts = ([chapter.heading] if chapter.heading else []) + [b.text for b in chapter.blocks]
    return "\n".join(parts)


def _chapter_written_for_speech(chapter: Chapter) -> str:
    """Heading and blocks as one written text, ready for the normaliser.

    The heading ends with a full stop so it is spoken as its own sentence with a pause.
    """
    parts: list[str] = []
    if chapter.heading:
        parts.append(_end_sentence(chapter.heading))
    for block in chapter.blocks:
        if block.kind == "table" and block.table is not None:
            parts.append(table_reading(block.table))
        else:
            parts.append(_end_sentence(block.text))
    return "".join(parts)


def _chapter_parts(chapter: Chapter) -> list[tuple[str, str]]:
    """Each block of the chapter as (shown, spoken-as-written), in the order of
    :func:`_chapter_written_for_speech`: a heading or paragraph is shown as written (without
    the full stop added for speech), a table as the rows it is read as."""
    parts: list[tuple[str, str]] = []
    if chapter.heading:
        parts.append((chapter.heading.strip(), _end_sentence(chapter.heading)))
    for block in chapter.blocks:
        if block.kind == "table" and block.table is not None:
            reading = table_reading(block.table)
            parts.append((reading, reading))
        else:
            parts.append((block.text.strip(), _end_sentence(block.text)))
    return parts


def align_written(
    parts: list[tuple[str, str]], spoken: str, sentences: tuple[str, ...]
) -> tuple[tuple[str, ...], tuple[tuple[int, int], ...]]:
    """The written sentences of ``parts`` and, for each spoken sentence, the first and last
    written sentence it was made from.

    Each block is cut with :func:`audiobulletin.zh.split_written` (the splitter that cut
    ``sentences`` out of ``spoken``) and every written sentence is normalised on
    its own; their spoken forms laid end to end give the offset at which each written
    sentence starts in ``spoken``: a spoken sentence spans from the written sentence in
    which its first character lies to the last written sentence that starts inside it.
    Normalisation is local (a number, a date, a URL never spans a sentence end), so the
    pieces nearly always add up to ``spoken``; where a rule looked across a sentence end and
    they do not, the offsets are matched with :mod:`difflib`.
    """
    from audiobulletin.normalize import to_spoken

    shown: list[str] = []
    pieces: list[str] = []  # spoken form of each written sentence
    for display, for_speech in parts:
        written = split_written(for_speech)
        if not written:
            continue
        added = for_speech.endswith("。") and not display.endswith("。")
        for k, piece in enumerate(written):
            pieces.append(to_spoken(piece).text)
            is_last = k == len(written) - 1
            shown.append(
                (piece[:-1] if is_last and added else piece).rstrip("\n")
                + ("\n" if is_last else "")
            )
    if shown:
        shown[-1] = shown[-1].rstrip("\n")
    starts: list[int] = []
    pos = 0
    for piece in pieces:
        starts.append(pos)
        pos += len(piece)
    joined = "".join(pieces)
    to_joined = (lambda offset: offset) if joined == spoken else _offset_map(spoken, joined)
    spans: list[tuple[int, int]] = []
    offset = 0
    for sentence in sentences:
        lead = len(sentence) - len(sentence.lstrip())
        first = bisect.bisect_right(starts, to_joined(offset + lead)) - 1
        offset += len(sentence)
        last = bisect.bisect_left(starts, to_joined(offset)) - 1
        first = max(0, min(first, len(shown) - 1))
        spans.append((first, max(first, min(last, len(shown) - 1))))
    return tuple(shown), tuple(spans)


def _offset_map(a: str, b: str) -> Callable[[int], int]:
    """Map an offset in ``a`` to the matching offset in ``b`` (nearest matched character)."""
    import difflib

    anchors: list[tuple[int, int]] = [(0, 0)]
    for block in difflib.SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks():
        if block.size:
            anchors.append((block.a, block.b))
    keys = [x for x, _ in anchors]

    def to_b(offset: int) -> int:
        ai, bi = anchors[bisect.bisect_right(keys, offset) - 1]
        return bi + (offset - ai)

    return to_b


def table_reading(table: Table) -> str:
    """How a table is read aloud: row by row, each cell with its column name.

    A listener cannot hold a grid of numbers in mind, so a table is never read as a run of
    cells. It is announced with its size, then each row is one sentence:
    ``表格共三行。第1行，城市：青川市，累计雨量：96.2毫米。`` When the table has no header row,
    the cells of a row are read in order, separated by pauses. Empty cells are left out
    (they say nothing); in a column of changes (变动幅度, 涨跌, 同比…) a zero or ``--`` is
    持平 and a sign is a direction (``-4.53%`` -> 下降4.53%); elsewhere ``--`` is 无. The
    unit of a ``单位：`` line above the table, of the row's 单位 column, of the row's name
    (``产量(万吨)``) or of the column's name (``增长(%)``) follows each bare figure
    (本期均价：2.19元/500克, 增长：8.9%), and the 单位 column is not read on its own.
    (Written form: the normaliser turns the digits into words afterwards.)
    """
    rows = table.rows
    if is_figure_listing(table):
        return f"这里有一张共{_count_words(len(rows))}行的数据表，数字繁多，不逐行播读。"
    out = [f"表格共{len(rows)}行。"]
    unit_column = next(
        (
            k
            for k, name in enumerate(table.header)
            if _UNIT_COLUMN_RE.match(name.strip())
            and all(_UNIT_CELL_RE.match(r[k].strip()) for r in rows if len(r) > k and r[k].strip())
        ),
        None,
    )
    for i, row in enumerate(rows, 1):
        width = max(len(row), len(table.header))
        # a cell's own trailing mark (正常波动;) ends nothing: the row's sentence ends it
        cells = [c.strip().rstrip("；;，,、") for c in row] + [""] * (width - len(row))
        names = [n.strip() for n in table.header]
        if len(names) == width - 1:
            names = ["", *names]  # a header with no name above the row names
        names += [""] * (width - len(names))
        unit = table.unit
        if unit_column is not None and cells[unit_column]:
            unit = cells[unit_column]  # the row's unit goes with its figures
        row_name, row_unit = _name_and_unit(cells[0])
        if row_unit and not any(_BARE_NUMBER_RE.match(c) for c in cells[:1]):
            unit, cells[0] = row_unit, row_name  # 地区生产总值(亿元): the row's figures in 亿元
        pairs = []
        for k, (name, cell) in enumerate(zip(names, cells, strict=True)):
            if k == unit_column and unit == cell:
                continue
            name, column_unit = _name_and_unit(name)  # 增长(%): the column's figures in %
            spoken = _cell_reading(cell, name, column_unit or unit)
            if spoken:
                pairs.append(f"{name}：{spoken}" if name and table.header else spoken)
        out.append(f"第{i}行，" + "，".join(pairs or ["空"]) + "。")
    return "".join(out)


#: A change as written in a change column: -4.53%, +2.1, 0.00%.
_CHANGE_VALUE_RE = re.compile(r"^([+\-−]?)\s*(\d+(?:\.\d+)?)\s*(%?)$")


def _tables(doc: Document) -> list[Table]:
    """The document's tables, a table read in parts (one chapter per group of rows, marked
    by ``Table.grouped_by``) whole again: its parts follow one another."""
    tables: list[Table] = []
    for table in (b.table for c in doc.chapters for b in c.blocks if b.table is not None):
        last = tables[-1] if tables else None
        if (
            last
            and table.grouped_by is not None
            and last.grouped_by == table.grouped_by
            and last.header == table.header
        ):
            tables[-1] = Table(table.header, last.rows + table.rows, table.unit, table.grouped_by)
        else:
            tables.append(table)
    return tables


def table_summary(table: Table) -> str:
    """What a table of changes says, in one sentence for the intro, from its own cells:
    how many rows rose, fell and held, and the largest fall and rise with their rows'
    names (``表中共二十三项，三项上涨、十项下降、十项持平；降幅最大的是黄瓜，下降15.58%；涨幅
    最大的是仔猪，上涨2.93%。``). "" for a table without a column of signed changes, or
    without a header to find it by. A report that is only a price table has nothing else
    for its intro to say."""
    column = next(
        (k for k, name in enumerate(table.header) if k and _CHANGE_COLUMN_RE.search(name)), None
    )
    if column is None or len(table.rows) < 2:
        return ""
    ups: list[tuple[float, str, str]] = []
    downs: list[tuple[float, str, str]] = []
    held = 0
    # 环比涨跌(%): the column's figures are percentages though its cells say only 5.04
    percent = "%" if _name_and_unit(table.header[column])[1] in ("%", "％") else ""
    for row in table.rows:
        cell = row[column].strip() if column < len(row) else ""
        name = row[0].strip() if row else ""
        move = _move(cell, table.header[column])
        if move == 0:
            held += 1
        elif move and name and (m := _CHANGE_VALUE_RE.match(cell)):
            figure = re.sub(r"\.0+$|(\.\d*?)0+$", r"\1", m.group(2))  # 20.00 -> 20
            value = figure + (m.group(3) or percent)
            (downs if move < 0 else ups).append(
                (float(m.group(2)), re.sub(f"[{CIRCLED_NUMBERS}]", "", name), value)
            )
    if not ups and not downs:
        return ""
    counts = [f"{len(ups)}项上涨"] * bool(ups) + [f"{len(downs)}项下降"] * bool(downs)
    counts += [f"{held}项持平"] * bool(held)
    out = f"表中共{len(table.rows)}项，" + "、".join(counts)
    groups = _group_trends(table, column)
    if groups:
        out += "；" + groups
    if downs:
        _, name, value = max(downs)
        out += f"；降幅最大的是{name}，下降{value}"
    if ups:
        _, name, value = max(ups)
        out += f"；涨幅最大的是{name}，上涨{value}"
    return out + "。"


def _group_trends(table: Table, column: int) -> str:
    """How each group of rows moved, where a column sorts the rows into groups (主食, 食用油,
    蔬菜 …): ``主食类、食用油类持平，蔬菜类普遍下降``. A group is said to hold when every row
    of it holds, and to fall (or rise) generally when two thirds of its rows or more do;
    groups of one row, and mixed ones, are not said. "" without such a column."""
    rows = [r for r in table.rows if len(r) > column]
    heading = table.header[column]
    k = group_column(Table(table.header, tuple(rows), table.unit))
    if k is not None and k != column:
        cells = [r[k].strip() if k < len(r) else "" for r in rows]
        names = list(dict.fromkeys(cells))
        held, fell, rose = [], [], []
        for name in names:
            in_group = [r for r, c in zip(rows, cells, strict=True) if c == name]
            found = [_move(r[column].strip(), heading) for r in in_group]
            moves = [m for m in found if m is not None]
            if len(moves) < 2 or len(moves) < len(found):
                continue
            if all(m == 0 for m in moves):
                held.append(name)
            elif sum(m < 0 for m in moves) * 3 >= 2 * len(moves):
                fell.append(name)
            elif sum(m > 0 for m in moves) * 3 >= 2 * len(moves):
                rose.append(name)
        said = [
            "、".join(f"{n}类" for n in group) + verb
            for group, verb in ((held, "持平"), (fell, "普遍下降"), (rose, "普遍上涨"))
            if group
        ]
        return "，".join(said)
    return ""


def _move(cell: str, column: str) -> int | None:
    """-1, 0 or 1: whether a cell of the column of changes named ``column`` says a fall, no
    change or a rise (``-4.53%``, ``--``, ``+2.93%``). An unsigned change is a rise under a
    name without a direction (变动幅度 2.93%); under one with a direction (降幅 3.2%), and for
    a cell that says none of these, None."""
    m = _CHANGE_VALUE_RE.match(cell)
    if cell in _EMPTY_MARKS or (m and float(m.group(2)) == 0):
        return 0
    if not m or not (m.group(1) or _NEUTRAL_CHANGE_RE.search(column)):
        return None
    return -1 if m.group(1) in ("-", "−") else 1


_UNIT_SUFFIX_RE = re.compile(r"^(.+?)\s*[（(]\s*([^（）()\d]{1,6})\s*[)）]$")


#: The row that adds a table up: 合计, 总计, 共计 (spaced out or not, in either script).
_TOTAL_ROW_RE = re.compile(r"^(?:合|总|總|共)\s*(?:计|計)$")
#: A total says this many of its figures: more are a table, not a sentence.
_TOTAL_FIGURES = 2


def total_row(table: Table) -> str:
    """What a table adds up to, as a sentence for the intro from its total row: 合計：名額390人，
    合計2,000,000元. "" for a table without one. An editor gives a table's totals, not its
    rows: the rows are read in its chapter."""
    row = next((r for r in table.rows if r and _TOTAL_ROW_RE.match(r[0].strip())), None)
    if row is None:
        return ""
    said = []
    for name, cell in zip(table.header[1:], row[1:], strict=False):
        cell = cell.strip()
        if not cell or cell in _EMPTY_MARKS or not re.search(r"\d", cell):
            continue
        name, unit = _name_and_unit(name.strip())
        if _TOTAL_ROW_RE.match(name):
            name = ""  # 合計 over the column of sums: the row already says it
        # a column without its own unit takes the table's (单位：万元 above the table)
        unit = unit or (table.unit if _BARE_NUMBER_RE.match(cell) else "")
        said.append(f"{name}{cell}{unit if cell[-1].isdigit() else ''}")
        if len(said) == _TOTAL_FIGURES:
            break
    return f"{row[0].strip()}：{'，'.join(said)}。" if said else ""


def _name_and_unit(text: str) -> tuple[str, str]:
    """``增长(%)`` -> (增长, %); ``产量（万吨）`` -> (产量, 万吨); else (text, ""): a word in
    brackets that is no unit says what kind (猪肉(精瘦)) and stays in the name."""
    m = _UNIT_SUFFIX_RE.match(text)
    return (m.group(1), m.group(2)) if m and _UNIT_CELL_RE.match(m.group(2)) else (text, "")


#: A change column whose name gives no direction: 变动幅度, 涨跌, 增减.
_NEUTRAL_CHANGE_RE = re.compile(r"变动|涨跌|变化|增减|升降|^幅度|比上期|较上期")
_UNIT_COLUMN_RE = re.compile(r"^(?:计量|价格|金额)?单位$")
#: A unit of measure as a 单位 column gives it (元/公斤, 元/盒, 万元, 吨, kg): a 单位 column of
#: work units (青川市第一中学) is read as any other column.
_UNIT_CELL_RE = re.compile(
    r"^(?:[^/／]{1,4}[/／][^/／]{1,6}"
    r"|[元角分吨斤克两米亩顷里升个人件台辆户次项只头株套箱袋瓶份张本条千百万亿公市平方立标瓦时度盒包桶罐支双块"
    r"%％‰A-Za-z]{1,5})$"
)
_CHANGE_COLUMN_RE = re.compile(
    r"幅|涨跌|变动|变化|增减|升降|同比|环比|增长|增幅|降幅|比上期|较上期"
)
_ZERO_RE = re.compile(r"^[+\-−]?0+(?:\.0+)?%?$")
_EMPTY_MARKS = frozenset({"--", "-", "—", "——", "－", "/", "／"})
_BARE_NUMBER_RE = re.compile(r"^[+\-−]?\d[\d,]*(?:\.\d+)?$")


def _cell_reading(cell: str, column: str, unit: str) -> str:
    """One cell as read in its column (see :func:`table_reading`)."""
    change = bool(column and _CHANGE_COLUMN_RE.search(column))
    if not cell:
        return ""
    cell = re.sub(r"^([+\-−]?\d+)\.0+(?=%?$)", r"\1", cell)  # 5.00% is said 百分之五
    if change and (cell in _EMPTY_MARKS or _ZERO_RE.match(cell)):
        return "持平"
    if cell in _EMPTY_MARKS:
        return "无"
    if unit in ("%", "％", "‰") and _BARE_NUMBER_RE.match(cell):
        cell += unit  # a percentage column: 8.9 is 8.9%
        unit = ""
    if change and re.match(r"^[+\-−]\s*\d", cell):
        return ("下降" if cell[0] in "-−" else "上升") + cell[1:].strip()
    if change and _NEUTRAL_CHANGE_RE.search(column) and re.match(r"^\d[\d,.]*%?$", cell):
        return "上升" + cell  # an unsigned change is a rise where the name has no direction
    if unit and _BARE_NUMBER_RE.match(cell) and not change:
        return cell + unit
    return cell


#: What may end a line of the intro as written: a sentence end, an ellipsis, a colon, or the
#: closing quote or bracket after one of them.
def _end_sentence(text: str) -> str:
    """``text`` ending a sentence, so the intro pauses after it: 。 added where it ends in
    none, looking through a closing quote or bracket (…称为“数字第一城” and 考试时间：第十周
    （11月7—9日） get one; 他说：“任务已经完成。” does not)."""
    text = text.strip().rstrip("—－-~～").rstrip()  # a headline's dash awaits its subtitle
    if re.search(r"[A-Za-z][.!?]$", text):
        return text  # a sentence in English has its own stop: …this year.
    if text and not ends_sentence(text, SENTENCE_ENDS + ELLIPSIS + "：:"):
        text += "。"
    return text


def _count_words(n: int) -> str:
    """A count as a Chinese numeral for the chapter map (两 for 2, as it is said: 两个部分)."""
    from audiobulletin.normalize import read_cardinal

    return "两" if n == 2 else read_cardinal(n, liang=True)


def _intro_parts(doc: Document, titles: list[str]) -> list[str]:
    """The intro's written lines, each ending a sentence, in the order of a radio opener:
    what this is (the title), when and from whom, the key facts, then the map.

    The whole intro stays within :data:`INTRO_MAX_VISIBLE` characters: the key facts get
    what the title, the dateline and the map leave (at most 120). It never reads metadata
    lines as written (no 发布时间：, no clock time), never the headline twice, and never
    the sentence that opens the first chapter word for word: a key point that is that
    sentence is cut to its head clause, or left out.
    """
    from audiobulletin.summary import HARD_CAP_CHARS, names_group_head, visible_len

    parts = [_end_sentence(doc.title)] if doc.title else []
    when = when_and_who(doc)
    speech = _speech_said(doc, doc.title) if doc.title.startswith("在") else ""
    if speech and not doc.subtitles:
        # 在全市经济工作会议上的讲话 under 市长 何振宇: the title said once, with who gave it
        speech, when = _given_on(speech, when, doc)
        parts = [_end_sentence(speech)]
    for subtitle in doc.subtitles:
        if _SAID_BEFORE_RE.match(subtitle):
            continue
        speech, when = _given_on(_speech_said(doc, subtitle), when, doc)
        parts.append(_end_sentence(speech or subtitle))
    if when:
        parts.append(when + "。")
    mappable = [t for t, c in zip(titles, doc.chapters, strict=True) if _mappable(t, c)]
    names = list(mappable)
    mapping = _chapter_map(names, total=len(titles))
    fixed = sum(visible_len(p) for p in parts) + visible_len(mapping)
    while len(names) > 2 and INTRO_MAX_VISIBLE - fixed < MIN_POINTS_CHARS:
        names = names[:-1]
        shorter = _chapter_map(names, total=len(titles))
        fixed += visible_len(shorter) - visible_len(mapping)
        mapping = shorter
    # less the full stops the points may gain
    budget = min(HARD_CAP_CHARS, INTRO_MAX_POINTS, INTRO_MAX_VISIBLE - fixed - 3)
    # what the points could have were the map to name no chapter
    bare = fixed - visible_len(mapping) + visible_len(_chapter_map([], total=len(titles)))
    roomier = min(HARD_CAP_CHARS, INTRO_MAX_POINTS, INTRO_MAX_VISIBLE - bare - 3)
    # a list of a group's members gives its head (国务院副总理韩正任组长)
    pieces: list[tuple[bool, str]] = []  # (whether it opens its chapter, its text)
    for c in doc.chapters:
        # what a table adds up to, where it has a total row and names no group's head
        totals = {
            k: total_row(b.table)
            for k, b in enumerate(c.blocks)
            if b.table and not names_group_head(b.text)
        }
        read = [
            (k, b)
            for k, b in enumerate(c.blocks)
            if b.kind == "paragraph"
            or (b.kind == "table" and names_group_head(b.text))
            or totals.get(k)
        ]
        for n, (k, b) in enumerate(read):
            # a section opens with its chapter, under a heading's line that a joined
            # chapter holds, or where a numbered list starts again
            leads = not _heading_like(b.text) and (
                n == 0
                or (k > 0 and _heading_like(c.blocks[k - 1].text))
                or bool(_FIRST_ITEM_RE.match(b.text))
            )
            if totals.get(k):
                pieces.append((False, totals[k]))
                continue
            said = _labelled(c.blocks[k - 1].text if k else c.heading, b.text)
            if said == b.text and (label := _lead_in_label(b.text)):
                said = _labelled(*label)  # 一、接种时间。2031年10月8日起…: under its own label
            pieces.append((leads, said))
    pieces = _time_with_place(pieces)
    paragraphs = [text for _, text in pieces]
    # the report's own lead needs no help: it leads by its place
    openers = {n for n, (first, _) in enumerate(pieces) if first and n}
    opening = _opening_sentence(doc)
    points = _points(doc.title, paragraphs, opening, max(budget, 0), openers)
    if roomier > budget and INTRO_MAX_VISIBLE - fixed < MIN_POINTS_CHARS:
        # the map's names give way to a figure or a date that would not fit beside them
        more = _points(doc.title, paragraphs, opening, roomier, openers)
        if _names_give_way(points, more):
            points = more
    if len(points) < 2:
        # a report that is mostly a table of changes: what the table says
        summary = next((t for t in map(table_summary, _tables(doc)) if t), "")
        if summary and visible_len(summary) <= budget - sum(map(visible_len, points)):
            points.append(summary)
    # 我市 said as the city it is, where the name fits beside a map that names no part: in
    # a fact, the place a listener hears is worth more than one more name of a part
    bare_map = _chapter_map([], total=len(titles))
    while points and sum(map(visible_len, [*parts, *points, bare_map])) > INTRO_MAX_VISIBLE:
        points.pop()  # a fourth point that gained its full stop past the limit
    if when and points:
        # 2031年4月22日发布。2031年4月22日，市长…主持召开…: the day is said once, in the fact
        undated = when_and_who(doc, said=points[0])
        if undated != when:
            at = parts.index(when + "。")
            parts[at : at + 1] = [undated + "。"] if undated else []
    for k, point in enumerate(points):
        named = named_units(point, doc)
        room = INTRO_MAX_VISIBLE - sum(map(visible_len, [*parts, *points, bare_map]))
        if visible_len(named) - visible_len(point) <= room:
            points[k] = named
    # the map does not name again a chapter whose name a key point has just said, and
    # names as many as the facts leave room for
    said = without_marks("".join(points))
    unsaid = [name for name in mappable if without_marks(name) not in said] or mappable
    left = INTRO_MAX_VISIBLE - sum(map(visible_len, [*parts, *points]))
    mapping = bare_map
    for k in range(min(len(unsaid), MAP_FULL), 0, -1):
        fuller = _chapter_map(unsaid[:k], total=len(titles))
        if visible_len(fuller) <= left:
            mapping = fuller
            break
    fixed_lines = [*parts, mapping]
    points = _fill_room(doc.title, fixed_lines, points, paragraphs, opening, openers)
    reported = parts[-1] if parts and parts[-1].startswith("据") else ""
    if reported.endswith("报道。") and points and not points[0].startswith("据"):
        # 据新华社10月17日报道，中共十九大召开在即: the source leads into what it reports,
        # as a newsreader says it, not a sentence of its own
        parts, points = parts[:-1], [reported[:-1] + "，" + points[0], *points[1:]]
    return _said_within(parts, points, mapping, bare_map)


def _said_within(parts: list[str], points: list[str], mapping: str, bare_map: str) -> list[str]:
    """The intro's lines, held to :data:`INTRO_MAX_VISIBLE` characters as said too: figures
    said in words run longer than written (2186.54亿元 is 两千一百八十六点五四亿元), so where
    the spoken intro would run past the limit, the map names no part, then the last key
    point is cut at a clause, or left out."""
    from audiobulletin.normalize import to_spoken
    from audiobulletin.summary import _trim_to, visible_len

    def over(lines: list[str]) -> int:
        return visible_len(to_spoken("".join(lines)).text) - INTRO_MAX_VISIBLE

    points = list(points)
    if mapping and over([*parts, *points, mapping]) > 0:
        mapping = bare_map
    while points and (excess := over([*parts, *points, mapping])) > 0:
        last = points[-1].rstrip("。")
        cut = _trim_to(last, visible_len(last) - excess - 2)
        if cut and visible_len(cut) < visible_len(last):
            points[-1] = _end_sentence(cut)
        else:
            points.pop()
    return parts + points + ([mapping] if mapping else [])


def _fill_room(
    title: str,
    fixed: list[str],
    points: list[str],
    paragraphs: list[str],
    opening: str,
    openers: set[int],
) -> list[str]:
    """``points`` with the room the map's names did not take after all: first one more fact,
    then what is left lets a point cut to fit say its sentence whole. ``fixed`` are the
    intro's other lines (title, dateline, map)."""
    from audiobulletin.summary import visible_len, with_what_was_done

    def room() -> int:
        return min(
            INTRO_MAX_POINTS - sum(map(visible_len, points)),
            INTRO_MAX_VISIBLE - sum(map(visible_len, [*fixed, *points])),
        )

    points = list(points)
    if points and len(points) < 4 and room() - 1 >= MIN_FACT_CHARS:
        more = _one_more(title, paragraphs, opening, room() - 1, openers, points)
        points = _not_said_twice(_in_report_order([*points, *more], paragraphs))
    for k, point in enumerate(points):
        whole = _whole_sentence(point, paragraphs, opening)
        if whole and visible_len(whole) - visible_len(point) <= room():
            points[k] = whole
        elif opening:
            # the opening's head: with what was done, short of saying the opening again
            done = with_what_was_done(point, opening, room())
            if done and not _repeats_opening(done, opening):
                points[k] = done
    return points


def _whole_sentence(point: str, paragraphs: list[str], opening: str) -> str:
    """The sentence of the report that ``point`` was cut from, as the intro says it
    (:func:`audiobulletin.summary.as_said`), when ``point`` is its head (…全年安排重点项目
    156个 of …全年安排重点项目156个，计划完成投资426亿元。); "" when the
    point is whole, was said otherwise, or was cut from the first chapter's opening sentence,
    which the intro never says whole."""
    from audiobulletin.summary import as_said

    head = without_marks(point)
    for paragraph in paragraphs:
        for sentence in map(as_said, written_sentences(paragraph)):
            bare = without_marks(sentence)
            if bare != head and bare.startswith(head) and len(head) >= 8:
                if opening and _repeats_opening(sentence, opening):
                    return ""
                return _end_sentence(sentence.strip().rstrip("；;，,、：: "))
    return ""


#: A fact shorter than this says too little to be worth its room.
MIN_FACT_CHARS = 12


def _one_more(
    title: str, paragraphs: list[str], opening: str, room: int, openers: set[int], points: list[str]
) -> list[str]:
    """One more key fact after ``points``, within ``room`` (see
    :func:`audiobulletin.summary.key_points`, ``after``): never the opening sentence again,
    nor what the title says, and only a fact with news a listener keeps: a figure, a date to
    act on, or in a forecast what is expected (:func:`audiobulletin.summary.keeps_news`)."""
    from audiobulletin.summary import key_points, visible_len

    more = key_points(
        title,
        paragraphs,
        max_chars=room,
        max_sentences=1,
        skip=[opening, title] if opening else [title],
        openers=openers,
        after=points,
        news_only=True,
    )
    said = (_as_point(p, title) for p in more)
    return [p for p in said if p and visible_len(p) <= room]


def _as_point(point: str, title: str) -> str:
    """``point`` as a sentence of its own in the intro (…扣除； -> …扣除。), or "" where the
    title already says it (a stock verdict aside)."""
    from audiobulletin.summary import _GENERIC_RE
    from audiobulletin.titles import says_again

    if not point or says_again(_GENERIC_RE.sub("", point), title):
        return ""
    return _end_sentence(point.rstrip("；;，,、：: "))


_DAY_RE = re.compile(r"\d{1,2}\s*月\s*\d{1,2}\s*日")


def _names_give_way(points: list[str], more: list[str]) -> bool:
    """Whether the map's names give way to ``more``, the points chosen with the room they
    take: for a figure or a date more, which tells a listener more than a chapter's name,
    never for one fewer (a longer point may outrank a shorter one with a figure once there
    is room for it)."""
    from audiobulletin.summary import states_figure_or_deadline

    def worth(point: str) -> bool:  # a figure, a deadline, or the day it happened
        return states_figure_or_deadline(point) or bool(_DAY_RE.search(point))

    kept = all(p in more for p in points if worth(p))
    return kept and any(worth(p) for p in more if p not in points)


def _heading_like(text: str) -> bool:
    """A short line that ends no sentence: a heading (一、招聘岗位, 市场行情)."""
    return len(text) <= 24 and not ends_sentence(text, SENTENCE_ENDS)


#: The first item of a numbered list: 1、 1. 一、 （一） (1).
_FIRST_ITEM_RE = re.compile(r"^\s*(?:1\s*[、.．](?!\d)|一\s*、|[（(]\s*[1一]\s*[)）])")

#: A heading that names when or where (报名时间, 考试地点, 会议时间和地点): the date or
#: place under it says nothing without it.
_WHEN_WHERE_HEADING_RE = re.compile(r"(?:时间|日期|地点|对象|對象)$")
#: A line that announces what follows rather than labelling it (…安排如下：, 通知如下：).
_ANNOUNCES_RE = re.compile(r"如下|以下|下列|通知|公告|[，,。]")
_STARTS_WITH_DATE_RE = re.compile(r"^(?:\d{4}\s*年|\d{1,2}\s*月\s*\d{1,2}\s*日)")


#: An item that opens with a short label of its own, ended by a full stop: 一、接种时间。….
_LEAD_IN_LABEL_RE = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+、|\d{1,2}[.、．]|[（(][一二三四五六七八九十\d]+[)）])?"
    rf"\s*([{HAN}]{{2,10}})[。．.]\s*(?=\S)"
)


def _lead_in_label(text: str) -> tuple[str, str] | None:
    """(label, the rest) of an item that opens with a label of when, where or for whom
    (一、接种时间。2031年10月8日起…: 接种时间); None for any other paragraph."""
    m = _LEAD_IN_LABEL_RE.match(text)
    if not m or not _WHEN_WHERE_HEADING_RE.search(m.group(1)):
        return None
    return m.group(1), text[m.end() :]


#: A field of when (会议时间：, 停电时间：, 时间：) and one of where (会议地点：, 停电范围：),
#: each with what it is about (会议, 停电) before the label.
_TIME_FIELD_RE = re.compile(rf"^\s*([{HAN}]{{0,6}})(?:时间|日期)[：:]\s*(?=\S)")
_PLACE_FIELD_RE = re.compile(rf"^\s*([{HAN}]{{0,6}})(?:地点|地址|范围|区域|路段)[：:]\s*(?=\S)")


#: A line that is a field, its label and its value (停电线路：10kV城北线): no item's heading.
_FIELD_RE = re.compile(r"[：:]\s*\S")
#: When and where figures were gathered (监测时间, 统计范围): how, not what a listener acts on.
_SURVEY_WORDS = frozenset({"监测", "監測", "统计", "統計", "调查", "調查", "采样", "抽样", "数据"})
#: The most characters of a place that a time takes along whole.
_PLACE_MOST = 40
#: What a place adds in brackets at its end: its address (第一会议室（滨江路168号）).
_BRACKETED_TAIL_RE = re.compile(r"\s*[（(][^（()）]*[)）]\s*$")


def _time_with_place(pieces: list[tuple[bool, str]]) -> list[tuple[bool, str]]:
    """``pieces`` with a field of when followed by its field of where said as one fact
    (会议时间：2月18日上午9:30，会议地点：行政中心第一会议室。; 停电时间：10月14日
    7:30至18:30，停电范围：桃园线全线。): a notice's time says nothing a listener can use
    without its place, and two short fields would each take a fact's room. The time gives
    its first clause (its later sentences follow), a long place its first clause too; the
    chapter still says both whole."""
    out: list[tuple[bool, str]] = []
    k = 0
    while k < len(pieces):
        leads, text = pieces[k]
        j = k + 1  # the place's field, past its item's heading line (二、会议地点)
        if j < len(pieces) and _heading_like(pieces[j][1]) and not _FIELD_RE.search(pieces[j][1]):
            j += 1
        time = _TIME_FIELD_RE.match(text)
        place = _PLACE_FIELD_RE.match(pieces[j][1]) if j < len(pieces) else None
        if (
            time
            and place
            and time.group(1) == place.group(1)
            and time.group(1) not in _SURVEY_WORDS
        ):
            where = written_sentences(pieces[j][1])[0].strip().rstrip("。；;.")
            # without the address in brackets after a hall's name; a long list of areas
            # gives its first clause
            where = _BRACKETED_TAIL_RE.sub("", where)
            if len(where) > _PLACE_MOST:
                where = _BRACKETED_TAIL_RE.sub("", _first_clause(where, "，,；;"))
            first = written_sentences(text)[0]
            head = _first_clause(first.strip().rstrip("。；;."), "，,")
            said = f"{head}，{where}。{text[len(first) :]}"
            out += [(leads, said), *pieces[k + 1 : j]]
            k = j + 1
            continue
        out.append((leads, text))
        k += 1
    return out


def _first_clause(text: str, marks: str) -> str:
    """``text`` up to the first of ``marks`` outside brackets and times (see
    :func:`audiobulletin.summary._marks_outside`), or whole."""
    from audiobulletin.summary import _marks_outside

    return text[: next(_marks_outside(text, marks), len(text))]


#: What makes a line ended by a colon a statement rather than an item's label: a day, or a
#: verb of issuing or saying.
_STATES_RE = re.compile(
    r"\d{1,2}\s*月\s*\d{1,2}\s*日|发布|發布|宣布|通报|通報|表示|指出|强调|強調|介绍|介紹|获悉|獲悉"
)


def _labelled(heading: str | None, text: str) -> str:
    """A paragraph under an item's label that ends with a colon (儿保科、心理科：), that
    opens with its dates under a 报名时间 heading (the chapter's, or a heading line of a
    chapter joined to the one before), that gives the place under a 会议地点 heading, or
    whom it is for under a 报名对象 heading, as the field it is: 儿保科、心理科：除夕至初三
    停诊, 报名时间：2031年3月1日至3月10日, 会议地点：青川县文化中心, 报名对象：…在籍学生;
    else ``text`` unchanged."""
    from audiobulletin.summary import _LIST_MARKER_RE, visible_len
    from audiobulletin.titles import clean_heading

    if not heading or len(heading) > 40:
        return text
    if is_addressee(heading.strip()) and not _LIST_MARKER_RE.match(heading):
        return text  # whom a report is addressed to (国务院：) labels nothing; 3. 体检中心： does
    if heading.rstrip().endswith(("：", ":")) and not _ANNOUNCES_RE.search(heading):
        # an item's label (1. 急诊内科、急诊外科: / 儿保科：): what follows says nothing
        # without whom it is about
        label = clean_heading(heading.rstrip().rstrip("：:"))
        if _STATES_RE.search(label):
            return text  # a statement that leads into what it says (…继续发布台风黄色预警：)
        if label and visible_len(label) <= 24:
            return f"{label}：{text}"
        return text
    label = clean_heading(heading.split(" ")[-1])
    if len(label) > 12 or not _WHEN_WHERE_HEADING_RE.search(label):
        return text
    if label.endswith(("对象", "對象")):
        # under 报名对象, who may apply: 2031年在我市…就读的高一、高二年级在籍学生
        return text if text.startswith(label) else f"{label}：{text}"
    if not label.endswith("地点") and not _STARTS_WITH_DATE_RE.match(text):
        return text  # under 报名时间, only the dates it gives; under 会议地点, the place
    return f"{label}：{text}"


def _points(
    title: str, paragraphs: list[str], opening: str, budget: int, openers: set[int]
) -> list[str]:
    """The key facts for the intro: the report's own sentences (see
    :func:`audiobulletin.summary.key_points`), without the headline again, and with the
    first chapter's opening sentence cut to its headline clause; when that cuts or drops
    a point, what the budget leaves is chosen again without that sentence."""
    from audiobulletin.summary import BRACKETED_FIELD_RE, key_points, visible_len
    from audiobulletin.titles import says_again

    # a cut to fit may leave out the opening's fields in brackets (see summary._trim_to)
    openings = dict.fromkeys([opening, BRACKETED_FIELD_RE.sub("", opening)])

    def of_opening(point: str) -> bool:
        """The opening sentence, most of it, or its head saying the title again."""
        return bool(opening) and any(
            _repeats_opening(point, said)
            or (without_marks(said).startswith(without_marks(point)) and says_again(point, title))
            for said in openings
        )

    def usable(chosen: list[str]) -> list[str]:
        out = []
        for point in chosen:
            if of_opening(point):
                # the opening cut to fit is headed as the whole is: its figure may follow
                head = without_marks(point).rstrip("。")
                cut = any(without_marks(said).startswith(head) for said in openings)
                whole = not any(_repeats_opening(point, said) for said in openings) or cut
                point = _head_clause(opening if whole else point, title)
            said = _as_point(point, title)
            if said:
                out.append(said)
        return out

    # a sentence the title says whole (a title made from it) takes no room
    chosen = key_points(
        title, paragraphs, max_chars=budget, max_sentences=4, skip=[title], openers=openers
    )
    points = usable(chosen)
    cut = any(of_opening(point) for point in chosen)
    if (cut or len(points) < len(chosen)) and opening:
        left = budget - sum(visible_len(p) for p in points)
        more = key_points(
            title,
            paragraphs,
            max_chars=left,
            max_sentences=4 - len(points),
            skip=[opening, title],
            openers=openers,
            after=points,
        )
        points += [p for p in usable(more) if p not in points]
        points = _in_report_order(points, paragraphs)
    return _not_said_twice(points)


def _in_report_order(points: list[str], paragraphs: list[str]) -> list[str]:
    """``points`` in the order the report says them: points chosen again after the first
    follow them in the report too (…现在到达相关海域的有8艘中国舰船 before 我们还动用了10颗
    卫星…, whose 还 answers it). A point not found as written keeps its place."""
    text = without_marks("".join(paragraphs))  # marks aside: a point may say ， for ,
    places: list[int] = []
    for point in points:
        at = text.find(without_marks(point))
        places.append(at if at >= 0 else (places[-1] if places else -1))
    return [p for _, _, p in sorted(zip(places, range(len(points)), points, strict=True))]


def _not_said_twice(points: list[str]) -> list[str]:
    """``points`` less any that another point already says in full (a head clause cut from
    a sentence that is also a point whole, or the sentence with clauses left out), or that
    says again what a point before it said
    with no figure of its own (48小时内最低气温将要下降8℃以上 after the lead's 未来48小时内…
    最低气温将下降8度以上); of two alike, the first stays."""
    from audiobulletin.summary import says_the_same

    bare = [without_marks(p) for p in points]
    # a point whose every clause another says: the same sentence, cut shorter
    clauses = [
        [without_marks(c) for c in re.split(r"[，,；;]", p.rstrip(FULL_STOPS)) if c.strip()]
        for p in points
    ]
    return [
        p
        for k, p in enumerate(points)
        if not any(
            j != k
            and (
                (bare[k] in other and (bare[k] != other or j < k))
                or (len(other) > len(bare[k]) and all(c in other for c in clauses[k]))
            )
            for j, other in enumerate(bare)
        )
        and not any(
            says_the_same(p, earlier) and without_marks(earlier) not in bare[k]
            for earlier in points[:k]
        )
    ]


#: The intro, title and map included, fits in this many visible characters: about half a
#: minute of speech. After a long official title the map gives up names first, down to two.
INTRO_MAX_VISIBLE = 150
#: The key facts take at most this many.
INTRO_MAX_POINTS = 120
#: The map gives up chapter names rather than leave the facts less than this: a fact
#: (每年培训7000人) is worth more to a listener than one more name of a part.
MIN_POINTS_CHARS = 90
#: The map names every chapter up to this many; beyond, the first few and 等.
MAP_FULL = 5
#: The names in the map take at most this many characters.
MAP_MAX_NAMES_CHARS = 36

_SAID_BEFORE_RE = re.compile(r"^(?:原标题|原標題)")


def _given_on(speech: str, when: str, doc: Document) -> tuple[str, str]:
    """``speech`` said with its day, and the dateline left to say after it: a speech is
    given, not issued (2031年3月5日，青川市市长王大明在全市工作会议上的讲话, and no
    …发布); both as they were where there is no speech, no day, or an issuer."""
    if speech and when and not issuer(doc):
        return f"{when.removesuffix('发布')}，{speech}", ""
    return speech, when


def _speech_said(doc: Document, subtitle: str) -> str:
    """A speech's subtitle with who gave it, as one says it (——在全市工作会议上的讲话 under
    青川市市长 王大明: 青川市市长王大明在全市工作会议上的讲话); "" for any other subtitle
    or where the speaker is not named."""
    speaker = next((m.text for m in doc.meta if m.kind == "speaker"), "")
    subtitle = re.sub(r"^[—―\s]+", "", subtitle)
    given = GIVEN_AT_RE.match(subtitle)
    if speaker and given and subtitle is not doc.title:
        # ——2032年1月12日在…第四次会议上 under 政府工作报告（摘要）: the day, who, where, and
        # what was given there
        report = re.sub(r"[（(][^（()）]*[)）]$", "", doc.title).strip()
        what = f"作{report}" if report.endswith(("报告", "報告")) else "的讲话"
        said = re.sub(r"\s+", "", speaker) + given.group(2) + what
        return f"{given.group(1)}，{said}" if given.group(1) else said
    if not speaker or not SPEECH_SUBTITLE_RE.search(subtitle):
        return ""
    return re.sub(r"\s+", "", speaker) + subtitle


def _mappable(title: str, chapter: Chapter) -> bool:
    """Whether the intro's map may name a chapter by ``title``: never a table's caption
    (表格：…, 数据表), which names no part a listener would skip to; a heading of the
    report's always; a name made from the chapter's first sentence when it does not stop
    on a phrase that leads on (中国电信通过加快5G建设) nor inside a clause (:func:`_cut_short`)."""
    from audiobulletin.summary import _dangles

    if title.startswith(("表格", "数据表")):
        return False
    if chapter.heading:
        return True
    return not _dangles(title) and not _cut_short(title, chapter)


def _cut_short(name: str, chapter: Chapter) -> bool:
    """Whether a name made from the chapter's text stops inside a clause of it: the
    chapter says it whole only with more words after it (HDPE新式蚵棚經過蚵農作業習慣 | 與浮力
    測試), which a listener hears as a phrase broken off."""
    for block in chapter.blocks:
        at = block.text.find(name)
        if at >= 0:
            after = block.text[at + len(name) : at + len(name) + 1]
            return bool(after) and not re.match(r"[\s，,。.；;：:！!？?、）)」』”’]", after)
    return False


def _chapter_map(names: list[str], total: int | None = None) -> str:
    """本期简报共三个部分：A、B、C。 or, with more, 共八个部分，包括A、B等。

    The names take at most :data:`MAP_MAX_NAMES_CHARS` characters: past that, the first few
    are named and 等 says there are more, but never one name alone: 包括A等 hides what else
    there is. A single chapter needs no map: 本期简报共一个部分 tells a listener nothing
    they can skip to.
    """
    n = total if total is not None else len(names)
    if n < 2:
        return ""
    head = f"本期简报共{_count_words(n)}个部分"
    shown: list[str] = []
    for name in names[: min(len(names), MAP_FULL)]:
        if shown and sum(map(len, [*shown, name])) + len(shown) > MAP_MAX_NAMES_CHARS:
            break
        shown.append(name)
    # a name with 、 in it (立足防大汛、抗大洪) would run into its neighbours
    mark = "，" if any("、" in name for name in shown) else "、"
    if len(shown) == n:
        return head + "：" + mark.join(shown) + "。"
    if len(shown) < 2:
        return head + "。"  # 包括A等 names one part and hides the other: name none
    return head + "，包括" + mark.join(shown) + "等。"


def when_and_who(doc: Document, said: str = "") -> str:
    """``2024年5月6日，省气象台发布``: the report's date and issuer, as said (no clock time,
    no field labels); empty when the report gives neither. What the title has just said
    (its date, the office it opens with) is not said again, nor the date of an issuer's
    report that ``said``, the intro's first fact, gives (2031年4月22日，市长…)."""
    date = month_day = ""
    if doc.date:
        y, m, d = (int(x) for x in doc.date.split("-"))
        date, month_day = f"{y}年{m}月{d}日", f"{m}月{d}日"
        if date in doc.title or parse_date(doc.title) == doc.date:
            date = ""  # the title has just said it: 陆家嘴财经早餐2024年8月9日
    who = issuer(doc)
    if who and not _MEDIA_RE.search(who) and doc.title.startswith(who):
        who = ""  # the title has just named it: 国务院办公厅关于…的通知
    if who and _MEDIA_RE.search(who):  # a news outlet reports; an office issues
        if not date:
            # its dateline gives the day: 新华社北京10月17日电 -> 10月17日
            dateline = next((m.text for m in doc.meta if m.kind == "dateline"), "")
            day = _DATELINE_DAY_RE.search(dateline)
            date = f"{int(day[1])}月{int(day[2])}日" if day else ""
            if date and (date in doc.title or date in _opening_sentence(doc)):
                date = ""  # said a moment later: 3月5日上午，…
        if month_day and month_day in said:
            date = ""  # 据青川日报报道，5月6日上午…: the fact it leads into gives the day
        return f"据{who}{date}报道" if date else f"据{who}报道"
    if date and date in said:
        date = ""
    if date and who:
        return f"{date}，{who}发布"
    if who:
        return f"{who}发布"
    return f"{date}发布" if date else ""


#: The day a dateline gives, before its 电 or 讯: 新华社北京10月17日电.
_DATELINE_DAY_RE = re.compile(r"(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:电|讯|消息|電|訊)")

#: An issuer that is a news outlet: 新华社, 青川日报, 封面新闻, 天气网, 青川电视台 (a
#: 气象台 issues its bulletins).
_MEDIA_RE = re.compile(
    r"(?:社|报|網|网|報|电视台|電視台|广播电台|电台|卫视|新闻|新聞|客户端|客戶端|频道|杂志|周刊)$"
)


#: The label of a source line: 来源：, 文章来源:, 信息来源 ：, 预警信息来源：
_SOURCE_LABEL = re.compile(
    r"^\s*[\w（）()]{0,6}?(?:" + "|".join(META_KEYS["source"]) + r")\s*[:：|丨｜]\s*"
)


def source_name(line: str | None) -> str | None:
    """Who issued the report, from its source line (``来源：青川市水务局`` -> 青川市水务局,
    ``（预警信息来源：青川县气象台）`` -> 青川县气象台); None when there is no name. The intro
    says it, the MP3 gives it as its artist and a Broadcast WAV as its originator."""
    if not line:
        return None
    line = line.strip()
    if re.fullmatch(r"[（(【\[][^（()）【】\[\]]*[）)】\]]", line):
        line = line[1:-1]  # a source line in brackets: （来源：…）, 【信息来源：…】
    name = _SOURCE_LABEL.sub("", line).strip()
    name = _COMPILED_BY_RE.sub("", name)  # 青川市人民政府办公室编: who compiled a bulletin
    name = _SOURCE_BUTTON_RE.sub("", name)  # 中国新闻网　参与互动: a page's button beside it
    return name or None


#: A page's button printed after its source: 参与互动, 评论(0), 我要纠错.
_SOURCE_BUTTON_RE = re.compile(
    r"\s+(?:参与互动|參與互動|参与评论|评论|評論|我要评论|我要纠错|纠错|打印|列印)\s*(?:[（(]\d*[)）])?$"
)


_COMPILED_BY_RE = re.compile(rf"(?<=[{HAN}])\s*(?:编印|编发|编|主办)$")


#: A unit a report names by who writes or is written to (我省, 你市, 本县): in the intro the
#: bulletin speaks, and 我省 would be the listener's own province.
_OWN_UNIT_RE = re.compile(r"(?:我|你|贵|本)(省|市|县)(?![长委级内外直属场城])")
#: Rules that name themselves (本办法自…起施行): the rules the title names.
_OWN_RULES_RE = re.compile(r"本(办法|规定|条例|细则|方案|预案|规则|简章)")
#: An office that names itself (我局, 我厅, 我院, 我公司): the issuer, when its name ends so.
_OWN_OFFICE_RE = re.compile(r"我(局|厅|委|部|院|办|社|站|中心|公司)(?![长里内])")


#: The author of a report that the title hands on: 转发国家地震局关于… -> 国家地震局.
_FORWARDED_RE = re.compile(r"转发([^关于的，,、《》]{2,20}?)(?=关于|《)")


def named_units(point: str, doc: Document) -> str:
    """``point`` with 我省/你省/我市/我县 said as the one province, city or county the title
    and the issuer name (我省扎实做好… -> 河北省扎实做好…; 赴你省巴东县 -> 赴湖北省巴东县),
    我局 as the issuer that is a 局, or the 局 whose report the title hands on (国家地震局),
    and 本办法 as the rules the title names
    (《个人所得税专项附加扣除暂行办法》); what the report does not name once and only once
    stays as written."""
    rules = _OWN_RULES_RE.search(point)
    if rules:
        named = _rules_named(doc.title, rules[1])
        point = point.replace(rules[0], f"《{named}》", 1) if named else point
    if not (_OWN_UNIT_RE.search(point) or _OWN_OFFICE_RE.search(point)):
        return point
    who = issuer(doc)
    places = _places(" ".join([doc.title, *doc.subtitles, who]))

    def unit(m: re.Match[str]) -> str:
        named = {p for p in places if p.endswith(m[1])}
        return named.pop() if len(named) == 1 else m[0]

    # a report handed on (国务院办公厅转发国家地震局关于…的报告) speaks as its author
    authors = [who, *_FORWARDED_RE.findall(doc.title)]

    def office(m: re.Match[str]) -> str:
        named = {a for a in authors if a.endswith(m[1]) and "、" not in a}
        return named.pop() if len(named) == 1 else m[0]

    return _OWN_OFFICE_RE.sub(office, _OWN_UNIT_RE.sub(unit, point))


def _rules_named(title: str, kind: str) -> str:
    """The name of the rules of ``kind`` (办法, 方案 …) that the title hands on or is:
    国务院关于印发个人所得税专项附加扣除暂行办法的通知 -> 个人所得税专项附加扣除暂行办法."""
    handed = re.search(rf"(?:印发|转发|发布|公布)《?([^《》，,]{{2,40}}?{kind})》?", title)
    if handed:
        return handed[1]
    bare = title.strip("《》")
    return bare if bare.endswith(kind) and len(bare) <= 40 else ""


def _places(text: str) -> set[str]:
    """The provinces, cities and counties ``text`` names (jieba's place names, with the 市
    or 县 it may leave apart: 巴彦淖尔 市)."""
    words = tagged_words(text)
    out = set()
    for k, (word, flag) in enumerate(words):
        if not flag.startswith("ns"):
            continue
        following = words[k + 1][0] if k + 1 < len(words) else ""
        if following in ("省", "市", "县") and not word.endswith(("省", "市", "县")):
            word += following
        if word.endswith(("省", "市", "县")) and len(word) >= 3:
            out.add(word)
    return out


def issuer(doc: Document) -> str:
    """Who issued the report: its source field, else its signature, else the agency of its
    dateline (新华社北京1月20日电 gives 新华社). A document signed and dated (落款) was
    issued by its signature, whatever office the web page gives as its 来源, and so is one
    signed without a date by the body its headline names (杭州市气象台发布暴雨蓝色预警信号)."""
    signed = [doc.meta[k].text for k in signers(doc.meta)] or [
        m.text for m in doc.meta if m.kind == "signature" and m.text in doc.title
    ][:1]
    for kind in ("signature", "source") if signed else ("source", "signature"):
        line = next((m.text for m in doc.meta if m.kind == kind), "")
        if kind == "signature" and signed:
            line = " ".join(signed)
        value = (source_name(line) or "") if kind == "source" else line
        value = re.split(r"\s{2,}", value)[0].strip()
        if kind == "signature":  # two issuers signing on two lines: 党委研究生工作部、研究生院
            value = re.sub(rf"(?<=[{HAN}])\s+(?=[{HAN}])", "、", value)
        if re.fullmatch(r"[（(][^（()）]*[）)]", value):
            value = value[1:-1].strip()  # a source given in brackets: （青川日报）
        value = re.sub(r"[（(](?:盖章|印章|公章|章|签章)[)）]$", "", value)  # 青川市教育局（盖章）
        if value:
            return value
    dateline = next((m.text for m in doc.meta if m.kind == "dateline"), "")
    m = re.match(  # in brackets too, as Taiwan's papers print it: （中央社記者…台北5日電）
        r"^[〔【\[［（(]?\s*(新华社|中新社|人民网|新华网|中新网|央视网|央广网"
        r"|(?!记者|記者)[^\s\d〔【\[［（(／/]{2,10}?(?:社|报|網|网|台))",
        dateline,
    )
    if m and not m.group(1).startswith("本"):
        return m.group(1)
    # the outlet its reporters write for: 青川日报客户端 | 记者 赵一鸣, 新华社记者 林海
    for line in (m.text for m in doc.meta if m.kind == "author"):
        outlet = _BYLINE_OUTLET_RE.match(line)
        if outlet and _MEDIA_RE.search(outlet.group(1)) and not outlet.group(1).startswith("本"):
            return outlet.group(1)
    # else the paper whose page it is: 自由時報電子報 is 自由時報
    site = next((m.text for m in doc.meta if m.kind == "site"), "")
    site = re.sub(r"^[\s_|｜丨-]+", "", site)  # as a title bar adds it: _青川新闻网
    return re.sub(r"(?<=[报報])(?:数字报|电子报|電子報|數位報)$", "", site)


_BYLINE_OUTLET_RE = re.compile(
    r"^[□■◆●▲]?\s*([^\s|丨｜（(]{2,12}?)\s*[|丨｜]?\s*(?:特约|见习|實習|实习)?(?:记者|記者)"
)


def _opening_sentence(doc: Document) -> str:
    for chapter in doc.chapters:
        for block in chapter.blocks:
            if block.kind == "paragraph":
                sentences = written_sentences(block.text)
                return sentences[0] if sentences else ""
    return ""


def _repeats_opening(point: str, opening: str) -> bool:
    """Whether a key point is the first chapter's opening sentence, or most of it (the
    sentence without a lead clause such as 日前，记者从省水利厅了解到，)."""
    point, opening = without_marks(point), without_marks(opening)
    return point == opening or (point in opening and len(point) >= 0.6 * len(opening))


#: The facts after a headline clause that repeats the title are said up to this length.
HEAD_REST_MAX = 60
#: A headline clause is said with the later clause that holds its sentence's figure up to
#: this length.
HEAD_FIGURE_MAX = 60
#: How much further a head clause takes along the toll of an accident (造成3人死亡).
HEAD_TOLL_MORE = 20
_TOLL_RE = re.compile(r"死亡|遇难|遇難|受伤|受傷|失踪|失蹤|丧生|喪生")
#: A headline clause that opens its sentence says something whole only with this many Han
#: characters or more; a shorter one names a topic or a setting, and the intro takes the
#: next fact instead.
HEAD_MIN_HAN = 12


def _clauses_within(text: str, most: int) -> str:
    """The head of ``text`` that ends at a clause mark and fits ``most`` characters; the
    whole text when it fits, "" when no head does."""
    if len(text) <= most:
        return text
    cuts = [m.start() for m in re.finditer(r"[，,；;]", text) if m.start() <= most]
    return text[: cuts[-1]] if cuts else ""


def _head_clause(sentence: str, title: str = "") -> str:
    """The sentence's headline clause: its first clause that states something the title
    does not already say, after the day it opens with (when is news), without the other
    clauses before it that only set the scene, and never
    past a colon (…发布暴雨黄色预警信号：受…影响 says the first part); empty when that is the
    whole sentence, or when the clause is too short to say anything whole
    (:data:`HEAD_MIN_HAN`)."""
    from audiobulletin.summary import (
        _FIGURE_RE,
        AMOUNT_RE,
        BRACKETED_FIELD_RE,
        _dangles,
        _marks_outside,
        change_clause,
        figure_clause,
        visible_len,
    )
    from audiobulletin.summary import SPOKE_AT_RE as _SPOKE_AT_RE
    from audiobulletin.titles import says_again

    body = sentence.rstrip(FULL_STOPS)
    # clause marks outside brackets and times: （项目编号：…） and 17:00 end no clause
    cuts = [-1, *_marks_outside(body, "，,；;：:"), len(body)]
    spans = [(a, b) for a, b in itertools.pairwise(cuts) if body[a + 1 : b].strip()]
    clauses = [body[a + 1 : b] for a, b in spans]
    when = who = ""
    for k, clause in enumerate(clauses):
        if k == 0 and _EVENT_DATE_RE.match(clause.strip()):
            when = clause.strip()  # when it happened is news: 4月1日，…
            continue
        if SCENE_CLAUSE_RE.match(clause.strip()) or han_count(clause) < 8:
            continue
        if REPORTING_CLAUSE_RE.match(clause.strip()) or _SPOKE_AT_RE.search(clause.strip()):
            if not _UNNAMED_REPORTER_RE.match(clause.strip()):
                who = clause.strip()  # 社会局26日宣布: who says it stays with what follows
            continue
        if without_marks(clause) in without_marks(title) or _COMPARES_RE.match(clause.strip()):
            continue  # the title's clause, or a change against the clause before (同比提高…)
        if says_again(clause, title):
            # the headline clause is the title again: the facts after it are the news
            rest = sentence[sentence.index(clause) + len(clause) :].lstrip("，,；;：: ")
            rest = _clauses_within(rest.rstrip(FULL_STOPS), HEAD_REST_MAX)
            if han_count(rest) >= 8:
                return "，".join(filter(None, [when, who, rest]))
            continue
        if k == 0 and len(clauses) == 1:
            # a one-clause opening is said whole by its chapter, unless it says when the
            # event is (…将于2026年10月25日7:30鸣枪起跑): the day is the news to keep
            return sentence if _SETS_THE_DAY_RE.search(clause) and not when else ""
        # a clause that only leads into the next (全县围绕…目标，) is said with it
        end = k
        while _dangles(clauses[end]) and end + 1 < len(clauses) and end - k < 2:
            end += 1
        if _dangles(clauses[end]) or (k == 0 and end == len(clauses) - 1):
            return ""  # the whole sentence, or no statement within reach
        head = "，".join(c.strip() for c in clauses[k : end + 1])
        if (
            han_count(head) < HEAD_MIN_HAN
            and k == (1 if when else 0)
            and not AMOUNT_RE.search(head)
        ):
            # a short clause that opens a sentence (after its day) is its topic or its
            # setting (在美国起诉中国贪官，…; 上月平均气温偏高，…): the news comes after it.
            # After a scene, or the title's clause, it is the news (今年入汛以来，我省降雨
            # 偏多三成; …召开防汛工作会议，市长李明出席会议并讲话). One with an amount states
            # it (2031年全市地区生产总值2836.4亿元，…).
            return ""
        # a field in brackets ((号牌:江A·5K2T8), （电话：…）) is detail the chapter gives
        head = BRACKETED_FIELD_RE.sub("", head)
        said = "，".join(filter(None, [when, who, head]))
        rest = body[spans[end][1] + 1 :]  # after the head's last clause and its mark
        # the clause with the sentence's figure is said with it (…又发生新的武装冲突，双方共
        # 有23名军人在冲突中死亡): the figure is what a listener keeps; the day the head
        # opens with is when, not that figure (3月15日，…发生一起爆炸事故，造成3人死亡)
        more = change_clause(rest) if AMOUNT_RE.search(head) else ""
        if not _FIGURE_RE.search(f"{who}{head}"):
            more = figure_clause(rest)
        # a toll is the news of an accident: it comes along from further
        most = HEAD_FIGURE_MAX + (HEAD_TOLL_MORE if _TOLL_RE.search(more) else 0)
        if more and visible_len(said) + visible_len(more) + 1 <= most:
            said += "，" + more
        return said
    spoke = _SPOKE_AT_RE.search(who)
    if spoke and spoke.group(1):
        # what was said is the headline: that the speech was made is the news left
        # (7月9日，…在…论坛上演讲称，<the title> -> 7月9日，…在…论坛上演讲)
        return "，".join(filter(None, [when, who[: spoke.end(1)]]))
    return ""


#: A clause that says on which day an event is to be held: 将于2026年10月25日…, 定于3月5日….
_SETS_THE_DAY_RE = re.compile(rf"{TO_BE_HELD_ON}(?:\d{{4}}年)?\d{{1,2}}月\d{{1,2}}日")


#: A clause that gives a change against what the clause before measured: 同比提高3.5个百分点.
_COMPARES_RE = re.compile(r"^(?:同比|环比|比上年|较上年|比去年|较去年|比上期|较上期|增速比)")


#: A reporting clause that names no one a listener needs: 会议指出, 记者了解到, 他表示.
_UNNAMED_REPORTER_RE = re.compile(
    r"^(?:记者|会议|会上|会中|他|她|我们|大家|文件|通知|报告|公告|其中|此外|同时)"
)


#: A clause that is only the day something happened: 4月1日, 1月25日下午, 2031年3月2日上午.
_EVENT_DATE_RE = re.compile(
    r"^(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:[上中下]午|早上|晚上|晚间|凌晨|傍晚)?"
    r"(?:\d{1,2}时(?:\d{1,2}分)?许?)?$"
)


def _distinct_intro_title(titles: list[str]) -> str:
    title = INTRO_CHAPTER
    while title in titles:
        title += "（导语）"
    return title
