"""An output folder -> ``feed.xml``: an RSS 2.0 podcast feed of its bulletins.

The feed is built from what is on disk, not from what a run remembers, so it can be rebuilt at
any time (``audiobulletin feed``) and always matches the folder. An item is listed only when
its MP3 and both sidecars are there; because the publisher renames the MP3 into place last,
an MP3 that exists is complete and so are its sidecars. Each item's title, date, intro and
duration come from the ``<name>.meta.json`` sidecar a batch run writes; a bulletin made with
plain ``make`` (no sidecar) is described from its ID3 tags instead.

The feed uses feedgen with its podcast (iTunes) extension, plus :class:`PodcastIndexExtension`
for the two Podcasting 2.0 tags feedgen lacks: ``podcast:chapters`` (the JSON chapters) and
``podcast:transcript`` (the WebVTT). Titles and texts are escaped by lxml, so ``<``, ``&`` and
quotes in a report's title cannot break the XML.

Each item's guid is derived from the bulletin's path in the folder (not from its content or
the base URL): re-running the batch, re-making an edited report or moving the feed to another
host keeps the same guid, so podcast apps update the episode instead of listing it twice.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
import uuid
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from audiobulletin.atomic import write_bytes_atomic
from audiobulletin.errors import InputError
from audiobulletin.publish import metadata_path, sidecar_paths
from audiobulletin.publish.html import page_path

FEED_NAME = "feed.xml"
PODCAST_NS = "https://podcastindex.org/namespace/1.0"
#: Reports carry Beijing-time dates; an item dated only by day is put at midnight there.
_CHINA = dt.timezone(dt.timedelta(hours=8))
#: Namespace of the stable item guids (uuid5 of the bulletin's path in the folder).
_GUID_NS = uuid.uuid5(uuid.NAMESPACE_URL, "https://audiobulletin/bulletins")


@dataclass(frozen=True)
class FeedSettings:
    """The channel: where the files are served and how the podcast presents itself.

    ``image`` is an absolute URL or a file name under ``base_url`` (Apple asks for a square
    JPEG or PNG of 1400-3000 px). ``email`` is the owner's contact, which Apple requires and
    never shows. ``category`` is one of Apple's categories.
    """

    base_url: str
    title: str = "audiobulletin"
    description: str = ""
    author: str = ""
    email: str | None = None
    image: str | None = None
    category: str = "News"
    explicit: bool = False
    language: str = "zh-cn"

    def __post_init__(self) -> None:
        if not self.base_url.startswith(("http://", "https://")):
            raise InputError(
                f"The feed's base URL must start with http:// or https://, got '{self.base_url}'.",
                hint="e.g. --feed-url https://example.org/bulletins/",
            )
        if not self.base_url.endswith("/"):
            object.__setattr__(self, "base_url", self.base_url + "/")

    def url(self, relative: str) -> str:
        if relative.startswith(("http://", "https://")):
            return relative
        return self.base_url + quote(relative)


@dataclass(frozen=True)
class FeedItem:
    """One bulletin as the feed lists it."""

    relative: str  # the MP3's path in the folder, with '/' separators
    title: str
    published: dt.datetime
    description: str
    duration_ms: int
    size: int
    page: str | None = None
    """The bulletin's web page (``<name>.html``) in the folder, when there is one."""

    @property
    def guid(self) -> str:
        return str(uuid.uuid5(_GUID_NS, self.relative.removesuffix(".mp3")))


# --------------------------------------------------------------------------- feedgen extension


class PodcastIndexExtension:
    """Channel half of the ``podcast:`` namespace (only declares it)."""

    def extend_ns(self) -> dict[str, str]:
        return {"podcast": PODCAST_NS}

    def extend_rss(self, feed):  # type: ignore[no-untyped-def]
        return feed

    def extend_atom(self, feed):  # type: ignore[no-untyped-def]
        return feed


class PodcastIndexEntryExtension(PodcastIndexExtension):
    """Item half: ``podcast:chapters`` and ``podcast:transcript``."""

    def __init__(self) -> None:
        self._chapters: str | None = None
        self._transcript: tuple[str, str] | None = None

    def chapters(self, url: str) -> None:
        self._chapters = url

    def transcript(self, url: str, mime: str = "text/vtt") -> None:
        self._transcript = (url, mime)

    def extend_rss(self, entry):  # type: ignore[no-untyped-def]
        from lxml import etree

        if self._chapters:
            etree.SubElement(
                entry,
                f"{{{PODCAST_NS}}}chapters",
                url=self._chapters,
                type="application/json+chapters",
            )
        if self._transcript:
            url, mime = self._transcript
            etree.SubElement(entry, f"{{{PODCAST_NS}}}transcript", url=url, type=mime)
        return entry


# --------------------------------------------------------------------------- items


def _date_from(text: str | None) -> dt.datetime | None:
    """A ``YYYY[-MM[-DD]]`` date as midnight Beijing time; None for no or a bad date."""
    if not text:
        return None
    try:
        parts = [int(p) for p in text.split("-")]
        return dt.datetime(parts[0], *[*parts[1:], 1, 1][:2], tzinfo=_CHINA)
    except (ValueError, IndexError):
        return None


def _item_from_meta(mp3: Path, relative: str, meta: dict) -> FeedItem:
    built = dt.datetime.strptime(meta["built"], "%Y-%m-%dT%H:%M:%SZ").replace(
        tzinfo=dt.timezone.utc
    )
    return FeedItem(
        relative=relative,
        title=str(meta.get("title") or mp3.stem),
        published=_date_from(meta.get("date")) or built,
        description=str(meta.get("intro") or meta.get("title") or ""),
        duration_ms=int(meta["duration_ms"]),
        size=mp3.stat().st_size,
    )


