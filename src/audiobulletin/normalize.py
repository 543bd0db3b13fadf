"""Written Mandarin -> the words a speech engine should say.

Why this module exists
----------------------
Speech engines read characters, not meaning. Kokoro (through misaki) silently drops every
letter and symbol it does not know, and reads ``国发〔2024〕5号`` as a cardinal number;
edge-tts guesses differently again. So the text is normalised *once*, here, before any engine:
both engines then speak the same words and the transcript matches the audio.

The base is ``wetext`` (the WeTextProcessing runtime), which reads ordinary numbers, dates,
percentages, fractions and ℃ well. It gets bulletin-specific forms wrong (document numbers,
phone numbers, ranges written with ～ or ―, ``第2名``, ``5-6级``, ``￥100元``, ``0121地震``, list
markers, ``2万元/5万元``) and mangles some characters (it escapes ``"`` and strips whitespace).
Those forms are therefore rewritten *before* wetext into Han characters, and wetext only ever
sees short runs of Han characters, ASCII digits and ``. : / % -``, never quotes or spaces.

Pipeline (each step is a small pure function, applied in this order)
--------------------------------------------------------------------
1. characters: CR/LF -> LF, any decimal digit (full-width ``２``, Arabic-Indic …) -> ASCII,
   full-width Latin letters and symbols -> ASCII, Kangxi radicals -> ideographs,
   ``㎡ ㎞ ℃ …`` unit signs -> Han units.
2. Traditional -> Simplified (opencc ``t2s``), for the spoken form only.
3. whitespace: stripped at line edges, dropped inside letter-spaced Han (``韩　正``,
   ``总　　则``), a pause ``，`` for column gaps and tabs, one space elsewhere.
4. addresses and codes, read symbol by symbol: e-mail, URLs, document numbers, phone numbers,
   standard/model codes (``GB/T4754-2017``).
5. dates and times: ISO dates, ``08-09`` month-day, ``14:30``, ``05日08时``.
6. ranges: ``-  ~  ～  —  ―  –`` between two numbers become 到 (至 and 到 are kept).
7. years (digit by digit), ROC years (cardinal), ``“5·13”`` and ``0121`` (digit by digit).
8. money signs, Latin units after numbers (km, mm, kg, Gbps, bp …), ‰, °, ×/*, ``3#``.
9. ordinals ``第1``, list markers ``1.`` ``(1)``, circled / Roman / fraction characters.
10. slashes, math and other symbols with a spoken form (``美元/桶`` -> 美元每桶, ``+`` -> 加);
    then decimals and percentages, read here because wetext takes ``12.3`` for a date.
11. wetext, on every run that still contains an ASCII digit.
12. safety net: any ASCII digit left is read digit by digit.
13. Latin: acronyms are spelled as spaced capitals (``GDP`` -> ``G D P``); words stay.
14. pauses: ellipses, dashes and tildes become ``，`` (or ``。`` at the end of a line).
15. every character the speech side cannot voice becomes a pause ``，`` and is named in a
    warning. Nothing disappears without a warning.

Decisions (documented so that tests and listeners agree)
--------------------------------------------------------
* Document numbers: the year digit by digit, the serial number as a cardinal, brackets not
  spoken: ``国发〔2018〕41号`` -> 国发二零一八四十一号 (how news readers say it).
* Phone numbers: digit by digit, groups separated by ``，``, and **1 is read 幺** (yāo), as
  Mandarin speakers do for phone numbers so that 1 and 7 are not confused. 幺 is used nowhere
  else (URLs, codes and years use 一).
* E-mail ``@`` is read 艾特, the usual Mandarin reading; an English "at" would need a language
  switch inside a Chinese sentence. In URLs ``.`` 点, ``/`` 斜杠, ``:`` 冒号, ``-`` 杠,
  ``_`` 下划线, ``#`` 井号.
* Latin: an all-capital token of 2–5 letters is an acronym and is spelled with spaces
  (``G D P``) unless it is a known word (``JPEG``, ``NASA`` …); a token without vowels is
  spelled too (``xlsx`` -> ``X L S X``); every other token is kept as a word for the English
  phonemiser. Output may contain Latin letters, never ASCII digits.
* ``/`` between a unit and a unit word is 每 (``美元/桶``); between alternatives it is ``、``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction
from functools import lru_cache
from typing import Any

__all__ = [
    "VOICEABLE_PUNCTUATION",
    "Spoken",
    "read_cardinal",
    "read_digits",
    "read_number",
    "split_sentences",
    "split_written",
    "to_spoken",
    "unvoiceable",
]


@dataclass(frozen=True)
class Spoken:
    """The spoken form of a written text.

    ``text`` is exactly what an engine will be given; ``warnings`` are human-readable lines,
    each naming the character(s) concerned and where they occur.
    """

    text: str
    warnings: tuple[str, ...]


# --------------------------------------------------------------------------------------------
# Lazily built heavy objects (importing this module stays cheap)
# --------------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _wetext() -> Any:
    """The wetext text normaliser, built once on first use (about half a second)."""
    from wetext import Normalizer

    return Normalizer(lang="zh", operator="tn")


@lru_cache(maxsize=1)
def _t2s() -> Any:
    """The opencc Traditional -> Simplified converter, built once on first use."""
    from opencc import OpenCC

    return OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Traditional -> Simplified Chinese (opencc ``t2s``); other characters are unchanged."""
    return _t2s().convert(text)


# --------------------------------------------------------------------------------------------
# Reading numbers
# --------------------------------------------------------------------------------------------

_DIGIT_HAN = "零一二三四五六七八九"


def read_digits(digits: str, *, yao: bool = False) -> str:
    """Read an ASCII digit string one digit at a time (``0121`` -> 零一二一).

    ``yao=True`` reads 1 as 幺, the phone-number convention. Non-digits are kept.
    """
    out = []
    for ch in digits:
        if "0" <= ch <= "9":
            out.append("幺" if yao and ch == "1" else _DIGIT_HAN[int(ch)])
        else:
            out.append(ch)
    return "".join(out)


def _read_group(n: int) -> str:
    """Read 1..9999 with 千/百/十 and inner zeros (``1005`` -> 一千零五)."""
    parts: list[str] = []
    pending_zero = False
    for power, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d = n // power % 10
        if d == 0:
            pending_zero = bool(parts)
            continue
        if pending_zero:
            parts.append("零")
            pending_zero = False
        parts.append(_DIGIT_HAN[d] + unit)
    return "".join(parts)


