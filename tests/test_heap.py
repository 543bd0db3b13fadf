"""glibc's heap in a process that runs an engine: large blocks get mappings of their own (so
freeing them returns them to the system), and the freed heap can be trimmed on demand."""

from __future__ import annotations

import pytest
from heap_probe import where_a_large_block_lands as probe

from audiobulletin import heap


def test_a_large_block_gets_a_mapping_of_its_own_once_the_process_asks_for_it() -> None:
    # Left alone, glibc serves a block from the heap once a larger one has been freed.
    assert probe() == "heap"
    assert probe("setting") == "mapped"


def test_outside_glibc_the_heap_calls_do_nothing_and_say_so(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(heap, "_glibc", lambda: None)
    assert heap.serve_large_blocks_apart() is False
    assert heap.give_back() is False
