"""Print the parsed structure of every corpus report, one line each.

Why: the structure rules in :mod:`audiobulletin.document` are heuristics; this table is the
quick way to see what they make of the real reports (and to paste into an issue note).

Usage: python scripts/corpus_structure.py [CORPUS_DIR]
(default: $AUDIOBULLETIN_CORPUS, else ../shared/corpus next to the repository)
"""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

import benchlib

from audiobulletin.document import Document, parse
from audiobulletin.reader import read_report

COLUMNS = (
    ("file", 4),
    ("title", 26),
    ("sub", 3),
    ("meta kinds", 40),
    ("date", 10),
    ("chap", 4),
    ("head", 4),
    ("tbl", 3),
    ("longest", 7),
    ("drop", 4),
)


def corpus_dir(argv: list[str]) -> Path:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, help="folder of reports (*.txt)")
    folder = parser.parse_args(argv).corpus
    return folder if folder is not None else benchlib.corpus_dir()


def width(text: str) -> int:
    """Display width: full-width (CJK) characters take two columns."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def fit(text: str, columns: int) -> str:
    """Cut ``text`` to ``columns`` display columns (with …) and pad it to exactly that."""
    if width(text) > columns:
        out = ""
        for ch in text:
            if width(out + ch) > columns - 1:
                break
            out += ch
        text = out + "…"
    return text + " " * (columns - width(text))


def meta_kinds(doc: Document) -> str:
    """Kinds in order, repeats counted (``date×2``); unspoken kinds marked with ``-``."""
    counts: dict[str, int] = {}
    spoken: dict[str, bool] = {}
    for line in doc.meta:
        counts[line.kind] = counts.get(line.kind, 0) + 1
        spoken[line.kind] = spoken.get(line.kind, False) or line.spoken
    parts = []
    for kind, n in counts.items():
        name = kind if spoken[kind] else f"-{kind}"
        parts.append(f"{name}×{n}" if n > 1 else name)
    return ",".join(parts) or "—"


def row(name: str, doc: Document) -> list[str]:
    blocks = [b for c in doc.chapters for b in c.blocks]
    longest = max((len(b.text) for b in blocks if b.kind == "paragraph"), default=0)
    return [
        name[:2],
        doc.title,
        str(len(doc.subtitles)),
        meta_kinds(doc),
        doc.date or "—",
        str(len(doc.chapters)),
        str(sum(1 for c in doc.chapters if c.heading)),
        str(sum(1 for b in blocks if b.kind == "table")),
        str(longest),
        str(len(doc.dropped)),
    ]


def render(cells: list[str]) -> str:
    return " ".join(fit(cell, w) for cell, (_, w) in zip(cells, COLUMNS, strict=True)).rstrip()


def main(argv: list[str]) -> int:
    folder = corpus_dir(argv)
    files = sorted(folder.glob("*.txt"))
    if not files:
        print(f"no corpus files in {folder}", file=sys.stderr)
        return 1
    print(render([name for name, _ in COLUMNS]))
    print(render(["-" * w for _, w in COLUMNS]))
    for path in files:
        print(render(row(path.name, parse(read_report(path)))))
    print()
    print("sub = subtitles; meta kinds: '-' = never spoken; chap = chapters; head = chapters")
    print("with a heading; tbl = tables; longest = longest paragraph (chars); drop = dropped lines")
    return 0


if __name__ == "__main__":
    try:
        raise SystemExit(main(sys.argv[1:]))
    except BrokenPipeError:  # e.g. `| head`: the reader has seen enough
        sys.stderr.close()
        raise SystemExit(141) from None
