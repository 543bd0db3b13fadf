"""Steps 1–3: characters unified, Traditional to Simplified, whitespace as pauses; the
character classes and heavy converters the other steps share."""

from __future__ import annotations

import functools
import re
import unicodedata
from functools import lru_cache
from typing import Any

from audiobulletin.zh import is_han, is_latin_letter, is_personal_name

# --------------------------------------------------------------------------------------------
# Lazily built heavy objects (importing this module stays cheap)
# --------------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _wetext() -> Any:
    """The wetext text normaliser, built once on first use (about half a second)."""
    from wetext import Normalizer

    return Normalizer(lang="zh", operator="tn")


# --------------------------------------------------------------------------------------------
# Character classes
# --------------------------------------------------------------------------------------------

#: Punctuation the speech side voices (as a pause or by intonation) or reads naturally.
VOICEABLE_PUNCTUATION = frozenset(
    "，。、；：？！“”‘’「」『』（）《》〈〉【】〔〕［］｛｝﹁﹂·"  # Chinese
    ",.;:?!\"'()[]{}"  # ASCII
)


@lru_cache(maxsize=65536)  # asked for every character of every text: remember the answer
def _voiceable(ch: str) -> bool:
    """What the speech side can voice: ideographs, Latin letters, our punctuation, space, LF."""
    return ch in " \n" or ch in VOICEABLE_PUNCTUATION or is_han(ch) or is_latin_letter(ch)


def unvoiceable(spoken: str) -> list[str]:
    """The distinct characters of ``spoken`` the speech side cannot voice, in order of appearance.

    After :func:`to_spoken` this is always empty: every such character was replaced by a pause
    and named in a warning.
    """
    seen: dict[str, None] = {}
    for ch in spoken:
        if not _voiceable(ch):
            seen.setdefault(ch, None)
    return list(seen)


# Regex building blocks. NUM: an unsigned decimal number with optional thousands separators.
_NUM = r"\d+(?:,\d{3})*(?:\.\d+)?"
#: The codes of currencies written before an amount in place of its sign: MOP5,000萬元, USD 550.
CURRENCY_CODES = r"MOP|USD|HKD|RMB|CNY|EUR"
#: Range separators between numbers: a tilde, one or two em/en/horizontal-bar dashes, or one
#: or two hyphens (a hyphen after a tilde is the minus sign of the next number: -5～-1).
_RANGE_SEP = r"\s*(?:[~～〜]|[—―–]{1,2}|-{1,2})\s*"


# --------------------------------------------------------------------------------------------
# 1. Characters
# --------------------------------------------------------------------------------------------

#: Compatibility unit signs with an unambiguous Han reading (spoken wherever they occur).
_UNIT_SIGNS = {
    "㎡": "平方米",
    "㎢": "平方公里",
    "㎥": "立方米",
    "㎞": "公里",
    "㎏": "千克",
    "㎎": "毫克",
    "㎜": "毫米",
    "㎝": "厘米",
    "㎖": "毫升",
    "㏄": "毫升",
    "ℓ": "升",
    "㏊": "公顷",
    "㎾": "千瓦",
    "瓩": "千瓦",  # Taiwan's one-character kilowatt: 元/瓩
    "㎿": "兆瓦",
    "㎐": "赫兹",
    "℃": "摄氏度",
    "℉": "华氏度",
    "№": "编号",
}

#: Full-width symbols that are plain ASCII symbols in disguise (the Chinese punctuation
#: ，：；？！（） is *not* here: it is voiceable as it is).
_FULLWIDTH_SYMBOLS = str.maketrans(
    {
        "％": "%",
        "＋": "+",
        "＝": "=",
        "＊": "*",
        "／": "/",
        "＠": "@",
        "＃": "#",
        "＆": "&",
        "＄": "$",
        "．": ".",
        "－": "-",
        "−": "-",
        "∶": "：",  # RATIO: a colon in Han text; between numbers it is read 比 (1∶50000)
        "＜": "<",
        "＞": ">",
        "≦": "≤",  # the forms of ≤ and ≥ Taiwan's standards print (≦1.0 g/kg)
        "≧": "≥",
        "＂": '"',
        "＇": "'",
        "\u2028": "\n",
        "\u2029": "\n",
    }
)


