"""The key points an intro may say: what a report's chapters open with, cut to what matters.

Why a module of its own: a point is taken from the report's own words (a labelled field, a
heading's first clause, a sentence's head clause), and must not say again what the
headline or another point already says.
"""

from __future__ import annotations

import itertools
import re

from audiobulletin.document import (
    Document,
    is_addressee,
)
from audiobulletin.script.phrasing import end_sentence
from audiobulletin.zh import (
    FULL_STOPS,
    HAN,
    LEADING_LABEL_RE,
    MEASURED_BY,
    REPORTING_CLAUSE_RE,
    SCENE_CLAUSE_RE,
    SECTION_NUMBER,
    SENTENCE_ENDS,
    TO_BE_HELD_ON,
    ends_sentence,
    han_count,
    without_marks,
    written_sentences,
)


def as_point(point: str, title: str) -> str:
    """``point`` as a sentence of its own in the intro (…扣除； -> …扣除。), or "" where the
    title already says it (a stock verdict aside)."""
    from audiobulletin.summary.scores import _GENERIC_RE
    from audiobulletin.titles import says_again

    if not point or says_again(_GENERIC_RE.sub("", point), title):
        return ""
    return end_sentence(point.rstrip("；;，,、：: "))


_DAY_RE = re.compile(r"\d{1,2}\s*月\s*\d{1,2}\s*日")


def names_give_way(points: list[str], more: list[str]) -> bool:
    """Whether the map's names give way to ``more``, the points chosen with the room they
    take: for a figure or a date more, which tells a listener more than a chapter's name,
    never for one fewer (a longer point may outrank a shorter one with a figure once there
    is room for it)."""
    from audiobulletin.summary import states_figure_or_deadline

    def worth(point: str) -> bool:  # a figure, a deadline, or the day it happened
        return states_figure_or_deadline(point) or bool(_DAY_RE.search(point))

    kept = all(p in more for p in points if worth(p))
    return kept and any(worth(p) for p in more if p not in points)


def heading_like(text: str) -> bool:
    """A short line that ends no sentence: a heading (一、招聘岗位, 市场行情)."""
    return len(text) <= 24 and not ends_sentence(text, SENTENCE_ENDS)


#: The first item of a numbered list: 1、 1. 一、 （一） (1).
FIRST_ITEM_RE = re.compile(r"^\s*(?:1\s*[、.．](?!\d)|一\s*、|[（(]\s*[1一]\s*[)）])")


#: A heading that names when or where (报名时间, 考试地点, 会议时间和地点, 时间安排): the date or
#: place under it says nothing without it.
_WHEN_WHERE_HEADING_RE = re.compile(r"(?:时间|日期|地点|对象|對象)(?:安排)?$")


#: A line that announces what follows rather than labelling it (…安排如下：, 通知如下：).
_ANNOUNCES_RE = re.compile(r"如下|以下|下列|通知|公告|[，,。]")


_STARTS_WITH_DATE_RE = re.compile(r"^(?:\d{4}\s*年|\d{1,2}\s*月\s*\d{1,2}\s*日)")


#: An item that opens with a short label of its own, ended by a full stop: 一、接种时间。….
_LEAD_IN_LABEL_RE = re.compile(
    rf"^\s*(?:{SECTION_NUMBER}|\d{{1,2}}[.、．]|[（(][一二三四五六七八九十\d]+[)）])?"
    rf"\s*([{HAN}]{{2,10}})[。．.]\s*(?=\S)"
)


def lead_in_label(text: str) -> tuple[str, str] | None:
    """(label, the rest) of an item that opens with a label of when, where or for whom
    (一、接种时间。2031年10月8日起…: 接种时间); None for any other paragraph."""
    m = _LEAD_IN_LABEL_RE.match(text)
    if not m or not _WHEN_WHERE_HEADING_RE.search(m.group(1)):
        return None
    return m.group(1), text[m.end() :]


