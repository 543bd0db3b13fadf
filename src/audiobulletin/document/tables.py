"""Tables found in the raw lines: TAB rows, space-aligned rows, comma-separated rows, one
cell per line."""

from __future__ import annotations

import csv
import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from audiobulletin.document.lines import CELL_MAX, clean_line
from audiobulletin.document.model import Block, Table
from audiobulletin.zh import HAN, han_count, tagged_words


@dataclass(frozen=True)
class _Found:
    """A table found in the raw lines: it covers ``lines`` (indices) and gives ``block``."""

    lines: tuple[int, ...]
    block: Block


_FIGURE_CELL_RE = re.compile(r"^[+\-−]?[\d,，.]+%?$")


#: A column named by its day: 1月19日, 19日, 2032年1月19日.
_DAY_NAME_RE = re.compile(r"^(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日$")


#: The longest column name without a figure: a filing's columns run long
#: (持有限售股占公司总股本比例).
HEADER_NAME_MAX = 14


def _looks_like_header(cells: Sequence[str], body: Sequence[Sequence[str]] = ()) -> bool:
    """Column names: at least two, short, no sentence or label punctuation, none a bare
    figure; the first may be empty (above the row names). Names with digits (2024年,
    1-11月) make a header only above rows of figures, where they cannot be data."""
    filled = [c for c in cells if c]
    if (
        len(filled) < 2
        or len(filled) < len(cells) - (0 if cells[0] else 1)
        or any(len(c) > 16 for c in filled)
        or any(re.search(r"[。，,；;：:！？]", c) for c in filled)
        or any(_FIGURE_CELL_RE.match(c) for c in filled)
        or any(_is_person(c) for c in filled)  # 王秀兰  青石镇党委副书记: a row of a list
        or _same_as_rows(filled, body)
    ):
        return False
    if not any(re.search(r"\d", c) for c in filled):
        return all(len(c) <= HEADER_NAME_MAX for c in filled)
    dated = [c for c in filled if re.search(r"\d", c)]
    if all(_DAY_NAME_RE.match(c) for c in dated) and len(dated) < len(filled):
        return True  # 站点 | 1月19日 | 1月20日: a column a day, under the name of the rows
    figures = [c for row in body for c in row if c.strip()]
    numeric = sum(1 for c in figures if _FIGURE_CELL_RE.match(c.strip()))
    return bool(figures) and numeric >= 0.3 * len(figures)


#: A name with what it belongs to in brackets: 卢国庆（县第一中学）, 金额（万元）.
_NAME_BRACKETED_RE = re.compile(rf"^[{HAN}·]{{2,6}}[（(][^（）()]{{2,20}}[)）]$")
#: Share of a list's cells written as its first row's are, for that row to be one of them.
SAME_SHAPE_SHARE = 0.8


def _same_as_rows(cells: Sequence[str], body: Sequence[Sequence[str]]) -> bool:
    """Whether a first row is written as the rows under it, each cell a name with its unit in
    brackets (卢国庆（县第一中学）  金德明（县人民医院）): a list of people set two to a line,
    no header; a header names its columns once each (姓名（单位）, 金额（万元）)."""
    if len(set(cells)) < len(cells) or not all(_NAME_BRACKETED_RE.match(c) for c in cells):
        return False
    below = [c.strip() for row in body for c in row if c.strip()]
    shaped = sum(1 for c in below if _NAME_BRACKETED_RE.match(c))
    return bool(below) and shaped >= SAME_SHAPE_SHARE * len(below)


def _is_person(cell: str) -> bool:
    """Whether a cell is a person's name alone (王秀兰): a column is never named so."""
    words = tagged_words(cell) if 2 <= len(cell) <= 4 else []
    return len(words) == 1 and words[0][1] == "nr"


#: A cell holding a name and a figure set apart by one space only (流行性感冒　3516): a long
#: name, padded to its column, leaves room for no more before the next column's figure.
_NAME_THEN_FIGURE_RE = re.compile(rf"^([{HAN}][^\s]*?)\s([+\-−]?\d[\d,.]*%?)$")


