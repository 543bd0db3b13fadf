"""Script x Engine -> one audio clip per sentence, chapter by chapter.

Three promises are kept here:

* **Nothing is synthesized twice.** Clips are cached by content address (engine, model, voice,
  rate and the exact spoken text), so re-running an unchanged report synthesizes nothing and
  an edit re-synthesizes only the sentences it touched.
* **Every core is used** for engines that benefit: a process pool whose workers each build
  their own single-threaded engine once (engines hold native sessions that do not pickle, so a
  worker is given the engine's registry name and options, never the engine).
* **Nothing is lost.** Neural TTS occasionally drops the end of a sentence. Each clip's voiced
  length is checked against its text length; clips outside the plausible band are synthesized
  again, and what stays implausible is reported. A sentence with no audio at all is an
  :class:`EngineError`: a bulletin never ships a chapter with missing speech.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import math
import os
import struct
import wave
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from audiobulletin.atomic import write_bytes_atomic
from audiobulletin.audio import DEFAULT_SILENCE_DB, AudioClip, voiced_ms
from audiobulletin.children import spawning
from audiobulletin.engines.base import Engine, create, engine_class
from audiobulletin.errors import EngineError
from audiobulletin.script import Script
from audiobulletin.zh import fold_silent, split_clauses, split_sentences, voiced_chars

ProgressCallback = Callable[[int, int], None]


@dataclass(frozen=True)
class EngineSpec:
    """How to build an engine: its registry name and constructor options.

    This, not an engine object, is what worker processes receive, because engines wrap native
    sessions that cannot be pickled.
    """

    name: str
    options: Mapping[str, Any] = field(default_factory=dict)

    def create(self, **extra: Any) -> Engine:
        """The engine, built now; or the one this process keeps, when it makes report after
        report (see :mod:`audiobulletin.kept`)."""
        from audiobulletin import kept

        return kept.engine(self.name, {**self.options, **extra})


@dataclass(frozen=True)
class SynthSettings:
    """How to synthesize.

    ``workers`` None means every available core when the engine is ``parallel`` and one
    otherwise; more than one needs the engine given as an :class:`EngineSpec`.
    ``ms_per_char`` None takes the engine's ``plausible_ms_per_char``; ``slack_ms`` widens
    that band on both sides so that very short sentences, whose length is dominated by
    onsets and releases, are not flagged.
    ``cache_dir`` None turns the clip cache off.
    """

    voice: str
    rate: float = 1.0
    cache_dir: Path | None = None
    workers: int | None = None
    max_retries: int = 2
    ms_per_char: tuple[float, float] | None = None
    slack_ms: float = 250.0
    silence_db: float = DEFAULT_SILENCE_DB
    spread: bool = True
    """One process doing all the work may give its engine every core. False on a cluster
    worker: its slot is the configured ``threads`` (Dask resources keep workers apart)."""

    def __post_init__(self) -> None:
        if not isinstance(self.voice, str) or not self.voice:
            raise ValueError("SynthSettings.voice must be a non-empty string")
        if not 0.25 <= self.rate <= 4.0:
            raise ValueError(f"SynthSettings.rate must be in 0.25..4.0, got {self.rate}")
        if self.workers is not None and self.workers < 1:
            raise ValueError(f"SynthSettings.workers must be at least 1, got {self.workers}")
        if self.max_retries < 0:
            raise ValueError(f"SynthSettings.max_retries must be >= 0, got {self.max_retries}")
        if self.ms_per_char is not None:
            lo, hi = self.ms_per_char
            if not 0 <= lo < hi:
                raise ValueError(
                    f"SynthSettings.ms_per_char must be (low, high) with 0 <= low < high, "
                    f"got {self.ms_per_char}"
                )
        if self.slack_ms < 0:
            raise ValueError(f"SynthSettings.slack_ms must be >= 0, got {self.slack_ms}")
        if self.silence_db >= 0:
            raise ValueError(f"SynthSettings.silence_db must be below 0, got {self.silence_db}")
        if self.cache_dir is not None:
            object.__setattr__(self, "cache_dir", Path(self.cache_dir))


@dataclass(frozen=True)
class SentenceClip:
    """One sentence and its audio (untrimmed, as the engine returned it)."""

    text: str
    clip: AudioClip
    cached: bool = False


@dataclass(frozen=True)
class ChapterClips:
    """The clips of one chapter, in speaking order."""

    title: str
    clips: tuple[SentenceClip, ...]


@dataclass(frozen=True)
class FailedChapter:
    """A chapter left without speech (only with ``keep_going``): its place and why."""

    index: int
    title: str
    reason: str


@dataclass(frozen=True)
class SynthResult:
    """Every chapter's clips, plus what the run did and what looked wrong.

    ``failed`` lists the chapters that got no speech when :func:`synthesize` was asked to keep
    going; their ``ChapterClips`` are empty until :func:`replace_chapters` fills them.
    """

    chapters: tuple[ChapterClips, ...]
    sample_rate: int
    warnings: tuple[str, ...] = ()
    synthesized: int = 0
    cached: int = 0
    workers: int = 1
    failed: tuple[FailedChapter, ...] = ()


# --------------------------------------------------------------------------- clip cache


class ClipCache:
    """Content-addressed store of clips as 16-bit mono WAV files.

    WAV rather than raw PCM because the header carries the sample rate and the frame count.
    Each file ends with a chunk of its own (``abck``) holding the SHA-256 of the clip's key
    and samples, checked on every read: a truncated or damaged file, or a clip that was put
    under another clip's key, is discarded and spoken again, never put on air.

    The folders are 0700 whatever the umask (see :func:`audiobulletin.paths.private_dir`),
    and a clip file not owned by this user is not read: no one else can swap in audio.
    """

    _CHECK = b"abck"

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    @staticmethod
    def key(engine_name: str, model_id: str, voice: str, rate: float, text: str) -> str:
        material = json.dumps([engine_name, model_id, voice, float(rate), text], ensure_ascii=False)
        return hashlib.sha256(material.encode("utf-8")).hexdigest()

    def path(self, key: str) -> Path:
        return self.root / "clips" / key[:2] / f"{key}.wav"

    @staticmethod
    def _digest(key: str, pcm: bytes) -> bytes:
        return hashlib.sha256(key.encode("ascii") + b"\0" + pcm).digest()

    def get(self, key: str) -> AudioClip | None:
        """The cached clip, or None when absent or not as stored (a bad file is removed, and
        the clip then spoken again)."""
        path = self.path(key)
        try:
            with open(path, "rb") as handle:
                if os.fstat(handle.fileno()).st_uid != os.geteuid():
                    return None  # not ours: neither trusted nor removed
                data = handle.read()
        except OSError:
            return None
        clip = self._decode(key, data)
        if clip is None:
            with contextlib.suppress(OSError):
                path.unlink()
        else:
            from audiobulletin.cache import touch

            touch(path)  # used now: the last to be evicted (see audiobulletin.cache)
        return clip

    def _decode(self, key: str, data: bytes) -> AudioClip | None:
        head, digest = data[:-40], data[-40:]
        if len(data) < 84 or digest[:8] != self._CHECK + struct.pack("<I", 32):
            return None
        try:
            with wave.open(io.BytesIO(head), "rb") as w:
                if w.getnchannels() != 1 or w.getsampwidth() != 2:
                    return None
                frames = w.getnframes()
                pcm = w.readframes(frames)
                rate = w.getframerate()
        except (EOFError, wave.Error):
            return None
        if frames == 0 or len(pcm) != 2 * frames or self._digest(key, pcm) != digest[8:]:
            return None
        return AudioClip(pcm=pcm, sample_rate=rate)

    def claim(self, key: str, *, wait: bool = False) -> int | None:
        """Claim ``key`` for speaking: an open descriptor holding ``flock`` on its lock file
        (``<key>.lock`` beside the clip); -1 when another process holds it and not ``wait``;
        None when the lock cannot be taken at all (a read-only cache: speak anyway).

        The lock is the kernel's, so a killed holder releases it at once; on NFS, Linux
        takes it on the server (as a POSIX lock), so it holds across hosts.
        """
        import fcntl

        from audiobulletin.paths import private_dir

        path = self.path(key).with_suffix(".lock")
        try:
            for folder in (self.root, self.root / "clips", path.parent):
                private_dir(folder)
            fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
        except OSError:
            return None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except OSError:
            os.close(fd)
            return -1 if not wait else None
        return fd

    @staticmethod
    def release(claim: int | None) -> None:
        """Give back what :meth:`claim` returned (the lock file stays, for the next run)."""
        if claim is not None and claim >= 0:
            os.close(claim)

    def put(self, key: str, clip: AudioClip) -> None:
        """Store ``clip`` atomically: a crash never leaves a half-written file under the key."""
        from audiobulletin.paths import private_dir

        buffer = io.BytesIO()
        with wave.open(buffer, "wb") as w:
            w.setnchannels(1)
            w.setsampwidth(2)
            w.setframerate(clip.sample_rate)
            w.writeframes(clip.pcm)
        data = bytearray(buffer.getvalue())
        data += self._CHECK + struct.pack("<I", 32) + self._digest(key, clip.pcm)
        data[4:8] = struct.pack("<I", len(data) - 8)  # the RIFF size counts the new chunk
        path = self.path(key)
        for folder in (self.root, self.root / "clips", path.parent):
            private_dir(folder)  # each, so that one left open by an older version is closed
        write_bytes_atomic(path, bytes(data), private=True)


# --------------------------------------------------------------------------- text pieces


def _pieces(text: str, max_chars: int, by_clause: bool) -> tuple[str, ...]:
    """What one sentence is sent to the engine as: pieces of at most ``max_chars`` cut by the
    product's one splitter, and, on a last retry (``by_clause``), one piece per clause."""
    parts = split_clauses(text) if by_clause else [text]
    return tuple(piece for part in parts for piece in split_sentences(part, max_chars))


