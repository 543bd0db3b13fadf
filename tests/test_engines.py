"""What engines declare about themselves, so that the rest of the product asks instead of
probing: the speech-rate band, thread support, voice preparation, and named setting errors."""

from __future__ import annotations

import pytest

from audiobulletin.audio import AudioClip
from audiobulletin.engines import Engine, PreparedVoice, create
from audiobulletin.engines.base import engine_class
from audiobulletin.errors import EngineError


class _Plain(Engine):
    """An engine that declares nothing beyond what it must."""

    name = "plain"

    def synthesize(self, text: str, voice: str, rate: float = 1.0) -> AudioClip:
        return AudioClip(pcm=b"\x00\x00", sample_rate=self.sample_rate)


def test_an_engine_that_declares_nothing_gets_the_wide_band_no_threads_and_its_voice_as_is():
    assert _Plain.plausible_ms_per_char == (80.0, 600.0)
    assert _Plain.takes_threads is False
    assert _Plain.prepare_voice("any-voice") == PreparedVoice("any-voice", None)


@pytest.mark.parametrize(
    ("name", "threads", "band"),
    [("kokoro", True, (90.0, 550.0)), ("fake", True, (100.0, 200.0)), ("edge", False, None)],
)
def test_built_in_engines_declare_threads_and_speech_rate(
    name: str, threads: bool, band: tuple[float, float] | None
) -> None:
    cls = engine_class(name)
    assert cls.takes_threads is threads
    assert cls.plausible_ms_per_char == (band or Engine.plausible_ms_per_char)


@pytest.mark.parametrize(
    ("name", "options", "setting"),
    [
        ("fake", {"amplitude": 0}, "amplitude"),
        ("edge", {"attempts": 0}, "attempts"),
        ("edge", {"backoff_s": -1.0}, "backoff_s"),
        ("edge", {"backoff_s": 4.0, "backoff_max_s": 2.0}, "backoff_max_s"),
        ("edge", {"max_request_bytes": 5000}, "max_request_bytes"),
        ("kokoro", {"threads": 0}, "threads"),
    ],
)
def test_a_bad_engine_setting_is_an_engine_error_that_names_it(
    name: str, options: dict[str, object], setting: str
) -> None:
    with pytest.raises(EngineError, match=f"Setting '{setting}' of the {name} engine"):
        create(name, **options)
