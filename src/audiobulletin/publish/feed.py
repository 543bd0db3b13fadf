"""An output folder -> ``feed.xml``: an RSS 2.0 podcast feed of its bulletins.

The feed is built from what is on disk, not from what a run remembers, so it can be rebuilt at
any time (``audiobulletin feed``) and always matches the folder. An item is listed only when
its MP3 and both sidecars are there and are one set: each sidecar records the digest of the
MP3 it describes (:mod:`audiobulletin.publish.sets`), so new sidecars beside an old MP3 (a run
killed between two renames) are never listed, and the length an enclosure states is the
size of the MP3 at the moment the feed was written. A batch rewrites the feed without a
bulletin before it replaces that bulletin's files, and with it once they are all in place.
Each item's title, date, intro and duration come from the ``<name>.meta.json`` sidecar a batch
run writes; a bulletin made with plain ``make`` (no sidecar) is described from its ID3 tags
instead.

The feed uses feedgen with its podcast (iTunes) extension, plus :class:`PodcastIndexExtension`
for the two Podcasting 2.0 tags feedgen lacks: ``podcast:chapters`` (the JSON chapters) and
``podcast:transcript`` (the WebVTT). Titles and texts are escaped by lxml, so ``<``, ``&`` and
quotes in a report's title cannot break the XML.

Each item's guid is derived from the bulletin's path in the folder (not from its content or
the base URL): re-running the batch, re-making an edited report or moving the feed to another
host keeps the same guid, so podcast apps update the episode instead of listing it twice.

The channel follows Apple's rules as written: ``itunes:explicit`` is ``true``/``false``
(feedgen only writes ``yes``/``no``, which feedparser reads as nothing, so the extension writes
it), the category is checked against Apple's list, the cover art is checked or drawn (see
:mod:`audiobulletin.publish.cover`), and ``atom:link rel="self"`` and ``podcast:guid`` name
the feed itself. A feed keeps the newest ``max_items`` bulletins; the folder's index page
still lists every one.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import difflib
import json
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

from audiobulletin.atomic import write_bytes_atomic
from audiobulletin.errors import InputError
from audiobulletin.publish import cover as cover_mod
from audiobulletin.publish import metadata_path, sidecar_paths
from audiobulletin.publish.html import page_path

FEED_NAME = "feed.xml"
PODCAST_NS = "https://podcastindex.org/namespace/1.0"
#: Reports carry Beijing-time dates; an item dated only by day is put at midnight there.
_CHINA = dt.timezone(dt.timedelta(hours=8))
#: Namespace of the stable item guids (uuid5 of the bulletin's path in the folder).
_GUID_NS = uuid.uuid5(uuid.NAMESPACE_URL, "https://audiobulletin/bulletins")
#: The namespace the podcast namespace's ``podcast:guid`` is made in (uuid5 of the feed URL).
PODCAST_GUID_NS = uuid.UUID("ead4c236-bf58-58c6-a2c6-a6b28d128cb6")
#: How many bulletins a feed lists by default: the newest.
DEFAULT_MAX_ITEMS = 300

#: Apple Podcasts' categories and their subcategories.
# fmt: off
APPLE_CATEGORIES: dict[str, tuple[str, ...]] = {
    "Arts": (
        "Books", "Design", "Fashion & Beauty", "Food", "Performing Arts", "Visual Arts",
    ),
    "Business": (
        "Careers", "Entrepreneurship", "Investing", "Management", "Marketing", "Non-Profit",
    ),
    "Comedy": ("Comedy Interviews", "Improv", "Stand-Up"),
    "Education": ("Courses", "How To", "Language Learning", "Self-Improvement"),
    "Fiction": ("Comedy Fiction", "Drama", "Science Fiction"),
    "Government": (),
    "History": (),
    "Health & Fitness": (
        "Alternative Health", "Fitness", "Medicine", "Mental Health", "Nutrition", "Sexuality",
    ),
    "Kids & Family": ("Education for Kids", "Parenting", "Pets & Animals", "Stories for Kids"),
    "Leisure": (
        "Animation & Manga", "Automotive", "Aviation", "Crafts", "Games", "Hobbies",
        "Home & Garden", "Video Games",
    ),
    "Music": ("Music Commentary", "Music History", "Music Interviews"),
    "News": (
        "Business News", "Daily News", "Entertainment News", "News Commentary", "Politics",
        "Sports News", "Tech News",
    ),
    "Religion & Spirituality": (
        "Buddhism", "Christianity", "Hinduism", "Islam", "Judaism", "Religion", "Spirituality",
    ),
    "Science": (
        "Astronomy", "Chemistry", "Earth Sciences", "Life Sciences", "Mathematics",
        "Natural Sciences", "Nature", "Physics", "Social Sciences",
    ),
    "Society & Culture": (
        "Documentary", "Personal Journals", "Philosophy", "Places & Travel", "Relationships",
    ),
    "Sports": (
        "Baseball", "Basketball", "Cricket", "Fantasy Sports", "Football", "Golf", "Hockey",
        "Rugby", "Running", "Soccer", "Swimming", "Tennis", "Volleyball", "Wilderness",
        "Wrestling",
    ),
    "Technology": (),
    "True Crime": (),
    "TV & Film": ("After Shows", "Film History", "Film Interviews", "Film Reviews", "TV Reviews"),
}
# fmt: on


def _category_names() -> list[str]:
    """Every valid ``--category``: ``News`` and ``News/Daily News`` alike."""
    names = []
    for top, subs in APPLE_CATEGORIES.items():
        names.append(top)
        names.extend(f"{top}/{sub}" for sub in subs)
    return names


def check_category(value: str) -> tuple[str, str | None]:
    """``(category, subcategory)`` for ``News`` or ``News/Daily News`` (any case, spaces
    around the ``/`` allowed); a subcategory alone (``Daily News``) finds its parent.

    Raises :class:`InputError` (exit 2) for a name not in Apple's list, naming the nearest.
    """
    wanted = "/".join(part.strip() for part in value.split("/")).casefold()
    names = _category_names()
    for name in names:
        top, _, sub = name.partition("/")
        if wanted in (name.casefold(), sub.casefold()):
            return top, sub or None
    nearest = (
        difflib.get_close_matches(value, names, n=3, cutoff=0.5)
        or [n for n in names if wanted and wanted in n.casefold()][:3]
    )
    raise InputError(
        f"'{value}' is not one of Apple Podcasts' categories.",
        hint=(f"Did you mean {' or '.join(repr(n) for n in nearest)}? " if nearest else "")
        + f"Categories: {', '.join(APPLE_CATEGORIES)} (a subcategory as News/Daily News).",
    )


def podcast_guid(feed_url: str) -> str:
    """``podcast:guid``: uuid5 of the feed's URL without its scheme and trailing slashes, in
    the podcast namespace's own namespace, so that any tool computes the same one."""
    bare = re.sub(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", "", feed_url.strip()).rstrip("/")
    return str(uuid.uuid5(PODCAST_GUID_NS, bare))


@dataclass(frozen=True)
class FeedSettings:
    """The channel: where the files are served and how the podcast presents itself.

    ``image`` is an absolute URL or a file name under ``base_url`` (Apple asks for a square
    JPEG or PNG of 1400-3000 px). ``email`` is the owner's contact, which Apple requires and
    never shows. ``category`` is one of Apple's categories.
    """

    # ``key``: the field's key in config.toml's [feed] table (see audiobulletin.settings).
    base_url: str = field(metadata={"key": "base_url"})
    title: str = field(default="audiobulletin", metadata={"key": "title"})
    description: str = field(default="", metadata={"key": "description"})
    author: str = field(default="", metadata={"key": "author"})
    email: str | None = field(default=None, metadata={"key": "email"})
    image: str | None = field(default=None, metadata={"key": "image"})
    category: str = field(default="News", metadata={"key": "category"})
    explicit: bool = field(default=False, metadata={"key": "explicit"})
    language: str = "zh-cn"
    max_items: int = field(default=DEFAULT_MAX_ITEMS, metadata={"key": "max_items"})
    """The feed lists the newest ``max_items`` bulletins (the index page lists all)."""

    def __post_init__(self) -> None:
        if not self.base_url.startswith(("http://", "https://")):
            raise InputError(
                f"The feed's base URL must start with http:// or https://, got '{self.base_url}'.",
                hint="e.g. --feed-url https://example.org/bulletins/",
            )
        if not self.base_url.endswith("/"):
            object.__setattr__(self, "base_url", self.base_url + "/")
        top, sub = check_category(self.category)
        object.__setattr__(self, "category", f"{top}/{sub}" if sub else top)
        if isinstance(self.max_items, bool) or not (
            isinstance(self.max_items, int) and self.max_items >= 1
        ):
            raise InputError(
                f"Setting max_items must be a whole number >= 1, got {self.max_items!r}."
            )

    @property
    def feed_url(self) -> str:
        """Where the feed itself is served (``atom:link rel="self"``)."""
        return self.base_url + FEED_NAME

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


ITUNES_NS = "http://www.itunes.com/dtds/podcast-1.0.dtd"


class PodcastIndexExtension:
    """Channel half: ``itunes:explicit`` as Apple spells it, and ``podcast:guid``."""

    def __init__(self) -> None:
        self._explicit: bool | None = None
        self._guid: str | None = None

    def explicit(self, value: bool) -> None:
        self._explicit = value

    def guid(self, value: str) -> None:
        self._guid = value

    def extend_ns(self) -> dict[str, str]:
        return {"podcast": PODCAST_NS}

    def extend_rss(self, feed):  # type: ignore[no-untyped-def]
        from lxml import etree

        channel = feed[0]
        if self._explicit is not None:
            element = etree.SubElement(channel, f"{{{ITUNES_NS}}}explicit")
            element.text = "true" if self._explicit else "false"
        if self._guid:
            etree.SubElement(channel, f"{{{PODCAST_NS}}}guid").text = self._guid
        return feed

    def extend_atom(self, feed):  # type: ignore[no-untyped-def]
        return feed


class PodcastIndexEntryExtension:
    """Item half: ``podcast:chapters`` and ``podcast:transcript``."""

    def __init__(self) -> None:
        self._chapters: str | None = None
        self._transcript: tuple[str, str, str | None] | None = None

    def chapters(self, url: str) -> None:
        self._chapters = url

    def transcript(self, url: str, mime: str = "text/vtt", language: str | None = None) -> None:
        self._transcript = (url, mime, language)

    def extend_ns(self) -> dict[str, str]:
        return {"podcast": PODCAST_NS}

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
            url, mime, language = self._transcript
            element = etree.SubElement(entry, f"{{{PODCAST_NS}}}transcript", url=url, type=mime)
            if language:
                element.set("language", language)
            # WebVTT timed to the audio: apps may show it as closed captions.
            element.set("rel", "captions")
        return entry

    def extend_atom(self, entry):  # type: ignore[no-untyped-def]
        return entry


# --------------------------------------------------------------------------- items


def _date_from(text: str | None, clock: str | None = None) -> dt.datetime | None:
    """A ``YYYY[-MM[-DD]]`` date, at the ``HH:MM`` clock time when given, else at midnight,
    Beijing time; None for no or a bad date."""
    if not text:
        return None
    try:
        parts = [int(p) for p in text.split("-")]
        month, day_of_month = [*parts[1:], 1, 1][:2]
        day = dt.datetime(parts[0], month, day_of_month, tzinfo=_CHINA)
        if clock and len(parts) == 3:
            hour, minute = (int(p) for p in clock.split(":"))
            day = day.replace(hour=hour, minute=minute)
        return day
    except (ValueError, IndexError):
        return None


def _item_from_meta(mp3: Path, relative: str, meta: dict[str, Any]) -> FeedItem:
    built = dt.datetime.strptime(meta["built"], "%Y-%m-%dT%H:%M:%SZ").replace(
        tzinfo=dt.timezone.utc
    )
    return FeedItem(
        relative=relative,
        title=str(meta.get("title") or mp3.stem),
        published=_date_from(meta.get("date"), meta.get("time")) or built,
        description=str(meta.get("intro") or meta.get("title") or ""),
        duration_ms=int(meta["duration_ms"]),
        size=mp3.stat().st_size,
    )


def _item_from_tags(mp3: Path, relative: str) -> FeedItem:
    from mutagen.mp3 import MP3

    audio = MP3(str(mp3))
    tags: Any = audio.tags or {}
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
        duration_ms=round(audio.info.length * 1000) if audio.info is not None else 0,
        size=mp3.stat().st_size,
    )


