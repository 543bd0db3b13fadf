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
2. Traditional -> Simplified (opencc ``t2s``), for the spoken form only; in a Traditional
   text a bare ``$`` is the local dollar (Hong Kong's, Taiwan's), said 元, never 美元.
3. whitespace: stripped at line edges, dropped inside letter-spaced Han (``韩　正``,
   ``总　　则``) and around a number with its unit (``面积 86公顷``, ``18 号``), a pause ``，``
   for column gaps, tabs and after a numbered heading (``6.1 人力保障``), dropped inside a
   number whose thousands a space sets off (``6 500人``, ``12萬1 000人``), one space elsewhere.
4. a run of more than 16 digits (no amount has that many) is read digit by digit first, so
   no later rule takes part of it for a number or a phone number; so is a power of ten
   (``2.3×10⁵CFU/g`` -> 二点三乘十的五次方C F U每克), whose exponent is no digit of the ten;
   and so are the digits a mask leaves of a number (``5108****0023``).
   Then addresses and codes, read symbol by symbol: e-mail, URLs, document numbers, codes after
   the word naming them (``项目编号：QHZB-2031-0457``), phone numbers (Taiwan and Hong Kong
   shapes too) and postcodes, standard/model/train codes (``GB/T4754-2017``, ``G1234次``).
5. dates and times: ISO dates, Taiwan's ``113/3/15``, year-months ``2019.07``, ``08-09``
   month-day, ``14:30`` (a 时 after it is not said again: ``10:00时`` -> 十点), ``05日08时``;
   a whole hour drops its zero minutes (``10时00分`` -> 十时).
6. ranges: ``-  ~  ～  —  ―  –`` between two numbers become 到 (至 and 到 are kept), and so
   does a tilde between two grades written in Han (``中～大雨`` -> 中到大雨).
7. years (digit by digit), ROC years (cardinal), ``“5·13”`` and ``0121`` (digit by digit),
   serial numbers (``2106号台风``, ``302室``; a street's house numbers are cardinals, both ends
   of a range: ``滨江路88号至156号``).
