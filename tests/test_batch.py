"""`audiobulletin batch` end to end: the real CLI in a child process, the fake engine, real
ffmpeg, real files; corpus reports are copied into a temporary inbox when they are there."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from clirun import EXAMPLE, run_cli
from shared_data import corpus_files

from audiobulletin.lock import LOCK_NAME, FolderLock

#: Whole runs in child processes. The bare pass of .ci/run leaves them out: the few that
#: read the corpus skip without it, as a bare clone of this module showed when it was marked.
pytestmark = pytest.mark.batchrun


def _inbox(tmp_path: Path, corpus: int = 2) -> Path:
    """The example report plus the ``corpus`` smallest corpus reports (copied into the
    temporary inbox: a link to a file outside the inbox is skipped)."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "example.txt").write_bytes(EXAMPLE.read_bytes())
    for path in sorted(corpus_files(), key=lambda p: p.stat().st_size)[:corpus]:
        (inbox / path.name).write_bytes(path.read_bytes())
    return inbox


def _bad_files(inbox: Path) -> dict[str, str]:
    """One binary, one empty and one undecodable report; returns name -> expected words."""
    (inbox / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (inbox / "empty.txt").write_bytes(b"")
    (inbox / "garbled.txt").write_bytes(bytes([0x81, 0x30, 0xFF, 0xFE, 0x80]) * 40)
    return {"binary.txt": "binary", "empty.txt": "empty", "garbled.txt": "not readable text"}


def _batch(inbox: Path, out: Path, voice: str, *args: str) -> subprocess.CompletedProcess[bytes]:
    return run_cli("batch", str(inbox), "-o", str(out), "--voice", voice, *args, cwd=inbox.parent)


def _report(out: Path) -> dict:
    return json.loads((out / "batch-report.json").read_text(encoding="utf-8"))


def _by_source(report: dict) -> dict[str, dict]:
    return {f["source"]: f for f in report["files"]}


def _published(out: Path) -> list[str]:
    return sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())


def test_batch_makes_every_report_and_writes_the_run_report(tmp_path, fake_voice):
    inbox = _inbox(tmp_path)
    out = tmp_path / "public"
    result = _batch(inbox, out, fake_voice)
    err = result.stderr.decode()
    assert result.returncode == 0, err
    report = _report(out)
    names = sorted(p.name for p in inbox.iterdir())
    assert [f["source"] for f in report["files"]] == names
    for entry in report["files"]:
        assert entry["status"] == "made"
        assert entry["error"] is None
        stem = Path(entry["source"]).stem
        for suffix in (".mp3", ".chapters.json", ".vtt", ".meta.json", ".html"):
            assert (out / (stem + suffix)).stat().st_size > 0
        assert f'href="{stem}.html"' in (out / "index.html").read_text(encoding="utf-8")
        assert entry["audio_s"] > 1
        assert entry["characters"] > 50
        assert (entry["engine"], entry["voice"]) == ("fake", "tone")
        assert entry["cache_misses"] + entry["cache_hits"] == entry["sentences"] > 0
        loud = entry["loudness"]
        assert abs(loud["integrated_lufs"] - -16.0) <= 1.0
        assert loud["true_peak_dbtp"] <= -1.0
        assert entry["wall_s"] > 0
    assert report["counts"] == {"made": len(names), "skipped": 0, "failed": 0}
    assert f"{len(names)} made, 0 up to date, 0 failed" in err
    assert not [p for p in out.iterdir() if p.name.startswith(".") and p.suffix == ".tmp"]


def test_no_html_writes_no_pages_and_no_index(tmp_path, fake_voice):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "example.txt").write_bytes(EXAMPLE.read_bytes())
    out = tmp_path / "public"

    result = _batch(inbox, out, fake_voice, "--no-html")

    assert result.returncode == 0, result.stderr.decode()
    assert (out / "example.mp3").is_file()
    assert not list(out.glob("*.html"))


