"""Steps 5–7: dates and times, ranges, years and digit-string names."""

from __future__ import annotations

import re
from collections.abc import Callable

from audiobulletin.normalize.chars import _RANGE_SEP
from audiobulletin.normalize.numbers import _read_hour, read_cardinal, read_digits
from audiobulletin.zh import BRACKETED_DAY_RE, HAN

# --------------------------------------------------------------------------------------------
# 5. Dates and times
# --------------------------------------------------------------------------------------------

#: ISO-like dates 2024-08-22, 2024/8/22, 2024.8.22 (validated as a calendar month/day).
_ISO_DATE = re.compile(r"(?<![\d.])(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?![\d.])")
#: Year and month: 2019.07, 2024-03, 2024/03 (a zero-padded month), or 2024.3 where a range
#: sign, 至 or 今 follows (2024.3—2024.6, 2019.7至今): CVs and schedules. Not an amount
#: (2024.5万元, 2020.05点).
_YEAR_MONTH = re.compile(
    r"(?<![\d./\-])((?:19|20)\d\d)(?:[.\-/](0[1-9]|1[0-2])|\.(1[0-2]|[1-9])"
    r"(?=\s*(?:[—\-–~～至到今])))(?![\d.]\d|/\d)(?!\s*(?:[万亿元%点]|美元))"
)
#: Two year-months joined by a range sign or 至: 2024.3—2024.6, 2023.09-2024.06.
_YEAR_MONTH_PAIR = re.compile(
    r"(?<![\d./\-])((?:19|20)\d\d)[.\-/](1[0-2]|0?[1-9])\s*((?:[—―–~～]{1,2}|-{1,2}|至|到))\s*"
    r"((?:19|20)\d\d)[.\-/](1[0-2]|0?[1-9])(?![\d.]\d|/\d)(?!\s*(?:[万亿元%点]|美元))"
)


#: A date left blank for its day to be filled in, as a draft or a form leaves it: 自2031年  月
#: 日起施行, 于×月×日前, ____年: each slot is said 某 (某月某日), never dropped (二零三一年月日) nor
#: read as a sign (乘月乘日).
_BLANK_SLOT = re.compile(
    r"(?<=[年月])[ \t\u3000_＿]+(?=[月日])"
    r"|(?:(?<=^)|(?<=[^\d\s_＿]))[ \t\u3000_＿]{2,}(?=年[ \t\u3000_＿]+月)"
    r"|(?<![A-Za-z\d])[×xX○]{1,2}(?=月[×xX○]{1,2}日)|(?<=月)[×xX○]{1,2}(?=日)"
    r"|(?<=年)[×xX○]{1,2}(?=月)",
    re.M,
)


def blank_dates(text: str) -> str:
    """``2031年  月  日`` -> 2031年某月某日 (see :data:`_BLANK_SLOT`); before the spaces are
    tidied, which would close them up."""
    # (a page's tidied spaces may have closed up the day's slot: 2031年 月日)
    text = _CLOSED_DAY_SLOT.sub(r"\1某", text)
    return _BLANK_SLOT.sub("某", text)


_CLOSED_DAY_SLOT = re.compile(r"(年[ \t\u3000_＿]+月)(?=日)")


#: A year and month after a CV's key (出生年月：1981.3, 入党时间：2005.6): a date however its
#: month is written, never 一千九百八十一点三.
_KEYED_YEAR_MONTH = re.compile(
    r"((?:出生|入党|入团|参加工作|任职|任现职|毕业|入伍|退休)(?:年月|时间|日期)\s*[：:]?\s*)"
    r"((?:19|20)\d\d)\.(1[0-2]|[1-9])(?!\d|\.\d)"
)
#: A CV's line for the post still held: 2019.11— and nothing after the dash (2019.11—　县商务局
#: 副局长) is 二零一九年十一月至今.
_OPEN_YEAR_MONTH = re.compile(
    r"(?<![\d./\-])((?:19|20)\d\d)[.\-/](1[0-2]|0?[1-9])\s*(?:[—―–~～]{1,2}|-{1,2})"
    r"(?:[^\S\n]*今(?![年天日后]))?"
    r"(?=[^\S\n]*(?:$|[，,][^\S\n]*[^\d\s至到今次翌当]|[^\d\s—―–~～\-至到今次翌当同上下本明后（(，,。；;]))",
    re.M,
)


_HAN_NEXT = re.compile(rf"[^\S\n]*[{HAN}A-Za-z]")


def _year_month(year: str, month: str) -> str:
    return f"{read_digits(year)}年{read_cardinal(month)}月"


def _year_months(text: str) -> str:
    """``2019.07`` -> 二零一九年七月, ``2024.3—2024.6`` -> 二零二四年三月到二零二四年六月,
    ``2019.11—`` closing a CV's line -> 二零一九年十一月至今."""

    def pair(m: re.Match[str]) -> str:
        joint = m[3] if m[3] in ("至", "到") else "到"
        return _year_month(m[1], m[2]) + joint + _year_month(m[4], m[5])

    text = _YEAR_MONTH_PAIR.sub(pair, text)

    def held(m: re.Match[str]) -> str:
        pause = "，" if _HAN_NEXT.match(m.string, m.end()) else ""
        return _year_month(m[1], m[2]) + "至今" + pause

    text = _OPEN_YEAR_MONTH.sub(held, text)
    text = _KEYED_YEAR_MONTH.sub(lambda m: m[1] + _year_month(m[2], m[3]), text)
    return _YEAR_MONTH.sub(lambda m: _year_month(m[1], m[2] or m[3]), text)


#: A range sign between two dates once read (2024-03-05—2024-03-08): 到.
_DATE_RANGE = re.compile(
    r"(?<=[日月])\s*(?:[—―–~～]{1,2}|-{1,2})\s*(?=[零一二三四五六七八九]{4}年)"
)


#: Zero-padded month-day 08-09, 12-05 (at least one side starts with 0: ``10-20`` is a range,
#: as in 10-20人, 10-20%), or a month-day before a clock time (``12-25 08:30``); not followed
#: by a unit.
_MONTH_DAY = re.compile(
    r"(?<![\d.\-:/号])(?=0|\d\d-0|\d\d-\d\d\s+\d{1,2}[:：]\d\d)"
    r"(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?![\d.\-:日号月时])"
)
#: Clock time H:MM or HH:MM[:SS], full-width colon allowed.
#: A 时 written after a clock time repeats its hour (北京时间10:00时): it is not said, unless
#: it starts a word (14:00时间段, 9:00时段).
_TIME = re.compile(
    # after a label's ASCII colon (时间:9:30), never after a clock's (the 30 of 9:30:15)
    # (nor after a quarter's or a half's letter: 2031年Q1：17起 is the quarter, then a count)
    # (a sentence's ASCII stop may come right before it: 会期半天.8:00-8:25签到)
    # (nor after a pollutant's code, its figure then a table's colon: PM10：41, NO2：56)
    r"(?<![\dQH])(?<!PM)(?<!NO)(?<!SO)(?<![A-Z]O)(?:(?<!\.)|(?<=[\u4e00-\u9fff]\.))"
    # (…but a clock after a label's number and its full-width colon is one: 考场2：14:30,
    # CET4：9:00; a clock's colons are all of a kind)
    r"(?<!\d:)(?:(?<!\d：)|(?=\d{1,2}:))"
    r"(\d{1,2})[:：](\d{2})(?:(?:(?<=:\d\d):|(?<=：\d\d)：)(\d{2}))?(?![\d:]|[.．]\d)"
    r"(?:时(?![间段期候刻]))?"
)
#: A leading zero before a date/time unit: 05日 08时 (a padding zero, not a spoken digit), or
#: in a paper's page or an issue after 第 (第06版 is 第六版), and at a span's start (02~08时);
#: after a label's colon too (时间：04日02时), never after a clock's (8:05分).
_PADDED = re.compile(
    r"(?<![\d.])(?<!\d[:：])0(\d)(?=[日时月分秒号点]|\s*[~～\-－—至到]\s*\d{1,2}\s*[日时点])"
    r"|(?<=第)0(\d)(?=\s*[版期])"
)
#: Minutes written with a zero after 时/点 keep it, as on a clock: 8时05分 is 八时零五分.
_ZERO_MINUTES = re.compile(r"(?<=[时点])0([1-9])(?=分)")