8. amounts of ten thousand 万 or more said in 亿 (``244394万`` -> 二十四亿四千三百九十四万),
   money signs, Latin units after numbers (km, mm, kg, Gbps, bp …), ‰, °, ×/*, ``3#``.
9. ordinals ``第1``, list markers ``1.`` ``(1)`` (one right before a date, ``2.2月5日``, is read
   before the dates, so never as a decimal), circled / Roman / fraction characters.
10. slashes, math and other symbols with a spoken form (``美元/桶`` -> 美元每桶, ``+`` -> 加),
    but a website path's ``>`` is a pause (``首页 > 通知公告``), not 大于;
    then decimals and percentages, read here because wetext takes ``12.3`` for a date; then
    a hotline's short number and a phone's extension (``拨打1823``, ``分机312``) digit by
    digit; last, numbers wetext takes for service phone numbers are read as phone numbers
    next to a phone word (``拨打120``), as amounts next to a unit or a quantity word
    (``时速120``, ``119次``).
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
* 2: 两 when it counts (两项, 两省, 两到三年), 二 when it numbers (二号楼, 二季度, 二单元, the
  day 于二日, A2口, 二到四月).
* Phone numbers: digit by digit, groups separated by ``，``, and **1 is read 幺** (yāo), as
  Mandarin speakers do for phone numbers so that 1 and 7 are not confused. 幺 is used nowhere
  else (URLs, codes and years use 一), but in the mail domains everyone names by their
  numbers (163.com 幺六三点com).
* E-mail ``@`` is read 艾特, the usual Mandarin reading; an English "at" would need a language
  switch inside a Chinese sentence. In URLs ``.`` 点, ``:`` 冒号, ``-`` 杠, ``_`` 下划线;
  a URL is read as its site (www.stats.gov.cn), not the page's path after it, as an
  announcer reads it: a path heard is noise, and the transcript shows it.
* Latin: an all-capital token of 2–5 letters is an acronym and is spelled with spaces
  (``G D P``) unless it is a known word (``JPEG``, ``NASA`` …); a token without vowels is
  spelled too (``xlsx`` -> ``X L S X``); every other token is kept as a word for the English
  phonemiser. Output may contain Latin letters, never ASCII digits.
* ``/`` between a unit and a unit word is 每 (``美元/桶``); between alternatives it is ``、``,
  as is ``.`` between single characters (``语.数.外`` -> 语、数、外).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from audiobulletin.normalize.chars import (
    VOICEABLE_PUNCTUATION,
    _normalise_chars,
    _normalise_spaces,
    _separators,
    unsaid_asides,
    unvoiceable,
)
from audiobulletin.normalize.codes import (
    _addresses,
    _codes,
    _digit_groups,
    _document_numbers,
    _hotlines,
    _keyed_codes,
    _masked,
    _phones,
    _service_numbers,
    bare_ids,
    code_routes,
    id_ranges,
)
from audiobulletin.normalize.dates import (
    _bracketed_days,
    _dates,
    _digit_names,
    _month_days,
    _padded_seconds,
    _ranges,
    _times,
    _whole_hours,
    _years,
    blank_dates,
)
from audiobulletin.normalize.numbers import (
    long_digit_runs,
    read_cardinal,
    read_digits,
    read_number,
)
from audiobulletin.normalize.quantities import (
    _counts,
    _currency,
    _dated_items,
    _decimal_ratios,
    _decimals,
    _local_dollar,
    _magnitudes,
    _mixed_magnitudes,
    _myriads,
    _numeral_chars,
    _ordinals,
    _powers_of_ten,
    _slashes_and_symbols,
    _thousands,
    _units,
    nested_items,
    padded_sections,
    percent_apart,
    redundant_signs,
    spoken_abbreviations,
)
from audiobulletin.normalize.voicing import (
    _apply_wetext,
    _chinese_marks,
    _collapse_pauses,
    _digit_safety_net,
    _latin,
    _pauses,
    _unvoiceable_to_pauses,
    said_once,
)
from audiobulletin.zh import to_simplified

__all__ = [
    "VOICEABLE_PUNCTUATION",
    "Spoken",
    "read_cardinal",
    "read_digits",
    "read_number",
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
# The pipeline
# --------------------------------------------------------------------------------------------

_PRE_WETEXT: tuple[Callable[[str], str], ...] = (
    code_routes,
    redundant_signs,
    spoken_abbreviations,
    id_ranges,
    long_digit_runs,
    _powers_of_ten,
    _masked,
    _addresses,
    _separators,
    _document_numbers,
    _keyed_codes,
    _digit_groups,
    _phones,
    bare_ids,
    _codes,
    _currency,
    _mixed_magnitudes,
    _thousands,
    _myriads,
    _bracketed_days,
    _padded_seconds,
    _whole_hours,
    _dated_items,
    _dates,
    _magnitudes,
    _units,
    percent_apart,
    _ranges,
    _times,
    _years,
    _month_days,
    _digit_names,
    _ordinals,
    _counts,
    _numeral_chars,
    _slashes_and_symbols,
    _decimal_ratios,
    _decimals,
    _hotlines,
    _service_numbers,
)


def to_spoken(written: str) -> Spoken:
    """Normalise written Mandarin into the text an engine should speak.

    Guarantees: no ASCII digit in ``text``; :func:`unvoiceable` of ``text`` is empty; every
    character that had no spoken form is named in ``warnings``; Traditional characters are
    converted to Simplified. See the module docstring for the rules and their order.
    """
    text, notes = unsaid_asides(_normalise_chars(written))
    simplified = to_simplified(text)
    text = simplified if simplified == text else _local_dollar(simplified)
    text = _normalise_spaces(padded_sections(nested_items(blank_dates(text))))
    for step in _PRE_WETEXT:
        text = step(text)
    text = _apply_wetext(text)
    text = _digit_safety_net(text)
    text = _latin(text)
    text = _chinese_marks(_pauses(text))
    text = said_once(text)
    text, warnings = _unvoiceable_to_pauses(text)
    text = _collapse_pauses(text)
    return Spoken(text=text, warnings=(*notes, *warnings))
