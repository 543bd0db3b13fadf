"""batch --jobs: a pool whose process dies between two hand-outs."""

from __future__ import annotations

from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any

from audiobulletin.pool import DIED, LocalPool
from audiobulletin.work import Done, Failed, ReportJob


class _DiesAfterTakingOne:
    """A pool whose process dies with the first report it takes: a busy machine can hand out
    the next report before the first one's result says so, and ``submit`` then refuses it.
    (The race is a matter of milliseconds: a real pool shows it only now and then.)"""

    def __init__(self) -> None:
        self.taken = 0
        self._processes: dict[int, Any] = {}

    def submit(self, fn: Any, *args: Any) -> Future[Done]:
        self.taken += 1
        if self.taken > 1:
            raise BrokenProcessPool("A child process terminated abruptly")
        future: Future[Done] = Future()
        future.set_exception(BrokenProcessPool("A process in the process pool was terminated"))
        return future

    def shutdown(self, wait: bool = True, cancel_futures: bool = False) -> None:
        pass


def test_a_report_refused_by_a_pool_that_just_broke_is_made_again_not_a_crash(
    tmp_path: Path, monkeypatch
) -> None:
    jobs = [ReportJob(f"{n}.txt", tmp_path / f"{n}.txt", f"{n}.mp3", n) for n in "abc"]
    recorded: list[tuple[str, Done]] = []
    pool = LocalPool(
        out_dir=tmp_path,
        options=None,  # type: ignore[arg-type]  # never reaches make_one here
        jobs=2,
        per_job=1,
        record=lambda job, done: recorded.append((job.source, done)),
        starting=lambda output: None,
    )
    monkeypatch.setattr(pool, "_start", lambda jobs: _DiesAfterTakingOne())

    pool.run(jobs)  # used to raise BrokenProcessPool out of submit

    # every pool here dies with its first report, so each report is tried alone and fails
    assert sorted(source for source, _ in recorded) == ["a.txt", "b.txt", "c.txt"]
    assert all(isinstance(done, Failed) and done.error == DIED for _, done in recorded)
