"""`audiobulletin make` end to end: the real CLI, the fake engine for exact, quick runs, and
Kokoro itself once, offline, as a new user's first run would be."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from clirun import EXAMPLE, run_cli

from audiobulletin.pipeline import load_script

#: Runs make or batch in child processes: the bare pass of .ci/run leaves them out.
pytestmark = pytest.mark.batchrun


def _script(cwd: Path) -> dict:
    result = run_cli("script", str(EXAMPLE), "--json", cwd=cwd)
    assert result.returncode == 0, result.stderr.decode()
    return json.loads(result.stdout)


def _vtt_text(path: Path) -> list[str]:
    blocks = path.read_text(encoding="utf-8").split("\n\n")[1:]
    return ["".join(b.splitlines()[1:]) for b in blocks if b.strip()]


def test_make_writes_mp3_and_sidecars_and_prints_them(tmp_path, fake_voice):
    result = run_cli("make", str(EXAMPLE), "--voice", fake_voice, cwd=tmp_path)
    assert result.returncode == 0, result.stderr.decode()
    printed = result.stdout.decode().split()
    assert printed == [
        "output/report.mp3",
        "output/report.chapters.json",
        "output/report.vtt",
    ]
    for name in printed:
        assert (tmp_path / name).stat().st_size > 0
    assert "speaking: " in result.stderr.decode()
    assert not list((tmp_path / "output").glob(".*"))  # no temp files left behind


def test_every_sentence_of_the_script_reaches_the_transcript(tmp_path, fake_voice):
    """Nothing is lost: the cues, in order, are exactly the script's sentences as written."""
    from audiobulletin.pipeline import load_script

    out = tmp_path / "b.mp3"
    result = run_cli("make", str(EXAMPLE), "--voice", fake_voice, "-o", str(out), cwd=tmp_path)
    assert result.returncode == 0, result.stderr.decode()
    written = [w for segment in load_script(str(EXAMPLE)).chapters for w in segment.written]
    cues = _vtt_text(tmp_path / "b.vtt")
    squash = re.compile(r"\s+")
    assert squash.sub("", "".join(cues)) == squash.sub("", "".join(written))


def test_chapters_follow_the_script(tmp_path, fake_voice):
    out = tmp_path / "b.mp3"
    run_cli("make", str(EXAMPLE), "--voice", fake_voice, "-o", str(out), cwd=tmp_path)
    script = _script(tmp_path)
    titles = [script["intro"]["chapter"]] + [s["chapter"] for s in script["segments"]]
    chapters = json.loads((tmp_path / "b.chapters.json").read_text(encoding="utf-8"))
    assert chapters["version"] == "1.2.0"
    assert [c["title"] for c in chapters["chapters"]] == titles
    assert chapters["chapters"][0]["startTime"] == 0
    for before, after in zip(chapters["chapters"], chapters["chapters"][1:], strict=False):
        assert before["endTime"] == after["startTime"]
    if shutil.which("ffprobe"):
        probe = subprocess.run(
            ["ffprobe", "-v", "error", "-show_chapters", "-of", "json", str(out)],
            capture_output=True,
            check=True,
        )
        listed = [c["tags"]["title"] for c in json.loads(probe.stdout)["chapters"]]
        assert listed == titles


