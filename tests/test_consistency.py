"""What a kill, a failed rename or a full disk can do to a published folder: nothing a reader
can see. The real CLI in a child process, the fake engine, real ffmpeg, real files; the
faults come from ``AUDIOBULLETIN_FAULT`` (:mod:`audiobulletin.faults`).

The invariant, checked here from the outside (hashes, lengths, durations; none of the
program's own readers):

* every file in the folder is whole (each JSON parses, each MP3 plays, each page ends);
* every bulletin that the feed or an index lists is one set: the MP3 is the one each of its
  sidecars was made for, and the metadata's duration is the MP3's;
* every enclosure length in the feed is the size of its file.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest

from audiobulletin.publish.feed import FeedSettings, write_feed
from audiobulletin.publish.html import write_index

#: Whole runs in child processes: the bare pass of .ci/run leaves them out.
pytestmark = pytest.mark.batchrun

BASE = "https://example.org/b/"
FEED = [
    "--feed-url",
    BASE,
    "--author",
    "青川台",
    "--email",
    "desk@example.org",
    "--image",
    "https://example.org/c.png",
]
FRAME_MS = 1000 * 1152 / 44100


def _report(title: str, paragraphs: int, seed: int) -> str:
    body = "\n\n".join(
        f"　　{seed + k}日，全市{k + 3}个监测站记录降雨{seed * 7 + k * 11}毫米，"
        f"{k + 1}条河流水位平稳，相关部门已安排{seed + k * 2}人巡查。"
        for k in range(paragraphs)
    )
    return f"{title}\n\n{body}\n"


def _batch(inbox: Path, out: Path, voice: str, *args: str, fault: str | None = None):  # type: ignore[no-untyped-def]
    env = dict(os.environ)
    env.pop("AUDIOBULLETIN_FAULT", None)
    if fault:
        env["AUDIOBULLETIN_FAULT"] = fault
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "audiobulletin",
            "batch",
            str(inbox),
            "-o",
            str(out),
            "--voice",
            voice,
            *args,
        ],
        capture_output=True,
        env=env,
        cwd=inbox.parent,
        timeout=600,
    )


# --------------------------------------------------------------------------- the checks


def _mp3_ms(path: Path) -> float:
    from mutagen.mp3 import MP3

    return MP3(str(path)).info.length * 1000


def _page_meta(page: Path) -> dict:
    text = page.read_text(encoding="utf-8")
    assert text.rstrip().endswith("</html>"), page
    match = re.search(r'id="bulletin-meta">(.*?)</script>', text, re.DOTALL)
    assert match, page
    return json.loads(match.group(1))


def _digests(mp3: Path) -> dict[str, str | None]:
    """What each sidecar of ``mp3`` that is there says its MP3's SHA-256 is."""
    stem = mp3.with_suffix("")
    found: dict[str, str | None] = {}
    for suffix in (".chapters.json", ".meta.json"):
        path = stem.with_name(stem.name + suffix)
        if path.exists():
            found[suffix] = json.loads(path.read_text(encoding="utf-8")).get("mp3_sha256")
    vtt = stem.with_name(stem.name + ".vtt")
    if vtt.exists():
        header = vtt.read_text(encoding="utf-8").split("\n", 1)[0]
        found[".vtt"] = header.removeprefix("WEBVTT mp3_sha256 ") if " " in header else None
    page = stem.with_name(stem.name + ".html")
    if page.exists():
        found[".html"] = _page_meta(page).get("mp3_sha256")
    return found


def _assert_one_set(mp3: Path) -> None:
    digest = hashlib.sha256(mp3.read_bytes()).hexdigest()
    recorded = _digests(mp3)
    assert {".chapters.json", ".vtt"} <= set(recorded), mp3
    assert set(recorded.values()) == {digest}, f"{mp3.name}: a mixed set {recorded}"
    meta = mp3.with_name(mp3.stem + ".meta.json")
    if meta.exists():
        duration = json.loads(meta.read_text(encoding="utf-8"))["duration_ms"]
        assert abs(duration - _mp3_ms(mp3)) <= FRAME_MS, mp3