def _speak(engine: Engine, pieces: Sequence[str], voice: str, rate: float) -> AudioClip:
    """Synthesize ``pieces`` one by one and join them into one clip."""
    clips = [engine.synthesize(p, voice, rate) for p in pieces]
    rates = {c.sample_rate for c in clips}
    if len(rates) != 1:
        raise EngineError(f"The engine returned mixed sample rates {sorted(rates)}.")
    return AudioClip(pcm=b"".join(c.pcm for c in clips), sample_rate=clips[0].sample_rate)


# --------------------------------------------------------------------------- worker processes

_WORKER_ENGINE: Engine | None = None


def _worker_init(parent: int, name: str, options: dict[str, Any]) -> None:
    """Build this worker's engine once; every task in the worker reuses it. The worker dies
    with ``parent`` (see :mod:`audiobulletin.children`)."""
    from audiobulletin.children import worker_setup

    worker_setup(parent)
    global _WORKER_ENGINE
    _WORKER_ENGINE = create(name, **options)


def _worker_died() -> EngineError:
    return EngineError(
        "A speech worker process died.",
        hint="The machine may be out of memory; try fewer workers.",
    )


def _worker_task(pieces: tuple[object, ...], voice: str, rate: float) -> tuple[bytes, int]:
    """Speak the pieces the coordinating process prepared (see ``Engine.prepare``)."""
    assert _WORKER_ENGINE is not None, "worker used before its initializer ran"
    engine = _WORKER_ENGINE
    clips = [engine.speak_prepared(p, voice, rate) for p in pieces]
    rates = {c.sample_rate for c in clips}
    if len(rates) != 1:
        raise EngineError(f"The engine returned mixed sample rates {sorted(rates)}.")
    return b"".join(c.pcm for c in clips), clips[0].sample_rate


