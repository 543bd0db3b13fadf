"""A table's chapter named after what it holds: its groups of rows, an agenda, its columns.

Why a module of its own: a table has no sentence to take a phrase from; its name comes from
its rows and its header instead.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from audiobulletin.document import Block, Table, group_column, is_figure_listing
from audiobulletin.titles.fit import TRAILING, fits, tidy
from audiobulletin.zh import (
    han_count,
    to_simplified,
)

#: The columns of an agenda: when, and what happens (时间 | 活动项目 | 内容 | 主持人).
_AGENDA_WHEN_RE = re.compile(r"^(?:时间|時間|日期)$")


_AGENDA_WHAT_RE = re.compile(
    r"活动|活動|议程|議程|内容|內容|项目|項目|环节|環節|主题|主題|事项|事項"
)


#: The event a headline names, whose agenda a table gives: the last of these in it.
_EVENT_RE = re.compile(
    r"座谈会|座談會|研讨会|研討會|论坛|論壇|培训班|培訓班|发布会|發布會|交流会|交流會|年会|年會"
    r"|大会|大會|会议|會議|比赛|比賽|活动|活動"
)


def _agenda_title(names: Sequence[str], headline: str) -> str:
    """``座谈会议程`` for a table whose columns are an agenda's (时间, 活动项目 …), named after
    the event the headline names (议程 alone without one), in the headline's script; "" for
    any other table."""
    if not (
        any(_AGENDA_WHEN_RE.match(n) for n in names)
        and any(_AGENDA_WHAT_RE.search(n) for n in names)
    ):
        return ""
    events = _EVENT_RE.findall(headline)
    traditional = any(n != to_simplified(n) for n in [headline, *names])
    return (events[-1] if events else "") + ("議程" if traditional else "议程")


def _groups_title(table: Table) -> str:
    """A table (or a part of one) whose rows fall into groups (主食, 蔬菜 …) named after
    them: 蔬菜价格 for one group, 主食等价格 for several, as a price table's parts are
    named; 价格 where a column gives prices, else 类 (蔬菜类). "" without such groups."""
    column = table.grouped_by if table.grouped_by is not None else group_column(table)
    if column is None:
        return ""
    names = list(dict.fromkeys(r[column].strip() for r in table.rows if len(r) > column))
    priced = any("价" in name for name in table.header)
    if len(names) == 1:
        return names[0] + ("价格" if priced else "类")
    return names[0] + "等" + ("价格" if priced else "类别")


def table_title(block: Block, max_han: int, headline: str = "") -> str:
    table = block.table
    if table is not None and is_figure_listing(table):
        return "数据表"  # its column names are figures' labels, not a name to say
    grouped = _groups_title(table) if table is not None else ""
    if grouped and fits(grouped, max_han):
        return grouped
    cells: tuple[str, ...] = ()
    if table is not None:
        cells = table.header or (table.rows[0] if table.rows else ())
    if not cells:
        first = block.text.strip().splitlines()[0] if block.text.strip() else ""
        cells = tuple(c for c in re.split(r"\t|\s{2,}|\|", first) if c.strip())
    names = [tidy(c).strip(TRAILING) for c in cells]
    names = [n for n in names if han_count(n) >= 1]
    agenda = _agenda_title(names, headline)
    if agenda and fits(agenda, max_han):
        return agenda
    title = "表格"
    for name in names:
        candidate = f"{title}{'：' if title == '表格' else '、'}{name}"
        if not fits(candidate, max_han):
            break
        title = candidate
    return title
