"""Facts about written Chinese that every stage shares: which characters are Han, where a
sentence ends, what opens a list item or a metadata line, which characters take time to say,
and the one sentence splitter.

Why a module of its own: the reader, the document, the titles, the summary, the normaliser,
the assembler and the engines all ask these questions, and their answers must not drift apart
(a Han range or a closing quote that differs between the splitter and the aligner misplaces a
transcript cue). It is a leaf: it imports nothing of the product.

The splitter is :func:`split_written` for written text and :func:`split_sentences` for spoken
text; both cut at the same marks and never lose a character, so a spoken sentence can be traced
back to the written one it came from. Everything else that cuts text (the summary's sentences,
the synthesizer's pieces, the Edge engine's requests) is built on them and on
:func:`split_clauses` and :func:`cut_long`.
"""

from __future__ import annotations

import importlib
import re
import unicodedata
from collections.abc import Callable, Collection, Sequence
from functools import cached_property, lru_cache
from types import ModuleType
from typing import Any, cast

__all__ = [
    "BASIS_RE",
    "BRACKET_PAIRS",
    "CIRCLED_NUMBERS",
    "CLAUSE_MARKS",
    "CLOSERS",
    "CN_NUMERALS",
    "DECIDES_RE",
    "ELLIPSIS",
    "ENUMERATING_IS",
    "FULL_STOPS",
    "HAN",
    "HAN_RE",
    "LEADING_LABEL_RE",
    "META_KEYS",
    "META_KEY_KIND",
    "REPORTING_CLAUSE_RE",
    "SCENE_CLAUSE_RE",
    "SENTENCE_ENDS",
    "STATEMENT_ADVERB_RE",
    "STATEMENT_START_RE",
    "TO_BE_HELD_ON",
    "cut_long",
    "ends_sentence",
    "fold_silent",
    "han_count",
    "is_han",
    "is_latin_letter",
    "split_clauses",
    "split_sentences",
    "split_written",
    "tagged_words",
    "voiced_chars",
    "without_marks",
    "words",
    "written_sentences",
]

# --------------------------------------------------------------------------------------------
# Characters
# --------------------------------------------------------------------------------------------

#: Han ideographs, as code point ranges: CJK Extension A, the Unified block, the compatibility
#: ideographs (the normaliser maps them to unified ones for speech) and Extensions B to H.
_HAN_RANGES = (
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xF900, 0xFAFF),
    (0x20000, 0x323AF),
)
#: The same ranges (and 〇, the ideographic zero of 二〇二六年) as a regex class body.
HAN = "\u3007" + "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi in _HAN_RANGES)
HAN_RE = re.compile(f"[{HAN}]")
#: Pictographs and the stars and signs a post sets around its words (📍, 👍, ❗, ★), with the
#: variation selector and joiner that build them (🌡️), as a regex class body.
PICTOGRAPHS = "\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\ufe0f\u200d"


def is_han(ch: str) -> bool:
    """True for a Han ideograph (see :data:`HAN`) and 〇."""
    if ch == "〇":
        return True
    cp = ord(ch)
    return any(lo <= cp <= hi for lo, hi in _HAN_RANGES)


def opens_alike(a: str, b: str, chars: int) -> bool:
    """Whether ``b`` opens on the first ``chars`` Han characters ``a`` opens on, and ``a``
    runs past them: who acts, said again (会议认为… 会议要求…; a headline and its lead)."""
    head = a[:chars]
    return len(a) > chars and all(map(is_han, head)) and b.startswith(head)


def is_latin_letter(ch: str) -> bool:
    """True for ASCII letters and accented Latin letters (é, ü …)."""
    if ch.isascii():
        return ch.isalpha()
    return unicodedata.category(ch).startswith("L") and unicodedata.name(ch, "").startswith(
        "LATIN "
    )


def han_count(text: str) -> int:
    """Number of Han characters in ``text``."""
    return len(HAN_RE.findall(text))


@lru_cache(maxsize=1)
def _jieba() -> ModuleType:
    """jieba, imported on first use only: loading its dictionary takes a second or two."""
    import jieba

    jieba.setLogLevel(60)
    for word, tag in _TAGS_MENDED:
        jieba.add_word(word, tag=tag)
    module: ModuleType = jieba
    return module


#: Words jieba's dictionary tags wrongly where a title is cut at its verb: a council's
#: 三读通过 is what it did (tagged a noun, the predicate of 大会三读通过2案 went unseen), and
#: so is a meeting's 隆重开幕 (tagged a person's name: …第三次会议在市会议中心隆重开幕 was
#: named 青川市第十七届人民代表大会第), with the other adverbs news fuses to its verbs.
_TAGS_MENDED = (
    ("三读通过", "v"),
    ("二读通过", "v"),
    ("一读通过", "v"),
    ("隆重开幕", "v"),
    ("隆重召开", "v"),
    ("隆重举行", "v"),
    ("宣告成立", "v"),
    ("广泛开展", "v"),
    ("大力开展", "v"),
)


#: A day as Taiwan's papers write it, named from today with its date in brackets: 今（15）日,
#: 昨(14)日 (the word is group 1, the date group 2, and group 3 the 日 set inside them).
BRACKETED_DAY_RE = re.compile(
    # (the day in Chinese numerals, or with its 日 inside the brackets: 今（二十）日, 昨（14日）)
    r"([今昨明前])\s*[（(]\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*(?:(日)\s*[)）]|[)）]\s*日)"
)


@lru_cache(maxsize=8)
def _opencc(config: str) -> Any:
    """An opencc converter, built once on first use: ``t2s`` (Traditional -> Simplified),
    ``hk2s`` (for Hong Kong's forms ``t2s`` does not know), ``s2t``, ``s2tw``, ``s2hk``."""
    from opencc import OpenCC

    return OpenCC(config)


