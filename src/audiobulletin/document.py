"""Raw report text -> :class:`Document`: title, metadata, and chapters of body blocks.

(Structure rules are documented on :func:`parse`.)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

BlockKind = Literal["paragraph", "table"]


@dataclass(frozen=True)
class Table:
    """A table found in the report.

    ``header`` holds the column names when the first row looks like one, else is empty.
    ``rows`` holds the body rows, one tuple of cell strings per row (cells as written).
    """

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class Block:
    """One body unit: a paragraph, or a table.

    ``text`` is the block exactly as written (for a table: its lines joined by newlines).
    """

    kind: BlockKind
    text: str
    table: Table | None = None


@dataclass(frozen=True)
class Chapter:
    """A heading (or none) with the blocks that follow it.

    ``heading`` is the heading line as written without its list marker noise removed
    (e.g. ``"一、天气实况"``); ``None`` for a chapter made of a lone body paragraph.
    """

    heading: str | None
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class MetaLine:
    """A metadata line: dateline, source, author, editor, time stamp.

    ``kind`` is one of ``"date"``, ``"source"``, ``"author"``, ``"editor"``, ``"stamp"``,
    ``"docno"`` or ``"other"``. ``spoken`` says whether it may be spoken in the intro
    (editor lines never are).
    """

    kind: str
    text: str
    spoken: bool = False


@dataclass(frozen=True)
class Document:
    """A parsed report.

    ``title`` joins a title wrapped over several lines; ``subtitles`` holds 原标题/副标题/`——`
    lines. ``date`` is an ISO date (YYYY-MM-DD) when the dateline gives one.
    ``dropped`` lists the lines (as written) that are deliberately not part of the body and
    not spoken, so that nothing is lost without a word.
    """

    title: str
    subtitles: tuple[str, ...] = ()
    meta: tuple[MetaLine, ...] = ()
    date: str | None = None
    chapters: tuple[Chapter, ...] = ()
    dropped: tuple[str, ...] = field(default=())
