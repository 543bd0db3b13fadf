"""The key points spoken in the intro: a short, deterministic, extractive summary.

Why extractive: a bulletin must never say something the report does not say, so the key
points are the report's own sentences, word for word. The only edits allowed are cutting
things *off* a sentence (never changing what remains):

* a leading list marker (``一、``, ``（二）``, ``1.``, ``●`` ...) is dropped;
* a leading dateline / byline clause (``新华社北京3月5日电``, ``本报讯``, ``记者 张三``)
  is dropped, because it is not news and the intro already names the source;
* a sentence that alone would break the budget is cut after a clause (at ``，``), keeping
  the head of the sentence, which in Chinese writing carries the main statement; never
  after a clause that only leads into the next (``对今后几年，``, ``在…领导下，``), nor at a
  colon after an announcement (``主要有：``), which says nothing without what it announces;
* a sentence that ends in the list it announces (``主要有：甲、乙、丙、丁和戊``) may keep the
  list's first items and say ``等`` for the rest, as an editor shortens a list.

So every returned key point is a verbatim substring of the input, but for that ``等``.

How sentences are chosen (news-style heuristics, checked against human summaries with
``scripts/rouge_intro.py``):

* **position**: writers put the main fact first (lead bias), so early sentences score
  higher, and each paragraph's first sentence gets a small bonus;
* **centrality**: a sentence sharing many character bigrams with the rest of the report
  talks about what the report is about;
* **title overlap**: bigrams shared with the title;
* **facts**: numbers and dates make a sentence informative, and amounts (61个单位, 22万余元,
  9%) most: the key figure is what a listener remembers;
* **stock phrases** are cut off: the clauses a sentence opens with to say how keen everyone
  was (各单位领导高度重视，…) and the praise it closes with (…，充分体现了…), so that
  the facts between them can be a key point;
* **what is due**: when a rule takes effect, a deadline, when something is held: what a
  notice's listener must act on;
* **boilerplate** is penalised: bylines, datelines, sources, editors, photo captions,
  "click to read" lines, very short fragments;
* **sections**: the first sentence of each chapter leads its section, as a digest's first
  item leads its page, and gets a small bonus;
* **items**: in a numbered list of items (a digest's 1、2、3、), each item's first sentence
  is its headline; the sentences after it are its details;
* **redundancy**: a sentence that mostly repeats an already chosen one is skipped (MMR).

Sentences are then packed greedily by score into the budget (at most ``max_sentences``
sentences, ``max_chars`` visible characters) and returned in report order. A sentence
scoring far below the best one is not added merely to fill the budget: a short intro beats
a padded one (and scores better against human summaries, which run 20-80 characters).
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Collection, Iterable, Sequence

from audiobulletin.summary.candidates import (
    as_said,
    lead_announced,
    names_group_head,
    sentence_candidates,
    without_address,
    without_notes,
)
from audiobulletin.summary.cuts import (
    BRACKETED_FIELD_RE,
    FIGURE_RE,
    SPOKE_AT_RE,
    change_clause,
    comma_clauses,
    figure_clause,
    keeps_its_end,
    keeps_news,
    states_figure_or_deadline,
    trim_to,
    with_what_was_done,
)
from audiobulletin.summary.scores import (
    COURTESY_RE,
    FORMULA_RE,
    NOTE_RE,
    PART_RE,
    POINTS_AHEAD_RE,
    WEIGHTS,
    basis_only,
    boilerplate_penalty,
    char_bigrams,
    later_cost,
    request_alone,
    sentence_scores,
)
from audiobulletin.summary.words import AMOUNT_RE, DUE_RE, HARD_CAP_CHARS, visible_len
from audiobulletin.zh import (
    FULL_STOPS,
    LEANS_BACK_RE,
)

__all__ = [
    "AMOUNT_RE",
    "BRACKETED_FIELD_RE",
    "DUE_RE",
    "HARD_CAP_CHARS",
    "SPOKE_AT_RE",
    "as_said",
    "change_clause",
    "figure_clause",
    "keeps_news",
    "key_points",
    "names_group_head",
    "says_the_same",
    "states_figure_or_deadline",
    "visible_len",
    "with_what_was_done",
]


def _new_figures(text: str, said: str) -> bool:
    """Whether ``text`` has a figure that ``said`` has not (a year aside): 考试时间：2031年
    9月15日 tells what 报名时间：2031年3月25日至5月10日 does not, however alike they read."""
    figures = set(re.findall(r"\d+(?:\.\d+)?", text)) - set(re.findall(r"\d{4}", text))
    return bool(figures - set(re.findall(r"\d+(?:\.\d+)?", said)))


def says_the_same(text: str, said: str) -> bool:
    """Whether ``text`` says again what ``said`` said: most of its words are there, and it
    has no figure of its own."""
    grams, said_grams = Counter(char_bigrams(text)), Counter(char_bigrams(said))
    return _alike(grams, said_grams) and not _new_figures(text, said)


def _alike(a: Counter[str], b: Counter[str]) -> bool:
    return _similarity(a, b) > 0.5


def _similarity(a: Counter[str], b: Counter[str]) -> float:
    if not a or not b:
        return 0.0
    inter = sum((a & b).values())
    return inter / min(sum(a.values()), sum(b.values()))


#: The label of a warning's stock advice (防御指南：1. 切断有危险的室外电源…): the same for
#: every warning of its kind and level, it closes the warning and holds none of its news.
_GUIDE_RE = re.compile(
    r"^\s*(?:防御指南|防禦指引|防御措施|防范措施|防御建议|防范建议|防御提示)\s*[：:]"
)


def key_points(
    title: str,
    paragraphs: Iterable[str],
    *,
    max_sentences: int = 3,
    max_chars: int = 120,
    skip: Collection[str] = (),
    openers: Collection[int] = (),
    after: Sequence[str] = (),
    news_only: bool = False,
) -> list[str]:
    """Deterministic extractive summary: returns sentences as written, in report order.

    ``openers`` are the paragraphs that open a chapter (by their place in ``paragraphs``):
    their first sentence leads a section.

    ``after``: points said already, which these follow (the intro chooses again after its
    first points): each is a later key point, cut only where the cut keeps its news, and
    none says what one of them said (48小时内气温将下降8℃ after …48小时内…气温将下降8度).
    ``news_only``: only points that hold news a listener keeps (:func:`keeps_news`).

    A sentence within one of ``skip`` (one said already) is left out: the sentence after it
    then leads its paragraph, but not inside a numbered item, whose sentences after its
    first stay its own (a digest's items are separate stories).

    Rules: at most ``max_sentences`` sentences totalling at most ``max_chars`` visible
    characters (never more than :data:`HARD_CAP_CHARS`); each item is a verbatim substring
    of one input paragraph (a leading list marker or dateline may be cut off, and a
    sentence too long for the budget may be cut after a clause, and then keep the later
    clause that holds its figure: see :func:`_with_its_figure`; a later key point only where
    the cut keeps its news, see :func:`keeps_news`), except the head of a
    group in a list of its members, said as a statement, and a sentence whose clauses all
    frame its last, said as its subject and that clause (:func:`_subject_and_predicate`);
    no item repeats another. A covering notice with no other point gives what it asks
    (通知要求结合实际，抓好落实。, :func:`_formula_request`).
    Returns ``[]`` when the paragraphs hold no usable sentence. Ties are broken by report
    order, so the same input always gives the same output.
    """
    given = list(paragraphs)
    keep = [k for k, p in enumerate(given) if p and p.strip()]
    paras = [given[k] for k in keep]
    guide = next((n for n, p in enumerate(paras) if _GUIDE_RE.match(p)), 0)
    if guide:
        paras = paras[:guide]  # a warning's stock advice: every warning of its kind says it
    opening = {n for n, k in enumerate(keep) if k in openers}
    budget = min(max_chars, HARD_CAP_CHARS)
    if max_sentences <= 0 or budget <= 0 or not paras:
        return []
    cands = sentence_candidates(paras)
    if skip:
        skip = [without_notes(t) for t in skip]
        gone = [any(c.text.rstrip(FULL_STOPS) in t for t in skip) for c in cands]
        cands = [
            # a part of the total left out (其中，…) does not lead in its place
            dataclasses.replace(
                c, index=c.index - (0 if c.inside_item or PART_RE.match(c.text) else sum(gone[:k]))
            )
            for k, c in enumerate(cands)
            if not gone[k]
        ]
    if not cands:
        return request_alone(title, paras, budget, bool(after))
    cands = lead_announced(cands, paras)
    scores = sentence_scores(title, cands)
    scores = [
        sc + (WEIGHTS["section_lead"] if c.first_in_para and c.para in opening else 0.0)
        for c, sc in zip(cands, scores, strict=True)
    ]
    order = sorted(range(len(cands)), key=lambda i: (-scores[i], i))

    following = bool(after)
    chosen: list[tuple[int, str]] = []
    said_grams = [(Counter(char_bigrams(t)), t) for t in after]
    used = 0

    def ranked(rest: list[int]) -> list[int]:
        # points after others: of two close ones, one with its news said whole goes first
        # (…共发现安全隐患8处，现已全部完成整改 before a sentence cut to fit); the room left
        # changes only when a point is taken, so the rest is ranked again only then
        if not following:
            return rest
        left = budget - used
        return sorted(rest, key=lambda i: (later_cost(cands[i].text, left) - scores[i], i))

    queue = ranked(list(order))
    crowded = False
    pos = 0
    while pos < len(queue):
        i = queue[pos]
        pos += 1
        if len(chosen) >= max_sentences:
            break
        text = cands[i].text
        if (chosen or following) and scores[i] < scores[order[0]] - WEIGHTS["stop_gap"]:
            # far worse than the best: stop rather than pad, but a sentence of figures
            # gets a wider margin: the key figure is what a listener remembers
            figures = len(AMOUNT_RE.findall(text)) >= 2 and not boilerplate_penalty(text)
            if not figures or scores[i] < scores[order[0]] - WEIGHTS["figures_gap"]:
                if not following and len(chosen) >= 2:
                    break
                # a lone point, or points after others, still take a figure or a date to
                # act on, however far below: never a heading or a list of offices, and
                # never in the room of a date to act on that did not fit
                if scores[i] <= 0 or not states_figure_or_deadline(text) or crowded:
                    continue

        if FORMULA_RE.search(text) or COURTESY_RE.search(text):
            continue  # a formula (现将…印发给你们, 制定本办法) or a courtesy says nothing
        if NOTE_RE.match(text) or basis_only(text):
            continue  # a note (注：…) or a bare basis (依据：…), however alone it stands
        left = budget - used
        if visible_len(text) > left:
            trimmed = trim_to(text, left)
            if trimmed is None:
                # 请各单位于4月15日17:00前将回执报…: a date to act on left out for room
                crowded = crowded or bool(DUE_RE.search(text))
                continue
            if (chosen or following) and not (
                keeps_news(trimmed, title) or keeps_its_end(trimmed, text)
            ):
                continue  # a later key point is cut only where what is left holds its news
            text = without_address(trimmed)
            if not text:
                continue
        if news_only and not keeps_news(text, title):
            continue
        if (
            POINTS_AHEAD_RE.search(text)
            and not FIGURE_RE.search(text)
            and len(comma_clauses(text)) <= 2
        ):
            # 本次拍卖股权存在以下权利限制。, 经市委研究，拟对以下同志进行任用。: what it points
            # at is not said (a longer sentence has clauses before that may be: 春耕备耕进入
            # 关键期，为…，现将…刊发如下。)
            continue
        grams = Counter(char_bigrams(text))
        if any(_alike(grams, g) and not _new_figures(text, t) for g, t in said_grams):
            continue
        if any(text in t or t.rstrip(FULL_STOPS + "；;") in text for _, t in said_grams):
            continue  # said already, whole or cut (…有239名乘客。 of …有239名乘客，其中…)
        chosen.append((cands[i].index, text))
        said_grams.append((grams, text))
        used += visible_len(text)
        queue[pos:] = ranked(queue[pos:])
    if not chosen:
        return request_alone(title, paras, budget, following)
    # 但…, 与此同时…: the word that answers the sentence before is left out where that
    # sentence is not said just before it
    said = {k for k, _ in chosen}
    return [t if k - 1 in said else LEANS_BACK_RE.sub("", t, count=1) for k, t in sorted(chosen)]