def available_cores() -> int:
    """Cores this process may run on (the affinity mask, not the machine's total)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def available_memory() -> int | None:
    """Bytes of memory this process could still take: the kernel's ``MemAvailable``, or what
    is left under a cgroup v2 limit when that is less; None when neither can be read."""
    found: list[int] = []
    try:
        with open("/proc/meminfo", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("MemAvailable:"):
                    found.append(int(line.split()[1]) * 1024)
                    break
    except (OSError, ValueError, IndexError):
        pass
    try:
        cgroup = Path("/sys/fs/cgroup")
        limit = (cgroup / "memory.max").read_text(encoding="ascii").strip()
        if limit != "max":
            used = int((cgroup / "memory.current").read_text(encoding="ascii"))
            found.append(max(0, int(limit) - used))
    except (OSError, ValueError):
        pass
    return min(found) if found else None


def worker_limit(
    engine: type[Engine] | Engine, *, cores: int | None = None, memory: int | None = None
) -> tuple[int, str]:
    """The most synthesis workers worth starting, and why: one per core, and no more than
    the free memory holds at the engine's ``worker_memory`` each (at least one).

    More workers than cores only take turns on them, each holding a model in memory (about
    0.45 GiB for Kokoro): 24 workers on 2 cores are slower than 2, and can run the machine out
    of memory. ``cores`` and ``memory`` default to this machine's.
    """
    cores = cores if cores is not None else available_cores()
    memory = memory if memory is not None else available_memory()
    if memory is not None:
        fit = max(1, memory // engine.worker_memory)
        if fit < cores:
            return fit, (
                f"{memory / 2**30:.1f} GiB of memory free, about "
                f"{engine.worker_memory / 2**30:.1f} GiB per {engine.name} worker"
            )
    return cores, f"{cores} core(s)"


def _worker_options(spec: EngineSpec) -> dict[str, Any]:
    """The spec's options, plus ``threads=1`` where the engine accepts it.

    N single-threaded workers beat N multi-threaded ones fighting over the same cores.
    """
    options = dict(spec.options)
    if engine_class(spec.name).takes_threads:
        options.setdefault("threads", 1)
    return options


# --------------------------------------------------------------------------- the run


@dataclass
class _Job:
    """A sentence still to be synthesized, and the best attempt so far."""

    index: int
    chapter: str
    number: int  # 1-based within its chapter, for messages
    text: str
    key: str | None
    best: AudioClip | None = None
    best_gap: float = math.inf
    error: BaseException | None = None
    chapter_index: int = 0
    shared: bool = False
    """Found in the cache once its key was claimed: spoken meanwhile by another run."""


class _Plausibility:
    def __init__(self, band: tuple[float, float], settings: SynthSettings) -> None:
        self.band = band
        self.settings = settings

    def range_ms(self, text: str) -> tuple[float, float]:
        n = voiced_chars(text) / self.settings.rate
        slack = self.settings.slack_ms
        return max(0.0, self.band[0] * n - slack), self.band[1] * n + slack

    def gap(self, clip: AudioClip, text: str) -> tuple[float, float]:
        """(voiced ms, how far outside the plausible range it is; 0 inside, inf when silent)."""
        v = voiced_ms(clip, self.settings.silence_db)
        if v <= 0:
            return v, math.inf
        lo, hi = self.range_ms(text)
        return v, max(lo - v, v - hi, 0.0)


@dataclass
class _Plan:
    """Every sentence of a script laid out by chapter, what the cache already had, and the
    jobs for the rest: what :func:`synthesize` speaks and then puts back in order."""

    layout: list[tuple[str, list[str]]]
    """(chapter title, its sentences after folding the silent ones), in order."""
    clips: dict[int, SentenceClip]
    """Finished clips by sentence index across the whole script: the cache's, then spoken."""
    jobs: list[_Job]
    total: int


