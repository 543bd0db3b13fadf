"""The whole run behind ``audiobulletin make``: report in, published files out.

Each stage only knows the one before it (text -> document -> script -> clips -> bulletin ->
files); this module is the conductor that hands one stage's result to the next, and collects
what the user must be told (warnings, the fallback-voice note, the files written).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from audiobulletin.errors import InputError, OutputError
from audiobulletin.rates import MAX_SPEED as MAX_RATE
from audiobulletin.rates import MIN_SPEED as MIN_RATE
from audiobulletin.reader import DEFAULT_MAX_BYTES
from audiobulletin.script import Script
from audiobulletin.settings import MakeOptions, Settings

if TYPE_CHECKING:
    from audiobulletin.assemble import Bulletin
    from audiobulletin.config import VoiceProfile
    from audiobulletin.synth import SynthResult

__all__ = ["MakeOptions", "MakeResult", "choose_voice", "load_script", "make", "resolve_output"]

DEFAULT_OUTPUT_DIR = Path("output")


@dataclass
class MakeResult:
    """What a run produced and what the user must hear about."""

    files: list[Path]
    notes: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    synthesized: int = 0
    cached: int = 0
    seconds: float = 0.0
    duration_ms: float = 0.0
    fallback_chapters: list[str] = field(default_factory=list)
    """Titles of the chapters the fallback engine spoke."""
    characters: int = 0
    """Characters spoken (whitespace not counted)."""
    chapters: int = 0
    """Chapters in the bulletin (the intro included)."""
    engine: str = ""
    voice: str = ""
    """The engine's own voice id actually used (after any fallback)."""
    loudness: dict[str, float] | None = None
    """What was measured on the published MP3 (see ``MeasuredLoudness``); None when off."""


def _output_name(source: str, fmt: str = "mp3") -> str:
    """``report.txt`` -> ``report.mp3``; stdin -> ``bulletin.mp3`` (``.wav`` for a WAV)."""
    return ("bulletin" if source == "-" else Path(source).stem) + "." + fmt


def resolve_output(source: str, out: str | Path | None, fmt: str = "mp3") -> Path:
    """Where the MP3 (or the WAV) goes, checked before any speech is made.

    No ``out``: ``output/<report name>.mp3``. An existing folder, or a path ending in ``/``
    (created when missing): ``<folder>/<report name>.mp3``. Otherwise a file name ending in
    ``.mp3`` (``.wav`` for the WAV format). The folder must exist (or be creatable) and be
    writable, so a typo in ``-o`` fails at once, not after minutes of synthesis.
    """
    if out is None:
        target = DEFAULT_OUTPUT_DIR / _output_name(source, fmt)
    elif Path(out).is_dir() or str(out).endswith(("/", os.sep)):
        target = Path(out) / _output_name(source, fmt)
    elif Path(out).suffix.lower() == "." + fmt:
        target = Path(out)
    else:
        raise InputError(
            f"Output '{out}' does not end in .{fmt}.",
            hint=f"Give a name like news.{fmt}, or a folder.",
        )
    folder = target.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"Cannot create the output folder '{folder}': {exc.strerror}.") from None
    if not os.access(folder, os.W_OK | os.X_OK):
        raise OutputError(f"The output folder '{folder}' is not writable.")
    return target


def load_script(source: str, *, intro: bool = True, max_bytes: int = DEFAULT_MAX_BYTES) -> Script:
    """Read, parse and script a report (the text half of the pipeline)."""
    from audiobulletin.document import parse
    from audiobulletin.reader import read_report
    from audiobulletin.script import build_script

    return build_script(parse(read_report(source, max_bytes=max_bytes)), intro=intro)


def make(
    source: str,
    out: str | Path | None,
    options: MakeOptions,
    *,
    on_note: Callable[[str], None] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
) -> MakeResult:
    """Make the bulletin for ``source`` and publish it at ``out`` (default under output/).

    ``on_note`` hears one-line notices as soon as they are known (e.g. a fallback voice), so a
    long run does not keep them until the end.
    """
    from audiobulletin.assemble import AssembleSettings, assemble
    from audiobulletin.settings import load_settings

    started = time.perf_counter()
    settings = load_settings()
    script = load_script(source, intro=options.text.intro, max_bytes=options.text.max_bytes)
    target = resolve_output(source, out, options.output.format)
    result = MakeResult(files=[], warnings=list(script.warnings))

    def tell(note: str) -> None:
        result.notes.append(note)
        if on_note:
            on_note(note)

    for note in script.notes:
        tell(note)
    spoken = _speak(script, options, settings, tell, on_progress)
    synth = spoken.synth
    result.warnings += synth.warnings
    bulletin = assemble(synth, AssembleSettings(loudness=options.assembly.target()))
    result.warnings += bulletin.warnings
    result.files = _publish(bulletin, script, target, options)
    result.synthesized, result.cached = synth.synthesized, synth.cached
    result.duration_ms = bulletin.duration_ms
    result.chapters = len(bulletin.chapters)
    result.characters = sum(
        len("".join(sentence.split()))
        for segment in script.chapters
        for sentence in segment.sentences
    )
    result.engine, result.voice = spoken.engine, spoken.voice
    result.fallback_chapters = list(spoken.fallback_chapters)
    result.loudness = _measured_loudness(target, bulletin, options.output.format)
    result.seconds = time.perf_counter() - started
    return result


