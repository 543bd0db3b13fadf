"""Settings: config.toml and the command line, merged once into typed settings per stage.

Every option has one home, a field of the stage that uses it: :class:`SynthesisOptions`,
:class:`~audiobulletin.publish.mp3.Mp3Settings`, :class:`OutputOptions`, ... The field's
metadata names it for users (``flag``: its command-line option; ``key``: its key in a table of
config.toml, absent when no table sets it; ``parse``: how a config value becomes the field's
type, as ``"+10%"`` becomes 1.1), its type hint is what a config value must be, and the stage's
own ``__post_init__`` checks its range, raising :class:`~audiobulletin.errors.SettingError`
with the field's name. So adding an option means adding a field to its stage and a flag to the
command, nothing else.

:func:`load_settings` reads config.toml once and checks every key: an unknown table or key,
or a value of the wrong type, is a :class:`~audiobulletin.errors.ConfigError` naming the file
and the key, never ignored; a table named after an engine is checked against what the engine's
constructor takes. :func:`merge` then makes a stage's settings, each field from the command
line when given, else from config.toml, else the stage's default, and turns a stage's refusal
into one line that says where the value came from (``Option --bitrate ...`` or
``.../config.toml: [batch] bitrate ...``).

Only small modules are imported here; the engines, the batch runner and the feed are imported
when a config.toml has a table they read.
"""

from __future__ import annotations

import dataclasses
import difflib
import functools
import inspect
import re
import sys
import types
import typing
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, TypeVar

from audiobulletin import paths
from audiobulletin.config import DEFAULT_VOICE
from audiobulletin.engines.base import MAX_CONCURRENCY
from audiobulletin.errors import BulletinError, ConfigError, InputError, SettingError
from audiobulletin.rates import MAX_SPEED, MIN_SPEED
from audiobulletin.reader import DEFAULT_MAX_BYTES

if typing.TYPE_CHECKING:
    from _typeshed import DataclassInstance

    from audiobulletin.publish.mp3 import Mp3Settings

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

T = TypeVar("T", bound="DataclassInstance")

#: What ``make`` can write: the MP3, or a Broadcast WAV for radio playout.
OUTPUT_FORMATS = ("mp3", "wav")


# --------------------------------------------------------------------------- values


def parse_rate(value: str | float) -> float:
    """A speaking rate: a multiplier (``0.9``) or edge-tts's signed percentage (``+10%``,
    ``-20%``: 1.1 and 0.8); a ValueError says what is accepted."""
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise ValueError(f"must be a number or a change in per cent, got {value!r}")
    if not isinstance(value, str):
        return float(value)
    found = re.fullmatch(r"([+-]\d+(?:\.\d+)?)\s*%", value.strip())
    try:
        return 1.0 + float(found[1]) / 100 if found else float(value.strip())
    except ValueError:
        raise ValueError(
            f"{value!r} is not a rate: give a multiplier such as 0.9, or a change such as "
            "+10% or -20%"
        ) from None


def _loudness_text(value: object) -> str:
    """config.toml may give a loudness as a number (``-18``): the option's text."""
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise ValueError(f"must be a string or a number of LUFS, got {value!r}")
    return str(value)


def default_loudness(fmt: str) -> str:
    """The loudness preset a format gets unless told: podcasts -16 LUFS (``podcast``), radio
    EBU R128 -23 LUFS (``broadcast``) for the WAV that goes to playout."""
    return "broadcast" if fmt == "wav" else "podcast"


# --------------------------------------------------------------------------- make's stages


@dataclass(frozen=True)
class TextOptions:
    """How the report is read and scripted."""

    intro: bool = field(default=True, metadata={"flag": "--intro", "key": "intro"})
    """Speak the summary intro first."""
    max_bytes: int = field(default=DEFAULT_MAX_BYTES, metadata={"flag": "--max-size"})
    """Refuse reports larger than this."""

    def __post_init__(self) -> None:
        if self.max_bytes < 1:
            raise SettingError(
                "TextOptions", "max_bytes", f"must be at least 1, got {self.max_bytes}."
            )