def _date_or_none(y: str, mo: str, d: str) -> str | None:
    if not (1 <= int(mo) <= 12 and 1 <= int(d) <= 31):
        return None
    return f"{read_digits(y)}年{read_cardinal(mo)}月{read_cardinal(d)}日"


#: Taiwan writes dates with slashes: 113/3/15 is a Republic-of-China year (read as a cardinal,
#: 一百一十三年三月十五日), as are 113.03.05 and 113-03-05 (a three-digit year from 100);
#: 3/15（五） is a month and a day when a weekday follows, as is 04/21 03:12 when a clock
#: time does.
_ROC_SLASH_DATE = re.compile(
    r"(?<![\d/.\-])(?:(\d{2,3})/(\d{1,2})/|(1[0-3]\d)([.\-])(\d{1,2})\4)(\d{1,2})(?![\d/.\-])"
)
#: A date written day first with its year last, as Hong Kong and imported goods print it
#: (15/01/2032, 此日期前最佳 03/12/2031): 二零三二年一月十五日.
_DAY_FIRST_DATE = re.compile(r"(?<![\d/.\-])(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)(?![\d/.\-])")
_SLASH_MONTH_DAY = re.compile(
    r"(?<![\d/.])(\d{1,2})/(\d{1,2})(?![\d/.])"
    r"(?=\s*[（(](?:周|星期|礼拜)?[一二三四五六日天][）)]|\s+\d{1,2}[:：]\d{2}(?!\d)"
    # …or when an event happens on it (11/30開跑, 5/10起实施): a fraction happens on no day
    r"|\s*(?:起|开跑|開跑|开幕|開幕|登场|登場|举行|舉行|举办|舉辦|开始|開始|截止|开放|開放|上路|上线"
    r"|上線|实施|實施|施行|生效|开卖|開賣|开课|開課|开学|開學|开工|開工|开通|開通|闭幕|閉幕))"
    # …or after the word that says when (于5/10举行, 自5/10起): never 小于1/3
    r"|(?:(?<=[自从從])|(?<![小大低高多少等当當][于於])(?<=[于於]))\s*(\d{1,2})/(\d{1,2})"
    r"(?![\d/.%％])(?!\s*的)"
)


#: A list of months and days joined by 、 (開放日期為7/12、7/13、7/19): dates when the clause
#: says it gives when (see :data:`_WHEN_WORD`); a list of fractions is no list of days.
_SLASH_DAY_LIST = re.compile(
    r"(?<![\d/.])\d{1,2}/\d{1,2}(?:\s*、\s*\d{1,2}/\d{1,2})+(?![\d/.%％])(?!\s*的)"
)
#: The days after a day already said in a list of them (3月15日、3/22、3/29): each a date
#: as the first is, never 二十二分之三.
_LISTED_SLASH_DAY = re.compile(
    r"(?<=[\d一二三四五六七八九十]日)(\s*、\s*)(\d{1,2})/(\d{1,2})(?![\d/.%％])(?!\s*的)"
)


#: A weekday written as one numeral in brackets after a date: 3月15日（五） is 星期五.
_BARE_WEEKDAY = re.compile(r"(?<=日)\s*([（(])([一二三四五六日天])([）)])")


def _slash_dates(text: str) -> str:
    """``113/3/15`` -> 一百一十三年三月十五日, ``3/15（五）`` -> 三月十五日（星期五）."""

    def roc(m: re.Match[str]) -> str:
        year, month, day = m[1] or m[3], m[2] or m[5], m[6]
        if not (1 <= int(month) <= 12 and 1 <= int(day) <= 31):
            return m.group()
        return f"{read_cardinal(year)}年{read_cardinal(month)}月{read_cardinal(day)}日"

    def said(month: str, day: str) -> str | None:
        if not (1 <= int(month) <= 12 and 1 <= int(day) <= 31):
            return None
        return f"{read_cardinal(month)}月{read_cardinal(day)}日"

    def month_day(m: re.Match[str]) -> str:
        month, day = (m[1], m[2]) if m[1] else (m[3], m[4])
        return m.group().replace(f"{month}/{day}", said(month, day) or f"{month}/{day}")

    def listed(m: re.Match[str]) -> str:
        days = [said(*re.split(r"\s*/\s*", day)) for day in re.split(r"\s*、\s*", m.group())]
        clause = re.split(r"[，。；,;\n]", m.string[: m.start()])[-1]
        if None in days or not _WHEN_WORD.search(clause):
            return m.group()
        return "、".join(day or "" for day in days)

    def glossed(m: re.Match[str]) -> str:
        day = said(m[2], m[3])
        if day is None or not _GLOSSED_DAY_WORD.search(text[max(0, m.start() - 3) : m.start()]):
            return m.group()
        return f"{m[1]}{day}{m[4]}"

    def day_first(m: re.Match[str]) -> str:
        # (a month first where the first number can be no month: 01/15/2032)
        day, month = (m[1], m[2]) if int(m[2]) <= 12 else (m[2], m[1])
        spoken = said(month, day)
        return f"{read_digits(m[3])}年{spoken}" if spoken else m.group()

    text = _DAY_FIRST_DATE.sub(day_first, text)
    text = _ROC_SLASH_DATE.sub(roc, text)
    text = _SLASH_DAY_LIST.sub(listed, text)
    text = _SLASH_MONTH_DAY.sub(month_day, text)
    text = _GLOSSED_SLASH_DAY.sub(glossed, text)
    text = _down_the_list(
        _LISTED_SLASH_DAY, lambda m: m[1] + (said(m[2], m[3]) or f"{m[2]}/{m[3]}"), text
    )
    return _BARE_WEEKDAY.sub(r"\1星期\2\3", text)


#: A month and a day in brackets after a lunar day, a festival or a weekday that it glosses,
#: as Taiwan writes it: 除夕(1/28), 初二(1/30), 週五(3/14): a date, never 二十八分之一.
_GLOSSED_SLASH_DAY = re.compile(r"([（(])\s*(\d{1,2})/(\d{1,2})\s*([）)])")
_GLOSSED_DAY_WORD = re.compile(
    r"(?:初[一二三四五六七八九十]|十[一二三四五六七八九]|廿[一二三四五六七八九]?|[二三]十|除夕|小年"
    r"|元宵|春[节節]|清明|端午|中秋|重阳|重陽|冬至|七夕|[周週][一二三四五六日]|星期[一二三四五六日天]"
    r"|[今明昨后後][天日])$"
)


#: Month and day written with 月 and 日/号: 2月2日 is 二月二日, never 二月两日.
_MONTH_AND_DAY = re.compile(r"(?<![\d.])(0?[1-9]|1[0-2])月(0?[1-9]|[12]\d|3[01])(?=[日号])")


#: Two days written month.day, a range: 7.8—7.12 (报名时间).
_DOTTED_DAY_RANGE = re.compile(
    r"(?<![\d.])(?:((?:19|20)\d\d)\.)?(\d{1,2})\.(\d{1,2})\s*[—–\-~～至到]\s*(\d{1,2})\.(\d{1,2})"
    r"(?![\d.%])"
)


#: Words that say a clause gives when: 报名时间：…, 活动日期…, 开放日：….
_WHEN_WORD = re.compile(r"时间|時間|日期|期间|期間|开放|開放|日\s*[:：]|展期|会期|會期|档期|檔期")