@dataclass(frozen=True)
class _Speaker:
    """An engine ready to speak: which, with which of its voices, its options, how fast."""

    engine: str
    voice: str
    options: dict[str, object]
    rate: float


@dataclass(frozen=True)
class _Spoken:
    """What the engines made of a script, and who spoke it (``edge+kokoro`` after a
    fallback)."""

    synth: SynthResult
    engine: str
    voice: str
    fallback_chapters: tuple[str, ...] = ()


def _speak(
    script: Script,
    options: MakeOptions,
    settings: Settings,
    tell: Callable[[str], None],
    on_progress: Callable[[int, int], None] | None,
) -> _Spoken:
    """Synthesize ``script`` with the chosen engine, and any chapters it fails with the
    fallback engine (``--fallback``)."""
    from audiobulletin import paths
    from audiobulletin.synth import EngineSpec, SynthSettings, replace_chapters, synthesize

    asked = options.synthesis
    profile = choose_voice(asked.engine, asked.voice, settings.voice)
    _check_engines(profile, options)
    speaker = _engine_setup(profile, options, settings, tell)
    workers = _workers(speaker.engine, asked.workers, tell)
    cache_dir = paths.cache_dir() if asked.cache else None

    def run(who: _Speaker, part: Script, keep_going: bool = False) -> SynthResult:
        return synthesize(
            part,
            EngineSpec(who.engine, who.options),
            SynthSettings(
                voice=who.voice,
                rate=who.rate,
                cache_dir=cache_dir,
                workers=workers,
                spread=asked.spread,
            ),
            on_progress=on_progress,
            keep_going=keep_going,
        )

    synth = run(speaker, script, keep_going=asked.fallback is not None)
    if not synth.failed:
        return _Spoken(synth, speaker.engine, speaker.voice)
    assert asked.fallback is not None
    backup = _engine_setup(
        choose_voice(asked.fallback, None, settings.voice), options, settings, tell
    )
    titles = tuple(f.title for f in synth.failed)
    tell(
        f"{len(titles)} chapter(s) spoken by the fallback engine {backup.engine} "
        f"({backup.voice}) because {speaker.engine} failed: "
        f"{', '.join(repr(t) for t in titles)}. First failure: {synth.failed[0].reason}"
    )
    part = Script(
        title=script.title,
        intro=None,
        segments=tuple(script.chapters[f.index] for f in synth.failed),
        date=script.date,
    )
    return _Spoken(
        replace_chapters(synth, run(backup, part)),
        f"{speaker.engine}+{backup.engine}",
        f"{speaker.voice}+{backup.voice}",
        titles,
    )


def _check_engines(profile: VoiceProfile, options: MakeOptions) -> None:
    """An unknown fallback engine, or ``--concurrency`` for an offline engine, fails before
    any speech is made."""
    from audiobulletin.engines.base import engine_class

    asked = options.synthesis
    if asked.fallback is not None:
        engine_class(asked.fallback)  # an unknown name fails now, not after the first engine
    if asked.concurrency is not None and not engine_class(profile.engine).online:
        raise InputError(
            f"Option --concurrency applies to online engines; {profile.engine} is not one.",
            hint="Use --workers to set how many processes speak offline.",
        )


def _workers(engine: str, asked: int | None, tell: Callable[[str], None]) -> int | None:
    """``--workers``, lowered (with a note) to what the cores and the memory hold."""
    if asked is None:
        return None
    from audiobulletin.engines.base import engine_class
    from audiobulletin.synth import worker_limit

    most, why = worker_limit(engine_class(engine))
    if asked > most:
        tell(f"--workers {asked} lowered to {most}: {why}.")
        return most
    return asked