def _traditional_forms(ch: str) -> str:
    """The Traditional forms of a Simplified character, as Taiwan and Hong Kong write it
    (响: 響; 台: 台), the character itself first."""
    forms = dict.fromkeys([ch, *(_opencc(c).convert(ch) for c in ("s2t", "s2tw", "s2hk"))])
    return "".join(f for f in forms if len(f) == 1)


def both_scripts(pattern: str) -> str:
    """A regular expression written in Simplified characters that matches the same words in
    Traditional ones too: each Han character outside a class becomes a class of its forms
    (受…影响 -> 受…影[响響]), and a class gains them. Escapes, group names and everything
    not Han are left as they are, so widths (and lookbehinds) do not change."""
    out: list[str] = []
    in_class = False
    k = 0
    while k < len(pattern):
        ch = pattern[k]
        if ch == "\\":
            out.append(pattern[k : k + 2])
            k += 2
            continue
        if ch == "[" and not in_class:
            in_class = True
        elif ch == "]" and in_class:
            in_class = False
        if "\u4e00" <= ch <= "\u9fff":
            forms = _traditional_forms(ch)
            if in_class:
                out.append(forms)
            else:
                out.append(forms if len(forms) == 1 else f"[{forms}]")
        else:
            out.append(ch)
        k += 1
    return "".join(out)


class _LazyPattern:
    """A pattern compiled from :func:`both_scripts` on first use: the converters it needs
    are not loaded by importing this module (normalising text needs none of them)."""

    def __init__(self, source: str) -> None:
        self._source = source

    @cached_property
    def _compiled(self) -> re.Pattern[str]:
        return re.compile(both_scripts(self._source))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._compiled, name)


def either_script(pattern: str) -> re.Pattern[str]:
    """``pattern``, written in Simplified characters, as a regular expression that also
    matches the same words written in Traditional ones (see :func:`both_scripts`)."""
    return cast("re.Pattern[str]", _LazyPattern(pattern))


def to_simplified(text: str) -> str:
    """Traditional -> Simplified Chinese (opencc ``t2s``); other characters are unchanged.

    Hong Kong's standard forms that ``t2s`` leaves as they are (衞生署, 衹, 敍) are simplified
    too, as opencc's ``hk2s`` does; ``hk2s`` alone would turn Simplified text's 抬 into 擡.
    """
    converted: str = _opencc("t2s").convert(text)
    return converted.translate(_HK_VARIANTS)


class _HongKongVariants(dict[int, str]):
    """A character's Simplified form where only Hong Kong's table knows it (衞 -> 卫), found
    on first sight of each character: ``hk2s``'s answer, kept only when it is a Simplified
    form, one that ``s2t`` would change back (卫 -> 衛), never 擡 for 抬, and only for a
    character ``t2s`` leaves alone (never 乾 of 乾隆, which ``t2s`` keeps in its context)."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        if char.isascii() or not is_han(char) or _opencc("t2s").convert(char) != char:
            # (a character t2s knows keeps t2s's answer, which reads its context: 乾隆 stays
            # 乾, 乾燥 is 干燥)
            out = char
        else:
            variant: str = _opencc("hk2s").convert(char)
            simple = (
                len(variant) == 1 and variant != char and _opencc("s2t").convert(variant) != variant
            )
            out = variant if simple else char
        self[code] = out
        return out


_HK_VARIANTS = _HongKongVariants()


def _as_written(text: str, cut: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The words of ``cut`` (of ``text`` in Simplified characters) as ``text`` writes them."""
    out, pos = [], 0
    for word, flag in cut:
        out.append((text[pos : pos + len(word)], flag))
        pos += len(word)
    return out


def _simplified_for_jieba(text: str) -> str | None:
    """``text`` in Simplified characters, where that differs and keeps its length; jieba's
    dictionary is Simplified, and cuts Traditional words apart (捷運環狀線 -> 捷|運環|狀線)."""
    simple = to_simplified(text)
    return simple if simple != text and len(simple) == len(text) else None


def words(text: str, *, hmm: bool = True) -> list[str]:
    """``text`` cut into words by jieba (Traditional text as its Simplified form is cut);
    ``hmm`` False keeps to its dictionary (no guessed new words), which is steadier for
    cutting lines."""
    simple = _simplified_for_jieba(text)
    if simple is None:
        return list(_jieba().lcut(text, HMM=hmm))
    return [w for w, _ in _as_written(text, [(w, "") for w in _jieba().lcut(simple, HMM=hmm)])]


def tagged_words(text: str) -> list[tuple[str, str]]:
    """``text`` cut into words by jieba, each with its part-of-speech tag (``v`` verb, ``n``
    noun, ``nr`` person ...), so that a phrase can be cut where its predicate starts.
    Traditional text is cut and tagged as its Simplified form."""
    posseg = importlib.import_module("jieba.posseg")
    _jieba()  # its dictionary, loaded quietly
    simple = _simplified_for_jieba(text)
    pairs = [(pair.word, pair.flag) for pair in posseg.cut(simple or text)]
    return _as_written(text, pairs) if simple else pairs


def names_person(label: str) -> bool:
    """Whether ``label`` (the words before a transcript's colon) is a person's name, as in
    李克强：…, 王青山：…; a field's label (学时：, 发布日期：) is not."""
    words = tagged_words(label.strip())
    return 2 <= han_count(label) <= 4 and bool(words) and words[0][1].startswith("nr")


