"""Steps 8–10: money and units, ordinals and numeral characters, slashes and symbols,
decimals and percentages."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from decimal import Decimal
from fractions import Fraction

from audiobulletin.normalize.chars import (
    _NUM,
    _RANGE_SEP,
    CAPITAL_DIGITS,
    CAPITAL_UNITS,
    CURRENCY_CODES,
    MONEY_UNITS,
)
from audiobulletin.normalize.dates import formula_minus
from audiobulletin.normalize.numbers import read_cardinal, read_digits, read_number
from audiobulletin.zh import HAN, is_han, is_latin_letter

# --------------------------------------------------------------------------------------------
# 8. Money, units, symbols tied to numbers
# --------------------------------------------------------------------------------------------

#: Currency sign before an amount; an optional 万/亿 and a redundant 元 after it.
_CURRENCY = re.compile(
    # (or a currency's code before the amount: MOP5,000萬元, USD 550, RMB 700)
    # (or another dollar by its country's letters: A$, C$, S$, NZ$)
    rf"(HK\$|US\$|NT\$|MOP\$|NZ\$|(?<![A-Za-z])[ACS]\$"
    rf"|(?<![A-Za-z])(?:{CURRENCY_CODES})(?=\s?\d)|[￥¥$€£])"
    rf"\s*(-?{_NUM})(\s*(?:万亿|亿|万|千|百))?"
    r"(?:\s*(元|美元|港元|欧元|英镑))?"
)
_CURRENCY_WORD = {
    "￥": "元",
    "¥": "元",
    "$": "美元",
    "US$": "美元",
    "HK$": "港元",
    "NT$": "新台币",
    "MOP$": "澳门元",
    "A$": "澳元",
    "C$": "加元",
    "S$": "新加坡元",
    "NZ$": "新西兰元",
    "MOP": "澳门元",
    "USD": "美元",
    "HKD": "港元",
    "RMB": "元",
    "CNY": "元",
    "EUR": "欧元",
    "€": "欧元",
    "£": "英镑",
}


def _currency(text: str) -> str:
    """``￥100元`` -> 100元, ``$1.5亿`` -> 1.5亿美元, ``NT$500`` -> 新台币500元: the sign
    becomes a unit word."""

    def speak(m: re.Match[str]) -> str:
        amount = m[2] + (m[3] or "").strip()
        if m[1] == "NT$":  # said before the amount: 新台币五百元, once (新台币NT$1.2亿元)
            named = m.string[max(0, m.start() - 3) : m.start()] in ("新台币", "新臺幣")
            return ("" if named else "新台币") + amount + (m[4] or "元")
        if m[1] in ("US$", "HK$", "MOP$", "MOP", "USD", "HKD") and m[4] == "元":
            # US$500元, MOP5,000萬元: the sign names the dollar
            return amount + _CURRENCY_WORD[m[1]]
        return amount + (m[4] or _CURRENCY_WORD[m[1]])

    # a field's colon before an amount in a currency (包1:¥2,180,000.00元) is no ratio's
    return _CURRENCY.sub(speak, _COLON_BEFORE_MONEY.sub("：，", text))


#: A colon between a label's number and an amount's sign: 包1:¥2,180,000.00元.
_COLON_BEFORE_MONEY = re.compile(r"(?<=\d)\s*[:：]\s*(?=(?:[A-Z]{1,3})?[¥￥$])")


#: A bare dollar sign before an amount (not HK$, US$, NT$ …).
_BARE_DOLLAR = re.compile(r"(?<![A-Za-z])\$(?=\s*\d)")


def _local_dollar(text: str) -> str:
    """In a text written in Traditional characters, ``$50`` is Hong Kong's or Taiwan's dollar:
    said 元 (五十元), as the yuan sign is, never 美元 (US dollars are written US$ or 美元)."""
    return _BARE_DOLLAR.sub("￥", text)


#: Latin units read after a number (longest first). Not followed by another Latin letter.
_LATIN_UNITS = {
    "km²": "平方公里",
    "km2": "平方公里",
    "m²": "平方米",
    "m2": "平方米",
    "m³": "立方米",
    "m3": "立方米",
    "cm²": "平方厘米",
    "cm³": "立方厘米",
    "mm²": "平方毫米",
    "hm²": "公顷",
    "hm2": "公顷",
    "kWh": "千瓦时",
    "Wh": "瓦时",
    "MWh": "兆瓦时",
    "GWh": "吉瓦时",
    "Gbps": "吉比特每秒",
    "Mbps": "兆比特每秒",
    "kbps": "千比特每秒",
    "Kbps": "千比特每秒",
    # bits, as a link's rate writes them over a second (200Gb/s, 10Mb/s)
    "Tb": "太比特",
    "Gb": "吉比特",
    "Mb": "兆比特",
    "kb": "千比特",
    "Kb": "千比特",
    # water's conductivity (412μS/cm)
    "μS": "微西门子",
    "µS": "微西门子",
    "mS": "毫西门子",
    # a screen's brightness, in candelas a square metre or in nits (350cd/㎡, 1000nits)
    "cd": "坎德拉",
    "nit": "尼特",
    "nits": "尼特",
    "GHz": "吉赫兹",
    "MHz": "兆赫兹",
    "kHz": "千赫兹",
    "Hz": "赫兹",
    "GPa": "吉帕",
    "MPa": "兆帕",
    "kPa": "千帕",
    "hPa": "百帕",
    "Pa": "帕",
    "dB": "分贝",
    "mAh": "毫安时",
    "kVA": "千伏安",
    # a file's size, as an upload's limit gives it (不超过2MB/张, 20KB-100KB)
    "KB": "千字节",
    "MB": "兆字节",
    "mmol": "毫摩尔",
    "mmHg": "毫米汞柱",
    "mSv": "毫希沃特",
    "km": "公里",
    "cm": "厘米",
    "mm": "毫米",
    "μm": "微米",
    "µm": "微米",
    "nm": "纳米",
    # a ship's speed in knots and a distance at sea (航速不超过10kn, 0.5n mile)
    "kn": "节",
    # a lab's units of activity per litre, an image's resolution
    "U/L": "单位每升",
    "IU/L": "国际单位每升",
    "IU": "国际单位",
    "dpi": "D P I",
    "kN": "千牛",
    # a torque, a pressure (拧紧力矩28±2N·m, 胎压2.4bar)
    "N·m": "牛米",
    "N•m": "牛米",
    "bar": "巴",
    "n mile": "海里",
    "nmile": "海里",
    "kg": "千克",
    "Kg": "千克",
    "KG": "千克",
    "Nm³": "标准立方米",
    "Nm3": "标准立方米",
    "mg": "毫克",
    "μg": "微克",
    "µg": "微克",
    "ug": "微克",  # μg typed without the Greek letter
    "ng": "纳克",
    "pg": "皮克",
    # a protein's mass, a distance between atoms (58kDa, 2.8Å)
    "kDa": "千道尔顿",
    "Å": "埃",
    "mL": "毫升",
    "ml": "毫升",
    "μL": "微升",
    "µL": "微升",
    "kW": "千瓦",
    "MW": "兆瓦",
    "GW": "吉瓦",
    "kV": "千伏",
    # a resistance in thousands or millions of ohms (绝缘电阻不小于0.5MΩ)
    "kΩ": "千欧",
    "MΩ": "兆欧",
    "bp": "个基点",
    "BP": "个基点",
    "bps": "个基点",
    "BPs": "个基点",
    "ha": "公顷",
    "min": "分钟",
    "mA": "毫安",
    "μA": "微安",
    "µA": "微安",
    "kA": "千安",
    "rpm": "转每分钟",
    "lx": "勒克斯",
    "r": "转",  # a speed of turning, 3000r/min
    "ms": "毫秒",
    "μs": "微秒",
    "µs": "微秒",
    "ns": "纳秒",
    "Ah": "安时",
    "Wp": "瓦峰",
    "kWp": "千瓦峰",
    "MWp": "兆瓦峰",
    # energy, a dose rate, carbon and coal as an energy audit counts them
    "kJ": "千焦",
    "MJ": "兆焦",
    "J": "焦耳",
    "μSv": "微希沃特",
    "µSv": "微希沃特",
    "nGy": "纳戈瑞",
    "μGy": "微戈瑞",
    "µGy": "微戈瑞",
    "tCO2e": "吨二氧化碳当量",
    "tCO₂e": "吨二氧化碳当量",
    "tCO2": "吨二氧化碳",
    "tce": "吨标准煤",
    # a change in percentage points, as analysts write it: 同比提升1.9pct
    "pct": "个百分点",
    "pcts": "个百分点",
    "°C": "摄氏度",
    "°F": "华氏度",
    "m": "米",
    "g": "克",
    "t": "吨",
    "L": "升",
    "h": "小时",
    "W": "瓦",
    "V": "伏",
}
#: Units said only after ``/`` (per second, per day, per year: m³/s, t/d, t/a).
_PER_ONLY_UNITS = {"s": "秒", "d": "天", "a": "年"}
_UNIT_NAMES = {**_LATIN_UNITS, **_PER_ONLY_UNITS}


def _alternation(units: Iterable[str]) -> str:
    """A regex alternation of ``units``, longest first (so ``mm`` is tried before ``m``)."""
    return "|".join(re.escape(u) for u in sorted(units, key=len, reverse=True))


#: A unit right after a number, or after its 万/亿 (12万kW), then any ``/unit`` (每) or
#: ``·unit`` parts: mg/L, μg/m³, m³/s, kW·h. Multi-letter units may follow one space; single
#: letters m g t L h W V must touch the number, so ``160.000 L-96`` is not read as litres;
#: only metres may stand one space off before a mark or a word (水位45.80 m，, 12 m/s), as
#: a hydrological table sets them, and any of them before a ``/unit`` (1.0 g/kg).
_UNIT_AFTER_NUMBER = re.compile(
    # (Å, no letter of a code, as a unit of more letters)
    rf"(\d(?:万亿|亿|万)?)(?:\s?({_alternation(u for u in _LATIN_UNITS if len(u) > 1 or u == 'Å')})"
    # (never the letter of an ordinance's chapter: 第132W章)
    rf"|((?:{_alternation(u for u in _LATIN_UNITS if len(u) == 1 and u != 'Å')})(?![章條条])"
    r"|(?<=\d) m(?=[^A-Za-z\d_\-]|$)"
    # (…and any single letter one space off that goes on per another unit: ≦1.0 g/kg)
    r"|(?<=\d) (?:g|L|t|m)(?=\s?/\s?[A-Za-zμ])))"
    rf"((?:\s?[/·•]\s?(?:{_alternation(_UNIT_NAMES)}))*)(?![A-Za-z²³\d])"
)
_UNIT_TAIL = re.compile(rf"([/·•])\s?({_alternation(_UNIT_NAMES)})")
#: A unit named alone after its label, as a table's caption gives it: （单位：mg/kg）, or as
#: a sentence does (单位为μg/m³, 单位为微克每立方米).
_UNIT_LABELLED = re.compile(
    rf"((?:单位|單位)\s*(?:[：:]|[为為是])\s*)({_alternation(_LATIN_UNITS)})"
    rf"((?:\s?[/·•]\s?(?:{_alternation(_UNIT_NAMES)}))*)(?![A-Za-z²³\d])"
)
#: …or alone in a column's brackets after its label: PM2.5(μg/m³), 浓度(mg/L), 风速(m/s).
_UNIT_BRACKETED = re.compile(
    rf"(?<=[\u4e00-\u9fffA-Za-z\d][（(])\s*({_alternation(u for u in _LATIN_UNITS if len(u) > 1)}"
    r"|[mgtL](?=\s?/))"
    rf"((?:\s?[/·•]\s?(?:{_alternation(_UNIT_NAMES)}))*)\s*(?=[)）])"
)
#: …or after a bracketed range or figure it measures: （78.4～116.2）nGy/h is 纳戈瑞每小时,
#: (12~18)μg/m³ 微克每立方米; a single letter only before its ``/unit`` ((2~5)m/s).
_UNIT_AFTER_BRACKET = re.compile(
    rf"(?<=\d[)）])({_alternation(u for u in _LATIN_UNITS if len(u) > 1)}|[mgtL](?=\s?/))"
    rf"((?:\s?[/·•]\s?(?:{_alternation(_UNIT_NAMES)}))*)(?![A-Za-z²³\d])"
)
#: ``·h`` after watts is 时 (kW·h is 千瓦时, as 千瓦·时 is).
_WATT_HOUR = re.compile(r"(?<=[kMG]W)\s?[·•]\s?h|(?<=瓦)[·•](?=时)")
#: A Han money or count unit per a Latin unit: 元/kg, 元/m², 人/km², a pace's 5′42″/km; a
#: flow of vehicles or a count in a sample per its hour or volume (420辆/h 辆每小时, 个/μL
#: 个每微升, 50拷贝/mL 拷贝每毫升).
_HAN_PER_LATIN = re.compile(
    r"(?:(?<=[元角分人户个個株只秒次″辆輛台架艘])|(?<=拷贝|拷貝))/"
    rf"({_alternation(u for u in _LATIN_UNITS if len(u) > 1)}|[mgtLh])"
    r"(?![A-Za-z²³\d])"
)

#: A force in newtons alone in its bracket (拉力测试(90N) 九十牛), a current of amperes with
#: decimals (1.5A 一点五安); never a code's letter (5A级景区, 2A类, 16A室) nor a latitude's
#: north (纬度：20.3N，).
_NEWTONS_AMPERES = re.compile(
    r"(?<=[(（])(\d+(?:\.\d+)?)N(?=[)）])|(?<![A-Za-z\d.])(\d+\.\d+)A(?![A-Za-z\d])"
)
#: Seconds written ``s`` after a figure of up to three digits or a decimal (百公里加速3.9s,
#: 15s内), never a model's (iPhone 6s) nor a decade (1990s).
_SECONDS = re.compile(r"(?<![A-Za-z\d.])(?<![A-Za-z]\s)(\d{1,3}(?:\.\d+)?)s(?![A-Za-z\d/])")
#: ``w`` for 万 as posts count their readers: 10w+, 粉丝20W, 20w粉丝 (never watts there).
_COUNTED = r"(?:粉丝|阅读|播放|浏览|点赞|转发|评论|订阅|关注)"
_MYRIAD_W = re.compile(
    rf"(\d+(?:\.\d+)?)[wW](?=\s*[+＋]|\s*{_COUNTED})"
    rf"|({_COUNTED}[量数]?\s*[：:]?\s*(?:超过|超|达到|达|破|近)?\s*\d+(?:\.\d+)?)[wW](?![A-Za-z])"
)
#: The diameter's sign before a figure: Φ16mm is 直径十六毫米.
_DIAMETER = re.compile(r"[ΦφϕØ∅]\s*(?=\d)")
#: A count written with a plus after it (20+组, 100+家企业): 多, as it is said.
_OR_MORE_PLUS = re.compile(r"(?<![\d.A-Za-z])(\d+)\s*[+＋](?=[个家项组人名场次种款位件所条部支项])")
#: Two figures added, a programme's shape (3+2项目, 5+2模式): 加, each figure a numeral
#: (三加二, never 两).
_FIGURES_ADDED = re.compile(
    r"(?<![\d.A-Za-z])(\d{1,2})\s*[+＋]\s*(\d{1,2})(?![\d.%A-Za-z])(?=[\u4e00-\u9fff])"
)
#: Parts per million or billion: 421.6ppm is 百万分之四百二十一点六.
_PARTS_PER = re.compile(r"(\d+(?:\.\d+)?)\s?(ppm|ppb)(?![A-Za-z])")
#: A change per so many years, as climate bulletins give it: 0.28℃/10a (每十年).
_PER_YEARS = re.compile(r"/\s?(\d{1,3})\s?a(?![A-Za-z])")
#: ``vol`` after a percentage of alcohol (52%vol): the percentage says it.
_BY_VOLUME = re.compile(r"(?<=[%％])\s?(?:vol|VOL|Vol)\b\.?")
#: A grade written in its letters (AAAA级景区, 5A's other spelling): 四A级.
_GRADE_AS = re.compile(
    r"(?<![A-Za-z])(A{2,5})(?=\s*[级級])|(?<![A-Za-z])(A{3,5})(?=\s*(?:景区|景區|旅游景区))"
)
#: A credit rating's grade, whose letters are spelled (评级为AA级 A A级, never 二A级).
_RATED_RE = re.compile(
    r"(?:评级|評級|信用|资信|資信|债项|債項|主体|主體|等级为|等級為)[^，,。；;]{0,6}$"
)
#: A range whose ends both carry a Latin unit (1000mg/L～5000mg/L, 100mg/L-200mg/L): the sign
#: between them is 到, never the far end's minus.
_UNIT_RANGE = re.compile(
    r"(\d\s?([A-Za-zμµ]{1,4}[²³]?(?:/[A-Za-z]{1,3}[²³]?)?))\s*[～~\-—–－]\s*"
    r"(?=\d+(?:\.\d+)?\s?\2(?![A-Za-z]))"
)
#: A count per thousand or ten thousand people (1.5名/千人, 床位4.2张/千人): 每千人一点五名,
#: as said.
_PER_POPULATION = re.compile(
    r"(\d+(?:\.\d+)?)\s*(名|人|张|個|个|床|所|家)\s*[/／]\s*(千人|万人|萬人|百人|十万人|十萬人)"
)
#: A column's unit that opens with its slash (发病率（/10万）): per so many people, 每十万.
_PER_HEAD_UNIT = re.compile(r"(?<=[（(])\s*[/／]\s*(?=\d*\s*[千万萬]人?\s*[）)])")
#: A Latin unit after 每, before its figure or without one: 每Kg 36元, 每kg12元.
_PER_WORD_LATIN = re.compile(
    rf"(?<=每)\s?({_alternation(u for u in _LATIN_UNITS if len(u) > 1)}|[mgtL])(?![A-Za-z²³])"
)


def _unit_said(unit: str, tail: str) -> str:
    """A Latin unit and its ``/unit`` or ``·unit`` parts as said: mg/kg is 毫克每千克."""
    spoken = _LATIN_UNITS[unit]
    for sep, part in _UNIT_TAIL.findall(tail):
        spoken += ("每" if sep == "/" else "") + _UNIT_NAMES[part]
    return spoken


def _speak_unit(m: re.Match[str]) -> str:
    return m[1] + _unit_said(m[2] or m[3].strip(), m[4])


#: Per-mille: 3‰ -> 千分之三 (the number is read here, wetext does not know ‰).
_PER_MILLE = re.compile(rf"((?<![\d‰])-)?({_NUM})\s*‰")
#: A range of per-mille figures: 3‰-5‰, 3-5‰ (千分之三到千分之五).
_PER_MILLE_RANGE = re.compile(rf"(?<![\d.])({_NUM})\s*‰?({_RANGE_SEP}|\s*[至到]\s*)({_NUM})\s*‰")
#: A latitude or longitude with its hemisphere letter: 26.1°N is 北纬26.1度, 121.5°E 东经, and
#: with its minutes and seconds 30°12′36″N 北纬30度12分36秒.
_COORDINATE = re.compile(
    r"(?<![\d.])(\d+(?:\.\d+)?)\s*°"
    r"(?:\s*(\d{1,2}(?:\.\d+)?)\s*′(?:\s*(\d{1,2}(?:\.\d+)?)\s*″)?)?\s*([NSEW])(?![A-Za-z])"
)
_HEMISPHERES = {"N": "北纬", "S": "南纬", "E": "东经", "W": "西经"}
#: …or with the letter first, as an earthquake's centre is given: (N31.0°,E103.4°).
_LETTER_FIRST_COORDINATE = re.compile(r"(?<![A-Za-z])([NSEW])\s?(\d{1,3}(?:\.\d+)?)\s*°(?![CF])")
#: The minutes or seconds of an arc that are none (北纬35°00′, 122°05′00″): not said.
_NO_ARC = re.compile(r"(?<=°)\s*00′(?:\s*00″)?|(?<=′)\s*00″")


def _coordinate(m: re.Match[str]) -> str:
    """26.1°N is 北纬26.1度; after 北纬 already written (北緯 23.81 °N) the letter says it
    again, and is not read."""
    word = _HEMISPHERES[m[4]]
    arc = m[1] + "度" + (f"{m[2]}分" if m[2] else "") + (f"{m[3]}秒" if m[3] else "")
    if m.string[max(0, m.start() - 4) : m.start()].rstrip(" ，,").endswith(word):
        return arc
    return word + arc


#: Degrees, minutes, seconds of arc after numbers (113°56′30″).
_ARC = re.compile(r"(\d)\s*([°′″])")
#: Minutes and seconds written with the typewriter's marks: a race's 4'12" (四分十二秒),
#: 3'45"12, or the minutes after a degree (30°15'). A lone mark after a figure stays.
_ASCII_ARC = re.compile(r"(\d)[’'](\d{1,2}(?:\.\d+)?)[\"”]|(\d°\s*\d{1,2}(?:\.\d+)?)[’']")
#: A name written with crosses for the place or person it hides (××县, ×××同志): 某.
_HIDDEN_NAME = re.compile(
    r"(?<![A-Za-z\d])(?:[×✕]{2,}|X{2,}(?![A-Za-z]|世纪))(?=[\u4e00-\u9fff]|$)"
)
#: A person's given name hidden by crosses after the surname (联系人：赵××, 张×同志): 赵某某,
#: 张某, as a report names someone it hides; never a sign between two words (长×宽).
_HIDDEN_GIVEN_NAME = re.compile(
    r"(?:(?<=^[\u4e00-\u9fff])|(?<=[：:，,、（(\s][\u4e00-\u9fff]))[×✕]{1,2}(?![×✕])"
    r"(?:(?![\u4e00-\u9fff\d])|(?=同志|先生|女士|老师))"
    # …or a single cross for a place or a body at a line's or clause's head (×纪发〔2024〕3号)
    r"|(?:^|(?<=[\s：:，,、（(“\"]))[×✕](?=[\u4e00-\u9fff])"
)
#: Multiplication between numbers (25毫米*35毫米, 295*413, 1920x1080), also between a length
#: and a width named (长40cm x 宽28cm).
_TIMES_SIGN = re.compile(
    rf"(\d[{HAN}]{{0,3}})\s*(?:[*×]|(?<=\d)[xX](?=\s*\d)|(?<=米)\s[xX]\s(?=[长宽高厚深]\d))\s*"
    rf"(?=[长宽高厚深]?\d)"
)


def _sign_before(m: re.Match[str]) -> str:
    """``#23杆`` -> 23号杆; never the # that closes a post's topic (#…事故# 3人受伤: 三人)."""
    if re.search(r"#[^#\s\d][^#\s]{0,29}$", m.string[max(0, m.start() - 31) : m.start()]):
        return m.group()
    return m[1] + "号"


