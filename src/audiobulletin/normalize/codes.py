"""Step 4: addresses and codes, read symbol by symbol: e-mail, URLs, document numbers,
phone and account numbers, standard and model codes."""

from __future__ import annotations

import re

from audiobulletin.normalize.chars import CURRENCY_CODES
from audiobulletin.normalize.dates import GLOSSED_YEAR_WORDS
from audiobulletin.normalize.numbers import read_cardinal, read_digits, read_number
from audiobulletin.zh import HAN, is_latin_letter

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
        if out and is_latin_letter(out[-1][-1]) and is_latin_letter(spoken[0]):
            out.append(" ")
        out.append(spoken)
    return "".join(out)


#: E-mail: local@domain.tld (ASCII only; Chinese text around it is not part of it).
_EMAIL = re.compile(r"[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
#: URL: with a scheme, ``www.``, or a bare host ending in a common TLD; path chars are ASCII.
_URL = re.compile(
    r"(?:(?:https?|ftp)://|www\.)[A-Za-z0-9\-._~:/?#\[\]@!$&'*+,;=%]+"
    # (a host may follow a Han word, which is a word character to \b: 登录12306.cn)
    r"|(?<![A-Za-z0-9.\-])[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:cn|com|org|net|gov|edu)"
    r"(?![A-Za-z0-9-])(?:/[A-Za-z0-9\-._~/#?=&%]*)?"
)


def _speak_url(m: re.Match[str]) -> str:
    """An announcer reads the site's address without ``https://``, and not the page's path
    after it (/zh_TW/web/public/pg_ec_cp is noise by ear; the transcript shows it)."""
    url = re.sub(r"^(?:https?|ftp)://", "", m.group(), flags=re.IGNORECASE)
    tail = ""
    while url and url[-1] in ".,;:!?)'":  # sentence punctuation after the address
        url, tail = url[:-1], url[-1] + tail
    host = re.split(r"[/?#]", url, maxsplit=1)[0]
    return _speak_address(host) + tail


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
    # NetEase's mail domains go by their numbers' names, 幺 and all: 幺六三, 幺二六
    name, _, rest = domain.partition(".")
    said = _MAIL_NUMBERS.get(name.lower()) if rest else None
    domain_said = f"{said}点{_speak_address(rest)}" if said else _speak_address(domain)
    return " ".join(spelled).replace("  ", " ") + "艾特" + domain_said


#: A mail domain named by its number, as everyone says it (163.com is 幺六三点com).
_MAIL_NUMBERS = {"163": "幺六三", "126": "幺二六", "188": "幺八八"}


#: A house's number with its sub-number after a street: 东湖路66-1号 (六十六杠一号, never a
#: range), 创业大道1-1号 (一杠一号).
_HOUSE_NUMBER = re.compile(r"(?<=[路街巷弄道里村至到、])(\d{1,5})\s*[-－]\s*(\d{1,4})(?=\s*号)")


def _addresses(text: str) -> str:
    """E-mail addresses and URLs, read symbol by symbol (see module docstring); a house's
    number with its sub-number (see :data:`_HOUSE_NUMBER`)."""
    text = _EMAIL.sub(_speak_email, text)
    text = _HOUSE_NUMBER.sub(
        # (8-10号, the second the larger, may be the numbers a building spans: left as a range;
        # no range runs from a number to itself, so 创业大道1-1号 is 一杠一号)
        lambda m: (
            read_cardinal(m[1]) + "杠" + read_cardinal(m[2])
            if int(m[2]) <= int(m[1])
            else m.group()
        ),
        text,
    )
    return _URL.sub(_speak_url, text)


#: Document number: issuer (Han, optional), year in 〔〕 [] 【】 () （） ［］, serial, 号 (a
#: stray bracket before 号, as in ``〔2021〕4)号``, is a typo and is not read).
_DOC_NUMBER = re.compile(
    r"[〔\[【（(［](\d{4})[〕\]】）)］]\s*(第?)(\d{1,4})(?:-(\d{1,3}))?\s*[)）]?\s*号"
)
#: A map's or a survey's number after its year in brackets, set off by a hyphen:
#: 宁勘〔2031〕-117 (the hyphen is 杠, never a minus).
_BRACKETED_YEAR_SERIAL = re.compile(
    r"(?<=[\u4e00-\u9fff])[〔\[［](\d{4})[〕\]］]\s*[-－]\s*(\d{1,5})(?!\d)"
)
#: A serial after its year and a hyphen, numbering a notice or a case (第2023-18号,
#: No.2023-0157号): the year digit by digit, 杠, the serial (never a range ending lower).
_YEAR_SERIAL = re.compile(
    r"(?:(?<![A-Za-z])(?:No|NO|no)\.\s?|(?<=第))((?:19|20)\d\d)\s*[-－]\s*(\d{1,5})(?=\s*号)"
)
#: A year alone in brackets is a year, as the one opening a court case number: （2024）京0105民初
#: 12345号, 《规划（2024）》.
#: Not one that glosses the word naming it from this one (去（2026）年: see dates.py).
_CASE_YEAR = re.compile(rf"(?<=[（(])(?<![{GLOSSED_YEAR_WORDS}][（(])((?:19|20)\d\d)(?=[)）])")


#: The court's code in a case number, after its province (（2031）浙1123刑初218号): a code,
#: digit by digit, never an amount; the case's kind (刑初, 民终, 执) and its serial follow.
_COURT_CODE = re.compile(
    r"(?<=[京津沪滬渝冀豫云雲辽遼黑湘皖鲁魯新苏蘇浙赣贛鄂桂甘晋晉蒙陕陝吉闽閩贵貴粤粵青藏川宁寧琼瓊兵])"
    r"(\d{2,4})(?=(?:刑|民|行|执|執|赔|賠|破|财|財|知|商|认|認|协|協|司|委|法)"
    r"[\u4e00-\u9fff]{0,3}\d{1,6}\s*[号號])"
)


#: A land parcel's number and its sub-number (臨江段123-4地號): 一百二十三之四, as Taiwan's
#: registers say it, never a range.
_LAND_PARCEL = re.compile(r"(?<![\d.])(\d{1,5})\s*[-－]\s*(\d{1,4})(?=\s*(?:地號|地号))")


#: A power line's number before 线 (10千伏滨江924线): a name, digit by digit.
_POWER_LINE = re.compile(r"(?<=[\u4e00-\u9fff])(?<![第共约近超逾])(\d{3,4})(?=线(?![上下性索条]))")


def _document_numbers(text: str) -> str:
    """``国发〔2024〕5号`` -> 国发二零二四年五号: the year digit by digit and said as a year, so
    that it does not run into the serial (二零二四五号 sounds like one number), the serial
    a cardinal (a sub-number after a hyphen is 杠: 5-1号 五杠一号), or digit by digit where
    it is padded with zeros (0527-03号 零五二七杠零三号); a year alone in brackets digit by
    digit; a court's code (see :data:`_COURT_CODE`) and a power line's number digit by digit,
    a land parcel's sub-number after 之 (see :data:`_LAND_PARCEL`)."""

    def part(number: str) -> str:
        return read_digits(number) if number.startswith("0") else read_cardinal(number)

    def speak(m: re.Match[str]) -> str:
        sub = "杠" + part(m[4]) if m[4] else ""
        return read_digits(m[1]) + "年" + m[2] + part(m[3]) + sub + "号"

    text = _DOC_NUMBER.sub(speak, text)
    text = _YEAR_SERIAL.sub(lambda m: read_digits(m[1]) + "杠" + part(m[2]), text)
    text = _BRACKETED_YEAR_SERIAL.sub(lambda m: read_digits(m[1]) + "杠" + read_digits(m[2]), text)
    text = _COURT_CODE.sub(lambda m: read_digits(m[1]), text)
    text = _POWER_LINE.sub(lambda m: read_digits(m[1]), text)
    text = _LAND_PARCEL.sub(lambda m: read_cardinal(m[1]) + "之" + read_cardinal(m[2]), text)
    return _CASE_YEAR.sub(lambda m: read_digits(m[1]), text)


#: Phone numbers. Landline with area code (0xx-xxxxxxxx, or a 5–8 digit local or service
#: number after it, optionally in brackets; Taiwan writes the local part in two groups,
#: (02)2960-3456, and has two-digit area codes, (06)2991111), 400/800 service numbers,
#: 0800-123-456, 4008-123-456, mainland mobiles (1[3-9] + 9 digits), Taiwan mobiles (09xx-xxx-xxx);
#: optional extension after -, 转 or 分机. Never followed by a Latin letter
#: (0635-244105HD0123 is a code).
_PHONE = re.compile(
    r"(?<![\d.\-A-Za-z])(?:"
    r"(09\d\d)-(\d{3})-(\d{3})"
    r"|(0800)-(\d{3})-(\d{3})"
    # (the local part in uneven groups too: 0771-3260 512)
    r"|[(（]?(0\d{1,3})[)）]?\s*[-—－]?\s*(\d{3,4})[-\s](\d{4}|(?<=\d{4}[-\s])\d{3})"
    r"|[(（]?(0\d{2,3})[)）]?\s*[-—－]?\s*(\d{5,8})"
    r"|[(（](0\d)[)）]\s*(\d{7,8})|(0\d)-(\d{7,8})"
    r"|([48]00)[-\s]?(\d{3})[-\s]?(\d{4})"
    # (…with its fourth digit on the prefix: 4008-123-456, 4006-95555)
    r"|(400\d)[-\s](\d{3})[-\s](\d{3})|(400\d)[-\s](\d{5,6})(?!\s*[元万亿人个])"
    # (…or in other groups of its ten digits: 4006-95-8888, 400-6789-123)
    r"|(?=(?:\d[-\s]?){9}\d(?![\d\-]))"
    r"([48]00\d?)[-\s](\d{2,4})[-\s](\d{3,4})"
    r"|(1[3-9]\d)[-\s]?(\d{4})[-\s]?(\d{4})"
    r")(?:\s*(?P<ext_word>-|转|分机|#)\s*(?P<ext>\d{1,5}))?(?![\dA-Za-z]|\.\d)"
)
#: A code after the word that names it (项目编号：QHZB-2031-0457, 证书编号：ZB2024036,
#: 股票代码600519): letters spelled, digits one by one, ``-`` 杠, ``/`` 斜杠, ``_`` 下划线.
_KEYED_CODE = re.compile(
    r"((?:编号|编码|文号|证号|单号|批号|批次号|批次(?=\s*(?:[：:]|为)?\s*\d{6})|案号|合同号|订单号|登记号|代码|代號|代号|索引号|QQ群?|群号|微信号"
    r"|QQ\S{0,4}群号?|账号|帐号|賬號|帳號|卡号|卡號|户号|戶號|房号|房间号|學號|学号|工号|流水号|验证码|驗證碼|密码|密碼"
    r"|序列号|车架号|准考证号|考号|车次|車次|站码|站碼|站号|站號|测站编码|測站編碼|批准号|批准號"
    # a ship's numbers: its radio's MMSI, its hull's IMO
    r"|MMSI|IMO"
    # a device's serial number (SN: VMR30-24-01187)
    r"|(?<![A-Za-z])(?:SN|S/N)(?=\s*[：:]))"
    r"\s*(?:[：:]|为|是)?\s*"
    # a listed company's own prefix before the number of its notice: 公告编号：临2032-015
    r"(?:[\u4e00-\u9fff](?=\d{4}-\d))?"
    # …or the number sign before it: 编号No.2031-SX-0618 (said as the word before said it)
    r"(?:No\.?\s?(?=\d))?)"
    r"([A-Za-z0-9零一二三四五六七八九](?:[A-Za-z0-9零一二三四五六七八九]|[-_/]+(?=[A-Za-z0-9]))*)"
    # (never a count of the accounts themselves: 违规账号152个)
    r"(?![\d.A-Za-z]|\s\d|\s*[个個家户戶名条條次件万萬亿億])"
    # …and the codes it is listed or ranged with, as long as it: 批号20310801至20320630
    # (…a batch's letter after it too: 批号20230105A至20240628C)
    r"((?:\s*(?:至|到|、|和|及)\s*\d{6,}[A-Z]{0,2}(?![\d.A-Za-z]))*)"
)


#: An online meeting's number after its name, its digits grouped by spaces (腾讯会议号：736 492
#: 158, 会议ID：8123 4567 890): read digit by digit, group by group.
_MEETING_ID = re.compile(
    r"((?:会议号|会议ID|会议 ID|会议室号|会议号码)\s*[：:]?\s*)(\d{3,}(?:[\s\-－]+\d{3,4}){0,3})"
    r"(?![\d.])"
)


#: A day written in figures with hyphens or slashes: 2031-03-06, 2031/3/6.
_ISO_DAY = re.compile(r"(?:19|20)\d\d([-/])(?:0?[1-9]|1[0-2])\1(?:0?[1-9]|[12]\d|3[01])")


def _keyed_codes(text: str) -> str:
    """``项目编号：QHZB-2031-0457`` -> 项目编号：Q H Z B杠二零三一杠零四五七; a range of
    codes (HL2401-HL2409) runs from one to the other (到) first."""

    def speak(m: re.Match[str]) -> str:
        code = m[2]
        if not any(ch.isdigit() for ch in code) or (code.isdigit() and len(code) < 3):
            return m.group()
        if _ISO_DAY.fullmatch(code) and "日期" in text[max(0, m.start() - 6) : m.start(2)]:
            return m.group()  # 生产日期/批号：2031-03-06: a day, said as one
        out: list[str] = []
        for tok in _ADDRESS_TOKEN.findall(code):
            if tok[0].isdigit():
                out.append(read_digits(tok))
            elif tok[0].isalpha():
                out.append(_spell(tok))
            else:
                out.append(_URL_SYMBOLS.get(tok, tok))
        more = re.sub(
            r"(\d+)([A-Z]*)",
            lambda n: (read_digits(n[1]) if len(n.group()) == len(code) else n[1]) + n[2],
            m[3],
        )
        # (the number sign after the word that names the code is said by the word: 编号No.)
        return re.sub(r"No\.?\s?$", "", m[1]) + "".join(out) + more

    text = _MEETING_ID.sub(
        lambda m: m[1] + " ".join(read_digits(g) for g in re.split(r"[\s\-－]+", m[2])), text
    )
    text = _CODE_RANGE.sub(lambda m: (m[3] or m[1] + m[2]) + "到", text)
    return _KEYED_CODE.sub(speak, text)


#: A bare local number after a phone keyword or a verb of calling (电话：62731231, 服务热线
#: 12345, 電話：2123 4567, 致電2582 4808, 拨打62731231; Traditional text is simplified first).
_PHONE_KEYWORD = re.compile(
    # (a space after the word is a pause by now: 热线，8395 8888)
    r"((?:电话|传真|热线|手机|联系方式|咨询电话|专线|致电|拨打|请拨|客服|WhatsApp|Whatsapp|whatsapp"
    # (or the desk it reaches, set apart from it: 区民政局养老服务科 86281234)
    r"|(?<=[\u4e00-\u9fff])(?:科|处|室)(?=\s*[，,]\s*\d)"
    # (or a contact's name before it: 联系人：石慧 87651234)
    r"|(?:联系人|聯絡人|联络人)\s*[：:]\s*[\u4e00-\u9fff·]{2,4}(?=[\s，,]))"
    r"\s*[：:，,（(]?\s*)"
    # (or grouped as Hong Kong and Macau group them: 28 700 800, 18 5000)
    r"(\d{4}[\s-]\d{3,4}|\d{2} \d{3} \d{3}|\d{2} \d{4}|\d{5,8})(?!\d|\.\d)"
    # …or before it: 86152107（传真）
    r"|()(?<![\d.\-])(\d{7,8})(?=\s*[（(]?(?:电话|传真|热线|手机)[)）]?)"
)
#: The next number of a list of phone numbers, a local one without its area code, after
#: one already read digit by digit: 0851-85827415、85827420, 2125 1111或2125 1122.
_NEXT_LOCAL = re.compile(
    # (a sentence's ASCII full stop may close the list: 0571-63215276、63215277.)
    r"(?<=[零幺二三四五六七八九]{3})(\s*[、，,/或]\s*|[^\S\n]+)(\d{7,8}|\d{4} \d{3,4})(?!\d|\.\d)"
    r"(?!\s*[万亿元人个名位吨亩台辆件家户%‰])"
)
#: A postcode before the city at an address's head (地址：407台中市西屯区…, Taiwan's and the
#: mainland's way of writing it): digit by digit, then a pause.
_ADDRESS_POSTCODE = re.compile(
    r"((?:地址|住址|地点|通讯地址)\s*[：:]?\s*)(\d{3}|\d{5,6})(?=[\u4e00-\u9fff]{2,3}[市县])"
)
#: The space between two phone numbers already read digit by digit.
_SPACED_NUMBERS = re.compile(r"(?<=[零幺二三四五六七八九]{4})[^\S\n]+(?=[零幺二三四五六七八九]{3})")
#: Postcodes are read digit by digit (邮编：100081 is 一零零零八一).
#: (after a colon, a comma or a space, and before a sentence's full stop: 邮编:418300.)
_POSTCODE = re.compile(r"((?:邮编|邮政编码|邮递区号)\s*[：:，,]?\s*)(\d{3,6})(?!\d|\.\d)")


#: An international number: +86 10 6523 1234, +886-2-1234-5678, (852) 2123 4567 (a
#: bracketed country code only for the ones Chinese reports carry), its local number in
#: one group after the area code too (+86-27-87651902).
_INTL_PHONE = re.compile(
    r"(?:\+\s?(\d{1,3})|[(（]\+?(86|852|853|886)[)）]"
    # (…or with no plus, before the area code and a hyphen: 86-10-66108608)
    r"|(?<![\d.\-])(86|852|853|886)(?=-\d{2,4}-\d{7,8}(?![\d.\-])))[\s-]?"
    r"(\d{1,4}(?:[\s-]\d{2,4}){1,3}|\d{1,4}[\s-]\d{5,8})(?![\d.])"
)


def _intl_phones(text: str) -> str:
    """``+852 2123 4567`` -> 加八五二，二幺二三，四五六七 (the plus is said 加, and only
    where it is written: (852) 2926 8371 is 八五二，…)."""

    def speak(m: re.Match[str]) -> str:
        groups = re.split(r"[\s-]", m[4])
        if sum(map(len, groups)) < 7:
            return m.group()
        code = m[1] or m[2] or m[3]
        plus = "加" if "+" in m.group() else ""
        return plus + "，".join(read_digits(g, yao=True) for g in [code, *groups])

    return _INTL_PHONE.sub(speak, text)


#: A local number in two groups of four after a name and its colon or a word, as Hong Kong
#: and Macau write them (九巴：2745 4466, 传真至 2877 6543): two amounts are never set so;
#: two years are left alone.
_FOUR_BY_FOUR = re.compile(
    # (a name's quotes may close before it, a name may run into it: 「交通投訴熱線」2860 2800,
    # 調查隊3661 3245)
    r"(?:(?<=[：:，」”])\s*|(?<=[\u4e00-\u9fff])\s*)"
    r"(?!(?:19|20)\d\d\s+(?:19|20)\d\d)([2-9]\d{3})\s([0-9]\d{3})(?![\d.,])"
)


#: A service number with the key to press after a hyphen: 95599-8 (九五五九九转八).
#: Never a standard's part after its letters (ISO 10218-1, IEC 61508-3).
_SERVICE_EXTENSION = re.compile(
    r"(?<![\d.\-A-Za-z])(?<![A-Za-z] )(9\d{4}|1\d{4})-(\d{1,2})(?![\d.\-])"
)


def _phones(text: str) -> str:
    """Phone numbers digit by digit with 幺, groups separated by ``，`` (``转`` for extensions)."""

    def speak(m: re.Match[str]) -> str:
        groups = [g for g in m.groups()[:-2] if g]
        spoken = "，".join(read_digits(g, yao=True) for g in groups)
        if m["ext"]:
            word = "分机" if m["ext_word"] == "分机" else "转"
            spoken += word + read_digits(m["ext"], yao=True)
        return spoken

    text = _SERVICE_EXTENSION.sub(
        lambda m: read_digits(m[1], yao=True) + "转" + read_digits(m[2], yao=True), text
    )
    text = _PHONE.sub(speak, _intl_phones(text))
    text = _FOUR_BY_FOUR.sub(
        lambda m: read_digits(m[1], yao=True) + "，" + read_digits(m[2], yao=True), text
    )
    text = _POSTCODE.sub(lambda m: m[1] + read_digits(m[2]), text)
    text = _ADDRESS_POSTCODE.sub(lambda m: m[1] + read_digits(m[2]) + "，", text)
    text = _PHONE_KEYWORD.sub(
        lambda m: (
            (m[1] or "")
            + "，".join(read_digits(g, yao=True) for g in re.split(r"[\s-]", m[2] or m[4]))
        ),
        text,
    )
    text = _NEXT_LOCAL.sub(
        lambda m: m[1] + " ".join(read_digits(g, yao=True) for g in m[2].split()), text
    )
    # two numbers set apart by a space only (a landline, then a mobile): a pause between
    return _SPACED_NUMBERS.sub("，", text)


#: Standard, model, train and flight codes: a Latin prefix (``GB/T``, ``DB51/T``, ``DB42/``) and 4+
#: digits, 3+ digits touching the letters (C919, G1234次, MU5735), or any digits before a
#: year (HJ 633-2012, ISO 14001:2015); optional -year parts. Not an amount after the letters
#: (GDP 4539亿元), nor a round hundred touching them, which names an index (中证A500 is
#: A五百) unless a train number (G1200次).
_NOT_AN_AMOUNT = (
    r"(?!\s*(?:[万亿千百元人个名位吨亩台辆件家户%‰]|美元|公里|平方|千米|公斤"
    # (…nor a cell's capacity after a chemistry's letters: LFP-280Ah)
    r"|m?Ah(?![A-Za-z])|[kMG]?Wh(?![A-Za-z])))"
)
_CODE = re.compile(
    # (never a currency's code before its amount: USD 1000, see quantities._currency)
    rf"(?<![A-Za-z])(?!(?:{CURRENCY_CODES})\s?\d)(?!(?<=\d)[xX]\d)([A-Za-z]{{1,6}}(?:\d{{2}}(?:\d{{2}})?/(?:[A-Za-z]{{1,4}})?|/[A-Za-z]{{1,4}})?)"
    # (a model's letters may be set apart by a hyphen: MS-1517A)
    r"(?:-?(?!\d{1,2}00(?![\d.])(?!\s*次))(\d{3,})((?:-\d+|[—－:](?:19|20)\d\d)*)(?![\d.])"
    + _NOT_AN_AMOUNT
    + r"|\s(\d{4,})((?:-\d+|[—－:](?:19|20)\d\d)*)(?![\d.])(?!\s*次)"
    + _NOT_AN_AMOUNT
    # (a part of a standard after its number's dot: JJF 1059.1-2012)
    + r"|\s(\d{1,5}(?:\.\d{1,2})?)((?:[-—－:](?:19|20)\d\d))(?![\d.])"
    + ")"
)


#: An account or card number written in groups: 0619 2001 0400 17846.
_DIGIT_GROUPS = re.compile(r"(?<![\d.])\d{3,}(?:[ \u00a0]\d{3,}){2,}(?![\d.])")


#: A bare number of ten digits or more that no unit follows (an admission ticket's
#: 113402010215 in a table): an identifier, read digit by digit. (Amounts this large are
#: written with 万/亿 or separators; phone numbers are read before.)
_BARE_ID = re.compile(
    r"(?<![\d.,，A-Za-z¥￥$])(\d{10,16})(?![\d.,A-Za-z])"
    r"(?!\s*(?:[元人个名位吨亩台辆件家户万亿千百%‰]|美元|港元|公里|平方|千瓦|股))"
)


#: A listed company's code with its exchange: 603977.SH, 000651.SZ, 02168.HK (digit by digit,
#: never 六十万三千九百七十七).
_EXCHANGE_CODE = re.compile(
    r"(?<![\d.])(\d{6}|\d{4,5}(?=\.HK))\.(SH|SZ|BJ|HK)(?![A-Za-z])"
    # (…or Taiwan's, with a dot or a hyphen: 2330-TW, 6488.TWO)
    r"|(?<![\d.])(\d{4,6})\s?[.\-]\s?(TWO?)(?![A-Za-z])",
    re.I,
)


#: A post's code before the word for it: 2024205岗位 (digit by digit).
_POST_CODE = re.compile(r"(?<![\d.])(\d{5,})(?=\s*(?:岗位|崗位|职位|職位))")


#: A storm's number in brackets after its name (台风“海燕”（2518）, 颱風山竹(Mangkhut，1822)):
#: the year's two digits and its serial, said digit by digit as a warning says it.
_STORM_NUMBER = re.compile(
    r"((?:台风|颱風|热带风暴|熱帶風暴|强热带风暴|強烈熱帶風暴|热带低压|熱帶低氣壓|风暴|風暴)\s*"
    r"[“\"「『]?[\u4e00-\u9fff]{1,4}[”\"」』]?\s*[（(]\s*(?:[A-Za-z][A-Za-z\s\-]*[，,、]\s*)?)"
    r"(\d{4})(?=\s*[)）])"
)


#: The first or last digits of a number, given as many as the text says there are (前4位为
#: 5102 五一零二, 末3位如“7X5” 七X五): digits of an identifier, never an amount or a product.
_NAMED_DIGITS = re.compile(
    r"([前后後末尾]\s?(\d{1,2})\s?位(?:数字|數字|号码|號碼)?\s?(?:为|為|是|均为|[:：])?"
    r"[\s（(如例]{0,3}[“\"「]?)([\dA-Z]{2,18})(?![\dA-Za-z.])"
)


def _named_digits(m: re.Match[str]) -> str:
    if len(m[3]) != int(m[2]) or not any(ch.isdigit() for ch in m[3]):
        return m.group()
    return m[1] + read_digits(m[3])


def bare_ids(text: str) -> str:
    """Read a bare identifier of ten digits or more digit by digit (see :data:`_BARE_ID`),
    a listed company's code with its exchange (see :data:`_EXCHANGE_CODE`), a storm's
    number (see :data:`_STORM_NUMBER`) and digits counted out (see :data:`_NAMED_DIGITS`)."""
    text = _NAMED_DIGITS.sub(_named_digits, text)
    text = _STORM_NUMBER.sub(lambda m: m[1] + read_digits(m[2]), text)
    text = _EXCHANGE_CODE.sub(
        lambda m: (
            read_digits(m[1]) + "点" + m[2].upper()
            if m[1]
            else read_digits(m[3]) + " " + m[4].upper()
        ),
        text,
    )
    text = _POST_CODE.sub(lambda m: read_digits(m[1]), text)
    return _BARE_ID.sub(lambda m: read_digits(m[1]), text)


def _digit_groups(text: str) -> str:
    """Account and card numbers written in groups (14 digits or more: longer than a phone
    number) are read group by group, with pauses."""

    def speak(m: re.Match[str]) -> str:
        groups = m.group().split()
        if sum(map(len, groups)) < 14:
            return m.group()
        return "，".join(read_digits(g) for g in groups)

    return _DIGIT_GROUPS.sub(speak, text)


#: A licence plate: a province character, a letter, then five or six letters and digits, read
#: one by one (京A·12345, 沪A-88888, 粤BD12345).
_PLATE = re.compile(
    r"([京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼]"
    # (or any place's character, where the plate's middle dot marks it: 临A·73591, 东AD·83015)
    r"|[\u4e00-\u9fff](?=[A-Z]{1,2}\s?[·•]\s?[A-Z0-9]{4,6}(?![A-Za-z0-9])))"
    r"([A-Z]{1,2}?)\s?[·•\-]?\s?"
    # (a trailer's plate has four before its 挂: 浙F·8T65挂)
    r"([A-Z0-9]{5,6}|[A-Z0-9]{4}(?=挂))(?![A-Za-z0-9])"
)


def _plates(text: str) -> str:
    """``京A·12345`` -> 京A一二三四五."""

    def speak(m: re.Match[str]) -> str:
        if not any(ch.isdigit() for ch in m[3]):
            return m.group()
        return m[1] + " ".join(m[2]) + read_digits(m[3])

    return _PLATE.sub(speak, text)


#: A road's stake number, kilometres plus metres: K123+500 is 一百二十三公里加五百米, said
#: K一百二十三加五百; a whole kilometre's stake says its kilometres only (K1268+000 is
#: K一千二百六十八).
_CHAINAGE = re.compile(r"(?<![A-Za-z])([Kk])(\d{1,4})\s*\+\s*(\d{1,3})(?![\d.])")


#: A stretch of road from one stake to another: K45+200—K48+600 is K四十五加二百至K四十八加六百,
#: and so between bare stakes (K1120-K1130); never a train's (K1120-K1130次).
_CHAINAGE_RANGE = re.compile(
    r"(?<![A-Za-z])([Kk]\d{1,4}(?:\s*\+\s*\d{1,3})?)\s*(?:[—―–~～]{1,2}|-{1,2})\s*"
    r"(?=[Kk]\d{1,4}(?:\s*\+\s*\d{1,3}|(?![\d次路列])))"
)
#: Bare stakes at both ends of a stretch (K1120至K1130段): kilometres, K一千一百二十至K一千一百三十,
#: as K1120+000 would be; a train's or a bus's number (K1234次, K12路) keeps its reading.
_BARE_STAKE_RANGE = re.compile(
    r"(?<![A-Za-z\d])K(\d{1,4})(\s*[至到]\s*)K(\d{1,4})(?![\d.+＋次路列]|\s*[+＋])"
)
#: A bare stake where a road names it or a place is at it: G320国道K258处, 桩号K1240 (K二百五十八,
#: K一千二百四十).
_BARE_STAKE = re.compile(
    r"(?:(?<=国道|省道|县道|乡道|高速|公路|桩号|里程)|(?<=桩号[:：]))\s*K(\d{1,4})"
    r"(?![\d.+＋次路列]|\s*[+＋])"
    r"|(?<![A-Za-z\d])K(\d{1,4})(?=\s*(?:处|附近|路段|段))"
)


def _stake(km: str, metres: str = "") -> str:
    """A stake's kilometres and its metres past them: K一百二十三加五百, K一千二百六十八."""
    said = "K" + read_cardinal(km)
    return said if not metres or set(metres) == {"0"} else said + "加" + read_cardinal(metres)


def _chainage(text: str) -> str:
    """``K123+500`` -> K一百二十三加五百: kilometres and metres, amounts both; a stretch
    between two stakes is 至; a bare stake on a road is its kilometres (K258处 K二百五十八)."""
    text = _CHAINAGE_RANGE.sub(r"\1至", text)
    text = _BARE_STAKE_RANGE.sub(lambda m: _stake(m[1]) + m[2] + _stake(m[3]), text)
    text = _CHAINAGE.sub(lambda m: _stake(m[2], m[3]), text)
    return _BARE_STAKE.sub(lambda m: _stake(m[1] or m[2]), text)


#: The N95 respirator is N九五, as said (KN95 too).
_N95 = re.compile(r"(?<![A-Za-z])(K?N)95(?![\d.])")


#: A road's number in the national or provincial network: G4, S55 (机场高速（S55）, G15沈海
#: 高速, S217线), said digit by digit like G104. Only beside a road's name, so S5 elsewhere
#: (a model, a season) is left to be read.
_ROAD = re.compile(
    r"(?<![A-Za-z\d])([GS])(\d{1,2})(?![\d.])"
    r"(?=\s*(?:[\u4e00-\u9fff]{0,6}?(?:高速|国道|省道|公路|线|绕城)|[)）]))"
)
_ROAD_BEFORE = re.compile(r"(?:高速|国道|省道|公路|绕城|快速路)\s*[（(]$")


def _roads(text: str) -> str:
    """``机场高速（S55）`` -> 机场高速（S五五）, ``G15沈海高速`` -> G一五沈海高速."""

    def speak(m: re.Match[str]) -> str:
        bracketed = text[m.end() :].lstrip()[:1] in ")）"
        if bracketed and not _ROAD_BEFORE.search(text[max(0, m.start() - 6) : m.start()]):
            return m.group()
        return m[1] + read_digits(m[2])

    return _NAMED_ROAD.sub(
        lambda m: (m[1] or m[3]) + read_cardinal(m[2] or m[4]), _ROAD.sub(speak, text)
    )


#: A road numbered after its network's name: 台2線, 台61線 (as Taiwan says them), 省道2线 (二,
#: never 两: a name; a mainland road of more digits is read digit by digit elsewhere).
_NAMED_ROAD = re.compile(
    r"(?<![舞平站阳陽柜櫃讲講擂后後前灶烛燭])(台)(\d{1,2})(?=[甲乙丙丁]?(?:線|线))"
    r"|([國国省縣县鄉乡]道)(\d)(?=[甲乙丙丁]?(?:線|线))"
)


#: A batch's code of digits, capitals and digits again: 24A0915 (二四A零九一五), never a
#: count.
_BATCH_CODE = re.compile(r"(?<![\dA-Za-z.])(\d{1,4})([A-Z]{1,3})(\d{3,})(?![\d.A-Za-z])")
#: A model whose number is a round hundred between its letters (YQ-200B型, GT-2000B): the
#: digits one by one, as the code's, never 两百.
_MODEL_HUNDRED = re.compile(r"(?<![A-Za-z\d])([A-Z]{1,4})-(\d{1,2}00)([A-Z]{1,2})(?![A-Za-z\d.])")
#: A model in a series after a hyphen, as a processor is named (i5-12400, i7-13700K): the
#: series as written, the model digit by digit after 杠, never a range (a unit after it,
#: S11-2500kVA, is read as one).
_SERIES_MODEL = re.compile(
    r"(?<![A-Za-z\d.])([A-Za-z]{1,3})(\d{1,2})-(?!(?:19|20)\d\d(?!\d))(\d{3,6})([A-Z]{0,2})"
    r"(?![\d.A-Za-z])"
)
#: A customs code of goods, its subheading after a dot: HS8703.80 (H S八七零三点八零).
_HS_CODE = re.compile(r"(?<![A-Za-z])(HS)\s?(\d{4,10}(?:\.\d{2,4})?)(?![\d.])")


#: A listed company's stock code in brackets after its name: 恒远新能(688312), 腾讯控股
#: （00700）, read digit by digit as a code, never as an amount. (One with its exchange,
#: 00700.HK, is read before, by :data:`_EXCHANGE_CODE`.)
_STOCK_CODE = re.compile(
    r"(?<=[\u4e00-\u9fffA-Za-z\d])([（(])(\d{6}|0\d{4})(?=[)）])"
    # …and Hong Kong's and Taiwan's four digits (美團（3690）收報, 台積電(2330)今天): a code where
    # its price or its day follows, or the next company's name in a list; a year (2020) is
    # read digit by digit anyway
    r"|(?<=[\u4e00-\u9fffA-Za-z])([（(])([1-9]\d{3})(?=[)）]\s*(?:收|报|報|升|跌|涨|漲|股价|股價"
    r"|今日|昨日|今天|昨天|早盘|早盤|午盘|午盤|盘中|盤中|全日|宣布|公布|公告|发布|發布|每股|市值"
    r"|、|及|和|與|与))"
)
#: …and the last of a list of such codes, after one read digit by digit: …、友邦保險（1299）.
_LISTED_STOCK_CODE = re.compile(
    r"([（(](?:[零一二三四五六七八九]{4,6}|0\d{3,4})[)）]\s*[、和及與与]\s*[\u4e00-\u9fffA-Za-z]{2,10}[（(])"
    r"([1-9]\d{3})(?=[)）])"
)
#: A name in quotes with its number after a hyphen (“玄武-3”芯片, “天宫-2”): the number said
#: as the name's, never a minus (玄武三).
_QUOTED_NAME_NUMBER = re.compile(
    r"([“\"「『])([\u4e00-\u9fff]{1,6})\s*[-－]\s*(\d{1,3})(?=[”\"」』])"
)
#: An influenza virus's subtype (H10N3, H5N1): its two numbers said as numbers, H十N三.
_FLU_SUBTYPE = re.compile(r"(?<![A-Za-z\d])H(\d{1,2})N(\d{1,2})(?![A-Za-z\d])")
#: A bond's short name, its year's last digits, its issuer and its serial (24凌峰01, 23附息
#: 国债05): digits one by one, as the market says them, never amounts.
_BOND_NAME = re.compile(
    r"(?<![\d.第])([12]\d)"
    # (never a count or a date before it: 12家企业01, 12月份05)
    r"((?:(?![家个個月份年日号號元万萬亿億人次名位项項件批期天周岁歲吨米届屆])[\u4e00-\u9fff]){2,6}?)"
    r"(0[1-9])"
    r"(?![\d.%])(?=[\s（(）)，,、。；;]|$)"
)
#: A law's or a regulation's number over its year, as Macau numbers them: 第1/2031號法律,
#: 第12/2030號行政法規 (一斜杠二零三一, never a fraction or a list).
_LAW_NUMBER = re.compile(r"(?<=第)\s*(\d{1,3})\s*/\s*((?:19|20)\d\d)(?=\s*[号號])")
#: A dash between two codes of the same letters runs from one to the other: HL2401—HL2409
#: is H L二四零一到H L二四零九.
_CODE_RANGE = re.compile(
    r"(?<![A-Za-z])([A-Za-z]{1,4})(\d{3,})\s*(?:[—－～~]{1,2}|-)\s*(?=\1\d{3,}(?![\d.]))"
    # …or two long codes of letters and digits alike, as a recall's VINs run (LJY3A2C18M0001025
    # ～LJY3A2C18N0228964): 到, never a pause
    r"|(?<![A-Za-z\d])([A-Z]{2,}\d[A-Z\d]{5,})\s*[—－～~]{1,2}\s*(?=[A-Z]{2,}\d[A-Z\d]{5,}(?![A-Za-z\d]))"
)
#: A number of nine digits or more after a province's abbreviation (a builder's certificate,
#: 赣136202312345): digit by digit, never an amount in hundreds of millions.
_PROVINCE_NUMBER = re.compile(
    r"(?<=[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼])(\d{9,})(?![\d.])"
)
#: The programmes known by their numbers (211工程, 985高校, 863计划): names, digit by digit.
_NUMBERED_PROGRAMME = re.compile(
    r"(?<![\d.共约达有计近超逾为])(211|985|863|973)(?=\s*(?:工程|高校|院校|大学|名校|计划))"
)
#: A patent's number, its office's letters, the year and serial, the check digit after its
#: point (ZL202130456789.1): digit by digit, never an amount.
_PATENT = re.compile(r"(?<![A-Za-z])(ZL|CN)\s?(\d{8,13})\s?[.．]\s?([\dX])(?![\d.])")
#: A discount of two digits (95折, 88折): said digit by digit, 九五折, as a shop says it
#: (8.5折 keeps its point: 八点五折).
_DISCOUNT = re.compile(r"(?<![\d.])([1-9])(\d)(?=\s*折)")
#: A crop variety's number after its breeder's name and crop (南粳9108, 百农207, 中优418):
#: a name read digit by digit, never an amount.
_VARIETY = re.compile(
    r"(?<=[\u4e00-\u9fff][粳籼稻麦豆棉优優农農])(\d{3,4})"
    r"(?![\d.]|\s*(?:[万亿千百元人个名位吨亩台辆件家户斤倍克升米次天株粒袋瓶%‰]|公斤|公顷))"
)
#: A building's floor written as on a sign: 恒信大厦11F is 十一楼.
_FLOOR = re.compile(
    # (…or a plaza's, a centre's, a hotel's: 嘉德广场21F, 会展中心3F)
    r"(?<=[厦廈楼樓座栋棟幢馆館场場心店厅廳城苑寓])\s*(\d{1,3})[Ff](?![A-Za-z])"
    # (or before the room or the place on it: 2F会议室, 3F服务台)
    r"|(?<![A-Za-z\d])(\d{1,2})F(?=[\u4e00-\u9fff]|[）)](?!\d))"
)
#: The second floor in a building's directory, before what is on it (门诊楼2层外科, ；2层儿科):
#: 二层, never the count 两层 (共2层 stays a count).
_SECOND_FLOOR = re.compile(
    r"(?:(?<=[楼樓，,、；;。：:\s])|^)2(?=层[\u4e00-\u9fff])(?!层(?:楼|樓|的|高|以上|以下|左右))",
    re.M,
)
#: A floor below ground: B1层, B2楼 is 负一层, 负二楼.
_BASEMENT = re.compile(r"(?<![A-Za-z\d])B([1-9])(?=[层層楼樓])")
#: A tyre's size, width/profile R rim, then its load index and speed letter: 215/60R16 95H is
#: 二一五 六零 R十六 九十五H as a tyre shop says it, never a fraction, nor 伏 or 瓦 for its H, V, W.
_TYRE = re.compile(
    r"(?<![\d./])(\d{3})\s?/\s?(\d{2})\s?(Z?R)\s?(\d{2}(?:\.\d)?)(?:\s?(\d{2,3})([A-Z]))?"
    r"(?![A-Za-z\d])"
)


def _tyre(m: re.Match[str]) -> str:
    said = f"{read_digits(m[1])} {read_digits(m[2])} {m[3]}{read_number(m[4])}"
    return said + (f" {read_cardinal(m[5])}{m[6]}" if m[5] else "")


#: A barcode's thirteen digits as printed under its bars, 1, 6 and 6 (6 921168 500127): each
#: group digit by digit (六 九二一一六八 五零零一二七), never amounts of 万.
_BARCODE = re.compile(r"(?<![\d.,])(\d) (\d{6}) (\d{6})(?![\d.,])")
#: A user's handle, Latin letters joined to digits by an underscore (网友Fish_2031): 下划线, as
#: in a URL, and the digits one by one (Fish下划线二零三一), never a year or an amount.
_HANDLE_DIGITS = re.compile(r"(?<=[A-Za-z])_(\d+)(?!\d|\.\d)")
#: A floor below ground whose minus says 地下 again: 地下-1层 is 地下一层, never a range's 到;
#: a floor is numbered, 地下-2层 地下二层.
_SIGNED_BASEMENT = re.compile(r"(?<=地下)\s*[-－−]\s*([1-9])(?=[层層楼樓])")


#: A court's or a council's case number, letters, a serial and its year after a slash:
#: DCCC 512/2030 (D C C C五一二斜杠二零三零), never a fraction.
_CASE_NUMBER = re.compile(r"(?<![A-Za-z])([A-Z]{2,6})\s?(\d{1,5})/((?:19|20)\d\d)(?![\d/])")


#: What a name with a number after a hyphen names: a spacecraft, a satellite, a chip, a system
#: (never 号: -10号柴油 is a grade below zero).
_NUMBERED_THING = (
    r"(?:卫星|星座|系统|探测器|着陆器|巡视器|飞船|火箭|运载火箭|空间站|实验室|目标飞行器|芯片|处理器"
    r"|大模型|模型|机器人|无人机|雷达|舰|发动机|系列|任务|平台)"
)
#: An aircraft's or a missile's designation, its family's sign, a hyphen and its number (歼-20,
#: 运-20, 东风-41, 苏-57, 图-160, 米格-29, 伊尔-76): never a minus sign or a range. Two digits
#: are said as a number (歼二十, 苏五十七), more digit by digit (图一六零, 安一二四), as
#: newsreaders say them; a variant's letters stay (苏-30MKK).
_DESIGNATION = re.compile(
    r"(?<![\d.])(歼轰|歼|运|轰|直|教|强|空警|东风|红旗|鹰击|长剑|巨浪|霹雳|翼龙|彩虹"
    r"|苏|图|米格|伊尔|安|卡|雅克|米|别)\s?[-－—]\s?(\d{1,3})(?![\d.%‰℃°])(?!\s*(?:度|摄氏))"
    # …or any craft's, chip's or system's name so numbered, by what it names or by its
    # variant's letters (天问-2探测器, 风云-4B, 北斗-3系统, 鲲鹏-920芯片); a measure before a
    # minus (气温-3℃, 价差-120元) names none of these
    rf"|(?<![\d.])([{HAN}]{{2}})[-－](\d{{1,3}})(?=[A-Z]{{1,2}}(?![A-Za-z])|[{HAN}]{{0,4}}{_NUMBERED_THING})"
)


def _designation(m: re.Match[str]) -> str:
    name, number = m.group(1, 2) if m[1] else m.group(3, 4)
    spell = len(number) > 2 or number.startswith("0")  # 银梭-03A: 零三
    return name + (read_digits(number) if spell else read_cardinal(number))


def _codes(text: str) -> str:
    """``GB/T4754-2017`` -> GB/T四七五四杠二零一七, ``ISO 14001:2015`` -> ISO一四零零一，二零一五:
    codes are digit strings, not amounts; a road's stake number (K123+500) is two amounts."""

    def speak(m: re.Match[str]) -> str:
        digits, parts = next((m[i], m[i + 1]) for i in (2, 4, 6) if m[i])
        rest = "".join(
            ("杠" if sep in "-—－" else "，") + read_digits(p)
            for sep, p in re.findall(r"([-—－:])(\d+)", parts)
        )
        said = read_digits(digits).replace(".", "点")
        # a hyphen after the letters is said as the ones between the numbers are
        # (JY-2019-0831 is J Y杠二零一九杠零八三一; MS-1517A has none after it)
        dash = "杠" if m[2] and rest and m.string[m.end(1) : m.start(2)] == "-" else ""
        return read_digits(m[1]).replace("/", " ") + dash + said + rest

    text = _DESIGNATION.sub(_designation, text)
    text = _QUOTED_NAME_NUMBER.sub(lambda m: m[1] + m[2] + read_cardinal(m[3]), text)
    text = _ISSUE_SERIAL.sub(lambda m: read_digits(m[1] or m[2]), text)
    text = _YEAR_ISSUE.sub(lambda m: read_digits(m[1]) + "杠" + read_cardinal(m[2]), text)
    text = _NUMBERED_DAY.sub(lambda m: read_digits(m[1]), text)
    text = _CASE_NUMBER.sub(lambda m: m[1] + read_digits(m[2]) + "斜杠" + read_digits(m[3]), text)
    text = _HS_CODE.sub(lambda m: m[1] + read_digits(m[2]).replace(".", "点"), text)
    text = _IP_RATING.sub(lambda m: m[1] + read_digits(m[2]), text)
    # (…with its series after a hyphen, 波音737-800: 七三七杠八零零)
    text = _SAID_BY_DIGITS.sub(
        lambda m: "杠".join(map(read_digits, next(g for g in m.groups() if g).split("-"))), text
    )
    text = _TAG.sub(lambda m: m[1] + read_digits(m[2]), _LOCANT.sub("", _roads(text)))
    text = _SHIP_NUMBER.sub(lambda m: read_digits(m[1]), text)
    text = _SPOT_CODE.sub(lambda m: m[1] + read_digits(m[2]) + "杠" + read_digits(m[3]), text)
    text = _STOCK_CODE.sub(lambda m: (m[1] or m[3]) + read_digits(m[2] or m[4]), text)
    while (listed := _LISTED_STOCK_CODE.sub(lambda m: m[1] + read_digits(m[2]), text)) != text:
        text = listed
    text = _FLU_SUBTYPE.sub(lambda m: f"H{read_cardinal(m[1])}N{read_cardinal(m[2])}", text)
    text = _MODEL_HUNDRED.sub(lambda m: m[1] + read_digits(m[2]) + m[3], text)
    text = _SERIES_MODEL.sub(
        lambda m: m[1] + read_cardinal(m[2]) + "杠" + read_digits(m[3]) + m[4], text
    )
    text = _BOND_NAME.sub(lambda m: read_digits(m[1]) + m[2] + read_digits(m[3]), text)
    text = _LAW_NUMBER.sub(lambda m: read_cardinal(m[1]) + "斜杠" + read_digits(m[2]), text)
    text = _SUBJECT_CODE.sub(lambda m: read_digits(m[1]), text)
    text = _DIGITS_THEN_LETTERS.sub(lambda m: read_digits(m[1]) + m[2], text)
    text = _BUS_ROUTE.sub(lambda m: read_digits(m[1]), text)
    text = _WORKING_FACE.sub(lambda m: read_digits(m[1]), text)
    text = _FLOOR.sub(lambda m: read_cardinal(m[1] or m[2]) + "楼", text)
    text = _BASEMENT.sub(lambda m: "负" + read_cardinal(m[1]), _SECOND_FLOOR.sub("二", text))
    text = _TYRE.sub(_tyre, text)
    text = _BARCODE.sub(lambda m: " ".join(read_digits(g) for g in m.groups()), text)
    text = _HANDLE_DIGITS.sub(lambda m: "下划线" + read_digits(m[1]), text)
    text = _SIGNED_BASEMENT.sub(lambda m: "一二三四五六七八九"[int(m[1]) - 1], text)
    text = _VARIETY.sub(lambda m: read_digits(m[1]), text)
    text = _DISCOUNT.sub(lambda m: read_digits(m[1] + m[2]), text)
    text = _PATENT.sub(lambda m: m[1] + read_digits(m[2]) + "点" + read_digits(m[3]), text)
    text = _NUMBERED_PROGRAMME.sub(lambda m: read_digits(m[1]), text)
    text = _PROVINCE_NUMBER.sub(lambda m: read_digits(m[1]), text)
    text = _N95.sub(r"\1九五", _plates(_chainage(text)))
    # (after a plate's, whose letter and digits run so too: 苏E·7K351)
    text = _BATCH_CODE.sub(lambda m: read_digits(m[1]) + m[2] + read_digits(m[3]), text)
    text = _CAPITALS_AROUND_DIGITS.sub(lambda m: re.sub(r"\d+", _digits, m[0]), text)
    text = _TRAIN_PAIR.sub(_train_pair, _DIGITS_TRAIN.sub(lambda m: read_digits(m[1]), text))
    return _hyphened_codes(_CODE.sub(speak, text))


#: A dash between the places a flight or a train runs between, after its number (CA1234
#: 北京首都—青川, G1234次 南屏—临河): 至.
_CODE_ROUTE = re.compile(
    r"(?:(?<=[A-Z]\d\d)|(?<=[A-Z]\d\d\d)|(?<=[A-Z]\d\d\d\d))"
    r"(次?[\s，]*[\u4e00-\u9fff]{2,8}?)\s*[—―–-](?![—―–-])\s*(?=[\u4e00-\u9fff]{2,8})"
    # (a chain of stops, 北京—上海—广州, is a list, never a route)
    r"(?![\u4e00-\u9fff]{2,8}\s*[—―–-])"
)


def code_routes(text: str) -> str:
    """The dash between the places a flight or a train runs between, after its number, is
    said 至 (see :data:`_CODE_ROUTE`), read before the number is."""

    def route(m: re.Match[str]) -> str:
        code_start = re.search(r"[A-Z\d]+$", text[: m.start()])
        before = text[: code_start.start() if code_start else m.start()].rstrip()
        # (…国道—X012县道—蒲南大道: a chain of roads that goes on through the code)
        return m.group() if before.endswith(("—", "―", "–", "-")) else m[1] + "至"

    return _CODE_ROUTE.sub(route, text)


#: A train's numbers each way, set apart by a slash (G4821/4822次, T3/4次, K1186/7次, and an
#: ordinary train's of digits alone, 7631/2次), or a flight's (MU5101/2): both read digit by
#: digit and whole (K1186/7 is K一一八六、一一八七), never a fraction or an amount.
_TRAIN_PAIR = re.compile(
    r"(?<![A-Za-z\d])([GDCZTKYLS]|(?=\d{3}))(\d{1,5})/(\d{1,5})(?=次)"
    r"|(?<![A-Za-z\d])([A-Z]{2}|[A-Z]\d|\d[A-Z])(\d{3,4})/(\d{1,4})(?![\d/.])(?=航班|次|[\s，。、；）)]|$)"
)
#: An ordinary train's number of digits alone before 次列车 (1461次列车): 一四六一.
_DIGITS_TRAIN = re.compile(r"(?<![\d.A-Za-z/])(\d{3,5})(?=次(?:旅客)?列车)")


def _train_pair(m: re.Match[str]) -> str:
    # (the return's number shortened to its last digits is said whole: G6521/2 is 6522)
    prefix, number, back = (m[1], m[2], m[3]) if m[2] else (m[4], m[5], m[6])
    if len(back) > len(number):
        return m[0]
    return prefix + read_digits(number) + "、" + read_digits(number[: -len(back)] + back)


def _digits(m: re.Match[str]) -> str:
    return read_digits(m[0])


#: Figures joined by hyphens that no range or day is: three groups or more, one of three
#: figures at least (861-2345-6789; never a day, 2031-06-03), or a second group that opens
#: on a nought (第2031-0614期, no range ends so), or a room in a building (信电楼3-205):
#: each group digit by digit, 杠 between them.
_HYPHENED_CODE = re.compile(
    # (a ratio of two-figure parts is no code: 15-15-15 复合肥)
    r"(?<![\d.\-－A-Za-z])(?:(?=[\d\-－]*\d{3})\d{2,}(?:[-－]\d{2,}){2,}|\d{2,}[-－]0\d{2,}"
    r"|(?<=[楼樓栋棟幢座室])\d{1,2}[-－]\d{3,4})(?![\d.\-－:：])"
)


#: A day in figures by any calendar's year: 2031-06-03, Taiwan's 113-03-05.
_ANY_DAY = re.compile(r"(?<!\d)\d{2,4}[-－](?:0?[1-9]|1[0-2])[-－](?:0?[1-9]|[12]\d|3[01])(?!\d)")


#: A Macau plate, two letters then two pairs of figures: MX-12-34 is M X 一二 三四, no range.
_MACAU_PLATE = re.compile(r"(?<![A-Za-z\d\-])([A-Z]{2})-(\d{2})-(\d{2})(?![\d\-])")


def _hyphened_codes(text: str) -> str:
    def speak(m: re.Match[str]) -> str:
        if _ANY_DAY.search(m[0]):
            return m[0]  # a day (113-03-05), or days from one to another (2031-06-03-2031-06-05)
        return "杠".join(read_digits(g) for g in re.split(r"[-－]", m[0]))

    text = _MACAU_PLATE.sub(
        lambda m: f"{_spell(m[1])}{read_digits(m[2])} {read_digits(m[3])}", text
    )
    return _HYPHENED_CODE.sub(speak, text)


#: A code of capitals with digits between them (a model, CX32A7; a VIN, LXC56E2K3NA000101):
#: every digit is read alone, never 三十二 or 五十六.
_CAPITALS_AROUND_DIGITS = re.compile(
    r"(?<![A-Za-z\d.\-])(?=[A-Z\d]*[A-Z]\d+[A-Z])[A-Z\d]{4,}(?![A-Za-z\d.])"
)


#: A code that opens with a year and goes on in capitals: 2031LJM (a pass), read digit by
#: digit, never 两千零三十一; a figure before a unit (200TOPS, 100KW) is no code.
_DIGITS_THEN_LETTERS = re.compile(
    r"(?<![A-Za-z\d.\-])((?:19|20)\d\d)"
    # three capitals or more, never a unit (100KW, 20GB, 500KWH, 3000TEU)
    r"(?!(?:KWH|MWH|GWH|TWH|TEU|MHZ|GHZ|KHZ|PPM|PPB|USD|RMB|CNY|HKD|EUR|MPA|KPA|GPA|PCS)(?![A-Za-z]))"
    r"([A-Z]{3,})(?![a-z])"
)
#: Six digits and a capital or two, a subject's code (100201K, 100203TK): read digit by
#: digit; never a round figure or one before a unit (100000KW).
_SUBJECT_CODE = re.compile(
    r"(?<![A-Za-z\d.\-])(\d{4}(?!00)\d\d)"
    r"(?=(?!KW|MW|GW|KV|KG|MB|GB|TB|KB|KM|CM|MM|ML|MG)[A-Z]{1,2}(?![A-Za-z]))"
)
#: A mine's working face or district by its number (11206工作面, 2103采区): 一一二零六; a
#: mill's line by its width (1780产线): 一七八零.
_WORKING_FACE = re.compile(
    r"(?<![\d.,])(?<!\d，)(\d{3,6})(?=\s*(?:综采|综放|回采|掘进)?(?:工作面|采区|巷道)"
    # …or a mill's line named by its width (1780产线, 2250热轧线)
    r"|\s*(?:热轧|冷轧|热连轧)?(?:产线|生产线|轧线)|\s*(?:热|冷)轧线)"
)
#: A bus route of three digits or more: 301路 is 三零一路, as its stops announce it (12路 stays
#: 十二路); never a road's 路段 or 路口.
_BUS_ROUTE = re.compile(r"(?<![\d.,，])(\d{3,4})(?=路(?![段口面况]))")
#: A number with digits masked (an ID card's 5108**********0023 or 33072419950317XXXX, a
#: bank card's 6222021234****5678, a phone's 138****5678): the digits shown are read one by
#: one, the mask as a pause. A long head (six digits or more) may be masked by two marks or
#: more, stars or crosses, with the tail left off; a short one only by three stars or four
#: crosses or more before its tail (3201XXXXXXXX1234), so that 5**, a footnote's mark, and
#: 2×3 stay as written.
_MASKED = re.compile(
    r"(?<![\dA-Za-z.])"
    # (or a phone number's last digits hidden by crosses: 6231××××)
    r"(?:(\d{6,17})[Xx*＊×✕]{2,14}(\d{0,4})|(\d{1,5})(?:[*＊]{3,}|[Xx×✕]{4,})(\d{1,4})|(\d{3,8})[×✕]{2,8}())"
    r"([Xx]?)(?![\dA-Za-z.])"
)


#: A landline with its last digits masked, after its area code: 0731-86652xxx.
_MASKED_LANDLINE = re.compile(
    r"(?<![\dA-Za-z.])(0\d{2,3})\s?[-－]\s?(\d{3,7})[Xx×✕*＊]{2,4}(?![\dA-Za-z.])"
)


def _masked(text: str) -> str:
    """``5108**********0023`` -> 五一零八，零零二三 (see :data:`_MASKED`), before a keyed code's
    rule reads the first digits as a code and the tail as an amount; ``0731-86652xxx`` ->
    零七三幺，八六六五二, never 零七三一到八万六千六百五十二."""
    text = _MASKED_LANDLINE.sub(
        lambda m: read_digits(m[1], yao=True) + "，" + read_digits(m[2], yao=True), text
    )

    def speak(m: re.Match[str]) -> str:
        if m[5]:  # a phone's number: its 1 is 幺
            return read_digits(m[5], yao=True) + m[7]
        head, tail = (m[1], m[2]) if m[1] else (m[3], m[4])
        return read_digits(head) + ("，" + read_digits(tail) if tail else "") + m[7]

    return _MASKED.sub(speak, text)


#: An equipment tag, letters, a hyphen and its number: R-302反应釜, P-101泵 (digit by digit,
#: the hyphen unsaid).
#: A ship's number after its port and kind (浙象渔10325, 东海救117, 海巡0806, 海警1305):
#: digit by digit, as a hull's number is said.
_SHIP_NUMBER = re.compile(
    r"(?:(?<=[\u4e00-\u9fff]{2}渔)|(?<=[\u4e00-\u9fff]{2}渔运)|(?<=[东南北]海救)|(?<=海巡)"
    r"|(?<=海警)|(?<=海监)|(?<=渔政))(\d{2,5})(?=[轮号舰船艇]|[^\u4e00-\u9fff\d.]|$)"
)
#: A parking space's, a shop's or a stall's code, a letter, its level and its number (B1-076,
#: B2-101至B2-109): digit by digit with 杠, never a range (B一到零七六).
_SPOT_CODE = re.compile(
    r"(?<![A-Za-z\d.\-])([A-Z]{1,2})(\d{1,2})-(0\d{1,3}|\d{3,4})(?![\d.%\-]|\s*[A-Za-z])"
)
_TAG = re.compile(r"(?<![A-Za-z\d.\-])([A-Z]{1,4})-(\d{2,4})(?![\d.%\-])(?=[\u4e00-\u9fff])")
#: A draw's or an issue's serial number of five digits or more (第24089期, 第2031089期), or one
#: that opens on its year without 第 (双色球2031088期): read digit by digit, as a lottery
#: announces it, never 第二万四千零八十九期.
_ISSUE_SERIAL = re.compile(r"(?<=第)(\d{5,8})(?=期)|(?<![\d.])((?:19|20)\d{5})(?=期)")
#: An issue numbered within its year after a hyphen: 第2031-47期 (二零三一杠四十七, never a
#: range of issues).
_YEAR_ISSUE = re.compile(r"(?<=第)((?:19|20)\d\d)\s*[-－—]\s*(\d{1,3})(?=\s*期)")
#: Names said digit by digit, as everyone says them: a Boeing's model (波音737 is 七三七, with
#: its series 737-800 七三七杠八零零), the Nikkei's index (日经225 is 二二五).
_SAID_BY_DIGITS = re.compile(
    r"(?:(?<=波音)|(?<=波音\s))(7\d7(?:-\d{3})?)(?![\d\-])|(?<=日经)(225)(?!\d)"
    # (a disinfectant named by its digits, 84消毒液; a class by its year and number, 计科2802班;
    # a room in a wing, 明理楼B座307)
    r"|(?<![\d.])(84)(?=消毒)|(?<=[\u4e00-\u9fff])(\d{4})(?=班)|(?<=[A-Za-z]座)(\d{3,4})(?![\d.]|\s*[人个名万元])"
)
#: An enclosure's protection rating, its two digits each a grade (dust, then water): IP68 is
#: I P六八, never 六十八.
_IP_RATING = re.compile(r"(?<![A-Za-z\d])(IP)(\d\d)(?![\d.])")
#: A day named by its digits (99公益日, 618购物节): 九九公益日, 六一八购物节.
_NUMBERED_DAY = re.compile(r"(?<![\d.])(\d{2,4})(?=公益日|购物节|电商节|狂欢节|消费节)")
#: The hyphen between a locant and its group in a chemical's name (2-氯-5-甲基吡啶): said
#: as 二氯五甲基吡啶, never a minus sign.
_LOCANT = re.compile(
    r"(?<=\d)-(?=(?:氯|溴|碘|氟|甲基|乙基|丙基|丁基|羟基|氨基|硝基|甲氧基|乙酰|苯基))"
    r"|(?<=氯|溴|碘|氟|基)-(?=\d+-?[\u4e00-\u9fff])"
)


#: The numbers wetext takes for service phone numbers wherever they stand (110, 119, 120, 122,
#: 12345, 10086, 95588 …): it reads 时速120 as 时速幺二零 and 119次 as 幺幺九次.
_SERVICE_LIKE = re.compile(r"(?<![\d.])(?:1[12]\d|1[0-2]\d{3}|9\d{4})(?![\d.])")
#: Words that make such a number a phone number when they stand before it in its clause
#: (拨打110、119, 短信至10086) or just after it (12345政务服务便民热线, 122交通事故报警,
#: 12306网站).
_SERVICE_WORDS = re.compile(
    # (拨 to call, never 调拨, 划拨, 下拨 or 拨付: funds and goods are handed on)
    r"拨打|(?<![调划下])拨(?![付款给])|致电|电话|热线|报警|求助|急救|火警|投诉|举报|查号|短信|客服"
    r"|专线|接警|话务|宣传日|预警|反诈|来电|查询|咨询"
    # (a dispatch linked with them: 实现与110、119联动)
    r"|联动|聯動"
    r"|网站|平台|App|APP|客户端|小程序|公众号"
)
#: A list of service numbers after the word that calls them, up to the next one.
_CALLED_LIST = re.compile(
    r"(?:拨打|致电|电话|热线|报警)[^，。；,;\d零幺二三四五六七八九]{0,4}"
    r"(?:(?:1[12]\d|1[0-2]\d{3}|9\d{4}|幺[零幺二三四五六七八九]{2,4})\s*[、/或和及]\s*)+$"
)
#: What makes it an amount: a unit or a measure word right after it (119次, 120赫兹, 110年,
#: 120余条),
#: or a word of quantity right before it (时速120, 达到120).
_AMOUNT_AFTER = re.compile(
    r"\s*[余多]?(?:[人个元万亿千百次件家项吨台辆户所座条年月日天周岁倍米克升度分秒名位场起例份批套张"
    r"本间级届期栋层亩斤只头处處個棵株辆輛站所枚宗顶頂床箱袋桶瓶盒支把副双雙架艘部根块塊片粒颗顆趟列队隊组組剂劑针針]"
    r"|公[里斤顷]|平方|立方|毫|微|千[米克瓦]|兆|赫兹|伏|瓦|帕|分贝"
    # hours of teaching or work, credits (培训120学时, 120课时, 120小时)
    r"|学时|學時|课时|課時|学分|學分|小时|小時|工作日|工日"
    # an engine's power, birds and fish counted (120马力, 鸡苗120羽, 鱼苗110尾)
    r"|马力|馬力|匹|羽|尾"
    # the first of a range or a pair (120到129之间, 血压120比80)
    r"|(?:到|至|比)\s*[\d零一二三四五六七八九十百])"
)
_AMOUNT_BEFORE = re.compile(
    r"(?:达到|达|共|约|增至|降至|升至|减至|为|超过|超|突破|有|计|速|高|长|宽|重|深|收入|实现"
    r"|完成|合计|累计|总计|增加|减少|增长|下降|上涨|回落|报|收于|分别为|、|和|及|与|比|乘|加|减"
    # (…or its sign: 约负120至正860米, as no phone's number has one)
    r"|除以|到|至|第|负|正"
    # (…or what it is equal to or compared with: a sample's N=120, P<120)
    r"|[=＝≈≥≤<>＜＞]|等于|等於|大于|大於|小于|小於)\s*$"
)
_CLAUSE_END = re.compile(r"[，。；！？,;!?\n]")
#: A figure beside it across a list's mark (表中112、119, a table's row 合计，112，119): one of a
#: list of figures, an amount, unless a phone's word stands before it on its line.
_FIGURE_NEXT = re.compile(r"\s*[、，,]\s*\d")
_FIGURE_BEFORE = re.compile(r"[\d零一二三四五六七八九十百千]\s*[、，,]\s*$")
#: A phone number already read digit by digit (with 幺), then the mark that lists the next.
_AFTER_A_PHONE = re.compile(r"幺[零幺二三四五六七八九]*\s*[、/或和及，,]\s*$")
#: A gloss in brackets just after a number: 12328（交通运输服务监督热线）.
_GLOSS = re.compile(r"\s*[（(]([^（）()\n]{1,20})[)）]")


def _service_numbers(text: str) -> str:
    """110, 120, 12345 … are read 幺幺零 next to a phone word (拨打110, 12345热线, 12306网站,
    “110”宣传日), and as amounts next to a unit or a word of quantity (时速120, 119次, 110年),
    read here so that wetext does not take them for phone numbers; elsewhere wetext decides.
    Run last before wetext, when units and ranges are read."""

    def speak(m: re.Match[str]) -> str:
        before = _CLAUSE_END.split(text[max(0, m.start() - 12) : m.start()])[-1]
        after = _CLAUSE_END.split(text[m.end() : m.end() + 8])[0]
        quoted = before.endswith(("“", '"')) and after.startswith(("”", '"'))
        # 020-87664321、12121 or 0736-5823316，12316: the list's next number
        listed = (
            _AFTER_A_PHONE.search(before)
            or _AFTER_A_PHONE.search(text[max(0, m.start() - 14) : m.start()])
            # …or the last of a list of them after the word that calls them: 拨打110、119、
            # 120、122
            or _CALLED_LIST.search(text, max(0, m.start() - 40), m.start())
        )
        # …or one glossed in brackets after it: 12328（交通运输服务监督热线）
        gloss = _GLOSS.match(text, m.end())
        if _AMOUNT_AFTER.match(after) and not quoted:
            return read_cardinal(m.group(), liang=True)  # 帐篷120顶, 救护车120辆: a count
        # (95xxx is a company's service line wherever it stands: 人保财险95518; so is a
        # 123xx government hotline alone in its clause: 县纪委监委，12388)
        service = len(m.group()) == 5 and (
            m.group().startswith("95")
            or (m.group().startswith("123") and not before.strip() and not after.strip())
            # (…or a 12xxx hotline before the name of what it serves: 12321网络不良…中心)
            or (
                m.group().startswith("12")
                and re.match(r"[\u4e00-\u9fff]", after) is not None
                and not _AMOUNT_BEFORE.search(before)
            )
        )
        if (
            quoted
            or listed
            or service
            or _SERVICE_WORDS.search(before)
            or _SERVICE_WORDS.search(after)
            or (gloss and _SERVICE_WORDS.search(gloss[1]))
        ):
            return read_digits(m.group(), yao=True)
        if _AMOUNT_BEFORE.search(before) or _MEASURE_LABEL_RE.search(before):
            return read_cardinal(m.group(), liang=True)
        line = text[max(0, m.start() - 40) : m.start()].rsplit("\n", 1)[-1]
        if (
            _FIGURE_NEXT.match(text, m.end())
            or _FIGURE_BEFORE.search(text, max(0, m.start() - 4), m.start())
        ) and not _SERVICE_WORDS.search(line):
            return read_cardinal(m.group(), liang=True)
        return m.group()

    return _SERVICE_LIKE.sub(speak, text)


#: A measure's label and its colon before a figure: AQI：120, 二氧化硫：110 (a value, never a
#: phone's number: those follow 电话, 热线 …, read before this).
_MEASURE_LABEL_RE = re.compile(
    r"(?:[A-Za-z]{2,}|指数|浓度|濃度|均值|数值|值|量|率"
    # …or a table's column over its figure (满分：120, 计划数：110), never one to call
    r"|(?<![咨查询詢联聯系繫号號码碼服务務])[\u4e00-\u9fff]{1,2}(?:分|数|數|人数|人數|计划|計劃))"
    r"\s*[:：=]\s*$"
)


def _hotlines(text: str) -> str:
    """A short number right after the word for calling it or before 热线 (拨打1823, 1823热线),
    and a phone's extension (分机312), read digit by digit, 1 as 幺."""
    text = _HOTLINE.sub(
        # (the colon after the word stays: 洽询电话：1999 is a field)
        lambda m: (
            m.group()[: m.start(m.lastindex or 0) - m.start()].strip(" ，,")
            + read_digits(m[m.lastindex or 0], yao=True)
        ),
        text,
    )
    text = _LONE_EXTENSION.sub(lambda m: m[1] + read_digits(m[2], yao=True), text)
    text = _NEXT_HOTLINE.sub(lambda m: m[1] + read_digits(m[2], yao=True), text)
    text = _EXTENSION.sub(lambda m: m[1] + read_digits(m[2], yao=True), text)
    return _EXTENSION_RANGE.sub(
        lambda m: ("至" if "至" in m[0] else "到") + read_digits(m[1], yao=True), text
    )


#: A phone's extension, after the number was read: 分机 312, 转8012.
_EXTENSION = re.compile(
    r"(?<=[零幺一二三四五六七八九])[\s，]*((?:分机|分機|转|轉))[\s，]*(\d{1,5})(?![\d.])"
)
#: After a number just read digit by digit (幺 for 1, so never 一), and before no count: where
#: the next number is read the same way.
_AFTER_DIGITS_READ = r"(?<=[零幺二三四五六七八九]{3})"
#: (a count is what a number before its measure word says: 电话418宗, 热线来电120次)
_NO_COUNT_AFTER = r"(?![\d.]|\s*[余多]?(?:个|個|人|次|元|年|家|名|宗|起|部|台|件|例|条|條|项|項))"
#: The last of a run of extensions, after the first was read digit by digit (分机8001~8005):
#: the same way, never as an amount (八零零幺到八零零五, not 八千零五).
_EXTENSION_RANGE = re.compile(
    rf"{_AFTER_DIGITS_READ}\s*(?:~|～|-|－|—|至|到)\s*(\d{{3,5}}){_NO_COUNT_AFTER}"
)
#: A short number right after the word for calling it, or before 热线: 拨打1823, 请拨 166,
#: 热线：1823, 1823热线 (Hong Kong's government hotline), 96166服务热线, 1999市民热线.
#: An extension named without its line's number (分機3201、3205): digit by digit, as ever.
_LONE_EXTENSION = re.compile(r"((?:分机|分機)(?:号|號)?\s*[:：]?\s*)(\d{2,6})(?![\d.])")
#: The other short number offered with one just read digit by digit: 撥打166或167.
_NEXT_HOTLINE = re.compile(
    rf"({_AFTER_DIGITS_READ}"
    # (…with the desk each one reaches in brackets: 分機210（註冊組）、212（試務組）, or the
    # hours it answers: 0571-86001234（8:30-17:00）、96345)
    # (its hours are read by now: （八点三十分到十七点）)
    r"(?:[（(](?:[^（）()\d]{1,16}|\d{1,2}\s*(?:小时|小時))[)）])?"
    r"\s*(?:或|、|和|及|/)\s*)(\d{3,5})" + _NO_COUNT_AFTER
)
_HOTLINE = re.compile(
    r"(?<=拨打|撥打|请拨|請撥|致电|致電|热线|熱線|专线|專線|电话|電話)[:：，]?\s*(\d{3,5})(?!\s\d)"
    # (…never a count of what the phone was used for: 使用流动电话418宗)
    + _NO_COUNT_AFTER
    # (…or a text message's number, however long: 发送至10657305, 编辑短信发到106588)
    + r"|(?:(?<=发送至|发送到|發送至|發送到|短信至|簡訊至)|(?<=发至|發至|[”\"」]至|[”\"」]到))"
    r"\s*(1\d{4,19}|9\d{4,5})(?![\d.])"
    r"|(?<![\d.])(\d{3,5})(?=\s*(?:服务|市民|便民|政务服务便民)?(?:热线|熱線))"
)


#: A range of numbers of seven digits or more, both as long and sharing their first half, no
#: unit after them: identifiers, as examinees' or posts' numbers run (25010101—25010236),
#: never amounts (1000000-2000000元).
_ID_RANGE = re.compile(
    r"(?<![\d.,])(\d{7,})\s*[—－\-~～至到]\s*(\d{7,})(?![\d.,])"
    r"(?!\s*(?:[万亿元人个名户吨次件台辆份%]|美元|港元|公里|平方|千米|公斤))"
)


#: A range of codes named by the same capitals, the near end padded with zeros (K001—K300,
#: K零零一到K三零零): the far end is a code as long, digit by digit too, never an amount.
_PADDED_CODE_RANGE = re.compile(
    r"(?<![A-Za-z])([A-Z]{1,3})(0\d{2,})\s*([—－\-~～至到])\s*\1(\d{3,})(?![\d.])"
)


def _code_range(m: re.Match[str]) -> str:
    if len(m[2]) != len(m[4]):
        return m.group()
    joint = m[3] if m[3] in "至到" else "到"
    return f"{m[1]}{read_digits(m[2])}{joint}{m[1]}{read_digits(m[4])}"


def id_ranges(text: str) -> str:
    """``25010101—25010236`` -> 二五零一零一零一到二五零一零二三六 (digit by digit, 到); so is
    a range of padded codes (:data:`_PADDED_CODE_RANGE`)."""
    text = _PADDED_CODE_RANGE.sub(_code_range, text)

    def speak(m: re.Match[str]) -> str:
        half = len(m[1]) // 2
        if len(m[1]) != len(m[2]) or m[1][:half] != m[2][:half]:
            return m.group()
        return read_digits(m[1]) + "到" + read_digits(m[2])

    return _ID_RANGE.sub(speak, text)