#: The commonest single-character surnames (over nine in ten people bear one of them), in
#: both scripts, and the compound ones: a name is told from a word by its first character.
_SURNAMES = frozenset(
    "王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何林罗羅高郑鄭梁谢謝宋唐许許韩韓"
    "冯馮邓鄧曹彭曾肖萧蕭田董袁潘于蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸"
    "汪范金石廖贾賈夏韦韋付傅方白邹鄒孟熊秦邱江尹薛闫閆段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔"
    "邵万萬钱錢严嚴覃武戴莫孔向汤湯常温溫康施文牛樊葛邢安齐齊易乔喬伍庞龐颜顏倪庄莊聂聶"
    "章鲁魯岳翟殷詹申耿关關兰蘭焦俞左柳甘祝包宁寧尚符舒阮柯纪紀梅童凌毕畢单單季裴霍涂"
    "成苗谷盛曲翁冉骆駱蓝藍路游辛靳管柴蒙鲍鮑华華喻祁蒲房滕屈饶饒解牟艾尤阳陽时時穆农農"
    "司卓古吉缪繆简簡车車项項连連芦蘆麦麥褚娄婁窦竇戚岑景党黨宫宮费費卜冷晏席卫衛米柏宗"
    "瞿桂全佟应應臧闵閔苟邬鄔边邊卞姬师師和仇栾欒隋商刁沙荣榮巫寇桑郎甄丛叢仲虞敖巩鞏"
    "明佘池查麻苑迟遲邝鄺官封谈談匡鞠惠荆荊乐樂冀郁胥南班储儲原栗燕楚鄢劳勞谌諶奚皮粟"
    "冼蔺藺楼樓盘盤满滿闻聞位厉厲伊仝区區郜海阚闞花权權强強帅帥屠豆朴盖蓋练練廉禹井祖"
)
_COMPOUND_SURNAMES = (
    "欧阳", "歐陽", "司马", "司馬", "诸葛", "諸葛", "上官", "司徒", "皇甫", "公孙", "公孫",
    "慕容", "令狐", "夏侯", "长孙", "長孫", "宇文", "端木", "东方", "東方", "尉迟", "尉遲",
    "独孤", "獨孤", "南宫", "南宮", "轩辕", "軒轅",
)  # fmt: skip


def is_personal_name(text: str) -> bool:
    """Whether ``text`` (two to four Han characters) reads as a person's name: the tagger
    names it so (李明), or it opens with a surname and is no single word of the dictionary
    (林远航, 欧阳文静; 简介 and 高度 are words)."""
    if not 2 <= han_count(text) <= 4 or han_count(text) != len(text):
        return False
    if names_person(text):
        return True
    compound = text.startswith(_COMPOUND_SURNAMES)
    if not (compound or text[0] in _SURNAMES) or (len(text) == 4 and not compound):
        return False
    tagged = tagged_words(text)
    return not (len(tagged) == 1 and not tagged[0][1].startswith("nr"))


def voiced_chars(text: str) -> int:
    """Characters that take time to say: Han characters, letters and digits, not punctuation.

    A text without any is silent: it is never sent to an engine, and a clip's plausible
    length is measured against this count.
    """
    return sum(1 for ch in text if ch.isalnum())


# --------------------------------------------------------------------------------------------
# Punctuation
# --------------------------------------------------------------------------------------------

#: Marks that end a sentence with a full stop (the assembler gives them the longer pause).
FULL_STOPS = "。！？!?"
#: Marks that end a sentence: the full stops and the semicolons, which in reports separate
#: items that stand alone when read aloud. A ``.`` ends a spoken sentence, and a written one
#: only where it cannot be a decimal point or part of an address (see :func:`split_written`).
SENTENCE_ENDS = FULL_STOPS + "；;"
ELLIPSIS = "…"
#: Closing quotes and brackets: they belong to the sentence they close.
CLOSERS = "”’」』）)》〉】〕]\"'"
#: Each opening bracket or quote and the mark that closes it.
BRACKET_PAIRS = {
    "【": "】",
    "[": "]",
    "〔": "〕",
    "「": "」",
    "『": "』",
    "“": "”",
    "《": "》",
    "（": "）",
    "(": ")",
}
#: Marks inside a sentence where a reader pauses briefly.
CLAUSE_MARKS = "，、：,:"

_MARKS_RE = re.compile(r"[\s，,。.!！?？；;：:“”\"]")


def without_marks(text: str) -> str:
    """``text`` without spaces and sentence punctuation: for asking whether two pieces of
    text say the same words (a key point and the headline, a clause and the title)."""
    return _MARKS_RE.sub("", text)


def ends_sentence(text: str, marks: str = SENTENCE_ENDS + ELLIPSIS) -> bool:
    """True when ``text`` ends with one of ``marks``, looking through closing quotes and
    brackets and trailing spaces."""
    stripped = text.rstrip().rstrip(CLOSERS)
    return bool(stripped) and stripped[-1] in marks


# --------------------------------------------------------------------------------------------
# List markers and metadata keys
# --------------------------------------------------------------------------------------------

#: The words that set the day an event is yet to be held on: 将于2031年10月26日, 定于3月5日.
TO_BE_HELD_ON = r"(?:将于|定于|拟于|计划于|將於|擬於|計劃於)"
#: Who measured it, as a quake report says (中国地震台网正式测定): the news is what was measured.
MEASURED_BY = r"(?:正式测定|自动测定|正式測定|自動測定)"
#: A week, a month or a year with its dates alone: 本周（11月9日-11月15日）, 上月(1-31日): when,
#: never what happened in it.
PERIOD_WITH_DATES = (
    r"(?:本周|上周|本月|上月|本期|上期|本年度|今年|去年|近日|日前)\s*[（(][^（）()]*[)）]"
)
#: Chinese numerals as they number list items and headings (一、 （二） 第三章).
CN_NUMERALS = "一二三四五六七八九十百零〇两"
#: The circled numbers ① to ⑳ as a regex class body.
CIRCLED_NUMBERS = "①-⑳"
#: A section's Chinese number and its mark: 一、, or 一. as a text typed with ASCII marks
#: writes it (never a decimal's point).
SECTION_NUMBER = r"[一二三四五六七八九十]+(?:、|\.(?!\d))"
#: An enumerating sub-head: 一是…二是… (followed by a Han character, so 一是一 is no marker).
ENUMERATING_IS = rf"[一二三四五六七八九十]{{1,3}}是(?=[{HAN}])"