#: ``3#`` (building/well number) -> 3号.
_NUMBER_SIGN = re.compile(r"(\d)\s*#号?")
#: ``#23杆`` (a number sign before the number, as line crews write a pole) -> 23号杆; each of a
#: list of them (#3、#4机组 -> 3号、4号机组).
_SIGN_BEFORE = re.compile(
    r"(?<![A-Za-z0-9#])#\s*(\d{1,4})(?=[\u4e00-\u9fff]|\s*[、，,和及]\s*#\s*\d)"
)


#: A temperature or a range of temperatures, either end possibly below zero (``-5摄氏度``,
#: ``-2到2度``, ``-3至-1摄氏度``, ``-5～-1摄氏度``):
#: forecasters and news readers say 零下, never 负.
_TEMPERATURE = re.compile(
    rf"(?<![\dA-Za-z.])(-?)(\d+(?:\.\d+)?)(?:({_RANGE_SEP}|\s*[至到]\s*)(-?)(\d+(?:\.\d+)?))?"
    r"(?=\s*(摄氏度|度(?![电数])))"
)


#: A range whose ends both carry the degree (25℃-30℃, -3℃~5℃, 20°-25°): the sign between
#: them is 到, never the second end's minus.
_DEGREE_RANGE = re.compile(
    rf"(\d\s*(摄氏度|华氏度|度))\s*{_RANGE_SEP}\s*(?=[-+]?\d+(?:\.\d+)?\s*\2)"
)


#: A forecast's low and high set apart by a slash (-7/2℃, 12/18℃): a range, never a fraction;
#: so after the word for temperature without the degree (气温：19/26, a forecast's cell), the
#: low the lower.
_TEMPERATURE_PAIR = re.compile(
    r"(?<![\d.])(-?\d{1,2})\s*/\s*(?=-?\d{1,2}\s*(?:摄氏度|度(?![电数])))"
    r"|(?:(?<=气温)|(?<=温度)|(?<=气温[:：])|(?<=温度[:：]))\s*(-?\d{1,2})\s*/\s*"
    r"(?=(-?\d{1,2})(?![\d/.%]))"
)


def _below_zero(match: re.Match[str]) -> str:
    if "-" not in (match[1], match[4]):
        return match[0]
    low = "零下" + read_number(match[2]) if match[1] else match[2]
    if match[3] is None:
        return low
    high = "零下" + read_number(match[5]) if match[4] else match[5]
    if match[1] and not match[4]:
        # 零下二到两度 sounds as if both were below zero: the unit ends the near end, and
        # both ends are read alike (二度到二度, not 二度到两度)
        low += match[6]
        high = read_number(match[5])
    return low + ("到" if match[3].strip() not in ("至", "到") else match[3].strip()) + high


#: A mobile network generation written in lower case (5g网络) is 5G, not grams.
_NETWORK_G = re.compile(
    r"(?<![\d.])([2-6])g(?=网络|手机|基站|技术|信号|时代|通信|用户|套餐|应用|建设|商用|专网|终端)"
)


def _range_word(sep: str) -> str:
    """至 and 到 stay as written; a dash or a tilde between two figures is 到."""
    return sep.strip() if sep.strip() in ("至", "到") else "到"


#: A power of ten, as a lab report writes a count: 2.3×10⁵, 1×10^-3, 10², and after a times
#: sign 10-4 (a superscript typed flat); the mantissa with its times sign is optional.
_POWER_OF_TEN = re.compile(
    r"(?:(?<![\d.])(\d+(?:\.\d+)?)\s*[×xX*]\s*)?(?<![\d.])10\s*"
    r"(?:\^\s*([-−]?\d{1,3})|([⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})|(?<=[×xX*]10)-(\d{1,2})(?![\d.]))"
)
_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻", "0123456789-")
#: What a lab counts per sample (CFU/g, MPN/100mL): the letters, then 每 and the sample.
#: Labs write the letters small too (cfu/g), and they are spelled the same.
_PER_SAMPLE = re.compile(
    r"(?<![A-Za-z])(CFU|MPN|cfu|mpn)\s*/\s*(\d*)\s*(g|mL|ml|L|cm²)(?![A-Za-z])"
)
_SAMPLE_UNITS = {"g": "克", "mL": "毫升", "ml": "毫升", "L": "升", "cm²": "平方厘米"}


def _powers_of_ten(text: str) -> str:
    """``2.3×10⁵CFU/g`` -> 2.3乘十的五次方CFU每克, ``10^-3`` -> 十的负三次方: the exponent
    is never read as a digit after the ten (十五), nor the minus as a range."""

    def speak(m: re.Match[str]) -> str:
        if m[4] and not m[1]:
            return m[0]
        power = (m[2] or m[3] or "").translate(_SUPERSCRIPTS).replace("−", "-")
        power = power or "-" + m[4]
        said = ("负" if power.startswith("-") else "") + read_cardinal(power.lstrip("-"))
        return (f"{m[1]}乘" if m[1] else "") + f"十的{said}次方"

    text = _POWER_OF_TEN.sub(speak, text)
    return _PER_SAMPLE.sub(lambda m: f"{m[1].upper()}每{m[2]}{_SAMPLE_UNITS[m[3]]}", text)


#: An earthquake's magnitude with its scale letter: M3.4级, Ms6.8级, M3.0～3.9级. 级 already says
#: it is a magnitude; an editor reads 三点四级, and the letters would be spelled out.
_MAGNITUDE = re.compile(
    r"(?<![A-Za-z])M[SsLlWw]?\s?(?=(?:\d{1,2}(?:\.\d{1,2})?\s*[～~—–-]\s*)?"
    r"\d{1,2}(?:\.\d{1,2})?\s*(?:级|級))"
)


#: …and one written without 级 before the quake it measures: M3.0以上余震, M4.8地震.
_BARE_MAGNITUDE = re.compile(
    r"(?<![A-Za-z])M[SsLlWw]?\s?(\d{1,2}(?:\.\d{1,2})?)"
    r"(?=\s*(?:以上|以下|左右)?(?:的)?(?:地震|余震|強震|强震|前震|餘震))"
)


#: …and one standing alone in a sentence about a quake: 震级：M4.6, 最大为M2.7.
_LONE_MAGNITUDE = re.compile(r"(?<![A-Za-z])M[SsLlWw]?\s?(\d(?:\.\d)?)(?![\d.A-Za-z级級])")
_QUAKE_WORD = re.compile(r"[地余餘]震|震[级級源中]|\d\s*[级級]\s*\d+\s*次")


def _magnitudes(text: str) -> str:
    """``最大余震为M3.4级`` -> 最大余震为3.4级 (the magnitude is read next); ``M3.0以上余震``
    -> 3.0级以上余震, as an editor says it; ``震级：M4.6`` -> 震级：4.6级."""

    def lone(m: re.Match[str]) -> str:
        around = m.string[max(0, m.start() - 30) : m.end() + 30]
        return m[1] + "级" if _QUAKE_WORD.search(around) else m.group()

    text = _MAGNITUDE.sub("", _BARE_MAGNITUDE.sub(r"\1级", text))
    return _LONE_MAGNITUDE.sub(lone, text)


