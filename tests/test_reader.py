"""Reading a report: encodings, line ends, and every kind of bad input (one InputError each)."""

from __future__ import annotations

import codecs
import io
import sys
import types
from pathlib import Path

import pytest

from audiobulletin.errors import InputError
from audiobulletin.reader import decode_report, normalise_newlines, plausibility, read_report

#: Invented report text (not from any real document).
SAMPLE = (
    "青川市气象台发布暴雨蓝色预警\n"
    "发布时间：2031年6月2日\n"
    "一、天气实况\n"
    "　　昨日全市平均降雨量为28.5毫米，最大降雨出现在东湖镇，达96.2毫米。\n"
    "二、防御建议\n"
    "　　请市民减少外出，注意防范山洪、滑坡等次生灾害。\n"
)


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("label", "data"),
    [
        ("utf-8", SAMPLE.encode("utf-8")),
        ("utf-8-sig", SAMPLE.encode("utf-8-sig")),
        ("utf-16-le-bom", codecs.BOM_UTF16_LE + SAMPLE.encode("utf-16-le")),
        ("utf-16-be-bom", codecs.BOM_UTF16_BE + SAMPLE.encode("utf-16-be")),
        ("utf-16", SAMPLE.encode("utf-16")),
        ("utf-32", SAMPLE.encode("utf-32")),
        ("gb18030", SAMPLE.encode("gb18030")),
        ("gbk", SAMPLE.encode("gbk")),
        ("gb2312", SAMPLE.encode("gb2312")),
    ],
)
def test_each_encoding_round_trips(tmp_path: Path, label: str, data: bytes) -> None:
    path = _write(tmp_path, f"{label}.txt", data)
    assert read_report(path) == SAMPLE


def test_gb18030_only_characters_round_trip(tmp_path: Path) -> None:
    # 𠮷 (U+20BB7) is outside GBK; GB18030 encodes it in four bytes.
    text = "𠮷野家门店今日开业，欢迎光临。\n"
    assert read_report(_write(tmp_path, "four.txt", text.encode("gb18030"))) == text


def test_bom_is_stripped_and_str_paths_work(tmp_path: Path) -> None:
    path = _write(tmp_path, "bom.txt", codecs.BOM_UTF8 + "标题\n正文。".encode())
    text = read_report(str(path))
    assert not text.startswith("\ufeff")
    assert text == "标题\n正文。"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("甲\r\n乙\r\n", "甲\n乙\n"),
        ("甲\r乙\r", "甲\n乙\n"),
        ("甲\r\n\r\n\n乙\r丙\n", "甲\n\n\n乙\n丙\n"),
    ],
)
def test_line_ends_become_lf(tmp_path: Path, raw: str, expected: str) -> None:
    assert read_report(_write(tmp_path, "le.txt", raw.encode())) == expected
    assert normalise_newlines(raw) == expected


def test_crlf_in_gbk_and_utf16(tmp_path: Path) -> None:
    raw = SAMPLE.replace("\n", "\r\n")
    assert read_report(_write(tmp_path, "a.txt", raw.encode("gbk"))) == SAMPLE
    assert read_report(_write(tmp_path, "b.txt", raw.encode("utf-16"))) == SAMPLE


def _error(source: str | Path, **kwargs: int) -> InputError:
    with pytest.raises(InputError) as info:
        read_report(source, **kwargs)
    err = info.value
    assert err.exit_code == 2
    assert err.message.endswith(".")
    return err


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nope.txt"
    err = _error(path)
    assert str(path) in err.message
    assert "No such" in err.message


def test_directory(tmp_path: Path) -> None:
    err = _error(tmp_path)
    assert str(tmp_path) in err.message
    assert "directory" in err.message


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n", "\u3000\u3000\n\u00a0".encode()])
def test_empty_or_whitespace_only(tmp_path: Path, data: bytes) -> None:
    path = _write(tmp_path, "empty.txt", data)
    err = _error(path)
    assert str(path) in err.message
    assert "empty" in err.message or "whitespace" in err.message


def test_bom_only_file_is_empty(tmp_path: Path) -> None:
    err = _error(_write(tmp_path, "bom.txt", codecs.BOM_UTF8))
    assert "whitespace" in err.message or "empty" in err.message


