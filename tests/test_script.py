"""The script's intro map: how many parts follow, said as a listener hears it."""

import pytest

from audiobulletin.document import parse
from audiobulletin.script import build_script


def _report(paragraphs: int) -> str:
    body = "\n\n".join(
        f"第{i}段报道的正文，说明本地区第{i}项工作的进展。" * 8 for i in range(paragraphs)
    )
    return "本地新闻简报\n\n" + body + "\n"


@pytest.mark.parametrize(
    ("paragraphs", "said"),
    [(2, "共两个部分"), (11, "共十一个部分"), (100, "共一百个部分"), (123, "共一百二十三个部分")],
)
def test_intro_map_says_the_number_of_parts_in_words(paragraphs: int, said: str) -> None:
    script = build_script(parse(_report(paragraphs)))

    assert len(script.segments) == paragraphs
    assert script.intro is not None
    assert said in script.intro.spoken


def test_chapter_titles_stay_distinct_past_ninety_nine_repeats() -> None:
    script = build_script(parse(_report(130)))

    titles = [segment.chapter for segment in script.segments]
    assert len(set(titles)) == len(titles)
    assert not any(title.endswith("）") for title in titles)  # never a numbered suffix