def _widened(rows: list[list[str]]) -> list[list[str]]:
    """Rows a cell short of the table's widest, their name and first figure parted where the
    padding between them came down to one space: 流行性感冒　3516　　4502 under 病种　　2031年
    2030年, never read as a name of 流行性感冒 3516 and the next column's figure."""
    width = max(len(r) for r in rows)
    out = []
    for row in rows:
        if len(row) < width:
            for k, cell in enumerate(row):
                m = _NAME_THEN_FIGURE_RE.match(cell)
                if m:
                    row = [*row[:k], m[1], m[2], *row[k + 1 :]]
                    break
        out.append(row)
    return out


def _make_table(raw_lines: Sequence[str], indices: Sequence[int], rows: list[list[str]]) -> Block:
    header: tuple[str, ...] = ()
    rows = _widened(rows)
    if len(rows) >= 2 and _looks_like_header(rows[0], rows[1:]):
        header, rows = tuple(rows[0]), rows[1:]
        if len(rows) >= 2 and _looks_like_header(rows[0], rows[1:]):
            joined = _two_level_header(header, rows[0], max(len(r) for r in rows[1:]))
            if joined:
                header, rows = joined, rows[1:]
    if header:
        rows = [_total_aligned(r, rows, len(header)) for r in rows]
    text = "\n".join(raw_lines[i] for i in indices)
    return Block("table", text, Table(header, tuple(tuple(r) for r in rows)))


#: The name of the row that adds a table up: 合计, 总计, 共计 (spaced out or not, in either
#: script).
TOTAL_ROW_RE = re.compile(r"^(?:合|总|總|共)\s*(?:计|計)$")


def _total_aligned(row: list[str], rows: list[list[str]], width: int) -> list[str]:
    """A total's row with fewer cells than its table has columns, its figures set under the
    last columns of figures they add up (合计  338,000  306,680 under 批号 生产日期 有效期至
    生产数量 已发货数量; 合计  1,286.35 under 项目名称 金额（万元） 责任单位), not under the
    first ones, which hold no sums, nor under a last column of words."""
    if len(row) >= width or not TOTAL_ROW_RE.match(row[0]):
        return row
    others = [r for r in rows if len(r) == width]
    figured = [
        j
        for j in range(1, width)
        if others and 2 * sum(bool(_AMOUNT_CELL_RE.fullmatch(r[j])) for r in others) > len(others)
    ]
    sums = row[1:]
    if len(figured) < len(sums):
        return [row[0], *[""] * (width - len(row)), *sums]
    out = [row[0], *[""] * (width - 1)]
    for j, cell in zip(figured[-len(sums) :], sums, strict=True):
        out[j] = cell
    return out


#: A cell holding an amount: 1,286.35, 约4,480户, -2.1%, 338,000盒.
_AMOUNT_CELL_RE = re.compile(r"[约約~≈]?[+\-−]?\d[\d,.]*\s*(?:%|[\u4e00-\u9fff]{0,2})")


def _two_level_header(top: Sequence[str], sub: Sequence[str], width: int) -> tuple[str, ...] | None:
    """The column names of a header written in two rows, as statistics tables are: the
    stub's name (分组) stands over both rows, so the second row is short of it, and each
    name of the first row spans an equal run of the second's (营业收入 over 1-11月（亿元） and
    同比增长（%）), or names one column each (营业收入利润率 over 1-11月（%）). Each column is
    named by both: 营业收入1-11月（亿元）. None when the rows do not fit together so."""
    top = [c.strip() for c in top]
    sub = [c.strip() for c in sub]
    if len(sub) != width - 1 or len(top) < 2:
        return None
    groups = top[1:]
    if len(sub) % len(groups):
        return None
    span = len(sub) // len(groups)
    names = [top[0]]
    for k, name in enumerate(sub):
        names.append(f"{groups[k // span]}{name}")
    return tuple(names)


def _tab_cells(raw: str) -> list[str] | None:
    """Cells of a TAB-separated row, or None when the line is prose that contains a TAB."""
    if "\t" not in raw:
        return None
    cells = [clean_line(c) for c in raw.split("\t")]
    if sum(1 for c in cells if c) < 2 or any(len(c) > CELL_MAX for c in cells):
        return None
    return cells


