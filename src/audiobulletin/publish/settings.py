"""What a publish writes (:class:`PublishSettings`) and where a bulletin's sidecars lie.

Apart from the writers, so that the readers of a folder (the feed, the set check) can name a
bulletin's files without importing what writes them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from audiobulletin.publish.mp3 import Mp3Settings


@dataclass(frozen=True)
class PublishSettings:
    """What to write: the MP3 (always) and which sidecars."""

    mp3: Mp3Settings = field(default_factory=Mp3Settings)
    chapters_json: bool = True
    webvtt: bool = True
    cache_dir: Path | None = None
    """Where encoded MP3s are kept for reuse (see
    :func:`~audiobulletin.publish.mp3.encode_mp3_measured`); None: no reuse."""
    html: bool = False
    """Also write the bulletin's page (``<name>.html``, see
    :func:`audiobulletin.publish.html.page_path`) and refresh the folder's ``index.html``.
    Without it, a page this MP3 already has is rewritten all the same (see
    :func:`publish_bulletin`)."""
    refresh_index: bool = True
    """With ``html``, or when an existing page was rewritten and the folder has an index:
    refresh ``index.html`` after this bulletin. A batch turns this off and calls
    :func:`audiobulletin.publish.html.write_index` once at the end."""
    metadata_json: bool = False
    """Also write ``<name>.meta.json`` (title, date, intro, duration, loudness), which the
    podcast feed is built from. Without it, one that already exists is rewritten all the
    same."""
    wav_bits: int = 24
    """Bits per sample of a Broadcast WAV (16 or 24; see :func:`publish_broadcast_wav`)."""

    def __post_init__(self) -> None:
        if not isinstance(self.mp3, Mp3Settings):
            raise ValueError(f"PublishSettings.mp3 must be Mp3Settings, got {self.mp3!r}")


def sidecar_paths(out_mp3: Path) -> tuple[Path, Path]:
    """``<name>.chapters.json`` and ``<name>.vtt`` next to ``<name>.mp3`` (or ``.wav``)."""
    out_mp3 = Path(out_mp3)
    stem = out_mp3.with_suffix("") if out_mp3.suffix.lower() in (".mp3", ".wav") else out_mp3
    return (
        stem.with_name(stem.name + ".chapters.json"),
        stem.with_name(stem.name + ".vtt"),
    )


def metadata_path(out_mp3: Path) -> Path:
    """``<name>.meta.json`` next to ``<name>.mp3``."""
    out_mp3 = Path(out_mp3)
    return out_mp3.with_name(out_mp3.with_suffix("").name + ".meta.json")
