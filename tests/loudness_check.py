"""An independent loudness reading for tests: ffmpeg's loudnorm filter, not the code under
test (which measures with ebur128)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from audiobulletin.audio import ffmpeg_exe


def independent_loudness(path: Path) -> tuple[float, float]:
    """Integrated loudness (LUFS) and true peak (dBTP) of an audio file."""
    command = [ffmpeg_exe(), "-hide_banner", "-nostdin", "-i", str(path)]
    err = subprocess.run(
        [*command, "-af", "loudnorm=print_format=json", "-f", "null", "-"],
        capture_output=True,
        check=True,
    ).stderr.decode()
    data = json.loads(err[err.rfind("{") : err.rfind("}") + 1])
    return float(data["input_i"]), float(data["input_tp"])
