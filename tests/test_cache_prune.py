"""``audiobulletin cache`` and ``cache prune``: the clip cache's size, and evicting the least
recently used; real clips stored by the real cache, the real CLI."""

from __future__ import annotations

import os
import time
from pathlib import Path

from clirun import run_cli

from audiobulletin import cache as cache_mod
from audiobulletin.engines.base import AudioClip
from audiobulletin.synth import ClipCache

_DAY = 86400.0


def _clips(home: Path, count: int) -> tuple[ClipCache, list[str]]:
    """``count`` clips of 1 s each, stored as a run stores them, used a day apart (the
    first the longest ago)."""
    store = ClipCache(home / "cache")
    keys = []
    now = time.time()
    for n in range(count):
        key = ClipCache.key("fake", "m", "tone", 1.0, f"第{n}句话。")
        store.put(key, AudioClip(pcm=bytes([n % 7, 1]) * 24000, sample_rate=24000))
        used = now - (count - n) * _DAY
        os.utime(store.path(key), (used, used))
        keys.append(key)
    return store, keys


def test_cache_shows_its_size_and_entries(_isolated_home):
    store, keys = _clips(_isolated_home, 3)
    size = sum(store.path(k).stat().st_size for k in keys)
    result = run_cli("cache")
    out = result.stdout.decode()
    assert result.returncode == 0, result.stderr.decode()
    assert f"cache: {_isolated_home / 'cache'}" in out
    assert f"size: {cache_mod.human(size)} in 3 entries" in out
    assert "spoken sentences: 3" in out
    assert "encoded bulletins: 0" in out


def test_an_empty_cache_shows_nothing_and_creates_nothing(_isolated_home):
    result = run_cli("cache")
    assert result.returncode == 0
    assert "size: 0 B in 0 entries" in result.stdout.decode()
    assert not (_isolated_home / "cache").exists()


def test_prune_to_a_size_evicts_the_least_recently_used_first(_isolated_home):
    store, keys = _clips(_isolated_home, 4)
    assert store.get(keys[0]) is not None  # the oldest is read now: used most recently
    size = store.path(keys[0]).stat().st_size
    result = run_cli("cache", "prune", "--max-size", str(2 * size))
    assert result.returncode == 0, result.stderr.decode()
    assert "evicted 2 entries" in result.stdout.decode()
    kept = [k for k in keys if store.path(k).is_file()]
    assert kept == [keys[0], keys[3]]


def test_prune_older_than_evicts_what_was_not_used_for_that_long(_isolated_home):
    store, keys = _clips(_isolated_home, 4)  # used 4, 3, 2 and 1 days ago
    result = run_cli("cache", "prune", "--older-than", "2.5d")
    assert result.returncode == 0, result.stderr.decode()
    assert [store.path(k).is_file() for k in keys] == [False, False, True, True]


def test_prune_takes_sizes_in_the_usual_units():
    assert cache_mod.parse_size("5G") == 5 * 2**30
    assert cache_mod.parse_size("500M") == 500 * 2**20
    assert cache_mod.parse_size("1.5GiB") == int(1.5 * 2**30)
    assert cache_mod.parse_size("800000") == 800000
    assert cache_mod.parse_age("30d") == 30 * _DAY
    assert cache_mod.parse_age("12h") == 12 * 3600


def test_prune_with_a_bad_size_or_nothing_to_prune_by_is_a_usage_error(_isolated_home):
    bad = run_cli("cache", "prune", "--max-size", "five gigs")
    assert bad.returncode == 2
    assert "error: Size 'five gigs' is not a size." in bad.stderr.decode()
    assert "Traceback" not in bad.stderr.decode()
    neither = run_cli("cache", "prune")
    assert neither.returncode == 2
    assert "Nothing to prune by" in neither.stderr.decode()


def test_an_mp3_entry_is_evicted_whole_and_its_digest_first(tmp_path):
    root = tmp_path / "cache"
    folder = root / "mp3" / "ab"
    folder.mkdir(parents=True)
    for suffix, data in ((".mp3", b"x" * 1000), (".sha256", b"d\n"), (".loudness.json", b"{}")):
        (folder / f"abcd{suffix}").write_bytes(data)
    (entry,) = cache_mod.entries(root)
    assert entry.kind == "mp3" and entry.size == 1004
    assert entry.files[0].suffix == ".sha256"  # a reader trusts nothing without it
    done = cache_mod.prune(root, max_size=0)
    assert (done.entries, done.freed) == (1, 1004)
    assert list(folder.iterdir()) == []


def test_a_writers_leftover_temp_file_is_removed_once_an_hour_old(tmp_path):
    folder = tmp_path / "cache" / "clips" / "ab"
    folder.mkdir(parents=True)
    old, fresh = folder / ".abcdef12.x1.tmp", folder / ".abcdef12.x2.tmp"
    old.write_bytes(b"half")
    fresh.write_bytes(b"being written")
    hour_ago = time.time() - 2 * cache_mod.STALE_TEMP_S
    os.utime(old, (hour_ago, hour_ago))
    cache_mod.prune(tmp_path / "cache", max_size=10**9)
    assert not old.exists() and fresh.exists()


def test_a_batch_prunes_the_cache_at_the_end_with_cache_max_size(
    tmp_path, fake_voice, _isolated_home
):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a.txt").write_text("测试通报\n\n今天开会讨论了三件事情。会议顺利结束。\n", "utf-8")
    (_isolated_home / "config.toml").write_text('[cache]\nmax_size = "1K"\n', encoding="utf-8")
    result = run_cli("batch", str(inbox), "-o", str(tmp_path / "out"), "--voice", fake_voice)
    err = result.stderr.decode()
    assert result.returncode == 0, err
    assert "cache: " in err and "entries evicted" in err
    assert cache_mod.usage(_isolated_home / "cache").size <= 1024
    assert (tmp_path / "out" / "a.mp3").is_file()