#: ``+`` after a figure and its unit, ending it: 40℃+ is 四十摄氏度以上, 60岁+的 六十岁以上的
#: (never before another term: 1+1, 1+X, 成绩×50%+复试成绩×50%).
_OR_MORE = re.compile(
    r"(?:(?<=\d[℃%岁元万人])|(?<=\d°C)|(?<=\d摄氏度))\+(?=[\s，。；、,;)）的]|$)"
    # (…before the closing quote of a promise quoted: “日赚300+”)
    r"|(?<=\d)\+(?=[，。；,;”」』\"]|$)"
)
#: An isotope: an element and its mass number set apart by a hyphen (铯-137, 碘-131, 碳-14):
#: the hyphen is neither a minus nor a range; a mass number of three digits is said digit by
#: digit (铯一三七, 碘一三一), one of two as an amount (碳十四, 钴六十).
_ISOTOPE = re.compile(
    r"(?<=[氢氘氚氦锂铍硼碳氮氧氟钠镁铝硅磷硫氯钾钙钛铬锰铁钴镍铜锌镓锗砷硒溴氪铷锶锆钼锝"
    r"碘氙铯钡铈铱铅铋钋氡镭钍铀镎钚镅锔])-(\d{3}(?![\d.])|(?=\d{1,2}(?![\d.])))"
)
#: An ion by its formula and charge, as a water or a rain report lists them: SO4²⁻ is 硫酸根,
#: NO3⁻ 硝酸根, NH4⁺ 铵根, never letters, digits and an unsaid sign.
_IONS = {
    "SO4²⁻": "硫酸根",
    "NO3⁻": "硝酸根",
    "NO2⁻": "亚硝酸根",
    "NH4⁺": "铵根",
    "PO4³⁻": "磷酸根",
    "CO3²⁻": "碳酸根",
    "HCO3⁻": "碳酸氢根",
    "Cl⁻": "氯离子",
    "F⁻": "氟离子",
}
_ION = re.compile(rf"(?<![A-Za-z\d])({_alternation(_IONS)})")
#: A unit to the power minus one after its figure (an extinction coefficient, 1.85m⁻¹): 每米.
_PER_UNIT_POWER = re.compile(r"(?<=\d)\s?(km|cm|mm|m|s|h|d)⁻¹(?![⁰¹²³⁴⁵⁶⁷⁸⁹])")


#: Gases a report names by formula: O3 is 臭氧, NO2 二氧化氮, SO2 二氧化硫 (O3-8h, its
#: eight-hour mean: 臭氧八小时), and the ones a mine's or a plant's safety report measures,
#: CO2 二氧化碳, CH4 甲烷, H2S 硫化氢, NH3 氨气, O2 氧气: an announcer says the name, never
#: H二S.
_POLLUTANTS = {
    "O3": "臭氧",
    "NO2": "二氧化氮",
    "SO2": "二氧化硫",
    "CO2": "二氧化碳",
    "CH4": "甲烷",
    "H2S": "硫化氢",
    "NH3": "氨气",
    "O2": "氧气",
}
_POLLUTANT = re.compile(
    r"(?<![A-Za-z\d])(O[3₃]|NO[2₂]|SO[2₂]|CO[2₂]|CH[4₄]|H[2₂]S|NH[3₃]|O[2₂])"
    # (never a compound's part: 氨氮 is NH3-N)
    r"(?:-(?=\d{1,2}h)|(?![A-Za-z\d.])(?!\s?-\s?[A-Za-z]))"
)


#: A bound set by a sign before a figure and its unit, as a warning writes it (局地大暴雨
#: （≥100毫米）, 能见度<200米, M≥1.0级余震): an announcer says 一百毫米以上, 低于两百米,
#: 一点零级以上 (and no magnitude's M), never 大于等于.
_BOUND_UNIT = (
    r"(?:摄氏度|毫米|厘米|千米|公里|平方公里|平方米|立方米|米|级|級|度|周岁|岁|歲|人次|人"
    r"|万元|亿元|元|万吨|吨|千克|公斤|克|小时|分钟|秒|天|个|次|辆|台|套|项|件|户|家|名|倍"
    r"|%|％|℃|‰|m/s|km/h|m³|m²|km²|㎡|㎥|mm|cm|km|m)?(?![A-Za-z³²/])"
)
_BOUND = re.compile(
    rf"(?:(?<![A-Za-z])M[SsLlWw]?\s?|(?<![\d.A-Za-z]))([≥≧⩾≤≦⩽])\s*(\d+(?:\.\d+)?\s*{_BOUND_UNIT})"
    # (a unit it does not know, 35微克/立方米 or 9800立方米每秒, keeps the sign: 以下 goes after
    # the whole unit)
    r"(?<![\d.])(?![\d.]|\s*每|(?<=\d)\s*[\u4e00-\u9fffA-Za-z/])"
)
_STRICT_BOUND = re.compile(r"(?<![\dA-Za-z<>])([<＜>＞])\s*(?=\d)(?![\d.]*\s*[<＜>＞])")


def _bounds(text: str) -> str:
    """``≥100毫米`` -> 100毫米以上, ``≤50`` -> 50以下, ``<200米`` -> 低于200米, ``>200`` ->
    超过200 (see :data:`_BOUND`)."""
    text = _BOUND.sub(lambda m: m[2] + ("以上" if m[1] in "≥≧⩾" else "以下"), text)
    return _STRICT_BOUND.sub(lambda m: "低于" if m[1] in "<＜" else "超过", text)


#: The star of a stock under delisting risk (*ST华远): 星ST, as a market report says it; *ST
#: and ST are different warnings.
_STARRED_ST = re.compile(r"(?<![A-Za-z\d*＊])[*＊](?=ST(?![a-z]))")


#: A change labelled in a market report's English with its sign (QoQ-3.1%, YoY+15.2%): 环比
#: 下降, 同比增长, never a sign lost between letters and a figure.
_CHANGE_LABEL = re.compile(
    r"(?<![A-Za-z])(YoY|yoy|YOY|QoQ|qoq|QOQ|MoM|mom|MOM)\s*(?:([+＋])|([-－−]))?\s*(?=\d)"
)


def _change_label(m: re.Match[str]) -> str:
    word = "同比" if m[1].lower() == "yoy" else "环比"
    return word + ("增长" if m[2] else "下降" if m[3] else "")


_SUBSCRIPTS = str.maketrans("₂₃₄", "234")


def _pollutant(m: re.Match[str]) -> str:
    """A pollutant's formula said by its name (NO2: 二氧化氮); one in brackets right after that
    name glosses it and is spelled (二氧化氮（NO2）: 二氧化氮（N O二）), never the name twice."""
    name = _POLLUTANTS[m[1].translate(_SUBSCRIPTS)]
    if m.string[max(0, m.start() - len(name) - 1) : m.start()] in (name + "（", name + "("):
        return m.group()
    return name


#: A plus between two figures with their Latin units: 12GB+256GB.
_UNITS_ADDED = re.compile(r"(?:(?<=\d[A-Za-z])|(?<=\d[A-Za-z]{2}))\+(?=\d+(?:\.\d+)?\s?[A-Za-z])")
#: Bytes per second, the bytes spelled: 400GB/s is 四百G B每秒.
_BYTES_PER_SECOND = re.compile(r"(?:(?<=\d[GT]B)|(?<=\d\s[GT]B))/s(?![A-Za-z])")
#: A video's resolution and its codec: 1080P, 4K; H.265.
_RESOLUTION = re.compile(r"(?<![\d.])(\d{3,4})[Pp](?![A-Za-z\d])")
_CODEC = re.compile(r"(?<![A-Za-z])H\.(26[2-6])(?![\d.])")
#: A sound level A-weighted, as noise is measured: 55dB(A) is 五十五分贝.
_A_WEIGHTED = re.compile(r"(?<=\d)\s?dB\s?[（(]A[)）]")


#: Degree-days of accumulated warmth: 136.2℃·d is 一百三十六点二摄氏度日.
_DEGREE_DAYS = re.compile(r"(?<=摄氏度)\s?[·•]\s?d(?![A-Za-z])")


#: A spread over or under a named rate in basis points: LPR-45BP is LPR减四十五个基点, never
#: the rate and then forty-five points, LPR+20BP LPR加二十个基点.
_SPREAD_SIGN = re.compile(
    r"(?<=[A-Za-z率])\s*([+＋\-−－])\s*(?=\d+(?:\.\d+)?\s*(?:BPs?|bps?|个基点|基点))"
)


#: A height in metres with its centimetres after the 米 (身高1米78): 一米七八, the
#: centimetres digit by digit, as a height is said.
_HEIGHT = re.compile(r"(?<![\d.])([12])米(\d\d)(?![\d.])(?!\s*(?:米|厘米|公分|毫米|[%％]))")
#: Hours before minutes and seconds written as arcs (11h32'17"): 十一小时.
_HOURS_BEFORE_ARC = re.compile(r"(?<![\dA-Za-z.])(\d{1,3})\s?h\s?(?=\d{1,2}\s?['’′])")


#: Percentage points written pp (下降1.5pp, 回落0.1个百分点（pp）): 个百分点, said once.
_PERCENTAGE_POINTS = re.compile(r"(?<=\d)\s?pp(?![A-Za-z])|(?<=个百分点)(\s?[（(]pp[)）])")


#: A percentage right before a name that opens with a numeral (10%四氯虫酰胺, 75%三环唑):
#: said together, 百分之十四 would be heard as the figure.
_PERCENT_BEFORE_NUMERAL = re.compile(r"(\d\s*[%％])(?=[一二三四五六七八九十两][\u4e00-\u9fff])")


def percent_apart(text: str) -> str:
    """``10%四氯虫酰胺`` -> 10%，四氯虫酰胺: a pause keeps the figure apart from the name."""
    return _PERCENT_BEFORE_NUMERAL.sub(r"\1，", text)


def _units(text: str) -> str:
    """Latin units after numbers, ‰, °′″, multiplication signs, ``3#`` and ``#23杆``, and 零下 for
    temperatures below zero; ``+`` after a figure's unit (以上); an isotope's hyphen; crosses
    that hide a name (××县: 某县); pollutants by formula (O3: 臭氧)."""
    text = _OR_MORE.sub("以上", _bounds(_STARRED_ST.sub("星", text)))
    text = _ISOTOPE.sub(lambda m: read_digits(m[1]) if m[1] else "", text)
    text = _ION.sub(lambda m: _IONS[m[1]], text)
    text = _PER_UNIT_POWER.sub(lambda m: "每" + _UNIT_NAMES[m[1]], text)
    text = _SPREAD_SIGN.sub(lambda m: "加" if m[1] in "+＋" else "减", text)
    text = _CHANGE_LABEL.sub(_change_label, text)
    text = _PER_POPULATION.sub(r"每\3\1\2", _PER_HEAD_UNIT.sub("每", text))
    # (a scenic area's grade said with its 级: AAAAA景区 is 五A级景区)
    text = _GRADE_AS.sub(
        lambda m: (
            m.group()
            if m[1] and _RATED_RE.search(m.string[: m.start()])
            else read_cardinal(str(len(m[1] or m[2]))) + ("A" if m[1] else "A级")
        ),
        text,
    )
    text = _UNIT_RANGE.sub(r"\1到", text)
    text = _POLLUTANT.sub(_pollutant, text)
    text = _DEGREE_DAYS.sub("日", text)
    text = _NETWORK_G.sub(r"\1G", text)
    text = _WATT_HOUR.sub("", text.replace("kW·h", "kWh"))
    text = _MYRIAD_W.sub(lambda m: (m[1] or m[2]) + "万", _BY_VOLUME.sub("", text))
    text = _OR_MORE_PLUS.sub(r"\1多", text)
    text = _FIGURES_ADDED.sub(lambda m: read_cardinal(m[1]) + "加" + read_cardinal(m[2]), text)
    text = _PARTS_PER.sub(
        lambda m: ("百万分之" if m[2] == "ppm" else "十亿分之") + read_number(m[1]), text
    )
    text = _PER_YEARS.sub(lambda m: "每" + read_cardinal(m[1]) + "年", text)
    text = _SECONDS.sub(r"\1秒", _DIAMETER.sub("直径", text))
    text = _PERCENTAGE_POINTS.sub(lambda m: "" if m[1] else "个百分点", text)
    text = _HEIGHT.sub(lambda m: ("两" if m[1] == "2" else "一") + "米" + read_digits(m[2]), text)
    text = _HOURS_BEFORE_ARC.sub(r"\1小时", text)
    text = _ASCII_ARC.sub(lambda m: m[3] + "′" if m[3] else f"{m[1]}′{m[2]}″", text)
    text = _HAN_PER_LATIN.sub(lambda m: "每" + _LATIN_UNITS[m[1]], text)
    text = _PER_WORD_LATIN.sub(lambda m: _LATIN_UNITS[m[1]], text)
    text = _RESOLUTION.sub(
        lambda m: read_digits(m[1]) + "P", _CODEC.sub(lambda m: "H" + read_digits(m[1]), text)
    )
    # 12GB+256GB: 加, never a sign before the second figure
    text = _UNITS_ADDED.sub("加", _BYTES_PER_SECOND.sub("每秒", text))
    text = _UNIT_AFTER_NUMBER.sub(_speak_unit, _A_WEIGHTED.sub("dB", text))
    text = _NEWTONS_AMPERES.sub(lambda m: m[1] + "牛" if m[1] else m[2] + "安", text)
    text = _UNIT_LABELLED.sub(lambda m: m[1] + _unit_said(m[2], m[3]), text)
    text = _UNIT_BRACKETED.sub(lambda m: _unit_said(m[1], m[2]), text)
    text = _UNIT_AFTER_BRACKET.sub(lambda m: _unit_said(m[1], m[2]), text)
    text = _PER_MILLE_RANGE.sub(
        lambda m: f"千分之{read_number(m[1])}{_range_word(m[2])}千分之{read_number(m[3])}", text
    )
    text = _PER_MILLE.sub(lambda m: ("负" if m[1] else "") + "千分之" + read_number(m[2]), text)
    text = _COORDINATE.sub(_coordinate, _NO_ARC.sub("", text))
    text = _LETTER_FIRST_COORDINATE.sub(lambda m: f"{_HEMISPHERES[m[1]]}{m[2]}度", text)
    text = _ARC.sub(lambda m: m[1] + {"°": "度", "′": "分", "″": "秒"}[m[2]], text)
    text = _HIDDEN_GIVEN_NAME.sub(lambda m: "某" * len(m[0]), text)
    text = _TIMES_SIGN.sub(r"\1乘", _HIDDEN_NAME.sub("某", text))
    text = _NUMBER_SIGN.sub(r"\1号", _SIGN_BEFORE.sub(_sign_before, text))
    text = _DEGREE_RANGE.sub(r"\1到", text)
    text = _TEMPERATURE_PAIR.sub(
        lambda m: m[0] if m[2] and int(m[2]) > int(m[3]) else (m[1] or m[2]) + "～", text
    )
    text = _SPEED_SAID_TWICE.sub(r"\1\2", text)
    return _TEMPERATURE.sub(_below_zero, text)


#: A speed whose unit says per hour again after 每小时 (以每小时18-22km/h的速度): said once,
#: 每小时十八到二十二公里.
_SPEED_SAID_TWICE = re.compile(
    r"(每小时|时速)(\s*(?:约|达|为|达到|超过|不超过|高达|最高)?\s*[\d.]+"
    r"(?:\s*(?:到|至|[-~～—])\s*[\d.]+)?\s*(?:公里|千米|米))每小时"
)


#: Thousands separators: 1,234,567 (groups of exactly three digits), also after a clause's
#: ASCII comma (涨多跌少,3,812只).
_THOUSANDS = re.compile(
    r"(?<![\d.])(?<!\d,)\d{1,3}(?:,\d{3})+(?![\d,]|\.\d)"
    r"|(?<![\d.])(?<!\d,)\d{1,3}(?:,\d{3})+\.\d+"
)


