"""What the bulletin says, scored against an editor's labels of real reports.

``tests/gold/*.json`` hold the labels (title, unspoken lines, chapter starts, intro facts,
readings) for the seed report and the 24 corpus reports; the reports themselves are read
where they lie in ``../shared`` and the tests skip without them. ``more-*.json`` label a
second set of other shapes (bylines, page chrome, notices, tables); it is scored by
``scripts/eval_script.py`` and reported in ``docs/script-quality.md``.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest
from shared_data import shared_dir

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO / "tests" / "gold"


def _eval_module():
    path = REPO / "scripts" / "eval_script.py"
    spec = importlib.util.spec_from_file_location("eval_script", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["eval_script"] = module
    spec.loader.exec_module(module)
    return module


E = _eval_module()
SHARED = shared_dir()
SEED = SHARED / "seed" / "000_5d496fc68e932dd4.txt"

#: Where the pooled figures on the seed and the corpus stand today. They are the floor a
#: change may not fall below; the issue's targets (``E.TARGETS``) are held where reached.
FLOORS = {"boundary_f1": 0.90, "intro_facts": 0.85}
#: The same for the second labelled set (``more-*.json``, reports in ../shared/corpus-more).
MORE_FLOORS = {"boundary_f1": 0.94, "intro_facts": 0.85}

needs_corpus = pytest.mark.skipif(
    not any((SHARED / "corpus").glob("*.txt")), reason="the corpus (../shared/corpus) is not here"
)


def test_every_label_file_is_well_formed_and_quotes_the_report_briefly() -> None:
    files = sorted(GOLD.glob("*.json"))
    assert len([f for f in files if not f.name.startswith("more-")]) == 25
    for path in files:
        gold = json.loads(path.read_text(encoding="utf-8"))
        assert {"report", "title", "never_spoken", "chapters", "intro_facts", "readings"} <= set(
            gold
        ), path.name
        assert gold["chapters"], path.name
        for chapter in gold["chapters"]:
            assert len(chapter["anchor"]) <= 15, (path.name, chapter["anchor"])
            assert 1 <= len(chapter["titles"]) <= 4
            assert all(len(t) <= 16 for t in chapter["titles"]), path.name
        assert all(len(f) <= 15 for f in gold["never_spoken"]), path.name
        for fact in gold["intro_facts"]:
            assert fact["terms"] and all(fact["terms"]), path.name


@needs_corpus
def test_labels_point_at_the_reports_they_label() -> None:
    for path in sorted(GOLD.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        report = SHARED / gold["report"]
        if not report.is_file():
            continue
        text = report.read_text(encoding="utf-8")
        squeezed = E.squeeze(text)
        for chapter in gold["chapters"]:
            assert E.squeeze(chapter["anchor"]) in squeezed, (path.name, chapter["anchor"])
        for fragment in gold["never_spoken"]:
            assert E.squeeze(fragment) in squeezed, (path.name, fragment)
        for reading in gold["readings"]:
            assert reading["written"] in text, (path.name, reading["written"])


def _pooled(labels: str, reports: int, missing: str) -> dict[str, float]:
    """The eval's pooled figures over the label files ``labels``; skips unless all
    ``reports`` of them have their report here."""
    scores = E.evaluate(GOLD, SHARED, labels)
    if len(scores) < reports:
        pytest.skip(missing)
    return E.pooled(scores)


@pytest.fixture(scope="module")
def figures() -> dict[str, float]:
    return _pooled("[0-9]*.json", 25, "the seed or the corpus is not here")


@needs_corpus
def test_titles_are_the_editors(figures) -> None:
    assert figures["title"] >= E.TARGETS["title"]


@needs_corpus
def test_readings_are_the_editors(figures) -> None:
    assert figures["readings"] >= E.TARGETS["readings"]


@needs_corpus
def test_every_intro_fits_in_150_characters(figures) -> None:
    assert figures["intro_max_visible"] <= E.TARGETS["intro_max_visible"]


@needs_corpus
def test_chapter_boundaries_do_not_fall_below_their_floor(figures) -> None:
    assert figures["boundary_f1"] >= FLOORS["boundary_f1"]


@pytest.fixture(scope="module")
def more_figures() -> dict[str, float]:
    return _pooled("more-*.json", 16, "the second set (../shared/corpus-more) is not here")


def test_chapter_boundaries_of_the_second_set_do_not_fall_below_their_floor(
    more_figures,
) -> None:
    assert more_figures["boundary_f1"] >= MORE_FLOORS["boundary_f1"]


def test_intro_facts_of_the_second_set_do_not_fall_below_their_floor(more_figures) -> None:
    assert more_figures["intro_facts"] >= MORE_FLOORS["intro_facts"]


@needs_corpus
def test_unspoken_lines_leak_no_more_than_the_target(figures) -> None:
    assert figures["leak"] <= E.TARGETS["leak_max"]


@needs_corpus
def test_intro_facts_do_not_fall_below_their_floor(figures) -> None:
    assert figures["intro_facts"] >= FLOORS["intro_facts"]


@pytest.mark.skipif(not SEED.is_file(), reason="the seed report (../shared/seed) is not here")
def test_the_seed_comes_out_as_the_editor_makes_it() -> None:
    from audiobulletin.pipeline import load_script

    script = load_script(str(SEED))
    # the title wrapped over two lines, joined: 49 characters
    assert len(script.title) == 49 and script.title.endswith("重要讲话精神")
    assert len(script.segments) == 5  # one chapter per paragraph
    intro = "".join(script.intro.written)
    assert "党组会" in intro and "12月27日" in intro and "张新文" in intro
    assert "共五个部分" in intro
    assert len(intro.replace("\n", "")) <= 150
    opening = script.segments[0].written[0].strip()
    assert opening not in intro  # not the first chapter's opening sentence word for word
