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

from audiobulletin.audio import AudioClip
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
class PreparedVoice:
    """What :meth:`Engine.prepare_voice` settled on: the engine's voice id to speak with, and
    one line the user must be told about that choice (a stand-in voice), or None."""

    voice: str
    note: str | None = None


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
      so that no more workers are started than the memory can take;
      ``plausible_ms_per_char`` the band of trimmed audio per voiced character at rate 1.0
      that counts as complete speech (synthesis retries a clip outside it);
      ``takes_threads`` True when the constructor takes ``threads`` (engine threads in one
      process), so that pool workers get one each and a lone process gets every core.

    The rest of the product asks these, and :meth:`prepare_voice`, instead of probing the
    class or branching on its name.
    """

    name: ClassVar[str]
    online: ClassVar[bool] = False
    parallel: ClassVar[bool] = False
    sample_rate: int = 24000
    max_chars: int = 200
    default_voice: ClassVar[str | None] = None
    default_concurrency: ClassVar[int] = 1
    worker_memory: ClassVar[int] = 150 << 20
    #: Wide on purpose: it exists to catch lost speech, not to police a voice's tempo.
    plausible_ms_per_char: ClassVar[tuple[float, float]] = (80.0, 600.0)
    takes_threads: ClassVar[bool] = False

    @property
    def model_id(self) -> str:
        """Identifies the model behind the engine, for the clip cache key."""
        return self.name

    @abstractmethod
    def synthesize(self, text: str, voice: str, rate: float = 1.0) -> AudioClip:
        """Speak ``text`` with ``voice`` at ``rate`` (1.0 = normal)."""

    def prepare(self, text: str) -> object:
        """What :meth:`speak_prepared` needs to speak ``text``, worked out in the process that
        hands the text to synthesis workers (it must pickle). The default is the text itself.

        An engine whose text stage holds large tables (Kokoro's G2P, with jieba's and
        pypinyin's dictionaries) runs that stage here, once, so that no worker loads them.
        """
        return text

    def speak_prepared(self, prepared: object, voice: str, rate: float = 1.0) -> AudioClip:
        """Speak what :meth:`prepare` returned: the same audio as ``synthesize`` of its text."""
        if not isinstance(prepared, str):
            raise EngineError(f"The {self.name} engine cannot speak {type(prepared).__name__}.")
        return self.synthesize(prepared, voice, rate)

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

    @classmethod
    def prepare_voice(cls, voice: str) -> PreparedVoice:
        """Make ``voice`` ready to speak with, once per run and before any speech: the voice
        id the engine will be given (which names the voice actually heard, for the clip
        cache) and any note for the user. The default takes ``voice`` as it is."""
        return PreparedVoice(voice)


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
    """Build the engine registered as ``name`` with ``options``.

    A bad value is an :class:`EngineError` naming the setting (see :func:`bad_setting`).
    """
    return engine_class(name)(**options)


def bad_setting(engine: str, setting: str, must: str, got: object) -> EngineError:
    """The error for an engine setting out of range: ``Setting 'threads' of the kokoro
    engine must be a positive integer, got 0.``, so that the user knows what to change."""
    return EngineError(f"Setting '{setting}' of the {engine} engine must be {must}, got {got!r}.")