#: Thousands written with a full-width comma (１，２３４元 from a full-width text): only before
#: a unit, since the same comma also separates clauses.
_FULLWIDTH_THOUSANDS = re.compile(
    r"(?<![\d,.，])\d{1,3}(?:，\d{3})+(?![\d，])(?=[元万亿人个件吨户次台辆家名项套株头只亩])"
)
#: Thousands set apart by a space, as standards and hydrological tables set them (洪峰流量
#: 2 860 m³/s, 1 250立方米每秒): only before a unit, since a space also parts a table's cells.
_SPACED_THOUSANDS = re.compile(
    r"(?<![\d.,:：\-])\d{1,3}(?:[ \u2009\u202f\u00a0]\d{3})+(?:\.\d+)?(?![\d.,])"
    r"(?=\s?(?:m³|m3|m²|km|kg|km²|立方米|平方米|平方公里|千米|公里|米|吨|千克|公斤|人|户|元|万|亿))"
)
#: Zero cents: 1100000.00元 is said 一百一十万元, and 13.50元 十三点五元 (a price's trailing
#: zero is not said); the low end of a range of prices too, read as its high end is
#: (0.90~1.10元 零点九到一点一元, 6.00-7.00元 六到七元).
_CURRENCY_AFTER = r"(?=(?:\s*[-～~—–至到]\s*\d+(?:\.\d+)?)?\s*(?:元|美元|港元|欧元|万元|亿元))"
_ZERO_CENTS = re.compile(r"(?<=\d)\.0{1,2}(?!\d)" + _CURRENCY_AFTER)
_ZERO_CENT = re.compile(r"(?<=\d\.\d)0(?!\d)" + _CURRENCY_AFTER)
#: …and the zeros that pad an amount of money to four places or more, as Taiwan's filings
#: write a dividend (每股配發3.50000000元 三点五元, 8.0000元 八元).
_PADDED_PRICE = re.compile(r"(?<=\d)\.(\d{4,})(?!\d)" + _CURRENCY_AFTER)
#: …and the zeros a table pads a rate, an index's points, an amount in 万 or 亿 or a measure
#: with, however many: 18.0% 百分之十八, 0.30% 百分之零点三, 3000.00点 三千点, 31.0亿 三十一亿,
#: a water level's 310.00米 三百一十米, a rainfall's 62.0mm 六十二毫米 (never a magnitude's
#: 5.0级, which is said 五点零级).
_PADDED_ZEROS = re.compile(
    r"(?<![\d.])(\d+)\.(\d*?)0+(?![\d.])"
    # (the low end of a range too: 2.0～3.0米)
    r"(?=(?:\s*[-～~—–至到]\s*\d+(?:\.\d+)?)?\s*(?:([%％]|[点點万萬亿億])|(?:毫米|厘米|千米|公里|米|立方米|吨"
    r"|千克|公斤|克|千瓦时|千瓦|兆瓦|℃|摄氏度|mm|cm|km|m³|m|t|kg|MW|kW)(?![A-Za-z²³])))"
)


#: A salary written in thousands with K, as job posts write it: 15K-25K, 15-20K·13薪, 月薪10k以上
#: (一万五千到两万五千元), or in ten thousands with W (年薪25W~40W, 二十五万到四十万元). Only
#: after a word for pay, or before the months it is paid for (·13薪), since 4K电视, 10K跑 and
#: 功率25W are no money.
_SALARY_K = re.compile(
    r"(?<![\dA-Za-z.])(\d{1,3}(?:\.\d)?)([KkWw]?)(\s*[-~～—–至到]\s*)?"
    r"(?(3)(\d{1,3}(?:\.\d)?)([KkWw])|(?<=[KkWw]))(?![A-Za-z\d])"
)
#: What each letter multiplies a salary's figure by.
_SALARY_LETTERS = {"k": 1000, "w": 10000}
_PAY_BEFORE = re.compile(r"(?:薪|工资|待遇|收入|报酬|月入|年入|底薪|税前|税后)[^，。；;,\n]{0,8}$")
_PAY_AFTER = re.compile(r"[·•]?\d{1,2}薪|\s*[/每]\s*月")


def _salary_thousands(m: re.Match[str]) -> str:
    before = m.string[max(0, m.start() - 16) : m.start()]
    if not (_PAY_BEFORE.search(before) or _PAY_AFTER.match(m.string, m.end())):
        return m.group()

    def thousands(figure: str, letter: str) -> str:
        return str(round(float(figure) * _SALARY_LETTERS[letter.lower()]))

    last = m[5] or m[2]  # (15-20K: the first figure is in thousands too)
    said = (
        thousands(m[1], m[2])
        if not m[3]
        else f"{thousands(m[1], m[2] or last)}{m[3]}{thousands(m[4], last)}"
    )
    return said if m.string.startswith("元", m.end()) else said + "元"


#: A figure grouped in thousands this long is said here: without its commas, it would be
#: taken for an identifier and read digit by digit (MOP 27,740,000,000).
GROUPED_SAID_MIN = 10


def _grouped(m: re.Match[str]) -> str:
    """A figure grouped in thousands, without its commas; one of ten digits or more, said:
    grouping marks an amount, never a code; the zeros its cents are padded with are not said
    (16,143,985,611.00元 一百六十一亿…六百一十一元)."""
    whole, _, fraction = m.group().replace(",", "").partition(".")
    if len(whole) < GROUPED_SAID_MIN:
        return m.group().replace(",", "")
    fraction = fraction.rstrip("0")
    said = read_cardinal(whole, liang=True)
    return said + ("点" + read_digits(fraction) if fraction else "")


def _thousands(text: str) -> str:
    """``1,234,567`` -> 1234567 (wetext would read the comma as a pause); ``.00元`` -> 元,
    ``.50元`` -> ``.5元``, ``18.0%`` -> 18% (:data:`_PADDED_ZEROS`); a salary's ``15K`` ->
    15000 (see :data:`_SALARY_K`)."""
    text = _SALARY_K.sub(_salary_thousands, text)
    text = _THOUSANDS.sub(_grouped, text)
    text = _FULLWIDTH_THOUSANDS.sub(lambda m: m.group().replace("，", ""), text)
    text = _SPACED_THOUSANDS.sub(lambda m: re.sub(r"[ \u2009\u202f\u00a0]", "", m.group()), text)
    text = _PADDED_PRICE.sub(lambda m: "." + m[1].rstrip("0") if m[1].rstrip("0") else "", text)
    text = _ZERO_CENT.sub("", _ZERO_CENTS.sub("", text))
    return _PADDED_ZEROS.sub(_unpadded, text)


def _unpadded(m: re.Match[str]) -> str:
    """A figure without the zeros that pad it, but a signed measure's (风速+2.0米/秒, said
    正二点零, a reading of an instrument)."""
    if not m[3] and m.string[m.start() - 1 : m.start()] in ("+", "＋"):
        return m.group()
    return m[1] + ("." + m[2] if m[2] else "")


#: Ten thousand 万 or more, written in 万 (244394万元, 12000万人): said in 亿 and 万, as an
#: announcer says it (二十四亿四千三百九十四万元), never 万 inside 万; both ends of a range
#: (10000-20000万元: the near end shares the far end's unit).
_MYRIAD = r"(\d{5,12})(\.\d+)?"
_MYRIADS = re.compile(rf"(?<![\d.]){_MYRIAD}(?:\s*([-~～—–―至到])\s*{_MYRIAD})?万(?!亿)")


def _in_yi(whole: str, fraction: str | None) -> str:
    """``244394`` (万) -> 二十四亿四千三百九十四万; ``10500`` -> 一亿零五百万; ``20000`` -> 两亿."""
    yi, wan = divmod(int(whole), 10000)
    out = read_cardinal(yi * 10**8, liang=True)
    if not wan and not fraction:
        return out
    part = read_cardinal(wan, liang=True) if wan else "零"
    if 0 < wan < 1000:
        part = "零" + part
    if fraction:
        part += "点" + read_digits(fraction[1:])
    return out + part + "万"


#: A figure written with its magnitude in the middle, as Taiwan's statistics write it:
#: 2,342萬444人, 1萬315人, 2億300萬, 2兆50億. The lower part of two or three digits, before
#: a unit or the next magnitude (never 3万5, said 三万五), is less than a thousand of it.
_MIXED_MAGNITUDE = re.compile(
    r"(?<![\d.,])([-−－]?)(\d{1,4}(?:,\d{3})*)([万萬亿億兆])(\d{2,3})(?![\d.,])"
    rf"(?=[万萬亿億]|[{HAN}])"
)


#: A model's parameters counted in billions with a B (70B参数, 7B大模型): ten 亿 a billion.
_BILLIONS_OF_PARAMETERS = re.compile(
    r"(?<![A-Za-z\d.])(\d+(?:\.\d+)?)\s?[Bb](?=\s*(?:参数|參數|个参数|個參數|大模型|模型))"
    # …or after them (参数量达70B)
    r"|((?:参数|參數)(?:量|规模|規模)?\s*(?:达到|達到|达|達|为|為|是|超过|超過)?\s*)"
    r"(\d+(?:\.\d+)?)\s?[Bb](?![A-Za-z])"
)


def _billions(m: re.Match[str]) -> str:
    tenfold = Decimal(m[1] or m[3]) * 10
    return (m[2] or "") + f"{tenfold.normalize():f}亿"


def _mixed_magnitudes(text: str) -> str:
    """``1萬315人`` -> 一万零三百一十五人: the 零 a lower part short of its places takes;
    ``70B参数`` -> 700亿参数 (billions of a model's parameters)."""

    def said(m: re.Match[str]) -> str:
        whole = int(m[2].replace(",", ""))
        return (
            ("负" if m[1] else "")  # -6萬585人: a fall
            + ("两" if whole == 2 else read_cardinal(whole, liang=True))  # 两亿, never 二亿
            + m[3]
            + "零"
            + re.sub("^十", "一十", read_cardinal(int(m[4]), liang=True))  # 零一十五, never 零十五
        )

    return _MIXED_MAGNITUDE.sub(said, _BILLIONS_OF_PARAMETERS.sub(_billions, text))


def _myriads(text: str) -> str:
    """Amounts of ten thousand 万 or more said in 亿 (see :data:`_MYRIADS`)."""

    def said(m: re.Match[str]) -> str:
        if not m[3]:
            return _in_yi(m[1], m[2])
        if len(m[4]) < 5:
            return m.group()  # 12000-9000万: not a range of amounts in 万
        sign = m[3] if m[3] in "至到" else "到"
        return _in_yi(m[1], m[2]) + sign + _in_yi(m[4], m[5])

    text = _MYRIAD_NEAR_END.sub(r"\1万到", _MYRIAD_UNIT_RANGE.sub(r"\1万\2到", text))
    return _MYRIADS.sub(said, text)


#: A range whose near end gives its unit too (42000万元–46000万元): its dash is 到, as the
#: ends are said apart; so is one whose near end is under ten thousand 万 (3000万元-12000万元,
#: 三千万元到一亿两千万元), never a pause before the far end.
_MYRIAD_UNIT_RANGE = re.compile(
    r"(?<![\d.])(\d{1,12}(?:\.\d+)?)万(元|美元|港元|欧元|人|吨|千瓦时|平方米|亩|户)?"
    r"\s*[-~～—–―]\s*(?=\d{5,12}(?:\.\d+)?万\2)"
)

#: A range in 万 whose near end, under ten thousand, gives no unit (5000-10000万元): the near
#: end is in 万 too (五千万到一亿元), never a bare 五千 and a pause before 一亿.
_MYRIAD_NEAR_END = re.compile(
    r"(?<![\d.,\-−－])(\d{1,4}(?:\.\d+)?)\s*[-~～—–―]\s*(?=\d{5,12}(?:\.\d+)?万(?!亿))"
)


# --------------------------------------------------------------------------------------------
# 9. Ordinals, list markers, numeral characters
# --------------------------------------------------------------------------------------------

#: 第 + number: always 二, never 两 (wetext says 第两名).
_ORDINAL = re.compile(r"第\s*(\d+)(?![\d.])")
#: The far end of a range of ordinals is an ordinal too: 第1到2周 is 第一到二周.
#: …and so is each after the first in a list of ordinals: 第1、2节 is 第一、二节 (never 两).
_ORDINAL_RANGE_END = re.compile(
    r"(第[一二三四五六七八九十百千零]{1,6}(?:\s*[、和及或]\s*[一二三四五六七八九十百千零]{1,6})*"
    r"\s*[到至、和及或]\s*)(\d+)(?![\d.])"
)
#: ``No.3`` is 三号 (No. 3码头 -> 三号码头), as a number sign before a number is said; five
#: digits or more are a code.
_NUMERO = re.compile(r"(?<![A-Za-z])(?:No|NO|no)\.\s?(\d+)(?![\d.])")
#: Bracketed list number (1) （1） anywhere.
_BRACKET_ITEM = re.compile(r"([(（])\s*(\d{1,2})\s*([)）])")
#: Where a list item may start: a line's start or a sentence's end.
_ITEM_START = r"(?:^|(?<=[\n。；;：:！？!?]))"
#: List marker 1. 1．1、 1) at a line start or after sentence/clause punctuation…
_LIST_MARKER = re.compile(
    # …or the ASCII stop of a text pasted with them (…相对数.2.统计范围)
    # (never the second term of a ratio: （6:1—5:1）)
    rf"(?<!\d[:：])(?:{_ITEM_START}|(?<=[\u4e00-\u9fff][.．]))(\d{{1,2}})\s*(?:[.、]|[)）])(?!\d)",
    re.M,
)
#: A list marker right before a date or a year (2.2月5日至2月7日：…, 1.2031年普通高校…): the
#: item's number, read before the dates so that the two never make a decimal (二点二月).
_MARKER_BEFORE_DATE = re.compile(
    # (after a line's start, a sentence's end, or the ASCII stop of a text pasted with them:
    # …不组织纸笔考试.2. 1月17日…)
    rf"(?:{_ITEM_START}|(?<=[\u4e00-\u9fff])([.．]))(\d{{1,2}})\s*[.．]\s*"
    rf"(?=\d{{1,2}}\s*月\s*\d{{1,2}}\s*[日号]|(?:19|20)\d\d\s*年"
    # …or a span of months (3.1-2月服务业数据: no decimal runs to a month)
    r"|\d{1,2}\s*[-—－–~～至到]\s*\d{1,2}\s*月"
    # …or, opening a line, before a day of the month alone (2.15日有小雨: no day has a
    # decimal)
    rf"|(?:(?<=^\d\.)|(?<=[；;。]\d\.))(?:[1-9]|[12]\d|3[01])\s*日"
    # …or before a lot's or a case's number (1．2024015号地块): no decimal is a number 号
    r"|\d{3,}[号號]"
    # …or before an age of two digits (2.65周岁以上人员): no age has hundredths of a year
    r"|\d{2,3}\s*(?:周岁|週歲|岁|歲)(?![\d.]))",
    re.M,
)
#: A list marker after a column gap inside a line (1．加强领导 2．落实责任: the gap is already
#: a pause ，), when words follow it.
_INLINE_LIST_MARKER = re.compile(r"(?<=，)(\d{1,2})\s*(?:[.、]|[)）])(?=[\u4e00-\u9fff])")
#: A quarter as finance news writes it: 2031年Q3, Q1财报 (第三季度, 第一季度); never a bus
#: line's name (专线公交Q1、Q2), nor a journal's quartile (JCR Q1区).
_QUARTER = re.compile(
    r"(?<![A-Za-z\d])(?<!公交)(?<!专线)(?<!Q\d、)Q([1-4])(?![A-Za-z\d路线号区區]|、Q)"
)
#: A question of a list of questions and answers, numbered: Q1：空调温度设置多少度合适？ is
#: 问题一, never the first quarter.
#: A year and its quarter run together: 2023Q2 is 二零二三年第二季度.
_YEAR_QUARTER = re.compile(r"(?<![\d.])((?:19|20)\d\d)\s*Q([1-4])(?![A-Za-z\d])")
#: A quarter or a half before its year's last two digits, as analysts write them: 3Q31 is
#: 二零三一年第三季度, 1H31 二零三一年上半年.
_SHORT_PERIOD = re.compile(r"(?<![A-Za-z\d])(?:([1-4])(Q)|([12])(H))(\d{2})(?![A-Za-z\d])")
#: A half of the year by its number after H, as every such pattern here says it.
_HALVES = {"1": "上半年", "2": "下半年"}
#: …and its half: 2024H1 is 二零二四年上半年.
_YEAR_HALF = re.compile(r"(?<![\d.])((?:19|20)\d\d)\s*H([12])(?![A-Za-z\d])")
#: …or after its year's 年, said already: 2031年H2 is 二零三一年下半年.
_HALF_AFTER_YEAR = re.compile(r"(?<=年)\s*H([12])(?![A-Za-z\d])")
_FAQ_QUESTION = re.compile(r"(?<![A-Za-z\d])Q(\d{1,2})\s*[:：.．、](?=[^\n。]{2,80}[？?])")
#: …its answer, A： at a sentence's start before words (A：无房职工…), said 回答; and a
#: question without its number, Q：…？, said 问.
_FAQ_ANSWER = re.compile(r"(?:^|(?<=[。？?！!\n]))\s*A\d{0,2}\s*[:：](?=\s*[\u4e00-\u9fff“])", re.M)
_FAQ_BARE_QUESTION = re.compile(r"(?:^|(?<=[。？?！!\n]))\s*Q\s*[:：](?=[^\n。]{2,80}[？?])", re.M)
_QUARTER_GLOSS = re.compile(r"(?<=季度)\s*[（(]\s*Q[1-4]\s*[)）]")
#: Roman numerals in ASCII after 第 or before a class word (第II类, III级), or numbering an
#: annex (附表III).
_ASCII_ROMAN = re.compile(
    # (an earthquake's intensity too: VI度)
    r"(?<=第)([IVX]{1,4})(?![A-Za-z])|(?<![A-Za-z])([IVX]{1,4})(?=[类级期型至度類級])"
    r"|(?<=至)([IVX]{1,4})(?=[类级期型])"
    # an emission standard and its stage: 国VI, 国V, 国VIB; a schedule or an annex: 附表III,
    # 附件II; a course's level: 大学英语IV, 高等数学II
    r"|(?<=国|國)([IVX]{1,4})(?=[AB]?(?![A-Za-z]))"
    r"|(?<=英语|英語|数学|數學|物理|化学|化學)([IVX]{1,4})(?![A-Za-z])"
    r"|(?<=附表|附件|附录|附錄|附图|附圖)([IVX]{1,4})(?![A-Za-z])"
    r"|(?m:^)([IVX]{1,4})(?=\s*[.、．]\s*[\u4e00-\u9fff])"
)
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}


