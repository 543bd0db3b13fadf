"""Handing a long-lived process's freed memory back to the system (glibc's ``malloc``).

A synthesis worker frees as much as it takes, sentence after sentence, yet its resident size
creeps up over a report, for two reasons in glibc's allocator:

* a block freed in the middle of the heap stays mapped until something calls
  ``malloc_trim``; glibc only trims the top of the heap by itself. Building the ONNX session
  frees the parsed model (tens of MiB) that way, and every inference call frees its tensors;
* glibc serves a large block from the heap rather than with a mapping of its own once a block
  of that size has been freed (its mmap threshold follows the largest freed block, up to
  32 MiB). onnxruntime's arena takes and hands back blocks of several MiB, so they end up in
  the heap, fragmented, instead of going back to the system when freed.

:func:`serve_large_blocks_apart` fixes the threshold (which also stops it moving), and
:func:`give_back` trims the whole heap. Both act on the whole process, so only a process
that runs an engine calls them. Elsewhere (macOS, musl) they do nothing and return False.
"""

from __future__ import annotations

import ctypes
import ctypes.util
from functools import lru_cache
from typing import Any

#: Blocks of at least this many bytes get a mapping of their own, returned when freed.
#: Large enough that Python's and numpy's everyday buffers stay in the heap (a mapping costs
#: a system call and page faults), small enough for every region onnxruntime's arena takes
#: (1 MiB and up).
MMAP_THRESHOLD = 1 << 20
_M_MMAP_THRESHOLD = -3


@lru_cache(maxsize=1)
def _glibc() -> Any:
    """The C library when it is glibc (it has ``malloc_trim``), else None."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or None)
    except OSError:
        return None
    if not hasattr(libc, "malloc_trim") or not hasattr(libc, "mallopt"):
        return None
    return libc


def serve_large_blocks_apart(threshold: int = MMAP_THRESHOLD) -> bool:
    """Serve blocks of ``threshold`` bytes and more with their own mapping from now on, so
    that freeing one returns it to the system; True when glibc took the setting."""
    libc = _glibc()
    return bool(libc is not None and libc.mallopt(_M_MMAP_THRESHOLD, int(threshold)) == 1)


def give_back() -> bool:
    """Return every free page of the heap to the system; True when glibc did the trim (it
    says whether anything was released, which this does not report)."""
    libc = _glibc()
    if libc is None:
        return False
    libc.malloc_trim(0)
    return True


__all__ = ["MMAP_THRESHOLD", "give_back", "serve_large_blocks_apart"]
