"""A heading as written turned into a name: no list marker, brackets or end punctuation.

Why a module of its own: the script also cleans headings (to say a section's own name), so
this rule stands apart from the rules that name a chapter from its body.
"""

from __future__ import annotations

import re

from audiobulletin.document.lines import SECTION_LEVELS, is_issuer_line, marker_level
from audiobulletin.titles.fit import TRAILING, tidy
from audiobulletin.zh import (
    BRACKET_PAIRS,
    CIRCLED_NUMBERS,
    ENUMERATING_IS,
    PICTOGRAPHS,
    SECTION_NUMBER,
    han_count,
)

#: What follows a number that counts or names something (6号线, 3个, 2号楼, 5万人).
_COUNTED = (
    "号號个個家名条條项項次楼樓层層栋棟幢万萬亿億千百岁歲米吨噸元人台辆輛所座种種批期届屆户戶"
    "位天时時分秒周倍套件根只头頭株亩畝斤克升度码碼路线線室"
)
_NUM = r"[一二三四五六七八九十百零〇两\d壹贰貳叁參肆伍陆陸柒捌玖拾]+"


_MARKER_RE = re.compile(
    r"^\s*(?:"
    rf"第{_NUM}(?:章|节|節|部分|篇|编|編|卷|条|條|款|项|項)"
    # (a speech's question or side before its name: 第二个问题：政府能做什么)
    rf"|第{_NUM}(?:个|個)(?:问题|問題|方面)\s*[：:]"
    rf"|[（(]{_NUM}[)）][、.．]?"
    rf"|{ENUMERATING_IS}"
    rf"|{_NUM}[、．]"
    # (or an ASCII comma, as a text typed without Chinese marks sets it: 二,报考条件)
    r"|[一二三四五六七八九十]+,\s*"
    # …or its ASCII stop (四.其他事项)
    rf"|{SECTION_NUMBER}"
    # a bare number heads a heading (1总则, 1.2适用范围), never a count or a number's name
    # (6号线, 3个项目, 2号楼)
    rf"|\d+(?:\.\d+)*(?:[.．)）、]|\s+|(?=[^\d.年月日%．{_COUNTED}]))"
    rf"|[{CIRCLED_NUMBERS}]"
    r"|[●○■□▲△◆◇★☆•·▶►◎◉❖▌▍▎▐※#*\-—]+"
    r")\s*"
)


#: A part's or a chapter's number and its name, then what follows them.
_PART_AND_NAME_RE = re.compile(rf"^(第{_NUM}(?:部分|章|编|編|篇)\s+\S+)\s+(.+)$")


def _strip_brackets(text: str) -> str:
    """Unwrap a title wholly inside 【】「」“”…; drop a leading 【栏目】 tag before more text."""
    for _ in range(2):
        if len(text) >= 2 and BRACKET_PAIRS.get(text[0]) == text[-1] and text[0] != "《":
            inner = text[1:-1].strip()
            if inner and not any(c in inner for c in (text[0], text[-1])):
                text = inner
        m = re.match(r"^【([^】]*)】\s*(.+)$", text)
        if m and han_count(m.group(2)) >= 2:
            text = m.group(2).strip()
    return text


#: The end of a document's title or of a label standing above a document's first section.
_DOCUMENT_LABEL_RE = re.compile(
    r"(?:简章|办法|方案|规定|通知|报告|细则|意见|规则|条例|指南|须知|公告|附注|附件|说明)[：:]?$|[：:]$"
)


#: Pictographs and stars that ornament a heading at either end, with their variation
#: selectors: 📍, ❗, 🌡️, ★, ☆.
_ORNAMENT_RE = re.compile(rf"^(?:[{PICTOGRAPHS}]\s*)+|(?:\s*[{PICTOGRAPHS}])+$")


#: How long a numbered part's heading line may be.
_HEAD_LINE_MAX = 20


def clean_heading(heading: str) -> str:
    """Turn a heading as written into a name: no list marker, brackets or end punctuation.

    ``"第一章　总　　则"`` -> ``"总则"``; ``"一、天气实况"`` -> ``"天气实况"``;
    ``"【热点聚焦】"`` -> ``"热点聚焦"``; a heading that is only a marker gives ``""``.
    """
    text = re.sub(r"\s+", " ", heading.replace("\u3000", " ")).strip()
    # a post's pictographs and stars around a heading (📍重点关注区域, ★台风最新消息★) are
    # ornaments, no part of its name
    text = _ORNAMENT_RE.sub("", text).strip()
    # an attachment or a table is named by what it holds: 附件1 关于…的报告 -> 关于…的报告,
    # 表2 主要财务指标 -> 主要财务指标
    text = re.sub(
        r"^(?:附件|附表|表)\s*(?:[\d一二三四五六七八九十]{1,2}(?![\d年]))?\s*[：:.、．]?\s*(?=\S{2})",
        "",
        text,
    )
    # a document's title and who wrote it (…的实施意见 省住房城乡建设厅): the title names it
    text = re.sub(
        r"(?<=意见|办法|通知|方案|规定|报告|决定|细则|条例|规划|计划|公告|通告"
        r"|意見|辦法|規定|報告) (\S+)$",
        lambda m: "" if is_issuer_line(m[1]) else m[0],
        text,
    )
    # a numbered heading and the bold lead-in sentence its first paragraph opens on (第四章
    # 自然生态 生态质量指数。): the heading names the chapter, the sentence heads a paragraph
    head, _, lead = text.rpartition(" ")
    named = _MARKER_RE.sub("", head, count=1)  # the heading's name, its marker gone
    if (
        head
        and lead[-1:] in "。."
        and (marker_level(head) or 0) in SECTION_LEVELS
        and len(head) <= _HEAD_LINE_MAX
        and not re.search(r"[，,。；;：:]", named)
        and han_count(named) >= 2
    ):
        text = head
    # headings read together ("二、培训安排 （一）培训班设置"): the section's own is its name;
    # a document's title or a label above its first section (…报名简章 一、报名条件,
    # 附注： 一、指标解释) names the document, the section names the chapter
    # (never at a thin space that groups a figure's thousands: 约1 210公顷)
    parts = re.split(r"(?<!\d) | (?!\d{3})", text, maxsplit=1)
    first, rest = parts[0], parts[1] if len(parts) > 1 else ""
    parted = _PART_AND_NAME_RE.match(text)  # 第一部分 部门概况 一、主要职能: the part's name first
    if parted and _MARKER_RE.match(parted[2]):
        first, rest = parted[1], parted[2]
    if rest and _MARKER_RE.match(rest) and han_count(_MARKER_RE.sub("", first, count=1)) >= 2:
        text = rest if not _MARKER_RE.match(first) and _DOCUMENT_LABEL_RE.search(first) else first
    text = tidy(text)
    for _ in range(3):
        before = text
        text = _MARKER_RE.sub("", text, count=1).strip()
        text = _strip_brackets(text).strip(TRAILING)
        if text == before:
            break
    return tidy(text)
