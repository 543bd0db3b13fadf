"""A long clause named after one of its parts: its predicate, its verb and head noun, its figure.

Why a module of its own: a body clause rarely fits a title whole, and a cut after twelve
characters ends mid-phrase (…局长张新文主持). These rules find the part of the clause that
says what was done, from the words jieba tags in it.
"""

from __future__ import annotations

import itertools
import re

from audiobulletin.titles.fit import (
    HARD_MAX_VISIBLE,
    STATES_FIGURE,
    TRAILING,
    balanced,
    fits,
    no_number_tail,
)
from audiobulletin.zh import (
    HAN,
    han_count,
    tagged_words,
)

#: Adverbs of how well it went (顺利贯通, 圆满完成): the verb says what happened without them.
_HOW_WELL = r"(?:顺利|順利|成功|圆满|圓滿|胜利|勝利|正式|全面|如期)"


#: A clause that ends in such an adverb and its verb, maybe after the day: …今天正式开通运营.
_HOW_WELL_END_RE = re.compile(
    rf"^(.+?)(?:今天|今日|近日|日前|昨天|昨日)?{_HOW_WELL}([{HAN}]{{2,4}})$"
)


def _without_where(subject: str) -> str:
    """A subject without where it happened, the place after 在 or 于 that ends it (…第三次
    会议在省人民会堂 -> …第三次会议): a place is nouns alone."""
    tagged = tagged_words(subject)
    for k in range(len(tagged) - 2, 0, -1):
        word, flag = tagged[k]
        if flag[:1] not in ("n", "s", "f"):
            if word in ("在", "于", "於") and flag == "p":
                return "".join(w for w, _ in tagged[:k])
            break
    return subject


#: Where a thing is and whose it is, before its name: 青川市沿江大道, 南屏县石桥镇, 南屏市城东片区.
_OWNER_PLACE_RE = re.compile(
    r"^(?:[^\W\d第的之和与及至到]{1,5}?"
    r"(?:省|市|县|縣|区(?![域别划间块])|區|镇|鎮|乡|鄉|街道|村|社区|社區|片区|新区|园区|大道|路|街)){1,3}"
)


def _verb_or_link(word: str, flag: str) -> bool:
    """A word that makes a name more than a noun phrase: a verb of two characters or more
    (跨江 is a modifier, 建设 a verb), a preposition or a conjunction."""
    return flag[:1] in ("p", "c") or (flag[:1] == "v" and flag != "vn" and len(word) >= 2)


def subject_tail_and_verb(text: str, max_han: int) -> str:
    """A clause that is a long noun phrase and the verb that ends it (青川市沿江大道过江隧道
    左线主体结构顺利贯通) named as the thing and the verb (过江隧道左线主体结构贯通): the place
    before the thing's name can go, and so can an adverb of how well it went. "" where the
    clause does not end so, or the rest does not fit."""
    text = text.strip(TRAILING)
    m = _HOW_WELL_END_RE.match(text)
    if m:
        subject, verb = m.group(1), m.group(2)
    else:
        tagged = tagged_words(text)
        if len(tagged) < 2 or tagged[-1][1] != "v" or tagged[-2][1][:1] != "n":
            return ""
        verb = tagged[-1][0]
        subject = text[: -len(verb)]
    if han_count(verb) < 2 or any(flag == "nr" for _, flag in tagged_words(subject)[-1:]):
        return ""  # a person before the verb (…县长王大明主持): no thing it happened to
    # where it happened goes (…第三次会议在省人民会堂隆重开幕 -> …第三次会议隆重开幕)
    subject = _without_where(subject)
    place = _OWNER_PLACE_RE.match(subject)
    thing = subject[place.end() :] if place else ""
    tagged = tagged_words(thing)
    if (
        han_count(thing) < 4
        or re.match(r"[至到和与及、，,的]", thing)
        or any(_verb_or_link(word, flag) for word, flag in tagged)
    ):
        return ""
    # a name too long keeps its head, the words at its end (青川市第十七届人民代表大会第三次
    # 会议 -> 人民代表大会第三次会议): the words before only qualify it
    words = [word for word, _ in tagged]
    while not fits(thing + verb, HARD_MAX_VISIBLE, HARD_MAX_VISIBLE):
        if len(words) < 2 or han_count("".join(words[1:])) < 4:
            return ""
        words = words[1:]
        thing = "".join(words)
    return thing + verb