@dataclass(frozen=True)
class SynthesisOptions:
    """Who speaks, how fast, and how many at once."""

    voice: str | None = field(default=None, metadata={"flag": "--voice", "key": "voice"})
    """Voice profile name (``voices/*.toml``); None takes the configured default. With an
    engine named, it may also be the engine's own voice id (``zh-CN-YunyangNeural``)."""
    engine: str | None = field(default=None, metadata={"flag": "--engine", "key": "engine"})
    """Speech engine (``kokoro``, ``edge``, ...); None takes the voice profile's engine."""
    fallback: str | None = field(default=None, metadata={"flag": "--fallback", "key": "fallback"})
    """Engine that speaks a chapter the first engine still fails after its retries."""
    rate: float = field(
        default=1.0, metadata={"flag": "--rate", "key": "rate", "parse": parse_rate}
    )
    """Speaking-rate multiplier on top of the profile's own speed."""
    workers: int | None = field(default=None, metadata={"flag": "--workers"})
    """Synthesis worker processes; None uses every core for engines that scale that way."""
    concurrency: int | None = field(default=None, metadata={"flag": "--concurrency"})
    """Requests in flight for an online engine (1..4); None takes the engine's default."""
    cache: bool = field(default=True, metadata={"flag": "--cache"})
    """Reuse clips synthesized before (content-addressed), so re-runs only speak what changed."""
    spread: bool = True
    """With one synthesis worker, let its engine use every core; False keeps it to the
    ``threads`` setting (a cluster worker's slot)."""

    def __post_init__(self) -> None:
        if not MIN_SPEED <= self.rate <= MAX_SPEED:
            raise SettingError(
                "SynthesisOptions",
                "rate",
                f"must be within {MIN_SPEED}..{MAX_SPEED}, got {self.rate}.",
            )
        if self.workers is not None and self.workers < 1:
            raise SettingError(
                "SynthesisOptions", "workers", f"must be at least 1, got {self.workers}."
            )
        if self.concurrency is not None and not 1 <= self.concurrency <= MAX_CONCURRENCY:
            raise SettingError(
                "SynthesisOptions",
                "concurrency",
                f"must be within 1..{MAX_CONCURRENCY}, got {self.concurrency}.",
                hint="The online service blocks floods of parallel requests.",
            )


@dataclass(frozen=True)
class AssemblyOptions:
    """How the clips become one bulletin."""

    loudness: str = field(
        default="podcast",
        metadata={"flag": "--loudness", "key": "loudness", "parse": _loudness_text},
    )
    """``podcast`` (-16 LUFS), ``broadcast`` (EBU R128, -23 LUFS), ``off`` or a number of LUFS;
    the true peak stays at or under -1 dBTP."""

    def __post_init__(self) -> None:
        try:
            self.target()
        except ValueError as exc:
            raise SettingError(
                "AssemblyOptions",
                "loudness",
                f"is not a loudness: {exc}.",
                hint="e.g. --loudness podcast, or --loudness -18",
            ) from None

    def target(self) -> Any:
        """The :class:`~audiobulletin.loudness.LoudnessTarget` (None: off)."""
        from audiobulletin.loudness import parse_loudness

        return parse_loudness(self.loudness)


