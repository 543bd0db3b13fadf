"""A report file (or standard input) -> clean text.

Reports arrive from government sites, scrapers and office exports, so the bytes may be UTF-8
(with or without a BOM), UTF-16 with a BOM, or GB18030/GBK, with Windows or old Mac line
endings. :func:`read_report` decides the encoding deterministically and turns every reason a
file cannot be a report into one :class:`~audiobulletin.errors.InputError` sentence that names
the file, so the CLI can say what to fix instead of printing a traceback.
"""

from __future__ import annotations

import codecs
import re
import sys
import unicodedata
from pathlib import Path

from audiobulletin.errors import InputError
from audiobulletin.zh import is_han, voiced_chars

#: Default upper bound on a report's size; a bulletin of 5 MB of text would run for days.
DEFAULT_MAX_BYTES = 5_000_000

#: The share of characters of a decoded text that must look like Chinese prose (Han,
#: ASCII, CJK punctuation, full-width forms ...) before a GB18030 reading is believed.
_PLAUSIBLE_SHARE = 0.95

#: Leading bytes of common binary formats, for a friendlier message than "binary".
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or a .docx/.xlsx file)"),
    (b"\xd0\xcf\x11\xe0", "an old Office document (.doc/.xls)"),
    (b"ID3", "an MP3 file"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "a program"),
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    # UTF-32 first: its little-endian BOM starts with the UTF-16 one.
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def read_report(source: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """Read a report and return its text with LF line ends and no BOM.

    ``source`` is a path, or ``"-"`` for standard input. Raises :class:`InputError` for a
    missing path, a directory, a file over ``max_bytes``, an empty or whitespace-only report,
    binary data, or bytes that are not UTF-8, UTF-16 (with BOM) or GB18030 text.
    """
    if str(source) == "-":
        name = "standard input"
        data = _read_stdin(max_bytes)
    else:
        path = Path(source)
        name = str(path)
        data = _read_file(path, max_bytes)
    text = decode_report(data, name)
    text = normalise_newlines(text)
    if not text.strip():
        raise InputError(f"{name} contains only whitespace; there is nothing to read.")
    if not voiced_chars(text):
        raise InputError(
            f"{name} has no words to read: it holds only punctuation and symbols.",
        )
    return text


def normalise_newlines(text: str) -> str:
    """CRLF and bare CR become LF (scraped pages mix all three)."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode_report(data: bytes, name: str = "the report") -> str:
    """Decode report bytes; the rules, in order, are deterministic.

    1. A BOM decides (UTF-32, UTF-8, UTF-16; the BOM is removed).
    2. NUL bytes or a known binary signature mean the data is not text.
    3. Strict UTF-8, unless the result is implausible and GB18030 reads as Chinese.
    4. Strict GB18030 (a superset of GBK and GB2312), if the result is plausible.
    Anything else is undecodable.
    """
    if not data:
        raise InputError(f"{name} is empty; there is nothing to read.")
    data = strip_dos_eof(data)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise InputError(
                    f"{name} starts with a {encoding.upper()} byte-order mark but is not valid "
                    f"{encoding.upper()} text (bad bytes at offset {exc.start}).",
                    hint="re-save the report as UTF-8 text",
                ) from None
            _reject_control_heavy(text, name)
            return text.lstrip("\ufeff")
    _reject_binary(data, name)
    utf8 = _try_decode(data, "utf-8")
    gb = None
    if utf8 is None or plausibility(utf8) < _PLAUSIBLE_SHARE:
        gb = _try_decode(data, "gb18030")
    if utf8 is not None and (gb is None or plausibility(gb) <= plausibility(utf8)):
        _reject_control_heavy(utf8, name)
        return utf8
    if gb is not None and plausibility(gb) >= _PLAUSIBLE_SHARE:
        _reject_control_heavy(gb, name)
        return gb
    raise InputError(
        f"{name} is not readable text: it is neither UTF-8, UTF-16 with a byte-order mark, "
        "nor GB18030/GBK.",
        hint="re-save the report as UTF-8 text",
    )


#: DOS and old Windows editors end a text file with ^Z (0x1A), sometimes after the last line
#: end, sometimes several times over; it is no part of the text.
_DOS_EOF = re.compile(rb"\x1a[\x1a\r\n\t ]*\Z")


def strip_dos_eof(data: bytes) -> bytes:
    """``data`` without a trailing ^Z (and the line ends around it).

    Only an 8-bit file can end in ^Z this way: in UTF-16 and UTF-32 the byte is part of a
    wider code unit, so those (recognised by their byte-order mark) are left alone.
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_BE)):
        return data
    return _DOS_EOF.sub(b"", data)