def _dotted_days(m: re.Match[str]) -> str:
    """``7.8—7.12`` -> 七月八日到七月十二日: days of one month, the second later, that as
    decimals would run backwards (7.12 is less than 7.8; no range of figures is written
    so), or in a clause that says it gives when (报名时间：7.1—7.31). Any other pair stays
    figures."""
    year, month, first, last = m[1], int(m[2]), int(m[3]), int(m[5])  # (m[4]: its month)
    backwards = float(f"{m[4]}.{m[5]}") < float(f"{m[2]}.{m[3]}")
    clause = re.split(r"[，。；,;\n]", m.string[: m.start()])[-1]
    # 报名时间：7.1—7.31; a year before the first (2031.8.12-8.16) dates both
    said_when = _WHEN_WORD.search(clause) is not None
    dated = year is not None or said_when
    other = int(m[4])
    # (into a later month, or over the year's end, where the clause says it gives when:
    # 展期：1.29-2.28, 时间：12.20-1.5)
    later = (
        (other, last) > (month, first) and (other == month or year is not None or said_when)
    ) or (said_when and month == 12 and other == 1)
    if not (
        1 <= month <= 12 and 1 <= other <= 12 and 1 <= min(first, last) <= max(first, last) <= 31
    ):
        return m.group()
    if not later or not (backwards or dated):
        return m.group()
    begun = f"{read_digits(year)}年" if year else ""
    return (
        f"{begun}{read_cardinal(month)}月{read_cardinal(first)}日"
        f"到{read_cardinal(other)}月{read_cardinal(last)}日"
    )


def _dates(text: str) -> str:
    """ISO dates -> 二零二四年八月二十二日; ``08-09`` -> 八月九日; ``05日`` -> 5日; Taiwan's
    slashed dates (see :func:`_slash_dates`)."""
    text = _DOTTED_DAY_RANGE.sub(_dotted_days, text)
    text = _ISO_DATE.sub(lambda m: _date_or_none(m[1], m[3], m[4]) or m.group(), text)
    text = _slash_dates(text)
    text = _DATE_RANGE.sub("到", _year_months(text))
    text = _MONTH_DAY.sub(lambda m: f"{read_cardinal(m[1])}月{read_cardinal(m[2])}日", text)
    # (the digit said as a digit, never the 两 of a count: 5时02分 is 五时零二分)
    text = _ZERO_MINUTES.sub(lambda m: "零" + read_digits(m[1]), text)
    return _PADDED.sub(lambda m: m[1] or m[2], text)


#: A day of a lunar month, written with a digit after 初: 农历8月初2 is 初二, never 初两.
_LUNAR_EARLY_DAY = re.compile(
    r"(?<=初)(?<![最起当年月]初)(10|[1-9])(?![\d.]|\s*(?:个|名|位|人|天|次|年|届|批))"
    r"|(?<=月初)(10|[1-9])(?![\d.])"
)


def _month_days(text: str) -> str:
    """``2月2日`` -> 二月二日 (after ranges, which need the digits: 1月27日—2月2日); ``初2`` ->
    初二."""
    text = _LUNAR_EARLY_DAY.sub(lambda m: read_cardinal(m[1] or m[2]), text)
    return _MONTH_AND_DAY.sub(lambda m: f"{read_cardinal(m[1])}月{read_cardinal(m[2])}", text)


def _speak_time(m: re.Match[str]) -> str:
    hour, minute, second = int(m[1]), int(m[2]), int(m[3] or 0)
    if hour > 24 or minute > 59 or second > 59:
        return m.group()
    spoken = _read_hour(hour) + "点"
    if minute or second:
        spoken += _after_larger_unit(minute, "分")
    if second:
        spoken += _after_larger_unit(second, "秒")
    return spoken


def _after_larger_unit(n: int, unit: str) -> str:
    """Minutes or seconds after the unit above them, said with the zero they are written
    with (9:05 九点零五分, 2:05:30 两小时零五分三十秒)."""
    return ("零" if n < 10 else "") + read_cardinal(n) + unit


#: A race or a trip timed in h:mm:ss after 用时, 成绩 …: 用时2:05:30 is 两小时零五分三十秒; so
#: is one before the record or the win it sets (2:09:47的赛会纪录, 2:08:15夺冠) or after a
#: race's class (男子1:02:35): a clock is never set to the second in a race's report.
_DURATION = re.compile(
    r"(用时|耗时|历时|成绩(?:分别)?[为是]?|纪录[为是]?|紀錄[為是]?|标准[为是]?|跑出|以|男子|女子)"
    r"\s*(\d{1,2}):([0-5]\d):([0-5]\d)(?![\d:])"
    r"|()(?<![\d:.])(\d{1,2}):([0-5]\d):([0-5]\d)(?![\d:])"
    r"(?=\s*(?:的[^，。；,;\d]{0,8}(?:成绩|纪录|紀錄|记录)|夺冠|奪冠|夺得|摘得|完赛|冲线|撞线|打破|刷新))"
)


#: The times after the first of a list of them (成绩分别为2:11:48、2:12:05): the list is one of
#: times taken, so each is a duration as its first is.
_LISTED_DURATION = re.compile(r"(?<=秒)(\s*[、和及与]\s*)(\d{1,2}):([0-5]\d):([0-5]\d)(?![\d:])")


def _down_the_list(
    pattern: re.Pattern[str], speak: str | Callable[[re.Match[str]], str], text: str
) -> str:
    """``pattern`` said with ``speak`` again and again, each item of a list read after the
    one before it is: a match's lookbehind sees the item before it said already."""
    while True:
        said = pattern.sub(speak, text)
        if said == text:
            return text
        text = said


def _speak_duration(m: re.Match[str]) -> str:
    if m[2] is None:
        return _duration(int(m[6]), int(m[7]), int(m[8]))
    return m[1] + _duration(int(m[2]), int(m[3]), int(m[4]))


def _duration(hours: int, minutes: int, seconds: int, fraction: str = "") -> str:
    """A time taken, said by its units: 2:21.45 两分二十一秒四五; no minutes, none said
    (0:46.218 四十六秒二一八, never 零分零秒), nor zero minutes after the hours (2:00:00
    两小时)."""
    spoken = (_read_hour(hours) + "小时") if hours else ""
    timed = seconds or fraction
    if hours and minutes:
        spoken += _after_larger_unit(minutes, "分")
    elif hours and timed:
        spoken += "零"
    elif minutes or not (hours or timed):
        spoken += _counted(minutes) + "分"
    if timed:
        if not seconds:
            spoken += "零秒"
        elif minutes:
            spoken += _after_larger_unit(seconds, "秒")
        else:
            spoken += _counted(seconds) + "秒"
    return spoken + read_digits(fraction)


def _counted(n: int) -> str:
    """A number of minutes or seconds: 2 is 两 (两分, 两秒)."""
    return "两" if n == 2 else read_cardinal(n)


#: A time taken to the hundredth, m:ss.ff or h:mm:ss.f (31:03.33, 2:05:33.1): a clock has no
#: fraction of a minute and a score none of a goal, so it is a race's time wherever it
#: stands, 三十一分零三秒三三, never 三十一比三点三三.
_RACE_TIME = re.compile(
    r"(?<![\d.:：])(?:(\d{1,2}):(?=\d\d:))?(\d{1,2}):([0-5]\d)\.(\d{1,3})(?![\d:.])"
)


def _race_time(m: re.Match[str]) -> str:
    return _duration(int(m[1] or 0), int(m[2]), int(m[3]), m[4])


#: Seconds written with their leading zero after the minutes: 2分03秒45 is 两分零三秒四五, as
#: 1小时05分 is 一小时零五分.
_PADDED_SECONDS = re.compile(r"(?<=\d分)0([1-9])(?=秒)")


#: A 24-hour clock after the part of the day it is in (下午14:00-18:00, 晚上20:30): the
#: part of the day says the afternoon, so the hour is said on the 12-hour clock.
_PART_OF_DAY_CLOCK = re.compile(
    r"(下午|晚上|傍晚|夜间|夜里|今晚|明晚)\s*(1[3-9]|2[0-3])((?:[:：]\d\d){1,2})"
    r"(?:(\s*(?:[-~～—–]{1,2}|至|到)\s*)(1[3-9]|2[0-3])(?=[:：]\d\d))?"
)