def read_cardinal(number: str | int, *, liang: bool = False) -> str:
    """Read a non-negative integer as a Mandarin cardinal (``110`` -> 一百一十, ``10`` -> 十).

    Groups of four digits take 万 and 亿; zeros between non-zero parts are read once (零).
    ``liang=True`` reads a leading 2 before 百/千/万/亿 as 两 (两千, 两万), as amounts are
    said and as wetext says them. Numbers of 17 digits or more are read digit by digit.
    """
    s = str(number).lstrip("0") or "0"
    if len(s) > 16:
        return read_digits(s)
    n = int(s)
    if n == 0:
        return "零"
    groups = []
    while n:
        groups.append(n % 10000)
        n //= 10000
    units = ["", "万", "亿", "万亿"]
    out = ""
    gap = False
    for idx in range(len(groups) - 1, -1, -1):
        g = groups[idx]
        if g == 0:
            gap = bool(out)
            continue
        text = _read_group(g)
        if out and (gap or g < 1000):
            text = "零" + text
        out += text + units[idx]
        gap = False
    if out.startswith("一十"):
        out = out[1:]
    if liang and out.startswith("二") and out[1:2] in ("百", "千", "万", "亿"):
        out = "两" + out[1:]
    return out


def read_number(number: str) -> str:
    """Read ``-12.50`` style numbers: sign 负, integer part cardinal (两千 …), decimals digit by
    digit (十二点五零)."""
    sign = ""
    if number.startswith(("-", "−")):
        sign, number = "负", number[1:]
    number = number.replace(",", "")
    whole, _, frac = number.partition(".")
    text = read_cardinal(whole or "0", liang=True)
    if frac:
        text += "点" + read_digits(frac)
    return sign + text


def _read_hour(hour: int) -> str:
    """Clock hours: 2 is 两点, 0 is 零点, others cardinal."""
    return "两" if hour == 2 else read_cardinal(hour)


# --------------------------------------------------------------------------------------------
# Character classes
# --------------------------------------------------------------------------------------------

#: Punctuation the speech side voices (as a pause or by intonation) or reads naturally.
VOICEABLE_PUNCTUATION = frozenset(
    "，。、；：？！“”‘’「」『』（）《》〈〉【】〔〕［］｛｝﹁﹂·"  # Chinese
    ",.;:?!\"'()[]{}"  # ASCII
)

_HAN_RANGES = (
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xF900, 0xFAFF),
    (0x20000, 0x323AF),
)


def _is_han(ch: str) -> bool:
    """True for CJK unified/compatibility ideographs and 〇."""
    if ch == "〇":
        return True
    cp = ord(ch)
    return any(lo <= cp <= hi for lo, hi in _HAN_RANGES)


def _is_latin_letter(ch: str) -> bool:
    """True for ASCII letters and accented Latin letters (é, ü …)."""
    if ch.isascii():
        return ch.isalpha()
    return unicodedata.category(ch).startswith("L") and unicodedata.name(ch, "").startswith(
        "LATIN "
    )


def _voiceable(ch: str) -> bool:
    """What the speech side can voice: ideographs, Latin letters, our punctuation, space, LF."""
    return ch in " \n" or ch in VOICEABLE_PUNCTUATION or _is_han(ch) or _is_latin_letter(ch)


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
_HAN = r"\u3400-\u4dbf\u4e00-\u9fff"
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
        "＜": "<",
        "＞": ">",
        "＂": '"',
        "＇": "'",
        "\u2028": "\n",
        "\u2029": "\n",
    }
)


def _normalise_chars(text: str) -> str:
    """Unify line ends and character variants that only differ in width or script block.

    Rules: CRLF/CR -> LF; every decimal digit (category Nd) -> its ASCII digit; full-width
    Latin letters -> ASCII; full-width ``％＋＝…`` -> ASCII; Kangxi/CJK radicals and
    compatibility ideographs -> NFKC ideograph; ``㎡ ℃ …`` -> Han unit words.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_FULLWIDTH_SYMBOLS)
    out = []
    for ch in text:
        if ch.isascii():
            out.append(ch)
        elif ch in _UNIT_SIGNS:
            out.append(_UNIT_SIGNS[ch])
        elif unicodedata.category(ch) == "Nd":
            out.append(str(unicodedata.digit(ch)))
        elif "\uff21" <= ch <= "\uff3a" or "\uff41" <= ch <= "\uff5a":
            out.append(chr(ord(ch) - 0xFEE0))
        elif 0x2E80 <= ord(ch) <= 0x2FDF or 0xF900 <= ord(ch) <= 0xFAFF:
            out.append(unicodedata.normalize("NFKC", ch))
        else:
            out.append(ch)
    return "".join(out)


# --------------------------------------------------------------------------------------------
# 3. Whitespace
# --------------------------------------------------------------------------------------------

#: A run of horizontal whitespace (anything \s except LF: space, tab, U+00A0, U+3000 …).
_HSPACE_RUN = re.compile(r"[^\S\n]+")


def _han_run_length(line: str, index: int, step: int) -> int:
    """Length of the run of Han characters starting at ``index`` going in direction ``step``."""
    n = 0
    while 0 <= index < len(line) and _is_han(line[index]):
        n += 1
        index += step
    return n


_PAUSE_MARKS = frozenset("，。、；：！？,.;:!?")
#: Unit characters that belong to the number before them, even across a space.
_UNIT_AFTER_DIGIT = frozenset(
    "年月日号时点分秒楼层栋室期届次万亿千百元角人个名位家所项条件台辆吨亩岁天周倍米克升度%‰"
)


def _is_word_char(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def _space_between(line: str, m: re.Match[str]) -> str:
    """Replacement for one inner whitespace run (see :func:`_normalise_spaces`)."""
    run, left, right = m.group(), line[m.start() - 1], line[m.end()]
    if _is_han(left) and _is_han(right):
        letter_spaced = (
            _han_run_length(line, m.start() - 1, -1) == 1 or _han_run_length(line, m.end(), 1) == 1
        )
        return "" if letter_spaced else "，"
    if left in _PAUSE_MARKS or right in _PAUSE_MARKS:
        return ""  # the punctuation already carries the pause
    if "\t" not in run and (
        (left.isdigit() and right in _UNIT_AFTER_DIGIT) or (left in "年月" and right.isdigit())
    ):
        return ""  # 2023 年9 月 21 日, 18 号楼: text pasted from Word or PDF
    if "\t" in run or "\u3000" in run or len(run) >= 2:
        return "，"  # a column gap
    if _is_word_char(left) and _is_word_char(right):
        return " "  # between Latin words and numbers
    if left in VOICEABLE_PUNCTUATION or right in VOICEABLE_PUNCTUATION:
        return ""
    if _is_han(left) != _is_han(right) and not (_is_latin_letter(left) or _is_latin_letter(right)):
        return "，"  # Han next to a number or symbol: 38.0% 两年
    return " "


#: Separators between names and outlets: 北京日报客户端 | 记者 陈雪柠, 张三丨李四.
_NAME_BAR = re.compile(r"\s*[|丨｜]\s*")


def _separators(text: str) -> str:
    """Bars between names are pauses, not characters to voice (the middle dot of
    威廉姆斯·奈杰尔 is punctuation the engine already pauses on)."""
    return _NAME_BAR.sub("，", text)


def _normalise_spaces(text: str) -> str:
    """Whitespace -> what a listener should hear.

    Rules, per line: whitespace at either end is removed; between two Han characters it is
    removed when one side is a single letter-spaced character (``韩　正``, ``总　　则``,
    ``土 地 使 用``) and becomes a pause ``，`` otherwise (``第一条　本办法``); next to a pause
    mark (，。：…) it is removed; a tab, a U+3000 or a run of 2+ spaces is a column gap and
    becomes ``，``; one space between Latin words/numbers stays one space; one space next to
    a bracket or quote is removed; one space between Han and a number or symbol becomes ``，``
    (headline style ``增长38.0% 两年平均``); any other single space stays a space.
    """
    lines = []
    for line in text.split("\n"):
        line = line.strip()
        line = _HSPACE_RUN.sub(lambda m, line=line: _space_between(line, m), line)
        lines.append(line)
    return "\n".join(lines)


# --------------------------------------------------------------------------------------------
# 4. Addresses and codes
# --------------------------------------------------------------------------------------------

_URL_SYMBOLS = {
    ".": "点",
    "/": "斜杠",
    ":": "冒号",
    "-": "杠",
    "_": "下划线",
    "#": "井号",
    "?": "问号",
    "=": "等于",
    "&": "和",
    "%": "百分号",
    "~": "波浪号",
    "+": "加",
    "@": "艾特",
}

#: Address parts pronounced as words even though short or vowel-poor.
_ADDRESS_WORDS = frozenset({"com", "net", "info", "mail", "news", "home", "index", "exam"})
_VOWELS = frozenset("aeiouAEIOU")


def _spell(letters: str) -> str:
    """Spell letters as spaced capitals: ``gdp`` -> ``G D P``."""
    return " ".join(letters.upper())


def _speak_address_part(part: str) -> str:
    """A letter run inside a URL/e-mail: a word if pronounceable, else spelled."""
    vowels = sum(ch in _VOWELS for ch in part)
    if part.lower() in _ADDRESS_WORDS or (len(part) >= 4 and vowels >= 2):
        return part.lower()
    return _spell(part)


_ADDRESS_TOKEN = re.compile(r"[A-Za-z]+|\d+|.")


def _speak_address(address: str) -> str:
    """Read a URL or e-mail address token by token (letters, digits, then symbols)."""
    out: list[str] = []
    for tok in _ADDRESS_TOKEN.findall(address):
        if tok[0].isdigit():
            spoken = read_digits(tok)
        elif tok[0].isalpha():
            spoken = _speak_address_part(tok)
        else:
            spoken = _URL_SYMBOLS.get(tok, tok)
        if out and _is_latin_letter(out[-1][-1]) and _is_latin_letter(spoken[0]):
            out.append(" ")
        out.append(spoken)
    return "".join(out)


#: E-mail: local@domain.tld (ASCII only; Chinese text around it is not part of it).
_EMAIL = re.compile(r"[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
#: URL: with a scheme, ``www.``, or a bare host ending in a common TLD; path chars are ASCII.
_URL = re.compile(
    r"(?:(?:https?|ftp)://|www\.)[A-Za-z0-9\-._~:/?#\[\]@!$&'*+,;=%]+"
    r"|\b[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:cn|com|org|net|gov|edu)\b(?:/[A-Za-z0-9\-._~/#?=&%]*)?"
)


def _speak_url(m: re.Match[str]) -> str:
    """An announcer reads the address without ``https://`` and without a trailing slash."""
    url = re.sub(r"^(?:https?|ftp)://", "", m.group(), flags=re.IGNORECASE)
    tail = ""
    while url and url[-1] in ".,;:!?)'":  # sentence punctuation after the address
        url, tail = url[:-1], url[-1] + tail
    return _speak_address(url.rstrip("/")) + tail


