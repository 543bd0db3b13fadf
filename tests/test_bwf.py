"""`make --format wav`: a Broadcast WAV for radio playout, read back chunk by chunk with a
RIFF reader of the test's own (not the writer's), and opened by ffprobe."""

from __future__ import annotations

import json
import shutil
import struct
import subprocess
from pathlib import Path

import pytest
from clirun import EXAMPLE, run_cli
from loudness_check import independent_loudness

from audiobulletin.publish.bwf import _fixed


def riff_chunks(data: bytes) -> list[tuple[bytes, bytes]]:
    """The top-level chunks of a RIFF/WAVE file: (id, payload), pad bytes skipped."""
    assert data[:4] == b"RIFF" and data[8:12] == b"WAVE"
    (riff_size,) = struct.unpack("<I", data[4:8])
    assert riff_size == len(data) - 8  # the RIFF size covers the whole file
    chunks, pos = [], 12
    while pos < len(data):
        kind, size = data[pos : pos + 4], struct.unpack("<I", data[pos + 4 : pos + 8])[0]
        chunks.append((kind, data[pos + 8 : pos + 8 + size]))
        pos += 8 + size + size % 2
    assert pos == len(data)
    return chunks


def sub_chunks(payload: bytes) -> list[tuple[bytes, bytes]]:
    out, pos = [], 0
    while pos < len(payload):
        kind, size = payload[pos : pos + 4], struct.unpack("<I", payload[pos + 4 : pos + 8])[0]
        out.append((kind, payload[pos + 8 : pos + 8 + size]))
        pos += 8 + size + size % 2
    return out


def text(field: bytes) -> str:
    return field.rstrip(b"\0").decode("utf-8")