def _roman_value(numeral: str) -> int:
    total = 0
    for i, ch in enumerate(numeral):
        v = _ROMAN_VALUES[ch]
        nxt = _ROMAN_VALUES[numeral[i + 1]] if i + 1 < len(numeral) else 0
        total += -v if v < nxt else v
    return total


def _numero(m: re.Match[str]) -> str:
    """``No.3`` -> 三号; a long one is a code, read digit by digit (No.2024001 -> 二零二四…)."""
    return read_cardinal(m[1]) + "号" if len(m[1]) <= 4 else read_digits(m[1])


#: A line (or an item after a semicolon) that may open with a list number glued to a count
#: (3.3家区县和2家企业作交流发言), an age or a measure (3.6周岁以下儿童), or to a grade of
#: a scale (2.5级火险区要…: no scale of fire danger or wind has halves; a quake's magnitude
#: does, 2.5级地震).
_MARKER_BEFORE_COUNT = re.compile(
    # (never after a field's colon, where a table's cell gives its figure: 五月：3.60元)
    r"(?m)(?:^|(?<=[\n。；;！？!?]))(\d{1,2})\.(?=\d+\s*(?:家|个|名|项|人|位|条|批|所|级(?!\s*(?:地震|余震|左右|以上|以下))"
    # …or to an age, a height, an amount or a span (3.6周岁以下儿童, 3.5米以上车辆)
    r"|周岁|岁|米|m(?![A-Za-z])|厘米|公里|千米|万|亿|元|吨|天|小时|分钟|次|倍|%))"
)


def _dated_items(text: str) -> str:
    """``2.2月5日至2月7日`` -> 二、2月5日至2月7日: the list marker before a date (see
    :data:`_MARKER_BEFORE_DATE`); and ``3.3家区县…`` under lines numbered 1. and 2. is
    item 3 of the list, never 三点三家."""

    def counted(m: re.Match[str]) -> str:
        n = int(m[1])
        if n > 1 and re.search(rf"(?m){_ITEM_START}第{n - 1}，", text[: m.start()]):
            return f"第{read_cardinal(m[1])}，"  # under items said 第一， (a list in a section)
        listed = n > 1 and re.search(rf"(?m){_ITEM_START}{n - 1}\s*[.．、]\s*\D", text[: m.start()])
        return read_cardinal(m[1]) + "、" if listed else m.group()

    text = _MARKER_BEFORE_COUNT.sub(counted, text)
    return _MARKER_BEFORE_DATE.sub(
        lambda m: ("。" if m[1] else "") + read_cardinal(m[2]) + "、", text
    )


#: A clock's time right after a list's number and its stop (1.06:00-09:30禁止通行).
_ITEM_CLOCK = r"[0-2]\d[:：][0-5]\d(?!\d)"
#: A section's number padded with a zero before its heading on the line, as a phone's
#: article sets it: 03 个人账户可以家庭共济 (三、…, never 零三个人); read before spaces are
#: gone (05 月份 is a month).
_PADDED_SECTION = re.compile(
    # (or at the head of its brackets, as a post heads its parts: 【01 双河镇：产业兴旺】)
    r"(?m)(?:^|(?<=[【\[]))\s*0([1-9])(?:\s+|、)(?=[\u4e00-\u9fff])(?![月日时號号点分年])"
)
#: …and a list number whose stop a space sets apart from a figure: 3. 24小时封顶30元 is item
#: 3, never 三点二四.
_SPACED_ITEM = re.compile(r"(?m)(?:^|(?<=[。；;：:]))\s*(\d{1,2})\.\s+(?=\d)")
#: …and one whose stop runs into a year or a code (1.2025届毕业生, 2.2024205岗位, 1.113年度):
#: no figure has four decimals or more before such a word.
_ITEM_BEFORE_FIGURE = re.compile(
    r"(?:^|(?<=[\n。；;：:]))\s*(\d{1,2})\.(?="
    r"(?:19|20)\d\d\s*(?:年|届|級|级|学年|學年)"  # 1.2025届毕业生
    r"|(?:19|20)\d\d\s*[—–\-－~～至到]\s*(?:19|20)?\d\d\s*年"  # 1.2019—2022年数据…
    r"|\d{3}\s*年"  # 1.113年度 (a year of the Republic)
    r"|\d{5,}\s*(?:岗位|崗位|职位|職位)"  # 2.2024205岗位
    r"|\d{2,4}\s*路(?![线線径徑程面口段灯燈况況途])"  # 2.302路: a bus route
    # …or a line's voltage, never 1.10kV: 1.10kV城东Ⅱ线, 2.35kV桃源线
    r"|(?:10|35|66|110|220|330|500|0\.4)\s*(?:kV|KV|kv|千伏)"
    # …or a clock's time, never a decimal: 1.06:00-09:30禁止通行
    rf"|{_ITEM_CLOCK})"
)


#: A section numbered in Han numerals (一、, （一）) opening a line or a sentence.
_HAN_SECTION = r"(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])"
_HAN_SECTION_RE = re.compile(rf"(?:^|(?<=[\n。；;：:]))\s*{_HAN_SECTION}", re.M)
#: A list's number in figures (1. 2、 (3)) opening a line or a sentence, or after the
#: section's heading a short section reads on its first line (一、普通门诊 1. 除夕…).
_FIGURE_ITEM_RE = re.compile(
    # (…or after a sentence's ASCII stop: …正式上课.2.普通高中)
    # (…or after a heading's ASCII colon: 五、培训要求:1.学员…)
    rf"(?:^|(?<=[\n。；;：])|(?<=[^\d]:)|(?<=[^\d\s.]\.))(\s*{_HAN_SECTION}[^\s。；;]{{1,20}}\s+)?"
    # (no list counts from nought, nor with a leading zero: （02）8590… is a phone's code)
    # (…nor runs into a figure, unless a clock's: 1.06:00-09:30禁止通行)
    rf"\s*(?:([1-9]\d?)(?:[、．]|\.(?!\d)|\.(?={_ITEM_CLOCK}))|[（(]([1-9]\d?)[）)])\s*"
    rf"(?=[^\s\d]|(?<=\.){_ITEM_CLOCK})",
    re.M,
)


def nested_items(text: str) -> str:
    """Under sections numbered 一、 or （一）, a list's 1. 2. (3) is said 第一，第二，…: said
    一、 as written, it would sound as a section's own number (一、普通门诊。一、除夕…). A
    list of one level keeps 一、."""
    if not _HAN_SECTION_RE.search(text):
        return text
    return _FIGURE_ITEM_RE.sub(lambda m: f"{m[1] or ''}第{m[2] or m[3]}，", text)


def padded_sections(text: str) -> str:
    """``03 标题`` and ``3. 24小时…`` at a line's start -> 三、… (see :data:`_PADDED_SECTION`)."""
    text = _SPACED_ITEM.sub(lambda m: read_cardinal(m[1]) + "、", text)
    text = _ITEM_BEFORE_FIGURE.sub(lambda m: read_cardinal(m[1]) + "、", text)
    return _PADDED_SECTION.sub(lambda m: read_cardinal(m[1]) + "、", text)


#: A room's number after a building's Roman numeral: 机械楼Ⅱ-201 is 二杠二零一.
_ROMAN_ROOM = re.compile(r"([ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ])\s*[-－]\s*(\d{2,4})(?![\d.])")


#: Items numbered with small roman numerals in brackets, as Hong Kong's announcements list
#: reasons and terms: (i) … (ii) … 及(iii) …; (v) and (x) only in a list that reaches them.
_ROMAN_ITEM = re.compile(r"[（(](i{1,3}|iv|vi{1,3}|ix|v|x)[)）]")


def _roman_items(text: str) -> str:
    """``(i)`` -> （一）, ``(iii)`` -> （三）: a list's numbers, said as its numbers."""
    listed = _ROMAN_ITEM.findall(text)
    if not listed or (set(listed) <= {"v", "x"}):
        return text  # (v) or (x) alone is a letter, never a list's number
    return _ROMAN_ITEM.sub(
        lambda m: "（" + read_cardinal(_roman_value(m[1].upper())) + "）", text
    )


def _ordinals(text: str) -> str:
    """``第1季度`` -> 第一季度, ``(1)`` -> （一）, ``1.`` -> 一、, ``Q3`` -> 第三季度,
    ``第II类`` -> 第二类, ``Ⅱ-201`` -> Ⅱ杠二零一, ``(ii)`` -> （二）."""
    text = _roman_items(text)
    text = _ROMAN_ROOM.sub(lambda m: m[1] + "杠" + read_digits(m[2]), text)
    text = _LETTER_RANGE.sub(r"\1至\2", _ROMAN_RANGE.sub(r"\1至\2", text))
    text = _ORDINAL.sub(lambda m: "第" + read_cardinal(m[1]), text)
    text = _NUMERO.sub(_numero, text)
    while (more := _ORDINAL_RANGE_END.sub(lambda m: m[1] + read_cardinal(m[2]), text)) != text:
        text = more  # each in turn: 第一、3、2名 -> 第一、三、2名 -> 第一、三、二名
    text = _BRACKET_ITEM.sub(lambda m: "（" + read_cardinal(m[2]) + "）", text)
    text = _LIST_MARKER.sub(lambda m: read_cardinal(m[1]) + "、", text)
    text = _INLINE_LIST_MARKER.sub(lambda m: read_cardinal(m[1]) + "、", text)
    text = _SHORT_PERIOD.sub(
        lambda m: (
            read_digits("20" + m[5])
            + ("年第" + read_cardinal(m[1]) + "季度" if m[2] else "年" + _HALVES[m[3]])
        ),
        text,
    )
    text = _YEAR_QUARTER.sub(
        lambda m: read_digits(m[1]) + "年第" + read_cardinal(m[2]) + "季度", text
    )
    text = _YEAR_HALF.sub(lambda m: read_digits(m[1]) + "年" + _HALVES[m[2]], text)
    text = _HALF_AFTER_YEAR.sub(lambda m: _HALVES[m[1]], text)
    text = _FAQ_QUESTION.sub(lambda m: "问题" + read_cardinal(m[1]) + "：", text)
    text = _FAQ_BARE_QUESTION.sub("问：", text)
    # (an answer follows its question: A：同意 alone is an option on a form)
    text = _FAQ_ANSWER.sub(
        lambda m: (
            "回答："
            if re.search(r"[？?]", m.string[max(0, m.start() - 120) : m.start()])
            else m.group()
        ),
        text,
    )
    text = _QUARTER_GLOSS.sub("", text)  # 第三季度(Q3): the quarter said once
    text = _QUARTER.sub(lambda m: f"第{read_cardinal(m[1])}季度", text)
    return _ASCII_ROMAN.sub(
        lambda m: read_cardinal(_roman_value(next(g for g in m.groups() if g))), text
    )