def _on_twelve_hours(m: re.Match[str]) -> str:
    until = m[4] + str(int(m[5]) - 12) if m[5] else ""
    return m[1] + str(int(m[2]) - 12) + m[3] + until


#: A weekday written against a clock time (每周五17:00前): a pause between them, or 周五十七点
#: is heard as 周五十七.
_WEEKDAY_THEN_CLOCK = re.compile(
    r"(?:(?<=[周週][一二三四五六日])|(?<=星期[一二三四五六日天]))(?=\d{1,2}[:：]\d{2})"
)


def _times(text: str) -> str:
    """``14:30`` -> 十四点三十分, ``9:00`` -> 九点, ``9:05`` -> 九点零五分, ``2:00`` -> 两点,
    ``10:00时`` -> 十点 (the hour is not said twice), ``下午14:00-18:00`` -> 下午两点到六点
    (the afternoon said once, as a newsreader says it); a
    time taken (``用时2:05:30``) -> 两小时零五分三十秒."""
    text = _PART_OF_DAY_CLOCK.sub(_on_twelve_hours, text)
    text = _WEEKDAY_THEN_CLOCK.sub("，", text)

    def ratio(m: re.Match[str]) -> bool:
        """师生比不低于1:25, 按1∶15的师生比, 生师比为1:17.5: a ratio, read 比 later."""
        before = m.string[max(0, m.start() - 10) : m.start()]
        return bool(_RATIO_BEFORE.search(before) or _RATIO_AFTER.match(m.string, m.end()))

    def speak(m: re.Match[str]) -> str:
        return m.group() if ratio(m) else _speak_time(m)

    def race(m: re.Match[str]) -> str:
        return m.group() if ratio(m) else _race_time(m)

    text = _DURATION.sub(_speak_duration, _RACE_TIME.sub(race, text))
    text = _down_the_list(_LISTED_DURATION, _speak_duration, text)
    return _TIME.sub(speak, text)


#: …or right after it: 按1∶15的师生比配备, 1:1比例.
_RATIO_AFTER = re.compile(r"\s*的?(?:师生比|生师比|比例|配比|比值|比率)")
#: What says a colon between numbers is a ratio, earlier in its clause: 师生比不低于1:25,
#: 按1:1比例, 配比为3:2 (not 比赛, whose hour it is).
_RATIO_BEFORE = re.compile(
    r"(?:比例|之比|配比|比率|比值|(?<=[生员床车口性力师])比(?!赛))[^，。；,;：\d]{0,6}$"
)


def _bracketed_days(text: str) -> str:
    """``今（15）日`` -> 15日, as Taiwan's papers write a day named from today: the date,
    without the word and brackets that frame it (set apart by spaces, 今 (22) 日, too); with
    日 inside them, ``今(23日)`` -> 今天23日."""
    return BRACKETED_DAY_RE.sub(
        # (with 日 inside the brackets the word is said as well: 今(23日) is 今天二十三日)
        lambda m: (m[1] + "天" if m[3] else "") + m[2] + "日",
        _SPACED_DAY_WORD.sub("", text),
    )


#: The pause a space made between the word for the day and its date in brackets: 今 (22) 日.
_SPACED_DAY_WORD = re.compile(r"(?<=[今昨明前])，(?=[（(]\s*\d{1,2}\s*[)）]\s*日)")


#: A whole hour written with its zero minutes: 10时00分, 下午3時00分 (not 10时00分30秒).
_WHOLE_HOUR = re.compile(r"(?<!\d)(\d{1,2}\s*[时時点點])\s*00\s*分(?!\s*\d)")


#: An hour and its minutes in four digits, as ships and the military write them (0800时,
#: 1830时, 每日0000-2400时), the hour up to 24; never a count of hours (1500小时).
_FOUR_DIGIT_HOUR = re.compile(
    r"(?<![\d.:：])([01]\d|2[0-4])([0-5]\d)"
    r"(?=(?:\s*[-—–~～至到]\s*(?:[01]\d|2[0-4])[0-5]\d)?时(?![间期候刻代]))时?"
)


def _whole_hours(text: str) -> str:
    """``10时00分`` -> 10时: an announcer says the hour, never 十时零分; so is ``0800时`` (八时)."""
    text = _FOUR_DIGIT_HOUR.sub(
        lambda m: f"{int(m[1])}时{int(m[2])}分" if int(m[2]) else f"{int(m[1])}时", text
    )
    return _WHOLE_HOUR.sub(r"\1", text)


def _padded_seconds(text: str) -> str:
    """``2分03秒45`` -> 2分零三秒45: seconds with their leading zero, before a unit reads them."""
    return _PADDED_SECONDS.sub(lambda m: _after_larger_unit(int(m[1]), ""), text)


# --------------------------------------------------------------------------------------------
# 6. Ranges
# --------------------------------------------------------------------------------------------

#: A dash/tilde between a number (optionally followed by up to 3 unit characters: 年, 日,
#: 万元, %, ℃-turned-摄氏度 …) and a number (optionally negative, or after 次日:
#: 20:00—次日8:00). After 至 or 到 the range is already said, and a hyphen is the next
#: number's minus sign (-3至-1), as it is after 和, 及, 与, 或 (-7.9%和-6.1%).
_RANGE = re.compile(
    # (a figure's unit may be per another: 0.42元/股-0.53元/股, never a minus)
    rf"(\d(?:[%{HAN}]{{0,3}}(?:/[{HAN}]{{1,3}})?|[:：]\d\d)(?:[（(][^（）()]{{1,8}}[)）])?)"
    rf"(?<![至到和及与或]){_RANGE_SEP}"
    r"(?=(?:次日|翌日|次年|当日)?[-+]?\d)"
)
#: A tilde between two Han words joins two grades of a scale: 中～大雨 is 中到大雨, 小~中雪
#: is 小到中雪 (a dash there is a pause, a tilde never is).
_GRADE_RANGE = re.compile(rf"(?<=[{HAN}])[~～〜](?=[{HAN}])")
#: A single dash between two places is the connecting mark of a route (GB/T 15834's 一字线:
#: 起止): 北京—上海段, （柳湾—河西镇）, 成都-重庆航线 are said 至; only where the second
#: place names a stretch or a line, or closes a bracket, so a dash used as a pause stays one;
#: a list of routes is named so by its last.
_ROUTE = re.compile(
    rf"(?<=[{HAN}])\s*[—―–-](?![—―–-])\s*"
    # (…or the first of a list of routes the last one names: 金陵—三亚、金陵—哈尔滨等航线)
    rf"(?=[{HAN}]{{1,8}}?(?:[、和及][{HAN}]{{1,8}}?[—―–-][{HAN}]{{1,8}}?)*"
    r"(?:段|线|区间|方向|高速|铁路|高铁|航线|航班|班列|公路|[)）]))"
)
#: In a formula line (one holding ``=``), a hyphen between two operands is 减 (minus).
_FORMULA_MINUS = re.compile(rf"(?<=[\w{HAN}）)%])\s*-\s*(?=[\w{HAN}（(])")


#: An index's base in brackets (（上年同月=100）, (2020=100)): no formula's equals sign.
_INDEX_BASE = re.compile(r"[（(][^（）()\n]{0,12}[=＝]\s*100\s*[)）]")


def _minus_in_formulas(text: str, minus: re.Pattern[str], signs: str) -> str:
    """Each sentence of ``text`` that holds one of the formula's ``signs`` (an ``=`` of an
    index's base, 上年同月=100, is none) with what ``minus`` finds said 减; other sentences
    as they are."""
    return "".join(
        minus.sub("减", part) if re.search(f"[{signs}]", _INDEX_BASE.sub("", part)) else part
        for part in re.split(r"(?<=[\n。；;！？!?])", text)
    )