def test_unchanged_rerun_skips_every_report_and_keeps_the_files(tmp_path, fake_voice):
    inbox = _inbox(tmp_path, corpus=1)
    out = tmp_path / "public"
    assert _batch(inbox, out, fake_voice).returncode == 0
    before = {p: (out / p).read_bytes() for p in _published(out) if p.endswith(".mp3")}
    # A new modification time with the same bytes is no change.
    for path in inbox.iterdir():
        os.utime(path, follow_symlinks=False)
    again = _batch(inbox, out, fake_voice)
    assert again.returncode == 0, again.stderr.decode()
    report = _report(out)
    assert report["counts"]["skipped"] == len(before) and report["counts"]["made"] == 0
    for entry in report["files"]:  # the figures of the bulletin that is there are kept
        assert entry["audio_s"] > 1 and entry["loudness"] is not None
        assert entry["cache_hits"] == entry["cache_misses"] == 0
    assert {p: (out / p).read_bytes() for p in before} == before


def test_a_changed_setting_makes_the_report_again(tmp_path, fake_voice):
    inbox = _inbox(tmp_path, corpus=0)
    out = tmp_path / "public"
    assert _batch(inbox, out, fake_voice).returncode == 0
    again = _batch(inbox, out, fake_voice, "--loudness", "broadcast")
    assert again.returncode == 0, again.stderr.decode()
    entry = _report(out)["files"][0]
    assert entry["status"] == "made"
    assert entry["cache_misses"] == 0  # the voice and text are the same: clips from the cache
    assert abs(entry["loudness"]["integrated_lufs"] - -23.0) <= 1.0
    assert entry["loudness"]["true_peak_dbtp"] <= -1.0


def _spoken_sentences(report: Path, cwd: Path) -> list[str]:
    result = run_cli("script", str(report), "--json", cwd=cwd)
    assert result.returncode == 0, result.stderr.decode()
    script = json.loads(result.stdout)
    parts = [script["intro"], *script["segments"]]
    return [s for part in parts for s in part["sentences"]]


def test_editing_one_paragraph_speaks_only_its_new_sentences(tmp_path, fake_voice):
    inbox = _inbox(tmp_path, corpus=0)
    out = tmp_path / "public"
    report = inbox / "example.txt"
    assert _batch(inbox, out, fake_voice).returncode == 0
    old = _spoken_sentences(report, tmp_path)

    lines = report.read_text(encoding="utf-8").splitlines()
    paragraph = max(i for i, line in enumerate(lines) if line.startswith("　　") and "。" in line)
    lines[paragraph] += "另据监测，局地还出现了短时大风。"
    report.write_text("\n".join(lines) + "\n", encoding="utf-8")
    new = _spoken_sentences(report, tmp_path)
    changed = [s for s in new if s not in set(old)]
    assert 0 < len(changed) < len(new) // 4

    again = _batch(inbox, out, fake_voice)
    assert again.returncode == 0, again.stderr.decode()
    entry = _by_source(_report(out))["example.txt"]
    assert entry["status"] == "made"
    assert entry["cache_misses"] == len(set(changed))
    assert entry["cache_hits"] + entry["cache_misses"] == entry["sentences"]
    assert f"{len(set(changed))} sentences spoken" in again.stderr.decode()


def test_bad_files_fail_alone_and_the_run_exits_1(tmp_path, fake_voice):
    inbox = _inbox(tmp_path, corpus=0)
    expected = _bad_files(inbox)
    out = tmp_path / "public"
    result = _batch(inbox, out, fake_voice)
    err = result.stderr.decode()
    assert result.returncode == 1, err
    assert "Traceback" not in err
    files = _by_source(_report(out))
    assert files["example.txt"]["status"] == "made"
    assert (out / "example.mp3").is_file()
    for name, word in expected.items():
        assert files[name]["status"] == "failed"
        assert word in files[name]["error"]
        assert f"failed: {name}" in err
        assert not list(out.glob(Path(name).stem + ".*"))
    assert _report(out)["counts"] == {"made": 1, "skipped": 0, "failed": 3}


@pytest.mark.parametrize(
    "args",
    [
        ("--loudness", "loud"),
        ("--jobs", "0"),
        ("--voice", "no_such_voice"),
        ("--feed-url", "example.org/no-scheme"),
    ],
)
def test_usage_errors_exit_2_before_anything_is_written(tmp_path, fake_voice, args):
    inbox = _inbox(tmp_path, corpus=0)
    out = tmp_path / "public"
    result = run_cli("batch", str(inbox), "-o", str(out), *args, cwd=tmp_path)
    assert result.returncode == 2, result.stderr.decode()
    assert "Traceback" not in result.stderr.decode()
    assert not (out / "example.mp3").exists()


