"""Transcripts: WebVTT captions (``<name>.vtt``) and the plain text for the ID3 USLT frame.

Both are for readers (deaf and hard-of-hearing listeners, and Apple Podcasts, which shows
the VTT as the episode's transcript), so they show the report **as written**
(``2026年6月18日``, ``0871-96121``, ``www.qcqx.gov.cn``), never the spoken form an engine was
given (二零二六年…, 零八七幺…).

The timing still comes from the audio. The assembler marks one cue per spoken sentence,
timed from the trimmed clips that were actually joined; the script says which written
sentences each spoken sentence was made from (``Segment.written_spans``). Spoken cues that
share written sentences form one *unit*: its written text is shown over its audio span. A
unit's text is cut into captions of at most :data:`MAX_LINES` lines of about
:data:`LINE_WIDTH` Han characters (the usual rule of Chinese subtitling: 16 to 20 characters a
line, two lines a caption), and each caption gets the share of the unit's speech that its
own spoken form takes (voiced characters, pauses between sentences skipped), so a caption
appears while its words are said. WebVTT is what podcast apps (``<podcast:transcript>``) and
browsers (``<track>``) both read.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from pathlib import Path

from audiobulletin.assemble import Cue
from audiobulletin.publish.sets import vtt_header
from audiobulletin.script import Script
from audiobulletin.zh import CLAUSE_MARKS, ELLIPSIS, SENTENCE_ENDS, voiced_chars
from audiobulletin.zh import words as zh_words

#: Width of a caption line, in Han characters (a Latin letter or digit counts half).
LINE_WIDTH = 18
#: A text up to this wide stays on one line rather than leave a stub on a second.
LINE_MAX = 20
#: Lines in one caption.
MAX_LINES = 2

#: Punctuation that may not begin a line (it belongs to the text before it).
_NO_LINE_START = frozenset("，。、；：！？…）」』”’》〉】〕,.;:!?)]}%％")
#: Punctuation after which a line may end without cutting a phrase.
_BREAK_AFTER = frozenset(CLAUSE_MARKS + SENTENCE_ENDS + ELLIPSIS)
#: A run of visible ASCII (a number, a time, a phone number, a URL) is never cut; other
#: text is cut between words.
_RUN_RE = re.compile(r"[!-~]+|\s+|[^!-~\s]+")
#: A number with its unit, or a date, which a line never cuts: 1月31日, 2031年3月, 6楼.
_NUMBER_ATOM_RE = re.compile(
    r"((?<![\w.\-/:@])\d+(?:\.\d+)?[年月日号时点分秒楼层个名人万亿元％](?:\d+[年月日号时点分秒])*)"
)


def vtt_timestamp(ms: int) -> str:
    """``HH:MM:SS.mmm`` (hours always present, as some parsers require)."""
    if ms < 0:
        raise ValueError(f"negative time {ms} ms")
    hours, rest = divmod(int(ms), 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    seconds, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{seconds:02d}.{millis:03d}"


def _escape(line: str) -> str:
    return line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _cue_text(text: str) -> str:
    """A cue's payload: one line per line of ``text`` (blank lines dropped, since a blank
    line ends the cue), spaces collapsed, ``& < >`` escaped (so no ``-->`` either)."""
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return "\n".join(_escape(line) for line in lines if line)


def webvtt(cues: Sequence[Cue], mp3_sha256: str | None = None) -> str:
    """The WebVTT document for ``cues`` (a ``\\n`` in a cue's text is a line break);
    ``mp3_sha256``, the digest of the MP3 it belongs to, goes on the header line
    (``WEBVTT mp3_sha256 …``: the format allows text after a space there, and parsers that
    split the file at blank lines see no extra block)."""
    blocks = [vtt_header(mp3_sha256) + "\n"]
    for cue in cues:
        timing = f"{vtt_timestamp(cue.start_ms)} --> {vtt_timestamp(cue.end_ms)}"
        blocks.append(f"{timing}\n{_cue_text(cue.text)}\n")
    return "\n".join(blocks)


def write_vtt(path: Path, cues: Sequence[Cue], mp3_sha256: str | None = None) -> None:
    """Write :func:`webvtt` to ``path`` as UTF-8."""
    Path(path).write_text(webvtt(cues, mp3_sha256), encoding="utf-8")


def plain_transcript(script: Script) -> str:
    """The report as written, chapter title first, chapters separated by a blank line (for
    the USLT frame); a chapter the script has no written form for shows its spoken text."""
    parts = []
    for seg in script.chapters:
        body = "".join(seg.written).strip() if seg.written else seg.spoken
        parts.append(f"{seg.chapter}\n{body}")
    return "\n\n".join(parts)


# --------------------------------------------------------------------------- caption lines


def _width(text: str) -> float:
    """Display width in Han characters: wide and full-width characters 1, the rest half."""
    return sum(1.0 if unicodedata.east_asian_width(ch) in "WF" else 0.5 for ch in text)


def _atoms(text: str, width: int) -> list[str]:
    """Pieces a line may not be cut inside: a number with its unit or a date, an ASCII run,
    a run of spaces, or a word (by jieba); any piece wider than a whole line is cut at the
    width."""
    out: list[str] = []
    for k, piece in enumerate(_NUMBER_ATOM_RE.split(text)):
        if k % 2:
            out.append(piece)  # a number with its unit, never cut: 1月31日, 6楼
            continue
        for run in _RUN_RE.findall(piece):
            out.extend(_words(run, width))
    return out


def _words(run: str, width: int) -> list[str]:
    """A run of ASCII or of other characters as pieces no line cuts inside (see
    :func:`_atoms`)."""
    out: list[str] = []
    for word in [run] if run[:1].isascii() else zh_words(run, hmm=False):
        while _width(word) > width:
            cut = int(width) if not word.isascii() else 2 * int(width)
            out.append(word[:cut])
            word = word[cut:]
        out.append(word)
    return out


def caption_lines(text: str, width: int = LINE_WIDTH) -> list[str]:
    """Cut ``text`` (one written sentence) into lines of about ``width`` Han characters.

    Rules: no line is wider than :data:`LINE_MAX` (scaled with ``width``); a number, time,
    phone number or web address (a run of ASCII) and a word are never cut; a closing mark
    (，。」…) never starts a line. Among the cuts that keep these rules, the one chosen has
    the fewest lines, then lines ending after a comma or stop where it can, then lines
    closest to ``width`` (the last line may be short, but not a stub of a few characters).
    Spaces at either end of a line are dropped.
    """
    text = " ".join(text.split())
    if not text:
        return []
    hard = max(float(width), LINE_MAX * width / LINE_WIDTH)
    atoms = _atoms(text, int(hard))
    widths = [_width(a) for a in atoms]
    n = len(atoms)
    # best[i]: (cost, start of the last line) of the best cut of atoms[:i]
    best: list[tuple[float, int]] = [(0.0, 0)] + [(float("inf"), 0)] * n
    for end in range(1, n + 1):
        if end < n and atoms[end][0] in _NO_LINE_START:
            continue  # a closing mark stays with the line before it
        used = 0.0
        for start in range(end - 1, -1, -1):
            used += widths[start]
            if used > hard and start < end - 1:
                break
            if best[start][0] == float("inf"):
                continue
            cost = 1000.0  # each line
            if end < n:
                cost += (width - min(used, width)) ** 2 + max(0.0, used - width) * 4
                cost += 0 if atoms[end - 1][-1] in _BREAK_AFTER else 40
            elif start > 0 and used < 4:
                cost += 60  # a stub of a last line
            if best[start][0] + cost < best[end][0]:
                best[end] = (best[start][0] + cost, start)
    lines: list[str] = []
    end = n
    while end > 0:
        start = best[end][1]
        lines.append("".join(atoms[start:end]).strip())
        end = start
    return [line for line in reversed(lines) if line]


def caption_chunks(text: str, width: int = LINE_WIDTH, max_lines: int = MAX_LINES) -> list[str]:
    """``text`` as captions of at most ``max_lines`` lines, lines joined by ``\\n``."""
    lines = caption_lines(text, width)
    return ["\n".join(lines[k : k + max_lines]) for k in range(0, len(lines), max_lines)]


# --------------------------------------------------------------------------- timing


def _spoken_weight(text: str) -> int:
    """How long ``text`` takes to say, in voiced characters of its spoken form."""
    from audiobulletin.normalize import to_spoken

    return max(1, voiced_chars(to_spoken(text.replace("\n", "")).text))


class _Clock:
    """Time at a position in a unit's speech, counted in voiced characters.

    Inside a spoken cue, time runs linearly over its voiced characters; the pauses between
    cues hold no characters, so a position at a cue boundary starts at the next cue (for a
    caption's start) or ends at the previous one (for its end).
    """

    def __init__(self, cues: Sequence[Cue]) -> None:
        self.cues = list(cues)
        self.sizes = [max(1, voiced_chars(c.text)) for c in cues]
        self.total = sum(self.sizes)

    def at(self, position: float, *, start: bool) -> int:
        before = 0
        for k, (cue, size) in enumerate(zip(self.cues, self.sizes, strict=True)):
            last = k == len(self.cues) - 1
            if (position < before + size if start else position <= before + size) or last:
                share = min(max((position - before) / size, 0.0), 1.0)
                return round(cue.start_ms + share * (cue.end_ms - cue.start_ms))
            before += size
        return self.cues[-1].end_ms  # pragma: no cover - the loop returns at the last cue


def _timed(texts: list[str], cues: Sequence[Cue]) -> list[Cue]:
    """Captions ``texts`` over the speech of ``cues``, each in proportion to its spoken
    length; starts and ends never go back, and every caption lasts at least 1 ms."""
    clock = _Clock(cues)
    weights = [_spoken_weight(t) for t in texts]
    scale = clock.total / sum(weights)
    out: list[Cue] = []
    done = 0.0
    for text, weight in zip(texts, weights, strict=True):
        begin = clock.at(done * scale, start=True)
        done += weight
        end = clock.at(done * scale, start=False)
        if out:
            begin = max(begin, out[-1].end_ms)
        end = max(end, begin + 1)
        out.append(Cue(begin, end, text))
    return out


def caption_cues(script: Script, cues: Sequence[Cue]) -> list[Cue]:
    """The captions for a bulletin: the script's written text over the spoken ``cues``.

    Spoken cues are grouped into units that share written sentences (a long written sentence
    spoken as several, or a line ending in ： spoken with the next); each unit's written
    sentences are cut into captions (:func:`caption_chunks`) and timed inside the unit's
    audio span (see the module docstring). A cue that cannot be traced to the script (no
    written form) is shown as spoken, cut into lines the same way.
    """
    from audiobulletin.publish.html import cue_spans

    written = [w for seg in script.chapters for w in seg.written]
    spans = cue_spans(script, cues)
    units: list[tuple[list[Cue], tuple[int, int] | None]] = []
    for cue, span in zip(cues, spans, strict=True):
        if span is not None and units and units[-1][1] is not None:
            first, last = units[-1][1]
            if span[0] <= last:
                units[-1][0].append(cue)
                units[-1] = (units[-1][0], (first, max(last, span[1])))
                continue
        units.append(([cue], span))
    out: list[Cue] = []
    for unit, span in units:
        sentences = [cue.text for cue in unit] if span is None else written[span[0] : span[1] + 1]
        texts = [chunk for sentence in sentences for chunk in caption_chunks(sentence)]
        if not texts:
            texts = [chunk for cue in unit for chunk in caption_chunks(cue.text)]
        if not texts:
            continue
        for caption in _timed(texts, unit):
            if out and caption.start_ms < out[-1].end_ms:
                caption = caption._replace(start_ms=out[-1].end_ms)
                caption = caption._replace(end_ms=max(caption.end_ms, caption.start_ms + 1))
            out.append(caption)
    return out
