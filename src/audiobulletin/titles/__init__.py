"""Chapter titles: short names read aloud before each chapter and shown in players.

Why a module of its own: a chapter title must be *spoken*, so it has to read like a name
("天气实况", "总则"), not like a list position ("一、", "第1段") or a clipped sentence.

Rules (applied by :func:`chapter_titles`):

* **from the heading** when the chapter has one: list markers are stripped (``一、``,
  ``（一）``, ``(1)``, ``1、``, ``1.2``, ``①``, ``●``, ``第一章``/``第二节``/``第三部分`` ...),
  as are wrapping brackets ``【】`` and trailing punctuation; the spaces used to justify short
  headings (``总　　则``) are removed. So ``"第一章　总　　则"`` becomes ``"总则"``. An
  attachment is named by what it holds (``附件1 关于…的报告`` -> ``关于…的报告``), a
  document's title or a label above its first section by the section (``…报名简章 一、报名
  条件`` -> ``报名条件``); a long name drops the chain of places it opens with
  (``关于湖北省青川县城关镇…的报告`` -> ``…的报告``), a table's caption its number and the
  period it covers (``表1 2031年1—11月份主要财务指标`` -> ``主要财务指标``), an
  incident's name its date code when it cannot keep it (``…煤矿“8·18”事故``), a clause the
  items of a list that a word sums up (``压实乡镇、村组等基层责任`` -> ``压实基层责任``) and
  then a list of the people it names (``授予张三院士、李四院士国家最高科学技术奖`` ->
  ``授予国家最高科学技术奖``), then who is told to act (``全市干部要向全体获奖者学习`` ->
  ``向全体获奖者学习``); a body clause that still cannot be named whole is named after the
  verb phrase that ends it (``学生可到服务大厅办理确认盖章手续`` -> ``确认盖章手续``).
* **by its part** when a chapter only plays a part of an official document: the covering
  notice that hands a document on is named after the kind of document it hands on
  (``现将《…暂行办法》印发给你们`` -> ``印发暂行办法的通知``), a preamble that only says
  what a plan rests on (``根据…，制定本方案。``) is ``制定依据``, a reply that acknowledges
  the request (``…《…的请示》收悉。``) is ``复函``/``批复`` as the headline calls it.
* **by its sections** when a chapter without a heading is a run of labelled items or
  articles (``一、考试时间：… 二、考试科目：…``, ``第一条（宗旨）… 第二条（申请资格）…``), at most
  after one short sentence: ``考试时间和考试科目``.
* **otherwise from the body**: a leading label (``广州：…`` gives ``广州``), else the first
  meaningful clause of the first sentence (clauses that only give a time, a source or a
  basis — ``近日``, ``据…``, ``根据…`` —, who said it — ``会议指出`` —, or the formula of a
  covering notice — ``现将…印发给你们`` —, for whom it is meant — ``对于…的`` —, what a
  subject works toward — ``全县围绕…`` —, how it was found — ``通过检查`` —, on whose
  behalf — ``…受…委托`` —, a subject that only points back — ``这4起事故`` — are skipped; a
  purpose runs to the clause that ends its sentence, which states; an announcement —
  ``特提出如下要求：`` — gives way to its first item, a subject that sums up a list of
  names — ``甲公司、乙公司等多家企业，`` — to what they did; ``…表示<what>`` and ``从…可以看出
  <what>`` are named after what, as are ``不管…，<what>`` and ``最有效的是<what>``; an
  announcement that names what it announces (``春节门诊安排如下：``) is named after that;
  a clause that opens with its object — ``对…给予奖励`` — after
  its verb phrase, one whose object opens with a person's name after its verb and the
  object's head noun — ``要认真学习张三同志在…上的重要讲话精神`` -> ``认真学习重要讲话精神``
  —); a table chapter is named
  ``表格：<header cells>``, a table of long figures ``数据表``. A chapter without a heading
  is not named with words of the headline when the bulletin has more than one (the
  intro's map would say the headline twice): an opening whose subject says the headline
  again is named after what its predicate adds (…煤矿瓦斯爆炸事故均为责任事故 ->
  均为责任事故), else after a later phrase of the chapter.
* **short**: a phrase of up to 16 characters (every character counts) stays whole; a
  longer one loses the day it names (定于5月8日召开… -> 召开…, 21日9时17分发生… -> 发生…)
  and a period that only dates what follows, whole (召回2030年9月11日至2031年8月19日生产的
  部分汽车 -> 召回部分汽车), then is cut to about 12
  where a reader would pause: at a clause mark, before a conjunction (和/及/与/以及/并) or
  before the 的 of what a thing has (青川煤矿事故的两名责任人… -> 青川煤矿事故),
  else at a word boundary (jieba), never inside a word, a 《》 title, a Latin name
  (Model S) or a number, never
  leaving a quote open; never more than 16.
* **distinct** within the bulletin: a repeated title gets the distinguishing key phrase of
  its own body (``专项报告：土石方处理``), or the key phrase of a later clause. Ordinal
  suffixes (``（二）``) are never added: a listener hears them as list numbers. Titles
  like "第N段" or "Chapter N" are never produced.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from audiobulletin.document import Block, Chapter
from audiobulletin.document.lines import CASE_NUMBER
from audiobulletin.titles.again import says_again
from audiobulletin.titles.body import (
    DEADLINE_RE,
    REFERENCE_RE,
    SKIP_CLAUSE_RE,
    WHEN_DONE_RE,
    body_phrase,
    first_section_announced,
    split_clauses,
)
from audiobulletin.titles.fit import (
    CLAUSE_SPLIT_RE,
    HARD_MAX_VISIBLE,
    MAX_VISIBLE,
    TRAILING,
    balanced,
    fits,
    visible_len,
)
from audiobulletin.titles.heading import clean_heading
from audiobulletin.titles.naming import as_title, shorten
from audiobulletin.titles.parts import about_what, joined_sections, role_title, sections_title
from audiobulletin.zh import (
    BASIS_RE,
    DECIDES_RE,
    HAN,
    SPEAKER_LABEL_RE,
    STATEMENT_ADVERB_RE,
    han_count,
    names_person,
    tagged_words,
    written_sentences,
)

__all__ = ["HARD_MAX_VISIBLE", "chapter_titles", "clean_heading", "says_again"]


_FALLBACK = "正文"


_BANNED_RE = re.compile(r"第\s*\d+\s*段|Chapter\s*\d+", re.IGNORECASE)


#: A change said without what changed (同比增长5.8%): no name for a part.
_BARE_CHANGE_RE = re.compile(
    r"^(?:按[^，,]{1,8}计算[，,]?)?(?:同比|环比|比上年|较上年|比去年|较去年)?"
    r"(?:增长|下降|上升|减少|增加|回落|提高)[\d.]+(?:%|个百分点)$"
)


#: The verb (and its adverb) a heading of a speech or a plan opens with: 充分肯定, 准确把握,
#: 扎实抓好, 深入学习领会.
_HEADING_VERB_RE = re.compile(
    r"^(?:充分|准确|扎实|全力|切实|认真|全面|持续|加快|深入|着力|积极|大力|进一步|坚定不移地?|牢牢)"
    r"(?:肯定|把握|抓好|做好|推进|落实|扩大|培育|增进|加强|强化|提升|推动|实施|开展|打好|打赢|贯彻"
    r"|学习|领会|学习领会|学习贯彻|认识|总结|谋划|部署|抓住|用好|发挥|防范|化解|保障|改善)"
)


#: A speaker's name heading a transcript's turn has this many characters at most.
SPEAKER_NAME_MAX = 3


#: A typical case's head: its number, then its name (案例一：…案).
_CASE_HEAD_RE = re.compile(rf"^({CASE_NUMBER})\s*[：:、.．]\s*(.+)$")
_CASE_NUMBER_RE = re.compile(CASE_NUMBER)


def _base_title(chapter: Chapter, max_han: int, headline: str = "") -> str:
    joined = joined_sections(chapter, max_han)
    if joined:
        return joined
    # a transcript's speaker alone on the heading's line (陈立民：) names no part: what they
    # say does
    # (a name of two or three characters: 温馨提示： heads a section)
    speaker = chapter.heading and re.fullmatch(r"([^，,。：:\s]{2,20})[：:]", chapter.heading)
    if chapter.heading and not (
        speaker
        and (
            (han_count(speaker[1]) <= SPEAKER_NAME_MAX and names_person(speaker[1]))
            or SPEAKER_LABEL_RE.search(speaker[1])
        )
    ):
        name = clean_heading(chapter.heading)
        case = _CASE_HEAD_RE.match(name)
        if case and not fits(case[2], max_han):
            return case[1]  # 案例一：刘某某等3人生产、销售有毒、有害食品案: its number, whole
        if (about := about_what(name)) != name:
            # 关于2031年城区老旧小区改造计划 (an item of the minutes): what it is about; a
            # document's own title (关于…工作意见的报告) is cut as any other name
            name = about
            if visible_len(name) > MAX_VISIBLE:
                name = re.sub(r"^\d{2,4}年度?", "", name)  # a year that runs long only dates it
        if han_count(name) >= 1 or visible_len(name) >= 2:
            # a quoted topic inside a long heading is its name: 「…」专案报告
            if not fits(name, max_han):
                quoted = re.search(r"[「“《]([^」”》]{2,})[」”》]", name)
                if quoted and han_count(quoted.group(1)) >= 4:
                    name = quoted.group(1)
            if not fits(name, HARD_MAX_VISIBLE, HARD_MAX_VISIBLE):
                # 充分肯定2032年经济工作取得的成绩: what the part is about is the object of
                # the verb a speech's or a plan's heading opens with
                verb = _HEADING_VERB_RE.match(name)
                if verb and han_count(name[verb.end() :]) >= 4:
                    name = name[verb.end() :]
            name = as_title(name, max_han)
            if name and not _BANNED_RE.search(name):
                return name
    phrase = sections_title(chapter, max_han) or body_phrase(chapter.blocks, max_han, headline)
    if not phrase or _BANNED_RE.search(phrase):
        return _FALLBACK
    return phrase


def _phrases(chapter: Chapter, max_han: int) -> list[str]:
    """Key phrases of the chapter's sentences, in order: other names it could go by."""
    out: list[str] = []
    for block in chapter.blocks[:6]:
        if block.kind != "paragraph":
            continue
        for sentence in written_sentences(block.text):
            out += [p for p in _sentence_phrases(sentence, max_han) if p not in out]
    return out