#: A field of when (会议时间：, 停电时间：, 时间：) and one of where (会议地点：, 停电范围：),
#: each with what it is about (会议, 停电) before the label.
_TIME_FIELD_RE = re.compile(rf"^\s*([{HAN}]{{0,6}})(?:时间|日期)[：:]\s*(?=\S)")


_PLACE_FIELD_RE = re.compile(rf"^\s*([{HAN}]{{0,6}})(?:地点|地址|范围|区域|路段)[：:]\s*(?=\S)")


#: A line that is a field, its label and its value (停电线路：10kV城北线): no item's heading.
_FIELD_RE = re.compile(r"[：:]\s*\S")


#: When and where figures were gathered (监测时间, 统计范围): how, not what a listener acts on.
_SURVEY_WORDS = frozenset({"监测", "監測", "统计", "統計", "调查", "調查", "采样", "抽样", "数据"})


#: The most characters of a place that a time takes along whole.
_PLACE_MOST = 40


#: What a place adds in brackets at its end: its address (第一会议室（滨江路168号）).
_BRACKETED_TAIL_RE = re.compile(r"\s*[（(][^（()）]*[)）]\s*$")


def time_with_place(pieces: list[tuple[bool, str]]) -> list[tuple[bool, str]]:
    """``pieces`` with a field of when followed by its field of where said as one fact
    (会议时间：2月18日上午9:30，会议地点：行政中心第一会议室。; 停电时间：10月14日
    7:30至18:30，停电范围：桃园线全线。): a notice's time says nothing a listener can use
    without its place, and two short fields would each take a fact's room. The time gives
    its first clause (its later sentences follow), a long place its first clause too; the
    chapter still says both whole."""
    out: list[tuple[bool, str]] = []
    k = 0
    while k < len(pieces):
        leads, text = pieces[k]
        j = k + 1  # the place's field, past its item's heading line (二、会议地点)
        if j < len(pieces) and heading_like(pieces[j][1]) and not _FIELD_RE.search(pieces[j][1]):
            j += 1
        time = _TIME_FIELD_RE.match(text)
        place = _PLACE_FIELD_RE.match(pieces[j][1]) if j < len(pieces) else None
        if (
            time
            and place
            and time.group(1) == place.group(1)
            and time.group(1) not in _SURVEY_WORDS
        ):
            where = written_sentences(pieces[j][1])[0].strip().rstrip("。；;.")
            # without the address in brackets after a hall's name; a long list of areas
            # gives its first clause
            where = _BRACKETED_TAIL_RE.sub("", where)
            if len(where) > _PLACE_MOST:
                where = _BRACKETED_TAIL_RE.sub("", _first_clause(where, "，,；;"))
            first = written_sentences(text)[0]
            head = _first_clause(first.strip().rstrip("。；;."), "，,")
            said = f"{head}，{where}。{text[len(first) :]}"
            out += [(leads, said), *pieces[k + 1 : j]]
            k = j + 1
            continue
        out.append((leads, text))
        k += 1
    return out


def _first_clause(text: str, marks: str) -> str:
    """``text`` up to the first of ``marks`` outside brackets and times (see
    :func:`audiobulletin.summary.cuts._marks_outside`), or whole."""
    from audiobulletin.summary.cuts import _marks_outside

    return text[: next(_marks_outside(text, marks), len(text))]


#: What makes a line ended by a colon a statement rather than an item's label: a day, or a
#: verb of issuing or saying.
_STATES_RE = re.compile(
    r"\d{1,2}\s*月\s*\d{1,2}\s*日|发布|發布|宣布|通报|通報|表示|指出|强调|強調|介绍|介紹|获悉|獲悉"
)