def formula_minus(text: str) -> str:
    """Each sentence that holds an ``=`` (other than an index's base, 上年同月=100) with its
    hyphens between operands said 减; a sign before a rate in the next sentence stays
    a sign (同比增长-4.7% is 负, never 减)."""
    return _minus_in_formulas(text, _FORMULA_MINUS, "=＝")


#: A minus between a formula's terms, one of them a word or a bracket (收入额－60000元－专项
#: 扣除, (收入－费用)×20%): 减, before an amount after a word is taken for one below nought.
_FORMULA_TERM = re.compile(
    # (never a value's sign after the verb that takes it: 同比增长-4.7%, 利润为-3万元)
    rf"(?<=[{HAN}）)%])(?<![长降为是至到达比率幅跌涨：:])\s*[-－−]\s*(?=[\d{HAN}（(])"
    rf"|(?<=\d)\s*[-－−]\s*(?=[{HAN}（(])"
    # …or a rate taken from one in brackets after a times sign: ×（1－20%）
    r"|(?<=[×*][（(]1)\s*[-－−]\s*(?=\d+(?:\.\d+)?\s*%\s*[)）])"
)


def formula_terms(text: str) -> str:
    """Each sentence that works a formula (an ``=``, other than an index's base, or a times
    or divide sign) with the minus between its terms said 减 (see :data:`_FORMULA_TERM`)."""
    return _minus_in_formulas(text, _FORMULA_TERM, "=＝×÷")


#: A sum worked out in figures up to its equals sign: 60000×10%-2520=, 8-3=.
#: (its terms may stand in brackets, and be divided by a slash: (16.8-11.5)/11.5=)
_WORKED_SUM = re.compile(
    r"[（(]?\d[\d.,]*%?[)）]?"
    r"(?:\s*(?:[×÷*+＋\-－/]|乘|除以)\s*[（(]?\d[\d.,]*%?[)）]?)+\s*[=＝]"
)


def worked_sums(text: str) -> str:
    """A hyphen inside a sum worked out in figures is 减 (60000×10%-2520=3480), before a
    hyphen between two figures is taken for a range; its slash is 除以 ((16.8-11.5)/11.5=)."""
    return _WORKED_SUM.sub(
        lambda m: re.sub(r"\s*/\s*", "除以", re.sub(r"\s*[\-－]\s*", "减", m.group())), text
    )


#: The verbs a match's score stands before (以3-1战胜, 半场44-40领先).
_MATCH_VERBS = (
    "战胜|击败|取胜|获胜|负于|不敌|力克|逆转|战平|胜出|的比分|告负|落败"
    "|完胜|大胜|小胜|险胜|惜败|憾负|横扫|逼平|领先|落后|拿下|扳平|赢下|先下|淘汰"
    # (…or the side it is won by, and a run of points: 客胜, 以93-92反超, 一波8-0的攻势)
    "|客胜|主胜|反超|锁定|占优|胜(?![利任地诉率])|负(?![责担债面荷])|的攻势|攻势|的高潮"
)
#: The part of a match whose score an aside in brackets gives: 以5-4(常规时间1-1)淘汰.
_MATCH_PART = r"(?:常规时间|加时赛?|点球大战|点球|互射点球|全场|半场|上半场|下半场)"
#: A tiebreak's points in brackets after a set's score: 7-6(5); or the score of a part of
#: the match: 5-4(常规时间1-1), 3-2（点球2-1）.
_TIEBREAK = (
    r"(?:\s*[（(](?:\d{1,2}"
    rf"|{_MATCH_PART}[为是]?\s*\d{{1,3}}\s*[-—–:：]\s*\d{{1,3}})[)）])?"
)
#: What a team's name ends in: 中国队, 中国女排, 国足.
_TEAM = "(?:队|[男女][排篮足]|国足)"
#: A score before the verb of a match, after 比分 (比分为2-0, 比分定格在88-76) or after the
#: verb that ends in it (战成1-1平, 扳成2:2): 以3-1战胜 is 以三比一战胜, not a range; 以21:19获胜
#: and 比分21:19 are not clock times.
_SCORE = re.compile(
    r"(?<![\d.:：\-—–])(\d{1,3})\s*[-—–:：]\s*(\d{1,3})(?![\d.])"
    rf"(?={_TIEBREAK}\s*(?:{_MATCH_VERBS}))"
    # (…or after a set's tally: 局分3-2)
    r"|(?:(?<=比分)|(?<=比分[为是])|(?<=比分(?:定格|锁定|改写|变为)[在为成])|(?<=[战打踢扳]成)"
    r"|(?<=[局盘]分))"
    r"\s*(\d{1,3})\s*[-—–:：]\s*(\d{1,3})(?![\d.])"
    # …or with a dash after the teams it is between (两队1-1握手言和; never their ages, 18-35岁)
    r"|(?<=[两双]队)(\d{1,3})\s*[-—–]\s*(\d{1,3})(?![\d.])(?!\s*(?:周?岁|人|名))"
    # …or between the two teams it is for (中国队4-3日本队, 中国女排3:0巴西女排; a clock's
    # minutes are never one digit)
    r"|(?:(?<=队)|(?<=[男女][排篮足])|(?<=国足))"
    r"(\d{1,3})\s*(?:[-—–]\s*(\d{1,3})|[:：](\d))(?![\d.])(?!\s*(?:周?岁|人|名))"
    rf"(?=[\u4e00-\u9fff]{{1,6}}?{_TEAM})"
    # …or a set's score in a list of them before the verb (以6-4、7-5击败对手, 以25:23、21:25、
    # 25:19拿下比赛: never a clock, 二十一点二十五分)
    r"|(?<![\d.:：])(\d{1,2})\s*[-—–:：]\s*(\d{1,2})(?![\d.])"
    rf"(?={_TIEBREAK}(?:\s*[、，,]\s*\d{{1,2}}\s*[-—–:：]\s*\d{{1,2}}{_TIEBREAK})+"
    rf"\s*(?:{_MATCH_VERBS}))"
)
#: The score of a part of a match in brackets, closed after it (5-4(常规时间1-1)淘汰,
#: （点球4:3）): a score, never a range or a clock.
_PART_SCORE = re.compile(
    rf"([（(]{_MATCH_PART}[为是]?\s*)(\d{{1,3}})\s*[-—–:：]\s*(\d{{1,3}})(?=\s*[)）])"
)
#: The scores after the first of a list of them (比分为25:21,18:26,29:19): the list is one
#: of scores, so each is a score as its first is, never a clock (十八点二十六分).
_LISTED_SCORE = re.compile(
    r"(?<=\d比\d)(\d{0,2}\s*[、，,]\s*)(0|[1-9]\d{0,2})\s*[-—–:：]\s*(0|[1-9]\d{0,2})(?![\d.:：])"
    # (an item of the list, closed by the next or by the sentence: never 19:30开始)
    r"(?=\s*(?:[、，,。；;）)]|$))"
)


#: (a score is never written with a leading zero, as a clock's minutes are: 9:00)
_GAME = rf"(?:0|[1-9]\d?)\s*[-—–:：]\s*(?:0|[1-9]\d?)(?!\d){_TIEBREAK}"
#: A match's score with its games' or sets' scores listed in brackets after it
#: (以3:2（9:11、8:11、11:7）, 3-1（25:21、23:25）): each a score, never a range or a clock.
_GAME_SCORES = re.compile(
    r"(?<![\d.:：\-—–])(0|[1-9]\d{0,2})\s*[-—–:：]\s*(0|[1-9]\d{0,2})\s*"
    rf"[（(]((?:{_GAME}\s*[、，,]\s*)+{_GAME})[)）]"
)


#: A period and then its rate with a minus sign: in 3月份-2.8%, the rate fell 2.8 per cent
#: in March; a range never runs from a month to a rate.
_PERIOD_THEN_RATE = re.compile(
    r"(?<=\d)(月份|季度|年度|月|年)\s*[-－−]\s*(?=\d+(?:\.\d+)?\s*[%％])"
)