def _speak_email(m: re.Match[str]) -> str:
    """The local part is spelled letter by letter (a name, not a word); the domain as a URL."""
    local, _, domain = m.group().partition("@")
    spelled = []
    for tok in _ADDRESS_TOKEN.findall(local):
        if tok[0].isdigit():
            spelled.append(read_digits(tok))
        elif tok[0].isalpha():
            spelled.append(_spell(tok))
        else:
            spelled.append(_URL_SYMBOLS.get(tok, tok))
    return " ".join(spelled).replace("  ", " ") + "艾特" + _speak_address(domain)


def _addresses(text: str) -> str:
    """E-mail addresses and URLs, read symbol by symbol (see module docstring)."""
    text = _EMAIL.sub(_speak_email, text)
    return _URL.sub(_speak_url, text)


#: Document number: issuer (Han, optional), year in 〔〕 [] 【】 () （） ［］, serial, 号.
_DOC_NUMBER = re.compile(r"[〔\[【（(［](\d{4})[〕\]】）)］]\s*第?(\d{1,4})\s*号")


def _document_numbers(text: str) -> str:
    """``国发〔2024〕5号`` -> 国发二零二四五号: year digit by digit, serial cardinal."""
    return _DOC_NUMBER.sub(lambda m: read_digits(m[1]) + read_cardinal(m[2]) + "号", text)


#: Phone numbers. Landline with area code (0xx-xxxxxxxx, or a 5–8 digit local or service
#: number after it, optionally in brackets), 400/800 service numbers, mainland mobiles
#: (1[3-9] + 9 digits); optional extension after - or 转.
_PHONE = re.compile(
    r"(?<![\d.\-])(?:"
    r"[(（]?(0\d{2,3})[)）]?\s*[-—－]?\s*(\d{5,8})"
    r"|([48]00)[-\s]?(\d{3})[-\s]?(\d{4})"
    r"|(1[3-9]\d)[-\s]?(\d{4})[-\s]?(\d{4})"
    r")(?:\s*(?:-|转)\s*(?P<ext>\d{1,5}))?(?![\d.])"
)
#: A bare local number after a phone keyword (电话：62731231, 服务热线12345).
_PHONE_KEYWORD = re.compile(
    r"((?:电话|传真|热线|手机|联系方式|咨询电话)\s*[：:]?\s*)(\d{5,8})(?!\d)"
)


def _phones(text: str) -> str:
    """Phone numbers digit by digit with 幺, groups separated by ``，`` (``转`` for extensions)."""

    def speak(m: re.Match[str]) -> str:
        groups = [g for g in m.groups()[:-1] if g]
        spoken = "，".join(read_digits(g, yao=True) for g in groups)
        if m["ext"]:
            spoken += "转" + read_digits(m["ext"], yao=True)
        return spoken

    text = _PHONE.sub(speak, text)
    return _PHONE_KEYWORD.sub(lambda m: m[1] + read_digits(m[2], yao=True), text)


#: Standard and model codes: Latin prefix (``GB/T``) + 4+ digits, optional -year parts.
_CODE = re.compile(
    r"(?<![A-Za-z])([A-Za-z]{1,6}(?:/[A-Za-z]{1,3})?)\s?(\d{4,})((?:-\d+)*)(?![\d.])"
    r"(?!\s*(?:[万亿千百元人个名位吨亩台辆件家次户%‰]|美元|公里|平方|千米|公斤))"
)


#: An account or card number written in groups: 0619 2001 0400 17846.
_DIGIT_GROUPS = re.compile(r"(?<![\d.])\d{3,}(?:[ \u00a0]\d{3,}){2,}(?![\d.])")