#: A clause that gives its subject's figure: …老年人口达到41.7万人, …总产量突破50万吨.
FIGURE_CLAUSE_RE = re.compile(
    r"^(.+?)((?:已经?|均)?(?:达到|达|突破|超过|增至|升至|降至|共计|累计|合计|为|為))"
    r"(约?\d[\d.,]*(?:多|余)?[万亿千百]?[^\d，,。；;、]{0,3})$"
)


def figure_of(m: re.Match[str], max_han: int) -> str:
    """A clause that gives a figure (a match of :data:`FIGURE_CLAUSE_RE`), named after the
    head nouns of its subject, the verb and the figure (青川市60周岁及以上户籍老年人口达到
    41.7万人 -> 老年人口达到41.7万人), never cut inside the subject; "" when that does not
    fit."""
    head = ""
    for k, (word, flag) in enumerate(reversed(tagged_words(m[1]))):
        noun = flag.startswith("n") or (k == 0 and flag == "q")  # 老年人|口: jieba's split
        if not noun or flag in ("nr", "ns", "nt") or han_count(word) != len(word):
            break
        if not fits(word + head + m[2] + m[3], max_han):
            break
        head = word + head
    return head + m[2] + m[3] if han_count(head) >= 2 else ""


def final_predicate(text: str, max_han: int) -> str:
    """The verb phrase that ends a clause too long to name whole (学生可到…服务大厅办理
    确认盖章手续 -> 确认盖章手续): the shortest tail from a verb that says enough (six Han
    characters) and has no 的, no list, no conjunction and no clause mark in it; "" when
    none does."""
    pos = len(text)
    after = ""
    tagged = tagged_words(text)
    for k in range(len(tagged) - 1, -1, -1):
        word, flag = tagged[k]
        pos -= len(word)
        tail = text[pos:].strip(TRAILING)
        if re.search("[的、，,；;和与與及或]", tail) or not fits(tail, max_han):
            return ""
        acts = flag[:1] in ("v", "d") or after in ("了", "过")  # 备案了: done, so a verb
        if len(word) == 1 and k and tagged[k - 1][1] in ("ns", "nr", "nt", "nz"):
            acts = False  # a one-character "verb" after a name is part of it: 青川站
        if word in ("到", "至") and k and tagged[k - 1][1][:1] == "n":
            acts = False  # between two nouns it joins a range: 暴雨到大暴雨
        if acts and han_count(tail) >= 6 and han_count(text[:pos]) >= 2:
            # a Han numeral right before the verb is part of it (三读通过, 二审判决): the
            # tail never starts after it
            before = tagged[k - 1] if k else ("", "")
            if before[1] == "m" and re.fullmatch(r"[一二三四五六七八九十两]+", before[0]):
                counted = text[pos - len(before[0]) :].strip(TRAILING)
                return counted if fits(counted, max_han) else ""
            return tail
        after = word
    return ""


#: What follows a person's name in a list of people: 张三院士、李四教授.
_PERSON_TITLE_RE = re.compile(
    r"^(?:院士|教授|研究员|同志|先生|女士|书记|主任|局长|部长|市长|县长|主席|总理|"
    r"总经理|董事长|工程师|专家|医生|老师)$"
)


def without_named_people(text: str) -> str:
    """``text`` without a list of two or more people (张三院士、李四教授), who are named in
    the chapter itself; unchanged when it has none, or when little would be left."""
    tagged = tagged_words(text)
    spans: list[tuple[int, int]] = []
    pos = 0
    k = 0
    while k < len(tagged):
        start, people, j, end = pos, 0, k, pos
        while j < len(tagged) and tagged[j][1].startswith("nr"):
            end += len(tagged[j][0])
            j += 1
            if j < len(tagged) and _PERSON_TITLE_RE.match(tagged[j][0]):
                end += len(tagged[j][0])
                j += 1
            people += 1
            if j < len(tagged) and tagged[j][0] == "、":
                end += 1
                j += 1
            else:
                break
        if people >= 2 and not text[start:end].endswith("、"):
            spans.append((start, end))
            break
        pos += len(tagged[k][0])
        k += 1
    if not spans:
        return text
    start, end = spans[0]
    if han_count(text[:start]) < 2 or han_count(text[end:]) < 4:
        return text
    return text[:start] + text[end:]