#: What a transcript notes of the room, in brackets (（笑）, （掌声）): nobody says it.
_STAGE_DIRECTION = re.compile(
    r"[（(]\s*(?:众?笑|大笑|笑声|全场笑|现场笑声|掌声|热烈掌声|掌声雷动|掌声响起|鼓掌|全场鼓掌|众人鼓掌)\s*[)）]"
)


#: A written text's note of the short name it goes on to use (（以下简称“公司”）, （下称
#: "乙方"）): a reader's reference, never said on air, where the short name just comes.
_SHORT_NAME_NOTE = re.compile(
    r"[（(]\s*(?:以下|下文|下)(?:简称|簡稱|称|稱)[为為]?[：:]?\s*"
    r"[“\"「『][^（）()\n]{1,40}?[”\"」』](?:\s*[或、和及]\s*[“\"「『][^（）()\n]{1,40}?[”\"」』])*\s*[)）]"
)


#: A page's pointer in brackets to what is printed elsewhere or left out (（见附件）, （详见
#: 附件2）, （见附表）, （其余略）, （下略）): the bulletin reads no annex, so it points at nothing.
_PAGE_POINTER = re.compile(
    r"[（(]\s*(?:(?:详|詳)?见|見)(?:附件|附表|附图|附圖)\s*\d*\s*[)）]|[（(]\s*(?:其余|其餘|下)略\s*[)）]"
    # …or an attached file's format and size (相關統計表詳附件(xlsx,58KB))
    r"|[（(]\s*(?:xlsx?|docx?|pdf|wps|zip|rar)\s*[，,]\s*\d+(?:\.\d+)?\s*[KMG]B\s*[)）]",
    re.IGNORECASE,
)


#: A writer's note that a unit or a term holds for what follows (（下同）, (人民币，下同)): the
#: reader says the unit; the note is for the page.
_SAME_BELOW = re.compile(r"[（(]\s*下同\s*[)）]|[，,、]\s*下同(?=\s*[)）])")


#: Where a paper's seal or signature goes (招标人：…医院（盖章）, 法定代表人（签字）): a mark
#: for the paper copy.
_SEAL_MARK = re.compile(
    r"[（(]\s*(?:盖章|蓋章|签章|簽章|签字|簽字|签名|簽名|公章|印章|盖公章|蓋公章"
    r"|签字(?:并|並|或)?盖章|簽字(?:并|並|或)?蓋章)\s*[)）]"
)
#: The capital numerals a contract writes an amount in (零 first), their units, and the units
#: of money that close it (元角分, 整 for "exactly").
CAPITAL_DIGITS = "零壹贰貳叁參肆伍陆陸柒捌玖"
CAPITAL_UNITS = "拾佰仟万萬亿億"
MONEY_UNITS = "圆圓元角分整"
#: An amount in capitals in brackets after the same amount in figures, as a contract writes
#: it (￥35,862,047.00元（大写：叁仟伍佰…元整）, 286万元（人民币贰佰捌拾陆万元整）): the figures
#: say it.
_CAPITALS_AFTER_FIGURES = re.compile(
    r"(?<=[\d元])\s*[（(]\s*(?:(?:大写|大寫)\s*[：:]?\s*)?(?:人民币|人民幣|[\u4e00-\u9fff]{1,3}元)?\s*"
    rf"(?=[^（）()]*[{CAPITAL_DIGITS[1:]}拾佰仟])"
    rf"[{CAPITAL_DIGITS}{CAPITAL_UNITS}{MONEY_UNITS}]{{2,}}\s*[)）]"
)


#: Where a page copied as text had its picture, its code to scan or its video: [图片],
#: [二维码], 【视频】 (a name for what cannot be heard, never read out).
_MEDIA_PLACEHOLDER = re.compile(
    r"[\[【]\s*(?:图片|圖片|图|圖|二维码|二維碼|视频|視頻|表情|动图|動圖|image|Image|IMG|img)\s*[\]】]"
)
#: Asides a written text makes that nobody says on air, each with the name it is reported
#: under: a transcript's notes of the room, a page's placeholders for its pictures, notes of
#: short names, pointers to annexes, seals' places, amounts written twice.
_UNSAID_ASIDES = (
    ("现场反应", _STAGE_DIRECTION),
    ("图片占位", _MEDIA_PLACEHOLDER),
    ("简称说明", _SHORT_NAME_NOTE),
    ("页面指引", _PAGE_POINTER),
    ("下同说明", _SAME_BELOW),
    ("盖章处", _SEAL_MARK),
    ("大写金额", _CAPITALS_AFTER_FIGURES),
)