def _digit_groups(text: str) -> str:
    """Account and card numbers written in groups (14 digits or more: longer than a phone
    number) are read group by group, with pauses."""

    def speak(m: re.Match[str]) -> str:
        groups = m.group().split()
        if sum(map(len, groups)) < 14:
            return m.group()
        return "，".join(read_digits(g) for g in groups)

    return _DIGIT_GROUPS.sub(speak, text)


def _codes(text: str) -> str:
    """``GB/T4754-2017`` -> GB/T四七五四杠二零一七: codes are digit strings, not amounts."""

    def speak(m: re.Match[str]) -> str:
        rest = "".join("杠" + read_digits(p) for p in m[3].split("-")[1:])
        return m[1] + read_digits(m[2]) + rest

    return _CODE.sub(speak, text)


# --------------------------------------------------------------------------------------------
# 5. Dates and times
# --------------------------------------------------------------------------------------------

#: ISO-like dates 2024-08-22, 2024/8/22, 2024.8.22 (validated as a calendar month/day).
_ISO_DATE = re.compile(r"(?<![\d.])(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?![\d.])")
#: Zero-padded month-day 08-09 (at least one side starts with 0), not followed by a unit.
_MONTH_DAY = re.compile(r"(?<![\d.\-:/])(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?![\d.\-:日号月时])")
#: Clock time H:MM or HH:MM[:SS], full-width colon allowed.
_TIME = re.compile(r"(?<![\d:.])(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?(?![\d:])")
#: A leading zero before a date/time unit: 05日 08时 (a padding zero, not a spoken digit).
_PADDED = re.compile(r"(?<![\d.:：])0(\d)(?=[日时月分秒号点])")


def _date_or_none(y: str, mo: str, d: str) -> str | None:
    if not (1 <= int(mo) <= 12 and 1 <= int(d) <= 31):
        return None
    return f"{read_digits(y)}年{read_cardinal(mo)}月{read_cardinal(d)}日"


#: Month and day written with 月 and 日/号: 2月2日 is 二月二日, never 二月两日.
_MONTH_AND_DAY = re.compile(r"(?<![\d.])(0?[1-9]|1[0-2])月(0?[1-9]|[12]\d|3[01])(?=[日号])")


def _dates(text: str) -> str:
    """ISO dates -> 二零二四年八月二十二日; ``08-09`` -> 八月九日; ``05日`` -> 5日."""
    text = _ISO_DATE.sub(lambda m: _date_or_none(m[1], m[3], m[4]) or m.group(), text)
    text = _MONTH_DAY.sub(lambda m: f"{read_cardinal(m[1])}月{read_cardinal(m[2])}日", text)
    return _PADDED.sub(r"\1", text)


def _month_days(text: str) -> str:
    """``2月2日`` -> 二月二日 (after ranges, which need the digits: 1月27日—2月2日)."""
    return _MONTH_AND_DAY.sub(lambda m: f"{read_cardinal(m[1])}月{read_cardinal(m[2])}", text)


def _speak_time(m: re.Match[str]) -> str:
    hour, minute, second = int(m[1]), int(m[2]), int(m[3] or 0)
    if hour > 24 or minute > 59 or second > 59:
        return m.group()
    spoken = _read_hour(hour) + "点"
    if minute or second:
        spoken += ("零" if minute < 10 else "") + read_cardinal(minute) + "分"
    if second:
        spoken += ("零" if second < 10 else "") + read_cardinal(second) + "秒"
    return spoken


def _times(text: str) -> str:
    """``14:30`` -> 十四点三十分, ``9:00`` -> 九点, ``9:05`` -> 九点零五分, ``2:00`` -> 两点."""
    return _TIME.sub(_speak_time, text)


# --------------------------------------------------------------------------------------------
# 6. Ranges
# --------------------------------------------------------------------------------------------

#: A dash/tilde between a number (optionally followed by up to 3 unit characters: 年, 日,
#: 万元, %, ℃-turned-摄氏度 …) and a number (optionally negative).
_RANGE = re.compile(rf"(\d(?:[%{_HAN}]{{0,3}}|[:：]\d\d)){_RANGE_SEP}(?=-?\d)")
#: In a formula line (one holding ``=``), a hyphen between two operands is 减 (minus).
_FORMULA_MINUS = re.compile(rf"(?<=[\w{_HAN}）)])\s*-\s*(?=[\w{_HAN}（(])")


def _ranges(text: str) -> str:
    """``50～100`` -> 50到100, ``1994年—2001年`` -> 1994年到2001年 (至 and 到 stay)."""
    return _RANGE.sub(r"\1到", text)


# --------------------------------------------------------------------------------------------
# 7. Years and digit-string names
# --------------------------------------------------------------------------------------------

#: Four-digit years: before 年/学年/财年 (年度 included), or a 19xx/20xx that names an event
#: or edition (2021世界人工智能大会, 2024版, 2022赛季).
_YEAR = re.compile(
    r"(?<![\d.])(\d{4})(?=\s*(?:年|学年|财年))"
    r"|(?<![\d.])((?:19|20)\d\d)(?=\s*(?:世界|中国|全国|国际|全球|版|赛季|届|夏季|冬季|春季|秋季))"
)
#: Two years joined by 到/至/、/和 (1900–2099 both, the second not followed by an amount unit).
_YEAR_PAIR = re.compile(
    r"(?<![\d.])((?:19|20)\d\d)(\s*(?:到|至|、|和)\s*)((?:19|20)\d\d)"
    r"(?![\d.]|\s*(?:[万亿千百元人个米吨亩]|美元|公里|平方))"
)
#: Republic-of-China (民国) years: three digits with a month, 学年, or after 民国 -> cardinal.
_ROC_YEAR = re.compile(
    r"(?:(?<=民国)(\d{2,3})|(?<![\d.])(\d{3}))(?=年\d{1,2}月|学年|年度)|(?<=民国)(\d{1,3})(?=年)"
)
#: Dated incident names: “5·13” 9·11 (a middle dot between two short numbers).
_INCIDENT = re.compile(r"(?<![\d.])(\d{1,2})[·・‧•](\d{1,2})(?![\d.])")
#: Quoted dotted names: “5.12” (an ASCII dot, only inside quotes).
_QUOTED_DOTTED = re.compile(r"(?<=[“\"「])(\d{1,2})\.(\d{1,2})(?=[”\"」])")
#: Digit strings with a leading zero that are names, not amounts: 0121地震, 编号007.
_ZERO_LED = re.compile(r"(?<![\d.,:\-/])0\d+(?![\d.,:/])")


def _years(text: str) -> str:
    """Years digit by digit (``2024年`` -> 二零二四年); ROC years as cardinals (一百一十年)."""
    text = _YEAR_PAIR.sub(lambda m: read_digits(m[1]) + m[2] + read_digits(m[3]), text)
    text = _YEAR.sub(lambda m: read_digits(m[1] or m[2]), text)
    return _ROC_YEAR.sub(lambda m: read_cardinal(m[1] or m[2] or m[3]), text)


