"""The sentences a summary may choose from, as they would be said: without contacts, notes or
addresses.

Why a module of its own: a paragraph's sentences become candidates only after what a
listener cannot use is taken off them (a contact block, an annex note, an address), and each
remembers where it stood (its paragraph, an item's headline or its details).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from audiobulletin.summary.cuts import WANTS_WHERE, strip_lead, without_basis, without_stock
from audiobulletin.summary.scores import FORMULA_RE, basis_only, news_in_formula
from audiobulletin.summary.words import LIST_MARKER_RE, Candidate, visible_len
from audiobulletin.zh import (
    BLANK_DATE_RE,
    HAN,
    LEAD_IN_HEAD_RE,
    QUESTION_TURN_RE,
    written_sentences,
)

#: The head of a group in a list of its members: 组　长：韩　正　　国务院副总理 (a role, a
#: name of two to four characters, perhaps spaced out, and the post the person holds).
_GROUP_HEAD_RE = re.compile(
    rf"^\s*(组\s*长|总指挥|指挥长|主\s*任|主\s*席)\s*[：:]\s*"
    rf"((?:[{HAN}][\s\u3000]*){{1,3}}[{HAN}])[\s\u3000]{{2,}}([{HAN}、（）()]{{2,30}})\s*$"
)


def _group_head(line: str) -> str:
    """``组长：韩　正　　国务院副总理`` said as a statement, 国务院副总理韩正任组长; else ""."""
    m = _GROUP_HEAD_RE.match(line)
    if not m:
        return ""
    role, name, post = (re.sub(r"[\s\u3000]", "", g) for g in m.groups())
    return f"{post}{name}任{role}。"


def names_group_head(text: str) -> bool:
    """Whether ``text`` lists a group's members under its head (组长：…), whose line is then
    a key point (see :func:`key_points`)."""
    return any(_group_head(line) for line in text.splitlines())


#: Where the contact fields of a request begin: …报市应急管理局综合科，联系人：李明，电话：….
_CONTACTS_RE = re.compile(
    r"[，,；;]\s*(?:联系人|联系电话|咨询电话|电话|邮箱|电子邮箱|传真|地址)\s*[：:]"
)


#: A note in brackets that points to an attachment (（附件1）, （详见附表2）): a reader's
#: cross-reference, which the intro does not say.
_ANNEX_NOTE_RE = re.compile(
    r"[（(]\s*(?:详见|参见|见)?附(?:件|表|图)\s*[\d一二三四五六七八九十]*\s*[)）]"
)


#: A gloss in brackets that says again what comes before it in other words (除夕至初六
#: （即1月27日—2月2日）, （以下简称“青川中心”）): a reader's aid, which the intro does not say.
_GLOSS_RE = re.compile(r"[（(]\s*(?:即|以下简称|下称|简称)[^（()）]{1,40}[)）]")


def without_notes(text: str) -> str:
    """``text`` without a reader's notes: attachments pointed to, glosses."""
    return _GLOSS_RE.sub("", _ANNEX_NOTE_RE.sub("", text))