#: A minus sign between what is measured and its amount (价差-120元/吨, 价差为-567元, 利润-3.2
#: 亿元, 约-120米): the amount is below nought, never a range or a pause.
_SIGNED_AMOUNT = re.compile(
    r"(?<=[差额值润益为是：:约])[-－−]"
    r"(?=\d+(?:\.\d+)?\s*(?:元|美元|港元|万|亿|%|％|个基点|点|吨|米|千米|公里))"
    # …or on the near end of a range whose far end is signed (-120米至+860米)
    r"|(?<![\dA-Za-z.])[-－−](?=\d+(?:\.\d+)?[^\d\s，。；,;]{0,3}\s*[至到~～]\s*[+＋]\d)"
)


#: A futures spread between two contract months: 5-9价差 is 五九价差, never 五到九.
_SPREAD = re.compile(
    r"(?<!\d)(?<!\d\.)(1[0-2]|0?[1-9])[-－](1[0-2]|0?[1-9])(?=\s*(?:价差|月差|跨期价差))"
)


#: Numbers joined by hyphens that name one thing, not a range: a table or a figure of a
#: chapter (附表2-1, 图3-2), a flat (5-2-301: building, unit, room).
_HYPHENED_NAME = re.compile(
    r"(?<=[表图圖])\s*(\d{1,3}(?:-\d{1,3})+)(?![\d-])(?!\s*月)"
    r"|(?<![\d.\-])(\d{1,4}-\d{1,4}-\d{1,4})(?![\d.\-])"
    # …or a room's, its building and its number (3-201教室, B2-07诊室, B2-07至B2-10诊室)
    r"|(?<![\d.\-])(\d{1,2}-\d{2,4})(?=(?:[至到、][A-Z]?\d{1,2}-\d{2,4})*"
    r"(?:室|教室|诊室|診室|会议室|會議室|房间|房間|宿舍|病房))"
)


def _ranges(text: str) -> str:
    """``50～100`` -> 50到100, ``1994年—2001年`` -> 1994年到2001年 (至 and 到 stay); a score
    ``3-1战胜`` -> 3比1战胜; a tilde between Han: ``中～大雨`` -> 中到大雨; a route's dash:
    ``北京—上海段`` -> 北京至上海段; two sizes named by the same letters: ``DN300-DN800`` ->
    DN300到DN800; a name made of
    numbers and hyphens (附表2-1, 12-3-501室) is read with 杠 (十二杠三杠五零一室). In a
    formula (a line with its =), a hyphen between operands is 减: 60000×10%-2520=3480元."""
    text = worked_sums(formula_terms(text))
    text = _HYPHENED_NAME.sub(
        lambda m: "杠".join(
            read_cardinal(part)
            if len(part) <= 2 and not part.startswith("0")
            else read_digits(part)
            for part in (m[1] or m[2] or m[3]).split("-")
        ),
        text,
    )
    text = _PERIOD_THEN_RATE.sub(r"\1负", text)
    text = _SIGNED_AMOUNT.sub("负", text)
    text = _SPREAD.sub(lambda m: read_cardinal(m[1]) + read_cardinal(m[2]), text)
    text = _GAME_SCORES.sub(
        lambda m: f"{m[1]}比{m[2]}（" + re.sub(r"\s*[-—–:：]\s*", "比", m[3]) + "）", text
    )
    text = _SCORE.sub(lambda m: "比".join(g for g in m.groups() if g is not None), text)
    text = _PART_SCORE.sub(r"\1\2比\3", text)
    text = _down_the_list(_LISTED_SCORE, r"\1\2比\3", text)
    text = _ROUTE.sub("至", _PREFIXED_RANGE.sub(r"\1\2到\1", text))
    return _GRADE_RANGE.sub("到", _RANGE.sub(r"\1到", text))


#: Two sizes of one kind named by the same letters: DN300-DN800 is DN300到DN800.
_PREFIXED_RANGE = re.compile(r"(?<![A-Za-z])([A-Z]{1,3})(\d+)\s*(?:[-~～—–]{1,2})\s*\1(?=\d)")


# --------------------------------------------------------------------------------------------
# 7. Years and digit-string names
# --------------------------------------------------------------------------------------------

#: Four-digit years: before 年/学年/财年 (年度 included), or a 19xx/20xx that names an event
#: or edition (2021世界人工智能大会, 2024版, 2022赛季, 2008北京奥运会, 2010上海世博会), or a
#: model year (2032款); after a sentence's ASCII stop too (…证书.2031届毕业生), never after
#: a decimal's point (3.2031).
_YEAR = re.compile(
    r"(?<!\d)(?<!\d\.)(\d{4})(?=\s*(?:年|学年|财年))"
    r"|(?<!\d)(?<!\d\.)((?:19|20)\d\d)"
    r"(?=\s*(?:世界|中国|全国|国际|全球|版|赛季|届|级(?!以上|以下)|夏季|冬季|春季|秋季"
    r"|暑期|暑假|寒假|春节|国庆"
    # (…or a theatre's season: 2030春夏演出季, 2031音乐季)
    r"|春夏|秋冬|演出季|音乐季|音樂季|艺术季|藝術季))"
    r"|(?<![\d.共有达计约近超逾])((?:19|20)\d\d)(?=款)"
    r"|(?<!\d)(?<!\d\.)((?:19|20)\d\d)(?![人个名家件项位次元万亿吨台辆户所座条])"
    r"(?=[\u4e00-\u9fff]{1,6}?(?:运动会|奥运会|亚运会|残运会|世博会|博览会|世界杯|年会|论坛|峰会"
    r"|艺术节|文化节|电影节|旅游节|马拉松|锦标赛|大会|展览会|地震|洪水|暴雨|洪灾"
    # (…or a survey's datum: 1985国家高程基准, 2000国家大地坐标系, 1980西安坐标系)
    r"|高程基准|坐标系|坐標系|高程系))"
    # …or the year that ends or opens a campaign's or a plan's quoted name (“净网2024”专项行动,
    # 「2050净零排放路径」)
    # (…or a title's: 《血的教训2030》, 《健康中国2030》)
    r"|(?<=[\u4e00-\u9fff])(?<![共约达为有计超近逾])((?:19|20)\d\d)(?=[”\"」』》〉])"
    # …or its edition after an event's name: 渣打香港馬拉松2032, 青川博览会2031
    r"|(?<=马拉松|馬拉松|博览会|博覽會|运动会|運動會|锦标赛|錦標賽|艺术节|藝術節|文化节|文化節)"
    r"\s?((?:19|20)\d\d)(?![\d年])"
    r"|(?<=[“\"「『])((?:19|20)\d\d)(?=[\u4e00-\u9fff]{2})(?![人个名家件项位次元万亿吨台辆户年])"
)
#: A year that ends an event's name in Latin letters (Jazz-Week-2030, Expo 2031): digit by
#: digit, its hyphen a space (Jazz Week 二零三零), never a pause.
_LATIN_NAMED_YEAR = re.compile(r"(?<=[a-z])[-_\s]((?:19|20)\d\d)(?![\d.])")
#: Two years joined by 到/至/、/和 (1900–2099 both, the second not followed by an amount unit).
_YEAR_PAIR = re.compile(
    r"(?<![\d.])((?:19|20)\d\d)(\s*(?:到|至|、|和)\s*)((?:19|20)\d\d)"
    r"(?![\d.]|\s*(?:[万亿千百元人个米吨亩]|美元|公里|平方))"
    # …or an older span of years, before its 年 (明朝1368—1644年, 1840-1842年)
    r"|(?<![\d.])(1\d{3})(\s*(?:到|至)\s*)(1\d{3}|20\d\d)(?=\s*年)"
)
#: Republic-of-China (民国) years: three digits with a month, 学年, or after 民国 -> cardinal.
_ROC_YEAR = re.compile(
    r"(?:(?<=民国)(\d{2,3})|(?<![\d.])(\d{3}))(?=年\d{1,2}月|学年|年度)|(?<=民国)(\d{1,3})(?=年)"
)
#: The words that name a year from this one (明年, 去年), which a year in brackets may gloss.
GLOSSED_YEAR_WORDS = "明本今去前"
#: A year in brackets after the word that names it from this one, as Taiwan's papers write
#: it: 明（122）年, 本(121)年度, 去（2026）年 -> 明年, 本年度, 去年 (the number, of the Republic
#: or not, only glosses the word, as 今（15）日 does a day).
_BRACKETED_YEAR = re.compile(rf"(?<=[{GLOSSED_YEAR_WORDS}])[（(]\s*\d{{2,4}}\s*[)）](?=\s*年)")
#: Dated incident names: “5·13” 9·11 (a middle dot between two short numbers).
_INCIDENT = re.compile(r"(?<![\d.])(\d{1,2})[·・‧•](\d{1,2})(?![\d.])")
#: Quoted dotted names: “5.12” (an ASCII dot, only inside quotes).
_QUOTED_DOTTED = re.compile(r"(?<=[“\"「])(\d{1,2})\.(\d{1,2})(?=[”\"」])")
#: A number alone inside quotes is a name: “618”, “1369”工程 (digit by digit); service
#: numbers (“110”, “12345”) with 幺, as on the phone. Two digits stay a number (“双11”).
_QUOTED_DIGITS = re.compile(r"(?<=[“\"「『])(\d{3,})(?=[”\"」』])")
_SERVICE_NUMBER = re.compile(r"1[12]\d|123\d\d|9\d{4}")
#: A month and day written as one number, or with a dot, naming an event: 918事变, 512汶川地震,
#: 9.18事变, 315晚会, 618大促 (read digit by digit, as the quoted “9·18”).
_EVENT_WORDS = (
    "事变|事件|地震|大地震|暴雨|特大暴雨|洪水|洪灾|惨案|空难|海难|矿难|火灾|爆炸|晚会|大促|购物节"
    "|纪念日|宣传日|权益日"
)
#: The holidays and their breaks that Chinese calls by their date (五一 is Labour Day).
_DATE_HOLIDAYS = (
    "(?:小长假|长假|假期|假日|黄金周|放假|劳动节|儿童节|妇女节|青年节|建军节|建党节|国庆节?)"
)
_DATED_EVENT = re.compile(
    r"(?<![\d.])(\d{1,2})\.?(\d{2})(?![\d.])(?=[\u4e00-\u9fff]{0,4}?(?:" + _EVENT_WORDS + "))"
    # (never a count of years or editions: 建党102周年纪念日)
    r"(?![人个名家件项位次起元万亿吨台辆户所座条级度米周届])"
    # …or a day of one digit after a dot, before a holiday that is named by its date: 5.1假期,
    # 6.1儿童节, 10.1黄金周 (五一, 六一, 十一; never 五点一, as no holiday is a decimal)
    r"|(?<![\d.])(\d{1,2})\.(\d{1,2})(?![\d.])(?=" + _DATE_HOLIDAYS + ")"
)


