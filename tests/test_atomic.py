"""The one temp-then-rename write: all or nothing, and private files stay private."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from audiobulletin.atomic import atomic_writer, default_file_mode, write_bytes_atomic


def test_an_error_inside_the_writer_leaves_the_old_file_and_no_temporary_file(
    tmp_path: Path,
) -> None:
    target = tmp_path / "model.onnx"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), atomic_writer(target, private=True) as out:
        out.write(b"half of the new")
        raise RuntimeError("checksum mismatch")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["model.onnx"]


@pytest.mark.parametrize("private", [True, False])
def test_a_private_file_stays_owner_only_and_a_published_one_gets_the_plain_mode(
    tmp_path: Path, private: bool
) -> None:
    target = tmp_path / "entry.wav"
    write_bytes_atomic(target, b"data", private=private)
    assert target.read_bytes() == b"data"
    mode = stat.S_IMODE(target.stat().st_mode)
    assert mode == (0o600 if private else default_file_mode())


def test_a_private_write_is_not_counted_by_the_fault_hooks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The hooks prove what a kill does to the published files; a cache entry is no such
    file, so a fault aimed at its name does not fire."""
    monkeypatch.setenv("AUDIOBULLETIN_FAULT", "enospc=*.wav")
    write_bytes_atomic(tmp_path / "clip.wav", b"x", private=True)
    with pytest.raises(OSError, match=r"clip2\.wav"):
        write_bytes_atomic(tmp_path / "clip2.wav", b"x")