#: A name in letters in brackets after a person's Han name, as Hong Kong and Taiwan releases
#: gloss it (陳大文（Mr Chan Tai-man）, 李家明(LEE Ka-ming)): the reader already said the name.
#: It is romanised as a name is: a title before it, a given name joined by a hyphen, or the
#: surname in capitals (a brand's letters, 特斯拉（Model Y）, are none of these).
_LETTERS_NAME = re.compile(
    r"(?<=[\u4e00-\u9fff])[（(]\s*"
    r"(?=(?:Mr|Ms|Mrs|Miss|Dr|Prof|Professor)\b|[^（）()]*[A-Za-z]-[a-z]|[A-Z]{2,}\s)"
    r"(?:(?:Mr|Ms|Mrs|Miss|Dr|Prof|Professor)\.?\s+)?"
    r"[A-Z][A-Za-z'’]+(?:[\s-][A-Za-z][A-Za-z'’]*){1,4}\s*[)）]"
)


def _is_name_gloss(text: str, m: re.Match[str]) -> bool:
    """Whether the letters ``m`` in brackets follow a person's name of two or three Han
    characters (the post before it, 署長陳大文, is no part of it)."""
    before = text[max(0, m.start() - 3) : m.start()]
    return any(is_personal_name(before[-n:]) for n in (3, 2) if len(before) >= n)


def unsaid_asides(text: str) -> tuple[str, list[str]]:
    """The text without its asides (see :data:`_UNSAID_ASIDES`), and a note for each left
    out, so that the listener is never read （笑） or （见附件） and the user is told."""
    notes: list[str] = []
    for name, pattern in _UNSAID_ASIDES:
        notes += [f"未朗读（{name}）：{aside}" for aside in pattern.findall(text)]
        text = pattern.sub("", text)
    glosses = [m for m in _LETTERS_NAME.finditer(text) if _is_name_gloss(text, m)]
    for m in reversed(glosses):
        text = text[: m.start()] + text[m.end() :]
    return text, notes + [f"未朗读（外文姓名）：{m[0]}" for m in glosses]


#: A circle after a Han numeral is a zero (二○一八年, 二〇〇八年), not a bullet.
_CIRCLE_ZERO = re.compile(r"(?<=[一二三四五六七八九〇○零])[〇○]")


