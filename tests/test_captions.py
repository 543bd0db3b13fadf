"""Captions and lyrics are for readers: the report as written, timed to the spoken audio,
in captions of at most two lines of about 18 Han characters."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from audiobulletin.assemble import Cue
from audiobulletin.publish.transcript import (
    LINE_MAX,
    _width,
    caption_chunks,
    caption_cues,
    caption_lines,
    plain_transcript,
    webvtt,
)
from audiobulletin.script import Script, Segment

webvtt_py = pytest.importorskip("webvtt", reason="webvtt-py (a test dependency) reads the VTT")

#: A report of our own with the written forms a listener hears differently: a time, a phone
#: number, a web address, a long sentence.
REPORT = """东山县交通局关于春运期间道路通行的通告
发布时间：2030年1月28日 16:45　　来源：东山县交通局

　　2030年1月29日08时起，东山县城区至港口的县道X102线全线恢复双向通行，沿线设置了六处临时停车区和三处应急救援点，过往车辆请按照现场交通标志和执勤人员指挥有序通行，切勿随意停车。

　　出行前可拨打路况热线0596-12328或登录www.dsjt.gov.cn查询实时路况。
"""


def _ms(stamp: str) -> int:
    h, m, s = stamp.split(":")
    return round((int(h) * 3600 + int(m) * 60 + float(s)) * 1000)


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One bulletin of REPORT, made by the CLI with the fake engine (with its page)."""
    folder = tmp_path_factory.mktemp("captions")
    home = folder / "home"
    (home / "voices").mkdir(parents=True)
    (home / "voices" / "tone.toml").write_text('engine = "fake"\nvoice = "tone"\n', "utf-8")
    report = folder / "notice.txt"
    report.write_text(REPORT, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "audiobulletin", "make", str(report), "--voice", "tone",
         "--html", "-o", f"{folder}/"],
        capture_output=True,
        env={**os.environ, "AUDIOBULLETIN_HOME": str(home)},
        timeout=600,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr.decode()
    return folder / "notice.mp3"


def test_the_captions_show_the_report_as_written(made: Path) -> None:
    captions = webvtt_py.read(str(made.with_suffix(".vtt"))).captions
    text = "".join(c.text.replace("\n", "") for c in captions)
    assert "2030年1月29日08时起" in text
    assert "0596-12328" in text
    assert "www.dsjt.gov.cn" in text
    for spoken in ("零五九六", "幺", "二零三零", "W W W"):
        assert spoken not in text


def test_every_caption_has_at_most_two_lines_of_about_eighteen_characters(made: Path) -> None:
    captions = webvtt_py.read(str(made.with_suffix(".vtt"))).captions
    assert len(captions) > 4
    for caption in captions:
        assert 1 <= len(caption.lines) <= 2, caption.lines
        for line in caption.lines:
            assert _width(line) <= LINE_MAX + 1, line  # +1: a closing mark hangs on


def test_the_long_sentence_is_several_captions_timed_in_order(made: Path) -> None:
    captions = webvtt_py.read(str(made.with_suffix(".vtt"))).captions
    starts = [_ms(c.start) for c in captions]
    ends = [_ms(c.end) for c in captions]
    for start, end in zip(starts, ends, strict=True):
        assert start < end
    for end, next_start in zip(ends, starts[1:], strict=False):
        assert end <= next_start
    long = [c for c in captions if "县道X102线" in c.text or "切勿随意停车" in c.text]
    assert len(long) >= 2  # one written sentence of some 90 characters, several captions


def test_the_lyrics_frame_holds_the_written_text(made: Path) -> None:
    from mutagen.id3 import ID3

    (lyrics,) = ID3(made).getall("USLT")
    assert "0596-12328" in lyrics.text and "www.dsjt.gov.cn" in lyrics.text
    assert "幺" not in lyrics.text


def test_the_page_attaches_the_written_captions(made: Path) -> None:
    page = made.with_suffix(".html").read_text(encoding="utf-8")
    assert re.search(r'<track kind="captions" src="notice.vtt"', page)


# --------------------------------------------------------------------------- the rules


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        ("2030年1月29日，东山县交通局发布。", ["2030年1月29日，东山县交通局发布。"]),
        (
            "出行前可拨打路况热线0596-12328或登录www.dsjt.gov.cn查询实时路况。",
            ["出行前可拨打路况热线0596-12328或登录", "www.dsjt.gov.cn查询实时路况。"],
        ),
        (
            "沿线设置了六处临时停车区和救援点，过往车辆请按照现场交通标志有序通行。",
            ["沿线设置了六处临时停车区和救援点，", "过往车辆请按照现场交通标志有序通行。"],
        ),
        (
            "儿保科、心理科：除夕至初三停诊,1月31日正式上班。",
            ["儿保科、心理科：除夕至初三停诊,", "1月31日正式上班。"],
        ),
    ],
    ids=[
        "fits-one-line",
        "never-inside-a-number-or-address",
        "at-the-comma",
        "never-inside-a-date",
    ],
)
def test_caption_lines_break_where_a_reader_expects(text: str, lines: list[str]) -> None:
    assert caption_lines(text) == lines


def test_a_closing_mark_never_starts_a_line() -> None:
    text = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥。甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申"
    for line in caption_lines(text):
        assert line[0] not in "，。、；：！？）」』”"


def test_captions_of_one_spoken_span_share_it_in_proportion_to_spoken_characters() -> None:
    # One written sentence of 52 Han characters, spoken as two sentences of 26.
    sentence = (
        "东山县城区至港口的县道全线恢复双向通行"
        "沿线设置了六处临时停车区和三处应急救援点过往车辆请按照现场交通标志"
    )
    assert len(sentence) == 52
    segment = Segment(
        chapter="甲",
        text=sentence,
        spoken=sentence,
        sentences=(sentence[:26], sentence[26:]),
        written=(sentence,),
        written_spans=((0, 0), (0, 0)),
    )
    script = Script(title="t", intro=None, segments=(segment,))
    cues = [Cue(1000, 3600, sentence[:26]), Cue(4000, 6600, sentence[26:])]
    captions = caption_cues(script, cues)
    assert [c.text for c in captions] == caption_chunks(sentence)
    assert len(captions) == 2
    assert captions[0].start_ms == 1000 and captions[-1].end_ms == 6600
    # The first caption's characters beyond the first 26 are said in the second cue, at
    # 100 ms each; the second caption starts where the first ends.
    first = len(captions[0].text.replace("\n", ""))
    assert first > 26
    assert captions[0].end_ms == captions[1].start_ms == 4000 + 100 * (first - 26)


def test_cues_the_script_cannot_trace_are_shown_as_spoken() -> None:
    script = Script(title="t", intro=None, segments=(Segment("甲", "", "你好。", ("你好。",)),))
    assert caption_cues(script, [Cue(0, 900, "你好。")]) == [Cue(0, 900, "你好。")]
    assert webvtt([Cue(0, 900, "上一行\n\n下一行")]).endswith("上一行\n下一行\n")


def test_lyrics_fall_back_to_the_spoken_text_without_a_written_form() -> None:
    segment = Segment("甲", "", "零八七幺。", ("零八七幺。",))
    written = Segment("乙", "0871。", "零八七幺。", ("零八七幺。",), ("0871。",), ((0, 0),))
    script = Script(title="t", intro=None, segments=(segment, written))
    assert plain_transcript(script) == "甲\n零八七幺。\n\n乙\n0871。"