#: Serial numbers: three or more digits before 号 (2106号台风, 1203号房间), and the
#: two-digit datum names of hydrology (85基面, 56高程).
_SERIAL = re.compile(r"(?<![\d.])(\d{3,})(?=号)|(?<![\d.])(\d{2})(?=基面|高程|基准)")


def _digit_names(text: str) -> str:
    """``“5·13”`` -> 五一三, ``0121`` -> 零一二一, ``2106号`` -> 二一零六号: names made of
    digits are read digit by digit."""
    text = _SERIAL.sub(lambda m: read_digits(m[1] or m[2]), text)
    text = _INCIDENT.sub(lambda m: read_digits(m[1] + m[2]), text)
    text = _QUOTED_DOTTED.sub(lambda m: read_digits(m[1] + m[2]), text)
    return _ZERO_LED.sub(lambda m: read_digits(m.group()), text)


# --------------------------------------------------------------------------------------------
# 8. Money, units, symbols tied to numbers
# --------------------------------------------------------------------------------------------

#: Currency sign before an amount; an optional 万/亿 and a redundant 元 after it.
_CURRENCY = re.compile(
    rf"(HK\$|US\$|[￥¥$€£])\s*(-?{_NUM})(\s*(?:万亿|亿|万|千|百))?(?:\s*(元|美元|港元|欧元|英镑))?"
)
_CURRENCY_WORD = {
    "￥": "元",
    "¥": "元",
    "$": "美元",
    "US$": "美元",
    "HK$": "港元",
    "€": "欧元",
    "£": "英镑",
}


def _currency(text: str) -> str:
    """``￥100元`` -> 100元, ``$1.5亿`` -> 1.5亿美元: the sign becomes a unit word."""

    def speak(m: re.Match[str]) -> str:
        word = m[4] or _CURRENCY_WORD[m[1]]
        return m[2] + (m[3] or "").strip() + word

    return _CURRENCY.sub(speak, text)


#: Latin units read after a number (longest first). Not followed by another Latin letter.
_LATIN_UNITS = {
    "km/h": "公里每小时",
    "m/s": "米每秒",
    "km²": "平方公里",
    "km2": "平方公里",
    "m²": "平方米",
    "m³": "立方米",
    "cm²": "平方厘米",
    "kWh": "千瓦时",
    "Gbps": "吉比特每秒",
    "Mbps": "兆比特每秒",
    "GHz": "吉赫兹",
    "MHz": "兆赫兹",
    "kHz": "千赫兹",
    "Hz": "赫兹",
    "km": "公里",
    "cm": "厘米",
    "mm": "毫米",
    "μm": "微米",
    "µm": "微米",
    "nm": "纳米",
    "kg": "千克",
    "mg": "毫克",
    "mL": "毫升",
    "ml": "毫升",
    "kW": "千瓦",
    "MW": "兆瓦",
    "GW": "吉瓦",
    "kV": "千伏",
    "bp": "个基点",
    "ha": "公顷",
    "min": "分钟",
    "°C": "摄氏度",
    "°F": "华氏度",
    "m": "米",
    "g": "克",
    "t": "吨",
    "L": "升",
    "h": "小时",
}
_LONG_UNITS = "|".join(
    re.escape(u) for u in sorted(_LATIN_UNITS, key=len, reverse=True) if len(u) > 1
)
#: A unit right after a number (multi-letter units may follow one space; single letters
#: m g t L h must touch the number, so ``160.000 L-96`` is not read as litres).
_UNIT_AFTER_NUMBER = re.compile(rf"(\d)(?:\s?({_LONG_UNITS})|([mgtLh]))(?![A-Za-z²³])")
#: Per-mille: 3‰ -> 千分之三 (the number is read here, wetext does not know ‰).
_PER_MILLE = re.compile(rf"(-?{_NUM})\s*‰")
#: Degrees, minutes, seconds of arc after numbers (113°56′30″).
_ARC = re.compile(r"(\d)\s*([°′″])")
#: Multiplication between numbers (25毫米*35毫米, 295*413, 1920x1080).
_TIMES_SIGN = re.compile(rf"(\d[{_HAN}]{{0,3}})\s*(?:[*×]|(?<=\d)[xX](?=\s*\d))\s*(?=\d)")
#: ``3#`` (building/well number) -> 3号.
_NUMBER_SIGN = re.compile(r"(\d)\s*#")


def _units(text: str) -> str:
    """Latin units after numbers, ‰, °′″, multiplication signs and ``3#``."""
    text = _UNIT_AFTER_NUMBER.sub(lambda m: m[1] + _LATIN_UNITS[m[2] or m[3]], text)
    text = _PER_MILLE.sub(lambda m: "千分之" + read_number(m[1]), text)
    text = _ARC.sub(lambda m: m[1] + {"°": "度", "′": "分", "″": "秒"}[m[2]], text)
    text = _TIMES_SIGN.sub(r"\1乘", text)
    return _NUMBER_SIGN.sub(r"\1号", text)


#: Thousands separators: 1,234,567 (groups of exactly three digits).
_THOUSANDS = re.compile(
    r"(?<![\d,.])\d{1,3}(?:,\d{3})+(?![\d,]|\.\d)|(?<![\d,.])\d{1,3}(?:,\d{3})+\.\d+"
)


#: Zero cents: 1100000.00元 is said 一百一十万元.
_ZERO_CENTS = re.compile(r"(?<=\d)\.0{1,2}(?=\s*(?:元|美元|港元|欧元|万元|亿元))")


def _thousands(text: str) -> str:
    """``1,234,567`` -> 1234567 (wetext would read the comma as a pause); ``.00元`` -> 元."""
    text = _THOUSANDS.sub(lambda m: m.group().replace(",", ""), text)
    return _ZERO_CENTS.sub("", text)


# --------------------------------------------------------------------------------------------
# 9. Ordinals, list markers, numeral characters
# --------------------------------------------------------------------------------------------

#: 第 + number: always 二, never 两 (wetext says 第两名).
_ORDINAL = re.compile(r"第\s*(\d+)(?![\d.])")
#: Bracketed list number (1) （1） anywhere.
_BRACKET_ITEM = re.compile(r"([(（])\s*(\d{1,2})\s*([)）])")
#: List marker 1. 1．1、 1) at a line start or after sentence/clause punctuation.
_LIST_MARKER = re.compile(r"(?:^|(?<=[\n。；;：:！？!?]))(\d{1,2})\s*(?:[.、]|[)）])(?!\d)", re.M)
#: Roman numerals in ASCII after 第 or before a class word (第II类, III级).
_ASCII_ROMAN = re.compile(
    r"(?<=第)([IVX]{1,4})(?![A-Za-z])|(?<![A-Za-z])([IVX]{1,4})(?=[类级期型至])"
    r"|(?<=至)([IVX]{1,4})(?=[类级期型])"
)
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}


def _roman_value(numeral: str) -> int:
    total = 0
    for i, ch in enumerate(numeral):
        v = _ROMAN_VALUES[ch]
        nxt = _ROMAN_VALUES[numeral[i + 1]] if i + 1 < len(numeral) else 0
        total += -v if v < nxt else v
    return total


