"""Running the real command line in a child process, as a user would, for the CLI tests."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
EXAMPLE = REPO / "examples" / "report.txt"


def run_cli(
    *args: str, stdin: bytes | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[bytes]:
    """``python -m audiobulletin ARGS``; exit code, stdout and stderr kept apart."""
    return subprocess.run(
        [sys.executable, "-m", "audiobulletin", *args],
        input=stdin,
        capture_output=True,
        cwd=cwd,
        timeout=600,
    )