def _publish(bulletin: Bulletin, script: Script, target: Path, options: MakeOptions) -> list[Path]:
    """Write the MP3 (or the WAV) and its sidecars; the files written."""
    from audiobulletin import paths
    from audiobulletin.publish import PublishSettings, publish_broadcast_wav, publish_bulletin

    output = options.output
    publish = publish_broadcast_wav if output.format == "wav" else publish_bulletin
    return publish(
        bulletin,
        script,
        target,
        PublishSettings(
            wav_bits=output.wav_bits,
            cache_dir=paths.cache_dir() if options.synthesis.cache else None,
            html=output.html,
            refresh_index=output.refresh_index,
            mp3=options.mp3,
            metadata_json=output.metadata,
        ),
    )


def _measured_loudness(target: Path, bulletin: Bulletin, fmt: str) -> dict[str, float] | None:
    """What the published file says of its loudness (None when off or not recorded)."""
    if fmt != "wav":
        from audiobulletin.publish.mp3 import read_loudness_tag

        measured = read_loudness_tag(target)
        return measured.to_dict() if measured is not None else None
    from audiobulletin.publish.bwf import read_bext_loudness

    figures = read_bext_loudness(target.read_bytes())
    aim = bulletin.loudness
    if figures is None or aim is None:
        return None
    return {
        "integrated_lufs": figures.integrated_lufs,
        "true_peak_dbtp": figures.true_peak_dbtp,
        "lra_lu": figures.lra_lu,
        "target_lufs": aim.integrated_lufs,
        "target_true_peak_dbtp": aim.true_peak_db,
    }


def choose_voice(engine: str | None, voice: str | None, default_voice: str) -> VoiceProfile:
    """The profile to speak with, from ``--engine`` and ``--voice``.

    No engine: ``voice`` (or the configured default) is a profile name, as always. With an
    engine: a profile of that engine, or else the engine's own voice id (checked by the engine,
    speed 1.0); no voice takes the configured default, else the built-in default, when it
    belongs to that engine, else the engine's default voice, else its first profile (stand-in
    packs last).
    """
    from audiobulletin.config import DEFAULT_VOICE, VoiceProfile, get_profile, load_profiles
    from audiobulletin.engines.base import engine_class
    from audiobulletin.errors import VoiceError

    if engine is None:
        return get_profile(voice or default_voice)
    cls = engine_class(engine)
    profiles = load_profiles()
    if voice is not None:
        profile = profiles.get(voice)
        if profile is None:
            return VoiceProfile(name=voice, engine=engine, voice=cls.check_voice(voice))
        if profile.engine != engine:
            raise VoiceError(
                f"Voice '{voice}' is spoken by the {profile.engine} engine, not by {engine}.",
                hint=f"Leave out --engine, or list {engine}'s voices: "
                f"audiobulletin voices --engine {engine}",
            )
        return profile
    for name in (default_voice, DEFAULT_VOICE):
        default = profiles.get(name)
        if default is not None and default.engine == engine:
            return default
    own = sorted(
        (p for p in profiles.values() if p.engine == engine), key=lambda p: (p.fallback, p.name)
    )
    if cls.default_voice is not None:
        named = [p for p in own if p.voice == cls.default_voice]
        return (
            named[0]
            if named
            else VoiceProfile(name=cls.default_voice, engine=engine, voice=cls.default_voice)
        )
    if own:
        return own[0]
    raise VoiceError(f"No voice known for the {engine} engine.", hint="Name one with --voice.")


def _engine_setup(
    profile: VoiceProfile,
    options: MakeOptions,
    settings: Settings,
    tell: Callable[[str], None],
) -> _Speaker:
    """The engine, its voice id, its options and the speaking rate for ``profile``."""
    from audiobulletin.engines.base import engine_class

    cls = engine_class(profile.engine)
    prepared = cls.prepare_voice(profile.voice)
    if prepared.note:
        tell(prepared.note)
    engine_options: dict[str, object] = {}
    if cls.takes_threads:
        engine_options["threads"] = settings.threads
    engine_options.update(settings.engine_options(profile.engine))
    asked = options.synthesis
    if cls.online and asked.concurrency is not None:
        engine_options["concurrency"] = asked.concurrency

    rate = profile.speed * asked.rate * settings.rate
    if not MIN_RATE <= rate <= MAX_RATE:
        # Checked here, not by the engine, so the run stops before any speech is made.
        raise InputError(
            f"Speaking rate {rate:.2f} (voice {profile.name} speed {profile.speed} x --rate "
            f"{asked.rate} x setting {settings.rate}) is outside {MIN_RATE}..{MAX_RATE}.",
            hint="Choose a --rate closer to 1.0.",
        )
    return _Speaker(profile.engine, prepared.voice, engine_options, rate)
