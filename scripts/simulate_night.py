"""A night of the batch on a cluster, simulated: what losing a worker every hour costs.

Event by event (no real work): ``--reports`` reports of about ``--chars`` characters each
(lengths drawn around it, seeded, so runs repeat) are handed to ``--workers`` single-core
workers, longest first, as they free up. Each worker speaks ``--rate`` characters a second
plus ``--overhead`` seconds per report (scheduling, staging, putting files in place). Every
``--kill-every`` seconds a busy worker drawn at random is killed: its report's work so far is
lost and the report goes back to the queue (the scheduler hands it to the next free worker,
as Dask does; after 3 deaths it is given up, as ``allowed-failures`` does), and the worker
comes back ``--restart`` seconds later (systemd restarts it; the model loads again).

Prints the night without faults and with them: when the last report is done, core-hours of
work lost, and whether it fits in ``--hours``.

    python scripts/simulate_night.py [--workers 24] [--reports 1000] [--chars 2000]
                                     [--rate 3.5] [--kill-every 3600] [--restart 60]
"""

from __future__ import annotations

import argparse
import heapq
import random


def simulate(
    lengths: list[int],
    workers: int,
    rate: float,
    overhead: float,
    kill_every: float | None,
    restart: float,
    seed: int = 11,
) -> tuple[float, float, int, int]:
    """(when the last report is done, seconds of work lost, reports restarted, given up)."""
    draw = random.Random(seed)
    deaths: dict[int, int] = {}  # report number -> workers it was on when they died
    # (chars, number), longest first: no long report is left for the end.
    queue = sorted(((chars, n) for n, chars in enumerate(lengths)), reverse=True)
    free_at = [0.0] * workers  # when each worker can next take a report
    busy: dict[int, tuple[float, float, tuple[int, int]]] = {}  # worker -> (started, done, report)
    events: list[tuple[float, int]] = []  # (done at, worker)
    now = 0.0
    lost = 0.0
    restarted = given_up = 0
    next_kill = kill_every if kill_every else float("inf")

    def start(worker: int, at: float) -> None:
        report = queue.pop(0)
        done = at + report[0] / rate + overhead
        busy[worker] = (at, done, report)
        heapq.heappush(events, (done, worker))

    for worker in range(workers):
        if queue:
            start(worker, 0.0)
    finished = 0.0
    while events:
        when, worker = heapq.heappop(events)
        if worker < 0:  # a restarted worker is back
            back = -1 - worker
            if back not in busy and queue:
                start(back, when)
            continue
        if worker not in busy or busy[worker][1] != when:
            continue  # a report that was killed before it finished
        if next_kill < when and busy:
            # The kill comes first: the worker longest into its report loses it.
            victim = draw.choice(sorted(busy))
            started, _done, report = busy.pop(victim)
            lost += next_kill - started
            deaths[report[1]] = deaths.get(report[1], 0) + 1
            if deaths[report[1]] > 3:
                given_up += 1
            else:
                restarted += 1
                queue.append(report)
                queue.sort(reverse=True)
            free_at[victim] = next_kill + restart
            heapq.heappush(events, (when, worker))  # handle this event again after
            idle = [w for w in range(workers) if w not in busy and free_at[w] <= next_kill]
            for w in idle:
                if queue:
                    start(w, next_kill)
            heapq.heappush(events, (free_at[victim], -1 - victim))  # the restart
            next_kill += kill_every or float("inf")
            continue
        now = when
        finished = max(finished, now)
        busy.pop(worker)
        if queue:
            start(worker, now)
    return finished, lost, restarted, given_up


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--workers", type=int, default=24)
    parser.add_argument("--reports", type=int, default=1000)
    parser.add_argument("--chars", type=int, default=2000)
    parser.add_argument("--rate", type=float, default=3.5, help="characters a second per core")
    parser.add_argument("--overhead", type=float, default=2.0, help="seconds per report")
    parser.add_argument("--kill-every", type=float, default=3600.0)
    parser.add_argument("--restart", type=float, default=60.0)
    parser.add_argument("--hours", type=float, default=8.0)
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()
    draw = random.Random(args.seed)
    lengths = [max(200, int(draw.gauss(args.chars, args.chars / 3))) for _ in range(args.reports)]
    total = sum(lengths)
    print(
        f"{args.reports} reports, {total:,} characters; {args.workers} workers at "
        f"{args.rate} chars/s each, {args.overhead} s per report"
    )
    for label, kill in (("no faults", None), (f"a worker lost every {args.kill_every:g} s", 1)):
        end, lost, restarted, given_up = simulate(
            lengths,
            args.workers,
            args.rate,
            args.overhead,
            args.kill_every if kill else None,
            args.restart,
            args.seed,
        )
        fits = "fits" if end <= args.hours * 3600 else "does NOT fit"
        print(
            f"{label:<28} done after {end / 3600:5.2f} h ({fits} in {args.hours:g} h); "
            f"{restarted} report(s) made again, {given_up} given up, "
            f"{lost / 3600:.2f} core-hours of work lost"
        )


if __name__ == "__main__":
    main()