def test_no_intro_drops_the_intro_chapter(tmp_path, fake_voice):
    out = tmp_path / "b.mp3"
    result = run_cli(
        "make", str(EXAMPLE), "--voice", fake_voice, "-o", str(out), "--no-intro", cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr.decode()
    chapters = json.loads((tmp_path / "b.chapters.json").read_text(encoding="utf-8"))
    script = _script(tmp_path)
    titles = [c["title"] for c in chapters["chapters"]]
    assert titles == [s["chapter"] for s in script["segments"]]
    assert script["intro"]["chapter"] not in titles


def test_rerun_of_an_unchanged_report_speaks_nothing(tmp_path, fake_voice):
    args = ("make", str(EXAMPLE), "--voice", fake_voice, "-o", str(tmp_path / "b.mp3"))
    first = run_cli(*args, cwd=tmp_path)
    second = run_cli(*args, cwd=tmp_path)
    assert first.returncode == second.returncode == 0
    # the first run finds in the cache only what the script says twice (an intro's key
    # point may be a sentence a later chapter reads again)
    script = load_script(EXAMPLE)
    said = [s for seg in (script.intro, *script.segments) if seg for s in seg.sentences]
    repeats = len(said) - len(set(said))
    hits = re.search(r"(\d+) from the cache", first.stderr.decode())
    assert hits and int(hits.group(1)) <= repeats
    assert " 0 sentences spoken" in second.stderr.decode()


def test_stdin_report_goes_to_output_bulletin_mp3(tmp_path, fake_voice):
    result = run_cli("make", "-", "--voice", fake_voice, cwd=tmp_path, stdin=EXAMPLE.read_bytes())
    assert result.returncode == 0, result.stderr.decode()
    assert (tmp_path / "output" / "bulletin.mp3").is_file()


@pytest.mark.parametrize(
    "args",
    [
        ["--rate", "3"],
        ["--bitrate", "8"],
        ["--sample-rate", "12345"],
        ["--voice", "no_such_voice"],
    ],
    ids=["rate", "bitrate", "sample-rate", "unknown-voice"],
)
def test_bad_options_fail_cleanly_and_write_nothing(tmp_path, fake_voice, args):
    result = run_cli("make", str(EXAMPLE), "--voice", fake_voice, *args, cwd=tmp_path)
    err = result.stderr.decode()
    assert result.returncode != 0
    assert "Traceback" not in err
    assert err.startswith("error: ")
    assert not (tmp_path / "output").exists() or not any((tmp_path / "output").iterdir())


def test_bad_report_writes_nothing(tmp_path, fake_voice):
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n", encoding="utf-8")
    result = run_cli("make", str(empty), "--voice", fake_voice, cwd=tmp_path)
    assert result.returncode == 2
    assert not (tmp_path / "output").exists()


@pytest.mark.kokoro
def test_first_offline_run_speaks_with_the_fallback_pack_and_says_how_to_fix_it(tmp_path):
    """A fresh, offline machine: no Mandarin pack can be fetched, yet make works."""
    report = tmp_path / "short.txt"
    report.write_text("测试简报\n\n今天全省天气晴好，气温二十度。\n", encoding="utf-8")
    result = run_cli("make", str(report), "--no-intro", cwd=tmp_path)
    err = result.stderr.decode()
    assert result.returncode == 0, err
    notes = [line for line in err.splitlines() if line.startswith("note: ")]
    assert len(notes) == 1
    assert err.count("is not installed") == 1  # said once, not echoed again by a logger
    assert "jf_gongitsune" in notes[0] and "audiobulletin voices pull zm_yunjian" in notes[0]
    assert (tmp_path / "output" / "short.mp3").stat().st_size > 1000


def test_output_folder_gets_the_report_name(tmp_path, fake_voice):
    folder = tmp_path / "bulletins"
    folder.mkdir()
    result = run_cli("make", str(EXAMPLE), "--voice", fake_voice, "-o", str(folder), cwd=tmp_path)
    assert result.returncode == 0, result.stderr.decode()
    assert (folder / "report.mp3").is_file()
    # a path ending in "/" is a folder, made when missing (one folder per night, say)
    result = run_cli("make", str(EXAMPLE), "--voice", fake_voice, "-o", "night/", cwd=tmp_path)
    assert result.returncode == 0, result.stderr.decode()
    assert (tmp_path / "night" / "report.mp3").is_file()


@pytest.mark.parametrize(
    ("output", "code"),
    [("news.ogg", 2), ("/proc/no/such/folder/news.mp3", 5)],
    ids=["not-mp3-or-wav", "unwritable-folder"],
)
def test_bad_output_fails_before_any_speech(tmp_path, fake_voice, output, code):
    result = run_cli("make", str(EXAMPLE), "--voice", fake_voice, "-o", output, cwd=tmp_path)
    err = result.stderr.decode()
    assert result.returncode == code, err
    assert err.startswith("error: ") and "Traceback" not in err
    assert "speaking:" not in err
    assert not (tmp_path / "news.ogg").exists()


def test_combined_rate_out_of_range_stops_before_speech(tmp_path, fake_voice, _isolated_home):
    """Profile speed x --rate x setting must stay speakable; say so before synthesizing."""
    (_isolated_home / "voices" / "fast.toml").write_text(
        'engine = "fake"\nvoice = "tone"\nspeed = 1.6\n', encoding="utf-8"
    )
    result = run_cli("make", str(EXAMPLE), "--voice", "fast", "--rate", "1.5", cwd=tmp_path)
    err = result.stderr.decode()
    assert result.returncode == 2, err
    assert err.startswith("error: Speaking rate 2.40") and "speaking:" not in err
