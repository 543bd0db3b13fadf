"""Document -> :class:`Script`: the words that will be spoken, chapter by chapter.

The script is the contract between the text half and the speech half: ``spoken`` is exactly
what an engine is given, and ``sentences`` is the same text cut at sentence ends (one clip and
one transcript cue each), so ``"".join(sentences) == spoken``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from audiobulletin.document import (
    Chapter,
    Document,
    MetaLine,
    cap_chapters,
    is_figure_listing,
    is_listing_chapter,
    merge_short_chapters,
)
from audiobulletin.script.intro import (
    INTRO_CHAPTER,
    INTRO_MAX_VISIBLE,
    distinct_intro_title,
    intro_parts,
)
from audiobulletin.script.phrasing import end_sentence
from audiobulletin.script.provenance import (
    META_NAMES,
    SAID_BEFORE_RE,
    issuer,
    named_units,
    report_time,
    source_name,
    when_and_who,
)
from audiobulletin.script.tables import table_reading, table_summary, total_row
from audiobulletin.zh import (
    split_sentences,
    split_written,
    voiced_chars,
)

__all__ = [
    "INTRO_CHAPTER",
    "INTRO_MAX_VISIBLE",
    "MAX_CHAPTERS",
    "Script",
    "Segment",
    "align_written",
    "build_script",
    "chapter_text",
    "issuer",
    "named_units",
    "source_name",
    "table_reading",
    "table_summary",
    "total_row",
    "when_and_who",
]


@dataclass(frozen=True)
class Segment:
    """One chapter of the bulletin.

    ``chapter`` is its title (at most 16 Han characters, distinct in the bulletin),
    ``text`` the segment as written in the report (empty for the intro), ``spoken`` the
    normalised text an engine speaks, ``sentences`` that text cut into sentences.

    ``written`` is what a reader sees while the segment plays: the written sentences (the
    intro's too, and a table as the rows it is read as), a block's last sentence ending in
    ``\n``. ``written_spans`` has one entry per spoken sentence: the first and last index in
    ``written`` of the sentences it was made from (a long written sentence may be spoken as
    several, and a line ending in ： is spoken with the next), so a transcript can show the
    written text and follow the voice sentence by sentence.
    """

    chapter: str
    text: str
    spoken: str
    sentences: tuple[str, ...]
    written: tuple[str, ...] = ()
    written_spans: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class Script:
    """The whole bulletin as spoken text. ``intro`` is None when the intro is turned off."""

    title: str
    intro: Segment | None
    segments: tuple[Segment, ...]
    date: str | None = None
    warnings: tuple[str, ...] = field(default=())
    notes: tuple[str, ...] = field(default=())
    """What the script did to the report's shape that a user should know (chapters merged to
    fit the MP3's chapter table), as opposed to text that was not read."""
    source: str | None = None
    """The report's source line as written (e.g. ``来源：省气象台``), for pages and feeds."""
    time: str | None = None
    """The clock time (``HH:MM``, Beijing time) given with the report's date, if any."""

    @property
    def chapters(self) -> tuple[Segment, ...]:
        """Every segment in speaking order, the intro first."""
        return ((self.intro,) if self.intro else ()) + self.segments

    def to_dict(self) -> dict[str, Any]:
        """The JSON contract of ``audiobulletin script --json``."""
        return {
            "title": self.title,
            "date": self.date,
            "intro": (
                {
                    "chapter": self.intro.chapter,
                    "spoken": self.intro.spoken,
                    "sentences": list(self.intro.sentences),
                }
                if self.intro
                else None
            ),
            "segments": [
                {
                    "chapter": s.chapter,
                    "text": s.text,
                    "spoken": s.spoken,
                    "sentences": list(s.sentences),
                }
                for s in self.segments
            ],
            "warnings": list(self.warnings),
            "notes": list(self.notes),
        }


#: Chapters a bulletin may have, the intro included: an ID3 table of contents (CTOC) counts
#: its entries in one byte, and no listener skips through more anyway.
MAX_CHAPTERS = 255


def build_script(doc: Document, *, intro: bool = True, max_sentence_chars: int = 80) -> Script:
    """Turn a parsed report into the bulletin script.

    Rules:
    - The document's chapters are first sized for listening
      (:func:`audiobulletin.document.merge_short_chapters`); each becomes one segment. Its
      ``text`` is the chapter as written (heading line, then each block); its ``spoken``
      form is the heading followed by the blocks, tables read row by row with their column
      names (see :func:`table_reading`), all normalised once by
      :func:`audiobulletin.normalize.to_spoken`. A chapter of tables of long figures is
      announced, without its caption and notes.
    - The intro is a radio opener within 150 characters (about half a minute): the title,
      the date and issuer (never a field line or a clock time), up to four key facts (at
      most 120 characters, what the rest leaves) from the report itself
      (never its first sentence word for word, never the headline again) and a map of the
      chapters (see :func:`intro_parts`).
    - Nothing is lost without a word: every normaliser warning, every line the document
      dropped, and every metadata line that is not spoken ends up in ``warnings``.
    """
    from audiobulletin.titles import chapter_titles

    warnings: list[str] = []
    notes: list[str] = []
    doc = replace(doc, chapters=_listenable_chapters(doc, intro, warnings, notes))
    titles = _named_titles(chapter_titles(doc.chapters, headline=doc.title), doc)
    segments = tuple(
        _segment(
            title,
            title,
            _chapter_written_for_speech(chapter),
            _chapter_parts(chapter),
            chapter_text(chapter),
            max_sentence_chars,
            warnings,
        )
        for chapter, title in zip(doc.chapters, titles, strict=True)
    )
    intro_segment = None
    parts = intro_parts(doc, titles) if intro else []
    if any(voiced_chars(part) for part in parts):  # a report of one short line has none
        intro_segment = _segment(
            distinct_intro_title(titles),
            INTRO_CHAPTER,
            "".join(parts),
            [(p, p) for p in parts],
            "",
            max_sentence_chars,
            warnings,
        )
    warnings.extend(_unread(doc, intro, "".join(parts) if intro_segment else ""))
    return Script(
        title=doc.title,
        intro=intro_segment,
        segments=segments,
        date=doc.date,
        warnings=tuple(warnings),
        notes=tuple(notes),
        source=next((m.text for m in doc.meta if m.kind == "source"), None),
        time=report_time(doc),
    )


def _named_titles(titles: list[str], doc: Document) -> list[str]:
    """Chapter titles with 我省/我市/我局 said as the province, city or office they are (我省
    扎实做好各项防汛准备工作 -> 河北省扎实做好…), as the intro says them: a listener
    elsewhere would hear their own province. Only where the title stays within 16
    characters and distinct."""
    from audiobulletin.summary import visible_len
    from audiobulletin.titles import HARD_MAX_VISIBLE

    out = []
    for title in titles:
        named = named_units(title, doc)
        fits = visible_len(named) <= HARD_MAX_VISIBLE and named not in titles and named not in out
        if not fits and named != title:
            # …else without the office that names itself, too long to say by name (我公司将
            # 对城北线停电作业 -> 对城北线停电作业)
            named = _OWN_SUBJECT_RE.sub("", title, count=1)
            fits = len(named) >= 4 and named not in titles and named not in out
        out.append(named if fits else title)
    return out


#: An office or a unit that names itself as the subject a title opens on: 我公司将, 我局已.
_OWN_SUBJECT_RE = re.compile(r"^(?:我|本)(?:局|厅|委|院|公司|中心|站|单位)(?:将|已|于|拟|正)?")


def _listenable_chapters(
    doc: Document, intro: bool, warnings: list[str], notes: list[str]
) -> tuple[Chapter, ...]:
    """The document's chapters sized for listening and capped to what the MP3's chapter
    table holds; what is not read, and why the chapters were joined, is added to
    ``warnings`` and ``notes``."""
    chapters = []
    for chapter in merge_short_chapters(doc.chapters):
        if is_listing_chapter(chapter):
            # a table of figures is announced, and so are not its caption and notes
            unread = ([chapter.heading] if chapter.heading else []) + [
                b.text for b in chapter.blocks if b.table is None
            ]
            warnings.extend(f"未朗读（数据表说明）：{line}" for line in unread)
            chapter = Chapter(None, tuple(b for b in chapter.blocks if b.table is not None))
        chapters.append(chapter)
    most = MAX_CHAPTERS - (1 if intro else 0)
    if len(chapters) > most:
        notes.append(
            f"the report has {len(chapters)} chapters and a bulletin at most {MAX_CHAPTERS} "
            f"(the MP3's chapter table holds no more): neighbouring chapters are read as "
            f"one, {most} in all; every word is still read."
        )
        chapters = cap_chapters(chapters, most)
    return tuple(chapters)


def _segment(
    chapter: str,
    warn_as: str,
    for_speech: str,
    parts: list[tuple[str, str]],
    text: str,
    max_sentence_chars: int,
    warnings: list[str],
) -> Segment:
    """One segment: ``for_speech`` normalised once and cut into sentences, each traced back
    to the written sentences of ``parts`` (see :func:`align_written`); the normaliser's
    warnings are added to ``warnings`` under ``warn_as``."""
    from audiobulletin.normalize import to_spoken

    spoken = to_spoken(for_speech)
    warnings.extend(f"「{warn_as}」：{w}" for w in spoken.warnings)
    sentences = tuple(split_sentences(spoken.text, max_sentence_chars))
    written, spans = align_written(parts, spoken.text, sentences)
    return Segment(
        chapter=chapter,
        text=text,
        spoken=spoken.text,
        sentences=sentences,
        written=written,
        written_spans=spans,
    )


def _said_in(meta: MetaLine, intro_text: str) -> bool:
    """Whether the intro says a metadata line it may speak: a source or a signature only
    when the intro names it (a source of several bureaus may not be said as the issuer);
    a date whenever there is an intro."""
    if not (intro_text and meta.spoken):
        return False
    if meta.kind not in ("source", "signature"):
        return True
    name = (source_name(meta.text) if meta.kind == "source" else meta.text) or meta.text
    # each body it names (研究生院（党委研究生工作部）, 党委研究生工作部 研究生院), however
    # the intro joins them (党委研究生工作部、研究生院发布)
    bodies = [b for b in re.split(r"[\s、，,（）()/／·]+", name) if b]
    return all(body in intro_text for body in bodies)


def _unread(doc: Document, intro: bool, intro_text: str) -> list[str]:
    """A warning for every line that is not read: dropped lines, figure tables (only
    announced) and metadata the intro does not say."""
    warnings = [f"未朗读（非正文）：{line}" for line in doc.dropped]
    for chapter in doc.chapters:
        for block in chapter.blocks:
            if block.table is not None and is_figure_listing(block.table):
                first = "，".join(c for c in block.table.rows[0] if c.strip())
                warnings.append(
                    f"未朗读（数据表，{len(block.table.rows)}行，只报表格）：第一行 {first}"
                )
    for meta in doc.meta:
        if meta.kind == "unit":
            continue  # read with the table's figures
        if not _said_in(meta, intro_text):
            warnings.append(f"未朗读（{META_NAMES.get(meta.kind, '元数据')}）：{meta.text}")
    if intro:
        # the headline the page gave first (原标题：…), which the title says in other words
        warnings += [f"未朗读（标题）：{s}" for s in doc.subtitles if SAID_BEFORE_RE.match(s)]
    else:
        warnings.append(f"未朗读（标题，已关闭内容提要）：{doc.title}")
        warnings += [f"未朗读（副标题，已关闭内容提要）：{s}" for s in doc.subtitles]
    return warnings


def chapter_text(chapter: Chapter) -> str:
    """The chapter as written: heading line, then each block, one per line."""
    parts = ([chapter.heading] if chapter.heading else []) + [b.text for b in chapter.blocks]
    return "\n".join(parts)


def _chapter_written_for_speech(chapter: Chapter) -> str:
    """Heading and blocks as one written text, ready for the normaliser.

    The heading ends with a full stop so it is spoken as its own sentence with a pause.
    """
    return "".join(spoken for _, spoken in _chapter_parts(chapter))


def _chapter_parts(chapter: Chapter) -> list[tuple[str, str]]:
    """Each block of the chapter as (shown, spoken-as-written), in the order of
    :func:`_chapter_written_for_speech`: a heading or paragraph is shown as written (without
    the full stop added for speech), a table as the rows it is read as."""
    parts: list[tuple[str, str]] = []
    if chapter.heading:
        parts.append((chapter.heading.strip(), end_sentence(chapter.heading)))
    for block in chapter.blocks:
        if block.kind == "table" and block.table is not None:
            reading = table_reading(block.table)
            parts.append((reading, reading))
        else:
            parts.append((block.text.strip(), end_sentence(block.text)))
    return parts


def align_written(
    parts: list[tuple[str, str]], spoken: str, sentences: tuple[str, ...]
) -> tuple[tuple[str, ...], tuple[tuple[int, int], ...]]:
    """The written sentences of ``parts`` and, for each spoken sentence, the first and last
    written sentence it was made from.

    Each block is cut with :func:`audiobulletin.zh.split_written` (the splitter that cut
    ``sentences`` out of ``spoken``) and every written sentence is normalised on
    its own; their spoken forms laid end to end give the offset at which each written
    sentence starts in ``spoken``: a spoken sentence spans from the written sentence in
    which its first character lies to the last written sentence that starts inside it.
    Normalisation is local (a number, a date, a URL never spans a sentence end), so the
    pieces nearly always add up to ``spoken``; where a rule looked across a sentence end and
    they do not, the offsets are matched with :mod:`difflib`.
    """
    from audiobulletin.normalize import to_spoken

    shown: list[str] = []
    pieces: list[str] = []  # spoken form of each written sentence
    for display, for_speech in parts:
        written = split_written(for_speech)
        if not written:
            continue
        added = for_speech.endswith("。") and not display.endswith("。")
        for k, piece in enumerate(written):
            pieces.append(to_spoken(piece).text)
            is_last = k == len(written) - 1
            shown.append(
                (piece[:-1] if is_last and added else piece).rstrip("\n")
                + ("\n" if is_last else "")
            )
    if shown:
        shown[-1] = shown[-1].rstrip("\n")
    starts: list[int] = []
    pos = 0
    for piece in pieces:
        starts.append(pos)
        pos += len(piece)
    joined = "".join(pieces)
    to_joined = (lambda offset: offset) if joined == spoken else _offset_map(spoken, joined)
    spans: list[tuple[int, int]] = []
    offset = 0
    for sentence in sentences:
        lead = len(sentence) - len(sentence.lstrip())
        first = bisect.bisect_right(starts, to_joined(offset + lead)) - 1
        offset += len(sentence)
        last = bisect.bisect_left(starts, to_joined(offset)) - 1
        first = max(0, min(first, len(shown) - 1))
        spans.append((first, max(first, min(last, len(shown) - 1))))
    return tuple(shown), tuple(spans)


def _offset_map(a: str, b: str) -> Callable[[int], int]:
    """Map an offset in ``a`` to the matching offset in ``b`` (nearest matched character)."""
    import difflib

    anchors: list[tuple[int, int]] = [(0, 0)]
    for block in difflib.SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks():
        if block.size:
            anchors.append((block.a, block.b))
    keys = [x for x, _ in anchors]

    def to_b(offset: int) -> int:
        ai, bi = anchors[bisect.bisect_right(keys, offset) - 1]
        return bi + (offset - ai)

    return to_b