#: Measure words after which a 2 counts things, so it is 两 (两项成果, 两起事故, 增长两倍, 两国,
#: 两年, 两点意见, 两公斤, 两省, 两大任务, 表格共两行), as wetext already says 两个, 两名, 两场.
_COUNTING_WORDS = (
    "项|起|倍|种|件|条|批|份|所|座|台|辆|架|艘|头|张|本|栋|间|套|支|户|岁|周|天|国|地|轮|门|遍"
    "|星期(?![一二三四五六日天])"
    "|届|例|处|成|折|点|名|人|个|位|家|场|亩|斤|公斤|千克|吨|米|公里|部门|方面|省|市|县|乡|镇|村|案"
    "|专案|宗|部|笔|节|款|枚|幅|句|副|股|死|伤|公顷|平方公里|立方米|剂|针|粒|片|瓶|盒|袋|箱|注(?!释|册|意|明|销|重|入|射|资)"
    "|科(?!目|室|技|学|研|长)"
    "|小时|分钟|秒钟|周岁|元|角|毛|万|千|亿|公尺|公分|公吨|公升|坪|行(?!业|政|动|程|为)|列|页"
    "|年(?!级|代|度)|大(?=[\u4e00-\u9fff])|次(?!会议|全会|全体会议|大会)"
    # a flat's rooms and a trip's nights: 两室两厅, 三天两晚
    "|厅|卫|晚|夜|室(?=\\d厅)"
    # stages a plan is carried out in: 分2阶段实施
    "|阶段|階段"
    # a road's lanes: 外侧2车道
    "|车道|車道"
    # hours of teaching and credits: 不少于2学时, 2学分
    "|学时|學時|课时|課時|学分|學分"
    # a record of wins and losses, goals scored: 2胜8负, 打进2球
    "|胜(?!利)|負|负(?!责|責|担|擔)|球"
)
#: A lone 2 that counts things is 两, also as the low end of a range (两到三年, 两至三人); a 2
#: that numbers something stays 二 (二号楼, 二类, 二级, 二次会议, 第二名).
_COUNTED_TWO = re.compile(
    r"(?<![\d.．第A-Za-z])2(?![\d.．])"
    rf"(?=\s*(?:[到至]\s*\d+(?:\.\d+)?\s*)?(?:{_COUNTING_WORDS}))"
    # …or counts the rounds held of a course or a plan carried out (开展2期培训, 分2期实施),
    # never a project's phase (2期工程 二期)
    r"|(?:(?<=开展|举办|举行|组织|开设|开办)|(?<=分))2(?=期(?!工程|项目))"
)
#: A 2 that numbers a quarter, a unit of a building, a line, a branch, a generation or a
#: section of a road is 二, where wetext would say 两 (二季度, 二单元, 二号线, 二线城市, 二分局,
#: 二代, 中山路二段, 游二线); so is a 2 that ends a name made of letters and digits (A2口,
#: P2停车场), or opens a range of numbered things (二到四月, 二到三级).
_NUMBERING_TWO = re.compile(
    r"(?<![\d.．A-Za-z])2(?![\d.．])"
    r"(?=季度|单元|号线|线城市|分局|分院|分校|分公司|支队(?!伍)|大队(?!伍)|代(?!人))"
    r"|(?<=[路街道])2(?=段)"
    # …or names a bus line after the kind of line it is (游2线, 快2线, 夜2路, 专2路)
    r"|(?<=[游快夜专專支干幹环環])2(?=[线線路])"
    # …or a shuttle line (接驳2线 接驳二线)
    r"|(?<=接驳|接駁)2(?=[线線路])"
    # …or a building of a named estate (望湖小区2幢, 金桂花园2栋 金桂花园二栋)
    r"|(?<=小区|小區|社区|社區|花园|花園|家园|家園|新村|公寓)2(?=[栋棟幢座])"
    # …or a building's floor: 1号楼2层, 门诊楼2层
    r"|(?<=[楼樓])2(?=[层層])"
    # …or the building of an address, named by the unit, flat or lift after it (2栋3单元,
    # 2幢301室, 2栋A梯),
    # where 新建2栋6层教学楼 counts buildings
    r"|(?<![\d.．第])2(?=[栋棟幢座]\s*(?:[\d零〇一二三四五六七八九]+\s*(?:单元|單元|室|号房|號房)|[A-Z]\s*梯))"
    r"|(?<=[A-Za-z])2(?![\d.．])"
    r"|(?<![\d.．第])2(?=\s*[到至]\s*\d+\s*(?:月|日|号|级|类|期|楼|季度|年级|届|版|代))"
)
#: The day of the month 2日 is 二日 (本月二日, 于二日上午); a span of two days after 近, 共, 连续,
#: 每, 未来, 拘留, 间隔, 推迟 … or before 内/游 is 两日.
_DAY_TWO = re.compile(
    r"(?<![\d.．A-Za-z近共续每约达满时期前来仅用后留隔迟延停])2(?=日(?!内|游|以内))"
)


def _counts(text: str) -> str:
    """``共2项`` -> 共两项, ``2至3人`` -> 两至三人, ``2季度`` -> 二季度, ``于2日`` -> 于二日 (see
    :data:`_COUNTED_TWO`, :data:`_NUMBERING_TWO`, :data:`_DAY_TWO`)."""
    text = _NUMBERING_TWO.sub("二", text)
    text = _DAY_TWO.sub("二", text)
    return _COUNTED_TWO.sub("两", text)


def _numeral_char(ch: str, nxt: str, prev: str = "") -> str | None:
    """Spoken form of a numeral character (① ⑴ ⒈ ㈠ Ⅱ ½ ²), or None if it is not one; a
    circled number right after a figure (97%②), or between a word and its figure (生产总值①
    204.58亿元), marks a note, and has none: it is left for the pause and the warning of a
    character not read."""
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
        if prev and (prev.isdigit() or prev in "%％" or (is_han(prev) and nxt.isdigit())):
            return None  # a note's mark after a figure, or between a word and its figure
        # an item's number before its text, its quoted word or its figure (①“985”高校)
        follows_text = bool(nxt) and (is_han(nxt) or is_latin_letter(nxt) or nxt in "“「《（(\"'")
        return number + ("、" if follows_text or nxt.isdigit() else "")
    if "SUPERSCRIPT" in name or "SUBSCRIPT" in name:
        return number
    return None


#: A range of Roman numerals: Ⅰ~Ⅲ类 is 一至三类 (the sign is 至, never a pause: 一，三类
#: would name two classes instead of three).
_ROMAN_RANGE = re.compile(
    r"([\u2160-\u217f]|(?<![A-Za-z])[IVX]{1,4})\s*[~～〜—–－\-]+\s*([\u2160-\u217f]|[IVX]{1,4}(?![A-Za-z]))"
)

#: A range of single letters naming zones, blocks or grades (A~F區, B—D栋): A至F, never A，F.
_LETTER_RANGE = re.compile(
    r"(?<![A-Za-z\d])([A-Z])\s*[~～〜—–]+\s*([A-Z])(?![A-Za-z\d])(?=\s*[\u4e00-\u9fff])"
)


#: A financial numeral heading a line as a list marker (Taiwan: 壹、貳、參、): said as the
#: plain numeral, since 参 and 陆 alone are read cān and lù.
_BIG_NUMERAL_MARKER = re.compile(r"(?m)^([壹贰参叁肆伍陆柒捌玖拾])(?=\s*、)")
#: Capital numerals, their units and 圆 as the plain ones said (陆 is 六, 佰 百, 圆 元).
_CAPITAL_NUMERALS = str.maketrans(
    "壹贰貳叁參参肆伍陆陸柒捌玖拾佰仟萬億圆圓", "一二二三三三四五六六七八九十百千万亿元元"
)
#: A numeral heading a line with a dot (一.总则, Ⅱ. 主要任务 once read), or an item where a
#: sentence or a clause ends (…通知如下:一.培训时间和地点): the dot is 、, never a sentence's
#: end said after 一.
_HAN_LIST_DOT = re.compile(
    r"(?m)(?:^|(?<=[。；;：:！？!?]))\s*([一二三四五六七八九十]{1,3})\s*[.．]\s*(?=[\u4e00-\u9fff])"
)


def _numeral_chars(text: str) -> str:
    """Circled, bracketed and Roman numeral characters, vulgar fractions, super/subscripts;
    a numeral heading a line is followed by 、, not a dot."""
    text = _ROMAN_RANGE.sub(r"\1至\2", text)
    out = []
    for i, ch in enumerate(text):
        nxt = text[i + 1] if i + 1 < len(text) else ""
        spoken = _numeral_char(ch, nxt, text[i - 1] if i else "")
        out.append(ch if spoken is None else spoken)
    text = _BIG_NUMERAL_MARKER.sub(lambda m: m[1].translate(_CAPITAL_NUMERALS), "".join(out))
    return _HAN_LIST_DOT.sub(r"\1、", text)


# --------------------------------------------------------------------------------------------
# 10. Slashes and symbols with a spoken form
# --------------------------------------------------------------------------------------------

#: Unit words after ``/`` that make it "per" (每): 美元/桶, 万元/人, 元/月.
_PER_UNITS = (
    "人次|人|户|月|年|天|日|周|次|件|台|亩|公顷|公斤|千克|克|斤|吨|桶|盎司|蒲式耳|平方米|立方米"
    "|平方公里|公里|米|升|小时|分钟|秒|股|份|套|头|只|箱|瓶|张|度|千瓦时|班|车|辆|例|床"
    "|本|册|盒|袋|包|个|位|名|场|节|课时|学时|斤|公升|毫升|枚|颗|粒|支|根|尾|双|对"
    "|采暖期|供暖季|学期|季度|季|期|立方厘米|立方分米|间|晚|针|剂|学年|疗程"
    # a can, a serving; a figure per ten thousand yuan (吨标准煤/万元)
    "|罐|听|片|条|块|杯|碗|万元"
    # a lot of shares or contracts, a transaction; a pound, an acre (美分/磅, 蒲式耳/英亩)
    "|手|笔|磅|英亩"
    # a bird (鸡苗2.65元/羽), a subject sat (报名费120元/科), a student (元/生·学年)
    "|羽|科|门|生"
    # a work-hour, a machine's shift, a person's day of work (维修费80元/工时, 元/台班)
    "|工时|工日|台班|人天|人日|人月|延米|万人|千人|十万人"
    # a hundred metres, a hundred kilometres (升/百公里); Taiwan's and the trade's floor area
    # (萬元/坪, 万元/平)
    "|百米|百公里|坪|平"
)
#: A rate per minute, as a pulse is written: 100次/分 is 一百次每分钟.
_PER_MINUTE = re.compile(r"(?<=次)/分(?!钟|之(?!间|內|内))")
_SLASH_PER = re.compile(
    # (the unit ends its word, or a word of grammar follows it: 20公里/小时的速度, …以下)
    rf"(?<=[{HAN}%])/(?=(?:{_PER_UNITS})(?:(?![{HAN}])|的|以[上下内]|左右|之[间内]|及|或|和|起))"
    rf"|(?<=[元角])/(?=(?:{_PER_UNITS})(?![元币]))"
    # …or per any one thing a fee is charged on, the word alone (工本费20元/证, 10元/证。)
    rf"|(?<=[元角])/(?=[{HAN}](?![{HAN}\d]))"
    rf"|(?<=[元角分])/(?=\d+(?:\.\d+)?\s*(?!元|美元|港元|万元|亿元)(?:{_PER_UNITS}|[{HAN}]{{1,2}}))"
    # a measure per an amount of another: 23毫克/100毫升 (blood alcohol), 5克/100克
    r"|(?<=[克升])/(?=\d+(?:\.\d+)?\s*(?:毫升|升|克|千克|公斤|立方米))"
    # …or a concentration, whatever word follows (200克/升氯虫苯甲酰胺悬浮剂)
    r"|(?<=克)/(?=(?:升|毫升|千克|公斤)(?!\d))"
    # a plant's capacity or a flow per year or per day, whatever word follows (260万吨/年加氢
    # 裂化装置, 230万桶/日明显放缓, 5万人次/日左右)
    r"|(?:(?<=吨)|(?<=桶)|(?<=立方米)|(?<=人次)|(?<=辆次)|(?<=架次))/(?=[年日天月]|小时)"
    # …or a speed or a river's flow per second or hour, whatever word follows (由320立方米/秒
    # 逐步增加, 以60公里/小时通过)
    r"|(?:(?<=米)|(?<=公里))/(?=秒|小时|分钟)"
)
#: A rate per two units at once: 元/间·天 is 元每间每天.
_PER_DOT = re.compile(rf"(?:(?<=每[{HAN}])|(?<=每平方米)|(?<=每立方米))[·•](?=[{HAN}])")
#: A day counted from another: a time zone's offset from UTC (UTC-12 is UTC减十二, UTC+8
#: UTC加八), a settlement day counted from the trade day T (T-1日 T减一日, T+2 T加二); never
#: a hyphen's pause.
_OFFSET = re.compile(
    r"(?<![A-Za-z])(?:(UTC)\s*([+＋\-−－])\s*(\d{1,2})(?![\d:])"
    r"|(T)\s*([+＋\-−－])\s*(\d{1,2})(?=\s*(?:日|个?交易日)|[^\w\s]|$))"
)
#: A star or a letter x between a score and its weight: 笔试*40%+面试*60%, 笔试成绩x50%,
#: 笔试成绩X0.6 (乘).
_TIMES_RATE = re.compile(
    rf"(?<=[{HAN}])\s*(?:[*＊]\s*(?=\d+(?:\.\d+)?\s*%)|[xX]\s*(?=\d+(?:\.\d+)?\s*%|0\.\d))"
    # (…or a letter x set apart between a count and the next, as a pack's contents are
    # written: 6小包 x 5克)
    rf"|(?:(?<=\d[{HAN}])|(?<=\d[{HAN}]{{2}}))\s+[xX]\s+(?=\d)"
)
#: A ratio in a formula that ends ×100%: 利润总额/营业收入×100% is 利润总额除以营业收入….
_DIVIDED_BY = re.compile(rf"(?<=[{HAN}）)])/(?=[{HAN}（(][^，。；;/\n]{{0,20}}?[×*]\s*100\s*%)")
#: …or a definition's right side, a word over a word: 日均产量=产量/当月日历日数.
_DEFINED_RATIO = re.compile(
    rf"([=＝][{HAN}]{{1,12}})/(?=[{HAN}])"
    # …or a formula's letters over a figure: IA=B×i×t/365 (利息 over the days of a year)
    r"|([=＝]\s*[A-Za-z](?:[A-Za-z\d×*·\s]{0,20}[A-Za-z])?)\s*/\s*(?=\d)"
)
#: Fractions keep their slash for wetext (1/3); Latin/Latin (GB/T, TCP/IP) is a space, and
#: between two acronyms of two letters or more (DRG/DIP, SCI/SSCI) a pause, as each is said
#: on its own.
_SLASH_LATIN = re.compile(r"(?<=[A-Za-z])/(?=[A-Za-z])")
_SLASH_ACRONYMS = re.compile(r"(?<![A-Za-z])([A-Z]{2,6})/(?=[A-Z]{2,6}(?![A-Za-z]))")
#: A blood pressure, the systolic over the diastolic: 140/90mmHg, 130～139/85～89毫米汞柱,
#: 血压160/100 (一百四十比九十, as a doctor says it; never a fraction).
_PRESSURE = r"\d{2,3}(?:\s*(?:[～~\-－—]|到|至)\s*\d{2,3})?"
_BLOOD_PRESSURE = re.compile(
    rf"(?<![\d./])({_PRESSURE})\s*/\s*({_PRESSURE})(?=\s*(?:mmHg|毫米汞柱))"
    rf"|(?<=血压)([^\d，。；,;]{{0,6}}?)({_PRESSURE})\s*/\s*({_PRESSURE})(?![\d./])"
)


def _offset(m: re.Match[str]) -> str:
    """UTC减十二, T加二: the sign said as the arithmetic it is."""
    base, sign, days = m.group(1, 2, 3) if m[1] else m.group(4, 5, 6)
    return base + ("减" if sign in "-−－" else "加") + days


def _pressure_pair(m: re.Match[str]) -> str:
    if m[1] is not None:
        return f"{m[1]}比{m[2]}"
    return f"{m[3]}{m[4]}比{m[5]}"


