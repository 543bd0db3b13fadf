"""The habits of a Unix command line that edge-tts and piper users expect: '-' for standard
output, quiet and verbose, shell completion, NO_COLOR, JSON output, edge-style rates, the
documented exit codes for a broken pipe and Ctrl-C, and config errors named by their key."""

from __future__ import annotations

import http.server
import json
import os
import pty
import shutil
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from clirun import EXAMPLE, run_cli

from audiobulletin.cli import parse_rate

#: Runs make or batch in child processes: the bare pass of .ci/run leaves them out.
pytestmark = pytest.mark.batchrun


def _run(*args: str, env: dict[str, str] | None = None, **kw) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "audiobulletin", *args],
        capture_output=True,
        env={**os.environ, **(env or {})},
        timeout=600,
        **kw,
    )


def test_dash_output_writes_the_mp3_to_stdout_and_skips_the_sidecars(tmp_path, fake_voice):
    work = tmp_path / "work"
    work.mkdir()
    result = run_cli("make", str(EXAMPLE), "--voice", fake_voice, "-o", "-", cwd=work)
    assert result.returncode == 0, result.stderr.decode()
    assert result.stdout[:3] == b"ID3"  # the tagged MP3 itself, not a list of files
    assert "no sidecars" in result.stderr.decode()
    assert list(work.iterdir()) == []
    if shutil.which("ffprobe"):
        mp3 = tmp_path / "stdout.mp3"
        mp3.write_bytes(result.stdout)
        probe = subprocess.run(
            ["ffprobe", "-v", "error", "-show_chapters", "-of", "json", str(mp3)],
            capture_output=True,
            check=True,
        )
        assert len(json.loads(probe.stdout)["chapters"]) >= 2


def test_dash_output_refuses_to_write_audio_to_a_terminal(tmp_path, fake_voice):
    work = tmp_path / "work"
    work.mkdir()
    leader, follower = pty.openpty()
    try:
        result = subprocess.run(
            [sys.executable, "-m", "audiobulletin", "make", str(EXAMPLE), "--voice", fake_voice,
             "-o", "-"],
            stdout=follower,
            stderr=subprocess.PIPE,
            cwd=work,
            timeout=600,
        )  # fmt: skip
    finally:
        os.close(follower)
        os.close(leader)
    assert result.returncode == 2
    assert result.stderr.decode().startswith("error: Refusing to write binary audio to a terminal")
    assert list(work.iterdir()) == []


def test_quiet_prints_only_warnings(tmp_path, fake_voice):
    result = run_cli("make", str(EXAMPLE), "--voice", fake_voice, "-q", cwd=tmp_path)
    assert result.returncode == 0
    lines = result.stderr.decode().splitlines()
    assert lines and all(line.startswith("warning: ") for line in lines)
    assert result.stdout.decode().split()[0] == "output/report.mp3"


def test_verbose_also_prints_what_was_chosen_and_measured(tmp_path, fake_voice):
    result = run_cli("make", str(EXAMPLE), "--voice", fake_voice, "--verbose", cwd=tmp_path)
    err = result.stderr.decode()
    assert result.returncode == 0, err
    assert "info: engine fake, voice tone" in err
    assert "info: loudness integrated_lufs " in err
    assert "speaking: " in err


def test_no_progress_drops_the_progress_lines_only(tmp_path, fake_voice):
    result = run_cli("make", str(EXAMPLE), "--voice", fake_voice, "--no-progress", cwd=tmp_path)
    err = result.stderr.decode()
    assert result.returncode == 0, err
    assert "speaking: " not in err
    assert "warning: " in err and "done: " in err


def test_shell_completion_completes_command_names():
    result = _run(env={"_AUDIOBULLETIN_COMPLETE": "complete_bash",
                       "COMP_WORDS": "audiobulletin ma", "COMP_CWORD": "1"})  # fmt: skip
    assert result.returncode == 0
    assert result.stdout.decode().split() == ["make"]
    assert "--install-completion" in _run("--help").stdout.decode()


