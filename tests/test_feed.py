"""feed.xml: every element Apple Podcasts and Podcasting 2.0 expect, parsed back from the XML;
escaping; stable guids; only complete bulletins listed."""

from __future__ import annotations

import datetime as dt
import email.utils
import json
import os
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest
from clirun import run_cli

from audiobulletin.assemble import assemble
from audiobulletin.engines.fake import FakeEngine
from audiobulletin.publish import PublishSettings, publish_bulletin
from audiobulletin.publish.feed import FeedSettings, podcast_guid, write_feed
from audiobulletin.script import Script, Segment
from audiobulletin.synth import SynthSettings, synthesize

ITUNES = "{http://www.itunes.com/dtds/podcast-1.0.dtd}"
PODCAST = "{https://podcastindex.org/namespace/1.0}"
BASE = "https://example.org/bulletins/"
TRICKY = "水位 <警戒> & \"橙色\" '预警'"


def _seg(chapter: str, *sentences: str) -> Segment:
    text = "".join(sentences)
    return Segment(chapter=chapter, text=text, spoken=text, sentences=tuple(sentences))


def _script(title: str, date: str | None) -> Script:
    intro = Segment(  # as the script makes it: no report text, the written lines apart
        chapter="导语",
        text="",
        spoken="五月三日有两条消息。",
        sentences=("五月三日有两条消息。",),
        written=("5月3日有2条消息。",),
        written_spans=((0, 0),),
    )
    return Script(
        title=title,
        intro=intro,
        segments=(_seg("天气", "明天全市晴。", "气温回升。"),),
        date=date,
    )


def _cover(path: Path, size: tuple[int, int] = (1400, 1400), kind: str = "JPEG") -> Path:
    """Cover art drawn with Pillow: ``size`` pixels, saved as ``kind``."""
    from PIL import Image

    Image.new("RGB", size, (30, 60, 90)).save(path, kind)
    return path


def _publish(folder: Path, name: str, title: str, date: str | None, meta: bool = True) -> Path:
    script = _script(title, date)
    bulletin = assemble(synthesize(script, FakeEngine(), SynthSettings(voice="v")))
    out = folder / f"{name}.mp3"
    publish_bulletin(bulletin, script, out, PublishSettings(metadata_json=meta))
    return out


SETTINGS = FeedSettings(
    base_url=BASE,
    title='每日<简报> & "广播"',
    description="青川广播电台每日简报",
    author="青川广播电台",
    email="desk@example.org",
    image="cover.jpg",
    category="News",
)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("public")
    _cover(folder / "cover.jpg")
    _publish(folder, "dated", TRICKY, "2024年5月3日")
    _publish(folder, "undated", "无日期简报", None)
    _publish(folder, "plain", "没有元数据", "2024-05-01", meta=False)
    (folder / "sub").mkdir()
    _publish(folder / "sub", "nested", "子目录简报", "2024-04-30")
    # Not complete, or not bulletins: never listed.
    orphan = _publish(folder, "orphan", "缺少字幕", "2024-05-02")
    orphan.with_suffix(".vtt").unlink()
    (folder / ".half.mp3.abc123.tmp").write_bytes(b"ID3 half")
    (folder / ".hidden.mp3").write_bytes(b"ID3 hidden")
    return folder


def _feed(folder: Path, settings: FeedSettings = SETTINGS) -> ElementTree.Element:
    path, _count = write_feed(folder, settings)
    return ElementTree.parse(path).getroot()


def test_channel_has_every_tag_apple_requires(folder):
    root = _feed(folder)
    assert root.tag == "rss" and root.get("version") == "2.0"
    channel = root.find("channel")
    assert channel.findtext("title") == SETTINGS.title
    assert channel.findtext("description") == SETTINGS.description
    assert channel.findtext("language") == "zh-cn"
    assert channel.findtext("link") == BASE
    assert channel.find(f"{ITUNES}image").get("href") == BASE + "cover.jpg"
    assert channel.find(f"{ITUNES}category").get("text") == "News"
    assert channel.findtext(f"{ITUNES}explicit") == "false"  # Apple's spelling, not "no"
    assert channel.findtext(f"{ITUNES}author") == SETTINGS.author
    owner = channel.find(f"{ITUNES}owner")
    assert owner.findtext(f"{ITUNES}name") == SETTINGS.author
    assert owner.findtext(f"{ITUNES}email") == SETTINGS.email


