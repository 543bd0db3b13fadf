"""How the text stages (read, parse, script) scale with the size of a report.

``audiobulletin script`` must stay linear in the report's length: a nightly batch may be
handed a whole month of bulletins pasted into one file. This script writes reports of a
given size from paragraphs of its own (numbers, dates, percentages, headings, a table,
blank lines), times ``read -> parse -> build_script`` on each, and prints characters per
second; a linear pipeline keeps that figure flat as the size grows.

    python scripts/bench_text_scaling.py                 # 100 KB, 300 KB, 1 MB
    python scripts/bench_text_scaling.py --sizes 100 200 --profile prof.out

``--shape list`` writes one long list of short lines instead (a roster, numbered items),
which is where the document parser once went quadratic. ``--profile`` writes cProfile
statistics of the largest size (read them with
``python -m pstats``), which is how the super-linear spots were found.
"""

from __future__ import annotations

import argparse
import cProfile
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

_HEADINGS = ("一、{}", "（{}）{}", "第{}章 {}", "【{}】", "{}、{}")
_TOPICS = ("雨情实况", "工作进展", "主要数据", "下一步安排", "防御建议", "市场价格", "安全生产")
_NUMERALS = "一二三四五六七八九十"


def _paragraph(rng: random.Random, k: int) -> str:
    """One paragraph of invented report prose with figures that differ every time."""
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    year = rng.choice((2019, 2021, 2023, 2025))
    parts = [
        f"{year}年{month}月{day}日{rng.randint(0, 23)}时，"
        f"青川市第{k}监测站记录到累计雨量{rng.randint(10, 400)}.{rng.randint(0, 9)}毫米，"
        f"较常年同期偏多{rng.randint(1, 90)}%。",
        f"全市{rng.randint(3, 60)}个乡镇共转移群众{rng.randint(100, 99999)}人，"
        f"投入资金约{rng.randint(1, 900)}万元，"
        f"其中省级补助{rng.randint(1, 99)}.{rng.randint(0, 99)}亿元。",
        f"截至{month}月{day}日{rng.randint(8, 20)}:{rng.randint(10, 59)}，"
        f"{rng.randint(2, 30)}条河流水位上涨{rng.randint(1, 9)}～{rng.randint(10, 19)}厘米，"
        f"咨询电话0871-{rng.randint(60000000, 69999999)}。",
        "有关部门要加强巡查值守，及时发布预警信息，确保人民群众生命财产安全。",
        f"同比增长{rng.randint(1, 40)}.{rng.randint(0, 9)}个百分点，"
        f"环比下降{rng.randint(1, 20)}%，连续{rng.randint(2, 9)}个月保持增长态势。",
    ]
    rng.shuffle(parts)
    return "　　" + "".join(parts[: rng.randint(2, 5)])


def generate_report(size_bytes: int, seed: int = 13) -> str:
    """A report of about ``size_bytes`` UTF-8 bytes: a headline, then sections of prose
    paragraphs under numbered headings, now and then a small table, blank lines between."""
    rng = random.Random(seed)
    lines = ["青川市防汛抗旱指挥部关于近期雨情水情的综合报告", "发布时间：2026年6月18日", ""]
    size = sum(len(line.encode()) + 1 for line in lines)
    section = 0
    while size < size_bytes:
        section += 1
        topic = rng.choice(_TOPICS)
        numeral = _NUMERALS[(section - 1) % 10]
        heading = rng.choice(_HEADINGS).format(numeral, topic)
        block = [heading if section % 2 else f"{numeral}、{topic}"]
        for k in range(rng.randint(2, 6)):
            block.append(_paragraph(rng, section * 10 + k))
            if rng.random() < 0.3:
                block.append("")
        if rng.random() < 0.15:
            block.append("城市\t累计雨量\t变化")
            for name in ("青川市", "临河县", "青溪县"):
                change = rng.choice(("-1.2%", "+3.4%", "-0.00"))
                block.append(f"{name}\t{rng.randint(10, 300)}.{rng.randint(0, 9)}毫米\t{change}")
        block.append("")
        text = "\n".join(block) + "\n"
        lines.append(text)
        size += len(text.encode())
    return "\n".join(lines)


def generate_list(size_bytes: int, seed: int = 13) -> str:
    """A report of about ``size_bytes`` that is one long list without a blank line: short
    lines without punctuation, numbered ``1.1 …`` with the numbering starting again and
    again (the contents of many documents pasted together), then a roster of names."""
    rng = random.Random(seed)
    lines = ["青川市防汛工作清单及值班人员名单", ""]
    size = sum(len(line.encode()) + 1 for line in lines)
    k = 0
    while size < size_bytes / 2:
        k += 1
        line = f"{k % 9 + 1}.{k % 5 + 1} 防汛工作第{k}项"
        lines.append(line)
        size += len(line.encode()) + 1
    lines.append("")
    while size < size_bytes:
        k += 1
        line = f"第{rng.randint(1, 50)}组 青川市第{k}号值班点 {rng.choice(_TOPICS)}"
        lines.append(line)
        size += len(line.encode()) + 1
    return "\n".join(lines) + "\n"


SHAPES = {"prose": generate_report, "list": generate_list}


def run_once(path: Path) -> tuple[float, float, int]:
    """CPU and wall seconds for read -> parse -> build_script, and the characters read.

    CPU time is the figure to compare: on a shared machine the wall clock also counts the
    time other processes held the cores.
    """
    from audiobulletin.document import parse
    from audiobulletin.reader import read_report
    from audiobulletin.script import build_script

    cpu, wall = time.process_time(), time.perf_counter()
    text = read_report(path, max_bytes=50_000_000)
    build_script(parse(text), intro=True)
    return time.process_time() - cpu, time.perf_counter() - wall, len(text)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 300, 1000], help="KB")
    parser.add_argument("--shape", choices=sorted(SHAPES), default="prose", help="what to write")
    parser.add_argument("--profile", type=Path, help="write cProfile stats of the largest size")
    args = parser.parse_args()
    # Warm-up: jieba's dictionary and the normalisers load once, not inside the first size.
    with tempfile.TemporaryDirectory() as folder:
        warm = Path(folder) / "warm.txt"
        warm.write_text(generate_report(5_000), encoding="utf-8")
        run_once(warm)
        print(f"{'size':>8} {'chars':>9} {'cpu s':>9} {'wall s':>9} {'chars/cpu s':>12}")
        for kb in args.sizes:
            path = Path(folder) / f"report-{kb}k.txt"
            path.write_text(SHAPES[args.shape](kb * 1000), encoding="utf-8")
            if args.profile and kb == max(args.sizes):
                profiler = cProfile.Profile(time.process_time)
                profiler.enable()
                cpu, wall, chars = run_once(path)
                profiler.disable()
                profiler.dump_stats(str(args.profile))
            else:
                cpu, wall, chars = run_once(path)
            print(f"{kb:>6}KB {chars:>9} {cpu:>9.2f} {wall:>9.2f} {chars / cpu:>12.0f}", flush=True)


if __name__ == "__main__":
    main()
