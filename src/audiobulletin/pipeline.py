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

from audiobulletin.config import MAX_SPEED as MAX_RATE
from audiobulletin.config import MIN_SPEED as MIN_RATE
from audiobulletin.engines.base import MAX_CONCURRENCY
from audiobulletin.errors import InputError, OutputError
from audiobulletin.reader import DEFAULT_MAX_BYTES
from audiobulletin.script import Script

if TYPE_CHECKING:
    from audiobulletin.config import Settings, VoiceProfile

DEFAULT_OUTPUT_DIR = Path("output")
#: What ``make`` can write: the MP3, or a Broadcast WAV for radio playout.
OUTPUT_FORMATS = ("mp3", "wav")


def default_loudness(fmt: str) -> str:
    """The loudness preset a format gets unless told: podcasts -16 LUFS (``podcast``), radio
    EBU R128 -23 LUFS (``broadcast``) for the WAV that goes to playout."""
    return "broadcast" if fmt == "wav" else "podcast"


@dataclass(frozen=True)
class MakeOptions:
    """What ``make`` was asked for. Validated at construction; errors name the option."""

    voice: str | None = None
    """Voice profile name (``voices/*.toml``); None takes the configured default."""
    rate: float = 1.0
    """Speaking-rate multiplier on top of the profile's own speed."""
    intro: bool = True
    """Speak the summary intro first."""
    workers: int | None = None
    """Synthesis worker processes; None uses every core for engines that scale that way."""
    bitrate_kbps: int = 64
    """MP3 bitrate; 64 kbit/s mono is plenty for speech."""
    sample_rate: int = 44100
    """MP3 sample rate."""
    artist: str | None = None
    """Artist / organisation tag."""
    album: str = "audiobulletin"
    """Album tag, e.g. the programme's name."""
    cache: bool = True
    """Reuse clips synthesized before (content-addressed), so re-runs only speak what changed."""
    max_bytes: int = DEFAULT_MAX_BYTES
    """Refuse reports larger than this."""
    html: bool = False
    """Also write ``<name>.html`` for the bulletin and refresh ``index.html`` in its folder."""
    refresh_index: bool = True
    """With ``html``: refresh ``index.html`` after this bulletin (a batch refreshes it once,
    at the end, with :func:`audiobulletin.publish.html.write_index`)."""
    engine: str | None = None
    """Speech engine (``kokoro``, ``edge``, ...); None takes the voice profile's engine. With an
    engine named, ``voice`` may also be the engine's own voice id (``zh-CN-YunyangNeural``)."""
    fallback: str | None = None
    """Engine that speaks a chapter the first engine still fails after its retries."""
    concurrency: int | None = None
    """Requests in flight for an online engine (1..4); None takes the engine's default."""
    loudness: str = "podcast"
    """``podcast`` (-16 LUFS), ``broadcast`` (EBU R128, -23 LUFS), ``off`` or a number of LUFS;
    the true peak stays at or under -1 dBTP."""
    metadata: bool = False
    """Also write ``<name>.meta.json`` (title, date, intro, duration, loudness) for feeds."""
    cover: str | None = None
    """Cover art (a JPEG or PNG file) to embed in the MP3, as a batch with a feed does."""
    format: str = "mp3"
    """``mp3`` (podcasts, the web) or ``wav``: a Broadcast WAV for radio playout (48 kHz, a
    ``bext`` chunk with the loudness, a cue point per chapter); see
    :func:`audiobulletin.publish.publish_broadcast_wav`."""
    wav_bits: int = 24
    """Bits per sample of the WAV: 16 or 24."""
    spread: bool = True
    """With one synthesis worker, let its engine use every core; False keeps it to the
    ``threads`` setting (a cluster worker's slot)."""

    def __post_init__(self) -> None:
        from audiobulletin.loudness import parse_loudness

        try:
            parse_loudness(self.loudness)
        except ValueError as exc:
            raise InputError(
                f"Option --loudness: {exc}.", hint="e.g. --loudness podcast, or --loudness -18"
            ) from None
        if not MIN_RATE <= self.rate <= MAX_RATE:
            raise InputError(
                f"Option --rate must be within {MIN_RATE}..{MAX_RATE}, got {self.rate}."
            )
        if self.workers is not None and self.workers < 1:
            raise InputError(f"Option --workers must be at least 1, got {self.workers}.")
        if not 16 <= self.bitrate_kbps <= 320:
            raise InputError(f"Option --bitrate must be within 16..320, got {self.bitrate_kbps}.")
        if self.concurrency is not None and not 1 <= self.concurrency <= MAX_CONCURRENCY:
            raise InputError(
                f"Option --concurrency must be within 1..{MAX_CONCURRENCY}, "
                f"got {self.concurrency}.",
                hint="The online service blocks floods of parallel requests.",
            )
        if self.format not in OUTPUT_FORMATS:
            raise InputError(
                f"Option --format must be one of {', '.join(OUTPUT_FORMATS)}; got {self.format!r}."
            )
        if self.wav_bits not in (16, 24):
            raise InputError(f"Option --bits must be 16 or 24, got {self.wav_bits}.")
        if self.format == "wav" and self.html:
            raise InputError(
                "A web page plays the MP3: --html goes with --format mp3.",
                hint="Make the MP3 for the web, and the WAV for the radio, in two runs.",
            )
        if self.sample_rate not in (16000, 22050, 24000, 32000, 44100, 48000):
            raise InputError(
                f"Option --sample-rate must be one of 16000, 22050, 24000, 32000, 44100, 48000; "
                f"got {self.sample_rate}."
            )


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
    from audiobulletin import paths
    from audiobulletin.assemble import AssembleSettings, assemble
    from audiobulletin.config import load_settings
    from audiobulletin.loudness import parse_loudness
    from audiobulletin.publish import PublishSettings, publish_broadcast_wav, publish_bulletin
    from audiobulletin.publish.mp3 import Mp3Settings, read_loudness_tag
    from audiobulletin.synth import EngineSpec, SynthSettings, synthesize

    started = time.perf_counter()
    settings = load_settings()
    script = load_script(source, intro=options.intro, max_bytes=options.max_bytes)
    target = resolve_output(source, out, options.format)
    result = MakeResult(files=[], warnings=list(script.warnings))

    def tell(note: str) -> None:
        result.notes.append(note)
        if on_note:
            on_note(note)

    for note in script.notes:
        tell(note)

    profile = choose_voice(options.engine, options.voice, settings.voice)
    from audiobulletin.engines.base import engine_class

    if options.fallback is not None:
        engine_class(options.fallback)  # an unknown name fails now, not after the first engine
    if options.concurrency is not None and not engine_class(profile.engine).online:
        raise InputError(
            f"Option --concurrency applies to online engines; {profile.engine} is not one.",
            hint="Use --workers to set how many processes speak offline.",
        )
    engine_name, voice, engine_options, rate = _engine_setup(profile, options, settings, tell)
    workers = options.workers
    if workers is not None:
        from audiobulletin.synth import worker_limit

        most, why = worker_limit(engine_class(engine_name))
        if workers > most:
            tell(f"--workers {workers} lowered to {most}: {why}.")
            workers = most
    synth_settings = SynthSettings(
        voice=voice,
        rate=rate,
        cache_dir=paths.cache_dir() if options.cache else None,
        workers=workers,
        spread=options.spread,
    )
    synth = synthesize(
        script,
        EngineSpec(engine_name, engine_options),
        synth_settings,
        on_progress=on_progress,
        keep_going=options.fallback is not None,
    )
    if synth.failed:
        from audiobulletin.synth import replace_chapters

        assert options.fallback is not None
        backup = choose_voice(options.fallback, None, settings.voice)
        fb_name, fb_voice, fb_options, fb_rate = _engine_setup(backup, options, settings, tell)
        titles = [f.title for f in synth.failed]
        tell(
            f"{len(titles)} chapter(s) spoken by the fallback engine {fb_name} ({fb_voice}) "
            f"because {engine_name} failed: {', '.join(repr(t) for t in titles)}. "
            f"First failure: {synth.failed[0].reason}"
        )
        part = Script(
            title=script.title,
            intro=None,
            segments=tuple(script.chapters[f.index] for f in synth.failed),
            date=script.date,
        )
        backup_synth = synthesize(
            part,
            EngineSpec(fb_name, fb_options),
            SynthSettings(
                voice=fb_voice,
                rate=fb_rate,
                cache_dir=synth_settings.cache_dir,
                workers=workers,
                spread=options.spread,
            ),
            on_progress=on_progress,
        )
        synth = replace_chapters(synth, backup_synth)
        result.fallback_chapters = titles
        engine_name, voice = f"{engine_name}+{fb_name}", f"{voice}+{fb_voice}"
    result.warnings += synth.warnings
    bulletin = assemble(synth, AssembleSettings(loudness=parse_loudness(options.loudness)))
    result.warnings += bulletin.warnings
    publish = publish_broadcast_wav if options.format == "wav" else publish_bulletin
    result.files = publish(
        bulletin,
        script,
        target,
        PublishSettings(
            wav_bits=options.wav_bits,
            cache_dir=paths.cache_dir() if options.cache else None,
            html=options.html,
            refresh_index=options.refresh_index,
            mp3=Mp3Settings(
                bitrate_kbps=options.bitrate_kbps,
                sample_rate=options.sample_rate,
                artist=options.artist,
                album=options.album,
                cover=options.cover,
            ),
            metadata_json=options.metadata,
        ),
    )
    result.synthesized, result.cached = synth.synthesized, synth.cached
    result.duration_ms = bulletin.duration_ms
    result.chapters = len(bulletin.chapters)
    result.characters = sum(
        len("".join(sentence.split()))
        for segment in script.chapters
        for sentence in segment.sentences
    )
    result.engine, result.voice = engine_name, voice
    if options.format == "wav":
        from audiobulletin.publish.bwf import read_bext_loudness

        figures = read_bext_loudness(target.read_bytes())
        target_lufs = bulletin.loudness
        result.loudness = (
            {
                "integrated_lufs": figures.integrated_lufs,
                "true_peak_dbtp": figures.true_peak_dbtp,
                "lra_lu": figures.lra_lu,
                "target_lufs": target_lufs.integrated_lufs,
                "target_true_peak_dbtp": target_lufs.true_peak_db,
            }
            if figures is not None and target_lufs is not None
            else None
        )
    else:
        measured = read_loudness_tag(target)
        result.loudness = measured.to_dict() if measured is not None else None
    result.seconds = time.perf_counter() - started
    return result


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
) -> tuple[str, str, dict[str, object], float]:
    """(engine name, engine voice id, engine options, speaking rate) for ``profile``."""
    from audiobulletin.engines.base import engine_class

    cls = engine_class(profile.engine)
    prepared = cls.prepare_voice(profile.voice)
    if prepared.note:
        tell(prepared.note)
    engine_options: dict[str, object] = {}
    if cls.takes_threads:
        engine_options["threads"] = settings.threads
    engine_options.update(configured_engine_options(profile.engine, settings))
    if cls.online and options.concurrency is not None:
        engine_options["concurrency"] = options.concurrency

    rate = profile.speed * options.rate * settings.rate
    if not MIN_RATE <= rate <= MAX_RATE:
        # Checked here, not by the engine, so the run stops before any speech is made.
        raise InputError(
            f"Speaking rate {rate:.2f} (voice {profile.name} speed {profile.speed} x --rate "
            f"{options.rate} x setting {settings.rate}) is outside {MIN_RATE}..{MAX_RATE}.",
            hint="Choose a --rate closer to 1.0.",
        )
    return profile.engine, prepared.voice, engine_options, rate