def _ordinals(text: str) -> str:
    """``第1季度`` -> 第一季度, ``(1)`` -> （一）, ``1.`` -> 一、, ``第II类`` -> 第二类."""
    text = _ROMAN_RANGE.sub(r"\1至\2", text)
    text = _ORDINAL.sub(lambda m: "第" + read_cardinal(m[1]), text)
    text = _BRACKET_ITEM.sub(lambda m: "（" + read_cardinal(m[2]) + "）", text)
    text = _LIST_MARKER.sub(lambda m: read_cardinal(m[1]) + "、", text)
    return _ASCII_ROMAN.sub(lambda m: read_cardinal(_roman_value(m[1] or m[2] or m[3])), text)


def _numeral_char(ch: str, nxt: str) -> str | None:
    """Spoken form of a numeral character (① ⑴ ⒈ ㈠ Ⅱ ½ ²), or None if it is not one."""
    if ch.isascii() or unicodedata.category(ch) not in ("No", "Nl"):
        return None
    name = unicodedata.name(ch, "")
    value = unicodedata.numeric(ch, None)
    if value is None:
        return None
    if "FRACTION" in name:
        frac = Fraction(value).limit_denominator(1000)
        return f"{read_cardinal(frac.denominator)}分之{read_cardinal(frac.numerator)}"
    if value != int(value) or value < 0:
        return None
    number = read_cardinal(int(value))
    if "ROMAN NUMERAL" in name:
        return number
    if "PARENTHESIZED" in name:
        return f"（{number}）"
    if "FULL STOP" in name or "CIRCLED" in name or "DINGBAT" in name:
        follows_text = bool(nxt) and (_is_han(nxt) or _is_latin_letter(nxt))
        return number + ("、" if follows_text else "")
    if "SUPERSCRIPT" in name or "SUBSCRIPT" in name:
        return number
    return None


#: A range of Roman numerals: Ⅰ~Ⅲ类 is 一至三类 (the sign is 至, never a pause: 一，三类
#: would name two classes instead of three).
_ROMAN_RANGE = re.compile(
    r"([\u2160-\u217f]|(?<![A-Za-z])[IVX]{1,4})\s*[~～〜—–－\-]+\s*([\u2160-\u217f]|[IVX]{1,4}(?![A-Za-z]))"
)


def _numeral_chars(text: str) -> str:
    """Circled, bracketed and Roman numeral characters, vulgar fractions, super/subscripts."""
    text = _ROMAN_RANGE.sub(r"\1至\2", text)
    out = []
    for i, ch in enumerate(text):
        nxt = text[i + 1] if i + 1 < len(text) else ""
        spoken = _numeral_char(ch, nxt)
        out.append(ch if spoken is None else spoken)
    return "".join(out)


# --------------------------------------------------------------------------------------------
# 10. Slashes and symbols with a spoken form
# --------------------------------------------------------------------------------------------

#: Unit words after ``/`` that make it "per" (每): 美元/桶, 万元/人, 元/月.
_PER_UNITS = (
    "人次|人|户|月|年|天|日|周|次|件|台|亩|公顷|公斤|千克|克|斤|吨|桶|盎司|蒲式耳|平方米|立方米"
    "|平方公里|公里|米|升|小时|分钟|秒|股|份|套|头|只|箱|瓶|张|度|千瓦时|班|车|辆|例|床"
)
_SLASH_PER = re.compile(
    rf"(?<=[{_HAN}%])/(?=(?:{_PER_UNITS})(?![{_HAN}]))"
    rf"|(?<=[元角分])/(?=\d+(?:\.\d+)?\s*(?!元|美元|港元|万元|亿元)(?:{_PER_UNITS}|[{_HAN}]{{1,2}}))"
)
#: Fractions keep their slash for wetext (1/3); Latin/Latin (GB/T, TCP/IP) is a space.
_SLASH_LATIN = re.compile(r"(?<=[A-Za-z])/(?=[A-Za-z])")
#: Fractions n/d (read here: wetext reads 约1/4 as 四分之约一 and 10/20 as a date).
_FRACTION = re.compile(r"(?<![\d./])(\d+)/(\d+)(?![\d/]|\.\d)")
#: Hyphen joining Latin to Latin or to digits (COVID-19, Wi-Fi, R-160): a space.
_LATIN_HYPHEN = re.compile(r"(?<=[A-Za-z])-(?=[A-Za-z\d])|(?<=\d)-(?=[A-Za-z])")
#: File extensions after a dot: 表.xlsx -> 表点X L S X.
_FILE_EXT = re.compile(
    r"(?<=[\w\u4e00-\u9fff])\.(?=(?:xlsx?|docx?|pdf|jpe?g|png|zip|rar|txt|pptx?|wps|ofd|csv)\b)",
    re.I,
)
#: A percent sign that follows no number is the word 百分比 (table headers: （%）).
_LONE_PERCENT = re.compile(r"(?<![\d.])%")
#: A lone per-mille sign.
_LONE_PER_MILLE = re.compile(r"‰")
#: Plus: between operands 加, as a sign before a number 正.
_PLUS_SIGN = re.compile(r"(?<![\w\u4e00-\u9fff)）])\+(?=\d)")

#: Symbols with a fixed spoken form wherever they occur outside addresses.
_SYMBOL_WORDS = {
    "+": "加",
    "=": "等于",
    "≠": "不等于",
    "≈": "约等于",
    "≥": "大于等于",
    "≤": "小于等于",
    ">": "大于",
    "<": "小于",
    "±": "正负",
    "×": "乘",
    "÷": "除以",
    "&": "和",
    "°": "度",
    "α": "阿尔法",
    "β": "贝塔",
    "γ": "伽马",
    "δ": "德尔塔",
    "Δ": "德尔塔",
    "θ": "西塔",
    "λ": "兰姆达",
    "μ": "缪",
    "π": "派",
    "σ": "西格玛",
    "Σ": "西格玛",
    "φ": "斐",
    "ω": "欧米伽",
    "Ω": "欧姆",
}
_SYMBOL_WORD_RE = re.compile("[" + re.escape("".join(_SYMBOL_WORDS)) + "]")


def _slashes_and_symbols(text: str) -> str:
    """Give ``/ - % + = & ×`` … their spoken form where the context makes it unambiguous.

    Rules: unit/unit-word ``/`` -> 每; Latin/Latin ``/`` and Latin-joining ``-`` -> space;
    ``n/d`` is a fraction (``1/3`` -> 三分之一, also ``10/20``: bulletins write dates with
    年月日, fractions with ``/``); any other ``/`` -> ``、``
    (alternatives: 斜纹夜蛾/甜菜夜蛾, 2万元/5万元); ``.`` before a file extension -> 点;
    ``%`` without a number -> 百分比; a sign ``+`` -> 正; ``-`` between operands of a
    formula line (one with ``=``) -> 减; then the fixed words of
    ``_SYMBOL_WORDS`` (加, 等于, 乘, 除以, 和, Greek letter names …).
    """
    text = _SLASH_PER.sub("每", text)
    text = _SLASH_LATIN.sub(" ", text)
    text = _LATIN_HYPHEN.sub(" ", text)
    text = _FRACTION.sub(lambda m: f"{read_cardinal(m[2])}分之{read_cardinal(m[1])}", text)
    text = text.replace("/", "、")
    text = _FILE_EXT.sub("点", text)
    text = _LONE_PERCENT.sub("百分比", text)
    text = _LONE_PER_MILLE.sub("千分比", text)
    text = _PLUS_SIGN.sub("正", text)
    text = "\n".join(
        _FORMULA_MINUS.sub("减", line) if "=" in line else line for line in text.split("\n")
    )
    return _SYMBOL_WORD_RE.sub(lambda m: _SYMBOL_WORDS[m.group()], text)


