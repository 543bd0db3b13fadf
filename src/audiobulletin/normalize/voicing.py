"""Steps 11–15: wetext, the digit safety net, Latin words and acronyms, pauses, and every
character the engine cannot voice turned into a named warning."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from audiobulletin.normalize.chars import _voiceable, _wetext
from audiobulletin.normalize.codes import _spell
from audiobulletin.normalize.numbers import read_digits
from audiobulletin.zh import CLOSERS, HAN

# --------------------------------------------------------------------------------------------
# 11–12. wetext and the digit safety net
# --------------------------------------------------------------------------------------------

#: What wetext is given: runs of Han, ASCII digits and ``. : / % -`` (no quotes, no spaces,
#: no Latin: wetext escapes quotes, strips spaces and misreads Latin units).
_WETEXT_RUN = re.compile(rf"[0-9{HAN}.:/%\-]+")
_ASCII_DIGITS = re.compile(r"\d+")


@lru_cache(maxsize=16384)
def _wetext_run(chunk: str) -> str:
    """wetext's reading of one run, remembered. wetext is the costliest step of the
    normaliser, and every run is read at least twice: in its chapter, then in its sentence
    (see :func:`audiobulletin.script.align_written`); a long report repeats its figures too."""
    read: str = _wetext().normalize(chunk)
    return read


def _apply_wetext(text: str) -> str:
    """Run wetext on every run that still holds an ASCII digit; leave the rest untouched."""

    def run(m: re.Match[str]) -> str:
        chunk = m.group()
        if not any("0" <= ch <= "9" for ch in chunk):
            return chunk
        return _wetext_run(chunk)

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
        "TOP",
        "LOGO",
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
    """``GDP`` -> ``G D P``, ``HDPE`` -> ``H D P E``, ``Wind``/``NASA`` stay words."""
    return _LATIN_TOKEN.sub(lambda m: _speak_latin_token(m.group()), text)


# --------------------------------------------------------------------------------------------
# 14–15. Pauses, unvoiceable characters, warnings
# --------------------------------------------------------------------------------------------

#: Ellipses (…… … ... 。。。⋯), dash runs (—— — ―― -- ----), tildes and list bullets; a
#: triangle or a star only where it opens a sentence (▲ 高新技术产业投资…, ★ 本周要闻):
#: inside one it stands for something unsaid (获得☆级称号) and is warned of.
_PAUSE_RUN = re.compile(
    r"(?:[…⋯]+|\.{3,}|。{3,}|[—―–‒﹘~～〜]+|-+(?!\d)|[●•◆■▪►▶◇□○▌▍▎▐◎◉❖]"
    r"|(?:^|(?<=[\n。！？!?；;：:]))\s*[▲△★☆])"
)
#: The pause marks that runs collapse over (strongest first).
_PAUSE_STRENGTH = "。；，、"
_PAUSE_COLLAPSE = re.compile(r"[，。；、]{2,}")
_PAUSE_AFTER_MARK = re.compile(r"(?<=[！？!?])[，。；、]+|(?<=[：:])[，、]+")
#: A comma-pause at the start of a line (a list bullet ``●``/``- ``, a leading ``——``): the
#: line break already is that pause.
_LINE_START_PAUSE = re.compile(r"^[，、]+", re.M)
_LINE_END_AHEAD = re.compile(rf"[{re.escape(CLOSERS)}]*(?:\n|$)")


def _collapse_pauses(text: str) -> str:
    """A run of pause marks keeps only its strongest; marks right after ！/？ are redundant,
    as is a comma after a colon (市民：- 尽早…, a bullet after the colon that lists)."""
    text = _PAUSE_AFTER_MARK.sub("", text)
    return _PAUSE_COLLAPSE.sub(lambda m: min(m.group(), key=_PAUSE_STRENGTH.index), text)


#: ASCII punctuation that a text written with it (园区实现营收512.6亿元, 同比增长21.3%.) sets
#: where Chinese sets its own marks: after a Han character (or a closing quote or bracket),
#: and for the comma before one too. Between Latin words (Model S, Model X) it stays.
_ASCII_MARKS = {".": "。", ",": "，", ":": "：", ";": "；", "?": "？", "!": "！"}
_ASCII_MARK_RE = re.compile(
    rf"(?<=[{HAN}”」』）)》\"])[.,:;?!](?=[\s{HAN}“”「」『』（）()\"。，；：！？]|$)|(?<=[{HAN}])[,:;](?=\S)"
    rf"|(?<=\S),(?=[{HAN}])"
    # …and a full stop after a Latin word that ends its line (…点com.), or before a Latin
    # word that opens the next sentence (营收4600万元.KTV行业…, never a domain's dot)
    r"|(?<=[A-Za-z])\.(?=\s*$)"
    rf"|(?<=[{HAN}])\.(?=[A-Z](?![A-Za-z\d\-]*\.[A-Za-z]))"
)


#: A list item's number glued to the words before it (证件黏贴单1.国小组), once read: 一.国小;
#: never a sentence's end before the word that opens the next (…销售额前3.其中,…), nor
#: one after a rank (位居全市第一.近日, 前三., 唯一.).
_GLUED_ITEM_RE = re.compile(
    rf"(?<=[{HAN}][一二三四五六七八九十])"
    r"(?<![零一二三四五六七八九十百千万亿两点之第前唯][一二三四五六七八九十])"
    rf"\.(?=[{HAN}])(?!其中|此外|同时|另外|目前|对此|为此|但是|然而|因此|据悉|据了解)"
)


def _chinese_marks(text: str) -> str:
    """ASCII punctuation in Chinese text as the Chinese marks it stands for, so a sentence
    ends once (…百分之七十六.。 would say two full stops) and pauses the same wherever it
    was typed; the dot of a list item's number glued to the words before it is 、."""
    text = _GLUED_ITEM_RE.sub("、", text)
    return _ASCII_MARK_RE.sub(lambda m: _ASCII_MARKS[m.group()], text)


#: Words said again in brackets right after them, as a figure written two ways reads
#: (Ⅶ度（7度）, 六級（6級）), once both are read.
_SAID_AGAIN_RE = re.compile(r"([^\s，。；：、（）()]{2,8})[（(]\1[)）]")


def said_once(text: str) -> str:
    """``七度（七度）`` -> 七度: what the brackets say again is said once."""
    return _SAID_AGAIN_RE.sub(r"\1", text)


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
    context, and one for a run of the same character (a blank to fill in, ________), e.g.
    ``无法朗读的字符 “☆” (U+2606 WHITE STAR) 位于 “…好☆天…”``.
    """
    out: list[str] = []
    warnings: dict[str, None] = {}
    for i, ch in enumerate(text):
        if _voiceable(ch):
            out.append(ch)
            continue
        invisible = unicodedata.category(ch)[0] in "CZ"
        if i == 0 or text[i - 1] != ch:  # a run of one character (____________): one warning
            warnings.setdefault(
                f"无法朗读的字符 {_describe(ch)} 位于 “…{_context(text, i)}…”，已改为停顿", None
            )
        out.append(" " if invisible else "，")
    return "".join(out), list(warnings)