def _dated_event(m: re.Match[str]) -> str:
    first, second = (m[1], m[2]) if m[1] else (m[3], m[4])
    month, day = int(first), int(second)
    if not (1 <= month <= 12 and 1 <= day <= 31) or re.fullmatch(r"1[12]\d", m.group()):
        return m.group()  # not a date, or a service number (110宣传日, 119消防日: 幺幺零)
    if (month, day) == (10, 1):
        return "十一"  # the National Day break, as everyone says it
    return read_digits(first + second)


#: Hundredths after 秒 in a race time: 46秒40 is 四十六秒四零, 9秒83 九秒八三.
_HUNDREDTHS = re.compile(r"(?:(?<=\d秒)|(?<=零[一二三四五六七八九]秒))(\d{2})(?![\d.]|\s*[分秒])")
#: Designations of aircraft and missiles: 歼-20, 运-20, 东风-41 (the hyphen is not a minus).
_DESIGNATION = re.compile(r"(歼|运|轰|直|教|东风|红旗|鹰击|巨浪|长剑|霹雳|空警|翼龙)-(?=\d)")
#: Digit strings with a leading zero that are names, not amounts: 0121地震, 编号007.
_ZERO_LED = re.compile(r"(?<![\d.,:\-/])0\d+(?![\d.,:/])")


#: Two years joined by a slash before 赛季/学年/年度: 2023/2024赛季, 2022/23赛季 (到),
#: 2023/24课税年度 (a kind of year between); a
#: range to a two-digit year: 2023-24学年 (the range sign already read 到).
_YEAR_SLASH = re.compile(
    r"(?<![\d./])((?:19|20)\d\d)(?:/((?:19|20)?\d\d)|\s*([到至])\s*(\d\d))(?![\d.])"
    r"(?=\s*(?:赛季|学年|[\u4e00-\u9fff]{0,4}(?:年度|财年)|年(?!代)))"
)


#: A year and the next one (or its two last digits) after a slash, whatever word follows: a
#: fiscal or school year in a table or a range (2022/23, 2025/26至2027/28年度), an airline's
#: season (2024/2025冬春航季); no fraction is written so.
_NEXT_YEAR_SLASH = re.compile(r"(?<![\d./])((?:19|20)\d\d)/((?:19|20)?\d\d)(?![\d./])")


def _next_year(m: re.Match[str]) -> str:
    first, second = int(m[1]), int(m[2])
    if second != (first + 1 if len(m[2]) == 4 else (first + 1) % 100):
        return m.group()
    return read_digits(m[1]) + "到" + read_digits(m[2])


#: A decade written the English way: 1990s is 一九九零年代.
_DECADE = re.compile(r"(?<![\d.])((?:19|20)\d0)s(?![A-Za-z])")


#: A year of the common era named as such, of any length: 公元618年, 公元前221年.
_AD_YEAR = re.compile(r"(公元前?|西元前?)(\d{1,4})(?=年)")
#: A century counts as an ordinal does: 公元前2世纪 is 二世纪, never 两.
_CENTURY = re.compile(r"(?<![\d.])(\d{1,2})(?=\s*(?:世纪|世紀))")
#: A span of years, not a year: 5000年历史 is 五千年, as 3000年前 and 1万年.
LATEST_YEAR = 2100


#: A span of years after what says how long it lasts (已逾1,300年, 历经1200年, 长达1500年,
#: 已有2000多年): an amount of years, never a year (一千三百年, not 一三零零年).
_SPAN_OF_YEARS = re.compile(
    r"(?:(?<=逾)|(?<=历经)|(?<=歷經)|(?<=长达)|(?<=長達)|(?<=已有)|(?<=距今)|(?<=至今))"
    r"\s*([1-9]\d{3})(?=\s*(?:多|余|餘)?年(?![级級度]))"
    # …or the years up to now (近2000年来), a round number of them: after 接近 or not round,
    # it is the year they run from (接近1998年以来最高水位: 一九九八年); more than a number
    # of years that no report names as a year (超过1000年, never 超过2014年的)
    r"|(?<=近)(?<!接近)\s*([1-9]\d00)(?=\s*(?:多|余|餘)?年(?:来|來|以来|以來))"
    r"|(?:(?<=超过)|(?<=超過))\s*((?!19|20)[1-9]\d{3})(?=\s*(?:多|余|餘)?年(?![级級度]))"
    # …or how rare a flood or a storm is, counted in years (1000年一遇, 5000年一遇)
    r"|(?<![\d.])([1-9]\d{3})(?=\s*年一遇)"
)


def _span_of_years(m: re.Match[str]) -> str:
    """一千三百年, 两千多年: years counted, the leading 2 said 两 as any count says it."""
    return re.sub("^二千", "两千", read_cardinal(next(g for g in m.groups() if g)))


def _speak_year(m: re.Match[str]) -> str:
    """A year digit by digit (2024年 -> 二零二四年); four digits past any year a report
    names (5000年历史) count years, said as an amount (五千年)."""
    year = next(g for g in m.groups() if g)
    return read_cardinal(year) if m[1] and int(year) > LATEST_YEAR else read_digits(year)