#: The word a sentence or a clause opens with to answer the one before it (但…, 所以…,
#: 与此同时，…, 而在当时…, 由此可见，…): said alone, in an intro or as a chapter's name, it
#: answers nothing the listener has heard.
LEANS_BACK_RE = either_script(
    r"^(?:但是?|可是|然而|不过|所以|因此|因而|于是|与此同时|同时|此外|另外|而且|并且|由此可见"
    rf"|而(?![今已立后外且])(?=[{HAN}]))[，,]?"
)


#: When a rule takes effect: 自2031年5月1日起施行, 自发布之日起实施.
#: A date left blank for its day to be filled in (自2031年  月  日起施行, 于×月×日前): a
#: draft's slot, no day anyone can act on.
BLANK_DATE_RE = re.compile(r"年[ \t\u3000_＿]+月|月[ \t\u3000_＿]+日|[×xX○]{1,2}月[×xX○]{1,2}日")


IN_FORCE_RE = re.compile(r"自[^，,。；]{2,16}起?(?:施行|实施|执行|生效)")


#: A work report's opening formula (现在，我代表县人民政府，向大会报告工作，请予审议): said to
#: the assembly, it is neither news nor the name of a part.
REPORTS_TO_ASSEMBLY_RE = re.compile(
    r"我代表[^。]{2,16}[，,]?\s*向(?:大会|会议)(?:报告|作)[^。]{0,8}(?:工作|报告)"
)

#: Who speaks in a transcript or an interview, as the label before a turn: 记者, 主持人, 答.
SPEAKER_LABEL_RE = re.compile(r"(?:记者|記者|主持人|主持|发言人|發言人|提问|提問|^问|^問|^答)$")


