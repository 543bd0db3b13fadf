"""Reports and options as a careless or hostile user writes them: each is refused with one
clear line and exit code 2, or read as meant; nothing a report holds can steer the terminal."""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest
from clirun import run_cli

from audiobulletin.normalize import to_spoken
from audiobulletin.reader import read_report
from audiobulletin.terminal import printable

#: Runs make or batch in child processes: the bare pass of .ci/run leaves them out.
pytestmark = pytest.mark.batchrun

#: A paragraph long enough that a few control characters in a report are not "mostly
#: control characters" (which the reader refuses as binary).
BODY = "青川市今天召开防汛工作会议，要求各部门加强值守，确保群众安全度汛。" * 12


def _report(tmp_path: Path, text: str | bytes, name: str = "report.txt") -> Path:
    path = tmp_path / name
    if isinstance(text, str):
        path.write_text(text, encoding="utf-8")
    else:
        path.write_bytes(text)
    return path


def _one_error_line(result) -> str:
    err = result.stderr.decode()
    assert "Traceback" not in err
    lines = [line for line in err.splitlines() if line.startswith("error:")]
    assert len(lines) == 1, err
    return lines[0]


# --------------------------------------------------------------------------- the terminal


def test_escape_sequences_in_a_report_are_printed_escaped_not_obeyed(tmp_path):
    report = _report(
        tmp_path,
        "青川市防汛工作简报\n\n" + BODY + "\n\n责任编辑：\x1b]0;pwned\x07王\x1b[2J明\u202e\x9b\n",
    )
    result = run_cli("script", str(report), cwd=tmp_path)
    assert result.returncode == 0, result.stderr.decode()
    printed = result.stdout + result.stderr
    for raw in ("\x1b", "\x07", "\u202e", "\x9b"):
        assert raw.encode() not in printed
    assert "\\u001b]0;pwned\\u0007" in result.stderr.decode()


def test_a_file_name_with_control_characters_is_printed_escaped(tmp_path):
    report = _report(tmp_path, "……！！", name="\x1b[31mred\r.txt")
    result = run_cli("script", str(report), cwd=tmp_path)
    assert result.returncode == 2
    line = _one_error_line(result)
    assert "\x1b" not in line and "\r" not in line
    assert "\\u001b[31mred\\u000d.txt" in line


def test_json_output_stays_valid_json_with_the_same_values():
    value = {"t": "a\x1b[2Jb\x9bc\u202ed\n"}
    text = printable(json.dumps(value, ensure_ascii=False))
    assert "\x9b" not in text and "\u202e" not in text
    assert json.loads(text) == value


def test_tabs_line_feeds_and_chinese_text_are_printed_as_they_are():
    text = "第一行\t青川\n第二行：“引号”（括号）——破折号"
    assert printable(text) == text


# --------------------------------------------------------------------------- bad input


@pytest.mark.parametrize("text", ["……！！？？", "——\n\n“”《》\n", "！？。，、；：\n\n***"])
def test_a_report_of_punctuation_only_is_bad_input(tmp_path, text, fake_voice):
    report = _report(tmp_path, text)
    for command in ("script", "make"):
        args = (command, str(report)) + (("--voice", fake_voice) if command == "make" else ())
        result = run_cli(*args, cwd=tmp_path)
        assert result.returncode == 2, (command, result.stderr.decode())
        assert "only punctuation" in _one_error_line(result)
    assert not (tmp_path / "output").exists() or not list((tmp_path / "output").iterdir())


@pytest.mark.parametrize(
    "tail", [b"\x1a", b"\r\n\x1a", b"\x1a\x1a\x1a", b"\r\n\x1a\r\n", b"\x1a" * 40]
)
def test_a_trailing_dos_end_of_file_mark_is_dropped(tmp_path, tail):
    text = "今天天气很好。".encode() + tail
    assert read_report(_report(tmp_path, text)).rstrip("\n") == "今天天气很好。"
    gbk = "今天天气很好。".encode("gb18030") + tail
    assert read_report(_report(tmp_path, gbk, "gbk.txt")).rstrip("\n") == "今天天气很好。"


