"""The shared facts about written Chinese and the one sentence splitter, in tables."""

from __future__ import annotations

import re

import pytest

from audiobulletin.zh import (
    BASIS_RE,
    CLOSERS,
    ENUMERATING_IS,
    FULL_STOPS,
    HAN_RE,
    META_KEY_KIND,
    REPORTING_CLAUSE_RE,
    SCENE_CLAUSE_RE,
    both_scripts,
    cut_long,
    ends_sentence,
    fold_silent,
    han_count,
    is_han,
    is_latin_letter,
    split_clauses,
    split_sentences,
    split_written,
    to_simplified,
    voiced_chars,
    without_marks,
    words,
    written_sentences,
)

# ----------------------------------------------------------------------------- characters


@pytest.mark.parametrize(
    ("ch", "han"),
    [
        ("中", True),  # the Unified block
        ("㐀", True),  # Extension A
        ("豈", True),  # a compatibility ideograph
        ("𠀀", True),  # Extension B
        ("〇", True),  # the ideographic zero of 二〇二六年
        ("。", False),
        ("Ａ", False),
        ("a", False),
        ("①", False),
    ],
)
def test_a_character_is_han_by_the_same_rule_as_a_regex_and_a_count(ch: str, han: bool) -> None:
    assert is_han(ch) is han
    assert bool(HAN_RE.fullmatch(ch)) is han
    assert han_count(ch * 3) == (3 if han else 0)


@pytest.mark.parametrize(
    ("ch", "latin"),
    [("a", True), ("Z", True), ("é", True), ("ü", True), ("中", False), ("1", False)],
)
def test_latin_letters_include_accented_ones(ch: str, latin: bool) -> None:
    assert is_latin_letter(ch) is latin


@pytest.mark.parametrize(
    ("text", "voiced"),
    [("你好，世界。", 4), ("GDP增长5%", 6), ("……“”", 0), ("", 0), ("二〇二六年", 5)],
)
def test_voiced_chars_counts_what_takes_time_to_say(text: str, voiced: int) -> None:
    assert voiced_chars(text) == voiced


def test_without_marks_compares_words_only() -> None:
    assert without_marks("“防汛” 工作，今天。") == without_marks("防汛工作今天")


@pytest.mark.parametrize(
    ("text", "marks", "ends"),
    [
        ("好。", None, True),
        ("好！", None, True),
        ("好？”", None, True),
        ("好……", None, True),
        ("好；", None, True),
        ("好。）  ", None, True),
        ("好，", None, False),
        ("好", None, False),
        ("", None, False),
        ("好；", FULL_STOPS, False),
        ("好！」", FULL_STOPS, True),
    ],
)
def test_ends_sentence_looks_through_closing_quotes(
    text: str, marks: str | None, ends: bool
) -> None:
    assert (ends_sentence(text) if marks is None else ends_sentence(text, marks)) is ends


# ----------------------------------------------------------------------------- splitting

SPOKEN = [
    ("第一句。第二句！第三句？", ["第一句。", "第二句！", "第三句？"]),
    ("他说：“好的。”然后走了。", ["他说：“好的。”", "然后走了。"]),
    ("甲项完成；乙项推进。", ["甲项完成；", "乙项推进。"]),
    ("标题\n正文。", ["标题\n", "正文。"]),
    ("好。。。后来", ["好。。。", "后来"]),
    ("。开头", ["。开头"]),  # a lone mark joins its neighbour
    ("一点五. 然后", ["一点五. ", "然后"]),  # spoken text has no decimal points left
    ("", []),
]


@pytest.mark.parametrize(("spoken", "expected"), SPOKEN)
def test_spoken_text_is_cut_at_sentence_ends(spoken: str, expected: list[str]) -> None:
    assert split_sentences(spoken) == expected


