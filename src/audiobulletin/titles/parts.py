"""Chapters named by the part they play in an official document, or by their labelled sections.

Why a module of its own: a covering notice, a plan's preamble, a reply's acknowledgement or
a run of labelled items says little in its first clause; an editor names such a chapter by
its role (印发暂行办法的通知, 制定依据, 批复) or by its sections (考试时间和科目).
"""

from __future__ import annotations

import re

from audiobulletin.document import Chapter, marker_level
from audiobulletin.titles.body import ANNOUNCES_RE
from audiobulletin.titles.fit import HARD_MAX_VISIBLE, MAX_VISIBLE, fits
from audiobulletin.titles.heading import clean_heading
from audiobulletin.zh import (
    SECTION_NUMBER,
    han_count,
    written_sentences,
)
from audiobulletin.zh import words as zh_words

#: The formula that hands a document on: 现将《…》印发给你们, …已经国务院同意，现转发给你们,
#: 现予转发，请遵照执行.
_HANDS_ON_RE = re.compile(r"现(?:将[^。]{0,80}?)?予?(印发|转发)(?:给你们|给|[，,。；])")


#: A covering notice that allots funds or quotas: 现将2031年…补贴资金下达给你们.
_ALLOTS_RE = re.compile(r"现将([^，,。《》]{2,30}?)(下达|拨付|下拨|分配)给你们")


#: A preamble that only gives what a plan rests on: 根据《…》的要求，结合本市实际，制定本方案。
_BASIS_PREAMBLE_RE = re.compile(
    r"^(?:为了?|根据|按照|依据|依照)[^。]*[，,]\s*(?:特|现)?制定(?:了)?[^。，,]{0,30}?"
    r"(?:方案|办法|规定|细则|规划|计划|制度|标准|意见|预案)。?$"
)


#: The formula that opens a procurement notice: …受…的委托，对…项目进行公开招标 (竞争性磋商,
#: 竞争性谈判, 询价).
_PROCUREMENT_OPENING_RE = re.compile(
    r"受[^。]{2,40}(?:委托|委託)[^。]{0,120}?(?:进行|進行|实施|組織|组织)?"
    r"(?:公开招标|公開招標|邀请招标|邀請招標|竞争性磋商|競爭性磋商|竞争性谈判|競爭性談判|询价|詢價)"
)


def role_title(chapter: Chapter, headline: str = "") -> str:
    """The name of a chapter that only plays a part of an official document, as an editor
    names it: the covering notice that hands a document on (现将《…暂行办法》印发给你们) is
    ``印发暂行办法的通知`` (``转发报告的通知``), named after the kind of document it hands on;
    a preamble that only says what a plan rests on (根据…，制定本方案。) is ``制定依据``, or
    named after the sections that joined it (一、工作目标).
    A reply that opens by acknowledging the request (你省《关于…的请示》收悉。) is the
    reply itself: ``复函`` or ``批复`` as the headline calls it, else ``答复``. The opening
    of a procurement notice (…受…委托，对…进行公开招标) is ``项目概况``.
    These name the chapter's part, so they may use the headline's words. "" for any other."""
    if chapter.heading or not chapter.blocks or chapter.blocks[0].kind != "paragraph":
        return ""
    text = chapter.blocks[0].text.strip()
    sentences = written_sentences(text)
    if len(sentences) == 1 and _BASIS_PREAMBLE_RE.match(sentences[0]):
        # joined by the plan's first short section (一、工作目标): named after the sections
        lines = [m.group(2) for b in chapter.blocks[1:] if (m := _SECTION_LINE_RE.match(b.text))]
        if len(lines) >= 2:
            return _two_sections(lines[0], lines[1], MAX_VISIBLE) or lines[0]
        return lines[0] if lines else "制定依据"
    if sentences and re.search(r"》[^。，]{0,24}收悉$", sentences[0].rstrip("。")):
        kind = re.search(r"(复函|批复)$", headline.strip())
        return kind.group(1) if kind else "答复"
    if sentences and _PROCUREMENT_OPENING_RE.search(sentences[0]):
        return "项目概况"
    for sentence in sentences[:2]:
        allotted = _ALLOTS_RE.search(sentence)
        if allotted:
            # 现将2031年耕地地力保护补贴资金下达给你们 -> 下达耕地地力保护补贴资金
            what = re.sub(r"^\d{4}年(?:度)?", "", allotted.group(1).strip())
            named = f"{allotted.group(2)}{what}"
            if han_count(what) >= 2 and fits(named, HARD_MAX_VISIBLE, HARD_MAX_VISIBLE):
                return named
        handed = _HANDS_ON_RE.search(sentence)
        if handed:
            titles = re.findall(r"《([^》]+)》", sentence[: handed.end()])
            named = _document_kind(titles[-1]) if titles else ""
            return f"{handed.group(1)}{named}的通知" if named else f"{handed.group(1)}通知"
    return ""