def _tab_tables(raw_lines: Sequence[str]) -> list[_Found]:
    """Runs of TAB-separated rows. A row's empty first cells are cells merged with those
    above it (高一 TAB 1月15日 TAB 8:00 / TAB TAB 10:00 …: the same grade and day), kept so
    that its figures stay under their columns; only a TAB that opens every row of the run
    indents the table."""
    found = []
    for run in _runs(raw_lines, _tab_cells, 2):
        rows = [cells for i in run.lines if (cells := _tab_cells(raw_lines[i]))]
        while all(row and not row[0] for row in rows):
            rows = [row[1:] for row in rows]
        found.append(_Found(run.lines, _make_table(raw_lines, run.lines, rows)))
    return found


#: A two-character name at the start of a row, spaced out to line up with names of three.
_SPACED_NAME_RE = re.compile(rf"^([{HAN}])\s+([{HAN}])(?=\s{{2,}}\S)")


def _aligned_cells(raw: str) -> list[str] | None:
    """Cells of a row aligned with runs of spaces (U+3000, NBSP): ``组　长：韩　正　　副总理``."""
    text = raw.strip()
    if "\t" in text:
        return None
    # a name spaced out to the width of three (陈　　静　　县农业农村局…) is one cell
    text = _SPACED_NAME_RE.sub(r"\1\2", text)
    parts = [clean_line(p) for p in re.split(r"\s{2,}", text)]
    if len(parts) < 2 or any(not p or len(p) > 30 for p in parts):
        return None
    if not any(han_count(p) for p in parts) and not (
        # a row of figures alone (310305    2030.03.05    120,000): a batch's or a code's
        # row under names, no line of prose
        len(parts) >= 3 and all(_FIGURE_ONLY_RE.fullmatch(p) for p in parts)
    ):
        return None
    return parts


#: A cell of figures and their marks only: 310305, 2030.03.05, 120,000, -4.5%.
_FIGURE_ONLY_RE = re.compile(r"[+\-−]?\d[\d.,:/\-]*%?")


#: A cell of a row set with single spaces holds a word or a figure at most this long (a
#: case's number, （2030）浙0191执1234号; a masked ID card's; 昼间均值dB(A) over its column).
SPACED_CELL_MAX = 20


def _spaced_cells(raw: str) -> list[str] | None:
    """Cells of a row set apart by single spaces (今天 中雨转暴雨 22~27℃ 东北风3级): at least
    three short fields, one figure and no punctuation of prose; None for any other line."""
    text = clean_line(raw)
    # (a thousands separator, 3,012.45, is no comma of prose)
    if re.search(r"[，。；;：:！？!?、]|,(?!\d{3}(?!\d))", text):
        return None
    cells = text.split(" ")
    if len(cells) < 3 or any(not c or len(c) > SPACED_CELL_MAX for c in cells):
        return None
    if re.fullmatch(r"[·•▪◆◇■□●○※\-*]", cells[0]):
        return None  # · 临江地铁5号线二期工程启动建设 2031-05-10: a list of links, no row
    if not han_count(text):
        return None
    # a row of a table holds a figure; a line of names set apart by spaces is a list
    return cells if any(ch.isdigit() for ch in text) else None


def _ideographic_cells(raw: str) -> list[str] | None:
    """Cells of a row set apart by one ideographic space each (序号　岗位代码　招聘单位), as a
    table pasted from an office suite gives them; None for a line of prose, or for one spaced
    out character by character (韩　正)."""
    text = raw.strip()
    if "\u3000" not in text or "\t" in text or re.search(r"[。；;！？!?]", text):
        return None
    parts = [p.strip() for p in text.split("\u3000")]
    if len(parts) < 3 or any(not p or len(p) > 30 for p in parts):
        return None
    if 2 * sum(1 for p in parts if len(p) >= 2) < len(parts) or not han_count(text):
        return None
    return parts


def _even_runs(
    raw_lines: Sequence[str], cells_of: Callable[[str], list[str] | None]
) -> list[_Found]:
    """Runs of at least three rows (see :func:`_runs`), all with as many cells: rows set
    with single spaces or with ideographic spaces, where a line of another width is prose."""
    out = []
    for found in _runs(raw_lines, cells_of, 3):
        rows = [cells_of(raw_lines[i]) or [] for i in found.lines]
        # (a total's row, 合计 and its sums, is short of the first columns: see
        # _total_aligned)
        widths = {len(r) for r in rows if not (r and TOTAL_ROW_RE.match(r[0]))}
        if len(widths) == 1 and all(len(r) <= max(widths) for r in rows):
            out.append(found)
    return out