def labelled(heading: str | None, text: str) -> str:
    """A paragraph under an item's label that ends with a colon (儿保科、心理科：), that
    opens with its dates under a 报名时间 heading (the chapter's, or a heading line of a
    chapter joined to the one before), that gives the place under a 会议地点 heading, or
    whom it is for under a 报名对象 heading, as the field it is: 儿保科、心理科：除夕至初三
    停诊, 报名时间：2031年3月1日至3月10日, 会议地点：青川县文化中心, 报名对象：…在籍学生;
    else ``text`` unchanged."""
    from audiobulletin.summary import visible_len
    from audiobulletin.summary.words import LIST_MARKER_RE
    from audiobulletin.titles import clean_heading

    if not heading or len(heading) > 40:
        return text
    if is_addressee(heading.strip()) and not LIST_MARKER_RE.match(heading):
        return text  # whom a report is addressed to (国务院：) labels nothing; 3. 体检中心： does
    if heading.rstrip().endswith(("：", ":")) and not _ANNOUNCES_RE.search(heading):
        # an item's label (1. 急诊内科、急诊外科: / 儿保科：): what follows says nothing
        # without whom it is about
        label = clean_heading(heading.rstrip().rstrip("：:"))
        if _STATES_RE.search(label):
            return text  # a statement that leads into what it says (…继续发布台风黄色预警：)
        if label and visible_len(label) <= 24:
            return f"{label}：{text}"
        return text
    label = clean_heading(heading.split(" ")[-1])
    if len(label) > 12 or not _WHEN_WHERE_HEADING_RE.search(label):
        return text
    if label.endswith(("对象", "對象")):
        # under 报名对象, who may apply: 2031年在我市…就读的高一、高二年级在籍学生
        return text if text.startswith(label) else f"{label}：{text}"
    if not label.endswith("地点") and not _STARTS_WITH_DATE_RE.match(text):
        return text  # under 报名时间, only the dates it gives; under 会议地点, the place
    if _TIME_FIELD_RE.match(text) or _PLACE_FIELD_RE.match(text):
        return text  # under 时间地点, 时间：… is a field of its own, labelled already
    return f"{label}：{text}"


def intro_points(
    title: str, paragraphs: list[str], opening: str, budget: int, openers: set[int]
) -> list[str]:
    """The key facts for the intro: the report's own sentences (see
    :func:`audiobulletin.summary.key_points`), without the headline again, and with the
    first chapter's opening sentence cut to its headline clause; when that cuts or drops
    a point, what the budget leaves is chosen again without that sentence."""
    from audiobulletin.summary import BRACKETED_FIELD_RE, key_points, visible_len
    from audiobulletin.titles import says_again

    # a cut to fit may leave out the opening's fields in brackets (see summary.cuts.trim_to)
    openings = dict.fromkeys([opening, BRACKETED_FIELD_RE.sub("", opening)])

    def of_opening(point: str) -> bool:
        """The opening sentence, most of it, or its head saying the title again."""
        return bool(opening) and any(
            repeats_opening(point, said)
            or (without_marks(said).startswith(without_marks(point)) and says_again(point, title))
            for said in openings
        )

    def usable(chosen: list[str]) -> list[str]:
        out = []
        for point in chosen:
            if of_opening(point):
                # the opening cut to fit is headed as the whole is: its figure may follow
                head = without_marks(point).rstrip("。")
                cut = any(without_marks(said).startswith(head) for said in openings)
                whole = not any(repeats_opening(point, said) for said in openings) or cut
                point = _head_clause(opening if whole else point, title)
            said = as_point(point, title)
            if said:
                out.append(said)
        return out

    # a sentence the title says whole (a title made from it) takes no room
    chosen = key_points(
        title, paragraphs, max_chars=budget, max_sentences=4, skip=[title], openers=openers
    )
    points = usable(chosen)
    cut = any(of_opening(point) for point in chosen)
    toll = _head_clause(opening, title) if opening else ""
    if not _TOLL_RE.search(toll) or visible_len(toll) >= budget:
        toll = _when_and_toll(opening)
    if (
        toll
        and not any(_TOLL_RE.search(p) for p in points)
        and visible_len(toll) < budget
        # (a toll the title gave is no point of its own: what else the opening says is)
        and as_point(toll, title)
    ):
        # an accident's toll leads its report (…发生一起追尾事故，造成3人死亡): where the
        # opening is too long to fit, its head clause with the toll is said first, and the
        # rest is chosen again after it
        points, cut = [as_point(toll, title)], True
    if (cut or len(points) < len(chosen)) and opening:
        left = budget - sum(visible_len(p) for p in points)
        more = key_points(
            title,
            paragraphs,
            max_chars=left,
            max_sentences=4 - len(points),
            skip=[opening, title],
            openers=openers,
            after=points,
        )
        points += [p for p in usable(more) if p not in points]
        points = in_report_order(points, paragraphs)
    return not_said_twice(points)