WRITTEN = [
    ("第一句。第二句！第三句？", ["第一句。", "第二句！", "第三句？"]),
    ("他说：“好的。”然后走了。", ["他说：“好的。”", "然后走了。"]),
    ("增长3.5个百分点。见www.example.com", ["增长3.5个百分点。", "见www.example.com"]),
    ("1. 第一项\n2. 第二项", ["1. 第一项\n", "2. 第二项"]),
    ("It rose. Then fell.", ["It rose. ", "Then fell."]),
    # a Latin abbreviation's dot inside a sentence of Han ends nothing
    (
        "命名为“青川虾”（Qingchuania sp. nov.）。化石保存完好。",
        ["命名为“青川虾”（Qingchuania sp. nov.）。", "化石保存完好。"],
    ),
    ("论文发表于Phys. Rev. Lett.上。", ["论文发表于Phys. Rev. Lett.上。"]),
    ("（完）。", ["（完）。"]),
    # straight quotes: one after a full stop closes only a quote that is open
    ('关系闹僵。"我不管。"她唱道。', ["关系闹僵。", '"我不管。"', "她唱道。"]),
    ('他说："好。"然后走了。', ['他说："好。"', "然后走了。"]),
    # pasted with ASCII stops: a stop between Han characters ends a sentence
    ("公园正式开放.这是重点项目.", ["公园正式开放.", "这是重点项目."]),
    ('张阿姨说:"我每天都来打太极拳."他笑了.', ['张阿姨说:"我每天都来打太极拳."', "他笑了."]),
    ("见www.example.com.谢谢", ["见www.example.com.谢谢"]),
    # …and one before a figure: no decimal point follows a Han character
    ("降幅收窄.1-5月,投资下降2.1%.", ["降幅收窄.", "1-5月,投资下降2.1%."]),
]


@pytest.mark.parametrize(("written", "expected"), WRITTEN)
def test_written_text_is_cut_at_sentence_ends_but_not_inside_numbers(
    written: str, expected: list[str]
) -> None:
    assert split_written(written) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("第一句。第二句！第三句？", ["第一句。", "第二句！", "第三句？"]),
        ("甲项完成；乙项推进。", ["甲项完成；", "乙项推进。"]),
        ("标题行\n正文一句。", ["标题行", "正文一句。"]),
        ("What?Yes!", ["What?", "Yes!"]),
        ("没有句号的结尾", ["没有句号的结尾"]),
        ("  \n\n", []),
    ],
)
def test_written_sentences_are_stripped_and_never_empty(text: str, expected: list[str]) -> None:
    assert written_sentences(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "今天晴；明天有雨！后天？“多云。”\n标题\n正文，继续。",
        "甲、乙、丙。丁……戊",
        "他说：“走吧！”她说：“好。”",
        '关系闹僵。"我不管。"她唱道。',
    ],
)
def test_written_and_spoken_splitters_agree_where_the_text_is_the_same(text: str) -> None:
    """The transcript's cues rest on this: a spoken sentence is traced back to the written
    sentence it came from by cutting both with the same marks."""
    assert split_written(text) == split_sentences(text, max_chars=len(text))


@pytest.mark.parametrize(
    ("sentence", "max_chars", "expected"),
    [
        ("一二三，四五六。", 4, ["一二三，", "四五六。"]),
        ("一二三四五六七", 3, ["一二三", "四五六", "七"]),
        ("短句。", 10, ["短句。"]),
        ("甲乙，丙丁，戊己，庚辛。", 6, ["甲乙，丙丁，", "戊己，庚辛。"]),  # nearest the middle
        ("ab cd ef", 4, ["ab ", "cd ", "ef"]),  # then at spaces
    ],
)
def test_a_long_sentence_is_cut_near_its_middle(
    sentence: str, max_chars: int, expected: list[str]
) -> None:
    assert cut_long(sentence, max_chars) == expected


@pytest.mark.parametrize("max_chars", [1, 3, 7, 40])
def test_splitting_never_loses_a_character(max_chars: int) -> None:
    text = "各地要加强山洪、泥石流和城市内涝的防范，及时转移群众。“好！”\n……再见"
    for pieces in (
        split_sentences(text, max_chars),
        split_written(text),
        split_clauses(text),
        cut_long(text, max_chars),
    ):
        assert "".join(pieces) == text
    assert all(len(p) <= max_chars for p in cut_long(text, max_chars))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("甲，乙。", ["甲，", "乙。"]),
        ("甲，“乙”，丙", ["甲，", "“乙”，", "丙"]),
        ("甲……乙", ["甲……", "乙"]),
        ("……", ["……"]),  # nothing to say: the text is kept whole
    ],
)
def test_clauses_are_cut_after_every_pause(text: str, expected: list[str]) -> None:
    assert split_clauses(text) == expected