def test_a_dos_end_of_file_mark_inside_the_text_is_still_binary(tmp_path):
    with pytest.raises(Exception, match="control characters"):
        read_report(_report(tmp_path, b"\x1a\x1a\x1a\x1a" + "今天天气很好。".encode()))


@pytest.mark.parametrize(("value", "words"), [("18", "negative"), ("200", "negative")])
def test_a_positive_loudness_is_refused_with_one_clear_line(tmp_path, fake_voice, value, words):
    report = _report(tmp_path, BODY)
    result = run_cli("make", str(report), "--voice", fake_voice, "--loudness", value, cwd=tmp_path)
    assert result.returncode == 2
    line = _one_error_line(result)
    assert words in line and "-200" not in line
    assert not (tmp_path / "output").exists() or not list((tmp_path / "output").iterdir())


@pytest.mark.parametrize("digits", ["12345678901234567", "9" * 40, "1234567890" * 20])
def test_a_long_run_of_digits_is_read_digit_by_digit(digits):
    spoken = to_spoken(f"编号{digits}，请核对。").text
    said = spoken.removeprefix("编号").removesuffix("，请核对。")
    assert said == "".join("零一二三四五六七八九"[int(d)] for d in digits), spoken
    for unit in "十百千万亿":
        assert unit not in said


def test_sixteen_digits_and_long_fractions_keep_their_own_rules():
    assert "点一四一五九二六五三五八九七九三二三八四六" in to_spoken("3.14159265358979323846").text
    assert "万" not in to_spoken("编号1234567890123456。").text


# --------------------------------------------------------------------------- the inbox

SECRET = "机密：青川市应急指挥部的口令是山河无恙，请勿外传。"


def _published_text(out: Path) -> str:
    """Every published file, as text where it is text and as ID3 text where it is an MP3."""
    from mutagen.id3 import ID3

    parts = []
    for path in out.rglob("*"):
        if path.suffix == ".mp3":
            parts.append(str(ID3(str(path)).pprint()))
        elif path.is_file():
            parts.append(path.read_bytes().decode("utf-8", "replace"))
    return "\n".join(parts)


def test_a_symlink_in_the_inbox_to_a_file_outside_is_skipped_with_a_warning(tmp_path, fake_voice):
    outside = tmp_path / "private"
    outside.mkdir()
    (outside / "secret.txt").write_text(SECRET, encoding="utf-8")
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "news.txt").write_text("青川新闻\n\n" + BODY, encoding="utf-8")
    (inbox / "leak.txt").symlink_to(outside / "secret.txt")
    (inbox / "again.txt").symlink_to(inbox / "news.txt")  # stays inside: read
    (inbox / "sub").symlink_to(outside, target_is_directory=True)
    out = tmp_path / "public"

    result = run_cli(
        "batch", str(inbox), "-o", str(out), "--voice", fake_voice, "--recursive", cwd=tmp_path
    )

    err = result.stderr.decode()
    assert result.returncode == 0, err
    assert "warning: skipped leak.txt: a symbolic link to a file outside the inbox" in err
    assert "--follow-symlinks" in err
    assert sorted(p.name for p in out.glob("*.mp3")) == ["again.mp3", "news.mp3"]
    assert "山河无恙" not in _published_text(out)
    report = json.loads((out / "batch-report.json").read_text(encoding="utf-8"))
    assert [f["source"] for f in report["files"]] == ["again.txt", "news.txt"]
    assert any("leak.txt" in w for w in report["warnings"])

    followed = run_cli(
        "batch",
        str(inbox),
        "-o",
        str(out),
        "--voice",
        fake_voice,
        "--follow-symlinks",
        cwd=tmp_path,
    )
    assert followed.returncode == 0, followed.stderr.decode()
    assert (out / "leak.mp3").is_file()
    assert "山河无恙" in (out / "leak.vtt").read_text(encoding="utf-8")