#: Fractions n/d (read here: wetext reads 约1/4 as 四分之约一 and 10/20 as a date).
_FRACTION = re.compile(r"(?<![\d./])(\d+)/(\d+)(?![\d/]|\.\d)")
#: Types named by numbers set apart by slashes before 型 or 价: HPV16/18型 is 十六、十八型.
_TYPES_SLASHED = re.compile(r"(?<![\d./])\d+(?:/\d+)+(?=\s*(?:型|价))")
#: A rate per ten thousand or more: 15.1/10万 is 十万分之十五点一, 1/10万 十万分之一.
_RATE_PER = re.compile(r"(?<![\d./])(\d+(?:\.\d+)?)/(\d+)(万|亿)(?![\d.])")
#: Hyphen joining Latin (or Greek) to Latin or to digits (COVID-19, Wi-Fi, R-160, ω-3): a
#: space.
_LATIN_HYPHEN = re.compile(r"(?<=[A-Za-zα-ωΑ-Ω])-(?=[A-Za-z\d])|(?<=\d)-(?=[A-Za-z])")
#: File extensions after a dot: 表.xlsx -> 表点X L S X, also before Han (表.xlsx文件).
_FILE_EXT = re.compile(
    r"(?<=\w)\.(?=(?:xlsx?|docx?|pdf|jpe?g|png|zip|rar|txt|pptx?|wps|ofd|csv)(?![A-Za-z0-9]))",
    re.I,
)
#: Dots between single characters list them (语.数.外 is 语、数、外), as a slash between
#: alternatives does: two set apart (（文.理）), or three and more (科目为政.史.地).
_DOTTED_LIST = re.compile(
    rf"(?<![{HAN}\d])[{HAN}](?:\.[{HAN}])+(?![{HAN}、])|[{HAN}](?:\.[{HAN}]){{2,}}(?![{HAN}、])"
)
#: An arrow before a number says which way it moved: 同比↑5.2% is 同比上升5.2%.
#: A price table's triangles so set say the same (较昨日▲0.40, ▼0.20), though a triangle
#: is a bullet too: never before a day (▲5月3日，…).
_ARROW_UP = re.compile(r"(?:[↑⬆]|[▲△](?=\s*\d+(?:\.\d+)?%?(?![\d.年月日号时])))\s*(?=\d)")
_ARROW_DOWN = re.compile(r"[↓⬇▼▽]\s*(?=\d)")
#: …and one after a figure, which way it moved: 2.5-3.0元/斤 ↓, -0.8↓ (…，下降).
_ARROW_AFTER_UP = re.compile(r"(?<=[\d%元斤克）)])[\s，]*[↑⬆▲](?![\d.])")
_ARROW_AFTER_DOWN = re.compile(r"(?<=[\d%元斤克）)])[\s，]*[↓⬇▼](?![\d.])")
#: An arrow from one figure to the next is 到 (60%→70%, a fare's 2元→3元, 4站→6站); between
#: places, a route's next stop (火车站→解放广场), a pause.
_ARROW_TO_FIGURE = re.compile(
    r"(?:(?<=[\d%])|(?<=\d[\u4e00-\u9fff])|(?<=\d[\u4e00-\u9fff]{2}))\s*[→➔➜⇒]\s*(?=\d)"
    # (an amount of money is said before symbols are: 两元→三元)
    r"|(?<=元)\s*[→➔➜⇒]\s*(?=[\d零一二两三四五六七八九十])"
)
_ARROW_TO_STOP = re.compile(r"(?<=[\u4e00-\u9fff）)])\s*[→➔➜⇒]\s*(?=[\u4e00-\u9fff（(])")
#: …but one arrow alone between two places is a trip from one to the other: 温州→北京西 is
#: 温州至北京西.
_ARROW_ONE_TRIP = re.compile(
    r"(?<![→➔➜⇒\u4e00-\u9fff])([\u4e00-\u9fff]{1,8})\s*[→➔➜⇒]\s*([\u4e00-\u9fff]{1,8})(?![\u4e00-\u9fff]*\s*[→➔➜⇒])"
)
#: A dot between letters and digits names a variant or a version: XBB.1.5, BA.2 (点).
_LATIN_DOT_DIGIT = re.compile(r"(?<=[A-Za-z])\.(?=\d)")
#: A website path, not a comparison: ``>`` before a page name (首页 > 通知公告, 查询>资讯),
#: ``>>`` and ``»`` are pauses; ``>`` before a number or a letter is 大于 (气温>35℃, x>5).
_PATH_SIGN = re.compile(
    rf"[\s，]*(?:>{{2,}}|»+|>(?=[\s，]*[{HAN}])(?![\s，]*[零一二三四五六七八九十百千万两]))[\s，]*"
)
#: A percent sign that follows no number is the word 百分比 (table headers: （%）).
_LONE_PERCENT = re.compile(r"(?<![\d.])%")
#: A lone per-mille sign.
_LONE_PER_MILLE = re.compile(r"‰")
#: A sign after a verb that already gives the direction says it twice: 上涨+6.25% is 上涨
#: 百分之六点二五, 下降-2.8% 下降百分之二点八, 江面以下-36.5米 以下三十六点五米 (增长-2.8%
#: keeps its sign: a growth below zero).
_SIGNED_AFTER_RISE = re.compile(
    r"((?:上涨|上升|增长|增加|提高|提升|升高|攀升|涨|升)了?"
    # …or after the field that names the rise (涨幅：+10.02%)
    r"|(?:涨幅|增幅|升幅|漲幅)\s*[:：为為]?)\s*[+＋](?=\s*\d)"
)
_SIGNED_AFTER_FALL = re.compile(
    r"((?:下降|下跌|减少|降低|回落|下滑|跌|降)了?|以下|(?<![涨漲])(?:跌幅|降幅)\s*[:：为為]?)\s*[-－−](?=\s*\d)"
)
#: A multiple written with an x after its figure, as valuations and lenses give it (市盈率
#: 18.5x, PE 20x, 10x变焦): 倍; never a bus route's letter (3X) elsewhere.
_TIMES_X = re.compile(
    r"(?:(?<=市盈率)|(?<=市净率)|(?<=PE)|(?<=PB)|(?<=PE\s)|(?<=PB\s)|(?<=约为)|(?<=约))"
    r"(\d{1,4}(?:\.\d+)?)\s?[xX](?![A-Za-z\d])"
    r"|(?<![A-Za-z\d.])(\d{1,4}(?:\.\d+)?)\s?[xX](?=\s*(?:数字|數字)?(?:变焦|光学|数码|混合变焦))"
)

#: An account named after @ in a sentence (并@两位好友, 关注@南屏发布): 艾特, as said; an
#: e-mail's @ has its name before it and is read with the address.
_MENTION = re.compile(r"(?<![A-Za-z0-9._%+\-])@(?=[\u4e00-\u9fff])")
#: A sign followed by 号, its name already (带*号指标, “#”号表示其中): 星号, 井号, said once.
_SIGN_THEN_HAO = re.compile(r"(?<![\dA-Za-z])([“\"「])?([#＃*＊])([”\"」])?号")
#: A change against a period with its sign and no verb (环比+0.8%, 同比-1.2%, 较上周-0.35元):
#: the sign says which way it moved, 上升 or 下降, as the table of changes says it.
_COMPARED_WITH = (
    r"((?:同比|环比|[比较](?:上年同期|去年同期|同期|上年|去年|上[月期周旬季]|昨日|前一?日|年初|上日)"
    r"|涨跌幅|涨跌|漲跌幅)"
    r"(?:分别)?\s*[:：，,]?\s*)"
)
#: No change at all, however signed, after what it is compared with (环比-0.00%, 同比0.0%):
#: 持平, as a table says it, never 下降百分之零.
_NO_CHANGE = re.compile(_COMPARED_WITH + r"[+＋\-－−]?\s*0(?:\.0+)?\s*[%％](?![\d.])")
_SIGNED_CHANGE = re.compile(
    _COMPARED_WITH + r"([+＋\-－−])(?=\s*\d)"
    # …or a rate with its sign in brackets after what moved (美容护理(+2.6%), 电子(-6.2%))
    r"|(?<=[\u4e00-\u9fff][（(])([+＋\-－−])(?=\s*\d+(?:\.\d+)?\s*[%％]\s*[)）])"
    # …or right after an index or a price that moved (半导体指数+4.52%, 道指-0.32%, 油价+1.2%)
    r"|(?:(?<=指数)|(?<=指數)|(?<=[沪滬深恒道纳納标標日]指)|(?<=板块)|(?<=板塊)|(?<=股价)|(?<=股價)"
    r"|(?<=油价)|(?<=油價)|(?<=金价)|(?<=金價))\s*([+＋\-－−])(?=\s*\d+(?:\.\d+)?\s*[%％])"
)


#: Words and signs that already say which way a figure moved, in its clause.
_DIRECTION_SAID = re.compile(r"上升|下降|上涨|下跌|增长|减少|增加|回落|[-－−+＋][\d.,]+%?$")


def _moved(way: str) -> Callable[[re.Match[str]], str]:
    """An arrow after a figure as the word for which way it moved, unless its clause says so
    already (环比：下降0.8↓, -0.8↓): then it says nothing more."""

    def speak(m: re.Match[str]) -> str:
        clause = re.split(r"[，,。；;：:\n]", m.string[: m.start()])[-1]
        return "" if _DIRECTION_SAID.search(clause) else "，" + way

    return speak


#: A book's or a law's title between ASCII angle brackets, as a text typed without Chinese
#: marks sets it: <中华人民共和国刑法>, ‹…›: 《…》, never 小于 … 大于 (〈…〉 inside 《…》 is
#: a title's own mark, and stays).
_ANGLE_TITLE = re.compile(r"[<‹]\s*([\u4e00-\u9fff][^<>‹›\n]{1,40}?)\s*[>›]")
#: A name with a character hidden by a star, as a list made public masks it: 王*涵 (王某涵),
#: 李** (李某某); a name stands alone between marks or spaces (说明*见附件 is a note's star).
_MASKED_NAME = re.compile(
    r"(?<![\u4e00-\u9fff])((?:欧阳|司马|诸葛|上官|司徒|皇甫|公孙|慕容|令狐|夏侯|长孙|宇文|端木"
    r"|东方|尉迟|独孤|南宫|轩辕)|[\u4e00-\u9fff])([*＊]{1,2})(?=[\u4e00-\u9fff]?(?![\u4e00-\u9fff*＊]))"
)


def redundant_signs(text: str) -> str:
    """Drop a sign that repeats its verb's direction (see :data:`_SIGNED_AFTER_RISE`), say
    the one that stands for a verb (环比+0.8% 环比上升…, :data:`_SIGNED_CHANGE`), and
    a footnote's mark after a word (（GDP）[1]413.76亿元): for the page, never said; a title
    in angle brackets is one in 《》; a star that hides a name's character is 某; no change
    (环比-0.00%) is 持平."""
    text = _MASKED_NAME.sub(lambda m: m[1] + "某" * len(m[2]), _ANGLE_TITLE.sub(r"《\1》", text))
    text = _FOOTNOTE_MARK.sub("", text)
    text = _NO_CHANGE.sub(r"\1持平", text)
    text = _SIGNED_CHANGE.sub(
        lambda m: (m[1] or "") + ("上升" if (m[2] or m[3] or m[4]) in "+＋" else "下降"), text
    )
    text = _TIMES_X.sub(lambda m: (m[1] or m[2]) + "倍", text)
    return _SIGNED_AFTER_FALL.sub(r"\1", _SIGNED_AFTER_RISE.sub(r"\1", text))


#: ``vs`` between two things compared (15.3个月vs 11.8个月, 主队 VS 客队, -0.8 V vs.RHE):
#: 对, as said.
_VERSUS = re.compile(r"(?<![A-Za-z])\s*(?:vs|VS|Vs|v\.s)(?:\.\s*|\s*(?![A-Za-z]))(?=\S)")
#: A ranking's first so many, written TOP10 or Top 10: 前十 (Top 1 is 第一).
_TOP_N = re.compile(r"(?<![A-Za-z])(?:TOP|Top|top)\s*(\d{1,3})(?!\d)")
#: An amount in figures in brackets after the same amount in capital numerals, as a contract
#: or a reward gives it (伍万元整（¥50,000.00）): said once.
_FIGURES_AFTER_CAPITALS = re.compile(
    rf"(?<=[{CAPITAL_DIGITS}{CAPITAL_UNITS}{MONEY_UNITS}])\s*[（(]\s*(?:人民币|RMB)?\s*"
    r"[¥￥]\s*[\d,]+(?:\.\d+)?\s*元?\s*[)）]"
)
#: An amount in capital numerals, as a contract or a bid writes it (陆佰肆拾捌万…元贰角柒分):
#: said with the plain numerals, since alone 陆 is read lù and 参 cān.
_CAPITAL_AMOUNT = re.compile(
    rf"[{CAPITAL_DIGITS}{CAPITAL_UNITS}]{{2,}}[圆圓元](?:[{CAPITAL_DIGITS}]角)?"
    rf"(?:[{CAPITAL_DIGITS}]分)?整?"
)
#: A share's code with its exchange after a dot (300750.SZ, 00700.HK): the code digit by
#: digit, the exchange's letters not read.
_LISTED_CODE = re.compile(r"(?<![\d.])(\d{4,6})\.(?:SH|SZ|HK|BJ|SS)(?![A-Za-z])")
#: The class a share is listed in, after the company's name (美团-W, 阿里巴巴-SW): not read.
_LISTING_CLASS = re.compile(
    r"(?<=[\u4e00-\u9fff])\s*[-－](?:SW|SWR|WR|W|S|U)(?=$|[\s，,。、)）；;：:（(]|股|涨|跌|收)"
)
#: A country's calling code named as the start of a number (+852开头): 加 and its digits (a
#: whole number after it is read as a phone's); so are the first digits of the number after
#: it (+86 165开头 加八六 幺六五开头), said as a phone's, never an amount.
_CALLING_CODE = re.compile(
    r"(?<![\dA-Za-z])[+＋]\s*(86|852|853|886|1|44|81|82|65|60|66|84|7)"
    r"(?:[\s-]?(\d{1,4}))?(?=\s*(?:开头|開頭|号段|號段))"
)
#: A work's opus number (Op.18 作品第十八号), never a decimal after letters.
_OPUS = re.compile(r"(?<![A-Za-z])[Oo]p\.\s?(\d{1,3})(?![\d.])")


def _plain_amount(m: re.Match[str]) -> str:
    """壹拾万元整 is 十万元整: a leading 一十 is said 十, as in figures."""
    plain = m.group().translate(_CAPITAL_NUMERALS)
    return plain[1:] if plain.startswith("一十") else plain


#: Questions and answers as a page heads them: Q&A, Q＆A (问答, never Q和A).
_QUESTIONS_ANSWERED = re.compile(r"(?<![A-Za-z])Q\s?[&＆]\s?A(?![A-Za-z])")


#: A contact's key in English before its colon and number (Tel：0571-…, Fax: …): said in
#: Chinese, as the number it names.
_CONTACT_KEY = re.compile(r"(?<![A-Za-z])(Tel|TEL|Fax|FAX|Mobile|Mob)\.?(?=\s*[:：]\s*[\d(（+])")
_CONTACT_WORDS = {"tel": "电话", "fax": "传真", "mobile": "手机", "mob": "手机"}


def spoken_abbreviations(text: str) -> str:
    """Short written forms said as words (:data:`_VERSUS`, :data:`_TOP_N`, Q&A 问答), an amount said
    once (:data:`_FIGURES_AFTER_CAPITALS`) and in plain numerals, a listed share's code and
    class as said, a country's calling code (:data:`_CALLING_CODE`) and an opus number
    (:data:`_OPUS`)."""
    text = _FIGURES_AFTER_CAPITALS.sub("", text)
    text = _CAPITAL_AMOUNT.sub(_plain_amount, text)
    text = _LISTED_CODE.sub(lambda m: read_digits(m[1]), _LISTING_CLASS.sub("", text))
    text = _CALLING_CODE.sub(
        lambda m: "加" + read_digits(m[1]) + (" " + read_digits(m[2], yao=True) if m[2] else ""),
        text,
    )
    text = _OPUS.sub(lambda m: f"作品第{read_cardinal(m[1])}号", text)
    text = _VERSUS.sub("对", _QUESTIONS_ANSWERED.sub("问答", text))
    text = _CONTACT_KEY.sub(lambda m: _CONTACT_WORDS[m[1].lower()], text)
    return _TOP_N.sub(lambda m: "第一" if m[1] == "1" else "前" + m[1], text)