def _sentence_phrases(sentence: str, max_han: int) -> list[str]:
    """The key phrases of one sentence's clauses, leaving out a purpose that runs over
    clauses (为激发…热情，营造…氛围，) up to the statement it serves."""
    out: list[str] = []
    purpose = when = False
    for clause in CLAUSE_SPLIT_RE.split(sentence):
        clause = clause.strip()
        if when:
            clause = DEADLINE_RE.sub("", clause, count=1)  # …后，于9月3日前将…: what is done
        when = bool(WHEN_DONE_RE.match(clause))
        if when:
            continue
        if BASIS_RE.match(clause) and not clause.startswith("经"):
            purpose = True
        elif STATEMENT_ADVERB_RE.match(clause) or DECIDES_RE.match(clause):
            purpose = False
        if purpose or not clause or SKIP_CLAUSE_RE.match(clause) or han_count(clause) < 4:
            continue
        if not balanced(clause) or REFERENCE_RE.match(clause):
            continue  # half of a bracket, or an aside: （具体…，详见附件1）
        if _only_people(clause) or _ATTENDED_RE.search(clause):
            # 厅党组成员、副厅长马骏、韩立新, 市委书记钱正阳出席会议并讲话: who was there,
            # never what the chapter tells
            continue
        phrase = body_phrase((Block("paragraph", clause),), max_han)
        if phrase and phrase not in out and not _BANNED_RE.search(phrase):
            out.append(phrase)
    return out