@dataclass(frozen=True)
class OutputOptions:
    """Which files are written besides the audio."""

    format: str = field(default="mp3", metadata={"flag": "--format", "key": "format"})
    """``mp3`` (podcasts, the web) or ``wav``: a Broadcast WAV for radio playout (48 kHz, a
    ``bext`` chunk with the loudness, a cue point per chapter); see
    :func:`audiobulletin.publish.publish_broadcast_wav`."""
    wav_bits: int = field(default=24, metadata={"flag": "--bits"})
    """Bits per sample of the WAV: 16 or 24."""
    html: bool = field(default=False, metadata={"flag": "--html", "key": "html"})
    """Also write ``<name>.html`` for the bulletin and refresh ``index.html`` in its folder."""
    refresh_index: bool = True
    """With ``html``: refresh ``index.html`` after this bulletin (a batch refreshes it once,
    at the end, with :func:`audiobulletin.publish.html.write_index`)."""
    metadata: bool = False
    """Also write ``<name>.meta.json`` (title, date, intro, duration, loudness) for feeds."""

    def __post_init__(self) -> None:
        if self.format not in OUTPUT_FORMATS:
            raise SettingError(
                "OutputOptions",
                "format",
                f"must be one of {', '.join(OUTPUT_FORMATS)}; got {self.format!r}.",
            )
        if self.wav_bits not in (16, 24):
            raise SettingError(
                "OutputOptions", "wav_bits", f"must be 16 or 24, got {self.wav_bits}."
            )
        if self.format == "wav" and self.html:
            raise InputError(
                "A web page plays the MP3: --html goes with --format mp3.",
                hint="Make the MP3 for the web, and the WAV for the radio, in two runs.",
            )


@dataclass(frozen=True)
class MakeOptions:
    """What ``make`` was asked for: the settings of each stage it runs.

    Each stage checks its own values at construction. :meth:`of` and :meth:`replace` take
    fields by their own names (``workers=1``), whichever stage holds them.
    """

    text: TextOptions = field(default_factory=TextOptions)
    synthesis: SynthesisOptions = field(default_factory=SynthesisOptions)
    assembly: AssemblyOptions = field(default_factory=AssemblyOptions)
    mp3: Mp3Settings = field(default_factory=lambda: _mp3_settings()())
    output: OutputOptions = field(default_factory=OutputOptions)

    @classmethod
    def of(cls, **flat: Any) -> MakeOptions:
        """The defaults with ``flat`` fields set: ``MakeOptions.of(voice="x", html=True)``."""
        return cls().replace(**flat)

    def replace(self, **flat: Any) -> MakeOptions:
        """A copy with ``flat`` fields changed, each in the stage that holds it."""
        owners = _stage_fields()
        changes: dict[str, dict[str, Any]] = {}
        for name, value in flat.items():
            if name not in owners:
                raise TypeError(f"MakeOptions has no field {name!r}")
            changes.setdefault(owners[name], {})[name] = value
        return dataclasses.replace(
            self,
            **{
                stage: dataclasses.replace(getattr(self, stage), **values)
                for stage, values in changes.items()
            },
        )

    def flat(self) -> dict[str, Any]:
        """Every field of every stage by its own name (what a batch's up-to-date key covers)."""
        return {
            name: value
            for stage in _stage_classes()
            for name, value in dataclasses.asdict(getattr(self, stage)).items()
        }

    @classmethod
    def merged(
        cls,
        given: Mapping[str, Any],
        table: Table | None = None,
        defaults: Callable[[str], Mapping[str, Any]] | None = None,
    ) -> MakeOptions:
        """Every stage from ``given`` (the command line, by field name), else ``table`` (a
        table of config.toml), else the defaults: ``defaults(format)``, then the loudness
        the format gets (:func:`default_loudness`), then the stage's own."""
        fmt = chosen(OutputOptions, "format", given, table) or OutputOptions.format
        derived = {
            "loudness": default_loudness(str(fmt)),
            **(defaults(str(fmt)) if defaults else {}),
        }
        stages: dict[str, Any] = {
            stage: merge(stage_cls, given, table, derived)
            for stage, stage_cls in _stage_classes().items()
        }
        return cls(**stages)


def _mp3_settings() -> type[Mp3Settings]:
    # The encoder's module pulls in numpy: imported when options are made, not with this
    # module, so that reading config.toml (``audiobulletin voices``) stays quick.
    from audiobulletin.publish.mp3 import Mp3Settings

    return Mp3Settings


@functools.cache
def _stage_classes() -> dict[str, type[DataclassInstance]]:
    return dict(typing.get_type_hints(MakeOptions, localns={"Mp3Settings": _mp3_settings()}))


