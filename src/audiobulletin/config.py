"""Voice profiles.

A voice profile is one small TOML file: which engine speaks, with which of its voices, at what
speed, in what language. The ``voices/`` folders are the catalogue: adding a voice means adding a
file, not editing code. Profiles are looked for, later ones overriding earlier ones of the same
name, in

1. the copy packaged into the wheel (``audiobulletin/_voices``),
2. the repository's ``voices/`` folder (editable installs, development),
3. ``$AUDIOBULLETIN_HOME/voices/*.toml`` (the user's own additions and overrides).

(config.toml, the user's settings, is read by :mod:`audiobulletin.settings`.)

This module only reads small text files, so importing it stays cheap (no numpy, no models).
"""

from __future__ import annotations

import re
import sys
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

from audiobulletin import paths
from audiobulletin.errors import VoiceError
from audiobulletin.rates import check_speed

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

#: The voice used when none is asked for: the Mandarin pack with the lowest character error rate
#: in the speech-recognition round trip of scripts/intelligibility.py (docs/intelligibility.md:
#: zm_yunjian 0.165, zm_yunxia 0.180, zf_xiaobei 0.186 over three corpus paragraphs).
DEFAULT_VOICE = "zm_yunjian"

GENDERS = ("female", "male", "neutral")

_NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")


@dataclass(frozen=True)
class VoiceProfile:
    """One entry of the voice catalogue, as read from ``voices/<name>.toml``."""

    name: str
    """What users type (``--voice NAME``); the TOML file's stem."""

    engine: str
    """Registry name of the engine that speaks it (``kokoro``, ``edge``, ...)."""

    voice: str
    """The engine's own id for the voice (for Kokoro: the voice pack name)."""

    speed: float = 1.0
    """Default speaking rate for this voice; 1.0 is the engine's normal pace. Some packs read
    faster than others, so the profile can even them out."""

    language: str = "zh"
    """Language the voice was trained on (``zh``, ``ja``); a non-``zh`` voice reading Mandarin
    is a stand-in, which ``audiobulletin voices`` shows."""

    gender: str = "female"
    """``female``, ``male`` or ``neutral``; shown in listings so users can pick."""

    description: str = ""
    """One line for ``audiobulletin voices``."""

    fallback: bool = False
    """True for packs used only when no Mandarin pack can be had (offline first run)."""

    def __post_init__(self) -> None:
        # Validated here, not in from_dict, so that no invalid profile can exist however built.
        for attr in ("name", "engine", "voice", "language"):
            value = getattr(self, attr)
            if not isinstance(value, str) or not value.strip():
                raise VoiceError(f"Voice profile field '{attr}' must be a non-empty string.")
        if not _NAME_RE.match(self.name):
            raise VoiceError(
                f"Voice profile field 'name' is invalid: {self.name!r}.",
                hint="Use letters, digits, '_', '.' and '-' only.",
            )
        object.__setattr__(
            self, "speed", check_speed(self.speed, "Voice profile field 'speed'", VoiceError)
        )
        if self.gender not in GENDERS:
            raise VoiceError(
                f"Voice profile field 'gender' must be one of {', '.join(GENDERS)}; "
                f"got {self.gender!r}."
            )
        if not isinstance(self.description, str):
            raise VoiceError("Voice profile field 'description' must be a string.")
        if not isinstance(self.fallback, bool):
            raise VoiceError("Voice profile field 'fallback' must be true or false.")

    @classmethod
    def from_dict(cls, data: dict[str, Any], *, name: str | None = None) -> VoiceProfile:
        """Build from a parsed TOML table; ``name`` (the file stem) fills a missing ``name``.

        Unknown keys are rejected rather than ignored, so that a typo (``sped = 1.2``) is
        reported instead of silently having no effect.
        """
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise VoiceError(
                f"Voice profile {name or data.get('name', '?')!r} has unknown field(s): "
                f"{', '.join(unknown)}.",
                hint=f"Known fields: {', '.join(sorted(known))}.",
            )
        merged = dict(data)
        if name is not None:
            merged.setdefault("name", name)
        for required in ("name", "engine", "voice"):
            if required not in merged:
                raise VoiceError(f"Voice profile field '{required}' is missing.")
        return cls(**merged)

    def to_dict(self) -> dict[str, Any]:
        """The profile as a plain dict (round-trips through :meth:`from_dict`)."""
        return asdict(self)


def profile_dirs() -> list[Path]:
    """Folders searched for profiles, lowest precedence first (existing ones only)."""
    here = Path(__file__).resolve()
    candidates = [
        here.parent / "_voices",  # wheel: pyproject force-includes voices/ here
        here.parents[2] / "voices",  # editable install / source checkout
        paths.voices_dir(),  # the user's own
    ]
    out: list[Path] = []
    for folder in candidates:
        if folder.is_dir() and folder not in out:
            out.append(folder)
    return out


def load_profile(path: Path) -> VoiceProfile:
    """Read one profile file; errors name the file."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise VoiceError(f"Cannot read voice profile {path}: {exc}") from exc
    try:
        return VoiceProfile.from_dict(data, name=path.stem)
    except VoiceError as exc:
        raise VoiceError(f"{path}: {exc.message}", hint=exc.hint) from None


def load_profiles() -> dict[str, VoiceProfile]:
    """All voice profiles by name; a user's file overrides a shipped one of the same name."""
    profiles: dict[str, VoiceProfile] = {}
    for folder in profile_dirs():
        for path in sorted(folder.glob("*.toml")):
            profile = load_profile(path)
            profiles[profile.name] = profile
    return profiles


def get_profile(name: str) -> VoiceProfile:
    """The profile called ``name``, or a VoiceError listing the known ones."""
    profiles = load_profiles()
    try:
        return profiles[name]
    except KeyError:
        raise VoiceError(
            f"Unknown voice '{name}'.",
            hint=f"Known voices: {', '.join(sorted(profiles))}. List them: audiobulletin voices",
        ) from None
