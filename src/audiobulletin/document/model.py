"""The parsed report: a title, its metadata, and chapters of body blocks."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

BlockKind = Literal["paragraph", "table"]


@dataclass(frozen=True)
class Table:
    """A table found in the report.

    ``header`` holds the column names when the first row looks like one, else is empty.
    ``rows`` holds the body rows, one tuple of cell strings per row (cells as written).
    ``unit`` is the unit a ``单位：元/公斤`` line above the table gives its figures.
    ``grouped_by`` is, for a part of a table read in parts, the column that sorts the
    whole table's rows into groups (see :func:`audiobulletin.document.group_column`).
    """

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    unit: str = ""
    grouped_by: int | None = None


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
    #: Which of the report's documents the chapter belongs to: a notice closed by its
    #: signature and date is part 0, an annex printed after it part 1, and so on.
    part: int = 0


@dataclass(frozen=True)
class MetaLine:
    """A metadata line: dateline, source, author, editor, time stamp.

    ``kind`` is one of ``"date"``, ``"source"``, ``"author"``, ``"editor"``, ``"stamp"``,
    ``"docno"``, ``"signature"`` (the issuing body above a closing date), ``"site"`` (the
    newspaper or body whose page it is, named above the headline) or ``"other"``
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