@functools.cache
def _stage_fields() -> dict[str, str]:
    return {f.name: stage for stage, cls in _stage_classes().items() for f in fields(cls)}


# --------------------------------------------------------------------------- other stages


@dataclass(frozen=True)
class BatchFolders:
    """Where a batch reads its reports and writes its bulletins."""

    inbox: str | None = field(default=None, metadata={"flag": "INBOX", "key": "inbox"})
    output: str = field(default="output", metadata={"flag": "--output", "key": "output"})


@dataclass(frozen=True)
class ClusterSettings:
    """The Dask cluster a batch makes its reports on (see :mod:`audiobulletin.cluster`)."""

    address: str | None = field(default=None, metadata={"flag": "--cluster", "key": "address"})
    """A scheduler address (``tcp://host:8786``) or ``local:N``; None makes them here."""


def _size(value: object) -> int:
    from audiobulletin.cache import parse_size

    if isinstance(value, bool) or not isinstance(value, str | int):
        raise ValueError(f'must be a size such as "5G", got {value!r}')
    return parse_size(str(value))


def _age(value: object) -> float:
    from audiobulletin.cache import parse_age

    if not isinstance(value, str):
        raise ValueError(f'must be an age such as "30d", got {value!r}')
    return parse_age(value)


@dataclass(frozen=True)
class CacheLimits:
    """How far a batch prunes the clip cache once it is done (nothing when both are None)."""

    max_size: int | None = field(default=None, metadata={"key": "max_size", "parse": _size})
    """Bytes the cache may hold; the least recently used entries go first."""
    older_than: float | None = field(default=None, metadata={"key": "older_than", "parse": _age})
    """Seconds since an entry was last used after which it goes."""


def _table_classes() -> dict[str, tuple[type[DataclassInstance], ...]]:
    """The stages each table of config.toml sets, "" for the keys at the top of the file
    (imported when a config.toml is read, not before)."""
    from audiobulletin.batch import BatchOptions
    from audiobulletin.publish.feed import FeedSettings

    return {
        "": (Settings,),
        "batch": (BatchFolders, BatchOptions, *_stage_classes().values()),
        "feed": (FeedSettings,),
        "cluster": (ClusterSettings,),
        "cache": (CacheLimits,),
    }


def table_keys() -> dict[str, set[str]]:
    """The keys each table of config.toml may hold ("" for the top of the file); an
    engine's table takes what its constructor takes."""
    return {
        name: {f.metadata["key"] for cls in group for f in fields(cls) if f.metadata.get("key")}
        for name, group in _table_classes().items()
    }


# --------------------------------------------------------------------------- merging


@dataclass(frozen=True)
class Table:
    """One checked table of config.toml: its values by key, already of the right type."""

    name: str
    """The table's name (``batch``); "" for the keys at the top of the file."""
    path: Path
    values: Mapping[str, Any]

    def where(self, key: str) -> str:
        """How an error names ``key``: the file, the table and the key."""
        return f"{self.path}: [{self.name}] {key}" if self.name else f"{self.path}: setting '{key}'"


@dataclass(frozen=True)
class _Source:
    """Where a value of a merge came from, for the message that refuses it."""

    text: str
    config: bool


def _flag(f: dataclasses.Field[Any]) -> str:
    return str(f.metadata.get("flag") or "--" + f.name.replace("_", "-"))


def chosen(cls: type, name: str, given: Mapping[str, Any], table: Table | None) -> Any:
    """Field ``name`` of ``cls`` from the command line, else config.toml; None when neither."""
    if given.get(name) is not None:
        return given[name]
    key = {f.name: f.metadata.get("key") for f in fields(cls)}[name]
    return table.values.get(key) if table is not None and key else None