#: An address a sentence may end with: an e-mail address or a web address.
_ADDRESS_RE = re.compile(
    r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+|(?:https?://|www\.)[!-~]+"
)


def _without_contacts(sentence: str) -> str:
    """``sentence`` without the contact fields it ends with (请于4月15日前将回执报综合科，联系
    人：李明，电话：…), or the address it ends on (…电子版发至邮箱ygb@example.cn): what is
    asked is the key point, whom to call or where to write is read in its chapter."""
    m = _CONTACTS_RE.search(sentence)
    if m and visible_len(sentence[: m.start()]) >= 12:
        return sentence[: m.start()].rstrip() + "。"
    return without_address(sentence)


def without_address(sentence: str) -> str:
    """``sentence`` without the e-mail or web address it ends on, where what is left says
    something (…电子版发至邮箱ygb@example.cn -> …电子版发至邮箱): an address is not said in
    an intro."""
    address = _ADDRESS_RE.search(sentence)
    if address and not sentence[address.end() :].strip(" 。；;.，,"):
        head = sentence[: address.start()].rstrip(" ：:，,")
        if _WANTS_ADDRESS_RE.search(head):
            # …或发邮件至: nothing to say without where to; the clauses before it may stand
            cut = max(head.rfind("，"), head.rfind(","))
            return head[:cut] + "。" if cut > 0 and visible_len(head[:cut]) >= 12 else ""
        if visible_len(head) >= 12:
            return head + sentence[address.end() :].strip(" .，,")
    return sentence


#: A verb or a word of direction that needs the address after it: 发送至, 登录, 访问.
_WANTS_ADDRESS_RE = re.compile(rf"(?:{WANTS_WHERE}|浏览|关注)$")


def as_said(sentence: str) -> str:
    """A sentence of the report as the intro would say it: without its dateline or list
    marker, a reminder's label (温馨提示：), a leading basis, stock clauses, the contacts
    or address it ends on, and a reader's notes."""
    text = _without_contacts(without_basis(without_stock(strip_lead(sentence))))
    return without_notes(_TIP_LABEL_RE.sub("", text, count=1))


#: The label of a friendly reminder (温馨提示：受冷空气影响，…) or of an answer in a Q&A
#: (答：个人缴费标准为…): what follows is the point.
_TIP_LABEL_RE = re.compile(
    r"^\s*(?:[【\[]?(?:温馨|特别|友情|重要|安全)?提示[】\]]?|答|回答)\s*[：:]\s*(?=\S)"
)


def sentence_candidates(paragraphs: Sequence[str]) -> list[Candidate]:
    out: list[Candidate] = []
    index = 0
    for p_no, para in enumerate(paragraphs):
        if QUESTION_TURN_RE.match(para.lstrip()):
            index += len(written_sentences(para))
            continue  # a reporter's question, the host's words: what is asked, not told
        after_semicolon = False
        heads = [_group_head(line) for line in para.splitlines()]
        sentences = written_sentences(para) if not any(heads) else [h for h in heads if h]
        listed = bool(LIST_MARKER_RE.match(para))
        lead = 0  # the sentence that leads the paragraph
        for s_no, raw in enumerate(sentences):
            text = as_said(raw)
            if FORMULA_RE.search(text):
                text = news_in_formula(text)
            if s_no == 0 and ((listed and LEAD_IN_HEAD_RE.fullmatch(text)) or basis_only(text)):
                # 一是强化组织保障。…: the item's sub-head; 根据…的要求。…: a basis cut off
                # from its statement. The next sentence leads the paragraph
                lead = 1
            if BLANK_DATE_RE.search(raw):
                text = ""  # 本办法自2031年  月  日起施行: a draft's slot, no key point
            if text:
                inside_item = s_no > lead and listed
                first = s_no in (0, lead)
                out.append(Candidate(index, p_no, first, after_semicolon, inside_item, text))
            after_semicolon = raw.endswith(("；", ";"))
            index += 1
    return out


def lead_announced(cands: list[Candidate], paras: Sequence[str]) -> list[Candidate]:
    """``cands`` without a lead paragraph that only announces the next one (中央气象台8月
    12日06时继续发布台风黄色预警： / 记者从市应急管理局获悉：): the paragraph it announces
    is the report's lead, and leads in its place. A lead that announces a list (…通知如
    下： before 一、…) is no such lead: the list's first item is one item among others."""
    first = cands[0] if cands else None
    if (
        first is None
        or len(cands) < 2
        or first.index != 0
        or cands[1].para != first.para + 1
        or not first.text.rstrip().endswith(("：", ":"))
        or first.para + 1 >= len(paras)
        or LIST_MARKER_RE.match(paras[first.para + 1])
    ):
        return cands
    return [dataclasses.replace(c, index=c.index - 1) for c in cands[1:]]