@dataclass
class _Progress:
    """Sentence counts for ``on_progress``: the cached ones count as done from the start."""

    callback: ProgressCallback | None
    done: int
    total: int

    def report(self) -> None:
        if self.callback:
            self.callback(self.done, self.total)

    def tick(self) -> None:
        self.done += 1
        self.report()


def _plan(
    script: Script,
    engine: Engine,
    settings: SynthSettings,
    judge: _Plausibility,
    cache: ClipCache | None,
) -> _Plan:
    """Lay out every sentence, and take what the cache already has (when it is plausible)."""
    plan = _Plan([], {}, [], 0)
    index = 0
    for chapter_index, chapter in enumerate(script.chapters):
        sentences = fold_silent(chapter.sentences)
        if not sentences:
            raise EngineError(
                f"Chapter '{chapter.chapter}' has nothing to speak.",
                hint="Check the report: the chapter's text is empty or only punctuation.",
            )
        plan.layout.append((chapter.chapter, sentences))
        for number, text in enumerate(sentences, 1):
            key = None
            if cache is not None:
                key = cache.key(engine.name, engine.model_id, settings.voice, settings.rate, text)
                hit = cache.get(key)
                if hit is not None and judge.gap(hit, text)[1] == 0:
                    plan.clips[index] = SentenceClip(text, hit, cached=True)
                    index += 1
                    continue
            plan.jobs.append(
                _Job(index, chapter.chapter, number, text, key, chapter_index=chapter_index)
            )
            index += 1
    plan.total = index
    return plan