# --------------------------------------------------------------------------------------------
# 10b. Decimals and percentages (wetext reads 12.3 as 十二月三日)
# --------------------------------------------------------------------------------------------

#: A minus sign: a hyphen not preceded by a digit or a Latin letter.
_MINUS = r"(?<![\dA-Za-z])-"
#: Percent range 2到5% -> 百分之二到百分之五.
_PERCENT_RANGE = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)(\s*(?:到|至)\s*)(\d+(?:\.\d+)?)%")
#: Percentages, optionally negative: -0.8% -> 负百分之零点八.
_PERCENT = re.compile(rf"(?:({_MINUS})|(?<![\d.]))(\d+(?:\.\d+)?)%")
#: Decimal numbers, optionally negative (not part of a dotted code like 1.2.3).
_DECIMAL = re.compile(rf"(?:({_MINUS})|(?<![\d.]))(\d+\.\d+)(?![\d.]\d)")


def _decimals(text: str) -> str:
    """Percentages and decimal numbers are read here, never by wetext.

    wetext reads ``增长12.3`` as 增长十二月三日 (a date); these forms are unambiguous, so they are
    read directly: ``3.5%`` -> 百分之三点五, ``-28.2`` -> 负二十八点二,
    ``2～5%`` -> 百分之二到百分之五.
    """
    text = _PERCENT_RANGE.sub(
        lambda m: f"百分之{read_number(m[1])}{m[2]}百分之{read_number(m[3])}", text
    )
    text = _PERCENT.sub(lambda m: ("负" if m[1] else "") + "百分之" + read_number(m[2]), text)
    return _DECIMAL.sub(lambda m: ("负" if m[1] else "") + read_number(m[2]), text)


# --------------------------------------------------------------------------------------------
# 11–12. wetext and the digit safety net
# --------------------------------------------------------------------------------------------

#: What wetext is given: runs of Han, ASCII digits and ``. : / % -`` (no quotes, no spaces,
#: no Latin: wetext escapes quotes, strips spaces and misreads Latin units).
_WETEXT_RUN = re.compile(rf"[0-9{_HAN}.:/%\-]+")
_ASCII_DIGITS = re.compile(r"\d+")


def _apply_wetext(text: str) -> str:
    """Run wetext on every run that still holds an ASCII digit; leave the rest untouched."""

    def run(m: re.Match[str]) -> str:
        chunk = m.group()
        if not any("0" <= ch <= "9" for ch in chunk):
            return chunk
        return _wetext().normalize(chunk)

    text = _WETEXT_RUN.sub(run, text)
    return text.replace("百分之负", "负百分之")


def _digit_safety_net(text: str) -> str:
    """Any ASCII digit still present is read digit by digit: the output never holds one."""
    return _ASCII_DIGITS.sub(lambda m: read_digits(m.group()), text)


# --------------------------------------------------------------------------------------------
# 13. Latin words and acronyms
# --------------------------------------------------------------------------------------------

#: All-capital words that are pronounced, not spelled.
_CAPITAL_WORDS = frozenset(
    {
        "JPEG",
        "NASA",
        "NATO",
        "OPEC",
        "APEC",
        "ASEAN",
        "COVID",
        "SARS",
        "AIDS",
        "COMEX",
        "NASDAQ",
        "UNESCO",
        "UNICEF",
        "LIBOR",
        "SHIBOR",
        "WIND",
        "FIFA",
        "LASER",
        "RADAR",
        "WIFI",
        "SIM",
        "PIN",
    }
)
_LATIN_TOKEN = re.compile(r"[A-Za-z]+")


#: Words written in mixed case that are said letter by letter, as announcers say them.
_SPELLED_WORDS = frozenset({"app", "apps", "ios", "phd", "esim", "ceo", "cpu", "gps", "pc", "tv"})


def _speak_latin_token(tok: str) -> str:
    """Spell acronyms (2–5 capitals, a mixed-case acronym such as ``App``, ``iOS``, ``PhD``,
    or no vowel at all); keep words as they are."""
    if tok.upper() in _CAPITAL_WORDS and tok.isupper():
        return tok
    if tok.lower() in _SPELLED_WORDS:
        return _spell(tok)
    if 2 <= len(tok) <= 5 and any(ch.isupper() for ch in tok[1:]) and not tok.isupper():
        return _spell(tok)  # camel-case acronyms: iOS, PhD, eSIM
    if len(tok) >= 2 and tok.isupper() and len(tok) <= 5:
        return _spell(tok)
    if len(tok) >= 2 and not any(ch in "aeiouyAEIOUY" for ch in tok):
        return _spell(tok)
    return tok


def _latin(text: str) -> str:
    """``GDP`` -> ``G D P``, ``HDPE`` -> ``H D P E``, ``Wind``/``JPEG`` stay words."""
    return _LATIN_TOKEN.sub(lambda m: _speak_latin_token(m.group()), text)


# --------------------------------------------------------------------------------------------
# 14–15. Pauses, unvoiceable characters, warnings
# --------------------------------------------------------------------------------------------

#: Ellipses (…… … ... 。。。⋯), dash runs (—— — ―― -- ----), tildes and list bullets.
_PAUSE_RUN = re.compile(r"(?:[…⋯]+|\.{3,}|。{3,}|[—―–‒﹘~～〜]+|-+(?!\d)|[●•◆■▪►▶◇□○])")
#: The pause marks that runs collapse over (strongest first).
_PAUSE_STRENGTH = "。；，、"
_PAUSE_COLLAPSE = re.compile(r"[，。；、]{2,}")
_PAUSE_AFTER_MARK = re.compile(r"(?<=[！？!?])[，。；、]+")
#: A comma-pause at the start of a line (a list bullet ``●``/``- ``, a leading ``——``): the
#: line break already is that pause.
_LINE_START_PAUSE = re.compile(r"^[，、]+", re.M)
_LINE_END_AHEAD = re.compile(r"[”’」』）)》】〕\]\"']*(?:\n|$)")


def _collapse_pauses(text: str) -> str:
    """A run of pause marks keeps only its strongest; marks right after ！/？ are redundant."""
    text = _PAUSE_AFTER_MARK.sub("", text)
    return _PAUSE_COLLAPSE.sub(lambda m: min(m.group(), key=_PAUSE_STRENGTH.index), text)