def test_missing_inbox_is_a_usage_error(tmp_path, fake_voice):
    result = run_cli("batch", str(tmp_path / "nope"), "-o", str(tmp_path / "o"), cwd=tmp_path)
    assert result.returncode == 2
    assert "does not exist" in result.stderr.decode()


def test_recursive_mirrors_subfolders_and_skips_hidden_ones(tmp_path, fake_voice):
    inbox = _inbox(tmp_path, corpus=0)
    (inbox / "region" / "north").mkdir(parents=True)
    (inbox / "region" / "north" / "local.txt").write_bytes(EXAMPLE.read_bytes())
    (inbox / ".git").mkdir()
    (inbox / ".git" / "ignored.txt").write_bytes(EXAMPLE.read_bytes())
    out = tmp_path / "public"
    flat = _batch(inbox, out, fake_voice)
    assert flat.returncode == 0
    assert [f["source"] for f in _report(out)["files"]] == ["example.txt"]
    deep = _batch(inbox, out, fake_voice, "--recursive")
    assert deep.returncode == 0, deep.stderr.decode()
    files = _by_source(_report(out))
    assert sorted(files) == ["example.txt", "region/north/local.txt"]
    assert files["example.txt"]["status"] == "skipped"
    assert (out / "region" / "north" / "local.mp3").is_file()


def test_jobs_2_makes_the_same_bulletins_as_jobs_1(tmp_path, fake_voice):
    inbox = _inbox(tmp_path, corpus=2)
    one, two = tmp_path / "one", tmp_path / "two"
    assert _batch(inbox, one, fake_voice, "--jobs", "1").returncode == 0
    result = _batch(inbox, two, fake_voice, "--jobs", "2", "--no-intro")
    assert result.returncode == 0, result.stderr.decode()
    report = _report(two)
    cores = len(os.sched_getaffinity(0))
    assert report["jobs"] == min(2, cores)
    assert report["jobs"] * (report["workers_per_job"] or 1) <= max(cores, 1)
    assert all(f["status"] == "made" for f in report["files"])
    assert sorted(p for p in _published(one) if p.endswith(".mp3")) == sorted(
        p for p in _published(two) if p.endswith(".mp3")
    )


def test_more_jobs_than_cores_are_lowered_with_a_note(tmp_path, fake_voice):
    inbox = _inbox(tmp_path, corpus=0)
    out = tmp_path / "public"
    cores = len(os.sched_getaffinity(0))
    result = _batch(inbox, out, fake_voice, "--jobs", str(cores + 3))
    assert result.returncode == 0, result.stderr.decode()
    assert _report(out)["jobs"] == cores
    assert f"--jobs {cores + 3} lowered to {cores}" in result.stderr.decode()


def test_batch_settings_come_from_config_toml(tmp_path, fake_voice, _isolated_home):
    from PIL import Image

    inbox = _inbox(tmp_path, corpus=0)
    out = tmp_path / "public"
    out.mkdir()
    Image.new("RGB", (1400, 1400), (20, 40, 80)).save(out / "cover.png")
    (_isolated_home / "config.toml").write_text(
        f'[batch]\ninbox = "{inbox}"\noutput = "{out}"\nvoice = "{fake_voice}"\n'
        'loudness = "broadcast"\n\n[feed]\nbase_url = "https://example.org/b/"\n'
        'title = "From the config"\nauthor = "Desk"\nemail = "desk@example.org"\n'
        'image = "cover.png"\ncategory = "News/Daily News"\nmax_items = 5\n',
        encoding="utf-8",
    )
    result = run_cli("batch", cwd=tmp_path)
    assert result.returncode == 0, result.stderr.decode()
    entry = _report(out)["files"][0]
    assert abs(entry["loudness"]["integrated_lufs"] - -23.0) <= 1.0
    feed = (out / "feed.xml").read_text(encoding="utf-8")
    assert "<title>From the config</title>" in feed
    assert '<itunes:category text="Daily News"/>' in feed


# --------------------------------------------------------------------------- locking


