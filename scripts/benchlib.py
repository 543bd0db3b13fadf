"""Helpers shared by the benchmark scripts (``bench_cache``, ``bench_memory``,
``bench_throughput``) and the corpus tools.

They all need the same things: where the shared corpus and the local voice mirror live, how
to pick a report by name or number prefix, which commit the numbers belong to, progress on
stderr, and a fresh ``AUDIOBULLETIN_HOME`` with the voice pack pulled and the model assembled
before anything is timed. Keeping one copy here means the scripts cannot drift apart on any of
it. The scripts run as ``python scripts/<name>.py``, which puts this folder on ``sys.path``, so
``import benchlib`` needs no packaging.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
VOICE = "zf_xiaobei"
DEFAULT_REPORT = "12-hebei-xiongan-flood-prep.txt"
#: Assembles the speech model into ``$AUDIOBULLETIN_HOME`` (run in a child interpreter).
MODEL_COMMAND = [
    sys.executable,
    "-c",
    "from audiobulletin.engines.kokoro import ensure_model; ensure_model()",
]


def log(message: str) -> None:
    """Progress goes to stderr so stdout stays a clean table."""
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def revision() -> str:
    """The commit measured (with "+dirty" when the tree has changes): numbers age with code."""

    def git(*args: str) -> str:
        run = subprocess.run(["git", *args], cwd=REPO, capture_output=True, text=True)
        return run.stdout.strip()

    head = git("rev-parse", "--short", "HEAD") or "unknown"
    return head + ("+dirty" if git("status", "--porcelain", "--untracked-files=no") else "")


def shared_data(variable: str, *parts: str, explicit: str | None = None) -> Path:
    """Where third-party data lies (never copied into the project): ``explicit``, else
    ``$variable``, else ``<repo>/../shared/<parts>``."""
    if explicit:
        return Path(explicit)
    env = os.environ.get(variable)
    return Path(env) if env else REPO.parent.joinpath("shared", *parts)


def corpus_dir() -> Path:
    """The shared corpus."""
    return shared_data("AUDIOBULLETIN_CORPUS", "corpus")


def voice_mirror() -> Path:
    """Local folder holding the published Mandarin packs (there is no network here)."""
    return shared_data("AUDIOBULLETIN_VOICE_MIRROR", "voices", "kokoro-v1.0-zh")


def resolve_report(name: str | None) -> Path:
    """A path as given, else a corpus file by name or number prefix ("12")."""
    name = name or DEFAULT_REPORT
    path = Path(name)
    if path.is_file():
        return path.resolve()
    matches = sorted(corpus_dir().glob(f"{name}*"))
    if not matches:
        raise SystemExit(f"no report {name!r} (looked in {corpus_dir()})")
    return matches[0].resolve()


def home_env(home: Path) -> dict[str, str]:
    """This process's environment with ``AUDIOBULLETIN_HOME`` pointed at ``home``."""
    return {**os.environ, "AUDIOBULLETIN_HOME": str(home)}


def pull_command() -> list[str]:
    """``audiobulletin voices pull`` of ``VOICE`` from the local mirror."""
    return [
        sys.executable,
        "-m",
        "audiobulletin",
        "voices",
        "pull",
        VOICE,
        "--from",
        str(voice_mirror()),
    ]


def prepare_home(home: Path) -> dict[str, str]:
    """Pull the voice pack and assemble the model up front, so no timed run pays for either;
    returns the environment that uses ``home``."""
    env = home_env(home)
    subprocess.run(pull_command(), check=True, env=env, stdout=subprocess.DEVNULL)
    subprocess.run(MODEL_COMMAND, check=True, env=env)
    return env


def run_child(script: str, args: list[str], env: dict[str, str]) -> tuple[float, dict[str, Any]]:
    """Run ``script --child ARGS`` in a fresh interpreter, so each timed run starts cold;
    its wall time and the JSON object it printed last."""
    start = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, str(Path(script).resolve()), "--child", *args],
        env=env,
        capture_output=True,
        text=True,
    )
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr)
        raise SystemExit(f"child {args[0]} failed with exit code {proc.returncode}")
    return wall, json.loads(proc.stdout.strip().splitlines()[-1])


def time_stages(
    stages: dict[str, float], after: Callable[[str, Any], None] | None = None
) -> dict[str, float]:
    """Wrap the stage functions ``make`` looks up on their modules at call time (text, voice,
    synthesize, assemble, publish) with timers adding their seconds to ``stages``;
    ``after(stage, result)`` sees what each returned. Returns ``stages``. One timer for every
    benchmark, so their stage figures compare."""
    import audiobulletin.assemble
    import audiobulletin.pipeline
    import audiobulletin.publish
    import audiobulletin.synth
    import audiobulletin.voices

    def timed(module: Any, attr: str, stage: str) -> None:
        original = getattr(module, attr)

        def wrapper(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                result = original(*args, **kwargs)
            finally:
                stages[stage] = stages.get(stage, 0.0) + time.perf_counter() - start
            if after is not None:
                after(stage, result)
            return result

        setattr(module, attr, wrapper)

    timed(audiobulletin.pipeline, "load_script", "text")
    timed(audiobulletin.voices, "resolve_voice", "voice")
    timed(audiobulletin.synth, "synthesize", "synthesize")
    timed(audiobulletin.assemble, "assemble", "assemble")
    timed(audiobulletin.publish, "publish_bulletin", "publish")
    return stages