def collect_items(folder: Path, on_warning=None, exclude=()) -> list[FeedItem]:  # type: ignore[no-untyped-def]
    """Every complete bulletin under ``folder``, newest first (then by path, for stability).

    ``exclude`` holds MP3 paths relative to ``folder`` (``a/b.mp3``) to leave out: the
    bulletins a batch is replacing at this moment.
    """
    from audiobulletin.publish.sets import is_whole

    folder = Path(folder)
    items: list[FeedItem] = []
    for mp3 in sorted(folder.rglob("*.mp3")):
        relative = mp3.relative_to(folder).as_posix()
        if any(part.startswith(".") for part in Path(relative).parts):
            continue  # temporary files and hidden folders
        if relative in exclude or not all(p.is_file() for p in sidecar_paths(mp3)):
            continue
        if not is_whole(mp3):
            continue  # new sidecars beside the old MP3, or the reverse: not one bulletin
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
    return _distinct_times(items)


def _distinct_times(items: list[FeedItem]) -> list[FeedItem]:
    """``items`` newest first, no two at the same time.

    Reports of one day without a clock time all fall at midnight, and podcast apps order
    (and sometimes merge) episodes by their time: items are ordered by time, then by path,
    and one that would share the time of the one before it goes one second later.
    """
    ordered = sorted(items, key=lambda item: (item.published, item.relative))
    for number in range(1, len(ordered)):
        before = ordered[number - 1].published
        if ordered[number].published <= before:
            ordered[number] = dataclasses.replace(
                ordered[number], published=before + dt.timedelta(seconds=1)
            )
    return ordered[::-1]


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
    """The feed XML for ``items`` (from :func:`collect_items`, newest first): the newest
    ``settings.max_items`` of them."""
    from feedgen.feed import FeedGenerator

    items = items[: settings.max_items]
    fg = FeedGenerator()
    fg.load_extension("podcast")
    fg.register_extension("podcastindex", PodcastIndexExtension, PodcastIndexEntryExtension)
    fg.title(_xml_text(settings.title))
    # feedgen's RSS <link> is the last link given: the self link goes first.
    fg.link(href=settings.feed_url, rel="self", type="application/rss+xml")
    fg.link(href=settings.base_url, rel="alternate")
    description = _xml_text(settings.description or settings.title)
    fg.description(description)
    fg.language(settings.language)
    fg.generator("audiobulletin")
    fg.podcastindex.explicit(settings.explicit)
    fg.podcastindex.guid(podcast_guid(settings.feed_url))
    top, _, sub = settings.category.partition("/")
    fg.podcast.itunes_category({"cat": top, **({"sub": sub} if sub else {})})
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
    fg.podcast.itunes_summary(description)
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
        entry.podcastindex.transcript(
            settings.url(vtt.as_posix()), "text/vtt", language=settings.language
        )
    fg.lastBuildDate(
        max((i.published for i in items), default=None) or dt.datetime.now(dt.timezone.utc)
    )
    return bytes(fg.rss_str(pretty=True))