def _item_from_tags(mp3: Path, relative: str) -> FeedItem:
    from mutagen.mp3 import MP3

    audio = MP3(str(mp3))
    tags = audio.tags or {}
    title = str(tags["TIT2"].text[0]) if "TIT2" in tags else mp3.stem
    date = None
    for frame in ("TDRC", "TYER"):
        if frame in tags:
            date = _date_from(str(tags[frame].text[0])[:10])
            break
    built = dt.datetime.fromtimestamp(mp3.stat().st_mtime, tz=dt.timezone.utc).replace(
        microsecond=0
    )
    return FeedItem(
        relative=relative,
        title=title,
        published=date or built,
        description=title,
        duration_ms=round(audio.info.length * 1000),
        size=mp3.stat().st_size,
    )


def collect_items(folder: Path, on_warning=None) -> list[FeedItem]:  # type: ignore[no-untyped-def]
    """Every complete bulletin under ``folder``, newest first (then by path, for stability)."""
    folder = Path(folder)
    items: list[FeedItem] = []
    for mp3 in sorted(folder.rglob("*.mp3")):
        relative = mp3.relative_to(folder).as_posix()
        if any(part.startswith(".") for part in Path(relative).parts):
            continue  # temporary files and hidden folders
        if not all(p.is_file() for p in sidecar_paths(mp3)):
            continue
        meta_file = metadata_path(mp3)
        try:
            if meta_file.is_file():
                meta = json.loads(meta_file.read_text(encoding="utf-8"))
                item = _item_from_meta(mp3, relative, meta)
            else:
                item = _item_from_tags(mp3, relative)
            page = page_path(mp3)
            if page.is_file():
                item = dataclasses.replace(item, page=page.relative_to(folder).as_posix())
            items.append(item)
        except Exception as exc:  # one unreadable bulletin must not take the feed down
            if on_warning:
                on_warning(f"{relative} left out of the feed: {exc}")
    items.sort(key=lambda item: item.relative)
    items.sort(key=lambda item: item.published, reverse=True)
    return items


#: Characters XML 1.0 cannot hold (controls other than tab and line ends, surrogates, U+FFFE/F).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _xml_text(text: str) -> str:
    """``text`` without the characters XML cannot hold: lxml refuses the whole feed for one,
    and one odd character in one report must not take every bulletin out of the feed."""
    return _NOT_XML.sub("", text)


def _duration(ms: int) -> str:
    seconds = round(ms / 1000)
    return f"{seconds // 3600:02d}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"


def build_feed(settings: FeedSettings, items: list[FeedItem]) -> bytes:
    """The feed XML for ``items`` (from :func:`collect_items`)."""
    from feedgen.feed import FeedGenerator

    fg = FeedGenerator()
    fg.load_extension("podcast")
    fg.register_extension("podcastindex", PodcastIndexExtension, PodcastIndexEntryExtension)
    fg.title(_xml_text(settings.title))
    fg.link(href=settings.base_url, rel="alternate")
    fg.description(_xml_text(settings.description or settings.title))
    fg.language(settings.language)
    fg.generator("audiobulletin")
    fg.podcast.itunes_explicit("yes" if settings.explicit else "no")
    fg.podcast.itunes_category(settings.category)
    if settings.author:
        fg.podcast.itunes_author(settings.author)
        fg.author(
            {"name": settings.author, **({"email": settings.email} if settings.email else {})}
        )
    if settings.author and settings.email:
        fg.podcast.itunes_owner(name=settings.author, email=settings.email)
    if settings.image:
        fg.podcast.itunes_image(settings.url(settings.image))
        fg.image(url=settings.url(settings.image), title=settings.title, link=settings.base_url)
    fg.podcast.itunes_summary(settings.description or settings.title)
    # feedgen lists entries in reverse order of adding: add oldest first.
    for item in reversed(items):
        chapters_json, vtt = sidecar_paths(Path(item.relative))
        entry = fg.add_entry()
        entry.guid(item.guid, permalink=False)
        entry.title(_xml_text(item.title))
        if item.page:
            entry.link(href=settings.url(item.page))
        entry.description(_xml_text(item.description) or _xml_text(item.title))
        entry.pubDate(item.published)
        entry.enclosure(settings.url(item.relative), str(item.size), "audio/mpeg")
        entry.podcast.itunes_duration(_duration(item.duration_ms))
        entry.podcastindex.chapters(settings.url(chapters_json.as_posix()))
        entry.podcastindex.transcript(settings.url(vtt.as_posix()))
    fg.lastBuildDate(
        max((i.published for i in items), default=None) or dt.datetime.now(dt.timezone.utc)
    )
    return fg.rss_str(pretty=True)


def write_feed(folder: Path, settings: FeedSettings, on_warning=None) -> tuple[Path, int]:  # type: ignore[no-untyped-def]
    """Write ``feed.xml`` in ``folder`` atomically; return its path and number of items."""
    folder = Path(folder)
    if not folder.is_dir():
        raise InputError(f"'{folder}' is not a folder.")
    items = collect_items(folder, on_warning)
    if on_warning:
        if not settings.image:
            on_warning("the feed has no itunes:image; Apple Podcasts requires one (--image).")
        if not (settings.author and settings.email):
            on_warning(
                "the feed has no itunes:owner; Apple Podcasts requires --author and --email."
            )
    path = folder / FEED_NAME
    write_bytes_atomic(path, build_feed(settings, items))
    return path, len(items)