def test_every_complete_bulletin_is_an_item_with_all_its_tags(folder):
    items = _feed(folder).find("channel").findall("item")
    enclosures = sorted(i.find("enclosure").get("url") for i in items)
    assert enclosures == sorted(
        BASE + name for name in ("dated.mp3", "undated.mp3", "plain.mp3", "sub/nested.mp3")
    )
    for item in items:
        url = item.find("enclosure").get("url")
        mp3 = folder / url.removeprefix(BASE)
        assert item.find("enclosure").get("length") == str(mp3.stat().st_size)
        assert item.find("enclosure").get("type") == "audio/mpeg"
        assert item.findtext("title")
        assert item.findtext("description")
        assert item.find("guid").get("isPermaLink") == "false"
        assert email.utils.parsedate_to_datetime(item.findtext("pubDate"))
        duration = item.findtext(f"{ITUNES}duration")
        h, m, s = (int(x) for x in duration.split(":"))
        meta_file = mp3.with_name(mp3.stem + ".meta.json")
        if meta_file.exists():
            expected = json.loads(meta_file.read_text(encoding="utf-8"))["duration_ms"]
            assert abs(h * 3600 + m * 60 + s - expected / 1000) <= 0.5
        chapters = item.find(f"{PODCAST}chapters")
        assert chapters.get("url") == url.removesuffix(".mp3") + ".chapters.json"
        assert chapters.get("type") == "application/json+chapters"
        transcript = item.find(f"{PODCAST}transcript")
        assert transcript.get("url") == url.removesuffix(".mp3") + ".vtt"
        assert transcript.get("type") == "text/vtt"


def _items(root: ElementTree.Element) -> dict[str, ElementTree.Element]:
    return {i.find("enclosure").get("url").removeprefix(BASE): i for i in root.iter("item")}


def test_titles_with_markup_characters_are_escaped_and_read_back_intact(folder):
    path, _count = write_feed(folder, SETTINGS)
    raw = path.read_text(encoding="utf-8")
    assert "&lt;警戒&gt; &amp;" in raw
    assert "<警戒>" not in raw
    assert _items(ElementTree.parse(path).getroot())["dated.mp3"].findtext("title") == TRICKY


def test_pub_date_is_the_reports_date_else_the_build_time(folder):
    items = _items(_feed(folder))
    dated = email.utils.parsedate_to_datetime(items["dated.mp3"].findtext("pubDate"))
    assert (dated.year, dated.month, dated.day) == (2024, 5, 3)
    built = json.loads((folder / "undated.meta.json").read_text(encoding="utf-8"))["built"]
    undated = email.utils.parsedate_to_datetime(items["undated.mp3"].findtext("pubDate"))
    assert undated.strftime("%Y-%m-%dT%H:%M:%SZ") == built
    plain = email.utils.parsedate_to_datetime(items["plain.mp3"].findtext("pubDate"))
    assert (plain.year, plain.month, plain.day) == (2024, 5, 1)  # from the ID3 date
    assert items["plain.mp3"].findtext("title") == "没有元数据"  # from the ID3 title


def test_description_is_the_intro_as_written(folder):
    items = _items(_feed(folder))
    assert items["dated.mp3"].findtext("description") == "5月3日有2条消息。"


