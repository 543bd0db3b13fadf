"""Tables read aloud: each row with its column names, a price table's moves said as words.

Why a module of its own: a table has no sentences; what a listener needs is each cell with
the name of its column (猪肉，本周价格十六点五元), and a long table summed up instead.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from audiobulletin.document import (
    TOTAL_ROW_RE,
    Document,
    Table,
    group_column,
    is_figure_listing,
)
from audiobulletin.script.phrasing import count_words
from audiobulletin.zh import (
    CIRCLED_NUMBERS,
    to_simplified,
)


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
    (本期均价：2.19元/500克, 增长：8.9%), and the 单位 column is not read on its own. Nor
    is a 序号 column that only counts the rows 1, 2, 3: 第2行 has said it.
    (Written form: the normaliser turns the digits into words afterwards.)
    """
    rows = table.rows
    if is_figure_listing(table):
        return f"这里有一张共{count_words(len(rows))}行的数据表，数字繁多，不逐行播读。"
    out = [f"表格共{len(rows)}行。"]
    named = [_column(name) for name in table.header]
    unit_column = next(
        (
            k
            for k, column in enumerate(named)
            if _UNIT_COLUMN_RE.match(column.whole)
            and all(_UNIT_CELL_RE.match(r[k].strip()) for r in rows if len(r) > k and r[k].strip())
        ),
        None,
    )
    counter_column = next(
        (
            k
            for k, column in enumerate(named)
            if _COUNTER_COLUMN_RE.match(column.whole)
            # (a total's row may close it: 合计 where its number would be)
            and all(
                len(r) > k
                and (r[k].strip() == str(i) or (i == len(rows) and _TOTAL_RE.match(r[k])))
                for i, r in enumerate(rows, 1)
            )
        ),
        None,
    )
    for i, row in enumerate(rows, 1):
        width = max(len(row), len(table.header))
        # a cell's own trailing mark (正常波动;) ends nothing: the row's sentence ends it
        cells = [c.strip().rstrip("；;，,、") for c in row] + [""] * (width - len(row))
        columns = named
        if len(columns) == width - 1:
            columns = [_NAMELESS, *columns]  # a header with no name above the row names
        columns = columns + [_NAMELESS] * (width - len(columns))
        unit = table.unit
        if unit_column is not None and cells[unit_column]:
            unit = cells[unit_column]  # the row's unit goes with its figures
        row_name, row_unit = _name_and_unit(cells[0])
        if row_unit and not any(_BARE_NUMBER_RE.match(c) for c in cells[:1]):
            unit, cells[0] = row_unit, row_name  # 地区生产总值(亿元): the row's figures in 亿元
        pairs = []
        # a dash among changes is 持平 where the row's figures are the same (2.19 2.19 --),
        # else no figure at all (— 表示不适用)
        figures = {
            c.replace(",", "")
            for c, column in zip(cells, columns, strict=True)
            if _BARE_NUMBER_RE.match(c) and not _CHANGE_COLUMN_RE.search(column.whole)
        }
        held = len(figures) == 1 and sum(1 for c in cells if _BARE_NUMBER_RE.match(c)) >= 2
        for k, (column, cell) in enumerate(zip(columns, cells, strict=True)):
            if (k == unit_column and unit == cell) or (k == counter_column and cell.isdigit()):
                continue
            if k == counter_column:
                pairs.append(cell)  # 合计, where the row's number would be: no column's name
                continue
            spoken = _cell_reading(cell, column.key, column.unit or unit, held)
            if spoken:
                name = column.name
                pairs.append(f"{name}：{spoken}" if name and table.header else spoken)
        out.append(f"第{i}行，" + "，".join(pairs or ["空"]) + "。")
    return "".join(out)


class _Column(NamedTuple):
    """A column's name as said and its unit (增长(%) -> 增长, %), and, matched in Simplified
    characters (變動 is 变动), that name and the whole name with its unit."""

    name: str
    unit: str
    key: str
    whole: str


_NAMELESS = _Column("", "", "", "")


def _column(header: str) -> _Column:
    """One column of a table's header, worked out once for all its rows."""
    name, unit = _name_and_unit(header.strip())
    return _Column(name, unit, to_simplified(name), to_simplified(header.strip()))


#: A change as written in a change column: -4.53%, +2.1, 0.00%.
_CHANGE_VALUE_RE = re.compile(r"^([+\-−]?)\s*(\d+(?:\.\d+)?)\s*(%?)$")