def _with_names_above(raw_lines: Sequence[str], runs: list[_Found]) -> list[_Found]:
    """Runs of rows set apart by single spaces, each with the line of column names right
    above it when there is one (指数 收盘 涨跌 涨跌幅 over rows of figures, which a row's
    figure tells from a line of words): the header that names their cells."""
    out = []
    for found in runs:
        above = found.lines[0] - 1
        names = _spaced_names(raw_lines[above]) if above >= 0 else None
        rows = [_spaced_cells(raw_lines[i]) or [] for i in found.lines]
        if names and len(names) == len(rows[0]):
            lines = (above, *found.lines)
            found = _Found(lines, _make_table(raw_lines, lines, [names, *rows]))
        out.append(found)
    return out


def _spaced_names(raw: str) -> list[str] | None:
    """Column names set apart by single spaces (指数 收盘 涨跌 涨跌幅): short words, no
    figure; None for any other line."""
    cells = clean_line(raw).split(" ")
    if len(cells) < 3 or any(
        not 1 <= len(c) <= SPACED_CELL_MAX
        or not han_count(c)
        or re.search(r"[\d，,。；;：:！？!?、]", c)
        for c in cells
    ):
        return None
    return cells


#: A cell of a comma-separated row is a name or a figure, never a clause of prose.
_COMMA_CELL_MAX = 16


def _comma_cells(raw: str) -> list[str] | None:
    """Cells of a comma-separated row, as a table pasted from a spreadsheet gives them
    (大米,5.60,5.60,0.00; a quoted cell may hold a comma: "1,200"); None for prose, whose
    clauses are longer and end in sentence marks."""
    text = raw.strip()
    # (a comma that groups a figure's thousands, 92,876,543,210.55, parts no cells; nor does
    # any in a row drawn with bars)
    commas = re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", text).count(",")
    if commas < 2 or re.search(r"[。！？!?；;：:，、|｜│┃║]", text):
        return None
    cells = [clean_line(c) for c in next(csv.reader([text]))]
    if any(len(c) > _COMMA_CELL_MAX for c in cells) or sum(1 for c in cells if c) < 3:
        return None
    return cells


def _comma_tables(raw_lines: Sequence[str]) -> list[_Found]:
    """Runs of three comma-separated rows or more, all as wide, with figures in their
    cells: a row of names alone, or rows of differing width, are prose or a list."""
    found = []
    for run in _runs(raw_lines, _comma_cells, 3):
        table = run.block.table
        assert table is not None
        rows = [*([table.header] if table.header else []), *table.rows]
        cells = [c for row in table.rows for c in row if c]
        figures = sum(1 for c in cells if _FIGURE_CELL_RE.match(c))
        if len({len(r) for r in rows}) == 1 and figures >= 0.3 * len(cells):
            found.append(run)
    return found


#: A rule under a header row of a table drawn with bars: |---|:---:|.
_PIPE_RULE_RE = re.compile(r"^\s*[|｜]?\s*:?-{2,}:?\s*(?:[|｜]\s*:?-{2,}:?\s*)+[|｜]?\s*$")


#: A rule of a table drawn with box characters, as Word copies one: ┌──┬──┐, ├──┼──┤.
_BOX_RULE_RE = re.compile(r"^\s*[┌├└╔╠╚┏┣┗]?[─━═┬┼┴╤╪╧┳╋┻\s]{3,}[┐┤┘╗╣╝┓┫┛]?\s*$")


def _pipe_cells(raw: str) -> list[str] | None:
    """Cells of a row drawn with bars (站点 | 1月19日 | 1月20日, ｜大米｜5.60｜, │ 指标 │ 环比 │),
    or [] for the rule under its header (|---|, ├──┼──┤); None for any other line (prose
    holds no bar between fields)."""
    if _PIPE_RULE_RE.match(raw) or (_BOX_RULE_RE.match(raw) and re.search(r"[─━═]", raw)):
        return []
    text = raw.strip()
    if text[:1] in "|｜│┃║":
        text = text.strip("|｜│┃║").strip()  # | 大米 | 5.60 |: bars drawn at both edges
    else:
        # 合计 | | | | 24,900 |: without a bar at its left edge, one at its right closes an
        # empty last cell
        text = re.sub(r"\s*[|｜│┃║]\s*$", " | ", text).rstrip()
    if not re.search(r"[|｜│┃║]", text):
        return None
    cells = [clean_line(c) for c in re.split(r"[|｜│┃║]", text)]
    if len(cells) < 2 or any(len(c) > CELL_MAX for c in cells):
        return None
    if any(re.search(r"[。；;！？!?]", c) for c in cells):
        return None
    return cells