def _engine_for(
    local: Engine, spec: EngineSpec | None, workers: int, settings: SynthSettings
) -> Engine:
    """The engine this process speaks with: ``local``, or, when one process does all the
    work (a single edited sentence, or --workers 1), one that uses every core rather than
    the one thread a pool worker gets. The model loads lazily, so replacing the unused
    engine costs nothing."""
    if (
        workers == 1
        and settings.spread
        and spec is not None
        and local.parallel
        and local.takes_threads
    ):
        threads = max(int(spec.options.get("threads", 1)), available_cores())
        return spec.create(threads=threads)
    return local


def _speak_jobs(
    plan: _Plan,
    runner: _Runner,
    judge: _Plausibility,
    cache: ClipCache | None,
    warnings: list[str],
    progress: _Progress,
) -> list[_Job]:
    """Speak the plan's jobs, retrying the implausible ones; return those that never got
    a plausible clip (each with its best attempt, if any)."""
    settings, online = runner.settings, runner.engine.online
    failed: list[_Job] = []
    pending = plan.jobs
    for attempt in range(settings.max_retries + 1):
        if not pending:
            break
        last = attempt == settings.max_retries
        # The last retry speaks the sentence clause by clause: a model that drops the end
        # of a long sentence usually manages its parts.
        by_clause = last and attempt > 0
        retry: list[_Job] = []
        for job, outcome in runner.run(pending, by_clause):
            if isinstance(outcome, BaseException):
                job.error = outcome
                if online:
                    # An online engine has already retried with backoff; trying again
                    # here would only wait out the same outage two more times.
                    failed.append(job)
                    progress.tick()
                    continue
            else:
                _v, gap = judge.gap(outcome, job.text)
                if gap < job.best_gap:
                    job.best, job.best_gap = outcome, gap
            if job.best is not None and job.best_gap == 0:
                plan.clips[job.index] = SentenceClip(job.text, job.best, cached=job.shared)
                if not job.shared:
                    _store(cache, job, warnings)
            elif not last:
                retry.append(job)
                continue
            else:
                failed.append(job)
            progress.tick()
        pending = retry
    return failed


def _settle(
    failed: list[_Job],
    plan: _Plan,
    judge: _Plausibility,
    settings: SynthSettings,
    warnings: list[str],
    keep_going: bool,
) -> dict[int, FailedChapter]:
    """Keep the best attempt of each sentence that stayed implausible (with a warning);
    a sentence with no speech at all is an :class:`EngineError`, or with ``keep_going``
    loses its chapter. Returns the lost chapters by index."""
    lost: dict[int, FailedChapter] = {}
    for job in sorted(failed, key=lambda j: j.index):
        if job.best is None or job.best_gap == math.inf:
            why = f"The engine failed: {job.error}" if job.error else "The engine returned silence."
            message = (
                f"No speech for chapter '{job.chapter}', sentence {job.number}: '{job.text}'. {why}"
            )
            if not keep_going:
                hint = getattr(job.error, "hint", None)
                raise EngineError(
                    message,
                    hint=hint
                    or "Try again, try another voice or engine, or rephrase the sentence.",
                )
            lost.setdefault(
                job.chapter_index, FailedChapter(job.chapter_index, job.chapter, message)
            )
            continue
        v, _gap = judge.gap(job.best, job.text)
        lo, hi = judge.range_ms(job.text)
        warnings.append(
            f"Chapter '{job.chapter}', sentence {job.number}: {v:.0f} ms of speech for "
            f"{voiced_chars(job.text)} characters (expected {lo:.0f}-{hi:.0f} ms) after "
            f"{settings.max_retries + 1} tries; part of it may be missing: '{job.text}'"
        )
        plan.clips[job.index] = SentenceClip(job.text, job.best)
    return lost


