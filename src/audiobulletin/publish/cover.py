"""The podcast's cover art: checked when given, drawn when not.

Apple Podcasts rejects a show without cover art, and only takes a square JPEG or PNG of 1400
to 3000 pixels in RGB. A cover given as a file is checked against those rules before anything
is made, so a wrong one is one clear error, not a rejection days later. With none given, a
3000 x 3000 cover is drawn with the channel's title in large type, so that a feed is valid out
of the box; its file name carries a hash of what it shows, because podcast apps keep a cover
as long as its URL stays the same.

The title is Chinese, so the cover needs a font with Han characters. The first one found among
the usual system fonts is used (``AUDIOBULLETIN_COVER_FONT`` names another); on a system with
none, the cover is drawn without the title and a warning says how to get one.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Callable
from pathlib import Path

from audiobulletin.atomic import write_bytes_atomic
from audiobulletin.errors import InputError

#: Apple's limits for podcast cover art.
MIN_SIDE, MAX_SIDE = 1400, 3000
#: The side of a drawn cover: the largest Apple takes, so it stays sharp on a television.
DRAWN_SIDE = 3000
#: Name of a drawn cover in the output folder (``cover-<hash>.jpg``).
DRAWN_RE = re.compile(r"cover-[0-9a-f]{12}\.jpg")
#: Bump when the drawing changes, so covers drawn the old way get a new name.
_DRAWING_VERSION = 1
_BACKGROUND = (22, 50, 92)
_FOREGROUND = (255, 255, 255)
_ACCENT = (232, 168, 56)

#: Fonts with Han characters, where the usual systems keep them (Debian/Ubuntu packages
#: fonts-wqy-microhei, fonts-wqy-zenhei, fonts-noto-cjk; macOS; Windows).
_CJK_FONTS = (
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    "/System/Library/Fonts/PingFang.ttc",
    "/System/Library/Fonts/STHeiti Medium.ttc",
    "C:/Windows/Fonts/msyh.ttc",
    "C:/Windows/Fonts/simhei.ttf",
)


def check_cover(path: Path) -> None:
    """Raise :class:`InputError` unless ``path`` is cover art Apple takes: an RGB JPEG or
    PNG, square, 1400 to 3000 pixels on a side, named ``.jpg`` or ``.png``."""
    from PIL import Image, UnidentifiedImageError

    path = Path(path)
    if not path.is_file():
        raise InputError(
            f"The cover image '{path}' does not exist.",
            hint="Give a square JPEG or PNG of 1400-3000 px (--image), or leave --image out "
            "to have one drawn.",
        )
    if path.suffix not in (".jpg", ".png"):
        raise InputError(
            f"The cover image '{path.name}' must be named .jpg or .png (Apple's rule).",
        )
    try:
        with Image.open(path) as image:
            kind, (width, height), mode = image.format, image.size, image.mode
    except (UnidentifiedImageError, OSError) as exc:
        raise InputError(f"The cover image '{path}' cannot be read as an image: {exc}.") from None
    problems = []
    if kind not in ("JPEG", "PNG"):
        problems.append(f"it is {kind or 'not'} JPEG or PNG")
    if width != height:
        problems.append(f"it is {width} x {height} px, not square")
    elif not MIN_SIDE <= width <= MAX_SIDE:
        problems.append(f"it is {width} px on a side, not {MIN_SIDE}-{MAX_SIDE}")
    if mode not in ("RGB", "RGBA", "L", "P", "LA"):
        problems.append(f"its colours are {mode}, not RGB")
    if problems:
        raise InputError(
            f"The cover image '{path}' is not one Apple Podcasts takes: {'; '.join(problems)}.",
            hint="Apple asks for a square JPEG or PNG of 1400-3000 px in RGB.",
        )


def find_cjk_font() -> Path | None:
    """A font file with Han characters: ``$AUDIOBULLETIN_COVER_FONT`` when set, else the first
    of the usual system fonts that is there; None when there is none."""
    named = os.environ.get("AUDIOBULLETIN_COVER_FONT")
    if named is not None:
        return Path(named) if Path(named).is_file() else None
    for candidate in _CJK_FONTS:
        if Path(candidate).is_file():
            return Path(candidate)
    return None


def _lines(text: str, fits: Callable[[str], bool]) -> list[str]:
    """``text`` broken into lines that each ``fits``: at spaces between Latin words, and
    between any two Han characters (Chinese has no spaces to break at)."""
    lines: list[str] = []
    current = ""
    for piece in re.findall(r"[A-Za-z0-9]+\s*|\S\s*|\s+", text.strip()):
        if current and not fits(current + piece.rstrip()):
            lines.append(current.rstrip())
            current = piece.lstrip()
        else:
            current += piece
    if current.strip():
        lines.append(current.rstrip())
    return lines


def draw_cover(title: str, font: Path | None) -> bytes:
    """A 3000 x 3000 JPEG: ``title`` in large type on a plain background (without ``font``,
    the background and its band only)."""
    import io

    from PIL import Image, ImageDraw, ImageFont

    side = DRAWN_SIDE
    image = Image.new("RGB", (side, side), _BACKGROUND)
    draw = ImageDraw.Draw(image)
    margin = side // 10
    draw.rectangle((margin, side - margin - side // 40, side - margin, side - margin), _ACCENT)
    if font is not None and title.strip():
        room_w, room_h = side - 2 * margin, side - 3 * margin
        for size in range(side // 6, side // 30, -side // 100):
            face = ImageFont.truetype(str(font), size)

            def fits(line: str, face=face) -> bool:  # type: ignore[no-untyped-def]
                return draw.textlength(line, font=face) <= room_w

            lines = _lines(title, fits)
            step = round(size * 1.25)
            if len(lines) * step <= room_h and all(fits(line) for line in lines):
                break
        top = (side - margin - len(lines) * step) // 2
        for number, line in enumerate(lines):
            draw.text((margin, top + number * step), line, font=face, fill=_FOREGROUND)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=88, optimize=True)
    return out.getvalue()


def drawn_cover(folder: Path, title: str, warn: Callable[[str], None]) -> Path:
    """The drawn cover for ``title`` in ``folder``, drawn when it is not there yet; covers
    drawn for another title are removed."""
    font = find_cjk_font()
    if font is None:
        warn(
            "no font with Chinese characters was found, so the drawn cover art shows no "
            "title; install one (e.g. apt install fonts-wqy-microhei), set "
            "AUDIOBULLETIN_COVER_FONT, or give --image."
        )
    recipe = f"{_DRAWING_VERSION}\0{title}\0{font.name if font else ''}"
    name = f"cover-{hashlib.sha256(recipe.encode()).hexdigest()[:12]}.jpg"
    path = Path(folder) / name
    if not path.is_file():
        write_bytes_atomic(path, draw_cover(title, font))
    for old in Path(folder).glob("cover-*.jpg"):
        if old.name != name and DRAWN_RE.fullmatch(old.name):
            old.unlink(missing_ok=True)
    return path
