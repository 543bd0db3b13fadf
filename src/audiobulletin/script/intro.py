"""The intro: a radio opener of what this is, when and from whom, the key facts and the map.

Why a module of its own: the intro has a budget (150 characters, 120 of key points) that
its parts share, and an order an announcer keeps; this is where they are put together.
"""

from __future__ import annotations

import re

from audiobulletin.document import (
    Chapter,
    Document,
)
from audiobulletin.script.phrasing import count_words, end_sentence
from audiobulletin.script.points import (
    FIRST_ITEM_RE,
    as_point,
    heading_like,
    in_report_order,
    intro_points,
    labelled,
    lead_in_label,
    names_give_way,
    not_said_twice,
    opening_sentence,
    repeats_opening,
    time_with_place,
)
from audiobulletin.script.provenance import (
    SAID_BEFORE_RE,
    given_on,
    named_units,
    speech_said,
    when_and_who,
)
from audiobulletin.script.tables import doc_tables, table_summary, total_row
from audiobulletin.zh import (
    to_simplified,
    without_marks,
    written_sentences,
)

#: Chapter title of the intro; kept distinct from the report's own chapter titles.
INTRO_CHAPTER = "内容提要"


#: The map of what follows lists chapter names only up to this many chapters.
MAP_MAX_NAMES = 6


#: The label of a stacked headline's line above or below the main one: 引题：, 副题：.
_STACK_LABEL_RE = re.compile(
    r"^(?:引题|引題|肩题|肩題|眉题|眉題|副题|副題|副标题|副標題)\s*[:：]\s*"
)


def intro_parts(doc: Document, titles: list[str]) -> list[str]:
    """The intro's written lines, each ending a sentence, in the order of a radio opener:
    what this is (the title), when and from whom, the key facts, then the map.

    The whole intro stays within :data:`INTRO_MAX_VISIBLE` characters: the key facts get
    what the title, the dateline and the map leave (at most 120). It never reads metadata
    lines as written (no 发布时间：, no clock time), never the headline twice, and never
    the sentence that opens the first chapter word for word: a key point that is that
    sentence is cut to its head clause, or left out.
    """
    from audiobulletin.summary import HARD_CAP_CHARS, names_group_head, visible_len

    parts = [end_sentence(headline_said(doc.title))] if doc.title else []
    when = when_and_who(doc)
    speech = speech_said(doc, doc.title) if doc.title.startswith("在") else ""
    if speech and not doc.subtitles:
        # 在全市经济工作会议上的讲话 under 市长 何振宇: the title said once, with who gave it
        speech, when = given_on(speech, when, doc)
        parts = [end_sentence(speech)]
    for subtitle in doc.subtitles:
        if SAID_BEFORE_RE.match(subtitle):
            continue
        subtitle = _STACK_LABEL_RE.sub("", subtitle)  # 引题：…, 副题：…: the line, not its label
        speech, when = given_on(speech_said(doc, subtitle), when, doc)
        parts.append(end_sentence(speech or subtitle))
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
            leads = not heading_like(b.text) and (
                n == 0
                or (k > 0 and heading_like(c.blocks[k - 1].text))
                or bool(FIRST_ITEM_RE.match(b.text))
            )
            if totals.get(k):
                pieces.append((False, totals[k]))
                continue
            said = labelled(c.blocks[k - 1].text if k else c.heading, b.text)
            if said == b.text and (label := lead_in_label(b.text)):
                said = labelled(*label)  # 一、接种时间。2031年10月8日起…: under its own label
            pieces.append((leads, said))
    pieces = time_with_place(pieces)
    paragraphs = [text for _, text in pieces]
    # the report's own lead needs no help: it leads by its place
    openers = {n for n, (first, _) in enumerate(pieces) if first and n}
    opening = opening_sentence(doc)
    points = intro_points(doc.title, paragraphs, opening, max(budget, 0), openers)
    if roomier > budget and INTRO_MAX_VISIBLE - fixed < MIN_POINTS_CHARS:
        # the map's names give way to a figure or a date that would not fit beside them
        more = intro_points(doc.title, paragraphs, opening, roomier, openers)
        if names_give_way(points, more):
            points = more
    if len(points) < 2:
        # a report that is mostly a table of changes: what the table says
        summary = next((t for t in map(table_summary, doc_tables(doc)) if t), "")
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