#: A clause that opens with one of these gives only the basis, the procedure or the purpose of
#: what its sentence goes on to state: 根据《…》的规定， 按照…要求， 经…审核， 为了…， (经济,
#: 经营, 为期 … open statements of their own).
BASIS_RE = either_script(
    r"^(?:根据|按照|依据|依照|遵照|为了|为(?![期止主此何])"
    # (经季节性调整的失业率: a 的 makes it the subject's modifier, no procedure)
    r"|经(?![济营费验常理典纬销历手过去])(?![^，,。；;]{1,12}的))"
)
#: A headline that names a kind of official document (…的通知, …实施方案, …统计公报,
#: …招标公告): a document states its purpose and basis first and its figures, dates and
#: names later, where a news story opens with them.
DOCUMENT_TITLE_RE = either_script(
    r"(?:通知|通报|通告|公告|公报|决定|批复|复函|意见|办法|方案|规定|细则|条例|简章|章程|预案"
    r"|规划|计划|纪要|须知|指南|安排|预报|公示|答复|请示|命令|決定|辦法|規定|簡章)"
    r"[》」”\"）)]?\s*[。.]?$"
)
#: A paper's edition on the web after its name: 数字版 (青川晚报数字版), 電子報 (自由時報電子報).
#: The kind of report an office issues, as it sets it beside its name over the headline
#: (东海省气象台　台风消息): 台风消息, 天气快讯, 汛情通报.
BULLETIN_KIND = r"(?:消息|快讯|快訊|预报|預報|公报|公報|通报|通報|简报|簡報|专报|專報|快报|快報)"
#: …after the office's name and a space: 　台风消息.
KIND_AFTER_NAME_RE = re.compile(rf"\s+[{HAN}]{{0,4}}{BULLETIN_KIND}$")
PAPER_EDITION = r"(?:数字报|數位報|电子报|電子報|数字版|數位版|电子版|電子版)"
#: The first item of a list or the first section, at a line's start: 1.…, 一、…, 一,… (typed
#: with ASCII marks), （一）…, 第一章….
FIRST_ITEM_RE = re.compile(
    r"^(?:1(?:[、．]|\.(?!\d))|一\s*[、.．,，]|[（(]\s*一\s*[）)]|第一[章部节節條条])\s*\S"
)
#: An ASCII stop that ends a sentence of a text typed with ASCII marks (…全部安全.,
#: …降幅收窄.1-5月): after a Han character, which no decimal point follows; never a
#: section's number (一.总则) nor a file's (表.xlsx).
ASCII_STOP_RE = re.compile(rf"(?<=[{HAN}])(?<![一二三四五六七八九十])\.(?![A-Za-z.])")
#: A short sentence printed in bold to open a paragraph or an item, a verb and its object
#: (加强组织领导。, 一是强化组织保障。 without its 一是): the sub-head of what follows it.
LEAD_IN_HEAD_RE = re.compile(
    rf"(?:[{HAN}]|[“”《》、]){{4,12}}(?:[。！!]|(?<=[{HAN}])\.(?![A-Za-z.]))"
)
#: A headline that names a forecast (…病虫发生预报及防治意见, 关于1997年地震趋势…,
#: 寒潮蓝色预警): its news is what it expects, not what came before.
FORECAST_TITLE_RE = re.compile(r"预报|预测|趋势|展望|预警|預報|預測|趨勢|預警")
#: A clause that only sets the scene of the statement after it, as a whole clause: when
#: (6月16日08时至18日08时, 今年以来, 昨日上午9时许, 北京时间…), how it is known (据统计,
#: 据…报道), on what basis or for what purpose (根据…, 为了…), for what cause (由于…,
#: 受…影响), in what setting (面对…压力, 在…领导下, 随着…, 围绕…, 会上), by what means in
#: a word or two (通过检查) and up to when (截至3月底).
#: A label in a page's brackets before a post's words: 【警情通报】7月5日18时许，….
LEADING_LABEL_RE = re.compile(r"^\s*【[^【】]{2,8}】\s*")
SCENE_CLAUSE_RE = either_script(
    # (a day with the lunar day in brackets: 2031年2月11日（农历正月初二）凌晨1时许)
    r"^(?:(?:[\d\s年月日时分许至到—\-~～:：上下午晚早凌晨前后以来]"
    r"|[（(](?:农历|農曆)[^（）()，,]{1,5}[)）])+"
    # where it happened, named from its county down to the spot: 石桥镇境内G318国道K1236处
    r"|(?![^，,]*(?:位于|发生|是|为|有))[\u4e00-\u9fff]{2,8}(?:省|市|县|区|镇|乡|村|街道)[^，,]{0,40}"
    # (…or to a corner of a crossing: 金水区经三路与农业路交叉口东北角)
    r"(?:处|附近|路口|交叉口|路段|境内|一带|海域|水域|门口|门前|[东南西北]{1,2}(?:角|侧))"
    r"(?:[（(][^）)，,]*[)）])?"
    # a day named from today, perhaps with its hour: 昨日上午9时许, 当晚, 今年5月
    r"|(?:[昨今前明当][日天晚]|本周|上周|今年|去年|近年来?)[\d\s年月日时分许左右上中下午晚早凌晨]*"
    # a cause: 因为早早结婚, 由于连日降雨, 受冷空气影响
    r"|(?:因为|由于)[^，,]*|因[^，,]{2,40}(?:需要|检修|施工|改造|原因|影响)|受[^，,]{1,20}影响"
    # a clock named by its zone, or a time that frames: 北京时间1月6日, 当我们讨论…时
    r"|(?:北京|当地)时间[^，,]*|当[^，,]*(?:时|之时|的时候)"
    # who reported it: 据英国《每日邮报》1月5日报道
    r"|据[^，,]{0,30}(?:报道|消息|介绍|统计|了解|会商|研判|分析|预测|预报|监测|测算)"
    r"|会[上中后前]|席间"
    # how a figure was reckoned: 初步核算, 经初步统计, 按不变价格计算
    r"|(?:经|据)?初步(?:核算|统计|测算|估算)|按[^，,]{1,12}(?:计算|核算|测算|统计)"
    r"|(?:日前|近日|近期|目前|今年以来|据[^，,]{0,12}|根据[^，,]*|按照[^，,]*|依据[^，,]*"
    r"|为了?(?![期止主此何])[^，,]*|在[^，,]*(?:[中上下时里]|期间|之际)|立足[^，,]*|围绕[^，,]*"
    r"|面对[^，,]*|随着[^，,]*|截至[^，,]*|截止到?[^，,]*|到[^，,]*为止"
    # an event named as the place it happened in, 在 left out: 同日进行的篮球比赛中
    # (…or a final of one: 4月14日晚进行的全国游泳冠军赛决赛中)
    r"|[^，,]{0,16}的[^，,的]{0,10}(?:赛|赛事|会议|大会|会|活动|仪式|典礼|论坛|演出|展览)[中上]"
    # a season or a stage entered: 进入秋冬季以来, 进入主汛期后
    r"|进入[^，,]{1,10}(?:以来|以后|后|时|之际)"
    # a holiday: “五一”假期, 春节期间, 国庆黄金周
    r"|[“「\"]?(?:春节|国庆节?|五一|十一|端午节?|中秋节?|元旦|清明节?|劳动节|春运)[”」\"]?"
    r"(?:假期|期间|前夕|前后|黄金周|小长假|长假)(?:期间)?"
    # how it was found, in a word or two: 通过检查, 经过调研
    r"|(?:通过|经过)[^，,]{1,6}"
    # the chain of approvals before a grant (国务院批准并报请国家主席签署): who grants it
    # alone (市政府批准，授予…) is said with it
    r"|[^，,]{0,16}(?:报请|提请)[^，,]{1,20}(?:批准|同意|签署|审定|审议通过))"
    r")$"
)
#: Stock words of official writing that say how keen everyone was, not what was done
#: (各单位领导高度重视, 南坪镇高度重视森林防火工作, 广大干部职工积极响应): what was done follows.
KEENNESS_WORDS = (
    "高度重视|积极响应|精心组织|周密部署|精心部署|迅速行动|认真组织|统筹安排"
    "|密切配合|通力协作|紧密配合|积极参与|踊跃参与|广泛动员"
)
#: A clause that only says who speaks, not what: 会议指出, 他强调, 社会局26日宣布, 记者从省
#:水利厅了解到. What was said follows it.
REPORTING_CLAUSE_RE = either_script(
    # (a quake's network names what it measured: 中国地震台网正式测定)
    rf"^[{HAN}\d]{{0,14}}(?:指出|强调|要求|认为|提出|表示|宣布|透露|说|称|了解到|获悉|介绍|显示|测定"
    # (…or who forecasts what follows: 市生态环境监测中心预计)
    r"|预计|预测|估计"
    # 市生态环境局发布消息，…: who gives the news, not the news
    r"|(?:发布|公布|發布|公佈)(?:消息|数据|數據|通报|通報))$"
    # 记者12日晚从辽宁省公安厅高速公路交通警察总队获悉: where the reporter learnt it,
    # however long the source's name
    rf"|^[{HAN}\d]{{0,12}}从[{HAN}\d（）()·]{{2,40}}(?:获悉|了解到|得知)$"
)
#: A questioner's or the host's turn in a transcript (美国有线电视新闻网记者：…, 问：…,
#: 主持人：…, Q:): what is asked or handed over, not what is told.
QUESTION_TURN_RE = either_script(
    # (…or numbered, as an explainer asks its questions: 一问：…？, 问一：…？)
    r"^(?:[^，,。：:！？!?\s]{0,20}记者|问|提问|主持人|Q|[一二三四五六七八九十]{1,3}问|问[一二三四五六七八九十]{1,3})"
    r"\s*[:：]"
)
#: The adverb that opens the statement after such clauses: 现启动…, 特制定…, 兹….
_STATEMENT_ADVERB = r"现(?![代场行有状金象实])|特(?!别|色|点|殊)|兹"
STATEMENT_ADVERB_RE = either_script(rf"^(?:{_STATEMENT_ADVERB})")
#: A statement that opens with who decides: 决定举办…, 市政府决定….
_DECIDES = r"[^，,。；：:]{0,8}?决定"
DECIDES_RE = either_script(rf"^{_DECIDES}")
#: Where, inside a sentence, the statement starts after a purpose that runs over clauses:
#: …，现启动…; …，特制定…; …，经研究…; …，国务院决定….
STATEMENT_START_RE = either_script(rf"[，,](?={_STATEMENT_ADVERB}|经研究|{_DECIDES})")