@pytest.mark.parametrize("args", [["--help"], ["make", "--bogus"]], ids=["help", "usage-error"])
def test_no_color_means_no_bold_and_no_boxes(args):
    plain = _run(*args, env={"NO_COLOR": "1", "FORCE_COLOR": "1", "TERM": "xterm-256color"})
    text = plain.stdout.decode() + plain.stderr.decode()
    assert "Usage: audiobulletin" in text
    assert "\x1b[" not in text
    assert not set("╭╮╰╯│─") & set(text)
    decorated = _run(*args, env={"NO_COLOR": "", "FORCE_COLOR": "1", "TERM": "xterm-256color"})
    assert "╭" in decorated.stdout.decode() + decorated.stderr.decode()  # the test can fail


def test_voices_json_lists_every_voice_with_its_fields(fake_voice):
    result = run_cli("voices", "--json")
    assert result.returncode == 0, result.stderr.decode()
    voices = {v["name"]: v for v in json.loads(result.stdout)}
    assert voices[fake_voice]["engine"] == "fake"
    assert voices["zm_yunjian"]["default"] is True
    assert {"voice", "language", "gender", "installed", "description"} <= set(voices[fake_voice])


def test_make_json_prints_the_files_and_the_figures(tmp_path, fake_voice):
    result = run_cli("make", str(EXAMPLE), "--voice", fake_voice, "--json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr.decode()
    figures = json.loads(result.stdout)
    assert figures["files"] == [
        "output/report.mp3",
        "output/report.chapters.json",
        "output/report.vtt",
    ]
    listed = json.loads((tmp_path / "output" / "report.chapters.json").read_text("utf-8"))
    assert figures["chapters"] == len(listed["chapters"]) > 1
    assert figures["sentences"] == figures["synthesized"] + figures["cache_hits"] > 10
    assert figures["duration_s"] > 60
    assert abs(figures["loudness"]["integrated_lufs"] - -16) <= 1
    again = json.loads(
        run_cli("make", str(EXAMPLE), "--voice", fake_voice, "--json", cwd=tmp_path).stdout
    )
    assert again["cache_hits"] == figures["sentences"]


@pytest.mark.parametrize(
    ("text", "rate"), [("+10%", 1.1), ("-20%", 0.8), ("+0%", 1.0), ("0.9", 0.9), ("1", 1.0)]
)
def test_rate_takes_a_multiplier_or_an_edge_style_percentage(text, rate):
    assert parse_rate(text) == pytest.approx(rate)


def test_an_edge_style_rate_reaches_the_speech(tmp_path, fake_voice):
    slow = run_cli("make", str(EXAMPLE), "--voice", fake_voice, "--rate", "-60%", cwd=tmp_path)
    assert slow.returncode == 2
    assert "0.4" in slow.stderr.decode()  # -60% is 0.4, below the slowest rate
    bad = run_cli("make", str(EXAMPLE), "--voice", fake_voice, "--rate", "fast", cwd=tmp_path)
    assert bad.returncode == 2 and "+10%" in bad.stderr.decode()
    good = run_cli("make", str(EXAMPLE), "--voice", fake_voice, "--rate", "+10%", cwd=tmp_path)
    assert good.returncode == 0, good.stderr.decode()


def test_a_broken_pipe_exits_141_without_a_word():
    reader, writer = os.pipe()
    os.close(reader)  # nobody will ever read: the first write fails with EPIPE
    try:
        result = subprocess.run(
            [sys.executable, "-m", "audiobulletin", "script", str(EXAMPLE), "--json"],
            stdout=writer,
            stderr=subprocess.PIPE,
            timeout=600,
        )
    finally:
        os.close(writer)
    assert result.returncode == 141
    assert "Traceback" not in result.stderr.decode()
    assert "error" not in result.stderr.decode().lower()


def test_ctrl_c_exits_130_without_a_traceback(tmp_path):
    """Interrupted while a voice pack downloads from a server that never answers."""
    asked = threading.Event()
    release = threading.Event()

    class Stalling(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            asked.set()
            release.wait(60)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Stalling)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/"
    proc = subprocess.Popen(
        [sys.executable, "-m", "audiobulletin", "voices", "pull", "zf_xiaobei", "--from", url],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        assert asked.wait(120), "the download never started"
        proc.send_signal(signal.SIGINT)
        _out, err = proc.communicate(timeout=120)
    finally:
        release.set()
        if proc.poll() is None:
            proc.kill()
        server.shutdown()
        server.server_close()
    assert proc.returncode == 130
    assert b"Traceback" not in err


def test_engine_fake_is_a_quick_preview_without_a_voice(tmp_path):
    result = run_cli("make", str(EXAMPLE), "--engine", "fake", "-o", "preview.mp3", cwd=tmp_path)
    assert result.returncode == 0, result.stderr.decode()
    assert (tmp_path / "preview.vtt").is_file()


@pytest.mark.parametrize(
    ("config", "named"),
    [
        ('vocie = "zm_yunjian"\n', "unknown setting 'vocie'"),
        ("[batch]\njbos = 2\n", "unknown setting 'jbos' in [batch]"),
        ('[edge]\nattempts = "five"\n', "[edge] attempts must be a whole number"),
        ("[edge]\nattempts = 0\n", "[edge] attempts"),
        ("[edge]\npitch_hz = true\n", "[edge] pitch_hz must be a number"),
    ],
    ids=["top-level-typo", "table-typo", "edge-type", "edge-range", "edge-bool"],
)
def test_a_wrong_value_in_config_toml_is_one_error_line_naming_the_key(
    tmp_path, _isolated_home: Path, config: str, named: str
):
    _isolated_home.mkdir(parents=True, exist_ok=True)
    (_isolated_home / "config.toml").write_text(config, encoding="utf-8")
    result = run_cli(
        "make", str(EXAMPLE), "--engine", "edge", "--voice", "zh-CN-YunyangNeural", cwd=tmp_path
    )
    err = result.stderr.decode()
    assert result.returncode != 0
    assert "Traceback" not in err
    assert err.startswith("error: ") and named in err.splitlines()[0]
    assert not list(tmp_path.glob("output/*"))


def _inbox_with_a_bad_report(tmp_path: Path) -> Path:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "good.txt").write_bytes(EXAMPLE.read_bytes())
    (inbox / "bad.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(range(256)))
    return inbox


def test_batch_quiet_prints_only_warnings_and_failures(tmp_path, fake_voice):
    inbox = _inbox_with_a_bad_report(tmp_path)
    args = ("batch", str(inbox), "-o", str(tmp_path / "out"), "--voice", fake_voice, "--no-html")
    quiet = run_cli(*args, "-q", cwd=tmp_path)
    assert quiet.returncode == 1  # one report failed
    lines = quiet.stderr.decode().splitlines()
    assert any("bad.txt" in line for line in lines)
    assert all("bad.txt" in line or line.startswith("warning: ") for line in lines), lines
    assert (tmp_path / "out" / "good.mp3").is_file()


def test_batch_no_progress_drops_only_the_sentence_counts(tmp_path, fake_voice):
    inbox = _inbox_with_a_bad_report(tmp_path)
    args = ("batch", str(inbox), "--voice", fake_voice, "--no-html")
    loud = run_cli(*args, "-o", str(tmp_path / "a"), cwd=tmp_path).stderr.decode()
    assert " sentences\n" in loud  # the test can fail
    plain = run_cli(*args, "-o", str(tmp_path / "b"), "--no-progress", cwd=tmp_path)
    err = plain.stderr.decode()
    assert not [line for line in err.splitlines() if line.endswith(" sentences")]
    assert "made good.txt" in err and "FAILED bad.txt" in err


def test_the_readme_lists_every_config_key_and_no_other():
    """The README's table of config.toml keys is the set the settings layer accepts."""
    import re

    from audiobulletin.settings import table_keys

    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| (top|`\[[a-z]+\]`) \| `([a-z_]+)` \|", readme, flags=re.M)
    assert rows, "the pattern no longer finds the table"
    documented: dict[str, set[str]] = {}
    for table, key in rows:
        documented.setdefault("" if table == "top" else table.strip("`[]"), set()).add(key)
    assert documented == table_keys()