def _document_kind(title: str) -> str:
    """What kind of document a title names, from its last words: 《…暂行办法》 -> 暂行办法,
    《…应急预案(试行)》 -> 应急预案, 《关于…的报告》 -> 报告, 《…报名简章》 -> 报名简章."""
    title = re.sub(r"[（(][^）)]*[)）]$", "", title.strip())
    cut = [w for w in zh_words(title) if w.strip()]
    if not cut or han_count(cut[-1]) != len(cut[-1]):
        return ""
    kind = cut[-1]
    # a two-character modifier makes the kind (应急预案, 报名简章); every plan is a 工作方案
    modifier = cut[-2] if len(cut) >= 2 else ""
    if len(kind) == 2 and han_count(modifier) == len(modifier) == 2:
        kind = kind if modifier in ("关于", "有关", "相关", "工作") else modifier + kind
    return kind


#: A labelled item of a list or an article: 一、考试时间：, 第二条（申请资格）.
_LABELLED_ITEM_RE = re.compile(
    rf"(?:^|[。；;：:\s])(?:{SECTION_NUMBER}|第[一二三四五六七八九十百\d]+[条條])\s*"
    # (or its name a short sentence of its own: 第三条 限行车辆。号牌尾号为…)
    r"(?:[（(]\s*([^）)。，,]{2,8})\s*[）)]|([^：:，,。（()）\s]{2,8})(?:[：:]|。(?=\S)))"
)


#: A section's heading line within a chapter (一、会议时间), which a short chapter joined, its
#: first item's heading perhaps beside it (一、展览 1. “纸上江南”版画展); the label is its
#: second group, as in :data:`_LABELLED_ITEM_RE`.
_SECTION_LINE_RE = re.compile(
    rf"(?m)^{SECTION_NUMBER}\s*()([^：:，,。；;\s]{{2,8}})"
    r"(?:\s+(?:\d{1,2}[.．、]|[（(][一二三四五六七八九十\d]{1,3}[)）]).*)?$"
)


def about_what(name: str) -> str:
    """关于2031年城区老旧小区改造计划 (an item of the minutes) -> what it is about; a
    document's own title (关于…工作意见的报告) stays whole, and so does a short one."""
    about = re.match(r"^关于(.+)$", name)
    if about and han_count(about.group(1)) >= 4 and not re.search(r"的[^的]{1,4}$", name):
        return about.group(1)
    return name