#: Keys that open a metadata line, by kind. Bare 时间/日期 are left out on purpose: in a
#: notice "时间：3月1日上午" is the content, not the dateline.
META_KEYS: dict[str, tuple[str, ...]] = {
    "date": (
        "发布时间",
        "发布日期",
        "发稿时间",
        "发稿日期",
        "發稿時間",
        "發稿日期",
        "发表时间",
        "更新时间",
        "生成日期",
        "上次修订日期",
        "上次修訂日期",
        "最后修订日期",
        "最後修訂日期",
        "本网页最后修订日期",
        "本網頁最後修訂日期",
        "公告日期",
        "發布時間",
        "發布日期",
        "發佈日期",
        "發佈時間",
        "更新時間",
        "更新日期",
        # when a Hong Kong Observatory bulletin was issued
        "发出时间",
        "發出時間",
        # the day an official letter was sent (a Taiwan notice's 發文日期 field)
        "发文日期",
        "發文日期",
        # a government site's stamp: 【信息时间：2032-09-06】
        "信息时间",
        "信息日期",
        # when a notice was posted or a release sent out: 張貼日期：2025-03-18
        "张贴日期",
        "張貼日期",
        "发放日期",
        "發放日期",
        # when a monitoring report was made or its figures last refreshed
        "报告日期",
        "報告日期",
        "报告时间",
        "報告時間",
        "数据更新时间",
        "數據更新時間",
    ),
    "source": (
        "文章来源",
        "信息来源",
        "稿件来源",
        "新闻来源",
        "资料来源",
        "数据来源",
        "预警信息来源",
        "素材来源",
        "素材來源",
        "公告单位",
        "公告單位",
        "发布单位",
        "發布單位",
        "预警发布单位",
        "預警發布單位",
        # the issuing office in a government site's grid of a document's fields
        "发文机关",
        "發文機關",
        "发稿单位",
        "發稿單位",
        "编制单位",
        "編製單位",
        "发布机关",
        "發布機關",
        "信息提供",
        "供稿单位",
        "来源",
        "本文来源",
        "本文來源",
        "本文转自",
        "本文轉自",
        "出处",
        "文章來源",
        "資料來源",
        "新聞來源",
        "來源",
        # the office a news item comes from, as Macau's and Taiwan's pages label it
        "消息来源",
        "消息來源",
        "發佈單位",
        "发布單位",
        "报告单位",
        "報告單位",
    ),
    "author": (
        "作者",
        "本文作者",
        "撰稿人",
        "撰稿",
        "撰文",
        "记者",
        "通讯员",
        "供稿",
        "摄影",
        # who wrote the words of a post with pictures (文字：刘一鸣)
        "文字",
        "文字编辑",
        # who wrote down a talk or a meeting for the page (整理：品牌传播部)
        "整理",
        "文字整理",
        "记录整理",
        "記者",
        "通訊員",
        "攝影",
        # who posted a school's notice on its board: 張貼者：總務處 事務組長 劉怡君
        "张贴者",
        "張貼者",
        "张贴人",
        "張貼人",
    ),
    "editor": (
        "责任编辑",
        "責任編輯",
        # a newsletter's or a paper's editors: 主编：…　责任编辑：…, 本期编辑：…
        "主编",
        "主編",
        "副主编",
        "副主編",
        "执行主编",
        "執行主編",
        "本期编辑",
        "本期編輯",
        # a paper's page and its layout: 本版责任编辑：…  美术编辑：…
        "本版责任编辑",
        "本版責任編輯",
        "本版编辑",
        "美术编辑",
        "美術編輯",
        "编辑",
        "編輯",
        "责编",
        "審核",
        "审核",
        "校对",
        "校對",
        "审校",
        "審校",
        # who signed an official document or a warning off
        "签发",
        "签发人",
        "簽發",
        "簽發人",
        "监制",
        "監製",
        "统筹",
        "統籌",
        # who reports on their own work (述职人：…), who gives the report
        "述职人",
        "述職人",
        "汇报人",
        "匯報人",
        "报告人",
        "報告人",
        # who forecast a warning's weather: 预报员：林楠 许嘉文
        "预报员",
        "預報員",
        "首席预报员",
        "首席預報員",
        # who gathered a monitoring report's figures and who drew up its table
        "监测员",
        "監測員",
        "统计员",
        "統計員",
        "制表人",
        "制表",
        "填报人",
        "填報人",
        # who kept the minutes of a meeting
        "记录人",
        "记录",
        "記錄人",
        "記錄",
    ),
    "docno": (
        "文号",
        "文號",
        "发文字号",
        "發文字號",
        "索引号",
        "索引號",
        "信息索引号",
        "信息索引號",
        # a company's own numbering of its documents: 文件编号：HY-HR-2031-037
        "文件编号",
        "文件編號",
        # a warning's number in its office's series: 预警编号：LJ-2031-017
        "预警编号",
        "預警編號",
        "警报编号",
        "警報編號",
        "发文编号",
        "發文編號",
        # an outbreak's or an incident's number in the office's register: 事件编号：SJ-2031-0417
        "事件编号",
        "事件編號",
    ),
    "other": (
        # how urgent and how public an official document is: 紧急程度：特急, 公开属性：主动公开
        "紧急程度",
        "緊急程度",
        "公开属性",
        "公開屬性",
        "公开方式",
        "公開方式",
        "密级",
        "密級",
        "点击次数",
        "点击数",
        "点击量",
        "访问量",
        "访问次数",
        "浏览次数",
        "浏览量",
        "阅读量",
        "阅读次数",
        "浏览",
        "點擊次數",
        "瀏覽次數",
        "瀏覽",
        "閱讀",
        "通知类型",
        "信息类别",
        "信息分类",
        "公开方式",
        "分享到",
        "主题分类",
        "主题词",
        "关键词",
        "關鍵詞",
        "关键字",
        "標籤",
        "标签",
        "公文目录",
        "有效性",
        # whether a page's figures were checked: 审核状态：已审核
        "审核状态",
        "審核狀態",
        "发布机构",
        # (the disclosure grid's name of the document, the headline said again)
        "信息名称",
        "信息名稱",
        "成文日期",
        "专栏",
        "栏目",
        "點閱次數",
        "點閱數",
        "点阅数",
        "點閱",
        "點擊數",
        "瀏覽人次",
        "浏览人次",
        # a Hong Kong release's counter of today's readers, 閲 as Hong Kong writes it
        "阅览次数",
        "閱覽次數",
        "閲覽次數",
        "今日阅览次数",
        "今日閱覽次數",
        "今日閲覽次數",
        # the distribution line at the foot of an official document (版记)
        "作者单位",
        "作者單位",
        "发布人",
        "发布人员",
        "發布人員",
        "人气",
        "人氣",
        # whom a brief is sent to: （报送：市政府办公室、市发改局）
        "报送",
        "報送",
        "发布者",
        "發布者",
        "录入",
        "录入人",
        "录入者",
        "信息员",
        "浏览人数",
        "访问人数",
        "最后更新时间",
        "最后更新",
        "最後更新",
        "最后更新日期",
        "更新",
        "最後更新時間",
        "最後更新日期",
        "抄送",
        # a Taiwan document's copies and its archive fields: 正本：…, 副本：…, 檔號：, 保存年限：
        "正本",
        "副本",
        "檔號",
        "档号",
        "保存年限",
        "抄报",
        "分送",
        # a listed company's announcement: 证券代码：603888 证券简称：… 公告编号：2031-012
        "证券代码",
        "证券简称",
        "股票代码",
        "股票简称",
        "公告编号",
        "證券代碼",
        "證券簡稱",
        # the hour a Hong Kong or Macau release went out, under its end mark: 新聞公報發布時間：
        "新闻公报发布时间",
        "新聞公報發布時間",
        "新聞公報發佈時間",
        # when a warning's next issue is due: 下次發布時間：120年08月07日 23時30分
        "下次发布时间",
        "下次發布時間",
        # whom the press may call about a news release
        "新闻联络人",
        "新聞聯絡人",
        "新聞聯繫人",
        "新闻联系人",
        "媒体联系人",
        "媒体联络人",
        "媒體聯絡人",
        "媒體聯繫人",
    ),
    "title": ("标题", "標題"),
}
#: The kind of each metadata key.
META_KEY_KIND = {key: kind for kind, keys in META_KEYS.items() for key in keys}


