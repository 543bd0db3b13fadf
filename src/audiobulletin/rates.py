"""Speaking rates: the range every engine is asked to speak in, and the one check of a value.

Kokoro accepts a speed factor within 0.5..2.0; other engines map the same factor onto their
own scale (edge-tts: a signed per cent). So a voice profile's ``speed``, the ``--rate``
option and an engine's ``rate`` argument are all checked here, each naming where the value
came from.
"""

from __future__ import annotations

from audiobulletin.errors import BulletinError

#: Speed bounds the Kokoro model accepts; other engines are mapped into the same range.
MIN_SPEED = 0.5
MAX_SPEED = 2.0


def check_speed(value: object, what: str, error: type[BulletinError], *, engine: str = "") -> float:
    """``value`` as a speed factor, or ``error`` naming ``what`` (and the ``engine`` whose
    range it is) when it is no number or out of range."""
    if isinstance(value, bool) or not isinstance(value, int | float) or value != value:
        raise error(f"{what} must be a number, got {value!r}.")
    if not MIN_SPEED <= float(value) <= MAX_SPEED:
        where = f" for {engine}" if engine else ""
        raise error(
            f"{what} must be between {MIN_SPEED} and {MAX_SPEED}{where}, got {value}.",
            hint="1.0 is normal speed; 0.8 is slower, 1.2 faster.",
        )
    return float(value)
