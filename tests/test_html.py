"""The web page for each bulletin, without a browser: the written sentences it shows are the
ones being spoken, ``make --html`` writes the page and the folder index, and the pages stay
static and self-contained. The page's behaviour in a browser is in test_html_browser.py."""

from __future__ import annotations

import html.parser
import json
import re
from pathlib import Path

import pytest
from clirun import EXAMPLE, run_cli
from shared_data import corpus_files

from audiobulletin.assemble import ChapterMark, Cue
from audiobulletin.normalize import to_spoken
from audiobulletin.publish.html import (
    cue_spans,
    page_path,
    read_page_data,
    render_page,
    url_for_file,
    write_index,
)
from audiobulletin.script import Script, Segment, align_written
from audiobulletin.zh import split_sentences, split_written

CORPUS = corpus_files()


# ------------------------------------------------------------------ written <-> spoken


def test_split_written_keeps_every_character_and_leaves_numbers_and_addresses_whole():
    text = "增长3.5%，见www.qcqx.gov.cn。第二句！\n标题\n“引语。”末句"
    pieces = split_written(text)
    assert "".join(pieces) == text
    assert pieces == ["增长3.5%，见www.qcqx.gov.cn。", "第二句！\n", "标题\n", "“引语。”", "末句"]


def test_a_long_written_sentence_spoken_in_pieces_marks_the_same_sentence_each_time():
    written = "第一句。" + "，".join(["各地要加强山洪防范"] * 4) + "。"
    spoken = to_spoken(written).text
    sentences = tuple(split_sentences(spoken, max_chars=12))
    assert len(sentences) > 2
    shown, spans = align_written([(written, written)], spoken, sentences)
    assert shown == ("第一句。", written[4:])
    assert spans[0] == (0, 0)
    assert set(spans[1:]) == {(1, 1)}


def test_a_line_ending_in_a_colon_is_spoken_with_the_next_and_both_are_marked():
    parts = [("具体预报如下：", "具体预报如下："), ("6日，晴。", "6日，晴。")]
    spoken = to_spoken("".join(p for _, p in parts)).text
    sentences = tuple(split_sentences(spoken))
    shown, spans = align_written(parts, spoken, sentences)
    assert shown == ("具体预报如下：\n", "6日，晴。")
    assert spans == ((0, 1),)


def test_the_full_stop_added_for_speech_is_not_shown():
    shown, spans = align_written(
        [("一、雨情实况", "一、雨情实况。")], "一、雨情实况。", ("一、雨情实况。",)
    )
    assert shown == ("一、雨情实况",)
    assert spans == ((0, 0),)


@pytest.mark.corpus
@pytest.mark.skipif(not CORPUS, reason="corpus not found")
def test_every_spoken_sentence_of_the_corpus_traces_back_to_written_sentences():
    """On all 24 reports: one span per spoken sentence, in reading order, every written
    sentence shown while some spoken sentence plays, and (tables aside, which are shown as
    they are read) the written sentences are the report's text, character for character."""
    from audiobulletin.document import merge_short_chapters, parse
    from audiobulletin.pipeline import load_script
    from audiobulletin.reader import read_report

    for report in CORPUS:
        script = load_script(str(report))
        doc = parse(read_report(str(report)))
        assert script.intro is not None and script.intro.written
        for seg in script.chapters:
            where = f"{report.name} 「{seg.chapter}」"
            assert len(seg.written_spans) == len(seg.sentences), where
            covered: set[int] = set()
            previous = (0, 0)
            for first, last in seg.written_spans:
                assert previous[0] <= first <= last < len(seg.written), where
                assert first >= previous[1] or first == previous[0], where
                covered.update(range(first, last + 1))
                previous = (first, last)
            assert covered == set(range(len(seg.written))), where
        for chapter, seg in zip(merge_short_chapters(doc.chapters), script.segments, strict=True):
            if not any(block.kind == "table" for block in chapter.blocks):
                assert "".join(seg.written) == seg.text, f"{report.name} 「{seg.chapter}」"


