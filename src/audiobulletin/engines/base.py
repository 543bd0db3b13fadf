"""The engine interface and the registry.

An engine turns one spoken sentence (already normalised: no digits, no symbols to guess) into
PCM audio. Engines register under a name; the built-in ones go through the same path as any
other, and are imported lazily so that ``audiobulletin --help`` never loads onnxruntime.
"""

from __future__ import annotations

import importlib
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator, Sequence, Set
from dataclasses import dataclass
from typing import ClassVar

from audiobulletin.errors import EngineError

#: Built-in engines: name -> module that registers it when imported.
BUILTIN = {
    "kokoro": "audiobulletin.engines.kokoro",
    "edge": "audiobulletin.engines.edge",
    "fake": "audiobulletin.engines.fake",
}

#: Most requests an online engine may keep in flight, whatever the user asks: online speech
#: services block floods of parallel requests.
MAX_CONCURRENCY = 4

_REGISTRY: dict[str, type[Engine]] = {}


@dataclass(frozen=True)
class AudioClip:
    """Mono signed 16-bit little-endian PCM and its sample rate.

    Durations are derived from the sample count, so timings downstream are exact.
    """

    pcm: bytes
    sample_rate: int

    @property
    def samples(self) -> int:
        return len(self.pcm) // 2

    @property
    def duration_ms(self) -> float:
        return 1000.0 * self.samples / self.sample_rate


class Engine(ABC):
    """A speech engine.

    Capability attributes:
      ``name``        registry name;
      ``online``      True when it needs the network;
      ``sample_rate`` rate of the PCM it returns;
      ``max_chars``   the longest text one ``synthesize`` call accepts without loss;
      ``parallel``    True when separate worker processes speed it up;
      ``default_voice`` the engine's own voice id used when none is named (None: no default);
      ``default_concurrency`` requests an online engine keeps in flight unless told otherwise;
      ``worker_memory`` bytes one worker process of it holds (its model, the interpreter),
      so that no more workers are started than the memory can take.
    """

    name: ClassVar[str]
    online: ClassVar[bool] = False
    parallel: ClassVar[bool] = False
    sample_rate: int = 24000
    max_chars: int = 200
    default_voice: ClassVar[str | None] = None
    default_concurrency: ClassVar[int] = 1
    worker_memory: ClassVar[int] = 150 << 20

    @property
    def model_id(self) -> str:
        """Identifies the model behind the engine, for the clip cache key."""
        return self.name

    @abstractmethod
    def synthesize(self, text: str, voice: str, rate: float = 1.0) -> AudioClip:
        """Speak ``text`` with ``voice`` at ``rate`` (1.0 = normal)."""

    def synthesize_many(
        self,
        texts: Sequence[str],
        voice: str,
        rate: float = 1.0,
        *,
        breaks: Set[int] = frozenset(),
    ) -> Iterator[tuple[int, AudioClip | Exception]]:
        """Speak every text; yield ``(index, clip)`` or ``(index, exception)`` as each finishes.

        Results may come in any order. ``breaks`` holds the indices that start a new passage
        (a chapter): an engine that speaks several texts in one request never joins texts
        across a break. The default speaks one text at a time; online engines override it to
        batch and overlap requests.
        """
        for index, text in enumerate(texts):
            try:
                yield index, self.synthesize(text, voice, rate)
            except Exception as exc:
                yield index, exc

    @classmethod
    def check_voice(cls, voice: str) -> str:
        """The engine's canonical form of ``voice``; raises VoiceError for a malformed id.

        Called before any speech is made, so a typo fails at once. The default accepts all.
        """
        return voice


def register(name: str) -> Callable[[type[Engine]], type[Engine]]:
    """Class decorator that registers an engine under ``name``."""

    def deco(cls: type[Engine]) -> type[Engine]:
        cls.name = name
        _REGISTRY[name] = cls
        return cls

    return deco


def available() -> list[str]:
    """Names of all engines that can be created."""
    return sorted(set(_REGISTRY) | set(BUILTIN))


def engine_class(name: str) -> type[Engine]:
    if name not in _REGISTRY and name in BUILTIN:
        importlib.import_module(BUILTIN[name])
    try:
        return _REGISTRY[name]
    except KeyError:
        raise EngineError(
            f"Unknown engine '{name}'.", hint=f"Known engines: {', '.join(available())}."
        ) from None


def create(name: str, **options: object) -> Engine:
    """Build the engine registered as ``name`` with ``options``."""
    return engine_class(name)(**options)