@pytest.mark.parametrize(
    ("pieces", "expected"),
    [
        (["“", "甲。", "”"], ["“甲。”"]),
        (["甲。", "……", "乙。"], ["甲。……", "乙。"]),
        (["……", "”"], []),
        ([], []),
    ],
)
def test_silent_pieces_join_a_neighbour(pieces: list[str], expected: list[str]) -> None:
    assert fold_silent(pieces) == expected


# ----------------------------------------------------------------------------- markers, keys


@pytest.mark.parametrize(
    ("text", "marker"),
    [("一是加强领导", True), ("二是落实", True), ("一是。", False), ("一是", False)],
)
def test_enumerating_sub_heads_need_a_han_character_after_them(text: str, marker: bool) -> None:
    assert bool(re.match(ENUMERATING_IS, text)) is marker


@pytest.mark.parametrize(
    ("key", "kind"),
    [("发布时间", "date"), ("來源", "source"), ("责任编辑", "editor"), ("索引号", "docno")],
)
def test_metadata_keys_have_one_kind(key: str, kind: str) -> None:
    assert META_KEY_KIND[key] == kind


def test_closing_quotes_cover_every_bracket_the_splitters_look_through() -> None:
    assert set("”’」』）)》〉】〕]\"'") <= set(CLOSERS)


@pytest.mark.parametrize("hmm", [True, False])
def test_words_cut_text_into_jieba_words_losing_nothing(hmm: bool) -> None:
    text = "全省平均降雨量偏多三成"
    cut = words(text, hmm=hmm)
    assert "".join(cut) == text
    assert "降雨量" in cut or ("降雨" in cut and "量" in cut)
    assert len(cut) > 1


@pytest.mark.parametrize(
    "clause", ["青川市生态环境局发布消息", "市统计局公布数据", "市卫健委发布通报"]
)
def test_who_gives_the_news_is_a_reporting_clause(clause: str) -> None:
    from audiobulletin.zh import REPORTING_CLAUSE_RE

    assert REPORTING_CLAUSE_RE.match(clause)


def test_traditional_text_is_cut_into_the_words_its_simplified_form_has() -> None:
    from audiobulletin.zh import tagged_words, words

    cut = words("捷運環狀線北段動工")
    assert "".join(cut) == "捷運環狀線北段動工"
    assert "捷運" in cut
    assert ("三讀通過", "v") in tagged_words("大會三讀通過2案")


@pytest.mark.parametrize(
    ("pattern", "traditional"),
    [
        (SCENE_CLAUSE_RE, "受滯留鋒面影響"),
        (SCENE_CLAUSE_RE, "在上午10時"),
        (REPORTING_CLAUSE_RE, "北原市政府今日宣布"),
        (BASIS_RE, "根據現時預測"),
    ],
)
def test_clause_patterns_written_in_simplified_match_traditional_text(
    pattern: re.Pattern[str], traditional: str
) -> None:
    assert pattern.match(traditional)
    assert pattern.match(to_simplified(traditional))


def test_a_procedure_is_no_subject_s_modifier() -> None:
    assert BASIS_RE.match("经市政府同意，现将有关事项通知如下")
    assert not BASIS_RE.match("经季节性调整的失业率由2.9%上升至3.1%")
    assert not BASIS_RE.match("經季節性調整的失業率由2.9%上升至3.1%")


def test_both_scripts_keeps_escapes_and_widths() -> None:
    pattern = both_scripts(r"(?<=[时分])\d{1,2}[^，,]*影响$")
    assert pattern == r"(?<=[时時分])\d{1,2}[^，,]*影[响響]$"


@pytest.mark.parametrize(
    ("written", "simplified"),
    [
        ("衞生署署長", "卫生署署长"),  # Hong Kong's standard form, which t2s leaves
        ("食物環境衞生署", "食物环境卫生署"),
        ("敍述", "叙述"),
        ("抬头", "抬头"),  # Simplified text stays: never hk2s's 擡
        ("里面", "里面"),
    ],
)
def test_hong_kong_s_standard_forms_are_simplified_and_simplified_text_is_left_alone(
    written: str, simplified: str
) -> None:
    assert to_simplified(written) == simplified
