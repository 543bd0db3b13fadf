"""Layer 3: labelled blocks grouped into chapters, then sized for listening (short ones
merged, sub-sections kept in their section, long ones split at paragraph ends)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from audiobulletin.document.lines import (
    SHORT_LINE,
    _is_marked_heading,
    _join_wrapped,
    is_issuer_line,
    marker_level,
)
from audiobulletin.document.model import Block, Chapter, Table
from audiobulletin.document.tables import group_column, is_figure_listing
from audiobulletin.zh import (
    BASIS_RE,
    FIRST_ITEM_RE,
    QUESTION_TURN_RE,
    SENTENCE_ENDS,
    opens_alike,
    split_written,
)


@dataclass
class _ChapterInProgress:
    """The chapter being built."""

    heading: str | None = None
    level: int = 0
    blocks: list[Block] = field(default_factory=list)
    #: True while following deeper/unmarked blocks belong here (a heading chapter).
    has_heading: bool = False


#: The marker level of a document's numbered sections (一、, 【…】), below its chapters (第一章).
_SECTION_MARK_LEVEL = 3


def _combine_headings(first: str, second: str, second_marked: bool) -> str:
    """Consecutive heading lines: a wrapped heading closes up, separate headings get a space."""
    if (
        second_marked
        or len(first) < 10
        or (second[:1].isascii() and second[:1].isalnum())
        or is_issuer_line(second)  # …的实施意见 / 省住房城乡建设厅: the title, then who wrote it
        # (a lead-in head that ends as a sentence is one of its own: 二、突出重点 / 一要…。)
        or second.rstrip()[-1:] in SENTENCE_ENDS + "."
    ):
        return f"{first} {second}"
    return _join_wrapped([first, second])


def _both_whole(cur: _ChapterInProgress, block: Block) -> bool:
    """A long paragraph ending in ``：`` and the long one after it are two chapters: each
    says enough to skip to (…会议形成以下意见： then one point a paragraph)."""
    return sum(len(b.text) for b in cur.blocks) >= CHAPTER_MIN and len(block.text) >= CHAPTER_MIN


class _Builder:
    """Groups labelled items into chapters (rules on :func:`parse`)."""

    def __init__(self) -> None:
        self.chapters: list[Chapter] = []
        self.current: _ChapterInProgress | None = None
        self.pending: list[Block] = []  # short lines waiting for the next chapter
        self.colon_open = False  # a stand-alone chapter ending in "：" takes the next block
        self.part = 0  # bumped where a signature and its date close a document

    def _flush(self) -> None:
        cur = self.current
        self.current = None
        self.colon_open = False
        if cur is None:
            return
        if not cur.blocks and cur.heading is not None:
            # A heading with nothing under it is read as a paragraph.
            self.chapters.append(Chapter(None, (Block("paragraph", cur.heading),), self.part))
        elif cur.blocks:
            self.chapters.append(Chapter(cur.heading, tuple(cur.blocks), self.part))

    def _settle_pending(self) -> None:
        """Short lines with no following block join the previous chapter (or stand alone)."""
        if not self.pending:
            return
        if self.current is not None and self.current.blocks:
            self.current.blocks.extend(self.pending)
        elif self.current is None and self.chapters:
            last = self.chapters[-1]
            self.chapters[-1] = Chapter(last.heading, last.blocks + tuple(self.pending), last.part)
        else:
            self._flush()
            self.chapters.append(Chapter(None, tuple(self.pending), self.part))
        self.pending = []

    def heading(self, text: str, level: int) -> None:
        cur = self.current
        # a heading right under a heading is read with it (二、… （一）…), unless it is a
        # section of its own: as high as the one before or higher (（三）… 三、…)
        nested = not (level and cur is not None and cur.level and level <= cur.level)
        if (
            cur is not None
            and not cur.level
            and level == _SECTION_MARK_LEVEL
            and (cur.heading or "").endswith(("）", ")"))
        ):
            # a note in brackets taken for a heading, then a section's own (（共计187人…） /
            # 三、公示时间): the section is headed alone, the note is read as a paragraph
            nested = False
        if cur is not None and cur.has_heading and not cur.blocks and not self.pending and nested:
            cur.heading = _combine_headings(cur.heading or "", text, level > 0)
            cur.level = level or cur.level  # the innermost marked heading governs
            return
        self._settle_pending()
        self._flush()
        self.current = _ChapterInProgress(heading=text, level=level, has_heading=True)

    def close_chapter(self) -> None:
        """A line that is not body text (metadata) closes the chapter being built."""
        self._settle_pending()
        self._flush()

    def end_part(self) -> None:
        """A signature and date close the document: what follows is another (an annex)."""
        self.close_chapter()
        if self.chapters and self.chapters[-1].part == self.part:
            self.part += 1

    def block(self, block: Block, level: int | None) -> None:
        cur = self.current
        short = block.kind == "paragraph" and len(block.text) < SHORT_LINE
        if cur is not None and cur.has_heading and (level is None or level > cur.level):
            cur.blocks.extend(self.pending)
            self.pending = []
            cur.blocks.append(block)
            return
        if cur is not None and self.colon_open and level is None and not _both_whole(cur, block):
            cur.blocks.append(block)
            self.colon_open = block.text.endswith(("：", ":"))
            return
        if short:
            self.pending.append(block)
            return
        self._flush()
        self.current = _ChapterInProgress(blocks=[*self.pending, block])
        self.pending = []
        self.colon_open = block.text.endswith(("：", ":"))

    def finish(self) -> list[Chapter]:
        self._settle_pending()
        self._flush()
        return self.chapters


#: A chapter is a unit a listener wants to skip to: shorter than this, it joins a neighbour.
CHAPTER_MIN = 120
#: A section under its own heading is worth skipping to from this size on (about eighteen
#: seconds of speech).
HEADED_MIN = 102
#: A part of the report (an annex after a signature) or an opening that says something
#: whole stands apart from this size on.
WHOLE_MIN = 60
#: A short chapter joins the one before it while the two stay under this size.
CHAPTER_JOIN_MAX = 500


#: What a table of long figures counts for: it is said in one sentence.
LISTING_SIZE = 30


def chapter_size(chapter: Chapter) -> int:
    """Characters of the chapter as written (heading and blocks); a table of long figures,
    which is announced rather than read, counts as one sentence."""
    return len(chapter.heading or "") + sum(
        LISTING_SIZE if b.table is not None and is_figure_listing(b.table) else len(b.text)
        for b in chapter.blocks
    )


def _join_chapters(first: Chapter, second: Chapter) -> Chapter:
    """``second`` read on as part of ``first``: its heading becomes a line of the body."""
    moved = (Block("paragraph", second.heading),) if second.heading else ()
    return Chapter(first.heading, first.blocks + moved + second.blocks, first.part)


def cap_chapters(chapters: Sequence[Chapter], most: int) -> list[Chapter]:
    """At most ``most`` chapters: when there are more, neighbours are read as one, in runs
    of even length (each run's first heading stays the heading, the others become lines of
    its body), so every word is kept and only some chapter marks are lost."""
    if most < 1:
        raise ValueError(f"most must be at least 1, got {most}")
    if len(chapters) <= most:
        return list(chapters)
    out = []
    for group in range(most):
        run = chapters[group * len(chapters) // most : (group + 1) * len(chapters) // most]
        joined = run[0]
        for chapter in run[1:]:
            joined = _join_chapters(joined, chapter)
        out.append(joined)
    return out


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
    level = _heading_level(chapter) if chapter.heading else None
    return HEADED_MIN if level is not None and level <= SECTION_LEVELS else CHAPTER_MIN


def _heading_level(chapter: Chapter) -> int | None:
    """The marker level of the chapter's heading: a heading that is all its mark
    (【事故经过】) is marked as much as 一、事故经过."""
    level = marker_level(chapter.heading or "")
    return _level(chapter) if level is None else level


def _leads_in(chapter: Chapter) -> bool:
    """A chapter that ends with ``：`` announces what follows, so it goes with it."""
    return bool(chapter.blocks) and chapter.blocks[-1].text.rstrip().endswith(("：", ":"))


#: A label line that opens a list: 防御指南：, 注意事项：, 具体要求如下：.
LABEL_MAX = 12


def _labelled(chapter: Chapter) -> bool:
    """A chapter that opens with a short label ending in a colon, then what it labels
    (防御指南： then 1.…；2.…), starts a section: the items after it join it, not the
    chapter before."""
    first = chapter.blocks[0].text.strip() if chapter.blocks and not chapter.heading else ""
    return 2 <= len(first) <= LABEL_MAX and first.endswith(("：", ":")) and len(chapter.blocks) > 1


def _is_bare_heading(chapter: Chapter) -> bool:
    """A heading with nothing under it (read as a paragraph): it leads into what follows."""
    if chapter.heading is not None or len(chapter.blocks) != 1:
        return False
    text = chapter.blocks[0].text
    level = marker_level(text)
    return level is not None and _is_marked_heading(text, level)


#: A section and its sub-sections under headings of their own ((一)场地安排。 on a line)
#: are one chapter up to this size; past it they are read in parts of about equal size.
SUBSECTIONS_MAX = 500


def _absorb_sublevels(chapters: Sequence[Chapter]) -> list[Chapter]:
    """A sub-section (（一） under 一、) is read as part of its section; listeners skip
    between sections, not their parts (see :func:`_read_section`)."""
    levels = [_level(c) for c in chapters]
    known = [lv for lv in levels if lv is not None]
    if not known:
        return list(chapters)
    top = min(known)
    out: list[Chapter] = []
    deeper = [level is not None and level > top for level in levels]
    i = 0
    while i < len(chapters):
        j = i + 1
        if levels[i] == top:
            while j < len(chapters) and deeper[j]:
                j += 1
        out.extend(_read_section(chapters[i:j]))
        i = j
    return out


def _read_section(section: Sequence[Chapter]) -> list[Chapter]:
    """A section with its sub-sections: one chapter while within :data:`CHAPTER_MAX`.

    Sub-sections under headings of their own are sections a listener may want to skip to
    once the whole is long: past :data:`SUBSECTIONS_MAX` the section is read in the fewest
    parts of about equal size, cut before sub-sections. Sub-items that are paragraphs
    ((一)…。 with its text on the same line) stay in the section while it fits within
    :data:`CHAPTER_MAX`; those that do not fit stand alone.
    """
    if len(section) < 2:
        return list(section)
    sizes = [chapter_size(c) for c in section]
    if any(c.heading for c in section[1:]) and sum(sizes) > SUBSECTIONS_MAX:
        parts = -(-sum(sizes) // SUBSECTIONS_MAX)
        out = []
        for a, b in _even_cuts(sizes, parts):
            joined = section[a]
            for chapter in section[a + 1 : b]:
                joined = _join_chapters(joined, chapter)
            out.append(joined)
        return out
    out = [section[0]]
    for k, chapter in enumerate(section[1:], 1):
        if len(out) == 1 and chapter_size(out[0]) + sizes[k] <= CHAPTER_MAX:
            out[0] = _join_chapters(out[0], chapter)
        else:
            out.append(chapter)
    return out


def _even_cuts(sizes: Sequence[int], parts: int) -> list[tuple[int, int]]:
    """``sizes`` cut into runs of about ``sum(sizes) / parts`` each (least squared distance
    from that size, a run never over twice :data:`SUBSECTIONS_MAX` where it can be
    helped), as (start, end) index pairs; linear in the number of sizes."""
    n = len(sizes)
    mean = sum(sizes) / min(parts, n)
    best = [0.0] + [float("inf")] * n  # best[j]: cost of the first j sizes
    back = [0] * (n + 1)
    for j in range(1, n + 1):
        total = 0
        for i in range(j - 1, -1, -1):
            total += sizes[i]
            cost = best[i] + (total - mean) ** 2
            if cost < best[j]:
                best[j], back[j] = cost, i
            if total > 2 * SUBSECTIONS_MAX:
                break
    cuts, j = [], n
    while j:
        cuts.append((back[j], j))
        j = back[j]
    return list(reversed(cuts))


#: A paragraph too long for one chapter is cut into parts of about this size: larger than
#: a group of paragraphs, since its writer kept its sentences together.
PARAGRAPH_PART_TARGET = 250
#: ...and into at most about this many parts: a feature of eight thousand characters
#: scraped into one line is a dozen parts a listener skips through, not thirty.
PARAGRAPH_PARTS_MOST = 12


def _split_paragraph(chapter: Chapter) -> list[Chapter]:
    """One paragraph of a thousand characters and more (a story a page scraped into one
    line) is cut at sentence ends as a story's paragraphs are grouped, but towards
    :data:`PARAGRAPH_PART_TARGET` characters, where a new speaker comes in and not before
    a sentence that goes on with the one before; a very long one into at most about
    :data:`PARAGRAPH_PARTS_MOST` parts."""
    sentences = [
        Chapter(None, (Block("paragraph", s.strip()),), chapter.part)
        for s in split_written(chapter.blocks[0].text)
        if s.strip()
    ]
    if len(sentences) < 2:
        return [chapter]
    target = max(PARAGRAPH_PART_TARGET, chapter_size(chapter) // PARAGRAPH_PARTS_MOST)
    parts = []
    for k, group in enumerate(_best_grouping(sentences, target)):
        block = Block("paragraph", "".join(b.text for b in group.blocks))
        parts.append(Chapter(chapter.heading if k == 0 else None, (block,), chapter.part))
    return parts


def _split_long(chapter: Chapter) -> list[Chapter]:
    """A chapter over :data:`CHAPTER_MAX` made of several paragraphs is cut at paragraph
    ends into parts of about equal size, so a listener can still skip through it; a single
    paragraph that long is cut at sentence ends."""
    size = chapter_size(chapter)
    if size <= CHAPTER_MAX:
        return [chapter]
    if len(chapter.blocks) == 1 and chapter.blocks[0].kind == "paragraph":
        return _split_paragraph(chapter)
    if len(chapter.blocks) < 2:
        return [chapter]
    else:
        parts_wanted = -(-size // CHAPTER_MAX)
    target = size / parts_wanted
    parts: list[Chapter] = []
    heading, filled = chapter.heading, len(chapter.heading or "")
    blocks: list[Block] = []
    for block in chapter.blocks:
        if blocks and filled >= target and len(parts) < parts_wanted - 1:
            parts.append(Chapter(heading, tuple(blocks), chapter.part))
            heading, blocks, filled = None, [], 0
        blocks.append(block)
        filled += len(block.text)
    parts.append(Chapter(heading, tuple(blocks), chapter.part))
    return parts


#: A table of at least this many rows may be read as parts, one per large group of rows.
GROUPED_TABLE_ROWS = 12
#: A group of rows is a part of its own from this share of the table's rows (and from four
#: rows): 蔬菜, nine rows of a 22-row price table, is what a listener skips to.
GROUP_PART_SHARE = 1 / 3
#: A part has at least this many rows; fewer are read with the part beside them.
GROUP_PART_MIN_ROWS = 3


def _split_by_groups(chapter: Chapter) -> list[Chapter]:
    """A long table whose rows run in groups (a price table: 主食, 食用油, 肉禽蛋 … 蔬菜)
    read as parts a listener can skip between: each large group of consecutive rows
    (:data:`GROUP_PART_SHARE`) is a part of its own, the small groups between them are read
    together. Each part keeps the header, so its rows are named as the whole table's are;
    its written text is its own rows (the header line stays with the first part)."""
    if len(chapter.blocks) != 1 or chapter.blocks[0].table is None:
        return [chapter]
    block = chapter.blocks[0]
    table = block.table
    assert table is not None
    lines = block.text.splitlines()
    column = group_column(table)
    if (
        column is None
        or len(table.rows) < GROUPED_TABLE_ROWS
        or len(lines) != len(table.rows) + 1
        or is_figure_listing(table)
    ):
        return [chapter]
    groups = [row[column].strip() for row in table.rows]
    runs: list[tuple[int, int]] = []  # [start, end) of each run of one group
    for k, group in enumerate(groups):
        if runs and groups[runs[-1][0]] == group:
            runs[-1] = (runs[-1][0], k + 1)
        else:
            runs.append((k, k + 1))
    large = max(4, round(len(groups) * GROUP_PART_SHARE))
    # a large run is a part of its own: the table is cut at both its ends
    cuts = sorted({c for a, b in runs if b - a >= large for c in (a, b) if 0 < c < len(groups)})
    if not cuts:
        return [chapter]
    spans = list(itertools.pairwise([0, *cuts, len(groups)]))
    for k in range(len(spans) - 1, -1, -1):
        # a row or two left over is read with the part beside it, not as a part of its own
        if len(spans) > 1 and spans[k][1] - spans[k][0] < GROUP_PART_MIN_ROWS:
            other = k - 1 if k else k + 1
            merged = (min(spans[k][0], spans[other][0]), max(spans[k][1], spans[other][1]))
            spans[min(k, other) : max(k, other) + 1] = [merged]
    if len(spans) < 2:
        return [chapter]
    parts: list[Chapter] = []
    for start, end in spans:
        rows = table.rows[start:end]
        text = "\n".join(([lines[0]] if not start else []) + lines[start + 1 : end + 1])
        part = Block("table", text, Table(table.header, rows, table.unit, column))
        parts.append(Chapter(chapter.heading if not parts else None, (part,), chapter.part))
    return parts


#: Plain bullets (- …) number nothing a listener skips to.
_LIST_BULLET_LEVEL = 8
#: How much a cut between paragraphs that share words costs, against size.
COHESION_WEIGHT = 20000.0
#: Paragraph chapters are grouped towards this size (characters): an editor makes a news
#: story's paragraphs into chapters of 150 to 350 characters, the shorter where the
#: story changes subject often; where it does not, the costs of cutting keep them longer.
CHAPTER_TARGET = 180


def _group_cost(size: int, target: int) -> float:
    if size < CHAPTER_MIN:
        return 10.0 * (CHAPTER_MIN - size + target) ** 2
    return float((size - target) ** 2)


def _balance_paragraph_runs(chapters: Sequence[Chapter]) -> list[Chapter]:
    """Group each run of headless paragraph chapters into chapters near
    :data:`CHAPTER_TARGET` characters, none under :data:`CHAPTER_MIN` where the run allows.

    The grouping minimises the squared distance of each group from the target (a short
    division of the run, solved exactly) plus what each cut costs (see :func:`_cut_costs`:
    cutting inside a topic or a numbered item costs, cutting before a numbered item or a new
    speaker saves, a transcript's questions are always cut before), so a story of ten short
    paragraphs becomes a few chapters of even size rather than one long one or ten short
    ones; a run with no short paragraph is left as it is.
    """
    out: list[Chapter] = []
    run: list[Chapter] = []

    def flush() -> None:
        if any(chapter_size(c) < CHAPTER_MIN for c in run) and len(run) > 1:
            out.extend(_best_grouping(run))
        else:
            out.extend(run)
        run.clear()

    for chapter in chapters:
        if (
            chapter.heading is None
            and not _is_bare_heading(chapter)
            and not _leads_in(chapter)
            and not _labelled(chapter)
            and not is_listing_chapter(chapter)
        ):
            run.append(chapter)
        else:
            flush()
            out.append(chapter)
    flush()
    return out


def _bigrams(chapter: Chapter) -> set[str]:
    text = "".join(b.text for b in chapter.blocks)
    return {text[k : k + 2] for k in range(len(text) - 1)}


def _cohesion(a: Chapter, b: Chapter) -> float:
    """Share of bigrams two neighbouring paragraphs have in common: high within a topic."""
    x, y = _bigrams(a), _bigrams(b)
    return len(x & y) / max(1, min(len(x), len(y)))


#: The thanks that close an interview, after the turn's label: 谢谢您接受采访, 感谢您.
_THANKS_RE = re.compile(
    r"^[^:：]{0,20}[:：]\s*(?:好的[，,]?\s*)?(?:谢谢|謝謝|感谢|感謝|非常感谢|非常感謝)"
)


#: A question's turn in a transcript: 问：, 记者：, 青川日报记者：, 主持人：.
#: Any speaker's turn: a short label without punctuation, then a colon (答：, 李青：).
_TURN_RE = re.compile(r"^[^，,。：:；;！？!?\s\d]{1,20}\s*[:：]")
#: Who speaks, by office: 局长, 研究员, 理事长, 议员, 发言人 (simplified and traditional).
_OFFICE = (
    r"(?:书记|書記|主任|[局厅部处科市县区镇省院所校馆站队社会議议理事董事秘书秘書]長"
    r"|[局厅部处科市县区镇省院所校馆站队社会议理事董事秘书]长|总理|總理|总统|總統|主席"
    r"|总?经理|總?經理|总?工程师|總?工程師|研究[员員]|教授|专家|專家|[议議][员員]|代表"
    r"|[发發]言人|[负負]责人|[负負]責人|总裁|總裁|总监|總監|大使|官[员員])"
)
#: A paragraph that brings in a new speaker by office and name (青川电力公司副总经理李青在会上
#:表示，…): in a news story, where a listener skips to the next voice.
_SPEAKER_RE = re.compile(
    rf"^[^，,。；;：:！？!?]{{0,30}}?{_OFFICE}[^，,。；;！？!?]{{1,14}}?"
    r"(?:表示|[说說]|[称稱]|指出|[认認][为為]|介[绍紹]|强调|強調|分享|透露|坦言|呼吁|呼籲)"
)
#: What cutting before a paragraph that brings in a new speaker saves, against size.
SPEAKER_CUE = 12000.0
#: What cutting before a paragraph that opens a numbered item (一、…, 1. …) saves, against
#: size: a run of numbered paragraphs is cut at its items.
ITEM_CUE = 15000.0


#: A paragraph that opens by tying itself to the one before: 与此同时，此外，因此，对此，
#: 他说， (a connective, or a pronoun for the speaker just named).
_CONTINUES_RE = re.compile(
    r"^(?:(?:与此同时|同时|此外|另外|另一方面|而且|并且|但是|然而|不过|因此|所以|对此|为此"
    r"|其中|随后|接着|與此同時|對此|為此|隨後|接著)\s*[，,]"
    r"|[他她][们們]?(?:说|說|表示|指出|认为|認為|强调|強調)[，,：:])"
)
#: What cutting before a paragraph that goes on with the one before costs: it opens alike
#: (会议认为… 会议要求…) or with a connective (与此同时，…).
SAME_OPENING_COST = 30000.0


def _first_text(chapter: Chapter) -> str:
    return chapter.blocks[0].text if chapter.blocks else ""


def _cut_costs(run: Sequence[Chapter]) -> tuple[list[float], list[bool], list[bool]]:
    """For each paragraph of the run, what cutting before it costs, whether a cut there is
    required and whether it is ruled out.

    - Paragraphs that share many words belong to one topic: cutting between them costs,
      and so does cutting before a paragraph that opens like the one before (会议认为…
      会议要求…) or with a connective (与此同时，此外，她说，); cutting before a paragraph
      that brings in a new speaker by office and name saves.
    - A paragraph opening a numbered item at the run's highest level (一、… in a run of
      一、 二、 paragraphs) is where a listener skips to: cutting there saves; cutting
      before an unmarked paragraph that goes on with such an item costs.
    - In a transcript, each question opens a chapter; its answer opens another when the
      question alone is long enough to be a chapter, and is read with it otherwise.
    """
    n = len(run)
    texts = [_first_text(c) for c in run]
    cost = [0.0] + [COHESION_WEIGHT * _cohesion(run[k - 1], run[k]) for k in range(1, n)]
    levels = [marker_level(t) for t in texts]
    marked = [lv for lv in levels if lv is not None and lv < _LIST_BULLET_LEVEL]
    top = min(marked) if len(marked) >= 2 else None
    for k in range(1, n):
        # (paragraphs that open with the same subject, 会议认为， then 会议要求，, go on with
        # one account: a meeting's findings, one speaker's points)
        if opens_alike(texts[k - 1], texts[k], 2) or _CONTINUES_RE.match(texts[k]):
            cost[k] += SAME_OPENING_COST
        if _SPEAKER_RE.match(texts[k]):
            cost[k] = min(cost[k], 0.0) - SPEAKER_CUE
    in_item = False
    for k in range(n):
        if top is not None and levels[k] == top:
            in_item = True
            cost[k] = -ITEM_CUE if k else 0.0
        elif top is not None and in_item and levels[k] is None and k:
            cost[k] += ITEM_CUE
    must = [False] * n
    never = [False] * n
    # (the thanks that close an interview, 记者：谢谢您接受采访！, ask nothing)
    questions = [bool(QUESTION_TURN_RE.match(t)) and not _THANKS_RE.search(t) for t in texts]
    if any(questions):
        for k in range(1, n):
            if questions[k]:
                must[k] = True
            elif questions[k - 1] and _TURN_RE.match(texts[k]):
                long_question = chapter_size(run[k - 1]) >= CHAPTER_MIN
                must[k], never[k] = long_question, not long_question
    return cost, must, never


def _best_grouping(run: Sequence[Chapter], target: int = CHAPTER_TARGET) -> list[Chapter]:
    sizes = [chapter_size(c) for c in run]
    n = len(run)
    glue, must, never = _cut_costs(run)
    best = [0.0] + [float("inf")] * n  # best[j]: cost of grouping run[:j]
    cut = [0] * (n + 1)
    for j in range(1, n + 1):
        if j < n and never[j]:
            continue  # no group may end here
        total = 0
        for i in range(j - 1, -1, -1):
            total += sizes[i]
            cost = best[i] + _group_cost(total, target) + glue[i]
            if cost < best[j]:
                best[j], cut[j] = cost, i
            if must[i] or total > 4 * target:
                break  # a group never spans a required cut; a longer group is never better
    bounds = []
    j = n
    while j:
        bounds.append((cut[j], j))
        j = cut[j]
    groups = []
    for i, j in reversed(bounds):
        merged = run[i]
        for other in run[i + 1 : j]:
            merged = _join_chapters(merged, other)
        groups.append(merged)
    return groups


#: A table of figures may come with this many characters of caption and notes.
LISTING_NOTES = 100


def is_listing_chapter(chapter: Chapter) -> bool:
    """A chapter of tables of long figures, each with at most a caption and a note; never
    one whose text says something of its own, a sentence before the table's lead-in
    (按1:3比例确定入围人员。笔试最低合格分数线为60分。名单如下：), which is read."""
    tables = [b for b in chapter.blocks if b.table is not None]
    words = sum(len(b.text) for b in chapter.blocks if b.table is None)
    return (
        bool(tables)
        and all(b.table is not None and is_figure_listing(b.table) for b in tables)
        and words < LISTING_NOTES * len(tables)
        and not any(b.table is None and _SAYS_A_SENTENCE_RE.search(b.text) for b in chapter.blocks)
    )


#: A text that says a sentence of its own before what it leads into or notes: a full stop
#: with more after it, in a text that is no note (注：…, 资料来源：…).
_SAYS_A_SENTENCE_RE = re.compile(
    r"^(?!\s*(?:注|说明|說明|备注|備註|资料来源|資料來源|数据来源|數據來源|来源|來源)\s*\d?\s*[:：])"
    r"[^。]{6,}。\s*\S"
)


def _merge_listings(chapters: Sequence[Chapter]) -> list[Chapter]:
    """Tables of figures in a row (an annex of coordinates, one table per bridge) are one
    chapter: each is announced in a sentence, and nobody skips from one to the next."""
    out: list[Chapter] = []
    for chapter in chapters:
        if out and is_listing_chapter(chapter) and is_listing_chapter(out[-1]):
            out[-1] = _join_chapters(out[-1], chapter)
        else:
            out.append(chapter)
    return out


def merge_short_chapters(chapters: Sequence[Chapter]) -> list[Chapter]:
    """Merge chapters too short to skip to (< :data:`CHAPTER_MIN` characters, or
    :data:`HEADED_MIN` for a section under a numbered heading).

    Chapters of different document parts (a notice, and the annex printed after its
    signature) are never merged. A short chapter that opens the report or leads in (ends
    with ``：``) is read with the next one, except that a lead-in that does not state a
    purpose, before a marked item long enough to stand alone (其具体计划如下： then a long
    一、…), closes the chapter before it. Any other short chapter joins the one before
    while the two stay under :data:`CHAPTER_JOIN_MAX`, else the next. So a notice's list
    items become one chapter with their lead-in, and a story of short paragraphs a few
    chapters, not one per line.
    """
    return [c for part in _parts(chapters) for c in _merge_within_part(part)]


def _parts(chapters: Sequence[Chapter]) -> list[list[Chapter]]:
    """Chapters grouped by document part; a part too short to skip to (a 抄送 line after
    the signature) is read with the part before it."""
    parts: list[list[Chapter]] = []
    for chapter in chapters:
        if parts and parts[-1][-1].part == chapter.part:
            parts[-1].append(chapter)
        else:
            parts.append([chapter])
    merged: list[list[Chapter]] = []
    for part in parts:
        if merged and sum(chapter_size(c) for c in part) < WHOLE_MIN:
            merged[-1].extend(replace(c, part=merged[-1][0].part) for c in part)
        else:
            merged.append(part)
    return merged


def _keeps_apart(pending: Chapter, chapter: Chapter) -> bool:
    """A short chapter waiting for the next stays apart when it says something whole (at
    least :data:`WHOLE_MIN` characters, announcing nothing) and the next is a marked
    section that stands alone: the opening of a notice before its 三、…, say."""
    return (
        chapter_size(pending) >= WHOLE_MIN
        and not _leads_in(pending)
        and not _is_bare_heading(pending)
        and _stands_alone([chapter])
    )


def _asks(chapter: Chapter) -> bool:
    """Whether ``chapter`` is a transcript's question (江川日报记者：…？, 问：…), its asker
    on a line of their own or before it."""
    first = chapter.heading or (chapter.blocks[0].text if chapter.blocks else "")
    return bool(QUESTION_TURN_RE.match(first))


def _stands_alone(following: Sequence[Chapter]) -> bool:
    """The next chapter is a marked item (一、…) long enough to be a chapter of its own, or
    a question of a transcript (记者：…), which always opens one."""
    if not following:
        return False
    chapter = following[0]
    first = chapter.heading or chapter.blocks[0].text
    if QUESTION_TURN_RE.match(first):
        return True
    level = _heading_level(chapter) if chapter.heading else marker_level(first)
    return level is not None and chapter_size(chapter) >= CHAPTER_MIN


def _short_items(chapter: Chapter) -> bool:
    """A chapter of list items each too short to be one ((1)…；(2)…；): what a lead-in
    announces, whatever their sum."""
    return (
        chapter.heading is None
        and len(chapter.blocks) > 1
        and len(chapter.blocks[0].text) < CHAPTER_MIN
        and marker_level(chapter.blocks[0].text) == marker_level(chapter.blocks[1].text)
    )


#: The caption of a numbered table or figure: 表1 2030年主要农产品产量, 图2 ….
_CAPTION_RE = re.compile(r"^(?:表|图|附表|附图)\s*\d{1,2}(?:[-.．]\d+)?(?:\s|[:：．.、]|$)")


def _tables_with_their_section(chapters: Sequence[Chapter]) -> list[Chapter]:
    """A numbered table under its caption (表1 …) belongs to the section above it (二、农业):
    they are read as one chapter while it stays within :data:`CHAPTER_MAX`."""
    out: list[Chapter] = []
    for chapter in chapters:
        if (
            out
            and chapter.heading
            and _CAPTION_RE.match(chapter.heading)
            and any(b.table is not None for b in chapter.blocks)
            and out[-1].heading
            and marker_level(out[-1].heading) is not None
            and chapter_size(out[-1]) + chapter_size(chapter) <= CHAPTER_MAX
        ):
            out[-1] = _join_chapters(out[-1], chapter)
        else:
            out.append(chapter)
    return out


def _goes_on_in(chapter: Chapter, following: Sequence[Chapter]) -> bool:
    """A short numbered section (三、日程安排 （一）第一天。…) goes on in the unnumbered
    short chapter after it (a 5月21日 line heading the rest of its timetable): the two are
    read together before the section is judged too short to stand."""
    return (
        bool(following)
        and _level(chapter) is not None
        and _level(following[0]) is None
        and chapter_size(following[0]) < CHAPTER_MIN
    )


def _short_siblings(chapter: Chapter, following: Sequence[Chapter]) -> bool:
    """Two short sections in a row at the same level (a short 三、 then a short 四、)
    after one that stood on its own are read together, as a chapter of their own, rather
    than the first as a tail of the long section before them. (A list of short items is
    still read as one chapter: no item of it stood on its own.)"""
    if not following or chapter.heading is None or following[0].heading is None:
        return False
    nxt = following[0]
    size = chapter_size(nxt)
    if _goes_on_in(nxt, following[1:2]):
        size += chapter_size(following[1])
    return _level(chapter) == _level(nxt) and size < _min_size(nxt)


def _announces(chapter: Chapter, following: Sequence[Chapter]) -> bool:
    """A paragraph ending in ``：`` before the first of its numbered items (…现批复如下：
    then 一、…) is read with that item while the two stay within
    :data:`CHAPTER_JOIN_MAX`: the items it announces start with it."""
    if not following or chapter.heading is not None or not _leads_in(chapter):
        return False
    nxt = following[0]
    first = nxt.heading or nxt.blocks[0].text
    return (
        bool(FIRST_ITEM_RE.match(first))
        and chapter_size(chapter) + chapter_size(nxt) <= CHAPTER_JOIN_MAX
    )


def _opens_list(chapter: Chapter) -> bool:
    """A heading that names a list and then its first item (推广技术 1.分类投放…)
    opens a section: its items follow it, it is no tail of the section before."""
    if chapter.heading is None or " " not in chapter.heading:
        return False
    name, first = chapter.heading.split(" ", 1)
    return marker_level(name) is None and bool(FIRST_ITEM_RE.match(first))


def _questions_with_answers(chapters: Sequence[Chapter]) -> list[Chapter]:
    """A transcript's question left at the end of a chapter (江川日报记者： / …如何？) opens
    the chapter its answer heads (许晓燕： 谢谢您的提问。): a listener skips to a question and
    hears it answered, never an answer to a question heard before the skip."""
    out = list(chapters)
    for k in range(1, len(out)):
        prev, answer = out[k - 1], out[k]
        if answer.heading is None or answer.part != prev.part:
            continue
        blocks = prev.blocks
        asked = 0
        if (
            len(blocks) >= 3
            and QUESTION_TURN_RE.match(blocks[-2].text)
            and blocks[-2].text.rstrip()[-1:] in "：:"
            and re.search(r"[？?]", blocks[-1].text)
        ):
            asked = 2  # the asker on a line of their own, then the question
        elif (
            len(blocks) >= 2
            and QUESTION_TURN_RE.match(blocks[-1].text)
            and re.search(r"[？?]", blocks[-1].text)
        ):
            asked = 1
        if asked:
            out[k - 1] = replace(prev, blocks=blocks[:-asked])
            heard = Block("paragraph", answer.heading)
            out[k] = replace(answer, heading=None, blocks=(*blocks[-asked:], heard, *answer.blocks))
    return out


def _merge_within_part(chapters: Sequence[Chapter]) -> list[Chapter]:
    chapters = _tables_with_their_section(_merge_listings(_questions_with_answers(chapters)))
    chapters = [
        part
        for c in _absorb_sublevels(chapters)
        for split in _split_long(c)
        for part in _split_by_groups(split)
    ]
    chapters = _balance_paragraph_runs(chapters)
    out: list[Chapter] = []
    pending: Chapter | None = None
    whole = False  # out[-1] is one section that stood on its own, nothing merged into it
    siblings = False  # pending holds short sections read together after such a section
    for k, chapter in enumerate(chapters):
        was_whole, whole = whole, False
        after_whole, siblings = was_whole or siblings, False
        if is_listing_chapter(chapter):
            # a table of figures stands alone: it is announced, its caption is not read
            if pending is not None and out:
                out[-1] = _join_chapters(out[-1], pending)
            elif pending is not None:
                out.append(pending)
            pending = None
            out.append(chapter)
            continue
        if pending is not None and _keeps_apart(pending, chapter):
            out.append(pending)  # a short opening before a section that stands alone
            pending = None
        whole = pending is None
        if pending is not None:
            chapter, pending = _join_chapters(pending, chapter), None
        if chapter_size(chapter) >= _min_size(chapter) and not _announces(
            chapter, chapters[k + 1 : k + 2]
        ):
            out.append(chapter)
            continue
        whole = False
        if chapter_size(chapter) >= _min_size(chapter):
            pending = chapter  # read with the first item it announces
            continue
        if (
            out
            and _leads_in(chapter)
            # a lead-in that states a purpose or a basis opens what it announces
            and not BASIS_RE.match(chapter.blocks[0].text)
            and _stands_alone(chapters[k + 1 : k + 2])
            and not _short_items(chapters[k + 1])
        ):
            # 其具体计划如下： before items long enough to be chapters closes the one before;
            # 为吸取教训，特提出如下要求： opens the part it announces
            out[-1] = _join_chapters(out[-1], chapter)
        elif (
            not out
            or _leads_in(chapter)
            or _is_bare_heading(chapter)
            or _labelled(chapter)
            or _asks(chapter)  # a transcript's question is read with its answer
            or _goes_on_in(chapter, chapters[k + 1 : k + 2])
            or _opens_list(chapter)
        ):
            pending = chapter
        elif after_whole and _short_siblings(chapter, chapters[k + 1 : k + 3]):
            pending, siblings = chapter, True
        elif (
            not is_listing_chapter(out[-1])
            and chapter_size(out[-1]) + chapter_size(chapter) <= CHAPTER_JOIN_MAX
        ):
            out[-1] = _join_chapters(out[-1], chapter)
        else:
            pending = chapter
    if pending is not None:
        if out:
            out[-1] = _join_chapters(out[-1], pending)
        else:
            out.append(pending)
    return out
