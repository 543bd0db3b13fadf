"""feed.xml: every element Apple Podcasts and Podcasting 2.0 expect, parsed back from the XML;
escaping; stable guids; only complete bulletins listed."""

from __future__ import annotations

import email.utils
import json
import os
from pathlib import Path
from xml.etree import ElementTree

import pytest
from clirun import run_cli

from audiobulletin.assemble import assemble
from audiobulletin.engines.fake import FakeEngine
from audiobulletin.publish import PublishSettings, publish_bulletin
from audiobulletin.publish.feed import FeedSettings, write_feed
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