# --------------------------------------------------------------------------- voice sources


def _pull_from(folder: Path) -> subprocess.CompletedProcess[bytes]:
    """``voices pull zf_xiaobei --from FOLDER`` in a child whose memory is capped, so that a
    reader with no size limit fails fast instead of filling the machine; the timeout only
    keeps a hanging read from hanging the test run."""

    def cap_memory() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (3 << 30, 3 << 30))

    return subprocess.run(
        [
            sys.executable,
            "-m",
            "audiobulletin",
            "voices",
            "pull",
            "zf_xiaobei",
            "--from",
            str(folder),
        ],
        capture_output=True,
        timeout=120,
        preexec_fn=cap_memory,
    )


@pytest.mark.parametrize("kind", ["dev-zero", "fifo", "huge", "folder"])
def test_voices_pull_from_a_folder_reads_only_plain_files_of_a_packs_size(tmp_path, kind):
    folder = tmp_path / "mirror"
    folder.mkdir()
    pack = folder / "zf_xiaobei.pt"
    if kind == "dev-zero":
        pack.symlink_to("/dev/zero")
    elif kind == "fifo":
        os.mkfifo(pack)
    elif kind == "huge":
        with pack.open("wb") as handle:
            handle.truncate(64 << 20)  # sparse: no disk used
    else:
        pack.mkdir()
    try:
        result = _pull_from(folder)
    except subprocess.TimeoutExpired:
        pytest.fail("voices pull hung on the pack file")
    assert result.returncode == 3, result.stderr.decode()
    line = _one_error_line(result)
    assert ("not a plain file" in line) if kind != "huge" else ("67,108,864 bytes" in line)
    assert not list((tmp_path / "abhome").rglob("zf_xiaobei*"))


# --------------------------------------------------------------------------- bounds


def test_workers_are_capped_at_the_cores_and_the_free_memory():
    from audiobulletin.engines.base import engine_class
    from audiobulletin.synth import worker_limit

    kokoro = engine_class("kokoro")
    assert worker_limit(kokoro, cores=2, memory=64 << 30) == (2, "2 core(s)")
    most, why = worker_limit(kokoro, cores=16, memory=3 << 30)
    assert most == 6 and "memory" in why  # 3 GiB at 480 MiB a Kokoro worker
    assert worker_limit(kokoro, cores=4, memory=100 << 20)[0] == 1  # never none


def test_more_workers_than_the_machine_holds_are_lowered_with_a_note(tmp_path, fake_voice):
    report = _report(tmp_path, "青川新闻\n\n" + BODY)
    result = run_cli(
        "make", str(report), "--voice", fake_voice, "--workers", "100000", cwd=tmp_path
    )
    err = result.stderr.decode()
    assert result.returncode == 0, err
    assert "note: --workers 100000 lowered to " in err


def test_every_cache_folder_is_0700_even_under_umask_000(tmp_path, fake_voice, _isolated_home):
    report = _report(tmp_path, "青川新闻\n\n" + BODY)
    result = subprocess.run(
        [sys.executable, "-m", "audiobulletin", "make", str(report), "--voice", fake_voice],
        capture_output=True,
        cwd=tmp_path,
        preexec_fn=lambda: os.umask(0),
    )
    assert result.returncode == 0, result.stderr.decode()
    cache = _isolated_home / "cache"
    folders = [cache, *(p for p in cache.rglob("*") if p.is_dir())]
    assert {"clips", "mp3"} <= {p.name for p in folders}
    assert {oct(p.stat().st_mode & 0o777) for p in folders} == {"0o700"}


