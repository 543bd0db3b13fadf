"""The loudness a published bulletin is normalised to, and how a user names it.

Assembly carries the target in the bulletin without touching the level; the MP3 and WAV
encoders apply it (see :mod:`audiobulletin.publish.mp3`). Both sides import it from here, so
neither imports the other for it.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class LoudnessTarget:
    """Loudness the published file is normalised to.

    The defaults are the usual spoken-word podcast target: -16 LUFS integrated with true peak
    at most -1 dBTP (room for the MP3 encoder's overshoot).
    """

    integrated_lufs: float = -16.0
    true_peak_db: float = -1.0
    lra: float = 11.0

    def __post_init__(self) -> None:
        if not -70.0 <= self.integrated_lufs <= -5.0:
            raise ValueError(
                f"LoudnessTarget.integrated_lufs must be in -70..-5, got {self.integrated_lufs}"
            )
        if not -9.0 <= self.true_peak_db <= 0.0:
            raise ValueError(
                f"LoudnessTarget.true_peak_db must be in -9..0, got {self.true_peak_db}"
            )
        if not 1.0 <= self.lra <= 20.0:
            raise ValueError(f"LoudnessTarget.lra must be in 1..20, got {self.lra}")


#: Named loudness targets: spoken-word podcasts (Apple, Spotify: -16 LUFS) and EBU R128
#: broadcast (-23 LUFS); both keep the true peak at -1 dBTP for the MP3 encoder's overshoot.
LOUDNESS_PRESETS: dict[str, LoudnessTarget] = {
    "podcast": LoudnessTarget(-16.0, -1.0),
    "broadcast": LoudnessTarget(-23.0, -1.0),
}


def parse_loudness(value: str) -> LoudnessTarget | None:
    """``podcast``, ``broadcast``, ``off`` (None: level left as synthesized) or a number of
    LUFS such as ``-18``; a ValueError names what is accepted."""
    text = value.strip().lower()
    if text == "off":
        return None
    if text in LOUDNESS_PRESETS:
        return LOUDNESS_PRESETS[text]
    try:
        lufs = float(text.removesuffix("lufs").strip())
    except ValueError:
        raise ValueError(
            f"loudness must be podcast, broadcast, off or a number of LUFS, got {value!r}"
        ) from None
    if not lufs < 0:  # also NaN
        # Loudness in LUFS is always below 0; guessing that "18" meant -18 would silently
        # turn a typo (or a dB figure from another tool) into a different target.
        raise ValueError(
            f"a loudness target is a negative number of LUFS (e.g. -18), got {value.strip()!r}"
        )
    if not -70.0 <= lufs <= -5.0:
        raise ValueError(f"a loudness target must be within -70..-5 LUFS, got {lufs:g}")
    return LoudnessTarget(lufs, -1.0)