def merge(
    cls: type[T],
    given: Mapping[str, Any],
    table: Table | None = None,
    defaults: Mapping[str, Any] | None = None,
) -> T:
    """``cls`` with each field from ``given`` (the command line, by field name; None: not
    given), else from ``table`` (by the field's ``key``), else ``defaults``, else its own
    default. A value the stage refuses is one error naming where it came from: an
    :class:`InputError` for an option, a :class:`ConfigError` for a key of config.toml."""
    values: dict[str, Any] = {}
    sources: dict[str, _Source] = {}
    for f in fields(cls):
        key: str | None = f.metadata.get("key")
        if given.get(f.name) is not None:
            values[f.name] = given[f.name]
            sources[f.name] = _Source(f"Option {_flag(f)}", config=False)
        elif table is not None and key is not None and key in table.values:
            values[f.name] = table.values[key]
            sources[f.name] = _Source(table.where(key), config=True)
        elif defaults and f.name in defaults:
            values[f.name] = defaults[f.name]
    try:
        return cls(**values)
    except SettingError as exc:
        source = sources.get(exc.field)
        if source is None:
            raise
        error = ConfigError if source.config else InputError
        raise error(f"{source.text} {exc.detail}", hint=exc.hint) from None


# --------------------------------------------------------------------------- config.toml


_KIND_NAMES = {bool: "true or false", int: "a whole number", float: "a number", str: "a string"}


def _kinds(hint: Any) -> tuple[type, ...]:
    """The plain types a type hint admits (``str | None`` -> str, NoneType)."""
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        return tuple(kind for arg in typing.get_args(hint) for kind in _kinds(arg))
    return (hint,) if isinstance(hint, type) else (object,)


def _check_kind(value: Any, hint: Any) -> None:
    """A ValueError unless ``value`` (from TOML) is of a type ``hint`` admits."""
    kinds = _kinds(hint)
    if object in kinds:
        return
    if isinstance(value, bool):
        fits = bool in kinds
    elif isinstance(value, int):
        fits = int in kinds or float in kinds
    else:
        fits = isinstance(value, tuple(k for k in kinds if k not in (bool, int)))
    if not fits:
        names = [_KIND_NAMES.get(k, k.__name__) for k in kinds if k is not type(None)]
        raise ValueError(f"must be {' or '.join(names)}, got {value!r}.")


def _unknown_key(path: Path, key: str, known: set[str], where: str) -> ConfigError:
    close = difflib.get_close_matches(key, sorted(known), n=1)
    hint = f"Did you mean '{close[0]}'? " if close else ""
    return ConfigError(
        f"{path}: unknown setting '{key}'{where}.", hint=f"{hint}Known: {', '.join(sorted(known))}."
    )


def _read_table(path: Path, name: str, data: object, classes: tuple[type, ...]) -> Table:
    """``data`` checked against the keyed fields of ``classes``: known keys, right types."""
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: '{name}' must be a table ([{name}]).")
    keyed = {
        f.metadata["key"]: (f, typing.get_type_hints(cls)[f.name])
        for cls in classes
        for f in fields(cls)
        if f.metadata.get("key")
    }
    table = Table(name, path, {})
    values: dict[str, Any] = {}
    for key, value in data.items():
        if key not in keyed:
            raise _unknown_key(path, key, set(keyed), f" in [{name}]" if name else "")
        f, hint = keyed[key]
        try:
            parse = f.metadata.get("parse")
            values[key] = parse(value) if parse else value
            if not parse:
                _check_kind(value, hint)
        except (ValueError, BulletinError) as exc:
            message = exc.message if isinstance(exc, BulletinError) else str(exc)
            raise ConfigError(f"{table.where(key)} {message}") from None
    return dataclasses.replace(table, values=values)