#: A clause that only says who came or spoke: …出席会议并讲话, …参加调研, 市长周立衡作总结讲话.
_ATTENDED_RE = re.compile(
    r"(?:出席|参加|列席|陪同)(?:会议|活动|仪式|调研|座谈)?(?:并(?:讲话|致辞|发言|作总结))?$"
    r"|^[^，,。]{0,20}(?:书记|市长|县长|区长|主任|局长|厅长|部长)[^，,。]{0,4}作(?:总结)?讲话$"
)
#: A rank in a list of people: 党组成员, 副局长, 副教授.
_RANK = r"(?:成员|书记|局长|厅长|部长|主任|处长|科长|院长|校长|教授|委员|主席|县长|市长)"
#: One of a list of people: a rank (党组成员), a rank and a name (副厅长马骏), a name (韩立新).
_PERSON_RE = re.compile(rf"^(?:\S*{_RANK}(?:[{HAN}]{{2,3}})?|[{HAN}]{{2,3}})$")


def _only_people(clause: str) -> bool:
    """Whether a clause only names people and their ranks (厅党组成员、副厅长马骏、韩立新,
    党组成员、县不动产登记中心主任胡晓东): who was there, never what the chapter tells."""
    parts = clause.split("、")
    return bool(re.search(_RANK, clause)) and all(_PERSON_RE.match(p.strip()) for p in parts)


def _disambiguate(titles: list[str], chapters: Sequence[Chapter], max_han: int) -> list[str]:
    """Make repeated titles distinct with words of the chapter itself.

    The first chapter with a repeated title keeps it; each later one becomes
    ``<title>：<its key phrase>`` (or the key phrase alone), else the key phrase of a later
    sentence of its body. Ordinal suffixes (``（二）``) are never added: a listener hears
    them as list numbers. Only when the chapter offers no other words does a title repeat.
    """
    counts = Counter(titles)
    taken = {t for t in titles if counts[t] == 1}
    out: list[str] = []
    for chapter, title in zip(chapters, titles, strict=True):
        if counts[title] == 1:
            out.append(title)
            continue
        if title not in taken:
            taken.add(title)
            out.append(title)
            continue
        options: list[str] = []
        for phrase in _phrases(chapter, max_han):
            if phrase in title or title in phrase:
                continue
            room = HARD_MAX_VISIBLE - visible_len(title) - 1
            if room >= 4:
                options.append(f"{title}：{shorten(phrase, room, room)}")
            options.append(phrase)
        choice = next(
            (
                o
                for o in options
                if o and fits(o, HARD_MAX_VISIBLE, HARD_MAX_VISIBLE) and o not in taken
            ),
            title,
        )
        taken.add(choice)
        out.append(choice)
    return out