def test_a_second_run_on_a_busy_folder_exits_at_once(tmp_path, fake_voice):
    inbox = _inbox(tmp_path, corpus=0)
    out = tmp_path / "public"
    out.mkdir()
    with FolderLock(out):  # a real flock held by this process, as a running batch holds it
        result = _batch(inbox, out, fake_voice)
    err = result.stderr.decode()
    assert result.returncode == 1
    assert "Another batch run is writing to" in err
    assert f"pid {os.getpid()}" in err
    assert not (out / "example.mp3").exists()
    assert not (out / "batch-report.json").exists()


def test_a_stale_lock_from_a_dead_run_is_taken_over(tmp_path, fake_voice):
    inbox = _inbox(tmp_path, corpus=0)
    out = tmp_path / "public"
    out.mkdir()
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, check=True
    )
    dead_pid = int(dead.stdout)
    (out / LOCK_NAME).write_text(
        json.dumps({"pid": dead_pid, "host": "x", "started": "2026-01-01T00:00:00Z"}),
        encoding="utf-8",
    )
    result = _batch(inbox, out, fake_voice)
    err = result.stderr.decode()
    assert result.returncode == 0, err
    assert f"took over the lock left by a run that is gone (pid {dead_pid}" in err
    assert (out / "example.mp3").is_file()
    assert not (out / LOCK_NAME).exists()  # released at the end


# --------------------------------------------------------------------------- killed mid-run


def _complete_mp3(path: Path) -> bool:
    from mutagen.mp3 import MP3

    audio = MP3(str(path))
    return audio.info.length > 1 and "CTOC:toc" in audio.tags