def _many_chapters(count: int) -> str:
    """A notice of ``count`` numbered articles, each long enough to be a chapter of its own."""
    lines = ["青川市水务局供水检查通报", ""]
    for number in range(1, count + 1):
        lines += [
            f"第{number}条 检查事项",
            f"第{number}号泵站运行平稳，水压正常，值班人员按时巡查，记录完整，未发现安全隐患，"
            "请各单位继续保持，确保全市供水安全稳定。下一次检查安排在下月上旬，"
            "重点查看备用电源、消防设施和应急物资的储备情况，发现问题当场整改。",
            "",
        ]
    return "\n".join(lines)


def test_500_chapters_are_merged_into_what_an_id3_table_holds_and_no_word_is_lost():
    from audiobulletin.document import parse
    from audiobulletin.script import MAX_CHAPTERS, build_script

    script = build_script(parse(_many_chapters(500)))
    assert len(script.chapters) == MAX_CHAPTERS
    assert any("500 chapters" in note for note in script.notes)
    written = "\n".join(segment.text for segment in script.segments)
    for number in range(1, 501):
        assert f"第{number}号泵站运行平稳" in written


def test_more_chapters_than_an_id3_table_holds_still_make_a_bulletin(tmp_path, fake_voice):
    from mutagen.id3 import ID3

    report = _report(tmp_path, _many_chapters(256))
    result = run_cli(
        "make",
        str(report),
        "--voice",
        fake_voice,
        "--loudness",
        "off",
        "--no-cache",
        cwd=tmp_path,
    )
    err = result.stderr.decode()
    assert result.returncode == 0, err
    assert "note: the report has 256 chapters" in err
    tags = ID3(str(tmp_path / "output" / "report.mp3"))
    assert len(tags.getall("CHAP")) == 255
    (toc,) = tags.getall("CTOC")
    assert len(toc.child_element_ids) == 255
    chapters = json.loads((tmp_path / "output" / "report.chapters.json").read_text("utf-8"))
    assert len(chapters["chapters"]) == 255


# --------------------------------------------------------------------------- leftovers

TEMP_MAKER = """
import sys
from pathlib import Path
from audiobulletin.atomic import owned_temp
name, fd = owned_temp(Path(sys.argv[1]))
print(name, flush=True)
sys.stdin.read()
"""


def _temp_in_child(final: Path) -> tuple[subprocess.Popen, Path]:
    """A process that made a temporary file for ``final`` the way a run does, and holds it."""
    child = subprocess.Popen(
        [sys.executable, "-c", TEMP_MAKER, str(final)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    )
    return child, Path(child.stdout.readline().decode().strip())


def test_make_removes_a_killed_makes_leftovers_but_not_a_live_ones(tmp_path, fake_voice):
    out = tmp_path / "output"
    out.mkdir()
    killed, left = _temp_in_child(out / "report.mp3")
    left.write_bytes(b"\xff\xfb" * 600_000)  # 1.2 MB of a half-written MP3
    killed.kill()
    killed.wait()
    live, running = _temp_in_child(out / "other.mp3")
    older = out / ".report.vtt.k3j9x0ab.tmp"  # left by a version that did not lock them
    older.write_text("WEBVTT\n", encoding="utf-8")
    foreign = [out / ".report.mp3.swp", out / ".editor.tmp", out / "notes.mp3.k3j9x0ab.tmp"]
    for path in foreign:
        path.write_bytes(b"not ours")
    try:
        report = _report(tmp_path, "青川新闻\n\n" + BODY)
        result = run_cli("make", str(report), "--voice", fake_voice, cwd=tmp_path)
        assert result.returncode == 0, result.stderr.decode()
        assert left.name.startswith(".report.mp3.") and not left.exists()
        assert not older.exists()
        assert running.exists()  # a run still writing keeps its file
        assert all(path.exists() for path in foreign)
        assert sorted(p.name for p in out.iterdir() if p.name.endswith(".tmp")) == sorted(
            [running.name, ".editor.tmp", "notes.mp3.k3j9x0ab.tmp"]
        )
    finally:
        live.kill()
        live.wait()