def test_a_cue_that_folds_in_a_silent_sentence_marks_both_written_sentences():
    segment = Segment(
        "正文",
        "第一句。……第二句。",
        "第一句。……第二句。",
        ("第一句。", "……", "第二句。"),
        written=("第一句。", "……", "第二句。"),
        written_spans=((0, 0), (1, 1), (2, 2)),
    )
    script = Script(title="", intro=None, segments=(segment,))
    cues = [Cue(0, 100, "第一句。……"), Cue(200, 300, "第二句。")]
    assert cue_spans(script, cues) == [(0, 1), (2, 2)]
    # Cues that do not follow the script mark nothing rather than the wrong sentence.
    assert cue_spans(script, [Cue(0, 100, "别的话。")]) == [None]


# ------------------------------------------------------------------ the files


class _Links(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.urls += [v or "" for k, v in attrs if k in ("src", "href", "srcset", "action")]


def _links(page: Path) -> _Links:
    parser = _Links()
    parser.feed(page.read_text(encoding="utf-8"))
    return parser


def _vtt_cues(path: Path) -> int:
    return path.read_text(encoding="utf-8").count(" --> ")


def test_make_html_writes_a_self_contained_page_and_the_index(tmp_path, fake_voice):
    result = run_cli("make", str(EXAMPLE), "--voice", fake_voice, "--html", cwd=tmp_path)
    assert result.returncode == 0, result.stderr.decode()
    assert result.stdout.decode().split() == [
        "output/report.mp3",
        "output/report.chapters.json",
        "output/report.vtt",
        "output/report.html",
        "output/index.html",
    ]
    out = tmp_path / "output"
    assert not list(out.glob(".*"))  # no temporary files left behind
    page = out / "report.html"
    text = page.read_text(encoding="utf-8")
    assert '<html lang="zh-CN">' in text
    links = _links(page)
    # Only files in the same folder, and only the bulletin's own.
    assert set(links.urls) == {"report.mp3", "report.vtt", "index.html", "#transcript-heading"}
    assert {"audio", "track", "nav", "main", "header", "h1", "h2"} <= set(links.tags)
    assert re.search(r'<track kind="captions" src="report.vtt" srclang="zh-CN"', text)
    assert 'href="report.mp3" download' in text

    data = read_page_data(page)
    assert data is not None
    assert data["title"] == "青川省气象局关于近期强降雨天气过程的专题气象简报"
    assert data["date"] == "2026-06-18"
    assert data["source"] == "来源：青川省气象台"
    assert data["mp3"] == "report.mp3" and data["page"] == "report.html"
    block = re.search(r'<script type="application/json" id="bulletin-data">(.*?)</script>', text)
    data = json.loads(block.group(1))
    chapters = json.loads((out / "report.chapters.json").read_text(encoding="utf-8"))
    assert [c["title"] for c in data["chapters"]] == [c["title"] for c in chapters["chapters"]]
    # one page cue per spoken sentence; the captions cut long sentences into several
    assert len(data["cues"]) <= _vtt_cues(out / "report.vtt")
    assert all(cue[2] >= 0 for cue in data["cues"])  # every cue shows a written sentence
    for start, _end, first, last in data["cues"]:
        assert f'id="w{first}"' in text and f'id="w{last}"' in text, start
    index = out / "index.html"
    assert set(_links(index).urls) == {"report.html", "report.mp3"}


def test_make_without_html_rewrites_the_page_of_the_audio_it_replaces(tmp_path, fake_voice):
    report = tmp_path / "report.txt"
    report.write_text(EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    first = run_cli("make", "report.txt", "--voice", fake_voice, "--html", cwd=tmp_path)
    assert first.returncode == 0, first.stderr.decode()
    report.write_text("更正简报\n\n　　今天只有一条消息。\n", encoding="utf-8")

    again = run_cli("make", "report.txt", "--voice", fake_voice, cwd=tmp_path)
    assert again.returncode == 0, again.stderr.decode()
    assert again.stdout.decode().split() == [
        "output/report.mp3",
        "output/report.chapters.json",
        "output/report.vtt",
        "output/report.html",
        "output/index.html",
    ]
    out = tmp_path / "output"
    page = out / "report.html"
    assert read_page_data(page)["title"] == "更正简报"
    assert "今天只有一条消息" in page.read_text(encoding="utf-8")
    assert "强降雨" not in page.read_text(encoding="utf-8")
    assert "更正简报" in (out / "index.html").read_text(encoding="utf-8")


def _page(
    folder: Path, name: str, title: str, date: str | None, made: str, vtt: bool = False
) -> None:
    from datetime import datetime

    script = Script(
        title=title,
        intro=None,
        segments=(
            Segment(
                "正文",
                "正文。",
                "正文。",
                ("正文。",),
                written=("正文。",),
                written_spans=((0, 0),),
            ),
        ),
        date=date,
    )
    page = render_page(
        script,
        [ChapterMark("正文", 0, 1000)],
        [Cue(100, 900, "正文。")],
        mp3_name=f"{name}.mp3",
        mp3_bytes=1000,
        duration_ms=1000,
        vtt_name=f"{name}.vtt" if vtt else None,
        made=datetime.fromisoformat(made),
    )
    page_path(folder / f"{name}.mp3").write_text(page, encoding="utf-8")
    (folder / f"{name}.mp3").write_bytes(b"\xff\xfb")


def test_index_lists_the_bulletins_in_the_folder_newest_first(tmp_path):
    _page(tmp_path, "b-old", "旧简报", "2024-01-02", "2024-05-01T08:00:00+00:00")
    _page(tmp_path, "a-new", "新简报", "2024-03-04", "2024-03-04T08:00:00+00:00")
    _page(tmp_path, "undated", "无日期简报", None, "2024-02-01T08:00:00+00:00")
    _page(tmp_path, "gone", "已删除", "2024-09-09", "2024-09-09T08:00:00+00:00")
    (tmp_path / "gone.mp3").unlink()  # a page without its MP3 is not listed
    (tmp_path / "notes.html").write_text("<p>not a bulletin</p>", encoding="utf-8")

    index = write_index(tmp_path)
    text = index.read_text(encoding="utf-8")
    order = [m.group(1) for m in re.finditer(r'<h2><a href="([^"]+)">', text)]
    assert order == ["a-new.html", "undated.html", "b-old.html"]
    assert "共 3 期" in text
    assert not list(tmp_path.glob(".*"))


def test_index_of_an_empty_folder_says_so(tmp_path):
    text = write_index(tmp_path).read_text(encoding="utf-8")
    assert "这里还没有简报" in text


def test_report_text_cannot_break_out_of_the_page(tmp_path):
    title = '<script>alert(1)</script> & "引号"'
    _page(tmp_path, "x", title, "2024-01-01", "2024-01-01T00:00:00+00:00")
    page = tmp_path / "x.html"
    text = page.read_text(encoding="utf-8")
    assert "<script>alert" not in text
    assert text.count("</script>") == 3  # the two data blocks and the page's own script
    assert read_page_data(page)["title"] == title


def test_a_batch_can_leave_the_index_to_one_write_index_at_the_end(tmp_path, fake_voice):
    from audiobulletin.pipeline import MakeOptions, make

    options = MakeOptions.of(voice=fake_voice, workers=1, html=True, refresh_index=False)
    result = make(str(EXAMPLE), tmp_path / "a.mp3", options)
    assert tmp_path / "a.html" in result.files
    assert not (tmp_path / "index.html").exists()
    index = write_index(tmp_path)
    assert set(_links(index).urls) == {"a.html", "a.mp3"}


# ------------------------------------------------------------------ page names


def test_no_bulletin_page_is_named_like_the_folder_index_or_like_another_page():
    names = ["index", "Index.bulletin", "index.bulletin.bulletin", "report", "indexes"]
    pages = [page_path(Path("out") / f"{name}.mp3") for name in names]
    assert [p.name for p in pages] == [
        "index.bulletin.html",
        "Index.bulletin.bulletin.html",
        "index.bulletin.bulletin.bulletin.html",
        "report.html",
        "indexes.html",
    ]
    assert all(p.parent == Path("out") for p in pages)
    # Distinct and never the index, even where the file system ignores case.
    folded = {p.name.casefold() for p in pages}
    assert len(folded) == len(names) and "index.html" not in folded
    assert page_path(Path("INDEX.mp3")).name == "INDEX.bulletin.html"


def test_page_path_is_importable_without_the_page_renderer():
    """The feed links each item to page_path(mp3): importing it must not pull in Jinja."""
    import subprocess
    import sys

    code = (
        "import sys; from audiobulletin.publish.html import page_path; "
        "print(page_path('a/index.mp3'), 'jinja2' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, check=True)
    assert out.stdout.decode().split() == [str(Path("a/index.bulletin.html")), "False"]


def test_a_bulletin_called_index_is_listed_and_the_folder_index_survives(tmp_path, fake_voice):
    from audiobulletin.pipeline import MakeOptions, make

    options = MakeOptions.of(voice=fake_voice, workers=1, html=True)
    first = make(str(EXAMPLE), tmp_path / "index.mp3", options)
    assert tmp_path / "index.bulletin.html" in first.files
    make(str(EXAMPLE), tmp_path / "other.mp3", options)

    page = read_page_data(tmp_path / "index.bulletin.html")
    assert page is not None
    assert (page["mp3"], page["page"]) == ("index.mp3", "index.bulletin.html")
    index = tmp_path / "index.html"
    assert read_page_data(index) is None  # the index, not a bulletin page
    assert "共 2 期" in index.read_text(encoding="utf-8")
    assert set(_links(index).urls) == {
        "index.bulletin.html",
        "index.mp3",
        "other.html",
        "other.mp3",
    }


# ------------------------------------------------------------------ links


def _file_urls(links: _Links) -> list[str]:
    return [url for url in links.urls if url not in ("index.html", "#transcript-heading")]


def test_file_names_with_url_characters_are_percent_encoded_in_the_page(tmp_path):
    from urllib.parse import unquote, urlsplit

    _page(tmp_path, "周报#3 ?", "周报#3 ?", "2024-01-01", "2024-01-01T00:00:00+00:00", vtt=True)
    page = tmp_path / "周报#3 ?.html"
    links = _links(page)
    mp3 = "%E5%91%A8%E6%8A%A5%233%20%3F.mp3"
    vtt = "%E5%91%A8%E6%8A%A5%233%20%3F.vtt"
    # The audio source, the fallback link, the captions and the download link.
    assert _file_urls(links) == [mp3, vtt, mp3, mp3]
    for url in _file_urls(links):
        parts = urlsplit(url)
        assert not parts.query and not parts.fragment
        assert (tmp_path / unquote(parts.path)).is_file() or url == vtt
    text = page.read_text(encoding="utf-8")
    assert "<h1>周报#3 ?</h1>" in text  # what the reader sees is the name as it is
    assert read_page_data(page)["mp3"] == "周报#3 ?.mp3"


def test_file_names_with_url_characters_are_percent_encoded_in_the_index(tmp_path):
    from urllib.parse import unquote

    _page(tmp_path, "周报#3 ?", "", "2024-01-02", "2024-01-02T00:00:00+00:00")
    _page(tmp_path, "100% 完成", "完成", "2024-01-01", "2024-01-01T00:00:00+00:00")
    index = write_index(tmp_path)
    urls = _links(index).urls
    assert urls == [
        "%E5%91%A8%E6%8A%A5%233%20%3F.html",
        "%E5%91%A8%E6%8A%A5%233%20%3F.mp3",
        "100%25%20%E5%AE%8C%E6%88%90.html",
        "100%25%20%E5%AE%8C%E6%88%90.mp3",
    ]
    assert all((tmp_path / unquote(url)).is_file() for url in urls)
    # An untitled bulletin is shown by its file name, unencoded.
    assert ">周报#3 ?</a>" in index.read_text(encoding="utf-8")


def test_url_for_file_encodes_each_segment_and_keeps_the_slashes():
    assert url_for_file("a b/c#d?.mp3") == "a%20b/c%23d%3F.mp3"
    assert url_for_file("report.mp3") == "report.mp3"