def _result(
    plan: _Plan,
    lost: dict[int, FailedChapter],
    warnings: list[str],
    workers: int,
    engine_rate: int,
) -> SynthResult:
    """The clips back in chapter order (a lost chapter empty), with the counts."""
    rates = {c.clip.sample_rate for c in plan.clips.values()} or {engine_rate}
    if len(rates) != 1:
        raise EngineError(
            f"Clips have different sample rates {sorted(rates)}.",
            hint="Clear the clip cache and run again.",
        )
    jobs = plan.jobs
    lost_jobs = sum(1 for job in jobs if job.chapter_index in lost)
    lost_sentences = sum(len(plan.layout[i][1]) for i in lost)
    shared = sum(1 for job in jobs if job.shared)
    chapters: list[ChapterClips] = []
    index = 0
    for number, (title, sentences) in enumerate(plan.layout):
        if number in lost:
            chapters.append(ChapterClips(title, ()))
        else:
            clips = tuple(plan.clips[index + i] for i in range(len(sentences)))
            chapters.append(ChapterClips(title, clips))
        index += len(sentences)
    return SynthResult(
        chapters=tuple(chapters),
        sample_rate=rates.pop(),
        warnings=tuple(warnings),
        # A failed chapter is spoken again whole by another engine, which counts it then.
        synthesized=len(jobs) - lost_jobs - shared,
        cached=plan.total - len(jobs) - (lost_sentences - lost_jobs) + shared,
        workers=workers,
        failed=tuple(lost[i] for i in sorted(lost)),
    )


def synthesize(
    script: Script,
    engine: Engine | EngineSpec,
    settings: SynthSettings,
    on_progress: ProgressCallback | None = None,
    *,
    keep_going: bool = False,
) -> SynthResult:
    """Synthesize every sentence of ``script``: from the cache where possible, else the engine.

    ``engine`` may be an engine object (always run in this process) or an :class:`EngineSpec`
    (needed for a worker pool). ``on_progress(done, total)`` is called with sentence counts:
    once at the start (cached sentences count as done), then as each sentence is finished.
    A sentence left without speech is an :class:`EngineError`, unless ``keep_going``: then its
    chapter is listed in ``SynthResult.failed`` (for another engine to speak) and the rest goes on.
    """
    spec = engine if isinstance(engine, EngineSpec) else None
    local = spec.create() if spec is not None else engine
    assert isinstance(local, Engine)

    band = settings.ms_per_char or local.plausible_ms_per_char
    judge = _Plausibility((band[0], band[1]), settings)
    cache = ClipCache(settings.cache_dir) if settings.cache_dir is not None else None
    warnings: list[str] = []
    plan = _plan(script, local, settings, judge, cache)
    progress = _Progress(on_progress, len(plan.clips), plan.total)
    progress.report()

    workers = _resolve_workers(settings, local, spec, len(plan.jobs))
    local = _engine_for(local, spec, workers, settings)
    with _Runner(local, spec, workers, settings, cache) as runner:
        failed = _speak_jobs(plan, runner, judge, cache, warnings, progress)
    lost = _settle(failed, plan, judge, settings, warnings, keep_going)
    return _result(plan, lost, warnings, workers, local.sample_rate)


