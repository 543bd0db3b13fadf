"""Speech engines behind one small interface; see :mod:`audiobulletin.engines.base`."""

from audiobulletin.engines.base import AudioClip, Engine, available, create, register

__all__ = ["AudioClip", "Engine", "available", "create", "register"]