def doc_tables(doc: Document) -> list[Table]:
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
    header = [to_simplified(name) for name in table.header]
    column = next(
        (k for k, name in enumerate(header) if k and _CHANGE_COLUMN_RE.search(name)), None
    )
    if column is None or len(table.rows) < 2:
        return ""
    ups: list[tuple[float, str, str]] = []
    downs: list[tuple[float, str, str]] = []
    held = 0
    # 环比涨跌(%): the column's figures are percentages though its cells say only 5.04
    percent = "%" if _name_and_unit(header[column])[1] in ("%", "％") else ""
    for row in table.rows:
        cell = row[column].strip() if column < len(row) else ""
        name = row[0].strip() if row else ""
        move = _move(cell, header[column])
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
#: A sound level's column, its decibels weighted as the letter in brackets says: 昼间均值dB(A).
_WEIGHTED_DECIBELS_RE = re.compile(r"^(.+?)\s*(dB\s*[（(][ACZ][)）])$")


#: A total says this many of its figures: more are a table, not a sentence.
_TOTAL_FIGURES = 2


def total_row(table: Table) -> str:
    """What a table adds up to, as a sentence for the intro from its total row: 合計：名額390人，
    合計2,000,000元. "" for a table without one. An editor gives a table's totals, not its
    rows: the rows are read in its chapter."""
    row = next((r for r in table.rows if r and TOTAL_ROW_RE.match(r[0].strip())), None)
    if row is None:
        return ""
    said = []
    for name, cell in zip(table.header[1:], row[1:], strict=False):
        cell = cell.strip()
        if not cell or cell in _EMPTY_MARKS or not re.search(r"\d", cell):
            continue
        name, unit = _name_and_unit(name.strip())
        if TOTAL_ROW_RE.match(name):
            name = ""  # 合計 over the column of sums: the row already says it
        # a column without its own unit takes the table's (单位：万元 above the table)
        unit = unit or (table.unit if _BARE_NUMBER_RE.match(cell) else "")
        said.append(f"{name}{cell}{unit if cell[-1].isdigit() else ''}")
        if len(said) == _TOTAL_FIGURES:
            break
    return f"{row[0].strip()}：{'，'.join(said)}。" if said else ""


def _name_and_unit(text: str) -> tuple[str, str]:
    """``增长(%)`` -> (增长, %); ``产量（万吨）`` -> (产量, 万吨); ``同比±%`` -> (同比, %);
    else (text, ""): a word in
    brackets that is no unit says what kind (猪肉(精瘦)) and stays in the name."""
    weighted = _WEIGHTED_DECIBELS_RE.match(text)  # 昼间均值dB(A): the unit is dB(A), not A
    if weighted:
        return weighted.group(1), weighted.group(2)
    m = _UNIT_SUFFIX_RE.match(text)
    if m and _UNIT_CELL_RE.match(m.group(2)):
        return m.group(1), m.group(2)
    signed = _SIGNED_PERCENT_RE.match(text)  # 同比±%, 同比%: a change in percent
    return (signed.group(1), "%") if signed else (text, "")


#: A column's name that ends in a percent sign, signed or not: 同比±%, 比上月±%, 同比%.
_SIGNED_PERCENT_RE = re.compile(r"^(.+?)\s*[（(]?\s*(?:±|\+/?-|\+－)?\s*[%％]\s*[)）]?$")


#: A change column whose name gives no direction: 变动幅度, 涨跌, 增减.
_NEUTRAL_CHANGE_RE = re.compile(r"变动|涨跌|变化|增减|升降|^幅度|比上期|较上期")


_UNIT_COLUMN_RE = re.compile(r"^(?:计量|价格|金额)?单位$")

#: A column of the times a race took: 成绩, 用时, 完赛时间, 净计时.
_TIMED_COLUMN_RE = re.compile(r"成绩|用时|完赛时间|净计时|枪声计时|枪声成绩")
#: A time taken in hours, minutes and seconds: 2:08:31.
_TAKEN_RE = re.compile(r"^(\d{1,2}):([0-5]\d):([0-5]\d)$")

#: An arrow alone in a cell, the way its row's figure went: up, down, level (the index of
#: its word in each set of words below).
_TREND_ARROWS = {"↑": 0, "⬆": 0, "↗": 0, "↓": 1, "⬇": 1, "↘": 1, "→": 2}

#: The name of a total's row: 合计, 总计, 小计.
_TOTAL_RE = re.compile(r"^\s*(?:合计|总计|小计|合計|總計|小計)\s*$")
#: The name of a column that numbers the rows (序号, No.): its 1, 2, 3 say what 第N行 says.
_COUNTER_COLUMN_RE = re.compile(r"^(?:序号|序|编号|[Nn][Oo]\.?)$")