def _normalise_chars(text: str) -> str:
    """Unify line ends and character variants that only differ in width or script block.

    Rules: CRLF/CR -> LF; every decimal digit (category Nd) -> its ASCII digit; full-width
    Latin letters -> ASCII; subscript digits -> ASCII; full-width ``％＋＝…`` -> ASCII;
    Kangxi/CJK radicals and compatibility ideographs -> NFKC ideograph; ``㎡ ℃ …`` -> Han
    unit words; a circle after a Han numeral -> 零, after a surname -> 某 (張○○); a title
    in guillemets «…» or <<…>> -> 《…》; 乙 before a measure word (乙份) -> 一; 攝氏 before a
    figure in ℃ is dropped (said with the unit).
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_FULLWIDTH_SYMBOLS)
    out = []
    for ch in text:
        if ch.isascii():
            out.append(ch)
        elif ch in _UNIT_SIGNS:
            out.append(_UNIT_SIGNS[ch])
        elif "\u2080" <= ch <= "\u2089":  # subscript digits: CO₂, PM₂.₅ are CO2, PM2.5
            out.append(str(ord(ch) - 0x2080))
        elif unicodedata.category(ch) == "Nd":
            out.append(str(unicodedata.digit(ch)))
        elif "\uff21" <= ch <= "\uff3a" or "\uff41" <= ch <= "\uff5a":
            out.append(chr(ord(ch) - 0xFEE0))
        elif 0x2E80 <= ord(ch) <= 0x2FDF or 0xF900 <= ord(ch) <= 0xFAFF:
            out.append(unicodedata.normalize("NFKC", ch))
        else:
            out.append(ch)
    text = _GUILLEMET_TITLE.sub(r"《\1》", "".join(out))
    text = _KEYCAP.sub(lambda m: ("，" if m.start() else "") + m[1] + "、", text)
    text = _MASKED_NAME.sub(lambda m: "某" * len(m.group()), text)
    text = _YI_AS_ONE.sub("一", text)
    return _CELSIUS_TWICE.sub("", _CIRCLE_ZERO.sub("零", text))


#: A name masked with circles after its surname (張○○, 林○): 某某, never 零.
_MASKED_NAME = re.compile(
    r"(?<=[\u4e00-\u9fff])(?<![〇零一二三四五六七八九十百千])[○〇◯]{1,2}(?![〇○零一二三四五六七八九十\d])"
)
#: 乙 as formal writing's one before a measure word (檢附申請書乙份, 核發證明乙張): 一, which a
#: reader says, never the second of 甲乙 (乙方, 乙類 and 甲、乙兩份 keep it).
_YI_AS_ONE = re.compile(r"(?<![甲、，,])乙(?=[份張张式批件紙纸])")
#: 攝氏 before a figure whose ℃ is said already (攝氏38℃ is 三十八摄氏度, not 摄氏…摄氏度).
_CELSIUS_TWICE = re.compile(
    r"(?:摄氏|攝氏)\s*(?=[-−]?\d[\d.]*\s*(?:[~～\-－—至到]\s*[-−]?\d[\d.]*\s*)?摄氏度)"
)


#: A digit in a keycap (4️⃣ 第四名), as a post numbers its list: the item's number after a
#: pause, never a digit of the figure before it (占比15.1% / 4️⃣ joined by a wrap).
_KEYCAP = re.compile("(\\d)\ufe0f?\u20e3\\s*")
#: A title between guillemets, as some sites set 《》: «中华人民共和国道路交通安全法», or
#: between doubled angle brackets typed on a Western keyboard: <<…投诉处理办法>>.
_GUILLEMET_TITLE = re.compile(r"(?:«|<<)([^«»<>\n]{1,60})(?:»|>>)")


# --------------------------------------------------------------------------------------------
# 3. Whitespace
# --------------------------------------------------------------------------------------------

#: A run of horizontal whitespace (anything \s except LF: space, tab, U+00A0, U+3000 …).
_HSPACE_RUN = re.compile(r"[^\S\n]+")


#: A space that groups a number's thousands (SI style, Hong Kong's government): 6 500人,
#: 12萬1 000人, with a no-break or thin space too. The last group runs into its unit or
#: word: a row of numbers set off by single spaces (猪肉 120 125) is no one number.
_THIN_SPACES = frozenset({" ", "\u00a0", "\u2009", "\u202f"})
#: (never a clock's minutes: 8:00 320户, nor a number to call: 热线：28 700 800; a field's
#: value may be: 预算金额：2 980 000元)
_GROUP_BEFORE = re.compile(
    r"(?<![\d.,第])(?<![\d话話线線机機真][:：])(?<![\d话話线線机機真][:：] )\d{1,3}$"
)


def _han_run_length(line: str, index: int, step: int) -> int:
    """Length of the run of Han characters starting at ``index`` going in direction ``step``."""
    n = 0
    while 0 <= index < len(line) and is_han(line[index]):
        n += 1
        index += step
    return n


#: A list item's bracketed number: （一）, (2).
_LIST_MARKER_AFTER = re.compile(r"[（(](?:[一二三四五六七八九十]{1,3}|\d{1,2})[)）]")


def _spaced_letter(line: str, index: int, step: int) -> bool:
    """Whether the Han character at ``index`` stands alone, spaced out for justification
    (韩　正, 总　　则): a single character with no word or number touching it on its far side.
    元 in 198元 自116年 belongs to its number: the space there sets a headline's parts apart."""
    if _han_run_length(line, index, step) != 1:
        return False
    beyond = index + step
    return not (0 <= beyond < len(line) and line[beyond].isalnum())


