"""One report as a unit of a batch's work: what is handed out, and what comes back.

A batch hands each report it has to make, as a :class:`ReportJob`, to whatever makes it: the
batch process itself, a process of the local pool, or a worker of a Dask cluster. All of them
run :func:`make_one`, and what they send back is a :class:`Made` or a :class:`Failed`. These
are plain, picklable dataclasses because they cross process and host boundaries; they are
named types so that the coordinator reads ``done.error``, never ``done["error"]`` or
``item[2]``.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TypeAlias

from audiobulletin.errors import BulletinError

if TYPE_CHECKING:
    from audiobulletin.pipeline import MakeOptions


@dataclass(frozen=True)
class ReportJob:
    """A report a run has decided to make."""

    source: str
    """Its path relative to the inbox (``/``-separated): its name in the run report."""
    path: Path
    """Where it is read from."""
    output: str
    """Its bulletin's path relative to the output folder."""
    key: str
    """The hash that will say it is up to date once made (see ``batch.report_key``)."""


@dataclass(frozen=True)
class Made:
    """A bulletin made: its files (where they were written) and its figures."""

    files: list[str]
    audio_s: float
    characters: int
    engine: str
    voice: str
    synthesized: int
    """Sentences spoken by the engine."""
    cached: int
    """Sentences taken from the clip cache."""
    loudness: dict[str, float] | None
    wall_s: float
    warnings: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Failed:
    """A report not made, and why (one line for the run report)."""

    error: str
    wall_s: float = 0.0
    code: int | None = None
    """The exit code of the error's class (``OutputError``'s 5 marks a file not written)."""


Done: TypeAlias = Made | Failed


def make_one(
    source: str,
    out: str,
    options: MakeOptions,
    on_progress: Callable[[int, int], None] | None = None,
) -> Done:
    """Make one bulletin; any failure becomes a :class:`Failed`, never an exception, so that
    one report cannot cost the others (isolation)."""
    from audiobulletin.pipeline import make

    started = time.perf_counter()
    try:
        result = make(source, out, options, on_progress=on_progress)
    except BulletinError as exc:
        error = exc.message + (f" ({exc.hint})" if exc.hint else "")
        return Failed(error, time.perf_counter() - started, exc.exit_code)
    except Exception as exc:  # a bug must cost one report, not the night
        return Failed(f"unexpected {type(exc).__name__}: {exc}", time.perf_counter() - started)
    return Made(
        files=[str(p) for p in result.files],
        audio_s=round(result.duration_ms / 1000, 3),
        characters=result.characters,
        engine=result.engine,
        voice=result.voice,
        synthesized=result.synthesized,
        cached=result.cached,
        loudness=result.loudness,
        wall_s=time.perf_counter() - started,
        warnings=result.warnings,
        notes=result.notes,
    )