def test_rebuilding_keeps_guids_and_lists_no_duplicates(tmp_path):
    folder = tmp_path / "public"
    folder.mkdir()
    _cover(folder / "cover.jpg")
    _publish(folder, "a", "甲", "2024-05-03")
    _publish(folder, "b", "乙", None)
    first = {u: i.findtext("guid") for u, i in _items(_feed(folder)).items()}
    # Re-publishing a bulletin (a re-run after an edit) keeps its guid.
    _publish(folder, "b", "乙（更新）", None)
    again = _feed(folder)
    second = {u: i.findtext("guid") for u, i in _items(again).items()}
    assert second == first
    assert _items(again)["b.mp3"].findtext("title") == "乙（更新）"
    guids = [g.text for g in again.iter("guid")]
    assert len(guids) == len(set(guids)) == 2
    # The guid does not depend on where the feed is served.
    moved = _feed(folder, FeedSettings(base_url="https://mirror.example.net/b"))
    assert sorted(g.text for g in moved.iter("guid")) == sorted(guids)


def test_feed_command_writes_the_feed_and_warns_about_missing_apple_tags(folder, tmp_path):
    copy = tmp_path / "copy"
    copy.mkdir()
    for p in folder.glob("dated*"):
        os.link(p, copy / p.name)
    result = run_cli("feed", str(copy), "--base-url", BASE, "--title", "T & <t>", cwd=tmp_path)
    assert result.returncode == 0, result.stderr.decode()
    assert result.stdout.decode().strip() == str(copy / "feed.xml")
    err = result.stderr.decode()
    assert "itunes:owner" in err and "no description" in err
    root = ElementTree.parse(copy / "feed.xml").getroot()
    assert root.find("channel").findtext("title") == "T & <t>"
    assert len(root.findall("channel/item")) == 1


def test_feed_command_without_a_base_url_is_a_usage_error(tmp_path):
    result = run_cli("feed", str(tmp_path), cwd=tmp_path)
    assert result.returncode == 2
    assert "base URL" in result.stderr.decode()


def test_an_item_links_to_its_bulletins_web_page_when_there_is_one(tmp_path):
    script = _script("有网页的简报", "2024-05-03")
    bulletin = assemble(synthesize(script, FakeEngine(), SynthSettings(voice="v")))
    publish_bulletin(
        bulletin, script, tmp_path / "paged.mp3", PublishSettings(metadata_json=True, html=True)
    )
    _publish(tmp_path, "plain", "没有网页的简报", "2024-05-02")
    _cover(tmp_path / "cover.jpg")

    items = {i.findtext("title"): i for i in _feed(tmp_path).iter("item")}

    assert items["有网页的简报"].findtext("link") == BASE + "paged.html"
    assert items["没有网页的简报"].find("link") is None


@pytest.mark.skipif(not Path("/proc/self/fdinfo").is_dir(), reason="needs /proc")
def test_a_folder_that_cannot_take_the_feed_is_a_clear_error_not_a_traceback(tmp_path):
    result = run_cli("feed", "/proc/self/fdinfo", "--base-url", BASE, cwd=tmp_path)

    err = result.stderr.decode()
    assert result.returncode == 5, err
    assert err.splitlines()[-1].startswith("error: ")
    assert "Traceback" not in err


def test_characters_xml_cannot_hold_are_left_out_and_the_feed_is_still_written(tmp_path):
    _publish(tmp_path, "odd", "第二期\ufffe简报\x0b", "2024-05-03")
    _cover(tmp_path / "cover.jpg")

    items = {i.findtext("title"): i for i in _feed(tmp_path).iter("item")}

    assert list(items) == ["第二期简报"]


# --------------------------------------------------------------------------- a default batch

REPORTS = {
    "a-drill.txt": (
        "青川市举行防汛应急演练\n\n发布时间：2026年6月18日 09:30  来源：青川市应急管理局\n\n"
        "6月17日，青川市在青川河畔举行防汛应急演练，三百余人参加。演练模拟了强降雨引发的"
        "河道漫堤险情。\n\n演练结束后，市应急管理局对各单位的表现作了点评，要求进一步完善预案。\n"
    ),
    "b-water.txt": (
        "青川河水位回落至警戒线以下\n\n发布日期：2026年6月18日  来源：青川市水务局\n\n"
        "受上游来水减少影响，青川河青川站水位持续回落，目前已低于警戒水位。\n\n"
        "水务部门提醒沿河群众，汛期尚未结束，仍需注意安全。\n"
    ),
    "c-roads.txt": (
        "青川城区道路恢复通行\n\n发布日期：2026年6月18日  来源：青川市交通运输局\n\n"
        "经过连夜抢修，城区三条积水路段已全部恢复通行。\n\n"
        "交通部门将继续巡查易积水路段，及时排除隐患。\n"
    ),
}


