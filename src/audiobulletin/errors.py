"""The errors a user can see.

Every failure that a user can fix (bad input, a missing voice, a full disk) is raised as a
subclass of :class:`BulletinError`. Only the CLI turns them into a message and an exit code, in
one place, so library code never calls ``sys.exit`` and never prints a traceback for them.
"""

from __future__ import annotations


class BulletinError(Exception):
    """Base class of every error meant for the user.

    ``hint`` is an optional fix-it line: what to run or change next.
    """

    exit_code = 1

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint


class InputError(BulletinError):
    """The input cannot be used: a missing, empty, binary, oversized or undecodable report, a
    directory, or an option out of range."""

    exit_code = 2


class VoiceError(BulletinError):
    """A voice or voice pack is unknown, cannot be fetched, or fails its checksum."""

    exit_code = 3


class EngineError(BulletinError):
    """A speech engine failed, or produced audio that cannot be trusted."""

    exit_code = 4


class OutputError(BulletinError):
    """An output file cannot be written."""

    exit_code = 5


class SettingError(InputError, ValueError):
    """A setting's value is of the wrong type or out of range.

    Raised by a stage's own settings (``Mp3Settings``, ``SynthesisOptions``, ...) with the
    ``field`` it refuses and the ``detail`` of why. The settings layer, which knows where the
    value came from, says so instead of the field's name: ``Option --bitrate must be ...`` or
    ``.../config.toml: [batch] bitrate must be ...`` (see :func:`audiobulletin.settings.merge`).
    A ValueError too, as the stages' checks were before they named their fields.
    """

    def __init__(self, owner: str, field: str, detail: str, *, hint: str | None = None) -> None:
        super().__init__(f"{owner}.{field} {detail}", hint=hint)
        self.field = field
        self.detail = detail


class ConfigError(VoiceError):
    """``config.toml`` cannot be read, or has an unknown table or key, or a value of the wrong
    type or out of range; the message names the file and the key. Exit code 3, shared with
    voice errors, as the README's table of exit codes has it."""