def _when_and_toll(sentence: str) -> str:
    """The day an accident's opening sentence opens with and the clauses from its toll on
    (2034年3月14日5时52分，造成4人死亡、6人受伤): where and how it happened take longer to say
    than an intro has room for, and the chapter says them."""
    from audiobulletin.summary.cuts import comma_clauses

    clauses = comma_clauses(sentence.rstrip(FULL_STOPS))
    at = next(
        (k for k, c in enumerate(clauses) if _TOLL_RE.search(c) and _TOLL_COUNT_RE.search(c)), 0
    )
    if not at or not _EVENT_DATE_RE.match(clauses[0].strip()):
        return ""
    rest = _clauses_within("，".join(c.strip() for c in clauses[at:]), HEAD_REST_MAX)
    return f"{clauses[0].strip()}，{rest}"


def in_report_order(points: list[str], paragraphs: list[str]) -> list[str]:
    """``points`` in the order the report says them: points chosen again after the first
    follow them in the report too (…现在到达相关海域的有8艘中国舰船 before 我们还动用了10颗
    卫星…, whose 还 answers it). A point not found as written keeps its place."""
    text = without_marks("".join(paragraphs))  # marks aside: a point may say ， for ,
    places: list[int] = []
    for point in points:
        at = text.find(without_marks(point))
        places.append(at if at >= 0 else (places[-1] if places else -1))
    return [p for _, _, p in sorted(zip(places, range(len(points)), points, strict=True))]


def not_said_twice(points: list[str]) -> list[str]:
    """``points`` less any that another point already says in full (a head clause cut from
    a sentence that is also a point whole, or the sentence with clauses left out), or that
    says again what a point before it said
    with no figure of its own (48小时内最低气温将要下降8℃以上 after the lead's 未来48小时内…
    最低气温将下降8度以上); of two alike, the first stays."""
    from audiobulletin.summary import says_the_same

    bare = [without_marks(p) for p in points]
    # a point whose every clause another says: the same sentence, cut shorter
    clauses = [
        [without_marks(c) for c in re.split(r"[，,；;]", p.rstrip(FULL_STOPS)) if c.strip()]
        for p in points
    ]
    return [
        p
        for k, p in enumerate(points)
        if not any(
            j != k
            and (
                (bare[k] in other and (bare[k] != other or j < k))
                or (len(other) > len(bare[k]) and all(c in other for c in clauses[k]))
            )
            for j, other in enumerate(bare)
        )
        and not any(
            says_the_same(p, earlier) and without_marks(earlier) not in bare[k]
            for earlier in points[:k]
        )
    ]


def opening_sentence(doc: Document) -> str:
    for chapter in doc.chapters:
        for block in chapter.blocks:
            if block.kind == "paragraph":
                sentences = written_sentences(block.text)
                return sentences[0] if sentences else ""
    return ""


def repeats_opening(point: str, opening: str) -> bool:
    """Whether a key point is the first chapter's opening sentence, or most of it (the
    sentence without a lead clause such as 日前，记者从省水利厅了解到，)."""
    point, opening = without_marks(point), without_marks(opening)
    return point == opening or (point in opening and len(point) >= 0.6 * len(opening))


#: The facts after a headline clause that repeats the title are said up to this length.
HEAD_REST_MAX = 60


#: A headline clause is said with the later clause that holds its sentence's figure up to
#: this length.
HEAD_FIGURE_MAX = 60


#: How much further a head clause takes along the toll of an accident (造成3人死亡).
HEAD_TOLL_MORE = 20


