#!/usr/bin/env python3
"""Score the intro's key points against human news summaries, beside the Lead baselines.

Why: ``audiobulletin.summary.key_points`` is tuned by heuristics; this script is the check
that it still beats simply reading the first 120 characters (Lead@120), on real article /
human-summary pairs, scored with the eval set's own character-level ROUGE.

Data is read where it lies (never copied into the project): ``$AUDIOBULLETIN_SUMM`` or
``<repo>/../shared/summ`` must hold ``pairs.jsonl``, ``pairs_all.jsonl`` and ``rouge.py``.

Article shape: NLPCC articles may be word-segmented (spaces between Chinese characters) and
use ``<Paragraph>`` markers. Spaces between CJK characters are removed and paragraphs are
split at ``<Paragraph>`` and newlines before any system sees the text. The pairs carry no
title, so ``key_points`` gets an empty one.

Baselines (as in the eval set's SOURCES.md): sentences end at ``。！？!?；;`` plus trailing
closing quotes, at newlines and at ``<Paragraph>``; Lead-1 is the first sentence; Lead@120
is the leading text cut after 120 non-space characters.

Usage::

    python scripts/rouge_intro.py [--all] [--by-source] [--summ DIR] [--show N]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

sys.path.insert(0, str(REPO / "scripts"))

from benchlib import shared_data  # noqa: E402

from audiobulletin.summary import key_points  # noqa: E402

_CJK = r"\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef"
_CJK_SPACE_RE = re.compile(rf"(?<=[{_CJK}])\s+(?=[{_CJK}])")
_BASE_SENT_RE = re.compile(r"[^。！？!?；;\n]*(?:[。！？!?；;]+[”’\"'」』]*|\n|$)")


def summ_dir(explicit: str | None = None) -> Path:
    """The eval-set folder: ``--summ``, else ``$AUDIOBULLETIN_SUMM``, else ``../shared/summ``."""
    return shared_data("AUDIOBULLETIN_SUMM", "summ", explicit=explicit)


def load_rouge(folder: Path) -> ModuleType:
    """Import the eval set's ``rouge.py`` from its path (it is not a package)."""
    spec = importlib.util.spec_from_file_location("summ_rouge", folder / "rouge.py")
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load {folder / 'rouge.py'}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def paragraphs_of(article: str) -> list[str]:
    """Undo word segmentation between CJK characters and split at ``<Paragraph>``/newlines."""
    text = _CJK_SPACE_RE.sub("", article)
    parts = re.split(r"<Paragraph>|\n", text)
    return [p.strip() for p in parts if p.strip()]


def _base_sentences(paragraphs: list[str]) -> list[str]:
    out: list[str] = []
    for p in paragraphs:
        out.extend(m.group(0).strip() for m in _BASE_SENT_RE.finditer(p) if m.group(0).strip())
    return out


def lead1(paragraphs: list[str]) -> str:
    sents = _base_sentences(paragraphs)
    return sents[0] if sents else ""


def lead_chars(paragraphs: list[str], limit: int = 120) -> str:
    out: list[str] = []
    n = 0
    for ch in "".join(_base_sentences(paragraphs)):
        if n >= limit:
            break
        out.append(ch)
        if not ch.isspace():
            n += 1
    return "".join(out)


def ours(paragraphs: list[str]) -> str:
    return "".join(key_points("", paragraphs))


SYSTEMS: dict[str, Callable[[list[str]], str]] = {
    "ours (key_points)": ours,
    "Lead-1": lead1,
    "Lead@120": lead_chars,
}


def _read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _source(pair: dict) -> str:
    return pair["id"].split("-")[0]


def evaluate(pairs: list[dict], rouge: ModuleType) -> dict[str, dict]:
    """Per system: candidates, per-item scores, mean F1 (x100) and mean length."""
    results: dict[str, dict] = {}
    paras = [paragraphs_of(p["article"]) for p in pairs]
    refs = [p["summary"] for p in pairs]
    for name, system in SYSTEMS.items():
        cands = [system(ps) for ps in paras]
        means, per = rouge.score_corpus(cands, refs)
        length = sum(len(re.sub(r"\s", "", c)) for c in cands) / max(len(cands), 1)
        results[name] = {"cands": cands, "per": per, "means": means, "len": length}
    return results


def _row(name: str, means: dict, length: float | None = None) -> str:
    r1, r2, rl = (means[k]["f"] for k in ("rouge-1", "rouge-2", "rouge-l"))
    tail = f" {length:8.1f}" if length is not None else ""
    return f"{name:<20} {r1:6.2f} {r2:6.2f} {rl:6.2f}{tail}"


def _means_of(per: list[dict]) -> dict:
    n = max(len(per), 1)
    return {
        k: {m: 100.0 * sum(x[k][m] for x in per) / n for m in "prf"}
        for k in ("rouge-1", "rouge-2", "rouge-l")
    }


def report(label: str, pairs: list[dict], results: dict[str, dict], by_source: bool) -> None:
    print(f"\n{label} (n={len(pairs)}), char-level ROUGE F1 x100")
    print(f"{'system':<20} {'R-1':>6} {'R-2':>6} {'R-L':>6} {'avg len':>8}")
    for name, res in results.items():
        print(_row(name, res["means"], res["len"]))
    if not by_source:
        return
    sources = sorted({_source(p) for p in pairs})
    for src in sources:
        idx = [i for i, p in enumerate(pairs) if _source(p) == src]
        print(f"  {src} (n={len(idx)})")
        for name, res in results.items():
            print("  " + _row(name, _means_of([res["per"][i] for i in idx])))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--summ", help="eval-set folder (default: $AUDIOBULLETIN_SUMM or ../shared/summ)"
    )
    ap.add_argument("--all", action="store_true", help="also score pairs_all.jsonl")
    ap.add_argument("--by-source", action="store_true", help="break the scores down by source")
    ap.add_argument("--show", type=int, default=0, help="print the first N candidates beside refs")
    args = ap.parse_args(argv)

    folder = summ_dir(args.summ)
    if not (folder / "pairs.jsonl").is_file():
        print(f"eval set not found in {folder}; set AUDIOBULLETIN_SUMM", file=sys.stderr)
        return 2
    rouge = load_rouge(folder)
    files = ["pairs.jsonl"] + (["pairs_all.jsonl"] if args.all else [])
    for name in files:
        pairs = _read_jsonl(folder / name)
        results = evaluate(pairs, rouge)
        report(name, pairs, results, args.by_source)
        for i in range(min(args.show, len(pairs))):
            print(f"\n[{pairs[i]['id']}]\n  REF  {pairs[i]['summary']}")
            print(f"  OURS {results['ours (key_points)']['cands'][i]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
