"""The bulletin page in a real browser: Debian's Chromium driven by Playwright, axe-core run
inside the page.

The bulletin is made once with the fake engine and opened from ``file://``, the hardest case
(no server, and the browser refuses to load the ``<track>``). Screenshots at desktop and
phone widths are kept in ``$AUDIOBULLETIN_ARTIFACTS`` (default ``tests/artifacts/``, not
tracked). Skipped when Chromium, Playwright or axe-core is missing here, unless
``AUDIOBULLETIN_REQUIRE_BROWSER=1`` (set by ``.ci/run``, which installs all three) makes
that a failure.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from clirun import EXAMPLE

REPO = Path(__file__).resolve().parents[1]
CHROMIUM = os.environ.get("AUDIOBULLETIN_CHROMIUM", "/usr/bin/chromium")
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def _missing(reason: str) -> None:
    if os.environ.get("AUDIOBULLETIN_REQUIRE_BROWSER") == "1":
        pytest.fail(reason, pytrace=False)
    pytest.skip(reason, allow_module_level=True)


try:
    from playwright import sync_api
except ImportError:
    _missing("Playwright is not installed (pip install -e '.[test]')")
if not Path(CHROMIUM).is_file() and not shutil.which(CHROMIUM):
    _missing(f"Chromium not found at {CHROMIUM} (apt-get install chromium)")


def _axe_path() -> Path | None:
    env = os.environ.get("AUDIOBULLETIN_AXE_JS")
    path = Path(env) if env else REPO / "node_modules" / "axe-core" / "axe.min.js"
    return path if path.is_file() else None


def _artifacts() -> Path:
    folder = Path(os.environ.get("AUDIOBULLETIN_ARTIFACTS", REPO / "tests" / "artifacts"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture(scope="module")
def bulletin(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``report.html`` (with its MP3, VTT and index) made by the fake engine."""
    from audiobulletin.pipeline import MakeOptions, make

    root = tmp_path_factory.mktemp("page")
    voices = root / "home" / "voices"
    voices.mkdir(parents=True)
    (voices / "test_fake.toml").write_text(
        'engine = "fake"\nvoice = "tone"\nlanguage = "zh"\ngender = "neutral"\n'
        'description = "Tones whose length follows the text."\n',
        encoding="utf-8",
    )
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("AUDIOBULLETIN_HOME", str(root / "home"))
        make(
            str(EXAMPLE),
            root / "out" / "report.mp3",
            MakeOptions.of(voice="test_fake", workers=1, cache=False, html=True),
        )
    return root / "out" / "report.html"


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--autoplay-policy=no-user-gesture-required"],
        )
        yield chromium
        chromium.close()


def _open(browser: Any, page_file: Path, **context: Any) -> Any:
    """A fresh page on ``page_file`` with the audio's metadata loaded; records script errors
    and every request that leaves the bulletin's folder."""
    page = browser.new_context(**context).new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    folder = page_file.parent.as_uri() + "/"
    page.on(
        "request",
        lambda request: (
            None if request.url.startswith(folder) else errors.append(f"request: {request.url}")
        ),
    )
    page.goto(page_file.as_uri())
    page.wait_for_function("document.getElementById('audio').readyState >= 1")
    page.js_errors = errors
    return page


@pytest.fixture
def page(browser: Any, bulletin: Path) -> Iterator[Any]:
    page = _open(browser, bulletin, viewport={"width": 1280, "height": 900})
    yield page
    assert page.js_errors == []
    page.context.close()


def _data(page: Any) -> dict[str, Any]:
    return json.loads(page.eval_on_selector("#bulletin-data", "el => el.textContent"))


def _seek(page: Any, seconds: float) -> None:
    """Set currentTime and wait until the page has seen the seek and a timeupdate."""
    page.evaluate(
        """t => new Promise(resolve => {
            const audio = document.getElementById('audio');
            audio.addEventListener('seeked', () => {
                audio.dispatchEvent(new Event('timeupdate'));
                resolve();
            }, {once: true});
            audio.currentTime = t;
        })""",
        seconds,
    )


def _current_time(page: Any) -> float:
    return page.evaluate("document.getElementById('audio').currentTime")


def test_chapter_button_seeks_the_audio_and_announces_the_chapter(page):
    chapters = _data(page)["chapters"]
    assert len(chapters) >= 3
    page.get_by_role("button", name=chapters[2]["title"]).click()
    page.evaluate("document.getElementById('audio').pause()")
    assert chapters[2]["start"] <= _current_time(page) + 0.01 < chapters[3]["start"]
    current = page.locator("button.chapter[aria-current='true']")
    assert current.count() == 1
    assert chapters[2]["title"] in current.inner_text()
    status = page.get_by_role("status")
    assert status.get_attribute("aria-live") == "polite"
    assert chapters[2]["title"] in status.inner_text()


