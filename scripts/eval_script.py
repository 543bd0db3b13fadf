#!/usr/bin/env python3
"""Score what the bulletin *says* against an editor's labels (``tests/gold/*.json``).

Why: the text half (title, chapters, intro, readings) is judged by listeners, not by unit
tests of single rules. This script runs the real script stage on each labelled report and
prints, per report and pooled:

- title: the announced title equals the editor's (spaces and punctuation ignored);
- boundary: chapter-start precision, recall and F1, with the predicted and gold counts;
- leak: share of the editor's never-spoken lines (bylines, chrome, unit lines) that are
  read inside a chapter, a chapter title or the intro;
- chapter titles: share that are at most 16 characters, not cut mid-number, without
  （二）-style suffixes, and close to an editor's title for the same chapter (character
  overlap ≥ 0.5);
- intro: key-fact recall and the intro's visible length, written and said (the longer);
- readings: share of checked written forms spoken in one of the accepted ways.

The reports are read where they lie (``$AUDIOBULLETIN_SHARED``, else ``../shared``); a
label file whose report is absent is skipped.

Usage::

    python scripts/eval_script.py [--gold DIR] [--shared DIR] [--json OUT] [--show NAME]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from dataclasses import asdict, dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

sys.path.insert(0, str(REPO / "scripts"))

from benchlib import shared_data  # noqa: E402

from audiobulletin.pipeline import load_script  # noqa: E402
from audiobulletin.script import Script, Segment  # noqa: E402

#: Pooled targets; ``tests/test_gold.py`` fails below them.
TARGETS = {
    "title": 0.95,
    "boundary_f1": 0.90,
    "leak_max": 0.02,
    "intro_facts": 0.85,
    "readings": 0.99,
    "intro_max_visible": 150,
}

_SPACE_RE = re.compile(r"\s+")
_LATIN_GAP_RE = re.compile(r"(?<=[A-Za-z])\s+(?=[A-Za-z])")


def shared_dir(explicit: str | None = None) -> Path:
    """``--shared``, else ``$AUDIOBULLETIN_SHARED``, else ``<repo>/../shared``."""
    return shared_data("AUDIOBULLETIN_SHARED", explicit=explicit)


def squeeze(text: str) -> str:
    """Text without whitespace, full-width forms folded (for anchors and leaks)."""
    return _SPACE_RE.sub("", unicodedata.normalize("NFKC", text))


def bare(text: str) -> str:
    """Only letters, digits and Han; one space kept between Latin letters; 〇 as 零.

    Used to compare readings: punctuation and pauses are not part of a reading, but
    ``A P P`` (spelled) and ``APP`` (a word) differ.
    """
    text = unicodedata.normalize("NFKC", text).replace("〇", "零").replace("○", "零")
    text = _LATIN_GAP_RE.sub("\x00", text)
    kept = "".join(ch for ch in text if ch.isalnum() or ch == "\x00")
    return kept.replace("\x00", " ").upper()


def visible_len(text: str) -> int:
    return len(_SPACE_RE.sub("", text))


def overlap(a: str, b: str) -> float:
    """Character-bag F-score of two titles (order-free, so a reworded title still scores)."""
    a, b = bare(a).replace(" ", ""), bare(b).replace(" ", "")
    if not a or not b:
        return 0.0
    from collections import Counter

    common = sum((Counter(a) & Counter(b)).values())
    if not common:
        return 0.0
    p, r = common / len(a), common / len(b)
    return 2 * p * r / (p + r)


@dataclass
class ReportScore:
    name: str
    title_ok: bool
    title: str
    gold_title: str
    predicted_chapters: int
    gold_chapters: int
    boundary_hits: int
    leaks: list[str] = field(default_factory=list)
    never_spoken: int = 0
    title_checks: int = 0
    title_good: int = 0
    bad_titles: list[str] = field(default_factory=list)
    facts: int = 0
    facts_carried: int = 0
    missed_facts: list[str] = field(default_factory=list)
    intro_visible: int = 0
    readings: int = 0
    readings_ok: int = 0
    wrong_readings: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.boundary_hits / self.predicted_chapters if self.predicted_chapters else 0.0

    @property
    def recall(self) -> float:
        return self.boundary_hits / self.gold_chapters if self.gold_chapters else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _segment_written(segment: Segment) -> str:
    return "".join(segment.written) or segment.text


def _chapter_start(segment: Segment) -> str:
    return squeeze(segment.text or _segment_written(segment))


#: A chapter may open a few characters before the anchor (a bracket, a marker the editor
#: left out) and still start where the editor's does.
_ANCHOR_SLACK = 6


def _match_chapters(script: Script, anchors: list[str]) -> list[int | None]:
    """For each predicted chapter, the index of the gold chapter it starts, or None."""
    used: set[int] = set()
    matched: list[int | None] = []
    for segment in script.segments:
        start = _chapter_start(segment)
        hit = None
        for k, anchor in enumerate(anchors):
            if k in used:
                continue
            at = start.find(squeeze(anchor))
            if 0 <= at <= _ANCHOR_SLACK:
                hit = k
                break
        if hit is not None:
            used.add(hit)
        matched.append(hit)
    return matched


_SUFFIX_RE = re.compile(r"[（(][一二三四五六七八九十\d]+[）)]$")


def _title_problem(title: str) -> str | None:
    if len(title) > 16:
        return "longer than 16"
    if _SUFFIX_RE.search(title):
        return "numbered suffix"
    if re.search(r"\d$|[:：、，,]$|…|\.\.\.", title):
        return "cut mid-phrase"
    return None


def _spoken_for(script: Script, written: str) -> str | None:
    """The spoken sentences made from the written sentence holding ``written``."""
    for segment in script.chapters:
        for index, shown in enumerate(segment.written):
            if written in shown:
                parts = [
                    s
                    for s, (a, b) in zip(segment.sentences, segment.written_spans, strict=False)
                    if a <= index <= b
                ]
                return "".join(parts) or segment.spoken
        if written in segment.text:
            return segment.spoken
    return None


def score_report(gold: dict, script: Script, name: str) -> ReportScore:
    titles = [gold["title"], *gold.get("title_alternatives", [])]
    title_ok = any(bare(script.title) == bare(t) for t in titles)
    anchors = [c["anchor"] for c in gold["chapters"]]
    matched = _match_chapters(script, anchors)
    score = ReportScore(
        name=name,
        title_ok=title_ok,
        title=script.title,
        gold_title=gold["title"],
        predicted_chapters=len(script.segments),
        gold_chapters=len(anchors),
        boundary_hits=sum(1 for m in matched if m is not None),
    )

    intro_written = _segment_written(script.intro) if script.intro else ""
    intro_spoken = script.intro.spoken if script.intro else ""
    said = squeeze(
        "\n".join(
            [intro_written]
            + [s.chapter for s in script.segments]
            + [_segment_written(s) for s in script.segments]
        )
    )
    for fragment in gold.get("never_spoken", []):
        score.never_spoken += 1
        if squeeze(fragment) in said:
            score.leaks.append(fragment)

    for segment, hit in zip(script.segments, matched, strict=True):
        score.title_checks += 1
        problem = _title_problem(segment.chapter)
        if problem is None and hit is not None:
            best = max(overlap(segment.chapter, t) for t in gold["chapters"][hit]["titles"])
            if best < 0.5:
                problem = "far from the editor's"
        if problem is None:
            score.title_good += 1
        else:
            score.bad_titles.append(f"{segment.chapter} ({problem})")

    intro_bare = bare(intro_written) + "|" + bare(intro_spoken)
    for fact in gold.get("intro_facts", []):
        score.facts += 1
        if all(any(bare(alt) in intro_bare for alt in term) for term in fact["terms"]):
            score.facts_carried += 1
        else:
            score.missed_facts.append(fact["fact"])
    # as written and as said: figures said in words run longer than written
    score.intro_visible = max(visible_len(intro_written), visible_len(intro_spoken))

    for reading in gold.get("readings", []):
        score.readings += 1
        spoken = _spoken_for(script, reading["written"])
        if spoken is not None and any(bare(alt) in bare(spoken) for alt in reading["spoken"]):
            score.readings_ok += 1
        else:
            got = "(not spoken)" if spoken is None else spoken
            score.wrong_readings.append(f"{reading['written']} -> {got[:80]}")
    return score


def evaluate(gold_dir: Path, shared: Path, pattern: str = "*.json") -> list[ReportScore]:
    scores = []
    for path in sorted(gold_dir.glob(pattern)):
        gold = json.loads(path.read_text(encoding="utf-8"))
        report = shared / gold["report"]
        if not report.is_file():
            continue
        script = load_script(str(report))
        scores.append(score_report(gold, script, path.stem))
    return scores


def pooled(scores: list[ReportScore]) -> dict[str, float]:
    def ratio(a: float, b: float) -> float:
        return a / b if b else 1.0

    hits = sum(s.boundary_hits for s in scores)
    predicted = sum(s.predicted_chapters for s in scores)
    gold = sum(s.gold_chapters for s in scores)
    p, r = ratio(hits, predicted), ratio(hits, gold)
    return {
        "reports": len(scores),
        "title": ratio(sum(s.title_ok for s in scores), len(scores)),
        "boundary_precision": p,
        "boundary_recall": r,
        "boundary_f1": 2 * p * r / (p + r) if p + r else 0.0,
        "predicted_chapters": predicted,
        "gold_chapters": gold,
        "leak": (
            sum(len(s.leaks) for s in scores) / sum(s.never_spoken for s in scores)
            if sum(s.never_spoken for s in scores)
            else 0.0
        ),
        "chapter_titles": ratio(
            sum(s.title_good for s in scores), sum(s.title_checks for s in scores)
        ),
        "intro_facts": ratio(sum(s.facts_carried for s in scores), sum(s.facts for s in scores)),
        "intro_max_visible": max((s.intro_visible for s in scores), default=0),
        "intro_mean_visible": ratio(sum(s.intro_visible for s in scores), len(scores)),
        "readings": ratio(sum(s.readings_ok for s in scores), sum(s.readings for s in scores)),
    }


def failures(figures: dict[str, float]) -> list[str]:
    """The pooled figures that miss their target, as readable lines."""
    out = []
    for key in ("title", "boundary_f1", "intro_facts", "readings"):
        if figures[key] < TARGETS[key]:
            out.append(f"{key} {figures[key]:.3f} < {TARGETS[key]}")
    if figures["leak"] > TARGETS["leak_max"]:
        out.append(f"leak {figures['leak']:.3f} > {TARGETS['leak_max']}")
    if figures["intro_max_visible"] > TARGETS["intro_max_visible"]:
        out.append(f"intro {figures['intro_max_visible']} > {TARGETS['intro_max_visible']} chars")
    return out


def _print(scores: list[ReportScore], figures: dict[str, float], verbose: bool) -> None:
    head = f"{'report':42} title  F1   chap  leak  ttl   facts intro read"
    print(head)
    for s in scores:
        print(
            f"{s.name[:42]:42} {'ok' if s.title_ok else 'NO':5} {s.f1:4.2f} "
            f"{s.predicted_chapters:2}/{s.gold_chapters:<2} "
            f"{len(s.leaks)}/{s.never_spoken:<3} "
            f"{s.title_good}/{s.title_checks:<3} "
            f"{s.facts_carried}/{s.facts:<3} {s.intro_visible:4} "
            f"{s.readings_ok}/{s.readings}"
        )
        if verbose:
            if not s.title_ok:
                print(f"    title: {s.title!r} (editor: {s.gold_title!r})")
            for leak in s.leaks:
                print(f"    leak: {leak}")
            for bad in s.bad_titles:
                print(f"    chapter title: {bad}")
            for fact in s.missed_facts:
                print(f"    intro misses: {fact}")
            for wrong in s.wrong_readings:
                print(f"    reading: {wrong}")
    print()
    line = (
        "pooled: title {title:.1%} | boundary P {boundary_precision:.2f} R {boundary_recall:.2f} "
        "F1 {boundary_f1:.3f} ({predicted_chapters} chapters, editor {gold_chapters}) | "
        "leak {leak:.1%} | chapter titles {chapter_titles:.1%} | intro facts {intro_facts:.1%}, "
        "max {intro_max_visible} chars (mean {intro_mean_visible:.0f}) | readings {readings:.1%}"
    )
    print(line.format(**figures))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", default=str(REPO / "tests" / "gold"))
    parser.add_argument("--shared", default=None)
    parser.add_argument("--only", default="*.json", help="label files to score (a glob)")
    parser.add_argument("--json", help="write the figures to this file")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    args = parser.parse_args(argv)

    scores = evaluate(Path(args.gold), shared_dir(args.shared), args.only)
    if not scores:
        print("no labelled report found (is ../shared there?)", file=sys.stderr)
        return 1
    figures = pooled(scores)
    _print(scores, figures, args.verbose)
    if args.json:
        Path(args.json).write_text(
            json.dumps(
                {"pooled": figures, "reports": [asdict(s) for s in scores]},
                ensure_ascii=False,
                indent=2,
            ),
            encoding="utf-8",
        )
    missed = failures(figures)
    for line in missed:
        print(f"below target: {line}")
    return 1 if missed else 0


if __name__ == "__main__":
    raise SystemExit(main())