def replace_chapters(result: SynthResult, replacement: SynthResult) -> SynthResult:
    """``result`` with its failed chapters taken, in order, from ``replacement``.

    ``replacement`` is what another engine made of exactly those chapters (a script holding
    only them). Both must share one sample rate.
    """
    if len(replacement.chapters) != len(result.failed) or replacement.failed:
        raise ValueError("replacement must hold exactly the failed chapters, all spoken")
    spoken = any(c.clips for c in result.chapters)
    if spoken and replacement.sample_rate != result.sample_rate:
        raise EngineError(
            f"The fallback engine speaks at {replacement.sample_rate} Hz, the first engine at "
            f"{result.sample_rate} Hz.",
            hint="Choose a fallback engine with the same sample rate.",
        )
    chapters = list(result.chapters)
    for failed, chapter in zip(result.failed, replacement.chapters, strict=True):
        chapters[failed.index] = chapter
    return SynthResult(
        chapters=tuple(chapters),
        sample_rate=replacement.sample_rate,
        warnings=result.warnings + replacement.warnings,
        synthesized=result.synthesized + replacement.synthesized,
        cached=result.cached + replacement.cached,
        workers=result.workers,
    )


def _resolve_workers(
    settings: SynthSettings, engine: Engine, spec: EngineSpec | None, jobs: int
) -> int:
    if spec is None or jobs <= 1 or engine.online:
        # An online engine bounds its own concurrency; processes would multiply it.
        return 1
    wanted = settings.workers
    if wanted is None:
        wanted = available_cores() if engine.parallel else 1
    return max(1, min(wanted, jobs, worker_limit(engine)[0]))


def _store(cache: ClipCache | None, job: _Job, warnings: list[str]) -> None:
    """Cache a good clip; a cache that cannot be written costs speed, never the bulletin."""
    if cache is None or job.key is None or job.best is None:
        return
    try:
        cache.put(job.key, job.best)
    except OSError as exc:
        msg = f"Clip cache not writable ({exc}); clips will be synthesized again next time."
        if msg not in warnings:
            warnings.append(msg)