#: Reports whose unheaded opening, before the sections, is the year's overview.
_OVERVIEWED_RE = re.compile(r"统计公报$|統計公報$")


def chapter_titles(
    chapters: Sequence[Chapter], *, max_han: int = 12, headline: str = ""
) -> list[str]:
    """One spoken title per chapter: short, natural, distinct (see the module rules).

    Returns a list as long as ``chapters``; every title is non-empty, has at most
    ``max_han`` Han characters, and differs from every other title in the list. A chapter
    without a heading is not named with words of the ``headline`` (the map of the intro
    would say the headline twice): it takes the next phrase of its body instead.
    """
    max_han = max(max_han, 4)
    roles = [role_title(ch, headline) for ch in chapters]
    if (
        chapters
        and _OVERVIEWED_RE.search(headline.strip())
        and not chapters[0].heading
        and any(ch.heading for ch in chapters[1:])
        and not roles[0]
    ):
        # a statistics bulletin opens on its overview before its sections (一、综合 …)
        roles[0] = "总体情况"
    titles = [
        role or _base_title(ch, max_han, headline) for ch, role in zip(chapters, roles, strict=True)
    ]
    for k, (chapter, title) in enumerate(zip(chapters, titles, strict=True)):
        if roles[k]:
            continue
        # with one chapter the map does not name it: nothing would be said twice
        if (
            len(chapters) > 1
            and headline
            and not chapter.heading
            and says_again(title, headline)
            # a case's number names which case it is, whatever the headline's words (案例二
            # under …第二季度…典型案例的通报)
            and not _CASE_NUMBER_RE.fullmatch(title)
            # a section's own line names it as a heading would (…安排如下： 一、展览)
            and title != sections_title(chapter, max_han)
            and title != first_section_announced(chapter.blocks, max_han)
        ):
            others = [
                p
                for p in _phrases(chapter, max_han)
                if not says_again(p, headline) and not _BARE_CHANGE_RE.match(p)
            ]
            # a clause that fits whole reads better than one cut short (…雨量超过)
            clauses = {
                c.strip(TRAILING) for b in chapter.blocks for c in CLAUSE_SPLIT_RE.split(b.text)
            }
            whole = [p for p in others if p in clauses]
            news = _beyond_headline(chapter, headline, max_han)
            titles[k] = news or (whole or others or [title])[0]
    # never more than 16, whichever rule named it
    titles = [
        t if fits(t, HARD_MAX_VISIBLE, HARD_MAX_VISIBLE) else as_title(t, max_han) for t in titles
    ]
    return _disambiguate([_without_lone_quote(t) for t in titles], chapters, max_han)


def _without_lone_quote(title: str) -> str:
    """A title cut from a quote ("我只念过小学) without the quote mark it was cut from, and
    without the brackets a date left empty when it was taken out (天文台於今日（）發出…)."""
    title = _EMPTY_BRACKETS_RE.sub("", title) or title
    bare = title.strip("\"'“”‘’「」『』")
    return bare if bare and not balanced(title) and balanced(bare) else title


#: Brackets with nothing left inside.
_EMPTY_BRACKETS_RE = re.compile(r"[（(]\s*[)）]")


def _beyond_headline(chapter: Chapter, headline: str, max_han: int) -> str:
    """What the chapter's opening clause says beyond the headline: its subject says the
    headline again (山西两起煤矿瓦斯爆炸事故 under a headline about those accidents), its
    predicate is the news (均为责任事故). "" when the opening clause has no such predicate
    of four Han characters or more that fits."""
    block = next((b for b in chapter.blocks if b.kind == "paragraph"), None)
    if block is None:
        return ""
    for clause in split_clauses(block.text)[:3]:
        cut = tagged_words(clause)
        pos = len(clause)
        for k in range(len(cut) - 1, 0, -1):
            pos -= len(cut[k][0])
            head, tail = clause[:pos], clause[pos:].strip(TRAILING)
            if han_count(head) < 6 or not cut[k][1].startswith(("v", "d")):
                continue
            if (
                han_count(tail) >= 4
                and fits(tail, max_han)
                and balanced(tail)  # never half a title: 应急预案》有关规定
                and says_again(head, headline)
                and not says_again(tail, headline)
                and not re.search(r"如下|以下", tail)  # 批复如下 announces, never names
            ):
                return tail
    return ""