_TOLL_RE = re.compile(r"死亡|遇难|遇難|受伤|受傷|失踪|失蹤|丧生|喪生")
#: How many people a toll counts: 4人, 两名, 多人.
_TOLL_COUNT_RE = re.compile(r"[\d一二两三四五六七八九十百数多]+(?:名|人)")


#: A headline clause that opens its sentence says something whole only with this many Han
#: characters or more; a shorter one names a topic or a setting, and the intro takes the
#: next fact instead.
HEAD_MIN_HAN = 12


def _clauses_within(text: str, most: int) -> str:
    """The head of ``text`` that ends at a clause mark and fits ``most`` characters; the
    whole text when it fits, "" when no head does."""
    if len(text) <= most:
        return text
    cuts = [m.start() for m in re.finditer(r"[，,；;]", text) if m.start() <= most]
    return text[: cuts[-1]] if cuts else ""


#: A clause that gives a part of the total before it (其中出港航班63架次、…，), leaning on it.
_PART_CLAUSE_RE = re.compile(r"^其中[^，,；;。]*[，,；;]\s*")


def _head_clause(sentence: str, title: str = "") -> str:
    """The sentence's headline clause: its first clause that states something the title
    does not already say, after the day it opens with (when is news), without the other
    clauses before it that only set the scene, and never
    past a colon (…发布暴雨黄色预警信号：受…影响 says the first part); empty when that is the
    whole sentence, or when the clause is too short to say anything whole
    (:data:`HEAD_MIN_HAN`)."""
    from audiobulletin.summary import (
        AMOUNT_RE,
        BRACKETED_FIELD_RE,
        change_clause,
        figure_clause,
        visible_len,
    )
    from audiobulletin.summary import SPOKE_AT_RE as _SPOKE_AT_RE
    from audiobulletin.summary.cuts import FIGURE_RE, WHEN_ONLY_RE, _dangles, _marks_outside
    from audiobulletin.summary.scores import _GENERIC_RE
    from audiobulletin.titles import says_again

    # (the post's label before its words, 【警情通报】, is no clause of its news)
    sentence = LEADING_LABEL_RE.sub("", sentence)
    body = sentence.rstrip(FULL_STOPS)
    # clause marks outside brackets and times: （项目编号：…） and 17:00 end no clause
    cuts = [-1, *_marks_outside(body, "，,；;：:"), len(body)]
    spans = [(a, b) for a, b in itertools.pairwise(cuts) if body[a + 1 : b].strip()]
    clauses = [body[a + 1 : b] for a, b in spans]
    when = who = period = ""
    for k, clause in enumerate(clauses):
        if k == 0 and _EVENT_DATE_RE.match(clause.strip()):
            when = clause.strip()  # when it happened is news: 4月1日，…
            continue
        if k and _LEARNED_RE.match(clause.strip()):
            # 10月25日，记者从县统计局获悉: the day the reporter was told, not the day of what
            # the figures count
            when = ""
            continue
        if WHEN_ONLY_RE.fullmatch(clause.strip()):
            period = clause.strip()  # 今年前三季度: what the figures after it count
            continue
        if SCENE_CLAUSE_RE.match(clause.strip()) or han_count(clause) < 8:
            continue
        if k and _SAYS_WHAT_IT_MEANS_RE.match(clause.strip()):
            continue  # 标志着…: what the clause before means, leaning on it for its subject
        if _MEASURED_RE.search(clause.strip()):
            continue  # 中国地震台网正式测定: who measured it, not news a listener needs
        if REPORTING_CLAUSE_RE.match(clause.strip()) or _SPOKE_AT_RE.search(clause.strip()):
            if not _UNNAMED_REPORTER_RE.match(clause.strip()):
                who = clause.strip()  # 社会局26日宣布: who says it stays with what follows
            continue
        if without_marks(clause) in without_marks(title) or _COMPARES_RE.match(clause.strip()):
            continue  # the title's clause, or a change against the clause before (同比提高…)
        bare = re.sub(r"[（(][^（）()]*[)）]", "", clause).strip()
        day = _DAY_AND_HOUR_RE.match(bare)
        # …or a stock verdict on what the title names (我市重要民生商品价格总体平稳 under …重要
        # 商品价格监测周报): the clauses after it say how
        verdict = bool(_GENERIC_RE.search(bare)) and says_again(_GENERIC_RE.sub("", bare), title)
        if (
            says_again(bare, title)
            or verdict
            or (day and without_marks(bare)[-6:] in without_marks(title))
        ):
            # the headline clause is the title again (its aside in brackets aside, or only
            # where more closely: 在青川市南屏县发生5.6级地震 under 南屏县发生5.6级地震): the
            # facts after it are the news, and so is the hour it opens with (11月20日03时15分
            # 在…发生4.8级地震，震源深度10千米)
            when = when or (day.group(1) if day else "")
            if when and without_marks(when) in without_marks(title):
                when = ""  # the title said when already (01月01日15时10分 …发生7.4级地震)
            rest = sentence[sentence.index(clause) + len(clause) :].lstrip("，,；;：: ")
            # (a part of the title's total, 其中出港航班63架次, leans on the clause left out:
            # the facts after it stand alone)
            rest = _PART_CLAUSE_RE.sub("", rest)
            rest = _clauses_within(rest.rstrip(FULL_STOPS), HEAD_REST_MAX)
            if han_count(rest) >= 8 or (day and FIGURE_RE.search(rest)):
                return "，".join(filter(None, [when, who, rest]))
            continue
        if k == 0 and len(clauses) == 1:
            # a one-clause opening is said whole by its chapter, unless it says when the
            # event is (…将于2026年10月25日7:30鸣枪起跑): the day is the news to keep
            return sentence if _SETS_THE_DAY_RE.search(clause) and not when else ""
        first = k
        if k and clause.strip().startswith("其中"):
            # a part (其中1人经抢救无效死亡) leans on the total before it (撞倒3名行人): said
            # with it, or not at all when that total is the title's
            total = clauses[k - 1].strip()
            if without_marks(total) in without_marks(title) or says_again(total, title):
                continue
            first = k - 1
        # a clause that only leads into the next (全县围绕…目标，) is said with it
        end = k
        while _dangles(clauses[end]) and end + 1 < len(clauses) and end - k < 2:
            end += 1
        if _dangles(clauses[end]) or (k == 0 and end == len(clauses) - 1):
            return ""  # the whole sentence, or no statement within reach
        head = "，".join(c.strip() for c in clauses[first : end + 1])
        if (
            han_count(head) < HEAD_MIN_HAN
            and first == (1 if when else 0)
            and not AMOUNT_RE.search(head)
        ):
            # a short clause that opens a sentence (after its day) is its topic or its
            # setting (在美国起诉中国贪官，…; 上月平均气温偏高，…): the news comes after it.
            # After a scene, or the title's clause, it is the news (今年入汛以来，我省降雨
            # 偏多三成; …召开防汛工作会议，市长李明出席会议并讲话). One with an amount states
            # it (2031年全市地区生产总值2836.4亿元，…).
            return ""
        # a field in brackets ((号牌:江A·5K2T8), （电话：…）) is detail the chapter gives
        head = BRACKETED_FIELD_RE.sub("", head)
        said = "，".join(filter(None, [when, who, period, head]))
        rest = body[spans[end][1] + 1 :]  # after the head's last clause and its mark
        # the clause with the sentence's figure is said with it (…又发生新的武装冲突，双方共
        # 有23名军人在冲突中死亡): the figure is what a listener keeps; the day the head
        # opens with is when, not that figure (3月15日，…发生一起爆炸事故，造成3人死亡)
        more = change_clause(rest) if AMOUNT_RE.search(head) else ""
        if not FIGURE_RE.search(f"{who}{head}"):
            more = figure_clause(rest)
        # a court that gave its judgment (…一审公开宣判) is news only with the sentence it
        # passed (以…罪判处被告人陈某某有期徒刑九年), whatever figure the head has
        passed = _verdict_clause(rest) if _JUDGED_RE.search(head) else ""
        more = passed or more
        # a toll is the news of an accident, a sentence of a judgment: it comes along from
        # further
        longer = passed or _TOLL_RE.search(more)
        most = HEAD_FIGURE_MAX + (HEAD_TOLL_MORE if longer else 0)
        if more and visible_len(said) + visible_len(more) + 1 <= most:
            said += "，" + more
        return said
    spoke = _SPOKE_AT_RE.search(who)
    if spoke and spoke.group(1):
        # what was said is the headline: that the speech was made is the news left
        # (7月9日，…在…论坛上演讲称，<the title> -> 7月9日，…在…论坛上演讲)
        return "，".join(filter(None, [when, who[: spoke.end(1)]]))
    return ""


