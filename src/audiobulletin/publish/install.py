"""Putting a bulletin's written files into place: sidecars first, the MP3 last, the old
sidecars kept until the MP3 is in, and put back when a rename fails.

The one way a bulletin's files replace the old ones, for a local publish
(:mod:`audiobulletin.publish.bulletin`) and for a batch coordinator installing what a
cluster worker staged (:func:`install_staged`).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

from audiobulletin import faults
from audiobulletin.atomic import default_file_mode, owned_temp
from audiobulletin.errors import OutputError


def _keep(final: Path, held: list[int]) -> Path | None:
    """A copy of the file at ``final`` under a temporary name of ours (locked, its descriptor
    added to ``held``), so that it can be put back should the bulletin fail to go into
    place; None when there is no such file."""
    if not final.is_file():
        return None
    copy, fd = owned_temp(final)
    held.append(fd)
    try:
        shutil.copyfile(final, copy)
        os.chmod(copy, default_file_mode())
    except BaseException:
        copy.unlink(missing_ok=True)
        raise
    return copy


def _put_in_place(
    renames: list[tuple[Path, Path]],
    kept: dict[Path, Path],
    moved: list[Path],
    held: list[int],
    step: Callable[[Path], None],
) -> None:
    """Rename each ``(written, final)`` pair into place in order, the MP3 last.

    The one way a bulletin's files replace the old ones, for :func:`publish_bulletin` and for
    a batch coordinator putting a worker's staged files in place (:func:`install_staged`):
    a copy of each old sidecar is kept first; when a rename fails before the MP3's, the old
    sidecars are put back and the new ones removed, so the previous bulletin stays whole.
    ``step`` hears each final path before it is touched (for the error message); ``moved``
    collects the paths renamed. The kept copies are removed on the way out.
    """
    try:
        for _tmp, final in renames[:-1]:
            step(final)
            kept_link = _keep(final, held)
            if kept_link is not None:
                kept[final] = kept_link
        mode = default_file_mode()
        for tmp, final in renames:
            step(final)
            os.chmod(tmp, mode)  # mkstemp makes 0600; a feed server must be able to read these
            faults.before_rename(final)
            os.replace(tmp, final)
            moved.append(final)
    except BaseException:
        if renames[-1][1] not in moved:
            # A rename failed after some sidecars moved: put the old ones back (without
            # their MP3 the new ones mislead), so the previous bulletin stays whole.
            for final in moved:
                link = kept.pop(final, None)
                try:
                    if link is not None:
                        os.replace(link, final)
                    else:
                        final.unlink(missing_ok=True)
                except OSError:
                    pass  # the readers will not list a mixed set; the next run redoes it
        raise
    finally:
        for link in kept.values():
            link.unlink(missing_ok=True)
        kept.clear()


def install_staged(staged_mp3: Path, staged: list[Path], out_mp3: Path) -> list[Path]:
    """Put a bulletin made elsewhere (a cluster worker's staging folder on the same
    filesystem) in place at ``out_mp3``: its sidecars first, the MP3 last, as
    :func:`publish_bulletin` does; return the final paths, the MP3 first.

    ``staged`` are the bulletin's files, each relative to ``staged_mp3``'s folder as the
    final file is to ``out_mp3``'s. The set is checked first: every sidecar must record the
    staged MP3's digest, or nothing is moved. Raises :class:`OutputError` naming the file
    when a rename fails; the previous bulletin then stays whole.
    """
    from audiobulletin.publish.sets import is_whole

    staged_mp3, out_mp3 = Path(staged_mp3), Path(out_mp3)
    if not is_whole(staged_mp3):
        raise OutputError(f"The staged files of '{out_mp3.name}' are not one set.")
    pairs = [
        (path, out_mp3.parent / path.relative_to(staged_mp3.parent))
        for path in staged
        if path != staged_mp3
    ]
    pairs.append((staged_mp3, out_mp3))
    current = out_mp3
    held: list[int] = []
    moved: list[Path] = []

    def step(final: Path) -> None:
        nonlocal current
        current = final

    try:
        out_mp3.parent.mkdir(parents=True, exist_ok=True)
        _put_in_place(pairs, {}, moved, held, step)
    except OSError as exc:
        raise OutputError(
            f"Could not write '{current}': {exc.strerror or exc}",
            hint="Check that the folder exists, is writable and the disk is not full.",
        ) from exc
    finally:
        for fd in held:
            os.close(fd)
    return [out_mp3, *moved[:-1]]