#: A footnote's mark: [1] after a word, a closing bracket or quote, or a rate (增长6.2%[1]).
_FOOTNOTE_MARK = re.compile(r"(?<=[\u4e00-\u9fff）)”%％‰])\[\d{1,2}\]")


_SIGN_NAMES = {
    "+": "正号",
    "＋": "正号",
    "-": "负号",
    "－": "负号",
    "−": "负号",
    # a table's other marks its note explains: “#”表示其中的主要项, “*”表示…
    "#": "井号",
    "＃": "井号",
    "*": "星号",
    "＊": "星号",
    "△": "三角",
    "▲": "三角",
    # …and its arrows and triangles down: “↑”表示上涨，“↓”表示下降, “▼”表示回落
    "▼": "倒三角",
    "▽": "倒三角",
    "↑": "向上箭头",
    "↓": "向下箭头",
    "→": "向右箭头",
    # a tender's marks of its binding and its key terms: 标注“★”的条款, “☆”
    "★": "星号",
    "☆": "星号",
    "●": "实心圆点",
    "■": "实心方块",
}
#: Plus: between operands 加, as a sign before a number 正 (also after a word: 同比+2.3%).
_PLUS_SIGN = re.compile(r"(?<![0-9A-Za-z)）%零一二三四五六七八九十百千万亿])\+(?=\d)")
#: Points added to a score: 每次+2分 is 每次加两分.
_PLUS_POINTS = re.compile(r"[+＋](?=\d+(?:\.\d+)?\s*分(?![钟之]))")

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


#: A colon or a ratio sign ∶ between numbers that is left once clock times are read (they are
#: read before) is 比: 1∶50000, 3：2, 1:120, 25.72:26.84:47.44.
_RATIO_SIGN = re.compile(r"(?<=\d)(?<!PM2\.5)(?<!PM10)(?<!PM1)\s*[∶：:]\s*(?=\d)")


#: …and between figures with their units (30%:70% 百分之三十比百分之七十, 5毫升:1克 五毫升比
#: 一克, units in Han by now), never a pause.
_RATIO_UNITS = r"[%％‰]|毫升|升|毫克|千克|克|吨|份|元|米"
_UNIT_RATIO = re.compile(
    rf"(?<=[\d两])({_RATIO_UNITS})\s*[∶：:]\s*(?=(?:\d+(?:\.\d+)?|两)\s*(?:{_RATIO_UNITS}))"
)


def _decimal_ratios(text: str) -> str:
    """``25.72:26.84:47.44`` -> 25.72比26.84比47.44 (the decimals are read next);
    ``1∶50000`` -> 1比50000; ``30%:70%`` -> 30%比70% (:data:`_UNIT_RATIO`)."""
    return _RATIO_SIGN.sub("比", _UNIT_RATIO.sub(r"\1比", text))


#: A sign quoted on its own, as a table's note explains it: "+"表示上涨，"-"表示回落,
#: “#”表示其中的主要项, and a dash that stands for no figure: “—”表示暂无数据 (横线).
_QUOTED_SIGN = re.compile(
    r"([“\"「])\s*([+＋\-－−#＃*＊△▲▼▽↑↓→★☆●■]|—{1,2}|－{2}|-{2})\s*([”\"」])"
)


#: An index's change in points with its sign, in brackets after its close: 收报3215.36点
#: (+16.63点) is 上涨十六点六三点, (-8.2点) 下跌八点二点.
_SIGNED_POINTS = re.compile(
    r"(?<=[（(])\s*([+＋\-－−])\s*(\d+(?:\.\d+)?\s*点)(?=\s*[)）])"
    # …and a price's change in brackets after the price and its unit: 3.85元/斤(+0.10)
    r"|(?<=[元斤克吨噸][（(])\s*([+＋\-－−])\s*(\d+(?:\.\d+)?)(?=\s*[)）])"
)


#: From one month and day to another, written with slashes: （10/26-11/1）.
_DAY_RANGE = re.compile(
    r"(?<![\d./])(\d{1,2})/(\d{1,2})\s*[-－—~～至到]\s*(\d{1,2})/(\d{1,2})(?![\d/.])"
)


#: …or with dots, in brackets after the week or the issue they date: 本周（6.3-6.9）.
_DOTTED_DAY_RANGE = re.compile(
    r"((?:周|週|期|旬)\s*[（(]\s*)(\d{1,2})\.(\d{1,2})\s*[-－—~～至到]\s*(\d{1,2})\.(\d{1,2})"
    r"(?=\s*[)）])"
)


def _day_range(m: re.Match[str], at: int = 0) -> str:
    """Two days of a range (10/26-11/1, 12/29-1/4): months that run forward and days that no pair of
    fractions would have (another month, a day past 12, a day before its month or the same:
    5/1-5/5, 5/5-5/11); 1/3-1/2 stays two fractions. The range's groups start after ``at``."""
    g = [m[at + k] for k in range(1, 5)]
    months, days = (int(g[0]), int(g[2])), (int(g[1]), int(g[3]))
    whole = m.group()[len(m[at]) :] if at else m.group()
    if not all(1 <= n <= 12 for n in months) or not all(1 <= n <= 31 for n in days):
        return whole
    # (or across the new year: 12/29-1/4)
    forward = (months[0], days[0]) < (months[1], days[1]) or months == (12, 1)
    unlike_fractions = months[0] != months[1] or max(days) > 12 or days[0] <= months[0]
    if not (forward and unlike_fractions):
        return whole
    first = f"{read_cardinal(g[0])}月{read_cardinal(g[1])}日"
    return f"{first}到{read_cardinal(g[2])}月{read_cardinal(g[3])}日"


#: What follows a day and no fraction: 12/25起, 3/15前, 6/30当天, 5/20上午.
_AFTER_DAY = re.compile(r"起|以?[前后]|之[前后]|当[天日]|[上下中]午|晚上|凌晨|开始|截止|止")


#: An index's base period set equal to 100 (2015年=100, 以2020年=100): 以二零一五年为一百.
_BASE_MONTH = (
    r"(?:(?:19|20)\d\d|[零一二三四五六七八九〇]{4})\s*年"
    r"(?:\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*月)?"
)
_BASE_PERIOD = re.compile(
    # (…or a span of months: 2029年10月至2030年9月=100)
    rf"(?:以\s*)?((?:{_BASE_MONTH}\s*(?:至|到|-|—|－)\s*)?{_BASE_MONTH})\s*=\s*100(?![\d.])"
)


#: A code's part after its letters and a hyphen (色号YN-7/1, 型号AB-3/4): no day, no share.
_CODE_SLASH = re.compile(r"(?<=[A-Za-z])-(\d{1,2})/(\d{1,2})(?![\d/.])")


#: What comes before a day and no fraction: 截至12/31, 放宽至2/28 (a share falls to one:
#: 降至1/20, 缩减至1/15).
_BEFORE_DAY = re.compile(r"(?:(?<![降减缩增升提扩压跌涨])至|止)\s*$")


def _fraction_or_day(m: re.Match[str]) -> str:
    """``1/3`` -> 三分之一; ``10/1`` (no fraction is written over a smaller whole or its own,
    nor over 1: 5/5) is a month and its day, as a holiday's table heads its columns:
    十月一日; so is a month over a day past 12 before a word of time or after one of until
    (12/25起 十二月二十五日起, 放宽至2/28 放宽至二月二十八日)."""
    top, bottom = int(m[1]), int(m[2])
    before = m.string[max(0, m.start() - 2) : m.start()]
    timed = _AFTER_DAY.match(m.string, m.end()) or _BEFORE_DAY.search(before)
    dated = 12 < bottom <= 31 and 1 <= top <= 12 and timed
    if 1 <= bottom <= top <= 12 or dated:
        return f"{read_cardinal(m[1])}月{read_cardinal(m[2])}日"
    if len(m[1]) > 1 and m[1].startswith("0"):
        return f"{read_digits(m[1])}斜杠{read_digits(m[2])}"  # 闽航警0215/24: a warning's number
    if top >= 10 and _PRICED.match(m.string, m.end()):
        return f"{m[1]}、{m[2]}"  # 票价：100/150元: two prices, no fraction of a yuan
    return f"{read_cardinal(m[2])}分之{read_cardinal(m[1])}"


#: Money after two figures set apart by a slash (100/150元): the prices of two classes.
_PRICED = re.compile(r"\s*(?:元|美元|港元|欧元|英镑|日元|块)")


#: A formula of letters and their indices (P1=P0-D, Q=P×V-C): its hyphens are 减, before a
#: hyphen between Latin words is taken for a space.
_LETTER_FORMULA = re.compile(
    r"(?<![A-Za-z\d])[A-Za-z]\d?\s*[=＝]\s*[A-Za-z]\d?(?:\s*[-+×÷*/]\s*[A-Za-z\d]\d?)+(?![A-Za-z\d])"
)
#: A scanner of two kinds in one, its names joined by a slash: PET/CT, SPECT/CT, PET/MR is
#: one machine, never a list (P E T、C T).
_DEVICE_PAIR = re.compile(r"(?<![A-Za-z])(PET|SPECT)\s*[/-]\s*(CT|MR|MRI)(?![A-Za-z])")


def _slashes_and_symbols(text: str) -> str:
    """Give ``/ - % + = & ×`` … their spoken form where the context makes it unambiguous.

    Rules: unit/unit-word ``/`` -> 每; Latin/Latin ``/`` and Latin-joining ``-`` -> space;
    ``n/d`` is a fraction (``1/3`` -> 三分之一, also ``10/20``: bulletins write dates with
    年月日, fractions with ``/``); any other ``/`` -> ``、``
    (alternatives: 斜纹夜蛾/甜菜夜蛾, 2万元/5万元), as is ``.`` between single characters
    (语.数.外 -> 语、数、外); ``.`` before a file extension -> 点;
    ``%`` without a number -> 百分比; ``>`` before a page name, ``>>``, ``»`` -> ``，``
    (a website path: 首页 > 通知公告); a sign quoted alone (``"-"表示回落``) -> 正号, 负号;
    a sign ``+`` -> 正; ``-`` between operands of a
    formula line (one with ``=``) -> 减; then the fixed words of
    ``_SYMBOL_WORDS`` (加, 等于, 乘, 除以, 和, Greek letter names …).
    """
    # a sign quoted alone, before the arrows and signs in figures are read (a dash doubled
    # is a dash: “--”表示未采集到数据)
    text = _MENTION.sub("艾特", text)
    text = _SIGN_THEN_HAO.sub(lambda m: (m[1] or "") + _SIGN_NAMES[m[2]] + (m[3] or ""), text)
    text = _QUOTED_SIGN.sub(lambda m: m[1] + _SIGN_NAMES.get(m[2], "横线") + m[3], text)
    text = _BLOOD_PRESSURE.sub(_pressure_pair, text)
    text = _SIGNED_POINTS.sub(
        lambda m: ("上涨" if (m[1] or m[3]) in "+＋" else "下跌") + (m[2] or m[4]), text
    )
    text = _SLASH_PER.sub("每", text)
    text = _PER_DOT.sub("每", text)
    text = _OFFSET.sub(_offset, text)
    text = _BASE_PERIOD.sub(r"以\1为100", text)
    text = _DIVIDED_BY.sub("除以", text)
    text = _DEFINED_RATIO.sub(lambda m: (m[1] or m[2]) + "除以", text)
    text = _TIMES_RATE.sub("乘", text)
    text = _PER_MINUTE.sub("每分钟", text)
    text = _PATH_SIGN.sub("，", text)
    # (a formula's minus between letters first, never the hyphen that joins Latin words:
    # P1=P0-D is P一等于P零减D; a hybrid scanner's names, PET/CT, one machine)
    text = _LETTER_FORMULA.sub(lambda m: formula_minus(m.group()), text)
    text = _DEVICE_PAIR.sub(r"\1 \2", text)
    text = _SLASH_LATIN.sub(" ", _SLASH_ACRONYMS.sub(r"\1、", text))
    text = _CODE_SLASH.sub(lambda m: f" {read_digits(m[1])}斜杠{read_digits(m[2])}", text)
    text = _LATIN_HYPHEN.sub(" ", text)
    text = _RATE_PER.sub(lambda m: f"{read_cardinal(m[2])}{m[3]}分之{read_number(m[1])}", text)
    text = _DAY_RANGE.sub(_day_range, text)
    text = _DOTTED_DAY_RANGE.sub(lambda m: m[1] + _day_range(m, 1), text)
    text = _TYPES_SLASHED.sub(lambda m: m.group().replace("/", "、"), text)
    text = _FRACTION.sub(_fraction_or_day, text)
    text = text.replace("/", "、")
    text = _DOTTED_LIST.sub(lambda m: m.group().replace(".", "、"), text)
    text = _FILE_EXT.sub("点", text)
    text = _LATIN_DOT_DIGIT.sub("点", text)
    text = _ARROW_DOWN.sub("下降", _ARROW_UP.sub("上升", text))
    text = _ARROW_AFTER_DOWN.sub(_moved("下降"), _ARROW_AFTER_UP.sub(_moved("上升"), text))
    text = _ARROW_ONE_TRIP.sub(r"\1至\2", _ARROW_TO_FIGURE.sub("到", text))
    text = _ARROW_TO_STOP.sub("、", text)
    text = _LONE_PERCENT.sub("百分比", text)
    text = _LONE_PER_MILLE.sub("千分比", text)
    text = _PLUS_SIGN.sub("正", _PLUS_POINTS.sub("加", text))
    text = formula_minus(text)
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
#: Section and version numbers with two dots or more: 3.1.2, V1.2.10 (each part a cardinal,
#: joined by 点: 三点一点二; a part padded with a zero digit by digit: V2.3.07 二点三点零七).
_DOTTED = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){2,}(?![\d.])")


#: A goal counted as a slogan counts it (三个100% 三个百分之百): a whole, said 百分之百, never
#: a rate of a hundred.
_COUNTED_WHOLE = re.compile(r"(?<=[个個])\s*100\s*[%％]")


#: A discount in tenths (9.5折, 8.8折): said by its digits, 九五折, as a shop says it.
_DISCOUNT = re.compile(r"(?<![\d.])([1-9])\.([1-9])(?=\s*折)")


def _decimals(text: str) -> str:
    """Percentages and decimal numbers are read here, never by wetext.

    wetext reads ``增长12.3`` as 增长十二月三日 (a date); these forms are unambiguous, so they are
    read directly: ``3.5%`` -> 百分之三点五, ``-28.2`` -> 负二十八点二,
    ``2～5%`` -> 百分之二到百分之五.
    """
    text = _DOTTED.sub(
        lambda m: "点".join(
            read_digits(p) if p[:1] == "0" and len(p) > 1 else read_cardinal(p)
            for p in m.group().split(".")
        ),
        text,
    )
    text = _DISCOUNT.sub(lambda m: read_digits(m[1] + m[2]), text)
    text = _COUNTED_WHOLE.sub("百分之百", text)
    text = _PERCENT_RANGE.sub(
        lambda m: f"百分之{read_number(m[1])}{m[2]}百分之{read_number(m[3])}", text
    )
    text = _PERCENT.sub(lambda m: ("负" if m[1] else "") + "百分之" + read_number(m[2]), text)
    return _DECIMAL.sub(lambda m: ("负" if m[1] else "") + read_number(m[2]), text)