#: The end of a clause that says a court gave its judgment: 一审公开宣判, 依法作出判决, 审结.
_JUDGED_RE = re.compile(r"(?:宣判|作出(?:一审|二审|终审)?判决|审结)$")


#: A clause that gives the sentence a court passed: 以非法吸收公众存款罪判处被告人陈某某有期徒刑
#: 九年, 判处被告人…死刑, 分别判处….
_VERDICT_RE = re.compile(
    r"^(?:依法|当庭|并)?(?:以[^，,。；;]{1,30}?罪)?(?:对被告人[^，,。；;]{1,12}?)?(?:分别)?"
    r"(?:判处|判决|決定判處|判處)"
)


def _verdict_clause(rest: str) -> str:
    """The clause right after a court's judgment that gives the sentence it passed; ""."""
    from audiobulletin.summary.cuts import comma_clauses

    first = comma_clauses(rest.split("；", 1)[0].split(";", 1)[0].rstrip(FULL_STOPS))[0]
    return first if _VERDICT_RE.match(first) and han_count(first) >= 8 else ""


#: A reporter told what follows, by whom: 记者从县统计局获悉, 记者近日从…了解到.
_LEARNED_RE = re.compile(r"^记者[^，,。]{0,30}(?:获悉|了解到|得知|获知)$")


