"""Two ffmpeg processes in a row: one encodes, the next reads what it encoded as it comes.

Measuring an encoded MP3 used to mean a second pass over the finished file, after the
encode: its time added to every publish. Here the encoder writes the MP3 twice through
ffmpeg's ``tee`` muxer, once to the file (seekable, so the LAME/Xing header with the
encoder delay is filled in at the end) and once to a pipe, where a second ffmpeg decodes
and measures the very frames being written. On a machine with a spare core both run at
once, and the measurement costs next to no wall time.

The stream in the pipe lacks the Xing header, so its decoder keeps the encoder's delay and
padding (about 1,100 samples of near-silence at the ends); gated loudness and the true peak
do not notice them.
"""

from __future__ import annotations

import contextlib
import subprocess
import threading
from pathlib import Path
from typing import IO

from audiobulletin.audio import ffmpeg_exe
from audiobulletin.errors import OutputError


def tee_target(path: Path, mp3_options: str) -> str:
    """The ``-f tee`` output that writes the MP3 to ``path`` (with ``mp3_options``, the mp3
    muxer's ``key=value`` options joined by ``:``) and to the process's stdout.

    The tee muxer splits its list on ``|`` and reads each entry as a token in which a
    backslash escapes the next character; the path is escaped accordingly and given the
    ``file:`` protocol, so no name a user gives (quotes, bars, colons) can mean anything
    else. Either output failing fails the whole encode."""
    escaped = "".join("\\" + c if c in "\\'|[]" else c for c in str(Path(path).absolute()))
    # onfail=abort: ffmpeg 5 would otherwise go on with the pipe alone when the file cannot
    # be written, and exit 0 without having written it.
    file = f"[f=mp3:onfail=abort:{mp3_options}]file:{escaped}"
    return f"{file}|[f=mp3:onfail=abort:{mp3_options}:write_xing=0]pipe:1"


def _drain(stream: IO[bytes], into: list[bytes]) -> None:
    into.append(stream.read())


def _feed(stream: IO[bytes], data: bytes) -> None:
    try:
        stream.write(data)
    except BrokenPipeError:
        pass  # the encoder stopped early; its own exit status and stderr say why
    finally:
        with contextlib.suppress(BrokenPipeError):
            stream.close()


def encode_and_meter(encode: list[str], pcm: bytes, meter: list[str], what: str) -> str:
    """Run ffmpeg ``encode`` on ``pcm`` (stdin) with its stdout piped into ffmpeg ``meter``;
    return ``meter``'s stdout. Either one failing is an :class:`OutputError` with the last
    lines ffmpeg printed; both processes are gone when this returns or raises."""
    exe = ffmpeg_exe()
    procs: list[subprocess.Popen[bytes]] = []
    try:
        encoder = subprocess.Popen(
            [exe, "-hide_banner", "-nostdin", *encode],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        procs.append(encoder)
        meter_proc = subprocess.Popen(
            [exe, "-hide_banner", "-nostdin", *meter],
            stdin=encoder.stdout,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        procs.append(meter_proc)
    except OSError as exc:
        _stop(procs)
        raise OutputError(f"Could not run ffmpeg for {what}: {exc}") from exc
    assert encoder.stdin and encoder.stdout and encoder.stderr
    encoder.stdout.close()  # the meter holds the pipe now; the encoder sees it close with it
    encoder_err: list[bytes] = []
    threads = [
        threading.Thread(target=_feed, args=(encoder.stdin, pcm), daemon=True),
        threading.Thread(target=_drain, args=(encoder.stderr, encoder_err), daemon=True),
    ]
    try:
        for thread in threads:
            thread.start()
        printed, meter_err = meter_proc.communicate()
        for thread in threads:
            thread.join()
        encoder.wait()
    finally:
        _stop(procs)
    for proc, err in ((encoder, b"".join(encoder_err)), (meter_proc, meter_err)):
        if proc.returncode != 0:
            tail = " ".join(err.decode("utf-8", "replace").strip().splitlines()[-3:])
            raise OutputError(f"ffmpeg failed while {what}: {tail}")
    return printed.decode("utf-8", "replace")


def _stop(procs: list[subprocess.Popen[bytes]]) -> None:
    """Kill and reap whatever still runs (an interrupt, a failure to start the second)."""
    for proc in procs:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