def resolve_cover(
    folder: Path, settings: FeedSettings, on_warning: Callable[[str], None] | None = None
) -> tuple[FeedSettings, Path | None]:
    """The settings with ``image`` naming cover art served from ``folder``, and that file.

    * A URL is taken as it is (it cannot be checked here; the file is None).
    * A file (a path, or a name in ``folder``) is checked (:func:`cover.check_cover`) and, when
      it lies outside ``folder``, copied in, so that it is served with the bulletins.
    * None: a cover is drawn with the title (:func:`cover.drawn_cover`).

    Raises :class:`InputError` for a missing or unfit image.
    """
    folder = Path(folder)
    warn = on_warning or (lambda _w: None)
    image = settings.image
    if image and image.startswith(("http://", "https://")):
        return settings, None
    if not image:
        drawn = cover_mod.drawn_cover(folder, settings.title, warn)
        return dataclasses.replace(settings, image=drawn.name), drawn
    given = Path(image).expanduser()
    path = given if given.is_file() else folder / image
    cover_mod.check_cover(path)
    try:
        relative = path.resolve().relative_to(folder.resolve()).as_posix()
    except ValueError:  # outside the folder: served from a copy in it
        relative = path.name
        target = folder / relative
        data = path.read_bytes()
        if not target.is_file() or target.read_bytes() != data:
            write_bytes_atomic(target, data)
        path = target
    return dataclasses.replace(settings, image=relative), path


def write_feed(  # type: ignore[no-untyped-def]
    folder: Path, settings: FeedSettings, on_warning=None, exclude=()
) -> tuple[Path, int]:
    """Write ``feed.xml`` in ``folder`` atomically; return its path and number of items.

    The cover art is resolved first (:func:`resolve_cover`); ``on_warning`` hears what Apple
    would miss or a listener's app would mind. ``exclude``: as for :func:`collect_items`.
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise InputError(f"'{folder}' is not a folder.")
    warn = on_warning or (lambda _w: None)
    settings, _cover = resolve_cover(folder, settings, warn)
    items = collect_items(folder, on_warning, exclude)
    if not settings.description:
        warn(
            "the feed has no description, so it repeats the title; set one with "
            "--description or [feed] description in config.toml."
        )
    if not (settings.author and settings.email):
        warn("the feed has no itunes:owner; Apple Podcasts requires --author and --email.")
    if settings.base_url.startswith("http://"):
        warn(
            f"the feed's base URL {settings.base_url} is http://; podcast apps and the "
            "podcast namespace expect https://."
        )
    path = folder / FEED_NAME
    write_bytes_atomic(path, build_feed(settings, items))
    return path, min(len(items), settings.max_items)