def _pauses(text: str) -> str:
    """Ellipses, dashes, tildes and bullets -> ``，``, or ``。`` when the line ends there.

    A pause never vanishes: when punctuation already follows, runs of pause marks are
    collapsed to the strongest one (``……。`` -> ``。``); at a line start the line break is
    the pause, so a bullet or leading dash adds no ``，`` there.
    """

    def repl(m: re.Match[str]) -> str:
        return "。" if _LINE_END_AHEAD.match(text, m.end()) else "，"

    text = _PAUSE_RUN.sub(repl, text)
    return _LINE_START_PAUSE.sub("", _collapse_pauses(text))


def _describe(ch: str) -> str:
    name = unicodedata.name(ch, "")
    shown = ch if unicodedata.category(ch)[0] not in "CZ" else ""
    return f"“{shown}” (U+{ord(ch):04X}{' ' + name if name else ''})"


def _context(text: str, index: int, width: int = 8) -> str:
    left = text[max(0, index - width) : index]
    right = text[index + 1 : index + 1 + width]
    return (left + text[index] + right).replace("\n", " ")


def _unvoiceable_to_pauses(text: str) -> tuple[str, list[str]]:
    """Replace each character the speech side cannot voice by a pause, with a warning.

    Invisible characters (controls, format characters such as U+200B) become a space; all
    others (emoji, ☆, ※, stray # @ …) become ``，``. One warning per distinct character and
    context, e.g. ``无法朗读的字符 “☆” (U+2606 WHITE STAR) 位于 “…好☆天…”``.
    """
    out: list[str] = []
    warnings: dict[str, None] = {}
    for i, ch in enumerate(text):
        if _voiceable(ch):
            out.append(ch)
            continue
        invisible = unicodedata.category(ch)[0] in "CZ"
        warnings.setdefault(
            f"无法朗读的字符 {_describe(ch)} 位于 “…{_context(text, i)}…”，已改为停顿", None
        )
        out.append(" " if invisible else "，")
    return "".join(out), list(warnings)


# --------------------------------------------------------------------------------------------
# The pipeline
# --------------------------------------------------------------------------------------------

_PRE_WETEXT: tuple[Callable[[str], str], ...] = (
    _addresses,
    _separators,
    _document_numbers,
    _digit_groups,
    _phones,
    _codes,
    _thousands,
    _currency,
    _dates,
    _units,
    _ranges,
    _times,
    _years,
    _month_days,
    _digit_names,
    _ordinals,
    _numeral_chars,
    _slashes_and_symbols,
    _decimals,
)


def to_spoken(written: str) -> Spoken:
    """Normalise written Mandarin into the text an engine should speak.

    Guarantees: no ASCII digit in ``text``; :func:`unvoiceable` of ``text`` is empty; every
    character that had no spoken form is named in ``warnings``; Traditional characters are
    converted to Simplified. See the module docstring for the rules and their order.
    """
    text = _normalise_chars(written)
    text = to_simplified(text)
    text = _normalise_spaces(text)
    for step in _PRE_WETEXT:
        text = step(text)
    text = _apply_wetext(text)
    text = _digit_safety_net(text)
    text = _latin(text)
    text = _pauses(text)
    text, warnings = _unvoiceable_to_pauses(text)
    text = _collapse_pauses(text)
    return Spoken(text=text, warnings=tuple(warnings))


# --------------------------------------------------------------------------------------------
# Sentences
# --------------------------------------------------------------------------------------------

_SENTENCE_END = frozenset("。！？；!?;.")
_CLOSERS = frozenset("”’」』）)》】〕]\"'")
_CLAUSE_MARKS = frozenset("，、：,:")


def _has_content(piece: str) -> bool:
    return any(_is_han(ch) or _is_latin_letter(ch) for ch in piece)


def _cut_sentences(spoken: str) -> list[str]:
    """Cut after each run of sentence-end marks (plus closing quotes and whitespace) and
    after each line break; pieces without any letter are merged into a neighbour."""
    pieces: list[str] = []
    start = i = 0
    n = len(spoken)
    while i < n:
        ch = spoken[i]
        if ch in _SENTENCE_END or ch == "\n":
            j = i + 1
            if ch != "\n":
                while j < n and spoken[j] in _SENTENCE_END:
                    j += 1
                while j < n and spoken[j] in _CLOSERS:
                    j += 1
            while j < n and spoken[j] in " \n":
                j += 1
            pieces.append(spoken[start:j])
            start = i = j
        else:
            i += 1
    if start < n:
        pieces.append(spoken[start:])
    merged: list[str] = []
    for piece in pieces:
        if merged and (not _has_content(piece) or not _has_content(merged[-1])):
            merged[-1] += piece
        else:
            merged.append(piece)
    return merged


def _cut_long(sentence: str, max_chars: int) -> list[str]:
    """Cut a sentence longer than ``max_chars`` after the clause mark nearest its middle
    (then after a space), recursively; as a last resort at ``max_chars`` characters."""
    if len(sentence) <= max_chars:
        return [sentence]
    middle = len(sentence) / 2
    for marks in (_CLAUSE_MARKS, frozenset(" ")):
        cuts = [i + 1 for i, ch in enumerate(sentence[:-1]) if ch in marks]
        if cuts:
            cut = min(cuts, key=lambda c: abs(c - middle))
            return _cut_long(sentence[:cut], max_chars) + _cut_long(sentence[cut:], max_chars)
    return [sentence[:max_chars], *_cut_long(sentence[max_chars:], max_chars)]


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
    out: list[str] = []
    for sentence in _cut_sentences(spoken):
        out.extend(_cut_long(sentence, max_chars))
    return out


_WRITTEN_END = frozenset("。！？；!?;")


def _written_content(piece: str) -> bool:
    return any(_is_han(ch) or _is_latin_letter(ch) or ch.isdigit() for ch in piece)


def split_written(written: str) -> list[str]:
    """Cut written text into sentences the way :func:`split_sentences` cuts spoken text.

    The same ends (。！？； and their ASCII forms, closing quotes, line breaks), except that a
    ``.`` only ends a sentence before a space, a line break or the end, since written text
    still holds ``3.5`` and ``www.example.com``. No long sentence is cut here: the spoken
    form decides that. Pieces holding no letter or digit join a neighbour, and
    ``"".join(result) == written``, so each piece can be normalised on its own and the
    spoken sentences traced back to the written sentence they came from.
    """
    pieces: list[str] = []
    start = i = 0
    n = len(written)
    while i < n:
        ch = written[i]
        ends = (
            ch in _WRITTEN_END
            or ch == "\n"
            or (ch == "." and (i + 1 == n or written[i + 1] in " \n"))
        )
        if not ends:
            i += 1
            continue
        j = i + 1
        if ch != "\n":
            while j < n and (written[j] in _WRITTEN_END or written[j] == "."):
                j += 1
            while j < n and written[j] in _CLOSERS:
                j += 1
        while j < n and written[j] in " \n":
            j += 1
        pieces.append(written[start:j])
        start = i = j
    if start < n:
        pieces.append(written[start:])
    merged: list[str] = []
    for piece in pieces:
        if merged and (not _written_content(piece) or not _written_content(merged[-1])):
            merged[-1] += piece
        else:
            merged.append(piece)
    return merged