# --------------------------------------------------------------------------------------------
# The sentence splitter
# --------------------------------------------------------------------------------------------

_SPOKEN_END = frozenset(SENTENCE_ENDS + ".")
_WRITTEN_END = frozenset(SENTENCE_ENDS)
_CLOSER_SET = frozenset(CLOSERS)
_CLAUSE_SET = frozenset(CLAUSE_MARKS)
#: A list number at the start of a line, right before the "." being looked at.
_LIST_NUMBER = re.compile(r"(?:^|\n)\s*\d{1,2}$")


def _has_letter(piece: str) -> bool:
    return any(is_han(ch) or is_latin_letter(ch) for ch in piece)


def _has_letter_or_digit(piece: str) -> bool:
    return any(is_han(ch) or is_latin_letter(ch) or ch.isdigit() for ch in piece)


def _past_end(text: str, i: int, marks: Collection[str]) -> int:
    """Where the next sentence starts after the end at ``i``: past a run of end marks and
    the closing quotes after them (not after a line break), and past spaces and breaks. A
    straight quote closes only when one is open: 关系闹僵。"我不管…" opens a quote."""
    n = len(text)
    j = i + 1
    if text[i] != "\n":
        while j < n and text[j] in marks:
            j += 1
        while j < n and text[j] in _CLOSER_SET:
            if text[j] == '"' and text.count('"', 0, j) % 2 == 0:
                break  # a straight quote with none open opens the next sentence's quote
            j += 1
    while j < n and text[j] in " \n":
        j += 1
    return j


def _fold_empty(pieces: list[str], has_content: Callable[[str], bool]) -> list[str]:
    """Pieces without content (a lone mark, a pause) join their neighbour: a sentence is
    never only punctuation, and nothing is dropped."""
    merged: list[str] = []
    for piece in pieces:
        if merged and (not has_content(piece) or not has_content(merged[-1])):
            merged[-1] += piece
        else:
            merged.append(piece)
    return merged


