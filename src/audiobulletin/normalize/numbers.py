"""Numbers as they are said: digit by digit, or as cardinals (两 where speech has it)."""

from __future__ import annotations

import re

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


#: A run of more digits than any amount has (over 16, beyond 千万亿): an account number, a
#: checksum, a string of digits pasted by mistake. No rule may read it as a number, nor cut
#: it into a number and a phone number, so it is spelled out before any rule sees it. Not
#: after a decimal point: a long fraction is read digit by digit by the decimals rule.
_LONG_DIGITS = re.compile(r"(?<![\d.．])\d{17,}(?!\d)")


def long_digit_runs(text: str) -> str:
    """Read every run of 17 or more digits digit by digit (as :func:`read_cardinal` does)."""
    return _LONG_DIGITS.sub(lambda m: read_digits(m.group()), text)


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