def configured_engine_options(engine: str, settings: Settings) -> dict[str, object]:
    """Options for ``engine`` from its table in config.toml (``[edge]`` ``attempts = 3``).

    Checked against what the engine's constructor takes, so a typo is an error that names the
    file's table instead of a traceback or an option silently ignored.
    """
    import inspect

    from audiobulletin.config import config_path
    from audiobulletin.engines.base import engine_class
    from audiobulletin.errors import EngineError, VoiceError

    table = settings.extra.get(engine, {})
    if not isinstance(table, dict):
        raise VoiceError(f"{config_path()}: '{engine}' must be a table ([{engine}]).")
    params = inspect.signature(engine_class(engine).__init__).parameters
    accepted = {n for n, p in params.items() if p.kind is p.KEYWORD_ONLY}
    unknown = sorted(set(table) - accepted)
    if unknown:
        raise VoiceError(
            f"{config_path()}: unknown option(s) in [{engine}]: {', '.join(unknown)}.",
            hint=f"Known: {', '.join(sorted(accepted)) or 'none'}.",
        )
    for key, value in table.items():
        # the type of the constructor's default: 3 for attempts, 1.0 (or 1) for backoff_s
        default = params[key].default
        kind = (int, float) if isinstance(default, float) else type(default)
        if type(default) in _KIND_NAMES and (
            not isinstance(value, kind) or isinstance(value, bool) != isinstance(default, bool)
        ):
            raise VoiceError(
                f"{config_path()}: [{engine}] {key} must be "
                f"{_KIND_NAMES.get(type(default), type(default).__name__)}, got {value!r}."
            )
    try:
        engine_class(engine)(**table)  # the engine's own checks, before any speech is made
    except (ValueError, TypeError, EngineError) as exc:
        message = exc.message if isinstance(exc, EngineError) else str(exc)
        raise VoiceError(
            f"{config_path()}: [{engine}] {', '.join(sorted(table))}: {message}"
        ) from None
    return dict(table)


_KIND_NAMES = {bool: "true or false", int: "a whole number", float: "a number", str: "a string"}
