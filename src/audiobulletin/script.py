"""Document -> :class:`Script`: the words that will be spoken, chapter by chapter.

The script is the contract between the text half and the speech half: ``spoken`` is exactly
what an engine is given, and ``sentences`` is the same text cut at sentence ends (one clip and
one transcript cue each), so ``"".join(sentences) == spoken``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Segment:
    """One chapter of the bulletin.

    ``chapter`` is its title (at most 16 Han characters, distinct in the bulletin),
    ``text`` the segment as written in the report (empty for the intro), ``spoken`` the
    normalised text an engine speaks, ``sentences`` that text cut into sentences.
    """

    chapter: str
    text: str
    spoken: str
    sentences: tuple[str, ...]


@dataclass(frozen=True)
class Script:
    """The whole bulletin as spoken text. ``intro`` is None when the intro is turned off."""

    title: str
    intro: Segment | None
    segments: tuple[Segment, ...]
    date: str | None = None
    warnings: tuple[str, ...] = field(default=())

    @property
    def chapters(self) -> tuple[Segment, ...]:
        """Every segment in speaking order, the intro first."""
        return ((self.intro,) if self.intro else ()) + self.segments

    def to_dict(self) -> dict[str, Any]:
        """The JSON contract of ``audiobulletin script --json``."""
        return {
            "title": self.title,
            "date": self.date,
            "intro": (
                {
                    "chapter": self.intro.chapter,
                    "spoken": self.intro.spoken,
                    "sentences": list(self.intro.sentences),
                }
                if self.intro
                else None
            ),
            "segments": [
                {
                    "chapter": s.chapter,
                    "text": s.text,
                    "spoken": s.spoken,
                    "sentences": list(s.sentences),
                }
                for s in self.segments
            ],
            "warnings": list(self.warnings),
        }