#: A clause that says what the clause before it means, leaning on it for its subject:
#: 标志着该项目转入…, 意味着…, 这标志着….
_SAYS_WHAT_IT_MEANS_RE = re.compile(
    r"^(?:这|此举|这一|此)?(?:标志着|意味着|预示着|表明)|^(?:这|此)说明"
)


#: A clause that says on which day an event is to be held: 将于2026年10月25日…, 定于3月5日….
_SETS_THE_DAY_RE = re.compile(rf"{TO_BE_HELD_ON}(?:\d{{4}}年)?\d{{1,2}}月\d{{1,2}}日")


#: A clause that gives a change against what the clause before measured: 同比提高3.5个百分点.
_COMPARES_RE = re.compile(r"^(?:同比|环比|比上年|较上年|比去年|较去年|比上期|较上期|增速比)")


#: A reporting clause that names no one a listener needs: 会议指出, 记者了解到, 他表示.
_UNNAMED_REPORTER_RE = re.compile(
    r"^(?:记者|会议|会上|会中|他|她|我们|大家|文件|通知|报告|公告|其中|此外|同时)"
)


#: Who measured it, ending the clause: 中国地震台网正式测定, 自动测定.
_MEASURED_RE = re.compile(rf"{MEASURED_BY}$")
#: The day and the hour a clause opens with, before where it happened: 11月20日03时15分在….
_DAY_AND_HOUR_RE = re.compile(r"^((?:\d{4}年)?\d{1,2}月\d{1,2}日\d{1,2}时(?:\d{1,2}分)?)(?:许)?在")
#: A clause that is only the day something happened: 4月1日, 1月25日下午, 2031年3月2日上午.
_EVENT_DATE_RE = re.compile(
    r"^(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:[上中下]午|早上|晚上|晚间|凌晨|傍晚)?"
    r"(?:\d{1,2}时(?:\d{1,2}分)?许?)?$"
)