def _slash_cells(raw: str) -> list[str] | None:
    """Cells of a row set apart by slashes with spaces round them (大连近海 / 1.8 / 北 6-7级),
    as a forecast's table is pasted; None for any other line (a slash inside a cell, 元/吨,
    has none)."""
    if not re.search(r"\s/\s", raw):
        return None
    cells = [clean_line(c) for c in re.split(r"\s+/\s+", raw.strip())]
    # (a player's 00:00 / 02:36 is no row: a row names what its figures are of)
    if len(cells) < 3 or any(not c or len(c) > CELL_MAX for c in cells):
        return None
    if not any(han_count(c) for c in cells):
        return None
    if any(re.search(r"[。；;！？!?]", c) for c in cells):
        return None
    return cells


def _separated_tables(
    raw_lines: Sequence[str], cells: Callable[[str], list[str] | None] = _pipe_cells
) -> list[_Found]:
    """Runs of rows drawn with bars (or set apart by slashes), all as wide, most with a
    figure or ruled under their header (| --- |): a site's menu (首页 | 新闻 | 政务公开) is
    one line of words, never rows of figures, and never ruled as a table is (a schedule's
    | 正畸科 | 王蕾 | 周四下午 | 停诊 | holds no figure)."""
    found = []
    for run in _runs(raw_lines, cells, 2):
        table = run.block.table
        assert table is not None
        rows = [*([table.header] if table.header else []), *table.rows]
        widths = {len(r) for r in rows}
        figured = sum(1 for r in table.rows if any(re.search(r"\d", c) for c in r))
        ruled = any(_PIPE_RULE_RE.match(raw_lines[i]) for i in range(run.lines[0], run.lines[-1]))
        if len(rows) >= 2 and len(widths) == 1 and (ruled or figured * 2 >= len(table.rows)):
            found.append(run)
    return found


def _runs(
    raw_lines: Sequence[str], cells_of: Callable[[str], list[str] | None], min_rows: int
) -> list[_Found]:
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
        elif cells:  # [] is a rule between a header and its rows (|---|---|): no row
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


#: A table set one cell per line has at most this many columns, and at least this few.
STACKED_COLUMNS = (3, 8)


def _stacked_tables(raw_lines: Sequence[str]) -> list[_Found]:
    """Tables pasted one cell per line with no blank lines (岗位代码 / 岗位名称 / 人数 / HL01 /
    临床护士 / 45 / …): a run of short lines that, cut into rows of ``n``, gives column names
    without figures over two rows or more, one column of figures in every row and no column
    that mixes figures with words. The fewest columns that do so are taken."""
    found: list[_Found] = []
    k = 0
    while k < len(raw_lines):
        run: list[int] = []
        while k < len(raw_lines) and _stackable(clean_line(raw_lines[k])):
            run.append(k)
            k += 1
        k += 1
        cells = [clean_line(raw_lines[i]) for i in run]
        for n in range(STACKED_COLUMNS[0], STACKED_COLUMNS[1] + 1):
            rows = [cells[j : j + n] for j in range(0, len(cells) - len(cells) % n, n)]
            if len(rows) >= 3 and _stacks_into_columns(rows):
                indices = run[: len(rows) * n]
                found.append(_Found(tuple(indices), _make_table(raw_lines, indices, rows)))
                break
    return found


def _stackable(text: str) -> bool:
    return 0 < len(text) <= CELL_MAX and not re.search(r"[。，,；;！？!?：:]", text)


def _stacks_into_columns(rows: list[list[str]]) -> bool:
    header, body = rows[0], rows[1:]
    if any(re.search(r"\d", c) for c in header) or not _looks_like_header(header, body):
        return False
    columns = list(zip(*body, strict=True))
    figures = [all(_FIGURE_CELL_RE.match(c) for c in col) for col in columns]
    words = [not any(_FIGURE_CELL_RE.match(c) for c in col) for col in columns]
    return any(figures) and all(f or w for f, w in zip(figures, words, strict=True))