def _read_engine_table(path: Path, engine: str, data: object) -> dict[str, object]:
    """An engine's table (``[edge]`` ``attempts = 3``), checked against what the engine's
    constructor takes, and by the constructor itself, before any speech is made."""
    from audiobulletin.engines.base import engine_class
    from audiobulletin.errors import EngineError

    if not isinstance(data, dict):
        raise ConfigError(f"{path}: '{engine}' must be a table ([{engine}]).")
    cls = engine_class(engine)
    params = inspect.signature(cls.__init__).parameters
    accepted = {n for n, p in params.items() if p.kind is p.KEYWORD_ONLY}
    unknown = sorted(set(data) - accepted)
    if unknown:
        raise ConfigError(
            f"{path}: unknown option(s) in [{engine}]: {', '.join(unknown)}.",
            hint=f"Known: {', '.join(sorted(accepted)) or 'none'}.",
        )
    for key, value in data.items():
        # the type of the constructor's default: 3 for attempts, 1.0 (or 1) for backoff_s
        default = params[key].default
        kind = (int, float) if isinstance(default, float) else type(default)
        if type(default) in _KIND_NAMES and (
            not isinstance(value, kind) or isinstance(value, bool) != isinstance(default, bool)
        ):
            raise ConfigError(
                f"{path}: [{engine}] {key} must be {_KIND_NAMES[type(default)]}, got {value!r}."
            )
    try:
        cls(**data)
    except (ValueError, TypeError, EngineError) as exc:
        message = exc.message if isinstance(exc, EngineError) else str(exc)
        raise ConfigError(f"{path}: [{engine}] {', '.join(sorted(data))}: {message}") from None
    return dict(data)


@dataclass(frozen=True)
class Settings:
    """The user's config.toml, checked: the keys at its top, and its tables.

    Command-line options override these; these override the built-in defaults.
    """

    voice: str = field(default=DEFAULT_VOICE, metadata={"key": "voice"})
    """Voice profile used when ``--voice`` is not given."""
    rate: float = field(default=1.0, metadata={"key": "rate"})
    """Speaking-rate multiplier applied on top of the profile's speed (and of ``--rate``)."""
    threads: int = field(default=1, metadata={"key": "threads"})
    """onnxruntime threads per worker process. One per process is fastest when several
    workers run side by side (measured: two 1-thread processes beat one 2-thread process)."""
    tables: Mapping[str, Table] = field(default_factory=dict)
    """``[batch]``, ``[feed]``, ``[cluster]`` and ``[cache]``, those present."""
    engines: Mapping[str, Mapping[str, object]] = field(default_factory=dict)
    """Each engine's table (``[edge]``), by engine name."""

    def __post_init__(self) -> None:
        if not isinstance(self.voice, str) or not self.voice:
            raise SettingError("Settings", "voice", "must be a non-empty string.")
        if not MIN_SPEED <= self.rate <= MAX_SPEED:
            raise SettingError(
                "Settings",
                "rate",
                f"must be between {MIN_SPEED} and {MAX_SPEED}, got {self.rate}.",
                hint="1.0 is normal speed; 0.8 is slower, 1.2 faster.",
            )
        if self.threads < 1:
            raise SettingError(
                "Settings", "threads", f"must be a positive integer, got {self.threads!r}."
            )

    def table(self, name: str) -> Table | None:
        """Table ``name`` of config.toml, or None when the file has none."""
        return self.tables.get(name)

    def engine_options(self, engine: str) -> dict[str, object]:
        """Options for ``engine`` from its table in config.toml (checked when read)."""
        return dict(self.engines.get(engine, {}))


def config_path() -> Path:
    """Where :func:`load_settings` looks."""
    return paths.home() / "config.toml"


def load_settings(path: Path | None = None) -> Settings:
    """Read and check config.toml; the defaults when it does not exist."""
    from audiobulletin.engines.base import available

    path = config_path() if path is None else path
    if not path.is_file():
        return Settings()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"Cannot read settings {path}: {exc}") from exc
    classes = _table_classes()
    top = table_keys()[""]
    tables, engines = {}, {}
    known = top | set(classes) - {""} | set(available())
    for key, value in data.items():
        if key not in known:
            raise _unknown_key(path, key, known, "")
        if key in classes:
            tables[key] = _read_table(path, key, value, classes[key])
        elif key not in top:
            engines[key] = _read_engine_table(path, key, value)
    head = _read_table(path, "", {k: v for k, v in data.items() if k in top}, classes[""])
    return merge(Settings, {"tables": tables, "engines": engines}, head)