def told_to_do(text: str) -> str:
    """What a body is told to do, without the body: 全市各级干部要向全体获奖者学习 ->
    向全体获奖者学习 (the subject two Han characters or more before 要/应/必须…, what
    follows four or more); "" for a clause without such a modal."""
    pos = 0
    for word, _ in tagged_words(text)[:8]:
        pos += len(word)
        if word in _MODALS:
            rest = text[pos:].strip(TRAILING)
            if han_count(text[: pos - len(word)]) >= 2 and han_count(rest) >= 4:
                return rest
            return ""
    return ""


#: Words that begin with 了 as a word of its own, not as the particle after a verb.
_LIAO_WORDS = frozenset({"了解", "了结", "了却", "了不起", "了如指掌", "了望"})


def without_summed_list(text: str) -> str:
    """``text`` without the items of a list that a word after them sums up (…等基层责任,
    …及全体获奖者): the list starts after the word that governs it (压实, 向)."""
    m = re.search(r"、[^，,。；;]{1,24}?(?:等|及(?=全体|所有|广大|其他|各))", text)
    if not m:
        return text
    # the first item runs back to the word that governs the list (压实, 向), and is about
    # as long as the second (items are alike)
    second = re.sub(r"[（(][^）)]*[）)]", "", re.split(r"[、等及]", m.group(0)[1:])[0])
    tagged = []
    for word, flag in tagged_words(text[: m.start()]):
        if len(word) > 1 and word[0] == "了" and word not in _LIAO_WORDS:
            # jieba's 了高 of 攻克了高水压: the particle ends the verb, the rest is the item's
            tagged += [(word[0], "u"), (word[1:], "a")]
        else:
            tagged.append((word, flag))
    start = m.start()
    for word, flag in reversed(tagged):
        longer = han_count(text[start - len(word) : m.start()]) > max(han_count(second), 2)
        if flag[:1] in ("v", "p", "d", "c", "u") or not han_count(word) or longer:
            break
        start -= len(word)
    if start == m.start() or han_count(text[:start]) < 2:
        return text
    head, tail = text[:start], text[m.end() :]
    if head.endswith("各") and tail.startswith("各"):
        head = head[:-1]  # 城西区各商场、…及各有关经营者: 城西区各有关经营者, 各 said once
    return head + tail


#: Prepositions that put the object before the verb: 对…给予奖励, 向…学习, 把…列入….
_FRONTING = frozenset({"对", "向", "把", "将", "给"})


def fronted_predicate(text: str, max_han: int) -> str:
    """A clause that opens with its object (对为…作出贡献的人员给予奖励) is named after the
    verb phrase that ends it (组织给予奖励): the longest tail from a verb that fits and says
    something (four Han characters), with no 的 and no list in it; "" for any other clause.
    Who does it may come first (我公司将对10kV城东线、…进行线路改造 -> 进行线路改造)."""
    tagged = tagged_words(text)
    # who does it and when or whether (我公司将, 各单位要): a few words before the 对
    start = next(
        (
            k
            for k, (word, flag) in enumerate(tagged[:4])
            if word in _FRONTING
            and (k == 0 or (word in ("对", "把") and flag == "p"))  # 将 after a subject is will
            and all(f[:1] in ("n", "r", "d", "t") for _, f in tagged[:k])
        ),
        None,
    )
    if start is None:
        return ""
    pos = sum(len(word) for word, _ in tagged[:start])
    for k, (word, flag) in enumerate(tagged[start:], start=start):
        tail = text[pos:].strip(TRAILING)
        if (
            k > start
            and flag == "v"
            and han_count(tail) >= 4
            and fits(tail, max_han)
            and not re.search("[的、，,]", tail)
        ):
            return tail
        pos += len(word)
    return ""


#: The modal before what a body is told to do: 全局上下要…, 各单位应当….
_MODALS = frozenset({"要", "应", "应当", "必须", "须", "需", "需要"})


#: Where a long object's head noun starts: after its last 的 or 作出 (…上的重要讲话精神).
_HEAD_START_RE = re.compile(r"(?:的|作出|做出)(?!.*(?:的|作出|做出))")