def _cut(text: str, ends_at: Callable[[int], bool], marks: Collection[str]) -> list[str]:
    """Cut ``text`` after each position where ``ends_at`` holds, past the end marks, closing
    quotes and whitespace that follow it (see :func:`_past_end`)."""
    pieces: list[str] = []
    start = i = 0
    n = len(text)
    while i < n:
        if not ends_at(i):
            i += 1
            continue
        j = _past_end(text, i, marks)
        pieces.append(text[start:j])
        start = i = j
    if start < n:
        pieces.append(text[start:])
    return pieces


def cut_long(sentence: str, max_chars: int) -> list[str]:
    """Cut a sentence longer than ``max_chars`` after the clause mark nearest its middle
    (then after a space), recursively; as a last resort at ``max_chars`` characters.
    ``"".join(result) == sentence``."""
    if len(sentence) <= max_chars:
        return [sentence]
    middle = len(sentence) / 2
    for marks in (_CLAUSE_SET, frozenset(" ")):
        cuts = [i + 1 for i, ch in enumerate(sentence[:-1]) if ch in marks]
        if cuts:
            cut = min(cuts, key=lambda c: abs(c - middle))
            return cut_long(sentence[:cut], max_chars) + cut_long(sentence[cut:], max_chars)
    return [sentence[:max_chars], *cut_long(sentence[max_chars:], max_chars)]


def split_sentences(spoken: str, max_chars: int = 80) -> list[str]:
    """Cut spoken text at sentence ends (。！？；and their ASCII forms, plus a trailing closing
    quote), and cut a sentence longer than max_chars at commas/、/： near the middle, and as
    last resort at max_chars — never losing a character: ``"".join(result) == spoken``.

    Line breaks also end a sentence (titles and list lines have no 。). Pieces that hold no
    letter at all (a stray ``。``) are merged into a neighbour, so no clip is silent.
    """
    if max_chars < 1:
        raise ValueError("max_chars must be at least 1")
    if not spoken:
        return []

    def ends_at(i: int) -> bool:
        return spoken[i] in _SPOKEN_END or spoken[i] == "\n"

    sentences = _fold_empty(_cut(spoken, ends_at, _SPOKEN_END), _has_letter)
    return [piece for sentence in sentences for piece in cut_long(sentence, max_chars)]


#: A Latin letter, a dot and a space before another Latin letter: an abbreviation's dot inside
#: a Latin name (Kunmingocaris sp. nov., Phys. Rev. Lett.), never a sentence's end.
_LATIN_ABBREVIATION_DOT = re.compile(r"[A-Za-z]\. [A-Za-z]")
_HAN_SENTENCE_SO_FAR = re.compile(r"[\u4e00-\u9fff][^。！？!?；;\n]*$")


def split_written(written: str) -> list[str]:
    """Cut written text into sentences the way :func:`split_sentences` cuts spoken text.

    The same ends (。！？； and their ASCII forms, closing quotes, line breaks), except that a
    ``.`` only ends a sentence before a space, a line break or the end, or after a Han
    character before another or a figure (a text pasted with ASCII stops: 开放.这是,
    收窄.1-5月), since written text still holds
    ``3.5`` and ``www.example.com``. No long sentence is cut here: the spoken
    form decides that. Pieces holding no letter or digit join a neighbour, and
    ``"".join(result) == written``, so each piece can be normalised on its own and the
    spoken sentences traced back to the written sentence they came from.
    """
    n = len(written)

    def ends_at(i: int) -> bool:
        ch = written[i]
        return (
            ch in _WRITTEN_END
            or ch == "\n"
            or (
                ch == "."
                and (i + 1 == n or written[i + 1] in " \n")
                and not _LIST_NUMBER.search(written, 0, i)  # "1. " opens a list item
                # (nor the dot of a Latin abbreviation before the next Latin word in a
                # sentence of Han: 命名为“昆明奇虾”（Kunmingocaris sp. nov.）, Phys. Rev. Lett.)
                and not (
                    _LATIN_ABBREVIATION_DOT.match(written, max(0, i - 1))
                    and _HAN_SENTENCE_SO_FAR.search(written, max(0, i - 40), i)
                )
            )
            # pasted with ASCII stops: 正式向市民开放.这是…, …打太极拳.", …降幅收窄.1-5月
            # (no decimal point follows a Han character)
            or (
                ch == "."
                and 0 < i < n - 1
                and is_han(written[i - 1])
                and (is_han(written[i + 1]) or written[i + 1] in "\"'”’」』0123456789")
            )
        )

    return _fold_empty(_cut(written, ends_at, _WRITTEN_END | {"."}), _has_letter_or_digit)


def written_sentences(text: str) -> list[str]:
    """The sentences of :func:`split_written`, stripped, without the empty ones: each a
    verbatim substring of ``text``, for scoring and quoting rather than for re-joining."""
    return [piece.strip() for piece in split_written(text) if piece.strip()]


def fold_silent(pieces: Sequence[str]) -> list[str]:
    """Pieces with nothing to say (a lone quote mark, an ellipsis) joined to a neighbour, so
    that every piece is voiced; ``[]`` when no piece is."""
    merged = _fold_empty(list(pieces), lambda piece: voiced_chars(piece) > 0)
    return merged if any(voiced_chars(piece) for piece in merged) else []


def split_clauses(text: str) -> list[str]:
    """Cut ``text`` after every clause mark, sentence end and ellipsis (with the closing
    quotes and spaces after it), losing nothing; see :func:`fold_silent`."""
    pauses = _CLAUSE_SET | _WRITTEN_END | {ELLIPSIS}
    return fold_silent(_cut(text, lambda i: text[i] in pauses, ())) or [text]