class _Runner:
    """Runs batches of jobs, in this process or in a pool, yielding results as they finish."""

    def __init__(
        self,
        engine: Engine,
        spec: EngineSpec | None,
        workers: int,
        settings: SynthSettings,
        cache: ClipCache | None = None,
    ) -> None:
        self.engine = engine
        self.spec = spec
        self.workers = workers
        self.settings = settings
        self.cache = cache
        self.pool: Any = None

    def __enter__(self) -> _Runner:
        if self.workers > 1 and self.spec is not None:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            from audiobulletin import kept

            spec, options = self.spec, _worker_options(self.spec)
            # A kept pool serves reports of every size, so it is as large as a report of any
            # number of sentences would get; its processes start only as sentences wait.
            size = self.workers
            if kept.keeping():
                size = _resolve_workers(self.settings, self.engine, spec, jobs=2**31)

            def start() -> ProcessPoolExecutor:
                # spawn, not fork: engines run native thread pools that do not survive a fork.
                return ProcessPoolExecutor(
                    max_workers=size,
                    mp_context=multiprocessing.get_context("spawn"),
                    initializer=_worker_init,
                    initargs=(os.getpid(), spec.name, options),
                )

            self.pool = kept.pool(spec.name, options, size, start)
        return self

    def __exit__(self, exc_type: object, *exc: object) -> None:
        from audiobulletin import kept

        if self.pool is None:
            return
        if exc_type is not None:
            # Ctrl-C or a failure: the sentences still being spoken are not wanted.
            from audiobulletin.children import stop_pool

            stop_pool(self.pool)
            kept.drop_pool(self.pool)
        elif not kept.is_kept(self.pool):
            self.pool.shutdown(wait=True, cancel_futures=True)

    def run(self, jobs: Sequence[_Job], by_clause: bool) -> Iterator[tuple[_Job, Any]]:
        max_chars = self.engine.max_chars
        voice, rate = self.settings.voice, self.settings.rate
        if self.pool is None and self.engine.online:
            yield from self._run_batch(jobs, by_clause)
            return
        if self.pool is None:
            yield from self._run_here(jobs, by_clause)
            return

        from concurrent.futures import as_completed
        from concurrent.futures.process import BrokenProcessPool

        # Longest first: the last sentences to finish are then short ones, so no worker sits
        # idle while another speaks one long sentence at the end. Each is prepared here (for
        # Kokoro: its phonemes) and handed out at once, so the workers start on the first
        # while the next is prepared, and never load the text stage's tables themselves.
        futures = {}
        for job in sorted(jobs, key=lambda j: len(j.text), reverse=True):
            try:
                pieces = tuple(
                    self.engine.prepare(p) for p in _pieces(job.text, max_chars, by_clause)
                )
            except Exception as exc:  # e.g. text the engine cannot pronounce: this job's
                yield job, exc
                continue
            try:
                with spawning():
                    futures[self.pool.submit(_worker_task, pieces, voice, rate)] = job
            except BrokenProcessPool as exc:  # one died since the last sentence came back
                raise _worker_died() from exc
        for future in as_completed(futures):
            job = futures[future]
            outcome: AudioClip | Exception
            try:
                pcm, sr = future.result()
                outcome = AudioClip(pcm=pcm, sample_rate=sr)
            except BrokenProcessPool as exc:
                raise _worker_died() from exc
            except Exception as exc:
                outcome = exc
            yield job, outcome

    def _run_here(self, jobs: Sequence[_Job], by_clause: bool) -> Iterator[tuple[_Job, Any]]:
        """Speak each job in this process, each under its cache key's claim.

        Runs beside this one (a batch's jobs, the workers of a cluster sharing the cache)
        meet the same sentences: a station's greeting, a recurring source line. A sentence
        another run is speaking now is put off to the end; once its claim is ours, a
        sentence the cache has by then is taken from it (``shared``), so each sentence is
        spoken once however many runs meet it at the same time.
        """
        later: list[_Job] = []
        for job in jobs:
            claim = self.cache.claim(job.key) if self.cache and job.key else None
            if claim == -1:
                later.append(job)
                continue
            try:
                yield job, self._speak_or_share(job, by_clause)
            finally:  # held while the caller stores the clip
                ClipCache.release(claim)
        for job in later:
            assert self.cache is not None and job.key is not None
            claim = self.cache.claim(job.key, wait=True)
            try:
                yield job, self._speak_or_share(job, by_clause)
            finally:
                ClipCache.release(claim)

    def _speak_or_share(self, job: _Job, by_clause: bool) -> Any:
        if self.cache is not None and job.key is not None and job.best is None:
            hit = self.cache.get(job.key)
            if hit is not None:
                job.shared = True
                return hit
        try:
            return _speak(
                self.engine,
                _pieces(job.text, self.engine.max_chars, by_clause),
                self.settings.voice,
                self.settings.rate,
            )
        except Exception as exc:
            return exc

    def _run_batch(self, jobs: Sequence[_Job], by_clause: bool) -> Iterator[tuple[_Job, Any]]:
        """Hand every piece to the engine at once (it batches and overlaps requests itself),
        and yield each job once all its pieces are back."""
        texts: list[str] = []
        owner: list[int] = []
        breaks: set[int] = set()
        for number, job in enumerate(jobs):
            if number == 0 or job.chapter_index != jobs[number - 1].chapter_index:
                breaks.add(len(texts))
            for piece in _pieces(job.text, self.engine.max_chars, by_clause):
                texts.append(piece)
                owner.append(number)
        parts: list[dict[int, Any]] = [{} for _ in jobs]
        needed = [owner.count(n) for n in range(len(jobs))]
        for i, outcome in self.engine.synthesize_many(
            texts, self.settings.voice, self.settings.rate, breaks=frozenset(breaks)
        ):
            number = owner[i]
            parts[number][i] = outcome
            if len(parts[number]) < needed[number]:
                continue
            outcomes = [parts[number][k] for k in sorted(parts[number])]
            errors = [o for o in outcomes if isinstance(o, BaseException)]
            if errors:
                yield jobs[number], errors[0]
                continue
            rates = {o.sample_rate for o in outcomes}
            if len(rates) != 1:
                yield (
                    jobs[number],
                    EngineError(f"The engine returned mixed sample rates {sorted(rates)}."),
                )
                continue
            yield (
                jobs[number],
                AudioClip(pcm=b"".join(o.pcm for o in outcomes), sample_rate=rates.pop()),
            )