def _without_captions(
    raw_lines: Sequence[str],
    runs: list[_Found],
    cells_of: Callable[[str], list[str] | None],
    min_rows: int,
) -> list[_Found]:
    """``runs`` without a caption set above its table as a row (表1  2031年主要工业产品产量
    over 产品名称  单位  产量): a first row of one or two cells over rows of more is the
    table's name, not its header, and the header under it names the columns."""
    out = []
    for found in runs:
        widths = [len(cells_of(raw_lines[i]) or []) for i in found.lines]
        if len(widths) > min_rows and widths[0] <= 2 and widths[0] < min(widths[1:]):
            lines = found.lines[1:]
            rows = [cells_of(raw_lines[i]) or [] for i in lines]
            found = _Found(lines, _make_table(raw_lines, lines, rows))
        out.append(found)
    return out


#: A rule drawn with dashes or equals signs across a table, above or under its header row.
_DASHED_RULE_RE = re.compile(r"^\s*[-=—─━＝]{8,}\s*$")


def has_figure_cell(table: Table) -> bool:
    """Whether any cell of ``table``, its header's included, is a figure alone (7.74, -0.64%):
    a table of data, never a page's menu or its line of fields."""
    return any(_FIGURE_CELL_RE.match(c.strip()) for row in (table.header, *table.rows) for c in row)


def find_tables(raw_lines: Sequence[str]) -> list[_Found]:
    """All tables, earliest first, never overlapping (TAB, then aligned, then one-per-line).
    A rule of dashes under a header row (类别  8月  同比% / ------ / 全社会用电量  468.7 …)
    parts no rows: it is passed over as a blank line is."""
    raw_lines = ["" if _DASHED_RULE_RE.match(line) else line for line in raw_lines]
    chosen: list[_Found] = []
    taken: set[int] = set()
    for found in (
        _tab_tables(raw_lines)
        + _without_captions(raw_lines, _runs(raw_lines, _aligned_cells, 3), _aligned_cells, 3)
        + _comma_tables(raw_lines)
        + _separated_tables(raw_lines)
        + _separated_tables(raw_lines, _slash_cells)
        + _with_names_above(raw_lines, _even_runs(raw_lines, _spaced_cells))
        + _even_runs(raw_lines, _ideographic_cells)
        + _gap_tables(raw_lines)
        + _stacked_tables(raw_lines)
    ):
        span = set(range(found.lines[0], found.lines[-1] + 1))
        if not span & taken:
            chosen.append(found)
            taken |= span
    return sorted(chosen, key=lambda f: f.lines[0])


#: A figure this long (coordinates, account numbers) cannot be followed by ear in a list.
_LONG_FIGURE_RE = re.compile(r"^[+\-−]?\d[\d,]*(?:\.\d+)?$")
LONG_FIGURE_DIGITS = 7
#: A table of at least this many rows whose cells are mostly long figures is not read out.
FIGURE_LISTING_ROWS = 5


def is_figure_listing(table: Table) -> bool:
    """A table of long figures (boundary coordinates, station readings to four decimals):
    read row by row it is minutes of digits nobody can follow, so an editor leaves it to
    the printed page. Its rows are then reported as not spoken."""
    cells = [c.strip() for row in table.rows for c in row if c.strip()]
    long = [
        c
        for c in cells
        if _LONG_FIGURE_RE.match(c) and sum(ch.isdigit() for ch in c) >= LONG_FIGURE_DIGITS
    ]
    return len(table.rows) >= FIGURE_LISTING_ROWS and len(long) >= 0.4 * max(len(cells), 1)


#: A cell that names a row's group: a word or two (蔬菜, 肉禽蛋, 其它食品).
_GROUP_CELL_RE = re.compile(rf"[{HAN}]{{2,4}}")


def group_column(table: Table) -> int | None:
    """The column that sorts a table's rows into groups (主食, 食用油, 蔬菜 …): every cell a
    word or two, with at least two names and each shared by two rows on average; None
    without one. The first column names the rows and is never it."""
    rows = table.rows
    for k in range(1, len(table.header)):
        cells = [r[k].strip() if k < len(r) else "" for r in rows]
        names = set(cells)
        if all(_GROUP_CELL_RE.fullmatch(c) for c in cells) and 2 <= len(names) <= len(cells) / 2:
            return k
    return None