def _assert_every_file_whole(out: Path) -> None:
    for path in out.rglob("*"):
        if path.name.startswith(".") or not path.is_file():
            continue
        if path.suffix == ".json":
            json.loads(path.read_text(encoding="utf-8"))
        elif path.suffix == ".mp3":
            assert _mp3_ms(path) > 1000, path
        elif path.suffix == ".vtt":
            assert path.read_text(encoding="utf-8").startswith("WEBVTT"), path
        elif path.suffix == ".html":
            assert path.read_text(encoding="utf-8").rstrip().endswith("</html>"), path
        elif path.suffix == ".xml":
            ElementTree.parse(path)


def _assert_listings_tell_the_truth(out: Path) -> dict[str, int]:
    """Check the feed and the index; return the feed's items, MP3 name -> stated length."""
    items: dict[str, int] = {}
    if (out / "feed.xml").exists():
        for enclosure in ElementTree.parse(out / "feed.xml").getroot().iter("enclosure"):
            mp3 = out / enclosure.get("url").removeprefix(BASE)
            assert int(enclosure.get("length")) == mp3.stat().st_size, mp3.name
            _assert_one_set(mp3)
            items[mp3.name] = int(enclosure.get("length"))
    if (out / "index.html").exists():
        index = (out / "index.html").read_text(encoding="utf-8")
        for page in re.findall(r'href="([^"/]+\.html)"', index):
            _assert_one_set(out / _page_meta(out / page)["mp3"])
    return items


# --------------------------------------------------------------------------- kills


def test_a_run_killed_at_any_rename_leaves_every_listed_bulletin_one_whole_set(
    tmp_path, fake_voice
):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a.txt").write_text(_report("青川市雨情通报", 3, 1), encoding="utf-8")
    (inbox / "b.txt").write_text(_report("临河县水情通报", 2, 5), encoding="utf-8")
    before = tmp_path / "before"
    first = _batch(inbox, before, fake_voice, *FEED)
    assert first.returncode == 0, first.stderr.decode()
    old_length = _assert_listings_tell_the_truth(before)["a.mp3"]
    # The next night: a.txt is rewritten (a longer bulletin), c.txt is new.
    (inbox / "a.txt").write_text(_report("青川市雨情通报（更新）", 5, 2), encoding="utf-8")
    (inbox / "c.txt").write_text(_report("青溪县雨情通报", 2, 9), encoding="utf-8")

    out = tmp_path / "public"
    kills = 0
    while True:
        if out.exists():
            shutil.rmtree(out)
        shutil.copytree(before, out)
        killed = _batch(inbox, out, fake_voice, *FEED, fault=f"kill-at-rename={kills + 1}")
        if killed.returncode == 0:
            break  # the run has fewer renames than that: every one of them was tried
        assert killed.returncode == -9, killed.stderr.decode()
        kills += 1
        _assert_every_file_whole(out)
        listed = _assert_listings_tell_the_truth(out)
        assert set(listed) <= {"a.mp3", "b.mp3", "c.mp3"}
        assert "b.mp3" in listed  # a bulletin the run did not touch never leaves the feed
        # Listings rebuilt from this folder as it is (`audiobulletin feed`) tell the truth too.
        write_feed(out, FeedSettings(base_url=BASE))
        write_index(out)
        assert "b.mp3" in _assert_listings_tell_the_truth(out)
        if kills % 2:
            # the next run resumes the same way after every kill: it is run after every
            # other one, which keeps the suite within its time on a two-core machine
            continue

        again = _batch(inbox, out, fake_voice, *FEED)  # the next run finishes the work
        assert again.returncode == 0, again.stderr.decode()
        assert not [p for p in out.rglob(".*") if p.name.endswith(".tmp")]
        after = _assert_listings_tell_the_truth(out)
        assert set(after) == {"a.mp3", "b.mp3", "c.mp3"}
        assert after["a.mp3"] != old_length

    assert kills >= 15  # every file of two bulletins, the state, the feeds, the indexes
    final = _assert_listings_tell_the_truth(out)
    assert set(final) == {"a.mp3", "b.mp3", "c.mp3"}


# --------------------------------------------------------------------------- failures