@pytest.fixture(scope="module")
def default_batch(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """``batch --feed-url`` with nothing else given, on three reports of one day; returns the
    output folder and what the run said on stderr."""
    root = tmp_path_factory.mktemp("default-batch")
    inbox, out, home = root / "inbox", root / "public", root / "home"
    inbox.mkdir()
    (home / "voices").mkdir(parents=True)
    (home / "voices" / "test_fake.toml").write_text(
        'engine = "fake"\nvoice = "tone"\nlanguage = "zh"\ngender = "neutral"\n'
        'description = "Tones."\n',
        encoding="utf-8",
    )
    for name, text in REPORTS.items():
        (inbox / name).write_text(text, encoding="utf-8")
    env = {**os.environ, "AUDIOBULLETIN_HOME": str(home)}
    result = subprocess.run(
        [
            *(sys.executable, "-m", "audiobulletin", "batch", str(inbox), "-o", str(out)),
            *("--voice", "test_fake", "--feed-url", BASE),
        ],
        capture_output=True,
        env=env,
        cwd=root,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr.decode()
    return out, result.stderr.decode()


def test_a_default_batch_feed_passes_apples_rules_read_back_with_feedparser(default_batch):
    import feedparser
    from PIL import Image

    out, _err = default_batch
    parsed = feedparser.parse((out / "feed.xml").read_bytes())

    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version == "rss20"
    channel = parsed.feed
    assert channel.title == "audiobulletin"
    assert channel.language == "zh-cn"
    assert channel.link == BASE
    assert {"rel": "self", "href": BASE + "feed.xml"}.items() <= next(
        link for link in channel.links if link.get("rel") == "self"
    ).items()
    assert [tag.term for tag in channel.tags] == ["News"]
    assert channel.podcast_guid == podcast_guid(BASE + "feed.xml")
    cover = channel.image.href.removeprefix(BASE)
    with Image.open(out / cover) as image:
        assert (image.format, image.size) == ("JPEG", (3000, 3000))
    assert len(parsed.entries) == len(REPORTS)
    for entry in parsed.entries:
        (enclosure,) = entry.enclosures
        mp3 = out / enclosure.href.removeprefix(BASE)
        assert (enclosure.type, int(enclosure.length)) == ("audio/mpeg", mp3.stat().st_size)
        assert entry.title and entry.description
        assert entry.guidislink is False
        assert entry.itunes_duration.count(":") == 2
        assert entry.link == enclosure.href.removesuffix(".mp3") + ".html"


def test_a_default_batch_feed_spells_explicit_and_the_transcript_as_apple_reads_them(
    default_batch,
):
    out, _err = default_batch
    channel = ElementTree.parse(out / "feed.xml").getroot().find("channel")

    assert channel.findtext(f"{ITUNES}explicit") == "false"
    assert len(channel.findall(f"{ITUNES}explicit")) == 1
    for item in channel.iter("item"):
        transcript = item.find(f"{PODCAST}transcript")
        assert transcript.get("type") == "text/vtt"
        assert (transcript.get("language"), transcript.get("rel")) == ("zh-cn", "captions")


def test_items_carry_the_reports_time_and_reports_of_one_day_never_share_one(default_batch):
    import feedparser

    out, _err = default_batch
    parsed = feedparser.parse((out / "feed.xml").read_bytes())
    times = {
        entry.enclosures[0].href.removeprefix(BASE): email.utils.parsedate_to_datetime(
            entry.published
        )
        for entry in parsed.entries
    }

    drill = times["a-drill.mp3"]
    assert (drill.hour, drill.minute, drill.utcoffset().total_seconds()) == (9, 30, 8 * 3600)
    # Two reports of the same day without a time: midnight, in file order, a second apart.
    assert times["c-roads.mp3"] - times["b-water.mp3"] == dt.timedelta(seconds=1)
    assert (times["b-water.mp3"].hour, times["b-water.mp3"].minute) == (0, 0)
    assert len(set(times.values())) == len(times)
    listed = [e.enclosures[0].href.removeprefix(BASE) for e in parsed.entries]
    assert listed == ["a-drill.mp3", "c-roads.mp3", "b-water.mp3"]  # newest first


def test_every_mp3_of_a_feed_batch_carries_the_feeds_cover_and_its_source_as_artist(
    default_batch,
):
    from mutagen.id3 import ID3

    out, _err = default_batch
    channel = ElementTree.parse(out / "feed.xml").getroot().find("channel")
    cover = out / channel.find(f"{ITUNES}image").get("href").removeprefix(BASE)

    artists = {}
    for mp3 in sorted(out.glob("*.mp3")):
        tags = ID3(mp3)
        (art,) = tags.getall("APIC")
        assert (art.type, art.mime, art.data) == (3, "image/jpeg", cover.read_bytes())
        artists[mp3.name] = str(tags["TPE1"])
    assert artists == {
        "a-drill.mp3": "青川市应急管理局",
        "b-water.mp3": "青川市水务局",
        "c-roads.mp3": "青川市交通运输局",
    }


def test_a_default_batch_warns_that_the_feed_has_no_description(default_batch):
    _out, err = default_batch

    assert "warning: the feed has no description" in err
    assert "--description" in err


# --------------------------------------------------------------------------- channel rules


def test_podcast_guid_is_the_uuid5_the_podcast_namespace_gives_for_its_own_example():
    # The example in the podcast namespace's description of <podcast:guid>.
    url = "https://mp3s.nashownotes.com/pc20rss.xml"

    assert podcast_guid(url) == "917393e3-1b1e-5cef-ace4-edaa54e1f810"
    assert podcast_guid("http://mp3s.nashownotes.com/pc20rss.xml/") == podcast_guid(url)


@pytest.mark.parametrize(
    ("given", "written"),
    [
        ("News", ("News", None)),
        ("News/Daily News", ("News", "Daily News")),
        ("news / daily news", ("News", "Daily News")),
        ("Daily News", ("News", "Daily News")),
        ("Society & Culture/Documentary", ("Society & Culture", "Documentary")),
    ],
)
def test_a_category_is_written_as_apple_lists_it_with_its_subcategory(tmp_path, given, written):
    _publish(tmp_path, "a", "甲", "2024-05-03")
    _cover(tmp_path / "cover.jpg")
    settings = FeedSettings(base_url=BASE, image="cover.jpg", category=given)

    category = _feed(tmp_path, settings).find(f"channel/{ITUNES}category")

    assert category.get("text") == written[0]
    sub = category.find(f"{ITUNES}category")
    assert (sub.get("text") if sub is not None else None) == written[1]


def test_an_unknown_category_is_exit_2_naming_the_nearest_ones(tmp_path):
    result = run_cli("feed", str(tmp_path), "--base-url", BASE, "--category", "Daily Newz")

    err = result.stderr.decode()
    assert result.returncode == 2, err
    assert "error: 'Daily Newz' is not one of Apple Podcasts' categories." in err
    assert "'News/Daily News'" in err.splitlines()[-1]
    assert not (tmp_path / "feed.xml").exists()


def test_an_http_base_url_is_warned_about(tmp_path):
    _cover(tmp_path / "cover.jpg")
    warnings: list[str] = []

    write_feed(
        tmp_path, FeedSettings(base_url="http://example.org/b/", image="cover.jpg"), warnings.append
    )

    assert any("http://" in w and "https://" in w for w in warnings)


def test_the_feed_keeps_the_newest_items_and_the_index_page_lists_them_all(tmp_path):
    script_dates = {"old": "2024-05-01", "mid": "2024-05-02", "new": "2024-05-03"}
    for name, date in script_dates.items():
        script = _script(f"简报{name}", date)
        bulletin = assemble(synthesize(script, FakeEngine(), SynthSettings(voice="v")))
        publish_bulletin(
            bulletin,
            script,
            tmp_path / f"{name}.mp3",
            PublishSettings(metadata_json=True, html=True),
        )
    _cover(tmp_path / "cover.jpg")

    path, count = write_feed(tmp_path, FeedSettings(base_url=BASE, image="cover.jpg", max_items=2))

    listed = [i.find("enclosure").get("url") for i in ElementTree.parse(path).iter("item")]
    assert (count, listed) == (2, [BASE + "new.mp3", BASE + "mid.mp3"])
    index = (tmp_path / "index.html").read_text(encoding="utf-8")
    assert all(f'href="{name}.html"' in index for name in script_dates)


# --------------------------------------------------------------------------- cover art


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda p: _cover(p / "art.jpg", (1400, 1000)), "not square"),
        (lambda p: _cover(p / "art.jpg", (1000, 1000)), "1400-3000"),
        (lambda p: _cover(p / "art.jpg", (3200, 3200)), "1400-3000"),
        (lambda p: _cover(p / "art.png", (1400, 1400), "GIF"), "GIF"),
        (lambda p: _cover(p / "art.jpeg"), ".jpg or .png"),
        (lambda p: p / "missing.jpg", "does not exist"),
    ],
)
def test_cover_art_apple_would_refuse_is_exit_2_and_no_feed(tmp_path, make, words):
    art = make(tmp_path)
    out = tmp_path / "public"
    out.mkdir()

    result = run_cli("feed", str(out), "--base-url", BASE, "--image", str(art))

    err = result.stderr.decode()
    assert result.returncode == 2, err
    assert err.startswith("error: ") and words in err
    assert not (out / "feed.xml").exists()