_PAUSE_MARKS = frozenset("，。、；：！？,.;:!?")
#: Unit characters that belong to the number before them, even across a space.
_UNIT_AFTER_DIGIT = frozenset(
    "年月日号时点分秒楼层栋室期届次万亿千百元角人个名位家所项条件台辆吨亩岁天周倍米克升度%‰级季"
    # the measure words a count takes (47 座小型水库, 12 处在建工程, 第 4 版)
    "座处场批间块张份本篇部套户只头匹株棵枚颗粒片段根支架艘列班起宗例种类队组箱袋瓶盒桶罐双副幢轮笔版"
)
#: One of those unit characters, as a pattern.
_UNIT_CHAR = "[" + "".join(sorted(_UNIT_AFTER_DIGIT)) + "]"
#: The group of three after a space that sets off thousands: 6 500人, 27 915 元 (its unit
#: after a pasted space too), 12 000 000.
_GROUP_AFTER = re.compile(
    r"\d{3}(?=[\u4e00-\u9fff%]|[ \u00a0\u2009\u202f]\d{3}(?!\d)"
    r"|\s" + _UNIT_CHAR + r"(?![\d])"
    # …or its decimals, or 余 or a unit's sign after a pasted space: 1 486.3毫米, 3 200 余米,
    # 2 400 ㎡
    r"|\.\d|\s?(?:[余多℃]|平方|立方))"
)
#: A word that goes with the number before it, a pasted space between: 6% 左右, 90% 以上.
_WITH_NUMBER_RE = re.compile(r"左右|上下|以上|以下|以内|之间|多[个名人家]|余[个名人家元万亿]")


#: Unit words of two characters or more that belong to the number before them too.
_UNIT_WORD_AFTER_DIGIT = re.compile(
    r"摄氏|华氏|公[里斤顷尺分吨升]|平方|立方|毫[米克升]|厘米|微[米克]|兆[瓦帕]|小时|分钟|个月"
)


#: 余 or 多 after a count, then its unit: 120 余条, 30 多个.
_ABOUT_UNIT = re.compile(r"[余多](?:" + _UNIT_CHAR + ")")


#: A number, then its unit (a single pasted space allowed between them): 86公顷, 18 号.
_NUMBER_WITH_UNIT = re.compile(
    r"\d+(?:[.,]\d+)*(?: \d{3}(?!\d))*(?:\s?[-~～—–至到]\s?\d+(?:[.,]\d+)*)?\s?[余多]?(?:"
    + _UNIT_CHAR
    + r"|"
    + _UNIT_WORD_AFTER_DIGIT.pattern
    + ")"
)
#: A name made of a number and Latin letters: 5G, 4K, 3D.
_NUMBERED_NAME = re.compile(r"\d+[A-Za-z]+\b")
#: A numbered heading at the start of a line (3.1, 2.4.1) before its title: the space after
#: it is a pause even before a unit-like character (3.1 人员培训, 2.4 年度考核), though not
#: before an amount's unit (3.5 万元).
_HEADING_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2})+")
_AMOUNT_UNIT = frozenset("万亿元%‰倍米吨度级个")