#: A unit of measure as a 单位 column gives it (元/公斤, 元/盒, 万元, 吨, kg): a 单位 column of
#: work units (青川市第一中学) is read as any other column.
_UNIT_CELL_RE = re.compile(
    r"^(?:[^/／]{1,4}[/／][^/／]{1,6}"
    r"|[元角分吨斤克两米亩顷里升个人件台辆户次项只头株套箱袋瓶份张本条千百万亿公市平方立标瓦时度盒包桶罐支双块"
    r"%％‰℃°A-Za-z]{1,5})$"
)


_CHANGE_COLUMN_RE = re.compile(
    r"幅|涨跌|变动|变化|增减|升降|同比|环比|增长|增幅|降幅|比上期|较上期"
)


_ZERO_RE = re.compile(r"^[+\-−]?0+(?:\.0+)?%?$")


_EMPTY_MARKS = frozenset({"--", "-", "—", "——", "－", "/", "／"})


_BARE_NUMBER_RE = re.compile(r"^[+\-−]?\d[\d,]*(?:\.\d+)?$")


#: A column of years: 年份, 年度.
_YEAR_COLUMN_RE = re.compile(r"^(?:年份|年度|年)$")


def _cell_reading(cell: str, column: str, unit: str, held: bool = True) -> str:
    """One cell as read in its column (see :func:`table_reading`); ``held``: the row's
    figures are the same, so that a dash among its changes is 持平."""
    change = bool(column and _CHANGE_COLUMN_RE.search(column))
    if not cell:
        return ""
    if _SPACED_THOUSANDS_RE.match(cell):
        # 2 541, a cell of its own: one figure, its thousands set off
        cell = re.sub(r"\s", "", cell)
    cell = re.sub(r"^([+\-−]?\d+)\.0+(?=%?$)", r"\1", cell)  # 5.00% is said 百分之五
    if change and (_ZERO_RE.match(cell) or (held and cell in _EMPTY_MARKS)):
        return "持平"
    if cell in _EMPTY_MARKS:
        return "无"
    if _TIMED_COLUMN_RE.search(column) and (taken := _TAKEN_RE.match(cell)):
        # 2:08:31 in a column of times taken: 2小时08分31秒, never a clock's 两点零八分
        hours, minutes, seconds = taken.groups()
        return f"{hours}小时{minutes}分{seconds}秒"
    if _YEAR_COLUMN_RE.search(column) and re.fullmatch(r"(?:19|20)\d\d", cell):
        return cell + "年"  # 2019 in a column of years: 二〇一九年, never 两千零一十九
    if cell in _TREND_ARROWS:
        # ↑ ↓ → alone in a cell: the way a figure went, 涨 落 平 where the column says 涨落
        words = ("涨", "落", "平") if "涨" in column else ("上升", "下降", "持平")
        return words[_TREND_ARROWS[cell]]
    if unit in ("%", "％", "‰") and _BARE_NUMBER_RE.match(cell):
        cell += unit  # a percentage column: 8.9 is 8.9%
        unit = ""
    if change and re.match(r"^[+\-−]\s*\d", cell):
        return ("下降" if cell[0] in "-−" else "上升") + cell[1:].strip()
    if change and _NEUTRAL_CHANGE_RE.search(column) and re.match(r"^\d[\d,.]*%?$", cell):
        return "上升" + cell  # an unsigned change is a rise where the name has no direction
    if unit and not change and (_BARE_NUMBER_RE.match(cell) or _BARE_RANGE_RE.match(cell)):
        return cell + unit  # (a range of figures too: 2~4 under 最低气温(℃) is 2~4℃)
    if unit in _DEGREES and _LOW_HIGH_RE.match(cell):
        return cell + unit  # 19/26 under 气温(℃): the day's low and high, 19/26℃
    return cell


#: A figure whose thousands are set off by spaces, as Hong Kong and Macau print them, alone in
#: its cell: 2 541, 12 000 000 (a row's cells are set apart by wider gaps than that).
_SPACED_THOUSANDS_RE = re.compile(r"^[+\-−]?\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?:\.\d+)?%?$")


#: A forecast's low and high set apart by a slash in a cell of temperatures: 19/26, -7/2.
_LOW_HIGH_RE = re.compile(r"^[+\-−]?\d{1,2}\s*/\s*[+\-−]?\d{1,2}$")
_DEGREES = ("℃", "°C", "度", "摄氏度")


#: A range of bare figures in a cell: 2~4, -3~-1, 10-15.
_BARE_RANGE_RE = re.compile(r"^[+\-−]?\d+(?:\.\d+)?\s*[~～—–\-至到]\s*[+\-−]?\d+(?:\.\d+)?$")
