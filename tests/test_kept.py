"""A process that makes report after report builds its engines once (audiobulletin.kept).

Each fake engine appends its process id to ``log_loads`` when it first speaks, as a real
engine loads its model on first use; the synthesis pools are real spawned processes.
"""

from __future__ import annotations

import multiprocessing
from collections import Counter
from pathlib import Path

from audiobulletin.kept import keeping, kept_engines
from audiobulletin.script import Script, Segment
from audiobulletin.synth import EngineSpec, SynthSettings, synthesize


def _report(number: int) -> Script:
    sentences = (f"第{number}份通报的第一句。", f"第{number}份通报的第二句。", "再见。")
    return Script(
        title=f"通报{number}",
        intro=None,
        segments=(Segment("正文", "".join(sentences), "".join(sentences), sentences),),
    )


def _loads(log: Path) -> Counter[str]:
    """How many engines each process built."""
    return Counter(log.read_text(encoding="utf-8").split()) if log.exists() else Counter()


def _speak(reports: int, log: Path, workers: int = 1, **options: object) -> None:
    spec = EngineSpec("fake", {"log_loads": str(log), **options})
    for number in range(1, reports + 1):
        synthesize(_report(number), spec, SynthSettings(voice="tone", workers=workers))


def test_outside_a_keeping_process_every_report_builds_its_engine(tmp_path):
    log = tmp_path / "loads.txt"
    _speak(3, log)
    assert not keeping()
    assert sum(_loads(log).values()) == 3


def test_a_keeping_process_builds_its_engine_once_for_every_report(tmp_path):
    log = tmp_path / "loads.txt"
    with kept_engines():
        _speak(3, log)
    assert sum(_loads(log).values()) == 1
    # Left behind: the next reports build their engines again.
    _speak(1, log)
    assert sum(_loads(log).values()) == 2


def test_an_engine_with_other_settings_is_kept_apart(tmp_path):
    log = tmp_path / "loads.txt"
    with kept_engines():
        _speak(2, log, ms_per_char=150)
        _speak(2, log, ms_per_char=120)
        _speak(2, log, ms_per_char=150)
    assert sum(_loads(log).values()) == 2


def test_a_kept_synthesis_pool_speaks_every_report_with_engines_loaded_once(tmp_path):
    log = tmp_path / "loads.txt"
    before = set(multiprocessing.active_children())
    with kept_engines():
        _speak(3, log, workers=2)
    loads = _loads(log)
    # The pool's processes speak, each with the engine it loaded once.
    assert set(loads.values()) == {1}
    assert 1 <= len(loads) <= 2
    # Leaving the block shut the kept pool down: none of its processes is left.
    assert set(multiprocessing.active_children()) <= before


def test_without_keeping_each_report_starts_a_pool_of_its_own(tmp_path):
    log = tmp_path / "loads.txt"
    _speak(2, log, workers=2)
    assert len(_loads(log)) >= 2  # new pool processes for each report


def test_a_pool_process_with_a_kept_synthesis_pool_makes_its_reports_and_exits(
    tmp_path, fake_voice, _isolated_home
):
    # A batch's job process whose share of cores holds two synthesis workers keeps their
    # pool from report to report, and still exits when the batch's pool is shut down.
    from audiobulletin.pipeline import MakeOptions
    from audiobulletin.pool import LocalPool
    from audiobulletin.work import Made, ReportJob

    log = tmp_path / "loads.txt"
    (_isolated_home / "config.toml").write_text(f'[fake]\nlog_loads = "{log}"\n', encoding="utf-8")
    jobs = []
    for number in range(1, 4):
        report = tmp_path / f"r{number}.txt"
        report.write_text(f"第{number}号通报\n\n第{number}项工作已经完成。今天天气晴朗。\n")
        jobs.append(ReportJob(report.name, report, f"r{number}.mp3", key=str(number)))
    done: dict[str, object] = {}
    options = MakeOptions.of(voice=fake_voice, workers=2, html=False)
    pool = LocalPool(
        tmp_path / "out",
        options,
        1,
        2,
        lambda job, d: done.update({job.source: d}),
        lambda _o: None,
    )
    pool.run(jobs)
    assert all(isinstance(d, Made) for d in done.values()) and len(done) == 3, done
    loads = _loads(log)
    assert set(loads.values()) == {1}, loads
    assert 1 <= len(loads) <= 2


def test_an_online_engine_is_built_anew_for_every_report():
    from audiobulletin import kept

    with kept_engines():
        first = kept.engine("edge", {})
        again = kept.engine("edge", {})
        fake = kept.engine("fake", {})
        assert first is not again
        assert kept.engine("fake", {}) is fake