def _is_word_char(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


#: How far back a figure ending the words before a space is looked for: a figure and its
#: unit this long at most, so that a long line is judged at once.
FIGURE_LOOKBACK = 24
#: A figure and its unit ending the words before a space: …骗走1.2亿余元, …投入386万元.
_FIGURE_ENDS_BEFORE = re.compile(r"\d[\d.]*\s*(?:[余多])?[万亿千百]?[余多]?[\u4e00-\u9fff]$")


def _sentence_start(line: str, end: int) -> int:
    """Where the sentence that runs up to ``end`` starts: after the last full stop or
    semicolon before it, else at the line's start."""
    return max(line.rfind(mark, 0, end) for mark in "。；;") + 1


#: A rule's article or chapter opening its line or its sentence (第三条, 第十二章, 第二节):
#: the space after it is the pause before its text, even where a figure follows, never
#: 第三条六十周岁 (nor …运营。第二条十一月十七日 where articles are read one after another).
_ARTICLE_BEFORE = re.compile(
    r"\s*第[一二三四五六七八九十百零〇两]+[条章节款](?:之[一二三四五六七八九十])?"
)


#: A phone's number just after a gap, or just before one: a mobile's eleven digits, or a
#: landline with its area code.
_PHONE_NUMBER = r"(?:1[3-9]\d{9}|0\d{2,3}-\d{7,8})"
_PHONE_AHEAD = re.compile(rf"{_PHONE_NUMBER}(?!\d)")
_PHONE_BEHIND = re.compile(rf"(?<![\d\-]){_PHONE_NUMBER}$")


#: The word that names a code, right before the space that sets the code apart: 编号 608….
_CODE_KEY_BEFORE = re.compile(r"(?:编号|編號|编码|編碼|站号|站號|代码|代碼|分机|分機)$")


def _space_between(line: str, m: re.Match[str]) -> str:
    """Replacement for one inner whitespace run (see :func:`_normalise_spaces`)."""
    run, left, right = m.group(), line[m.start() - 1], line[m.end()]
    if (
        run in _THIN_SPACES
        and _GROUP_BEFORE.search(line, 0, m.start())
        and _GROUP_AFTER.match(line, m.end())
    ):
        return ""  # 6 500人, 12萬1 000人: thousands set off by a space, as Hong Kong writes them
    if "\t" in run:
        return "，"  # a table's column gap, even between two single characters (一级\t元/斤)
    if is_han(left) and is_han(right):
        letter_spaced = _spaced_letter(line, m.start() - 1, -1) or _spaced_letter(line, m.end(), 1)
        return "" if letter_spaced else "，"
    if left in _PAUSE_MARKS or right in _PAUSE_MARKS:
        return ""  # the punctuation already carries the pause
    if (
        run == " "
        and _HEADING_NUMBER.fullmatch(line, _sentence_start(line, m.start()), m.start())
        and is_han(right)
        and right not in _AMOUNT_UNIT
    ):
        return "，"  # 6.1 人力保障: a heading's number, then its title (…范围。1.1 项目名称)
    if right.isdigit() and _ARTICLE_BEFORE.fullmatch(
        line, _sentence_start(line, m.start()), m.start()
    ):
        return "，"  # 第三条 60周岁及以上: the article's number, then its first figure
    if (is_han(left) and _PHONE_AHEAD.match(line, m.end())) or (
        is_han(right) and _PHONE_BEHIND.search(line, 0, m.start())
    ):
        return "，"  # 孙老师 13905186274 郑老师: a name, its number, the next name
    if (
        run == " "
        and is_han(left)
        and _NUMBER_WITH_UNIT.match(line, m.end())
        and not _FIGURE_ENDS_BEFORE.search(line, max(0, m.start() - FIGURE_LOOKBACK), m.start())
    ):
        # 面积 86公顷, 新华路 18 号: a number set off by spaces inside a sentence (never a
        # headline's second clause after a figure of the first: 1.2亿余元 16名被告人)
        return ""
    if run == " " and is_han(left) and _NUMBERED_NAME.match(line, m.end()):
        return ""  # 全市 5G 基站, 推进 4K 超高清: a name that starts with a number
    if run == " " and _CODE_KEY_BEFORE.search(line, 0, m.start()) and right.isalnum():
        return ""  # 编号 60812345: the code the word names, read as a code
    if (
        left.isdigit()
        and is_han(right)
        and right not in _AFTER_CLOCK
        and _CLOCK_BEFORE.search(line, 0, m.start())
    ):
        return "，"  # 17:30 分论坛一: a clock's minutes take no unit; what follows is an item
    # (a wider gap, three spaces or more, parts a number from the next field: 12121    天气…)
    if "\t" not in run and len(run) <= 2 and (
        (
            left.isdigit()
            and (right in _UNIT_AFTER_DIGIT or _UNIT_WORD_AFTER_DIGIT.match(line, m.end()))
        )
        or (left.isdigit() and _ABOUT_UNIT.match(line, m.end()))
        or (left in "年月第" and right.isdigit())
    ):
        return ""  # 2023 年9 月 21 日, 18 号楼: text pasted from Word or PDF
    if run == " " and (left.isdigit() or left in "%‰") and _WITH_NUMBER_RE.match(line, m.end()):
        return ""  # 6% 左右: the word goes with the number
    if "\t" in run or "\u3000" in run or len(run) >= 2:
        return "，"  # a column gap
    if _is_word_char(left) and _is_word_char(right):
        return " "  # between Latin words and numbers
    if left in "”」』》" and is_han(right):
        return "，"  # …推行“15分钟养老服务圈” 首批建设…: a headline's clauses, set apart
    if is_han(left) and _LIST_MARKER_AFTER.match(line, m.end()):
        return "，"  # 二、重点任务 （一）夯实…: a heading, then its sub-heading's number
    if left in VOICEABLE_PUNCTUATION or right in VOICEABLE_PUNCTUATION:
        return ""
    if is_han(left) != is_han(right) and not (is_latin_letter(left) or is_latin_letter(right)):
        return "，"  # Han next to a number or symbol: 38.0% 两年
    return " "


#: Separators between names and outlets: 北京日报客户端 | 记者 陈雪柠, 张三丨李四.
_NAME_BAR = re.compile(r"\s*[|丨｜]\s*")


def _separators(text: str) -> str:
    """Bars between names are pauses, not characters to voice (the middle dot of
    威廉姆斯·奈杰尔 is punctuation the engine already pauses on)."""
    return _NAME_BAR.sub("，", text)


#: What goes on a clock time after a space (10:00 起, 17:30 前, 9:00 至…, 8:00 开始).
_AFTER_CLOCK = "起前后至到开始截止左整时许"
#: A clock time that ends where a space starts: 17:30.
_CLOCK_BEFORE = re.compile(r"(?<![\d:：])\d{1,2}[:：]\d{2}$")


#: A figure set apart by a space on each side between words, as a PDF's text sets every figure
#: (每 10 股, 3 号楼 312 会议室, 按 6:4 比例): the spaces are layout, never pauses.
_PDF_SPACED_NUMBER = re.compile(
    # (never a list's number after a heading: 情况说明 1. 经营业绩说明)
    r"(?<=[\u4e00-\u9fff]) (?!1[3-9]\d{9} )(\d(?:[\d.,:：]*\d)?[%％]?) (?=[\u4e00-\u9fff])"
)


#: Dot leaders: a run of dots, middle dots or ellipses between a name and its figure.
_DOT_LEADER = re.compile(
    r"\s*(?:\.{4,}|·{4,}|…{2,}|⋯{2,}|\.(?:\s\.){3,})\s*(?=[\d¥￥$]|[A-Z]{2,3}\$)"
)


#: A space between a part of the day and its clock time (下午 14:00—16:30 申论).
_PART_OF_DAY_GAP = re.compile(
    r"(?<=上午|下午|中午|晚上|早上|凌晨|傍晚)[ \t\u3000]+(?=\d{1,2}[:：]\d{2})"
)


def _normalise_spaces(text: str) -> str:
    """Whitespace -> what a listener should hear.

    Rules, per line: whitespace at either end is removed; between two Han characters it is
    removed when one side is a single letter-spaced character (``韩　正``, ``总　　则``,
    ``土 地 使 用``) and becomes a pause ``，`` otherwise (``第一条　本办法``); next to a pause
    mark (，。：…) it is removed; one space after a numbered heading (``6.1 人力保障``) is a
    pause; one space between Han and a number with its unit (``面积 86公顷``,
    ``新华路 18 号``) is removed, as is one between a number and its unit; a tab, a U+3000
    or a run of 2+ spaces is a column gap and becomes ``，``; one space between Latin
    words/numbers stays one space; one space after a closing quote and before Han is a pause
    (``“养老服务圈” 首批建设``), any other next to a bracket or quote is removed; one
    space between Han and a number or symbol becomes ``，`` (headline style
    ``增长38.0% 两年平均``); any other single space stays a space.
    """
    lines = []
    for line in text.split("\n"):
        # a list's dot leaders between a name and its figure (某公司 ......... 3,000元) are a
        # column's gap
        line = _DOT_LEADER.sub("  ", line)
        line = _PDF_SPACED_NUMBER.sub(r"\1", line.strip())
        line = _PART_OF_DAY_GAP.sub("", line)  # 下午 14:00: one time, 下午两点
        line = _HSPACE_RUN.sub(functools.partial(_space_between, line), line)
        lines.append(line)
    return "\n".join(lines)