def _years(text: str) -> str:
    """Years digit by digit (``2024年`` -> 二零二四年); ROC years as cardinals (一百一十年)."""
    text = _BRACKETED_YEAR.sub("", _DECADE.sub(lambda m: read_digits(m[1]) + "年代", text))
    text = _YEAR_SLASH.sub(
        lambda m: read_digits(m[1]) + (m[3] or "到") + read_digits(m[2] or m[4]), text
    )
    text = _YEAR_PAIR.sub(
        lambda m: read_digits(m[1] or m[4]) + (m[2] or m[5]) + read_digits(m[3] or m[6]), text
    )
    text = _NEXT_YEAR_SLASH.sub(_next_year, text)
    text = _AD_YEAR.sub(lambda m: m[1] + read_digits(m[2]), text)
    text = _CENTURY.sub(lambda m: read_cardinal(m[1]), text)
    text = _SPAN_OF_YEARS.sub(_span_of_years, text)
    text = _LATIN_NAMED_YEAR.sub(lambda m: " " + read_digits(m[1]), text)
    text = _YEAR.sub(_speak_year, text)
    text = _THREE_DIGIT_YEARS.sub(lambda m: read_cardinal(m[1]) + m[2] + read_cardinal(m[3]), text)
    return _ROC_YEAR.sub(lambda m: read_cardinal(m[1] or m[2] or m[3]), text)


#: Years of three digits from one to another (Taiwan's 122到125年, 公元618至907年): amounts,
#: never a hotline's number (122 is one).
_THREE_DIGIT_YEARS = re.compile(r"(?<![\d.])(\d{3})(\s*(?:到|至)\s*)(\d{3})(?=\s*年)")


#: Serial numbers: three or more digits naming a thing (2106号台风, 215办公室, 1532公司), the
#: first of a range of them too (301-315教室), but not a house number after its street
#: (中山路123号 is said as a number); a flat after its 单元 (2单元1501); the two-digit datum
#: names of hydrology (85基面, 56高程); road numbers (318国道, 国道318线).
_SERIAL = re.compile(
    r"(?<![\d.路街道巷弄段])(?!(?<=第)\d{3}(?!\d))(\d{3,})"
    r"(?=(?:[到至、]\d{3,})?(?:号|室|办公室|会议室|教室|房间|公司|厂|部队|医院|研究所))"
    r"|(?<![\d.])(\d{2})(?=基面|高程|基准)"
    r"|(?<![\d.])(\d{3})(?=国道|省道|县道)|(?<=国道|省道|县道|单元)(\d{3,4})(?![\d.])"
)


#: The near end of a range of house numbers (滨江路88号至, 滨江路88—): its far end is a
#: house number too, said as a number (滨江路88号至156号: 一百五十六号).
_HOUSE_RANGE_START = re.compile(
    r"[路街道巷弄段][（(]?\d{1,4}号?\s*[至到—–\-~～]\s*$"
    # (or from a number of one or two digits, as no serial's range starts: （1至357号）)
    r"|(?<![\d.])\d{1,2}号?\s*[至到—–\-~～]\s*$"
)


def _serial(m: re.Match[str]) -> str:
    if m[1] and _HOUSE_RANGE_START.search(m.string, 0, m.start()):
        return m[1]
    return read_digits(m[1] or m[2] or m[3] or m[4])


#: The year an event's name opens with: 2031“奔跑吧·青川”半程马拉松, 2031世界智能大会
#: (二零三一, as 2031年 is), never a count (2031家企业).
_YEAR_OF_EVENT = re.compile(
    r"(?<![\d.])((?:19|20)\d\d)(?![人个個家名位万萬亿億千百元次场場届屆项項多余辆輛台支队隊所座条條户戶张張份种種只隻头頭吨噸斤亩畝套间間批起例篇部本"
    # (nor a measure: 2000平方米展区, 2000公里)
    r"平公米克升美港欧歐英])"
    # (the place may be bracketed in the name: 2031南屏(深圳)招商推介会; a space after the
    # year, a pause by now, parts it from the name: 2031 青川国际马拉松; never a count's: 达2031，
    # 本届大会)
    r"(?=[“\"「《]|(?:(?<![共约达为有计超近逾第]\d{4})，)?[\u4e00-\u9fff·][\u4e00-\u9fff·()（）]{1,19}?"
    r"(?:大会|大會|推介会|推介會|洽谈会|洽談會|发布会|發布會|论坛|論壇|博览会|博覽會|峰会|峰會|年会|年會|马拉松|馬拉松|运动会|運動會|锦标赛|錦標賽"
    r"|联赛|聯賽|节|節|展览会|展覽會|交易会|交易會|招聘会|招聘會|赛|賽|杯|盃"
    r"|灯会|燈會|庙会|廟會|音乐会|音樂會|嘉年华|嘉年華"
    # (a show's: 2031北京车展, 2031青川茶博会, 2031科技活动周)
    r"|车展|車展|展会|展會|博会|博會|展销会|展銷會|科技周|活动周|活動周|宣传周|宣傳周|时装周|時裝周)"
    # …or a plan's goal or an agenda named by its year: 2035远景目标, 2030议程
    r"|[\u4e00-\u9fff]{0,6}?(?:远景目标|遠景目標|议程|議程|愿景|願景))"
    # …or opens a quoted name before a space (a pause by now): 「2031 智慧校园论坛」
    r"|(?<=[“\"「『《【])((?:19|20)\d\d)(?=，[\u4e00-\u9fff])"
    # …or opens its name before a dot and the place it is held: 2031·南屏, “2031·南屏”论坛
    r"|(?<![\d.])((?:19|20)\d\d)(?=\s*[·•]\s*[\u4e00-\u9fff])"
    # …or closes a book's: 《青川统计年鉴—2031》
    r"|(?<=[—\-－])((?:19|20)\d\d)(?=》)"
    # …or an event's, as a festival names its year after it: 香港單車節2031, 智造2025
    r"|(?<=[节節赛賽展会會造])\s?((?:19|20)\d\d)(?![\d.年月日人个個家名位万萬亿億千百元次场場届屆项項多余])"
    # …or a campaign's, before what it is (雷霆-2024专项行动, 净网2024行动): its hyphen unsaid
    r"|(?<=[\u4e00-\u9fff])[-－]?((?:19|20)\d\d)(?=\s*(?:专项|專項|行动|行動|攻坚|攻堅))"
)
#: Those born in a half-decade: 85后, 95后 (八五后, 九五后, as 90后 is 九零后).
_COHORT = re.compile(r"(?<![\d.])([5-9][05]|0[05]|10)(?=后(?![天日年月周岁时期者面]))")


def _digit_names(text: str) -> str:
    """``“5·13”`` -> 五一三, ``0121`` -> 零一二一, ``2106号`` -> 二一零六号, ``“618”`` -> 六一八,
    ``95后`` -> 九五后:
    names made of digits are read digit by digit; ``歼-20`` -> 歼20 (said 歼二十)."""
    text = _SERIAL.sub(_serial, text)
    text = _COHORT.sub(lambda m: read_digits(m[1]), text)
    text = _YEAR_OF_EVENT.sub(lambda m: read_digits(next(g for g in m.groups() if g)), text)
    text = _DATED_EVENT.sub(_dated_event, text)
    text = _DESIGNATION.sub(r"\1", text)
    text = _HUNDREDTHS.sub(lambda m: read_digits(m[1]), text)
    text = _QUOTED_DIGITS.sub(
        lambda m: read_digits(m[1], yao=bool(_SERVICE_NUMBER.fullmatch(m[1]))), text
    )
    text = _INCIDENT.sub(lambda m: read_digits(m[1] + m[2]), text)
    text = _QUOTED_DOTTED.sub(lambda m: read_digits(m[1] + m[2]), text)
    return _ZERO_LED.sub(lambda m: read_digits(m.group()), text)