def test_highlighted_sentence_follows_current_time(page):
    cues = _data(page)["cues"]
    assert cues and all(cue[2] >= 0 for cue in cues)
    for start, end, first, last in (cues[0], cues[len(cues) // 2], cues[-1]):
        _seek(page, (start + end) / 2)
        marked = page.eval_on_selector_all("span.s.current", "els => els.map(e => e.id)")
        assert marked == [f"w{i}" for i in range(first, last + 1)]
    # Between two sentences (in the pause) the sentence just spoken stays marked.
    _seek(page, cues[1][1] + 0.01)
    assert page.eval_on_selector_all("span.s.current", "els => els.length") >= 1


def test_speed_control_changes_playback_rate(page):
    page.get_by_label("播放速度").select_option("0.75")
    assert page.evaluate("document.getElementById('audio').playbackRate") == 0.75
    page.locator("body").click(position={"x": 5, "y": 5})
    page.keyboard.press("]")
    assert page.evaluate("document.getElementById('audio').playbackRate") == 0.9


def test_shortcut_keys_play_pause_and_move_between_chapters(page):
    chapters = _data(page)["chapters"]
    page.locator("h1").click()  # focus on the page, not a control
    page.keyboard.press("n")
    page.keyboard.press("n")
    page.evaluate("document.getElementById('audio').pause()")
    assert chapters[1]["start"] <= _current_time(page) + 0.01 < chapters[2]["start"]
    page.keyboard.press("p")
    page.evaluate("document.getElementById('audio').pause()")
    assert chapters[0]["start"] <= _current_time(page) + 0.01 < chapters[1]["start"]
    page.keyboard.press("k")
    page.wait_for_function("!document.getElementById('audio').paused")
    page.keyboard.press("k")
    page.wait_for_function("document.getElementById('audio').paused")
    # The page lists them.
    keys = page.locator("dl.keys kbd").all_inner_texts()
    assert {"K", "N", "P"} <= set(keys)


def test_keyboard_alone_reaches_every_control_with_a_visible_focus(page):
    controls = page.eval_on_selector_all(
        "a[href]:not(audio a), button, select, input, audio[controls]",
        "els => els.map((e, i) => (e.dataset.probe = String(i), i))",
    )
    reached: set[int] = set()
    outlines: dict[int, str] = {}
    page.locator("h1").click()
    for _ in range(4 * len(controls)):
        page.keyboard.press("Tab")
        info = page.evaluate(
            """() => {
                const el = document.activeElement;
                if (!el || el.dataset.probe === undefined) return null;
                const style = getComputedStyle(el);
                return [Number(el.dataset.probe), style.outlineStyle + ' ' + style.outlineWidth];
            }"""
        )
        if info:
            reached.add(info[0])
            outlines[info[0]] = info[1]
        if reached == set(controls):
            break
    assert reached == set(controls)
    for probe, outline in outlines.items():
        style, width = outline.split()
        if page.eval_on_selector(f"[data-probe='{probe}']", "e => e.tagName") != "AUDIO":
            assert style != "none" and float(width.removesuffix("px")) >= 2, (probe, outline)
    # A control reached by the keyboard works with it: Enter on a chapter button seeks.
    last = page.locator("button.chapter").last
    last.focus()
    page.keyboard.press("Enter")
    page.evaluate("document.getElementById('audio').pause()")
    assert _current_time(page) + 0.01 >= _data(page)["chapters"][-1]["start"]


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("which", ["report.html", "index.html"])
def test_axe_finds_no_level_a_or_aa_violation(browser, bulletin, scheme, which):
    axe = _axe_path()
    if axe is None:
        _missing(
            "axe-core not found: npm install --no-save axe-core@4, or set AUDIOBULLETIN_AXE_JS"
        )
    target = bulletin.with_name(which)
    page = browser.new_context(color_scheme=scheme).new_page()
    page.goto(target.as_uri())
    if which == "report.html":
        # Check the page in use: a chapter current and a sentence highlighted.
        page.wait_for_function("document.getElementById('audio').readyState >= 1")
        _seek(page, _data(page)["cues"][3][0] + 0.05)
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert (background == "rgb(18, 18, 18)") == (scheme == "dark")  # the scheme took effect
    page.add_script_tag(path=str(axe))
    result = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", AXE_TAGS
    )
    violations = [
        (v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3]) for v in result["violations"]
    ]
    assert violations == []
    assert len(result["passes"]) > 10  # axe really ran its rules
    page.context.close()


@pytest.mark.parametrize(
    ("name", "width", "height", "scheme"),
    [
        ("desktop", 1280, 900, "light"),
        ("phone", 360, 780, "dark"),
        ("reflow-320", 320, 640, "light"),
    ],
)
def test_page_reflows_without_sideways_scrolling_and_screenshots_are_kept(
    browser, bulletin, name, width, height, scheme
):
    """320 CSS px is WCAG's reflow width: a 1280 px screen at 400 % zoom, a phone at 200 %."""
    page = _open(
        browser, bulletin, viewport={"width": width, "height": height}, color_scheme=scheme
    )
    _seek(page, _data(page)["cues"][2][0] + 0.05)
    overflow = page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0
    shot = _artifacts() / f"bulletin-{name}-{scheme}.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 0
    assert page.js_errors == []
    page.context.close()


@pytest.mark.parametrize(("motion", "behavior"), [("reduce", "auto"), ("no-preference", "smooth")])
def test_reduced_motion_turns_smooth_scrolling_off(browser, bulletin, motion, behavior):
    page = _open(browser, bulletin, reduced_motion=motion)
    assert page.evaluate("getComputedStyle(document.documentElement).scrollBehavior") == behavior
    page.context.close()