@pytest.mark.parametrize(
    ("data", "word"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "PNG"),
        (b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(range(256)), "ZIP"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG"),
        (b"abc\x00def\x00" * 20, "NUL"),
        (("report " + "\x01\x02\x03\x04" * 50).encode(), "control"),
    ],
)
def test_binary_files(tmp_path: Path, data: bytes, word: str) -> None:
    path = _write(tmp_path, "blob.bin", data)
    err = _error(path)
    assert str(path) in err.message
    assert word in err.message
    assert err.hint


def test_utf16_without_bom_is_refused(tmp_path: Path) -> None:
    err = _error(_write(tmp_path, "u16.txt", SAMPLE.encode("utf-16-le")))
    assert "NUL" in err.message


@pytest.mark.parametrize(
    "data",
    [
        b"ok \x80\xff\xfd\xfc\x80\x81" * 10,  # neither UTF-8 nor GB18030
        "caf\u00e9 cr\u00e8me br\u00fbl\u00e9e, na\u00efve r\u00e9sum\u00e9\n".encode("cp1252"),
        bytes([0x81, 0x30, 0x81, 0x30]) * 40,  # valid GB18030, but only rare symbols
    ],
)
def test_undecodable_bytes(tmp_path: Path, data: bytes) -> None:
    path = _write(tmp_path, "odd.txt", data)
    err = _error(path)
    assert str(path) in err.message
    assert "UTF-8" in err.message
    assert "GB18030" in err.message


def test_bad_utf8_after_bom(tmp_path: Path) -> None:
    err = _error(_write(tmp_path, "bad.txt", codecs.BOM_UTF8 + b"ok \xff\xfe"))
    assert "byte-order mark" in err.message


def test_too_big_says_limit_and_how_to_raise_it(tmp_path: Path) -> None:
    path = _write(tmp_path, "big.txt", ("很长的报告。" * 100).encode())
    err = _error(path, max_bytes=1000)
    assert str(path) in err.message
    assert "1,000" in err.message
    assert "--max-size" in err.message


def test_size_is_checked_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _write(tmp_path, "big.txt", b"x" * 5000)

    def no_read(*args: object, **kwargs: object) -> bytes:
        raise AssertionError("read a file that stat already showed to be too big")

    monkeypatch.setattr(Path, "read_bytes", no_read)
    monkeypatch.setattr(Path, "open", no_read)
    _error(path, max_bytes=100)


def test_exactly_at_the_limit_is_fine(tmp_path: Path) -> None:
    data = "报告。".encode()
    assert read_report(_write(tmp_path, "edge.txt", data), max_bytes=len(data)) == "报告。"


class _Stdin:
    """A stand-in for sys.stdin with a byte buffer that records how much was asked for."""

    def __init__(self, data: bytes) -> None:
        self.raw = io.BytesIO(data)
        self.asked: list[int] = []
        self.buffer = types.SimpleNamespace(read=self._read)

    def _read(self, n: int = -1) -> bytes:
        self.asked.append(n)
        return self.raw.read(n)


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = _Stdin(SAMPLE.replace("\n", "\r\n").encode("gbk"))
    monkeypatch.setattr(sys, "stdin", fake)
    assert read_report("-") == SAMPLE
    assert fake.asked == [5_000_001]


def test_stdin_too_big_reads_only_limit_plus_one(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = _Stdin(b"a" * 10_000)
    monkeypatch.setattr(sys, "stdin", fake)
    err = _error("-", max_bytes=100)
    assert "standard input" in err.message
    assert "--max-size" in err.message
    assert fake.asked == [101]


def test_stdin_empty(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", _Stdin(b""))
    assert "standard input" in _error("-").message


def test_decode_is_deterministic_and_plausibility_scores() -> None:
    data = SAMPLE.encode("gbk")
    assert {decode_report(data) for _ in range(5)} == {SAMPLE}
    assert plausibility(SAMPLE) == 1.0
    assert plausibility("ꀀꀁꀂꀃ") == 0.0  # Yi syllables: what a wrong decoding looks like