#: A headline's two parts set apart by a space, the second opening on a figure (…抽检结果
#: 12批次不合格): heard with a pause between them.
_HEADLINE_PARTS_RE = re.compile(r"(?<=[\u4e00-\u9fff]{4})[ \u3000]+(?=\d[^\s]{3})")


def headline_said(title: str) -> str:
    """The headline as the intro says it: a space between its parts is a pause, even where
    the second part opens on a figure, which a space pasted inside a phrase (共 12 批次)
    would otherwise close up."""
    return _HEADLINE_PARTS_RE.sub("，", title)


def _said_within(parts: list[str], points: list[str], mapping: str, bare_map: str) -> list[str]:
    """The intro's lines, held to :data:`INTRO_MAX_VISIBLE` characters as said too: figures
    said in words run longer than written (2186.54亿元 is 两千一百八十六点五四亿元), so where
    the spoken intro would run past the limit, the map names no part, then the last key
    point is cut at a clause, or left out."""
    from audiobulletin.normalize import to_spoken
    from audiobulletin.summary import visible_len
    from audiobulletin.summary.cuts import trim_to

    def over(lines: list[str]) -> int:
        return visible_len(to_spoken("".join(lines)).text) - INTRO_MAX_VISIBLE

    points = list(points)
    if mapping and over([*parts, *points, mapping]) > 0:
        mapping = bare_map
    while points and (excess := over([*parts, *points, mapping])) > 0:
        last = points[-1].rstrip("。")
        cut = trim_to(last, visible_len(last) - excess - 2)
        if cut and visible_len(cut) < visible_len(last):
            points[-1] = end_sentence(cut)
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
        points = not_said_twice(in_report_order([*points, *more], paragraphs))
    for k, point in enumerate(points):
        whole = _whole_sentence(point, paragraphs, opening)
        if whole and visible_len(whole) - visible_len(point) <= room():
            points[k] = whole
        elif opening:
            # the opening's head: with what was done, short of saying the opening again
            done = with_what_was_done(point, opening, room())
            if done and not repeats_opening(done, opening):
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
                if opening and repeats_opening(sentence, opening):
                    return ""
                return end_sentence(sentence.strip().rstrip("；;，,、：: "))
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
    said = (as_point(p, title) for p in more)
    return [p for p in said if p and visible_len(p) <= room]


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


def _mappable(title: str, chapter: Chapter) -> bool:
    """Whether the intro's map may name a chapter by ``title``: never a table's caption
    (表格：…, 数据表), which names no part a listener would skip to; a heading of the
    report's always; a name made from the chapter's first sentence when it does not stop
    on a phrase that leads on (中国电信通过加快5G建设) nor inside a clause (:func:`_cut_short`)."""
    from audiobulletin.summary.cuts import WARNS_RE, _dangles

    if title.startswith(("表格", "数据表")):
        return False
    if chapter.heading:
        return True
    # (who warns whom, 警方提醒市民, names the advice after it: a part a listener skips to)
    leads_on = _dangles(title) and not WARNS_RE.match(to_simplified(title))
    return not leads_on and not _NAME_ANNOUNCES_RE.search(title) and not _cut_short(title, chapter)


#: The end of a name that announces what follows it (今年全市招商引资的目标是): it names
#: nothing until what it announces is said.
_NAME_ANNOUNCES_RE = re.compile(r"(?:是|(?<![行作认])为|包括|包含|如下|以下|分别)$")


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
    head = f"本期简报共{count_words(n)}个部分"
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


def distinct_intro_title(titles: list[str]) -> str:
    title = INTRO_CHAPTER
    while title in titles:
        title += "（导语）"
    return title
