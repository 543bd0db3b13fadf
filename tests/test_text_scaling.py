"""The text stages (read, parse, script) stay linear in the report's length, and do no work
twice: a month of bulletins pasted into one file must not take the night.

Work is counted, not timed: Python function calls (cProfile's count, the same on a busy
machine as on an idle one), and the calls that reach wetext, the costliest step.
``scripts/bench_text_scaling.py`` measures the time.
"""

from __future__ import annotations

import cProfile
import pstats

import pytest

from audiobulletin.document import parse
from audiobulletin.script import build_script


def _prose(paragraphs: int) -> str:
    parts = ["青川市防汛抗旱指挥部关于近期雨情水情的综合报告", ""]
    for k in range(paragraphs):
        if k % 6 == 0:
            parts += [f"{'一二三四五六七八九十'[k // 6 % 10]}、第{k // 6 + 1}阶段情况", ""]
        parts += [
            f"　　{k % 12 + 1}月{k % 28 + 1}日{k % 24}时，第{k}监测站记录到累计雨量"
            f"{k * 7 % 400}.{k % 10}毫米，较常年同期偏多{k % 90 + 1}%，"
            f"全市{k % 50 + 3}个乡镇共转移群众{k * 37 % 9000 + 100}人。",
            "",
        ]
    return "\n".join(parts)


def _short_lines(lines: int) -> str:
    """A roster: one long run of short lines without punctuation (each a heading candidate)."""
    rows = [
        f"第{k % 50 + 1}组 青川市第{k}号值班点 {2020 + k % 7}年{k % 12 + 1}月" for k in range(lines)
    ]
    return "青川市防汛值班人员名单\n\n" + "\n".join(rows) + "\n"


def _numbered_lines(lines: int) -> str:
    """Numbered short lines whose numbering starts again and again (a contents-like list)."""
    rows = [f"{k % 9 + 1}.{k % 5 + 1} 防汛工作第{k}项" for k in range(lines)]
    return "青川市防汛工作清单\n\n" + "\n".join(rows) + "\n"


def _calls(text: str) -> int:
    profiler = cProfile.Profile()
    profiler.enable()
    build_script(parse(text))
    profiler.disable()
    return pstats.Stats(profiler).total_calls  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("report", "size"), [(_prose, 150), (_short_lines, 1500), (_numbered_lines, 1500)]
)
def test_doubling_a_report_about_doubles_the_work_of_the_text_stages(report, size):
    build_script(parse(report(10)))  # the dictionaries and normalisers load once, not here
    once, twice = _calls(report(size)), _calls(report(2 * size))

    assert twice <= 2.3 * once, f"{once} calls for {size}, {twice} for {2 * size}"


def test_each_run_of_figures_is_read_by_wetext_once(monkeypatch):
    from audiobulletin.normalize import voicing
    from audiobulletin.normalize.chars import _wetext

    normalizer = _wetext()
    real = normalizer.normalize
    asked: list[str] = []

    def counting(text: str) -> str:
        asked.append(text)
        return real(text)

    monkeypatch.setattr(normalizer, "normalize", counting)
    cached = getattr(voicing, "_wetext_run", None)
    if cached is not None:
        cached.cache_clear()

    build_script(parse(_prose(40)))

    assert asked
    repeated = sorted({t for t in asked if asked.count(t) > 1})
    assert not repeated, f"{len(asked)} runs read, {len(set(asked))} distinct: {repeated[:5]}"
