"""``audiobulletin batch``: every report in a folder, unattended, every night.

Each report goes through :func:`audiobulletin.pipeline.make`, the same run as ``make`` (same
script, engines, clip cache and published files), with a ``<name>.meta.json`` sidecar for the
feed. Around it this module adds what an unattended run needs:

* **Incremental.** A report is skipped when its bytes and every setting that shapes its audio
  hash to the key recorded when its bulletin was last published, and the files are still
  there. Modification times are not trusted (a copy, a ``git checkout`` or a sync tool changes
  them without changing anything). An edited report is made again, and the clip cache makes
  that cost only the sentences that changed.
* **Isolation.** Each report succeeds or fails on its own; a binary, empty or undecodable
  file is one ``failed`` line in the run report, and the others are made.
* **One run per folder.** :class:`~audiobulletin.lock.FolderLock` in the output folder.
* **Kill-safe.** Bulletins are published by rename (see :mod:`audiobulletin.publish`); the
  state, the run report and the feed are each replaced by rename too. A run killed at any
  moment leaves each file whole, old or new, and the next run redoes only what it had not
  recorded as done.
* **The feed never states a wrong length.** The feed and the folder indexes are written
  from what is on disk, leaving out the bulletins being made at that moment: before a
  report's files are replaced they are rewritten without it, and once its files are all in
  place (or its old ones put back) with it (:class:`_Listings`).
* **Ctrl-C stops at once.** The reports being made are abandoned (their processes killed;
  what they had written is never listed, see :mod:`audiobulletin.publish`), the ones
  finished are recorded, and the run report is written with the rest ``interrupted``.
* **A full disk costs the reports it hits.** A file that cannot be written fails its report
  (the error names the file) and the run goes on; the run's own files (state, run report,
  feed, index) are attempted all the same, and the exit code is 5.
* **Parallel, never oversubscribed.** ``jobs`` reports run at once in separate processes,
  each pinned to its own share of the cores: ``jobs x engine threads <= cores``.

The run report (``batch-report.json``) lists every report with its status, error, audio
length, characters, engine and voice, clip cache hits and misses, measured loudness and wall
time; :func:`summary_lines` is the one-screen version for stderr.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from audiobulletin.atomic import remove_stale_temps
from audiobulletin.errors import BulletinError, InputError, OutputError, SettingError
from audiobulletin.pipeline import MakeOptions, choose_voice
from audiobulletin.pool import cores
from audiobulletin.work import Done, Failed, Made, ReportJob, make_one

REPORT_NAME = "batch-report.json"
STATE_NAME = ".audiobulletin-batch.json"
#: Bump when what a key covers changes, so every report is made again once.
_KEY_VERSION = 1


@dataclass(frozen=True)
class BatchOptions:
    """What ``batch`` was asked for; ``make`` holds the per-report options."""

    make: MakeOptions = field(default_factory=MakeOptions)
    # ``key``: the field's key in config.toml's [batch] table (see audiobulletin.settings).
    jobs: int = field(default=1, metadata={"flag": "--jobs", "key": "jobs"})
    """Reports made at the same time, each in its own process."""
    recursive: bool = field(default=False, metadata={"key": "recursive"})
    """Include reports in subfolders (mirrored under the output folder)."""
    follow_symlinks: bool = field(default=False, metadata={"key": "follow_symlinks"})
    """Read reports that are symbolic links to files outside the inbox (skipped otherwise)."""
    prune: bool = field(default=False, metadata={"key": "prune"})
    """Remove the bulletins of reports that are no longer in the inbox (files, index entry,
    feed item). Without it they stay, as an archive."""
    cluster: str | None = None
    """Make the reports on a Dask cluster: a scheduler address (``tcp://host:8786``) or
    ``local:N`` (see :mod:`audiobulletin.cluster`); None makes them here."""

    def __post_init__(self) -> None:
        if self.jobs < 1:
            raise SettingError("BatchOptions", "jobs", f"must be at least 1, got {self.jobs}.")
        if self.cluster is not None:
            from audiobulletin.cluster import check_address

            object.__setattr__(self, "cluster", check_address(self.cluster))


@dataclass
class Outcome:
    """One report's line in the run report."""

    source: str
    status: str  # "made", "skipped" (up to date), "failed" or "interrupted" (by Ctrl-C)
    error: str | None = None
    output: str | None = None
    audio_s: float | None = None
    characters: int | None = None
    engine: str | None = None
    voice: str | None = None
    sentences: int | None = None
    cache_hits: int = 0
    cache_misses: int = 0
    loudness: dict[str, float] | None = None
    wall_s: float = 0.0
    warnings: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


@dataclass
class BatchResult:
    """Everything a run did, in report order."""

    outcomes: list[Outcome]
    jobs: int
    workers_per_job: int | None
    wall_s: float
    notes: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    """About the run rather than one report (an inbox entry that was skipped)."""
    report_path: Path | None = None
    feed: tuple[Path, int] | None = None
    pruned: list[str] = field(default_factory=list)
    """Reports whose bulletins ``prune`` removed (their paths in the inbox)."""
    interrupted: bool = False
    """Stopped by Ctrl-C (SIGINT) before every report was made."""
    unwritable: list[str] = field(default_factory=list)
    """Files that could not be written (a full disk, a read-only folder), each with why."""

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def exit_code(self) -> int:
        """130 when interrupted; 5 when a file could not be written; 1 when a report failed;
        0 when every report is made or up to date."""
        if self.interrupted:
            return 130
        if self.unwritable:
            return OutputError.exit_code
        return 1 if self.count("failed") else 0


# --------------------------------------------------------------------------- planning


def find_reports(
    inbox: Path,
    *,
    recursive: bool,
    exclude: Path | None = None,
    follow_symlinks: bool = False,
    on_skip: Callable[[str], None] | None = None,
) -> list[Path]:
    """The ``*.txt`` reports in ``inbox`` (and its subfolders when ``recursive``), by path.

    Hidden files and folders are left out (editors' swap files, ``.git``), and so is the
    output folder when it lies inside the inbox.

    An entry that leads out of the inbox through a symbolic link (the file, or a folder on
    its way) is skipped, and ``on_skip`` hears why, unless ``follow_symlinks``: whoever may
    drop files in the inbox could otherwise link any file the run can read (``/etc/passwd``,
    a key) and have it published as text, audio and feed. A link that stays inside the
    inbox shows nothing that was not already there, and is read.
    """
    inbox = Path(inbox)
    if not inbox.is_dir():
        raise InputError(
            f"The report folder '{inbox}' does not exist or is not a folder.",
            hint="Give the folder that holds the reports (*.txt).",
        )
    found = inbox.rglob("*") if recursive else inbox.glob("*")
    skip = exclude.resolve() if exclude is not None else None
    if skip is not None and inbox.resolve() not in skip.parents:
        skip = None  # the output folder is not inside the inbox (it may hold it): skip nothing
    home = inbox.resolve()
    reports = []
    for path in found:
        relative = path.relative_to(inbox)
        if path.suffix.lower() != ".txt" or any(p.startswith(".") for p in relative.parts):
            continue
        if skip is not None and skip in path.resolve().parents:
            continue
        if not path.is_file():
            continue
        real = path.resolve()
        if not follow_symlinks and home not in real.parents:
            if on_skip is not None:
                on_skip(
                    f"skipped {relative.as_posix()}: a symbolic link to a file outside the "
                    f"inbox ({real}); --follow-symlinks reads such files"
                )
            continue
        reports.append(path)
    return sorted(reports, key=lambda p: p.relative_to(inbox).as_posix())


def plan_jobs(requested: int, n_cores: int, threads: int) -> tuple[int, int, str | None]:
    """``(jobs, workers per job, note)`` so that jobs x workers x threads <= cores.

    ``threads`` is the engine threads of one synthesis worker (setting ``threads``). Each job
    gets ``cores // jobs`` cores and as many single-engine workers as fit in them; a request
    for more jobs than that allows is lowered, and the note says so.
    """
    most = max(1, n_cores // max(1, threads))
    jobs = min(requested, most)
    note = None
    if jobs < requested:
        note = (
            f"--jobs {requested} lowered to {jobs}: {n_cores} cores, {threads} engine "
            f"thread(s) per job."
        )
    workers = max(1, n_cores // (jobs * max(1, threads)))
    return jobs, workers, note


def _share_requests(
    jobs: int, options: MakeOptions, profile: Any, settings: Any
) -> tuple[int, MakeOptions, str | None]:
    """Split an online engine's requests in flight between the jobs.

    The service blocks floods, so the bound (``--concurrency``, else ``concurrency`` in the
    engine's table in config.toml, else the engine's default) holds for the whole run, not for
    each job: each of N jobs gets bound // N, and N is lowered to the bound when it is larger.
    """
    from audiobulletin.engines.base import engine_class

    bound = int(
        options.synthesis.concurrency
        or settings.engine_options(profile.engine).get("concurrency")
        or engine_class(profile.engine).default_concurrency
    )
    note = None
    if jobs > bound:
        note = (
            f"--jobs {jobs} lowered to {bound}: the {profile.engine} engine allows {bound} "
            f"request(s) in flight for the whole run."
        )
        jobs = bound
    return jobs, options.replace(concurrency=bound // jobs), note


def settings_recipe(options: MakeOptions, settings: Any, profile: Any) -> dict[str, Any]:
    """Everything besides a report's bytes and name that its bulletin depends on.

    Every option and setting that changes the audio or the files (voice profile as
    configured, rate, intro, loudness, encoding, tags, the engines' own tables in
    config.toml) and the program version; not the number of workers or requests in flight,
    which change nothing heard. The same for every report of a run, so made once.
    """
    from audiobulletin import __version__

    wanted = options.flat()
    for unheard in ("workers", "concurrency", "refresh_index", "spread"):
        wanted.pop(unheard, None)
    # An engine's own table in config.toml ([edge] pitch_hz, ...) changes what is heard too.
    engines = {
        name: settings.engines.get(name) for name in (profile.engine, options.synthesis.fallback)
    }
    if options.mp3.cover:  # embedded in every MP3: new art makes them again
        wanted["cover"] = hashlib.sha256(Path(options.mp3.cover).read_bytes()).hexdigest()
    return {
        "v": _KEY_VERSION,
        "program": __version__,
        "options": wanted,
        "profile": profile.to_dict(),
        "rate": settings.rate,
        "engines": {name: table for name, table in engines.items() if name and table},
    }


def report_key(data: bytes, recipe: dict[str, Any], output: str) -> str:
    """The hash that says whether a published bulletin is up to date: the report's bytes,
    its output name and the run's :func:`settings_recipe`."""
    text = json.dumps({**recipe, "output": output}, sort_keys=True)
    return hashlib.sha256(text.encode() + b"\0" + data).hexdigest()


# --------------------------------------------------------------------------- state


def _load_state(out_dir: Path) -> dict[str, Any]:
    try:
        state = json.loads((out_dir / STATE_NAME).read_text(encoding="utf-8"))
        if isinstance(state, dict) and isinstance(state.get("reports"), dict):
            return state
    except (OSError, ValueError):
        pass
    return {"version": 1, "reports": {}}


def _save_state(out_dir: Path, state: dict[str, Any]) -> None:
    from audiobulletin.atomic import write_text_atomic

    write_text_atomic(out_dir / STATE_NAME, json.dumps(state, ensure_ascii=False, indent=1))


def _up_to_date(out_dir: Path, entry: dict[str, Any] | None, key: str, voice: str) -> bool:
    """Same key, files still there and one set, and spoken by the voice asked for: a
    bulletin made with a stand-in voice (the Mandarin pack could not be had) is made again
    once it can be; one whose files were left mixed (a run killed while replacing them, then
    the report put back as it was) is made again too."""
    from audiobulletin.publish.sets import is_whole

    if not entry or entry.get("key") != key:
        return False
    if entry.get("figures", {}).get("voice") not in (None, voice):
        return False
    outputs = [out_dir / name for name in entry.get("outputs", [])]
    if not all(path.is_file() for path in outputs):
        return False
    return all(is_whole(path) for path in outputs if path.suffix == ".mp3")


# --------------------------------------------------------------------------- the run


@dataclass
class _Plan:
    """How a run makes its reports: settled from the options and the settings before the
    folder is locked, and completed under the lock (the feed's art, a cluster's size)."""

    make: MakeOptions
    settings: Any
    profile: Any
    jobs: int
    workers: int
    """Synthesis workers of each job."""
    notes: list[str]


def _plan(options: BatchOptions) -> _Plan:
    """The options every report is made with, and how many are made at once. The settings
    (config.toml, the voice profile) are read here, once for the whole run."""
    from audiobulletin.settings import load_settings

    # Pages are written per report; the index once, at the end, not after every report.
    make_options = options.make.replace(metadata=True, refresh_index=False)
    try:
        settings = load_settings()
        asked = make_options.synthesis
        profile = choose_voice(asked.engine, asked.voice, settings.voice)
    except BulletinError as exc:  # a bad voice or config is a usage error for the whole run
        raise InputError(exc.message, hint=exc.hint) from None
    jobs, workers, jobs_note = plan_jobs(options.jobs, len(cores()), settings.threads)
    notes = [jobs_note] if jobs_note else []
    if jobs > 1:
        make_options = make_options.replace(workers=workers)
        from audiobulletin.engines.base import engine_class

        if engine_class(profile.engine).online:
            jobs, make_options, share_note = _share_requests(jobs, make_options, profile, settings)
            notes += [share_note] if share_note else []
    return _Plan(make_options, settings, profile, jobs, workers, notes)


def run_batch(
    inbox: Path,
    out_dir: Path,
    options: BatchOptions,
    *,
    feed: Any = None,
    on_line: Callable[[str], None] | None = None,
) -> BatchResult:
    """Make every report in ``inbox`` into ``out_dir``; ``feed`` (a ``FeedSettings``) also
    refreshes ``feed.xml`` at the end. ``on_line`` hears one progress line per report."""
    from audiobulletin.lock import FolderLock

    started = time.perf_counter()
    say = on_line or (lambda _line: None)
    inbox, out_dir = Path(inbox), Path(out_dir)
    reports, run_warnings = _reports(inbox, out_dir, options, say)
    plan = _plan(options)
    with FolderLock(out_dir) as lock:
        if lock.stale is not None:
            plan.notes.append(
                f"took over the lock left by a run that is gone ({lock.stale.describe()})."
            )
            say(f"note: {plan.notes[-1]}")
        run_id = _clear_leftovers(out_dir, options.cluster, say)
        if feed is not None:
            feed = _take_feed_art(out_dir, feed, plan, say)
        run = _Run(out_dir, feed, say)
        pruned = _prune(out_dir, inbox, run.state, say, run.listings) if options.prune else []
        recipe = settings_recipe(plan.make, plan.settings, plan.profile)
        todo = run.sort(reports, inbox, recipe, plan.profile.voice, plan.make.output.format)
        interrupted = False
        try:
            _make_all(todo, options, plan, run, recipe, run_id)
        except KeyboardInterrupt:
            # Whatever was being made has stopped (its process killed, or its files put
            # back as they were): it is neither listed as made nor recorded.
            interrupted = True
            run.interrupted(todo)
        ordered = [run.outcomes[p.relative_to(inbox).as_posix()] for p in reports]
        result = BatchResult(
            outcomes=ordered,
            jobs=plan.jobs,
            workers_per_job=plan.workers if plan.jobs > 1 else None,
            wall_s=time.perf_counter() - started,
            notes=_with_report_notes(plan.notes, ordered),
            warnings=run_warnings,
            pruned=pruned,
            interrupted=interrupted,
            unwritable=run.unwritable,
        )
        _write_run_files(result, inbox, plan.make, run)
    return result


def _reports(
    inbox: Path, out_dir: Path, options: BatchOptions, say: Callable[[str], None]
) -> tuple[list[Path], list[str]]:
    """The reports in the inbox, and a warning for each entry skipped; the output folder is
    made first, as it may lie inside the inbox."""
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"Cannot create the output folder '{out_dir}': {exc.strerror}.") from None
    warnings: list[str] = []

    def skipped(why: str) -> None:
        warnings.append(why)
        say(f"warning: {why}")

    reports = find_reports(
        inbox,
        recursive=options.recursive,
        exclude=out_dir,
        follow_symlinks=options.follow_symlinks,
        on_skip=skipped,
    )
    return reports, warnings


def _clear_leftovers(out_dir: Path, cluster: str | None, say: Callable[[str], None]) -> str:
    """Remove what killed runs left (temporary files, a cluster run's staging folders);
    return this run's staging id ('' unless the run is on a cluster)."""
    run_id = ""
    if cluster is not None:
        from audiobulletin.cluster import new_run_id, remove_stale_staging

        run_id = new_run_id()
        for stale in remove_stale_staging(out_dir):
            say(f"note: removed the staging folder of a run that is gone ({stale})")
    _remove_leftovers(out_dir)
    return run_id


def _take_feed_art(out_dir: Path, feed: Any, plan: _Plan, say: Callable[[str], None]) -> Any:
    """The feed's art goes into every MP3, and the feed's author is their artist unless one
    is given: both known before the first report is made. Returns the feed settings with
    the art found."""
    from audiobulletin.publish.feed import resolve_cover

    feed, cover = resolve_cover(out_dir, feed, lambda w: say(f"warning: {w}"))
    plan.make = plan.make.replace(
        cover=str(cover) if cover is not None else None,
        artist=plan.make.mp3.artist or feed.author or None,
    )
    return feed


def _with_report_notes(notes: list[str], outcomes: list[Outcome]) -> list[str]:
    """The run's notes, then each report's note not already among them."""
    notes = list(notes)
    for outcome in outcomes:
        for note in outcome.notes:
            if note not in notes:
                notes.append(note)
    return notes


def _make_all(
    todo: list[ReportJob],
    options: BatchOptions,
    plan: _Plan,
    run: _Run,
    recipe: dict[str, Any],
    run_id: str,
) -> None:
    """Make ``todo`` on the cluster, in the local pool, or one after another here; record
    each report as it is done."""
    if options.cluster is not None and todo:
        plan.jobs, plan.workers = _run_cluster(
            options.cluster, todo, run.out_dir, plan.make, recipe, run_id, run
        )
    elif plan.jobs == 1 or len(todo) <= 1:
        from audiobulletin.kept import kept_engines

        alone = plan.make.replace(workers=options.make.synthesis.workers)
        with kept_engines():
            for job in todo:
                out = str(run.out_dir / job.output)
                done = run.listings.hide(job.output) or make_one(
                    str(job.path), out, alone, _quarters(job.source, run.say)
                )
                run.record(job, done)
    else:
        from audiobulletin.pool import LocalPool

        pool = LocalPool(
            run.out_dir, plan.make, plan.jobs, plan.workers, run.record, run.listings.hide
        )
        pool.run(todo)


def _write_run_files(result: BatchResult, inbox: Path, options: MakeOptions, run: _Run) -> None:
    """The run report, the folder indexes and, last, the feed; what cannot be written is
    added to ``result.unwritable``."""
    out_dir = run.out_dir
    try:
        result.report_path = _write_report(out_dir, inbox, options, result)
    except OSError as exc:
        run.cannot_write(exc)
    folders = {(out_dir / o.output).parent for o in result.outcomes if o.output}
    _write_indexes(folders | run.listings.folders, run.cannot_write, create=options.output.html)
    if result.pruned:  # the folders they left may hold no bulletin of this run
        _refresh_indexes(out_dir, {Path(p).parent.as_posix() for p in result.pruned}, run.say)
    # Last: nothing is being made any more, so every bulletin that is one set is listed.
    result.feed = run.listings.final_feed(on_warning=lambda w: run.say(f"warning: {w}"))


class _Run:
    """What a run keeps while its reports are made: the state (saved after every report, so
    a killed run loses only the rest), each report's outcome, the listings, and the files
    that could not be written."""

    def __init__(self, out_dir: Path, feed: Any, say: Callable[[str], None]) -> None:
        self.out_dir = out_dir
        self.say = say
        self.state = _load_state(out_dir)
        self.unwritable: list[str] = []
        self.listings = _Listings(out_dir, feed, self.cannot_write)
        self.outcomes: dict[str, Outcome] = {}
        self.to_make = 0
        self.finished = 0

    def cannot_write(self, exc: OSError) -> None:
        """A run file (state, feed, index) could not be written: say so, go on."""
        problem = f"cannot write '{exc.filename}': {exc.strerror or exc}"
        self.unwritable.append(problem)
        self.say(f"warning: {problem}")

    def save(self) -> None:
        try:
            _save_state(self.out_dir, self.state)
        except OSError as exc:
            self.cannot_write(exc)

    def sort(
        self, reports: list[Path], inbox: Path, recipe: dict[str, Any], voice: str, fmt: str
    ) -> list[ReportJob]:
        """Record the outcome of every report that is up to date or cannot be made (it
        cannot be read, or its bulletin's name is another's); return the others."""
        todo: list[ReportJob] = []
        claimed: dict[str, str] = {}  # output name, case-folded -> the report that has it
        for path in reports:
            relative = path.relative_to(inbox).as_posix()
            output = Path(relative).with_suffix("." + fmt).as_posix()
            owner = claimed.setdefault(output.casefold(), relative)
            if owner != relative:
                error = f"its bulletin {output} would overwrite the one made from {owner}"
                self.outcomes[relative] = Outcome(relative, "failed", error=error)
                continue
            try:
                key = report_key(path.read_bytes(), recipe, output)
            except OSError as exc:
                self.outcomes[relative] = Outcome(relative, "failed", error=f"cannot read: {exc}")
                continue
            entry = self.state["reports"].get(relative)
            if _up_to_date(self.out_dir, entry, key, voice):
                figures = entry.get("figures", {}) if entry else {}
                self.outcomes[relative] = Outcome(relative, "skipped", output=output, **figures)
            else:
                todo.append(ReportJob(relative, path, output, key))
        fresh = sum(1 for o in self.outcomes.values() if o.status == "skipped")
        self.say(f"batch: {len(reports)} reports, {len(todo)} to make, {fresh} up to date")
        self.to_make = len(todo)
        return todo

    def record(self, job: ReportJob, done: Done) -> None:
        """``job`` is done with: its outcome, the state, and the listings with it again."""
        self.finished += 1
        count = f"[{self.finished}/{self.to_make}]"
        if isinstance(done, Made):
            self.outcomes[job.source] = self._made(job, done)
            self.say(
                f"{count} made {job.source}: {_clock(done.audio_s)} of audio, "
                f"{done.synthesized} sentences spoken, {done.cached} from the cache, "
                f"in {_clock(done.wall_s)}"
            )
        else:
            self.outcomes[job.source] = Outcome(
                job.source, "failed", error=done.error, wall_s=round(done.wall_s, 2)
            )
            self.state["reports"].pop(job.source, None)
            if done.code == OutputError.exit_code:
                self.unwritable.append(f"{job.source}: {done.error}")
            self.say(f"{count} FAILED {job.source}: {done.error}")
        self.save()
        self.listings.show(job.output)

    def _made(self, job: ReportJob, done: Made) -> Outcome:
        """The outcome of a bulletin made, whose key and files go into the state."""
        figures = {
            "audio_s": done.audio_s,
            "characters": done.characters,
            "engine": done.engine,
            "voice": done.voice,
            "sentences": done.synthesized + done.cached,
            "loudness": done.loudness,
        }
        self.state["reports"][job.source] = {
            "key": job.key,
            "outputs": [Path(f).relative_to(self.out_dir).as_posix() for f in done.files],
            "figures": figures,
        }
        return Outcome(
            job.source,
            "made",
            output=job.output,
            cache_hits=done.cached,
            cache_misses=done.synthesized,
            wall_s=round(done.wall_s, 2),
            warnings=done.warnings,
            notes=done.notes,
            **figures,  # type: ignore[arg-type]
        )

    def interrupted(self, todo: list[ReportJob]) -> None:
        """Ctrl-C: every report not recorded is ``interrupted``; the state is saved again, as
        Ctrl-C may have come while the last report was being recorded."""
        self.say("batch: interrupted; recording what was made")
        for job in todo:
            self.outcomes.setdefault(job.source, Outcome(job.source, "interrupted"))
        self.save()


def _run_cluster(
    address: str,
    todo: list[ReportJob],
    out_dir: Path,
    options: MakeOptions,
    recipe: dict[str, Any],
    run_id: str,
    run: _Run,
) -> tuple[int, int]:
    """Make ``todo`` on the Dask cluster at ``address``; return (worker threads, 1)."""
    from audiobulletin.cluster import Submission, connect, run_on_cluster, workers_of
    from audiobulletin.publish import _has_own_page

    # One synthesis process per report, its engine on the `threads` setting's cores: the
    # worker's slot (its Dask thread, or the `synth` resource), not the whole node.
    alone = options.replace(workers=1, spread=False)

    def options_for(output: str) -> MakeOptions:
        # A page this bulletin already has is rewritten, as a local run does; the worker,
        # making it in a staging folder, cannot see it.
        if not alone.output.html and _has_own_page(out_dir / output):
            return alone.replace(html=True)
        return alone

    with connect(address) as client:
        threads = workers_of(client)
        submission = Submission(client, address, out_dir, run_id, options_for, recipe)
        run_on_cluster(submission, todo, run.record, run.listings.hide)
    return threads, 1


class _Listings:
    """The feed and the folder indexes, rewritten around every bulletin a run replaces.

    Both are built from what is on disk. While a report is being made its files are renamed
    into place one by one, and a feed written before that would state the old MP3's length
    for the new one; so each is rewritten without the report before its files may change
    (:meth:`hide`) and with it once they are in place (:meth:`show`), and every rewrite in
    between leaves out all the reports being made. Only the batch process writes them, so
    two jobs never race on ``feed.xml``. A killed run leaves them naming only bulletins that
    are whole, with their real lengths; the next run lists the rest again.
    """

    def __init__(self, out_dir: Path, feed: Any, cannot_write: Callable[[OSError], None]) -> None:
        self.out_dir = out_dir
        self.feed = feed
        self.cannot_write = cannot_write
        self.busy: set[str] = set()
        """Bulletins (MP3 paths relative to the output folder) being made now."""
        self.folders: set[Path] = set()
        """Folders whose index was rewritten; the run refreshes them once more at the end."""

    def hide(self, output: str) -> Failed | None:
        """``output`` is about to be made: list it nowhere from now on.

        Returns None, or the failed result to record instead of making the report when a
        listing that names it could not be rewritten (a full disk): replacing its files
        then would leave that listing stating the old MP3's length for the new one.
        """
        self.busy.add(output)
        if not (self.out_dir / output).exists():
            return None  # listed nowhere yet
        failures = self._refresh(output)
        if not failures:
            return None
        self.busy.discard(output)
        return Failed(
            f"not made, as it could not be taken out of the listings first: "
            f"cannot write '{failures[0].filename}': {failures[0].strerror}",
            code=OutputError.exit_code,
        )

    def show(self, output: str) -> None:
        """``output`` is done with (made, failed or given up): list it as it now lies."""
        if output in self.busy:
            self.busy.discard(output)
            for exc in self._refresh(output):
                self.cannot_write(exc)

    def _refresh(self, output: str) -> list[OSError]:
        """Rewrite the feed and the index of ``output``'s folder; return what failed."""
        from audiobulletin.publish.feed import write_feed
        from audiobulletin.publish.html import INDEX_NAME, write_index

        failures: list[OSError] = []
        if self.feed is not None:
            try:
                write_feed(self.out_dir, self.feed, exclude=set(self.busy))
            except OSError as exc:
                failures.append(exc)
        folder = (self.out_dir / output).parent
        if (folder / INDEX_NAME).is_file():
            self.folders.add(folder)
            mine = {Path(b).name for b in self.busy if (self.out_dir / b).parent == folder}
            try:
                write_index(folder, exclude=mine)
            except OSError as exc:
                failures.append(exc)
        return failures

    def final_feed(self, on_warning: Any) -> tuple[Path, int] | None:
        """Rewrite ``feed.xml`` (when the run has a feed) once nothing is being made."""
        if self.feed is None:
            return None
        from audiobulletin.publish.feed import write_feed

        try:
            return write_feed(self.out_dir, self.feed, on_warning=on_warning)
        except OSError as exc:
            self.cannot_write(exc)
            return None


def _write_indexes(
    folders: set[Path], cannot_write: Callable[[OSError], None], *, create: bool
) -> None:
    """Refresh ``index.html`` in every folder that holds a bulletin of this run; without
    ``create`` only where one is already there (re-made bulletins rewrite their old pages,
    and the index must not go on listing their old titles and lengths)."""
    from audiobulletin.publish.html import INDEX_NAME, write_index

    for folder in sorted(folders):
        if not create and not (folder / INDEX_NAME).is_file():
            continue
        try:
            write_index(folder)
        except OSError as exc:
            cannot_write(exc)


def _refresh_indexes(out_dir: Path, folders: set[str], say: Callable[[str], None]) -> None:
    """Refresh the ``index.html`` already in these folders (relative to ``out_dir``)."""
    from audiobulletin.publish.html import INDEX_NAME, write_index

    for relative in sorted(folders):
        folder = out_dir / relative
        if (folder / INDEX_NAME).is_file():
            try:
                write_index(folder)
            except OSError as exc:
                say(f"warning: cannot write the index of '{folder}': {exc.strerror}")


def _prune(
    out_dir: Path,
    inbox: Path,
    state: dict[str, Any],
    say: Callable[[str], None],
    listings: _Listings,
) -> list[str]:
    """Remove the published files of every report the state knows that is gone from the
    inbox; return those reports. Only files this program recorded as its own are removed,
    the MP3 first; the feed and the index are rewritten without the bulletin before, so they
    never name a file that is gone. A bulletin they cannot be rewritten without stays."""
    from audiobulletin.publish.feed import FEED_NAME
    from audiobulletin.publish.html import INDEX_NAME

    gone = sorted(source for source in state["reports"] if not (inbox / source).is_file())
    pruned: list[str] = []
    for source in gone:
        shared = {INDEX_NAME, FEED_NAME, REPORT_NAME}  # never one report's own
        outputs = [
            name
            for name in state["reports"][source].get("outputs", [])
            if Path(name).name not in shared
        ]
        outputs.sort(key=lambda name: not name.endswith(".mp3"))
        mp3s = [name for name in outputs if name.endswith(".mp3")]
        refused = next((r for r in map(listings.hide, mp3s) if r is not None), None)
        if refused is not None:
            for name in mp3s:
                listings.show(name)
            say(f"warning: {source} not pruned: {refused.error}")
            continue
        for name in outputs:
            with contextlib.suppress(FileNotFoundError):
                (out_dir / name).unlink()
        for name in mp3s:
            listings.show(name)
        del state["reports"][source]
        try:
            _save_state(out_dir, state)
        except OSError as exc:
            listings.cannot_write(exc)
        say(f"pruned {source}: removed {', '.join(outputs) or 'nothing'}")
        pruned.append(source)
    return pruned


def _quarters(name: str, say: Callable[[str], None]) -> Callable[[int, int], None]:
    """Sentence progress for a log: one line at each quarter of a report's sentences."""
    last = [-1]

    def progress(done: int, total: int) -> None:
        quarter = 4 * done // max(total, 1)
        if quarter != last[0] and done < total and done > 0:
            last[0] = quarter
            say(f"  {name}: {done}/{total} sentences")

    return progress


def _remove_leftovers(out_dir: Path) -> None:
    """Delete the hidden temporary files (``.<name>.<random>.tmp``) a killed run left.

    Only names this program makes are touched, so other software's temporary files in a
    served folder stay; and only files no live process holds (see
    :func:`audiobulletin.atomic.remove_stale_temps`), so a ``make`` writing into the folder
    at the same time keeps its own.
    """
    folders = [out_dir, *(p for p in out_dir.rglob("*") if p.is_dir() and not p.is_symlink())]
    for folder in folders:
        remove_stale_temps(folder)


def _write_report(out_dir: Path, inbox: Path, options: MakeOptions, result: BatchResult) -> Path:
    from audiobulletin.atomic import write_text_atomic
    from audiobulletin.loudness import parse_loudness

    target = parse_loudness(options.assembly.loudness)
    report = {
        "version": 1,
        "finished": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "inbox": str(inbox),
        "output": str(out_dir),
        "wall_s": round(result.wall_s, 2),
        "jobs": result.jobs,
        "workers_per_job": result.workers_per_job,
        "loudness_target": (
            None
            if target is None
            else {
                "preset": options.assembly.loudness,
                "integrated_lufs": target.integrated_lufs,
                "true_peak_dbtp": target.true_peak_db,
            }
        ),
        "counts": {
            s: result.count(s)
            for s in ("made", "skipped", "failed", "interrupted")
            if s != "interrupted" or result.interrupted
        },
        "pruned": result.pruned,
        "notes": result.notes,
        "warnings": result.warnings,
        "files": [dataclasses.asdict(o) for o in result.outcomes],
    }
    path = out_dir / REPORT_NAME
    write_text_atomic(path, json.dumps(report, ensure_ascii=False, indent=2) + "\n")
    return path


def _clock(seconds: float) -> str:
    whole = round(seconds)
    return f"{whole // 60}m{whole % 60:02d}s" if whole >= 60 else f"{whole}s"


def summary_lines(result: BatchResult) -> list[str]:
    """The one-screen summary: counts, failures, cache, audio, loudness, where the report is."""
    made, skipped, failed = (result.count(s) for s in ("made", "skipped", "failed"))
    stopped = f", {result.count('interrupted')} interrupted" if result.interrupted else ""
    lines = [
        f"batch: {len(result.outcomes)} reports: {made} made, {skipped} up to date, "
        f"{failed} failed{stopped}, in {_clock(result.wall_s)} ({result.jobs} job(s))"
    ]
    for outcome in result.outcomes:
        if outcome.status == "failed":
            lines.append(f"  failed: {outcome.source}: {outcome.error}")
    done = [o for o in result.outcomes if o.status == "made"]
    if done:
        hits = sum(o.cache_hits for o in done)
        misses = sum(o.cache_misses for o in done)
        audio = sum(o.audio_s or 0 for o in done)
        lines.append(
            f"  made: {_clock(audio)} of audio; {misses} sentences spoken, {hits} from the cache"
        )
        measured = [o.loudness for o in done if o.loudness]
        if measured:
            low = min(m["integrated_lufs"] for m in measured)
            high = max(m["integrated_lufs"] for m in measured)
            peak = max(m["true_peak_dbtp"] for m in measured)
            lines.append(
                f"  loudness: {low:g} to {high:g} LUFS (target "
                f"{measured[0]['target_lufs']:g}), true peak at most {peak:g} dBTP"
            )
    warned = sum(len(o.warnings) for o in done)
    if warned:
        lines.append(f"  {warned} warning(s): see the run report")
    for warning in result.warnings:
        lines.append(f"  warning: {warning}")
    if result.pruned:
        lines.append(f"  pruned (gone from the inbox): {', '.join(result.pruned)}")
    for problem in result.unwritable:
        lines.append(f"  not written: {problem}")
    for note in result.notes:
        lines.append(f"  note: {note}")
    if result.report_path is not None:
        lines.append(f"  report: {result.report_path}")
    if result.feed is not None:
        lines.append(f"  feed: {result.feed[0]} ({result.feed[1]} items)")
    return lines
