"""A web page for each bulletin (``<name>.html``) and the folder's ``index.html``.

The page is for everyone the MP3 alone leaves out: it plays the bulletin with the browser's
own audio controls, lists the chapters as buttons, shows the report's written text with the
sentence being spoken highlighted (for deaf and hard-of-hearing readers, and for anyone who
follows better by reading along), and works with the keyboard and screen readers alone.

Both pages are single static files rendered from the templates in ``templates/``: the CSS and
the little JavaScript are inlined, nothing is fetched from elsewhere, so they work from
``file://`` and from any static host. The cue timings and the chapter marks are embedded in
the page as JSON, because browsers do not load a ``<track>`` from ``file://``; the VTT
sidecar is still attached as captions where the browser can use it.

The index is built from what lies in the folder: each page carries its own metadata (title,
date, source, length, file names) as a small JSON block at the top of its ``<head>``, so
:func:`write_index` needs nothing but the pages and reads only their first few kilobytes (a
batch run calls it once at the end).
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from audiobulletin.atomic import write_text_atomic

if TYPE_CHECKING:  # for the annotations only: page_path must stay cheap to import
    from audiobulletin.assemble import ChapterMark, Cue
    from audiobulletin.script import Script

INDEX_NAME = "index.html"
#: Added to the page name of a bulletin whose page would otherwise be the folder index.
_PAGE_ESCAPE = ".bulletin"
_ESCAPED_STEM_RE = re.compile(r"index(?:\.bulletin)*", re.IGNORECASE)
#: Version of the JSON embedded in each page; the index skips pages it cannot read.
DATA_VERSION = 1
_META_RE = re.compile(
    r'<script type="application/json" id="bulletin-meta">(.*?)</script>', re.DOTALL
)
#: How much of a page is read for its metadata (it sits at the top of <head>).
_META_READ = 16_384

__all__ = [
    "INDEX_NAME",
    "cue_spans",
    "page_path",
    "read_page_data",
    "render_index",
    "render_page",
    "url_for_file",
    "write_index",
]


def page_path(out_mp3: Path) -> Path:
    """``<name>.html`` next to ``<name>.mp3``, and never the folder's ``index.html``.

    A report called ``index`` would otherwise publish its page over the index (and the index
    over the page). Its page is ``index.bulletin.html`` instead; a stem that already reads
    ``index.bulletin`` (``index.bulletin.bulletin`` ...) gets one more ``.bulletin``, so no two
    MP3s in a folder share a page, even on a file system that ignores case. Everything that
    names a bulletin's page (the publisher, the page itself, the index, the feed) goes through
    here, and this module adds nothing heavy (no Jinja) to the package, so any of them can
    call it.
    """
    out_mp3 = Path(out_mp3)
    stem = out_mp3.with_suffix("").name
    if _ESCAPED_STEM_RE.fullmatch(stem):
        stem += _PAGE_ESCAPE
    return out_mp3.with_name(stem + ".html")


def url_for_file(name: str) -> str:
    """The relative URL of the file ``name`` (``a/b.mp3``): each path segment
    percent-encoded.

    HTML escaping alone leaves ``#``, ``?``, ``%`` and spaces in a file name meaning what they
    mean in a URL, so ``周报#3.mp3`` would load ``周报`` with the fragment ``3.mp3``.
    """
    return "/".join(quote(segment, safe="") for segment in name.split("/"))


@lru_cache(maxsize=1)
def _environment() -> Any:
    import jinja2

    environment = jinja2.Environment(
        loader=jinja2.PackageLoader("audiobulletin.publish", "templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    # Every file name that goes into an href or a src goes through this filter.
    environment.filters["url"] = url_for_file
    return environment


def _json_for_script(data: object) -> str:
    """JSON that is safe inside ``<script>``: no ``<`` can close the element early."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def clock(seconds: float) -> str:
    """``m:ss`` (or ``h:mm:ss``), as players show it."""
    whole = int(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def spoken_length(seconds: float) -> str:
    """``5分03秒``: the length in words a screen reader reads naturally."""
    whole = round(seconds)
    minutes, secs = divmod(whole, 60)
    return f"{minutes}分{secs:02d}秒" if minutes else f"{secs}秒"


def _size(n_bytes: int) -> str:
    return f"{n_bytes / 1_000_000:.1f} MB" if n_bytes >= 100_000 else f"{n_bytes / 1000:.0f} KB"


@dataclass(frozen=True)
class _Sentence:
    id: int
    text: str


def cue_spans(script: Script, cues: Sequence[Cue]) -> list[tuple[int, int] | None]:
    """For each cue, the first and last written sentence (numbered across the whole
    bulletin, intro first) that it shows; None where the cue cannot be traced.

    A cue is one or more spoken sentences of the script (the synthesizer folds a sentence
    with nothing to say into its neighbour), so the script's sentences are taken in order
    until their text makes up the cue's.
    """
    spoken: list[tuple[str, tuple[int, int] | None]] = []
    base = 0
    for seg in script.chapters:
        spans = seg.written_spans if len(seg.written_spans) == len(seg.sentences) else ()
        for k, sentence in enumerate(seg.sentences):
            span = (base + spans[k][0], base + spans[k][1]) if spans else None
            spoken.append((sentence, span))
        base += len(seg.written)
    out: list[tuple[int, int] | None] = []
    i = 0
    for cue in cues:
        text, firsts, lasts = "", [], []
        while i < len(spoken) and len(text) < len(cue.text):
            text += spoken[i][0]
            span = spoken[i][1]
            if span is not None:
                firsts.append(span[0])
                lasts.append(span[1])
            i += 1
        if text != cue.text:
            # The cues do not follow the script (another assembler?): highlight nothing
            # rather than the wrong sentence.
            return out + [None] * (len(cues) - len(out))
        out.append((min(firsts), max(lasts)) if firsts else None)
    return out


def _paragraphs(written: Sequence[str], base: int) -> list[list[_Sentence]]:
    """Written sentences grouped into the paragraphs they were written in."""
    paragraphs: list[list[_Sentence]] = [[]]
    for k, text in enumerate(written):
        paragraphs[-1].append(_Sentence(base + k, text.rstrip("\n")))
        if text.endswith("\n"):
            paragraphs.append([])
    return [p for p in paragraphs if p]


def render_page(
    script: Script,
    chapters: Sequence[ChapterMark],
    cues: Sequence[Cue],
    *,
    mp3_name: str,
    mp3_bytes: int,
    duration_ms: int,
    vtt_name: str | None,
    made: datetime | None = None,
    mp3_sha256: str | None = None,
) -> str:
    """The bulletin page as HTML text; ``mp3_sha256`` (the digest of the MP3 it plays) goes
    into its embedded metadata, so the index can tell it belongs to the MP3 beside it."""
    made = made or datetime.now(timezone.utc)
    duration = duration_ms / 1000
    spans = cue_spans(script, cues)
    transcript = []
    base = 0
    for seg in script.chapters:
        transcript.append({"title": seg.chapter, "paragraphs": _paragraphs(seg.written, base)})
        base += len(seg.written)
    meta = {
        "version": DATA_VERSION,
        "title": script.title,
        "date": script.date,
        "source": script.source,
        "made": made.isoformat(timespec="seconds"),
        "mp3": mp3_name,
        "page": page_path(Path(mp3_name)).name,
        "duration": round(duration, 3),
    }
    if mp3_sha256 is not None:
        meta["mp3_sha256"] = mp3_sha256
    data = {
        "duration": round(duration, 3),
        "chapters": [
            {"title": c.title, "start": c.start_ms / 1000, "end": c.end_ms / 1000} for c in chapters
        ],
        # [start, end, first written sentence, last written sentence]; -1: none
        "cues": [
            [c.start_ms / 1000, c.end_ms / 1000, *(span if span else (-1, -1))]
            for c, span in zip(cues, spans, strict=True)
        ],
    }
    template = _environment().get_template("bulletin.html")
    return template.render(  # type: ignore[no-any-return]
        title=script.title or Path(mp3_name).stem,
        date=script.date,
        source=script.source,
        mp3=mp3_name,
        mp3_size=_size(mp3_bytes),
        vtt=vtt_name,
        length=spoken_length(duration),
        chapters=[{"title": c.title, "clock": clock(c.start_ms / 1000)} for c in chapters],
        transcript=transcript,
        meta=_json_for_script(meta),
        data=_json_for_script(data),
    )


def read_page_data(page: Path) -> dict[str, Any] | None:
    """The metadata embedded in a page this module wrote; None for any other file."""
    try:
        with open(page, encoding="utf-8", errors="replace") as handle:
            head = handle.read(_META_READ)
            if "</head>" not in head:
                head += handle.read()
        match = _META_RE.search(head)
        data = json.loads(match.group(1)) if match else None
    except (OSError, UnicodeDecodeError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("version") != DATA_VERSION:
        return None
    return data


def _newest_first(entry: dict[str, Any]) -> tuple[str, str]:
    # The report's own date first; a report without one counts from the day it was made.
    made = str(entry.get("made") or "")
    return (str(entry.get("date") or made[:10]), made)


def render_index(entries: Sequence[dict[str, Any]]) -> str:
    """The index page for the pages' metadata ``entries``, newest first."""
    rows = []
    for e in sorted(entries, key=_newest_first, reverse=True):
        rows.append(
            {
                "title": e.get("title") or Path(str(e["page"])).stem,
                "page": e["page"],
                "mp3": e["mp3"],
                "date": e.get("date"),
                "source": e.get("source"),
                "length": spoken_length(float(e.get("duration") or 0)),
            }
        )
    page: str = _environment().get_template("index.html").render(bulletins=rows)
    return page


def write_index(folder: Path, exclude: Collection[str] = ()) -> Path:
    """Write (or refresh) ``folder/index.html`` listing every bulletin page in the folder.

    A page is listed when it is one of ours, its MP3 is still there and the two are one set
    (:func:`audiobulletin.publish.sets.is_whole`), and the MP3's name is not in ``exclude``
    (bulletins a batch is replacing right now). Written to a temporary file and renamed, so
    a reader never sees half an index. Returns its path.
    """
    from audiobulletin.publish.sets import is_whole

    folder = Path(folder)
    entries = []
    for page in sorted(folder.glob("*.html")):
        if page.name == INDEX_NAME:
            continue
        data = read_page_data(page)
        if data is None or data.get("page") != page.name:
            continue
        mp3 = str(data.get("mp3", ""))
        if not mp3 or mp3 in exclude or not is_whole(folder / mp3):
            continue
        entries.append(data)
    target = folder / INDEX_NAME
    write_text_atomic(target, render_index(entries))
    return target