def test_killing_the_run_leaves_only_complete_files_and_a_consistent_feed(tmp_path, fake_voice):
    from xml.etree import ElementTree

    from PIL import Image

    inbox = _inbox(tmp_path, corpus=3)
    out = tmp_path / "public"
    base = "https://example.org/b/"
    Image.new("RGB", (1400, 1400), (20, 40, 80)).save(tmp_path / "c.png")
    args = ["--feed-url", base, "--author", "A", "--email", "a@example.org", "--image", "c.png"]
    # A complete first run gives a feed; then one report changes and the run is killed.
    assert _batch(inbox, out, fake_voice, *args).returncode == 0
    (inbox / "example.txt").write_text(
        EXAMPLE.read_text(encoding="utf-8") + "\n　　补充说明：请关注后续预报。\n", encoding="utf-8"
    )
    for extra in ("late1", "late2"):
        (inbox / f"{extra}.txt").write_bytes(EXAMPLE.read_bytes().replace(b"2026", b"2025"))
    cmd = [sys.executable, "-m", "audiobulletin", "batch", str(inbox), "-o", str(out)]
    proc = subprocess.Popen(
        [*cmd, "--voice", fake_voice, *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        cwd=tmp_path,
    )
    # Kill it while it works: once it has started writing (a temporary file appears).
    deadline = time.monotonic() + 300
    while proc.poll() is None and time.monotonic() < deadline:
        if any(p.name.endswith(".tmp") for p in out.iterdir()):
            break
        time.sleep(0.01)
    assert proc.poll() is None, "the run ended before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait()

    # Every published file is whole: each MP3 plays and has its sidecars.
    for mp3 in out.glob("*.mp3"):
        assert _complete_mp3(mp3), mp3
        for suffix in (".chapters.json", ".meta.json"):
            json.loads(mp3.with_name(mp3.stem + suffix).read_text(encoding="utf-8"))
        assert mp3.with_name(mp3.stem + ".vtt").read_text(encoding="utf-8").startswith("WEBVTT")
    json.loads((out / "batch-report.json").read_text(encoding="utf-8"))

    def check_feed() -> list[str]:
        root = ElementTree.parse(out / "feed.xml").getroot()
        urls = [e.get("url") for e in root.iter("enclosure")]
        for url in urls:
            assert _complete_mp3(out / url.removeprefix(base))
        return urls

    check_feed()

    # The next run cleans up the killed run's temporary files and finishes the work; another
    # program's temporary file in the folder is not ours to delete.
    foreign = out / ".upload.abcd1234.tmp"
    foreign.write_text("someone else's", encoding="utf-8")
    again = _batch(inbox, out, fake_voice, *args)
    assert again.returncode == 0, again.stderr.decode()
    assert [p for p in out.rglob(".*") if p.name.endswith(".tmp")] == [foreign]
    assert sorted(check_feed()) == sorted(f"{base}{Path(p).stem}.mp3" for p in os.listdir(inbox))


def test_nightly_script_runs_the_batch_from_its_environment(tmp_path, fake_voice):
    inbox = _inbox(tmp_path, corpus=0)
    out = tmp_path / "public"
    env = {
        **os.environ,
        "AUDIOBULLETIN": f"{sys.executable} -m audiobulletin",
        "AUDIOBULLETIN_INBOX": str(inbox),
        "AUDIOBULLETIN_OUTPUT": str(out),
        "AUDIOBULLETIN_FEED_URL": "https://example.org/b/",
    }
    script = Path(__file__).resolve().parents[1] / "scripts" / "nightly.sh"
    result = subprocess.run(
        ["bash", str(script), "--voice", fake_voice],
        env=env,
        capture_output=True,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr.decode()
    assert (out / "example.mp3").is_file() and (out / "feed.xml").is_file()
    again = subprocess.run(
        ["bash", str(script)],
        env={**env, "AUDIOBULLETIN_INBOX": ""},
        capture_output=True,
        cwd=tmp_path,
    )
    assert again.returncode == 2  # no inbox anywhere: a usage error


@pytest.mark.parametrize(
    ("requested", "cores", "threads", "jobs", "workers"),
    [(1, 2, 1, 1, 2), (2, 2, 1, 2, 1), (4, 2, 1, 2, 1), (2, 8, 2, 2, 2), (3, 2, 2, 1, 1)],
)
def test_jobs_times_engine_threads_never_exceed_the_cores(requested, cores, threads, jobs, workers):
    from audiobulletin.batch import plan_jobs

    got_jobs, got_workers, note = plan_jobs(requested, cores, threads)
    assert (got_jobs, got_workers) == (jobs, workers)
    assert got_jobs * got_workers * threads <= cores
    assert (note is None) == (jobs == requested)


def test_a_bulletin_spoken_by_a_stand_in_voice_is_made_again(tmp_path):
    from audiobulletin.batch import _up_to_date

    (tmp_path / "a.mp3").write_bytes(b"x")
    entry = {"key": "k", "outputs": ["a.mp3"], "figures": {"voice": "jf_alpha"}}
    assert _up_to_date(tmp_path, entry, "k", "jf_alpha")
    assert not _up_to_date(tmp_path, entry, "k", "zf_xiaobei")  # the fallback stood in
    assert not _up_to_date(tmp_path, entry, "other", "jf_alpha")
    (tmp_path / "a.mp3").unlink()
    assert not _up_to_date(tmp_path, entry, "k", "jf_alpha")


def _children(pid: int) -> list[int]:
    """The processes whose parent is ``pid`` (from /proc)."""
    found = []
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            fields = dict(
                line.split(":\t", 1) for line in status.read_text().splitlines() if ":\t" in line
            )
        except OSError:
            continue
        if fields.get("PPid", "").strip() == str(pid):
            found.append(int(status.parent.name))
    return found


def _written_inbox(tmp_path: Path, reports: int = 4, paragraphs: int = 12) -> Path:
    """Reports written here, long enough that a batch of them runs for a few seconds."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for k in range(reports):
        body = "\n".join(
            f"{k + 1}号站{i}时观测到降雨{k * 40 + i * 3 + 1}毫米，河道水位上涨{i + 2}厘米，"
            f"{k + 1}号站值守人员已按预案巡查堤防{i + 1}处，未发现险情。"
            for i in range(paragraphs)
        )
        text = f"青川市第{k + 1}号雨情简报\n\n{body}\n"
        (inbox / f"report{k + 1}.txt").write_text(text, encoding="utf-8")
    return inbox


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs /proc")
def test_killing_a_parallel_run_takes_its_workers_down_too(tmp_path, fake_voice):
    inbox = _written_inbox(tmp_path)
    out = tmp_path / "public"
    cmd = [sys.executable, "-m", "audiobulletin", "batch", str(inbox), "-o", str(out)]
    proc = subprocess.Popen(
        [*cmd, "--voice", fake_voice, "--jobs", "2"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        cwd=tmp_path,
    )
    deadline = time.monotonic() + 300
    while proc.poll() is None and time.monotonic() < deadline:
        if out.is_dir() and any(p.name.endswith(".tmp") for p in out.iterdir()):
            break
        time.sleep(0.01)
    workers = _children(proc.pid)
    assert proc.poll() is None and workers, "the run ended before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    deadline = time.monotonic() + 60
    while any(Path(f"/proc/{w}").exists() for w in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    alive = [w for w in workers if Path(f"/proc/{w}/status").exists()]
    # A zombie (reaped by init later) has stopped running; anything else must be gone.
    running = [w for w in alive if "State:\tZ" not in Path(f"/proc/{w}/status").read_text()]
    assert running == []
    for mp3 in out.glob("*.mp3"):
        assert _complete_mp3(mp3), mp3
    again = _batch(inbox, out, fake_voice, "--jobs", "2")
    assert again.returncode == 0, again.stderr.decode()
    assert not [p for p in out.rglob(".*") if p.name.endswith(".tmp")]


# --------------------------------------------------------------------------- edge cases


def _short_inbox(folder: Path, *names: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i, name in enumerate(names):
        (folder / name).write_text(
            f"第{i}号简报\n\n一、概况\n今天全市天气晴朗，气温回升。\n", encoding="utf-8"
        )
    return folder


def test_an_output_folder_above_the_inbox_still_makes_the_reports(tmp_path, fake_voice):
    site = tmp_path / "site"
    _short_inbox(site / "inbox", "a.txt")

    result = _batch(site / "inbox", site, fake_voice)

    assert result.returncode == 0, result.stderr.decode()
    assert (site / "a.mp3").is_file()
    assert _report(site)["counts"]["made"] == 1


def test_a_dying_worker_fails_only_its_own_report(tmp_path, fake_voice, _isolated_home):
    inbox = _short_inbox(tmp_path / "inbox", "a.txt", "b.txt", "c.txt", "d.txt")
    (inbox / "boom.txt").write_text("爆炸简报\n\n今天的消息里有爆炸两个字。\n", encoding="utf-8")
    (_isolated_home / "config.toml").write_text('[fake]\ndie_on = ["爆炸"]\n', encoding="utf-8")
    out = tmp_path / "public"

    result = _batch(inbox, out, fake_voice, "--jobs", "2", "--no-html")

    assert result.returncode == 1, result.stderr.decode()
    files = _by_source(_report(out))
    assert files["boom.txt"]["status"] == "failed"
    assert "died" in files["boom.txt"]["error"]
    assert [files[n]["status"] for n in ("a.txt", "b.txt", "c.txt", "d.txt")] == ["made"] * 4


def test_a_changed_engine_setting_in_the_config_makes_the_report_again(
    tmp_path, fake_voice, _isolated_home
):
    inbox = _short_inbox(tmp_path / "inbox", "a.txt")
    out = tmp_path / "public"
    assert _batch(inbox, out, fake_voice).returncode == 0
    (_isolated_home / "config.toml").write_text("[fake]\nms_per_char = 60\n", encoding="utf-8")

    result = _batch(inbox, out, fake_voice)

    assert result.returncode == 0, result.stderr.decode()
    assert _report(out)["counts"]["made"] == 1


def test_reports_that_would_share_an_output_name_fail_instead_of_overwriting(tmp_path, fake_voice):
    inbox = _short_inbox(tmp_path / "inbox", "a.txt", "a.TXT")
    out = tmp_path / "public"

    result = _batch(inbox, out, fake_voice, "--no-html")

    assert result.returncode == 1
    files = _by_source(_report(out))
    assert files["a.TXT"]["status"] == "made"
    assert files["a.txt"]["status"] == "failed"
    assert "a.TXT" in files["a.txt"]["error"]


def test_a_feed_item_describes_the_bulletin_with_its_intro_as_written(tmp_path, fake_voice):
    from xml.etree import ElementTree

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "example.txt").write_bytes(EXAMPLE.read_bytes())
    out = tmp_path / "public"
    result = _batch(inbox, out, fake_voice, "--feed-url", "https://example.org/b/")
    assert result.returncode == 0, result.stderr.decode()
    meta = json.loads((out / "example.meta.json").read_text(encoding="utf-8"))
    assert meta["intro"].startswith(meta["title"])  # what this is, then the rest
    assert "2026年6月18日" in meta["intro"]  # written, not spoken
    (item,) = ElementTree.parse(out / "feed.xml").getroot().iter("item")
    assert item.findtext("description") == meta["intro"] != item.findtext("title")


def test_prune_removes_the_bulletins_of_deleted_reports_and_lists_them(
    tmp_path, fake_voice, _isolated_home
):
    from xml.etree import ElementTree

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for name in ("keep", "gone", "later"):
        (inbox / f"{name}.txt").write_bytes(EXAMPLE.read_bytes())
    out = tmp_path / "public"
    base = "https://example.org/b/"
    feed = ["--feed-url", base, "--author", "青川广播电台"]
    assert _batch(inbox, out, fake_voice, *feed).returncode == 0
    (out / "notes.txt").write_text("not a bulletin", encoding="utf-8")
    (inbox / "gone.txt").unlink()

    kept = _batch(inbox, out, fake_voice, *feed)  # without --prune: an archive, as before
    assert kept.returncode == 0 and (out / "gone.mp3").is_file()
    pruned = _batch(inbox, out, fake_voice, *feed, "--prune")

    err = pruned.stderr.decode()
    assert pruned.returncode == 0, err
    assert "pruned gone.txt: removed gone.mp3" in err
    assert "pruned (gone from the inbox): gone.txt" in err
    assert _report(out)["pruned"] == ["gone.txt"]
    assert not list(out.glob("gone.*"))
    assert (out / "notes.txt").is_file() and (out / "keep.mp3").is_file()
    urls = [e.get("url") for e in ElementTree.parse(out / "feed.xml").getroot().iter("enclosure")]
    assert sorted(urls) == [base + "keep.mp3", base + "later.mp3"]
    index = (out / "index.html").read_text(encoding="utf-8")
    assert 'href="keep.html"' in index and "gone.html" not in index

    # The same from config.toml.
    (_isolated_home / "config.toml").write_text("[batch]\nprune = true\n", encoding="utf-8")
    (inbox / "later.txt").unlink()
    again = _batch(inbox, out, fake_voice, *feed)
    assert "pruned later.txt" in again.stderr.decode()
    assert [name for name in _published(out) if not name.startswith(".")] == sorted(
        ["batch-report.json", "feed.xml", "index.html", "notes.txt"]
        + [f"keep{s}" for s in (".chapters.json", ".html", ".meta.json", ".mp3", ".vtt")]
        + [p.name for p in out.glob("cover-*.jpg")]
    )


def test_the_feeds_author_is_the_artist_of_every_bulletin_of_a_feed_batch(tmp_path, fake_voice):
    from mutagen.id3 import ID3

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "example.txt").write_bytes(EXAMPLE.read_bytes())
    out = tmp_path / "public"

    result = _batch(inbox, out, fake_voice, "--feed-url", "https://e.org/", "--author", "青川台")

    assert result.returncode == 0, result.stderr.decode()
    assert str(ID3(out / "example.mp3")["TPE1"]) == "青川台"


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_each_process_builds_its_engine_once_for_all_the_reports_it_makes(
    tmp_path, fake_voice, _isolated_home, jobs
):
    # Each fake engine notes its process when it first speaks, as a model is loaded then.
    log = tmp_path / "loads.txt"
    (_isolated_home / "config.toml").write_text(f'[fake]\nlog_loads = "{log}"\n', encoding="utf-8")
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for n in range(1, 5):
        (inbox / f"r{n}.txt").write_text(
            f"第{n}号通报\n\n第{n}项工作已经完成。\n", encoding="utf-8"
        )
    result = _batch(inbox, tmp_path / "out", fake_voice, "--jobs", jobs, "--no-html")
    assert result.returncode == 0, result.stderr.decode()
    assert [f["status"] for f in _report(tmp_path / "out")["files"]] == ["made"] * 4
    loads = Counter(log.read_text(encoding="utf-8").split())
    assert set(loads.values()) == {1}, loads
    assert len(loads) <= int(jobs)