def verb_and_head(text: str, max_han: int) -> str:
    """A clause whose object opens with a person's name (全局上下要认真学习张三同志在…座谈会上
    的重要讲话精神) is named after its verb and the object's head noun (认真学习重要讲话精神),
    never cut at the name; "" for any other clause or when that does not fit."""
    pos = 0
    start = 0
    for k, (word, flag) in enumerate(tagged_words(text)):
        if word in _MODALS and not start:
            start = pos + len(word)
        if flag.startswith("nr") and k:
            chain, rest = text[start:pos], text[pos:]
            head = _HEAD_START_RE.search(rest)
            if not head or han_count(chain) < 2 or re.search("[的，,、]", chain):
                return ""
            if not balanced(chain):
                return ""  # 今年第9号台风“|青鸾: a name inside quotes, not a person
            noun = rest[head.end() :].strip(TRAILING)
            name = chain + noun
            if 2 <= han_count(noun) <= 8 and fits(name, max_han) and balanced(noun):
                return name
            return ""
        pos += len(word)
    return ""


#: Verbs that say an event was held: where the predicate is too long, the event is the name.
_HOLDS = frozenset({"举行", "舉行", "举办", "舉辦", "召开", "召開"})


#: Nouns of figures that jieba tags as verbs (营业 收入114万亿元): never where a predicate starts.
_NOUNS_TAGGED_VERB = frozenset({"收入", "支出", "上行", "下行", "营收"})


#: A year or a period inside a clause: 2026年, 今年前11个月, 1—11月, 上半年, 前三季度.
_PERIOD_IN_CLAUSE_RE = re.compile(
    r"\d{4}年(?:度)?|(?:今年|去年|上年|本年|全年|年内)?(?:前[\d一二三四五六七八九十]+个月"
    r"|\d{1,2}\s*[—\-–~至]\s*\d{1,2}月份?|[上下]半年|前[一二三]季度|[一二三四]季度)"
)


def predicate(text: str, max_han: int, max_visible: int) -> str:
    """The clause's predicate, from its first verb to its end, when a subject comes before
    it and the predicate fits and says something (four Han characters or more): 省广电局党组
    书记、局长张新文主持召开党组会议 -> 主持召开党组会议; "" otherwise. A predicate that only
    reports speech (…中称) or runs on (…的) is no name."""
    pos = 0
    before = ""
    adverbs: tuple[int, str] | None = None  # where a run of adverbs starts, and what is before
    tagged = tagged_words(text)
    # the words of a year or a period (2026年, 今年前11个月, 上半年) after the subject:
    # 青禾县2026年公开招聘…, 青川港今年前11个月完成…
    spans = [m.span() for m in _PERIOD_IN_CLAUSE_RE.finditer(text)]
    starts = list(itertools.accumulate((len(w) for w, _ in tagged), initial=0))
    periods = {
        k
        for k, (word, _) in enumerate(tagged)
        if any(a <= starts[k] and starts[k] + len(word) <= b for a, b in spans)
    }
    for k, (word, flag) in enumerate(tagged):
        dated = k in periods or (flag == "t" and han_count(word) == len(word))
        if dated and before[:1] in ("n", "r", "j"):
            pos += len(word)  # 工程局今天举行…: the day (or the year) is no part of what was done
            continue
        if flag in ("d", "ad") and han_count(word) == len(word):
            adverbs = adverbs or (pos, before)
        elif flag == "v" and word not in _NOUNS_TAGGED_VERB:
            # the adverbs before the verb belong to the predicate: 军队又发生新的冲突
            start, before = adverbs or (pos, before)
            tail = text[start:].strip(TRAILING)
            # 增至158.62万人, 突破100万标箱: a figure's verb names nothing without its subject
            subject_ok = (
                before[:1] in ("n", "r", "j")
                and han_count(text[:start]) >= 2
                and han_count(word) >= 2
                and word not in STATES_FIGURE
            )
            if subject_ok and word in _HOLDS and not fits(tail, max_han, max_visible):
                tail = tail[len(word) :]  # 举行捷运环状线北段动工典礼: the event names itself
            if (
                subject_ok
                and han_count(tail) >= 4
                and fits(tail, max_han, max_visible)
                and balanced(tail)
                and not tail.endswith(("的", "称", "说", "指出", "表示"))
            ):
                return no_number_tail(tail)
            return ""
        else:
            adverbs = None
        pos += len(word)
        before = flag
    return ""