@pytest.fixture(scope="module")
def wav(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example report as a 24-bit BWF, made with the fake engine (no voice needed)."""
    folder = tmp_path_factory.mktemp("bwf")
    result = run_cli(
        "make", str(EXAMPLE), "--engine", "fake", "--format", "wav", "-o", f"{folder}/", "-q",
        cwd=folder,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr.decode()
    assert result.stdout.decode().split() == [
        f"{folder}/report.wav",
        f"{folder}/report.chapters.json",
        f"{folder}/report.vtt",
    ]
    return folder / "report.wav"


def test_the_wav_is_48_khz_pcm_with_bext_first(wav: Path) -> None:
    chunks = riff_chunks(wav.read_bytes())
    kinds = [kind for kind, _ in chunks]
    assert kinds[:3] == [b"bext", b"fmt ", b"data"]
    fmt = dict(chunks)[b"fmt "]
    tag, channels, rate, byte_rate, align, bits = struct.unpack("<HHIIHH", fmt[:16])
    assert (tag, channels, rate, bits) == (1, 1, 48000, 24)
    assert (byte_rate, align) == (48000 * 3, 3)


def test_bext_says_what_where_when_and_how_loud(wav: Path) -> None:
    bext = dict(riff_chunks(wav.read_bytes()))[b"bext"]
    assert text(bext[0:256]) == "青川省气象局关于近期强降雨天气过程的专题气象简报"
    assert text(bext[256:288]) == "青川省气象台"  # the report's source, without 来源：
    assert text(bext[320:330]) == "2026-06-18"  # the report's own date
    assert text(bext[330:338]) == "09:30:00"  # and time (发布时间：… 09:30)
    (version,) = struct.unpack("<H", bext[346:348])
    assert version == 2
    integrated, lra, peak, momentary, short_term = (
        v / 100 for v in struct.unpack("<hhhhh", bext[412:422])
    )
    assert abs(integrated - -23.0) <= 0.5  # the broadcast preset is the WAV's default
    assert peak <= -1.0
    assert 0 <= lra < 20
    assert momentary >= short_term >= integrated - 1
    assert bext[422:602] == bytes(180)  # reserved
    assert bext[602:].startswith(b"A=PCM,F=48000,W=24,M=mono,T=audiobulletin")
    measured, true_peak = independent_loudness(wav)
    assert abs(measured - integrated) <= 0.3
    assert abs(true_peak - peak) <= 0.5


def test_one_cue_point_with_a_label_per_chapter(wav: Path) -> None:
    chunks = riff_chunks(wav.read_bytes())
    cue = dict(chunks)[b"cue "]
    (count,) = struct.unpack("<I", cue[:4])
    points = [struct.unpack("<II4sIII", cue[4 + 24 * k : 28 + 24 * k]) for k in range(count)]
    lists = [payload for kind, payload in chunks if kind == b"LIST"]
    adtl = next(p for p in lists if p[:4] == b"adtl")
    labels = {}
    for kind, payload in sub_chunks(adtl[4:]):
        assert kind == b"labl"
        labels[struct.unpack("<I", payload[:4])[0]] = text(payload[4:])
    chapters = json.loads(wav.with_name("report.chapters.json").read_text("utf-8"))["chapters"]
    assert count == len(chapters) > 1
    for (ident, position, chunk, _start, _block, offset), chapter in zip(
        points, chapters, strict=True
    ):
        assert chunk == b"data" and position == offset
        assert offset == round(chapter["startTime"] * 48000)
        assert labels[ident] == chapter["title"]


def test_ffprobe_opens_it_with_its_chapters(wav: Path) -> None:
    if shutil.which("ffprobe") is None:
        pytest.skip("ffprobe not installed")
    probe = json.loads(
        subprocess.run(
            ["ffprobe", "-v", "error", "-show_chapters", "-show_format", "-show_streams",
             "-of", "json", str(wav)],
            capture_output=True,
            check=True,
        ).stdout
    )  # fmt: skip
    assert probe["streams"][0]["codec_name"] == "pcm_s24le"
    assert probe["streams"][0]["sample_rate"] == "48000"
    chapters = json.loads(wav.with_name("report.chapters.json").read_text("utf-8"))["chapters"]
    assert [c["tags"]["title"] for c in probe["chapters"]] == [c["title"] for c in chapters]
    assert abs(float(probe["format"]["duration"]) - chapters[-1]["endTime"]) < 0.01
    assert probe["format"]["tags"]["title"] == "青川省气象局关于近期强降雨天气过程的专题气象简报"


def test_sixteen_bits_on_request_and_the_loudness_given(tmp_path: Path) -> None:
    out = tmp_path / "news.wav"  # the name says WAV: no --format needed
    result = run_cli(
        "make", str(EXAMPLE), "--engine", "fake", "-o", str(out), "--bits", "16",
        "--loudness", "-18", "--json", cwd=tmp_path,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr.decode()
    figures = json.loads(result.stdout)
    assert figures["files"][0] == str(out)
    assert abs(figures["loudness"]["integrated_lufs"] - -18) <= 0.5
    fmt = dict(riff_chunks(out.read_bytes()))[b"fmt "]
    assert struct.unpack("<H", fmt[14:16])[0] == 16


def test_a_page_is_refused_for_a_wav(tmp_path: Path) -> None:
    result = run_cli(
        "make", str(EXAMPLE), "--engine", "fake", "--format", "wav", "--html", cwd=tmp_path
    )
    assert result.returncode == 2
    assert result.stderr.decode().startswith("error: A web page plays the MP3")


def test_batch_format_wav_from_config_writes_broadcast_wavs(tmp_path, _isolated_home) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "weather.txt").write_bytes(EXAMPLE.read_bytes())
    out = tmp_path / "playout"
    _isolated_home.mkdir(parents=True, exist_ok=True)
    (_isolated_home / "config.toml").write_text(
        f'[batch]\ninbox = "{inbox}"\noutput = "{out}"\nengine = "fake"\nformat = "wav"\n',
        encoding="utf-8",
    )
    result = run_cli("batch", cwd=tmp_path)
    assert result.returncode == 0, result.stderr.decode()
    assert (out / "weather.wav").is_file()
    assert not list(out.glob("*.mp3")) and not list(out.glob("*.html"))
    bext = dict(riff_chunks((out / "weather.wav").read_bytes()))[b"bext"]
    assert abs(struct.unpack("<h", bext[412:414])[0] / 100 - -23.0) <= 0.5
    again = run_cli("batch", cwd=tmp_path)
    assert again.returncode == 0
    report = json.loads((out / "batch-report.json").read_text("utf-8"))
    assert [f["status"] for f in report["files"]] == ["skipped"]


@pytest.mark.parametrize(
    ("value", "size", "kept"),
    [("青川省气象台", 32, "青川省气象台"), ("青" * 11, 32, "青" * 10), ("abc", 2, "ab")],
)
def test_bext_text_fields_are_cut_at_a_character_boundary(value, size, kept) -> None:
    field = _fixed(value, size)
    assert len(field) == size
    assert field.rstrip(b"\0").decode("utf-8") == kept