def plausibility(text: str) -> float:
    """Share of characters that belong in a Chinese report (0.0-1.0).

    Han ideographs, ASCII, CJK and full-width punctuation, general punctuation, Latin-1
    letters and whitespace count; a wrong decoding scatters characters over rare blocks
    (Yi, Hangul syllables, private use, box drawing ...), which do not.
    """
    if not text:
        return 1.0
    good = sum(1 for ch in text if _plausible_char(ch))
    return good / len(text)


def _plausible_char(ch: str) -> bool:
    code = ord(ch)
    return (
        code < 0x80
        or 0x00A0 <= code <= 0x00FF
        or 0x2000 <= code <= 0x206F  # general punctuation (— … “ ”)
        or 0x2100 <= code <= 0x22FF  # letterlike, arrows, maths (℃ ×)
        or 0x2460 <= code <= 0x24FF  # enclosed numbers ①
        or 0x25A0 <= code <= 0x25FF  # geometric shapes ● ■
        or 0x3000 <= code <= 0x303F  # CJK punctuation
        or is_han(ch)
        or 0xFE30 <= code <= 0xFE4F  # CJK compatibility forms
        or 0xFF00 <= code <= 0xFFEF  # full-width forms
        or 0x0391 <= code <= 0x03C9  # Greek letters (GB2312 has them)
        or 0x0401 <= code <= 0x0451  # Cyrillic letters (GB2312 has them)
    )


def _try_decode(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _reject_binary(data: bytes, name: str) -> None:
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise InputError(
                f"{name} looks like {what}, not a text report.",
                hint="export or save the report as plain text (.txt) first",
            )
    if b"\x00" in data[:65536]:
        raise InputError(
            f"{name} contains NUL bytes, so it is binary data (or UTF-16 without a "
            "byte-order mark), not a text report.",
            hint="save the report as UTF-8 text",
        )


def _reject_control_heavy(text: str, name: str) -> None:
    """Text full of control characters is binary data that happened to decode."""
    sample = text[:65536]
    controls = sum(
        1 for ch in sample if unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\f\v"
    )
    if controls and controls > max(2, len(sample) // 100):
        raise InputError(
            f"{name} is mostly control characters, so it is binary data, not a text report.",
            hint="export or save the report as plain text (.txt) first",
        )


def _too_big(name: str, size: int | None, max_bytes: int) -> InputError:
    what = f"is {size:,} bytes" if size is not None else "is larger than that"
    return InputError(
        f"{name} {what}, over the {max_bytes:,}-byte limit for a report; "
        "raise the limit with --max-size if you really mean it.",
        hint=f"--max-size {max(max_bytes * 2, size or 0)}",
    )


def _read_file(path: Path, max_bytes: int) -> bytes:
    """Check the path before reading, and never read more than ``max_bytes`` + 1 bytes."""
    try:
        info = path.stat()
    except FileNotFoundError:
        raise InputError(f"No such report file: {path}.") from None
    except OSError as exc:
        raise InputError(f"{path} cannot be examined: {exc.strerror or exc}.") from None
    if path.is_dir():
        raise InputError(f"{path} is a directory, not a report file.")
    if info.st_size > max_bytes:
        raise _too_big(str(path), info.st_size, max_bytes)
    try:
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except PermissionError:
        raise InputError(f"{path} cannot be read: permission denied.") from None
    except OSError as exc:
        raise InputError(f"{path} cannot be read: {exc.strerror or exc}.") from None
    if len(data) > max_bytes:  # grew since stat, or a special file with no size
        raise _too_big(str(path), None, max_bytes)
    return data


def _read_stdin(max_bytes: int) -> bytes:
    """Standard input has no size to stat, so read one byte past the limit to detect it."""
    data = sys.stdin.buffer.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise _too_big("standard input", None, max_bytes)
    return data