def _two_runs(tmp_path: Path, voice: str, fault: str):  # type: ignore[no-untyped-def]
    """A complete run, then one over an edited a.txt with ``fault``; returns the second
    run's result and a.mp3's sidecars (name -> bytes) as the first run left them."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a.txt").write_text(_report("青川市雨情通报", 3, 1), encoding="utf-8")
    (inbox / "b.txt").write_text(_report("临河县水情通报", 2, 5), encoding="utf-8")
    out = tmp_path / "public"
    assert _batch(inbox, out, voice, *FEED).returncode == 0
    kept = {p.name: p.read_bytes() for p in out.glob("a.*")}
    (inbox / "a.txt").write_text(_report("青川市雨情通报（更新）", 5, 2), encoding="utf-8")
    (inbox / "b.txt").write_text(_report("临河县水情通报（更新）", 3, 6), encoding="utf-8")
    return _batch(inbox, out, voice, *FEED, fault=fault), kept, out


def test_a_failed_mp3_rename_leaves_the_previous_bulletin_whole_and_listed(tmp_path, fake_voice):
    result, kept, out = _two_runs(tmp_path, fake_voice, "fail-rename=a.mp3")

    err = result.stderr.decode()
    assert result.returncode == 5, err
    assert "a.mp3" in err
    # The old MP3 and every old sidecar are there, byte for byte: its page, metadata,
    # chapters and captions were put back.
    assert {p.name: p.read_bytes() for p in out.glob("a.*")} == kept
    listed = _assert_listings_tell_the_truth(out)
    assert listed["a.mp3"] == len(kept["a.mp3"])
    assert 'href="a.html"' in (out / "index.html").read_text(encoding="utf-8")
    report = json.loads((out / "batch-report.json").read_text(encoding="utf-8"))
    statuses = {f["source"]: f["status"] for f in report["files"]}
    assert statuses == {"a.txt": "failed", "b.txt": "made"}
    assert not [p for p in out.rglob(".*") if p.name.endswith(".tmp")]


def test_a_full_disk_fails_only_the_report_it_hits_and_names_the_file(tmp_path, fake_voice):
    result, kept, out = _two_runs(tmp_path, fake_voice, "enospc=a.chapters.json")

    err = result.stderr.decode()
    assert result.returncode == 5, err
    report = json.loads((out / "batch-report.json").read_text(encoding="utf-8"))
    files = {f["source"]: f for f in report["files"]}
    assert files["b.txt"]["status"] == "made"  # the run went on
    assert files["a.txt"]["status"] == "failed"
    assert "a.chapters.json" in files["a.txt"]["error"]
    assert "No space left on device" in files["a.txt"]["error"]
    assert {p.name: p.read_bytes() for p in out.glob("a.*")} == kept
    _assert_listings_tell_the_truth(out)


@pytest.mark.parametrize("name", [".audiobulletin-batch.json", "batch-report.json"])
def test_a_full_disk_under_the_runs_own_files_is_exit_5_naming_the_file(tmp_path, fake_voice, name):
    result, _kept, out = _two_runs(tmp_path, fake_voice, f"enospc={name}")

    err = result.stderr.decode()
    assert result.returncode == 5, err
    assert "Traceback" not in err
    assert re.search(rf"{re.escape(name)}': No space left on device", err), err
    if name != "batch-report.json":  # the run report is still written
        report = json.loads((out / "batch-report.json").read_text(encoding="utf-8"))
        assert [f["status"] for f in report["files"]] == ["made", "made"]
    _assert_every_file_whole(out)
    assert set(_assert_listings_tell_the_truth(out)) == {"a.mp3", "b.mp3"}


def test_bulletins_stay_as_they_are_while_the_feed_cannot_be_rewritten(tmp_path, fake_voice):
    result, kept, out = _two_runs(tmp_path, fake_voice, "enospc=feed.xml")

    err = result.stderr.decode()
    assert result.returncode == 5, err
    assert "feed.xml': No space left on device" in err
    # Replacing a bulletin the old feed lists would make the feed state a wrong length.
    report = json.loads((out / "batch-report.json").read_text(encoding="utf-8"))
    for entry in report["files"]:
        assert entry["status"] == "failed"
        assert "feed.xml" in entry["error"]
    assert {p.name: p.read_bytes() for p in out.glob("a.*")} == kept
    assert set(_assert_listings_tell_the_truth(out)) == {"a.mp3", "b.mp3"}