def sections_title(chapter: Chapter, max_han: int) -> str:
    """A chapter without a heading that is a run of labelled items (一、考试时间：… 二、考试
    科目：…, 第一条（宗旨）… 第二条（申请资格）…) or of sections' heading lines (一、会议时间
    / 二、会议地点), at most after one short sentence or after what announces them (…通知
    如下：), is named after its first two labels, the word they share said once: 考试时间和
    科目, 会议时间和地点; after what announces it, one section's line names it alone
    (…公告如下： 一、招聘岗位及人数 -> 招聘岗位及人数). "" for any other chapter."""
    paragraphs = [b.text.strip() for b in chapter.blocks if b.kind == "paragraph"]
    text = "\n".join(paragraphs[:6])
    items = list(_LABELLED_ITEM_RE.finditer(text)) or list(_SECTION_LINE_RE.finditer(text))
    if not items:
        return ""
    opening = text[: items[0].start()].strip()
    announces = bool(ANNOUNCES_RE.search(opening))  # …现将有关事项通知如下：
    if len(items) == 1:
        # …公告如下： 一、招聘岗位及人数 …: the one section it announces names it; so does
        # the one a short opening sentence sets the scene for (今年以来，全市经济运行总体平稳。
        # 一、工业生产稳步回升 …), the part a listener skips to
        only = about_what((items[0].group(1) or items[0].group(2)).strip())
        brief = len(opening) <= OPENING_BRIEF_MAX and len(written_sentences(opening)) == 1
        # (…and so does the one the chapter opens on: 第三条 限行车辆。号牌尾号为…)
        return only if (announces or brief or not opening) and fits(only, max_han) else ""
    if not announces and (len(written_sentences(opening)) > 1 or len(opening) > 30):
        return ""
    first, second = ((m.group(1) or m.group(2)).strip() for m in items[:2])
    return _two_sections(first, second, max_han)


#: An opening sentence this short before a chapter's one section only sets the scene.
OPENING_BRIEF_MAX = 60


def _two_sections(first: str, second: str, max_han: int) -> str:
    """Two sections' names said as one, the word they share said once: 会议时间和会议地点 ->
    会议时间和地点; "" when they are the same or do not fit."""
    shared = next((k for k, (a, b) in enumerate(zip(first, second, strict=False)) if a != b), 0)
    # (a pause where either has its own 和: 森林防火管理、举报和求助)
    joiner = "、" if re.search(r"[和及与與]", first + second) else "和"
    name = f"{first}{joiner}{second[shared:] if 2 <= shared < len(second) - 1 else second}"
    return name if first != second and fits(name, max_han) else ""


#: A digest item's label on a line of its own: 【项目建设】.
_BRACKET_LABEL_LINE_RE = re.compile(r"^【\s*([^【】]{2,10}?)\s*】$")


#: A heading line with nothing else on it: no sentence, no clause.
_HEADING_LINE_MAX = 20


def _sibling_headings(chapter: Chapter) -> list[str]:
    """The names of the numbered sections read as one chapter (a short 三、 joined to 二、 as
    a line of its body): its heading's, then each line numbered at the same level."""
    level = marker_level(chapter.heading or "")
    if level is None or level > _SECTION_LEVEL_MAX:
        return []
    lines = [
        b.text.strip()
        for b in chapter.blocks
        if b.kind == "paragraph"
        and marker_level(b.text) == level
        and len(b.text.strip()) <= _HEADING_LINE_MAX
        and not re.search(r"[，,。；;！？!?：:]", b.text)
    ]
    return [n for n in map(clean_heading, [chapter.heading or "", *lines]) if n]


#: The deepest marker level of a section's heading (第一章, 一、, （一）).
_SECTION_LEVEL_MAX = 3


def joined_sections(chapter: Chapter, max_han: int) -> str:
    """A chapter under a 【…】 label that the next short items joined (【经济运行】…
    【项目建设】…), or under a numbered heading that the next short sections joined (三、…
    四、…), is named after its first two (经济运行和项目建设, with 等 when more follow), not
    the first alone: a listener hears where the second is; "" for any other chapter."""
    first = _BRACKET_LABEL_LINE_RE.match((chapter.heading or "").strip())
    later = [m for b in chapter.blocks if (m := _BRACKET_LABEL_LINE_RE.match(b.text.strip()))]
    if first and later:
        names = [first.group(1), *(m.group(1) for m in later)]
    else:
        names = _sibling_headings(chapter)
    if len(names) < 2:
        return ""
    name = _two_sections(names[0], names[1], max_han)
    # more than two: 等 says there are more (经济运行和项目建设等)
    return name + "等" if name and len(names) > 2 and fits(name + "等", max_han) else name
