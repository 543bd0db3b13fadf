"""A deterministic stand-in engine for tests and dry runs.

Its output length follows the text exactly, so every timing downstream (trimming, pauses,
chapter marks, cues, MP3 duration) can be asserted to the millisecond without a model:

* ``lead_ms`` of digital silence, then
* ``ms_per_char`` of a square wave of ``amplitude`` per voiced character (anything for
  which ``str.isalnum()`` is true: Han characters, Latin letters, digits), punctuation and
  spaces adding nothing, then
* ``tail_ms`` of silence.

A square wave is used instead of a sine because every one of its samples is at the same
amplitude: threshold-based trimming then finds the voiced span to the sample. The wave's
period depends on the text (CRC-32, stable across processes), so clips for different sentences
differ and tests can tell them apart.

Faults can be injected: ``fail_on`` texts raise :class:`EngineError`, ``empty_on`` texts return
silence only, and ``short_on`` maps texts to how many times they first come out implausibly
short (``short_factor`` of their proper voiced length). A text containing a word of
``die_on`` kills the process that speaks it, as the OOM killer or a native crash would.
``delay_ms`` makes each call take that long, like a real model, so that tests can stop or
kill a run while it speaks. ``log_calls`` names a file to which every call appends its text
(one line, ``O_APPEND``), so tests can count what was spoken across processes and hosts;
``log_loads`` names a file to which each engine appends the id of its process when it first
speaks, as a real engine loads its model on first use, so tests can count the loads.
"""

from __future__ import annotations

import os
import signal
import time
import zlib
from collections.abc import Iterable, Mapping
from typing import ClassVar

from audiobulletin.audio import AudioClip
from audiobulletin.engines.base import Engine, bad_setting, register
from audiobulletin.errors import EngineError
from audiobulletin.zh import voiced_chars


@register("fake")
class FakeEngine(Engine):
    """Square-wave "speech" whose length is a known function of the text."""

    online = False
    parallel = False
    #: Any voice id will do; this one lets ``make --engine fake`` run without naming one, as
    #: a quick preview of the chapters, captions and pages (tones instead of speech).
    default_voice = "tone"
    #: Band that synthesis checks clip lengths against (ms per voiced character).
    plausible_ms_per_char: ClassVar[tuple[float, float]] = (100.0, 200.0)
    takes_threads: ClassVar[bool] = True

    def __init__(
        self,
        *,
        ms_per_char: int = 150,
        lead_ms: int = 100,
        tail_ms: int = 100,
        amplitude: int = 8000,
        sample_rate: int = 24000,
        max_chars: int = 200,
        fail_on: Iterable[str] = (),
        empty_on: Iterable[str] = (),
        short_on: Mapping[str, int] | None = None,
        short_factor: float = 0.2,
        die_on: Iterable[str] = (),
        threads: int = 1,
        delay_ms: int = 0,
        log_calls: str = "",
        log_loads: str = "",
    ) -> None:
        if not 0 < amplitude <= 32767:
            raise bad_setting("fake", "amplitude", "within 1..32767", amplitude)
        self.ms_per_char = ms_per_char
        self.lead_ms = lead_ms
        self.tail_ms = tail_ms
        self.amplitude = amplitude
        self.sample_rate = sample_rate
        self.max_chars = max_chars
        self.fail_on = frozenset(fail_on)
        self.empty_on = frozenset(empty_on)
        self._short_left = dict(short_on or {})
        self.short_factor = short_factor
        self.die_on = tuple(die_on)
        self.threads = threads
        self.delay_ms = delay_ms
        self.log_calls = log_calls
        self.log_loads = log_loads
        self._loaded = False
        #: Every text given to :meth:`synthesize`, in order.
        self.calls: list[str] = []

    @property
    def model_id(self) -> str:
        # Everything that changes the audio of a good clip is part of the cache key.
        return (
            f"fake/{self.ms_per_char}ms/{self.lead_ms}+{self.tail_ms}/"
            f"{self.amplitude}/{self.sample_rate}"
        )

    def samples_for(self, ms: float) -> int:
        return round(ms * self.sample_rate / 1000)

    def synthesize(self, text: str, voice: str, rate: float = 1.0) -> AudioClip:
        if not self._loaded:
            self._loaded = True
            if self.log_loads:
                _append_line(self.log_loads, str(os.getpid()))
        self.calls.append(text)
        if self.log_calls:
            _append_line(self.log_calls, text.replace("\n", " "))
        if self.delay_ms > 0:
            time.sleep(self.delay_ms / 1000)
        if any(word in text for word in self.die_on):
            # The process dies as it would from the kernel's OOM killer or a native crash.
            os.kill(os.getpid(), signal.SIGKILL)
        if text in self.fail_on:
            raise EngineError(f"fake engine told to fail on {text!r}")
        if len(text) > self.max_chars:
            raise EngineError(f"text longer than {self.max_chars} characters")
        voiced_ms = self.ms_per_char * voiced_chars(text) / rate
        if text in self.empty_on:
            voiced_ms = 0
        elif self._short_left.get(text, 0) > 0:
            self._short_left[text] -= 1
            voiced_ms *= self.short_factor
        half = 20 + zlib.crc32(text.encode("utf-8")) % 60  # half-period in samples
        n = self.samples_for(voiced_ms)
        hi = self.amplitude.to_bytes(2, "little", signed=True)
        lo = (-self.amplitude).to_bytes(2, "little", signed=True)
        period = hi * half + lo * half
        wave = (period * (n // (2 * half) + 1))[: 2 * n]
        pcm = (
            b"\x00\x00" * self.samples_for(self.lead_ms)
            + wave
            + b"\x00\x00" * self.samples_for(self.tail_ms)
        )
        return AudioClip(pcm=pcm, sample_rate=self.sample_rate)


def _append_line(path: str, line: str) -> None:
    """One line added whole to ``path``, even with other processes appending at once."""
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    try:
        os.write(fd, line.encode("utf-8") + b"\n")
    finally:
        os.close(fd)
