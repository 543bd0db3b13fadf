"""Where glibc puts an 8 MiB block, asked in a fresh process: ``mapped`` or ``heap``.

Run as ``python tests/heap_probe.py [setting | MODEL [trim_heap]]``: first the setting under
test is applied (``setting``: :func:`audiobulletin.heap.serve_large_blocks_apart`; ``MODEL``:
a Kokoro engine on that model file is loaded, with ``trim_heap`` as given, default true);
then a 24 MiB block is taken and freed, which on its own makes glibc serve every later block
up to that size from the heap; then an 8 MiB block is taken, and glibc's own count of mapped
blocks (``mallinfo2().hblks``) tells whether it got a mapping of its own. Prints
``unsupported`` where the C library is not glibc 2.33 or later.

A fresh process, because the setting is the whole process's and the test runner's own may
already have been changed by an engine loaded in it.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import subprocess
import sys
from pathlib import Path

import pytest


class _Mallinfo2(ctypes.Structure):
    _fields_ = [
        (name, ctypes.c_size_t)
        for name in (
            "arena",
            "ordblks",
            "smblks",
            "hblks",
            "hblkhd",
            "usmblks",
            "fsmblks",
            "uordblks",
            "fordblks",
            "keepcost",
        )
    ]


def main(args: list[str]) -> str:
    libc = ctypes.CDLL(ctypes.util.find_library("c") or None)
    if not hasattr(libc, "mallinfo2"):
        return "unsupported"
    libc.mallinfo2.restype = _Mallinfo2
    libc.malloc.restype = ctypes.c_void_p
    libc.malloc.argtypes = [ctypes.c_size_t]
    libc.free.argtypes = [ctypes.c_void_p]
    if args and args[0] == "setting":
        from audiobulletin import heap

        heap.serve_large_blocks_apart()
    elif args:
        from audiobulletin.engines.kokoro import KokoroEngine

        trim = len(args) < 2 or args[1] == "true"
        # Kept loaded, as a worker keeps it: the blocks its session frees when it goes would
        # leave free room in the heap that the block asked for below could take.
        engine = KokoroEngine(threads=1, model_path=args[0], trim_heap=trim)
        engine.load()
    libc.free(libc.malloc(24 << 20))
    before = libc.mallinfo2().hblks
    block = libc.malloc(8 << 20)
    mapped = libc.mallinfo2().hblks > before
    libc.free(block)
    return "mapped" if mapped else "heap"


def where_a_large_block_lands(*args: str) -> str:
    """Run this file in a fresh process with ``args``; skips the calling test where the C
    library is not glibc 2.33 or later."""
    # glibc's defaults: a MALLOC_*_ variable turns its dynamic mmap threshold off, and Dask's
    # nanny leaves MALLOC_TRIM_THRESHOLD_ in the environment of a process that started one
    env = {
        k: v for k, v in os.environ.items() if not k.startswith("MALLOC_") and k != "GLIBC_TUNABLES"
    }
    run = subprocess.run(
        [sys.executable, str(Path(__file__)), *args],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
    )
    assert run.returncode == 0, run.stderr
    answer = run.stdout.strip().splitlines()[-1]
    if answer == "unsupported":
        pytest.skip("the C library is not glibc 2.33 or later")
    return answer


if __name__ == "__main__":
    print(main(sys.argv[1:]))