def test_cover_art_outside_the_folder_is_checked_and_copied_in_to_be_served(tmp_path):
    art = _cover(tmp_path / "station.png", (2000, 2000), "PNG")
    out = tmp_path / "public"
    out.mkdir()

    result = run_cli("feed", str(out), "--base-url", BASE, "--image", str(art))

    assert result.returncode == 0, result.stderr.decode()
    assert (out / "station.png").read_bytes() == art.read_bytes()
    channel = ElementTree.parse(out / "feed.xml").getroot().find("channel")
    assert channel.find(f"{ITUNES}image").get("href") == BASE + "station.png"


def test_without_a_chinese_font_the_drawn_cover_is_plain_and_a_warning_says_so(
    tmp_path, monkeypatch
):
    from PIL import Image

    monkeypatch.setenv("AUDIOBULLETIN_COVER_FONT", str(tmp_path / "no-such-font.ttc"))
    out = tmp_path / "public"
    out.mkdir()

    result = run_cli("feed", str(out), "--base-url", BASE, "--title", "青川新闻")

    err = result.stderr.decode()
    assert result.returncode == 0, err
    assert "warning: no font with Chinese characters" in err
    (drawn,) = out.glob("cover-*.jpg")
    with Image.open(drawn) as image:
        assert (image.format, image.size) == ("JPEG", (3000, 3000))


def test_the_drawn_cover_shows_the_title_and_changes_name_with_it(tmp_path):
    from audiobulletin.publish.cover import find_cjk_font

    if find_cjk_font() is None:
        pytest.skip("no font with Chinese characters on this system")
    write_feed(tmp_path, FeedSettings(base_url=BASE, title="青川新闻"))
    (first,) = tmp_path.glob("cover-*.jpg")
    drawn = first.read_bytes()
    write_feed(tmp_path, FeedSettings(base_url=BASE, title="青川新闻"))
    assert list(tmp_path.glob("cover-*.jpg")) == [first]  # not drawn again

    write_feed(tmp_path, FeedSettings(base_url=BASE, title="青川晚间新闻"))

    (second,) = tmp_path.glob("cover-*.jpg")
    assert second.name != first.name  # apps keep a cover as long as its URL stays
    assert second.read_bytes() != drawn
