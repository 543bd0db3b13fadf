"""Speech engines behind one small interface; see :mod:`audiobulletin.engines.base`."""

from audiobulletin.audio import AudioClip
from audiobulletin.engines.base import Engine, PreparedVoice, available, create, register

__all__ = ["AudioClip", "Engine", "PreparedVoice", "available", "create", "register"]
